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

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

from .. import gazetteer
from ..layout import patterns as P
from ..layout.lines import squeeze
from ..layout.reflow import (_BRACKETED_LABEL, _LONE_NAME, DASH_LINE, LEDE_DATE, Block, _box_reading, _closing_credit,
                             _credited_names, agenda_line, figure_line, forecast_issuer,
                             is_unit_name, listing_entry)
from .subheads import (_bigrams, features, gap_features, is_subhead, parallel, ranks_as_title, same_shape,
                       signed_by_another, signed_off)

# Units that carry their own heading (or none by nature) and never claim a gap.
_SELF_HEADED = ("notice", "weather")


@dataclass
class Unit:
    """A content unit: the blocks of one item's body, and how it opened."""

    opener: str                       # dispatch|byline|notice|weather|photo|text
    blocks: list[Block] = field(default_factory=list)
    heads: list[Block] = field(default_factory=list)   # headline run(s) given to it
    subheads: bool = False            # built from a chain of subheaded sections
    label: str | None = None          # a service column's label over a notice (便民信息)
    box: bool = False                 # a service box of panels (便民信息 / 停水通知 … / 服务热线 …)
    issuer: str | None = None         # the body named over a notice's title (…有限公司 / 招聘启事)


@dataclass
class Segmented:
    units: list[Unit]
    leftovers: list[tuple[int, list[Block]]]  # (position, head run) that no unit claimed
    after_mode: bool


# Labels of service columns (便民信息 …): over a title they head it, alone they title it.
_SERVICE_LABEL = re.compile(r"^(?:[\u4e00-\u9fff]{1,4}(?=便民))?(?:便民信息|便民服务(?:信息)?|便民提示|服务信息|服务热线|生活服务|温馨提示)$")   # (高考便民服务信息)
# A panel of a service box: a short head naming what kind of notice it holds (停水通知,
# 停电预告, 服务热线).
_PANEL_TITLE = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:通知|预告|公告|提示|热线|电话|信息|须知|指南|启事)$")


# A notice's note in brackets (（2023年8月23日…会议通过）) or the label of one of its parts
# (一、任命, 二、免去, 二、报名时间及方式).
_NOTICE_PART = re.compile(r"^(?:[（(][^（）()]{6,60}(?:通过|决定|批准|公布)[)）]|[一二三四五六七八九十]、[\u4e00-\u9fff]{2,8}"
                          r"|(?:决定)?(?:任命|免去|聘任|解聘|任免)[：:])$")   # (任命：, 免去：)


def _panels_ahead(blocks: list[Block], k: int) -> int:
    """How many panels follow a service label at ``blocks[k]``: panel heads, each over its
    text, up to the first block that is neither (a box of one panel is a notice under its
    column's label, the panel's head its title)."""
    n = 0
    while k < len(blocks):
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if _panel_title(blocks[k], nxt):
            n += 1
        elif not n or blocks[k].kind != "text" and not _signing_unit(blocks[k]):
            break       # (a panel's signer may read as a head: 西宁供水（集团）有限责任公司)
        k += 1
    return n


def _panel_title(block: Block, nxt: Block | None) -> bool:
    """A panel's head inside a service box: one short line over the panel's text."""
    return block.kind in ("head", "notice", "text") and len(block.lines) == 1 \
        and bool(_PANEL_TITLE.match(block.text.strip())) and nxt is not None and nxt.kind == "text"


def _is_photo(block: Block, nxt: Block | None) -> bool:
    """A picture's caption: a paragraph followed by a credit line, or one that ends
    with its own credit (…的种子。本报通讯员 孙泰雁 摄)."""
    if block.kind != "text":
        return False
    if nxt is not None and nxt.kind == "credit":
        return True
    return len(block.text) <= 400 and bool(P.caption_with_credit(block.text)) \
        and not P.JUMP_FROM.match(block.text)


# A caption says what the picture shows at one moment (11月5日，…, 日前，…, 图为…); a paragraph
# that opens by summing up or going on (近年来，…, 据介绍，…, 下一步，…) over a credit is the
# piece's last paragraph, and the credit its picture's, the caption printed elsewhere.
_GOES_ON = re.compile(r"^(?:近年来|近些年|多年来|今年以来|去年以来|此外|同时|与此同时|另外|目前|下一步|接下来|未来"
                      r"|据(?:介绍|了解|统计|悉)|记者(?:了解|获悉)到?|总的来看|由此可见)[，,]")


def _body_paragraph(block: Block) -> bool:
    return bool(_GOES_ON.match(block.text))


# The kinds of notice a body issues under its own name (招聘启事, 挂牌出让公告, 任前公示).
_ISSUED_NOTICE = re.compile(r"(?:公告|公示|启事|通告|声明|简章|通知)$")


def _issuer_over(run: list[Block], block: Block) -> str | None:
    """The body's name printed alone right over a notice's title, when it is one."""
    if block.kind != "notice" or not run or run[-1].kind != "head" or len(run[-1].lines) != 1 \
            or not _ISSUED_NOTICE.search(block.text.strip()):
        return None
    name = run[-1].text.strip()
    return name if is_unit_name(name) and not _SERVICE_LABEL.match(name) else None


def cut_units(blocks: list[Block]) -> tuple[list[Unit], list[list[Block]]]:
    """1. Units and the head runs between them: ``gaps[i]`` stands before ``units[i]``,
    and ``gaps[len(units)]`` after the last unit."""
    units: list[Unit] = []
    gaps: list[list[Block]] = [[]]
    current: Unit | None = None
    label: str | None = None
    sparse_blanks = _blanks_part_pieces(blocks)
    for k, block in enumerate(blocks):
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if current is not None and current.box and not gaps[-1] and _panel_title(block, nxt):
            current.blocks.append(Block("panel", block.lines))    # the box's next panel
            continue
        if block.kind in ("notice", "head", "text") and len(block.lines) == 1 \
                and _SERVICE_LABEL.match(block.text.strip()) and _panels_ahead(blocks, k + 1) >= 2:
            # 便民信息 / 停水通知 / … / 服务热线 / …: a box of panels, one notice under the label
            current = Unit("notice", [Block("notice", block.lines)], label=block.text.strip(), box=True)
            units.append(current)
            gaps.append([])
            continue
        if block.kind == "head" and len(block.lines) == 1 and _contact_lines_ahead(blocks, k + 1) >= CONTACT_BOX_MIN \
                and not (k > 0 and blocks[k - 1].kind == "head"):     # (a label over it reads the stack)
            block.kind = "notice"    # 【国庆出游便民信息】 / 旅游咨询投诉：0510-… / …: a box of numbers under its title
        if block.kind in ("notice", "head", "text") and len(block.lines) == 1 \
                and _SERVICE_LABEL.match(block.text.strip()) and nxt is not None \
                and not (current is not None and not gaps[-1] and current.blocks and _signature(current.blocks[-1])
                         and _column_label_block(nxt)):
            # (…反诈中心 / 2021年4月15日 / 温馨提示 / 【普法问答】: under a signed text and over the
            # next column's label, the label is that text's title printed after it, heading nothing below)
            # 便民信息 over a title: the label heads the column, the title is the notice's —
            # a title the reflow kept as a line of text too (春节期间常用服务电话); over a
            # body (a page that prints titles after bodies) the label is the section of
            # the piece below, never its headline
            label = block.text.strip()
            if nxt.kind in ("head", "notice") and len(nxt.lines) <= 2 or _title_line(nxt):
                nxt.kind = "notice"
            continue
        if block.kind == "notice" and current is not None and not gaps[-1] \
                and (current.label or _notice_text(current)) \
                and (nxt is None or nxt.kind in ("head", "notice")):
            # 便民信息 / body / 停水通知, or a notice's text and signature / its title: on
            # a page that prints titles after bodies, the title of the piece above, not
            # a notice of its own with no text
            block.kind = "head"
        if block.kind == "head" and len(block.lines) <= 2 and nxt is not None and nxt.kind == "credit" \
                and P.DRAWN_BY.match(nxt.text.strip()):
            # “打卡式”调研要不得 / 程志远 作: a cartoon's caption over its author's credit
            current = Unit("photo", [Block("text", block.lines, block.captions)], label=label)
            label = None
            units.append(current)
            gaps.append([])
            continue
        if block.kind == "head":
            if current is not None and (current.label or _notice_text(current) or _listing_box(current)) \
                    and not gaps[-1] and (_signature(block) or _signing_unit(block)) \
                    and not (current.blocks and _BARE_DATE_LINE.match(current.blocks[-1].text.strip())):
                # 抢修电话：… under a service notice (not a unit's name after the signing date:
                # the notice is signed, and the name opens its title printed after it)
                current.blocks.append(block)
                continue
            if units and units[-1].opener == "notice" and not gaps[-1] and _signature(block):
                units[-1].blocks.append(block)   # 联系电话 / signing unit / date under a notice
                current = units[-1]
                continue
            if current is not None and current.opener == "weather" and _weather_line(block):
                current.blocks.append(block)
                continue
            if current is not None and current.opener == "notice" and not _notice_signing(current) \
                    and not gaps[-1] and _NOTICE_PART.match(block.text.strip()):
                # 任免名单 / （2023年8月23日…会议通过） / 一、任命 / …: the list's note and its parts
                current.blocks.append(Block("text", block.lines, block.captions))
                continue
            if current is not None and current.opener == "notice" and not _notice_signing(current) \
                    and all(_LABELLED_LINE.match(x.text.strip()) or _LIST_ENTRY.match(x.text.strip())
                            for x in block.lines):
                # 公示时间：2017年9月12日至… / 邹国庆　宜春市公路事业发展中心高级工程师:
                # lines of the open notice's text, not a headline
                current.blocks.append(block)
                continue
            if current is not None and current.opener == "notice" and _notice_signing(current) \
                    and (_signature(block) or _signing_unit(block)):
                # the signature lines after 特此公告 or the contact lines (signing unit, date)
                current.blocks.append(block)
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
        if block.kind == "byline" and units and _signs_piece_above(block, nxt, units[-1], bool(gaps[-1]),
                                                                    blocks[k + 2] if k + 2 < len(blocks) else None) \
                and not _credited_host_goes_on(units, gaps, block, nxt) \
                and not (sparse_blanks and _set_apart_above(block, nxt)):
            units[-1].blocks.append(block)     # a lone author name under a piece
            continue
        if block.kind == "weather" and current is not None and current.opener == "weather":
            current.blocks.append(block)       # 明日天气, 生活指数预报: panels of one box
            continue
        if block.kind == "text" and current is not None and current.opener == "weather" \
                and forecast_issuer(block.text):
            current.blocks.append(block)       # 城关区气象台5月8日17时发布: who issued the box
            continue
        if block.kind == "text" and current is not None and current.opener == "notice" and label is None \
                and _notice_signing(current) and (_signature(block) or _signing_unit(block)):
            current.blocks.append(block)       # more signers, the date
            continue
        if current is not None and not gaps[-1] and _opening_goes_on(current, block):
            current.blocks.append(block)
            if current.opener == "text":
                current.opener = block.kind
            continue
        opener = None
        if block.kind == "weather" and current is not None and current.opener != "weather" \
                and len(current.blocks) > 1 and not gaps[-1] \
                and (readings := _trailing_readings(current)) and (nxt is None or nxt.kind != "text"):
            # 今天：多云… / 明天：… / 市气象台…发布 / 扬州天气: a box that prints its label
            # under its readings — the readings are the box's, not the piece's above
            del current.blocks[-len(readings):]
            units.append(Unit("weather", [block] + readings, label=label))
            gaps.append([])
            current, label = units[-1], None
            continue
        if block.kind in ("dispatch", "byline", "notice", "weather"):
            opener = block.kind
            issuer = _issuer_over(gaps[-1], block)
            if issuer is not None:
                # 广西荔浦金穗食品有限公司 / 招聘启事: the body that issues the notice, over
                # its title, is the title's first line, no headline of the piece above
                gaps[-1].pop()
                units.append(Unit("notice", [block], label=label, issuer=issuer))
                gaps.append([])
                current, label = units[-1], None
                continue
            if block.kind == "notice" and label:
                units.append(Unit("notice", [block], label=label))
                gaps.append([])
                current, label = units[-1], None
                continue
        elif _is_photo(block, nxt) and not (current is not None and current.opener == "weather" and _weather_line(block)) \
                and not (current is not None and current.opener in ("dispatch", "byline", "text") and not gaps[-1]
                         and _body_paragraph(block)):
            opener = "photo"
            if current is not None and _PICTURE_NUMBER.match(block.text) and current.blocks \
                    and all(b.kind == "text" and _PICTURE_NUMBER.match(b.text)
                            for b in current.blocks[1 if len(current.blocks) > 1 else 0:]):
                # (an unnumbered paragraph may open the group: 金秋时节，… / ①… / ②…)
                # ①… / ②… / ③… / 本报记者 王冬 摄: a group of numbered pictures under one credit
                current.opener = "photo"
                current.blocks.append(block)
                continue
            if _caption_opened(current, units, gaps):
                # 烤烟收购忙 / 11月4日，在…交售烤烟。 / 今年全市计划…七成。 / 本报记者 龚庆 摄:
                # a titled picture whose caption the dump set as two short paragraphs
                current.opener = "photo"
                first = current.blocks[0]
                current.blocks[0] = Block("text", first.lines + block.lines, first.captions + block.captions)
                continue
        elif block.kind == "text" and P.JUMP_FROM.match(block.text):
            opener = "text"
        elif current is not None and current.opener == "photo" and label is None \
                and (host := _photo_host(units, gaps)) is not None:
            # pictures set between two paragraphs of one piece: the piece goes on below them
            current = units[host]
            photos = units[host + 1:]
            del units[host + 1:], gaps[host + 2:]
            for photo in photos:
                if related(photo, current) or not _picture_story(photo):
                    current.blocks.extend(_as_caption(photo))
                else:          # a picture story of its own stays an item
                    units.append(photo)
                    gaps.append([])
            current.blocks.append(block)
            continue
        elif current is None or current.opener == "photo":
            opener = "text"
        elif current.opener == "weather":
            closed = block.lines[0].blank_before >= 2 and not P.WEATHER_DATA.search(block.text) \
                and not _box_reading(block.lines[0].text)   # (a box's closing rule and a blank line end it)
            closed = closed or label is not None     # (便民信息 under the box: a column of its own)
            if not closed and (_weather_line(block) or block.kind == "text" and len(block.text) <= WEATHER_ADVICE_MAX * 2
                               and P.WEATHER_PANEL.match(current.blocks[-1].text.strip())):
                current.blocks.append(block)     # (出行提示 / 午后尽量减少户外活动；…: the panel's advice)
                continue
            opener = "text"
        if opener is None and current is not None and label is None \
                and not (block.kind == "text" and (_credited_close(current) or _jumped_away(current)
                                                   or _closes_on_affiliation(current) and current.opener in ("text", "byline")
                                                   and not all(line.quoted for line in block.lines)   # (> a pull quote after it)
                                                   or _name_signed_close(current) and not P.AFFILIATION.match(block.text)
                                                   or _next_bullet(units, gaps, current, block)
                                                   or _next_brief(units, gaps, current, block))):
            current.blocks.append(block)
            continue
        current = Unit(opener or "text", [block], label=label)
        label = None
        units.append(current)
        gaps.append([])
    _notice_titles_after(units, gaps)
    _bylines_printed_twice(units, gaps)
    _bylines_over_titles(units, gaps)
    _marked_sections(units, gaps)
    return units, gaps


