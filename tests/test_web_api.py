"""The web reader and JSON API through FastAPI's TestClient, over an archive built from
the example pages plus one hostile page (XSS payloads in its headline, body, a person's
name, its source and evidence): every endpoint, pagination, JSON errors, escaping, the
read-only connection, the time limit and the static files."""
from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import warnings
from pathlib import Path
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi", reason="the web reader needs fastapi (pip install -e '.[test]')")
pytest.importorskip("httpx", reason="FastAPI's TestClient needs httpx (pip install -e '.[test]')")
with warnings.catch_warnings():             # starlette ≥1.x prefers httpx2 and says so on import
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from baoxun.archive import Archive, ingest
from baoxun.errors import BaoxunError
from baoxun.web import app as web_app
from baoxun.web import create_app, queries
from baoxun.web import text as tx

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "pages"
TEMPLATES = ROOT / "src" / "baoxun" / "web" / "templates"

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
EVIL_NAME = '"><svg onload=alert(4)>'
HOSTILE_PAGE = f"""县委召开<b>农业</b>工作会议 {SCRIPT}

本报讯（记者 王小明）3月5日，我县召开全县春耕生产工作会议{SCRIPT}。县委书记张建国出席会议并讲话。

会议要求，各乡镇要抓好春耕生产{IMG}，确保粮食稳产增收。县委副书记、县长李卫东主持会议。

全县春耕备耕工作有序推进，于都县各乡镇农资储备充足。
"""
API_PATHS = ["/api/search", "/api/articles/{article_id}", "/api/pages/{page_id}", "/api/people/{name}",
             "/api/places/{code}", "/api/stats", "/api/officials", "/api/officials/{person_id}",
             "/api/posts/{place}/{office}", "/api/bylines/{name}"]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("web_api")
    hostile = folder / "hostile"
    hostile.mkdir()
    (hostile / "xss.txt").write_text(HOSTILE_PAGE, encoding="utf-8")
    path = folder / "archive.db"
    with Archive(path) as archive:
        report = ingest(archive, [str(EXAMPLES)])
        assert report.articles > 50 and not report.errors
        report = ingest(archive, [str(hostile)], date="2024-03-06", place="于都县")
        assert report.articles >= 1 and not report.errors
        conn = archive.conn
        aid = conn.execute("SELECT id FROM articles WHERE body LIKE '%<script>%'").fetchone()[0]
        # hostile archive text where no parser would put it: a person's name, a source, evidence
        body = conn.execute("SELECT body FROM articles WHERE id = ?", (aid,)).fetchone()[0]
        heads = json.loads(conn.execute("SELECT headlines FROM articles WHERE id = ?", (aid,)).fetchone()[0])
        start = len("\n".join(heads)) + 1 + body.index("春耕")
        conn.execute("INSERT INTO people VALUES (?,?,?,?)",
                     (aid, EVIL_NAME, json.dumps([SCRIPT]), json.dumps([[start, start + 2]])))
        conn.execute("UPDATE pages SET source = ?, evidence = ? WHERE source = 'xss.txt'",
                     (f"{SCRIPT}.txt", json.dumps({"year": IMG, "place": {"counties": {SCRIPT: 2}}})))
    return path


@pytest.fixture(scope="module")
def client(db):
    with TestClient(create_app(db)) as c:
        yield c


@pytest.fixture(scope="module")
def ro(db):
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    yield conn
    conn.close()


@pytest.fixture(scope="module")
def hostile_id(ro) -> str:
    return ro.execute("SELECT id FROM articles WHERE body LIKE '%<script>%'").fetchone()[0]


def _error(r, status: int) -> str:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    err = r.json()["error"]
    assert err["status"] == status and isinstance(err["message"], str) and err["message"]
    return err["message"]


# --------------------------------------------------------------------------- API

def test_web_api_stats(client, ro):
    s = client.get("/api/stats").json()
    assert s["articles"] == ro.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert s["pages"] == ro.execute("SELECT count(*) FROM pages").fetchone()[0]
    assert sum(r["articles"] for r in s["by_kind"]) == s["articles"]
    assert s["date_span"][0] <= s["date_span"][1]
    assert s["people"] > 10 and s["places"] > 10


