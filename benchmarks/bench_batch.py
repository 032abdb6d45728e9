"""Throughput of ``baoxun batch`` (baoxun.scale) in-process, on 1 and on 2 Dask workers.

    python benchmarks/bench_batch.py                               # 400 pages, with mentions
    python benchmarks/bench_batch.py --pages 1000 --chunk-pages 100
    python benchmarks/bench_batch.py --no-mentions --pages 2000
    python benchmarks/bench_batch.py --modes 2 --memory-chunks 50 200 400

Pages come from ``benchmarks/corpus.py`` (recombined example articles, 5–20 KB each),
written once to a temporary folder — the driver only sees paths, as in a real run —
either ``--layout clustered`` (default: folders of 100 pages of one county and month, as
an archive stores a paper, so a chunk's pages share a partition) or ``shuffled`` (every
page its own place and month: the worst case, a Parquet file per page and table). For
each mode a fresh dataset is written:

* ``in-process`` — ``workers=0``: no Dask, the reference for identical records;
* ``1``, ``2``   — a LocalCluster of N processes × 1 thread. Cluster start-up and each
  worker's one-off warm-up (imports, gazetteer, pyarrow; ~3 s) are timed apart from the
  run, since a corpus run pays them once per worker, not per page.

Reported per mode: pages/s (wall), the CPU seconds per page summed over workers (what a
capacity plan multiplies; unlike wall time it does not depend on what else runs on the
machine), the share of worker time spent reading, parsing and writing Parquet, the
resume pass (all chunks skipped), peak RSS of each worker and of the driver, dataset
bytes per page — and whether the rows equal the in-process rows. Also measured: the
scheduler's round trip per task (no-op tasks through the same bounded window), how many
cores our run and the whole machine kept busy (/proc/stat), the machine's own ceiling
(2 busy pure-Python processes against 1, before and after: on shared cores it is well
under 2) and, with ``--memory-chunks``, a worker's peak RSS for several ``--chunk-pages``.

The last line printed is a one-line JSON summary.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def machine() -> dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), None)
    return {"cpu": cpu, "cores": len(os.sched_getaffinity(0)), "python": platform.python_version(),
            "loadavg_1m": os.getloadavg()[0]}


def _draws(index: int, seed: int) -> tuple[str, str]:
    """The county and issue month corpus.make_page draws first for page *index*
    (the same three draws, in the same order; checked against the page text below)."""
    import random
    from datetime import date, timedelta

    from corpus import COUNTIES, STYLES

    r = random.Random(f"baoxun-bench:{seed}:{index}")
    r.randrange(len(STYLES))
    county = r.choice(COUNTIES)
    issue = date(2015, 1, 1) + timedelta(days=r.randrange(11 * 365))
    return county, issue.strftime("%Y-%m")


def pick_pages(n: int, seed: int, layout: str, per_group: int) -> list[tuple[int, str]]:
    """Page indexes to generate and the folder each goes to.

    ``shuffled``: pages 0..n-1, every one its own county and month — the worst case for
    a partitioned dataset (each page of a chunk is a partition of its own).
    ``clustered``: groups of *per_group* pages of one county and month, in folders
    county/yyyy-mm/ — the way an archive stores a paper (a county paper prints ~200
    pages a month), so consecutive pages share their partition.
    """
    if layout == "shuffled":
        return [(i, f"{i // 100:04d}") for i in range(n)]
    groups: dict[tuple[str, str], list[int]] = {}
    full: list[tuple[str, str]] = []
    i = 0
    while len(full) * per_group < n:
        key = _draws(i, seed)
        members = groups.setdefault(key, [])
        if len(members) < per_group:
            members.append(i)
            if len(members) == per_group:
                full.append(key)
        i += 1
    return [(idx, f"{county}/{month}") for county, month in sorted(full) for idx in groups[(county, month)]][:n]


def write_corpus(n: int, seed: int, folder: Path, layout: str, per_group: int) -> tuple[int, float]:
    from corpus import make_page

    total = 0
    for index, sub in pick_pages(n, seed, layout, per_group):
        name, text = make_page(index, seed)
        (folder / sub).mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        (folder / sub / f"{name}.txt").write_bytes(data)
        total += len(data)
    return total, total / max(n, 1) / 1024


def cpu_busy() -> tuple[float, float]:
    """(busy, total) CPU seconds of the whole machine since boot, from /proc/stat: with
    our own CPU time it tells how much of the machine other programs took during a run."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    hz = os.sysconf("SC_CLK_TCK")
    idle = fields[3] + fields[4]  # idle + iowait
    return (sum(fields) - idle) / hz, sum(fields) / hz


