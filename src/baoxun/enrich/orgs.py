"""Organisations (机构): the bodies, companies, schools, hospitals, committees and teams an
article names (SCHEMA.md, "Mentions").

A name is found by its ending (``data/org_suffixes.txt``: 有限公司, 局, 委员会, 医院 …) and
grown leftwards word by word (rjieba) while the words can belong to a name:

* it takes places (长治市潞州区人力资源和社会保障局) and, before a place, the system a
  local body belongs to (中共, 国网, 国家税务总局: ``data/org_prefixes.txt``);
* it stops after a level word that opens a name (市|商务局, 区|委, 县|第一中学:
  ``data/org_levels.txt``), at punctuation, at function words, numbers and verbs (except
  verbs that occur in names: 执法, 审批 …, ``data/org_inner_words.txt``) and at the words of
  ``data/org_left_stops.txt`` (记者从|市招考中心, 协调|漳泽农商银行).

Government bodies need a level word, a place or a system prefix (组织部 alone is not a
name, 市委组织部 is); companies need a name of two characters or more; schools, hospitals
and parks need a prefix or a proper name. Generic names (该公司, 相关部门, 方舱医院:
``data/org_generic.txt``) are dropped, and so is 市委 in a post (市委常委, 市委书记).
Central bodies known by name alone (教育部, 党中央) come from ``data/org_names.txt``.
Coordinated bodies stay apart (市委、市政府 → two); a name inside a longer one at the
same place is not reported there (市委 in 市委督导组).
"""
from __future__ import annotations

import bisect
import re
from functools import cache
from typing import Any

from .. import lexicon

__all__ = ["find_organizations"]

# Longest name taken (characters).
_MAX_LEN = 32
# Part-of-speech tags (rjieba) of words never inside a name: prepositions, conjunctions,
# particles, adverbs, pronouns, numbers, measure and time words, punctuation.
_STOP_POS = ("p", "c", "u", "d", "r", "m", "q", "t", "y", "e", "o", "x", "w", "f")
# After 委 / 人大 / 政协 these make a post, not a body (市委常委, 市委书记, 人大代表).
_POST_AFTER = re.compile(r"常委(?!会)|书记|副书记|委员|代表|班子")
# Level words that are ordinary words too (市场监督管理局 starts with 市场, not 市).
_LEVEL_WORDS_OK = frozenset({"市场", "市民", "市区", "县城", "区域", "区块", "镇街", "省级", "市级",
                             "县级", "区级", "市政", "州府"})
_QUOTES = {"”": "“", "’": "‘", "」": "「"}


def _cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


@cache
def _suffixes() -> dict[str, str]:
    out = {}
    for line in lexicon.lines("org_suffixes"):
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0]] = parts[1]
    return out


@cache
def _suffix_re() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(_suffixes(), key=len, reverse=True))))


@cache
def _names_re() -> re.Pattern[str] | None:
    names = sorted(lexicon.words("org_names"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names))) if names else None


@cache
def _prefixes() -> tuple[str, ...]:
    return tuple(sorted(lexicon.words("org_prefixes"), key=len, reverse=True))


@cache
def _levels() -> tuple[str, ...]:
    return tuple(sorted(lexicon.words("org_levels"), key=len, reverse=True))


@cache
def _rjieba():
    try:
        import rjieba
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    return rjieba


class _Words:
    """rjieba's words of the text with their tags, looked up by where they end."""

    def __init__(self, text: str) -> None:
        jb = _rjieba()
        self.by_end: dict[int, tuple[int, str, str]] = {}
        self.by_start: dict[int, int] = {}
        if jb is None:
            return
        i = 0
        for w, tag in jb.tag(text):
            j = i + len(w)
            self.by_end[j] = (i, w, tag)
            self.by_start[i] = j
            i = j

    def ending_at(self, pos: int) -> tuple[int, str, str] | None:
        return self.by_end.get(pos)

    def cut_at(self, pos: int) -> bool:
        return pos in self.by_end or pos in self.by_start or not self.by_end


