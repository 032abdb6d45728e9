"""Typed lines → blocks: paragraphs rejoined across column breaks, captions lifted out.

A *block* is a run of printed lines that read as one unit: a paragraph (段落), a headline
run, a byline line, a picture credit, a notice heading or a weather heading. Whether a
line continues the block above it is decided by the conventions below; what a block
*is* beyond "text" (headline or body) is decided once the blocks exist, in
:func:`mark_headlines`, because that needs to see what follows.

Stages, in order:
  1. page style — wide (a paragraph per line, cut where a column ends) or narrow (every
     printed column line on its own line);
  2. join or break each line against the open block;
  3. lift captions that were dropped into the middle of a sentence;
  4. mark headline runs.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache
from dataclasses import dataclass, field, replace
from typing import NamedTuple
from statistics import median

import rjieba

from .. import lexicon
from . import patterns as P
from .lines import Line, display_width, squeeze
from .openings import opens_paragraph

# Narrow pages: the median printed line is at most this many characters (calibrated on
# dumps whose column lines run 12–18 characters; wide dumps have 60–300).
NARROW_MEDIAN_CHARS = 24
# ... and almost none is longer than a column could hold: a wide page whose headlines,
# credits and weather lines are short still has many lines over 40 characters.
NARROW_LONG_CHARS = 40
NARROW_LONG_SHARE = 0.1
# Narrow pages: a line is "full column width" when it is at most this many half-em units
# short of the page's most common width (a paragraph's first line is indented by two
# characters = 4 units; punctuation compression costs at most 2).
NARROW_FULL_SLACK = 3
# Narrow pages: a line that ends a sentence this many half-em units or more short of the
# column is a paragraph's last line (three characters; a full line that only lost space
# to punctuation compression is at most two characters short).
NARROW_SHORT_LAST = 6
# Narrow pages: a line without a sentence end this many half-em units short of the column
# is a headline line (an indented opening is 4–8 units short).
NARROW_HEAD_SHORT = 10
# Wide-indented pages: lines at least this wide count when finding the column's width, and
# that width must hold this share of them (else each line is a whole paragraph).
WIDE_CUT_MIN = 30
WIDE_CUT_SHARE = 0.5
# Narrow pages: a line whose hanzi alone are this many half-em units wider than its column
# (one character) is set across columns, a headline: a column line overruns only by a
# hanging mark, and digits, spaces and quotes may be set narrow, so only hanzi count.
OVER_COLUMN = 2
# Narrow pages follow the indent convention when this share of paragraph openings is
# indented (calibrated: 80–95 % on narrow dumps of district papers).
INDENTED_SHARE = 0.6
# Narrow pages whose dump kept leading spaces: this many indented lines, and this share of
# all lines, show the page opens its paragraphs with an indent (a paragraph of 4–8 column
# lines gives ~15 %).
# Share of a wide page's lines set in (low, high) for its indents to mark paragraphs.
WIDE_INDENT_SHARE = (0.15, 0.9)
KEPT_INDENT_MIN = 3
KEPT_INDENT_SHARE = 0.06
# Longest printed line (characters) that can be a headline line.
HEAD_MAX_CHARS = 48
# A headline or subhead above a paragraph is at most this long (wide pages only).
SUBHEAD_MAX_CHARS = 30
# A unit kicker with its colon (百朋镇：, 市人社局：) is at most this long.
KICKER_MAX_CHARS = 12
# A caption dropped into a sentence is at most this long (characters, credit included).
CAPTION_MAX_CHARS = 120
# The longest uncredited caption read from its wording alone (工人在生产线上包装螺蛳粉。).
CAPTION_SCENE_MAX = 30
# A web page's picture mark over one sentence this short (characters): the picture's caption.
PICTURED_CAPTION_MAX = 40
# Marks that a headline line does not contain (a headline is not a sentence).
_SENTENCE_MARKS = re.compile(r"[。；;，,]")
# A headline couplet: two or more phrases of hanzi set apart by spaces, no punctuation.
_PHRASE = rf"[{P.HAN}“‘《][{P.HAN}“”‘’《》·、！？0-9A-Za-z%+]{{2,}}"
COUPLET = re.compile(rf"^{_PHRASE}(?:[ \u3000]+{_PHRASE})+$")
# Who issued a forecast (…气象台…发布): the last line of a weather box.
_FORECAST_ISSUER = re.compile(r"气象[台局站]|气象服务中心")


def forecast_issuer(text: str) -> bool:
    return (text.endswith("发布") and len(text) <= 30 and bool(_FORECAST_ISSUER.search(text))
            or bool(_SUPPLIED_BY.match(text.strip())))


# A weather box's source in brackets (（市气象台提供）, （据天津市气象台））.
_SUPPLIED_BY = re.compile(r"^[（(](?:据)?[\u4e00-\u9fff]{0,10}气象[台局站](?:提供|供稿|发布)?[)）]$")


def _caption_parts(m: re.Match[str]) -> tuple[str, str]:
    """(caption, credit) of a :func:`~baoxun.layout.patterns.caption_with_credit` match."""
    return m.group(1).strip(), m.group(2).strip()


# A lede or caption opening with its date: 11月12日，… / 2 月 22日，…
LEDE_DATE = re.compile(r"^\d{1,2}\s*月\s*\d{1,2}\s*日(?:[上下]午|晚|凌晨|傍晚)?[，,]")
# An enumerated item (一、 （二） 3. ①): a list's items are paragraphs of their own.
_ENUMERATED = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|[①-⑳]"
                         r"|[其第][一二三四五六七八九十]+[，,、是])")        # 其一，… 第二是…
# The number of a point in a list or a notice (二、, （三）, ③, 4、): never a figure (12.5万亩).
_POINT_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,2}[)）]|[①-⑳]|\d{1,2}、)")
# A sentence that announces a list or the text of a notice (…如下：, …予以公示：).
_ANNOUNCES = re.compile(r"(?:如下|公示|公告|通知|告知|通告|说明|要求|规定|须知)[：:]$")
# A sentence that announces a list (现将有关事项公告如下：, 具体安排如下：): never a headline.
_LIST_FOLLOWS = re.compile(r"如下[：:]$|[，,][^，,：:]{2,30}[：:]$")   # (…时期，我市主要指标稳步增长：: a clause leading into a list)
# A subtitle deck led by a dash: ——记湘江株洲段的护河人
DASH_LINE = re.compile(r"^(?:——|—|--)\S")


@dataclass
class Block:
    """A run of lines read as one unit.

    ``kind`` is one of ``text`` (paragraph), ``head`` (headline run), ``dispatch`` (a
    paragraph that opens with 本报讯 …), ``byline`` (□ 本报通讯员 X, or a lone author
    name), ``credit`` (李勇 摄), ``notice`` (注销公告) or ``weather`` (今日天气).
    """

    kind: str
    lines: list[Line] = field(default_factory=list)
    #: captions lifted out of this block's sentences: (caption text, credit line or None)
    captions: list[tuple[str, str | None]] = field(default_factory=list)
    _text: str | None = field(default=None, repr=False, compare=False)
    _joined: int = field(default=0, repr=False, compare=False)

    @property
    def text(self) -> str:
        # Joining the layout lines of one paragraph adds nothing between them.
        if self._text is None or self._joined != len(self.lines):
            self._text = "".join(line.text for line in self.lines)
            self._joined = len(self.lines)
        return self._text

    @property
    def last(self) -> str:
        return self.lines[-1].text

    @property
    def start(self) -> int:
        return self.lines[0].start


@dataclass
class Layout:
    """Page style facts that the join rules use."""

    narrow: bool
    column_width: int  # most common printed width, half-em units (narrow pages)
    indented: bool = False  # narrow pages whose paragraphs open with a two-character indent
    wide_indented: bool = False  # wide pages that open some lines, not all, with an indent
    by_characters: bool = False  # narrow dumps cut every N characters (:func:`_wrapped_by_characters`)
    wide_column: int = 0  # wide-indented pages cut by a column: the width most long lines fill
    blank_paragraphs: bool = False  # narrow pages that set blank lines between paragraphs only
    sparse_blanks: bool = False  # blank lines are rare: each one sets something apart

    def short(self, line: Line) -> bool:
        """Narrow pages: a line that stops well short of the column, shorter than an
        indented paragraph opening can be."""
        return line.width <= self.column_width - NARROW_HEAD_SHORT

    def full(self, line: Line) -> bool:
        """Narrow pages: a line as wide as the column (not indented)."""
        return line.width >= self.column_width - NARROW_FULL_SLACK + 1


def detect_layout(lines: list[Line]) -> Layout:
    """1. Wide or narrow page, and the narrow column's width."""
    if not lines:
        return Layout(False, 0)
    lengths = [len(line.text) for line in lines]
    long_share = sum(1 for n in lengths if n > NARROW_LONG_CHARS) / len(lengths)
    narrow = len(lines) >= 12 and median(lengths) <= NARROW_MEDIAN_CHARS and long_share < NARROW_LONG_SHARE
    width = 0
    indented = False
    if narrow:
        widths = Counter(line.width for line in lines if 16 <= line.width <= 60)
        width = widths.most_common(1)[0][0] if widths else 0
        prose = Counter(line.width for line in lines if 16 <= line.width <= 2 * NARROW_LONG_CHARS
                        and _SENTENCE_MARKS.search(line.text) and not P.ends_sentence(line.text))
        if prose and prose.most_common(1)[0][0] > 60 and prose.most_common(1)[0][1] >= PROSE_WIDTH_MIN_LINES:
            # the prose's cut lines fill a column wider than the short lines of its boxes
            # (菜价, 数说): that is the column
            width = prose.most_common(1)[0][0]
        # lines after a short sentence-final line open paragraphs: are they indented?
        firsts = [b.width for a, b in zip(lines, lines[1:])
                  if P.ends_sentence(a.text) and a.width <= width - NARROW_SHORT_LAST
                  and not P.is_dispatch(b.text)]
        inset = sum(1 for w in firsts if width - NARROW_HEAD_SHORT < w <= width - NARROW_FULL_SLACK)
        indented = len(firsts) >= 3 and inset >= INDENTED_SHARE * len(firsts)
        # the extractor kept the indents as leading spaces: the page says so itself
        kept = sum(1 for line in lines if line.indent >= 2 and not line.heading)
        indented = indented or (kept >= KEPT_INDENT_MIN and kept >= KEPT_INDENT_SHARE * len(lines))
    # a wide page that indents some of its lines (not all: then the indent says nothing)
    # marks paragraph openings so, and headlines and column cuts print flush
    set_in = sum(1 for line in lines if line.indent >= 1 and not line.heading)
    wide_indented = not narrow and set_in >= KEPT_INDENT_MIN \
        and WIDE_INDENT_SHARE[0] * len(lines) <= set_in <= WIDE_INDENT_SHARE[1] * len(lines)
    return Layout(narrow, width, indented, wide_indented,
                  wide_column=_wide_column(lines) if wide_indented else 0,
                  blank_paragraphs=narrow and _blank_paragraphs(lines, width),
                  sparse_blanks=sum(1 for line in lines if line.blank_before) <= SPARSE_BLANK_SHARE * len(lines))


# How many cut prose lines of one width make that width the column.
PROSE_WIDTH_MIN_LINES = 6


# A page that sets a blank line before at most this share of its lines sets them only
# between pieces (or paragraphs): never inside one headline.
SPARSE_BLANK_SHARE = 0.2


# A line this many times the narrow column's width was set across the columns.
ACROSS_COLUMNS = 2


# How many paragraph ends and line wraps must agree before blank lines are read as the
# page's paragraph marks, and what share of each.
BLANK_MARK_MIN = 3
BLANK_MARK_SHARE = 0.85


def _blank_paragraphs(lines: list[Line], width: int) -> bool:
    """Whether a narrow page sets a blank line after each paragraph and none inside one:
    after a sentence that stops short of the column (a paragraph's end) the next line
    comes after a blank, and after a full line (a wrap) it never does."""
    ends = wraps = ends_blank = wraps_tight = 0
    for a, b in zip(lines, lines[1:]):
        if P.ends_sentence(a.text) and a.width <= width - NARROW_SHORT_LAST:
            ends += 1
            ends_blank += b.blank_before >= 1
        elif a.width >= width - NARROW_FULL_SLACK + 1 and not P.ends_sentence(a.text):
            wraps += 1
            wraps_tight += b.blank_before == 0
    return ends >= BLANK_MARK_MIN and wraps >= BLANK_MARK_MIN \
        and ends_blank >= BLANK_MARK_SHARE * ends and wraps_tight >= BLANK_MARK_SHARE * wraps


def _wide_column(lines: list[Line], by_characters: bool = False) -> int:
    """The width a wide page's column cut its prose at (indent included), when most long
    lines fill it; 0 when the dump put a whole paragraph on each line (no such width).
    ``by_characters``: count every character as one em (a dump that cut every N
    characters, half-width digits or not)."""
    long = [(2 * len(line.text) if by_characters else line.width) + 2 * line.indent
            for line in lines if line.width >= WIDE_CUT_MIN]
    if len(long) < KEPT_INDENT_MIN:
        return 0
    width, count = Counter(long).most_common(1)[0]
    near = sum(1 for w in long if width - 2 <= w <= width)
    return width if near >= WIDE_CUT_SHARE * len(long) else 0


# A lone author name under a piece: 2–3 hanzi on a line of their own.
_LONE_NAME = re.compile(rf"^[{P.HAN}]{{2,3}}$")


def _lone_name(line: Line, nxt: Line | None, above: Block | None, after: Line | None = None) -> bool:
    """A name printed alone under a piece or under a commentary's headline (评论员,
    作者): the page's last line, or a surname-led name before a dispatch, or before the
    next piece's title and its dispatch (``after``), or between a headline line and prose."""
    if re.fullmatch(P.PADDED_NAME, line.text):
        line = replace(line, text=re.sub(r"[ \u3000]", "", line.text))   # 魏 晓: the name padded out
    if 4 == len(line.text) and not line.heading and nxt is not None:
        return _pen_name(line, nxt, above)     # 林夏萨摩: a pen name of four
    if not 2 <= len(line.text) <= 3 or not _LONE_NAME.match(line.text) or line.heading:
        return False
    if above is not None and not P.ends_sentence(above.last) and straddles_word(above.last, line.text):
        return False     # 优化营|商环境: the rest of a wrapped line, not a name
    if any(line.text.endswith(s) for s in lexicon.words("unit_suffixes")):
        return False
    if line.text in lexicon.words("sections"):
        return False     # 简讯 over 本报讯…: a column label, not the writer of the piece above
    if above is not None and P.SECTION_NUMBER.match(above.last):
        return False     # 2 / 初见: the subhead under a section's number, not a writer
    if nxt is None:
        return True
    if not lexicon.has_surname(line.text):
        return _pen_name(line, nxt, above)
    if anchor_kind(nxt) in ("dispatch", "byline"):
        return True
    if above is not None and P.ends_sentence(above.last) and traits(nxt.text).affiliation:
        return True      # …深情。 / 赵晓峰 / （作者单位：…文化馆）: the writer, over where they work
    if after is not None and above is not None and P.ends_sentence(above.last) \
            and anchor_kind(after) in ("dispatch", "byline") and len(nxt.text) <= SUBHEAD_MAX_CHARS \
            and not traits(nxt.text).marks and not traits(nxt.text).ends_sentence:
        return True      # …走远。 / 邢若楠 / 市民诗歌朗诵会… / 本报讯…: the writer of the piece above
    if above is not None and P.ends_sentence(above.last) and not line.blank_before and nxt.blank_before:
        return True      # …又有温度。 / 王晓彤 / (blank) / 学习问答: set close under the prose, apart from what follows
    if above is not None and P.ends_sentence(above.last) \
            and (_BRIEFS_LINE.match(nxt.text.strip()) or _BOX_LABEL.match(nxt.text.strip())
                 or nxt.text.strip() in lexicon.words("sections")):
        return True      # …变得更值钱。 / 刘 畅 / 经济简讯: the writer of the piece above, over the next column's label
    return (above is not None and len(above.lines) == 1 and not P.ends_sentence(above.last)
            and len(above.last) <= SUBHEAD_MAX_CHARS
            # prose below: a long line, or (a full three-character name) an indented opening
            and (len(nxt.text) > SUBHEAD_MAX_CHARS or (len(line.text) == 3 and nxt.indent >= 2)
                 or _prose_line(nxt.text))
            and not _ENUMERATED.match(above.last))   # 一、…主要 / 成效: a numbered heading's last word


def _pen_name(line: Line, nxt: Line, above: Block | None) -> bool:
    """A writer's pen name (采药, 林夏萨摩) alone between a one-line title and the piece's first
    indented paragraph: a page that indents its paragraphs sets the title, the writer and
    then the text — two to four hanzi there, no body's or place's name, no column's label
    and no repeat of the line above (县域快讯 printed twice), are the writer."""
    from .. import gazetteer
    return above is not None and len(above.lines) == 1 and not P.ends_sentence(above.last) \
        and len(above.last) <= SUBHEAD_MAX_CHARS and not traits(above.last).marks \
        and nxt.indent >= 2 and line.indent == 0 and _prose_line(nxt.text) \
        and bool(_HAN_ONLY_NAME.fullmatch(line.text)) and not is_unit_name(line.text) \
        and not gazetteer.opens_on_place(line.text) and not _ENUMERATED.match(above.last) \
        and line.text not in lexicon.words("sections") and squeeze(line.text) != squeeze(above.last) \
        and not P.COLUMN_SHAPE.search(line.text) and not _BOX_LABEL.match(line.text) \
        and not re.fullmatch(P.GLOSSARY_WORDS, line.text)


_HAN_ONLY_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _prose_line(text: str) -> bool:
    """A narrow column's line of prose: a comma or enumeration comma inside a line of ten
    characters or more (傍晚，雨点敲在窗台上，我合上书), where a deck seldom has one."""
    return len(text) >= NARROW_HEAD_SHORT and bool(re.search(r"[，、]", text[:-1]))


def _signed_name(text: str) -> bool:
    """A lone name that signs a piece: 2–3 hanzi led by a surname (a headline's column never
    wraps after two or three characters)."""
    return bool(_LONE_NAME.match(text)) and lexicon.has_surname(text)


def anchor_kind(line: Line) -> str | None:
    """The block kind a line opens on its own, whatever came before it."""
    return _anchor_kind(line.text)


_ROLE_OR_MARK = re.compile(rf"(?:{P.ROLE_WORDS})|(?:文|撰文|图文)\s*[/／:：]|[\s、，,]+")


# Characters of grammar that no person's name holds (了解到, 近两年, 获悉).
_NOT_IN_NAMES = frozenset("了到的着过是在年等已从对把被就也还又这所及但并或获悉据解说您吗呢")


def _credited_people(text: str) -> bool:
    """Whether a plain byline's names are people's: none holds a character of grammar
    (记者 了解到，近两年海 is a sentence, not a credit)."""
    names = [n for n in _ROLE_OR_MARK.split(text) if n]
    return not any(c in _NOT_IN_NAMES for n in names for c in n)


# A short title set with a space between its characters (拍 卖 公 告).
_LETTER_SPACED = re.compile(rf"[{P.HAN}](?:[ \u3000]+[{P.HAN}]){{1,7}}")


@lru_cache(maxsize=P.LINE_CACHE)
def _anchor_kind(text: str) -> str | None:
    if P.is_dispatch(text):
        return "dispatch"
    if text.endswith(" 摄") and len(text) <= 30 and P.is_credit_line(text):
        return "credit"     # 通讯员 赖 永 康 摄: a picture's credit, however its name is padded
    if P.BYLINE_LINE.match(text) and not P.SIDEBAR_LABEL.match(text) and not _bulleted_label(text) \
            or P.BYLINE_PLAIN.match(text) and _credited_people(text) \
            or P.SPLIT_CREDIT.match(text) \
            or (body := P.BYLINE_BODY.match(text)) is not None and lexicon.has_surname(squeeze(body.group(1) or body.group(2))):
        return "byline"
    if len(text) <= 30 and P.is_credit_line(text):
        return "credit"
    if text[:1] in "【[" and text[-1:] in "】]" and 4 <= len(text) <= 34:
        text = text[1:-1].strip()    # 【沈阳天气】, 【停电预告】: a box's title in brackets
        if text in _SERVICE_TAGS:
            return None              # 【便民服务】 over a title: the column's tag, no box of its own
    if _LETTER_SPACED.fullmatch(text):
        text = squeeze(text)         # 拍 卖 公 告, 公　告: a box's title set letter-spaced
    if text.endswith(_NOTICE_ENDS) and (
            P.NOTICE_TITLE.match(text) and (len(text) <= 32 or "关于" in text) and not _plain_notice(text)
            or "关于" in text and text.endswith("的通知") and len(text) <= 60):
        return "notice"
    if len(text) <= 10 and P.WEATHER_HEAD.match(text):
        return "weather"
    if (m := _DAY_FORECAST.match(text)) is not None and P.WEATHER_DATA.search(text[m.end():]):
        return "weather"    # 今日天气　多云转小雨　东北风3~4级: the box's label with its day's readings
    if len(text) <= 40 and (text.endswith(("价", "价格", "行情", "）", ")")) and _PRICE_HEAD.match(text)):
        return "notice"     # 今日菜价, 农产品价格行情, 小麦收购价（6月4日）: a price list's head
    return None


def _bulleted_label(text: str) -> bool:
    """■果乡简讯, ■县区传真: a column's label behind a bullet, not a writer's name — nor
    words of the language no name is made of (■比赛结果, ■第十轮赛程: a box's part)."""
    rest = squeeze(P.LEADING_BULLET.sub("", text))
    if P.COLUMN_SHAPE.match(rest):
        return True
    if not P.LEADING_BULLET.match(text) or not 3 <= len(rest) <= 8:
        return False
    words = rjieba.tag(rest)
    return all(len(w) >= 2 and not tag.startswith("nr") for w, tag in words)


