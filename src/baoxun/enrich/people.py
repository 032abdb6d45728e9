"""People and their posts (人名与职务).

:func:`find_people` returns one entry per person named in a text::

    {"name": "崔元斌", "posts": ["市委常委", "常务副市长"], "spans": [[12, 15], [80, 83]]}

A Chinese name is a surname (``data/surnames.txt``) and one or two given characters, but
so are thousands of ordinary words (王牌, 高新, 长子), so a name is only taken where the
newspaper's conventions vouch for it:

* a post chain printed before it (市委常委、常务副市长崔元斌; 党组书记、管委会主任李哲),
  the grammar of posts being data (``data/posts.txt``: levels, bodies, modifiers, ranks);
* a description before it that is not a post (村民马有才, 市领导周计伟 → ``posts: []``)
  or a label and a colon (联系人：王五);
* a title after it (习近平总书记, 张三同志);
* a speech or action verb after it at the start of a clause (”宋婷婷说; 据李四介绍);
* a list (、) whose items are all names, anchored by one of the above or long enough;
* the short list of people papers name without context (``[famous]``).

Every later occurrence of a name so found is a mention too (崔元斌逐一点评). Word
segmentation (rjieba) only arbitrates: where a name ends (杨海权 vs 杨海; 冯瑞|微笑),
and whether a candidate is an ordinary word (信箱, 全市) or cuts across one (市长|江大桥).
"""
from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from .. import lexicon

try:  # word segmentation is a help, not a requirement
    import rjieba as _jieba
except ImportError:  # pragma: no cover - rjieba is a declared dependency
    _jieba = None

__all__ = ["find_people"]

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_IS_HAN = re.compile(f"[{_HAN}]").match
_HANS = re.compile(f"[{_HAN}]+")

# Chars that end a name when they follow it (李哲在…, 原玲对记者说, 李卫平等): prepositions,
# conjunctions, adverbs and particles a given name practically never ends with.
_TERM = frozenset("在对就以和与说等为向到把将是也还被让给跟又都已曾便即并及于从率称着了的")
# Given "names" that are kinship or courtesy words, not names (沈阿姨, 王师傅, 张老师).
_KIN = frozenset("""阿姨 大爷 大妈 大姐 大哥 大叔 大伯 大娘 大婶 师傅 老师 先生 女士 奶奶 爷爷
婆婆 阿婆 阿公 老汉 老伯 老太 同学 同志 书记 主任 局长 队长 总 某某 家人 氏 姐 哥 叔 婶 伯 嫂
妈 爸 爷 奶 姨 工 老 某 家 们""".split())
# Verb-like jieba tags: a word with one of these after a name is what the name does.
_FOLLOW_TAGS = ("v", "p", "d", "c", "u", "r", "ad", "f")
_NR_TAGS = ("nr",)


# --- data ---------------------------------------------------------------------------------------

