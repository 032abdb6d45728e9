"""The facts finder's word lists (``data/facts_words.txt``) and canonical indicators
(``data/indicators.tsv``), read once per process.

Lists are data, not code (house style): a section is a ``[name]`` line, entries are
whitespace-separated, ``#`` starts a comment.
"""
from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

__all__ = ["indicator_key", "indicators", "pattern", "section"]


@cache
def _sections() -> dict[str, tuple[str, ...]]:
    text = files("baoxun").joinpath("data", "facts_words.txt").read_text(encoding="utf-8")
    out: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        m = re.fullmatch(r"\[(\w+)\]", line)
        if m:
            current = out.setdefault(m.group(1), [])
            continue
        if current is not None:
            current.extend(line.split())
    # longest first: a list is always tried longest entry first
    return {k: tuple(sorted(dict.fromkeys(v), key=lambda w: (-len(w), w))) for k, v in out.items()}


def section(name: str) -> tuple[str, ...]:
    """The entries of section ``[name]``, longest first (KeyError names a missing one)."""
    return _sections()[name]


@cache
def words(name: str) -> frozenset[str]:
    """Section ``[name]`` as a set."""
    return frozenset(section(name))


@cache
def pattern(name: str) -> re.Pattern[str]:
    """An alternation of section ``[name]`` (longest first), unanchored."""
    return re.compile("|".join(re.escape(w) for w in section(name)))


@cache
def indicators() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """``(key, canonical name, variants)`` rows of ``data/indicators.tsv``."""
    text = files("baoxun").joinpath("data", "indicators.tsv").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, name, variants = (line.split("\t") + ["", ""])[:3]
        names = tuple(dict.fromkeys([name, *(v for v in variants.split("|") if v)]))
        rows.append((key.strip(), name.strip(), names))
    return tuple(rows)


@cache
def _variant_table() -> tuple[re.Pattern[str], dict[str, str]]:
    owner: dict[str, str] = {}
    for key, _name, names in indicators():
        for n in names:
            owner.setdefault(_norm(n), key)
    alts = sorted(owner, key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w) for w in alts)), owner


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", text).replace('"', "“").upper()


@cache
def indicator_key(indicator: str) -> str | None:
    """The canonical key of a printed indicator: the key of the longest variant it
    contains (规上工业增加值 → ``industry_value_added_above_size``), else ``None``."""
    if not indicator:
        return None
    regex, owner = _variant_table()
    text = _norm(indicator)
    best: str | None = None
    for i in range(len(text)):
        m = regex.match(text, i)
        if m and (best is None or len(m.group()) > len(best)):
            best = m.group()
    if not best:
        return None
    key = owner[best]
    # a growth rate of an indicator is its own series (工业增加值增速 ≠ 工业增加值)
    tail = text[text.find(best) + len(best):]
    if re.search(r"增速|增幅|增长率|增长|增加|提高|下降", tail) and not key.endswith("_growth"):
        grown = f"{key}_growth"
        if any(k == grown for k, _n, _v in indicators()):
            return grown
    return key


@cache
def canonical_name(key: str) -> str | None:
    """The canonical indicator name of ``key`` (地区生产总值 for ``gdp``)."""
    for k, name, _ in indicators():
        if k == key:
            return name
    return None
