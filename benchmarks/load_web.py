"""Bounded load test of the web reader's search on loopback.

Two steps:

    # 1. an archive of about 10^5 articles from synthetic pages (benchmarks/corpus.py),
    #    parsed with mentions on every core and stored with the archive library
    python benchmarks/load_web.py build --db /tmp/load.db --articles 100000

    #    or 10^6 synthetic article rows written straight into the schema (bench_archive.py
    #    --synth, cached under /tmp/baoxun-bench), with the tantivy search index
    python benchmarks/load_web.py build --db /tmp/baoxun-bench/synth-1000000-s0.db --synth 1000000 --index

    # 2. `baoxun.web.serve` in a subprocess on 127.0.0.1, then asyncio keep-alive clients
    #    (one connection each) that search for a fixed, seeded mix of words taken from the
    #    archive's own headlines
    python benchmarks/load_web.py run --db /tmp/load.db --concurrency 10 50

Each run is bounded twice: it stops after ``--requests`` requests or ``--duration``
seconds, whichever comes first, and a request that takes longer than ``--timeout``
counts as an error. It reports requests/s and latency percentiles per concurrency and
endpoint (``/api/search`` and the HTML ``/search`` page with its facets), and exits 1 if
the goal of issue 5 — GOAL_RPS requests/s with p99 at most GOAL_P99_MS — is missed
for the API endpoint.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import random
import socket
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

# Issue 5's goal on the 2-core machine: search at this rate with this p99.
GOAL_RPS = 200
GOAL_P99_MS = 200
# Words in the query mix, drawn (seeded) from the archive's headline tokens.
QUERY_WORDS = 300


# --------------------------------------------------------------------------- build

def _parse_one(item: tuple[str, str]):
    """Parse one synthetic page; a page the parser fails on is returned as its error."""
    from baoxun.archive.ingest import text_hash
    from baoxun.pipeline import parse_page

    name, text = item
    try:
        return name, text_hash(text), parse_page(text, source=name), None
    except Exception as exc:  # noqa: BLE001 - a parser bug must not stop a 10^5-article build
        return name, None, None, f"{name}: {type(exc).__name__}: {exc}"


def build(db: Path, articles: int, seed: int, workers: int) -> None:
    """Ingest synthetic pages until the archive holds ``articles`` articles."""
    from corpus import iter_pages

    from baoxun.archive.store import BATCH_PAGES, Archive, IngestResult

    archive = Archive(db)
    have = archive.counts()["articles"]
    result = IngestResult()
    errors: list[str] = []
    started = time.perf_counter()
    pages = iter_pages(10**7, seed)
    batch: list = []
    with multiprocessing.Pool(workers) as pool:
        for name, h, page, error in pool.imap(_parse_one, pages, chunksize=8):
            if error:
                errors.append(error)
                continue
            batch.append((name, h, page))
            have += len(page.articles)
            if len(batch) >= BATCH_PAGES or have >= articles:
                archive.write_pages(batch, result)
                batch = []
                rate = (result.added + result.unchanged) / (time.perf_counter() - started)
                print(f"\r{have} articles, {result.added} pages, {len(errors)} failed, {rate:.0f} pages/s",
                      end="", file=sys.stderr, flush=True)
            if have >= articles:
                pool.terminate()
                break
    archive.conn.execute("PRAGMA optimize")
    counts = archive.counts()
    archive.close()
    print(f"\n{counts['pages']} pages, {counts['articles']} articles in {db}"
          f" ({time.perf_counter() - started:.0f} s, {len(errors)} pages failed to parse)", file=sys.stderr)
    for e in errors[:5]:
        print("  " + e, file=sys.stderr)


# --------------------------------------------------------------------------- run

def query_mix(db: Path, n: int, seed: int) -> list[str]:
    """``n`` search words, seeded, from headline tokens of 2+ characters that rjieba
    cuts whole (a synthetic archive's made-up words would otherwise become queries of
    single characters that match nothing)."""
    import sqlite3

    import rjieba

    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    words: set[str] = set()
    for (tokens,) in conn.execute("SELECT title_tokens FROM articles ORDER BY rowid LIMIT 5000"):
        words.update(t for t in tokens.split() if len(t) >= 2 and not t.isascii() and rjieba.cut(t) == [t])
    conn.close()
    pool = sorted(words)
    random.Random(seed).shuffle(pool)
    return pool[:n]


def server_cpu(pid: int) -> float:
    """CPU seconds used so far by the server process and its worker processes."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    pids = [pid]
    try:
        pids += [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        pass
    for p in pids:
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick      # utime, stime
        except (OSError, IndexError, ValueError):
            pass
    return total


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --index-facets: the web reader's facets answered by the search index (the change to
# baoxun/web/queries.py proposed in issue 13), patched into the benchmark's server only.
_INDEX_FACETS = (
    "import baoxun.web.queries as _q; from baoxun.archive import index as _ix; _sql = _q.facets\n"
    "def _facets(archive, text, filters, *, seconds=1.0, size=_q.FACET_SIZE):\n"
    "    got = _ix.facets(archive, text, filters, size=size)\n"
    "    return got if got is not None else _sql(archive, text, filters, seconds=seconds, size=size)\n"
    "_q.facets = _facets\n")


def start_server(db: Path, port: int, workers: int, index_facets: bool = False) -> subprocess.Popen:
    code = ("import sys; from pathlib import Path; from baoxun.web import serve; "
            f"serve(Path(sys.argv[1]), '127.0.0.1', {port}, workers={workers}, access_log=False)")
    env = dict(os.environ)
    if index_facets:
        # a sitecustomize.py on the server's path applies the patch in every worker process
        import tempfile
        site = Path(tempfile.mkdtemp(prefix="baoxun-load-"))
        (site / "sitecustomize.py").write_text(_INDEX_FACETS)
        env["PYTHONPATH"] = os.pathsep.join([str(site)] + [p for p in [env.get("PYTHONPATH")] if p])
    proc = subprocess.Popen([sys.executable, "-c", code, str(db)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=env)
    import urllib.request
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/stats", timeout=30) as r:
                if r.status == 200:
                    return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not start in 60 s")


class _Connection:
    """A minimal HTTP/1.1 keep-alive client for GET requests: the load generator shares
    the 2 cores with the server, and httpx spends 3-9 ms of CPU per request at 50
    connections (measured), this about a tenth of that."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, target: str) -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(f"GET {target} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)}
        if headers.get("transfer-encoding") == "chunked":
            body = b""
            while True:
                size = int((await self.reader.readuntil(b"\r\n")).strip(), 16)
                chunk = await self.reader.readexactly(size + 2)
                if size == 0:
                    break
                body += chunk[:-2]
        else:
            body = await self.reader.readexactly(int(headers.get("content-length", "0")))
        if headers.get("connection") == "close":
            self.close()
        return status, body

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def _load(base: str, path: str, words: list[str], concurrency: int, requests: int, duration: float,
                timeout: float, seed: int) -> dict:
    from urllib.parse import urlencode, urlsplit

    url = urlsplit(base)
    latencies: list[float] = []
    errors = 0
    statuses: dict[int, int] = {}
    issued = 0
    rng = random.Random(seed)
    stop_at = time.perf_counter() + duration

    async def worker() -> None:
        nonlocal issued, errors
        conn = _Connection(url.hostname or "127.0.0.1", url.port or 80)
        try:
            while issued < requests and time.perf_counter() < stop_at:
                issued += 1
                target = path + "?" + urlencode({"q": rng.choice(words), "limit": 20})
                t0 = time.perf_counter()
                try:
                    status, _ = await asyncio.wait_for(conn.get(target), timeout)
                except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError):
                    errors += 1
                    conn.close()
                    continue
                statuses[status] = statuses.get(status, 0) + 1
                if status != 200:
                    errors += 1
                    continue
                latencies.append(time.perf_counter() - t0)
        finally:
            conn.close()

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - t0
    latencies.sort()

    def pct(p: float) -> float:
        return 1000 * latencies[min(len(latencies) - 1, int(p * len(latencies)))] if latencies else float("nan")

    return {"path": path, "concurrency": concurrency, "requests": len(latencies) + errors, "ok": len(latencies),
            "errors": errors, "statuses": statuses, "seconds": round(elapsed, 2),
            "rps": round(len(latencies) / elapsed, 1), "p50_ms": round(pct(0.50), 1),
            "p90_ms": round(pct(0.90), 1), "p99_ms": round(pct(0.99), 1),
            "max_ms": round(1000 * latencies[-1], 1) if latencies else None}


def run(args: argparse.Namespace) -> int:
    from baoxun.archive import Archive

    with Archive(args.db, readonly=True) as a:
        counts = a.counts()
    words = query_mix(args.db, QUERY_WORDS, args.seed)
    port = free_port()
    proc = start_server(args.db, port, args.workers, args.index_facets)
    base = f"http://127.0.0.1:{port}"
    print(f"archive {args.db}: {counts['articles']} articles, {counts['pages']} pages; "
          f"{len(words)} query words; server workers={args.workers}; cpus={os.cpu_count()}", file=sys.stderr)
    results = []
    try:
        # warm the page cache and every worker's connections
        asyncio.run(_load(base, "/api/search", words, 4, 200, 10, args.timeout, args.seed + 1))
        for path in args.paths:
            for c in args.concurrency:
                load = os.getloadavg()[0]
                server0, client0 = server_cpu(proc.pid), time.process_time()
                res = _load(base, path, words, c, args.requests, args.duration, args.timeout, args.seed)
                results.append(asyncio.run(res))
                r = results[-1]
                n = max(r["requests"], 1)
                r["server_cpu_ms"] = round(1000 * (server_cpu(proc.pid) - server0) / n, 2)
                r["client_cpu_ms"] = round(1000 * (time.process_time() - client0) / n, 2)
                r["loadavg_before"] = round(load, 2)
                print(f"{r['path']:<12} c={c:<3} {r['ok']:>6} ok {r['errors']:>4} errors in {r['seconds']:>5} s"
                      f"  {r['rps']:>7} req/s  p50 {r['p50_ms']} ms  p90 {r['p90_ms']} ms"
                      f"  p99 {r['p99_ms']} ms  max {r['max_ms']} ms  | CPU/request: server {r['server_cpu_ms']} ms,"
                      f" client {r['client_cpu_ms']} ms | load before {r['loadavg_before']}")
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
    if args.json:
        print(json.dumps({"articles": counts["articles"], "workers": args.workers, "results": results},
                         ensure_ascii=False, indent=2))
    api = [r for r in results if r["path"] == "/api/search"]
    missed = [r for r in api if r["rps"] < GOAL_RPS or r["p99_ms"] > GOAL_P99_MS or r["errors"]]
    if missed:
        print(f"goal missed (≥{GOAL_RPS} req/s, p99 ≤{GOAL_P99_MS} ms, no errors) at concurrency "
              + ", ".join(str(r["concurrency"]) for r in missed), file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="Fill an archive with synthetic pages.")
    b.add_argument("--db", type=Path, required=True)
    b.add_argument("--articles", type=int, default=100_000)
    b.add_argument("--seed", type=int, default=0)
    b.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    b.add_argument("--synth", type=int, default=0, help="Write this many synthetic article rows instead.")
    b.add_argument("--index", action="store_true", help="Also build the tantivy search index.")
    r = sub.add_parser("run", help="Load-test search against a running server.")
    r.add_argument("--db", type=Path, required=True)
    r.add_argument("--concurrency", type=int, nargs="+", default=[10, 50])
    r.add_argument("--paths", nargs="+", default=["/api/search", "/search"])
    r.add_argument("--requests", type=int, default=6000, help="Stop after this many requests per run.")
    r.add_argument("--duration", type=float, default=20.0, help="Stop after this many seconds per run.")
    r.add_argument("--timeout", type=float, default=10.0, help="A slower request counts as an error.")
    r.add_argument("--workers", type=int, default=1, help="uvicorn worker processes.")
    r.add_argument("--index-facets", action="store_true",
                   help="Serve the search page's facets from the search index (the proposed web change).")
    r.add_argument("--seed", type=int, default=0)
    r.add_argument("--json", action="store_true", help="Also print the results as JSON.")
    args = ap.parse_args(argv)
    if args.cmd == "build":
        if args.synth:
            from bench_archive import cached_synth
            print(json.dumps(cached_synth(args.synth, args.seed, args.db)[1]), file=sys.stderr)
        else:
            build(args.db, args.articles, args.seed, args.workers)
        if args.index:
            from baoxun.archive import Archive
            from baoxun.archive import index as search_index
            with Archive(args.db, readonly=True) as a:
                if search_index.status(a) != "fresh":
                    print(json.dumps(search_index.build(a)), file=sys.stderr)
        return 0
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
