"""Units with their headline runs → :class:`~baoxun.model.Article` objects.

For each unit:
  1. read the headline stack (roles, section, leftover banner lines);
  2. build the body: paragraphs split where a printed space follows a sentence end,
     jump lines cut off into continued_from / continues_to, the dispatch lead-in and a
     closing author credit cut off into the credits;
  3. gather captions and picture credits;
  4. decide the kind.
The page's banners and fragments (headline runs that no body claimed) are made here too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..layout import patterns as P
from ..layout.lines import squeeze
from ..layout.masthead import page_foot, page_furniture
from ..layout.reflow import _DAY_FORECAST, Block, advice_wrapped, agenda_line, index_entry, is_unit_name, listing_entry
from ..model import Article, Caption
from . import byline as B
from .headlines import _COUPLET as COUPLET
from .headlines import _slogan_couplet
from .headlines import AGENDA_VERBS, SIDEBAR_HEAD, collapse, is_column_label, is_section_label, read_stack, two_decks
from .kinds import is_feature
from .segment import Segmented, Unit, blanks_everywhere
from .subheads import _bigrams

# A printed space after a sentence end inside one dumped line starts a new paragraph
# (e-paper dumps put a paragraph's first-line indent as a space).
_PARA_SPLIT = re.compile(r"([。！？!?…][”’」』)）]?)[ \t\u3000]+(?=\S)")
# …and after a quoted subhead set before its section with a space (“最美的风景” 清晨的…)
_QUOTED_SUBHEAD = re.compile(r"^(“[^”。！？]{2,16}”)[ \t\u3000]+(?=\S)")
# …and after a colon that announces a numbered list (现将有关事项公告如下： 一、…), or after
# a contact line's number (咨询电话：0718-8223416 中共恩施市委组织部).
_LIST_SPLIT = re.compile(r"([：:])[ \t\u3000]+(?=[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）])"
                         r"|((?:电话|热线|传真|邮编)[：:]\s*[\d\-－—()（）]{5,}(?:转\d+)?)[ \t\u3000]+(?=\S)")
# A credit naming who took the picture (李勇 摄, 图/胡晓东), not a body that provided it.
_BY_PHOTOGRAPHER = re.compile(r"摄影?$|^\s*图\s*[/／:：]")
# Column labels of opinion pages: their pieces are commentaries (评论), kind feature.
_COMMENT_SECTION = re.compile(r"评|论|观点|言论|声音|随笔|杂谈")


@dataclass
class Placed:
    """An article with the page offset it starts at (to keep file order)."""

    start: float
    article: Article
    lede: str = ""                 # first paragraph, for the dateline
    dispatch_text: str = ""        # the dispatch as printed (本报北京10月9日电)


def _paragraphs(block: Block) -> list[str]:
    if block.kind == "subhead":
        return [collapse(block.text)]
    text = _PARA_SPLIT.sub("\\1\n", block.text)
    text = _QUOTED_SUBHEAD.sub("\\1\n", text)
    text = _LIST_SPLIT.sub(lambda m: (m.group(1) or m.group(2)) + "\n", text)
    return [p for p in text.split("\n") if p.strip()]


# A role word opening a byline's second line: the names above it end at the line's end.
_ROLE_OPENING = re.compile(rf"^(?:{P.ROLE_WORDS}|摄影)")


def _byline_text(block) -> str:
    """A byline block's lines read as one: a line that opens on a role word stands apart
    from the names above it (□ 本报记者 杨　帆 / 通讯员 孔德明)."""
    out = ""
    for line in block.lines:
        text = line.text
        if out and _ROLE_OPENING.match(text.strip()) and not out.endswith((" ", "\u3000")):
            out += " "
        out += text
    return out


def _body(unit: Unit, art: Article, credits: B.Credits) -> tuple[str, str]:
    """2–3. Paragraphs, jumps, captions and credits of one unit. Returns (lede, dispatch)."""
    paragraphs: list[str] = []
    dispatch_text = ""
    notice_closed = False
    for k, block in enumerate(unit.blocks):
        for text, credit in block.captions:
            if text:
                # ▲10月10日，侨商在…签约。: the mark a page sets before a caption is not its text
                art.captions.append(Caption(P.LEADING_BULLET.sub("", text), B.credit_value(credit) if credit else None))
                if credit and _BY_PHOTOGRAPHER.search(credit):
                    # a picture of the piece: its photographer is the piece's too
                    B.add_names(credits.photographers, B.read_photo_credit(credit))
            elif credit:
                B.add_names(credits.photographers, B.read_photo_credit(credit))
        if block.kind == "credit" and unit.opener == "weather":
            paragraphs.append(block.text)      # 区气象局提供: who supplied the box, its last line
            continue
        if block.kind == "credit":
            names = B.read_photo_credit(block.text)
            if names and P.DRAWN_BY.match(block.text.strip()):
                B.add_names(credits.authors, names)      # 程志远 作: a cartoon's author
                continue
            if unit.opener == "photo" or not names:
                if names:
                    B.add_names(credits.photographers, names)
                elif paragraphs and unit.opener != "photo":
                    # (a picture item's caption is its text, whoever supplied it: …巡检设备。 / …中心 供图)
                    art.captions.append(Caption(paragraphs.pop(), block.text))
            else:
                B.add_names(credits.photographers, names)
            continue
        if block.kind == "byline":
            B.read_byline_line(_byline_text(block), credits)
            continue
        if block.kind == "weather" and k == 0 and (m := _DAY_FORECAST.match(block.text)) is not None:
            # 今日天气　多云转小雨　东北风3~4级: the label titles the box, the day's readings are its text
            paragraphs.extend(_weather_paragraphs([block.text[m.end():]]))
            continue
        if block.kind in ("notice", "weather") and k == 0 or block.kind == "panel":
            continue
        if block.kind == "caption":
            continue
        if unit.opener == "notice" and (notice_closed or block.kind == "head"):
            for line in block.lines:
                if paragraphs and len(line.text) <= 3 and is_unit_name(paragraphs[-1] + line.text) \
                        and not is_unit_name(paragraphs[-1]):
                    paragraphs[-1] += line.text      # 宁安市公安局交通警察大 / 队: a signer the column wrapped
                else:
                    paragraphs.append(line.text)
            continue
        if unit.opener == "weather":
            paragraphs.extend(_weather_paragraphs([line.text for line in block.lines    # (今日天气：多云… is a reading)
                                                   if not (P.weather_head(line.text) and len(line.text.strip()) <= 10)]))
            continue
        parts = _paragraphs(block)
        if block.kind == "dispatch" and parts:
            m = P.DISPATCH.match(parts[0])
            dispatch_text = m.group(1) if m else ""
            art.dispatch, parts[0] = B.read_dispatch(parts[0], credits)
            if not parts[0]:
                parts.pop(0)
        if unit.opener == "photo":
            # …为春播作准备。　通讯员 谭雪梅 摄: the credit printed after the caption on
            # its line credits the picture; it is not a paragraph
            kept = []
            for part in parts:
                names = B.read_photo_credit(part) if P.is_credit_line(part) else []
                if names:
                    B.add_names(credits.photographers, names)
                else:
                    kept.append(part)
            parts = kept
        paragraphs.extend(parts)
        if unit.opener == "notice" and any(P.closes_notice(p) for p in parts):
            notice_closed = True
    if len(paragraphs) >= 2 and squeeze(paragraphs[0]) in {squeeze(h) for h in art.headlines}:
        # 推动…深度融合 / □ 孙立群 / 推动…深度融合 / 临沂是…: the title printed again under the
        # byline, as e-paper dumps repeat it; it is the headline, not a paragraph
        paragraphs.pop(0)
    if paragraphs and unit.opener == "text":
        # ■近日，…: the bullet a brief column sets before a brief is its mark, not its text
        paragraphs[0] = P.LEADING_BULLET.sub("", paragraphs[0])
    # jump lines
    if paragraphs:
        m = P.JUMP_FROM.match(paragraphs[0])
        if m:
            art.continued_from = P.page_number(m.group(1))
            paragraphs[0] = paragraphs[0][m.end():]
    for i in range(len(paragraphs) - 1, -1, -1):
        m = P.JUMP_TO.search(paragraphs[i])
        if m:
            art.continues_to = P.page_number(m.group(1))
            paragraphs[i] = paragraphs[i][:m.start()]
            break
    # photo items: the caption's own credit
    if unit.opener == "photo" and len(paragraphs) >= 2 and P.PICTURE_BY.match(paragraphs[-1]):
        paragraphs[-2:] = [paragraphs[-2] + " " + paragraphs[-1]]   # …现场。 / 图/钱文: one caption line
    if unit.opener == "photo" and paragraphs:
        m = P.caption_with_credit(paragraphs[-1])
        if m and not any(b.kind == "credit" for b in unit.blocks):
            paragraphs[-1] = m.group(1).strip()
            credit = m.group(2)
            if _BY_PHOTOGRAPHER.search(credit):
                B.add_names(credits.photographers, B.read_photo_credit(credit))
            elif re.match(rf"\s*(?:{P.ROLE_WORDS})", credit):
                B.add_names(credits.authors, B.read_photo_credit(credit))   # 通讯员 李开鹏 供图: a person gave it
            else:
                B.add_names(credits.authors, [credit])
    if len(paragraphs) >= 2 and unit.opener not in ("notice", "weather") and P.BRACKET_CREDIT.match(paragraphs[-1].strip()):
        # （记者 方 圆） set on a line of its own under the last paragraph: the piece's credit
        B.parse_credits(re.sub(r"^\s*整理\s*[：:]?", "", paragraphs.pop().strip()[1:-1]), credits)   # （整理：武 娟）: who compiled it
    if paragraphs and unit.opener not in ("notice", "weather"):
        paragraphs[-1] = B.cut_trailing_author(paragraphs[-1], credits)
        paragraphs = split_runin_subheads(paragraphs)
    art.paragraphs = [p for p in (p.strip() for p in paragraphs) if p]
    return (art.paragraphs[0] if art.paragraphs else ""), dispatch_text


# A run-in title: a phrase with no sentence mark (quotes allowed), a wide space (one
# ideographic space or two spaces), then the text.
_RUN_IN_TITLE = re.compile(r"^([^\s，。；：:！？!?、（）()]{5,32})(?:\u3000+|[ ]{2,})(\S.{9,})$", re.S)
_SENTENCE_MARK = re.compile(r"[，。！？；]")


def _run_in_title(unit: Unit, art: Article, credits: B.Credits) -> bool:
    """●南溪镇开展春季森林防火演练　3月15日，…: a brief's title run into its first line, set off
    by a wide space (in bold, on the page), in a piece with no headline of its own. The title
    is taken out, and a dispatch after it (…热度不减　本报讯 今年…) read as the piece's."""
    if unit.opener != "text" or art.headlines or not art.paragraphs:
        return False
    m = _RUN_IN_TITLE.match(art.paragraphs[0])
    if m is None or not _SENTENCE_MARK.search(m.group(2)):
        return False
    art.title, art.headlines = m.group(1), [m.group(1)]
    rest = m.group(2)
    if P.DISPATCH.match(rest):
        art.dispatch, rest = B.read_dispatch(rest, credits)
        rest = rest.strip()
    art.paragraphs[0] = rest
    if not rest:
        art.paragraphs.pop(0)
    return True


