"""Files, directories, unexpanded globs and stdin → page texts, one at a time.

Everything here streams: :func:`iter_inputs` is a generator that reads a file
only when its :class:`Input` is asked for, so a run over 10^5 pages holds one
page in memory (plus the names of the directories being walked and the
identities of the files already seen, to skip duplicates).
"""
from __future__ import annotations

import errno
import fnmatch
import glob
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .decode import decode

__all__ = ["DEFAULT_PATTERNS", "MAX_PAGE_BYTES", "Input", "iter_inputs", "read_page"]

#: Largest page file read.  Real page dumps are a few hundred KiB; anything this
#: big is a wrong file (an archive, a database) and would only eat memory.
MAX_PAGE_BYTES = 64 * 1024 * 1024

#: File names taken when walking a directory (matched case-insensitively).
DEFAULT_PATTERNS: tuple[str, ...] = ("*.txt", "*.md")

_MIB = 1024 * 1024
_GLOB_MAGIC = re.compile(r"[*?[]")


@dataclass(frozen=True, slots=True)
class Input:
    """One input page: its text, or why it could not be read (never both)."""

    #: the source name to put in the record: the file name, or ``<stdin>``
    name: str
    #: the file as found (relative to the argument given), ``None`` for stdin
    path: Path | None
    text: str | None = None
    error: InputError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def read_page(path: str | os.PathLike[str]) -> str:
    """Read and :func:`~baoxun.read.decode` one page file.

    Raises :class:`InputError` (message ``"<path>: <reason>"``) for a missing
    path, a directory, a file that cannot be read, one larger than
    :data:`MAX_PAGE_BYTES`, and for everything :func:`decode` refuses.
    """
    shown = os.fspath(path)
    return decode(_read_bytes(shown), path=shown)


def iter_inputs(args: Iterable[str], patterns: Iterable[str] = DEFAULT_PATTERNS) -> Iterator[Input]:
    """Yield one :class:`Input` per page named by *args*, in order, lazily.

    Each argument may be a file (taken whatever its extension), a directory
    (walked recursively in sorted order, taking files whose name matches one of
    *patterns*, skipping hidden files and directories and not following
    symlinked directories), a glob the shell did not expand, or ``-`` for
    standard input.  A file reached twice (same device and inode, e.g. given
    twice or through a symlink) is yielded once.  Problems never stop the
    iteration: they come back as an ``Input`` whose ``error`` is set.
    """
    if isinstance(patterns, str):  # a lone "*.txt" is one pattern, not five
        patterns = (patterns,)
    pats = tuple(p.lower() for p in patterns)
    seen: set[tuple[int, int]] = set()
    stdin_done = False
    for arg in args:
        if arg == "-":
            if not stdin_done:  # a second read of stdin would only find it empty
                stdin_done = True
                yield _read_stdin()
            continue
        yield from _expand(arg, pats, seen)


def _expand(arg: str, pats: tuple[str, ...], seen: set[tuple[int, int]]) -> Iterator[Input]:
    try:
        st = os.stat(arg)
    except (OSError, ValueError) as exc:
        missing = isinstance(exc, OSError) and exc.errno in (errno.ENOENT, errno.ENOTDIR)
        if missing and _GLOB_MAGIC.search(arg):
            yield from _expand_glob(arg, pats, seen)
        else:
            yield _failed(arg, _reason(exc))
        return
    if stat.S_ISDIR(st.st_mode):
        yield from _walk(arg, pats, seen)
    else:
        yield from _one(arg, seen)


def _expand_glob(pattern: str, pats: tuple[str, ...], seen: set[tuple[int, int]]) -> Iterator[Input]:
    # Only names are listed up front; files are still read one at a time.
    matches = sorted(glob.iglob(pattern, recursive=True))
    if not matches:
        yield _failed(pattern, "no file matches this pattern")
    for match in matches:
        if os.path.isdir(match):
            yield from _walk(match, pats, seen)
        else:
            yield from _one(match, seen)


def _walk(top: str, pats: tuple[str, ...], seen: set[tuple[int, int]]) -> Iterator[Input]:
    """Depth-first in name order, so the output order is that of the sorted paths."""
    try:
        with os.scandir(top) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield _failed(top, _reason(exc, directory=True))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            # follow_symlinks=False: a symlink to a parent would loop forever.
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(entry.path, pats, seen)
                continue
            wanted = entry.is_file() and _matches(entry.name, pats)
        except OSError:
            wanted = False
        if wanted:
            yield from _one(entry.path, seen)


def _matches(name: str, pats: tuple[str, ...]) -> bool:
    low = name.lower()  # PAGE.TXT from Windows tools counts as a .txt
    return any(fnmatch.fnmatchcase(low, p) for p in pats)


def _one(path: str, seen: set[tuple[int, int]]) -> Iterator[Input]:
    try:
        st = os.stat(path)
    except (OSError, ValueError) as exc:
        yield _failed(path, _reason(exc))
        return
    key = (st.st_dev, st.st_ino)
    if key in seen:
        return
    seen.add(key)
    try:
        yield Input(_name(path), Path(path), text=read_page(path))
    except InputError as exc:
        yield Input(_name(path), Path(path), error=exc)


def _read_stdin() -> Input:
    name = "<stdin>"
    stream = sys.stdin
    try:
        if stream is None:
            raise InputError(name, "no standard input")
        buffer = getattr(stream, "buffer", None)
        if buffer is not None:
            data = buffer.read(MAX_PAGE_BYTES + 1)
        else:  # a text stream without bytes underneath (e.g. replaced by io.StringIO)
            data = stream.read(MAX_PAGE_BYTES + 1).encode("utf-8", "surrogateescape")
        if len(data) > MAX_PAGE_BYTES:
            raise InputError(name, _too_large(len(data)))
        return Input(name, None, text=decode(data, path=name))
    except InputError as exc:
        return Input(name, None, error=exc)
    except OSError as exc:
        return Input(name, None, error=InputError(name, _reason(exc)))
    except ValueError as exc:  # e.g. stdin already closed
        return Input(name, None, error=InputError(name, f"cannot read: {exc}"))


def _read_bytes(shown: str) -> bytes:
    try:
        st = os.stat(shown)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(shown, "is a directory")
        if st.st_size > MAX_PAGE_BYTES:
            raise InputError(shown, _too_large(st.st_size))
        with open(shown, "rb") as fh:
            # Bounded read: FIFOs and growing files report no honest size.
            data = fh.read(MAX_PAGE_BYTES + 1)
    except (OSError, ValueError) as exc:
        raise InputError(shown, _reason(exc)) from None
    if len(data) > MAX_PAGE_BYTES:
        raise InputError(shown, _too_large(len(data)))
    return data


def _too_large(size: int) -> str:
    limit = MAX_PAGE_BYTES / _MIB
    return f"file too large ({size / _MIB:.1f} MB > {limit:g} MB)"


def _reason(exc: Exception, *, directory: bool = False) -> str:
    """A short lower-case reason for an OS error; the path is added by InputError."""
    if not isinstance(exc, OSError):  # ValueError: e.g. an embedded NUL in the path
        return "invalid path"
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return "no such file or directory"
    if exc.errno == errno.EISDIR:
        return "is a directory"
    what = "cannot read directory" if directory else "cannot read"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"{what}: permission denied"
    detail = (exc.strerror or str(exc)).lower()
    return f"{what}: {detail}"


def _failed(arg: str, reason: str) -> Input:
    return Input(_name(arg), Path(arg) if arg else None, error=InputError(arg, reason))


def _name(path: str) -> str:
    return (os.path.basename(os.path.normpath(path)) or path) if path else path
