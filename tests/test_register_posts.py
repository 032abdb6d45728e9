"""Posts parsed into level, place, body, rank and branch: tables of (printed, paper's
place) → expected fields."""
from __future__ import annotations

import pytest

from baoxun.register.posts import BRANCHES, parse_chain, parse_post

# printed, paper's place → level, place, body, rank, branch, office
POSTS = [
    ("市委常委", "长治市", "市", "长治市", "党委", "常委", "party", "市委常委"),
    ("市委书记", "长治市", "市", "长治市", "党委", "书记", "party", "市委书记"),
    ("常务副市长", "长治市", "市", "长治市", None, "常务副市长", "government", "常务副市长"),
    ("副市长", "长治市", "市", "长治市", None, "副市长", "government", "副市长"),
    ("市长", "潞州区", "市", "长治市", None, "市长", "government", "市长"),        # a district's paper: its city
    ("潞州区委书记", "长治市", "区", "潞州区", "党委", "书记", "party", "区委书记"),
    ("区委书记", "潞州区", "区", "潞州区", "党委", "书记", "party", "区委书记"),
    ("区委书记", "长治市", "区", None, "党委", "书记", "party", "区委书记"),          # which district: unknown
    ("县人大常委会主任", "于都县", "县", "于都县", "人大常委会", "主任", "congress", "县人大常委会主任"),
    ("区政协副主席", "麦积区", "区", "麦积区", "政协", "副主席", "cppcc", "区政协副主席"),
    ("市纪委书记", "江油市", "县级市", "江油市", "纪委", "书记", "discipline", "市纪委书记"),
    ("市委书记", "江油市", "县级市", "江油市", "党委", "书记", "party", "市委书记"),   # a county-level city's own 市委
    ("丰城市委书记", "宜春市", "县级市", "丰城市", "党委", "书记", "party", "市委书记"),
    ("原平市副市长", "忻州市", "县级市", "原平市", None, "副市长", "government", "副市长"),  # 原平 is a place
    ("市商务局局长", "长治市", "市", "长治市", "商务局", "局长", "government", "市商务局局长"),
    ("市住房和城乡建设局副局长", "绍兴市", "市", "绍兴市", "住建局", "副局长", "government", "市住建局副局长"),
    ("市市场监管局局长", "长治市", "市", "长治市", "市场监管局", "局长", "government", "市市场监管局局长"),
    ("县人社局党组书记", "于都县", "县", "于都县", "人社局党组", "书记", "party", "县人社局党组书记"),
    ("长沙市发展和改革委员会主任", "长沙市", "市", "长沙市", "发改委", "主任", "government", "市发改委主任"),
    ("市委组织部部长", "长治市", "市", "长治市", "组织部", "部长", "party", "市委组织部部长"),
    ("区委办主任", "黔江区", "区", "黔江区", "委办公室", "主任", "party", "区委办公室主任"),
    ("州政府秘书长", "恩施土家族苗族自治州", "州", "恩施土家族苗族自治州", "政府", "秘书长", "government",
     "州政府秘书长"),
    ("旗委政法委副书记", "翁牛特旗", "旗", "翁牛特旗", "政法委", "副书记", "party", "旗委政法委副书记"),
    ("喀什地委委员", "喀什地区", "地区", "喀什地区", "党委", "委员", "party", "地委委员"),
    ("省委常委", "长治市", "省", "山西省", "党委", "常委", "party", "省委常委"),
    ("长沙市开福区委常委", "长沙市", "区", "开福区", "党委", "常委", "party", "区委常委"),
    ("镇党委书记", "麦积区", "乡镇", None, "党委", "书记", "party", "镇党委书记"),
    ("濮院镇党委书记", "桐乡市", "乡镇", "濮院镇", "党委", "书记", "party", "镇党委书记"),
    ("红钢城街道党工委书记", "青山区", "街道", "红钢城街道", "党委", "书记", "party", "街道党委书记"),
    ("村党支部书记", "湄潭县", "村", None, "党支部", "书记", "party", "村党支部书记"),
    ("袁州区彬江镇下浦村党支部书记", "宜春市", "村", "下浦村", "党支部", "书记", "party", "村党支部书记"),
    ("村委会主任", "凯里市", "村", None, "村委会", "主任", "other", "村委会主任"),
    ("董事长", "株洲市", "company", None, None, "董事长", "other", "董事长"),
    ("华湘智造集团董事长", "长沙市", "company", None, "华湘智造集团", "董事长", "other", "华湘智造集团董事长"),
    ("仁怀市赤源酒业有限公司董事长", "遵义市", "company", "仁怀市", "赤源酒业有限公司", "董事长", "other",
     "赤源酒业有限公司董事长"),
    ("校长", "宣威市", "school", None, None, "校长", "other", "校长"),
    ("万载县三兴镇卫生院院长", "宜春市", "hospital", "三兴镇", "卫生院", "院长", "other", "卫生院院长"),
    ("全国人大代表", "柳州市", "中央", None, None, "人大代表", "congress", "全国人大代表"),
    ("省人大代表", "宣威市", "省", "云南省", None, "人大代表", "congress", "省人大代表"),
    ("潍坊海关关长", "潍坊市", "市", "潍坊市", "海关", "关长", "government", "市海关关长"),
    ("代市长", "长治市", "市", "长治市", None, "市长", "government", "市长"),
]