def test_web_api_search_envelope_and_hits(client):
    r = client.get("/api/search", params={"q": "产业"})
    assert r.status_code == 200
    body = r.json()
    assert set(body) >= {"query", "filters", "total", "limit", "offset", "results"}
    assert body["limit"] == 20 and body["offset"] == 0 and body["total"] >= len(body["results"]) > 0
    for hit in body["results"]:
        assert hit["url"] == f"/articles/{hit['id']}"
        for s, e in hit["highlights"]:
            assert hit["snippet"][s:e] == "产业"


@pytest.mark.parametrize("query, filters", [
    ("发展", {}), ("产业 发展", {}), ('"重点项目"', {}), ("脐橙 OR 草莓", {}), ("发展 -产业", {}),
    ("发展", {"kind": "news"}), ("发展", {"date_from": "2021-01-01", "date_to": "2023-12-31"}),
    ("发展", {"place": "绍兴市"}), ("会议", {"person": "曾庆华"}), ('"全力冲刺" 项目', {"kind": "news"}),
])
def test_web_api_search_matches_the_library(db, query, filters):
    """The server's search plan gives the library's results: same total, hits, scores."""
    from baoxun.archive import Filters, search

    with Archive(db, readonly=True) as a:
        for limit, offset in ((20, 0), (3, 2)):
            want, want_total = search(a, query, Filters(**filters), limit=limit, offset=offset)
            got, total = queries.search(a, query, Filters(**filters), limit=limit, offset=offset)
            assert total == want_total
            assert [round(h.score, 9) for h in got] == [round(h.score, 9) for h in want]
            if offset == 0:      # equal scores may come in either order
                assert sorted(got, key=lambda h: h.id) == sorted(want, key=lambda h: h.id)


def test_web_api_search_pagination(client):
    everything = client.get("/api/search", params={"q": "发展", "limit": 100}).json()
    total = everything["total"]
    assert total > 6
    seen: list[str] = []
    for offset in range(0, total, 4):
        page = client.get("/api/search", params={"q": "发展", "limit": 4, "offset": offset}).json()
        assert page["total"] == total and page["limit"] == 4 and page["offset"] == offset
        assert len(page["results"]) == min(4, total - offset)
        seen += [h["id"] for h in page["results"]]
    assert seen == [h["id"] for h in everything["results"]]
    beyond = client.get("/api/search", params={"q": "发展", "offset": total}).json()
    assert beyond["results"] == [] and beyond["total"] == total


def test_web_api_search_facets_agree_with_filters(client):
    body = client.get("/api/search", params={"q": "发展", "facets": "true", "limit": 100}).json()
    facets = body["facets"]
    assert set(facets) == {"kind", "date", "place", "person", "timed_out"} and facets["timed_out"] == []
    assert sum(f["count"] for f in facets["kind"]) == body["total"]
    assert sum(f["count"] for f in facets["date"]) <= body["total"]
    for key in ("kind", "place", "person"):
        for f in facets[key][:3]:
            sub = client.get("/api/search", params={"q": "发展", key: f["value"]}).json()
            assert sub["total"] == f["count"], (key, f)
    d = facets["date"][0]
    sub = client.get("/api/search", params={"q": "发展", "from": d["from"], "to": d["to"]}).json()
    assert sub["total"] == d["count"]
    assert all(d["from"] <= h["date"] <= d["to"] for h in sub["results"])


def test_web_api_search_filters(client):
    news = client.get("/api/search", params={"q": "发展", "kind": "news", "limit": 100}).json()
    assert news["filters"]["kind"] == "news" and all(h["kind"] == "news" for h in news["results"])
    dated = client.get("/api/search", params={"q": "发展", "from": "2022-01-01", "to": "2023-12-31"}).json()
    assert all("2022-01-01" <= h["date"] <= "2023-12-31" for h in dated["results"])


