"""`baoxun batch` writes the officials register beside its dataset (DATASET/register/).

Runs in this process (--workers 0, no Dask) over a few example pages cut into several
chunks; the cluster path writes the same files (test_scale compares every *.parquet of
an in-process and a 2-worker run byte for byte, the register's included).
"""
from __future__ import annotations

import inspect
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from typer.testing import CliRunner

from baoxun.cli import app
from baoxun.register.export import parquet_schemas, register_tables
from baoxun.register.store import load_register
from baoxun.scale import dataset_records, ingest_from_dataset, run_batch

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "examples" / "pages"
# pages that print a post chain before a name: 市委副书记、市长林广新 (寿光), 市委书记何建国 (江油)
SHOUGUANG, JIANGYOU = "ex03_shouguang.txt", "ex04_jiangyou.txt"
FEW = [SHOUGUANG, "ex01_keqiao.txt", "ex02_yudu.txt", "ex07_liuzhou.txt", "ex09_linquan.txt"]
CHUNK = 2  # several chunks: the register must be that of all of them


def _runner() -> CliRunner:
    if "mix_stderr" in inspect.signature(CliRunner.__init__).parameters:
        return CliRunner(mix_stderr=False)
    return CliRunner()


def _batch(*args: str):
    return _runner().invoke(app, ["batch", *args, "--workers", "0", "--chunk-pages", str(CHUNK)])


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    for name in FEW:
        shutil.copy(PAGES / name, folder / name)
    return folder


def _table(ds: Path, name: str) -> list[dict]:
    return pq.ParquetFile(ds / "register" / f"register_{name}.parquet").read().to_pylist()


def _posts(ds: Path) -> set[tuple[str, str | None, str]]:
    """(name, place, office) of every tenure in the dataset's register."""
    names = {p["id"]: p["name"] for p in _table(ds, "people")}
    return {(names[t["person_id"]], t["place"], t["office"]) for t in _table(ds, "tenures")}


def test_batch_writes_the_register_tables_export_writes(pages: Path, tmp_path: Path) -> None:
    ds = tmp_path / "ds"
    result = _batch(str(pages), "--out", str(ds))
    assert result.exit_code == 0, result.stderr
    schemas = parquet_schemas()
    written = sorted(p.name for p in (ds / "register").glob("*.parquet"))
    assert written == sorted(f"{t}.parquet" for t in schemas)
    for table, schema in schemas.items():
        assert pq.read_schema(ds / "register" / f"{table}.parquet").equals(schema, check_metadata=False)
    # the people whose posts the pages print, with that post and its place
    posts = _posts(ds)
    assert ("林广新", "寿光市", "市长") in posts and ("林广新", "寿光市", "市委副书记") in posts
    assert not any(name == "何建国" for name, _, _ in posts)   # not among these pages
    stamp = json.loads((ds / "register" / "register.json").read_text(encoding="utf-8"))
    officials, bylines = stamp["counts"]["officials"], stamp["counts"]["bylines"]
    assert officials >= 5 and bylines >= 5
    assert stamp["counts"]["rows"]["register_people"] == len(_table(ds, "people"))
    # the summary line says it, as ingest's does
    assert f"register {officials} officials, {bylines} bylines in " in result.stderr
    assert not list(ds.glob(".register*"))


def test_batch_no_register_writes_none(pages: Path, tmp_path: Path) -> None:
    ds = tmp_path / "ds"
    result = _batch(str(pages), "--out", str(ds), "--no-register")
    assert result.exit_code == 0, result.stderr
    assert (ds / "articles").is_dir() and (ds / "people").is_dir()
    assert not (ds / "register").exists() and not list(ds.rglob("register_*"))
    assert "officials" not in result.stderr and "; register" not in result.stderr


def test_batch_register_is_the_archives_register(pages: Path, tmp_path: Path) -> None:
    """The dataset's register holds the rows `baoxun export` writes for the archive that
    `ingest --from-dataset` makes of the same dataset (people, posts, observations,
    co-appearances; rows compared as sets: the order of reading differs)."""
    ds = tmp_path / "ds"
    run_batch([str(pages)], ds, workers=0, chunk_pages=CHUNK)
    ingest_from_dataset(ds, tmp_path / "a.db")
    conn = sqlite3.connect(tmp_path / "a.db")
    try:
        archive = register_tables(load_register(conn))
    finally:
        conn.close()

    def rows(items: list[dict]) -> list[str]:
        return sorted(json.dumps(r, ensure_ascii=False, sort_keys=True, default=str) for r in items)

    for table in ("people", "tenures", "observations", "transitions", "coappearances"):
        assert rows(_table(ds, table)) == rows(archive[f"register_{table}"]), table
    assert {(b["byline_id"], b["role"], b["articles"]) for b in _table(ds, "bylines")} == \
        {(b["byline_id"], b["role"], b["articles"]) for b in archive["register_bylines"]}