@pytest.mark.parametrize("printed, paper, level, place, body, rank, branch, office", POSTS)
def test_register_posts_parse(printed, paper, level, place, body, rank, branch, office):
    p = parse_post(printed, paper)
    assert (p.level, p.place, p.body, p.rank, p.branch, p.office) == (level, place, body, rank, branch, office)
    assert p.printed == printed
    assert p.branch in BRANCHES


@pytest.mark.parametrize("printed, former, concurrent, acting", [
    ("原市委书记", True, False, False),
    ("原襄垣县县长", True, False, False),
    ("时任副县长", True, False, False),
    ("县委书记（退休）", True, False, False),
    ("兼市公安局局长", False, True, False),
    ("代市长", False, False, True),
    ("市长", False, False, False),
    ("前市长", True, False, False),
    ("前进村党支部书记", False, False, False),
])
def test_register_posts_markers(printed, former, concurrent, acting):
    p = parse_post(printed, "长治市")
    assert (p.former, p.concurrent, p.acting) == (former, concurrent, acting)


@pytest.mark.parametrize("printed, singular", [
    ("市委书记", True), ("市长", True), ("常务副市长", True), ("副市长", False), ("市委常委", False),
    ("市委副书记", False), ("市商务局局长", True), ("镇党委书记", True), ("教授", False), ("河长助理", False),
])
def test_register_posts_singular(printed, singular):
    assert parse_post(printed, "长治市").singular is singular


# a chain printed with one name: a post without its own level takes the one before it
CHAINS = [
    (["市委常委", "宣传部部长"], "长治市", [("长治市", "市委常委"), ("长治市", "市委宣传部部长")]),
    (["市人大常委会主任", "党组书记"], "长治市", [("长治市", "市人大常委会主任"), ("长治市", "市人大常委会党组书记")]),
    (["区委常委", "组织部部长"], "潞州区", [("潞州区", "区委常委"), ("潞州区", "区委组织部部长")]),
    (["醴陵市委副书记", "市长"], "株洲市", [("醴陵市", "市委副书记"), ("醴陵市", "市长")]),
    (["潞州区委副书记", "区长"], "长治市", [("潞州区", "区委副书记"), ("潞州区", "区长")]),
    (["株洲市委常委", "常务副市长"], "醴陵市", [("株洲市", "市委常委"), ("株洲市", "常务副市长")]),
    (["市委副书记", "市长"], "长治市", [("长治市", "市委副书记"), ("长治市", "市长")]),
    (["华湘集团董事长", "党委书记", "总经理"], "长沙市",
     [(None, "华湘集团董事长"), (None, "华湘集团党委书记"), (None, "华湘集团总经理")]),
]


@pytest.mark.parametrize("chain, paper, expected", CHAINS)
def test_register_posts_chain(chain, paper, expected):
    assert [(p.place, p.office) for p in parse_chain(chain, paper)] == expected


@pytest.mark.parametrize("odd", ["", " ", None, 3, "、", "书记", "x", "原", "兼", "市", "市委", "（退休）",
                                 "驻村", "长治市", "一二三四五六七八九十" * 5, "市委书记\n县长"])
def test_register_posts_never_raise(odd):
    p = parse_post(odd, "长治市")
    assert isinstance(p.rank, str) and p.branch in BRANCHES
    parse_post(odd, None)
    parse_post(odd, "no such place")
    parse_chain([odd, odd], "长治市")
