"""People and their posts (人名与职务).

:func:`find_people` returns one entry per person named in a text::

    {"name": "赵明远", "posts": ["市委常委", "常务副市长"], "spans": [[12, 15], [80, 83]]}

A Chinese name is a surname (``data/surnames.txt``) and one or two given characters, but
so are thousands of ordinary words (王牌, 高新, 长子), so a name is only taken where a
convention of newspaper writing vouches for it. The stages of :func:`find_people`:

1. a post printed before it, or a chain of posts (市委常委、常务副市长赵明远;
   市委常委、副市长，某某区党组书记、管委会主任王志强); the grammar of posts — levels,
   bodies, modifiers, ranks — is data (``data/posts.txt``);
2. a description before it that is not a post (村民马有才, 市领导刘建国: ``posts: []``),
   or a label and a colon (联系人：王五);
3. a title after it (习近平总书记, 张三同志);
4. a clause that begins with it and goes on with a speech or action verb (”宋婷婷说;
   据李四介绍), a caption's position mark after it (张三（左二）), a feature headline
   that names its subject (张三：扎根基层三十年), a profile's sex after it (张三，男，),
   a quote's attribution that ends with it (”……财务人员苏丽娟说);
5. the short list of people papers name without any context (``[famous]``: 习近平, 李白);
6. a 、-list whose items are all names, anchored by one of the above or by what follows
   it (刘建国、孙卫东等市领导), or long enough;
7. every occurrence of every name found is a mention (赵明远逐一点评; 王峰孟明带队).

Word segmentation (rjieba) only arbitrates: where a name ends (杨海权 vs 杨海;
冯瑞|微笑), whether a candidate is an ordinary word (信箱, 全市) or cuts across one
(南京市长|江大桥), and whether weak evidence reads as a name at all.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from collections.abc import Sequence
from typing import Any

from .. import gazetteer, lexicon
from . import names
from .ner import Token

try:  # word segmentation is a help, not a requirement
    import rjieba as _jieba
except ImportError:  # pragma: no cover - rjieba is a declared dependency
    _jieba = None

__all__ = ["find_people"]

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_IS_HAN = re.compile(f"[{_HAN}]").match

# Chars that end a name when they follow it (王强在…, 原玲对记者说, 李卫平等): prepositions,
# conjunctions, adverbs and particles a given name practically never ends with.
_TERM = frozenset("在对就以和与说等为向到把将是也还被让给跟又都已曾便即并及于从率称着了的")
# Punctuation right after a function char shows it is no function word there but a
# name's last char (田永和、邹文华: 和 joins nothing).
_NAME_END_PUNCT = frozenset("、，,。；;：:")
# Given "names" that are kinship or courtesy words, not names (沈阿姨, 王师傅, 张总, 张某).
_KIN = frozenset(["阿姨", "大爷", "大妈", "大姐", "大哥", "大叔", "大伯", "大娘", "大婶", "师傅", "老师", "先生", "女士", "奶奶", "爷爷", "婆婆", "阿婆", "阿公", "老汉", "老伯", "老太", "同学", "同志", "书记", "主任", "局长", "队长", "总", "某某", "家人", "氏", "姐", "哥", "叔", "婶", "伯", "嫂", "妈", "爸", "爷", "奶", "姨", "工", "老", "某", "家", "们"])
# jieba tags of what a name does: a word tagged so after a name starts the predicate.
_FOLLOW_TAGS = ("v", "p", "d", "c", "u", "r", "ad", "f")
# jieba tags of a surname char read alone as a function word (和 c, 于 p, 常 d).
_FUNC_TAGS = ("c", "p", "d", "r", "u")
_NR = "nr"  # jieba's person-name tags: nr, nrfg, nrt

# How far back from a rank the level/body/modifier part of a post is looked for (chars;
# the longest post in the seed and example pages has 16 before its rank).
POST_LOOKBACK = 24
# How long a named body standing between two posts of a chain may be (chars): 广西某某汽车
# 零部件有限公司 in 全国人大代表、…公司总工程师 has 13; a longer run is another clause.
CHAIN_BODY_MAX = 40
# Characters each side of a position that segmentation is asked about.
SEG_WINDOW = 5
# Separators between the posts of one chain, and what ends a clause.
_CHAIN_DELIMS = "、，,兼"
_CLAUSE_END = "。；;！？!?：:\n"
# What a named body between two posts of a chain ends with (某某公司|总工程师).
_ORG_END = re.compile("(?:公司|集团|局|委|办|中心|院|校|园|所|站|队|部|处|科|村|镇|乡|街道|社区|区|县|市|省"
                      "|州|旗|会|社|行|厂|馆|团|组|室|台|报|网|厅|场|店|城|谷|港|企业|协会|合作社|大学|学院|医院|银行"
                      "|[)）])$")
# A colon between a label and its value (联系人：王五; 负责人: 王五).
_LABEL_SEP = re.compile("[ \u3000]*[:：][ \u3000]*")
# Names of the minorities and foreign names, written with a dot (买买提·艾力).
_DOT_NAME = re.compile(f"[{_HAN}]{{1,6}}[·•・][{_HAN}]{{1,8}}(?:[·•・][{_HAN}]{{1,8}})?")


# --- data ---------------------------------------------------------------------------------------

@cache
def _data() -> dict[str, tuple[str, ...]]:
    """The sections of ``data/posts.txt``, each a tuple of its entries in file order."""
    out: dict[str, list[str]] = {}
    cur: list[str] = out.setdefault("", [])
    for line in lexicon.lines("posts"):
        line = line.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            cur = out.setdefault(line[1:-1], [])
        elif line:
            cur.extend(line.split())
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def _trie_alt(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` built as a character trie: fast to match, and the
    longest word wins at a position (书记员 before 书记)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and len(alts[0]) <= 2 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


class _Grammar:
    """The data of ``posts.txt`` and ``surnames.txt``, compiled once."""

    def __init__(self) -> None:
        d = _data()
        surnames = lexicon.words("surnames")
        self.yi = lexicon.words("yi_surnames")
        self.compound = frozenset(s for s in surnames if len(s) == 2) | self.yi
        self.single = frozenset(s for s in surnames if len(s) == 1)
        self.ranks = frozenset(d["ranks"])
        self.need_prefix = frozenset(d["ranks_need_prefix"])
        self.not_roles = frozenset(d["not_roles"])
        self.not_given = frozenset("".join(d["not_given"]))
        self.not_names = frozenset(d["not_names"])
        # A post is [level] [body …] [modifier …] rank [助理] (市人大常委会副主任, 县长助理).
        # Ranks are found first, overlapping (党总支书记 holds 支书 and 书记: the rank
        # right before the name wins), then what stands before one is read backwards.
        self.rank_re = re.compile(f"(?=({_trie_alt(d['ranks'])}))")
        rev = {k: _trie_alt(w[::-1] for w in d[k]) for k in ("modifiers", "bodies", "levels")}
        self.left_re = re.compile(f"(?:{rev['modifiers']})*(?:{rev['bodies']})*(?P<lv>{rev['levels']})?")
        self.after_re = re.compile(_trie_alt(d["ranks_after"]))
        self.role_re = re.compile(_trie_alt(d["roles"]))
        # descriptions known by their head (种粮大户, 财务人员, 经营者)
        self.role_head_re = re.compile("人员|大户|户|者")
        self.label_re = re.compile(f"(?:{_trie_alt(d['labels'])})[ \u3000]*[:：][ \u3000]*")
        verbs = _trie_alt(d["verbs"])
        self.verb_re = re.compile(verbs)
        # a clause-initial name before a verb: after a non-Han char, at the start, after 据
        self.clause_re = re.compile(f"[^{_HAN}据]([{_HAN}]{{2,4}}?)(?={verbs})")
        self.clause_start_re = re.compile(f"([{_HAN}]{{2,4}}?)(?={verbs})")
        self.clause_ju_re = re.compile(f"据([{_HAN}]{{2,4}}?)(?={verbs})")
        # a caption's position mark: 张三（左二）
        self.caption_re = re.compile("[（(][左右中前后][一二三四五六七八九十0-9]*[)）]")
        # a headline line that is a name and a colon: 张三：扎根基层三十年
        self.line_name_re = re.compile(f"^([{_HAN}]{{2,4}})[:：]", re.MULTILINE)
        # a notice's or profile's name, sex first: 张三，男，汉族，1975年生
        self.profile_re = re.compile(f"(?<![{_HAN}])([{_HAN}]{{2,4}})[，,]\\s*[男女][，,、]")
        # what may follow a list of people: 等市领导, 等同志 (等 + a description or rank)
        self.list_tail_re = re.compile(f"等(?:{_trie_alt(d['roles'])}|{_trie_alt(d['ranks'])}|同志)")
        # a quote's attribution: ”……[description]NAME说 (the name ends the clause)
        self.attrib_re = re.compile(f"[”」][，,]?(?P<pre>[^“”「」。！？!?，,；;：:\n]{{2,30}}?)"
                                    f"(?={_trie_alt(d['speech'])}(?:[^{_HAN}]|$))")
        self.list_re = re.compile(f"(?<![{_HAN}])[{_HAN}]+(?:、[{_HAN}]+)+")
        self.famous_re = re.compile(_trie_alt(d["famous"]))


@cache
def _grammar() -> _Grammar:
    return _Grammar()


# --- word segmentation --------------------------------------------------------------------------

@lru_cache(maxsize=65536)
def _tag(s: str) -> tuple[tuple[str, str], ...]:
    if _jieba is None:
        return ((s, "x"),)
    return tuple(_jieba.tag(s))


def _has_word(s: str) -> bool:
    return _jieba is not None and _jieba.has_word(s)


def _common_word(s: str) -> bool:
    """A dictionary word that segmentation does not take for a name (信箱, 全市, 强调)."""
    toks = _tag(s)
    return len(toks) == 1 and not toks[0][1].startswith(_NR) and _has_word(s)


def _cuts(text: str, lo: int, hi: int) -> set[int]:
    """Token boundaries (offsets into ``text``) of a segmentation of text[lo:hi]."""
    out = {lo, hi}
    pos = lo
    for w, _ in _tag(text[lo:hi]):
        pos += len(w)
        out.add(pos)
    return out


def _seg_name(text: str, s: int, e: int) -> int:
    """How segmentation of the text around [s, e) reads it: 2 as one name token
    (向|雷锋|同志 for 雷锋), 1 as a surname read as a name and the rest (杨|海权), 0
    otherwise (向雷锋: 向 is a preposition there)."""
    lo, hi = max(0, s - 4), min(len(text), e + 3)
    pos, toks = lo, []
    for w, t in _tag(text[lo:hi]):
        if pos >= s and pos + len(w) <= e:
            toks.append((pos, w, t))
        elif pos < s < pos + len(w) or pos < e < pos + len(w):
            return 0  # a word crosses the candidate's edge
        pos += len(w)
    if not toks or toks[0][0] != s or not toks[0][2].startswith(_NR):
        return 0
    return 2 if len(toks) == 1 else 1


def _crosses_word(text: str, pos: int) -> bool:
    """Whether segmentation puts ``pos`` inside an ordinary word (南京市长|江大桥 holds
    长江大桥): then what looks like a post and a name is something else."""
    start = max(0, pos - SEG_WINDOW)
    for w, t in _tag(text[start:pos + SEG_WINDOW]):
        end = start + len(w)
        if start < pos < end:
            # (旗|长孙|浩: a compound surname the rank's last character opens is no word; 老师|傅
            # in 老师傅, filed as a name, leaves one character after the title: no name either)
            if t.startswith(_NR) and pos - start >= 2 and end - pos == 1 and _has_word(w[:pos - start]):
                return True
            return not t.startswith(_NR) and len(w) > 1 and _has_word(w) and w not in _grammar().compound
        if end >= pos:
            break
        start = end
    return False


@lru_cache(maxsize=8192)
def _is_place(name: str) -> bool:
    """Whether ``name`` is a place's name or short form (长子, 太谷, 江油)."""
    return bool(gazetteer.lookup(name))


