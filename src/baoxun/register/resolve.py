"""People resolved across articles: every printed name, one person per real official.

An *observation* is one name in one article with the posts printed with it there. For
each name, observations are grouped into people in four steps:
  1. **jurisdictions** — each post has one: its place (潞州区, 长治市), a town's or a
     company's county (``within``), or none (a bare 局长, a bare name);
  2. **printed links** — the jurisdictions printed together with the name in one article
     (市委常委、潞州区委书记; 原襄垣县县长…任沁县县委书记) are one person's; jurisdictions
     never printed together stay apart: two places are never merged without a printed link;
  3. **simultaneous posts** — inside one linked group, posts that one person cannot hold at
     once (市长 and 副市长, 县委书记 and 县长 of one county, a company's 董事长 and a 副县长)
     seen at the same time (interleaved) are two people: the group is split into tracks;
  4. **names without a jurisdiction** (市领导 lists, bare names in later articles) join the
     one track that fits best — the paper's own place, then a place the article names, then
     a place in the paper's prefecture, preferring tracks active at the time; a tie is kept
     as an ``unresolved`` person listing its candidates, no fit makes a ``bare`` person.

A person's id is a hash of name, jurisdiction and first date seen: the same archive gives
the same ids on any machine. Confidence is the mean of the observations' link confidences
(:data:`LINK_CONFIDENCE`).
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date as Date
from typing import Iterable

from . import data
from .posts import Post, place_info

__all__ = ["Observation", "Person", "resolve", "jurisdiction", "incompatible", "LINK_CONFIDENCE"]

# Two posts that one person cannot hold at once are two people when their first–last
# spans overlap for more than OVERLAP_DAYS and each is seen at least INTERLEAVED_MIN times
# inside the other's span. A shorter overlap is a move with the old title still printed
# for a while (副市长 in the weeks after the promotion to 常务副市长). Calibrated on the
# generated scenarios (15% stale titles for three months after a move).
INTERLEAVED_MIN = 2
OVERLAP_DAYS = 120
# A track counts as active for a bare name up to this many days outside its first–last
# span (a 市领导 list a month before the person's first post printed).
ACTIVE_MARGIN_DAYS = 120
# How sure each kind of link is (the person's confidence is the mean over observations).
LINK_CONFIDENCE = {
    "printed": 1.0,        # a post with its place printed
    "paper": 0.95,         # a post whose place is the paper's (市委 in 长治日报)
    "article": 0.85,       # a post whose place is the one the article names (区委书记 + 潞州区)
    "paper_place": 0.85,   # a bare name in the paper of the person's place
    "article_place": 0.75, # a bare name in an article naming the person's place
    "prefecture": 0.5,     # a bare name in a paper of the person's prefecture
    "inactive": 0.4,       # … of a person not seen around that date
    "bare": 0.3,           # a name never printed with a post in that place
    "unresolved": 0.0,     # several people fit equally
}
_SUB_COUNTY = ("乡镇", "街道", "村", "社区")
_UNITS = ("company", "school", "hospital")
_LEVEL_RANKS = ("省长", "市长", "州长", "县长", "区长", "旗长", "盟长")


@dataclass(frozen=True)
class Observation:
    """One name in one article."""

    article_id: str
    date: str | None
    name: str
    paper: str | None
    paper_place: str | None
    posts: tuple[Post, ...] = ()
    article_places: tuple[str, ...] = ()
    """Divisions the article names (county level and up), for 区委书记 in a city paper."""
    seq: int = 0
    current: tuple[Post, ...] = field(init=False, repr=False, compare=False)
    """The posts held at the article's date (not printed as former)."""

    def __post_init__(self) -> None:
        posts = self.posts
        object.__setattr__(self, "current", tuple(p for p in posts if not p.former) if posts else ())


@dataclass
class Person:
    """A resolved person: the observations of one official."""

    id: str
    name: str
    status: str                       # resolved, bare, unresolved
    jurisdiction: str | None
    observations: list[tuple[Observation, float, str]] = field(default_factory=list)
    candidates: list[str] = field(default_factory=list)

    @property
    def confidence(self) -> float:
        if not self.observations:
            return 0.0
        return round(sum(c for _, c, _ in self.observations) / len(self.observations), 3)

    @property
    def first_seen(self) -> str | None:
        dates = [o.date for o, _, _ in self.observations if o.date]
        return min(dates) if dates else None

    @property
    def last_seen(self) -> str | None:
        dates = [o.date for o, _, _ in self.observations if o.date]
        return max(dates) if dates else None


