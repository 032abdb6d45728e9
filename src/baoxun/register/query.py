"""Questions to the register: the ``baoxun officials`` listing and the reader's pages.

Every function takes an open archive connection (``sqlite3.Connection``, read-only is
enough) and plain values, binds every value as an SQL parameter, and returns plain data
that the CLI, the HTML pages and the JSON API all render. When the archive has no
current register tables (never built, or ingested since), the register is built in
memory from the archive and queried the same way (:func:`register_conn`).
"""
from __future__ import annotations

import csv
import io
import json
import sqlite3
import unicodedata
from pathlib import Path
from typing import Any, Callable

from .. import gazetteer
from ..errors import BaoxunError
from .posts import place_info
from .store import archive_fingerprint, has_register, load_register, write_register
from .svg import career_svg, holders_svg

__all__ = ["register_conn", "officials", "bylines", "format_rows", "officials_command", "person", "post",
           "people_named", "person_for_mention", "byline", "OFFICIAL_COLUMNS", "BYLINE_COLUMNS", "FORMATS"]

FORMATS = ("table", "csv", "json")
OFFICIAL_COLUMNS = ("name", "place", "office", "first", "last", "articles", "status", "confidence", "person_id")
BYLINE_COLUMNS = ("name", "paper", "role", "first", "last", "articles", "byline_id")
# People listed as most often named in the same articles as a person.
COMPANIONS = 15
# Observations listed per page of a person's articles.
PAGE_SIZE = 50

_MEM: dict[str, sqlite3.Connection] = {}


def register_conn(conn: sqlite3.Connection) -> sqlite3.Connection:
    """A connection on which the register tables answer for ``conn``'s archive: ``conn``
    itself when its tables are current, else an in-memory copy built from the archive
    (cached per archive contents)."""
    if has_register(conn):
        return conn
    fp = archive_fingerprint(conn)
    db = conn.execute("PRAGMA database_list").fetchone()[2] or ":memory:"
    key = f"{db}\x1f{fp}"
    mem = _MEM.get(key)
    if mem is None:
        mem = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        write_register(mem, load_register(conn), fp)
        _MEM.clear()
        _MEM[key] = mem
    return mem


def _rows(rc: sqlite3.Connection, sql: str, args: tuple | list = ()) -> list[dict[str, Any]]:
    cur = rc.execute(sql, tuple(args))
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def _within(place: str | None, area: str) -> bool:
    """``place`` is ``area`` or lies in it (a county of a city, a town of a county)."""
    if not place:
        return False
    if place == area:
        return True
    p = place_info(place)
    if p is None:
        try:
            towns = gazetteer.towns(place)
        except Exception:
            towns = []
        return any(area in (t.county, t.city, t.province) for t in towns)
    return area in (p.city, p.province, p.county)


# --------------------------------------------------------------------------- listings

def officials(conn: sqlite3.Connection, *, place: str | None = None, post: str | None = None,
              name: str | None = None, include_unresolved: bool = True) -> list[dict[str, Any]]:
    """One row per post held (person, place, office, first and last date seen, articles),
    ordered by place, office and first date. ``place`` keeps posts in that place or
    inside it (长治市 → its counties and towns too); ``post`` matches the office (市长),
    the rank (书记) or a printed form; ``name`` the person's name exactly."""
    rc = register_conn(conn)
    sql = ("SELECT p.id AS person_id, p.name, p.status, p.confidence, t.place, t.office, t.rank, t.branch,"
           " t.first_seen AS first, t.last_seen AS last, t.articles, t.printed FROM register_tenures t"
           " JOIN register_people p ON p.id = t.person_id WHERE t.former_only = 0")
    args: list[Any] = []
    if name:
        sql += " AND p.name = ?"
        args.append(name)
    if post:
        sql += " AND (t.office = ? OR t.rank = ? OR t.printed LIKE ? ESCAPE '\\')"
        like = post.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        args += [post, post, f'%"{like}"%']
    if not include_unresolved:
        sql += " AND p.status != 'unresolved'"
    rows = _rows(rc, sql, args)
    if place:
        rows = [r for r in rows if _within(r["place"], place)]
    for r in rows:
        r["printed"] = json.loads(r["printed"])
    rows.sort(key=lambda r: (r["place"] or "\uffff", r["office"], r["first"] or "", r["name"]))
    return rows


