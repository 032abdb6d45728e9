"""The people-and-posts finder (enrich/people.py): one table per construction, sentences
written for these tests (not taken from the seed or example pages)."""
from __future__ import annotations

import pytest

from baoxun.enrich import find_mentions
from baoxun.enrich.people import find_people


def people(text: str) -> dict[str, list[str]]:
    return {p["name"]: p["posts"] for p in find_people(text)}


# (sentence, {name: posts}) — every person the sentence names, with the posts printed
POST_CHAINS = [
    # level + body + rank, chained with 、
    ("6月3日，县委常委、常务副县长蒋明远到河口乡调研。",
     {"蒋明远": ["县委常委", "常务副县长"]}),
    ("市委副书记、市长欧阳晓峰主持会议并讲话。",
     {"欧阳晓峰": ["市委副书记", "市长"]}),
    ("省委常委、市委书记龚振华会见了客商代表。",
     {"龚振华": ["省委常委", "市委书记"]}),
    ("市人大常委会副主任段秀梅带队视察。",
     {"段秀梅": ["市人大常委会副主任"]}),
    ("区政协主席万国庆出席开幕式。", {"万国庆": ["区政协主席"]}),
    # two people, each with a chain, separated by ，
    ("区委常委、副区长乔永胜，区委常委、组织部部长柯美玲参加活动。",
     {"乔永胜": ["区委常委", "副区长"], "柯美玲": ["区委常委", "组织部部长"]}),
    # a chain across ，and a named body in brackets
    ("市委常委、副市长，高新区（综合保税区）党工委书记、管委会主任邵建业出席签约仪式。",
     {"邵建业": ["市委常委", "副市长", "党工委书记", "管委会主任"]}),
    # a company's or a school's post (the named body before it is not part of the grammar)
    ("江南新材料股份有限公司常务副总经理樊立群介绍了项目进展。",
     {"樊立群": ["常务副总经理"]}),
    ("师范大学文学院教授汤若兰作专题讲座。", {"汤若兰": ["教授"]}),
    ("该项目施工负责人卢永贵正在现场指挥。", {"卢永贵": ["负责人"]}),
    ("实验幼儿园园长甘雨晴带领老师们布置教室。", {"甘雨晴": ["园长"]}),
    ("省级非遗传承人庞秀英现场展示剪纸技艺。", {"庞秀英": ["省级非遗传承人"]}),
    ("县卫健局党组成员、副局长晏海涛讲解政策。", {"晏海涛": ["党组成员", "副局长"]}),
    # a chain steps over a described body (…一家…企业董事长) or the words of a body (市…指挥部)
    ("省人大代表、临江一家竹制品企业董事长桂文渊说，订单排到了年底。",
     {"桂文渊": ["省人大代表", "董事长"]}),
    ("县委常委、县森林防火指挥部指挥长靳宏宇连夜赶到火场。",
     {"靳宏宇": ["县委常委", "指挥部指挥长"]}),
    # a chain of posts over a 、-list is every member's
    ("地委委员、行署副专员苗振东、庹立平参加会议。",
     {"苗振东": ["地委委员", "行署副专员"], "庹立平": ["地委委员", "行署副专员"]}),
    ("副州长阿依努尔·托合提、郜建设出席。",
     {"阿依努尔·托合提": ["副州长"], "郜建设": ["副州长"]}),
    # customs and a spokesman
    ("黄埔海关副关长仉志鹏介绍了通关数据。", {"仉志鹏": ["副关长"]}),
    ("市统计局新闻发言人覃静怡解读了数据。", {"覃静怡": ["新闻发言人"]}),
    # a one-char level that ends a place name is the place's (青石镇|党委副书记)
    ("青石镇党委副书记殷志刚说，今年全镇新建大棚200座。", {"殷志刚": ["党委副书记"]}),
    ("全国人大代表、某某机械有限公司总工程师汪德明建议加大研发投入。",
     {"汪德明": ["全国人大代表", "总工程师"]}),
    ("村党支部书记兼村委会主任焦大勇告诉记者，合作社已有社员80户。",
     {"焦大勇": ["村党支部书记", "村委会主任"]}),
    ("县长助理卜文涛陪同考察。", {"卜文涛": ["县长助理"]}),
    # a name written with a dot (minorities, foreigners)
    ("乡党委书记阿依古丽·吐尔逊介绍了庭院经济发展情况。", {"阿依古丽·吐尔逊": ["乡党委书记"]}),
    # a list of names under a post, its first a name with no Han surname (蒙古族, 维吾尔族 names)
    ("副市长其木格、刘振宇、巴图出席会议。",
     {"其木格": ["副市长"], "刘振宇": ["副市长"], "巴图": ["副市长"]}),
]