def jurisdiction(post: Post) -> str | None:
    """The place a post ties its holder to: its own (潞州区), a town's or a unit's county
    (``within``), or None."""
    if post.level == "中央":
        return "中国"
    if post.level in _SUB_COUNTY:
        return post.within or None
    if post.level in _UNITS:
        return post.place or post.within
    return post.place


def _ordinal(iso: str | None) -> int | None:
    if not iso:
        return None
    try:
        return Date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return None


# --------------------------------------------------------------------------- compatibility

def _ladder(p: Post) -> tuple[str, str] | None:
    """The ranks of one body that exclude each other (市长/常务副市长/副市长; 书记/副书记)."""
    base = p.rank.replace("常务副", "").replace("副", "")
    if base in _LEVEL_RANKS and (p.body in (None, "政府")):
        return ("government", "head")
    if p.body is None:
        return None
    if "常委" in p.rank or "委员" in p.rank or "成员" in p.rank:
        return None
    return (p.branch, p.body)


def _head(p: Post) -> str | None:
    """The four heads of a place (书记, 市长 …, 人大常委会主任, 政协主席)."""
    if not p.singular or "副" in p.rank:
        return None
    if p.rank == "书记" and p.body == "党委":
        return "party"
    if p.rank in _LEVEL_RANKS:
        return "government"
    if p.rank == "主任" and p.body == "人大常委会":
        return "congress"
    if p.rank == "主席" and p.body == "政协":
        return "cppcc"
    return None


def _concurrent(a: Post, b: Post) -> bool:
    """Two single-holder posts one person may hold together (register_concurrent.tsv, or
    a post and its own body's 党组 post)."""
    if a.body and b.body and a.body != b.body and (a.body.startswith(b.body) or b.body.startswith(a.body)):
        return True
    for x, y in data.concurrent_pairs():
        if (a.office.endswith(x) and b.office.endswith(y)) or (a.office.endswith(y) and b.office.endswith(x)):
            return True
    return False


_MEMBER_RANKS = ("常委", "委员", "成员")


def incompatible(a: Post, b: Post) -> bool:
    """True when one person cannot hold ``a`` and ``b`` at the same time: two single-holder
    posts of one place (but for known pairs such as 市委书记 and 市人大常委会主任), two
    ranks of one body (市长 and 副市长), a head and another branch's deputy (县委书记 and
    副县长), or a company's head and an official's post."""
    if a.office == b.office and a.place == b.place:
        return False
    unit_a, unit_b = a.level in _UNITS, b.level in _UNITS
    if unit_a != unit_b:
        unit, official = (a, b) if unit_a else (b, a)
        return (unit.singular and official.branch in ("party", "government", "discipline")
                and not any(m in official.rank for m in _MEMBER_RANKS + ("代表",)))
    if jurisdiction(a) != jurisdiction(b) or a.place != b.place:
        return False
    if any(m in a.rank for m in _MEMBER_RANKS) or any(m in b.rank for m in _MEMBER_RANKS):
        return False
    la, lb = _ladder(a), _ladder(b)
    if la is not None and la == lb and a.rank != b.rank:
        return True
    if a.singular and b.singular:
        return not _concurrent(a, b)
    ha, hb = _head(a), _head(b)
    if ha or hb:
        head, other = (a, b) if ha else (b, a)
        # 县长 is also 县委副书记; 县委书记 is never a 副县长
        if _head(head) == "government" and other.branch == "party":
            return False
        return head.branch != other.branch
    return False


def _interleaved(da: list[int], db: list[int]) -> bool:
    """``da`` and ``db`` (sorted day numbers) overlap as two people's would."""
    if not da or not db:
        return False
    a0, a1, b0, b1 = da[0], da[-1], db[0], db[-1]
    if min(a1, b1) - max(a0, b0) <= OVERLAP_DAYS:
        return False
    a_in_b = sum(1 for d in da if b0 <= d <= b1)
    b_in_a = sum(1 for d in db if a0 <= d <= a1)
    return min(a_in_b, b_in_a) >= INTERLEAVED_MIN


# --------------------------------------------------------------------------- resolution

