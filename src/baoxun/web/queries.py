"""The reader's questions to the archive, beyond what ``baoxun.archive`` answers already:
search facets, export rows, a person's articles, posts and companions, a place's
articles and sub-divisions, the calendar of issues, a page's items, and which register
person each name of an article is (the officials register's own pages are
:mod:`baoxun.register.query`).

Every function takes an open :class:`~baoxun.archive.Archive` and plain values, binds
every value as an SQL parameter, and returns plain data (dicts and lists) that the
HTML pages and the JSON API both render. Nothing here knows about HTTP.
"""
from __future__ import annotations

import calendar
import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .. import gazetteer
from ..archive import Archive, Filters, Hit
from ..archive import index as _index
from ..archive.query import parse_query
from ..archive.search import BODY_WEIGHT, TITLE_WEIGHT
from ..archive.search import ranked_ids as ranked_ids_index
from ..archive.search import search as archive_search
from ..errors import BaoxunError

# Values listed per facet (the most frequent first).
FACET_SIZE = 10
# A facet over more months than this is shown by year instead.
FACET_MONTHS_MAX = 18
# People listed as most often named together with a person.
COMPANIONS = 15
# Runs of equal posts kept in a person's timeline (the latest ones).
TIMELINE_MAX = 200
# SQLite virtual-machine steps between two checks of a request's deadline.
PROGRESS_STEPS = 20_000


class Timeout(Exception):
    """A query ran past its deadline and was interrupted."""


@contextmanager
def deadline(conn: sqlite3.Connection, seconds: float) -> Iterator[None]:
    """Interrupt every statement on ``conn`` that runs past ``seconds`` from now
    (datasette's time limit): a runaway query cannot hold a worker."""
    stop = time.monotonic() + seconds
    fired = False

    def check() -> int:
        nonlocal fired
        if time.monotonic() > stop:
            fired = True
            return 1
        return 0

    conn.set_progress_handler(check, PROGRESS_STEPS)
    try:
        yield
    except Exception as exc:
        if fired:
            raise Timeout(f"the query took longer than {seconds:g} s") from exc
        raise
    finally:
        conn.set_progress_handler(None, PROGRESS_STEPS)


# --------------------------------------------------------------------------- search

def matched(text: str, filters: Filters) -> tuple[str, list[Any]]:
    """``FROM … WHERE …`` selecting the articles (as ``a``) a search matches, with its
    parameters — the same set :func:`baoxun.archive.search` ranks. ``CROSS JOIN`` keeps
    the FTS5 index as the outer loop: left to itself SQLite may walk the ``kind`` or
    ``date`` index and run the full-text match once per article (seconds per query on
    10^5 articles, measured)."""
    query = parse_query(text)
    where, params = filters.sql()
    conds = ["articles_fts MATCH ?"] + ([where] if where else [])
    args: list[Any] = [query.match] + params
    for phrase in query.phrases:
        conds.append("instr(coalesce(a.title, '') || ' ' || a.body, ?) > 0")
        args.append(phrase)
    return (f"FROM articles_fts CROSS JOIN articles a ON a.rowid = articles_fts.rowid WHERE {' AND '.join(conds)}",
            args)


def search(archive: Archive, text: str, filters: Filters | None = None, *, limit: int = 20,
           offset: int = 0) -> tuple[list[Hit], int]:
    """The library's search (one query plan for the CLI and the server)."""
    return archive_search(archive, text, filters, limit=limit, offset=offset)


def facets(archive: Archive, text: str, filters: Filters, *, seconds: float = 1.0,
           size: int = FACET_SIZE) -> dict[str, Any]:
    """Counts of the matching articles by kind, date (month, or year over a long span),
    place (the paper's place or a place named, with the province/city/county a named
    place lies in: the ``place`` filter's own meaning) and person named. Each value's
    count is what choosing it as a filter gives.

    1. From the search index (``archive.index.facets``: terms aggregations over its
       fast fields, ~12 ms at 10^6 articles) when it exists and is in step;
    2. else in SQL (:func:`facets_sql`), under the time limit ``seconds``."""
    try:
        got = _index.facets(archive, text, filters, size=size)
    except BaoxunError:
        raise                                     # the user's query: the SQL plan would refuse it too
    except BaseException as exc:                  # a damaged index (tantivy errors, panics): SQL
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        got = None
    if got is not None:
        return got
    return facets_sql(archive, text, filters, seconds=seconds, size=size)


