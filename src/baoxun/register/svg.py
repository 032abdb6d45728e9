"""Server-side SVG timelines: a person's career, a post's holders (like the reader's month
chart, a string the page embeds; no JavaScript).

One row per item — a tenure (place and office) or a holder (a name) — with its label on
the left and a bar from the first to the last date the archive shows, on a shared time
axis with a tick per year (per month for spans under two years). Every text is escaped;
a bar can link (``href``) and carries a ``<title>`` tooltip. Colours follow the branch
(party, government, congress, cppcc, discipline, other) and are inline, so the chart
reads without the stylesheet; classes (``timeline``, ``bar``, ``branch-…``) let CSS
restyle it.
"""
from __future__ import annotations

from datetime import date as Date
from html import escape
from typing import Any, Iterable

__all__ = ["timeline_svg", "career_svg", "holders_svg", "BRANCH_COLOURS"]

BRANCH_COLOURS = {"party": "#b8322a", "government": "#2a62a8", "congress": "#7d3c98", "cppcc": "#138d75",
                  "discipline": "#5d6d7e", "other": "#b9770e"}
# Geometry in SVG user units (the viewBox scales it to the page).
WIDTH = 720
ROW_HEIGHT = 22
LABEL_WIDTH = 210
AXIS_HEIGHT = 20
BAR_MIN_WIDTH = 3
# Longest label drawn (characters); longer ones are cut with … (the tooltip has them whole).
LABEL_MAX_CHARS = 16
# At most this many rows are drawn (the latest ones); the caller lists the rest.
ROWS_MAX = 60


def _day(iso: str | None) -> int | None:
    if not iso:
        return None
    try:
        if len(iso) == 7:
            return Date.fromisoformat(iso + "-01").toordinal()
        if len(iso) == 4:
            return Date(int(iso), 1, 1).toordinal()
        return Date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return None


def timeline_svg(rows: Iterable[dict[str, Any]], *, title: str = "Timeline", width: int = WIDTH) -> str:
    """An SVG of labelled bars. Each row: ``label``, ``start`` and ``end`` (ISO dates),
    optional ``href``, ``branch``, ``note`` (added to the tooltip). Rows without dates
    are skipped; no dated row gives an empty string."""
    items = []
    for r in rows:
        a, b = _day(r.get("start")), _day(r.get("end") or r.get("start"))
        if a is None:
            continue
        if b is None or b < a:
            b = a
        items.append((a, b, r))
    if not items:
        return ""
    items = items[-ROWS_MAX:]
    lo = min(a for a, _, _ in items)
    hi = max(b for _, b, _ in items) + 1
    d_lo, d_hi = Date.fromordinal(lo), Date.fromordinal(hi)
    lo = Date(d_lo.year, d_lo.month, 1).toordinal()
    hi = (Date(d_hi.year + (d_hi.month == 12), d_hi.month % 12 + 1, 1)).toordinal()
    span = max(hi - lo, 1)
    plot = width - LABEL_WIDTH - 8
    height = AXIS_HEIGHT + ROW_HEIGHT * len(items) + 6

    def x(day: int) -> float:
        return round(LABEL_WIDTH + plot * (day - lo) / span, 1)

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" class="timeline" role="img" '
           f'aria-label="{escape(title)}" font-family="sans-serif" font-size="12">',
           f"<title>{escape(title)}</title>"]
    # axis: a tick per year, or per quarter for short spans
    years = range(d_lo.year, Date.fromordinal(hi).year + 1)
    short = span < 730
    for y in years:
        for m in ((1, 4, 7, 10) if short else (1,)):
            day = Date(y, m, 1).toordinal()
            if lo <= day <= hi:
                xx = x(day)
                out.append(f'<line x1="{xx}" y1="{AXIS_HEIGHT - 4}" x2="{xx}" y2="{height}" stroke="#ddd"/>')
                label = f"{y}" if m == 1 else f"{m}月"
                if xx + 8 * len(label) < width:      # no label cut by the right edge
                    out.append(f'<text x="{xx + 2}" y="{AXIS_HEIGHT - 8}" fill="#666">{escape(label)}</text>')
    for i, (a, b, r) in enumerate(items):
        top = AXIS_HEIGHT + i * ROW_HEIGHT
        label = str(r.get("label") or "")
        shown = label if len(label) <= LABEL_MAX_CHARS else label[: LABEL_MAX_CHARS - 1] + "…"
        colour = BRANCH_COLOURS.get(r.get("branch") or "other", BRANCH_COLOURS["other"])
        x0, x1 = x(a), x(b + 1)
        w = max(round(x1 - x0, 1), BAR_MIN_WIDTH)
        tip = f"{label}: {r.get('start')}" + (f" – {r.get('end')}" if r.get("end") and r.get("end") != r.get("start")
                                               else "")
        if r.get("note"):
            tip += f" ({r['note']})"
        out.append(f'<text x="{LABEL_WIDTH - 6}" y="{top + ROW_HEIGHT * 0.68:.1f}" text-anchor="end" fill="#222">'
                   f"{escape(shown)}</text>")
        bar = (f'<rect class="bar branch-{escape(str(r.get("branch") or "other"))}" x="{x0}" y="{top + 4}" '
               f'width="{w}" height="{ROW_HEIGHT - 8}" rx="2" fill="{colour}"><title>{escape(tip)}</title></rect>')
        if r.get("href"):
            bar = f'<a href="{escape(str(r["href"]))}">{bar}</a>'
        out.append(bar)
    out.append("</svg>")
    return "".join(out)


def career_svg(career: Iterable[dict[str, Any]], *, name: str = "", href=None) -> str:
    """A person's career: one bar per post (``career`` rows as :mod:`.query` gives them:
    place, office, branch, first, last, articles); ``href(place, office)`` links a bar
    to its post's page."""
    rows = []
    for t in career:
        if t.get("former_only"):
            continue
        label = f"{t.get('place') or ''} {t['office']}".strip()
        rows.append({"label": label, "start": t.get("first"), "end": t.get("last"), "branch": t.get("branch"),
                     "note": f"{t.get('articles', 0)} articles",
                     "href": href(t.get("place"), t["office"]) if href and t.get("place") else None})
    return timeline_svg(rows, title=f"{name} career" if name else "Career")


def holders_svg(holders: Iterable[dict[str, Any]], *, post: str = "", href=None) -> str:
    """A post's holders over time: one bar per holder (``holders`` rows: person_id, name,
    first, last, articles, branch); ``href(person_id)`` links a bar to the person's page."""
    rows = [{"label": h["name"], "start": h.get("first"), "end": h.get("last"), "branch": h.get("branch"),
             "note": f"{h.get('articles', 0)} articles", "href": href(h["person_id"]) if href else None}
            for h in holders]
    return timeline_svg(rows, title=f"{post} holders" if post else "Holders")