# --- names --------------------------------------------------------------------------------------

def _surname_len(g: _Grammar, text: str, i: int) -> int:
    if text[i:i + 2] in g.compound:
        return 2
    return 1 if text[i:i + 1] in g.single else 0


def _given_ok(g: _Grammar, given: str) -> bool:
    return (given not in _KIN and given[-1] not in _KIN and given not in _ADDRESS   # 王教授, 陈小姐: addressed
            and all(_IS_HAN(c) and c not in g.not_given for c in given))


def _plausible(g: _Grammar, name: str, strict: bool = True) -> bool:
    return _plausible_name(name, strict)


# A level and the body or the leaders it heads (区政协, 区领导, 县人大, 市委): 区 is a surname
# too (区嘉琪), but not before these.
_LEVEL_BODY = re.compile(r"^[区县市省州旗镇乡村](?:政协|领导|人大|政府|委|纪委|监委|党委|法院|检察|团委|妇联|工会|科协|公安|财政|民政|司法|城管|直|属)")


@lru_cache(maxsize=65536)
def _plausible_name(name: str, strict: bool) -> bool:
    """Whether ``name`` can be a person's name: a surname and one or two given characters
    that are not function words. ``strict`` (when no post or description vouches for the
    name) also wants it not an ordinary word nor a place (王牌, 长子, 江苏), and read by
    segmentation as a name or as a surname and the rest (杨|海权)."""
    g = _grammar()
    n = len(name)
    if not 2 <= n <= 4:
        return False
    sl = 2 if name[:2] in g.compound and n >= 3 else (1 if name[0] in g.single else 0)
    if not sl or not 1 <= n - sl <= 2 or not _given_ok(g, name[sl:]) or name in g.not_names \
            or _LEVEL_BODY.match(name):
        return False
    if strict:
        if _common_word(name) or _is_place(name):
            return False
        w, t = _tag(name)[0]
        if not (t.startswith(_NR) and len(w) >= 2) and len(w) != sl:
            return False
    return True


def _function_start(g: _Grammar, text: str, i: int, e: int) -> bool:
    """Whether the surname char at ``i`` reads as a function word opening the clause
    instead of a name [i, e): 常|来|指导, 和|游客, 包|山头, 向|杜江涛, 关于|东北."""
    toks = _tag(text[i:e + 2])
    if toks and len(toks[0][0]) >= 2 and toks[0][1][:1] in ("p", "c") and i + len(toks[0][0]) < e:
        return True  # a preposition or conjunction of two characters opens the clause: 关于|东北
    if _surname_len(g, text, i) != 1:
        return False
    if len(toks) < 2 or len(toks[0][0]) != 1:
        return False
    t0 = toks[0][1]
    w, t = toks[1]
    if t0.startswith(_FUNC_TAGS) and t.startswith(_FOLLOW_TAGS):
        return True  # an adverb and a verb: 常|来|指导
    if t0[:1] in ("c", "p") and t.startswith(_NR) and i + 1 + len(w) > e:
        return True  # a preposition before a name that runs past the candidate: 向|杜江涛
    # a conjunction, preposition or verb before an ordinary word: 和|游客, 包|山头
    return t0[:1] in ("c", "p", "v") and len(w) >= 2 and not t.startswith(_NR) and _has_word(w)


def _verb_at(g: _Grammar, text: str, i: int) -> bool:
    """Whether a listed speech or action verb starts at ``i`` (指出, 对记者说)."""
    return g.verb_re.match(text, i) is not None


def _follows(text: str, i: int) -> bool:
    """Whether a verb-like word (by segmentation) starts at ``i``: 微笑, 满意, 逐一."""
    w = text[i:i + 2]
    return len(w) == 2 and _has_word(w) and _tag(w)[0][1].startswith(_FOLLOW_TAGS)


def _verb_particle(text: str, i: int) -> bool:
    """Whether a one-character verb with its aspect particle starts at ``i`` (带着, 看了)."""
    w = text[i:i + 2]
    return len(w) == 2 and w[1] in "着了过" and not _has_word(w) and _tag(w[0])[0][1].startswith("v")


def _name_at(g: _Grammar, text: str, i: int) -> int:
    """End of the name that starts at ``i`` (where the context says a name starts), or -1.

    One given character or two: a function char or a listed verb after the first ends
    the name there (王强|在, 韦韬|来到); a listed verb or a function char after the second
    makes two (袁海滨|告诉记者, 刘慧慧|以); else the verb-like words segmentation sees
    (冯瑞|微笑, 马有才|满意), else its reading of the name (杨|海权, 宋婷婷)."""
    n = len(text)
    sl = _surname_len(g, text, i)
    a = i + sl  # the first given char
    if not sl or a >= n or not _IS_HAN(text[a]) or text[a] in g.not_given:
        return -1
    b = a + 1  # where a second given char would stand
    one, two = b, b + 1
    if b >= n or not _IS_HAN(text[b]) or text[b] in g.not_given or \
            text[b] in _TERM and not (b + 1 < n and text[b + 1] in _NAME_END_PUNCT):
        return one if _given_ok(g, text[a:one]) else -1
    if text[b] == "作" and _REPORT_LATER.match(text, b):
        return one      # 龚丽|作县人民检察院工作报告: the verb 作, then the report it delivers
    if text[b] in _GLUED_CONJ and _verb_at(g, text, two):
        return one      # 杨帆|则告诉记者: a conjunction, then the verb
    v_one, v_two = _verb_at(g, text, one), _verb_at(g, text, two)
    if v_two != v_one:
        return two if v_two else one
    f_one, f_two = _follows(text, one), _follows(text, two)
    if f_one and not f_two or _verb_particle(text, one) or _adverb_glued(g, text, b):
        return one      # 冯瑞|微笑, 李明|带着, 马俊|正带着
    if two >= n or not _IS_HAN(text[two]) or text[two] in _TERM or f_two:
        return two
    w, t = _tag(text[i:i + sl + 4])[0]
    if len(w) == sl + 1 and t.startswith(_NR):
        # segmentation reads a one-character given name; the second character stays in the
        # name unless it opens a word with the next (王强|调研, but 罗志远|头球, 孙立新|讲了)
        return one if _has_word(text[b:b + 2]) or _has_word(text[b:b + 3]) else two
    return two


# --- posts --------------------------------------------------------------------------------------

class _Post:
    """A post as printed: [s, e) (a level char that ends a place name before it is the
    place's and left out: 漓渚镇|党委副书记), its rank, and whether the rank stands bare."""

    __slots__ = ("bare", "e", "rank", "s")

    def __init__(self, s: int, e: int, rank: str, bare: bool) -> None:
        self.s, self.e, self.rank, self.bare = s, e, rank, bare

    @property
    def valid(self) -> bool:
        """A rank that is a post only with something before it (成员, 演员) has it."""
        return not (self.bare and self.rank in _grammar().need_prefix)


def _said_after(g: _Grammar, text: str, i: int) -> int:
    """End of a name of three hanzi, not a word, that a listed verb follows (宝力道|介绍,
    巴特尔|说), or -1: a Mongolian or Tibetan name after a post, which the surname list
    and the tagger miss."""
    x = i + 3
    w = text[i:x]
    if x < len(text) and all(_IS_HAN(c) and c not in _TERM for c in w) and _verb_at(g, text, x) \
            and not _common_word(w) and not _is_place(w) and not any(_verb_at(g, text, k) for k in range(i, x)):
        return x
    return -1


def _posts(g: _Grammar, text: str) -> list[_Post]:
    """Every post in ``text``, by the rank it ends with (the longest rank ending there)."""
    by_end: dict[int, tuple[int, str]] = {}
    for m in g.rank_re.finditer(text):
        rs, e = m.span(1)
        if e not in by_end:  # found from the left: the longest (总经理, not 经理)
            by_end[e] = (rs, m.group(1))
    out = []
    for e, (rs, rank) in by_end.items():
        if text.startswith("助理", e):
            e += 2  # 县长助理, 河长助理
        left = g.left_re.match(text[max(0, rs - POST_LOOKBACK):rs][::-1])
        s = rs - left.end()
        lv = left.group("lv")
        if lv and (len(lv) == 1 or lv in ("道街", "区社")) and s > 0 and _IS_HAN(text[s - 1]):
            s += len(lv)
        s -= _place_before(text, s)
        out.append(_Post(s, e, rank, s == rs))
    return out


def _place_before(text: str, s: int) -> int:
    """Length of a county-or-higher place name printed right before a post's level
    (醴陵|市委书记, 越城|区委书记, 长沙市开福|区委常委): the place is part of the post as
    printed, and a chain reads on across it (株洲市委常委、醴陵市委书记 — two posts)."""
    total = 0
    while True:
        for k in (5, 4, 3, 2):
            a = s - total - k
            if a < 0:
                continue
            w = text[a:s - total]
            if all(_IS_HAN(c) for c in w) and _is_place(w) and not (a > 0 and _crosses_word(text, a)):
                total += k
                break
        else:
            return total
        if total >= POST_LOOKBACK:
            return total


