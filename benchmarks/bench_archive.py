"""Archive benchmark: build speed, size on disk, search latency per query plan.

    # an archive of 10^6 synthetic articles (cached: built once, reused by later runs),
    # its tantivy index, and the latency table of every plan on the same queries
    python3 benchmarks/bench_archive.py --synth 1000000 --plans fts,fts-capped,index

    python3 benchmarks/bench_archive.py --synth 100000 --plans index --runs 100
    python3 benchmarks/bench_archive.py --pages 2000                 # parse + ingest 2000 pages
    python3 benchmarks/bench_archive.py --grow 1000000 --db big.db   # older: recombined copies

``--synth N`` writes N article rows (with pages, people and places mentions) straight
into the archive schema from a generated vocabulary — no parsing — so 10^6 articles
take minutes. The vocabulary is realistic where search cares: the project's own text
(examples/ and corpus/, cut with the archive's tokenizer: 的, 发展, 项目 …) ranked by
frequency, extended by a synthetic tail of 2–3-character words to ``VOCAB`` words, and
every token drawn from a Zipf–Mandelbrot law over those ranks (exponent ``ZIPF_S``).
Query words are then chosen by document frequency from the archive's own FTS5
vocabulary: frequent ≥ 10 % of articles, middling 0.1–1 %, rare 2–max(20, 0.01 %).
Articles: lengths log-normal around ``BODY_TOKENS`` tokens, kinds in the proportions of
the example pages, 20 articles a page of one paper and issue date (2005–2025), papers
drawn unevenly from ``PAPERS`` cities of the gazetteer, 0–3 named people and 0–3
places a piece. The archive is cached under /tmp/baoxun-bench/ by size and seed.

Latency: 1-, 2- and 3-word queries × frequent / middling / rare words × no filter /
date range + kind / place, each cell ``--runs`` seeded queries, the *same* queries for
every plan; p50/p95/p99 in ms (p99 of fewer than 100 runs is close to the maximum).
Plans: ``fts`` (the FTS5 plan as it was before issue 13), ``fts-capped`` (FTS5 with a
capped count and rank window: the best FTS5 variant measured), ``index`` (tantivy, the
plan ``baoxun.archive.search`` now uses when the index exists).

Machine caveat: 2 shared cores with other people's jobs; numbers vary ±20 % with load.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))

from baoxun.archive import Archive, Filters  # noqa: E402
from baoxun.archive.store import BATCH_PAGES, IngestResult, tokens  # noqa: E402

CACHE = Path("/tmp/baoxun-bench")
VOCAB = 400_000          # words in the generated vocabulary (real head + synthetic tail)
ZIPF_S = 1.0             # Zipf exponent of token frequencies
ZIPF_Q = 2.7             # Mandelbrot shift: flattens the very top ranks
BODY_TOKENS = 260        # median body length in tokens (≈ 520 characters)
TITLE_TOKENS = 7
PAPERS = 300
PAGE_ARTICLES = 20
KINDS = [("news", 0.66), ("photo", 0.14), ("feature", 0.08), ("fragment", 0.04), ("notice", 0.03),
         ("banner", 0.03), ("weather", 0.02)]
DATE_KIND = {"date_from": "2015-01-01", "date_to": "2020-12-31", "kind": "news"}
_CJK = re.compile(r"[\u4e00-\u9fff]")


# --------------------------------------------------------------------------- vocabulary

def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v)


def vocabulary(size: int = VOCAB, seed: int = 0) -> list[str]:
    """Words by rank: the project's own text cut with the archive's tokenizer, most
    frequent first, then a synthetic tail of 2–3-character words."""
    texts = [Path(p).read_text(encoding="utf-8") for p in sorted(glob.glob(str(ROOT / "examples/pages/*.txt")))]
    for p in sorted(glob.glob(str(ROOT / "corpus/articles/*.jsonl"))):
        for line in open(p, encoding="utf-8"):
            texts.extend(s for s in _strings(json.loads(line)) if _CJK.search(s))
    counts: Counter = Counter()
    for t in texts:
        counts.update(tokens(t).split())
    words = [w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    seen = set(words)
    chars = sorted({c for w in words for c in w if _CJK.match(c)})
    rng = random.Random(seed)
    while len(words) < size:
        w = "".join(rng.choice(chars) for _ in range(rng.choice((2, 2, 3))))
        if w not in seen:
            seen.add(w)
            words.append(w)
    return words[:size]


def _places() -> list[tuple[str, str | None, str | None, str | None, str]]:
    """(name, province, city, county, code) of the gazetteer's current cities and counties."""
    from baoxun import gazetteer
    return [(p.name, p.province, p.city, p.county, p.code) for p in gazetteer.iter_places()
            if p.level in ("city", "county")]


