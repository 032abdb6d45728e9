"""The page parser: one page dump in, one :class:`~baoxun.model.Page` out.

Stages (each a pure function of its input, so any of them can be run and tested alone):
  1. layout.lines    — split the text into printed lines with offsets, and
     layout.masthead — read the paper name, date line and page label off the top;
  2. layout.reflow   — rejoin paragraphs across column breaks, lift captions out of
                       sentences, mark headline runs;
  3. assemble.segment — cut the page into items and give each its headline run, under
                       the page's own headline convention (above or below the body);
  4. assemble.items  — headline roles, bylines, body, captions, jump lines, kinds;
  5. assemble.dates / assemble.place — the issue's year and date, each lede's dateline,
                       and what 我市/我区 refer to;
  6. enrich          — each article's mentions: people and posts, places, organisations,
                       dates, amounts;
  7. enrich.facts    — each article's facts (indicator, place, period, value, change …),
                       read from its text and the mentions of stage 6: no mentions, no facts.
"""
from __future__ import annotations

import re
from datetime import date

from .assemble.dates import dateline, header_date, infer_year, issue_date, printed_date
from .assemble.items import build_articles
from .assemble.place import foreign_name, infer_place, national_paper, paper_place
from .assemble.segment import segment
from .enrich import enrich_page
from .enrich.facts import add_facts
from .errors import BaoxunError
from .layout.lines import split_lines
from .layout.masthead import read_masthead
from .layout.reflow import reflow
from .model import Issue, Page, Paper


def _given_date(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BaoxunError(f"not an ISO date (YYYY-MM-DD): {value!r}") from None


def parse_page(text: str, *, source: str | None = None, date: str | date | None = None,
               place: str | None = None, paper: str | None = None, mentions: bool = True,
               ner: str = "lac") -> Page:
    """Parse one page dump. ``date``, ``place`` and ``paper`` are what the user knows;
    given values win over inferred ones. ``mentions=False`` skips enrichment (stages 6
    and 7: facts are read from the mentions); ``ner`` chooses how names are found in
    stage 6 (:data:`baoxun.enrich.NER_MODES`)."""
    given = _given_date(date)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    masthead, lines = read_masthead(split_lines(text))          # 1.
    blocks, layout = reflow(lines)                              # 2.
    placed = build_articles(segment(blocks), layout.narrow, layout.column_width)     # 3–4.
    # the year's evidence is read from the rejoined text too (第七个中国|农民丰收节
    # broken by a column is one phrase again)
    joined = "\n".join(p.article.text for p in placed)
    header = header_date(masthead.date_line or "")
    if header is not None and given is None:
        year, year_evidence = header.year, "printed date"                  # 5.
    else:
        year, year_evidence = infer_year(joined + "\n" + text, given)

    datelines = []
    for p in placed:
        reported = p.article.kind in _REPORTED
        d = dateline(p.lede, year, p.dispatch_text) if p.lede and reported else None
        if d is not None:
            p.article.dateline_date = d.isoformat()
            datelines.append(d)
    pub = given or header or printed_date(text)
    if pub is not None:
        issue = Issue(pub.isoformat(), year or pub.year, "given" if given else "inferred")
    else:
        inferred = issue_date(datelines, year)
        issue = Issue(inferred.isoformat() if inferred else None, year,
                      "inferred" if inferred or year else None)
    if issue.date is not None:
        _relative_datelines(placed, issue.date, year)
    evidence: dict = {"year": year_evidence, "layout": "narrow" if layout.narrow else "wide"}
    named = paper_place(paper or masthead.paper) if place is None else None
    if place is None and national_paper(paper or masthead.paper):
        evidence["place"] = {"paper": paper or masthead.paper, "national": True}   # 中华农民报: no place of its own
    elif place is None:
        place, evidence["place"] = infer_place(text)
        if named is not None and not foreign_name(named, place, evidence["place"]):
            place, evidence["place"] = named, {"paper": paper or masthead.paper}
    if masthead.page_label:
        evidence["page_label"] = masthead.page_label
    if masthead.editors:
        evidence["editors"] = masthead.editors
    page = Page(source=source, paper=Paper(paper or masthead.paper, place), issue=issue,
                articles=[p.article for p in placed], evidence=evidence)
    if mentions:
        enrich_page(page, ner=ner)                              # 6.
        add_facts(page)                                         # 7.
    return page


# The kinds whose ledes report an event on a day (a dateline).
_REPORTED = ("news", "feature", "photo", "fragment")
# A lede's first sentence: the dateline's date is the first one it names, early in it.
DATELINE_REACH = 48
# What a date against the issue or the calendar is written with (昨天, 上周六, 3月4日, 正月初三).
_DATE_CUE = re.compile(r"[昨前今明]|上周|本周|[0-9０-９一二三四五六七八九十]\s*[月日号]|农历|正月|腊月|初[一二三四五六七八九十]|节")
_FIRST_SENTENCE = re.compile(r"^[^。！？]*")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def _relative_datelines(placed, issue_date: str, year: int | None) -> None:
    """6b. Ledes that date their event against the issue (昨天，…, 记者昨日从…获悉, 前晚…,
    上周六…, 农历正月十五，…, 4月15日起，…): once the issue's date is known, the first day
    the first sentence names is the dateline's — before any date told later in it (记者昨天从…
    获悉，…10月20日正式供暖以来: yesterday is when it was reported). A first date that is a year
    or a month leaves the dateline as it was."""
    from .enrich.dates import find_dates
    issue = date.fromisoformat(issue_date)
    for p in placed:
        if not p.lede or p.article.kind not in _REPORTED:
            continue
        sentence = _FIRST_SENTENCE.match(p.lede).group()[:DATELINE_REACH]
        if not _DATE_CUE.search(sentence) \
                or p.article.dateline_date is not None and not re.search(r"[昨前今上本]", sentence):
            continue
        found = find_dates(sentence, issue=issue, year=year, dispatch=p.dispatch_text)
        if not found or (m := _DAY.match(str(found[0]["value"]))) is None:
            continue
        # a date told against the issue (昨天, 上周六: no figures) wins; one printed in figures
        # only stands in where the lede's own reading found none (4月15日起，…)
        if p.article.dateline_date is None or not re.search(r"[0-9０-９]", found[0]["text"]):
            p.article.dateline_date = m.group()