# where the name ends: one or two given characters, before verbs and function words
NAME_ENDS = [
    ("返乡青年马俊正带着工人采摘装车。", {"马俊": []}),       # 正 before a verb with 着 is the adverb
    ("副县长张德正说，今年的西瓜收成好。", {"张德正": ["副县长"]}),   # ... but 正 before 说 ends the name
    ("副县长严军在会上作动员。", {"严军": ["副县长"]}),
    ("镇长贺强对记者说，路修好了。", {"贺强": ["镇长"]}),
    ("总经理萧伟微笑着接待了来访者。", {"萧伟": ["总经理"]}),
    ("主任郝海滨告诉记者，中心已开通线上服务。", {"郝海滨": ["主任"]}),
    ("局长毛建国宣布活动启动。", {"毛建国": ["局长"]}),
    ("校长俞苗苗表示，学校将增设兴趣课堂。", {"俞苗苗": ["校长"]}),
    ("院长傅宗来到病房看望患者。", {"傅宗": ["院长"]}),
    ("董事长洪文以视频方式致辞。", {"洪文": ["董事长"]}),
    ("站长赖长青就汛期值守作了安排。", {"赖长青": ["站长"]}),
]

# descriptions that are not posts, labels, lists
NOT_POSTS = [
    ("“今年的桃子卖得好。”果农庄有福满意地说。", {"庄有福": []}),
    ("村民凌大山正在田里查看苗情。", {"凌大山": []}),
    ("县领导祝卫东、詹丽华参加调研。", {"祝卫东": [], "詹丽华": []}),
    ("报名联系人：闵晓东", {"闵晓东": []}),
    ("霍建军、单丽萍等县领导看望了困难群众。", {"霍建军": [], "单丽萍": []}),
    ("拟任人选：\n卢晓东，男，汉族，1979年3月生，研究生学历。", {"卢晓东": []}),
    ("联系人：耿春生  电话：1234567", {"耿春生": []}),
    # a post as a label keeps its post; a space may stand after a description
    ("项目负责人：房立新\n监督电话：7654321", {"房立新": ["负责人"]}),
    ("外地游客 姚思远：“这里的小吃很有特色。”", {"姚思远": []}),
    ("座谈会上，柏志强、鲍红霞、邹一鸣、裘德海等结合工作实际踊跃发言。",
     {"柏志强": [], "鲍红霞": [], "邹一鸣": [], "裘德海": []}),
    ("“活动让我们学到很多。”参赛选手汤晓彤说。", {"汤晓彤": []}),
    ("“订单排到了年底。”当地一家服装厂的经营者鲁秋菊说。", {"鲁秋菊": []}),
    # a kinship word is not a given name
    ("“路灯亮了，晚上出门放心多了。”居民韩阿姨笑着说。", {}),
]

# titles after a name, speech verbs, later bare mentions, people named without context
OTHER = [
    # a notice of appointment: 经研究，决定： X任Y；…, and a list under 一、任命 with X为Y
    ("经研究，决定：周建民任市交通运输局局长；白秀琴任市文化和旅游局副局长。",
     {"周建民": ["市交通运输局局长"], "白秀琴": ["市文化和旅游局副局长"]}),
    ("一、任命\n魏建国为市发展和改革委员会主任；\n孙丽华为市教育局局长。",
     {"魏建国": ["市发展和改革委员会主任"], "孙丽华": ["市教育局局长"]}),
    ("认真领会习近平总书记重要指示精神。", {"习近平": ["总书记"]}),
    ("大家纷纷表示要向雷锋同志学习。", {"雷锋": []}),
    ("“这里的变化太大了。”苗晓燕说。", {"苗晓燕": []}),
    ("据裴东明介绍，新厂房下月投用。", {"裴东明": []}),
    ("新书收录了杜甫的十首诗。", {"杜甫": []}),
    # a feature's headline naming its subject, and an organisation's that names none
    ("卓秀云：把课堂搬到田间地头\n多年来，她坚持送技术下乡。", {"卓秀云": []}),
    ("县住建局：\n老旧小区改造全面铺开", {}),
    # a caption's position mark
    ("图为沈家豪（左一）在车间查看设备。", {"沈家豪": []}),
    # a notice of appointment: the posts each entry holds (现任) and is proposed for (拟任)
    ("现将拟任职干部情况公示如下：\n周文涛，男，1980年5月生，大学学历，中共党员，现任城关镇党委委员、副镇长，拟任城关镇党委副书记。"
     "\n林素梅，女，1985年3月生，研究生学历，现任县发展和改革局副局长，拟任县商务局局长。",
     {"周文涛": ["城关镇党委委员", "副镇长", "城关镇党委副书记"], "林素梅": ["县发展和改革局副局长", "县商务局局长"]}),
    # a list of honourees: the post each entry names
    ("现将拟表彰人选予以公示：马春燕，女，城南街道网格员；吴国栋，男，某某机械有限公司高级技师。",
     {"马春燕": ["网格员"], "吴国栋": ["高级技师"]}),
    # jobs are posts (首席预报员, 巡道工, 护林员), as 教师 and 民警 are
    ("市气象台首席预报员孙莉介绍，明天有雨。", {"孙莉": ["首席预报员"]}),
    ("五十岁的护林员韩德才每天巡山。", {"韩德才": ["护林员"]}),
]