# --------------------------------------------------------------------------- synthetic archive

def synth(db: Path, n: int, seed: int = 0) -> dict:
    """Write ``n`` synthetic articles into a new archive at ``db``; FTS5 is built in one
    pass at the end (its triggers are dropped for the bulk load and put back)."""
    import numpy as np

    t_start = time.perf_counter()
    words = vocabulary(VOCAB, seed)
    vocab = np.array(words, dtype=object)
    ranks = np.arange(1, len(words) + 1, dtype=np.float64)
    p = 1.0 / (ranks + ZIPF_Q) ** ZIPF_S
    cdf = np.cumsum(p / p.sum())
    rng = np.random.default_rng(seed)
    pyrng = random.Random(seed)
    places = _places()
    cities = [pl for pl in places if pl[2] == pl[0]]
    counties_of: dict[str, list] = {}
    for pl in places:
        if pl[3] and pl[2]:
            counties_of.setdefault(pl[2], []).append(pl)
    homes = pyrng.sample(cities, PAPERS)
    paper_w = 1.0 / np.arange(1, PAPERS + 1) ** 0.7
    paper_cdf = np.cumsum(paper_w / paper_w.sum())
    surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    given = sorted({c for w in words[:20000] for c in w if _CJK.match(c)})
    names = sorted({pyrng.choice(surnames) + "".join(pyrng.choice(given) for _ in range(pyrng.choice((1, 2, 2))))
                    for _ in range(40_000)})
    name_w = 1.0 / (np.arange(1, len(names) + 1) + 5.0)
    name_cdf = np.cumsum(name_w / name_w.sum())
    kind_names = [k for k, _ in KINDS]
    kind_cdf = np.cumsum([w for _, w in KINDS])
    kind_cdf /= kind_cdf[-1]
    day0 = np.datetime64("2005-01-01")
    days = int((np.datetime64("2025-12-31") - day0).astype(int))

    if db.exists():
        raise SystemExit(f"{db} exists; remove it first")
    Archive(db).close()                        # the schema, by the library's migrations
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-400000")
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='trigger' AND tbl_name='articles'").fetchall()
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    chunk = 10_000
    made = 0
    page_no = 0
    t_rows = time.perf_counter()
    while made < n:
        m = min(chunk, n - made)
        lens = np.clip(rng.lognormal(np.log(BODY_TOKENS), 0.6, m), 20, 3000).astype(int)
        tlens = np.clip(rng.poisson(TITLE_TOKENS, m), 2, 20)
        idx = np.searchsorted(cdf, rng.random(int(lens.sum() + tlens.sum())))
        toks = vocab[idx]
        kinds = np.searchsorted(kind_cdf, rng.random(m))
        n_people = rng.poisson(0.9, m)
        n_places = rng.poisson(1.2, m)
        person_idx = np.searchsorted(name_cdf, rng.random(int(n_people.sum())))
        pages, arts, people, mplaces = [], [], [], []
        pos = ppos = 0
        for i in range(m):
            if (made + i) % PAGE_ARTICLES == 0:
                page_no += 1
                home = homes[int(np.searchsorted(paper_cdf, pyrng.random()))]
                paper = home[0][:-1] + "日报" if len(home[0]) > 2 else home[0] + "日报"
                date = str(day0 + pyrng.randrange(days))
                pid = f"p{page_no:015x}"
                pages.append((pid, f"synth/{seed}/{page_no}.txt", f"{page_no:032x}", paper, home[0], date,
                              int(date[:4]), "masthead", "{}"))
            title_w = toks[pos: pos + tlens[i]]
            pos += tlens[i]
            body_w = toks[pos: pos + lens[i]]
            pos += lens[i]
            paras = []
            for j in range(0, len(body_w), 60):
                part = body_w[j: j + 60]
                paras.append("，".join("".join(part[k: k + 12]) for k in range(0, len(part), 12)) + "。")
            title = "".join(title_w)
            body = "\n".join(paras)
            aid = f"a{seed:02x}{made + i:014x}"
            row = made + i + 1
            arts.append((row, aid, pid, (made + i) % PAGE_ARTICLES, kind_names[kinds[i]], title,
                         json.dumps([title], ensure_ascii=False), json.dumps(paras, ensure_ascii=False), body,
                         paper, home[0], date, date, " ".join(title_w), " ".join(body_w)))
            for _ in range(n_people[i]):
                people.append((aid, names[person_idx[ppos]], "[]", "[]"))
                ppos += 1
            local = counties_of.get(home[0]) or [home]
            for _ in range(n_places[i]):
                pl = pyrng.choice(local) if pyrng.random() < 0.7 else pyrng.choice(places)
                mplaces.append((aid,) + pl + ("[]",))
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO pages VALUES (?,?,?,?,?,?,?,?,?)", pages)
        conn.executemany(
            "INSERT INTO articles (rowid, id, page_id, seq, kind, title, headlines, reporters, correspondents,"
            " authors, photographers, paragraphs, body, paper, place, issue_date, date, title_tokens, body_tokens)"
            " VALUES (?,?,?,?,?,?,?,'[]','[]','[]','[]',?,?,?,?,?,?,?,?)", arts)
        conn.executemany("INSERT INTO people VALUES (?,?,?,?)", people)
        conn.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?)", mplaces)
        conn.execute("COMMIT")
        made += m
        rate = made / (time.perf_counter() - t_rows)
        print(f"\rsynth: {made} articles ({rate:.0f}/s)", end="", file=sys.stderr, flush=True)
    rows_s = time.perf_counter() - t_rows
    t = time.perf_counter()
    conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    fts_s = time.perf_counter() - t
    for _, sql in triggers:
        conn.execute(sql)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ANALYZE")
    conn.close()
    print(file=sys.stderr)
    meta = {"articles": n, "seed": seed, "vocab": VOCAB, "zipf_s": ZIPF_S, "rows_s": round(rows_s, 1),
            "fts5_build_s": round(fts_s, 1), "fts5_articles_per_s": round(n / fts_s),
            "total_s": round(time.perf_counter() - t_start, 1), "db_mb": round(db.stat().st_size / 1e6, 1),
            "fts5_mb": round(_fts_bytes(db) / 1e6, 1)}
    db.with_suffix(".json").write_text(json.dumps(meta, indent=1))
    return meta


