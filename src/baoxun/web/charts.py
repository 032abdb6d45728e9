"""Server-side SVG charts: the geometry of one indicator over time, one line per place,
every point a link to the article that reports it. Templates only draw what is computed
here (no JavaScript, no chart library): coordinates, ticks, colours and labels.
"""
from __future__ import annotations

import math
from datetime import date
from typing import Any

__all__ = ["indicator_chart", "scale_for"]

# The chart's box, in SVG user units (the SVG scales to its container).
WIDTH, HEIGHT = 760, 320
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 64, 16, 14, 30
# Lines drawn in colour; more places than this are drawn grey (and listed all the same).
PALETTE = ("#a3171c", "#1f5fa8", "#2e7d4f", "#7a4fa0", "#8a5a00", "#0f7f86", "#c0487a", "#4d5a1e")
OTHER_COLOUR = "#9a968e"
# Y-axis ticks, about this many.
Y_TICKS = 5


def scale_for(peak: float, unit: str | None) -> tuple[float, str]:
    """How to print values up to ``peak``: a divisor and its unit (504.87亿元, 6.57万亩)."""
    unit = unit or ""
    if unit == "元" and peak >= 1e8:
        return 1e8, "亿元"
    if unit == "元" and peak >= 1e4:
        return 1e4, "万元"
    if unit not in ("%", "个百分点") and peak >= 1e5:
        return 1e4, "万" + unit
    return 1.0, unit


def _nice_step(span: float, ticks: int) -> float:
    raw = span / max(ticks, 1)
    if raw <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if raw <= m * power:
            return m * power
    return 10 * power


def _day(iso: str) -> date:
    return date.fromisoformat(iso[:10])


def _label(v: float) -> str:
    return f"{v:,.0f}" if float(v).is_integer() or abs(v) >= 100 else f"{v:,.2f}".rstrip("0").rstrip(".")


def indicator_chart(series: list[dict[str, Any]], unit: str | None) -> dict[str, Any] | None:
    """The geometry of a line chart: ``series`` is ``[{"place", "points": [fact rows with
    period_start, value, article_id …]}]`` (``archive.facts.indicator_series``)."""
    pts = [p for s in series for p in s["points"] if p.get("value") is not None and _start(p)]
    if not pts:
        return None
    days = [_day(_start(p)) for p in pts]
    lo_d, hi_d = min(days), max(days)
    if lo_d == hi_d:
        lo_d, hi_d = date(lo_d.year - 1, 1, 1), date(hi_d.year + 1, 1, 1)
    values = [float(p["value"]) for p in pts]
    vmin, vmax = min(0.0, min(values)), max(0.0, max(values))
    if vmax == vmin:
        vmax = vmin + 1
    divisor, shown_unit = scale_for(max(abs(vmin), abs(vmax)), unit)
    step = _nice_step((vmax - vmin) / divisor, Y_TICKS) * divisor
    y_lo = math.floor(vmin / step) * step
    y_hi = math.ceil(vmax / step) * step
    if y_hi == y_lo:
        y_hi = y_lo + step
    plot_w = WIDTH - PAD_LEFT - PAD_RIGHT
    plot_h = HEIGHT - PAD_TOP - PAD_BOTTOM
    span_days = (hi_d - lo_d).days or 1

    def x_of(d: date) -> float:
        return round(PAD_LEFT + plot_w * (d - lo_d).days / span_days, 1)

    def y_of(v: float) -> float:
        return round(PAD_TOP + plot_h * (1 - (v - y_lo) / (y_hi - y_lo)), 1)

    lines = []
    for i, s in enumerate(series):
        colour = PALETTE[i] if i < len(PALETTE) else OTHER_COLOUR
        points = []
        for p in sorted(s["points"], key=lambda p: (_start(p) or "", p.get("article_id") or "")):
            if p.get("value") is None or not _start(p):
                continue
            v = float(p["value"])
            points.append({"x": x_of(_day(_start(p))), "y": y_of(v), "href": f"/articles/{p['article_id']}",
                           "label": f"{s['place']} {p.get('period') or _start(p)}: {_label(v / divisor)} {shown_unit}"
                                    f"{' (≈)' if p.get('approx') else ''} — {p.get('title') or p.get('text') or ''}",
                           "value": v, "period": p.get("period"), "article_id": p["article_id"]})
        if points:
            lines.append({"place": s["place"], "colour": colour, "points": points,
                          "path": " ".join(f"{q['x']},{q['y']}" for q in points)})
    y_ticks = []
    v = y_lo
    while v <= y_hi + step / 2:
        y_ticks.append({"y": y_of(v), "label": _label(v / divisor)})
        v += step
    x_ticks = []
    years = range(lo_d.year, hi_d.year + 2)
    if len(years) >= 3:
        every = max(1, math.ceil(len(years) / 10))
        for y in years[::every]:
            d = date(y, 1, 1)
            if lo_d <= d <= hi_d:
                x_ticks.append({"x": x_of(d), "label": str(y)})
    else:
        m = date(lo_d.year, lo_d.month, 1)
        months = []
        while m <= hi_d:
            months.append(m)
            m = date(m.year + (m.month == 12), m.month % 12 + 1, 1)
        every = max(1, math.ceil(len(months) / 10))
        for d in months[::every]:
            if d >= lo_d:
                x_ticks.append({"x": x_of(d), "label": f"{d.year}-{d.month:02d}"})
    zero = y_of(0.0) if y_lo <= 0 <= y_hi else None
    return {"width": WIDTH, "height": HEIGHT, "left": PAD_LEFT, "right": WIDTH - PAD_RIGHT, "top": PAD_TOP,
            "base": HEIGHT - PAD_BOTTOM, "zero": zero, "lines": lines, "x_ticks": x_ticks, "y_ticks": y_ticks,
            "unit": shown_unit, "points": sum(len(line["points"]) for line in lines)}


def _start(p: dict[str, Any]) -> str | None:
    from ..archive.store import period_start

    return p.get("period_start") or period_start(p.get("period"))