# words and places that look like names must not become people
NOT_PEOPLE = [
    "储能项目落户南朗街道。南朗街道党工委书记表示，南朗将用好深中通道。",   # a town's short name
    "山歌唱进社区，各族群众乐融融。",                                      # a word doubling its end
    "市政协委员们先后来到长冈乡塘石村，实地察看项目建设情况。",
    "各地抢墒播种夏玉米和大豆，确保应种尽种。",
    "长子县的大青椒远销全国，长子大青椒品牌越来越响。",
    "高新区王牌企业金融服务中心揭牌。",
    "太谷饼是山西名吃，太谷区因此闻名。",
    "局长信箱已开通，市长热线24小时有人接听。",
    "县委书记强调，要抓好安全生产。党委书记查看了现场，局长安排部署，县长宣布开工。",
    "各乡镇、各部门负责人参加会议。",
    "南京市长江大桥通车五十周年。",
    "市民游客前来踏青，游客纷纷拍照留念。",
    "志愿者和居民一起清扫街道，居民们连连称赞。",
    "记者王小明报道",
    "党委书记和主任都到了现场。",
    "他常来指导，大家很感激。",
    "连翘、丹参、柴胡等中药材长势良好。",
    "产品销往江苏、山东、河南等地。",
    "拾金不昧的保洁员婉拒了失主递来的1000元现金表示的谢意。",
    "小区改不改、怎么改，由居民说了算。",
    "深入学习总书记关于东北全面振兴的重要论述。",
]


# Names written with a dot (Uyghur, Kazakh, foreign): whole, with the posts before them
DOTTED = [
    # a prefecture's party committee and administrative office (地委, 行署) and its 专员
    ("地委副书记、行署专员努尔兰·哈力木出席并讲话。",
     {"努尔兰·哈力木": ["地委副书记", "行署专员"]}),
    ("副县长吐尔逊·阿不都热依木介绍了全县棉花生产情况。",
     {"吐尔逊·阿不都热依木": ["副县长"]}),
    # a shared post over a 、-list: members with no Han surname are names too, the last one
    # ending at its verb
    # a Tibetan name right after a post: given-name elements, no Han surname
    ("村党支部书记格桑旺堆带领村民种植青稞。", {"格桑旺堆": ["村党支部书记"]}),
    ("乡长卓玛介绍了今年的春耕安排。", {"卓玛": ["乡长"]}),
    ("县委常委次仁顿珠、王建明、卓玛、李晓峰、洛桑平措参加调研。",
     {"次仁顿珠": ["县委常委"], "王建明": ["县委常委"], "卓玛": ["县委常委"], "李晓峰": ["县委常委"],
      "洛桑平措": ["县委常委"]}),
]
# … and where the learned tagger proposes them (it cuts at the dot, and reads a leading
# character as a word of its own or a noun before the name into it)
DOTTED_LEARNED = [
    ("地委副书记、行署专员热合曼·阿不都拉出席会议。", {"热合曼·阿不都拉": ["地委副书记", "行署专员"]}),
    ("县委书记买买提·艾力出席会议。", {"买买提·艾力": ["县委书记"]}),
    ("热合曼·阿不都拉强调，要抓好花铃期田间管理。", {"热合曼·阿不都拉": []}),   # 都 spells names too
    ("艾力西湖镇果农吾斯曼·托合提说。", {"吾斯曼·托合提": []}),
    # a dotted name's last part ends before the home it owns or the adverb after it
    ("牧民巴特尔·朝鲁正把最后一群羊赶上坡地。", {"巴特尔·朝鲁": []}),
    ("古尔邦节这天，阿卜杜拉·买买提家格外热闹。", {"阿卜杜拉·买买提": []}),
]


# Yi names: a Yi family name and two given characters, no Han surname (凉山 papers)
YI = [
    ("副州长沙马伍且强调，要抓好春耕。", {"沙马伍且": ["副州长"]}),
    ("村党支部书记曲比拉哈介绍，今年新种花椒八百亩。", {"曲比拉哈": ["村党支部书记"]}),
    ("县委常委阿西木果、海来阿呷出席。", {"阿西木果": ["县委常委"], "海来阿呷": ["县委常委"]}),
    ("阿尔山市文旅局局长王海说，", {"王海": ["局长"]}),   # a place that opens like a Yi name is no name
]


# leader lists of county and banner papers
LEADER_LISTS = [
    # 旗长孙浩: segmentation reads 长孙 (a compound surname) across the post's end
    ("副旗长孙浩列席会议。", {"孙浩": ["副旗长"]}),
    # under a shared post a member who is also a word or place (乌兰) is a person; 列席 ends it
    ("副旗长孙浩、乌兰列席会议。", {"孙浩": ["副旗长"], "乌兰": ["副旗长"]}),
    # a chain goes on over a named zone before the post (怀柔科学城党工委副书记)
    ("区委常委、科学城党工委副书记黄明出席会议。", {"黄明": ["区委常委", "党工委副书记"]}),
    # a Dai name opens with 岩 (men) or 玉 (women)
    ("村党总支书记岩香叫介绍，村里新开了民宿。", {"岩香叫": ["村党总支书记"]}),
]


