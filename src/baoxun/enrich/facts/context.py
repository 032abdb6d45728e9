"""What is in force where a number is printed: its period, its place, its status, and
the change printed with it (gold/FACTS.md).

Each rule is a named function with the convention it encodes in its docstring; word
lists are sections of ``data/facts_words.txt``.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Any

from ... import gazetteer
from . import words
from .layout import Layout

__all__ = ["change_before", "comparison_before", "period_in_force", "place_in_force", "status_in_force"]

# ---------------------------------------------------------------------------- change

# A change printed after its level: [basis] 增长/下降 [了] N% (同比增长15.9%, 比上年下降3.2个百分点).
_BASES = {"同比": "同比", "环比": "环比", "比上年同期": "同比", "较上年同期": "同比", "比去年同期": "同比",
          "较去年同期": "同比", "与去年同期相比": "同比", "与上年同期相比": "同比", "同期相比": "同比",
          "比上年": "比上年", "比去年": "比上年", "较上年": "较上年", "较去年": "较上年", "比上月": "环比",
          "较上月": "环比", "比年初": None, "较年初": None}
_UP = "增长|增加|提高|提升|上升|上涨|增|扩大|攀升|增幅为|增幅达|增速为|增速达"
_DOWN = "下降|减少|降低|回落|下滑|下跌|降|减|缩小|收窄"
CHANGE_TAIL = re.compile(
    rf"(?P<basis>{'|'.join(sorted(map(re.escape, _BASES), key=len, reverse=True))})?\s*(?:分别|均|也|还)?\s*"
    rf"(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\s*了?\s*(?:约|近|超过|超)?\s*$")
# A comparison with another place or series (高于全省开发区增速5.5个百分点): a fact of its own.
COMPARISON = re.compile(r"(高于|低于|快于|慢于|高出|低出|超出|领先|落后|高|低|快|慢)\s*(了)?\s*(约|近)?\s*$")
_COMPARE_CUE = re.compile(r"高于|低于|快于|慢于|高出|超出|领先|落后|比[^，,。；]{1,20}[高低快慢]")


def change_before(text: str, lo: int, hi: int) -> tuple[re.Match[str], str | None, int] | None:
    """A change verb right before a rate at ``hi`` (``text[lo:hi]``): the match, the basis
    (同比, 比上年 …, or None) and the sign (+1 rise, -1 fall)."""
    m = CHANGE_TAIL.search(text, lo, hi)
    if m is None or m.end() != hi and text[m.end():hi].strip():
        return None
    basis = _BASES.get(m.group("basis")) if m.group("basis") else None
    return m, basis, (-1 if m.group("down") else 1)


def comparison_before(text: str, lo: int, hi: int) -> bool:
    """A rate compared with another's (增速高于全省x个百分点, 比工业投资增速高x个百分点):
    printed as a fact of its own, not as a change (gold/FACTS.md)."""
    return bool(_COMPARE_CUE.search(text, lo, hi))


# ---------------------------------------------------------------------------- period

# Periods the date finder leaves out: 今年以来 (the year), quarters and halves of a year.
_REL = {"今年": 0, "本年": 0, "当年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}
_PARTS = {"以来": None, "年初以来": None, "上半年": (1, 6), "下半年": (7, 12), "前三季度": (1, 9),
          "一季度": (1, 3), "第一季度": (1, 3), "二季度": (4, 6), "第二季度": (4, 6), "三季度": (7, 9),
          "第三季度": (7, 9), "四季度": (10, 12), "第四季度": (10, 12), "前两个月": (1, 2), "前两月": (1, 2),
          "前5个月": (1, 5), "前4个月": (1, 4), "前7个月": (1, 7), "前8个月": (1, 8), "前10个月": (1, 10),
          "前11个月": (1, 11), "前五个月": (1, 5), "前四个月": (1, 4), "前七个月": (1, 7), "前八个月": (1, 8),
          "全年": None, "年": None}
_PERIOD = re.compile(
    r"(?P<year>(?:19|20)\d{2}年|今年|本年|当年|去年|上年|前年|明年)?\s*"
    r"(?P<part>年初以来|以来|上半年|下半年|前三季度|第[一二三四]季度|[一二三四]季度|前[两二三四五六七八九十\d]{1,2}个?月)")
# A date that modifies a name instead of dating the clause: 2024年“春风行动”, 2023年度先进.
_MODIFIER_AFTER = re.compile(r"^\s*[“\"《「度版届]")
# A date right after one of these is a basis of comparison (比去年同期), not a period.
_BASIS_BEFORE = re.compile(r"(比|较|与|同|和|及|于|始建于|建于|成立于)\s*$")
# Words allowed between a clause's start and its date (在2023年, 截至9月底).
_DATE_LEAD = " \u3000在于截至止到至自从"


def _period_value(m: re.Match[str], anchor: int | None) -> str | None:
    y = m.group("year")
    if y and y[0].isdigit():
        year: int | None = int(y[:4])
    elif y:
        year = anchor + _REL[y] if anchor is not None else None
    else:
        year = anchor
    if year is None:
        return None
    part = m.group("part")
    span = _PARTS.get(part)
    if span is None and part.startswith("前"):
        n = re.sub(r"\D", "", part) or {"两": "2", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6",
                                         "七": "7", "八": "8", "九": "9", "十": "10"}.get(part[1], "")
        span = (1, int(n)) if n and 1 < int(n) <= 12 else None
    if span is None:
        return str(year)
    return f"{year}-{span[0]:02d}/{year}-{span[1]:02d}"


def periods(lay: Layout) -> list[tuple[int, int, str]]:
    """Every period expression of the text: the date mentions, and 今年以来 / 上半年 /
    今年第一季度 (which the date finder does not list), the longer winning on overlap."""
    own = []
    for m in _PERIOD.finditer(lay.text):
        value = _period_value(m, lay.year)
        if value:
            own.append((m.start(), m.end(), value))
    out = list(own)
    for s, e, v in lay.dates:
        if all(e <= a or s >= b for a, b, _ in own):
            out.append((s, e, v))
    out.sort()
    return out


def _adverbial(lay: Layout, s: int, e: int) -> bool:
    """A date that dates its clause: it opens the clause (2023年，… / 截至9月底 …), or
    follows only the clause's subject (鹿家庄村2023年…, 该公司今年计划…); not one that
    modifies a name (举办2024年“春风行动”), dates an event inside the clause (始建于1990年)
    or is a basis of comparison (比去年同期)."""
    text = lay.text
    if _MODIFIER_AFTER.match(text[e:e + 2]) or _BASIS_BEFORE.search(text[max(0, s - 3):s]):
        return False
    cs = lay.clause(s)[0]
    if not text[cs:s].strip(_DATE_LEAD):
        return True
    return not any(t.pos in ("v", "vd", "vg", "p") for t in lay.tokens(cs, s))


def _since(lay: Layout, e: int) -> bool:
    """A date that starts a stretch up to now (2月10日复工以来, 今年以来): its year."""
    rest = lay.text[e:e + 12]
    m = re.match(r"^[^，,。；;！？!?\n]{0,8}?以来", rest)
    return m is not None


def _value_at(lay: Layout, s: int, e: int, v: str) -> str:
    if _since(lay, e) and len(v) >= 4 and v[:4].isdigit():
        return v[:4]
    return v


def _sentence_initial(lay: Layout, s: int) -> bool:
    ss = lay.sentence(s)[0]
    return not lay.text[ss:s].strip(" \u3000在于截至止到至自从")


def period_in_force(lay: Layout, ps: list[tuple[int, int, str]], k: int, status: str) -> str | None:
    """The period a figure at offset ``k`` covers (gold/FACTS.md):
      1. the clause's or sentence's own date before it (its nearest adverbial one; a
         date that opens a stretch up to now, 2月10日…以来, gives its year);
      2. else the paragraph's: a date opening an earlier sentence, or 今年以来 anywhere;
      3. else, for an actual, the article's 去年以来 / 3月以来: a review's period stays in
         force over its paragraphs (a plain year does not: 1995年… is history, not a frame);
      4. else, in a paragraph about an event (此次, 现场, 会上), the day the article reports;
      5. else the issue year for an actual, and nothing for a target or plan."""
    ss, _ = lay.sentence(k)
    pa, pe = lay.paragraph(k)
    sentence = paragraph = article = None
    for s, e, v in ps:
        if e > k:
            break
        if not _adverbial(lay, s, e):
            continue
        since = "以来" in lay.text[s:e] or _since(lay, e)
        if s >= ss:
            sentence = _value_at(lay, s, e, v)
        elif s >= pa and (since or _sentence_initial(lay, s)):
            paragraph = _value_at(lay, s, e, v)
        elif s < pa and since and status == "actual":
            article = _value_at(lay, s, e, v)
    for found in (sentence, paragraph, article):
        if found is not None:
            return found
    if status == "actual":
        if _event_paragraph(lay, pa, pe):
            day = _dateline(lay, ps)
            if day is not None:
                return day
        return str(lay.year) if lay.year is not None else None
    return None


def _event_paragraph(lay: Layout, pa: int, pe: int) -> bool:
    return bool(words.pattern("event_words").search(lay.text, pa, pe))


def _dateline(lay: Layout, ps: list[tuple[int, int, str]]) -> str | None:
    """The day the article reports: the first day-level date that opens a sentence."""
    for s, _e, v in ps:
        if len(v) == 10 and _sentence_initial(lay, s):
            return v
    return None


def is_future(period: str | None, lay: Layout) -> bool:
    """A period that starts after the issue (到2025年 in a 2023 paper): a target's."""
    if not period or lay.issue is None:
        return False
    start = period.split("/")[0]
    issue = lay.issue.isoformat()
    return start[:len(issue)] > issue[:len(start)] if len(start) < len(issue) else start > issue


