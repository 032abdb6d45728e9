"""China's administrative divisions: look places up by name or code, and find them in text.

The table (``baoxun/data/gazetteer.tsv``) holds every province-, prefecture- and
county-level division, plus names no longer in force (长治县, 太谷县 ...) flagged
``former``.  It is built by ``scripts/build_gazetteer.py`` (see
``baoxun/data/GAZETTEER.md``) and loaded lazily, once, from package data; nothing
is downloaded at run time.

Conventions:

* levels are ``"province"``, ``"city"`` (prefecture level: 地级市, 地区, 自治州, 盟)
  and ``"county"`` (county level: 市辖区, 县, 县级市, 旗 ...);
* a district of a 直辖市 has that municipality as both ``province`` and ``city``
  (海淀区: province 北京市, city 北京市) and the municipality as ``parent``;
* a 省直辖县级 unit (仙桃市, 济源市, 石河子市 ...) has its province as parent and
  ``city`` ``None``;
* short forms drop the type suffix and the peoples of autonomous areas
  (山西省 → 山西, 黔东南苗族侗族自治州 → 黔东南 / 黔东南州, 潞州区 → 潞州); short
  forms of one character are never made.

``lookup`` and ``resolve`` know every name; ``find_places`` skips names that are
everyday words or generic phrases, listed in ``baoxun/data/place_stopwords.txt``.

Township-level divisions (乡级: 镇, 乡, 街道, 民族乡, 苏木) are in a second table,
``baoxun/data/towns.tsv`` (built by ``scripts/build_towns.py``), loaded lazily on
the first call of :func:`towns`, :func:`towns_of` or :func:`find_towns`.  A town is
a :class:`Place` with level ``"town"``, its 9-digit code, and its county as
``parent``; many town names recur across counties (城关镇, 太平镇), so lookups
return every candidate.
"""
from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from importlib import resources

__all__ = ["Place", "lookup", "by_code", "children", "find_places", "resolve", "iter_places",
           "source_info", "towns", "towns_of", "find_towns", "town_source_info"]

LEVELS = ("province", "city", "county")
_Tokenize = Callable[[str], list[tuple[str, int, int]]]
_LEVEL_RANK = {lv: i for i, lv in enumerate(LEVELS)}


@dataclass(frozen=True)
class Place:
    """One administrative division (or a former name of one)."""

    code: str
    """6-digit division code (110108); 9-digit for a town (360731100)."""
    name: str
    """Full name (海淀区, 长治市, 山西省)."""
    level: str
    """``"province"``, ``"city"`` or ``"county"``; ``"town"`` for the township level."""
    province: str | None
    """Full name of its province (itself for a province)."""
    city: str | None
    """Full name of its prefecture (itself for a city; the municipality for a 直辖市
    district; ``None`` for provinces and for 省直辖县级 units)."""
    county: str | None
    """Itself for a county-level place, its county for a town, else ``None`` (also for a
    town directly under a prefecture without counties: 东莞市, 中山市, 儋州市 ...)."""
    parent: str | None
    """Code of the division directly above (``None`` for provinces)."""
    former: bool = False
    """True for a name no longer in force (长治县); see ``successor`` and ``years``."""
    successor: str | None = None
    """For a former name: code of the present-day division it became (part of), if known."""
    years: str | None = None
    """For a former name: the years it was in force in the source, e.g. ``"1980-2017"``."""


