"""Tests for baoxun.enrich.places: sentences of our own -> the places they name."""
from __future__ import annotations


import pytest

from baoxun.enrich import find_mentions
from baoxun.enrich.places import find_places, place_spans


def found(text: str, place: str | None = None) -> dict[str, tuple[str | None, str | None, str | None]]:
    """name -> (province, city, county), checking every span on the way."""
    out = {}
    for p in find_places(text, place=place):
        assert p["spans"], p
        for s, e in p["spans"]:
            assert text[s:e] == p["name"], (p, text[s:e])
        assert p["code"] is None or (len(p["code"]) == 6 and p["code"].isdigit())
        out[p["name"]] = (p["province"], p["city"], p["county"])
    return out


# (text, paper's place, expected name -> (province, city, county)); names not listed must
# not be found
CASES = [
    # a chain: province, city, county, each as far as its level goes
    ("山西省长治市潞州区召开会议。", None,
     {"山西省": ("山西省", None, None), "长治市": ("山西省", "长治市", None),
      "潞州区": ("山西省", "长治市", "潞州区")}),
    # a municipality is its districts' city and its own
    ("代表团先后赴北京、重庆考察。", None,
     {"北京": ("北京市", "北京市", None), "重庆": ("重庆市", "重庆市", None)}),
    ("海淀区的科技企业数量居全市首位。", None, {"海淀区": ("北京市", "北京市", "海淀区")}),
    # a generic district name resolved by the city printed before it
    ("晋城市城区的老街改造完工。", None,
     {"晋城市": ("山西省", "晋城市", None), "城区": ("山西省", "晋城市", "城区")}),
    # ... and by the paper's place when printed alone as a short form
    ("太谷的饼子远近闻名。", "晋中市", {"太谷": ("山西省", "晋中市", "太谷区")}),
    # a full and a short form of one place: the full name is the entry
    ("长治是一座古城，长治市的人口超过三百万。", None, {"长治市": ("山西省", "长治市", None)}),
    # places inside organisation names are places too
    ("国网武乡县供电公司组织安全培训。", None, {"武乡县": ("山西省", "长治市", "武乡县")}),
    ("大同公益协会的志愿者来到敬老院。", None, {"大同": ("山西省", "大同市", None)}),
    # 我市 / 我区 are no places; everyday words are not short county names
    ("我市我区全力以赴，决战决胜。", "长治市", {}),
    ("这座古城的夜景吸引了众多游客，气温突破三十度大关。", None, {}),
    ("种粮大户张宝山说，今年收成不错。", None, {}),
    # a short county name inside a village's or a mountain's name is not the county
    ("游客登上麦积山，俯瞰山下的太白村。", None, {"太白村": (None, None, None)}),
    # sub-county places named after their county, town or village
    ("在于都县贡江镇长征源村，村民正在采摘。", None,
     {"于都县": ("江西省", "赣州市", "于都县"), "贡江镇": ("江西省", "赣州市", "于都县"),
      "长征源村": ("江西省", "赣州市", "于都县")}),
    ("小店区郑村的道路拓宽了。", None,
     {"小店区": ("山西省", "太原市", "小店区"), "郑村": ("山西省", "太原市", "小店区")}),
    # a list shares the county of its first member
    ("上海市崇明区前进村、新建村发展民宿经济。", None,
     {"上海市": ("上海市", "上海市", None), "崇明区": ("上海市", "上海市", "崇明区"),
      "前进村": ("上海市", "上海市", "崇明区"), "新建村": ("上海市", "上海市", "崇明区")}),
    # the only county the article names
    ("鹿寨县推广甘蔗良种。前进村和民主村的蔗农领到了种苗。", None,
     {"鹿寨县": ("广西壮族自治区", "柳州市", "鹿寨县"), "前进村": ("广西壮族自治区", "柳州市", "鹿寨县"),
      "民主村": ("广西壮族自治区", "柳州市", "鹿寨县")}),
    # the paper's county when the article speaks of it (我县); else only its city
    ("我县果农忙采摘。在长坪村，一筐筐苹果装上了车。", "洛宁县",
     {"长坪村": ("河南省", "洛阳市", "洛宁县")}),
    # a village named in the same text as a town of the table goes with the town's county
    ("讷南镇建成粮食烘干中心。前进村种粮大户说，烘干更方便了。", None,
     {"讷南镇": ("黑龙江省", "齐齐哈尔市", "讷河市"), "前进村": ("黑龙江省", "齐齐哈尔市", "讷河市")}),
    ("不少市民周末前往果园村采摘草莓。", "潞州区", {"果园村": ("山西省", "长治市", None)}),
    # generic words that end like places
    ("全县9个乡镇、110个村实现全覆盖，农村面貌焕然一新。", "襄垣县", {}),
    ("义诊进社区，城乡居民都受益，美丽乡村建设提速。", None, {}),
    ("30个提档升级村和6个示范村通过验收。", None, {}),
    # a generic word (建制村, 部分社区, 贫困嘎查) or a sentence's verb (推动社区治理) before an
    # ending names no place; the verbs villages are named by still do (前进村)
    ("全县共有建制村120个，部分社区实行网格化管理。", None, {}),
    ("全旗贫困嘎查全部出列，推动社区治理创新。", None, {}),
    ("他被选派驻村担任第一书记。", None, {}),
    ("让桑树河村的村民过上好日子。", None, {"桑树河村": (None, None, None)}),
    # places abroad keep no province, city or county
    ("苹果经中欧班列发往哈萨克斯坦、俄罗斯。", None,
     {"哈萨克斯坦": (None, None, None), "俄罗斯": (None, None, None)}),
    ("企业增加纳税额度。", None, {}),
    ("在英国伦敦举行的展会上，企业签约12亿元。", None,
     {"英国": (None, None, None), "伦敦": (None, None, None)}),
    # a word of nearness is no part of the village's name; regions, ranks and a village the
    # cadres are paired with are no places of the map
    ("合作社带动周边北庄村群众就业。", None, {"北庄村": (None, None, None)}),
    ("坝上地区马铃薯进入收获期，联系村和百强县的干部前来观摩。", None, {}),
    # a town's level character does not open a county's short name (黄埠镇|原党委副书记: 镇原)
    ("上蔡县黄埠镇原党委副书记李国华违规收受礼金问题。", None,
     {"上蔡县": ("河南省", "驻马店市", "上蔡县"), "黄埠镇": ("河南省", "驻马店市", "上蔡县")}),
    ("推进居家社区养老服务，去年村里新建了文化广场。", None, {}),
]