class _Track:
    """People in the making: one chain of compatible posts."""

    def __init__(self) -> None:
        self.obs: list[tuple[Observation, float, str]] = []
        self.keys: dict[tuple[str | None, str], Post] = {}
        self.days: dict[tuple[str | None, str], list[int]] = {}
        self.places: set[str] = set()
        self._span: tuple[int | None, int | None] | None = None

    def span(self) -> tuple[int | None, int | None]:
        """First and last day of the track's posts (computed once: tracks are complete
        before names without a jurisdiction are matched to them)."""
        if self._span is None:
            days = [d for ds in self.days.values() if ds for d in (ds[0], ds[-1])]
            self._span = (min(days), max(days)) if days else (None, None)
        return self._span


def _parent(parents: dict, x):
    while parents[x] != x:
        parents[x] = parents[parents[x]]
        x = parents[x]
    return x


def _how(post: Post) -> str:
    if post.place_source in ("printed", "chain") or post.level in _SUB_COUNTY + _UNITS:
        return "printed"
    if post.place_source == "article":
        return "article"
    return "paper"


def _split(obs: list[Observation]) -> list[_Track]:
    """3. One linked group of observations → tracks of compatible posts."""
    # keys co-printed in one observation belong together
    parents: dict = {}
    posts: dict[tuple[str | None, str], Post] = {}
    days: dict[tuple[str | None, str], list[int]] = defaultdict(list)
    for o in obs:
        keys = [(p.place, p.office) for p in o.current]
        for p in o.current:
            posts.setdefault((p.place, p.office), p)
        d = _ordinal(o.date)
        for k in keys:
            parents.setdefault(k, k)
            if d is not None:
                days[k].append(d)
        for k in keys[1:]:
            ra, rb = _parent(parents, keys[0]), _parent(parents, k)
            if ra != rb:
                parents[rb] = ra
    groups: dict = defaultdict(list)
    for k in posts:
        groups[_parent(parents, k)].append(k)
    for k in days:
        days[k].sort()

    def first(g: list) -> int:
        return min((days[k][0] for k in g if days[k]), default=10**9)

    tracks: list[_Track] = []
    group_track: dict = {}
    for root, keys in sorted(groups.items(), key=lambda kv: (first(kv[1]), repr(kv[0]))):
        home = None
        for t in tracks:
            if not any(incompatible(posts[a], t.keys[b]) and _interleaved(days[a], t.days[b])
                       for a in keys for b in t.keys):
                home = t
                break
        if home is None:
            home = _Track()
            tracks.append(home)
        for k in keys:
            home.keys[k] = posts[k]
            home.days[k] = days[k]
        group_track[root] = home
    if not tracks:
        tracks.append(_Track())
    for o in obs:
        cur = o.current
        if cur:
            t = group_track[_parent(parents, (cur[0].place, cur[0].office))]
            how = _how(cur[0])
        else:                                    # only former posts: the track holding one of them
            t = next((t for t in tracks for p in o.posts if (p.place, p.office) in t.keys), tracks[0])
            how = "printed"
        t.obs.append((o, LINK_CONFIDENCE[how], how))
        for p in o.posts:
            j = jurisdiction(p)
            if j:
                t.places.add(j)
            if p.place:
                t.places.add(p.place)
    return [t for t in tracks if t.obs]


def _related(paper_place: str | None, places: set[str]) -> bool:
    """A place of ``places`` in the same prefecture as the paper's place."""
    pp = place_info(paper_place)
    if pp is None:
        return False
    city = pp.city or pp.name
    for name in places:
        q = place_info(name)
        if q is not None and (q.city or q.name) == city:
            return True
    return False


def _names_elsewhere(o: Observation, t: _Track) -> bool:
    """The article names a county-level place that is not one of the track's: a bare name
    there is more likely someone of that place than this person."""
    for name in o.article_places:
        if name == o.paper_place or name in t.places:
            continue
        q = place_info(name)
        if q is not None and q.level == "county":
            return True
    return False


def _score(o: Observation, t: _Track) -> tuple[int, bool]:
    if o.paper_place and o.paper_place in t.places:
        s = 3
    elif any(p in t.places for p in o.article_places):
        s = 2
    elif _related(o.paper_place, t.places) and not _names_elsewhere(o, t):
        s = 1
    else:
        s = 0
    d = _ordinal(o.date)
    lo, hi = t.span()
    active = d is None or lo is None or (lo - ACTIVE_MARGIN_DAYS <= d <= hi + ACTIVE_MARGIN_DAYS)
    return s, active


def _person_id(name: str, jur: str | None, first: str | None, status: str) -> str:
    h = hashlib.sha256("\x1f".join([name, jur or "", first or "", status]).encode("utf-8")).hexdigest()
    return "P" + h[:12]


