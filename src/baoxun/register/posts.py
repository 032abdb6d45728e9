"""Posts (职务) as structured data: 潞州区委书记 → place 潞州区, level 区, body 党委, rank 书记.

A post as printed reads, left to right::

    [原|兼] [place …] [level] [body …] [modifier] rank [助理] [(退休)]
     原     长沙市开福区  -       委        副       书记

It is parsed right to left:
  1. markers: 原/前/时任/曾任 (and a trailing 退休) mark a former post, 兼/兼任 a
     concurrent one; 驻… (驻村第一书记 of a bureau) is cut off, the post is the bureau's;
  2. rank: the longest rank word of ``register_ranks.tsv`` at the end, with its modifiers
     (常务副, 副, 第一 …) before it: 常务副 + 市长;
  3. places: printed places from the left — full names the gazetteer knows (长治市,
     潞州区, 丰城市), prefecture and province short forms (潍坊, 喀什), then towns, streets,
     villages and communities named before a body (彬江镇, 下浦村);
  4. level: a level word (市, 县, 镇, 村 …) opening what is left, or the printed place's
     own level (长治市委 → 市), or the rank's (市长 → 市, 董事长 → company);
  5. body: the rest, classified by its ending (``register_bodies.tsv``): 委 after a level
     is the party committee, 人大常委会 congress, 政协 the CPPCC, 纪委/监委 discipline, a
     department (商务局) government, a company, school or hospital its own level;
  6. place: printed, else inherited from the paper's place by the level (市委 in 长治日报
     → 长治市; 市委 in a paper of the county-level 丰城市 → 丰城市; 区委 in a city paper →
     unknown, to be read from the article's places by the resolver).

:func:`parse_chain` parses the posts printed with one name (市委常委、宣传部部长) and lets a
post without its own level take the one before it (宣传部部长 → 市委宣传部部长). Nothing
here raises on odd input: an unparseable string comes back as a post of level ``None``
with the whole string as its rank.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace
from functools import lru_cache
from typing import Any, Iterable

from .. import gazetteer
from . import data

__all__ = ["Post", "parse_post", "parse_chain", "BRANCHES", "place_info"]

#: What a post belongs to.
BRANCHES = ("party", "government", "congress", "cppcc", "discipline", "other")

# 1. markers
_FORMER_PREFIXES = ("原任", "曾任", "时任", "原", "前任", "前")
_CONCURRENT_PREFIXES = ("兼任", "兼")
_FORMER_SUFFIXES = ("（已退休）", "(已退休)", "（退休）", "(退休)", "已退休", "退休")
_ACTING_MODIFIERS = ("代理", "代")
# 2. modifiers before a rank word, longest first
_MODIFIERS = ("常务副", "专职副", "执行副", "第一副", "副", "常务", "执行", "专职", "第一", "代理", "代")
# Ranks that carry their own level (市长 → 市): they never take a body from the post before.
_LEVEL_RANKS = ("省长", "市长", "州长", "县长", "区长", "旗长", "盟长", "镇长", "乡长", "村长")
# Longest candidate place read from a post (characters): 新疆维吾尔自治区 is 8.
PLACE_MAX_CHARS = 12
_CJK = r"[\u4e00-\u9fff]"
_TOWN = re.compile(rf"({_CJK}{{1,6}}?)(镇|乡|街道|苏木)")
_VILLAGE = re.compile(rf"({_CJK}{{1,6}}?)(村|社区|嘎查)")
# After a village or community name, what may follow (a body of its own or nothing).
_VILLAGE_FOLLOW = ("党支部", "党总支", "党委", "村委会", "居委会", "委员会", "两委", "支部", "村民委员会",
                   "居民委员会", "网格", "集体")
# Bodies whose name is the party committee of a level (市委, 县委, 镇党委) in office labels.
_PARTY_COMMITTEE = "党委"
_PARTY_DEPARTMENTS = ("组织部", "宣传部", "统战部", "政法委", "委办公室", "党校", "编办", "网信办", "巡察办")
# Levels whose party committee is printed as a bare 委 after the level word.
_SHORT_COMMITTEE_LEVELS = {"省": "省", "市": "市", "县级市": "市", "州": "州", "地区": "地", "盟": "盟",
                           "县": "县", "区": "区", "旗": "旗"}
# How a level is marked in an office label (the level word as papers print it).
_LEVEL_MARK = {"中央": "", "省": "省", "市": "市", "县级市": "市", "州": "州", "地区": "地区", "盟": "盟",
               "县": "县", "区": "区", "旗": "旗", "乡镇": "镇", "街道": "街道", "村": "村", "社区": "社区"}
_ADMIN_LEVELS = tuple(_LEVEL_MARK)
_UNIT_LEVELS = ("company", "school", "hospital")


@dataclass(frozen=True)
class Post:
    """One post as printed and as parsed."""

    printed: str
    """The post exactly as the mention gives it."""
    level: str | None
    """中央, 省, 市, 县级市, 州, 地区, 盟, 县, 区, 旗, 乡镇, 街道, 村, 社区, or company,
    school, hospital; None when nothing tells."""
    place: str | None
    """The place the post is in: printed (潞州区, 彬江镇) or inherited from the paper; the
    gazetteer's full name for divisions it knows (潍坊 → 潍坊市)."""
    place_source: str | None
    """``printed``, ``paper`` (inherited from the paper's place) or ``chain`` (from the
    post before it in the same name's chain); None when ``place`` is None."""
    within: str | None
    """For a town, street, village or community: the county or city it lies in (printed
    before it or the paper's), else None."""
    body: str | None
    """党委, 政府, 人大常委会, 政协, 纪委监委, 组织部 …, a department's short name (商务局),
    a company's printed name; None for a bare rank."""
    rank: str
    """The rank with its modifiers: 书记, 副书记, 常委, 市长, 常务副市长, 局长, 主任 …"""
    branch: str
    """party, government, congress, cppcc, discipline or other (:data:`BRANCHES`)."""
    singular: bool
    """One holder at a time (书记, 市长, 常务副市长, 局长); False for 副…, 常委, 委员."""
    concurrent: bool = False
    """Printed with 兼 (兼市公安局局长)."""
    former: bool = False
    """Printed with 原, 前, 时任, 曾任 or 退休: not held at the article's date."""
    acting: bool = False
    """Printed with 代 (代市长)."""
    office: str = ""
    """The post without its place, the register's key with ``place``: 市委书记, 市长,
    常务副市长, 市人大常委会主任, 县委组织部部长, 镇党委书记, 商务局局长 (with 市/县 …)."""

    @property
    def key(self) -> tuple[str | None, str]:
        """``(place, office)``: the register's post (长治市, 市长)."""
        return (self.place, self.office)

    @property
    def label(self) -> str:
        """The place and office as one string (长治市 市长)."""
        return f"{self.place} {self.office}" if self.place else self.office

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# --------------------------------------------------------------------------- places