def process_cpu() -> float:
    """CPU seconds of this process so far (user + system)."""
    t = os.times()
    return t.user + t.system


def peak_rss_mb() -> float:
    """Peak RSS of this process (VmHWM). Not getrusage's ru_maxrss: that survives exec,
    so a worker spawned by a big driver would report the driver's peak."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def warm() -> float:
    """One-off costs of a fresh worker: imports, lexicons, pyarrow's first table."""
    import pyarrow as pa

    from baoxun import parse_page
    from baoxun.scale.dataset import schemas

    t = time.perf_counter()
    text = next(iter(sorted((HERE.parent / "examples" / "pages").glob("*.txt")))).read_text(encoding="utf-8")
    parse_page(text)
    pa.Table.from_pylist([], schema=schemas()["articles"])
    return time.perf_counter() - t


def _spin(seconds: float) -> int:
    n, end = 0, time.perf_counter() + seconds
    while time.perf_counter() < end:
        n += sum(range(200))  # pure-Python work holding the GIL, like the parser
    return n


def parallel_ceiling(seconds: float = 3.0) -> float:
    """How much faster 2 busy processes go than 1 on this machine right now: the best
    scaling any 2-worker run can show while other programs share the cores."""
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_spin, [0.2, 0.2]))  # start both processes first
        one = pool.submit(_spin, seconds).result()
        two = sum(pool.map(_spin, [seconds, seconds]))
    return round(two / one, 2)


def noop(x: int) -> int:
    return x


def scheduler_round_trip(client, tasks: int = 300) -> float:
    """Milliseconds per task when tasks are submitted in a bounded window, as run_batch does."""
    from distributed import as_completed

    window = 2 * sum(client.nthreads().values())
    it = iter(range(tasks))
    done = as_completed([client.submit(noop, next(it), pure=False) for _ in range(window)])
    t = time.perf_counter()
    for fut in done:
        fut.result()
        nxt = next(it, None)
        if nxt is not None:
            done.add(client.submit(noop, nxt, pure=False))
    return (time.perf_counter() - t) / tasks * 1000


def dataset_rows(out: Path) -> list[str]:
    import pyarrow.parquet as pq

    from baoxun.scale.dataset import TABLES

    found = []
    for table in TABLES:
        for path in sorted((out / table).rglob("[!.]*.parquet")):
            part = f"{table}/{path.parent.relative_to(out / table).as_posix()}"
            found += [json.dumps([part, r], ensure_ascii=False, sort_keys=True)
                      for r in pq.ParquetFile(path).read().to_pylist()]
    return sorted(found)


def dir_stats(out: Path) -> tuple[int, int]:
    files = [p for p in out.rglob("*.parquet") if not p.name.startswith(".")]
    return sum(p.stat().st_size for p in files), len(files)


