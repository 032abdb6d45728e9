"""Dump styles: how one page's items are printed as text lines.

Each style is a function of a :class:`Draft` (the page's item plans, its random
generator, spare records of the same paper and issue) that returns the page's lines.
Six lay the page out (base styles); four change the plans first and then use a base
style; ``mixed`` combines them:

==============  ==========================================================================
``wide``        one paragraph a line, blank lines between, occasional column cuts
                mid-sentence (the rest of the sentence on the next line)
``narrow``      re-wrapped at 10–20 characters a line, ``　　`` indents or none, a blank
                line after every printed line or none
``noblank``     no blank line anywhere: a paragraph starts only where a line is indented
``epaper``      the title printed two or three times, ``#``/``##`` markers, now and then
                two paragraphs on one line with a space between them
``markdown``    ``#`` headlines, paragraphs between blank lines
``after``       narrow columns whose headline block is printed after its body (the first
                item sometimes before)
``kicker_after`` a unit kicker (``区住建局：``) printed after the title it belongs to
``caption_mid`` captions (with their credits) dropped into the middle of a sentence of
                their item, the sentence resumed after them
``running``     running header/footer lines (``第3版 经济 2024年5月16日``, ``责任编辑：X
                校对：Y``) at the page's top and bottom and at column breaks, even inside
                a sentence
``jump``        one piece cut with ``（下转第3版）``, another continued ``（上接第一版）``
``mixed``       chunks of the page in different base styles, plus one or two of the four
                plan-changing styles
==============  ==========================================================================

Page-edge fragments (a piece's end at the top, a headline with no body at the bottom)
are added by the page, not by the style.
"""
from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from .plan import NO_LINE_START, SENTENCE_END, ItemPlan, Piece, caption_credit, plan_item
from .records import Record, squeeze
from .vocab import PAGE_NAMES, WEEKDAYS, page_label, person

__all__ = ["Line", "Draft", "STYLES", "BASE_STYLES", "wide", "narrow", "noblank", "epaper",
           "markdown", "after", "kicker_after", "caption_mid", "running", "jump", "mixed"]

#: Probability that a long paragraph of a wide page is cut by a column break.
WIDE_CUT_P = 0.15
#: Probability that an e-paper paragraph follows the previous one on its line.
EPAPER_JOIN_P = 0.25
#: Shortest paragraph (characters) that a column break, caption or header may cut.
CUTTABLE_LEN = 24


@dataclass
class Line:
    """A printed line; ``noise`` marks a running header/footer or masthead line."""

    text: str
    noise: bool = False


BLANK = Line("")


@dataclass
class Draft:
    """One page being made: its plans (in layout order) and what styles may draw on."""

    plans: list[ItemPlan]
    rng: random.Random
    spare: list[Record]
    issue: date
    paper: str | None
    top: list[Line] = field(default_factory=list)
    bottom: list[Line] = field(default_factory=list)
    paper_named: bool = False
    used: list[str] = field(default_factory=list)       # styles applied (for mixed)
    exclude: frozenset = frozenset()                    # held-out styles: never used inside


def _base(d: Draft, options) -> Callable[[Draft], list[Line]]:
    """A base style for a composed one, never a held-out one."""
    allowed = [f for f in options if f.__name__ not in d.exclude] or list(options)
    base = d.rng.choice(allowed)
    d.used.append(base.__name__)
    return base


# --------------------------------------------------------------------------- helpers

def _mid_sentence(text: str, rng: random.Random, lo: int = 8, hi: int = 6) -> int | None:
    """An offset inside ``text`` where a sentence is not finished (a column break)."""
    if len(text) < max(CUTTABLE_LEN, lo + hi + 2):
        return None
    for _ in range(8):
        i = rng.randint(lo, len(text) - hi)
        if text[i - 1] not in SENTENCE_END and not text[i - 1].isspace() \
                and not text[i].isspace() and text[i] not in NO_LINE_START:
            return i
    return None


def column_cuts(plans: list[ItemPlan], rng: random.Random, p: float) -> None:
    """Cut some long paragraphs where a printed column ended (mid-sentence)."""
    for plan in plans:
        for piece in plan.paras():
            if rng.random() < p and (i := _mid_sentence(piece.text, rng)):
                piece.inserts.append((i, []))


