"""The archive's search index: tantivy (embedded, Rust) over the stored rjieba tokens.

The SQLite archive stays the store; this index is derived from it and can always be
rebuilt from it (``build``). It lives in a folder beside the archive file
(``archive.db`` → ``archive.db.index/``) and holds, per article:

  1. ``title`` and ``body``: the ``title_tokens``/``body_tokens`` columns, split by the
     analyzer ``bx`` (split on anything not a letter or digit, lower-cased: what FTS5's
     ``unicode61`` does to the same columns), with positions for multi-token words;
  2. filters as fast fields: ``kind``, ``paper``, ``day`` (the article date as the integer
     yyyymmdd, a missing month or day as 00 so the order of the date strings is kept),
     ``kind_day`` (kind and day in one integer: kind + date range is one range),
     ``month`` (yyyymm, for the date facet), ``place`` (the paper's place and every place
     mention's name, city, county and code: the ``place`` filter's meaning) and
     ``person`` (every person mention's name);
  3. ``rowid``, the article's SQLite rowid, the only way back to the store.

Keeping in step (``sync``): the folder's ``baoxun-rowids.bin`` and ``baoxun-ids.txt``
list the (rowid, article id) pairs indexed, and ``baoxun.json`` a signature of the
archive (article count, largest rowid and its id) at that moment. ``sync`` diffs the
pairs against the archive, deletes what is gone and adds what is new, deleting a rowid
before adding it so that a sync repeated after a crash never doubles a document, and
writes ``baoxun.json`` last (atomically). Searches check the signature against the
archive (again only after something changed: ``PRAGMA data_version``, the connection's
own changes, ``baoxun.json``) and use the index only when it matches; otherwise the caller
falls back to FTS5 (``status`` says ``stale``), so a killed ingest can make search slower
but never wrong.

Safety: queries are built as tantivy query objects from the parsed query's tokens
(``query.Query.groups``); no user text goes through tantivy's query parser.
"""
from __future__ import annotations

import itertools
import json
import os
import shutil
import sqlite3
import threading
import time
import zlib
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import BaoxunError
from .query import Query, Term, near_distance

try:                                    # optional: without it search runs on FTS5 alone
    import tantivy
except ImportError:                     # pragma: no cover - exercised where tantivy is missing
    tantivy = None

# Bump when the schema or the analyzer changes: an index of another version is stale.
INDEX_VERSION = 3
# Word weights, as FTS5's bm25 column weights (search.py): a headline hit counts 5×.
TITLE_BOOST = 5.0
# Articles read from SQLite per step of a build (bounded memory).
BUILD_BATCH = 2000
# The writer's memory budget; tantivy flushes a segment when it is used up.
WRITER_HEAP = 200_000_000
# An exact phrase ("…") is checked against the stored text of at most this many
# candidates, best first; past it the total is an estimate (see ``search``).
PHRASE_VERIFY_MAX = 1000
# A word of several tokens matches them in any order within NEAR's distance (as FTS5's
# NEAR does) up to this many tokens (4! = 24 phrases); a longer one, in order only.
NEAR_ORDERS_MAX = 4
ANALYZER = "bx"
KIND_SPAN = 100_000_000           # yyyymmdd < this


def available() -> bool:
    """Whether tantivy is installed."""
    return tantivy is not None


def index_path(archive: Any) -> Path:
    """The index folder of an archive: beside the file, ``<name>.index``."""
    return Path(str(archive.path) + ".index")


def _analyzer():
    return (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
            .filter(tantivy.Filter.lowercase()).build())


def _schema():
    sb = tantivy.SchemaBuilder()
    # i64, not u64: tantivy-py 0.27 deletes by term on an i64 field only
    sb.add_integer_field("rowid", indexed=True, fast=True)
    sb.add_text_field("title", tokenizer_name=ANALYZER, index_option="position")
    sb.add_text_field("body", tokenizer_name=ANALYZER, index_option="position")
    for name in ("kind", "paper", "place", "person"):
        sb.add_text_field(name, tokenizer_name="raw", index_option="basic", fast=True)
    sb.add_integer_field("day", indexed=True, fast=True)
    sb.add_integer_field("month", indexed=True, fast=True)
    sb.add_integer_field("kind_day", fast=True)
    return sb.build()