def _column_label_block(block: Block) -> bool:
    from .headlines import is_column_label
    return len(block.lines) == 1 and is_column_label(block.text.strip())


# The contact lines under a head that make it a service box's title.
CONTACT_BOX_MIN = 3


def _contact_lines_ahead(blocks: list[Block], k: int) -> int:
    """How many one-line blocks of contact lines (咨询电话：…, 医疗急救：120) follow block ``k``."""
    n = 0
    while k < len(blocks) and blocks[k].kind == "text" and all(P.CONTACT_LINE.match(x.text.strip()) for x in blocks[k].lines):
        n += len(blocks[k].lines)
        k += 1
    return n


def _bylines_printed_twice(units: list[Unit], gaps: list[list[Block]]) -> None:
    """本报评论员 / 让放心消费成为… / 本报评论员 / body: a byline printed over the title and
    again under it is one byline — the first is the repeat, and the title heads the piece."""
    i = 0
    while i + 1 < len(units):
        unit, below = units[i], units[i + 1]
        if unit.blocks and all(b.kind == "byline" for b in unit.blocks) and gaps[i + 1] \
                and below.blocks and below.blocks[0].kind == "byline" \
                and squeeze("".join(b.text for b in unit.blocks)) == squeeze(below.blocks[0].text):
            gaps[i + 1] = gaps[i] + gaps[i + 1]
            del units[i], gaps[i]
            continue
        i += 1


def _marked_sections(units: list[Unit], gaps: list[list[Block]]) -> None:
    """苏文辉 / ◎ 溪声 / prose / ◎ 古树 / prose: a piece credited by a unit of byline lines
    alone, then sections each opened by a marked line of the same mark and shape with no
    headline between them, is one piece under subheads — a piece is credited once, and a
    marked word over each part of it is its 小标题, not a writer's name."""
    i = 0
    while i + 2 < len(units):
        host = units[i]
        if not (host.blocks and all(b.kind == "byline" for b in host.blocks)):
            i += 1
            continue
        j = i + 1
        while j < len(units) and not gaps[j] and _marked_opening(units[j]) \
                and units[j].blocks[0].text.strip()[:1] == units[i + 1].blocks[0].text.strip()[:1]:
            j += 1
        if j - i - 1 >= MARKED_SECTIONS_MIN:
            for unit in units[i + 1:j]:
                host.blocks.append(Block("subhead", unit.blocks[0].lines))
                host.blocks.extend(unit.blocks[1:])
            host.subheads = True
            del units[i + 1:j], gaps[i + 1:j]
        i += 1


# A piece's sections under marked subheads: two at least make the pattern.
MARKED_SECTIONS_MIN = 2


def _marked_opening(unit: Unit) -> bool:
    """A unit opened by a byline block of one marked line (◎ 溪声) over prose."""
    if unit.opener != "byline" or len(unit.blocks) < 2 or len(unit.blocks[0].lines) != 1:
        return False
    first = unit.blocks[0].text.strip()
    return first[:1] in P.BULLETS and unit.blocks[1].kind == "text"


def _bylines_over_titles(units: list[Unit], gaps: list[list[Block]]) -> None:
    """□ 本报评论员 / 让“老小区”过上“新日子” / 秋风送爽，…: a unit of byline lines alone,
    with no run above it, over a titled piece of prose (see :func:`_over_titled_piece`), is
    that piece's byline: the two are one unit, opened by the byline."""
    i = 0
    while i + 1 < len(units):
        unit, below = units[i], units[i + 1]
        if unit.opener == "byline" and not gaps[i] and all(b.kind == "byline" for b in unit.blocks) \
                and len(gaps[i + 1]) == 1 and below.opener == "text" and below.blocks \
                and _over_titled_piece(gaps[i + 1][0], below.blocks[0]):
            below.blocks[:0] = unit.blocks
            below.opener = "byline"
            del units[i], gaps[i]
            continue
        i += 1


def _opening_goes_on(current: Unit, block: Block) -> bool:
    """A byline or dispatch that goes on the piece above instead of opening one, because
    that piece so far is only its opening: an editor's note (编者按：… / □ 张文博 / body)
    or its byline (□本报记者 X / 本报讯 …)."""
    if block.kind not in ("byline", "dispatch") or not current.blocks:
        return False
    if all(b.kind == "text" and _EDITOR_NOTE.match(b.text) for b in current.blocks):
        return True
    return block.kind == "dispatch" and current.opener == "byline" and all(b.kind == "byline" for b in current.blocks)


# The number of one picture of a group (①松花江畔…, ②…): its caption.
_PICTURE_NUMBER = re.compile(r"^[①-⑳]")
# An editor's note printed over a piece, before its byline (编者按：…, 【编者按】…).
_EDITOR_NOTE = re.compile(r"^[【\[]?编者按[】\]]?\s*[：:]?")


# A picture's caption set as paragraphs: each at most this long (a 消息's paragraph is longer).
CAPTION_PARAGRAPH_MAX = 60


def _caption_opened(current: Unit | None, units: list[Unit], gaps: list[list[Block]]) -> bool:
    """Whether the open unit is the first paragraph of a titled picture's caption: one short
    finished sentence under its own headline, with the caption's credit below the next."""
    return (current is not None and current.opener == "text" and units and units[-1] is current
            and len(current.blocks) == 1 and current.blocks[0].kind == "text" and bool(gaps[-2])
            and len(current.blocks[0].text) <= CAPTION_PARAGRAPH_MAX
            and P.ends_sentence(current.blocks[0].text))


def _notice_titles_after(units: list[Unit], gaps: list[list[Block]]) -> None:
    """A notice's title printed after its text and signature (…特此公告。 / 阿荣旗人民政府 /
    2023年3月10日 / 阿荣旗人民政府关于…的公告): the title opens nothing below it; it is the
    title of the notice above."""
    for k in range(len(units) - 1, 0, -1):
        unit, above = units[k], units[k - 1]
        if unit.opener == "notice" and not gaps[k] and above.opener == "text" \
                and (_notice_closed(above) or _notice_text(above) or _signature(above.blocks[-1])) \
                and (len(unit.blocks) == 1 or _not_notice_text(unit.blocks[1:])):
            above.blocks.insert(0, unit.blocks[0])
            above.opener = "notice"
            if len(unit.blocks) == 1:
                del units[k], gaps[k]
            else:
                unit.blocks, unit.opener = unit.blocks[1:], "text"


def _not_notice_text(blocks: list[Block]) -> bool:
    """Text under a notice's title that is no notice's: none of a notice's wording
    (现予以公示, 特此公告, 联系电话…) and no signature to close it — the body of the next
    piece, which the title printed after its own notice stands over."""
    return not any(_NOTICE_TEXT.search(b.text) for b in blocks[:8]) and not _signature(blocks[-1])


def _next_bullet(units: list[Unit], gaps: list[list[Block]], current: Unit, block: Block) -> bool:
    """A column that marks each brief's title with a bullet marks a headline-less brief
    with it too: a bulleted paragraph after a brief whose title was bulleted opens the
    next brief (■青州古城… / …。 / ■近日，诸城市…（通讯员 侯凤霞）)."""
    mark = block.text.lstrip()[:1]
    if mark not in P.BULLETS or not units or units[-1] is not current:
        return False
    last = current.blocks[-1].text.strip() if current.blocks else ""
    if last.startswith(mark) and re.search(r"[（(][^（）()]{2,12}[)）]$", last):
        return True     # ■…团聚。（临公宣） / ■12月11日，…: a bulleted brief closed by its credit
    if len(gaps) >= 2 and not gaps[-2] and len(units) >= 2 and current.blocks[0].text.lstrip().startswith(mark) \
            and units[-2].blocks and units[-2].blocks[0].text.lstrip().startswith(mark):
        return True     # 州内简讯 / ◆… / ◆… / ◆…: the column's bulleted briefs go on, one a paragraph
    if len(gaps) < 2 or not gaps[-2]:
        return False
    if current.blocks[0].text.lstrip().startswith(mark) and _BRIEFS_LABEL.match(squeeze(gaps[-2][-1].text)):
        return True     # 文旅快讯 / ■德化县…举行。 / ■2月14日至16日，…: each bulleted paragraph a brief
    return gaps[-2][-1].text.lstrip().startswith(mark)


# The longest brief of a column, in characters: one paragraph telling one event.
BRIEF_MAX_CHARS = 200
# How a headline-less brief opens: with its day or a word for lately (6月9日，…, 近日，…).
_BRIEF_OPENING = re.compile(r"^(?:(?:截至|截止)?\d{1,2}月\d{1,2}日|日前|近日|近期|连日来|今年以来|上周|本周"
                            r"|(?:今年|去年)?(?:\d{1,2}(?:至|—|-)\d{1,2}月|前\d{1,2}个月|[一二三四]季度|上半年|前三季度))")   # (今年1至2月，…)


def _brief(text: str) -> bool:
    text = _TRAILING_CREDIT.sub("", text.strip())     # (…立案查处2起。（周 玲）: the brief's credit after it)
    return len(text) <= BRIEF_MAX_CHARS and _BRIEF_OPENING.match(text) is not None and P.ends_sentence(text)


_TRAILING_CREDIT = re.compile(r"[（(][^（）()]{2,12}[)）]$")


def _next_brief(units: list[Unit], gaps: list[list[Block]], current: Unit, block: Block) -> bool:
    """Under a briefs label (简讯), with no bullet or credit to mark them, each paragraph that
    opens with its day (6月9日，… / 6月10日，…) and tells its event in one paragraph is a
    brief of its own."""
    if not units or units[-1] is not current or not _brief(block.text):
        return False
    j = len(units) - 1      # back over the column's briefs so far, to its label
    while j >= 0 and units[j].opener == "text" and len(units[j].blocks) == 1 and _brief(units[j].blocks[0].text):
        if gaps[j]:
            return _BRIEFS_LABEL.match(gaps[j][-1].text.strip()) is not None
        j -= 1
    return False


# The label of a column of briefs (文旅快讯, 法治简讯, 政务动态): what it heads are items, each
# its own, never the sections of the piece above it.
_BRIEFS_LABEL = re.compile(rf"^[【\[〖]?.{{0,4}}(?:{P.BRIEFS_WORDS}|动态|资讯|日历|预告)[】\]〗]?$")   # (周末文化日历: dated entries)


def _jumped_away(unit: Unit) -> bool:
    """The piece goes on on another page (…意见建议3（下转第四版）): the text below it on this
    page is another piece's."""
    if unit.opener not in ("dispatch", "text", "byline") or not unit.blocks:
        return False
    m = P.JUMP_TO.search(unit.blocks[-1].text.rstrip())
    return m is not None and m.end() >= len(unit.blocks[-1].text.rstrip()) - 1


def _credited_close(unit: Unit) -> bool:
    """The piece ends with its writers' names in brackets after its last sentence
    (…现场达成就业意向460人。（冉晓丽））: a brief is over, the text below opens the next
    one (简讯 columns print headline-less briefs one after another)."""
    if unit.opener not in ("dispatch", "text") or not unit.blocks or unit.blocks[-1].kind not in ("text", "dispatch"):
        return False
    text = unit.blocks[-1].text.rstrip()
    m = re.search(r"[（(]([^（）()]{2,20})[)）]$", text)
    if m is not None and m.start() == 0 and len(unit.blocks) >= 2 and P.ends_sentence(unit.blocks[-2].text):
        return _credited_names(m.group(0))      # …建言献策。 / （张　雯）: the credit set on a line of its own
    return m is not None and _closing_credit(text) and (_credited_names(m.group(0)) or _PEN_NAME.fullmatch(m.group(1)) is not None
                                                        or _credited_unit(m.group(1)))


# The longest body's name that closes a brief as its credit.
CREDIT_UNIT_MAX = 10


