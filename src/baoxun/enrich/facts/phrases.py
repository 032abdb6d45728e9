"""What a number measures: the indicator phrase around it, and the subject before it.

Three shapes of the local paper's sentence, each a named feature below:

* **left** — ``[subject][indicator][verb] N``: 全市10个工业类开发区|规上工业增加值|完成|504.87亿元.
  The indicator is what is left of the clause before the number once its left edge has
  been cut (:func:`left_phrase`): time words and dates, places and 全市/我市, bodies named
  by the organisation finder, a counted subject (10个工业类开发区), a determiner and its
  noun (此次活动), a preposition and its object (为中小微企业), adverbs (共, 已, 累计);
  and its right edge: the verb that ties it to the number (完成, 达到, 为, 约).
* **right** — ``N [classifier] noun``: 40余家|企业, 培育新增3个|省级中小企业园区: the noun
  phrase after the count is the indicator, with the counting verb before it when it says
  what was done (新增, 新建; :func:`right_phrase`).
* **of** — ``N 的 noun``: 600多万元的|资金缺口, 70%的|农户.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import words
from .layout import Layout, Tok

__all__ = ["Phrase", "left_phrase", "right_phrase", "tidy"]

# Parts of speech (rjieba) that can stand inside a noun phrase after a count.
_NOUNISH = ("n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "ng", "vn", "an", "j", "l", "b", "k", "zg", "i", "s",
            "eng", "g")
# Coordinators kept inside a noun phrase when a noun follows (重点工程和民生实事项目).
_NP_JOIN = frozenset("和及与、")
# Determiners that open a subject noun phrase (此次活动, 该小区改造工程).
_DETERMINERS = frozenset({"此次", "本次", "这次", "该", "这", "此", "其", "这些", "该项", "上述", "全体", "这一"})
# A subject noun phrase opened by a determiner ends before a token of these tags
# (exact tags: a verbal noun, vn, stays in the noun phrase — 此次活动).
_PREDICATE_TAGS = frozenset({"v", "vd", "vg", "vi", "d", "df", "p", "ad", "c"})
_VERB_TAGS = frozenset({"v", "vd", "vg", "vi"})
# Verbs that only tie a subject to its measure inside an indicator (农产品加工业实现产值).
_TIE_VERBS = frozenset({"实现", "实现了"})
# Aspect particles dropped from an indicator (布局了产业园区 → 布局产业园区).
_ASPECT = frozenset({"了", "过", "着"})
# The shortest indicator worth keeping, in characters.
MIN_INDICATOR_CHARS = 2


@dataclass(slots=True)
class Phrase:
    """An indicator as printed: its text (possibly joined from two pieces), where it sits,
    and the subject stripped from its left, if any."""

    text: str
    start: int
    end: int
    subject: str | None = None
    subject_span: tuple[int, int] | None = None


def tidy(text: str) -> str:
    """An indicator without spaces, aspect particles and quantifiers (入驻各类商户 → 入驻商户)."""
    text = re.sub(r"\s+", "", text)
    quant = words.words("quantifiers")
    return text if not text else _drop_words(text, quant)


def _drop_words(text: str, drop: frozenset[str]) -> str:
    import rjieba

    kept = [w for w in rjieba.cut(text) if w not in drop and w not in _ASPECT]
    return "".join(kept) or text


def _skip_mention(lay: Layout, t: Tok) -> int | None:
    """End of a place, organisation or date mention starting at token ``t``."""
    for hit in (lay.place_at(t.start), lay.org_at(t.start), lay.date_at(t.start)):
        if hit is not None:
            return hit[1]
    return None


def _first_at(toks: list[Tok], k: int) -> int:
    """Index of the first token starting at or after offset ``k``."""
    for i, t in enumerate(toks):
        if t.start >= k:
            return i
    return len(toks)


def left_phrase(lay: Layout, lo: int, hi: int) -> Phrase | None:
    """The indicator printed in ``text[lo:hi]`` before a number (the *left* shape)."""
    toks = lay.tokens(lo, hi)
    if not toks:
        return None
    # an enumeration's last item or a 的-phrase: the head noun is what follows 的/等
    # (企业反映的各类用工问题 → 用工问题; 水杯、雨伞等防疫宣传用品 → 防疫宣传用品)
    for i in range(len(toks) - 1, 0, -1):
        if toks[i].word in ("的", "等", "等等") and toks[-1].end - toks[i].end >= MIN_INDICATOR_CHARS:
            toks = toks[i + 1:]
            break
    toks = _strip_right(toks)
    i, subject = _strip_left(lay, toks)
    body = toks[i:]
    # a share: X占Y的N% → X is the indicator (an empty X inherits the previous fact's)
    for j, t in enumerate(body):
        if t.word == "占" or t.word.startswith("占全") or t.word == "占比":
            body = body[:j] if t.word != "占比" else body[:j + 1]
            break
    body = _strip_right(body)
    if body and _skip_mention(lay, body[0]) is not None and _skip_mention(lay, body[0]) >= body[-1].end:
        body = []                  # 湖南省有6个: a place or body alone names no measure
    if not body:
        return Phrase("", hi, hi, *(subject or (None, None)))
    text = tidy(lay.text[body[0].start:body[-1].end])
    # 农产品加工业实现产值 → 农产品加工业产值: 实现 between a subject and its measure only ties them
    if len(body) > 2 and any(t.word in _TIE_VERBS for t in body[1:-1]):
        text = tidy("".join(t.word for t in body if t.word not in _TIE_VERBS or t is body[0] or t is body[-1]))
    return Phrase(text, body[0].start, body[-1].end, *(subject or (None, None)))


def _strip_right(toks: list[Tok]) -> list[Tok]:
    """Drop the verbs and qualifiers that tie the indicator to its number (完成, 达到, 约)."""
    light = words.words("light_verbs")
    while toks and (toks[-1].word in light or toks[-1].word in _ASPECT or toks[-1].pos == "x"):
        toks = toks[:-1]
    return toks


def _strip_left(lay: Layout, toks: list[Tok]) -> tuple[int, tuple[str, tuple[int, int]] | None]:
    """Index of the indicator's first token, and the subject cut off before it."""
    leading = words.words("leading_words")
    selfref = words.words("self_city") | words.words("self_province")
    preps = words.words("prepositions")
    heads = words.section("subject_heads")
    subject: tuple[str, tuple[int, int]] | None = None
    i = 0
    n = len(toks)

    def set_subject(a: int, b: int) -> None:
        nonlocal subject
        subject = (lay.text[a:b], (a, b))

    while i < n:
        t = toks[i]
        end = _skip_mention(lay, t)
        if end is not None and end <= toks[-1].end:
            j = _first_at(toks, end)
            if j >= n:
                break          # the mention is all there is: 投资|1.17亿元 keeps nothing to cut
            if lay.date_at(t.start) is None:
                set_subject(t.start, end)
            i = j
            continue
        if t.word in selfref or (t.pos == "x" and t.word not in "“「『《") or t.word.isspace():
            if t.word in selfref:
                set_subject(t.start, t.end)
            i += 1
            continue
        if t.word in leading or t.pos == "c" and t.word not in _NP_JOIN:
            i += 1             # 其中, 但, 同时 …: not part of what is measured
            continue
        if t.word in _DETERMINERS and i + 1 < n:
            # 此次活动|共发放…, 该小区改造工程|涉及住户: up to the first verb or adverb
            j = i + 1
            while j < n and toks[j].pos not in _PREDICATE_TAGS:
                j += 1
            if j < n:
                set_subject(t.start, toks[j - 1].end)
                i = j
                continue
            if i + 2 < n:          # 该项目|总投资: no verb follows, the determiner takes one noun
                set_subject(t.start, toks[i + 1].end)
                i += 2
                continue
        if t.word in preps and i + 1 < n:
            # 为中小微企业|发放贷款: the preposition takes its object, if a verb follows
            j = i + 1
            while j < n and toks[j].pos not in _VERB_TAGS:
                j += 1
            if j < n:
                i = j
                continue
        if t.pos == "m" and i + 1 < n and toks[i + 1].pos in ("q", "m"):
            # a counted subject: 10个工业类开发区|规上工业增加值, 160多个村|平均每年…
            for j in range(i + 2, n - 1):
                if any(toks[j].word.endswith(h) for h in heads):
                    set_subject(t.start, toks[j].end)
                    i = j + 1
                    break
            else:
                break
            continue
        break
    return i, subject


