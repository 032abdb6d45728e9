"""The issue's calendar: its year, its date, and each lede's dateline.

A page seldom prints its own date in the text dump, but it carries evidence:
  1. anniversary counts (第十一个国家宪法日: the first was in 2014);
  2. 明年 beside a year (谋划明年…2025年工作 → the page is of 2024);
  3. explicit years, each read in its context (a result of last year: 2020年，全市…;
     a plan: 到2030年, 2026年，我市将…; an origin: 始建于1990年; a running period:
     2024年一季度) and weighed by a fitted model over the latest year named and the
     years either side (data/models/year.json; the latest year voted for when absent);
  4. 2月29日, which exists only in leap years;
  5. a weekday printed with a date (3月4日 星期一).
The issue date is the publication date where the page prints it, else the day after the
latest dated event that a lede reports (papers report yesterday's news).
"""
from __future__ import annotations

import calendar
import json
import math
import re
from functools import cache
from collections import Counter
from datetime import date, timedelta
from importlib.resources import files

from .. import lexicon
from .fitted import print_weights, save_weights

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
    leap_only = bool(LEAP_DAY.search(text))
    weights = _year_weights()
    if weights is not None:
        best = model_year(text, weights, leap_only)
        if best is not None and not _weekday_refutes(text, best):
            return best, "year model"
    best = rule_year(text)
    if best is not None and not _weekday_refutes(text, best):
        return best, "explicit years"
    weekday = _weekday_year(text)
    if weekday:
        return weekday, "weekday"
    return None, "none"


def _weekday_refutes(text: str, year: int) -> bool:
    """Whether every date printed with its weekday (12月21日（周六）) falls on another
    weekday in ``year``: the page is of another year, whatever years its story names
    (2006年起驾驶…: a past year the model took for the present)."""
    found = False
    for m in WEEKDAY_DATE.finditer(text):
        try:
            if date(year, int(m.group(1)), int(m.group(2))).weekday() == _WEEKDAYS[m.group(3)]:
                return False
            found = True
        except ValueError:
            continue
    return found


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


# --- the year model ------------------------------------------------------------------------
# Which year is the page's when it names years? Reports of year Y speak of last year's
# results as "Y-1年" (2020年，全市地区生产总值… printed in 2021) and of the present as 今年;
# a plan names the coming year (2026年，我市将…, 到2030年); a history names old years. Each
# mention of a year is read in its context (result, plan, origin, event, plain), and the
# candidates A-1, A, A+1 around the latest year A named as present or past are scored by a
# conditional logistic model whose weights ship in data/models/year.json; refit with
#     python -m baoxun.assemble.dates fit --pages 900 --seed 11

LEAP_DAY = re.compile(rf"(?<!\d)2{_SP}月{_SP}29{_SP}日")
_ENDS = "。！？!?；;"
_WS = re.compile(r"\s+")
_ORIGIN_BEFORE = re.compile(r"(始建于|建于|成立于|始于|创建于|创办于|早在|自|从|于|生于|出生于|诞生于|始自)$")
_ORIGIN_AFTER = re.compile(r"^(起|以来|开始|始|建成|成立|出生|创办|前后)")
_RANGE_START = re.compile(r"^(至|到|—|–|-|~|～|和|、|及)\d")
_RANGE_END = re.compile(r"\d年?(至|到|—|–|-|~|～|和|、|及)$")
# A span of years printed with one 年 (2024—2035年, 2023-2024年供暖期): its first year.
_SPAN_START = re.compile(r"((?:19|20)\d{2})\s*(?:至|到|—|–|-|~|～)\s*$")
# What runs across the turn of a year (供暖期, 学年, 赛季): it began in the span's first year.
_SEASON_AFTER = re.compile(r"^(?:度)?(?:供暖期|采暖期|供热期|供暖季|采暖季|学年|赛季|冬春|秋冬)")
_FUTURE_BEFORE = re.compile(r"(到|至|力争|预计|计划|目标|展望|迎接|谋划|筹划|部署|储备|编制|确保|争取|力求|备战|备赛)$")
_FUTURE_AFTER = re.compile(r"^(前|以前|之前|将|要|计划|力争|预计|争取|目标)")
_FUTURE_CLAUSE = re.compile(r"^，[^，]{0,10}(将|要|计划|力争|预计|争取|拟|确保)")
_RESULT_BEFORE = re.compile(r"(截至|截止|比|较|与|同|总结|回顾|发布|听取|盘点|通报|对|晒出|回眸)$")
# A part of the year still running (2024年一季度, 1-2月, 上半年): reported in that same year.
_PERIOD_AFTER = re.compile(r"^(一季度|第一季度|二季度|第二季度|三季度|第三季度|前三季度|上半年|前两个月|前[二三四五六七八九十]个?月|"
                           r"[1一][至到\-—~～－][\d一二三四五六七八九十]{1,2}月)")
