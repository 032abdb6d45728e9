"""Places (地名): the administrative places an article names, resolved to their province,
city and county as far as their level goes (SCHEMA.md, "Mentions").

Three kinds of names are found:

* administrative units of county level and above, by the gazetteer
  (:func:`baoxun.gazetteer.find_places`), resolved with the other places of the text and
  with the paper's own place (城区 on a 长治 page is 长治's 城区);
* sub-county places (镇, 乡, 街道, 社区, 村, 嘎查, 苏木), by their ending
  (``data/place_town_suffixes.txt``) with the town table where the gazetteer has one,
  attached to the county the text makes clear;
* countries abroad (``data/place_foreign.txt``), with no province, city or county.

One entry per distinct place: when a place is printed both in full and short (长治市 and
长治), the full name is the entry (``spans`` are where that exact form is printed).
"""
from __future__ import annotations

import bisect
import re
import threading
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

import rjieba

from .. import gazetteer, lexicon
from ..gazetteer import Place
from .orgs import TEAM_AFTER

__all__ = ["find_places", "place_spans"]


# A short county name directly followed by one of these is part of another place's name
# (太白村, 麦积山, 新安村), not the county.
_OTHER_PLACE_AFTER = re.compile(r"[村镇乡山湖河江桥寺庙碑塔园岭峰沟湾庄屯堡寨洞峡泉坡岗]|[一二三四五六七八九十东南西北中]?(?:路|大道|大街)|街道|社区|小区|景区|故里|广场|公园"
                                r"|花园|农贸|市场|商场|超市|酒店|宾馆|饭店|大厦")
# A short name between a surname and a verb of saying is a person's given name (李宝山说).
_SAYS_AFTER = re.compile(r"[说称讲道]|表示|介绍|告诉|指出|强调|认为|坦言|笑着|提出|建议|感慨|回忆")
# Left of a sub-county name these characters never belong to it (在|新华村, 前往|果园村).
_STEM_STOP_CHARS = frozenset("的了在到于对从向往是为将把被由经赴至让使去")
# Part-of-speech tags (rjieba) of words that cannot be part of a village or town name.
_STEM_STOP_POS = ("p", "c", "u", "d", "r", "m", "q", "t", "x", "y", "e", "o", "w")
# Verbs villages and communities are named by (前进村, 胜利社区, 团结村): the words of the
# years they were named in. Any other verb before an ending is the sentence's (推动社区治理).
_VERB_NAMES = frozenset("前进 胜利 团结 建设 联合 解放 跃进 振兴 发展 和平 奋斗 先进 光荣 保卫 "
                        "胜天 丰收 兴旺 繁荣 富裕 致富 争光 立新 更新 创新 改革 开放 复兴 永进 "
                        "红旗 东风 新建 互助 合作 友谊 民主 共和 和谐 拥军 爱民 向阳 朝阳".split())
# A name never starts with a determiner (各嘎查, 该村, 每个社区).
_NOT_FIRST = frozenset("各该本每此这那其某")
# Words of nearness read into a place's name (周边北庄村, 附近村): where it lies, not its name.
_NEAR = re.compile(r"周边|附近|周围|邻近|沿线")
# Coordinators between two places of one list (仙桥村、新安村).
_LIST_SEP = frozenset("、和及与")
# How a paper refers to its own county in an article (我区, 全县, 区委, 县政府 ...).
_SELF_REF = "(?:[我本全]{0}|{0}(?:委|政府|人大|政协|领导|直))"


def _cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


@cache
def _suffixes() -> tuple[tuple[str, int, int], ...]:
    out = []
    for line in lexicon.lines("place_town_suffixes"):
        sfx, lo, hi = line.split()[:3]
        out.append((sfx, int(lo), int(hi)))
    return tuple(sorted(out, key=lambda t: -len(t[0])))


@cache
def _suffix_re() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(s) for s, _, _ in _suffixes()))


# A people and its autonomy with no place before them (土族自治县, 回族自治州): a kind of
# division, not one division.
_ETHNIC_AUTONOMY = re.compile(r"[\u4e00-\u9fff]{1,4}族自治(?:县|州|旗|区|乡)")


@cache
def _generic() -> frozenset[str]:
    return lexicon.words("place_generic")


@cache
def _generic_lens() -> list[int]:
    return sorted({len(w) for w in _generic()})


@cache
def _limits() -> dict[str, tuple[int, int]]:
    return {sfx: (lo, hi) for sfx, lo, hi in _suffixes()}


@cache
def _foreign_re() -> re.Pattern[str] | None:
    names = sorted(lexicon.words("place_foreign"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names))) if names else None


def _tokenizer():
    """rjieba (a declared dependency; the callers keep a None check for stripped installs)."""
    return rjieba


class _Spans:
    """Non-overlapping spans, sorted: which position is inside one, where the last one
    before a position ends (bisect, so a long text stays linear)."""

    def __init__(self, spans: list[tuple[int, int]] = ()) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]

    def add(self, a: int, b: int) -> None:
        i = bisect.bisect(self.starts, a)
        self.starts.insert(i, a)
        self.spans.insert(i, (a, b))

    def remove(self, a: int, b: int) -> None:
        i = self.spans.index((a, b))
        del self.spans[i], self.starts[i]

    def covers(self, k: int) -> bool:
        """Whether position k is inside a span."""
        i = bisect.bisect_right(self.starts, k) - 1
        return i >= 0 and self.spans[i][1] > k

    def overlaps(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self.starts, b) - 1
        return i >= 0 and self.spans[i][1] > a

    def floor(self, k: int) -> int:
        """The end of the last span that ends at or before k (0 if none)."""
        i = bisect.bisect_right(self.starts, k) - 1
        while i >= 0:
            if self.spans[i][1] <= k:
                return self.spans[i][1]
            i -= 1
        return 0


