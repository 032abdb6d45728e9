"""The dataset a corpus run writes: Hive-partitioned Parquet, a manifest, an error list.

Layout of DATASET::

    dataset.json                          what made it (format, baoxun version, settings)
    pages/place=长治市/year=2024/month=03/part-<slot>.parquet
    articles/…  people/…  places/…  organizations/…  dates/…  amounts/…   (same partitions)
    facts/…                               one row per figure an article reports (SCHEMA.md "Facts")
    manifest/<slot[:2]>/<slot>.json       one per chunk: its inputs' keys and text hashes (or
                                          why they could not be read), the pages that failed
                                          to parse, the files it wrote, its state (writing → done)
    errors.jsonl                          one line per input that failed, with the reason
    register/register_*.parquet           the officials register of the finished chunks, the tables
                                          ``baoxun export`` writes, and register.json (register.py)

Partition values come from the page: its paper's place and its issue date's year and
month; a missing value is ``__unknown__``. (Hive's own null marker,
``__HIVE_DEFAULT_PARTITION__``, reads back as null in pyarrow, but pandas 3 / pyarrow 26
then refuse the dataset: "Cannot yet unify dictionaries with nulls".) The partition
columns are *not* stored inside the files — a column that is both in the path and in the
file makes ``pyarrow.parquet.read_table(DATASET/articles)`` fail ("incompatible types:
string vs dictionary") — so read a table with ``pd.read_parquet("DATASET/articles")`` or
``pyarrow.dataset.dataset(..., partitioning="hive")`` to get ``place``, ``year``, ``month``.
Ids are those of the archive (``store.page_id``/``store.article_id``): the same page
has the same ids in a dataset and in ``archive.db``.

A chunk's files are named after the chunk (``part-<slot>``) and written to a temporary
name, flushed and renamed, so a reader never sees half a file and a chunk written again
replaces its own files instead of adding new ones. The manifest is what says a chunk is
finished: readers that must be exact (:func:`iter_done`, ``ingest_from_dataset``) follow
it rather than listing files.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .. import __version__
from ..archive.export import (
    ARTICLE_COLUMNS,
    MENTION_COLUMNS,
    _parquet_schemas,
    fact_rows,
    mention_rows,
)
from ..archive.ingest import IngestReport, keep_derived_in_step
from ..archive.store import BATCH_PAGES, Archive, article_id, fact_record, page_id
from ..errors import BaoxunError
from ..model import Article, Caption, Issue, Page, Paper

__all__ = ["FORMAT", "MENTION_KINDS", "TABLES", "UNKNOWN", "DatasetIngestReport", "ingest_from_dataset",
           "iter_done", "open_dataset", "page_rows", "partition", "read_manifest", "write_chunk_files",
           "write_manifest"]

#: Bumped when the layout or a column changes; a dataset of another format is refused.
FORMAT = 1
UNKNOWN = "__unknown__"
MENTION_KINDS = tuple(MENTION_COLUMNS)
#: Every table of a dataset, in the order a chunk writes them. (``facts`` came later: a
#: dataset written before has no facts files, and reads back without facts.)
TABLES = ("pages", "articles", *MENTION_KINDS, "facts")
# zstd: files ~20 % smaller than snappy's on the benchmark corpus, for ~1 ms more per file.
COMPRESSION = "zstd"
# Characters that cannot stand in a path segment, escaped as pyarrow's "uri" decoding expects.
_UNSAFE = re.compile(r"[/\\%=\x00-\x1f\x7f]")
_PARTITION_KEYS = ("place", "year", "month")


def schemas() -> dict[str, Any]:
    """The pyarrow schema of each table: the export's (``archive.export``) minus the
    partition columns, plus ``pages`` (what ``Archive.write_pages`` needs to rebuild a page)."""
    import pyarrow as pa

    base = _parquet_schemas()
    s, i = pa.string(), pa.int32()
    out = {"pages": pa.schema([("id", s), ("key", s), ("source", s), ("text_hash", s), ("paper", s),
                               ("issue_date", s), ("issue_year", i), ("date_source", s), ("evidence", s),
                               ("articles", i)])}
    art = base["articles"]
    out["articles"] = art.remove(art.get_field_index("place"))
    out.update({k: base[k] for k in MENTION_KINDS})
    out["facts"] = base["facts"]
    return out


def _segment(value: str | None) -> str:
    if value is None or value == "":
        return UNKNOWN
    return _UNSAFE.sub(lambda m: f"%{ord(m.group()):02X}", value)


def _unsegment(value: str) -> str | None:
    if value == UNKNOWN:
        return None
    return re.sub(r"%([0-9A-F]{2})", lambda m: chr(int(m.group(1), 16)), value)


def partition(page: Page) -> str:
    """``place=…/year=…/month=…`` of a page: its paper's place and its issue's year and
    month (the issue year alone when only the year is known)."""
    date = page.issue.date or ""
    year = date[:4] if len(date) >= 7 else (str(page.issue.year) if page.issue.year else None)
    month = date[5:7] if len(date) >= 7 else None
    return "/".join(f"{k}={_segment(v)}" for k, v in zip(_PARTITION_KEYS, (page.paper.place, year, month)))


def page_rows(key: str, text_hash: str, page: Page) -> dict[str, list[dict[str, Any]]]:
    """The rows of one parsed page, by table (partition columns left out)."""
    pid = page_id(key)
    out: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    out["pages"].append({"id": pid, "key": key, "source": page.source, "text_hash": text_hash,
                         "paper": page.paper.name, "issue_date": page.issue.date, "issue_year": page.issue.year,
                         "date_source": page.issue.date_source,
                         # as Archive stores it (code order, not sorted), so a reload is the same text
                         "evidence": json.dumps(page.evidence, ensure_ascii=False),
                         "articles": len(page.articles)})
    for seq, art in enumerate(page.articles):
        rec = {"id": article_id(key, seq, art.text), "page_id": pid, "seq": seq, "paper": page.paper.name,
               "place": page.paper.place, "issue_date": page.issue.date, **art.to_dict()}
        out["articles"].append({k: rec.get(k) for k in ARTICLE_COLUMNS if k != "place"})
        for kind, rows in mention_rows(rec).items():
            out[kind].extend(rows)
        out["facts"].extend(fact_rows(rec))
    return out


def write_chunk_files(out: Path, slot: str, rows: dict[tuple[str, str], list[dict[str, Any]]]) -> list[str]:
    """Write one Parquet file per (table, partition) with rows; return their paths
    relative to *out*, sorted. Each file appears whole or not at all."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    sch = schemas()
    written = []
    for (table, part), items in sorted(rows.items()):
        if not items:
            continue  # no empty files: most chunks have no rows of some mention kinds
        rel = f"{table}/{part}/part-{slot}.parquet"
        final = out / rel
        final.parent.mkdir(parents=True, exist_ok=True)
        # A unique hidden temporary name: a stray second run of the same chunk (a worker
        # presumed dead) never writes into our file, and readers skip dot-files.
        tmp = final.parent / f".part-{slot}.{secrets.token_hex(4)}.tmp"
        try:
            pq.write_table(pa.Table.from_pylist(items, schema=sch[table]), tmp, compression=COMPRESSION)
            _fsync(tmp)
            os.replace(tmp, final)
        finally:
            tmp.unlink(missing_ok=True)
        written.append(rel)
    return written


