"""The embedded archive: one SQLite file any SQLite tool can open.

Ingest is idempotent and crash-safe:
  1. a page is keyed by its path as given (``pages/2024/0305_01.txt``); its id and its
     articles' ids are hashes of that key, the article's position and its text, so the
     same input gives the same ids on any machine and any rerun;
  2. a page whose text hash is already stored is skipped; a changed page replaces its
     own articles (cascading to captions and mentions, and through triggers to the
     search index);
  3. pages are written in batches, one transaction each, in WAL mode, so readers work
     during an ingest and a killed ingest leaves whole batches only — rerunning it
     finishes the job with nothing lost or doubled.
"""
from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

import rjieba

from ..errors import BaoxunError
from ..model import Page
from .schema import migrate

# Pages written per transaction: large enough to amortise the commit, small enough that a
# killed ingest loses little work (calibrated: 50 pages ≈ 0.2 s of parsing).
BATCH_PAGES = 50
_WORD = re.compile(r"\w", re.UNICODE)


def tokens(text: str) -> str:
    """Search tokens of ``text``: rjieba's cut_for_search words, spaces between.
    (FTS5's trigram tokenizer is not used: two-character words would never match.)"""
    return " ".join(t for t in rjieba.cut_for_search(text) if _WORD.search(t))


