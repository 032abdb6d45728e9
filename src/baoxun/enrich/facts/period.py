"""The period a figure covers (gold/FACTS.md, ``period``): which date is in force where
the number is printed.

Period expressions are the date mentions plus what the date finder leaves out (今年以来,
上半年, 今年第一季度, 前4个月, 全年, 目前). Each is read as one of:

* ``date``  — a day, month, year or span, as the date finder normalised it;
* ``since`` — a stretch up to now (今年以来, 2月10日复工以来): its year;
* ``todate`` — 截至9月底: the months from January to that one;
* ``whole`` — 全年 / 年内: the year in force, else the issue's;
* ``now``   — 目前, 如今, 近年来: the issue's year; it ends an earlier period's reign.

Conventions encoded, each a function below: only an *adverbial* expression dates a clause
(:func:`adverbial`); a reporter's day (5月15日，记者从…获悉) dates the report, not the
figures (:func:`report_day`); the lede's period and any ``since`` stay in force over the
article until another is set (:func:`period_in_force`).
"""
from __future__ import annotations

import re

from . import words
from .layout import Layout

__all__ = ["Period", "is_future", "period_in_force", "periods"]

Period = tuple[int, int, str, str]          # start, end, value, kind

_REL = {"今年": 0, "本年": 0, "当年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}
_CN = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11}
_PARTS = {"上半年": (1, 6), "下半年": (7, 12), "前三季度": (1, 9), "一季度": (1, 3), "二季度": (4, 6),
          "三季度": (7, 9), "四季度": (10, 12)}
_YEAR = r"(?P<year>(?:19|20)\d{2}\s*年|今年|本年|当年|去年|上年|前年|明年)?"
_PERIOD = re.compile(
    _YEAR + r"[ \t\u3000]*(?P<part>年初以来|以来|上半年|下半年|前三季度|第?[一二三四1-4]季度|前(?:[两二三四五六七八九十]|十一|\d{1,2})个?月"
    r"|全年|年内|年底前)")
_NOW = re.compile(r"目前|如今|现如今|现在|当前|截至目前|截止目前|近年来|近几年|近年")
_TODATE = re.compile(r"(截至|截止|到)\s*$")
# A flow summed since the year began (累计发放, 共完成): 截至9月底 is then January to September.
_CUMULATIVE = re.compile(r"累计|共计|合计|总计|共完成|共发放|共实现|共接待")
# A date that modifies a name instead of dating the clause: 2024年“春风行动”, 2023年度先进.
_MODIFIER_AFTER = re.compile(r"^\s*[“\"《「度版届]")
# A date right after one of these is a basis of comparison (比去年同期) or an event's date
# inside its clause (始建于1990年), not the clause's period.
_BASIS_BEFORE = re.compile(r"(比|较|与|同|和|及|于|始建于|建于|成立于)\s*$")
# A reporter's day: 5月15日，记者从市发改委获悉 / 记者8月29日从…获悉.
_REPORT_AFTER = re.compile(r"^[^。！？!?\n]{0,24}?(获悉|了解到|得知|获知)")


def _year_of(raw: str | None, anchor: int | None) -> int | None:
    if raw and raw[0].isdigit():
        return int(raw[:4])
    if raw:
        return anchor + _REL[raw] if anchor is not None else None
    return anchor


def _own(m: re.Match[str], anchor: int | None) -> tuple[str, str] | None:
    year = _year_of((m.group("year") or "").replace(" ", "") or None, anchor)
    part = m.group("part")
    if part.endswith("以来"):
        return (str(year), "since") if year else None
    if part in ("全年", "年内", "年底前"):
        return (str(year), "date") if m.group("year") and year else ("", "whole")
    if year is None:
        return None
    span = _PARTS.get(part.lstrip("第").replace("1", "一").replace("2", "二").replace("3", "三").replace("4", "四"))
    if span is None and part.startswith("前"):
        raw = part[1:].rstrip("月").rstrip("个")
        n = int(raw) if raw.isdigit() else _CN.get(raw)
        span = (1, n) if n and 1 < n <= 12 else None
    if span is None:
        return None
    return f"{year}-{span[0]:02d}/{year}-{span[1]:02d}", "date"


