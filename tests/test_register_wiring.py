"""The officials register wired into the archive, the CLI and the web reader (issue 12):
the 0003 migration on an older archive, the register built by `baoxun ingest` (and by
`ingest --from-dataset`) without ever failing it, `baoxun officials`, the register
tables in exports, and the reader's /officials, /posts and /bylines pages and API.

The pages are written here (invented people of an invented county paper), so every
expected row is known: a person listed must have the post the page prints."""
from __future__ import annotations

import csv
import io
import json
import sqlite3
import warnings
from pathlib import Path
from urllib.parse import quote

import pytest
from typer.testing import CliRunner

from baoxun.archive import Archive, schema
from baoxun.cli import app

runner = CliRunner()

PAGE_2023 = """平遥报　2023年4月12日　星期三

# 我县召开春季植树造林动员会

本报讯（记者 韩晓东）4月11日，我县召开全县春季植树造林动员会。县委书记罗振林出席会议并讲话，县委副书记、县长宋文博主持会议。

罗振林强调，各乡镇要压实责任，抓好苗木调运和栽植管护，确保完成今年造林任务。

宋文博要求，县林业局要加强技术指导。副县长郝建平参加会议。
"""

PAGE_2024 = """平遥报　2024年6月3日　星期一

# 县政府常务会议研究部署防汛工作

本报讯（记者 韩晓东 通讯员 田雨萌）6月2日，县委副书记、县长宋文博主持召开县政府常务会议，研究部署全县防汛工作。

会议要求，各乡镇和县直各部门要克服麻痹思想，落实值班值守制度。副县长郝建平，县水利局局长贾志勇参加会议。
"""

# A third page, added by a later ingest: a new official and a new post.
PAGE_LATER = """平遥报　2024年9月10日　星期二

# 全县教育工作会议召开

本报讯（记者 韩晓东）9月9日，全县教育工作会议召开。县委常委、常务副县长邢立伟出席会议并讲话，县教育局局长包春燕作工作报告。
"""

ARGS = ("--paper", "平遥报", "--place", "平遥县", "-q")


def run(*args: str):
    return runner.invoke(app, list(args))


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("register_pages")
    (folder / "2023-04-12.txt").write_text(PAGE_2023, encoding="utf-8")
    (folder / "2024-06-03.txt").write_text(PAGE_2024, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def db(pages, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("register_db") / "archive.db"
    result = run("ingest", str(pages), "--db", str(path), *ARGS)
    assert result.exit_code == 0, result.output
    assert "register 4 officials" in result.output, result.output
    return path


def _official_rows(db: Path, *args: str) -> list[dict]:
    result = run("officials", "--db", str(db), "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


# --------------------------------------------------------------------------- migration

def test_register_wiring_migration_on_an_archive_with_0001_and_0002(tmp_path, pages, monkeypatch):
    path = tmp_path / "old.db"
    with monkeypatch.context() as m:                         # an archive made before 0003 existed
        m.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:2])
        with Archive(path) as a:
            from baoxun.archive import ingest
            ingest(a, [str(pages)], place="平遥县", paper="平遥报", register=False)
    conn = sqlite3.connect(path)
    assert [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY seq")] == ["0001_initial", "0002_facts"]
    assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'register_people'").fetchone()
    articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    conn.close()
    assert articles == 2
    with Archive(path) as a:                                 # opened by this version: 0003 applied
        names = [r[0] for r in a.conn.execute("SELECT name FROM migrations ORDER BY seq")]
        assert names == ["0001_initial", "0002_facts", "0003_register"]
        assert a.conn.execute("PRAGMA user_version").fetchone()[0] == 3
        assert a.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == articles
        assert a.conn.execute("SELECT count(*) FROM register_people").fetchone()[0] == 0
    assert schema.MIGRATIONS[2][0] == "0003_register"


def test_register_wiring_migration_keeps_tables_built_before_it(tmp_path, pages, monkeypatch):
    """An archive whose register was built (tables created by build_register) before the
    migration existed: 0003 applies over them and keeps their rows."""
    from baoxun.register.store import build_register

    path = tmp_path / "old.db"
    with monkeypatch.context() as m:
        m.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:2])
        with Archive(path) as a:
            from baoxun.archive import ingest
            ingest(a, [str(pages)], place="平遥县", paper="平遥报", register=False)
        built = build_register(path)
    assert built["officials"] == 4
    with Archive(path) as a:
        assert "0003_register" in {r[0] for r in a.conn.execute("SELECT name FROM migrations")}
        assert a.conn.execute("SELECT count(*) FROM register_people").fetchone()[0] == built["people"]


