"""Organisations (机构): the bodies, companies, schools, hospitals, committees and teams an
article names (SCHEMA.md, "Mentions").

A name is found by its ending (``data/org_suffixes.txt``: 有限公司, 局, 委员会, 医院 …); its
start is the nearest word to the left of the ending that opens a name:

* a level word (市|商务局, 区|委, 县|第一中学: ``data/org_levels.txt``) where it starts a
  word or follows a function word (记者从|市|招考中心);
* a place (潞州区|司法局), with the places before it (阜阳市临泉县人力资源和社会保障局) and
  the system a local body belongs to before them (中共, 国网, 国家税务总局:
  ``data/org_prefixes.txt``);

looking no further than punctuation, function words, counts, verbs of the dictionary
(except those that occur in names, 执法, 审批 …: ``data/org_inner_words.txt``) and the
words of ``data/org_left_stops.txt`` (协调|漳泽农商银行). Government bodies need such an
opener (组织部 alone is no name, 市委组织部 is), except the second of a list that says the
level once (旗林业和草原局、生态环境分局). Companies, schools and parks may have none: their
name is then the name-like words before the ending, if they hold a proper name (颐高集团,
漳泽农商银行; not 樱桃专业合作社). Level + department (市民政局, ``data/org_departments.txt``)
and central bodies known by name (教育部, 党中央: ``data/org_names.txt``) are found
whatever the segmenter makes of them.

Dropped: generic names (该公司, 相关部门, 方舱医院: ``data/org_generic.txt``), endings
inside ordinary words (干部, 格局, 公共场所: ``data/org_common_words.txt``) and bodies in a
post (市委常委, 市委书记). Coordinated bodies stay apart (市委、市政府 → two); a name
inside a longer one at the same place is not reported there (市委 in 市委督导组).
"""
from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache
from itertools import accumulate
from typing import Any

import rjieba

from .. import lexicon

__all__ = ["find_organizations"]

# Longest name taken (characters).
_MAX_LEN = 32
# Part-of-speech tags (rjieba) of words never inside a name: prepositions, conjunctions,
# particles, adverbs, pronouns, numbers, measure and time words, punctuation, directions.
_STOP_POS = ("p", "c", "u", "d", "r", "m", "q", "t", "y", "e", "o", "x", "w", "f")
# After 委 / 人大 / 政协 these make a post, not a body (市委常委, 市委书记, 人大代表).
_POST_AFTER = re.compile(r"常委(?!会)|书记|副书记|委员|代表|班子")
# A level's congress, conference, court or procuratorate named only as the body of its
# head's post (县人大常委会主任X, 市政协副主席X, 县法院院长X) is part of the post, as 市委
# is in 市委书记: the papers list these bodies' leaders in every meeting report.
_LEADERSHIP = re.compile(r"[省市县区旗州盟镇乡]?(?:人大常委会|人大|政协|人民法院|法院|人民检察院|检察院)(?:党组)?$")
_LEADER_POST = re.compile(r"(?:党组)?(?:副)?(?:主任|主席|院长|检察长|秘书长|书记)")
# A party committee's department named only as the body of its head's post, right before
# the head's name (县委常委、宣传部部长X, 县委办主任X, 区纪委书记、区监委主任X): part of the
# post, as the papers' leader lists print it, not an organisation of the piece.
_PARTY_DEPT = re.compile(r"(?:[省市县区旗州盟]委)?(?:组织部|宣传部|统战部|政法委|办公室|办)$|[省市县区旗州盟]?(?:纪委|监委)$")
_DEPT_HEAD = re.compile(r"(?:常务)?(?:副)?(?:部长|主任|书记)(?=[\u4e00-\u9fff])")
# A township's, a street's or a village's party committee named only as the body of its
# secretary's post (长坡镇党委书记, 薛家岛街道党工委副书记): part of the post.
_PARTY_CELL = re.compile(r"(?:党委|党工委|党总支|党支部|党组)$")
_CELL_POST = re.compile(r"(?:常务)?(?:副)?书记|委员|成员")
# A branch's name (武进分局, 岚山支行, 儋州市分公司, 青龙人民法庭) printed right after its
# parent's: one organisation.
_BRANCH = re.compile(r"(?:分局|分公司|支公司|支行|分行|法庭|分院|支队|大队|中队|派出所|分中心|营业部|分社|分会|分所)$")
# A name never ends in a post (市委常委).
_POST_NAME = re.compile(r"常委$|委员$")
# Characters that start a count (一家, 三成), not a word (零部件, 万达).
_NUMERALS = frozenset("一二三四五六七八九十两几")
# Numbers that belong to a name (县第一中学, 省二院).
_ORDINAL = re.compile(r"第?[一二三四五六七八九十]{1,3}")
_QUOTES = {"”": "“", "’": "‘", "」": "「"}
# The Xinjiang Production and Construction Corps' divisions and regiments (第八师, 一四九团,
# 十团, 兵团): a regiment is named by its number alone, not after a count's measure.
_CORPS_UNIT = re.compile(r"(?<![\u4e00-\u9fff])(?:新疆生产建设)?兵团(?!精神|文化|人)"
                         r"|第[一二三四五六七八九十]{1,3}师(?!范|生|傅|父|兄|姐|妹|长|大)"
                         r"|(?<![一二三四五六七八九十百〇零两几第])(?:[一二三四五六七八九十百〇零]{2,4}|(?<=师)[一二三四五六七八九十])"
                         r"团(?!队|体|结|圆|聚|伙|员|购|建|拜|年|委|费)")