def place_info(name: str | None) -> gazetteer.Place | None:
    """The gazetteer's division called exactly ``name`` (full name), or None."""
    if not name:
        return None
    return _place_info(name)


@lru_cache(maxsize=4096)
def _place_info(name: str) -> gazetteer.Place | None:
    try:
        for p in gazetteer.lookup(name):
            if p.name == name and not p.former:
                return p
        for p in gazetteer.lookup(name):
            if p.name == name:
                return p
    except Exception:      # a broken gazetteer is no reason to lose a post
        return None
    return None


def _place_level(p: gazetteer.Place) -> str:
    """The register's level of a division (长治市 → 市, 丰城市 → 县级市, 恩施州 → 州)."""
    n = p.name
    if p.level == "province":
        return "市" if n.endswith("市") else "省"
    if p.level == "city":
        for suffix, level in (("地区", "地区"), ("州", "州"), ("盟", "盟")):
            if n.endswith(suffix):
                return level
        return "市"
    if p.level == "county":
        if n.endswith("市"):
            return "县级市"
        for suffix, level in (("旗", "旗"), ("区", "区"), ("县", "县")):
            if n.endswith(suffix):
                return level
        return "县"
    return "乡镇"


def _full_place(cand: str) -> gazetteer.Place | None:
    """A division printed in full (长治市, 潞州区, 丰城市) or a prefecture or province
    short form (潍坊, 喀什, 山西); county short forms are everyday words too often (古城)."""
    p = place_info(cand)
    if p is not None and cand[-1] in "省市县区州旗盟":
        return p
    if cand.endswith("地区") and p is not None:
        return p
    try:
        found = gazetteer.lookup(cand)
    except Exception:
        return None
    for q in found[:1]:
        if q.level in ("city", "province") and not q.former and q.name.startswith(cand) and q.name != cand:
            return q
    return None


