"""The web reader and JSON API: a thin adapter over :mod:`baoxun.archive`.

``create_app(db_path)`` returns a FastAPI app that

  1. opens the archive read-only (SQLite ``mode=ro``), one connection per worker
     thread, and refuses to start when the file is missing;
  2. translates each request's parameters (validated here: query ≤ MAX_QUERY_CHARS,
     page size ≤ MAX_LIMIT, dates as YYYY-MM-DD, kinds from :data:`KINDS`) into calls of
     the archive library and :mod:`baoxun.web.queries`, every statement under a time
     limit (REQUEST_SECONDS);
  3. renders the result as server-side HTML (Jinja2, autoescaped everywhere; marked
     text is built by :mod:`baoxun.web.text` with ``markupsafe.escape``) or as JSON
     under ``/api/`` — lists as ``{"total", "limit", "offset", "results"}``, errors as
     ``{"error": {"status", "message"}}`` with the matching HTTP status;
  4. never lets a request name a file: templates and static assets are loaded by
     name from this package at start-up, the database path is the server's own.
"""
from __future__ import annotations

import calendar as _calendar
import csv
import io
import json
import os
import sqlite3
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from datetime import date as _date
from importlib import resources
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.exceptions import HTTPException

from .. import __version__
from ..archive import Archive, Filters
from ..archive import stats as run_stats
from ..archive.export import ARTICLE_COLUMNS
from ..archive.query import MAX_QUERY_CHARS
from ..errors import BaoxunError
from ..archive import facts as fact_queries
from ..archive.index import index_path
from ..register import query as register_query
from . import queries
from . import text as tx
from .charts import indicator_chart
from .queries import search as run_search

# Results per page: the default, and the most a request may ask for.
DEFAULT_LIMIT = 20
MAX_LIMIT = 100
# Deepest offset served (a deeper page would only make SQLite rank more rows).
MAX_OFFSET = 100_000
# Seconds any one request's SQL may run before it is interrupted (HTTP 503).
REQUEST_SECONDS = 5.0
# Seconds all facets of one search may take together; one that would overrun is left out.
FACET_SECONDS = 0.5
# Articles in one CSV/JSONL export of a result set.
EXPORT_MAX = 10_000
# Papers/places listed on the home page.
HOME_ROWS = 25
# Longest person or place name accepted in a filter or path (characters).
MAX_NAME_CHARS = 50
# A month chart over more months than this shows years instead.
CHART_MONTHS_MAX = 240
# Indicators listed on the indicators page and by /api/indicators, at most.
INDICATORS_MAX = 300
# Seconds the home page's statistics are served from memory after the archive changed
# (while it is unchanged they are never recomputed): an ingest running beside the
# server rewrites the file every batch, and the stats scan every article.
STATS_SECONDS = 60.0
# Search facets kept in memory, per (query, filters), until the archive or its index
# changes (least recently used dropped first).
FACETS_CACHED = 256
# Rows of the officials listing per page.
OFFICIALS_PAGE = 100
# Byline roles as the papers print them.
BYLINE_ROLES = {"reporter": "记者", "correspondent": "通讯员", "photographer": "摄影", "author": "作者"}

KINDS = {"news": "消息", "feature": "通讯", "photo": "图片", "notice": "公告", "weather": "天气",
         "banner": "横幅", "fragment": "残段"}
_KIND_PATTERN = "^(" + "|".join(KINDS) + ")?$"
_DATE_PATTERN = r"^(\d{4}-\d{2}-\d{2})?$"
_ID_PATTERN = r"^[A-Za-z0-9_-]{1,64}$"
LEVEL_NAMES = {"province": "省级 province", "city": "地级 prefecture", "county": "县级 county",
               "town": "乡级 township"}
# How the page's evidence (pipeline: infer_place, infer_year) reads to a person.
EVIDENCE_LABELS = {"year": "year read from", "layout": "layout", "place": "place votes",
                   "self_city": "我市 / 本市 / 全市 (calls itself a city)",
                   "self_county": "我区 / 我县 / 全县 (calls itself a county)",
                   "cities": "prefectures named (their counties and towns vote too)",
                   "counties": "counties named (their towns vote too)", "page_label": "page label",
                   "editors": "editors"}
_STATIC = {"style.css": "text/css; charset=utf-8"}


# -- request parameters shared by the pages, the API and exports (module level: FastAPI
#    resolves these annotations by name)
Q = Annotated[str, Query(max_length=MAX_QUERY_CHARS,
                         description='Words (all must occur), "an exact phrase", -excluded, a OR b.')]
From = Annotated[str | None, Query(alias="from", pattern=_DATE_PATTERN, description="On or after YYYY-MM-DD.")]
To = Annotated[str | None, Query(alias="to", pattern=_DATE_PATTERN, description="On or before YYYY-MM-DD.")]
PlaceF = Annotated[str | None, Query(max_length=MAX_NAME_CHARS,
                                     description="The paper's place or a place named (长治市, 潞州区).")]