def resolve(observations: Iterable[Observation]) -> list[Person]:
    """Group observations into people (see the module's steps). Never raises on odd
    observations: one without a name is skipped."""
    by_name: dict[str, list[Observation]] = defaultdict(list)
    for o in observations:
        if isinstance(o.name, str) and o.name.strip():
            by_name[o.name].append(o)
    people: list[Person] = []
    for name in sorted(by_name):
        people.extend(_resolve_name(name, by_name[name]))
    # stable, unique ids
    seen: dict[str, int] = {}
    for p in people:
        if p.id in seen:
            seen[p.id] += 1
            p.id = f"{p.id}-{seen[p.id]}"
        else:
            seen[p.id] = 0
    return people


def _resolve_name(name: str, obs: list[Observation]) -> list[Person]:
    obs = sorted(obs, key=lambda o: (o.date or "", o.seq, o.article_id))
    # 1-2. jurisdictions, joined where printed together
    parents: dict[str, str] = {}
    anchored: dict[str, list[Observation]] = defaultdict(list)
    loose: list[Observation] = []
    nodes_of: list[tuple[Observation, list[str]]] = []
    for o in obs:
        nodes = sorted({j for p in o.posts for j in [jurisdiction(p)] if j})
        if not nodes:
            loose.append(o)
            continue
        for n in nodes:
            parents.setdefault(n, n)
        for n in nodes[1:]:
            ra, rb = _parent(parents, nodes[0]), _parent(parents, n)
            if ra != rb:
                parents[rb] = ra
        nodes_of.append((o, nodes))
    for o, nodes in nodes_of:
        anchored[_parent(parents, nodes[0])].append(o)
    # 3. tracks
    tracks: list[_Track] = []
    for root in sorted(anchored):
        tracks.extend(_split(anchored[root]))
    # 4. names without a jurisdiction
    bare: dict[str | None, _Track] = {}
    unresolved: dict[str | None, tuple[_Track, set[int]]] = {}
    for o in loose:
        scored = [(_score(o, t), i) for i, t in enumerate(tracks)]
        scored = [(s, i) for s, i in scored if s[0] > 0]
        if not scored:
            t = bare.setdefault(o.paper_place, _Track())
            t.obs.append((o, LINK_CONFIDENCE["bare"], "bare"))
            if o.paper_place:
                t.places.add(o.paper_place)
            continue
        best = max(s for s, _ in scored)
        top = [i for s, i in scored if s == best]
        if len(top) > 1:
            t, cands = unresolved.setdefault(o.paper_place, (_Track(), set()))
            cands.update(top)
            t.obs.append((o, LINK_CONFIDENCE["unresolved"], "unresolved"))
            continue
        s, active = best
        how = {3: "paper_place", 2: "article_place", 1: "prefecture"}[s] if active else "inactive"
        tracks[top[0]].obs.append((o, LINK_CONFIDENCE[how], how))
    people: list[Person] = []
    track_ids: list[str] = []
    for t in tracks:
        jur = _main_place(t)
        first = min((o.date for o, _, _ in t.obs if o.date), default=None)
        pid = _person_id(name, jur, first, "resolved")
        track_ids.append(pid)
        people.append(Person(pid, name, "resolved", jur, sorted(t.obs, key=_obs_order)))
    for place, t in sorted(bare.items(), key=lambda kv: kv[0] or ""):
        first = min((o.date for o, _, _ in t.obs if o.date), default=None)
        people.append(Person(_person_id(name, place, first, "bare"), name, "bare", place,
                             sorted(t.obs, key=_obs_order)))
    for place, (t, cands) in sorted(unresolved.items(), key=lambda kv: kv[0] or ""):
        first = min((o.date for o, _, _ in t.obs if o.date), default=None)
        people.append(Person(_person_id(name, place, first, "unresolved"), name, "unresolved", place,
                             sorted(t.obs, key=_obs_order), sorted(track_ids[i] for i in cands)))
    return people


def _obs_order(item: tuple[Observation, float, str]) -> tuple:
    o = item[0]
    return (o.date or "", o.seq, o.article_id)


def _main_place(t: _Track) -> str | None:
    """The place most of a track's posts are in."""
    counts: dict[str, int] = defaultdict(int)
    for o, _, _ in t.obs:
        for p in o.current:
            j = jurisdiction(p)
            if j:
                counts[j] += 1
    if not counts:
        return min(t.places) if t.places else None
    return max(sorted(counts), key=lambda k: counts[k])
