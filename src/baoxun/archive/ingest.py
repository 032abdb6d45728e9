"""Pages in, archive filled: read, parse (with mentions), store — streaming, in batches.

A file that cannot be read or parsed is reported (one line) and the rest go in.

After the last batch, what is derived from the stored articles is brought in step
(:func:`keep_derived_in_step`, also run by ``scale.ingest_from_dataset``):
  1. the search index beside the archive, when it has one (``index.keep_in_step``);
  2. the officials register (``register.store.build_register``), rebuilt when the
     articles changed since it was last built.
Neither can fail an ingest: the pages are stored by then, a stale index only sends
search to FTS5 and a stale register is rebuilt in memory by its readers; what went
wrong is one line in ``report.warnings``.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import BaoxunError
from ..pipeline import parse_page
from ..read import Input, iter_inputs
from .store import BATCH_PAGES, Archive, IngestResult


@dataclass
class Keyed:
    key: str            # the page's key in the archive: its path under the argument given
    item: Input


@dataclass
class IngestReport(IngestResult):
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)   # derived data not brought in step
    index: dict | None = None        # what the index sync did (None: no index beside the archive)
    register: dict | None = None     # what the register build did (None: not rebuilt)


def keyed_inputs(args: Iterable[str]) -> Iterator[Keyed]:
    """Inputs with archive keys: a file under a directory argument is keyed by its path
    relative to that directory (2024/03/05/01.txt), a file argument by its name."""
    for arg in args:
        root = Path(arg) if arg != "-" and os.path.isdir(arg) else None
        for item in iter_inputs([arg]):
            if root is not None and item.path is not None:
                key = Path(os.path.relpath(item.path, root)).as_posix()
            else:
                key = item.name
            yield Keyed(key, item)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def keep_derived_in_step(archive: Archive, report: IngestReport, *, index: bool = True,
                         register: bool = True) -> None:
    """Sync the search index (with ``index``, when the archive has one) and rebuild the
    officials register (with ``register``, when the articles changed since its last
    build); record what was done in ``report.index``/``report.register`` and any
    failure as one line in ``report.warnings`` — never raise for them."""
    from . import index as _index

    if index:
        try:
            report.index = _index.keep_in_step(archive)
        except BaseException as exc:                 # tantivy panics derive from BaseException
            if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                raise
            report.warnings.append(f"search index not updated ({_reason(exc)}); search uses FTS5 until "
                                   "`baoxun index` syncs it")
    if not register:
        return
    from ..register import store as _register

    try:
        if not _register.has_register(archive.conn):
            report.register = _register.build_register(archive.path)
    except Exception as exc:
        report.warnings.append(f"officials register not rebuilt ({_reason(exc)}); "
                               "run `baoxun officials --rebuild`")


def _reason(exc: BaseException) -> str:
    return str(exc) if isinstance(exc, BaoxunError) else f"{type(exc).__name__}: {exc}"


def ingest(archive: Archive, args: Iterable[str], *, date: str | None = None, place: str | None = None,
           paper: str | None = None, mentions: bool = True, index: bool = True, register: bool = True,
           on_page: Callable[[IngestReport, str | None], None] | None = None) -> IngestReport:
    """Parse and store every page under ``args``, then bring the search index (with
    ``index``) and the officials register (with ``register``) in step
    (:func:`keep_derived_in_step`). ``on_page(report, error)`` is called after each
    input (for progress bars)."""
    report = IngestReport()
    batch: list = []
    for k in keyed_inputs(args):
        error = None
        if k.item.error is not None:
            error = str(k.item.error)
        else:
            text = k.item.text or ""
            h = text_hash(text)
            if archive.stored_hash(k.key) == h:
                report.unchanged += 1
            else:
                try:
                    page = parse_page(text, source=k.item.name, date=date, place=place, paper=paper,
                                      mentions=mentions)
                    batch.append((k.key, h, page))
                except BaoxunError as exc:
                    error = f"{k.item.name}: {exc}"
                except Exception as exc:  # a parser bug on one page must not stop the batch
                    error = f"{k.item.name}: internal error ({type(exc).__name__}: {exc}); please report it"
        if error:
            report.errors.append(error)
        if len(batch) >= BATCH_PAGES:
            archive.write_pages(batch, report)
            batch = []
        if on_page:
            on_page(report, error)
    if batch:
        archive.write_pages(batch, report)
        if on_page:
            on_page(report, None)
    keep_derived_in_step(archive, report, index=index, register=register)
    return report
