"""Facts (数据): the figures an article reports, as rows a statistician can tabulate —
indicator, subject, place, period, status (actual / target / plan), value and unit,
the change printed with it, and the clause as printed with its span (gold/FACTS.md).

``find_facts(text, mentions=…, date=…, place=…, year=…)`` is a pure function of an
article's text and the mentions already found in it (amounts, dates, places and
organisations are read from them); :func:`add_facts` gives every article of a parsed
page its ``facts``. How a number becomes a fact is in :mod:`.finder`; the word lists are
``data/facts_words.txt`` and the canonical indicators ``data/indicators.tsv``.
"""
from __future__ import annotations

from datetime import date as Date
from typing import Any

from .finder import find_facts
from .words import canonical_name, indicator_key

__all__ = ["FACT_FIELDS", "add_facts", "canonical_name", "find_facts", "indicator_key"]

#: The fields of a fact record, in order (gold/FACTS.md, plus ``indicator_key`` and ``span``).
FACT_FIELDS = ("indicator", "indicator_key", "subject", "place", "period", "status", "value", "unit", "approx",
               "change", "text", "span")


def add_facts(page: Any) -> None:
    """Give every article of a :class:`~baoxun.model.Page` its ``facts`` — from its text
    and its ``mentions``; an article without mentions (enrichment off) gets none."""
    issue = Date.fromisoformat(page.issue.date) if page.issue.date else None
    for art in page.articles:
        if art.mentions is None:
            continue
        art.facts = find_facts(art.text, mentions=art.mentions, date=issue, place=page.paper.place,
                               year=page.issue.year)