def periods(lay: Layout) -> list[Period]:
    """Every period expression of the text, in order; on overlap the longer wins
    (今年第一季度 over 今年)."""
    own: list[Period] = []
    for m in _PERIOD.finditer(lay.text):
        got = _own(m, lay.year)
        if got is not None:
            start = m.start("year") if m.group("year") else m.start("part")
            own.append((start, m.end(), got[0], got[1]))
    for m in _NOW.finditer(lay.text):
        if all(m.end() <= a or m.start() >= b for a, b, *_ in own):
            own.append((m.start(), m.end(), str(lay.year) if lay.year else "", "now"))
    out = list(own)
    for s, e, v in lay.dates:
        if all(e <= a or s >= b for a, b, *_ in own):
            kind = "date"
            if _since(lay, e):
                v, kind = v[:4], "since"
            elif _TODATE.search(lay.text[max(0, s - 3):s]) and len(v) == 7:
                kind = "todate"                            # 截至9月底: a stock at that month's end,
                if _CUMULATIVE.search(_sentence_text(lay, s)):
                    v = f"{v[:4]}-01/{v}"                  # or, 累计, a flow from January to it
            out.append((s, e, v, kind))
    out.sort()
    return out


def _sentence_text(lay: Layout, k: int) -> str:
    a = k
    while a > 0 and lay.text[a - 1] not in "。！？!?\n":
        a -= 1
    b = k
    while b < len(lay.text) and lay.text[b] not in "。！？!?\n":
        b += 1
    return lay.text[a:b]


def _since(lay: Layout, e: int) -> bool:
    """A date that starts a stretch up to now (2月10日复工以来): its year."""
    return re.match(r"^[^，,。；;！？!?\n]{0,8}?以来", lay.text[e:e + 12]) is not None


def adverbial(lay: Layout, s: int, e: int) -> bool:
    """A date that dates its clause: it opens the clause (2023年，… / 截至9月底 / 力争到
    2025年), or follows only the clause's subject (鹿家庄村2023年…); not one that modifies
    a name (举办2024年“春风行动”), dates an event inside its clause (始建于1990年) or is a
    basis of comparison (比去年同期)."""
    key = ("adverbial", s, e)
    hit = lay.memo.get(key)
    if hit is None:
        hit = lay.memo[key] = _adverbial(lay, s, e)
    return hit


def _adverbial(lay: Layout, s: int, e: int) -> bool:
    text = lay.text
    if _MODIFIER_AFTER.match(text[e:e + 2]) or _BASIS_BEFORE.search(text[max(0, s - 3):s]):
        return False
    cs = lay.clause(s)[0]
    allowed = words.words("leading_words") | words.words("target") | words.words("self_city") \
        | words.words("self_province") | {"到", "至", "截至", "截止", "在", "于", "自", "从", "记者"}
    for t in lay.tokens(cs, s):
        if t.word.isspace() or t.pos == "x" or t.word in allowed or lay.place_at(t.start) or lay.org_at(t.start):
            continue
        if t.pos in ("v", "vd", "vg", "vi", "p"):
            return False
    return True


def report_day(lay: Layout, s: int, e: int, v: str) -> bool:
    """A day that dates the reporting (5月15日，记者从…获悉), not the figures after it."""
    return len(v) == 10 and _REPORT_AFTER.match(lay.text[e:e + 30]) is not None


def _clause_initial(lay: Layout, s: int) -> bool:
    cs = lay.clause(s)[0]
    return not lay.text[cs:s].strip(" \u3000在于截至止到至自从据")


def _lede_end(lay: Layout) -> int:
    """Where the article's first body paragraph ends (headlines have no 。 or ，)."""
    for a, b in lay.paragraphs:
        if any(ch in lay.text[a:b] for ch in "。，,"):
            return b
    return len(lay.text)


