"""Headline runs → 引题/主题/副题 (kicker, title, subtitle), column label, banners.

Chinese papers stack an item's headline in up to three decks: a kicker (引题) that sets
the scene, the main title (主题) in the largest type, and a subtitle (副题) that adds
the facts. Only the text survives a dump, so the roles are read from conventions:

  1. repeated lines (e-paper dumps print a headline two or three times) are kept once,
     and a line that is another line with a prefix is split into prefix + that line;
  2. a line led by —— is the subtitle; one ending in a colon (区住建局：) is a unit
     kicker, wherever the dump printed it, and it pairs with exactly one title;
  3. a column label (政务动态, 弘扬雷锋精神) above the stack is the item's section;
  4. of two decks, a Markdown-marked line is the title; a place or body name, or a line
     ending in a speech verb (…时强调), is a kicker; a leader-activity line
     (赵明远主持召开…) is a subtitle; with a couplet (two phrases set apart by a space)
     and a plain statement, the upper one is the kicker; on narrow pages two plain
     lines are one title wrapped by the column when the first is the longer;
     a first deck that reports a whole event (…推进会召开) is the title over a
     subtitle; otherwise the first deck is the kicker over the title.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache

import rjieba

from .. import gazetteer, lexicon
from ..lexicon import has_surname
from ..layout import patterns as P
from ..layout.patterns import HAN
from ..layout.lines import KICKER_LEVEL, TITLE_LEVEL, display_width, squeeze
from ..layout.reflow import Block, is_unit_name, number_cut, straddles_word, traits

_DASH = re.compile(r"^\s*(?:——|—|--|─{1,2}|－－)\s*")
_INLINE_DASH = re.compile(r"^(.{4,}?)\s*(——.{4,})$")
_COLON_KICKER = re.compile(r"^.{2,16}[：:]$")
# 引题 that report who spoke: 张明在参加镇代表团讨论时指出
_SPEECH_VERB = re.compile(r"(强调|指出|表示|要求|提出|寄语|批示|讲话|发言|时说|希望|说)$")


# …在调研…时强调: where and while doing what the leader spoke — a kicker, never a subtitle.
_SPOKE_WHILE = re.compile(r"在.{2,30}时(?:强调|指出|表示|要求|提出|寄语)$")


def _speech_kicker(text: str) -> bool:
    """Who spoke, and where (杨春明在调研重点项目建设时强调): the kicker of what was said."""
    return bool(_SPEECH_VERB.search(text)) and "在" in text and not _COUPLET.match(text) \
        and lexicon.has_surname(text)
# 副题 that report which leaders took part: 王峰孟明带队, 赵明远主持召开全市重点工作推进会
_LEADER_ACTIVITY = re.compile(
    rf"^[{HAN}]{{2,9}}?(带队|参加|出席|陪同|主持|调研|看望|慰问|会见|督导|检查|宣讲|讲话|率队|致辞|"
    rf"深入|走访|主讲|作报告|参观|考察)")
# A deck that reports a whole event (…推进会召开) is a title, not a kicker.
_EVENT_DONE = re.compile(r"(召开|举行|开幕|闭幕|举办|启动|开班|结业|落幕|揭晓|揭牌|发布|开通|通车|投用|投产|"
                         r"成立|签约|开工|竣工|封顶|圆满结束|顺利完成|召开会议|举行会议)$")
# A column's tag in square brackets before a title: 【乡村振兴】.
_BRACKET_TAG = re.compile(r"^【([^】]{2,16})】\s*")
# A deck that reports figures: a number with its unit or a percentage.
# A deck ending on the period a statistic covers (…前11个月, …一季度, …上半年, …以来).
_ENDS_ON_PERIOD = re.compile(r"(?:前[0-9０-９一二三四五六七八九十两]{1,2}个?月|[一二三四1-4]季度|上半年|下半年|全年|今年以来|以来)$")
# A deck that answers the question above it (回复：…, 答：…, 部门回应：…): a hotline's subtitle.
_ANSWER_DECK = re.compile(r"^(?:[\u4e00-\u9fff]{0,6}(?:回复|答复|回应)|答)\s*[：:]")
# A deck that opens on its date and a comma (2月29日，…): the news told under a title.
# A deck that tells what follows from the title's news: the expected, the total, the added
# (预计3月中旬陆续上市, 总投资186.5亿元, 新增学位6800个): the subtitle under it.
FOLLOW_UP_TITLE_MIN = 8      # (a title over it says something whole: 今年我市 / 新增… is one title wrapped)
_FOLLOW_UP = re.compile(r"^(?:预计|总投资|计划投资|新增|新植|新建|累计|共计|惠及|涉及|带动)[^，。；]{2,20}$")
# A word set in quotes for effect (“保险+期货”, “酿”出, “金饭碗”): a kicker's figure of speech,
# the title under it telling the fact.
_QUOTED_WORD = re.compile(r"“[^”]{1,6}”")
_DATED_DECK = re.compile(r"^\d{1,2}\s*月\s*\d{1,2}\s*日[，,]")
_FACTS_DECK = re.compile(r"[0-9０-９.．]+\s*(?:%|％|个百分点|亿元|万元|万人|万吨|亿|万)")
# A name of two or three hanzi, nothing else: a writer's credit when it closes a run.
# A deck that closes on a figure and its unit (…总投资356亿元, 预计总产量68.5万吨): a column
# cuts a title by width, not at the end of a figure, so such a line is a deck of its own.
_FIGURE_END = re.compile(r"[0-9０-９.．]+\s*(?:%|％|个百分点|亿元|万元|万人次|万人|万吨|万亩|亿|万|元|吨|人次)$")
# ... when it states the figure with a verb of measure (同比增长23.5%, 总投资356亿元):
# a bare count (…站发送 / 旅客1.6万人次) may be a wrapped title's object.
_FIGURE_VERB = re.compile(r"增长|下降|增加|减少|提高|提升|达|突破|超|投资|完成|实现|同比|累计|共计|合计|总计|总产|收入|销售额|产值|接待")
# A deck that names its genre (…经济发展综述, …治理纪实, …见闻): a kicker over its
# title or a subtitle under it, never the first line of a wrapped title.
# A numbered piece of a commentary series: 二论…, 三谈….
_SERIES = re.compile(r"^[—-]*[一二三四五六七八九十]+(?:论|谈|评)")
_GENRE_END = re.compile(r"(?:综述|纪实|侧记|见闻|巡礼|速写|札记|扫描|采访记|调查)$")
_LONE_AUTHOR = re.compile(r"^[\u4e00-\u9fff]{2,3}$")
# Two or more phrases set apart by a space: 推动园区扩容提质 培育优势产业集群
_COUPLET = re.compile(r"^\S{3,}(?:\s+\S{2,})+$")


@dataclass
class Stack:
    section: str | None = None
    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    headlines: list[str] = field(default_factory=list)
    leftovers: list[str] = field(default_factory=list)   # lines of no deck: banners
    author: str | None = None    # a writer's name printed alone under the title (点灯的人 / 范长青)


@dataclass
class _Deck:
    text: str
    heading: bool = False
    width: int = 0      # printed width of the one line the deck was set on (0: several, or unknown)
    printed: int = 1    # how many times the run prints it (e-paper dumps repeat the title)
    level: int = 0      # the Markdown heading level a converter gave its line (0: none)
    group: int = 0      # which run of lines unbroken by a blank line the deck was printed in


def collapse(text: str) -> str:
    """Whitespace inside a headline line collapsed to one space (SCHEMA.md)."""
    return " ".join(text.split())


_HAN_ONLY = re.compile(r"^[\u4e00-\u9fff]+$")
# Characters no headline deck ends on (a conjunction, a particle, an enumeration mark).
_OPEN_END = frozenset("和与及暨的、之并或")
# The most characters of a ——subtitle's second line that the column wrapped.
WRAPPED_DECK_TAIL = 12


def _cut_deck(above: str, text: str) -> bool:
    """Whether the column cut the deck ``above`` and ``text`` is its rest."""
    if number_cut(above, text):
        return True   # 红色旅游持续升温 1 / 至4月全县接待游客312万人次
    if len(text) <= 2 and _HAN_ONLY.match(text) and len(above) >= 8 and not _DASH.match(above) \
            and not above.endswith(("：", ":")):
        return True   # …部署明年重点 / 任务: no deck is one word of two characters
    # —访沧州市人力资源和 / 社会保障局…: no deck ends on a conjunction or a particle — one
    # standing as a word of its own, not the end of one (全民参与, 共同富裕之)
    return above[-1:] in _OPEN_END and not _DASH.match(text) and not _slogan_couplet(above) \
        and len(rjieba.cut(above)[-1]) == 1


def _whole_deck(text: str) -> bool:
    """A deck that closes on a figure with its unit or on the name of its genre: the column
    cut no title there (a figure's rest opening the next line is a cut, not a deck)."""
    return len(text) > 5 and not _FIGURE_REST.match(text) \
        and bool(_FIGURE_END.search(text) and _FIGURE_VERB.search(text) or _GENRE_END.search(text))


# The rest of a figure the column cut (…增长 / 9.3%, …达 / 1.2万吨): digits not followed by a
# count word of their own (9天接待游客…, 3年来… open a deck).
_FIGURE_REST = re.compile(r"^[0-9０-９.．,，]+(?![0-9０-９.．]|天|年|月|个|项|家|名|批|次|场|大|条)")


def _slogan_couplet(text: str) -> bool:
    """Two phrases of one length set apart by a space (守正创新谋长远 绿色发展惠民生): a
    slogan is set whole, the column never cuts it."""
    parts = text.split()
    return len(parts) == 2 and len(parts[0]) == len(parts[1]) >= 4 and bool(_COUPLET.match(text))


# One character, then a comma: the tail of a word the column cut, never a deck's opening.
_LONE_CHAR_CLAUSE = re.compile(r"^[\u4e00-\u9fff][，、,]")


def _decks(blocks: list[Block], column: int = 0, narrow: bool = True) -> list[_Deck]:
    """The decks of a headline run; ``column``: the narrow page's column width (half-em
    units), 0 when unknown."""
    decks: list[_Deck] = []
    texts = None   # every line's text, collapsed: read only when a title may have wrapped
    group = 0
    for block in blocks:
        for k, line in enumerate(block.lines):
            if line.blank_before and decks:
                group += 1
            before = len(decks)
            text = P.LEADING_BULLET.sub("", collapse(line.text))
            m = _INLINE_DASH.match(text)
            if k == 1 and decks and _DASH.match(decks[-1].text) and _DASH.match(collapse(block.lines[0].text)) \
                    and not _DASH.match(text) and not line.heading \
                    and (len(text) <= WRAPPED_DECK_TAIL or straddles_word(decks[-1].text, text)) \
                    and all(d.text != text for d in decks) \
                    and (not (column and block.lines[0].width > column + WRAP_OVERHANG)
                         and _may_wrap(decks[-1].text, text, narrow)
                         or straddles_word(decks[-1].text, text)):
                # —访晋江鹏途体育用品有限公司 / 总经理粘晨阳: the reflow kept a ——subtitle's
                # wrapped tail in its block (the column filled the first line): one deck — not
                # when the subtitle ran wider than the column, set on a line of its own
                # (——…线上销售额突破三千万元 / 小豆子搭上电商快车: the title, printed after it; on a
                # wide page a subtitle that says something whole is not wrapped either)
                decks[-1] = _Deck(decks[-1].text + text, decks[-1].heading)
            elif m and not _DASH.match(text):
                # title ——subtitle printed on one line: two decks
                decks.append(_Deck(m.group(1).strip(), bool(line.heading)))
                decks.append(_Deck(m.group(2).strip(), False))
            elif decks and (_DASH.match(decks[-1].text) and len(text) <= 8 and len(decks[-1].text) >= 10
                            or _PROFILE_DECK.match(decks[-1].text)) \
                    and not line.heading and not _DASH.match(text) and all(d.text != text for d in decks) \
                    and (straddles_word(decks[-1].text, text)
                         or _DASH.match(decks[-1].text) and block is blocks[-1] and k == len(block.lines) - 1
                         and not re.search(r"[：:，。]", text)
                         and _may_wrap(decks[-1].text, text, narrow)):
                # a ——subtitle wrapped mid-word (……优化营|商环境), or a profile's 记…/访…
                # subtitle (记某某镇某某嘎查党|支部书记…), or a ——subtitle's short rest closing the
                # run (——地区棉花中后期管理 / 现场推进会召开): one deck
                decks[-1] = _Deck(decks[-1].text + text, decks[-1].heading)
            elif decks and _PROFILE_DECK.match(decks[-1].text) and not _POST_NAME_END.search(decks[-1].text) \
                    and len(text) <= 10 and _POST_NAME_END.search(text) and not line.heading:
                # ——访县林业和草原 / 局局长高振宇: a profile's subtitle ends on whom it
                # portrays; a line that does not, over a short one that does, is one deck
                decks[-1] = _Deck(decks[-1].text + text, decks[-1].heading)
            elif decks and bool(line.heading) == decks[-1].heading and all(d.text != text for d in decks) \
                    and _cut_deck(decks[-1].text, text):
                decks[-1] = _Deck(decks[-1].text + text, decks[-1].heading)
            elif decks and _LONE_CHAR_CLAUSE.match(text) and bool(line.heading) == decks[-1].heading \
                    and straddles_word(decks[-1].text, text):
                # 让秋粮颗粒归 / 仓，让农民增收有底: no deck opens on one character and a comma;
                # the column cut a word of the line above
                decks[-1] = _Deck(decks[-1].text + text, decks[-1].heading)
            elif decks and text[:1] in "、，。；：！？）》”’":
                # 、局长谭丽华: a mark that never opens a line continues the deck above
                decks[-1] = _Deck(decks[-1].text + text, decks[-1].heading)
            elif decks and not _DASH.match(text) and not decks[-1].text.endswith(("：", ":", "—")) \
                    and bool(line.heading) == decks[-1].heading and display_width(decks[-1].text) >= max(12, display_width(text)) \
                    and not text.endswith(("：", ":")) \
                    and (texts := texts or [collapse(x.text) for b in blocks for x in b.lines]).count(text) == 1 \
                    and texts.count(decks[-1].text) == 1 \
                    and all(d.text != text for d in decks) and straddles_word(decks[-1].text, text, guess=False) \
                    and not _slogan_couplet(decks[-1].text):
                # a title the column wrapped mid a dictionary word (“沁州黄”谷子长|势喜人 丰收在望;
                # not the segmenter's guess across 稳中有进|规上工业): one deck —
                # the column fills the first line first (a couplet above is whole: 守正创新谋长远
                # 绿色发展惠民生 / 年味浓 消费旺 are two)
                decks[-1] = _Deck(decks[-1].text + text, decks[-1].heading)
            else:
                decks.append(_Deck(text, bool(line.heading), line.width, level=line.heading))
            for deck in decks[min(before, len(decks) - 1):]:
                deck.group = group       # (a title and its ——subtitle on one line: two decks, one group)
    return decks


def _couplet_halves(a: str, b: str) -> bool:
    """Two lines of one couplet title: even halves of five to twelve characters, no
    space or closing mark in either."""
    return a != b and abs(len(a) - len(b)) <= 1 and all(5 <= len(x) <= 12 and " " not in x
                                                        and not P.ends_sentence(x) for x in (a, b))


# A title printed whole, then wrapped over two lines of about its half each (within this
# many characters): the two lines are the same title.
WRAP_EVEN_SLACK = 2


def dedupe(decks: list[_Deck]) -> list[_Deck]:
    """1. Keep a repeated line once; split ``X Y`` into ``X`` when ``Y`` is a deck too."""
    out: list[_Deck] = []
    seen: dict[str, _Deck] = {}
    sizes = Counter(d.group for d in decks)
    for deck in decks:
        key = squeeze(deck.text)
        if key in seen:
            first = seen[key]
            first.printed += 1
            if sizes[first.group] == 1 < sizes[deck.group]:
                # 沭阳…签约18个重大项目 / (blank) / 开局即冲刺 起步即攻坚 / 沭阳…签约… / 总投资…: an
                # e-paper prints the title alone, then the whole stack — the deck stands where
                # the stack sets it
                out.remove(first)
                first.group = deck.group     # (printed again inside the stack's group, it stands there)
                out.append(first)
            continue
        seen[key] = deck
        out.append(deck)
    keys = [squeeze(d.text) for d in out]
    for i, key in enumerate(keys):
        # the title printed whole on one line, then again over two (核桃枝头挂金果 稻田深处涌金浪 /
        # 乡村振兴看阿克苏 / 核桃枝头挂金果 / 稻田深处涌金浪): the two lines are that one title
        j = next((j for j in range(i + 1, len(keys) - 1) if keys[j] + keys[j + 1] == key and (
            " " in out[i].text and len(keys[j]) == len(keys[j + 1])     # (two even halves: a couplet, not kicker and title)
            or " " not in out[i].text and j == i + 1 and abs(len(keys[j]) - len(keys[j + 1])) <= WRAP_EVEN_SLACK)),
            None)   # (县住建局通报3起住宅小区物业服务… / 县住建局通报3起住宅小区 / 物业服务…: the title wrapped)
        if j is not None:
            whole = replace(out[i], printed=out[i].printed + 1)
            out = out[:i] + out[i + 1:j] + [whole] + out[j + 2:]
            keys = [squeeze(d.text) for d in out]
            break
    result: list[_Deck] = []
    for deck, key in zip(out, keys):
        parts = deck.text.split(" ")
        for cut in range(1, len(parts)):
            head, tail = " ".join(parts[:cut]), squeeze("".join(parts[cut:]))
            if tail != key and tail in keys:
                deck = _Deck(head, deck.heading, printed=deck.printed)
                break
        if squeeze(deck.text) not in {squeeze(d.text) for d in result}:
            result.append(deck)
    if len(result) >= 3:
        # an e-paper prints the stack again as one line, kicker and title run together
        # (吉州区：打好“组合拳” 稳住就业盘 / 打好“组合拳” 稳住就业盘 / 吉州区：): that line is no deck
        keys = [squeeze(d.text) for d in result]
        pairs = {a + b for i, a in enumerate(keys) for j, b in enumerate(keys) if i != j}
        result = [d for d, key in zip(result, keys) if key not in pairs]
    return result


@cache
def _section_shapes() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in lexicon.lines("section_patterns")))