# --------------------------------------------------------------------------- ingest builds it

def test_register_wiring_ingest_builds_the_register(db):
    conn = sqlite3.connect(db)
    from baoxun.register.store import has_register
    assert has_register(conn)
    tenures = {(r[0], r[1], r[2]) for r in conn.execute(
        "SELECT p.name, t.place, t.office FROM register_tenures t JOIN register_people p ON p.id = t.person_id")}
    conn.close()
    assert {("罗振林", "平遥县", "县委书记"), ("宋文博", "平遥县", "县长"), ("宋文博", "平遥县", "县委副书记"),
            ("郝建平", "平遥县", "副县长"), ("贾志勇", "平遥县", "县水利局局长")} <= tenures


def test_register_wiring_rerun_does_not_rebuild(db, pages):
    again = run("ingest", str(pages), "--db", str(db), *ARGS)
    assert again.exit_code == 0 and "2 unchanged" in again.output and "; register" not in again.output


def test_register_wiring_a_later_ingest_adds_to_the_register(db, pages, tmp_path):
    copy = tmp_path / "copy.db"
    src = sqlite3.connect(db)
    src.execute(f"VACUUM INTO '{copy}'")
    src.close()
    later = tmp_path / "later"
    later.mkdir()
    (later / "2024-09-10.txt").write_text(PAGE_LATER, encoding="utf-8")
    result = run("ingest", str(later), "--db", str(copy), *ARGS)
    assert result.exit_code == 0, result.output
    rows = _official_rows(copy, "--name", "邢立伟")
    assert {r["office"] for r in rows} >= {"常务副县长"} and {r["place"] for r in rows} == {"平遥县"}
    assert any(r["name"] == "罗振林" for r in _official_rows(copy))          # the earlier pages stay


def test_register_wiring_a_failed_build_never_fails_ingest(tmp_path, pages, monkeypatch):
    from baoxun.errors import BaoxunError
    from baoxun.register import store

    def broken(path):
        raise BaoxunError("disk on fire")

    monkeypatch.setattr(store, "build_register", broken)
    result = run("ingest", str(pages), "--db", str(tmp_path / "a.db"), *ARGS)
    assert result.exit_code == 0, result.output
    warning = [line for line in result.output.splitlines() if "register" in line and "warning" in line]
    assert len(warning) == 1 and "disk on fire" in warning[0] and "Traceback" not in result.output
    monkeypatch.setattr(store, "build_register", lambda path: 1 / 0)     # a bug, not a BaoxunError
    (pages.parent / "extra").mkdir(exist_ok=True)
    (pages.parent / "extra" / "later.txt").write_text(PAGE_LATER, encoding="utf-8")
    result = run("ingest", str(pages.parent / "extra"), "--db", str(tmp_path / "a.db"), *ARGS)
    assert result.exit_code == 0 and "ZeroDivisionError" in result.output and "Traceback" not in result.output
    # the ingest's own exit code is kept: a page that fails still gives 1
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "empty.txt").write_bytes(b"")
    result = run("ingest", str(tmp_path / "bad"), "--db", str(tmp_path / "a.db"), *ARGS)
    assert result.exit_code == 1


