"""Ranked search over the archive: bm25 over rjieba tokens, headlines weighted above
the body, with filters by date, place, paper, person and kind.

Two plans give the same matches (tests/test_search_index.py checks it):
  1. the tantivy index (``index.py``) when it exists and is in step with the archive —
     block-max WAND top-k and fast-field filters, a few ms at 10^6 articles
     (docs/capacity.md, "Search");
  2. otherwise FTS5 (``search_fts``): always correct, slow for frequent words in large
     archives (it ranks every match; past RANK_CAP matches only the most recent).
Either way the articles of the page asked for are read from SQLite for the snippets.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from ..errors import BaoxunError
from . import index as _index
from .query import Query, parse_query
from .store import Archive

# bm25 column weights: a word in a headline counts this many times one in the body.
TITLE_WEIGHT = 5.0
BODY_WEIGHT = 1.0
# Characters of body shown on each side of the first hit in a snippet.
SNIPPET_RADIUS = 40
MAX_LIMIT = 500
# bm25 is computed for every match; a word in most articles would make each query scan
# them all. Past this many matches only the most recently stored ones are ranked (the
# total stays exact). Calibrated: 20 000 matches rank in ~40 ms on this machine.
RANK_CAP = 20_000
# The "capped" FTS5 variant measured in benchmarks/bench_archive.py (plan fts-capped):
# count at most COUNT_CAP matches (more is shown as COUNT_CAP + 1, "10 000+") and rank
# only the RANK_WINDOW most recent ones that pass the filters.
COUNT_CAP = 10_000
RANK_WINDOW = 2_000


@dataclass
class Hit:
    id: str
    title: str | None
    date: str | None
    place: str | None
    paper: str | None
    kind: str
    score: float
    snippet: str
    highlights: list[list[int]] = field(default_factory=list)   # [start, end) in snippet

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "date": self.date, "place": self.place,
                "paper": self.paper, "kind": self.kind, "score": round(self.score, 4),
                "snippet": self.snippet, "highlights": self.highlights}


@dataclass
class Filters:
    date_from: str | None = None
    date_to: str | None = None
    place: str | None = None
    person: str | None = None
    kind: str | None = None
    paper: str | None = None

    def sql(self) -> tuple[str, list[Any]]:
        """A WHERE fragment over ``a`` (articles), with its parameters: values are
        always bound, never spliced into the SQL."""
        where, params = [], []
        if self.date_from:
            where.append("a.date >= ?")
            params.append(self.date_from)
        if self.date_to:
            where.append("a.date <= ?")
            params.append(self.date_to)
        if self.kind:
            where.append("a.kind = ?")
            params.append(self.kind)
        if self.paper:
            where.append("a.paper = ?")
            params.append(self.paper)
        if self.place:
            where.append("(a.place = ? OR a.id IN (SELECT article_id FROM places"
                         " WHERE name = ? OR city = ? OR county = ? OR code = ?))")
            params.extend([self.place] * 5)
        if self.person:
            where.append("a.id IN (SELECT article_id FROM people WHERE name = ?)")
            params.append(self.person)
        return " AND ".join(where), params


def snippet(text: str, terms: list[str], radius: int = SNIPPET_RADIUS) -> tuple[str, list[list[int]]]:
    """A window of ``text`` around the first term found, and where the terms are in it."""
    text = text.replace("\n", " ")
    hits = [(text.find(t), t) for t in terms if t and t in text]
    hits = [(i, t) for i, t in hits if i >= 0]
    if not hits:
        return text[: 2 * radius], []
    first = min(i for i, _ in hits)
    start = max(0, first - radius)
    window = text[start: first + radius]
    marks = []
    for t in {t for _, t in hits}:
        pos = window.find(t)
        while pos >= 0:
            marks.append([pos, pos + len(t)])
            pos = window.find(t, pos + len(t))
    prefix = "…" if start > 0 else ""
    suffix = "…" if first + radius < len(text) else ""
    shift = len(prefix)
    return prefix + window + suffix, sorted([s + shift, e + shift] for s, e in marks)


def search(archive: Archive, text: str, filters: Filters | None = None, *, limit: int = 20,
           offset: int = 0) -> tuple[list[Hit], int]:
    """Ranked hits for a user query and the total number of matching articles: on the
    index when it is in step with the archive, else on FTS5."""
    query, filters = _prepare(text, filters, limit)
    got = _index.search(archive, query, filters, limit=limit, offset=offset,
                        verify=lambda rowids: _with_phrases(archive, rowids, query.phrases))
    if got is None:
        got = _rank_fts(archive, query, filters, limit, offset, capped=False)
    return _hits(archive, query, *got)


def ranked_ids(archive: Archive, text: str, filters: Filters | None = None, *,
               limit: int = 10_000) -> list[str] | None:
    """Ids of up to ``limit`` matching articles, best first, from the index (for
    exports of a result set); None when the index cannot answer (the caller then ranks
    with FTS5). Exact phrases are checked among the index's best candidates."""
    query = parse_query(text)
    got = _index.search(archive, query, filters or Filters(), limit=limit, offset=0,
                        verify=lambda rowids: _with_phrases(archive, rowids, query.phrases))
    if got is None:
        return None
    rowids = [r for r, _ in got[0]]
    ids: dict[int, str] = {}
    for i in range(0, len(rowids), 500):
        part = rowids[i: i + 500]
        ids.update(archive.conn.execute(
            f"SELECT rowid, id FROM articles WHERE rowid IN ({','.join('?' * len(part))})", part).fetchall())
    return [ids[r] for r in rowids if r in ids]