def _credited_unit(text: str) -> bool:
    """A body's name as a brief's credit (…代缴养老保险费1186万元。（县人社局）): the office
    that sent it in, as a writer's name would be."""
    return len(text) <= CREDIT_UNIT_MAX and is_unit_name(text)


def _name_signed_close(unit: Unit) -> bool:
    """The piece ends on its writer's name alone on a line under its last sentence (…更安心。
    / 马　骏): a signed commentary or essay is over, the text below opens the next one (a
    快评 column prints its pieces one after another, some titled only after their bodies)."""
    if unit.opener not in ("text", "byline") or len(unit.blocks) < 2:
        return False
    last, before = unit.blocks[-1], unit.blocks[-2]
    return last.kind == "byline" and len(last.lines) == 1 and before.kind == "text" \
        and P.ends_sentence(before.text) and _LONE_NAME.match(squeeze(last.text)) is not None   # (马　骏, 杨晓梅)


# An office's pen name a brief is credited to (永宣, 桂法宣, 临公宣: the 宣传 desk of a county,
# a court, a police bureau).
_PEN_NAME = re.compile(r"[\u4e00-\u9fff]{1,4}宣")


def _photo_host(units: list[Unit], gaps: list[list[Block]]) -> int | None:
    """The piece a run of pictures at the end of ``units`` is set into: the unit before
    the run, when no headline stands between it, the pictures and what follows (a second
    caption under the first: 假期期间… 摄 / 游客在… 摄 / the paragraph goes on)."""
    k = len(units) - 1
    while k >= 0 and units[k].opener == "photo":
        if gaps[k + 1]:
            return None
        k -= 1
    if k < 0 or k == len(units) - 1 or gaps[k + 1] or units[k].opener not in ("dispatch", "byline", "text"):
        return None
    return k


def _title_line(block: Block) -> bool:
    """One short line that ends no sentence and has no sentence mark: a title."""
    text = block.text.strip()
    return block.kind == "text" and len(block.lines) == 1 and 2 <= len(text) <= 30 \
        and not P.ends_sentence(text) and not re.search(r"[，。；：,;:]", text)


_SIGNATURE = re.compile(r"^(?:联系人|联系电话|电\s*话|地\s*址|邮\s*箱|传\s*真|邮\s*编|网\s*址)\s*[:：]"
                        rf"|^(?:\d{{4}}\s*年\s*)?\d{{1,2}}\s*月\s*\d{{1,2}}\s*日$|^{P.CN_DATE}$"
                        # who answers for the notice, by name alone (清算组负责人：于海涛)
                        r"|^[\u4e00-\u9fff]{0,8}负责人\s*[:：]\s*[\u4e00-\u9fff]{2,4}(?:$|[\s\u3000]+(?:联系)?电\s*话\s*[:：])")


# An entry of a notice's list: a name (and 女 or 男), a space, where the person works.
_LIST_ENTRY = re.compile(r"^(?:\d{1,3}[.、．]\s*)?[\u4e00-\u9fff]{2,4}(?:[（(][男女][)）])?[\s\u3000]+"
                         r"[\u4e00-\u9fff（）()、][\u4e00-\u9fff（）()、\s\u3000]{3,}$")   # 1.李二虎 原平凤秧歌 原平市
# A labelled line of a notice's text (公示时间：…, 报名地点：…, 举报电话：…).
_LABELLED_LINE = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:]\s*\S")


def _signature(block: Block) -> bool:
    """Lines that close a notice: contact lines, the signing body, the date."""
    return any(_SIGNATURE.match(line.text) or P.CONTACT_LINE.match(line.text) for line in block.lines)


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{3,}")


def _trigrams(text: str) -> set[str]:
    """Runs of three hanzi (dates and numbers say nothing about what a picture shows)."""
    return {run[i:i + 3] for run in _HAN_RUN.findall(text) for i in range(len(run) - 2)}


# A caption belongs to the piece around it when it shares this many 3-character runs with
# it (place and body names: 彰明镇太白村), or its photographer wrote the piece.
RELATED_MIN_TRIGRAMS = 3


def related(photo: Unit, piece: Unit) -> bool:
    """Is a picture between two paragraphs of ``piece`` about it?"""
    caption = re.sub(r"(?<=[\u4e00-\u9fff])\s(?=[\u4e00-\u9fff])", "", "".join(b.text for b in photo.blocks))
    body = "".join(b.text for b in piece.blocks[:3])
    day = _DAY_FIRST.match(caption)
    if day is not None and squeeze(day.group()) in squeeze(body[:120]) \
            and len(re.findall(r"[。！？]", P.CAPTION_WITH_CREDIT.sub(r"\1", caption))) <= 1:
        # 11月10日，游客在修缮一新的仁丰里游览。 under a lede of 11月10日: one sentence showing
        # the piece's day (a picture story tells more: 2月28日，游客在…。时下，…)
        return True
    credit_names = re.findall(r"([\u4e00-\u9fff]{2,4})\s*摄|图\s*[/／:：]\s*([\u4e00-\u9fff]{2,4})", caption)
    credit_names = [a or b for a, b in credit_names]
    if any(name in body[:80] for name in credit_names):
        return True
    text = P.CAPTION_WITH_CREDIT.sub(r"\1", caption)
    return len(_trigrams(text) & _trigrams(body)) >= RELATED_MIN_TRIGRAMS


_DAY_FIRST = re.compile(r"^\d{1,2}\s*月\s*\d{1,2}\s*日")
# A caption of a piece's picture is one short sentence (农机手在…翻耕土地。); a picture
# story (图片新闻) tells its news in two or more sentences (2月28日，游客在…。时下，…。).
CAPTION_MAX_CHARS = 40


def _picture_story(photo: Unit) -> bool:
    """Is a picture by a piece a picture story of its own, not the piece's? It tells its
    news at a lede's length, or opens with the day as a lede does (8月11日，茶农在…)."""
    text = "".join(b.text for b in photo.blocks if b.kind != "credit")
    m = P.caption_with_credit(text)
    text = (m.group(1) if m else text).strip()
    return bool(_DAY_FIRST.match(text)) or len(text) > CAPTION_MAX_CHARS


def _as_caption(photo: Unit) -> list[Block]:
    """A photo unit folded into the piece it illustrates: its caption block."""
    blocks = [b for b in photo.blocks if b.kind != "credit"]
    credit = next((b.text for b in photo.blocks if b.kind == "credit"), None)
    text = "".join(b.text for b in blocks)
    if credit is None:
        m = P.caption_with_credit(text)
        text, credit = (m.group(1), m.group(2)) if m else (text, None)
    lines = [line for b in photo.blocks for line in b.lines]
    return [Block("caption", lines, [(text.strip(), credit)])]


# A weather box's advice line (供暖提示：…。) is at most this long.
WEATHER_ADVICE_MAX = 60


def _trailing_readings(unit: Unit) -> list[Block]:
    """The weather readings (and the issuer's line) that close a unit's blocks."""
    k = len(unit.blocks)
    while k > 1 and (forecast_issuer(unit.blocks[k - 1].text) or _weather_line(unit.blocks[k - 1])
                     and any(P.WEATHER_DATA.search(x.text) for x in unit.blocks[k - 1].lines)):
        k -= 1
    return unit.blocks[k:]


# A row of a forecast set as a Markdown table: its head (| 日期 | 天气 | 气温 |) or a day's readings.
_WEATHER_TABLE_ROW = re.compile(r"^\|(?=.*(?:天气|气温|风力|风向|℃|多云|晴|阴|雨|雪)).*\|.*\|$")


def _weather_line(block: Block) -> bool:
    """A block of weather readings or short advice (温馨提示：…。); the box ends at the
    first line that is neither — nor a caption with its picture's credit (9月6日，…参观。 通讯员 刘莹 摄)."""
    if block.kind == "text" and P.caption_with_credit(block.text):
        return False
    if len(block.text) <= WEATHER_ADVICE_MAX and P.ends_sentence(block.text) and _LABEL_COLON.search(block.text[:8]):
        return True      # 供暖提示：…。 (a column may wrap it)
    if _WEATHER_TABLE_ROW.match(block.lines[0].text.strip()) \
            and all(_WEATHER_TABLE_ROW.match(line.text.strip())
                    or len(line.text) <= WEATHER_ADVICE_MAX and P.ends_sentence(line.text) for line in block.lines):
        return True      # | 日期 | 天气 | 气温 | 风力 |: a Markdown table of the forecast, its head or a row
    first = block.lines[0].text
    if (P.WEATHER_DATA.search(first) or P.WEATHER_HEAD.match(first) or _box_reading(first)) \
            and all(len(line.text) <= 10 for line in block.lines[1:]):
        return True      # a reading and the tail the column wrapped (…首要污染物：P / M2.5)
    return all(P.WEATHER_DATA.search(line.text) or P.weather_head(line.text) or _PLACE_READINGS.match(line.text)
               or _box_reading(line.text)
               or _INDEX_READING.match(line.text) or _PANEL_LED.match(line.text) or _ADVICE_LABEL.match(line.text)
               or _DAY_LABEL.match(line.text) or len(line.text) <= 16 and _WEATHER_ADVICE.search(line.text)
               or (len(line.text) <= WEATHER_ADVICE_MAX and P.ends_sentence(line.text))
               for line in block.lines)


# The colon after a label, full-width or as a converter spelled it (生活提示: …).
_LABEL_COLON = re.compile(r"[：:]")
# A line led by a panel's name and a colon (生活指数：穿衣指数 寒冷，…；晨练指数 较不宜。).
_PANEL_LED = re.compile(r"^(?:生活|气象|健康|穿衣|晨练|紫外线|感冒|洗车|晾晒|旅游|交通|空气污染扩散)指数[：:]|^空气质量[：:]"
                        r"|^[\u4e00-\u9fff]{0,6}(?:火险|预警|污染)(?:气象)?等级[：:]")   # 森林火险(气象)等级：四级
# A day's panel label alone on its line, its readings below (今天 / 阴天间多云 13℃~19℃).
# A line of places' temperatures (景洪 21℃～35℃ 勐海 16℃～29℃ 勐腊 20℃～34℃).
_PLACE_READINGS = re.compile(rf"^(?:[\u4e00-\u9fff]{{2,6}}[\s\u3000]*{P.TEMPERATURE_RANGE}[\s\u3000]*)+$")
_DAY_LABEL = re.compile(r"^(?:今天|明天|后天|今日|明日|今晚|今夜)(?:白天|夜间|夜里)?$"
                        r"|^\d{1,2}月\d{1,2}日(?:[（(]?(?:星期|周)[一二三四五六日天][)）]?)?"
                        r"(?:[\s\u3000]+农历[\u4e00-\u9fff]{2,6})?(?:[\s\u3000]+[\u4e00-\u9fff]{2})?$")   # or its date (天气预报 / 8月3日; 3月20日 农历二月初二 春分)
# A short line of a box's advice (早晚较凉,注意添衣, 外出请带好雨具).
_WEATHER_ADVICE = re.compile(r"添衣|保暖|防寒|防暑|防晒|带伞|雨具|路面结冰|路滑|注意防范|减速慢行")
# The label of a box's advice panel on a line of its own (出行提示, 生活提示, 温馨提示).
_ADVICE_LABEL = re.compile(r"^[【\[]?[\u4e00-\u9fff]{0,4}(?:提示|建议|须知|贴士)[】\]]?$")
# A reading of a box's index panel, a short label and its grade (赏花：适宜, 晾晒：较适宜).
_INDEX_READING = re.compile(r"^[\u4e00-\u9fff]{1,4}\s*[：:]\s*[\u4e00-\u9fff]{1,6}$")


def _listing_box(unit: Unit) -> bool:
    """A box of entries, one a line (an agenda, a timetable, results): a body may sign it."""
    lines = [line.text for b in unit.blocks for line in b.lines]
    return unit.opener == "text" and len(lines) >= 2 and all(listing_entry(x) or agenda_line(x) for x in lines)


def _signing_unit(block: Block) -> bool:
    """The body that signs a notice: a short line or two of unit names (沭阳县公安局交通警察大队)."""
    return len(block.lines) <= 3 and all(is_unit_name(part) for line in block.lines
                                         for part in line.text.split() if part)


def _notice_closed(unit: Unit) -> bool:
    return any(P.closes_notice(b.last) for b in unit.blocks)


def _notice_signing(unit: Unit) -> bool:
    """A notice at its close: after 特此公告, or after its contact lines (联系人：… /
    联系电话：…), which come last in its text — the signing body and date follow."""
    return _notice_closed(unit) or _signature(unit.blocks[-1])


# Blocks that open no body under a byline above them: a byline there signs the piece
# above (■ 评论员 赵博文 under a commentary, then the weather box).
_NO_BODY = ("head", "weather", "notice", "dispatch", "byline")


def _credited_above(unit: Unit, block: Block) -> bool:
    """The piece above opened on its own credit (□ 本报记者 包红梅, 本报讯（记者 X）) naming
    no one of this reporter's line: a piece is credited once, so the line opens the piece
    below (a page that prints titles after bodies sets it right under the body above)."""
    if unit.opener not in ("byline", "dispatch") or not unit.blocks or unit.blocks[0].kind != unit.opener:
        return False
    names = [n for n in re.split(r"[\s、，,]+", re.sub(P.ROLE_WORDS, " ", block.text)) if 2 <= len(n) <= 4]
    return bool(names) and not any(n in unit.blocks[0].text[:60] for n in names)