PersonF = Annotated[str | None, Query(max_length=MAX_NAME_CHARS, description="A person named (赵明远).")]
KindF = Annotated[str | None, Query(pattern=_KIND_PATTERN, description="One of: " + ", ".join(KINDS) + ".")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Results per page (1–{MAX_LIMIT}).")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Results to skip.")]
ArticleId = Annotated[str, PathParam(pattern=_ID_PATTERN, description="An article id (a + 16 hex digits).")]
PageId = Annotated[str, PathParam(pattern=_ID_PATTERN, description="A page id (p + 16 hex digits).")]
Name = Annotated[str, PathParam(min_length=1, max_length=MAX_NAME_CHARS, description="A person's name.")]
PersonId = Annotated[str, PathParam(pattern=_ID_PATTERN, description="A person of the officials register "
                                                                     "(P + 12 hex digits).")]
PlaceP = Annotated[str, PathParam(min_length=1, max_length=MAX_NAME_CHARS, description="A place (长治市, 潞州区).")]
Office = Annotated[str, PathParam(min_length=1, max_length=MAX_NAME_CHARS,
                                  description="An office without its place (市长, 县委书记).")]
Byline = Annotated[str, PathParam(min_length=1, max_length=MAX_NAME_CHARS, description="A credited name.")]
PostF = Annotated[str | None, Query(max_length=MAX_NAME_CHARS,
                                    description="An office (市长), a rank (书记) or a post as printed.")]
NameF = Annotated[str | None, Query(max_length=MAX_NAME_CHARS, description="A person's name, exactly.")]
ExportQ = Annotated[str, Query(min_length=1, max_length=MAX_QUERY_CHARS, description="A search query.")]
Code = Annotated[str, PathParam(pattern=r"^\d{2,12}$", description="An administrative division code (140403).")]
IndicatorName = Annotated[str, PathParam(min_length=1, max_length=MAX_NAME_CHARS,
                                         description="A canonical indicator key (gdp) or a printed indicator (规上工业增加值).")]
StatusF = Annotated[str | None, Query(pattern="^(actual|target|plan)?$", description="actual, target or plan.")]
UnitF = Annotated[str | None, Query(max_length=10, description="Only facts in this unit (元, %, 亩 …).")]



class _Database:
    """The archive file, opened read-only once per worker thread (a SQLite connection
    serves one statement at a time; FastAPI runs sync endpoints on a thread pool)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        Archive(self.path, readonly=True).close()        # a missing file fails here, at start
        self._local = threading.local()
        self._lock = threading.Lock()
        self._open: list[Archive] = []
        self._stats: tuple[tuple, float, dict[str, Any], list[dict[str, Any]]] | None = None
        self._register: tuple[tuple, bool] | None = None
        self._facets: OrderedDict[tuple, dict[str, Any]] = OrderedDict()
        self._facets_version: tuple | None = None

    def archive(self) -> Archive:
        """This thread's read-only archive."""
        a = getattr(self._local, "archive", None)
        if a is None:
            a = Archive(self.path, readonly=True)
            self._local.archive = a
            with self._lock:
                self._open.append(a)
        return a

    @contextmanager
    def reading(self, seconds: float = REQUEST_SECONDS) -> Iterator[Archive]:
        """This thread's archive, every statement under a time limit."""
        a = self.archive()
        with queries.deadline(a.conn, seconds):
            yield a

    def _version(self) -> tuple:
        out = []
        for suffix in ("", "-wal"):
            try:
                st = os.stat(f"{self.path}{suffix}")
                out.append((st.st_mtime_ns, st.st_size))
            except OSError:
                out.append(None)
        return tuple(out)

    def _index_stamp(self) -> int | None:
        """When the search index beside the archive was last written (its baoxun.json)."""
        try:
            return os.stat(index_path(self) / "baoxun.json").st_mtime_ns
        except OSError:
            return None

    def home(self) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        """The archive's stats and overview, and its calendar years (the home page):
        recomputed when the file changed, at most once every STATS_SECONDS."""
        version = self._version()
        cached = self._stats
        if cached is not None and (cached[0] == version or time.monotonic() - cached[1] < STATS_SECONDS):
            return cached[2], cached[3]
        a = self.archive()
        result = run_stats(a)
        result.update(queries.overview(a))
        years = queries.calendar_years(a)
        self._stats = (version, time.monotonic(), result, years)
        return result, years

    def stats(self) -> dict[str, Any]:
        """The archive's stats and overview (cached as :meth:`home`)."""
        return self.home()[0]

    def register_ready(self) -> bool:
        """Whether the officials register's tables are current (checked once per change
        of the file): articles and names link to register pages only then."""
        version = self._version()
        cached = self._register
        if cached is not None and cached[0] == version:
            return cached[1]
        try:
            with self.reading() as a:
                ready = queries.register_ready(a)
        except (queries.Timeout, sqlite3.Error):
            ready = False
        self._register = (version, ready)
        return ready

    def facets(self, text: str, filters: Filters, seconds: float) -> dict[str, Any]:
        """Search facets (``queries.facets``), kept for the FACETS_CACHED most recent
        (query, filters) until the archive or its index changes; facets cut short by
        the time limit are not kept."""
        version = (self._version(), self._index_stamp())
        key = (text, filters.date_from, filters.date_to, filters.place, filters.person, filters.kind,
               filters.paper)
        with self._lock:
            if self._facets_version != version:
                self._facets.clear()
                self._facets_version = version
            got = self._facets.get(key)
            if got is not None:
                self._facets.move_to_end(key)
                return got
        got = queries.facets(self.archive(), text, filters, seconds=seconds)
        if not got.get("timed_out"):
            with self._lock:
                if self._facets_version == version:
                    self._facets[key] = got
                    while len(self._facets) > FACETS_CACHED:
                        self._facets.popitem(last=False)
        return got

    def close(self) -> None:
        with self._lock:
            for a in self._open:
                try:
                    a.close()
                except sqlite3.Error:  # pragma: no cover - closing at shutdown
                    pass
            self._open.clear()