_DETERMINERS = frozenset("该本各此这其我每某")
# Verbs that end on an organisation's ending (带|队, 排|队, 建|站): no body ends there.
_VERB_ENDINGS = frozenset(["带队", "领队", "组队", "排队", "入队", "归队", "站队", "列队", "整队", "结队", "编队",
                           "随队", "跟队", "建站", "进站", "出站", "到站", "进厂", "建厂", "办厂", "进院", "出院",
                           "住院", "入院", "到院", "进社", "入社", "入会", "与会", "开会", "到会", "散会"])


def _cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


@cache
def _suffixes() -> dict[str, tuple[str, tuple[str, ...]]]:
    """ending -> (class, words after which it is no ending)."""
    out = {}
    for line in lexicon.lines("org_suffixes"):
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0]] = (parts[1], tuple(w[1:] for w in parts[2:] if w.startswith("!")))
    return out


@cache
def _suffix_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(s) for s in _suffixes()}, reverse=True))


@cache
def _suffix_re() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(_suffixes(), key=len, reverse=True))))


@cache
def _names_re() -> re.Pattern[str] | None:
    names = sorted(lexicon.words("org_names"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names))) if names else None


@cache
def _level_first() -> frozenset[str]:
    return frozenset(lv[0] for lv in _levels())


@cache
def _depts_re() -> re.Pattern[str] | None:
    depts = sorted(lexicon.words("org_departments"), key=len, reverse=True)
    if not depts:
        return None
    lv = "|".join(map(re.escape, _levels()))
    return re.compile(f"(?:{lv})(?:{'|'.join(map(re.escape, depts))})")


@cache
def _level_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words starting with a level word that a name may hold, and that end a name."""
    groups: dict[str, set[str]] = {"ok": set(), "stop": set()}
    for line in lexicon.lines("org_level_words"):
        kind, _, words = line.partition(":")
        groups.setdefault(kind.strip(), set()).update(words.split())
    return frozenset(groups["ok"]), frozenset(groups["stop"])


@cache
def _levels() -> tuple[str, ...]:
    return tuple(sorted(lexicon.words("org_levels"), key=len, reverse=True))


@cache
def _level_chars() -> str:
    """The characters of the level words (市, 区, 街道 …), not those of an autonomous
    region's, prefecture's or county's 自治 (自由党 opens on no level)."""
    return "".join(lv for lv in _levels() if not lv.startswith("自治"))


@cache
def _lengths(name: str) -> tuple[int, ...]:
    """The lengths of the entries of a word list, longest first."""
    return tuple(sorted({len(w) for w in lexicon.words(name)}, reverse=True))


def _rjieba():
    """rjieba (a declared dependency; the callers keep a None check for stripped installs)."""
    return rjieba


class _Words:
    """rjieba's words of the text, by where they start and end, with their tags (looked
    up word by word, as they are needed)."""

    def __init__(self, text: str) -> None:
        jb = _rjieba()
        words = jb.cut(text) if jb is not None and text else []
        ends = list(accumulate(map(len, words)))
        self.words = words
        self.end_index = dict(zip(ends, range(len(ends))))
        self.start_index = dict(zip([0] + ends[:-1], range(len(ends))))
        self.ends = ends

    def cut_at(self, pos: int) -> bool:
        return pos in self.end_index or pos in self.start_index or not self.words

    def is_start(self, pos: int) -> bool:
        return pos in self.start_index

    def ending_at(self, pos: int) -> tuple[int, str, str] | None:
        """(start, word, tag) of the word that ends at ``pos``."""
        i = self.end_index.get(pos)
        if i is None:
            return None
        w = self.words[i]
        return pos - len(w), w, _tag(w)

    def end_of(self, start: int) -> int | None:
        """The end of the word that starts at ``start``."""
        i = self.start_index.get(start)
        return None if i is None else self.ends[i]

    def holding(self, k: int) -> int | None:
        """The start of the word that holds position ``k``, when it starts before ``k``."""
        if k in self.start_index or not self.words:
            return None
        i = bisect.bisect_right(self.ends, k)
        if i >= len(self.ends):
            return None
        return self.ends[i] - len(self.words[i])


