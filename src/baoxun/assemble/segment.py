"""Blocks → items: which blocks form one piece, and which headline run is whose.

A page is read as a sequence of *content units* (a body with whatever opens it: a
dispatch, a feature byline, a notice heading, a weather heading, a picture caption, or
nothing) with runs of headline lines in the gaps between them:

    g0  U1  g1  U2  g2 … Un  gn

Newspapers print an item's headlines above its body, but some dumps (narrow-column
pages especially) emit every headline block *after* its body. Which convention a page
follows is decided from the page itself (:func:`headline_convention`): the reading that
leaves fewer dispatched items without a headline wins, and a tie goes to the usual one.

Stages:
  1. cut the blocks into units and gaps;
  2. merge in-body subheads (小标题) into the piece they structure;
  3. decide the page's headline convention and give each unit its gap.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..layout import patterns as P
from ..layout.reflow import Block

# Units that carry their own heading (or none by nature) and never claim a gap.
_SELF_HEADED = ("notice", "weather")
# An in-body subhead (小标题): one short line with no inner space and no colon.
SUBHEAD_MAX_CHARS = 16
_SUBHEAD = re.compile(r"^[^\s：:——]{4,%d}$" % SUBHEAD_MAX_CHARS)


@dataclass
class Unit:
    """A content unit: the blocks of one item's body, and how it opened."""

    opener: str                       # dispatch|byline|notice|weather|photo|text
    blocks: list[Block] = field(default_factory=list)
    heads: list[Block] = field(default_factory=list)   # headline run(s) given to it
    subheads: bool = False            # built from a chain of subheaded sections


@dataclass
class Segmented:
    units: list[Unit]
    leftovers: list[tuple[int, list[Block]]]  # (position, head run) that no unit claimed
    after_mode: bool


def _is_photo(block: Block, nxt: Block | None) -> bool:
    """A picture's caption: a paragraph followed by a credit line, or one that ends
    with its own credit (…的种子。本报通讯员 孙泰雁 摄)."""
    if block.kind != "text":
        return False
    if nxt is not None and nxt.kind == "credit":
        return True
    return len(block.text) <= 400 and bool(P.CAPTION_WITH_CREDIT.match(block.text)) \
        and not P.JUMP_FROM.match(block.text)


def cut_units(blocks: list[Block]) -> tuple[list[Unit], list[list[Block]]]:
    """1. Units and the head runs between them: ``gaps[i]`` stands before ``units[i]``,
    and ``gaps[len(units)]`` after the last unit."""
    units: list[Unit] = []
    gaps: list[list[Block]] = [[]]
    current: Unit | None = None
    for k, block in enumerate(blocks):
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if block.kind == "head":
            if current is not None and current.opener == "weather" and _weather_line(block):
                current.blocks.append(block)
                continue
            if current is not None and current.opener == "notice" and _notice_closed(current):
                # the signature lines after 特此公告 (signing unit, date)
                current.blocks.append(block)
                current = None
                continue
            gaps[-1].append(block)
            current = None
            continue
        if block.kind == "credit":
            if current is not None and current.opener == "photo":
                current.blocks.append(block)
                continue
            # a credit with no caption above it: the picture of the item above
            if current is not None:
                current.blocks.append(block)
                continue
        if block.kind == "byline" and _lone_name(block) and units:
            units[-1].blocks.append(block)     # a lone author name under a piece
            continue
        if block.kind == "weather" and current is not None and current.opener == "weather":
            current.blocks.append(block)       # 明日天气, 生活指数预报: panels of one box
            continue
        opener = None
        if block.kind in ("dispatch", "byline", "notice", "weather"):
            opener = block.kind
        elif _is_photo(block, nxt):
            opener = "photo"
        elif block.kind == "text" and P.JUMP_FROM.match(block.text):
            opener = "text"
        elif current is None or current.opener == "photo":
            opener = "text"
        elif current.opener == "weather" and not _weather_line(block):
            opener = "text"
        if opener is None and current is not None:
            current.blocks.append(block)
            continue
        current = Unit(opener or "text", [block])
        units.append(current)
        gaps.append([])
    return units, gaps


def _weather_line(block: Block) -> bool:
    return all(len(line.text) <= 30 for line in block.lines)


def _notice_closed(unit: Unit) -> bool:
    return any(P.NOTICE_CLOSE.match(b.last) for b in unit.blocks)


def _lone_name(block: Block) -> bool:
    return not P.BYLINE_LINE.match(block.text)


def _subhead_run(gap: list[Block]) -> bool:
    return len(gap) == 1 and len(gap[0].lines) == 1 and bool(_SUBHEAD.match(gap[0].text))


def merge_subheads(units: list[Unit], gaps: list[list[Block]]) -> None:
    """2. A chain of at least two sections, each opened by a one-line subhead and none
    by a dispatch, is one piece whose subheads are paragraphs (the 小标题 of a feature).
    A subhead standing last, after such a chain, closes it."""
    i = 1
    while i < len(units):
        if not (_subhead_run(gaps[i]) and units[i].opener == "text"):
            i += 1
            continue
        j = i
        while j + 1 < len(units) and _subhead_run(gaps[j + 1]) and units[j + 1].opener == "text":
            j += 1
        tail = j + 1 == len(units) and _subhead_run(gaps[j + 1])
        if j - i + 1 + int(tail) < 2:
            i += 1
            continue
        merged = Unit("text", [], subheads=True)
        for k in range(i, j + 1):
            merged.blocks.extend(_as_body(gaps[k]))
            merged.blocks.extend(units[k].blocks)
            gaps[k] = []
        if tail:
            merged.blocks.extend(_as_body(gaps[j + 1]))
            gaps[j + 1] = []
        units[i:j + 1] = [merged]
        del gaps[i + 1:j + 1]
        i += 1


def _as_body(run: list[Block]) -> list[Block]:
    return [Block("subhead", b.lines, b.captions) for b in run]


def headline_convention(units: list[Unit], gaps: list[list[Block]]) -> bool:
    """3a. True when this page prints headlines *after* bodies.

    Counts the dispatched items each reading would leave without a headline."""
    before_missing = after_missing = 0
    for i, unit in enumerate(units):
        if unit.opener not in ("dispatch", "byline"):
            continue
        if not gaps[i]:
            before_missing += 1
        if not gaps[i + 1]:
            # the page's first item may keep the run above it at the top of the page
            if not (i == 0 and gaps[0]):
                after_missing += 1
    return after_missing < before_missing


def assign(units: list[Unit], gaps: list[list[Block]]) -> Segmented:
    """3b. Give each unit its headline run under the page's convention."""
    after = headline_convention(units, gaps)
    claimed = [False] * len(gaps)
    for i, unit in enumerate(units):
        if unit.opener in _SELF_HEADED:
            continue
        if after and unit.opener != "photo":
            if gaps[i + 1]:
                unit.heads = gaps[i + 1]
                claimed[i + 1] = True
            elif gaps[i] and not claimed[i]:
                unit.heads = gaps[i]
                claimed[i] = True
        elif gaps[i] and not claimed[i]:
            unit.heads = gaps[i]
            claimed[i] = True
    leftovers = [(i, g) for i, g in enumerate(gaps) if g and not claimed[i]]
    return Segmented(units, leftovers, after)


def segment(blocks: list[Block]) -> Segmented:
    """Run stages 1–3."""
    units, gaps = cut_units(blocks)
    merge_subheads(units, gaps)
    return assign(units, gaps)