def is_section_label(text: str) -> bool:
    """A column label: a listed one, or a campaign-column shape."""
    t = squeeze(text)
    return is_column_label(t) or bool(_section_shapes().search(t))


def is_column_label(text: str) -> bool:
    """A label that heads a column of items (listed, or 县域快讯-shaped), not a campaign
    column whose name reads like a title (…精神)."""
    t = squeeze(text)
    if len(t) > 2 and t[0] in "【[〖" and t[-1] in "】]〗":
        t = t[1:-1]     # 【周末文化日历】: the label in its brackets
    elif len(t) > 2 and t[0] in _ORNAMENTS and t[-1] in _ORNAMENTS:
        # ◆ 市场行情 ◆: a short name set between ornaments is a column's label
        return 2 <= len(t) - 2 <= FRAMED_LABEL_MAX and bool(_HAN_ONLY.match(t[1:-1]))
    if t in lexicon.words("sections") or P.COLUMN_SHAPE.search(t):
        return True
    # 乡村振兴·绿色发展, 文旅·消费: a column's name joined by a middle dot to another name
    parts = t.split("·")
    return len(parts) == 2 and all(_HAN_ONLY.match(x) and 2 <= len(x) <= 6 for x in parts) \
        and any(x in lexicon.words("sections") or P.COLUMN_SHAPE.search(x) for x in parts)