@lru_cache(maxsize=65536)
def _tag(word: str) -> str:
    """rjieba's part-of-speech tag of a word on its own."""
    jb = _rjieba()
    if jb is None:
        return "n"
    tags = jb.tag(word)
    return tags[0][1] if len(tags) == 1 else "x" if not word.strip() else tags[-1][1]


class _Places:
    """Where places are printed, for the place prefix of a name."""

    def __init__(self, text: str) -> None:
        from .places import place_spans
        spans = sorted(place_spans(text))
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        self.end_to_start = {e: s for s, e in spans}
        self.start_set = set(self.starts)

    def inside(self, p: int) -> int | None:
        """The start of the place that position ``p`` falls strictly inside."""
        i = bisect.bisect_right(self.starts, p - 1) - 1
        if i >= 0 and self.starts[i] < p < self.ends[i]:
            return self.starts[i]
        return None


def _grow_left(text: str, k: int, sfx: str, cls: str, words: _Words, places: _Places,
               floor: int) -> tuple[int, str] | None:
    """Where the name whose ending starts at ``k`` begins, and what opens it: ``"level"``,
    ``"place"``, ``"system"`` or ``""`` (a bare name); None when the ending is part of
    another word (干部, 格局, 部署, 场所) or no name can be told."""
    inner = lexicon.words("org_inner_words")
    stops = lexicon.words("org_left_stops")
    common = lexicon.words("org_common_words")
    levels = _levels()
    level_first = _level_first()
    level_stop = _level_words()[1]
    suffixes = _suffixes()
    pos = k
    ws = words.holding(k)
    if ws is not None and ws >= floor:
        we = words.end_of(ws)
        w = text[ws:we]
        tag = _tag(w)
        head = text[ws:k]
        if w in common or (tag.startswith(_STOP_POS) or tag.startswith("v") and w not in inner) \
                and _in_dictionary(w):
            return None  # 部署, 全部, 公共场所
        if len(sfx) == 1 and len(w) == 2 and head not in levels and _in_dictionary(w):
            return None  # 干部, 格局, 常委, 南站: a word, not a name's ending
        if head in level_stop:
            return None
        pos = ws
    if len(sfx) == 1 and pos == k:
        prev = words.ending_at(k)
        if prev is not None and len(prev[1]) == 1 and prev[2].startswith("a"):
            return None  # 新院, 老站: an adjective and a one-character ending

    # 1. the nearest opener: a level word, a place (with the system before it)
    p = pos
    while k - p < _MAX_LEN:
        ps = places.end_to_start.get(p)
        if ps is None and p in places.start_set:
            ps = p
        if ps is not None and ps < k and ps >= floor:
            return _with_system(text, _chain(ps, places, floor), floor)
        if p < k and text[p] in level_first:
            for lv in levels:
                if p + len(lv) <= k and text.startswith(lv, p) and _opens(text, p, lv, words, places, floor):
                    return p, "level"
        if p <= floor:
            break
        ch = text[p - 1]
        if ch in _QUOTES:  # 县“七五”普法宣讲团: a quoted word right after a level word
            q = text.rfind(_QUOTES[ch], max(floor, p - 10), p - 1)
            lv = next((lv for lv in levels if text.startswith(lv, q - len(lv))), None) if q > floor else None
            if lv is not None and _opens(text, q - len(lv), lv, words, places, floor):
                return q - len(lv), "level"
            break
        if not _cjk(ch) or ch in _HARD_CHARS:
            break
        if ch in "和及与" and any(text[p - 1 - n:p - 1] in suffixes for n in _suffix_lengths()):
            break  # 太原理工大学和|山西大学: two names, not 住房和城乡建设局
        word = words.ending_at(p)
        if word is not None:
            w, tag = word[1], word[2]
            if w in stops or w in level_stop or w != "和" and tag.startswith(_HARD_POS):
                break
            if w[0] in _NUMERALS and not _ORDINAL.fullmatch(w) or w[0].isdigit():
                break  # 古城街道|一家|蔬菜专业合作社
            if tag == "v" and len(w) >= 2 and w not in inner and cls not in ("company", "firm") \
                    and _in_dictionary(w):
                break  # 讷南镇|新建|粮食烘干中心
            if _RANK_WORD.search(w) and sfx not in _POST_OFFICE:
                break  # 县人民法院院长|张国强作|县人民法院: a post stands between two bodies (but
                       # 院长办公室 is the post's office, a body of its own)
        p -= 1

    # 2. a bare name (a company or school without place): word by word while name-like
    while pos > floor and k - pos < _MAX_LEN:
        ch = text[pos - 1]
        if not _cjk(ch):
            break
        word = words.ending_at(pos)
        a, w, tag = word if word is not None else (pos - 1, ch, "x")
        if a < floor or w in stops or w[0] in _HARD_CHARS or w in level_stop:
            break
        if _ORDINAL.fullmatch(w):
            pos = a
            continue
        if tag == "x" and all(_cjk(c) for c in w):
            pos = a      # 恒山芪源…合作社: a rare hanzi the segmenter does not know is the name's
            continue
        if tag.startswith(_STOP_POS):
            if cls in ("company", "firm") and len(w) == 1 and (a == floor or not _cjk(text[a - 1])):
                pos = a  # 中煤保险公司 at the start of a sentence
            break
        # a verb of the dictionary ends the name (欢迎|颐高集团); a brand the segmenter
        # does not know may be tagged a verb (颐高)
        if tag.startswith("v") and w not in inner and (cls not in ("company", "firm") or _in_dictionary(w)):
            break
        pos = a
    return pos, ""


