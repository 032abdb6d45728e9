"""The register built from article records: careers, post holders, transitions,
co-appearances and bylines.

:func:`register_from_records` takes any iterable of article records — the archive's (``id``,
``paper``, ``place``, ``issue_date``, ``mentions`` …), a page record's articles with the
paper's place and issue date added, or the scenario's — and:
  1. reads each record's people, places, credits and date (:func:`article_view`);
  2. parses every person's posts against the paper's place (:func:`~.posts.parse_chain`,
     cached: papers print the same posts again and again), fills a county post printed
     without its county (区委书记 in a city paper) from the one county the article names,
     and marks a post former when the text prints 原/前/时任 before it;
  3. resolves the observations into people (:func:`~.resolve.resolve`);
  4. derives per person the career (one tenure per post: first and last date seen, number
     of articles, sources), per (place, post) the holders over time, the transitions
     between posts, co-appearance counts, and the bylines (记者, 通讯员, 摄, authors) by
     name and paper, kept apart from the officials.

Pure Python over plain dicts; 10^5 articles take seconds (``benchmarks/bench_register.py``).
"""
from __future__ import annotations

import gc
import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from collections.abc import Mapping as _Mapping
from typing import Any, Iterable, Iterator, Mapping

from .posts import PLACE_MAX_CHARS, Post, _body_of, _level_word, _scan_places, parse_chain, place_info
from .resolve import Observation, Person, jurisdiction, resolve

__all__ = ["register_from_records", "observations", "Register", "Tenure", "Byline", "article_view", "ArticleView",
           "BYLINE_ROLES", "COAPPEAR_MAX_PEOPLE"]

#: Credit fields of an article record and the role each names.
BYLINE_ROLES = {"reporters": "reporter", "correspondents": "correspondent", "photographers": "photographer",
                "authors": "author"}
# People of one article counted for co-appearances (a 市领导 list of 30 names makes 435
# pairs; beyond this many the list says little about who works with whom).
COAPPEAR_MAX_PEOPLE = 30
# Characters before a name searched for its printed post and a 原/前/时任 before it.
FORMER_WINDOW = 60
_FORMER_MARKS = ("原", "前")
_FORMER_WORDS = ("时任", "曾任", "原任")


@dataclass(frozen=True)
class ArticleView:
    """What the register reads from one article record."""

    id: str
    date: str | None
    paper: str | None
    place: str | None
    title: str | None
    people: tuple[tuple[str, tuple[str, ...], tuple[tuple[int, int], ...]], ...]
    places: tuple[str, ...]
    credits: tuple[tuple[str, str], ...]     # (role, name)
    text: str | None


def _str(value: Any) -> str | None:
    """``value`` when it is a non-blank string (isspace: no copy of a long text)."""
    return value if isinstance(value, str) and value and not value.isspace() else None


def _is_map(value: Any) -> bool:
    """A mapping (dicts first: typing's isinstance checks cost more than the build)."""
    return value.__class__ is dict or isinstance(value, _Mapping)


def _span(s: Any) -> tuple[int, int] | None:
    if s.__class__ in (list, tuple) and len(s) >= 2:
        a, b = s[0], s[1]
        if a.__class__ is int and b.__class__ is int:
            return (a, b)
    return None


def _article_id(rec: Mapping[str, Any], seq: int) -> str:
    aid = _str(rec.get("id"))
    if aid:
        return aid
    h = hashlib.sha256(repr((rec.get("paper"), rec.get("issue_date"), rec.get("title"), seq)).encode()).hexdigest()
    return "a" + h[:16]