@pytest.mark.parametrize("params, status", [
    ({}, 422),                                     # q is required
    ({"q": ""}, 422),
    ({"q": "发展" * 101}, 422),                     # > 200 characters
    ({"q": "发展", "limit": 0}, 422),
    ({"q": "发展", "limit": 101}, 422),             # page size ≤ 100
    ({"q": "发展", "limit": "ten"}, 422),
    ({"q": "发展", "offset": -1}, 422),
    ({"q": "发展", "from": "2024-13-01"}, 422),
    ({"q": "发展", "to": "yesterday"}, 422),
    ({"q": "发展", "kind": "rumour"}, 422),
    ({"q": "发展", "place": "长" * 51}, 422),
    ({"q": "，。！"}, 400),                          # nothing searchable
    ({"q": "-发展"}, 400),                           # only an exclusion
])
def test_web_api_search_bad_params_are_json_errors(client, params, status):
    _error(client.get("/api/search", params=params), status)


@pytest.mark.parametrize("path", [
    "/api/articles/a0000000000000000", "/api/pages/p0000000000000000", "/api/people/无此人",
    "/api/places/999999", "/api/nothing", "/api/articles/a0000000000000000/more",
])
def test_web_api_unknown_is_404_json(client, path):
    _error(client.get(path), 404)


@pytest.mark.parametrize("path", ["/api/articles/" + quote("a b"), "/api/places/abc", "/api/places/1",
                                  "/api/people/" + "长" * 51, "/api/people/x?limit=500"])
def test_web_api_malformed_path_is_422_json(client, path):
    _error(client.get(path), 422)


def test_web_api_article(client, ro):
    aid = ro.execute("SELECT article_id FROM people WHERE posts != '[]' LIMIT 1").fetchone()[0]
    rec = client.get(f"/api/articles/{aid}").json()
    with Archive(Path(ro.execute("PRAGMA database_list").fetchone()[2]), readonly=True) as a:
        want = a.article(aid)
    page = rec.pop("page")
    assert rec == json.loads(json.dumps(want, ensure_ascii=False))
    assert page["id"] == rec["page_id"] and any(i["id"] == aid for i in page["items"])
    text = "\n".join(rec["headlines"] + rec["paragraphs"] + [c["text"] for c in rec["captions"]])
    for p in rec["mentions"]["people"]:
        for s, e in p["spans"]:
            assert text[s:e] == p["name"]


def test_web_api_page_in_reading_order(client, ro):
    pid = ro.execute("SELECT page_id FROM articles GROUP BY page_id ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    pg = client.get(f"/api/pages/{pid}").json()
    assert [a["seq"] for a in pg["articles"]] == sorted(a["seq"] for a in pg["articles"])
    assert isinstance(pg["evidence"], dict) and "place" in pg["evidence"]
    assert {"source", "paper", "place", "issue_date", "date_source"} <= set(pg)


def test_web_api_person(client, ro):
    name = ro.execute("SELECT name FROM people WHERE posts != '[]' AND name NOT LIKE '%<%'"
                      " GROUP BY name ORDER BY count(*) DESC, name LIMIT 1").fetchone()[0]
    want = ro.execute("SELECT count(DISTINCT article_id) FROM people WHERE name = ?", (name,)).fetchone()[0]
    p = client.get(f"/api/people/{quote(name)}").json()
    assert p["name"] == name and p["total"] == want and len(p["results"]) == want
    assert p["timeline"] and all(run["posts"] for run in p["timeline"])
    assert all(c["name"] != name for c in p["companions"])
    paged = client.get(f"/api/people/{quote(name)}", params={"limit": 1, "offset": 0}).json()
    assert paged["limit"] == 1 and paged["offset"] == 0 and len(paged["results"]) == 1


def test_web_api_place_with_parents(client, ro):
    code = ro.execute("SELECT code FROM places WHERE code LIKE '____0_' AND code NOT LIKE '____00'"
                      " GROUP BY code ORDER BY count(*) DESC LIMIT 1").fetchone()[0]      # a county
    p = client.get(f"/api/places/{code}").json()
    assert p["place"]["code"] == code and p["place"]["level"] == "county"
    assert [x["level"] for x in p["parents"]][-1] in ("city", "province")
    assert p["parents"][0]["level"] == "province"
    assert p["total"] >= 1 and p["results"]
    city = p["parents"][-1]["code"]
    up = client.get(f"/api/places/{city}", params={"limit": 100}).json()
    assert {r["id"] for r in p["results"]} <= {r["id"] for r in up["results"]}   # a city holds its counties
    assert any(w["code"] == code for w in up["within"]) or p["place"]["city"] is None


def test_web_api_exports_the_result_set(client):
    total = client.get("/api/search", params={"q": "发展"}).json()["total"]
    r = client.get("/api/search.csv", params={"q": "发展"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text.lstrip("\ufeff"))))
    assert len(rows) == total and rows[0]["id"].startswith("a")
    r = client.get("/api/search.jsonl", params={"q": "发展", "kind": "news"})
    lines = [json.loads(x) for x in r.text.splitlines()]
    assert lines and all(rec["kind"] == "news" and "mentions" in rec for rec in lines)
    _error(client.get("/api/search.csv", params={"q": "x" * 201}), 422)


