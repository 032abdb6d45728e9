"""Facts across the archive: filter, list and group the figures articles report
(SCHEMA.md "Facts"), for ``baoxun facts --db``, the web reader's indicator pages and
the API.

An indicator is asked for by what a person types — a canonical key (``gdp``), a
canonical name (固定资产投资) or any printed name (规上工业增加值): it selects the facts
of that canonical key, and the facts whose printed indicator contains the text. Every
value reaches SQL as a bound parameter.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

from .store import Archive, fact_record

__all__ = ["FactFilters", "STATUSES", "fact_rows_of_page", "indicator_series", "indicators", "query_facts"]

#: What a fact's status can be (gold/FACTS.md).
STATUSES = ("actual", "target", "plan")
# Longest indicator or place a filter accepts (characters).
MAX_FILTER_CHARS = 50
# Points on one indicator chart, at most (the newest are kept).
SERIES_MAX_POINTS = 2000


@dataclass(frozen=True)
class FactFilters:
    """Which facts: indicator (key, canonical or printed name), place, status, and the
    period's first day between ``date_from`` and ``date_to`` (YYYY-MM-DD)."""

    indicator: str | None = None
    place: str | None = None
    status: str | None = None
    date_from: str | None = None
    date_to: str | None = None

    def key(self) -> str | None:
        """The canonical key the indicator asks for, if any."""
        if not self.indicator:
            return None
        from ..enrich.facts import indicator_key
        from ..enrich.facts.words import indicators as _rows

        if any(k == self.indicator for k, _n, _v in _rows()):
            return self.indicator
        return indicator_key(self.indicator)

    def sql(self, alias: str = "f") -> tuple[str, list[Any]]:
        """``WHERE`` conditions over the facts table (as ``alias``) and their parameters."""
        conds: list[str] = []
        args: list[Any] = []
        if self.indicator:
            key = self.key()
            text = re.sub(r"\s+", "", self.indicator)
            if key and key == self.indicator:
                conds.append(f"{alias}.indicator_key = ?")
                args.append(key)
            elif key:
                conds.append(f"({alias}.indicator_key = ? OR instr({alias}.indicator, ?) > 0)")
                args += [key, text]
            else:
                conds.append(f"instr({alias}.indicator, ?) > 0")
                args.append(text)
        if self.place:
            conds.append(f"({alias}.place = ? OR {alias}.place LIKE ? ESCAPE '\\')")
            args += [self.place, _like_prefix(self.place)]
        if self.status:
            conds.append(f"{alias}.status = ?")
            args.append(self.status)
        if self.date_from:
            conds.append(f"{alias}.period_start >= ?")
            args.append(self.date_from)
        if self.date_to:
            conds.append(f"{alias}.period_start <= ?")
            args.append(self.date_to)
        return " AND ".join(conds), args

    def accepts(self, fact: dict[str, Any]) -> bool:
        """The same selection over a fact record in memory (``baoxun facts PAGE``)."""
        from .store import period_start

        if self.indicator:
            key = self.key()
            text = re.sub(r"\s+", "", self.indicator)
            by_key = key is not None and fact.get("indicator_key") == key
            if not by_key and (key == self.indicator or text not in (fact.get("indicator") or "")):
                return False
        if self.place:
            place = fact.get("place") or ""
            if not (place == self.place or place.startswith(self.place)):
                return False
        if self.status and fact.get("status") != self.status:
            return False
        start = period_start(fact.get("period"))
        if self.date_from and (start is None or start < self.date_from):
            return False
        if self.date_to and (start is None or start > self.date_to):
            return False
        return True


def _like_prefix(text: str) -> str:
    return re.sub(r"([\\%_])", r"\\\1", text) + "%"


_ROW_SQL = ("SELECT f.*, a.id AS aid, a.date AS article_date, a.paper AS paper, a.place AS paper_place,"
            " a.title AS title, a.headlines AS headlines FROM facts f JOIN articles a ON a.id = f.article_id")


def _row(r: Any) -> dict[str, Any]:
    import json

    heads = json.loads(r["headlines"]) if r["headlines"] else []
    return {"article_id": r["aid"], "date": r["article_date"], "paper": r["paper"], "paper_place": r["paper_place"],
            "title": r["title"] or (heads[0] if heads else None), "seq": r["seq"], **fact_record(r)}


