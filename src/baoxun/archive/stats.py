"""What an archive holds: counts by paper and place, month and kind; the most-mentioned
people, places and organisations."""
from __future__ import annotations

from typing import Any

from .store import Archive

TOP = 10


def stats(archive: Archive, top: int = TOP) -> dict[str, Any]:
    q = archive.conn.execute
    out: dict[str, Any] = archive.counts()
    span = q("SELECT min(date), max(date) FROM articles").fetchone()
    out["date_span"] = [span[0], span[1]]
    out["by_paper_place"] = [{"paper": r[0], "place": r[1], "articles": r[2]} for r in q(
        "SELECT paper, place, count(*) FROM articles GROUP BY paper, place ORDER BY 3 DESC")]
    out["by_month"] = [{"month": r[0], "articles": r[1]} for r in q(
        "SELECT substr(date, 1, 7) AS m, count(*) FROM articles WHERE date IS NOT NULL GROUP BY m ORDER BY m")]
    out["by_kind"] = [{"kind": r[0], "articles": r[1]} for r in q(
        "SELECT kind, count(*) FROM articles GROUP BY kind ORDER BY 2 DESC")]
    for table in ("people", "places", "organizations"):
        out[f"top_{table}"] = [{"name": r[0], "articles": r[1]} for r in q(
            f"SELECT name, count(DISTINCT article_id) AS n FROM {table} GROUP BY name"
            f" ORDER BY n DESC, name LIMIT ?", (top,))]
    return out