@pytest.mark.parametrize("text,place,expected", CASES)
def test_places(text: str, place: str | None, expected: dict) -> None:
    assert found(text, place) == expected


def test_town_table_resolves_towns() -> None:
    # a town of the table: its county comes from the table when the name is unique there
    got = found("王坛镇的樱桃红了，游客纷纷前来采摘。")
    assert got["王坛镇"] == ("浙江省", "绍兴市", "柯桥区")


def test_ambiguous_town_takes_the_papers_county() -> None:
    # 城关镇 is the name of towns in many counties: the paper's county picks one
    got = found("城关镇代表队获得一等奖。", "嵩县")
    assert got["城关镇"] == ("河南省", "洛阳市", "嵩县")
    got = found("城关镇代表队获得一等奖。", "汝阳县")
    assert got["城关镇"] == ("河南省", "洛阳市", "汝阳县")


def test_short_town_names_of_the_papers_county() -> None:
    # a county paper names its own towns without 镇: 陈埭 is 晋江's 陈埭镇
    got = found("陈埭是全国知名的鞋都。", "晋江市")
    assert got["陈埭"] == ("福建省", "泉州市", "晋江市")
    # and with the full name in the same text, the full name is the entry
    got = found("陈埭的鞋企抱团出海，陈埭镇鼓励企业建海外仓。", "晋江市")
    assert set(got) == {"陈埭镇"}


def test_every_span_is_listed() -> None:
    text = "潞州区召开会议。会后，潞州区领导调研。"
    (p,) = find_places(text)
    assert p["spans"] == [[0, 3], [11, 14]]
    assert p["code"] == "140403"


def test_place_spans_keep_short_forms() -> None:
    text = "长治是一座古城，长治市的人口超过三百万。"
    assert place_spans(text) == [(0, 2), (8, 11)]


def test_empty_and_plain_text() -> None:
    assert find_places("") == []
    assert find_places("今天天气很好，适合出行。") == []



@pytest.mark.parametrize("text", ["武汉市青山区", "武汉市青山区和包头市青山区", "晋城市城区晋城市城区"])
def test_places_district_under_its_city_never_raises(text):
    from baoxun.enrich import find_mentions

    places = find_mentions(text)["places"]
    assert any(p["name"] == "青山区" or p["name"] == "城区" for p in places)
    for p in places:
        for s, e in p["spans"]:
            assert text[s:e] == p["name"]