# Characters that end a name on the left as words of their own (在|市招考中心, 从市).
_HARD_CHARS = frozenset("的在从由与及对向将为是了等把被让给并或于至到往据")
# Tags of words a name never runs over in search of its opener.
_HARD_POS = ("p", "u", "y", "e", "o", "x", "w", "c")


# What a zone's name ends with before its 区 (产业集聚区, 经济开发区, 高新区, 保税港区, 示范区).
_ZONE_BEFORE = re.compile(r"(?:集聚|开发|高新|保税港?|示范|合作|试验|工业园|产业园|物流园|新)$")


def _opens(text: str, q: int, lv: str, words: _Words, places: _Places, floor: int) -> bool:
    """Whether the level word ``lv`` at ``q`` opens a name (市|招考中心), rather than
    ending a word (城市) or starting another one (市场)."""
    if places.inside(q + len(lv) - 1 if len(lv) > 1 else q) is not None or places.inside(q) is not None:
        return False
    if lv == "区" and _ZONE_BEFORE.search(text, max(floor, q - 4), q):
        return False  # 县产业集聚|区|管委会: the zone's own 区, no level opening the body's name
    end = words.end_of(q)
    if end is not None:
        w = text[q:end]
        level_ok, level_stop = _level_words()
        if w in level_ok or w in level_stop:
            return False
    before = text[q - 1] if q > floor else ""
    if not before or not _cjk(before) or before in _HARD_CHARS or before in "和及与":
        return True  # 县第一中学和|县人民医院
    if before in _VERB_BEFORE_LEVEL and words.end_of(q - 1) == q + len(lv):
        return True  # 张国强作|县人民法院工作报告: the segmenter glued the verb to the level (作县)
    return end is not None and words.cut_at(q)


def _chain(s: int, places: _Places, floor: int) -> int:
    """The start of a run of places ending with the one at ``s`` (长治市潞州区)."""
    while s in places.end_to_start and places.end_to_start[s] >= floor:
        s = places.end_to_start[s]
    return s


def _with_system(text: str, s: int, floor: int) -> tuple[int, str]:
    prefixes = lexicon.words("org_prefixes")
    for n in _lengths("org_prefixes"):
        if s - n >= floor and text[s - n:s] in prefixes:
            return s - n, "system"  # 国网|沁源县|供电公司
    return s, "place"


@cache
def _in_dictionary(w: str) -> bool:
    jb = _rjieba()
    return jb is None or bool(jb.has_word(w))


def _registered_start(text: str, start: int, k: int) -> int:
    """A company's registered name opens with its province (湖北丰泽农业科技有限公司): a
    town or county printed before it says where the company is (九集镇|湖北丰泽…), and is
    no part of its name."""
    for m in _province_re().finditer(text, start + 1, k):
        if text[m.start() - 1] in "镇乡县市区道":
            return m.start()
    return start


@cache
def _province_re() -> re.Pattern[str]:
    """The provinces' names, full and short (湖北省, 湖北; 广西壮族自治区, 广西)."""
    from .. import gazetteer
    names = set()
    for p in gazetteer.iter_places():
        if p.level == "province":
            names.add(p.name)
            names.add(re.sub(r"(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$", "", p.name))
    return re.compile("|".join(sorted((n for n in names if len(n) >= 2), key=len, reverse=True)))


