"""The page's furniture (报头/版头): paper name, date line, page label, editors' credits.

E-paper dumps often start with the masthead or the page header (``柯桥日报`` /
``2023年5月9日 星期二`` / ``第3版 要闻``) and carry the page's editors (``责任编辑 张三``)
somewhere. None of it belongs to an item; it is read into page facts and removed before
the layout stages see the lines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .lines import Line, squeeze
from .patterns import HAN, ROLE_WORDS, ends_sentence
from .reflow import is_unit_name

# How many lines at the top of a page may still be masthead or page header.
MASTHEAD_MAX_LINES = 8

PAPER_NAME = re.compile(rf"^(?!.*(?:预报|简报|快报|通报|公报|喜报|捷报|汇报|海报|画报|情报|数字报|电子报)$)"
                        rf"[{HAN}]{{2,10}}(?:日报|晚报|早报|都市报|时报|商报|周报|报)(?:社)?$")
# A reporter's role with no name (作者：本报记者).
_ROLE_ONLY = re.compile(rf"(?:{ROLE_WORDS}|编辑)")
# A paper named otherwise than …报 (麒麟时讯, 鹿城晨刊): read as the paper's only where a site
# names its edition (麒麟时讯数字报).
_MEDIA_NAME = re.compile(rf"^[{HAN}]{{2,8}}(?:时讯|晨讯|晚讯|晨刊|晚刊|周刊|新闻|融媒|资讯)$")
DATE_LINE = re.compile(
    r"^(?:(?:星期|周|礼拜)[一二三四五六日天]\s*)?"          # the weekday may come first
    r"(?:(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
    r"(?:\s*(?:星期|周|礼拜)[一二三四五六日天])?(?:\s*农历[^\s]{2,12})?"
    r"(?:\s*(?:总)?第\s*\d+\s*期)?(?:\s*今日\s*[0-9一二三四五六七八九十]+\s*版)?\s*$"   # …第1537期　今日四版
)
PAGE_LABEL = re.compile(rf"^(?:第\s*[A-Z]?[0-9一二三四五六七八九十]+\s*版|\d{{2,3}}版[：:]|[A-Z]\d{{1,2}}\s*版?)(?:\s*[：:]?\s*[{HAN}·]{{0,8}})?$"
                        rf"|^[{HAN}·]{{2,8}}\s+第\s*[A-Z]?[0-9一二三四五六七八九十]+\s*版$")   # or the section first (要闻　第1版)
# At the top of a page, a page number with its section's name (4 要闻, 06 科技·产业, 2版 政务).
_TOP_PAGE_LABEL = re.compile(rf"^\d{{1,2}}版?\s+[{HAN}][{HAN}·]{{1,7}}$|^[{HAN}][{HAN}·]{{1,4}}\s+\d{{1,2}}$")   # or 要闻 2 (a section's short name)
# A running page header or footer printed anywhere (at the top of each column of an
# e-paper dump, or in the middle of a sentence the page break cut): a page label or the
# paper's name together with the issue date, and at most a section name besides
# (第5版 经济 2021年12月25日, 02 民生 2022年6月1日 星期三, 长治日报 2024年5月16日 第3版).
_RUN_DATE = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}")
_RUN_LABEL = re.compile(r"第\s*(?:[A-Z]?\d{1,3}|[一二三四五六七八九十]+)\s*版|^[A-Z]?\d{1,2}(?=\s|[\u4e00-\u9fff])|^[A-Z]\d{1,2}版?"
                        r"|(?<=\s)[A-Z]\d{1,2}版?(?=\s|$)|(?<=\s)\d{1,2}$"   # …甘肃日报 7: the page number last
                        r"|(?<=\s)\d{1,2}(?=\s+[\u4e00-\u9fff·]{2,8}$)")   # …星期三 3 县区新闻: before its section
_RUN_DAY = re.compile(r"(?<![\d年])\d{1,2}\s*月\s*\d{1,2}\s*日")
_RUN_PAPER = re.compile(rf"[{HAN}]{{1,10}}(?:日报|晚报|早报|都市报|时报|商报|周报|报)(?![{HAN}])")
# What else the header holds: the weekday, the lunar date, a section's name (理论·评论).
_RUN_REST = re.compile(rf"^(?:[\s|｜·•/／：:]*(?:(?:星期|周|礼拜)[一二三四五六日天]|农历[^\s]{{2,12}}"
                       rf"|[{HAN}]{{1,8}}(?:[·•][{HAN}]{{1,8}})?)){{0,3}}[\s|｜·•/／：:]*$")
RUNNING_HEAD_MAX = 40
# A running header with no date: the paper, the section and the page number
# (鄂尔多斯日报 要闻 2, 3 民生 清溪日报).
_PAPER_WORD = rf"[{HAN}]{{2,10}}(?:日报|晚报|早报|都市报|时报|商报|周报)"
_SEP = r"(?:\s*[|｜]\s*|\s+)"     # 沈阳晚报 | A06 | 城事
_PAPER_PAGE = re.compile(rf"^(?:{_PAPER_WORD}{_SEP}[{HAN}·]{{2,8}}{_SEP}第?[A-Z]?\d{{1,2}}版?|[A-Z]?\d{{1,2}}{_SEP}[{HAN}·]{{2,8}}{_SEP}{_PAPER_WORD}"
                         rf"|{_PAPER_WORD}{_SEP}第?[A-Z]?\d{{1,2}}版?{_SEP}[{HAN}·]{{2,8}}"
                         rf"|[{HAN}]{{2,8}}报\s*[·・]\s*第?[A-Z]?\d{{1,2}}版?\s*[·・]\s*[{HAN}]{{2,8}}"   # 晋江侨乡报 · 第6版 · 观点
                         rf"|{_PAPER_WORD}\s*[·・]\s*[{HAN}]{{2,6}})$")   # 岳阳晚报 A05 民生, 某某日报 要闻 第1版, 某某晚报·都市新闻
# A page label with its section name, alone on a line: 第6版：时政, A3 要闻.
_PAGE_ONLY = re.compile(rf"^(?:第\s*[A-Z]?[0-9一二三四五六七八九十]+\s*版|[A-Z]\d{{1,2}}\s*版?)\s*[：:|｜·]?\s*(?:[{HAN}]{{1,6}}(?:[·・][{HAN}]{{2,6}})?)?$"
                        rf"|^0[1-9]\s+[{HAN}]{{2,6}}(?:[·・][{HAN}]{{2,6}})?$")   # 07 新闻·社会: a zero-padded page number and its name


def running_head(text: str) -> tuple[str | None, str] | None:
    """(page label or None, date as printed) when ``text`` is a running header/footer."""
    t = " ".join(text.split())      # (an e-paper pads the header's parts across the page)
    if len(t) > FURNITURE_MAX:
        return None
    return (_dated_head(t) if len(t) <= RUNNING_HEAD_MAX else None) or _furniture(t)


# An e-paper's or a website's navigation words (上一版 下一版, 首页 | 往期回顾 | 版面导航, 登录).
_NAV = r"(?:设为首页|加入收藏|收藏本站|网站地图|无障碍浏览|长者模式|关怀模式|繁體|繁体|简体|RSS订阅|登录|注册|手机版|无障碍|上一版|下一版|上一期|下一期|上一篇|下一篇|PDF版下载|PDF下载|PDF版|(?:本版|版面|下载)PDF|下载本版PDF|本版PDF下载|返回目录|返回本版导读|返回导读|打印本页|关闭窗口|打印此页|关闭本页|返回本版|返回列表|返回版面|版面导航|标题导航|往期回顾|往期|检索|返回首页|返回顶部|返回|首页)"


# The parts a running header is made of, each printed whole between spaces or bars, and
# how much each says that the line is the page's furniture and no headline: the date, a
# page label (第2版, 第02版：综合, A3), the paper's name (…日报, …数字报) weigh most; a county
# paper's name (今日平山, 五常新闻), a bare page number, the weekday, the issue's page count
# (今日8版) less; a section's name (要闻, 城乡新闻) nothing, but it may stand among them.
_PART_WEIGHTS = (
    (_RUN_DATE, 2, "date"),
    (re.compile(rf"第\s*[A-Z]?(?:\d{{1,3}}|[一二三四五六七八九十]+)\s*版(?:[：:][{HAN}·]{{2,6}})?|[A-Z]\d{{1,2}}版?(?:[：:][{HAN}·]{{2,6}})?|\d{{1,2}}版(?:[：:][{HAN}·]{{2,6}})?"), 2, "label"),
    (re.compile(rf"[{HAN}]{{2,10}}(?:日报|晚报|早报|都市报|时报|商报|周报|侨报|时讯|侨讯|乡讯|侨刊)"
                rf"(?:数字报|电子版|数字版|[（(][{HAN}]{{1,4}}版?[）)])?"), 2, "paper"),
    # the publisher's imprint: 中共某某区委机关报, 中共某某区委主办, 国内统一连续出版物号, CN31-0038
    (re.compile(rf"[{HAN}]{{2,16}}(?:机关报|主办)|国内统一连续出版物号|CN\s*\d{{2}}\s*[-－]\s*\d{{4}}(?:/[A-Z])?"), 2, "imprint"),
    (re.compile(rf"今日[{HAN}]{{2,4}}|[{HAN}]{{2,4}}新闻|[{HAN}]{{2,10}}(?:新闻网|网|在线|广播电视台|融媒体中心)"), 1, "paper"),
    (re.compile(r"[A-Z]{2,}(?:['’][A-Z]+)?"), 0, "paper"),     # DEZHOU RIBAO: the name in pinyin capitals
    (re.compile(rf"[\[【]?{_NAV}[\]】]?"), 1, "nav"),            # [上一版] [下一版] PDF下载, 登录 | 注册
    (PAPER_NAME, 1, "paper"),      # a paper named …报 alone (西双版纳报, 恭城报)
    (re.compile(r"\d{1,2}"), 1, "label"),
    (re.compile(r"(?:星期|周|礼拜)[一二三四五六日天]|农历\S{2,12}"), 1, "day"),
    (re.compile(r"(?:今日|本期|共)\s*[0-9一二三四五六七八九十]+\s*版|(?:总)?第\s*\d+\s*期"), 1, "issue"),
    (re.compile(rf"[{HAN}]{{2,6}}(?:·[{HAN}]{{2,6}})?"), 0, "section"),
)
FURNITURE_MIN = 3
# A header prints one bare number (its page), two at most (8 要闻 2024 …).
FURNITURE_NUMBERS_MAX = 2
# A header of parts only may run longer than one that reads as a dated line (德州日报 DEZHOU
# RIBAO 2019年11月22日 星期五 第3版 三农).
FURNITURE_MAX = 64
_PART_SEP = re.compile(r"\s*(?:[|｜>＞/／]+|\s[·・](?=\s))\s*|\s+")      # (果州日报 · 第03版：三农)
_PART_BAR = re.compile(r"[|｜>＞/／]")


def _furniture(t: str, least: int = FURNITURE_MIN, parts_min: int = 2) -> tuple[str | None, str] | None:
    """A header of the page's parts in any order (2 要闻 张家口日报 2024年9月12日 星期四,
    今日平山 第1版 要闻, 绵阳日报数字报 > 第02版：综合): every part is one of them, at least
    two, and together they weigh :data:`FURNITURE_MIN`."""
    if parts_min > 1 and " " not in t and not _PART_BAR.search(t):
        return None     # (one part: the usual line of prose, read no further)
    parts = [x for x in _PART_SEP.split(t) if x]
    if len(parts) < parts_min:
        return None
    weight, label, date, sections, numbers = 0, None, "", 0, 0
    for part in parts:
        for pattern, w, kind in _PART_WEIGHTS:
            if pattern.fullmatch(part):
                break
        else:
            return None
        weight += w
        sections += kind == "section"
        numbers += part.isdigit()
        if kind == "label" and label is None:
            label = part
        elif kind == "date":
            date = part
    if numbers > FURNITURE_NUMBERS_MAX:
        return None     # 1　鱼峰区　9　6　2　1　17/8　20: a table's row of figures, no header
    return (label, date) if weight >= least and sections <= 2 else None


def _paper_part(text: str) -> str | None:
    """The paper's name among a running header's parts (佛山日报 in 佛山日报 2024年4月19日 星期五,
    海口日报 > 2023年08月16日 …, 绵阳日报数字报 > 第02版, 喀什日报（汉文版） …), if one of them
    is whole."""
    for part in _PART_SEP.split(" ".join(text.split())):
        part = _EDITION.sub("", part)
        if PAPER_NAME.match(part) or part.startswith("今日") and _TODAY_PAPER.match(part) \
                or part.endswith(("周刊", "时讯", "侨刊", "侨讯", "侨声", "乡讯", "商讯", "晨讯", "晨刊", "晚刊")) \
                and _TODAY_PAPER.match(part):
            return part     # (保靖融媒周刊, 庄河时讯: a paper's own name; 某某新闻 may be a section's)
    return None


# What a header prints after the paper's name of its edition or site: （汉文版）, 数字报.
_EDITION = re.compile(r"(?:[（(][^）)]{1,6}版[）)]|[（(][汉维哈蒙藏朝]文[）)]|数字报|电子版|数字版)$")
# The paper's name with the page's section, at the top (南国早报·体育 文旅, 三亚日报　旅游·城事).
_PAPER_AND_SECTION = re.compile(rf"^([{HAN}]{{2,10}}(?:日报|晚报|早报|都市报|时报|商报)|[{HAN}]{{2,8}}报(?=\s*·))(?:\s*·\s*|\s+)[{HAN}][{HAN}·\s]{{1,10}}$")   # (日照港湾报 · 岚山新闻)


def _dated_head(t: str) -> tuple[str | None, str] | None:
    d = _RUN_DATE.search(t) if "19" in t or "20" in t else None
    if d is None:
        # the month and day alone, between the paper's name and the page (恭城报 3月1日 第3版)
        d = _RUN_DAY.search(t)
        if d is None or not (_RUN_PAPER.search(t) and _RUN_LABEL.search((t[:d.start()] + " " + t[d.end():]).strip())):
            return None
    rest = t[:d.start()] + " " + t[d.end():]
    label = _RUN_LABEL.search(rest.strip())
    paper = _RUN_PAPER.search(rest)
    if label is None and paper is None:
        return None
    rest = rest.strip()
    if label is not None:
        rest = rest[:label.start()] + " " + rest[label.end():]
    if paper is not None:
        rest = rest.replace(paper.group(0), " ")
    if not _RUN_REST.match(rest):
        return None
    return (label.group(0).strip() if label else None), d.group(0)


# County papers named 今日 + the place (今日临泉, 今日桐乡) or X新闻: a paper's name only over the
# issue's date line, so the weather box's 今日天气 stays a headline.
_TODAY_PAPER = re.compile(rf"^(?:今日[{HAN}]{{2,4}}|[{HAN}]{{2,4}}今日|[{HAN}]{{2,4}}(?:新闻|时讯|资讯|侨刊|侨讯|侨声|乡讯|商讯|晨讯|周刊|晨刊|晚刊))$")   # … or named 新闻 (安吉新闻, 庄河时讯, 台山侨刊)


# More of a masthead: the paper's name in pinyin (LINTAO BAO) and who publishes it
# (中共某某县委主办　某某县融媒体中心出版).
_PINYIN_NAME = re.compile(r"^[A-Z]{2,}(?:['’][A-Z]+)?(?:\s+[A-Z]{2,}(?:['’][A-Z]+)?){0,4}$")   # (YAN'AN RIBAO)
# A special page's title with its page number, set as the running header (纪念遵义会议召开90周年特刊　06).
# What follows the paper's own name in a running footer: a separator and the page's section (·经济).
_OWN_PAPER_SECTION = re.compile(rf"(?:\s*[·・|｜]\s*|[\s\u3000]+)[{HAN}]{{2,6}}")
# A paper's name with the special edition of the day beside it (宁城时讯　两会特刊, 某某日报 · 国庆特刊).
_PAPER_EDITION = re.compile(rf"^([{HAN}]{{2,12}})(?:[\s\u3000]+|\s*[·・]\s*)[{HAN}0-9·]{{0,10}}(?:特刊|专刊|特辑|增刊)$")
# A special page's own name (理论周刊, 文化副刊, 医保专版, 庆祝…成立30周年特刊): printed alone
# under the masthead, or with the page's number as its running header.
_SPECIAL_NAME = rf"[{HAN}0-9·]{{2,24}}(?:特刊|专刊|专版|周刊|副刊)"
_SPECIAL_PAGE = re.compile(rf"^(?:{_SPECIAL_NAME}[\s\u3000]+\d{{1,2}}|\d{{1,2}}[\s\u3000]+{_SPECIAL_NAME})$")
_PAGE_OWN_NAME = re.compile(_SPECIAL_NAME)
# The issue's number and its page count (第1567期 今日四版, 总第8812期, 今日8版).
_ISSUE_NUMBER = re.compile(r"^(?:(?:总)?第\s*\d+\s*期)?\s*(?:(?:今日|本期|共)\s*[0-9一二三四五六七八九十]+\s*版)?$")
# The weekday or the lunar date on a line of its own under the date (星期四 / 农历乙巳年二月廿一).
_DATE_PART = re.compile(r"^(?:(?:星期|周|礼拜)[一二三四五六日天]|农历\S{2,14})$")
_PUBLISHER = re.compile(rf"^(?:[{HAN}（）()]{{2,24}}(?:主办|主管|出版|承办|编辑出版|机关报)\s*){{1,3}}"
                        r"(?:(?:总)?第\s*\d+\s*期\s*)?(?:(?:今日|本期|共)\s*[0-9一二三四五六七八九十]+\s*版)?$")   # …出版　今日8版
# ... or labelled so at the foot of the page (主办：中共临泉县委　出版：临泉县融媒体中心).
_PUBLISHER_LABELLED = re.compile(rf"^(?:(?:主办|主管|出版|承办|协办|编辑出版|出品|印刷)[：:][{HAN}（）()]{{2,24}}[\s\u3000]*){{1,4}}$")
# The paper's registration numbers (国内统一连续出版物号 CN37-0041, 邮发代号 23-58).
_SERIAL = re.compile(r"^(?:(?:国内统一连续出版物号|国内统一刊号|统一刊号|刊号|邮发代号|邮政编码)[：:\s]*"
                     r"(?:CN)?\s*[0-9A-Z]{1,4}\s*[-－—/]\s*[0-9A-Z]{1,6}(?:/[A-Z0-9]+)?\s*){1,3}$")


def _masthead_below(lines: list[Line], k: int, reach: int = 3) -> bool:
    """Whether the paper's name or its dated header follows within ``reach`` lines of line
    ``k`` (a page number and the section's name printed over them)."""
    below = [line.text.strip() for line in lines[k + 1:k + 1 + reach]]
    if k == 0 and below and re.fullmatch(rf"[{HAN}·]{{2,6}}", below[0]) and len(lines) > k + 2 \
            and lines[k + 2].blank_before:
        return True     # 3 / 要闻 / (blank): the page's number and section at the top, no paper named
    return any(PAPER_NAME.match(t) or running_head(t) or DATE_LINE.match(t) for t in below)


def _dated(text: str) -> bool:
    return bool(DATE_LINE.match(text) or PAGE_LABEL.match(text) or running_head(text))


def _masthead_follows(text: str) -> bool:
    """A line that only a masthead prints under the paper's name: the date or page label,
    the name in pinyin, the publishers."""
    text = _NAV_BUTTONS.sub("", text.replace("**", "")).strip()   # (**2022年8月17日** | [上一版](…): Markdown's marks and links)
    if (tail := _EDITORS_TAIL.search(text)) is not None:
        text = text[:tail.start()].rstrip(" \u3000|｜")       # (… | 第4版 港城经济 | 责任编辑：…)
    return _dated(text) or bool(PAPER_NAME.match(text) or _PINYIN_NAME.match(text) or _PUBLISHER.match(text) or _SERIAL.match(text))


EDITORS = re.compile(r"^(?:责任编辑|责编|本版责编|本版编辑|本版责任编辑|版面编辑|编辑|美术编辑|美编|校对|责任校对|本版校对|本版美编|本版审校"
                     r"|版式设计|组版|审读|审核|终审|初审|二审|三审|(?:本版|执行|值班)?主编|值班编辑|值班编委|(?:值班)?总编(?:辑)?|责任美编|排版)"
                     r"(?!同志|们|部|室)(?:\s*[:：]\s*\S|[\s\u3000]+[\u4e00-\u9fff](?:[ \u3000]?[\u4e00-\u9fff]){1,3}(?:[\s\u3000/／]|$)|\s*[/／]\s*\S)"
                     # (编辑同志：, a letter's salutation, is the letter's; 审核通过的…, a column's line, is prose)
                     r"|^(?:监制|出品人|审校|校审|统筹)[:：]\s*\S")   # an account's credits under its post (监制：X)


@dataclass
class Masthead:
    paper: str | None = None
    date_line: str | None = None
    page_label: str | None = None
    editors: list[str] = field(default_factory=list)


# A website dump's furniture: the breadcrumb (首页 > 数字报 > 赣州晚报 > …), the source line
# (来源：赣州晚报 2025-10-15 【字体：大 中 小】) and the buttons (【打印】【关闭】).
_BREADCRUMB = re.compile(r"^(?:首页|(?:您)?(?:当前|现在)(?:的)?(?:位置|所在位置)\s*[：:]?\s*首页)\s*[>＞›»]")
# An e-paper's navigation words, several in a row (上一版　下一版　本版PDF).
_NAV_RUN = rf"{_NAV}(?:[\s\u3000|｜]+{_NAV})*"
_WEB_CHROME = re.compile(r"^(?:(?:首页|(?:您)?(?:当前|现在)(?:的)?(?:位置|所在位置)\s*[：:]?\s*首页)\s*[>＞›»].*"
                         r"|今天是[：:]?\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日.{0,12}"               # 今天是：2024年11月20日 星期三: the site's clock
                         r"|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[\s\u3000]*星期[一二三四五六日天].{0,20}天气[：:].{0,40}"   # the site's date and weather
                         r"|(?:[\[【][\u4e00-\u9fff]{2,8}[\]】][\s\u3000]*){3,}$"                     # [首页] [要闻] [经济观察] …: a menu
                         r"|(?:您)?(?:当前|现在)(?:的)?(?:位置|所在位置)[：:].{0,40}(?:>>|>|»|›|＞).{0,40}"   # 您现在的位置：某某网 >> 经济 >> 正文
                         r"|(?:搜索|站内搜索|全文检索)[：:]?[\s\u3000]*请输入关键[词字].{0,12}"          # 搜索：请输入关键词 站内搜索
                         r"|(?:字号|字体)[：:][\s\u3000]*(?:[【\[]?[大中小][】\]]?[\s\u3000|｜]*){3}.{0,40}"   # 字号：大 | 中 | 小 打印本页 …
                         r"|网友评论[（(]共?\d+条?[)）].{0,40}"                                           # 网友评论（共0条） 请登录后发表评论
                         r"|本版共\d+篇(?:文章|稿件)?"                                                    # 本版共3篇文章
                         r"|[*_]*(?:本版|本期|本刊)?(?:图片|照片|摄影)(?:除署名外)?(?:均)?由[\u4e00-\u9fff]{2,20}(?:提供|拍摄)[*_]*"   # 本版图片除署名外由县融媒体中心提供: the page's picture credit, no picture's
                         r"|[\u4e00-\u9fff]{2,12}(?:专版|专刊|特刊)[\s\u3000]+(?:[\u4e00-\u9fff]{2,16}[\s\u3000]+){1,3}(?:联合)?(?:主办|协办|承办)"   # 医保惠民专版 某局 某报社 联合主办
                         r"|[〈<《«]\s*上一版.{0,24}下一版\s*[〉>》»].{0,40}"                             # 〈 上一版 | 第04版：… | 下一版 〉 …
                         r"|[·•]?\s*(?:[【\[][\u4e00-\u9fff]{2,4}[】\]])?[^。！？]{4,40}?[\s\u3000]{2,}(?:19|20)\d{2}-\d{2}-\d{2}"   # · 某某活动启动  2025-05-06: a linked title
                         rf"|(?:第\s*)?[A-Z]?\d{{1,3}}\s*版[：:]?[^<《«>》»]{{0,12}}(?:[\s\u3000]*[<《«]*\s*{_NAV_RUN}\s*[>》»]*)+"   # 第03版：医保专版 << 上一版 下一版 >>
                         r"|(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+)?"
                         r"来源[：:丨｜|]\s*\S{2,20}(?:\s+.{0,40})?"                     # 2024-06-12 来源：福州晚报 … (来源丨…)
                         r"|(?:[【\[](?:打印|关闭|打印本页|关闭窗口|打印此页|关闭本页|字体[：:]?[^】\]]{0,8}|字号[：:]?[^】\]]{0,8}|收藏|分享|返回顶部|纠错|推荐|评论"
                         rf"|复制链接|放大|缩小|默认|{_NAV})[】\]]\s*)+(?:{_NAV_RUN})?(?:[\s\u3000]*分享到[：:].{{0,40}})?"   # 【打印】【关闭】 返回目录 (分享到：…)
                         r"|[^，。！？,]{0,20}版权所有[^。！？]{0,40}|技术支持[：:][^。！？]{1,40}"
                         r"|(?:图片|配图)[：:][^。！？]{2,40}"                          # 图片：标题 (a picture's alt text)
                         r"|分享到[：:].{0,40}"                                          # 分享到：微信 微博
                         r"|(?:(?:微信|微博|QQ空间|QQ|朋友圈|复制链接|抖音|头条)[\s\u3000|｜]*){3,}"   # 微信　微博　QQ空间　复制链接: the share buttons alone
                         r"|扫一扫.{0,12}(?:阅读|分享|关注|下载)[^。，]{0,8}"                 # 扫一扫 在手机上阅读
                         r"|[【\[]\s*(?:责任编辑|编辑|作者|来源)[：:][^】\]]{1,20}[】\]]"      # 【责任编辑：曾琳】
                         r"|[\u4e00-\u9fff]{2,10}网\s*[-—–_｜|]{1,2}\s*[\u4e00-\u9fff]{2,16}(?:主办|出品)"   # 荣昌网 - 荣昌区融媒体中心主办, 某某网 —— …主办
                         r"|.{4,60}?(?:_|\s*[｜|]\s*|\s+-\s+)[\u4e00-\u9fff]{2,8}(?:网|客户端|融媒)"   # 标题_某某网: the browser's title bar
                         r"|[【\[]?(?:今日|本版|本期)(?:导读|标题|要目)[】\]]?[：:\s\u3000▶►]+.{4,160}"   # 今日导读：…, 【本版标题】 … | …: the page's titles on one line
                         r"|网友评论\s*[（(]\d+[)）].{0,12}|(?:我要评论|发表评论|查看评论).{0,30}"       # 网友评论（0） 我要评论
                         r"|未经(?:本网|本站|本报)?(?:授权|许可|书面授权|书面许可)[^。]{0,8}(?:转载|复制|摘编|使用)[^。]{0,30}"   # 未经授权禁止转载…
                         r"|[^。！？]{1,12}[：:][^\n]{2,120}?[\s\u3000](?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?"   # 网名：评论　2024-06-18 09:12: a reader's comment
                         r"|(?:登录|注册|搜索|退出)(?:[\s\u3000|｜]+(?:登录|注册|搜索|退出)){1,3}"          # 登录  注册  搜索: the site's buttons
                         r"|[\u4e00-\u9fff]{2,12}\s*[-—–_｜|]{1,2}\s*[\u4e00-\u9fff]{2,20}(?:门户|门户网站|官方网站|新闻网|网站|客户端)"   # 某某网 — 某地新闻门户, 某某报 - …官方网站
                         r"|(?:字号|字体)[：:][\s\u3000]*(?:[大中小默认][\s\u3000]*){2,4}(?:[【\[][^】\]]{1,6}[】\]][\s\u3000]*)*"   # 字号：大　中　小 (【打印】…)
                         r"(?:(?:打印本页|关闭窗口|打印|关闭|收藏|分享)[\s\u3000]*)*(?:分享到[：:].{0,40})?"       # (字号：大 中 小 打印本页, … 分享到：微信)
                         r"|(?:字号|字体)[：:][\s\u3000]*[【\[](?:[大中小默认][\s\u3000]*){2,4}[】\]]"          # 字号：【大 中 小】
                         r"|(?:搜索|站内搜索|全文检索|检索)"                                               # 搜索: the site's search button alone
                         r"|[【\[]上一篇[】\]].{0,60}[【\[]下一篇[】\]].{0,60}"                  # 【上一篇】… 【下一篇】…: links to the pieces either side
                         r"|地址[：:][^。！？]{2,40}[\s\u3000]+技术支持[：:].{1,40}"                 # the site's footer
                         r"|[\u4e00-\u9fff]{2,14}(?:融媒体中心|传媒集团|报社|新闻中心)\s*[|｜]\s*[\u4e00-\u9fff]{2,10}(?:报|网)"     # 某区融媒体中心 | 某某报: the site's name
                         r"|[^。！？]{0,30}(?:ICP备|ICP证|公网安备)[\s\u3000]*[\dXx×*\-－]+号.{0,40}"          # its registration numbers
                         r"|[^。！？|｜]{0,24}[|｜].{0,40}(?:关于我们|联系我们|广告服务).{0,30}"
                         r"|(?:(?:版面导航|版面|导航)[：:][\s\u3000]*)?(?:[A-Z]?\d{1,2}\s*[\u4e00-\u9fff·]{2,6}(?:[\s\u3000]*[|｜][\s\u3000]*|[\s\u3000]+)){2,}[A-Z]?\d{1,2}\s*[\u4e00-\u9fff·]{2,6}"   # (版面导航：)01 要闻　02 要闻　03 商贸: the edition's pages
                         r"|本(?:网站?|站)[^。]{0,60}版权所有.{0,60}|.{0,30}(?:Copyright|©|All Rights Reserved).{0,60}"   # the site's copyright notice
                         r"|(?:[\u4e00-\u9fff]{0,4}(?:热线|邮箱|网址|电话)[：:]\s*[0-9A-Za-z@._\-－]+[\s\u3000]*)*"
                         r"(?:新闻|报料|广告|发行|订报|读者)热线[：:]\s*[0-9\-－]+[Xx×*]*(?:[\s\u3000]+[\u4e00-\u9fff]{0,4}(?:热线|邮箱|网址|电话)[：:]\s*[0-9A-Za-z@._\-－]+)*"   # the paper's hotlines
                         r"|(?:上一篇|下一篇|上一版|下一版|上一期|下一期)[：:].{0,60}"                # 上一篇：(the title of the piece before)
                         r"|[【\[［]\s*(?:第?[A-Z]?\d{1,3}版\s*)?PDF(?:版)?下载\s*[】\]］]"           # [A04版 PDF下载]
                         r"|标题[：:].{2,80}"                                            # 标题：… (the site's title field over the title)
                         rf"|(?:[\u4e00-\u9fff]{{2,12}}[\s\u3000]+)?首页(?:\s*[|｜]\s*[^|｜\s]{{2,10}}){{2,8}}"    # (某某网　)首页 | 往期 | 检索: a site's menu
                         r"|(?:[\u4e00-\u9fff]{2,12}[\s\u3000]*[|｜]?[\s\u3000]*)?首页(?:[\s\u3000|｜]+[\u4e00-\u9fffA-Za-z]{2,4}){3,16}"   # 某某网 | 首页 时政 镇街 … | 登录 注册
                         r"|(?:阅读次数|阅读量|浏览次数|浏览量|点击数|点击量|阅读)[：:]\s*\d+\s*(?:次)?"          # 阅读次数：3862
                         r"|[\u4e00-\u9fff]{2,12}(?:出版|主办)[\s\u3000]+(?:新闻|报料|广告|发行|订报|读者)热线[：:]\s*[0-9\-－]+"   # 长沙晚报社出版 新闻热线：96333
                         r"|[\[【［〔(（]\s*(?:图片|图|视频|img|image)\s*[\]】］〕)）]"                    # [图片]: where a site's picture stood
                         r"|(?:放大\+?|缩小[-－]?|默认)(?:[\s\u3000]+(?:放大\+?|缩小[-－]?|默认)){1,2}"          # 放大+ 缩小- 默认: the text size buttons
                         r"|(?:发布日期|发布时间|更新时间)[：:]\s*[0-9年月日:：\-/.\s]{6,24}"       # 发布日期：2024-09-12 alone
                         r"|[—\-－_=─━~～]{8,}"                                          # ———————— (a rule between pieces)
                         r"|[^。，,]{0,6}刊登[^。]{0,16}(?:请联系|联系电话|热线)[：:]\s*[0-9\-－]{7,}"   # 刊登广告、遗失声明请联系：…: the paper's ad desk
                         rf"|[<《«]*\s*{_NAV_RUN}\s*[>》»]*"          # 上一篇 下一篇 返回目录, <<上一版 下一版>>
                         r"|.{2,60}[-—_｜|]\s*[\u4e00-\u9fff]{2,10}(?:数字报|电子报|数字版|电子版)"   # 标题-闽西日报数字报: the page's title bar
                         r"|搜索[：:]?[\s\u3000]*[\[【(（]?[\s\u3000_]*[\]】)）]?[\s\u3000]*搜索?"        # 搜索：[      ] 搜索: the search box
                         r"|(?:[^\w\s]{0,2}[\s\u3000]*(?:点赞|收藏|打印本页|打印|关闭窗口|关闭|分享|评论|举报)(?:[（(]\d+[)）])?[\s\u3000]*){2,6}"   # 👍 点赞(58) ☆ 收藏 🖨 打印本页 ✕ 关闭窗口
                         r"|(?:网站|版权|免责)声明[：:].{4,120}"                           # 网站声明：本网所刊登的…版权…
                         r"|[【\[](?:字体|字号)[：:].{0,100}"                                   # 【字体：[大](#)[中](#)[小](#)】2024-10-21来源：…
                         # a breadcrumb of links or names (浔阳观察网 > 县区频道 > 武宁 > 正文)
                         r"|(?:(?:\[[^\[\]]{1,16}\]\([^()\s]*\)|[^\s>＞›»\[\]]{1,12})[\s\u3000]*[>＞›»][\s\u3000]*){2,6}(?:正文|\[[^\[\]]{1,16}\]\([^()\s]*\))"
                         r"|\[上一篇[：:][^\]]{2,60}\]\([^()\s]*\)(?:[\s\u3000]*[|｜][\s\u3000]*\[下一篇[：:][^\]]{2,60}\]\([^()\s]*\))?)$")

# A WeChat post's furniture (its account line, 点击蓝字 关注我们, 阅读 3521 赞 86 在看 12, 写留言):
# the account line dates the post.
_WECHAT_CHROME = re.compile(r"^(?:原创[\s\u3000]+.{2,40}?(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日).{0,16}"
                            r"|.{2,40}?(?:19|20)\d{2}-\d{1,2}-\d{1,2}[\s\u3000]+\d{1,2}:\d{2}[\s\u3000]*发表于\S{1,8}"
                            r"|(?:点击|戳)(?:上方|下方)?(?:蓝字)?(?:“[^”]{1,12}”)?[\s\u3000]*(?:关注|了解).{0,12}"
                            r"|阅读[\s\u3000]*(?:[\d.]+万?\+?)(?:[\s\u3000]+(?:赞|点赞|在看|分享)[\s\u3000]*[\d.]+万?)*"
                            r"|写留言|(?:分享|收藏|点赞|在看|写留言)(?:[\s\u3000]+(?:分享|收藏|点赞|在看|写留言))+"
                            # the account's card (微信号：…, 功能介绍：…) and the reader's widgets at the foot
                            r"|微信号[：:]\s*\S{2,32}|功能介绍[：:].{2,80}|精选留言|留言|预览时标签不可点"
                            r"|微信扫一扫.{0,20}|(?:继续|向上)滑动看下一个|知道了|轻点两下取消(?:赞|在看)"
                            r"|作者回复[：:].{1,120}|[^：:\s]{1,16}[：:].{2,120}?[\s\u3000]+赞[\s\u3000]*\d+)$")
# The first line of an account's card, and how long an account's name runs.
_WECHAT_CARD = re.compile(r"^微信号[：:]")
WECHAT_NAME_MAX = 12
WECHAT_TITLE_MAX = 64
# The header lines of an e-paper system's export (报名：… 刊期：…, 版次：… 版名：…, 导出时间：…).
_EXPORT_HEADER = re.compile(r"^(?:报名[：:]\s*(\S{2,12})[\s\u3000]+刊期[：:].*|版次[：:].{1,12}[\s\u3000]+版名[：:].*"
                            r"|导出时间[：:].*|[【\[]导出结束[】\]].*)$")
# The day a website's meta or source line gives its article (2023-06-09, 2023年6月9日).
_META_DATE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|年\d{1,2}月\d{1,2}日)(?!\d)")
# The site's address line (地址：… 联系电话：…), furniture only under its copyright line.
_FOOTER_ADDRESS = re.compile(r"^地址[：:][^。！？]{4,60}(?:邮编|邮政编码|联系电话|电话|热线)[：:]")
# The paper's imprint at the foot of a page: who publishes it (某某报社出版, 主办：中共某某县委),
# with its address and telephones after it; read in the page's last lines only.
IMPRINT_LINES = 3
_IMPRINT_FIELDS = re.compile(r"[\s\u3000]+(?:地址|社址|邮编|邮政编码|(?:联系|广告|发行|新闻)?(?:电话|热线)|传真|印刷)[：:][^\s\u3000]+")