def facets_sql(archive: Archive, text: str, filters: Filters, *, seconds: float = 1.0,
               size: int = FACET_SIZE) -> dict[str, Any]:
    """:func:`facets` counted in SQL over FTS5. All facets share ``seconds``; one that
    would overrun is left out and named in ``timed_out`` (datasette's facet time limit)."""
    base, args = matched(text, filters)
    q = archive.conn.execute
    stop = time.monotonic() + seconds
    out: dict[str, Any] = {"kind": None, "date": None, "place": None, "person": None, "timed_out": []}

    def run(name: str, fn) -> None:
        left = stop - time.monotonic()
        if left <= 0:
            out["timed_out"].append(name)
            return
        try:
            with deadline(archive.conn, left):
                fn()
        except Timeout:
            out["timed_out"].append(name)

    def kind_date() -> None:
        kinds: dict[str, int] = {}
        months: dict[str, int] = {}
        for kind, month, n in q(f"SELECT a.kind, substr(a.date, 1, 7), count(*) {base} GROUP BY 1, 2", args):
            kinds[kind] = kinds.get(kind, 0) + n
            if month:
                months[month] = months.get(month, 0) + n
        out["kind"] = [{"value": k, "count": n} for k, n in sorted(kinds.items(), key=lambda t: (-t[1], t[0]))]
        if len(months) > FACET_MONTHS_MAX:
            years: dict[str, int] = {}
            for m, n in months.items():
                years[m[:4]] = years.get(m[:4], 0) + n
            out["date"] = [{"value": y, "count": n, "from": f"{y}-01-01", "to": f"{y}-12-31"}
                           for y, n in sorted(years.items())]
        else:
            out["date"] = [{"value": m, "count": n, "from": f"{m}-01", "to": _month_end(m)}
                           for m, n in sorted(months.items())]

    def place() -> None:
        seen: dict[str, set[str]] = {}
        for aid, home in q(f"SELECT a.id, a.place {base}", args):
            if home:
                seen.setdefault(home, set()).add(aid)
        for aid, *names in q(f"WITH hit AS (SELECT a.id {base}) SELECT p.article_id, p.name, p.city, p.county"
                             " FROM hit CROSS JOIN places p ON p.article_id = hit.id", args):
            for name in names:
                if name:
                    seen.setdefault(name, set()).add(aid)
        top = sorted(((len(ids), name) for name, ids in seen.items()), key=lambda t: (-t[0], t[1]))[:size]
        out["place"] = [{"value": name, "count": n} for n, name in top]

    def person() -> None:
        out["person"] = [{"value": r[0], "count": r[1]} for r in q(
            f"WITH hit AS (SELECT a.id {base}) SELECT p.name, count(DISTINCT p.article_id)"
            " FROM hit CROSS JOIN people p ON p.article_id = hit.id GROUP BY p.name ORDER BY 2 DESC, 1 LIMIT ?",
            args + [size])]

    run("kind", kind_date)
    if out["kind"] is None:
        out["timed_out"].append("date")
    run("person", person)
    run("place", place)
    return out


def _month_end(month: str) -> str:
    """``2024-02`` → ``2024-02-29``."""
    try:
        y, m = int(month[:4]), int(month[5:7])
        return f"{month}-{calendar.monthrange(y, m)[1]:02d}"
    except (ValueError, IndexError):
        return f"{month}-28"


def ranked_ids(archive: Archive, text: str, filters: Filters, limit: int) -> list[str]:
    """Ids of up to ``limit`` matching articles, best first (for exports): from the
    search index when it is in step (``archive.search.ranked_ids``), else ranked by
    bm25 in SQL (:func:`ranked_ids_sql`)."""
    got = ranked_ids_index(archive, text, filters, limit=limit)
    return got if got is not None else ranked_ids_sql(archive, text, filters, limit)