def _hash(*parts: str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()[:16]


def page_id(key: str) -> str:
    return "p" + _hash(key)


def article_id(key: str, seq: int, text: str) -> str:
    return "a" + _hash(key, str(seq), text)


@dataclass
class IngestResult:
    added: int = 0        # pages new to the archive
    replaced: int = 0     # pages whose text changed since they were stored
    unchanged: int = 0    # pages already stored as they are
    articles: int = 0     # articles written


class Archive:
    """An archive file. ``Archive(path)`` creates or migrates it; ``readonly=True``
    opens an existing one for reading only (the web reader does)."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        if readonly:
            if not self.path.exists():
                raise BaoxunError(f"{self.path}: no such archive (create it with `baoxun ingest`)")
            uri = f"file:{self.path}?mode=ro"
            self.conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            migrate(self.conn)
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.row_factory = sqlite3.Row

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- ingest ---------------------------------------------------------------
    def stored_hash(self, key: str) -> str | None:
        row = self.conn.execute("SELECT content_hash FROM pages WHERE source = ?", (key,)).fetchone()
        return row[0] if row else None

    def write_pages(self, batch: Iterable[tuple[str, str, Page]], result: IngestResult) -> None:
        """Store ``(key, text_hash, page)`` triples in one transaction."""
        cur = self.conn.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            for key, text_hash, page in batch:
                old = self.stored_hash(key)
                if old == text_hash:
                    result.unchanged += 1
                    continue
                if old is not None:
                    cur.execute("DELETE FROM articles WHERE page_id = ?", (page_id(key),))
                    cur.execute("DELETE FROM pages WHERE id = ?", (page_id(key),))
                    result.replaced += 1
                else:
                    result.added += 1
                result.articles += self._insert_page(cur, key, text_hash, page)
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise

    def _insert_page(self, cur: sqlite3.Cursor, key: str, text_hash: str, page: Page) -> int:
        pid = page_id(key)
        cur.execute(
            "INSERT INTO pages VALUES (?,?,?,?,?,?,?,?,?)",
            (pid, key, text_hash, page.paper.name, page.paper.place, page.issue.date, page.issue.year,
             page.issue.date_source, json.dumps(page.evidence, ensure_ascii=False)))
        for seq, art in enumerate(page.articles):
            aid = article_id(key, seq, art.text)
            body = "\n".join(art.paragraphs)
            heads = " ".join(art.headlines)
            cur.execute(
                "INSERT INTO articles (id, page_id, seq, kind, section, kicker, title, subtitle, headlines,"
                " dispatch, reporters, correspondents, authors, photographers, dateline_date, paragraphs,"
                " body, continued_from, continues_to, paper, place, issue_date, date, title_tokens,"
                " body_tokens) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (aid, pid, seq, art.kind, art.section, art.kicker, art.title, art.subtitle, _j(art.headlines),
                 art.dispatch, _j(art.reporters), _j(art.correspondents), _j(art.authors),
                 _j(art.photographers), art.dateline_date, _j(art.paragraphs), body, art.continued_from,
                 art.continues_to, page.paper.name, page.paper.place, page.issue.date,
                 art.dateline_date or page.issue.date, tokens(heads),
                 tokens(body + "\n" + "\n".join(c.text for c in art.captions))))
            for k, cap in enumerate(art.captions):
                cur.execute("INSERT INTO captions VALUES (?,?,?,?)", (aid, k, cap.text, cap.credit))
            self._insert_mentions(cur, aid, art.mentions or {})
            self._insert_facts(cur, aid, art.facts or [])
        return len(page.articles)

    @staticmethod
    def _insert_mentions(cur: sqlite3.Cursor, aid: str, m: dict[str, Any]) -> None:
        for p in m.get("people", []):
            cur.execute("INSERT INTO people VALUES (?,?,?,?)", (aid, p["name"], _j(p.get("posts", [])),
                                                              _j(p.get("spans", []))))
        for p in m.get("places", []):
            cur.execute("INSERT INTO places VALUES (?,?,?,?,?,?,?)",
                        (aid, p["name"], p.get("province"), p.get("city"), p.get("county"), p.get("code"),
                         _j(p.get("spans", []))))
        for o in m.get("organizations", []):
            cur.execute("INSERT INTO organizations VALUES (?,?,?)", (aid, o["name"], _j(o.get("spans", []))))
        for d in m.get("dates", []):
            s, e = (d.get("span") or [None, None])[:2]
            cur.execute("INSERT INTO dates VALUES (?,?,?,?,?)", (aid, d["text"], d.get("value"), s, e))
        for a in m.get("amounts", []):
            s, e = (a.get("span") or [None, None])[:2]
            cur.execute("INSERT INTO amounts VALUES (?,?,?,?,?,?,?)",
                        (aid, a["text"], a.get("value"), a.get("unit"), int(bool(a.get("approx"))), s, e))

    @staticmethod
    def _insert_facts(cur: sqlite3.Cursor, aid: str, facts: list[dict[str, Any]]) -> None:
        for seq, f in enumerate(facts):
            cur.execute("INSERT INTO facts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        (aid, *fact_row(seq, f)))

    # -- reading --------------------------------------------------------------
    def article(self, aid: str) -> dict[str, Any] | None:
        """One article as a record (SCHEMA.md article fields, plus id, page and mentions)."""
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (aid,)).fetchone()
        if row is None:
            return None
        return self._record(row)

    def _record(self, row: sqlite3.Row) -> dict[str, Any]:
        aid = row["id"]
        rec: dict[str, Any] = {
            "id": aid, "page_id": row["page_id"], "seq": row["seq"], "paper": row["paper"],
            "place": row["place"], "issue_date": row["issue_date"], "kind": row["kind"],
            "section": row["section"], "kicker": row["kicker"], "title": row["title"],
            "subtitle": row["subtitle"], "headlines": json.loads(row["headlines"]), "dispatch": row["dispatch"],
        }
        for f in ("reporters", "correspondents", "authors", "photographers"):
            rec[f] = json.loads(row[f])
        rec["dateline_date"] = row["dateline_date"]
        rec["paragraphs"] = json.loads(row["paragraphs"])
        rec["captions"] = [{"text": r["text"], "credit": r["credit"]} for r in self.conn.execute(
            "SELECT text, credit FROM captions WHERE article_id = ? ORDER BY seq", (aid,))]
        rec["continued_from"], rec["continues_to"] = row["continued_from"], row["continues_to"]
        rec["mentions"] = self.mentions(aid)
        rec["facts"] = self.facts(aid)
        return rec

    def mentions(self, aid: str) -> dict[str, list[dict[str, Any]]]:
        q = self.conn.execute
        return {
            "people": [{"name": r["name"], "posts": json.loads(r["posts"]), "spans": json.loads(r["spans"])}
                       for r in q("SELECT * FROM people WHERE article_id = ?", (aid,))],
            "places": [{"name": r["name"], "province": r["province"], "city": r["city"], "county": r["county"],
                        "code": r["code"], "spans": json.loads(r["spans"])}
                       for r in q("SELECT * FROM places WHERE article_id = ?", (aid,))],
            "organizations": [{"name": r["name"], "spans": json.loads(r["spans"])}
                              for r in q("SELECT * FROM organizations WHERE article_id = ?", (aid,))],
            "dates": [{"text": r["text"], "value": r["value"], "span": [r["start"], r["end"]]}
                      for r in q("SELECT * FROM dates WHERE article_id = ?", (aid,))],
            "amounts": [{"text": r["text"], "value": r["value"], "unit": r["unit"], "approx": bool(r["approx"]),
                         "span": [r["start"], r["end"]]}
                        for r in q("SELECT * FROM amounts WHERE article_id = ?", (aid,))],
        }

    def facts(self, aid: str) -> list[dict[str, Any]]:
        """An article's facts in the record's shape (SCHEMA.md "Facts"), in text order."""
        rows = self.conn.execute("SELECT * FROM facts WHERE article_id = ? ORDER BY seq", (aid,))
        return [fact_record(r) for r in rows]

    def page_articles(self, pid: str) -> list[dict[str, Any]]:
        rows = self.conn.execute("SELECT * FROM articles WHERE page_id = ? ORDER BY seq", (pid,)).fetchall()
        return [self._record(r) for r in rows]

    def iter_articles(self, where: str = "", params: tuple = ()) -> Iterator[dict[str, Any]]:
        """Every article (optionally filtered by a trusted SQL ``where`` with params)."""
        sql = "SELECT * FROM articles " + (f"WHERE {where} " if where else "") + "ORDER BY date, id"
        for row in self.conn.execute(sql, params):
            yield self._record(row)

    def counts(self) -> dict[str, int]:
        q = self.conn.execute
        return {"pages": q("SELECT count(*) FROM pages").fetchone()[0],
                "articles": q("SELECT count(*) FROM articles").fetchone()[0]}


def _j(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def period_start(period: str | None) -> str | None:
    """The first day of an ISO period: 2023 → 2023-01-01, 2024-03 → 2024-03-01,
    2024-01/2024-09 → 2024-01-01; None when it is not one."""
    if not period:
        return None
    first = str(period).split("/")[0]
    if re.fullmatch(r"\d{4}", first):
        return f"{first}-01-01"
    if re.fullmatch(r"\d{4}-\d{2}", first):
        return f"{first}-01"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", first):
        return first
    return None


def fact_row(seq: int, f: dict[str, Any]) -> tuple:
    """The ``facts`` table's columns (after ``article_id``) for one fact record."""
    change = f.get("change") or {}
    span = f.get("span") or [None, None]
    return (seq, f.get("indicator") or "", f.get("indicator_key"), f.get("subject"), f.get("place"),
            f.get("period"), period_start(f.get("period")), f.get("status") or "actual", f.get("value"),
            f.get("unit"), int(bool(f.get("approx"))), change.get("basis"), change.get("value"),
            change.get("unit"), f.get("text") or "", span[0], span[1])


def fact_record(row: Any) -> dict[str, Any]:
    """A ``facts`` row back in the record's shape."""
    change = None
    if row["change_value"] is not None or row["change_unit"] is not None:
        change = {"basis": row["change_basis"], "value": _number(row["change_value"]), "unit": row["change_unit"]}
    return {"indicator": row["indicator"], "indicator_key": row["indicator_key"], "subject": row["subject"],
            "place": row["place"], "period": row["period"], "status": row["status"],
            "value": _number(row["value"]), "unit": row["unit"], "approx": bool(row["approx"]), "change": change,
            "text": row["text"], "span": [row["start"], row["end"]]}


def _number(value: Any) -> Any:
    """A REAL read back: 504.87e8 stays a float, 749.0 becomes 749 (as it was written)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