def _signs_piece_above(block: Block, nxt: Block | None, above: Unit, headed: bool,
                       after: Block | None = None) -> bool:
    """Whether a byline block signs the piece above it rather than opening the next: a
    name with no role marker (张三, 本报记者 李四) does, unless a headline run stands
    between (``headed``) with text below; a marked byline does only when no text follows
    it (■ 评论员 X before a box); neither does when the piece above was already credited
    to others."""
    if headed and nxt is not None and nxt.kind in ("text", "head", "dispatch"):
        return False     # (食事 / 文/林小禾 / 一盅两件的早晨: a credit under a label, over its title;
                         # title / 本报记者 X / 本报讯 …: the piece's byline over its dispatch)
    signs = _lone_name(block) or not headed and (nxt is None or nxt.kind in _NO_BODY) \
        and not _over_titled_piece(nxt, after)
    # …（下转第3版） / 本报评论员 / body: the piece above goes on on another page; the name
    # over the text below opens that text
    # …欢度火把节。 / 本报记者 马一鸣 摄 / 本报记者 海来阿支 / body: a picture is credited by
    # its 摄 line; a reporter's line under it opens the text below
    pictured = above.opener == "photo" and bool(above.blocks) and above.blocks[-1].kind == "credit"
    return signs and not _credited_above(above, block) \
        and not ((_jumped_away(above) or pictured) and nxt is not None and nxt.kind == "text")


def _over_titled_piece(nxt: Block | None, after: Block | None) -> bool:
    """□ 本报评论员 / 让“老小区”过上“新日子” / 秋风送爽，…: a marked byline over a title
    with prose under it credits that piece (a box's label over it, 相关链接, is no title)."""
    from .headlines import is_section_label
    if nxt is None or nxt.kind != "head" or after is None or after.kind != "text":
        return False
    # (a label set over the title in one run, 科普小课堂 / 遥感卫星是怎样“看”地球的？, is no title either:
    # the name signs the piece above, and the label heads the box below)
    return not any(P.SIDEBAR_LABEL.match(t) or is_section_label(t) for t in (nxt.text.strip(), nxt.lines[0].text.strip()))


def _credited_host_goes_on(units: list[Unit], gaps: list[list[Block]], block: Block, nxt: Block | None) -> bool:
    """A reporter's line between two stretches of text, under a piece credited at its head
    to others and gone on under its subheads (□ 本报记者 甲 / … / 小标题 / … / 本报记者 乙 /
    text): a piece is credited once, so the line opens the piece below it (a page that
    prints titles after bodies sets the next piece's byline right under the body above)."""
    if nxt is None or nxt.kind != "text":
        return False
    k = len(units) - 1
    while k > 0 and units[k].opener == "text" and gaps[k]:
        k -= 1      # back over the sections under the runs that may be the piece's subheads
    return k < len(units) - 1 and _credited_above(units[k], block)


def _blanks_part_pieces(blocks: list[Block]) -> bool:
    """A page that sets blank lines seldom (before a third of its blocks at most) sets them
    between pieces."""
    return sum(b.lines[0].blank_before > 0 for b in blocks) <= len(blocks) / 3


def _set_apart_above(block: Block, nxt: Block | None) -> bool:
    """A byline set apart from the text above it by a blank line and set close on the text
    below: on a page whose blank lines part its pieces, it heads the piece below."""
    return nxt is not None and nxt.kind == "text" and block.lines[0].blank_before > 0 \
        and nxt.lines[0].blank_before == 0


def _lone_name(block: Block) -> bool:
    return not P.BYLINE_LINE.match(block.text)


def _first_signed_section(units: list[Unit], gaps: list[list[Block]], i: int, x, run: list[str]) -> bool:
    """The first section of a composite piece whose opening is signed: the model reads its
    head as a subhead, and the next section is headed alike — not by a writer's name under
    a title (珍惜资源 / 南妮: an essay's title and writer)."""
    nxt = [line.text for b in gaps[i + 1] for line in b.lines] if i + 1 < len(gaps) else []
    return is_subhead(x) and bool(nxt) and parallel(run, nxt) and signed_off(units[i - 1]) \
        and not _LONE_NAME.match(run[-1].strip())


def _piece_gap(blocks: list[Block]) -> int | None:
    """The blank lines a page sets between pieces, when it sets more there than between
    paragraphs (an e-paper's text keeps the extra space above an article): the paragraph
    gap is the page's common gap, and a wider one must recur, and stay the exception."""
    gaps = Counter(b.lines[0].blank_before for b in blocks[1:])
    if not gaps:
        return None
    common, n = gaps.most_common(1)[0]
    wider = sum(c for g, c in gaps.items() if g > common)
    return common + 1 if 2 <= wider <= n / 3 else None


def merge_subheads(units: list[Unit], gaps: list[list[Block]], piece_gap: int | None = None) -> None:
    """2. In-body subheads (小标题): a headline run between two stretches of body, with no
    dispatch or byline opening the stretch below it, is weighed by the subhead model
    (:mod:`.subheads`: its shape, the piece above, the section below, the cohesion of the
    text either side, its neighbours' shapes). A run judged a subhead becomes a paragraph
    of the piece above, and the section below joins that piece."""
    i = 1
    subheaded = False
    subs: list[list[str]] = []      # the printed lines of the runs read as subheads of the piece above
    while i < len(units):
        run = [line.text for b in gaps[i] for line in b.lines]
        if subheaded and units[i].opener == "photo" and i + 1 < len(units) and not gaps[i + 1] \
                and units[i + 1].opener == "text" and len(run) == 1 and not units[i].label \
                and any(len(sub) == 1 and same_shape(sub[0], run[0]) for sub in subs):
            # 乡贤“请”回来 / … / 游客“留”下来 / caption 供图 / 走进仓东村，…: a subhead shaped like the
            # piece's others over a picture of the piece, the section going on below it
            host = units[i - 1]
            host.blocks.extend(_as_body(gaps[i]))
            host.blocks.extend(_as_caption(units[i]))
            host.blocks.extend(units[i + 1].blocks)
            subs.append(run)
            del units[i:i + 2], gaps[i:i + 2]
            continue
        below = [line.text for b in gaps[i + 1] for line in b.lines] if i + 1 < len(units) else []
        if subheaded and units[i].opener == "photo" and not run and not units[i].label \
                and units[i + 1:i + 2] and units[i + 1].opener == "text" and len(below) == 1 \
                and (any(len(sub) == 1 and same_shape(sub[0], below[0]) for sub in subs)
                     or _subhead_past_picture(units, gaps, i, subs)):
            # 镜泊湖：冰瀑奇观引客来 / … / caption 摄 / 雪乡：童话世界人气旺 / …: a picture of the
            # piece under one of its sections, over a subhead shaped like the piece's others
            host = units[i - 1]
            host.blocks.extend(_as_caption(units[i]))
            host.blocks.extend(_as_body(gaps[i + 1]))
            host.blocks.extend(units[i + 1].blocks)
            subs.append(below)
            del units[i:i + 2], gaps[i:i + 2]
            continue
        if _host_subhead_after_sidebar(units, gaps, i):
            subheaded, subs = False, []
            i += 1
            continue    # the subhead of the piece before the sidebar (see return_to_host), not the sidebar's
        x = gap_features(units, gaps, i, subheaded) if not units[i].label else None   # a labelled column opens its own piece
        # the signed sections of one composite piece (组合报道) are headed alike, line for line,
        # like one of the piece's subheads
        run = [line.text for b in gaps[i] for line in b.lines]
        composite = x is not None and (subheaded and any(parallel(sub, run) for sub in subs)
                                       or _first_signed_section(units, gaps, i, x, run))
        if x is None or not (composite or is_subhead(x)) or _heads_own_piece(units, gaps, i, composite, piece_gap):
            if _goes_on_past_picture(units, gaps, i) and _subheaded_below(units, gaps, i) \
                    and not _jumps_between(units[i - 2], units[i]) \
                    and not _heads_own_piece(units, gaps, i, False, piece_gap) \
                    and not _heads_own_piece(units, gaps, i + 1, False, piece_gap):
                # headline / lede / picture / 小标题 / … / 小标题 / …: the piece above the
                # picture goes on under its first subhead (a piece is not printed headless)
                host = units[i - 2]
                host.blocks.extend(_as_caption(units[i - 1]))
                host.blocks.extend(_as_body(gaps[i]))
                host.blocks.extend(units[i].blocks)
                host.subheads = True
                subheaded, subs = True, [run]
                del units[i - 1:i + 1], gaps[i - 1:i + 1]
                i -= 1
                continue
            if x is not None and _opens_headless_piece(units, gaps, i) \
                    and not _heads_own_piece(units, gaps, i + 1, False, piece_gap):
                # the first subhead of a piece printed without a headline: it looks like
                # the subheads that follow it, and is a paragraph of the new piece
                units[i].blocks[:0] = _as_body(gaps[i])
                units[i].subheads = True
                gaps[i] = []
                subheaded = True
            else:
                subheaded = False
            subs = [run] if subheaded else []
            i += 1
            continue
        host = units[i - 1]
        subs.append(run)
        if composite and signed_off(host):
            _unsign(host)
        host.blocks.extend(_as_body(gaps[i]))
        host.blocks.extend(units[i].blocks)
        host.subheads = True
        subheaded = True
        del units[i]
        del gaps[i]


_NOTICE_TEXT = re.compile(r"现(?:将|予以)|特此(?:公告|通知|公示|声明)|予以公示|如下[：:]|联系电话|咨询电话|报名时间|公示(?:期|时间)")


def _notice_text(unit: Unit) -> bool:
    """A unit whose text reads as a notice's (现将…公告如下, 特此公告, 咨询电话…)."""
    return unit.opener == "text" and any(_NOTICE_TEXT.search(b.text) for b in unit.blocks[:8])


def _subhead_past_picture(units: list[Unit], gaps: list[list[Block]], i: int, subs: list[list[str]]) -> bool:
    """The one-line run under the picture ``units[i]`` is weighed by the subhead model as a
    subhead of the subheaded piece above the picture (江边的“活地图”成了“老师傅” under a
    profile's picture, after its subhead 一张巡边图，画了三十年)."""
    host, section = units[i - 1], units[i + 1]
    if host.opener not in ("text", "byline", "dispatch") or _heads_own_piece(units, gaps, i + 1, False, None):
        return False
    below = [line.text for b in gaps[i + 1] for line in b.lines]
    after = [line.text for b in gaps[i + 2] for line in b.lines] if i + 2 < len(gaps) and gaps[i + 2] else None
    x = features(below, host.opener, True, "".join(b.text for b in host.blocks), [b.text for b in section.blocks],
                 subs[-1] if subs else None, after)
    return is_subhead(x)


def _goes_on_past_picture(units: list[Unit], gaps: list[list[Block]], i: int) -> bool:
    """The unit above the run is a picture printed with no headline of its own, under a
    headlined piece that has not closed on its writer's line: a subhead below the picture
    may go on with that piece."""
    return i >= 2 and units[i].opener == "text" and not units[i].label and bool(gaps[i]) \
        and units[i - 1].opener == "photo" and not gaps[i - 1] and not units[i - 1].label \
        and bool(gaps[i - 2]) and units[i - 2].opener != "photo" and not units[i - 2].label \
        and units[i - 2].opener not in _SELF_HEADED and not units[i - 2].subheads \
        and not signed_off(units[i - 2]) and not _credited_close(units[i - 2])


def _subheaded_below(units: list[Unit], gaps: list[list[Block]], i: int) -> bool:
    """The section under the run ``gaps[i]`` is followed by a run of one line that the
    model reads as a subhead of a subheaded piece: the sections are one piece's."""
    if i + 1 >= len(units) or len(gaps[i]) != 1 or len(gaps[i][0].lines) != 1 \
            or len(gaps[i + 1]) != 1 or len(gaps[i + 1][0].lines) != 1:
        return False
    nxt = gap_features(units, gaps, i + 1, True)
    return nxt is not None and is_subhead(nxt)


def _opens_headless_piece(units: list[Unit], gaps: list[list[Block]], i: int) -> bool:
    """Whether the run before ``units[i]`` (judged no subhead of the piece above) is the
    first subhead of a piece with no headline: one line, shaped like the next run, which
    the model reads as a subhead of this section."""
    if i + 1 >= len(units) or not gaps[i + 1] or len(gaps[i]) != 1 or len(gaps[i][0].lines) != 1:
        return False
    nxt = gap_features(units, gaps, i + 1, True)
    if nxt is None or not is_subhead(nxt):
        return False
    a, b = gaps[i][0].text.strip(), " ".join(line.text for blk in gaps[i + 1] for line in blk.lines).strip()
    return same_shape(a, b) and len(gaps[i + 1]) == 1