def test_web_api_openapi_lists_every_endpoint(client):
    spec = client.get("/openapi.json").json()
    for path in API_PATHS:
        assert path in spec["paths"], path
    assert client.get("/docs").status_code == 200


# --------------------------------------------------------------------------- HTML

def test_web_api_html_pages_render(client, ro):
    aid = ro.execute("SELECT article_id FROM people WHERE posts != '[]' LIMIT 1").fetchone()[0]
    pid = ro.execute("SELECT page_id FROM articles WHERE id = ?", (aid,)).fetchone()[0]
    name = ro.execute("SELECT name FROM people WHERE article_id = ? LIMIT 1", (aid,)).fetchone()[0]
    code = ro.execute("SELECT code FROM places WHERE code IS NOT NULL LIMIT 1").fetchone()[0]
    day = ro.execute("SELECT issue_date FROM pages WHERE issue_date IS NOT NULL LIMIT 1").fetchone()[0]
    for path in ["/", "/search", "/search?q=发展&kind=news", "/search?q=发展&offset=2&limit=2", f"/articles/{aid}",
                 f"/pages/{pid}", f"/people/{quote(name)}", f"/places/{code}", "/calendar", "/calendar?year=2019",
                 f"/calendar/{day}"]:
        r = client.get(path)
        assert r.status_code == 200, (path, r.text[:300])
        assert r.headers["content-type"].startswith("text/html") and "<title>" in r.text
    home = client.get("/").text
    assert home.count("<rect") > 3                          # the month chart, server-side SVG
    art = client.get(f"/articles/{aid}").text
    assert f'href="/people/{quote(name, safe="")}"' in art   # mentions linked in the text
    assert f'href="/pages/{pid}"' in art


def test_web_api_html_search_marks_and_facets(client):
    html = client.get("/search", params={"q": "产业"}).text
    assert "<mark>产业</mark>" in html
    assert 'class="facets"' in html and "/api/search.csv?q=" in html and "/api/search.jsonl?q=" in html
    paged = client.get("/search", params={"q": "发展", "limit": 2}).text
    assert 'rel="next"' in paged


@pytest.mark.parametrize("path, status", [("/articles/a0000000000000000", 404), ("/people/无此人", 404),
                                          ("/search?q=发展&limit=500", 422), ("/search?q=，。", 400),
                                          ("/nowhere", 404), ("/calendar/2024-02-30", 422)])
def test_web_api_html_errors_are_pages(client, path, status):
    r = client.get(path)
    assert r.status_code == status and r.headers["content-type"].startswith("text/html")


def test_web_api_byline_links_lead_to_the_byline_page(client, ro):
    """A credited name links to /bylines/{name}, which answers even when the archive's
    register tables are not current (this archive was edited after its ingest: the
    register is built in memory)."""
    aid, reporters = ro.execute("SELECT id, reporters FROM articles WHERE reporters != '[]' LIMIT 1").fetchone()
    name = json.loads(reporters)[0]
    art = client.get(f"/articles/{aid}").text
    assert f'href="/bylines/{quote(name, safe="")}" class="byname"' in art
    page = client.get(f"/bylines/{quote(name, safe='')}")
    assert page.status_code == 200 and name in page.text and f'href="/articles/{aid}"' in page.text
    api = client.get(f"/api/bylines/{quote(name, safe='')}").json()
    assert aid in {a["article_id"] for a in api["articles"]} and api["roles"][0]["role"] == "reporter"


