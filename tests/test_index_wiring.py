"""Search at scale wired into the CLI and the reader (issue 13): `baoxun index` (build,
sync, --rebuild, --check and its exit codes), ingest keeping an existing index in step,
`baoxun export --format opensearch`, and the web reader's search, facets and exports
with and without an index (facets and the home page's statistics cached)."""
from __future__ import annotations

import json
import shutil
import warnings
from pathlib import Path

import pytest
from typer.testing import CliRunner

from baoxun.archive import Archive, Filters, ingest
from baoxun.cli import app
from conftest import EXAMPLES

ix = pytest.importorskip("baoxun.archive.index")
runner = CliRunner()
PAGES = sorted((EXAMPLES / "pages").glob("*.txt"))
needs_tantivy = pytest.mark.skipif(not ix.available(), reason="tantivy is not installed")


def run(*args: str):
    return runner.invoke(app, list(args))


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    """An archive of all but the last two example pages, without an index."""
    folder = tmp_path_factory.mktemp("index_wiring")
    pages = folder / "pages"
    pages.mkdir()
    for p in PAGES[:-2]:
        shutil.copy(p, pages / p.name)
    db = folder / "base.db"
    result = run("ingest", str(pages), "--db", str(db), "-q")
    assert result.exit_code == 0, result.output
    return db


def _copy(src: Path, dst: Path) -> Path:
    shutil.copy(src, dst)
    if Path(str(src) + ".index").exists():
        shutil.copytree(Path(str(src) + ".index"), Path(str(dst) + ".index"))
    return dst


def _more(tmp_path: Path, n: int = 1) -> Path:
    folder = tmp_path / "more"
    folder.mkdir(exist_ok=True)
    for p in PAGES[-2:][:n]:
        shutil.copy(p, folder / p.name)
    return folder


# --------------------------------------------------------------------------- baoxun index

@needs_tantivy
def test_index_wiring_build_check_and_sync(base, tmp_path):
    db = _copy(base, tmp_path / "a.db")
    missing = run("index", "--db", str(db), "--check")
    assert missing.exit_code == 1 and missing.stdout.startswith("missing ")
    built = run("index", "--db", str(db))
    assert built.exit_code == 0 and "index built" in built.output, built.output
    assert Path(str(db) + ".index", "baoxun.json").exists()
    fresh = run("index", "--db", str(db), "--check")
    assert fresh.exit_code == 0 and fresh.stdout.startswith("fresh ")
    # an ingest that adds pages keeps an existing index in step …
    more = run("ingest", str(_more(tmp_path, 1)), "--db", str(db), "-q")
    assert more.exit_code == 0 and "index +" in more.output and "index +0 " not in more.output, more.output
    assert run("index", "--db", str(db), "--check").exit_code == 0
    # … one killed before its sync leaves it stale until `baoxun index`
    with Archive(db) as archive:
        report = ingest(archive, [str(_more(tmp_path, 2))], index=False)
        assert report.added == 1
    stale = run("index", "--db", str(db), "--check")
    assert stale.exit_code == 1 and stale.stdout.startswith("stale ")
    synced = run("index", "--db", str(db))
    assert synced.exit_code == 0 and "index synced" in synced.output and "0 added" not in synced.output
    assert run("index", "--db", str(db), "--check").exit_code == 0
    rebuilt = run("index", "--db", str(db), "--rebuild")
    assert rebuilt.exit_code == 0 and "index built" in rebuilt.output
    with Archive(db, readonly=True) as archive:
        assert ix.status(archive) == "fresh"
        count = archive.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert json.loads(Path(str(db) + ".index", "baoxun.json").read_text())["articles"] == count


def test_index_wiring_usage_errors(base, tmp_path, monkeypatch):
    both = run("index", "--db", str(base), "--rebuild", "--check")
    assert both.exit_code == 2
    missing = run("index", "--db", str(tmp_path / "nope.db"))
    assert missing.exit_code == 2 and "no such archive" in missing.output and not (tmp_path / "nope.db").exists()
    monkeypatch.setattr(ix, "available", lambda: False)
    none = run("index", "--db", str(base))
    assert none.exit_code == 2 and "tantivy" in none.output and len(none.output.strip().splitlines()) == 1
    assert "Traceback" not in none.output