def _heads_own_piece(units: list[Unit], gaps: list[list[Block]], i: int, composite: bool,
                     piece_gap: int | None = None) -> bool:
    """Conventions under which the run ``gaps[i]`` heads a piece of its own, whatever the
    subhead model weighs."""
    # (a blank line the picture printed last above the run stood around it, not between pieces)
    last = units[i - 1].blocks[-1] if units[i - 1].blocks else None
    pictured_above = last is not None and bool(last.captions) \
        and gaps[i][0].lines[0].index - last.lines[-1].index >= 2     # (the lifted caption's line stood between)
    return (piece_gap is not None and gaps[i][0].lines[0].blank_before >= piece_gap and not pictured_above   # set off as pieces are
            or signed_by_another(units, i)        # the section closes with another writer's credit
            or ranks_as_title(gaps, i)         # a Markdown heading as high as the piece's title
            or signed_off(units[i - 1]) and not composite   # the piece above closed on its reporter's line
            or _credited_close(units[i - 1]) and not composite   # … or on its writers' names in brackets
            or _closes_on_affiliation(units[i - 1])   # …（作者系…党校副教授）: a signed article is over
            or bool(units[i - 1].blocks) and _BARE_DATE_LINE.match(units[i - 1].blocks[-1].text.strip()) is not None
            and _signature(units[i - 1].blocks[-1])   # …反诈中心 / 2021年4月15日: a signed, dated text is over
            or any(line.set_across for b in gaps[i] for line in b.lines)   # subheads sit inside their column
            or _jumps_between(units[i - 1], units[i])   # a piece continued elsewhere is nobody's section
            or _bulleted_like_host_title(units, gaps, i)   # ■ 标题 / 诉求… / ■ 标题: a column's entries
            or _quoted_speakers(units[i - 1], units[i])   # 代表委员说: each deputy's quote under its own title
            or _BRIEFS_LABEL.match(squeeze(gaps[i][0].lines[0].text)) is not None   # 文旅快讯 (/ 综合)
            # 【回音壁】 / 陬市镇…: a column's tag in brackets over a title marks an entry of the
            # column, and no piece sets its subheads under a column's tag
            or len(gaps[i][0].lines) == 1 and _column_label_over_title(gaps[i])   # 医保小课堂 (/ title): a column's own entry
            or len(gaps[i]) > 1 and _BRACKETED_LABEL.match(gaps[i][0].text.strip()) is not None
            and not _box_label(gaps[i][0].text.strip())   # (a box beside the piece reads as boxes do)
            or P.SIDEBAR_LABEL.match(gaps[i][0].text.strip()) is not None   # 相关链接: a sidebar is its own piece
            or _sidebar_labelled_below(units, gaps, i)
            or any(line.titled for b in gaps[i] for line in b.lines)   # the page's own list of titles names it
            # 名词解释 alone over its terms: a glossary box is no section (one titled under its
            # label reads as boxes do)
            or len(gaps[i]) == 1 and _GLOSSARY_LABEL.match(gaps[i][0].text.strip()) is not None)


def _sidebar_labelled_below(units: list[Unit], gaps: list[list[Block]], i: int) -> bool:
    """On a page that prints titles after bodies, the section under the run is a sidebar
    whose label (记者手记, 相关链接) is printed after it: a sidebar is its own piece, so the
    run above it closes the piece before (… / 乡村课堂连上了“城里老师” / 采访中，… / 记者手记)."""
    below = gaps[i + 1] if i + 1 < len(gaps) else []
    return len(below) == 1 and P.SIDEBAR_LABEL.match(below[0].text.strip()) is not None \
        and headline_convention(units, gaps)


def _column_label_over_title(run: list[Block]) -> bool:
    """A run that opens on a column's label (医保小课堂, 县域快讯), over a title or alone: the
    label heads an entry of its column, which is no piece's subhead."""
    from .headlines import is_column_label
    first = run[0].lines[0].text.strip()
    return is_column_label(first) and not _box_label(first)


def _box_label(text: str) -> bool:
    """A sidebar's or a glossary box's label (记者手记, 【名词解释】): a box beside a piece."""
    return P.SIDEBAR_LABEL.match(text) is not None or _GLOSSARY_LABEL.match(text) is not None


# The label of a box of terms explained (名词解释, 【名词链接】): a box beside a piece, never a section of it.
_GLOSSARY_LABEL = re.compile(rf"^[【\[]?(?:{P.GLOSSARY_WORDS})[】\]]?$")


# A quote that opens on who speaks, a deputy or member with their posts (县人大代表、东山村党支部
# 书记刘凤山：…): a column of such quotes (代表委员说, 两会声音) titles each one.
_SPEAKER_ENTRY = re.compile(rf"^{P.DELEGATE}[、，][^，。；：:]{{2,40}}[：:]")


def _quoted_speakers(host: Unit, unit: Unit) -> bool:
    """The piece above and the section below each open on a deputy's quote: entries of a
    column of quotes, each a piece of its own, not one piece's sections."""
    return bool(host.blocks and unit.blocks) and all(_SPEAKER_ENTRY.match(u.blocks[0].text.strip())
                                                     for u in (host, unit))


# A date alone on its line (2021年4月15日): the last line of a signed text.
_BARE_DATE_LINE = re.compile(r"^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$")


def _bulleted_like_host_title(units: list[Unit], gaps: list[list[Block]], i: int) -> bool:
    """The run opens with the bullet (■) the headline of the piece above opens with, and
    that piece has no subheads: a column of entries each headed so (热线回音 / ■ 路灯“亮”了 /
    诉求：… / ■ 楼道杂物清走了 / …). A feature's subheads follow an untagged title and
    an opening paragraph first."""
    mark = gaps[i][0].text.strip()[:1]
    return mark in P.BULLETS and bool(gaps[i - 1]) and not units[i - 1].subheads \
        and gaps[i - 1][-1].lines[-1].text.strip()[:1] == mark


def _closes_on_affiliation(unit: Unit) -> bool:
    """The piece ends with its author's affiliation in brackets (（作者系…）), which closes a
    signed article: a run below it heads the next piece."""
    return bool(unit.blocks) and bool(P.AFFILIATION.match(unit.blocks[-1].lines[-1].text.strip())
                                      or P.AFFILIATION.match(unit.blocks[-1].text.strip()))   # (wrapped over two lines)


def _unsign(host: Unit) -> None:
    """A section's signature inside a composite piece (…。 / 本报记者 赵思远 / 课后托管 / …)
    is a line of its body, not the piece's byline."""
    k = len(host.blocks)
    while host.blocks[k - 1].kind == "byline":
        k -= 1
        host.blocks[k] = Block("text", host.blocks[k].lines, host.blocks[k].captions)


def _jumps_between(host: Unit, unit: Unit) -> bool:
    """The piece above ends with a jump line (…（下转第4版）) or the section below opens
    with one (（上接第2版）…): the run between them heads a piece of its own."""
    return bool(host.blocks and P.JUMP_TO.search(host.blocks[-1].last)
                or unit.blocks and P.JUMP_FROM.match(unit.blocks[0].text))


def _as_body(run: list[Block]) -> list[Block]:
    return [Block("subhead", b.lines, b.captions) for b in run]


def headline_convention(units: list[Unit], gaps: list[list[Block]]) -> bool:
    """3a. True when this page prints headlines *after* bodies.

    Counts the dispatched items each reading would leave without a headline."""
    from .headlines import is_column_label
    # a column's label (县区简讯) over its briefs is no headline of theirs
    gaps = [[] if run and all(is_column_label(b.text) for b in run) else run for run in gaps]
    before_missing = after_missing = 0
    for i, unit in enumerate(units):
        if unit.opener not in ("dispatch", "byline") and not _credited_close(unit):
            continue     # (a piece closing on its credit, …。（记者 杜鹏）, counts as one with a byline)
        if not gaps[i]:
            before_missing += 1
        if not gaps[i + 1]:
            # the page's first item may keep the run above it at the top of the page
            if not (i == 0 and gaps[0]):
                after_missing += 1
    if units and _starts_with_body(units, gaps) and (gaps[-1] or units[0].opener in ("dispatch", "byline")):
        # a page that opens on a piece's body (and closes on a run, or the body is a
        # dispatched or bylined piece's): under the before reading its first piece has no
        # headline — a tie goes after
        before_missing += 0.5
    if after_missing == before_missing and not gaps[0] and gaps[-1] and len(units) >= 3:
        # a tie, the page opening on a body (a piece continued from another page) and closing
        # on a run: the runs' own words decide — each headline sums up its own story, so
        # count the runs whose words the piece above repeats more than the piece below
        up = down = 0
        for g in range(1, len(units)):
            if not gaps[g]:
                continue
            words = _bigrams("".join(b.text for b in gaps[g]))
            above = _coverage(words, _bigrams(_opening(units[g - 1])))
            below = _coverage(words, _bigrams(_opening(units[g])))
            up += above > below
            down += below > above
        return up > down
    return after_missing < before_missing


def _pictures_titled_below(units: list[Unit], gaps: list[list[Block]]) -> bool:
    """Whether the page prints its pictures' titles under their credits (a picture page:
    caption / 本报记者 王磊 摄 / 春运首日 旅客平安返乡 / the next caption …): more of its
    pictures lack a run above than below, two pictures at least, and the page opens on one."""
    photos = [i for i, u in enumerate(units) if u.opener == "photo"]
    if len(photos) < 2 or photos[0] != 0 or gaps[0]:
        return False
    above = sum(1 for i in photos if not gaps[i])
    below = sum(1 for i in photos if not gaps[i + 1])
    return above >= below and any(gaps[i + 1] for i in photos)


def _starts_with_body(units: list[Unit], gaps: list[list[Block]]) -> bool:
    """The page's first printed thing is a body (a column label at most above it), not a
    headline run and not a piece continued from another page."""
    from .headlines import is_column_label
    first = units[0].blocks[0] if units[0].blocks else None
    if first is None or P.JUMP_FROM.match(first.text):
        return False
    return all(is_column_label(b.text) for b in gaps[0])


# Weighing a run between two pieces (3b): the page's convention, and how much of the run's
# wording the piece's opening repeats — a headline sums up its own story (盐湖采盐忙 over
# …察尔汗盐湖，采盐船…), so where the page's convention and a run's words disagree the
# words win when they are clear. The weights are fitted on generated pages
# (``data/models/assign.json``; refit with ``python -m baoxun.assemble.segment fit``).
ASSIGN_FEATURES = ("convention", "cohesion", "unclaimed", "foot")
COHESION_CHARS = 300        # how much of a piece's opening its headline is compared with


@cache
def _assign_weights() -> tuple[float, float, float, float]:
    data = json.loads(files("baoxun").joinpath("data", "models", "assign.json").read_text(encoding="utf-8"))
    by_name = dict(zip(data["features"], data["weights"]))
    return tuple(float(by_name.get(k, 0.0)) for k in ASSIGN_FEATURES)  # type: ignore[return-value]


def _opening(unit: Unit) -> str:
    """The first ``COHESION_CHARS`` characters of a piece's body."""
    out, n = [], 0
    for b in unit.blocks:
        out.append(b.text)
        n += len(b.text)
        if n >= COHESION_CHARS:
            break
    return "".join(out)[:COHESION_CHARS]


def _coverage(head: set[str], body: set[str]) -> float:
    """Share of a run's character bigrams that a piece's opening repeats."""
    return len(head & body) / len(head) if head else 0.0


# A run set off from a piece by a gap between pieces weighs against that piece this many
# times the page's convention: the space is printed evidence, the convention a guess.
APART_COST = 2.0


def _set_apart(run: list[Block], unit: Unit, below: bool, piece_gap: int | None) -> bool:
    """Whether the page's gap between pieces stands between a headline run and a unit:
    above the run when it stands below the unit, above the unit when it stands over it."""
    if piece_gap is None:
        return False
    first = run[0] if below else (unit.blocks[0] if unit.blocks else None)
    return first is not None and first.lines[0].blank_before >= piece_gap


def _set_off(run: list[Block], unit: Unit) -> bool:
    """A run stands further below a unit than the unit's last paragraph from the one before."""
    gap = unit.blocks[-1].lines[0].blank_before if len(unit.blocks) > 1 else 1
    return run[0].lines[0].blank_before > gap


# How long a line over a notice's title may be to read as its column's label (■警方发布).
NOTICE_LABEL_MAX = 6