# Lines a page or a site prints about itself, wherever they stand: a note on its pictures
# (本版图片除署名外均由…提供), its widgets (扫一扫在手机上打开, 往期推荐, 24小时热点), an
# export's count (共导出稿件5篇), markup the extractor left (<p align="right">…</p>).
_SELF_NOTE = re.compile(r"^[（(]?(?:本版|本期|本刊)?(?:图片|照片)(?:除署名外)?均由.{2,24}(?:提供|拍摄|摄)[^。]{0,16}[）)]?$"
                        r"|^(?:扫一扫|扫码)[^。，]{0,16}$|^(?:往期推荐|往期回顾|热点推荐|相关新闻|相关阅读|推荐阅读|热门推荐|\d{1,2}小时热点|搜索)$"
                        r"|^[（(]?共导出稿件\s*\d+\s*篇[）)]?$|^<[a-zA-Z][^>]*>.*</[a-zA-Z]+>$"
                        r"|^[（(]?本(?:版|刊|栏)[^。，]{0,6}仅代表作者(?:个人)?(?:观点|看法)[。）)]*"   # 本版言论仅代表作者个人观点
                        r"(?:[\s\u3000]+(?:(?:责任)?(?:编辑|校对|责编|美编)[：:][^\s\u3000]{1,4}(?:[ \u3000][^\s\u3000]{1,2})?[\s\u3000]*)+)?$"
                        r"|^违法和不良信息举报(?:电话|中心)?[：:][^，。]{0,30}$|^[^，。]{0,20}版权所有[^，。]{0,40}$"
                        r"|^本(?:网|报|站|刊)[^。]{0,40}未经(?:协议)?授权[^。]{0,30}$"
                        r"|^(?:网站地图|关于我们|联系我们|广告服务|版权声明)(?:\s*[|｜]\s*(?:网站地图|关于我们|联系我们|广告服务|版权声明|法律声明|诚聘英才))+$")
