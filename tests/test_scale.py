"""Corpus runs (baoxun.scale): keys, chunks, the dataset, resuming, a 2-worker LocalCluster.

The cluster tests share one LocalCluster of 2 worker processes (1 thread each) for the
module; the whole file runs in well under a minute on 2 shared cores.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pq = pytest.importorskip("pyarrow.parquet")

from baoxun.archive import Archive, ingest
from baoxun.archive.ingest import keyed_inputs
from baoxun.errors import BaoxunError
from baoxun.model import Issue, Page, Paper
from baoxun.scale import (
    batch_command,
    chunk_sources,
    ingest_from_dataset,
    iter_sources,
    run_batch,
)
from baoxun.scale.dataset import TABLES, partition
from baoxun.scale.inputs import Source

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "examples" / "pages"
CHUNK = 4  # small chunks: several per run, so order, resuming and killing are exercised
VARIANTS = 6  # the first pages again, with a closing line: changed texts under new paths
PAGES_OK = len(list(PAGES.glob("*.txt"))) + VARIANTS


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Inputs in nested folders: the example pages, 6 variants, 2 broken files."""
    root = tmp_path_factory.mktemp("corpus")
    for i, page in enumerate(sorted(PAGES.glob("*.txt"))):
        text = page.read_text(encoding="utf-8")
        (root / "2024" / f"{i % 3:02d}").mkdir(parents=True, exist_ok=True)
        (root / "2024" / f"{i % 3:02d}" / page.name).write_text(text, encoding="utf-8")
        if i < VARIANTS:
            (root / "2025").mkdir(exist_ok=True)
            (root / "2025" / page.name).write_text(text + "\n（完）\n", encoding="utf-8")
    (root / "bad").mkdir()
    (root / "bad" / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (root / "bad" / "empty.txt").write_bytes(b"")
    return root


@pytest.fixture(scope="module")
def client():
    """One LocalCluster of 2 processes, 1 thread each, for every cluster test here."""
    import logging

    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                           silence_logs=logging.ERROR)
    c = Client(cluster)
    yield c
    c.close()
    cluster.close()


