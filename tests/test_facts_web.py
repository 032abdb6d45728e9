"""Facts in the web reader and the API: the article's facts beside its mentions with the
chosen fact's sentence highlighted, the indicator pages with their server-side SVG chart
(every point a link to its article), and /api/facts, /api/indicators.

The API tests run on FastAPI's test client; the browser tests drive Debian's chromium
with Playwright (skipped when either is missing, as tests/test_web_browser.py is) and save
docs/screenshots/indicator.png and article-facts.png.
"""
from __future__ import annotations

import os
import re
import socket
import threading
import time
import warnings
from pathlib import Path
from urllib.parse import quote

import pytest

pytest.importorskip("fastapi", reason="the web reader needs fastapi (pip install -e '.[test]')")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "pages"
SHOTS = ROOT / "docs" / "screenshots"
CHROMIUM = Path(os.environ.get("BAOXUN_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    from baoxun.archive import Archive, ingest

    path = tmp_path_factory.mktemp("facts-web") / "archive.db"
    with Archive(path) as archive:
        report = ingest(archive, [str(EXAMPLES)])
    assert not report.errors
    return path


@pytest.fixture(scope="module")
def client(db):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        from fastapi.testclient import TestClient
    from baoxun.web import create_app

    return TestClient(create_app(db))


@pytest.fixture(scope="module")
def busiest(client) -> dict:
    """The indicator with facts in the most places that has actual figures to chart (what
    the chart is for; an indicator of plans only, 总投资, has no series)."""
    rows = client.get("/api/indicators").json()["results"]
    assert rows, "the example archive holds no facts"
    for row in sorted(rows, key=lambda r: (r["places"], r["facts"]), reverse=True):
        if client.get("/api/indicators/" + quote(row["key"] or row["name"], safe="")).status_code == 200:
            return row
    raise AssertionError("no indicator of the example archive has actual facts")


def test_facts_web_api_facts_are_the_archives(client, db):
    import sqlite3

    body = client.get("/api/facts", params={"limit": 100}).json()
    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT count(*) FROM facts").fetchone()[0]
    assert body["total"] == stored > 0
    for row in body["results"]:
        assert row["status"] in ("actual", "target", "plan")
        art = client.get(f"/api/articles/{row['article_id']}").json()
        assert row in [{**f, **{k: row[k] for k in row if k not in f}} for f in art["facts"]]


@pytest.mark.parametrize("status", ["actual", "target", "plan"])
def test_facts_web_api_filters_by_status(client, status):
    body = client.get("/api/facts", params={"status": status, "limit": 100}).json()
    assert all(r["status"] == status for r in body["results"])


def test_facts_web_api_rejects_bad_parameters(client):
    assert client.get("/api/facts", params={"status": "maybe"}).status_code == 422
    assert client.get("/api/facts", params={"from": "2024-13-01"}).status_code == 422
    r = client.get("/api/indicators/" + quote("没有这个指标的名字"))
    assert r.status_code == 404 and r.json()["error"]["status"] == 404


def test_facts_web_indicator_series_points_link_their_facts(client, busiest):
    name = busiest["key"] or busiest["name"]
    data = client.get("/api/indicators/" + quote(name, safe="")).json()
    assert data["series"]
    for s in data["series"]:
        for p in s["points"]:
            assert p["place"] == (s["place"] if s["place"] != "—" else None)
            assert p["unit"] == data["unit"] and p["status"] == "actual"
            art = client.get(f"/api/articles/{p['article_id']}").json()
            assert art["facts"][p["seq"]]["value"] == p["value"]


def test_facts_web_indicator_page_draws_every_point(client, busiest):
    name = busiest["key"] or busiest["name"]
    data = client.get("/api/indicators/" + quote(name, safe="")).json()
    html = client.get("/indicators/" + quote(name, safe="")).text
    points = sum(len(s["points"]) for s in data["series"])
    assert html.count("<circle") == points
    hrefs = set(re.findall(r'<a href="(/articles/a[0-9a-f]+)"><circle', html))
    assert hrefs == {f"/articles/{p['article_id']}" for s in data["series"] for p in s["points"]}


def test_facts_web_article_highlights_the_chosen_fact(client):
    row = client.get("/api/facts", params={"limit": 1}).json()["results"][0]
    html = client.get(f"/articles/{row['article_id']}", params={"fact": row["seq"]}).text
    here = re.findall(r'<span class="fact here"[^>]*>(.*?)</span>', html, flags=re.S)
    shown = re.sub(r"<[^>]+>", "", "".join(here))
    assert shown.replace("&amp;", "&") == row["text"]
    assert html.count('id="fact"') == 1
    # without a chosen fact nothing is "here", but every fact is underlaid
    plain = client.get(f"/articles/{row['article_id']}").text
    assert 'class="fact here"' not in plain and 'class="fact"' in plain


# --------------------------------------------------------------------------- browser

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(db):
    uvicorn = pytest.importorskip("uvicorn")
    from baoxun.web import create_app

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning",
                                       access_log=False))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} missing: apt-get install chromium fonts-wqy-microhei")
    sync_api = pytest.importorskip("playwright.sync_api")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with sync_api.sync_playwright() as p:
            b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            yield b
            b.close()


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / name), full_page=False)


def test_facts_web_browser_chart_point_opens_its_article(server, browser, busiest):
    page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server + "/indicators")
    page.locator("table.indicators a", has_text=busiest["name"]).first.click()
    page.wait_for_url(re.compile(r"/indicators/"))
    circles = page.locator("svg.lines circle")
    assert circles.count() >= 2
    assert page.locator(".legend li").count() == busiest["places"] or page.locator(".legend li").count() >= 2
    _shot(page, "indicator.png")
    assert circles.first.locator("title").text_content()          # a tooltip names the point
    href = page.locator("svg.lines a").first.get_attribute("href")
    page.locator("svg.lines a").first.click()
    page.wait_for_url(re.compile(re.escape(href) + "$"))
    assert page.locator("ol.facts li").count() >= 1
    assert page.locator(".body .fact, .headlines .fact").count() >= 1
    assert not errors, errors
    page.close()


def test_facts_web_browser_fact_link_highlights_its_sentence_without_js(server, browser, client):
    row = client.get("/api/facts", params={"limit": 1, "indicator": "投资"}).json()["results"][0]
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900},
                                  locale="zh-CN")
    page = context.new_page()
    page.goto(server + f"/articles/{row['article_id']}")
    link = page.locator("ol.facts a.fact-link").nth(row["seq"])
    link.click()
    page.wait_for_url(re.compile(r"fact=\d+"))
    here = page.locator(".body .fact.here, .headlines .fact.here, .captions .fact.here")
    assert here.count() >= 1
    assert "".join(here.all_inner_texts()) == row["text"]
    assert page.locator("ol.facts li.here").count() == 1
    _shot(page, "article-facts.png")
    context.close()
