"""What is in force where a number is printed: its period, its place, its status, and
the change printed with it (gold/FACTS.md).

Each rule is a named function with the convention it encodes in its docstring; word
lists are sections of ``data/facts_words.txt``.
"""
from __future__ import annotations

import bisect
import re
from functools import cache
from typing import Any

from ... import gazetteer
from . import words
from .layout import Layout

__all__ = ["change_before", "comparison_before", "place_in_force", "status_in_force"]

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
# A comparison with another place or series (比全省平均水平高2.1个百分点): a fact of its own.
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


# ---------------------------------------------------------------------------- status

# Words that end a stretch of a sentence for status (a list joined by 、 keeps its verb).
_STATUS_CLAUSE_END = re.compile(r"[，,；;：:]")
# A project's state after completion (建成后, 投产后, 建设完成后): its sizes are plans.
_AFTER_COMPLETION = re.compile(r"(建成|投产|达产|投用|投运|完成|竣工|运营|落地|实施)(投用|投产)?后")
# A target stated after its figure, in the same clause (…增速15%的增长目标).
_TARGET_AFTER = re.compile(r"^[^，,。；;！？!?\n]{0,8}?(目标|任务)")


def _full_sentence(lay: Layout, k: int) -> tuple[int, int]:
    """The sentence holding ``k`` up to 。！？ — a ； does not end a target's reach
    (预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上；…)."""
    key = ("full", lay.sentence(k)[0])
    hit = lay.memo.get(key)
    if hit is None:
        text = lay.text
        a, b = lay.sentence(k)
        while a > 0 and text[a - 1] not in "。！？!?\n":
            a -= 1
        while b < len(text) and text[b] not in "。！？!?\n":
            b += 1
        hit = lay.memo[key] = (a, b)
    return hit


def _is_target_word(word: str) -> bool:
    return word in words.words("target") or word.startswith(("力争", "计划", "预计", "拟"))


def _status_words(lay: Layout, ss: int, se: int) -> list[tuple[int, str]]:
    """The sentence's words that set a status, in order: (start, target | goal | actual).
    将 is a target only before a verb or 于 (将建成, 将于11月底前完工), not as the
    disposal preposition (将全区划分为326个网格); 目标是：/任务为 opens a list of targets."""
    key = ("status", ss)
    hit = lay.memo.get(key)
    if hit is None:
        actual = words.words("actual")
        toks = [t for t in lay.tokens(ss, se) if not t.word.isspace()]
        hit = []
        for i, t in enumerate(toks):
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if t.word in ("目标", "任务"):
                frame = nxt is not None and nxt.word in ("是", "为", "：", ":")
                hit.append((t.start, "frame" if frame else "goal"))
            elif t.word == "将":
                if nxt is not None and (nxt.pos in ("v", "vd", "vi", "d", "ad") or nxt.word == "于"):
                    hit.append((t.start, "target"))
            elif _is_target_word(t.word):
                hit.append((t.start, "target"))
            elif t.word in actual:
                hit.append((t.start, "actual"))
        lay.memo[key] = hit
    return hit


def status_in_force(lay: Layout, k: int, indicator_lo: int, end: int | None = None) -> str:
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
    ss, se = _full_sentence(lay, k)
    own = lay.sentence(k)[0]       # a ；-part: words before it reach across only as a frame (目标是：…；…)
    cs = ss
    for m in _STATUS_CLAUSE_END.finditer(text, ss, k):
        cs = m.end()
    target_on = target_here = False
    for at, kind in _status_words(lay, ss, se):
        if at >= k:
            break
        if kind == "goal" and at < cs or at < own and kind != "frame":
            continue
        if kind in ("target", "goal", "frame"):
            target_on, target_here = True, at >= cs
        elif kind == "actual" and at >= cs:
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
    # a count whose predicate follows it (剩余17个小区|将于11月底前全部完工)
    if end is not None and any(end <= at < ce and kind == "target" for at, kind in _status_words(lay, ss, se)):
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


_TOWN_ENDS = ("镇", "乡", "苏木")
_VILLAGE_ENDS = ("村", "社区", "嘎查", "居委会")
# How a self-reference names its level (全县 → a county): the endings of that level's names.
_LEVEL_ENDS = {"county": ("县", "旗"), "district": ("区",), "city": ("市", "州", "盟"), "town": _TOWN_ENDS}
# A body's name that opens with its level (市工业和信息化局, 区住建局, 县委): the paper's own.
_LEVEL_PREFIX = re.compile(r"^(市|县|区|镇|乡)(?=[\u4e00-\u9fff]{1,12}(局|委|办|院|中心|政府|会|处|所|站|队|部|厅))")
NATION = "\0nation"          # 全国, 我国: a national figure has no local place


