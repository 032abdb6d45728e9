"""The register as flat tables for ``baoxun export`` (CSV or Parquet) and datasets.

Tables, one row each:
  register_people        a person (id, name, status, jurisdiction, first/last seen, articles, confidence)
  register_tenures       a post held (person, place, office, level, body, rank, branch, first/last, articles)
  register_observations  a name in an article and the person it is resolved to
  register_transitions   a post change of a person
  register_coappearances two people named in the same articles
  register_bylines       a credited name of a paper, per role (first/last, articles)
Column types for Parquet are :func:`parquet_schemas`; lists are JSON strings in CSV.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from ..errors import BaoxunError
from .build import Register

__all__ = ["register_tables", "parquet_schemas", "write_register_tables"]


def register_tables(reg: Register) -> dict[str, list[dict[str, Any]]]:
    """The register's rows, table by table (see the module's list)."""
    people, tenures, obs = [], [], []
    for p in reg.people:
        people.append({"id": p.id, "name": p.name, "status": p.status, "jurisdiction": p.jurisdiction,
                       "first_seen": p.first_seen, "last_seen": p.last_seen,
                       "articles": len({o.article_id for o, _, _ in p.observations}), "confidence": p.confidence,
                       "candidates": list(p.candidates)})
        for seq, t in enumerate(reg.careers.get(p.id, [])):
            tenures.append({"person_id": p.id, "seq": seq, "place": t.place, "office": t.office, "level": t.level,
                            "body": t.body, "rank": t.rank, "branch": t.branch, "singular": t.singular,
                            "former_only": t.former_only, "printed": [x for x, _ in t.printed.most_common()],
                            "first_seen": t.first, "last_seen": t.last, "articles": len(t.articles),
                            "sources": list(t.articles)})
        for o, c, how in p.observations:
            obs.append({"person_id": p.id, "article_id": o.article_id, "name": o.name, "date": o.date,
                        "paper": o.paper, "paper_place": o.paper_place, "posts": [x.printed for x in o.posts],
                        "offices": [x.office for x in o.posts], "places": [x.place for x in o.posts],
                        "confidence": c, "how": how})
    transitions = [{"person_id": t["person"], **{k: v for k, v in t.items() if k != "person"}}
                   for t in reg.transitions]
    co = [{"person_a": a, "person_b": b, "articles": n} for (a, b), n in sorted(reg.coappearances.items())]
    bylines = []
    for b in reg.bylines:
        for role, info in b.to_dict()["roles"].items():
            bylines.append({"byline_id": b.id, "name": b.name, "paper": b.paper, "place": b.place, "role": role,
                            "first": info["first"], "last": info["last"], "articles": info["articles"],
                            "sources": info["sources"]})
    return {"register_people": people, "register_tenures": tenures, "register_observations": obs,
            "register_transitions": transitions, "register_coappearances": co, "register_bylines": bylines}


def parquet_schemas():
    """pyarrow schemas of :func:`register_tables` (imported lazily: pyarrow is optional)."""
    import pyarrow as pa

    s, i, f, b = pa.string(), pa.int32(), pa.float64(), pa.bool_()
    ls = pa.list_(s)
    return {
        "register_people": pa.schema([("id", s), ("name", s), ("status", s), ("jurisdiction", s),
                                      ("first_seen", s), ("last_seen", s), ("articles", i), ("confidence", f),
                                      ("candidates", ls)]),
        "register_tenures": pa.schema([("person_id", s), ("seq", i), ("place", s), ("office", s), ("level", s),
                                       ("body", s), ("rank", s), ("branch", s), ("singular", b), ("former_only", b),
                                       ("printed", ls), ("first_seen", s), ("last_seen", s), ("articles", i),
                                       ("sources", ls)]),
        "register_observations": pa.schema([("person_id", s), ("article_id", s), ("name", s), ("date", s),
                                            ("paper", s), ("paper_place", s), ("posts", ls), ("offices", ls),
                                            ("places", ls), ("confidence", f), ("how", s)]),
        "register_transitions": pa.schema([("person_id", s), ("from_place", s), ("from_office", s), ("to_place", s),
                                           ("to_office", s), ("last_before", s), ("first_after", s)]),
        "register_coappearances": pa.schema([("person_a", s), ("person_b", s), ("articles", i)]),
        "register_bylines": pa.schema([("byline_id", s), ("name", s), ("paper", s), ("place", s), ("role", s),
                                       ("first", s), ("last", s), ("articles", i), ("sources", ls)]),
    }


def write_register_tables(reg: Register, out: str | Path, fmt: str = "parquet") -> dict[str, int]:
    """Write the register's tables into folder ``out`` as ``<table>.parquet`` or
    ``<table>.csv``; returns rows per table."""
    if fmt not in ("parquet", "csv"):
        raise BaoxunError(f"unknown register export format {fmt!r}: use parquet or csv")
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    tables = register_tables(reg)
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq
        schemas = parquet_schemas()
        for name, rows in tables.items():
            pq.write_table(pa.Table.from_pylist(rows, schema=schemas[name]), folder / f"{name}.parquet")
    else:
        for name, rows in tables.items():
            cols = list(parquet_schemas_columns()[name])
            with open(folder / f"{name}.csv", "w", encoding="utf-8", newline="") as fh:
                w = csv.writer(fh)
                w.writerow(cols)
                for r in rows:
                    w.writerow([json.dumps(r[c], ensure_ascii=False) if isinstance(r[c], list) else
                                ("" if r[c] is None else r[c]) for c in cols])
    return {k: len(v) for k, v in tables.items()}


def parquet_schemas_columns() -> dict[str, tuple[str, ...]]:
    """Column names of each table, without importing pyarrow."""
    return {
        "register_people": ("id", "name", "status", "jurisdiction", "first_seen", "last_seen", "articles",
                            "confidence", "candidates"),
        "register_tenures": ("person_id", "seq", "place", "office", "level", "body", "rank", "branch", "singular",
                             "former_only", "printed", "first_seen", "last_seen", "articles", "sources"),
        "register_observations": ("person_id", "article_id", "name", "date", "paper", "paper_place", "posts",
                                  "offices", "places", "confidence", "how"),
        "register_transitions": ("person_id", "from_place", "from_office", "to_place", "to_office", "last_before",
                                 "first_after"),
        "register_coappearances": ("person_a", "person_b", "articles"),
        "register_bylines": ("byline_id", "name", "paper", "place", "role", "first", "last", "articles", "sources"),
    }