def test_register_wiring_ingest_from_dataset_builds_the_register(tmp_path, pages):
    pytest.importorskip("pyarrow")
    dataset = tmp_path / "dataset"
    done = run("batch", str(pages), "--out", str(dataset), "--workers", "0", "-q")
    assert done.exit_code == 0, done.output
    path = tmp_path / "from-dataset.db"
    result = run("ingest", "--from-dataset", str(dataset), "--db", str(path))
    assert result.exit_code == 0, result.output
    assert "; register " in result.output
    conn = sqlite3.connect(path)
    from baoxun.register.store import has_register
    assert has_register(conn)
    names = {r[0] for r in conn.execute("SELECT name FROM register_people")}
    conn.close()
    assert {"罗振林", "宋文博", "郝建平"} <= names


# --------------------------------------------------------------------------- baoxun officials

def test_register_wiring_officials_lists_printed_posts(db):
    result = run("officials", "--db", str(db))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["name", "place", "office"]
    assert any("罗振林" in x and "县委书记" in x and "2023-04-12" in x for x in lines)
    song = _official_rows(db, "--name", "宋文博")
    assert {r["office"] for r in song} == {"县长", "县委副书记"}
    assert all(r["first"] == "2023-04-12" and r["last"] == "2024-06-03" and r["articles"] == 2 for r in song)
    assert len({r["person_id"] for r in song}) == 1


def test_register_wiring_officials_filters_and_formats(db):
    assert [r["name"] for r in _official_rows(db, "--post", "县长")] == ["宋文博"]
    assert {r["name"] for r in _official_rows(db, "--place", "晋中市")} >= {"罗振林", "贾志勇"}   # inside it
    rows = list(csv.DictReader(io.StringIO(run("officials", "--db", str(db), "-f", "csv", "--post", "副县长").stdout)))
    assert [(r["name"], r["office"]) for r in rows] == [("郝建平", "副县长")]
    credited = list(csv.DictReader(io.StringIO(run("officials", "--db", str(db), "--bylines", "-f", "csv").stdout)))
    assert {(r["name"], r["role"], r["articles"]) for r in credited} == {("韩晓东", "reporter", "2"),
                                                                        ("田雨萌", "correspondent", "1")}


def test_register_wiring_officials_exit_codes(db, tmp_path):
    none = run("officials", "--db", str(db), "--name", "无此人")
    assert none.exit_code == 1 and "no official matches" in none.output
    missing = run("officials", "--db", str(tmp_path / "missing.db"))
    assert missing.exit_code == 2 and "no such archive" in missing.output and not (tmp_path / "missing.db").exists()
    assert run("officials", "--db", str(db), "--format", "xml").exit_code == 2
    (tmp_path / "junk.db").write_bytes(b"not a database at all" * 100)
    junk = run("officials", "--db", str(tmp_path / "junk.db"))
    assert junk.exit_code == 2 and "Traceback" not in junk.output


def test_register_wiring_officials_rebuild(db, tmp_path):
    copy = tmp_path / "copy.db"
    src = sqlite3.connect(db)
    src.execute(f"VACUUM INTO '{copy}'")
    src.close()
    conn = sqlite3.connect(copy)
    conn.execute("DELETE FROM register_meta")                   # tables no longer current
    conn.commit()
    conn.close()
    result = run("officials", "--db", str(copy), "--rebuild", "--post", "县委书记")
    assert result.exit_code == 0 and "register rebuilt from 2 articles" in result.output
    assert "罗振林" in result.stdout
    from baoxun.register.store import has_register
    conn = sqlite3.connect(copy)
    assert has_register(conn)
    conn.close()


# --------------------------------------------------------------------------- export