def _place_spans(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the places named in ``text`` (sorted by start)."""
    from .places import find_places
    spans = sorted((s, e) for p in find_places(text) for s, e in p["spans"])
    return [s for s, _ in spans], [e for _, e in spans]


def _grow_left(text: str, k: int, words: _Words, place_starts: list[int], place_ends: list[int],
               floor: int) -> tuple[int, str]:
    """Where the name whose ending starts at ``k`` begins, and what opens it:
    ``"level"``, ``"place"``, ``"system"`` or ``""`` (a bare name)."""
    inner = lexicon.words("org_inner_words")
    stops = lexicon.words("org_left_stops")
    levels = _levels()
    pos = k
    # the word holding the ending may start before it (住建局, 督导组)
    start = _word_start_before(words, k)
    if start is not None and start >= floor:
        end = words.by_start[start]
        tag = words.by_end[end][2]
        if not tag.startswith(_STOP_POS) and not tag.startswith("v"):
            pos = start
    opened = ""
    place_ends_set = set(place_ends)

    def inside_place(p: int) -> int | None:
        i = bisect.bisect_right(place_starts, p - 1) - 1
        while i >= 0 and place_starts[i] >= p - 12:
            if place_starts[i] < p < place_ends[i]:
                return place_starts[i]
            i -= 1
        return None

    while pos > floor and k - pos < _MAX_LEN:
        snap = inside_place(pos)
        if snap is not None and snap >= floor:
            pos, opened = snap, "place"
            continue
        if pos in place_ends_set:
            i = place_ends.index(pos)
            s = place_starts[i]
            if s >= floor:
                pos, opened = s, "place"
                continue
        if opened == "place":
            for pre in _prefixes():
                if text.startswith(pre, pos - len(pre)) and pos - len(pre) >= floor:
                    return pos - len(pre), "system"
            return pos, "place"
        ch = text[pos - 1]
        if ch in _QUOTES:  # 市“八五”普法讲师团: a quoted word right after a level word
            q = text.rfind(_QUOTES[ch], max(floor, pos - 10), pos - 1)
            if q > floor and any(text.startswith(lv, q - len(lv)) for lv in levels):
                pos = q
                continue
            break
        if not _cjk(ch):
            break
        word = words.ending_at(pos)
        if word is None:
            a, w, tag = pos - 1, ch, "x"
        else:
            a, w, tag = word
        if a < floor:
            break
        if w in levels:
            return a, "level"
        if w.startswith(levels) and w not in _LEVEL_WORDS_OK and len(w) <= 4:
            # 市委 in 市委党校, 区委 in 区委宣传部: a level word with its body opens the name
            lv = next(lv for lv in levels if w.startswith(lv))
            if inside_place(a + len(lv)) is None and (a + len(lv)) not in place_ends_set:
                return a, "level"
        if w in stops or tag.startswith(_STOP_POS) and w not in ("和",):
            break
        if tag.startswith("v") and w not in inner:
            break
        if w == "和":
            # 住房和城乡建设局: 和 joins two nouns of one name, not two bodies
            if text.startswith(levels, pos) or pos in place_starts:
                break
        pos = a
    return pos, opened


def _word_start_before(words: _Words, k: int) -> int | None:
    """The start of the word that holds position ``k`` when ``k`` is not a word start."""
    if k in words.by_start:
        return None
    for j in range(k - 1, max(0, k - 6) - 1, -1):
        if j in words.by_start and words.by_start[j] > k:
            return j
    return None


def find_organizations(text: str) -> list[dict[str, Any]]:
    """Every organisation ``text`` names, once each, with the spans where it is printed."""
    if not text:
        return []
    suffixes = _suffixes()
    generic = lexicon.words("org_generic")
    words = _Words(text)
    place_starts, place_ends = _place_spans(text)
    found: list[tuple[int, int]] = []

    for mt in _suffix_re().finditer(text):
        k, e = mt.span()
        sfx = mt.group()
        cls = suffixes[sfx]
        # the ending must close a word: 局长, 部门, 会议, 院长 are other words
        if not words.cut_at(e):
            continue
        if cls == "level" and _POST_AFTER.match(text, e):
            continue  # 市委常委, 市委书记, 人大代表: a post
        floor = found[-1][1] if found and found[-1][1] <= k else 0
        floor = max(floor, _line_start(text, k))
        start, opened = _grow_left(text, k, words, place_starts, place_ends, floor)
        name = text[start:e]
        core = text[start:k]
        if not core and cls != "level":
            continue
        if name in generic or core in generic or core[:1] in "该本各此这其我每":
            continue
        if cls in ("body", "level") and not opened:
            continue
        if cls == "level" and opened == "level" and not core.strip():
            continue
        if cls == "company" and len(core) < 2:
            continue
        if cls == "institution" and not opened and not _proper(core):
            continue
        if start < k and not _cjk(text[start]) and text[start] not in "“‘「":
            continue
        found.append((start, e))

    # names known by themselves (教育部, 党中央)
    rx = _names_re()
    if rx is not None:
        for mt in rx.finditer(text):
            s, e = mt.span()
            if words.cut_at(s) and words.cut_at(e) and not _POST_AFTER.match(text, e):
                found.append((s, e))

    # a name inside a longer one is not reported there (市委 in 市委督导组)
    found = sorted(set(found), key=lambda t: (t[0], -t[1]))
    kept: list[tuple[int, int]] = []
    for s, e in sorted(found, key=lambda t: (-(t[1] - t[0]), t[0])):
        if any(a <= s and e <= b for a, b in kept):
            continue
        kept.append((s, e))
    kept.sort()

    out: dict[str, dict[str, Any]] = {}
    for s, e in kept:
        name = text[s:e]
        out.setdefault(name, {"name": name, "spans": []})["spans"].append([s, e])
    return list(out.values())


def _line_start(text: str, k: int) -> int:
    return text.rfind("\n", 0, k) + 1


def _proper(core: str) -> bool:
    """Whether the part of a school's or park's name before its ending is a proper name
    (南石槽, 麦积山, 龙芯) rather than a kind (正规, 公立, 大型三甲)."""
    jb = _rjieba()
    if jb is None or len(core) < 2:
        return len(core) >= 2
    tags = jb.tag(core)
    return any(t.startswith(("ns", "nr", "nz", "nt", "j")) for _, t in tags) or \
        any(len(w) == 1 and t.startswith(("n", "zg", "ng")) for w, t in tags)
