"""Browser tests of the web reader: uvicorn on a free loopback port, Debian's chromium
driven by Playwright. They search, open an article, follow a person link, check that
the same works with JavaScript off, and save screenshots to docs/screenshots/.

Skipped (with the reason) when Playwright or /usr/bin/chromium is missing; CI installs
both (.ci/run). Never runs ``playwright install``: the browser is the system's.
"""
from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import threading
import time
import warnings
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="the web reader needs fastapi (pip install -e '.[test]')")
uvicorn = pytest.importorskip("uvicorn", reason="the web reader needs uvicorn (pip install -e '.[test]')")
sync_api = pytest.importorskip("playwright.sync_api",
                               reason="browser tests need playwright (pip install playwright; no browser download)")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "pages"
SHOTS = ROOT / "docs" / "screenshots"
CHROMIUM = Path(os.environ.get("BAOXUN_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
# A query whose best hits are news items naming officials with their posts.
QUERY = "重点项目"

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason=f"{CHROMIUM} missing: apt-get install chromium fonts-wqy-microhei")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The reader over the example pages, served on 127.0.0.1 from a thread."""
    from baoxun.archive import Archive, ingest
    from baoxun.web import create_app

    db = tmp_path_factory.mktemp("web") / "archive.db"
    with Archive(db) as archive:
        report = ingest(archive, [str(EXAMPLES)])
    assert report.articles > 50 and not report.errors
    port = _free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning", access_log=False)
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        assert thread.is_alive(), "uvicorn stopped while starting"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with sync_api.sync_playwright() as p:
            b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            yield b
            b.close()


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / name), full_page=False)


def test_web_browser_cjk_font_installed():
    """Without a CJK font chromium draws every Chinese character as a box."""
    if shutil.which("fc-list") is None:
        pytest.skip("fontconfig's fc-list is missing")
    fonts = subprocess.run(["fc-list", ":lang=zh-cn", "family"], capture_output=True, text=True,
                           check=False).stdout
    assert fonts.strip(), "no Chinese font: apt-get install fonts-wqy-microhei"


def test_web_browser_search_article_person(server, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))

    page.goto(server + "/")
    assert "本报讯" in page.title()
    assert page.locator("svg.bars rect").count() > 0          # the month chart, drawn server-side
    _shot(page, "home.png")

    page.fill(".big-search input[name=q]", QUERY)
    page.click(".big-search button")
    page.wait_for_url(re.compile(r"/search\?"))
    hits = page.locator("ol.hits li.hit")
    assert hits.count() > 0
    assert page.locator("ol.hits mark").first.inner_text() in QUERY
    assert page.locator("aside.facets h3").count() >= 2       # kind, date, place, person facets
    assert page.locator("a[href^='/api/search.csv']").count() == 1
    _shot(page, "search.png")

    # open the first hit that names a person (its article page links the name)
    page.locator("ol.hits li.hit a.t").first.click()
    page.wait_for_url(re.compile(r"/articles/a"))
    assert page.locator("h1.title, .headlines").count() > 0
    people = page.locator(".body a.m.person, .headlines a.m.person")
    if people.count() == 0:       # the first hit names nobody: take a hit that does
        page.go_back()
        for i in range(hits.count()):
            page.locator("ol.hits li.hit a.t").nth(i).click()
            page.wait_for_url(re.compile(r"/articles/a"))
            if people.count():
                break
            page.go_back()
    assert people.count() > 0, "no article among the hits links a person"
    assert page.locator(".side ol.siblings li").count() >= 1   # the other items of the page
    _shot(page, "article.png")

    name = people.first.inner_text()
    people.first.click()
    page.wait_for_url(re.compile(r"/(people|officials)/"))   # the register's person when the name is resolved
    assert page.locator("h1").inner_text().startswith(name)
    assert page.locator("ol.articles li").count() >= 1
    _shot(page, "person.png")

    # and back through the page view to its evidence
    page.locator("ol.articles li a.t").first.click()
    page.wait_for_url(re.compile(r"/articles/a"))
    page.locator(".crumbs a[href^='/pages/']").click()
    page.wait_for_url(re.compile(r"/pages/p"))
    assert page.locator("details.evidence").count() == 1
    assert page.locator("ol.page-items > li").count() >= 2
    assert not errors, errors
    page.close()


def test_web_browser_works_without_javascript(server, browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(server + "/search")
    page.fill(".search-form input[name=q]", QUERY)
    page.select_option(".search-form select[name=kind]", "news")
    page.click(".search-form button")
    page.wait_for_url(re.compile(r"kind=news"))
    assert page.locator("ol.hits li.hit").count() > 0
    page.locator("ol.hits li.hit a.t").first.click()
    page.wait_for_url(re.compile(r"/articles/a"))
    assert page.locator(".body p").count() > 0
    context.close()


def test_web_browser_escapes_a_hostile_query(server, browser):
    page = browser.new_page()
    fired: list[str] = []
    page.on("dialog", lambda d: (fired.append(d.message), d.dismiss()))
    page.goto(server + "/search?q=" + "%3Cscript%3Ealert(1)%3C%2Fscript%3E%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E")
    assert page.locator(".search-form input[name=q]").input_value().startswith("<script>")
    assert page.locator("img[src=x]").count() == 0
    assert not fired
    page.close()