def ranked_ids_sql(archive: Archive, text: str, filters: Filters, limit: int) -> list[str]:
    """:func:`ranked_ids` on FTS5: every match ranked by bm25."""
    base, args = matched(text, filters)
    rows = archive.conn.execute(
        f"SELECT a.id {base} ORDER BY bm25(articles_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}) LIMIT ?", args + [limit])
    return [r[0] for r in rows]


# --------------------------------------------------------------------------- summaries

_SUMMARY = "a.id, a.page_id, a.seq, a.kind, a.title, a.headlines, a.date, a.paper, a.place, a.section"


def _summary(row: sqlite3.Row) -> dict[str, Any]:
    heads = json.loads(row["headlines"])
    return {"id": row["id"], "page_id": row["page_id"], "seq": row["seq"], "kind": row["kind"],
            "title": row["title"] or (heads[0] if heads else None), "date": row["date"],
            "paper": row["paper"], "place": row["place"], "section": row["section"]}


def _count(archive: Archive, sql: str, args: list[Any]) -> int:
    return archive.conn.execute(f"SELECT count(*) FROM ({sql})", args).fetchone()[0]


# --------------------------------------------------------------------------- pages

def page(archive: Archive, pid: str) -> dict[str, Any] | None:
    """A page's record (paper, place, issue date, how they were inferred) and its
    articles in reading order; None when the id is unknown."""
    row = archive.conn.execute("SELECT * FROM pages WHERE id = ?", (pid,)).fetchone()
    if row is None:
        return None
    try:
        evidence = json.loads(row["evidence"]) if row["evidence"] else None
    except ValueError:
        evidence = row["evidence"]
    return {"id": row["id"], "source": row["source"], "paper": row["paper"], "place": row["place"],
            "issue_date": row["issue_date"], "issue_year": row["issue_year"], "date_source": row["date_source"],
            "evidence": evidence, "articles": archive.page_articles(pid)}


def page_items(archive: Archive, pid: str) -> list[dict[str, Any]]:
    """Summaries of a page's items in reading order."""
    rows = archive.conn.execute(f"SELECT {_SUMMARY} FROM articles a WHERE a.page_id = ? ORDER BY a.seq", (pid,))
    return [_summary(r) for r in rows]


def page_meta(archive: Archive, pid: str) -> dict[str, Any] | None:
    row = archive.conn.execute("SELECT id, source, paper, place, issue_date, date_source FROM pages WHERE id = ?",
                               (pid,)).fetchone()
    return dict(row) if row else None


# --------------------------------------------------------------------------- people

def person(archive: Archive, name: str, *, limit: int, offset: int) -> dict[str, Any] | None:
    """Articles naming ``name`` (newest first), the posts printed with the name over
    time, and the people most often named in the same articles; None if never named."""
    q = archive.conn.execute
    where = "a.id IN (SELECT article_id FROM people WHERE name = ?)"
    total = q(f"SELECT count(*) FROM articles a WHERE {where}", (name,)).fetchone()[0]
    if total == 0:
        return None
    rows = q(f"SELECT {_SUMMARY} FROM articles a WHERE {where} ORDER BY a.date DESC, a.id LIMIT ? OFFSET ?",
             (name, limit, offset))
    results = [_summary(r) for r in rows]
    # the timeline: every dated mention's posts, in date order, runs of equal posts merged
    timeline: list[dict[str, Any]] = []
    undated_posts: set[str] = set()
    for r in q("SELECT a.date, p.posts FROM people p JOIN articles a ON a.id = p.article_id"
               " WHERE p.name = ? ORDER BY a.date, a.id", (name,)):
        posts = [x for x in json.loads(r["posts"]) if x]
        if not posts:
            continue
        if r["date"] is None:
            undated_posts.update(posts)
            continue
        if timeline and timeline[-1]["posts"] == posts:
            timeline[-1]["to"] = r["date"]
            timeline[-1]["articles"] += 1
        else:
            timeline.append({"from": r["date"], "to": r["date"], "posts": posts, "articles": 1})
    runs = len(timeline)
    posts: dict[str, dict[str, Any]] = {}
    for run in timeline:
        for p in run["posts"]:
            seen = posts.setdefault(p, {"post": p, "first": run["from"], "last": run["to"], "articles": 0})
            seen["last"] = run["to"]
            seen["articles"] += run["articles"]
    companions = [{"name": r[0], "articles": r[1]} for r in q(
        "SELECT o.name, count(DISTINCT o.article_id) FROM people p JOIN people o"
        " ON o.article_id = p.article_id AND o.name != p.name WHERE p.name = ?"
        " GROUP BY o.name ORDER BY 2 DESC, 1 LIMIT ?", (name, COMPANIONS))]
    span = q(f"SELECT min(a.date), max(a.date) FROM articles a WHERE {where}", (name,)).fetchone()
    return {"name": name, "total": total, "limit": limit, "offset": offset, "date_span": [span[0], span[1]],
            "posts": sorted(posts.values(), key=lambda p: (p["first"], p["post"])),
            "timeline": timeline[-TIMELINE_MAX:], "timeline_runs": runs,
            "undated_posts": sorted(undated_posts), "companions": companions, "results": results}