# The head of a box of prices (今日菜价, 农产品价格行情, 周口部分粮食收购点小麦收购价（6月4日）).
_PRICE_HEAD = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}[\s\u3000]*[·・][\s\u3000]*)?"     # (菜篮子 · 今日菜价: the box's column first)
                         r"(?:今日|本周|每日|近期)?[\u4e00-\u9fff]{0,14}(?:菜价|物价|肉价|粮价|价格行情|市场行情|收购价|零售价"
                         r"|(?:农产品|蔬菜|粮油|肉禽|农资|菜篮子)价格)"
                         r"(?:[（(][^（）()]{2,20}[)）])?$")


# The last characters of every notice title (:data:`~baoxun.layout.patterns.NOTICE_TITLE`
# ends in one of these words): a line ending otherwise is no notice heading.
_NOTICE_ENDS = ("公告", "启事", "通告", "声明", "公示", "告知书", "讣告", "通知", "任免名单", "警情通报", "警方通报",
                "便民信息", "便民服务", "便民提示", "服务信息", "服务热线", "预告")


# Service labels that, set in brackets, tag a column of news as often as they head a box.
_SERVICE_TAGS = frozenset(("便民信息", "便民服务", "便民提示", "服务信息"))


def _plain_notice(text: str) -> bool:
    """…通知 titles are news (县政府印发通知) unless they are 关于…的通知 or service notices."""
    return text.endswith("通知") and not re.search(r"(停电|停水|停气|停暖|封路|交通管制)通知$", text)


# A contact label the column cut, as (end of the line above, start of the line below).
_CONTACT_CUTS = (("联", "系电话"), ("联系", "电话"), ("联系电", "话"), ("电", "话："), ("电", "话:"))
_NUMBER_LEFT = re.compile(r"[0-9０-９](?:[.．]|[万亿])?$")
_RANGE_LEFT = re.compile(r"[0-9０-９][至到~～\-－—]$")
_NUMBER_RIGHT = re.compile(r"[0-9０-９.．%％]|[至到年月日号时点分秒岁个万亿元]|[级米吨亩户项次台辆斤倍](?![0-9０-９])")   # (南风3 / 级, 4500 / 吨)


def number_cut(left: str, right: str) -> bool:
    """A number the column cut from its unit or its other digits (…至11 / 月30日, 8. / 6%),
    or a range cut after its 至 (1至 / 4月) — not a whole telephone number ending its line
    (热线：0558-6521235 / 5月20日，…)."""
    return (bool(_NUMBER_LEFT.search(left)) and bool(_NUMBER_RIGHT.match(right))
            or bool(_RANGE_LEFT.search(left)) and right[:1].isdigit()) and not _PHONE_END.search(left)


# A telephone number alone on its line.
_BARE_PHONE = re.compile(r"^(?:0\d{2,3}[-－—]?)?\d{5,8}$|^1[3-9]\d{9}$")
# A telephone number, whole: an area code and seven or eight digits, or a mobile's eleven.
_PHONE_END = re.compile(r"(?<!\d)(?:0\d{2,3}[-－—]\d{7,8}|1[3-9]\d{9})$")


def _contact_cut(left: str, right: str) -> bool:
    """…联系人：聂勇　联 / 系电话：0851-…: a contact label the column cut."""
    return any(left.endswith(a) and right.startswith(b) for a, b in _CONTACT_CUTS)


# A title says again what its lede says: most of its character pairs recur just below.
ECHO_SHARE = 0.6
ECHO_MIN_PAIRS = 4


def _echoed(title: str, below: str) -> bool:
    pairs = P.han_pairs(title)
    if len(pairs) < ECHO_MIN_PAIRS:
        return False
    # ... down to its last words (…持续升温), where a line of prose cut mid-name (…园长宋) is not
    return sum(p in below for p in pairs) >= ECHO_SHARE * len(pairs) and title[-3:] in below


def straddles_word(left: str, right: str, guess: bool = True) -> bool:
    """True when a dictionary word runs across the break between two lines (志愿|者):
    the break cannot be a paragraph or headline end. With ``guess`` the segmenter's
    new-word guesses count too (a name the column cut: 王小|明)."""
    a, b = left[-3:], right[:3]
    if not a or not b:
        return False
    if number_cut(a, b):
        return True      # …至11 / 月30日, 2 / 8.6%: a number and its unit the column cut
    cut = len(a)
    for _, start, end in rjieba.tokenize(a + b, hmm=guess):
        if start < cut < end:
            return True
    return False


def _narrow_head(line: Line, layout: Layout) -> bool:
    """Narrow pages: a line shaped like a headline line, not a column line of prose."""
    t = traits(line.text)
    if t.ends_sentence or t.anchor or t.jump_from:
        return False
    if t.marks and not line.set_across:
        # a comma is prose's — unless the dump cut its column by character count and the
        # line overruns it: a title set across columns (打通物流堵点，政策扶持要)
        return False
    if t.affiliation:
        return False     # （作者系…）: the last paragraph of an opinion or theory piece
    if layout.indented and line.indent >= 2 and line.text.count("“") > line.text.count("”"):
        return False     # 　　“进口的车厘子、三文鱼从: an indented paragraph opening on a quote it goes on with
    if layout.full(line) and _ENUMERATED.match(line.text) and "、" in line.text[2:]:
        return False     # 二、被征收土地的所有权人、使用 / 权人应在…: a numbered clause listing on, cut by the column
    if layout.short(line) or line.width > layout.column_width + NARROW_FULL_SLACK:
        return True      # well short of the column, or wider than it: set in headline type
    # full width where a paragraph would be indented — unless the dump kept the indent
    return layout.indented and layout.full(line) and line.indent < 2


# How a caption opens: who is shown, marked by where they stand in the picture (吴建华（右二）,
# 志愿者（左）), or the day it was taken (4月13日，…), or 图为….
_CAPTION_OPENING = re.compile(r"^(?:[\u4e00-\u9fff]{2,8}[（(](?:左|右|中|前|后)[一二三四五六]?[)）]"
                              r"|\d{1,2}月\d{1,2}日[，,]|图为)")


def _apart_line(block: Block, nxt: Block, layout: Layout) -> bool:
    """On a page that prints a blank line only between pieces, one unpunctuated line with a
    blank line on either side is no line of a paragraph, whatever its width: a title."""
    line = block.lines[0]
    return len(block.lines) == 1 and _set_apart(line, layout) and nxt.lines[0].blank_before \
        and not traits(line.text).marks and not traits(line.text).ends_sentence


def _flush_short(line: Line, layout: Layout, column: int | None = None) -> bool:
    """Narrow pages that indent nothing open every paragraph on a full line: a line that
    stops three characters short of the column with no 。；， and no sentence end, as a
    paragraph of its own, is a paragraph of one unfinished line — a title or subhead."""
    t = traits(line.text)
    return (layout.narrow and not layout.indented and line.indent == 0 and not t.marks and not t.ends_sentence
            and _hanzi_width(line.text) >= 4
            and line.width <= (column or layout.column_width) - NARROW_SHORT_LAST)


def _hanzi_width(text: str) -> int:
    return 2 * len(P.HAN_RE.findall(text))


def _overruns(text: str, column: int) -> bool:
    """A title set across columns (打通物流堵点，政策扶持要): its hanzi alone overrun the
    column by a character or more, and it holds one comma at most and no full stop
    (quotes and brackets are not counted: a dump may set them half-width)."""
    return _hanzi_width(text) >= column + OVER_COLUMN and len(_SENTENCE_MARKS.findall(text)) <= 1 \
        and not re.search(r"[。；;]", text)


def _mark_set_across(lines: list[Line], column: int) -> None:
    """On a page cut by character count, a line that overruns the column while the lines
    around it do not is set across columns: a title (…的企业。 / 打通物流堵点，政策扶持要 /
    明确细则), even with a comma in it. A page that mixes a wide chunk in keeps its wide
    lines as prose: their neighbours overrun too."""
    wide = [line.width >= column + 4 for line in lines]   # a hanging mark overruns by one
    for k, line in enumerate(lines):
        if wide[k] and line.indent == 0 and _overruns(line.text, column) \
                and not (k > 0 and wide[k - 1]) and not (k + 1 < len(lines) and wide[k + 1]):
            line.set_across = True


# A time phrase that opens a sentence (进入“三九”以来，, 入夏以来，, 今年以来，, 春节期间，).
_OPENS_SENTENCE = re.compile(r"^[^，。！？；]{1,10}(?:以来|期间|之际|前后)[，,]")


def _resumes(block: Block, line: Line) -> bool:
    """Does ``line`` carry on the sentence ``block`` broke off (健康保|健意识, 游|客)?
    Only then is what stands between them a caption dropped into the sentence."""
    if P.JUMP_FROM.match(line.text) or _SENTENCE_MARKS.match(line.text[:1]):
        return bool(_SENTENCE_MARKS.match(line.text[:1]))
    if LEDE_DATE.match(line.text) or _OPENS_SENTENCE.match(line.text):
        return False     # 3月4日，…, 进入“三九”以来，… opens a new caption or lede, it resumes nothing
    text = line.text.strip()
    if text.endswith(("：", ":")) and len(text) <= KICKER_MAX_CHARS and is_unit_name(text[:-1]):
        return False     # 新镇镇： / “田保姆”…: a unit's kicker opens the next piece's headline
    return straddles_word(block.last, line.text) or not _narrow_head_like(line)


def _full_prose_resumes(block: Block, caption: Line, after: Line, past: Line | None, layout: Layout) -> bool:
    """…慢行 / 市民在…休闲。 / 龙湖区委宣传部供图 / 步道沿着海岸…河 / 口。…: on a narrow page, the
    full line after a caption's credit goes on with the sentence the full line above it broke,
    though it looks like a headline line — the prose below it says so (it carries a sentence
    mark and is no new piece's opening); so does any line after a sentence broken at a comma,
    which no piece ends on, whatever the widths. Not when the block above is itself a caption (dated,
    or credited), whose last line the caption line would be."""
    return layout.narrow and (layout.full(block.lines[-1]) and layout.full(after)
                              or block.last.rstrip()[-1:] in _CLAUSE_OPEN) \
        and not traits(after.text).ends_sentence and past is not None \
        and bool(_SENTENCE_MARKS.search(past.text)) and not traits(past.text).anchor and past.indent < 2 \
        and not straddles_word(block.last, caption.text) \
        and not LEDE_DATE.match(after.text) and not _OPENS_SENTENCE.match(after.text) \
        and not traits(block.lines[0].text).lede_date \
        and not P.caption_with_credit(block.text) and not P.is_credit_line(block.last)


def _narrow_head_like(line: Line) -> bool:
    """A short unpunctuated line: more likely a headline than the rest of a sentence."""
    return len(line.text) <= SUBHEAD_MAX_CHARS and not _SENTENCE_MARKS.search(line.text)


def _set_apart(line: Line, layout: Layout) -> bool:
    """A blank line stands before ``line`` on a page that seldom prints one: the line opens
    something (a caption set between two halves of a sentence), it wraps nothing above it."""
    return line.blank_before and layout.sparse_blanks


def _is_caption_text(line: Line) -> bool:
    """A caption line carrying its own credit: 志愿者为老人理发。县文明办提供."""
    return len(line.text) <= CAPTION_MAX_CHARS and bool(P.caption_with_credit(line.text))


# A date standing alone on its line (2023年3月10日): the date a notice or letter is
# signed, never a headline.
_BARE_DATE = re.compile(r"^(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*(?:星期|周)[一二三四五六日天])?$"
                        r"|^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月$"   # or the month alone: 2024年12月
                        rf"|^{P.CN_DATE}$")   # or in Chinese numerals: 二〇二三年十二月四日


# Marks that never open a printed line (避头点: Chinese typesetting keeps them off a line's start).
_CIRCLED = frozenset("①②③④⑤⑥⑦⑧⑨⑩")
_NO_LINE_START = frozenset("、，。；：！？）》”’～")    # …北风3到4级，2℃ / ～7℃: a range's rest




@cache
def _unit_name_pattern() -> re.Pattern[str]:
    words = sorted(lexicon.words("unit_suffixes"), key=len, reverse=True)
    return re.compile(rf"^[{P.HAN}（）()]*(?:{'|'.join(map(re.escape, words))})$")


@lru_cache(maxsize=P.LINE_CACHE)
def is_unit_name(text: str, longest: int = 16) -> bool:
    """A place or body name standing alone (古交市, 国网武乡县供电公司, 区住建局：), at
    most ``longest`` characters before a closing colon."""
    t = text.rstrip("：:")
    return 2 <= len(t) <= longest and bool(_unit_name_pattern().match(t)) and not t.endswith(_NOT_UNIT_ENDS)


# Endings that look like a body's and are things (…获赠锦旗: 旗 ends a banner's county-level
# division, not a flag; 干部 are people).
_NOT_UNIT_ENDS = ("干部", "锦旗", "红旗", "国旗", "党旗", "彩旗", "团旗", "队旗", "会旗", "旌旗",
                  "城乡")   # (文明新风润城乡: 城乡 is town and country, no 乡)


def _unit_line(text: str) -> bool:
    """A line that is only the name of a body (潍坊市文明办, 阿荣旗人民政府)."""
    t = text.strip()
    return len(t) >= 3 and not t.endswith(("：", ":")) and is_unit_name(t, 24)


# How far into a line the rest of a quoted word the line above opened may run (…到“手机 / 种田”，…).
QUOTE_REST_MAX = 6
# A book or document title (《…》) the column cut may run over this many lines.
BOOK_TITLE_LINES = 3


def _open_book_title(block: Block) -> bool:
    tail = "".join(x.text for x in block.lines[-BOOK_TITLE_LINES:])
    return tail.count("《") > tail.count("》")


def _opens_book_title_first(text: str) -> bool:
    a, b = text.find("《"), text.find("》")
    return a >= 0 and (b < 0 or a < b)
# Characters that open no paragraph: the rest of a sentence begins so (…修缮 / 和活化利用。).
_NO_PARAGRAPH_OPENING = frozenset("和与及并或的地得了着过等")
# The number of an entry of a list (1. 2、 3．).
_NUMBERED = re.compile(r"^\d{1,2}[.．、]\s*(?=[\u4e00-\u9fff“《])")
# A turn of an interview (问：…, 答：…): each opens a paragraph.
_QA_TURN = re.compile(r"^[问答][：:]")
# A hotline entry's first turn: who called or wrote in (市民王先生来电：, 网友“山水”留言：, 问：).
_CALLER_TURN = re.compile(r"^(?:问[：:]|诉求[：:]|(?:市民|网友|读者|群众|居民|村民|家长)[^：:，。]{0,10}(?:来电|来信|留言|反映|咨询|求助|投诉|问)[：:])")
# ... or a turn led by who speaks (记者：…, 程立军：…).
_SPEAKER_TURN = re.compile(rf"^(?:问|答|记者|主持人|[{P.HAN}]{{2,3}})[：:](?=\S)")


def _speaker_turn(text: str) -> bool:
    m = _SPEAKER_TURN.match(text)
    if not m:
        return False
    who = m.group()[:-1]
    return who in ("问", "答", "记者", "主持人") or lexicon.has_surname(who) and not is_unit_name(who)


# A labelled point (科学佩戴口罩：…): narrow pages print one a paragraph.
_LABELLED = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:]")

# A 小标题 of a label and its phrase (新工艺：机器替人 品质更稳, “腾笼”：一地一策盘活存量): a
# short label, a colon, a phrase with no sentence mark — no sentence's opening line.
_LABEL_SUBHEAD = re.compile(r"^[“\"「]?[\u4e00-\u9fff]{2,6}[”\"」]?[：:][^，。、；！？,;!?：:（）()“”]{4,16}$")


# A justified column fills every line of prose but a paragraph's last: a labelled subhead
# stops at least two characters (four half-em units) short of it.
LABEL_SUBHEAD_SHORT = 2


def _label_subhead(prev: Line, line: Line, column: int) -> bool:
    """``prev`` is a label-and-phrase subhead set short of the column, with no word across
    to ``line`` — not a speaker's turn (王明：我们今年打算, unless set apart by quotes or a space)."""
    text = prev.text
    if not _LABEL_SUBHEAD.match(text) or prev.width + 2 * min(prev.indent, 2) > column - LABEL_SUBHEAD_SHORT:
        return False
    if _speaker_turn(text) and not text.startswith(("“", '"', "「")) and " " not in text and "\u3000" not in text:
        return False
    return not straddles_word(text, line.text, guess=False)


class LineTraits(NamedTuple):
    """What the join and headline rules ask of one printed line's text, read once per
    distinct text (:func:`traits`): a page asks each question of a line several times,
    as the line itself, as the line above the next, and as the line below the last."""

    anchor: str | None     # the block kind the line opens on its own (:func:`anchor_kind`)
    ends_sentence: bool    # ends where a sentence may end (。！？ …)
    marks: bool            # holds a mark a headline line does not (。；，)
    caption: bool          # a caption line carrying its own credit (:func:`_is_caption_text`)
    bracket_credit: bool   # a closing credit in brackets: （记者 金晓晓）
    lede_date: bool        # opens with its date: 11月12日，…
    dash: bool             # a subtitle deck led by a dash: ——记湘江株洲段的护河人
    couplet: bool          # two phrases set apart by a space: a headline couplet
    contact: bool          # a notice's contact line: 联系电话：…
    bare_date: bool        # a date alone on its line: 2023年3月10日
    notice_close: bool     # the formula that closes a notice: 特此公告。
    jump_from: bool        # opens with （上接第一版）
    jump_to: bool          # closes with （下转第3版）
    affiliation: bool      # （作者系…）: an author's affiliation
    unit: bool             # only the name of a body (:func:`_unit_line`)
    labelled: bool         # a labelled point: 科学佩戴口罩：…


@lru_cache(maxsize=P.LINE_CACHE)
def traits(text: str) -> LineTraits:
    """The :class:`LineTraits` of a line's text. Each pattern is tried only when the text
    holds what it must (a colon for a contact line, 版 for a jump line …)."""
    first = text[:1]
    colon = "：" in text or ":" in text
    bracket = first in ("（", "(")
    return LineTraits(
        anchor=_anchor_kind(text),
        ends_sentence=P.ends_sentence(text),
        marks=bool(_SENTENCE_MARKS.search(text)),
        caption=len(text) <= CAPTION_MAX_CHARS and bool(P.caption_with_credit(text)),
        bracket_credit=bracket and bool(P.BRACKET_CREDIT.match(text)),
        lede_date=first.isdigit() and bool(LEDE_DATE.match(text)),
        dash=text.startswith(("—", "--")) and bool(DASH_LINE.match(text)),
        couplet=(" " in text or "\u3000" in text) and bool(COUPLET.match(text)),
        contact=colon and bool(P.CONTACT_LINE.match(text)),
        bare_date=text[:1].isdigit() and bool(_BARE_DATE.match(text)),   # 2024年5月9日, or 2月29日 under its signer
        notice_close=text.startswith(("特此", "此告")) and bool(P.NOTICE_CLOSE.match(text)),
        jump_from="接" in text and bool(P.JUMP_FROM.match(text)),
        jump_to="版" in text and bool(P.JUMP_TO.search(text)),
        affiliation=bracket and bool(P.AFFILIATION.match(text)),
        unit=_unit_line(text),
        labelled=colon and bool(_LABELLED.match(text)),
    )


def _credited_names(text: str) -> bool:
    """A bracketed credit names people: every name two to four characters (or a dotted
    transliteration) with no word of grammar in it, one at least led by a surname or dotted
    (（包红梅 其木格）, （古丽娜尔·吐尔洪）, not （新春走基层）) — or any, after a role
    (（记者 尼玛卓嘎）: a Tibetan name has no Han surname)."""
    names = [n for n in re.split(r"[\s、，,]+", re.sub(rf"[（()）]|{P.ROLE_WORDS}", " ", text).strip()) if n]
    if len(names) == 2 and all(len(n) == 1 for n in names):
        names = ["".join(names)]   # （张　雯）: a two-character name set as wide as three
    return bool(names) and all((2 <= len(n) <= 4 or _DOTTED_NAME.fullmatch(n)) and not any(c in _NOT_IN_NAMES for c in n)
                               for n in names) \
        and (any(lexicon.has_surname(n) or _DOTTED_NAME.fullmatch(n) for n in names)
             or re.match(rf"[（(]\s*(?:{P.ROLE_WORDS})", text) is not None)


# A transliterated name in two parts (古丽娜尔·吐尔洪, 阿依古丽·买买提): a person's, with no
# Han surname to show it.
_DOTTED_NAME = re.compile(rf"[{P.HAN}]{{2,6}}·[{P.HAN}]{{1,6}}")


def _deck_like(text: str) -> bool:
    """A headline deck's punctuation: none but quotes, brackets, ·, spaces — or a unit
    kicker's closing colon (区政协：)."""
    if re.fullmatch(r"[^：:]{2,16}[：:]", text):
        text = text[:-1]
    return not re.search(r"[、，,。；;：:！？!?…]", text) and not _ENUMERATED.match(text)


def _balanced(text: str) -> bool:
    return text.count("（") + text.count("(") == text.count("）") + text.count(")")


@lru_cache(maxsize=4096)
def _opens_mid_clause(text: str) -> bool:
    """A line that opens with a one-character verb and its aspect particle (作了…, 做着…):
    the verb's subject is on the line above; no headline or paragraph opens so."""
    if len(text) < 3 or text[1] not in "了着过":
        return False
    words = rjieba.tokenize(text[:6])
    return len(words) >= 2 and words[0][2] == 1 and words[1][0] in ("了", "着", "过")


_TAIL_BRACKET = re.compile(r"[。！？][”’」]?\s*([（(][^（）()]{2,30}[)）])$")