def assign(units: list[Unit], gaps: list[list[Block]],
           weights: tuple[float, ...] | None = None, piece_gap: int | None = None) -> Segmented:
    """3b. Give each unit its headline run: each run goes to the piece above it, the piece
    below it or neither, each piece takes one run at most, and the assignment with the
    best total score wins (a dynamic programme along the page): the page's convention
    (:func:`headline_convention`) scores each side, the run's wording against each
    piece's opening adds to it."""
    after = headline_convention(units, gaps)
    w = tuple(weights if weights is not None else _assign_weights())
    convention_w, cohesion_w, unclaimed_cost, foot_w = (w + (0.0,) * len(ASSIGN_FEATURES))[:len(ASSIGN_FEATURES)]
    if cohesion_w <= 0:
        return _assign_by_convention(units, gaps, after)
    n = len(units)
    shared = _shared_runs(units, gaps, piece_gap)

    def can_take(k: int) -> bool:
        return 0 <= k < n and units[k].opener not in _SELF_HEADED and k not in shared

    pictures_after = _pictures_titled_below(units, gaps)

    def side(k: int, below: bool) -> float:
        # photos keep the run above them whatever the page does with its stories — unless
        # the page prints its pictures' titles under their captions
        prefers_below = pictures_after if units[k].opener == "photo" else after
        return convention_w if prefers_below == below else 0.0

    run_bigrams: dict[int, set[str]] = {}
    body_bigrams: dict[int, set[str]] = {}

    def fit(bigrams: set[str], owner: int, below: bool) -> float:
        # the page's convention for this side, and how much of the piece's opening the words repeat
        if owner not in body_bigrams:
            body_bigrams[owner] = _bigrams(_opening(units[owner]))
        return side(owner, below) + cohesion_w * _coverage(bigrams, body_bigrams[owner])

    def score(g: int, owner: int) -> float:
        below = owner == g - 1          # the run stands below its piece
        if g not in run_bigrams:
            run_bigrams[g] = _bigrams("".join(b.text for b in gaps[g]))
        apart = APART_COST * convention_w if _set_apart(gaps[g], units[owner], below, piece_gap) else 0.0
        # the page's last run, nothing under it, set further from the piece above than that
        # piece's own paragraphs are, on a page that titles its pieces from above: a
        # headline the page edge cut from its body rather than the last piece's title
        foot = foot_w if below and g == n and not after and _set_off(gaps[g], units[owner]) else 0.0
        return fit(run_bigrams[g], owner, below) - apart - foot

    from .headlines import is_column_label
    labels_only = [bool(run) and all(is_column_label(b.text) for b in run) for run in gaps]
    label_last = [bool(run) and not only and is_column_label(run[-1].lines[-1].text)
                  for run, only in zip(gaps, labels_only)]
    # a run between two pieces whose upper lines speak of the piece above and lower lines of
    # the piece below holds two headlines (…绿氢项目 / 开工建设 / 一季度我市外贸… / 库尔勒香梨…):
    # it may be divided, the upper part going up and the lower down
    halves: dict[int, tuple[list[Block], list[Block]]] = {}
    glued: set[int] = set()
    for g in range(1, n):
        if gaps[g] and can_take(g - 1) and can_take(g) and not labels_only[g] and not label_last[g]:
            lines = [line for b in gaps[g] for line in b.lines]
            if len(lines) < 2 or any(is_column_label(x.text) for x in lines):
                continue     # (a column's label inside a run divides it by its own rule: _split_shared_runs)
            k = _glued_cut(lines, units[g]) if not _glued_over(gaps[g - 1], units[g - 1]) else 0
            if k:
                glued.add(g)
            elif units[g - 1].opener == "photo" or units[g].opener == "photo":
                continue     # (a picture's run divides only where the page's spacing says so)
            else:
                k = _cohesion_cut(lines, units[g - 1], units[g])
            if k and all(len(P.HAN_RE.findall("".join(x.text for x in part))) >= SPLIT_HAN_MIN
                         for part in (lines[:k], lines[k:])) \
                    and not {squeeze(x.text) for x in lines[:k]} & {squeeze(x.text) for x in lines[k:]}:
                # (a line printed on both sides of the cut is one stack's title printed twice)
                halves[g] = _cut_run(gaps[g], k)     # (not 详见A05版, a pointer: each part says something)

    def split_score(g: int) -> float:
        upper, lower = halves[g]
        # a run whose spacing parts it (glued under the piece above, a blank, glued over the
        # piece below) would span the page's gap between pieces if one piece took it whole
        spaced = APART_COST * convention_w if g in glued else 0.0
        return fit(_line_bigrams([x for b in upper for x in b.lines]), g - 1, True) \
            + fit(_line_bigrams([x for b in lower for x in b.lines]), g, False) + spaced
    # best[taken] after gap g: taken = unit g has already a run (from gap g)
    NEG = float("-inf")
    best = {False: 0.0, True: NEG}
    back: list[dict[bool, tuple[bool, str]]] = []
    for g in range(len(gaps)):
        nxt = {False: NEG, True: NEG}
        choice: dict[bool, tuple[bool, str]] = {}
        for taken, val in best.items():
            if val == NEG:
                continue
            options = []
            if not gaps[g]:
                options.append((False, "none", 0.0))
            else:
                # a column's label left unclaimed still heads the column below (see below)
                options.append((False, "none", 0.0 if labels_only[g] else -unclaimed_cost))
                if can_take(g - 1) and not taken and not labels_only[g]:
                    options.append((False, "up", score(g, g - 1)))
                if can_take(g) and not labels_only[g] and not label_last[g]:
                    # a column's label is no piece's headline: it heads the column (below);
                    # and a run over a label is not the headline of that column's first piece
                    options.append((True, "down", score(g, g)))
                if g in halves and not taken:
                    options.append((True, "split", split_score(g)))
            for now_taken, what, sc in options:
                if val + sc > nxt[now_taken]:
                    nxt[now_taken] = val + sc
                    choice[now_taken] = (taken, what)
        back.append(choice)
        best = nxt
    state = max(best, key=lambda k: best[k])
    picks = [""] * len(gaps)
    for g in range(len(gaps) - 1, -1, -1):
        prev, what = back[g][state]
        picks[g] = what
        state = prev
    claimed = [False] * len(gaps)
    for g, what in enumerate(picks):
        if what == "up":
            units[g - 1].heads = gaps[g]
            claimed[g] = True
        elif what == "down":
            units[g].heads = gaps[g]
            claimed[g] = True
        elif what == "split":
            units[g - 1].heads, units[g].heads = halves[g]
            claimed[g] = True
    for g in range(min(len(gaps), n)):
        if gaps[g] and not claimed[g] and units[g].opener == "notice" and units[g].label is None \
                and len(gaps[g]) == 1 and len(gaps[g][0].lines) == 1 \
                and (labels_only[g] or len(squeeze(P.LEADING_BULLET.sub("", gaps[g][0].text.strip()))) <= NOTICE_LABEL_MAX):
            # ◆ 市场行情 ◆ over a price table, ■警方发布 over 警情通报: a short line over a notice's
            # own title is its column's label
            line = gaps[g][0].text.strip()
            units[g].label = line if labels_only[g] else P.LEADING_BULLET.sub("", line)
            claimed[g] = True
        if gaps[g] and not claimed[g] and g < n and units[g].opener not in _SELF_HEADED and labels_only[g]:
            # 政务动态 over a piece whose title is printed after it: the column's label
            units[g].heads = gaps[g] + units[g].heads
            claimed[g] = True
    for g, what in enumerate(picks):
        if what == "none" and label_last[g] and g < n and can_take(g):
            # 项目为王强支撑… / 要闻简报 over the column: the slogan stays the page's, the
            # label heads the column below
            units[g].heads = _trailing_label(gaps[g]) + units[g].heads
        if what == "up" and g < n and can_take(g):
            label = _trailing_label(units[g - 1].heads)
            if label:
                # …的标题 / 政务动态: a column label closing a run that went to the piece
                # above (a title printed after its body) heads the column below
                units[g].heads = label + units[g].heads
    _split_shared_runs(units, gaps, picks, after)
    leftovers = [(i, g) for i, g in enumerate(gaps) if g and not claimed[i]]
    return Segmented(units, leftovers, after)


def _split_shared_runs(units: list[Unit], gaps: list[list[Block]], picks: list[str], after: bool) -> None:
    """A column's label inside a run heads the column below it, whatever the page does with
    its titles: a run that went to one of the two pieces beside it while the other has none
    holds the title of the piece above, then the label and what follows it. A byline too is
    printed under its own title: on a page that prints titles after bodies, a run over a
    byline that went to one of the two pieces beside it while the other has none holds two
    headlines — the bylined piece's title (and its ——deck) last, the piece above's before it
    (…服务圈。 / 我市今年将新建改造口袋公园42处 / 小绿地承载大民生 / □ 本报评论员)."""
    from .headlines import is_column_label
    for g, what in enumerate(picks):
        if what not in ("up", "down") or g == 0 or g >= len(units) \
                or units[g - 1].opener in _SELF_HEADED or units[g - 1].opener == "photo":
            continue
        taker, other = (units[g], units[g - 1]) if what == "down" else (units[g - 1], units[g])
        if other.heads or taker.heads is not gaps[g]:
            continue
        lines = [line for b in gaps[g] for line in b.lines]
        edges = [sum(len(b.lines) for b in gaps[g][:j]) for j in range(len(gaps[g]) + 1)]   # where each block starts
        # a column's label inside the run heads the column below: what stands above it is
        # the title of the piece above (…3000万亩以上 / 县区快讯 / 甘谷县辣椒种苗培育忙)
        k = next((j for j in range(1, len(lines) - 1) if is_column_label(lines[j].text)), 0)
        if not k and units[g].opener == "byline":
            k = len(lines)
            while k > 0 and DASH_LINE.match(lines[k - 1].text.strip()):
                k -= 1       # the bylined piece's ——deck
            if k > 1 and lines[k - 1].text.strip().endswith(("：", ":")):
                k -= 1       # its unit kicker printed after the title (…“千年窑火” / 坭兴陶艺人黄春梅：)
            k -= 1           # and its title
            s0 = max((e for e in edges[:-1] if e <= k), default=k)
            if not any(DASH_LINE.match(x.text.strip()) for x in lines[s0:k]):
                k = s0       # all of it, when the reflow wrapped it (王占林：一只滩羊 / “牧”出小康路)
            while k > 0 and is_column_label(lines[k - 1].text):
                k -= 1       # …86公里 / 晨报观点 / 海边戏水… / □ 周明: the label heads the piece below
            if not after and what == "down" and k > 0:
                # a page that titles its pieces from above: the lines over the bylined piece's
                # title are the headless piece's above only if they speak of it, and up to the
                # one blank line inside the run where there is one (…稳中有进 / (blank) /
                # 乡村振兴 池州实践 / 一片叶子… / ——…见闻 / 本报记者…)
                blanks = [j for j in range(1, len(lines)) if lines[j].blank_before]
                if len(blanks) == 1 and blanks[0] < k:
                    k = blanks[0]
                if not _speaks_of_above(lines[:k], units[g - 1], units[g]):
                    k = 0
        if k < 1:
            k = _cohesion_cut(lines, units[g - 1], units[g])
        if k < 1:
            continue
        units[g - 1].heads, units[g].heads = _cut_run(gaps[g], k)


def _speaks_of_above(lines: list, above: Unit, below: Unit) -> bool:
    """Whether lines of a run repeat the opening of the piece above more than that of the
    piece below (陆屋镇搭建电商平台 / 助果农拓宽销路 over …走进陆屋镇农村电商服务中心…)."""
    head = _line_bigrams(lines)
    a, b = _coverage(head, _bigrams(_opening(above))), _coverage(head, _bigrams(_opening(below)))
    return a >= SHARED_COVER_MIN / 2 and a > b


# The fewest hanzi each part of a divided run holds: a headline says something.
SPLIT_HAN_MIN = 4


def _cut_run(run: list[Block], k: int) -> tuple[list[Block], list[Block]]:
    """A run's blocks divided before its ``k``-th line: where the cut falls between blocks
    they stay as the reflow built them, a block the cut falls inside is divided."""
    lines = [line for b in run for line in b.lines]
    edges = [sum(len(b.lines) for b in run[:j]) for j in range(len(run) + 1)]
    if k in edges:
        j = edges.index(k)
        return run[:j], run[j:]
    kind = run[0].kind
    return [Block(kind, lines[:k])], [Block(kind, lines[k:])]


def _glued_cut(lines: list, below: Unit) -> int:
    """Where the page's spacing divides a run between two pieces: the run's first line set
    close under the piece above, one blank line inside it, and its last line set close over
    the piece below (…游览。 / 通讯员 刘振东 摄 / 老街焕新颜 / (blank) / 樱桃红了 / 近日，…):
    a title printed under its picture, and the next one's over its text; 0 for none."""
    blanks = [j for j in range(1, len(lines)) if lines[j].blank_before]
    first = below.blocks[0].lines[0] if below.blocks else None
    if len(blanks) != 1 or lines[0].blank_before or first is None or first.blank_before:
        return 0
    return blanks[0]


def _glued_over(run: list[Block], unit: Unit) -> bool:
    """Whether a run stands over a unit with no blank line between: its headline, set close."""
    return bool(run) and bool(unit.blocks) and not unit.blocks[0].lines[0].blank_before


def _line_bigrams(lines: list) -> set[str]:
    """The character bigrams of printed lines read as one text."""
    return _bigrams("".join(x.text for x in lines))


def _cohesion_cut(lines: list, above: Unit, below: Unit) -> int:
    """Where a run between two pieces divides into the title of the piece above (printed
    after its body) and that of the piece below, by what each part's words repeat of each
    piece's opening (…签约。 / 市政府与某设计院签约 / 郭振宇会见… / 夏茶采制
    正当时 / 西乡县： / 本报讯…西乡县…夏茶…): the line before which the upper part speaks of the
    piece above and the lower of the piece below, each more than of the other; 0 for none."""
    a, b = _bigrams(_opening(above)), _bigrams(_opening(below))
    # where the run's widest blank stands (…召开 / (two blanks) / 石门县 …, one blank above
    # it), the layout already divides it: half the words' evidence will do there
    gaps = [line.blank_before for line in lines]
    widest = max(range(1, len(lines)), key=gaps.__getitem__, default=0)
    apart = widest if gaps[widest] >= 1 and gaps[widest] > gaps[0] and gaps.count(gaps[widest]) == 1 else 0
    best, cut = (False, 0), 0
    for k in range(1, len(lines)):
        top, low = _line_bigrams(lines[:k]), _line_bigrams(lines[k:])
        ta, tb, la, lb = _coverage(top, a), _coverage(top, b), _coverage(low, a), _coverage(low, b)
        shared = len(top & a) + len(low & b) - len(top & b) - len(low & a)    # bigrams each part repeats
        least = SHARED_COVER_MIN / 2 if k == apart else SHARED_COVER_MIN
        # each part repeats its piece's words; where a blank line inside the run stands at
        # the cut, one part may do so at half the bar when the other makes up for it (a
        # title's words need not all recur in the opening); a cut where both clear it goes first
        if not (min(ta, lb) >= least / 2 and ta + lb >= CUT_COVER_SUM * least and ta > tb and lb > la):
            continue
        strict = min(ta, lb) >= least
        if not strict and not lines[k].blank_before:
            continue    # (the relaxed bar only where a blank line inside the run stands at the cut)
        rank = (strict, shared)
        if rank > best or k == apart:
            best, cut = rank, k
            if k == apart:
                break       # where the layout divides the run, the words need only agree
    return cut


def blanks_everywhere(blocks: list[Block]) -> bool:
    """Whether half the blocks or more stand after a blank line: then a blank line sets
    nothing apart (a dump that double-spaces its lines)."""
    return 2 * sum(1 for b in blocks if b.lines[0].blank_before) >= len(blocks)