# --------------------------------------------------------------------------- places

def _place_dict(p: gazetteer.Place) -> dict[str, Any]:
    return {"code": p.code, "name": p.name, "level": p.level, "province": p.province, "city": p.city,
            "county": p.county, "parent": p.parent, "former": p.former}


def parents(p: gazetteer.Place) -> list[gazetteer.Place]:
    """The divisions above ``p``, top (province) first."""
    chain: list[gazetteer.Place] = []
    code = p.parent
    while code and len(chain) < 4:
        up = gazetteer.by_code(code)
        if up is None or up.code == p.code:
            break
        chain.append(up)
        code = up.parent
    return chain[::-1]


def _place_where(p: gazetteer.Place | None, code: str) -> tuple[str, list[Any]]:
    """Articles about a division: published there (the paper's place), or naming it or
    any place within it (places.code, or its name as the mention's province, city or
    county, with the level above as a check against namesakes)."""
    if p is None:
        return "a.id IN (SELECT article_id FROM places WHERE code = ?)", [code]
    sub = ["code = ?"]
    args: list[Any] = [p.code]
    if p.level == "province":
        sub.append("province = ?")
        args.append(p.name)
    elif p.level == "city":
        sub.append("(city = ? AND (province = ? OR province IS NULL))")
        args += [p.name, p.province]
    elif p.level == "county":
        sub.append("(county = ? AND (city = ? OR city IS NULL))")
        args += [p.name, p.city]
    return (f"(a.place = ? OR a.id IN (SELECT article_id FROM places WHERE {' OR '.join(sub)}))",
            [p.name] + args)


def place(archive: Archive, code: str, *, limit: int, offset: int) -> dict[str, Any] | None:
    """A division (from the gazetteer), its parent divisions, the articles about it
    (newest first) and how many name each division within it; None if neither the
    gazetteer nor the archive knows the code."""
    p = gazetteer.by_code(code)
    q = archive.conn.execute
    where, args = _place_where(p, code)
    total = q(f"SELECT count(*) FROM articles a WHERE {where}", args).fetchone()[0]
    if p is None and total == 0:
        return None
    rows = q(f"SELECT {_SUMMARY} FROM articles a WHERE {where} ORDER BY a.date DESC, a.id LIMIT ? OFFSET ?",
             args + [limit, offset])
    within: list[dict[str, Any]] = []
    if p is not None and p.level in ("province", "city"):
        col, up = ("city", "province") if p.level == "province" else ("county", "city")
        for r in q(f"SELECT {col}, count(DISTINCT article_id) FROM places WHERE {up} = ? AND {col} IS NOT NULL"
                   f" AND {col} != ? GROUP BY {col} ORDER BY 2 DESC, 1 LIMIT 30", (p.name, p.name)):
            kids = [c for c in gazetteer.lookup(r[0]) if c.parent == p.code or
                    (p.level == "province" and c.province == p.name and c.level == "city")]
            within.append({"name": r[0], "code": kids[0].code if kids else None, "articles": r[1]})
    names = [r[0] for r in q("SELECT DISTINCT name FROM places WHERE code = ? LIMIT 10", (code,))]
    if p is None:
        info: dict[str, Any] = {"code": code, "name": names[0] if names else code, "level": None,
                                "province": None, "city": None, "county": None, "parent": None, "former": False}
        chain: list[dict[str, Any]] = []
    else:
        info = _place_dict(p)
        chain = [_place_dict(x) for x in parents(p)]
    return {"place": info, "parents": chain, "names": names, "within": within, "total": total,
            "limit": limit, "offset": offset, "results": [_summary(r) for r in rows]}


