"""The register in the archive: tables built from an ingested archive, the officials
listing, the person / post / byline page data and their SVG timelines."""
from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest

from baoxun import parse_page
from baoxun.archive import Archive
from baoxun.archive.ingest import text_hash
from baoxun.archive.store import IngestResult
from baoxun.errors import BaoxunError
from baoxun.register import query, store
from baoxun.register.build import register_from_records
from baoxun.register.posts import parse_chain

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
PAGES = ("ex02_yudu", "ex03_shouguang", "ex04_jiangyou", "ex30_changfeng")


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("register") / "archive.db"
    with Archive(db) as a:
        batch = []
        for stem in PAGES:
            text = (EXAMPLES / "pages" / f"{stem}.txt").read_text(encoding="utf-8")
            batch.append((f"{stem}.txt", text_hash(text), parse_page(text, source=f"{stem}.txt", ner="rules")))
        a.write_pages(batch, IngestResult())
    return db


def test_register_store_build_writes_tables_idempotently(archive):
    first = store.build_register(archive)
    assert first["articles"] > 10 and first["officials"] > 5 and first["bylines"] > 0
    second = store.build_register(archive)
    assert second["rows"] == first["rows"]
    conn = sqlite3.connect(archive)
    assert store.has_register(conn)
    ids = [r[0] for r in conn.execute("SELECT id FROM register_people ORDER BY id")]
    assert len(ids) == len(set(ids)) == first["people"]
    conn.close()


def test_register_store_migration_sql_applies_twice():
    conn = sqlite3.connect(":memory:")
    name, sql = store.MIGRATION
    assert name == "0003_register"
    conn.executescript(sql)
    conn.executescript(sql)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert set(store.REGISTER_TABLES) <= tables


def test_register_store_officials_command_formats(archive):
    table = query.officials_command(archive)
    assert "曾庆华" in table and "常务副县长" in table and table.splitlines()[0].startswith("name")
    rows = list(csv.DictReader(io.StringIO(query.officials_command(archive, fmt="csv", name="曾庆华"))))
    assert {r["office"] for r in rows} >= {"县委常委", "常务副县长"} and {r["place"] for r in rows} == {"于都县"}
    lines = query.officials_command(archive, fmt="json", post="常务副县长").splitlines()
    assert lines and all(json.loads(x)["office"] == "常务副县长" for x in lines)
    assert "市长" in query.officials_command(archive, place="江油市", post="市长")
    assert "reporter" in query.officials_command(archive, show_bylines=True)
    with pytest.raises(BaoxunError):
        query.officials_command(archive, fmt="xml")
    with pytest.raises(BaoxunError):
        query.officials_command(archive.parent / "missing.db")


def test_register_store_queries_without_tables_build_in_memory(tmp_path, archive):
    copy = tmp_path / "copy.db"
    src = sqlite3.connect(archive)
    src.execute(f"VACUUM INTO '{copy}'")
    src.close()
    conn = sqlite3.connect(copy)
    for t in store.REGISTER_TABLES:
        conn.execute(f"DROP TABLE IF EXISTS {t}")
    conn.commit()
    ro = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    assert not store.has_register(ro)
    assert any(r["name"] == "曾庆华" for r in query.officials(ro))


def test_register_store_person_post_byline_pages(archive):
    conn = sqlite3.connect(f"file:{archive}?mode=ro", uri=True)
    (zeng,) = query.people_named(conn, "曾庆华")
    page = query.person(conn, zeng["id"], post_href=lambda place, office: f"/posts/{place}/{office}")
    assert page["person"]["name"] == "曾庆华" and page["total"] >= 1
    assert {t["office"] for t in page["career"]} >= {"常务副县长"}
    assert page["timeline_svg"].startswith("<svg") and "/posts/于都县/常务副县长" in page["timeline_svg"]
    assert page["articles"][0]["title"]
    aid = page["articles"][0]["article_id"]
    assert query.person_for_mention(conn, aid, "曾庆华") == zeng["id"]
    holders = query.post(conn, "于都县", "常务副县长", person_href=lambda pid: f"/officials/{pid}")
    assert holders["holders"][0]["name"] == "曾庆华" and f"/officials/{zeng['id']}" in holders["timeline_svg"]
    assert query.post(conn, "于都县", "no such post") is None
    assert query.person(conn, "Pnope") is None
    credited = query.bylines(conn)[0]
    page = query.byline(conn, credited["name"])
    assert page["total"] >= 1 and page["roles"]
    assert query.byline(conn, "无此人") is None


def test_register_store_svg_escapes_text():
    from baoxun.register.svg import career_svg, timeline_svg
    svg = timeline_svg([{"label": "<b>&", "start": "2023-01-01", "end": "2023-05-01", "href": '/x?a="1"'}])
    assert "<b>" not in svg and "&lt;b&gt;&amp;" in svg and 'href="/x?a=&quot;1&quot;"' in svg
    assert timeline_svg([]) == "" and timeline_svg([{"label": "x", "start": None}]) == ""
    assert career_svg([{"place": "长治市", "office": "市长", "first": "2022-01-01", "last": "2024-01-01",
                        "branch": "government", "articles": 3}]).count("<rect") == 1


def _gold_records(folder: Path):
    for gold in sorted((folder).glob("*.json")):
        mentions = folder / "mentions" / gold.name
        if not mentions.exists():
            continue
        page, ment = json.loads(gold.read_text("utf-8")), json.loads(mentions.read_text("utf-8"))
        for i, (a, m) in enumerate(zip(page["articles"], ment["articles"])):
            yield {"id": f"{gold.stem}#{i}", "paper": page["paper"]["name"], "place": page["paper"]["place"],
                   "issue_date": page["issue"]["date"], "mentions": {"people": m.get("people", []),
                                                                    "places": m.get("places", [])}}


@pytest.mark.parametrize("folder", [EXAMPLES / "gold", EXAMPLES.parent.parent / "shared" / "gold"])
def test_register_store_gold_people_with_posts_are_in_the_register(folder):
    """Issue 12: every person printed with posts in the gold mentions is in the register
    with those posts, at the place the post names (or the paper's)."""
    if not folder.exists():
        pytest.skip(f"{folder} not here")
    recs = list(_gold_records(folder))
    reg = register_from_records(recs)
    missing = []
    for rec in recs:
        for p in rec["mentions"]["people"]:
            if not p.get("posts"):
                continue
            pid = reg.person_of(rec["id"], p["name"])
            career = {(t.place, t.office) for t in reg.careers.get(pid, [])}
            for parsed in parse_chain(p["posts"], rec["place"]):
                if not any(o == parsed.office and (parsed.place is None or pl == parsed.place) for pl, o in career):
                    missing.append((rec["id"], p["name"], parsed.printed))
    assert not missing


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_register_store_export_tables(tmp_path, archive, fmt):
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    from baoxun.register.export import register_tables, write_register_tables
    conn = sqlite3.connect(f"file:{archive}?mode=ro", uri=True)
    reg = store.load_register(conn)
    counts = write_register_tables(reg, tmp_path / "out", fmt)
    assert counts["register_people"] == len(reg.people) > 0
    assert (tmp_path / "out" / f"register_tenures.{fmt}").exists()
    assert register_tables(reg)["register_tenures"]