@pytest.mark.parametrize("text,expected", LEADER_LISTS)
def test_people_in_county_leader_lists(text: str, expected: dict[str, list[str]]) -> None:
    found = {p["name"]: p["posts"] for p in find_people(text)}
    assert found == expected


@pytest.mark.parametrize("text,expected", YI)
def test_people_yi_names_come_out_whole(text: str, expected: dict[str, list[str]]) -> None:
    found = {p["name"]: p["posts"] for p in find_people(text)}
    assert found == expected


@pytest.mark.parametrize("text,expected", DOTTED_LEARNED)
def test_people_dotted_names_from_the_learned_tagger(text: str, expected: dict[str, list[str]]) -> None:
    from baoxun.enrich import ner
    if not ner.available():
        pytest.skip("the learned tagger is not installed")
    found = {p["name"]: p["posts"] for p in find_people(text, tokens=ner.tag_text(text))}
    assert {k: v for k, v in found.items() if "·" in k} == expected


@pytest.mark.parametrize("text,expected", POST_CHAINS + NAME_ENDS + NOT_POSTS + OTHER + DOTTED)
def test_people_names_and_posts(text: str, expected: dict[str, list[str]]) -> None:
    assert people(text) == expected


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_people_not_people(text: str) -> None:
    assert people(text) == {}


def test_people_later_mentions_add_spans() -> None:
    text = ("县委常委、副县长计春华带队检查\n9日，县委常委、副县长计春华带队检查防汛工作。"
            "计春华强调，要压实责任。会后计春华又察看了水库。")
    found = find_people(text)
    assert [p["name"] for p in found] == ["计春华"]
    assert found[0]["posts"] == ["县委常委", "副县长"]
    assert len(found[0]["spans"]) == 4


def test_people_names_run_together_in_a_headline() -> None:
    # a headline prints two known names without a separator
    text = "谢明辉杭文娟带队\n区委常委、副区长谢明辉，区委常委、宣传部部长杭文娟带队赴外地考察。"
    found = {p["name"]: p for p in find_people(text)}
    assert set(found) == {"谢明辉", "杭文娟"}
    assert found["谢明辉"]["spans"][0] == [0, 3]
    assert found["杭文娟"]["spans"][0] == [3, 6]


def test_people_posts_merge_across_mentions() -> None:
    # the same post printed shorter later is one post; a new post is added in order
    text = "常务副市长滕飞主持会议。副市长滕飞指出……市政府党组副书记滕飞要求……"
    assert people(text) == {"滕飞": ["常务副市长", "市政府党组副书记"]}


@pytest.mark.parametrize("text", [t for t, _ in POST_CHAINS + NAME_ENDS + NOT_POSTS + OTHER]
                         + ["审议现场，一二三、祝卫东、詹丽华等发言。\n祝卫东说：“好。”"])
def test_people_spans_are_exact(text: str) -> None:
    for p in find_people(text):
        assert p["spans"], p
        for s, e in p["spans"]:
            assert text[s:e] == p["name"]
        assert p["spans"] == sorted(p["spans"])
        assert len(set(p["posts"])) == len(p["posts"])


def test_people_output_shape_and_order() -> None:
    text = "村民祁红梅和种植大户邢长林说，副镇长柴卫东常来地里。"
    found = find_people(text)
    assert [p["name"] for p in found] == sorted((p["name"] for p in found), key=text.index)
    for p in found:
        assert set(p) == {"name", "posts", "spans"}
        assert isinstance(p["posts"], list) and isinstance(p["spans"], list)


def test_people_empty_and_plain_text() -> None:
    assert find_people("") == []
    assert find_people("今天天气晴朗，气温回升。") == []
    assert find_people("ABC 123") == []



# --- leader lists (issue 10, §3): every name of the list, every post in force -------------

LEADER_LIST = ("县委书记冯立群主持召开县委常委会会议，县委副书记、县长韩卫东，县委副书记曹建英，"
               "县委常委谭志刚、蒋玉梅、贺春生出席会议。县人大常委会主任田永和、县政协主席邹文华等县领导列席。"
               "市领导刘建国、孙卫东参加。")


@pytest.mark.parametrize("ner", ["rules", "lac"])
@pytest.mark.parametrize("name, posts", [
    ("冯立群", ["县委书记"]),
    ("韩卫东", ["县委副书记", "县长"]),
    ("曹建英", ["县委副书记"]),
    ("谭志刚", ["县委常委"]),
    ("蒋玉梅", ["县委常委"]),       # a post before a 、-list is every member's
    ("贺春生", ["县委常委"]),
    ("田永和", ["县人大常委会主任"]),  # 和 before 、 ends a name, joins nothing
    ("邹文华", ["县政协主席"]),
    ("刘建国", []),                  # 市领导 is a label, not a post
    ("孙卫东", []),
])
def test_people_leader_list_comes_out_whole(ner, name, posts):
    from baoxun.enrich import find_mentions

    people = {p["name"]: p["posts"] for p in find_mentions(LEADER_LIST, ner=ner)["people"]}
    assert people.get(name) == posts, people