def _wrap(text: str, width: int) -> list[str]:
    """Printed column lines of ``width`` characters; closing punctuation never opens a
    line (it stays on the line before, as typesetters do)."""
    lines: list[str] = []
    i, n = 0, len(text)
    while i < n:
        j = min(i + width, n)
        while j < n and text[j] in NO_LINE_START:
            j += 1
        lines.append(text[i:j])
        i = j
    return lines


def _segments(piece: Piece) -> list[tuple[str, list[Piece]]]:
    """A paragraph's printed text split at its inserts: (segment, pieces after it)."""
    base = len(piece.prefix)
    text = piece.printed
    cuts: dict[int, list[Piece]] = {}
    for off, ins in sorted(piece.inserts, key=lambda t: t[0]):
        cuts.setdefault(base + off, []).extend(ins)
    out: list[tuple[str, list[Piece]]] = []
    pos = 0
    for at in sorted(cuts):
        out.append((text[pos:at], cuts[at]))
        pos = at
    out.append((text[pos:], []))
    return out


def _caption_lines(piece: Piece) -> list[str]:
    if not piece.credit:
        return [piece.text]
    if piece.credit_sep == "\n":
        return [piece.text, piece.credit]
    return [piece.text + piece.credit_sep + piece.credit]


def _heads(plan: ItemPlan) -> list[Piece]:
    heads = list(plan.heads)
    if plan.kicker_after and heads and heads[0].role == "kicker":
        k = heads.pop(0)
        t = next((i for i, h in enumerate(heads) if h.role == "title"), 0)
        heads.insert(t + 1, k)
    return heads


def _join(lines: list[Line], blank: bool) -> list[Line]:
    if not blank:
        return lines
    out: list[Line] = []
    for ln in lines:
        if out:
            out.append(BLANK)
        out.append(ln)
    return out


# --------------------------------------------------------------------------- base layouts

def _lay_lines(plans: list[ItemPlan], rng: random.Random, *, indent: str = "",
               heads: Callable[[ItemPlan], list[str]] | None = None,
               section: Callable[[str], str] = lambda s: s,
               join_p: float = 0.0) -> list[list[Line]]:
    """One paragraph (or column segment) a line; per item a list of lines."""
    items: list[list[Line]] = []
    prev_section = None
    for plan in plans:
        out: list[Line] = []
        if plan.section and plan.section != prev_section:
            out.append(Line(section(plan.section)))
        prev_section = plan.section
        for h in (heads(plan) if heads else [h.text for h in _heads(plan)]):
            out.append(Line(h))
        if plan.byline:
            out.append(Line(plan.byline.text))
        joinable = False
        for piece in plan.body:
            if piece.role == "para":
                segs = _segments(piece)
                first = (indent if piece.start else "") + segs[0][0]
                if join_p and joinable and piece.start and not piece.prefix_kind \
                        and rng.random() < join_p:
                    out[-1] = Line(out[-1].text + rng.choice((" ", " ", "　")) + segs[0][0])
                else:
                    out.append(Line(first))
                for k, (seg, ins) in enumerate(segs):
                    if k:
                        out.append(Line(seg))
                    for x in ins:
                        out.extend(_insert_lines(x))
                joinable = not piece.suffix_kind == "jump"
                continue
            joinable = False
            if piece.role == "caption":
                out.extend(Line(t) for t in _caption_lines(piece))
            elif piece.role == "noise":
                out.append(Line(piece.text, noise=True))
            else:                                   # subhead, tail
                out.append(Line(piece.text))
        items.append(out)
    return items


def _insert_lines(piece: Piece, width: int | None = None) -> list[Line]:
    if piece.role == "noise":
        return [Line(piece.text, noise=True)]
    if piece.role == "caption":
        lines = _caption_lines(piece)
        if width:
            lines = [w for t in lines for w in _wrap(t, width)]
        return [Line(t) for t in lines]
    return [Line(piece.text)]


def _stack(items: list[list[Line]], blank: bool, rng: random.Random, gap: tuple[int, int]) -> list[Line]:
    out: list[Line] = []
    for lines in items:
        if out:
            out.extend([BLANK] * (int(blank) + rng.randint(*gap)))
        out.extend(_join(lines, blank))
    return out


def wide(d: Draft) -> list[Line]:
    """One paragraph a line, blank lines between, occasional mid-sentence column cuts."""
    column_cuts(d.plans, d.rng, WIDE_CUT_P)
    items = _lay_lines(d.plans, d.rng)
    return _stack(items, True, d.rng, (1, 3))