def find_organizations(text: str, tokens=None) -> list[dict[str, Any]]:
    """Every organisation ``text`` names, once each, with the spans where it is printed.
    ``tokens`` (the learned tagger's words, :func:`.ner.tag_text`) add the organisations
    it reads where the endings found none (a name with no listed ending: 英联邦, 亚行)."""
    if not text:
        return []
    suffixes = _suffixes()
    generic = lexicon.words("org_generic")
    common = lexicon.words("org_common_words")
    common_lens = _lengths("org_common_words")
    words = _Words(text)
    places = _Places(text)
    found: list[tuple[int, int, str]] = []

    for mt in _suffix_re().finditer(text):
        k, e = mt.span()
        sfx = mt.group()
        cls, not_before = suffixes[sfx]
        if not words.cut_at(e) and not (e < len(text) and text[e] == text[e - 1]) \
                and not (cls == "institution" and _STAFF_AFTER.match(text, e)):
            continue  # 局长, 部门, 会议: the ending begins another word (but 局|局长, and 竹溪小学|教师)
        if not_before and text.startswith(not_before, e):
            continue  # 中心城市
        if text[k - 1:e] in _VERB_ENDINGS:
            continue  # 副厅长周建国带队: the ending is the last character of a verb
        if cls == "level" and _POST_AFTER.match(text, e):
            continue  # 市委常委, 市委书记, 人大代表: a post
        if text[k - 1:k] == "作" and text.startswith("工作报告", e):
            continue  # 市人民政府|作|政府工作报告: the report's 政府, after the verb 作, ends no body
        floor = text.rfind("\n", 0, k) + 1
        grown = _grow_left(text, k, sfx, cls, words, places, floor)
        if grown is None:
            continue
        start, opened = grown
        if cls in ("company", "firm"):
            start = _registered_start(text, start, k)
        name, core = text[start:e], text[start:k]
        if _POST_NAME.search(name) or any(name[-n:] in common for n in common_lens if n > len(sfx)):
            continue  # 市委常委; 税务办税厅 (a hall)
        if start > 0 and text[start - 1] == "届":
            continue  # 十四届全国人大三次会议: a session, not the body
        if not core or name in generic or core in generic or core[0] in _DETERMINERS or "某" in core:
            continue
        if not _cjk(name[0]) and name[0] not in "“‘「":
            continue
        if cls in ("body", "level") and not opened and not (
                start > 0 and text[start - 1] in "、和及与" and found and found[-1][1] == start - 1):
            # 组织部, 工作组: a kind of body until a place or level names it; but in a list
            # the level is said once (旗林业和草原局、生态环境分局)
            continue
        if cls in ("company", "firm") and len(core) < 2:
            continue
        if cls in ("firm", "institution") and not opened and not _proper(core, school=sfx in _SCHOOLS):
            continue  # 樱桃专业合作社, 智慧农业产业园: a kind, not a name
        if cls in ("company", "firm", "institution"):
            tail = next((name[-n:] for n in _lengths("org_generic")
                         if n > len(sfx) and name[-n:] in generic), None)
            if tail is not None and not opened and not _proper(name[:-len(tail)]):
                continue  # 服务创业公司, 七大专业公司: a kind of company
        found.append((start, e, cls))

    # level + department, whatever the segmenter made of it (市民政局, 市住建局局长)
    rx = _depts_re()
    if rx is not None:
        for mt in rx.finditer(text):
            q, e = mt.span()
            floor = text.rfind("\n", 0, q) + 1
            ps = places.end_to_start.get(q + 1)
            if ps is not None and ps >= floor:
                found.append((_with_system(text, _chain(ps, places, floor), floor)[0], e, "dept"))
            elif places.inside(q) is None and (q == floor or not _cjk(text[q - 1]) or
                                               text[q - 1] in _HARD_CHARS or words.is_start(q)):
                found.append((q, e, "dept"))

    # the members of a list of companies (恒达科技、远航物流、新禾农业等五家骨干企业)
    for mt in _LISTED.finditer(text):
        items = mt.group(1).split("、")
        pos = mt.start(1)
        for i, item in enumerate(items):
            s, e = pos, pos + len(item)
            pos = e + 1
            if i == 0:  # the first member starts after the verb before it (下设|中科颐高)
                s = _bare_start(text, s, e, words)
            name = text[s:e]
            if len(name) < 2 or name in generic or name[0] in _DETERMINERS or _is_place(name) \
                    or _common_word(name) or "某" in name:
                continue  # 钢铁、焦化等行业企业: kinds of business, not names
            found.append((s, e, "listed"))

    # names known by themselves (教育部, 党中央)
    rx = _names_re()
    if rx is not None:
        for mt in rx.finditer(text):
            s, e = mt.span()
            if words.cut_at(s) and words.cut_at(e) and not _POST_AFTER.match(text, e) \
                    and not (s > 0 and text[s - 1] == "届") \
                    and not text.startswith("门", e) and places.inside(e) is None \
                    and places.inside(s + 1) is None:
                found.append((s, e, "name"))

    # the Production and Construction Corps' units (第八师, 一四九团, 第一师阿拉尔市): a division
    # by its ordinal, a regiment by its number in Chinese numerals
    for mt in _CORPS_UNIT.finditer(text):
        found.append((mt.start(), mt.end(), "corps"))

    # a country's team (中国队, 印尼女队, 韩国男子排球队): the team is the organisation
    for mt in _team_re().finditer(text):
        found.append((mt.start(), mt.end(), "team"))

    # a town's or a village's team (口寨村队, 乐里镇联队, 古州镇西门社区队)
    for mt in _LOCAL_TEAM.finditer(text):
        s = _team_start(text, mt.start(), words)
        if s is not None:
            found.append((s, mt.end(), "team"))

    # the learned tagger's organisations where the endings found nothing
    if tokens:
        found.extend(_learned(text, tokens, found, generic, suffixes))

    # a name inside a longer one is not reported there (市委 in 市委督导组)
    kept: list[tuple[int, int]] = []
    reach = -1  # the furthest end of the names kept so far (sorted by start, longest first)
    for s, e in sorted({(s, e) for s, e, _ in found}, key=lambda t: (t[0], -t[1])):
        if e <= reach or _LEADERSHIP.match(text, s, e) and _LEADER_POST.match(text, e):
            continue      # (县人大常委会主任, 市政协主席: a post)
        if _PARTY_DEPT.match(text, s, e) and _DEPT_HEAD.match(text, e):
            reach = e     # (宣传部部长, 县委办公室主任: a post, 县委 in it too)
            continue
        if _PARTY_CELL.search(text, s, e) and _CELL_POST.match(text, e):
            reach = e     # (长坡镇党委书记, 街道党工委副书记: the committee is the post's)
            continue
        if kept and kept[-1][1] == s and _BRANCH.search(text, s, e) and e - kept[-1][0] <= _MAX_LEN:
            kept[-1] = (kept[-1][0], e)   # 常州市公安局|武进分局, 日照银行|岚山支行: one body and its branch
            reach = e
            continue
        if _PUBLIC_BODY_END.search(text, s, e):
            e = _sub_unit_end(text, e, words)   # 市财政局|预算处, 湖南师范大学|旅游学院: a department of the body
        kept.append((s, e))
        reach = e

    out: dict[str, dict[str, Any]] = {}
    for s, e in kept:
        name = text[s:e]
        out.setdefault(name, {"name": name, "spans": []})["spans"].append([s, e])
    # a company named again without its place (山西恒达顺商贸有限公司 … 恒达顺商贸有限公司)
    names = list(out)
    for x in names:
        if x[:1] in _level_chars():
            continue
        for y in names:
            if y != x and y.endswith(x) and _is_place(y[:-len(x)]):
                del out[x]
                break
    return sorted(out.values(), key=lambda d: d["spans"][0][0])