def test_batch_register_follows_the_dataset(pages: Path, tmp_path: Path) -> None:
    ds = tmp_path / "ds"
    run_batch([str(pages)], ds, workers=0, chunk_pages=CHUNK)
    files = sorted((ds / "register").iterdir())
    before = {p: p.stat().st_mtime_ns for p in files}
    again = run_batch([str(pages)], ds, workers=0, chunk_pages=CHUNK)      # nothing changed: kept
    assert again.chunks == 0 and again.register["current"] is True
    assert {p: p.stat().st_mtime_ns for p in files} == before
    shutil.copy(PAGES / JIANGYOU, pages / JIANGYOU)                          # a new page: rebuilt
    grown = run_batch([str(pages)], ds, workers=0, chunk_pages=CHUNK)
    assert grown.chunks >= 1 and grown.register["current"] is False
    posts = _posts(ds)
    assert ("何建国", "江油市", "市委书记") in posts and ("林广新", "寿光市", "市长") in posts
    # --no-register after the dataset changed: the old register stays, with a warning
    (pages / JIANGYOU).write_text((PAGES / JIANGYOU).read_text(encoding="utf-8") + "\n（完）\n", encoding="utf-8")
    skipped = run_batch([str(pages)], ds, workers=0, chunk_pages=CHUNK, register=False)
    assert skipped.register is None and any("earlier run" in w for w in skipped.warnings)


def test_batch_register_failure_is_a_warning(pages: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from baoxun.register import build, export

    ds = tmp_path / "ds"
    run_batch([str(pages)], ds, workers=0, chunk_pages=CHUNK)
    old = {p.name: p.read_bytes() for p in (ds / "register").iterdir()}
    shutil.copy(PAGES / JIANGYOU, pages / JIANGYOU)

    def half_written(reg, out, fmt="parquet"):
        Path(out).mkdir(parents=True, exist_ok=True)
        (Path(out) / "register_people.parquet").write_bytes(b"half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "write_register_tables", half_written)
    result = _batch(str(pages), "--out", str(ds))
    assert result.exit_code == 0                                    # the pages are written: not a failed run
    warnings = [ln for ln in result.stderr.splitlines() if "officials register not written" in ln]
    assert len(warnings) == 1 and "No space left on device" in warnings[0]
    assert {p.name: p.read_bytes() for p in (ds / "register").iterdir()} == old   # the earlier one, whole
    assert not list(ds.glob(".register*"))
    keys = {r["key"] for p in (ds / "pages").rglob("*.parquet") for r in pq.ParquetFile(p).read().to_pylist()}
    assert JIANGYOU in keys                                          # the new page is in the dataset

    def broken(records):
        raise RuntimeError("a register bug")

    monkeypatch.undo()
    monkeypatch.setattr(build, "register_from_records", broken)
    report = run_batch([str(pages)], tmp_path / "fresh", workers=0, chunk_pages=CHUNK)
    assert report.failed == 0 and report.register is None
    assert report.warnings == [w for w in report.warnings if "RuntimeError: a register bug" in w] != []
    assert not (tmp_path / "fresh" / "register").exists()


def test_batch_register_reads_text_only_where_a_post_is_printed(pages: Path, tmp_path: Path) -> None:
    ds = tmp_path / "ds"
    run_batch([str(pages)], ds, workers=0, chunk_pages=CHUNK, register=False)
    records = list(dataset_records(ds))
    assert len(records) == len({r["id"] for r in records}) == sum(
        pq.ParquetFile(p).metadata.num_rows for p in (ds / "articles").rglob("*.parquet"))
    with_text = [r for r in records if "paragraphs" in r]
    assert with_text and len(with_text) < len(records)
    assert all(any(p["posts"] and p["spans"] for p in r["mentions"]["people"]) == ("paragraphs" in r)
               for r in records)
    lin = [r for r in with_text if any(p["name"] == "林广新" for p in r["mentions"]["people"])]
    assert lin and lin[0]["place"] == "寿光市" and "林广新" in "".join(lin[0]["paragraphs"])