@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_register_wiring_export_writes_register_tables(db, tmp_path, fmt):
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    out = tmp_path / fmt
    result = run("export", "--db", str(db), "--format", fmt, "--out", str(out))
    assert result.exit_code == 0, result.output
    for table in ("articles", "people", "register_people", "register_tenures", "register_observations",
                  "register_bylines"):
        assert (out / f"{table}.{fmt}").exists(), table
    if fmt == "csv":
        tenures = list(csv.DictReader((out / "register_tenures.csv").open(encoding="utf-8")))
        people = {r["id"]: r["name"] for r in csv.DictReader((out / "register_people.csv").open(encoding="utf-8"))}
    else:
        import pyarrow.parquet as pq
        tenures = pq.read_table(out / "register_tenures.parquet").to_pylist()
        people = {r["id"]: r["name"] for r in pq.read_table(out / "register_people.parquet").to_pylist()}
    assert ("罗振林", "县委书记") in {(people[t["person_id"]], t["office"]) for t in tenures}
    articles = run("export", "--db", str(db), "--format", fmt, "--out", str(tmp_path / "q"), "--query", "防汛")
    assert articles.exit_code == 0 and not (tmp_path / "q" / f"register_people.{fmt}").exists()


# --------------------------------------------------------------------------- web

@pytest.fixture(scope="module")
def client(db):
    pytest.importorskip("fastapi")
    pytest.importorskip("httpx")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from baoxun.web import create_app
    with TestClient(create_app(db)) as c:
        yield c


def _person_id(db: Path, name: str) -> str:
    (row,) = [r for r in _official_rows(db, "--name", name)][:1]
    return row["person_id"]


def test_register_wiring_web_official_page(client, db):
    pid = _person_id(db, "宋文博")
    r = client.get(f"/officials/{pid}")
    assert r.status_code == 200, r.text
    assert "宋文博" in r.text and "<svg" in r.text and "县长" in r.text
    assert f'/posts/{quote("平遥县")}/{quote("县长")}' in r.text            # career bars and rows link posts
    api = client.get(f"/api/officials/{pid}").json()
    assert api["person"]["name"] == "宋文博" and {t["office"] for t in api["career"]} == {"县长", "县委副书记"}
    assert api["timeline_svg"].startswith("<svg")


def test_register_wiring_web_post_page(client, db):
    r = client.get(f"/posts/{quote('平遥县')}/{quote('县委书记')}")
    assert r.status_code == 200 and "罗振林" in r.text and "<svg" in r.text
    assert f"/officials/{_person_id(db, '罗振林')}" in r.text
    api = client.get(f"/api/posts/{quote('平遥县')}/{quote('县委书记')}").json()
    assert [h["name"] for h in api["holders"]] == ["罗振林"]


def test_register_wiring_web_byline_page_and_article_links(client, db):
    r = client.get(f"/bylines/{quote('韩晓东')}")
    assert r.status_code == 200 and "韩晓东" in r.text and "<svg" not in r.text.split("</header>")[0]
    api = client.get(f"/api/bylines/{quote('韩晓东')}").json()
    assert api["total"] == 2 and api["name"] == "韩晓东"
    aid = api["articles"][0]["article_id"]
    article = client.get(f"/articles/{aid}").text
    assert f'href="/bylines/{quote("韩晓东")}"' in article            # the byline link no longer 404s
    pid = _person_id(db, "宋文博")
    assert f'href="/officials/{pid}"' in article                     # a mention links to the register


def test_register_wiring_web_person_page_links_register_people(client, db):
    r = client.get(f"/people/{quote('郝建平')}")
    assert r.status_code == 200 and f"/officials/{_person_id(db, '郝建平')}" in r.text


def test_register_wiring_web_officials_index_and_nav(client):
    r = client.get("/officials")
    assert r.status_code == 200 and "罗振林" in r.text and "贾志勇" in r.text
    assert 'href="/officials"' in client.get("/").text


@pytest.mark.parametrize("path", ["/officials/Pnope", "/posts/平遥县/无此职务", "/bylines/无此人",
                                  "/api/officials/Pnope", "/api/posts/平遥县/无此职务", "/api/bylines/无此人"])
def test_register_wiring_web_unknown_is_404(client, path):
    r = client.get(path)
    assert r.status_code == 404
    if path.startswith("/api/"):
        assert r.json()["error"]["status"] == 404
    else:
        assert r.headers["content-type"].startswith("text/html")