# A department inside a body, printed right after the body's name (市财政局预算处, 市委组织部
# 干部监督科, 湖南师范大学旅游学院, 市委第二巡察组, 国家统计局常德调查队): one organisation.
_SUB_UNIT_END = re.compile(r"(?:处|科|室|学院|系|组|队|部|中心|研究所|研究院)$")
_SUB_UNIT_MAX = 10
_SUB_UNIT_TAGS = frozenset(["n", "nz", "nt", "ns", "nr", "vn", "j", "l", "ng", "b"])   # (b: 公共|法律|服务中心)


def _sub_unit_end(text: str, e: int, words: "_Words") -> int:
    """Where a department named right after its body ends, or ``e``: whole words of
    nouns (a verb only just before a one-character unit: 预算|处, 巡察|组; an ordinal first:
    第二), the last of them a unit's word (处, 科, 教研室, 旅游学院 — not 领队, 团队, 处长)."""
    pos, best, verb_at = e, e, -1
    while pos - e < _SUB_UNIT_MAX:
        end = words.end_of(pos)
        if end is None:
            break
        w = text[pos:end]
        tag = _tag(w)
        if not all(_cjk(c) for c in w) or w in _HARD_CHARS or w in _NOT_UNITS or w.endswith(("楼", "层")):
            break      # (二楼, 三层: where in the building, no part of a name)
        if w in _VERB_ENDINGS or tag == "nr" or _POST_WORD.search(w) and not text.startswith(_POST_OFFICE, end):
            break      # (…管理厅|副厅长|周建国|带队: a post, a name, a verb — the department never began;
                       # but 院长|办公室 is the office of the post)
        if tag.startswith("v") and tag != "vn":
            if verb_at >= 0:
                break
            verb_at = end
        elif tag == "m" and pos == e and _ORDINAL.fullmatch(w):
            pass
        elif tag not in _SUB_UNIT_TAGS and not (len(w) == 1 and _SUB_UNIT_END.search(w)):
            break
        elif verb_at >= 0 and not (len(w) == 1 and _SUB_UNIT_END.search(w)):
            break      # 设立|专题展室: a verb then more words is a clause, no department
        pos = end
        if end - e >= 2 and _SUB_UNIT_END.search(w):
            best = end
    return best


# The bodies whose departments a paper names with them: a government's, a party's, a
# university's (a company's 项目部 or 种植部 is spoken of under the company's name).
_PUBLIC_BODY_END = re.compile(r"(?:局|委|部|厅|署|办|大学|学院|党校|研究院|科学院)$")
# A word that names a post (副厅长, 主任, 党组书记): the body before it is named, no department follows.
_POST_WORD = re.compile(r"(?:长|主任|书记|委员|主席)$")
# One-character verbs the segmenter glues to a level word after them (作县, 赴市, 来区).
_VERB_BEFORE_LEVEL = frozenset("作赴来去回进")
# A post's office (院长办公室, 主任室): a body of its own, named after the post.
_POST_OFFICE = ("办公室", "室", "办")
# A post's rank as a word of its own (院长, 主任, 董事长): no body's name runs over it.
_RANK_WORD = re.compile(r"(?:主任|书记|主席|秘书长|[院局厅部处科县市镇乡区省队组站所校行社会]长|董事长|总经理)$")
# Words that end like a department and are none (a post, a crew, a group of people).
_NOT_UNITS = frozenset(["领队", "团队", "球队", "部长", "处长", "科长", "组长", "队长", "室主任", "系主任",
                        "部门", "处理", "科技", "组织", "队伍", "中心城区",
                        # rooms of its building, no departments (民政局二楼会议室)
                        "会议室", "活动室", "展室", "教室", "阅览室", "接待室", "值班室", "休息室", "多功能室"])


