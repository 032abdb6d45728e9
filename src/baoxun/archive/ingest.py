"""Pages in, archive filled: read, parse (with mentions), store — streaming, in batches.

A file that cannot be read or parsed is reported (one line) and the rest go in.
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


def ingest(archive: Archive, args: Iterable[str], *, date: str | None = None, place: str | None = None,
           paper: str | None = None, mentions: bool = True,
           on_page: Callable[[IngestReport, str | None], None] | None = None) -> IngestReport:
    """Parse and store every page under ``args``. ``on_page(report, error)`` is called
    after each input (for progress bars)."""
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
    return report
