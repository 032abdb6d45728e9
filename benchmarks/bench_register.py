"""Register benchmark: how fast the officials register builds, and its peak memory.

    python3 benchmarks/bench_register.py                     # 10^5 scenario articles, in memory
    python3 benchmarks/bench_register.py --articles 20000    # a smaller run
    python3 benchmarks/bench_register.py --archive           # also through an archive file:
                                                             # bulk read + build + table write

The articles are the scenario generator's (``baoxun.register.scenario``): three cities
and their counties over three years, scaled to ``--articles`` by the number of pieces a
paper prints a month, with perfect mentions (people with their posts and spans, places)
and the text, so the build does everything it does on an archive: post parsing, posts
restored from the text, 原 detection, resolution, careers, holders, co-appearances and
bylines. As a yardstick the same texts are cut by ``rjieba.cut`` (the segmenter the
archive indexes with), timed the same way.

Printed: articles, names and characters; seconds and articles/s for the build (and the
yardstick); peak RSS of the process (``ru_maxrss``) before and after the build, so the
build's own share shows. One process, one core (the build is single-threaded).

Machine caveat: 2 shared cores with other people's jobs; numbers vary ±20 % with load.
"""
from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from baoxun.register.build import register_from_records  # noqa: E402
from baoxun.register.scenario import CITIES, MONTHS, generate  # noqa: E402
from baoxun.register.store import build_register  # noqa: E402

# Papers in the scenario: each city's daily and one county paper; the county paper prints
# this share of a city paper's pieces.
COUNTY_SHARE = 0.6


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _scenario(n: int, seed: int):
    per_city_month = n / (len(CITIES) * MONTHS * (1 + COUNTY_SHARE))
    city = max(1, round(per_city_month))
    county = max(1, round(per_city_month * COUNTY_SHARE))
    return generate(seed, city_articles=city, county_articles=county)


def _write_archive(path: Path, records: list[dict]) -> None:
    """The records straight into the archive schema (no parsing): pages, articles,
    people and places rows, as ingest would store them."""
    from baoxun.archive.schema import migrate
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")
    migrate(conn)
    conn.execute("BEGIN")
    pages = {}
    for i, r in enumerate(records):
        key = (r["paper"], r["issue_date"])
        pid = pages.get(key)
        if pid is None:
            pid = pages[key] = f"p{len(pages):07d}"
            conn.execute("INSERT INTO pages (id, source, content_hash, paper, place, issue_date, issue_year)"
                         " VALUES (?,?,?,?,?,?,?)", (pid, f"{pid}.txt", pid, r["paper"], r["place"], r["issue_date"],
                                                     int(r["issue_date"][:4])))
        conn.execute(
            "INSERT INTO articles (id, page_id, seq, kind, title, headlines, reporters, correspondents, authors,"
            " photographers, paragraphs, body, paper, place, issue_date, date, title_tokens, body_tokens)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (r["id"], pid, i, r["kind"], r["title"], json.dumps(r["headlines"], ensure_ascii=False),
             json.dumps(r["reporters"], ensure_ascii=False), json.dumps(r["correspondents"], ensure_ascii=False),
             "[]", json.dumps(r["photographers"], ensure_ascii=False),
             json.dumps(r["paragraphs"], ensure_ascii=False), "\n".join(r["paragraphs"]), r["paper"], r["place"],
             r["issue_date"], r["issue_date"], "", ""))
        for p in r["mentions"]["people"]:
            conn.execute("INSERT INTO people VALUES (?,?,?,?)", (r["id"], p["name"], json.dumps(p["posts"],
                         ensure_ascii=False), json.dumps(p["spans"])))
        for p in r["mentions"]["places"]:
            conn.execute("INSERT INTO places VALUES (?,?,?,?,?,?,?)", (r["id"], p["name"], p["province"], p["city"],
                                                                       p["county"], p["code"], "[]"))
    conn.execute("COMMIT")
    conn.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=100_000, help="articles to build from (default 10^5)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--archive", action="store_true", help="also time build_register(db) on an archive file")
    ap.add_argument("--no-yardstick", action="store_true", help="skip the rjieba.cut yardstick")
    args = ap.parse_args()

    t0 = time.perf_counter()
    sc = _scenario(args.articles, args.seed)
    records = sc.articles
    gen_s = time.perf_counter() - t0
    names = sum(len(r["mentions"]["people"]) for r in records)
    chars = sum(len(r["text"]) for r in records)
    print(f"articles {len(records):,}  names {names:,}  characters {chars:,}  (generated in {gen_s:.1f} s)")
    rss0 = _rss_mb()

    t0 = time.perf_counter()
    reg = register_from_records(records)
    build_s = time.perf_counter() - t0
    rss1 = _rss_mb()
    officials = sum(1 for p in reg.people if reg.careers.get(p.id))
    print(f"register build   {build_s:7.2f} s  {len(records) / build_s:10,.0f} articles/s  "
          f"({len(reg.people):,} people, {officials:,} with posts, {len(reg.bylines):,} bylines)")
    print(f"peak RSS         {rss0:7.0f} MB before the build, {rss1:.0f} MB after (+{rss1 - rss0:.0f} MB)")

    if not args.no_yardstick:
        import rjieba
        t0 = time.perf_counter()
        n_tokens = 0
        for r in records:
            n_tokens += len(rjieba.cut(r["text"]))
        cut_s = time.perf_counter() - t0
        print(f"rjieba.cut       {cut_s:7.2f} s  {len(records) / cut_s:10,.0f} articles/s  "
              f"({chars / cut_s / 1e6:.1f} M chars/s, {n_tokens:,} tokens) — the yardstick")

    if args.archive:
        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "bench.db"
            t0 = time.perf_counter()
            _write_archive(db, records)
            print(f"archive written  {time.perf_counter() - t0:7.2f} s  (setup, not timed below)")
            del reg
            t0 = time.perf_counter()
            stats = build_register(db)
            total = time.perf_counter() - t0
            print(f"build_register   {total:7.2f} s  {stats['articles'] / total:10,.0f} articles/s  "
                  f"(read + build {stats['build_seconds']:.2f} s, write {total - stats['build_seconds']:.2f} s; "
                  f"{sum(stats['rows'].values()):,} rows)  peak RSS {_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