def _fts_bytes(db: Path) -> int:
    """Bytes of the FTS5 index inside the archive (its shadow tables)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'articles_fts%'").fetchone()[0] or 0
    except sqlite3.OperationalError:       # dbstat not compiled in
        return 0
    finally:
        conn.close()


def cached_synth(n: int, seed: int, db: Path | None) -> tuple[Path, dict]:
    db = db or CACHE / f"synth-{n}-s{seed}.db"
    db.parent.mkdir(parents=True, exist_ok=True)
    meta_path = db.with_suffix(".json")
    if db.exists() and meta_path.exists():
        return db, json.loads(meta_path.read_text())
    for stale in db.parent.glob(db.name + "*"):
        stale.unlink()
    return db, synth(db, n, seed)


# --------------------------------------------------------------------------- older modes

def ingest_generated(db: Path, n: int, mentions: bool, seed: int) -> dict:
    """Parse ``n`` pages of benchmarks/corpus.py and store them through the library."""
    from corpus import iter_pages

    from baoxun.archive.ingest import text_hash
    from baoxun.pipeline import parse_page

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
    while have < target:
        conn.execute("BEGIN")
        for _ in range(min(5000, target - have)):
            row = rng.choice(base)
            paras = json.loads(row["paragraphs"])
            rng.shuffle(paras)
            body = "\n".join(paras)
            year = rng.randint(2005, 2025)
            day = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
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


# --------------------------------------------------------------------------- queries

def query_words(db: Path, seed: int) -> dict[str, list[str]]:
    """Words of 2+ characters (no digits) per band of document frequency, read from the
    archive's own FTS5 vocabulary (one full pass, cached beside the archive):
    frequent ≥ 10 % of articles, middling 0.1–1 %, rare 2–max(20, 0.01 %). Each is made
    known to rjieba so that a query cuts it whole, as a real word would be."""
    import rjieba

    cache = Path(str(db) + ".bands.json")
    if cache.exists() and cache.stat().st_mtime >= db.stat().st_mtime:
        bands = json.loads(cache.read_text())
    else:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        n = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        conn.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, articles_fts, 'row')")
        limits = {"frequent": (0.10 * n, n), "middling": (0.001 * n, 0.01 * n), "rare": (2, max(20, 1e-4 * n))}
        bands = {k: [] for k in limits}
        for term, df in conn.execute("SELECT term, doc FROM temp.v"):
            if len(term) < 2 or any(c.isdigit() or c.isascii() for c in term):
                continue
            for k, (lo, hi) in limits.items():
                if lo <= df <= hi:
                    bands[k].append(term)
        conn.close()
        rng = random.Random(seed)
        for k in bands:
            if len(bands[k]) > 2000:
                bands[k] = sorted(rng.sample(bands[k], 2000))
        cache.write_text(json.dumps(bands, ensure_ascii=False))
    out = {}
    for band, pool in bands.items():
        for w in pool:
            if rjieba.cut(w) != [w]:
                rjieba.add_word(w, 10, None)
        out[band] = [w for w in pool if rjieba.cut(w) == [w]]
    return out


def place_values(db: Path, k: int = 30) -> list[str]:
    """The papers' home places, the most frequent first (what a reader filters by)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = conn.execute("SELECT place FROM articles WHERE rowid % 97 = 0 AND place IS NOT NULL"
                        " GROUP BY place ORDER BY count(*) DESC LIMIT ?", (k,)).fetchall()
    conn.close()
    return [r[0] for r in rows]


