"""The register's tables in the archive file, and the build that fills them.

:data:`REGISTER_SQL` creates them (``CREATE … IF NOT EXISTS``, so it serves both as the
archive migration ``0003_register`` and as this module's own guard before writing).
:func:`build_register` reads an archive's articles and mentions with a few bulk queries,
builds the register (:func:`~.build.register_from_records`) and replaces the tables'
rows in one transaction: a rebuild is idempotent and a killed one leaves the old register.
:func:`load_register` gives the register of an archive for reading: from the tables when
they are current, else built in memory from the (read-only) archive.
"""
from __future__ import annotations

import gc
import json
import sqlite3
import time
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from ..errors import BaoxunError
from .build import Register, register_from_records

__all__ = ["REGISTER_SQL", "REGISTER_TABLES", "MIGRATION", "build_register", "write_register",
           "iter_archive_records", "load_register", "has_register", "archive_fingerprint"]

REGISTER_SQL = """
CREATE TABLE IF NOT EXISTS register_people (
    id           TEXT PRIMARY KEY,     -- stable: hash of name, jurisdiction, first date seen, status
    name         TEXT NOT NULL,
    status       TEXT NOT NULL,        -- resolved | bare (never printed with a post there) | unresolved
    jurisdiction TEXT,                 -- the place most of the person's posts are in
    first_seen   TEXT,
    last_seen    TEXT,
    articles     INTEGER NOT NULL,
    confidence   REAL NOT NULL,        -- mean link confidence of the observations, 0..1
    candidates   TEXT NOT NULL         -- JSON list of person ids an unresolved name may be
);
CREATE INDEX IF NOT EXISTS register_people_name ON register_people(name);
CREATE TABLE IF NOT EXISTS register_tenures (
    person_id   TEXT NOT NULL REFERENCES register_people(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,      -- order in the person's career
    place       TEXT,                  -- 长治市, 潞州区, 古韩镇; NULL when no place is known
    office      TEXT NOT NULL,         -- the post without its place: 市长, 县委书记, 市商务局局长
    level       TEXT,                  -- 中央 省 市 县级市 州 县 区 旗 乡镇 街道 村 社区 company school hospital
    body        TEXT,                  -- 党委 政府 人大常委会 政协 纪委 商务局 …
    rank        TEXT NOT NULL,         -- 书记 副书记 常委 市长 常务副市长 局长 主任 …
    branch      TEXT NOT NULL,         -- party government congress cppcc discipline other
    singular    INTEGER NOT NULL,      -- one holder at a time
    former_only INTEGER NOT NULL,      -- seen only as 原…
    printed     TEXT NOT NULL,         -- JSON list of the forms printed, most frequent first
    first_seen  TEXT,
    last_seen   TEXT,
    articles    INTEGER NOT NULL,
    sources     TEXT NOT NULL          -- JSON list of article ids
);
CREATE INDEX IF NOT EXISTS register_tenures_post ON register_tenures(place, office);
CREATE INDEX IF NOT EXISTS register_tenures_office ON register_tenures(office);
CREATE INDEX IF NOT EXISTS register_tenures_person ON register_tenures(person_id);
CREATE TABLE IF NOT EXISTS register_observations (
    person_id   TEXT NOT NULL REFERENCES register_people(id) ON DELETE CASCADE,
    article_id  TEXT NOT NULL,
    name        TEXT NOT NULL,
    date        TEXT,
    paper       TEXT,
    paper_place TEXT,
    posts       TEXT NOT NULL,         -- JSON list as printed
    parsed      TEXT NOT NULL,         -- JSON list of parsed posts
    confidence  REAL NOT NULL,
    how         TEXT NOT NULL          -- printed paper article paper_place article_place prefecture inactive bare unresolved
);
CREATE INDEX IF NOT EXISTS register_observations_person ON register_observations(person_id);
CREATE INDEX IF NOT EXISTS register_observations_mention ON register_observations(article_id, name);
CREATE TABLE IF NOT EXISTS register_transitions (
    person_id   TEXT NOT NULL REFERENCES register_people(id) ON DELETE CASCADE,
    from_place  TEXT, from_office TEXT, to_place TEXT, to_office TEXT NOT NULL,
    last_before TEXT, first_after TEXT
);
CREATE INDEX IF NOT EXISTS register_transitions_person ON register_transitions(person_id);
CREATE TABLE IF NOT EXISTS register_coappearances (
    person_a TEXT NOT NULL, person_b TEXT NOT NULL, articles INTEGER NOT NULL,
    PRIMARY KEY (person_a, person_b)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS register_coappearances_b ON register_coappearances(person_b);
CREATE TABLE IF NOT EXISTS register_bylines (
    id TEXT PRIMARY KEY,               -- stable: hash of name and paper
    name TEXT NOT NULL, paper TEXT, place TEXT,
    articles INTEGER NOT NULL, first_seen TEXT, last_seen TEXT,
    roles TEXT NOT NULL                -- JSON {role: articles}: reporter correspondent photographer author
);
CREATE INDEX IF NOT EXISTS register_bylines_name ON register_bylines(name);
CREATE TABLE IF NOT EXISTS register_byline_articles (
    byline_id TEXT NOT NULL REFERENCES register_bylines(id) ON DELETE CASCADE,
    article_id TEXT NOT NULL, role TEXT NOT NULL, date TEXT
);
CREATE INDEX IF NOT EXISTS register_byline_articles_byline ON register_byline_articles(byline_id, date);
CREATE TABLE IF NOT EXISTS register_meta (key TEXT PRIMARY KEY, value TEXT);
"""