_RESULT_AFTER = re.compile(r"^(，|全年|年底|年末|底|末|初|年初|度|下半年|四季度|第四季度|"
                           r"[^，]{0,12}(经济运行|成绩单|综述|回眸|盘点|实现|完成|达到|达|增长|突破|累计|同比))")
_EVENT_AFTER = re.compile(r"^[^，]{0,14}(大会|会议|博览会|交易会|论坛|开幕|峰会|运动会|比赛|大赛|赛事|"
                          r"文化节|旅游节|艺术节|丰收节|展会|展览|活动周|启动仪式)")
KINDS = ("plain", "result", "future", "origin", "event", "annual", "period")
# A year printed without 年 before an event's name (2025乌鲁木齐市“丝路杯”业余足球联赛开赛,
# 2024成都市民阅读季): the event is that year's.
_BARE_EVENT_YEAR = re.compile(r"(?<![\d〔\[（(.\-/])((?:19|20)\d{2})(?=[\u4e00-\u9fff“])")
_BARE_EVENT = re.compile(r"^[^，。；]{0,20}?(大会|博览会|交易会|论坛|峰会|运动会|联赛|锦标赛|比赛|大赛|马拉松|"
                         r"文化节|旅游节|艺术节|音乐节|丰收节|阅读季|购物节|展会|展览|活动周|启动仪式)")


def year_mentions(text: str) -> list[tuple[int, str, str]]:
    """Each four-digit year the text names, with the kind of its context and whether
    今年 / 明年 share its sentence (``"j"``, ``"m"``)."""
    out = []
    plan_page = "明年" in text
    for m in YEAR.finditer(text):
        y = int(m.group(1))
        before = text[max(0, m.start() - 40):m.start()]
        cut = max(before.rfind(c) for c in _ENDS)
        before = _WS.sub("", before[cut + 1:])
        after = text[m.end():m.end() + 60]
        cuts = [i for i in (after.find(c) for c in _ENDS) if i >= 0]
        after = _WS.sub("", after[:min(cuts)] if cuts else after)
        b8 = before[-8:]
        span = _SPAN_START.search(text, max(0, m.start() - 8), m.start())
        if span is not None and (y - int(span.group(1)) >= 2 or y - int(span.group(1)) == 1
                                 and _SEASON_AFTER.match(after)):
            # 2024—2035年 (a plan's span), 2023—2024年供暖期 (a season that began in its first
            # year): the span's end is ahead of the issue, its start is the issue's year or before
            kind = "future"
            if y - int(span.group(1)) == 1:
                out.append((int(span.group(1)), "plain", _flags(before + after)))
        elif _RANGE_END.search(b8):
            kind = "result"
        elif _ORIGIN_BEFORE.search(b8):
            kind = "origin"
        elif _FUTURE_BEFORE.search(b8):
            kind = "future"             # 力争到2030年建成 is a target, not an origin
        elif _ORIGIN_AFTER.match(after) or _RANGE_START.match(after):
            kind = "origin"
        elif _FUTURE_AFTER.match(after) or _FUTURE_CLAUSE.match(after):
            kind = "future"
        elif plan_page and (_PLAN_BEFORE.search(b8) or _PLAN_AFTER.match(after)):
            kind = "future"             # next year's work, on a page that says 明年
        elif _PERIOD_AFTER.match(after):
            kind = "period"
        elif after.startswith("度"):
            kind = "annual"             # 2023年度补奖资金, 2021年度先进单位
        elif _EVENT_AFTER.match(after):
            kind = "event"
        elif _RESULT_BEFORE.search(b8) or _RESULT_AFTER.match(after):
            kind = "result"
        else:
            kind = "plain"
        out.append((y, kind, _flags(before + after)))
    for m in _BARE_EVENT_YEAR.finditer(text):
        if not text.startswith("年", m.end()) and _BARE_EVENT.match(text[m.end():m.end() + 30]):
            out.append((int(m.group(1)), "event", _flags(text[max(0, m.start() - 40):m.end() + 60])))
    return out