@pytest.fixture(scope="module")
def clean(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The reference dataset: the corpus run in-process, uninterrupted."""
    out = tmp_path_factory.mktemp("clean") / "ds"
    run_batch([str(corpus)], out, workers=0, chunk_pages=CHUNK)
    return out


def rows(dataset: Path) -> dict[str, list[str]]:
    """Every row of every table, with its partition, as sorted JSON: what a reader sees."""
    out: dict[str, list[str]] = {}
    for table in TABLES:
        found = []
        for path in sorted((dataset / table).rglob("[!.]*.parquet")):
            part = path.parent.relative_to(dataset / table).as_posix()
            found += [json.dumps([part, r], ensure_ascii=False, sort_keys=True)
                      for r in pq.ParquetFile(path).read().to_pylist()]
        out[table] = sorted(found)
    return out


def files(dataset: Path) -> dict[str, bytes]:
    return {p.relative_to(dataset).as_posix(): p.read_bytes()
            for p in sorted(dataset.rglob("*.parquet")) if not p.name.startswith(".")}


# -- inputs -------------------------------------------------------------------------------

def test_scale_sources_keyed_as_ingest_keys_them(corpus: Path) -> None:
    args = [str(corpus), str(PAGES / "ex01_keqiao.txt"), str(PAGES / "ex0[23]*.txt")]
    assert [s.key for s in iter_sources(args)] == [k.key for k in keyed_inputs(args)]
    assert all(s.path and os.path.isabs(s.path) for s in iter_sources(args))


@pytest.mark.parametrize("arg, reason", [("no/such.txt", "no such file or directory"),
                                         ("no/*.txt", "no file matches this pattern"),
                                         ("-", "batch reads files only")])
def test_scale_sources_report_bad_arguments(arg: str, reason: str) -> None:
    (src,) = iter_sources([arg])
    assert src.path is None and reason in (src.error or "")


def test_scale_chunks_are_bounded_and_cut_by_keys() -> None:
    keys = [f"2024/{d:03d}/{p}.txt" for d in range(60) for p in range(8)]
    chunks = list(chunk_sources((Source(k, k) for k in keys), 20))
    assert [s.key for c in chunks for s in c.sources] == keys
    assert all(len(c.sources) <= 20 for c in chunks) and len(chunks) > len(keys) / 20
    # one file added in the middle changes the chunk that holds it, not every later one
    grown = keys[:200] + ["2024/025/new.txt"] + keys[200:]
    before = {c.slot for c in chunks}
    after = {c.slot for c in chunk_sources((Source(k, k) for k in grown), 20)}
    assert len(after - before) <= 2


@pytest.mark.parametrize("place, date, year, expected", [
    ("长治市", "2024-03-05", 2024, "place=长治市/year=2024/month=03"),
    (None, None, None, "place=__unknown__/year=__unknown__/month=__unknown__"),
    ("a/b=c", None, 2023, "place=a%2Fb%3Dc/year=2023/month=__unknown__"),
])
def test_scale_partition_of_a_page(place, date, year, expected) -> None:
    assert partition(Page(paper=Paper("报", place), issue=Issue(date, year))) == expected


# -- the dataset ----------------------------------------------------------------------------

def test_scale_dataset_layout_and_errors(clean: Path) -> None:
    meta = json.loads((clean / "dataset.json").read_text(encoding="utf-8"))
    assert meta["chunk_pages"] == CHUNK and meta["mentions"] is True
    errors = [json.loads(line) for line in (clean / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(e["input"] for e in errors) == ["bad/binary.txt", "bad/empty.txt"]
    assert all(e["error"] for e in errors)
    got = rows(clean)
    assert len(got["pages"]) == PAGES_OK
    ids = [json.loads(r)[1]["id"] for r in got["articles"]]
    assert len(ids) == len(set(ids)) > 100
    assert got["people"] and got["places"] and got["dates"] and got["amounts"]
    assert not list(clean.rglob(".*.tmp"))


def test_scale_dataset_reads_with_pandas(clean: Path) -> None:
    pd = pytest.importorskip("pandas")
    articles = pd.read_parquet(clean / "articles")
    assert {"place", "year", "month", "id", "title"} <= set(articles.columns)
    assert len(articles) == len(rows(clean)["articles"])


def test_scale_same_records_in_process_and_on_two_workers(corpus: Path, clean: Path, client, tmp_path: Path) -> None:
    report = run_batch([str(corpus)], tmp_path / "ds", client=client, chunk_pages=CHUNK)
    assert report.pages == PAGES_OK and report.failed == 2
    assert rows(tmp_path / "ds") == rows(clean)
    # and byte for byte: files are named after their chunk and hold no timestamps
    assert files(tmp_path / "ds") == files(clean)


def test_scale_rerun_skips_finished_chunks(corpus: Path, clean: Path, client, tmp_path: Path) -> None:
    out = tmp_path / "ds"
    shutil.copytree(clean, out)
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*.parquet")}
    report = run_batch([str(corpus)], out, client=client, chunk_pages=CHUNK)
    assert (report.pages, report.resumed, report.failed, report.chunks) == (0, PAGES_OK, 2, 0)
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.parquet")} == before
    assert len((out / "errors.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_scale_changed_page_rewrites_its_chunk_only(corpus: Path, tmp_path: Path) -> None:
    src = tmp_path / "corpus"
    shutil.copytree(corpus / "2024" / "00", src)
    out = tmp_path / "ds"
    run_batch([str(src)], out, workers=0, chunk_pages=CHUNK)
    page = sorted(src.rglob("*.txt"))[5]
    page.write_text(page.read_text(encoding="utf-8").replace("本报讯", "本报消息"), encoding="utf-8")
    report = run_batch([str(src)], out, workers=0, chunk_pages=CHUNK)
    assert report.chunks == 1 and report.pages <= CHUNK
    fresh = tmp_path / "fresh"
    run_batch([str(src)], fresh, workers=0, chunk_pages=CHUNK)
    assert rows(out) == rows(fresh)  # the old version of the page is gone, nothing doubled


def test_scale_page_that_fails_to_parse_is_reported_and_resumed(corpus: Path, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from baoxun.scale import batch

    real = batch.parse_page

    def flaky(text: str, *, source: str | None = None, **kw):
        if source == "ex03_shouguang.txt":
            raise ZeroDivisionError("a parser bug")
        return real(text, source=source, **kw)

    monkeypatch.setattr(batch, "parse_page", flaky)
    src = corpus / "2024" / "00"  # ex01, ex04, ex07 … and, in 2024/02, ex03
    args = [str(src), str(corpus / "2024" / "02")]
    first = run_batch(args, tmp_path / "ds", workers=0, chunk_pages=CHUNK)
    again = run_batch(args, tmp_path / "ds", workers=0, chunk_pages=CHUNK)
    lines = (tmp_path / "ds" / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    assert first.failed == again.failed == 1 and again.chunks == 0  # the failure does not undo the resume
    assert "internal error: ZeroDivisionError" in json.loads(lines[0])["error"]


def test_scale_refuses_other_settings_on_resume(clean: Path, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "ds"
    shutil.copytree(clean, out)
    with pytest.raises(BaoxunError, match="chunk_pages"):
        run_batch([str(corpus)], out, workers=0, chunk_pages=CHUNK + 1)
    with pytest.raises(BaoxunError, match="mentions"):
        run_batch([str(corpus)], out, workers=0, chunk_pages=CHUNK, mentions=False)


_RUN = """
import sys
from baoxun.scale import run_batch
where = sys.argv[3]
run_batch([sys.argv[1]], sys.argv[2], chunk_pages={chunk},
          **({{"workers": 0}} if where == "-" else {{"scheduler": where}}))
"""


def _killed_run(corpus: Path, out: Path, where: str, after_chunks: int) -> int:
    """Start a run in its own process group and SIGKILL the group once *after_chunks*
    chunks are finished; return how many were finished at the kill."""
    proc = subprocess.Popen([sys.executable, "-c", _RUN.format(chunk=CHUNK), str(corpus), str(out), where],
                            start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    done = 0
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            manifests = list((out / "manifest").rglob("*.json")) if (out / "manifest").is_dir() else []
            done = sum('"done"' in p.read_text(encoding="utf-8") for p in manifests)
            if done >= after_chunks:
                break
            time.sleep(0.02)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    return done


@pytest.mark.parametrize("where", ["in-process", "cluster"])
def test_scale_killed_run_resumes_without_loss_or_duplicates(corpus: Path, clean: Path, client, tmp_path: Path,
                                                             where: str) -> None:
    """in-process: the process writing the files dies mid-chunk. cluster: the driver
    dies while the 2 workers go on with the chunks they hold — orphans that finish
    while the rerun is already writing the same chunks."""
    out = tmp_path / "ds"
    done = _killed_run(corpus, out, "-" if where == "in-process" else client.scheduler.address, after_chunks=3)
    assert 0 < done < 6, "the run was not killed in its middle"
    report = run_batch([str(corpus)], out, workers=0, chunk_pages=CHUNK)
    assert report.resumed >= done and report.pages + report.resumed == PAGES_OK
    deadline = time.monotonic() + 30
    while client.run_on_scheduler(lambda dask_scheduler: len(dask_scheduler.tasks)) and time.monotonic() < deadline:
        time.sleep(0.1)  # let orphaned tasks finish before looking
    assert rows(out) == rows(clean)
    assert not list(out.rglob(".*.tmp"))


@pytest.mark.parametrize("where", ["in-process", "cluster"])
def test_scale_unwritable_dataset_stops_with_one_error(corpus: Path, client, tmp_path: Path, where: str) -> None:
    out = tmp_path / "ds"
    out.mkdir()
    (out / "articles").write_text("a file where a folder must go", encoding="utf-8")
    kw = {"workers": 0} if where == "in-process" else {"client": client}
    with pytest.raises(BaoxunError, match="could not be written"):
        run_batch([str(corpus / "2025")], out, chunk_pages=CHUNK, **kw)


# -- back into the archive ------------------------------------------------------------------

def _tables(db: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    cols = {"articles": "id, page_id, seq, kind, title, headlines, paragraphs, body, place, issue_date, date, "
                        "title_tokens, body_tokens", "pages": "*", "captions": "*", "people": "*", "places": "*",
            "organizations": "*", "dates": "*", "amounts": "*"}
    out = {t: sorted(conn.execute(f"SELECT {c} FROM {t}").fetchall(), key=repr) for t, c in cols.items()}
    conn.close()
    return out


def test_scale_ingest_from_dataset_equals_ingest(corpus: Path, clean: Path, tmp_path: Path) -> None:
    with Archive(tmp_path / "direct.db") as archive:
        ingest(archive, [str(corpus)])
    first = ingest_from_dataset(clean, tmp_path / "loaded.db")
    assert (first.added, first.articles) == (PAGES_OK, len(rows(clean)["articles"]))
    assert _tables(tmp_path / "loaded.db") == _tables(tmp_path / "direct.db")
    again = ingest_from_dataset(clean, tmp_path / "loaded.db")  # idempotent
    assert (again.added, again.unchanged, again.articles) == (0, PAGES_OK, 0)


def test_scale_no_mentions_dataset(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "ds"
    report = run_batch([str(corpus / "2025")], out, workers=0, chunk_pages=CHUNK, mentions=False)
    assert report.pages == 6 and not (out / "people").exists()
    loaded = ingest_from_dataset(out, tmp_path / "a.db")
    assert loaded.added == 6


# -- the command ------------------------------------------------------------------------------

def test_scale_ingest_dataset_command(clean: Path, tmp_path: Path, capsys) -> None:
    from baoxun.scale import ingest_dataset_command

    assert ingest_dataset_command(clean, tmp_path / "a.db") == 0
    assert f"{PAGES_OK} pages" in capsys.readouterr().err
    assert ingest_dataset_command(tmp_path, tmp_path / "b.db") == 2  # not a dataset
    assert "not a baoxun dataset" in capsys.readouterr().err


def test_scale_batch_command_exit_codes(corpus: Path, tmp_path: Path, capsys) -> None:
    assert batch_command([str(corpus)], tmp_path / "x", workers=2, scheduler="tcp://h:8786") == 2
    assert batch_command([str(corpus)], tmp_path / "x", workers=-1) == 2
    assert batch_command([str(corpus / "2025")], tmp_path / "ok", workers=0, quiet=True) == 0
    assert batch_command([str(corpus / "bad")], tmp_path / "bad", workers=0, quiet=True) == 1
    assert batch_command([str(tmp_path / "missing")], tmp_path / "none", workers=0) == 1
    assert "no such file" in capsys.readouterr().err  # errors and the summary go to stderr
