"""What 我市 / 我州 / 本市 refer to (``paper.place``), on short pages written for the test."""
from __future__ import annotations

import pytest

from baoxun import parse_page
from baoxun.assemble.place import infer_place

PAGES = [
    # an autonomous prefecture's paper names its seat city more often than itself, but
    # 全州 / 我州 say whose paper it is
    ("全州上下扎实推进乡村振兴。凯里市新建高标准农田3万亩，凯里市全市蓝莓种植面积达2万亩，"
     "凯里市建成冷链仓库12座。黔东南苗族侗族自治州农业农村局介绍，我州今年粮食播种面积稳定，"
     "凯里市全市秋粮丰收，全州农民人均可支配收入增长7.1%。凯里市还将举办丰收节。",
     "黔东南苗族侗族自治州"),
    # a province-level city that says 本市 and names its districts is its own place
    ("本市今年新增养老床位5000张。上海市民政局介绍，黄浦区新建社区食堂42家，"
     "上海的助餐点已覆盖全部街镇。上海市与苏州市签订合作协议，苏州市、无锡市、苏州市吴中区"
     "的企业参加签约，苏州市商务局到会。上海市将与苏州市共建产业园，上海市民可在线申请。",
     "上海市"),
    # a capital named on another city's page is not its place
    ("新华社北京5月8日电 全国春播粮食已过六成。本报北京5月8日电 我市名优产品推介会在北京举行，"
     "宜宾市30家企业参展，签约项目12个。宜宾市商务局负责人表示，我市将继续拓展北京市场。"
     "宜宾市翠屏区、叙州区的茶叶和白酒企业参加了推介。",
     "宜宾市"),
]


@pytest.mark.parametrize("text,place", PAGES, ids=["prefecture-quanzhou", "municipality-benshi", "capital-elsewhere"])
def test_the_papers_place_is_what_the_page_calls_itself(text, place):
    assert infer_place(text)[0] == place


def test_a_county_level_city_under_no_prefecture_is_the_paper_s_place_by_its_towns():
    # 我市 on a page about 仙桃市's towns (a city the province runs directly), one passing
    # mention of another city
    from baoxun.assemble.place import infer_place
    text = ("本报讯 昨天，我市在彭场镇召开现场会。彭场镇、沙嘴街道、胡场镇的无纺布企业订单饱满。"
            "仙桃市副市长介绍，全市今年新增规上企业二十家，产品远销武汉、长沙等地。"
            "郑场镇、毛嘴镇也在加快建设产业园，我市力争全年产值增长一成。")
    assert infer_place(text)[0] == "仙桃市"


@pytest.mark.parametrize("name, place", [
    ("赤峰日报", "赤峰市"),            # a prefecture's paper
    ("凉山日报", "凉山彝族自治州"),    # an autonomous prefecture's
    ("华阴报", "华阴市"),              # a county-level city's
    ("今日温岭", "温岭市"),
    ("嘉定报", "嘉定区"),              # a municipality's district paper
    ("鹿城日报", None),                # 鹿城: the old name of several cities, a district of one
    ("鸠兹晚报", None),                # a literary name: the page must tell
    ("人民日报", None),
    (None, None),
])
def test_a_paper_named_for_its_place_is_that_place_s(name, place):
    from baoxun.assemble.place import paper_place
    assert paper_place(name) == place


def test_a_city_paper_whose_page_names_one_county_throughout_is_still_the_city_s():
    text = "\n".join([
        "赤峰日报", "2024年6月3日　星期一", "",
        "巴林右旗牧区水利建设提速", "",
        "本报讯（记者 林 川）今年以来，巴林右旗新建牧区节水灌溉饲草地2万亩，"
        "巴林右旗大板镇、巴彦塔拉苏木等地的牧民用上了喷灌设备。巴林右旗水利局负责人说，全旗将再建水源井50眼。", ""])
    page = parse_page(text, mentions=False)
    assert page.paper.name == "赤峰日报" and page.paper.place == "赤峰市"


def test_a_city_paper_whose_pieces_each_say_全县_of_their_own_county_is_the_prefecture_s():
    # three pieces from three counties of 曲靖市, each saying 全县 of its own county: the
    # county words say nothing of whose paper this is; the spread over one prefecture does
    text = "\n\n".join([
        "陆良县蚕豆喜获丰收",
        "本报讯（记者 杨 帆）连日来，陆良县召夸镇的蚕豆进入采收期。今年全县种植蚕豆12万亩，陆良县农业农村局预计总产量可达3万吨。",
        "罗平县油菜花节开幕",
        "本报讯（记者 李 青）2月18日，罗平县第二十五届油菜花文化旅游节开幕。全县油菜种植面积达到32万亩，罗平县文旅局介绍，节会期间将举办系列活动。",
        "会泽县新建高标准农田",
        "本报讯（通讯员 张 敏）今年以来，会泽县新建高标准农田8万亩。全县已累计建成高标准农田60万亩，会泽县还将继续推进农田改造。",
        "师宗县开展春季植树",
        "本报讯（记者 王 磊）近日，师宗县干部群众在五龙乡开展义务植树活动，全县今年计划完成营造林5万亩。",
    ])
    assert infer_place(text)[0] == "曲靖市"
    assert parse_page(text, mentions=False).paper.place == "曲靖市"


