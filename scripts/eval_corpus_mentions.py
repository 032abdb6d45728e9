#!/usr/bin/env python3
"""Score the mention finders on the development corpus's article records (corpus/articles/*.jsonl,
written by people who never saw the finders), with the reference scorer's own keys.

    python3 scripts/eval_corpus_mentions.py                 # both finder modes
    python3 scripts/eval_corpus_mentions.py --ner lac --show people   # and the misses

Needs ../shared/gold/score_mentions.py (the reference scorer) beside the project.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def load_scorer(name: str = "score_mentions"):
    """A reference scorer of ../shared/gold as a module (it imports score.py beside it)."""
    sys.path.insert(0, str(SHARED / "gold"))
    spec = importlib.util.spec_from_file_location(f"ref_{name}", SHARED / "gold" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def records(folder: Path):
    for f in sorted(folder.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError:
                    continue


def article_text(r: dict) -> str:
    heads = [h for h in (r.get("kicker"), r.get("title"), r.get("subtitle")) if h]
    caps = [c.get("text", "") for c in r.get("captions") or []]
    return "\n".join([*heads, *(r.get("paragraphs") or []), *caps])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ner", choices=("lac", "rules"), action="append")
    ap.add_argument("--show", help="print misses of one measure (people, places, organizations, dates, amounts)")
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "articles")
    args = ap.parse_args()
    if not (SHARED / "gold" / "score_mentions.py").exists():
        print("../shared/gold/score_mentions.py not found", file=sys.stderr)
        return 2
    sm = load_scorer()
    from baoxun.enrich import find_mentions

    recs = [r for r in records(args.corpus) if r.get("mentions")]
    for mode in args.ner or ["rules", "lac"]:
        c = Counter()
        for r in recs:
            text = article_text(r)
            pred = find_mentions(text, date=r.get("issue_date"), place=r.get("place"), ner=mode)
            gold = r["mentions"]
            for measure in sm.MEASURES:
                g, p = sm.keys(gold, measure), sm.keys(pred, measure)
                c[measure, "tp"] += len(g & p) if measure != "people_posts" else sm.posts_tp(g, p)
                c[measure, "gold"] += len(g)
                c[measure, "pred"] += len(p)
                if args.show == measure and measure == "people_posts":
                    fn = [x for x in g if not any(x[0] == y[0] and sm.same_posts(x[1], y[1]) for y in p)]
                    fp = [y for y in p if not any(x[0] == y[0] and sm.same_posts(x[1], y[1]) for x in g)]
                    if fn or fp:   # as the scorer matches posts (one ending with the other)
                        print(r.get("id"), "FP", sorted(map(str, fp)), "FN", sorted(map(str, fn)))
                elif args.show == measure and g != p:
                    print(r.get("id"), "FP", sorted(map(str, p - g)), "FN", sorted(map(str, g - p)))
        cells = []
        for measure in sm.MEASURES:
            tp, gd, pr = c[measure, "tp"], c[measure, "gold"], c[measure, "pred"]
            p = tp / pr if pr else 0.0
            rr = tp / gd if gd else 0.0
            f = 2 * p * rr / (p + rr) if p + rr else 0.0
            cells.append(f"{measure} {f:.3f} (p {p:.2f} r {rr:.2f})")
        print(f"{mode:5s} {len(recs)} articles: " + "; ".join(cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