def _chain(text: str, post_by_end: dict[int, _Post], p: _Post) -> list[tuple[int, str]]:
    """The posts printed before a name, ``p`` being the one right before it, as
    (offset, post): 市委常委、副市长，某某区（某某中心）党组书记、管委会主任王志强 → four.
    A chain goes on over 、，兼 to a post that ends there; a named body may stand between
    (全国人大代表、某某公司总工程师), but no other post, verb or clause."""
    out = [(p.s, text[p.s:p.e])]
    seen = {p.s}
    cur = p
    while True:
        s = j = cur.s
        while j > 0 and s - j < CHAIN_BODY_MAX and text[j - 1] not in _CHAIN_DELIMS \
                and text[j - 1] not in _CLAUSE_END:
            j -= 1
        if j == 0 or text[j - 1] not in _CHAIN_DELIMS:
            break
        if j < s and not ((_ORG_END.search(text, j, s) or _names_body(text, j, cur))
                          and not any(k in post_by_end for k in range(j + 1, s + 1))):
            break
        prev = post_by_end.get(j - 1)
        if prev is None or prev.s in seen or not prev.valid:
            break
        out.append((prev.s, text[prev.s:prev.e]))
        seen.add(prev.s)
        cur = prev
    out.reverse()
    return out


# Most characters of the words that name a post's body before it (市|防汛抗旱|指挥部指挥长).
BODY_WORDS_MAX = 12


def _names_body(text: str, j: int, p: _Post) -> bool:
    """Whether ``text[j:p.s]`` names the body of post ``p`` (市防汛抗旱|指挥部指挥长): the
    post prints a body of its own and the words before it are a few hanzi."""
    return not p.bare and p.s - j <= BODY_WORDS_MAX and all(_IS_HAN(c) for c in text[j:p.s])


def _merge_posts(posts: list[tuple[int, str]]) -> list[str]:
    """Posts in order of appearance, once each; one that ends another (副区长 in 常务副区长)
    is the same post printed shorter, and the longer form is kept."""
    out: list[str] = []
    for _, p in sorted(posts):
        for k, q in enumerate(out):
            if q.endswith(p):
                break
            if p.endswith(q):
                out[k] = p
                break
        else:
            out.append(p)
    return out


# --- the finder ---------------------------------------------------------------------------------

class _Found:
    """What the stages found: name → [(offset, post)], and where names were placed by a
    post or a description before them (start → end), which anchors lists."""

    def __init__(self) -> None:
        self.posts: dict[str, list[tuple[int, str]]] = {}
        self.anchors: dict[int, int] = {}
        #: names the learned tagger gave (stage 0), as corrected, and where (start → end)
        self.learned: set[str] = set()
        self.learned_at: dict[int, int] = {}
        #: where the tagger's words end: a grammar's name ending inside one cut a word
        self.word_ends: set[int] = set()
        #: the chain of posts printed right before a name placed by a post (start → posts)
        self.anchor_posts: dict[int, list[tuple[int, str]]] = {}
        #: a person the text calls by surname and a form of address (李老师, 汤局长, 王某):
        #: surname → where each such surname stands (only there is it a name)
        self.addressed: dict[str, set[int]] = {}

    def add(self, name: str, posts: Iterable[tuple[int, str]] = ()) -> None:
        self.posts.setdefault(name, []).extend(posts)


def find_people(text: str, tokens: Sequence[Token] | None = None,
                judge: Callable[[str, list[float]], bool] | None = None) -> list[dict[str, Any]]:
    """The people named in ``text``, in order of first mention, each with the posts printed
    with the name anywhere in the text and the span of every occurrence of the name
    (``text[s:e] == name``). ``tokens`` are the learned tagger's words of ``text``
    (:func:`.ner.tag_text`): its PER spans are candidates the grammar corrects (stage 0);
    without them only the grammar speaks. ``judge(name, features)`` decides on a name only
    the tagger gives (default: the fitted model of :mod:`.names`)."""
    if not text:
        return []
    g = _grammar()
    found = _Found()
    if tokens:
        _learned(g, text, tokens, found)  # 0.
    _after_posts(g, text, found)          # 1.
    _after_descriptions(g, text, found)   # 2.
    _before_titles(g, text, found)        # 3.
    _by_clause(g, text, found)            # 4.
    _appointments(g, text, found)         # 4b.
    _affiliations(g, text, found)         # 4c.
    for m in g.famous_re.finditer(text):  # 5.
        s, e = m.span()
        cuts = _cuts(text, max(0, s - 4), min(len(text), e + 4))
        if s in cuts and (e in cuts or text.startswith(("主义", "思想", "理论"), e)):
            found.add(m.group())     # 马克思|主义, 毛泽东|思想: the doctrine names its man
    known = set(found.posts)
    for m in g.list_re.finditer(text):    # 6.
        _list(g, text, m, known, found)
    for name in [n for n in found.posts if len(n) >= 3]:
        if all(text.startswith("员", i + len(name)) for i in _occurrences(text, name)):
            del found.posts[name]         # 巡河员和|护河|员: a name never runs into 员, the end of a job's word
    for name in [n for n in found.posts if not any(p for _, p in found.posts[n])]:
        if all(_in_thing_list(text, i, i + len(name)) for i in _occurrences(text, name)):
            del found.posts[name]         # 伏羲庙、麦积山等地, 白鹤、东方白鹳等珍稀物种: things listed
        elif len(name) >= 3 and name[-1] in "旗县区市镇乡村" and _is_place(name):
            del found.posts[name]         # 土默特左旗: a division's full name is no one's name
        elif all(_FACILITY_AFTER.match(text, i + len(name)) for i in _occurrences(text, name)):
            del found.posts[name]         # 龙昆|北路, 贺龙|体育中心: a road's or a venue's name
        elif name[0] in _UNIT_CHARS and all(i and text[i - 1].isdigit() for i in _occurrences(text, name)):
            del found.posts[name]         # 1000元|现金: the unit of the number before it, not a surname
        elif len(name) == 2 and any(name + level in text for level in _TOWN_LEVELS):
            del found.posts[name]         # 南朗街道 … 南朗将…, 白蕉镇 … 白蕉海鲈: the town the text names in full
        elif all(i and text[i - 1] in _OPEN_QUOTES and text[i + len(name):i + len(name) + 1] in _CLOSE_QUOTES
                 for i in _occurrences(text, name)):
            del found.posts[name]         # 从树上摘下的‘徐香’: a variety, a brand or a nickname, quoted wherever named
        elif name[-1] in "河江渠溪湖" and all(_WATER_AFTER.match(text, i + len(name)) for i in _occurrences(text, name)):
            del found.posts[name]         # 徐洪河睢宁段: a river, by the stretch or the banks after it
    if found.learned:
        _prefer_learned(text, found)
    _addressed_in_text(g, text, found)    # 6b.
    _anonymised(g, text, found)           # 6c.
    for name, row in _learned_only(g, text, found):   # 6d.
        if not (judge(name, row) if judge else names.is_name(row)):
            del found.posts[name]
    if not found.posts and not found.addressed:
        return []
    # 7. every occurrence of every name, the longest name first where two overlap
    occ = []
    for name in found.posts:
        if name in found.addressed:
            continue      # a surname alone is a name only where a form of address follows it
        occ.extend((i, -len(name), name) for i in _occurrences(text, name))
    for name, starts in found.addressed.items():
        if any(len(full) > 1 and full.startswith(name) for full in found.posts):
            found.posts.pop(name, None)
            continue      # 薄春燕 … 薄书记: the person the text also names in full
        found.add(name)
        occ.extend((i, -1, name) for i in starts)
    occ.sort()
    spans: dict[str, list[list[int]]] = {}
    end = 0
    for i, neg, name in occ:
        if i >= end:
            spans.setdefault(name, []).append([i, i - neg])
            end = i - neg
    out = [{"name": name, "posts": _merge_posts(found.posts[name]), "spans": sp}
           for name, sp in spans.items()]
    out.sort(key=lambda p: p["spans"][0][0])
    return out


# Quotes around a word that names a thing, not a person, where it is always so printed.
_OPEN_QUOTES = "“‘「『\"'"
_CLOSE_QUOTES = "”’」』\"'"
# What follows a river's name (…河睢宁段, …江两岸, …河流域).
_WATER_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}段|流域|沿岸|两岸|沿线|干流|支流|河道|水系|入海口|堤防|大堤|水位|治理")
_HAN_NAME = re.compile(r"[\u3400-\u9fff·•・]+")
# The levels a town's or village's full name ends in; its short name is the rest.
_TOWN_LEVELS = ("镇", "乡", "街道", "村", "社区")
# Surnames that are also units printed after a figure (1000元现金, 3万余人, 50米外).
_UNIT_CHARS = frozenset("元万亿米")


# A list closed by 等 and a word for what it lists (天麻、钩藤、黄精等中药材, 星海湾、付家庄、金石滩等
# 海水浴场): its members are things, unless the word is one for people (张伟、李娜等同志).
_LIST_REST = re.compile(r"(?:[、][^、，。；：！？\s“”]{1,10})*等(?=[\u4e00-\u9fff])")
_PEOPLE_AFTER = re.compile(r"(?:[0-9一二三四五六七八九十两百]+(?:人|名|位)|人|同志|领导|专家|学者|代表|委员|干部|党员|同学"
                           r"|老师|教师|医生|村民|居民|群众|志愿者|负责|嘉宾|选手|运动员|演员|艺术家|作家|市领导|省领导"
                           r"|县领导|区领导|工作人员|先进|典型|模范|劳模|英雄|烈士|老人|家庭|队员|职工|员工|户)")


def _in_thing_list(text: str, s: int, e: int) -> bool:
    """Whether the name at [s, e) is a member of a list of things (…、X、Y等景区)."""
    if text[e:e + 1] != "、" and text[s - 1:s] != "、" and not (text[e:e + 1] == "等" and text[s - 1:s] == "、"):
        return False
    m = _LIST_REST.match(text, e)
    if m is None or _PEOPLE_AFTER.match(text, m.end()) is not None:
        return False
    after = _tag(text[m.end():m.end() + 6])
    # …孙卫东等结合工作实际…发言, 由王建国、李红梅等主持: after 等 the people act
    return bool(after) and not after[0][1].startswith(("v", "p", "c")) and not _verb_at(_grammar(), text, m.end())


def _occurrences(text: str, name: str) -> list[int]:
    """Where ``name`` starts in ``text``, every time (overlapping ones included)."""
    out, i = [], text.find(name)
    while i >= 0:
        out.append(i)
        i = text.find(name, i + 1)
    return out


# A railway or road named by the initials of the cities it joins (张吉怀高铁, 沪昆高速).
_ROUTE_AFTER = re.compile(r"高铁|铁路|高速|城际|动车|客专|快速路|线(?![索条上下])")