def right_phrase(lay: Layout, lo: int, hi: int, verb_toks: list[Tok] | None = None,
                 after_preposition: bool = False) -> Phrase | None:
    """The noun phrase printed after a count in ``text[lo:hi]`` (the *right* and *of*
    shapes): 家|企业, 个|“三个一批”活动, 万元的|风险保障, 个|提档升级村; ``None`` when
    none follows. A verb inside the phrase stays when a noun follows it (就业岗位,
    科技成果转化基地) — except after a preposition (为4700余农户|发放赔款), where the
    verb is the clause's predicate."""
    toks = [t for t in lay.tokens(lo, hi) if not t.word.isspace()]
    if not toks:
        return None
    i = 1 if toks[0].word == "的" else 0
    picked: list[Tok] = []
    quote = False
    n = len(toks)
    while i < n:
        t = toks[i]
        if quote:
            picked.append(t)
            if t.word in ("”", "」", "』"):
                quote = False
            i += 1
            continue
        if t.word in ("“", "「", "『"):
            picked.append(t)
            quote = True
            i += 1
            continue
        if t.pos.startswith(_NOUNISH) or t.pos == "x" and t.word.isalnum():
            picked.append(t)
            i += 1
            continue
        if t.word in _NP_JOIN and picked and i + 1 < n and toks[i + 1].pos.startswith(_NOUNISH):
            picked.append(t)
            i += 1
            continue
        if t.pos.startswith(("a", "v")) and not (after_preposition and picked) and t.pos not in ("ad", "vd"):
            # a modifier or a verb inside the noun phrase, kept when a noun follows it and
            # either opens the phrase (就业岗位, 提档升级村) or ends the clause (科技成果转化
            # 基地); after a noun and before more words it is the predicate (农户|靠种菜…)
            nxt = toks[i + 1] if i + 1 < n else None
            inside = not picked or (i + 2 == n and len(t.word) > 1)   # 携, 卖: a one-character verb is a predicate
            if nxt is not None and nxt.pos.startswith(_NOUNISH) and inside:
                picked.extend((t, nxt))
                i += 2
                continue
        if not picked and t.pos.startswith("v") and i + 1 == n:
            picked.append(t)       # 5000余人次|观看: the people who did it
            i += 1
        break
    while picked and picked[-1].word in _NP_JOIN:
        picked.pop()
    if not picked:
        return None
    start, end = picked[0].start, picked[-1].end
    text = tidy(lay.text[start:end])
    if verb_toks:
        verb = "".join(t.word for t in verb_toks if t.word not in _ASPECT)
        text = verb + text
        start = verb_toks[0].start
    return Phrase(text, start, end)


def counting_verb(lay: Layout, lo: int, hi: int) -> list[Tok]:
    """The verb printed right before a count that says what was done with the things
    counted (新增, 新建, 引进 …: ``[plan]``/``[count_verbs]`` words), else ``[]``."""
    toks = [t for t in lay.tokens(lo, hi) if not t.word.isspace()]
    while toks and (toks[-1].word in _ASPECT or toks[-1].word in words.words("light_verbs")):
        toks = toks[:-1]
    if toks and toks[-1].word in words.words("count_verbs"):
        return [toks[-1]]
    return []