@pytest.mark.parametrize("text,name", [
    ("有消息称，美国政府将调整关税。", "美国"),      # a country inside an organisation's name
    ("法国总理在记者会上说。", "法国"),                 # glued to a post by the segmenter
    ("德国人做事认真。", "德国"),
    ("会议在温得和克开幕。", "温得和克"),               # a capital abroad
])
def test_countries_and_capitals_abroad(text: str, name: str) -> None:
    (p,) = find_places(text)
    assert p["name"] == name and p["province"] is None and p["code"] is None


def test_not_a_country_inside_a_word() -> None:
    assert find_places("增加纳税人的获得感。") == []


@pytest.mark.parametrize("text, home", [("冰天雪地也是金山银山，冰雪经济大有可为。", "通化市"),
                                        ("察尔汗盐湖的采盐船正在作业。", "格尔木市")])
def test_a_far_districts_short_name_is_no_place_on_another_provinces_page(text, home):
    names = [p["name"] for p in find_places(text, place=home)]
    assert "金山" not in names and "盐湖" not in names, names


def test_a_districts_short_name_stays_a_place_at_home_or_beside_its_city():
    assert "盐湖" in [p["name"] for p in find_places("盐湖举办农民丰收节。", place="运城市")]
    assert "金山" in [p["name"] for p in find_places("上海金山举办农民画展。", place="通化市")]


def test_a_place_printed_only_inside_a_persons_name_is_no_place():
    from baoxun import find_mentions
    m = find_mentions("每年汛期，护堤员杜长海都要沿着大堤走上一遍。", date="2024-07-01", place="郑州市")
    assert "杜长海" in [p["name"] for p in m["people"]]
    assert all(p["name"] != "长海" for p in m["places"]), m["places"]


@pytest.mark.parametrize("text", ["因管网改造，硚口区古田二路部分路段停水。", "以前去镇上看病要走两个小时。"])
def test_a_road_or_a_sentences_words_before_an_ending_name_no_place(text):
    names = [p["name"] for p in find_places(text, place="武汉市")]
    assert "古田" not in names and not any(n.startswith("以前") for n in names), names


@pytest.mark.parametrize("text", ["培育一批典型县镇村，带动更多县镇村共同发展。", "吸引年轻人回村创业。",
                                  "全区六个主产镇种植面积达三万亩。", "典型镇和典型村建设进展顺利。"])
def test_generic_words_with_a_villages_or_towns_ending_name_no_place(text):
    assert find_places(text) == []


def test_a_village_named_by_a_verb_of_its_year_is_still_a_place():
    assert [p["name"] for p in find_places("前进村种粮大户讲起今年的收成。")] == ["前进村"]


def test_a_far_districts_short_name_does_not_draw_the_papers_city_to_its_province():
    # 北岳恒山 is the mountain, not 鸡西市's 恒山区: it must not pull 大同 to 大庆市's 大同区
    from baoxun.enrich.places import find_places
    text = ("大同历史悠久，境内有云冈石窟、北岳恒山等名胜，每年吸引大批游客。"
            "今年以来，我市接待游客人数持续增长，旅游收入稳步提高。")
    found = {p["name"]: (p["city"], p["county"]) for p in find_places(text, place="大同市")}
    assert found.get("大同") == ("大同市", None), found


def test_a_people_and_its_autonomy_with_no_place_before_them_is_no_place():
    from baoxun import find_mentions
    from baoxun.enrich import ner
    if not ner.available():
        pytest.skip("the learned tagger is not installed")
    text = "互助土族自治县是全国唯一的土族自治县。"
    assert [p["name"] for p in find_mentions(text)["places"]] == ["互助土族自治县"]


@pytest.mark.parametrize("text", [
    "新任村党组织书记培训班在县委党校开班。",
    "村民可持身份证到户籍所在村申报。",
    "居民可联系属地街道或所在社区办理。",
    "从优秀村党组织书记中选拔乡镇领导干部。",
])
def test_places_a_word_that_ends_like_a_village_names_no_place(text):
    assert find_mentions(text)["places"] == []


def test_places_a_village_named_by_a_verb_word_is_still_one():
    assert "前进村" in [p["name"] for p in find_mentions("前进村种粮大户李宝山说，今年收成不错。")["places"]]


def test_a_page_record_lists_the_map_and_countries_abroad_not_china_short_names_or_regions():
    """find_mentions reads places as entity recognition does (中国 is a location); a page
    record lists the administrative map and countries abroad (MENTIONS.md)."""
    from baoxun import find_mentions, parse_page
    body = ("本报讯（记者 方岚）今年以来，松溪县竹制品远销东南亚和俄罗斯，"
            "中国竹产业协会专家来县调研时表示，中国竹业正加快走向港澳市场。")
    plain = {p["name"] for p in find_mentions(body)["places"]}
    assert {"中国", "松溪县", "俄罗斯"} <= plain
    page = parse_page("2024年5月16日 星期四\n\n松溪竹制品走俏海外\n\n" + body + "\n")
    listed = {p["name"] for a in page.articles for p in a.mentions["places"]}
    assert {"松溪县", "俄罗斯"} <= listed
    assert not listed & {"中国", "东南亚", "港", "澳"}, listed


