"""From a record to what the page prints, and from what is printed to the gold item.

A record becomes an :class:`ItemPlan`: its headline pieces, its byline line, and its
body as a list of :class:`Piece` (paragraphs, subheads, captions, a tail credit, noise
lines). Page styles then change plans (cut a piece for a jump line, drop a caption
into a sentence, print a unit kicker after its title) and lay them out as lines. The
gold item is read off the final plan (:func:`gold_item`), so whatever a style does to
the pieces, the gold says exactly what was printed:

* headlines as printed (a subtitle keeps its printed ——), once, kicker → title →
  subtitle, whitespace collapsed; the subtitle value without its dash;
* paragraphs whole: a paragraph cut by a column break, a caption or a running header
  is one gold paragraph; subheads are paragraphs of their piece; the lead, the tail
  credit and the jump lines are not in any paragraph;
* captions ``{text, credit}`` with the credit as the gold README has it (``李勇 摄`` →
  ``李勇``, ``县文旅局供图`` whole); a ``X 摄`` caption puts X among the photographers;
* credits: the record's names that this item actually prints (a jump part keeps only
  its own), ``dispatch`` only when the lead is printed.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from ..layout.patterns import WEATHER_HEAD
from .records import CREDIT_FIELDS, Record, collapse, squeeze

__all__ = ["Piece", "ItemPlan", "plan_item", "gold_item", "caption_credit", "SENTENCE_END"]

#: Characters after which a sentence (and so possibly a paragraph) may end.
SENTENCE_END = set("。！？!?”…；;）)")
#: Characters a printed line never starts with (typesetters keep them on the line before).
NO_LINE_START = set("，。、；：！？）》”’…%,.;:!?)")

_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,12}$")


@dataclass
class Piece:
    """One printed unit of an item.

    ``role``: ``kicker``, ``title``, ``subtitle``, ``byline``, ``para``, ``subhead``,
    ``caption``, ``tail`` or ``noise`` (a running header/footer line: belongs to no item).
    A ``para`` prints ``prefix + text + suffix`` where only ``text`` is gold; ``start``
    is False when it does not open a paragraph visually (it resumes one cut elsewhere);
    ``inserts`` are (offset into ``text``, pieces printed there): an empty list is a
    column break, captions or noise lines fall into the sentence there.
    """

    role: str
    text: str
    prefix: str = ""
    prefix_kind: str | None = None        # "lead" or "jump"
    suffix: str = ""
    suffix_kind: str | None = None        # "tail" or "jump"
    start: bool = True
    inserts: list[tuple[int, list["Piece"]]] = field(default_factory=list)
    credit: str | None = None             # caption: the credit as printed
    credit_sep: str = " "                 # caption: between text and credit (" ", "", "\n")

    @property
    def printed(self) -> str:
        return self.prefix + self.text + self.suffix


@dataclass
class ItemPlan:
    """An item as the page will print it, and what its gold needs besides the pieces."""

    record: Record
    kind: str
    section: str | None
    heads: list[Piece]
    byline: Piece | None
    body: list[Piece]
    dispatch: str | None
    dateline: str | None
    subtitle_value: str | None = None
    kicker_after: bool = False
    continued_from: str | None = None
    continues_to: str | None = None
    partial: bool = False                 # a jump part or a fragment: not the whole record

    def pieces(self):
        """Every piece, inserts included, in printed order."""
        for h in self.heads:
            yield h
        if self.byline:
            yield self.byline
        for p in self.body:
            yield p
            for _, ins in p.inserts:
                yield from ins

    def paras(self) -> list[Piece]:
        return [p for p in self.body if p.role == "para"]


def _join_lead(lead: str) -> str:
    """The lead as printed before the first paragraph's text (本报讯 + a space)."""
    if lead and not lead[-1].isspace() and lead[-1] not in "）)：:】]":
        return lead + " "
    return lead


def plan_item(rec: Record, rng: random.Random) -> ItemPlan:
    """The plan of a whole record: its byline printed as the record says, subheads as
    their own lines, captions between paragraphs with their credits."""
    heads: list[Piece] = []
    if rec.kicker:
        heads.append(Piece("kicker", rec.kicker))
    if rec.title:
        heads.append(Piece("title", rec.title))
    if rec.subtitle:
        dash = rng.choice(("——", "——", "", "—")) if rec.kind != "photo" else ""
        heads.append(Piece("subtitle", dash + rec.subtitle))
    byline = Piece("byline", rec.byline_line) if rec.byline_line else None
    body: list[Piece] = []
    subheads = sorted(rec.subheads, key=lambda s: s["before"])
    for i, text in enumerate(rec.paragraphs):
        body.extend(Piece("subhead", s["text"]) for s in subheads if s["before"] == i)
        body.append(Piece("para", text))
    body.extend(Piece("subhead", s["text"]) for s in subheads if s["before"] == len(rec.paragraphs))
    paras = [p for p in body if p.role == "para"]
    lead = rec.lead
    if not lead and rec.dispatch and not (rec.byline_line and rec.dispatch in rec.byline_line):
        lead = rec.dispatch                       # a dispatch must be printed somewhere
    if lead:
        paras[0].prefix, paras[0].prefix_kind = _join_lead(lead), "lead"
    tail = rec.tail
    if not tail and rec.kind == "photo" and rec.photographers:
        tail = " ".join(rec.photographers) + rng.choice((" 摄", "摄"))
    tail_piece = None
    if tail:
        bracket = tail.lstrip()[:1] in "（("
        if (bracket and rng.random() < 0.85) or (rec.kind == "photo" and rng.random() < 0.4):
            last = paras[-1]
            last.suffix = ("" if bracket else rng.choice((" ", "", "　"))) + tail
            last.suffix_kind = "tail"
        else:
            tail_piece = Piece("tail", tail)
    for cap in rec.captions:
        piece = Piece("caption", cap["text"], credit=cap.get("credit"),
                      credit_sep=rng.choice((" ", " ", "", "\n", "\n")))
        idx = [i for i, p in enumerate(body) if p.role == "para"]
        if len(idx) >= 2:
            at = rng.choice(idx[:-1]) + 1          # between two paragraphs
            body.insert(at, piece)
        else:
            body.append(piece)
    if tail_piece is not None:
        pos = len(body)
        while pos and body[pos - 1].role == "caption" and len(paras) == 1:
            pos -= 1
        body.insert(pos, tail_piece)
    return ItemPlan(record=rec, kind=rec.kind, section=rec.section, heads=heads, byline=byline,
                    body=body, dispatch=rec.dispatch if lead or byline else None,
                    dateline=rec.dateline_date, subtitle_value=rec.subtitle)