# The imprint's fields, labelled (地址：…, 新闻热线：…, 投稿邮箱：…, 零售每份1元).
_IMPRINT_FIELD = re.compile(r"(?:(?:本报|报社|社|本版)?(?:地址|社址)|邮编|邮政编码|(?:联系|广告|发行|新闻|订报|服务|本报[\u4e00-\u9fff]{0,4})?(?:电话|热线)|微信公众号"
                            r"|传真|印刷|(?:投稿|本版|电子)?邮箱|本版投稿|E-?mail|技术支持)[：:]\s*[^\s\u3000：:]+|零售(?:价)?[：:]?每?份?[0-9.]+元"
                            r"|(?:本版|本期)?(?:责任)?(?:编辑|美编|校对|责编|审核|终审|统筹)[：:]\s*[\u4e00-\u9fff]"
                            r"(?:[\u4e00-\u9fff]{1,3}|[ \u3000][\u4e00-\u9fff](?![\u4e00-\u9fff]))")   # (郭 亮: a name padded out)


def page_furniture(text: str) -> bool:
    """Whether a line on its own, no piece's, is the page's or the site's furniture: a note
    about itself (:data:`_SELF_NOTE`), its running header, the paper's name (in pinyin too),
    or its imprint — fields of address, telephone and mail, with at most a publisher's or a
    department's name beside them (延陵晚报法治新闻部 新闻热线：… 投稿邮箱：…)."""
    return _furniture_fields(text) is not None


