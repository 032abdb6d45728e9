"""The archive's SQLite schema as named, ordered migrations (sqlite-utils/datasette style).

Each migration runs once, in a transaction, and is recorded in ``migrations``; a later
change to the schema is a new entry at the end of :data:`MIGRATIONS`, never an edit of
an old one. ``PRAGMA user_version`` mirrors the count so any SQLite tool can see it.
"""
from __future__ import annotations

import sqlite3

from ..register.store import MIGRATION as _REGISTER_MIGRATION

# The article text the search index sees: rjieba cut_for_search tokens joined by spaces,
# kept in the articles table (``title_tokens``, ``body_tokens``) and indexed by an
# external-content FTS5 table that triggers keep in step.
_0001_initial = """
CREATE TABLE pages (
    id            TEXT PRIMARY KEY,      -- stable: hash of the page's key (its path as given)
    source        TEXT NOT NULL UNIQUE,  -- that key
    content_hash  TEXT NOT NULL,         -- hash of the page text: a changed page is re-parsed
    paper         TEXT,
    place         TEXT,
    issue_date    TEXT,
    issue_year    INTEGER,
    date_source   TEXT,
    evidence      TEXT                   -- JSON: how place and date were decided
);
CREATE TABLE articles (
    rowid          INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE, -- stable: hash of page key, position and text
    page_id        TEXT NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,     -- position on the page
    kind           TEXT NOT NULL,
    section        TEXT,
    kicker         TEXT,
    title          TEXT,
    subtitle       TEXT,
    headlines      TEXT NOT NULL,        -- JSON list
    dispatch       TEXT,
    reporters      TEXT NOT NULL,        -- JSON lists of names
    correspondents TEXT NOT NULL,
    authors        TEXT NOT NULL,
    photographers  TEXT NOT NULL,
    dateline_date  TEXT,
    paragraphs     TEXT NOT NULL,        -- JSON list
    body           TEXT NOT NULL,        -- paragraphs joined by newlines
    continued_from TEXT,
    continues_to   TEXT,
    paper          TEXT,                 -- copied from the page for filtering
    place          TEXT,
    issue_date     TEXT,
    date           TEXT,                 -- the best date of the article: dateline, else issue
    title_tokens   TEXT NOT NULL,
    body_tokens    TEXT NOT NULL
);
CREATE INDEX articles_page ON articles(page_id);
CREATE INDEX articles_date ON articles(date);
CREATE INDEX articles_place ON articles(place);
CREATE INDEX articles_kind ON articles(kind);
CREATE TABLE captions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, text TEXT NOT NULL, credit TEXT
);
CREATE INDEX captions_article ON captions(article_id);
CREATE TABLE people (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name TEXT NOT NULL, posts TEXT NOT NULL, spans TEXT NOT NULL
);
CREATE INDEX people_name ON people(name);
CREATE INDEX people_article ON people(article_id);
CREATE TABLE places (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name TEXT NOT NULL, province TEXT, city TEXT, county TEXT, code TEXT, spans TEXT NOT NULL
);
CREATE INDEX places_name ON places(name);
CREATE INDEX places_code ON places(code);
CREATE INDEX places_article ON places(article_id);
CREATE TABLE organizations (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    name TEXT NOT NULL, spans TEXT NOT NULL
);
CREATE INDEX organizations_name ON organizations(name);
CREATE INDEX organizations_article ON organizations(article_id);
CREATE TABLE dates (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT NOT NULL, value TEXT, start INTEGER, "end" INTEGER
);
CREATE INDEX dates_article ON dates(article_id);
CREATE TABLE amounts (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    text TEXT NOT NULL, value REAL, unit TEXT, approx INTEGER, start INTEGER, "end" INTEGER
);
CREATE INDEX amounts_article ON amounts(article_id);
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title_tokens, body_tokens, content='articles', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 0'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title_tokens, body_tokens)
    VALUES (new.rowid, new.title_tokens, new.body_tokens);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title_tokens, body_tokens)
    VALUES ('delete', old.rowid, old.title_tokens, old.body_tokens);
END;
CREATE TRIGGER articles_au AFTER UPDATE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title_tokens, body_tokens)
    VALUES ('delete', old.rowid, old.title_tokens, old.body_tokens);
    INSERT INTO articles_fts(rowid, title_tokens, body_tokens)
    VALUES (new.rowid, new.title_tokens, new.body_tokens);
END;
"""

# Facts (SCHEMA.md "Facts"): one row per figure an article reports. ``period_start`` is
# the first day of the period (2024-01/2024-09 → 2024-01-01), what charts sort and plot
# by. Pages stored before this migration have no facts: their content hash is marked so
# the next ingest of the same files parses them again (same ids) and writes their facts.
_0002_facts = """
CREATE TABLE facts (
    article_id    TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,      -- position among the article's facts
    indicator     TEXT NOT NULL,         -- as printed (规上工业增加值)
    indicator_key TEXT,                  -- canonical key (data/indicators.tsv) or NULL
    subject       TEXT,
    place         TEXT,
    period        TEXT,                  -- ISO: 2023, 2024-03, 2024-01/2024-09, 2024-03-04
    period_start  TEXT,                  -- first day of the period, YYYY-MM-DD
    status        TEXT NOT NULL,         -- actual, target, plan
    value         REAL,
    unit          TEXT,
    approx        INTEGER NOT NULL,
    change_basis  TEXT,                  -- 同比, 环比, 比上年, 较上年 or NULL
    change_value  REAL,
    change_unit   TEXT,                  -- % or 个百分点
    text          TEXT NOT NULL,         -- the clause as printed
    start         INTEGER,
    "end"         INTEGER
);
CREATE INDEX facts_article ON facts(article_id);
CREATE INDEX facts_key ON facts(indicator_key, place, period_start);
CREATE INDEX facts_indicator ON facts(indicator);
CREATE INDEX facts_place ON facts(place);
UPDATE pages SET content_hash = 'before-facts:' || content_hash;
"""

# The officials register (issue 12): people, tenures, observations, transitions,
# co-appearances and bylines, rebuilt from the articles after each ingest
# (``register.store.build_register``). ``CREATE … IF NOT EXISTS``: an archive whose
# register was built before this migration existed keeps its tables and rows.
MIGRATIONS: list[tuple[str, str]] = [
    ("0001_initial", _0001_initial),
    ("0002_facts", _0002_facts),
    _REGISTER_MIGRATION,            # "0003_register"
]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply the migrations this database lacks, in order; return their names."""
    conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, seq INTEGER NOT NULL)")
    done = {row[0] for row in conn.execute("SELECT name FROM migrations")}
    applied = []
    for seq, (name, sql) in enumerate(MIGRATIONS, 1):
        if name in done:
            continue
        with conn:
            conn.executescript("BEGIN;" + sql + f";INSERT INTO migrations VALUES ('{name}', {seq});COMMIT;")
        applied.append(name)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")
    return applied