_ORNAMENTS = "◆◇■□●○★☆▲△◎※"
FRAMED_LABEL_MAX = 6


# A sidebar's label (记者手记, 相关链接, 学习札记): over a title it is the sidebar's section;
# printed alone it is the sidebar's only headline.
SIDEBAR_HEAD = re.compile(rf"^[【\[]?(?:{P.SIDEBAR_WORDS}|.{{0,4}}(?:手记|札记)|{P.GLOSSARY_WORDS})[】\]]?$")


# Narrow pages: a first deck this many characters longer than the second is one title
# the column wrapped (全县25万亩柑橘进入采摘旺季 果农忙着采摘 / 装箱发往全国各地).
NARROW_WRAP_MARGIN = 6
# The subtitle of an interview or a profile names whom it visits or portrays (访县委书记…,
# 记…村乡村医生…), with or without its dash: a deck of its own, never a title's wrapped rest.
_PROFILE_DECK = re.compile(r"^[—-]*(?:访|记)(?![者录忆得住载])[\u4e00-\u9fff]{4,}")
# The end of such a subtitle: a post and the name of whom it portrays (…局长高振宇).
_POST_NAME_END = re.compile(r"(?:长|书记|主任|委员|代表|医生|教师|老师|队员|民警|党员|模范|工人|农民|员|家|手|匠|人)"
                           r"[\u4e00-\u9fff]{2,3}$")
# How far (half-em units) a wrapped title's first line may run past the body's column.
WRAP_OVERHANG = 4
# How far (half-em units) a wrapped title's first line may stop short of the column.
WRAP_SHORT = 4


def _complete_clause(text: str) -> bool:
    """A deck that says something whole: a verb in it, and it ends on neither a verb that
    still owes its object nor a joining word (——小木耳撑起致富“伞”; not ——石门镇发展脐橙产业带动,
    ——全县秋冬种生产工作 with no verb): a wide page wraps no such subtitle."""
    t = _DASH.sub("", text).strip("“”‘’\"'")
    if not t or t[-1:] in _OPEN_END:
        return False
    tags = [tag for word, tag in rjieba.tag(t) if word.strip()]
    return any(tag in _VERB_TAGS for tag in tags) and tags[-1] not in _VERB_TAGS


