"""Dates (日期): every calendar expression, normalised against the issue's calendar.

What counts (gold/MENTIONS.md): a day, a span of days, a month or a year —
``3月4日`` → ``2024-03-04``, ``5月20日至21日`` → ``2025-05-20/2025-05-21``,
``2 月 22日、23日`` (stray spaces) → a span, ``“6·9”`` → a day, ``2024年2月底`` → the
month, ``2022年底`` → the year, ``今年/去年/明年/次年`` → years, ``农历二月`` → the span
of that lunar month, ``第十一个国家宪法日`` → its day. Not listed: vague times (近日,
日前, 近年来, 今年以来), decades (80年代), quarters (only 今年 in 今年前三季度).

The scan runs the patterns in order, longest forms first; a span once taken is not
matched again.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from typing import Any

from .. import lexicon
from ..assemble.dates import ANNIVERSARY, _num

_S = r"[ \t\u3000]*"
_CN = "〇零一二三四五六七八九十两"
_NUM = rf"(?:\d{{1,4}}|[{_CN}]{{1,4}})"
_DAY = rf"(\d{{1,2}}|[{_CN}]{{1,3}}){_S}日"
_MONTH = rf"(\d{{1,2}}|[{_CN}]{{1,3}}){_S}月"
_YEAR = rf"((?:19|20)\d{{2}}|[{_CN}]{{4}}){_S}年"
_REL_YEAR = r"(今年|去年|明年|次年|前年|上年|当年)"
_RANGE = rf"{_S}(?:至|到|—|－|-|~|～){_S}"
# Every date starts with a digit, a Chinese numeral or a year word: a cheap first test.
_START = rf"(?=[\d{_CN}今去明次前上当农阴正腊第])"

# 1. spans: 2025年5月20日至21日 / 5月20日至6月2日 / 3月4日至9日 / 2 月 22日、23日
SPAN = re.compile(
    rf"{_START}(?:{_YEAR}{_S})?{_MONTH}{_S}{_DAY}(?:{_RANGE}|{_S}、{_S})"
    rf"(?:{_MONTH}{_S})?{_DAY}"
)
# 2. a day: 2024年3月4日, 3月4日, 三月四日, 去年3月4日
DAY = re.compile(rf"{_START}(?:(?:{_YEAR}|{_REL_YEAR}){_S})?{_MONTH}{_S}{_DAY}(?![ \t\u3000至到—\-~～、]*\d+{_S}日)")
# 3. dot dates in quotes or before what they name: “6·9”国际档案日, “5·15”政务公开日
DOT = re.compile(r"(?<![\d.·])(\d{1,2})[·•．](\d{1,2})(?![\d.·])(?=[”\"’]|国际|日|节|政务|活动)")
# 4. month spans and months: 1至10月, 2024年2月底, 去年十月, 农历二月
MONTH_SPAN = re.compile(rf"{_START}(?:{_YEAR}{_S})?(\d{{1,2}}|[{_CN}]{{1,3}}){_S}"
                        rf"(?:至|到|—|-|～){_S}{_MONTH}(?!{_S}\d+{_S}日)(?!份?以来)")
MONTH = re.compile(rf"{_START}(农历|阴历)?(?:(?:{_YEAR}|{_REL_YEAR}){_S})?{_MONTH}(?:份)?(?:[上中下]旬|初|底|末|中)?"
                   rf"(?!{_S}(?:\d|[{_CN}])+{_S}[日号])(?!份?以来)")
# 4b. lunar months: 农历二月, 正月, 腊月 (a lunar month is the span of its solar days)
LUNAR = re.compile(rf"(?:(?:农历|阴历)(?:{_REL_YEAR})?([{_CN}]{{1,3}}|正|腊|冬)|(正|腊))月(?!份?以来)")
_LUNAR_NAMES = {"正": 1, "冬": 11, "腊": 12}
# 5. years: 2024年, 2025年度, 2022年底, 今年, 去年 (not 今年以来, not 80年代)
YEAR = re.compile(rf"{_START}{_YEAR}(?:度)?(?:[初底末中])?(?!代)(?!以来)(?![ \t\u3000\d]*月)")
REL_YEAR = re.compile(rf"{_START}{_REL_YEAR}(?!以来)(?!年)")
# Bare Chinese-numeral months count only with 份 or at a clause start (六月，); 1月 always.
_VAGUE_MONTH_NEXT = re.compile(r"^(?:份)?[，,。、的里]")


def _int(text: str) -> int | None:
    return int(text) if text.isdigit() else _num(text)


def _year_of(m_year: str | None, rel: str | None, anchor: int | None) -> int | None:
    if m_year:
        return _int(m_year)
    if rel and anchor is not None:
        return anchor + {"今年": 0, "当年": 0, "去年": -1, "上年": -1, "前年": -2,
                         "明年": 1, "次年": 1, "后年": 2}[rel]
    return anchor


def _day(y: int | None, m: int | None, d: int | None) -> str | None:
    if y is None or m is None or d is None:
        return None
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _anchor_year(month: int, issue: date | None, year: int | None) -> int | None:
    """The year of a bare month: the issue's, or the one before when a January issue
    reports December (papers report the recent past)."""
    if issue is not None:
        if month - issue.month > 6:
            return issue.year - 1
        return issue.year
    return year


def _lunar_month(year: int, month: int) -> str | None:
    """The Gregorian span of lunar month ``month`` of lunar year ``year``."""
    from lunar_python import Lunar, LunarMonth   # MIT, pure Python, no data downloads

    try:
        solar = Lunar.fromYmd(year, month, 1).getSolar()
        days = LunarMonth.fromYm(year, month).getDayCount()
    except Exception:  # the library raises bare Exceptions for out-of-range input
        return None
    start = date(solar.getYear(), solar.getMonth(), solar.getDay())
    return f"{start.isoformat()}/{(start + timedelta(days=days - 1)).isoformat()}"


@cache
def _anniversary_days() -> dict[str, tuple[int, int | None, int | None]]:
    out = {}
    for line in lexicon.lines("anniversaries"):
        parts = line.split()
        md = parts[2].split("-") if len(parts) > 2 else [None, None]
        out[parts[0]] = (int(parts[1]), int(md[0]) if md[0] else None, int(md[1]) if md[1] else None)
    return out


# A bare day (5日上午) in a piece filed as 新华社北京3月5日电 is a day of that month.
_DISPATCH_MONTH = re.compile(rf"(\d{{1,2}}){_S}月{_S}\d{{1,2}}{_S}日{_S}[电讯]")
BARE_DAY = re.compile(rf"(?<![\d月号年])(\d{{1,2}}){_S}日(?![\d])")


def find_dates(text: str, *, issue: date | None = None, year: int | None = None,
               dispatch: str | None = None) -> list[dict[str, Any]]:
    """Every date expression of ``text``: ``{"text", "value", "span"}`` in text order.
    ``dispatch`` (本报北京12月2日电) gives bare days (2日) their month."""
    if year is None and issue is not None:
        year = issue.year
    taken: list[tuple[int, int]] = []
    out: list[dict[str, Any]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(s: int, e: int, value: str | None) -> None:
        if value is None or not free(s, e):
            return
        taken.append((s, e))
        out.append({"text": text[s:e], "value": value, "span": [s, e]})

    for m in SPAN.finditer(text):
        y0 = _int(m.group(1)) if m.group(1) else None
        m1, d1 = _int(m.group(2)), _int(m.group(3))
        m2 = _int(m.group(4)) if m.group(4) else m1
        d2 = _int(m.group(5))
        y = y0 or (_anchor_year(m1, issue, year) if m1 else None)
        a, b = _day(y, m1, d1), _day(y, m2, d2)
        if a and b and a <= b:
            add(m.start(), m.end(), f"{a}/{b}")
    for m in DAY.finditer(text):
        month, day = _int(m.group(3)), _int(m.group(4))
        if month is None:
            continue
        y = _year_of(m.group(1), m.group(2), _anchor_year(month, issue, year) if not m.group(2) else year)
        add(m.start(), m.end(), _day(y, month, day))
    for m in DOT.finditer(text):
        month, day = int(m.group(1)), int(m.group(2))
        add(m.start(), m.end(), _day(_anchor_year(month, issue, year), month, day))
    days = _anniversary_days()
    for m in ANNIVERSARY.finditer(text):
        n, name = _num(m.group(1)), m.group(2)
        for key, (first, month, day) in days.items():
            if n and name.endswith(key) and month:
                add(m.start(), m.end(), _day(first + n - 1, month, day))
                break
    for m in MONTH_SPAN.finditer(text):
        # 今年1至10月: 今年 stands as its own date, the months as a span of that year
        rel = re.search(rf"{_REL_YEAR}{_S}$", text[max(0, m.start() - 3):m.start()])
        y = _year_of(m.group(1), rel.group(1) if rel else None, year)
        a, b = _int(m.group(2)), _int(m.group(3))
        if y and a and b and 1 <= a < b <= 12:
            add(m.start(), m.end(), f"{y}-{a:02d}/{y}-{b:02d}")
    for m in LUNAR.finditer(text):
        raw = m.group(2) or m.group(3)
        month = _LUNAR_NAMES.get(raw) or _int(raw)
        y = _year_of(None, m.group(1), year)
        if month and y and 1 <= month <= 12:
            add(m.start(), m.end(), _lunar_month(y, month))
    for m in MONTH.finditer(text):
        lunar, month = m.group(1), _int(m.group(4))
        if month is None or not 1 <= month <= 12:
            continue
        raw_month = m.group(4)
        if not raw_month.isdigit() and not (m.group(2) or m.group(3) or lunar) \
                and not _VAGUE_MONTH_NEXT.match(text[m.end():m.end() + 1] or "。"):
            continue    # 一月 inside a word (一月一次) is no date
        y = _year_of(m.group(2), m.group(3), _anchor_year(month, issue, year) if not m.group(3) else year)
        if y is None:
            continue
        add(m.start(), m.end(), _lunar_month(y, month) if lunar else f"{y}-{month:02d}")
    dm = _DISPATCH_MONTH.search(dispatch or "")
    if dm:
        month = int(dm.group(1))
        for m in BARE_DAY.finditer(text):
            add(m.start(), m.end(), _day(_anchor_year(month, issue, year), month, int(m.group(1))))
    for m in YEAR.finditer(text):
        y = _int(m.group(1))
        if y and 1900 <= y <= 2100:
            add(m.start(), m.end(), str(y))
    for m in REL_YEAR.finditer(text):
        y = _year_of(None, m.group(1), year)
        if y is not None:
            add(m.start(), m.end(), str(y))
    out.sort(key=lambda d: d["span"][0])
    return out