class _Gazetteer:
    """The loaded table and its indexes (built once, then read-only)."""

    def __init__(self, table: str, stopwords: str) -> None:
        self.header: list[str] = []
        rows: list[list[str]] = []
        for line in table.splitlines():
            if not line:
                continue
            if line.startswith("#"):
                self.header.append(line[1:].strip())
                continue
            rows.append(line.split("\t"))
        head = rows.pop(0)
        col = {name: i for i, name in enumerate(head)}
        need = ("code", "name", "level", "parent")
        if any(k not in col for k in need):
            raise ValueError(f"gazetteer.tsv: missing columns in {head}")

        def get(r: list[str], k: str) -> str:
            i = col.get(k)
            return r[i] if i is not None and i < len(r) else ""

        raw = [{k: get(r, k) for k in col} for r in rows]
        for r in raw:
            if r["level"] not in _LEVEL_RANK or not re.fullmatch(r"\d{6}", r["code"]):
                raise ValueError(f"gazetteer.tsv: bad row {r}")
        cur_rows = {r["code"]: r for r in raw if r.get("status", "current") != "former"}
        old_rows = [r for r in raw if r.get("status") == "former"]
        old_by_code: dict[str, list[dict[str, str]]] = {}
        for r in old_rows:
            old_by_code.setdefault(r["code"], []).append(r)

        def span(r: dict[str, str]) -> tuple[int, int]:
            a, _, b = r.get("years", "").partition("-")
            return (int(a), int(b)) if a.isdigit() and b.isdigit() else (0, 9999)

        def parent_row(r: dict[str, str]) -> dict[str, str] | None:
            code = r["parent"]
            if not code:
                return None
            if r.get("status") == "former":  # the parent as it was then
                end = span(r)[1]
                for o in old_by_code.get(code, []):
                    a, b = span(o)
                    if a <= end <= b:
                        return o
            if code in cur_rows:
                return cur_rows[code]
            olds = old_by_code.get(code)
            return olds[-1] if olds else None

        def make(r: dict[str, str]) -> Place:
            chain: dict[str, str] = {r["level"]: r["name"]}
            p = parent_row(r)
            seen = 0
            while p is not None and seen < 3:
                chain.setdefault(p["level"], p["name"])
                p = parent_row(p)
                seen += 1
            province = chain.get("province")
            city = chain.get("city")
            if r["level"] == "county" and city is None and province and province.endswith("市"):
                city = province  # district of a 直辖市
            former = r.get("status") == "former"
            return Place(code=r["code"], name=r["name"], level=r["level"], province=province,
                         city=city, county=r["name"] if r["level"] == "county" else None,
                         parent=r["parent"] or None, former=former,
                         successor=(r.get("successor") or None) if former else None,
                         years=(r.get("years") or None) if former else None)

        self.current: dict[str, Place] = {c: make(r) for c, r in cur_rows.items()}
        self.former: list[Place] = [make(r) for r in old_rows]
        self.former_by_code: dict[str, list[Place]] = {}
        for p in self.former:
            self.former_by_code.setdefault(p.code, []).append(p)
        self.children: dict[str, list[Place]] = {}
        for p in sorted(self.current.values(), key=lambda p: p.code):
            if p.parent:
                self.children.setdefault(p.parent, []).append(p)

        # name index: key -> [(sort key, place)]; sort key = (former?, short?, level, code): a
        # present division known by the name (岫岩县 for 岫岩满族自治县) before a former one of
        # that full name (岫岩县, 1980-1984)
        index: dict[str, list[tuple[tuple[int, int, int, str], Place]]] = {}

        def add(key: str, p: Place, short: int) -> None:
            if len(key) >= 2:
                index.setdefault(key, []).append(((int(p.former), short, _LEVEL_RANK[p.level], p.code), p))

        for r in cur_rows.values():
            p = self.current[r["code"]]
            add(p.name, p, 0)
            for a in filter(None, r.get("aliases", "").split("|")):
                add(a, p, 1)
        for p in self.former:
            add(p.name, p, 0)
        self.index: dict[str, list[tuple[tuple[int, int, int, str], Place]]] = {
            k: sorted(v, key=lambda t: t[0]) for k, v in index.items()}
        self.places_for: dict[str, tuple[Place, ...]] = {
            k: tuple(p for _, p in v) for k, v in self.index.items()}
        self.full_names: set[str] = {p.name for p in self.current.values()} | \
            {p.name for p in self.former}

        # scanner: every key except stopwords; former names only when 3+ characters
        stop = {w.strip() for w in stopwords.splitlines()
                if w.strip() and not w.lstrip().startswith("#")}
        scan: dict[str, tuple[Place, ...] | None] = {}
        for k, places in self.places_for.items():
            live = tuple(p for p in places if not p.former or len(k) >= 3)
            if live and k not in stop:
                scan[k] = live
        for w in stop:
            if len(w) >= 2:
                scan[w] = None  # matched, swallowed, never reported
        self.scan = scan
        self.compounds: frozenset[str] = frozenset(w for w in stop if len(w) >= 3)
        self.compound_max = max(map(len, self.compounds), default=0)
        by2: dict[str, set[int]] = {}
        for k in scan:
            by2.setdefault(k[:2], set()).add(len(k))
        self.by2: dict[str, tuple[int, ...]] = {b: tuple(sorted(ls, reverse=True)) for b, ls in by2.items()}
        self.short_keys: frozenset[str] = frozenset(k for k in scan if k not in self.full_names)
        # C-speed prefilter for find_places: positions whose 1st character can start a key and
        # whose 2nd can follow one (a superset of the real bigram hits, ~1/6 of CJK text)
        def cls(chars: Iterable[str]) -> str:
            return "[" + "".join(re.escape(c) for c in sorted(set(chars))) + "]"

        # word boundaries from rjieba (a baoxun dependency) guard short names against
        # straddling two words: 党|和|政府 holds 和政 (和政县), 明天|全市 holds 天全 (天全县)
        try:
            import rjieba

            self.tokenize: _Tokenize | None = rjieba.tokenize
        except ImportError:  # pragma: no cover - rjieba is a declared dependency
            self.tokenize = None
        self.candidates = re.compile(cls(b[0] for b in by2) + "(?=" + cls(b[1] for b in by2) + ")") \
            if by2 else re.compile(r"(?!)")