def kind_day(kind: str, day: int) -> int:
    """The kind and the day in one integer (crc32 of the kind × 10^8 + yyyymmdd, 0 for
    no date): a kind filter, with or without a date range, is one range over one fast
    field. Measured at 10^6 articles: a frequent word with kind + date filters 11.4 ms
    as a term on ``kind`` and a range on ``day``, ~5 ms as this one range."""
    return zlib.crc32(kind.encode("utf-8")) * KIND_SPAN + day


def day_number(date: str | None) -> int | None:
    """``2024-03-05`` → 20240305; ``2024-03`` → 20240300; ``2024`` → 20240000. The
    order of the numbers is the order of the strings, so a date range filters alike."""
    if not date or len(date) < 4 or not date[:4].isdigit():
        return None
    parts = date.split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 and parts[1] else 0
        d = int(parts[2][:2]) if len(parts) > 2 and parts[2] else 0
    except ValueError:
        return None
    return y * 10000 + m * 100 + d


# --------------------------------------------------------------------------- meta

@dataclass
class Meta:
    version: int
    signature: tuple[int, int, str]      # what _signature gave when the index was written
    rowids: array                        # rowids indexed, ascending
    ids: list[str]                       # the article id of each (a rowid can be reused)


def _read_meta(path: Path, *, pairs: bool = True) -> Meta | None:
    """What the folder says is indexed; None when it is missing, of another version or
    damaged. ``pairs=False`` reads the signature alone (what a search needs)."""
    try:
        info = json.loads((path / "baoxun.json").read_text())
        rowids = array("q")
        ids: list[str] = []
        if pairs:
            rowids.frombytes((path / "baoxun-rowids.bin").read_bytes())
            ids = (path / "baoxun-ids.txt").read_text().split()
        elif (path / "baoxun-rowids.bin").stat().st_size != 8 * info.get("articles", -1):
            return None
    except (OSError, ValueError, AttributeError):
        return None
    if info.get("version") != INDEX_VERSION or pairs and not len(rowids) == len(ids) == info.get("articles"):
        return None
    return Meta(info["version"], tuple(info["signature"]), rowids, ids)