def _full_sentence(lay: Layout, k: int) -> int:
    """Start of the sentence holding ``k`` for dating: a ； does not end a date's reign
    (1至4月，…58个；完成投资67.3亿元)."""
    text = lay.text
    i = k
    while i > 0 and text[i - 1] not in "。！？!?\n":
        i -= 1
    return i


def period_in_force(lay: Layout, ps: list[Period], k: int, status: str) -> str | None:
    """The period a figure at offset ``k`` covers:
      1. the sentence's own period before it — its nearest adverbial expression (a
         reporter's day excepted);
      2. else the one in force from before: a period opening a clause of the lede (the
         article's reporting period), a ``since`` anywhere, a day opening a clause of the
         same paragraph; the latest wins, and 目前/近年来 end an earlier one's reign;
      3. else, in a sentence about an event (此次, 现场, 会上), the day the article reports;
      4. else the issue year for an actual or target (a plan is dated only by its own
         sentence, and never by a day: that is the event's), and nothing for a plan."""
    fs = _full_sentence(lay, k)
    pa, _pe = lay.paragraph(k)
    lede_end = _lede_end(lay)
    sentence: str | None = None
    article: tuple[int, str] | None = None     # in force over the article: the lede's, a since, a now
    paragraph: tuple[int, str] | None = None   # in force over this paragraph: a clause-opening date

    def carried() -> str | None:
        best = max((x for x in (article, paragraph) if x is not None), default=None)
        return best[1] if best else None

    for s, e, v, kind in ps:
        if e > k:
            break
        if not adverbial(lay, s, e) or report_day(lay, s, e, v):
            continue
        if kind == "whole":                    # 全年: the year in force, else the issue's
            now = carried()
            value = now[:4] if now else _whole_year(lay, status)
        else:
            value = v
        if not value:
            continue
        if s >= fs:
            sentence = value
            continue
        opens = _clause_initial(lay, s)
        if kind in ("since", "now") or (opens and s < lede_end and len(value) != 10):
            article = (s, value)
        if s >= pa and (opens or kind in ("since", "now", "todate")):
            paragraph = (s, value)
    if status == "plan" and sentence is not None and len(sentence) == 10:
        return None                # 6月18日，…集中开工，总投资48.3亿元: the day dates the event, not the project's size
    if sentence is not None:
        return sentence
    if status == "plan":
        return None
    found = carried()
    if found is not None:
        return found
    if status == "actual" and _event_sentence(lay, fs, k):
        day = _dateline(lay, ps)
        if day is not None:
            return day
    return str(lay.year) if lay.year is not None else None


# An issue up to this month that reports a whole year's actual figures reports last year's.
WHOLE_YEAR_LAST_MONTH = 3


def _whole_year(lay: Layout, status: str) -> str:
    """The year 全年 means with nothing else in force: the issue's, but a full year's
    actual figure printed in the first months of a year (a 1月 review) is last year's."""
    if lay.year is None:
        return ""
    if status == "actual" and lay.issue is not None and lay.issue.month <= WHOLE_YEAR_LAST_MONTH:
        return str(lay.year - 1)
    return str(lay.year)


def _event_sentence(lay: Layout, fs: int, k: int) -> bool:
    end = k
    while end < len(lay.text) and lay.text[end] not in "。！？!?\n":
        end += 1
    return bool(words.pattern("event_words").search(lay.text, fs, end))


def _dateline(lay: Layout, ps: list[Period]) -> str | None:
    """The day the article reports: the first day-level date that opens a sentence."""
    for s, e, v, _kind in ps:
        if len(v) == 10 and _clause_initial(lay, s) and not report_day(lay, s, e, v):
            return v
    return None


def is_future(period: str | None, lay: Layout) -> bool:
    """A period that starts after the issue (到2025年 in a 2023 paper): a target's."""
    if not period or lay.issue is None:
        return False
    start = period.split("/")[0]
    issue = lay.issue.isoformat()
    return start[:len(issue)] > issue[:len(start)] if len(start) < len(issue) else start > issue