def test_web_api_officials_listing(client, ro):
    name, posts = ro.execute("SELECT name, posts FROM people WHERE posts LIKE '%县委书记%' LIMIT 1").fetchone()
    listing = client.get("/api/officials", params={"name": name}).json()
    assert listing["total"] >= 1 and {r["name"] for r in listing["results"]} == {name}
    assert any(r["office"].endswith("县委书记") or r["office"] == "县委书记" for r in listing["results"])
    html = client.get("/officials", params={"post": "县委书记"})
    assert html.status_code == 200 and name in html.text and 'aria-current="page">Officials' in html.text
    paged = client.get("/api/officials", params={"limit": 2, "offset": 1}).json()
    assert len(paged["results"]) == 2 and paged["total"] > 3


# --------------------------------------------------------------------------- safety

def _assert_escaped(html: str) -> None:
    assert "<script>alert" not in html
    assert "<img src=x" not in html and "<svg onload" not in html
    assert "<b>农业</b>" not in html


def test_web_api_stored_xss_is_escaped_in_html(client, hostile_id, ro):
    pid = ro.execute("SELECT page_id FROM articles WHERE id = ?", (hostile_id,)).fetchone()[0]
    art = client.get(f"/articles/{hostile_id}").text
    _assert_escaped(art)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in art
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in art
    assert "&lt;b&gt;农业&lt;/b&gt;" in art
    assert 'href="/people/%22%3E%3Csvg%20onload%3Dalert%284%29%3E"' in art     # the name quoted in the link
    from baoxun.register import query as register_query
    (evil,) = register_query.people_named(ro, EVIL_NAME)           # the register keeps the name as stored
    for path in [f"/pages/{pid}", "/search?q=春耕", f"/people/{quote(EVIL_NAME, safe='')}", "/",
                 "/calendar/2024-03-06", "/search?q=春耕&person=" + quote(EVIL_NAME), "/officials",
                 f"/officials/{evil['id']}", "/officials?name=" + quote(EVIL_NAME)]:
        r = client.get(path)
        assert r.status_code == 200, path
        _assert_escaped(r.text)
    assert "&#34;&gt;&lt;svg onload=alert(4)&gt;" in client.get(f"/officials/{evil['id']}").text


def test_web_api_stored_xss_is_intact_in_json(client, hostile_id):
    rec = client.get(f"/api/articles/{hostile_id}").json()
    assert SCRIPT in rec["paragraphs"][0] and IMG in rec["paragraphs"][1]
    assert any(p["name"] == EVIL_NAME for p in rec["mentions"]["people"])
    hits = client.get("/api/search", params={"q": "春耕"}).json()["results"]
    assert any(SCRIPT in h["title"] for h in hits)
    pg = client.get(f"/api/pages/{rec['page_id']}").json()
    assert pg["source"] == f"{SCRIPT}.txt" and pg["evidence"]["year"] == IMG
    assert client.get(f"/api/people/{quote(EVIL_NAME, safe='')}").json()["name"] == EVIL_NAME


@pytest.mark.parametrize("params", [{"q": SCRIPT}, {"q": IMG}, {"q": "春耕", "place": SCRIPT},
                                    {"q": "春耕", "person": IMG}, {"q": SCRIPT + " OR 春耕"}])
def test_web_api_xss_in_queries_is_escaped(client, params):
    r = client.get("/search", params=params)
    assert r.status_code in (200, 400)
    _assert_escaped(r.text)
    assert r.text.count("&lt;") >= 1
    api = client.get("/api/search", params=params)
    assert api.status_code in (200, 400)
    if api.status_code == 200:
        assert api.json()["query"] == params["q"]
    for path in ["/people/" + quote(SCRIPT, safe=""), "/articles/" + quote(SCRIPT, safe="")]:
        r = client.get(path)
        assert r.status_code in (404, 422)
        assert "<script>alert" not in r.text


def test_web_api_templates_never_mark_safe():
    for tpl in TEMPLATES.glob("*.html"):
        src = tpl.read_text(encoding="utf-8")
        assert not re.search(r"\|\s*safe\b", src), tpl.name
        assert "autoescape false" not in src, tpl.name