def noblank(d: Draft) -> list[Line]:
    """No blank lines at all; a paragraph starts only by an indent (``　　``)."""
    r = d.rng
    indent = r.choice(("　　", "　　", "  ", "　"))
    if r.random() < 0.35:                              # wrapped columns without blank lines
        return _lay_narrow(d, width=r.randint(16, 30), indent=indent, blank=False, heads_after=False)
    column_cuts(d.plans, r, 0.25)
    items = _lay_lines(d.plans, r, indent=indent)
    return _stack(items, False, r, (0, 0))


def epaper(d: Draft) -> list[Line]:
    """Headline printed two or three times with ``#``/``##`` markers; some paragraphs
    share a line, a printed space between them."""
    r = d.rng
    column_cuts(d.plans, r, 0.08)

    def heads(plan: ItemPlan) -> list[str]:
        hs = _heads(plan)
        out = []
        title_at = None
        for h in hs:
            mark = ""
            if h.role == "title":
                mark = r.choice(("# ", "# ", "## ", ""))
                title_at = len(out)
            elif r.random() < 0.2:
                mark = "## "
            out.append(mark + h.text)
        if title_at is not None:
            t = hs[[i for i, h in enumerate(hs) if h.role == "title"][0]].text
            copies = r.choice((1, 1, 2))
            for _ in range(copies):
                again = r.choice(("# ", "## ", "")) + t
                where = r.choice(("next", "end", "start"))
                if where == "next":
                    out.insert(title_at + 1, again)
                elif where == "end":
                    out.append(again)
                else:
                    out.insert(0, again)
                    title_at += 1
        return out

    items = _lay_lines(d.plans, r, heads=heads,
                       section=lambda s: r.choice(("## ", "")) + s, join_p=EPAPER_JOIN_P)
    return _stack(items, True, r, (1, 2))


def markdown(d: Draft) -> list[Line]:
    """Markdown from a converter: ``#`` title, ``##``/``###`` decks, blank-line paragraphs."""
    r = d.rng

    def heads(plan: ItemPlan) -> list[str]:
        out = []
        for h in _heads(plan):
            if h.role == "title":
                out.append("# " + h.text)
            else:
                out.append(r.choice(("## ", "### ", "")) + h.text)
        return out

    items = _lay_lines(d.plans, r, heads=heads, section=lambda s: r.choice(("## ", "")) + s)
    return _stack(items, True, r, (0, 1))


def _narrow_para(piece: Piece, width: int, indent: str) -> list[Line]:
    ind = indent if piece.start else ""
    jump = piece.suffix if piece.suffix_kind == "jump" else ""
    if jump:                              # a jump line is set whole, never wrapped
        head = Piece(piece.role, piece.text, prefix=piece.prefix, prefix_kind=piece.prefix_kind,
                     start=piece.start, inserts=piece.inserts)
        lines = _narrow_para(head, width, indent)
        if lines and len(lines[-1].text) + len(jump) <= width + 2:
            lines[-1] = Line(lines[-1].text + jump)
        else:
            lines.append(Line(jump))
        return lines
    text = ind + piece.printed
    lines = _wrap(text, width)
    if not piece.inserts:
        return [Line(t) for t in lines]
    ends, pos = [], 0
    for t in lines:
        pos += len(t)
        ends.append(pos)
    floor = len(ind) + len(piece.prefix)
    cuts: dict[int, list[Piece]] = {}
    for off, ins in piece.inserts:
        at = floor + off
        snapped = next((e for e in ends if at <= e < len(text)), None)
        if snapped is None:
            snapped = next((e for e in reversed(ends) if floor < e < len(text)), at)
        cuts.setdefault(snapped, []).extend(ins)
    out: list[Line] = []
    start = 0
    for at in sorted(cuts):
        out.extend(Line(t) for t in _wrap(text[start:at], width))
        for x in cuts[at]:
            out.extend(_insert_lines(x, width))
        start = at
    out.extend(Line(t) for t in _wrap(text[start:], width))
    return out


def _narrow_heads(plan: ItemPlan, width: int, r: random.Random) -> list[Line]:
    out = []
    for h in _heads(plan):
        t = h.text
        if len(t) > width + 2 and r.random() < 0.5:        # a long headline wraps too
            cut = r.randint(max(2, width - 4), min(len(t) - 2, width + 2))
            out.extend((Line(t[:cut]), Line(t[cut:])))
        else:
            out.append(Line(t))
    return out


