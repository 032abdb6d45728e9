"""Amounts (金额、比率): money, percentages and percentage points, normalised.

``504.87亿元`` → 50 487 000 000 元; ``15.9%`` → 15.9 %; ``5.5个百分点`` → 5.5 个百分点;
``600多万元`` / ``2000余万元`` / ``约6.1亿元`` / ``10万元以上`` keep their stated number
and are ``approx``; Chinese numerals (三千万元, 百分之十五) go through cn2an. Counts of
other things (117个项目, 749家) are not amounts (gold/MENTIONS.md).

Conventions encoded:
  * a qualifier *before* the number (约, 近, 超, 逾, 超过, 将近, 大约) marks it approximate
    and stays out of the text; one *after* it (多, 余, 来, 以上, 左右) stays in the text;
  * ``44.3和40.6个百分点``: a number joined by 和/、/及 to the next one takes its unit.
"""
from __future__ import annotations

import re
from typing import Any

import cn2an

_CN_DIGITS = "〇零一二三四五六七八九十百千万亿两点"
_NUMBER = rf"(\d+(?:[,，]\d{{3}})*(?:\.\d+)?|[{_CN_DIGITS}]{{1,12}})"
_SCALE = {"": 1, "十": 10, "百": 100, "千": 1e3, "万": 1e4, "十万": 1e5, "百万": 1e6, "千万": 1e7,
          "亿": 1e8, "十亿": 1e9, "百亿": 1e10, "千亿": 1e11, "万亿": 1e12}
_APPROX_AFTER_NUMBER = r"(多|余|来)?"
_APPROX_TAIL = r"(以上|以下|左右|上下|多)?"
_APPROX_BEFORE = re.compile(r"(约|近|超|逾|超过|将近|大约|接近|突破|高达|不足|不到)\s*$")

# Every amount starts with a digit or a Chinese numeral: a cheap first test.
_START = rf"(?=[\d{_CN_DIGITS}])"
MONEY = re.compile(
    rf"{_START}{_NUMBER}\s*{_APPROX_AFTER_NUMBER}\s*(万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|百)?\s*"
    rf"{_APPROX_AFTER_NUMBER}\s*(元|美元|欧元|港元|港币|日元|英镑)(?![件次素宵旦])"
    rf"{_APPROX_TAIL}"
)
PERCENT = re.compile(rf"{_START}{_NUMBER}\s*(%|％){_APPROX_TAIL}")
PERCENT_CN = re.compile(r"百分之([〇零一二三四五六七八九十百点两\d.]+)")
POINTS = re.compile(rf"{_START}{_NUMBER}\s*个?百分点")
# 44.3和40.6个百分点: the first number of a pair takes the second's unit
PAIR = re.compile(rf"{_START}{_NUMBER}\s*(?:和|、|及|与|至|到|-|～|~)\s*{_NUMBER}\s*(个?百分点|%|％)")


def _value(number: str) -> float | None:
    raw = number.replace(",", "").replace("，", "")
    try:
        return float(raw)
    except ValueError:
        pass
    if raw in _SCALE:              # 百亿元, 千万元: a bare order of magnitude
        return float(_SCALE[raw])
    try:
        return float(cn2an.cn2an(raw, "smart"))
    except (ValueError, KeyError, TypeError):
        return None


def _clean(value: float) -> float | int:
    value = round(value, 4)
    return int(value) if float(value).is_integer() else value


def find_amounts(text: str) -> list[dict[str, Any]]:
    """Every amount in ``text``: ``{"text", "value", "unit", "approx", "span"}``."""
    out: list[dict[str, Any]] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    def add(s: int, e: int, value: float | None, unit: str, approx: bool) -> None:
        if value is None or not free(s, e):
            return
        # a digit glued before the match means the regex started mid-number
        if s > 0 and text[s - 1].isdigit():
            return
        taken.append((s, e))
        approx = approx or bool(_APPROX_BEFORE.search(text[max(0, s - 4):s]))
        out.append({"text": text[s:e], "value": _clean(value), "unit": unit, "approx": approx, "span": [s, e]})

    for m in MONEY.finditer(text):
        number, more1, scale, more2, currency, tail = m.groups()
        if not number[0].isdigit() and len(number) == 1 and not scale:
            continue        # 一元复始: a lone numeral before 元 is a word, not money
        value = _value(number)
        if value is None:
            continue
        unit = "元" if currency == "元" else currency
        add(m.start(), m.end(), value * _SCALE[scale or ""], unit, bool(more1 or more2 or tail))
    for m in PAIR.finditer(text):
        unit = "个百分点" if "百分点" in m.group(3) else "%"
        s, e = m.span(1)
        add(s, e, _value(m.group(1)), unit, False)
    for m in POINTS.finditer(text):
        add(m.start(), m.end(), _value(m.group(1)), "个百分点", False)
    for m in PERCENT.finditer(text):
        add(m.start(), m.end(), _value(m.group(1)), "%", bool(m.group(3)))
    for m in PERCENT_CN.finditer(text):
        add(m.start(), m.end(), _value(m.group(1)), "%", False)
    out.sort(key=lambda a: a["span"][0])
    return out
