"""Export articles and their mentions as JSON Lines, CSV or Parquet.

Layout of an export to PATH:
  jsonl    PATH is a file: one article record per line, mentions nested (SCHEMA.md).
  csv      PATH is a folder: articles.csv and one file per mention kind
           (people.csv, places.csv, organizations.csv, dates.csv, amounts.csv), one row
           per mention with its article_id; facts.csv, one row per fact (SCHEMA.md
           "Facts": indicator, canonical key, place, period, status, value, change).
  parquet  PATH is a folder: the same tables as .parquet files (pyarrow), with the
           column types of :data:`PARQUET_SCHEMAS`.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import BaoxunError

ARTICLE_COLUMNS = ["id", "page_id", "seq", "paper", "place", "issue_date", "kind", "section", "kicker",
                   "title", "subtitle", "headlines", "dispatch", "reporters", "correspondents", "authors",
                   "photographers", "dateline_date", "paragraphs", "captions", "continued_from",
                   "continues_to"]
MENTION_COLUMNS = {
    "people": ["article_id", "name", "posts", "spans"],
    "places": ["article_id", "name", "province", "city", "county", "code", "spans"],
    "organizations": ["article_id", "name", "spans"],
    "dates": ["article_id", "text", "value", "start", "end"],
    "amounts": ["article_id", "text", "value", "unit", "approx", "start", "end"],
}

FACT_COLUMNS = ["article_id", "seq", "indicator", "indicator_key", "subject", "place", "period", "period_start",
                "status", "value", "unit", "approx", "change_basis", "change_value", "change_unit", "text",
                "start", "end"]


def _parquet_schemas():
    import pyarrow as pa

    s, i, f, b = pa.string(), pa.int32(), pa.float64(), pa.bool_()
    ls = pa.list_(s)
    spans = pa.list_(pa.list_(i))
    return {
        "articles": pa.schema([("id", s), ("page_id", s), ("seq", i), ("paper", s), ("place", s),
                               ("issue_date", s), ("kind", s), ("section", s), ("kicker", s), ("title", s),
                               ("subtitle", s), ("headlines", ls), ("dispatch", s), ("reporters", ls),
                               ("correspondents", ls), ("authors", ls), ("photographers", ls),
                               ("dateline_date", s), ("paragraphs", ls),
                               ("captions", pa.list_(pa.struct([("text", s), ("credit", s)]))),
                               ("continued_from", s), ("continues_to", s)]),
        "people": pa.schema([("article_id", s), ("name", s), ("posts", ls), ("spans", spans)]),
        "places": pa.schema([("article_id", s), ("name", s), ("province", s), ("city", s), ("county", s),
                             ("code", s), ("spans", spans)]),
        "organizations": pa.schema([("article_id", s), ("name", s), ("spans", spans)]),
        "dates": pa.schema([("article_id", s), ("text", s), ("value", s), ("start", i), ("end", i)]),
        "amounts": pa.schema([("article_id", s), ("text", s), ("value", f), ("unit", s), ("approx", b),
                              ("start", i), ("end", i)]),
        "facts": pa.schema([("article_id", s), ("seq", i), ("indicator", s), ("indicator_key", s), ("subject", s),
                            ("place", s), ("period", s), ("period_start", s), ("status", s), ("value", f),
                            ("unit", s), ("approx", b), ("change_basis", s), ("change_value", f),
                            ("change_unit", s), ("text", s), ("start", i), ("end", i)]),
    }


def mention_rows(record: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The mention tables' rows of one article record."""
    m = record.get("mentions") or {}
    aid = record["id"]
    out: dict[str, list[dict[str, Any]]] = {k: [] for k in MENTION_COLUMNS}
    for p in m.get("people", []):
        out["people"].append({"article_id": aid, "name": p["name"], "posts": p.get("posts", []),
                              "spans": p.get("spans", [])})
    for p in m.get("places", []):
        out["places"].append({"article_id": aid, **{k: p.get(k) for k in ("name", "province", "city", "county",
                                                                          "code")}, "spans": p.get("spans", [])})
    for o in m.get("organizations", []):
        out["organizations"].append({"article_id": aid, "name": o["name"], "spans": o.get("spans", [])})
    for d in m.get("dates", []):
        s, e = (d.get("span") or [None, None])[:2]
        out["dates"].append({"article_id": aid, "text": d["text"], "value": d.get("value"), "start": s, "end": e})
    for a in m.get("amounts", []):
        s, e = (a.get("span") or [None, None])[:2]
        out["amounts"].append({"article_id": aid, "text": a["text"], "value": a.get("value"),
                               "unit": a.get("unit"), "approx": bool(a.get("approx")), "start": s, "end": e})
    return out