@pytest.mark.parametrize("text, wrong", [("经考察，张立新同志拟任县（市、区）委书记。", "任县"),
                                         ("这里日照充足，适合种植葡萄。", "日照")])
def test_a_place_the_tagger_reads_inside_a_stoplist_compound_is_no_place(text, wrong):
    from baoxun import find_mentions
    assert wrong not in {p["name"] for p in find_mentions(text)["places"]}


@pytest.mark.parametrize("text, names", [
    ("三明市永安、将乐、清流等地推广林下经济。", ["三明市", "永安", "将乐", "清流"]),
    ("大同市云州、浑源、阳高等县区扩大黄花种植。", ["大同市", "云州", "浑源", "阳高"]),
])
def test_a_list_of_county_short_names_is_read_whole(text, names):
    from baoxun import find_mentions
    assert [p["name"] for p in find_mentions(text)["places"]] == names


@pytest.mark.parametrize("text, wrong", [("农村居民收入增速快于城镇居民2.2个百分点。", "于城镇"),
                                         ("先锋、李市、慈云、嘉平等镇推广稻渔综合种养。", "平等镇"),
                                         ("惠及全旗6个苏木镇的1.3万余户牧民。", "苏木镇")])
def test_a_town_of_the_table_read_across_a_comparative_or_an_etcetera_is_none(text, wrong):
    from baoxun import find_mentions
    assert wrong not in [p["name"] for p in find_mentions(text)["places"]]


def test_a_town_of_the_table_after_its_county_is_still_read():
    from baoxun import find_mentions
    assert "平等镇" in [p["name"] for p in find_mentions("龙胜各族自治县平等镇召开现场会。")["places"]]


@pytest.mark.parametrize("text, person, not_place", [
    ("晓起村党支部书记江永旺一边帮游客指路一边说。", "江永旺", "江永"),   # 江|永旺: a surname and a given name
    ("镇长高平安介绍，今年全镇新建大棚两百栋。", "高平安", "高平"),
])
def test_a_county_s_name_that_opens_a_three_character_name_is_no_place(text, person, not_place):
    from baoxun.enrich import find_mentions
    m = find_mentions(text, date="2024-03-22")
    assert person in [p["name"] for p in m["people"]]
    assert all(p["name"] != not_place for p in m["places"]), m["places"]


@pytest.mark.parametrize("text, name, county", [
    # a village named by a number, right after its town
    ("9月16日，双龙镇十八洞村猕猴桃基地开园。", "十八洞村", "花垣县"),
    # a community named by a slogan's word, after its town or a word of place
    ("花垣镇幸福社区、民族路将暂停供水。", "幸福社区", "花垣县"),
    # several counties named: the village is in the last one named before it in its line
    ("榕江县、从江县的球队都来了。榕江县车江乡口寨村的球员最多。", "口寨村", "榕江县"),
])
def test_a_village_gets_the_county_the_text_makes_clear(text, name, county):
    from baoxun.enrich.places import find_places
    found = {p["name"]: p for p in find_places(text, place="花垣县")}
    assert name in found and found[name]["county"] == county, found


@pytest.mark.parametrize("text", ["努力打造幸福社区，让群众过上好日子。", "湘西经济开发区和县内45家企业提供岗位。"])
def test_a_slogan_or_a_conjunction_is_no_place(text):
    from baoxun.enrich.places import find_places
    names = [p["name"] for p in find_places(text, place="花垣县")]
    assert "幸福社区" not in names and "和县" not in names, names


@pytest.mark.parametrize("text, village", [
    ("县人大代表、八里罕镇东山村党支部书记刘凤山建议加大冷链投入。", "东山村"),
    ("城南镇西山村今年种植中药材2000亩。", "西山村"),
])
def test_a_village_named_right_after_its_town_holds_a_generic_word_whole(text: str, village: str) -> None:
    # 东山村 holds 山村 (a mountain village), but printed right after its town it is the village's name
    from baoxun import find_mentions
    names = [p["name"] for p in find_mentions(text, place="宁城县")["places"]]
    assert village in names, names
    assert "山村" not in [p["name"] for p in find_mentions("打造美丽山村，留住乡愁。", place="宁城县")["places"]]
