"""The archive as OpenSearch/Elasticsearch bulk files: for an archive past one machine
(docs/capacity.md, "Search past one machine").

``write_bulk(archive, out)`` writes ``out/mapping.json`` (index settings and mapping)
and ``out/bulk-00001.ndjson`` … — the ``_bulk`` API's newline-delimited JSON, an action
line then the article — each file under ``max_bytes`` (a bulk request should stay near
10–50 MB). Load with::

    curl -XPUT  host:9200/baoxun-2024 -H 'Content-Type: application/json' -d @out/mapping.json
    for f in out/bulk-*.ndjson; do
      curl -XPOST host:9200/_bulk -H 'Content-Type: application/x-ndjson' --data-binary @$f; done

Words are the archive's own rjieba tokens (``title_tokens``, ``body_tokens``) under a
whitespace + lowercase analyzer, so the cluster finds exactly what the archive's search
finds and needs no Chinese analysis plugin; ``title`` and ``body`` are kept as printed
(stored, not analysed) for display and for phrase checks. Filters are keyword fields
(``kind``, ``paper``, ``place``: the paper's place with every place mentioned, its city,
county and code; ``person``) and ``date``. With ``split="year"`` each article goes to
``<index>-<year>`` (``<index>-undated`` without a date): the shards of the capacity plan.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

from .store import Archive

DEFAULT_INDEX = "baoxun-articles"
MAX_BYTES = 32 * 1024 * 1024
ROWS = 2000


def mapping(shards: int = 1, replicas: int = 1) -> dict[str, Any]:
    """Index settings and mapping for the bulk documents."""
    keyword = {"type": "keyword"}
    return {
        "settings": {
            "number_of_shards": shards, "number_of_replicas": replicas,
            "analysis": {"analyzer": {"bx_tokens": {"type": "custom", "tokenizer": "whitespace",
                                                    "filter": ["lowercase"]}}},
        },
        "mappings": {
            "dynamic": "strict",
            "properties": {
                "id": keyword, "page_id": keyword, "kind": keyword, "paper": keyword,
                "place": keyword, "person": keyword,
                "date": {"type": "date", "format": "yyyy-MM-dd||yyyy-MM||yyyy"},
                "title": {"type": "text", "index": False}, "body": {"type": "text", "index": False},
                "title_tokens": {"type": "text", "analyzer": "bx_tokens", "similarity": "BM25"},
                "body_tokens": {"type": "text", "analyzer": "bx_tokens", "similarity": "BM25"},
            },
        },
    }


def documents(archive: Archive) -> Iterator[dict[str, Any]]:
    """Every article as a bulk document (rowid order), with its mentions' names."""
    conn = archive.conn
    last = 0
    while True:
        rows = conn.execute(
            "SELECT rowid, id, page_id, kind, paper, place, date, title, body, title_tokens, body_tokens"
            " FROM articles WHERE rowid > ? ORDER BY rowid LIMIT ?", (last, ROWS)).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        ids = [r[1] for r in rows]
        places: dict[str, set[str]] = {}
        people: dict[str, set[str]] = {}
        for i in range(0, len(ids), 500):
            part = ids[i: i + 500]
            marks = ",".join("?" * len(part))
            for aid, *names in conn.execute(
                    f"SELECT article_id, name, city, county, code FROM places WHERE article_id IN ({marks})", part):
                places.setdefault(aid, set()).update(n for n in names if n)
            for aid, name in conn.execute(f"SELECT article_id, name FROM people WHERE article_id IN ({marks})", part):
                people.setdefault(aid, set()).add(name)
        for _, aid, pid, kind, paper, place, date, title, body, tt, bt in rows:
            where = places.get(aid, set())
            if place:
                where.add(place)
            yield {"id": aid, "page_id": pid, "kind": kind, "paper": paper, "place": sorted(where),
                   "person": sorted(people.get(aid, ())), "date": _date(date), "title": title, "body": body,
                   "title_tokens": tt, "body_tokens": bt}


def _date(date: str | None) -> str | None:
    """A date the mapping's format accepts (yyyy-MM-dd, yyyy-MM or yyyy), else None."""
    if not date:
        return None
    parts = date.split("-")
    if not (parts[0].isdigit() and len(parts[0]) == 4 and all(p.isdigit() and len(p) == 2 for p in parts[1:3])):
        return None
    return "-".join(parts[:3])


def index_name(doc: dict[str, Any], index: str, split: str | None) -> str:
    if split == "year":
        return f"{index}-{doc['date'][:4]}" if doc.get("date") else f"{index}-undated"
    return index


def write_bulk(archive: Archive, out: Path, *, index: str = DEFAULT_INDEX, split: str | None = None,
               max_bytes: int = MAX_BYTES, shards: int = 1) -> dict[str, Any]:
    """Write mapping.json and the bulk files; returns what was written."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "mapping.json").write_text(json.dumps(mapping(shards), ensure_ascii=False, indent=1), encoding="utf-8")
    files: list[str] = []
    indexes: dict[str, int] = {}
    handle = None
    size = 0
    n = 0
    try:
        for doc in documents(archive):
            name = index_name(doc, index, split)
            chunk = (json.dumps({"index": {"_index": name, "_id": doc["id"]}}, ensure_ascii=False) + "\n"
                     + json.dumps(doc, ensure_ascii=False) + "\n").encode("utf-8")
            if handle is None or (size + len(chunk) > max_bytes and size > 0):
                if handle is not None:
                    handle.close()
                files.append(f"bulk-{len(files) + 1:05d}.ndjson")
                handle = open(out / files[-1], "wb")
                size = 0
            handle.write(chunk)
            size += len(chunk)
            n += 1
            indexes[name] = indexes.get(name, 0) + 1
    finally:
        if handle is not None:
            handle.close()
    return {"articles": n, "files": files, "indexes": indexes, "mapping": "mapping.json"}
