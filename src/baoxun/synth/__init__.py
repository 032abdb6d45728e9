"""Development corpus generator: article records → page dumps with their gold.

Records (``corpus/FORMAT.md``: ``corpus/articles/*.jsonl``, the example pages' gold,
or the real articles of ``../shared/corpora`` for development) are grouped by paper
and issue and printed 3–9 to a page in one of the dump styles of
:mod:`baoxun.synth.styles` (``wide``, ``narrow``, ``noblank``, ``epaper``,
``markdown``, ``after``, ``kicker_after``, ``caption_mid``, ``running``, ``jump``,
``mixed``). Each page comes with its gold page record (SCHEMA.md, the conventions of
``../shared/gold/README.md``), gold mentions (MENTIONS.md) and gold facts (FACTS.md)
when its records carry them.

    from baoxun.synth import Corpus, load_records, iter_pages, write_page
    corpus = Corpus(load_records(["articles"]))
    for page in iter_pages(corpus, 100, seed=1, styles=["narrow", "jump"]):
        write_page(page, out_dir)

Stages: 1. read records (:mod:`.records`); 2. plan each item's printed pieces
(:mod:`.plan`); 3. let the style change the plans and lay them out (:mod:`.styles`);
4. read the gold off the final plans (:mod:`.plan`, :mod:`.gold`) (:mod:`.page`).
``python -m baoxun.synth N OUT_DIR`` writes N pages.
"""
from __future__ import annotations

from .page import Corpus, SynthPage, check_page, iter_pages, make_page, write_page
from .records import GENRES, SOURCES, Record, RecordError, load_records, shared_dir
from .styles import STYLES

__all__ = ["Corpus", "GENRES", "Record", "RecordError", "SOURCES", "STYLES", "SynthPage",
           "check_page", "iter_pages", "load_records", "make_page", "shared_dir", "write_page"]
