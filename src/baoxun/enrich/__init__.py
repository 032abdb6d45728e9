"""Enrichment: what an article names — people with their posts, places, organisations,
dates and amounts (SCHEMA.md, "Mentions").

One module per kind of mention, each a function of the text (plus the issue's date and
place where the kind needs them) that returns plain dicts in the record's shape. Every
span is a half-open ``[start, end)`` offset into the text it was given, so for an
article ``text[s:e]`` is the mention as printed (tests check it).

Entry points: :func:`find_mentions` for any text, :func:`enrich_page` for a parsed page.
"""
from __future__ import annotations

import re

from datetime import date as Date
from typing import Any

from .. import lexicon
from .amounts import find_amounts
from .dates import find_dates
from .orgs import find_organizations
from .ner import tag_text, tag_texts
from .people import find_people
from ..errors import BaoxunError
from .places import find_places

__all__ = ["enrich_page", "find_mentions"]


#: The ways of finding people, places and organisations (``ner=``): ``lac`` puts the learned
#: tagger's candidates under the grammar (the default; ~3.5× slower than ``rules``),
#: ``rules`` runs the grammar, gazetteer and endings alone.
NER_MODES = ("lac", "rules")


def find_mentions(text: str, *, date: str | Date | None = None, place: str | None = None,
                  year: int | None = None, dispatch: str | None = None,
                  ner: str = "lac") -> dict[str, list[dict[str, Any]]]:
    """The mentions of a plain text. ``date`` (the issue date) anchors 今年, 3月4日 …;
    ``place`` (what 我市 means, e.g. 长治市) resolves short and ambiguous place names;
    ``ner`` is one of :data:`NER_MODES`."""
    if ner not in NER_MODES:
        raise BaoxunError(f"unknown ner mode {ner!r}: use one of {', '.join(NER_MODES)}")
    if isinstance(date, str):
        date = Date.fromisoformat(date)
    if year is None and date is not None:
        year = date.year
    tokens = tag_text(text) if ner == "lac" else ()
    places = find_places(text, place=place, tokens=tokens)
    people = find_people(text, tokens)
    return {
        "people": people,
        "places": _outside_names(places, people),
        "organizations": find_organizations(text, tokens),
        "dates": find_dates(text, issue=date, year=year, dispatch=dispatch),
        "amounts": find_amounts(text),
    }


def _outside_names(places: list[dict[str, Any]], people: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The places not printed only inside a person's name (长海 in 杜长海, 宝山 in 李宝山)."""
    inside = [tuple(sp) for p in people for sp in p.get("spans") or []]
    if not inside:
        return places
    # three-character names that open with a surname (江永旺): a two-character place at their
    # start (江永) is the surname and half the given name
    han_names = {tuple(sp) for p in people for sp in p.get("spans") or []
                 if len(p.get("name") or "") == 3 and lexicon.has_surname(p["name"])}

    def within(span) -> bool:
        # the given name after a surname (杜|长海); a place that opens a name is kept (卡拉奇晴)
        return any(a < span[0] and span[1] <= b for a, b in inside) \
            or any(a == span[0] and span[1] - a == 2 for a, b in han_names)

    return [p for p in places if not p.get("spans") or not all(within(sp) for sp in p["spans"])]


def enrich_page(page, ner: str = "lac") -> None:
    """Give every article of a :class:`~baoxun.model.Page` its ``mentions``. The learned
    tagger reads all the page's articles in one batch (fewer, fuller model runs)."""
    issue = Date.fromisoformat(page.issue.date) if page.issue.date else None
    if ner == "lac":
        tag_texts([art.text for art in page.articles])
    for art in page.articles:
        art.mentions = find_mentions(art.text, date=issue, place=page.paper.place, year=page.issue.year,
                                     dispatch=art.dispatch, ner=ner)
        art.mentions["places"] = [p for p in art.mentions["places"] if _on_the_map(p)]
        if art.kind == "weather":
            art.mentions["dates"] = [d for d in art.mentions["dates"] if not _BOX_DAYS.match(d["text"])]


# A page record lists the places of the administrative map and the countries abroad
# (MENTIONS.md), what a reader filters an archive by; find_mentions on plain text reads
# places as entity recognition does (People's Daily LOC), and these three it adds:
# the country the paper is printed in (中国经济, 来华), which every article could name;
# a one-character short name (港澳, 在京, 中美关系); a region of the world (东南亚, 中东).
_WORLD_REGION = re.compile(r"^(?:[东南西北中]{1,2}[亚欧非美]|[亚欧非美]洲|大洋洲|拉美|亚太|中东)$")


def _on_the_map(place: dict[str, Any]) -> bool:
    name = place["name"]
    return len(name) > 1 and name not in ("中国", "中华人民共和国") and not _WORLD_REGION.match(name) \
        and place.get("map", True)


# A weather box labels its panels by day (今天白天 晴转多云…, 明天：小雨): the box's labels,
# not days its text reports on.
_BOX_DAYS = re.compile(r"^(?:今天|明天|后天|今日|明日|今晚|今夜|明晚|明夜)")