def _starts_with_place(s: str) -> bool:
    """True when ``s`` opens with a division's full name (原平市, 前郭县 are no 原/前)."""
    return any(_full_place(s[:j]) is not None and s[j - 1] in "省市县区州旗盟"
               for j in range(min(len(s), PLACE_MAX_CHARS), 1, -1))


def _town_ok(name: str) -> bool:
    if _towns(name):
        return True
    stem = name.rstrip("镇乡村")
    if any(w in name for w in data.not_places()):
        return False
    if len(stem) < 2 and stem[:1] in data.levels():
        return False
    return True


def _scan_places(prefix: str) -> tuple[list[tuple[str, str, gazetteer.Place | None]], str]:
    """3. Printed places at the start of ``prefix``: ``[(name, kind, place)]`` and the rest.
    ``kind`` is division, town or village."""
    found: list[tuple[str, str, gazetteer.Place | None]] = []
    i = 0
    n = len(prefix)
    while i < n:
        hit = None
        for j in range(min(n, i + PLACE_MAX_CHARS), i + 1, -1):
            p = _full_place(prefix[i:j])
            if p is not None:
                hit = (j, (p.name, "division", p))
                break
        if hit is None:
            m = _TOWN.match(prefix, i)
            if m and _town_ok(m.group(0)):
                rest = prefix[m.end():]
                towns = _towns(m.group(0))
                if towns or not rest or _VILLAGE.match(rest) or rest.startswith(
                        ("党委", "党工委", "人大", "政府", "人民政府", "纪委", "办事处", "卫生院", "中心", "中学", "小学",
                         "敬老院", "派出所", "财政所", "社区", "居委会")):
                    hit = (m.end(), (m.group(0), "town", None))
        if hit is None:
            m = _VILLAGE.match(prefix, i)
            if m and _town_ok(m.group(0)):
                rest = prefix[m.end():]
                if not rest or rest.startswith(_VILLAGE_FOLLOW):
                    hit = (m.end(), (m.group(0), "village", None))
        if hit is None:
            break
        i, item = hit
        found.append(item)
    return found, prefix[i:]


@lru_cache(maxsize=4096)
def _towns(name: str) -> tuple[gazetteer.Place, ...]:
    try:
        return tuple(gazetteer.towns(name))
    except Exception:
        return ()


def _inherit(level: str | None, paper: gazetteer.Place | None) -> str | None:
    """6. The place a post of ``level`` printed without a place has in ``paper``'s paper."""
    if paper is None or level is None:
        return None
    name, plevel = paper.name, paper.level
    if level == "省":
        return paper.province
    if level == "市":
        if plevel == "city":
            return name if name.endswith("市") else None
        if plevel == "county":
            return name if name.endswith("市") else (paper.city if paper.city and paper.city.endswith("市") else None)
        if plevel == "province" and name.endswith("市"):
            return name
        return None
    for lv, suffix in (("州", "州"), ("地区", "地区"), ("盟", "盟")):
        if level == lv:
            if plevel == "city" and name.endswith(suffix):
                return name
            if plevel == "county" and paper.city and paper.city.endswith(suffix):
                return paper.city
            return None
    for lv, suffix in (("县", "县"), ("区", "区"), ("旗", "旗")):
        if level == lv:
            return name if plevel == "county" and name.endswith(suffix) else None
    return None


# --------------------------------------------------------------------------- rank

def _split_rank(s: str) -> tuple[str, str, str, data.Rank | None]:
    """2. ``(prefix, modifier, base, rank)`` of a post without markers."""
    table = data.ranks()
    longest = _max_rank_len()
    base = None
    for k in range(min(longest, len(s)), 0, -1):
        if s[-k:] in table:
            base = s[-k:]
            break
    if base is None:
        return s, "", "", None
    prefix = s[: len(s) - len(base)]
    modifier = ""
    for m in _MODIFIERS:
        if prefix.endswith(m):
            modifier = m
            prefix = prefix[: len(prefix) - len(m)]
            break
    return prefix, modifier, base, table[base]


@lru_cache(maxsize=1)
def _max_rank_len() -> int:
    return max(len(w) for w in data.ranks())


