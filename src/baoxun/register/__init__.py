"""The officials register: posts parsed, people resolved across articles, careers and
post holders over time (issue 12).

Stages, each a module:
  - :mod:`.posts` — a post as printed → level, place, body, rank, branch (潞州区委书记);
  - :mod:`.resolve` — name observations across articles → people with stable ids;
  - :mod:`.build` — article records → the :class:`~.build.Register` (careers, holders,
    transitions, co-appearances, bylines);
  - :mod:`.store` — the register's SQLite tables, written from and beside an archive;
  - :mod:`.query` — the ``baoxun officials`` listing and the web reader's page data;
  - :mod:`.svg` — server-side SVG timelines;
  - :mod:`.scenario` — generated officials and newspapers with their truth, and a scorer.
"""
from __future__ import annotations

from .posts import Post, parse_chain, parse_post

__all__ = ["Post", "parse_post", "parse_chain"]