def article_view(rec: Mapping[str, Any], seq: int = 0) -> ArticleView:
    """The register's view of one article record; missing or odd fields are empty."""
    paper = rec.get("paper")
    paper_name = _str(paper.get("name")) if _is_map(paper) else _str(paper)
    place = _str(rec.get("paper_place")) or _str(rec.get("place"))
    if place is None and _is_map(paper):
        place = _str(paper.get("place"))
    issue = rec.get("issue")
    date = (_str(rec.get("issue_date")) or (_str(issue.get("date")) if _is_map(issue) else None)
            or _str(rec.get("date")) or _str(rec.get("dateline_date")))
    mentions = rec.get("mentions")
    if not _is_map(mentions):
        mentions = {}
    people = []
    for p in mentions.get("people") or ():
        if not _is_map(p):
            continue
        name = _str(p.get("name"))
        if name is None:
            continue
        posts = tuple(x for x in (p.get("posts") or ()) if x.__class__ is str and x.strip())
        raw = p.get("spans") or ()
        spans = tuple(sp for sp in map(_span, raw if raw.__class__ in (list, tuple) else ()) if sp)
        people.append((name.strip(), posts, spans))
    places = []
    for p in mentions.get("places") or ():
        if _is_map(p):
            for key in ("county", "city", "name"):
                v = _str(p.get(key))
                if v and v not in places:
                    places.append(v)
        elif isinstance(p, str) and p not in places:
            places.append(p)
    credits = []
    for fld, role in BYLINE_ROLES.items():
        for name in rec.get(fld) or ():
            if _str(name):
                credits.append((role, name.strip()))
    text = _str(rec.get("text"))
    if text is None and any(posts and spans for _, posts, spans in people):
        parts = [*(rec.get("headlines") or ()), *(rec.get("paragraphs") or ()),
                 *((c.get("text") or "") if _is_map(c) else str(c) for c in rec.get("captions") or ())]
        text = "\n".join(x for x in parts if isinstance(x, str)) or None
    return ArticleView(_article_id(rec, seq), date[:10] if date else None, paper_name, place,
                       _str(rec.get("title")), tuple(people), tuple(places), tuple(credits), text)


# --------------------------------------------------------------------------- results

@dataclass
class Tenure:
    """One post of one person as the archive shows it."""

    place: str | None
    office: str
    level: str | None
    body: str | None
    rank: str
    branch: str
    singular: bool
    printed: Counter = field(default_factory=Counter)
    first: str | None = None
    last: str | None = None
    articles: list[str] = field(default_factory=list)
    former_only: bool = True       # seen only as 原…: a post held before the archive
    article_set: set = field(default_factory=set, repr=False, compare=False)

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.place, self.office)

    def to_dict(self) -> dict[str, Any]:
        return {"place": self.place, "office": self.office, "level": self.level, "body": self.body,
                "rank": self.rank, "branch": self.branch, "singular": self.singular,
                "printed": [p for p, _ in self.printed.most_common()], "first": self.first, "last": self.last,
                "articles": len(self.articles), "sources": list(self.articles), "former_only": self.former_only}


@dataclass
class Byline:
    """A credited name (记者, 通讯员, 摄 …) of one paper."""

    id: str
    name: str
    paper: str | None
    place: str | None
    roles: dict[str, list[tuple[str, str | None]]] = field(default_factory=dict)   # role → [(article, date)]

    @property
    def articles(self) -> int:
        return len({a for items in self.roles.values() for a, _ in items})

    @property
    def first(self) -> str | None:
        d = [x for items in self.roles.values() for _, x in items if x]
        return min(d) if d else None

    @property
    def last(self) -> str | None:
        d = [x for items in self.roles.values() for _, x in items if x]
        return max(d) if d else None

    def to_dict(self) -> dict[str, Any]:
        roles = {}
        for role, items in sorted(self.roles.items()):
            dates = [d for _, d in items if d]
            roles[role] = {"articles": len(items), "first": min(dates) if dates else None,
                           "last": max(dates) if dates else None, "sources": [a for a, _ in items]}
        return {"id": self.id, "name": self.name, "paper": self.paper, "place": self.place,
                "articles": self.articles, "first": self.first, "last": self.last, "roles": roles}