# (or set between two ornaments: 〓便民信息〓)
_BRACKETED_LABEL = re.compile(r"^[【\[〖〓]\s*([^【】\[\]〖〗〓]+?)\s*[】\]〗〓]$")


# A run-in subhead (段首小标题) set in the body: four characters, a comma, a short phrase
# and a full stop (强链补链，多点发力壮大集群。). Two or more in one piece, in parallel,
# each open a paragraph even where the dump ran them into the text before — where it ran
# paragraphs together, as its long paragraphs show: in a piece whose paragraphs kept their
# breaks the shape is ordinary prose (…谈文坛往事。他俩好客，也喜欢聊天。).
# (after a sentence's end, or a quote that ends one: …功夫。” — not a quoted name's close,
# 让“百千万工程”成色更足，…)
_RUNIN = re.compile(r"(?:(?<=[。！？])|(?<=[。！？]”))([\u4e00-\u9fff]{4}[，,][^，,。！？；]{4,16}。)")
RUNIN_MIN = 2
# The mean paragraph length (characters) from which a piece's paragraphs were run together.
RUNIN_RUN_TOGETHER = 200


def split_runin_subheads(paragraphs: list[str]) -> list[str]:
    """Open a paragraph at each run-in subhead when the piece has at least two."""
    count = sum(len(_RUNIN.findall(p)) + bool(_RUNIN.match("。" + p[:24]) and
                _RUNIN.match("。" + p).start() == 1) for p in paragraphs)
    if count < RUNIN_MIN or sum(map(len, paragraphs)) < RUNIN_RUN_TOGETHER * len(paragraphs):
        return paragraphs
    pieces: list[str] = []
    for p in paragraphs:
        pieces.extend(x for x in _RUNIN.sub("\n\\1", p).split("\n") if x)
    out: list[str] = []
    for piece in pieces:
        if out and _RUNIN.fullmatch("。" + out[-1], 1):
            out[-1] += piece      # a run-in subhead printed last on a line runs into what follows
        else:
            out.append(piece)
    return out


