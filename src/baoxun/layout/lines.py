"""Page text → typed layout lines (版面行), each with its character offset.

A dump from an e-paper PDF keeps one printed line (or one paragraph) per text line, with
blank lines where the extractor saw vertical space. We keep every non-blank line with
what the later stages need to judge it: its offset in the page text, how many blank
lines stood before it, whether a converter marked it as a Markdown heading, and its
printed width.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from . import patterns as P

# PDF→Markdown converters prefix what they took for headings with `#`, `##` …
_MD_HEADING = re.compile(r"^(#{1,6})\s*")
# ... a list item with a bullet (- 海口：多云 23℃～31℃), a line set in bold (**一、…**),
# and a picture's placeholder (![](media/image3.jpeg)), which holds no printed text.
_MD_BULLET = re.compile(r"^[-*+]\s+(?=\S)")
_MD_BOLD = re.compile(r"^\*\*(?=\S)(.+?)\*\*$")
# ... and a word set in bold inside a line (**本报讯** 4月17日，…).
# HTML a converter left in a Markdown or text dump (<p align="right">…<br>, </div>): markup, no text.
# (only the block tags that frame a line: inline markup such as <b> may be the text itself)
_HTML_BLOCK = r"</?(?:p|br|div|center|section)\b[^<>]{0,120}/?>"
_HTML_LEAD = re.compile(rf"^(?:\s*{_HTML_BLOCK})+", re.I)
_HTML_TAIL = re.compile(rf"(?:{_HTML_BLOCK}\s*)+$", re.I)
_MD_INLINE_BOLD = re.compile(r"\*\*(?=\S)([^*\n]+?)\*\*")
_MD_IMAGE = re.compile(r"^!\[([^\]]*)\]\([^)]*\)$")
# The fields an e-paper system exports an article in (【引题】, 【标题】, 【作者】, 【正文】 …),
# and the heading level each headline field stands for: kicker and subtitle smaller than the title.
_FIELD_NAMES = ("引题", "肩题", "标题", "主题", "主标题", "副题", "副标题", "子题", "作者", "正文", "来源", "日期",
                "版次", "栏目", "图片说明", "稿件编号", "稿号", "字数", "稿件字数", "稿件序号", "稿件数量",
                "报纸名称", "出版日期", "版名")
# (a system may pad a field's name to one width: 【引　　题】, 【正　　文】)
_FIELD = re.compile(r"^[【\[](" + "|".join("[ \u3000]*".join(name) for name in _FIELD_NAMES) + r")[】\]][:：]?")
# Fields that say nothing a reader sees on the page (the system's number for the story, its
# length, how many stories it exported) or that the export's header says again (报纸名称, 出版日期).
_FIELD_HIDDEN = frozenset({"稿件编号", "稿号", "字数", "稿件字数", "稿件序号", "稿件数量", "报纸名称", "出版日期",
                           "版名"})
# The heading levels an export's fields give its decks, as a converter's headings rank them
# (the stack reader, assemble/headlines.py, reads an exported 引题 over its 标题 as the kicker).
TITLE_LEVEL, KICKER_LEVEL, SUBTITLE_LEVEL, LABEL_LEVEL = 2, 3, 4, 5
_FIELD_LEVEL = {"引题": KICKER_LEVEL, "肩题": KICKER_LEVEL, "标题": TITLE_LEVEL, "主题": TITLE_LEVEL,
                "主标题": TITLE_LEVEL, "副题": SUBTITLE_LEVEL, "副标题": SUBTITLE_LEVEL, "子题": SUBTITLE_LEVEL,
                "栏目": LABEL_LEVEL}   # (the column's label, set as a heading the stack reads as the section)
# A line of ornaments between a post's parts (◆ ◆ ◆, ✦✦✦, ···), and the bare ordinal a WeChat
# post sets over each of its parts (01, 02): they print nothing of the text.
_ORNAMENTS = "◆◇■□●○★☆✦✧❖◈·•"
_ORNAMENT_LINE = re.compile(rf"^[{_ORNAMENTS}][{_ORNAMENTS}\s\u3000]*$")
_SECTION_ORDINAL = re.compile(r"^0[1-9]$")
# An image's alt text long enough to be the picture's caption (not 图片, not a file name).
ALT_CAPTION_MIN = 6
# ... a rule between parts of the page (---, ***), which prints nothing either (nor does a
# quoted block's empty line, >), a quoted block's mark (> 书香满城 阅见美好) and a line set in
# italics (*…摄*, a caption).
_MD_RULE = re.compile(r"^([-*_])(?:[ \t]*\1){2,}$")
_MD_QUOTE = re.compile(r"^>[ \t\u3000]*(?=\S)")
_MD_ITALIC = re.compile(r"^[*_](?=[^*_\s])([^*]+?)[*_]$")   # (not *caption。*　**credit**: two spans)
_MD_ITALIC_LEAD = re.compile(r"^[*_](?=[^*_\s])([^*_]+?)[*_]([ \t\u3000]+\S.*)$")
# ... and a line that is one link ([一块蓝布“染”出致富路](content_03_2.htm)): a web page's
# list of the page's titles, whose printed text is the link's.
# ... and the rule under a Markdown table's head (|---|:---:|), which prints nothing.
# (a table of one column too: |---|)
_MD_TABLE_RULE = re.compile(r"^\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?$")
# A row of a one-column Markdown table (| 便民信息 |, | 市政务服务热线：12345 |): the cell is the line.
_MD_ONE_CELL = re.compile(r"^\|[ \t]*([^|]*?)[ \t]*\|$")
_MD_LINK = re.compile(r"^\[([^\[\]]+)\]\([^()\s]*\)$")
# ... and a picture's place marked before its caption on a web page ((图)12月27日，…).
# A picture's mark alone on its line.
_LONE_PICTURE_MARK = re.compile(r"[\[【［〔(（<＜][ \t\u3000]*(?:图片|图|照片|img|IMG|image|Image)[ \t\u3000]*[\]】］〕)）>＞]")
_PICTURE_MARK = re.compile(r"^[（(\[【［〔](?:图|图片)[)）\]】］〕][ \t\u3000]*(?=\S)")
# The rules of a box drawn in text (U+2500–U+257F: ┌ │ └ ─).
_BOX_RULES = "".join(chr(c) for c in range(0x2500, 0x2580)) + " \t\u3000"
# Whitespace that is not a line break, including the ideographic space U+3000.
_EDGE_SPACE = " \t\u3000\u00a0"
# ... and what else a blank line may hold.
_BLANK = _EDGE_SPACE + "\r\v\f"


@dataclass
class Line:
    """One non-blank printed line."""

    text: str          # the line as printed, edge whitespace and heading marker removed
    start: int         # offset of ``text`` in the page text
    index: int         # position among the page's non-blank lines
    blank_before: int  # blank lines between this line and the previous non-blank one
    heading: int = 0   # Markdown heading level a converter gave it (0: none)
    indent: int = 0    # leading spaces/U+3000 the extractor kept
    set_across: bool = False  # a narrow page's line set wider than its column (a title)
    quoted: bool = False       # a converter marked it as a quote (Markdown's >)
    pictured: bool = False     # a web page's picture mark opened it ([图片] …, （图）…)
    bold: bool = False         # a converter set the whole line in bold (**…**): it stands alone
    verse: bool = False        # a poem's line: the poet ended it, not the column (reflow._mark_verse)
    listed: bool = False       # a list's entry (Markdown's * or -, an agenda's dated line): no headline
    ruled: bool = False        # a rule (---, ***) stands between it and the line before: a new part of the page
    titled: bool = False       # the page's own list of its titles (本版导读, 标题导航) names it: a headline

    @cached_property
    def width(self) -> int:
        return display_width(self.text)


_NARROW = re.compile(r"[\x00-\x7f\uff61-\uffdc\uffe8-\uffee]")


def display_width(text: str) -> int:
    """Printed width in half-em units: a hanzi or a full-width mark is 2, an ASCII
    digit or letter 1. Chinese typesetting sets “ ” ‘ ’ · full-width, so East Asian
    'ambiguous' characters count 2 as well: only ASCII and half-width forms are narrow."""
    return 2 * len(text) - len(_NARROW.findall(text))


def squeeze(text: str) -> str:
    """``text`` with all whitespace removed (the reference scorers compare texts so)."""
    return "".join(text.split())


def _unmark(text: str) -> tuple[int, str]:
    """A Markdown quote mark or bullet before the line, or bold or italic marks around
    it, taken off: (characters cut before the text, the text)."""
    if text[0] == ">" and (m := _MD_QUOTE.match(text)) is not None:
        cut, rest = _unmark(text[m.end():])
        return m.end() + cut, rest
    if text[0] in "-*+_":
        if (m := _MD_BOLD.match(text)) is not None:
            return m.start(1), m.group(1)
        if (m := _MD_BULLET.match(text)) is not None:
            cut, rest = _unmark(text[m.end():])
            return m.end() + cut, rest
        if (m := _MD_ITALIC.match(text)) is not None and text[0] == text[-1]:
            return m.start(1), m.group(1)
    if text[0] == "[" and (m := _MD_LINK.match(text)) is not None:
        return m.start(1), m.group(1)
    if text[0] == "|" and (m := _MD_ONE_CELL.match(text)) is not None and m.group(1):
        return m.start(1), m.group(1)
    return 0, text


def _md_heading(text: str) -> tuple[int, int]:
    """A converter's heading mark before the text (## …): (its level, the characters it
    takes), or (0, 0)."""
    m = _MD_HEADING.match(text) if text[:1] == "#" else None
    return (len(m.group(1)), m.end()) if m and len(text) > m.end() else (0, 0)


def split_lines(text: str) -> list[Line]:
    """Split page text into non-blank :class:`Line` objects (offsets into ``text``)."""
    lines: list[Line] = []
    blank = 0
    ruled = False           # a Markdown rule (---) stood since the last printed line
    pos = 0
    after_image = False     # the last printed thing was a picture a converter marked (![…](…))
    after_mark = False      # … or a web page printed its picture's mark alone ([图片])
    for raw in text.split("\n"):
        start = pos
        pos += len(raw) + 1
        stripped = raw.strip(_BLANK)
        if "\u2500" <= stripped[:1] <= "\u257f" or "\u2500" <= stripped[-1:] <= "\u257f":
            # a box drawn in text (┌ 高考便民服务信息 / │ 咨询热线：… / └): its rules print nothing
            stripped = stripped.strip(_BOX_RULES).strip(_BLANK)
        if stripped[:1] == ">" and stripped[1:].lstrip(_BLANK)[:2] == "![":
            stripped = stripped[1:].lstrip(_BLANK)     # > ![图片](…): a picture a converter set in a quote
        if stripped[:2] == "![" and (m := _MD_IMAGE.match(stripped)) is not None \
                and len(m.group(1).strip()) >= ALT_CAPTION_MIN and re.search(r"[\u4e00-\u9fff]{4}", m.group(1)) \
                and re.search(r"(?:摄|摄影|供图|提供)\s*$", m.group(1)):
            # ![岚山港区…作业。记者 厉娜 摄](./images/…): the converter kept the caption, with its
            # credit, as the alt text (alt text alone, uncredited, may be any words: it prints nothing)
            start += raw.index(stripped) + m.start(1)
            raw = m.group(1)
            stripped = raw.strip(_BLANK)
        if stripped[:2] == "![" and _MD_IMAGE.match(stripped):
            after_image = True
        if _LONE_PICTURE_MARK.fullmatch(stripped):
            after_mark = True       # [图片] on its line: where a web page's picture stood (no
            continue                # blank line: the page's spacing is what it printed besides)
        if stripped and stripped[0] in "-*_" and _MD_RULE.match(stripped):
            ruled = True
        if not stripped or stripped == ">" or stripped[0] == "!" and _MD_IMAGE.match(stripped) \
                or stripped[0] in "-*_" and _MD_RULE.match(stripped) \
                or stripped[0] in "|:-" and _MD_TABLE_RULE.match(stripped) \
                or stripped[0] in _ORNAMENTS and _ORNAMENT_LINE.match(stripped) \
                or len(stripped) == 2 and _SECTION_ORDINAL.match(stripped):
            blank += 1
            continue
        lead = len(raw) - len(raw.lstrip(_EDGE_SPACE))
        offset = start + raw.index(stripped)
        heading, cut = _md_heading(stripped)
        offset += cut
        stripped = stripped[cut:]
        pictured = False
        if stripped[0] in "【[" and (f := _FIELD.match(stripped)) is not None:
            # 【引题】… / 【标题】… / 【副题】… / 【作者】… / 【正文】: an e-paper system's fields, each
            # named: the headline decks by their level (as a converter's headings), the rest as text
            rest = stripped[f.end():].strip(_BLANK)
            name = re.sub(r"[ \u3000]", "", f.group(1))
            if not rest or name in _FIELD_HIDDEN:
                blank += 1
                continue
            heading = _FIELD_LEVEL.get(name, 0)
            pictured = name == "图片说明"      # the story's picture's caption, named so
            offset += stripped.index(rest, f.end())
            stripped = rest
        quoted = stripped[0] == ">"
        # ![](…) / *瑶族绣娘在工坊内赶制订单。*: the line in italics under a picture is its
        # caption, though it names no one (one with its credit reads as a caption anyway)
        pictured = pictured or after_image and stripped[0] in "*_" and (m := _MD_ITALIC.match(stripped)) is not None \
            and stripped[:2] != "**" and not P.caption_with_credit(m.group(1))
        # [图片] / 春日里，符溪镇的茶园一片新绿。: the line under a picture's mark is its caption
        # when it is one short sentence (reflow weighs it, as the line a mark opens)
        pictured = pictured or after_mark and not heading and stripped[0] not in "*_#>" \
            and not "\u2460" <= stripped[0] <= "\u2473" and not P.caption_with_credit(stripped)
        # (①…: a picture story's numbered text; a credited line reads as a caption anyway)
        after_image = after_mark = False
        bold = "**" in stripped[:4] and _MD_BOLD.match(stripped.lstrip("> \t\u3000")) is not None
        bullet = None if bold else _MD_BULLET.match(quote_free := stripped.lstrip("> \t\u3000"))
        # (- [标题](链接): a site's list of linked titles is no entry of the piece's)
        listed = bullet is not None and quote_free[bullet.end():bullet.end() + 1] != "[" \
            and quote_free.rstrip(_BLANK)[-1:] not in "-*+"      # (- 完 -: an article's end mark, no entry)
        cut, stripped = _unmark(stripped)
        offset += cut
        if quoted and not heading:
            heading, cut = _md_heading(stripped)     # > #### 小档案: a heading inside a quoted box
            offset += cut
            stripped = stripped[cut:]
        if stripped[0] in "（([【［〔" and (m := _PICTURE_MARK.match(stripped)) is not None:
            offset += m.end()       # （图）12月27日，市民在…: a web page's mark where its picture stood
            stripped = stripped[m.end():]
            pictured = True
        if "**" in stripped:
            stripped = _MD_INLINE_BOLD.sub(r"\1", stripped)   # **本报讯** 4月17日…: bold marks print nothing
        if "<" in stripped and ((tags := _HTML_LEAD.match(stripped)) or _HTML_TAIL.search(stripped)):
            # <p align="right">某某局<br>: the block tags a converter left around a line print nothing
            skip = tags.end() if tags else 0
            offset += skip
            stripped = _HTML_TAIL.sub("", stripped[skip:]).strip(_BLANK)
            if not stripped:
                blank += 1
                continue
        if stripped[:1] in ("*", "_") and (m := _MD_ITALIC_LEAD.match(stripped)) is not None:
            stripped = m.group(1) + m.group(2)     # *3月10日，…采收花菇。* 通讯员 邱鹏 摄: a caption in italics, its credit not
        lines.append(Line(stripped, offset, len(lines), blank, heading, lead, quoted=quoted, pictured=pictured,
                          bold=bold, listed=listed, ruled=ruled))
        blank = 0
        ruled = False
    return lines