#: The archive migration that adds the register's tables (append to archive.schema.MIGRATIONS).
MIGRATION = ("0003_register", REGISTER_SQL)

REGISTER_TABLES = ("register_people", "register_tenures", "register_observations", "register_transitions",
                   "register_coappearances", "register_bylines", "register_byline_articles", "register_meta")

# Rows per executemany call while writing.
WRITE_BATCH = 5000


def _j(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


@lru_cache(maxsize=65536)
def _posts_json(posts: tuple) -> tuple[str, str]:
    """The printed and parsed posts of an observation as JSON (papers print the same
    chains again and again: serialised once each)."""
    return _j([x.printed for x in posts]), _j([x.to_dict() for x in posts])


def _loads(text: str | None, default: Any) -> Any:
    if not text:
        return default
    try:
        return json.loads(text)
    except ValueError:
        return default


# --------------------------------------------------------------------------- reading the archive

def archive_fingerprint(conn: sqlite3.Connection) -> str:
    """What the register was built from: article count, last rowid, mention count."""
    row = conn.execute("SELECT count(*), coalesce(max(rowid), 0) FROM articles").fetchone()
    people = conn.execute("SELECT count(*) FROM people").fetchone()[0]
    return f"{row[0]}:{row[1]}:{people}"


def iter_archive_records(conn: sqlite3.Connection) -> Iterator[dict[str, Any]]:
    """Every article of an archive as a record the register reads (id, paper, place,
    issue date, credits, headlines, paragraphs, captions, people and places), with a
    handful of bulk queries instead of one per article."""
    people: dict[str, list[dict[str, Any]]] = {}
    for aid, name, posts, spans in conn.execute("SELECT article_id, name, posts, spans FROM people"):
        people.setdefault(aid, []).append({"name": name, "posts": _loads(posts, []), "spans": _loads(spans, [])})
    places: dict[str, list[dict[str, Any]]] = {}
    for aid, name, county, city in conn.execute("SELECT article_id, name, county, city FROM places"):
        places.setdefault(aid, []).append({"name": name, "county": county, "city": city})
    captions: dict[str, list[dict[str, Any]]] = {}
    for aid, text in conn.execute("SELECT article_id, text FROM captions ORDER BY article_id, seq"):
        captions.setdefault(aid, []).append({"text": text})
    cur = conn.execute(
        "SELECT id, paper, place, issue_date, date, dateline_date, title, headlines, paragraphs, reporters,"
        " correspondents, authors, photographers FROM articles ORDER BY date, id")
    for row in cur:
        aid = row[0]
        ppl = people.get(aid, [])
        needs_text = any(p["posts"] and p["spans"] for p in ppl)
        yield {"id": aid, "paper": row[1], "place": row[2], "issue_date": row[3] or row[4] or row[5],
               "title": row[6],
               "headlines": _loads(row[7], []) if needs_text else [],
               "paragraphs": _loads(row[8], []) if needs_text else [],
               "captions": captions.get(aid, []) if needs_text else [],
               "reporters": _loads(row[9], []), "correspondents": _loads(row[10], []),
               "authors": _loads(row[11], []), "photographers": _loads(row[12], []),
               "mentions": {"people": ppl, "places": places.get(aid, [])}}


# --------------------------------------------------------------------------- writing

def write_register(conn: sqlite3.Connection, reg: Register, fingerprint: str = "") -> dict[str, int]:
    """Replace the register tables' rows with ``reg``'s, in one transaction."""
    conn.executescript(REGISTER_SQL)
    counts = {t: 0 for t in REGISTER_TABLES}
    cur = conn.cursor()
    cur.execute("BEGIN IMMEDIATE")
    try:
        for t in REGISTER_TABLES:
            cur.execute(f"DELETE FROM {t}")
        people_rows, tenure_rows, obs_rows, trans_rows = [], [], [], []
        for p in reg.people:
            people_rows.append((p.id, p.name, p.status, p.jurisdiction, p.first_seen, p.last_seen,
                                len({o.article_id for o, _, _ in p.observations}), p.confidence, _j(p.candidates)))
            for seq, t in enumerate(reg.careers.get(p.id, [])):
                tenure_rows.append((p.id, seq, t.place, t.office, t.level, t.body, t.rank, t.branch, int(t.singular),
                                    int(t.former_only), _j([x for x, _ in t.printed.most_common()]), t.first, t.last,
                                    len(t.articles), _j(t.articles)))
            for o, c, how in p.observations:
                printed, parsed = _posts_json(o.posts)
                obs_rows.append((p.id, o.article_id, o.name, o.date, o.paper, o.paper_place, printed, parsed, c, how))
        for tr in reg.transitions:
            trans_rows.append((tr["person"], tr["from_place"], tr["from_office"], tr["to_place"], tr["to_office"],
                               tr["last_before"], tr["first_after"]))
        co_rows = [(a, b, n) for (a, b), n in reg.coappearances.items()]
        by_rows, by_art_rows = [], []
        for b in reg.bylines:
            by_rows.append((b.id, b.name, b.paper, b.place, b.articles, b.first, b.last,
                            _j({r: len(v) for r, v in sorted(b.roles.items())})))
            for role, items in b.roles.items():
                for aid, d in items:
                    by_art_rows.append((b.id, aid, role, d))
        for sql, rows, table in (
                ("INSERT INTO register_people VALUES (?,?,?,?,?,?,?,?,?)", people_rows, "register_people"),
                ("INSERT INTO register_tenures VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", tenure_rows, "register_tenures"),
                ("INSERT INTO register_observations VALUES (?,?,?,?,?,?,?,?,?,?)", obs_rows, "register_observations"),
                ("INSERT INTO register_transitions VALUES (?,?,?,?,?,?,?)", trans_rows, "register_transitions"),
                ("INSERT INTO register_coappearances VALUES (?,?,?)", co_rows, "register_coappearances"),
                ("INSERT INTO register_bylines VALUES (?,?,?,?,?,?,?,?)", by_rows, "register_bylines"),
                ("INSERT INTO register_byline_articles VALUES (?,?,?,?)", by_art_rows, "register_byline_articles")):
            for i in range(0, len(rows), WRITE_BATCH):
                cur.executemany(sql, rows[i:i + WRITE_BATCH])
            counts[table] = len(rows)
        meta = {"fingerprint": fingerprint, "articles": str(reg.articles),
                "built_at": time.strftime("%Y-%m-%dT%H:%M:%S"), "people": str(len(reg.people))}
        cur.executemany("INSERT INTO register_meta VALUES (?,?)", sorted(meta.items()))
        counts["register_meta"] = len(meta)
        cur.execute("COMMIT")
    except BaseException:
        cur.execute("ROLLBACK")
        raise
    return counts


def build_register(db_path: str | Path) -> dict[str, Any]:
    """Read the archive at ``db_path``, build the register and write its tables (created
    if missing). Returns counts and seconds taken."""
    path = Path(db_path)
    if not path.exists():
        raise BaoxunError(f"{path}: no such archive (create it with `baoxun ingest`)")
    t0 = time.perf_counter()
    conn = sqlite3.connect(path, isolation_level=None)
    enabled = gc.isenabled()
    gc.disable()            # rows are read and written in bulk, no cycles (see build.register_from_records)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        try:
            fp = archive_fingerprint(conn)
        except sqlite3.Error as exc:
            raise BaoxunError(f"{path}: not a baoxun archive ({exc})") from exc
        reg = register_from_records(iter_archive_records(conn))
        t1 = time.perf_counter()
        counts = write_register(conn, reg, fp)
    finally:
        conn.close()
        if enabled:
            gc.enable()
    return {"articles": reg.articles, "people": len(reg.people),
            "officials": sum(1 for p in reg.people if reg.careers.get(p.id)),
            "unresolved": sum(1 for p in reg.people if p.status == "unresolved"),
            "bylines": len(reg.bylines), "rows": counts, "build_seconds": round(t1 - t0, 3),
            "seconds": round(time.perf_counter() - t0, 3)}


# --------------------------------------------------------------------------- loading

def has_register(conn: sqlite3.Connection) -> bool:
    """The archive has register tables built from its current contents."""
    try:
        row = conn.execute("SELECT value FROM register_meta WHERE key = 'fingerprint'").fetchone()
    except sqlite3.Error:
        return False
    return bool(row) and row[0] == archive_fingerprint(conn)


_CACHE: dict[tuple[str, str], Register] = {}


def load_register(conn: sqlite3.Connection) -> Register:
    """The register of the archive open on ``conn``, built in memory (and cached per
    archive contents) — for readers of an archive whose register tables are missing or
    stale. Queries prefer the tables (:mod:`.query`); this is their fallback."""
    fp = archive_fingerprint(conn)
    db = conn.execute("PRAGMA database_list").fetchone()[2] or ":memory:"
    key = (db, fp)
    reg = _CACHE.get(key)
    if reg is None:
        reg = register_from_records(iter_archive_records(conn))
        _CACHE.clear()
        _CACHE[key] = reg
    return reg