def _shared_runs(units: list[Unit], gaps: list[list[Block]], piece_gap: int | None) -> set[int]:
    """A run between a piece and a picture below it, cut by the page's gap between
    pieces, holds two headlines: the picture's below the gap (…防火应急演练 / (blank) /
    春耕备耕正当时 / the caption), and above it the title of the piece above (a title
    printed after its body) or of none. The picture takes its part now; the rest stays
    in the run for the assignment. Returns the units so headed."""
    out: set[int] = set()
    if piece_gap is None:
        # no wider gap between pieces: a blank line sets things apart when the page does
        # not put one everywhere
        if blanks_everywhere([b for u, run in zip(units, gaps) for b in run + u.blocks]):
            return out
        piece_gap = 1
    for g in range(1, len(units)):
        run, above = gaps[g], units[g - 1]
        if units[g].opener != "photo" or above.opener in _SELF_HEADED or above.opener == "photo" \
                or len(run) < 2:
            continue
        cut = next((k for k in range(len(run) - 1, 0, -1) if run[k].lines[0].blank_before >= piece_gap), None)
        if cut is None:
            continue
        units[g].heads = run[cut:]
        gaps[g] = run[:cut]
        out.add(g)
    for g in range(1, len(units)):
        if g in out or units[g].opener != "photo" or gaps[g - 1] or units[g - 1].opener not in ("dispatch", "byline", "text"):
            continue
        lines = [line for b in gaps[g] for line in b.lines]
        if len(lines) < 2 or not all(len(b.lines) == 1 for b in gaps[g]):
            continue
        # …确保颗粒归仓。 / 全国麦收进度过半 / 匠心制壶 / the caption: with no gap to cut at, a
        # headless piece above a titled picture takes the lines of the run that speak of
        # it — its title printed after its body — and the picture the rest
        above, below = _bigrams(_opening(units[g - 1])), _bigrams(_opening(units[g]))
        head, rest = _line_bigrams(lines[:1]), _line_bigrams(lines[1:])
        if _coverage(head, above) >= SHARED_COVER_MIN and _coverage(head, above) > _coverage(head, below) \
                and _coverage(rest, above) < SHARED_COVER_MIN:     # (周市镇“家门口” / 就业服务站启用: one title)
            units[g].heads = gaps[g][1:]
            gaps[g] = gaps[g][:1]
            out.add(g)
    return out


# The share of a line's character bigrams the piece above must repeat for the line to be
# read as that piece's title printed after its body, not the picture's kicker.
SHARED_COVER_MIN = 0.5
# ... or, both parts together, this many times that share (one part at half of it at least)
CUT_COVER_SUM = 1.8


def _trailing_label(run: list[Block]) -> list[Block]:
    """Cut the column labels (要闻简报, 政务动态) off the end of a headline run, in place,
    and return them as blocks of their own; a run that is all label keeps it."""
    from .headlines import is_column_label
    lines = [line for b in run for line in b.lines]
    k = len(lines)
    while k > 1 and is_column_label(lines[k - 1].text):
        k -= 1
    if k == len(lines):
        return []
    kind, kept = run[-1].kind, set(map(id, lines[:k]))
    run[:] = [Block(b.kind, [x for x in b.lines if id(x) in kept], b.captions)
              for b in run if any(id(x) in kept for x in b.lines)]
    return [Block(kind, [line]) for line in lines[k:]]


def _assign_by_convention(units: list[Unit], gaps: list[list[Block]], after: bool) -> Segmented:
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


# The openings a news lede takes (6月8日，…, 近日，…): where a piece with no dispatch begins.
_LEDE_OPENING = re.compile(r"^(?:\d{1,2}\s*月\s*\d{1,2}\s*日(?:[上下]午|晚|凌晨|傍晚|至\d{1,2}日)?|近日|日前|连日来|近期|"
                           r"今年以来|入[春夏秋冬]以来|昨天|昨日|今天)[，,]")


def split_twice_credited(units: list[Unit], gaps: list[list[Block]]) -> None:
    """A piece signed at its head (□ 本报评论员, □ 本报记者 郭婧) that also closes on a
    bracketed credit naming someone else (…。（记者 杜鹏 通讯员 付小军））holds two pieces:
    the second, a 消息 with no dispatch, begins at its lede (5月14日，…, 近日，…) — the first
    such paragraph after the piece's own opening."""
    k = 0
    while k < len(units):
        unit = units[k]
        k += 1
        if unit.opener != "byline" or len(unit.blocks) < 4 or unit.blocks[-1].kind != "text":
            continue
        last = unit.blocks[-1].text.rstrip()
        m = re.search(r"[（(]([^（）()]{2,30})[)）]$", last)
        if m is None or not _closing_credit(last) or not _credited_names(m.group(0)):
            continue
        signed = unit.blocks[0].text
        names = [n for n in re.split(r"[\s、，,]+", re.sub(P.ROLE_WORDS, " ", m.group(1)).strip()) if n]
        if not names or all(n in signed for n in names):
            continue
        cut = next((j for j in range(2, len(unit.blocks)) if unit.blocks[j].kind == "text"
                    and _LEDE_OPENING.match(unit.blocks[j].text) and P.ends_sentence(unit.blocks[j - 1].text)), None)
        if cut is None:
            continue
        units.insert(k, Unit("text", unit.blocks[cut:], label=unit.label))
        del unit.blocks[cut:]
        gaps.insert(k, [])


def segment(blocks: list[Block]) -> Segmented:
    """Run stages 1–3."""
    blocks = credit_under_title(blocks)
    units, gaps = cut_units(blocks)
    _jump_over_title(units, gaps)
    credit_over_title(units, gaps)
    split_twice_credited(units, gaps)
    fold_closing_pictures(units, gaps)
    group_titled_pictures(units, gaps)
    drop_reprinted_titles(gaps, units)
    piece_gap = _piece_gap(blocks)
    merge_subheads(units, gaps, piece_gap)
    return_to_host(units, gaps)
    out = assign(units, gaps, piece_gap=piece_gap)
    split_runs_at_blank(units, gaps, blocks)
    sidebar_titles(units)
    return out


def _jump_over_title(units: list[Unit], gaps: list[list[Block]]) -> None:
    """1a. （上接第1版） alone, then the continued piece's title printed again, then its text:
    the jump line belongs to the piece under the title, not to a unit of its own."""
    for i in range(len(units) - 2, -1, -1):
        unit = units[i]
        if len(unit.blocks) != 1 or unit.opener != "text" or not gaps[i + 1] or gaps[i]:
            continue
        text = unit.blocks[0].text.strip()
        m = P.JUMP_FROM.match(text)
        if m is None or m.end() < len(text) or units[i + 1].opener != "text":
            continue
        units[i + 1].blocks.insert(0, unit.blocks[0])
        del units[i], gaps[i]


# The longest line read as a sidebar's title printed under its label.
SIDEBAR_TITLE_MAX = 24


def sidebar_titles(units: list[Unit]) -> None:
    """A sidebar headed by its label alone (相关链接, ■记者手记) whose first block is one
    short line that ends no sentence (a question may end it), over more text: that line is
    the sidebar's title (相关链接 / 什么是“跑分”洗钱？ / “跑分”是指…)."""
    for unit in units:
        if not unit.heads or len(unit.blocks) < 2 or unit.opener not in ("text", "byline"):
            continue
        lines = [line for b in unit.heads for line in b.lines]
        if len(lines) != 1 or not P.SIDEBAR_LABEL.match(lines[0].text.strip()):
            continue
        first = unit.blocks[0]
        text = first.text.strip()
        if first.kind != "text" or len(first.lines) != 1 or first.captions or len(text) > SIDEBAR_TITLE_MAX \
                or (P.ends_sentence(text) and not text.endswith(("？", "?"))) or re.search(r"[，。；：]", text) \
                or unit.blocks[1].kind != "text" or figure_line(text):
            continue     # (数读半年账 / 地区生产总值 143.57亿元 增长5.8%: a figures box's first line)
        unit.heads = unit.heads + [Block("head", first.lines)]
        unit.blocks = unit.blocks[1:]


def split_runs_at_blank(units: list[Unit], gaps: list[list[Block]], blocks: list[Block]) -> None:
    """3c. A run that went to the piece below it but holds a blank line inside, on a page
    whose blank lines part its pieces, holds two headlines: the piece above's, printed
    after its body (3月车市观察 / 新能源车降价潮来袭…), then, past the blank line, the piece
    below's — when the piece above has none of its own."""
    if not _blanks_part_pieces(blocks):
        return
    for g in range(1, len(units)):
        run, above = gaps[g], units[g - 1]
        if units[g].heads is not run or len(run) < 2 or above.heads or above.opener in _SELF_HEADED:
            continue
        cuts = [i for i in range(1, len(run)) if run[i].lines[0].blank_before > 0]
        if len(cuts) == 1 and all(x.blank_before == 0 for b in run for x in b.lines[1:]):
            above.heads, units[g].heads = run[:cuts[0]], run[cuts[0]:]


# The points of an argument, counted (一要…, 二是…, （三）…, 四、…, 第五，…).
_POINT = re.compile(r"^(?:(?P<a>[一二三四五六七八九十])(?P<s>要|是|、)|[（(](?P<b>[一二三四五六七八九十])[)）]|第(?P<c>[一二三四五六七八九十])[，,、])")
_CN_NUM = "一二三四五六七八九十"


def _point(text: str) -> tuple[str, int] | None:
    """(the style, the number) of a paragraph that opens a counted point, else None."""
    m = _POINT.match(text)
    if m is None:
        return None
    n = m.group("a") or m.group("b") or m.group("c")
    style = m.group("s") or ("（）" if m.group("b") else "第")
    return style, _CN_NUM.index(n) + 1


def _resumes(host: Unit, rest: Unit) -> bool:
    """Headless text under a box goes on the piece above the box: it opens as text that goes
    on (据了解，…, 此外，…), makes the piece's next point (一要… 二要… / box / 三要…), or
    closes on the author's affiliation
    ((作者系…)) that the piece, a signed article, has not printed yet."""
    first = _point(rest.blocks[0].text)
    if first is not None:
        last = next((q for b in reversed(host.blocks) if (q := _point(b.text)) is not None), None)
        if last is not None and last[0] == first[0] and last[1] + 1 == first[1]:
            return True
    if _body_paragraph(rest.blocks[0]) and not _credited_close(host):
        return True     # …工程主体完工 / 灌南天气 / … / 据了解，今年我县…: text that goes on opens no piece
    return host.opener == "byline" and _closes_on_affiliation(rest) and not _closes_on_affiliation(host)