def page_foot(text: str) -> bool:
    """A line of :func:`page_furniture` that says so beyond one labelled field (邮政编码：441000
    alone may close a service box of the paper's own)."""
    fields = _furniture_fields(text)
    return fields is not None and (len(fields) != 1 or _OWN_FIELD.match(fields[0]) is not None)


def _furniture_fields(text: str) -> list[str] | None:
    """The imprint fields of a line of furniture (none for a note, a header, the name), or
    ``None`` when the line is no furniture."""
    t = " ".join(text.split()).strip("（）() ")
    if not t or _SELF_NOTE.match(t) or running_head(t) is not None or _paper_alone(t) or _SERIAL.match(t) \
            or re.fullmatch(rf"{_NAV_RUN}(?:\s*分享到[：:].*)?", t):
        return []
    t = re.sub(r"(?<=报社)(?=地址)", " ", t)     # 刺桐晚报社地址：…: the publisher, then its address
    fields = _IMPRINT_FIELD.findall(t)
    # (a telephone alone is a notice's or a box's, not the imprint)
    if not any(not re.match(r"(?:联系|服务)?(?:电话|热线)|(?:本版|本期)?(?:责任)?(?:编辑|美编|校对|责编|审核|终审|统筹)", f)
               for f in fields):
        return None
    rest = [x for x in re.split(r"[\s\u3000·|｜]+", _IMPRINT_FIELD.sub(" ", t)) if x]
    if all(_PUBLISHER.match(x) or _PUBLISHER_LABELLED.match(x) or PAPER_NAME.match(x) or EDITORS.match(x)
           or re.fullmatch(rf"[{HAN}]{{2,16}}(?:报社|报|部|中心|编辑部|出品|主办)|第\s*[A-Z]?\d{{1,2}}\s*版|本版", x)
           or re.fullmatch(rf"[{HAN}]{{2,8}}(?:周刊|专刊|副刊|特刊)", x)     # 理论周刊: the page's own name
           or _OWN_FIELD.search(t) and re.fullmatch(rf"[{HAN}]{{2,4}}", x) and f"{x}热线" in t   # 健康热线: the page's line
           or _OWN_FIELD.search(t) and re.fullmatch(rf"[{HAN}0-9]{{2,24}}(?:路|街|大道|大街|巷|号|楼)", x)   # its address, unlabelled
           for x in rest):
        return fields
    return None