def _lay_narrow(d: Draft, *, width: int, indent: str, blank: bool | str, heads_after: bool,
                first_before: bool = False) -> list[Line]:
    """``blank``: a blank line after every printed line (True), none (False), or one after
    each paragraph and headline line only (``"paragraphs"``)."""
    r = d.rng
    items: list[list[Line]] = []
    prev_section = None
    by_paragraph = blank == "paragraphs"

    def group(lines: list[Line]) -> list[Line]:
        return lines + [BLANK] if by_paragraph and lines else lines

    for n, plan in enumerate(d.plans):
        body: list[Line] = []
        if plan.byline:
            body.extend(group([Line(plan.byline.text)]))
        for piece in plan.body:
            if piece.role == "para":
                body.extend(group(_narrow_para(piece, width, indent)))
            elif piece.role == "caption":
                body.extend(group([Line(t) for c in _caption_lines(piece) for t in _wrap(c, width)]))
            elif piece.role == "noise":
                body.extend(group([Line(piece.text, noise=True)]))
            else:
                body.extend(group([Line(t) for t in _wrap(piece.text, width)]))
        heads = [x for h in _narrow_heads(plan, width, r) for x in group([h])]
        sec = group([Line(plan.section)]) if plan.section and plan.section != prev_section else []
        prev_section = plan.section
        after = heads_after and not (n == 0 and first_before)
        lines = sec + (body + heads if after else heads + body)
        items.append(lines[:-1] if by_paragraph and lines and lines[-1] is BLANK else lines)
    if by_paragraph:
        return _stack(items, False, r, (1, 2))
    return _stack(items, bool(blank), r, (0, 1) if blank else (0, 0))


def _narrow_blank(x: float, share: float) -> bool | str:
    """Blank lines of a narrow dump from one draw: between paragraphs only (a fifth of
    the dumps that have blank lines), between all lines, or none."""
    return "paragraphs" if x < 0.2 * share else x < share


def narrow(d: Draft) -> list[Line]:
    """Re-wrapped at 10–20 characters; ``　　`` indents or none; blank lines or none."""
    r = d.rng
    return _lay_narrow(d, width=r.randint(10, 20), indent=r.choice(("　　", "")),
                       blank=_narrow_blank(r.random(), 0.5), heads_after=False)


def after(d: Draft) -> list[Line]:
    """Narrow columns, each headline block printed after its body (e-paper dumps)."""
    r = d.rng
    return _lay_narrow(d, width=r.randint(10, 20), indent=r.choice(("　　", "", "　　")),
                       blank=_narrow_blank(r.random(), 0.6), heads_after=True, first_before=r.random() < 0.4)


# --------------------------------------------------------------------------- plan changes

_UNIT_END = ("局", "委", "办", "院", "所", "站", "中心", "队", "馆", "公司", "镇", "乡", "街道",
             "区", "县", "市", "社区", "村", "厅", "部", "会")


def _org_names(rec: Record) -> list[str]:
    m = rec.mentions or {}
    names = [o if isinstance(o, str) else (o or {}).get("name") for o in m.get("organizations") or []]
    names += [(p or {}).get("name") for p in m.get("places") or [] if isinstance(p, dict)]
    return [n for n in names if isinstance(n, str)]


def unit_kickers(d: Draft, force: bool = True) -> int:
    """Print unit kickers (``市农业农村局：``) after their titles; items without a kicker
    may get one made of a unit their own text names. Returns how many."""
    r = d.rng
    done = 0
    candidates = []
    for plan in d.plans:
        if plan.partial or not plan.heads or plan.kind not in ("news", "feature"):
            continue
        title = next((h.text for h in plan.heads if h.role == "title"), None)
        if title is None:
            continue
        if plan.heads[0].role == "kicker":
            if plan.heads[0].text.rstrip().endswith(("：", ":")):
                plan.kicker_after = True
                done += 1
            continue
        if "：" in title or ":" in title:
            continue                              # 老莱镇：抢抓农时 already names its unit
        text = squeeze("".join(p.text for p in plan.pieces() if p.role in ("title", "para")))
        units = [n for n in _org_names(plan.record)
                 if 3 <= len(n) <= 12 and n.endswith(_UNIT_END) and squeeze(n) in text]
        if units:
            candidates.append((plan, units))
    r.shuffle(candidates)
    for k, (plan, units) in enumerate(candidates):
        if r.random() < 0.5 or (force and not done and k == len(candidates) - 1):
            unit = r.choice(units)
            plan.heads.insert(0, Piece("kicker", unit + r.choice(("：", "：", ":"))))
            plan.kicker_after = True
            done += 1
    return done