# A notice's signing date, on its line (2025年6月10日), and the longest line a signature holds.
_SIGNING_DATE = re.compile(r"^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
SIGNING_MAX = 30


# The longest subhead compared for its shape with the one after a sidebar.
SUBHEAD_SHAPE_MAX = 20


def _host_subhead_after_sidebar(units: list[Unit], gaps: list[list[Block]], i: int) -> bool:
    """The run before ``units[i]`` follows a sidebar (记者手记) and is shaped like a subhead of
    the subheaded piece before the sidebar: the piece goes on under it."""
    if i < 2 or units[i].opener != "text":
        return False
    from .headlines import is_column_label
    run, side, host = gaps[i], gaps[i - 1], units[i - 2]
    # (the sidebar's run: its label alone, or its label and its own title: 记者手记 / 青山是…)
    return len(run) == 1 and len(run[0].lines) == 1 and 1 <= len(side) <= 2 \
        and not is_column_label(run[0].text.strip()) \
        and P.SIDEBAR_LABEL.match(side[0].text.strip()) is not None and host.subheads \
        and any(len(b.text.strip()) <= SUBHEAD_SHAPE_MAX and _alike(b.text.strip(), run[0].text.strip())
                for b in host.blocks)


def _alike(a: str, b: str) -> bool:
    """Two subheads printed alike: of one shape, or led by labels of one length before a
    colon (产业账：… / 人心账：…, 放养柞蚕：… / 林下种药：…)."""
    ca, cb = a.find("："), b.find("：")
    if same_shape(a, b):
        return True
    # (城关镇：… is a piece's unit kicker, whatever its length)
    return 2 <= ca == cb <= 6 and (a[ca - 1] == b[cb - 1] or not is_unit_name(b[:cb]) and not gazetteer.opens_on_place(b[:cb]))


def return_to_host(units: list[Unit], gaps: list[list[Block]]) -> None:
    """2b. Text that a box or a sidebar printed inside a piece cut off goes back to the
    piece: after a sidebar's blank line, after a notice's signing date, under a subhead
    shaped like the piece's own, or as the piece's next point after a box."""
    _after_sidebar_box(units, gaps)
    _after_signed_notice(units)
    _subhead_after_sidebar(units, gaps)
    _after_box(units, gaps)


def _after_sidebar_box(units: list[Unit], gaps: list[list[Block]]) -> None:
    """A sidebar boxed inside its host story (…收入1万元以上。 / 记者手记 / 采访中，… /
    驻村干部… / (blank) / 截至目前，…): on a page whose paragraphs follow one another with
    no blank line, the box's paragraphs do too, and the blank line after them closes the
    box — the headless text below it is the host's, resumed."""
    for i in range(1, len(units)):
        run, unit, host = gaps[i], units[i], units[i - 1]
        if len(run) != 1 or not P.SIDEBAR_LABEL.match(run[0].text.strip()) or host.opener == "photo" \
                or unit.opener != "text" or not host.blocks:
            continue
        cut = next((k for k, b in enumerate(unit.blocks) if k and b.lines[0].blank_before), None)
        if cut is None or cut < 2 or any(b.kind != "text" for b in unit.blocks[:cut]) \
                or unit.blocks[cut].kind != "text":
            continue    # (a box of one paragraph shows nothing of the page's paragraph marks)
        host.blocks.extend(unit.blocks[cut:])
        del unit.blocks[cut:]


def _after_signed_notice(units: list[Unit]) -> None:
    """…交警支队 / 禹城市交通运输局 / 2025年6月10日 / 截至6月10日，全市已收获…: a notice is over
    at its signing date; the text under it is the piece above it, resumed."""
    for i in range(1, len(units)):
        unit, host = units[i], units[i - 1]
        if unit.opener != "notice" or host.opener not in ("dispatch", "byline", "text") or not host.blocks:
            continue
        dated = next((k for k in range(len(unit.blocks) - 1, 0, -1)
                      if _SIGNING_DATE.match(unit.blocks[k].text.strip())
                      and _signing_unit(unit.blocks[k - 1])), None)
        if dated is not None and dated + 1 < len(unit.blocks) \
                and all(b.kind == "text" and len(b.text) > SIGNING_MAX for b in unit.blocks[dated + 1:]):
            host.blocks.extend(unit.blocks[dated + 1:])
            del unit.blocks[dated + 1:]


def _subhead_after_sidebar(units: list[Unit], gaps: list[list[Block]]) -> None:
    """产业账：… / 民生账：… / 记者手记 / … / 人心账：把群众当亲人 / …: under a sidebar, a subhead
    shaped like the host's own subheads goes on the host."""
    i = 2
    while i < len(units):
        if _host_subhead_after_sidebar(units, gaps, i):
            units[i - 2].blocks.extend(_as_body(gaps[i]))
            units[i - 2].blocks.extend(units[i].blocks)
            del units[i], gaps[i]
            continue
        i += 1


def _after_box(units: list[Unit], gaps: list[list[Block]]) -> None:
    """二要坚持特色发展。… / 天水天气 / 今日天气：… / 三要坚持开放合作。…（作者系…）: a box set
    between two paragraphs of a piece; the text below it is the piece's."""
    i = 2
    while i < len(units):
        if units[i - 1].opener in ("weather", "notice") and units[i].opener == "text" and not gaps[i] \
                and units[i].blocks and units[i - 2].opener in ("byline", "dispatch", "text") \
                and units[i - 2].blocks and _resumes(units[i - 2], units[i]):
            units[i - 2].blocks.extend(units[i].blocks)
            del units[i], gaps[i]
            continue
        i += 1


# The longest caption a picture's credit may stand over (one dated paragraph).
CAPTION_UNDER_CREDIT_MAX = 160


def credit_under_title(blocks: list[Block]) -> list[Block]:
    """0. A picture's credit printed between its title and its caption (歌圩对唱乐 / 本报记者
    韦艳芳 摄 / 4月3日，…歌声此起彼伏。): the caption is read first, as where the credit
    follows it, when it is one dated paragraph and no text of it runs on below."""
    out = list(blocks)
    for k in range(1, len(out) - 1):
        head, credit, caption = out[k - 1], out[k], out[k + 1]
        after = out[k + 2] if k + 2 < len(out) else None
        if head.kind == "head" and credit.kind == "credit" and caption.kind == "text" \
                and len(caption.text) <= CAPTION_UNDER_CREDIT_MAX and LEDE_DATE.match(caption.text) \
                and P.ends_sentence(caption.text) \
                and (after is None or after.kind != "text" or LEDE_DATE.match(after.text)):
            out[k], out[k + 1] = caption, credit
    return out


# Longest label a page sets over a credit and the title below it (食事, 诗歌, 读书).
LABEL_OVER_CREDIT_MAX = 6


def credit_over_title(units: list[Unit], gaps: list[list[Block]]) -> None:
    """A credit printed over its piece's title (□ 本报评论员 / 让营商环境… / body) at the top
    of the page, or under a piece credited to others: it opens the piece under the title,
    not a piece of its own with no text."""
    i = 0
    while i + 1 < len(units):
        unit = units[i]
        # (食事 / 文/林小禾 / 一盅两件的早晨 / …: under a column's short label the same)
        labelled = len(gaps[i]) == 1 and len(gaps[i][0].text.strip()) <= LABEL_OVER_CREDIT_MAX \
            and not P.ends_sentence(gaps[i][0].text)
        if unit.opener == "byline" and all(b.kind == "byline" for b in unit.blocks) and (not gaps[i] or labelled) \
                and gaps[i + 1] and units[i + 1].opener == "text" \
                and (i == 0 or labelled or _credited_above(units[i - 1], unit.blocks[0])):
            units[i + 1].blocks[:0] = unit.blocks
            units[i + 1].opener = "byline"
            gaps[i + 1][:0] = gaps[i]
            del units[i], gaps[i]
            continue
        i += 1


def drop_reprinted_titles(gaps: list[list[Block]], units: list[Unit]) -> None:
    """1d. An e-paper dump may print a piece's title again under its body (…她说。 /
    姚红梅：…桥吊司机 / 简讯 / 太平镇…): lines opening a run that repeat a line of the run
    before the piece above are that piece's title printed again, not the next one's."""
    for g in range(len(units) - 1, 0, -1):
        above = units[g - 1]
        if gaps[g] and len(gaps[g - 1]) > 1 and above.blocks and all(b.kind == "byline" for b in above.blocks) \
                and units[g].opener == "text" \
                and all(squeeze(b.text) in {squeeze(x.text) for x in gaps[g - 1]} for b in gaps[g]):
            # 高黎贡山下春茶香 / ——…见闻 / □ 记者 段丽萍 / 高黎贡山下春茶香 / 三月的…: the title
            # printed again between a stack's byline and its text is that stack's, once more;
            # byline and text are one piece
            above.blocks += units[g].blocks
            del units[g], gaps[g]
    for g in range(1, len(gaps)):
        before = {squeeze(b.text) for b in gaps[g - 1]}
        while len(gaps[g]) > 1 and squeeze(gaps[g][0].text) in before \
                and _BRACKETED_LABEL.match(gaps[g][0].text.strip()) is None:
            del gaps[g][0]      # (【回音壁】 over each entry is the column's tag, printed for each, not a reprint)
        # the same, where the dump set the reprinted title and the next stack in one block
        # (…节日环境。 / 全市冬季安全生产…会议召开 / 市政协召开… / ——…): line by line
        lines = [line for b in gaps[g] for line in b.lines]
        before_lines = [squeeze(line.text) for b in gaps[g - 1] for line in b.lines]
        k = len(before_lines)
        if 0 < k < len(lines) and [squeeze(x.text) for x in lines[:k]] == before_lines:
            gaps[g] = _cut_run(gaps[g], k)[1]     # (the whole run before, printed again; a kicker two
                                                  # pieces share is printed for each)
        if len(gaps[g]) == 1 and squeeze(gaps[g][0].text) == squeeze("".join(b.text for b in gaps[g - 1])) \
                and not all(b.kind == "byline" for b in units[g - 1].blocks):
            # the whole title of the piece above, printed again under its body (以实干担当… /
            # 本报评论员 / … / 以实干担当…): nobody's headline, and no banner of its own — but
            # under a byline alone it opens the piece's text (推动… / □ 孙立群 / 推动… / 临沂是…)
            gaps[g] = []


# A picture column's name (三月街民族节掠影, 春耕图记): its pictures are items of their own.
_PICTURE_COLUMN = re.compile(r"(?:掠影|图记|集锦|图说|剪影|瞬间|组图)$")


def _photo_credit(unit: Unit) -> str | None:
    """The names in a picture's credit (通讯员 潘建华 摄 → 潘建华), or None when uncredited."""
    from .byline import read_photo_credit
    for block in reversed(unit.blocks):
        if block.kind == "credit":
            return " ".join(read_photo_credit(block.text)) or block.text.strip()
        m = P.caption_with_credit(block.text)
        if m is not None:
            return " ".join(read_photo_credit(m.group(2))) or m.group(2).strip()
    return None


_FUNCTION_HANZI = set("的了在是和与及你我他她来去把被对为上下中里一不也都就")


def _same_story(title: str, first: Unit, other: Unit) -> bool:
    """A picture story under one title is one photographer's (or credited once, at its
    end), or its captions speak of what the title does (盛夏荷开 / …赏荷… / …荷田…): a
    picture credited to someone else, of something else, is a picture of its own."""
    a, b = _photo_credit(first), _photo_credit(other)
    if a is None or b is None or a == b:
        return True
    words = {c for c in title if "\u4e00" <= c <= "\u9fff"} - _FUNCTION_HANZI
    return any(c in words for c in "".join(x.text for x in other.blocks))


def group_titled_pictures(units: list[Unit], gaps: list[list[Block]]) -> None:
    """1c. Pictures printed one under another below one title (盛夏荷花开 / caption, credit
    / caption, credit / …) are one picture item: the title is the group's. Under a column's
    label (图片新闻) each picture stays an item of its own."""
    from .headlines import is_column_label
    if headline_convention(units, gaps):
        return      # titles after bodies: the run over a picture may be the piece's above
    i = 0
    while i < len(units):
        run = gaps[i]
        if units[i].opener != "photo" or not run or any(is_column_label(b.text) for b in run) \
                or _PICTURE_COLUMN.search(run[-1].text.strip()) \
                or i > 0 and not gaps[i - 1] and units[i - 1].opener == "text":
            i += 1      # (a headless piece above: the run may be its title, printed after its body)
            continue
        j = i + 1
        while j < len(units) and units[j].opener == "photo" and not gaps[j] \
                and _same_story(run[-1].text, units[i], units[j]):
            j += 1
        if j - i >= 2 and (i == 0 or not gaps[i - 1] or units[i - 1].opener != "photo"):
            for unit in units[i + 1:j]:
                units[i].blocks.extend(unit.blocks)
            del units[i + 1:j]
            del gaps[i + 1:j]
        i += 1


def _drawn(photo: Unit) -> bool:
    """A cartoon (its credit 程志远 作): a piece of its own, never a picture of the piece above."""
    return any(b.kind == "credit" and P.DRAWN_BY.match(b.text.strip()) for b in photo.blocks)


def fold_closing_pictures(units: list[Unit], gaps: list[list[Block]]) -> None:
    """1b. A picture printed right under a piece's last paragraph, with a one-sentence
    caption, is that piece's (the paper sets an item's photo at its foot); a picture
    story of its own (two sentences or more) stays an item."""
    i = 1
    while i < len(units):
        if units[i].opener == "photo" and not gaps[i] and units[i - 1].opener in ("dispatch", "byline", "text") \
                and not _picture_story(units[i]) and not _drawn(units[i]):
            units[i - 1].blocks.extend(_as_caption(units[i]))
            del units[i]
            gaps[i:i + 2] = [gaps[i] + gaps[i + 1]]
            continue
        i += 1


# --- fitting the assignment weights ---------------------------------------------------------

_GRID = {"convention": (1.0,), "cohesion": (0.0, 1.0, 2.0, 3.0, 4.0),
         "unclaimed": (0.5, 1.0), "foot": (0.0, 1.0, 2.0, 4.0)}


def main(argv=None) -> int:
    """``python -m baoxun.assemble.segment fit``: generate pages, parse them under each
    candidate weighting of the run assignment, keep the one with the best headline
    accuracy (the reference scorer's), score it on pages of a new seed, write it."""
    import argparse
    import tempfile
    from itertools import product
    from pathlib import Path

    from .. import evaluate as ev
    from ..pipeline import parse_page
    from .fitted import print_weights, save_weights

    ap = argparse.ArgumentParser(prog="python -m baoxun.assemble.segment")
    ap.add_argument("command", choices=("fit",))
    ap.add_argument("--pages", type=int, default=300)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--out", type=Path, default=Path(str(files("baoxun").joinpath("data", "models", "assign.json"))))
    args = ap.parse_args(argv)
    shared = ev.find_shared()
    if shared is None:
        raise SystemExit("needs ../shared/gold/score.py (the reference scorer)")
    scorer = ev.load_scorers(shared).layout

    def run(pages: Path, gold: Path, pred: Path, w) -> float:
        import baoxun.assemble.segment as mod   # the pipeline's module (this file runs as __main__)
        pred.mkdir(parents=True, exist_ok=True)
        mod._assign_weights = lambda: w  # the candidate under test
        for page in sorted(pages.glob("*.txt")):
            rec = parse_page(page.read_text(encoding="utf-8"), source=page.name, mentions=False)
            (pred / f"{page.stem}.json").write_text(json.dumps(rec.to_dict(), ensure_ascii=False), encoding="utf-8")
        r = scorer.score(gold, pred)
        return (r["headlines_acc"] + r["title_acc"]) / 2

    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        ev.generate_corpus(t / "train", args.pages, seed=args.seed, sources=["articles", "examples"])
        ev.generate_corpus(t / "test", args.pages // 2, seed=args.seed + 1000, sources=["articles", "examples"])
        results = []
        for k, w in enumerate(product(*_GRID.values())):
            acc = run(t / "train" / "pages", t / "train" / "gold", t / f"p{k}", w)
            results.append((acc, -w[1], w))
            print(f"  {w}  headline/title accuracy {acc:.4f}")
        best = max(results)[2]
        base = run(t / "test" / "pages", t / "test" / "gold", t / "tb", (1.0, 0.0, 0.5, 0.0))
        held = run(t / "test" / "pages", t / "test" / "gold", t / "tw", best)
    print(f"chosen {best}: held-out (new seed) headline/title accuracy {base:.4f} by convention alone -> {held:.4f}")
    print_weights(ASSIGN_FEATURES, best)
    save_weights(args.out, ASSIGN_FEATURES, list(best), model="grid search over the run-assignment scores",
                 refit=f"python -m baoxun.assemble.segment fit --pages {args.pages} --seed {args.seed}",
                 fitted_on=f"{args.pages} generated pages, mean of headlines_acc and title_acc",
                 held_out=f"{args.pages // 2} pages of seed {args.seed + 1000}: {base:.4f} -> {held:.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