def run_mode(mode: str, pages_dir: Path, work: Path, args: argparse.Namespace, n: int) -> dict:
    from baoxun.scale import run_batch

    out = work / f"ds-{mode}"
    shutil.rmtree(out, ignore_errors=True)
    row: dict = {"mode": mode}
    client = cluster = None
    if mode != "in-process":
        from distributed import Client, LocalCluster

        t = time.perf_counter()
        cluster = LocalCluster(n_workers=int(mode), threads_per_worker=1, processes=True,
                               dashboard_address=":0", silence_logs=logging.ERROR)
        client = Client(cluster)
        row["cluster_start_s"] = round(time.perf_counter() - t, 2)
        row["worker_warmup_s"] = round(max(client.run(warm).values()), 2)
        row["scheduler_ms_per_task"] = round(scheduler_round_trip(client), 1)
    else:
        row["worker_warmup_s"] = round(warm(), 2)
    try:
        busy0, _ = cpu_busy()
        driver0 = process_cpu()
        workers0 = sum(client.run(process_cpu).values()) if client is not None else 0.0
        t = time.perf_counter()
        report = run_batch([str(pages_dir)], out, workers=0 if client is None else None, client=client,
                           mentions=not args.no_mentions, chunk_pages=args.chunk_pages)
        wall = time.perf_counter() - t
        busy1, _ = cpu_busy()
        driver_cpu = process_cpu() - driver0
        workers_cpu = sum(client.run(process_cpu).values()) - workers0 if client is not None else 0.0
        t = time.perf_counter()
        again = run_batch([str(pages_dir)], out, workers=0 if client is None else None, client=client,
                          mentions=not args.no_mentions, chunk_pages=args.chunk_pages)
        resume = time.perf_counter() - t
        if client is not None:
            rss = client.run(peak_rss_mb)
            row["worker_peak_rss_mb"] = [round(v) for v in rss.values()]
    finally:
        if client is not None:
            client.close()
            cluster.close()
    assert report.pages == n and again.resumed == n, (report, again)
    sec = report.seconds
    busy = sec["read"] + sec["parse"] + sec["write"]
    size, count = dir_stats(out)
    row.update({
        "seconds": round(wall, 2), "pages_per_s": round(n / wall, 2), "chunks": report.chunks,
        "cpu_ms_per_page": round(sec["cpu"] / n * 1000, 1),
        # cores our workers kept busy, and cores the whole machine was busy (ours + others')
        "cores_used_by_run": round(sec["cpu"] / wall, 2),
        "cores_busy_on_machine": round((busy1 - busy0) / wall, 2),
        # CPU spent outside the chunks: the driver (client, and a LocalCluster's scheduler
        # and nannies, which live in it) and the workers' own Dask machinery
        "overhead_cpu_ms_per_page": round(((driver_cpu + workers_cpu - sec["cpu"]) if client is not None
                                           else driver_cpu - sec["cpu"]) / n * 1000, 1),
        "share_read": round(sec["read"] / busy, 3), "share_parse": round(sec["parse"] / busy, 3),
        "share_write": round(sec["write"] / busy, 3),
        "write_ms_per_page": round(sec["write"] / n * 1000, 1),
        "resume_s": round(resume, 2), "resume_pages_per_s": round(n / resume, 1),
        "driver_peak_rss_mb": round(peak_rss_mb()), "dataset_kb_per_page": round(size / n / 1024, 2),
        "files_per_chunk": round(count / max(report.chunks, 1), 1),
    })
    return row


