"""The OpenSearch bulk export (archive/bulk.py): action/document line pairs, every
article once, documents that fit the strict mapping, files split by size, years split."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from baoxun.archive import Archive, ingest
from baoxun.archive.bulk import mapping, write_bulk
from conftest import EXAMPLES


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bulk") / "a.db"
    with Archive(path) as archive:
        ingest(archive, [str(EXAMPLES / "pages")])
    return path


def _lines(out: Path, files: list[str]) -> list[dict]:
    lines = []
    for f in files:
        raw = (out / f).read_bytes()
        assert raw.endswith(b"\n")                  # _bulk needs the final newline
        lines += [json.loads(line) for line in raw.decode("utf-8").splitlines()]
    return lines


def test_bulk_format(db, tmp_path):
    with Archive(db, readonly=True) as archive:
        report = write_bulk(archive, tmp_path, index="bx")
        stored = {r[0]: r for r in archive.conn.execute("SELECT id, title, body_tokens, place FROM articles")}
    lines = _lines(tmp_path, report["files"])
    assert len(lines) == 2 * len(stored) == 2 * report["articles"]
    props = mapping()["mappings"]["properties"]
    ids = []
    for action, doc in zip(lines[::2], lines[1::2]):
        assert list(action) == ["index"] and action["index"]["_index"] == "bx"
        assert action["index"]["_id"] == doc["id"]
        assert set(doc) <= set(props)                # "dynamic": "strict" would refuse others
        assert doc["body_tokens"] == stored[doc["id"]][2] and doc["title"] == stored[doc["id"]][1]
        assert isinstance(doc["place"], list) and isinstance(doc["person"], list)
        if stored[doc["id"]][3]:
            assert stored[doc["id"]][3] in doc["place"]
        assert doc["date"] is None or len(doc["date"]) in (4, 7, 10)
        ids.append(doc["id"])
    assert sorted(ids) == sorted(stored)
    m = json.loads((tmp_path / "mapping.json").read_text(encoding="utf-8"))
    assert m["settings"]["analysis"]["analyzer"]["bx_tokens"]["tokenizer"] == "whitespace"
    assert m["mappings"]["properties"]["body_tokens"]["analyzer"] == "bx_tokens"


def test_bulk_split_by_size_and_year(db, tmp_path):
    with Archive(db, readonly=True) as archive:
        report = write_bulk(archive, tmp_path, index="bx", split="year", max_bytes=20_000)
    assert len(report["files"]) > 1
    for f in report["files"]:
        assert (tmp_path / f).stat().st_size <= 20_000 or len((tmp_path / f).read_bytes().splitlines()) == 2
    lines = _lines(tmp_path, report["files"])
    for action, doc in zip(lines[::2], lines[1::2]):
        want = f"bx-{doc['date'][:4]}" if doc["date"] else "bx-undated"
        assert action["index"]["_index"] == want
    assert sum(report["indexes"].values()) == report["articles"] and len(report["indexes"]) > 1