def place_name(entry: dict[str, Any], *, town: bool = False) -> str | None:
    """The name a place mention stands for as a fact's place: a county or higher by its
    own name (长治 → 长治市); a town or village by its county (the gold pages tabulate a
    town's or village's figures under its county: 湛上村 → 潞州区, 全镇 → 平江县) — by its
    own name only with ``town=True``; a foreign place by nothing."""
    code = entry.get("code")
    if code:
        p = gazetteer.by_code(code)
        if p is not None:
            return p.name
    name = entry.get("name") or ""
    if town and name.endswith(_TOWN_ENDS) and (entry.get("county") or entry.get("city")):
        return name
    for key in ("county", "city", "province"):
        if entry.get(key):
            return entry[key]
    return None


def _level_of(word: str) -> str:
    last = word[-1]
    return {"县": "county", "旗": "county", "区": "district", "镇": "town", "乡": "town"}.get(last, "city")


def _self_place(lay: Layout, word: str, k: int) -> str | None:
    """What 全市/我县/全镇/全省 … means at offset ``k``: the nearest place of that level
    named before it in the article (a city paper's 全县 is the county the article is
    about; 全市 after 东台市 is 东台市), else the paper's place when it is of that level,
    else (全市 in a county paper) the paper's city."""
    home = _resolved(lay.place)
    if word in words.words("self_province"):
        return home.province if home is not None else None
    if word in words.words("self_nation"):
        return NATION
    level = _level_of(word)
    ends = _LEVEL_ENDS[level]
    if word.startswith(("我", "本")) and lay.place and lay.place.endswith(ends):
        return lay.place           # 我市 is the paper's own place, whatever the piece is about
    ss = lay.sentence(k)[0]
    for s, _e, entry in reversed(lay.places):
        if ss <= s < k and not _in_comparison(lay, s, named=True) and not _qualifies_next(lay, _e, entry):
            name = place_name(entry)
            if name and name.endswith(ends):
                return name        # 据嵊州市领带行业协会统计，今年上半年，全市… is 嵊州市
    topic = _topic_place(lay)
    if topic and topic[0].endswith(ends):
        return topic[0]            # 全市 in a piece about 东台市, 全县 in one about 长丰县
    if lay.place and lay.place.endswith(ends):
        return lay.place
    for s, _e, entry in reversed(lay.places):
        if s < k:
            name = place_name(entry)
            if name and name.endswith(ends) and not _in_comparison(lay, s, named=True):
                return name
    if level == "city" and home is not None and home.city:
        return home.city
    return None


@cache
def _selfref_re() -> re.Pattern[str]:
    names = (*words.section("self_city"), *words.section("self_province"), *words.section("self_nation"))
    return re.compile("|".join(re.escape(w) for w in sorted(names, key=len, reverse=True)))


def place_in_force(lay: Layout, k: int, lo: int) -> str | None:
    """The place a figure at ``k`` is about (gold/FACTS.md): the nearest place named or
    self-reference (全市/我县/全镇, 市农业农村局) before it, and the paper's place when
    nothing is named; 全国/我国 give no place. A place printed inside a body's name
    (长治市恒信机械有限公司) that contains the paper's own place stands for the paper's
    place: the body is local, the paper is more precise. A place named in an earlier
    paragraph carries over only as the article's own place (``_carried_over``); a place
    outside the paper's province holds only in the sentence it opens."""
    anchors = _place_anchors(lay)
    i = bisect.bisect_left(anchors, (k, "", "")) - 1
    while i >= 0 and anchors[i][2] == "bound" and anchors[i][0] < lay.sentence(k)[0]:   # sentence-bound
        i -= 1
    best = anchors[i] if i >= 0 else None
    if best is not None and best[2] == "named" and best[0] < lay.paragraph(k)[0]:
        best = _carried_over(lay, anchors, i)
    if best is not None and best[1]:
        if best[1] == NATION:
            return None
        topic = _topic_place(lay)
        if best[2] == "named" and topic and _is_above(best[1], topic):
            return topic[0]        # 诸暨市 named again in a piece about 店口镇: the figures are the town's
        return best[1]
    return lay.place


def _carried_over(lay: Layout, anchors: list[tuple[int, str, str]], i: int) -> tuple[int, str, str] | None:
    """The place in force in a paragraph that names none before its figure: a place named
    in passing in an earlier paragraph (…青山区城市更新项目投资增长20%) was that
    paragraph's; what carries over is the article's own place — its topic place, else its
    last self-reference (全市), else (None) the paper's place."""
    topic = _topic_place(lay)
    if topic:
        return (0, topic[0], "topic")
    for j in range(i, -1, -1):
        if anchors[j][2] == "self":
            return anchors[j]
    return None


