"""The archive commands as a user types them: ingest, search, show, export, stats,
every option, and the exit codes scripts rely on."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from baoxun.cli import app
from conftest import EXAMPLES

runner = CliRunner()
PAGES = str(EXAMPLES / "pages")


def run(*args: str):
    return runner.invoke(app, list(args))


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "a.db"
    result = run("ingest", PAGES, "--db", str(path), "-q")
    assert result.exit_code == 0, result.output
    return path


def test_cli_archive_ingest_summary_and_rerun(tmp_path):
    path = tmp_path / "b.db"
    first = run("ingest", str(EXAMPLES / "pages" / "ex01_keqiao.txt"), "--db", str(path), "-q")
    again = run("ingest", str(EXAMPLES / "pages" / "ex01_keqiao.txt"), "--db", str(path), "-q")
    assert first.exit_code == 0 and again.exit_code == 0
    assert "1 new" in first.output and "1 unchanged" in again.output


def test_cli_archive_ingest_given_values_and_no_mentions(tmp_path):
    path = tmp_path / "c.db"
    result = run("ingest", str(EXAMPLES / "pages" / "ex02_yudu.txt"), "--db", str(path), "-q",
                 "--date", "2021-11-10", "--place", "于都县", "--paper", "于都报", "--no-mentions")
    assert result.exit_code == 0, result.output
    stats = json.loads(run("stats", "--db", str(path), "--json").output)
    assert stats["by_paper_place"][0]["paper"] == "于都报" and stats["by_paper_place"][0]["place"] == "于都县"
    assert stats["top_people"] == [] and stats["top_places"] == []


def test_cli_archive_ingest_errors_and_usage(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    result = run("ingest", str(bad), "--db", str(tmp_path / "d.db"), "-q")
    assert result.exit_code == 1 and "empty.txt" in result.output
    assert run("ingest", "--db", str(tmp_path / "d.db")).exit_code == 2
    assert run("ingest", PAGES, "--db", str(tmp_path / "d.db"), "--date", "2024-02-30").exit_code == 2


def test_cli_archive_search_formats(db):
    table = run("search", "发展", "--db", str(db))
    assert table.exit_code == 0 and "match" in table.output
    lines = run("search", "发展", "--db", str(db), "--format", "json", "--limit", "3").output.strip().splitlines()
    hits = [json.loads(x) for x in lines]
    assert 1 <= len(hits) <= 3 and all(h["id"] for h in hits)
    rows = list(csv.reader(io.StringIO(run("search", "发展", "--db", str(db), "-f", "csv", "-n", "2").output)))
    assert rows[0][:3] == ["id", "date", "place"] and 1 <= len(rows) - 1 <= 2


def test_cli_archive_search_filters(db):
    def hits(*extra):
        out = run("search", "发展", "--db", str(db), "-f", "json", "-n", "500", *extra).output
        return [json.loads(x) for x in out.strip().splitlines() if x]
    everything = hits()
    news = hits("--kind", "news")
    dated = hits("--from", "2023-01-01", "--to", "2023-12-31")
    place = next(h["place"] for h in everything if h["place"])
    placed = hits("--place", place)
    assert all(h["place"] == place for h in placed) or placed  # the paper's place or a place named
    assert news and all(h["kind"] == "news" for h in news) and len(news) < len(everything)
    assert dated and all("2023-01-01" <= h["date"] <= "2023-12-31" for h in dated)
    assert placed and len(placed) < len(everything)


def test_cli_archive_search_person_and_nothing_found(db):
    stats = json.loads(run("stats", "--db", str(db), "--json").output)
    person = stats["top_people"][0]["name"]
    found = run("search", "的", "--db", str(db), "-f", "json", "--person", person)
    assert found.exit_code == 0 and found.output.strip()
    none = run("search", "不可能出现的词组合", "--db", str(db), "-f", "json")
    assert none.exit_code == 1 and not none.output.strip()
    assert run("search", '"', "--db", str(db)).exit_code == 2
    assert run("search", "发展", "--db", str(db), "--from", "yesterday").exit_code == 2


def test_cli_archive_show(db):
    hit = json.loads(run("search", "发展", "--db", str(db), "-f", "json", "-n", "1").output)
    md = run("show", hit["id"], "--db", str(db))
    js = run("show", hit["id"], "--db", str(db), "--format", "json")
    assert md.exit_code == 0 and (hit["title"] or "") in md.output
    assert json.loads(js.output)["id"] == hit["id"]
    assert run("show", "a-not-there", "--db", str(db)).exit_code == 1


def test_cli_archive_export_formats(db, tmp_path):
    import pyarrow.parquet as pq

    assert run("export", "--db", str(db), "--format", "jsonl", "--out", str(tmp_path / "a.jsonl")).exit_code == 0
    n = len((tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines())
    assert run("export", "--db", str(db), "-f", "csv", "-o", str(tmp_path / "csv")).exit_code == 0
    assert run("export", "--db", str(db), "-f", "parquet", "-o", str(tmp_path / "pq")).exit_code == 0
    assert pq.read_table(tmp_path / "pq" / "articles.parquet").num_rows == n
    with (tmp_path / "csv" / "articles.csv").open(encoding="utf-8") as fh:
        assert sum(1 for _ in csv.DictReader(fh)) == n
    some = run("export", "--db", str(db), "--query", "脐橙", "-o", str(tmp_path / "q.jsonl"))
    m = len((tmp_path / "q.jsonl").read_text(encoding="utf-8").splitlines())
    assert some.exit_code == 0 and 0 < m < n


def test_cli_archive_stats_and_missing_archive(db, tmp_path):
    out = run("stats", "--db", str(db))
    assert out.exit_code == 0 and "articles" in out.output
    assert run("stats", "--db", str(tmp_path / "none.db")).exit_code == 2
    assert run("search", "发展", "--db", str(tmp_path / "none.db")).exit_code == 2


def test_cli_archive_evaluate_scores_generated_pages(shared):
    """`baoxun evaluate` passes its options to baoxun.evaluate and prints its score tables."""
    result = run("evaluate", "--pages", "3", "--no-mentions")
    assert result.exit_code == 0, result.output
    assert "layout (score.py)" in result.stdout and "ALL" in result.stdout
    lines = [x for x in result.stdout.splitlines() if x.startswith("ALL")]
    assert lines and any(re.search(r"\b[01]\.\d\d\b", x) for x in lines)      # numbers, not an empty table
    as_json = run("evaluate", "--pages", "2", "--no-mentions", "--json")
    assert as_json.exit_code == 0 and json.loads(as_json.stdout)
    assert run("evaluate", "--pages", "0").exit_code == 2
    bad = run("evaluate", "--no-such-option")
    assert bad.exit_code == 2 and "Traceback" not in bad.output


def test_cli_archive_evaluate_help_lists_the_passed_options():
    result = run("evaluate", "--help")
    assert result.exit_code == 0 and "dump styles" in result.stdout
    for opt in ("--pages", "--holdout", "--split", "--gold-dir", "--no-mentions", "--out"):
        assert opt in result.stdout