def _learned(g: _Grammar, text: str, tokens: Sequence[Token], found: _Found) -> None:
    """0. The tagger's people, less the readings it is known to get wrong in local news:

    * a surname and a title (张书记, 李老师, 王某): no one is named;
    * a name that eats the first character of the next word (李明|确表示: 明确 is a word)
      is cut back, unless a verb follows it (浦建明|说);
    * a name written with a dot that the tagger cut at the dot (艾尔肯·|买买提) is whole;
    * a name that starts inside a word (师|范南小区) or is an ordinary word (果农, 巡河);
    * a name with no surname of the list shorter than three characters, or ending
      inside a word: slogans and headlines (踔厉奋|发, 笑开颜) are where the tagger
      invents names (a foreign or minority name is long: 克林顿, 扎西顿珠);
    * a word the gazetteer knows as a place, or one that starts with a place (太谷秧歌);
    * a two-character dictionary word (夏粮, 紫薇) unless the context vouches for a name."""
    n = len(text)
    tokens = _surname_joined(g, text, _unglued(text, tokens))
    by_start = {t.start: t for t in tokens}
    found.word_ends.update(t.end for t in tokens)
    for t in tokens:
        if t.tag != "PER":
            continue
        s, e = t.start, t.end
        name = text[s:e]
        if not _HAN_NAME.fullmatch(name):
            continue  # AQI, a line break: a Chinese name is written in hanzi (and ·)
        if _in_campaign_title(text, s, e):
            continue  # “书香润城·百年回望”主题征文
        if _ROUTE_AFTER.match(text, e):
            continue  # 张吉怀高铁, 郑渝线: a line named by the cities it joins, no person
        if e - s >= 4 and text[e - 1] in "为任" and _plausible(g, text[s:e - 1]):
            e -= 1    # 孙丽华|为…局长 (华为 is a company's name): the decision's verb is no name's
            name = text[s:e]
        if e - s >= 5 and _surname_len(g, text, s) == 1 and _tag(text[e - 2:e]) == ((text[e - 2:e], "v"),) \
                and _plausible(g, text[s:e - 2]):
            e -= 2    # 魏振国|勉励: a surname, two given characters, then a verb of the dictionary
            name = text[s:e]
        if e - s in (3, 4) and _surname_len(g, text, s) == 1 and text[e - 1] in _GLUED_CONJ \
                and e < n and _verb_at(g, text, e) and _plausible(g, text[s:e - 1]):
            e -= 1    # 杨帆|则|告诉记者: a conjunction before a verb is no part of the name
            name = text[s:e]
        if e - s == 2 and e + 1 < n and text[e] in "和与" and by_start.get(e, _NO_TOKEN).tag == "c" \
                and by_start.get(e + 1, _NO_TOKEN).tag.startswith("v") and _verb_at(g, text, e + 1) \
                and _surname_len(g, text, s) == 1:
            e += 1    # 书记汪家|和|介绍: a conjunction joins no noun to a verb — 和 is the given name's
            name = text[s:e]
        whole = next(((k, el) for k in (s - 3, s - 2, s - 1, s) if k >= 0
                      and (el := _element_name_at(text, k)) >= e and (k == s or el > e or k < s)), None)
        if whole is not None and (whole[0] < s or whole[1] > e):
            # 旗长朝|鲁门, 牧民额尔敦|毕力格: the tagger cut a Mongolian or Tibetan name the
            # given-name elements read whole
            s, e = whole
            found.add(text[s:e])
            found.learned.add(text[s:e])
            found.learned_at[s] = e
            continue
        if any(c in name for c in "·•・") or e < n and text[e] in "·•・" or s > 0 and text[s - 1] in "·•・":
            dot = _whole_dot_name(text, s, e, by_start)
            if dot is not None:
                found.add(text[dot[0]:dot[1]])
                found.learned.add(text[dot[0]:dot[1]])
                found.learned_at[dot[0]] = dot[1]
            continue
        if _TITLE_BEFORE.search(text, max(0, s - 4), s) is not None and e - s <= 5 \
                and not (e < n and _crosses_word(text, e)) and name not in g.not_names \
                and not any(c in "·•・" for c in text[e:e + 4]) \
                and not any(by_start.get(k, _NO_TOKEN).tag == "PER" for k in (e, e + 1, e + 2)):
            found.add(name)   # 财长鲁宾, 总理詹祖里: the post printed before vouches for the name
            found.learned.add(name)
            found.learned_at[s] = e
            continue
        if s > 0 and _crosses_word(text, s):
            continue  # 师|范南
        if _dictionary_name(g, text, s, e):
            found.add(name)   # 金人庆, 俞平伯: the tagger and the name dictionary agree
            found.learned.add(name)
            found.learned_at[s] = e
            continue
        sl = _surname_len(g, text, s)
        if sl and e - s - sl > 2:
            sl = 0  # a surname char opening a longer name: a foreign name (马格坦戈尔)
        if sl and e - s > sl:
            given = text[s + sl:e]
            if given in _KIN or given[-1] in _KIN and e - s - sl == 1 or given in g.not_given:
                if sl == 1 and given in _FORMS_OF_ADDRESS:
                    _address(text, s, given, found)   # 李老师, 胡老, 王某: the surname is the person
                continue
            if e - s - sl == 2 and e < n and _IS_HAN(text[e]) and text[e] not in _TERM \
                    and not _verb_at(g, text, e):
                e = _trim_into_word(text, s + sl, e)
            if e - s - sl == 2 and _adverb_glued(g, text, e - 1):
                e -= 1      # 马俊|正带着工人…: the adverb before the verb is no given name's
            name = text[s:e]
            if not _plausible(g, name, strict=False) or _is_place(name) \
                    or _ordinary_word(name, 2 if _has_word(given) else e - s):   # 毛|主席, 军|乐队
                continue
        elif sl or _ordinary_word(name, 2 if e - s < 4 else e - s) or _place_prefix(name) or e < n and _crosses_word(text, e) \
                or e - s < 3 and not _tag(name)[0][1].startswith(_NR) and not _titled(text, s, e):
            continue  # 踔厉奋|发
        if name in g.not_names:
            continue
        if len(name) == 2 and _has_word(name) and not _vouched(g, text, s, e):
            continue  # 夏粮, 谷穗, 紫薇: a two-character word the tagger read as a name
        if _doubled_word(name):
            continue  # 乐融融, 喜洋洋: a word that doubles its end is a description, not a name
        found.add(name)
        found.learned.add(name)
        found.learned_at[s] = e


# Words the tagger glues to a name written by sound (克林顿|派代表, 明仁|天皇, 克林顿|政府,
# 总理|基里延科): the name is the rest.
_GLUED_AFTER = re.compile(r"(?:派|政府|新政府|当局|内阁|天皇|总统|首相|总理|夫人|先生|女士|教授|博士|一行|的故事)$")
_GLUED_BEFORE = re.compile(r"^(?:总统|总理|首相|外长|财长|议长|国王|女王|主席|大使|发言人|教练)")


# What follows a name that names a road, a venue or a sight after it (龙昆北路, 贺龙体育中心,
# 德天跨国瀑布): with no post anywhere, the "name" is that place's.
_FACILITY_AFTER = re.compile(r"(?:[东南西北中]?[路街巷](?:(?![\u4e00-\u9fff])|(?=[等和与及]))"
                             r"|[东南西北中]路|大道|大街|胡同|体育(?:中心|场|馆)|广场|纪念馆|故居|大桥|公园|瀑布|景区)")

_NO_TOKEN = Token(0, 0, "")
# Forms of address after a bare surname that make the surname a person's mention (李老师,
# 胡老, 陈小姐, 郑某, 刘家): People's Daily annotation marks the surname alone; the posts
# among them (汤局长, 江主席) are that person's post.
_FORMS_OF_ADDRESS = frozenset(["老师", "先生", "女士", "小姐", "太太", "夫人", "老", "某", "家",
                               "大爷", "大妈", "大娘", "大姐", "大哥", "大叔", "大伯", "大婶", "阿姨",
                               "师傅", "老汉", "老伯", "老太", "同志", "教授", "医生", "大夫", "老板",
                               "书记", "主任", "局长", "队长", "主席", "市长", "县长", "厂长", "校长",
                               "院长", "经理", "总"])
_ADDRESS_POSTS = frozenset(["书记", "主任", "局长", "队长", "主席", "市长", "县长", "厂长", "校长", "院长",
                            "经理", "教授", "医生"])


# A bare surname and a form of address in running text (的陈小姐, ，常副局长, 诚如周先生):
# the surname stands after a break or a function word, so it opens no longer word.
_FORM_RE = re.compile("(副)?(" + "|".join(sorted(_FORMS_OF_ADDRESS - {"老", "家", "总"}
                                                | {"外长", "部长", "省长", "镇长", "乡长", "村长", "处长",
                                                   "科长", "所长", "站长"}, key=len, reverse=True)) + ")")
# Surnames of the list that are, alone, far more often a word of their own (区长, 党委书记).
_NOT_ALONE = frozenset("区党司全原时那万国")


# Words of one character that stand before a person addressed so (当汤局长…, 对李老师说,
# 和王主任一起): a preposition, a conjunction or 当, never the end of a longer word here.
_BEFORE_ADDRESS = frozenset("当向对和与同跟给让请由被把")


def _addressed_in_text(g: _Grammar, text: str, found: _Found) -> None:
    for m in _FORM_RE.finditer(text, 1):
        i = m.start() - 1
        c = text[i]
        if c not in g.single or c in _TERM or c in _NOT_ALONE or i in found.addressed.get(c, ()):
            continue
        if i > 0 and _IS_HAN(text[i - 1]) and text[i - 1] not in _TERM and text[i - 1] not in _BEFORE_ADDRESS:
            continue
        if any(s <= i < e for s, e in found.learned_at.items()):
            continue      # inside a name the tagger gave (陈小明老师)
        _address(text, i, m.group(2), found)


# Local news keeps a private citizen's name back: a role, a surname and a plain form of
# address (居民王女士, 患者张老伯, 失主张先生, 环卫工人刘师傅, 犯罪嫌疑人刘某, 联系人：彭先生).
# No one is named there, nor where the item calls that citizen so again (张先生专程来到).
_PLAIN_FORM = re.compile("(?:先生|女士|小姐|阿姨|大爷|大妈|大娘|大姐|大哥|大叔|大伯|大婶|老伯|老汉|老太"
                         "|师傅|奶奶|爷爷|某某|某)")
_ROLE_BEFORE = re.compile(f"(?:[{_HAN}][民客者主户属友商人工员]|男子|女子|家长|学生|考生|司机|房东|老板)[：:]?[ \u3000]*$")   # (（市民 李先生）)