# --------------------------------------------------------------------------- helpers

def _templates() -> Environment:
    folder = resources.files("baoxun.web") / "templates"
    env = Environment(loader=FileSystemLoader(str(folder)), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(KINDS=KINDS, LEVEL_NAMES=LEVEL_NAMES, EVIDENCE_LABELS=EVIDENCE_LABELS,
                       ROLE_NAMES=tx.ROLE_NAMES, BYLINE_ROLES=BYLINE_ROLES, official_url=tx.official_url,
                       post_url=tx.post_url, byline_url=tx.byline_url, person_url=tx.person_url, place_url=tx.place_url, qs=_qs, amount=tx.amount, version=__version__, MAX_QUERY_CHARS=MAX_QUERY_CHARS, MAX_LIMIT=MAX_LIMIT)
    return env


def _qs(params: dict[str, Any], **changes: Any) -> str:
    """``?a=1&b=2`` from ``params`` updated by ``changes``; empty values dropped."""
    merged = {**params, **changes}
    clean = {k: v for k, v in merged.items() if v not in (None, "")}
    return "?" + urlencode(clean) if clean else ""


def _check_date(name: str, value: str | None) -> str | None:
    if not value:
        return None
    try:
        _date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{name} must be a date as YYYY-MM-DD, not {value!r}") from None
    return value


def _filters(date_from: str | None, date_to: str | None, place: str | None, person: str | None,
             kind: str | None) -> Filters:
    return Filters(_check_date("from", date_from), _check_date("to", date_to), place or None, person or None,
                   kind or None)


def _page_links(total: int, limit: int, offset: int) -> dict[str, Any]:
    """Numbers for a pager: current page, last page, the offsets of the pages around."""
    pages = max(1, -(-total // limit))
    current = offset // limit + 1
    window = sorted({1, pages, *range(max(1, current - 2), min(pages, current + 2) + 1)})
    return {"current": current, "pages": pages,
            "links": [{"page": p, "offset": (p - 1) * limit} for p in window if (p - 1) * limit <= MAX_OFFSET],
            "prev": offset - limit if offset > 0 else None,
            "next": offset + limit if offset + limit < total and offset + limit <= MAX_OFFSET else None,
            "first": offset + 1 if total else 0, "last": min(total, offset + limit)}


def _month_chart(by_month: list[dict[str, Any]]) -> dict[str, Any] | None:
    """An SVG bar chart's geometry: articles per month, empty months included (per
    year when the span is longer than CHART_MONTHS_MAX months)."""
    counts = {r["month"]: r["articles"] for r in by_month if r["month"] and len(r["month"]) == 7}
    if not counts:
        return None
    first, last = min(counts), max(counts)
    y0, m0, y1, m1 = int(first[:4]), int(first[5:]), int(last[:4]), int(last[5:])
    months = [f"{y:04d}-{m:02d}" for y in range(y0, y1 + 1) for m in range(1, 13)
              if (y, m) >= (y0, m0) and (y, m) <= (y1, m1)]
    if len(months) > CHART_MONTHS_MAX:
        keys = [str(y) for y in range(y0, y1 + 1)]
        values = {k: sum(n for m, n in counts.items() if m.startswith(k)) for k in keys}
        hrefs = {k: f"/calendar?year={k}" for k in keys}
    else:
        keys = months
        values = {k: counts.get(k, 0) for k in keys}
        hrefs = {k: f"/calendar?year={k[:4]}#m{k[5:]}" for k in keys}
    width, height, pad_left, pad_bottom, top = 720, 180, 36, 22, 8
    step = (width - pad_left) / len(keys)
    peak = max(values.values()) or 1
    bars, ticks = [], []
    for i, k in enumerate(keys):
        h = (height - pad_bottom - top) * values[k] / peak
        bars.append({"x": round(pad_left + i * step + step * 0.1, 1), "w": round(max(step * 0.8, 1), 1),
                     "y": round(height - pad_bottom - h, 1), "h": round(h, 1), "label": k, "count": values[k],
                     "href": hrefs[k]})
        if len(k) == 4 or k.endswith("-01") or i == 0:
            ticks.append({"x": round(pad_left + i * step, 1), "label": k[:4] if len(keys) > 24 or len(k) == 4
                          else k})
    if len(ticks) > 12:
        every = -(-len(ticks) // 12)
        ticks = ticks[::every]
    if len(ticks) > 1 and ticks[1]["x"] - ticks[0]["x"] < 48:     # a first month just before a January
        del ticks[0]
    return {"width": width, "height": height, "bars": bars, "ticks": ticks, "peak": peak, "base": height - pad_bottom,
            "left": pad_left, "top": top}


def _month_grid(year: int, days: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Twelve month tables (weeks from Monday) with the issue dates marked."""
    cal = _calendar.Calendar(firstweekday=0)
    out = []
    for m in range(1, 13):
        weeks = []
        for week in cal.monthdatescalendar(year, m):
            weeks.append([{"day": d.day, "date": d.isoformat(), "in_month": d.month == m,
                           "issue": days.get(d.isoformat()) if d.month == m else None} for d in week])
        out.append({"month": m, "key": f"{m:02d}", "weeks": weeks,
                    "issues": sum(1 for k in days if k[5:7] == f"{m:02d}")})
    return out


def _byline(rec: dict[str, Any]) -> list[tuple[str, list[str]]]:
    return [(label, rec[field]) for field, label in (("reporters", "记者"), ("correspondents", "通讯员"),
                                                      ("authors", "作者"), ("photographers", "摄影"))
            if rec.get(field)]


def _article_view(rec: dict[str, Any], selected_fact: int | None = None,
                  person_ids: dict[str, str] | None = None) -> dict[str, Any]:
    """An article record with its printed pieces as marked HTML (its facts underlaid, the
    ``selected_fact``-th one highlighted; the people in ``person_ids`` linked to their
    register pages)."""
    captions = [c["text"] for c in rec["captions"]]
    segs = tx.segments(rec["headlines"], rec["paragraphs"], captions)
    text_len = sum(len(t) + 1 for t in rec["headlines"] + rec["paragraphs"] + captions) - 1
    marks = tx.marks(rec["mentions"], max(text_len, 0),
                     lambda p: queries.place_code(p["name"], p.get("city"), p.get("county"), p.get("province")),
                     person_ids)
    html: dict[tuple[str, int], Any] = {}
    sources = {"headline": rec["headlines"], "paragraph": rec["paragraphs"], "caption": captions}
    facts = rec.get("facts") or []
    spans = [(f["span"][0], f["span"][1]) if _span_ok(f.get("span"), text_len) else (-1, -1) for f in facts]
    for part, i, off in segs:
        html[(part, i)] = tx.marked_facts(sources[part][i], off, marks, spans, selected_fact)
    roles = tx.headline_roles(rec)
    return {
        "rec": rec,
        "headlines": [{"role": role, "line": line, "html": html[("headline", i)]}
                      for i, (role, line) in enumerate(roles)],
        "paragraphs": [html[("paragraph", i)] for i in range(len(rec["paragraphs"]))],
        "captions": [{"html": html[("caption", i)], "credit": c["credit"]} for i, c in enumerate(rec["captions"])],
        "byline": _byline(rec),
        "person_ids": person_ids or {},
        "facts": [{**f, "n": k, "shown": tx.amount(f.get("value"), f.get("unit"), f.get("approx")),
                   "change_shown": tx.fact_change(f.get("change")), "here": k == selected_fact,
                   "href": f"/articles/{rec['id']}?fact={k}#fact",
                   "indicator_href": _indicator_url(f)} for k, f in enumerate(facts)],
        "kind_label": KINDS.get(rec["kind"], rec["kind"]),
        "place_links": [{"name": p["name"], "href": tx.place_url(
            p.get("code") or queries.place_code(p["name"], p.get("city"), p.get("county"), p.get("province")),
            p["name"]), "where": " · ".join(x for x in (p.get("province"), p.get("city"), p.get("county")) if x)}
            for p in rec["mentions"]["places"]],
    }


def _span_ok(span: Any, text_len: int) -> bool:
    return (isinstance(span, (list, tuple)) and len(span) >= 2 and isinstance(span[0], int)
            and isinstance(span[1], int) and 0 <= span[0] < span[1] <= text_len)


def _indicator_url(fact: dict[str, Any]) -> str:
    """The indicator page of a fact: its canonical key's, else its printed name's."""
    return "/indicators/" + quote(fact.get("indicator_key") or fact.get("indicator") or "", safe="")


def _error_body(status: int, message: str, details: Any = None) -> dict[str, Any]:
    err: dict[str, Any] = {"status": status, "message": message}
    if details is not None:
        err["details"] = details
    return {"error": err}


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/api"


def _json(data: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(data, status_code=status)


# --------------------------------------------------------------------------- the app

def create_app(db_path: str | Path) -> FastAPI:
    """The reader and API over the archive at ``db_path`` (opened read-only).
    Raises :class:`BaoxunError` when the file is missing."""
    db = _Database(Path(db_path))
    env = _templates()
    static = {name: (resources.files("baoxun.web") / "static" / name).read_bytes() for name in _STATIC}

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        db.close()

    app = FastAPI(title="baoxun", version=__version__, lifespan=lifespan,
                  description="本报讯 — read and search an archive of Chinese local newspaper articles. "
                              "Lists are paged with `limit` (1–100) and `offset` and carry `total`; errors "
                              "are `{\"error\": {\"status\", \"message\"}}`.")
    app.state.db = db

    def render(request: Request, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        html = env.get_template(name).render(request_path=request.url.path, **ctx)
        return HTMLResponse(html, status_code=status)

    # -- errors ---------------------------------------------------------------
    def error_response(request: Request, status: int, message: str, details: Any = None) -> Response:
        if _is_api(request):
            return _json(_error_body(status, message, details), status)
        return render(request, "error.html", status=status, status_code=status, message=message,
                      title=f"{status}")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        return error_response(request, exc.status_code, message)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        details = [{"loc": [str(x) for x in e.get("loc", ())], "message": e.get("msg", "")} for e in exc.errors()]
        message = "; ".join(f"{d['loc'][-1] if d['loc'] else 'request'}: {d['message']}" for d in details)
        return error_response(request, 422, message or "invalid request", details)

    @app.exception_handler(BaoxunError)
    async def baoxun_error(request: Request, exc: BaoxunError) -> Response:
        return error_response(request, 400, str(exc))

    @app.exception_handler(queries.Timeout)
    async def timeout_error(request: Request, exc: queries.Timeout) -> Response:
        return error_response(request, 503, str(exc))

    # -- parameters shared by the search page, the API and exports ------------
    def search_params(q: str, date_from: str | None, date_to: str | None, place: str | None,
                      person: str | None, kind: str | None) -> dict[str, Any]:
        return {"q": q, "from": date_from or "", "to": date_to or "", "place": place or "",
                "person": person or "", "kind": kind or ""}

    # -- HTML ------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home(request: Request) -> HTMLResponse:
        s, years = db.home()
        links = {name: tx.place_url(queries.resolve_code(name), name)
                 for name in {r["place"] for r in s["by_paper_place"][:HOME_ROWS] if r["place"]} |
                 {r["name"] for r in s["top_places"]}}
        return render(request, "home.html", title="baoxun", s=s, chart=_month_chart(s["by_month"]), years=years,
                      place_links=links, rows=HOME_ROWS)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(request: Request, q: Q = "", date_from: From = None, date_to: To = None,
                    place: PlaceF = None, person: PersonF = None, kind: KindF = None,
                    limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> HTMLResponse:
        params = search_params(q, date_from, date_to, place, person, kind)
        filters = _filters(date_from, date_to, place, person, kind)
        ctx: dict[str, Any] = {"title": f"{q} — search" if q else "search", "params": params, "limit": limit,
                               "offset": offset, "hits": [], "total": None, "facets": None, "error": None,
                               "pager": None, "export": None}
        if not q.strip():
            return render(request, "search.html", **ctx)
        try:
            with db.reading() as a:
                hits, total = run_search(a, q, filters, limit=limit, offset=offset)
        except BaoxunError as exc:
            ctx["error"] = str(exc)
            return render(request, "search.html", status=400, **ctx)
        ctx["facets"] = db.facets(q, filters, FACET_SECONDS)
        ctx.update(hits=[{"hit": h, "snippet": tx.highlighted(h.snippet, h.highlights)} for h in hits],
                   total=total, pager=_page_links(total, limit, offset),
                   export={"csv": "/api/search.csv" + _qs(params), "jsonl": "/api/search.jsonl" + _qs(params),
                           "json": "/api/search" + _qs(params, limit=limit, offset=offset)})
        return render(request, "search.html", **ctx)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: ArticleId,
                     fact: Annotated[int | None, Query(ge=0, le=100_000)] = None) -> HTMLResponse:
        with db.reading() as a:
            rec = a.article(article_id)
            if rec is None:
                raise HTTPException(404, f"no article {article_id!r}")
            items = queries.page_items(a, rec["page_id"])
            meta = queries.page_meta(a, rec["page_id"])
            ids = queries.mention_people(a, article_id) if db.register_ready() else None
        view = _article_view(rec, fact, ids)
        title = rec["title"] or (rec["headlines"][0] if rec["headlines"] else article_id)
        return render(request, "article.html", title=title, a=view, items=items, page=meta)

    @app.get("/pages/{page_id}", response_class=HTMLResponse, include_in_schema=False)
    def page_page(request: Request, page_id: PageId) -> HTMLResponse:
        ready = db.register_ready()
        with db.reading() as a:
            pg = queries.page(a, page_id)
            if pg is None:
                raise HTTPException(404, f"no page {page_id!r}")
            ids = {rec["id"]: queries.mention_people(a, rec["id"]) if ready else None for rec in pg["articles"]}
        views = [_article_view(rec, None, ids[rec["id"]]) for rec in pg["articles"]]
        title = " ".join(x for x in (pg["paper"], pg["place"], pg["issue_date"]) if x) or pg["source"]
        return render(request, "page.html", title=title, pg=pg, views=views)

    @app.get("/people/{name}", response_class=HTMLResponse, include_in_schema=False)
    def person_page(request: Request, name: Name, limit: Limit = DEFAULT_LIMIT,
                    offset: Offset = 0) -> HTMLResponse:
        ready = db.register_ready()
        with db.reading() as a:
            p = queries.person(a, name, limit=limit, offset=offset)
            if p is None:
                raise HTTPException(404, f"no one called {name!r} is named in the archive")
            registered = register_query.people_named(a.conn, name) if ready else []
        return render(request, "person.html", title=name, p=p, pager=_page_links(p["total"], limit, offset),
                      limit=limit, registered=registered)

    # -- the officials register (register.query) ------------------------------
    @contextmanager
    def register_reading() -> Iterator[sqlite3.Connection]:
        """The archive's connection for the register's queries. An archive without
        current register tables has them built in memory first, which a large one
        cannot do within the request's time limit: then a 503 that says what to run."""
        try:
            with db.reading() as a:
                yield a.conn
        except queries.Timeout:
            raise HTTPException(503, "the officials register of this archive is out of date and too large to "
                                     "build per request: run `baoxun officials --rebuild --db ARCHIVE`") from None

    def officials_rows(place: str | None, post: str | None, name: str | None) -> list[dict[str, Any]]:
        with register_reading() as conn:
            rows = register_query.officials(conn, place=place or None, post=post or None, name=name or None)
        for r in rows:
            r["url"] = tx.official_url(r["person_id"])
            r["post_url"] = tx.post_url(r["place"], r["office"]) if r["place"] else None
        return rows

    def official_data(person_id: str, limit: int, offset: int) -> dict[str, Any]:
        with register_reading() as conn:
            p = register_query.person(conn, person_id, limit=limit, offset=offset, post_href=tx.post_url)
        if p is None:
            raise HTTPException(404, f"no person {person_id!r} in the officials register")
        for t in p["career"]:
            t["url"] = tx.post_url(t["place"], t["office"]) if t["place"] else None
        for o in p["articles"]:
            o["url"] = f"/articles/{o['article_id']}"
        for c in p["companions"] + p["namesakes"] + p["person"]["candidates"]:
            c["url"] = tx.official_url(c["id"])
        p.update(limit=limit, offset=offset, names_url=tx.person_url(p["person"]["name"]))
        return p

    def post_data(place: str, office: str) -> dict[str, Any]:
        with register_reading() as conn:
            p = register_query.post(conn, place, office, person_href=tx.official_url)
        if p is None:
            raise HTTPException(404, f"nobody is seen holding {place} {office} in the archive")
        for h in p["holders"]:
            h["url"] = tx.official_url(h["person_id"])
        return p

    def byline_data(name: str, limit: int, offset: int) -> dict[str, Any]:
        with register_reading() as conn:
            b = register_query.byline(conn, name, limit=limit, offset=offset)
        if b is None:
            raise HTTPException(404, f"no article credits {name!r}")
        for i in b["articles"]:
            i["url"] = f"/articles/{i['article_id']}"
        b.update(limit=limit, offset=offset)
        return b

    @app.get("/officials", response_class=HTMLResponse, include_in_schema=False)
    def officials_page(request: Request, place: PlaceF = None, post: PostF = None, name: NameF = None,
                       offset: Offset = 0) -> HTMLResponse:
        rows = officials_rows(place, post, name)
        params = {"place": place or "", "post": post or "", "name": name or ""}
        return render(request, "officials.html", title="officials", rows=rows[offset: offset + OFFICIALS_PAGE],
                      total=len(rows), params=params, pager=_page_links(len(rows), OFFICIALS_PAGE, offset),
                      limit=OFFICIALS_PAGE, api="/api/officials" + _qs(params))

    @app.get("/officials/{person_id}", response_class=HTMLResponse, include_in_schema=False)
    def official_page(request: Request, person_id: PersonId, limit: Limit = DEFAULT_LIMIT,
                      offset: Offset = 0) -> HTMLResponse:
        p = official_data(person_id, limit, offset)
        return render(request, "official.html", title=p["person"]["name"], p=p,
                      svg=tx.register_svg(p["timeline_svg"]), pager=_page_links(p["total"], limit, offset))

    @app.get("/posts/{place}/{office}", response_class=HTMLResponse, include_in_schema=False)
    def post_page(request: Request, place: PlaceP, office: Office) -> HTMLResponse:
        p = post_data(place, office)
        return render(request, "post.html", title=f"{place} {office}", p=p, svg=tx.register_svg(p["timeline_svg"]))

    @app.get("/bylines/{name}", response_class=HTMLResponse, include_in_schema=False)
    def byline_page(request: Request, name: Byline, limit: Limit = DEFAULT_LIMIT,
                    offset: Offset = 0) -> HTMLResponse:
        b = byline_data(name, limit, offset)
        return render(request, "byline.html", title=name, b=b, pager=_page_links(b["total"], limit, offset))

    @app.get("/places/{code}", response_class=HTMLResponse, include_in_schema=False)
    def place_page(request: Request, code: Code, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> HTMLResponse:
        with db.reading() as a:
            p = queries.place(a, code, limit=limit, offset=offset)
        if p is None:
            raise HTTPException(404, f"no division with code {code!r}")
        return render(request, "place.html", title=p["place"]["name"], p=p,
                      pager=_page_links(p["total"], limit, offset), limit=limit)

    @app.get("/indicators", response_class=HTMLResponse, include_in_schema=False)
    def indicators_page(request: Request, status: StatusF = None) -> HTMLResponse:
        with db.reading() as a:
            rows = fact_queries.indicators(a, limit=INDICATORS_MAX, status=status or None)
        for r in rows:
            r["href"] = "/indicators/" + quote(r["key"] or r["name"] or "", safe="") + _qs({"status": status})
        return render(request, "indicators.html", title="indicators", rows=rows, chosen=status or "",
                      statuses=fact_queries.STATUSES)

    @app.get("/indicators/{name}", response_class=HTMLResponse, include_in_schema=False)
    def indicator_page(request: Request, name: IndicatorName, status: StatusF = "actual", unit: UnitF = None,
                       place: PlaceF = None) -> HTMLResponse:
        with db.reading() as a:
            data = fact_queries.indicator_series(a, name, status=status or "", unit=unit or None, place=place or None)
        if not data["units"]:
            raise HTTPException(404, f"no {status or ''} facts of indicator {name!r}".replace("  ", " "))
        chart = indicator_chart(data["series"], data["unit"])
        params = {"status": status or "", "unit": unit or "", "place": place or ""}
        return render(request, "indicator.html", title=data["name"] or name, d=data, chart=chart, params=params,
                      statuses=fact_queries.STATUSES, api="/api/indicators/" + quote(name, safe="")
                      + _qs(params))

    @app.get("/calendar", response_class=HTMLResponse, include_in_schema=False)
    def calendar_page(request: Request, year: Annotated[int | None, Query(ge=1, le=9999)] = None) -> HTMLResponse:
        with db.reading() as a:
            years = queries.calendar_years(a)
            if year is None and years:
                year = int(years[-1]["year"])
            days = queries.calendar_days(a, f"{year:04d}") if year else {}
            undated = queries.undated_pages(a)
        months = _month_grid(year, days) if year else []
        return render(request, "calendar.html", title=f"calendar {year or ''}", years=years, year=year,
                      months=months, undated=undated, issues=len(days))

    @app.get("/calendar/{day}", response_class=HTMLResponse, include_in_schema=False)
    def issue_page(request: Request, day: Annotated[str, PathParam(pattern=r"^\d{4}-\d{2}-\d{2}$")]) -> HTMLResponse:
        _check_date("day", day)
        with db.reading() as a:
            pages = queries.issue(a, day)
        if not pages:
            raise HTTPException(404, f"no issue dated {day}")
        return render(request, "issue.html", title=day, day=day, pages=pages)

    @app.get("/static/{name}", include_in_schema=False)
    def static_file(name: str) -> Response:
        if name not in static:      # only the assets loaded at start-up: no path reaches the disk
            raise HTTPException(404, f"no static file {name!r}")
        return Response(static[name], media_type=_STATIC[name], headers={"Cache-Control": "public, max-age=3600"})

    # -- JSON API --------------------------------------------------------------
    @app.get("/api/search", tags=["search"], summary="Ranked search with optional facets")
    def api_search(q: Annotated[str, Query(min_length=1, max_length=MAX_QUERY_CHARS,
                                           description='Words (all must occur), "an exact phrase", -excluded, '
                                                       'a OR b.')],
                   date_from: From = None, date_to: To = None, place: PlaceF = None, person: PersonF = None,
                   kind: KindF = None, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0,
                   facets: Annotated[bool, Query(description="Also count results by kind, date, place and "
                                                             "person.")] = False) -> JSONResponse:
        filters = _filters(date_from, date_to, place, person, kind)
        with db.reading() as a:
            hits, total = run_search(a, q, filters, limit=limit, offset=offset)
        out: dict[str, Any] = {"query": q, "filters": {"from": filters.date_from, "to": filters.date_to,
                                                       "place": filters.place, "person": filters.person,
                                                       "kind": filters.kind},
                               "total": total, "limit": limit, "offset": offset,
                               "results": [{**h.to_dict(), "url": f"/articles/{h.id}"} for h in hits]}
        if facets:
            out["facets"] = db.facets(q, filters, FACET_SECONDS)
        return _json(out)

    def export(q: str, filters: Filters, fmt: str) -> StreamingResponse:
        with db.reading() as a:
            ids = queries.ranked_ids(a, q, filters, EXPORT_MAX)

        def rows() -> Iterator[str]:
            own = Archive(db.path, readonly=True)     # a stream outlives the request's thread
            try:
                if fmt == "csv":
                    buf = io.StringIO()
                    w = csv.writer(buf)
                    w.writerow(ARTICLE_COLUMNS + ["date"])
                    yield "\ufeff" + buf.getvalue()
                for aid in ids:
                    rec = own.article(aid)
                    if rec is None:
                        continue
                    if fmt == "jsonl":
                        yield json.dumps(rec, ensure_ascii=False) + "\n"
                        continue
                    buf = io.StringIO()
                    csv.writer(buf).writerow(
                        [json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
                         for v in [rec.get(k) for k in ARTICLE_COLUMNS] + [rec.get("issue_date")]])
                    yield buf.getvalue()
            finally:
                own.close()

        media = "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson; charset=utf-8"
        return StreamingResponse(rows(), media_type=media, headers={
            "Content-Disposition": f'attachment; filename="baoxun-search.{fmt}"',
            "X-Result-Count": str(len(ids))})

    @app.get("/api/search.csv", tags=["search"], summary=f"The result set as CSV (best first, ≤{EXPORT_MAX})",
             response_class=StreamingResponse)
    def api_search_csv(q: ExportQ, date_from: From = None, date_to: To = None, place: PlaceF = None,
                       person: PersonF = None, kind: KindF = None) -> StreamingResponse:
        return export(q, _filters(date_from, date_to, place, person, kind), "csv")

    @app.get("/api/search.jsonl", tags=["search"],
             summary=f"The result set as JSON Lines, article records with mentions (≤{EXPORT_MAX})",
             response_class=StreamingResponse)
    def api_search_jsonl(q: ExportQ, date_from: From = None, date_to: To = None, place: PlaceF = None,
                         person: PersonF = None, kind: KindF = None) -> StreamingResponse:
        return export(q, _filters(date_from, date_to, place, person, kind), "jsonl")

    @app.get("/api/articles/{article_id}", tags=["read"], summary="One article with its mentions and page")
    def api_article(article_id: ArticleId) -> JSONResponse:
        with db.reading() as a:
            rec = a.article(article_id)
            if rec is None:
                raise HTTPException(404, f"no article {article_id!r}")
            rec["page"] = queries.page_meta(a, rec["page_id"])
            rec["page"]["items"] = queries.page_items(a, rec["page_id"])
        return _json(rec)

    @app.get("/api/pages/{page_id}", tags=["read"], summary="One page: place and date evidence, its articles")
    def api_page(page_id: PageId) -> JSONResponse:
        with db.reading() as a:
            pg = queries.page(a, page_id)
        if pg is None:
            raise HTTPException(404, f"no page {page_id!r}")
        return _json(pg)

    @app.get("/api/people/{name}", tags=["read"],
             summary="Articles naming a person, their posts over time, people named with them")
    def api_person(name: Name, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> JSONResponse:
        with db.reading() as a:
            p = queries.person(a, name, limit=limit, offset=offset)
        if p is None:
            raise HTTPException(404, f"no one called {name!r} is named in the archive")
        return _json(p)

    @app.get("/api/officials", tags=["officials"],
             summary="The officials register: one row per post a person is seen holding, filtered")
    def api_officials(place: PlaceF = None, post: PostF = None, name: NameF = None, limit: Limit = DEFAULT_LIMIT,
                      offset: Offset = 0) -> JSONResponse:
        rows = officials_rows(place, post, name)
        return _json({"filters": {"place": place or None, "post": post or None, "name": name or None},
                      "total": len(rows), "limit": limit, "offset": offset, "results": rows[offset: offset + limit]})

    @app.get("/api/officials/{person_id}", tags=["officials"],
             summary="A person of the register: career (with its SVG timeline), transitions, articles, companions")
    def api_official(person_id: PersonId, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> JSONResponse:
        return _json(official_data(person_id, limit, offset))

    @app.get("/api/posts/{place}/{office}", tags=["officials"],
             summary="A post's holders over time (with their SVG timeline)")
    def api_post(place: PlaceP, office: Office) -> JSONResponse:
        return _json(post_data(place, office))

    @app.get("/api/bylines/{name}", tags=["officials"],
             summary="A credited name: per paper and role the articles and period, and the articles")
    def api_byline(name: Byline, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> JSONResponse:
        return _json(byline_data(name, limit, offset))

    @app.get("/api/places/{code}", tags=["read"],
             summary="A division, its parents, and the articles about it or places within it")
    def api_place(code: Code, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> JSONResponse:
        with db.reading() as a:
            p = queries.place(a, code, limit=limit, offset=offset)
        if p is None:
            raise HTTPException(404, f"no division with code {code!r}")
        return _json(p)

    @app.get("/api/facts", tags=["facts"], summary="Facts (figures articles report), filtered, newest period first")
    def api_facts(indicator: Annotated[str | None, Query(max_length=MAX_NAME_CHARS, description=(
                      "A canonical key (gdp), its name (固定资产投资) or words of a printed indicator."))] = None,
                  place: PlaceF = None, status: StatusF = None, date_from: From = None, date_to: To = None,
                  limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> JSONResponse:
        filters = fact_queries.FactFilters(indicator or None, place or None, status or None,
                                           _check_date("from", date_from), _check_date("to", date_to))
        with db.reading() as a:
            rows, total = fact_queries.query_facts(a, filters, limit=limit, offset=offset)
        return _json({"filters": {"indicator": filters.indicator, "indicator_key": filters.key(),
                                  "place": filters.place, "status": filters.status, "from": filters.date_from,
                                  "to": filters.date_to},
                      "total": total, "limit": limit, "offset": offset,
                      "results": [{**r, "url": f"/articles/{r['article_id']}?fact={r['seq']}#fact"} for r in rows]})

    @app.get("/api/indicators", tags=["facts"], summary="The indicators the archive holds, most facts first")
    def api_indicators(status: StatusF = None,
                       limit: Annotated[int, Query(ge=1, le=INDICATORS_MAX)] = INDICATORS_MAX) -> JSONResponse:
        with db.reading() as a:
            rows = fact_queries.indicators(a, limit=limit, status=status or None)
        return _json({"total": len(rows), "limit": limit, "offset": 0, "results": rows})

    @app.get("/api/indicators/{name}", tags=["facts"],
             summary="One indicator over time, one series per place, every point with its article")
    def api_indicator(name: IndicatorName, status: StatusF = "actual", unit: UnitF = None,
                      place: PlaceF = None) -> JSONResponse:
        with db.reading() as a:
            data = fact_queries.indicator_series(a, name, status=status or "", unit=unit or None, place=place or None)
        if not data["units"]:
            raise HTTPException(404, f"no {status or ''} facts of indicator {name!r}".replace("  ", " "))
        return _json(data)

    @app.get("/api/stats", tags=["read"], summary="What the archive holds")
    def api_stats() -> JSONResponse:
        return _json(db.stats())

    return app
