#!/usr/bin/env python3
"""Score the facts finder on the development corpus's article records
(corpus/articles/*.jsonl, written by people who never saw the finder), with the matching
rule of the reference scorer (../shared/gold/score_facts.py: value and unit agree, one
indicator contains the other; then the shares of matched facts with the same change,
period, status and place).

    python3 scripts/eval_corpus_facts.py                  # the figures
    python3 scripts/eval_corpus_facts.py --show miss      # and what was missed (fp, attr)
    python3 scripts/eval_corpus_facts.py --ner rules      # mentions without the learned tagger
    python3 scripts/eval_corpus_facts.py --towns-as-county  # the gold's towns read as their county

Each article's text is its headlines, paragraphs and captions joined by newlines (as a
parsed page's article is); its mentions are found by ``baoxun.find_mentions`` with the
record's issue date and place, then ``baoxun.find_facts`` runs on them.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def load_scorer():
    """../shared/gold/score_facts.py as a module."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from eval_corpus_mentions import load_scorer as load

    return load("score_facts")


def records(folder: Path) -> Iterator[dict[str, Any]]:
    """Corpus records that carry gold facts (a list, possibly empty)."""
    for f in sorted(folder.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(r.get("facts"), list):
                yield r


def article_text(r: dict[str, Any]) -> str:
    heads = [h for h in (r.get("kicker"), r.get("title"), r.get("subtitle")) if h]
    caps = [c.get("text", "") for c in r.get("captions") or []]
    return "\n".join([*heads, *(r.get("paragraphs") or []), *caps])


def predict(r: dict[str, Any], ner: str | None = None) -> list[dict[str, Any]]:
    from baoxun import find_facts, find_mentions

    text = article_text(r)
    kw = {"ner": ner} if ner else {}
    mentions = find_mentions(text, date=r.get("issue_date"), place=r.get("place"), **kw)
    return find_facts(text, mentions=mentions, date=r.get("issue_date"), place=r.get("place"))


_TOWN_ENDS = ("镇", "乡", "苏木", "街道", "村", "社区", "嘎查", "居委会")


def towns_as_county(r: dict[str, Any], gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``gold`` with a town's or village's place read as its county, as the record's own
    mentions place it — the convention of ../shared/gold and examples/gold (湛上村 → 潞州区,
    全镇 → 平江县), which the corpus records do not follow. Only for the figure
    ``--towns-as-county`` prints beside the plain one; never the gate's."""
    from baoxun import find_mentions

    named = {p.get("name"): p for p in find_mentions(article_text(r), date=r.get("issue_date"),
                                                      place=r.get("place"), ner="rules").get("places") or []}
    out = []
    for g in gold:
        place = g.get("place") or ""
        entry = named.get(place)
        if place.endswith(_TOWN_ENDS) and entry and entry.get("county"):
            g = {**g, "place": entry["county"]}
        out.append(g)
    return out


def score(recs: list[dict[str, Any]], ner: str | None = None, show: str | None = None,
          out=sys.stdout, county_convention: bool = False) -> dict[str, Any]:
    """Counts and figures over ``recs``; ``show`` (miss, fp, attr) prints those cases;
    ``county_convention`` reads the gold's towns and villages as their county first."""
    sf = load_scorer()
    c: Counter = Counter()
    for r in recs:
        gold = [f for f in r["facts"] if isinstance(f, dict)]
        if county_convention:
            gold = towns_as_county(r, gold)
        pred = predict(r, ner)
        pairs = sf.pair_facts(gold, pred)
        c["tp"] += len(pairs)
        c["gold"] += len(gold)
        c["pred"] += len(pred)
        for gi, pj in pairs:
            g, p = gold[gi], pred[pj]
            same = {"change": sf.change(g) == sf.change(p), "period": str(g.get("period")) == str(p.get("period")),
                    "status": g.get("status") == p.get("status"), "place": sf.sq(g.get("place")) == sf.sq(p.get("place"))}
            for k, ok in same.items():
                c[k] += ok
            if show == "attr" and not all(same.values()):
                bad = [k for k, ok in same.items() if not ok]
                print(f"{r['id']} ATTR {bad}: gold {g['indicator']}|{g.get('period')}|{g.get('status')}|"
                      f"{g.get('place')}|{sf.change(g)}  pred {p['indicator']}|{p.get('period')}|{p.get('status')}|"
                      f"{p.get('place')}|{sf.change(p)} :: {g.get('text')}", file=out)
        if show == "miss":
            for i, g in enumerate(gold):
                if i not in {a for a, _ in pairs}:
                    print(f"{r['id']} MISS {g['indicator']} {g.get('value')}{g.get('unit')} :: {g.get('text')}", file=out)
        if show == "fp":
            for j, p in enumerate(pred):
                if j not in {b for _, b in pairs}:
                    print(f"{r['id']} FP {p['indicator']} {p.get('value')}{p.get('unit')} :: {p.get('text')}", file=out)
    tp, gd, pr = c["tp"], c["gold"], c["pred"]
    p = tp / pr if pr else 0.0
    rr = tp / gd if gd else 0.0
    result: dict[str, Any] = {"articles": len(recs), "facts": {"p": round(p, 4), "r": round(rr, 4),
                              "f1": round(2 * p * rr / (p + rr), 4) if p + rr else 0.0, "gold": gd, "pred": pr}}
    for k in ("change", "period", "status", "place"):
        result[f"{k}_acc"] = round(c[k] / tp, 4) if tp else None
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "corpus" / "articles")
    ap.add_argument("--ner", choices=("lac", "rules"), default=None, help="how mentions find names")
    ap.add_argument("--show", choices=("miss", "fp", "attr"), help="print one kind of error")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON line")
    ap.add_argument("--towns-as-county", action="store_true",
                    help="read the gold's town and village places as their county (the gold pages' convention)")
    args = ap.parse_args()
    if not (SHARED / "gold" / "score_facts.py").exists():
        print("../shared/gold/score_facts.py not found", file=sys.stderr)
        return 2
    recs = list(records(args.corpus))
    result = score(recs, args.ner, args.show, county_convention=args.towns_as_county)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        f = result["facts"]
        print(f"{result['articles']} articles  facts p={f['p']:.3f} r={f['r']:.3f} f1={f['f1']:.3f} "
              f"(gold {f['gold']}, predicted {f['pred']})")
        for k in ("change_acc", "period_acc", "status_acc", "place_acc"):
            print(f"{k:12} {result[k]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