# A local team: a village's, a town's, a district's (口寨村队, 乐里镇联队, 三江水族乡队).
_LOCAL_TEAM = re.compile(r"(?:村|镇|乡|区|县|社区|街道)(?:联|代表)?队(?![伍长员列形部])")
_TEAM_WORD_TAGS = frozenset(["ns", "n", "nz", "nr", "j", "m", "zg"])


def _team_start(text: str, k: int, words: "_Words") -> int | None:
    """The start of the team whose place ends at ``k`` (…村|队): the place-name words before
    it, no more than eight characters back, not after a level (市龙舟队 is the city's)."""
    floor = max(text.rfind("\n", 0, k) + 1, k - 8)
    s = k + 1     # the place word itself (村, 镇 …) is the first taken
    while s > floor:
        start = words.holding(s - 1)
        if start is None:
            hit = words.ending_at(s)
            start = hit[0] if hit is not None else s - 1
        w = text[start:s]
        if start < floor or not all(_cjk(c) for c in w) or any(c in _HARD_CHARS for c in w) \
                or w[0] in _DETERMINERS or w in _MATCH_VERBS or _tag(w) not in _TEAM_WORD_TAGS:
            break     # (我县|三江水族乡队: the paper's own county is no part of the name; 力克|越城区队)
        s = start
    stem = text[s:k + 1]
    if len(stem) < 3 or stem[0] in _DETERMINERS or stem[0] in "全各" or stem.endswith(_KIND_OF_PLACE) \
            or stem[0] in _level_chars() and len(stem) <= 3:
        return None   # (县区代表队, 兄弟县区代表队: teams of a kind, no team's name)
    return s


# The verbs of a match report before a team's name (力克越城区队, 战胜鸠江区队).
_MATCH_VERBS = frozenset(["力克", "战胜", "击败", "负于", "迎战", "对阵", "对战", "逼平", "战平", "不敌", "淘汰",
                          "胜", "负", "平", "对", "与", "和", "逆转", "横扫", "憾负", "惜败", "大胜", "完胜"])
_KIND_OF_PLACE = ("县区", "乡镇", "镇村", "兄弟城区")


# What follows a country's name in a national team's name (中国|女队, 巴西|国家足球队).
TEAM_AFTER = r"(?:国家)?(?:[男女]子?|青年|少年)?(?:足球|篮球|排球|乒乓球|羽毛球|网球|冰球|手球|水球|田径|游泳|体操)?队(?![伍长员列形])"


@cache
def _team_re() -> re.Pattern[str]:
    countries = sorted(lexicon.words("place_foreign") | {"中国"}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, countries)) + ")" + TEAM_AFTER)


def _learned(text: str, tokens, found: list[tuple[int, int, str]], generic,
             suffixes) -> list[tuple[int, int, str]]:
    """ORG spans of the tagger that overlap no organisation found by its ending, less the
    readings it is known to get wrong: one character (电, 讯 of a dispatch line), a
    generic word (企业, 农村), a span that starts or ends on a function character; and
    less what the endings' rules judge: a name with a listed ending was weighed there."""
    levels = _level_chars()
    out = []
    for t in tokens:
        if t.tag != "ORG" or t.end - t.start < 2:
            continue
        if any(s < t.end and t.start < e for s, e, _ in found):
            continue
        name = text[t.start:t.end]
        if name in generic or not all(_cjk(c) for c in name) or name[0] in _DETERMINERS \
                or name[0] in _FUNCTION_EDGE or name[-1] in _FUNCTION_EDGE:
            continue
        sfx = next((x for x in suffixes if name.endswith(x) and len(x) < len(name)), None)
        if sfx is not None and suffixes[sfx][0] in ("firm", "institution") \
                and not _proper(name[:-len(sfx)], school=sfx in _SCHOOLS):
            continue  # the endings saw this one and refused it (樱桃专业合作社: a kind)
        if len(name) <= 3 and name[0] in levels:
            continue  # 市委, 区委, 县政府: a level and a body, named by the posts around them
        if name.startswith(_ERAS):
            continue  # 新时代党的治藏方略: an era, then the party — no body's own name
        if _POST_AFTER.match(text, t.end) or not _ORG_TAIL.search(name) and not _brand(name):
            continue  # 苹果, 新能源汽车, 醴陵: goods and places; 株洲市委|书记: a post
        out.append((t.start, t.end, "learned"))
    return out


