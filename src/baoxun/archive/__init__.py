"""The embedded archive (SQLite + FTS5 over rjieba tokens): ingest, search, read,
count and export. See ``store`` for the guarantees (stable ids, idempotent and
crash-safe ingest), ``query`` for the query language."""
from __future__ import annotations

from .export import export
from .ingest import IngestReport, ingest
from .query import parse_query
from .search import Filters, Hit, search
from .stats import stats
from .store import Archive

__all__ = ["Archive", "Filters", "Hit", "IngestReport", "export", "ingest", "parse_query", "search", "stats"]