# A surname masked so whatever stands before it (被告人梁某某、何某某, 陈某、王某等人): 某某,
# or 某 closing the name before a mark or a particle.
_MASKED = re.compile(r"某某|某(?=$|[^\u4e00-\u9fff]|[等和与及在被因系将已曾])")


def _anonymised(g: _Grammar, text: str, found: _Found) -> None:
    """6c. Drop the surnames that stand for a citizen kept unnamed (see ``_PLAIN_FORM``)."""
    for surname in list(found.addressed):
        if any(_PLAIN_FORM.match(text, s + 1) and _ROLE_BEFORE.search(text, max(0, s - 6), s)
               or _MASKED.match(text, s + 1) for s in _occurrences(text, surname)):
            del found.addressed[surname]
            if not any(p for _, p in found.posts.get(surname, ())):
                found.posts.pop(surname, None)
    for name in [n for n in found.posts
                 if len(n) > 1 and n[-1] in g.single and not any(p for _, p in found.posts[n])]:
        if any(_PLAIN_FORM.match(text, e) and _ROLE_BEFORE.search(text, max(0, e - 7), e - 1)
               for e in (i + len(name) for i in _occurrences(text, name))):
            del found.posts[name]     # 居民郭|女士: the tagger glued the role to the surname


def _learned_only(g: _Grammar, text: str, found: _Found) -> list[tuple[str, list[float]]]:
    """The names only the tagger vouches for (no post, no grammar anchor, no form of
    address), each with its feature row for the fitted model of :mod:`.names`."""
    out = []
    n = len(text)
    for name in found.learned:
        if name not in found.posts or any(p for _, p in found.posts[name]) or name in found.addressed:
            continue
        starts = _occurrences(text, name)
        if not starts or any(i in found.anchors for i in starts):
            continue
        ends = [i + len(name) for i in starts]
        out.append((name, names.features(
            text, name, starts,
            fragment=any(name != other and name in other for other in found.posts),
            crosses_after=any(e < n and _crosses_word(text, e) and not _verb_split(text, e) for e in ends),
            vouched=any(_vouched(g, text, i, e, again=False) for i, e in zip(starts, ends)))))
    return out


# What follows a 某 that stands for an unnamed place or body, not a masked person (任某县副县长,
# 在某市, 某公司): a unit of the administrative map or an organisation's kind.
_MASKED_BODY = frozenset("省市县区州盟旗镇乡村街社组单公企厂校院局部所站队")


def _address(text: str, s: int, form: str, found: _Found) -> None:
    if form == "某" and text[s + 2:s + 3] in _MASKED_BODY and text[s + 2:s + 3]:
        return
    surname = text[s]
    found.addressed.setdefault(surname, set()).add(s)
    if form in _ADDRESS_POSTS:
        found.add(surname, [(s, form)])


# Forms of address after a surname, beyond the kin words, that the name dictionary files
# as names (陈小姐).
_ADDRESS = frozenset(["小姐", "太太", "夫人", "教授", "医生", "大夫", "老板"])


def _dictionary_name(g: _Grammar, text: str, s: int, e: int) -> bool:
    """Whether the segmenter's dictionary files the whole span [s, e) as one person's name
    (nr) with a surname of the list, and the text around it is cut there too: two readers
    trained apart agree, so the given name's characters (人, 日, 路) need no vetting."""
    name = text[s:e]
    sl = _surname_len(g, text, s)
    if not 3 <= len(name) <= 4 or name in g.not_names or not sl:
        return False
    given = name[sl:]
    if given in _KIN or given in g.not_given or given[-1] in "氏某" or given in _ADDRESS:
        return False  # 李老师, 陈小姐, 伏羲氏: a surname and how one addresses its bearer
    toks = _tag(name)
    return len(toks) == 1 and toks[0][1].startswith(_NR) \
        and not (e < len(text) and _crosses_word(text, e))


def _surname_joined(g: _Grammar, text: str, tokens: Sequence[Token]) -> list[Token]:
    """The tagger's words with a surname it cut off its given name joined back: a surname
    read as a person of its own before another person (向|春梅, 房|振宇), or a compound
    surname before a one- or two-character word (司徒|明珠)."""
    out: list[Token] = []
    for t in tokens:
        prev = out[-1] if out else None
        if prev is not None and prev.end == t.start and prev.tag == "PER" \
                and _surname_len(g, text, prev.start) == prev.end - prev.start \
                and (t.tag == "PER" or prev.end - prev.start == 2 and t.tag in ("n", "nr", "nz") and t.end - t.start <= 2) \
                and 2 <= t.end - t.start <= 2 + (t.tag == "PER"):
            out[-1] = Token(prev.start, t.end, "PER")
            continue
        out.append(t)
    return out


def _by_sound(name: str, chars: frozenset[str]) -> bool:
    """A name written by sound: three characters or more, all but one of them characters
    that transliterate (克林顿, 基里延科)."""
    return len(name) >= 3 and sum(c not in chars for c in name) <= 1 \
        and name not in lexicon.words("place_foreign") and not _is_place(name)   # 菲律宾|总统


# What one 作 (makes) in a meeting report: 作政府工作报告, 作讲话, 作说明.
_REPORT_AFTER = re.compile(r"(?:政府工作报告|工作报告|报告|重要讲话|讲话|发言|说明|动员|总结|部署|表态)")
# 作, then (a body's name and) the report or speech delivered: 作|县人民检察院工作报告.
_REPORT_LATER = re.compile(r"作[^，。；、\s]{0,14}?(?:报告|讲话|说明|发言)")


def _unglued(text: str, tokens: Sequence[Token]) -> list[Token]:
    """The tagger's words with a title or a government glued to a foreign name cut off:
    a person (PER) ending in one, or any word that is a title and then a name written
    by sound (总理基里延科: n), or such a name and its government (克林顿政府: ORG)."""
    chars = _translit()
    out = []
    for t in tokens:
        word = text[t.start:t.end]
        if t.tag in ("PER", "ORG") and (m := _GLUED_AFTER.search(word)) and m.start() >= 2 \
                and (t.tag == "PER" and len(word) - m.start() >= 2 or _by_sound(word[:m.start()], chars)):
            out.append(Token(t.start, t.start + m.start(), "PER"))
            out.append(Token(t.start + m.start(), t.end, "n"))
            continue
        at = word.find("作")
        if t.tag == "PER" and 2 <= at < len(word) - 1 and _REPORT_AFTER.match(text, t.end) \
                and _ORG_END.search(word[at + 1:]):
            out.append(Token(t.start, t.start + at, "PER"))     # 张国强作|县人民法院|工作报告: a
            out.append(Token(t.start + at, t.start + at + 1, "v"))   # name, the verb, the body
            out.append(Token(t.start + at + 1, t.end, "ORG"))        # whose report it is
            continue
        if t.tag == "PER" and len(word) >= 3 and word[-1] == "作" and _REPORT_AFTER.match(text, t.end):
            out.append(Token(t.start, t.end - 1, "PER"))    # 罗立新作|政府工作报告: the verb 作 is no
            out.append(Token(t.end - 1, t.end, "v"))         # part of the name
            continue
        if t.tag not in ("PER", "LOC", "ORG") and (m := _GLUED_BEFORE.match(word)) \
                and t.end - t.start - m.end() >= 2 and _by_sound(word[m.end():], chars):
            out.append(Token(t.start, t.start + m.end(), "n"))
            out.append(Token(t.start + m.end(), t.end, "PER"))
            continue
        out.append(t)
    return out


# jieba tags of ordinary words: a learned name that segmentation reads as one word so
# tagged is that word (果农 n, 巡河 v); its dictionary also holds real names, tagged
# nr/nz/ns/m (罗干, 江建国), which stay names.
_ORDINARY_TAGS = frozenset(["n", "v", "vn", "a", "ad", "an", "d", "i", "l", "f", "s", "t", "b", "z", "vd"])


def _ordinary_word(name: str, length: int = 2) -> bool:
    """A dictionary word of an ordinary part of speech. Segmentation's dictionary holds
    many whole names of three or more characters filed as nouns (邓小平, 周恩来: n):
    at that length a noun the tagger reads as a person is taken for a name."""
    toks = _tag(name)
    return len(toks) == 1 and toks[0][1] in _ORDINARY_TAGS and _has_word(name) \
        and (length < 3 or toks[0][1] != "n")


# A title printed right before or after a short name vouches for it as a person's (巴西总统
# 卢拉, 外长施密特, 舰队司令布朗, 卢拉总统, 琼斯先生): foreign names of two characters
# carry no surname of the list.
_TITLE_BEFORE = re.compile(r"(?:总统|总理|首相|外长|大臣|司令|主教练|教练|主席|国王|女王|王子|公主|部长|大使|秘书长|议员"
                           r"|议长|州长|总督|将军|上将|中将|少将|元帅|总裁|董事长|总经理|球员|选手|队长|夫人|丈夫|妻子"
                           r"|财长|发言人|军长|师长|总书记|参谋长|协调员|委员|指挥|主任|市长|省长|县长|书记)$")
_TITLE_AFTER = re.compile(r"(?:先生|女士|夫人|小姐|总统|总理|首相|外长|主席|国王|教授|博士|大使|议员|将军|元帅|校长|院长|同志)")


def _titled(text: str, s: int, e: int) -> bool:
    """A title before, or one after a name that does not continue a name written by sound
    (斯卡尔|法罗总统: the tagger cut a longer name)."""
    if _TITLE_BEFORE.search(text, max(0, s - 4), s) is not None:
        return True
    return _TITLE_AFTER.match(text, e) is not None and not (s and text[s - 1] in _translit())


@cache
def _translit() -> frozenset[str]:
    return frozenset("".join(lexicon.lines("translit_chars")))


# A quoted phrase that names a campaign, an event or a brand (“书香润城·百年回望”主题征文,
# “梅美英南”志愿服务活动): the words inside are a slogan, not people.
_CAMPAIGN_AFTER = re.compile("[”」](?:[^，。；、“”\n]{0,8}?)(?:活动|行动|工程|品牌|大赛|比赛|项目|征文|主题|志愿|"
                             "系列|专项|论坛|展览|展演|文化节|艺术节|晚会|讲堂|课堂)")


def _in_campaign_title(text: str, s: int, e: int) -> bool:
    """Whether [s, e) sits inside a quoted campaign or event title."""
    open_q = max(text.rfind("“", 0, s), text.rfind("「", 0, s))
    if open_q < 0 or s - open_q > 24:
        return False
    close = min((i for i in (text.find("”", e), text.find("」", e)) if i >= 0), default=-1)
    if close < 0 or close - e > 24 or "\n" in text[open_q:close]:
        return False
    return _CAMPAIGN_AFTER.match(text, close) is not None


