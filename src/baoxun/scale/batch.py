"""Corpus runs: chunks of page paths → workers (parse, enrich, write Parquet) → a dataset.

The driver (:func:`run_batch`) never holds the corpus:
  1. it walks the arguments lazily (``inputs.iter_sources``) and cuts the stream of
     paths into chunks of at most ``chunk_pages`` (``inputs.chunk_sources``);
  2. it keeps at most :data:`WINDOW_PER_THREAD` chunks per worker thread in flight and
     submits the next one as each finishes (``as_completed``), so its memory is that of a
     few hundred paths and results, whatever the corpus size;
  3. a worker (:func:`process_chunk`) reads its chunk's files itself, skips the chunk if
     its manifest says it was finished with these very texts, else parses each page,
     writes one Parquet file per table and partition and then the manifest;
  4. the driver writes ``errors.jsonl`` (one line per failed input, from this run and
     from the finished chunks it skipped) and sweeps temporary files of killed runs;
  5. with ``register``, the driver builds the officials register of the whole dataset
     and writes it beside the tables (``register.py``: ``DATASET/register/``); a failure
     there is a warning, never a failed run.

Memory per worker is one chunk: its texts, its parsed pages and its rows, plus the
parser's tables (measured in docs/capacity.md); ``chunk_pages`` bounds it, and on a
LocalCluster ``memory_limit`` makes Dask restart a worker that grows past it (the
chunk's inputs are then reported as failed and done again by the next run).
"""
from __future__ import annotations

import json
import logging
import os
import secrets
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import __version__
from ..archive.ingest import text_hash
from ..errors import BaoxunError, InputError
from ..pipeline import parse_page
from ..read import read_page
from .dataset import (
    build_id,
    open_dataset,
    page_rows,
    partition,
    read_manifest,
    write_chunk_files,
    write_manifest,
)
from .inputs import Chunk, Source, chunk_sources, iter_sources

__all__ = ["CHUNK_PAGES", "BatchReport", "ChunkResult", "process_chunk", "run_batch"]

#: Pages per chunk, at most (chunks average ~0.65 of it: cuts fall where the keys say).
#: A chunk is what a worker holds at a time — measured (docs/capacity.md): a warm worker
#: 206 MB, at peak 259 MB with chunks of 200, 289 MB with 800 — and what a killed run
#: redoes. At ~40 ms a page with mentions a chunk is a few seconds of work, which makes
#: the 7–23 ms round trip per task through the scheduler negligible. Larger chunks mean
#: fewer, larger Parquet files: use 500–1000 for corpora of 10^6 pages and more.
CHUNK_PAGES = 200
#: Chunks in flight per worker thread: one running, one queued so no worker waits on
#: the driver's round trip; more would only hold paths in memory.
WINDOW_PER_THREAD = 2


@dataclass(frozen=True, slots=True)
class ChunkResult:
    """What a worker reports for a chunk: small, so the driver can hold a window of them."""

    slot: str
    resumed: bool                                    # finished by an earlier run: skipped
    pages: int                                       # pages parsed and written
    articles: int
    errors: tuple[tuple[str, str | None, str], ...]  # (key, path, reason) per failed input
    seconds: dict[str, float]                        # read, parse, write (wall) and cpu


@dataclass
class BatchReport:
    """Counts of a run. ``failed`` counts the lines of errors.jsonl."""

    pages: int = 0           # pages parsed and written by this run
    resumed: int = 0         # pages of chunks an earlier run had finished (skipped)
    failed: int = 0          # inputs that could not be read or parsed
    articles: int = 0        # articles written by this run
    chunks: int = 0          # chunks done by this run
    chunks_resumed: int = 0  # chunks skipped
    seconds: dict[str, float] = field(default_factory=lambda: {"read": 0.0, "parse": 0.0, "write": 0.0, "cpu": 0.0})
    warnings: list[str] = field(default_factory=list)  # said, not fatal (see open_dataset)
    register: dict[str, Any] | None = None  # what the register step did (register.write_dataset_register)

    @property
    def inputs(self) -> int:
        return self.pages + self.resumed + self.failed


# -- the worker's side ------------------------------------------------------------------

