"""The archive's query language → a safe FTS5 MATCH expression.

Users type what search boxes have taught them:
  words              all must occur (AND)            乡村振兴 草莓
  "exact phrase"     occurs as printed               "国家宪法日"
  -word              must not occur                  草莓 -采摘
  a OR b             either                          脐橙 OR 草莓
Nothing a user types reaches FTS5 syntax unquoted: every term becomes quoted rjieba
tokens, and the operators come only from this parser. A word that rjieba splits into
several tokens must have them close together (NEAR); an exact phrase is also checked
against the stored text as printed (``phrases`` below), since the index holds tokens.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import rjieba

from ..errors import BaoxunError

MAX_QUERY_CHARS = 200
MAX_TERMS = 16
_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w", re.UNICODE)


@dataclass
class Query:
    match: str                                   # the FTS5 MATCH expression
    phrases: list[str] = field(default_factory=list)   # exact phrases to find in the text
    terms: list[str] = field(default_factory=list)     # what to highlight in snippets


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _term(text: str) -> str | None:
    toks = [t for t in rjieba.cut(text) if _WORD.search(t)]
    if not toks:
        return None
    if len(toks) == 1:
        return _quote(toks[0])
    return "NEAR(" + " ".join(_quote(t) for t in toks) + f", {2 * len(toks) + 2})"


def parse_query(text: str) -> Query:
    """Parse a user query. Raises :class:`BaoxunError` for an empty or oversized one."""
    text = (text or "").strip()
    if not text:
        raise BaoxunError("empty query: give at least one word")
    if len(text) > MAX_QUERY_CHARS:
        raise BaoxunError(f"query too long ({len(text)} characters > {MAX_QUERY_CHARS})")
    groups: list[list[str]] = [[]]       # OR-groups of AND-ed terms
    negatives: list[str] = []
    phrases: list[str] = []
    terms: list[str] = []
    count = 0
    for m in _TOKEN.finditer(text):
        phrase, word = m.group(1), m.group(2)
        if word == "OR":
            if groups[-1]:
                groups.append([])
            continue
        count += 1
        if count > MAX_TERMS:
            raise BaoxunError(f"too many terms (more than {MAX_TERMS})")
        negative = word is not None and word.startswith("-") and len(word) > 1
        raw = phrase if phrase is not None else (word[1:] if negative else word)
        raw = raw.strip()
        expr = _term(raw)
        if expr is None:
            continue
        if negative:
            negatives.append(expr)
            continue
        if phrase is not None:
            phrases.append(raw)
        terms.append(raw)
        groups[-1].append(expr)
    groups = [g for g in groups if g]
    if len(groups) > 1:
        phrases = []        # an exact phrase inside an OR is left to the index (NEAR)
    if not groups:
        raise BaoxunError("the query has no searchable word (only punctuation or exclusions)")
    ors = [" AND ".join(g) if len(g) == 1 else "(" + " AND ".join(g) + ")" for g in groups]
    match = ors[0] if len(ors) == 1 else "(" + " OR ".join(ors) + ")"
    for neg in negatives:
        match = f"{match} NOT {neg}"
    return Query(match, phrases, terms)