def _vouched(g: _Grammar, text: str, s: int, e: int, again: bool = True) -> bool:
    """Whether the context of [s, e) speaks for a name: a speech or action verb or a title
    after it, a 、 joining it to another name, or (``again``) the same name printed again."""
    return (_verb_at(g, text, e) or g.after_re.match(text, e) is not None or _titled(text, s, e)
            or text[e:e + 1] == "、" or text[s - 1:s] == "、"
            or again and text.count(text[s:e]) >= 2)


def _place_prefix(name: str) -> bool:
    """Whether ``name`` opens with a place's name (太谷|秧歌, 长治|学院)."""
    return any(_is_place(name[:k]) for k in (2, 3) if k < len(name))


# Adverbs that open the verb phrase after a name (马秀兰正和…, 李强也说…).
_ADVERB_AFTER_NAME = frozenset("正在也就还都又将已曾便才却")


def _prefer_learned(text: str, found: _Found) -> None:
    """Where a name the grammar read overlaps a learned one with other edges (罗干|今天 read
    as 罗干今, 江宏伟 as 江宏), the learned reading wins and takes the grammar's posts;
    where the grammar's name starts where the learned one does and is shorter (李明 under
    李明确) the learned one was trimmed already (stage 0), so the learned reading wins
    there too (斯捷|帕申: the grammar's two given characters fit no foreign name)."""
    spans = []
    for name in sorted(found.learned, key=text.find):
        spans.extend((i, i + len(name), name) for i in _occurrences(text, name))
    for name in [nm for nm in found.posts if nm not in found.learned]:
        i = text.find(name)
        clash = None
        gs = ge = -1
        while i >= 0 and clash is None:
            e = i + len(name)
            clash = next((sp for sp in spans if sp[0] < e and i < sp[1] and (sp[0], sp[1]) != (i, e)), None)
            gs, ge = i, e
            i = text.find(name, i + 1)
        if clash is None:
            continue
        ls, le, lname = clash
        if ls == gs + 1 and le == ge and len(lname) == 2 and found.posts.get(name) is not None \
                and text[gs] in _grammar().single and (_grammar().role_re.fullmatch(text, max(0, gs - 2), gs)
                                                      or found.anchors.get(gs) == ge):
            # 胶农|王桂兰 where the tagger read 桂兰: the description before (胶农) is whole,
            # the surname belongs to the name the grammar read after it (not 回信|向|学昭) — and
            # so after a post that placed the name (局长|那振宇 where the tagger read 振宇)
            found.learned.discard(lname)
            found.posts[name].extend(found.posts.pop(lname, []))
            spans = [sp for sp in spans if sp[2] != lname]
            continue
        if ls == gs and le == ge + 1 and len(lname) == 4 and text[gs] in _grammar().single \
                and lname[3] in _ADVERB_AFTER_NAME:
            # 马秀兰|正和丈夫 where the tagger read 马秀兰正: a surname and three given characters
            # ending on an adverb of the verb after is the name and that adverb
            found.posts[name].extend(found.posts.pop(lname, []))
            found.learned.discard(lname)
            spans = [sp for sp in spans if sp[2] != lname]
            continue
        if ls == gs and ge > le and (ge in found.word_ends
                                     or ge == le + 1 and le - ls == 2 and not _has_word(text[le:le + 2])
                                     and not _has_word(text[le:le + 3])):
            # the grammar's longer name at the same start (农志刚 where the tagger read 刚
            # as an adverb; 罗志远|头球, 孙立新|讲了 where the tagger stopped at two characters
            # though the third opens no word with the next): the grammar placed its end by
            # the verb list and segmentation
            found.learned.discard(lname)
            found.posts[name].extend(found.posts.pop(lname, []))
            spans = [sp for sp in spans if sp[2] != lname]
            continue
        found.posts.setdefault(lname, []).extend(found.posts.pop(name))


# Function characters that transliterated names also spell (阿不都拉, 吐尔都): inside a
# dotted name's last part they end it only before a verb (…艾力都出席了).
_DOT_NAME_SPELLS = frozenset("都")


def _dot_name_ends(g: _Grammar, text: str, k: int) -> bool:
    """Whether a dotted name's last part ends at ``k``: a verb or a function character
    starts there (…吐尔逊|介绍, …买买提|在…)."""
    if text[k] in _DOT_NAME_SPELLS:
        return k + 1 >= len(text) or not _IS_HAN(text[k + 1]) or _verb_at(g, text, k + 1) or _follows(text, k + 1)
    return text[k] in _TERM or text[k] in _AFTER_DOT_NAME or _verb_at(g, text, k) \
        or text.startswith(_AFTER_NAME_ADVERBS, k)


# Adverbs a name runs into (…买买提|一边给核桃脱青皮，一边…): the name ends before them.
_AFTER_NAME_ADVERBS = ("一边", "一面", "正在", "已经", "早已", "仍然", "依然")
# Characters a transliterated name's last part runs into and never holds (…买买提家, …朝鲁正…).
_AFTER_DOT_NAME = frozenset("家正")


def _whole_dot_name(text: str, s: int, e: int, by_start: dict[int, Token]) -> tuple[int, int] | None:
    """The whole dotted name (买买提·依明, 阿不都外力·艾则孜) that starts with the tagger's
    span [s, e): the parts after each dot are the tagger's next words (it cuts at the dot).
    ``None`` for a span that is the part after a dot (its first part speaks for it)."""
    if s > 0 and text[s - 1] in "·•・":
        return None
    end = e
    while end + 1 < len(text) and text[end] in "·•・" and end + 1 in by_start:
        nxt = by_start[end + 1]
        if nxt.tag not in ("PER", "nr", "nz", "n", "LOC") or not _IS_HAN(text[nxt.start]):
            break
        end = nxt.end
    s = _dot_name_start(text, s, by_start)
    last = max(text.rfind(c, s, end) for c in "·•・")
    if last >= 0:   # the tagger's last part may run into the word after it (…买买提一边, …朝鲁正把, …阿不力孜交售, …买买提家)
        end = next((k for k in range(last + 3, end)
                    if text.startswith(_AFTER_NAME_ADVERBS, k) or text[k] in _AFTER_DOT_NAME), end)
    if end > e or text[end - 1] in "·•・" or end < len(text) and text[end] in "·•・":
        m = _DOT_NAME.match(text, s)
        if m and m.end() > end:  # the tagger cut the last part short (阿木|提)
            end = next((k for k in range(end, m.end()) if _dot_name_ends(_grammar(), text, k)), m.end())
        return s, end
    return (s, end) if any(c in text[s:end] for c in "·•・") else None


# How far back from a name the post before it is looked for (characters).
POST_BEFORE_CHARS = 16


def _post_ends_at(text: str, i: int) -> bool:
    """Whether a post ends at ``i`` (read in the few characters before it, not the whole text)."""
    lo = max(0, i - POST_BEFORE_CHARS)
    return any(p.e == i - lo for p in _posts(_grammar(), text[lo:i]))


def _dot_name_start(text: str, s: int, by_start: dict[int, Token]) -> int:
    """Where a dotted name starts whose first part the tagger cut short, leaving its first
    character a word of its own (书记买|买提·艾力, 专员热|合曼·阿不都拉): one hanzi read alone
    between a post and it belongs to the name (not 荷兰人|维姆·…, 叫|娜塔·…); a common noun the tagger
    read into it (果农吾斯曼·托合提) does not."""
    one = by_start.get(s - 1) if s > 0 else None
    if one is not None and one.end == s and _IS_HAN(text[s - 1]) and text[s - 1] not in _TERM \
            and text.find("·", s) - (s - 1) <= 6 and _post_ends_at(text, s - 1):
        return s - 1
    dot = min((k for k in (text.find(c, s) for c in "·•・") if k >= 0), default=-1)
    if dot - s >= 4:
        word, tag = _tag(text[s:dot])[0]
        if len(word) == 2 and tag.startswith("n") and not tag.startswith(_NR) and _has_word(word):
            return s + 2     # 果农|吾斯曼·托合提: who the person is, read into the name's first part
    return s


# Adverbs that stand between a subject and its verb (马俊正带着…, 王刚也表示…) and rarely end a
# given name; 正 does end names (张德正), so it counts only before 在 or a verb with 着.
_ADVERBS = frozenset("将也还又都就便已")
# What the tagger glues to a name before the verb (杨帆则告诉记者): those adverbs, and the
# conjunctions 则 and 却 (not 将 and 已, which end given names: 王将, 李已).
_GLUED_CONJ = (_ADVERBS - frozenset("将已")) | frozenset("则却")


def _adverb_glued(g: _Grammar, text: str, i: int) -> bool:
    """Whether ``text[i]`` is an adverb the tagger glued to the name before it: a verb
    follows it."""
    if i + 1 >= len(text):
        return False
    if text[i] == "正":
        return text[i + 1] == "在" or _verb_particle(text, i + 1)
    return text[i] in _ADVERBS and (_verb_at(g, text, i + 1) or _verb_particle(text, i + 1) or _follows(text, i + 1))


def _doubled_word(name: str) -> bool:
    """A dictionary word that doubles its last character (乐融融, 喜洋洋, 红彤彤)."""
    return len(name) == 3 and name[1] == name[2] and _has_word(name)


def _verb_split(text: str, e: int) -> bool:
    """李德胜|算了一笔账: segmentation reads the name's last character and the verb after it
    as a noun (胜算), but an aspect particle (了, 着, 过) follows — it follows a verb, so
    the name ends before the verb."""
    start = max(0, e - 1)
    toks = _tag(text[start:e + 3])
    if not toks or len(toks[0][0]) != 2:
        return False
    tag = toks[0][1]
    return tag in ("n", "vn", "nz") and text[start + 2:start + 3] in ("了", "着", "过")


def _trim_into_word(text: str, given: int, e: int) -> int:
    """Where a name [.., e) with two given characters should end when segmentation reads
    its last character as the start of an ordinary word running past it (李明|确表示)."""
    pos = given
    for w, t in _tag(text[given:min(len(text), e + 3)]):
        end = pos + len(w)
        if pos < e < end:
            if _verb_split(text, e):
                return e
            return pos if pos > given and len(w) > 1 and not t.startswith(_NR) and _has_word(w) else e
        if end >= e:
            break
        pos = end
    return e


