"""``python -m baoxun.synth N OUT_DIR``: write N generated pages with their gold.

    python -m baoxun.synth 100 /tmp/dev --styles narrow,jump --sources articles,corpora
    python -m baoxun.synth 50 /tmp/dev --check        # check_gold.py on every page too
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import STYLES, Corpus, check_page, iter_pages, load_records, shared_dir, write_page


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m baoxun.synth", description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, metavar="N")
    ap.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--styles", default=",".join(STYLES), help="comma-separated (default: all)")
    ap.add_argument("--genres", help="comma-separated (default: all)")
    ap.add_argument("--sources", default="articles",
                    help="articles, examples, corpora or .jsonl paths, comma-separated")
    ap.add_argument("--check", action="store_true", help="run ../shared/gold/check_gold.py on each page")
    args = ap.parse_args(argv)
    problems: list[str] = []
    records = load_records([s for s in args.sources.split(",") if s], problems=problems)
    for p in problems:
        print(f"note: {p}", file=sys.stderr)
    if not records:
        print("no records to make pages from", file=sys.stderr)
        return 2
    shared = shared_dir() if args.check else None
    if args.check and shared is None:
        print("--check needs ../shared/gold/check_gold.py", file=sys.stderr)
        return 2
    styles = [s for s in args.styles.split(",") if s]
    genres = [g for g in args.genres.split(",") if g] if args.genres else None
    bad = 0
    try:
        for page in iter_pages(Corpus(records), args.n, args.seed, styles, genres):
            write_page(page, args.out_dir)
            if shared is not None:
                for line in check_page(page, shared):
                    bad += 1
                    print(f"{page.name}: {line}", file=sys.stderr)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(f"wrote {args.n} pages from {len(records)} records to {args.out_dir}"
          + (f"; check_gold: {bad} problems" if shared is not None else ""), file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