def bylines(conn: sqlite3.Connection, *, name: str | None = None, paper: str | None = None,
            place: str | None = None) -> list[dict[str, Any]]:
    """Credited names (记者, 通讯员, 摄, authors): one row per name, paper and role with
    the first and last date and the number of articles."""
    rc = register_conn(conn)
    sql = ("SELECT b.id AS byline_id, b.name, b.paper, b.place, a.role, min(a.date) AS first, max(a.date) AS last,"
           " count(DISTINCT a.article_id) AS articles FROM register_bylines b"
           " JOIN register_byline_articles a ON a.byline_id = b.id WHERE 1 = 1")
    args: list[Any] = []
    if name:
        sql += " AND b.name = ?"
        args.append(name)
    if paper:
        sql += " AND b.paper = ?"
        args.append(paper)
    sql += " GROUP BY b.id, a.role ORDER BY b.paper, b.name, a.role"
    rows = _rows(rc, sql, args)
    if place:
        rows = [r for r in rows if _within(r["place"], place)]
    return rows


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def format_rows(rows: list[dict[str, Any]], fmt: str = "table", columns: tuple[str, ...] | None = None) -> str:
    """Rows as an aligned text table (CJK characters counted double width), CSV with a
    header, or JSON lines."""
    if fmt not in FORMATS:
        raise BaoxunError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    cols = list(columns or (rows[0].keys() if rows else ()))
    if fmt == "json":
        return "".join(json.dumps({c: r.get(c) for c in cols}, ensure_ascii=False) + "\n" for r in rows)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(cols)
        for r in rows:
            w.writerow(["" if r.get(c) is None else r.get(c) for c in cols])
        return buf.getvalue()
    cells = [[("" if r.get(c) is None else str(r.get(c))) for c in cols] for r in rows]
    widths = [max([_width(c)] + [_width(row[i]) for row in cells]) for i, c in enumerate(cols)]
    lines = ["  ".join(c + " " * (widths[i] - _width(c)) for i, c in enumerate(cols)).rstrip(),
             "  ".join("-" * w for w in widths)]
    for row in cells:
        lines.append("  ".join(v + " " * (widths[i] - _width(v)) for i, v in enumerate(row)).rstrip())
    return "\n".join(lines) + "\n"


def officials_command(db: str | Path, *, place: str | None = None, post: str | None = None,
                      name: str | None = None, fmt: str = "table", show_bylines: bool = False) -> str:
    """What ``baoxun officials`` prints: the officials (or with ``show_bylines`` the
    credited names) of the archive at ``db``, filtered, as ``fmt`` (table, csv, json)."""
    path = Path(db)
    if not path.exists():
        raise BaoxunError(f"{path}: no such archive (create it with `baoxun ingest`)")
    if fmt not in FORMATS:
        raise BaoxunError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        try:
            if show_bylines:
                rows = bylines(conn, name=name, place=place)
                return format_rows(rows, fmt, BYLINE_COLUMNS)
            rows = officials(conn, place=place, post=post, name=name)
        except sqlite3.Error as exc:
            raise BaoxunError(f"{path}: not a baoxun archive ({exc})") from exc
        return format_rows(rows, fmt, OFFICIAL_COLUMNS)
    finally:
        conn.close()


# --------------------------------------------------------------------------- pages