# A caption that says it is one: 图为… (the picture shows …).
_PICTURE_SAYS = ("图为", "上图为", "下图为", "左图为", "右图为")
# A weather box's line of temperatures (23℃～31℃, -19℃～-7℃).
_TEMPERATURES = re.compile(r"^[-－]?\d{1,2}\s*℃?\s*[～~至到—-]\s*[-－]?\d{1,2}\s*℃$")
# ... or a place's reading with them (康定 小雨 12～21℃): a line of a forecast's table.
_READING = re.compile(rf"^[\u4e00-\u9fff]{{2,6}}[\s\u3000]+[\u4e00-\u9fff转]{{1,8}}[\s\u3000]+{P.TEMPERATURE_RANGE}"
                      r"(?:[\s\u3000]+[\u4e00-\u9fff]{1,4}风[0-9～~\-－到至]{1,5}级)?$")   # (… 北风1～2级)
# Marks after which a sentence goes on: a line ending on one is no paragraph's end.
_CLAUSE_OPEN = frozenset("，：、；,:;")
# What a caption says: who is doing what, and where, now (果农在芒果园里采摘芒果。,
# 产业园内，工人在生产线上包装螺蛳粉。) — one short sentence, no modal, aspect or future
# word (村民在合作社里就能挣钱。 is prose), no quote.
# A caption opens on the day or on where the picture was taken (曼春满村的…, 高城镇牧民在…);
# the rest of a paragraph opens on what the line above broke off (余人参加…, 了红钢城街道…).
_PLACE_OPENING = re.compile(rf"^(?![了的地得着过也都就还又而并及与和或更最很太再是在])[{P.HAN}]{{1,6}}"
                            r"(?:村|镇|乡|县|区|市|州|旗|街道|社区|基地|园区|景区|小区|公司|合作社|学校|医院|车间|工地)")
_SCENE = re.compile(r"^(?:[^，。“”]{2,8}，)?[^，。“”：]{1,10}(?:正在|在|对|为|向)[^，。“”！？：；]{2,22}。$")
_NOT_SCENE = re.compile(r"能|会|要|将|已|了|过|可以|应|需|是|有|没|不")


def _under_prose(block: Block | None) -> bool:
    """The open block is prose that has finished a sentence: a picture set under it is its
    piece's (a title's picture story opens under a line with no sentence end)."""
    return block is not None and block.kind in ("text", "dispatch") and traits(block.last).ends_sentence


def _shows_a_scene(text: str) -> bool:
    t = text.strip()
    return len(t) <= CAPTION_SCENE_MAX and bool(_SCENE.match(t)) and not _NOT_SCENE.search(t)


# How far short of a wide page's column cut (half-em units) a flush line must stop to be
# read as no prose: a paragraph's lines fill the column, the last one aside.
SHORT_OF_COLUMN = 4


def _short_flush_opening(block: Block, prev: Line, layout: Layout) -> bool:
    """On a wide page that indents its paragraph openings and cuts its prose at one width,
    a block's first line set flush and well short of the column is no paragraph's first
    line (that would be indented) nor its middle (that would fill the column): it is a
    headline line or an author's name (今夜，我想给远方写封信 / 林夏萨摩 / 　Hi，…)."""
    return bool(layout.wide_column) and len(block.lines) == 1 and block.kind == "text" \
        and prev.indent == 0 and not prev.heading \
        and prev.width <= layout.wide_column - SHORT_OF_COLUMN


def _narrow_short_block(block: Block, line: Line, layout: Layout) -> bool:
    """A narrow column is set justified: a block of one flush line that stops short of
    the column is no paragraph the column wrapped (慢一点，再慢一点也好 / 林木)."""
    return layout.narrow and len(block.lines) == 1 and block.kind == "text" and line.indent < 2 \
        and not line.heading and line.width <= layout.column_width - NARROW_SHORT_LAST


def _flush_head(block: Block, layout: Layout) -> bool:
    """A one-line block that :func:`_short_flush_opening` reads as no prose, with no
    sentence in it: a headline line, commas and all (今夜，我想给远方写封信)."""
    line = block.lines[0]
    return (_short_flush_opening(block, line, layout) or _narrow_short_block(block, line, layout)) \
        and len(line.text) <= HEAD_MAX_CHARS \
        and not traits(line.text).ends_sentence and not re.search(r"[。；;]|[：:]$", line.text) \
        and not traits(line.text).anchor and not traits(line.text).unit and not _LONE_NAME.match(line.text) \
        and not traits(line.text).bracket_credit and not traits(line.text).caption \
        and not P.AFFILIATION.match(line.text)


# A report's subtitle ends on the word for its genre (——…见闻, ——…纪实, ——…工作综述); a short
# line ending so under a ——deck is that deck's wrapped rest.
_REPORT_END = re.compile(r"(?:见闻|纪实|侧记|综述|记事|速写|走笔|手记|札记|巡礼|纪行|调查|探访)$")
REPORT_TAIL_MAX = 12


def _numbered_subhead(block: Block, prev: Line, line: Line, layout: Layout) -> bool:
    """On a wide page whose lines are whole paragraphs, a numbered line with no colon that
    ends on a word or a closing quote (no comma, no sentence end) over a blank line and a
    longer line is a section's subhead (一、…找准治理“堵点”, 二、“暖气热不热，摸一摸就知道”),
    not a paragraph the column cut (a numbered line with figures, 四、7月1日至8月31日, is a
    list item the column cut)."""
    return not layout.narrow and not layout.wide_column and len(block.lines) == 1 and block.kind == "text" \
        and line.blank_before >= 1 and bool(_ENUMERATED.match(prev.text)) and len(prev.text) <= HEAD_MAX_CHARS \
        and not re.search(r"[：:0-9０-９]", prev.text) and bool(re.search(r"[\u4e00-\u9fff”」》）)]$", prev.text)) \
        and len(line.text) > len(prev.text) and not straddles_word(prev.text, line.text, guess=False)


def _wrapped_caption_tail(prev: str, text: str, filled: bool = False) -> bool:
    """…纪念馆参 / 观。 县融媒体中心供图: the last characters of a caption the column
    wrapped, its credit printed after them on the same line — the break cuts a word, or
    the line above fills the column (…赤霉病发生 / 情况。 图/胡晓东)."""
    m = P.caption_with_credit(text)
    if m is None or not P.ends_sentence(m.group(1).strip()):
        return False
    tail = m.group(1).strip()
    # (a word run across the break is evidence enough for a longer tail: …200米自由 / 泳决赛中奋力冲刺。)
    return len(tail) <= 8 and (filled or straddles_word(prev, tail)) \
        or len(tail) <= WRAPPED_TAIL_MAX and straddles_word(prev, tail, guess=False)


# The longest tail of a wrapped caption told by a word run across the break alone.
WRAPPED_TAIL_MAX = 12


# The rest of a caption's credit the column cut (…上课。通讯员 潘一 / 帆 摄)
_CREDIT_REST = re.compile(r"^\S{0,3}\s*(?:摄|供图|图)\s*$")


def _closing_credit(text: str) -> bool:
    """Whether a paragraph ends in a bracketed credit after its last sentence (…。（记者 陆文静））."""
    m = _TAIL_BRACKET.search(text[-40:])
    return bool(m) and bool(P.BRACKET_CREDIT.match(re.sub(r"\s+", " ", m.group(1))))


# A labelled item of a list (3路：…, 停气范围：…, 11路、19路：…): a short label and a colon.
_LIST_LABEL = re.compile(r"^[\w、·（）()]{1,10}[：:]\S")


def _flush_last_line(prev: Line, line: Line, nxt: Line | None, layout: Layout) -> bool:
    """On a narrow page that indents its paragraphs, a flush short sentence under a full
    line is that paragraph's last line (…20多万元。” / 种植户刘二虎算起了收入账。) — unless it
    is a caption, an anchor, or a credit follows it."""
    u = traits(line.text)
    return layout.indented and line.indent < 2 and layout.full(prev) and u.ends_sentence \
        and not u.anchor and not u.caption and not (nxt is not None and P.is_credit_line(nxt.text))


# How deep a notice's signature is set in (characters): right-aligned, far past a paragraph's indent.
SIGNATURE_INDENT = 4


def _signer(block: Block) -> bool:
    """A notice's signer: a body's name set far in (right-aligned) on a line of its own."""
    return block.lines[0].indent >= SIGNATURE_INDENT and is_unit_name(block.text.strip())


# An entry of a listing of shows or services: a clock time and a price on one line, no
# sentence (11月22日19:30 昆曲《牡丹亭》 苏州昆剧院 票价：80元—280元).
_LISTING_ENTRY = re.compile(r"\d{1,2}[:：]\d{2}(?!\d).*(?:票价|门票|元)")


# A line of a figures box (数说留坝 / 森林覆盖率：91.5% / 精品民宿：86家): a short label, a
# colon and a number with its unit.
_FIGURE_LINE = re.compile(r"^[^：:，,。；]{2,16}：\s*[约近超逾]?[0-9][0-9.,，]*\s*(?:[%％‰]|[万亿千百]?[\u4e00-\u9fff]{1,3})$")


# ... or the figure first, then what it counts (▲ 1238家 全市规模以上工业企业数量, 8.7% 规上工业增加值增速).
_FIGURE_FIRST = re.compile(rf"^[{P.BULLETS}]?[\s\u3000]*[约近超逾]?\d[\d.,，]*(?:[%％‰]|(?![年月日时号点分秒])[万亿千百]?[\u4e00-\u9fff]{{1,4}})"
                           r"[\s\u3000]+[\u4e00-\u9fff][\u4e00-\u9fff，、（）()]{3,30}"   # (its unit set close: 1238家, 8.7%)
                           r"(?:(?:[\s\u3000]+|[，,])[^\s\u3000，,。；]{0,12}?(?:增长|下降|提高|增加|减少|回落|上涨)[\d.]+"
                           r"(?:[%％]|个百分点|[万亿千百]?[\u4e00-\u9fff]{1,2}))?$")   # (… 增长5.9%, …，比2018年末增加5300户)


# ... or the label first and its figures after a wide space, the amount, the change or both
# (地区生产总值　2105.37亿元　↑5.9%, 规上工业增加值　↑9.2%, 城镇居民人均可支配收入　42136元).
_CHANGE = r"(?:[↑↓]|(?:同比)?(?:增长|下降|提高|增加|减少|回落|上涨))"
_FIGURE_AFTER = re.compile(r"^[\u4e00-\u9fff（）()]{2,16}[\s\u3000]+"
                           rf"(?=[约近超逾]?\d|{_CHANGE})(?:[约近超逾]?\d[\d.,，]*\s*(?:[%％‰]|(?![年月日时号点分秒])[万亿千百]?[\u4e00-\u9fff]{{1,3}}))?"
                           rf"(?:[\s\u3000]*{_CHANGE}\s*\d[\d.]*\s*(?:[%％]|个百分点))?$")


# How long the label over a figures box may be (■图解2023年全市经济, 数说留坝).
FIGURES_LABEL_MAX = 16


def _figure_after(text: str) -> bool:
    t = text.strip()
    # (set apart by a wide space, or by one space before a figure and its change:
    # 地区生产总值 143.57亿元 增长5.8%)
    return ("\u3000" in t or "  " in t or t.count(" ") >= 1 and re.search(_CHANGE + r"\s*\d", t) is not None) \
        and _FIGURE_AFTER.match(t) is not None


def figure_line(text: str) -> bool:
    t = text.strip()
    return "：" in t and _FIGURE_LINE.match(t) is not None or _FIGURE_FIRST.match(t) is not None or _figure_after(t)


# ... or of a price list (猪肉（精瘦肉） 14.5元/斤, 川汇区：三等小麦1.23元/斤): a good and its price.
PRICE_LINE = re.compile(r"^[\u4e00-\u9fff（）()·、]{1,14}[\s\u3000]*[：:]?[\s\u3000]*[\u4e00-\u9fff]{0,6}"
                        r"\d+(?:\.\d+)?(?:[-—～~]\d+(?:\.\d+)?)?[\s\u3000]*元[\s\u3000]*/[\s\u3000]*[\u4e00-\u9fffA-Za-z]{1,2}"
                        r"(?:[\s\u3000]*(?:[↑↓→↗↘—－\-]|持平|上涨|下跌|涨|跌))?$")   # (with its trend: 大白菜 1.50元/斤 ↓)


# The cells of a table's row, set apart by full-width spaces or runs of spaces.
_CELL_GAP = re.compile(r"[\u3000\t]+|\s{2,}")
# A cell that holds a figure (2.50, ↓16.7%, 1,280): what makes a row a table's row.
_FIGURE_CELL = re.compile(r"^[↑↓+\-－]?\d[\d,.，]*(?:%|％|‰|元|万元|亿元|吨|亩|个|人)?(?:/(?:斤|公斤|千克|吨|个|只|袋|箱|盒))?$"
                          r"|^[↑↓→]$"      # (1.30元/斤, and its trend alone: ↑)
                          # ... or a result: a finishing time (1:05:48, 2小时08分), a score (78:75, 3∶1)
                          r"|^\d{1,3}[:：∶]\d{1,3}(?:[:：∶]\d{2})?(?:\.\d+)?$|^\d{1,2}小时\d{1,2}分(?:\d{1,2}秒)?$")
TABLE_CELL_MAX = 14


def _cells(text: str) -> list[str]:
    t = text.strip()
    if t[:1] in "|｜" and t[-1:] in "|｜" and len(t) > 2:
        return [c.strip() for c in re.split(r"[|｜]", t[1:-1]) if c.strip()]   # | 凯里市 | 12 | 9 |: a Markdown table's row
    return [c for c in _CELL_GAP.split(t) if c]


@lru_cache(maxsize=P.LINE_CACHE)
def table_row(text: str) -> bool:
    """A row of a table printed as text (小白菜　2.50　↓16.7%): three or more short cells
    set apart by wide gaps, one of them a figure, and no sentence in them."""
    cells = _cells(text)
    return len(cells) >= 3 and all(len(c) <= TABLE_CELL_MAX for c in cells) \
        and not re.search(r"[。，；！？,;]", text) and any(_FIGURE_CELL.match(c) for c in cells)


@lru_cache(maxsize=P.LINE_CACHE)
def table_head(text: str) -> bool:
    """A table's head row (品名　均价（元/500克）　环比): three or more short cells, none a
    sentence; a head only over a row (see :func:`table_row`)."""
    cells = _cells(text)
    return len(cells) >= 3 and all(len(c) <= TABLE_CELL_MAX for c in cells) and not re.search(r"[。，；！？,;]", text)


# A match's result on its line (鱼峰区队 2:1 柳南区队, 石花镇队 78比75 茨河镇队) or a fixture of
# a schedule (10月23日 15:30 柳城县队—鱼峰区队（柳城县体育场）): a line of a sports box.
_RESULT_LINE = re.compile(rf"^[{P.HAN}·（）()A-Za-z]{{2,16}}[\s\u3000]+\d{{1,3}}[\s\u3000]*[:：∶比][\s\u3000]*\d{{1,3}}"
                          r"(?:[（(][^（）()]{1,12}[)）])?"       # (2∶2（点球4∶3）)
                          rf"[\s\u3000]+[{P.HAN}·（）()A-Za-z]{{2,16}}$")   # (set apart: 镜湖区队3比1击败… is a title)
# ... or an entry of a ranking: its place, who, and a figure (4 欧阳宁（朗洞镇队） 5球, 1. 马国栋 1:05:48).
_RANKED_LINE = re.compile(rf"^\d{{1,2}}[.、．]?[\s\u3000]+[{P.HAN}·（）()A-Za-z]{{2,20}}[\s\u3000]+\d[\d.:：]*[{P.HAN}]{{0,2}}$")
# ... or a labelled ranking on one line (最终排名：1.寿光 2.青州 3.诸城).
_RANKING_LINE = re.compile(rf"^[{P.HAN}]{{2,8}}[：:][\s\u3000]*(?:\d{{1,2}}[.、．][\s\u3000]*[{P.HAN}·A-Za-z]{{2,12}}[\s\u3000]*){{3,}}$")
_FIXTURE_LINE = re.compile(rf"^(?:\d{{1,2}}月\d{{1,2}}日[\s\u3000]*)?(?:周[一二三四五六日天][\s\u3000]*)?\d{{1,2}}[:：]\d{{2}}[\s\u3000]*"
                           rf"[{P.HAN}·A-Za-z]{{2,16}}[\s\u3000]*(?:—{{1,2}}|-|－|vs|VS|对)[\s\u3000]*[{P.HAN}·A-Za-z]{{2,16}}"
                           r"(?:[\s\u3000]*[（(][^（）()]{2,20}[)）])?$")


# ... or an entry of an agenda: the day (and the hour), a wide gap, what happens then
# (1月13日上午　第二次全体会议, 3月5日 9:00　开幕式), no sentence. (An hour alone opens none:
# it may be the rest of a range the column cut, …7:30至1 / 2:30　….)
_AGENDA_LINE = re.compile(r"^\d{1,2}月\d{1,2}日(?:[上下]午|晚上?|全天)?"
                          r"(?:\s*\d{1,2}[:：]\d{2}(?:[-—～至]{1,2}\d{1,2}[:：]\d{2})?)?(?:\u3000+|\s{2,})[^\s\u3000。！？]"
                          r"[^。！？]{1,40}$")


def agenda_line(text: str) -> bool:
    """A line shaped like an agenda's entry (see :data:`_AGENDA_LINE`)."""
    return _AGENDA_LINE.match(text.strip()) is not None


def _mark_agenda(lines: list[Line]) -> None:
    """Two or more agenda lines in a row are a box's entries, one a line (a single one may
    be a power cut's schedule the column goes on wrapping: 3月22日8:00至17:00　奎文区梨 / 园街道…)."""
    hits = [agenda_line(line.text) for line in lines]
    for k, line in enumerate(lines):
        if hits[k] and (k > 0 and hits[k - 1] or k + 1 < len(lines) and hits[k + 1]):
            line.listed = True


@lru_cache(maxsize=P.LINE_CACHE)
def listing_entry(text: str) -> bool:
    text = text.strip()
    if _RESULT_LINE.match(text) or _FIXTURE_LINE.match(text) or _RANKED_LINE.match(text) or _RANKING_LINE.match(text):
        return True
    if "/" in text and PRICE_LINE.match(text) is not None:
        return True
    if table_row(text):
        return True
    return ("：" in text or ":" in text) and "。" not in text and _LISTING_ENTRY.search(text) is not None


# The label of a column of briefs (简讯, 县域快讯, 要闻简报), set on a line of its own.
_BRIEFS_LINE = re.compile(rf"^[{P.BULLETS}]?[【\[]?[\u4e00-\u9fff]{{0,4}}(?:{P.BRIEFS_WORDS})[】\]]?$")
# A label in brackets alone on its line (【以案说法】, 【普法问答】): a column's or a box's.
_BRACKETED_LABEL = re.compile(r"^【[\u4e00-\u9fff·]{2,8}】$")
# A box's or a sidebar's label, on a line of its own: 【名词解释】, 【链接】, 记者手记.
_BOX_LABEL = re.compile(rf"^(?:【[^【】]{{2,8}}】|{P.SIDEBAR_LABEL.pattern[1:-1]})$")


# A deputy's or member's quote opens on who speaks (县人大代表、东山村党支部书记刘凤山：…): in a
# 代表委员说 column each quote's title stands over that line.
_DELEGATE_OPEN = re.compile(rf"^{P.DELEGATE}、")


# A post at the end of a line, whose holder's name the column then cut (…党支部书记母 / 玉芳：…).
_POST_END = re.compile(r"(?:书记|主任|代表|委员|局长|县长|市长|区长|镇长|乡长|院长|校长|经理|董事长|教授|医师|主席|部长|站长|所长|会长|厂长)"
                       r"([\u4e00-\u9fff]{1,2})$")
_TURN_REST = re.compile(r"^([\u4e00-\u9fff]{1,2})[：:]")


def _speaker_name_cut(above: str, below: str) -> bool:
    """A speaker's name the column cut between a post and the colon (…党支部书记母 / 玉芳：…)."""
    if "：" not in below[:3] and ":" not in below[:3]:
        return False
    post, rest = _POST_END.search(above), _TURN_REST.match(below)
    return post is not None and rest is not None and 2 <= len(post.group(1)) + len(rest.group(1)) <= 3 \
        and lexicon.has_surname(post.group(1)[:1])


def _bullet_entry_goes_on(prev: Line, line: Line, u: LineTraits) -> bool:
    """Whether ``line`` finishes the bulleted entry the column cut on ``prev``: it ends the
    sentence, or the entry broke on a word still waiting for its object or inside a word —
    and the line opens no new thing (a dated lede, a caller's turn, another bullet)."""
    return not _opens_turn_or_lede(line, u) and line.text[:1] not in P.BULLETS \
        and (u.ends_sentence or prev.text[-1] in _PHRASE_OPEN_END or straddles_word(prev.text, line.text, guess=False))


def _opens_turn_or_lede(line: Line, u: LineTraits) -> bool:
    """A line that opens something of its own: an anchor, a dated lede, a caller's or a
    speaker's turn (市民来电：, 记者：)."""
    return u.anchor is not None or u.lede_date or bool(_CALLER_TURN.match(line.text) or _SPEAKER_TURN.match(line.text))


# Characters no phrase ends on: a preposition or a conjunction still waiting for its object.
_PHRASE_OPEN_END = frozenset("对在将把向为和与及从由以并且其被让使")
# A line set wholly in brackets (【长征大道路灯“罢工”一周 三天内全部修复】): a label or a title.
_WHOLE_BRACKETED = re.compile(r"【[^【】]{2,40}】")
# A classified ad's or a listing's entry opening on its tag in brackets (【出租】…, 【招聘】…).
_TAGGED_ENTRY = re.compile(r"^[【\[][\u4e00-\u9fff]{2,4}[】\]](?=[\u4e00-\u9fff“0-9])")
# The shortest and longest title told by :func:`_title_after_body`.
_AFTER_TITLE_MIN, _AFTER_TITLE_MAX = 5, 32
_NO_TITLE_MARK = re.compile(r"[。；;，,：:！!？?（）()、…0-9０-９]")