@dataclass
class Register:
    """Everything the register knows: people, their careers, post holders, transitions,
    co-appearances and bylines."""

    people: list[Person]
    careers: dict[str, list[Tenure]]
    transitions: list[dict[str, Any]]
    coappearances: Counter
    bylines: list[Byline]
    articles: int = 0
    titles: dict[str, tuple[str | None, str | None, str | None]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id = {p.id: p for p in self.people}
        holders: dict[tuple[str | None, str], list[tuple[str, Tenure]]] = defaultdict(list)
        for pid, career in self.careers.items():
            for t in career:
                if t.place is not None and not t.former_only:
                    holders[t.key].append((pid, t))
        for items in holders.values():
            items.sort(key=lambda x: (x[1].first or "", x[0]))
        self.holders = dict(holders)

    # -- questions ------------------------------------------------------------
    def person_of(self, article_id: str, name: str) -> str | None:
        """The id of the person ``name`` in ``article_id`` is resolved to."""
        if not hasattr(self, "_obs_index"):
            self._obs_index = {(o.article_id, o.name): p.id for p in self.people for o, _, _ in p.observations}
        return self._obs_index.get((article_id, name))

    def holder_at(self, place: str, office: str, month: str) -> str | None:
        """Who held ``office`` in ``place`` in ``month`` (YYYY-MM) as the archive shows it:
        the holder seen over that month (the most printed if several); else the last one
        seen before it — unless that person was since seen in another post, then the
        next one seen after it."""
        items = self.holders.get((place, office)) or []
        if not items:
            return None
        covering = [(len(t.articles), pid) for pid, t in items
                    if t.first and t.last and t.first[:7] <= month <= t.last[:7]]
        if covering:
            return max(covering)[1]
        before = [(t.last, pid) for pid, t in items if t.last and t.last[:7] < month]
        after = [(t.first, pid) for pid, t in items if t.first and t.first[:7] > month]
        nxt = min(after)[1] if after else None
        if before:
            last, prev = max(before)
            moved = any(o.first and last < o.first and o.first[:7] <= month and o.key != (place, office)
                        for o in self.careers.get(prev, ()) if not o.former_only)
            return nxt if moved and nxt is not None else prev
        return nxt

    def officials(self) -> Iterator[Person]:
        return (p for p in self.people if any(t for t in self.careers.get(p.id, ())))

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "people": [self.person_dict(p) for p in self.people],
            "holders": [{"place": k[0], "office": k[1],
                         "holders": [{"person": pid, "name": self.by_id[pid].name, "first": t.first, "last": t.last,
                                      "articles": len(t.articles)} for pid, t in v]}
                        for k, v in sorted(self.holders.items(), key=lambda kv: (kv[0][0] or "", kv[0][1]))],
            "transitions": self.transitions,
            "coappearances": [{"a": a, "b": b, "articles": n} for (a, b), n in sorted(self.coappearances.items())],
            "bylines": [b.to_dict() for b in self.bylines],
        }

    def person_dict(self, p: Person) -> dict[str, Any]:
        return {"id": p.id, "name": p.name, "status": p.status, "jurisdiction": p.jurisdiction,
                "confidence": p.confidence, "first": p.first_seen, "last": p.last_seen,
                "articles": len({o.article_id for o, _, _ in p.observations}), "candidates": p.candidates,
                "career": [t.to_dict() for t in self.careers.get(p.id, [])],
                "observations": [{"article": o.article_id, "date": o.date, "paper": o.paper,
                                  "paper_place": o.paper_place, "posts": [x.printed for x in o.posts],
                                  "parsed": [x.to_dict() for x in o.posts], "confidence": c, "how": how}
                                 for o, c, how in p.observations]}


# --------------------------------------------------------------------------- building

@lru_cache(maxsize=65536)
def _chain(posts: tuple[str, ...], place: str | None) -> tuple[Post, ...]:
    return tuple(parse_chain(posts, place))


_COUNTY_SUFFIX = {"县": ("县",), "区": ("区",), "旗": ("旗",), "县级市": ("市",)}