def _titles(conn: sqlite3.Connection, ids: list[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        q = ",".join("?" * len(chunk))
        try:
            for r in conn.execute(f"SELECT id, title, headlines, date, paper, place FROM articles WHERE id IN ({q})",
                                  chunk):
                heads = json.loads(r[2]) if r[2] else []
                out[r[0]] = {"title": r[1] or (heads[0] if heads else None), "date": r[3], "paper": r[4],
                             "place": r[5]}
        except sqlite3.Error:
            break
    return out


def person(conn: sqlite3.Connection, person_id: str, *, limit: int = PAGE_SIZE, offset: int = 0,
           post_href: Callable[[str, str], str] | None = None) -> dict[str, Any] | None:
    """A person's page: who (name, status, jurisdiction, confidence, first and last seen),
    the career (one row per post) with its SVG timeline, transitions, the articles that
    name them (newest first, ``limit``/``offset``), the people most often named with
    them, and namesakes (other people of the same name). None for an unknown id."""
    rc = register_conn(conn)
    rows = _rows(rc, "SELECT * FROM register_people WHERE id = ?", (person_id,))
    if not rows:
        return None
    p = rows[0]
    p["candidates"] = [dict(c, url_id=c["id"]) for c in _rows(
        rc, "SELECT id, name, jurisdiction, first_seen, last_seen FROM register_people WHERE id IN "
            "(SELECT value FROM json_each(?))", (p["candidates"],))]
    career = _rows(rc, "SELECT place, office, level, body, rank, branch, singular, former_only, printed,"
                       " first_seen AS first, last_seen AS last, articles FROM register_tenures"
                       " WHERE person_id = ? ORDER BY seq", (person_id,))
    for t in career:
        t["printed"] = json.loads(t["printed"])
    transitions = _rows(rc, "SELECT from_place, from_office, to_place, to_office, last_before, first_after"
                            " FROM register_transitions WHERE person_id = ? ORDER BY first_after", (person_id,))
    total = rc.execute("SELECT count(*) FROM register_observations WHERE person_id = ?", (person_id,)).fetchone()[0]
    obs = _rows(rc, "SELECT article_id, date, paper, posts, how, confidence FROM register_observations"
                    " WHERE person_id = ? ORDER BY date DESC, article_id LIMIT ? OFFSET ?",
                (person_id, limit, offset))
    titles = _titles(conn, [o["article_id"] for o in obs])
    for o in obs:
        o["posts"] = json.loads(o["posts"])
        o["title"] = (titles.get(o["article_id"]) or {}).get("title")
    companions = _rows(rc, "SELECT p.id, p.name, p.jurisdiction, c.n AS articles FROM ("
                           " SELECT person_b AS other, articles AS n FROM register_coappearances WHERE person_a = ?"
                           " UNION ALL SELECT person_a, articles FROM register_coappearances WHERE person_b = ?) c"
                           " JOIN register_people p ON p.id = c.other ORDER BY c.n DESC, p.name LIMIT ?",
                       (person_id, person_id, COMPANIONS))
    namesakes = _rows(rc, "SELECT id, status, jurisdiction, first_seen, last_seen, articles FROM register_people"
                          " WHERE name = ? AND id != ? ORDER BY first_seen", (p["name"], person_id))
    return {"person": p, "career": career, "transitions": transitions,
            "timeline_svg": career_svg(career, name=p["name"], href=post_href),
            "articles": obs, "total": total, "companions": companions, "namesakes": namesakes}


def post(conn: sqlite3.Connection, place: str, office: str, *,
         person_href: Callable[[str], str] | None = None) -> dict[str, Any] | None:
    """A post's page (``长治市`` · ``市长``): its holders over time as the archive shows
    them (first and last date seen, articles) and their SVG timeline. None when nobody
    is seen holding it."""
    rc = register_conn(conn)
    holders = _rows(rc, "SELECT p.id AS person_id, p.name, p.status, t.branch, t.first_seen AS first,"
                        " t.last_seen AS last, t.articles, t.printed FROM register_tenures t"
                        " JOIN register_people p ON p.id = t.person_id"
                        " WHERE t.place = ? AND t.office = ? AND t.former_only = 0 ORDER BY t.first_seen, p.name",
                    (place, office))
    if not holders:
        return None
    for h in holders:
        h["printed"] = json.loads(h["printed"])
    return {"place": place, "office": office, "holders": holders,
            "timeline_svg": holders_svg(holders, post=f"{place} {office}", href=person_href)}


def people_named(conn: sqlite3.Connection, name: str) -> list[dict[str, Any]]:
    """Every person of the register called ``name`` (several for namesakes), with their
    main posts: what a link from a name leads to."""
    rc = register_conn(conn)
    people = _rows(rc, "SELECT * FROM register_people WHERE name = ? ORDER BY status = 'resolved' DESC,"
                       " articles DESC, first_seen", (name,))
    for p in people:
        p["posts"] = [r["label"] for r in _rows(
            rc, "SELECT trim(coalesce(place, '') || ' ' || office) AS label FROM register_tenures"
                " WHERE person_id = ? AND former_only = 0 ORDER BY articles DESC LIMIT 3", (p["id"],))]
    return people


def person_for_mention(conn: sqlite3.Connection, article_id: str, name: str) -> str | None:
    """The person a name in an article is resolved to (for the link of a highlighted
    name), or None."""
    rc = register_conn(conn)
    row = rc.execute("SELECT person_id FROM register_observations WHERE article_id = ? AND name = ? LIMIT 1",
                     (article_id, name)).fetchone()
    return row[0] if row else None


def byline(conn: sqlite3.Connection, name: str, *, paper: str | None = None, limit: int = PAGE_SIZE,
           offset: int = 0) -> dict[str, Any] | None:
    """A credited name's page: per paper and role the number of articles and the period,
    and their articles (newest first). None when the name is never credited."""
    rc = register_conn(conn)
    summary = bylines(conn, name=name, paper=paper)
    if not summary:
        return None
    ids = sorted({r["byline_id"] for r in summary})
    q = ",".join("?" * len(ids))
    total = rc.execute(f"SELECT count(*) FROM register_byline_articles WHERE byline_id IN ({q})", ids).fetchone()[0]
    items = _rows(rc, f"SELECT a.article_id, a.role, a.date, b.paper FROM register_byline_articles a"
                      f" JOIN register_bylines b ON b.id = a.byline_id WHERE a.byline_id IN ({q})"
                      f" ORDER BY a.date DESC, a.article_id LIMIT ? OFFSET ?", [*ids, limit, offset])
    titles = _titles(conn, [i["article_id"] for i in items])
    for i in items:
        i["title"] = (titles.get(i["article_id"]) or {}).get("title")
    return {"name": name, "roles": summary, "articles": items, "total": total}