def _may_wrap(subtitle: str, rest: str, narrow: bool) -> bool:
    """Whether ``rest`` may be a ——subtitle's wrapped tail: on a narrow page it may; on a
    wide page only a subtitle that says nothing whole yet wraps, or one whose rest names its
    genre (——石门镇发展脐橙产业带动 / 群众增收见闻)."""
    return narrow or not _complete_clause(subtitle) or _unfinished_profile(subtitle) or bool(_GENRE_END.search(rest))


def _unfinished_profile(text: str) -> bool:
    """A profile's or an interview's subtitle that has not reached whom it portrays
    (——记城固县小河 / 镇二里坝教学点教师庞秀芝): its rest is on the next line."""
    return bool(_PROFILE_DECK.match(text)) and not _POST_NAME_END.search(text)


def cb_dash(text: str) -> bool:
    return bool(_DASH.match(text))


def _parallel_slogan(text: str) -> bool:
    """Four or more phrases of one length set apart by spaces (学思想 强党性 重实践 建新功):
    a page's slogan, even over a lone title (three, 搬得出 稳得住 能致富, make a kicker)."""
    parts = text.split()
    return len(parts) >= 4 and len({len(x) for x in parts}) == 1 and 2 <= len(parts[0]) <= 5


# The shortest half of a slogan couplet that a narrow column cannot have wrapped into a title.
SLOGAN_HALF_MIN = 4


def _slogan_over_title(a: str, b: str) -> bool:
    """Two parallel phrases over a plain line are a slogan over its title (奋力推进…建设
    全力冲刺…运作 / 我县冬季瓜菜…). A wrapped title's first line may hold a space too
    (…进入采摘旺季 果农忙着采摘 / 装箱…), but not two halves of like length over a rest
    longer than a half that is no number's tail."""
    halves = [len(x) for x in a.split()]
    return bool(_COUPLET.match(a)) and not _COUPLET.match(b) and not cb_dash(b) \
        and min(halves) >= SLOGAN_HALF_MIN and max(halves) - min(halves) <= 3 \
        and len(b) > halves[-1] and not b[:1].isdigit()


# A column label is short: longer lines over a title are kickers.
LABEL_MAX_CHARS = 6


def _kicker_of_repeated_stack(decks: list[_Deck]) -> bool:
    """An e-paper printed the title alone, then the whole stack in one group under it
    (我市…进入收割高峰 / (blank) / 抢抓晴好天气 / 我市…进入收割高峰 / ——…): the short deck
    printed in the title's group, over the repeated title, is the stack's kicker, not a
    column's label set above it."""
    return len(decks) >= 2 and decks[1].printed > 1 and decks[0].group == decks[1].group \
        and not is_column_label(decks[0].text) and not SIDEBAR_HEAD.match(squeeze(decks[0].text))


def _is_label(text: str, narrow: bool) -> bool:
    t = squeeze(text)
    if is_unit_name(t) or _COLON_KICKER.match(t) or _DASH.match(t):
        return False
    # on narrow pages a title wraps into short lines, so shortness proves nothing there
    return is_section_label(t) or bool(SIDEBAR_HEAD.match(t)) \
        or (len(t) <= LABEL_MAX_CHARS and not narrow and not _names_a_place(t)
            and not _COUPLET.match(text.strip()))   # (惠民生 保健康: a couplet over the title is its kicker)


def _names_a_place(text: str) -> bool:
    """A short deck that opens with a place's name (绥芬河口岸, 东宁市) says where the
    news happened: a kicker. A column named after its place has a column's shape
    (黄冈简讯, 鞍山时评), read before this."""
    return gazetteer.opens_on_place(text)


def is_leader_activity(text: str) -> bool:
    m = _LEADER_ACTIVITY.match(squeeze(text))
    return bool(m) and len(squeeze(text)) <= 24 and lexicon.has_surname(squeeze(text))


# Verbs that never close a phrase: what they win or become is still to come (区税务局队夺得 /
# 职工篮球赛冠军 is one sentence, however even its two lines).
_OBJECT_PENDING = re.compile(r"(?:夺得|获得|荣获|斩获|获评|获|成为|入选|跻身|位列|当选)$")


def _join(a: str, b: str) -> str:
    """One title wrapped over two lines: parallel halves keep a space between them."""
    if abs(len(a) - len(b)) <= 1 and " " not in a + b and not _OBJECT_PENDING.search(a):
        return f"{a} {b}"
    return a + b


# The marks that end or divide a clause: a deck holding one is more than a title's wrapped part.
_CLAUSE_MARK = re.compile(r"[，。；：！？,;:!?]")
# Words a headline never opens on but a wrapped line's rest does: the future's 将, an adverb
# of time or degree, the passive 被, a particle.
_NO_OPENING = frozenset(["将", "终于", "已", "已经", "正在", "仍", "仍然", "被", "的", "了", "并", "而", "即将"])


def _continues(a: str, b: str) -> bool:
    """Whether deck ``b`` goes on the sentence of deck ``a``: ``a`` ends on a word that joins
    (:data:`_OPEN_END`), or ``b`` opens on a word from :data:`_NO_OPENING` and ``a`` ends no
    clause."""
    if not b or _CLAUSE_MARK.search(a[-1:]) or _DASH.match(b):
        return False
    if a[-1:] in _OPEN_END:
        return True      # 全县春季农业生产暨 / 森林防火工作会议召开: no deck ends on a conjunction
    words = rjieba.cut(b[:6])
    return bool(words) and words[0] in _NO_OPENING


# Verbs that take an object a headline never leaves out (开展…活动, 举办…节, 推动…发展).
_OBJECT_DUE = re.compile(r"(?:开展|举办|推出|组织|打造|实施|加强|发放|推动|促进|助力|违反|查处|表彰|慰问|看望|走访)$")


# The longest body's name read as a kicker printed under its title (河间市, 城关街道).
UNIT_KICKER_MAX = 8


# A deck that gives a body's word on the news (水务部门：管网抢修完毕，昨晚已恢复供水): a
# subtitle under the title it answers (a place before the colon, 姜寨镇：…, heads a title instead).
_ANSWERED_DECK = re.compile(r"^[\u4e00-\u9fff]{1,8}(?:部门|局|委|办|中心|集团|公司|所|院|队|站|处|厅|专家|负责人)[：:]"
                            r"[\u4e00-\u9fff“]\S{5,}")


# A village, a community or a named area opening a deck (北极村…, 洞庭湖区…, 滨海新区…).
_VILLAGE_OPENING = re.compile(r"^[\u4e00-\u9fff]{2,5}(?<!农)(?:村|社区|湖区|库区|林区|垦区|新区|片区)(?![民委级务内外里干])")


def _reports_news(text: str) -> bool:
    """A deck that opens on the place it reports on: 我市/全县…, a place of the map, or a year
    and then one (2025年洞庭湖区…)."""
    from .. import gazetteer
    t = re.sub(r"^(?:19|20)\d{2}年", "", text)
    if re.match(r"^(?:我|全)[省市县区州旗盟]", t) or _VILLAGE_OPENING.match(t):
        return True
    found = gazetteer.find_places(t[:10])
    return bool(found) and found[0][0] == 0