def _title_after_body(prev: Line, line: Line, nxt: Line | None, prev_ends: bool) -> bool:
    """A flush line with no punctuation, set right under a finished sentence and closing its
    group (a blank line or the page's end under it, on a page that does not set a blank
    after every line), is a title printed after its body: a paragraph never ends without
    its closing mark (nor closes a quote opened above: 她难产……”), and a column never cuts
    a sentence into a line alone between a full stop and a blank."""
    text = line.text.strip()
    return prev_ends and line.indent == 0 and not line.blank_before and (nxt is None or nxt.blank_before >= 1) \
        and _AFTER_TITLE_MIN <= len(text) <= _AFTER_TITLE_MAX and not _NO_TITLE_MARK.search(text) \
        and text.count("”") <= text.count("“") \
        and bool(P.HAN_RE.match(text.lstrip("“‘《"))) and not is_unit_name(text) \
        and not traits(text).caption and traits(text).anchor is None and not prev.verse


def _joins(block: Block, line: Line, nxt: Line | None, layout: Layout, in_weather: bool = False,
           local_column: int | None = None) -> bool:
    """2. Does ``line`` continue the paragraph of ``block``? ``local_column`` is the width
    of the column the lines below are set in (a page may mix column widths)."""
    if block.kind not in ("text", "dispatch"):
        return False
    prev = block.lines[-1]
    if in_weather and _TEMPERATURES.match(line.text.strip()) and not re.search(r"[-－～~至到转：:]$", prev.text.strip()):
        return False     # 多云，有雷阵雨 / 23℃～31℃: the box prints the day's temperatures on a line
    if prev.heading or line.heading:
        return False
    if prev.bold or line.bold:
        return False     # **一张巡边图，画了三十年**: a line a converter set in bold is a subhead or byline of its own
    if prev.verse or line.verse:
        return False     # 河水慢下来了 / 像一位走了很远的老人: a poem's lines are the poet's, one a paragraph
    if line.listed:
        return False     # * …: a converter's list entry opens its own paragraph
    if table_row(line.text) and (table_row(prev.text) or table_head(prev.text)):
        return False     # 品名　均价　环比 / 小白菜　2.50　↓16.7%: a table's rows, one a line
    if table_row(nxt.text if nxt is not None else "") and table_head(line.text) and not table_head(prev.text):
        return False     # 监测点：…　采集时间：7月20日 / 品　名　价　格　涨跌 / 早籼稻　1.30元/斤　↑: a table's head opens its line
    if _signed_and_dated(prev.text) or _signed_and_dated(line.text):
        return False     # …（汪先生） / 衢州市正信拍卖有限公司　　2019年7月12日 / 衢州市人民政府: a notice's last line
    if _open_book_title(block) and not _opens_book_title_first(line.text):
        return True      # …遗失《农村宅基地使用 / 证》一本: a book or document title runs on to its closing mark
    if prev.indent >= SIGNATURE_INDENT and len(line.text) <= 3 and not is_unit_name(prev.text.strip()) \
            and is_unit_name(prev.text.strip() + line.text.strip()):
        return True      # 　　　　宁安市公安局交通警察大 / 队: a notice's signer the column wrapped
    if block.lines[0].indent >= SIGNATURE_INDENT and is_unit_name(block.text.strip()):
        return False     # a signer stands on its own line; the next signer or the date is another
    if len(block.lines) == 1 and _BOX_LABEL.match(prev.text.strip()):
        return False     # 【名词解释】 / 海上风电…, 记者手记 / 风从海上来: a box's label stands alone
    if _BRACKETED_LABEL.match(line.text.strip()):
        return False     # …骗走八旬老人积蓄 / 【以案说法】: a column's label in brackets opens its own line
    if _whole_bracketed(line.text) or _whole_bracketed(prev.text):
        return False     # …于都今报 / 【长征大道路灯“罢工”一周 三天内全部修复】 / 市民来电：…: a title set in brackets stands alone
    if index_entry(prev.text):
        return False     # …现场推进会召开 ② / “银龄讲师团”…: an index box's entry ends on its page
    if _TAGGED_ENTRY.match(line.text.strip()):
        return False     # …电话：0773-7213030 / 【转让】因本人…: a classified ad opens on its tag
    if _BRIEFS_LINE.match(squeeze(line.text)) or _BRIEFS_LINE.match(squeeze(prev.text)):
        return False     # …大豆订单签约 / 简　讯 / ▲…: a column of briefs' label stands alone
    if listing_entry(prev.text) or listing_entry(line.text):
        return False     # 11月22日19:30 昆曲… 票价：80元—280元: each entry of a listing is a line
    if _FIGURE_FIRST.match(prev.text.strip()) or _FIGURE_FIRST.match(line.text.strip()):
        return False     # ▲ 1238家 全市规模以上工业企业数量 / ▲ 8.7% …: a figures box's entries, one a line
    if _figure_after(prev.text) or _figure_after(line.text):
        return False     # 地区生产总值　2105.37亿元　↑5.9% / 规上工业增加值　↑9.2%: the same, label first
    t, u = traits(prev.text), traits(line.text)
    if t.contact and _fills_column(prev, layout) and line.indent < 2 and "\u4e00" <= prev.text[-1] <= "\u9fff" \
            and not (u.contact or u.anchor or u.bare_date or u.unit) and not line.text.endswith(("：", ":")):
        return True      # 来信地址：衢州市柯城区荷花中 / 路128号　邮编：…: an address the column cut
    if _list_entries(prev.text, line.text, nxt.text if nxt is not None else ""):
        return False     # …公告如下： / 男子团体：新罗区队、永定区队… / 女子团体：…: a list's labelled entries, one a line
    if len(block.lines) == 1 and _ONE_ENTRY.match(prev.text.strip()) and prev.text.rstrip().endswith(("）", ")")) \
            and not _ONE_ENTRY.match(line.text.strip()) and line.text[:1] not in _NO_LINE_START:
        return False     # 高中女子组：曲文静（第一中学） / 渔家女儿划出…: an entry closed by its bracket ends its line
    if len(block.lines) == 1 and t.bracket_credit:
        return False     # （记者 方 圆） on its own line closes the piece above; nothing runs on from it
    if line.text[:2] in ("19", "20") and _CHRONICLE_ENTRY.match(line.text):
        return False     # …突破十万亩 / 2021年 首届…: each entry of a chronology opens a paragraph
    if len(block.lines) == 1 and _signed_name(prev.text) and len(line.text) > len(prev.text) \
            and not straddles_word(prev.text, line.text, guess=False):
        return False     # …走远。 / 邢若楠 / 市民诗歌朗诵会…: a writer's name closes the piece above
    if len(block.lines) == 1 and prev.blank_before and not t.marks and _DELEGATE_OPEN.match(line.text):
        return False     # 把园区闲置厂房盘活用好 / 县政协委员、…总经理杨晓光：…: a quote's title over its speaker
    if _title_after_body(prev, line, nxt, t.ends_sentence):
        return False     # …贡献于都力量。 / 以只争朝夕的干劲开好局起好步 / (blank): a title printed after its body
    if layout.blank_paragraphs:
        if line.blank_before >= 1:
            return False     # the page's paragraph mark: a blank line ends the paragraph
        if not u.anchor and not u.caption and (t.marks or len(block.lines) > 1 or layout.full(prev)):
            return True      # no blank line: the paragraph goes on, whatever its sentence did
    if line.text[:1] in _CIRCLED and block.kind == "text":
        return False     # ①12月4日，… / ②…: each numbered caption or point opens its own paragraph
    if line.text[:1] in P.BULLETS and (t.ends_sentence or prev.text.endswith(("：", ":", "；", ";"))):
        return False     # …明显增加。 / ■近日，…, …目标： / ● 完成…；: a bullet opens the next entry of a column or list
    if layout.sparse_blanks and line.blank_before and not u.caption \
            and (t.ends_sentence or not _SENTENCE_MARKS.search(block.text)):
        # where blank lines are rare, one after a sentence ends it (…4500元。 / 今天：…),
        # and none falls inside a headline (…应急演练 / 春耕备耕正当时, ——…见闻 / 冬日暖阳)
        return False
    if layout.wide_indented and line.indent >= 2 and prev.text.endswith(("：", ":")) and not u.caption:
        return False     # 各县（市、区）人民政府： / 　　经研究，决定： / 　　刘五任…: an indented line opens
                         # its paragraph after a colon too (a salutation, a list's lead-in)
    if line.text[:1] in _NO_LINE_START:
        return True      # 、局长谭丽华: no line opens with 、，。 — the column cut it
    if prev.text.endswith("—") and not prev.text.endswith("——") and line.text.startswith("—") \
            and not line.text.startswith("——"):
        return True      # …也值得一听— / —受他启发: the column cut a dash (——) in two
    if number_cut(prev.text, line.text) and not u.anchor or _contact_cut(prev.text, line.text):
        return True      # …至1 / 1月30日，…, …联 / 系电话：…: a number or a label the column cut
    if layout.wide_indented and line.indent == 0 and nxt is not None and nxt.indent >= 1 \
            and len(line.text) <= SUBHEAD_MAX_CHARS and not u.ends_sentence and not u.marks \
            and not re.search(r"[：:（(）)]", line.text + prev.text) and not _LONE_NAME.match(line.text) \
            and not _LONE_NAME.match(prev.text) \
            and len(prev.text) <= SUBHEAD_MAX_CHARS and not straddles_word(prev.text, line.text, guess=False):
        return False     # …出行注意安全 / 偏坡布依族乡 七夕民俗活动引客来 / 　　本报讯…: a flush short line
                         # over an indented opening, under a short line, is the next piece's headline
    if layout.wide_indented and line.indent >= 1 and prev.indent == 0 and len(block.lines) == 1 \
            and not t.ends_sentence and len(prev.text) <= SUBHEAD_MAX_CHARS:
        return False     # 10岁女孩在家有“特护” / 　这两天，…: a flush short line over an indented opening is a headline
    if in_weather and layout.narrow and not t.ends_sentence and len(line.text) <= NARROW_HEAD_SHORT \
            and re.match(r"[0-9０-９℃～~\-－A-Za-z.]", line.text) \
            and (P.WEATHER_DATA.search(prev.text) or re.search(r"[-－～~至到转]$", prev.text.strip())):
        # 今天：晴间多云 西北风3～4级 - / 7℃～3℃: a labelled reading the column wrapped (a sky
        # printed over its temperatures, 多云，有雷阵雨 / 23℃～31℃, is a line of its own)
        return True
    if forecast_issuer(block.text):
        return False     # 长沙市气象台4月21日17时发布: the issuer line closes a weather box
    if in_weather and len(block.lines) == 1 and advice_wrapped(prev.text, line.text):
        return True      # 温馨提示：近期气温较高，午后局 / 地有雷阵雨，…。: the box's advice, wrapped
    if in_weather and (P.WEATHER_DATA.search(prev.text) or P.WEATHER_DATA.search(line.text)):
        return False     # a weather box prints one reading a line
    if t.bracket_credit and len(block.lines) > 1:
        return False     # a closing credit （记者 金晓晓） ends its piece
    if prev.text.endswith(("）", ")")) and _closing_credit(block.text):
        return False     # …稳定。（记者 陆 / 文静）: a closing credit the column wrapped ends its piece too
    if t.caption:
        return False     # …作业现场。 图/俞佳: a caption's credit closes its block
    if (m := P.TAIL_BYLINE.search(prev.text[-30:])) and _credited_people(m.group()[1:]) \
            and not _CREDIT_REST.match(line.text):
        return False     # …多了三成。本报记者  林泉: the reporter's line closes the piece (or section)
    if t.ends_sentence and u.caption:
        return False     # a caption with its credit, set after a finished sentence
    if len(block.lines) == 1 and block.kind == "text" and u.lede_date and not t.marks:
        return False     # 11月12日，… opens a lede or a caption: the line above was a headline
    if layout.narrow and block.kind == "text" and u.lede_date and len(block.lines) <= 3 \
            and not any(traits(x.text).marks or traits(x.text).ends_sentence for x in block.lines):
        return False     # 专题协商助推花 / 牛苹果产业提质增效 / 12月20日，…: a wrapped title over its lede
    if layout.narrow and layout.indented and line.indent >= 2:
        return False     # an indent the dump kept opens a paragraph, whatever came before
    if layout.narrow and len(block.lines) == 1 and block.kind == "text" and not t.marks and not t.ends_sentence \
            and prev.indent < 2 and prev.width <= (local_column or layout.column_width) - 2 and nxt is not None \
            and _echoed(prev.text, line.text + nxt.text):
        # 湄潭县“五一”乡村旅游持续升温 / “五一”假期…，湄潭县乡村旅游持续升温，…: a line
        # short of the column whose words the lede below says again is that lede's title
        return False
    if (len(block.lines) == 1 and block.kind == "text" and t.dash and not u.marks and not u.dash
            and (straddles_word(prev.text, line.text)
                 or (layout.narrow and layout.full(prev) and line.width < prev.width))):
        return True      # ——一论深化作风能力优化营|商环境: a subtitle deck wrapped mid-word
    if len(block.lines) == 1 and block.kind == "text" and t.dash and not u.marks and not u.dash \
            and len(line.text) <= REPORT_TAIL_MAX and _REPORT_END.search(line.text):
        return True      # ——热市镇发展柑橘产业带动 / 群众增收见闻: the rest of a report's subtitle
    if len(block.lines) == 1 and block.kind == "text" and (t.couplet or t.dash):
        # two phrases set apart by a space, or a ——subtitle: a headline deck, not prose
        return False
    if t.ends_sentence and (_QUOTED_TITLE.match(line.text.strip()) or not u.marks and not u.ends_sentence) \
            and nxt is not None and (traits(nxt.text).dash or anchor_kind(nxt) in ("dispatch", "byline")):
        # …增长5.1%。 / “在这里投资，我们放心” / ——访…: after a finished sentence, a line with
        # no sentence in it over a ——deck, a byline or a dispatch is their headline — no
        # paragraph could end on it
        return False
    if u.dash and not u.ends_sentence and not (len(block.lines) >= 2 and _SENTENCE_MARKS.search(prev.text)
                                               and not P.ends_sentence(prev.text)):
        # a ——subtitle deck never continues the line above — unless the line above is
        # prose cut mid-sentence (…三星他拉村”|——红山文化碧玉龙的出土地，)
        return False
    if _NUMBERED.match(line.text) and (prev.text.endswith(("：", ":")) or _NUMBERED.match(prev.text) and not t.marks):
        return False     # …现予以公示： / 1.格尔木…有限公司 / 2.…: a numbered list, one entry a line
    if len(block.lines) == 1 and _ENUMERATED.match(prev.text) and not t.marks and not t.ends_sentence \
            and u.ends_sentence and nxt is not None and P.is_credit_line(nxt.text):
        return False     # 三、蟹文旅激活“好经济” / 巴城老街上…驻足。 / 陆文博 摄: a subhead over a picture's caption
    if len(block.lines) == 1 and t.labelled and u.labelled and not straddles_word(prev.text, line.text, guess=False):
        return False     # 报名时间：即日起至11月12日 / 报名地点：…: labelled entries, one a line
    if len(block.lines) == 1 and prev.text[:1] in P.BULLETS and not t.marks and not t.ends_sentence \
            and len(prev.text) <= HEAD_MAX_CHARS and u.marks and not straddles_word(prev.text, line.text, guess=False) \
            and not (layout.narrow and layout.full(prev) and not _opens_turn_or_lede(line, u)) \
            and not (prev.text.count("“") > prev.text.count("”") and line.text.count("”") > line.text.count("“")):
        # (not ●…开展“冬季 / 送温暖”活动，…: a quote the line broke goes on below; nor, on a
        # narrow page, a bulleted line that fills the column: ◆市政务服务中心…恢复周六上午 / 延时服务，…)
        return False     # ■天津图书馆推出冬季公益讲座 / 即日起至…: a brief's bulleted title over its text
    if not layout.narrow and len(block.lines) == 1 and _QUOTED_TITLE.match(prev.text.strip()) \
            and len(line.text) > len(prev.text) and u.marks:
        return False     # “等我回家，一起吃年夜饭” / 上午10点，…: a quoted subhead over the paragraph it heads
    if _QA_TURN.match(line.text) and (t.ends_sentence or not t.marks):
        return False     # “两重”建设知多少 / 问：什么是…？: a question or an answer opens its own paragraph
    if len(block.lines) == 1 and t.unit and (u.unit or u.bare_date):
        return False     # 中共潍坊市委宣传部 / 潍坊市文明办 / 2019年6月2日: a notice's signers, one a line
    if P.SECTION_NUMBER.match(line.text) and not re.search(r"[0-9０-９\-－：:]$", prev.text) \
            or len(block.lines) == 1 and P.SECTION_NUMBER.match(prev.text):
        return False     # …敬重—— / 2 / 初见: a number alone on its line numbers a section
    if prev.text.endswith(("：", ":")) and _BARE_PHONE.match(line.text.strip()) and len(prev.text) <= SUBHEAD_MAX_CHARS:
        return True      # 县殡葬服务中心祭扫预约： / 0570-6688365: a service's number the column wrapped
    if t.contact and re.search(r"[0-9０-９\-－]$", prev.text) \
            and re.match(r"[0-9０-９\-－]", line.text) and not u.contact:
        return True      # 联系电话：08 / 51-24221567: a number the column cut
    if _speaker_name_cut(prev.text, line.text):
        return True      # …三和村党支部书记母 / 玉芳：去年…: the speaker's name the column cut before the colon
    if t.contact or u.contact or u.notice_close or traits(block.text).contact \
            or u.bare_date or t.bare_date or len(block.lines) > 1 and _BARE_DATE.match(block.text):
        return False     # 联系电话：…, 特此公告。, the signing date: a notice prints these one a line
    if prev.text.endswith(("。”", "！”", "？”")) and P.ATTRIBUTION.match(line.text):
        return True      # “……。”村民邹光明说。 — the speaker closes the quote's paragraph
    if u.jump_from or t.jump_to:
        return False
    if len(block.lines) == 1 and _speaker_turn(prev.text) and P.HAN_RE.match(prev.text[-1:]) and not u.anchor \
            and u.marks and not _speaker_turn(line.text) and not _LIST_ENTRY.match(line.text):
        return True      # 程立军：今年我们计划实施 / 老旧小区提升项目42个，…: a turn the column cut
    if prev.text.count("“") > prev.text.count("”") and 0 < line.text.find("”") <= QUOTE_REST_MAX \
            and line.text.count("“") < line.text.count("”"):
        return True      # …到“手机 / 种田”，越来越多…: the line closes the quote the line above opened
    if layout.narrow and layout.indented and len(block.lines) == 1 and prev.indent >= 2 and u.marks \
            and line.indent < 2 and straddles_word(prev.text, line.text, guess=False):
        return True      # 　　文旅融合…的浅 / 层体验。…: an indented opening whose word the column broke
    if layout.narrow and len(block.lines) >= 2 and prev.text.endswith(("：", ":")) and is_unit_name(prev.text) \
            and not _SENTENCE_MARKS.search(block.text):
        return False     # 黄河水“解渴” / 十万亩良田 / 青铜峡市： / 王占林：…: a unit kicker printed after its title closes the stack
    if layout.narrow and len(block.lines) == 1 and prev.text[:1] in P.BULLETS and layout.full(prev) \
            and u.marks and line.indent < 2 and _bullet_entry_goes_on(prev, line, u):
        # ◆市自来水公司定于…18时对 / 新华路供水管网进行改造，…, ◆…恢复周六上午 / 延时服务，…。: a
        # bulleted entry the column wrapped, its rest finishing it (not ■ 马桥镇春季植树添新绿 /
        # 4月10日，…: a brief's bulleted title over its text)
        return True
    if layout.narrow and block.kind == "text" and all(_narrow_head(x, layout) for x in block.lines):
        # Narrow pages set headline lines apart: short, or full width where a paragraph
        # would be indented. Only another such line continues them — or the rest of a
        # word the line broke (…学生在新教|室上课。: a caption the column wrapped)
        filled = layout.full(prev) or bool(local_column) and prev.width >= local_column - 1
        return _narrow_head(line, layout) and layout.short(line) \
            or not u.marks and not u.ends_sentence and not u.anchor and not layout.full(line) \
            and layout.indented and line.indent < 2 and nxt is not None and nxt.indent >= 2 \
            or u.ends_sentence and len(line.text) <= 8 and (
                straddles_word(prev.text, line.text)
                or filled and len(block.lines) == 1 and nxt is not None and P.is_credit_line(nxt.text)) \
            or u.caption and _wrapped_caption_tail(prev.text, line.text, filled)
    if layout.narrow and len(block.lines) == 1 and block.kind == "text" \
            and _label_subhead(prev, line, local_column or layout.column_width):
        return False     # …3.2万吨。 / 新工艺：机器替人 品质更稳 / 在董家河镇…: a labelled subhead stands alone
    if (layout.narrow and len(block.lines) == 1 and block.kind == "text"
            and not t.ends_sentence and (not t.marks or layout.short(line))
            and prev.width <= (local_column or layout.column_width) - NARROW_SHORT_LAST - (4 if prev.indent >= 2 else 0)
            and (not u.marks
                 or line.width <= (local_column or layout.column_width) - NARROW_SHORT_LAST)
            and not straddles_word(prev.text, line.text)):
        # a narrow column is set justified: a block's first line that stops three
        # characters short with no sentence mark in it, over another line that is no full
        # line of prose, was not cut by the column — they are headline lines (a paragraph's
        # opening line is short too, but prose runs on below it)
        return False
    if len(block.lines) == 1 and block.kind == "text" and _flush_short(prev, layout, local_column) \
            and not straddles_word(prev.text, line.text):
        return False     # …的地方。 / 老手艺有新传人 / 竹编艺人方桂林今年收: a title or subhead
    if prev.text.endswith(("：", ":")) and (
            _ENUMERATED.match(line.text) or not layout.narrow and (_ANNOUNCES.search(prev.text)
                                                                   or _LIST_LABEL.match(line.text))):
        # 现将有关事项公告如下： / 一、管制时间…, …进行临时调整： / 3路：原经…: a colon that
        # opens a list (on a wide page, a labelled item below it starts a line of its own)
        return False
    if prev.text.endswith(("）", ")")) and P.AFFILIATION.match(block.text) and _balanced(block.text):
        return False     # （作者系…教授）: the affiliation ends at its closing bracket
    if line.text.startswith("——") and _SENTENCE_MARKS.search(line.text) \
            and (prev.text.endswith(("：", ":")) or prev.text.endswith(("；", ";"))
                 and any(x.text.startswith("——") for x in block.lines)):
        return False     # …增长： / ——地区生产总值…； / ——新能源汽车…；: a list of dashed entries, one a paragraph
    if prev.text.endswith(("；", ";")) and not _ENUMERATED.match(line.text) and line.indent < 2 \
            and (layout.narrow or line.blank_before == 0 and not _LIST_LABEL.match(line.text)
                 and not _ENUMERATED.match(block.lines[0].text) and not traits(line.text).anchor):
        return True      # …同比增长5.8%； / 固定资产投资…: a semicolon goes on in the same paragraph
    if not t.ends_sentence:
        # Column cut: a break after a character that cannot end a sentence is never a
        # paragraph end ...
        if layout.wide_indented and prev.indent >= 1 and line.indent == 0 and not line.heading \
                and (len(line.text) > SUBHEAD_MAX_CHARS or _SENTENCE_MARKS.search(line.text)):
            # 　二、报名条件：年龄在 / 35周岁以下（…），…: a set-in line opens a paragraph, and
            # a flush line of prose under it is the rest the column cut (a flush short
            # unpunctuated line may still be the next piece's headline)
            return True
        if _opens_mid_clause(line.text):
            return True  # 会议还对近期重点工作 / 作了安排部署，…: a verb with its 了 goes on a clause
        if _short_flush_opening(block, prev, layout) and not straddles_word(prev.text, line.text, guess=False):
            return False  # a flush line short of the column opens no paragraph: a headline line
        if len(block.lines) == 1 and _ENUMERATED.match(prev.text) and re.search(r"[：:].", prev.text):
            return True  # 二、管制路段：人民广场至 / 解放北路…: a labelled list item the column cut
        if _numbered_subhead(block, prev, line, layout):
            return False  # 一、深入基层察实情，在调查研究中找准治理“堵点” / 调查研究是…: a numbered subhead
        if (not layout.narrow and block.kind == "text" and len(block.lines) == 1
                and len(prev.text) <= SUBHEAD_MAX_CHARS and len(line.text) > 2 * len(prev.text)
                and not t.marks
                and not straddles_word(prev.text, line.text, guess="”" not in prev.text)):
            # ... unless the open "paragraph" is a short line over a long one with no
            # word across the break: a headline or in-body subhead (小标题). (After a quoted
            # phrase only dictionary words count: 引老人入局|经审理 is no 局经.)
            return False
        if (not layout.narrow and block.kind == "text" and len(block.lines) == 1 and line.blank_before >= 1
                and len(prev.text) <= SUBHEAD_MAX_CHARS and _deck_like(prev.text)
                and not straddles_word(prev.text, line.text)):
            # ... or a short unpunctuated line set apart by a blank line on a page whose
            # lines are whole paragraphs (专题协商助推… / 区政协： / 12月20日，…): a deck
            return False
        if (not layout.narrow and block.kind == "text" and len(block.lines) == 1
                and (line.blank_before >= 1 or not t.marks)
                and len(prev.text) <= SUBHEAD_MAX_CHARS and len(line.text) <= SUBHEAD_MAX_CHARS
                and not u.ends_sentence and not _SENTENCE_MARKS.search(line.text)
                and (not straddles_word(prev.text, line.text, guess=not _LONE_NAME.match(line.text))
                     or t.labelled and u.labelled and not _SENTENCE_MARKS.search(prev.text))):
            # ... or two short lines set apart (or the first with no mark at all: 186支球队将角逐
            # 两个月 / 全市青少年校园足球联赛开赛), neither ending a sentence, the second with
            # no sentence mark at all (半个月吃住在村里，… / “揽事民警”跨江配药; 点灯的人 / 范长青):
            # a headline stack or a title over its author, not prose the column cut — nor
            # two entries of a list, each a label and its item (堌阳镇：徐场村 / 谷营镇：姚寨村)
            return False
        if layout.narrow and len(block.lines) == 1 and block.kind == "text" and _QUOTED_TITLE.match(prev.text.strip()) \
                and prev.width <= (local_column or layout.column_width) - NARROW_SHORT_LAST \
                and not straddles_word(prev.text, line.text, guess=False):
            return False  # “雨越大，越得往堤上走” / 每年汛期…: a quoted subhead stops short of the column
        if layout.narrow and len(block.lines) >= 2 and block.kind == "text" \
                and not _SENTENCE_MARKS.search(block.text) and traits(block.text).anchor in (None, "notice") \
                and prev.width <= (local_column or layout.column_width) - NARROW_SHORT_LAST \
                and not straddles_word(prev.text, line.text, guess=False):
            # 深刻把握“四下基层” / 的精神实质 / “四下基层”的核心是…: the column stops no
            # prose line short of itself mid-clause; lines with no mark that end short are
            # a subhead or title it wrapped, and the line below opens what follows
            return False
        if len(block.lines) == 1 and not t.marks and len(prev.text) <= SUBHEAD_MAX_CHARS \
                and line.text.endswith(("：", ":")) and len(line.text) <= KICKER_MAX_CHARS \
                and is_unit_name(line.text[:-1]):
            return False  # 荷花“开”出乡村振兴好“钱”景 / 百朋镇：: a title, its unit kicker printed after it
        return True
    if layout.wide_column and line.indent == 0 and not line.heading and not line.blank_before \
            and prev.width + 2 * prev.indent >= layout.wide_column - 2 \
            and (len(line.text) > SUBHEAD_MAX_CHARS or _SENTENCE_MARKS.search(line.text)):
        # a wide page that indents its openings and cuts its prose at one width: a line
        # that filled the column ended a sentence by chance, and the flush prose below
        # goes on with the paragraph (an indented line would open the next one, and so
        # does one set below a blank line)
        return True
    if not layout.narrow:
        # Wide dumps put one paragraph on a line: a sentence end at a line end is a
        # paragraph end.
        return False
    if nxt is None and not u.ends_sentence and not u.marks:
        return False       # the page's last line ends no sentence: a headline (after its body)
    if nxt is not None and not u.marks and not u.ends_sentence and nxt.indent < 2 and not nxt.heading:
        v = traits(nxt.text)
        if not v.marks and not v.ends_sentence and not v.anchor \
                and nxt.width <= (local_column or layout.column_width) - NARROW_SHORT_LAST:
            # …强大力量。 / 纪念中央红军长征出发90周年 / 主题活动在于都县举行: two lines with no
            # mark that stop short would end a paragraph with no sentence end — they are
            # a title the column wrapped (printed after its body), not prose
            return False
    if (nxt is None or not traits(nxt.text).ends_sentence) and not u.ends_sentence \
            and _hanzi_width(line.text) >= max(local_column or 0, layout.column_width) + OVER_COLUMN:
        # …帮一批小微商户渡过难关。 / 理顺审批流程，配套政策要 / 尽快落地: the column sets no
        # prose line wider than itself; after a finished sentence, a line that overruns it
        # and ends no sentence is a headline set across columns, not the next paragraph
        return False
    if t.ends_sentence and line.blank_before >= 1 \
            and _hanzi_width(prev.text) >= ACROSS_COLUMNS * layout.column_width:
        # a page that sets its top story across the columns (one paragraph a line, blank
        # lines between) over narrow columns: a line twice the column's width that ends a
        # sentence is a whole paragraph, not a wrap
        return False
    if t.ends_sentence and _hanzi_width(prev.text) >= ACROSS_COLUMNS * layout.column_width \
            and abs(prev.width - line.width) >= NARROW_SHORT_LAST:
        # …令人痛心。 / 安全戏水，首先要有敬畏之心。…: lines far wider than the page's columns
        # and of unequal widths are set across the page, one paragraph a line or cut at
        # random (a box, a web paste): a sentence ending at such a line's end ends its
        # paragraph — prose a column cut would fill its lines to one width
        return False
    # Narrow dumps: a full-width line ending in 。 followed by a full-width (not
    # indented) line is one paragraph; an indented or short line starts a new one.
    column = min(local_column or layout.column_width, layout.column_width)
    if line.width <= column - NARROW_FULL_SLACK and not _flush_last_line(prev, line, nxt, layout) \
            or (layout.indented and line.indent >= 2):
        # indented: a paragraph's first line (a column narrower than the page's is its own
        # measure; a wider one only seems so, by the punctuation its lines let hang)
        return False
    if u.couplet:
        return False       # two phrases set apart by a space after a full stop: a headline
    # an indented opening line is as wide as the column with its indent (　　投资和消费协同发力。)
    prev_span = prev.width + 2 * min(prev.indent, 2)
    if prev_span <= column - NARROW_SHORT_LAST:
        return False       # the line above stopped short: a paragraph's last line
    if u.labelled and _LABELLED.match(block.text):
        return False     # 科学佩戴口罩：… / 讲究个人卫生：…: labelled points, one a paragraph
    if layout.indented and nxt is not None and nxt.indent >= 2 and not u.marks and not u.ends_sentence:
        # a flush line with no sentence end over an indented opening cannot be a
        # paragraph's last line: after a finished sentence it is a subhead (小标题)
        return False
    if layout.indented and prev_span <= layout.column_width - NARROW_FULL_SLACK and not u.marks:
        # an indented page opens paragraphs with an indent: after a sentence that stopped
        # short of the column, a flush line with no sentence mark is no prose — a headline
        return False
    if t.ends_sentence and _POINT_NUMBER.match(line.text):
        return False     # …每亩5.8万元。 / 二、被征收土地的…: a numbered point opens its paragraph
    # A line that stands just before a dispatch, or is printed twice, is a headline.
    if nxt is not None and (traits(nxt.text).anchor or nxt.text == line.text) and not u.ends_sentence:
        return False
    if not layout.indented and u.lede_date:
        return False     # …。 / 8月11日，游客在…: the day opens a lede or a picture story
    if not layout.indented and opens_paragraph(prev.text, line.text, len(block.text)):
        return False     # …”刘德旺笑着说。 / 谈起新年愿望，…: the words say a paragraph ends here
    return True