def test_a_doctrine_names_its_man_and_a_city_named_after_him_does_not():
    from baoxun.enrich.people import find_people
    names = [p["name"] for p in find_people("坚持以马克思主义为指导，学习恩格斯的著作。")]
    assert names == ["马克思", "恩格斯"]
    assert find_people("列宁格勒的冬天很冷。") == []


def test_a_one_character_verb_with_its_particle_ends_the_name_before_it():
    from baoxun.enrich.people import find_people
    names = [p["name"] for p in find_people("来自外地的游客李明带着父母在古城游玩。")]
    assert names == ["李明"]


@pytest.mark.parametrize("ner", ["rules", "lac"])
def test_a_surname_with_a_form_of_address_is_a_person_only_where_it_stands(ner):
    # 葛局长 names a person the text never names in full: the surname alone, with the
    # post, and only there (not the 葛 of 葛根 nor any other)
    from baoxun.enrich import find_mentions

    text = "会上，葛局长通报了全县防汛工作。葛根种植户代表发言，卢大娘也谈了自己的体会。"
    people = {p["name"]: p for p in find_mentions(text, ner=ner)["people"]}
    assert people["葛"]["posts"] == ["局长"]
    assert people["葛"]["spans"] == [[3, 4]]
    assert people["卢"]["spans"] == [[text.index("卢大娘"), text.index("卢大娘") + 1]]


@pytest.mark.parametrize("ner", ["rules", "lac"])
def test_a_surname_addressed_after_a_word_of_one_character_is_still_addressed(ner):
    # 当 / 同 / 请 before a surname and its post: the word ends there, the person begins
    from baoxun.enrich import find_mentions

    text = "当宁局长赶到现场时，抢修队已经连夜干了六个小时。"
    people = {p["name"]: p for p in find_mentions(text, ner=ner)["people"]}
    assert people["宁"]["posts"] == ["局长"] and people["宁"]["spans"] == [[1, 2]]


@pytest.mark.parametrize("ner", ["rules", "lac"])
def test_a_surname_with_a_form_of_address_is_the_person_the_text_names_in_full(ner):
    from baoxun.enrich import find_mentions

    text = "村党支部书记闵秋燕介绍，合作社去年分红20万元。闵书记说，明年还要扩大种植面积。"
    names = [p["name"] for p in find_mentions(text, ner=ner)["people"]]
    assert "闵秋燕" in names and "闵" not in names


def test_a_figure_of_the_school_canon_is_named_bare():
    names = [p["name"] for p in find_people("游客在詹天佑铜像前合影留念。")]
    assert names == ["詹天佑"]


@pytest.mark.parametrize("text, things", [
    ("市文旅部门推出伏羲庙、南郭寺等景区夜间开放，游客可以预约参观。", ["伏羲庙", "南郭寺"]),
    ("8月8日，星海湾、付家庄、金石滩等海水浴场依旧人气火爆。", ["付家庄", "金石滩"]),
    ("今冬湖区越冬水鸟数量有所增加，白鹤、东方白鹳等珍稀濒危物种种群保持稳定。", ["白鹤", "东方白鹳"]),
])
def test_members_of_a_list_of_things_closed_by_deng_are_no_people(text, things):
    from baoxun import find_mentions
    names = [p["name"] for p in find_mentions(text)["people"]]
    assert not any(t in names for t in things), names


@pytest.mark.parametrize("text", ["会议由王建国、李红梅等主持，全体委员参加。",
                                  "审议现场，张立平、孙卫东、杨海涛等结合工作实际踊跃发言。",
                                  "王建国、李红梅等同志参加调研。"])
def test_people_listed_before_deng_and_what_they_do_stay_people(text):
    names = [p["name"] for p in find_people(text)]
    from baoxun import find_mentions
    names += [p["name"] for p in find_mentions(text)["people"]]
    assert {"王建国", "李红梅"} <= set(names) or {"张立平", "孙卫东", "杨海涛"} <= set(names), names


def test_a_divisions_full_name_is_no_persons_name():
    from baoxun import find_mentions
    text = "1月13日，土默特左旗哈素海冬捕现场，渔民合力收网，当天起出的第一网鱼重达3000多斤。"
    names = [p["name"] for p in find_mentions(text)["people"]]
    assert "土默特左旗" not in names, names


