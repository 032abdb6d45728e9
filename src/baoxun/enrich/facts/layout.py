"""An article's text cut into paragraphs, sentences and clauses (with offsets), its
mentions indexed by position, and words tagged on demand — what the facts finder reads.

A paragraph ends at a newline; a sentence at 。！？；; a clause also at ，、：. Every unit is
a half-open ``[start, end)`` range of the article text without its closing mark.
"""
from __future__ import annotations

import bisect
import re
from datetime import date as Date
from functools import lru_cache
from typing import Any, NamedTuple

import rjieba

__all__ = ["Layout", "Tok"]

_PARAGRAPH_END = "\n"
_SENTENCE_END = "。！？；!?;\n"
_CLAUSE_END = _SENTENCE_END + "，,、：:"


class Tok(NamedTuple):
    """A word of the text (rjieba) with its part of speech and absolute offsets."""

    word: str
    pos: str
    start: int
    end: int


def _cuts(text: str, ends: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(f"[^{re.escape(ends)}]+", text)]


# A clause ends at a clause mark, or at a space between two Chinese characters.
_CLAUSE_RE = re.compile(rf"(?:[^{re.escape(_CLAUSE_END)} \u3000]|(?<![\u4e00-\u9fff])[ \u3000]"
                        rf"|[ \u3000](?![\u4e00-\u9fff]))+")


def _clause_cuts(text: str) -> list[tuple[int, int]]:
    """Clauses: cut at the clause marks, and at a space between two Chinese characters
    (a headline's phrases: 现场观摩项目22个 总投资156.8亿元); a space next to a digit is
    a stray (管道 200 余米) and cuts nothing."""
    return [m.span() for m in _CLAUSE_RE.finditer(text) if m.group().strip()]


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


@lru_cache(maxsize=4096)
def _tag(text: str) -> tuple[tuple[str, str], ...]:
    return tuple(rjieba.tag(text))


class Layout:
    """The text's units and mentions, for lookups by offset."""

    def __init__(self, text: str, mentions: dict[str, Any], issue: Date | None, place: str | None,
                 year: int | None) -> None:
        self.text = text
        self.issue = issue
        self.place = place
        self.year = year if year is not None else (issue.year if issue else None)
        self.paragraphs = _cuts(text, _PARAGRAPH_END)
        self.sentences = _cuts(text, _SENTENCE_END)
        self.clauses = _clause_cuts(text)
        self._p0 = [s for s, _ in self.paragraphs]
        self._s0 = [s for s, _ in self.sentences]
        self._c0 = [s for s, _ in self.clauses]
        # place mentions: (start, end, entry), in text order
        self.places: list[tuple[int, int, dict[str, Any]]] = sorted(
            (sp[0], sp[1], p) for p in mentions.get("places") or [] for sp in p.get("spans") or []
            if isinstance(sp, (list, tuple)) and len(sp) >= 2)
        self.orgs: list[tuple[int, int]] = sorted(
            (sp[0], sp[1]) for o in mentions.get("organizations") or [] for sp in o.get("spans") or []
            if isinstance(sp, (list, tuple)) and len(sp) >= 2)
        self.dates: list[tuple[int, int, str]] = sorted(
            (d["span"][0], d["span"][1], d["value"]) for d in mentions.get("dates") or []
            if d.get("span") and d.get("value"))
        self._tokens: dict[tuple[int, int], list[Tok]] = {}
        #: per-text memo of the finder's own questions (adverbial dates, the topic place …)
        self.memo: dict[Any, Any] = {}

    @staticmethod
    def _find(starts: list[int], units: list[tuple[int, int]], k: int) -> tuple[int, int]:
        i = bisect.bisect_right(starts, k) - 1
        if i < 0:
            return (0, 0)
        return units[i]

    def paragraph(self, k: int) -> tuple[int, int]:
        return self._find(self._p0, self.paragraphs, k)

    def sentence(self, k: int) -> tuple[int, int]:
        return self._find(self._s0, self.sentences, k)

    def clause(self, k: int) -> tuple[int, int]:
        return self._find(self._c0, self.clauses, k)

    def sentences_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        i = bisect.bisect_left(self._s0, lo)
        j = bisect.bisect_left(self._s0, hi)
        return self.sentences[i:j]

    def tokens(self, s: int, e: int) -> list[Tok]:
        """The words of ``text[s:e]`` with their tags and absolute offsets."""
        if e <= s:
            return []
        hit = self._tokens.get((s, e))
        if hit is not None:
            return hit
        out = []
        k = s
        for word, pos in _tag(self.text[s:e]):
            out.append(Tok(word, pos, k, k + len(word)))
            k += len(word)
        self._tokens[(s, e)] = out
        return out

    def place_at(self, k: int) -> tuple[int, int, dict[str, Any]] | None:
        """The place mention starting at ``k``."""
        for s, e, p in self.places:
            if s == k:
                return s, e, p
            if s > k:
                break
        return None

    def org_at(self, k: int) -> tuple[int, int] | None:
        for s, e in self.orgs:
            if s == k:
                return s, e
            if s > k:
                break
        return None

    def date_at(self, k: int) -> tuple[int, int, str] | None:
        for s, e, v in self.dates:
            if s == k:
                return s, e, v
            if s > k:
                break
        return None


def strip_spaces(text: str) -> str:
    return re.sub(r"\s+", "", text)