def _subjectless(text: str) -> bool:
    """A deck that opens on a verb and sets no second phrase beside it (迎来旅游旺季,
    开展冬季消防安全大排查; not 返乡“新农人” 种出“致富瓜”, a couplet)."""
    if _COUPLET.match(text) or _CLAUSE_MARK.search(text):
        return False
    word, tag = rjieba.tag(text[:8])[0]
    return len(word) >= 2 and tag.startswith("v")


_VERB_TAGS = ("v", "vd", "vg", "vi")     # (vn, a verb used as a noun — 服务, 排查 — names a thing)
_QUOTED = re.compile(r"“[^”]*”")


# The longest deck read as only naming a thing (the tagger misses verbs in longer ones).
VERBLESS_MAX = 8


def _verbless(text: str) -> bool:
    """A deck that names a thing and says nothing of it (海河夜游, 地铁早高峰, “一件事一次办”:
    words in quotes are a name)."""
    rest = _QUOTED.sub("", text)
    figure = _FIGURE.sub("", rest)    # (136.5万元资助金: a figure counts the thing it names)
    return bool(_HAN_ONLY.match(figure or "名")) and not any(t in _VERB_TAGS for _, t in rjieba.tag(rest))


# A figure in a deck (136.5, 1.2): one word to the tagger and to a deck's length.
_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def _names_then_does(a: str, b: str) -> bool:
    """A short deck that only names a thing over one that opens on what it does (海河夜游 /
    新增三条航线, 136.5万元资助金 / 发放到困难学生手中): one sentence."""
    return len(_FIGURE.sub("0", a)) <= VERBLESS_MAX and _verbless(a) and _opens_on_verb(b)


def _owes_object(text: str) -> bool:
    """A deck that ends on a verb of two characters with nothing after it (从百年党史中汲取):
    the verb's object is on the next line."""
    if _CLAUSE_MARK.search(text) or not _HAN_ONLY.match(text[-2:]):
        return False
    tags = rjieba.tag(text)
    return len(tags) >= 2 and len(tags[-1][0]) >= 2 and tags[-1][1] == "v" and not _SPEECH_VERB.search(text)


def _opens_on_verb(text: str) -> bool:
    """A deck whose first word is a verb (新增…, 加开…, 跑出…: a one-character verb with its
    complement) and that sets no second phrase beside it."""
    if _COUPLET.match(text) or _CLAUSE_MARK.search(text):
        return False
    tags = rjieba.tag(text[:8])
    if not tags or tags[0][1] not in _VERB_TAGS:
        return False
    return len(tags[0][0]) >= 2 or len(tags) > 1 and tags[1][1] in _VERB_TAGS


# A deck that opens on the change it reports (同比增长28.7%) finishes the deck above it.
_CHANGE_WORDS = ("同比增长", "同比下降", "同比提高", "环比增长", "环比下降", "同比增", "同比降")
# A meeting told as held (县委常委会召开会议, 省政府召开常务会议), and the verbs its agenda opens
# with (传达学习…精神 研究部署…工作): printed over the report, its kicker; under it, its subtitle.
_MEETING_HELD = re.compile(r"(?:召开|举行)[\u4e00-\u9fff（）()]{0,12}会议?$")
AGENDA_VERBS = ("传达", "学习", "研究", "部署", "贯彻", "听取", "审议", "安排", "推进", "专题研究")


def two_decks(a: str, b: str, narrow: bool, column: int = 0) -> tuple[str | None, str, str | None]:
    """The roles of two decks printed one over the other: (kicker, title, subtitle)."""
    return _two(_Deck(a), _Deck(b), narrow, column)