def fact_rows(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The ``facts`` table's rows of one article record (its ``facts`` list)."""
    from .store import fact_row

    aid = record["id"]
    return [{"article_id": aid, **dict(zip(FACT_COLUMNS[1:], fact_row(seq, f)))}
            | {"approx": bool(f.get("approx"))} for seq, f in enumerate(record.get("facts") or [])]


def export(records: Iterable[dict[str, Any]], fmt: str, path: Path) -> dict[str, int]:
    """Write ``records`` (article records with mentions) to ``path``; return row counts."""
    if fmt == "jsonl":
        return _jsonl(records, path)
    if fmt == "csv":
        return _csv(records, path)
    if fmt == "parquet":
        return _parquet(records, path)
    raise BaoxunError(f"unknown export format {fmt!r} (jsonl, csv or parquet)")


def _jsonl(records: Iterable[dict[str, Any]], path: Path) -> dict[str, int]:
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return {"articles": n}


def _cell(value: Any) -> Any:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


def _csv(records: Iterable[dict[str, Any]], folder: Path) -> dict[str, int]:
    folder.mkdir(parents=True, exist_ok=True)
    tables = {**MENTION_COLUMNS, "facts": FACT_COLUMNS}
    counts = {"articles": 0, **{k: 0 for k in tables}}
    files = {"articles": (folder / "articles.csv").open("w", encoding="utf-8", newline="")}
    files.update({k: (folder / f"{k}.csv").open("w", encoding="utf-8", newline="") for k in tables})
    try:
        writers = {"articles": csv.DictWriter(files["articles"], ARTICLE_COLUMNS, extrasaction="ignore")}
        writers.update({k: csv.DictWriter(files[k], cols) for k, cols in tables.items()})
        for w in writers.values():
            w.writeheader()
        for rec in records:
            writers["articles"].writerow({k: _cell(rec.get(k)) for k in ARTICLE_COLUMNS})
            counts["articles"] += 1
            for kind, rows in [*mention_rows(rec).items(), ("facts", fact_rows(rec))]:
                for row in rows:
                    writers[kind].writerow({k: _cell(v) for k, v in row.items()})
                    counts[kind] += 1
    finally:
        for fh in files.values():
            fh.close()
    return counts


def _chunks(records: Iterable[dict[str, Any]], size: int = 5000) -> Iterator[list[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for rec in records:
        chunk.append(rec)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _parquet(records: Iterable[dict[str, Any]], folder: Path) -> dict[str, int]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:  # pragma: no cover - declared dependency
        raise BaoxunError("Parquet export needs pyarrow (pip install pyarrow)") from None
    folder.mkdir(parents=True, exist_ok=True)
    schemas = _parquet_schemas()
    writers = {name: pq.ParquetWriter(folder / f"{name}.parquet", schema) for name, schema in schemas.items()}
    counts = {name: 0 for name in schemas}
    try:
        for chunk in _chunks(records):
            tables: dict[str, list[dict[str, Any]]] = {name: [] for name in schemas}
            for rec in chunk:
                tables["articles"].append({k: rec.get(k) for k in ARTICLE_COLUMNS})
                for kind, rows in mention_rows(rec).items():
                    tables[kind].extend(rows)
                tables["facts"].extend(fact_rows(rec))
            for name, rows in tables.items():
                if rows:
                    writers[name].write_table(pa.Table.from_pylist(rows, schema=schemas[name]))
                    counts[name] += len(rows)
    finally:
        for w in writers.values():
            w.close()
    return counts
