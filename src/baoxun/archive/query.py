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

The same parse is also kept as plain data (``groups``, ``negatives``: lists of token
tuples) for the tantivy index (``index.py``), which builds its query objects from them
directly — no user text reaches its query parser either.
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


# A term as the index sees it: the rjieba tokens of one word or phrase, in order.
Term = tuple[str, ...]


@dataclass
class Query:
    match: str                                   # the FTS5 MATCH expression
    phrases: list[str] = field(default_factory=list)   # exact phrases to find in the text
    terms: list[str] = field(default_factory=list)     # what to highlight in snippets
    groups: list[list[Term]] = field(default_factory=list)   # OR of AND-ed terms
    negatives: list[Term] = field(default_factory=list)      # terms that must not occur


def near_distance(n_tokens: int) -> int:
    """Tokens allowed between the tokens of one multi-token word (FTS5 NEAR's N, the
    index's phrase slop): cut_for_search puts sub-words between a word's tokens."""
    return 2 * n_tokens + 2


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _tokens(text: str) -> Term:
    return tuple(t for t in rjieba.cut(text) if _WORD.search(t))


def _term(toks: Term) -> str | None:
    if not toks:
        return None
    if len(toks) == 1:
        return _quote(toks[0])
    return "NEAR(" + " ".join(_quote(t) for t in toks) + f", {near_distance(len(toks))})"


def parse_query(text: str) -> Query:
    """Parse a user query. Raises :class:`BaoxunError` for an empty or oversized one."""
    text = (text or "").strip()
    if not text:
        raise BaoxunError("empty query: give at least one word")
    if len(text) > MAX_QUERY_CHARS:
        raise BaoxunError(f"query too long ({len(text)} characters > {MAX_QUERY_CHARS})")
    groups: list[list[str]] = [[]]       # OR-groups of AND-ed terms
    tgroups: list[list[Term]] = [[]]
    negatives: list[str] = []
    tnegatives: list[Term] = []
    phrases: list[str] = []
    terms: list[str] = []
    count = 0
    for m in _TOKEN.finditer(text):
        phrase, word = m.group(1), m.group(2)
        if word == "OR":
            if groups[-1]:
                groups.append([])
                tgroups.append([])
            continue
        count += 1
        if count > MAX_TERMS:
            raise BaoxunError(f"too many terms (more than {MAX_TERMS})")
        negative = word is not None and word.startswith("-") and len(word) > 1
        raw = phrase if phrase is not None else (word[1:] if negative else word)
        raw = raw.strip()
        toks = _tokens(raw)
        expr = _term(toks)
        if expr is None:
            continue
        if negative:
            negatives.append(expr)
            tnegatives.append(toks)
            continue
        if phrase is not None:
            phrases.append(raw)
        terms.append(raw)
        groups[-1].append(expr)
        tgroups[-1].append(toks)
    groups = [g for g in groups if g]
    tgroups = [g for g in tgroups if g]
    if len(groups) > 1:
        phrases = []        # an exact phrase inside an OR is left to the index (NEAR)
    if not groups:
        raise BaoxunError("the query has no searchable word (only punctuation or exclusions)")
    ors = [" AND ".join(g) if len(g) == 1 else "(" + " AND ".join(g) + ")" for g in groups]
    match = ors[0] if len(ors) == 1 else "(" + " OR ".join(ors) + ")"
    for neg in negatives:
        match = f"{match} NOT {neg}"
    return Query(match, phrases, terms, tgroups, tnegatives)
