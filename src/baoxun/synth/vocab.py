"""Small word lists the page generator prints around the articles: running header
and footer lines, editors' names, page slogans (banners) and jump-line page labels.

All written for this project (nothing here is copied from a paper). They are Python
constants rather than data files because they belong to the generator, not to the
parser: the parser must never read them.
"""
from __future__ import annotations

import random

#: Page names (版名) printed in running headers: 第3版 经济 2024年5月16日.
PAGE_NAMES = ("要闻", "综合", "经济", "县域", "民生", "社会", "文化", "时政", "乡村振兴",
              "城事", "专版", "视点", "党建", "法治")
#: Chinese numerals for page labels (第一版 … 第十二版).
NUMERALS = "一二三四五六七八九十"
WEEKDAYS = "一二三四五六日"
#: Editors' names are drawn from these (invented people).
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田董袁潘蒋蔡余杜叶程苏魏吕丁沈任姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊孟秦白江薛尹段雷侯龙史陶黎贺顾毛郝龚邵万钱覃"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉红林晶建文斌宇浩凯雪琳欣怡思佳雨晓晨涵轩鸣馨峰燕立春丹婷倩远"
#: Halves of page-wide slogans (banner items); a banner is two halves joined by a space.
SLOGAN_HALVES = ("实干担当促发展", "凝心聚力开新局", "守正创新谋长远", "攻坚克难抓落实",
                 "项目为王强支撑", "产业兴旺富乡村", "服务群众办实事", "优化环境稳预期",
                 "绿色发展惠民生", "比学赶超争一流", "真抓实干见成效", "奋勇争先勇担当")


def person(rng: random.Random) -> str:
    """An invented two- or three-character name."""
    given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
    return rng.choice(SURNAMES) + given


def page_label(rng: random.Random) -> str:
    """A page label as jump lines print it: 第3版, 第一版, 第A2版."""
    n = rng.randint(1, 12)
    r = rng.random()
    if r < 0.45:
        return f"第{n}版"
    if r < 0.9:
        return "第" + (NUMERALS[n - 1] if n <= 10 else "十" + NUMERALS[n - 11]) + "版"
    return f"第A{n}版"


def slogan(rng: random.Random) -> str:
    a, b = rng.sample(SLOGAN_HALVES, 2)
    return f"{a} {b}"