@dataclass
class _Mention:
    start: int
    end: int
    name: str
    kind: str                       # "admin", "sub", "foreign", "country", "learned" or "region"
    place: Place | None = None      # resolved admin unit (or town of the table)
    cands: list[Place] = field(default_factory=list)  # admin units or towns it may be
    county: Place | None = None     # for sub-county places: their county, when known
    city: str | None = None         # for sub-county places without county: the city
    province: str | None = None
    full: str | None = None         # the full name a one-character short name stands for (美 → 美国)


# --------------------------------------------------------------------------- towns
# The town table (gazetteer.towns / find_towns) is optional: without it sub-county places
# are still found by their ending, only not resolved through the table.

@lru_cache(maxsize=4096)
def _town_candidates(name: str) -> list[Place]:
    """Township-level divisions called ``name``, if the gazetteer has a town table."""
    fn = getattr(gazetteer, "towns", None)
    return [] if fn is None else [p for p in fn(name) if isinstance(p, Place)]


def _find_towns(text: str) -> list[tuple[int, int, list[Place]]]:
    fn = getattr(gazetteer, "find_towns", None)
    return [] if fn is None else list(fn(text))


_TOWN_ENDINGS = ("街道", "苏木", "镇", "乡")


@cache
def _short_towns(county_code: str) -> tuple[dict[str, Place], re.Pattern[str] | None]:
    """A county's towns by their short names (陈埭 for 陈埭镇): a local paper names its
    own towns without 镇/乡/街道."""
    fn = getattr(gazetteer, "towns_of", None)
    if fn is None:
        return {}, None
    generic = _generic()
    stop, _ = _short_stop()
    by_short: dict[str, list[Place]] = {}
    for t in fn(county_code):
        for end in _TOWN_ENDINGS:
            if t.name.endswith(end):
                short = t.name[:-len(end)]
                if len(short) >= 2 and short[-1] not in "街路巷道" and short not in generic and short not in stop \
                        and not gazetteer.lookup(short):
                    by_short.setdefault(short, []).append(t)
                break
    uniq = {k: v[0] for k, v in by_short.items() if len(v) == 1}
    if not uniq:
        return {}, None
    return uniq, re.compile("|".join(map(re.escape, sorted(uniq, key=len, reverse=True))))


# --------------------------------------------------------------------------- admin units

def _home_place(place: str | None) -> Place | None:
    if not place:
        return None
    return gazetteer.resolve(place)


@cache
def _short_stop() -> tuple[frozenset[str], re.Pattern[str] | None]:
    words = lexicon.words("place_short_stop")
    longer = sorted((w for w in words if len(w) > 2), key=len, reverse=True)
    return words, (re.compile("|".join(map(re.escape, longer))) if longer else None)


def _admin(text: str) -> list[tuple[int, int, list[Place]]]:
    out: list[tuple[int, int, list[Place]]] = []
    stop_words, stop_re = _short_stop()
    swallowed = _Spans([m.span() for m in stop_re.finditer(text)] if stop_re is not None else [])
    for s, e, cands in gazetteer.find_places(text):
        name = text[s:e]
        short = all(c.name != name for c in cands)
        if short and _OTHER_PLACE_AFTER.match(text, e):
            continue  # 太白村, 麦积山: a short county name inside another place's name
        if short and (name in stop_words or swallowed.covers(s) and swallowed.covers(e - 1)):
            continue  # 这座古城, 徐卫东, 龙口夺粮: an everyday word or a name, not the place
        if short and e - s == 2 and s > 0 and text[s - 1] in lexicon.words("surnames") \
                and _SAYS_AFTER.match(text, e):
            continue  # 种粮大户李宝山说: a person, not 宝山区
        if short and name[-1] in "镇乡村" and s > 0 and _cjk(text[s - 1]) \
                and text[s - 1] not in _STEM_STOP_CHARS and not (out and out[-1][1] == s):
            continue  # 禾丰镇 holds 丰镇: a town whose name ends like a county's short form
        if name.endswith("市") and text.startswith("场", e):
            continue  # 大丰市场: a market, not 大丰市
        out.append((s, e, cands))
        # a generic district name (城区, 郊区, 矿区) right after its city: 晋城市城区
        if any(c.level == "city" for c in cands):
            for ln in (3, 2):
                key = text[e:e + ln]
                under = [p for p in gazetteer.lookup(key)
                         if len(key) == ln and p.level == "county" and any(p.city == c.name for c in cands)]
                if under and not any(a == e for a, _, _ in out):
                    out.append((e, e + ln, under))
                    break
    # by span only: two entries may share a span, and their candidates do not compare
    out.sort(key=lambda t: (t[0], t[1]))
    dedup: list[tuple[int, int, list[Place]]] = []
    for t in out:
        if dedup and dedup[-1][:2] == t[:2]:
            continue  # 武汉市青山区: the district found by the gazetteer and again under its city
        dedup.append(t)
    return _listed_with(text, dedup)


# What may follow an item of a 、-list of places: the next 、, 等, a coordinator or a stop.
_ITEM_END = re.compile(r"、|等|[和及与][\u4e00-\u9fff]{2}|[，。；）”]")


def _listed_with(text: str, found: list[tuple[int, int, list[Place]]]) -> list[tuple[int, int, list[Place]]]:
    """The found places with their neighbours in a 、-list (兰陵、莒南、蒙阴等县, 将乐、永安、
    清流等地, 浑源、阳高等县区): an item the gazetteer knows as a county of the same prefecture
    as a listed neighbour is that county, though its short name is an everyday word (永安)
    or the segmenter joins it to what follows (阳|高等)."""
    starts = {s for s, _, _ in found}
    extra: list[tuple[int, int, list[Place]]] = []
    todo = [t for t in found if any(c.level == "county" for c in t[2])]
    while todo:
        s, e, cands = todo.pop()
        cities = {c.city for c in cands if c.level == "county" and c.city}
        for side in _list_neighbours(text, s, e):
            for a, b in side:       # the shortest item the gazetteer knows on each side
                same = [p for p in gazetteer.lookup(text[a:b]) if p.level == "county" and p.city in cities]
                if same and a not in starts:
                    starts.add(a)
                    extra.append((a, b, same))
                    todo.append((a, b, same))
                    break
    return sorted(found + extra, key=lambda t: (t[0], t[1])) if extra else found