# How many printed lines below a line tell the width of the column it stands in.
LOCAL_COLUMN_LINES = 6


def _local_columns(lines: list[Line]) -> list[int]:
    """For each line, the median width of the body-width lines just below it: the column
    that line's neighbours are set in (narrow pages mix 13- and 16-character columns)."""
    widths = [line.width for line in lines]
    out = []
    for k in range(len(widths)):
        ws = sorted(w for w in widths[k + 1:k + 1 + LOCAL_COLUMN_LINES] if w >= 16)
        out.append(ws[len(ws) // 2] if ws else 0)
    return out


# A picture credit the column wrapped (…明显增加。通讯员 / 訾涵 摄, 记者 亓 / 晓宇 摄): the
# tail line is a few characters ending in 摄, and the two lines read as caption + credit.
WRAPPED_CREDIT_MAX = 8
_CREDIT_CUT = re.compile(rf"(?:{P.ROLE_WORDS}|摄影记者)\s*([{P.HAN}]?)$")


# The first characters of a credit set after a caption's full stop (…参观。 县融, …。 图/).
_CREDIT_HEAD = re.compile(r"[。！？”][ \u3000]*[^ \u3000，。、；：]{1,4}$")


# A reporter's line: it opens on a role word; one that ends on a role word after a name
# (本报记者  孔繁星  通讯员) has its last name on the line below.
_ROLE_FIRST = re.compile(rf"^\s*(?:{P.ROLE_WORDS})\s*[\u4e00-\u9fff]{{2,4}}\s")
# A byline line that opens on a role word and holds only roles and names (通讯员 彭宇).
_ROLE_LED = re.compile(rf"^(?:{P.ROLE_WORDS})\s*{P.NAMES}(?:\s*(?:{P.ROLE_WORDS})\s*{P.NAMES})*$")
_ROLE_LAST = re.compile(rf"[\u4e00-\u9fff]\s+(?:{P.ROLE_WORDS})\s*$")
# A role word cut by the column (通讯|员, 记|者, 通|讯员), marked at the cut with |.
_ROLE_SPLIT = re.compile(r"(?:通讯\|员|记\|者|通\|讯员)\s*[\u4e00-\u9fff]")


def _join_wrapped_credits(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if nxt is not None and not line.heading and len(nxt.text) <= WRAPPED_CREDIT_MAX \
                and _CREDIT_HEAD.search(line.text) and not P.caption_with_credit(line.text):
            joined = line.text.rstrip() + nxt.text.strip()
            if P.caption_with_credit(joined):
                # 游客在纪念馆参观。 县融 / 媒体中心供图, …现场。 记 / 者 万博文 摄, …情况。
                # 图/ / 胡晓东: a caption's credit the column cut after its first characters
                out.append(replace(line, text=joined))
                k += 2
                continue
        if nxt is not None and not line.heading and len(nxt.text.strip()) <= WRAPPED_CREDIT_MAX \
                and _ROLE_FIRST.match(line.text) \
                and (_ROLE_LAST.search(line.text) or _ROLE_SPLIT.search(line.text.rstrip() + "|" + nxt.text.strip())):
            # 本报记者  孔繁星  通讯员 / 吕丹, 本报记者  孔繁星  特约通讯 / 员  吕丹: a
            # reporter's line the column cut after a role word, or inside one
            sep = "  " if _ROLE_LAST.search(line.text) else ""
            joined = line.text.rstrip() + sep + nxt.text.strip()
            if P.BYLINE_PLAIN.match(joined.strip()):
                out.append(replace(line, text=joined))
                k += 2
                continue
        if nxt is None or line.heading or len(nxt.text) > WRAPPED_CREDIT_MAX or not nxt.text.endswith(("摄", "摄影")):
            out.append(line)
            k += 1
            continue
        cut = _CREDIT_CUT.search(line.text)
        alone = nxt.text.strip() in ("摄", "摄影")
        if cut or alone:
            # 记者 亓 / 晓宇 摄: a name broken by the column joins without a space;
            # 钟慧敏 / 摄: the 摄 alone on the next line
            sep = "" if cut and cut.group(1) else " "
            joined = line.text.rstrip() + sep + nxt.text.lstrip()
            if P.caption_with_credit(joined) or P.is_credit_line(joined):
                out.append(replace(line, text=joined))
                k += 2
                continue
        out.append(line)
        k += 1
    return out


def _dispatch_across(text: str, nxt: str) -> bool:
    if len(text) > 16 or not text.lstrip("□■◆● ").startswith(("本报", "新华社")):
        return False
    m = P.DISPATCH.match(text + nxt[:8])
    return bool(m) and m.end() > len(text)


def _standalone_title(blocks: list[Block], layout: Layout) -> bool:
    """On a narrow page, an unpunctuated line after a finished sentence or a credit, wider
    than the column or well short of it, stands alone: a title printed after its body
    (…游客李佳宁说。 / 2024年鄂尔多斯国际那达慕大会开幕, …摄 / 冰雪乐园欢乐多), not a
    sentence a picture's caption broke into (a column fills the lines of its prose)."""
    block = blocks[-1]
    return layout.narrow and len(block.lines) == 1 and len(blocks) >= 2 \
        and not traits(block.last).marks and not traits(block.last).ends_sentence \
        and (block.lines[0].width > layout.column_width or layout.short(block.lines[0])) \
        and (P.ends_sentence(blocks[-2].last) or blocks[-2].kind == "credit")


def build_blocks(lines: list[Line], layout: Layout) -> list[Block]:
    """Steps 2–3: group lines into blocks, lifting captions out of sentences."""
    blocks: list[Block] = []
    in_weather = False   # inside a weather box (from its heading to the next long line)
    local = _local_columns(lines) if layout.narrow else None
    i = 0
    lines = _join_wrapped_credits(lines)
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        open_block = blocks[-1] if blocks else None
        u = traits(line.text)
        below = traits(nxt.text).anchor if nxt is not None else None   # what nxt opens
        kind = u.anchor
        if kind is None and nxt is not None and _dispatch_across(line.text, nxt.text):
            kind = "dispatch"    # 本报南宁1月27日 / 电（记者…）: a dispatch the column cut
        if open_block is not None and open_block.kind == "text" and traits(open_block.lines[0].text).affiliation \
                and open_block.text.count("（") > open_block.text.count("）") \
                and line.text.rstrip().endswith("）") and "（" not in line.text:
            # （作者分别系…教授、 / 讲师）: the author's line the column wrapped closes here
            open_block.lines.append(line)
            i += 1
            continue
        if line.pictured and u.caption and _under_prose(open_block) and (m := P.caption_with_credit(line.text)) is not None:
            # 【图片说明】9月25日，…收获水稻。（本报通讯员 苏晓丽 摄）: the story's picture, named so
            open_block.captions.append(_caption_parts(m))
            i += 1
            continue
        if line.text.startswith("▲") and len(line.text) <= PICTURED_CAPTION_MAX and line.text.endswith("。") \
                and line.text.count("。") == 1 and "“" not in line.text and not u.anchor and _under_prose(open_block):
            # …。 / ▲技术人员在调试数控设备。 / …: a web post marks its picture's caption so
            open_block.captions.append((line.text[1:].strip(), ""))
            i += 1
            continue
        if line.pictured and not u.caption and u.ends_sentence and len(line.text) <= PICTURED_CAPTION_MAX \
                and sum(map(line.text.count, "。！？")) == 1 and not u.anchor \
                and _under_prose(open_block) \
                and not (nxt is not None and P.is_credit_line(nxt.text)):
            # (under prose: not a title's picture story; credited below: a picture of its own)
            # …。 / [图片] 选手在男子大回转比赛中飞驰而下。 / …: one short sentence after a web
            # page's picture mark is the picture's caption, printed with no credit
            open_block.captions.append((line.text.strip(), ""))
            i += 1
            continue
        if (u.caption and open_block is not None and open_block.kind == "text" and len(open_block.lines) == 1
                and len(blocks) >= 2 and blocks[-2].kind in ("text", "dispatch")
                and traits(blocks[-2].last).ends_sentence and not traits(open_block.last).marks
                and not traits(open_block.last).ends_sentence
                and _wrapped_caption_tail(open_block.last, line.text,
                                          layout.narrow and layout.full(open_block.lines[-1]))
                and (m := P.caption_with_credit(open_block.last + line.text)) is not None):
            # …户均增收4000多元。 / 谢晓芸（右）在直播间推介本地 / 年货。钟慧敏 摄: a caption the
            # column wrapped, set between two paragraphs — the picture of the piece above
            gone = blocks.pop()
            blocks[-1].captions.extend(gone.captions)     # (a caption it had lifted already stays)
            blocks[-1].captions.append(_caption_parts(m))
            i += 1
            continue
        if (u.caption and open_block is not None and open_block.kind in ("text", "dispatch")
                and len(open_block.lines) >= 2 and traits(open_block.lines[-2].text).ends_sentence
                and not traits(open_block.last).marks and not traits(open_block.last).ends_sentence
                and _wrapped_caption_tail(open_block.last, line.text,
                                          layout.narrow and layout.full(open_block.lines[-1]))
                and (m := P.caption_with_credit(open_block.last + line.text)) is not None):
            # …产值可达5亿元以上。 / 游客在藉口镇樱桃园采摘 / 大樱桃。记者 苟文静 摄: a
            # wrapped caption whose first line the paragraph above took — the piece's picture
            open_block.lines.pop()
            open_block.captions.append(_caption_parts(m))
            i += 1
            continue
        if (layout.wide_indented and open_block is not None and open_block.kind in ("text", "dispatch")
                and traits(open_block.last).ends_sentence and open_block.lines[0].indent >= 2
                and line.indent == 0 and u.ends_sentence and not u.anchor and not u.caption and nxt is not None
                and nxt.indent >= 2 and _shows_a_scene(line.text)):
            # 　　…400多次。 / 吴树林在清凉江岸边巡查。 / 　　在他的带动下…: on a page that indents
            # its paragraphs, one flush sentence of who does what where, between two of them,
            # is a picture's caption printed with no credit
            open_block.captions.append((line.text.strip(), ""))
            i += 1
            continue
        after = lines[i + 2] if i + 2 < len(lines) else None
        past = lines[i + 3] if i + 3 < len(lines) else None
        if ((layout.indented or layout.wide_indented) and open_block is not None
                and open_block.kind in ("text", "dispatch")
                and traits(open_block.last).ends_sentence and nxt is not None and after is not None
                and past is not None and line.indent < 2 and not u.ends_sentence and not u.anchor
                and _CAPTION_OPENING.match(line.text.strip()) and traits(nxt.text).ends_sentence
                and not traits(nxt.text).anchor and len(line.text + nxt.text) <= 40
                and not _set_apart(nxt, layout) and P.is_credit_line(after.text)
                and past.indent >= 2 and not traits(past.text).anchor):
            # …预计9月底前投 / 产。 / 吴建华（右二）在福建永春鸿德香 / 业有限公司了解项目进展。 /
            # 苏文杰 摄 / 　　在五里街镇…: on a page that indents its paragraphs, a picture's
            # caption of two flush lines and its credit set between two paragraphs, the caption
            # opening as captions do
            open_block.captions.append(((line.text + nxt.text).strip(), after.text.strip()))
            i += 3
            continue
        if (open_block is not None and open_block.kind in ("text", "dispatch")
                and not traits(open_block.last).ends_sentence and nxt is not None
                and below in (None, "credit")
                and line.text != open_block.last   # (“小候鸟”研学 ×2: a headline printed twice, no sentence)
                and not (len(open_block.lines) == 1 and not layout.narrow and line.blank_before >= 1
                         and len(open_block.last) <= SUBHEAD_MAX_CHARS and not traits(open_block.last).marks
                         and open_block.last.count("“") == open_block.last.count("”"))
                and not _standalone_title(blocks, layout)):
            # (乡村田野农事忙 / 6月11日，…。 段继红 摄: a short unmarked line set apart on a wide
            # page is a title over its pictures, not a sentence a caption fell into)
            # 3. A caption dropped into a sentence (…健康保 / 志愿者为老人理发。县文明办提供
            # / 健意识…): lift it out and keep the sentence open.
            if u.caption and below is None and _resumes(open_block, nxt) \
                    and not _wrapped_caption_tail(open_block.last, line.text):
                m = P.caption_with_credit(line.text)
                open_block.captions.append(_caption_parts(m))
                i += 1
                continue
            if kind == "credit" and below is None and _resumes(open_block, nxt):
                open_block.captions.append(("", line.text))
                i += 1
                continue
            if u.ends_sentence and not u.caption and below == "credit" and after is not None \
                    and line.blank_before >= 1 and after.blank_before >= 1 and not layout.narrow \
                    and not straddles_word(open_block.last, line.text, guess=False) \
                    and len(line.text) <= CAPTION_MAX_CHARS and not traits(after.text).anchor \
                    and _resumes(open_block, after):
                # …三台大型收割机在金黄的稻浪中来回 / (blank) 农机手在合心村抢收早稻。 / 邓元泰镇供图 /
                # (blank) 穿梭，收割…: a caption and its credit on the next line, set apart by blank
                # lines inside a sentence (a caption the column wrapped runs on from the line above)
                open_block.captions.append((line.text.strip(), nxt.text.strip()))
                i += 2
                continue
            if (u.lede_date or len(line.text) <= SUBHEAD_MAX_CHARS + 4 and nxt.text[:1] in _NO_PARAGRAPH_OPENING
                    and not straddles_word(open_block.last, line.text)) \
                    and u.ends_sentence and not u.caption and below is None and not layout.narrow \
                    and len(line.text) <= CAPTION_MAX_CHARS and line.blank_before >= 1 and nxt.blank_before >= 1 \
                    and 2 * len(line.text) <= len(open_block.lines[-1].text) and _resumes(open_block, nxt):
                # …他家的80亩果园预计 / (blank) 11月5日，果农正在采摘脐橙。 / (blank) 产果12万斤…: on
                # a wide page, a short dated sentence set apart by blank lines inside a sentence
                # the column broke is the picture's caption, its credit printed elsewhere
                open_block.captions.append((line.text.strip(), ""))
                i += 1
                continue
            if (u.ends_sentence and not u.caption and below is None and not layout.narrow
                    and open_block.last.rstrip()[-1:] in _CLAUSE_OPEN and _shows_a_scene(line.text)
                    and (line.blank_before >= 1) == (nxt.blank_before >= 1) and not nxt.indent
                    and _resumes(open_block, nxt)):
                # …提示音此起彼伏， / 凌晨时分，商户在市场内装卸蔬菜。 / 这座城市新的一天…: on a
                # wide page, one short sentence saying who does what where, set inside a
                # sentence broken at a comma, is a picture's caption printed with no credit
                open_block.captions.append((line.text.strip(), ""))
                i += 1
                continue
            if (u.ends_sentence and not u.caption and below is None and not line.indent and not nxt.indent
                    and len(line.text) <= CAPTION_MAX_CHARS and sum(map(line.text.count, "。！？")) <= 1
                    and (u.lede_date or _PLACE_OPENING.match(line.text) or _shows_a_scene(line.text))
                    and straddles_word(open_block.last, nxt.text, guess=False)
                    and not straddles_word(open_block.last, line.text, guess=False) and _resumes(open_block, nxt)):
                # …在保护傣家竹楼传统风貌的前提下发展民 / 曼春满村的傣家民宿吸引游客入住。 / 宿、餐饮…:
                # one short sentence set inside a word the column broke (民|宿) is a picture's
                # caption printed with no credit (…他又学 / 牧民在梭梭林里采挖肉苁蓉。 / 会了…: or
                # one that shows who does what where)
                open_block.captions.append((line.text.strip(), ""))
                i += 1
                continue
            if line.text.startswith(_PICTURE_SAYS) and below is None:
                # …测土配方 / 图为龙凤村茶农在茶园 / 开展秋季管护。 / 施肥等…: a caption with no
                # credit, which says so itself, dropped into a sentence
                if u.ends_sentence and _resumes(open_block, nxt):
                    open_block.captions.append((line.text.strip(), ""))
                    i += 1
                    continue
                if after is not None and traits(nxt.text).ends_sentence and not traits(nxt.text).anchor \
                        and len(line.text + nxt.text) <= CAPTION_MAX_CHARS and _resumes(open_block, after):
                    open_block.captions.append(((line.text + nxt.text).strip(), ""))
                    i += 2
                    continue
            if (not u.marks and not u.ends_sentence and after is not None and traits(nxt.text).caption
                    and not _set_apart(nxt, layout)      # (…倒排 / (blank) 会议现场。 县融媒体中心提供: the sentence's line, then the caption)
                    and not traits(after.text).anchor and _resumes(open_block, after)
                    and not straddles_word(open_block.last, line.text)
                    and (m := P.caption_with_credit(line.text + nxt.text)) is not None
                    and len(m.group(1)) <= CAPTION_MAX_CHARS):
                # …刘晓峰表 / 游客在纪念馆 / 参观。 县融媒体中心供图 / 示，下一步…: a caption
                # of two lines dropped into a sentence
                open_block.captions.append(_caption_parts(m))
                i += 2
                continue
            if ((not u.marks or u.lede_date) and not u.ends_sentence and after is not None and past is not None
                    and traits(nxt.text).ends_sentence and len(line.text + nxt.text) <= 40
                    and not _set_apart(nxt, layout)      # (a blank between: two things, not one caption's lines)
                    and P.is_credit_line(after.text) and not traits(nxt.text).anchor
                    and not traits(past.text).anchor and _resumes(open_block, past)
                    and (straddles_word(open_block.last, past.text, guess=False)
                         or not straddles_word(open_block.last, line.text, guess=False))):
                # …风电机舱18 / 晟远风电装备有限公司工人在组 / 装海上风电机舱。 / 射阳县融
                # 媒体中心供图 / 台…: a caption of two lines, its credit on a third, dropped
                # into a sentence — not when a dictionary word runs from the sentence into
                # the first line (…大力推 / 广绿色…和智 / caption / credit / 能化…: its rest)
                open_block.captions.append(((line.text + nxt.text).strip(), after.text.strip()))
                i += 3
                continue
            if (u.ends_sentence and len(line.text) <= 40 and after is not None
                    and P.is_credit_line(nxt.text) and not traits(after.text).anchor
                    and (_resumes(open_block, after)
                         or _full_prose_resumes(open_block, line, after, lines[i + 3] if i + 3 < len(lines) else None, layout))
                    and not (len(open_block.lines) == 1 and not straddles_word(open_block.last, after.text) and (
                        straddles_word(open_block.last, line.text) or traits(open_block.last).lede_date
                        or len(line.text) <= 8 and layout.narrow and layout.full(open_block.lines[-1])))):
                # (…麦田进行 / 飞防作业。 / 通讯员 张颖 摄: the caption's own tail, not a caption, nor
                # a dated caption's second line, 7月7日，…腹地， / 治沙工人在铺设草方格。 / X 摄 —
                # unless the line after the credit finishes the word: …擦亮“绿 / 晟远…机舱。 /
                # 射阳县融媒体中心供图 / 色能源之城”名片。)
                open_block.captions.append((line.text, nxt.text))
                i += 2
                continue
        if (open_block is not None and open_block.kind in ("text", "dispatch") and nxt is not None
                and line.text.startswith(_PICTURE_SAYS) and u.ends_sentence and len(line.text) <= CAPTION_MAX_CHARS
                and traits(open_block.last).ends_sentence and P.is_credit_line(nxt.text)):
            # …有条不紊地忙碌着。 / 图为鑫泰泵业工人在装配水泵。 / 本报记者 林晓燕 摄: a
            # picture of the piece set between its paragraphs, announced as one
            open_block.captions.append((line.text.strip(), nxt.text.strip()))
            i += 2
            continue
        if (open_block is not None and open_block.kind in ("text", "dispatch") and nxt is not None
                and line.text.startswith(_PICTURE_SAYS) and u.ends_sentence and len(line.text) <= CAPTION_MAX_CHARS
                and not u.caption and traits(open_block.last).ends_sentence and not nxt.heading
                and not traits(nxt.text).anchor and _SENTENCE_MARKS.search(nxt.text)):
            # …由志愿讲解员现场讲解。 / 图为夜游船驶过解放大桥。 / 三条航线成人票价为…: a picture
            # set between the paragraphs, its caption saying so itself, with no credit
            open_block.captions.append((line.text.strip(), ""))
            i += 1
            continue
        if kind == "dispatch" and open_block is not None and open_block.kind == "dispatch" \
                and len(open_block.lines) == 1 and not traits(open_block.last).ends_sentence \
                and not P.DISPATCH.match(line.text):
            open_block.lines.append(line)    # 本报讯 记者刘胜男 / 通讯员陈希报道：…: one credit the column cut
            i += 1
            continue
        if kind == "byline" and open_block is not None and open_block.kind == "byline" \
                and len(open_block.lines) == 1 and _ROLE_LED.match(line.text.strip()) \
                and (P.BYLINE_LINE.match(open_block.last) or _ROLE_LED.match(open_block.last)):
            open_block.lines.append(line)    # □记者 胡晓蕾 / 通讯员 彭宇: one byline set on two lines
            i += 1
            continue
        if kind is None and open_block is not None and open_block.kind in ("text", "dispatch") \
                and u.jump_to and P.JUMP_TO.fullmatch(line.text):
            open_block.lines.append(line)    # …记者专访了县委副书记。 / (下转第11版): the piece's jump line
            i += 1
            continue
        if kind is None and open_block is not None and open_block.kind in ("text", "dispatch") \
                and u.bracket_credit and traits(open_block.last).ends_sentence \
                and _credited_names(line.text):
            open_block.lines.append(line)    # …。 / （记者 金晓晓）: the piece's closing credit
            i += 1
            continue
        if kind is None and open_block is not None and open_block.kind in ("text", "dispatch") \
                and _lone_name(line, nxt, open_block, lines[i + 2] if i + 2 < len(lines) else None):
            kind = "byline"
        if kind == "notice" and open_block is not None and open_block.kind == "notice" \
                and len(open_block.lines) == 1 and squeeze(open_block.text) == squeeze(line.text):
            i += 1           # e-paper dumps print a notice's title twice: keep it once
            continue
        if kind == "notice" and open_block is not None and open_block.kind in ("head", "text") \
                and len(open_block.lines) == 1 and line.text.startswith("关于") and not line.blank_before \
                and traits(open_block.last).unit:
            # 天津市蓟州区人民政府 / 关于做好…的通告: the issuer over the notice's title opens it
            open_block.kind = "notice"
            open_block.lines.append(line)
            i += 1
            continue
        if kind == "notice" and open_block is not None and open_block.kind == "text" and len(open_block.lines) == 1 \
                and not open_block.lines[0].verse \
                and not traits(open_block.last).ends_sentence and not traits(open_block.last).marks \
                and not forecast_issuer(open_block.last) \
                and not traits(open_block.last).bare_date and not traits(open_block.last).unit \
                and P.NOTICE_TITLE.match(open_block.last + line.text):
            # 关于喀什市首 / 届半程马拉松赛期间…的公告: a notice title the column wrapped (a
            # headline-shaped first line too, when a narrow column could have wrapped it: 2025年度…农牧业 / …公示;
            # never from a poem's last line: …背篓很轻 / 山很重 / (blank) / 征稿启事)
            open_block.kind = "notice"
            open_block.lines.append(line)
            if len(blocks) >= 2 and open_block.lines[0].text.startswith("关于") and len(blocks[-2].lines) == 1 \
                    and blocks[-2].kind in ("head", "text") and not open_block.lines[0].blank_before \
                    and traits(blocks[-2].last).unit:
                # 平利县人民政府 / 关于进一步加强… / …的通告: the issuer opens the notice's title
                issuer = blocks.pop(-2)
                open_block.lines[:0] = issuer.lines
            elif len(blocks) >= 2 and blocks[-2].kind in ("head", "text") and len(blocks[-2].lines) == 1 and layout.narrow \
                    and not open_block.lines[0].blank_before and not layout.short(blocks[-2].lines[0]) \
                    and not traits(blocks[-2].last).ends_sentence \
                    and P.NOTICE_TITLE.match(blocks[-2].last + open_block.text):
                # 2025年度…农牧业 / 产业化…拟认定 / 名单公示: a title wrapped over three lines
                open_block.lines[:0] = blocks.pop(-2).lines
            i += 1
            continue
        if kind == "credit" and open_block is not None and open_block.kind == "text" and layout.indented \
                and (tail := _unindented_caption_tail(open_block)):
            # 　　…附加值提高了约30%。 / 宋长山（左）在参园里向年轻人 / 讲解病害防治技术。 / 通讯员 曲晓楠 摄:
            # on a page that indents its paragraphs, unindented lines after a finished sentence,
            # over a credit, are the picture's caption, not the paragraph's last sentence
            blocks.append(Block("text", open_block.lines[-tail:]))
            del open_block.lines[-tail:]
            open_block = blocks[-1]
        if kind == "weather":
            in_weather = True
        elif kind is not None or len(line.text) > 40:
            in_weather = False
        if kind is None and open_block is not None and (
                _joins(open_block, line, nxt, layout, in_weather, local[i] if local else None)
                or _notice_opening_cut(blocks, line)) \
                and not _repeats_head(blocks, line) \
                and not _DOC_NUMBER.match(open_block.last.strip()):   # a document's number stands alone
            open_block.lines.append(line)
        else:
            blocks.append(Block(kind or "text", [line]))
        i += 1
    return blocks


# How far back (blocks) a headline printed again is looked for: e-paper dumps repeat a
# headline right under itself or after its decks.
REPEAT_LOOKBACK = 4


def _repeats_head(blocks: list[Block], line: Line) -> bool:
    """A short unfinished line printing again a headline line just above it."""
    t = squeeze(line.text)
    if not t or len(t) > 40 or traits(line.text).ends_sentence:
        return False
    return any(len(b.lines) == 1 and squeeze(b.text) == t for b in blocks[-REPEAT_LOOKBACK:])


# A headline of two clauses set apart by one comma (稳住就业基本盘，政策落地要快):
# national and evening papers print them; a line of prose that short stands alone only
# on pages whose lines are whole paragraphs.
COMMA_TITLE_MAX_CHARS = 28


_NOTICE_WORD_END = re.compile(r"(?:启事|公告|通告|通知|公示|声明|告示|须知)$")


def _notice_opening_cut(blocks: list[Block], line: Line) -> bool:
    """迁坟启事 / 因县城东环线道路 / 建设需要，…: the first line under a notice's title
    opens its text — a notice prints no deck under its title — so an unfinished first
    line goes on in the line below."""
    if len(blocks) < 2 or blocks[-2].kind != "notice" or blocks[-1].kind != "text" or len(blocks[-1].lines) != 1 \
            or not _NOTICE_WORD_END.search(blocks[-2].text.strip()):
        return False
    t = traits(blocks[-1].last)
    return not t.ends_sentence and not t.marks and not t.unit and not t.bare_date and not line.heading \
        and not blocks[-1].last.endswith(("：", ":")) \
        and (_SENTENCE_MARKS.search(line.text) is not None or len(line.text) > SUBHEAD_MAX_CHARS)


def _comma_title(block: Block, line: Line, layout: Layout) -> bool:
    if layout.narrow or len(block.lines) != 1:
        return False
    return _comma_title_text(line.text.strip())


# A body named before a kicker's colon (区政协：, 县人大：, 上戈镇：).
_KICKER_BODY = re.compile(r"[\u4e00-\u9fff]{1,8}(?:政协|人大|委|局|办|院|会|所|队|站|中心|公司|街道|社区|镇|乡|村|县|区|市|旗|州|省)")


# How short each phrase of a comma title may be where a byline stands under it (在双溪，慢下来
# / □ 周 默): the byline says a title stands over it, so the phrases need not say it.
COMMA_TITLE_PART_OVER_BYLINE = 3


def _decks_over_dash(block: Block, nxt: Block) -> bool:
    """Lines that no sentence ends, each short enough for a deck, right over a ——subtitle:
    the kicker and title of its stack, whatever their commas and colons (扎根拉祜山寨20年，背着
    药箱走遍每一条山路 / 李娜倮：药箱里装着全村人 / ——记…乡村医生李娜倮)."""
    return nxt.kind == "head" and bool(DASH_LINE.match(nxt.text)) and 2 <= len(block.lines) <= 3 \
        and all(len(x.text.strip()) <= COMMA_TITLE_MAX_CHARS and not P.ends_sentence(x.text)
                and not re.search(r"[。；;]", x.text) for x in block.lines)


def _comma_title_text(t: str, part_min: int = 4) -> bool:
    """Two phrases of ``part_min`` characters or more on either side of one comma, and nothing
    else a sentence has (保供稳价，社区团购开进小区)."""
    if len(t) > COMMA_TITLE_MAX_CHARS:
        return False
    parts = re.split(r"[，,]", t)
    head, colon, _ = parts[0].partition("：")
    if colon and not (is_unit_name(head) or _KICKER_BODY.fullmatch(head)
                      or 2 <= len(head) <= 3 and lexicon.has_surname(head)):
        # 归根结底一句话：办法总比困难多，…: a colon after words that name no body, place or person
        # (上戈镇：…, 周大新：…) is a sentence's, not a kicker's
        return False
    return (len(parts) == 2 and all(len(x) >= part_min for x in parts)
            and not re.search(r"[。；;]", t) and not LEDE_DATE.match(t) and not P.JUMP_TO.search(t))


# A letter's or notice's salutation (尊敬的广大用户：, 各位居民朋友：): its first line of text.
_SALUTATION = re.compile(r"^(?:尊敬的|亲爱的|各位|全体|广大)[^，。；]{1,16}[：:]$"
                         r"|^各[^。；！？：:]{1,40}[：:]$"    # 各县（市、区）人民政府，市政府各委办局：
                         r"|^(?:编辑|记者|主编)(?:同志|老师)(?:们)?[，,]?(?:您好)?[：:]$")   # 编辑同志：, a reader's letter


# Words of a post or an affiliation (the bracket after an expert's name says where they work).
_POST_WORDS = re.compile(r"(?:院|局|委|会|所|校|大学|中心|公司|协会|学会|主任|长|教授|专家|医师|研究员|委员|主席|书记|顾问)")


def _expert_signature(text: str) -> bool:
    m = P.NAMED_POST.match(text)
    return bool(m) and lexicon.has_surname(m.group(1)) and bool(_POST_WORDS.search(m.group(2)))


# A title that quotes someone whole (“在这里投资，我们放心”): the quote closes with no
# sentence end inside it, as a quoted sentence of prose would have (…放心。”).
_QUOTED_TITLE = re.compile(r"^“[^“”。！？!?；;]{2,30}”$")


# An entry of a chronology box (大事记): a date, a space, what happened.
_CHRONICLE_ENTRY = re.compile(r"^(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?[ \u3000]+\S")


# An entry of a list: a label, a colon and a 、-list of short items (利通区：马文军家庭、周晓红家庭).
_LIST_ENTRY = re.compile(r"^[^：:，。、]{1,10}[：:](?:[^、，。；：:]{1,12}、)+[^、，。；：:]{1,12}$")
# ... or of one item or more (嘉定镇街道：州桥小区): an entry when its neighbours are entries too.
_ONE_ENTRY = re.compile(r"^[^：:，。、0-9０-９][^：:，。、]{0,8}[\u4e00-\u9fff）)][：:](?:[^、，。；：:]{1,12}、)*[^、，。；：:]{1,12}$")   # (not 26日9:00至3月)


# A unit's or a place's name before a colon, a kicker (乳山市：, 区住建局：), is this short at most.
UNIT_COLON_MAX = 8


def _table_lead_in(block: Block, nxt: Block | None) -> bool:
    """A line that ends on a colon over a table's head and rows (昨日福建板块涨幅居前个股： /
    股票简称　收盘价　涨幅 / …): it leads the text into the table, no headline over it."""
    text = block.text.strip()
    return len(block.lines) == 1 and text.endswith(("：", ":")) and len(text) > UNIT_COLON_MAX \
        and nxt is not None and table_head(nxt.lines[0].text)


def _entry_among_entries(prev: str, line: str, nxt: str) -> bool:
    """A labelled entry on a line of its own (小学男子组：宋子墨（…）) right under the sentence
    that announces the list (…冠军如下：) or between two entries like it; a title led by its
    unit (合隆镇：“…”…) quotes and stands among bodies."""
    if not _ONE_ENTRY.match(line) or re.search(r"[“”\"]", line) \
            or squeeze(line) in (squeeze(prev).lstrip("#").strip(), squeeze(nxt).lstrip("#").strip()):
        return False     # (彰明镇：抢抓农时备春耕 printed three times: a title an e-paper repeats)
    if prev.endswith(("如下：", "如下:")) or bool(_ONE_ENTRY.match(prev)) and bool(_ONE_ENTRY.match(nxt)):
        return True
    # the list's last entry: labelled as the one above it (初中男子组：… / 初中女子组：…)
    a, b = re.split(r"[：:]", prev, maxsplit=1)[0], re.split(r"[：:]", line, maxsplit=1)[0]
    return bool(_ONE_ENTRY.match(prev)) and len(a) == len(b) and a[-1:] == b[-1:]


def _list_entries(prev: str, line: str, nxt: str) -> bool:
    """``line`` is an entry of a labelled list, as ``prev`` is or introduces (…公告如下： /
    男子团体：新罗区队、永定区队…), or one of single items among its like after a colon
    (…现予以公示： / 新成路街道：百合苑小区 / 嘉定镇街道：州桥小区) that no word runs across."""
    if _LIST_ENTRY.match(line) and (_LIST_ENTRY.match(prev) or prev.endswith(("如下：", "如下:"))):
        return True
    return bool(_ONE_ENTRY.match(line)) and (bool(_ONE_ENTRY.match(prev)) or prev.endswith(("：", ":"))) \
        and (bool(_ONE_ENTRY.match(nxt)) or bool(_ONE_ENTRY.match(prev))) and not straddles_word(prev, line, guess=False)


# How many names a line must list to be a list of names rather than a headline couplet.
NAME_LIST_MIN = 4


def _name_list(text: str) -> bool:
    """Four or more people's names set apart by spaces (王军峰 张秀梅 李怀德 杨宝平): the
    names a notice lists, not a headline."""
    parts = text.split()
    return len(parts) >= NAME_LIST_MIN and all(_LONE_NAME.match(x) and lexicon.has_surname(x) for x in parts)


# A service line: a label and the number to call (消费者投诉举报：12315).
_SERVICE_NUMBER = re.compile(r"^[\u4e00-\u9fff]{2,12}[：:]\s*[0-9０-９]{3,}")
# A service box's labelled entry with a figure in it (白水洋景区：5月1日至4日 7:30—18:00开放,
# 县城—白水洋专线：每30分钟一班): among entries of its shape, a line of the box, no headline.
_SERVICE_ENTRY = re.compile(r"^[\u4e00-\u9fff][\u4e00-\u9fff·—\-]{1,13}[：:][^：:。]*[0-9０-９]")


def _service_entries(blocks: list[Block], k: int) -> bool:
    """Block ``k`` is one line of a run of service entries: it and a neighbour each a
    labelled entry with a figure (a phone number, an hour, a fare)."""
    def entry(j: int) -> bool:
        return 0 <= j < len(blocks) and len(blocks[j].lines) == 1 and blocks[j].kind == "text" \
            and not blocks[j].lines[0].heading and _SERVICE_ENTRY.match(blocks[j].text.strip()) is not None

    def close(j: int) -> bool:      # set close to block k, as a box's lines are
        return blocks[max(j, k)].lines[0].blank_before <= 1 and squeeze(blocks[j].text) != squeeze(blocks[k].text)
    # (a headline an e-paper printed twice, 鹿寨县：2.8万亩… ×2, is no run of entries; nor is
    # one over a dispatch, set off from a box above it)
    return entry(k) and not (k + 1 < len(blocks) and blocks[k + 1].kind in ("dispatch", "byline")) \
        and any(entry(j) and close(j) for j in (k - 1, k + 1))


# A document's number under its title: （2023）皖02破17号 (a court's), 某府发〔2024〕3号.
_DOC_NUMBER = re.compile(r"^(?:[（(〔\[]\d{4}[）)〕\]][\u4e00-\u9fff\d]{1,12}号|[\u4e00-\u9fff]{1,8}[〔\[（(]\d{4}[〕\]）)]第?\d{1,4}号)$")


# A caption is at most this many lines of a narrow column.
CAPTION_TAIL_LINES = 3
# … and of one a blank line sets apart from the paragraph above it.
CAPTION_SET_APART_LINES = 6


def _unindented_caption_tail(block: Block) -> int:
    """How many of a paragraph's last lines, unindented after a line that ends a sentence,
    make one short sentence: a caption the paragraph took in (0 when none)."""
    lines = block.lines
    for k in range(1, min(CAPTION_SET_APART_LINES, len(lines) - 1) + 1):
        tail = lines[-k:]
        if any(x.indent for x in tail) or not traits(lines[-k - 1].text).ends_sentence:
            continue
        text = "".join(x.text for x in tail)
        head = "".join(x.text for x in lines[:-k])
        if not traits(tail[-1].text).ends_sentence or len(text) > CAPTION_MAX_CHARS or not lines[0].indent:
            continue
        if k <= CAPTION_TAIL_LINES and sum(map(text.count, "。！？")) == 1 and sum(map(head.count, "。！？")) >= 2:
            return k     # (a caption of two sentences is whole)
        if tail[0].blank_before and not any(x.blank_before for x in lines[1:-k]):
            return k     # …坚实基础。 / (a blank line) / 9月10日，…棉田里… / 通讯员 X 摄: set apart
    return 0


def _fills_column(line: Line, layout: Layout) -> bool:
    """The line fills the page's column (and is no wider): the column cut it."""
    width = line.width + 2 * line.indent
    if layout.narrow:
        return layout.column_width - NARROW_FULL_SLACK < width <= layout.column_width + NARROW_FULL_SLACK
    return bool(layout.wide_column) and layout.wide_column - 2 <= width <= layout.wide_column + 2


# Whom a notice is served on, alone on its line (许福安：, 各有关单位：).
_ADDRESSEE = re.compile(r"[^，。；！？：:\s]{2,20}[：:]")
# A short line wholly in brackets.
_BRACKETED_LINE = re.compile(r"[（(][^（()）]{2,20}[)）]")


_WIDE_SPACE = re.compile(r"[\s\u3000]{2,}|\u3000")


@lru_cache(maxsize=P.LINE_CACHE)
def _signed_and_dated(text: str) -> bool:
    """A notice's signer and date on one line (衢州市正信拍卖有限公司　　2019年7月12日)."""
    if _WIDE_SPACE.search(text) is None:
        return False     # (the two are set apart by a wide space: most lines have none)
    parts = [x for x in _WIDE_SPACE.split(text.strip()) if x]
    return len(parts) == 2 and is_unit_name(parts[0], 30) and _BARE_DATE.match(parts[1]) is not None


def _headline_shaped(block: Block, layout: Layout) -> bool:
    if block.kind != "text":
        return False
    if not any(line.heading for line in block.lines) and (
            len(block.lines) > 4 or any(len(line.text) > HEAD_MAX_CHARS for line in block.lines)
            or traits(block.last).ends_sentence and not block.last.endswith(("！", "!", "？", "?"))):
        return False     # (read first, as the checks below would: too long, or a finished sentence)
    if P.AFFILIATION.match(block.text) or _SALUTATION.match(block.text.strip()):
        return False
    if any(_signed_and_dated(x.text) for x in block.lines):
        return False     # 衢州市正信拍卖有限公司　　2019年7月12日: the notice above is signed
    if traits(block.text).bracket_credit:
        return False     # （记者 方 圆）: the closing credit of the piece above
    if _CHRONICLE_ENTRY.match(block.text):
        return False     # 2019年 全市柑橘种植面积突破200万亩: an entry of a chronology (大事记)
    if all(_LIST_ENTRY.match(line.text.strip()) or _name_list(line.text) for line in block.lines):
        return False     # 利通区：马文军家庭、周晓红家庭, 王军峰 张秀梅 李怀德 …: a list, one a line
    if all((m := _NUMBERED.match(line.text.strip())) and is_unit_name(line.text.strip()[m.end():], 30)
           for line in block.lines):
        return False     # 1.格尔木鑫源盐化有限公司: an entry of a notice's numbered list of bodies
    if all(_SERVICE_NUMBER.match(line.text.strip()) for line in block.lines):
        return False     # 报警：110　火警：119, 旅游咨询投诉：12345转旅游专席: a service box's numbers
    if _expert_signature(block.text.strip()):
        return False     # 高明远（某某医院呼吸科副主任）: who wrote the piece above, not a headline
    if forecast_issuer(block.text):
        return False     # 城关区气象台5月8日17时发布: a weather box's last line
    if all(_READING.match(line.text.strip()) for line in block.lines):
        return False     # 康定 小雨 12～21℃: a place's reading in a weather box
    if _LIST_FOLLOWS.search(block.text.strip()):
        return False     # 现将有关事项公告如下：: a sentence that announces the list below
    if any(line.heading for line in block.lines):
        return True
    if block.text.count("《") > block.text.count("》"):
        return False     # …遗失《农村宅基地使用 / 证》一本: a title closes every book-title mark it opens
    if traits(block.last).ends_sentence and not block.last.endswith(("！", "!", "？", "?")):
        return False
    if len(block.lines) > 4:
        return False
    dash_deck = traits(block.lines[0].text).dash
    for line in block.lines:
        if len(line.text) > HEAD_MAX_CHARS:
            return False
        t = traits(line.text)
        if t.marks and not t.dash and not dash_deck \
                and not _comma_title(block, line, layout) and not _QUOTED_TITLE.match(line.text.strip()) \
                and not (layout.narrow and _narrow_head(line, layout)):
            return False
    if P.JUMP_FROM.match(block.text):
        return False
    return True


def advice_wrapped(above: str, text: str) -> bool:
    """A weather box's advice (温馨提示：…) the column cut: a labelled line of prose, no
    reading, that stops mid-sentence over a line that finishes it."""
    return ("：" in above[:8] or ":" in above[:8]) and not P.WEATHER_DATA.search(above) \
        and bool(_SENTENCE_MARKS.search(above)) \
        and not P.ends_sentence(above) and P.ends_sentence(text)


def _signature(block: Block, nxt: Block | None) -> bool:
    """A notice's closing lines (联系人：…, 联系电话：…, the signing body over its date,
    the date): they close the text above and never head the text below."""
    if _BARE_DATE.match(block.text) or traits(block.text).contact \
            or all(traits(x.text).contact or traits(x.text).bare_date for x in block.lines):
        return True
    if 2 <= len(block.lines) <= 3 and traits(block.lines[-1].text).bare_date \
            and all(len(x.text) <= 24 for x in block.lines):
        return True      # 秦州区人民政府 / 2025年2月17日 set in one block
    return (len(block.lines) <= 2 and nxt is not None and len(nxt.lines) <= 2
            and bool(_BARE_DATE.match(nxt.text)) and len(block.text) <= 24)


def _flush_title(line: Line, nxt: Line, layout: Layout) -> bool:
    """Narrow indented pages: a flush, unpunctuated line short of the column over an
    indented opening (为“周末不打烊”点赞 / 　　每逢周末…) is a headline line — it cannot
    open a paragraph (openings are indented) nor end one (it has no sentence end)."""
    opening = nxt.indent >= 2 or layout.column_width - NARROW_HEAD_SHORT < nxt.width <= layout.column_width - NARROW_FULL_SLACK
    return (line.indent < 2 and not traits(line.text).marks and not traits(line.text).ends_sentence
            and line.width <= layout.column_width - NARROW_FULL_SLACK and opening)


# A forecast's labelled reading (今日天气：多云…, 空气质量：良, 穿衣指数：…): a line of its box.
_LABELLED_READING = re.compile(r"^(?:今天|明天|后天|今日|明日|今晚|今夜|夜间|白天)(?:天气)?\s*[：:]|^空气质量\s*[：:]"
                               r"|^[\u4e00-\u9fff]{1,4}指数\s*[：:]")


def _price_note(block: Block, nxt: Block | None, above: Block | None) -> bool:
    """A price list's note in brackets over its entries ((10月22日 城区农贸市场零售均价)) or
    its source under them (价格来源：市发改委): lines of the box, not headlines."""
    text = block.text.strip()
    if len(block.lines) != 1 or len(text) > 40:
        return False
    if nxt is not None and listing_entry(nxt.text) and text[:1] in "（(" and text[-1:] in "）)":
        return True
    return above is not None and listing_entry(above.text) and bool(_PRICE_SOURCE.match(text))


def _table_group(block: Block, nxt: Block | None, above: Block | None) -> bool:
    """A short label over a table's rows (女子半程马拉松, 小学组) after the rows of the group
    before it or after the sentence that announces the table (…前三名如下：)."""
    text = block.text.strip()
    if len(block.lines) != 1 or len(text) > 16 or nxt is None or above is None or P.ends_sentence(text):
        return False
    return nxt.kind == "text" and table_row(nxt.lines[0].text) \
        and (table_row(above.lines[-1].text) or above.lines[-1].text.rstrip().endswith(("：", ":")))


# Where a price list's figures come from: 价格来源：…, 数据来源：…, …提供.
_PRICE_SOURCE = re.compile(r"^(?:(?:价格|数据|信息)?来源[：:].{2,30}|[\u4e00-\u9fff]{2,20}提供)$")


# A weather box's short line: a sky, a wind, a day's name (今日清明, 明日), a labelled index.
_BOX_READING = re.compile(r"^(?:今日|明日|今天|明天|后天)[\u4e00-\u9fff]{0,4}(?:[（(][^（）()]{2,12}[)）])?$|等级[：:]|指数[：:]"   # (今天（7月14日）)
                          r"|^温馨提示[：:]"
                          r"|^\d{1,2}月\d{1,2}日[\s\u3000]*(?:星期|周)[一二三四五六日天](?:[\s\u3000]*农历\S{2,8})?$")   # (4月19日 星期五 农历三月十一)


def _box_reading(text: str) -> bool:
    """A line of a weather box: a reading (labelled ones included) or a day's line (not 今日导读,
    an index box's label under it)."""
    return bool(P.WEATHER_DATA.search(text) or _BOX_READING.search(text)) and not _INDEX_LABEL.match(text.strip())


def _weather_box_lines(blocks: list[Block]) -> set[int]:
    """The blocks under a weather box's head that are its readings: each line a reading
    (:data:`~baoxun.layout.patterns.WEATHER_DATA`), a day's name or a labelled index, up to
    the first block that is none of these or a blank line of two."""
    out: set[int] = set()
    k = 0
    while k < len(blocks):
        if blocks[k].kind != "weather":
            k += 1
            continue
        j = k + 1
        while j < len(blocks) and blocks[j].kind in ("text", "head", "weather") and blocks[j].lines[0].blank_before < 2 \
                and (all(_box_reading(x.text) for x in blocks[j].lines)
                     or len(blocks[j].text) <= 40 and _box_reading(blocks[j].lines[0].text)):   # (one the column wrapped)
            out.add(j)
            j += 1
        k = j
    return out


# The label of a department's reply under a reader's letter or call (【部门回复】, 【答复】).
_REPLY_LABEL = re.compile(r"^[【\[](?:(?:部门|单位|相关部门|职能部门)?(?:回复|答复|回音|回应)"
                          # ... or a part of a case column or a reader's letter (【案情】 / 【审理】 / 【说法】,
                          # 【读者来电】): parts of the piece, printed in its text
                          r"|案情|案情回顾|审理|判决|裁判|说法|法官说法|律师说法|检察官说法|以案释法|评析|点评|提醒|读者来电|读者来信|记者调查)[】\]]$")


# A note naming where a table's figures come from, in brackets.
_SOURCE_NOTE = re.compile(r"^[（(](?:数据|资料|信息|图表)?(?:来源|提供)[：:][^（）()]{2,40}[)）]$"
                          r"|^(?:数据|资料|图表)来源[：:][^（）()，。；]{2,30}$")   # (数据来源：市统计局, unbracketed under a box)


# A results box's entry: the event, a colon, who won, and the time or distance it ends on
# (高中男子100米：冉志豪（南州中学）10秒98, …跳远：…6米12), or the event and its ranks
# (乒乓球　女子团体　冠军：陈仓区队　亚军：岐山县队).
_RESULT_ENTRY = re.compile(r"^[^：:，。；@>]{2,24}[：:][^，。；@>]{2,30}?\d+(?:[分秒米′″环]\d*)+$"
                           r"|^[^，。；@>]{0,24}(?:冠军|亚军|季军|第[一二三]名|金牌|银牌|铜牌)[：:][^，。；@>]{2,}$")


# A weather box's day label with the day's readings after it on the line.
_DAY_FORECAST = re.compile(r"^(?:今日|明日|今天|明天|后天)天气[\s\u3000]+")
# An index box's label (今日导读, 本版导读): no day's reading of a weather box above it.
_INDEX_LABEL = re.compile(r"^[【\[]?(?:今日|本版|本期|本刊)?(?:导读|要目|提要)[】\]]?$")
# An index box's entry (今日导读): a title and the page it is on (…推进会召开 ②, …开足马力 >>A2,
# …（第3版）) — a pointer to a headline elsewhere, never one here.
_INDEX_ENTRY = re.compile(r"\S\s*(?:[②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯]|(?:>>|》》|→|▶)\s*[A-H]?\d{1,2}(?:版)?"
                          r"|[（(](?:见)?(?:第)?[A-H]?\d{1,2}版[)）])$")


def index_entry(text: str) -> bool:
    """An entry of the page's index box (…推进会召开 ②, …开足马力 >>A2)."""
    t = text.rstrip()
    return bool(t) and (t[-1] in _INDEX_LAST or t[-1].isdigit()) and _INDEX_ENTRY.search(t) is not None


# The characters an index entry ends on (its page: ②, A2, 3版, （第3版）).
_INDEX_LAST = frozenset("②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯版)）")


def _whole_bracketed(text: str) -> bool:
    t = text.strip()
    return t[:1] == "【" and t[-1:] == "】" and _WHOLE_BRACKETED.fullmatch(t) is not None


_LIST_NUMBER = re.compile(r"^(\d{1,2})[.．、](?!\d)")


def _in_numbered_list(blocks: list[Block], k: int) -> bool:
    """Whether block ``k`` is an entry of a list numbered 1. 2. 3. …: it opens on its number
    and the block before or after it opens on the number before or after it."""
    m = _LIST_NUMBER.match(blocks[k].text.strip())
    if m is None:
        return False
    n = int(m.group(1))
    for j, want in ((k - 1, n - 1), (k + 1, n + 1)):
        if 0 <= j < len(blocks) and (o := _LIST_NUMBER.match(blocks[j].text.strip())) is not None \
                and int(o.group(1)) == want:
            return True
    return False


def mark_headlines(blocks: list[Block], layout: Layout) -> None:
    """4. Mark headline runs: short, unpunctuated blocks that stand before a dispatch,
    a byline, another headline, the page end, or (wide pages) a paragraph."""
    in_box = _weather_box_lines(blocks)
    for k in range(len(blocks) - 1, -1, -1):
        block = blocks[k]
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if k in in_box:
            if block.kind == "weather":
                block.kind = "text"      # 三明天气 / … / 明日天气 / …: the next day's panel of the same box
            continue     # 开化天气 / 多云到阴 / 局部有阵雨 / 气温11～22℃: a forecast's readings, one a line
        if block.kind == "text" and len(block.lines) == 1 and k > 0 \
                and (blocks[k - 1].kind == "head" or len(blocks[k - 1].lines) == 1
                     and P.COLUMN_SHAPE.search(blocks[k - 1].text.strip()) is not None) \
                and nxt is not None and nxt.kind == "text" and re.match(r"问[：:]", nxt.text.strip()) \
                and block.text.rstrip().endswith(("？", "?")) and len(block.text.strip()) <= COMMA_TITLE_MAX_CHARS \
                and not re.search(r"[。；;：:]", block.text):
            block.kind = "head"  # 医保小课堂 / 在外地打工住院了，回来还能报销吗？ / 问：…: a Q&A box's question as its title
            continue
        if block.kind == "text" and (_DOC_NUMBER.match(block.text.strip()) or listing_entry(block.text)
                                     or figure_line(block.text)
                                     or _price_note(block, nxt, blocks[k - 1] if k else None)
                                     or all(_LABELLED_READING.match(x.text.strip()) for x in block.lines)
                                     or all(_RESULT_ENTRY.match(x.text.strip()) for x in block.lines)
                                     or all(index_entry(x.text) for x in block.lines)
                                     or len(block.lines) == 1 and k > 0 and nxt is not None
                                     and _entry_among_entries(blocks[k - 1].last.strip(), block.text.strip(),
                                                              nxt.lines[0].text.strip())
                                     or _table_lead_in(block, nxt)):
            continue     # （2023）皖02破17号, 某府发〔2024〕3号, 11月22日19:30 昆曲… 票价：…: a notice's or
                         # ruling's number, a listing's entry, a forecast's reading, a labelled
                         # entry among its like (…冠军如下： / 小学男子组：宋子墨（…）): never a headline
        if block.kind == "text" and len(block.lines) == 1 and k > 0 and nxt is not None and nxt.kind == "text" \
                and (m := P.JUMP_FROM.match(blocks[k - 1].text.strip())) is not None \
                and m.end() >= len(blocks[k - 1].text.strip()) and not traits(block.text).marks \
                and not traits(block.text).ends_sentence and len(block.text.strip()) <= COMMA_TITLE_MAX_CHARS:
            block.kind = "head"  # （上接第1版） / 全民健身“家门口”升级 / 　　今年…: the continued piece's title, printed again
            continue
        if block.kind == "text" and _in_numbered_list(blocks, k):
            continue     # 1. 巴宜区八一镇康泰大药房 / 2. …: an entry of a numbered list, never a headline
        if block.kind == "text" and len(block.lines) == 1 and nxt is not None and nxt.kind == "text" \
                and table_head(block.text) and table_row(nxt.lines[0].text):
            continue     # 品名　均价（元/500克）　环比 over its rows: a table's head, no headline
        if block.kind == "text" and all(x.verse for x in block.lines):
            continue     # a poem's line, however short: never a headline
        if block.kind == "text" and len(block.lines) == 1 and k > 0 and P.AFFILIATION.match(blocks[k - 1].text) \
                and len(block.text) <= COMMA_TITLE_MAX_CHARS and not re.search(r"[。；;：:]", block.text) \
                and (not traits(block.text).ends_sentence or block.text.endswith(("？", "?", "！", "!"))):
            # （作者单位：…法院） / “借名买房”，房子到底归谁？: the affiliation closes a signed piece,
            # and the short line after it is a title (the next piece's, or this one's printed after it)
            block.kind = "head"
            continue
        if block.kind == "text" and len(block.lines) == 1 and nxt is not None and nxt.kind == "text" \
                and figure_line(nxt.lines[0].text) and not figure_line(block.text) \
                and len(block.text.strip()) <= FIGURES_LABEL_MAX and not traits(block.text).marks:
            block.kind = "head"  # ■图解2023年全县经济 / 地区生产总值　210.37亿元　↑5.9%: a figures box's label
            continue
        if block.kind == "text" and len(block.lines) == 1 and k > 0 \
                and (blocks[k - 1].kind == "head" or len(blocks[k - 1].lines) == 1 and _headline_shaped(blocks[k - 1], layout)) \
                and (layout.wide_indented or layout.indented) and block.lines[0].indent == 0 \
                and nxt is not None and nxt.kind == "text" and nxt.lines[0].indent >= 1 \
                and block.text.rstrip().endswith(("？", "?")) and len(block.text.strip()) <= COMMA_TITLE_MAX_CHARS \
                and not re.search(r"[。；;：:！!]|[？?].", block.text.strip()):
            # 科普小课堂 / 遥感卫星是怎样“看”地球的？ / 　　遥感卫星就像…: on a page that indents its
            # paragraphs, a flush question under a head and over an indented opening is a title
            block.kind = "head"
            continue
        if block.kind == "text" and _service_entries(blocks, k):
            continue     # 旅游投诉电话：… / 白水洋景区：5月1日至4日 7:30—18:00开放: a service box's entry
        if block.kind == "text" and _SOURCE_NOTE.match(block.text.strip()):
            continue     # （数据来源：县农业农村局市场信息服务站）: a table's or a figure's source, no headline
        if block.kind == "text" and block.lines[0].listed:
            continue     # * 9月28日　浑江秋季钓鱼邀请赛　桓龙湖景区: a converter's list entry, never a headline
        if block.kind == "text" and _table_group(block, nxt, blocks[k - 1] if k else None):
            continue     # …前三名如下： / 女子半程马拉松 / 第一名　邱晓雯　1:14:39: a group's label inside a table
        if block.kind == "text" and k > 0 and blocks[k - 1].kind == "notice" and len(block.lines) == 1 \
                and (_BRACKETED_LINE.fullmatch(block.text.strip()) or _ADDRESSEE.fullmatch(block.text.strip())):
            continue     # 拍 卖 公 告 / （2019第17期）, 公 告 / 许福安：: a notice's number or addressee under
                         # its title, a line of the notice
        if block.kind == "text" and _REPLY_LABEL.match(block.text.strip()):
            continue     # 【部门回复】: the reply printed under a reader's letter, a part of its piece
        if block.kind == "text" and (m := P.JUMP_FROM.match(block.text)) is not None and m.end() >= len(block.text):
            continue     # （上接第一版） alone on its line: where a piece goes on, never its headline
        if block.kind == "text" and k > 0 and _signer(block) and (P.closes_notice(blocks[k - 1].text.strip())
                                                                  or _signer(blocks[k - 1])):
            continue     # 特此通告。 / 　　　　宁安市公安局交通警察大队: the notice's signer, set far in
        if layout.wide_indented and block.kind == "text" and all(1 <= x.indent <= 4 for x in block.lines) \
                and _NUMBERED.match(block.lines[0].text):
            continue     # 　　1.潍坊盛泰机械有限公司（昌邑市）: on a page that indents its paragraphs, an
                         # indented numbered entry is a paragraph of a list, never a headline
        if (layout.narrow and block.kind == "text" and nxt is not None
                and (nxt.kind in ("dispatch", "byline") or nxt.kind == "head" and DASH_LINE.match(nxt.text))
                and (k == 0 or P.ends_sentence(blocks[k - 1].last) or P.JUMP_TO.search(blocks[k - 1].last)
                     or P.AFFILIATION.match(blocks[k - 1].text) or _headline_shaped(blocks[k - 1], layout))
                and ((len(block.lines) == 1 or len(block.lines) == 2 and not layout.full(block.lines[0])
                      or len(block.lines) == 3 and nxt.kind == "head" and not layout.full(block.lines[1]))
                     and _comma_title_text(block.text.strip(), COMMA_TITLE_PART_OVER_BYLINE if nxt.kind == "byline"
                                           and len(block.lines) == 1 else 4)
                     or _decks_over_dash(block, nxt))):
            # 保供稳价，社区团购开进小区 over its byline or its dashed subtitle (——走近…), on a
            # narrow page (a kicker over it too, when the title's lines stop short of the column
            # over a ——subtitle: …乡村医生李发荣 / 三十二年， / 一个人守着一座山 / ——记…), after a finished
            # sentence or under a column's label) — or wrapped short of the column (让秋粮颗粒归
            # / 仓，让农民增收有底), which no prose line is
            block.kind = "head"
            continue
        if block.kind == "text" and nxt is not None and nxt.kind in ("byline", "dispatch") and len(block.lines) == 1 \
                and not block.captions and k > 0 and len(block.text) <= COMMA_TITLE_MAX_CHARS \
                and not traits(block.text).ends_sentence \
                and (blocks[k - 1].kind == "head" or _headline_shaped(blocks[k - 1], layout)):
            # 四年一遇“闰日” 新人扎堆领证 / 2月29日，我市各婚姻登记处迎来小高峰 / 记者 李思雨:
            # a line between a title and its byline (or its 本报讯 dispatch) is a deck of that
            # title — the lede comes after the byline — whatever its marks
            block.kind = "head"
            continue
        if block.kind == "text" and len(block.lines) == 1 and not block.captions and k > 0 \
                and len(blocks[k - 1].lines) == 1 and nxt is not None and nxt.kind == "head" \
                and not traits(block.text).ends_sentence and len(block.text) <= COMMA_TITLE_MAX_CHARS \
                and not traits(block.text).bare_date \
                and any(squeeze(nxt.text) == squeeze(b.text) for b in blocks[max(0, k - REPEAT_LOOKBACK):k]):
            # (…城固县职业教育中心 / 2021年4月12日 / 城固县职业教育中心 / …招生简章: a notice's signing
            # date between its signer and its title printed after it is no deck)
            # 赏花游人如织… / 4月8日至9日，全市接待游客126.3万人次 / 赏花游人如织…: a deck
            # between a headline and its repeat is a deck of that headline, whatever its marks
            block.kind = "head"
            continue
        if block.kind == "text" and len(block.lines) == 1 and not block.captions and nxt is not None \
                and nxt.kind == "text" and _SALUTATION.match(nxt.lines[0].text.strip()) \
                and len(block.text) <= COMMA_TITLE_MAX_CHARS and not re.search(r"[。；;]", block.text) \
                and (k == 0 or blocks[k - 1].kind != "text" or P.ends_sentence(blocks[k - 1].last)
                     or _headline_shaped(blocks[k - 1], layout)):
            block.kind = "head"  # 暖气不热的老问题 今年冬天能否解决？ / 编辑同志：: a letter's title over its salutation
            continue
        if _flush_head(block, layout) and not block.captions and nxt is not None and not _signature(block, nxt) \
                and (k == 0 or blocks[k - 1].kind != "text" or P.ends_sentence(blocks[k - 1].last)
                     or _closing_credit(blocks[k - 1].text)):
            # 今夜，我想给远方写封信 / 林夏萨摩 / 　Hi，…: see _short_flush_opening (a credit closes
            # the piece above as a full stop does, wrapped or not: …隐患19处。（ / 梅 轩）)
            block.kind = "head"
            continue
        if not _headline_shaped(block, layout) or block.captions:
            continue    # (a block a caption was lifted out of is a sentence's beginning)
        if not any(line.heading for line in block.lines) and _signature(block, nxt):
            continue
        if any(line.heading for line in block.lines) or nxt is None:
            block.kind = "head"
        elif nxt.kind in ("dispatch", "byline", "head", "notice", "weather"):
            block.kind = "head"
        elif (nxt.kind == "text" and LEDE_DATE.match(nxt.text) and not P.ends_sentence(block.last)
              and (len(block.lines) == 1 or len(block.lines) <= 3 and layout.narrow
                   and not any(traits(x.text).marks for x in block.lines))):
            # a line over a dated lede or caption (11月12日，…) — on a narrow page, the
            # two or three lines of a title the column wrapped (专题协商助推花 / 牛苹果产业…)
            block.kind = "head"
        elif nxt.kind == "text" and len(block.lines) == 1 \
                and (block.last.endswith(("？", "?")) or block.text.strip()[:1] in P.BULLETS) \
                and _CALLER_TURN.match(nxt.text) and not traits(block.text).marks \
                and (k == 0 or blocks[k - 1].kind != "text" or P.ends_sentence(blocks[k - 1].last)
                     or _headline_shaped(blocks[k - 1], layout)):
            # 老旧小区加装电梯有补助吗？ / 市民王先生来电：…, ■路灯“罢工”一个月 / 诉求：…: a hotline
            # column's question or bulleted line over the caller's turn is the entry's title
            block.kind = "head"
        elif nxt.kind == "text" and len(block.lines) == 1 and not traits(block.text).marks \
                and _DELEGATE_OPEN.match(nxt.text) \
                and (k == 0 or blocks[k - 1].kind != "text" or P.ends_sentence(blocks[k - 1].last)):
            block.kind = "head"  # 把园区闲置厂房盘活用好 / 县政协委员、…杨晓光：…: a deputy's quote's title
        elif nxt.kind in ("text", "credit") and not block.last.endswith(("！", "!", "？", "?")):
            # Narrow pages print a paragraph's first lines in the same size as a
            # headline; there a run counts only before an anchor (above), or when
            # every line has a headline's shape.
            if not layout.narrow or all(_narrow_head(x, layout) for x in block.lines):
                block.kind = "head"
            elif _apart_line(block, nxt, layout) and k and P.ends_sentence(blocks[k - 1].last):
                block.kind = "head"
            elif layout.indented and len(block.lines) == 1 and _flush_title(block.lines[0], nxt.lines[0], layout) \
                    and (k == 0 or P.ends_sentence(blocks[k - 1].last) or blocks[k - 1].kind != "text"
                         or P.GENRE_LABEL.match(blocks[k - 1].text.strip())):   # 短评 / its title
                block.kind = "head"
            elif layout.indented and 2 <= len(block.lines) <= 3 and nxt.lines[0].indent >= 2 \
                    and all(x.indent == 0 and not traits(x.text).marks for x in block.lines) \
                    and (k == 0 or P.ends_sentence(blocks[k - 1].last) or blocks[k - 1].kind != "text"):
                # 沁源县全面打响春 / 季植树造林攻坚战 over an indented opening: on a page that
                # indents every paragraph, flush unpunctuated lines after a finished
                # sentence are a title the column wrapped, not a paragraph
                block.kind = "head"
            elif len(block.lines) == 1 and (_flush_short(block.lines[0], layout)
                                            or block.lines[0].indent < 2 and not traits(block.text).marks
                                            and _echoed(block.text, nxt.text[:80])) \
                    and (k == 0 or P.ends_sentence(blocks[k - 1].last) or blocks[k - 1].kind != "text"
                         or _headline_shaped(blocks[k - 1], layout)):
                # …的地方。 / 老手艺有新传人 / 竹编艺人方桂林今年收: on a page that indents no
                # paragraph, a line that stops short with no mark after a finished sentence is
                # a paragraph of one unfinished line — a title or subhead
                block.kind = "head"
            elif (k == 0 or blocks[k - 1].kind in ("text", "dispatch")) and nxt.kind == "text" \
                    and P.JUMP_FROM.match(nxt.text):
                # 古镇新事 / （上接第1版）…: a continued piece's headline over its jump line
                block.kind = "head"


# Lines with half-width digits or letters that must agree on how the column was filled.
CHAR_WRAP_MIN_LINES = 3


def _wrapped_by_characters(lines: list[Line], column: int) -> bool:
    """Whether the dump cut its column every so many *characters*, digits and letters
    counted as wide as hanzi (…达4.2万人次。 fills a line as 单日最高接待量 does), not by
    printed width: the full lines that hold half-width characters are full by count.
    Then a line's width is its character count, or every line with a number in it
    looks short and ends its paragraph."""
    by_count = by_width = 0
    for line in lines:
        narrow = 2 * len(line.text) - line.width
        if narrow < 2:
            continue
        if 2 * len(line.text) == column:
            by_count += 1
        elif column - 1 <= line.width <= column:
            by_width += 1
    return by_count >= CHAR_WRAP_MIN_LINES and by_count > 2 * by_width


# A poem (副刊): its lines are set by the poet, each a paragraph of its own (gold README), and
# a poem is always signed — a poet's name on a line of its own just over it or just under it.
VERSE_MAX_CHARS = 18         # a verse line longer than this is rare; a column of prose is wider
VERSE_MIN_LINES = 4          # a headline stack over its byline has three lines at most
VERSE_PUNCTUATED_SHARE = 0.35   # most verse lines carry no comma; most lines of prose carry one
VERSE_PUNCTUATED_SHARE_WIDE = 0.5
VERSE_FULL_SHARE = 0.34      # a narrow column's prose fills its lines; verse stops where the poet did
# What no verse line holds: figures, labels, units, brackets of a list or a box.
_NOT_VERSE = re.compile(r"[0-9０-９：:℃%％/（）()【】《》\[\]#*]")
# A poet's name alone on its line: □ 谭 晓 阳, □ 贡保扎西 (a marked name may be of any people's
# naming), or an unmarked name of two to four hanzi led by a surname (汪 向 东).
_POET_MARK = re.compile(r"^[□■◎]\s*")


POET_LINE_MAX = 24           # □ + a name, however widely padded
_REPORTER_WORDS = re.compile(P.ROLE_WORDS)


@lru_cache(maxsize=P.LINE_CACHE)
def _poet_line(text: str) -> bool:
    marked = _POET_MARK.match(text) is not None
    name = re.sub(r"[\s\u3000]", "", _POET_MARK.sub("", text))
    if not re.fullmatch(rf"[{P.HAN}·]{{2,8}}", name) or _REPORTER_WORDS.search(name):
        return False     # (□ 本报记者 林川: a reporter's byline, no poet's)
    return marked and len(name) <= 6 or len(name) <= 4 and lexicon.has_surname(name)


def _verse_like(line: Line, layout: Layout) -> bool:
    text = line.text.strip()
    if layout.narrow and line.width + 2 * line.indent >= layout.column_width - 2 and _SENTENCE_MARKS.search(text):
        return False     # a full line with a comma: a column of prose (the essay a poem was set into)
    return 1 <= len(text) <= VERSE_MAX_CHARS and not line.heading and not line.bold \
        and _NOT_VERSE.search(text) is None and not text.endswith(("。", "；", ";")) \
        and P.LEADING_BULLET.match(text) is None and not _poet_line(text) and traits(text).anchor is None


def _mark_verse(lines: list[Line], layout: Layout) -> None:
    """Mark the lines of a poem: a run of short lines with few commas and no full stop,
    all set at one indent and (on a narrow page) mostly short of the column, signed by a
    poet's name on the line just over the run (its title over the name) or just under it
    (its title then opens the run, a line apart from the first stanza)."""
    if not any(len(line.text) <= POET_LINE_MAX and _poet_line(line.text.strip()) for line in lines):
        return           # no poet signs on this page: no poem (the common case, read once)
    i = 0
    while i < len(lines):
        if not _verse_like(lines[i], layout):
            i += 1
            continue
        j = i
        while j < len(lines) and _verse_like(lines[j], layout) and (lines[j].indent > 0) == (lines[i].indent > 0):
            j += 1       # (a poem set in keeps in: a flush line under it is the next piece's)
        run = lines[i:j]
        # ◎ 马晓燕 / 麦积烟雨 / verses / 渭水谣 / verses: the poems of a group under one poet,
        # each under its own title (a title and a poet over it: three lines make a poem)
        grouped = i > 1 and _poem_title(lines[i - 1]) \
            and (_poet_line(lines[i - 2].text.strip()) or lines[i - 2].verse)
        signed_over = grouped or i > 0 and _poet_line(lines[i - 1].text.strip())
        signed_under = j < len(lines) and _poet_line(lines[j].text.strip())
        if signed_over and signed_under and lines[j].blank_before == 0 and run[-1].blank_before:
            run = run[:-1]           # …的天空 / 母亲的针线 / □ 欧阳青禾: the next poem's title
        elif signed_under and not signed_over and len(run) > 1 and run[1].blank_before:
            run = run[1:]            # 竹林深处 / / 风从山那边来 … / □ 郑雨萌: the title opens the run
        if (signed_over or signed_under) and _verse_run(run, layout, VERSE_MIN_LINES - grouped):
            for line in run:
                line.verse = True
        i = j


def _poem_title(line: Line) -> bool:
    """A poem's title inside a group: a short line with no sentence mark, set off above."""
    return line.blank_before > 0 and len(line.text) <= POEM_TITLE_MAX and not _SENTENCE_MARKS.search(line.text)


POEM_TITLE_MAX = 12


def _verse_run(run: list[Line], layout: Layout, fewest: int = VERSE_MIN_LINES) -> bool:
    indents = {line.indent for line in run}
    if len(run) < fewest or len(indents) > 1 and 0 in indents:
        return False     # (a part's number may stand out of its verses: 　　一 / 　　　　黄河在这里…)
    punctuated = sum(bool(_SENTENCE_MARKS.search(line.text)) for line in run)
    if punctuated > (VERSE_PUNCTUATED_SHARE if layout.narrow else VERSE_PUNCTUATED_SHARE_WIDE) * len(run):
        return False     # (on a wide page prose runs a paragraph a line: short lines are the poet's)
    if layout.narrow:
        full = sum(line.width >= layout.column_width - 2 for line in run)
        return full <= VERSE_FULL_SHARE * len(run)
    return True


def reflow(lines: list[Line]) -> tuple[list[Block], Layout]:
    """Run stages 1–4 over a page's lines."""
    layout = detect_layout(lines)
    if layout.narrow and _wrapped_by_characters(lines, layout.column_width) \
            or layout.wide_indented and not layout.wide_column and _wide_column(lines, by_characters=True):
        # a dump that cut its column every N characters, half-width digits or not: its
        # lines fill the column in characters, so measure them so
        for line in lines:
            line.__dict__["width"] = 2 * len(line.text)   # Line.width is a cached property
        layout = replace(detect_layout(lines), by_characters=True)
        if layout.narrow:
            _mark_set_across(lines, layout.column_width)
    _mark_verse(lines, layout)
    _mark_agenda(lines)
    blocks = build_blocks(lines, layout)
    for k in range(1, len(blocks)):
        if blocks[k].kind == "credit" and listing_entry(blocks[k - 1].text) \
                and _PRICE_SOURCE.match(blocks[k].text.strip()):
            blocks[k].kind = "text"     # 县价格监测中心提供 under a price list: its source, no picture's credit
    blocks = _issuer_over_notice(blocks)
    mark_headlines(blocks, layout)
    blocks = _picture_under_title(blocks)
    blocks = _title_again_under_dispatch(blocks)
    return blocks, layout


def _title_again_under_dispatch(blocks: list[Block]) -> list[Block]:
    """Title / 本报讯（记者 X） / title again / 11月6日，…: an e-paper prints the title again
    between the dispatch's credit and its lede; the dispatch goes on with the lede."""
    out: list[Block] = []
    k = 0
    while k < len(blocks):
        block = blocks[k]
        if block.kind == "head" and out and out[-1].kind == "dispatch" and len(out) >= 2 \
                and out[-2].kind == "head" and squeeze(out[-2].text) == squeeze(block.text) \
                and not _SENTENCE_MARKS.search(out[-1].text) and k + 1 < len(blocks) and blocks[k + 1].kind == "text":
            nxt = blocks[k + 1]
            out[-1] = Block("dispatch", out[-1].lines + nxt.lines, out[-1].captions + nxt.captions)
            k += 2
            continue
        out.append(block)
        k += 1
    return out


def _picture_under_title(blocks: list[Block]) -> list[Block]:
    """A credited caption between a title and its dispatch (title / [图片] 签约现场。刘海生 摄 /
    本网讯…): the story's picture, printed at its top, is the story's caption."""
    out: list[Block] = []
    for k, block in enumerate(blocks):
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if out and out[-1].kind == "head" and nxt is not None and nxt.kind == "dispatch" \
                and block.kind == "text" and len(block.lines) == 1 and not block.captions \
                and (m := P.caption_with_credit(block.text.strip())) is not None:
            nxt.captions.insert(0, _caption_parts(m))
            continue
        out.append(block)
    return out


def _issuer_over_notice(blocks: list[Block]) -> list[Block]:
    """A body's name on the line over a notice's title (衢州市人民政府 / 征收土地公告) is the
    first line of that title: the notice is the body's."""
    out: list[Block] = []
    for block in blocks:
        above = out[-1] if out else None
        if block.kind == "notice" and above is not None and above.kind == "text" and len(above.lines) == 1 \
                and len(block.lines) == 1 and not block.lines[0].blank_before and above.lines[0].indent < SIGNATURE_INDENT \
                and is_unit_name(above.text.strip(), 24) and not block.text.strip().startswith(above.text.strip()[:2]) \
                and (len(out) < 2 or out[-2].kind != "text" or above.lines[0].blank_before):
            # (set apart from what is above: a body's name right under a notice's last
            # sentence signs that notice — 请提前储水。 / 某某供水公司 / 停气通知)
            out[-1] = Block("notice", above.lines + block.lines, above.captions + block.captions)
            continue
        out.append(block)
    return out


def width_of(text: str) -> int:
    return display_width(text)