def _body_of(body: str) -> data.Body | None:
    """5. The body table's entry for the longest ending of ``body``."""
    table = data.bodies()
    for k in range(min(len(body), 6), 0, -1):
        entry = table.get(body[-k:])
        if entry is not None:
            return entry
    return None


def _short(body: str) -> str:
    """A department's register name: its full name's short form (住房和城乡建设局 → 住建局)."""
    table = data.abbreviations()
    for k in range(len(body), 1, -1):
        tail = body[-k:]
        if tail in table:
            return body[:-k] + table[tail]
    return body


def _level_word(rest: str) -> tuple[str, str] | None:
    """4. A level word opening ``rest``: ``(word, level)``; words that open a department's
    own name are not levels (市场监管局, 乡村振兴局, 区域…)."""
    table = data.levels()
    for k in (3, 2, 1):
        w = rest[:k]
        if len(w) == k and w in table:
            after = rest[k:]
            if w == "市" and after.startswith("场"):
                continue
            if w == "乡" and after.startswith("村"):
                continue
            if w == "区" and after.startswith("域"):
                continue
            if w == "地" and not after.startswith(("委", "区")):
                continue
            if w == "居" and not after.startswith("委"):
                continue
            if w == "中国" and not after:
                continue
            if w == "村" and not after:
                continue
            return w, table[w]
    return None


# --------------------------------------------------------------------------- parse

def parse_post(printed: Any, place: str | None = None, *, after: Post | None = None) -> Post:
    """Parse one post as printed; ``place`` is the paper's place (what 市委 / 我市 mean),
    ``after`` the post printed just before it with the same name (see :func:`parse_chain`).
    Never raises: odd input gives a post with ``level`` None."""
    text = printed if isinstance(printed, str) else ("" if printed is None else str(printed))
    post = _parse(text, place if isinstance(place, str) else None)
    if after is not None:
        post = _inherit_from(post, after)
    return post


def parse_chain(posts: Iterable[Any], place: str | None = None) -> list[Post]:
    """Parse the posts printed with one name, in order; a post without its own level or
    place takes the one before it (市委常委、宣传部部长 → 市委宣传部部长)."""
    out: list[Post] = []
    try:
        items = list(posts or [])
    except TypeError:
        items = []
    for p in items:
        out.append(parse_post(p, place, after=out[-1] if out else None))
    return out


@lru_cache(maxsize=65536)
def _parse(printed: str, paper_place: str | None) -> Post:
    try:
        return _parse_uncached(printed, paper_place)
    except Exception:       # a post we cannot read is still a post: kept whole
        return Post(printed, None, None, None, None, None, printed.strip(), "other", False, office=printed.strip())