def query_table(db: Path, runs: int, seed: int) -> list[dict]:
    """The seeded queries of every cell: the same ones for every plan."""
    rng = random.Random(seed)
    vocab = query_words(db, seed)
    places = place_values(db)
    cells = []
    for words in (1, 2, 3):
        for band in ("rare", "middling", "frequent"):
            for fname in ("none", "date+kind", "place"):
                qs = []
                for _ in range(runs):
                    q = " ".join(rng.choice(vocab[band]) for _ in range(words))
                    if fname == "none":
                        f = Filters()
                    elif fname == "date+kind":
                        f = Filters(**DATE_KIND)
                    else:
                        f = Filters(place=rng.choice(places))
                    qs.append((q, f))
                cells.append({"words": words, "vocab": band, "filters": fname, "queries": qs})
    return cells


def _plan(name: str):
    import importlib
    s = importlib.import_module("baoxun.archive.search")      # the module (the package exports the function)
    if name == "fts":
        return lambda a, q, f: s.search_fts(a, q, f, limit=20, capped=False)
    if name == "fts-capped":
        return lambda a, q, f: s.search_fts(a, q, f, limit=20, capped=True)
    if name == "index":
        return lambda a, q, f: s.search_index(a, q, f, limit=20)
    raise SystemExit(f"unknown plan {name}")


def latency(db: Path, cells: list[dict], plan: str, budget_s: float, warm: bool = False) -> list[dict]:
    """Run every cell's queries through ``plan``; a cell stops early once it has spent
    ``budget_s`` seconds (slow plans at 10^6), and says how many queries it ran.
    ``warm``: run every query once, untimed, first (the page cache then holds what the
    queries read, as on a server that has been up a while)."""
    fn = _plan(plan)
    archive = Archive(db, readonly=True)
    archive.conn.execute("PRAGMA cache_size=-200000")
    fn(archive, "发展", Filters())            # open the index, warm the caches
    if warm:
        for cell in cells:
            for q, f in cell["queries"]:
                fn(archive, q, f)
    rows = []
    for cell in cells:
        times, totals = [], []
        spent = 0.0
        for q, f in cell["queries"]:
            t = time.perf_counter()
            _, total = fn(archive, q, f)
            dt = time.perf_counter() - t
            spent += dt
            times.append(dt * 1000)
            totals.append(total)
            if spent > budget_s:
                break
        times.sort()

        def pct(p: float) -> float:
            return round(times[min(len(times) - 1, int(p * len(times)))], 1)

        rows.append({"plan": plan, "words": cell["words"], "vocab": cell["vocab"], "filters": cell["filters"],
                     "runs": len(times), "p50_ms": round(statistics.median(times), 1), "p95_ms": pct(0.95),
                     "p99_ms": pct(0.99), "median_total": int(statistics.median(totals))})
        r = rows[-1]
        print(f"{plan:>10} {r['words']:>2}w {r['vocab']:>9} {r['filters']:>9}  p50 {r['p50_ms']:>7}  "
              f"p95 {r['p95_ms']:>7}  p99 {r['p99_ms']:>7}  (n={r['runs']}, median total {r['median_total']})",
              file=sys.stderr, flush=True)
    archive.close()
    return rows


