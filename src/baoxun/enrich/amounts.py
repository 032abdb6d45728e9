"""Amounts (金额、比率) and counts (数量): numbers with their unit, normalised.

:func:`find_amounts` lists what gold/MENTIONS.md calls amounts — money, percentages and
percentage points: ``{"text", "value", "unit", "approx", "span"}``, plus ``"range":
[low, high]`` for a range.

* money in 元: ``504.87亿元`` → 50 487 000 000; ``82,225.00元`` (thousands separators,
  full-width ``，`` too); ``123元1角1分`` → 123.11, ``十块三毛`` → 10.3, ``5毛钱``;
  Chinese and capital numerals (``三千万元``, ``壹万贰仟元``, ``肆佰叁拾萬圆整``);
  ``千万元``/``百万元``/``万亿元`` (a bare order of magnitude), ``万余元``; ``3个亿``
  (colloquial, the currency unsaid: 元); ``人民币`` before or after
  (``人民币500万元``, ``500万元人民币``, ``500万人民币``); ``￥1200``;
* foreign money keeps its currency as ``unit`` (美元, 欧元, 港元, 日元, 英镑, 韩元 …),
  its value unconverted (``3亿美元`` → 300 000 000 美元);
* ``15.9%``, ``15.9％``, ``百分之十五`` → unit ``%``; ``5.5个百分点`` → unit ``个百分点``;
* approximate (``approx: true``): a qualifier before the number (约, 近, 超, 超过, 逾, 突破,
  不到, 不足, 将近, 接近, 高达) — not in the text — or after it (多, 余, 来, 左右, 以上,
  以下, 上下) — in the text; the value is the stated number (``600多万元`` → 6 000 000);
* ranges — ``1万-5万元``, ``1万至5万元``, ``1-5万元``, ``两到三万元``,
  ``一百二十到一百五十万元``, ``5%-8%``, ``3至5个百分点`` — are two mentions, the low
  end as printed (``1万``, ``两``, ``5%``) and the high end (``5万元``), each with its own
  ``value`` and both with ``"range": [low, high]``. The gold lists ``500元至5000元`` as
  500 and 5000, as it lists a pair (``3.1和4.2个百分点``) as two; ``range`` ties the ends
  together for a reader who wants the interval. A low end printed without the high end's
  order of magnitude takes it (两到三万元 → 20 000 and 30 000);
* ``44.3和40.6个百分点``: a number joined by 和/、/及/与 to the next takes its unit, as its
  own mention.

:func:`find_counts` lists counts of things with their classifier (量词) as ``unit``:
``117个`` → 117 个, ``1.5万亩`` → 15 000 亩, ``3万人次`` → 30 000 人次, ``200余户``
(approx). The classifiers are data (data/count_units.txt). Not counts: ages (71岁),
durations (3天, 20年, 5个月), ordinals (第3批), ranks (前三名), "a/an" (一个, 一批), and
numbers that are part of a name (三个代表, 八项规定: data/count_names.txt; a short quoted
slogan such as “五个一”). Counts are not mentions (gold/MENTIONS.md); the facts finder
reads them.

Every finder starts with a cheap test: no currency character, no %, no classifier
character in the text — no scan.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

import cn2an

from .. import lexicon

_CAPITAL = "壹贰貳叁肆伍陆陸柒捌玖拾佰仟萬億"
_CN_DIGITS = "〇零一二三四五六七八九十百千万亿两点" + _CAPITAL
_ARABIC = r"\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUMBER = rf"(?:{_ARABIC}|[{_CN_DIGITS}]{{1,16}})"
_SCALES = {"": 1, "十": 10, "百": 100, "千": 1e3, "万": 1e4, "十万": 1e5, "百万": 1e6, "千万": 1e7,
           "亿": 1e8, "十亿": 1e9, "百亿": 1e10, "千亿": 1e11, "万亿": 1e12, "萬": 1e4, "億": 1e8, "仟": 1e3,
           "佰": 100, "拾": 10}
_SCALE = r"(?:万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千|百|萬|億)"
_RANGE = r"\s*(?:至|到|——|—|–|－|-|~|～)\s*"
_MORE = r"(?:多|余|来|几)"     # 十几万元 is approximate like 十多万元
_TAIL = r"(?:以上|以下|左右|上下|多)"
_APPROX_BEFORE = re.compile(r"(?:约|近|超|逾|超过|将近|大约|接近|突破|高达|不足|不到|约合)\s*$")
# The cheap first test: an amount starts with a digit, a Chinese numeral or 人民币, and
# reaches its unit through characters a number, a range or a qualifier is printed with.
# A position failing it costs a fraction of the full pattern.
_START = rf"(?=[\d{_CN_DIGITS}人￥¥])"
_NUMBERISH = rf"\d{_CN_DIGITS}.,，\s至到\-—–－~～多余来几"


def _start(unit_chars: str, more: str = "") -> str:
    return rf"(?=[\d{_CN_DIGITS}人][{_NUMBERISH}{more}]{{0,30}}?[{unit_chars}])"



_NOT_MID_NUMBER = r"(?<![\d.])"

_CURRENCY = (r"美元|美金|欧元|港元|港币|日元|英镑|韩元|澳元|加元|卢布|新台币|澳门元|人民币|元|圆|块钱|毛钱|角钱"
             rf"|块(?=\s*(?:\d|[{_CN_DIGITS}])\s*[毛角])|块(?=[一二三四五六七八九](?![\u4e00-\u9fff])|[一二三四五六七八九]钱)")
_UNIT_NAMES = {"美金": "美元", "港币": "港元", "人民币": "元", "圆": "元", "块钱": "元", "块": "元",
               "毛钱": "元", "角钱": "元"}
_SMALL = r"(?:\d|[一二三四五六七八九两])"
MONEY = re.compile(
    rf"{_start('元圆币镑块金布毛角', '人民美欧港日英韩澳加卢新台门')}{_NOT_MID_NUMBER}(?P<pre>人民币\s*)?"
    rf"(?:(?P<low>(?P<lo>{_NUMBER})\s*(?P<lomore>{_MORE})?\s*(?P<loscale>{_SCALE})?\s*(?:元|美元|欧元|港元|日元|英镑)?)"
    rf"{_RANGE})?"
    rf"(?P<num>{_NUMBER})\s*(?P<m1>{_MORE})?\s*(?P<scale>{_SCALE})?\s*(?P<m2>多|余)?\s*(?P<rmb>人民币)?\s*"
    rf"(?P<cur>{_CURRENCY})(?![件次素宵旦首帅老气器代音神谋勋朝月])"
    rf"(?:\s*(?P<jiao>{_SMALL})\s*[角毛](?!钱?[\u4e00-\u9fff]{{0,1}}[料线衣巾笔])"
    rf"(?:\s*(?P<fen>{_SMALL})\s*分(?!钟|之|别|期|批|类|级|数))?|(?<=块)(?P<jiao2>[一二三四五六七八九])(?:钱)?)?"
    rf"(?P<zheng>整)?(?P<rmb2>\s*人民币)?(?P<tail>{_TAIL})?"
)
# 投资3个亿, 十几个亿: hundreds of millions of yuan, the currency left unsaid (not before a
# unit of something else: 14个亿人口 is people)
GE_YI = re.compile(rf"{_NOT_MID_NUMBER}(?P<num>{_NUMBER})\s*(?P<m1>{_MORE})?\s*个\s*亿(?P<m2>多)?(?:元|人民币)?"
                   r"(?![人口吨亩斤只头株件次个千立平方公米度条])")
YUAN_SIGN = re.compile(rf"[￥¥]\s*(?P<num>{_ARABIC})\s*(?P<scale>万|亿)?(?:元)?")
_PCT = r"[%％]"
PERCENT = re.compile(
    rf"(?=\d[\d.,，\s%％至到\-—–－~～]{{0,24}}?[%％])(?<![\d.])(?:(?P<low>(?P<lo>{_ARABIC})\s*{_PCT}?){_RANGE})?"
    rf"(?P<num>{_ARABIC})\s*{_PCT}(?P<tail>{_TAIL})?")
PERCENT_CN = re.compile(
    r"(?P<low>百分之(?P<lo>[〇零一二三四五六七八九十百点两\d.]+))(?:(?:至|到)(?P<high>百分之(?P<num>[〇零一二三四五六七八九十百点两\d.]+)))?"
    rf"(?P<tail>{_TAIL})?")
POINTS = re.compile(
    rf"{_start('百', '个')}{_NOT_MID_NUMBER}(?:(?P<low>(?P<lo>{_NUMBER})){_RANGE})?(?P<num>{_NUMBER})\s*个?百分点"
    rf"(?P<tail>{_TAIL})?")
# 44.3和40.6个百分点: the first number of a pair takes the second's unit
PAIR = re.compile(rf"{_start('百%％', '和、及与个')}{_NOT_MID_NUMBER}({_NUMBER})\s*(?:和|、|及|与)\s*{_NUMBER}\s*"
                  rf"(个?百分点|%|％)")
_MONEY_CHARS = frozenset("元圆块毛角币金镑￥¥")
_PRICE_BEFORE = re.compile(r"(?:每|仅|只|才|花|价|费|为|是)[\u4e00-\u9fff]{0,2}$")


@lru_cache(maxsize=8192)
def _value(number: str) -> float | None:
    """A printed number: 1,234.5, 三千万, 壹万贰仟, 一点五万, 千亿 (a bare order)."""
    raw = number.replace(",", "").replace("，", "")
    try:
        return float(raw)
    except ValueError:
        pass
    if raw in _SCALES:
        return float(_SCALES[raw])
    try:
        return float(cn2an.cn2an(raw, "smart"))
    except (ValueError, KeyError, TypeError, IndexError):
        pass
    # 一点五万, 两千亿: cn2an reads the head; the trailing order of magnitude is ours
    for scale in ("万亿", "亿", "万", "千", "百", "萬", "億"):
        if raw.endswith(scale) and len(raw) > len(scale):
            head = _value(raw[: -len(scale)])
            return head * _SCALES[scale] if head is not None else None
    return None


# 七八个, 两三万元, 三四十人: two neighbouring digits are "seven or eight" (三五: three to
# five), not 78 — approximate, with both ends as the range
_NEIGHBOURS = re.compile(r"(十?)([一二两三四五六七八九])([二三四五六七八九])([十百千万亿]?)")
_DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}


def _neighbours(number: str) -> tuple[float, float] | None:
    m = _NEIGHBOURS.fullmatch(number)
    if not m:
        return None
    a, b = _DIGIT[m.group(2)], _DIGIT[m.group(3)]
    if not (b == a + 1 or (a, b) == (3, 5)):
        return None
    base = 10 if m.group(1) else 0
    scale = _SCALES[m.group(4)]
    return (base + a) * scale, (base + b) * scale


def _order(number: str, scale: str | None) -> float:
    """The order of magnitude a range's high end is printed in: 万 in 三万 or 5万."""
    if scale:
        return _SCALES[scale]
    for s in ("万亿", "亿", "万", "萬", "億"):     # 一百五十万: 万, not 十万
        if number.endswith(s) and len(number) > len(s):
            return _SCALES[s]
    return 1


