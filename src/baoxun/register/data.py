"""The register's word tables (``baoxun/data/register_*.tsv|txt``), loaded once.

Tables are hand-edited data, not code (house style): one row a line, columns separated by
tabs or runs of spaces, ``#`` starts a comment.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files


def _rows(name: str) -> list[list[str]]:
    text = files("baoxun").joinpath("data", name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line.split())
    return out


@dataclass(frozen=True)
class Rank:
    """One rank word of ``register_ranks.tsv``."""

    word: str
    branch: str | None      # None: the body decides
    singular: bool
    bare_level: str | None  # the level a bare rank implies (市长 → 市)


@dataclass(frozen=True)
class Body:
    """One body ending of ``register_bodies.tsv``."""

    ending: str
    name: str | None        # the generic name, None: keep the printed name
    branch: str
    kind: str               # admin, company, school, hospital, association, village


@cache
def ranks() -> dict[str, Rank]:
    out = {}
    for row in _rows("register_ranks.tsv"):
        word, branch, singular, level = (row + ["-", "0", "-"])[:4]
        out[word] = Rank(word, None if branch == "-" else branch, singular == "1",
                         None if level == "-" else level)
    return out


@cache
def bodies() -> dict[str, Body]:
    out = {}
    for row in _rows("register_bodies.tsv"):
        ending, name, branch, kind = (row + ["=", "other", "admin"])[:4]
        out[ending] = Body(ending, None if name == "=" else name, branch, kind)
    return out


@cache
def levels() -> dict[str, str]:
    return {row[0]: row[1] for row in _rows("register_levels.txt") if len(row) >= 2}


@cache
def abbreviations() -> dict[str, str]:
    return {row[0]: row[1] for row in _rows("register_abbrev.tsv") if len(row) >= 2}


@cache
def not_places() -> tuple[str, ...]:
    return tuple(w for row in _rows("register_not_places.txt") for w in row)


@cache
def concurrent_pairs() -> tuple[tuple[str, str], ...]:
    """Pairs of office endings one person may hold at once (``register_concurrent.tsv``)."""
    return tuple((row[0], row[1]) for row in _rows("register_concurrent.tsv") if len(row) >= 2)
