"""Arguments → page paths with their archive keys → chunks of paths, never texts.

The driver of a corpus run must not read the corpus: it names the files and the
workers read them. :func:`iter_sources` walks the arguments with the rules of
:func:`baoxun.read.iter_inputs` (files whatever their extension, directories walked
in name order for ``*.txt``/``*.md``, hidden entries skipped, symlinked directories
not followed, unexpanded globs) and keys each page as ``baoxun ingest`` does (its path
relative to the directory argument, else its file name), so a dataset and an archive
give a page the same ids. :func:`chunk_sources` cuts the stream into chunks whose
boundaries depend on the keys alone (content-defined chunking), so adding or removing
one file changes the chunk that holds it and not every chunk after it.
"""
from __future__ import annotations

import fnmatch
import glob
import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..read import DEFAULT_PATTERNS
from ..read.files import _GLOB_MAGIC  # one definition of "the shell did not expand this glob"

__all__ = ["Chunk", "Source", "chunk_sources", "iter_sources"]

@dataclass(frozen=True, slots=True)
class Source:
    """One input page as the driver knows it: a key and a path (or why there is none)."""

    #: the page's key in the archive and the dataset (``2024/03/05_01.txt``); for a
    #: failed argument, the argument as given
    key: str
    #: absolute path, so workers started elsewhere read the same file; ``None`` on error
    path: str | None
    #: why the argument named no readable file (it goes to errors.jsonl, not to a worker)
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Chunk:
    """Up to ``--chunk-pages`` sources: the unit of work, of output files and of resuming."""

    sources: tuple[Source, ...]

    @property
    def slot(self) -> str:
        """The chunk's name: a hash of its keys (not of their texts), so a chunk whose
        pages changed is written again under the same name and replaces itself."""
        h = hashlib.sha256("\x1f".join(s.key for s in self.sources).encode("utf-8"))
        return h.hexdigest()[:16]


def iter_sources(args: Iterable[str], patterns: Iterable[str] = DEFAULT_PATTERNS) -> Iterator[Source]:
    """Yield a :class:`Source` per page named by *args*, lazily, in ``iter_inputs`` order.

    Unlike ``iter_inputs`` no file is opened here, and a file reached twice through
    different arguments is not detected (that would mean remembering every file of the
    corpus in the driver); only a repeated argument is skipped.
    """
    pats = tuple(p.lower() for p in ((patterns,) if isinstance(patterns, str) else patterns))
    seen_args: set[str] = set()
    for arg in args:
        if arg == "-":
            yield Source("<stdin>", None, "batch reads files only (workers cannot read standard input)")
            continue
        norm = os.path.abspath(arg) if arg else arg
        if norm in seen_args:
            continue
        seen_args.add(norm)
        if os.path.isdir(arg):
            for path in _walk(arg, pats):
                yield path if isinstance(path, Source) else Source(
                    Path(os.path.relpath(path, arg)).as_posix(), os.path.abspath(path))
        elif os.path.lexists(arg):
            yield Source(_name(arg), os.path.abspath(arg))
        elif _GLOB_MAGIC.search(arg):
            yield from _expand_glob(arg, pats)
        else:
            yield Source(arg, None, "no such file or directory")


def chunk_sources(sources: Iterable[Source], max_pages: int) -> Iterator[Chunk]:
    """Group *sources* into chunks of at most *max_pages*, cut where the keys say.

    A chunk ends after a key whose hash is 0 modulo ``max_pages // 2`` once it holds a
    quarter of *max_pages* (so ~0.6 × *max_pages* on average, never tiny), or when it is
    full. The cut points are properties of the keys, so a file inserted or deleted
    moves at most the cuts of its own and the next chunk.
    """
    if max_pages < 1:
        raise ValueError(f"max_pages must be at least 1, not {max_pages}")
    every, least = max(1, max_pages // 2), max(1, max_pages // 4)
    buf: list[Source] = []
    for src in sources:
        buf.append(src)
        if len(buf) >= max_pages or (len(buf) >= least and _key_hash(src.key) % every == 0):
            yield Chunk(tuple(buf))
            buf = []
    if buf:
        yield Chunk(tuple(buf))


def _key_hash(key: str) -> int:
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big")


def _expand_glob(pattern: str, pats: tuple[str, ...]) -> Iterator[Source]:
    # Like iter_inputs: a glob argument keys its files (and the files of the directories
    # it matches) by file name, since there is no directory argument to be relative to.
    matches = sorted(glob.iglob(pattern, recursive=True))
    if not matches:
        yield Source(pattern, None, "no file matches this pattern")
    for match in matches:
        if os.path.isdir(match):
            for path in _walk(match, pats):
                yield path if isinstance(path, Source) else Source(_name(path), os.path.abspath(path))
        else:
            yield Source(_name(match), os.path.abspath(match))


def _walk(top: str, pats: tuple[str, ...]) -> Iterator[str | Source]:
    """Depth-first in name order; an unreadable directory comes back as a failed Source."""
    try:
        with os.scandir(top) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield Source(top, None, f"cannot read directory: {(exc.strerror or str(exc)).lower()}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):  # a symlink to a parent would loop forever
                yield from _walk(entry.path, pats)
                continue
            wanted = entry.is_file() and any(fnmatch.fnmatchcase(entry.name.lower(), p) for p in pats)
        except OSError:
            wanted = False
        if wanted:
            yield entry.path


def _name(path: str) -> str:
    return (os.path.basename(os.path.normpath(path)) or path) if path else path