# A labelled reading or note inside a weather line (… -4℃～2℃ 供暖提示：…): a paragraph.
_WEATHER_LABEL = re.compile(r"\s+(?=[\u4e00-\u9fff]{0,4}(?:提示|建议|须知)[：:]|(?:今天|明天|后天|今日|明日)[：:])")


def _weather_paragraphs(lines: list[str]) -> list[str]:
    """A weather box prints one reading or note a line; a line the column wrapped
    (…西北风3～4级 - / 7℃～3℃, …请市民合理 / 使用取暖设备…) continues the one above."""
    out: list[str] = []
    for text in lines:
        starts = bool(P.WEATHER_DATA.search(text) or re.match(r"^[\u4e00-\u9fff]{2,6}[：:]", text))
        wrapped = bool(out) and (bool(re.match(r"^[0-9０-９℃～~\-－.A-Za-z]", text)) and not out[-1].endswith(("℃", "级"))
                                 or text[:1] in "～~，、。；）"    # …2℃ / ～7℃: the rest of a range
                                 or advice_wrapped(out[-1], text))
        if out and (wrapped or not starts) and not P.ends_sentence(out[-1]):
            out[-1] += text
        else:
            out.append(text)
    return [part for p in out for part in _WEATHER_LABEL.split(p) if part.strip()]


def _weather_heads(unit: Unit) -> list[str]:
    heads = []
    for block in unit.blocks:
        for line in block.lines:
            text = _BRACKETED_LABEL.sub(r"\1", line.text.strip())    # 【沈阳天气】
            if block is unit.blocks[0] and (m := _DAY_FORECAST.match(text)) is not None:
                text = text[:m.end()].strip()    # 今日天气　多云转小雨…: the label, its readings after it
            if P.weather_head(text) and len(text) <= 10 and collapse(text) not in heads:
                heads.append(collapse(text))     # e-paper dumps print the box's title twice
    return heads


# A subtitle that names the piece's genre as a report (见闻, 纪实, 侧记, 综述, ——记…).
_FEATURE_SUBTITLE = re.compile(r"(?:见闻|纪实|侧记|综述|记事|速写|走笔|手记|札记|巡礼)$|^[—－-]+\s*记")


def _kind(unit: Unit, art: Article, run_in: bool = False) -> str:
    """4. The item's kind (SCHEMA.md); ``run_in``: its title ran into its text."""
    if unit.opener in ("notice", "weather", "photo"):
        return unit.opener
    if unit.label:
        return "notice"     # a piece under a service column's label (便民信息): a notice
    if unit.opener == "text" and art.title and P.NOTICE_TITLE.match(art.title):
        return "notice"     # a notice's text with its title printed after it
    entries = art.paragraphs[:-1] if len(art.paragraphs) > 2 and is_unit_name(art.paragraphs[-1]) else art.paragraphs
    if entries and all(listing_entry(p) or agenda_line(p) for p in entries):
        # 演出信息 / 11月22日19:30 昆曲… 票价：…: a listing of shows or services (an agenda
        # signed by the body that keeps it: …秘书处)
        return "notice"
    if art.paragraphs and all(index_entry(p) for p in art.paragraphs):
        return "banner"     # 今日导读 / …推进会召开 ② / …: the page's index of pieces elsewhere, no piece
    if _FEATURE_SUBTITLE.search(art.subtitle or ""):
        return "feature"    # ——讷河市大豆产业提质增效见闻, ——…工作综述: its subtitle calls it a report
    if unit.opener == "dispatch" or unit.opener == "byline" and art.dispatch:
        return "news"       # a 本报讯 piece (its byline may stand over the dispatch: □本报记者 X / 本报讯 …)
    if run_in:
        return "news"       # a brief whose title runs into its text: a 简讯's
    if not art.headlines and unit.opener != "byline":
        return "fragment"
    if _COMMENT_SECTION.search(art.section or ""):
        return "feature"    # under a commentary column's label (评论, 观点): 评论
    if SIDEBAR_HEAD.match(art.section or "") or len(art.headlines) == 1 and SIDEBAR_HEAD.match(art.title or ""):
        return "feature"    # a sidebar boxed beside a piece (记者手记, 相关链接), labelled or titled so
    # a 消息 that opened on its byline, or a 通讯, 特写, 人物, 综述, 评论: weighed by the
    # kind model (:mod:`.kinds`: its lede, length, subheads, subtitle, credits, quotes)
    return "feature" if is_feature(art) else "news"


