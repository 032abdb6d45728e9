"""Throughput and memory of ``baoxun.parse_page`` on one core.

    python benchmarks/bench_parse.py                          # 1000 synthetic pages
    python benchmarks/bench_parse.py --pages 1000 10000 100000 # a table: memory stays flat?
    python benchmarks/bench_parse.py --files examples/pages    # real files instead
    python benchmarks/bench_parse.py --pages 2000 --tracemalloc

Pages are streamed one at a time from ``benchmarks/corpus.py`` (or read one at a time
from ``--files DIR``); only the ``parse_page`` calls are timed — making or reading the
pages is timed and reported separately. Each size runs in a fresh child process, so its
peak RSS (``getrusage(RUSAGE_SELF).ru_maxrss``) belongs to that size alone; RSS is also
sampled (``/proc/self/status`` VmRSS) at a quarter, half and the end of the run, after a
warm-up that parses the ten example pages (imports, lazy tables, regex compilation), so a
leak shows up as growth over the run, not as the one-off cost of loading.

The last line printed is a one-line JSON summary (machine, settings, one row per size).
"""
from __future__ import annotations

import argparse
import gc
import inspect
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from array import array
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))


# --------------------------------------------------------------------------- machine

def machine_info() -> dict:
    cpu = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        affinity = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        affinity = None
    mem_total = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_total = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    commit = git_commit()
    try:
        import baoxun
        version = baoxun.__version__
    except Exception:                                      # noqa: BLE001
        version = None
    return {
        "cpu": cpu or platform.processor() or platform.machine(),
        "cpus_online": os.cpu_count(), "cpus_usable": affinity, "mem_gb": mem_total,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "platform": platform.platform(terse=True), "baoxun": version, "commit": commit,
    }


def git_commit() -> str | None:
    """HEAD of the repository, ``+dirty-src`` when src/ has uncommitted changes."""
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                             capture_output=True, text=True, timeout=5, check=False)
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "src"],
                               capture_output=True, text=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    if out.returncode != 0:
        return None
    return out.stdout.strip() + ("+dirty-src" if dirty.stdout.strip() else "")


def vm_rss_mb() -> float | None:
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def peak_rss_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / 1024 / (1024 if sys.platform == "darwin" else 1)   # bytes on macOS


# --------------------------------------------------------------------------- sources

def synthetic(n: int, seed: int, min_kb: float, max_kb: float) -> Iterator[tuple[str, str, int]]:
    from corpus import iter_pages

    for name, text in iter_pages(n, seed=seed, min_kb=min_kb, max_kb=max_kb):
        yield name, text, len(text.encode("utf-8"))


def files(directory: Path, limit: int | None) -> Iterator[tuple[str, str, int]]:
    try:
        from baoxun.read import decode
    except ImportError:                                    # pragma: no cover
        decode = None
    paths = sorted(p for p in directory.rglob("*") if p.suffix in (".txt", ".md") and p.is_file())
    if limit:
        paths = paths[:limit]
    for p in paths:
        data = p.read_bytes()
        try:
            text = decode(data, path=str(p)) if decode else data.decode("utf-8-sig")
        except Exception as exc:                           # noqa: BLE001
            print(f"skip {p}: {exc}", file=sys.stderr)
            continue
        yield p.name, text, len(data)


def count_files(directory: Path) -> int:
    return sum(1 for p in directory.rglob("*") if p.suffix in (".txt", ".md") and p.is_file())


# --------------------------------------------------------------------------- one run