# ---------------------------------------------------------------------------- status

# Words that end a stretch of a sentence for status (a list joined by 、 keeps its verb).
_STATUS_CLAUSE_END = re.compile(r"[，,；;：:]")
# A project's state after completion (建成后, 投产后, 建设完成后): its sizes are plans.
_AFTER_COMPLETION = re.compile(r"(建成|投产|达产|投用|投运|完成|竣工|运营|落地|实施)(投用|投产)?后")
# A target stated after its figure, in the same clause (…增速15%的增长目标).
_TARGET_AFTER = re.compile(r"^[^，,。；;！？!?\n]{0,8}?(目标|任务)")


def _is_target_word(word: str) -> bool:
    return word in words.words("target") or word.startswith(("力争", "计划", "预计", "拟"))


def status_in_force(lay: Layout, k: int, indicator_lo: int) -> str:
    """actual, target or plan for a figure at ``k`` (gold/FACTS.md):
      * plan — a project's planned size: a ``[plan]`` word (总投资, 涉及) in the figure's
        clause, a completion frame (建成后, 投产后) before it in the sentence, or a
        ``[plan_if_target]`` size (建筑面积, 年产值) in a sentence that states a target
        or a plan in an earlier clause;
      * target — a ``[target]`` word (力争, 计划, 预计, 拟, 将) before it in the sentence
        that no ``[actual]`` word (已, 累计, 目前) of its clause cancels; 目标 only in its
        own clause (…15%的增长目标), since a goal named elsewhere is no figure's status;
      * actual otherwise."""
    text = lay.text
    ss, se = lay.sentence(k)
    cs = ss
    for m in _STATUS_CLAUSE_END.finditer(text, ss, k):
        cs = m.end()
    actual = words.words("actual")
    target_on = target_here = False
    for t in lay.tokens(ss, k):
        if t.word in ("目标", "任务") and t.start < cs:
            continue
        if _is_target_word(t.word):
            target_on, target_here = True, t.start >= cs
        elif t.word in actual and t.start >= cs:
            target_on = target_here = False
    clause = text[min(cs, indicator_lo):k]
    if words.pattern("plan").search(clause) or _AFTER_COMPLETION.search(text, ss, k):
        return "plan"
    plan_before = bool(words.pattern("plan").search(text, ss, cs)) if cs > ss else False
    sized = bool(words.pattern("plan_if_target").search(clause))
    if target_on:
        return "plan" if sized and not target_here else "target"
    if plan_before and sized:
        return "plan"
    ce = lay.clause(k)[1]
    if _TARGET_AFTER.match(text[k:ce]):
        return "target"
    return "actual"