def _fill_from_article(post: Post, places: tuple[str, ...], paper_place: str | None) -> Post:
    """A county post printed without its county (区委书记 in a city paper) takes the one
    county of that kind the article names inside the paper's prefecture."""
    if post.place is not None or post.level not in ("县", "区", "旗"):
        return post
    paper = place_info(paper_place)
    city = (paper.city or paper.name) if paper is not None else None
    found = []
    for name in places:
        q = place_info(name)
        if q is None or q.level != "county" or not name.endswith(_COUNTY_SUFFIX[post.level]):
            continue
        if city is not None and q.city != city:
            continue
        if name not in found:
            found.append(name)
    if len(found) != 1:
        return post
    return replace(post, place=found[0], place_source="article")


def _mark_former(posts: tuple[Post, ...], text: str | None, spans: tuple[tuple[int, int], ...]) -> tuple[Post, ...]:
    """A post printed after 原, 前, 时任 or 曾任 in front of the name is a former one
    (finders keep the post and drop the marker)."""
    if not text or not spans:
        return posts
    out = list(posts)
    for i, p in enumerate(posts):
        if p.former:
            continue
        for s, _ in spans:
            window = text[max(0, s - FORMER_WINDOW):s]
            k = window.rfind(p.printed)
            if k <= 0:
                continue
            if window[k - 1] in _FORMER_MARKS or window[max(0, k - 2):k] in _FORMER_WORDS:
                out[i] = replace(p, former=True)
                break
    return tuple(out)


_DELIMS = set("，,。、；;：:！!？?（）()“”\"'《》 \u3000\n\t□■●")


@lru_cache(maxsize=65536)
def _lead_ok(lead: str, post: str) -> bool:
    """``lead`` (text printed right before ``post``) is the post's own place or level and
    body (沁县松村镇 + 党委书记, 市商务局 + 局长, 沁 + 县委书记), not other words."""
    whole = lead + post
    places, rest = _scan_places(whole)
    consumed = len(whole) - len(rest)
    if places:
        if consumed >= len(lead):
            return True
        mid = whole[consumed:len(lead)]
    else:
        mid = lead
    lw = _level_word(mid)
    body = mid[len(lw[0]):] if lw is not None else mid
    if lw is None and not places:
        return False
    return not body or _body_of(body) is not None


def _restore(printed: tuple[str, ...], text: str | None, spans: tuple[tuple[int, int], ...]) -> tuple[str, ...]:
    """Posts as printed in full: a finder may give 党委书记 for 古韩镇党委书记 or 局长 for
    市商务局局长; the place, level and body printed right before the post are put back."""
    if not text or not spans:
        return printed
    out = list(printed)
    for i, post in enumerate(printed):
        for s, _ in spans:
            window = text[max(0, s - FORMER_WINDOW):s]
            k = window.rfind(post)
            if k <= 0:
                continue
            j = k
            while j > 0 and window[j - 1] not in _DELIMS:
                j -= 1
            lead = window[j:k]
            for a in range(0, len(lead)):
                cand = lead[a:]
                if len(cand) <= PLACE_MAX_CHARS and _lead_ok(cand, post):
                    out[i] = cand + post
                    break
            break
    return tuple(out)


def observations(views: Iterable[ArticleView], start: int = 0) -> Iterator[Observation]:
    """2. The observations of the articles' people, posts parsed."""
    seq = start
    for v in views:
        for name, printed, spans in v.people:
            if printed and v.text and spans:
                printed = _restore(printed, v.text, spans)
            posts = _chain(printed, v.place) if printed else ()
            if posts:
                posts = tuple(_fill_from_article(p, v.places, v.place) for p in posts)
                posts = _mark_former(posts, v.text, spans)
            yield Observation(v.id, v.date, name, v.paper, v.place,
                              posts, v.places, seq)
            seq += 1