def _two(a: _Deck, b: _Deck, narrow: bool, column: int = 0) -> tuple[str | None, str, str | None]:
    """4. Roles of a two-deck stack: (kicker, title, subtitle). ``column``: the narrow
    page's column width (half-em units), 0 when unknown."""
    if narrow and _slogan_couplet(a.text):
        # 攻坚克难抓落实 守正创新谋长远: two parallel halves make a whole line, never a wrap
        narrow = False
    if narrow and column and (a.width or display_width(a.text)) > column + WRAP_OVERHANG \
            and (2 * len(b.text) > len(a.text) or _COUPLET.match(a.text) and _EVENT_DONE.search(b.text)):
        # a first line wider than the body's column was set on a line of its own: a title
        # wrapped wider than the column leaves a short rest (…果农忙着采摘 / 装箱发往全国各地),
        # two decks of like length are two decks, and so is a couplet set across the page
        # over an event told whole (传达学习…精神 研究部署…工作 / 县委常委会召开会议)
        narrow = False
    if a.text.endswith(("——", "—")) and not b.text.startswith("—"):
        return a.text, b.text, None  # 从“土里刨食”到“链上生金”—— : a kicker leads into its title
    if b.text.startswith(_CHANGE_WORDS) and not _COUPLET.match(a.text) and not a.text.endswith(("：", ":")):
        return None, a.text + b.text, None   # 九江一季度集装箱吞吐量 / 同比增长28.7%: one title, cut before its figure
    if _MEETING_HELD.search(a.text) and b.text.startswith(AGENDA_VERBS) and not a.heading and not b.heading:
        return None, a.text, b.text   # 省委常委会召开会议 / 听取…汇报 研究部署…工作: the meeting, then its agenda
    if a.heading and not b.heading and is_unit_name(b.text) and not is_unit_name(a.text):
        return b.text, a.text, None   # # “社区食堂”开到居民家门口 / 城关区雁滩街道: a unit kicker printed after its title
    if a.heading != b.heading:
        return (a.text, b.text, None) if b.heading else (None, a.text, b.text)
    if a.level and b.level and a.level != b.level and not _slogan_couplet(a.text) and not _slogan_couplet(b.text):
        # ## 市政协召开专题协商会 / ### 聚焦…建言献策: a converter sets the subtitle smaller than
        # the title (a higher level), the kicker over it smaller too (#### 绥芬河口岸 / ## …); a slogan
        # couplet keeps its own reading
        return (None, a.text, b.text) if a.level < b.level else (a.text, b.text, None)
    if len(b.text) <= UNIT_KICKER_MAX and is_unit_name(b.text) and not is_unit_name(a.text):
        return b.text, a.text, None   # 抢抓墒情 秋播提速 / 河间市: a body's name is a kicker, printed after the title
    if narrow and _OBJECT_DUE.search(a.text) and not _CLAUSE_MARK.search(a.text) \
            and not _COUPLET.match(b.text) and not _DASH.match(b.text):
        # 蜀山街道开展 / 冬季消防安全大排查: a deck that ends on a verb still owing its object
        # is a title the column cut before the object (one sentence: no space between)
        return None, a.text + b.text, None
    if narrow and is_unit_name(a.text) and _subjectless(b.text):
        # 亚东县边境小康村 / 迎来旅游旺季: on a narrow page a body's name over a bare verb
        # phrase is one title the column wrapped — the body is what the verb tells of
        return None, a.text + b.text, None
    if narrow and not a.text.endswith(("：", ":")) and _names_then_does(a.text, b.text) \
            and not _GENRE_END.search(a.text + "|" + b.text) \
            and not P.GENRE_LABEL.match(a.text) and not is_section_label(a.text):
        # 海河夜游 / 新增三条航线, 地铁早高峰 / 加开临客列车: on a narrow page a deck that only names
        # a thing over one that opens on what it does is one sentence, a title the column wrapped
        return None, a.text + b.text, None
    if narrow and _owes_object(a.text) and "的" in b.text and not _CLAUSE_MARK.search(b.text) \
            and not _COUPLET.match(a.text) and not _COUPLET.match(b.text) and not _DASH.match(b.text):
        # 从百年党史中汲取 / 推动牧区振兴的力量: a deck that ends on its verb over the thing
        # the verb takes (…的力量) is one title the column cut before the object
        return None, a.text + b.text, None
    if is_unit_name(a.text) or _SPEECH_VERB.search(a.text):
        return a.text, b.text, None
    if _speech_kicker(b.text):
        # 推动项目早建成早投产早达效 / 杨春明在调研重点项目建设时强调: who spoke, and where, is the
        # kicker of what he said, printed after it by the dump
        return b.text, a.text, None
    if a.printed != b.printed and min(a.printed, b.printed) == 1 and not cb_dash(b.text):
        # an e-paper dump prints the title again and again, its other deck once: the
        # repeated deck is the title (…文旅消费势头旺 ×2 / 我市持续擦亮…品牌: a kicker after it)
        # — but a deck of figures under it is its subtitle (…持续升温 ×3 / 全市接待游客126.3万人次)
        if b.printed > 1:
            return a.text, b.text, None
        return (None, a.text, b.text) if _FACTS_DECK.search(b.text) or _PROFILE_DECK.match(b.text) \
            else (b.text, a.text, None)
    if _ENDS_ON_PERIOD.search(a.text) and not _COUPLET.match(a.text) and not _DASH.match(b.text) \
            and not re.search(r"[，。；：！？,;:]", a.text):
        # 绥芬河口岸前11个月 / 进出口货运量同比增长9.3%: a deck that ends on the period its
        # figures cover says nothing yet — one title the line cut
        return None, a.text + b.text, None
    if _reports_news(b.text) and not _reports_news(a.text) and not _GENRE_END.search(b.text) \
            and not _PROFILE_DECK.match(b.text) \
            and not _SERIES.match(b.text) and not _DASH.match(b.text) and not _continues(a.text, b.text) \
            and not straddles_word(a.text, b.text, guess=False) and not is_leader_activity(b.text):
        # 文旅融合添活力 / 北极村“冷资源”升温为春季研学热: a second deck that opens on its place
        # (我市…, 红原县…, 2025年洞庭湖区…) tells the news, and the line above sets the scene
        return a.text, b.text, None
    if is_leader_activity(b.text):
        return None, a.text, b.text
    if _ANSWERED_DECK.match(b.text) and not re.search(r"[：:]", a.text):
        return None, a.text, b.text   # …盼来“救命水” / 水务部门：管网抢修完毕…: who answers, and what, under the title
    if a.text.rstrip().endswith(("？", "?")) and _ANSWER_DECK.match(b.text):
        return None, a.text, b.text   # 假期垃圾清运不及时？ / 回复：已加派人手…: a hotline's question, then its answer
    if P.GENRE_LABEL.match(a.text):
        return a.text, b.text, None   # 记者手记 / 把“流量”变成“留量”: the genre heads the title
    if _FACTS_DECK.search(b.text) and not _FACTS_DECK.search(a.text) and "，" in b.text and "，" not in a.text:
        return None, a.text, b.text   # a second deck of figures (…增长9.2%，…增长8.1%) is the subtitle
    if _DATED_DECK.match(b.text) and "，" not in a.text:
        return None, a.text, b.text   # …新人扎堆领证 / 2月29日，我市…迎来小高峰: a dated deck tells the news under its title
    if _PROFILE_DECK.match(b.text) and not straddles_word(a.text, b.text):
        return None, a.text, b.text   # …这场硬仗 / 访县委书记常振东: an interview's or profile's subtitle, dash or not
    if narrow and _slogan_over_title(a.text, b.text):
        return a.text, b.text, None
    if narrow and (_whole_deck(a.text) or _whole_deck(b.text)) and not _continues(a.text, b.text) \
            and bool(_COUPLET.match(a.text)) == bool(_COUPLET.match(b.text)):
        # a deck closing on its genre or on a figure is whole, not a wrapped title's first
        # line: a genre over a plain deck is its kicker (…经济发展综述 / 开放之门越开越大),
        # else the second deck is the subtitle (守护洱海清波 / …保护治理历程综述)
        if _GENRE_END.search(a.text) and not _GENRE_END.search(b.text) \
                or _FIGURE_END.search(a.text) and not _whole_deck(b.text) and not _FACTS_DECK.search(b.text):
            return a.text, b.text, None   # (9天接待游客1086.7万人次 / 春节假期…红火: the figures set the scene)
        return None, a.text, b.text
    if len(a.text) >= FOLLOW_UP_TITLE_MIN and _FOLLOW_UP.match(b.text) and not _FOLLOW_UP.match(a.text) and not _COUPLET.match(a.text):
        return None, a.text, b.text   # …学校8所 / 新增学位6800个, …提前开采 / 预计3月中旬上市: what follows from the title
    if narrow and len(a.text) >= len(b.text) + NARROW_WRAP_MARGIN and not cb_dash(b.text):
        # a long first line and a short rest: one title wrapped by the column
        return None, _join(a.text, b.text), None
    ca, cb = bool(_COUPLET.match(a.text)), bool(_COUPLET.match(b.text))
    if ca != cb:
        # a slogan couplet and a plain statement: the slogan above is the kicker
        # (庆丰收 促和美 / 我县举行…), the slogan below is the title
        return a.text, b.text, None
    if narrow and (a.width or display_width(a.text)) >= (b.width or display_width(b.text)):
        # a title wrapped by the column fills its first line first (in printed width:
        # 提供岗位4800余个 is longer in characters, narrower on the page)
        return None, _join(a.text, b.text), None
    if _continues(a.text, b.text):
        # 新城区20个老旧小区 / 将实施供热管网改造: a deck that opens on a word no headline opens
        # on (将, 终于, 被 …) is the rest of the line above, wrapped
        return None, _join(a.text, b.text), None
    if _EVENT_DONE.search(a.text):
        # a complete event as the first deck: 全省…推进会召开 / 我市在分会场收听收看
        return None, a.text, b.text
    if _GENRE_END.search(b.text) and not _GENRE_END.search(a.text) or _SERIES.match(b.text):
        # a second deck that names the genre or the series (…文旅融合发展见闻, 二论…) is the
        # subtitle of the title above it
        return None, a.text, b.text
    return a.text, b.text, None


def _title_after_subtitle(subtitle: str, deck: str) -> bool:
    """Whether a plain deck printed under a ——subtitle is the title the dump printed after it:
    no slogan, column label or byline, and not the subtitle's own rest (——村里请来“土 / 专家”
    讲解果树修剪: its quote open, or a word cut)."""
    return not _DASH.match(deck) and not _parallel_slogan(deck) and not is_section_label(deck) \
        and traits(deck).anchor is None and subtitle.count("“") <= subtitle.count("”") \
        and not straddles_word(subtitle, deck, guess=False)


# Phrases of hanzi alone set apart by spaces (a slogan; not 果州日报 · 第03版：三农, a page's head).
_HAN_PHRASES = re.compile(r"^[\u4e00-\u9fff]+(?:[ \u3000]+[\u4e00-\u9fff]+)+$")


