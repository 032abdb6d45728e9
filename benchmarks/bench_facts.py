"""What the facts stage costs on top of parsing with mentions, on one core.

    python benchmarks/bench_facts.py                    # 300 synthetic pages, both ner modes
    python benchmarks/bench_facts.py --pages 1000 --ner lac
    python benchmarks/bench_facts.py --files examples/pages

Each page is parsed without enrichment (layout and assembly), then its mentions are found
(``enrich_page``, stage 6), then its facts (``add_facts``, stage 7); each stage is timed
on its own (CPU time of this process: wall time lies on a shared machine). The cost of
facts is stage 7's time over stages 1–6's — what ``parse_page`` costs with mentions —
and issue #11 allows at most 15 %. For scale, the facts stage's throughput in characters
of article text per second is printed beside ``rjieba.cut`` over the very same texts.

Pages come from ``benchmarks/corpus.py`` (the example articles rearranged into pages of
5–20 KB) or from ``--files DIR``; a warm-up parses the example pages first (imports,
tables, compiled patterns, the tagger's model), so one-off loading is not counted.
The last line is a one-line JSON summary.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Iterator

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

#: Issue #11: facts may add this much to the parse-with-mentions time, at most.
BUDGET = 0.15


def pages_from(args: argparse.Namespace) -> Iterator[tuple[str, str]]:
    if args.files:
        for p in sorted(Path(args.files).rglob("*.txt")):
            yield p.name, p.read_text(encoding="utf-8")
        return
    from corpus import iter_pages

    yield from iter_pages(args.pages, seed=args.seed)


def measure(pages: list[tuple[str, str]], ner: str) -> dict:
    import rjieba

    from baoxun.enrich import enrich_page
    from baoxun.enrich.facts import add_facts
    from baoxun.pipeline import parse_page

    clock = time.process_time
    for p in sorted((ROOT / "examples" / "pages").glob("*.txt")):          # warm-up
        page = parse_page(p.read_text(encoding="utf-8"), mentions=False)
        enrich_page(page, ner=ner)
        add_facts(page)
    t_parse = t_mentions = t_facts = t_cut = 0.0
    chars = facts = articles = 0
    for _name, text in pages:
        t0 = clock()
        page = parse_page(text, mentions=False)
        t1 = clock()
        enrich_page(page, ner=ner)
        t2 = clock()
        add_facts(page)
        t3 = clock()
        texts = [a.text for a in page.articles]
        t4 = clock()
        for t in texts:
            rjieba.cut(t)
        t5 = clock()
        t_parse += t1 - t0
        t_mentions += t2 - t1
        t_facts += t3 - t2
        t_cut += t5 - t4
        chars += sum(len(t) for t in texts)
        articles += len(texts)
        facts += sum(len(a.facts or []) for a in page.articles)
    base = t_parse + t_mentions
    return {"ner": ner, "pages": len(pages), "articles": articles, "facts": facts, "chars": chars,
            "parse_ms_per_page": round(1000 * t_parse / len(pages), 2),
            "mentions_ms_per_page": round(1000 * t_mentions / len(pages), 2),
            "facts_ms_per_page": round(1000 * t_facts / len(pages), 2),
            "facts_cost": round(t_facts / base, 4) if base else None,
            "facts_chars_per_s": round(chars / t_facts) if t_facts else None,
            "rjieba_cut_chars_per_s": round(chars / t_cut) if t_cut else None}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=300, help="synthetic pages (default 300)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--files", help="a folder of real *.txt dumps instead")
    ap.add_argument("--ner", choices=("lac", "rules"), action="append", help="mention finding mode(s)")
    args = ap.parse_args()
    pages = list(pages_from(args))
    if not pages:
        print("no pages", file=sys.stderr)
        return 2
    rows = []
    for ner in args.ner or ["lac", "rules"]:
        r = measure(pages, ner)
        rows.append(r)
        verdict = "within" if r["facts_cost"] is not None and r["facts_cost"] <= BUDGET else "OVER"
        print(f"ner={ner}: {r['pages']} pages, {r['articles']} articles, {r['facts']} facts | parse "
              f"{r['parse_ms_per_page']} ms + mentions {r['mentions_ms_per_page']} ms + facts "
              f"{r['facts_ms_per_page']} ms per page → facts cost {100 * r['facts_cost']:.1f} % "
              f"({verdict} the {100 * BUDGET:.0f} % budget) | facts {r['facts_chars_per_s'] / 1e3:.0f} k chars/s, "
              f"rjieba.cut {r['rjieba_cut_chars_per_s'] / 1e6:.1f} M chars/s on the same text")
    print(json.dumps({"benchmark": "facts", "budget": BUDGET, "rows": rows}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
