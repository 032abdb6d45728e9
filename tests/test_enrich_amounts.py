"""Amount mentions: sentence → (text, value, unit, approx) tables, written for this project."""
from __future__ import annotations

import pytest

from baoxun.enrich.amounts import find_amounts


@pytest.mark.parametrize("text,expected", [
    ("完成投资86.5亿元。", [("86.5亿元", 8650000000, "元", False)]),
    ("总投资约3.2亿元，", [("3.2亿元", 320000000, "元", True)]),
    ("带动增收300多万元", [("300多万元", 3000000, "元", True)]),
    ("产值1500余万元", [("1500余万元", 15000000, "元", True)]),
    ("奖励5万元以上", [("5万元以上", 50000, "元", True)]),
    ("同比增长12.5%，高于全省2.3个百分点", [("12.5%", 12.5, "%", False), ("2.3个百分点", 2.3, "个百分点", False)]),
    ("分别提高3.1和4.2个百分点", [("3.1", 3.1, "个百分点", False), ("4.2个百分点", 4.2, "个百分点", False)]),
    ("占比达40%以上", [("40%以上", 40, "%", True)]),
    ("投入资金三千万元", [("三千万元", 30000000, "元", False)]),
    ("合格率百分之九十五", [("百分之九十五", 95, "%", False)]),
    ("首次突破千亿元大关", [("千亿元", 100000000000, "元", True)]),  # 突破: more than
    ("全县共有企业749家，项目117个。", []),
    ("一元复始，万象更新。", []),
])
def test_enrich_amounts_table(text, expected):
    found = find_amounts(text)
    assert [(a["text"], a["value"], a["unit"], a["approx"]) for a in found] == expected
    for a in found:
        s, e = a["span"]
        assert text[s:e] == a["text"]