def process_chunk(chunk: Chunk, out: str, mentions: bool = True) -> ChunkResult:
    """Read, parse and write one chunk into the dataset at *out*; idempotent.

    1. read every file of the chunk and hash its text (``archive.ingest.text_hash``);
    2. if the chunk's manifest is ``done`` for exactly these keys, hashes and errors,
       return at once: resuming costs one read of the chunk, no parsing;
    3. parse each page (a page that fails is reported, the others go on);
    4. record in the manifest (state ``writing``) every file this chunk has or will
       have, then write one file per table and partition, each atomically;
    5. delete files an earlier version of this chunk wrote that this one did not
       (a page whose place or date changed moves partition), then mark the manifest
       ``done``. A kill anywhere leaves a manifest that is not ``done`` for these texts,
       so the next run does the chunk again, over the same file names.
    """
    dest = Path(out)
    clock = time.perf_counter
    t0, cpu0 = clock(), time.process_time()  # CPU time too: wall time lies on a shared machine
    inputs: list[list[Any]] = []       # [key, text hash, read error]: what "these very texts" means
    texts: list[str | None] = []
    for src in chunk.sources:                                               # 1.
        try:
            text = read_page(src.path or "")
            inputs.append([src.key, text_hash(text), None])
            texts.append(text)
        except InputError as exc:
            inputs.append([src.key, None, exc.reason])
            texts.append(None)
    t1 = clock()
    old = read_manifest(dest, chunk.slot)
    if old is not None and old.get("state") == "done" and old.get("inputs") == inputs:   # 2.
        return ChunkResult(chunk.slot, True, 0, 0, _errors(chunk, inputs, old.get("failed", {})),
                           {"read": t1 - t0})
    rows: dict[tuple[str, str], list[dict[str, Any]]] = {}
    failed: dict[str, str] = {}        # key → why parsing failed (the text was read)
    pages = articles = 0
    for src, entry, text in zip(chunk.sources, inputs, texts):             # 3.
        if text is None:
            continue
        try:
            page = parse_page(text, source=os.path.basename(src.key), mentions=mentions)
        except BaoxunError as exc:
            failed[src.key] = str(exc)
            continue
        except Exception as exc:  # noqa: BLE001 — a parser bug on one page must not stop a corpus
            failed[src.key] = f"internal error: {type(exc).__name__}: {exc}"
            continue
        part = partition(page)
        for table, items in page_rows(src.key, entry[1], page).items():
            rows.setdefault((table, part), []).extend(items)
        pages += 1
        articles += len(page.articles)
    t2 = clock()
    planned = sorted(f"{t}/{p}/part-{chunk.slot}.parquet" for (t, p), items in rows.items() if items)
    stale = sorted(set((old or {}).get("files", [])) - set(planned))
    manifest = {"slot": chunk.slot, "state": "writing", "inputs": inputs, "failed": failed,
                "files": sorted({*planned, *stale})}
    write_manifest(dest, chunk.slot, manifest)                             # 4.
    written = write_chunk_files(dest, chunk.slot, rows)
    for rel in stale:                                                      # 5.
        (dest / rel).unlink(missing_ok=True)
    write_manifest(dest, chunk.slot, {**manifest, "state": "done", "files": written})
    return ChunkResult(chunk.slot, False, pages, articles, _errors(chunk, inputs, failed),
                       {"read": t1 - t0, "parse": t2 - t1, "write": clock() - t2, "cpu": time.process_time() - cpu0})


def _errors(chunk: Chunk, inputs: list[list[Any]],
            failed: dict[str, str]) -> tuple[tuple[str, str | None, str], ...]:
    """(key, path, reason) of each input that could not be read or parsed, in chunk order."""
    return tuple((src.key, src.path, entry[2] or failed[src.key]) for src, entry in zip(chunk.sources, inputs)
                 if entry[2] or src.key in failed)


def _worker_state(out: str) -> dict[str, Any]:
    """What the driver checks on every worker before sending work (see _check_workers)."""
    return {"baoxun": __version__, "build": build_id(), "sees_out": os.path.isdir(out)}


# -- the driver's side ------------------------------------------------------------------