# ---------------------------------------------------------------------------- place

@cache
def _resolved(name: str | None) -> gazetteer.Place | None:
    if not name:
        return None
    try:
        return gazetteer.resolve(name)
    except Exception:  # noqa: BLE001 - a gazetteer miss is no place, never an error
        return None


def place_name(entry: dict[str, Any]) -> str | None:
    """The administrative name a place mention stands for: a county or higher by its own
    name (长治 → 长治市), a town or village by its county, else its city."""
    code = entry.get("code")
    if code:
        p = gazetteer.by_code(code)
        if p is not None:
            return p.name
    for key in ("county", "city", "province"):
        if entry.get(key):
            return entry[key]
    return None


def _self_place(lay: Layout, word: str, k: int) -> str | None:
    """What 全市/我县/全省 … means at offset ``k``: the paper's place when it is of that
    level (a 县 for 全县, a 区 for 全区, a 市 for 全市); a county paper's 全市 is its
    city; else the nearest place of that level named before (a city paper's 全县 is the
    county the article is about)."""
    home = _resolved(lay.place)
    if word in words.words("self_province"):
        return home.province if home is not None else None
    ends = ("县", "旗") if word[-1] in "县旗" else ("区",) if word[-1] == "区" else ("市", "州", "盟")
    if lay.place and lay.place.endswith(ends):
        return lay.place
    if ends[0] == "市" and home is not None and home.city:
        return home.city
    for s, _e, entry in reversed(lay.places):
        if s < k:
            name = place_name(entry)
            if name and name.endswith(ends):
                return name
    return None