def register_from_records(records: Iterable[Mapping[str, Any]]) -> Register:
    """Build the register from article records (see the module's steps). Records are
    read one at a time and their text is not kept: memory grows with the number of
    names, not of characters."""
    # The build allocates a few objects per name and frees none: the cyclic collector
    # would rescan them all again and again (measured: 10^5 articles 41 s with it, see
    # benchmarks/bench_register.py). Nothing here makes reference cycles to collect.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _build(records)
    finally:
        if enabled:
            gc.enable()


def _build(records: Iterable[Mapping[str, Any]]) -> Register:
    n = 0
    obs: list[Observation] = []
    bylines: dict[tuple[str, str | None], Byline] = {}
    titles: dict[str, tuple[str | None, str | None, str | None]] = {}
    for i, rec in enumerate(records):
        if not _is_map(rec):
            continue
        v = article_view(rec, i)
        n += 1
        obs.extend(observations((v,), start=len(obs)))
        titles[v.id] = (v.title, v.date, v.paper)
        # bylines: credited names, by paper
        for role, name in v.credits:
            key = (name, v.paper)
            b = bylines.get(key)
            if b is None:
                bid = "B" + hashlib.sha256(f"{name}\x1f{v.paper or ''}".encode()).hexdigest()[:12]
                b = bylines[key] = Byline(bid, name, v.paper, v.place)
            b.roles.setdefault(role, []).append((v.id, v.date))
    # 3. people
    people = resolve(obs)
    # 4. careers, transitions, co-appearances
    careers: dict[str, list[Tenure]] = {}
    transitions: list[dict[str, Any]] = []
    by_article: dict[str, set[str]] = defaultdict(set)
    for p in people:
        tenures: dict[tuple[str | None, str], Tenure] = {}
        for o, _, _ in p.observations:
            by_article[o.article_id].add(p.id)
            for post in o.posts:
                t = tenures.get(post.key)
                if t is None:
                    t = tenures[post.key] = Tenure(post.place, post.office, post.level, post.body, post.rank,
                                                   post.branch, post.singular)
                t.printed[post.printed] += 1
                if o.article_id not in t.article_set:
                    t.article_set.add(o.article_id)
                    t.articles.append(o.article_id)
                if post.former:
                    continue
                t.former_only = False
                if o.date:
                    if t.first is None or o.date < t.first:
                        t.first = o.date
                    if t.last is None or o.date > t.last:
                        t.last = o.date
        career = sorted(tenures.values(), key=lambda t: (t.former_only is False, t.first or "", t.office))
        careers[p.id] = career
        transitions.extend(_transitions(p.id, career))
    co: Counter = Counter()
    for ids in by_article.values():
        if len(ids) < 2:
            continue
        ids_sorted = sorted(ids)[:COAPPEAR_MAX_PEOPLE]
        for i, a in enumerate(ids_sorted):
            for b in ids_sorted[i + 1:]:
                co[(a, b)] += 1
    return Register(people, careers, transitions, co, sorted(bylines.values(), key=lambda b: (b.name, b.paper or "")),
                    n, titles)


def _transitions(pid: str, career: list[Tenure]) -> list[dict[str, Any]]:
    """Post changes: each post first seen after another of the same person ended (the
    post last seen most recently before it: 副市长 → 常务副市长)."""
    dated = [t for t in career if t.first and not t.former_only]
    out = []
    for new in dated:
        ended = [t for t in dated if t is not new and t.last and t.last < new.first and
                 not (t.first and t.last and new.last and t.last >= new.last)]
        if not ended:
            continue
        prev = max(ended, key=lambda t: (t.last, t.singular, t.office))
        # a post that goes on beside the new one (市委常委 kept while 副市长 → 常务副市长) is no predecessor
        out.append({"person": pid, "from_place": prev.place, "from_office": prev.office, "to_place": new.place,
                    "to_office": new.office, "last_before": prev.last, "first_after": new.first})
    # only the first post change into each new post, one per new post
    return out