# Fields only the paper prints of itself: its price, its page's mail, its advertising,
# subscription and news lines.
_OWN_FIELD = re.compile(r"零售|(?:本版|投稿)邮箱|本版投稿|(?:广告|订报|发行|新闻)热线|本报[\u4e00-\u9fff]{0,4}热线|微信公众号|技术支持")


def _imprint(text: str) -> bool:
    """A publisher line (某某报社出版, 主办：… 出版：…), its address and telephones aside."""
    core = _IMPRINT_FIELDS.sub("", " " + text).strip()
    return bool(core) and (_PUBLISHER.match(core) is not None or _PUBLISHER_LABELLED.match(core) is not None)


# A website's label before the page it shows (当前版：A06 人物·匠心, 当前版面：第3版).
_CURRENT_PAGE = re.compile(r"^(?:当前版(?:面)?|本版|版面)[：:]\s*(?=[第A-Z0-9])")
# A page's or a section's short name (要闻, 湄潭新闻, 特别报道).
_SHORT_NAME = re.compile(rf"[{HAN}·]{{2,6}}")
# A website's line about its article: two or more of its fields (来源：丹东日报　作者：记者 王五
# 发布时间：2024-07-10 07:58　浏览次数：1326), buttons after them (【字体：大 中 小】); read only
# on lines this short.
META_LINE_MAX = 200
_META_FIELD = r"(?:来源|作者|发布时间|发布日期|日期|时间|浏览次数|点击数|阅读量|责任编辑|编辑)[：:]"
_WEB_META = re.compile(rf"^(?=(?:.*?{_META_FIELD}){{2}})[\s\u3000]*"
                       rf"(?:(?:19|20)\d{{2}}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?[\s\u3000]+)?"   # (2025-08-07 08:41 来源：…)
                       rf"{_META_FIELD}.*$")
