"""Archive: ingest (idempotent, replacing changed pages, crash-safe), search (query
language, hostile input, filters), show, export and stats."""
from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from baoxun.archive import Archive, Filters, export, ingest, parse_query, search, stats
from baoxun.errors import BaoxunError
from conftest import EXAMPLES

PAGES = sorted((EXAMPLES / "pages").glob("*.txt"))


@pytest.fixture(scope="module")
def filled(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("arch") / "a.db"
    with Archive(db) as archive:
        report = ingest(archive, [str(EXAMPLES / "pages")])
    assert report.added == len(PAGES) and not report.errors
    return db


def _snapshot(db: Path) -> dict:
    """Everything an archive says, in a comparable form (order-free)."""
    conn = sqlite3.connect(db)
    out = {}
    for table in ("pages", "articles", "captions", "people", "places", "organizations", "dates", "amounts"):
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != "rowid"]
        out[table] = sorted(map(tuple, conn.execute(f"SELECT {', '.join(map(repr, cols))} FROM {table}")))
    out["fts"] = sorted(conn.execute(
        "SELECT a.id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
        " WHERE articles_fts MATCH '\"发展\"'").fetchall())
    conn.close()
    return out


def test_archive_ingest_is_idempotent(tmp_path):
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        first = ingest(archive, [str(p) for p in PAGES[:3]])
    before = _snapshot(db)
    with Archive(db) as archive:
        again = ingest(archive, [str(p) for p in PAGES[:3]])
    assert first.added == 3 and first.articles > 0
    assert again.unchanged == 3 and again.added == again.replaced == again.articles == 0
    assert _snapshot(db) == before


def test_archive_ids_are_stable_across_archives(tmp_path):
    ids = []
    for name in ("one.db", "two.db"):
        with Archive(tmp_path / name) as archive:
            ingest(archive, [str(PAGES[0])])
            ids.append([r[0] for r in archive.conn.execute("SELECT id FROM articles ORDER BY id")])
    assert ids[0] and ids[0] == ids[1]


def test_archive_changed_page_replaces_its_articles(tmp_path):
    page = tmp_path / "in" / "page.txt"
    page.parent.mkdir()
    page.write_text(PAGES[0].read_text(encoding="utf-8"), encoding="utf-8")
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        ingest(archive, [str(page.parent)])
        n_before = archive.counts()["articles"]
    page.write_text(PAGES[1].read_text(encoding="utf-8"), encoding="utf-8")
    with Archive(db) as archive:
        report = ingest(archive, [str(page.parent)])
        counts = archive.counts()
    with Archive(tmp_path / "clean.db") as clean:
        ingest(clean, [str(PAGES[1])])
        expected = clean.counts()["articles"]
    assert report.replaced == 1
    assert counts == {"pages": 1, "articles": expected} and n_before != 0