def _liftable(piece: Piece) -> bool:
    """check_gold.py lifts caption text and gold credit out of the page before it looks
    for a paragraph: a caption can sit inside a sentence only when its printed credit
    is its gold credit (``…提供``, ``…供图``) or it has none."""
    if not piece.credit:
        return True
    gold, _ = caption_credit(piece.credit)
    return squeeze(gold) == squeeze(piece.credit)


def drop_captions_mid(d: Draft) -> int:
    """Move captions into the middle of a sentence of their own item. Returns how many."""
    r = d.rng
    moved = 0
    for plan in d.plans:
        paras = [p for p in plan.paras() if len(p.text) >= CUTTABLE_LEN]
        for cap in [p for p in plan.body if p.role == "caption" and _liftable(p)]:
            if not paras:
                break
            target = r.choice(paras)
            at = _mid_sentence(target.text, r)
            if at is None:
                continue
            plan.body.remove(cap)
            target.inserts.append((at, [cap]))
            moved += 1
    return moved


def _running_texts(d: Draft) -> list[str]:
    r, day = d.rng, d.issue
    ymd = f"{day.year}年{day.month}月{day.day}日"
    week = f"星期{WEEKDAYS[day.weekday()]}"
    n = r.randint(1, 12)
    name = r.choice(PAGE_NAMES)
    heads = [f"第{n}版 {name} {ymd}", f"{ymd} {week} {name} 第{n}版",
             f"{n:02d} {name} {ymd} {week}", f"第{n}版：{name}"]
    if d.paper and r.random() < 0.3:
        heads.append(f"{d.paper} {ymd} {week} 第{n}版")
    feet = [f"责任编辑：{person(r)} 校对：{person(r)}", f"责任编辑 {person(r)}  美编 {person(r)}",
            f"本版编辑：{person(r)}", f"责任编辑：{person(r)}  版式设计：{person(r)}  校对：{person(r)}"]
    return [r.choice(heads), r.choice(feet)]


def add_running(d: Draft) -> int:
    """Running header and footer lines at the top, bottom and column breaks (inside a
    sentence too). They belong to no item. Returns how many were put inside items."""
    r = d.rng
    head, foot = _running_texts(d)
    if d.paper and d.paper in head:
        d.paper_named = True
    if r.random() < 0.7:
        d.top.append(Line(head, noise=True))
    if r.random() < 0.7:
        d.bottom.append(Line(foot, noise=True))
    inside = 0
    paras = [p for plan in d.plans if plan.kind != "fragment" for p in plan.paras()
             if len(p.text) >= CUTTABLE_LEN]
    for text in r.sample([head, foot], r.randint(1, 2)):
        if paras and r.random() < 0.75:
            target = r.choice(paras)
            at = _mid_sentence(target.text, r)
            if at is not None:
                target.inserts.append((at, [Piece("noise", text)]))
                inside += 1
                continue
        plan = r.choice(d.plans)
        plan.body.append(Piece("noise", text))
        inside += 1
    return inside


def _jump_mark(kind: str, label: str, r: random.Random) -> str:
    word = "下转" if kind == "to" else r.choice(("上接", "上接", "紧接"))
    return r.choice(("（{}{}）", "（{}{}）", "({}{})")).format(word, label)


def _cut_end(plan: ItemPlan, r: random.Random) -> bool:
    """Cut a plan after some paragraph (or inside one) and print a 下转 line there."""
    paras = plan.paras()
    if len(paras) < 2:
        return False
    j = r.randint(1, len(paras) - 1)
    last = paras[j]
    keep = plan.body.index(last)
    if r.random() < 0.55 and (at := _mid_sentence(last.text, r)) is not None:
        cut = Piece("para", last.text[:at], prefix=last.prefix, prefix_kind=last.prefix_kind,
                    start=last.start, inserts=[x for x in last.inserts if x[0] < at])
        plan.body = plan.body[:keep] + [cut]
    else:
        last = paras[j - 1]
        plan.body = plan.body[:plan.body.index(last) + 1]
    end = plan.body[-1]
    label = page_label(r)
    end.suffix, end.suffix_kind = _jump_mark("to", label, r), "jump"
    plan.continues_to = label
    plan.partial = True
    return True


