"""The numbers a fact can hold: the amounts already found (元, %, 个百分点) and counts of
things with a classifier (749家, 20余人次, 6.57万亩), each with its span.

Counts come from ``enrich.amounts.find_counts`` when that finder exists (or from a
``counts`` list in the mentions); until then from :func:`find_counts_fallback`, a small
pattern over the classifiers of ``data/facts_words.txt``. Physical measures (亩, 平方米,
吨 …) are always looked for here too, where no count covers them.

Conventions encoded (gold/FACTS.md, "Not facts"):
  * a count needs a classifier: durations (3天, 20年), ages and bare numbers are no facts;
  * an ordinal (第3名), a count inside quotes (“三个一批”) or inside a name (年产120亿只…
    项目) is no fact;
  * a lone Chinese 一 before a classifier is the article "a" (一家企业), not a count.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import cn2an

from . import words

__all__ = ["Value", "candidate_values", "find_counts_fallback"]

_CN = "〇零一二三四五六七八九十百千两"
_NUMBER = rf"(\d+(?:[,，]\d{{3}})*(?:\.\d+)?|[{_CN}]{{1,8}})"
_SCALES = {"": 1, "十": 10, "百": 100, "千": 1e3, "万": 1e4, "十万": 1e5, "百万": 1e6, "千万": 1e7, "亿": 1e8}
# Qualifiers before a number that make it approximate (the amount finder's convention).
_APPROX_STRICT = re.compile(r"(约|近|超|逾|超过|将近|大约|接近|突破)\s*$")
# Characters before a number that make it something else than a count: an ordinal (第),
# part of a longer number or code (digits, letters, a dot), a rank (前三名) or a range's end.
_NOT_BEFORE = re.compile(r"(第|(?<![目此之提当以年])前|[0-9A-Za-z.．·\-—~～])\s*$")
# Quotes that close a name or slogan: a count followed by a short phrase and one of these
# (三个一批”) belongs to the slogan.
_CLOSE_QUOTES = "”」』\""
_OPEN_QUOTES = "“「『"
# A project's name printed with its capacity: 年产120亿只…项目. The count is in the name.
_NAME_CAPACITY_BEFORE = re.compile(r"(年产|年处理|日产|日处理|年加工|年出栏|年存栏|年吞吐|年发电|年供)\s*$")
_NAME_END = re.compile(r"^[^，,。；;：:、！？!?\n]{0,40}?(项目|生产线|工程|基地|产业园|工厂)")
# A list of projects named by their capacity (某能源10万吨…材料、某科技5万吨…材料等一批重点项目).
_LIST_OF_NAMES = re.compile(r"^[^，,。；;！？!?\n]{0,80}?等[^，,。；;！？!?\n]{0,8}?(项目|工程|企业)")
# Longest text of a name, in characters, searched for its closing quote.
_QUOTE_REACH = 12


@dataclass(slots=True)
class Value:
    """One number of the text: what it is (money, percent, points, count) and where."""

    start: int
    end: int
    value: float | int
    unit: str
    approx: bool
    kind: str           # "money" | "percent" | "points" | "count"

    @property
    def text_span(self) -> tuple[int, int]:
        return self.start, self.end


def _clean(value: float) -> float | int:
    value = round(value, 4)
    return int(value) if float(value).is_integer() else value


@lru_cache(maxsize=4096)
def _number(raw: str) -> float | None:
    raw = raw.replace(",", "").replace("，", "")
    try:
        return float(raw)
    except ValueError:
        pass
    try:
        return float(cn2an.cn2an(raw, "smart"))
    except (ValueError, KeyError, TypeError):
        return None


@cache
def _count_re() -> re.Pattern[str]:
    units = "|".join(re.escape(w) for w in words.section("classifiers"))
    return re.compile(rf"(?=[\d{_CN}]){_NUMBER}\s*(多|余|来)?\s*(万|亿|千|百)?\s*(多|余)?\s*({units})")


def _not_after() -> re.Pattern[str]:
    return words.pattern("not_count_after")


def find_counts_fallback(text: str) -> list[dict[str, Any]]:
    """Counts with a classifier in ``text``, in the amount finder's shape
    (``{"text", "value", "unit", "approx", "span"}``); ``万人次`` → value ×10⁴, unit 人次.
    Used until ``enrich.amounts.find_counts`` exists."""
    out: list[dict[str, Any]] = []
    concrete = words.words("cn_concrete")
    for m in _count_re().finditer(text):
        number, more1, scale, more2, unit = m.groups()
        s, e = m.span()
        if not number[0].isdigit() and (unit not in concrete or number in ("一", "十", "百", "千") and not scale):
            continue      # cheap first: most Chinese-numeral matches are words (一批, 三项), see countable()
        value = _number(number)
        if value is None or value == 0:
            continue
        value *= _SCALES[scale or ""]
        approx = bool(more1 or more2) or bool(_APPROX_STRICT.search(text[max(0, s - 3):s]))
        out.append({"text": text[s:e], "value": _clean(value), "unit": unit, "approx": approx, "span": [s, e]})
    return out


def countable(text: str, count: dict[str, Any]) -> bool:
    """Whether a count is a figure a statistician would tabulate (gold/FACTS.md): not an
    ordinal or rank (第3批, 前三名), not a word (一家 = "a", 个月, 名单), not a slogan or a
    count of ideas (三个方面, 两个确立), and with a Chinese numeral only a count of
    concrete things (九个分厂 — not 八项规定, 七次全会, 五公里)."""
    s, e = count["span"]
    raw = count.get("text") or text[s:e]
    if _NOT_BEFORE.search(text[max(0, s - 2):s]):
        return False
    after = text[e:e + 6]
    if _not_after().match(after):
        return False
    if raw and not raw[0].isdigit():
        head = re.match(rf"[{_CN}]+", raw)
        number = head.group() if head else raw
        if number in ("一", "十", "百", "千"):
            return False
        if count.get("unit") not in words.words("cn_concrete"):
            return False
        if any(c in "几数" for c in text[max(0, s - 1):s]) or words.pattern("abstract_after_count").match(after):
            return False
    return True


def _counts(text: str, mentions: dict[str, Any]) -> list[dict[str, Any]]:
    """Counts from the mentions, else the amount finder, else the fallback pattern; the
    fallback's are added where the others have nothing (they may leave out what a fact
    needs: physical measures, Chinese-numeral counts). Only counts that can be figures
    are kept (:func:`countable`)."""
    given = mentions.get("counts")
    if given is None:
        try:
            from .. import amounts as _amounts
            finder = getattr(_amounts, "find_counts", None)
        except ImportError:  # pragma: no cover - the module is part of the package
            finder = None
        given = finder(text) if finder is not None else None
    own = find_counts_fallback(text)
    if given is None:
        found = own
    else:
        # the amount finder's counts first; ours where it found nothing (measures, 九个…)
        taken = [tuple(c["span"]) for c in given if c.get("span")]
        found = [*given, *(c for c in own if all(c["span"][1] <= a or c["span"][0] >= b for a, b in taken))]
    return [c for c in found if c.get("span") and c.get("value") is not None and countable(text, c)]


def _in_quotes(text: str, s: int, e: int) -> bool:
    """True when [s, e) sits between an opening quote and its close, a short name apart
    (“三个一批”, “十四五”)."""
    left = text[max(0, s - _QUOTE_REACH):s]
    opened = max(left.rfind(q) for q in _OPEN_QUOTES)
    if opened < 0 or any(q in left[opened:] for q in _CLOSE_QUOTES):
        return False
    right = text[e:e + _QUOTE_REACH]
    return any(q in right for q in _CLOSE_QUOTES)


def _in_name(text: str, s: int, e: int) -> bool:
    """A capacity inside a project's name (年产3000吨精制茶加工项目), or in a list of
    names closed by 等…项目 (A、B、C等重点项目)."""
    if _NAME_CAPACITY_BEFORE.search(text[max(0, s - 4):s]) and _NAME_END.match(text[e:]):
        return True
    m = _LIST_OF_NAMES.match(text[e:])
    if m is None:
        return False
    before = re.split(r"[，,。；;！？!?\n]", text[max(0, s - 60):s])[-1]
    return "、" in before or "、" in m.group()


def _inside(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(a <= s and e <= b and (a, b) != (s, e) for a, b in spans)


def candidate_values(text: str, mentions: dict[str, Any]) -> list[Value]:
    """Every number of ``text`` that could be a fact's value, in text order."""
    amounts = mentions.get("amounts")
    if amounts is None:
        from ..amounts import find_amounts
        amounts = find_amounts(text)
    out: list[Value] = []
    for a in amounts:
        span = a.get("span")
        if not span or a.get("value") is None:
            continue
        unit = a.get("unit") or ""
        kind = "percent" if unit == "%" else "points" if unit == "个百分点" else "money"
        out.append(Value(span[0], span[1], a["value"], unit, bool(a.get("approx")), kind))
    taken = [(v.start, v.end) for v in out]
    for c in _counts(text, mentions):
        s, e = c["span"]
        if any(not (e <= a or s >= b) for a, b in taken):
            continue
        out.append(Value(s, e, c["value"], c["unit"], bool(c.get("approx")), "count"))
        taken.append((s, e))
    names = [tuple(o) for org in mentions.get("organizations") or [] for o in org.get("spans") or []]
    kept = []
    for v in out:
        if _in_quotes(text, v.start, v.end) or _in_name(text, v.start, v.end) or _inside(names, v.start, v.end):
            continue
        kept.append(v)
    kept.sort(key=lambda v: v.start)
    return kept
