"""Input reading: bytes and files → page text, with one-line :class:`InputError`\\ s.

``decode`` finds the encoding of a page dump (UTF-8, UTF-16/32, GB18030/GBK,
Big5) and refuses binary or empty data; ``read_page`` does the same for a file;
``iter_inputs`` streams pages from files, directories, globs and stdin.
"""
from __future__ import annotations

from .decode import decode
from .files import DEFAULT_PATTERNS, MAX_PAGE_BYTES, Input, iter_inputs, read_page

__all__ = ["DEFAULT_PATTERNS", "MAX_PAGE_BYTES", "Input", "decode", "iter_inputs", "read_page"]