@needs_tantivy
def test_index_wiring_failed_sync_never_fails_ingest(base, tmp_path, monkeypatch):
    db = _copy(base, tmp_path / "a.db")
    assert run("index", "--db", str(db)).exit_code == 0

    def broken(archive):
        raise RuntimeError("index folder unwritable")

    monkeypatch.setattr(ix, "sync", broken)
    result = run("ingest", str(_more(tmp_path, 1)), "--db", str(db), "-q")
    assert result.exit_code == 0, result.output
    assert "warning: search index not updated" in result.output and "Traceback" not in result.output
    monkeypatch.undo()
    assert run("index", "--db", str(db), "--check").exit_code == 1       # stale: search on FTS5
    hits = run("search", "发展", "--db", str(db), "-f", "json", "-n", "500")
    assert hits.exit_code == 0 and hits.stdout.strip()


# --------------------------------------------------------------------------- export opensearch

def test_index_wiring_export_opensearch(base, tmp_path):
    out = tmp_path / "bulk"
    result = run("export", "--db", str(base), "--format", "opensearch", "--out", str(out))
    assert result.exit_code == 0, result.output
    with Archive(base, readonly=True) as archive:
        ids = {r[0] for r in archive.conn.execute("SELECT id FROM articles")}
    mapping = json.loads((out / "mapping.json").read_text(encoding="utf-8"))
    assert "mappings" in mapping and "settings" in mapping
    lines = []
    for f in sorted(out.glob("bulk-*.ndjson")):
        lines += [json.loads(x) for x in f.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 2 * len(ids) and ids
    for action, doc in zip(lines[::2], lines[1::2]):
        assert action == {"index": {"_index": "baoxun-articles", "_id": doc["id"]}}
        assert {"body_tokens", "title_tokens", "title", "kind"} <= set(doc)
    assert {d["id"] for d in lines[1::2]} == ids and sum(bool(d["body_tokens"]) for d in lines[1::2]) > len(ids) / 2
    by_year = tmp_path / "by_year"
    result = run("export", "--db", str(base), "--format", "opensearch", "--out", str(by_year), "--split-by-year")
    assert result.exit_code == 0
    lines = [json.loads(x) for f in sorted(by_year.glob("bulk-*.ndjson"))
             for x in f.read_text(encoding="utf-8").splitlines()]
    names = {a["index"]["_index"] for a in lines[::2]}
    assert len(names) > 1
    for action, doc in zip(lines[::2], lines[1::2]):
        year = doc["date"][:4] if doc["date"] else "undated"
        assert action["index"]["_index"] == f"baoxun-articles-{year}"


def test_index_wiring_export_usage_errors(base, tmp_path):
    assert run("export", "--db", str(base), "--format", "opensearch", "--out", str(tmp_path / "x"),
               "--query", "发展").exit_code == 2
    assert run("export", "--db", str(base), "--format", "csv", "--out", str(tmp_path / "y"),
               "--split-by-year").exit_code == 2


# --------------------------------------------------------------------------- the web reader

@pytest.fixture()
def make_client():
    pytest.importorskip("fastapi")
    pytest.importorskip("httpx")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from baoxun.web import create_app
    opened = []

    def make(db: Path):
        c = TestClient(create_app(db))
        c.__enter__()
        opened.append(c)
        return c

    yield make
    for c in opened:
        c.__exit__(None, None, None)


def _ids(client, q: str, **params) -> list[str]:
    r = client.get("/api/search", params={"q": q, "limit": 100, **params})
    assert r.status_code == 200, r.text
    return [h["id"] for h in r.json()["results"]]


@needs_tantivy
def test_index_wiring_web_search_with_and_without_index(base, tmp_path, make_client, monkeypatch):
    from baoxun.web import queries

    plain = _copy(base, tmp_path / "plain.db")
    indexed = _copy(base, tmp_path / "indexed.db")
    assert run("index", "--db", str(indexed)).exit_code == 0
    without, with_index = make_client(plain), make_client(indexed)
    for q, params in (("发展", {}), ("产业 OR 项目", {"kind": "news"}), ('"重点项目"', {})):
        a, b = _ids(without, q, **params), _ids(with_index, q, **params)
        assert a and sorted(a) == sorted(b), q
    # facets: from the index when it is fresh (the SQL plan is not even asked) …
    calls = []
    sql = queries.facets_sql
    monkeypatch.setattr(queries, "facets_sql", lambda *a, **k: calls.append(1) or sql(*a, **k))
    got = with_index.get("/api/search", params={"q": "发展", "facets": "true"}).json()["facets"]
    assert calls == [] and got["kind"] and sum(f["count"] for f in got["kind"]) > 0
    # … and from SQL without one, with the same counts
    want = without.get("/api/search", params={"q": "发展", "facets": "true"}).json()["facets"]
    assert calls == [1] and want["kind"] == got["kind"] and want["person"] == got["person"]
    page = with_index.get("/search", params={"q": "发展"})
    assert page.status_code == 200 and 'class="facets"' in page.text
    # the result-set export ranks on the index too
    monkeypatch.setattr(queries, "ranked_ids_sql", lambda *a, **k: pytest.fail("ranked in SQL"))
    csv_rows = with_index.get("/api/search.csv", params={"q": "发展"})
    assert csv_rows.status_code == 200 and int(csv_rows.headers["X-Result-Count"]) == len(_ids(without, "发展"))


@needs_tantivy
def test_index_wiring_web_survives_a_damaged_index(base, tmp_path, make_client):
    db = _copy(base, tmp_path / "a.db")
    assert run("index", "--db", str(db)).exit_code == 0
    for f in Path(str(db) + ".index").iterdir():
        if f.suffix in (".idx", ".term", ".pos", ".store", ".fast"):
            f.write_bytes(b"\x00" * 16)
    client = make_client(db)
    r = client.get("/api/search", params={"q": "发展", "facets": "true"})
    assert r.status_code == 200 and r.json()["total"] > 0 and r.json()["facets"]["kind"]


def test_index_wiring_web_facets_cached_until_the_archive_changes(base, tmp_path, make_client, monkeypatch):
    from baoxun.web import queries

    db = _copy(base, tmp_path / "a.db")
    client = make_client(db)
    calls = []
    real = queries.facets
    monkeypatch.setattr(queries, "facets", lambda *a, **k: calls.append(a[1:3]) or real(*a, **k))
    first = client.get("/api/search", params={"q": "发展", "facets": "true"}).json()["facets"]
    again = client.get("/api/search", params={"q": "发展", "facets": "true", "offset": 5}).json()["facets"]
    assert first == again and len(calls) == 1                     # same query and filters: cached
    client.get("/api/search", params={"q": "发展", "facets": "true", "kind": "news"})
    client.get("/search", params={"q": "发展"})                      # the page shares the cache
    assert len(calls) == 2
    with Archive(db) as archive:                                   # the archive changes: counted again
        assert ingest(archive, [str(_more(tmp_path, 1))], register=False).added == 1
    after = client.get("/api/search", params={"q": "发展", "facets": "true"}).json()["facets"]
    assert len(calls) == 3 and sum(f["count"] for f in after["kind"]) > sum(f["count"] for f in first["kind"])


def test_index_wiring_web_home_stats_cached(base, tmp_path, make_client, monkeypatch):
    from baoxun.web import app as web_app

    db = _copy(base, tmp_path / "a.db")
    client = make_client(db)
    calls = []
    real = web_app.run_stats
    monkeypatch.setattr(web_app, "run_stats", lambda a: calls.append(1) or real(a))
    assert client.get("/").status_code == 200 and client.get("/api/stats").status_code == 200
    assert client.get("/").status_code == 200 and len(calls) == 1
    before = client.get("/api/stats").json()["articles"]
    with Archive(db) as archive:
        ingest(archive, [str(_more(tmp_path, 1))], register=False)
    assert client.get("/api/stats").json()["articles"] == before and len(calls) == 1   # within 60 s
    monkeypatch.setattr(web_app, "STATS_SECONDS", 0.0)
    assert client.get("/api/stats").json()["articles"] > before and len(calls) == 2
    assert client.get("/api/stats").status_code == 200 and len(calls) == 2             # unchanged: kept


def test_index_wiring_queries_facets_fall_back_to_sql(base):
    from baoxun.web import queries

    with Archive(base, readonly=True) as archive:
        assert ix.status(archive) in ("missing", "unavailable")
        got = queries.facets(archive, "发展", Filters(), seconds=30)
        want = queries.facets_sql(archive, "发展", Filters(), seconds=30)
        assert got == want and got["kind"]
        assert queries.ranked_ids(archive, "发展", Filters(), 50) == queries.ranked_ids_sql(archive, "发展",
                                                                                         Filters(), 50)
