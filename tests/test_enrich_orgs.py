"""Tests for baoxun.enrich.orgs: sentences of our own -> the organisations they name."""
from __future__ import annotations


import pytest

from baoxun.enrich.orgs import find_organizations


def names(text: str) -> list[str]:
    """The names found, in order, checking every span on the way."""
    out = []
    for o in find_organizations(text):
        assert o["spans"], o
        for s, e in o["spans"]:
            assert text[s:e] == o["name"], (o, text[s:e])
        out.append(o["name"])
    return out


CASES = [
    # a university named for its region and its field (the region alone reads as a name);
    # a school or hospital with its staff printed after it (小学|教师: the segmenter's one word)
    ("县政府与齐鲁工业大学签署校地合作协议。", ["县政府", "齐鲁工业大学"]),
    ("荆楚理工学院的学生走进田间。", ["荆楚理工学院"]),
    ("（作者系杭州市西湖区竹溪小学教师）", ["杭州市西湖区竹溪小学"]),
    ("县人民医院护士长李娜带队义诊。", ["县人民医院"]),
    ("樱桃专业合作社正在招工。", []),
    # the Production and Construction Corps' divisions and regiments
    ("第八师一四九团今年棉花单产再创新高。", ["第八师", "一四九团"]),
    ("第一师十团的职工们正在采摘红枣。", ["第一师", "十团"]),
    ("三团队伍在比赛中表现出色。", []),
    ("他们把兵团精神代代相传。", []),
    # associations abroad and at home, organising committees, leading groups, a court's tribunal
    ("新加坡晋江会馆日前向母校捐赠奖学金。", ["新加坡晋江会馆"]),
    ("县委农村工作领导小组召开全体会议。", ["县委农村工作领导小组"]),
    ("洪洞县甘亭人民法庭在村里开庭。", ["洪洞县甘亭人民法庭"]),
    ("石河子市人力资源市场举办招聘会。", ["石河子市人力资源市场"]),
    ("泰宁县国有林场今年新造林两千亩。", ["泰宁县国有林场"]),
    ("比赛在朝阳体育馆举行。", []),      # a venue is a place (the public NER split's convention)
    ("青岛市代表队获得团体冠军。", ["青岛市代表队"]),   # a place's team, as a country's (中国队) is
    # a township's or a street's party committee before its secretary's post is the post's
    ("白沙镇党委书记贺军介绍了全镇的秋收进度。", []),
    ("新村街道党工委副书记程敏带队检查。", []),
    ("镇党委研究部署了冬季防火工作。", ["镇党委"]),
    # a branch printed right after its parent is one body
    ("市公安局高新分局民警及时赶到现场。", ["市公安局高新分局"]),
    ("县农业银行东城支行开展金融知识宣传。", ["县农业银行东城支行"]),
    # a party department named only as the body of its head's post is part of the post
    ("县委常委、宣传部部长孙立出席会议。", []),
    ("县委常委、县委办公室主任郭平主持会议。", []),
    ("县委宣传部组织开展理论宣讲活动。", ["县委宣传部"]),
    # 经开区 is how papers shorten 经济技术开发区
    ("临江经开区新签约项目十二个，总投资八十亿元。", ["临江经开区"]),
    # a level word opens a department's name
    ("记者从市招考中心获悉，考试将于下周举行。", ["市招考中心"]),
    ("区住建局逐项明确节点任务。", ["区住建局"]),
    ("市人力资源和社会保障局、市财政局联合发文。", ["市人力资源和社会保障局", "市财政局"]),
    # a place opens it, and takes the places before it
    ("山西省太原市迎泽区人民法院依法审理此案。", ["山西省太原市迎泽区人民法院"]),
    ("晋城市城区市场监督管理局开展专项检查。", ["晋城市城区市场监督管理局"]),
    # the system a local body belongs to stands before its place
    ("国网平顺县供电公司组织员工开展安全培训。", ["国网平顺县供电公司"]),
    ("国家税务总局长子县税务局推行网上办税。", ["国家税务总局长子县税务局"]),
    ("中共沁县县委宣传部印发通知。", ["中共沁县县委宣传部"]),
    # coordinated bodies stay apart
    ("会议由市委、市政府联合召开，区委区政府主要负责人参加。", ["市委", "市政府", "区委", "区政府"]),
    ("市档案局和市档案馆推出系列活动。", ["市档案局", "市档案馆"]),
    # a post is not a body: 市委常委, 市委书记; the body before a post is
    ("市委常委、宣传部部长王某出席会议，县委书记李某讲话。", []),
    ("市人大常委会副主任张某带队调研，区金融服务中心主任刘某陪同。",
     ["区金融服务中心"]),
    # a body with its sub-unit is one name; the sub-unit's parent alone is not reported there
    ("市公安局交警支队开展夜查行动。", ["市公安局交警支队"]),
    ("市人大常委会教科文卫工委负责人参加调研。", ["市人大常委会教科文卫工委"]),
    # companies: a place or a proper name before the ending
    ("位于开发区的长治市恒信机械有限公司是一家老企业。", ["长治市恒信机械有限公司"]),
    ("企业积极协调太行农商银行开展上门服务。", ["太行农商银行"]),
    ("投资方为北京华夏农业科技集团有限责任公司。", ["北京华夏农业科技集团有限责任公司"]),
    # schools, hospitals, parks, teams
    ("县第一中学和县人民医院的志愿者走进社区。", ["县第一中学", "县人民医院"]),
    ("长治学院的专家到场指导。", ["长治学院"]),
    ("古交市代表团审议政府工作报告。", ["古交市代表团"]),
    ("市委巡察组工作会议召开。", ["市委巡察组"]),
    ("市“七五”普法讲师团成员开展讲座。", ["市“七五”普法讲师团"]),
    # central bodies known by name
    ("教育部公布名单，农业农村部部署春耕。", ["教育部", "农业农村部"]),
    ("坚决贯彻党中央及省委、市委决策部署。", ["党中央", "省委", "市委"]),
    # generic words are no names
    ("该公司负责人表示，各部门和相关单位要加强协作。", []),
    ("企业发展新格局正在形成，广大干部群众干劲十足。", []),
    ("农业农村部门要加强指导，公共场所要做好消杀。", []),
    ("村里成立了樱桃专业合作社，建起了智慧农业产业园。", []),
    ("这所小学是一所乡村寄宿制学校。", []),
    # a level word glued by the segmenter to what follows is still found
    ("市民政局、市残联、市慈善总会开展慰问。", ["市民政局", "市残联", "市慈善总会"]),
    ("市住建局局长王某介绍情况。", ["市住建局"]),
    # in a list the level is said once
    ("旗林业和草原局、生态环境分局等单位参加活动。", ["旗林业和草原局", "生态环境分局"]),
    # a session is not the body
    ("十四届全国人大三次会议在京开幕。", []),
    # the members of a list of companies
    ("集团下设星河科技、云帆物流、楼宇会等五家专业公司。", ["星河科技", "云帆物流", "楼宇会"]),
    ("推动钢铁、焦化、电力等行业企业转型升级。", []),
    # two names joined by 和 stay two; 和 inside one name does not split it
    ("太原理工大学和山西大学的学生参加比赛。", ["太原理工大学", "山西大学"]),
    ("市住房和城乡建设局和市自然资源局联合发文。", ["市住房和城乡建设局", "市自然资源局"]),
    # banks by their short names before the branch's place
    ("农行长治分行、建行长治分行参加对接会。", ["农行长治分行", "建行长治分行"]),
    # a district's education commission, a city's auto town, the national observatory
    ("区教委、区人社局负责人参加座谈。", ["区教委", "区人社局"]),
    ("长春国际汽车城今年新签约项目12个。", ["长春国际汽车城"]),
    ("中央气象台继续发布高温黄色预警。", ["中央气象台"]),
    # a congress, conference, court or procuratorate named only in its head's post is the post
    ("县人大常委会主任薛志明，县政协主席贾文清，县法院院长韩东海列席会议。", []),
    ("市政协副主席王立新出席。市政协召开专题协商会。", ["市政协"]),
    # a company's registered name opens with its province; the town printed before it is where it is
    ("九集镇湖北丰泽农业科技有限公司今年订单增长三成。", ["湖北丰泽农业科技有限公司"]),
    ("高沟镇安徽华鑫电缆有限公司年产值超10亿元。", ["安徽华鑫电缆有限公司"]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_organizations(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_every_span_is_listed() -> None:
    text = "区发改局开展宣传。区发改局负责人介绍，区发改局将继续推进。"
    (o,) = find_organizations(text)
    assert o["name"] == "区发改局"
    assert o["spans"] == [[0, 4], [9, 13], [19, 23]]


def test_company_named_again_without_its_place() -> None:
    text = "山西宏远商贸有限公司扩大生产。宏远商贸有限公司是一家服装企业。"
    assert names(text) == ["山西宏远商贸有限公司"]


def test_empty_and_plain_text() -> None:
    assert find_organizations("") == []
    assert find_organizations("今天天气很好，适合出行。") == []


def test_an_era_before_the_party_is_no_organisation() -> None:
    from baoxun import find_mentions
    from baoxun.enrich import ner
    if not ner.available():
        pytest.skip("the learned tagger is not installed")
    text = "要完整、准确、全面贯彻新时代党的治边方略，铸牢中华民族共同体意识。"
    assert [o["name"] for o in find_mentions(text)["organizations"]] == []


def test_orgs_a_rare_hanzi_the_segmenter_does_not_know_stays_in_the_name():
    from baoxun.enrich import find_mentions
    text = "千佛岭乡的恒山芪源中药材专业合作社加工车间里，工人们正在分拣黄芪。"
    assert "恒山芪源中药材专业合作社" in [o["name"] for o in find_mentions(text)["organizations"]]


def test_a_list_of_masked_people_before_等地_names_no_company():
    from baoxun.enrich.orgs import find_organizations
    text = "其间，被告人陈某、何某某等人在佛山、广州等地收购银行卡，用于转移资金。"
    assert find_organizations(text) == [], find_organizations(text)


@pytest.mark.parametrize("text,expected", [
    # a department printed right after its body is one organisation
    ("记者从常德市财政局预算处获悉，今年预算执行良好。", ["常德市财政局预算处"]),
    ("可向市委组织部干部监督科反映。", ["市委组织部干部监督科"]),
    ("城江师范大学旅游学院教授林川介绍", ["城江师范大学旅游学院"]),
    ("市委第二巡察组进驻城东区。", ["市委第二巡察组"]),
    # ... but not a clause after it, a post, a crew, or a company's own sections
    ("区文物保护中心设立专题展室，", ["区文物保护中心"]),
    ("城江工业大学无人机团队研发的", ["城江工业大学"]),
    ("城江酒业有限公司种植部负责人说", ["城江酒业有限公司"]),
    ("会议在恩施市民政局二楼会议室召开。", ["恩施市民政局"]),
    # a village's, a town's or a district's team
    ("口寨村队 3∶1 乐里镇联队", ["口寨村队", "乐里镇联队"]),
    ("决赛中，石花镇队力克越城区队夺冠。", ["石花镇队", "越城区队"]),
    ("我县三江水族乡队获得冠军", ["三江水族乡队"]),
    ("全区各乡镇代表队参赛", []),
])
def test_departments_and_local_teams(text: str, expected: list[str]) -> None:
    assert [o["name"] for o in find_organizations(text)] == expected


@pytest.mark.parametrize("text, name", [
    ("政协宁城县第十届委员会第五次会议在县会议中心开幕。", "政协宁城县第十届委员会"),
    ("记者从人民银行六安市分行获悉，全市贷款余额持续增长。", "人民银行六安市分行"),
])
def test_a_system_named_before_the_place_is_part_of_the_body(text: str, name: str) -> None:
    # 政协 + place + 第N届委员会, 人民银行 + place + 分行: one body, its system named first
    from baoxun import find_mentions
    names = [o["name"] for o in find_mentions(text)["organizations"]]
    assert name in names, names


def test_the_report_a_government_makes_is_no_second_body():
    from baoxun import find_mentions
    names = [o["name"] for o in find_mentions("罗立新代表市人民政府作政府工作报告。")["organizations"]]
    assert names == ["市人民政府"], names


def test_a_bureau_s_centre_named_with_a_distinguishing_word_is_one_department():
    # 县司法局|公共法律服务中心: 公共 (a distinguishing word) opens the centre's name
    from baoxun import find_mentions
    names = [o["name"] for o in find_mentions("请县司法局公共法律服务中心主任廖春梅进行解答。")["organizations"]]
    assert names == ["县司法局公共法律服务中心"], names
    names = [o["name"] for o in find_mentions("县教育局主要负责人表示，将加快建设。")["organizations"]]
    assert names == ["县教育局"], names


@pytest.mark.parametrize("text,name", [
    ("县高新区管委会负责人介绍了园区招商情况。", "县高新区管委会"),
    ("县产业集聚区管委会今年新引进项目12个。", "县产业集聚区管委会"),   # (集聚: a verb inside the name)
])
def test_a_zone_s_own_qu_is_no_level_word_opening_its_committee(text, name):
    # 开发|区|管委会: the 区 ends the zone's name; it does not open 区管委会 as 区委 opens a body
    assert name in [o["name"] for o in find_organizations(text)]


@pytest.mark.parametrize("text, body, not_a_body", [
    # a department named after its body stops at a post, a name or a verb (带队 ends on 队)
    ("督导组组长、省应急管理厅副厅长王建军带队来县督导。", "省应急管理厅", "带队"),
    ("市卫生健康委主任李红带队到城关镇检查。", "市卫生健康委", "带队"),
])
def test_a_body_s_department_never_runs_through_a_post_a_name_and_a_verb(text, body, not_a_body):
    from baoxun import find_mentions
    found = [o["name"] for o in find_mentions(text)["organizations"]]
    assert body in found and not any(not_a_body in n for n in found), found


@pytest.mark.parametrize("text, body", [
    ("自治区文化和旅游厅有关负责人表示，将持续开展冬季旅游推广。", "自治区文化和旅游厅"),
    ("自治区农牧厅组织两千余名农技人员下沉一线。", "自治区农牧厅"),
    ("自治州人民医院专家到乡镇开展义诊。", "自治州人民医院"),
])
def test_an_autonomous_region_s_or_prefecture_s_level_opens_its_body(text, body):
    assert body in names(text)


def test_a_party_whose_name_opens_like_a_level_word_is_still_found_by_the_tagger():
    from baoxun import find_mentions
    found = [o["name"] for o in find_mentions("加拿大自由党领袖昨天在渥太华发表讲话。")["organizations"]]
    assert "自由党" in found or "加拿大自由党" in found, found


def test_a_post_s_office_is_a_body_of_its_own():
    from baoxun import find_mentions
    found = [o["name"] for o in find_mentions("他在县人民医院院长办公室工作了十年。")["organizations"]]
    assert "县人民医院院长办公室" in found, found