# The longest label in brackets (【相关链接】, 〖山城短评〗) read as a box's or a column's name.
BRACKET_LABEL_MAX = 12


def _unbracket(art: Article) -> None:
    """A bracketed label over a title (〖山城短评〗 / 让民族节庆…) is the column's section; one
    standing alone (【便民信息】) titles its box without the brackets it is printed in."""
    for deck in ("kicker", "title"):
        m = _BRACKETED_LABEL.match(getattr(art, deck) or "")
        if m is not None and deck == "title" and not art.kicker and not art.subtitle \
                and len(m.group(1)) > BRACKET_LABEL_MAX:
            # 【长征大道路灯“罢工”一周 三天内全部修复】: a hotline entry's whole title, set in brackets
            art.title = m.group(1)
            art.headlines = [m.group(1) if h == m.group(0) else h for h in art.headlines]
            return
        if m is None or len(m.group(1)) > BRACKET_LABEL_MAX or re.search(r"[，。；！？]", m.group(1)):
            continue
        printed = getattr(art, deck)
        if deck == "kicker" or art.subtitle and not art.kicker:
            art.section = art.section or m.group(1)
            art.headlines = [h for h in art.headlines if h != printed]
            if deck == "kicker":
                art.kicker = None
            else:
                art.title, art.subtitle = art.subtitle, None
        elif not art.kicker and not art.subtitle:
            art.title = m.group(1)
            art.headlines = [m.group(1) if h == printed else h for h in art.headlines]
        return


def build_article(unit: Unit, narrow: bool, column: int = 0) -> tuple[Article, list[str], str, str]:
    """Steps 1–4 for one unit. Returns the article, leftover banner lines, the lede and
    the dispatch as printed."""
    art = Article()
    credits = B.Credits()
    leftovers: list[str] = []
    if unit.heads:
        stack = read_stack(unit.heads, narrow, column)
        art.section, art.kicker, art.title, art.subtitle = stack.section, stack.kicker, stack.title, stack.subtitle
        art.headlines = stack.headlines
        leftovers = stack.leftovers
        if stack.author:
            credits.add("作者", [stack.author])
    if unit.box:
        # a service box: its label titles it, and its panels' heads are its headlines
        art.title = unit.label
        art.headlines = [unit.label] + [collapse(b.text) for b in unit.blocks if b.kind == "panel"]
    elif unit.opener == "notice":
        title = collapse(unit.blocks[0].text)
        art.title, art.headlines = title, [title]
        if unit.issuer:
            # (the first line of the title, as reflow reads a body's name right over a
            # notice's title: the notice is the body's)
            title = unit.issuer + title
            art.title, art.headlines = title, [title]
        art.section = unit.label or art.section
    elif unit.label and art.headlines:
        art.section = unit.label     # 便民信息 over a body whose title is printed after it
    elif unit.label:
        art.title, art.headlines = unit.label, [unit.label]   # 便民信息 alone titles its box
    elif unit.opener == "weather":
        heads = _weather_heads(unit)
        art.title, art.headlines = (heads[0] if heads else None), heads
    _unbracket(art)
    lede, dispatch_text = _body(unit, art, credits)
    run_in = _run_in_title(unit, art, credits)
    if run_in:
        lede = art.paragraphs[0] if art.paragraphs else ""
        dispatch_text = dispatch_text or art.dispatch or ""
    quotes = _pull_quotes(art.paragraphs) if unit.opener not in ("notice", "weather") else []   # (a notice's signer repeats its text)
    if _quote_after_close(unit, art):
        quotes.append(art.paragraphs[-1])
    if quotes:
        art.paragraphs = [p for p in art.paragraphs if p not in quotes]
        leftovers = leftovers + quotes
    art.reporters, art.correspondents = credits.reporters, credits.correspondents
    art.authors, art.photographers = credits.authors, credits.photographers
    art.kind = _kind(unit, art, run_in)
    if art.kind not in ("notice", "weather"):
        # ■ 中欧班列“跑”出加速度, ● 企业开办全程网办…: a subhead's or a list entry's bullet is its
        # mark, not its text (a service box keeps its entries as printed, marks and all)
        art.paragraphs = [P.LEADING_BULLET.sub("", p) for p in art.paragraphs]
    if art.kind in ("news", "feature") and len(art.paragraphs) > 2 and (art.photographers or art.captions):
        # 赵永福用望远镜观察林区情况。 between two paragraphs of a 文/图 story: a caption set as
        # a paragraph of its own, uncredited (a website's copy prints its pictures' captions so),
        # in a piece that shows it has pictures (a photographer, a credited caption)
        lifted = [p for p in art.paragraphs[1:] if uncredited_caption(p)]
        if lifted and len(art.paragraphs) - len(lifted) >= 2:
            art.captions += [Caption(p, None) for p in lifted]
            art.paragraphs = [art.paragraphs[0]] + [p for p in art.paragraphs[1:] if p not in lifted]
    if art.kind == "notice" and art.title and _BRACKETED_LABEL.match(art.title):
        # 【停电预告】: a box's title, without the brackets it is set in
        art.title = _BRACKETED_LABEL.sub(r"\1", art.title)
        art.headlines = [_BRACKETED_LABEL.sub(r"\1", h) for h in art.headlines]
    return art, leftovers, lede, dispatch_text