def _flags(sentence: str) -> str:
    """Whether 今年 / 明年 share a year's sentence (``"j"``, ``"m"``)."""
    return ("j" if "今年" in sentence else "") + ("m" if "明年" in sentence else "")


def _log(n: float) -> float:
    return math.log1p(n)


YEAR_FEATURES = ("prev", "next", "named", "plain", "result", "result_prev", "future", "future_next",
                 "origin", "event", "unnamed_jin", "jin_next", "qu_next", "ming_prev", "ming_next_named",
                 "shang_next", "bare_dates_next", "jin_sentence", "ming_sentence", "weekday",
                 "history_next", "latest_any", "annual", "annual_prev", "early_next", "late_next",
                 "result_prev_early", "result_late", "period", "period_prev")


def _fest_names() -> str:
    from ..enrich.dates import _festivals
    names = [n for n, (rule, _, _) in _festivals().items() if not rule.startswith("solar:")]
    return "|".join(sorted(names, key=len, reverse=True))


@cache
def _festival_dated() -> re.Pattern[str]:
    """A day printed with the movable festival or solar term that falls on it: 4月4日是清明节,
    3月5日，正值惊蛰节气, 10月11日重阳节当天, 冬至（12月22日）."""
    names = _fest_names()
    return re.compile(rf"(\d{{1,2}})月(\d{{1,2}})日[，,]?\s*(?:是|为|即|正值|恰逢|适逢|迎来)?\s*({names})"
                      rf"|({names})(?:节气|当天|这天)?\s*[（(](\d{{1,2}})月(\d{{1,2}})日[）)]")


def festival_days(text: str) -> list[tuple[int, int, str]]:
    """(month, day, festival rule) for each movable festival or solar term printed with its
    day, and each day printed with its lunar date (1月26日（农历腊月廿七）)."""
    from ..enrich.dates import LUNAR_DAY, _LUNAR_NAMES, _festivals, _small
    rules = _festivals()
    out = []
    for m in _festival_dated().finditer(text):
        if m.group(1):
            out.append((int(m.group(1)), int(m.group(2)), rules[m.group(3)][0]))
        else:
            out.append((int(m.group(5)), int(m.group(6)), rules[m.group(4)][0]))
    for m in _SOLAR_WITH_LUNAR.finditer(text):
        lunar = LUNAR_DAY.match(text, m.end())
        if lunar is None:
            continue
        raw = lunar.group("m") or lunar.group("m2")
        month, day = _LUNAR_NAMES.get(raw) or _small(raw), _small(lunar.group("d") or lunar.group("d2"))
        if month and day and not lunar.group("r"):
            out.append((int(m.group(1)), int(m.group(2)), f"lunar:{month:02d}-{day:02d}"))
    return out


