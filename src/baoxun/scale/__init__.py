"""Corpus scale: the page pipeline on a Dask cluster, into a partitioned Parquet dataset.

``run_batch`` (batch.py) sends chunks of page *paths* to workers, which read, parse,
enrich and write Hive-partitioned Parquet (dataset.py) with a manifest that makes a
killed run resumable; ``ingest_from_dataset`` loads such a dataset into the archive;
``write_dataset_register`` (register.py) writes the officials register beside the tables;
``batch_command`` and ``ingest_dataset_command`` (command.py) are what the CLI calls.
Dask is imported only when a cluster is used (``workers=0`` runs in-process without it).
"""
from __future__ import annotations

from .batch import CHUNK_PAGES, BatchReport, ChunkResult, process_chunk, run_batch
from .command import (
    BATCH_HELP,
    INGEST_DATASET_HELP,
    batch_command,
    ingest_dataset_command,
)
from .dataset import DatasetIngestReport, ingest_from_dataset
from .inputs import Chunk, Source, chunk_sources, iter_sources
from .register import dataset_records, write_dataset_register

__all__ = [
    "BATCH_HELP", "CHUNK_PAGES", "INGEST_DATASET_HELP", "BatchReport", "Chunk", "ChunkResult",
    "DatasetIngestReport", "Source", "batch_command", "chunk_sources", "ingest_dataset_command",
    "dataset_records", "ingest_from_dataset", "iter_sources", "process_chunk", "run_batch",
    "write_dataset_register",
]