def test_archive_bad_files_are_reported_and_the_rest_go_in(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(PAGES[0], folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with Archive(tmp_path / "a.db") as archive:
        report = ingest(archive, [str(folder)])
    assert report.added == 1
    assert len(report.errors) == 2
    assert any("empty.txt" in e for e in report.errors) and any("image.txt" in e for e in report.errors)


def test_archive_search_finds_and_ranks_headline_hits_first(filled):
    with Archive(filled, readonly=True) as archive:
        title = archive.conn.execute(
            "SELECT title FROM articles WHERE title IS NOT NULL AND length(title) >= 6 LIMIT 1").fetchone()[0]
        word = title[:4]
        hits, total = search(archive, f'"{word}"', limit=5)
    assert total >= 1 and hits
    assert word in (hits[0].title or "") or word in hits[0].snippet


def test_archive_search_filters(filled):
    with Archive(filled, readonly=True) as archive:
        all_hits, total = search(archive, "发展", limit=500)
        news, n_news = search(archive, "发展", Filters(kind="news"), limit=500)
        dated, n_dated = search(archive, "发展", Filters(date_from="2023-01-01", date_to="2023-12-31"), limit=500)
    assert total > n_news > 0
    assert all(h.kind == "news" for h in news)
    assert all(h.date and "2023-01-01" <= h.date <= "2023-12-31" for h in dated)
    assert n_dated < total


def test_archive_search_person_filter_uses_mentions(filled):
    with Archive(filled, readonly=True) as archive:
        row = archive.conn.execute("SELECT name, count(*) FROM people GROUP BY name ORDER BY 2 DESC LIMIT 1").fetchone()
        if row is None:
            pytest.skip("no people mentions stored yet")
        hits, total = search(archive, "的", Filters(person=row[0]), limit=50)
        ids = {r[0] for r in archive.conn.execute("SELECT article_id FROM people WHERE name = ?", (row[0],))}
    assert {h.id for h in hits} <= ids


def test_archive_query_language():
    assert parse_query("脐橙 草莓").match.count("AND") == 1
    assert " OR " in parse_query("脐橙 OR 草莓").match
    assert " NOT " in parse_query("脐橙 -草莓").match
    q = parse_query('"国家宪法日" 普法')
    assert q.phrases == ["国家宪法日"]


NASTY = ['"', '""', '"""', "'", "*", "^", "(", ")", "()", "AND", "OR", "NOT", "NEAR", "NEAR(", "a OR",
         "-", "--", "- -", ":", "col:word", "title_tokens:发展", '发展"', '"发展', "发展 NOT", "NOT 发展",
         "发展 AND OR NOT", "{", "}", "[", "]", "\\", "%", "_", "'; DROP TABLE articles; --",
         "\x00", "\u200b", "发展\x00", "🙂", "　", "，。！？", "a" * 190, "发展 " * 16,
         "NEAR(发展 乡村, 2)", "发展*", "^发展", '"发展" OR "乡村" -"振兴"', "(发展 OR 乡村) AND 振兴"]


@pytest.mark.parametrize("query", NASTY)
def test_archive_hostile_queries_never_raise_sql_errors(filled, query):
    with Archive(filled, readonly=True) as archive:
        try:
            hits, total = search(archive, query, limit=5)
        except BaoxunError as exc:          # a clear message is fine; an SQL error is not
            assert "search failed" not in str(exc)
            return
        assert total >= len(hits)
    with Archive(filled, readonly=True) as archive:
        assert archive.counts()["articles"] > 0   # and nothing was dropped


def test_archive_readonly_refuses_writes(filled):
    with Archive(filled, readonly=True) as archive:
        with pytest.raises(sqlite3.OperationalError):
            archive.conn.execute("DELETE FROM articles")


def test_archive_show_record_round_trips(filled):
    with Archive(filled, readonly=True) as archive:
        aid = archive.conn.execute("SELECT id FROM articles WHERE kind = 'news' LIMIT 1").fetchone()[0]
        rec = archive.article(aid)
    assert rec["id"] == aid and rec["paragraphs"] and set(rec["mentions"]) == {
        "people", "places", "organizations", "dates", "amounts"}


def test_archive_export_formats(filled, tmp_path):
    import pyarrow.parquet as pq

    with Archive(filled, readonly=True) as archive:
        n = archive.counts()["articles"]
        c1 = export(archive.iter_articles(), "jsonl", tmp_path / "a.jsonl")
        c2 = export(archive.iter_articles(), "csv", tmp_path / "csv")
        c3 = export(archive.iter_articles(), "parquet", tmp_path / "pq")
    assert c1["articles"] == c2["articles"] == c3["articles"] == n
    lines = (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == n and json.loads(lines[0])["id"]
    table = pq.read_table(tmp_path / "pq" / "articles.parquet")
    assert table.num_rows == n and "headlines" in table.column_names
    dates = pq.read_table(tmp_path / "pq" / "dates.parquet")
    assert dates.num_rows == c3["dates"] and dates.num_rows == c2["dates"]


def test_archive_stats(filled):
    with Archive(filled, readonly=True) as archive:
        s = stats(archive)
    assert s["articles"] == sum(r["articles"] for r in s["by_kind"])
    assert s["pages"] == len(PAGES)


def _corpus(folder: Path, copies: int) -> Path:
    """Many distinct pages: the examples, each varied by a closing notice line."""
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(copies):
        for page in PAGES:
            text = page.read_text(encoding="utf-8") + f"\n\n本版第{k + 1}期校对完毕。\n"
            (folder / f"{page.stem}_{k:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def test_archive_survives_sigkill_during_ingest(tmp_path):
    corpus = _corpus(tmp_path / "corpus", 8)
    clean_db, killed_db = tmp_path / "clean.db", tmp_path / "killed.db"
    with Archive(clean_db) as archive:
        ingest(archive, [str(corpus)], mentions=False)
    cmd = [sys.executable, "-m", "baoxun.cli", "ingest", str(corpus), "--db", str(killed_db), "-q", "--no-mentions"]
    rng = random.Random(7)
    for _ in range(4):
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.8, 2.5))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    assert _snapshot(killed_db) == _snapshot(clean_db)