# A day printed with its lunar date in brackets: 1月26日（农历腊月廿七）.
_SOLAR_WITH_LUNAR = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日\s*[（(](?=农历|阴历|正月|腊月)")


def _festival_on(rule: str, year: int) -> tuple[int, int] | None:
    from ..enrich.dates import _festival_in
    day = _festival_in(rule, year)
    return (day.month, day.day) if day else None


def _weekdays_agree(weekdays: list[tuple[int, int, int]], year: int) -> int:
    """How many printed (month, day, weekday) hold in ``year``, less how many do not."""
    n = 0
    for month, day, weekday in weekdays:
        try:
            n += 1 if date(year, month, day).weekday() == weekday else -1
        except ValueError:
            n -= 1
    return n


def _calendar_fits(ev: dict, cands: list[int]) -> list[int]:
    """The candidates that agree best with the calendar facts the page prints — a day with
    its weekday (12月21日（周六）) or with the movable festival or solar term on it (10月11日
    重阳节): these hold in some years only, so they narrow the years the model weighs."""
    def agree(c: int) -> int:
        n = _weekdays_agree(ev["weekdays"], c)
        for month, day, rule in ev.get("festivals", ()):
            n += 1 if _festival_on(rule, c) == (month, day) else -1
        return n
    if not ev["weekdays"] and not ev.get("festivals"):
        return cands
    scores = {c: agree(c) for c in cands}
    top = max(scores.values())
    return [c for c in cands if scores[c] == top]


def page_evidence(text: str) -> dict:
    """What the year model reads of a page: its year mentions and page-wide cues."""
    mentions = year_mentions(text)
    months = [int(m.group(2)) for m in MONTH_DAY.finditer(text) if not m.group(1)]
    bare = len(months)
    wd = [(int(m.group(1)), int(m.group(2)), _WEEKDAYS[m.group(3)]) for m in WEEKDAY_DATE.finditer(text)]
    return {"mentions": mentions, "jin": text.count("今年"), "qu": text.count("去年"),
            "ming": text.count("明年"), "shang": text.count("上年"), "bare": bare, "weekdays": wd[:5],
            "festivals": festival_days(text)[:5],
            "early": sum(1 for mo in months if mo <= 3) / bare if bare else 0.0,
            "late": sum(1 for mo in months if mo >= 10) / bare if bare else 0.0}


def candidates(ev: dict, leap_only: bool = False) -> tuple[int | None, list[int]]:
    """The anchor A (the latest year named as present or past — a reporting period, 2024年1至10月,
    too; else the latest named at all) and the candidate years A-1, A, A+1 (leap years only when the page has 2月29日)."""
    mentions = ev["mentions"]
    if not mentions:
        return None, []
    told = [y for y, k, _ in mentions if k in ("plain", "result", "event", "period")]
    anchor = max(told) if told else max(y for y, _, _ in mentions)
    cands = [anchor - 1, anchor, anchor + 1]
    if leap_only:
        cands = [c for c in cands if calendar.isleap(c)] or cands
    return anchor, cands


def candidate_features(ev: dict, anchor: int, c: int) -> list[float]:
    counts = {k: Counter() for k in KINDS}
    jin_s, ming_s = Counter(), Counter()
    for y, k, flags in ev["mentions"]:
        counts[k][y] += 1
        if "j" in flags:
            jin_s[y] += 1
        if "m" in flags:
            ming_s[y] += 1
    named = {y for y, _, _ in ev["mentions"]}
    d = c - anchor
    nxt, prv = float(d == 1), float(d == -1)
    total = len(ev["mentions"])
    history = sum(1 for y, _, _ in ev["mentions"] if y < anchor - 5) / total if total else 0.0
    wd = float(_weekdays_agree(ev["weekdays"], c))
    return [prv, nxt, float(c in named), _log(counts["plain"][c]), _log(counts["result"][c]),
            _log(counts["result"][c - 1]), _log(counts["future"][c]), _log(counts["future"][c + 1]),
            _log(counts["origin"][c]), _log(counts["event"][c]),
            float(ev["jin"] > 0 and c not in named), float(ev["jin"] > 0) * nxt, float(ev["qu"] > 0) * nxt,
            float(ev["ming"] > 0) * prv, float(ev["ming"] > 0 and c + 1 in named),
            float(ev["shang"] > 0) * nxt, float(ev["bare"] > 0) * nxt, _log(jin_s[c]), _log(ming_s[c + 1]),
            max(-2.0, min(2.0, wd)), history * nxt, float(c == max(named)),
            _log(counts["annual"][c]), _log(counts["annual"][c - 1]), ev["early"] * nxt, ev["late"] * nxt,
            _log(counts["result"][c - 1]) * ev["early"], _log(counts["result"][c]) * ev["late"],
            _log(counts["period"][c]), _log(counts["period"][c - 1])]


@cache
def _year_weights() -> tuple[float, ...] | None:
    try:
        data = json.loads(files("baoxun").joinpath("data", "models", "year.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, OSError, ValueError):
        return None
    if list(data.get("features", ())) != list(YEAR_FEATURES):
        return None                 # weights of another feature set: the rule decides
    return tuple(data["weights"])


def model_year(text: str, weights=None, leap_only: bool = False) -> int | None:
    """The candidate year the fitted model scores highest (None when the page names none)."""
    weights = weights if weights is not None else _year_weights()
    ev = page_evidence(text)
    anchor, cands = candidates(ev, leap_only)
    if anchor is None or weights is None:
        return None
    cands = _calendar_fits(ev, cands)
    scores = [sum(w * x for w, x in zip(weights, candidate_features(ev, anchor, c))) for c in cands]
    return cands[max(range(len(cands)), key=scores.__getitem__)]


# --- fitting -------------------------------------------------------------------------------

def year_rows(pages: list[tuple[str, int]]) -> list[tuple[list[list[float]], int]]:
    """Per page text and its gold year: the candidates' feature rows and the gold's index
    (pages whose gold year is no candidate teach nothing and are left out)."""
    rows = []
    for text, gold in pages:
        ev = page_evidence(text)
        anchor, cands = candidates(ev, bool(LEAP_DAY.search(text)))
        if anchor is not None and gold in cands and len(cands) > 1:
            rows.append(([candidate_features(ev, anchor, c) for c in cands], cands.index(gold)))
    return rows


def fit_year(rows, l2: float = 1.0, steps: int = 3000, rate: float = 0.5) -> list[float]:
    """Conditional logistic regression (softmax over each page's candidates), by gradient
    descent with an L2 penalty."""
    import numpy as np

    n = len(YEAR_FEATURES)
    w = np.zeros(n)
    xs = [np.asarray(x, dtype=float) for x, _ in rows]
    golds = [g for _, g in rows]
    m = max(1, len(rows))
    for _ in range(steps):
        grad = l2 * w / m
        for x, g in zip(xs, golds):
            s = x @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            grad += (p @ x - x[g]) / m
        w -= rate * grad
    return [round(float(v), 4) for v in w]


def pages_for_fitting(n: int, seed: int, work) -> list[tuple[str, int]]:
    """Generate ``n`` pages from the project's own records (articles, examples) and return
    the text each page's parse hands to :func:`infer_year`, with its gold year."""
    from pathlib import Path

    from .. import pipeline
    from ..evaluate import generate_corpus

    work = Path(work)
    generate_corpus(work, n, seed=seed, sources=["articles", "examples"])
    seen: list[str] = []
    real = pipeline.infer_year

    def spy(text, given=None):
        seen.append(text)
        return real(text, given)

    out = []
    pipeline.infer_year = spy
    try:
        for path in sorted((work / "pages").glob("*.txt")):
            gold = json.loads((work / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
            seen.clear()
            try:
                pipeline.parse_page(path.read_text(encoding="utf-8-sig"), source=path.name, mentions=False)
            except Exception:  # noqa: BLE001 - a page the parser fails on teaches nothing
                continue
            year = (gold.get("issue") or {}).get("year")
            if seen and year:
                out.append((seen[-1], int(year)))
    finally:
        pipeline.infer_year = real
    return out


def _accuracy(pages, decide) -> tuple[int, int]:
    return sum(1 for text, gold in pages if decide(text) == gold), len(pages)


def rule_year(text: str) -> int | None:
    """The rule the model stands before: the latest year the page speaks of as present or
    past (leap years only on a 2月29日 page)."""
    votes = year_votes(text)
    if not votes:
        return None
    leap_only = bool(LEAP_DAY.search(text))
    return max([y for y in votes if not leap_only or calendar.isleap(y)] or list(votes))


def main(argv=None) -> int:
    """``python -m baoxun.assemble.dates fit``: generate pages, fit, write the weights."""
    import argparse
    import tempfile
    from pathlib import Path

    ap = argparse.ArgumentParser(prog="python -m baoxun.assemble.dates", description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=("fit", "score"))
    ap.add_argument("--pages", type=int, default=900)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--out", type=Path, default=Path(str(files("baoxun").joinpath("data", "models", "year.json"))))
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        train = pages_for_fitting(args.pages, args.seed, Path(tmp) / "train")
        test = pages_for_fitting(max(200, args.pages // 3), args.seed + 1, Path(tmp) / "test")
    rows = year_rows(train)
    w = fit_year(rows, l2=args.l2)
    named = [(t, g) for t, g in test if YEAR.search(t)]
    m_ok, total = _accuracy(named, lambda t: model_year(t, w, bool(LEAP_DAY.search(t))))
    r_ok, _ = _accuracy(named, rule_year)
    report = [f"fitted on {len(rows)} pages naming a year (of {len(train)} without a printed date; "
              f"{args.pages} generated, seed {args.seed})",
              f"held-out (seed {args.seed + 1}): {total} pages naming a year: model {m_ok / max(1, total):.3f}, "
              f"rule {r_ok / max(1, total):.3f}"]
    if args.command == "fit":
        save_weights(args.out, YEAR_FEATURES, w, model="conditional logistic over candidate years",
                     refit=f"python -m baoxun.assemble.dates fit --pages {args.pages} --seed {args.seed}",
                     fitted_on=report[0], held_out=report[1])
        _year_weights.cache_clear()
    print("\n".join(report))
    print_weights(YEAR_FEATURES, w)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
