"""What ``baoxun batch`` and ``baoxun ingest --from-dataset`` do, minus argument parsing.

cli.py registers the commands and passes their options here; these functions call the
library, draw the progress bar, print one summary line and return the exit code
(0 every input done, 1 some input failed or none found, 2 usage or setup error), the
codes every baoxun command uses.
"""
from __future__ import annotations

import time
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from ..errors import BaoxunError

__all__ = ["BATCH_HELP", "INGEST_DATASET_HELP", "batch_command", "ingest_dataset_command"]

EXIT_OK, EXIT_INPUT_ERRORS, EXIT_USAGE = 0, 1, 2
#: Failed inputs named on stderr, at most; the rest are only counted (errors.jsonl lists all).
SHOWN_ERRORS = 20

BATCH_HELP = """Parse and enrich many pages in parallel on Dask, into a Parquet dataset:
articles, one table per mention kind (people, places, organizations, dates,
amounts) and facts (the figures the articles report), partitioned as
place=…/year=…/month=…, plus errors.jsonl (one line per input that failed).
Then the officials register of the whole dataset goes to DATASET_DIR/register/
(register_people, register_tenures, register_observations, register_transitions,
register_coappearances, register_bylines: the tables `export` writes; --no-register
skips it). Re-running the same command resumes: finished chunks are skipped, a killed
run loses and duplicates nothing, and the register is rebuilt only if the dataset changed.

By default a local cluster runs one worker process per core. Each worker holds one
chunk at a time (--chunk-pages; a worker needs ~250 MB plus ~0.1 MB a page of its
chunk) and is restarted if it grows past --memory-limit (its chunk is then listed in
errors.jsonl and done again by the next run). With --scheduler, an existing Dask cluster does the work: every worker
needs the same baoxun installed and must see the pages and --out at the same paths
(a shared disk).

\b
Examples:
  baoxun batch scans/ --out dataset/
  baoxun batch scans/ --out dataset/ --workers 4 --chunk-pages 100 --memory-limit 2GiB
  baoxun ingest --from-dataset dataset/ --db archive.db
\b
On a cluster (scheduler on host "head", a shared disk mounted at /shared):
  head$   dask scheduler --port 8786
  nodeN$  dask worker tcp://head:8786 --nworkers auto --nthreads 1 --memory-limit 2GiB
  head$   baoxun batch /shared/scans --out /shared/dataset --scheduler tcp://head:8786
"""

INGEST_DATASET_HELP = ("Load a dataset written by `baoxun batch` (its finished chunks) into the archive "
                       "instead of parsing pages; ids are the dataset's, pages already stored are skipped.")


def batch_command(pages: list[str], out: Path, workers: int | None = None, scheduler: str | None = None,
                  mentions: bool = True, chunk_pages: int | None = None, memory_limit: str | None = None,
                  quiet: bool = False, console: Console | None = None, register: bool = True) -> int:
    """Run ``baoxun batch``: print progress and a summary on stderr; return the exit code."""
    from .batch import CHUNK_PAGES, BatchReport, run_batch

    err = console or Console(stderr=True, highlight=False, soft_wrap=True)

    def fail(message: str) -> None:
        err.print(f"baoxun: {message}", markup=False, highlight=False)

    if workers is not None and scheduler is not None:
        fail("give --workers or --scheduler, not both (the scheduler's cluster has its own workers)")
        return EXIT_USAGE
    if workers is not None and workers < 0:
        fail(f"--workers must be 0 (in this process) or more, not {workers}")
        return EXIT_USAGE
    if chunk_pages is not None and chunk_pages < 1:
        fail(f"--chunk-pages must be at least 1, not {chunk_pages}")
        return EXIT_USAGE
    started = time.perf_counter()
    progress = Progress(TextColumn("batch"), BarColumn(), TextColumn("{task.completed} pages"),
                        TextColumn("{task.fields[errors]} errors"), TextColumn("{task.fields[rate]} pages/s"),
                        TimeElapsedColumn(), console=err, disable=quiet or not err.is_terminal, transient=True)

    shown = 0

    def tick(report: BatchReport, errors: list[tuple[str, str | None, str]]) -> None:
        nonlocal shown
        for key, _path, reason in errors:
            shown += 1
            if shown <= SHOWN_ERRORS:  # a corpus can fail by the thousand: errors.jsonl has them all
                progress.console.print(f"baoxun: {key}: {reason}", markup=False, highlight=False)
        rate = report.pages / max(time.perf_counter() - started, 1e-9)
        progress.update(task, completed=report.inputs, errors=report.failed, rate=f"{rate:.1f}")

    with progress:
        task = progress.add_task("batch", total=None, errors=0, rate="-")
        try:
            report = run_batch(pages, out, workers=workers, scheduler=scheduler, mentions=mentions,
                               chunk_pages=chunk_pages or CHUNK_PAGES, memory_limit=memory_limit or "auto",
                               register=register, on_progress=tick)
        except BaoxunError as exc:
            fail(str(exc))
            return EXIT_USAGE
    seconds = time.perf_counter() - started
    for warning in report.warnings:
        fail(f"warning: {warning}")
    if not quiet:
        failed = f"{report.failed} failed (listed in {out}/errors.jsonl)" if report.failed else "none failed"
        fail(f"{report.pages} pages parsed ({report.articles} articles), {report.resumed} already done, "
             f"{failed}, in {seconds:.1f} s → {out}{_register_summary(report.register)}")
    if report.inputs == 0:
        fail("no page found (a directory is searched for *.txt and *.md)")
        return EXIT_INPUT_ERRORS
    return EXIT_INPUT_ERRORS if report.failed else EXIT_OK


def _register_summary(done: dict | None) -> str:
    """The register's part of the summary line, as ingest prints it."""
    if done is None:
        return ""
    if done.get("current"):
        return f"; register up to date ({done.get('officials', 0)} officials, {done.get('bylines', 0)} bylines)"
    return f"; register {done['officials']} officials, {done['bylines']} bylines in {done['seconds']:.1f} s"


def ingest_dataset_command(dataset_dir: Path, db: Path, quiet: bool = False, console: Console | None = None) -> int:
    """Run ``baoxun ingest --from-dataset``: print a summary on stderr; return the exit code."""
    from .dataset import ingest_from_dataset

    err = console or Console(stderr=True, highlight=False, soft_wrap=True)
    started = time.perf_counter()
    try:
        report = ingest_from_dataset(dataset_dir, db)
    except BaoxunError as exc:
        err.print(f"baoxun: {exc}", markup=False, highlight=False)
        return EXIT_USAGE
    if not quiet:
        total = report.added + report.replaced + report.unchanged
        extra = ""
        if report.register is not None:
            extra = (f"; register {report.register['officials']} officials, {report.register['bylines']} bylines"
                     f" in {report.register['seconds']:.1f} s")
        err.print(f"baoxun: {total} pages from {report.chunks} chunks ({report.added} new, {report.replaced} "
                  f"replaced, {report.unchanged} unchanged), {report.articles} articles written, in "
                  f"{time.perf_counter() - started:.1f} s → {db}{extra}", markup=False, highlight=False)
    for warning in report.warnings:     # the pages are stored: a warning never changes the exit code
        err.print(f"baoxun: warning: {warning}", markup=False, highlight=False)
    return EXIT_OK