def memory_by_chunk(pages_dir: Path, work: Path, sizes: list[int], mentions: bool) -> list[dict]:
    """A fresh 1-worker cluster per chunk size: its worker's peak RSS after the run."""
    from distributed import Client, LocalCluster

    from baoxun.scale import run_batch

    out = []
    for size in sizes:
        cluster = LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0",
                               silence_logs=logging.ERROR)
        client = Client(cluster)
        try:
            base = max(client.run(lambda: (warm(), peak_rss_mb())[1]).values())
            dest = work / f"mem-{size}"
            shutil.rmtree(dest, ignore_errors=True)
            run_batch([str(pages_dir)], dest, client=client, chunk_pages=size, mentions=mentions)
            peak = max(client.run(peak_rss_mb).values())
        finally:
            client.close()
            cluster.close()
        out.append({"chunk_pages": size, "warm_worker_rss_mb": round(base), "peak_rss_mb": round(peak),
                    "mb_per_page_in_chunk": round((peak - base) / size, 3)})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=400)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--chunk-pages", type=int, default=None, help="default: baoxun.scale.CHUNK_PAGES")
    ap.add_argument("--no-mentions", action="store_true")
    ap.add_argument("--layout", choices=("clustered", "shuffled"), default="clustered",
                    help="clustered: folders of one county and month (as archives are); shuffled: every page "
                         "its own place and month (worst case for Parquet partitions)")
    ap.add_argument("--per-group", type=int, default=100, help="pages per county-month folder (clustered)")
    ap.add_argument("--modes", nargs="+", default=["in-process", "1", "2"])
    ap.add_argument("--repeat", type=int, default=1,
                    help="run the modes this many times, alternating (shared cores: take the median)")
    ap.add_argument("--memory-chunks", nargs="*", type=int, default=[],
                    help="chunk sizes whose worker peak RSS to measure (1 worker each)")
    ap.add_argument("--keep", type=Path, default=None, help="write the corpus and datasets here and keep them")
    args = ap.parse_args(argv)
    from baoxun.scale import CHUNK_PAGES

    args.chunk_pages = args.chunk_pages or CHUNK_PAGES
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-batch-"))
    summary: dict = {"machine": machine(), "pages": args.pages, "chunk_pages": args.chunk_pages,
                     "mentions": not args.no_mentions, "layout": args.layout}
    try:
        pages_dir = work / "pages"
        shutil.rmtree(pages_dir, ignore_errors=True)
        t = time.perf_counter()
        total, kb = write_corpus(args.pages, args.seed, pages_dir, args.layout, args.per_group)
        summary.update(corpus_mb=round(total / 1e6, 2), kb_per_page=round(kb, 1),
                       corpus_write_s=round(time.perf_counter() - t, 2))
        summary["parallel_ceiling_2_over_1"] = parallel_ceiling()
        print(f"this machine now runs 2 busy processes {summary['parallel_ceiling_2_over_1']}× as fast as 1",
              file=sys.stderr)
        rows, reference = [], None
        for rep, mode in ((r, m) for r in range(args.repeat) for m in args.modes):
            row = run_mode(mode, pages_dir, work, args, args.pages)
            row["repeat"] = rep
            got = dataset_rows(work / f"ds-{mode}")
            reference = reference if reference is not None else got
            shutil.rmtree(work / f"ds-{mode}", ignore_errors=True)
            row["rows_equal_first_mode"] = got == reference
            rows.append(row)
            print(f"{mode:>10}: {row['pages_per_s']:7.2f} pages/s  {row['cpu_ms_per_page']:6.1f} CPU ms/page  "
                  f"+{row['overhead_cpu_ms_per_page']:.1f} overhead  "
                  f"cores: ours {row['cores_used_by_run']:.2f}, machine {row['cores_busy_on_machine']:.2f}  "
                  f"parse {row['share_parse']:.0%} write {row['share_write']:.0%} read {row['share_read']:.0%}  "
                  f"resume {row['resume_pages_per_s']:.0f} pages/s  identical={row['rows_equal_first_mode']}",
                  file=sys.stderr)
        summary["modes"] = rows
        ratios, per_core = [], []
        for rep in range(args.repeat):
            by = {r["mode"]: r for r in rows if r["repeat"] == rep}
            if "1" in by and "2" in by:
                ratios.append(by["2"]["pages_per_s"] / by["1"]["pages_per_s"])
                # pages/s per core our run actually got: scaling net of other programs' load
                per_core.append((by["2"]["pages_per_s"] / by["2"]["cores_used_by_run"])
                                / (by["1"]["pages_per_s"] / by["1"]["cores_used_by_run"]))
        if ratios:
            summary["scaling_2_over_1"] = [round(x, 2) for x in ratios]
            summary["scaling_2_over_1_median"] = round(statistics.median(ratios), 2)
            summary["per_core_efficiency_2_vs_1_median"] = round(statistics.median(per_core), 2)
            print(f"scaling 2 workers / 1 worker: {summary['scaling_2_over_1']} (median "
                  f"{summary['scaling_2_over_1_median']}×); pages/s per core used, 2 vs 1: "
                  f"{summary['per_core_efficiency_2_vs_1_median']}", file=sys.stderr)
            summary["parallel_ceiling_end"] = parallel_ceiling()
        if args.memory_chunks:
            summary["memory"] = memory_by_chunk(pages_dir, work, args.memory_chunks, not args.no_mentions)
            for m in summary["memory"]:
                print(f"chunk {m['chunk_pages']:>5}: worker peak {m['peak_rss_mb']} MB "
                      f"(warm {m['warm_worker_rss_mb']} MB)", file=sys.stderr)
        summary["machine"]["loadavg_1m_end"] = os.getloadavg()[0]
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