_LOCK = threading.Lock()
_G: _Gazetteer | None = None


def _load() -> _Gazetteer:
    global _G
    if _G is None:
        with _LOCK:
            if _G is None:
                data = resources.files("baoxun") / "data"
                table = (data / "gazetteer.tsv").read_text(encoding="utf-8")
                stop = (data / "place_stopwords.txt").read_text(encoding="utf-8")
                _G = _Gazetteer(table, stop)
    return _G


def _norm_code(code: str) -> str:
    code = str(code).strip()
    if len(code) == 2:
        return code + "0000"
    if len(code) == 4:
        return code + "00"
    if len(code) in (9, 12) and code.isdigit():  # statistical codes (140403000000)
        return code[:6]
    return code


def by_code(code: str) -> Place | None:
    """The division with this code (2-, 4-, 6- or 12-digit), current before former; else None."""
    g = _load()
    code = _norm_code(code)
    p = g.current.get(code)
    if p is not None:
        return p
    olds = g.former_by_code.get(code)
    return olds[-1] if olds else None


def children(code: str) -> list[Place]:
    """Current divisions directly under ``code``, by code.

    A province's children are its prefectures and its 省直辖县级 units; a 直辖市's
    are its districts and counties.
    """
    return list(_load().children.get(_norm_code(code), ()))


def iter_places(include_former: bool = False) -> Iterator[Place]:
    """Every current division by code, then (optionally) every former name."""
    g = _load()
    yield from sorted(g.current.values(), key=lambda p: p.code)
    if include_former:
        yield from g.former


def source_info() -> list[str]:
    """The data file's header comment lines (source package, version, licence, data date)."""
    return list(_load().header)


def _ranked(name: str) -> list[tuple[tuple[int, int, int, str], Place]]:
    g = _load()
    key = name.strip()
    hit = g.index.get(key)
    if hit:
        return list(hit)
    # a chain written out: 山西省长治市潞州区, 北京市海淀区, 山西长治
    segs = _segment(key)
    if len(segs) < 2:
        return []
    context: list[Place] = []
    for seg in segs[:-1]:
        p = resolve(seg, context)
        if p is None:
            return []
        context.append(p)
    last = g.index[segs[-1]]
    fits = [t for t in last if all(_affinity(t[1], c) >= 2 for c in context)]
    return fits