@cache
def _data() -> dict[str, tuple[str, ...]]:
    """The sections of ``data/posts.txt``."""
    out: dict[str, list[str]] = {}
    cur: list[str] = out.setdefault("", [])
    for line in lexicon.lines("posts"):
        line = line.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            cur = out.setdefault(line[1:-1], [])
        elif line:
            cur.extend(line.split())
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def _trie_alt(words) -> str:
    """A regex alternation of ``words`` as a character trie: fast to match, and the
    longest word wins at any position (书记员 before 书记)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and len(alts[0]) <= 2 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


class _Grammar:
    """The compiled data (built once)."""

    def __init__(self) -> None:
        d = _data()
        self.surnames = lexicon.words("surnames")
        self.compound = frozenset(s for s in self.surnames if len(s) == 2)
        self.single = frozenset(s for s in self.surnames if len(s) == 1)
        self.levels = frozenset(d["levels"])
        self.need_prefix = frozenset(d["ranks_need_prefix"])
        self.ranks = frozenset(d["ranks"])
        self.roles = frozenset(d["roles"])
        self.verbs = d["verbs"]
        self.not_given = frozenset("".join(d["not_given"]))
        self.not_names = frozenset(d["not_names"])
        self.famous = frozenset(d["famous"])
        lv, bd, md = (_trie_alt(d[k]) for k in ("levels", "bodies", "modifiers"))
        rk = _trie_alt(d["ranks"])
        # a post: [level] [body …] [modifier …] rank [助理] (市人大常委会副主任, 县长助理)
        self.post_re = re.compile(f"(?P<lv>{lv})?(?:{bd})*(?:{md})*(?P<rk>{rk})(?:助理)?")
        # titles after a name (习近平总书记, 张三同志)
        self.after_re = re.compile(_trie_alt(d["ranks_after"]))
        # descriptions that are not posts (村民, 市领导), and labels with a colon (联系人：)
        # … and descriptions by their head (种粮大户, 财务人员, 经营者, 牧民), bylines aside
        self.role_re = re.compile(f"{_trie_alt(d['roles'])}|(?<=[{_HAN}])(?:人员|大户|户|者)")
        self.not_roles = frozenset(d["not_roles"])
        # a quote's attribution: ”……[description]NAME说 (the name ends the clause)
        self.attrib_re = re.compile(f"[”」][，,]?(?P<pre>[^“”「」。！？!?，,；;：:\n]{{2,30}}?)"
                                    f"(?={_trie_alt(d['speech'])}(?:[^{_HAN}]|$))")
        self.label_re = re.compile(f"(?:{_trie_alt(d['labels'])})[ \u3000]*[:：][ \u3000]*")
        self.verb_re = re.compile(_trie_alt(d["verbs"]))
        # a clause-initial name candidate before a verb: after a non-Han char or 据
        self.clause_re = re.compile(f"(?:(?<![{_HAN}])|(?<=据))([{_HAN}]{{2,4}}?)(?={_trie_alt(d['verbs'])})")
        # a caption's position mark after a name: 张三（左二）
        self.caption_re = re.compile(f"(?<![{_HAN}])([{_HAN}]{{2,4}}?)(?=[（(][左右中前后][一二三四五六七八九十0-9]*[)）])")
        self.list_re = re.compile(f"[{_HAN}]+(?:、[{_HAN}]+)+")
        self.famous_re = re.compile(_trie_alt(d["famous"])) if d["famous"] else None


@cache
def _grammar() -> _Grammar:
    return _Grammar()


# --- word segmentation helpers ------------------------------------------------------------------

@lru_cache(maxsize=65536)
def _tag(s: str) -> tuple[tuple[str, str], ...]:
    if _jieba is None:
        return ((s, "x"),)
    return tuple(_jieba.tag(s))


def _has_word(s: str) -> bool:
    return _jieba is not None and _jieba.has_word(s)


def _common_word(s: str) -> bool:
    """A dictionary word that segmentation does not take for a name (信箱, 全市, 海关)."""
    toks = _tag(s)
    return len(toks) == 1 and not toks[0][1].startswith(_NR_TAGS) and _has_word(s)


def _cuts(text: str, lo: int, hi: int) -> set[int]:
    """Token boundaries (absolute offsets) of a segmentation of text[lo:hi]."""
    out = {lo, hi}
    pos = lo
    for w, _ in _tag(text[lo:hi]):
        pos += len(w)
        out.add(pos)
    return out


def _crosses_word(text: str, pos: int) -> bool:
    """Whether segmentation puts ``pos`` inside an ordinary word (南京市长|江大桥: 长江大桥),
    i.e. what looks like a post followed by a name is something else."""
    lo, hi = max(0, pos - 5), min(len(text), pos + 5)
    start = lo
    for w, t in _tag(text[lo:hi]):
        end = start + len(w)
        if start < pos < end:
            return not t.startswith(_NR_TAGS) and len(w) > 1 and _has_word(w)
        if end >= pos:
            break
        start = end
    return False


# --- names --------------------------------------------------------------------------------------

def _surname_len(g: _Grammar, text: str, i: int) -> int:
    if text[i:i + 2] in g.compound:
        return 2
    if text[i:i + 1] in g.single:
        return 1
    return 0


def _given_ok(g: _Grammar, given: str) -> bool:
    return (given not in _KIN and given[-1] not in _KIN
            and all(_IS_HAN(c) and c not in g.not_given for c in given))


def _plausible(g: _Grammar, name: str, strict: bool = True) -> bool:
    """Whether ``name`` can be a person's name: surname + one or two given characters that
    are not function words; with ``strict`` (no post or description vouches for it) also
    not an ordinary word, a place name or a listed look-alike (王牌, 长子, 江苏)."""
    n = len(name)
    if n < 2 or n > 4:
        return False
    sl = 2 if name[:2] in g.compound and n >= 3 else (1 if name[0] in g.single else 0)
    if not sl or not 1 <= n - sl <= 2 or not _given_ok(g, name[sl:]):
        return False
    if name in g.not_names:
        return False
    if _common_word(name):
        return False
    if strict:
        if _is_place(name):
            return False
        toks = _tag(name)
        # segmentation must see a name, or a surname followed by its given name (杨|海权)
        if not (toks[0][1].startswith(_NR_TAGS) and len(toks[0][0]) >= 2) and len(toks[0][0]) != sl:
            return False
    return True


@lru_cache(maxsize=8192)
def _is_place(name: str) -> bool:
    try:
        from .. import gazetteer
        return bool(gazetteer.lookup(name))
    except Exception:  # the gazetteer is a help here, not a requirement
        return False


# jieba tags of a surname char standing alone as a function word (和 c, 于 p, 常 d)
_FUNC_TAGS = ("c", "p", "d", "r", "u")


def _function_start(g: _Grammar, text: str, i: int, e: int) -> bool:
    """Whether the surname char at ``i`` is read as a function word that begins the
    clause instead: 常|来|指导 (adverb + verb), 和|游客 (conjunction + noun)."""
    sl = _surname_len(g, text, i)
    if sl != 1:
        return False
    toks = _tag(text[i:e + 2])
    if len(toks) < 2 or len(toks[0][0]) != 1:
        return False
    t0 = toks[0][1]
    w, t = toks[1]
    if t0.startswith(_FUNC_TAGS) and t.startswith(_FOLLOW_TAGS):
        return True  # 常|来|指导
    # 和|游客, 包|山头: a conjunction, preposition or verb before an ordinary word
    return t0[:1] in ("c", "p", "v") and len(w) >= 2 and not t.startswith(_NR_TAGS) and _has_word(w)


def _verb_at(g: _Grammar, text: str, i: int) -> bool:
    """Whether one of the listed speech/action verbs starts at ``i``."""
    return g.verb_re.match(text, i) is not None


def _follows(text: str, i: int) -> bool:
    """Whether a verb-like word (by segmentation) starts at ``i``: 微笑, 满意, 逐一."""
    w = text[i:i + 2]
    if len(w) < 2 or not _has_word(w):
        return False
    return _tag(w)[0][1].startswith(_FOLLOW_TAGS)


def _name_at(g: _Grammar, text: str, i: int) -> int:
    """End of the name that starts at ``i`` (where the context says a name starts), or -1.

    Decides between one and two given characters: a function char or a listed verb after
    the second char ends the name there (李哲|在, 韦韬|来到, 刘慧慧|以); a listed verb after
    the third makes it three (袁海滨|告诉记者); else segmentation arbitrates."""
    n = len(text)
    sl = _surname_len(g, text, i)
    if not sl:
        return -1
    a = i + sl  # first given char
    if a >= n or not _IS_HAN(text[a]) or text[a] in g.not_given:
        return -1
    b = a + 1  # possible second given char
    short = a + 1
    if b >= n or not _IS_HAN(text[b]) or text[b] in _TERM or text[b] in g.not_given:
        return short if _given_ok(g, text[a:short]) else -1
    long_ = b + 1
    v_short, v_long = _verb_at(g, text, b), _verb_at(g, text, long_)
    if v_long and not v_short:
        return long_
    if v_short and not v_long:
        return short
    f_short, f_long = _follows(text, b), _follows(text, long_)
    if f_short and not f_long:
        return short
    if long_ >= n or not _IS_HAN(text[long_]) or text[long_] in _TERM:
        return long_
    if f_long and not f_short:
        return long_
    # segmentation of the name and what follows decides (杨|海权, 宋婷婷)
    toks = _tag(text[i:i + sl + 4])
    first = toks[0][0]
    if len(first) == sl + 1 and toks[0][1].startswith(_NR_TAGS):
        return short
    return long_


# --- the finder ---------------------------------------------------------------------------------

class _People:
    """Collects people: name → posts (with positions) and whether seen."""

    def __init__(self) -> None:
        self.posts: dict[str, list[tuple[int, str]]] = {}

    def add(self, name: str, posts: list[tuple[int, str]] = ()) -> None:
        self.posts.setdefault(name, []).extend(posts)


def _post_start(g: _Grammar, text: str, m: re.Match) -> int:
    """Where the post of a post-regex match starts: a one-char level (or 街道/社区) that
    ends a place name before it is the place's, not the post's (漓渚镇|党委副书记)."""
    s = m.start()
    lv = m.group("lv")
    if lv and (len(lv) == 1 or lv in ("街道", "社区")) and s > 0 and _IS_HAN(text[s - 1]):
        s += len(lv)
    return s


def _post_at(g: _Grammar, text: str, m: re.Match) -> str:
    return text[_post_start(g, text, m):m.end()]


def _valid_post(g: _Grammar, m: re.Match) -> bool:
    """A rank that is a post only with a prefix (成员, 演员) has one (党组成员, 国家一级演员)."""
    return not (m.group("rk") in g.need_prefix and m.start("rk") == m.start())


_CHAIN_DELIMS = "、，,兼"
_ORG_END = re.compile(f"(?:[{_HAN}]*(?:公司|集团|局|委|办|中心|院|校|园|所|站|队|部|处|科|村|镇|乡|街道|社区|区|县|市|省|州|旗|会|社|行|厂|馆|团|组|室|台|报|网|厅|场|店|协会|合作社|大学|学院|医院|银行)|[^{_HAN}]*[)）])$")


def _chain(g: _Grammar, text: str, post_by_end: dict[int, re.Match], m: re.Match) -> list[tuple[int, str]]:
    """The chain of posts printed before a name, ``m`` being the one right before it
    (市委常委、副市长，晋中国家农高区（…）党组书记、管委会主任李哲 → four posts)."""
    out = [(m.start(), _post_at(g, text, m))]
    seen = {m.start()}
    cur = m
    while True:
        s = _post_start(g, text, cur)
        # a named body may stand before a post in a chain (全国人大代表、某某公司总工程师)
        j = s
        while j > 0 and text[j - 1] not in _CHAIN_DELIMS and text[j - 1] not in "。；;！？!?：:\n" and s - j < 40:
            j -= 1
        prefix = text[j:s]
        if j == 0 or text[j - 1] not in _CHAIN_DELIMS:
            break
        if prefix and not (_ORG_END.search(prefix) and not any(k in post_by_end for k in range(j + 1, s + 1))):
            break
        prev = post_by_end.get(j - 1)
        if prev is None or prev.start() in seen or not _valid_post(g, prev):
            break
        out.append((prev.start(), _post_at(g, text, prev)))
        seen.add(prev.start())
        cur = prev
    out.reverse()
    return out


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


def find_people(text: str) -> list[dict[str, Any]]:
    """The people named in ``text``, each with the posts printed with the name anywhere in
    the text and the spans of every occurrence of the name (``text[s:e] == name``)."""
    if not text:
        return []
    g = _grammar()
    people = _People()
    n = len(text)

    # 1. post chains before a name (市委常委、常务副市长崔元斌)
    post_ms = [m for m in g.post_re.finditer(text)]
    post_by_end = {m.end(): m for m in post_ms}
    anchors: dict[int, int] = {}  # name start → end, for lists anchored on it
    for m in post_ms:
        i = m.end()
        if i < n and text[i] in " \u3000" and i + 1 < n and _IS_HAN(text[i + 1]):
            i += 1  # one space may stand between post and name in print
        if i >= n or not _IS_HAN(text[i]):
            continue
        e = _name_at(g, text, i)
        if e < 0:
            continue
        name = text[i:e]
        if _crosses_word(text, m.end()) or _common_word(name) or name in g.not_names:
            continue
        if not _plausible(g, name, strict=False) or _function_start(g, text, i, e):
            continue
        if _valid_post(g, m):
            people.add(name, _chain(g, text, post_by_end, m))
        else:
            people.add(name)  # 成员张三: a description, not a post
        anchors[i] = e

    # 2. descriptions that are not posts (村民马有才, 市领导周计伟) and labels (联系人：王五)
    for rx in (g.role_re, g.label_re):
        for m in rx.finditer(text):
            i = m.end()
            if i >= n or not _IS_HAN(text[i]) or (rx is g.role_re and _crosses_word(text, i)):
                continue
            if rx is g.role_re and text[max(0, i - 2):i] in g.not_roles:
                continue  # 记者王五 is a byline credit, 或者 a conjunction
            e = _name_at(g, text, i)
            if e < 0:
                continue
            name = text[i:e]
            if not _plausible(g, name, strict=False) or _function_start(g, text, i, e):
                continue
            # after a description, the surname must not begin an ordinary word (市民游客,
            # 老人修剪头发, 群众关于…): a description is weaker evidence than a post
            if rx is g.role_re and (_common_word(text[i:i + 2]) or _crosses_word(text, e)):
                continue
            people.add(name)
            anchors[i] = e

    # 3. a title after the name (习近平总书记, 李四副县长, 张三同志)
    for m in g.after_re.finditer(text):
        s = m.start()
        for ln in (3, 2, 4):
            if s - ln < 0:
                continue
            name = text[s - ln:s]
            if not _plausible(g, name):
                continue
            lo = max(0, s - ln - 4)
            cuts = _cuts(text, lo, min(n, m.end() + 2))
            if (s - ln) in cuts and s in cuts:
                rank = m.group()
                posts = [(s, rank)] if rank in g.ranks or rank.lstrip("副常务") in g.ranks else []
                people.add(name, posts)
                break

    # 4. a clause-initial name before a speech or action verb (”宋婷婷说；据李四介绍)
    for rx in (g.clause_re, g.caption_re):
        for m in rx.finditer(text):
            name = m.group(1)
            if _plausible(g, name):
                people.add(name)

    # 4b. a quote's attribution: ”……财务人员苏丽娟说。 (the clause ends name + speech verb)
    for m in g.attrib_re.finditer(text):
        pre_s, pre_e = m.span("pre")
        if any(pre_e - ln in anchors for ln in (2, 3, 4)):
            continue  # a post or description before the name has placed it (主任|李琴说)
        for ln in (3, 2, 4):
            s = pre_e - ln
            if s < pre_s:
                continue
            name = text[s:pre_e]
            if s > pre_s and _surname_len(g, text, s - 1) and _IS_HAN(text[s - 1]) and ln == 2 \
                    and _plausible(g, text[s - 1:pre_e], strict=False):
                continue  # a three-char reading exists (…吴|海燕 vs …|吴海燕)
            if _plausible(g, name, strict=False) and not _is_place(name) \
                    and not _function_start(g, text, s, pre_e) and not _common_word(text[s:s + 2]):
                people.add(name)
                break

    # 5. people named without context
    if g.famous_re is not None:
        for m in g.famous_re.finditer(text):
            s, e = m.span()
            if s in _cuts(text, max(0, s - 4), min(n, e + 4)) and e in _cuts(text, max(0, s - 4), min(n, e + 4)):
                people.add(m.group())

    # 6. lists of names (李卫平、张麒、杨海权…等; 市领导周计伟、裴耀军)
    known = set(people.posts)
    for m in g.list_re.finditer(text):
        _list(g, text, m, known, anchors, people)

    if not people.posts:
        return []
    # 7. every occurrence of every name found (崔元斌逐一点评), longest name first
    names = sorted(people.posts, key=lambda x: (-len(x), x))
    occ = re.compile("|".join(map(re.escape, names)))
    spans: dict[str, list[list[int]]] = {}
    for m in occ.finditer(text):
        spans.setdefault(m.group(), []).append([m.start(), m.end()])
    out = []
    for name, sp in spans.items():
        out.append({"name": name, "posts": _merge_posts(people.posts[name]), "spans": sp})
    out.sort(key=lambda p: p["spans"][0][0])
    return out


def _list(g: _Grammar, text: str, m: re.Match, known: set[str], anchors: dict[int, int],
          people: _People) -> None:
    """Names in a 、-list: the middle items are whole; the first may follow a post or a
    description, the last may run into the verb after it. A list counts as names when an
    item is a name already found, the list follows a post or description, or it has at
    least three items that are all plausible names (a list of people is printed whole)."""
    parts = m.group().split("、")
    pos = m.start()
    items: list[tuple[int, int]] = []
    anchored = False
    for k, part in enumerate(parts):
        s, e = pos, pos + len(part)
        pos = e + 1
        if k == 0:
            # the first item ends the chunk: a name after a post/description, or the chunk
            hit = next((a for a in anchors if s <= a < e and anchors[a] == e), None)
            if hit is not None:
                items.append((hit, e))
                anchored = True
                continue
            if len(part) > 4:
                ok = False
                for ln in (3, 2):
                    cand = text[e - ln:e]
                    if cand in known:
                        items.append((e - ln, e))
                        ok = True
                        break
                if not ok:
                    items.append((-1, -1))
                continue
            items.append((s, e))
        elif k == len(parts) - 1 and len(part) > 2:
            end = _name_at(g, text, s)
            if end < 0 or end > e:
                items.append((-1, -1))
            else:
                items.append((s, end))
        else:
            items.append((s, e))
    names = [text[s:e] if s >= 0 else "" for s, e in items]
    if any(nm in known for nm in names if nm):
        anchored = True
    if anchored:
        for nm in names:
            if nm and nm not in known and _plausible(g, nm, strict=False) and not _common_word(nm):
                people.add(nm)
        return
    if len(names) >= 3 and all(nm and _plausible(g, nm) for nm in names):
        for nm in names:
            people.add(nm)
