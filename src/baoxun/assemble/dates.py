"""The issue's calendar: its year, its date, and each lede's dateline.

A page seldom prints its own date in the text dump, but it carries evidence:
  1. anniversary counts (第十一个国家宪法日: the first was in 2014);
  2. 明年 beside a year (谋划明年…2025年工作 → the page is of 2024);
  3. explicit years, the latest one not in a future or past-origin context
     (到2030年, 始建于1990年, 自2022年底…以来 say nothing of the issue's year);
  4. 2月29日, which exists only in leap years;
  5. a weekday printed with a date (3月4日 星期一).
The issue date is the publication date where the page prints it, else the day after the
latest dated event that a lede reports (papers report yesterday's news).
"""
from __future__ import annotations

import calendar
import re
from functools import cache
from collections import Counter
from datetime import date, timedelta

from .. import lexicon

_SP = r"[ \t\u3000]*"
# 2024年3月4日, 3月4日, 2 月 22日 (stray spaces from narrow columns)
MONTH_DAY = re.compile(rf"(?:(\d{{4}}){_SP}年{_SP})?(\d{{1,2}}){_SP}月{_SP}(\d{{1,2}}){_SP}日")
YEAR = re.compile(rf"(?<![\d〔\[（(])((?:19|20)\d{{2}}){_SP}年(?!代)")
# A publication date line: 2024年3月5日 星期二 / 2024年3月5日 周二
PUB_DATE = re.compile(rf"((?:19|20)\d{{2}}){_SP}年{_SP}(\d{{1,2}}){_SP}月{_SP}(\d{{1,2}}){_SP}日"
                      rf"{_SP}(?:星期|周|礼拜)([一二三四五六日天])")
WEEKDAY_DATE = re.compile(rf"(\d{{1,2}}){_SP}月{_SP}(\d{{1,2}}){_SP}日{_SP}[（(]?(?:星期|周)([一二三四五六日天])")
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
ANNIVERSARY = re.compile(r"第([一二三四五六七八九十百零两\d]+)(?:个|届)([\u4e00-\u9fff]{2,12}?(?:日|节|周|月))")
# Contexts in which a year says nothing about the issue's year.
_FUTURE = re.compile(r"(到|至|力争|预计|计划|截至|目标|展望)\s*$")
_PAST_ORIGIN = re.compile(r"(始建于|建于|成立于|始于|创建于|早在|自|从|于|生于|出生于)\s*$")
# Planning for a coming year: 谋划2024年重大项目, 2025年工作务虚会 (said in the year before).
_PLAN_BEFORE = re.compile(r"(谋划|筹划|部署|储备|编制|安排|展望|迎接)\s*$")
_PLAN_AFTER = re.compile(r"^\s*(?:年度)?(?:工作|重点|重大项目|项目|目标|计划|预算|经济工作|发展思路)")
_SENTENCE = re.compile(r"[^。！？!?\n]*[。！？!?\n]?")


