"""Facts through the archive, the command line and the Dask dataset: ingest writes them,
``baoxun facts --db`` reads them back as the rows of a table, exports carry them, an
archive made before facts existed gets them on its next ingest, and a dataset written
by ``baoxun batch`` holds them and gives them back to the archive."""
from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from baoxun.archive import Archive, export, ingest
from baoxun.archive.facts import FactFilters, query_facts
from baoxun.cli import app

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "examples" / "pages"
# A page of our own with figures of every status (invented; not from any paper).
PAGE = """\
屯留日报 2024年4月22日

一季度全区经济运行稳中向好

本报讯（记者 郭文静）4月21日，记者从区统计局获悉，今年一季度，全区规上工业增加值完成41.2亿元，同比增长9.1%；固定资产投资完成18.6亿元，同比增长6.3%。

全区新开工亿元以上项目12个，总投资46.8亿元。力争全年地区生产总值增长6.5%以上。
"""


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("facts-archive") / "archive.db"
    pages = tmp_path_factory.mktemp("facts-pages")
    (pages / "tunliu.txt").write_text(PAGE, encoding="utf-8")
    with Archive(path) as archive:
        report = ingest(archive, [str(PAGES), str(pages)], place=None)
    assert not report.errors
    return path


def _rows(db: Path) -> list[sqlite3.Row]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return conn.execute("SELECT f.*, a.title FROM facts f JOIN articles a ON a.id = f.article_id").fetchall()


def test_facts_archive_ingest_stores_every_articles_facts(db):
    from baoxun import parse_page

    stored = _rows(db)
    assert stored
    with Archive(db, readonly=True) as archive:
        for aid in {r["article_id"] for r in stored}:
            rec = archive.article(aid)
            text = "\n".join([*rec["headlines"], *rec["paragraphs"], *(c["text"] for c in rec["captions"])])
            for f in rec["facts"]:
                s, e = f["span"]
                assert text[s:e] == f["text"]
    # the stored facts are the parser's, page for page
    page = parse_page(PAGE, source="tunliu.txt")
    want = sorted((f["indicator"], f["value"], f["unit"]) for a in page.articles for f in a.facts or [])
    got = sorted((r["indicator"], r["value"], r["unit"]) for r in stored if r["title"] and "一季度全区" in r["title"])
    assert got == want and want