def run_batch(pages: Iterable[str], out: str | Path, *, workers: int | None = None, scheduler: str | None = None,
              client: Any = None, mentions: bool = True, chunk_pages: int = CHUNK_PAGES,
              memory_limit: str | float | None = "auto", register: bool = True,
              on_progress: Callable[[BatchReport, list[tuple[str, str | None, str]]], None] | None = None,
              ) -> BatchReport:
    """Parse every page under *pages* into the dataset *out*; resume what is finished.

    Where the work runs: ``client`` (a ``distributed.Client`` you made), else
    ``scheduler`` (the address of a running Dask scheduler, ``tcp://host:8786``; its
    workers must see the inputs and *out* at the same paths), else a LocalCluster of
    ``workers`` processes (default: one per core) with one thread each and
    ``memory_limit`` each; ``workers=0`` runs in this process, without Dask.
    ``on_progress(report, errors)`` is called after each chunk and each bad argument,
    with the (key, path, reason) of the inputs that just failed (for progress bars).
    With ``register``, the officials register of every finished chunk is then written
    to ``out/register/`` (kept when nothing changed since it was built); what that did
    is ``report.register``, and a failure of it one line in ``report.warnings``.
    Raises :class:`BaoxunError` when the dataset was made with other settings, a worker
    runs another baoxun or cannot see *out*, or a chunk cannot be written.
    """
    if chunk_pages < 1:
        raise BaoxunError(f"chunk_pages must be at least 1, not {chunk_pages}")
    dest = Path(out).resolve()  # absolute: workers may run in another directory
    report = BatchReport(warnings=open_dataset(dest, {"mentions": mentions, "chunk_pages": chunk_pages}))
    started = time.time()
    err_tmp = dest / f".errors.{secrets.token_hex(4)}.tmp"
    with err_tmp.open("w", encoding="utf-8") as errfile:
        def record(key: str, path: str | None, reason: str) -> None:
            errfile.write(json.dumps({"input": key, "path": path, "error": reason}, ensure_ascii=False) + "\n")
            report.failed += 1

        def chunks() -> Iterator[Chunk]:
            def readable() -> Iterator[Source]:
                for src in iter_sources(pages):
                    if src.error is not None:
                        record(src.key, src.path, src.error)
                        if on_progress:
                            on_progress(report, [(src.key, src.path, src.error)])
                    else:
                        yield src
            yield from chunk_sources(readable(), chunk_pages)

        with _executor(workers, scheduler, client, memory_limit, str(dest), report.warnings) as run:
            for chunk, result in run(chunks(), str(dest), mentions):
                if isinstance(result, BaseException):
                    why = (f"worker lost while parsing its chunk ({result}); rerun to retry, "
                           "or lower --chunk-pages / raise --memory-limit")
                    lost = [(s.key, s.path, why) for s in chunk.sources]
                    for err in lost:
                        record(*err)
                    if on_progress:
                        on_progress(report, lost)
                    continue
                for err in result.errors:
                    record(*err)
                if result.resumed:
                    report.chunks_resumed += 1
                    report.resumed += len(chunk.sources) - len(result.errors)
                else:
                    report.chunks += 1
                    report.pages += result.pages
                    report.articles += result.articles
                for k, v in result.seconds.items():
                    report.seconds[k] = report.seconds.get(k, 0.0) + v
                if on_progress:
                    on_progress(report, list(result.errors))
    os.replace(err_tmp, dest / "errors.jsonl")
    _sweep(dest, started)
    _register_step(dest, report, register)
    return report


def _register_step(dest: Path, report: BatchReport, register: bool) -> None:
    """Write the dataset's register (or say why not): the chunks are written whatever
    happens here, so nothing here raises or changes the run's outcome."""
    from .register import REGISTER_DIR, write_dataset_register

    folder = dest / REGISTER_DIR
    if not register:
        if report.chunks and folder.is_dir():
            report.warnings.append(f"{folder} is an earlier run's and misses this run's pages "
                                   "(rerun without --no-register to rebuild it)")
        return
    try:
        report.register = write_dataset_register(dest)
    except Exception as exc:  # noqa: BLE001 — the dataset is written: the register is extra
        why = str(exc) if isinstance(exc, BaoxunError) else f"{type(exc).__name__}: {exc}"
        stale = f"; {folder} is an earlier run's" if folder.is_dir() else ""
        report.warnings.append(f"officials register not written ({why}){stale}; rerun `baoxun batch` to retry")


Runner = Callable[[Iterator[Chunk], str, bool], Iterator[tuple[Chunk, "ChunkResult | BaseException"]]]