def search_index(archive: Archive, text: str, filters: Filters | None = None, *, limit: int = 20,
                 offset: int = 0) -> tuple[list[Hit], int]:
    """The index plan only; raises :class:`BaoxunError` when the index cannot answer."""
    query, filters = _prepare(text, filters, limit)
    got = _index.search(archive, query, filters, limit=limit, offset=offset,
                        verify=lambda rowids: _with_phrases(archive, rowids, query.phrases))
    if got is None:
        raise BaoxunError(f"the search index is {_index.status(archive)}: build it with `baoxun index`")
    return _hits(archive, query, *got)


def search_fts(archive: Archive, text: str, filters: Filters | None = None, *, limit: int = 20,
               offset: int = 0, capped: bool = False) -> tuple[list[Hit], int]:
    """The FTS5 plan only (``capped``: the capped-count variant, for the benchmark)."""
    query, filters = _prepare(text, filters, limit)
    return _hits(archive, query, *_rank_fts(archive, query, filters, limit, offset, capped=capped))


def _prepare(text: str, filters: Filters | None, limit: int) -> tuple[Query, Filters]:
    query: Query = parse_query(text)
    if not 1 <= limit <= MAX_LIMIT:
        raise BaoxunError(f"limit must be between 1 and {MAX_LIMIT}")
    return query, filters or Filters()


def _with_phrases(archive: Archive, rowids: list[int], phrases: list[str]) -> set[int]:
    """The rowids whose headline or body has every phrase as printed."""
    keep: set[int] = set()
    q = archive.conn.execute
    for i in range(0, len(rowids), 500):
        part = list(rowids[i: i + 500])
        cond = " AND ".join(["instr(coalesce(title, '') || ' ' || body, ?) > 0"] * len(phrases))
        keep.update(r[0] for r in q(f"SELECT rowid FROM articles WHERE rowid IN ({','.join('?' * len(part))})"
                                    f" AND {cond}", part + list(phrases)))
    return keep


def _rank_fts(archive: Archive, query: Query, filters: Filters, limit: int, offset: int, *,
              capped: bool) -> tuple[list[tuple[int, float]], int]:
    """``(rowid, score)`` of the page asked for and the total, on FTS5."""
    where, params = filters.sql()
    conds = ([where] if where else [])
    args: list[Any] = [query.match] + params
    for phrase in query.phrases:
        conds.append("instr(coalesce(a.title, '') || ' ' || a.body, ?) > 0")
        args.append(phrase)
    rank = f"bm25(articles_fts, {TITLE_WEIGHT}, {BODY_WEIGHT})"
    window = RANK_WINDOW if capped else RANK_CAP
    q = archive.conn.execute
    try:
        if not conds:
            # 1. the number of matches, on the index alone (cheap even for common words)
            if capped:
                matches = q("SELECT count(*) FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?"
                            " LIMIT ?)", (query.match, COUNT_CAP + 1)).fetchone()[0]
            else:
                matches = q("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?",
                            (query.match,)).fetchone()[0]
            floor = 0
            if matches > window:
                # a very common word: rank the `window` most recently stored matches only
                floor = q("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC"
                          " LIMIT 1 OFFSET ?", (query.match, window - 1)).fetchone()[0]
            # 2a. no filter: rank on the index, read only the page of article rows
            total = matches
            ranked = q(f"SELECT rowid, {rank} FROM articles_fts WHERE articles_fts MATCH ? AND rowid >= ?"
                       " ORDER BY 2 LIMIT ? OFFSET ?", (query.match, floor, limit, offset)).fetchall()
        else:
            # 2b. filters: FTS5 stays the outer loop (CROSS JOIN); left to itself the planner
            # may walk a filter's index and probe the FTS table row by row, seconds per query
            base = ("FROM articles_fts CROSS JOIN articles a ON a.rowid = articles_fts.rowid"
                    " WHERE articles_fts MATCH ? AND " + " AND ".join(conds))
            if capped:
                total = q(f"SELECT count(*) FROM (SELECT 1 {base} LIMIT ?)", args + [COUNT_CAP + 1]).fetchone()[0]
                row = q(f"SELECT articles_fts.rowid {base} ORDER BY articles_fts.rowid DESC LIMIT 1 OFFSET ?",
                        args + [window - 1]).fetchone() if total > window else None
                floor = row[0] if row else 0
            else:
                total = q(f"SELECT count(*) {base}", args).fetchone()[0]
                floor = 0
                matches = q("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?",
                            (query.match,)).fetchone()[0]
                if matches > RANK_CAP:
                    floor = q("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC"
                              " LIMIT 1 OFFSET ?", (query.match, RANK_CAP - 1)).fetchone()[0]
            ranked = q(f"SELECT a.rowid, {rank} {base} AND articles_fts.rowid >= ? ORDER BY 2 LIMIT ? OFFSET ?",
                       args + [floor, limit, offset]).fetchall()
    except sqlite3.OperationalError as exc:      # never a user's fault by construction
        raise BaoxunError(f"search failed: {exc}") from None
    return [(r[0], -r[1]) for r in ranked], total


def _hits(archive: Archive, query: Query, ranked: list[tuple[int, float]], total: int) -> tuple[list[Hit], int]:
    """The hits of ranked ``(rowid, score)`` pairs: their rows read, snippets made."""
    q = archive.conn.execute
    rows = {r["rowid"]: r for r in q(
        "SELECT rowid, id, title, date, place, paper, kind, body FROM articles WHERE rowid IN"
        f" ({','.join('?' * len(ranked))})", [r[0] for r in ranked])} if ranked else {}
    hits = []
    for rowid, score in ranked:
        r = rows.get(rowid)
        if r is None:            # deleted since the ranking was read
            continue
        snip, marks = snippet(r["body"], query.terms)
        hits.append(Hit(r["id"], r["title"], r["date"], r["place"], r["paper"], r["kind"], score, snip, marks))
    return hits, total