def _parse_uncached(printed: str, paper_place: str | None) -> Post:
    s = re.sub(r"\s+", "", printed).strip("，,、;；:：")
    # 1. markers
    former = concurrent = acting = False
    changed = True
    while changed and s:
        changed = False
        for m in _FORMER_PREFIXES:
            if s.startswith(m) and len(s) > len(m) + 1 and not _starts_with_place(s) and (
                    m != "前" or _level_word(s[1:]) is not None or _starts_with_place(s[1:])):
                # 前 marks a former post only before a level or place (前市长), not in 前进村
                s, former, changed = s[len(m):], True, True
                break
        for m in _CONCURRENT_PREFIXES:
            if s.startswith(m) and len(s) > len(m) + 1:
                s, concurrent, changed = s[len(m):], True, True
                break
    for m in _FORMER_SUFFIXES:
        if s.endswith(m) and len(s) > len(m):
            s, former = s[: -len(m)], True
            break
    if "驻" in s[1:]:
        head, _, tail = s.partition("驻")
        # 州财政局驻洞坪村第一书记: the rank is printed after the place stationed in
        _, _, base, _ = _split_rank(tail)
        if base and head:
            s = head + base
    helper = s.endswith("助理") and len(s) > 2
    if helper:
        s = s[:-2]
    # 2. rank
    prefix, modifier, base, rank = _split_rank(s)
    if rank is None:
        return Post(printed, None, None, None, None, None, printed.strip(), "other", False, concurrent, former,
                    office=s or printed.strip())
    if modifier in _ACTING_MODIFIERS:
        acting, modifier = True, ""
    # 3. places
    places, rest = _scan_places(prefix)
    # 4. level
    level: str | None = None
    level_word = ""
    committee = False          # 市委 / 长治市委: the body is the party committee
    division = next((p for _, kind, p in reversed(places) if kind == "division"), None)
    innermost = places[-1] if places else None
    lw = _level_word(rest)
    if lw is not None:
        level_word, level = lw
        rest = rest[len(level_word):]
        if level in ("村", "社区") and rest.startswith(("委会", "委员会", "民委员会")):
            rest = level_word + rest
        elif rest.startswith("委") and not rest.startswith(("委员", "委会")):
            committee = True
    elif innermost is not None:
        name, kind, p = innermost
        if kind == "division" and p is not None:
            level = _place_level(p)
        elif kind == "town":
            level = "街道" if name.endswith("街道") else "乡镇"
        else:
            level = "社区" if name.endswith("社区") else "村"
        if rest.startswith("委") and not rest.startswith(("委员", "委会")):
            committee = True
    # 5. body
    body_printed = rest
    body: str | None = None
    branch = rank.branch
    kind = "admin"
    if committee:
        sub = rest[1:]
        body = _PARTY_COMMITTEE
        sub_entry = _body_of(sub) if sub else None
        if sub:
            body = sub_entry.name if sub_entry and sub_entry.name else _short(sub)
            if sub in ("办", "办公室"):
                body = "委办公室"
                sub_entry = data.bodies().get("委办")
        branch = sub_entry.branch if sub_entry else "party"
        if body == _PARTY_COMMITTEE and rank.word in ("主任", "委员") and rest.startswith("委员会"):
            branch = rank.branch or "government"
    elif body_printed:
        entry = _body_of(body_printed)
        if entry is None:
            body = body_printed
            branch = rank.branch or "other"
        else:
            kind = entry.kind
            if entry.name is not None and len(body_printed) == len(entry.ending):
                body = entry.name
            elif entry.name is not None and entry.kind == "admin" and entry.branch != "government":
                # 人大常委会 printed after a place we did not read, 区委党组 …: the generic name
                body = entry.name if body_printed.endswith(entry.ending) and entry.ending in (
                    "人大常委会", "政协", "纪委监委", "纪委", "监委") else _short(body_printed)
            else:
                body = _short(body_printed)
            branch = entry.branch if entry.branch != "other" or rank.branch is None else rank.branch
            if entry.kind == "admin" and entry.branch == "government" and rank.branch not in (None, "government"):
                branch = rank.branch
    else:
        branch = rank.branch or "other"
    # the 党组 of a department is a party post; a 书记 of anything is a party post
    if base in ("书记", "副书记") and branch in ("government", "other") and body and body.endswith(("党组", "党委",
                                                                                              "党支部", "党总支")):
        branch = "party"
    if kind in ("company", "school", "hospital"):
        level = kind
    elif kind == "village" and level is None:
        level = "社区" if body_printed.startswith("居") else "村"
    if level is None and rank.bare_level is not None:
        level = rank.bare_level
    if branch is None:
        branch = "other"
    # 6. place
    place: str | None = None
    source: str | None = None
    within: str | None = None
    paper = place_info(paper_place)
    if innermost is not None:
        name, kind_, p = innermost
        place, source = name, "printed"
        if kind_ != "division":
            within = division.name if division is not None else (paper.name if paper is not None else None)
        if lw is not None and level in _ADMIN_LEVELS and kind_ == "division" and p is not None:
            # a level word after a printed place names a lower level in it (长治市县委?): keep the place
            lower = _place_level(p)
            if lower != level and level in ("乡镇", "街道", "村", "社区"):
                within, place, source = p.name, None, None
    elif level in ("乡镇", "街道", "村", "社区"):
        within = paper.name if paper is not None else None
    elif level is not None:
        place = _inherit(level, paper)
        source = "paper" if place else None
        if place is not None:
            p = place_info(place)
            if p is not None:
                level = _place_level(p) if level in _SHORT_COMMITTEE_LEVELS else level
    if place is None and level in ("company", "school", "hospital") and paper is not None:
        within = paper.name
    # rank and office
    singular = rank.singular and "副" not in modifier
    if modifier.startswith("常务副") or modifier == "第一":
        singular = rank.singular
    rank_text = modifier + base + ("助理" if helper else "")
    if helper:
        singular = False
    office = _office(level, level_word, places, body, body_printed, committee, rank_text, base, kind)
    return Post(printed, level, place, source, within, body, rank_text, branch, singular, concurrent, former,
                acting, office)