# --------------------------------------------------------------------------- gold

def caption_credit(printed: str | None) -> tuple[str | None, list[str]]:
    """A caption's gold credit and the photographers it names.

    ``李勇 摄`` / ``本报记者 李勇 摄`` / ``图/李勇`` → ``李勇`` (a photographer);
    ``县文旅局供图``, ``省建巷社区提供`` → kept whole (who provided it); a name printed with
    padding spaces (``覃 燕 摄``) loses them.
    """
    if not printed or not printed.strip():
        return None, []
    s = collapse(printed)
    if "摄" not in s and re.search(r"(提供|供图|供稿|供|发)$", s):
        s = re.sub(r"^图\s*[／/]\s*", "", s)
        return s, []
    core = re.sub(r"^图\s*[／/]\s*", "", s)
    is_photo = core != s or re.search(r"摄(影)?$", s) is not None
    core = re.sub(r"\s*(摄影|摄)$", "", core)
    tokens = core.split()
    names: list[str] = []
    for tok in tokens:
        tok = re.sub(r"^(本报|新华社|中新社|特约|见习|首席)?(摄影记者|记者|通讯员)", "", tok)
        if tok:
            names.append(tok)
    if len(names) >= 2 and all(len(n) == 1 for n in names):
        names = ["".join(names)]                       # 覃 燕 → 覃燕
    if not names or not all(_NAME.match(n) for n in names):
        return core, []
    joined = "".join(names)
    if joined not in squeeze(printed):
        return core, (names if is_photo else [])
    return " ".join(names), (names if is_photo else [])


def _printed_credits(plan: ItemPlan) -> str:
    bits: list[str] = []
    if plan.byline:
        bits.append(plan.byline.text)
    for p in plan.pieces():
        if p.prefix_kind == "lead":
            bits.append(p.prefix)
        if p.suffix_kind == "tail":
            bits.append(p.suffix)
        if p.role == "tail":
            bits.append(p.text)
        if p.role == "caption" and p.credit:
            bits.append(p.credit)
    return squeeze("".join(bits))


def gold_item(plan: ItemPlan) -> dict:
    """The gold item (SCHEMA.md fields) of a plan, as printed; plus ``genre`` and
    ``origin`` (which record source it came from), which the scorers ignore."""
    rec = plan.record
    order = {"kicker": 0, "title": 1, "subtitle": 2}
    heads = sorted(plan.heads, key=lambda h: order[h.role])
    headlines: list[str] = []
    for h in heads:
        t = collapse(h.text)
        if t and t not in headlines:
            headlines.append(t)
    role = {h.role: collapse(h.text) for h in heads}
    captions = []
    cap_photogs: list[str] = []
    for p in plan.pieces():
        if p.role == "caption":
            credit, names = caption_credit(p.credit)
            captions.append({"text": p.text, "credit": credit})
            cap_photogs.extend(names)
    printed = _printed_credits(plan)
    credits = {f: [n for n in getattr(rec, f) if squeeze(n) in printed] for f in CREDIT_FIELDS}
    if plan.kind == "photo" or rec.kind == "photo":
        credits["photographers"] = [n for n in rec.photographers if squeeze(n) in printed]
    for n in cap_photogs:
        if n not in credits["photographers"]:
            credits["photographers"].append(n)
    paragraphs = [p.text for p in plan.body if p.role in ("para", "subhead")]
    if plan.kind == "weather":
        # a weather box's panels (明日天气, 生活指数) are its second headings, as the gold of
        # ../shared/gold reads them (今日天气 / 明日天气 as headings), not lines of its text
        panels = [t for t in paragraphs if WEATHER_HEAD.match(collapse(t))]
        headlines += [collapse(t) for t in panels if collapse(t) not in headlines]
        paragraphs = [t for t in paragraphs if t not in panels]
    item = {
        "kind": plan.kind,
        "section": collapse(plan.section) if plan.section else None,
        "kicker": role.get("kicker"),
        "title": role.get("title"),
        "subtitle": collapse(plan.subtitle_value) if "subtitle" in role and plan.subtitle_value else None,
        "headlines": headlines,
        "dispatch": plan.dispatch,
        **credits,
        "dateline_date": plan.dateline,
        "paragraphs": paragraphs,
        "captions": captions,
        "continued_from": plan.continued_from,
        "continues_to": plan.continues_to,
        "genre": rec.genre,
        "origin": rec.origin,
        "record": rec.id,
    }
    if rec.credits_unknown:
        item["credits_unknown"] = True
    return item