def test_facts_archive_cli_csv_rows_are_the_stored_facts(db):
    result = CliRunner().invoke(app, ["facts", "--db", str(db), "--format", "csv", "--limit", "100000"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    stored = _rows(db)
    assert len(rows) == len(stored)
    assert sorted((r["article_id"], r["indicator"], float(r["value"])) for r in rows) == \
        sorted((r["article_id"], r["indicator"], float(r["value"])) for r in stored)


@pytest.mark.parametrize("status", ["actual", "target", "plan"])
def test_facts_archive_cli_filters_by_status(db, status):
    result = CliRunner().invoke(app, ["facts", "--db", str(db), "--status", status, "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert all(r["status"] == status for r in rows)
    assert len(rows) == min(100, sum(1 for r in _rows(db) if r["status"] == status))


def test_facts_archive_indicator_filter_takes_canonical_names(db):
    with Archive(db, readonly=True) as archive:
        rows, total = query_facts(archive, FactFilters(indicator="规模以上工业增加值"), limit=1000)
    assert total == len(rows) > 0
    assert all(r["indicator_key"] in ("industry_value_added_above_size", "industry_value_added_above_size_growth")
               or "规模以上工业增加值" in r["indicator"] for r in rows)
    # the printed 规上工业增加值 of our page is found by the canonical name
    assert any(r["indicator"].startswith("规上工业增加值") for r in rows)


def test_facts_archive_cli_page_and_db_agree(db, tmp_path):
    page = tmp_path / "tunliu.txt"
    page.write_text(PAGE, encoding="utf-8")
    direct = CliRunner().invoke(app, ["facts", str(page), "--format", "json"])
    assert direct.exit_code == 0, direct.output
    got = sorted((r["indicator"], r["value"]) for r in map(json.loads, direct.stdout.splitlines()))
    want = sorted((r["indicator"], r["value"]) for r in _rows(db) if r["title"] and "一季度全区" in r["title"])
    assert got == want


def test_facts_archive_cli_usage_errors(db):
    runner = CliRunner()
    assert runner.invoke(app, ["facts"]).exit_code == 2
    assert runner.invoke(app, ["facts", "--db", str(db), "--status", "maybe"]).exit_code == 2
    assert runner.invoke(app, ["facts", "x.txt", "--db", str(db)]).exit_code == 2
    assert runner.invoke(app, ["facts", "--db", str(db), "--from", "2024-13-40"]).exit_code == 2


def test_facts_archive_export_tables(db, tmp_path):
    import pyarrow.parquet as pq

    with Archive(db, readonly=True) as archive:
        c_csv = export(archive.iter_articles(), "csv", tmp_path / "csv")
        c_pq = export(archive.iter_articles(), "parquet", tmp_path / "pq")
        export(archive.iter_articles(), "jsonl", tmp_path / "a.jsonl")
    n = len(_rows(db))
    assert c_csv["facts"] == c_pq["facts"] == n
    assert pq.read_table(tmp_path / "pq" / "facts.parquet").num_rows == n
    with (tmp_path / "csv" / "facts.csv").open(encoding="utf-8") as fh:
        assert sum(1 for _ in csv.DictReader(fh)) == n
    nested = sum(len(json.loads(line)["facts"]) for line in (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines())
    assert nested == n


def test_facts_archive_old_archive_gets_facts_on_next_ingest(tmp_path):
    """An archive written before migration 0002 (no facts table) is migrated when opened,
    and the next ingest of the same files parses its pages again: same ids, facts written."""
    from baoxun.archive.schema import MIGRATIONS

    db = tmp_path / "old.db"
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "tunliu.txt").write_text(PAGE, encoding="utf-8")
    with Archive(db) as archive:
        ingest(archive, [str(pages)])
        ids = [r[0] for r in archive.conn.execute("SELECT id FROM articles ORDER BY id")]
        n = archive.conn.execute("SELECT count(*) FROM facts").fetchone()[0]
    assert n > 0
    # what an archive of the release before looks like: no facts table, 0001 only
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE facts")
        conn.execute("DELETE FROM migrations WHERE name != ?", (MIGRATIONS[0][0],))
    with Archive(db) as archive:                       # opening migrates it
        assert archive.conn.execute("SELECT count(*) FROM facts").fetchone()[0] == 0
        assert [r[0] for r in archive.conn.execute("SELECT name FROM migrations ORDER BY seq")] == \
            [name for name, _ in MIGRATIONS]
        report = ingest(archive, [str(pages)])
        assert report.replaced == 1
        assert [r[0] for r in archive.conn.execute("SELECT id FROM articles ORDER BY id")] == ids
        assert archive.conn.execute("SELECT count(*) FROM facts").fetchone()[0] == n
        again = ingest(archive, [str(pages)])
    assert again.unchanged == 1                        # and after that, a rerun changes nothing


def test_facts_archive_dataset_round_trip(tmp_path):
    """baoxun batch writes a facts table; ingest --from-dataset gives the archive the same
    facts as ingesting the pages."""
    pytest.importorskip("pyarrow")
    from baoxun.scale import ingest_from_dataset, run_batch

    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "tunliu.txt").write_text(PAGE, encoding="utf-8")
    for p in sorted(PAGES.glob("*.txt"))[:3]:
        (pages / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    report = run_batch([str(pages)], tmp_path / "ds", workers=0)
    assert report.pages == 4 and not report.failed
    assert list((tmp_path / "ds" / "facts").rglob("*.parquet"))
    ingest_from_dataset(tmp_path / "ds", tmp_path / "from_ds.db")
    with Archive(tmp_path / "direct.db") as archive:
        ingest(archive, [str(pages)])

    def snapshot(db: Path) -> list[tuple]:
        with sqlite3.connect(db) as conn:
            return sorted(conn.execute("SELECT article_id, seq, indicator, indicator_key, place, period, status,"
                                       ' value, unit, approx, change_basis, change_value, text, start, "end"'
                                       " FROM facts"))

    direct = snapshot(tmp_path / "direct.db")
    assert direct and snapshot(tmp_path / "from_ds.db") == direct


def test_facts_archive_help_lists_the_command():
    out = subprocess.run([sys.executable, "-m", "baoxun.cli", "facts", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "--indicator" in out.stdout and "--status" in out.stdout