def _segment(text: str) -> list[str]:
    """Split ``text`` into consecutive known names (longest first), or [] if it does not split."""
    g = _load()
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        for j in range(n, i + 1, -1):
            if text[i:j] in g.index:
                out.append(text[i:j])
                i = j
                break
        else:
            return []
    return out


def lookup(name: str) -> list[Place]:
    """All divisions called ``name``, most likely first.

    ``name`` may be a full name (长治市, 潞州区), a short form (长治, 山西, 潞州,
    黔东南州), a former name (长治县), or a chain (山西省长治市潞州区, 北京市海淀区),
    in which case only the last part's candidates that fit the earlier parts are
    returned.  Order: exact full-name matches before short forms, current names
    before former ones, higher levels first (长治 → 长治市 before any county), then
    by code.
    """
    return [p for _, p in _ranked(name)]


def _affinity(c: Place, p: Place) -> int:
    """How strongly context place ``p`` supports candidate ``c`` (0 = not at all)."""
    if c == p:
        return 0
    if p.level == "province" and c.province == p.name:
        return 3 if c.city == p.name else 2  # a 直辖市 is its districts' city too
    if c.level == "province" and p.province == c.name:
        return 3 if p.city == c.name else 2
    if p.level == "city" and c.city == p.name and c.province == p.province:
        return 3
    if c.level == "city" and p.city == c.name and c.province == p.province:
        return 3
    if c.city is not None and c.city == p.city and c.province == p.province:
        return 2  # siblings in one prefecture
    if c.province is not None and c.province == p.province:
        return 1
    return 0


def resolve(name: str, context: Iterable[Place] = ()) -> Place | None:
    """The one division ``name`` most likely means, given places already known.

    Candidates (see :func:`lookup`) are scored by how they relate to the
    ``context`` places: under or above one of them (3 for the prefecture, 2 for the
    province), a sibling in the same prefecture (2), same province (1).  The best
    score wins if it is unique.  Without a deciding context, the first candidate
    wins only if it strictly outranks the second (an exact full name over a short
    form, a current name over a former one, or for short forms a higher level:
    朝阳 → 朝阳市); otherwise the name is ambiguous and ``None`` is returned
    (城区, 朝阳区 or 鼓楼区 without context).
    """
    ranked = _ranked(name)
    above = [_LEVEL_RANK[p.level] for _, p in ranked if not p.former and p.name == name]
    if above:
        # a county-level city raised to a prefecture under its own name: the name means
        # the prefecture today (烟台市 the city, not the county-level 烟台市 of 烟台地区, 1980–82)
        ranked = [t for t in ranked if not (t[1].former and t[1].name == name and _LEVEL_RANK[t[1].level] > min(above))]
    if not ranked:
        return None
    if len(ranked) == 1:
        return ranked[0][1]
    ctx = [p for p in context if isinstance(p, Place)]
    if ctx:
        scored = [(max(_affinity(p, c) for c in ctx), sum(_affinity(p, c) for c in ctx), t)
                  for t in ranked for p in [t[1]]]
        best = max(s[:2] for s in scored)
        if best[0] > 0:
            top = [s[2] for s in scored if s[:2] == best]
            if len(top) == 1:
                return top[0][1]
            ranked = top
    (k1, p1), (k2, _) = ranked[0], ranked[1]
    return p1 if k1[:3] < k2[:3] else None


_ROAD_AFTER = re.compile(r"[东西南北中]?(?:路|街|巷|大道|大街|胡同)")
_WINDOW = 8


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _on_word_boundaries(tokenize: _Tokenize, text: str, start: int, end: int) -> bool:
    """Whether a word segmentation of the text around [start, end) cuts at both ends."""
    if (start == 0 or not _is_cjk(text[start - 1])) and (end == len(text) or not _is_cjk(text[end])):
        return True  # punctuation, digits or space on both sides
    lo = max(0, start - _WINDOW)
    window = text[lo:end + _WINDOW]
    s, e = start - lo, end - lo
    cuts = {0, len(window)}
    for _, a, b in tokenize(window):
        if a > e:
            break
        cuts.add(a)
        cuts.add(b)
    return s in cuts and e in cuts