def _continuation(rec: Record, r: random.Random) -> ItemPlan | None:
    """The part of a piece printed on this page after a jump from another page."""
    plan = plan_item(rec, r)
    paras = plan.paras()
    if len(paras) < 2 or not rec.title:
        return None
    j = r.randint(1, len(paras) - 1)
    first = paras[j]
    body = plan.body[plan.body.index(first):]
    if r.random() < 0.55 and (at := _mid_sentence(first.text, r)) is not None:
        first = Piece("para", first.text[at:], suffix=first.suffix, suffix_kind=first.suffix_kind,
                      start=False, inserts=[(o - at, x) for o, x in first.inserts if o > at])
        body[0] = first
    label = page_label(r)
    first.prefix, first.prefix_kind = _jump_mark("from", label, r), "jump"
    plan.body = body
    plan.heads = [h for h in plan.heads if h.role == "title"]
    plan.byline = None
    plan.dispatch = None
    plan.dateline = None
    plan.continued_from = label
    plan.partial = True
    return plan


def make_jumps(d: Draft) -> int:
    """Cut one piece with a 下转 line and print the rest of another one after 上接
    (a spare record of the same issue). Returns how many jump lines were printed."""
    r = d.rng
    n = 0
    cands = [p for p in d.plans if p.kind in ("news", "feature") and not p.partial and len(p.paras()) >= 2]
    if cands and _cut_end(r.choice(cands), r):
        n += 1
    spares = [s for s in d.spare if s.kind in ("news", "feature") and len(s.paragraphs) >= 2 and s.title]
    if spares:
        rec = r.choice(spares)
        plan = _continuation(rec, r)
        if plan is not None:
            d.spare.remove(rec)
            d.plans.insert(0 if r.random() < 0.6 else r.randint(0, len(d.plans)), plan)
            n += 1
    return n


# --------------------------------------------------------------------------- composed styles

def kicker_after(d: Draft) -> list[Line]:
    """A unit kicker (``X局：``) printed after its title, on a wide, e-paper or narrow page."""
    unit_kickers(d)
    return _base(d, (wide, epaper, narrow))(d)


def caption_mid(d: Draft) -> list[Line]:
    """Captions dropped mid-sentence into their item's body (wide, narrow or no-blank page)."""
    drop_captions_mid(d)
    return _base(d, (wide, narrow, noblank))(d)


def running(d: Draft) -> list[Line]:
    """Running header/footer lines interleaved at column breaks."""
    add_running(d)
    return _base(d, (wide, narrow, noblank, epaper))(d)


def jump(d: Draft) -> list[Line]:
    """A piece cut with ``（下转第3版）`` and another continued ``（上接第一版）``."""
    make_jumps(d)
    return _base(d, (wide, narrow, after, epaper))(d)


BASE_STYLES: dict[str, Callable[[Draft], list[Line]]] = {
    "wide": wide, "narrow": narrow, "noblank": noblank, "epaper": epaper,
    "markdown": markdown, "after": after}
_CHANGES = {"kicker_after": unit_kickers, "caption_mid": drop_captions_mid,
            "running": add_running, "jump": make_jumps}


def mixed(d: Draft) -> list[Line]:
    """Several styles on one page: chunks of items in different base styles, and one or
    two of the plan changes (kicker after title, mid-sentence captions, running lines,
    jumps)."""
    r = d.rng
    changes = [c for c in sorted(_CHANGES) if c not in d.exclude]
    for name in r.sample(changes, min(len(changes), r.randint(1, 2))):
        _CHANGES[name](d)
        d.used.append(name)
    bases = [b for b in sorted(BASE_STYLES) if b not in d.exclude] or sorted(BASE_STYLES)
    plans = d.plans
    n_chunks = min(len(plans), r.randint(2, 3))
    cuts = sorted(r.sample(range(1, len(plans)), n_chunks - 1)) if len(plans) > 1 else []
    bounds = [0, *cuts, len(plans)]
    out: list[Line] = []
    for a, b in zip(bounds, bounds[1:]):
        name = r.choice(bases)
        d.used.append(name)
        sub = Draft(plans[a:b], r, d.spare, d.issue, d.paper, exclude=d.exclude)
        lines = BASE_STYLES[name](sub)
        if out:
            out.extend([BLANK] * r.randint(1, 2))
        out.extend(lines)
    d.plans = plans
    return out


#: Every style by name, in the order the evaluation prints them.
STYLES: dict[str, Callable[[Draft], list[Line]]] = {
    **BASE_STYLES, "kicker_after": kicker_after, "caption_mid": caption_mid,
    "running": running, "jump": jump, "mixed": mixed}