# How the name of a body ends, whatever its kind (…委员会, …院, …局, …党, …队, …集团): the
# tagger's ORG spans that end otherwise are goods, trades or places in local news.
_ORG_TAIL = re.compile("(?:[会院部局委厅署所社团队组行司校馆台报府党盟军厂站办处科室营联协园场店]|中心|集团|"
                       "大学|学院|医院|银行|公司|基金|政府|议会|内阁|联合国|联盟|组织|机构|俱乐部|电视台)$")

def _brand(name: str) -> bool:
    """Whether a name with no body's ending reads as a proper name or abbreviation by
    segmentation (北大, 法航, 英特尔) rather than goods, trades or places (苹果, 醴陵)."""
    jb = _rjieba()
    if jb is None:
        return False
    toks = jb.tag(name)
    return len(toks) == 1 and toks[0][1] in ("j", "nz", "nt", "nr", "nrt", "ns") \
        and not _is_place(name) and not name.endswith("族")


# Words of an era that no organisation's own name opens with (新时代党的…, 新时期…).
_ERAS = ("新时代", "新时期", "新形势", "新阶段")

# Characters an organisation's name never starts or ends with: the tagger's span has run
# into the clause around it (在工地, 上特区政府, 罗政府同).
_FUNCTION_EDGE = frozenset("在上从于对和与同把被将的了是为")


# A list of names closed by 等 and a word for companies (A、B、C等七大专业公司).
_LISTED = re.compile(r"((?:[\u4e00-\u9fff]{2,12}、){1,12}[\u4e00-\u9fff]{2,12})等(?![地人])"   # (等地, 等人: places, people)
                     r"(?:[一二三四五六七八九十两几多\d]+[家大个所])?[\u4e00-\u9fff]{0,4}?"
                     r"(?:公司|企业|集团|银行|院校|高校|医院|学校)")


def _bare_start(text: str, s: int, e: int, words: _Words) -> int:
    """Where a name with no opener starts within text[s:e]: after the last verb or function
    word of the dictionary (下设|中科颐高)."""
    stops = lexicon.words("org_left_stops")
    inner = lexicon.words("org_inner_words")
    pos = e
    while pos > s:
        word = words.ending_at(pos)
        if word is None or word[0] < s:
            break
        a, w, tag = word
        if w in stops or tag.startswith(_STOP_POS) or \
                tag.startswith("v") and w not in inner and _in_dictionary(w):
            break
        pos = a
    return pos


def _common_word(w: str) -> bool:
    """Whether ``w`` is one ordinary word of the dictionary (钢铁, 卫生), not a name (华为)."""
    jb = _rjieba()
    if jb is None:
        return False
    tags = jb.tag(w)
    return len(tags) == 1 and _in_dictionary(w) and not tags[0][1].startswith(("nr", "ns", "nz", "nt", "j"))


def _is_place(s: str) -> bool:
    from .. import gazetteer
    return bool(s) and bool(gazetteer.lookup(s))


# Who works at a school or a hospital, printed after its name (…竹溪小学教师, …医院护士):
# the segmenter's 小学教师 is the institution and its staff.
_STAFF_AFTER = re.compile(r"(?:教师|老师|校长|教授|学生|医生|护士|职工|员工)")
# The field a university or college is named for, after its region's name (齐鲁工业大学).
_SCHOOLS = ("大学", "学院")
_FIELD_OF_STUDY = re.compile(r"(?:工业|理工|师范|农业|医科|科技|交通|财经|电力|石油|林业|海洋|外国语|政法|中医药|体育|艺术"
                             r"|建筑|邮电|航空|工程|职业技术|职业|民族|工商|经贸|信息工程)$")


def _proper(core: str, school: bool = False) -> bool:
    """Whether the part of a name before its ending is a proper name (南石槽, 麦积山, 颐高)
    rather than a kind of thing (正规, 公立, 樱桃专业, 智慧农业)."""
    jb = _rjieba()
    if jb is None or len(core) < 2:
        return len(core) >= 2
    if school and (m := _FIELD_OF_STUDY.search(core)) is not None and m.start() >= 2 \
            and any(t.startswith(("nr", "ns", "nz", "j")) for _, t in jb.tag(core[:m.start()])):
        return True   # 齐鲁|工业(大学), 荆楚|理工(学院): a region's name, then the field a school teaches
    for w, t in jb.tag(core):
        if t.startswith(("ns", "nz", "nt", "j", "nrt")) or t == "nr" and (len(w) >= 3 or not _in_dictionary(w)):
            return True
        if len(w) >= 2 and not _in_dictionary(w):
            return True  # a word the segmenter does not know: a brand (颐高, 越绣)
        if len(w) == 1 and t.startswith(("n", "zg", "ng")) and _cjk(w):
            return True
    return False
