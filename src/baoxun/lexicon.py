"""Hand-edited word lists shipped in ``baoxun/data`` (surnames, column labels …).

Lists are data, not code: one entry a line or whitespace-separated, ``#`` starts a comment.
"""
from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def words(name: str) -> frozenset[str]:
    """The entries of ``data/<name>.txt``."""
    text = files("baoxun").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    out: set[str] = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0]
        out.update(line.split())
    return frozenset(out)


def has_surname(name: str) -> bool:
    """True when ``name`` starts with a known surname (compound ones included)."""
    surnames = words("surnames")
    return name[:2] in surnames or name[:1] in surnames


@cache
def lines(name: str) -> tuple[str, ...]:
    """The non-comment lines of ``data/<name>.txt``, whole (for pattern lists)."""
    text = files("baoxun").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    return tuple(s for s in (line.strip() for line in text.splitlines()) if s and not s.startswith("#"))