# A caption's shape as a paragraph of its own: one short sentence with no clause mark,
# maybe opening on its day (9月22日，…), that shows someone at something (在, 正, 着, a
# position in brackets: 邹雨晴（左）…) or a scene (…审议现场。, 图为…).
_CAPTION_SHAPE = re.compile(r"^(?:图为)?(?:\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?[，,])?"
                            r"[^，,、：:；;“”\"？?！!。]{5,34}[。.]$")
_CAPTION_CUE = re.compile(r"(?<!随)着|在|正在|用|向|给|（[左右中前后][一二三四五]?）|[左右]起|现场[。.]$|^图为")
# What a caption never says: the future, the reporter or the paper, figures, opinions.
_NOT_CAPTION = re.compile(r"将|要|会|已经|继续|记者|我|本报|这是|表示|认为|希望|目前|今年|去年|据|共|累计|同比"
                          r"|万|亿|%|如何|怎样|应该|可以")


def uncredited_caption(text: str) -> bool:
    """A paragraph that is a picture's caption printed without its credit."""
    return bool(_CAPTION_SHAPE.match(text)) and not _NOT_CAPTION.search(text) and bool(_CAPTION_CUE.search(text))


def _quote_after_close(unit: Unit, art: Article) -> bool:
    """A line a converter set as a quote (Markdown's >) after the writer's affiliation that
    closes a signed piece (（作者系…） / > 稳就业是最大的民生…): the page's pull quote, no
    paragraph of the piece."""
    if len(unit.blocks) < 2 or not art.paragraphs:
        return False
    last, before = unit.blocks[-1], unit.blocks[-2]
    return all(line.quoted for line in last.lines) and P.AFFILIATION.match(before.text.strip()) is not None \
        and squeeze(art.paragraphs[-1]) == squeeze(last.text)


# A pull quote repeats at least this many characters of its piece word for word.
PULL_QUOTE_MIN = 16


def _pull_quotes(paragraphs: list[str]) -> list[str]:
    """Pull quotes (引语): a line of the piece printed again in large type between its
    paragraphs (推动新能源产业由拼“装机规模”向延伸“产业链条”转变 over the paragraph that says
    it): no sentence of its own, found word for word in another paragraph. The page's
    banners, not paragraphs."""
    keys = [squeeze(p) for p in paragraphs]
    return [p for k, (p, key) in enumerate(zip(paragraphs, keys))
            if 0 < k < len(paragraphs) - 1      # (a signature closes the piece, a lede opens it)
            and len(key) >= PULL_QUOTE_MIN and not P.ends_sentence(p) and not re.search(r"[。！？；：，]", key)
            and any(key in other and key != other for other in keys)]


def _standalone(lines: list[str], kind: str) -> Article:
    heads: list[str] = []
    for line in lines:       # a line printed twice is kept once, as in a stack
        text = collapse(line)
        if text and text not in heads:
            heads.append(text)
    return Article(kind=kind, title=heads[0] if heads else None, headlines=heads)


# A page slogan is a long parallel couplet (凝心聚力开新局 攻坚克难抓落实: seven characters a
# phrase); kicker couplets are shorter (庆丰收 促和美, 守护绿水青山 共建美丽家园).
SLOGAN_PHRASE_MIN = 7


def page_slogan(art: Article, lede: str) -> bool:
    """A long slogan couplet over the page's first headline that says nothing of the piece
    (奋勇争先勇担当 优化环境稳预期 over 江西宜春：富硒土壤…): the page's banner, not the
    item's kicker — a kicker couplet speaks of its piece (红果满枝头 游客采摘忙 over a
    cherry harvest) and shares words with its title (a lede's 发展 says nothing)."""
    k = art.kicker
    if not k or not art.title or not COUPLET.match(k):
        return False
    if min(len(x) for x in k.split()) < SLOGAN_PHRASE_MIN or re.search(r"[0-9０-９]", k) or _COUNTED.search(k):
        return False    # (a couplet of figures, 签约项目32个 总投资286亿元, 扎根基层二十年 …, reports the piece's news)
    if "“" in k:
        return False    # (节后开工“加速跑” 全年发展“开门红”: a word set in quotes is news's device; a slogan speaks plainly)
    if k.startswith(AGENDA_VERBS):
        return False    # 传达学习全国两会精神 研究部署近期重点工作 over 县委常委会召开会议: the meeting's agenda
    return not (_bigrams(k) & _bigrams(art.title + (art.subtitle or "")))


# A count in words (二十年, 三十载, 两万亩): a slogan counts nothing.
_COUNTED = re.compile(r"[一二两三四五六七八九十百千万]+(?:年|载|个|万|亿|亩|天|户|人|名|家)")
_SLOGAN_HALF = re.compile(r"^[\u4e00-\u9fff]{5,8}$")
# A line that opens on the place the paper reports on (我市以…赋能…, 全县…) states news: a
# kicker over its title, never the page's slogan.
_REPORTING_SUBJECT = ("我市", "我县", "我区", "我州", "我省", "我旗", "全市", "全县", "全区", "全州", "全省")


# A slogan set apart stands over a headline, not over a writer's name (做嫁衣的人 / 葛昆元).
SLOGAN_REST_MIN = 5


# A slogan set apart says little of the piece below: at most this share of its character
# pairs recurs in the stack (the city's name: 推动高质量发展 建设美丽新吴忠 over 吴忠早茶…;
# a campaign's words: 奋力冲刺全年目标 决战决胜四季度 over 以冲刺姿态跑好全年…).
SLOGAN_SHARED_MAX = 0.25