def _after_posts(g: _Grammar, text: str, found: _Found) -> None:
    """1. A name right after a post takes the chain of posts before it."""
    n = len(text)
    posts = _posts(g, text)
    post_by_end = {p.e: p for p in posts}
    for p in posts:
        i = p.e
        if i + 1 < n and text[i] in " \u3000" and _IS_HAN(text[i + 1]):
            i += 1  # print may put a space between post and name
        label = _LABEL_SEP.match(text, i)
        if label:
            i = label.end()  # a notice's post as a label: 项目负责人：王五
        if i >= n or not _IS_HAN(text[i]):
            continue
        dot = _DOT_NAME.match(text, i)
        if dot:
            e = dot.end()
            last = max(text.rfind(c, i, e) for c in "·•・") + 1
            for k in range(last + 1, e):  # the last part ends before a verb: …吐尔逊|介绍
                if _dot_name_ends(g, text, k):
                    e = k
                    break
        else:
            el = _element_name_at(text, i)      # 村党支部书记格桑旺堆: a name of Tibetan elements
            e = el if el > 0 else _name_at(g, text, i)
            name = text[i:e] if e >= 0 else ""
            # a word after the rank, not a name: 县委书记强调, 局长信箱, 市长|江大桥
            if el < 0 and (e < 0 or _crosses_word(text, p.e) or _common_word(name)
                           or not _plausible(g, name, strict=False) or _function_start(g, text, i, e)):
                if text[i] in _NO_NAME_OPENS:
                    continue     # 委员|们先后来到: the plural's mark, no name, follows the post
                head = _list_head(g, text, i)
                said = _said_after(g, text, i) if i not in found.learned_at and text[i] not in "会委组办" else -1
                # (省委常委|会会议强调: the post's body goes on, 常委会)
                if head > 0:
                    e = head     # 副市长其木格、刘振宇、巴图: the first of a list of names the post heads
                elif said > 0:
                    e = said     # 局长宝力道|介绍: a name with no Han surname, its speech verb after it
                elif i not in found.learned_at:
                    continue
                else:
                    e = found.learned_at[i]  # the tagger read a name there (申|跃进, 庹明): take it
            if label and (e < n and _IS_HAN(text[e]) or not _plausible(g, name)):
                continue  # a label's value is the name alone, and must read as one
        name = text[i:e]
        chain = _chain(text, post_by_end, p) if p.valid else []  # 成员张三: no post
        found.add(name, chain)
        found.anchors[i] = e
        found.anchor_posts[i] = chain


# Characters of grammar no name opens with (委员|们…, 主任|的…, 书记|等…).
_NO_NAME_OPENS = frozenset("们的了等和与及在对把被也都就还又")


def _list_head(g: _Grammar, text: str, i: int) -> int:
    """Where the first item of a 、-list of names starting at ``i`` ends, when it is two to
    four hanzi (a name with no Han surname: 其木格, 巴图) and the item after it reads as a
    name; else -1."""
    j = text.find("、", i + 2, i + 5)
    if j < 0 or not all(_IS_HAN(c) for c in text[i:j]) or _common_word(text[i:j]):
        return -1
    e = _name_at(g, text, j + 1)
    return j if e > j + 1 and _plausible(g, text[j + 1:e]) else -1


def _after_descriptions(g: _Grammar, text: str, found: _Found) -> None:
    """2. A name after a description that is not a post (村民马有才, 种粮大户李宝山,
    市领导刘建国) or after a label and a colon (联系人：王五): ``posts: []``."""
    n = len(text)
    for rx in (g.role_re, g.role_head_re, g.label_re):
        role = rx is not g.label_re
        for m in rx.finditer(text):
            i = m.end()
            if role and i + 1 < n and text[i] in " \u3000" and _IS_HAN(text[i + 1]):
                i += 1  # print may put a space between description and name
            if i >= n or not _IS_HAN(text[i]):
                continue
            if rx is g.role_head_re and (m.start() == 0 or not _IS_HAN(text[m.start() - 1])):
                continue  # 户, 者 … head a description only after the words they head
            if role and (text[max(0, m.end() - 2):m.end()] in g.not_roles or _crosses_word(text, i)):
                continue  # 记者王五 is a byline credit, 或者 a conjunction
            e = _name_at(g, text, i)
            if e < 0:
                continue
            name = text[i:e]
            if not _plausible(g, name, strict=False) or _function_start(g, text, i, e) or _doubled_word(name):
                continue
            # a description is weaker evidence than a post: the name must not begin or
            # end inside an ordinary word (市民|游客, 老人|修剪头发, 幼儿|师范高|等)
            if role and (_common_word(text[i:i + 2]) or _crosses_word(text, e)):
                continue
            found.add(name)
            found.anchors[i] = e


def _before_titles(g: _Grammar, text: str, found: _Found) -> None:
    """3. A name right before a title (习近平总书记, 李四副县长; 同志 and 先生 confirm a
    name but are not posts)."""
    n = len(text)
    for m in g.after_re.finditer(text):
        s = m.start()
        best = None
        for ln in (3, 2, 4):
            if s - ln < 0 or not _plausible(g, text[s - ln:s]):
                continue
            seg = _seg_name(text, s - ln, s)
            if seg == 2 or (seg == 1 and best is None):
                best = ln
                if seg == 2:
                    break
        if best is None:
            # segmentation may split a name it does not know (魏国|强): a candidate with
            # word breaks at both ends will do
            cuts = _cuts(text, max(0, s - 7), min(n, m.end() + 2))
            for ln in (3, 2):
                nm = text[max(0, s - ln):s]
                if len(nm) == ln and s - ln in cuts and s in cuts and _plausible(g, nm, strict=False) \
                        and not _common_word(nm) and not _is_place(nm):
                    best = ln
                    break
        if best is not None:
            rank = m.group()
            found.add(text[s - best:s], [(s, rank)] if rank.lstrip("副常务") in g.ranks else ())


# In an entry of a notice of appointment (干部任前公示: 王海涛，男，1982年8月生，…，现任千灯镇党委
# 副书记、镇长，拟任千灯镇党委书记。), the posts held and the posts proposed are the entry's.
_APPOINTED_AS = re.compile(r"(?:现任|拟任|拟提名为|拟推荐为|拟提拔为|拟任命为|拟聘任为|拟聘为|拟推荐|拟提名)([^，,；;。（(]+)")


# A decision's clause of appointment or removal (任命王立新为县自然资源局副局长；
# 免去孙兆军的县…副局长职务; under a 任命： head, 陈立军为…局长；): the name, then the post.
# The verbs of a decision on posts (任命甲为…, 免去乙的…职务), each two characters.
_DECIDING = ("任命", "聘任", "提名", "聘请", "免去")
_NAMED_TO = re.compile(rf"(?:(?<={'|'.join(_DECIDING)})|(?:(?<=^)|(?<=\n)|(?<=[：:；;]))(?!{'|'.join(_DECIDING)}))"
                       rf"([{_HAN}]{{2,4}}?)(?:同志)?"
                       rf"(?:[为任]([^，,；;。（(\n]{{2,30}}?)(?:[（(][^）)]{{0,12}}[）)])?(?=[；;。，,\n]|$)"   # (刘五任…局长；)
                       rf"|的([^，,；;。（(\n]{{2,30}}?)职务)", re.M)


def _parts(posts: str, at: int, seps: str = "、兼") -> list[tuple[int, str]]:
    """The posts of a clause that names several (…委员、审判员, …局长兼…主任), each with
    its offset, ``at`` being the clause's."""
    out = []
    for part in re.split(f"[{seps}]", posts):
        part = part.strip()
        out.append((at, part))
        at += len(part) + 1
    return out


# A grade a notice proposes, not a post anyone holds (拟任市直单位正职, 正县级领导职务).
_GRADE = re.compile(r"(?:正职|副职|领导职务|职务|人选|职级)$")


# A profile card (人物名片, 人物档案, 嘉宾简介): the name, then who the person is — sex, people,
# year of birth — in comma-set fields (马玉凤，女，回族，1978年11月生，…).
_PROFILE_CARD = re.compile(rf"(?:^|(?<=[\n：:]))([{_HAN}·]{{2,6}})[，,](?:[男女][，,])?(?:[{_HAN}]{{1,4}}族[，,])?"
                           r"(?:19|20)\d{2}年(?:\d{1,2}月)?(?:出)?生[^\n]*")
# The posts a card says the person holds or held (2016年起任…, 兼任…, 曾任…、…).
_CARD_POST = re.compile(r"(?:曾任|现任|起任|兼任|并任|担任|历任)([^，,；;。（(\n]+)")


def _profile_cards(g: _Grammar, text: str, found: _Found) -> None:
    """4c. The person a profile card presents, with every post the card gives them."""
    for m in _PROFILE_CARD.finditer(text):
        name = m.group(1)
        if not _plausible(g, name, strict=False):
            continue
        posts = []
        for c in _CARD_POST.finditer(text, m.end(1), m.end()):
            for start, part in _parts(c.group(1), c.start(1), "、"):
                if any(q.e == len(part) and q.valid for q in _posts(g, part)):
                    posts.append((start, part))
        found.add(name, posts)
        found.anchors[m.start(1)] = m.end(1)


# The rest of an entry after its name and sex, to the end of its clause.
_ENTRY_REST = re.compile(r"[^。；;\n]*")


# A writer's affiliation (韩立新系内蒙古民族大学政法与历史学院讲师): a name of two to four
# hanzi, 系 (or 现为, 现任), then the body and the post up to the clause's end.
_AFFILIATED = re.compile(rf"(?:(?<=作者)|(?<=笔者)|(?<![{_HAN}]))([{_HAN}]{{2,4}})(?:系|现为|现任)([^，,。；;：:（）()、\s]{{2,40}})(?=[，,。；;）)、]|$)")
_AFFILIATION_OPEN = re.compile(r"[（(](?:作者|笔者)?$")


def _affiliations(g: _Grammar, text: str, found: _Found) -> None:
    """4c. A writer's name, 系, the body and the post (（韩立新系…学院讲师，周晓琳系…党校讲师）):
    the name holds the post the clause ends on. Read only where the clause opens a bracket
    or follows another such clause (the signature of a theory or opinion piece)."""
    for m in _AFFILIATED.finditer(text):
        before = text[max(0, m.start() - 3):m.start()]
        if not (_AFFILIATION_OPEN.search(before) or before.endswith(("，", ","))
                and _AFFILIATED.search(text, max(0, m.start() - 60), m.start())):
            continue
        name, rest = m.group(1), m.group(2)
        if not _plausible(g, name) or _common_word(name):
            continue
        ends = [p for p in _posts(g, rest) if p.e == len(rest) and p.valid]
        if ends:
            found.add(name, [(m.start(2) + ends[0].s, rest[ends[0].s:])])
            found.anchors[m.start(1)] = m.end(1)