def cut_throughput() -> dict:
    """rjieba cut and cut_for_search, characters per second, on the example pages."""
    import rjieba
    text = "".join(Path(p).read_text(encoding="utf-8") for p in sorted(glob.glob(str(ROOT / "examples/pages/*.txt"))))
    out = {}
    for name, fn in (("cut", rjieba.cut), ("cut_for_search", rjieba.cut_for_search)):
        t = time.perf_counter()
        for _ in range(10):
            fn(text)
        out[f"rjieba_{name}_mchars_per_s"] = round(10 * len(text) / (time.perf_counter() - t) / 1e6, 2)
    return out


def dir_mb(path: Path) -> float:
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6, 1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, help="archive file (default: a cached or temporary one)")
    ap.add_argument("--synth", type=int, default=0, help="a synthetic archive of this many articles (cached)")
    ap.add_argument("--pages", type=int, default=0, help="generate, parse and ingest this many pages")
    ap.add_argument("--no-mentions", action="store_true")
    ap.add_argument("--grow", type=int, default=0, help="top the archive up to this many articles")
    ap.add_argument("--plans", default="fts,index", help="comma-separated: fts, fts-capped, index")
    ap.add_argument("--runs", type=int, default=60, help="queries per latency cell")
    ap.add_argument("--budget", type=float, default=20.0, help="seconds a cell may take per plan")
    ap.add_argument("--rebuild-index", action="store_true", help="build the index again even if it is fresh")
    ap.add_argument("--warm", action="store_true", help="run every query once untimed before measuring")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    report: dict = {"cpu": os.cpu_count(), "loadavg": os.getloadavg()}
    report.update(cut_throughput())
    print(json.dumps({k: v for k, v in report.items() if k.startswith("rjieba")}), flush=True)
    if args.synth:
        db, report["synth"] = cached_synth(args.synth, args.seed, args.db)
        print(json.dumps(report["synth"]), flush=True)
    else:
        db = args.db or Path(tempfile.mkdtemp()) / "bench.db"
    if args.pages:
        report["ingest"] = ingest_generated(db, args.pages, not args.no_mentions, args.seed)
        print(json.dumps(report["ingest"], ensure_ascii=False), flush=True)
    if args.grow:
        report["grow"] = grow(db, args.grow, args.seed)
        print(json.dumps(report["grow"]), flush=True)
    report["db_mb"] = round(sum(p.stat().st_size for p in db.parent.glob(db.name + "*") if p.is_file()) / 1e6, 1)
    with Archive(db, readonly=True) as a:
        report["articles"] = a.counts()["articles"]
    plans = [p for p in args.plans.split(",") if p]
    if "index" in plans:
        from baoxun.archive import index as ix
        with Archive(db, readonly=True) as a:
            if args.rebuild_index or ix.status(a) != "fresh":
                report["index_build"] = ix.build(a)
                print(json.dumps(report["index_build"]), flush=True)
            report["index_mb"] = dir_mb(ix.index_path(a))
    cells = query_table(db, args.runs, args.seed)
    rows = []
    for plan in plans:
        rows += latency(db, cells, plan, args.budget, args.warm)
    print(f"\narchive: {report['articles']} articles, {report['db_mb']} MB"
          + (f", index {report['index_mb']} MB" if "index_mb" in report else ""))
    print(f"{'plan':>10} {'words':>5} {'vocab':>9} {'filters':>10} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}"
          f" {'runs':>5} {'total':>8}")
    for r in rows:
        print(f"{r['plan']:>10} {r['words']:>5} {r['vocab']:>9} {r['filters']:>10} {r['p50_ms']:>8} {r['p95_ms']:>8}"
              f" {r['p99_ms']:>8} {r['runs']:>5} {r['median_total']:>8}")
    report["latency"] = rows
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