def in_compound(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a compound of the stoplist printed around it
    (示范县 holds 范县, 拟任县 holds 任县): what :func:`find_places` would swallow."""
    g = _load()
    for ln in range(max(3, end - start + 1), g.compound_max + 1):
        for i in range(max(0, end - ln), start + 1):
            if text[i:i + ln] in g.compounds:
                return True
    return False


def find_places(text: str) -> list[tuple[int, int, list[Place]]]:
    """Spans of place names in ``text``: ``[(start, end, candidates), ...]``.

    Scans left to right taking the longest known name at each position; matches do
    not overlap.  Full names, short forms and former names of 3+ characters are
    found, except entries of the stoplist (everyday words like 合作, generic phrases
    like 城区, and compounds such as 示范县 that would otherwise yield 范县), a short
    form directly followed by 路/街/大道 ... (北京路 is a street), and short forms or
    2-character names that do not fall on rjieba word boundaries (党|和|政府 does
    not hold 和政县, 赵|县长 not 赵县).  ``text[start:end]`` is the matched name;
    ``candidates`` are ordered as by :func:`lookup`; use :func:`resolve` with the
    other places found as context to pick one.
    """
    g = _load()
    scan, get2, shorts = g.scan, g.by2.get, g.short_keys
    road = _ROAD_AFTER.match
    tokenize = g.tokenize
    out: list[tuple[int, int, list[Place]]] = []
    pos = 0  # end of the last match: candidates before it are inside a match
    for m in g.candidates.finditer(text):
        i = m.start()
        if i < pos:
            continue
        lens = get2(text[i:i + 2])
        if lens is None:
            continue
        for ln in lens:
            if i + ln > len(text):
                continue   # a name longer than what is left of the text
            key = text[i:i + ln]
            if key in scan:
                places = scan[key]
                pos = i + ln
                if places is not None:
                    if key in shorts or ln == 2:  # short forms and 2-character names (沁县)
                        if road(text, pos) and key in shorts:
                            break
                        if tokenize is not None and not _on_word_boundaries(tokenize, text, i, pos) \
                                and not (text.startswith("港", pos) and any(p.level == "city" for p in places)):
                            break      # (青岛|港, 烟台|港: a city's port is named after the city)
                    out.append((i, pos, list(places)))
                break
    return out


def opens_on_place(text: str) -> bool:
    """Whether ``text`` opens on a place's name (绥芬河口岸, 高唐县, 东山村)."""
    return any(start == 0 for start, _, _ in find_places(text))


# --- township level (乡级) -----------------------------------------------------------------------

# Suffixes of the town names find_towns() scans for; 民族乡 and 回族乡 end in 乡.  Other
# township-level units (区公所) are in the table and found by towns(), not scanned for.
TOWN_SUFFIXES = ("街道", "苏木", "镇", "乡")
_TOWN_SUFFIX_RE = re.compile("|".join(sorted(TOWN_SUFFIXES, key=len, reverse=True)))
# Town names that find_towns() does not report: generic phrases (小城镇建设, 重点中心镇).
_TOWN_STOPWORDS = frozenset({"小城镇", "中心镇"})
# A name ending in 乡/镇 followed by one of these may end inside a word (振兴|乡村 holds 振兴乡,
# 团结|乡亲 团结乡, 和平|乡镇 和平乡, 新|城镇化 新城镇): then it counts only if rjieba cuts
# after it (大坪|乡|村民 and 和平乡|村民 are towns).
_TOWN_WORD_AFTER = {"乡": frozenset("村亲贤风土愁情音邻镇"), "镇": frozenset("化")}


# What stands before the 于 of a comparative or a verb (快于, 高于, 位于, 属于): a town name
# opening with 于 there is none (增速快于城镇居民).
_COMPARATIVE = frozenset("快慢高低多少大小优劣强弱早晚好差等位属用对至由鉴在归")


class _Towns:
    """The loaded town table and its indexes (built once, then read-only)."""

    def __init__(self, table: str, g: _Gazetteer) -> None:
        self.header: list[str] = []
        lines = table.splitlines()
        i = 0
        while i < len(lines) and (not lines[i] or lines[i].startswith("#")):
            if lines[i]:
                self.header.append(lines[i][1:].strip())
            i += 1
        if i == len(lines):
            raise ValueError("towns.tsv: no header row")
        head = lines[i].split("\t")
        col = {name: j for j, name in enumerate(head)}
        if any(k not in col for k in ("name", "county", "code")):
            raise ValueError(f"towns.tsv: missing columns in {head}")
        i_name, i_county, i_code = col["name"], col["county"], col["code"]
        i_cname = col.get("county_name", -1)

        # (province, city, county) per parent code
        above: dict[str, tuple[str | None, str | None, str | None]] = {}

        def parent_names(parent: str, cname: str) -> tuple[str | None, str | None, str | None]:
            up = g.current.get(parent)
            if up is not None:
                return up.province, up.city, up.name if up.level == "county" else None
            # a county newer than gazetteer.tsv (两江新区): its name comes with the row
            prov = g.current.get(parent[:2] + "0000")
            pref = g.current.get(parent[:4] + "00")
            province = prov.name if prov is not None else None
            city = pref.name if pref is not None and pref.level == "city" else \
                (province if province and province.endswith("市") else None)
            return province, city, cname or None

        # Places are made on first use of a name or parent (38,000 at once would take 0.2 s)
        by_name: dict[str, list[tuple[str, str]]] = {}  # name -> [(code, parent)]
        by_parent: dict[str, list[tuple[str, str]]] = {}  # parent -> [(code, name)]
        for line in lines[i + 1:]:
            if not line or line[0] == "#":
                continue
            row = line.split("\t")
            try:
                name, parent, code = row[i_name], row[i_county], row[i_code]
            except IndexError:
                raise ValueError(f"towns.tsv: bad row {row}") from None
            if not name or len(parent) != 6 or len(code) != 9 or not parent.isdigit() \
                    or not code.isdigit():
                raise ValueError(f"towns.tsv: bad row {row}")
            if parent not in above:
                above[parent] = parent_names(parent, row[i_cname] if 0 <= i_cname < len(row) else "")
            hit = by_name.get(name)
            if hit is None:
                by_name[name] = [(code, parent)]
            else:
                hit.append((code, parent))
            sib = by_parent.get(parent)
            if sib is None:
                by_parent[parent] = [(code, name)]
            else:
                sib.append((code, name))
        self.above = above
        self.by_name = by_name
        self.by_parent = by_parent
        self._named: dict[str, tuple[Place, ...]] = {}
        # scanner: full names of 3+ characters ending in a TOWN_SUFFIX, indexed by their
        # last len(suffix) + 1 characters -> the lengths of names with that ending, longest first
        self.scan: frozenset[str] = frozenset(
            k for k in by_name if len(k) >= 3 and k.endswith(TOWN_SUFFIXES) and k not in _TOWN_STOPWORDS)
        ends: dict[str, set[int]] = {}
        two = tuple(suf for suf in TOWN_SUFFIXES if len(suf) == 2)
        for k in self.scan:
            ends.setdefault(k[-3:] if k.endswith(two) else k[-2:], set()).add(len(k))
        self.ends: dict[str, tuple[int, ...]] = {e: tuple(sorted(ls, reverse=True)) for e, ls in ends.items()}

    def _place(self, code: str, name: str, parent: str) -> Place:
        province, city, county = self.above[parent]
        return Place(code, name, "town", province, city, county, parent)

    def named(self, name: str) -> tuple[Place, ...]:
        """The towns called ``name``, by code (made once, then cached)."""
        hit = self._named.get(name)
        if hit is None:
            rows = self.by_name.get(name)
            if rows is None:
                return ()
            hit = self._named[name] = tuple(self._place(c, name, p) for c, p in rows)
        return hit

    def under(self, parent: str) -> list[Place]:
        return [self._place(c, n, parent) for c, n in self.by_parent.get(parent, ())]


_T: _Towns | None = None


def _load_towns() -> _Towns:
    global _T
    if _T is None:
        g = _load()
        with _LOCK:
            if _T is None:
                table = (resources.files("baoxun") / "data" / "towns.tsv").read_text(encoding="utf-8")
                _T = _Towns(table, g)
    return _T


def towns(name: str) -> list[Place]:
    """Every township-level division called ``name`` (full name: 贡江镇, 英雄南路街道), by code.

    Each is a :class:`Place` with level ``"town"``, its 9-digit ``code``, its county as
    ``parent`` (a prefecture's code for the towns of 东莞市, 中山市 ...) and ``province``,
    ``city`` and ``county`` filled from that parent.  Names shared by many counties
    (城关镇, 太平镇) return them all; short forms (贡江) are not known.
    """
    return list(_load_towns().named(name.strip()))


def towns_of(code: str) -> list[Place]:
    """The towns directly under the county (or prefecture) ``code``, by code."""
    return _load_towns().under(_norm_code(code))


def town_source_info() -> list[str]:
    """``towns.tsv``'s header comment lines (source package, version, licence, data date)."""
    return list(_load_towns().header)


def find_towns(text: str) -> list[tuple[int, int, list[Place]]]:
    """Spans of town names in ``text``: ``[(start, end, candidates), ...]``.

    Only full names of three or more characters ending in 镇, 乡, 街道 or 苏木 are found
    (贡江镇, 英雄南路街道, not 贡江 nor the two-character 杨镇).  At each such suffix the
    longest name ending there is taken; of two overlapping matches the longer one is
    kept (the earlier on a tie), so matches do not overlap.  Not reported: generic
    phrases that are also town names (小城镇, 中心镇), and a name whose last character
    begins a word with the next one by rjieba's segmentation (振兴|乡村 does not hold
    振兴乡, but 大坪|乡|村民 holds 大坪乡).  ``text[start:end]`` is the name;
    ``candidates`` are all towns of that name, by code (see :func:`towns`): use the
    counties found nearby (:func:`find_places`) to choose among them.
    """
    t = _load_towns()
    scan, ends, after, named = t.scan, t.ends, _TOWN_WORD_AFTER, t.named
    tokenize = _load().tokenize
    out: list[tuple[int, int, list[Place]]] = []
    last_e = -1
    n = len(text)
    for m in _TOWN_SUFFIX_RE.finditer(text):
        b, e = m.span()
        lens = ends.get(text[b - 1:e]) if b else None  # the suffix and the character before it
        if lens is None:
            continue
        for ln in lens:
            s = e - ln
            if s < 0:
                continue
            key = text[s:e]
            if key not in scan:
                continue
            if text[s] == "于" and s and text[s - 1] in _COMPARATIVE:
                break   # 快于|城镇居民: the comparative's 于, not 于城镇
            nxt = after.get(text[e - 1])
            if nxt is not None and e < n and text[e] in nxt and tokenize is not None \
                    and not _cut_after(tokenize, text, e):
                break
            if s < last_e:  # overlaps earlier matches: keep it only if longer than each
                k = len(out)
                while k and s < out[k - 1][1]:
                    k -= 1
                if any(e - s <= z - a for a, z, _ in out[k:]):
                    break
                del out[k:]
            out.append((s, e, list(named(key))))
            last_e = e
            break
    return out


def _cut_after(tokenize: _Tokenize, text: str, pos: int) -> bool:
    """Whether rjieba's segmentation of the text around ``pos`` cuts there."""
    lo = max(0, pos - _WINDOW)
    window = text[lo:pos + _WINDOW]
    cut = pos - lo
    for _, a, b in tokenize(window):
        if a == cut or b == cut:
            return True
        if a > cut:
            break
    return False