def _appointments(g: _Grammar, text: str, found: _Found) -> None:
    """4b. The people of a notice of appointment, with the posts each holds and is proposed
    for, and of a list of honourees, each with the post the entry names."""
    for m in g.profile_re.finditer(text):     # the entry's name, sex first (张三，男，…)
        name = m.group(1)
        if not _plausible(g, name, strict=False):
            continue
        entry = _ENTRY_REST.match(text, m.end())
        posts = []
        field = re.match(r"\s*([^，,；;。、]+)", entry.group())
        if field and not _APPOINTED_AS.search(entry.group()):
            # 李春兰，女，淮川街道网格员；: a list of honourees names each one's post, if any
            ends = [p for p in _posts(g, field.group(1)) if p.e == len(field.group(1)) and p.valid]
            if ends:
                posts.append((entry.start() + field.start(1) + ends[0].s, field.group(1)[ends[0].s:]))
        for a in _APPOINTED_AS.finditer(entry.group()):
            posts.extend((at, part) for at, part in _parts(a.group(1), entry.start() + a.start(1))
                         if 2 <= len(part) <= 30 and not _GRADE.search(part))
        found.add(name, posts)
    _profile_cards(g, text, found)
    for m in _NAMED_TO.finditer(text):
        name, post = m.group(1), m.group(2) or m.group(3)
        if not (m.group(3) or text[max(0, m.start() - 2):m.start()] in _DECIDING
                or _IN_DECISION.search(text, 0, m.start())):
            continue      # …为…: a decision's clause only where the notice decides (任命, 经…研究决定)
        held = [(at, part) for at, part in _parts(post, m.start(2) if m.group(2) else m.start(3), "、")
                if any(q.e == len(part) and q.valid for q in _posts(g, part))]   # 审判委员会委员、审判员: two
        if held and _plausible(g, name) and not _common_word(name):
            found.add(name, held)
            found.anchors[m.start(1)] = m.end(1)
    entries = [m for m in _NAME_THEN_WHAT.finditer(text) if _plausible(g, m.group(1)) and not _common_word(m.group(1))]
    if len(entries) >= LISTED_ENTRIES_MIN:
        for m in entries:     # 胡志刚，县人民医院心内科主任；…: each entry names its person's post, if any
            what = m.group(2)
            ends = [q for q in _posts(g, what) if q.e == len(what) and q.valid]
            found.add(m.group(1), [(m.start(2), what)] if ends else [])
            found.anchors[m.start(1)] = m.end(1)


# An entry of a list that names people and then what each is (他们是：胡志刚，县人民医院
# 心内科主任；李春燕，社区网格员；…): a name, a comma, a description to the entry's end.
_NAME_THEN_WHAT = re.compile(rf"(?:(?<=[：:；;\n])|^)([{_HAN}]{{2,4}})[，,]([^，,；;。：:\n]{{2,30}})(?=[；;。\n]|$)")
LISTED_ENTRIES_MIN = 2


# What makes the lines after it a decision on posts (经县政府研究决定：, 任命：).
_IN_DECISION = re.compile(r"(?:研究决定|决定任命|决定|任命|聘任|批准任命)(?:[：:]|\n)")   # (一、任命 / 赵五为…)


def _by_clause(g: _Grammar, text: str, found: _Found) -> None:
    """4. A name that opens a clause with a verb (”宋婷婷说; 据李四介绍), stands before a
    caption's position mark (张三（左二）), is a headline's subject (张三：…) or ends a
    quote's attribution (”……经营者吴海燕说)."""
    cands = [m.span(1) for rx in (g.clause_re, g.clause_ju_re, g.line_name_re) for m in rx.finditer(text)]
    m0 = g.clause_start_re.match(text)
    if m0:
        cands.append(m0.span(1))
    for s, e in cands:
        if _plausible(g, text[s:e]) and not _function_start(g, text, s, e):
            found.add(text[s:e])       # (”由|居民说了算: a preposition before a noun opens no name)
    for m in g.profile_re.finditer(text):
        if _plausible(g, m.group(1), strict=False) and not _common_word(m.group(1)):
            found.add(m.group(1))
    # the position mark is strong evidence: the name need only start after a break or 图为
    for m in g.caption_re.finditer(text):
        e = m.start()
        for ln in (3, 2, 4):
            s = e - ln
            if s < 0 or not (s == 0 or not _IS_HAN(text[s - 1]) or text[s - 1] in "、为与和同"):
                continue
            if _plausible(g, text[s:e], strict=False) and not _common_word(text[s:e]):
                found.add(text[s:e])
                break
    # the attribution after a quote ends with the name and a speech verb
    for m in g.attrib_re.finditer(text):
        pre_s, pre_e = m.span("pre")
        if any(pre_e - ln in found.anchors for ln in (2, 3, 4)):
            continue  # a post or description has placed the name (主任|李琴说)
        for ln in (3, 2, 4):
            s = pre_e - ln
            if s < pre_s:
                continue
            name = text[s:pre_e]
            if ln == 2 and s > pre_s and _surname_len(g, text, s - 1) \
                    and _plausible(g, text[s - 1:pre_e], strict=False):
                break  # the three-char reading was there and was refused (…|吴海燕, not …吴|海燕)
            if _plausible(g, name, strict=False) and not _is_place(name) \
                    and not _function_start(g, text, s, pre_e) and not _common_word(text[s:s + 2]):
                found.add(name)
                break


def _element_name_at(text: str, i: int) -> int:
    """Where a name of one or two Tibetan or Mongolian given-name elements starting at ``i``
    ends (格桑|旺堆, 卓玛, 额尔敦|毕力格, 朝鲁门), or a Yi name (a Yi family name and two
    given characters: 沙马|伍且), when nothing of a name runs on after it; else -1."""
    elements = lexicon.words("name_elements")
    g = _grammar()
    if text[i:i + 2] in g.yi and i + 4 <= len(text) and all(_IS_HAN(c) for c in text[i + 2:i + 4]) \
            and text[i + 2] not in g.not_given and not _verb_at(g, text, i + 3):   # (伍且: 且 ends Yi names)
        e = i + 4
    else:
        e = _element_end(text, i, elements)
        if e < 0:
            return -1
        e = max(e, _element_end(text, e, elements))
    return e if e >= len(text) or not _IS_HAN(text[e]) or text[e] in _TERM or _verb_at(g, text, e) \
        or _follows(text, e) else -1


def _element_end(text: str, i: int, elements: frozenset[str]) -> int:
    """The end of the longest given-name element at ``i`` (额尔德木图, 毕力格, 旺堆), or -1."""
    return next((i + n for n in (5, 4, 3, 2) if text[i:i + n] in elements), -1)


def _listed_name(name: str) -> bool:
    """A member of a list under a shared post that has no Han surname (央金, 洛桑多吉): two to
    four hanzi, no place."""
    return 2 <= len(name) <= 4 and all(_IS_HAN(c) for c in name) and not _is_place(name)


def _list(g: _Grammar, text: str, m: re.Match, known: set[str], found: _Found) -> None:
    """6. Names in a 、-list. The middle items are whole; the first may follow a post or a
    description, the last may run into the verb after it. A list is of names when an item
    is a name found already or follows a post or description (市领导刘建国、孙卫东), or
    when it has three or more items that can all be names and most read as names (a list
    of places or goods fails: 江苏、山东、河南; 连翘、丹参、柴胡)."""
    parts = m.group().split("、")
    pos = m.start()
    # a chain of posts may open the run (地委委员、行署副专员王大明、张晓峰): the list starts
    # at the name the chain anchors, and the whole chain is every member's
    start = pos
    for k, part in enumerate(parts[:-1]):
        chain = found.anchor_posts.get(next((a for a, b in found.anchors.items()
                                             if start <= a < start + len(part) and b == start + len(part)), -1))
        if chain and k and len(chain) > k:
            parts, pos = parts[k:], start
            break
        start += len(part) + 1
    items: list[tuple[int, int]] = []
    anchored = False
    for k, part in enumerate(parts):
        s, e = pos, pos + len(part)
        pos = e + 1
        if k == 0:
            hit = next((a for a, b in found.anchors.items()
                        if b == e and (s <= a or s and text[s - 1] in "·•・")), None)  # …·吐尔逊、
            if hit is not None:
                items.append((hit, e))
                anchored = True
            elif len(part) <= 4:
                items.append((s, e))
            else:
                ln = next((ln for ln in (3, 2) if text[e - ln:e] in known), 0)
                items.append((e - ln, e) if ln else (-1, -1))
        elif any(s < a < e for a in found.anchors):
            items.append((-1, -1))   # …、某市市长甲某: a member under a post of its own
        elif k == len(parts) - 1 and len(part) > 2:
            el = _element_name_at(text, s)      # …、海来阿呷出席: a Yi or Tibetan name, whole
            end = el if el > 0 else _name_at(g, text, s)
            ok = 0 <= end <= e and not _crosses_word(text, end)
            if not ok:
                # a name with no Han surname, its verb after it (…、洛桑多吉出席会议)
                end = next((x for x in range(s + 2, min(e, s + 4) + 1) if x < len(text)
                            and (text[x] in _TERM or _verb_at(g, text, x))), -1)
                ok = end > 0 and all(_IS_HAN(c) for c in text[s:end])
            items.append((s, end) if ok else (-1, -1))
        else:
            items.append((s, e))
    names = [text[s:e] if s >= 0 else "" for s, e in items]
    if items[-1][0] >= 0 and g.list_tail_re.match(text, items[-1][1]):
        anchored = True  # 刘建国、孙卫东等市领导
    # a post printed before the list is every member's (县委常委李春旺、王炜、盛慧琴); a
    # member with a post of its own keeps its own (县委书记甲、县长乙)
    shared = found.anchor_posts.get(items[0][0], []) if anchored and items[0][0] >= 0 else []
    if anchored or any(nm in known for nm in names if nm):
        for (s, _), nm in zip(items, names):
            if not nm or s in found.anchors and s != items[0][0]:
                continue
            if nm not in known and (_plausible(g, nm, strict=False) or shared and _listed_name(nm)) \
                    and (not _common_word(nm) or shared and _plausible(g, nm, strict=False)):
                # (under a shared post any member of 2–4 hanzi: 央金, 洛桑多吉; and a name that is
                # a word too: 副旗长孙浩、乌兰)
                found.add(nm, shared)
            elif nm in known and shared and s != items[0][0]:
                found.add(nm, shared)
    elif len(names) >= 3 and all(nm and _plausible(g, nm, strict=False) and not _common_word(nm)
                                 and not _is_place(nm) for nm in names) \
            and 2 * sum(_plausible(g, nm) for nm in names) > len(names):
        for nm in names:
            found.add(nm)