def _slogan_set_apart(lines: list, rest: str, below=None) -> bool:
    """A line set further apart over a headline stack than the stack's own lines are from
    each other (奋力书写中国式现代化赤峰新篇章 / (blank) / 传达学习…精神 / 市委常委会召开会议,
    or two blanks over lines spaced by one): the page's slogan, on a page that spaces its
    lines too — a kicker stands with its title as close as the stack's other lines, or as
    its text under them (… / (blank) / title / □ 沈立群); a stack spaced evenly line by
    line (清明节当天 / (blank) / 黄帝陵景区… / (blank) / 本报讯…) says nothing."""
    inside = [line.blank_before for line in lines[2:] + ([below] if below is not None else [])]
    if not inside or lines[1].blank_before <= min(inside):
        return False
    pairs = _bigrams(lines[0].text)
    return bool(pairs) and len(pairs & _bigrams(rest)) <= SLOGAN_SHARED_MAX * len(pairs)


def _split_slogan(unit: Unit, sparse: bool = False, first_run: bool = True) -> tuple[int, str] | None:
    """A page slogan whose two halves the column set on two lines over the first headline
    (守正创新谋长远 / 实干担当促发展 / 茶山四月采茶忙 …): two parallel phrases of one length that
    share no words with the title below — or, on a page whose blank lines are few
    (``sparse``), one line set apart by a blank line above the headline and sharing no
    words with it (绿水青山就是金山银山 / (blank) / 全县…工作会议召开). They are cut off
    the unit's run, in place, and returned as (offset, the slogan)."""
    lines = [line for b in unit.heads for line in b.lines]
    first = lines[0].text.strip()
    rest = "".join(x.text.strip() for x in lines[1:])
    below = unit.blocks[0].lines[0] if unit.blocks and unit.blocks[0].start > lines[-1].start else None
    # one line set off from the rest of the run by a blank line (a line of figures,
    # 5天吸引观众超百万人次, reports the piece's news: a kicker, never a slogan)
    alone = len(unit.heads) >= 2 and len(unit.heads[0].lines) == 1 and bool(unit.heads[1].lines[0].blank_before) \
        and not is_section_label(first) and len(rest) > SLOGAN_REST_MIN
    if not first_run:
        # below the page's first run only a couplet set apart is one (a pull quote between
        # pieces: 赓续红色血脉 走好新的赶考之路 / (blank) / 让遵义会议精神… / □ 罗诗琪)
        apart = alone and (COUPLET.match(first) is not None and _slogan_set_apart(lines, rest, below)
                           # > 办好人民满意的教育 / ## 56分钟打通…: a quote the converter marked,
                           # over a heading it marked, is the page's pull quote
                           or lines[0].quoted and not lines[0].heading and not P.ends_sentence(first)
                           and any(line.heading for line in lines[1:]))
    else:
        apart = alone and not P.ends_sentence(first) and not first.startswith(_REPORTING_SUBJECT) \
            and not first.startswith(AGENDA_VERBS) \
            and not first.endswith(("：", ":", "—")) \
            and not (re.search(r"[0-9０-９]", first) and not re.search(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日", first)) \
            and (sparse and " " not in first and not _bigrams(first) & _bigrams(rest)
                 or _slogan_set_apart(lines, rest, below))
    if apart:
        unit.heads = unit.heads[1:]
        return lines[0].start, first
    if not first_run:
        return None
    if len(lines) < 3 or len(unit.heads[0].lines) > 2:
        return None
    a, b = lines[0].text.strip(), lines[1].text.strip()
    if a == b or not (_SLOGAN_HALF.match(a) and _SLOGAN_HALF.match(b) and len(a) == len(b)) \
            or is_section_label(a) or a.startswith(AGENDA_VERBS):
        return None     # (身边的榜样 / 种参三十年 / 带富一方人: a column's label over a title's two halves)
    rest = "".join(line.text for line in lines[2:])
    if _bigrams(a + b) & _bigrams(rest):
        return None
    keep: list[Block] = []
    for block in unit.heads:
        left = [line for line in block.lines if line is not lines[0] and line is not lines[1]]
        if left:
            keep.append(Block(block.kind, left, block.captions))
    unit.heads = keep
    return lines[0].start, f"{a} {b}"


def build_articles(seg: Segmented, narrow: bool, column: int = 0) -> list[Placed]:
    """All items of a page in file order, banners and fragments included."""
    placed: list[Placed] = []
    runs = [u.heads[0].start for u in seg.units if u.heads] + [run[0].start for _, run in seg.leftovers if run]
    first_run = min(runs, default=None)
    sparse = not blanks_everywhere([b for u in seg.units for b in u.blocks + u.heads])
    for n, unit in enumerate(seg.units):
        slogan = _split_slogan(unit, sparse, unit.heads[0].start == first_run) if unit.heads else None
        if slogan:
            placed.append(Placed(slogan[0], _standalone([slogan[1]], "banner")))
        art, leftovers, lede, dispatch_text = build_article(unit, narrow, column)
        placed.extend(_inner_boxes(unit, art))
        if unit.heads and unit.heads[0].start == first_run and page_slogan(art, lede) \
                and not any(_slogan_couplet(x) for x in leftovers):
            # the page's first headline run: a slogan over it is the page's banner (unless the
            # run printed its banner above it already: 乘势而上开新局… / 锚定目标抓落实… / title,
            # the second slogan is the kicker)
            leftovers = [art.kicker] + leftovers
            art.headlines = [h for h in art.headlines if h != art.kicker]
            art.kicker = None
            if art.subtitle and art.title and not art.subtitle.startswith("—"):
                # the two decks left were read under the slogan: read them again as two
                # (传达学习…精神 研究部署…工作 / 县委常委会召开会议: kicker and title)
                art.kicker, art.title, art.subtitle = two_decks(art.title, art.subtitle, narrow, column)
        starts = [b.start for b in unit.blocks] + [b.start for b in unit.heads]
        start = min(starts) if starts else 0
        if len(art.headlines) == 1 and not art.paragraphs and not art.captions and not leftovers \
                and art.kind in ("fragment", "feature", "news") \
                and (prev := _titled_by_label(placed, start, art.headlines[0])) is not None:
            # 记者手记 / 凌晨5点半，… / 工地上的“早六晚八” / □ 王 浩: the title and the writer of the
            # piece a sidebar's (or a column's) label headed, printed after its text
            for role in ("reporters", "correspondents", "authors", "photographers"):
                getattr(prev, role).extend(x for x in getattr(art, role) if x not in getattr(prev, role))
            continue
        if art.kind in ("fragment", "banner") and art.headlines and not art.paragraphs and not art.captions \
                and all(page_furniture(x) for x in art.headlines):
            continue    # 相关阅读 over links the page did not print: the site's widget, no item
        if art.kind == "fragment" and not art.headlines and art.paragraphs and not art.captions \
                and all(page_furniture(x) for x in art.paragraphs):
            continue    # 本报地址：… 邮编：… under the last piece, set apart: the page's imprint, no item
        placed.append(Placed(start, art, lede, dispatch_text))
        leftovers = [x for x in leftovers if not page_furniture(x)]   # (本版邮箱：…, 扫一扫…: the page's own)
        if leftovers:
            # lines above the stack stand before the item, lines printed after it after
            top = min((b.start for b in unit.heads), default=start)
            where = top - 0.5 if top <= start else max(b.start for b in unit.heads) + 0.5
            placed.append(Placed(where, _standalone(leftovers, "banner")))
    n = len(seg.units)
    for position, run in seg.leftovers:
        lines = [line.text for block in run for line in block.lines]
        if all(page_furniture(x) for x in lines):
            continue    # the page's or the site's own lines (地址：… 邮编：…, 往期推荐), no item's
        if lines and _LINKS_LABEL.match(lines[0].strip()) and all(len(x) <= 40 and "。" not in x for x in lines[1:]):
            continue    # 相关阅读 / 武宁县秋粮收购工作全面启动 / …: the site's links to other pieces
        # a headline run at the page foot with no body below it: cut off by the page edge
        at_end = position == n and not seg.after_mode
        own = [x for x in lines if not page_furniture(x)]
        last = len(own) == 1 and all(not u.heads and all(page_furniture(line.text) for b in u.blocks for line in b.lines)
                                     for u in seg.units[position:])     # (only the page's imprint below it)
        if last and _titled_by_label(placed, run[0].start, own[0].strip()) is not None:
            continue    # 以案说法 / 文/… / 【案情】… / 出租银行卡“赚佣金”…: the last piece's own title, printed after it
        if own and _repeats_title_above(placed, run[0].start, own):
            continue    # 临朐蜜桃进入集中上市期 / 本报讯… / …4.2个百分点。 / 临朐蜜桃进入集中上市期: printed twice
        if at_end and len(own) == 1 and _slogan_couplet(own[0].strip()):
            at_end = False   # 文明旅游 你我同行 at the page's foot: the page's slogan, not a cut-off headline
        placed.append(Placed(run[0].start, _standalone(lines, "fragment" if at_end else "banner")))
    placed.sort(key=lambda p: p.start)
    _drop_page_foot(placed)
    runs_and_bodies = [b for u in seg.units for b in u.blocks + u.heads] + [b for _, run in seg.leftovers for b in run]
    _carry_sections(placed, sorted(line.start for b in runs_and_bodies for line in b.lines if line.ruled))
    return placed


def _repeats_title_above(placed: list[Placed], start: int, lines: list[str]) -> bool:
    """Whether every line of a run no piece took is a headline of the piece just above it:
    an e-paper prints a title over its body and again under it."""
    above = _piece_above(placed, start)
    heads = {squeeze(h) for h in above.headlines if h} if above is not None else set()
    return bool(heads) and all(squeeze(x) in heads for x in lines)


def _piece_above(placed: list[Placed], start: float) -> Article | None:
    """The item placed last before ``start``."""
    above = [p for p in placed if p.start < start]
    return max(above, key=lambda p: p.start).article if above else None


# The label of a site's list of links to other pieces.
_LINKS_LABEL = re.compile(r"^[【\[]?(?:相关阅读|推荐阅读|相关新闻|往期推荐|往期回顾|热点新闻|热门推荐|热点推荐|相关文章|延伸阅读推荐)[】\]]?[：:]?$")


BRIEF_PARAGRAPHS_MAX = 3


def _titled_by_label(placed: list[Placed], start: int, title: str) -> Article | None:
    """The piece just above a headline line left below it, when that piece carries a
    column's or a sidebar's label as its title (以案说法, 记者手记) or as its section and no
    title: the line is its title, printed after its body, and the label its section. Moves
    them and returns the piece; None when it is no such piece."""
    art = _piece_above(placed, start)
    if art is None:
        return None
    if art.kind not in ("news", "feature") or not art.paragraphs or art.kicker or art.subtitle:
        return None
    if not art.title and art.section and not art.headlines:
        if len(art.paragraphs) < 2 or _BRIEFS_SECTION.search(art.section) and len(art.paragraphs) < BRIEF_PARAGRAPHS_MAX:
            return None     # (a brief under 要闻简报 has no title; a headline the page edge cut off follows it
                            # — a piece of three paragraphs or more is no brief: 理论动态 / 本报讯… / its title)
        art.title, art.headlines = title, [title]       # the label was read as its section already
        return art
    sidebar = bool(art.title) and SIDEBAR_HEAD.match(art.title) is not None
    if art.section and not sidebar or not art.title or len(art.headlines) != 1 \
            or not (sidebar or is_column_label(art.title)):
        return None      # (记者手记 / … / 账本里的大学问: a sidebar's label over it, its title under it)
    art.section, art.title, art.headlines = art.title, title, [title]
    return art


def _drop_page_foot(placed: list[Placed]) -> None:
    """The page's own lines printed under its last piece (版权所有…, 本版编辑：… 投稿邮箱：…,
    …报社地址：… 零售价：1.00元) are the page's furniture, not that piece's last paragraphs."""
    if not placed:
        return
    art = placed[-1].article
    if art.kind in ("notice", "weather"):
        return
    while len(art.paragraphs) >= 2 and page_foot(art.paragraphs[-1]):
        art.paragraphs.pop()


def _inner_boxes(unit: Unit, art: Article) -> list[Placed]:
    """A box a feature prints between its paragraphs (【名词解释】 / its title / its text,
    then the piece's next subhead): its own ``feature`` item, its label the section, taken
    out of the piece's paragraphs. The box ends at the next subhead or the unit's end."""
    out = []
    blocks = unit.blocks
    k = 0
    while k < len(blocks):
        # (the box is opened by its bracketed label among the piece's subheads)
        m = _BRACKETED_LABEL.match(collapse(blocks[k].text)) if blocks[k].kind == "subhead" else None
        if m is None:
            k += 1
            continue
        j = k + 1
        title = None
        if j < len(blocks) and blocks[j].kind == "subhead":
            title = collapse(blocks[j].text)
            j += 1
        body = []
        while j < len(blocks) and blocks[j].kind == "text":
            body.extend(_paragraphs(blocks[j]))
            j += 1
        taken = [collapse(blocks[k].text)] + ([title] if title else []) + body
        at = next((i for i in range(len(art.paragraphs)) if art.paragraphs[i:i + len(taken)] == taken), -1)
        if not body or at < 0:
            k = j
            continue
        del art.paragraphs[at:at + len(taken)]
        # (a label printed alone over the box's text is its only headline: 【人物档案】 / 马某，女，…)
        box = Article(kind="feature", section=m.group(1) if title else None, title=title or m.group(1),
                      headlines=[title or m.group(1)], paragraphs=body)
        out.append(Placed(blocks[k].start, box))
        k = j
    return out


# A brief runs a paragraph or two: a longer piece under such a label is the column's feature.
BRIEF_MAX_CHARS = 300
# A column of short news items names itself so (简讯, 要闻简报, 县区传真, 民生速递, 镇街快讯).
_BRIEFS_SECTION = re.compile(rf"(?:{P.BRIEFS_WORDS}|传真|速递|要闻|乡讯|动态)$")


# The label of a piece that explains something (政策解读, 以案说法, 政策问答): it heads that
# one piece, as a sidebar's does, never a column.
_ONE_PIECE_LABEL = re.compile(r"(?:解读|说法|问答|答疑)[】\]]?$")


# A column of pictures (图片新闻, 读者随手拍, 金秋掠影, 镜头): its pictures are under it.
_PICTURE_LABEL = re.compile(r"图片|图说|图记|掠影|集锦|剪影|瞬间|组图|随手拍|镜头|视觉|光影|影像")


def _carry_sections(placed: list[Placed], rules: list[int] = ()) -> None:
    """A column label heads the items under it until the next label or banner, or a rule
    (a converter's ---) the page draws between its parts (``rules``: where lines after one start)."""
    current = None
    last = -1.0
    for p in placed:
        art = p.article
        if any(last < r <= p.start for r in rules):
            current = None      # 诗二首 / … / --- / 散文: the rule closes the column
        last = p.start
        if art.kind == "banner" or art.kind in ("weather", "notice") \
                or art.kind == "fragment" and art.headlines and not art.paragraphs:
            current = None      # (a headline the page edge cut off heads no column)
            continue
        if not art.section and art.title and SIDEBAR_HEAD.match(art.title) and len(art.headlines) == 1:
            current = None      # ■相关链接 / …: a sidebar titled by its label is under no column
            continue
        if art.section:
            # 【县域产业观察】, [图片新闻]: a column's name, without the brackets it is set in
            art.section = _BRACKETED_LABEL.sub(r"\1", art.section.strip()) or art.section
            # a sidebar's label (记者手记, 相关链接, 学习札记) heads its one piece, not a column;
            # so does the label of a piece that explains (政策解读, 以案说法, 政策问答)
            current = None if SIDEBAR_HEAD.match(art.section) or _ONE_PIECE_LABEL.search(art.section) \
                else art.section
        elif current and _BRIEFS_SECTION.search(current) and art.kind in ("news", "feature") \
                and len("".join(art.paragraphs)) > BRIEF_MAX_CHARS and art.title:
            current = None      # a titled piece longer than a brief after a column of briefs: the column is over
        elif current and (art.kind != "photo" or _PICTURE_LABEL.search(current)):
            # (a picture printed after a column of briefs is the page's, not the column's —
            # unless the column is one of pictures: 读者随手拍, 图片新闻, …掠影)
            art.section = current
        if art.section and art.kind == "feature" and _BRIEFS_SECTION.search(art.section) \
                and len("".join(art.paragraphs)) <= BRIEF_MAX_CHARS \
                and not SIDEBAR_HEAD.match(art.section) and not _COMMENT_SECTION.search(art.section):
            art.kind = "news"    # a short item of a column of briefs (简讯, 县区传真, 民生速递) is news
        if art.section and art.kind == "fragment" and not art.headlines and art.paragraphs \
                and not _COMMENT_SECTION.search(art.section):
            art.kind = "news"    # a brief with no headline of its own under its column's label (简讯)