def _num(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    try:
        import cn2an
        return int(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, TypeError):
        return None


# 庆祝新中国成立70周年 → 2019: the founding years of the anniversaries the press celebrates.
JUBILEE = re.compile(r"(新中国|中华人民共和国|中国共产党|建党|人民军队|中国人民解放军|建军|改革开放|"
                     r"抗日战争胜利|抗战胜利|世界反法西斯战争胜利|香港回归|澳门回归|"
                     r"西部大开发|(?:全面)?脱贫攻坚)(?:成立|诞生|建立|实施|开启)?\s*(\d{1,3})\s*周年")
_JUBILEE_BASE = {"新中国": 1949, "中华人民共和国": 1949, "中国共产党": 1921, "建党": 1921,
                 "人民军队": 1927, "中国人民解放军": 1927, "建军": 1927, "改革开放": 1978,
                 "抗日战争胜利": 1945, "抗战胜利": 1945, "世界反法西斯战争胜利": 1945,
                 "香港回归": 1997, "澳门回归": 1999, "西部大开发": 2000}


def anniversary_year(text: str) -> int | None:
    """1. ``第十一个国家宪法日`` → 2024, from the founding years in data/anniversaries.txt;
    ``庆祝新中国成立70周年`` → 2019."""
    counts: Counter = Counter()
    for m in (JUBILEE.finditer(text) if "周年" in text else ()):
        base = _JUBILEE_BASE.get(m.group(1))
        if base:
            counts[base + int(m.group(2))] += 1
    if counts:
        return counts.most_common(1)[0][0]
    firsts = _anniversaries()
    for m in (ANNIVERSARY.finditer(text) if "第" in text else ()):
        n = _num(m.group(1))
        name = m.group(2)
        for key, first in firsts.items():
            if n and name.endswith(key):
                return first + n - 1
    return None


@cache
def _anniversaries() -> dict[str, int]:
    out = {}
    for line in lexicon.lines("anniversaries"):
        name, year = line.split()[:2]
        out[name] = int(year)
    return out


def _sentences_with_years(text: str):
    """The sentences of ``text`` that hold a four-digit year (found from the years, so
    a long page is not split sentence by sentence)."""
    end = -1
    for m in YEAR.finditer(text):
        if m.start() < end:
            continue
        start = max(text.rfind(c, 0, m.start()) for c in "。！？!?\n") + 1
        ends = [i for i in (text.find(c, m.end()) for c in "。！？!?\n") if i >= 0]
        end = (min(ends) + 1) if ends else len(text)
        yield text[start:end]


def year_votes(text: str) -> Counter:
    """2–3. Years the page's own words point at, with their weight."""
    votes: Counter = Counter()
    next_year_page = "明年" in text
    for sentence in _sentences_with_years(text):
        next_year = "明年" in sentence
        this_year = "今年" in sentence
        for m in YEAR.finditer(sentence):
            y = int(m.group(1))
            before = sentence[max(0, m.start() - 4):m.start()]
            after = sentence[m.end():m.end() + 6]
            if next_year and not this_year and ("工作" in after or "重点" in after or "目标" in after):
                votes[y - 1] += 2
                continue
            if next_year_page and (_PLAN_BEFORE.search(before) or _PLAN_AFTER.match(after)):
                votes[y - 1] += 1       # planning next year's work, on a page that says 明年
                continue
            if _FUTURE.search(before) or _PAST_ORIGIN.search(before) or after.startswith(("以来", "前")):
                continue
            votes[y] += 1
    return votes


def infer_year(text: str, given: date | None = None) -> tuple[int | None, str]:
    """The year bare dates on the page belong to, and the evidence used."""
    if given:
        return given.year, "given"
    m = PUB_DATE.search(text)
    if m:
        return int(m.group(1)), "printed date"
    ann = anniversary_year(text)
    if ann:
        return ann, "anniversary count"
    votes = year_votes(text)
    leap_only = bool(re.search(rf"2{_SP}月{_SP}29{_SP}日", text))
    if votes:
        candidates = [y for y in votes if not leap_only or calendar.isleap(y)] or list(votes)
        # the latest year the page speaks of as present or past
        best = max(candidates)
        return best, "explicit years"
    weekday = _weekday_year(text)
    if weekday:
        return weekday, "weekday"
    return None, "none"


def _weekday_year(text: str) -> int | None:
    """5. 3月4日 星期一 → the latest year (≤ this one) where that holds."""
    m = WEEKDAY_DATE.search(text)
    if not m:
        return None
    month, day, wd = int(m.group(1)), int(m.group(2)), _WEEKDAYS[m.group(3)]
    for y in range(date.today().year, 1949, -1):
        try:
            if date(y, month, day).weekday() == wd:
                return y
        except ValueError:
            continue
    return None


_HEADER_DATE = re.compile(r"((?:19|20)\d{2})\s*(?:年\s*|[-./])(\d{1,2})\s*(?:月\s*|[-./])(\d{1,2})")


def header_date(text: str) -> date | None:
    """The date of a masthead or running-header line (2021年12月25日, 2022.6.1): the
    header says which issue the page is, weekday printed or not."""
    m = _HEADER_DATE.search(text)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def printed_date(text: str) -> date | None:
    """A publication date line printed on the page (2024年3月5日 星期二)."""
    m = PUB_DATE.search(text)
    if not m:
        return None
    try:
        d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    return d if d.weekday() == _WEEKDAYS[m.group(4)] else None


def first_sentence(text: str) -> str:
    m = re.search(r"[。！？!?]", text)
    return text[: m.end()] if m else text


# A lede that opens on a vague time (近日, 日前 …) reports no dated event, whatever
# dates it names later (自12月1日起 is when a measure starts, not the news).
_VAGUE_TIME = re.compile(r"(近日|日前|近期|连日来|近年来|今年以来|目前|眼下|当前|近来|前不久|最近)")
# A date that is a start, a deadline or a plan, not the event: 自12月1日起, 9日前
_NOT_EVENT_AFTER = re.compile(r"^\s*(起|前|之前|以前|截止|到期|开始实施|施行)")
# Dispatch dates say which month a bare day in the lede means: 本报北京12月2日电 … 2日，
DISPATCH_DATE = re.compile(rf"(\d{{1,2}}){_SP}月{_SP}(\d{{1,2}}){_SP}日{_SP}[电讯]")
_BARE_DAY = re.compile(rf"(?<![\d月])(\d{{1,2}}){_SP}日(?![\d])")


def dateline(lede: str, year: int | None, dispatch: str = "") -> date | None:
    """The date of the event the lede's first sentence reports: its first month-day
    date, or a bare day (2日) in the month of the dispatch (本报北京12月2日电)."""
    source = first_sentence(lede)
    m = MONTH_DAY.search(source)
    dm = DISPATCH_DATE.search(dispatch) if dispatch else None
    bare = _BARE_DAY.search(source) if dm else None
    if bare and (m is None or bare.start() < m.start()):
        month, day = int(dm.group(1)), int(bare.group(1))
        return _make(year, month, day)
    if m is None:
        return None
    vague = _VAGUE_TIME.search(source[:m.start()])
    if vague or _NOT_EVENT_AFTER.match(source[m.end():]):
        return None
    if source[max(0, m.start() - 2):m.start()].endswith(("农历", "阴历")):
        return None
    y = int(m.group(1)) if m.group(1) else year
    return _make(y, int(m.group(2)), int(m.group(3)))


def _make(year: int | None, month: int, day: int) -> date | None:
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def issue_date(datelines: list[date], year: int | None) -> date | None:
    """The day after the latest dated event in the issue's year."""
    dates = [d for d in datelines if year is None or d.year == year]
    if not dates:
        return None
    return max(dates) + timedelta(days=1)
