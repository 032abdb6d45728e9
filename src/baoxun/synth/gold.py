"""Gold mentions and facts of a page item, from its record (MENTIONS.md, FACTS.md).

A record lists what a careful reader extracts from the whole article. An item on a
page may print only part of it (a jump part, a page-edge fragment), so every mention
and fact is kept only when its text is printed in the item (headlines, paragraphs and
caption texts, whitespace ignored); a post is kept only when it is printed too.

Places are resolved to province, city and county as MENTIONS.md asks: fields the
record gives win; otherwise a county-level or higher name is looked up in the shipped
gazetteer with the paper's place as context, and a town, street, village or 社区 gets
the paper's county when the paper is a county's, else only the city (a town found in
the town table under the paper's city gets its county, a village printed right after
its town gets the town's county).
"""
from __future__ import annotations

from functools import lru_cache

from .records import Record, squeeze

__all__ = ["item_text", "mentions_item", "facts_item", "resolve_place"]

_MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
_LOCAL_SUFFIXES = ("镇", "乡", "街道", "村", "社区", "街", "嘎查", "苏木", "居委会", "村委会")


def item_text(item: dict) -> str:
    """The item's text as SCHEMA.md defines it (headlines, paragraphs, captions)."""
    parts = list(item.get("headlines") or []) + list(item.get("paragraphs") or [])
    parts += [c.get("text") or "" for c in item.get("captions") or []]
    return "\n".join(parts)


def _title(item: dict) -> str:
    if item.get("title"):
        return item["title"]
    paras = item.get("paragraphs") or [""]
    return paras[0][:12]


@lru_cache(maxsize=4096)
def _place_of(name: str):
    from .. import gazetteer

    hits = gazetteer.lookup(name)
    return hits[0] if hits else None


@lru_cache(maxsize=65536)
def resolve_place(name: str, paper_place: str | None) -> dict:
    """``{name, province, city, county}`` for a place named in an article of a paper
    of ``paper_place`` (see the module docstring for the rules)."""
    from .. import gazetteer

    out = {"name": name, "province": None, "city": None, "county": None}
    ctx = _place_of(paper_place) if paper_place else None
    if ctx is not None and name == paper_place:
        hit = ctx
    else:
        hit = gazetteer.resolve(name, [ctx] if ctx else [])
        if hit is None or hit.former:                 # 忻州市 the city, not the former county
            current = [p for p in gazetteer.lookup(name) if not p.former]
            if len(current) == 1 or (hit is not None and current):
                hit = current[0]
    if hit is not None:
        out.update(province=hit.province, city=hit.city, county=hit.county)
        if hit.province in _MUNICIPALITIES and not hit.city:
            out["city"] = hit.province                # 上海市 is its districts' city too
        return out
    if ctx is None or not name.endswith(_LOCAL_SUFFIXES):
        return out
    out.update(province=ctx.province, city=ctx.city)
    if ctx.level == "county":
        out["county"] = ctx.county
    elif ctx.level == "city":
        towns = [t for t in gazetteer.towns(name) if t.city == ctx.city]
        if len(towns) == 1:
            out["county"] = towns[0].county
    return out


def _attach_villages(places: list[dict], text: str) -> None:
    """A village or 社区 printed right after its town (鱼泉街道金竹村) is in that town's
    county: the text makes it clear."""
    known = {p["name"]: p for p in places if p.get("county")}
    for p in places:
        if p.get("county") or not p["name"].endswith(_LOCAL_SUFFIXES):
            continue
        at = text.find(p["name"])
        while at > 0:
            before = text[max(0, at - 12):at]
            owner = next((known[n] for n in sorted(known, key=len, reverse=True) if before.endswith(n)), None)
            if owner is not None:
                p.update(province=owner["province"], city=owner["city"], county=owner["county"])
                break
            at = text.find(p["name"], at + 1)


def _present(text: str | None, hay: str) -> bool:
    return bool(text) and squeeze(text) in hay


def mentions_item(rec: Record, item: dict) -> dict | None:
    """The gold mentions entry of one page item, or ``None`` when the record has none."""
    if rec.mentions is None:
        return None
    hay = squeeze(item_text(item))
    m = rec.mentions
    people = []
    for p in m.get("people") or []:
        if isinstance(p, str):
            p = {"name": p, "posts": []}
        if _present(p.get("name"), hay):
            people.append({"name": p["name"],
                           "posts": [x for x in p.get("posts") or [] if _present(x, hay)]})
    places = []
    for p in m.get("places") or []:
        if isinstance(p, str):
            p = {"name": p}
        if not _present(p.get("name"), hay):
            continue
        if all(k in p for k in ("province", "city", "county")):
            places.append({k: p.get(k) for k in ("name", "province", "city", "county")})
        else:
            places.append(dict(resolve_place(p["name"], rec.place)))
    _attach_villages(places, item_text(item))
    orgs = []
    for o in m.get("organizations") or []:
        name = o if isinstance(o, str) else (o or {}).get("name")
        if _present(name, hay):
            orgs.append(name)
    dates = [{"text": x["text"], "value": x.get("value")} for x in m.get("dates") or []
             if isinstance(x, dict) and _present(x.get("text"), hay)]
    amounts = []
    for a in m.get("amounts") or []:
        if not isinstance(a, dict) or (a.get("text") and not _present(a["text"], hay)):
            continue
        entry = {k: a[k] for k in ("text", "value", "unit") if k in a}
        if a.get("approx"):
            entry["approx"] = True
        amounts.append(entry)
    return {"title": _title(item), "people": people, "places": [dict(p) for p in places],
            "organizations": orgs, "dates": dates, "amounts": amounts}


FACT_FIELDS = ("indicator", "subject", "place", "period", "status", "value", "unit", "approx",
               "change", "text")


def facts_item(rec: Record, item: dict) -> dict | None:
    """The gold facts entry of one page item, or ``None`` when the record has none."""
    if rec.facts is None:
        return None
    hay = squeeze(item_text(item))
    facts = [{k: f.get(k) for k in FACT_FIELDS} for f in rec.facts
             if not f.get("text") or _present(f["text"], hay)]
    return {"title": _title(item), "facts": facts}