def test_a_provincial_paper_that_says_我省_is_the_province_s():
    text = "\n\n".join([
        "我省夏粮收购进度过半",
        "本报讯（记者 周 宁）记者从省粮食和物资储备局获悉，截至6月20日，我省已收购小麦420万吨。"
        "襄阳市、荆门市、孝感市收购量居前三位，我省今年托市收购价格保持稳定。",
        "我省新开通三条国际货运航线",
        "本报讯（记者 刘 畅）6月19日，鄂州花湖机场新开通至欧洲的三条国际货运航线，宜昌市、荆州市的企业当天就有货物出港。"])
    assert infer_place(text)[0] == "湖北省"


def _one_piece_page(header: list[str], title: str, lede: str):
    """The page of one piece under its header lines (the paper's name, the date)."""
    return parse_page("\n".join(header + ["", title, "", lede, ""]), mentions=False)


def test_a_paper_named_for_a_place_of_another_province_than_its_page_keeps_the_page_s_place():
    # 凤城 names a county-level city of 辽宁, and is an old name of 银川 too: the page,
    # naming 银川's districts and saying 我市, is 银川's
    page = _one_piece_page(
        ["凤城晚报", "2024年5月6日　星期一"], "贺兰山东麓葡萄园迎来春灌",
        "本报讯（记者 马 兰）连日来，我市永宁县、西夏区的酿酒葡萄园陆续开始春灌。"
        "永宁县闽宁镇的种植户说，今年我市葡萄园的滴灌面积又扩大了。西夏区镇北堡镇的酒庄也在抓紧修剪葡萄藤，"
        "贺兰县金山乡的葡萄园已完成春灌。")
    assert page.paper.place == "银川市"


def test_a_county_level_city_named_far_more_than_its_prefecture_s_other_counties_is_我市():
    text = "\n\n".join([
        "温岭市新增三家“链主”企业",
        "本报讯（记者 林 涛）记者从温岭市经信局获悉，我市又有三家企业入选省级“链主”企业名单。"
        "温岭市泵与电机产业去年产值突破500亿元，温岭市还将出台扶持政策。",
        "石塘镇渔民喜迎开渔",
        "本报讯（通讯员 陈 晨）9月16日，温岭市石塘镇的渔船陆续出海。我市今年开渔首日出海渔船800余艘，"
        "温岭市海洋与渔业局派出执法船护航，临海市的部分渔船也在石塘渔港卸货。"])
    assert infer_place(text)[0] == "温岭市"


def test_a_paper_named_for_a_county_of_another_prefecture_than_its_page_keeps_the_page_s_place():
    # 嫩江 is the river through 齐齐哈尔 and a county-level city of 黑河: a page naming
    # 齐齐哈尔's districts and counties and never the county of the paper's name is 齐齐哈尔's
    page = _one_piece_page(
        ["嫩江都市报", "2024年5月6日　星期一"], "黑土地保护性耕作面积再扩大",
        "本报讯（记者 马 兰）记者从齐齐哈尔市农业农村局获悉，今年齐齐哈尔市保护性耕作面积将达到800万亩。"
        "讷河市、依安县、克山县的种植户已开始免耕播种，龙江县的农机合作社也在抓紧检修机具，"
        "齐齐哈尔市还将对实施保护性耕作的地块给予补贴。")
    assert page.paper.place == "齐齐哈尔市"


@pytest.mark.parametrize("header, place", [
    ("保靖融媒周刊　　2024年4月2日　星期二　　第3版", "保靖县"),
    ("汪清时讯　2021年6月3日　星期四　第2版", "汪清县"),
])
def test_a_county_media_centre_s_weekly_named_in_the_running_header_is_that_county_s(header, place):
    page = _one_piece_page([header], "茶园开采",
                           "本报讯（记者 马 兰）连日来，全县茶园陆续开采，茶农忙着采摘春茶。全州各地的客商也纷纷赶来收购。")
    assert page.paper.place == place, (page.paper, )


@pytest.mark.parametrize("name", ["中华农民报", "华夏经济报", "人民日报"])
def test_a_national_paper_has_no_place_of_its_own(name):
    page = _one_piece_page([name, "2019年6月12日　星期三"], "夏粮收购进度过半",
                           "本报郑州6月11日电（记者 马 兰）记者从河南省粮食和物资储备局获悉，周口市、商丘市、驻马店市收购小麦420万吨。"
                           "周口市的收购点排起了长队，商丘市、驻马店市也增设了收购网点。")
    assert page.paper.place is None


def test_a_page_naming_several_cities_of_one_province_about_as_often_is_the_province_s():
    text = "\n\n".join([
        "深圳科技企业研发投入增长三成",
        "本报深圳3月5日电（记者 林 川）今年以来，深圳市科技企业研发投入增长三成，深圳市南山区新增专精特新企业42家，深圳市还将加大支持。",
        "广州生物医药产业园开园",
        "本报广州3月5日电（记者 苏 明）3月4日，广州市黄埔区生物医药产业园开园，广州市首批入驻企业26家，广州市将给予三年租金补贴。",
        "珠海海洋装备出口提速",
        "本报珠海3月5日电（记者 马 兰）今年前两个月，珠海市海洋装备出口增长21%，珠海市香洲区的企业订单排到年底。",
        "东莞智能终端产业集群再扩容",
        "本报东莞3月5日电（记者 赵 宁）东莞市新增智能终端企业35家，东莞市松山湖片区集聚了其中一半。"])
    assert infer_place(text)[0] == "广东省"