def test_web_api_database_is_read_only(client):
    archive = client.app.state.db.archive()
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        archive.conn.execute("INSERT INTO pages (id, source, content_hash) VALUES ('p1', 'x', 'y')")
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        archive.conn.execute("DELETE FROM articles")


def test_web_api_missing_archive_fails_at_start(tmp_path):
    with pytest.raises(BaoxunError, match="no such archive"):
        create_app(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


@pytest.mark.parametrize("path", ["/static/style.css"])
def test_web_api_static_served_from_memory(client, path):
    r = client.get(path)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/css")


@pytest.mark.parametrize("path", ["/static/app.py", "/static/..%2Fapp.py", "/static/%2e%2e/%2e%2e/etc/passwd",
                                  "/static/templates/base.html", "/static/"])
def test_web_api_no_request_path_reaches_the_disk(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert "import" not in r.text and "root:" not in r.text


def test_web_api_slow_query_is_interrupted(ro):
    slow = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
    with pytest.raises(queries.Timeout), queries.deadline(ro, 0.05):
        ro.execute(slow).fetchone()
    assert ro.execute("SELECT 1").fetchone()[0] == 1         # the connection is fine afterwards


def test_web_api_timeout_is_503_json(client, monkeypatch):
    def too_slow(*args, **kwargs):
        raise queries.Timeout("the query took longer than 5 s")

    monkeypatch.setattr(web_app, "run_search", too_slow)
    assert "longer" in _error(client.get("/api/search", params={"q": "发展"}), 503)


# --------------------------------------------------------------------------- marking text

def test_web_api_marked_text_escapes_every_piece():
    text = f"A{SCRIPT}张三说"
    marks = [tx.Mark(len(text) - 3, len(text) - 1, "person", tx.person_url(EVIL_NAME), IMG)]
    html = str(tx.marked(text, 0, marks))
    assert "&lt;script&gt;" in html and "<script>" not in html
    assert html.endswith('class="m person" title="&#34;&gt;&lt;img src=x onerror=alert(1)&gt;">张三</a>说')
    assert 'href="/people/%22%3E%3Csvg%20onload%3Dalert%284%29%3E"' in html


@pytest.mark.parametrize("spans, expect", [
    ([[0, 2], [1, 3]], "<mark>甲乙</mark>丙丁"),       # overlapping: the first wins
    ([[2, 9]], "甲乙丙丁"),                             # past the end: ignored
    ([[3, 2]], "甲乙丙丁"),                             # empty: ignored
    ([[1, 2], [3, 4]], "甲<mark>乙</mark>丙<mark>丁</mark>"),
])
def test_web_api_highlighted_snippet(spans, expect):
    assert str(tx.highlighted("甲乙丙丁", spans)) == expect


def test_web_api_marks_map_spans_onto_pieces():
    heads, paras, caps = ["标题"], ["张三来了。", "李四走了。"], ["图为王五"]
    text = "\n".join(heads + paras + caps)
    mentions = {"people": [{"name": n, "posts": [], "spans": [[text.index(n), text.index(n) + 2]]}
                           for n in ("张三", "李四", "王五")],
                "places": [], "organizations": [], "dates": [], "amounts": []}
    marks = tx.marks(mentions, len(text))
    pieces = [str(tx.marked(src[i], off, marks)) for part, i, off in tx.segments(heads, paras, caps)
              for src in [{"headline": heads, "paragraph": paras, "caption": caps}[part]]]
    assert pieces[1].startswith('<a href="/people/%E5%BC%A0%E4%B8%89" class="m person">张三</a>')
    assert '>李四</a>' in pieces[2] and '>王五</a>' in pieces[3] and pieces[0] == "标题"


def test_web_api_every_example_mention_is_linked(client, ro):
    """spaCy-style: each person span of the examples lands on its name in the page."""
    rows = ro.execute("SELECT article_id, name FROM people WHERE name NOT LIKE '%<%' LIMIT 40").fetchall()
    for aid, name in rows:
        html = client.get(f"/articles/{aid}").text
        assert re.search(rf'<a href="/people/{re.escape(quote(name, safe=""))}" class="m person"[^>]*>{name}</a>',
                         html), (aid, name)