@pytest.mark.parametrize("text,names", [
    ("本届马拉松在贺龙体育中心鸣枪开跑。", []),          # a venue named after a man
    ("德天跨国瀑布迎来最佳观赏期。", []),                 # a sight's name
    ("记者王建国路过广场时看到了这一幕。", ["王建国"]),    # 路过: a verb, no road
])
def test_people_a_road_venue_or_sight_named_after_the_name_is_no_person(text: str, names: list[str]) -> None:
    from baoxun import find_mentions
    from baoxun.enrich import ner
    if not ner.available():
        pytest.skip("the learned tagger is not installed")
    assert [p["name"] for p in find_mentions(text)["people"]] == names


def test_people_a_decision_on_posts_names_each_appointed_and_removed_official():
    text = ("经县政府研究决定：\n任命甘立行为县自然资源局副局长；\n"
            "任命卜雯为县卫生健康委员会副主任（试用期一年）；\n免去岑志和的县自然资源局副局长职务。")
    assert people(text) == {"甘立行": ["县自然资源局副局长"], "卜雯": ["县卫生健康委员会副主任"],
                            "岑志和": ["县自然资源局副局长"]}


def test_people_a_list_under_its_decision_heads_names_each_official():
    text = "任命：\n阮一鸣为市交通运输局局长；\n免去：\n柴秀英的市交通运输局局长职务。"
    assert people(text) == {"阮一鸣": ["市交通运输局局长"], "柴秀英": ["市交通运输局局长"]}


def test_people_a_clause_with_为_outside_a_decision_names_no_post():
    assert "大家" not in str(people("会上，陶立新为大家讲解了新政策。"))


def test_people_a_grade_a_notice_proposes_is_no_post():
    text = "鲁文清，女，1979年3月生，现任市商务局副局长，拟任市直单位正职。"
    assert people(text) == {"鲁文清": ["市商务局副局长"]}


def test_people_an_acting_head_keeps_the_word_acting():
    assert people("县委副书记、代县长曲向东主持会议。") == {"曲向东": ["县委副书记", "代县长"]}


def test_people_a_list_of_names_each_followed_by_what_it_is():
    text = "上榜的是：毕海林，县人民医院心内科主任；覃雪梅，城关街道社区网格员；聂大成，东山村村民。"
    assert people(text) == {"毕海林": ["县人民医院心内科主任"], "覃雪梅": ["城关街道社区网格员"], "聂大成": []}


def test_people_decision_entries_run_on_after_a_semicolon():
    text = "任命：阮一鸣为市交通运输局局长；卓思远为市教育局局长。"
    assert people(text) == {"阮一鸣": ["市交通运输局局长"], "卓思远": ["市教育局局长"]}


@pytest.mark.parametrize("text,expected", [
    ("县农业农村局局长宝力道介绍，下一步将组织农技人员深入田间。", {"宝力道": ["局长"]}),
    ("市民政局养老服务处处长方立新表示，下一步将推进居家养老。", {"方立新": ["处长"]}),
])
def test_people_a_name_after_a_post_and_before_its_verb_with_no_surname_of_the_list(text, expected):
    assert people(text) == expected


def test_people_a_post_whose_body_goes_on_names_no_one():
    assert people("9月3日召开的省委常委会会议强调，要牢牢把握发展机遇。") == {}


def test_people_a_decision_splits_the_posts_it_removes():
    text = "免去甘立行的市中级人民法院审判委员会委员、审判员职务。"
    assert people(text) == {"甘立行": ["市中级人民法院审判委员会委员", "审判员"]}


@pytest.mark.parametrize("text", ["被告人梁某某、何某某分别被判处有期徒刑。", "主犯张某某、何某等人已被依法逮捕。"])
def test_a_masked_name_in_a_list_names_no_one(text):
    from baoxun import find_mentions
    assert find_mentions(text)["people"] == [], find_mentions(text)["people"]


@pytest.mark.parametrize("text, name", [
    ("会上，张建国曾任某县副县长、某市林业局局长。", "张建国"),
    ("据介绍，刘海涛在某公司工作多年，2019年调任某镇党委书记。", "刘海涛"),
])
def test_a_placeholder_place_names_no_surname(text: str, name: str) -> None:
    # 某县, 某市, 某公司 stand for a place or body left unnamed, not for a masked person (任某, 在某)
    from baoxun import find_mentions
    names = [p["name"] for p in find_mentions(text)["people"]]
    assert name in names and all(len(n) > 1 for n in names), names


@pytest.mark.parametrize("text, name, posts", [
    ("旗委副书记、旗长朝鲁门在开工仪式上表示，将全力做好要素保障。", "朝鲁门", ["旗委副书记", "旗长"]),
    ("鄂托克旗林业和草原局副局长乌云达来表示，将加强资金监管。", "乌云达来", ["副局长"]),
    ("旗委常委、常务副旗长巴图孟和出席活动。", "巴图孟和", ["旗委常委", "常务副旗长"]),
])
def test_a_mongolian_name_after_its_post_is_whole(text, name, posts):
    from baoxun import find_mentions
    people = find_mentions(text)["people"]
    assert [(p["name"], p["posts"]) for p in people] == [(name, posts)], people