def _opens_sentence(lay: Layout, at: int) -> bool:
    """True when the place at ``at`` opens its sentence — after the places that qualify it
    (江苏省|昆山市) and a date at most: the sentence's subject."""
    ends = _place_ends(lay)
    while at in ends:
        at = ends[at]
    ss = lay.sentence(at)[0]
    head = lay.text[ss:at].strip()
    return not head or any(s <= ss + 1 and e >= at - 1 for s, e, _v in lay.dates)


def _opens_clause(lay: Layout, at: int) -> bool:
    """True when ``at`` opens its clause, after a date at most (我国国内生产总值…, 2023年，全国…)."""
    cs = lay.clause(at)[0]
    head = lay.text[cs:at].strip()
    return not head or any(s == cs and e >= at - 1 for s, e, _v in lay.dates)


def _topic_place(lay: Layout) -> tuple[str, dict[str, Any]] | None:
    """The place an article is about and its mention: the first place named in its
    headlines, else in its lede's first sentence (a place in a comparison frame aside)."""
    if "topic" not in lay.memo:
        lay.memo["topic"] = _find_topic(lay)
    return lay.memo["topic"]


def _find_topic(lay: Layout) -> tuple[str, dict[str, Any]] | None:
    lede = next(((a, b) for a, b in lay.paragraphs if any(ch in lay.text[a:b] for ch in "。，,")), None)
    first_sentence_end = lay.sentence(lede[0])[1] if lede else len(lay.text)
    for s, _e, entry in lay.places:
        if s >= first_sentence_end:
            break
        if _in_comparison(lay, s, named=True) or _qualifies_next(lay, _e, entry) or _beyond_province(lay, entry) \
                or _stray_short_name(lay, entry):
            continue
        name = place_name(entry)
        if name and _contains_home(lay, name) and lay.place:
            name, entry = lay.place, {"name": lay.place}   # 吉林农业大学 in a 敦化 paper: the paper is more precise
        if name:
            return name, entry
    return None


def _beyond_province(lay: Layout, entry: dict[str, Any]) -> bool:
    """A place outside the paper's province (北京 in 对接北京, 石家庄 in a partner's name,
    a short name the finder read in a person's name): a local paper tabulates its own
    province's figures, so such a place is never the one in force. False when the paper's
    place is unknown."""
    home = _resolved(lay.place)
    if home is None or not home.province:
        return False
    prov = entry.get("province")
    if not prov:
        return False
    return prov != home.province


_LEVEL_SUFFIXES = ("省", "市", "县", "区", "旗", "州", "盟", "镇", "乡", "村", "街道", "社区", "嘎查", "苏木")


def _stray_short_name(lay: Layout, entry: dict[str, Any]) -> bool:
    """A county or district printed by its short name (红山 in 红山文化, 黑山 of 大黑山, 盐湖
    of 盐湖产业) that is neither the paper's place nor inside it: more often a word than
    the place, so never the one in force. The paper's own short names (潞州, 嵊州 in a
    绍兴 paper) stand."""
    name = entry.get("name") or ""
    county = entry.get("county")
    if not county or name.endswith(_LEVEL_SUFFIXES) or not lay.place:
        return False
    home = _resolved(lay.place)
    if home is None:
        return False
    return county != home.name and home.name not in (entry.get("city"), entry.get("province"))


def _qualifies_next(lay: Layout, e: int, entry: dict[str, Any]) -> bool:
    """A place printed right before a place inside it (天水市|秦州区人民医院, 湖北省|枝江市)
    only qualifies that place: the figures are the inner place's."""
    hit = lay.place_at(e)
    if hit is None:
        return False
    nxt = hit[2]
    name = place_name(entry)
    return bool(name) and name in (nxt.get("city"), nxt.get("province")) and place_name(nxt) != name


def _is_above(name: str, topic: tuple[str, dict[str, Any]]) -> bool:
    """True when the place ``name`` contains the topic place (绍兴市 ⊃ 诸暨市 ⊃ 店口镇)."""
    tname, entry = topic
    return name != tname and name in (entry.get("county"), entry.get("city"), entry.get("province"))