def _office(level: str | None, level_word: str, places: list, body: str | None, body_printed: str,
            committee: bool, rank_text: str, base: str, kind: str) -> str:
    """The post without its place: what stays the same whoever holds it in that place."""
    if base in _LEVEL_RANKS and not body:
        return rank_text
    if kind in ("company", "school", "hospital"):
        return (body or "") + rank_text
    mark = _LEVEL_MARK.get(level or "", "")
    if level == "乡镇":
        mark = level_word if level_word in ("镇", "乡", "苏木") else (
            places[-1][0][-1] if places and places[-1][0].endswith(("镇", "乡")) else "镇")
        if places and places[-1][0].endswith("苏木"):
            mark = "苏木"
    if level == "中央":
        mark = level_word if level_word in ("全国", "国家级", "国家", "中国") else ""
    if committee or (body == _PARTY_COMMITTEE and level in _SHORT_COMMITTEE_LEVELS):
        sub = "" if body == _PARTY_COMMITTEE else body
        if sub == "委办公室":
            sub = "办公室"
        if level in _SHORT_COMMITTEE_LEVELS:
            return _SHORT_COMMITTEE_LEVELS[level] + "委" + (sub or "") + rank_text
        return mark + "党委" + (sub or "") + rank_text
    if body in _PARTY_DEPARTMENTS and level in _SHORT_COMMITTEE_LEVELS:
        return _SHORT_COMMITTEE_LEVELS[level] + "委" + body.removeprefix("委") + rank_text
    if body is None:
        return (mark if level_word else "") + rank_text     # 全国人大代表, 省人大代表
    if body == "政府" and base in _LEVEL_RANKS:
        return rank_text
    if kind == "village" or (mark in ("村", "社区") and body.startswith(mark)):
        return body + rank_text
    return mark + body + rank_text


def _inherit_from(post: Post, before: Post) -> Post:
    """A post of a chain printed without its own level takes the level, place and (for a
    sub-body or a bare party rank) the body of the post before it."""
    if before.level in ("company", "school", "hospital") and post.place is None and post.level in (None, before.level):
        if post.body is None or post.body in ("党委", "党组", "党支部", "党总支"):
            base_body = before.body or ""
            for sub in ("党委", "党组", "党支部", "党总支"):
                base_body = base_body.removesuffix(sub)
            body = base_body + (post.body or "")
            return replace(post, level=before.level, within=before.within, body=body or None,
                           office=body + post.rank)
        return post
    if (post.level is not None and post.place_source in (None, "paper") and before.place
            and before.place_source in ("printed", "chain", "article") and before.level not in _UNIT_LEVELS
            and _LEVEL_MARK.get(post.level, "?") == _LEVEL_MARK.get(before.level, "!")):
        # 醴陵市委副书记、市长: the 市长 is 醴陵市's, not the paper's 株洲市
        return replace(post, level=before.level, place=before.place, within=before.within, place_source="chain")
    if post.level is not None or post.place is not None or before.level is None:
        return post
    level, place, within = before.level, before.place, before.within
    mark = _LEVEL_MARK.get(level, "")
    body = post.body
    office = post.office
    branch = post.branch
    if body in _PARTY_DEPARTMENTS and level in _SHORT_COMMITTEE_LEVELS:
        office = _SHORT_COMMITTEE_LEVELS[level] + "委" + body.removeprefix("委") + post.rank
    elif body in ("党组", "党委") and before.body is None:
        office = post.office          # 副市长、党组书记 of a body not printed: no level mark
    elif body in ("党组", "党委") and before.body not in ("党委", "党组"):
        body = before.body + body
        office = before.office[: len(before.office) - len(before.rank)] + post.body + post.rank
    elif body is None and post.rank.lstrip("副常务") in ("书记", "秘书长", "常委", "委员") and before.body:
        body = before.body
        office = before.office[: len(before.office) - len(before.rank)] + post.rank
        branch = before.branch if post.rank != "秘书长" or before.branch != "other" else branch
    elif body is None:
        return replace(post, level=level, place=place, within=within,
                       place_source="chain" if place else None)
    else:
        office = post.office          # 管委会主任 after 副市长: its own body, no level printed
    return replace(post, level=level, place=place, within=within, place_source="chain" if place else None,
                   body=body, office=office, branch=branch)