_META_AUTHOR = re.compile(rf"作者[：:]\s*(.+?)(?=[\s\u3000]*(?:{_META_FIELD}|(?:字号|字体)[：:]|[【\[|｜]|$))")
_ROLED = re.compile(r"^(?:本报|特约|首席|见习|实习)?(?:记者|通讯员|评论员)|^本报评论员$")

# The page's table of contents (本版导读): its label, then titles printed again below.
_CONTENTS_LABEL = re.compile(rf"^(?:本版)?(?:导读|提要|要目|新闻列表|标题列表|标题导航|文章列表)[：:]?$|^(?:本版|今日)(?:新闻|文章|目录|导航|标题|要目)[：:]?$"
                             r"|^(?:相关阅读|相关新闻|推荐阅读|相关文章|相关推荐|热点排行|热门排行|点击排行|热点新闻|热门新闻|热门推荐|猜你喜欢|最新新闻|最新文章"
                             r"|往期推荐|往期回顾|往期精彩|历史文章|更多阅读)[：:]?$"   # a web page's or an account's links to other pieces (· …, ▶ …)
                             rf"|^{_NAV_RUN}$")   # or an e-paper's navigation
CONTENTS_MIN = 2
# How many lines below a contents list its entries are looked for, run together.
CONTENTS_REACH = 400
# A list entry that names the page its piece is on (宜城：“小龙虾+”链出富民大产业 2版, …（3版）):
# a front page's 导读 to the pages inside, its titles printed nowhere on this page.
_POINTS_TO_PAGE = re.compile(r"\S\s*[（(]?(?:第\s*)?[A-Z]?\d{1,2}\s*版[）)]?$")
# The mark an e-paper sets before each title of its list (◇ 庐山现雾凇美景, · 资讯速递).
_LIST_MARK = re.compile(r"^(?:[◇◆·•●○◎▪▶►]|\d{1,2}[.．、](?!\d)|\d{1,2}[ \u3000](?=\S))\s*")   # (or its number: 1. 非法采砂…)


def _contents(lines: list[Line]) -> set[int]:
    """Indexes of a 本版导读 list: the label and the lines after it that the page prints
    again further down (each title over its piece), up to the first that it does not —
    or, in a list that marks its titles (◇ …), up to the first line it does not mark."""
    marked = [bool(_LIST_MARK.match(line.text.strip())) for line in lines]
    texts = [_LIST_MARK.sub("", line.text.strip()) for line in lines]
    out: set[int] = set()
    for k, text in enumerate(texts):
        if not _CONTENTS_LABEL.match(text) and not _CONTENTS_LABEL.match(text.strip("【】[]")):
            continue    # (【热点新闻】: the label in its brackets)
        j = k + 1
        while j < len(texts) and (PAGE_LABEL.match(texts[j]) or _PAGE_ONLY.match(texts[j])):
            j += 1      # 004版：图片·资讯: the page's label between the navigation and its list
        first = j
        below = "".join("".join(t.split()) for t in texts[first:k + 1 + CONTENTS_REACH])
        read = 0        # how much of ``below`` the list's entries so far take up
        while j < len(texts) and texts[j] != text \
                and (texts[j] in texts[j + 1:] or marked[j] and first < len(texts) and marked[first]
                     or _POINTS_TO_PAGE.search(texts[j])
                     # (a kicker and its title on one line, printed over two below)
                     or "".join(texts[j].split()) in below[read + len("".join(texts[j].split())):]) \
                and texts[j] not in texts[k + 1:j]:
            read += len("".join(texts[j].split()))
            j += 1      # (a title the list named already is the piece's own, printed again)
        if j >= k + 1 + CONTENTS_MIN:      # a list, not a piece titled 导读 printed twice
            out.update(range(k, j))
    if not out:
        out.update(_unlabelled_contents(lines, texts))
    return out


# An unlabelled list of the page's titles under the masthead has at least this many.
UNLABELLED_CONTENTS_MIN = 2


def _unlabelled_contents(lines: list[Line], texts: list[str]) -> range:
    """A list of the page's titles set apart near the top with no label (each printed again
    over its piece below, set off by blank lines above and below): its indexes."""
    for s in range(min(len(texts), MASTHEAD_MAX_LINES + 1)):
        if s and not lines[s].blank_before:
            continue
        j = s
        while j < len(texts) and len(texts[j]) <= RUNNING_HEAD_MAX and texts[j] in texts[j + 1:] \
                and texts[j] not in texts[s:j] and not re.search(r"[，。；：、,;:]$|。", texts[j]):
            j += 1
        later = [texts.index(texts[i], i + 1) for i in range(s, j)]
        if any(b == a + 1 for a, b in zip(later, later[1:])):
            continue    # 首趟…冷链专列 / 发往老挝万象 … printed again line after line: one title, not a list
        if j - s >= UNLABELLED_CONTENTS_MIN and j < len(lines) and lines[j].blank_before:
            return range(s, j)
    return range(0)


# The editors named at the end of a running header (2025年1月9日 要闻 A02　编辑：吴婷　校对：李文).
_EDITORS_TAIL = re.compile(r"[\s\u3000]+(?=(?:责任编辑|本版编辑|责编|编辑|美术编辑|美编|视觉设计|视觉编辑|版式|校对|组版)"
                           rf"(?:\s*[:：/／]|[\s\u3000]+[{HAN}](?:[ \u3000]?[{HAN}]){{1,3}}(?:[\s\u3000]|$)))")   # 编辑：X, 编辑 X, 责编 刘 洋, 本版编辑/X
# A page number printed alone under the masthead (7).
_BARE_PAGE = re.compile(r"\d{1,2}")
PAGE_NAME_MAX = 4     # a page's name (理论, 要闻, 文化副刊); a title set off alike is longer
_NAV_BUTTONS = re.compile(rf"(?:[\s\u3000|｜]*[【\[［]{_NAV}[】\]］](?:\([^()\s]*\))?)+[\s\u3000|｜]*$"
                          rf"|(?:(?:[\s\u3000]*[|｜]|[\s\u3000]{{2,}})[\s\u3000]*{_NAV_RUN})+[\s\u3000|｜]*$"   # … | PDF下载 | 上一版 下一版 | 往期回顾, …　　登录 | 注册   # (… [上一版](#): as Markdown links)
                          rf"|(?:^|[\s\u3000]+)[<《«＜◀◁]+[\s\u3000]*{_NAV_RUN}[\s\u3000]*[>》»＞▶▷]+$")   # … < 上一版　下一版 >, ◀ 上一版 下一版 ▶
_FRAMED_LABEL = re.compile(r"^[<《«＜][\s\u3000]*上一版[\s\u3000]+(\S.*?)[\s\u3000]+下一版[\s\u3000]*[>》»＞]$")
_SITE_TITLE = re.compile(r"^(.{2,12}?)[\s\u3000]*(?:数字报刊平台|数字报刊|数字报|电子报|电子版|数字版)(?:\s*[-—_｜|]\s*\S.{0,20}|[\s\u3000]+(?:稿件导出|稿件|导出|采编系统))?$")


# The paper's name and the day, set apart by a bar (今日沙雅丨2023年11月3日).
_TITLED_DATE = re.compile(r"^(\S{2,12}?)[\s\u3000]*[丨｜|][\s\u3000]*((?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)$")
# A bracketed field inside a line, its brackets taken off to read it (【责任编辑：X】 审核：Y).
_UNBRACKETED = re.compile(r"[（(【\[]([^）)】\]]*)[）)】\]]")
# A website's name on its own line (呼伦贝尔新闻网, 某某在线).
_SITE_NAME = re.compile(rf"[{HAN}]{{2,10}}(?:新闻网|网|在线)")


# A running footer's date names the weekday (2023年6月14日 星期三); a signing date does not.
_FOOTER_DATE = re.compile(r"^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]$")


def _paper_alone(text: str) -> bool:
    """The paper's name, with its name in capitals or not (HUIZHOU DAILY　惠州日报)."""
    parts = [x for x in text.split() if not re.fullmatch(r"[A-Z'’]+", x)]
    return len(parts) == 1 and PAPER_NAME.match(parts[0]) is not None


# One labelled field of a page's service line (本版热线：0591-…, 投稿邮箱：…, 美编：卢晓东).
_LABELLED_FIELD = re.compile(rf"^[{HAN}]{{2,6}}[：:]\S.{{0,24}}$")
_FIELD_SEP = re.compile(r"\u3000+|\s{2,}")
_SITE_META_FIELD = re.compile(r"(?:来源|作者|发布时间|发布日期|稿源)[：:]")