def _place_anchors(lay: Layout) -> list[tuple[int, str, str]]:
    """Every place named and every self-reference of the text, resolved, in order:
    (offset, place name or NATION, named | self). The place in force at k is the last
    one before k."""
    hit = lay.memo.get("anchors")
    if hit is not None:
        return hit
    out: list[tuple[int, str]] = []
    for s, e, entry in lay.places:
        if _in_comparison(lay, s, named=True) or _qualifies_next(lay, e, entry) or _stray_short_name(lay, entry):
            continue
        kind = "named"
        if _beyond_province(lay, entry):
            if not _opens_sentence(lay, s):
                continue
            kind = "bound"       # 浙江省安吉县余村在…，发展特色民宿企业30余家
        name = place_name(entry)
        if name is None:
            continue               # a village the gazetteer cannot place: the last placed name stands
        org = _org_around(lay, s, e)
        if (org is not None or not entry.get("code")) and _contains_home(lay, name):
            name = lay.place       # a local body, or a town placed only as far as a city above the paper's county
        elif org is not None and _org_is_object(lay, org[0]):
            continue               # 引进新疆…有限公司建设…: the investor's home is not the project's place
        if name:
            out.append((s, name, kind))
    nation = words.words("self_nation")
    refs = [(m.start(), m.group()) for m in _selfref_re().finditer(lay.text)
            if m.group() not in nation or _opens_clause(lay, m.start()) or _national_reach(lay, m.start())]
    refs += [(a, lay.text[a]) for a, _b in lay.orgs if _LEVEL_PREFIX.match(lay.text[a:a + 14])]
    for at, word in refs:
        if word in nation and _national_reach(lay, at) or not _in_comparison(lay, at):
            found = _self_place(lay, word if len(word) > 1 else "全" + word, at)
            if found:
                reach = word in nation and not _opens_clause(lay, at)
                out.append((at, found, "bound" if reach else "self"))   # a reach holds in its sentence only
    out.sort()
    lay.memo["anchors"] = out
    return out


# Words before 全国 that make it the reach of the figures after it (在全国布局了200余个
# 产业园区, 产品销往全国30个省份, 来自全国各地的3000余户客商): national, not local.
_NATIONAL_REACH = re.compile(r"(在|销往|远销|遍布|覆盖|辐射|来自|面向|布局)$")


def _national_reach(lay: Layout, at: int) -> bool:
    """全国 as the reach of the figures that follow it in its sentence: they have no local place."""
    return bool(_NATIONAL_REACH.search(lay.text, max(0, at - 3), at))


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


# Words before a place that make it a frame, a venue, an origin, a destination or a partner
# of the sentence rather than its subject (占全市, 在北京举行, 来自北京, 销往上海, 对接天津).
_ASIDE_BEFORE = re.compile(
    r"(占|高于|低于|快于|慢于|比|较|居|列|位居|排名|超过|相当于|在|赴|到|来到|前往|销往|遍布|辐射|覆盖)$")
# … and before a place named by its name (not 我市: 来自我市的120余家企业 are the paper's own).
_ASIDE_BEFORE_NAMED = re.compile(
    r"(来自|源自|运往|发往|远销|出口到|出口至|对接|融入|服务|连接|联通|直达|抵达|飞往|开往|通往"
    r"|走进|走出|引进|引入|面向|对|向|从|自|至|往|与|同|跟)$")
# What joins the places of one list (北京、天津; 江夏区和黄陂区).
_LIST_JOIN = ("、", "和", "与", "及", "以及", "同")


def _place_ends(lay: Layout) -> dict[int, int]:
    """Where each place mention ends → where it starts (worked out once per text)."""
    hit = lay.memo.get("place_ends")
    if hit is None:
        hit = lay.memo["place_ends"] = {e: s for s, e, _entry in lay.places}
    return hit


def _list_head(lay: Layout, s: int) -> int:
    """The start of the list a place at ``s`` ends (北京、|天津): each place of a list
    stands where its first one stands."""
    ends = _place_ends(lay)
    while True:
        for join in _LIST_JOIN:
            if lay.text.endswith(join, 0, s) and s - len(join) in ends:
                s = ends[s - len(join)]
                break
        else:
            return s


def _in_comparison(lay: Layout, s: int, named: bool = False) -> bool:
    """A place in a comparison or share frame (高于全省, 占全市, 比全国), a venue (在北京
    举行, 赴深圳招商), an origin or destination (来自北京、天津的项目, 销往上海), or a
    partner (对接北京, 与X签约) — the first place of its list decides for the list — is not
    what the figures are about."""
    s = _list_head(lay, s)
    before = lay.text[max(0, s - 4):s]
    return bool(_ASIDE_BEFORE.search(before)) or named and bool(_ASIDE_BEFORE_NAMED.search(before))