def _clean(value: float) -> float | int:
    value = round(value, 4)
    return int(value) if float(value).is_integer() else value


def _is_cn(number: str) -> bool:
    return not number[0].isdigit()


def _split_number(number: str) -> bool:
    """00 in 12  00余张: the tail of a number a layout space broke (a count starts 1-9)."""
    return number[0] == "0" and len(number) > 1 and number[1] not in ".．"


class _Found:
    """Amounts found so far and the characters they cover (a span is taken once)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.mask = bytearray(len(text))
        self.out: list[dict[str, Any]] = []

    def add(self, s: int, e: int, value: float | None, unit: str, approx: bool,
            low_high: tuple[float, float] | None = None) -> bool:
        if value is None or s >= e or 1 in self.mask[s:e]:
            return False
        self.mask[s:e] = b"\x01" * (e - s)
        approx = approx or bool(_APPROX_BEFORE.search(self.text, max(0, s - 4), s))
        item = {"text": self.text[s:e], "value": _clean(value), "unit": unit, "approx": approx, "span": [s, e]}
        if low_high:
            item["range"] = [_clean(low_high[0]), _clean(low_high[1])]
        self.out.append(item)
        return True

    def add_range(self, low_span: tuple[int, int], high_span: tuple[int, int], low_high: tuple[float, float],
                  unit: str, approx: bool) -> bool:
        """Both ends of a range, each its own mention carrying ``range``."""
        (a, b), (c, d) = low_span, high_span
        if a >= b or c >= d or 1 in self.mask[a:b] or 1 in self.mask[c:d]:
            return False
        approx = approx or bool(_APPROX_BEFORE.search(self.text, max(0, a - 4), a))
        self.add(a, b, low_high[0], unit, approx, low_high)
        self.add(c, d, low_high[1], unit, approx, low_high)
        return True


def _low_high(lo: str | None, lo_scale: str | None, hi_value: float, hi_number: str,
              hi_scale: str | None) -> tuple[float, float] | None:
    """The (low, high) of a range; the low end takes the high end's order of magnitude when
    it is printed without one and stays below the high end with it (1-5万元, 两到三万)."""
    if not lo:
        return None
    low = _value(lo)
    if low is None:
        return None
    if lo_scale:
        low *= _SCALES[lo_scale]
    elif _order(lo, None) == 1:
        order = _order(hi_number, hi_scale)
        if low * order <= hi_value:
            low *= order
    return (low, hi_value) if low <= hi_value else None


def find_amounts(text: str) -> list[dict[str, Any]]:
    """Every money amount, percentage and percentage-point change in ``text``:
    ``{"text", "value", "unit", "approx", "span"}`` (``"range": [low, high]`` for a
    range), in text order."""
    found = _Found(text)
    # 1. money
    if not _MONEY_CHARS.isdisjoint(text):
        for m in MONEY.finditer(text):
            _money(m, text, found)
    if "个亿" in text:
        for m in GE_YI.finditer(text):
            v = _value(m.group("num"))
            if v is not None and not (m.start() and text[m.start() - 1] in "数几"):
                found.add(m.start(), m.end(), v * 1e8, "元", bool(m.group("m1") or m.group("m2")))
    if not _MONEY_CHARS.isdisjoint(text):
        if "￥" in text or "¥" in text:
            for m in YUAN_SIGN.finditer(text):
                v = _value(m.group("num"))
                if v is not None:
                    found.add(m.start(), m.end(), v * _SCALES[m.group("scale") or ""], "元", False)
    # 2. percentages and points
    if "百分" in text:
        for m in PAIR.finditer(text):
            if "百分点" in m.group(2):
                found.add(m.start(1), m.end(1), _value(m.group(1)), "个百分点", False)
        for m in POINTS.finditer(text):
            _one_or_range(m, found, _value(m.group("num")), "个百分点")
    if "%" in text or "％" in text:
        for m in PAIR.finditer(text):
            if "百分点" not in m.group(2):
                found.add(m.start(1), m.end(1), _value(m.group(1)), "%", False)
        for m in PERCENT.finditer(text):
            _one_or_range(m, found, _value(m.group("num")), "%")
    if "百分之" in text:
        for m in PERCENT_CN.finditer(text):
            lo = _value(m.group("lo"))
            hi = _value(m.group("num")) if m.group("num") else None
            if lo is not None and hi is not None and lo <= hi:
                found.add_range(m.span("low"), m.span("high") if not m.group("tail") else (m.start("high"), m.end()),
                                (lo, hi), "%", bool(m.group("tail")))
            else:
                found.add(m.start(), m.end("low"), lo, "%", bool(m.group("tail")) and not m.group("num"))
    found.out.sort(key=lambda a: a["span"][0])
    return found.out


def _one_or_range(m: re.Match[str], found: _Found, value: float | None, unit: str, number: str = "",
                  scale: str | None = None, lo_scale: str | None = None, approx: bool = False) -> None:
    """A match with an optional low end (group ``low``/``lo``) before its number ``num``:
    a range when the ends make one (low ≤ high), else the second number alone (8-3%)."""
    approx = approx or bool(m.groupdict().get("tail"))
    if value is None:
        return
    lh = _low_high(m.group("lo"), lo_scale, value, number, scale) if m.group("lo") else None
    if lh:
        if found.add_range((m.start(), m.end("low")), (m.start("num"), m.end()), lh, unit, approx):
            return
    found.add(m.start() if not m.group("lo") else m.start("num"), m.end(), value, unit, approx)


def _money(m: re.Match[str], text: str, found: _Found) -> None:
    g = m.groupdict()
    number, cur = g["num"], g["cur"]
    over = number in _SCALES and m.start() > 1 and text[m.start() - 1] == "上" and text[m.start() - 2] not in "以线马"
    if len(number) == 1 and _is_cn(number) and not (g["scale"] or g["lo"] or over or g["jiao"] or g["m1"] or g["m2"]):
        # 一元复始, 三元里, 万元产值, 亿元以上项目: a lone numeral or order before 元 is a
        # word or a class, unless it is priced (每斤三元, 仅千元) or qualified (突破万元)
        if cur not in ("块钱", "毛钱", "角钱", "块") and not _PRICE_BEFORE.search(text, max(0, m.start() - 3), m.start()) \
                and not _APPROX_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            return
    if _split_number(number) or (number in _SCALES and m.start() and text[m.start() - 1] in "数几"):
        return          # 数百万元, 几十万元: no stated number
    if cur == "日元" and re.search(r"月\s*$", text[max(0, m.start() - 3):m.start()]):
        return          # 1月1日元旦: a date, not yen
    pair = None if g["lo"] else _neighbours(number)
    value = pair[0] if pair else _value(number)
    if value is None:
        return
    value *= _SCALES[g["scale"] or ""]
    if pair:
        order = _SCALES[g["scale"] or ""]
        found.add(m.start(), m.end(), value, _UNIT_NAMES.get(cur, cur), True, (pair[0] * order, pair[1] * order))
        return
    if cur in ("毛钱", "角钱"):
        value *= 0.1
    if g["jiao"] or g["jiao2"]:
        value += _value(g["jiao"] or g["jiao2"]) * 0.1     # 十二块五: 12.5
    if g["fen"]:
        value += _value(g["fen"]) * 0.01
    approx = bool(g["m1"] or g["m2"] or g["tail"] or g["lomore"] or over)    # 上千元: over a thousand
    _one_or_range(m, found, value, _UNIT_NAMES.get(cur, cur), number, g["scale"], g["loscale"], approx)


# -- counts ------------------------------------------------------------------------------
@cache
def _count_units() -> tuple[str, ...]:
    """data/count_units.txt, longest first (人次 before 人, 千瓦时 before 千瓦)."""
    return tuple(sorted(lexicon.words("count_units"), key=len, reverse=True))


@cache
def _count_names() -> tuple[str, ...]:
    return tuple(lexicon.words("count_names"))


# A classifier glued to the next characters makes another word: 个月 is a duration, 人民 a
# people, 所有 "all" (checked after the unit is read).
_UNIT_NOT_BEFORE = {
    "个": re.compile(r"多?(?:月|小时|星期|礼拜|工作日|季度|百分点|年头|半月|钟头|周|日|晚上|白天|昼夜|学期|世纪|年代)"),
    "人": re.compile(r"民|大|均|们|员|才|次"), "家": re.compile(r"庭|属|乡"), "名": re.compile(r"单|字|称|义|片|额|次|列"),
    "位": re.compile(r"于|置|数"), "所": re.compile(r"有|以|得|在|属|谓"), "处": re.compile(r"理|置|于|罚|室|长"),
    "条": re.compile(r"件|例|约|款"), "项": re.compile(r"目"), "场": re.compile(r"所|景"),
    # 三次会议, 二期工程: the session or the phase, an ordinal
    "次": re.compile(r"(?:全体)?会议|全会|代表大会|党代会|常委会"), "期": re.compile(r"工程|项目|建设|扩建|改造"),
    "台": re.compile(r"湾|风|阶|账"), "架": re.compile(r"构|子"), "头": re.compile(r"条|等"),
    "只": re.compile(r"是|有|要|能|会"), "米": re.compile(r"粮|饭|面"), "间": re.compile(r"隔|接"),
}


@cache
def _count_pattern() -> re.Pattern[str]:
    units = "|".join(re.escape(u) for u in _count_units())
    firsts = "".join(sorted({u[0] for u in _count_units()}))
    return re.compile(
        rf"{_start(firsts)}(?<![\d.A-Za-z])(?:(?P<low>(?P<lo>{_NUMBER})\s*(?P<lomore>{_MORE})?\s*(?P<loscale>万|亿)?){_RANGE})?"
        rf"(?P<num>{_NUMBER})\s*(?P<m1>{_MORE})?\s*(?P<scale>万|亿)?\s*(?P<m2>多|余)?\s*(?P<unit>{units})"
        rf"(?P<tail>{_TAIL})?")


@cache
def _unit_chars() -> frozenset[str]:
    return frozenset(u[0] for u in _count_units())


_CLOSING_QUOTE = re.compile(r"[^”\"’」]{0,6}[”\"’」]")
_NOT_A_COUNT_BEFORE = frozenset("第前每")          # 第3批, 前三名, 每3个
_NOT_A_CN_COUNT_BEFORE = frozenset("数几上成")      # 数十家, 几百人, 上百人 (vague, not counted)


def find_counts(text: str) -> list[dict[str, Any]]:
    """Counts of things in ``text``: ``{"text", "value", "unit", "approx", "span"}`` with the
    classifier as ``unit`` (``"range": [low, high]`` for a range), in text order. Not
    amounts: find_amounts lists money and rates; these are what the facts finder counts."""
    found = _Found(text)
    if _unit_chars().isdisjoint(text):
        return []
    names = _count_names()
    for m in _count_pattern().finditer(text):
        g = m.groupdict()
        s, number, unit = m.start(), g["num"], g["unit"]
        if s and (text[s - 1] in _NOT_A_COUNT_BEFORE or (_is_cn(number) and text[s - 1] in _NOT_A_CN_COUNT_BEFORE)):
            continue
        if text.startswith(names, s):
            continue                       # 三个代表, 八项规定
        if s and text[s - 1] in "“\"‘「" and _CLOSING_QUOTE.match(text, m.end()):
            continue                       # “五个一”: a quoted slogan
        after = _UNIT_NOT_BEFORE.get(unit)
        if after and after.match(text, m.end("unit")):
            continue
        if not g["lo"] and number in ("一", "壹") and not g["scale"]:
            continue                       # 一个, 一批: "a", not a count
        if (number in _SCALES and number != "十" and not (g["m1"] or g["m2"])) or _split_number(number):
            continue                       # 万家, 千家万户: a bare order is a word
        pair = None if g["lo"] else _neighbours(number)
        value = pair[0] if pair else _value(number)
        if value is None:
            continue
        value *= _SCALES[g["scale"] or ""]
        if pair:
            order = _SCALES[g["scale"] or ""]
            found.add(s, m.end(), value, unit, True, (pair[0] * order, pair[1] * order))
            continue
        _one_or_range(m, found, value, unit, number, g["scale"], g["loscale"], bool(g["m1"] or g["m2"] or g["tail"] or g["lomore"]))
    found.out.sort(key=lambda a: a["span"][0])
    return found.out