def query_facts(archive: Archive, filters: FactFilters | None = None, *, limit: int = 100,
                offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """Facts matching ``filters`` — newest period first, then by article and position —
    each with its article's id, date, paper and title; and how many match in all."""
    where, args = (filters or FactFilters()).sql()
    cond = f" WHERE {where}" if where else ""
    total = archive.conn.execute(f"SELECT count(*) FROM facts f{cond}", args).fetchone()[0]
    rows = archive.conn.execute(
        f"{_ROW_SQL}{cond} ORDER BY f.period_start DESC, a.date DESC, f.article_id, f.seq LIMIT ? OFFSET ?",
        [*args, limit, offset])
    return [_row(r) for r in rows], total


def indicators(archive: Archive, *, limit: int = 200, status: str | None = None) -> list[dict[str, Any]]:
    """The indicators the archive holds, most facts first: canonical keys with their
    name, and printed indicators that have no key, each with its count, places and units."""
    from ..enrich.facts import canonical_name

    cond, args = ("WHERE status = ?", [status]) if status else ("", [])
    out = []
    for r in archive.conn.execute(
            f"SELECT coalesce(indicator_key, '') AS k, CASE WHEN indicator_key IS NULL THEN indicator END AS name,"
            f" count(*) AS n, count(DISTINCT place) AS places, group_concat(DISTINCT unit) AS units,"
            f" min(period_start) AS first, max(period_start) AS last FROM facts {cond}"
            f" GROUP BY k, name ORDER BY n DESC, k, name LIMIT ?", [*args, limit]):
        key = r["k"] or None
        out.append({"key": key, "name": canonical_name(key) if key else r["name"], "facts": r["n"],
                    "places": r["places"], "units": sorted(u for u in (r["units"] or "").split(",") if u),
                    "first": r["first"], "last": r["last"]})
    return out


def indicator_series(archive: Archive, indicator: str, *, status: str = "actual", unit: str | None = None,
                     place: str | None = None) -> dict[str, Any]:
    """One indicator over time, one series per place: the points (period start, value,
    the article that reports it). ``indicator`` is a canonical key or a printed name;
    the unit is the one most of its facts have unless ``unit`` is given."""
    filters = FactFilters(indicator=indicator, status=status or None, place=place)
    where, args = filters.sql()
    cond = f" WHERE {where} AND f.period_start IS NOT NULL AND f.value IS NOT NULL" if where else \
        " WHERE f.period_start IS NOT NULL AND f.value IS NOT NULL"
    units = [(r[0], r[1]) for r in archive.conn.execute(
        f"SELECT f.unit, count(*) FROM facts f{cond} GROUP BY f.unit ORDER BY 2 DESC, 1", args)]
    chosen = unit or (units[0][0] if units else None)
    rows = archive.conn.execute(
        f"{_ROW_SQL}{cond} AND f.unit IS ? ORDER BY f.period_start DESC, a.date DESC LIMIT ?",
        [*args, chosen, SERIES_MAX_POINTS]).fetchall()
    series: dict[str, list[dict[str, Any]]] = {}
    for r in reversed(rows):
        rec = _row(r)
        series.setdefault(rec["place"] or "—", []).append(rec)
    key = filters.key()
    from ..enrich.facts import canonical_name

    return {"indicator": indicator, "key": key, "name": canonical_name(key) if key else indicator,
            "status": status, "unit": chosen, "units": [{"unit": u, "facts": n} for u, n in units],
            "series": [{"place": p, "points": pts} for p, pts in sorted(series.items(), key=lambda t: (-len(t[1]), t[0]))]}


def fact_rows_of_page(page: Any) -> Iterable[dict[str, Any]]:
    """The facts of a parsed page as rows like :func:`query_facts`'s (no archive ids)."""
    for seq, art in enumerate(page.articles):
        for k, f in enumerate(art.facts or []):
            yield {"article_id": None, "article_seq": seq, "date": art.dateline_date or page.issue.date,
                   "paper": page.paper.name, "paper_place": page.paper.place, "source": page.source,
                   "title": art.title or (art.headlines[0] if art.headlines else None), "seq": k, **f}