@contextmanager
def _executor(workers: int | None, scheduler: str | None, client: Any, memory_limit: str | float | None,
              out: str, warnings: list[str]) -> Iterator[Runner]:
    """A runner of chunks: in this process (``workers=0``) or on a Dask cluster."""
    if client is None and scheduler is None and workers == 0:
        yield _run_here
        return
    if client is not None:
        _check_workers(client, out, warnings)
        yield lambda chunks, dest, mentions: _run_dask(client, chunks, dest, mentions)
        return
    from distributed import Client, LocalCluster

    if scheduler is not None:
        try:
            own = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise BaoxunError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None
        cluster = None
    else:
        n = workers or len(os.sched_getaffinity(0))
        # processes, 1 thread each: the parser is pure Python and holds the GIL.
        # dashboard on a free port: the HTTP server starts anyway, and 8787 may be taken
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, memory_limit=memory_limit,
                               dashboard_address=":0", silence_logs=logging.ERROR)
        own = Client(cluster)
    try:
        _check_workers(own, out, warnings)
        yield lambda chunks, dest, mentions: _run_dask(own, chunks, dest, mentions)
    finally:
        own.close()
        if cluster is not None:
            cluster.close()


def _check_workers(client: Any, out: str, warnings: list[str]) -> None:
    """Refuse to start when a worker runs another version or cannot write at all; warn
    when its files differ from the driver's (a real cluster should never see that)."""
    client.wait_for_workers(1, timeout=60)
    for addr, state in client.run(_worker_state, out).items():
        if state["baoxun"] != __version__:
            raise BaoxunError(f"worker {addr} runs baoxun {state['baoxun']}, this is {__version__}: "
                              "install the same version on every worker")
        if state["build"] != build_id():
            warnings.append(f"worker {addr} has another build of baoxun {__version__} (code or data files "
                            "differ from this machine's): its records may differ")
        if not state["sees_out"]:
            raise BaoxunError(f"worker {addr} cannot see {out}: the dataset folder and the inputs must be "
                              "on a filesystem every worker mounts at the same path")


def _run_here(chunks: Iterator[Chunk], out: str,
              mentions: bool) -> Iterator[tuple[Chunk, ChunkResult | BaseException]]:
    """Chunks one after the other in this process (``workers=0``): no Dask at all."""
    for chunk in chunks:
        try:
            result = process_chunk(chunk, out, mentions)
        except Exception as exc:
            raise _failed(chunk, exc) from exc
        yield chunk, result


def _failed(chunk: Chunk, exc: BaseException) -> BaoxunError:
    # Page-level problems never get here (process_chunk reports them); this is the
    # dataset that cannot be written (disk full, permissions) — every chunk would fail.
    return BaoxunError(f"chunk {chunk.slot} ({chunk.sources[0].key} …) could not be written: "
                       f"{type(exc).__name__}: {exc}")


def _run_dask(client: Any, chunks: Iterator[Chunk], out: str,
              mentions: bool) -> Iterator[tuple[Chunk, ChunkResult | BaseException]]:
    """Submit chunks in a bounded window and yield them as they finish (any order)."""
    from distributed import KilledWorker, as_completed

    window = WINDOW_PER_THREAD * max(1, sum(client.nthreads().values()))
    in_flight: dict[Any, Chunk] = {}
    done = as_completed()
    serial = 0

    def submit() -> bool:
        nonlocal serial
        chunk = next(chunks, None)
        if chunk is None:
            return False
        serial += 1  # unique task keys: two chunks may share a slot if a key is given twice
        fut = client.submit(process_chunk, chunk, out, mentions, key=f"baoxun-chunk-{chunk.slot}-{serial}")
        in_flight[fut] = chunk
        done.add(fut)
        return True

    for _ in range(window):
        if not submit():
            break
    try:
        for fut in done:
            chunk = in_flight.pop(fut)
            try:
                result: ChunkResult | BaseException = fut.result()
            except KilledWorker as exc:  # the worker died (out of memory, killed): report, go on
                result = exc
            except Exception as exc:
                raise _failed(chunk, exc) from exc
            finally:
                fut.release()
            submit()
            yield chunk, result
    finally:
        for fut in in_flight:
            fut.cancel()


def _sweep(out: Path, before: float) -> None:
    """Remove temporary files left by killed runs (hidden ``.*.tmp``, older than this run)."""
    for folder, dirs, files in os.walk(out):
        for name in files:
            if name.startswith(".") and name.endswith(".tmp"):
                path = os.path.join(folder, name)
                try:
                    if os.stat(path).st_mtime < before:
                        os.unlink(path)
                except OSError:
                    pass