def place_code(name: str, city: str | None = None, county: str | None = None,
               province: str | None = None) -> str | None:
    """The division code of a place mention stored without one, when the gazetteer knows
    the name in that context (used for links only)."""
    for cand in gazetteer.lookup(name):
        if (not province or cand.province == province) and (not city or cand.city == city) and \
                (not county or cand.county == county or cand.level != "county"):
            return cand.code
    return None


def resolve_code(name: str) -> str | None:
    """The code of the one division ``name`` most likely means (see
    :func:`baoxun.gazetteer.resolve`), or None when unknown or ambiguous."""
    p = gazetteer.resolve(name)
    return p.code if p is not None else None


# --------------------------------------------------------------------------- calendar

def calendar_years(archive: Archive) -> list[dict[str, Any]]:
    return [{"year": r[0], "issues": r[1], "pages": r[2]} for r in archive.conn.execute(
        "SELECT substr(issue_date, 1, 4) AS y, count(DISTINCT issue_date), count(*) FROM pages"
        " WHERE issue_date IS NOT NULL GROUP BY y ORDER BY y")]


def calendar_days(archive: Archive, year: str) -> dict[str, dict[str, Any]]:
    """Issue dates of ``year`` → pages that day and the papers/places printed."""
    out: dict[str, dict[str, Any]] = {}
    for r in archive.conn.execute(
            "SELECT issue_date, count(*), group_concat(DISTINCT coalesce(paper, place)) FROM pages"
            " WHERE issue_date >= ? AND issue_date <= ? GROUP BY issue_date",
            (f"{year}-01-01", f"{year}-12-31")):
        out[r[0]] = {"pages": r[1], "papers": [x for x in (r[2] or "").split(",") if x]}
    return out


def issue(archive: Archive, day: str) -> list[dict[str, Any]]:
    """The pages printed on ``day`` with their items' titles."""
    pages = [dict(r) for r in archive.conn.execute(
        "SELECT id, source, paper, place, issue_date, date_source FROM pages WHERE issue_date = ?"
        " ORDER BY paper, place, source", (day,))]
    for p in pages:
        p["items"] = page_items(archive, p["id"])
    return pages


def undated_pages(archive: Archive) -> int:
    return archive.conn.execute("SELECT count(*) FROM pages WHERE issue_date IS NULL").fetchone()[0]


# --------------------------------------------------------------------------- home

def overview(archive: Archive) -> dict[str, Any]:
    """What the home page shows beyond :func:`baoxun.archive.stats`: distinct people,
    places and papers, and the issue span."""
    q = archive.conn.execute
    return {
        "people": q("SELECT count(DISTINCT name) FROM people").fetchone()[0],
        "places": q("SELECT count(DISTINCT coalesce(code, name)) FROM places").fetchone()[0],
        "issues": q("SELECT count(DISTINCT issue_date) FROM pages").fetchone()[0],
        "issue_span": list(q("SELECT min(issue_date), max(issue_date) FROM pages").fetchone()),
    }


# --------------------------------------------------------------------------- register

def register_ready(archive: Archive) -> bool:
    """The archive has officials register tables built from its current contents (what
    ``baoxun ingest`` leaves). Without them the register's pages build it in memory;
    the links from articles and names are left out rather than wait for that."""
    from ..register.store import has_register

    return has_register(archive.conn)


def mention_people(archive: Archive, article_id: str) -> dict[str, str]:
    """Name → register person id of each person named in an article, as
    ``register.query.person_for_mention`` resolves them, in one query; {} when the
    archive has no register tables."""
    out: dict[str, str] = {}
    try:
        rows = archive.conn.execute("SELECT name, person_id FROM register_observations WHERE article_id = ?"
                                    " ORDER BY rowid", (article_id,)).fetchall()
    except sqlite3.OperationalError:              # no register tables (an archive never migrated)
        return out
    for name, pid in rows:
        out.setdefault(name, pid)
    return out