def _list_neighbours(text: str, s: int, e: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Spans of two to four hanzi that may be the list items next to [s, e), shortest
    first: after its 、 (ending where an item may end), and before it, up to the 、."""
    after = [(e + 1, e + 1 + n) for n in (2, 3, 4) if text.startswith("、", e) and _ITEM_END.match(text, e + 1 + n)]
    before = [(s - 1 - n, s - 1) for n in (2, 3, 4) if s - 1 - n >= 0 and text[s - 1] == "、"]
    return tuple([(a, b) for a, b in side if all("\u4e00" <= c <= "\u9fff" for c in text[a:b])]
                 for side in (after, before))


def _resolve_admin(text: str, found: list[tuple[int, int, list[Place]]],
                   home: Place | None) -> list[_Mention]:
    # the places the text names for sure — not a far district's short name (北岳恒山 is no
    # 恒山区 of 鸡西市 on a 大同 page), which would draw other names to its province
    sure = list(dict.fromkeys(c[0] for s, e, c in found if len(c) == 1
                              and not _far_short(text, text[s:e], c[0], home)))
    out: list[_Mention] = []
    prev: _Mention | None = None
    for s, e, cands in found:
        name = text[s:e]
        place: Place | None = None
        if len(cands) == 1:
            place = cands[0]
        else:
            # a name written right after its parent (长治市城区, 太原市杏花岭区)
            if prev is not None and prev.end == s and prev.place is not None:
                place = _only(c for c in cands if prev.place.name in (c.city, c.province))
            if place is None:
                place = gazetteer.resolve(name, sure)
            if place is None and home is not None:
                place = gazetteer.resolve(name, sure + [home])
            if place is None and home is not None:
                # the paper's own place, or a place in its city
                place = _only(c for c in cands if c == home or home.name in (c.city, c.province)
                              or home.city is not None and c.city == home.city)
        m = _Mention(s, e, name, "admin", place=place, cands=list(cands))
        out.append(m)
        prev = m
    return out


def _far_short(text: str, name: str, place: Place, home: Place | None) -> bool:
    """A district's short name in another province than the paper's, its city unnamed."""
    return home is not None and name != place.name and place.level == "county" and place.name.endswith("区") \
        and place.province != home.province and not (place.city and place.city[:2] in text)


def _far_district(text: str, m: _Mention, home: Place | None) -> bool:
    """A district's short name (盐湖 for 盐湖区, 金山 for 金山区) on the page of a paper in
    another province, whose city the text never names: a lake, a phrase (金山银山) or a
    name, not the district — papers name far districts with their city and suffix.
    So is 和县 after a name (开发区和县内45家企业: and the county's), on another city's page."""
    if home is not None and m.name == "和县" and m.start > 0 and _cjk(text[m.start - 1]) and text[m.start - 1] not in "省市州盟" \
            and all(c.city != (home.city or home.name) for c in m.cands or [m.place] if c is not None):
        return True
    if home is None or not m.cands or any(c.name == m.name for c in m.cands):
        return False
    if not all(c.level == "county" and c.name.endswith("区") for c in m.cands):
        return False
    return all(c.province != home.province and not (c.city and c.city[:2] in text) for c in m.cands)


def _shared(values) -> str | None:
    """The value all of ``values`` share, else None."""
    found = set(values)
    return found.pop() if len(found) == 1 else None


def _only(places) -> Place | None:
    """The one place of ``places``, or None when there are none or several."""
    found = list(places)
    return found[0] if len(found) == 1 else None


# --------------------------------------------------------------------------- sub-county

def _left_tokens(text: str, lo: int, k: int) -> list[tuple[str, str, int, int]]:
    """rjieba words (word, tag, start, end) of text[lo:k], offsets into text."""
    jb = _tokenizer()
    seg = text[lo:k]
    if jb is None or not seg:
        return [(seg, "n", lo, k)] if seg else []
    out = []
    i = lo
    for w, tag in jb.tag(seg):
        out.append((w, tag, i, i + len(w)))
        i += len(w)
    return out


def _stem_start(text: str, k: int, floor: int, hi: int) -> int:
    """Where the name whose ending starts at ``k`` begins: not before ``floor`` (the end
    of the previous place), at most ``hi`` characters back, and never across a function
    word, a number or a verb (在|果园村, 30个|提档升级村)."""
    lo = max(floor, k - hi)
    j = k
    while j > lo and _cjk(text[j - 1]) and text[j - 1] not in _STEM_STOP_CHARS:
        j -= 1
    if j == k:
        return k
    hard = j == floor or not _cjk(text[j - 1]) or text[j - 1] in _STEM_STOP_CHARS
    toks = _left_tokens(text, j if hard else max(floor, j - 4), k)
    if hard and len(toks) == 1 and toks[0][1].startswith("v") and toks[0][0] in _VERB_NAMES:
        return j  # 在前进村, 、胜利村: a village named by a single verb word
    start = k
    for w, tag, a, b in reversed(toks):
        if a < j:
            break  # a word reaching past the longest possible name
        if tag in ("m", "t") and a == floor > 0 and all(c in _CN_NUMERALS for c in w):
            start = a  # 双龙镇|十八洞村, 城关镇|五一村: a village named by a number, right after its town
            continue
        if tag.startswith(_STEM_STOP_POS) or (tag.startswith("v") and len(w) >= 2):
            break
        start = a
    return start


_CN_NUMERALS = frozenset("一二三四五六七八九十百零〇两")


def _sub_county(text: str, admins: list[_Mention], home: Place | None) -> list[_Mention]:
    taken = _Spans([(m.start, m.end) for m in admins])
    out: list[_Mention] = []
    # towns of the table, by their full names (贡江镇, 老顶山街道)
    for s, e, cands in _find_towns(text):
        if _etcetera(text, text.find("等", s + 1, e - 1), s):
            continue  # 李市、慈云、嘉平等镇: "and other towns" after a list, not 平等镇
        if taken.overlaps(s, e):
            inside = [m for m in admins if s <= m.start and m.end <= e and (m.start, m.end) != (s, e)]
            # 黄埠镇|原党委副书记: a short county name (镇原) that opens on the town's own level
            # character is no county — the town's name is whole, the county's only a short form
            inside += [m for m in admins if m.start == e - 1 and m.end > e and text[e - 1] in "镇乡"
                       and any(len(c.name) > m.end - m.start for c in [*m.cands, *([m.place] if m.place else [])])]
            if any(m.start < e and s < m.end for m in admins if m not in inside):
                continue  # overlaps a county or city name
            for m in inside:  # 禾丰镇 holds the short county name 丰镇
                admins.remove(m)
                taken.remove(m.start, m.end)
        out.append(_Mention(s, e, text[s:e], "sub", cands=list(cands)))
        taken.add(s, e)
    # the paper's own towns by their short names (陈埭, 磁灶)
    if home is not None and home.level == "county":
        shorts, rx = _short_towns(home.code)
        if rx is not None:
            for mt in rx.finditer(text):
                s, e = mt.span()
                if taken.overlaps(s, e) or text.startswith(_TOWN_ENDINGS, e) \
                        or not _on_word(text, s, e, loose_end=True):
                    continue
                out.append(_Mention(s, e, mt.group(), "sub", cands=[shorts[mt.group()]]))
                taken.add(s, e)
    # everything else by its ending (新华村, 颐龙湾社区, 城北庄街道)
    generic = _generic()
    generic_lens = _generic_lens()
    glued = lexicon.words("place_glued_after")
    limits = _limits()
    for mt in _suffix_re().finditer(text):
        k, sfx = mt.start(), mt.group()
        e = mt.end()
        if taken.covers(k):
            continue
        if len(sfx) == 1 and (text[k:k + 3] in glued or text[k:k + 2] in glued):
            continue  # 乡村, 村民, 镇街: the ending begins another word
        if k > 0 and text[k - 1] == sfx[-1]:
            continue  # 村村通, 镇镇
        # a generic word ending here (农村, 城乡, 各社区, 示范村) — but a community named by
        # a slogan's word is a place where its town or a word of place stands before it
        # (花垣镇幸福社区, 在幸福社区举办; not 打造幸福社区)
        word = next((n for n in generic_lens if len(sfx) < n <= e and text[e - n:e] in generic), None)
        lo_len, hi_len = limits[sfx]
        floor = taken.floor(k)
        start = _stem_start(text, k, floor, hi_len)
        if word is not None and not _named_here(text, k, e - word, taken, sfx) \
                and not (sfx == "村" and word == 2 and 0 < floor == start == k - 2 and text[start:e] not in generic):
            continue    # (八里罕镇|东山村: a village named right after its town holds the word 山村 whole)
        if (near := _NEAR.match(text, start, k)) is not None:
            start = near.end()      # 周边北庄村: the place is 北庄村
        stem = text[start:k]
        if not stem or stem in generic or not _cjk(stem[0]) or stem[0] in _NOT_FIRST:
            continue
        if _etcetera(text, k - 1, start):
            continue  # 李市、慈云、嘉平等镇: "and other towns" after a list
        if len(stem) < lo_len and (start != floor or floor == 0):
            continue  # a one-character name only right after its county or town (郑村)
        towns = list(_town_candidates(stem + sfx)) if sfx in _TOWN_ENDINGS else []
        out.append(_Mention(start, e, stem + sfx, "sub", cands=towns))
        taken.add(start, e)
    out.sort(key=lambda m: m.start)
    return out


# Words of place before a name: in, at, to (在幸福社区, 来到团结村; not 从: 从优秀村党组织书记中).
_AT_PLACE = re.compile(r"(?:在|到|赴|来到|走进|前往|位于|家住|住在)$")


def _named_here(text: str, k: int, s: int, taken, sfx: str) -> bool:
    """Whether the generic-looking community name that starts at ``s`` and whose ending
    starts at ``k`` (幸福社区) is a place here: printed right after a town or county, or
    after a word of place."""
    if len(text[s:k]) < 2 or sfx not in ("社区", "村"):
        return False
    return taken.floor(k) == s > 0 or _AT_PLACE.search(text, max(0, s - 4), s) is not None


# The endings of the map's units below a county.
_SUB_END = re.compile(r"(?:镇|乡|村|街道|社区|嘎查|苏木)$")


def _last_county_before(admins: list[_Mention], k: int, text: str) -> Place | None:
    """The county named last before ``k`` in the same paragraph, if any."""
    floor = text.rfind("\n", 0, k) + 1
    best = None
    for m in admins:
        if floor <= m.start and m.end <= k and m.place is not None and m.place.level == "county":
            best = m.place
    return best


def _etcetera(text: str, i: int, start: int) -> bool:
    """Whether the 等 at ``i`` (−1: none) closes a list that runs up to ``start``: "and
    others" (李市、慈云、嘉平等镇), not part of a place's name."""
    return i >= 0 and text[i] == "等" and "、" in text[max(0, start - 8):start + 1]


def _attach(text: str, subs: list[_Mention], admins: list[_Mention], home: Place | None) -> None:
    """Give every sub-county place the county (or city) the text makes clear: the county
    or town printed right before it (潞州区东街街道新华村), the one before it in a list
    (仙桥村、新安村), the town table, the only county the text names, the paper's own
    county when the article speaks of it (我区, 区政府), else the city."""
    by_end: dict[int, _Mention] = {m.end: m for m in admins}
    counties = {m.place.code: m.place for m in admins
                if m.place is not None and m.place.level == "county"}
    cities = {m.place.city for m in admins if m.place is not None and m.place.city}
    home_county = home if home is not None and home.level == "county" else None
    home_city = None if home is None else (home.name if home.level == "city" else home.city)
    self_ref = False
    if home_county is not None:
        unit = re.escape(home_county.name[-1])
        self_ref = bool(re.search(_SELF_REF.format(unit), text))
    # towns of the table first: the counties they settle count as named by the text
    # (讷南镇 … 前进村: the village is in the town's county)
    order = [m for m in subs if m.cands] + [m for m in subs if not m.cands]
    for m in order:
        towns = m.cands
        county: Place | None = None
        city: str | None = None
        prev = by_end.get(m.start)
        if prev is None and m.start >= 1 and text[m.start - 1] in _LIST_SEP:
            prev = by_end.get(m.start - 1)  # 仙桥村、新安村: one list, one county
            if prev is not None and prev.kind == "admin":
                prev = None
        if prev is not None:
            if prev.kind == "admin" and prev.place is not None:
                if prev.place.level == "county":
                    county = prev.place
                elif prev.place.level == "city":
                    city = prev.place.name
            elif prev.kind == "sub":
                county, city = prev.county, prev.city
        if county is None and towns:
            fits = [t for t in towns if t.city == city] if city else towns
            ctx_counties = set(counties) | ({home_county.code} if home_county else set())
            ctx_cities = cities | ({home_city} if home_city else set())
            near = [t for t in fits if t.parent in ctx_counties] or \
                [t for t in fits if t.city in ctx_cities]
            far = home is not None and not near and fits and all(
                t.province != home.province for t in fits)
            # a town of the same name in another province, on a page of a known place,
            # is a homonym: the paper's own town (invented or missing from the table)
            pick = None if far else near[0] if len(near) == 1 else (fits[0] if len(fits) == 1 else None)
            if pick is not None:
                m.place = pick
                up = gazetteer.by_code(pick.parent) if pick.parent else None
                if up is not None and up.level == "county":
                    county = up
                else:
                    city = pick.city
        if county is None and city is None:
            if len(counties) == 1:
                county = next(iter(counties.values()))
            elif home_county is not None and self_ref and not counties:
                county = home_county
            elif len(counties) > 1 and not towns:
                # several counties named: the last one named before it, in its own line
                # (榕江县… 口寨村队 3∶1 乐里镇联队): the piece is there when it names the village
                county = _last_county_before(admins, m.start, text)
        if county is not None:
            m.county, m.city, m.province = county, county.city, county.province
            if towns:
                counties.setdefault(county.code, county)
        else:
            if city is None:
                if len(cities) == 1:
                    city = next(iter(cities))
                elif home_city and not cities:
                    city = home_city
            m.city = city
            if city:
                cp = gazetteer.lookup(city)
                m.province = cp[0].province if cp else None
        by_end[m.end] = m


# --------------------------------------------------------------------------- foreign

# Words rjieba glues to a country's name (美国政府, 法国总理, 德国人): the country is still
# named, as a place inside an organisation's name is (gold/MENTIONS.md).
_COUNTRY_WORD_AFTER = re.compile(r"(?:政府|总统|副总统|总理|首相|外长|外交部|国王|女王|议会|国会|驻|当局|人(?![员才口])"
                                 r"|军队|方面|籍)")
# A country's team (中国队, 印尼女队) is an organisation (enrich/orgs.py), not the country.
_TEAM_AFTER = re.compile(TEAM_AFTER)


def _foreign(text: str, taken: _Spans) -> list[_Mention]:
    rx = _foreign_re()
    if rx is None:
        return []
    hits = [mt.span() for mt in rx.finditer(text)]
    ends = {e for _, e in hits}
    starts = {s for s, _ in hits}
    out = []
    for s, e in hits:
        if taken.overlaps(s, e) or _TEAM_AFTER.match(text, e):
            continue
        # two-character names on word boundaries, where a name next to another counts as
        # one (英国伦敦, which rjieba keeps as one word)
        if e - s == 2 and not (s in ends or e in starts) and not _on_word(text, s, e) \
                and not _COUNTRY_WORD_AFTER.match(text, e):
            continue
        out.append(_Mention(s, e, text[s:e], "foreign"))
    return out


# After a name, a word of one of these characters may be glued to it by rjieba (陈埭是).
_GLUE_AFTER = frozenset("是的在和与了将也都把被为等已又还就")


def _on_word(text: str, s: int, e: int, loose_end: bool = False) -> bool:
    """Whether rjieba cuts the text at ``s`` and ``e`` (with ``loose_end``, a one-character
    function word glued after the name is cut off: 陈埭|是)."""
    jb = _tokenizer()
    if jb is None:
        return True
    lo = max(0, s - 6)
    cuts = {lo}
    for w, a, b in jb.tokenize(text[lo:e + 6]):
        cuts.add(lo + a)
        cuts.add(lo + b)
    if loose_end and e < len(text) and text[e] in _GLUE_AFTER and e + 1 in cuts:
        return s in cuts
    return s in cuts and (e in cuts or e == len(text))


# --------------------------------------------------------------------------- entry point

def _mentions(text: str, place: str | None) -> list[_Mention]:
    home = _home_place(place)
    admins = [m for m in _resolve_admin(text, _admin(text), home) if not _far_district(text, m, home)]
    subs = _sub_county(text, admins, home)
    _attach(text, subs, admins, home)
    taken = _Spans([(m.start, m.end) for m in admins + subs])
    return sorted(admins + subs + _foreign(text, taken), key=lambda m: m.start)


# The last texts' mentions: find_mentions() asks for the places of a text, then the
# organisation finder for the same text's place spans.
_RECENT: dict[tuple[str, str | None], list[_Mention]] = {}
_RECENT_SIZE = 4
_RECENT_LOCK = threading.Lock()


def _mentions_cached(text: str, place: str | None) -> list[_Mention]:
    key = (text, place)
    with _RECENT_LOCK:
        hit = _RECENT.get(key)
    if hit is None:
        hit = _mentions(text, place)
        with _RECENT_LOCK:
            while len(_RECENT) >= _RECENT_SIZE:
                _RECENT.pop(next(iter(_RECENT)))
            _RECENT[key] = hit
    return hit


def place_spans(text: str, *, place: str | None = None) -> list[tuple[int, int]]:
    """Every span where a place is printed, short forms included (长治 in 长治学院 as well
    as 长治市): what the organisation finder reads a name's place prefix from. Without
    ``place`` the places last found in the same text are reused, whatever their place."""
    if not text:
        return []
    if place is None:
        with _RECENT_LOCK:
            recent = list(_RECENT.items())
        hit = next((v for (t, _), v in reversed(recent) if t is text or t == text), None)
        if hit is not None:
            return [(m.start, m.end) for m in hit]
    return [(m.start, m.end) for m in _mentions_cached(text, place)]


# A place the learned tagger reads but that ends so is a street, a building or a site, not
# a place of the administrative map (解放路, 人民广场, 滨河公园): left to the organisations.
_NOT_ADMIN_END = re.compile(r"(?:路|街|道|巷|桥|广场|公园|大厦|小区|景区|园区|码头|机场|车站|站|港|馆|楼|中心)$")


# What a division's name ends with (塔科马市, 莱克伍德县, 巴达赫尚省, 某某村).
_ADMIN_END = re.compile(r"(?:省|市|县|区|州|旗|盟|镇|乡|村|街道|社区|嘎查|苏木)$")
# Names that end so but are kinds, not places (花木之乡, 美丽乡村, 城中村, 港区, 景区).
_NOT_A_PLACE = re.compile(r"(?:之乡|之村|乡村|农村|城中村|港区|景区|园区|社区服务|库区|山区|林区|牧区|城区)$")


@cache
def _translit() -> frozenset[str]:
    return frozenset("".join(lexicon.lines("translit_chars")))


# A natural feature or region, whatever its sound (阿尔卑斯山, 亚马孙河, 东南亚).
_NATURAL_END = re.compile(r"(?:山|山脉|河|江|湖|海|洋|岛|群岛|半岛|峰|岭|湾|峡|原|漠|地区|盆地|平原|高原|流域|沿岸)$")


def _foreign_sound(name: str) -> bool:
    """Whether ``name`` is written by sound, as foreign places are (巴塞罗那, 莫斯科): at
    least two characters, all but at most one of them sound-writing characters, and not
    a natural feature."""
    chars = _translit()
    return len(name) >= 3 and sum(c not in chars for c in name) <= (len(name) >= 4) \
        and not _NATURAL_END.search(name)


@cache
def _foreign_names() -> frozenset[str]:
    return lexicon.words("place_foreign")


# China named as a country wherever the tagger reads it as a place (中国经济, 访问中国,
# 中国人, 新中国): entity recognition's reading. A page record lists places of the map and
# countries abroad, not the country it is printed in, and leaves it out.
_CHINA = frozenset({"中国", "中华人民共和国"})
# ... not where it opens the name of an honour, a fair or a style, in quotes or not
# (“中国青椒之乡”, 中国农民丰收节, 第五届中国·西部马拉松赛, 中国式现代化).
_CHINA_IN_A_NAME = re.compile(r"·|式|[\u4e00-\u9fff]{0,8}(?:之乡|之都|之城|名镇|名村|节(?![能约水省]))")

# One-character short names of countries and of the cities and regions the national
# press writes so in pairs and lists (中美关系, 中日韩, 港澳台, 在京): each character is
# that place, listed under its full name.
_SHORT_PLACE = {"中": "中国", "美": "美国", "俄": "俄罗斯", "日": "日本", "韩": "韩国",
                "朝": "朝鲜", "英": "英国", "法": "法国", "德": "德国", "印": "印度",
                "葡": "葡萄牙", "墨": "墨西哥", "埃": "埃及", "奥": "奥地利",
                "越": "越南", "泰": "泰国", "巴": "巴基斯坦", "意": "意大利", "加": "加拿大",
                "澳": "澳大利亚", "新": "新加坡", "菲": "菲律宾", "以": "以色列", "蒙": "蒙古国",
                "京": "北京市", "沪": "上海市", "港": "香港特别行政区", "台": "台湾省"}
# Within a pair that names Chinese regions, 澳 is Macao (港澳, 港澳台), not Australia.
_SHORT_HOME = {"港", "台", "京", "沪"}
# China named by the verbs of visiting, staying and dealing (来华, 访华, 驻华大使, 对华投资,
# 在华企业, 侵华战争): 华 is China.
_VISIT_CHINA = re.compile(r"(?<=[来访驻赴抵离旅留对在侵援反])华(?![为夏侨裔人东西南北中山润府阳西润语文])")
# Beijing named so after the same verbs (在京召开, 离京前往): 京 is 北京.
_VISIT_BEIJING = re.compile(r"(?<=[在来进赴抵离返回驻])京(?![剧韵腔味东西城郊津沪杭港])")
# Two or three countries' short names in a row before a word of relations (中美关系,
# 中印两国, 美日之间, 中美三个联合公报): each character is that country.
_COUNTRY_PAIR = re.compile(r"([中美俄日韩英法德朝越印意澳葡墨埃奥])、?([中美俄日韩英法德朝越印意澳葡墨埃奥])"
                           r"(?=两国|两个|三国|双方|关系|合作|之间|建交|首脑|贸易|友好|联合|经贸|经济|就|长远|建设性)")


# A lone one-character country name where the national press uses it: before 方, 两国,
# 关系 or a head of state (中方, 俄总统, 美中关系), after a verb of visiting (访美, 离俄).
_SHORT_COUNTRY_IN_USE = re.compile(
    r"(?:(?<=[，、。；：“（向对与和同及在是为由使让将把被跟给])|^)[中美俄日韩英法德朝越]"
    r"(?=方(?![面法式案向针便])|两国|双方|关系|政府|总统|总理|首脑)"
    r"|(?<=[访赴离抵])[美俄日韩英法德朝越](?![国洲])")


def _short_places(text: str, s: int, e: int) -> list[_Mention] | None:
    """The places of a tagged place word made only of one-character short names (中美,
    港澳台), one mention per character under its full name; None when it is not one."""
    word = text[s:e]
    if not 1 <= len(word) <= 4 or any(c not in _SHORT_PLACE for c in word):
        return None
    if len(word) == 1 and word not in _SHORT_HOME:
        return None  # a lone 美 or 日 is too often a word of its own
    home = any(c in _SHORT_HOME for c in word)
    return [_short_mention(s + i, c, "澳门特别行政区" if c == "澳" and home else _SHORT_PLACE[c])
            for i, c in enumerate(word)]


def _short_mention(s: int, short: str, full: str) -> _Mention:
    """A one-character short name at ``s`` standing for ``full``: a division of the
    gazetteer (京 → 北京市) or a country (美 → 美国)."""
    cands = gazetteer.lookup(full) if full.endswith(("市", "省", "行政区")) else []
    m = _Mention(s, s + 1, short, "admin" if cands else "country", full=full)
    if cands:
        m.place, m.cands = cands[0], list(cands)
    return m


def _china(text: str, tokens, taken: _Spans) -> list[_Mention]:
    """China named as a country (中国 as the tagger reads it, LOC; 华 after a verb of
    visiting), and the short names the patterns above read (中方, 在京, 中印两国)."""
    out = []
    for t in tokens:
        name = text[t.start:t.end]
        if t.tag == "LOC" and name in _CHINA and not taken.overlaps(t.start, t.end) \
                and not _TEAM_AFTER.match(text, t.end) and not _CHINA_IN_A_NAME.match(text, t.end):
            out.append(_Mention(t.start, t.end, name, "country"))
    shorts = [(mt.start(), mt.group()) for mt in _SHORT_COUNTRY_IN_USE.finditer(text)]
    shorts += [(mt.start(), mt.group()) for mt in _VISIT_CHINA.finditer(text)]
    shorts += [(mt.start(), mt.group()) for mt in _VISIT_BEIJING.finditer(text)]
    shorts += [(mt.start(k), mt.group(k)) for mt in _COUNTRY_PAIR.finditer(text) for k in (1, 2)]
    for s, c in shorts:
        if not taken.overlaps(s, s + 1):
            out.append(_short_mention(s, c, "中国" if c == "华" else _SHORT_PLACE[c]))
    return out


# Where a region's name is followed by the part of it meant (东北地区, 华北北部, 巴南部):
# the region is the name before it, as entity recognition reads it.
_REGION_PART = re.compile(r"(?:地区|[东南西北中]部|[东南西北]{2}部|中南部|沿海|一带)$")
# Two one-character names in a row (欧美, 黄淮, 江淮): two places, each a character, that
# the tagger reads as one word; not one region.
_REGION_PAIR_CHARS = frozenset("欧美亚非中日韩俄印黄淮江汉港澳台京津冀晋湘鄂")


def _region(text: str, start: int, end: int) -> list[_Mention]:
    """A place the tagger reads that the administrative map does not draw: a region of
    the world or of China (亚洲, 中东, 华南), a river, mountain or sea (长江, 泰山, 渤海),
    a site (人民大会堂). :func:`find_mentions` on plain text lists it, as entity recognition
    does; a page record keeps to the map (MENTIONS.md) and leaves it out."""
    part = _REGION_PART.search(text, start, end)
    if part and part.start() - start >= 2:
        end = part.start()
    name = text[start:end]
    if len(name) < 2 or len(name) == 2 and all(c in _REGION_PAIR_CHARS for c in name):
        return []
    words = rjieba.tag(name)
    if len(words) == 1 and not words[0][1].startswith(("nr", "ns", "nt", "nz", "j")):
        return []  # one common word the tagger misread (属地, 经济, 沿湖): no name of a place
    return [_Mention(start, end, name, "region")]


def _learned(text: str, tokens, mentions: list[_Mention]) -> list[_Mention]:
    """Places the learned tagger reads (LOC) where the gazetteer and the endings found
    none, when they are divisions: a name the gazetteer knows (resolved), or one that
    ends as a division does (a city or county abroad: 塔科马市), or a foreign name
    written by sound (巴塞罗那: a place abroad, with null province). Regions, rivers,
    mountains and sites (华北, 湘江, 麦积山) are not places of the administrative map."""
    taken = _Spans([(m.start, m.end) for m in mentions])
    out = _china(text, tokens, taken)
    for t in tokens:
        if t.tag != "LOC" or taken.overlaps(t.start, t.end) or _TEAM_AFTER.match(text, t.end):
            continue
        short = _short_places(text, t.start, t.end)
        if short is not None:
            out.extend(short)
            continue
        near = _NEAR.match(text, t.start, t.end)
        start = near.end() if near else t.start
        if t.end - start < 2:
            continue     # (周边北庄村: the place is 北庄村, 周边 says where it lies)
        name = text[start:t.end]
        if name in _CHINA or gazetteer.in_compound(text, start, t.end):
            continue     # (拟|任县|（市、区）委书记: the stoplist's compound 拟任县 holds it)
        if not all(_cjk(c) for c in name) or name[0] in _NOT_FIRST \
                or any(name[-n:] in _generic() for n in _generic_lens() if n <= len(name)) \
                or _ETHNIC_AUTONOMY.fullmatch(name) and not gazetteer.lookup(name):
            # …, or a generic word with a place's ending (建制村, 贫困嘎查, 李庄古镇, 百强县), or
            # a kind of division named by its people alone (唯一的土族自治县)
            continue
        if _NOT_ADMIN_END.search(name) or name.endswith("地区") and not gazetteer.lookup(name):
            # a site (人民大会堂, 天安门广场) or a region the map does not draw (坝上地区,
            # 成渝地区; 和田地区 is a prefecture)
            out.extend(_region(text, start, t.end))
            continue
        if name in _foreign_names():   # 法国|总理, 荷兰|人: a country rjieba glues to the next word
            out.append(_Mention(t.start, t.end, name, "foreign"))
            continue
        cands = [p for p in gazetteer.lookup(name) if p.name == name]
        if not cands and len(name) >= 2:
            # a short form the tagger reads as a place (北京 in 北京前门大街): provinces and
            # prefecture cities only, whose short forms are few and well known
            cands = [p for p in gazetteer.lookup(name) if p.level in ("province", "city")
                     and p.name.startswith(name) and len(p.name) - len(name) <= 3 and not p.former]
        if not cands and _ADMIN_END.search(name) and (len(name) < 3 or not _on_word(text, t.start, t.end)):
            continue  # 新|兴市|场: an ending inside a word, not a division
        if _NOT_A_PLACE.search(name):
            continue  # a kind of place, not a name (花木之乡, 城区)
        if not cands and not _ADMIN_END.search(name) and not _foreign_sound(name):
            out.extend(_region(text, start, t.end))
            continue  # a region, river or site (华北, 湘江, 麦积山): not on the administrative map
        m = _Mention(start, t.end, name, "admin" if cands else "learned")
        if cands:
            m.place, m.cands = cands[0], cands
        out.append(m)
    seen: set[tuple[int, int]] = set()
    unique = []
    for m in out:                   # a short name both the tagger and a pattern read
        if (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            unique.append(m)
    return unique


def find_places(text: str, *, place: str | None = None, tokens=None) -> list[dict[str, Any]]:
    """Every administrative place ``text`` names, once each, in order of first mention.

    ``place`` is the paper's own place (长治市, 潞州区): it resolves ambiguous names and
    gives villages and towns their county or city when the text does not. ``tokens``
    (the learned tagger's words, :func:`.ner.tag_text`) add the places it reads that
    the gazetteer and the endings did not find.
    """
    if not text:
        return []
    mentions = _mentions_cached(text, place)
    if tokens:
        extra = _learned(text, tokens, mentions)
        villages = [m for m in extra if m.kind == "learned" and _SUB_END.search(m.name)]
        if villages:
            # a village or town the tagger read (十八洞村): in the county the text makes clear
            for m in villages:
                m.kind = "sub"
            _attach(text, villages, list(mentions), _home_place(place))
        if extra:
            mentions = sorted(mentions + extra, key=lambda m: m.start)

    groups: dict[Any, list[_Mention]] = {}
    for m in mentions:
        if m.kind == "admin" and m.place is not None:
            key: Any = ("admin", m.place.code, m.place.name if m.place.former else "")
        elif m.kind == "sub" and m.place is not None:
            key = ("town", m.place.code)  # 陈埭 and 陈埭镇: one town
        elif m.kind in ("foreign", "country"):
            key = ("country", m.full or m.name)  # 美 and 美国: one country
        elif m.kind == "region":
            key = ("region", m.name)
        else:
            key = (m.kind, m.name)
        groups.setdefault(key, []).append(m)

    out: list[dict[str, Any]] = []
    for ms in groups.values():
        first = ms[0]
        if first.kind == "admin" and first.place is not None:
            p = first.place
            full = [m for m in ms if m.name == p.name]
            name = full[0].name if full else first.name
            municipality = p.level == "province" and p.name.endswith("市")
            entry = {"name": name, "province": p.province,
                     "city": p.city if p.level != "province" else (p.name if municipality else None),
                     "county": p.county, "code": p.code}
        elif first.kind == "admin":
            # an ambiguous name: what all its candidates share (鼓楼区: nothing; 新华区 …)
            cands = first.cands
            entry = {"name": first.name, "province": _shared(c.province for c in cands),
                     "city": _shared(c.city for c in cands), "county": None, "code": None}
        elif first.kind == "sub":
            best = next((m for m in ms if m.county is not None), None) or \
                next((m for m in ms if m.city), first)
            full = [m for m in ms if m.place is not None and m.name == m.place.name]
            entry = {"name": full[0].name if full else first.name, "province": best.province, "city": best.city,
                     "county": best.county.name if best.county is not None else None,
                     "code": None}
        else:
            printed = next((m.name for m in ms if m.full is None), None)
            # the country printed in full is the entry; else each short form printed (华, 中)
            names = [printed] if printed else list(dict.fromkeys(m.name for m in ms))
            for name in names:
                entry = {"name": name, "province": None, "city": None, "county": None, "code": None}
                if first.full and name != first.full:
                    entry["short_for"] = first.full  # 美 in 中美关系 stands for 美国
                if first.kind == "region":
                    entry["map"] = False  # a region, river or site: not a division
                entry["spans"] = [[m.start, m.end] for m in ms if m.name == name]
                out.append(entry)
            continue
        entry["spans"] = [[m.start, m.end] for m in ms if m.name == entry["name"]]
        out.append(entry)
    out.sort(key=lambda d: d["spans"][0][0])
    return out