def _labelled_with_editors(text: str) -> bool:
    """A line of labelled fields, the editors' among them (本版热线：0591-87653210　责任编辑：
    X　美编：Y): the page's furniture, as the editors' line alone is."""
    parts = [x for x in _FIELD_SEP.split(text.strip()) if x]
    return len(parts) >= 2 and any(EDITORS.match(x) for x in parts) \
        and all(_LABELLED_FIELD.match(x) or EDITORS.match(x) for x in parts) \
        and not any(_SITE_META_FIELD.match(x) for x in parts)    # (来源：… 作者：… 编辑：…: the article's credits)


def _furniture_line(text: str) -> bool:
    """Whether a line is one of a running header's or footer's: an editors' line, a date
    line or a page label."""
    return bool(EDITORS.match(text) or DATE_LINE.match(text) or _PAGE_ONLY.match(text))


# The longest line read as a headline's between a website's meta line and its text.
HEADLINE_LINE_MAX = 40


def _credited_below(lines: list[Line], k: int, reach: int = 6) -> bool:
    """Whether the piece below a website's line about it credits its writers itself: a
    byline or a dispatch with its credit (本台讯（记者 王五）…) within ``reach`` lines —
    past the site's buttons and the title printed again with its ——subtitle."""
    from .reflow import anchor_kind

    for line in lines[k + 1:k + 1 + reach]:
        text = line.text.strip()
        if _WEB_CHROME.match(text) or _NAV_BUTTONS.sub("", text) == "":
            continue
        kind = anchor_kind(line)
        if kind is None and len(text) <= HEADLINE_LINE_MAX and not re.search(r"[。！？；]$", text):
            continue        # a headline line between the meta line and the text
        return kind == "byline" or kind == "dispatch" and re.search(r"(?:本报|[（(\s])(?:记者|通讯员)", text[:20]) is not None
    return False


def _dated_by(head: Masthead, text: str) -> None:
    """A website's or an export's line that gives its article's day dates the page, when
    nothing has dated it yet."""
    if head.date_line is None and (day := _META_DATE.search(text)):
        head.date_line = day.group()


_SOURCE = re.compile(rf"来源[：:][\s\u3000]*([{HAN}]{{2,12}})")


def _sourced_by(head: Masthead, text: str) -> None:
    """A site's 来源：某某日报 names the paper the article is from, where nothing else has."""
    if head.paper is None and (m := _SOURCE.search(text)) is not None and PAPER_NAME.match(m.group(1)):
        head.paper = m.group(1)


# A Markdown link inside a line ([往期回顾](#)): its words are what prints.
_MD_INLINE_LINK = re.compile(r"\[([^\[\]]{1,40})\]\([^()\s]*\)")
# A zero-padded number and a few words (01 出行更顺畅): a page's number and name (07 新闻·社会),
# or, when the page prints a run of them, a piece's numbered subheads.
_ZERO_PADDED = re.compile(rf"^(0[1-9])\s+[{HAN}]{{2,8}}$")


def _numbered_points(lines: list[Line]) -> set[int]:
    """The lines of a run of two or more zero-padded numbered subheads, each number new."""
    found = [(k, m.group(1)) for k, line in enumerate(lines) if (m := _ZERO_PADDED.match(line.text.strip()))]
    numbers = [n for _, n in found]
    if len(found) >= 2 and len(set(numbers)) == len(numbers) and numbers == sorted(numbers):
        return {k for k, _ in found}
    return set()