def run_one(args: argparse.Namespace, n: int) -> dict:
    """Parse ``n`` pages in this process and return the measurements."""
    if args.cpu is not None:
        os.sched_setaffinity(0, {args.cpu})
    t = time.perf_counter()
    from baoxun import parse_page
    import_s = time.perf_counter() - t

    kwargs: dict = {}
    param = inspect.signature(parse_page).parameters.get("mentions")
    if param is None:
        mentions = "n/a" + (" (flag ignored)" if args.mentions is not None else "")
    elif args.mentions is None:
        mentions = f"default={param.default}"
    else:
        kwargs["mentions"] = args.mentions
        mentions = str(args.mentions)
    if args.ner and "ner" in inspect.signature(parse_page).parameters:
        kwargs["ner"] = args.ner
        mentions += f" ner={args.ner}"

    t = time.perf_counter()
    for p in sorted((ROOT / "examples" / "pages").glob("*.txt")):
        parse_page(p.read_text(encoding="utf-8"), **kwargs)
    warmup_s = time.perf_counter() - t
    gc.collect()

    if args.tracemalloc:
        import tracemalloc
        tracemalloc.start()
    rss_base = vm_rss_mb()
    rss_samples: dict[str, float | None] = {}
    checkpoints = {max(1, n // 4): "q1", max(1, n // 2): "half"}

    if args.files:
        source = files(Path(args.files), n)
    else:
        source = synthetic(n, args.seed, args.min_kb, args.max_kb)
    lat = array("f")                                       # seconds per page, 4 bytes each
    pages = nbytes = articles = 0
    errors: list[str] = []
    gen_s = parse_s = parse_cpu = jieba_cpu = 0.0
    import rjieba
    clock = time.perf_counter
    cpu_clock = time.process_time
    cpu0 = time.process_time()
    wall0 = clock()
    it = iter(source)
    while True:
        t0 = clock()
        try:
            name, text, size = next(it)
        except StopIteration:
            break
        c1 = cpu_clock()
        t1 = clock()
        try:
            page = parse_page(text, source=name, **kwargs)
        except Exception as exc:                           # noqa: BLE001
            t2 = clock()
            c2 = cpu_clock()
            if len(errors) < 5:
                errors.append(f"{name}: {type(exc).__name__}: {exc}"[:200])
            else:
                errors.append("")
        else:
            t2 = clock()
            c2 = cpu_clock()
            articles += len(page.articles)
        # the yardstick: rjieba.cut over the same text in the same run (ratios are steadier
        # than seconds on a shared machine)
        c3 = cpu_clock()
        for _ in rjieba.cut(text):
            pass
        jieba_cpu += cpu_clock() - c3
        del text
        gen_s += t1 - t0
        parse_s += t2 - t1
        parse_cpu += c2 - c1
        lat.append(t2 - t1)
        pages += 1
        nbytes += size
        if pages in checkpoints:
            rss_samples[checkpoints[pages]] = vm_rss_mb()
    wall_s = clock() - wall0
    cpu_s = time.process_time() - cpu0
    rss_samples["end"] = vm_rss_mb()
    traced_peak = None
    if args.tracemalloc:
        import tracemalloc
        traced_peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()

    ms = sorted(x * 1000 for x in lat)

    def pct(q: float) -> float | None:
        return round(ms[min(len(ms) - 1, int(q * len(ms)))], 2) if ms else None

    mb = nbytes / 1e6
    return {
        "source": f"files:{args.files}" if args.files else "synthetic",
        "pages": pages, "mb": round(mb, 3), "articles": articles,
        "avg_kb": round(nbytes / pages / 1024, 1) if pages else None,
        "import_s": round(import_s, 3), "warmup_s": round(warmup_s, 3),
        "gen_s": round(gen_s, 3), "parse_s": round(parse_s, 3),
        "wall_s": round(wall_s, 3), "cpu_s": round(cpu_s, 3),
        "parse_cpu_s": round(parse_cpu, 3),
        "pages_per_s": round(pages / parse_s, 1) if parse_s else None,
        "pages_per_cpu_s": round(pages / parse_cpu, 1) if parse_cpu else None,
        "mb_per_s": round(mb / parse_s, 3) if parse_s else None,
        "mb_per_cpu_s": round(mb / parse_cpu, 3) if parse_cpu else None,
        "rjieba_cut_mb_per_cpu_s": round(mb / jieba_cpu, 3) if jieba_cpu else None,
        "ms_mean": round(statistics.fmean(ms), 2) if ms else None,
        "ms_p50": pct(0.50), "ms_p90": pct(0.90), "ms_p99": pct(0.99),
        "ms_max": round(ms[-1], 2) if ms else None,
        "rss_base_mb": round(rss_base, 1) if rss_base else None,
        "rss_q1_mb": _r(rss_samples.get("q1")), "rss_half_mb": _r(rss_samples.get("half")),
        "rss_end_mb": _r(rss_samples.get("end")),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "tracemalloc_peak_mb": _r(traced_peak, 2),
        "errors": len(errors), "error_examples": [e for e in errors if e][:5],
        "mentions": mentions, "cpu_pinned": args.cpu, "commit": git_commit(),
    }


def _r(x: float | None, nd: int = 1) -> float | None:
    return None if x is None else round(x, nd)


# --------------------------------------------------------------------------- profile

def profile(args: argparse.Namespace, n: int) -> int:
    """cProfile only the parse calls (pages are made up front, outside the profiler)."""
    import cProfile
    import pstats

    from baoxun import parse_page

    kwargs = {}
    if args.mentions is not None and "mentions" in inspect.signature(parse_page).parameters:
        kwargs["mentions"] = args.mentions
    if args.ner and "ner" in inspect.signature(parse_page).parameters:
        kwargs["ner"] = args.ner
    for p in sorted((ROOT / "examples" / "pages").glob("*.txt")):
        parse_page(p.read_text(encoding="utf-8"), **kwargs)          # warm-up, unprofiled
    src = files(Path(args.files), n) if args.files else \
        synthetic(n, args.seed, args.min_kb, args.max_kb)
    pages = [(name, text) for name, text, _ in src]
    prof = cProfile.Profile()
    failed = 0
    prof.enable()
    for name, text in pages:
        try:
            parse_page(text, source=name, **kwargs)
        except Exception:                                  # noqa: BLE001
            failed += 1
    prof.disable()
    st = pstats.Stats(prof)
    total = st.total_tt
    rows = []
    for (file, line, func), (_cc, nc, tt, ct, _callers) in st.stats.items():
        short = file.split("/src/", 1)[-1] if "/src/" in file else Path(file).name
        rows.append((tt, ct, nc, f"{short}:{line}({func})"))
    print(f"profiled {len(pages)} pages, {total:.2f} s under cProfile "
          f"(mentions: {kwargs.get('mentions', 'default')}; {failed} raised)")
    for title, key in (("own time (tottime)", 0), ("cumulative time (cumtime)", 1)):
        print(f"\ntop {args.top} by {title}:")
        print(f"{'%':>6} {'s':>8} {'calls':>10}  function")
        for row in sorted(rows, key=lambda r: r[key], reverse=True)[:args.top]:
            print(f"{100 * row[key] / total:6.1f} {row[key]:8.2f} {row[2]:10d}  {row[3]}")
    return 0


# --------------------------------------------------------------------------- driver

COLUMNS = [
    ("pages", "pages", "{}"), ("MB", "mb", "{:.2f}"), ("avg KB", "avg_kb", "{}"),
    ("gen s", "gen_s", "{:.2f}"), ("parse s", "parse_s", "{:.2f}"),
    ("pages/s", "pages_per_s", "{:.1f}"), ("MB/s", "mb_per_s", "{:.3f}"),
    ("pages/cpu-s", "pages_per_cpu_s", "{:.1f}"), ("MB/cpu-s", "mb_per_cpu_s", "{:.3f}"),
    ("rjieba.cut MB/cpu-s", "rjieba_cut_mb_per_cpu_s", "{:.2f}"),
    ("p50 ms", "ms_p50", "{:.1f}"), ("p99 ms", "ms_p99", "{:.1f}"),
    ("max ms", "ms_max", "{:.0f}"),
    ("RSS base", "rss_base_mb", "{}"), ("RSS half", "rss_half_mb", "{}"),
    ("RSS end", "rss_end_mb", "{}"), ("peak RSS", "peak_rss_mb", "{}"),
    ("tracemalloc", "tracemalloc_peak_mb", "{}"), ("errors", "errors", "{}"),
]


def print_table(rows: list[dict], info: dict, args: argparse.Namespace) -> None:
    print(f"machine : {info['cpu']} | {info['cpus_usable']}/{info['cpus_online']} cpus usable"
          f" | {info['mem_gb']} GB | {info['python']} | {info['platform']}")
    print(f"baoxun  : {info['baoxun']} @ {info['commit']}"
          f" | mentions: {', '.join(sorted({r['mentions'] for r in rows})) or '-'}"
          f" | pinned cpu: {args.cpu if args.cpu is not None else 'no'}")
    if not args.files:
        print(f"corpus  : benchmarks/corpus.py seed={args.seed}, "
              f"{args.min_kb:g}-{args.max_kb:g} KB pages (wide/narrow/e-paper)")
    print("columns : parse s = wall time in parse_page calls only (gen s = making/reading"
          " pages); pages/cpu-s = pages per CPU-second of parsing (steadier on a shared"
          " machine); RSS in MB: VmRSS after warm-up / at half / at end, peak = ru_maxrss")
    table = [[h for h, _, _ in COLUMNS]]
    for row in rows:
        table.append(["-" if row.get(k) is None else f.format(row[k]) for _, k, f in COLUMNS])
    widths = [max(len(r[i]) for r in table) for i in range(len(COLUMNS))]
    for j, r in enumerate(table):
        print("  ".join(c.rjust(w) for c, w in zip(r, widths)))
        if j == 0:
            print("  ".join("-" * w for w in widths))
    for row in rows:
        for e in row.get("error_examples", []):
            print(f"  error: {e}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, nargs="+", default=None, metavar="N",
                    help="page counts to run, each in a fresh process (default 1000; "
                         "with --files: all files)")
    ap.add_argument("--files", metavar="DIR", help="benchmark the *.txt/*.md files under DIR")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--min-kb", type=float, default=5)
    ap.add_argument("--max-kb", type=float, default=20)
    ap.add_argument("--mentions", dest="mentions", action="store_const", const=True,
                    default=None, help="pass mentions=True if parse_page accepts it "
                    "(else ignored); without either flag the library default applies")
    ap.add_argument("--ner", choices=("lac", "rules"), default=None,
                    help="how names are found when mentions are on (parse_page's ner=)")
    ap.add_argument("--no-mentions", dest="mentions", action="store_const", const=False,
                    help="pass mentions=False (skip enrichment) if parse_page accepts it")
    ap.add_argument("--tracemalloc", action="store_true",
                    help="also report the tracemalloc peak (slows parsing 2-4x)")
    ap.add_argument("--cpu", type=int, default=None, help="pin to this CPU (sched_setaffinity)")
    ap.add_argument("--in-process", action="store_true",
                    help="run all sizes in this process (peak RSS is then cumulative)")
    ap.add_argument("--profile", action="store_true",
                    help="cProfile the parse of the first --pages size (default 300) and "
                         "print the top functions by own and by cumulative time")
    ap.add_argument("--top", type=int, default=25, help="rows in each --profile list")
    ap.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.profile:
        return profile(args, (args.pages or [300])[0])
    if args.child is not None:                             # one size, JSON on stdout
        print(json.dumps(run_one(args, args.child), ensure_ascii=False))
        return 0

    if args.files and not Path(args.files).is_dir():
        ap.error(f"not a directory: {args.files}")
    sizes = args.pages or ([count_files(Path(args.files))] if args.files else [1000])
    info = machine_info()
    rows = []
    for n in sizes:
        print(f"… {n} pages", file=sys.stderr, flush=True)
        if args.in_process:
            rows.append(run_one(args, n))
            continue
        cmd = [sys.executable, *(f"-W{w}" for w in sys.warnoptions),
               str(Path(__file__).resolve()), "--child", str(n),
               "--seed", str(args.seed), "--min-kb", str(args.min_kb),
               "--max-kb", str(args.max_kb)]
        if args.mentions is not None:
            cmd.append("--mentions" if args.mentions else "--no-mentions")
        if args.ner:
            cmd += ["--ner", args.ner]
        if args.tracemalloc:
            cmd.append("--tracemalloc")
        if args.files:
            cmd += ["--files", args.files]
        if args.cpu is not None:
            cmd += ["--cpu", str(args.cpu)]
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, text=True, check=False)
        if proc.returncode != 0:
            print(f"run of {n} pages failed (exit {proc.returncode})", file=sys.stderr)
            return 1
        rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    print_table(rows, info, args)
    summary = {"machine": info, "seed": args.seed, "min_kb": args.min_kb,
               "max_kb": args.max_kb, "runs": [
                   {k: r[k] for k in ("source", "pages", "mb", "pages_per_s", "mb_per_s",
                                      "pages_per_cpu_s", "parse_cpu_s",
                                      "ms_p50", "ms_p99", "gen_s", "parse_s", "rss_base_mb",
                                      "rss_end_mb", "peak_rss_mb", "tracemalloc_peak_mb",
                                      "errors", "mentions", "commit")} for r in rows]}
    print(json.dumps(summary, ensure_ascii=False, separators=(",", ":")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