@pytest.mark.parametrize("text, name", [
    ("安置点的沙玛阿果说，新房子宽敞明亮，孩子上学也近了。", "沙玛阿果"),     # a Yi family name and two given characters
    ("村民呷绒翁姆在自家小院里晒青稞。", "呷绒翁姆"),                   # two Tibetan given-name elements
])
def test_a_tibetan_or_yi_name_with_no_post_is_read_whole(text, name):
    from baoxun import find_mentions
    assert [p["name"] for p in find_mentions(text)["people"]] == [name]


@pytest.mark.parametrize("text, names", [
    ("区人大常委会副主任蒲绍华、区政协副主席戴文静列席会议。", ["蒲绍华", "戴文静"]),
    ("区领导带队赴长三角开展专题招商活动23次。", []),
    ("实习生区嘉琪参与了采访。", ["区嘉琪"]),
    ("严格落实林长制，党员、楼栋长等担任网格员。", []),
])
def test_a_level_and_its_body_is_no_surname_and_name(text, names):
    from baoxun import find_mentions
    assert [p["name"] for p in find_mentions(text)["people"]] == names, find_mentions(text)["people"]


@pytest.mark.parametrize("ner", ["rules", "lac"])
@pytest.mark.parametrize("text", [
    "路口的红绿灯坏了好几天，过马路很危险。（市民 钟先生）",   # a caller kept unnamed, the role set apart
    "希望增加晚班公交车次。（读者 万女士）",
    "果园里摘下的‘秦美’个头大、糖分足，很受欢迎。",          # a variety, always quoted
    "11月9日，青石河城关段清淤工程开工。",                   # a river, by the stretch after it
])
def test_no_person_is_named_there(ner, text):
    from baoxun.enrich import find_mentions
    assert find_mentions(text, ner=ner)["people"] == []


@pytest.mark.parametrize("ner", ["rules", "lac"])
def test_a_name_ending_like_a_river_is_still_a_name_where_a_person_acts(ner):
    from baoxun.enrich import find_mentions
    names = [p["name"] for p in find_mentions("村民苏青河说，今年的苹果卖了好价钱。", ner=ner)["people"]]
    assert names == ["苏青河"]


@pytest.mark.parametrize("text, name, posts", [
    # the third character stays in the name unless it opens a word with the next
    ("杰右路突破后传中，队长罗志远头球扳平比分。", "罗志远", ["队长"]),
    ("会上，县行政审批服务局局长孙立新讲了三点意见。", "孙立新", ["局长"]),
    ("县长王强调研时指出，要抓好春耕。", "王强", ["县长"]),
    # a livelihood before a name is a description, and the surname stays with the name
    ("胶农王桂兰笑着说，今年胶价不错。", "王桂兰", []),
    ("椒农李大勇说，今年辣椒价格好。", "李大勇", []),
    # a rarer surname after a post stays with the name the post placed
    ("县文化旅游局局长那建军介绍，今年1至8月接待游客120万人次。", "那建军", ["局长"]),
    # an adverb after a three-character name opens the verb phrase
    ("村民刘秀英正和丈夫一起给刚摘下的芒果分级。", "刘秀英", []),
])
def test_names_after_posts_and_livelihoods_keep_their_length(text, name, posts):
    found = {p["name"]: p["posts"] for p in find_mentions(text)["people"]}
    assert found.get(name) == posts, found


@pytest.mark.parametrize("text", ["会议要求，实行县领导包案督办。", "节日期间，包联干部全部在岗值守。",
                                  "全县中药材黄连、党参等种植面积12万亩。", "高原夏菜 “鲜”达全国"])
def test_an_administrative_verb_or_a_crop_is_no_person(text):
    assert find_mentions(text)["people"] == []


@pytest.mark.parametrize("ner", ["rules", "lac"])
def test_a_writer_s_affiliation_gives_the_post_it_ends_on(ner):
    text = "（郑立新系城江大学政法学院讲师，吴晓琳系中共城东区委党校副教授）"
    found = {p["name"]: p["posts"] for p in find_mentions(text, ner=ner)["people"]}
    assert found == {"郑立新": ["讲师"], "吴晓琳": ["副教授"]}, found


@pytest.mark.parametrize("text", ["这个系统很好用，操作也简单。", "该村系省级美丽乡村示范村。"])
def test_a_copula_in_running_text_names_no_one(text):
    assert find_mentions(text)["people"] == []


def test_an_affiliation_after_the_word_for_author_gives_the_post_too():
    text = "（作者郑立新系城江大学政法学院讲师，吴晓琳系中共城东区委党校副教授）"
    assert {p["name"]: p["posts"] for p in find_people(text)} == {"郑立新": ["讲师"], "吴晓琳": ["副教授"]}