def read_masthead(lines: list[Line]) -> tuple[Masthead, list[Line]]:
    """Split off masthead/header lines at the top, editors' lines and a 本版导读 list
    anywhere."""
    head = Masthead()
    keep: list[Line] = []
    top = True
    contents = _contents(lines)
    points = _numbered_points(lines)
    titled_post = False     # an account's post opened (原创 …): its next line is the post's title
    for k, line in enumerate(lines):
        if "](" in line.text:
            # [越州晚报数字报](http://…) | 2021年03月16日 | [往期回顾](#): a converter's links print
            # their words; the line is read as printed
            line = replace(line, text=_MD_INLINE_LINK.sub(r"\1", line.text))
        if k in points and k not in contents:
            keep.append(line)   # 01 出行更顺畅 … 02 就医更便捷: a piece's numbered subheads, no page's label
            top = False
            continue
        text = line.text.strip().replace("**", "")    # **成都晚报** 2024年…: Markdown's bold marks print nothing
        if text.startswith(("当前版", "本版：", "版面：")):
            text = _CURRENT_PAGE.sub("", text)          # 当前版：A06 人物·匠心: a site's label of the page shown
        if text.endswith(("】", "]", "］", ">", "》", "»", "＞", ")", "▶", "▷", "上一版", "下一版", "往期回顾", "PDF下载")) \
                or "|" in text or "｜" in text:
            text = _NAV_BUTTONS.sub("", text)          # 第A02版：要闻 【返回目录】【上一版】: the site's buttons
            if (framed := _FRAMED_LABEL.match(text)) is not None:
                text = framed.group(1)                  # < 上一版　第01版：要闻　下一版 >: the page's label between its buttons
            if not text:
                continue                                # [上一版] [下一版] [PDF版]: nothing but buttons
        if top and head.paper is None and (site := _SITE_TITLE.match(text)) \
                and (PAPER_NAME.match(site.group(1)) or _MEDIA_NAME.match(site.group(1))):
            head.paper = site.group(1)                 # 九江日报数字报刊平台: the site is the paper's
            continue
        if k in contents:
            continue
        if top and k < MASTHEAD_MAX_LINES and not keep and _SITE_NAME.fullmatch(text) and k + 1 < len(lines) \
                and _WEB_CHROME.match(lines[k + 1].text.strip()):
            continue        # 呼伦贝尔新闻网 / 首页 | 时政 | …: the site's name over its menu
        # (a converter's heading is a headline — but for the paper's name over its date line)
        named_heading = k == 0 and line.heading and (PAPER_NAME.match(text) is not None
                                                     or _PAPER_AND_SECTION.match(text) is not None
                                                     or _TODAY_PAPER.match(text) is not None) \
            and k + 1 < len(lines) and _masthead_follows(lines[k + 1].text.strip())
        if top and k < MASTHEAD_MAX_LINES and head.paper is not None and text != head.paper \
                and _PAGE_OWN_NAME.fullmatch(text) and not PAGE_LABEL.match(text):
            continue        # 庐陵新报 | … 第6版 / # 理论周刊: the special page's own name under the masthead
                            # (第4版·文旅专版 is the page's label, read as one below)
        if top and k < MASTHEAD_MAX_LINES and (not line.heading or named_heading):
            if head.paper is not None and text == head.paper:
                continue        # 福州晚报数字报-A05版 / 福州晚报: the site's title, then the paper's
            if head.paper is not None and not PAPER_NAME.match(head.paper) and PAPER_NAME.match(text) \
                    and head.page_label is not None:
                # 3 / 城乡新闻 / 大同日报: what read as a county paper's name (X新闻) is the
                # section the page number names, the paper's own name below it
                head.page_label += " " + head.paper
                head.paper = text
                continue
            if head.paper is None and (titled := _TITLED_DATE.match(text)) \
                    and (PAPER_NAME.match(titled.group(1)) or _TODAY_PAPER.match(titled.group(1))):
                head.paper = titled.group(1)    # 今日沙雅丨2023年11月3日: a post's title, the account and the day
                if head.date_line is None:
                    head.date_line = titled.group(2)
                continue
            if head.paper is None and (edition := _PAPER_EDITION.match(text)) \
                    and (PAPER_NAME.match(edition.group(1)) or _TODAY_PAPER.match(edition.group(1))):
                head.paper = edition.group(1)   # 宁城时讯　两会特刊: the paper's name and its special edition's
                continue
            if head.paper is None and (named := _PAPER_AND_SECTION.match(text)):
                head.paper = named.group(1)     # 闽西日报·综合新闻: the paper's name with its page's section
                continue
            if head.paper is None and (PAPER_NAME.match(text) or _TODAY_PAPER.match(text) and (
                    k + 1 < len(lines) and _masthead_follows(lines[k + 1].text.strip())
                    or head.date_line is not None or head.page_label is not None)):
                head.paper = text
                continue
            if head.date_line is None and DATE_LINE.match(text):
                head.date_line = text
                continue
            if head.page_label is None and (PAGE_LABEL.match(text) or _TOP_PAGE_LABEL.match(text)
                                            or _BARE_PAGE.fullmatch(text) and (head.paper or head.date_line
                                                                               or _masthead_below(lines, k))):
                head.page_label = text      # (a bare number under the masthead, 7, or over it: 3 / 要闻 / 河北日报…)
                continue
            if head.page_label is None and (head.paper or head.date_line) and _SHORT_NAME.fullmatch(text) \
                    and k + 1 < len(lines) and _BARE_PAGE.fullmatch(lines[k + 1].text.strip()):
                head.page_label = text          # 泉州晚报 / 2023年9月26日 / 文化 / 13: the page's name over its number
                continue
            if head.page_label is not None and _SHORT_NAME.fullmatch(text) and k > 0 \
                    and lines[k - 1].text.strip() == head.page_label \
                    and (_BARE_PAGE.fullmatch(head.page_label) or k + 1 < len(lines)
                         and (_masthead_follows(lines[k + 1].text.strip())
                              or lines[k + 1].blank_before and len(text) <= PAGE_NAME_MAX)):
                # (第7版 / 理论 / (blank) / 理论视点 …: a short name set off under the number is the page's)
                head.page_label += " " + text   # 7 / 湄潭新闻, 第3版 / 访谈 / 通化日报: the page's number, then its name
                continue
            if head.page_label is not None and _BARE_PAGE.fullmatch(text) and k > 0 \
                    and lines[k - 1].text.strip() == head.page_label:
                head.page_label += " " + text   # 文化 / 13: the page's name, then its number
                continue
            if _PINYIN_NAME.match(text) or _PUBLISHER.match(text) or _SERIAL.match(text) \
                    or head.date_line is not None and _DATE_PART.match(text) \
                    or text and _ISSUE_NUMBER.match(text):
                continue
        top = top and not keep
        tail = _EDITORS_TAIL.search(text) if "编" in text or "校" in text or "设计" in text or "版式" in text else None
        if tail and not line.heading and (running_head(text[:tail.start()]) is not None
                                          or _SPECIAL_PAGE.match(text[:tail.start()].strip())
                                          or _paper_alone(text[:tail.start()])
                                          or _PUBLISHER_LABELLED.match(text[:tail.start()].strip())
                                          or _furniture(" ".join(text[:tail.start()].split()), 0, 1) is not None):
            # (before the editors, any of the header's parts will do: 万州 / 2025年8月14日 要闻)
            head.editors.append(text[tail.start():].strip())   # …要闻 A02　编辑：吴婷 校对：李文
            text = text[:tail.start()].strip()
            if running_head(text) is None:
                continue        # the header's parts that do not date the page: nothing more to read
        if head.paper and not top and len(text) > len(head.paper) and text.startswith(head.paper) \
                and _OWN_PAPER_SECTION.fullmatch(text[len(head.paper):]):
            continue        # 皖西晨刊·经济 at the page's foot: the paper's own name and the page's section
        run = running_head(text)
        if line.heading and not (run and run[0] and run[1]):
            run = None      # a converter's heading is furniture only with the page and the date in it
        if run is None and (_PAGE_ONLY.match(text) or _PAPER_PAGE.match(text) or _SPECIAL_PAGE.match(text)):
            run = (text, None)          # 第6版：时政 printed where a column broke
        if run is None and DATE_LINE.match(text) and not line.heading and (
                k > 0 and _PAGE_ONLY.match(lines[k - 1].text.strip())
                or k + 1 < len(lines) and _PAGE_ONLY.match(lines[k + 1].text.strip())):
            run = (None, text)          # 第5版 / 2024年8月8日: a running header set on two lines
        if run is None and _SHORT_NAME.fullmatch(text) and not line.heading and 0 < k < len(lines) - 1 \
                and _PAGE_ONLY.match(lines[k - 1].text.strip()) and _furniture_line(lines[k + 1].text.strip()):
            continue        # A3 / 特别报道 / 责任编辑…: the page's name in a header set where a column broke
        if PAPER_NAME.match(text) and not line.heading and (
                k + 1 < len(lines) and (_PAGE_ONLY.match(lines[k + 1].text.strip())
                                        or _FOOTER_DATE.match(lines[k + 1].text.strip()) and not text.endswith("社"))
                or k > 0 and _PAGE_ONLY.match(lines[k - 1].text.strip())):
            head.paper = head.paper or text
            continue        # …“送岗进社区” / 凉山日报 / 第2版 综合: the paper's name in a footer on two lines
        if _BARE_PAGE.fullmatch(text) and k > 0 and not top and _furniture_line(lines[k - 1].text.strip()):
            continue        # 吕梁日报 / 2023年6月14日 星期三 / 3 / 综合新闻: the page's number in the footer
        if run is not None:
            head.page_label = head.page_label or run[0]
            head.date_line = head.date_line or run[1] or None    # (a header of no date leaves it unread)
            head.paper = head.paper or _paper_part(text)   # 佛山日报　2024年4月19日　星期五: the header names the paper
            continue
        if head.paper is None and k < MASTHEAD_MAX_LINES and PAPER_NAME.match(text) and not line.heading:
            head.paper = text   # 2版 政务 / 2024年6月14日 星期五 / 浏阳日报: the name under the page's header
            continue
        if (EDITORS.match(text) or text[:1] in "（(【[" and EDITORS.match(_UNBRACKETED.sub(r"\1 ", text).strip())
                or _labelled_with_editors(text)) \
                and len(text) <= 40:    # (（责任编辑：娜仁）, 【责任编辑：郑嘉慧】 审核：林 斌)
            head.editors.append(text)
            continue
        meta = _WEB_META.match(text) if len(text) <= META_LINE_MAX and ("：" in text or ":" in text) else None
        if (export := _EXPORT_HEADER.match(text)) is not None:
            # 报名：阿蓬江报　刊期：2020年07月09日 / 版次：第02版　版名：… / 导出时间：…: a system
            # export's header names the paper and dates the page
            if head.paper is None and export.group(1) and PAPER_NAME.match(export.group(1)):
                head.paper = export.group(1)
            _dated_by(head, text)
            continue
        if meta:
            _dated_by(head, text)   # 2023-06-09 07:45 来源：…: the site dates its article
            _sourced_by(head, text)
            # 来源：… 作者：… 发布时间：…: a website's line about its article; its writers
            # are the piece's credit (作者：记者 王五 → 记者 王五; 作者：张三 → 文/张三)
            writers = _META_AUTHOR.search(text)
            if writers and not _credited_below(lines, k) and not is_unit_name(writers.group(1).strip()) \
                    and not _ROLE_ONLY.fullmatch(writers.group(1).strip()):
                # (作者：区教育体育局: a body that issued a notice signs it below; 作者：本报记者 names
                # no one; neither is a writer's credit)
                who = writers.group(1).strip()
                byline = who if _ROLED.match(who) or re.match(r"(?:文|图|文\s*[/／]\s*图|图\s*[/／]\s*文)\s*[/／]?", who) \
                    or re.search(r"记者|通讯员", who) else f"文/{who}"   # (作者：文/图 本报记者 孙璐, 全媒体记者 X: as printed)
                keep.append(replace(line, text=byline))
                top = False
            continue
        if k > 0 and _FOOTER_ADDRESS.match(text) and _WEB_CHROME.match(lines[k - 1].text.strip()) \
                and "版权" in lines[k - 1].text:
            continue    # 版权所有：… / 地址：… 联系电话：…: the site's footer, under its copyright
        if k >= len(lines) - IMPRINT_LINES and _imprint(text):
            continue    # …　/ 鸭江时报社出版　地址：…: the paper's imprint at the foot of the page
        if _WECHAT_CHROME.match(text):
            _dated_by(head, text)
            titled_post = titled_post or text.startswith("原创")
            continue
        if len(text) <= WECHAT_NAME_MAX and (k + 1 < len(lines) and _WECHAT_CARD.match(lines[k + 1].text.strip())
                                             or 0 < k < len(lines) - 1
                                             and _WECHAT_CHROME.match(lines[k - 1].text.strip())
                                             and _WECHAT_CHROME.match(lines[k + 1].text.strip())):
            continue    # 霍山之声 / 微信号：…, 继续滑动看下一个 / 霍山之声 / 向上滑动…: the account's name
        if _WEB_CHROME.match(text):
            # a website's furniture: its source line dates the article (2024-06-12 来源：…),
            # its breadcrumb names the paper, the date and the page
            _dated_by(head, text)
            _sourced_by(head, text)
            if _BREADCRUMB.match(text):
                for part in re.split(r"\s*[>＞›»]\s*", text):
                    if head.paper is None and PAPER_NAME.match(part):
                        head.paper = part
                    elif head.date_line is None and DATE_LINE.match(part):
                        head.date_line = part
                    elif head.page_label is None and _PAGE_ONLY.match(part):
                        head.page_label = part
            continue
        if _LIST_MARK.match(text) and k + 1 < len(lines) and lines[k + 1].text.strip() == _LIST_MARK.sub("", text):
            continue    # ◎ 南繁基地冬季育种忙 / 南繁基地冬季育种忙: the site's anchor over the title
        if titled_post and not line.heading and len(text) <= WECHAT_TITLE_MAX and not ends_sentence(text):
            line = replace(line, heading=1)     # 原创 … 2026年01月20日 / 件件有回音…: the post's title
        titled_post = False
        keep.append(line)
        top = False
    while keep and _BARE_PAGE.fullmatch(keep[-1].text.strip()):
        keep.pop()      # …请联系：0453-6925371 / 8: the page's number at its foot
    listed = {squeeze(_LIST_MARK.sub("", lines[k].text.strip())) for k in contents} - {""}
    if listed:
        # the titles the page's own list names, printed again over their pieces: headlines
        keep = [replace(line, titled=True) if squeeze(line.text) in listed and not ends_sentence(line.text)
                else line for line in keep]
    return head, keep