def _fsync(path: Path) -> None:
    # Flushed before the rename, so after a power cut a renamed file is a whole file.
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def manifest_path(out: Path, slot: str) -> Path:
    # Two-character fan-out: 2×10^7 pages make ~3×10^5 manifests, too many for one folder.
    return out / "manifest" / slot[:2] / f"{slot}.json"


def read_manifest(out: Path, slot: str) -> dict[str, Any] | None:
    """A chunk's manifest, or ``None`` when the chunk was never started."""
    try:
        return json.loads(manifest_path(out, slot).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return None  # unreadable: the chunk is simply done again


def write_manifest(out: Path, slot: str, manifest: dict[str, Any]) -> None:
    """Write a manifest atomically (temporary name, fsync, rename)."""
    path = manifest_path(out, slot)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.parent / f".{slot}.{secrets.token_hex(4)}.tmp"
    try:
        tmp.write_text(json.dumps(manifest, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        _fsync(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


@lru_cache(maxsize=1)
def build_id() -> str:
    """A hash of the installed parser: every module and data file of the package.
    The version number alone does not change when the code or a lexicon does, and a
    dataset (or a cluster) mixing two parsers would hold two kinds of record."""
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file() and (path.suffix == ".py" or path.parent.name == "data") and "__pycache__" not in path.parts:
            h.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def open_dataset(out: Path, settings: dict[str, Any]) -> list[str]:
    """Create DATASET/dataset.json, or check that an existing dataset was made with the
    same settings: a resumed run with another chunk size would cut other chunks (and
    duplicate every page), and one with another parser version would mix two kinds of
    record in one dataset. Returns warnings: another *build* of the same version (code
    or data files edited since) is allowed — in a working tree they change by the
    minute — but said, since earlier chunks may hold slightly different records."""
    meta = {"format": FORMAT, "baoxun": __version__, **settings}
    path = out / "dataset.json"
    if path.exists():
        try:
            old = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise BaoxunError(f"{path}: unreadable ({exc})") from None
        for k, v in meta.items():
            if old.get(k) != v:
                raise BaoxunError(f"{out} was written with {k}={old.get(k)!r}, this run has {k}={v!r}: "
                                  "rerun with the same settings or choose another --out")
        if old.get("build") != build_id():
            return [(f"{out} was started by build {old.get('build')} of baoxun {__version__}, this is build "
                     f"{build_id()}: chunks finished before keep their records")]
        return []
    out.mkdir(parents=True, exist_ok=True)
    tmp = out / ".dataset.json.tmp"
    meta["build"] = build_id()
    tmp.write_text(json.dumps(meta, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return []


def iter_done(out: Path) -> Iterator[dict[str, Any]]:
    """The manifests of finished chunks, in slot order (a deterministic order)."""
    root = out / "manifest"
    if not root.is_dir():
        return
    for fan in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")):
        for path in sorted(fan.glob("[!.]*.json")):
            try:
                m = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if m.get("state") == "done":
                yield m


# -- back into the archive --------------------------------------------------------------

@dataclass
class DatasetIngestReport(IngestReport):
    """What ``ingest_from_dataset`` did: pages added/replaced/unchanged, articles written,
    how many finished chunks were read, and (as ``ingest``'s report) what the index sync
    and the register build did, with ``warnings`` for either that failed."""

    chunks: int = 0


def _read(path: Path) -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    # ParquetFile, not read_table: one file, no partition discovery from its folder names.
    return pq.ParquetFile(path).read().to_pylist()


def _chunk_pages(out: Path, manifest: dict[str, Any], wanted: set[str],
                 with_mentions: bool) -> Iterator[tuple[str, str, Page]]:
    """Rebuild the (key, text_hash, Page) triples of one chunk's pages whose key is wanted."""
    by_table: dict[str, list[str]] = {}
    for rel in manifest["files"]:
        by_table.setdefault(rel.split("/", 1)[0], []).append(rel)
    arts: dict[str, list[dict[str, Any]]] = {}
    mentions: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for rel in by_table.get("articles", []):
        for row in _read(out / rel):
            arts.setdefault(row["page_id"], []).append(row)
    for kind in MENTION_KINDS:
        for rel in by_table.get(kind, []):
            for row in _read(out / rel):
                mentions.setdefault(row.pop("article_id"), {}).setdefault(kind, []).append(row)
    facts: dict[str, list[dict[str, Any]]] = {}
    for rel in by_table.get("facts", []):
        for row in _read(out / rel):
            facts.setdefault(row["article_id"], []).append(row)
    for rel in by_table.get("pages", []):
        place = _unsegment(rel.split("/")[1].split("=", 1)[1])
        for row in _read(out / rel):
            if row["key"] not in wanted:
                continue
            articles = [_article(a, mentions.get(a["id"]), with_mentions, facts.get(a["id"]))
                        for a in sorted(arts.get(row["id"], []), key=lambda a: a["seq"])]
            page = Page(source=row["source"], paper=Paper(row["paper"], place),
                        issue=Issue(row["issue_date"], row["issue_year"], row["date_source"]),
                        articles=articles, evidence=json.loads(row["evidence"]))
            yield row["key"], row["text_hash"], page


def _article(row: dict[str, Any], found: dict[str, list[dict[str, Any]]] | None, with_mentions: bool,
             facts: list[dict[str, Any]] | None = None) -> Article:
    fields = {k: row[k] for k in ARTICLE_COLUMNS
              if k not in ("id", "page_id", "seq", "paper", "place", "issue_date", "captions")}
    art = Article(**fields, captions=[Caption(c["text"], c["credit"]) for c in row["captions"]])
    if with_mentions:
        found = found or {}
        # back to the record shape Archive._insert_mentions reads (SCHEMA.md "Mentions")
        art.mentions = {
            "people": found.get("people", []),
            "places": found.get("places", []),
            "organizations": found.get("organizations", []),
            "dates": [{"text": d["text"], "value": d["value"], "span": [d["start"], d["end"]]}
                      for d in found.get("dates", [])],
            "amounts": [{"text": a["text"], "value": a["value"], "unit": a["unit"], "approx": a["approx"],
                         "span": [a["start"], a["end"]]} for a in found.get("amounts", [])],
        }
        # back to the record shape Archive._insert_facts reads (SCHEMA.md "Facts")
        art.facts = [fact_record(f) for f in sorted(facts or [], key=lambda f: f["seq"])]
    return art


def ingest_from_dataset(dataset_dir: str | Path, db: str | Path, *, register: bool = True) -> DatasetIngestReport:
    """Load a dataset written by ``baoxun batch`` into the SQLite archive *db*.

    Only finished chunks (manifest state ``done``) are read, one chunk at a time, so
    memory is that of one chunk. Pages are rebuilt and stored through
    ``Archive.write_pages``: ids are the dataset's (both are hashes of the page key,
    the article's position and its text), a page already stored with the same text
    hash is skipped, so loading twice, or after ``baoxun ingest`` of the same pages,
    changes nothing. Then the search index and (with ``register``) the officials
    register are brought in step, as after ``ingest`` (``archive.ingest.keep_derived_in_step``).
    """
    out = Path(dataset_dir)
    if not (out / "dataset.json").is_file():
        raise BaoxunError(f"{out}: not a baoxun dataset (no dataset.json; make one with `baoxun batch`)")
    meta = json.loads((out / "dataset.json").read_text(encoding="utf-8"))
    if meta.get("format") != FORMAT:
        raise BaoxunError(f"{out}: dataset format {meta.get('format')!r}, this baoxun reads format {FORMAT}")
    report = DatasetIngestReport()
    with Archive(db) as archive:
        for manifest in iter_done(out):
            report.chunks += 1
            wanted = set()
            failed = manifest.get("failed", {})
            for key, text_hash, error in manifest["inputs"]:
                if error is not None or key in failed:
                    continue  # unread or unparsed: it has no rows (errors.jsonl names it)
                if archive.stored_hash(key) == text_hash:
                    report.unchanged += 1  # skip reading its rows at all
                else:
                    wanted.add(key)
            if not wanted:
                continue
            batch: list[tuple[str, str, Page]] = []
            for triple in _chunk_pages(out, manifest, wanted, bool(meta.get("mentions", True))):
                batch.append(triple)
                if len(batch) >= BATCH_PAGES:
                    archive.write_pages(batch, report)
                    batch = []
            if batch:
                archive.write_pages(batch, report)
        keep_derived_in_step(archive, report, register=register)
    return report