@pytest.mark.parametrize("text, form", [
    ("要不是李医生，我们家就散了。”", "医生"),
    ("王教授说，这项研究还要做十年。", "教授"),
    ("“陈大夫，快进屋坐。”乡亲们招呼着。", "大夫"),
])
def test_a_surname_and_a_form_of_address_is_no_full_name(text: str, form: str) -> None:
    # 李医生, 王教授: the reader is told how the person is addressed, not a name; at most the
    # surname is a person (as People's Daily annotates it), never "surname + form"
    found = find_people(text)
    assert found, "the surname addressed is still a person"
    assert all(form not in p["name"] for p in found)


@pytest.mark.parametrize("text, name, posts", [
    ("石秀英，女，1975年3月生，中共党员，某县城关镇人。2012年起任东关村党支部书记，2020年起兼任村委会主任。",
     "石秀英", {"东关村党支部书记", "村委会主任"}),
    ("罗建平，男，苗族，1968年出生，农业推广硕士。曾任某县副县长、某市林业局局长，现任某市乡村振兴局局长。",
     "罗建平", {"某县副县长", "某市林业局局长", "某市乡村振兴局局长"}),
])
def test_a_profile_card_gives_its_person_every_post_it_says_they_held(text: str, name: str, posts: set) -> None:
    # 人物名片, 人物档案, 嘉宾简介: the name, who the person is, then 起任/兼任/曾任/现任 each post
    found = {p["name"]: set(p["posts"]) for p in find_people(text)}
    assert name in found
    held = found[name]
    assert all(any(h.endswith(p) or p.endswith(h) for h in held) for p in posts)


@pytest.mark.parametrize("text, name, post", [
    ("县篮球队领队、县教育和体育局副局长常立新告诉记者，队员们赛前练了三个月。", "常立新", "领队"),
    ("县业余体校高级教练员冯国庆介绍，近三年全县输送了12名运动员。", "冯国庆", "高级教练员"),
    ("省级非遗传承人、高级工艺美术师蒋丽萍的工作室每周开课两次。", "蒋丽萍", "高级工艺美术师"),
])
def test_sports_and_craft_titles_are_posts(text: str, name: str, post: str) -> None:
    found = {p["name"]: p["posts"] for p in find_people(text)}
    assert name in found and post in found[name]


@pytest.mark.parametrize("text, name, posts", [
    ("5月28日，县委副书记、县长、县级总河长艾力江·吐尔逊带队巡查喀什河。", "艾力江·吐尔逊", ["县委副书记", "县长", "县级总河长"]),
    ("村党支部书记、村级河长买买提·吾拉木介绍，村里每周组织一次清理。", "买买提·吾拉木", ["村党支部书记", "村级河长"]),
])
def test_river_and_forest_chiefs_at_every_level_are_posts(text: str, name: str, posts: list) -> None:
    # 河长制: 县级总河长, 镇级河长, 村级河长 — the level and the chief are one post
    found = {p["name"]: p["posts"] for p in find_people(text)}
    assert found.get(name) == posts, found


@pytest.mark.parametrize("text, name", [
    ("何建明主持 罗立新作政府工作报告", "罗立新"),
    ("县委副书记、县长王明作动员讲话。", "王明"),
])
def test_the_verb_zuo_of_a_meeting_report_is_no_part_of_the_name(text: str, name: str) -> None:
    names = [p["name"] for p in find_people(text)]
    assert name in names and name + "作" not in names, names


def test_a_job_word_ending_in_yuan_names_no_one():
    # 巡河员和护河员: 和护河 is no name, whatever post the list seems to give it
    found = [p["name"] for p in find_people("村党支部书记李明说，全村共有巡河员和护河员12名，每周巡河两次。")]
    assert found == ["李明"], found


def test_each_leader_delivers_a_body_s_report_under_his_own_name():
    # 作 + a body's name + 工作报告 after each name: the verb and the body are no part of
    # the name, and no organisation runs from one body over a post and a name to the next
    from baoxun import find_mentions
    text = ("会议听取并审议了县人大常委会主任韩振东作县人大常委会工作报告，县人民法院院长严斌作县人民法院"
            "工作报告，县人民检察院检察长沈一鸣作县人民检察院工作报告。")
    m = find_mentions(text)
    people = {p["name"]: p["posts"] for p in m["people"]}
    assert set(people) == {"韩振东", "严斌", "沈一鸣"}, people
    assert any(x.endswith("院长") for x in people["严斌"]) and any(x.endswith("检察长") for x in people["沈一鸣"])
    orgs = [o["name"] for o in m["organizations"]]
    assert "县人民法院" in orgs and not any("作" in o or len(o) > 8 for o in orgs), orgs


@pytest.mark.parametrize("text, name", [
    ("花椒丰收了。魏振国勉励合作社打响品牌。", "魏振国"),     # (the tagger reads 魏振国勉励 as one name)
    ("城关镇中心学校体育教师柳青则告诉记者，农村学校的孩子同样能在家门口上冰雪课。", "柳青"),
])
def test_a_verb_or_a_conjunction_after_a_name_is_no_part_of_it(text, name):
    from baoxun import find_mentions
    names = [p["name"] for p in find_mentions(text)["people"]]
    assert names == [name], names
