"""Archive text → safe HTML: mentions marked and linked, search hits marked.

The article's text is its headlines, paragraphs and caption texts joined by newlines
(SCHEMA.md), and every mention span is ``[start, end)`` into it. :func:`segments` finds
where each printed piece sits in that text; :func:`marked` cuts one piece at the span
edges that fall inside it and escapes every cut separately with ``markupsafe.escape``,
so the only markup in the result is the ``<a>``/``<mark>`` tags written here.
Templates never apply ``|safe`` to archive text.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

from markupsafe import Markup, escape

# Headline roles as the newspaper names them (引题, 主题, 副题).
ROLE_NAMES = {"kicker": "引题", "title": "主题", "subtitle": "副题", "headline": "标题"}


@dataclass(frozen=True)
class Mark:
    """One marked span of the article text."""
    start: int
    end: int
    kind: str               # person, place, org, date, amount
    href: str | None = None
    title: str | None = None


def person_url(name: str) -> str:
    return "/people/" + quote(name, safe="")


def official_url(person_id: str) -> str:
    """A person of the officials register."""
    return "/officials/" + quote(person_id, safe="")


def post_url(place: str, office: str) -> str:
    """A post's holders over time (长治市 · 市长)."""
    return "/posts/" + quote(place, safe="") + "/" + quote(office, safe="")


def byline_url(name: str) -> str:
    """A credited name (记者, 通讯员, 摄, author)."""
    return "/bylines/" + quote(name, safe="")


def register_svg(svg: str) -> Markup:
    """A timeline of :mod:`baoxun.register.svg` as markup: that module escapes every
    text and attribute it writes (tests/test_register_store.py checks it)."""
    return Markup(svg)


def place_url(code: str | None, name: str) -> str:
    if code:
        return "/places/" + quote(code, safe="")
    return "/search?" + urlencode({"q": name})


def marks(mentions: dict[str, list[dict[str, Any]]], text_len: int,
          code_of: Callable[[dict[str, Any]], str | None] | None = None,
          person_ids: dict[str, str] | None = None) -> list[Mark]:
    """Every mention span as a :class:`Mark`, in text order, overlaps dropped (the
    earlier, then the longer, span wins); spans outside the text are ignored. A person
    in ``person_ids`` (name → register id) links to their register page, others to the
    articles naming them."""
    out: list[Mark] = []

    def add(span: Any, kind: str, href: str | None, title: str | None) -> None:
        if not isinstance(span, (list, tuple)) or len(span) < 2:
            return
        s, e = span[0], span[1]
        if isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= text_len:
            out.append(Mark(s, e, kind, href, title))

    for p in mentions.get("people", []):
        title = "、".join(p.get("posts") or []) or None
        pid = (person_ids or {}).get(p["name"])
        href = official_url(pid) if pid else person_url(p["name"])
        for sp in p.get("spans", []):
            add(sp, "person", href, title)
    for p in mentions.get("places", []):
        code = p.get("code") or (code_of(p) if code_of else None)
        where = " · ".join(x for x in (p.get("province"), p.get("city"), p.get("county")) if x) or None
        for sp in p.get("spans", []):
            add(sp, "place", place_url(code, p["name"]), where)
    for o in mentions.get("organizations", []):
        for sp in o.get("spans", []):
            add(sp, "org", None, None)
    for d in mentions.get("dates", []):
        add(d.get("span"), "date", None, d.get("value"))
    for a in mentions.get("amounts", []):
        value = a.get("value")
        title = None if value is None else amount(value, a.get("unit"), a.get("approx"))
        add(a.get("span"), "amount", None, title)
    out.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mark] = []
    for m in out:
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept


def amount(value: float | None, unit: str | None, approx: bool | None = False) -> str:
    """A normalised amount for people: 12,680,000,000 元, ≈2,000,000,000 元, 40 %."""
    if value is None:
        return ""
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.4f}".rstrip("0").rstrip(".")
    return f"{'≈' if approx else ''}{text} {unit or ''}".strip()