def read_stack(blocks: list[Block], narrow: bool = False, column: int = 0) -> Stack:
    """Read one item's headline run into a :class:`Stack`."""
    decks = dedupe(_decks(blocks, column if narrow else 0, narrow))
    stack = Stack()
    if not decks:
        return stack
    if len(decks) >= 2 and _LONE_AUTHOR.match(decks[-1].text) and has_surname(decks[-1].text) \
            and not decks[-1].heading:
        # an essay's or a column's writer, printed alone under its title: a credit
        stack.author = decks[-1].text
        decks = decks[:-1]
    if len(decks) >= 2 and SIDEBAR_HEAD.match(decks[-1].text) and not SIDEBAR_HEAD.match(decks[-2].text) \
            and not _DASH.match(decks[-2].text):
        # 白衬衫的变化 / 记者手记: a sidebar's label printed after its title (a page that prints
        # its stacks label last) is the sidebar's section, no rest of the title
        stack.section = decks[-1].text
        decks = decks[:-1]
    # 3. column label above the stack
    label = None
    plain_below = sum(1 for d in decks[1:] if not _DASH.match(d.text))
    if len(decks) >= 2 and plain_below and _is_label(decks[0].text, narrow) \
            and not (decks[0].level == KICKER_LEVEL and decks[1].level == TITLE_LEVEL
                     and not is_column_label(decks[0].text) and not SIDEBAR_HEAD.match(decks[0].text)) \
            and not _kicker_of_repeated_stack(decks):
        # (not a deck a system exported as the 引题 over its 标题: 【引题】秋收进行时 — but a
        # column's own label set a level below the title is still the column's: ### 观点 / ## …)
        label = 0
    elif len(decks) >= 3 and _COUPLET.match(decks[0].text) and _is_label(decks[1].text, narrow) \
            and not _COUPLET.match(decks[1].text) and any(not _DASH.match(d.text) for d in decks[2:]):
        # a slogan banner over a column label over the title (over a ——subtitle alone, the
        # short deck is the title: 守护洱海清波 / ——大理洱海保护治理历程综述)
        label = 1
    if label is None:
        # 【文化访谈】 under a banner and over the title: the column's tag, wherever it stands
        label = next((i for i, d in enumerate(decks[:-1]) if _BRACKET_TAG.fullmatch(squeeze(d.text))), None)
    if label is None and len(decks) == 1 and is_column_label(decks[0].text):
        # a column head over a headless item (要闻简报 / 本报讯…): the label is its section
        stack.section = decks[0].text
        return stack
    if label is None and len(decks) >= 3 and not is_unit_name(decks[0].text) \
            and is_unit_name(decks[1].text) and not decks[1].text.endswith(("：", ":")) \
            and not (narrow and len(decks) == 3 and _names_then_does(decks[1].text, decks[2].text)):
        # slogan over a unit kicker over a title: the slogan heads the column (not a kicker over
        # a title the column wrapped after the unit it opens on: 劳动教育进校园 / 上元观镇中心小学
        # / 开辟“田园课堂”)
        label = 0
    if label is None and (len(decks) >= 3 or len(decks) == 2 and _parallel_slogan(decks[0].text)) \
            and len(decks[0].text.split(" ")) >= 3 and len(decks[1].text.split(" ")) < 3 \
            and not (len(decks) == 3 and _DASH.match(decks[2].text) and _HAN_PHRASES.match(decks[0].text)):
        # a slogan of three or more phrases over a stack is the page's banner (over a title
        # and its ——subtitle alone it is the stack's kicker: 拼经济 抓项目 优环境 / …召开 / ——…)
        stack.leftovers = [decks[0].text]
        decks = decks[1:]
    if label is not None:
        stack.section = decks[label].text
        # anything printed above the column label belongs to no item: a banner
        stack.leftovers = [d.text for d in decks[:label]]
        decks = decks[label + 1:]
    # 2. unit kicker with a colon pairs with one title, wherever it was printed
    colon = next((i for i, d in enumerate(decks) if _COLON_KICKER.match(d.text) and len(decks) > 1), None)
    if colon is not None:
        kicker = decks[colon]
        # the title is the nearest plain deck, below the kicker if there is one
        plain = [i for i, d in enumerate(decks) if i != colon and not _DASH.match(d.text)]
        t = next((i for i in plain if i > colon), plain[-1] if plain else (colon + 1 if colon + 1 < len(decks) else colon - 1))
        between = colon == 1 and len(decks) == 3 and t == 2 and not _DASH.match(decks[0].text) \
            and not _COUPLET.match(decks[0].text)
        if between:
            # 黑土地上的“科技丰收” / 讷河市： / 讷河市大豆产业提质增效见闻: a kicker the dump
            # printed after its title, the subtitle below both
            t = 0
        title = decks[t]
        if colon == len(decks) - 1 == 2 and t == 1 and not any(_DASH.match(d.text) or _COUPLET.match(d.text)
                                                                for d in decks[:2]):
            # 一季度袋装螺蛳粉 / 产值增长18.2% / 柳南区：: a title the column wrapped, its unit
            # kicker printed after it — one title, not a banner over it
            title = replace(decks[1], text=decks[0].text + decks[1].text, width=0)
            decks = [title, decks[2]]
            colon, t = 1, 0
        dash_at = next((i for i, d in enumerate(decks) if i > t and _DASH.match(d.text)), None)
        if narrow and colon < t and dash_at is not None and dash_at > t + 1 \
                and not any(_COUPLET.match(d.text) for d in decks[t:dash_at]):
            # 吴泾镇： / 老旧小区加装电梯 / 按下“快进键” / ——年内…: on a narrow page the lines
            # between the unit's title and its ——subtitle are that title, wrapped
            title = replace(decks[t], text="".join(d.text for d in decks[t:dash_at]), width=0)
            decks = decks[:t] + [title] + decks[dash_at:]
        rest = [d for i, d in enumerate(decks) if i not in (colon, t)]
        sub = next((d for d in rest if _DASH.match(d.text)), None)
        if sub is None:
            # a plain deck printed below the title is its subtitle, set without a dash
            # (a slogan couplet there is a banner: 全力以赴抓经济 踔厉奋发开新局)
            sub = next((d for i, d in enumerate(decks) if i > max(colon, t) and not _COUPLET.match(d.text)), None)
            if between:
                sub = decks[2]
        stack.kicker, stack.title = kicker.text, title.text
        if sub is not None:
            stack.subtitle = _DASH.sub("", sub.text)
            rest.remove(sub)
        stack.leftovers += [d.text for d in rest]
        stack.headlines = [kicker.text, title.text] + ([sub.text] if sub is not None else [])
        return stack
    dash = next((i for i, d in enumerate(decks) if _DASH.match(d.text)), None)
    if dash == 0 and len(decks) == 2 and _title_after_subtitle(decks[0].text, decks[1].text):
        # ——小木耳撑起致富“伞” / 黄泥河镇黑木耳“耳”熟了: the subtitle printed before its title
        decks = [decks[1], decks[0]]
        dash = 1
    if dash == 1 and len(decks) == 3 and _title_after_subtitle(decks[1].text, decks[2].text) \
            and not re.search(r"记者|通讯员|^[文图][/／]", decks[2].text):
        # 梨花节带火春日经济 / ——旅游收入同比增长16.3% / 清明假期我市接待游客38.7万人次: a dump
        # that printed the subtitle before the title — the deck above it is the kicker
        decks = [decks[0], decks[2], decks[1]]
        dash = 2
    main = decks if dash is None else decks[:dash]
    if dash is None and len(main) == 3 and [d.level for d in main].count(1) == 1 \
            and [d.level for d in main].count(0) == 1 and main[2].level >= 2 \
            and not any(_slogan_couplet(d.text) for d in main if d.level == 1):
        # # 成华区今年已有136部加装电梯投用 / 加装电梯“加速度” / ## 年底前还将新开工80部: the
        # converter's first-level heading is the title, its second level the subtitle, the
        # unmarked deck the kicker, wherever the dump printed it
        main = [next(d for d in main if d.level == 0), next(d for d in main if d.level == 1), main[2]]
    if dash is not None:
        stack.subtitle = _DASH.sub("", decks[dash].text)
        stack.leftovers += [d.text for d in decks[dash + 1:]]
    # more decks than kicker + title (+ subtitle): the extra top lines are a banner
    roles = 2 if dash is not None else 3
    if dash is not None and len(main) == roles + 1 and _couplet_halves(main[-2].text, main[-1].text):
        # 我市以…赋能… / 老车间装上“智慧大脑” / 新动能跑出“加速度” / ——…见闻: a kicker over
        # a couplet title set on two lines (two even halves), not a banner over kicker and title
        main = [main[0], replace(main[-1], text=f"{main[-2].text} {main[-1].text}", width=0)]
    speech = next((i for i, d in enumerate(main) if i and _speech_kicker(d.text) and _SPOKE_WHILE.search(d.text)), None)
    if speech is not None and len(main) - speech >= 2:
        # 同心共筑美丽家园 / 林志远在调研…时强调 / 用心用情… / 韩东参加: who spoke,
        # and where, opens the stack as its kicker; a deck printed above it is the page's banner
        stack.leftovers = [d.text for d in main[:speech]] + stack.leftovers
        main = main[speech:]
    if len(main) > roles and (not narrow or _slogan_couplet(main[0].text) and any(d.printed > 1 for d in main[1:])):
        # (on a narrow page too, when the top deck is a slogan couplet, which no column wraps,
        # over a stack whose title the e-paper printed twice, so no deck below it is a wrapped
        # half: 凝心聚力开新局　实干笃行谱新篇 over a kicker, a title ×2 and a subtitle)
        stack.leftovers = [d.text for d in main[:len(main) - roles]] + stack.leftovers
        main = main[len(main) - roles:]
    kicker = title = subtitle = None
    if len(main) == 1:
        title = main[0].text
    elif len(main) == 2 and dash is not None:
        # with a ——subtitle below, two decks above it are kicker and title
        kicker, title = main[0].text, main[1].text
        if main[0].printed > 1 and main[1].printed == 1:
            # an e-paper dump prints the title again and again, its kicker once (我市小麦机收
            # 进度过半 ×2 / 抢抓晴好天气 确保颗粒归仓 / ——…): the repeated deck is the title
            kicker, title = main[1].text, main[0].text
        if narrow and not _COUPLET.match(main[0].text) \
                and not (column and main[0].width > column + WRAP_OVERHANG) \
                and (not is_unit_name(main[0].text) and len(main[0].text) >= len(main[1].text)
                     or _names_then_does(main[0].text, main[1].text)):
            # one title the column wrapped, which fills its first line first (a shorter
            # line over a longer one is a kicker over its title — unless it only names what
            # the longer one opens on doing: 地铁早高峰 / 加开临客列车 / ——…; and a line wider
            # than the body's column was set on a measure of its own, not wrapped by it)
            kicker, title = None, _join(main[0].text, main[1].text)
    elif len(main) == 2 and is_unit_name(main[0].text) and P.NOTICE_TITLE.match(main[1].text) \
            and not is_unit_name(main[1].text):
        # 城固县职业教育中心 / 2021年秋季招生简章: a notice's title names its issuer first, on a
        # line of its own — one title
        title = main[0].text + main[1].text
    elif len(main) == 2:
        kicker, title, subtitle = _two(main[0], main[1], narrow, column)
    elif len(main) >= 3:
        if narrow and len(main) >= 4 and dash is None and is_leader_activity(main[-1].text) \
                and not any(is_leader_activity(d.text) for d in main[:-1]):
            # 奋力争先 实干攻坚 / 全县“项目建设攻坚年” / 动员大会召开 / 刘志远讲话 孙立新主持: who
            # spoke and who chaired closes the stack as its subtitle, under a title the column
            # wrapped (and its slogan kicker)
            subtitle = main[-1].text
            rest = main[:-1]
            if _COUPLET.match(rest[0].text) and not _COUPLET.match(rest[1].text):
                kicker, rest = rest[0].text, rest[1:]
            title = "".join(d.text for d in rest)
        elif narrow and is_leader_activity(main[2].text) and dash is None and main[1].printed == 1 \
                and not _speech_kicker(main[0].text):
            # (a deck the e-paper printed twice is a whole title, no wrapped half: 坚定信心… /
            # 市八届人大五次会议隆重开幕 ×2 / 何建明主持…: kicker, title, subtitle)
            title, subtitle = _join(main[0].text, main[1].text), main[2].text
        elif narrow and _COUPLET.match(main[0].text) and not _COUPLET.match(main[1].text) \
                and len(main[1].text) >= len(main[2].text) \
                and (not column or (main[1].width or display_width(main[1].text)) >= column - WRAP_SHORT
                     or _two(main[1], main[2], narrow, column)[::2] == (None, None)):
            # a slogan kicker over a title wrapped by the column (which fills its first
            # line first: a longer line below is a deck of its own, and so is one the two
            # decks below read as two: …签约18个重大项目 / 总投资126.8亿元)
            kicker, title = main[0].text, "".join(d.text for d in main[1:])
        elif narrow and dash is not None:
            kicker, title = main[0].text, "".join(d.text for d in main[1:])
        elif narrow and len(main) == 3 and (head := _two(main[0], main[1], narrow, column))[::2] == (None, None) \
                and (len(main[0].text) > len(main[1].text) < len(main[2].text)
                     or _two(main[1], main[2], narrow, column)[::2] != (None, None)):
            # 广西青少年游泳锦标赛 / 在南宁落幕 / 柳州队以14金列金牌榜首位: a title the column
            # wrapped, its short rest, then a longer deck of its own (the subtitle) — or one the
            # second line does not run on into (青城子镇老矿区 / 变身研学新基地 / 年内接待…)
            title, subtitle = head[1], main[2].text
        elif narrow and len(main) == 3 and (rest := _two(main[1], main[2], narrow, column))[::2] == (None, None):
            # 迎江区 / “暖心驿站”让户外 / 劳动者不再“冷”: a kicker over a title the column wrapped
            kicker, title = main[0].text, rest[1]
        else:
            kicker, title = main[0].text, main[1].text
            subtitle = " ".join(d.text for d in main[2:]) if dash is None else None
            if dash is not None:
                title = title + "".join(d.text for d in main[2:])
    if subtitle is not None:
        stack.subtitle = subtitle
    stack.kicker, stack.title = kicker, title
    stack.headlines = [h for h in (kicker, title) if h]
    tag = _BRACKET_TAG.match(title or "")
    if tag and len(title) > tag.end():
        # 【乡村振兴】桂花岗镇…: the column's tag printed before the title is its section
        # (the headline stays as printed)
        stack.section = stack.section or tag.group(1)
        stack.title = title[tag.end():].strip()
    if dash is not None:
        stack.headlines.append(decks[dash].text)
    elif subtitle:
        stack.headlines.append(subtitle)
    return stack