def _write_meta(path: Path, pairs: list[tuple[int, str]], signature: tuple, extra: dict[str, Any]) -> None:
    """The list of what is indexed, then baoxun.json last, each by a rename: a reader
    sees the old or the new list, and a mismatch of lengths reads as no list at all."""
    for name, data in (("baoxun-rowids.bin", array("q", [r for r, _ in pairs]).tobytes()),
                       ("baoxun-ids.txt", "\n".join(i for _, i in pairs).encode())):
        tmp = path / (name + ".tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path / name)
    info = {"version": INDEX_VERSION, "articles": len(pairs), "signature": list(signature), **extra}
    tmp = path / "baoxun.json.tmp"
    tmp.write_text(json.dumps(info, indent=1, ensure_ascii=False))
    os.replace(tmp, path / "baoxun.json")


def _signature(conn: sqlite3.Connection) -> tuple[int, int, str]:
    """(articles, largest rowid, id of that article): the store only appends rows and
    deletes whole pages, so any write changes one of them (a rowid freed at the end and
    given again goes to an article of another id)."""
    count = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    row = conn.execute("SELECT rowid, id FROM articles ORDER BY rowid DESC LIMIT 1").fetchone()
    return (count, row[0], row[1]) if row else (0, 0, "")


def _stored_pairs(conn: sqlite3.Connection) -> set[tuple[int, str]]:
    return {(r[0], r[1]) for r in conn.execute("SELECT rowid, id FROM articles")}


# --------------------------------------------------------------------------- documents

def _rows(conn: sqlite3.Connection, rowids: Iterable[int] | None) -> Iterator[list[tuple]]:
    """Article rows in batches of BUILD_BATCH: all (by rowid) or the given rowids."""
    cols = "rowid, id, kind, date, place, paper, title_tokens, body_tokens"
    # (the id goes with the rowid into the list of what is indexed)
    if rowids is None:
        last = 0
        while True:
            batch = conn.execute(f"SELECT {cols} FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?",
                                 (last, BUILD_BATCH)).fetchall()
            if not batch:
                return
            last = batch[-1][0]
            yield batch
    else:
        ids = sorted(rowids)
        for i in range(0, len(ids), 500):
            part = ids[i: i + 500]
            yield conn.execute(f"SELECT {cols} FROM articles WHERE rowid IN ({','.join('?' * len(part))})",
                               part).fetchall()


def _documents(conn: sqlite3.Connection, batch: list[tuple]) -> Iterator[Any]:
    """tantivy documents of a batch of article rows, with their mentions."""
    ids = [r[1] for r in batch]
    places: dict[str, set[str]] = {}
    people: dict[str, set[str]] = {}
    for i in range(0, len(ids), 500):
        part = ids[i: i + 500]
        marks = ",".join("?" * len(part))
        for aid, *names in conn.execute(
                f"SELECT article_id, name, city, county, code FROM places WHERE article_id IN ({marks})", part):
            places.setdefault(aid, set()).update(n for n in names if n)
        for aid, name in conn.execute(f"SELECT article_id, name FROM people WHERE article_id IN ({marks})", part):
            people.setdefault(aid, set()).add(name)
    for rowid, aid, kind, date, place, paper, title_tokens, body_tokens in batch:
        doc = tantivy.Document()
        doc.add_integer("rowid", rowid)
        doc.add_text("title", title_tokens or "")
        doc.add_text("body", body_tokens or "")
        doc.add_text("kind", kind or "")
        if paper:
            doc.add_text("paper", paper)
        day = day_number(date)
        if day is not None:
            doc.add_integer("day", day)
            doc.add_integer("month", day // 100)
        doc.add_integer("kind_day", kind_day(kind or "", day or 0))
        where = places.get(aid, set())
        if place:
            where.add(place)
        for p in sorted(where):
            doc.add_text("place", p)
        for p in sorted(people.get(aid, ())):
            doc.add_text("person", p)
        yield doc


def _open(path: Path, *, create: bool = False):
    if create:
        path.mkdir(parents=True, exist_ok=True)
    index = tantivy.Index(_schema(), str(path), reuse=True)
    index.register_tokenizer(ANALYZER, _analyzer())
    return index


# --------------------------------------------------------------------------- build and sync

def build(archive: Any, path: Path | None = None, *, threads: int = 1) -> dict[str, Any]:
    """Index every article of ``archive`` afresh (into a new folder, then swapped in).
    Returns counts and timings. Raises :class:`BaoxunError` when tantivy is missing."""
    if not available():
        raise BaoxunError("the search index needs the tantivy package (pip install tantivy)")
    path = path or index_path(archive)
    tmp = path.with_name(path.name + ".new")
    shutil.rmtree(tmp, ignore_errors=True)
    started, cpu0 = time.perf_counter(), time.process_time()
    conn = archive.conn
    signature = _signature(conn)
    index = _open(tmp, create=True)
    writer = index.writer(heap_size=WRITER_HEAP, num_threads=threads)
    pairs: list[tuple[int, str]] = []
    read_s = 0.0
    t = time.perf_counter()
    for batch in _rows(conn, None):
        docs = list(_documents(conn, batch))
        read_s += time.perf_counter() - t
        for doc in docs:
            writer.add_document(doc)
        pairs.extend((r[0], r[1]) for r in batch)
        t = time.perf_counter()
    writer.commit()
    writer.wait_merging_threads()
    if _signature(conn) != signature or len(pairs) != signature[0]:
        shutil.rmtree(tmp, ignore_errors=True)
        raise BaoxunError("the archive changed while the index was built; run the build again")
    wall = time.perf_counter() - started
    _write_meta(tmp, pairs, signature, {"built_s": round(wall, 1)})
    old = path.with_name(path.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if path.exists():
        os.replace(path, old)
    os.replace(tmp, path)
    shutil.rmtree(old, ignore_errors=True)
    _forget(archive)
    n = len(pairs)
    return {"articles": n, "build_s": round(wall, 1), "read_s": round(read_s, 1),
            "cpu_s": round(time.process_time() - cpu0, 1), "articles_per_s": round(n / wall) if wall else None,
            "index_mb": round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6, 1)}


def sync(archive: Any) -> dict[str, int]:
    """Bring an existing index in step with the archive: add the articles it lacks,
    delete those the archive no longer has. Builds it when it does not exist yet.
    Idempotent, and safe to run again after it was killed at any point."""
    if not available():
        raise BaoxunError("the search index needs the tantivy package (pip install tantivy)")
    path = index_path(archive)
    conn = archive.conn
    signature = _signature(conn)
    head = _read_meta(path, pairs=False)
    if head is not None and head.signature == signature:
        return {"added": 0, "deleted": 0}             # in step: the pairs need not be read
    meta = _read_meta(path)
    if meta is None:
        return {"added": build(archive)["articles"], "deleted": 0}
    stored = _stored_pairs(conn)
    indexed = set(zip(meta.rowids, meta.ids))
    added, deleted = stored - indexed, indexed - stored
    index = _open(path)
    writer = index.writer(heap_size=50_000_000, num_threads=1)
    for rowid in sorted({r for r, _ in added | deleted}):
        writer.delete_documents_by_term("rowid", rowid)     # first: a sync run again never doubles
    for batch in _rows(conn, {r for r, _ in added}):
        for doc in _documents(conn, batch):
            writer.add_document(doc)
    writer.commit()
    writer.wait_merging_threads()
    if _signature(conn) != signature:
        raise BaoxunError("the archive changed during the index sync; run it again")
    _write_meta(path, sorted(stored), signature, {})
    _forget(archive)
    return {"added": len(added), "deleted": len(deleted)}


def keep_in_step(archive: Any) -> dict[str, int] | None:
    """For ingest, after its last batch: sync the index when the archive has one (a
    folder beside it); None when it has none or tantivy is missing. An ingest killed
    before this leaves the index stale — searches use FTS5 until the next ingest or
    ``baoxun index`` syncs it."""
    if not available() or not index_path(archive).exists():
        return None
    return sync(archive)


# --------------------------------------------------------------------------- opening for search

@dataclass
class _Open:
    index: Any
    schema: Any
    analyzer: Any
    meta: Meta
    key: tuple[int, int]            # (data_version, total_changes) when last checked
    fresh: bool


_cache_lock = threading.Lock()


def _engine_error(exc: BaseException) -> bool:
    """An error of tantivy's (a damaged or unreadable index), as opposed to ours or an
    interrupt: tantivy raises ValueError/OSError, and a Rust panic arrives as pyo3's
    PanicException, which derives from BaseException."""
    return isinstance(exc, (ValueError, OSError, RuntimeError)) or type(exc).__name__ == "PanicException"


def _forget(archive: Any) -> None:
    archive.__dict__.pop("_bx_index", None)


def _check_key(conn: sqlite3.Connection, path: Path) -> tuple[int, int, int]:
    """Changes when the archive or the index folder may have changed: SQLite's
    data_version (writes by other connections), this connection's own changes, and the
    index's baoxun.json (written last by build and sync)."""
    try:
        stamp = (path / "baoxun.json").stat().st_mtime_ns
    except OSError:
        stamp = 0
    return (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes, stamp)


# One tantivy Index per folder version and process, shared by every Archive object
# (the web reader opens one per thread): (path, baoxun.json mtime) → Index.
_indexes: dict[tuple[str, int], Any] = {}


def opened(archive: Any) -> _Open | None:
    """The archive's index, re-checked against the archive only when something changed
    (``_check_key``); None when it is missing, stale or tantivy is not installed."""
    if not available():
        return None
    conn = archive.conn
    path = index_path(archive)
    key = _check_key(conn, path)
    cur = archive.__dict__.get("_bx_index")
    if cur is not None and cur.key == key:
        return cur if cur.fresh else None
    meta = _read_meta(path, pairs=False)
    if meta is None:
        archive.__dict__["_bx_index"] = _Open(None, None, None, Meta(0, (0, 0, ""), array("q"), []), key, False)
        return None
    with _cache_lock:
        shared = (str(path), key[2])
        index = _indexes.get(shared)
        if index is None:
            for old in [k for k in _indexes if k[0] == shared[0]]:
                del _indexes[old]
            try:
                index = _open(path)
                index.reload()
            except BaseException as exc:                      # damaged: search runs on FTS5
                if not _engine_error(exc):
                    raise
                archive.__dict__["_bx_index"] = _Open(None, None, None, meta, key, False)
                return None
            _indexes[shared] = index
    fresh = _signature(conn) == meta.signature
    state = _Open(index, index.schema, _analyzer(), meta, key, fresh)
    archive.__dict__["_bx_index"] = state
    return state if fresh else None


def status(archive: Any) -> str:
    """``fresh``, ``stale`` (exists, not in step with the archive), ``missing`` or
    ``unavailable`` (tantivy not installed)."""
    if not available():
        return "unavailable"
    if _read_meta(index_path(archive)) is None:
        return "missing"
    _forget(archive)
    return "fresh" if opened(archive) is not None else "stale"


# --------------------------------------------------------------------------- queries

def _word(ix: _Open, toks: Term, boost: bool = True):
    """One word or phrase in the title or the body (a headline hit weighted
    TITLE_BOOST); several tokens must come in order within NEAR's distance."""
    sub = [a for t in toks for a in ix.analyzer.analyze(t)]
    if not sub:
        return None
    Q = tantivy.Query
    if len(toks) > 1 and len(sub) <= NEAR_ORDERS_MAX:
        # FTS5's NEAR takes the tokens in any order; a phrase with slop, in order
        orders = sorted(set(itertools.permutations(sub)))
    else:
        orders = [tuple(sub)]
    slop = near_distance(len(toks)) if len(toks) > 1 else 0
    parts = []
    for field, weight in (("title", TITLE_BOOST if boost else 1.0), ("body", 1.0)):
        for order in orders:
            if len(order) == 1:
                q = Q.term_query(ix.schema, field, order[0])
            else:
                q = Q.phrase_query(ix.schema, field, list(order), slop)
            parts.append((tantivy.Occur.Should, Q.boost_query(q, weight) if weight != 1.0 else q))
    return Q.boolean_query(parts)


def _filters(ix: _Open, filters: Any) -> list:
    Q = tantivy.Query
    out = []

    def raw(field: str, value: str | None) -> None:
        if value:
            out.append(Q.term_query(ix.schema, field, value))

    raw("place", filters.place)
    raw("person", filters.person)
    raw("paper", getattr(filters, "paper", None))
    lo = day_number(filters.date_from) if filters.date_from else None
    hi = day_number(filters.date_to) if filters.date_to else None
    if filters.date_from and lo is None or filters.date_to and hi is None:
        out.append(Q.empty_query())          # a bound that is no date: SQL would match nothing either
    elif filters.kind:
        base = kind_day(filters.kind, 0)     # an article without a date has day 0:
        dated = lo is not None or hi is not None   # left out by any date bound, as in SQL
        out.append(Q.range_query(ix.schema, "kind_day", tantivy.FieldType.Integer,
                                 base + (lo if lo is not None else 1 if dated else 0),
                                 base + (hi if hi is not None else KIND_SPAN - 1)))
    elif lo is not None or hi is not None:
        out.append(Q.range_query(ix.schema, "day", tantivy.FieldType.Integer, lo, hi))
    return [Q.const_score_query(q, 0.0) for q in out]


def to_query(ix: _Open, query: Query, filters: Any):
    """The tantivy query of a parsed user query and filters."""
    Q, Occur = tantivy.Query, tantivy.Occur
    ors = []
    for group in query.groups:
        terms = [_word(ix, t) for t in group]
        if any(t is None for t in terms):
            continue                              # a word with no token matches nothing
        ors.append(terms[0] if len(terms) == 1 else Q.boolean_query([(Occur.Must, t) for t in terms]))
    if not ors:
        return Q.empty_query()
    main = ors[0] if len(ors) == 1 else Q.boolean_query([(Occur.Should, q) for q in ors])
    clauses = [(Occur.Must, main)]
    for neg in query.negatives:
        q = _word(ix, neg, boost=False)
        if q is not None:
            clauses.append((Occur.MustNot, q))
    clauses += [(Occur.Must, f) for f in _filters(ix, filters)]
    return clauses[0][1] if len(clauses) == 1 else Q.boolean_query(clauses)


def search(archive: Any, query: Query, filters: Any, *, limit: int, offset: int,
           verify=None) -> tuple[list[tuple[int, float]], int] | None:
    """``(rowid, score)`` of the page asked for, best first, and the total; None when
    the index cannot answer (missing, stale, tantivy not installed).

    Exact phrases: the index finds the articles with the phrase's tokens close together
    and ``verify(rowids) -> set`` keeps those whose text has the phrase as printed; the
    PHRASE_VERIFY_MAX best candidates are checked. With more candidates than that the
    total is the candidates' count scaled by the share that passed (an estimate)."""
    ix = opened(archive)
    if ix is None:
        return None
    try:
        return _search(ix, query, filters, limit=limit, offset=offset, verify=verify)
    except BaseException as exc:                      # a damaged index: the caller uses FTS5
        if not _engine_error(exc):
            raise
        return None


def _search(ix: _Open, query: Query, filters: Any, *, limit: int, offset: int,
            verify) -> tuple[list[tuple[int, float]], int]:
    q = to_query(ix, query, filters)
    searcher = ix.index.searcher()
    if not query.phrases or verify is None:
        res = searcher.search(q, limit, count=True, offset=offset)
        rowids = searcher.fast_field_values("rowid", [a for _, a in res.hits]) if res.hits else []
        return [(r, s) for r, (s, _) in zip(rowids, res.hits)], res.count
    res = searcher.search(q, PHRASE_VERIFY_MAX, count=True)
    rowids = searcher.fast_field_values("rowid", [a for _, a in res.hits]) if res.hits else []
    ok = verify(rowids)
    kept = [(r, s) for r, (s, _) in zip(rowids, res.hits) if r in ok]
    total = len(kept)
    if res.count > len(rowids) and rowids:
        total = round(res.count * len(kept) / len(rowids))
    return kept[offset: offset + limit], total


def facet_counts(archive: Any, query: Query, filters: Any, *, size: int = 10) -> dict[str, Any] | None:
    """Counts of the matching articles by kind, month, place and person, from the
    index's fast fields (terms aggregations: no SQL scan); None when the index cannot
    answer. Values per facet: every kind and month, the ``size`` most frequent places
    (division codes left out) and people."""
    ix = opened(archive)
    if ix is None:
        return None
    q = to_query(ix, query, filters)
    aggs = {"kind": {"terms": {"field": "kind", "size": 50}},
            "month": {"terms": {"field": "month", "size": 10_000}},
            # more than `size` asked for, so that ties at the cut are broken by name
            # as the SQL facets break them, and per-segment top lists stay exact enough
            "place": {"terms": {"field": "place", "size": size * 4, "segment_size": size * 40}},
            "person": {"terms": {"field": "person", "size": size * 4, "segment_size": size * 40}}}
    res = ix.index.searcher().aggregate(q, aggs)

    def buckets(name: str) -> list[tuple[Any, int]]:
        return [(b["key"], int(b["doc_count"])) for b in res.get(name, {}).get("buckets", [])]

    months = {f"{int(k) // 100:04d}-{int(k) % 100:02d}": n for k, n in buckets("month") if int(k) % 100}
    places = [(k, n) for k, n in buckets("place") if not str(k).isdigit()]
    places.sort(key=lambda t: (-t[1], t[0]))
    people = sorted(buckets("person"), key=lambda t: (-t[1], t[0]))
    return {"kind": sorted(buckets("kind"), key=lambda t: (-t[1], t[0])), "month": sorted(months.items()),
            "place": places[:size], "person": people[:size]}


# A date facet over more months than this is given by year (as the web reader's SQL
# facets do: baoxun.web.queries.FACET_MONTHS_MAX).
FACET_MONTHS_MAX = 18


def facets(archive: Any, text: str, filters: Any, *, size: int = 10) -> dict[str, Any] | None:
    """The web reader's search facets (``baoxun.web.queries.facets``'s shape: kind,
    date by month or year with its from/to, place, person, ``timed_out``) from the
    index; None when the index cannot answer (the caller then counts with SQL)."""
    import calendar

    from .query import parse_query

    got = facet_counts(archive, parse_query(text), filters, size=size)
    if got is None:
        return None
    months = got["month"]
    if len(months) > FACET_MONTHS_MAX:
        years: dict[str, int] = {}
        for m, n in months:
            years[m[:4]] = years.get(m[:4], 0) + n
        date = [{"value": y, "count": n, "from": f"{y}-01-01", "to": f"{y}-12-31"} for y, n in sorted(years.items())]
    else:
        date = [{"value": m, "count": n, "from": f"{m}-01",
                 "to": f"{m}-{calendar.monthrange(int(m[:4]), int(m[5:7]))[1]:02d}"} for m, n in months]
    return {"kind": [{"value": k, "count": n} for k, n in got["kind"]], "date": date,
            "place": [{"value": k, "count": n} for k, n in got["place"]],
            "person": [{"value": k, "count": n} for k, n in got["person"]], "timed_out": []}
