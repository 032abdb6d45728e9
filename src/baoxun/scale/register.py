"""The officials register of a dataset: ``DATASET/register/``, written by ``baoxun batch``.

After the chunks are written, the driver builds the register
(:func:`~baoxun.register.build.register_from_records`) from every finished chunk of the
dataset — this run's and earlier runs' — and writes the tables ``baoxun export`` writes
(:func:`~baoxun.register.export.write_register_tables`), with the same names and columns::

    register/register_people.parquet        register_tenures.parquet   register_observations.parquet
    register/register_transitions.parquet   register_coappearances.parquet   register_bylines.parquet
    register/register.json                  what the tables were built from (a fingerprint) and counts

The records are read back from the dataset one chunk at a time (:func:`dataset_records`):
per article only its id, paper, place, date, title, credits, people and places, and its
text only when a person of it is printed with a post (the build looks for 原/前/时任 before
the name). Memory is one chunk's rows plus the register's names, whatever the corpus.

The folder is replaced whole (built in a hidden temporary folder, then renamed), so a
killed run leaves the earlier register or none, never half of one. ``register.json``
holds a fingerprint of the finished chunks and of the parser build: a rerun that changed
nothing keeps the register as it is and costs one read of the manifests.
"""
from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .dataset import _unsegment, build_id, iter_done

__all__ = ["REGISTER_DIR", "STAMP", "dataset_fingerprint", "dataset_records", "register_is_current",
           "write_dataset_register"]

#: The register's folder inside a dataset, and the file that says what it was built from.
REGISTER_DIR = "register"
STAMP = "register.json"
# Article columns the register reads always, and those (the text) only when a person
# of the article is printed with a post.
_LIGHT = ["id", "paper", "issue_date", "dateline_date", "title", "reporters", "correspondents", "authors",
          "photographers"]
_TEXT = ["headlines", "paragraphs", "captions"]
_CREDITS = ("reporters", "correspondents", "authors", "photographers")


def dataset_fingerprint(out: Path) -> str:
    """A hash of what the register is built from: every finished chunk's inputs and
    files, and the parser build (the register's code is part of it)."""
    h = hashlib.sha256(build_id().encode())
    for m in iter_done(out):
        h.update(json.dumps([m.get("slot"), m.get("inputs"), m.get("failed"), m.get("files")],
                            ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\0")
    return h.hexdigest()[:24]


def _read(path: Path, columns: list[str] | None = None):
    import pyarrow.parquet as pq

    # ParquetFile, not read_table: one file, no partition discovery from its folder names.
    return pq.ParquetFile(path).read(columns=columns)


def _chunk_records(out: Path, manifest: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The register's records of one finished chunk (the shape ``iter_archive_records`` yields)."""
    by_table: dict[str, list[str]] = {}
    for rel in manifest.get("files", []):
        by_table.setdefault(rel.split("/", 1)[0], []).append(rel)
    people: dict[str, list[dict[str, Any]]] = {}
    for rel in by_table.get("people", []):
        for row in _read(out / rel, ["article_id", "name", "posts", "spans"]).to_pylist():
            people.setdefault(row["article_id"], []).append(
                {"name": row["name"], "posts": row["posts"] or [], "spans": row["spans"] or []})
    places: dict[str, list[dict[str, Any]]] = {}
    for rel in by_table.get("places", []):
        for row in _read(out / rel, ["article_id", "name", "county", "city"]).to_pylist():
            places.setdefault(row.pop("article_id"), []).append(row)
    for rel in sorted(by_table.get("articles", [])):
        place = _unsegment(rel.split("/")[1].split("=", 1)[1])    # articles/place=…/year=…/month=…/part-….parquet
        table = _read(out / rel, _LIGHT + _TEXT)
        light = table.select(_LIGHT).to_pylist()
        wanted = [i for i, a in enumerate(light)
                  if any(p["posts"] and p["spans"] for p in people.get(a["id"], ()))]
        texts = dict(zip(wanted, table.select(_TEXT).take(wanted).to_pylist())) if wanted else {}
        for i, a in enumerate(light):
            rec = {"id": a["id"], "paper": a["paper"], "place": place,
                   "issue_date": a["issue_date"] or a["dateline_date"], "title": a["title"],
                   **{k: a[k] or [] for k in _CREDITS},
                   "mentions": {"people": people.get(a["id"], []), "places": places.get(a["id"], [])}}
            text = texts.get(i)
            if text is not None:
                rec.update({k: text[k] or [] for k in _TEXT})
            yield rec


def dataset_records(out: str | Path) -> Iterator[dict[str, Any]]:
    """Every article of the dataset's finished chunks as a record the register reads,
    chunk by chunk in slot order (a deterministic order, whoever ran the chunks)."""
    root = Path(out)
    for manifest in iter_done(root):
        yield from _chunk_records(root, manifest)


def register_is_current(out: str | Path, fingerprint: str | None = None) -> dict[str, Any] | None:
    """The stamp of ``DATASET/register`` when it was built from the dataset as it is now, else ``None``."""
    root = Path(out)
    try:
        stamp = json.loads((root / REGISTER_DIR / STAMP).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    fp = fingerprint or dataset_fingerprint(root)
    return stamp if isinstance(stamp, dict) and stamp.get("fingerprint") == fp else None


def write_dataset_register(out: str | Path, *, force: bool = False) -> dict[str, Any]:
    """Build the register of the dataset at ``out`` and write ``out/register/`` (see the
    module); skip it when the register there is current (unless ``force``). Returns
    counts (articles, people, officials, unresolved, bylines, rows per table), the
    seconds taken and ``current`` (true when the existing register was kept)."""
    from ..register.build import register_from_records
    from ..register.export import write_register_tables

    root = Path(out)
    t0 = time.perf_counter()
    fp = dataset_fingerprint(root)
    if not force:
        stamp = register_is_current(root, fp)
        if stamp is not None:
            return {**stamp.get("counts", {}), "current": True, "seconds": round(time.perf_counter() - t0, 3)}
    _sweep_temporary(root)
    reg = register_from_records(dataset_records(root))
    counts = {"articles": reg.articles, "people": len(reg.people),
              "officials": sum(1 for p in reg.people if reg.careers.get(p.id)),
              "unresolved": sum(1 for p in reg.people if p.status == "unresolved"),
              "bylines": len(reg.bylines)}
    tmp = root / f".{REGISTER_DIR}.{secrets.token_hex(4)}.tmp"
    try:
        counts["rows"] = write_register_tables(reg, tmp, "parquet")
        (tmp / STAMP).write_text(json.dumps({"fingerprint": fp, "counts": counts}, ensure_ascii=False,
                                            indent=2, sort_keys=True) + "\n", encoding="utf-8")
        _replace_folder(tmp, root / REGISTER_DIR)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return {**counts, "current": False, "seconds": round(time.perf_counter() - t0, 3)}


def _replace_folder(new: Path, final: Path) -> None:
    """Put folder ``new`` in the place of ``final``: two renames, so ``final`` is at every
    moment the old folder, absent for an instant, or the new one — never a mix."""
    old = None
    if final.exists():
        old = final.parent / f".{final.name}.old.{secrets.token_hex(4)}.tmp"
        os.replace(final, old)
    os.replace(new, final)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _sweep_temporary(root: Path) -> None:
    """Remove the temporary register folders of killed runs (``.register.*.tmp``)."""
    for path in root.glob(f".{REGISTER_DIR}.*.tmp"):
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
