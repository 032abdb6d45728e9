"""Archive benchmark: ingest speed, database size, search latency.

    python3 benchmarks/bench_archive.py --pages 2000                 # parse + ingest 2000 pages
    python3 benchmarks/bench_archive.py --pages 2000 --no-mentions
    python3 benchmarks/bench_archive.py --grow 1000000 --db big.db   # then search latency at 10^6

``--pages N`` generates N synthetic pages (benchmarks/corpus.py: recombined example
articles, varied dates, places and names) and ingests them through the library, timing
parse + store. ``--grow N`` tops the archive up to N articles by inserting recombined
copies of the stored articles directly (new ids, shuffled paragraphs, dates spread over
years), so search can be measured at 10^6 articles without parsing 5·10^4 pages first.
Search latency is measured for 1-, 2- and 3-word queries from frequent, middling and rare
vocabulary, with and without filters; p50/p95 over the runs.

Machine caveat: 2 shared cores; numbers vary ±20 % with other load.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from corpus import iter_pages  # noqa: E402

from baoxun.archive import Archive, Filters, search  # noqa: E402
from baoxun.archive.store import BATCH_PAGES, IngestResult, tokens  # noqa: E402
from baoxun.archive.ingest import text_hash  # noqa: E402
from baoxun.pipeline import parse_page  # noqa: E402


def ingest_generated(db: Path, n: int, mentions: bool, seed: int) -> dict:
    archive = Archive(db)
    result = IngestResult()
    batch = []
    parse_s = store_s = 0.0
    started = time.perf_counter()
    for name, text in iter_pages(n, seed=seed):
        t = time.perf_counter()
        page = parse_page(text, source=name, mentions=mentions)
        parse_s += time.perf_counter() - t
        batch.append((f"gen/{seed}/{name}", text_hash(text), page))
        if len(batch) >= BATCH_PAGES:
            t = time.perf_counter()
            archive.write_pages(batch, result)
            store_s += time.perf_counter() - t
            batch = []
    if batch:
        t = time.perf_counter()
        archive.write_pages(batch, result)
        store_s += time.perf_counter() - t
    wall = time.perf_counter() - started
    archive.close()
    return {"pages": n, "articles": result.articles, "mentions": mentions, "parse_s": round(parse_s, 2),
            "store_s": round(store_s, 2), "wall_s": round(wall, 2),
            "articles_per_s": round(result.articles / (parse_s + store_s), 1),
            "articles_per_s_store_only": round(result.articles / store_s, 1) if store_s else None}


def grow(db: Path, target: int, seed: int) -> dict:
    """Insert recombined copies of stored articles until the archive holds ``target``."""
    rng = random.Random(seed)
    archive = Archive(db)
    conn = archive.conn
    base = conn.execute("SELECT id, page_id, kind, title, headlines, paragraphs, place, paper FROM articles").fetchall()
    have = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    started = time.perf_counter()
    k = 0
    while have < target:
        conn.execute("BEGIN")
        for _ in range(min(5000, target - have)):
            row = rng.choice(base)
            paras = json.loads(row["paragraphs"])
            rng.shuffle(paras)
            body = "\n".join(paras)
            year = rng.randint(2005, 2025)
            day = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            k += 1
            conn.execute(
                "INSERT INTO articles (id, page_id, seq, kind, title, headlines, reporters, correspondents,"
                " authors, photographers, paragraphs, body, paper, place, issue_date, date, title_tokens,"
                " body_tokens) VALUES (?,?,?,?,?,?,'[]','[]','[]','[]',?,?,?,?,?,?,?,?)",
                (f"g{seed}-{have}", row["page_id"], 1000 + have, row["kind"], row["title"], row["headlines"],
                 json.dumps(paras, ensure_ascii=False), body, row["paper"], row["place"], day, day,
                 tokens(row["title"] or ""), tokens(body)))
            have += 1
        conn.execute("COMMIT")
    secs = time.perf_counter() - started
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    archive.close()
    return {"articles": have, "grow_s": round(secs, 1)}


def vocabulary(db: Path, seed: int) -> dict[str, list[str]]:
    """Frequent, middling and rare two-character-plus words of the archive."""
    conn = Archive(db, readonly=True).conn
    counts: Counter = Counter()
    for (toks,) in conn.execute("SELECT body_tokens FROM articles ORDER BY random() LIMIT 3000"):
        counts.update(t for t in toks.split() if len(t) >= 2 and not t.isdigit())
    ranked = [w for w, _ in counts.most_common()]
    n = len(ranked)
    return {"frequent": ranked[: max(20, n // 100)], "middling": ranked[n // 10: n // 10 + 200],
            "rare": ranked[n // 2: n // 2 + 200]}


def latency(db: Path, runs: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    vocab = vocabulary(db, seed)
    archive = Archive(db, readonly=True)
    archive.conn.execute("PRAGMA cache_size=-200000")
    filters = {"none": Filters(), "date+kind": Filters(date_from="2015-01-01", date_to="2020-12-31", kind="news")}
    rows = []
    for words in (1, 2, 3):
        for band in ("frequent", "middling", "rare"):
            for fname, f in filters.items():
                times = []
                for _ in range(runs):
                    q = " ".join(rng.choice(vocab[band]) for _ in range(words))
                    t = time.perf_counter()
                    search(archive, q, f, limit=20)
                    times.append((time.perf_counter() - t) * 1000)
                times.sort()
                rows.append({"words": words, "vocab": band, "filters": fname,
                             "p50_ms": round(statistics.median(times), 1),
                             "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1)})
    archive.close()
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, help="archive file (default: a temporary one)")
    ap.add_argument("--pages", type=int, default=0, help="generate and ingest this many pages")
    ap.add_argument("--no-mentions", action="store_true")
    ap.add_argument("--grow", type=int, default=0, help="top the archive up to this many articles")
    ap.add_argument("--runs", type=int, default=40, help="queries per latency cell")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    db = args.db or Path(tempfile.mkdtemp()) / "bench.db"
    report: dict = {"db": str(db), "cpu": os.cpu_count()}
    if args.pages:
        report["ingest"] = ingest_generated(db, args.pages, not args.no_mentions, args.seed)
        print(json.dumps(report["ingest"], ensure_ascii=False), flush=True)
    if args.grow:
        report["grow"] = grow(db, args.grow, args.seed)
        print(json.dumps(report["grow"]), flush=True)
    report["db_mb"] = round(sum(p.stat().st_size for p in db.parent.glob(db.name + "*")) / 1e6, 1)
    with Archive(db, readonly=True) as a:
        report["articles"] = a.counts()["articles"]
    rows = latency(db, args.runs, args.seed)
    print(f"\narchive: {report['articles']} articles, {report['db_mb']} MB")
    print(f"{'words':>5} {'vocab':>9} {'filters':>10} {'p50 ms':>8} {'p95 ms':>8}")
    for r in rows:
        print(f"{r['words']:>5} {r['vocab']:>9} {r['filters']:>10} {r['p50_ms']:>8} {r['p95_ms']:>8}")
    report["latency"] = rows
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