def segments(headlines: list[str], paragraphs: list[str], captions: list[str]) -> list[tuple[str, int, int]]:
    """``(part, index, offset)`` of every printed piece in the article text:
    part is ``headline``, ``paragraph`` or ``caption``."""
    out = []
    offset = 0
    for part, items in (("headline", headlines), ("paragraph", paragraphs), ("caption", captions)):
        for i, t in enumerate(items):
            out.append((part, i, offset))
            offset += len(t) + 1
    return out


def marked(text: str, offset: int, all_marks: list[Mark]) -> Markup:
    """``text`` (which starts at ``offset`` in the article text) as HTML, with the
    marks that fall inside it; a mark crossing the piece's edge is clipped to it."""
    end = offset + len(text)
    pieces: list[str] = []
    pos = 0
    for m in all_marks:
        if m.end <= offset or m.start >= end:
            continue
        s, e = max(m.start, offset) - offset, min(m.end, end) - offset
        if s < pos:
            continue
        pieces.append(escape(text[pos:s]))
        inner = escape(text[s:e])
        attrs = Markup(' class="m {}"').format(m.kind)
        if m.title:
            attrs += Markup(' title="{}"').format(m.title)
        if m.href:
            pieces.append(Markup('<a href="{}"{}>{}</a>').format(m.href, attrs, inner))
        else:
            pieces.append(Markup("<span{}>{}</span>").format(attrs, inner))
        pos = e
    pieces.append(escape(text[pos:]))
    return Markup("").join(pieces)


def highlighted(text: str, spans: list[list[int]]) -> Markup:
    """A search snippet with its hit spans in ``<mark>``, everything escaped."""
    pieces: list[str] = []
    pos = 0
    for s, e in sorted((int(s), int(e)) for s, e in spans):
        if s < pos or e <= s or e > len(text):
            continue
        pieces.append(escape(text[pos:s]))
        pieces.append(Markup("<mark>{}</mark>").format(text[s:e]))
        pos = e
    pieces.append(escape(text[pos:]))
    return Markup("").join(pieces)


def headline_roles(rec: dict[str, Any]) -> list[tuple[str, str]]:
    """``(role, line)`` for each printed headline: kicker, title, subtitle (printed
    with its dash, stored without) or plain headline."""
    out = []
    for line in rec.get("headlines") or []:
        if rec.get("title") and line == rec["title"]:
            role = "title"
        elif rec.get("kicker") and line == rec["kicker"]:
            role = "kicker"
        elif rec.get("subtitle") and line.lstrip("—－-– ").strip() == rec["subtitle"].strip():
            role = "subtitle"
        else:
            role = "headline"
        out.append((role, line))
    return out


def marked_facts(text: str, offset: int, all_marks: list[Mark], facts: list[tuple[int, int]],
                 selected: int | None = None) -> Markup:
    """:func:`marked` with the article's facts underlaid: every stretch of ``text`` that a
    fact's span covers is wrapped in ``<span class="fact">`` (``fact here`` for the fact
    numbered ``selected``, the first of its stretches carrying ``id="fact"`` so the page
    can scroll to it). Facts may overlap: the text is cut at every fact edge."""
    end = offset + len(text)
    cuts = {offset, end}
    for s, e in facts:
        for k in (s, e):
            if offset < k < end:
                cuts.add(k)
    edges = sorted(cuts)
    pieces: list[str] = []
    anchored = False
    for a, b in zip(edges, edges[1:]):
        inner = marked(text[a - offset:b - offset], a, all_marks)
        covering = [i for i, (s, e) in enumerate(facts) if s <= a and b <= e]
        if not covering:
            pieces.append(inner)
            continue
        here = selected is not None and selected in covering
        cls = "fact here" if here else "fact"
        ident = ""
        if here and not anchored:
            ident, anchored = ' id="fact"', True
        pieces.append(Markup('<span class="{}"{}>').format(cls, Markup(ident)) + inner + Markup("</span>"))
    return Markup("").join(pieces)


def fact_change(change: dict[str, Any] | None) -> str:
    """A fact's change for people: 同比 +15.9 %, 比上年 −3.2 个百分点."""
    if not change or change.get("value") is None:
        return ""
    v = change["value"]
    sign = "+" if v >= 0 else "−"
    num = f"{abs(v):g}"
    return f"{change.get('basis') or ''} {sign}{num} {change.get('unit') or ''}".strip()