@cache
def _selfref_re() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in (*words.section("self_city"), *words.section("self_province"))))


def place_in_force(lay: Layout, k: int, lo: int) -> str | None:
    """The place a figure at ``k`` is about (gold/FACTS.md): the nearest place named or
    self-reference (全市/我县) before it — in its clause, else its sentence, else its
    paragraph, else the article — and the paper's place when nothing is named. A place
    printed inside a body's name (长治市福慧德玻璃有限公司) that contains the paper's own
    place stands for the paper's place: the body is local, the paper is more precise."""
    best: tuple[int, str | None] | None = None
    for s, e, entry in lay.places:
        if s >= k:
            break
        if _in_comparison(lay, s):
            continue
        name = place_name(entry)
        if name is None:
            continue               # a village the gazetteer cannot place: the last placed name stands
        org = _org_around(lay, s, e)
        if org is not None and _contains_home(lay, name):
            name = lay.place
        elif org is not None and _org_is_object(lay, org[0]):
            continue               # 引进新疆…有限公司建设…: the investor's home is not the project's place
        best = (s, name)
    for m in _selfref_re().finditer(lay.text, 0, k):
        if best is None or m.start() > best[0]:
            if not _in_comparison(lay, m.start()):
                found = _self_place(lay, m.group(), m.start())
                if found:
                    best = (m.start(), found)
    if best is not None and best[1]:
        return best[1]
    return lay.place


def _org_around(lay: Layout, s: int, e: int) -> tuple[int, int] | None:
    for a, b in lay.orgs:
        if a <= s and e <= b and (a, b) != (s, e):
            return a, b
    return None


def _org_is_object(lay: Layout, a: int) -> bool:
    """A body named after a verb or a partner word (引进X公司, 与X集团): an object or a
    partner of the sentence, not its subject."""
    cs = lay.clause(a)[0]
    toks = [t for t in lay.tokens(cs, a) if not t.word.isspace()]
    return bool(toks) and (toks[-1].pos in ("v", "vi") or toks[-1].word in ("与", "同", "和", "跟", "及"))


def _contains_home(lay: Layout, name: str) -> bool:
    """True when ``name`` is the paper's place or a division above it."""
    home = _resolved(lay.place)
    if home is None or not name:
        return False
    return name in (home.name, home.city, home.province)


def _in_comparison(lay: Layout, s: int) -> bool:
    """A place in a comparison or share frame (高于全省, 占全市, 比全国) is not the subject."""
    before = lay.text[max(0, s - 3):s]
    return bool(re.search(r"(占|高于|低于|快于|慢于|比|较|居|列|位居|排名|超过|相当于)$", before))
