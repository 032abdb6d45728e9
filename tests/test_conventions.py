"""Page conventions the parser learned to read this round, each on a small page written
for the test (no text from ../shared): the expected reading is the convention's, as
../shared/gold/README.md states it, not whatever the parser printed."""
from __future__ import annotations

import pytest

from baoxun.layout.lines import split_lines
from baoxun.layout.reflow import reflow
from baoxun.pipeline import parse_page


def _items(text: str, **kw):
    return [a for a in parse_page(text, mentions=False, **kw).articles]


def _pieces(lines: list[str]):
    """The items with a body of a page given as its printed lines."""
    return [a for a in _items("\n".join(lines) + "\n") if a.paragraphs]


def _spaced(rows: list[str]) -> list[str]:
    """Printed lines with a blank line after each (a dump that spaces every line)."""
    return [x for row in rows for x in (row, "")]


def _one_notice(arts):
    """The page's only item, which must be a notice."""
    assert len(arts) == 1 and arts[0].kind == "notice"
    return arts[0]


def _body(a) -> str:
    return "".join(a.paragraphs)


def test_running_header_in_a_sentence_is_furniture_and_dates_the_page():
    text = ("全县秋粮颗粒归仓\n"
            "  本报讯（记者 杨明远）今年全县秋粮播种面积达到四十二万亩，预计总产量比上年增加\n"
            "第3版 经济 2023年10月12日\n"
            "一成以上，种粮农户收益稳步提高。\n")
    page = parse_page(text, mentions=False)
    (art,) = [a for a in page.articles if a.kind == "news"]
    assert "第3版" not in _body(art) and "预计总产量比上年增加一成以上" in _body(art)
    assert page.issue.date == "2023-10-12"


def test_column_label_heads_its_items_as_section():
    text = ("乡镇快讯\n\n"
            "石桥镇举办农技培训\n\n"
            "本报讯（通讯员 孙晓梅）10月8日，石桥镇邀请农技专家为两百余名种植户讲解秋播技术。\n")
    arts = _items(text)
    news = [a for a in arts if a.kind == "news"]
    assert news and news[0].section == "乡镇快讯" and news[0].title == "石桥镇举办农技培训"
    assert all("乡镇快讯" not in a.headlines for a in arts)


def test_notice_signature_stays_with_the_notice_and_the_next_title_heads_the_next_item():
    text = ("关于河东路部分路段封闭施工的公告\n\n"
            "因雨污分流改造需要，河东路人民桥至东关桥段将于10月10日至11月10日封闭施工。\n\n"
            "特此公告。\n\n"
            "县住房和城乡建设局\n\n"
            "2023年10月8日\n\n"
            "县城新增停车泊位八百个\n\n"
            "本报讯（记者 高远）记者从县城管局获悉，今年县城新增公共停车泊位八百个。\n")
    arts = _items(text)
    notice = next(a for a in arts if a.kind == "notice")
    assert notice.paragraphs[-2:] == ["县住房和城乡建设局", "2023年10月8日"]
    news = next(a for a in arts if a.kind == "news")
    assert news.title == "县城新增停车泊位八百个"


def test_bracketed_closing_credit_on_its_own_line_credits_the_piece_above():
    text = ("西关村修通致富路\n\n"
            "10月5日，西关村三公里通村公路全线贯通，村民出行再也不用绕远路。\n\n"
            "（记者 赵晓燕 周海涛）\n\n"
            "东湖公园完成提升改造\n\n"
            "本报讯（记者 刘畅）经过半年施工，东湖公园提升改造工程日前完工并对市民开放。\n")
    arts = _items(text)
    first = next(a for a in arts if a.title == "西关村修通致富路")
    assert set(first.reporters + first.authors) >= {"赵晓燕", "周海涛"}
    assert not any("（记者" in h for a in arts for h in a.headlines)


def test_weather_box_keeps_its_readings_as_paragraphs():
    text = ("天气预报\n"
            "县气象台昨日17时发布：\n"
            "今天：多云转晴　北风2～3级　-3℃～9℃\n"
            "明天：晴　南风1～2级　0℃～12℃\n"
            "温馨提示：早晚温差大，请注意添衣保暖。\n")
    (box,) = [a for a in _items(text) if a.kind == "weather"]
    assert box.headlines == ["天气预报"]
    assert len(box.paragraphs) == 4 and box.paragraphs[1].startswith("今天")


def test_caption_with_picture_credit_after_it_is_lifted_out():
    text = ("新区重点项目集中开工\n\n"
            "本报讯（记者 钱文）10月9日，新区十二个重点项目集中开工，总投资八十六亿元。\n\n"
            "新区重点项目集中开工仪式现场。 图/钱文\n\n"
            "据介绍，这批项目涵盖先进制造、现代物流和城市更新等领域。\n")
    (art,) = [a for a in _items(text) if a.kind == "news"]
    assert [c.text for c in art.captions] == ["新区重点项目集中开工仪式现场。"]
    assert "图/" not in _body(art) and len(art.paragraphs) == 2


def test_a_dispatch_cut_by_the_column_still_opens_its_item():
    text = ("全市冬小麦播种过半\n"
            "　　本报太原10月9日\n"
            "电（记者 冯建军）记者从市农业农村局获悉，全市冬小麦播种进度已过半。\n")
    (art,) = [a for a in _items(text) if a.title == "全市冬小麦播种过半"]
    assert art.kind == "news" and art.reporters == ["冯建军"]


def test_a_relayed_agency_dispatch_opens_its_item_and_credits_the_agencys_reporter():
    """据新华社南京…电（记者 X）: a paper relaying an agency's story prints 据 before the
    agency's dispatch; the dispatch still opens the item and names its reporter."""
    text = ("跨省通办事项再增一批\n"
            "　　据新华社南京3月9日电（记者  田野青）记者9日从有关部门获悉，跨省通办事项再增二十项。\n"
            "　　新增事项涵盖社保、户籍和教育等领域。\n")
    (art,) = [a for a in _items(text) if a.title == "跨省通办事项再增一批"]
    assert art.kind == "news" and art.dispatch == "新华社南京3月9日电" and art.reporters == ["田野青"]
    assert art.paragraphs[0].startswith("记者9日")


def test_a_notices_signers_after_its_contact_lines_sign_it_and_the_next_title_heads_the_next_piece():
    """A 启事 that ends on its contact lines, with no 特此公告, is signed below them (the
    signing bodies, the date); the next headline still opens the next piece."""
    lines = _spaced(["青禾区全民阅读节志愿者招募启事",
                     "为办好第五届全民阅读节，现面向社会招募志愿者。",
                     "一、招募人数：60名。",
                     "二、报名方式：登录区文明网填写报名表。",
                     "联系人：韦小满",
                     "联系电话：0771-5550123",
                     "青禾区委宣传部",
                     "青禾区文化和旅游局",
                     "2024年4月2日",
                     "青禾湾湿地公园二期开园：市民家门口多了一片绿",
                     "本报讯（记者 蓝一帆）4月8日，青禾湾湿地公园二期正式开园。",
                     "二期新增步道五公里，栽种乡土树种三千余株。"])
    arts = _pieces(lines)
    notice = next(a for a in arts if a.kind == "notice")
    assert notice.paragraphs[-3:] == ["青禾区委宣传部", "青禾区文化和旅游局", "2024年4月2日"]
    news = next(a for a in arts if a.kind == "news")
    assert news.title == "青禾湾湿地公园二期开园：市民家门口多了一片绿" and len(arts) == 2


def test_an_experts_name_with_the_post_in_brackets_closes_the_piece_above_and_heads_nothing():
    """高明远（…医院呼吸科副主任） under an advice piece: the expert who wrote it,
    printed as its last line — not the headline of a piece of its own."""
    lines = _spaced(["居家防护小贴士",
                     "近期天气转凉，呼吸道疾病进入高发期，市民要做好居家防护。",
                     "出门戴好口罩：在人员密集的室内场所要戴好。",
                     "高明远（青禾市中心医院呼吸科副主任）",
                     "第二届青禾读书月启幕",
                     "本报讯（记者 蓝一帆）4月8日，第二届青禾读书月启幕。"])
    arts = _items("\n".join(lines) + "\n")
    assert [a.title for a in arts] == ["居家防护小贴士", "第二届青禾读书月启幕"]
    assert arts[0].paragraphs[-1] == "高明远（青禾市中心医院呼吸科副主任）"


def test_a_sections_number_printed_alone_over_its_subhead_stays_in_the_piece():
    """A feature numbers its sections with a figure on a line of its own over the subhead
    (2 / 初心): the number and the subhead are paragraphs of the piece; the two-character
    subhead under the number is not a writer's name, and the number joins no line."""
    lines = _spaced(["老街上的修表铺",
                     "◆ 柳青禾",
                     "青禾镇老街尽头，有一间开了四十年的修表铺，铺主是七十岁的方师傅，街坊都叫他老方。"
                     "铺子门口挂着一块木牌，上面的字是他自己写的：修表，修钟，不修人心。",
                     "1",
                     "学艺",
                     "方师傅十六岁进城拜师，师傅不教手艺，只让他先拆一百只旧表，再一只只装回去。"
                     "拆坏了要赔，装错了重来，一百只表他整整拆了大半年。",
                     "那一年，他每天在工作台前坐足十个小时，手上的镊子从没离过身，他说那是修表人的第一课——",
                     "2",
                     "初心",
                     "回到镇上开铺子，是方师傅早就想好的事，他说镇上的老人修表不该跑几十里路进城。"
                     "铺子不大，一张工作台、两把椅子、满墙的挂钟，修一只表收十块钱，几十年没涨过价。",
                     "有人劝他涨价，他摆摆手说，来修表的多是老街坊，表里装的是念想，不是生意。",
                     "3",
                     "传承",
                     "如今，方师傅的孙子放暑假回来，也开始跟着他在工作台前学拆表、学装表了。"
                     "孙子说，等他学会了，老街上的钟表就不会停，方师傅听了，笑着把镊子递给了他。"])
    arts = _pieces(lines)
    assert len(arts) == 1
    assert ["1", "学艺"] == arts[0].paragraphs[1:3] and ["2", "初心"] == arts[0].paragraphs[5:7]
    assert arts[0].authors == ["柳青禾"]


def test_a_title_that_quotes_someone_whole_heads_the_interview_below_it():
    """“在青禾投资，我们很放心” over its ——subtitle and byline on a narrow page: a quoted
    title (no sentence end inside the quote, as a quoted sentence of prose has), not the
    last paragraph of the piece above."""
    lines = _spaced(["上半年青禾县经济稳中有进",
                     "本报讯（记者 蓝一帆）上半年",
                     "，全县地区生产总值同比增长",
                     "5.6%，全县工业总产值同",
                     "比增长7.2%，城镇居民人均可",
                     "支配收入同比增长5.1%。",
                     "“在青禾投资，我们很放心”",
                     "——访青禾精密机械厂厂长",
                     "□ 本报记者 柯南溪",
                     "记者：企业为什么选择落户青",
                     "禾？这里的审批快、服务好，",
                     "项目从签约到开工只用了两个",
                     "月，我们有信心扎下根来。"])
    arts = _pieces(lines)
    assert [a.title for a in arts] == ["上半年青禾县经济稳中有进", "“在青禾投资，我们很放心”"]
    assert arts[0].paragraphs[-1].endswith("5.1%。")


def test_a_dash_the_column_cut_in_two_stays_in_its_sentence():
    """—— set across a line end (…也值得一听— / —受他启发…): one mark the column cut,
    not a ——subtitle opening a line of its own."""
    lines = ["宅家听什么", "□ 柯南溪",
             "宅家的日子里，最好的陪伴是音",
             "乐，老歌听来格外亲切。",
             "其次，电影原声也同样值得一听",
             "—受一位老作曲家启发，我把他",
             "的作品从头听了一遍，心里安静",
             "了许多，日子也过得快了。"]
    lines[4] += "—"
    (art,) = _pieces(lines)
    assert art.paragraphs[-1] == ("其次，电影原声也同样值得一听——受一位老作曲家启发，我把他的作品从头听了一遍，"
                                  "心里安静了许多，日子也过得快了。")


def test_a_sentence_that_begins_记者从_at_a_line_end_is_no_reporters_line():
    """…回暖。记者从青 / 禾县商务局获悉，…: 记者 and two characters after a full stop look
    like a reporter's line run onto the paragraph, but 从 is a word of grammar, no name —
    the sentence goes on below."""
    lines = _spaced(["青禾夜市人气回升",
                     "　　随着天气转暖，青禾",
                     "老街夜市的客流持续回暖。记者从青",
                     "禾县商务局获悉，五一期间夜",
                     "市日均客流超过两万人次。"])
    (art,) = _pieces(lines)
    assert art.paragraphs == ["随着天气转暖，青禾老街夜市的客流持续回暖。记者从青禾县商务局获悉，"
                              "五一期间夜市日均客流超过两万人次。"]


def test_a_profiles_subtitle_the_column_wrapped_mid_word_is_one_deck():
    """草原上的“牧羊人” / 记青禾镇白音嘎查党 / 支部书记巴图: the 记… subtitle of a profile,
    wrapped inside 党支部, is one subtitle — not a kicker, a title and a subtitle."""
    lines = _spaced(["草原上的“牧羊人”",
                     "记青禾镇白音嘎查党",
                     "支部书记、嘎查委员会主任巴图",
                     "□ 本报记者 柯南溪",
                     "清晨，嘎查的肉牛养殖小区里，一头头牛膘肥体壮，巴图正在给牛添料。",
                     "这几年，嘎查的养殖户人均收入翻了一番。"])
    (art,) = _pieces(lines)
    assert (art.kicker, art.title, art.subtitle) == (None, "草原上的“牧羊人”", "记青禾镇白音嘎查党支部书记、嘎查委员会主任巴图")


def test_a_bracketed_credit_naming_people_without_a_surname_list_still_closes_the_piece():
    """（包青禾 其木格）: a closing credit whose second name is a Mongolian one with no Han
    surname still names people and closes the piece; the title below heads the next one."""
    lines = ["牧区文化节开幕", "本报讯 牧区文化节昨日在青禾镇开幕，",
             "预计带动农畜产品销售额五十万元以上。",
             "（包青禾 其木格）",
             "治沙人的坚守",
             "□ 包青禾",
             "在青禾镇采访时，记者见到了七十多岁的治沙老人郝玉山。",
             "二十多年来，他带着家人在沙窝子里种下了上万棵树。"]
    arts = _pieces(lines)
    assert [a.title for a in arts] == ["牧区文化节开幕", "治沙人的坚守"]
    assert arts[0].reporters + arts[0].authors + arts[0].correspondents == ["包青禾", "其木格"]
    assert arts[1].kicker is None


def test_a_colon_over_labelled_items_opens_a_list_of_paragraphs_on_a_wide_page():
    """…进行临时调整： / 5路：原经…: a line ending in a colon over a labelled item (a short
    label and a colon) opens a list; each item is its own paragraph, not the rest of the
    sentence the column cut."""
    lines = _spaced(["公交线路调整", "便民信息",
                     "即日起，因青禾大街改造施工，市公交公司对5路、12路公交线路进行临时调整：",
                     "5路：原经青禾大街的线路改经文化路绕行，取消青禾大街东口站点。",
                     "12路：由新华路南口右转经人民路绕行，恢复日期另行通知。",
                     "咨询电话：0351-5551234"])
    arts = [a for a in _items("\n".join(lines) + "\n") if a.paragraphs]
    (art,) = arts
    assert art.paragraphs[:3] == lines[4:9:2]


def test_a_headline_the_column_cut_inside_a_range_of_months_is_one_deck():
    """乡村旅游持续升温 1至 / 5月全县接待游客86万人次: the column cut a range after its 至;
    the two lines are one deck, not a kicker over a title."""
    text = ("乡村旅游持续升温 1至\n\n5月全县接待游客86万人次\n\n"
            "本报讯（记者 蓝一帆）记者从县文旅局获悉，1至5月，全县接待游客86万人次，同比增长21%。\n")
    (art,) = [a for a in _items(text) if a.paragraphs]
    assert art.kicker is None and art.title.replace(" ", "") == "乡村旅游持续升温1至5月全县接待游客86万人次"


def test_a_leader_whose_given_name_is_a_county_casts_no_vote_for_the_papers_place():
    text = ("县委常委会召开会议\n\n"
            "本报讯（记者 周敏）11月18日，县委副书记、县长吴永胜主持召开专题会议，研究我县冬季农业生产。"
            "吴永胜要求，全县上下要抓好长丰草莓产业，让长丰品牌叫得更响。\n\n"
            "县委常委赵卫东、孙丽萍出席会议。县领导吴永胜、钱小芳列席会议。\n")
    page = parse_page(text, mentions=False)
    assert page.paper.place == "长丰县"


def test_a_kicker_with_a_comma_over_a_short_title_is_a_headline_stack_not_prose():
    # wide page, one paragraph a line, blank lines between: the kicker has a comma but no
    # sentence end, the title under it no sentence mark at all
    text = ("连续值守二十天，累计巡查三百多次\n\n"
            "“护林老兵”守住绿色屏障\n\n"
            "□ 本报记者 韩立新\n\n"
            "入冬以来，北山林场的老护林员马长青每天天不亮就出门巡山。\n\n"
            "他说，山上的一草一木都像自己的孩子，一天不看就不放心。\n")
    (art,) = [a for a in _items(text) if a.paragraphs]
    assert art.headlines == ["连续值守二十天，累计巡查三百多次", "“护林老兵”守住绿色屏障"]
    assert art.paragraphs[0].startswith("入冬以来")


def test_an_ellipsis_spelled_with_dots_ends_the_piece():
    text = ("山村夜校\n\n"
            "灯光亮起来的时候，村民们陆续走进教室，黑板上写着当晚要学的内容......\n\n\n\n"
            "县城新增停车泊位八百个\n\n"
            "本报讯（记者 高远）记者从县城管局获悉，今年县城新增公共停车泊位八百个。\n")
    arts = _items(text)
    titles = [a.title for a in arts]
    assert "县城新增停车泊位八百个" in titles
    first = next(a for a in arts if a.title == "山村夜校")
    assert first.paragraphs[-1].endswith("......")


def test_a_flush_title_over_an_indented_opening_on_a_page_with_no_blank_lines():
    # paragraphs open with an indent, the column cuts print flush, no blank lines: the
    # flush title of the second piece must not join its lede as a column cut would
    text = ("老街换新颜\n"
            "　入秋以来，城关镇对老街的三十多处危旧房屋进行了加固改造，街面铺上了青石板，\n"
            "沿街商铺统一更换了木质招牌。\n"
            "　改造后的老街吸引了不少游客前来打卡，商户们的生意也比往年红火了许多。\n"
            "八旬老人的“菜园课堂”\n"
            "　每到周末，退休教师吴德清的小菜园\n"
            "里就挤满了附近的孩子，他们跟着老人学认菜苗、学浇水施肥。\n"
            "　吴德清说，让孩子们亲手种出一棵菜，比讲十遍道理都管用。\n")
    arts = _items(text)
    # a title of its own or a subhead (two headless pieces may be one feature), never
    # the head of its lede's paragraph
    printed = [h for a in arts for h in a.headlines] + [p for a in arts for p in a.paragraphs]
    assert "八旬老人的“菜园课堂”" in printed
    assert any(p.startswith("每到周末") for a in arts for p in a.paragraphs)


# A news item on a page that prints every title after its body.
_NEWS_TITLED_AFTER = ("　　本报讯（记者 高远）记者从县城管局获悉，今年县城新增公共停车泊位八百个。\n"
                      "县城新增停车泊位八百个\n")


def test_a_service_label_over_a_body_is_the_section_when_the_title_is_printed_after_it():
    # a page that prints every title after its body: 便民信息 / body / 停水通知
    text = (_NEWS_TITLED_AFTER +
            "便民信息\n"
            "　　因管网改造施工需要，县自来水公司将于10月12日8:00至18:00对城东片区暂停供水，请用户提前储水。\n"
            "城东片区停水通知\n")
    arts = _items(text)
    notice = next(a for a in arts if "暂停供水" in _body(a))
    assert notice.title == "城东片区停水通知" and notice.section == "便民信息"
    assert all("便民信息" not in a.headlines for a in arts)


def test_a_service_label_alone_titles_its_box():
    text = ("便民信息\n\n"
            "政务服务热线：12345\n\n"
            "供电服务热线：95598\n")
    (box,) = _items(text)
    assert box.title == "便民信息" and "政务服务热线：12345" in box.paragraphs


def test_a_name_printed_alone_under_a_title_is_its_writer():
    # a markdown dump: the title marked, the writer's name set alone under it
    text = ("## 故乡的老井\n\n"
            "林晓风\n\n"
            "村口那口老井，陪伴了几代人。小时候，我常跟着祖母去井边打水。\n\n"
            "如今家家户户通了自来水，老井却依然被村民们精心守护着。\n")
    arts = [a for a in _items(text) if a.paragraphs]
    assert len(arts) == 1
    (essay,) = arts
    assert essay.title == "故乡的老井" and "林晓风" not in essay.headlines
    assert "林晓风" in essay.authors


def test_a_headline_after_a_piece_signed_off_by_its_reporter_heads_a_new_piece():
    # no dispatch anywhere: two features whose reporter lines close them
    text = ("山村夜校的灯光\n\n"
            "灯光亮起来的时候，村民们陆续走进教室，黑板上写着当晚要学的电商知识。\n\n"
            "五十多岁的村民老周说，跟着夜校学会了直播卖货，家里的核桃不愁卖了。\n\n"
            "本报记者 韩立新\n\n"
            "守护古井的人\n\n"
            "每天清晨，退休教师吴德清都会来到村口的古井边，把井台打扫得干干净净。\n\n"
            "他说，这口井养活了几代人，得有人守着。\n\n"
            "本报记者 周晓岚\n")
    arts = [a for a in _items(text) if a.paragraphs]
    assert [a.title for a in arts] == ["山村夜校的灯光", "守护古井的人"]
    assert arts[0].reporters == ["韩立新"] and arts[1].reporters == ["周晓岚"]


def test_a_credit_printed_after_its_caption_on_one_line_credits_the_picture():
    text = ("3月28日，在城郊镇，农机手驾驶旋耕机翻整土地，为春播作准备。　通讯员 孙晓梅 摄\n\n"
            "县城新增停车泊位八百个\n\n"
            "本报讯（记者 高远）记者从县城管局获悉，今年县城新增公共停车泊位八百个。\n")
    photo = next(a for a in _items(text) if a.kind == "photo")
    assert photo.photographers == ["孙晓梅"]
    assert photo.paragraphs == ["3月28日，在城郊镇，农机手驾驶旋耕机翻整土地，为春播作准备。"]


def test_a_notice_title_printed_after_its_text_and_signature_heads_that_notice():
    # a page that prints every title after its body
    text = (_NEWS_TITLED_AFTER +
            "　　因工作需要，县人社局现面向社会公开招聘社区工作者20名，报名时间为5月20日至25日。\n"
            "　　咨询电话：0718-8223416\n"
            "县人力资源和社会保障局\n"
            "2022年5月15日\n"
            "县2022年公开招聘社区工作者启事\n")
    arts = _items(text)
    notice = next(a for a in arts if "公开招聘社区工作者20名" in _body(a))
    assert notice.kind == "notice" and notice.title == "县2022年公开招聘社区工作者启事"
    assert "咨询电话：0718-8223416" in notice.paragraphs
    assert all("咨询电话" not in h for a in arts for h in a.headlines)


def test_a_closing_credit_the_column_wrapped_ends_its_piece_and_the_label_above_is_its_section():
    # a narrow page that prints titles after their bodies, under a column label
    text = ("政务动态\n"
            "　　10月8日，县政府召开全县秋冬季安全生产\n"
            "工作会议，副县长刘建国出席并讲话。（记者 孙\n"
            "晓梅）\n"
            "县政府召开安全生产工作会议\n"
            "　　本报讯（记者 高远）记者从县城管局获悉，今\n"
            "年县城新增公共停车泊位八百个，缓解了停车难。\n"
            "县城新增停车泊位八百个\n")
    arts = _items(text)
    first = next(a for a in arts if "安全生产" in _body(a))
    assert first.title == "县政府召开安全生产工作会议"
    assert first.section == "政务动态" and first.reporters == ["孙晓梅"]
    assert all(a.kind != "banner" for a in arts)


def test_flush_lines_over_an_indented_opening_on_an_indented_narrow_page_are_a_title():
    lines = ["全县新增公共停车泊", "位八百个投入使用"] + [
        "　　今年以来，县城管局", "在老城区新增公共停车泊", "位八百个，有效缓解了老", "城区停车难。",
        "　　据介绍，新增泊位主", "要分布在老城区和学校周", "边，市民可通过手机查询", "空余车位。",
        "　　下一步，县城管局将", "继续挖掘停车资源，并加", "强对乱停乱放的整治。"]
    arts = _items("\n".join(lines) + "\n")
    assert any(a.title == "全县新增公共停车泊位八百个投入使用" for a in arts)
    assert not any(p.startswith("全县新增") for a in arts for p in a.paragraphs)


def test_a_title_the_narrow_column_wrapped_over_a_dated_lede_is_a_headline():
    lines = ["全县新增公共停车", "泊位八百个投入使用", "10月8日，记者从县城", "管局获悉，今年县城新", "增公共停车泊位八百个",
             "，缓解了停车难。", "据介绍，新增泊位主要", "分布在老城区和学校周", "边，市民可通过手机查", "询空余车位。",
             "下一步，县城管局将继", "续挖掘停车资源，并加", "强对乱停乱放的整治。"]
    arts = _items("\n".join(lines) + "\n")
    (art,) = [a for a in arts if a.paragraphs]
    assert "".join(art.headlines) == "全县新增公共停车泊位八百个投入使用"
    assert art.paragraphs[0].startswith("10月8日，记者从县城管局获悉")


def test_a_labelled_line_inside_a_notice_is_its_text_not_a_new_headline():
    # a narrow page: 公示时间：… opens a line of its own and the column cuts it
    lines = ["县管干部任前公示",
             "　　根据有关规定，经县委研究", "，现将拟任干部情况予以公示", "：",
             "　　刘建国，男，1975年3月出", "生，大学学历，中共党员，现任", "县发展和改革局副局长，拟任县", "发展和改革局局长。",
             "　　孙卫东，男，1979年6月出", "生，研究生学历，中共党员，现", "任县财政局副局长，拟任县财政", "局局长。",
             "　　公示时间：2024年9月12日至", "9月18日（5个工作日）。",
             "　　举报电话：0731-8866123",
             "　　中共某某县委组织部", "　　2024年9月11日"]
    notice = _one_notice(_pieces(lines))
    assert any(p.startswith("公示时间：2024年9月12日至9月18日") for p in notice.paragraphs)


def test_the_list_of_a_public_notice_stays_in_the_notice():
    text = ("2024年某某县五一劳动奖章拟表彰对象公示\n\n"
            "根据县总工会有关通知要求，经推荐和审核，拟对以下8名个人授予县五一劳动奖章。现予以公示：\n\n"
            "赵明远　县公路事业发展中心高级工程师\n\n"
            "孙晓梅（女）　县人民医院护理部主任\n\n"
            "刘建国　城关镇下浦村党支部书记\n\n"
            "公示时间为2024年4月26日至4月30日。如有异议，请与县总工会联系。\n\n"
            "联系电话：0795-3288888\n\n"
            "某某县总工会\n\n"
            "2024年4月25日\n")
    notice = _one_notice([a for a in _items(text) if a.kind != "banner"])
    assert "孙晓梅（女）　县人民医院护理部主任" in notice.paragraphs or \
        any(p.startswith("孙晓梅（女）") for p in notice.paragraphs)


def test_a_salutation_opens_the_notice_text_and_is_no_headline():
    text = ("停水公告\n\n"
            "尊敬的广大用户：\n\n"
            "因管网改造施工需要，县自来水公司将于10月12日8:00至18:00对城东片区暂停供水，请用户提前储水。\n\n"
            "特此公告。\n\n"
            "县自来水公司\n\n"
            "2024年10月10日\n")
    arts = [a for a in _items(text) if a.paragraphs]
    assert len(arts) == 1 and arts[0].title == "停水公告"
    assert arts[0].paragraphs[0] == "尊敬的广大用户："


def test_a_long_notice_title_the_column_wrapped_is_one_title():
    text = ("城东街道建设路以北地块建\n\n"
            "设工程规划设计方案批前公示\n\n"
            "某某置业有限公司申报的城东街道建设路以北地块商住项目建设工程规划设计方案已经审查，现予以批前公示。\n\n"
            "公示时间：2024年5月10日至5月19日。\n\n"
            "县自然资源和规划局\n\n"
            "2024年5月9日\n")
    notice = _one_notice([a for a in _items(text) if a.kind != "banner"])
    assert notice.title == "城东街道建设路以北地块建设工程规划设计方案批前公示"


def test_a_notice_title_printed_after_the_signing_date_is_not_joined_to_the_date():
    text = ("便民信息\n\n"
            "　　因管网改造施工需要，县自来水公司将于10月12日8:00至18:00对城东片区暂停供水。\n\n"
            "　　客服热线：0731-85123456\n\n"
            "　　县自来水公司\n\n"
            "　　2024年10月10日\n\n"
            "城东片区停水通知\n")
    arts = [a for a in _items(text) if a.paragraphs]
    assert len(arts) == 1
    assert arts[0].title == "城东片区停水通知" and arts[0].paragraphs[-1] == "2024年10月10日"


def test_a_notice_title_printed_after_its_signing_date_is_not_the_next_pieces_title():
    # a page that prints titles after bodies: the notice's title under its date, then the
    # next piece's body (no dispatch, no notice wording) and its own title below it
    text = ("　　河湾村集体土地拟征收范围已经确定，为保障群众知情权，现予以公示。\n"
            "　　公示期间如有异议，请向镇人民政府书面反映。\n"
            "　　某某镇人民政府\n"
            "　　2024年6月3日\n"
            "河湾村集体土地征收范围公示\n"
            "　　入夏以来，镇里的葡萄园迎来采摘季，周末前来采摘的游客络绎不绝，"
            "果农们忙着称重、装箱。\n"
            "　　“今年葡萄个大皮薄，一斤能卖到十二元。”种植户吕春生笑着说。（记者 韩冬青）\n"
            "葡萄熟了 游客来了\n")
    arts = [a for a in _items(text) if a.paragraphs]
    notice = next(a for a in arts if "现予以公示" in a.paragraphs[0])
    assert notice.title == "河湾村集体土地征收范围公示"
    grapes = next(a for a in arts if a.paragraphs[0].startswith("入夏以来"))
    assert grapes.title != notice.title and "现予以公示" not in "".join(grapes.paragraphs)


def test_words_and_pictures_credited_apart_on_one_line_credit_writer_and_photographer():
    text = ("河畔晨光里的护林人\n\n"
            "文/记者 单海鸥 图/记者 尤立新\n\n"
            "天刚蒙蒙亮，护林员柏青山已经沿着河堤巡了一圈，他说这片林子就是他的孩子。\n")
    (piece,) = [a for a in _items(text) if a.paragraphs]
    assert piece.reporters == ["单海鸥"] and piece.photographers == ["尤立新"]
    assert not any("文/" in p for p in piece.paragraphs)


def test_narrow_comma_title_over_its_dashed_subtitle_heads_a_new_piece():
    lines = (["县城新添三处口袋公园"] + _narrow_body("本报讯（记者 岳文）")
             + ["", "清晨五点，他们为古桥“洗脸”", "——走近城关镇古桥养护队", "文/记者 单海鸥 图/记者 尤立新"]
             + _narrow_body(""))
    pieces = _pieces(lines)
    assert any(a.title == "清晨五点，他们为古桥“洗脸”" and a.subtitle == "走近城关镇古桥养护队" for a in pieces)
    assert not any("洗脸" in p for a in pieces for p in a.paragraphs)


def test_a_deck_between_a_headline_and_its_repeat_is_a_deck_not_a_sentence():
    lines = ["春茶开采茶农忙 “一片叶子”富乡亲", "春茶开采茶农忙  “一片叶子”富乡亲",
             "3月18日至19日，全县采摘春茶1.2万斤", "春茶开采茶农忙 “一片叶子”富乡亲"] \
        + _narrow_body("本报讯（记者 岳文）") + ["", "县城新添三处口袋公园"] + _narrow_body("本报讯（记者 韩松）")
    first = _pieces(lines)[0]
    assert first.title.replace(" ", "") == "春茶开采茶农忙“一片叶子”富乡亲"
    assert first.subtitle == "3月18日至19日，全县采摘春茶1.2万斤"
    assert not any("春茶开采" in p for p in first.paragraphs)


def test_masthead_registration_and_organ_lines_are_no_item():
    text = ("清溪日报\n中共清溪市委机关报\n2024年5月16日 星期四\n国内统一连续出版物号 CN99-0099\n\n"
            "清溪新区首批项目集中开工\n\n"
            "本报讯（记者 岳文）5月15日，清溪新区首批12个项目集中开工，总投资86亿元。\n")
    arts = _items(text)
    assert not any("机关报" in "".join(a.paragraphs + a.headlines) or "CN99" in "".join(a.paragraphs + a.headlines)
                   for a in arts)
    assert [a.title for a in arts if a.paragraphs] == ["清溪新区首批项目集中开工"]


def test_a_brief_columns_bullets_are_marks_and_a_bulleted_paragraph_opens_the_next_brief():
    text = ("要闻简报\n\n"
            "■河湾镇新建冷链仓储中心投用\n"
            "　　本报讯（记者 岳文）近日，河湾镇冷链仓储中心正式投用，可储存果蔬三千吨。\n"
            "■城东街道开展“敬老助老”服务\n"
            "　　本报讯（记者 韩松）5月15日，城东街道组织志愿者走进社区，为老人理发、量血压。\n"
            "■近日，南关社区组织开展消防安全演练，三百余名居民参加。（通讯员 孔明）\n")
    briefs = [a for a in _items(text) if a.paragraphs]
    assert [a.title for a in briefs] == ["河湾镇新建冷链仓储中心投用", "城东街道开展“敬老助老”服务", None]
    assert briefs[2].correspondents == ["孔明"] and briefs[1].correspondents == []
    assert briefs[2].paragraphs[0].startswith("近日，南关社区")


def test_a_wide_page_cut_every_n_characters_joins_a_flush_line_after_a_full_one():
    # the dump cut its lines every 30 characters whatever their digits: a full line that
    # happens to end a sentence goes on in the flush line below (openings are indented)
    paras = ["　　本报讯（记者 岳文）5月15日，记者从市统计局获悉，全市重点工业企业总产值同比增长8.6%，"
             "高于全省1.3个百分点。至此，全市累计培育专精特新企业126家，技术改造投资增长21.5%，"
             "新开工工业项目87个，工业经济延续稳中向好态势。",
             "　　下一步，我市将聚焦动力装备、高端化工、现代农业装备等产业链条，持续开展“企业服务月”"
             "活动，上门问需、一企一策，力争上半年增速保持在8%以上。",
             "　　分行业看，全市41个工业大类行业中有29个行业增加值实现增长，增长面达70.7%，"
             "其中装备制造业增加值增长12.4%，拉动全市规上工业增长3.9个百分点。"]
    lines = [t[i:i + 30] for t in paras for i in range(0, len(t), 30)]
    assert lines[1].endswith("。") and not lines[2].startswith("　")
    text = "全市工业经济稳中向好\n" + "\n".join(lines) + "\n"
    (piece,) = [a for a in _items(text) if a.paragraphs]
    assert len(piece.paragraphs) == 3, [p[-12:] for p in piece.paragraphs]


def test_a_byline_set_on_two_lines_is_one_byline():
    text = ("河畔晨光里的护林人\n\n"
            "□记者 单海鸥\n"
            "通讯员 尤立新\n"
            "　　天刚蒙蒙亮，护林员柏青山已经沿着河堤巡了一圈，他说这片林子就是他的孩子。\n")
    pieces = [a for a in _items(text) if a.paragraphs or a.reporters or a.correspondents]
    assert len(pieces) == 1
    assert pieces[0].reporters == ["单海鸥"] and pieces[0].correspondents == ["尤立新"]


def test_after_body_titles_of_a_piece_and_the_picture_below_it_are_two_headlines():
    # a page that prints titles after bodies: the piece's title, a blank line, then the
    # picture's own title over its caption — not one wrapped title given to the picture
    def body(dispatch: str) -> list[str]:
        return _narrow_body(dispatch) + _narrow_body("") + _narrow_body("")

    lines = (body("本报讯（记者 岳文）") + ["", "县城新添三处口袋公园", ""]
             + body("本报讯（记者 韩松）") + ["", "城关镇开展消防安全演练", "", "油菜花开满山坡",
                                          "3月10日，游客在城郊赏花拍照。", "记者 孔明 摄", ""]
             + body("本报讯（记者 任平）") + ["", "县医院开通夜间门诊"])
    arts = _pieces(lines)
    assert [a.title for a in arts if a.kind != "photo"] == ["县城新添三处口袋公园", "城关镇开展消防安全演练",
                                                          "县医院开通夜间门诊"]
    assert [a.title for a in arts if a.kind == "photo"] == ["油菜花开满山坡"]


def test_a_profile_titled_after_its_body_keeps_its_title_when_a_brief_column_follows():
    # the profile's column label over its byline, its title after its body, then a brief
    # column's label, the briefs, and a weather box whose label follows its readings
    text = ("全市新增公共充电桩八百个\n"
            "　　本报讯（记者 岳文）记者从市发改委获悉，今年以来全市新增公共充电桩八百个，\n"
            "覆盖所有乡镇。\n\n"
            "江城人物\n"
            "□本报记者 单海鸥\n"
            "　　清晨六点，老码头边的修船铺已经亮起了灯，六十八岁的船匠柏青山正弯腰检查一\n"
            "条木船的船底。\n"
            "　　“木船怕水也靠水，补得好能再用二十年。”柏青山说，这门手艺他做了五十年。\n"
            "老船匠的守候\n"
            "——记老船匠柏青山\n\n"
            "城事简讯\n"
            "　　本报讯（记者 韩松）9月25日，城东街道组织志愿者为辖区老人上门理发。\n"
            "　　本报讯（记者 任平）9月24日，南关社区举行消防安全演练，三百余名居民参加。\n\n"
            "今天：多云到晴，东北风3到4级，19℃～27℃\n"
            "明天：晴，东风2到3级，20℃～28℃\n"
            "市气象台9月26日17时发布\n"
            "江城天气\n")
    arts = _items(text)
    profile = next(a for a in arts if any("柏青山" in p for p in a.paragraphs))
    assert profile.title == "老船匠的守候" and profile.section == "江城人物"
    briefs = [a for a in arts if a.section == "城事简讯"]
    assert len(briefs) == 2 and all(a.title is None for a in briefs)
    weather = next(a for a in arts if a.kind == "weather")
    assert weather.paragraphs[0].startswith("今天：") and not any("今天：" in p for b in briefs for p in b.paragraphs)


def test_a_county_paper_named_news_over_its_date_line_is_the_masthead():
    text = ("清溪新闻\n2025年1月8日 星期三\n第2版 要闻\n县委常委会召开会议\n"
            "　　本报讯（记者 岳文）1月7日，县委书记主持召开县委常委会会议，研究部署岁末年初重点工作。\n")
    page = parse_page(text, mentions=False)
    assert page.paper.name == "清溪新闻"
    assert [a.title for a in page.articles if a.paragraphs] == ["县委常委会召开会议"]


def test_a_masthead_with_weekday_lunar_date_and_page_count_on_lines_of_their_own():
    text = ("清溪日报\nQINGXI RIBAO\n中共清溪市委主办\n2025年3月20日\n星期四\n农历乙巳年二月廿一\n"
            "第7215期 本期8版\n清溪新区首批项目集中开工\n"
            "　　本报讯（记者 岳文）3月19日，清溪新区首批12个项目集中开工，总投资86亿元。\n")
    arts = [a for a in _items(text) if a.paragraphs]
    assert [(a.kicker, a.title) for a in arts] == [(None, "清溪新区首批项目集中开工")]


def test_a_picture_announced_between_two_paragraphs_is_the_pieces_caption():
    lines = ["机器换人 车间提速", "□本报记者 单海鸥", "　通讯员 尤立新",
             "　　3月18日上午，记者走进位", "于城东工业园的一家水泵企业", "生产车间，机器轰鸣，一派繁",
             "忙，工人们在装配工位前有条", "不紊地忙碌着。",
             "图为工人在车间装配水泵。", "本报记者 单海鸥 摄",
             "“订单已经排到了6月”"] + _narrow_body("") + ["“智能化让我们底气更足”"] + _narrow_body("")
    pieces = _pieces(lines)
    assert len(pieces) == 1 and pieces[0].title == "机器换人 车间提速"
    assert [c.text for c in pieces[0].captions] == ["图为工人在车间装配水泵。"]
    assert pieces[0].paragraphs[0].startswith("3月18日上午")


def test_running_headers_in_other_orders_and_markdown_bold_are_no_item():
    for header in ("清溪晚报　　A05　　民生", "**清溪晚报** 2024年9月14日 星期六 第6版 · 文化"):
        text = (f"{header}\n\n清溪新区首批项目集中开工\n\n"
                "本报讯（记者 岳文）3月19日，清溪新区首批12个项目集中开工，总投资86亿元。\n")
        arts = _items(text)
        assert [a.title for a in arts] == ["清溪新区首批项目集中开工"], header


def test_a_picture_group_keeps_one_paragraph_per_numbered_caption_and_its_own_title():
    text = ("小芥菜腌出大产业\n"
            "　　本报讯（记者 岳文）初冬时节，华容县的芥菜地里一片繁忙，村民们忙着采收、晾晒、\n"
            "入池腌制，今年全县芥菜种植面积达十二万亩。\n"
            "\n"
            "冬日暖阳\n"
            "①12月4日，市民在南湖广场晒太阳、放风筝。\n"
            "②12月4日，农民在油菜田里追肥。\n"
            "本报记者 吴思远 摄\n")
    arts = _items(text)
    photo = next(a for a in arts if a.kind == "photo")
    assert photo.title == "冬日暖阳" and len(photo.paragraphs) == 2
    assert not any("冬日暖阳" in h for a in arts if a.kind != "photo" for h in a.headlines)


def test_a_temperature_range_the_column_cut_is_one_reading():
    lines = ["清溪天气", "今天：阴转小雨，北风3级", "，3℃～9℃", "明天：小雨转阴，北风3到4", "级，2℃", "～7℃",
             "市气象台12月4日16时发布"]
    weather = next(a for a in _items("\n".join(lines) + "\n") if a.kind == "weather")
    assert any(p.replace(" ", "").endswith("2℃～7℃") for p in weather.paragraphs), weather.paragraphs


def test_a_papers_app_dispatch_and_a_closing_credit_naming_the_paper_are_credits_not_text():
    text = ("清溪新区首批项目集中开工\n\n"
            "清溪晚报掌上清溪3月19日讯（全媒体记者 单海鸥 通讯员 尤立新）3月19日，清溪新区首批12个项目集中开工。\n\n"
            "古镇夜市开市\n\n"
            "11月18日晚，古镇夜市正式开市，首晚吸引游客两万余人次。（清溪日报记者 柏青山 通讯员 孔明）\n")
    arts = [a for a in _items(text) if a.paragraphs]
    assert arts[0].dispatch == "清溪晚报掌上清溪3月19日讯"
    assert (arts[0].reporters, arts[0].correspondents) == (["单海鸥"], ["尤立新"])
    assert (arts[1].reporters, arts[1].correspondents) == (["柏青山"], ["孔明"])
    assert not any("记者" in p for a in arts for p in a.paragraphs[-1:])


def test_pictures_printed_under_one_title_are_one_picture_item():
    text = ("## 盛夏荷开 邀你来赏\n\n"
            "7月9日，市民在城西荷塘边赏荷拍照。 全媒体记者 单海鸥 摄\n\n"
            "城东荷田里，农户正在采摘莲蓬。 通讯员 尤立新 摄\n\n"
            "7月8日，游客在荷花丛中划船游玩。 柏青山 摄\n")
    photos = [a for a in _items(text) if a.kind == "photo"]
    assert len(photos) == 1 and photos[0].title == "盛夏荷开 邀你来赏"
    assert len(photos[0].paragraphs) == 3 and photos[0].photographers == ["单海鸥", "尤立新", "柏青山"]


def test_a_paper_named_before_its_reporters_role_is_no_author():
    text = ("让夜经济亮起来\n\n□清溪晚报全媒体记者 单海鸥\n\n"
            "入夏以来，全市夜经济持续升温，街区里的小店营业到深夜。\n")
    (piece,) = [a for a in _items(text) if a.paragraphs]
    assert piece.reporters == ["单海鸥"] and piece.authors == []


def test_an_epaper_navigation_list_and_a_title_printed_again_with_its_kicker_after_it():
    text = ("清溪日报 2025年04月10日 第03版：要闻\n上一版　下一版　　PDF下载\n\n"
            "牡丹花开引客来 文旅消费势头旺\n县城新添三处口袋公园\n\n"
            "牡丹花开引客来 文旅消费势头旺\n牡丹花开引客来 文旅消费势头旺\n我市持续擦亮花城品牌\n"
            "本报记者 单海鸥\n　　记者4月9日从市文旅局获悉，牡丹文化节开幕以来，全市接待游客大幅增长。\n\n"
            "县城新添三处口袋公园\n县城新添三处口袋公园\n"
            "　　本报讯（记者 岳文）城东新建的三处口袋公园正式向市民开放。\n")
    arts = [a for a in _items(text) if a.paragraphs]
    assert [(a.kicker, a.title) for a in arts] == [("我市持续擦亮花城品牌", "牡丹花开引客来 文旅消费势头旺"),
                                                   (None, "县城新添三处口袋公园")]


def test_an_unlabelled_list_of_titles_and_a_title_reprinted_under_its_body():
    text = ("清溪时报\n2025年3月27日　星期四\n\n"
            "二十个项目集中开工\n柏青山：高空中的桥吊司机\n\n"
            "二十个项目集中开工\n二十个项目集中开工\n"
            "本报讯（记者 岳文）3月26日，新区第二批项目同日开工，总投资86亿元。\n\n"
            "柏青山：高空中的桥吊司机\n本报记者　单海鸥\n"
            "凌晨4点，港区码头灯火通明，柏青山已经坐进了四十五米高的驾驶室。\n"
            "柏青山：高空中的桥吊司机\n\n简讯\n\n"
            "城东举办春季招聘会\n本报讯　3月25日，城东举办春季招聘会，42家企业提供岗位860余个。（通讯员 孔明）\n")
    arts = [a for a in _items(text) if a.paragraphs]
    assert [a.title for a in arts] == ["二十个项目集中开工", "柏青山：高空中的桥吊司机", "城东举办春季招聘会"]
    assert arts[2].section == "简讯"


def test_a_slogan_set_apart_a_yearless_running_header_and_a_yearless_signing_date():
    body = "　　本报讯（记者 岳文）2月29日，全县乡村建设推进会召开，部署今年重点任务。会议强调，要守牢底线，扎实推进特色产业提质增效。"
    text = ("清溪报\n第3版　综合新闻\n\n绿水青山就是金山银山\n\n全县乡村建设推进会召开\n"
            + "\n".join(body[i:i + 24] for i in range(0, len(body), 24)) + "\n"
            "清溪报　3月1日　第3版\n"
            "　　会议对去年全县工作先进集体进行了表彰，县领导参加会议。\n\n"
            "停电公告\n因线路检修需要，3月5日8:00至18:00莲花镇部分用户停电。\n"
            "由此带来的不便，敬请谅解！\n清溪县供电局\n2月29日\n")
    arts = _items(text)
    assert [a.title for a in arts if a.kind == "banner"] == ["绿水青山就是金山银山"]
    meeting = next(a for a in arts if a.title == "全县乡村建设推进会召开")
    assert meeting.kicker is None and not any("清溪报" in p for p in meeting.paragraphs)
    notice = next(a for a in arts if a.kind == "notice")
    assert notice.paragraphs[-2:] == ["清溪县供电局", "2月29日"]


def test_a_website_dumps_breadcrumb_source_line_and_buttons_are_no_item():
    text = ("首页 > 数字报 > 清溪晚报 > 2025年10月15日 > A03版：城市新闻\n\n"
            "中心城区新增停车泊位一万个\n来源：清溪晚报　　2025-10-15　　【字体：大 中 小】\n\n"
            "中心城区新增停车泊位一万个\n\n"
            "　　10月14日，记者从市城管局获悉，今年以来中心城区新增公共停车泊位一万个。（记者 岳文）\n\n"
            "【打印】【关闭】\n")
    page = parse_page(text, mentions=False)
    assert page.paper.name == "清溪晚报" and page.issue.date == "2025-10-15"
    assert [(a.kind, a.title) for a in page.articles] == [("news", "中心城区新增停车泊位一万个")]


def test_a_weather_boxs_advice_the_column_cut_stays_in_the_box():
    text = ("县城新添三处口袋公园\n本报讯（记者 岳文）城东新建的三处口袋公园正式向市民开放。\n\n"
            "清溪天气\n6月12日　晴转多云　18℃～31℃　南风2级\n6月13日　阴有雷阵雨　17℃～28℃　东南风3级\n"
            "温馨提示：近期气温较高，午后局\n地有雷阵雨，请注意防暑防雷。\n")
    arts = _items(text)
    weather = next(a for a in arts if a.kind == "weather")
    assert weather.paragraphs[-1] == "温馨提示：近期气温较高，午后局地有雷阵雨，请注意防暑防雷。"
    assert [a.kind for a in arts] == ["news", "weather"]


def _narrow_body(dispatch: str) -> list[str]:
    text = (f"　　{dispatch}今年以来，全县上下聚焦项目建设和营商环境优化，"
            "一批重点工程相继开工，园区承载能力持续提升，群众获得感不断增强。")
    return [text[i:i + 14] for i in range(0, len(text), 14)]


def test_narrow_decks_that_close_on_their_genre_or_a_stated_figure_are_not_one_wrapped_title():
    lines = (["今年以来全县对外开放工作综述", "招商之门越开越大"] + _narrow_body("本报讯（记者 岳文）")
             + ["", "梨乡新村美如画", "高家庄村容村貌提升见闻"] + _narrow_body("本报讯（记者 韩松）")
             + ["", "全县签约重点项目十二个", "总投资八十六亿元同比增长15.2%"] + _narrow_body("本报讯（记者 任平）"))
    heads = [(a.kicker, a.title, a.subtitle) for a in _pieces(lines)]
    assert ("今年以来全县对外开放工作综述", "招商之门越开越大", None) in heads
    assert (None, "梨乡新村美如画", "高家庄村容村貌提升见闻") in heads
    assert (None, "全县签约重点项目十二个", "总投资八十六亿元同比增长15.2%") in heads
    # a bare count under a line that ends on its verb is the rest of one wrapped title
    lines += ["", "国庆首日县客运站发送", "旅客1.2万人次"] + _narrow_body("本报讯（记者 孔明）")
    titles = [a.title.replace(" ", "") for a in _pieces(lines)]
    assert "国庆首日县客运站发送旅客1.2万人次" in titles


def test_a_caption_the_narrow_column_wrapped_mid_word_is_a_caption_not_a_headline():
    lines = ["全县中小学开启新学期",
             "　　本报讯（记者 高远）9月", "2日，全县中小学迎来秋季开", "学，4.6万名学生走进校园", "。",
             "　　今年新建的县第二小学教", "学楼窗明几净，录播教室和科", "学实验室一应俱全。",
             "县第二小学学生在新教", "室上课。", "通讯员 孙晓梅 摄",
             "　　开学当天，县领导到各校", "检查校园安全和食堂管理工作", "。"]
    arts = _items("\n".join(lines) + "\n")
    assert all("县第二小学学生在新教" not in h for a in arts for h in a.headlines)
    news = next(a for a in arts if a.title == "全县中小学开启新学期")
    assert any(c.text == "县第二小学学生在新教室上课。" for c in news.captions) or \
        any(a.kind == "photo" and a.paragraphs == ["县第二小学学生在新教室上课。"] for a in arts)


def test_a_piece_its_subtitle_calls_a_report_is_a_feature():
    text = ("黑土地上的“科技丰收”\n\n"
            "——某某县大豆产业提质增效见闻\n\n"
            "本报讯（记者 高远）金秋时节，某某县百万亩大豆喜获丰收，田间处处是忙碌的身影。\n\n"
            "在城关镇的大豆示范田里，收割机来回穿梭，豆粒饱满。\n")
    (art,) = [a for a in _items(text) if a.paragraphs]
    assert art.kind == "feature"


def test_two_pictures_set_between_paragraphs_are_the_pieces_captions():
    # a second caption under the first, and the piece goes on below both
    text = ("油菜花海迎客来\n\n"
            "本报讯（记者 孙晓梅）3月18日，城郊万亩油菜花进入盛花期，周末迎来踏青人流。\n\n"
            "花田里的观光小火车。\n\n通讯员 高远 摄\n\n"
            "孩子们在花海里放风筝。\n\n记者 孙晓梅 摄\n\n"
            "据了解，今年当地新修步道八公里，增设停车位五百个。\n")
    (art,) = [a for a in _items(text) if a.paragraphs]
    assert [c.text for c in art.captions] == ["花田里的观光小火车。", "孩子们在花海里放风筝。"]
    assert art.paragraphs[-1].startswith("据了解") and set(art.photographers) == {"高远", "孙晓梅"}


def test_a_picture_story_between_paragraphs_stays_an_item_of_its_own():
    # a picture story tells its news in two sentences; the piece around it goes on
    text = ("新城医院门诊楼投用\n\n"
            "本报讯（记者 钱文）3月1日，新城医院门诊楼正式投用，设诊室一百二十间。\n\n"
            "2月28日，游人在南山公园赏樱拍照。时下，园内三百株早樱竞相开放，吸引市民前来踏青。\n\n"
            "本报记者 高远 摄\n\n"
            "下一步，医院还将开通夜间门诊，方便上班族就医。\n")
    arts = [a for a in _items(text) if a.paragraphs]
    news = next(a for a in arts if a.title == "新城医院门诊楼投用")
    assert news.captions == [] and news.paragraphs[-1].startswith("下一步")
    assert any(a.kind == "photo" and "赏樱" in a.paragraphs[0] for a in arts)


def _wrap_by_count(paragraphs: list[str], width: int, indent: str = "　　") -> list[str]:
    """A dump cut every ``width`` characters, digits counted like hanzi, each paragraph
    opening with an indent (two characters unless told)."""
    out = []
    for p in paragraphs:
        text = indent + p
        out += [text[k:k + width] for k in range(0, len(text), width)]
    return out


def test_a_column_cut_by_character_count_keeps_lines_with_numbers_full():
    # 日1.5万，最高4.26万人。 fills its line by count, though half-width digits print narrower:
    # the flush line under it goes on the paragraph
    paras = ["本报讯（记者 曾晓兰）今年1至4月，全县共接待游客312.4万人次，同比增长26.8%。",
             "今年以来，县博物馆接待游客日1.5万，最高4.26万人。来自邻省的游客黄志坚一家专程赶来参观。",
             "县文旅局负责人表示，全县将推动红色旅游与研学教育深度融合，打造一批精品线路和研学基地，力争全年接待游客突破1000万人次。",
             "下一步，县里还将新建停车场3处，增设旅游公交线路12条，新增车位1500个，方便游客出行。"
             "县里同时将加强景区讲解员队伍建设，组织讲解员走进学校和社区，把长征故事讲给更多的孩子们听。"]
    width = 15
    lines = ["红色旅游持续升温"] + _wrap_by_count(paras, width)
    assert "日1.5万，最高4.26万人。" in lines
    (art,) = _pieces(lines)
    assert art.title == "红色旅游持续升温"
    assert art.paragraphs[1:] == paras[1:]


def test_a_wrapped_caption_with_its_credit_on_the_tail_line_is_the_pieces_caption():
    lines = ["全县中小学开启新学期",
             "　　本报讯（记者 高远）9月", "2日，全县中小学迎来秋季开", "学，4.6万名学生走进校园", "。",
             "　　今年新建的县第二小学教", "学楼窗明几净，录播教室和科", "学实验室一应俱全。",
             "县第二小学学生在新教", "室上课。 县融媒体中心供图",
             "　　开学当天，县领导到各校", "检查校园安全和食堂管理工作", "。"]
    arts = _pieces(lines)
    assert len(arts) == 1 and arts[0].title == "全县中小学开启新学期"
    assert [c.text for c in arts[0].captions] == ["县第二小学学生在新教室上课。"]


def test_a_subtitle_the_narrow_column_wrapped_before_a_name_is_one_deck():
    lines = ["县鞋企“出海”正当时", "——访鹏程体育用品有限公司", "总经理林晨阳", "□ 本报记者 施雅婷",
             "　　近年来，面对复杂多变的外贸", "形势，县里一批鞋服企业主动拓展", "新兴市场，外贸订单逆势增长。",
             "　　问：今年企业的外贸订单情况", "如何？",
             "　　答：总体好于预期，出口额同", "比增长两成以上，新兴市场增长最", "快。"]
    (art,) = _pieces(lines)
    assert art.headlines == ["县鞋企“出海”正当时", "——访鹏程体育用品有限公司总经理林晨阳"]


def test_a_brief_closed_by_its_writers_name_ends_before_the_next_brief():
    text = ("简讯\n\n"
            "本报讯 3月16日，县人社局在城东街道举办专场招聘会，六十二家企业提供就业岗位两千余个。（冉晓丽）\n\n\n"
            "日前，县市场监管局开展春季食品安全专项检查，共检查食品生产经营户一千余家。（张瑜）\n\n\n"
            "3月18日，县图书馆新馆开馆试运行，馆藏图书二十万册。（李华 周敏）\n")
    briefs = [a for a in _items(text) if a.paragraphs]
    assert len(briefs) == 3
    assert [a.paragraphs[0][:2] for a in briefs] == ["3月", "日前", "3月"]


def test_a_picture_under_a_pieces_last_paragraph_is_its_caption():
    text = ("城东菜市场改造完工\n\n"
            "本报讯（记者 钱文）9月9日，改造一新的城东菜市场重新开业，摊位由八十个增加到一百二十个。\n\n"
            "改造后的菜市场干净整洁。\n\n记者 钱文 摄\n\n"
            "秋粮收购工作启动\n\n"
            "本报讯（记者 高远）9月10日，全县秋粮收购工作启动，二十个收购网点同时开秤。\n")
    arts = {a.title: a for a in _items(text) if a.paragraphs}
    assert [c.text for c in arts["城东菜市场改造完工"].captions] == ["改造后的菜市场干净整洁。"]
    assert not any(a.kind == "photo" for a in _items(text))


def test_a_picture_story_under_a_piece_opens_with_its_day_and_stays_an_item():
    text = ("城东菜市场改造完工\n\n"
            "本报讯（记者 钱文）9月9日，改造一新的城东菜市场重新开业，摊位由八十个增加到一百二十个。\n\n"
            "9月8日，南山村的果农在果园里采摘猕猴桃。\n\n记者 高远 摄\n\n"
            "秋粮收购工作启动\n\n"
            "本报讯（记者 高远）9月10日，全县秋粮收购工作启动，二十个收购网点同时开秤。\n")
    arts = _items(text)
    market = next(a for a in arts if a.title == "城东菜市场改造完工")
    assert market.captions == []
    assert any(a.kind == "photo" and a.paragraphs[0].startswith("9月8日") for a in arts)


def test_a_caption_wrapped_at_a_word_boundary_over_a_full_line_stays_whole():
    lines = ["全县小麦统防统治全面展开",
             "　　本报讯（记者 胡晓东）", "5月20日，在正红镇的麦田上", "空，十余架植保无人机来回穿", "梭。",
             "　　据介绍，今年全县统防统", "治覆盖率达到八成五以上，比", "去年提高了十个百分点。",
             "植保无人机在正红镇麦田进行", "飞防作业。", "通讯员 张颖 摄",
             "　　县领导要求，各镇要抢抓", "晴好天气，确保月底前完成第", "二遍防治任务。"]
    arts = _pieces(lines)
    assert len(arts) == 1
    assert [c.text for c in arts[0].captions] == ["植保无人机在正红镇麦田进行飞防作业。"]


def test_a_sentence_announcing_a_list_is_no_headline():
    lines = ["关于调整城区禁燃区范围的公告",
             "　为进一步改善环境空气质量，根据有关要求，",
             "经研究，决定调整城区高污染燃料禁燃区范围。",
             "现将有关事项公告如下：",
             "　一、禁燃区范围：城关街道、东关街道全部",
             "行政区域，总面积约二十六平方公里。",
             "　二、本公告自发布之日起施行。",
             "某某县人民政府",
             "2024年6月1日"]
    notice = _one_notice(_pieces(lines))
    assert any(p.endswith("如下：") for p in notice.paragraphs)


def test_a_set_in_line_the_column_cut_goes_on_in_the_flush_line_below():
    # a wide page that indents paragraph openings: headlines print flush, so a flush line
    # of prose under an unfinished set-in line is the rest of its paragraph
    text = ("县人民医院公开招聘编外专业技术人员启事\n"
            "　因业务发展需要，县人民医院决定面向社会公开招聘编外专业技术人员。现将有关事项公告如下：\n"
            "　一、招聘岗位及人数：临床医师十二名、护理人员二十名，共计三十二名。\n"
            "　二、报名条件：年龄在\n"
            "35周岁以下（1989年3月1日以后出生），全日制大专及以上学历，护理人员须具有护士执业资格证书。\n"
            "　三、报名时间：2025年3月8日至3月17日。报名地点：医院行政楼三楼人事科。\n"
            "县城关镇全面推行垃圾分类\n"
            "　本报讯（记者 高远）3月10日，城关镇全面推行生活垃圾分类，首批二十个小区试点。\n"
            "　据介绍，镇里为试点小区配齐了四色分类桶。\n")
    arts = [a for a in _items(text) if a.paragraphs]
    notice = next(a for a in arts if a.kind == "notice")
    assert "二、报名条件：年龄在35周岁以下（1989年3月1日以后出生），全日制大专及以上学历，护理人员须具有护士执业资格证书。" \
        in notice.paragraphs
    assert len(arts) == 2


def test_a_number_the_column_cut_from_its_unit_joins_on_a_wide_page():
    text = ("迁坟启事\n\n"
            "因县城东环线道路建设需要，需对项目用地范围内的坟墓进行迁移。\n\n"
            "请上述范围内的坟主见报后于2021年10月15日至11\n\n"
            "月30日，携带本人身份证及相关证明，到所在村委会进行登记，并在规定期限内自行迁移。\n\n"
            "县城东环线道路建设指挥部\n\n"
            "2021年10月12日\n")
    arts = [a for a in _items(text) if a.paragraphs]
    assert len(arts) == 1
    assert any("至11月30日，携带" in p for p in arts[0].paragraphs)


def test_the_first_line_under_a_notice_title_opens_its_text_not_a_deck():
    text = ("迁坟启事\n\n"
            "因县城东环线道路\n\n"
            "建设需要，需对项目用地范围内的坟墓进行迁移，迁移范围涉及城关镇金花村部分区域。\n\n"
            "请坟主见报后三十日内到村委会登记。\n\n"
            "县城东环线道路建设指挥部\n\n"
            "2021年10月12日\n")
    arts = [a for a in _items(text) if a.paragraphs]
    assert len(arts) == 1 and arts[0].title == "迁坟启事"
    assert arts[0].paragraphs[0].startswith("因县城东环线道路建设需要，")


def test_a_labelled_list_item_the_column_cut_goes_on_below():
    text = ("关于城关镇马拉松赛期间实施交通管制的公告\n\n"
            "城关镇首届半程马拉松赛定于2025年10月16日举行。为确保赛事顺利进行，现将有关事项公告如下：\n\n"
            "一、管制时间：2025年10月16日7时至12时。\n\n"
            "二、管制路段：人民广场至\n\n"
            "解放北路、人民东路等比赛沿线道路，各路段将根据比赛进程分段解除管制。\n\n"
            "三、请广大市民提前规划出行路线。\n\n"
            "城关镇人民政府\n\n"
            "2025年10月10日\n")
    arts = [a for a in _items(text) if a.paragraphs]
    assert len(arts) == 1
    assert any(p.startswith("二、管制路段：人民广场至解放北路") for p in arts[0].paragraphs)


def test_any_index_reading_stays_in_its_weather_box():
    text = ("天气预报\n\n今天：多云转雷阵雨　南风2～3级　18℃～29℃\n\n生活指数\n\n穿衣指数：舒适\n\n"
            "旅游指数：较适宜，前往景区的游客请携带雨具\n\n钓鱼指数：适宜\n\n\n"
            "县委常委会召开会议\n\n本报讯（记者 高远）8月7日，县委常委会召开会议，研究部署防汛工作。\n")
    arts = _items(text)
    (box,) = [a for a in arts if a.kind == "weather"]
    assert any(p.startswith("旅游指数") for p in box.paragraphs) and any(p.startswith("钓鱼指数") for p in box.paragraphs)
    assert all(a.kind in ("weather", "news") for a in arts) and len(arts) == 2


def _narrow_news(head: list[str]) -> str:
    body = ["　　本报讯 记者谭雅琴报道：记者", "9月19日从市统计局获悉，1至8", "月全市规模工业增加值同比增长", "8.6%，增速高于全省平均水平。",
            "　　分行业看，全市37个工业行业", "中有29个实现增长，增长面达到", "七成八，三大动力产业拉动明显。",
            "　　市统计局负责人分析，随着一", "批重大项目陆续投产达效，全市", "工业经济有望继续保持增长。"]
    return "\n".join(head + body) + "\n"


def test_two_decks_each_wider_than_the_column_are_two_headlines():
    arts = [a for a in _items(_narrow_news(["我市前8个月规模工业增加值增长8.6%", "增速高于全省平均水平1.2个百分点"]))
            if a.paragraphs]
    assert arts[0].headlines == ["我市前8个月规模工业增加值增长8.6%", "增速高于全省平均水平1.2个百分点"]


def test_a_title_wrapped_wider_than_the_column_leaves_a_short_rest_and_is_one_deck():
    arts = [a for a in _items(_narrow_news(["全县25万亩柑橘进入采摘旺季 果农忙着采摘", "装箱发往全国各地"])) if a.paragraphs]
    assert arts[0].headlines == ["全县25万亩柑橘进入采摘旺季 果农忙着采摘装箱发往全国各地"]


def test_two_unpunctuated_lines_that_stop_short_after_a_full_stop_are_a_title():
    # a narrow page that prints titles after their bodies: a paragraph never ends without
    # a sentence end, so the two lines are the title the column wrapped
    lines = ["　　新华社南昌10月16日电（记者", "闵晓辉）10月16日，纪念活动在于", "都县纪念碑广场举行，两千余人参",
             "加活动。来自各地的老红军后代和", "党史专家、干部群众代表参加活动",
             "　　专家表示，要用好红色资源，赓", "续红色血脉，汇聚起奋进的强大力量。",
             "纪念中央红军长征出发九十周年", "主题活动在于都县举行",
             "　　本报讯（记者 曾晓兰）记者5月", "20日从县文旅局获悉，今年前四个", "月全县共接待游客三百余万人次。",
             "红色旅游持续升温"]
    arts = _pieces(lines)
    assert arts[0].paragraphs[-1].endswith("强大力量。")
    assert any("主题活动在于都县举行" in "".join(a.headlines) for a in arts)


def test_a_line_opening_with_the_day_after_a_full_stop_opens_a_new_block():
    # a narrow page with no indents: a picture story set under a piece opens with its day
    lines = ["社棠镇发展庭院经济助农增收", "本报讯 6月12日，在社棠镇温家", "集村村民的小院里，一排排菌棒",
             "整齐码放，朵朵香菇探出头来。", "镇党委书记吕志刚介绍，该镇将", "引导各村成立庭院经济合作社，",
             "让“小庭院”成为“大宝库”。", "8月11日，游客在麦积山景区参", "观游览。暑期以来，景区日均接",
             "待游客一万五千人次，带动周边", "民宿、餐饮持续火爆。 图/蒲海燕",
             "万亩花牛苹果进入采摘季", "本报讯 10月11日，记者在花牛", "镇南山村看到，漫山遍野的果园",
             "里，红彤彤的花牛苹果挂满枝头。"]
    arts = _pieces(lines)
    first = arts[0]
    assert first.paragraphs[-1].endswith("成为“大宝库”。")
    assert any(a.kind == "photo" and a.paragraphs[0].startswith("8月11日") for a in arts)


def test_a_deck_the_column_cut_after_a_conjunction_is_one_deck():
    text = ("多措并举稳就业 保民生\n\n—访市人力资源和\n\n社会保障局局长温立新\n\n□ 籍海涛\n\n"
            "问：对今年的就业形势，您怎么看？\n\n答：总体来看，我市就业形势保持稳定，但结构性矛盾依然存在。\n")
    (art,) = [a for a in _items(text) if a.paragraphs]
    assert art.headlines == ["多措并举稳就业 保民生", "—访市人力资源和社会保障局局长温立新"]


def test_a_column_label_after_a_title_printed_below_its_body_heads_the_column_below():
    text = ("本报讯（记者 高远）3月5日，县委常委会召开会议，研究部署春耕生产工作。会议要求，各乡镇要抓好农资供应。\n\n"
            "县委常委会召开会议\n\n"
            "要闻简报\n\n"
            "本报讯（记者 李华）3月6日，县图书馆新馆开馆试运行，馆藏图书二十万册，日接待读者上千人次。\n\n"
            "县图书馆新馆开馆\n\n"
            "本报讯（记者 周敏）3月7日，县人民医院夜间门诊正式开诊，方便上班族就医。\n\n"
            "县医院开设夜间门诊\n")
    arts = [a for a in _items(text) if a.paragraphs]
    assert [a.headlines for a in arts] == [["县委常委会召开会议"], ["县图书馆新馆开馆"], ["县医院开设夜间门诊"]]
    assert arts[1].section == "要闻简报"


def test_a_two_character_rest_of_a_title_is_no_deck_of_its_own():
    text = ("总结今年经济工作 部署明年重点\n\n任务\n\n县委经济工作会议召开\n\n"
            "本报讯（记者 高远）12月20日，县委经济工作会议召开，总结今年经济工作，部署明年重点任务。\n")
    (art,) = [a for a in _items(text) if a.paragraphs]
    assert "总结今年经济工作 部署明年重点任务" in art.headlines and "任务" not in art.headlines


def test_a_county_paper_named_today_and_its_place_is_the_masthead():
    text = ("今日临泉\n\n2022年8月16日 星期二\n\n第4版：视点\n\n县城新添三处口袋公园\n\n"
            "本报讯（记者 高远）8月15日，县城新建的三处口袋公园对市民开放，新增绿地一万平方米。\n")
    page = parse_page(text, mentions=False)
    assert page.paper.name == "今日临泉"
    assert [a.title for a in page.articles] == ["县城新添三处口袋公园"]


def test_todays_weather_at_the_top_of_a_page_is_no_paper_name():
    text = "今日天气\n\n多云转晴　北风2～3级\n\n气温：14℃～19℃\n"
    page = parse_page(text, mentions=False)
    assert page.paper.name != "今日天气" and any(a.kind == "weather" for a in page.articles)


def test_a_dispatch_credit_the_column_cut_before_its_second_name_is_one_dispatch():
    lines = ["复工复产按下“快进键”", "本报讯 记者刘胜男", "通讯员陈希报道：截至", "3月9日，全市两千余家",
             "规模以上工业企业已复工，", "复工率达九成八。", "在天元区的一家电机企业", "生产车间内，工人们在各",
             "自岗位上有序忙碌。", "市工信局组建二十八个驻", "企服务工作组，一对一帮", "扶重点企业。"]
    arts = _pieces(lines)
    assert len(arts) == 1
    assert arts[0].reporters == ["刘胜男"] and arts[0].correspondents == ["陈希"]
    assert arts[0].paragraphs[0].startswith("截至3月9日")


def test_a_title_cut_inside_a_number_is_one_deck():
    text = ("红色旅游持续升温 1\n\n至4月全县接待游客312万人次\n\n"
            "本报讯（记者 曾晓兰）记者5月20日从县文旅局获悉，今年1至4月，全县共接待游客312.4万人次。\n")
    (art,) = [a for a in _items(text) if a.paragraphs]
    assert art.headlines == ["红色旅游持续升温 1至4月全县接待游客312万人次"]


def test_text_after_a_jump_line_belongs_to_another_piece():
    text = ("院坝会开到家门口\n\n"
            "本报讯（记者 张瑜）6月13日晚，大坪村一户农家的院坝里坐满了村民，一场院坝会正在召开。截至目前，全镇已召开院坝会1260余场（下转第四版）\n\n"
            "为展示全区经济社会发展成就，现面向社会公开征集主题摄影作品。有关事项如下：\n\n"
            "一、征集时间：2018年6月10日至8月31日。\n\n"
            "联系人：冉老师 023-79222618\n\n"
            "区委宣传部\n\n"
            "2018年6月9日\n\n"
            "主题摄影作品征集启事\n")
    arts = [a for a in _items(text) if a.paragraphs]
    news = next(a for a in arts if a.title == "院坝会开到家门口")
    assert news.continues_to is not None and not any("征集" in p for p in news.paragraphs)


def test_a_page_slogan_set_on_two_lines_over_the_first_title_is_a_banner():
    text = ("守正创新谋长远\n\n实干担当促发展\n\n茶山四月采茶忙\n\n走进永兴镇万亩茶海\n\n"
            "本报讯（记者 高远）4月10日，永兴镇万亩茶海迎来春茶采摘高峰，茶农们穿梭在茶垄间。\n")
    arts = _items(text)
    assert any(a.kind == "banner" and a.headlines == ["守正创新谋长远 实干担当促发展"] for a in arts)
    news = next(a for a in arts if a.paragraphs)
    assert "守正创新谋长远" not in news.headlines and news.headlines[0] == "茶山四月采茶忙"


def test_a_title_printed_twice_is_no_slogan():
    text = "点灯的人\n\n点灯的人\n\n范长青\n\n每到冬至前后，我总会记起老家村口那盏不灭的马灯。\n"
    assert not any(a.kind == "banner" for a in _items(text))


def test_a_number_and_a_contact_label_the_narrow_column_cut_join_again():
    lines = ["迁坟启事", "　　因县城东环线道路建设需要", "，需对项目用地范围内的坟墓进", "行迁移，涉及金花村部分区域。",
             "　　请上述范围内的坟主见报后", "于2019年10月15日至1", "1月30日，携带本人身份证到村",
             "委会进行登记，并在规定期限内", "自行迁移，每冢补助两千八百元", "。",
             "　　湄江街道联系人：聂勇　联", "系电话：0851-24221567",
             "　　县城东环线道路建设指挥部", "　　2019年10月12日"]
    body = "".join(_one_notice(_pieces(lines)).paragraphs)
    assert "至11月30日，携带" in body and "联系电话：0851-24221567" in body


def test_a_slogan_couplet_over_the_first_title_of_a_narrow_page_is_never_wrapped_into_it():
    lines = ["攻坚克难抓落实 守正创新谋长远", "龙舟竞渡备端午",
             "　　本报讯 5月23日，白沙镇的龙舟", "队员在江面上加紧训练，备战即将", "举行的端午节龙舟邀请赛。",
             "　　据了解，今年的邀请赛共有十", "二支队伍报名参赛，比赛将在沿江", "公园段举行。",
             "　　镇文化站负责人介绍，赛事期", "间还将举办非遗展示和美食市集等", "系列活动，欢迎市民前来观赛。",
             "　　比赛当天，沿江公园周边道路", "将实行临时交通管制。"]
    arts = _items("\n".join(lines) + "\n")
    assert any(a.kind == "banner" and a.headlines == ["攻坚克难抓落实 守正创新谋长远"] for a in arts)
    assert next(a for a in arts if a.paragraphs).headlines == ["龙舟竞渡备端午"]


def test_an_indented_opening_that_ends_a_sentence_at_the_column_edge_goes_on_below():
    lines = ["前十个月经济指标稳中有进",
             "　　本报讯 11月15日，记者从", "市统计局获悉，今年前十个月全", "市经济运行总体平稳。",
             "　　投资和消费协同发力。", "全市固定资产投资同比增长八", "个百分点，社会消费品零售总", "额同比增长近一成。",
             "　　财政金融运行平稳。全市一", "般公共预算收入稳步增长，各", "项存款余额持续增加。",
             "　　市统计局负责人表示，全年", "经济有望保持稳中向好态势。"]
    (art,) = _pieces(lines)
    assert "投资和消费协同发力。全市固定资产投资同比增长八个百分点，社会消费品零售总额同比增长近一成。" in art.paragraphs


def _wrap_flush(paragraphs: list[str], width: int) -> list[str]:
    """A narrow dump cut every ``width`` characters, paragraphs opening flush."""
    return [p[k:k + width] for p in paragraphs for k in range(0, len(p), width)]


def test_a_title_with_a_comma_set_across_columns_of_a_narrow_page_heads_the_next_piece():
    # the column is 12 characters; a 17-character line that ends no sentence, after a
    # finished one, is a title set across columns, not a paragraph (comma or not)
    first = ["本报讯（记者 罗文静）3日，县第一季度重点项目集中开工，共有项目27个，总投资86亿元。",
             "县发展改革局负责人表示，将为项目建设提供全程服务。"]
    second = ["近日，县人社局在县城广场举办春风行动招聘会，86家企业提供岗位2300余个。",
              "求职者李晓军说，在家门口就能找到合适的工作，不用再外出打工了。"]
    title = "稳岗就业，春风行动把岗位送到家门口"
    lines = ["重点项目集中开工"] + _wrap_flush(first, 12) + [title] + _wrap_flush(second, 12)
    arts = _pieces(lines)
    assert [a.title for a in arts] == ["重点项目集中开工", title]
    assert arts[0].paragraphs[-1] == first[-1]
    assert arts[1].paragraphs == second


def test_a_unit_kicker_printed_between_title_and_subtitle_keeps_all_three_roles():
    # the dump printed the kicker after its title: title / 县交通运输局： / subtitle
    text = ("城乡公交一体化跑出加速度\n\n县交通运输局：\n\n全县127个行政村通上公交车\n\n"
            "本报讯（记者 岳小川）近日，随着最后一条城乡公交线路开通，全县127个行政村全部通上公交车。\n\n"
            "县交通运输局负责人介绍，今年以来，全县新开城乡公交线路9条，投放新能源公交车46辆。\n")
    (art,) = [a for a in _items(text) if a.paragraphs]
    assert (art.kicker, art.title, art.subtitle) == ("县交通运输局：", "城乡公交一体化跑出加速度", "全县127个行政村通上公交车")


def test_the_issuer_line_closes_a_weather_box_and_the_headline_below_heads_the_next_piece():
    lines = ["今日天气", "5月9日　星期四", "多云转晴　东南风2～3", "级　14℃～26℃",
             "城关区气象台5月8", "日17时发布",
             "春耕备耕忙", "全县完成春播42万亩",
             "本报讯（记者 钟亚楠）眼下正", "是春耕备耕的关键时期，全县", "各地抢抓农时，已完成春播面", "积42万亩，占计划的八成。",
             "县农业农村局组织60名农技人", "员下沉一线，指导农户科学播", "种，确保播种质量。"]
    arts = _pieces(lines)
    weather = [a for a in arts if a.kind == "weather"]
    news = [a for a in arts if a.kind != "weather"]
    assert [a.headlines for a in news] == [["春耕备耕忙", "全县完成春播42万亩"]]
    assert news[0].paragraphs[0].startswith("眼下正是春耕备耕")
    assert len(weather) == 1 and "发布" in weather[0].paragraphs[-1]


def test_a_long_paragraph_that_ends_a_sentence_at_the_columns_edge_ends_there():
    # a flush narrow page: nothing on the page marks the paragraph end; a paragraph that
    # has run 170 characters is likelier over than one that has run 34
    width = 17
    p1 = ("本报讯（记者 庞立新）今年以来，全县坚持把高标准农田建设作为保障粮食安全的重要抓手，"
          "统筹整合涉农资金，集中连片推进土地平整、灌溉排水、田间道路和农田防护工程建设，"
          "全县已新建高标准农田5.2万亩，改造提升中低产田1.8万亩，项目区粮食亩产平均提高近百斤，"
          "农田灌溉水有效利用系数提高到零点五六。")
    p1 = p1[:len(p1) - len(p1) % width - 1] + "。"
    p2 = "村民张永福算了一笔账：田块平整后，大型农机能下地作业，每亩地一年能省下近百元的成本。"
    lines = ["高标准农田建设提速"] + _wrap_flush([p1, p2], width)
    assert len(p1) % width == 0 and len(lines) >= 12
    (art,) = _pieces(lines)
    assert "".join(art.paragraphs[:-1]).endswith("。") and art.paragraphs[-1] == p2


def test_a_one_character_speaker_after_a_closing_quote_stays_in_the_quotes_paragraph():
    # the quote's last line fills the column; 他说。 alone below it is no paragraph
    lines = ["苹果熟了",
             "本报讯（记者 胡晓梅）村里的苹果", "园迎来丰收季，果农们忙着采摘装", "箱，一派繁忙景象。",
             "“今年的苹果又大又甜，价钱也好", "，全靠路修通了，心里踏实多了。”",
             "他说。",
             "在村委会，村党支部书记姚红梅介", "绍，全村已有46户村民加入合作社", "，苹果远销广州、深圳等地。",
             "下一步，村里还将建设冷库，延长", "苹果的销售期，让果农多增收。"]
    (art,) = _pieces(lines)
    assert "“今年的苹果又大又甜，价钱也好，全靠路修通了，心里踏实多了。”他说。" in art.paragraphs


def test_a_caption_credit_the_column_cut_after_its_first_characters_is_the_captions():
    lines = ["红色研学线路受青睐",
             "本报讯（记者 温晓东）暑假以来，", "县里的红色研学线路持续火热，日", "均接待学生团队30余批次。",
             "学生在长征纪念馆参观学习。 县融", "媒体中心供图",
             "县文旅局负责人介绍，今年新推出", "研学线路5条，配备讲解员42名。",
             "下一步，县里还将开发红色研学课", "程，打造一批精品研学基地。"]
    (art,) = _pieces(lines)
    assert [c.text for c in art.captions] == ["学生在长征纪念馆参观学习。"]
    assert not any("供图" in p or "纪念馆参观" in p for p in art.paragraphs)


def test_a_two_line_caption_dropped_into_a_sentence_is_lifted_and_the_sentence_joined():
    lines = ["县里推出研学新线路",
             "本报讯（记者 温晓东）暑假以来，", "县里的红色研学线路持续火热，日", "均接待学生团队30余批次。",
             "县文旅局局长周明辉表", "学生在长征纪念馆参观学", "习。 县融媒体中心供图",
             "示，今年新推出研学线路5条，配", "备讲解员42名，还将开发更多课程", "。"]
    (art,) = _pieces(lines)
    assert [c.text for c in art.captions] == ["学生在长征纪念馆参观学习。"]
    assert art.paragraphs[-1].startswith("县文旅局局长周明辉表示，今年新推出")


def test_a_wrapped_caption_between_two_paragraphs_is_the_pictures_and_opens_no_paragraph():
    # a flush narrow page cut every 14 characters: the caption fills its first line and
    # ends on the next, its credit after it
    lines = ["山货直播间里年味浓",
             "本报记者 钟慧敏",
             "2月8日，记者走进梓山镇山塘", "村，村口的电商服务站里人头攒", "动。",
             "“这段时间，直播间每天要发出", "七八百单，最多的一天卖了1.", "2万多元。”主播谢晓芸说，从", "去年11月开播至今，直播间累", "计销售额已达160余万元，带", "动38户农户户均增收4000多", "元。",
             "谢晓芸（右）在直播间推介本地", "年货。钟慧敏 摄",
             "村党支部书记刘春生介绍，为了", "支持年轻人创业，村里腾出闲置", "的老村部作为直播场地。",
             "下一步，村里还将开通冷链物流", "专线，让山货卖得更远。"]
    (art,) = _pieces(lines)
    assert [c.text for c in art.captions] == ["谢晓芸（右）在直播间推介本地年货。"]
    assert any(p.startswith("村党支部书记刘春生介绍") for p in art.paragraphs)


def test_an_interview_subtitle_without_its_dash_is_a_deck_of_its_own_on_a_narrow_page():
    lines = ["外贸“压舱石”如何压得更稳", "访区商务局局长沈卫东",
             "□ 本报记者 庞立新",
             "今年以来，面对复杂多变的外贸形", "势，我区外贸进出口总额逆势增长", "，同比增长12.6%。",
             "问：今年外贸形势如何？",
             "答：总体好于预期。新兴市场订单", "增长最快，占比提高到三成以上。",
             "问：下一步有什么打算？",
             "答：我们将继续帮助企业拓市场、", "稳订单，让外贸“压舱石”更稳。"]
    (art,) = _pieces(lines)
    assert (art.title, art.subtitle) == ("外贸“压舱石”如何压得更稳", "访区商务局局长沈卫东")


def test_a_dash_subtitle_the_column_cut_inside_its_figure_stays_one_deck_of_the_headline():
    lines = ["全年地区生产总值迈上新台阶", "——全市生产总值达5034.6亿", "元，同比增长5.3%",
             "　　本报讯（记者 艾明娟）1月23", "日，市统计局发布全年经济运行数", "据。初步核算，全市地区生产总值", "5034.6亿元，同比增长5.3%。",
             "　　分产业看，第一产业增加值增长", "3.1%，第二产业增长6.2%，第三", "产业增长5.0%。"]
    (art,) = _pieces(lines)
    assert (art.title, art.subtitle) == ("全年地区生产总值迈上新台阶", "全市生产总值达5034.6亿元，同比增长5.3%")


def test_a_short_title_between_a_page_slogan_and_its_dash_subtitle_is_the_title_not_a_column_label():
    text = ("绿色发展惠民生 实干担当促发展\n\n守护碧水清波\n\n——城区河道保护治理历程综述\n\n□ 本报记者 段丽萍\n\n"
            "十年前，穿城而过的清水河一度黑臭，沿岸居民紧闭门窗。如今，河水清澈见底，白鹭翩翩起舞。\n\n"
            "治理从截污开始。全市累计新建污水管网412公里，城区生活污水收集率提高到96%。\n")
    (art,) = [a for a in _items(text) if a.paragraphs]
    assert (art.title, art.subtitle, art.section) == ("守护碧水清波", "城区河道保护治理历程综述", None)


def test_a_slogan_couplet_over_a_short_kicker_couplet_is_not_one_deck():
    # no blank lines; the slogan is set whole and never runs on into the stack below
    text = ("守正创新谋长远 绿色发展惠民生\n年味浓 消费旺\n春节假期我市重点商贸企业销售额增长9.6%\n"
            "——文旅市场接待游客286.5万人次\n"
            "　　本报讯（记者 邹雨晴）春节假期，全市消费市场人气旺盛，重点商贸企业实现销售额12.6亿元。\n"
            "　　文旅市场同样火热，全市共接待游客286.5万人次，同比增长12.4%。\n")
    arts = _items(text)
    (art,) = [a for a in arts if a.paragraphs]
    assert art.headlines[:2] == ["年味浓 消费旺", "春节假期我市重点商贸企业销售额增长9.6%"]
    assert any(a.kind == "banner" and a.title == "守正创新谋长远 绿色发展惠民生" for a in arts)


def test_a_notice_title_after_its_signature_is_that_notices_title_on_a_page_of_titles_after_bodies():
    text = ("　　今年，城区计划改造老旧小区42个，惠及居民5600余户。\n"
            "城区老旧小区改造惠及居民5600余户\n"
            "　　因实施城南路棚户区改造项目建设需要，区人民政府决定对项目范围内的房屋实施征收。\n"
            "　　一、征收范围：东至青年路，西至解放路。\n"
            "　　二、签约期限为2月20日至4月20日。\n"
            "　　城关区人民政府\n"
            "　　2026年2月17日\n"
            "城关区人民政府关于城南路棚户区改造项目房屋征收决定的公告\n"
            "　　本报讯（记者 雒海燕）金秋时节，全区1.3万亩苹果进入采摘期，果农们忙着摘果装箱。\n"
            "苹果丰收果农笑\n")
    arts = _items(text)
    notices = [a for a in arts if a.kind == "notice"]
    assert len(notices) == 1
    assert notices[0].title == "城关区人民政府关于城南路棚户区改造项目房屋征收决定的公告"
    assert notices[0].paragraphs[0].startswith("因实施城南路棚户区改造项目")


def test_a_title_wrapped_before_its_figure_on_an_indented_narrow_page_is_one_title():
    # the column is 10 characters; the title's rest (186.5万人次) stops short of it and the
    # line below opens a paragraph with its indent: the rest is the title's, not prose
    paras = ["记者从市文旅局获悉，国庆假期全市共接待游客186.5万人次，同比增长12.4%，实现旅游收入15.8亿元，"
             "按可比口径分别增长12.4%和15.8%，游客人均消费突破800元。",
             "焰火是这座城市最亮的名片，假期每晚上演的焰火秀场场爆满，1.2万张门票提前售罄，"
             "周边酒店入住率超过九成，餐饮门店排起长队。",
             "乡村旅游持续升温，全市32家民宿平均入住率达91.3%，比去年同期提高8.6个百分点，"
             "采摘、露营等新业态受到年轻游客青睐。"]
    lines = ["国庆假期全市共接待游客", "186.5万人次"] + _wrap_by_count(paras, 10)
    (art,) = _pieces(lines)
    assert art.title == "国庆假期全市共接待游客186.5万人次"
    assert art.paragraphs[0].startswith("记者从市文旅局获悉")
    # and the reflow reads the two lines as one block, so a page that prints its titles
    # after their bodies cannot hand the rest to the piece below
    from baoxun.layout.lines import split_lines
    from baoxun.layout.reflow import reflow
    blocks, _ = reflow(split_lines("\n".join(lines)))
    assert blocks[0].text == "国庆假期全市共接待游客186.5万人次"


def test_a_first_deck_wider_than_a_column_cut_by_character_count_is_a_deck_of_its_own():
    # the column is 16 characters, cut by count: the 19-character first deck (8.6% printed
    # narrow) was set across columns, so the line below is a second deck, not its rest
    paras = ["本报讯（记者 谭雅琴）记者9月19日从市统计局获悉，1至8月，全市规模工业增加值同比增长8.6%，"
             "增速高于全省平均水平1.2个百分点，比上半年加快0.3个百分点。",
             "分行业看，全市38个工业大类行业中有29个实现增长，增长面达76.3%，其中电子信息、"
             "装备制造行业分别增长15.2%和11.8%。",
             "市统计局相关负责人表示，下一步将继续加强运行监测，为全年目标的完成提供保障。"
             "各县市区要紧盯重点企业和重点项目，及时协调解决企业生产经营中遇到的困难和问题，"
             "推动工业经济持续稳定向好，为全市经济社会高质量发展提供有力支撑。"]
    lines = ["我市前8个月规模工业增加值增长8.6%", "增速高于全省平均水平1.2个百分点"] + _wrap_flush(paras, 16)
    (art,) = _pieces(lines)
    assert art.headlines == ["我市前8个月规模工业增加值增长8.6%", "增速高于全省平均水平1.2个百分点"]


def test_a_column_label_after_a_finished_piece_is_no_writer_of_it():
    # 简 is a surname, 简讯 two characters before a dispatch: still the column's label
    text = ("全区中小学开启新学期\n"
            "　　本报讯（记者 蒲海燕）9月1日，全区4.6万名中小学生走进校园，开启新学期。\n"
            "　　区教育局局长师建平表示，将持续推进义务教育优质均衡发展。\n"
            "简讯\n"
            "　　本报讯（通讯员 赵晓燕）近日，区市场监管局开展春季农资打假专项行动，检查门店86家。\n"
            "　　本报讯（通讯员 钱立）近日，区人社局举办春风行动招聘会，提供岗位1200个。\n")
    arts = _pieces(text.splitlines())
    assert not any("简讯" in a.authors + a.reporters for a in arts)
    assert [a.section for a in arts[1:]] == ["简讯", "简讯"]


def test_a_picture_credit_cut_inside_its_role_word_joins_its_caption():
    lines = ["重点项目建设提速",
             "本报讯（记者 郜晓峰）1至4月，全市新", "开工亿元以上项目58个，完成投资186亿", "元，同比增长12.4%。",
             "新材料项目建设现场。通", "讯员 岳丽娜 摄",
             "市发展改革委负责人介绍，全市将持续", "优化审批服务，推动项目早开工早投产。"]
    (art,) = _pieces(lines)
    assert [c.text for c in art.captions] == ["新材料项目建设现场。"]
    assert "岳丽娜" in art.photographers and "讯员" not in art.photographers


def test_two_reporters_the_column_ran_together_are_two_names():
    lines = ["长征出发纪念活动举行",
             "新华社南昌10月16日电（记者 闵晓辉 ", "章雅芳）10月16日，纪念活动在于都县", "中央红军长征出发纪念碑广场举行。",
             "来自全国各地的老红军后代、党员干部群", "众代表参加活动。"]
    (art,) = _pieces(lines)
    assert art.reporters == ["闵晓辉", "章雅芳"]


# A composite piece (组合报道): a title, a short lede, then sections each headed by a kicker
# and a subhead printed alike and each signed by its own reporters.
_COMPOSITE = [
    "守护“一老一小” 社区服务不打烊", "",
    "入冬以来，各街道把独居老人和双职工家庭的孩子列为重点服务对象，志愿者队伍随叫随到。", "",
    "记者走访了三个社区，看看他们是怎么做的。", "",
    "上门问暖", "",
    "一张清单管到底", "",
    "南湖街道给辖区一百二十位独居老人每人建了一张服务清单，买菜、配药、理发都写在上面。", "",
    "社工周雅琴说，清单每周更新一次，谁家缺什么一目了然。", "",
    "本报记者  赵思远", "",
    "课后托管", "",
    "“四点半课堂”开到楼下", "",
    "桂园社区把活动室改成了课后托管点，退休教师轮流值守，辅导孩子写作业。", "",
    "家长孙立平说，以前下班赶不回来，现在心里踏实多了。", "",
    "本报通讯员  梁一鸣  记者  何佳", "",
    "邻里互助", "",
    "楼组长成了“热心管家”", "",
    "在东坡新村，楼组长们组建了互助群，谁家有困难在群里说一声，邻居们就来帮忙。", "",
    "本报记者  罗晓川",
]


def test_a_composite_piece_with_signed_sections_stays_one_feature():
    arts = _pieces(_COMPOSITE)
    assert len(arts) == 1
    (art,) = arts
    assert art.title == "守护“一老一小” 社区服务不打烊" and art.kind == "feature"
    # the sections, their heads and their signatures are all in the one body
    for text in ("一张清单管到底", "“四点半课堂”开到楼下", "楼组长成了“热心管家”", "本报记者  赵思远"):
        assert any(text in p for p in art.paragraphs), text


# The same piece with one-line section heads set in spaced parts (a district, then its story).
_COMPOSITE_SPACED = [
    "守护“一老一小” 社区服务不打烊", "",
    "入冬以来，各街道把独居老人和双职工家庭的孩子列为重点服务对象，志愿者队伍随叫随到。", "",
    "南湖街道  一张清单管到底", "",
    "南湖街道给辖区一百二十位独居老人每人建了一张服务清单，买菜、配药、理发都写在上面。", "",
    "本报记者  赵思远", "",
    "桂园社区  “四点半课堂”开到楼下", "",
    "桂园社区把活动室改成了课后托管点，退休教师轮流值守，辅导孩子写作业。", "",
    "本报通讯员  梁一鸣  记者  何佳", "",
    "东坡新村  楼组长成了“热心管家”", "",
    "在东坡新村，楼组长们组建了互助群，谁家有困难在群里说一声，邻居们就来帮忙。", "",
    "本报记者  罗晓川",
]


def test_a_composite_pieces_one_line_section_heads_set_alike_keep_it_one_piece():
    """Sections headed by one line in spaced parts, part for part alike (南湖街道  一张清单
    管到底 / 桂园社区  “四点半课堂”开到楼下), are sections of one piece even after a
    section's signature."""
    (art,) = _pieces(_COMPOSITE_SPACED)
    assert art.title == "守护“一老一小” 社区服务不打烊"
    assert "东坡新村 楼组长成了“热心管家”" in [" ".join(p.split()) for p in art.paragraphs]


def test_a_composite_piece_whose_opening_section_is_signed_stays_one_piece():
    """The piece's opening section is signed too (…安心多了。 / 本报记者  赵思远) before the
    first section's head: that head is printed like the next section's, so it opens a
    section of the same piece, not a new piece."""
    page = ["守护“一老一小” 社区服务不打烊", "",
            "入冬以来，各街道把独居老人和双职工家庭的孩子列为重点服务对象，志愿者队伍随叫随到。", "",
            "本报记者  赵思远", "",
            "上门问暖", "",
            "一张清单管到底", "",
            "南湖街道给辖区一百二十位独居老人每人建了一张服务清单，买菜、配药、理发都写在上面。", "",
            "本报记者  何佳", "",
            "课后托管", "",
            "“四点半课堂”开到楼下", "",
            "桂园社区把活动室改成了课后托管点，退休教师轮流值守，辅导孩子写作业。", "",
            "本报记者  罗晓川"]
    (art,) = _pieces(page)
    assert art.title == "守护“一老一小” 社区服务不打烊"
    assert "“四点半课堂”开到楼下" in art.paragraphs and "一张清单管到底" in art.paragraphs


def test_essays_headed_by_a_title_and_the_writers_name_after_a_signed_piece_stay_apart():
    """A signed piece, then two essays, each a title over its writer's name: the runs are
    printed alike, but a writer's name under a title heads a piece of its own."""
    page = ["夜市重开烟火气回来了", "",
            "入夏以来，青禾老街夜市重新开张，摊位从三十个增加到一百二十个，每晚客流超过两万人次。", "",
            "本报记者  赵思远", "",
            "珍惜时光", "",
            "柯南溪", "",
            "橱柜里攒下的年糕还剩几条，母亲说再不吃就要坏了，我想起小时候一块年糕要分三顿吃。", "",
            "那时候的日子紧，粮食金贵，母亲常说，过日子要细水长流。", "",
            "春天的味道", "",
            "简一苇", "",
            "清明前后，野菜冒出了头，外婆挎着竹篮去田埂上挖荠菜，回来包一锅荠菜馄饨。", "",
            "那是我记忆里最鲜的春天。"]
    arts = _pieces(page)
    assert [a.title for a in arts] == ["夜市重开烟火气回来了", "珍惜时光", "春天的味道"]


def test_a_signed_piece_followed_by_a_differently_headed_piece_still_ends():
    # the same signature convention, but the run after it is a title, not a section head
    # printed like the piece's subheads: two pieces
    page = _COMPOSITE[:25] + ["", "全市供暖管网改造完成", "",
                              "今年改造的一百二十公里供暖管网已全部完工，老旧小区的室温普遍提高了两三度。"]
    arts = _pieces(page)
    assert [a.title for a in arts] == ["守护“一老一小” 社区服务不打烊", "全市供暖管网改造完成"]


def test_a_reporters_line_run_onto_the_last_paragraph_closes_it():
    # a wide dump that printed the signature at the end of the last paragraph, then the
    # next section's heads: the heads are not words of that paragraph
    page = ["老街换新颜", "",
            "改造后的老街保留了青石板路，沿街商铺统一了招牌，游客比去年同期多了三成。本报记者  林泉", "",
            "夜市开张", "",
            "灯火点亮烟火气", "",
            "每到傍晚，老街东口的夜市就热闹起来，小吃摊位排出两百多米。"]
    (art,) = _pieces(page)
    assert art.paragraphs[0].endswith("本报记者  林泉")
    assert not any(p.startswith("本报记者") and "夜市开张" in p for p in art.paragraphs)
    assert "夜市开张" in art.paragraphs and "灯火点亮烟火气" in art.paragraphs


# A page cut every ten characters with no indents and no blank lines (a narrow e-paper dump).
_FLUSH_NARROW = [
    "古镇新事",
    "（上接第1版）今年游客",
    "比去年多了一倍以上。",
    "镇上的老茶馆重新开张",
    "了，老街坊们又有了聚",
    "会的地方。",
    "老手艺有新传人",
    "竹编艺人方桂林今年收",
    "了三个徒弟，都是从外",
    "地回乡的年轻人。他说",
    "手艺不能断在自己手里",
    "。",
]


def test_a_continued_pieces_headline_over_its_jump_line_heads_it():
    (art,) = _pieces(_FLUSH_NARROW)
    assert art.title == "古镇新事" and art.continued_from


def test_a_short_unpunctuated_line_after_a_finished_sentence_on_a_flush_narrow_page_is_a_subhead():
    (art,) = _pieces(_FLUSH_NARROW)
    assert "老手艺有新传人" in art.paragraphs
    assert not any(p.startswith("老手艺有新传人") and len(p) > 7 for p in art.paragraphs)


def test_a_comma_title_wrapped_short_of_a_narrow_column_heads_the_dispatch_below():
    page = ["今年全县粮食播种面积",
            "稳定在一百二十万亩以",
            "上，其中玉米八十多万",
            "亩。入秋以来，各乡镇",
            "农机手忙着抢收玉米，",
            "预计月底前全部完成。",
            "让秋粮颗粒归",
            "仓，让农民增收有底",
            "本报讯（记者 陈晓",
            "峰）连日来，全县八十",
            "多万亩玉米进入收获期",
            "，农机手们抢抓晴好天",
            "气昼夜作业。"]
    arts = _pieces(page)
    titled = [a for a in arts if a.title]
    assert titled and titled[-1].title == "让秋粮颗粒归仓，让农民增收有底"
    assert titled[-1].paragraphs[0].startswith("连日来")


def test_a_reporters_line_cut_inside_or_after_a_role_word_is_one_line():
    for cut in (["本报记者  孔繁星  特约通讯", "员  吕丹"], ["本报记者  孔繁星  通讯员", "吕丹"]):
        page = ["湿地公园迎来候鸟", "", *cut, "",
                "入冬以来，上万只候鸟飞抵城西湿地公园越冬，观鸟爱好者纷纷前来拍摄。"]
        (art,) = _pieces(page)
        assert art.reporters == ["孔繁星"] and art.correspondents == ["吕丹"], cut
        assert not any("吕丹" in p for p in art.paragraphs)


def test_a_headline_between_two_jump_lines_heads_a_piece_of_its_own():
    # …（下转第4版） ends a piece that goes on elsewhere; the run after it, and a run over
    # （上接第2版）, head pieces of their own, however much they look like subheads
    page = ["老城区改造提速", "",
            "今年老城区改造涉及十二个片区，目前已完成征收签约的片区有八个，剩余片区正在加快推进。", "",
            "一期工程", "",
            "一期工程的三百多户居民已于上月全部搬入安置房，小区配套的幼儿园和菜市场同步投用。（下转第4版）", "",
            "社区食堂开进小巷", "",
            "在南门街道，一家社区食堂上周开张，六十岁以上老人每餐可享受两元补贴。", "",
            "河道治理", "",
            "（上接第2版）清淤后的护城河水质明显好转，两岸新建了三公里的步道。"]
    arts = _pieces(page)
    titles = [a.title for a in arts]
    assert "社区食堂开进小巷" in titles and "河道治理" in titles
    jumped = next(a for a in arts if a.title == "老城区改造提速")
    assert jumped.continues_to and "一期工程" in jumped.paragraphs


def test_a_sentence_ending_at_a_full_column_line_on_a_wide_indented_page_goes_on():
    # a wide dump that indents paragraph openings and cuts its prose at thirty characters:
    # a sentence that ends exactly at a full line does not end its paragraph
    rows = [
        "　　今年以来，全县坚持把项目建设作为经济工作的主抓手，围绕",
        "新能源、新材料和农产品精深加工三条主线，累计签约项目四十",
        "二个，总投资一百八十六亿元，项目数和投资额均创历年新高。",
        "项目开工率达到百分之八十五，比去年同期提高十二个百分点。",
        "　　县发展改革局负责人介绍，下一步将建立项目专班推进机制，",
        "对重点项目实行一个项目、一名领导、一套班子、一抓到底，确",
        "保年底前全部开工。同时加大要素保障力度，优先安排用地指标",
        "和能耗指标，协助企业破解融资瓶颈，让企业早开工、早受益。",
        "　　据了解，全县今年还将新建标准化厂房二十万平方米，为招",
        "商引资提供更多承接平台，力争全年固定资产投资增长百分之十",
        "以上，全县工业总产值预计增长百分之九左右，经济总量再上台阶。",
    ]
    (art,) = _pieces(["重点项目建设提速", ""] + rows)
    assert len(art.paragraphs) == 3
    assert "项目数和投资额均创历年新高。项目开工率达到" in art.paragraphs[0]


def test_a_dated_report_under_a_reporters_line_is_news_and_a_long_profile_is_a_feature():
    news_page = ["全县秋粮收购进度过半", "", "本报记者  韩雪梅", "",
                 "10月18日，记者从县粮食和物资储备局获悉，全县今年秋粮收购已完成计划的百分之五十六。", "",
                 "今年县里新增了八个收购网点，售粮农户平均排队时间缩短到半小时以内。", "",
                 "县粮食和物资储备局负责人表示，收购工作将持续到明年三月底。"]
    (news,) = _pieces(news_page)
    assert news.kind == "news"
    body = []
    for head, text in (("初心", "“那年我刚从农校毕业，村里的果树一棵也不挂果。”回忆起二十年前，刘春山笑着摇头。"),
                       ("坚守", "为了摸清土壤情况，他一个人背着工具跑遍了全村四十多个山头，记了厚厚三大本笔记。"),
                       ("收获", "如今全村的苹果种植面积超过三千亩，刘春山也成了远近闻名的“果树医生”。")):
        body += [head, ""] + [text + "他说，这些年最大的收获，是看着乡亲们的日子一天天好起来。", ""] * 3
    feature_page = ["山坡上的“果树医生”", "", "——记北坡村党支部书记刘春山", "", "本报记者  韩雪梅", ""] + body
    arts = _pieces(feature_page)
    assert arts[0].kind == "feature"


def test_a_caption_line_dropped_between_the_halves_of_a_word_is_lifted_out():
    # wide dump: …擦亮“绿 / caption / credit / 色之城”…: the sentence resumes mid-word after
    # the credit, so the line before the credit is the whole caption (though 绿|洲 reads as
    # a word across the first break too)
    page = ["湿地保护成效显现", "",
            "本报讯（记者 吴桐）今年全市新增湿地保护面积三千亩，持续擦亮“绿", "",
            "洲头湿地的白鹭在浅滩觅食。", "",
            "县融媒体中心供图", "",
            "色之城”名片。"]
    (art,) = _pieces(page)
    assert [(c.text, c.credit) for c in art.captions] == [("洲头湿地的白鹭在浅滩觅食。", "县融媒体中心供图")]
    assert art.paragraphs == ["今年全市新增湿地保护面积三千亩，持续擦亮“绿色之城”名片。"]


@pytest.mark.parametrize("caption", [
    ("农技人员在大棚里查看辣", "椒苗长势。"),
    # a caption may open on its day and a comma (11月19日，…): the comma is the caption's,
    # not a sign of the sentence it was dropped into
    ("11月19日，农技人员在大", "棚里查看辣椒苗长势。"),
])
def test_a_two_line_caption_with_its_credit_on_a_third_line_is_lifted_out_of_a_sentence(caption):
    prose = ["今年以来，全县蔬菜种植面", "积稳定在六万亩左右，建成", "标准化育苗基地十二个，年", "可供应优质种苗一亿"]
    page = ["蔬菜产业提质增效", ""] + _spaced(prose) + [
        caption[0], "", caption[1], "", "通讯员 何雨 摄", "",
        "株以上。"]
    (art,) = _pieces(page)
    assert [c.text for c in art.captions] == ["".join(caption)]
    assert art.paragraphs[-1].endswith("年可供应优质种苗一亿株以上。")


def test_a_wrapped_caption_after_a_finished_paragraph_is_the_pieces_picture():
    # indented narrow page: the caption's first line follows the paragraph's last sentence
    # flush, its second line carries the credit — the paragraph ends at its sentence
    rows = ["　　连日来，全县十二个", "乡镇的四十多万亩水稻陆", "续成熟，各地抢抓晴好天", "气组织农机开镰收割。",
            "　　今年全县新建高标准", "农田两万亩，粮食总产量", "有望比去年增长一成多。",
            "农机手在田间收割水", "稻。记者 邓林 摄",
            "　　县农业农村局负责人", "表示，明年将继续扩大高", "标准农田建设规模。"]
    page = ["稻谷飘香丰收忙", "", "本报讯（记者 邓林）", ""] + _spaced(rows)
    (art,) = _pieces(page)
    assert [c.text for c in art.captions] == ["农机手在田间收割水稻。"]
    assert not any("收割水稻" in p for p in art.paragraphs)


def test_a_titled_picture_whose_caption_runs_two_short_paragraphs_is_a_photo():
    page = ["秋收正当时", "",
            "10月9日，在城南村的稻田里，农机手驾驶收割机抢收水稻。", "",
            "今年全镇水稻种植面积达到一万二千亩。", "",
            "通讯员 陶明 摄", "",
            "古镇夜游持续升温", "",
            "本报讯（记者 冯晓）国庆假期以来，古镇夜游接待游客二十多万人次，带动周边餐饮住宿收入明显增长。"]
    arts = _pieces(page)
    photo = next(a for a in arts if a.title == "秋收正当时")
    assert photo.kind == "photo" and photo.photographers == ["陶明"]
    assert photo.paragraphs == ["10月9日，在城南村的稻田里，农机手驾驶收割机抢收水稻。今年全镇水稻种植面积达到一万二千亩。"]


def test_a_run_set_off_by_the_pages_wider_gap_between_pieces_heads_a_piece_of_its_own():
    # The dump keeps one blank line between paragraphs and three between pieces: the
    # spaced pair after the wider gap heads the next piece, though it is shaped like the
    # feature's own subheads and no byline opens the text below it.
    gap = ["", "", ""]
    lines = (["城南片区完成雨污分流改造", "",
              "本报讯（记者 钱立伟）11月20日，城南片区雨污分流改造工程通过验收。工程历时十个月，片区内二十六条道路的雨水、污水管网全部完成分设改造，沿街商户的排水口也一并接入了市政管网，汛期积水点由原来的九处减少到一处。"]
             + gap +
             ["老街巷里的新生活", "",
              "□ 本报记者 邵慧敏", "",
              "清晨六点，柳条巷的早点铺子已经冒出热气，街坊们端着碗在门口坐成一排，说起这两年巷子里的变化，话匣子一打开就收不住。", "",
              "拆违治乱  腾出公共空间", "",
              "去年春天，社区对巷子里二十多处私搭乱建逐一登门劝拆，腾出的空地铺上了透水砖，添了石凳和花箱，成了老人们晒太阳、孩子们跳房子的好去处。", "",
              "微改造  留住烟火气息", "",
              "改造没有推倒重来。", "",
              "青砖墙面只做清洗修补，老门牌也被原样挂回了门框，住了四十多年的老住户说，巷子还是那条巷子，日子却比从前舒心多了。"]
             + gap +
             ["冬储菜上市  菜价总体平稳", "",
              "进入十一月，本地大白菜、萝卜、土豆集中上市，城区几家农贸市场里的冬储菜摊位前排起了长队，不少居民一次就买上百斤。", "",
              "市场监管部门介绍，今年蔬菜产量充足，主要品种价格与去年同期基本持平。"])
    arts = _pieces(lines)
    titles = [a.title for a in arts]
    assert "冬储菜上市  菜价总体平稳" in titles or "冬储菜上市 菜价总体平稳" in titles, titles
    feature = next(a for a in arts if a.title == "老街巷里的新生活")
    assert "冬储菜" not in _body(feature) and "透水砖" in _body(feature)


def test_a_notices_phone_and_date_cut_by_a_narrow_column_close_the_notice_not_head_the_next_piece():
    lines = _spaced(["县图书馆寒假开放时间", "调整启事",
                     "　　寒假期间，县图书", "馆开放时间调整为每", "天上午九时至下午五", "时，周一闭馆。",
                     "　　咨询电话：073", "1-5562180",
                     "　　县图书馆", "　　2024年1月1", "5日",
                     "河西片区新建公交站台十二座",
                     "本报讯（记者 柯雨", "桐）近日，河西片区新", "建的十二座公交站台", "投入使用，站台均配", "有座椅和线路图。"])
    arts = _pieces(lines)
    notice = next(a for a in arts if a.kind == "notice")
    assert "0731-5562180" in _body(notice) and "河西片区" not in _body(notice)
    news = next(a for a in arts if a.kind == "news")
    assert news.title == "河西片区新建公交站台十二座", news.headlines


def test_a_title_goes_to_the_piece_it_is_not_set_apart_from_whatever_the_page_convention():
    # The page prints its titles after their bodies and keeps three blank lines between
    # pieces. The second report is printed without a title; the title after it is set off
    # from it by a gap between pieces and sits close above the third report: it is the
    # third report's, though the page's convention would give it to the report above.
    gap = ["", "", ""]
    lines = (["本报讯（记者 钱立伟）11月20日，城南片区雨污分流改造工程通过验收。工程历时十个月，片区内二十六条道路的雨水、污水管网全部完成分设改造。", "",
              "沿街商户的排水口也一并接入了市政管网，汛期积水点由原来的九处减少到一处。", "",
              "城南片区完成雨污分流改造"]
             + gap +
             ["本报讯（记者 邵慧敏）入冬以来，县城各供热站提前完成设备检修，全县集中供热面积达到三百二十万平方米，比去年增加十五万平方米。", "",
              "供热公司开通了二十四小时服务热线，接到报修后一小时内上门处理。", "",
              "今年新并网的两个小区也已按时供热，室温普遍达到二十度以上。"]
             + gap +
             ["菜篮子拎得更稳了", "",
              "本报讯（通讯员 孙晓梅）进入十一月，本地大白菜、萝卜、土豆集中上市，城区几家农贸市场里的冬储菜摊位前排起了长队。", "",
              "市场监管部门介绍，今年蔬菜产量充足，主要品种价格与去年同期基本持平。", "",
              "部分市场还为老年顾客提供送货上门服务，三十斤以上免费送到楼下。"])
    arts = _pieces(lines)
    owner = {a.title: _body(a) for a in arts}
    assert "管网" in owner.get("城南片区完成雨污分流改造", ""), owner
    assert "冬储菜" in owner.get("菜篮子拎得更稳了", ""), owner


def test_a_labelled_date_cut_after_its_year_goes_on_into_the_next_label_and_its_word():
    # 公示时间：2024 / 年…日。公示地点：县自 / 然资源局…: the first line looks like a contact
    # line (a label and a number) only until the column's cut is mended.
    lines = _spaced(["城北地块规划方案批前公示",
                     "　　城北地块商住项目", "规划设计方案已经我局", "初步审查，现予以批前", "公示。",
                     "　　公示时间：2024", "年9月10日至9月19", "日。公示地点：县自", "然资源和规划局门户网", "站、项目现场。",
                     "　　公众如有意见，请", "于公示期内书面反映。"])
    (notice,) = [a for a in _pieces(lines) if a.kind == "notice"]
    assert any("公示地点：县自然资源和规划局门户网站、项目现场。" in x for x in notice.paragraphs), notice.paragraphs


def test_a_line_short_of_a_flush_column_whose_words_the_lede_repeats_is_the_ledes_title():
    # A page with no indents and no blank lines: the title stops one character short of
    # the 16-character column, no dispatch opens the report under it, and only its
    # lede, which says the title's words again, shows it is no line of prose.
    lines = ["县城新增停车泊位八百个",
             "本报讯（记者 柯雨桐）今年以来，县城",
             "管局在老城区和医院、学校周边新施划",
             "停车泊位八百个，缓解了停车难问题。",
             "泊位启用后，周边道路违停明显减少。",
             "城管局有关负责人介绍，下一步将在新",
             "建小区周边再施划一批泊位，并在重点",
             "路段安装违停抓拍设备，引导市民有序",
             "停车，让老城区的道路更加通畅整洁。",
             "白河镇“三夏”农机作业全面展开",
             "连日来，白河镇“三夏”农机作业全面",
             "展开，全镇投入收割机一百二十台，已",
             "收获小麦三万亩，占总面积的六成。",
             "镇农业服务中心组织技术人员驻村指导",
             "机手作业，确保颗粒归仓。（李文涛）",
             "县图书馆开展暑期阅读推广活动",
             "本报讯（通讯员 孙晓梅）7月10日，县",
             "图书馆暑期阅读推广活动启动，活动持",
             "续到八月底，共安排绘本共读、科普讲",
             "座和非遗体验等四十余场，面向全县中",
             "小学生免费开放，目前已有六百多名学",
             "生报名参加，馆内自习座位也延长了开",
             "放时间，每天晚上九点闭馆。"]
    arts = _pieces(lines)
    titles = [a.title for a in arts]
    assert "白河镇“三夏”农机作业全面展开" in titles, titles
    first = next(a for a in arts if a.title == "县城新增停车泊位八百个")
    assert "白河镇" not in _body(first)


# Titles printed after their bodies (but the page's first): the second piece's reporter
# line stands right under the first piece's body. The first piece opened on its own byline,
# and a piece is credited once: the line is the second piece's — also when the first piece
# runs on under its 小标题 (the sections under the subheads are still that piece).
_CREDITED_ONCE = [
    (["山路弯弯送药人",
      "□ 本报记者 包文静",
      "　　清晨五点，乡村医生韩立春背起药箱出了门。从村卫生室到最远的羊圈沟，他要走两个多小时山路。",
      "　　二十年来，他走坏了三十多双胶鞋，村里七十多位慢性病老人的用药情况，他都记在一个小本子上。",
      "本报记者 其乐格",
      "　　入秋以来，全旗各苏木乡镇抢抓晴好天气收储饲草，截至目前已储备青贮饲料四十二万吨。",
      "　　旗农牧局组织技术人员深入嘎查，指导牧民科学调制青贮，确保牲畜安全越冬。",
      "全旗储备饲草四十二万吨",
      "　　本报讯（记者 萨仁）9月20日，旗第二届农民丰收节在乌兰镇开幕，一百多家合作社带来了特色农产品。",
      "　　丰收节持续三天，设置了农产品展销、农机展示和文艺演出等活动。",
      "农民丰收节开幕"], "山路弯弯送药人", "青贮", "其乐格", "药箱"),
    (["守护一江清水",
      "□ 本报记者 林晓舟",
      "　　天刚亮，护河员周满仓就撑着小船出发了。这段十二公里的河道，他已经巡了整整八年。",
      "　　八年里，他捞起的垃圾装满了四百多个编织袋，河里的鱼也一年比一年多。",
      "巡河路上",
      "　　每天巡河回来，周满仓都要在记录本上写下水位、水色和沿岸排口的情况。",
      "　　去年汛期，他发现一处暗管偷排，及时报告镇里，排污企业被依法查处。",
      "本报记者 苏雅拉图",
      "　　十月以来，全市各地抢抓农时推进秋冬种，目前已完成小麦播种六十五万亩。",
      "　　市农业农村局派出专家服务团，分片指导适期播种和科学施肥。",
      "秋冬种进度过六成",
      "　　本报讯（记者 何嘉）11月2日，市第三届职工技能大赛决赛落幕，二百多名选手同台竞技。",
      "　　大赛设焊工、电工和数控车工等八个工种，获奖选手将按规定晋升职业技能等级。",
      "职工技能大赛落幕"], "守护一江清水", "秋冬种", "苏雅拉图", "暗管"),
]


@pytest.mark.parametrize("rows, title, word, name, kept", _CREDITED_ONCE)
def test_a_reporters_line_naming_someone_new_under_a_bylined_piece_opens_the_next_piece(rows, title, word, name, kept):
    arts = _pieces(_spaced(rows))
    first = next(a for a in arts if a.title == title)
    second = next(a for a in arts if word in _body(a))
    assert name not in first.reporters and word not in _body(first) and kept in _body(first), first.reporters
    assert name in second.reporters, (second.title, second.reporters)


def test_a_marked_signature_under_a_commentary_with_no_text_below_it_signs_the_commentary():
    lines = ["让节日市场既热闹又安心", "",
             "　　节日临近，商场超市人流明显增多。越是客流高峰，越要把食品安全、消防安全和价格监管落到实处，不让一处隐患藏在热闹背后。", "",
             "　　监管部门要多到一线走走，经营者要守住底线，消费者也要增强维权意识，共同营造放心舒心的消费环境。", "",
             "■ 评论员 韩晓峰", "",
             "今日天气", "",
             "晴转多云", "",
             "东北风2～3级"]
    arts = _items("\n".join(lines) + "\n")
    comment = next(a for a in arts if a.title == "让节日市场既热闹又安心")
    assert "韩晓峰" in comment.authors + comment.reporters, (comment.authors, comment.reporters)
    assert not any(a.kind == "feature" and not a.paragraphs and not a.headlines for a in arts)


def test_a_profiles_subtitle_wrapped_before_the_post_and_name_it_ends_on_is_one_deck():
    lines = ["稳岗扩就业", "要在精准上下功夫", "", "——访县林业和草原", "局局长刘振华", "", "本报记者 杜佳琪", "",
             "　　今年以来，全县城镇新增就业三千二百人，", "零就业家庭实现动态清零。", "",
             "　　记者：今年稳就业有哪些新举措？", "",
             "　　刘振华：我们把招聘会开到了乡镇和园区，", "全年计划举办专场招聘四十场。"]
    (art,) = _pieces(lines)
    assert "——访县林业和草原局局长刘振华" in art.headlines, art.headlines


def test_a_brief_with_no_headline_under_a_column_label_is_news():
    lines = ["乡镇简讯", "",
             "　　石桥镇近日组织农技人员深入田间地头，为种植户讲解秋播技术，发放技术资料三百余份。（通讯员 周文静）", "",
             "　　县人民医院10月8日启动巡回义诊活动，首站来到河口村，为村民免费测量血压、血糖。（记者 杨慧）"]
    briefs = [a for a in _pieces(lines) if a.paragraphs]
    assert len(briefs) == 2 and all(a.section == "乡镇简讯" for a in briefs), [(a.section, a.kind) for a in briefs]
    assert all(a.kind == "news" for a in briefs), [a.kind for a in briefs]


def test_a_narrow_page_that_sets_blank_lines_between_paragraphs_only_breaks_there_and_nowhere_else():
    # Blank lines after paragraphs, none inside one: a quote closing on a short line goes
    # on with its speaker, and a paragraph that ends on a full line still ends at the blank.
    lines = ["县里新添三条公交线路", "",
             "本报讯（记者 冯雪）7月1日起，", "县城新开通三条公交线路，覆盖", "城东新区和高铁站。", "",
             "新线路全部使用新能源公交车，", "首末班时间分别为早六点和晚九", "点，票价统一为一元，市民可用", "手机扫码乘车。", "",
             "“以前去高铁站要打车，现在坐", "公交就能直达，方便多了。”", "家住城东新区的市民王丽华说，", "她每周都要坐高铁去省城", "上班。", "",
             "开通首日，三条线路共运送乘客", "两千余人次，早高峰时段车厢", "里坐满了上班族。", "",
             "不少老年乘客专门坐车去新区", "转了一圈，看看新建的公园和", "体育馆。", "",
             "县交通运输局表示，下一步将根", "据客流情况优化发车间隔，让更", "多群众享受到便捷的公交服务", "",
             "据介绍，今年全县还将新建和改", "造公交候车亭四十个。"]
    (art,) = _pieces(lines)
    assert any(p.startswith("“以前去高铁站") and "王丽华说" in p for p in art.paragraphs), art.paragraphs
    assert any(p.startswith("据介绍") for p in art.paragraphs), art.paragraphs
    assert len(art.paragraphs) == 7, art.paragraphs


def test_a_top_story_set_across_narrow_columns_keeps_one_paragraph_a_line():
    top = ["全市秋冬季重点项目建设推进会召开", "",
           "本报讯（记者 孔文博）11月20日，全市秋冬季重点项目建设推进会召开，观摩项目建设成效，部署年底前的重点工作。", "",
           "与会人员先后来到高新区、经开区和临港片区，实地观摩了智能装备、新能源电池、冷链物流等十二个重点项目。", "",
           "会议通报，今年全市安排重点项目三百个，年度计划投资一千二百亿元，1至10月已完成年度计划的九成以上。", ""]
    narrow = ["冬季蔬菜陆续上市",
              "　　本报讯（记者 吴雨晴）连日来，",
              "全市冬暖式大棚里的黄瓜、彩椒、",
              "番茄陆续上市，每天发往外地的蔬",
              "菜超过一千吨。",
              "　　市农业农村局负责人介绍，今冬",
              "全市设施蔬菜种植面积稳定在二十",
              "万亩左右。",
              "社区食堂开进老小区",
              "　　本报讯（记者 钱立伟）近日，城",
              "南街道第一家社区食堂在老旧小区",
              "开业，老年人就餐可享受八折优惠。",
              "　　食堂每天供应早中晚三餐，还为",
              "腿脚不好的老人家送餐上门。",
              "县图书馆延长开放时间",
              "　　本报讯（通讯员 孙晓梅）即日",
              "起，县图书馆每天开放时间延长到",
              "晚上九点，自习区新增座位八十个。",
              "　　图书馆还开通了线上预约，读者",
              "可提前预约座位和借阅图书，到馆",
              "后凭手机号码即可取书。",
              "城区新增停车泊位",
              "　　本报讯（记者 柯雨桐）今年以来，",
              "城管部门在医院、学校周边新施划",
              "停车泊位八百个，缓解了停车难。",
              "　　泊位启用后，周边道路违停现象",
              "明显减少，早晚高峰通行更加顺畅。"]
    arts = _items("\n".join(top + narrow) + "\n")
    lead = next(a for a in arts if a.title == "全市秋冬季重点项目建设推进会召开")
    assert len(lead.paragraphs) == 3, lead.paragraphs


def test_a_flush_line_under_a_sentence_that_fills_a_narrower_column_goes_on_with_the_paragraph():
    # The page's columns are 18 characters wide, this piece's 15: a sentence that ends
    # filling the 15-character line is no paragraph's end on a page that indents openings.
    wide = _wrap_by_count(["本报讯（记者 冯雪）7月1日起，县城新开通三条公交线路，覆盖城东新区和高铁站，线路全部使用"
                    "新能源公交车，票价统一为一元，开通首日共运送乘客两千余人次，早高峰时段车厢里坐满了上班族和学生。",
                    "县交通运输局表示，下一步将根据客流情况优化发车间隔，并在城东新区增设候车亭二十个，让更多群众"
                    "享受到便捷的公交服务，也让城东新区和老城区的联系更加紧密。"], 18)
    first = "本报讯（记者 韩雪）连日来，市农业农村局联合公安、海事等部门开展禁渔执法巡查，严防非法渔获物流入农贸市场和街头餐馆。"
    assert (len(first) + 2) % 15 == 0       # the sentence ends where a line of the column does
    narrow = _wrap_by_count([first + "今年以来，全市已查处涉渔违法案件四十六起，收缴违规网具两百余套。"], 15)
    arts = _pieces(["县城新开三条公交线路"] + wide + ["禁渔巡查全面展开"] + narrow)
    patrol = next(a for a in arts if a.title == "禁渔巡查全面展开")
    assert any("街头餐馆。今年以来" in p for p in patrol.paragraphs), patrol.paragraphs


def test_a_running_header_set_on_two_lines_between_items_is_furniture():
    lines = ["第5版", "", "2024年8月8日", "",
             "城区新增停车泊位八百个", "",
             "本报讯（记者 柯雨桐）今年以来，城管部门在医院、学校周边新施划停车泊位八百个，缓解了停车难问题。", "",
             "第5版", "", "2024年8月8日", "",
             "县图书馆延长开放时间", "",
             "本报讯（通讯员 孙晓梅）即日起，县图书馆每天开放时间延长到晚上九点，自习区新增座位八十个。", "",
             "本版责编：孙嘉禾 钱宁"]
    page = parse_page("\n".join(lines) + "\n", mentions=False)
    assert [a.title for a in page.articles] == ["城区新增停车泊位八百个", "县图书馆延长开放时间"], \
        [(a.kind, a.title, a.paragraphs) for a in page.articles]
    assert page.issue.date == "2024-08-08"


def test_a_page_number_with_its_section_at_the_top_is_the_page_label_not_a_headline():
    lines = ["4 要闻", "",
             "城区新增停车泊位八百个", "",
             "本报讯（记者 柯雨桐）今年以来，城管部门在医院、学校周边新施划停车泊位八百个，缓解了停车难问题。"]
    page = parse_page("\n".join(lines) + "\n", mentions=False)
    (art,) = page.articles
    assert art.headlines == ["城区新增停车泊位八百个"] and art.section is None, (art.headlines, art.section)


def test_a_quoted_name_closing_before_four_characters_and_a_comma_opens_no_run_in_subhead():
    from baoxun.assemble.items import split_runin_subheads
    paragraphs = ["让“千村示范”成色更足，要在产业上下功夫。产业兴旺是乡村振兴的基础。",
                  "让“千村示范”成色更足，要在机制上求突破。要用好结对帮扶机制。"]
    assert split_runin_subheads(paragraphs) == paragraphs


def test_an_undated_relayed_agency_dispatch_opens_its_item_and_leaves_the_lede():
    lines = ["安全生产月活动全面启动", "",
             "据新华社电 记者从应急管理部获悉，今年“安全生产月”活动日前在全国启动，活动将持续一个月。"]
    (art,) = _pieces(lines)
    assert art.dispatch and "新华社" in art.dispatch, art.dispatch
    assert art.paragraphs[0].startswith("记者从应急管理部获悉"), art.paragraphs


def test_a_pages_table_of_contents_is_furniture_and_each_title_heads_its_piece():
    lines = ["本版导读", "", "城区新增停车泊位八百个", "", "县图书馆延长开放时间", "",
             "城区新增停车泊位八百个", "",
             "本报讯（记者 柯雨桐）今年以来，城管部门在医院、学校周边新施划停车泊位八百个，缓解了停车难问题。", "",
             "县图书馆延长开放时间", "",
             "本报讯（通讯员 孙晓梅）即日起，县图书馆每天开放时间延长到晚上九点，自习区新增座位八十个。"]
    arts = _items("\n".join(lines) + "\n")
    assert [(a.kind, a.title) for a in arts] == [("news", "城区新增停车泊位八百个"), ("news", "县图书馆延长开放时间")], \
        [(a.kind, a.headlines) for a in arts]


def test_a_piece_titled_like_a_contents_label_keeps_its_title():
    lines = ["导读", "", "导读", "",
             "本报讯（记者 柯雨桐）今年以来，城管部门在医院、学校周边新施划停车泊位八百个，缓解了停车难问题。"]
    (art,) = _items("\n".join(lines) + "\n")
    assert art.title == "导读"


def test_a_profiles_subtitle_wrapped_before_a_title_ending_in_ren_and_the_name_is_one_deck():
    lines = ["一片茶叶的“守艺人”", "", "——记省级非遗代表性", "传承人朱正林", "", "本报记者 杜佳琪", "",
             "　　清晨五点，朱正林已经在茶厂里忙开了。杀青、揉捻、烘干，每一道工序他都要亲自上手。", "",
             "　　三十多年来，他带出了六十多名徒弟，让老手艺有了新传人。"]
    (art,) = _pieces(lines)
    assert "——记省级非遗代表性传承人朱正林" in art.headlines, art.headlines


def test_a_two_character_name_padded_to_three_in_a_byline_is_one_name():
    lines = ["老街巷里的新生活", "", "本报记者 邓 琳", "",
             "　　清晨六点，柳条巷的早点铺子已经冒出热气，街坊们端着碗在门口坐成一排。", "",
             "　　去年春天，社区对巷子里的私搭乱建逐一登门劝拆，腾出的空地铺上了透水砖。"]
    (art,) = _pieces(lines)
    assert art.reporters == ["邓琳"], (art.reporters, art.headlines)


def test_a_notices_list_of_labelled_entries_keeps_one_entry_a_paragraph():
    lines = ["关于拟命名县级示范村的公示", "",
             "经乡镇申报、县级评估和综合评审，拟命名以下村为县级示范村，现予以公示。", "",
             "东坝头镇：张庄村", "", "堌阳镇：徐场村", "", "谷营镇：姚寨村", "", "仪封镇：代庄村", "",
             "公示时间：2023年6月13日至6月19日。"]
    (notice,) = [a for a in _items("\n".join(lines) + "\n") if a.kind == "notice"]
    assert "堌阳镇：徐场村" in notice.paragraphs and "谷营镇：姚寨村" in notice.paragraphs, notice.paragraphs


def test_a_papers_own_dated_dispatch_in_xun_opens_its_item():
    lines = ["冒充快递客服诈骗被民警拦下", "",
             "长沙晚报7月23日讯（全媒体记者 贺文斌 通讯员 蒋思远）7月22日下午，家住雨花区的李女士接到一通自称快递客服的电话，民警及时上门劝阻。"]
    (art,) = _pieces(lines)
    assert art.dispatch and art.dispatch.startswith("长沙晚报"), art.dispatch
    assert art.paragraphs[0].startswith("7月22日下午"), art.paragraphs


def test_on_a_narrow_page_a_shorter_line_over_a_longer_one_above_a_dash_subtitle_is_a_kicker():
    body = _wrap_by_count(["深秋时节，走进将乐县高唐镇，层林尽染的山峦间，护林员正沿着巡山步道查看林木长势，"
                    "村里的集体林地通过改革实现了一次投资、长期受益。",
                    "近年来，我市以林业改革为抓手，探索出一条生态美、百姓富的绿色发展路子，"
                    "全市森林覆盖率保持在百分之七十八以上，林业总产值连续五年增长。"], 20)
    lines = ["深化集体林权制度改革", "“林票”“碳票”让青山生金", "——我市推进林业改革发展综述", "",
             "本报记者 林晓岚", ""] + body
    (art,) = _pieces(lines)
    assert (art.kicker, art.title) == ("深化集体林权制度改革", "“林票”“碳票”让青山生金"), art.headlines


def test_contact_lines_led_by_a_long_unit_name_close_the_notice():
    lines = ["迁坟启事", "",
             "因县城东环线道路建设需要，需对项目用地范围内的坟墓进行迁移，请坟主见报后三十日内到所在街道登记。", "",
             "城东街道联系人：聂勇　联系电话：0851-24221567", "",
             "黄家坝街道联系人：佘明　联系电话：0851-24331234", "",
             "县城东环线道路建设指挥部", "",
             "2020年10月12日"]
    arts = _items("\n".join(lines) + "\n")
    assert [a.kind for a in arts] == ["notice"], [(a.kind, a.headlines) for a in arts]
    assert arts[0].paragraphs[-1] == "2020年10月12日"


def test_a_comma_title_under_a_column_label_over_its_byline_heads_the_commentary_on_a_narrow_page():
    body = _wrap_by_count(["3月24日，全区纺织产业数字化改造推进会召开。会上传出消息：去年全区纺织印染企业技改投入增长两成，"
                           "一批老厂房里装上了智能织机和在线检测设备。",
                           "创新要落在一台台机器、一道道工序上，靠的是日积月累的真功夫。"], 16)
    lines = (["县城新增停车泊位八百个", "本报讯（记者 柯雨桐）今年以来，城管部门在医院、学", "校周边新施划停车泊位八百个。", ""]
             + ["柯桥时评", "", "“织”造未来，靠的是创新这根“金线”", "", "○ 施一帆", ""] + _spaced(body))
    arts = _items("\n".join(lines) + "\n")
    comment = next(a for a in arts if "纺织产业" in _body(a))
    assert comment.title == "“织”造未来，靠的是创新这根“金线”", (comment.section, comment.headlines, comment.paragraphs[:1])


def test_markdown_bullets_bold_lines_and_picture_placeholders_are_markup_not_text():
    lines = ["# 全省天气预报", "", "- 海口：多云 23℃～31℃", "- 三亚：晴间多云 25℃～33℃", "",
             "# 芒果飘香采摘忙", "", "![](media/image3.jpeg)", "",
             "4月14日，崖州区一处芒果种植基地里，果农在采摘成熟的芒果。 本报记者 林海 摄", "",
             "# 做强热带特色产业", "", "**一、把产业链做长**", "",
             "本报讯（记者 林海）近年来，全省热带水果种植面积稳定在三百万亩以上，加工转化率逐年提高。"]
    arts = _items("\n".join(lines) + "\n")
    weather = next(a for a in arts if a.kind == "weather")
    assert "海口：多云 23℃～31℃" in weather.paragraphs, weather.paragraphs
    assert not any("![](" in x for a in arts for x in a.headlines + a.paragraphs)
    assert not any("**" in p for a in arts for p in a.paragraphs)


def test_markdown_rules_quote_marks_and_italics_are_markup_not_text():
    lines = ["> 绿水青山 幸福家园", "", "---", "", "# 古村落里的新课堂", "",
             "本报讯（记者 赵启明）秋假期间，村里的祠堂变成了研学课堂，城里的孩子跟着老匠人学做竹编。", "",
             "*孩子们在祠堂里学编竹篮。 本报记者 赵启明 摄*", "", "* * *", "",
             "老匠人说，手艺有人学，他心里就踏实。"]
    arts = _items("\n".join(lines) + "\n")
    texts = [x for a in arts for x in a.headlines + a.paragraphs + [c.text for c in a.captions]]
    assert any("绿水青山" in x for x in texts) and any("孩子们在祠堂里学编竹篮" in x for x in texts)
    assert not any(x.startswith((">", "*", "-")) or x.endswith("*") for x in texts), texts


def test_a_writer_credited_for_words_and_pictures_is_the_pieces_reporter_and_photographer():
    lines = ["牡丹花开正当时", "", "——全市接待赏花游客超千万人次", "", "首席记者 杜若飞 文/图", "",
             "　　第41届牡丹文化节于4月1日开幕，城区各大公园游人如织，赏花、拍照、看演出的市民游客络绎不绝。", "",
             "　　为应对客流高峰，公安、交通等部门加强了景区周边的交通疏导。"]
    (art,) = _pieces(lines)
    assert art.reporters == ["杜若飞"] and art.photographers == ["杜若飞"], (art.reporters, art.photographers, art.headlines)
    assert all("文/图" not in h for h in art.headlines)


def test_a_weather_boxs_index_readings_stay_in_the_box():
    lines = ["今日天气", "多云转晴", "南风2～3级", "10℃～24℃", "生活指数", "赏花：适宜", "晾晒：较适宜",
             "穿衣：早晚温差大，注意增减衣物", "",
             "志愿者护航文明赏花", "",
             "本报讯（记者 柯雨桐）连日来，三百余名志愿者走进城区各大公园，为游客提供线路咨询和应急救助服务。"]
    arts = _items("\n".join(lines) + "\n")
    assert [a.kind for a in arts] == ["weather", "news"], [(a.kind, a.headlines, a.paragraphs) for a in arts]
    assert "赏花：适宜" in arts[0].paragraphs


def test_a_title_over_its_author_is_not_joined_by_a_guessed_word_across_the_break():
    # the segmenter guesses 人葛 as a word across 点灯的人 / 葛长青; only a dictionary word
    # across the break says the column cut a sentence
    text = ("山村夜校开课了\n\n本报讯（记者 陈立）冬闲时节，石门村的夜校又开课了，三十多位村民前来听讲。\n\n\n\n"
            "点灯的人\n\n葛长青\n\n每到冬至前后，我总会记起老家村口那盏不灭的马灯。\n\n"
            "那盏灯是守林的老周挂上去的，一挂就是二十年。\n")
    piece = next(a for a in _items(text) if a.title == "点灯的人")
    assert piece.authors == ["葛长青"] and piece.paragraphs[0].startswith("每到冬至前后")


def test_a_subhead_the_narrow_column_wrapped_ends_where_its_short_line_stops():
    # an 11-character column: the subhead fills one line and stops short on the next
    rows = ["果园里来了技术服务队", "本报讯（记者林晓）连日", "来，县农技中心组织技术", "人员深入果园开展冬季修", "剪指导，帮助果农提高来",
            "年产量。", "把果树修剪技术送到农户", "的果园里", "“修剪要趁早，枝条留多", "少有讲究。”技术员一边",
            "示范一边讲解要领，围观", "的果农不时提问。"]
    texts = [p for a in _pieces(_spaced(rows)) for p in a.paragraphs + a.headlines]
    assert any(p.startswith("“修剪要趁早") for p in texts), texts


def test_a_flush_short_line_on_an_indented_page_cut_at_one_width_opens_no_paragraph():
    # the page cuts its prose at 26 characters and indents each paragraph's opening line
    first = ["石桥镇今年新建高标准农田一万二千亩，完成机耕道路硬化十八公里，新修灌溉渠道二十六公里，田块平整后更便于大型农机作业。",
             "镇农业服务中心负责人介绍，项目区内推行统一供种、统一机收，亩均节本增效约一百五十元，农户种粮积极性明显提高。",
             "明年，全镇将再建高标准农田八千亩，并同步配套建设烘干中心和农机库棚，让种粮大户和合作社的收储难题得到缓解。"]
    second = ["那年冬天，我第一次离开家乡到县城读书，母亲把一条旧围巾塞进我的背包里，叮嘱我天冷了一定要围上。",
              "后来我走过很多地方，那条围巾一直跟着我，颜色早已褪了，却始终舍不得丢掉，因为它装着家里灶膛的温度。",
              "今年入冬前，我给母亲打电话说想回家过年，她在电话那头笑着说，你那条围巾该换了，我又给你织了一条新的。"]
    lines = (["高标准农田建设提速", "本报讯"] + _wrap_by_count(first, 26, "　") + ["　本报记者  吴一鸣", "妈妈，那条围巾还在", "苏小禾"]
             + _wrap_by_count(second, 26, "　"))
    essay = next(a for a in _pieces(lines) if "那年冬天" in "".join(a.paragraphs))
    assert essay.paragraphs[0].startswith("那年冬天")


@pytest.mark.parametrize("header", ["8　文化·副刊　　　2024年3月5日　星期二　　　清溪日报",
                                    "2024年3月5日 星期二　　B02　　城事　　云江晚报"])
def test_a_running_header_with_a_dotted_section_or_a_label_mid_line_is_furniture(header):
    text = (header + "\n\n梅林古镇迎来赏梅季\n\n本报讯（记者 何静）3月3日，梅林古镇赏梅季开幕，"
            "十里梅林吸引各地游客前来踏青。\n")
    page = parse_page(text, mentions=False)
    assert page.issue.date == "2024-03-05"
    assert all(header.split()[0] not in h for a in page.articles for h in a.headlines)


def test_a_masthead_with_the_papers_name_in_pinyin_and_its_publishers_is_furniture():
    text = ("清溪报\n\nQINGXI BAO\n\n中共清溪县委主办　清溪县融媒体中心出版\n\n2024年3月5日　星期二\n\n"
            "春耕备耕有序推进\n\n本报讯（记者 何静）连日来，全县各乡镇抓住有利天气，组织农户开展春耕备耕。\n")
    (art,) = _pieces(text.splitlines())
    assert art.headlines == ["春耕备耕有序推进"], art.headlines


def test_a_marked_writers_line_with_words_and_pictures_over_a_dispatch_is_one_news_piece():
    lines = ["乡村医生培训班开班", "□林巧云　文/图",
             "　　本报讯　11月5日，县卫生健康局举办乡村医生培训班，全县八十余名乡村医生参加培训。",
             "　　培训共安排三天，内容包括常见病诊治、急救技能和慢病管理等。"]
    (art,) = _pieces(lines)
    assert art.kind == "news" and art.dispatch == "本报讯" and art.headlines == ["乡村医生培训班开班"]
    assert art.authors == ["林巧云"] and art.photographers == ["林巧云"] and len(art.paragraphs) == 2


@pytest.mark.parametrize("mark", ["新晚报讯", "齐鲁晚报讯", "晶报讯"])
def test_a_papers_own_dispatch_named_after_it_opens_a_news_piece(mark):
    text = f"冰灯游园会开幕\n\n{mark}（记者 郑小川）昨天，第十届冰灯游园会在江畔公园开幕，首日接待游客两万人次。\n"
    (art,) = _items(text)
    assert art.dispatch == mark and art.reporters == ["郑小川"] and art.paragraphs[0].startswith("昨天")


def test_a_writers_name_under_an_essay_is_never_run_into_the_next_title():
    essay = ["那年秋天，我跟着祖父上山采茶，他说茶树和人一样，要慢慢长，急不得。",
             "如今祖父不在了，茶山还在，每年春天我都回去看看，摘一把新芽带回城里。",
             "泡上一杯，热气升起来的时候，好像又听见他在茶垄间喊我的小名。"]
    news = ["本报讯（记者 谭明）9月20日，社区书画展在文化馆开幕，展出作品一百二十余幅。"]
    rows = _wrap_by_count(essay, 16) + ["顾晓岚", "社区书画展在文化馆开幕"] + _wrap_by_count(news, 16)
    blocks, _ = reflow(split_lines("\n".join(rows) + "\n"))
    assert "顾晓岚" in [b.text for b in blocks], [b.text for b in blocks]


def test_a_title_printed_after_its_body_on_a_page_without_blank_lines_inside_pieces_stays_a_title():
    text = ("本报讯（记者 邵晨）5月18日，全市中学生田径运动会在体育中心开幕，42所学校的1600余名选手同场竞技。\n"
            "本届运动会设田赛、径赛两大类共38个项目，赛期三天。\n"
            "1600余名运动员同场竞技\n全市中学生田径运动会开幕\n\n"
            "5月20日8时至18时，因线路检修，东湖路部分路段停电，请沿线商户提前做好准备。\n"
            "供电服务热线：95598\n便民信息\n")
    arts = _items(text)
    sport = next(a for a in arts if a.dispatch)
    assert "全市中学生田径运动会开幕" in sport.headlines, [(a.headlines, a.paragraphs) for a in arts]
    assert not any("开幕5月20日" in p for a in arts for p in a.paragraphs)


def test_entries_of_a_list_with_a_label_and_a_colon_are_paragraphs_not_headlines():
    lines = ["关于2024年度县级“最美家庭”拟表彰对象的公示",
             "根据县级“最美家庭”评选工作安排，经推荐、审核，拟表彰以下家庭，现予以公示。",
             "城关镇：何建国家庭、孙丽萍家庭", "东坝乡：冉光明家庭、向春梅家庭", "石门镇：谭玉兰家庭、罗志强家庭",
             "公示期为2024年5月10日至5月16日，如有异议，请向县文明办反映。", "县文明办", "2024年5月9日"]
    notice = _one_notice(_pieces(lines))
    assert "东坝乡：冉光明家庭、向春梅家庭" in notice.paragraphs, notice.paragraphs


def test_a_slogan_of_four_parallel_phrases_over_a_lone_title_is_the_pages_banner():
    text = ("守初心 担使命 找差距 抓落实\n\n以实干实绩建设和美乡村\n\n"
            "□ 周明远\n\n　　全面推进乡村振兴，关键在于把各项政策落到实处，让群众得到看得见的实惠。\n")
    arts = _items(text)
    assert any(a.kind == "banner" for a in arts), [(a.kind, a.headlines) for a in arts]
    piece = next(a for a in arts if a.paragraphs)
    assert piece.headlines == ["以实干实绩建设和美乡村"] and piece.kicker is None


def test_a_year_printed_before_an_events_name_dates_the_page():
    text = ("2023清溪“稻香杯”农民篮球联赛开赛\n\n5月20日，2023清溪“稻香杯”农民篮球联赛在县体育馆开赛，"
            "来自全县12个乡镇的16支球队参赛。\n\n比赛将持续到6月中旬。\n")
    page = parse_page(text, mentions=False)
    assert page.issue.year == 2023 and page.issue.date and page.issue.date.startswith("2023-05")


def test_a_numbered_subhead_over_a_blank_line_is_a_paragraph_of_its_own():
    text = ("把好事办到群众心坎上\n\n□ 陶立新\n\n"
            "基层治理千头万绪，关键是把群众的事当成自己的事，一件一件抓落实。\n\n"
            "一、走进院落听民声，在面对面交流中摸清“家底”\n\n"
            "群众的难处在哪里，干部就要走到哪里。要经常到田间地头、楼道院落里坐一坐、问一问，把情况摸准摸透。\n\n"
            "二、“问题不过夜，事事有回音”\n\n"
            "对群众反映的问题，要建立台账、限时办结，做到件件有着落、事事有回音。\n")
    piece = next(a for a in _items(text) if a.paragraphs)
    assert "一、走进院落听民声，在面对面交流中摸清“家底”" in piece.paragraphs, piece.paragraphs
    assert "二、“问题不过夜，事事有回音”" in piece.paragraphs


def test_a_county_papers_name_over_its_publishers_line_is_furniture():
    text = ("今日清溪\n中共清溪县委主管　清溪县融媒体中心主办\n2024年3月5日　星期二　第2版\n\n"
            "春耕备耕有序推进\n\n本报讯（记者 何静）连日来，全县各乡镇抓住有利天气，组织农户开展春耕备耕。\n")
    page = parse_page(text, mentions=False)
    assert page.paper.name == "今日清溪" and page.issue.date == "2024-03-05"
    (art,) = [a for a in page.articles if a.paragraphs]
    assert art.headlines == ["春耕备耕有序推进"], art.headlines


def test_a_briefs_title_printed_under_it_in_a_labelled_column_goes_to_the_brief_it_sums_up():
    text = ("乡镇动态\n\n本报讯 3月4日，县中医院与市中心医院签订医疗合作协议，双方将在专科建设、"
            "人才培养等方面开展合作。（记者 宋 雨）\n县中医院与市中心医院签订合作协议\n"
            "本报讯 日前，青石镇组织开展春季森林防火宣传，发放宣传单1500余份。（通讯员 彭 飞）\n")
    arts = [a for a in _items(text) if a.paragraphs]
    first = next(a for a in arts if "医疗合作协议" in a.paragraphs[0])
    assert first.title == "县中医院与市中心医院签订合作协议", [(a.title, a.paragraphs[0][:10]) for a in arts]
    assert all(a.section == "乡镇动态" for a in arts)


def test_a_line_of_names_in_a_notice_is_a_paragraph_not_a_headline():
    lines = ["清溪县2024年度“最美护林员”拟表彰人选公示",
             "经各乡镇推荐、县评审委员会评审，拟表彰以下同志，现予以公示：",
             "何建国 孙丽萍 冉光明 向春梅 谭玉兰",
             "公示时间：2024年3月5日至3月11日。如有异议，请向县林业局反映。", "清溪县林业局", "2024年3月4日"]
    notice = _one_notice(_pieces(lines))
    assert "何建国 孙丽萍 冉光明 向春梅 谭玉兰" in notice.paragraphs, notice.paragraphs


def test_a_closing_credit_in_brackets_never_runs_into_the_next_title():
    body = ["本报讯　昨日，城区12处“爱心驿站”全部启用，为环卫工人、快递员等户外劳动者提供休息、饮水、热饭等服务。",
            "据了解，驿站由社区、商户和志愿者共同管理，每天开放十二小时。"]
    rows = (["“爱心驿站”暖人心"] + _wrap_by_count(body, 16) + ["（记者 方 圆）", "社区网格员的", "“冬日清单”"]
            + _wrap_by_count(["1月15日清晨，网格员刘芳已经开始了一天的走访，她要把独居老人的需求一一记下。"], 16))
    arts = _items("\n".join(rows) + "\n")
    heads = [h for a in arts for h in a.headlines]
    assert not any("方 圆" in h or "方圆" in h for h in heads), heads
    first = next(a for a in arts if a.title == "“爱心驿站”暖人心")
    assert first.reporters == ["方圆"] and not any("方 圆" in p for p in first.paragraphs)


def test_a_county_papers_name_under_its_date_and_page_label_is_the_papers_name():
    text = ("2024年9月10日 星期二\n第2版 综合\n今日清溪\n\n清溪红茶组团参展\n"
            "本报讯（记者 熊英）9月6日至9日，清溪县组织12家茶叶企业参加茶业博览会。\n")
    page = parse_page(text, mentions=False)
    assert page.paper.name == "今日清溪"
    assert [a.headlines for a in page.articles if a.paragraphs] == [["清溪红茶组团参展"]]


def test_a_reports_subtitle_wrapped_before_its_genre_word_is_one_deck():
    body = ["初秋时节，走进石门镇的脐橙基地，一排排果树挂满青果，果农们正忙着疏果、施肥。",
            "近年来，石门镇把脐橙产业作为增收主业，种植面积发展到一万二千亩。"]
    rows = ["一颗脐橙的“致富经”", "——石门镇发展脐橙产业带动", "群众增收见闻", "本报记者 彭 芳"] + _wrap_flush(body, 16)
    piece = next(a for a in _pieces(rows) if a.title)
    assert piece.subtitle and piece.subtitle.endswith("群众增收见闻"), piece.headlines


def test_a_wrapped_notice_title_naming_a_road_and_a_service_box_after_the_notice_stay_apart():
    lines = ["关于S205线部分路段施工期间", "实行交通管制的通告",
             "　　因S205线道路养护施工需要，自2024年6月1日至6月30日，对部分路段实行单向交替通行。",
             "　　特此通告。", "　　　　清溪县公安局交通警察大队", "　　　　2024年5月28日", "",
             "便民信息", "政务服务便民热线：12345", "供电服务热线：95598"]
    arts = [a for a in _items("\n".join(lines) + "\n") if a.kind == "notice"]
    assert [a.title for a in arts] == ["关于S205线部分路段施工期间实行交通管制的通告", "便民信息"], \
        [(a.title, a.paragraphs) for a in arts]
    assert "供电服务热线：95598" in arts[1].paragraphs


def test_a_weather_boxs_index_line_and_its_supplier_stay_in_the_box():
    text = ("明日天气\n多云转晴 西北风4～5级 -2℃～7℃\n空气质量：良\n"
            "生活指数：穿衣指数 寒冷，建议着羽绒服等冬季服装；晨练指数 较不宜。\n区气象局提供\n")
    arts = _items(text)
    assert [a.kind for a in arts] == ["weather"], [(a.kind, a.paragraphs) for a in arts]
    assert arts[0].paragraphs[-2:] == ["生活指数：穿衣指数 寒冷，建议着羽绒服等冬季服装；晨练指数 较不宜。", "区气象局提供"]


@pytest.mark.parametrize("first, rest", [("城东片区12个老旧小区", "将完成供热管网改造"),
                                         ("家门口的公交站牌", "终于挪回来了")])
def test_a_title_wrapped_before_a_word_no_headline_opens_on_is_one_title(first, rest):
    text = (f"{first}\n{rest}\n\n本报讯（记者 魏明）记者从市住建部门获悉，相关工作已于近日启动，"
            "预计年底前全部完成。\n\n工程完工后，居民出行和生活条件将明显改善。\n")
    (art,) = _pieces(text.splitlines())
    assert art.title == first + rest and art.kicker is None, (art.kicker, art.title)


def test_an_editors_note_over_the_byline_opens_the_piece_and_a_related_links_box_is_its_own():
    lines = ["以生态保护推动绿色转型",
             "编者按：生态保护是绿色转型的底色。本版今起刊发系列理论文章，敬请关注。",
             "□ 吴长明",
             "推动生态保护和高质量发展，是关系长远的大事，必须坚持生态优先、绿色发展。",
             "要以水定城、以水定地、以水定人、以水定产，把水资源作为最大的刚性约束。",
             "（作者系省社会科学院研究员）",
             "相关链接",
             "全省森林覆盖率由十年前的百分之十一提高到百分之十三以上，草原综合植被盖度稳步提升。"]
    arts = _pieces(lines)
    essay = next(a for a in arts if a.title == "以生态保护推动绿色转型")
    assert essay.authors == ["吴长明"] and essay.paragraphs[0].startswith("编者按")
    assert essay.paragraphs[-1].startswith("（作者系")
    assert any(a.title == "相关链接" or "相关链接" in a.headlines for a in arts if a is not essay), \
        [(a.headlines, a.paragraphs[:1]) for a in arts]


def test_a_masthead_with_its_issue_number_and_publishers_on_six_lines_is_furniture():
    text = ("今日清溪\nJINRI QINGXI\n2023年4月18日 星期二\n第1567期 今日四版\n中共清溪县委主办 清溪县融媒体中心出版\n"
            "春耕备耕有序推进\n本报讯（记者 何静）连日来，全县各乡镇抓住有利天气，组织农户开展春耕备耕。\n")
    page = parse_page(text, mentions=False)
    assert [a.headlines for a in page.articles if a.paragraphs] == [["春耕备耕有序推进"]]


def test_a_title_under_a_genre_label_on_an_indented_narrow_page_is_no_paragraph():
    body = ["冰雪游持续升温，这座城市收获的不只是流量，更是口碑。", "热情要延续，服务更要跟上，把游客当亲人，冬天才会越来越暖。"]
    news = ["1月13日，全市寒假青少年冰雪运动季启动，各区将组织开展速度滑冰、冰球等比赛和体验活动。",
            "市教育局负责人介绍，今年将冰雪运动纳入中小学体育课程，力争让每名学生掌握一项技能。"]
    # paragraphs set apart by blank lines, each opening with an indent
    spaced = [line for p in news for line in _wrap_by_count([p], 15) + [""]]
    rows = (["寒假冰雪运动季启动", ""] + spaced + ["短评", "", "把冰雪的热情延续下去", ""]
            + [line for p in body for line in _wrap_by_count([p], 15) + [""]] + ["（于 洋）"])
    piece = next(a for a in _pieces(rows) if "热情" in "".join(a.headlines + a.paragraphs))
    assert piece.title == "把冰雪的热情延续下去" and piece.paragraphs[0].startswith("冰雪游"), (piece.headlines, piece.paragraphs)


def test_entries_of_a_chronology_box_are_its_paragraphs_not_headlines():
    rows = _spaced(["清溪茶产业发展大事记", "2017年 全县启动茶园提质增效", "工程", "2018年 清溪茶叶交易市场建", "成投用",
                    "2019年 全县茶园面积突破十万", "亩", "2021年 首届清溪茶文化节", "在石门镇举办",
                    "2022年 茶叶综合产值首次突破", "二十亿元", "2023年 清溪红茶获评国家地理", "标志产品"])
    arts = _items("\n".join(rows) + "\n")
    box = next(a for a in arts if a.title == "清溪茶产业发展大事记")
    assert box.headlines == ["清溪茶产业发展大事记"] and len(box.paragraphs) == 6, (box.headlines, box.paragraphs)
    assert box.paragraphs[2] == "2019年 全县茶园面积突破十万亩"


def test_a_group_of_numbered_pictures_under_one_credit_is_one_photo_item():
    text = ("节日里的古城\n\n①古城墙下，市民在观看舞龙表演。\n\n②南门广场上，孩子们在猜灯谜。\n\n"
            "③老街的非遗集市吸引了不少游客。\n\n本报记者 罗晓东 摄\n")
    (art,) = _items(text)
    assert art.kind == "photo" and art.photographers == ["罗晓东"] and len(art.paragraphs) == 3, \
        (art.kind, art.paragraphs, [c.text for c in art.captions])


def test_a_quoted_subhead_on_a_narrow_page_stops_where_its_line_stops():
    body1 = ["早上六点，他就扛着铁锹出了门，沿着大堤一走就是十几里路，风雨无阻。",
             "二十多年来，哪段堤坝容易渗水，哪个位置下雨容易积水，他闭着眼都能说出来。"]
    body2 = ["每年汛期是他最忙的时候，一连十多天吃住在堤上的防汛屋里，从不叫苦。",
             "妻子劝他等雨停了再去，他总是说，雨越大越要去堤上看看才放心。"]
    rows = _spaced(["黄河岸边的护堤人", "本报记者 林海"] + _wrap_flush(body1, 16) + ["“雨越大，越得往堤上走”"]
                   + _wrap_flush(body2, 16))
    texts = [p for a in _pieces(rows) for p in a.paragraphs]
    assert "“雨越大，越得往堤上走”" in texts, texts


def test_a_narrow_title_wrapped_before_its_figures_is_one_title():
    body = ["本报讯（记者 龚雪）今天上午，我市秋季大中专毕业生专场招聘会在市体育中心举行，吸引求职者三千余人。",
            "招聘会现场，化工、新能源、文旅等行业企业提供的岗位最受关注，不少毕业生当场达成就业意向。",
            "市人社局还在现场设置了政策咨询台，为求职者解答社保接续、档案转移等问题。"]
    rows = _spaced(["我市秋季专场招聘会", "提供岗位4800余个"] + _wrap_flush(body, 16))
    (art,) = _pieces(rows)
    assert art.title.replace(" ", "") == "我市秋季专场招聘会提供岗位4800余个" and art.subtitle is None, \
        (art.title, art.subtitle)


def test_an_uncredited_caption_that_says_picture_is_lifted_out_of_the_sentence_it_interrupts():
    rows = ["茶园秋管正当时", "　　本报讯　今年以来，石门镇组织农技人员深入", "田间地头，开展茶园绿色防控、测土配方",
            "图为茶农在茶园", "开展秋季管护。", "施肥等技术培训42场次，全镇茶园实现", "绿色生产全覆盖。"]
    (art,) = _pieces(rows)
    assert "测土配方施肥等技术培训" in art.paragraphs[0], art.paragraphs
    assert [c.text for c in art.captions] == ["图为茶农在茶园开展秋季管护。"]


def test_a_title_over_credited_pictures_on_a_wide_page_takes_no_caption_as_its_sentence():
    text = ("葡萄发往长三角\n\n本报讯（记者 李晓燕）6月13日清晨，首批夏黑葡萄装车发往长三角。\n\n"
            "今年以来，县里新建冷链仓储设施12处，有效延长了鲜果销售期。\n\n"
            "田野农事忙\n\n6月11日，乔甸镇烟农在田间打顶抹杈。 段继红 摄\n\n"
            "力角镇农机手操作无人机为柑橘园喷施叶面肥。 张 伟 摄\n")
    arts = _items(text)
    news = next(a for a in arts if a.dispatch)
    assert news.paragraphs[-1].endswith("有效延长了鲜果销售期。") and not news.captions, (news.paragraphs, news.captions)
    assert any(a.kind == "photo" and a.title == "田野农事忙" for a in arts), [(a.kind, a.title) for a in arts]


def test_a_columns_tag_in_brackets_over_a_title_is_the_items_section():
    text = ("**清溪晚报**  2024年9月14日 星期六  第6版 · 文化\n\n---\n\n> 书香清溪 悦读人生\n\n## 【乡村振兴】\n\n# 竹编老手艺编出新日子\n\n### ——访竹编传承人吴德顺\n\n本报记者 钟雨\n\n"
            "今年62岁的吴德顺编了四十多年竹器，如今他的竹编灯罩、茶盘通过网店卖到了全国各地。\n")
    art = next(a for a in _pieces(text.splitlines()) if a.title == "竹编老手艺编出新日子")
    assert art.section == "【乡村振兴】" or art.section == "乡村振兴", (art.section, art.headlines)
    assert art.title == "竹编老手艺编出新日子" and "【乡村振兴】" not in art.headlines


def test_a_kicker_over_a_title_the_narrow_column_wrapped_keeps_the_title_whole():
    body = ["本报讯 昨日上午，气温降至零下2℃，城区各个“暖心驿站”里暖意融融，不少环卫工人在这里歇脚。",
            "据了解，今年城区共布设“暖心驿站”36个，配备饮水机、微波炉、应急药箱等设施。",
            "驿站由社区、商户和志愿者共同管理，每天开放十二小时以上。"]
    rows = ["迎江区", "“暖心驿站”让户外", "劳动者不再“冷”"] + _wrap_by_count(body, 15)
    (art,) = _pieces(rows)
    assert art.kicker == "迎江区" and art.title.replace(" ", "") == "“暖心驿站”让户外劳动者不再“冷”", \
        (art.kicker, art.title, art.subtitle)


def test_a_writers_name_between_an_essay_and_the_next_title_signs_the_essay():
    essay = ["那年秋天，我跟着祖父上山采茶，他说茶树和人一样，要慢慢长，急不得。",
             "如今祖父不在了，茶山还在，每年春天我都回去看看，摘一把新芽带回城里。"]
    news = ["本报讯（记者 谭明）9月20日，社区书画展在文化馆开幕，展出作品一百二十余幅。"]
    rows = ["采茶记", "文/周小满"] + _wrap_by_count(essay, 16) + ["顾晓岚", "社区书画展在文化馆开幕"] + _wrap_by_count(news, 16)
    arts = _items("\n".join(rows) + "\n")
    show = next(a for a in arts if a.dispatch)
    assert show.headlines == ["社区书画展在文化馆开幕"], show.headlines
    assert any("顾晓岚" in a.authors for a in arts if a is not show), [(a.title, a.authors) for a in arts]


def test_a_numbered_item_with_figures_cut_by_the_column_goes_on_below_the_blank():
    text = ("清溪站部分列车车次调整\n\n记者从清溪站获悉，自7月1日起，部分旅客列车车次将有所调整：\n\n"
            "一、新增清溪至长沙南G1502次列车，每日8:15开出。\n\n四、7月1日至8月31日\n\n"
            "暑运期间，清溪至南昌方向将增开临时旅客列车4对。\n")
    art = next(a for a in _items(text) if a.paragraphs)
    assert "四、7月1日至8月31日暑运期间，清溪至南昌方向将增开临时旅客列车4对。" in art.paragraphs, art.paragraphs


def test_a_caption_that_falls_after_an_opened_quote_is_still_lifted():
    text = ("新能源产业开票销售突破400亿元\n\n本报讯（记者 孙玉洁）12月24日，县里又一批海上风电机舱下线。\n\n"
            "“今年我们新上了\n\n工人在组装海上风电机舱。\n\n县融媒体中心供图\n\n"
            "两条智能化生产线，全年可生产机舱200台。”企业负责人介绍。\n")
    arts = _items(text)
    art = next(a for a in arts if a.dispatch)
    assert [c.text for c in art.captions] == ["工人在组装海上风电机舱。"], [(a.kind, a.paragraphs) for a in arts]
    assert not any("工人在组装" in p for a in arts for p in a.paragraphs)


def test_a_quoted_subhead_over_a_long_line_on_a_wide_page_is_no_column_cut():
    text = ("老人被骗案一审宣判\n本报讯（记者 孙悦）近日，区人民法院审结一起非法吸收公众存款案。\n"
            "“高额返利”引老人入局\n"
            "经审理查明，2019年至2022年间，被告人孙某等人以发放传单、举办讲座等方式向老年人宣传，"
            "承诺按月支付高额返利，吸收资金一千余万元。\n")
    texts = [x for a in _items(text) for x in a.headlines + a.paragraphs]
    assert "“高额返利”引老人入局" in texts and not any("入局经审理" in x for x in texts), texts


def test_a_running_footer_that_ends_on_the_page_number_is_furniture():
    text = ("生态保护持续向好\n\n本报讯（记者 王丽）今年以来，全省完成营造林五百万亩。\n\n"
            "2022年9月27日 星期二 清溪日报 7\n")
    page = parse_page(text, mentions=False)
    assert page.issue.date == "2022-09-27"
    assert not any("星期二" in p or "星期二" in h for a in page.articles for p in a.paragraphs for h in a.headlines + [p])


def test_a_date_line_that_carries_the_issue_number_is_furniture():
    text = ("今日清溪\nJINRI QINGXI\n2023年4月18日　星期二　农历癸卯年闰二月廿八　　第1537期　今日四版\n\n"
            "县委常委会召开会议\n——研究部署一季度经济运行工作\n\n"
            "本报讯（记者 钟海燕）4月17日，县委常委会召开会议，研究部署一季度经济运行工作。\n")
    page = parse_page(text, mentions=False)
    (art,) = [a for a in page.articles if a.paragraphs]
    assert page.issue.date == "2023-04-18" and art.title == "县委常委会召开会议", (page.issue.date, art.headlines)


def test_a_running_header_of_paper_section_and_page_number_is_furniture():
    text = ("2025年7月10日　星期四\n清溪日报　　　要闻　2\n\n沙海涌绿电 光伏治沙结硕果\n"
            "本报讯（记者 王明）7月9日，全市光伏治沙项目新增并网容量一百万千瓦。\n")
    (art,) = [a for a in _items(text) if a.paragraphs]
    assert art.headlines == ["沙海涌绿电 光伏治沙结硕果"], art.headlines


def test_a_slogan_of_two_parallel_phrases_over_a_narrow_title_is_never_wrapped_into_it():
    from baoxun.assemble.headlines import read_stack
    from baoxun.layout.reflow import Block
    lines = split_lines("奋力推进海南自由贸易港建设 全力冲刺全岛封关运作\n\n我县冬季瓜菜进入采收旺季\n")
    stack = read_stack([Block("head", [line]) for line in lines], narrow=True, column=36)
    assert stack.title == "我县冬季瓜菜进入采收旺季", stack
    # …a wrapped title's first line may hold a space: its halves are not of like length
    lines = split_lines("全县25万亩柑橘进入采摘旺季 果农忙着采摘\n装箱发往全国各地\n")
    stack = read_stack([Block("head", [line]) for line in lines], narrow=True, column=36)
    assert stack.kicker is None and stack.title.endswith("装箱发往全国各地"), stack


def test_four_characters_and_a_comma_inside_paragraphs_that_kept_their_breaks_stay_prose():
    # an essay whose paragraphs kept their breaks: sentences shaped like run-in subheads
    # (四字，短语。) mid-paragraph are its prose, not subheads the dump ran in
    from baoxun.assemble.items import split_runin_subheads
    paragraphs = ["老周是我多年的邻居，退休前在县文化馆工作。夫妻好客，也爱热闹。逢年过节总要请街坊喝茶。",
                  "后来他搬去了儿子家，我们见得少了。三年以后，他寄来一本自印的诗集。",
                  "诗集不厚，写的都是老街的人和事。"]
    assert split_runin_subheads(paragraphs) == paragraphs


def test_run_in_subheads_of_a_piece_whose_paragraphs_were_run_together_open_paragraphs():
    from baoxun.assemble.items import split_runin_subheads
    body = ("今年以来，县里把招商引资作为头号工程，盯住几条骨干产业链开展精准招商，新签约项目二十六个，"
            "总投资一百二十亿元，其中十亿元以上项目五个，产业链条不断延伸，集群效应逐步显现。"
            "强链补链，多点发力壮大集群。县里梳理出新材料、装备制造两条主导产业链，逐链绘制图谱，"
            "明确缺失环节和目标企业，组织专班上门对接，一批配套企业相继落地投产。"
            "优化服务，全程代办跑出加速度。项目从签约到开工，审批事项全部由专人代办，"
            "平均用时压缩到四十个工作日以内，企业只需在签约现场提交一次材料。")
    out = split_runin_subheads([body])
    assert [p[:4] for p in out] == ["今年以来", "强链补链", "优化服务"], out
    assert "".join(out) == body


def test_a_short_title_with_a_comma_on_a_narrow_page_opens_the_next_piece():
    # a narrow column is set justified: a flush line that stops short of it, with a comma
    # and no sentence end, after a piece's closing byline, is the next piece's title — not
    # a paragraph running on into the pen name and the prose below it
    park = ["城关镇新建的口袋公园这个月正式开放了，园里种了四十多种花木，还修了一条环形步道，附近居民每天傍晚都来散步。",
            "公园管护由社区志愿者轮流负责，每周清扫两次，居民对此很满意。"]
    essay = ["春天来的时候，我常常一个人走到河边去，看柳树一点点绿起来，看河水一天比一天涨高。",
             "那些年我总觉得日子过得太慢，现在才知道，慢一点的日子最值得珍惜。"]
    lines = ["小区口袋公园开放"] + _wrap_by_count(park, 15, "") + ["本报记者 王晓楠", "", "慢一点，再慢一点也好",
                                                                 "林木"] + _wrap_by_count(essay, 15, "")
    arts = parse_page("\n\n".join(lines) + "\n", mentions=False).articles
    assert len(arts) == 2, [(a.title, a.paragraphs[:1]) for a in arts]
    assert arts[1].title.startswith("慢一点，再慢一点也好"), arts[1].title
    assert arts[1].paragraphs == essay, arts[1].paragraphs


def test_an_editors_line_led_by_the_chief_editor_is_furniture_not_a_headline():
    lines = ["2024年6月3日 星期一", "A05 城事", "主编：周立新 责编：吴佳 美编：邵敏", "",
             "本报讯（记者 高远）6月2日，市区新开通的两条公交线路迎来首批乘客，沿线居民出行更加方便。"]
    page = parse_page("\n".join(lines) + "\n", mentions=False)
    assert len(page.articles) == 1 and page.articles[0].title is None, \
        [(a.title, a.paragraphs) for a in page.articles]
    assert any("周立新" in e for e in page.evidence.get("editors", [])), page.evidence


def test_a_provider_credit_in_any_name_lifts_a_caption_out_of_a_sentence():
    # …4条快 / 速入园 / 游客在园区内游览。 / 冰雪乐园供图 / 通道，…: 供图 names a credit
    # whoever gave the picture, and the sentence is joined again around it
    from baoxun.layout import patterns as P
    assert P.is_credit_line("松花湖冰雪乐园供图")
    lines = ["滑雪场新开四条雪道", "",
             "本报讯（记者 孟凡）为应对客流高峰，园区增设了游客暖房和4条快",
             "速入园", "游客在园区内排队入园。", "松花湖冰雪乐园供图",
             "通道，游客平均等候时间缩短一半。"]
    (art,) = parse_page("\n".join(lines) + "\n", mentions=False).articles
    assert art.paragraphs == ["为应对客流高峰，园区增设了游客暖房和4条快速入园通道，游客平均等候时间缩短一半。"], art.paragraphs
    assert art.captions and art.captions[0].text == "游客在园区内排队入园。", art.captions


def test_a_dated_picture_between_two_pieces_whose_titles_follow_their_bodies_stands_alone():
    # …游客说。 / 草原那达慕大会昨日…开幕 (a title printed after its body, wider than
    # the column) / 7月7日，…腹地， / 牧民在…。 / 额尔德木图 摄 / 连日来，…: the picture is
    # its own item, credited to a photographer of five characters, and neither the title
    # nor the next piece's opening is a sentence the caption broke into
    fair = ["7月8日，旗里的草原那达慕大会在旗府广场开幕，两千多名牧民参加摔跤和赛马比赛。",
            "“我们一家三口专程赶来，孩子第一次看摔跤比赛，高兴得不得了。”牧民其木格说。"]
    farm = ["连日来，树林召镇设施农业园区的温室大棚里，西红柿、黄瓜长势喜人，种植户正忙着采摘。",
            "“今年一个棚能收入三万多元，比种大田强多了。”种植户贺有福说。"]
    lines = (_wrap_by_count(fair, 14, "") + ["草原那达慕大会昨日在旗府广场隆重开幕", "7月7日，库布其沙漠腹地，",
             "牧民在铺设防风草方格。", "额尔德木图 摄"] + _wrap_by_count(farm, 14, "") + ["温室大棚鼓起农民钱袋子"])
    assert all(not x.startswith("。") for x in lines)
    arts = parse_page("\n".join(lines) + "\n", mentions=False).articles
    photo = next((a for a in arts if a.kind == "photo"), None)
    assert photo is not None, [(a.kind, a.title, a.paragraphs[:1]) for a in arts]
    assert photo.photographers == ["额尔德木图"], photo
    assert any(a.title == "草原那达慕大会昨日在旗府广场隆重开幕" and "".join(a.paragraphs) == "".join(fair)
               for a in arts), \
        [(a.title, a.paragraphs) for a in arts]
    assert any("".join(a.paragraphs) == "".join(farm) for a in arts), [(a.title, a.paragraphs) for a in arts]


@pytest.mark.parametrize("credit, reporters, authors", [
    ("文/图 本报记者 刘芸", ["刘芸"], []),
    ("文/图 周若航", [], ["周若航"]),
    ("滨城晚报-掌上滨城记者 邓雨婷", ["邓雨婷"], []),
    ("滨城晚报、滨报全媒体记者 孙明", ["孙明"], []),
])
def test_a_credit_line_naming_words_and_pictures_first_or_two_outlets_is_the_byline(credit, reporters, authors):
    lines = ["老街夜市人气旺", "", credit, "",
             "入夏以来，老街夜市每晚吸引上万名市民和游客前来逛吃，摊位从去年的八十个增加到一百二十个。", "",
             "夜市管理方表示，下一步将增设休息座椅和公共卫生间，延长营业时间。"]
    (art,) = parse_page("\n".join(lines) + "\n", mentions=False).articles
    assert art.title == "老街夜市人气旺" and art.subtitle is None, art.headlines
    assert art.reporters == reporters and art.authors == authors, (art.reporters, art.authors)
    if credit.startswith("文/图"):
        assert art.photographers == reporters + authors, art.photographers


@pytest.mark.parametrize("chrome", ["2024-06-12 来源：滨城晚报 【字号 大 中 小】", "[放大] [缩小] [默认]",
                                    "滨城日报社版权所有　未经许可不得转载、摘编", "技术支持：滨城日报社新媒体中心",
                                    "老街夜市人气旺-滨城日报数字报", "字号：大　中　小",
                                    "本网站所刊登的滨城日报各类新闻，均为滨城日报社版权所有，未经授权禁止转载。",
                                    "Copyright © 滨城日报社 All Rights Reserved", "【责任编辑：曾琳】",
                                    "扫一扫 在手机上阅读", "滨城网 - 滨城区融媒体中心主办"])
def test_a_websites_furniture_is_no_item_and_no_headline(chrome):
    lines = ["老街夜市人气旺", "", "本报讯（记者 刘芸）入夏以来，老街夜市每晚吸引上万名市民和游客前来逛吃，摊位增加到一百二十个。",
             "", "夜市管理方表示，下一步将增设休息座椅，延长营业时间。", "", chrome]
    arts = parse_page("\n".join(lines) + "\n", mentions=False).articles
    assert [a.title for a in arts] == ["老街夜市人气旺"], [(a.kind, a.headlines, a.paragraphs) for a in arts]
    assert not any(chrome in p for p in arts[0].paragraphs), arts[0].paragraphs
    page = parse_page("\n".join([chrome, ""] + lines[:-1]) + "\n", mentions=False)
    assert [a.headlines for a in page.articles] == [["老街夜市人气旺"]], [a.headlines for a in page.articles]


def test_a_sentence_that_mentions_copyright_stays_in_its_paragraph():
    lines = ["版权保护进校园", "", "本报讯（记者 刘芸）昨天，市版权局走进实验中学开展宣传活动。", "",
             "讲师提醒学生，版权所有的作品不能随意转载，引用时要注明出处。"]
    (art,) = parse_page("\n".join(lines) + "\n", mentions=False).articles
    assert art.paragraphs[-1] == "讲师提醒学生，版权所有的作品不能随意转载，引用时要注明出处。", art.paragraphs


def _after_page_with_a_signed_comment():
    """Titles printed after their bodies, but the signed commentary's over its byline, and
    a 消息 with no dispatch run on under the commentary, closing on its own credit."""
    lines = ["本报讯（记者 孟庆华）5月15日，记者从市农业农村局获悉，全市小麦已全面进入灌浆期，整体长势好于常年。",
             "市农业农村局表示，将及早调度农机，做好抢收准备。",
             "全市小麦进入灌浆关键期",
             "本报讯 记者王雅琪报道：近日，记者从市城管局了解到，今年我市将新建改造口袋公园四十二处。",
             "口袋公园选址坚持见缝插绿，预计六月底前全部完工。",
             "我市将新建改造口袋公园四十二处",
             "小绿地承载大民生",
             "□ 本报评论员",
             "城市是人民的城市，一草一木都连着百姓的日子。",
             "把小事办好，把实事办实，民生温度就在一点一滴中积累起来。",
             "5月14日，市住建局联合市应急管理局对城区餐饮场所开展燃气安全检查，共检查餐饮场所八十六家。",
             "对检查中发现的问题，有关部门已督促整改到位。（记者 杜鹏 通讯员 付小军）",
             "多部门联合开展燃气安全检查"]
    return "\n".join(lines) + "\n"


def test_a_signed_piece_that_closes_on_someone_elses_credit_holds_a_second_piece():
    arts = parse_page(_after_page_with_a_signed_comment(), mentions=False).articles
    gas = next((a for a in arts if a.paragraphs and a.paragraphs[0].startswith("5月14日")), None)
    assert gas is not None, [(a.title, a.paragraphs) for a in arts]
    assert gas.title == "多部门联合开展燃气安全检查" and gas.reporters == ["杜鹏"], (gas.title, gas.reporters)
    comment = next(a for a in arts if a.authors == ["本报评论员"])
    assert comment.paragraphs[-1].startswith("把小事办好"), comment.paragraphs


def test_a_title_over_a_byline_is_that_pieces_on_a_page_that_prints_titles_after_bodies():
    arts = parse_page(_after_page_with_a_signed_comment(), mentions=False).articles
    titles = {a.paragraphs[0][:6]: a.title for a in arts if a.paragraphs}
    assert titles.get("近日，记者从") == "我市将新建改造口袋公园四十二处", titles
    assert titles.get("城市是人民的") == "小绿地承载大民生", titles
    assert titles.get("5月15日，") == "全市小麦进入灌浆关键期", titles


@pytest.mark.parametrize("header", ["要闻 2", "滨城晚报 | A06 | 城事"])
def test_a_page_header_of_section_and_number_is_the_page_label(header):
    lines = ["2024年5月16日 星期四", "滨城日报", header, "老街夜市人气旺",
             "本报讯（记者 刘芸）入夏以来，老街夜市每晚吸引上万名市民和游客前来逛吃。"]
    page = parse_page("\n".join(lines) + "\n", mentions=False)
    assert [a.headlines for a in page.articles] == [["老街夜市人气旺"]], [a.headlines for a in page.articles]


def test_a_picture_credit_under_a_paragraph_that_goes_on_is_the_pieces_not_a_photo_item():
    # the caption sits between paragraphs with no credit; the credit closes the body, under a
    # paragraph that sums up (近年来，…) — no picture's caption opens so
    lines = ["脐橙迎来采摘季", "",
             "本报讯（记者 刘芳）11月5日，脐橙采摘季在大塘埠镇正式启动，首批三十余吨鲜果发往大湾区城市。", "",
             "11月5日，大塘埠镇果农正在采摘脐橙。", "",
             "据介绍，今年全市脐橙种植面积达一百九十万亩，果品品质总体优于去年。", "",
             "近年来，我市大力推进脐橙标准化种植和品牌建设，新建冷链仓储设施二十三处，电商销售占比预计超过三成。",
             "本报记者 曾宪平 摄"]
    arts = parse_page("\n".join(lines) + "\n", mentions=False).articles
    assert [a.kind for a in arts] == ["news"], [(a.kind, a.paragraphs) for a in arts]
    assert arts[0].paragraphs[-1].startswith("近年来") and arts[0].photographers == ["曾宪平"], arts[0]


def test_a_column_label_in_brackets_is_the_section_without_them():
    lines = ["【县域产业观察】", "一件衬衫的“智造”之旅", "",
             "□ 本报记者 钟晓", "", "深秋时节，走进纺织服装产业园区，一辆辆满载面料的货车进进出出。"]
    (art,) = parse_page("\n".join(lines) + "\n", mentions=False).articles
    assert art.section == "县域产业观察" and art.title == "一件衬衫的“智造”之旅", (art.section, art.headlines)


def test_an_epaper_sites_header_list_and_running_header_are_furniture():
    lines = ["滨城日报数字报刊平台", "2025年01月09日　星期四", "第A02版：要闻　　【返回目录】【上一版】【下一版】",
             "本版新闻列表", "◇ 老街夜市人气旺", "◇ 河湖治理见成效", "◇ 图片新闻", "",
             "2025年1月9日　星期四　　要闻　A02　　编辑：吴婷　组版：张弛　校对：李文", "",
             "老街夜市人气旺",
             "本报讯（记者 刘芸）入夏以来，老街夜市每晚吸引上万名市民和游客前来逛吃。", "",
             "河湖治理见成效",
             "本报讯（记者 高远）今年以来，全市完成河道清淤一百二十公里，水质持续向好。"]
    page = parse_page("\n".join(lines) + "\n", mentions=False)
    assert [a.headlines for a in page.articles] == [["老街夜市人气旺"], ["河湖治理见成效"]], \
        [(a.kind, a.headlines, a.paragraphs) for a in page.articles]
    assert page.paper.name == "滨城日报" and page.issue.date == "2025-01-09", (page.paper, page.issue)
    assert any("吴婷" in e for e in page.evidence.get("editors", [])), page.evidence


def test_pictures_of_different_things_by_different_photographers_under_one_title_are_two_pictures():
    lines = ["老街夜市人气旺", "本报讯（记者 刘芸）入夏以来，老街夜市每晚吸引上万名市民和游客前来逛吃。", "",
             "山顶现雾凇美景", "1月7日，风景区出现大范围雾凇景观，吸引不少游客上山观赏。", "通讯员 潘建华 摄", "",
             "1月8日，一家剪纸工作室里，剪纸艺人正在创作生肖主题作品。", "本报记者 曹文 摄"]
    photos = [a for a in parse_page("\n".join(lines) + "\n", mentions=False).articles if a.kind == "photo"]
    assert [p.photographers for p in photos] == [["潘建华"], ["曹文"]], [(p.title, p.photographers) for p in photos]
    assert photos[0].title == "山顶现雾凇美景" and photos[1].title is None


def test_a_weather_boxs_advice_panel_under_its_own_label_stays_in_the_box():
    lines = ["滨城天气", "今天 晴转多云 12℃～27℃ 南风3级", "明天 多云转小雨 14℃～24℃ 南风3～4级",
             "出行提示", "明天下午到夜间有小雨，出门请带好雨具。", "紫外线指数：强", "",
             "全民健身月活动启动",
             "本报讯 5月23日，我市全民健身月活动在新区启动，全市将举办群众性体育赛事活动200余项。（王丹）"]
    arts = parse_page("\n".join(lines) + "\n", mentions=False).articles
    assert [a.kind for a in arts] == ["weather", "news"], [(a.kind, a.headlines, a.paragraphs) for a in arts]
    assert arts[1].title == "全民健身月活动启动" and arts[1].kicker is None, arts[1].headlines


def test_a_picture_page_that_titles_its_pictures_under_their_credits():
    # caption / credit / title, three times, then an untitled picture and a story: each
    # title is the picture's above it, and the story's first line is not a sentence the last
    # caption was dropped into
    lines = ["滨城晚报", "A08 视界", "编辑：白玉 校对：高峰", "",
             "1月14日，旅客在火车东站检票", "进站。当日，春运正式启动，", "为期40天。", "本报记者 王磊 摄",
             "春运首日 旅客平安返乡",
             "1月12日，在城南一处冰雪乐园，", "孩子们乘坐雪圈从冰滑梯上滑", "下。", "本报记者 苏日娜 摄",
             "冰雪乐园欢乐多",
             "1月14日，城西一家商场内，市民", "在选购春联、灯笼等年货。", "通讯员 杨静 摄",
             "年味渐浓",
             "1月13日，湖区冬捕现场，渔民合", "力收网。当天起出的第一", "网鱼重达3000多斤。", "本报记者 王磊 摄",
             "进入“三九”以来，首府气温持续走", "低，最低气温一度降至零下24摄氏", "度。记者1月14日从市供热办",
             "获悉，目前全市供热运行平稳。", "低温持续 首府供热运行平稳"]
    arts = parse_page("\n".join(lines) + "\n", mentions=False).articles
    photos = [a for a in arts if a.kind == "photo"]
    assert [p.title for p in photos] == ["春运首日 旅客平安返乡", "冰雪乐园欢乐多", "年味渐浓", None], \
        [(a.kind, a.title, a.paragraphs[:1]) for a in arts]
    assert any(a.paragraphs and a.paragraphs[0].startswith("进入“三九”以来") for a in arts), \
        [(a.kind, a.title, a.paragraphs[:1]) for a in arts]


def test_a_title_wrapped_over_two_narrow_lines_above_its_unit_kicker_is_one_title():
    body = ["本报讯（记者 覃丽萍）5月16日，记者从区里获悉，今年一季度，该区袋装米粉产值达38.6亿元，同比增长18.2%。",
            "区里的负责同志说，下一步将持续完善原材料基地建设，力争全年产值突破150亿元。"]
    lines = (["滨州日报　2023年5月17日　星期三　　3　县区新闻", ""] + _wrap_by_count(body, 14, "")
             + ["一季度袋装米粉", "产值增长18.2%", "柳南区："])
    arts = parse_page("\n".join(lines) + "\n", mentions=False).articles
    assert [(a.kind, a.kicker, a.title) for a in arts] == [("news", "柳南区：", "一季度袋装米粉产值增长18.2%")], \
        [(a.kind, a.headlines) for a in arts]


def test_a_dated_deck_between_a_title_and_its_byline_is_the_subtitle():
    lines = ["四年一遇“闰日” 新人扎堆领证", "2月29日，我市各婚姻登记处迎来小高峰", "滨城晚报、滨报全媒体记者 李思雨", "",
             "2月29日，四年一遇的“闰日”，我市各婚姻登记处迎来一波结婚登记小高峰。", "",
             "上午8点半，区婚姻登记处门前已经排起了长队。"]
    (art,) = parse_page("\n".join(lines) + "\n", mentions=False).articles
    assert (art.kicker, art.title, art.subtitle) == (None, "四年一遇“闰日” 新人扎堆领证", "2月29日，我市各婚姻登记处迎来小高峰"), \
        art.headlines
    assert art.reporters == ["李思雨"] and art.paragraphs[0].startswith("2月29日，四年一遇"), art


def test_a_box_titled_in_brackets_is_a_box_and_its_title_loses_the_brackets():
    lines = ["【滨城天气】", "今天 晴 -9℃～2℃ 西南风3级", "明天 多云 -6℃～4℃ 南风2级", "",
             "【停电预告】", "因电力设施检修，3月2日8:00—16:00，沙岭街道部分区域将临时停电，请相关用户提前做好准备。",
             "国网滨城供电公司", "2月29日"]
    arts = parse_page("\n".join(lines) + "\n", mentions=False).articles
    assert [(a.kind, a.title) for a in arts] == [("weather", "滨城天气"), ("notice", "停电预告")], \
        [(a.kind, a.headlines) for a in arts]


def test_a_photo_credit_naming_two_outlets_names_the_photographer_only():
    from baoxun.assemble.byline import read_photo_credit
    assert read_photo_credit("滨城晚报、滨报全媒体记者 孙明 摄") == ["孙明"]


def test_numbered_entries_of_a_notice_stay_in_the_notice():
    lines = ["关于2025年市级非遗代表性传承人推荐人选的公示",
             "根据有关办法，经各县区推荐、专家评审，现将推荐人选予以公示。",
             "公示期：2025年8月27日至9月2日（5个工作日）",
             "1.李二虎 凤秧歌 原平市", "2.郝玉兰 剪纸 忻府区", "3.张全福 佛乐 五台县",
             "公示期间，如有异议，请以书面形式反映。", "联系电话：0350-3033618", "市文化和旅游局", "2025年8月26日"]
    arts = parse_page("\n".join(lines) + "\n", mentions=False).articles
    assert [a.kind for a in arts] == ["notice"], [(a.kind, a.headlines) for a in arts]
    assert "2.郝玉兰 剪纸 忻府区" in arts[0].paragraphs, arts[0].paragraphs


def test_a_pictures_alt_text_repeating_a_title_is_furniture():
    lines = ["图片：老街夜市人气旺", "老街夜市人气旺",
             "本报讯（记者 刘芸）入夏以来，老街夜市每晚吸引上万名市民和游客前来逛吃。"]
    arts = parse_page("\n".join(lines) + "\n", mentions=False).articles
    assert [(a.kicker, a.title) for a in arts] == [(None, "老街夜市人气旺")], [a.headlines for a in arts]


def test_an_epaper_picture_page_with_anchors_and_a_service_box():
    lines = ["滨城日报　　第004版：图片·资讯　　2024年12月18日", "版面导航 | 标题导航 | 往期回顾", "004版：图片·资讯",
             "　　·　育种基地冬季育种忙", "　　·　机场新开国际航线", "　　·　便民信息", "[放大] [缩小] [默认]", "",
             "◎ 育种基地冬季育种忙", "育种基地冬季育种忙",
             "12月17日，在一处育种基地，科研人员正在观察水稻育种材料的生长情况。", "本报记者 黎思雨 摄", "",
             "◎ 机场新开国际航线", "机场新开国际航线",
             "本报讯（记者 陈思思）12月17日，记者从机场获悉，冬春航季期间，该机场计划新开国际航线8条。", "",
             "便民信息", "政务服务便民热线：12345", "消费者投诉举报：12315", "报警：110　火警：119　急救：120"]
    arts = parse_page("\n".join(lines) + "\n", mentions=False).articles
    assert [(a.kind, a.title) for a in arts] == [("photo", "育种基地冬季育种忙"), ("news", "机场新开国际航线"),
                                                 ("notice", "便民信息")], [(a.kind, a.headlines) for a in arts]
    assert arts[2].paragraphs[-1].startswith("报警：110"), arts[2].paragraphs


def test_a_markdown_stack_titles_its_first_level_heading_and_keeps_the_unmarked_deck_as_kicker():
    lines = ["# 成华区今年已有136部加装电梯投用", "", "加装电梯“加速度”", "", "## 年底前还将新开工80部", "",
             "华西都市报-封面新闻记者 邓雨婷", "",
             "11月8日，记者从区住建部门获悉，今年以来，全区老旧小区加装电梯已投用136部。"]
    (art,) = parse_page("\n".join(lines) + "\n", mentions=False).articles
    assert (art.kicker, art.title, art.subtitle) == ("加装电梯“加速度”", "成华区今年已有136部加装电梯投用",
                                                     "年底前还将新开工80部"), art.headlines


def test_a_weather_box_with_day_labels_on_lines_of_their_own_is_one_box():
    lines = ["滨城天气", "今天", "阴天间多云 13℃~19℃", "北风1~2级", "空气质量:良", "明天", "多云转阴 12℃~18℃",
             "早晚较凉,注意添衣", "", "# 猕猴桃开园采摘", "", "文/图 李思琪", "",
             "11月7日，胥家镇的猕猴桃果园迎来今年第一批采摘游客。"]
    arts = parse_page("\n".join(lines) + "\n", mentions=False).articles
    assert [(a.kind, a.title) for a in arts] == [("weather", "滨城天气"), ("feature", "猕猴桃开园采摘")] \
        or [(a.kind, a.title) for a in arts] == [("weather", "滨城天气"), ("news", "猕猴桃开园采摘")], \
        [(a.kind, a.headlines, a.paragraphs) for a in arts]
    assert arts[0].paragraphs[-1] == "早晚较凉,注意添衣", arts[0].paragraphs


def test_a_flush_title_between_a_box_and_an_indented_opening_is_the_next_pieces():
    lines = ["今日天气", "多云转小雨", "18℃～26℃", "南风2～3级", "雨天路滑，出行注意安全",
             "乡里七夕民俗活动引客来",
             "    本报讯（记者 韦玉琴）8月22日，正值七夕，布依族乡热闹非凡，民俗文化活动在这里举行，吸引了2万余名游客",
             "前来体验。",
             "    活动期间，乡里还设置了农特产品展销区，现场销售刺梨、蜂蜜等产品，销售额达30余万元。",
             "    本报讯（记者 韦玉琴）8月23日，全区新建的口袋公园全部开放，市民可就近休闲健身。"]
    arts = parse_page("\n".join(lines) + "\n", mentions=False).articles
    assert [(a.kind, a.title) for a in arts][:2] == [("weather", "今日天气"), ("news", "乡里七夕民俗活动引客来")], \
        [(a.kind, a.headlines, a.paragraphs[:1]) for a in arts]
    assert arts[0].paragraphs[-1] == "雨天路滑，出行注意安全", arts[0].paragraphs


def test_a_websites_title_bar_navigation_and_share_buttons_are_furniture():
    lines = ["滨城晚报数字报-A05版：城事", "滨城晚报", "2024年06月12日 星期三", "首页 | 往期回顾 | 版面导航 | 标题导航",
             "上一版　　下一版", "A05版：城事", "本版标题导航", "· 老街夜市人气旺", "· 河湖治理见成效", "",
             "老街夜市人气旺", "本报讯（记者 刘芸）入夏以来，老街夜市每晚吸引上万名市民和游客前来逛吃。",
             "分享到：微信 微博 QQ空间", "",
             "河湖治理见成效", "本报讯（记者 高远）今年以来，全市完成河道清淤一百二十公里，水质持续向好。",
             "上一篇 下一篇 返回目录"]
    page = parse_page("\n".join(lines) + "\n", mentions=False)
    assert [a.headlines for a in page.articles] == [["老街夜市人气旺"], ["河湖治理见成效"]], \
        [(a.kind, a.headlines, a.paragraphs) for a in page.articles]
    assert page.paper.name == "滨城晚报" and page.issue.date == "2024-06-12", (page.paper, page.issue)


def test_a_bare_page_number_and_its_name_under_the_masthead_are_the_page_label():
    lines = ["2024年5月24日　星期五", "", "滨城日报", "", "7", "", "湄潭新闻", "", "责任编辑：郑小红　校对：母丽", "",
             "本报讯（通讯员 冉晓雪）5月22日，记者从县茶产业发展中心获悉，今年1至4月，全县茶叶销售额同比增长8.7%。", "",
             "我县春茶产销两旺"]
    page = parse_page("\n".join(lines) + "\n", mentions=False)
    assert [a.headlines for a in page.articles] == [["我县春茶产销两旺"]], [a.headlines for a in page.articles]
    assert page.evidence.get("page_label") == "7 湄潭新闻", page.evidence


def test_two_authors_affiliation_line_closes_the_theory_piece():
    lines = ["以文旅融合赋能古城新发展", "", "□ 王立新 刘晓燕", "",
             "文旅融合走得越来越快，怎样让老祖宗留下的家底变成今天的饭碗，是摆在全市面前的考题。", "",
             "（作者分别系市委政法委副书记、市属大学马克思主义学院讲师）", "",
             "理论动态", "", "市委理论学习中心组举行专题学习", "",
             "本报讯（记者 高远）7月10日，市委理论学习中心组举行专题学习。"]
    arts = parse_page("\n".join(lines) + "\n", mentions=False).articles
    theory = arts[0]
    assert theory.paragraphs[-1].startswith("（作者分别系"), theory.paragraphs
    assert not any(a.title and a.title.startswith("（作者") for a in arts), [a.headlines for a in arts]


def test_a_sections_jump_line_is_no_other_writers_signature():
    # a feature's last section runs on to another page: （转第三版） names no one, so the
    # subhead over that section stays a subhead
    lines = ["一件衬衫的“智造”之旅", "——纺织服装企业走访见闻", "□ 本报记者 钟晓燕", "",
             "深秋时节，走进纺织服装产业园区，一辆辆满载面料的货车进进出出。", "",
             "从“缝纫机”到“机器人”", "",
             "“以前一条生产线要40多个工人，现在只要十几个人。”生产厂长肖国平说。", "",
             "从“卖产品”到“卖设计”", "",
             "在服装设计创意中心，20多名年轻设计师正对着电脑调整版型，每年推出原创款式3000多款。（转第三版）", "",
             "我市开展冬季森林防火专项检查",
             "本报讯 11月4日起，我市组织林业、应急、公安等部门开展冬季森林防火专项检查。（黄晓军）"]
    arts = parse_page("\n".join(lines) + "\n", mentions=False).articles
    assert [a.title for a in arts] == ["一件衬衫的“智造”之旅", "我市开展冬季森林防火专项检查"], \
        [(a.title, a.paragraphs) for a in arts]
    assert "从“卖产品”到“卖设计”" in arts[0].paragraphs, arts[0].paragraphs


def test_a_fire_danger_reading_stays_in_the_weather_box():
    lines = ["滨城天气", "今天 晴 14℃～25℃ 北风1～2级", "明天 晴转多云 15℃～26℃", "森林火险等级：四级，高度危险", "",
             "全市重大项目集中开工", "", "本版责编：邱丽华　校对：钟敏"]
    arts = parse_page("\n".join(lines) + "\n", mentions=False).articles
    assert arts[0].kind == "weather" and arts[0].paragraphs[-1] == "森林火险等级：四级，高度危险", \
        [(a.kind, a.headlines, a.paragraphs) for a in arts]


@pytest.mark.parametrize("label", ["访谈录", "学习笔记", "身边的感动", "理论园地"])
def test_a_column_label_over_a_title_is_the_section(label):
    lines = ["冰雪旅游迎来新雪季", "本报讯（记者 高远）入冬以来，全市各滑雪场陆续开板迎客，首周接待游客三万人次。（转第8版）", "",
             label, "“冷资源”何以变成“热经济”", "□ 王悦", "",
             "冬季旅游曾是北方城市的短板。近年来，冰雪运动带火了滑雪场，也带动了民宿和餐饮。", "",
             "把冷资源变成热经济，关键在于延长产业链条。"]
    art = parse_page("\n".join(lines) + "\n", mentions=False).articles[-1]
    assert (art.section, art.kicker, art.title) == (label, None, "“冷资源”何以变成“热经济”"), (art.section, art.headlines)


def test_a_line_of_nothing_but_site_buttons_is_furniture():
    lines = ["[上一版] [下一版] [PDF版]", "暑期客流持续走高", "夜游古楼“火”出圈",
             "本报讯（记者 黄思琪）入夏以来，古楼夜游持续火爆，每晚接待游客上万人次。"]
    (art,) = parse_page("\n".join(lines) + "\n", mentions=False).articles
    assert art.headlines == ["暑期客流持续走高", "夜游古楼“火”出圈"], art.headlines


def test_a_deck_ending_on_the_period_its_figures_cover_runs_on_into_the_next():
    lines = ["口岸前11个月", "进出口货运量同比增长9.3%", "",
             "本报讯（记者 于洋）记者从口岸管理部门获悉，今年前11个月，口岸进出口货运量同比增长9.3%。"]
    (art,) = parse_page("\n".join(lines) + "\n", mentions=False).articles
    assert (art.kicker, art.title) == (None, "口岸前11个月进出口货运量同比增长9.3%"), art.headlines


def test_a_unit_name_under_a_markdown_title_is_its_kicker():
    lines = ["# “社区食堂”开到居民家门口", "城关区雁滩街道", "",
             "　　4月16日中午，街道的一家社区食堂里已坐满了前来就餐的老人，60岁以上老人只需花12元。"]
    (art,) = parse_page("\n".join(lines) + "\n", mentions=False).articles
    assert (art.kicker, art.title, art.subtitle) == ("城关区雁滩街道", "“社区食堂”开到居民家门口", None), art.headlines


def test_a_column_label_between_a_title_printed_after_its_body_and_a_bylined_title_heads_the_piece_below():
    lines = ["本报讯（记者 高远）今年以来，区里新建改造农村公路86公里，沿线村民出行更加便捷。",
             "区交通部门表示，将继续推进农村公路提档升级。（高远）",
             "区里今年新建改造农村公路86公里", "",
             "晨报观点", "海边戏水，安全这根弦不能松", "□ 周明",
             "盛夏时节，到海边戏水成了不少人的首选。然而，每年夏季，因野泳引发的溺水事故时有发生。",
             "本报讯（记者 孙倩）8月8日，全市中小学招生报名工作启动，家长可通过网上平台报名。（孙倩）",
             "全市中小学招生报名启动"]
    arts = parse_page("\n".join(lines) + "\n", mentions=False).articles
    roads = next(a for a in arts if a.paragraphs and a.paragraphs[0].startswith("今年以来"))
    comment = next(a for a in arts if a.authors == ["周明"])
    assert roads.headlines == ["区里今年新建改造农村公路86公里"], roads.headlines
    assert comment.section == "晨报观点" and comment.title == "海边戏水，安全这根弦不能松", (comment.section, comment.headlines)


def test_a_title_printed_twice_over_a_once_printed_deck_and_a_dash_subtitle_is_the_title():
    lines = ["我市夏粮机收进度过半", "", "抢抓晴好天气 确保颗粒归仓", "# 我市夏粮机收进度过半",
             "——已收获小麦216万亩，占播种面积近六成", "",
             "本报讯（记者 韩松）6月13日，记者从市农业农村局获悉，全市麦收工作进入高峰期。"]
    (art,) = parse_page("\n".join(lines) + "\n", mentions=False).articles
    assert (art.kicker, art.title) == ("抢抓晴好天气 确保颗粒归仓", "我市夏粮机收进度过半"), art.headlines


def test_a_column_label_inside_a_run_splits_it_between_the_piece_above_and_the_column():
    lines = ["新华社兰州3月20日电（记者 张华）记者20日从省农业农村厅了解到，今年全省计划春播粮食作物3000万亩以上。",
             "甘肃春播粮食作物面积", "稳定在3000万亩以上", "县区快讯", "甘谷县辣椒种苗培育忙",
             "本报讯 眼下，甘谷县各辣椒育苗基地一派繁忙，育苗大棚里的辣椒苗长势喜人。（李明）",
             "武山县蔬菜销售旺",
             "本报讯 今年以来，武山县蔬菜产销两旺，日均外销蔬菜两千吨。（刘芳）"]
    arts = parse_page("\n".join(lines) + "\n", mentions=False).articles
    grain = next(a for a in arts if a.dispatch and a.dispatch.startswith("新华社"))
    chili = next(a for a in arts if a.paragraphs and "辣椒苗" in a.paragraphs[0])
    assert "".join(grain.headlines).replace(" ", "") == "甘肃春播粮食作物面积稳定在3000万亩以上", grain.headlines
    assert (chili.section, chili.title) == ("县区快讯", "甘谷县辣椒种苗培育忙"), (chili.section, chili.headlines)


def test_lines_far_wider_than_a_narrow_pages_columns_and_of_unequal_widths_are_a_paragraph_each():
    narrow = ["本报讯（记者 孟凡）近日，县里", "组织农技人员深入田间地头，指", "导农户做好秋收秋种各项准备工",
              "作。县农业农村局负责人介绍，", "今年全县计划秋播小麦面积十二", "万亩，比去年增加五千亩。",
              "连日来，各乡镇抢抓晴好天气，", "组织农机手开展玉米机收作业，", "田间处处是繁忙景象。在城关",
              "镇的一块玉米地里，三台收割机", "来回穿梭，秸秆随收随还田。种", "粮大户郭大成告诉记者，今年他",
              "种了八百亩玉米，亩产比上年高", "出一百多斤，心里踏实多了。"]
    wide = ["入秋以来，山区早晚温差加大，不少游客仍选择自驾进山赏景，道路安全不容忽视。",
            "安全出行，首先要检查车况。轮胎、刹车和灯光，出发前都要逐一看过，宁可多花十分钟，也不要带着隐患上路。",
            "安全出行，还要放慢车速。山路弯多坡陡，遇到雾天更要减速慢行，开灯鸣笛，切莫抢道超车，一路平安才是沿途最好的风景。"]
    brief = ["本报讯 连日来，县供电公司组", "织党员服务队走进各村，为群众", "检修线路、排查隐患，累计检修",
             "线路四十多公里，更换老化电表", "三百余块，确保秋收用电安全。", "（通讯员 田苗）",
             "本报讯 近日，县图书馆在城关", "镇新建一处城市书房，藏书五千", "余册，全天向市民免费开放，",
             "群众在家门口就能借书读书。", "（通讯员 魏然）"]
    page = "\n".join(narrow + ["", "县报观点", "山路自驾，安全别松劲", "□ 罗青"] + wide + [""] + brief) + "\n"
    arts = parse_page(page, mentions=False).articles
    essay = next(a for a in arts if a.paragraphs and a.paragraphs[0].startswith("入秋以来"))
    assert essay.paragraphs == wide, essay.paragraphs
    # ... whichever of two neighbours is the longer: ragged lines are no column's cut
    page = "\n".join(narrow + ["", "县报观点", "山路自驾，安全别松劲", "□ 罗青"] + wide[::-1] + [""] + brief) + "\n"
    arts = parse_page(page, mentions=False).articles
    essay = next(a for a in arts if a.paragraphs and a.paragraphs[0].startswith("安全出行，还要"))
    assert essay.paragraphs == wide[::-1], essay.paragraphs


def test_a_line_that_says_it_shows_a_picture_between_paragraphs_is_a_caption_even_without_a_credit():
    paras = ["记者从市园林局获悉，城西湿地公园改造工程日前完工，新建栈道两公里，补种乡土树木三千余株，将于本周末向市民开放。",
             "改造后的公园设置了观鸟平台和科普长廊，还在入口处增设了无障碍通道和母婴室，方便老人和带孩子的家庭游园。",
             "公园管理处负责人介绍，开放初期每天早六时至晚九时开园，节假日将视客流延长开放时间。"]
    caption = "图为市民在新建的栈道上散步。"
    page = "\n".join(["城西湿地公园周末开园", "本报讯 " + paras[0], paras[1], caption, paras[2]]) + "\n"
    art = next(a for a in parse_page(page, mentions=False).articles if a.paragraphs)
    assert art.paragraphs == paras, art.paragraphs
    assert [c.text for c in art.captions] == [caption], art.captions


# On a wide page, a short sentence set apart by blank lines inside a sentence the column
# broke is a picture's caption, its credit printed elsewhere: a dated one, or one whose
# sentence goes on with a conjunction.
SET_APART_CAPTIONS = [
    ("春茶开采 茶农增收", "本报讯 4月8日，全县春茶开采仪式在云雾山茶叶产业园举行，首批明前茶当天发往省城各大茶叶市场。",
     "走进镇上的茶叶产业园，一垄垄茶树沿着山坡铺开，采茶工人手指翻飞，处处繁忙。种茶大户许长根告诉记者，他家的三百亩茶园今年预计",
     "4月8日，茶农在茶园里采摘春茶。", "产干茶两万斤，按眼下的收购价，收入能比去年多出两成。",
     "据县农业农村局介绍，全县今年茶园面积达十二万亩，预计春茶产值超过八亿元。"),
    ("侨房托管让老屋重焕生机", "本报讯 近日，记者走进侨乡古镇，看到一座座修缮一新的老屋迎来了新主人，古镇重新热闹起来。",
     "塘口镇探索侨房托管模式，由镇村两级与海外业主签订协议，统一引入运营主体，对侨房进行修缮", "碉楼群与稻田相映成趣。",
     "和活化利用。截至目前，全镇已托管侨房一百多间，其中六十多间改造成民宿、书屋和咖啡馆。",
     "镇里还计划把碉楼群、古村落和稻田串成一条精品线路，让游客从看一眼变成住几晚。"),
]


@pytest.mark.parametrize("title, lede, before, caption, after, tail", SET_APART_CAPTIONS)
def test_a_short_sentence_set_apart_inside_a_broken_sentence_on_a_wide_page_is_a_caption(title, lede, before, caption, after, tail):
    page = "\n\n".join([title, lede, before, caption, after, tail]) + "\n"
    art = next(a for a in parse_page(page, mentions=False).articles if a.paragraphs)
    assert before + after in art.paragraphs, art.paragraphs
    assert [c.text for c in art.captions] == [caption], art.captions


def test_a_name_under_a_jump_line_opens_the_text_below_it_instead_of_signing_the_jumped_piece():
    page = "\n".join([
        "春耕备耕正当时", "本报讯（记者 周航）连日来，全市各地抢抓农时，组织农机具检修和农资调运，确保春耕生产顺利开展。",
        "在南郊的农机合作社里，十多台拖拉机正在检修保养，合作社负责人说，今年订单较上年多了三成，（下转第3版）",
        "本报评论员",
        "春耕一刻值千金。抓好春季农业生产，既要算好眼前账，也要算好长远账。",
        "各地要把服务送到田间地头，帮助农户解决农资、农机和技术上的难题，为全年粮食丰收打好基础。",
        "不误农时抓春耕"]) + "\n"
    arts = parse_page(page, mentions=False).articles
    spring = next(a for a in arts if a.paragraphs and a.paragraphs[0].startswith("连日来"))
    essay = next(a for a in arts if a.paragraphs and a.paragraphs[0].startswith("春耕一刻值千金"))
    assert spring is not essay and "本报评论员" not in (spring.authors or []), (spring.authors, spring.paragraphs)
    assert essay.authors == ["本报评论员"], essay.authors


def test_an_epaper_list_of_the_pages_news_and_its_previous_article_link_are_no_pieces():
    titles = ["古镇夜市人气旺", "城南新建两座口袋公园"]
    page = "\n".join(["某某日报数字报", "本版新闻", *titles, "",
                      titles[0], "本报讯 入夏以来，古镇夜市每晚吸引上万名市民游客前来逛吃，周末客流更是翻倍。", "",
                      titles[1], "本报讯 城南街道利用闲置边角地新建两座口袋公园，配齐健身器材和休憩座椅，日前已向市民开放。", "",
                      "上一篇：" + titles[0]]) + "\n"
    arts = parse_page(page, mentions=False).articles
    assert [a.title for a in arts] == titles, [(a.kind, a.title) for a in arts]


def test_briefs_closing_on_their_writers_names_in_brackets_keep_their_own_titles():
    briefs = [("■城区新增公共充电桩两百个", "入冬以来，城区在商圈和小区周边新增公共充电桩两百个，新能源车主充电排队时间明显缩短。（记者 韦东）"),
              ("■县图书馆延长开放时间", "即日起，县图书馆每天开放至晚九时，方便上班族和学生下班放学后借阅图书。（记者 邓琳）"),
              ("■乡村医生集中培训结业", "近日，全县一百二十名乡村医生完成为期一周的集中培训，重点学习慢病管理和急救技能。（通讯员 黄晓）")]
    lines = ["工业园区前十月产值增长一成", "本报讯（记者 甘露）今年前十个月，工业园区规模以上企业实现产值三百亿元，同比增长百分之十，新签约项目二十个。", "要闻简报"]
    for title, text in briefs:
        lines += [title, text]
    arts = parse_page("\n".join(lines) + "\n", mentions=False).articles
    got = [(a.title, a.paragraphs) for a in arts if a.section == "要闻简报"]
    want = [(t.lstrip("■"), [p[:p.index("（")]]) for t, p in briefs]
    assert got == want, [(a.section, a.title, a.paragraphs) for a in arts]


def test_a_theory_page_keeps_its_signed_article_its_signed_comment_and_its_questions_apart():
    essay = ["基层是社会治理的神经末梢。把矛盾纠纷化解在基层，是提升治理效能的关键所在。",
             "一要建强阵地。整合综治、信访、调解、法律援助等各方力量，让群众反映问题只进一扇门、最多跑一地。",
             "二要用好数据。打通部门之间的信息壁垒，建好共享平台，让数据多跑路、群众少跑腿，办事更省心。"]
    comment = ["近日，某街道在老旧小区推行楼栋议事会，居民围坐一起商量加装电梯的事。",
               "治理的功夫在细处。把议事的权利交给居民，把服务送到楼道里，小事才能不出楼栋，大事才能不出社区。"]
    qa = ["问：什么是“一站式”矛盾纠纷调处中心？", "答：就是把多个部门的调解力量集中到一个地方，实行一窗受理、分类流转、限时办结，群众只跑一次。"]
    page = "\n".join(["以数字赋能基层治理", "□ 叶青", "以数字赋能基层治理", *essay, "（作者系市委党校公共管理教研室讲师）",
                      "城事短评", "楼栋里的议事会", *comment, "方兰", "",
                      "学习问答", "调处中心为何能让群众少跑腿", *qa]) + "\n"
    arts = parse_page(page, mentions=False).articles
    got = {a.title: (a.section, a.authors, a.paragraphs) for a in arts}
    assert got["以数字赋能基层治理"][1:] == (["叶青"], essay + ["（作者系市委党校公共管理教研室讲师）"]), got
    assert got["楼栋里的议事会"] == ("城事短评", ["方兰"], comment), got
    assert got["调处中心为何能让群众少跑腿"] == ("学习问答", [], qa), got


def test_an_interview_turn_and_a_quoted_word_the_column_cut_run_on_into_the_next_line():
    turns = ["记者：今年全区把背街小巷改造作为重点，主要考虑是什么？",
             "罗建华：背街小巷连着千家万户，群众对改善出行条件的愿望很迫切，我们坚持一巷一策。",
             "记者：接下来还有哪些打算？",
             "罗建华：今年计划改造小巷四十条，惠及居民八千户，同时把“口袋公园”建到家门口。"]
    news = ["本报讯 连日来，城南区组织环卫工人对辖区主次干道开展集中清扫保洁，清运垃圾两百多吨。",
            "区城管局负责人介绍，今年将新建改建公厕二十座，实现城区步行十分钟可达。",
            "据了解，城南区还将对二十条道路的人行道进行改造，方便市民出行。",
            "家住幸福巷的居民说：“现在巷子里干净了，走着也舒心，到“家门口”就能歇脚。”"]
    lines = ["城南区环境整治见成效"]
    for para in news:     # an indented column of twelve characters
        text = "　　" + para
        lines += [text[:12]] + [text[i:i + 12] for i in range(12, len(text), 12)]
    lines += ["把小巷改到群众心坎上", "——访城南区区长罗建华", "□ 本报记者 余平"]
    for turn in turns:    # an interview set flush at the same width
        lines += [turn[i:i + 12] for i in range(0, len(turn), 12)]
    arts = parse_page("\n".join(lines) + "\n", mentions=False).articles
    art = next(a for a in arts if a.paragraphs and a.paragraphs[0].startswith("记者："))
    assert art.paragraphs == turns, art.paragraphs


def test_a_publisher_line_carrying_the_page_count_is_masthead_furniture():
    page = "\n".join(["某某日报", "2024年6月12日　星期三", "某某日报社出版　今日8版", "全市夏粮收购进度过半",
                      "本报讯（记者 钟敏）记者从市粮食和物资储备局获悉，截至6月11日，全市已收购小麦十二万吨，收购进度过半。"]) + "\n"
    art = next(a for a in parse_page(page, mentions=False).articles if a.paragraphs)
    assert art.headlines == ["全市夏粮收购进度过半"], art.headlines


# A run between a headless piece and a picture below it: the lines that speak of the piece
# are its title printed after its body, the rest (if any) the picture's.
RUNS_OVER_PICTURES = [
    (["新华社北京6月11日电（记者 王立）记者从农业农村部获悉，截至6月10日，全国夏播粮食进度过半，各地抢抓农时。",
      "农业农村部有关负责同志说，将加强农机调度和技术指导，确保夏播粮食进度过半后快速推进。",
      "夏播粮食进度过半", "古镇灯会", "6月11日，游客在古镇观看传统灯会表演。", "本报记者 许明 摄"],
     ["夏播粮食进度过半"], ["古镇灯会"]),
    (["本报讯 记者张雅琴 9月20日，周市镇“家门口”就业服务站在镇为民服务中心启用，提供岗位推荐和技能培训等服务。",
      "据介绍，今年以来，周市镇已组织线下招聘会12场，帮助1800余人实现就业。",
      "周市镇“家门口”", "就业服务站启用", "9月21日，游客在非遗传承人指导下体验金砖制作技艺。", "通讯员 朱晨 摄"],
     ["周市镇“家门口”就业服务站启用"], []),    # a title wrapped over two lines stays whole
]


@pytest.mark.parametrize("lines, piece_heads, picture_heads", RUNS_OVER_PICTURES)
def test_a_run_between_a_headless_piece_and_a_picture_gives_the_piece_the_lines_that_speak_of_it(lines, piece_heads, picture_heads):
    arts = parse_page("\n".join(lines) + "\n", mentions=False).articles
    piece = next(a for a in arts if a.dispatch)
    pic = next(a for a in arts if a.kind == "photo")
    assert (["".join(piece.headlines)], pic.headlines) == (piece_heads, picture_heads), [(a.kind, a.headlines) for a in arts]


def test_a_brief_closed_by_a_padded_two_character_name_on_its_own_line_is_over():
    briefs = ["6月11日，市政协召开专题协商会，围绕河湖生态保护修复建言献策。",
              "6月10日，市总工会启动夏送清凉活动，为户外劳动者送去防暑降温用品。"]
    page = "\n".join(["要闻简报", briefs[0], "（张　雯）", briefs[1] + "（陆　鸣）"]) + "\n"
    arts = [a for a in parse_page(page, mentions=False).articles if a.paragraphs]
    assert [a.paragraphs for a in arts] == [[b] for b in briefs], [a.paragraphs for a in arts]


def test_a_run_between_two_headless_pieces_divides_where_its_words_turn_from_one_to_the_other():
    page = "\n".join([
        "本报讯（记者 周凯）6月11日，市政府与省水电设计院签约携手，双方将在抽水蓄能、河道治理等领域开展合作。",
        "市长杜晓军与设计院院长孟庆丰座谈并见证签约。",
        "市政府与省水电设计院签约携手", "杜晓军见证签约",
        "夏茶采制正当时", "西乡县：",
        "本报讯（通讯员 王燕）连日来，西乡县各茶叶产区进入夏茶采制高峰期，茶厂满负荷运转。"]) + "\n"
    arts = parse_page(page, mentions=False).articles
    pact = next(a for a in arts if a.paragraphs and "设计院" in a.paragraphs[0])
    tea = next(a for a in arts if a.paragraphs and "夏茶" in a.paragraphs[0])
    assert pact.headlines == ["市政府与省水电设计院签约携手", "杜晓军见证签约"], pact.headlines
    assert tea.title == "夏茶采制正当时", tea.headlines


def test_a_unit_kicker_after_a_title_closes_its_stack_and_the_bylined_piece_keeps_its_wrapped_title():
    def wrap(text, width=13):
        return [text[i:i + width] for i in range(0, len(text), width)]
    water = ["本报讯（记者 马丽）4月16日，随着河西总干渠进水闸缓缓开启，黄河水奔涌而下，全市春灌工作全面展开。",
             "今年全市计划春灌面积十万亩，市水务局提前完成干支渠清淤四十多公里，并组建巡渠队伍实行全天值守。"]
    sheep = ["清晨六点，花马池镇的一处养殖园区里已是一片忙碌，养殖户王占林推着小车挨个圈舍添料。",
             "王占林放了大半辈子羊，二十年前他第一个在村里盖起了标准化羊棚，开始尝试舍饲圈养。"]
    lines = []
    for p in water:
        lines += wrap("　　" + p)
    lines += ["黄河水“解渴”", "十万亩良田", "青铜峡市：", "王占林：一只滩羊", "“牧”出小康路",
              "——记花马池镇滩羊养殖户王占林", "□ 本报记者 杨军"]
    for p in sheep:
        lines += wrap("　　" + p)
    lines += ["本报讯 4月17日，县里举办的技能培训班开班，八十名学员参加为期十天的培训。", "技能培训班开班"]
    arts = parse_page("\n".join(lines) + "\n", mentions=False).articles
    irrigation = next(a for a in arts if a.paragraphs and "春灌" in a.paragraphs[0])
    herder = next(a for a in arts if a.paragraphs and a.paragraphs[0].startswith("清晨六点"))
    assert irrigation.kicker == "青铜峡市：" and irrigation.title.replace(" ", "") == "黄河水“解渴”十万亩良田", irrigation.headlines
    assert herder.title.replace(" ", "") == "王占林：一只滩羊“牧”出小康路", herder.headlines


@pytest.mark.parametrize("header", ["02　综合新闻　　开封日报　　2024年3月27日　星期三　　责任编辑　吴彦　校对　郭丽",
                                    "荆州晚报　2025年7月10日　星期四　A04　城市新闻　编辑 刘晓雯　美编 唐宇　校对 罗敏",
                                    "钱江晚报 2025年6月12日/星期四 社区 本版编辑/沈佳 视觉设计/邵凯"])
def test_a_running_header_naming_its_editors_without_colons_is_no_piece(header):
    page = "\n".join([header, "社区食堂开到家门口", "老人吃饭不再犯愁", "□ 本报记者 方圆",
                      "　　近日，城东街道首家社区食堂开业，老年", "人凭卡就餐可享八折优惠，每天供应早中晚三", "餐。"]) + "\n"
    record = parse_page(page, mentions=False)
    assert [a.headlines for a in record.articles] == [["社区食堂开到家门口", "老人吃饭不再犯愁"]], \
        [(a.kind, a.headlines) for a in record.articles]


def test_a_notices_numbered_list_of_bodies_and_a_title_printed_again_under_its_comment_are_no_headlines():
    comment = ["前三季度全州经济成绩单出炉，主要指标增速好于预期，来之不易。",
               "四季度是收官阶段，各部门要奋力冲刺全年目标。"]
    notice = "经企业申报、专家评审，拟认定以下3家企业为州级专精特新中小企业，现予以公示："
    firms = ["1.格尔木鑫源盐化有限公司", "2.德令哈市祁连光伏科技公司", "3.乌兰县金泉新材料有限公司"]
    page = "\n".join(["某某日报 要闻 第1版", "", "以实干担当稳住增长势头", "", "本报评论员", "", *comment, "",
                      "以实干担当稳住增长势头", "", "10月24日，在察尔汗盐湖，工人驾驶采收船进行采收作业。", "本报记者 韩鹏 摄", "",
                      "关于州级专精特新中小企业拟认定名单的公示", "", notice, *firms, "",
                      "公示期为2023年10月26日至11月1日。", "州工信局", "2023年10月25日"]) + "\n"
    arts = parse_page(page, mentions=False).articles
    assert [(a.kind, a.title) for a in arts] == [("feature", "以实干担当稳住增长势头"), ("photo", None),
                                                 ("notice", "关于州级专精特新中小企业拟认定名单的公示")], \
        [(a.kind, a.title) for a in arts]
    assert all(f in arts[-1].paragraphs for f in firms), arts[-1].paragraphs


def test_a_credited_caption_dropped_between_two_full_lines_of_a_narrow_sentence_is_lifted_out():
    def wrap(text, width=14):
        return [text[i:i + width] for i in range(0, len(text), width)]
    first = "　　本报讯（记者 陈琪）近日，滨海岸线拆围透绿工程完工，约一公里海岸线重新向市民开放。"
    before = "　　记者在现场看到，沿线的旧围墙已全部拆除，取而代之的是通透的栏杆和连片的草坪，慢行"
    after = "步道沿着海岸一直延伸到新津河口。不少市民带着孩子在草坪上放风筝，也有骑行爱好者结伴而行。"
    lines = ["拆围透绿还岸于民"] + wrap(first)
    body = wrap(before)
    assert len(body[-1]) == 14
    lines += body + ["市民在滨海步道上休闲。", "区委宣传部供图"] + wrap(after)
    lines += wrap("　　据介绍，该工程是今年实施的十件民生实事之一，总投资约两千万元，新增绿地两万多平方米。")
    art = next(a for a in parse_page("\n".join(lines) + "\n", mentions=False).articles if a.paragraphs)
    assert (before + after).strip("　") in art.paragraphs, art.paragraphs
    assert [(c.text, c.credit) for c in art.captions] == [("市民在滨海步道上休闲。", "区委宣传部供图")], art.captions


def test_a_wrapped_notice_title_a_month_dated_signature_and_a_fire_danger_line_stay_in_their_boxes():
    notice = ["根据有关规定，现将城东片区B-07地块规划条件予以公示，广泛征求社会各界意见。",
              "公示时间：2024年12月4日至2024年12月13日。", "联系电话：0753-2233568", "市自然资源局", "2024年12月"]
    weather = ["今日：多云转晴", "气温：9℃～21℃", "明日：晴", "气温：8℃～22℃", "森林火险气象等级：四级 高度危险"]
    page = "\n".join(["关于城东片区B-07地块", "规划条件的批前公示", *notice, "", "某地天气", *weather]) + "\n"
    arts = parse_page(page, mentions=False).articles
    assert [(a.kind, a.title) for a in arts] == [("notice", "关于城东片区B-07地块规划条件的批前公示"), ("weather", "某地天气")], \
        [(a.kind, a.title) for a in arts]
    assert arts[0].paragraphs[-1] == "2024年12月" and arts[1].paragraphs[-1] == weather[-1], (arts[0].paragraphs, arts[1].paragraphs)


def test_a_subhead_shaped_like_the_features_others_over_its_picture_keeps_the_section_in_the_feature():
    page = "\n\n".join([
        "侨乡古村焕新颜", "□本报记者 关颖",
        "初秋的午后，古村的稻田泛起金黄，一座座碉楼倒映在池塘里，游客三三两两在村道上拍照。",
        "老屋“活”起来", "全镇旅居海外的乡亲超过五万人，留下了大量闲置的侨房，如何用好这些老屋成了难题。",
        "乡贤“请”回来", "镇里每年都给海外乡亲寄去家乡的新变化，不少老人回乡探亲时主动出资修缮村里的小学。",
        "游客“留”下来", "游客在祠堂参观侨批展。镇委宣传部供图",
        "走进祠堂，修缮一新的展厅里正在举办侨批展，参观者用手机扫一扫展品旁的二维码，就能收听侨批背后的故事。",
        "今年以来，全镇共接待游客一百八十多万人次，实现旅游综合收入四亿多元，同比分别增长两成和一成半。",
        "征集启事", "为丰富馆藏，博物馆现面向社会征集侨批、老照片等实物资料。", "某某博物馆", "2024年9月19日"]) + "\n"
    arts = parse_page(page, mentions=False).articles
    assert [a.title for a in arts] == ["侨乡古村焕新颜", "征集启事"], [(a.kind, a.title) for a in arts]
    feature = arts[0]
    assert "游客“留”下来" in feature.paragraphs and feature.paragraphs[-1].startswith("今年以来"), feature.paragraphs
    assert [c.text for c in feature.captions] == ["游客在祠堂参观侨批展。"], feature.captions


def test_a_numbered_subhead_over_a_pictures_caption_and_a_notice_title_on_cadres_stay_apart():
    lines = ["三、蟹文旅激活“好经济”", "巴城老街上的蟹文化展示馆吸引游客驻足。", "陆文博　摄"]
    page = "\n".join(["一只蟹链起富民路", "□ 本报记者 沈玉婷",
                      "九月清晨，阳澄湖面薄雾未散，蟹农已经划着小船在自家塘口收起了地笼，一只只大闸蟹挥舞着钳子。",
                      *lines,
                      "秋风起，蟹脚痒。每到这个时节，老街上的蟹文化展示馆和湖滨的蟹文化广场总是人头攒动。",
                      "市管领导干部", "任职前公示", "现将拟任职人选情况公示如下：李静，女，1985年3月生，现任市商务局副局长，拟任市投资促进中心主任。",
                      "中共某市委组织部", "2023年9月21日"]) + "\n"
    arts = parse_page(page, mentions=False).articles
    assert [a.title for a in arts] == ["一只蟹链起富民路", "市管领导干部任职前公示"], [(a.kind, a.title) for a in arts]
    assert [(c.text, c.credit) for c in arts[0].captions] == [(lines[1], "陆文博")], arts[0].captions


def test_a_weather_boxs_issuer_over_a_notice_title_and_the_papers_hotline_footer_stay_out_of_the_notice():
    page = "\n".join(["今日天气", "多云转晴", "气温：3℃～14℃", "空气质量：良", "某市气象台10月15日17时发布",
                      "停水通知", "因供水管网改造施工，定于10月18日9:00至20:00对以下区域暂停供水，请用户提前做好储水准备。",
                      "服务热线：0971-8230116", "某市供水集团", "2024年10月15日",
                      "新闻热线：0971-8238000　投稿邮箱：news@example.com"]) + "\n"
    arts = parse_page(page, mentions=False).articles
    assert [(a.kind, a.title) for a in arts] == [("weather", "今日天气"), ("notice", "停水通知")], [(a.kind, a.title) for a in arts]
    assert arts[0].paragraphs[-1] == "某市气象台10月15日17时发布" and arts[1].paragraphs[-1] == "2024年10月15日", \
        (arts[0].paragraphs, arts[1].paragraphs)


def test_labelled_entries_a_bulleted_brief_title_and_a_quoted_subhead_each_stand_on_their_own():
    notice = ["即日起，社区老年学校面向辖区六十岁以上居民招募学员，课程免费。", "报名时间：即日起至11月12日",
              "报名地点：各社区党群活动中心", "咨询电话：022-26273516"]
    page = "\n".join(["银龄课堂招募启事", *notice, "某某街道办事处", "2024年11月5日"]) + "\n"
    arts = parse_page(page, mentions=False).articles
    assert arts[0].paragraphs[1:3] == notice[1:3], arts[0].paragraphs
    brief = "即日起至明年一月，市图书馆每周六下午推出冬日书香公益讲座，市民可通过公众号预约。"
    page = "\n".join(["津城简讯", "■市图书馆推出冬季公益讲座", brief[:16], brief[16:32], brief[32:]]) + "\n"
    arts = parse_page(page, mentions=False).articles
    assert [(a.title, a.paragraphs) for a in arts] == [("市图书馆推出冬季公益讲座", [brief])], [(a.title, a.paragraphs) for a in arts]
    story = ["腊月二十六，杭州东站迎来春运客流高峰，候车大厅里满是拖着行李箱、拎着年货的旅客。",
             "上午10点，开往合肥的高铁即将发车。站台上，年轻人给远在家乡的父母发去一条语音：“我上车了。”"]
    page = "\n".join(["一张车票 一份牵挂", "□ 本报记者 王悦", story[0], "“等我回家，一起吃年夜饭”", story[1]]) + "\n"
    arts = parse_page(page, mentions=False).articles
    assert arts[0].paragraphs == [story[0], "“等我回家，一起吃年夜饭”", story[1]], arts[0].paragraphs


def test_a_paper_and_section_label_and_a_weather_boxs_bracketed_source_are_no_headlines():
    page = "\n".join(["某城晚报·都市新闻", "", "# 南山雪场迎来首批追雪人", "",
                      "初冬的南山银装素裹，不少市民一大早就驱车赶到雪场，体验今冬的第一场滑雪。", "",
                      "某城天气", "今天：小雪转阴，-12℃～-6℃", "明天：多云，-14℃～-7℃", "（市气象台提供）", "",
                      "便民服务台", "供热服务热线：0991-12345（24小时）", "燃气抢修电话：0991-5856000"]) + "\n"
    arts = parse_page(page, mentions=False).articles
    assert [(a.kicker, a.title) for a in arts] == [(None, "南山雪场迎来首批追雪人"), (None, "某城天气"), (None, "便民服务台")], \
        [(a.kind, a.kicker, a.title) for a in arts]
    assert arts[1].paragraphs[-1] == "（市气象台提供）", arts[1].paragraphs


def test_a_run_over_a_commentators_byline_that_went_up_leaves_the_commentary_its_title():
    page = "\n".join(["区委常委会召开会议",
                      "本报讯 5月28日，区委书记主持召开区委常委会会议，研究部署防汛减灾等工作。",
                      "本报讯 5月27日，区长带队调研重点项目建设和企业生产情况，要求推动项目早建成早投产早达效。",
                      "推动项目早建成早投产早达效", "把防汛责任扛在肩上", "本报评论员",
                      "汛期已至，防汛无小事。区委常委会会议对防汛减灾工作作出部署，释放出守住安全底线的鲜明信号。"]) + "\n"
    arts = parse_page(page, mentions=False).articles
    essay = next(a for a in arts if a.authors == ["本报评论员"])
    assert essay.title == "把防汛责任扛在肩上", [(a.title, a.headlines) for a in arts]


def test_who_spoke_and_where_printed_after_what_he_said_is_the_kicker():
    page = "\n".join(["推动项目早建成早投产早达效", "杨春明在调研重点项目建设时强调",
                      "本报讯 5月27日，区长杨春明带队调研重点项目建设和企业生产情况，要求推动项目早建成早投产早达效。"]) + "\n"
    art = parse_page(page, mentions=False).articles[0]
    assert (art.kicker, art.title) == ("杨春明在调研重点项目建设时强调", "推动项目早建成早投产早达效"), art.headlines


def test_an_uncredited_scene_caption_inside_a_sentence_broken_at_a_comma_is_lifted_out():
    # wide page, one line a paragraph: the sentence breaks at a comma, a one-sentence
    # picture description (who, where, doing what) stands between its halves
    page = "\n".join([
        "茶园里的丰收季", "",
        "本报讯 5月6日，记者走进龙井村茶园，只见茶农们背着竹篓穿行在茶垄间，手指翻飞，",
        "茶农在茶园里采摘春茶。",
        "嫩绿的芽叶很快装满了竹篓。",
        "今年全村茶叶种植面积达到3200亩，预计茶农人均增收4000元。"]) + "\n"
    art = parse_page(page, mentions=False).articles[0]
    assert [c.text for c in art.captions] == ["茶农在茶园里采摘春茶。"], art.captions
    assert art.paragraphs[0].endswith("手指翻飞，嫩绿的芽叶很快装满了竹篓。"), art.paragraphs
    # ... but a sentence that can say what will be or has been (村民在合作社里就能挣钱。) is prose,
    # and a line opening an indented paragraph below it resumes nothing
    page2 = page.replace("茶农在茶园里采摘春茶。", "村民在合作社里就能挣钱。")
    art2 = parse_page(page2, mentions=False).articles[0]
    assert not art2.captions and "村民在合作社里就能挣钱。" in _body(art2)


def test_a_caption_is_not_lifted_with_a_line_a_dictionary_word_runs_into():
    # …大力推 / 广绿色…和智 / a credited caption / 能化…: the short line is the paragraph's rest
    page = "\n".join([
        "稻香满田畴", "",
        "本报讯 10月9日，全市水稻进入收获期，农机手们抢抓晴好天气加快收割进度。", "",
        "今年，全市水稻种植面积稳定在250万亩左右，大力推",
        "广绿色有机种植和智", "",
        "收割机在水稻基地作业。",
        "市融媒体中心提供", "",
        "能化育秧技术，绿色有机水稻认证面积达到168万亩。"]) + "\n"
    art = parse_page(page, mentions=False).articles[0]
    assert [c.text for c in art.captions] == ["收割机在水稻基地作业。"], art.captions
    assert "大力推广绿色有机种植和智能化育秧技术" in _body(art), art.paragraphs


@pytest.mark.parametrize("header", [
    "3　民生　　　　　　　　　　　　　　　　　清河日报　2025年3月6日　星期四",   # padded across the page
    "今日清河　　　　　　　　　　　第2版　　　综合",                                 # a county paper's name, no date
    "清河日报数字报 > 第03版：民生",                                                 # a website's header
    "民生 3 清河日报 2025年3月6日 星期四",
    "今日8版 第1版",
])
def test_a_running_header_of_the_pages_parts_in_any_order_is_furniture(header):
    body = "本报讯 3月5日，清河镇组织志愿者走进敬老院，为老人们理发、打扫卫生，陪老人聊天。"
    page = "\n".join([header, "", "志愿服务暖人心", "", body]) + "\n"
    arts = parse_page(page, mentions=False).articles
    assert [a.title for a in arts] == ["志愿服务暖人心"], [(a.kind, a.title, a.headlines) for a in arts]
    assert [a.headlines for a in arts] == [["志愿服务暖人心"]] and _body(arts[0]).endswith("陪老人聊天。")
    assert "".join(header.split())[-2:] not in _body(arts[0])


def test_a_page_number_and_section_printed_over_the_masthead_are_furniture():
    page = "\n".join(["3", "", "城乡新闻", "", "清河日报", "", "黄花进入盛花期", "",
                      "本报讯 7月18日，清河县万亩黄花进入盛花采摘期，花农们抢抓农时采摘。"]) + "\n"
    rec = parse_page(page, mentions=False)
    assert [a.headlines for a in rec.articles] == [["黄花进入盛花期"]], [a.headlines for a in rec.articles]


@pytest.mark.parametrize("label", ["今日评说", "周末来论", "学习微言", "理论热词"])
def test_an_opinion_or_theory_columns_name_over_a_signed_piece_is_its_section(label):
    page = "\n".join(["区域协同贵在落实", "□ 本报评论员", "",
                      "　　区域协同，贵在协同、重在落实。各地要把合作事项一项项落地落实。", "",
                      label, "", "让“夜市”既亮起来又暖起来", "□ 蒋 薇",
                      "　　入夏以来，各地夜市人", "气渐旺。让夜经济既有烟火气", "又有安全感，需要精细管理。",
                      "　　管理部门要在规范中留", "足空间，让摊主放心经营，让", "市民安心消费。"]) + "\n"
    art = parse_page(page, mentions=False).articles[-1]
    assert (art.section, art.kicker, art.title) == (label, None, "让“夜市”既亮起来又暖起来"), art.headlines


def test_a_dispatch_set_in_bold_inside_a_markdown_line_is_read_and_its_marks_print_nothing():
    page = "\n".join(["## 全市中小学生田径运动会举行", "",
                      "**本报讯**（记者 吴斌）4月16日至17日，全市中小学生田径运动会在三元区举行，900余名运动员参加比赛。"]) + "\n"
    art = parse_page(page, mentions=False).articles[0]
    assert art.reporters == ["吴斌"] and art.dispatch == "本报讯", (art.dispatch, art.reporters)
    assert "*" not in _body(art) and _body(art).startswith("4月16日至17日"), art.paragraphs


def test_a_caption_whose_credit_is_printed_in_brackets_after_it_is_a_caption():
    page = "\n".join([
        "古镇年味浓", "",
        "本报讯（记者 陈思羽）腊月以来，李庄古镇年味渐浓，街巷里挂满了红灯笼，游客络绎不绝。", "",
        "游客在古镇品尝当地美食。（陈思羽摄）", "",
        "古镇还推出了非遗展演、民俗巡游等活动，吸引了不少外地游客前来体验。", "",
        "9月21日，藕农在荷塘里采挖莲藕。近年来，当地发展莲藕种植2.3万亩，小莲藕成了“致富藕”。（谭志强 摄）"]) + "\n"
    arts = parse_page(page, mentions=False).articles
    caps = [(c.text, c.credit) for a in arts for c in a.captions]
    assert ("游客在古镇品尝当地美食。", "陈思羽") in caps, caps
    assert not any("摄）" in p for a in arts for p in a.paragraphs), [a.paragraphs for a in arts]
    assert any(a.photographers == ["谭志强"] for a in arts), [(a.kind, a.photographers) for a in arts]


def test_a_weather_boxs_temperatures_under_its_sky_are_a_line_of_their_own():
    # a narrow page, columns of 14 characters with indented paragraphs
    page = "\n".join(["市民参加义诊活动", "", "　　本报讯 5月16日，社区卫", "生服务中心走进小区开展义诊，",
                      "为居民测量血压、讲解健康知识", "。医生们耐心解答居民提出的", "问题，受到居民欢迎。",
                      "　　活动共服务居民200余人次，", "分发健康手册500余份。", "", "今日天气", "多云，有雷阵雨", "23℃～31℃",
                      "东南风2～3级", "明日天气", "阴天，有中到大雨", "24℃～29℃"]) + "\n"
    box = next(a for a in parse_page(page, mentions=False).articles if a.kind == "weather")
    assert "23℃～31℃" in box.paragraphs and "多云，有雷阵雨" in box.paragraphs, box.paragraphs


def test_a_page_number_and_section_alone_at_the_top_are_the_pages_header():
    page = "\n".join(["3", "要闻", "", "全市制造业数字化转型推进会召开",
                      "本报讯（记者 吕晓彤）9月11日，全市制造业数字化转型推进会召开。"]) + "\n"
    art = parse_page(page, mentions=False).articles[0]
    assert art.headlines == ["全市制造业数字化转型推进会召开"], art.headlines


def test_a_couplet_of_figures_over_the_pages_first_title_is_its_kicker_not_a_slogan():
    page = "\n".join(["签约项目32个 总投资286亿元", "我省在京举办高端装备制造产业链招商推介会",
                      "本报北京8月19日电（记者 王莉）19日，我省在京举办招商推介会，现场签约项目32个。"]) + "\n"
    art = next(a for a in parse_page(page, mentions=False).articles if a.kind != "banner")
    assert art.kicker == "签约项目32个 总投资286亿元", (art.kicker, art.title)


@pytest.mark.parametrize("footer", ["2025年8月14日　　要闻　　　　　　编辑：王瑞　　校对：张敏",
                                    "万州　　责任编辑：牟婷　　校对：张洁"])
def test_a_footer_of_a_date_or_a_section_name_and_the_editors_is_furniture(footer):
    page = "\n".join(["专家下基层送医到家门", "",
                      "本报讯 8月12日，旗医院专家团队走进龙口镇，为群众开展义诊，发放药品300余份。", "",
                      "活动受到群众欢迎。", footer]) + "\n"
    rec = parse_page(page, mentions=False)
    assert [a.headlines for a in rec.articles] == [["专家下基层送医到家门"]], [a.headlines for a in rec.articles]
    assert "校对" not in _body(rec.articles[0]), rec.articles[0].paragraphs


def test_a_flush_short_sentence_under_a_full_line_on_an_indented_page_ends_that_paragraph():
    def column(text: str) -> list[str]:      # a paragraph set in a column of 15
        text = "　　" + text
        return [text[:17]] + [text[k:k + 15] for k in range(17, len(text), 15)]
    lines = ["蜜瓜喜获丰收", "",
             *column("本报讯 8月12日，十二连城乡的万亩蜜瓜进入采摘期，瓜农们正忙着采摘、装箱、外运，"
                     "田间地头处处是忙碌的身影。今年全乡蜜瓜种植面积达到1.2万亩，预计总产量3.6万吨。"),
             *column("走进十二连城乡的蜜瓜种植基地，一个个圆润饱满的蜜瓜整齐排列，散发着阵阵清香。"
                     "前来收购的客商和瓜农讨价还价，一车车蜜瓜从这里运往周边城市。"),
             "　　“今年种了30亩蜜瓜，亩产能", "达到3000多斤，每斤卖到2.5元，", "光蜜瓜一项就能收入20多万元。”",
             "种植户刘二虎算起了收入账。",
             "　　近年来，该乡依托沿黄灌区水", "土资源优势，引导农户发展特色", "种植，带动群众持续增收。"]
    art = parse_page("\n".join(lines) + "\n", mentions=False).articles[0]
    assert len(art.paragraphs) == 4, art.paragraphs
    assert art.paragraphs[2].endswith("20多万元。”种植户刘二虎算起了收入账。"), art.paragraphs


def test_indented_numbered_entries_of_a_notice_on_an_indented_wide_page_are_its_paragraphs():
    page = "\n".join([
        "全市产业项目稳步推进",
        "　　本报讯 今年以来，全市聚焦产业项目建设，新开工项目86个，完成投资326.5亿元，同比增长9.8%。",
        "　　市发展改革委负责人介绍，下一步将加快推进重点项目建设，确保年底前全部建成投用。",
        "2025年度市级“专精特新”中小企业拟认定名单公示",
        "　　根据有关认定管理办法，经企业申报、专家评审，拟认定以下企业，现予以公示：",
        "　　1.清河盛泰机械有限公司（东城区）",
        "　　2.清河华瑞新材料科技有限公司（西城区）",
        "　　3.清河恒达纺织有限公司（南湖区）",
        "　　公示期为2025年7月26日至8月1日。如有异议，请在公示期内向市工业和信息化局反映。",
        "　　清河市工业和信息化局",
        "　　2025年7月25日"]) + "\n"
    arts = parse_page(page, mentions=False).articles
    notice = next(a for a in arts if a.title and a.title.endswith("公示"))
    assert len(arts) == 2 and "1.清河盛泰机械有限公司（东城区）" in notice.paragraphs, \
        [(a.kind, a.title, a.paragraphs[:3]) for a in arts]


def test_a_running_header_a_converter_marked_as_a_heading_is_still_furniture():
    page = "\n".join(["# 清河日报 2024年12月11日 星期三 第3版 民生", "",
                      "## 凌晨四点的果蔬集散地", "",
                      "凌晨4点，城区一家果蔬集散中心已是灯火通明，一辆辆满载果蔬的货车驶入场内。"]) + "\n"
    rec = parse_page(page, mentions=False)
    assert [a.headlines for a in rec.articles] == [["凌晨四点的果蔬集散地"]], [a.headlines for a in rec.articles]
    assert str(rec.issue.date) == "2024-12-11", rec.issue


def test_an_epaper_line_running_kicker_and_title_together_is_no_deck_of_its_own():
    page = "\n".join(["清河区：打好“组合拳” 稳住就业盘", "打好“组合拳” 稳住就业盘", "清河区：",
                      "本报讯（通讯员 彭莉）今年以来，清河区把稳就业作为民生头等大事，新增城镇就业3200人。"]) + "\n"
    arts = parse_page(page, mentions=False).articles
    assert [(a.kicker, a.title) for a in arts] == [("清河区：", "打好“组合拳” 稳住就业盘")], \
        [(a.kind, a.headlines) for a in arts]


def test_an_opinion_columns_name_alone_between_two_pieces_signs_neither():
    page = "\n".join([
        "让“夜市”既亮起来又暖起来", "□ 蒋 薇",
        "　　让夜经济行稳致远，需要在细节上多用心，这些看似小事，恰恰决定着城市夜晚的温度。", "",
        "来论", "",
        "基层减负要防止“按下葫芦浮起瓢”", "□ 周明远",
        "　　为基层减负，是关心关爱基层干部的重要举措。近年来，各地大力精简文件会议。"]) + "\n"
    arts = parse_page(page, mentions=False).articles
    assert not any("来论" in a.authors for a in arts), [(a.headlines, a.authors) for a in arts]
    assert [a.section for a in arts if a.title and a.title.startswith("基层减负")] == ["来论"]


def test_a_one_sentence_picture_of_the_pieces_day_between_its_paragraphs_is_its_caption():
    page = "\n".join([
        "老街区完成保护修缮", "",
        "本报讯（记者 孙 悦）11月10日，记者从广陵区获悉，历时8个月的老街区保护修缮工程日前竣工。", "",
        "此次修缮坚持“修旧如旧”，对青砖小瓦、木质门窗等传统建筑元素进行原样保护。", "",
        "11月10日，游客在修缮一新的老街区游览。", "本报记者 许 诺 摄", "",
        "据介绍，广陵区还将引入非遗工坊和文创业态，推动街区保护与城市更新融合发展。"]) + "\n"
    arts = parse_page(page, mentions=False).articles
    assert len(arts) == 1 and [c.text for c in arts[0].captions] == ["11月10日，游客在修缮一新的老街区游览。"], \
        [(a.kind, a.captions) for a in arts]


def test_a_pull_quote_printed_between_paragraphs_is_the_pages_banner_not_a_paragraph():
    quote = "推动特色产业由拼规模数量向延伸产业链条转变"
    page = "\n".join([
        "让创新成为产业升级的引擎", "□ 杨文博", "",
        "　　科技创新能够催生新产业、新模式、新动能，是发展新质生产力的核心要素。", "",
        quote, "",
        f"　　我省资源富集，要发挥各地所长，{quote}，在重点地区打造一批特色鲜明的产业集群。", "",
        "　　发展新质生产力，关键在人才，根本在机制。要深化科技体制改革，让更多成果落地转化。"]) + "\n"
    arts = parse_page(page, mentions=False).articles
    piece = next(a for a in arts if a.title == "让创新成为产业升级的引擎")
    assert quote not in piece.paragraphs and len(piece.paragraphs) == 3, piece.paragraphs
    assert any(a.kind == "banner" and quote in a.headlines for a in arts), [(a.kind, a.headlines) for a in arts]


def test_a_name_under_a_title_on_a_narrow_unindented_column_is_its_writer():
    # a 16-character column with no indents: the writer's name alone under the essay's
    # title, prose below it (commas inside a full line), not a third deck of the title
    arts = _pieces([
        "窗前的老槐树",
        "槐树是爷爷年轻时种下的，如今",
        "已经高过了三层楼。",
        "晚来的一场春雨",
        "顾南舟",
        "傍晚，雨点敲在窗台上，我合上书",
        "本，听了很久。小区里的玉兰开得",
        "正好，楼下的孩子们撑着伞跑来跑",
        "去，笑声一阵高过一阵。",
        "雨停以后，空气里都是泥土的味道，",
        "我下楼走了一圈，心里安静了许多。",
    ])
    essay = next(a for a in arts if "傍晚" in "".join(a.paragraphs))
    assert essay.title == "晚来的一场春雨" and essay.authors == ["顾南舟"], (essay.title, essay.authors)
    assert essay.paragraphs[0].startswith("傍晚")


def test_a_numbered_section_heading_wrapped_over_two_lines_is_not_signed():
    # 一、… wrapped before its last word: the word alone is the rest of the heading,
    # though it reads like a two-character name over a line of prose
    arts = _pieces(_spaced([
        "山区特色产业发展调查",
        "本报记者 林海涛",
        "近年来，全县把特色产业作为群众增收的主要路子，",
        "走出了一条长短结合的发展之路。",
        "一、特色产业发展取得的主要",
        "成效",
        "截至去年底，全县茶叶、中药材种植面积达到十二万亩，带动两万余户群众增收。",
    ]))
    assert all("成效" not in a.authors + a.reporters for a in arts)


@pytest.mark.parametrize("title, second", [
    ("古镇老街焕新颜", "城关镇历史街区保护利用见闻"),     # a genre word closes the second deck
    ("以实干担当谱写新篇", "三论贯彻落实全县经济工作会议精神"),   # a numbered commentary of a series
])
def test_a_second_deck_naming_the_genre_or_the_series_is_the_subtitle(title, second):
    text = (f"{title}\n{second}\n\n"
            "　　本报讯（记者 蒋文博）今年以来，全县上下盯住既定计划逐项推进，"
            "多项任务已经见到成效。\n\n"
            "　　接下来，县里将把保就业作为重点，力争各项指标好于去年。\n")
    piece = next(a for a in _items(text) if a.paragraphs)
    assert (piece.kicker, piece.title, piece.subtitle) == (None, title, second)


_BODY = ("全县秋收进度过半\n\n"
         "　　本报讯（记者 欧阳春）连日来，全县抢抓晴好天气组织机械收割，秋收进度已经过半。\n")


@pytest.mark.parametrize("header, paper", [
    ("临江日报　2024年10月9日　星期三\n第3版　要闻", "临江日报"),          # the header names the paper
    ("临江日报 > 2024年10月09日 星期三 > A03版：综合", "临江日报"),        # a site's breadcrumb
    ("临江日报数字报　>　第03版：综合\n2024年10月9日", "临江日报"),         # the site's name for it
    ("临江日报（汉文版）　2024年10月9日　星期三　第3版　要闻", "临江日报"),  # an edition in brackets
    ("临江日报·综合新闻\n2024年10月9日", "临江日报"),                       # with the page's section
    ("3版 要闻\n2024年10月9日 星期三\n临江日报", "临江日报"),                # under the page's header
    ("第3版\n要闻\n临江日报\n2024年10月9日 星期三", "临江日报"),
])
def test_the_papers_name_is_read_wherever_the_header_prints_it(header, paper):
    page = parse_page(header + "\n\n" + _BODY, mentions=False)
    assert page.paper.name == paper
    assert [a.title for a in page.articles if a.paragraphs] == ["全县秋收进度过半"]


def test_a_header_of_the_section_alone_names_no_paper():
    page = parse_page("综合新闻　3\n2024年10月9日\n\n" + _BODY, mentions=False)
    assert page.paper.name is None


def test_a_narrow_title_wrapped_before_a_longer_deck_is_title_and_subtitle():
    # 12-character column: the title's short rest, then a deck of its own below it
    rows = ["全省中学生田径锦标赛", "在临江落幕", "我市代表队以九金位列奖牌榜首位",
            "本报讯（记者 韦思远）",
            "6月8日，为期四天的全省中学",
            "生田径锦标赛在临江市体育中",
            "心落下帷幕，来自全省十四个",
            "市的一千二百余名运动员参加",
            "了比赛。",
            "我市代表队在男子跳远、女子",
            "四百米、男子三级跳远等项目",
            "中夺得九枚金牌，并有二十一",
            "人次打破赛会纪录，创下近年",
            "来参加全省比赛的最好成绩。",
            "据了解，本届锦标赛共设男女",
            "四十二个比赛项目，参赛人数",
            "和项目数量均为历届之最。"]
    piece = next(a for a in _pieces(rows) if a.paragraphs)
    assert (piece.kicker, piece.title, piece.subtitle) == (None, "全省中学生田径锦标赛在临江落幕", "我市代表队以九金位列奖牌榜首位")


@pytest.mark.parametrize("stack, decks, banners", [
    # a ——subtitle's short rest on the run's last line is part of it, no banner of its own
    ("抓好秋冬种 夯实丰收基础\n——全县秋冬种生产工作\n现场推进会召开",
     (None, "抓好秋冬种 夯实丰收基础", "全县秋冬种生产工作现场推进会召开"), []),
    # no deck ends on 暨: the title the column wrapped after it is one deck
    ("全县秋季农业生产暨\n冬季森林防火工作会议召开", (None, "全县秋季农业生产暨冬季森林防火工作会议召开", None), []),
    # the segmenter guesses a word across 稳中有进|规上工业; only a dictionary word across
    # a break makes two headline lines one deck: a slogan over kicker, title and subtitle
    ("稳进提质 攻坚克难\n\n前三季度全市经济运行稳中有进\n\n规上工业增加值同比增长8.1%\n\n"
     "——数字经济核心产业制造业增加值增长12.4%",
     ("前三季度全市经济运行稳中有进", "规上工业增加值同比增长8.1%", "数字经济核心产业制造业增加值增长12.4%"),
     ["稳进提质 攻坚克难"]),
])
def test_a_headline_stack_wrapped_over_its_lines_reads_as_its_decks(stack, decks, banners):
    text = (f"{stack}\n\n"
            "　　本报讯（记者 龙海平）10月16日，全县秋冬种生产暨森林防火工作现场推进会在城关镇召开，"
            "与会人员实地察看了油菜机械化直播示范片。\n\n"
            "　　会议要求，各乡镇要抢抓农时，确保按时完成秋冬种任务。\n")
    arts = _items(text)
    piece = next(a for a in arts if a.paragraphs)
    assert (piece.kicker, piece.title, piece.subtitle) == decks, piece.headlines
    assert [a.title for a in arts if a.kind == "banner"] == banners


def test_a_headline_that_speaks_of_a_new_look_is_no_weather_box():
    # …新气象 is a figure of speech; 【便民服务】 over a title tags the column, no box
    rows = ["【乡风文明】", "石桥镇“文明积分”", "兑出乡风新气象",
            "本报讯（记者 陆晓红）5月16日，",
            "石桥镇新时代文明实践站内，村民",
            "们排起长队，用“文明积分”兑换",
            "生活用品。",
            "【便民服务】", "政务服务中心推出", "“午间不打烊”",
            "本报讯（记者 周一鸣）5月18日",
            "起，政务服务中心在社保、医保等",
            "二十八个高频事项窗口推行“午间",
            "不打烊”服务。"]
    arts = _pieces(rows)
    assert [a.kind for a in arts] == ["news", "news"], [(a.kind, a.headlines) for a in arts]
    assert [a.section for a in arts] == ["乡风文明", "便民服务"]


def test_briefs_closing_on_a_dotted_name_in_brackets_are_one_item_each():
    text = ("县市动态\n\n"
            "7月16日，疏勒县举办专场招聘会，四十余家企业提供就业岗位一千二百余个。（阿依努尔·买买提）\n\n"
            "近日，英吉沙县组织开展防汛应急演练，检验了各部门协同处置能力。（王 海）\n\n"
            "7月17日，岳普湖县举办农民丰收节，吸引游客一万余人次。（麦麦提·艾力）\n")
    arts = _pieces(text.splitlines())
    assert len(arts) == 3, [a.paragraphs for a in arts]
    assert "阿依努尔·买买提" in arts[0].authors + arts[0].reporters


def test_a_caption_set_apart_by_blank_lines_takes_nothing_of_the_broken_sentence():
    # the sentence breaks, a blank, the picture's caption and its credit, a blank, the rest
    text = ("老街焕新成网红\n\n"
            "　　本报讯（记者 程立新）近年来，城关镇依托老街资源发展文\n"
            "旅产业，全镇已有民宿一百二十家，形成了多个民宿集\n"
            "群。镇里设立专项资金，对民宿改造升级给予奖补。\n"
            "　　在老街村，一条废弃多年的老街经过修缮，变\n"
            "身为集非遗展示、特色小吃\n\n"
            "游客在老街的一家茶馆内休闲。\n"
            "县委宣传部供图\n\n"
            "、文创售卖于一体的特色街区。每到周末，豆腐坊前排\n"
            "起长队，手工挂面、玉米糁等土特产被游客抢购一空。\n"
            "　　“过去年轻人都往外走，现在不少人回来开店了。”\n"
            "老街村党支部书记说，全村已有三十多名青年返乡创\n"
            "业，开起了民宿、茶馆和文创小店，村集体经济收入\n"
            "去年突破了八十万元。\n"
            "　　下一步，城关镇将继续挖掘老街文化资源，推动文\n"
            "旅融合发展，让更多群众端上旅游饭碗。\n")
    piece = next(a for a in _items(text) if a.paragraphs)
    assert [c.text for c in piece.captions] == ["游客在老街的一家茶馆内休闲。"]
    assert "特色小吃、文创售卖" in "".join(piece.paragraphs)


@pytest.mark.parametrize("credit, shooters", [
    ("（记者 林 涛 摄）", ["林涛"]),                           # in brackets, on its own line
    ("记者 林 涛 通讯员 吴 凡 摄", ["林涛", "吴凡"]),            # two roles in one credit
    ("（记者 林 涛 通讯员 吴 凡 摄）", ["林涛", "吴凡"]),
])
def test_a_dated_caption_over_a_credit_line_is_a_picture_of_its_own(credit, shooters):
    text = ("全县春茶开园\n\n"
            "　　本报讯（记者 韦晓东）4月2日，全县春茶开园采摘，茶农们抢抓农时采制明前茶。\n\n"
            "　　今年全县茶园面积达到十二万亩，预计春茶产值突破八亿元。\n\n"
            "　　4月3日，游客在海棠区博后村的民宿庭院里喝茶、晒太阳。\n"
            f"{credit}\n\n"
            "全市新增高标准农田五万亩\n\n"
            "　　本报讯（记者 黄立群）今年以来，全市新建高标准农田五万亩，超额完成年度任务。\n")
    arts = _items(text)
    photo = next(a for a in arts if a.kind == "photo")
    assert sorted(photo.photographers) == sorted(shooters)
    assert photo.paragraphs[0].startswith("4月3日")
    assert not any("4月3日" in "".join(a.paragraphs) for a in arts if a is not photo)


def test_a_footer_of_date_and_padded_editors_names_is_furniture():
    text = ("全市新增高标准农田五万亩\n\n"
            "　　本报讯（记者 黄立群）今年以来，全市新建高标准农田五万亩，超额完成年度任务。\n\n"
            "2025.10.21　星期二　责编　刘 洋　美编　唐 宁\n")
    page = parse_page(text, mentions=False)
    assert [a.title for a in page.articles] == ["全市新增高标准农田五万亩"]
    assert page.issue.date == "2025-10-21"


def test_a_front_pages_guide_to_the_pages_inside_is_furniture():
    # 导读 over titles that name their pages: none of them is printed on this page
    text = ("导读\n\n"
            "宜阳：“小龙虾+”链出富民产业 2版\n"
            "市人大常委会开展执法检查 3版\n"
            "汉江两岸春意浓 踏青赏花正当时 4版\n\n\n"
            "荆楚大地春耕忙 良种良机下田来\n\n"
            "　　本报讯（记者 陈立华）连日来，全市各地抢抓农时开展春耕生产，田间处处是忙碌的身影。\n")
    arts = _items(text)
    piece = next(a for a in arts if a.paragraphs)
    assert (piece.kicker, piece.title) == (None, "荆楚大地春耕忙 良种良机下田来")
    assert not any("2版" in "".join(a.headlines) for a in arts)


def test_a_continued_pieces_title_after_its_body_is_kept_apart_by_the_wider_blank():
    # …the continued piece / (blank) / its title / (two blanks) / the next piece's stack
    text = ("　　（上接第1版）会议强调，要坚持规划引领、项目带动，统筹推进灌区续建配套、小型水库\n"
            "除险加固等农田水利工程建设，切实补齐农田水利短板。\n\n"
            "　　会议要求，各区县要压实属地责任，确保今冬明春完成各类农田水利工程建设任务。\n\n"
            "全市冬春农田水利建设现场推进会召开\n\n\n"
            "石门县\n"
            "橘园飘香 丰收在望\n\n"
            "　　本报讯（记者 覃立新）11月18日，石门县蒙泉镇橘园飘香，柑橘种植基地迎来丰收，橘树上挂满了金黄的果实。\n\n"
            "　　今年石门县柑橘种植面积达四十五万亩，预计总产量六十八万吨。\n")
    arts = [a for a in _items(text) if a.paragraphs]
    assert arts[0].title == "全市冬春农田水利建设现场推进会召开", [(a.title, a.kicker) for a in arts]
    assert (arts[1].kicker, arts[1].title) == ("石门县", "橘园飘香 丰收在望")


def test_a_notices_issuer_on_the_line_above_its_wrapped_title_opens_the_title():
    rows = ["临江县人民政府",
            "关于进一步加强春季",
            "森林防火工作的通告",
            "　　当前，我县已进入森林防",
            "火紧要期。现将防火规定通告",
            "如下：",
            "　　一、森林防火紧要期内，",
            "禁止在林区及林缘野外用火。",
            "　　特此通告。",
            "临江县人民政府",
            "2025年3月10日"]
    arts = _pieces(rows)
    notice = next(a for a in arts if a.kind == "notice")
    assert notice.title == "临江县人民政府关于进一步加强春季森林防火工作的通告", notice.title


@pytest.mark.parametrize("name", ["三言两语", "一家之言", "街谈巷议"])
def test_a_commentary_columns_name_is_a_label_even_on_a_narrow_page(name):
    # on a narrow page shortness proves nothing, so the column's name must be known
    from baoxun.assemble.headlines import _is_label
    assert _is_label(name, narrow=True)
    assert not _is_label("柑橘红了", narrow=True)


def test_a_running_header_with_a_bare_page_number_is_furniture():
    # 2025年3月12日　星期三　3版　评论: the date, the weekday, the page (3版) and its section
    text = ("2026年1月7日　星期三　5版　农村\n\n"
            "冬闲时节技能培训忙\n\n"
            "本报讯（记者 郝连生）近日，南关镇组织农技人员走村入户，为农户讲解大棚蔬菜越冬管护技术。\n")
    page = parse_page(text, mentions=False)
    assert page.issue.date == "2026-01-07"
    assert all("5版" not in _body(a) and "5版" not in " ".join(a.headlines) for a in page.articles)
    (art,) = page.articles
    assert art.title == "冬闲时节技能培训忙"


def test_a_commentators_credit_printed_over_the_title_opens_the_piece_below():
    text = ("□ 本报评论员\n"
            "把老旧小区改造办到群众心坎上\n\n"
            "老旧小区改造是民生工程，也是发展工程。改什么、怎么改，要多听居民的意见。\n\n"
            "改造完成不是终点，长效管理跟上，才能让小区常住常新。\n\n"
            "夜市经济要有“烟火气”也要有秩序\n\n"
            "○ 范晓东\n\n"
            "入夏以来，城南夜市人气渐旺，摊位从傍晚一直热闹到深夜。\n\n"
            "繁荣夜经济，离不开精细管理，更离不开摊主和顾客的共同维护。\n")
    arts = _items(text)
    assert len(arts) == 2
    first = arts[0]
    assert first.title == "把老旧小区改造办到群众心坎上" and first.authors == ["本报评论员"]
    assert first.paragraphs[0].startswith("老旧小区改造是民生工程") and len(first.paragraphs) == 2


def test_a_web_pages_list_of_linked_titles_is_its_contents_not_an_item():
    text = ("**本版导读**\n\n"
            "- [山乡茶园迎来采摘季](content_05_1.htm)\n"
            "- [古镇老街焕新颜](content_05_2.htm)\n\n"
            "## 山乡茶园迎来采摘季\n\n"
            "本报讯（记者 和丽芳）连日来，镇里的茶园进入采摘期，茶农们天不亮就上山采茶。\n\n"
            "## 古镇老街焕新颜\n\n"
            "本报讯（记者 杨树青）经过半年改造，老街的石板路和木楼恢复了旧日模样。\n")
    arts = _items(text)
    assert [a.title for a in arts] == ["山乡茶园迎来采摘季", "古镇老街焕新颜"]
    assert all("content_" not in _body(a) and "](" not in _body(a) for a in arts)


@pytest.mark.parametrize("chrome", ["【打印】　【关闭】　返回目录", "上一版　　下一版　　本版PDF"])
def test_an_epapers_buttons_and_page_links_are_furniture(chrome):
    text = ("河谷里种出致富果\n\n"
            "本报讯（通讯员 岩温）入冬以来，河谷两岸的芒果园迎来采收，果农们忙着分拣装箱。\n\n"
            f"{chrome}\n")
    arts = _items(text)
    assert len(arts) == 1 and arts[0].title == "河谷里种出致富果"
    assert all(w not in _body(arts[0]) + " ".join(arts[0].headlines) for w in ("打印", "PDF", "返回目录"))


@pytest.mark.parametrize("header", ["第2版　　要闻　　　　　　　　西双版纳报", "山城报\n要闻　第1版"])
def test_a_page_header_naming_a_papers_short_name_or_its_section_first_is_furniture(header):
    text = (f"{header}\n\n"
            "镇村干部走访困难群众\n\n"
            "本报讯（记者 段文华）近日，镇村干部分组入户走访，为困难群众送去棉被和米面油。\n")
    arts = _items(text)
    assert [a.kind for a in arts] == ["news"] and arts[0].title == "镇村干部走访困难群众"
    assert arts[0].kicker is None and "版" not in " ".join(arts[0].headlines)


def test_a_caption_closed_by_a_bracketed_provider_credit_is_a_picture_credited_to_the_person():
    text = ("山村学校添新书\n\n"
            "本报讯（记者 王海燕）日前，县图书馆向山区小学赠送图书两千余册，丰富了孩子们的课外阅读。\n\n"
            "4月2日，孩子们在新建的图书角挑选图书。（通讯员 李开源 供图）\n")
    arts = _items(text)
    news = [a for a in arts if a.kind == "news"][0]
    assert news.correspondents == [] and "供图" not in " ".join(news.authors + news.correspondents)
    credited = [a for a in arts if "李开源" in a.authors or any(c.credit and "李开源" in c.credit for c in a.captions)]
    assert credited and all("供图" not in n for a in credited for n in a.authors)


def test_a_notice_closed_inside_its_last_sentence_keeps_its_signer_and_date():
    text = ("遗失声明\n\n"
            "城南镇新民村第一股份经济联合合作社遗失公章一枚，特此声明作废。\n\n"
            "城南镇新民村第一股份经济联合合作社\n"
            "2025年3月2日\n")
    art = _one_notice(_items(text))
    assert art.paragraphs[-2:] == ["城南镇新民村第一股份经济联合合作社", "2025年3月2日"]


def test_a_slogan_set_further_apart_than_the_stack_below_is_the_pages_banner():
    text = ("2024年6月3日　星期一\n\n\n"
            "奋力谱写高质量发展的山城新篇章\n\n\n"
            "县委常委会召开会议\n\n"
            "——研究部署防汛备汛等工作\n\n"
            "本报讯（记者 程立新）6月2日，县委常委会召开会议，研究部署防汛备汛等工作。\n")
    arts = _items(text)
    assert [a.kind for a in arts] == ["banner", "news"]
    assert arts[1].kicker is None and arts[1].title == "县委常委会召开会议"


def test_a_kicker_spaced_like_the_rest_of_its_stack_stays_the_kicker():
    text = ("端午假期首日\n\n"
            "古城景区游客量创新高\n\n"
            "本报讯（记者 赵雅琴）6月8日，古城景区迎来游览高峰，入园游客超过三万人次。\n")
    arts = _items(text)
    assert [a.kind for a in arts] == ["news"]


def test_the_issuer_over_a_one_line_notice_title_opens_the_title():
    text = ("某某县人民政府\n"
            "关于做好春季森林防火工作的通告\n\n"
            "为做好春季森林防火工作，现就有关事项通告如下：\n\n"
            "一、防火期内禁止在林区野外用火。\n\n"
            "特此通告。\n\n"
            "某某县人民政府\n"
            "2026年3月1日\n")
    art = _one_notice(_items(text))
    assert art.title == "某某县人民政府关于做好春季森林防火工作的通告"


def test_a_notice_title_wrapped_over_three_narrow_lines_is_one_title():
    body = ["　　根据市级重点龙头企业认定", "有关规定，经企业自愿申报、", "旗区审核推荐等程序，拟认定", "以下企业为重点龙头企业，现", "予以公示。"]
    text = "\n".join(["　　全旗今年新建高标准农田", "十二万亩，比上年增加两成。", "",
                      "2025年度某某市农牧业", "产业化重点龙头企业拟认定", "名单公示", ""] + body + [
                      "　　公示时间：9月24日至30日。", "", "某某市农牧局", "2025年9月23日"]) + "\n"
    notices = [a for a in _items(text) if a.kind == "notice"]
    assert len(notices) == 1
    assert notices[0].title == "2025年度某某市农牧业产业化重点龙头企业拟认定名单公示"


def test_a_service_box_of_several_panels_is_one_notice_titled_by_its_label():
    text = ("乡村夜市开张\n\n"
            "本报讯（记者 马兰芳）6月1日，城北乡村夜市正式开张，四十多个摊位吸引市民前来。\n\n"
            "便民信息\n"
            "停水通知\n"
            "因管网维修，6月3日9:00至18:00，城东部分小区停水，请提前储水。\n"
            "某某供水有限责任公司\n"
            "停气通知\n"
            "因管道改造，6月4日10:00至16:00，城西部分小区暂停供气。\n"
            "某某燃气有限责任公司\n")
    notices = [a for a in _items(text) if a.kind == "notice"]
    assert len(notices) == 1
    box = notices[0]
    assert box.title == "便民信息" and box.headlines == ["便民信息", "停水通知", "停气通知"]
    assert box.paragraphs[0].startswith("因管网维修") and "停气通知" not in box.paragraphs


def test_a_service_label_over_one_notice_is_its_section():
    text = ("便民信息\n"
            "停电通知\n"
            "因线路检修，6月5日8:00至12:00，城南部分区域停电，请相关用户做好准备。\n"
            "某某供电公司\n")
    art = _one_notice(_items(text))
    assert art.title == "停电通知" and art.section == "便民信息"


def test_a_weather_box_keeps_a_calm_wind_and_an_index_panel_inside():
    text = ("镇里新建文化广场投用\n\n"
            "本报讯（记者 岩罕）日前，镇文化广场建成投用，成为群众休闲健身的好去处。\n\n"
            "今日天气\n多云\n最低气温13℃　最高气温28℃\n静风或微风\n"
            "明日天气\n晴\n最低气温12℃　最高气温29℃\n东南风1～2级\n"
            "旅游指数\n旅游指数：适宜。\n")
    weather = [a for a in _items(text) if a.kind == "weather"]
    assert len(weather) == 1
    box = weather[0]
    assert "静风或微风" in box.paragraphs and "旅游指数" in box.headlines and "旅游指数" not in box.paragraphs


def test_an_authors_line_the_narrow_column_wrapped_closes_the_article():
    lines = ["　　理论学习贵在学以致用，要带", "着问题学，联系实际学。", "　　（作者分别系某某学院马克思", "主义学院教授、", "讲师）", "",
             "理论动态", "市社科联举办专题研讨会", "本报讯（记者 钱颖）4月12日，市社科联举办专题研讨会。"]
    arts = _items("\n".join(lines) + "\n")
    theory = next(a for a in arts if a.paragraphs and a.paragraphs[0].startswith("理论学习"))
    assert theory.paragraphs[-1] == "（作者分别系某某学院马克思主义学院教授、讲师）"
    news = next(a for a in arts if a.dispatch)
    assert news.title == "市社科联举办专题研讨会" and news.kicker is None


def test_a_sidebar_label_over_a_title_heads_that_sidebar_only():
    text = ("新能源汽车产业链加快成势\n\n"
            "本报讯（记者 陆明）今年以来，我市新能源汽车产业链上下游企业加快集聚。\n\n"
            "记者手记\n"
            "“链主”的带动力\n\n"
            "采访中，记者多次听到企业负责人提起“链主”。一家龙头企业落地，带来一串配套企业。\n\n"
            "新北区外资到位资金增长两成\n\n"
            "本报讯（记者 顾青）记者从新北区获悉，今年前三季度全区外资到位资金增长两成。\n")
    arts = _items(text)
    side = next(a for a in arts if a.title == "“链主”的带动力")
    assert side.section == "记者手记" and side.kind == "feature"
    last = next(a for a in arts if a.title == "新北区外资到位资金增长两成")
    assert last.section is None


def test_a_headline_set_apart_at_the_page_foot_is_a_fragment_not_the_last_briefs_title():
    text = ("全州新建高标准农田十二万亩\n\n"
            "本报讯（记者 马成）今年以来，全州新建高标准农田十二万亩，粮食生产基础更加稳固。\n\n"
            "牛肉拉面店开进社区\n\n"
            "本报讯（记者 韩梅）近日，一家牛肉拉面店在城南社区开业，居民下楼就能吃上热乎面。\n\n"
            "简讯\n\n"
            "本报讯 近日，刘家峡镇组织开展冬季防火宣传，发放宣传资料两千余份。\n\n"
            "本报讯 近日，县医院组织专家走进社区开展义诊，服务群众三百余人次。\n\n\n"
            "全州全力冲刺四季度各项目标任务 确保全年经济\n\n"
            "本版编辑：马晓芳\n")
    arts = _items(text)
    assert arts[-1].kind == "fragment" and arts[-1].title.startswith("全州全力冲刺")
    assert all(a.title is None for a in arts if a.section == "简讯")


def test_a_caption_under_a_piece_does_not_carry_the_service_box_below_into_the_piece():
    text = ("牡蛎产业“游”出全链条\n\n"
            "本报讯（记者 于波）寒冬时节，正是牡蛎最肥美的时候，养殖户们忙着采收。\n\n"
            "12月18日，渔民在海上养殖区采收牡蛎。\n"
            "记者 孙鹏 摄\n"
            "便民信息\n"
            "12月21日起，市区公交车冬季末班车时间调整为19:30。\n"
            "市政务服务热线：12345\n")
    arts = _items(text)
    piece = arts[0]
    assert all("末班车" not in p for p in piece.paragraphs)
    box = next(a for a in arts if a.kind == "notice")
    assert any("末班车" in p for p in box.paragraphs)


def test_a_cartoon_credited_by_its_drawer_is_a_picture_item_of_its_own():
    text = ("让冰雪经济“热”得更持久\n\n"
            "眼下正值冰雪旅游旺季，各地“冷资源”持续释放“热效应”。\n\n"
            "冰雪经济火了，更要在产品供给上下功夫。\n\n"
            "“打卡式”调研要不得\n"
            "程志远 作\n\n"
            "三言两语\n\n"
            "“村晚”贵在“村味”\n"
            "仙居县一场由村民自编自导的“村晚”赢得满场掌声。（王可）\n")
    arts = _items(text)
    cartoon = [a for a in arts if "程志远" in a.authors]
    assert len(cartoon) == 1 and cartoon[0].kind == "photo"
    assert cartoon[0].photographers == [] and cartoon[0].paragraphs == ["“打卡式”调研要不得"]
    assert all(not a.captions for a in arts if a.title == "让冰雪经济“热”得更持久")


@pytest.mark.parametrize("top", ["伊犁日报（汉文）  2026年6月23日  星期二\n第3版  社会·人文",
                                 "# 大理日报\n\n2026年06月23日 星期二 | 第03版：综合新闻"])
def test_a_papers_name_with_its_edition_or_as_a_markdown_heading_is_the_masthead(top):
    text = (f"{top}\n\n"
            "六星街里的夜市火了\n\n"
            "本报讯（记者 古丽）入夏以来，六星街夜市人气旺，每晚游客超过两万人次。\n")
    page = parse_page(text, mentions=False)
    assert page.paper.name in ("伊犁日报", "大理日报") and page.issue.date == "2026-06-23"
    assert [a.kind for a in page.articles] == ["news"] and page.articles[0].kicker is None


def test_a_column_label_set_apart_over_the_first_stack_is_its_section_not_a_slogan():
    text = ("人物\n\n"
            "一碗牛肉面 三十年匠心\n"
            "——记八坊十三巷面馆掌柜马玉福\n\n"
            "□ 本报记者 韩雪\n\n"
            "清晨六点，面馆后厨已经飘出牛肉汤的香味。\n")
    arts = _items(text)
    assert [a.kind for a in arts] == ["feature"] and arts[0].section == "人物"


def test_an_uncredited_caption_set_inside_a_word_the_column_broke_is_lifted_out():
    lines = ["古寨新貌", "", "本报讯（记者 岩应）近年来，勐罕镇引导村民在",
             "保护竹楼传统风貌的前提下发展民",
             "曼听村的傣家民宿吸引游客入住。",
             "宿、餐饮和手工艺，全村已有民宿四十多家。"]
    (art,) = _pieces(lines)
    assert [c.text for c in art.captions] == ["曼听村的傣家民宿吸引游客入住。"]
    assert "发展民宿、餐饮和手工艺" in _body(art)


def test_a_paragraphs_short_last_line_before_a_word_across_the_break_stays_in_the_paragraph():
    # 余人参加活动。 ends the paragraph (its line above broke 200 / 余人); the next paragraph
    # happens to open on characters that make a word with that line above
    lines = ["社区举办邻里节", "", "本报讯（记者 李青）昨天，城东社区举办邻里节，居民200",
             "余人参加活动。", "动员更多居民参与社区治理，是活动的初衷。"]
    (art,) = _pieces(lines)
    assert art.captions == [] and "200余人参加活动。" in _body(art)


def test_a_markdown_quote_blocks_empty_line_prints_nothing():
    text = ("## 候鸟驿站遍布全省\n\n"
            "本报讯（记者 王黎）截至去年底，全省已建成候鸟驿站一百余个。\n\n"
            "> **相关链接**\n"
            ">\n"
            "> 候鸟驿站是在候鸟人群聚居社区设立的综合服务站点，由社区党组织牵头运营。\n")
    arts = _items(text)
    assert all(">" not in " ".join(a.headlines) and all(not p.startswith(">") for p in a.paragraphs) for a in arts)
    assert any(a.title == "相关链接" for a in arts)


def test_a_page_label_with_a_colon_before_its_section_is_furniture_and_a_dated_forecast_stays_in_the_box():
    text = ("第05版：民生·服务\n"
            "夜间公交线路今起开通\n"
            "本报讯（记者 梁晓雯）记者昨天从市交通运输局获悉，3条夜间公交线路今起开通。\n\n"
            "南宁天气\n"
            "8月20日（星期二）\n"
            "多云，有分散性雷阵雨\n"
            "26℃～34℃ 东南风1～2级\n"
            "8月21日（星期三）\n"
            "多云到晴\n"
            "27℃～35℃ 偏南风1～2级\n")
    arts = _items(text)
    assert [a.kind for a in arts] == ["news", "weather"]
    assert arts[0].kicker is None and arts[0].title == "夜间公交线路今起开通"
    assert "8月21日（星期三）" in arts[1].paragraphs and "多云到晴" in arts[1].paragraphs


def test_a_headline_after_the_last_pictures_credit_at_the_page_foot_is_a_fragment():
    text = ("区里新建三座口袋公园\n\n"
            "本报讯（记者 陈科）今年以来，区里利用边角地新建口袋公园三座，居民出门就能见绿。\n\n"
            "家门口的公园成了居民休闲的好去处，傍晚时分人气很旺。\n\n"
            "6月19日，游客在大裂谷景区内避暑游玩。\n"
            "记者 陈科 摄\n\n"
            "我区新增2个市级“一村一品”示范村\n")
    arts = _items(text)
    assert arts[-1].kind == "fragment" and arts[-1].title == "我区新增2个市级“一村一品”示范村"
    assert all(a.title != arts[-1].title for a in arts[:-1])


def test_a_service_boxs_bulleted_hotlines_stay_in_the_box_and_a_title_about_a_banner_heads_the_next_piece():
    text = ("便民信息\n"
            "■停水通知：因管网改造，1月10日8:00至20:00，临园路东段将暂停供水。\n"
            "■某某市12345政务服务便民热线：12345\n"
            "■供电服务热线：95598\n"
            "小学生拾金不昧获赠锦旗\n"
            "本报讯（通讯员 郑雅文）1月5日下午，一名9岁小学生在路边捡到钱包后交给民警。\n")
    arts = _items(text)
    assert [a.kind for a in arts] == ["notice", "news"]
    assert arts[1].title == "小学生拾金不昧获赠锦旗"
    assert any("95598" in p for p in arts[0].paragraphs)


def test_a_notices_number_and_a_date_in_chinese_numerals_stay_in_the_notice():
    text = ("某某市中级人民法院公告\n\n"
            "（2023）皖02破17号\n\n"
            "本院根据某某公司的申请，裁定受理该公司破产清算一案。债权人应于2024年1月19日前申报债权。\n\n"
            "特此公告。\n\n"
            "某某市中级人民法院\n"
            "二〇二三年十二月四日\n\n"
            "网购“代下单”当心落入陷阱\n\n"
            "【案情】2023年5月，居民刘某在网上结识一名自称代下单的人，先后被骗两万余元。\n")
    arts = _items(text)
    notice = next(a for a in arts if a.kind == "notice")
    assert notice.title == "某某市中级人民法院公告"
    assert notice.paragraphs[0] == "（2023）皖02破17号" and notice.paragraphs[-1] == "二〇二三年十二月四日"
    assert any(a.title == "网购“代下单”当心落入陷阱" for a in arts)


def test_e_paper_navigation_in_angle_brackets_is_furniture():
    text = ("第04版:理论·评论\n\n"
            "<<上一版  下一版>>\n\n"
            "以实干实绩答好发展“必答题”\n\n"
            "本报评论员\n\n"
            "实干是最好的表态，实绩是最好的答卷。\n")
    arts = _items(text)
    assert all("上一版" not in " ".join(a.headlines) for a in arts) and arts[0].title == "以实干实绩答好发展“必答题”"


def test_a_box_drawn_in_text_is_read_without_its_rules():
    text = ("全力以赴护航高考\n\n"
            "本报讯（记者 李娟）今年全市共有四万余名考生参加高考，各考点均设置了考生休息室。\n\n"
            "┌ 高考便民服务信息\n\n"
            "│ 高考咨询热线：0874-3128806\n"
            "│ 交通管制咨询：0874-3125122\n"
            "└\n")
    arts = _items(text)
    box = next(a for a in arts if a.kind == "notice")
    assert box.title == "高考便民服务信息" and box.paragraphs == ["高考咨询热线：0874-3128806", "交通管制咨询：0874-3125122"]
    assert all("│" not in p and "┌" not in p for a in arts for p in a.paragraphs + a.headlines)


def test_a_title_that_quotes_is_no_campaign_columns_name():
    lines = ["　　今年以来，全县以美丽庭院创建为抓手，", "深化农村人居环境整治。", "小庭院“美”出乡村新气象", "衡山县：", "",
             "　　本报讯（记者 彭湘君）10月24日，", "全市秋季农产品展销会开幕。", "展销会开幕"]
    arts = _items("\n".join(lines) + "\n")
    assert all(a.section != "小庭院“美”出乡村新气象" for a in arts)
    assert any(a.title == "小庭院“美”出乡村新气象" for a in arts)


def test_an_unindented_caption_over_its_credit_leaves_the_indented_paragraph_it_follows():
    lines = ["种参三十年 带富一方人", "",
             "　　本报讯（记者 何敬轩）初秋的清晨，老",
             "岭脚下雾气还没散尽，宋长山已经蹲在参棚",
             "里查看参苗长势。",
             "　　1995年，宋长山从父亲手里接过两亩参",
             "地。那时候种参全凭老辈人的经验，一年的",
             "辛苦常常打了水漂。",
             "　　镇党委书记刘蕴哲告诉记者，在合作社带",
             "动下，全镇人参产业正在转型。今年，镇里",
             "建起了加工车间，附加值提高了约30%。",
             "宋长山（左）在参园里向年轻人",
             "讲解病害防治技术。",
             "通讯员 曲晓楠 摄",
             "　　谈起今后的打算，宋长山说，要把人参这",
             "块金字招牌擦得更亮。"]
    arts = _items("\n".join(lines) + "\n")
    piece = next(a for a in arts if a.title == "种参三十年 带富一方人")
    assert "宋长山（左）" not in _body(piece) and any(p.endswith("附加值提高了约30%。") for p in piece.paragraphs)
    # the picture set between two of its paragraphs is the piece's, and the piece goes on
    # under it (README: a body the file splits around a photo caption is still one item)
    assert [(c.text, c.credit) for c in piece.captions] == [("宋长山（左）在参园里向年轻人讲解病害防治技术。", "曲晓楠")]
    assert piece.paragraphs[-1].startswith("谈起今后的打算")


def test_a_column_label_over_a_title_set_as_two_equal_halves_is_no_slogan():
    text = ("身边的榜样\n"
            "种参三十年\n"
            "带富一方人\n"
            "——记清河镇人参种植专业合作社理事长宋长山\n\n"
            "□ 本报记者 何敬轩\n\n"
            "初秋的清晨，老岭脚下雾气还没散尽，宋长山已经蹲在参棚里查看参苗长势。\n")
    arts = _items(text)
    assert [a.kind for a in arts] == ["feature"]       # no banner of the label and the first half
    assert arts[0].section == "身边的榜样" and "种参三十年" in " ".join(arts[0].headlines)


def _narrow(text: str, width: int = 12) -> str:
    """The page as a narrow column prints it: paragraphs (indented two full-width spaces)
    cut every ``width`` characters, headings on lines of their own."""
    out = []
    for para in text.split("\n"):
        if para.startswith("\u3000\u3000"):
            body = para[2:]
            first = width - 2
            out.append("\u3000\u3000" + body[:first])
            out.extend(body[k:k + width] for k in range(first, len(body), width))
        else:
            out.append(para)
    return "\n".join(out)


def test_a_box_inside_a_feature_on_a_narrow_page_is_its_own_item():
    text = _narrow("\n".join([
        "山海之间绿色潮涌",
        "——东台市生态产业发展纪实",
        "本报记者 陆晓丹",
        "\u3000\u3000初冬的条子泥湿地，候鸟成群结队地飞过滩涂，远处的光伏板在阳光下连成一片蓝色的海洋。",
        "以绿生金 产业成链",
        "\u3000\u3000在东台沿海经济区，一家光伏组件企业的车间里机器轰鸣，工人们正在赶制一批出口订单。",
        "【名词解释】",
        "渔光互补",
        "\u3000\u3000渔光互补是指在鱼塘水面上方架设光伏板，板上发电、板下养鱼，一片水面产出两份收益。",
        "以人为本 共建共享",
        "\u3000\u3000湿地保护带来了游客，也带来了民宿和农家乐，沿海村民的腰包一年比一年鼓。",
        "记者手记",
        "滩涂上的新答卷",
        "\u3000\u3000几年前，这片滩涂还少有人来；如今，游客、候鸟和光伏板一同成了这里的风景。",
    ]))
    arts = _items(text)
    box = next(a for a in arts if a.section == "名词解释")
    assert box.kind == "feature" and box.title == "渔光互补"
    assert box.paragraphs and box.paragraphs[0].startswith("渔光互补是指")
    host = next(a for a in arts if a.title == "山海之间绿色潮涌")
    assert not any("【名词解释】" in p or p.startswith("渔光互补是指") for p in host.paragraphs)
    assert any(p.startswith("湿地保护带来了游客") for p in host.paragraphs)   # the piece goes on after the box
    side = next(a for a in arts if a.title == "滩涂上的新答卷")
    assert side.section == "记者手记"


def test_the_pages_name_in_a_running_header_inside_a_piece_is_no_paragraph():
    text = "\n".join([
        "港城夜市重开张",
        "本报讯（记者 杭雨）国庆前夕，沉寂多年的港城夜市重新开张，摊位前挤满了市民和游客。",
        "2024年9月30日 星期一",
        "A5",
        "城事周刊",
        "责任编辑 陈一帆",
        "夜市设置摊位两百余个，涵盖小吃、文创、非遗手作等多个门类，每晚营业至二十二时。",
    ])
    arts = _items(text)
    assert not any(p == "城事周刊" for a in arts for p in a.paragraphs)
    assert any(p.startswith("夜市设置摊位") for a in arts for p in a.paragraphs)


@pytest.mark.parametrize("paper", ["城市商报", "潇湘晨报", "现代快报", "北京青年报"])
def test_a_city_papers_own_reporter_line_is_a_byline(paper):
    text = "\n".join([
        "老街书场迎来年轻听众",
        f"{paper}记者 钱 程 见习记者 沈 一",
        "",
        "11月17日晚，一处百年老书场内座无虚席，为期一周的系列演出迎来收官场。",
        "据了解，今年以来当地累计开展惠民演出三百余场。",
    ])
    art = next(a for a in _items(text) if a.title == "老街书场迎来年轻听众")
    assert art.reporters == ["钱程", "沈一"]


def test_a_listing_of_shows_under_its_label_is_a_notice_and_stops_before_the_next_title():
    text = "\n".join([
        "演出信息",
        "11月22日19:30 越剧《梁祝》 市大剧院 票价：80元—280元",
        "11月23日19:30 民族音乐会 文化艺术中心 票价：60元—180元",
        "",
        "电影《湖畔人家》开机",
        "——讲述三代渔民守护湖荡的故事",
        "本报记者 顾 晨",
        "11月18日上午，电影《湖畔人家》在湖畔一座渔村开机，预计明年春天上映。",
    ])
    arts = _items(text)
    box = next(a for a in arts if a.title == "演出信息")
    assert box.kind == "notice" and len(box.paragraphs) == 2
    film = next(a for a in arts if a.title == "电影《湖畔人家》开机")
    assert film.kicker is None and film.reporters == ["顾晨"]


def test_a_websites_line_about_its_article_credits_the_writer_and_is_no_paragraph():
    text = "\n".join([
        "湖区民宿迎来旅游旺季",
        "来源：县融媒体中心　作者：乌云其格　发布时间：2025-06-06 10:05　浏览次数：987",
        "【字体：大 中 小】　【打印】　【关闭】",
        "进入6月，湖畔游人渐多，环湖而建的一家家特色民宿迎来旅游旺季。",
        "近年来，当地依托冬捕和民俗资源，大力发展乡村民宿和农家乐。",
    ])
    art = next(a for a in _items(text) if a.title == "湖区民宿迎来旅游旺季")
    assert art.authors == ["乌云其格"]
    assert not any("来源" in p or "浏览次数" in p for p in art.paragraphs)


def test_a_websites_line_about_its_article_with_bars_credits_the_writer_not_the_editor():
    text = "\n".join([
        "河滨社区议出停车新办法",
        "来源：滨城日报　｜　作者：邵一鸣　｜　编辑：顾青　｜　发布时间：2024-09-12 06:30",
        "进入9月，河滨社区新划出的停车位全部启用，院内车辆停放井然有序。",
        "社区将每季度召开一次议事会，听取居民意见。",
    ])
    arts = _items(text)
    assert [a.title for a in arts] == ["河滨社区议出停车新办法"], [a.headlines for a in arts]
    assert arts[0].authors == ["邵一鸣"], arts[0].authors


def test_a_page_label_with_the_sites_page_buttons_is_the_page_label():
    page = parse_page("\n".join([
        "滨城日报", "2024年09月12日　星期四", "第03版：社区　　　　< 上一版　　下一版 >", "",
        "河滨社区议出停车新办法", "", "本报讯（记者 邵一鸣）进入9月，河滨社区新划出的停车位全部启用。", "",
        "社区将每季度召开一次议事会，听取居民意见。"]) + "\n", mentions=False)
    assert [a.headlines for a in page.articles] == [["河滨社区议出停车新办法"]], [a.headlines for a in page.articles]


def test_a_column_of_entries_each_under_a_bulleted_title_is_one_item_each():
    text = "\n".join([
        "热线回音", "",
        "■ 桥头路灯“亮”了", "",
        "诉求：8月27日，市民致电热线反映，桥头小区北门外的路灯长期不亮，夜间出行不便。", "",
        "回复：街道接诉后联系路灯养护单位现场勘查，8月30日更换电缆，路灯全部恢复照明。", "",
        "■ 楼道杂物清走了", "",
        "诉求：9月2日，家住河滨小区的市民反映，楼道内长期堆放废旧家具，存在消防隐患。", "",
        "回复：街道联合物业于9月4日开展楼道清理，清运杂物3车。", "",
    ])
    titles = [a.title for a in _items(text)]
    assert "桥头路灯“亮”了" in titles and "楼道杂物清走了" in titles, titles


def test_a_websites_line_about_its_article_defers_to_the_dispatchs_own_credit():
    text = "\n".join([
        "八郎镇小米走俏网络",
        "发布时间：2025年06月06日 10:40　来源：县融媒体中心　作者：那仁 孟和",
        "本台讯（记者 那仁 通讯员 孟和）6月5日，在镇电商服务中心的直播间里，主播正向网友推介小米。",
        "该镇建设了电商服务中心，培训电商从业人员一百余人。",
    ])
    art = next(a for a in _items(text) if a.title == "八郎镇小米走俏网络")
    assert (art.dispatch, art.reporters, art.correspondents, art.authors) == ("本台讯", ["那仁"], ["孟和"], [])


def test_a_couplet_title_printed_whole_then_over_two_lines_under_its_kicker_is_one_title():
    text = "\n".join([
        "苹果枝头挂红灯　稻田深处起金浪",
        "",
        "乡村振兴看田野",
        "苹果枝头挂红灯",
        "稻田深处起金浪",
        "——某县做强特色林果和优质稻米产业见闻",
        "本报记者 吴德川",
        "",
        "9月9日，记者走进果园，一望无际的苹果林里果实挂满枝头，农户们正忙着采摘、装箱。",
    ])
    art = next(a for a in _items(text) if a.paragraphs)
    assert (art.kicker, art.title) == ("乡村振兴看田野", "苹果枝头挂红灯 稻田深处起金浪")


def test_a_caption_set_apart_by_a_blank_line_on_an_indented_page_leaves_the_paragraph():
    # 　　会议要求，… / …打下坚实基础。 / (blank) / 9月10日，…棉田里，棉桃 / …（four lines, two
    # sentences）… / 通讯员 X 摄: the lines after the blank are the picture's caption
    from baoxun.layout.lines import Line
    from baoxun.layout.reflow import Block, _unindented_caption_tail
    texts = [("会议要求，要同步抓好冬小麦播种，确保播", 2, 0), ("种面积不低于一百九十万亩；统筹做好冬季", 0, 0),
             ("水利建设，为明年农业丰收打下坚实基础。", 0, 0), ("9月10日，阿瓦提县的棉田里，棉桃陆续", 0, 1),
             ("吐絮，一派丰收在望的景象。今年，全县种", 0, 0), ("植棉花一百一十万亩，预计再过十天左右全", 0, 0),
             ("面进入机采期。", 0, 0)]
    lines = [Line(t, start=k * 40, index=k, blank_before=b, indent=ind) for k, (t, ind, b) in enumerate(texts)]
    assert _unindented_caption_tail(Block("text", lines)) == 4


def test_a_weather_boxs_warning_and_advice_panels_stay_in_the_box():
    text = "\n".join([
        "老街夜市人气旺",
        "本报讯（记者 唐果）连日来，老街夜市每晚吸引市民游客上万人次。",
        "",
        "本地天气",
        "今天 晴间多云 29℃～40℃",
        "明天 晴 30℃～41℃",
        "高温预警",
        "市气象台昨日16时继续发布高温橙色预警，预计未来两天最高气温40～42℃。",
        "出行提示",
        "午后尽量减少户外活动；驾车出行注意检查轮胎气压。",
        "",
        "满载西瓜货车侧翻 交巡警疏通道路",
        "本报讯（记者 谭露）昨日清晨，一辆满载西瓜的货车在高速路口侧翻。",
    ])
    arts = _items(text)
    box = next(a for a in arts if a.kind == "weather")
    assert any(p.startswith("午后尽量减少户外活动") for p in box.paragraphs)
    assert not any(a.title in ("高温预警", "出行提示") for a in arts)


def test_pictures_below_a_headless_pieces_title_printed_after_it_stay_apart():
    text = "\n".join([
        "（上接第3版）",
        "下午2点，路口的地表温度已经超过60℃，交巡警站在岗亭外指挥交通。",
        "“站一个小时，衣服能拧出水来。”他说，为了应对高温，队里调整了执勤时间。",
        "08 新闻·社会",
        "同样坚守在烈日下的，还有环卫工人、快递小哥和建筑工人。",
        "高温下的“城市守护者”",
        "",
        "8月9日，游客在山上避暑纳凉。入伏以来，景区平均气温只有22℃左右。",
        "首席记者 冉 川 摄",
        "",
        "8月9日，一处建筑工地调整作息时间，工人们趁早上气温较低抓紧施工。",
        "记者 郑 宇 摄",
    ])
    arts = _items(text)
    photos = [a for a in arts if a.kind == "photo"]
    assert [a.photographers for a in photos] == [["冉川"], ["郑宇"]]
    assert not any(p == "08 新闻·社会" for a in arts for p in a.paragraphs)


def test_a_notices_signers_set_far_in_stay_with_it_and_the_page_foot_is_furniture():
    text = "\n".join([
        "关于西环路部分路段实施临时交通管制的通告",
        "　　因供热管网改造工程施工需要，决定自2023年11月10日至11月25日，对西环路实施全封闭交通",
        "管制，禁止一切车辆和行人通行。",
        "　　特此通告。",
        "　　　　　　　宁安市公安局交通警察大",
        "队",
        "　　　　　　　宁安市交通运输局",
        "　　　　　　　　　2023年11月7日",
        "迁坟公告",
        "　　因公路改扩建工程建设需要，须对工程占地范围内的坟墓进行迁移，请坟主于12月31日前自行迁移。",
        "刊登广告、公告、遗失声明请联系：0453-6925371",
        "8",
    ])
    arts = _items(text)
    assert [a.title for a in arts] == ["关于西环路部分路段实施临时交通管制的通告", "迁坟公告"]
    assert "宁安市公安局交通警察大队" in arts[0].paragraphs


def test_an_epaper_sites_numbered_list_rules_and_title_field_are_furniture():
    text = "\n".join([
        "本版新闻列表",
        "1. 非法采砂破坏河道 四名被告人获刑",
        "2. 警方打掉一个旅游诈骗团伙",
        "3. 警讯",
        "",
        "————————————————",
        "",
        "非法采砂破坏河道",
        "四名被告人获刑",
        "　　本报讯（记者 唐晓雯）12月12日，县人民法院公开开庭审理一起非法采矿案，当庭宣判四名被告人犯非法采矿罪。",
        "",
        "————————————————",
        "",
        "标题：警方打掉一个旅游诈骗团伙",
        "警方打掉一个旅游诈骗团伙",
        "　　本报讯（记者 秦海波）近日，县公安局破获一起以低价旅游为幌子实施诈骗的案件，抓获犯罪嫌疑人七名。",
        "",
        "————————————————",
        "",
        "警讯",
        "　　■12月10日晚，一居民楼发生电动自行车入户充电起火，所幸未造成人员伤亡。（记者 唐晓雯）",
        "　　■近日，民警在巡逻中发现一名神情迷茫的八旬老人，帮助其与家人团聚。（临公宣）",
        "　　■12月11日，交警在国道上查处一辆严重超员的面包车。（记者 秦海波）",
    ])
    arts = _items(text)
    assert [a.title for a in arts[:2]] == ["四名被告人获刑", "警方打掉一个旅游诈骗团伙"]
    briefs = [a for a in arts if a.section == "警讯"]
    assert len(briefs) == 3 and all(a.title is None for a in briefs)
    assert not any("——" in p or p.startswith(("1.", "标题")) for a in arts for p in a.paragraphs + a.headlines)


def test_a_sites_contents_with_kicker_and_title_on_one_line_and_picture_placeholders_are_furniture():
    text = "\n".join([
        "本版新闻",
        "书记在城关区调研时强调　用心用情做好民生工作",
        "河畔秋意浓",
        "",
        "书记在城关区调研时强调",
        "用心用情做好民生工作",
        "发布日期：2024-09-12",
        "　　本报讯（记者 格桑 李铭）9月11日，市委书记深入城关区八廓街道，调研老城区保护更新和民生工作。",
        "",
        "河畔秋意浓",
        "　　金秋时节，河两岸层林尽染，青稞田里一片金黄，处处是丰收的景象。",
        "[图片]",
        "①9月10日，村民在田间收割青稞。",
        "[图片]",
        "②农机手驾驶收割机抢收青稞。",
        "本报记者 旦增 摄",
    ])
    arts = _items(text)
    assert [a.title for a in arts] == ["用心用情做好民生工作", "河畔秋意浓"]
    photo = arts[1]
    assert photo.kind == "photo" and photo.photographers == ["旦增"]
    assert [p[:1] for p in photo.paragraphs] == ["金", "①", "②"]
    assert not any("[图片]" in p or "发布日期" in p for a in arts for p in a.paragraphs)


def test_a_masthead_in_pinyin_with_an_apostrophe_and_a_special_pages_running_header_are_furniture():
    text = "\n".join([
        "延安日报",
        "YAN'AN RIBAO",
        "中共延安市委机关报",
        "2023年12月28日　星期四",
        "",
        "传承延安精神 建设幸福家园",
        "",
        "书记在洛川县调研时强调",
        "做强做优苹果产业 让果农腰包更鼓",
        "",
        "本报讯（记者 贺晓东）12月26日，市委书记深入洛川县调研苹果产业发展和冬季果园管理工作。",
        "纪念遵义会议召开90周年特刊　　06",
        "他强调，要坚定不移把苹果产业作为富民强市的主导产业。",
    ])
    arts = _items(text)
    assert arts[0].kind == "banner" and arts[0].title.startswith("传承延安精神")
    news = next(a for a in arts if a.title == "做强做优苹果产业 让果农腰包更鼓")
    assert news.kicker == "书记在洛川县调研时强调"
    assert not any("特刊" in p for a in arts for p in a.paragraphs)


def test_a_couplet_set_apart_between_two_pieces_is_a_banner_not_the_next_kicker():
    text = "\n".join([
        "在传承红色基因中汲取奋进力量",
        "□ 王开明",
        "　　九十年过去了，会议精神历久弥新，始终是激励我们砥砺前行的强大精神动力。",
        "　　（作者系市委党史研究室主任）",
        "",
        "赓续红色血脉 走好新的赶考之路",
        "",
        "让会议精神在新时代绽放光芒",
        "□ 罗诗琪",
        "　　会议精神是一代代人口口相传、历久弥新的宝贵财富。",
    ])
    arts = _items(text)
    assert [a.kind for a in arts] == ["feature", "banner", "feature"]
    assert arts[2].kicker is None and arts[2].authors == ["罗诗琪"]


def test_a_sites_menu_navigation_and_page_name_over_its_number_are_furniture():
    text = "\n".join([
        "常德日报数字报刊",
        "首页 | 往期 | 检索 | 常德新闻网",
        "2025年10月21日",
        "文化",
        "13",
        "本版导航",
        "◆ 首届“村BA”总决赛收官 漆河镇队夺冠",
        "◆ 老年人门球赛落幕",
        "",
        "首届“村BA”总决赛收官",
        "漆河镇队夺冠",
        "本报讯（记者 向文斌）10月19日晚，全县首届乡村篮球联赛总决赛在县体育馆举行。",
        "上一篇　　下一篇　　返回本版",
        "",
        "老年人门球赛落幕",
        "本报讯（记者 覃思雨）10月18日至20日，全市老年人门球赛在鼎城区举行。",
        "■近日，县里投入资金380万元，新建一批笼式足球场。（石体宣）",
        "■10月17日，在全国青少年皮划艇锦标赛上，我市选手获得两枚金牌。（记者 覃思雨）",
        "长沙晚报社出版 新闻热线：96333",
    ])
    arts = _items(text)
    assert [a.title for a in arts[:2]] == ["漆河镇队夺冠", "老年人门球赛落幕"]
    assert arts[0].kicker == "首届“村BA”总决赛收官"
    texts = [p for a in arts for p in a.paragraphs + a.headlines]
    assert not any(t in ("13", "文化") or "返回本版" in t or "热线" in t for t in texts)
    assert any(a.authors == ["石体宣"] for a in arts)


@pytest.mark.parametrize("indent", ["", "　　"])
def test_a_reporting_kicker_over_a_couplet_title_set_on_two_lines(indent):
    text = "\n".join([
        "我县深入推进文明实践走深走实",
        "",
        "文明新风润城乡",
        "志愿之花遍地开",
        "",
        "——某县文明创建工作综述",
        "",
        "记者 沈晨阳",
        "",
        f"{indent}10月21日傍晚，雉城街道一处社区广场上，“文明实践夜市”热闹非凡，二十多个志愿服务摊位前排起了长队。",
    ])
    art = next(a for a in _items(text) if a.paragraphs)
    assert (art.kicker, art.title) == ("我县深入推进文明实践走深走实", "文明新风润城乡 志愿之花遍地开")


def test_a_credit_under_a_column_label_and_over_its_title_opens_that_piece():
    text = "\n".join([
        "西关的雨",
        "□ 陈一苇",
        "",
        "广州的雨说来就来。初秋的午后，天色一暗，雨点便砸在骑楼的檐口上，噼噼啪啪。",
        "后来外婆走了，老屋也卖了。原来少的那一点，是雨声里的那个人。",
        "",
        "食事",
        "文/林小禾",
        "一盅两件的早晨",
        "",
        "在广州，“叹早茶”是一件正经事。周末早上七点，老字号茶楼门口已经排起了队。",
        "所谓“一盅两件”，一盅是茶，两件是点心，茶位费每人6元。",
    ])
    arts = _items(text)
    essay = next(a for a in arts if a.title == "西关的雨")
    tea = next(a for a in arts if a.title == "一盅两件的早晨")
    assert essay.authors == ["陈一苇"] and tea.authors == ["林小禾"] and tea.section == "食事"


def test_a_box_of_figures_is_its_own_item_and_its_lines_are_no_headlines():
    text = "\n".join([
        "做足山水文章 打造全域旅游样板",
        "本报记者 孙 悦",
        "",
        "记者：民宿是当地旅游的一张名片，有哪些经验？",
        "",
        "刘宏伟：我们坚持政府引导、村集体主导、群众参与，探索出民宿发展的新模式。",
        "",
        "数说留坝",
        "",
        "森林覆盖率：91.5%",
        "",
        "精品民宿：86家",
        "",
        "2022年接待游客：526万人次",
    ])
    arts = _items(text)
    box = next(a for a in arts if a.title == "数说留坝")
    assert box.paragraphs == ["森林覆盖率：91.5%", "精品民宿：86家", "2022年接待游客：526万人次"]
    interview = next(a for a in arts if a.title == "做足山水文章 打造全域旅游样板")
    assert not any("数说" in p or "91.5%" in p for p in interview.paragraphs)


def test_a_reporters_line_under_a_pictures_credit_opens_the_piece_below():
    # titles after bodies: picture, its 摄 credit, then a reporter's line over a feature's body
    text = "\n".join([
        "本报讯（记者 郑安）7月18日，全县夏季运动会在体育中心开幕，二十个代表队参加比赛。",
        "运动会将持续三天，设田径、篮球等八个项目。",
        "全县夏季运动会开幕",
        "7月18日晚，市民在河畔广场观看灯光秀。",
        "本报记者 马冬 摄",
        "本报记者 黄可",
        "清晨七点，城北社区渐渐热闹起来，送孩子上学的家长和上班的居民来来往往。",
        "社区依托就近建设的车间，让搬迁群众在家门口就业，每月能挣两千多元。",
        "搬出大山天地宽",
    ])
    arts = _items(text)
    feature = next(a for a in arts if "清晨七点" in "".join(a.paragraphs))
    assert feature.reporters == ["黄可"], [(a.title, a.reporters, a.photographers) for a in arts]
    photo = next(a for a in arts if "灯光秀" in "".join(a.paragraphs))
    assert photo.photographers == ["马冬"] and photo.reporters == [], (photo.reporters, photo.photographers)


def test_the_papers_name_over_the_page_label_at_the_foot_is_no_part_of_a_title():
    text = "\n".join([     # a narrow column, titles after their bodies
        "本报讯（记者 郑安）7月18日，", "全县夏季运动会在体育中心开", "幕，二十个代表队参加比赛。",
        "　　运动会将持续三天，设田", "径、篮球等八个项目。", "全县夏季运动会开幕",
        "本报讯（记者 黄可）7月19日，", "县人社局在城北社区开展专场", "招聘，二十家企业提供岗位三",
        "百余个。", "城北社区“送岗进社区”", "滨城日报", "第2版 综合",
    ])
    page = parse_page(text + "\n", mentions=False)
    assert all("滨城日报" not in (a.title or "") for a in page.articles), [a.title for a in page.articles]
    assert page.paper.name == "滨城日报"


def test_a_weather_boxs_dated_table_of_places_readings_is_the_boxs_body():
    text = "\n".join([
        "全县夏季运动会开幕", "",
        "本报讯（记者 郑安）7月18日，全县夏季运动会在体育中心开幕，二十个代表队参加比赛。", "",
        "天气预报",
        "8月3日",
        "康定 小雨 12～21℃",
        "泸定 多云 19～31℃ 北风1～2级",
        "理塘 阵雨 6～16℃",
        "州气象台提醒：近期降雨天气较多，请注意防范山洪、泥石流等地质灾害。",
    ])
    arts = _items(text)
    box = next(a for a in arts if a.kind == "weather")
    assert box.title == "天气预报" and len(arts) == 2, [(a.kind, a.headlines, a.paragraphs) for a in arts]
    assert "康定 小雨 12～21℃" in box.paragraphs and "8月3日" in box.paragraphs, box.paragraphs


def test_the_papers_name_in_capitals_and_in_hanzi_before_the_editors_is_a_footer():
    text = "\n".join([
        "全县夏季运动会开幕", "",
        "本报讯（记者 郑安）7月18日，全县夏季运动会在体育中心开幕，二十个代表队参加比赛。", "",
        "BINCHENG DAILY　　滨城日报　　责任编辑：罗海燕　校对：邓凯", "",
        "城北社区“送岗进社区”", "",
        "本报讯（记者 黄可）7月19日，县人社局在城北社区开展专场招聘，二十家企业提供岗位三百余个。",
    ])
    arts = parse_page(text + "\n", mentions=False).articles
    assert [a.headlines for a in arts] == [["全县夏季运动会开幕"], ["城北社区“送岗进社区”"]], \
        [(a.kind, a.headlines) for a in arts]


def test_a_hotlines_question_over_its_answer_is_the_title_over_its_subtitle():
    text = "\n".join([
        "民生热线", "",
        "假期垃圾清运不及时？",
        "回复：已加派人手实行“日产日清”",
        "问：我住在城北片区，国庆假期小区附近的垃圾收集点连续两天没有清运，能否尽快处理？（市民陈先生）",
        "答：区城市管理局回复，接到反映后已增派清运车辆4台，对片区垃圾收集点实行每日两次清运。",
    ])
    art = next(a for a in _items(text) if a.paragraphs)
    assert (art.kicker, art.title) == (None, "假期垃圾清运不及时？"), art.headlines
    assert art.subtitle == "回复：已加派人手实行“日产日清”", art.headlines


def test_bulleted_briefs_under_a_briefs_label_are_items_each_not_sections_of_the_piece_above():
    text = "\n".join([
        "猜灯谜 品汤圆 老街年味浓", "",
        "本报讯（记者 许婷）2月12日，老街传统街区举办猜灯谜活动，现场悬挂灯谜3000余条。",
        "活动现场还设置了汤圆制作、童玩体验等区域，吸引数千名市民游客参与。", "",
        "文旅快讯",
        "■县元宵民俗巡游于2月12日晚举行，26支民俗表演队伍参与巡游，沿途观众超过5万人次。",
        "■2月14日至16日，市博物馆将推出元宵习俗主题展，展出花灯等藏品80余件。",
    ])
    arts = _items(text)
    assert len(arts) == 3, [(a.title, a.paragraphs) for a in arts]
    assert arts[0].paragraphs[-1].startswith("活动现场"), arts[0].paragraphs
    assert [a.section for a in arts[1:]] == ["文旅快讯", "文旅快讯"], [(a.section, a.kicker) for a in arts]


def test_a_weather_boxs_line_of_places_temperatures_stays_in_the_box():
    text = "\n".join([
        "全县夏季运动会开幕", "",
        "本报讯（记者 郑安）4月15日，全县夏季运动会在体育中心开幕，二十个代表队参加比赛。", "",
        "滨城天气",
        "市气象台4月15日16时发布",
        "16日：晴间多云 20℃～35℃",
        "城关 21℃～35℃ 河口 16℃～29℃ 新街 20℃～34℃",
        "提示：近期气温较高，紫外线强，请注意防暑降温。",
    ])
    arts = _items(text)
    box = next(a for a in arts if a.kind == "weather")
    assert len(arts) == 2 and any("河口" in p for p in box.paragraphs), [(a.kind, a.paragraphs) for a in arts]


def test_a_weather_boxs_air_quality_without_a_colon_and_the_duty_editors_line_close_the_page():
    text = "\n".join([
        "全县夏季运动会开幕", "",
        "本报讯（记者 郑安）12月3日，全县冬季运动会在体育中心开幕，二十个代表队参加比赛。", "",
        "滨城天气", "",
        "今天 阴转小雨 8℃～13℃ 北风1～2级",
        "明天 小雨转阴 7℃～12℃ 北风1～2级",
        "空气质量 良", "", "",
        "奋力书写新时代滨城篇章", "",
        "值班编委：邹平　　责任编辑：罗静　　校对：蒋雯",
    ])
    arts = parse_page(text + "\n", mentions=False).articles
    box = next(a for a in arts if a.kind == "weather")
    assert "空气质量 良" in box.paragraphs, box.paragraphs
    assert not any("值班编委" in "".join(a.paragraphs + a.headlines) for a in arts), [(a.kind, a.headlines) for a in arts]


@pytest.mark.parametrize("line, field, name", [("□ 本报通讯员 阿拉腾其木格", "correspondents", "阿拉腾其木格"),
                                               ("□ 本报记者 敖登格日乐", "reporters", "敖登格日乐")])
def test_a_mongolian_name_printed_whole_in_a_byline_is_one_name(line, field, name):
    text = "\n".join(["牧区“奶食坊”带富一方人", line,
                      "清晨，牧民家的奶食坊里飘出阵阵奶香，女主人正忙着熬制奶豆腐。",
                      "这几年，合作社带动周边二十多户牧民一起增收。"])
    (art,) = _items(text)
    assert getattr(art, field) == [name], (art.reporters, art.correspondents, art.authors)


def test_a_slogan_couplet_set_apart_between_pieces_is_a_banner_though_it_shares_a_word_with_the_title():
    text = "\n".join([
        "全县秋粮收购进度过半", "",
        "本报讯（记者 郑安）10月20日，记者从县粮食局获悉，全县秋粮收购已完成计划的52.6%。", "", "",
        "奋力冲刺全年目标 决战决胜四季度", "",
        "以冲刺姿态跑好全年“最后一公里”",
        "□ 本报评论员",
        "进入四季度，全年目标任务进入冲刺阶段。各级各部门要拿出冲刺的劲头，确保全年目标圆满完成。",
    ])
    arts = parse_page(text + "\n", mentions=False).articles
    comment = next(a for a in arts if a.title == "以冲刺姿态跑好全年“最后一公里”")
    assert comment.kicker is None, comment.headlines
    assert any(a.kind == "banner" and a.title == "奋力冲刺全年目标 决战决胜四季度" for a in arts), \
        [(a.kind, a.headlines) for a in arts]


def test_a_markdown_quote_over_a_markdown_heading_is_the_pages_pull_quote_not_a_kicker():
    text = "\n".join([
        "## 全市中小学生迎来开学季", "",
        "本报讯（记者 谭晓）9月1日，全市中小学迎来新学期，42万名中小学生走进校园。", "",
        "> 办好人民满意的教育", "",
        "## 56分钟打通“生命通道”", "",
        "本报讯（记者 李欣）8月30日凌晨，一名突发急性心肌梗死的男子被送至市中心医院急诊科。",
    ])
    arts = parse_page(text + "\n", mentions=False).articles
    piece = next(a for a in arts if a.title == "56分钟打通“生命通道”")
    assert piece.kicker is None, piece.headlines
    assert any(a.kind == "banner" and a.title == "办好人民满意的教育" for a in arts), [(a.kind, a.headlines) for a in arts]


def test_a_couplet_set_across_a_narrow_page_over_an_event_is_its_kicker_under_the_pages_slogan():
    column = ["　　本报讯（记者 栾晓军）3月", "1日，县委常委会召开会议，传达", "学习省市有关会议精神，研究部署",
              "招商引资和项目建设工作。县委书", "记主持会议并讲话。", "　　会议强调，要坚持项目为王，",
              "全力以赴抓招商、上项目。"]
    text = "\n\n".join(["凝心聚力谋发展 实干担当开新局", "传达学习省市有关会议精神 研究部署招商引资和项目建设工作",
                        "县委常委会召开会议"] + column)
    arts = parse_page(text + "\n", mentions=False).articles
    piece = next(a for a in arts if a.paragraphs)
    assert (piece.kicker, piece.title) == ("传达学习省市有关会议精神 研究部署招商引资和项目建设工作", "县委常委会召开会议"), \
        piece.headlines


def test_a_footer_of_the_papers_name_its_dated_weekday_and_page_number_is_no_part_of_a_title():
    text = "\n\n".join([
        "本报讯（记者 郑安）6月13日，县应急管理局在一座煤矿开展井下透水事故应急救援演练。",
        "整个演练历时2小时30分钟，3名被困人员全部成功获救。",
        "县开展煤矿井下透水事故应急救援演练",
        "滨城日报", "2023年6月14日 星期三", "3", "综合新闻",
        "本报讯（记者 黄可）6月12日，县人社局在城北社区开展专场招聘，二十家企业提供岗位三百余个。",
        "县人社局送岗进社区",
    ])
    arts = parse_page(text + "\n", mentions=False).articles
    assert "县开展煤矿井下透水事故应急救援演练" in [a.title for a in arts], [a.headlines for a in arts]


def test_a_notices_signing_body_and_date_stay_in_the_notice():
    news = ["全县秋粮收购进度过半", ""] + [f"本报讯（记者 郑安）第{k}段，全县秋粮收购稳步推进，各收购点秩序良好。" for k in range(1, 8)] + [""]
    text = "\n".join(news + [
        "滨城日报征文启事", "",
        "为展示家乡新貌，本报即日起开展征文活动。来稿请发送至电子邮箱，注明“征文”字样。",
        "滨城日报社", "2024年11月8日",
    ])
    art = next(a for a in _items(text) if a.title == "滨城日报征文启事")
    assert "滨城日报社" in art.paragraphs, art.paragraphs


def test_a_deck_of_figures_over_a_plain_statement_on_a_narrow_page_is_its_kicker():
    above = ["重点项目建设跑出“加速度”", "（上接A01版）", "  在城北新区，综合医院二期项目", "工地上，200余名工人已全部返岗，塔吊",
             "林立、机器轰鸣。项目负责人介绍，春节期", "间项目部为留守工人安排了年夜饭和节日慰", "问，节后复工率达到95%以上。", ""]
    column = ["  本报讯（记者 陈丹 实习生 林琪 ", "通讯员 文旅）2月23日，记者从市文", "旅局获悉，2月15日至23日春节假期，",
              "全市共接待游客1086.7万人次，实现", "旅游收入96.3亿元，同比分别增长12.4%", "和15.1%。",
              "  历史文化街区游人如织，主题灯会、闽剧", "展演等活动轮番上演。"]
    text = "\n".join(above + ["9天接待游客1086.7万人次", "春节假期滨城文旅市场红火"] + column)
    art = next(a for a in _items(text) if "1086.7" in "".join(a.headlines))
    assert (art.kicker, art.title) == ("9天接待游客1086.7万人次", "春节假期滨城文旅市场红火"), art.headlines


@pytest.mark.parametrize("label", ["热线直通车", "民生热线", "百姓呼声"])
def test_a_hotline_columns_label_over_a_reply_is_its_section_not_its_kicker(label):
    text = "\n".join([label, "节后返程客流大 城南火车站公交将加密",
                      "本报讯（记者 黄可）近日，市民来电反映节后返程客流大，火车站公交班次少。",
                      "市公交集团回复，2月24日起将加密3条线路的班次。"])
    art = next(a for a in _items(text) if a.paragraphs)
    assert art.kicker is None and art.section == label, (art.section, art.headlines)


@pytest.mark.parametrize("label", ["热线直通车", "民生热线", "热线回音", "百姓呼声"])
def test_a_hotline_columns_name_is_a_column_label(label):
    from baoxun.assemble.headlines import is_section_label
    assert is_section_label(label)


def test_a_pictures_credit_between_its_title_and_its_caption_credits_that_picture():
    text = "\n".join([
        "歌圩对唱乐",
        "本报记者 韦芳 摄",
        "4月3日，城西乡的群众在河畔对唱山歌，欢度“三月三”。当天，周边乡镇的歌手和游客齐聚河畔。",
        "",
        "“三月三”假期我市旅游市场火热",
        "本报讯（记者 莫娟）记者从市文化广电和旅游局获悉，假期全市共接待游客186.3万人次。",
    ])
    arts = _items(text)
    photo = next(a for a in arts if a.title == "歌圩对唱乐")
    assert photo.kind == "photo" and photo.photographers == ["韦芳"], (photo.kind, photo.photographers, photo.reporters)
    news = next(a for a in arts if a.title == "“三月三”假期我市旅游市场火热")
    assert news.photographers == [] and news.reporters == ["莫娟"], (news.reporters, news.photographers)


def test_a_sidebar_boxed_inside_its_host_gives_the_text_after_it_back_to_the_host():
    # paragraphs follow one another with no blank line; the box's do too, and the blank
    # line after them closes the box
    text = "\n".join([
        "草原上的“牧民医生”",
        "本报记者 卓玛 通讯员 陈立",
        "\u3000\u3000天刚亮，乡卫生院的诊室里已经坐满了前来看病的牧民。",
        "\u3000\u3000十年来，她走遍了全乡二十一个牧业村，为牧民建起一千多份健康档案。",
        "",
        "记者手记",
        "\u3000\u3000跟着她走了一天，记者的鞋底沾满了泥。",
        "\u3000\u3000基层医生的价值，写在牧民一声声亲切的称呼里。",
        "",
        "\u3000\u3000如今，乡里又有三名年轻医生跟着她学看病。",
        "\u3000\u3000“只要牧民需要，我就一直干下去。”她说。",
    ])
    arts = _items(text)
    host = next(a for a in arts if a.title == "草原上的“牧民医生”")
    box = next(a for a in arts if a.title == "记者手记")
    assert box.kind == "feature"
    assert [p[:4] for p in box.paragraphs] == ["跟着她走", "基层医生"]
    assert host.paragraphs[-2].startswith("如今，乡里") and host.paragraphs[-1].startswith("“只要牧民")


def test_a_sidebar_whose_paragraphs_are_set_apart_by_blank_lines_keeps_them():
    text = "\n".join([
        "草原上的“牧民医生”", "",
        "本报记者 卓玛", "",
        "天刚亮，乡卫生院的诊室里已经坐满了前来看病的牧民。", "",
        "十年来，她走遍了全乡二十一个牧业村，为牧民建起一千多份健康档案。", "",
        "记者手记", "",
        "跟着她走了一天，记者的鞋底沾满了泥。", "",
        "基层医生的价值，写在牧民一声声亲切的称呼里。", "",
        "如今，更多年轻人愿意留在草原上行医。",
    ])
    box = next(a for a in _items(text) if a.title == "记者手记")
    assert len(box.paragraphs) == 3


@pytest.mark.parametrize("line", ["文/图 全媒体记者 张晓 通讯员 李强", "文/图 记者 王芳", "图/文 融媒体记者 周云 刘畅"])
def test_a_text_and_picture_credit_with_every_role_is_the_pieces_byline(line):
    text = "\n".join(["山里的冬笋出山了", "", line, "", "初冬时节，山里的冬笋进入采挖旺季，笋农们忙着上山采挖、分拣、装箱。"])
    art = _items(text)[0]
    assert art.title == "山里的冬笋出山了" and art.photographers
    assert not any(line.split()[-1] in p for p in art.paragraphs)


def test_a_zoujiceng_campaign_column_with_its_series_name_is_the_section():
    text = "\n".join(["新春走基层·一线见闻", "", "山村里的年味", "", "本报记者 罗兰", "",
                      "腊月里，村里家家户户杀年猪、打糍粑，村口的大红灯笼早早挂了起来。"])
    art = _items(text)[0]
    assert art.section == "新春走基层·一线见闻" and art.title == "山村里的年味"


def test_a_web_pages_navigation_links_in_markdown_are_furniture():
    text = "\n".join([
        "[返回目录](#) [上一版](#) [下一版](#)", "",
        "# 江城冰灯节开幕", "",
        "本报讯（记者 林雪）1月5日，第十届江城冰灯节在江滨公园开幕，百余组冰灯吸引市民游客观赏。", "",
        "[上一篇](#) [下一篇](#) [返回目录](#)",
    ])
    arts = _items(text)
    assert [a.title for a in arts] == ["江城冰灯节开幕"]
    assert not any("上一篇" in p or "返回目录" in p for a in arts for p in a.paragraphs)


@pytest.mark.parametrize("kicker", ["满洲里口岸", "东宁市"])
def test_a_short_deck_naming_a_place_over_a_title_is_its_kicker_not_a_column(kicker):
    text = "\n".join([
        "市政府召开常务会议", "",
        "本报讯（记者 孙平）1月9日，市政府召开常务会议，研究部署冬季安全生产等工作。", "", "",
        kicker, "",
        "去年进出境货运量再创新高", "",
        "本报讯（记者 于洪）记者从海关获悉，去年口岸进出境货运量再创历史新高。", "", "",
        "我市发放冰雪季消费券", "",
        "本报讯（记者 孙丹）为激发冬季消费活力，我市将分三期发放冰雪季消费券。",
    ])
    arts = _items(text)
    port = next(a for a in arts if a.title == "去年进出境货运量再创新高")
    assert port.kicker == kicker and port.section is None
    assert next(a for a in arts if a.title == "我市发放冰雪季消费券").section is None


def test_a_picture_between_two_sections_of_a_subheaded_feature_is_that_features():
    text = "\n".join([
        "# 冰雪“冷资源”燃起“热经济”", "",
        "### ——我市冬季旅游市场观察", "",
        "**本报记者 周新 孙丹**", "",
        "新年伊始，我市冰雪旅游热度不减。湖畔冰瀑飞挂，林海雪原灯火通明，老街上游人如织，“冷资源”正加速转化为“热经济”。", "",
        "据市文旅局统计，入冬以来全市共接待游客两百八十多万人次，实现旅游收入三十多亿元，同比分别增长两成以上。", "",
        "**镜泊湖：冰瀑奇观引客来**", "",
        "1月8日上午，镜泊湖景区吊水楼瀑布前，来自南方的游客裹着厚厚的羽绒服，兴奋地举着手机拍个不停。“第一次见到冻住的瀑布，太震撼了！”", "",
        "雪季开始后，景区推出冰瀑观光、冬捕体验、冰上卡丁车等十多项冰雪游乐项目，周末客房预订率达到九成以上。", "",
        "![](images/p1.jpg)", "",
        "*1月8日，游客在吊水楼瀑布前拍照留念。 本报记者 周新 摄*", "",
        "**雪乡：童话世界人气旺**", "",
        "夜幕降临，雪乡景区的“雪蘑菇”在红灯笼映照下格外迷人。雪韵大街上，扭秧歌、看烟花、品尝铁锅炖的游客络绎不绝。", "",
        "为提升游客体验，景区本雪季实行全域明码标价，设立游客服务中心和投诉处理快速通道，提供餐饮、住宿“一站式”预订服务。", "",
        "**横道河子：百年小镇焕新颜**", "",
        "在横道河子镇，百年俄式建筑群与皑皑白雪相映成趣。镇里利用老机车库打造油画写生基地和冰雪嘉年华，吸引大批游客前来打卡。", "",
    ])
    arts = _items(text)
    assert len(arts) == 1, [a.title for a in arts]
    art = arts[0]
    assert [c.text for c in art.captions] == ["1月8日，游客在吊水楼瀑布前拍照留念。"]
    assert art.paragraphs[-1].startswith("在横道河子镇")


def test_a_series_tag_in_brackets_over_a_title_is_its_section_however_long():
    text = "\n".join(["【民营经济高质量发展巡礼】", "一根钢丝的“全球订单”", "", "□ 本报记者 钱一诺", "",
                      "清晨7点，位于周庄镇的一家钢丝企业车间里，机器已经轰鸣起来。"])
    art = _items(text)[0]
    assert art.section == "民营经济高质量发展巡礼" and art.title == "一根钢丝的“全球订单”"


def test_a_web_pages_framed_page_label_edition_list_and_related_links_are_furniture():
    text = "\n".join([
        "义乌商报数字报",
        "2024年11月20日 星期三",
        "< 上一版　　第01版：要闻　　下一版 >",
        "版面导航",
        "01 要闻　02 要闻　03 商贸　04 市场",
        "",
        "“义新欧”班列开行再创新高",
        "　　本报讯（记者 朱浩）记者从市口岸办获悉，今年以来“义新欧”班列累计开行两千余列。",
        "",
        "相关阅读：",
        "· 我市举办跨境电商人才招聘专场活动",
        "· 稠城街道开展外贸企业安全生产检查",
    ])
    page = parse_page(text, mentions=False)
    assert [a.title for a in page.articles] == ["“义新欧”班列开行再创新高"]
    assert page.articles[0].paragraphs[-1].endswith("两千余列。")


def test_a_hotline_columns_question_over_the_callers_turn_is_the_entrys_title():
    text = "\n".join([
        "民生热线",
        "老旧小区加装电梯有补助吗？",
        "市民王先生来电：我家小区建成于上世纪90年代，楼里老人多，想加装电梯，请问有没有补助？",
        "市住建局回复：符合条件的项目可申请财政补助，业主需先征得本单元相关业主同意。（吴佳）",
        "公交站台改造何时完工？",
        "市民李女士来电：一处公交站台去年底开始改造，至今还没有完工，希望尽快恢复。",
        "县交通运输局回复：站台将于3月底前完成改造并恢复使用。（徐瑶）",
    ])
    arts = _items(text)
    assert [a.title for a in arts] == ["老旧小区加装电梯有补助吗？", "公交站台改造何时完工？"]
    assert all(a.paragraphs[0].startswith("市民") for a in arts)


def test_a_page_label_whose_section_holds_a_dot_is_furniture_mid_page():
    text = "\n".join([
        "网格员老费的“民情日记”",
        "本报讯（记者 费凡）翻开网格员费建华的工作笔记，密密麻麻记满了村民的“急难愁盼”。",
        "湖州日报　2025年3月12日　星期三",
        "第3版　社会·民生",
        "今年56岁的费建华当了8年网格员，负责的片区有三百多户人家。",
    ])
    arts = _items(text)
    assert len(arts) == 1 and not any("社会·民生" in (a.title or "") for a in arts)
    assert arts[0].paragraphs[-1].startswith("今年56岁")


def test_a_price_box_is_one_notice_with_a_line_for_each_price():
    text = "\n".join([
        "城区菜篮子供应充足",
        "本报讯（记者 向红）记者从市商务局获悉，近期城区蔬菜、肉蛋供应充足，价格总体平稳。",
        "今日菜价",
        "（10月22日 城区主要农贸市场零售均价）",
        "猪肉（精瘦肉） 14.5元/斤",
        "鸡蛋 5.2元/斤",
        "大白菜 1.5元/斤",
        "本地鲫鱼 12元/斤",
        "价格来源：市发展和改革委员会",
    ])
    arts = _items(text)
    box = arts[-1]
    assert box.kind == "notice" and box.title == "今日菜价"
    assert box.paragraphs[1:5] == ["猪肉（精瘦肉） 14.5元/斤", "鸡蛋 5.2元/斤", "大白菜 1.5元/斤", "本地鲫鱼 12元/斤"]
    assert box.paragraphs[0].startswith("（10月22日") and box.paragraphs[-1].startswith("价格来源")


def test_a_whole_telephone_number_ending_a_line_is_no_number_the_column_cut():
    text = "\n".join([
        "农产品价格行情",
        "黄瓜 2.0元/斤",
        "豇豆 3.5元/斤",
        "县价格监测中心提供",
        "三夏服务热线：0558-6521235",
        "5月20日，瓦店镇，农技人员操作植保无人机为小麦喷施叶面肥。",
        "融媒体记者 王卫东 摄",
    ])
    arts = _items(text)
    assert not any("6521235" in p and "5月20日" in p for a in arts for p in a.paragraphs)
    photo = next(a for a in arts if a.kind == "photo")
    assert photo.photographers == ["王卫东"]
    assert "县价格监测中心提供" in arts[0].paragraphs


def test_the_publishers_labelled_before_the_editors_at_the_foot_are_furniture():
    text = "\n".join([
        "县政协开展秸秆禁烧民主监督",
        "本报讯（记者 刘倩）5月21日，县政协组织委员开展秸秆禁烧专项民主监督。",
        "",
        "主办：中共临泉县委　出版：临泉县融媒体中心　责任编辑：刘 倩",
    ])
    arts = _items(text)
    assert len(arts) == 1 and not any("主办" in p for p in arts[0].paragraphs)


def test_a_briefs_closing_credit_after_a_role_ends_it_whatever_the_name():
    text = "\n".join([
        "简　讯",
        "　　9月3日，拉孜县在曲下镇举办农牧民职业技能培训班，40余名农牧民群众参加培训。（记者 尼玛卓嘎）",
        "　　9月4日，市卫生健康委组织专家团队赴仲巴县开展巡回义诊，为牧区群众免费体检600余人次。（普琼）",
    ])
    arts = _items(text)
    assert len(arts) == 2 and arts[0].reporters == ["尼玛卓嘎"]
    assert arts[1].paragraphs[0].startswith("9月4日")


@pytest.mark.parametrize("first, rest", [("亚东县边境小康村", "迎来旅游旺季"), ("北塘街道", "开展高层建筑消防演练")])
def test_a_bodys_name_over_a_bare_verb_phrase_on_a_narrow_page_is_one_title(first, rest):
    from baoxun.assemble.headlines import two_decks
    assert two_decks(first, rest, narrow=True) == (None, first + rest, None)
    assert two_decks("长官镇", "返乡“新农人” 种出“致富瓜”", narrow=True)[0] == "长官镇"   # a couplet keeps its kicker


@pytest.mark.parametrize("first, rest", [("蜀山街道开展", "冬季消防安全大排查"), ("市文联举办", "迎新春书画作品展"),
                                         ("市纪委监委通报4起违反", "中央八项规定精神典型问题")])
def test_a_deck_ending_on_a_verb_that_owes_its_object_is_a_title_the_column_cut(first, rest):
    from baoxun.assemble.headlines import two_decks
    assert two_decks(first, rest, narrow=True) == (None, first + rest, None)
    assert two_decks("市十八届人大常委会第二十六次会议闭幕", "何永红主持并讲话", narrow=True)[0] is None


def test_a_weather_box_between_two_points_of_an_article_leaves_the_article_whole():
    text = "\n".join([
        "以新质生产力激活县域经济", "",
        "□ 马俊杰", "",
        "　　县域是推动城乡融合发展的重要切入点，也是培育新质生产力的重要场景。", "",
        "　　一要坚持创新驱动。要依托龙头企业建设创新平台，推动传统产业转型升级。", "",
        "　　二要坚持特色发展。要把特色农产品做成大产业，延长产业链、提升价值链。", "", "", "",
        "天水天气", "",
        "今日天气：多云转晴　7℃～21℃　东南风2～3级",
        "明日天气：晴　9℃～24℃　东风2级",
        "空气质量：良", "", "", "",
        "　　三要坚持开放合作。要主动融入西部陆海新通道和关中平原城市群建设，在承接产业转移、共建产业园区、拓展消费市场上主动作为，以开放合作激发县域发展活力。", "",
        "　　（作者系中共天水市委党校教授）",
    ])
    arts = _items(text)
    piece = next(a for a in arts if a.title == "以新质生产力激活县域经济")
    assert piece.paragraphs[-2].startswith("三要坚持开放合作")
    box = next(a for a in arts if a.kind == "weather")
    assert box.paragraphs[0].startswith("今日天气：多云转晴") and len(box.paragraphs) == 3
    assert not any(a.kind == "fragment" for a in arts)


def test_a_markdown_caption_in_italics_with_its_credit_after_them_is_a_picture():
    text = "\n".join([
        "## 专家蹲在地头 课堂搬进麦田", "",
        "本报讯（记者 郭亚楠）3月11日，在出山镇魏庄村的麦田里，市农业科学院的专家正手把手教农户识别小麦病害。", "",
        "---", "",
        "*3月10日，马谷田镇一家花菇种植基地内，工人正在采收花菇。* 通讯员 邱鹏 摄",
    ])
    arts = _items(text)
    photo = next(a for a in arts if a.kind == "photo")
    assert photo.photographers == ["邱鹏"] and photo.paragraphs[0].startswith("3月10日")
    assert not any("*" in p for a in arts for p in a.paragraphs)


def test_a_weather_box_closes_before_a_caption_with_its_credit():
    text = "\n".join([
        "天气",
        "9月8日 多云 25℃～35℃",
        "9月9日 多云有阵雨 24℃～33℃",
        "赣州市气象台发布", "", "",
        "9月6日，瑞金市叶坪乡，游客在红色旧址群参观。　通讯员 刘莹 摄",
    ])
    arts = _items(text)
    assert [a.kind for a in arts] == ["weather", "photo"]
    assert arts[1].photographers == ["刘莹"]


def test_a_two_character_name_padded_with_two_half_width_spaces_is_one_name():
    text = "市纪委监委通报典型问题\n\n本报讯（全媒体记者 刘  晓 通讯员 邓文）10月10日，市纪委监委公开通报3起典型问题。\n"
    art = _items(text)[0]
    assert art.reporters == ["刘晓"] and art.correspondents == ["邓文"]


def test_a_list_of_appointments_is_one_notice_with_its_note_and_parts():
    text = "\n".join([
        "　　副市长刘宏伟、张淑芬、李春雷、高志峰，",
        "市政府秘书长于永刚出席会议。",
        "通化市人民代表大会常务委员会任免名单",
        "　（2023年8月23日通化市第九届人民代表大",
        "会常务委员会第十一次会议通过）",
        "　　一、任命",
        "　　魏建国为通化市发展和改革委员会主任；",
        "　　孙丽华为通化市教育局局长；",
        "　　二、免去",
        "　　李明远的通化市发展和改革委员会主任职",
        "务。",
        "深化国企改革 激发发展活力",
        "　　本报讯（记者 陈露）记者日前从市国资",
        "委获悉，今年上半年，市属国有企业实现营业",
        "收入68.4亿元，同比增长11.2%。",
    ])
    arts = _items(text)
    notice = next(a for a in arts if a.title == "通化市人民代表大会常务委员会任免名单")
    assert notice.kind == "notice"
    assert notice.paragraphs[:3] == ["（2023年8月23日通化市第九届人民代表大会常务委员会第十一次会议通过）", "一、任命",
                                     "魏建国为通化市发展和改革委员会主任；"]
    assert any(a.title == "深化国企改革 激发发展活力" for a in arts)


def test_an_indented_line_after_a_colon_opens_its_paragraph_and_a_salutation_is_no_headline():
    text = "\n".join([
        "松原市人民政府关于刘建民等同志职务任免的通知", "",
        "　　各县（市、区）人民政府，市政府各委办局：", "",
        "　　经研究，决定：", "",
        "　　刘建民任松原市交通运输局局长；", "",
        "　　白淑琴任松原市文化广播电视和旅游局副局长。", "",
        "　　松原市人民政府", "",
        "　　2024年12月26日",
    ])
    arts = _items(text)
    assert len(arts) == 1 and arts[0].kind == "notice"
    assert arts[0].paragraphs[:3] == ["各县（市、区）人民政府，市政府各委办局：", "经研究，决定：", "刘建民任松原市交通运输局局长；"]


def test_a_web_pages_picture_mark_before_a_caption_is_no_text():
    text = "冰上骑行乐\n\n（图）12月27日，市民在松花江畔的冰雪乐园体验冰上自行车。本报记者 白雪峰 摄\n"
    arts = _items(text)
    assert arts[0].kind == "photo" and arts[0].paragraphs[0].startswith("12月27日")


def test_each_dated_paragraph_under_a_briefs_label_is_a_brief_of_its_own():
    text = "\n".join([
        "简讯", "",
        "6月9日，德城区组织开展“三夏”防火安全宣传，在田间地头发放明白纸1.2万余份。", "",
        "6月10日，县供电公司组织12支党员服务队，深入田间机井开展用电安全检查。", "",
        "近日，市图书馆新增自助借还设备10台，方便市民借阅。",
    ])
    arts = _items(text)
    assert [a.paragraphs[0][:5] for a in arts] == ["6月9日，", "6月10日", "近日，市图"]
    assert all(a.section == "简讯" for a in arts)


def test_text_under_a_signed_and_dated_notice_goes_back_to_the_piece_above_it():
    text = "\n".join([
        "全市小麦收获进度过半", "",
        "本报讯（记者 孙静）6月10日，在齐河县焦庙镇的万亩小麦高产攻关田里，十余台联合收割机来回穿梭，麦浪翻滚。", "",
        "关于对G105线部分路段实施交通管制的通告", "",
        "因道路大修工程施工需要，决定对G105线部分路段实施交通管制。", "",
        "咨询电话：0534-2689123", "",
        "德州市公安局交通警察支队", "",
        "2025年6月10日", "",
        "截至6月10日，全市已收获小麦420万亩，占播种面积的52%，机收率达到99%以上，收获进度快于去年同期。",
    ])
    arts = _items(text)
    news = next(a for a in arts if a.title == "全市小麦收获进度过半")
    notice = next(a for a in arts if a.kind == "notice")
    assert news.paragraphs[-1].startswith("截至6月10日") and notice.paragraphs[-1] == "2025年6月10日"


def test_a_weather_box_of_short_lines_keeps_every_reading_and_a_wrapped_service_number_is_one_line():
    text = "\n".join([
        "林农领到地役权补偿金",
        "本报讯（记者 汪峰）3月31日，长虹乡高田坑村林农领到了今年的地役权补偿金，户均增收三千余元。",
        "",
        "开化天气",
        "今日清明",
        "4月4日 星期五",
        "多云到阴",
        "局部有阵雨",
        "气温11～22℃",
        "偏北风2～3级",
        "明日",
        "阴有小雨",
        "气温12～19℃",
        "便民信息",
        "县便民服务热线：12345",
        "县殡葬服务中心祭扫预约：",
        "0570-6688365",
    ])
    arts = _items(text)
    box = next(a for a in arts if a.kind == "weather")
    assert box.title == "开化天气" and "局部有阵雨" in box.paragraphs and "气温12～19℃" in box.paragraphs
    service = next(a for a in arts if a.title == "便民信息")
    assert "县殡葬服务中心祭扫预约：0570-6688365" in service.paragraphs
    assert [a.kind for a in arts] == ["news", "weather", "notice"]


def test_a_web_pages_meta_line_with_a_date_field_and_its_furniture():
    text = "\n".join([
        "龙潭村“二月二”民俗活动迎客来",
        "来源：闽东日报　作者：记者 苏雅琳 通讯员 吴建兴　日期：2025-03-04",
        "字号：大 中 小　　【打印】【关闭】",
        "　　3月1日，农历二月初二，屏南县龙潭村的古戏台前锣鼓喧天，传统民俗巡游吸引了3000余名游客。",
        "【上一篇】屏南推行林长制协作机制　【下一篇】无",
        "地址：福建省宁德市蕉城区　技术支持：数字报刊系统",
    ])
    arts = _items(text)
    assert len(arts) == 1 and arts[0].headlines == ["龙潭村“二月二”民俗活动迎客来"]
    assert arts[0].reporters == ["苏雅琳"] and arts[0].correspondents == ["吴建兴"]
    assert len(arts[0].paragraphs) == 1


def test_a_subhead_after_a_sidebar_shaped_like_the_hosts_own_goes_on_the_host():
    text = "\n\n".join([
        "黄花地里的“三本账”",
        "——记汇东村第一书记王雪峰",
        "□ 本报记者 任小川",
        "六月的渠县，黄花菜进入采摘旺季。清晨五点多，汇东村的黄花基地里已是一片忙碌，村民们挎着竹篮穿行在花丛中。",
        "三年来，王雪峰随身带着一个磨破了边的笔记本，上面记着三本账：产业账、民生账、人心账。",
        "产业账：一朵黄花开出致富路",
        "汇东村地处渠江岸边，过去村民主要靠种玉米、外出务工为生。王雪峰带着村干部外出考察，引进黄花菜种植。",
        "民生账：群众的小事就是大事",
        "在王雪峰的笔记本里，密密麻麻记着村民的大事小情，谁家老人腿脚不便，谁家孩子要上学，他都一一记下。",
        "记者手记",
        "采访中，王雪峰的笔记本让记者印象深刻。本子已经换到了第五本，每一本都写得满满当当。",
        "人心账：把群众当亲人",
        "“刚来的时候，有村民觉得我是来‘镀金’的，待不了多久。”王雪峰笑着说。如今，村民们都把他当成了自家人。",
    ])
    arts = _items(text)
    host = next(a for a in arts if a.title == "黄花地里的“三本账”")
    assert "人心账：把群众当亲人" in host.paragraphs and host.paragraphs[-1].startswith("“刚来的时候")
    assert not any(a.title == "人心账：把群众当亲人" for a in arts)


def test_a_weather_box_with_the_next_days_panel_and_a_lunar_date_line_is_one_box():
    text = "\n\n".join(["三明天气", "4月19日 星期五 农历三月十一", "多云转阵雨", "东南风2～3级", "气温15℃～26℃",
                        "明日天气", "阵雨转多云", "气温16℃～25℃"])
    arts = _items(text)
    assert [a.kind for a in arts] == ["weather"]
    assert "气温16℃～25℃" in arts[0].paragraphs and "4月19日 星期五 农历三月十一" in arts[0].paragraphs


def test_a_unit_kicker_printed_after_its_title_on_a_wide_page_stays_a_headline():
    text = "\n".join([
        "上半年我市新能源汽车产量增长21.5%", "", "",
        "本报讯（记者 韦丹）7月16日，柳江区百朋镇荷花文化旅游季启动，万亩荷塘花开正盛，吸引大批游客前来赏荷。",
        "", "百朋镇是广西有名的莲藕种植基地，全镇莲藕种植面积达1.2万亩，建成莲藕深加工厂3家。", "",
        "荷花“开”出乡村振兴好“钱”景",
        "百朋镇：", "", "",
        "第3版　综合新闻　　　　柳州日报　2024年7月18日　星期四", "", "",
        "简讯", "",
        "■7月17日，融水县优质稻收购工作启动，预计带动种植户增收300万元以上。（覃敏）",
    ])
    arts = _items(text)
    assert not any("百朋镇：" in p for a in arts for p in a.paragraphs)
    assert any(a.title == "荷花“开”出乡村振兴好“钱”景" for a in arts)


@pytest.mark.parametrize("chrome", [
    "◀ 上一版　下一版 ▶",
    "【字体：大 中 小】 【打印】 【关闭】 分享到：微信 微博 QQ空间",
    "上一篇 下一篇 返回顶部",
    "主办：某某日报社|关于我们|联系我们|广告服务",
    "蜀ICP备05002173号-1　川公网安备51110202000136号",
    "赣ICP备0612XXXX号　违法和不良信息举报电话：0791-8888XXXX",   # a dump that masked its numbers
])
def test_more_of_a_web_pages_chrome_is_furniture(chrome):
    text = "\n".join(["兰陵春菜“鲜”俏上市", "", chrome, "",
                      "本报讯（记者 孙敏）3月11日，在兰陵县向城镇的蔬菜大棚里，菜农们正忙着采摘辣椒、黄瓜。", "", chrome])
    arts = _items(text)
    assert len(arts) == 1 and arts[0].title == "兰陵春菜“鲜”俏上市"
    assert not any(chrome[:4] in p for p in arts[0].paragraphs)


def test_a_title_printed_whole_then_wrapped_over_two_even_lines_is_one_title():
    from baoxun.assemble.headlines import read_stack
    from baoxun.layout.lines import split_lines
    from baoxun.layout.reflow import Block
    lines = split_lines("县住建局通报3起住宅小区物业服务领域典型案例\n县住建局通报3起住宅小区\n物业服务领域典型案例")
    stack = read_stack([Block("head", [line]) for line in lines])
    assert stack.title == "县住建局通报3起住宅小区物业服务领域典型案例" and stack.kicker is None


@pytest.mark.parametrize("left, right", [("明天：阴转多云，25℃～31℃，南风3", "级；海上：渤海西部东南风5～6级。"),
                                         ("今年全县小麦总产达到45", "吨以上，单产再创新高。")])
def test_a_number_the_column_cut_from_its_unit_is_one_line(left, right):
    from baoxun.layout.reflow import number_cut
    assert number_cut(left, right)
    assert not number_cut("热线：0558-6521235", "5月20日，瓦店镇…")


def test_a_bodys_name_printed_under_its_title_is_the_kicker_and_a_farm_price_list_is_a_notice():
    from baoxun.assemble.headlines import two_decks
    assert two_decks("抢抓墒情 秋播提速", "河间市", narrow=False) == ("河间市", "抢抓墒情 秋播提速", None)
    text = "\n".join(["今日农产品价格", "（市区部分农贸市场零售价）", "冬枣　8.50元/斤", "鸭梨　2.80元/斤", "大白菜　0.90元/斤"])
    arts = _items(text)
    assert len(arts) == 1 and arts[0].kind == "notice" and arts[0].title == "今日农产品价格"


def test_markdown_heading_levels_set_a_subtitle_under_its_title_and_a_kicker_over_it():
    text = "\n".join(["## 市政协召开专题协商会", "", "### 聚焦县域特色产业高质量发展建言献策", "",
                      "本报讯（记者 王宁）12月19日，市政协召开专题协商会，围绕县域特色产业高质量发展协商议政。", "", "---", "",
                      "#### 绥芬河口岸", "", "## 去年进出境货运量再创新高", "",
                      "本报讯（记者 于波）记者从海关获悉，去年口岸进出境货运量再创历史新高。"])
    first, second = _items(text)
    assert (first.kicker, first.title, first.subtitle) == (None, "市政协召开专题协商会", "聚焦县域特色产业高质量发展建言献策")
    assert (second.kicker, second.title) == ("绥芬河口岸", "去年进出境货运量再创新高")


def test_a_web_dump_s_title_bar_site_line_breadcrumb_and_meta_date_are_furniture():
    # the browser's title bar (标题_某某网), the site's line (某某网 —— …主办), a breadcrumb
    # led by 您当前的位置, and the meta line whose date is the article's
    text = "\n".join([
        "山乡梨花开 赏花游客多_云岭网", "",
        "云岭网 —— 云岭日报社主办", "",
        "您当前的位置 ： 首页 >> 文旅 >> 正文", "",
        "山乡梨花开 赏花游客多", "",
        "2022-03-27 09:12:40　　来源：云岭日报　　作者：杨 帆", "",
        "　　本报讯（记者 杨帆）连日来，县城周边的梨园进入盛花期，不少游客驾车前来踏青赏花，乡村民宿周末入住率明显提高。",
        "　　镇文化站站长介绍，今年将举办梨花节，推出农家宴、采摘体验等活动，带动群众增收。", "",
        "网友评论（0）　　我要评论", ""])
    page = parse_page(text, mentions=False)
    arts = [a for a in page.articles if a.paragraphs]
    assert [a.title for a in arts] == ["山乡梨花开 赏花游客多"], [(a.kicker, a.title, a.subtitle) for a in page.articles]
    assert len(page.articles) == 1, [(a.kind, a.title) for a in page.articles]
    assert str(page.issue.date) == "2022-03-27"


def test_a_hotline_entry_s_caller_in_brackets_is_no_credit_and_the_reply_stays_with_the_entry():
    # （市民 周先生）closes a reader's call, not the piece's credit: the department's reply
    # under it is the same entry's next paragraph
    text = "\n".join([
        "民生直通车", "",
        "小区门口井盖松动谁来修",
        "【读者来电】我家小区门口的一个井盖松动好几天了，车一压就响，晚上走路也怕踩空。（市民 周先生）",
        "【部门回复】市政设施管理处工作人员表示，接到反映后已派人更换井座，目前井盖已固定牢靠。", "",
        "公园厕所夜里不开门",
        "【读者来电】晚上到滨河公园散步，公园里的厕所八点就锁门了，很不方便。（读者 孙女士）",
        "【部门回复】区园林局回复，从下周起公园厕所开放时间延长至晚上十点。", ""])
    arts = _items(text)
    for call, reply in (("井盖松动好几天", "井座"), ("八点就锁门", "十点")):
        a = next(x for x in arts if call in _body(x))
        assert reply in _body(a), [(x.title, x.paragraphs) for x in arts]
        assert not set(a.authors + a.reporters) & {"市民", "读者", "周先生", "孙女士"}, (a.authors, a.reporters)


def test_a_deck_between_a_title_and_its_dispatch_is_the_title_s_subtitle():
    text = "\n".join([
        "老旧管网改造完工 两千户居民用上放心水",
        "水务集团：年内再改造管网十五公里",
        "",
        "本报讯（记者 田野）11月3日，城东片区老旧供水管网改造工程全部完工，两千多户居民告别了水压低、水质浑的烦恼。",
        "据介绍，此次改造共更换管道九公里，新建加压泵站一座。", ""])
    arts = _items(text)
    assert [(a.title, a.subtitle) for a in arts if a.paragraphs] == [
        ("老旧管网改造完工 两千户居民用上放心水", "水务集团：年内再改造管网十五公里")], [(a.kicker, a.title, a.subtitle, a.paragraphs[:1]) for a in arts]


def test_a_web_page_s_title_list_labelled_with_a_colon_is_no_item():
    text = "\n".join([
        "本版标题导航：",
        "· 春播备耕正当时",
        "· 农技专家进田间", "",
        "春播备耕正当时",
        "本报讯（记者 韩冬）眼下正值春耕备耕关键期，全县各乡镇组织农户检修农机、调运化肥，确保春播顺利进行。", "",
        "农技专家进田间",
        "本报讯（通讯员 林晨）3月12日，县农业农村局组织十余名农技专家深入田间地头，现场指导小麦春季管理。", ""])
    arts = _items(text)
    assert sorted(a.title for a in arts) == ["农技专家进田间", "春播备耕正当时"], [(a.kind, a.title) for a in arts]


def test_a_reader_s_letter_keeps_its_salutation_signature_and_the_department_s_reply():
    text = "\n".join([
        "读者来信", "",
        "小区电梯频繁故障 何时能修好？",
        "　　编辑同志：",
        "　　我家住在河西区一个老小区，楼里的电梯今年已经停了五六次，每次一停就是好几天，楼上的老人下楼很不方便。",
        "　　我们多次向物业反映，物业说配件要等厂家发货。请问有关部门能不能督促尽快解决？",
        "读者　钟明远",
        "【部门回复】",
        "　　接到反映后，区市场监管局立即安排特种设备检验人员到现场检查，督促维保单位更换老化部件，电梯已恢复运行。",
        "　　下一步，我们将对辖区老旧电梯开展专项排查，发现隐患及时处置。",
        "河西区市场监督管理局",
        "2025年3月4日", "",
        "城区新增三条公交线路",
        "本报讯（记者 程亮）3月5日起，城区新开通三条公交线路，串联起火车站、体育馆和新建的几个居民小区。", ""])
    arts = _items(text)
    letter = next(a for a in arts if "电梯" in _body(a))
    assert letter.title == "小区电梯频繁故障 何时能修好？", [(a.kicker, a.title, a.paragraphs[:1]) for a in arts]
    assert letter.authors == ["钟明远"]
    assert letter.paragraphs[0] == "编辑同志："
    assert "【部门回复】" in letter.paragraphs and "专项排查" in _body(letter)
    assert not any("电梯" in _body(a) for a in arts if a is not letter)


def test_a_table_printed_as_text_keeps_one_row_a_paragraph_and_no_row_is_a_headline():
    text = "\n".join([
        "节前菜价总体平稳",
        "本报讯（记者 温岚）记者昨天从市价格监测中心获悉，本周主要农贸市场蔬菜均价小幅回落，肉蛋价格保持稳定。",
        "部分品种价格如下：",
        "品名　均价（元/500克）　环比",
        "白萝卜　1.80　↓5.3%",
        "大白菜　1.20　↓7.7%",
        "五花肉　15.60　持平", ""])
    arts = [a for a in _items(text) if a.paragraphs]
    assert [a.title for a in arts] == ["节前菜价总体平稳"], [(a.title, a.paragraphs) for a in _items(text)]
    assert arts[0].paragraphs[-4:] == ["品名　均价（元/500克）　环比", "白萝卜　1.80　↓5.3%", "大白菜　1.20　↓7.7%",
                                       "五花肉　15.60　持平"]


def test_a_column_that_marks_its_briefs_with_a_double_circle_makes_each_its_own_item():
    text = "\n".join([
        "城建快讯",
        "◎4月2日，城北污水处理厂二期工程通水运行，日处理能力提高到八万吨。",
        "◎记者从市住建局获悉，今年全市计划改造老旧小区四十六个，目前已开工十二个。", ""])
    arts = [a for a in _items(text) if a.paragraphs]
    assert len(arts) == 2, [(a.section, a.title, a.paragraphs) for a in arts]
    assert all(a.section == "城建快讯" for a in arts)
    assert arts[0].paragraphs[0].startswith("4月2日")


def test_a_piece_titled_after_its_body_then_a_blank_line_then_the_next_piece_s_title():
    # blank lines part the pieces: the byline set apart above and close on its text opens a
    # piece, and the run under that piece holds its title, then (past the blank line) the
    # title of the dispatch below
    text = "\n".join([
        "社区食堂开到家门口",
        "本报讯（记者 唐悦）11月6日，东关街道第三家社区食堂开业，六十岁以上老人就餐每餐可享受两元补贴。",
        "",
        "本报记者 方圆 文/图",
        "入冬以来，城区各大滑雪用品店迎来销售旺季，雪板、雪服等装备销量比去年同期增长三成以上。",
        "“今年来咨询的年轻人特别多，不少是一家人一起来选。”一家门店的店长说。",
        "滑雪装备走俏",
        "",
        "城区供暖管网完成检修",
        "本报讯（记者 唐悦）11月7日，记者从市热力公司获悉，城区供暖管网检修全部完成，各换热站已进入试运行。", ""])
    arts = [a for a in _items(text) if a.paragraphs]
    ski = next(a for a in arts if "雪板" in _body(a))
    assert ski.title == "滑雪装备走俏" and ski.reporters == ["方圆"], (ski.title, ski.reporters)
    heat = next(a for a in arts if "热力公司" in _body(a))
    assert heat.title == "城区供暖管网完成检修", [(a.title, a.paragraphs[:1]) for a in arts]
    canteen = next(a for a in arts if "社区食堂" in _body(a))
    assert "方圆" not in canteen.reporters and "雪板" not in _body(canteen)


def test_a_bracketed_label_titles_its_box_alone_and_is_the_section_over_a_title():
    text = "\n".join([
        "秋粮收购进度过半",
        "本报讯（记者 顾青）截至10月20日，全县累计收购秋粮二十一万吨，收购进度过半，粮价保持平稳。", "",
        "【相关链接】",
        "　　最低收购价是国家为保护农民利益、保障粮食市场供应实施的价格调控政策。", "",
        "〖田间短评〗",
        "让种粮农民多得实惠",
        "□ 简 宁",
        "　　粮食收购关系农民一年的收成，既要收得进，也要卖得出，更要让农民心里踏实。", ""])
    arts = [a for a in _items(text) if a.paragraphs]
    box = next(a for a in arts if "最低收购价" in _body(a))
    assert box.title == "相关链接", (box.section, box.title)
    comment = next(a for a in arts if "收得进" in _body(a))
    assert (comment.section, comment.title) == ("田间短评", "让种粮农民多得实惠"), (comment.section, comment.kicker, comment.title, comment.subtitle)
    assert "〖田间短评〗" not in comment.headlines


def test_a_web_page_s_title_over_its_meta_line_and_again_with_its_subtitle_is_one_headline():
    text = "\n".join([
        "山城日报 - 山城市委机关报官方网站",
        "首页 | 时政 | 经济 | 民生",
        "",
        "全市夏粮收购突破五十万吨",
        "来源：山城日报　　作者：罗 逸　　发布时间：2023-06-20 08:10",
        "【字号：大 中 小】　【打印】　【关闭】",
        "",
        "全市夏粮收购突破五十万吨",
        "——优质优价让种粮农民多增收",
        "",
        "本报讯(记者 罗逸) 记者昨天从市粮食和物资储备局获悉,截至6月18日,全市累计收购夏粮五十二万吨,收购进度快于去年同期。",
        "各收储企业延长收购时间,开辟售粮绿色通道,方便农民就近售粮。", ""])
    arts = _items(text)
    assert len(arts) == 1, [(a.kind, a.title, a.subtitle) for a in arts]
    assert (arts[0].title, arts[0].subtitle) == ("全市夏粮收购突破五十万吨", "优质优价让种粮农民多增收")
    assert arts[0].reporters == ["罗逸"] and not arts[0].authors


def test_a_dated_meta_line_s_writers_credit_a_dispatch_that_names_none_and_the_menu_and_counter_are_furniture():
    text = "\n".join([
        "沙湖新闻网　　首页 | 时政 | 本地 | 产经 | 民生",
        "",
        "湖区生态补水工程完工",
        "",
        "2024-09-03 10:15　来源：沙湖晨报　作者：记者 巴图 通讯员 李 敏　　字号：大 中 小",
        "阅读次数：1207",
        "",
        "本报讯 9月2日，湖区生态补水工程全部完工，今年累计向湖区补水三千万立方米，湖面面积明显扩大。",
        "工程实施后，湖区周边地下水位平均回升零点五米，候鸟数量比去年同期增加两成。", ""])
    arts = _items(text)
    assert [a.title for a in arts] == ["湖区生态补水工程完工"], [(a.kind, a.title) for a in arts]
    assert arts[0].reporters == ["巴图"] and arts[0].correspondents == ["李敏"], (arts[0].reporters, arts[0].correspondents)


@pytest.mark.parametrize("contents", ["今日导读：秋粮收购过半 粮价平稳　供暖管网完成检修",
                                      "今日导读　▶ 第2版：秋粮收购过半　▶ 第3版：供暖管网完成检修"])
def test_a_one_line_contents_of_the_day_is_furniture(contents):
    text = "\n".join([contents, "", "城区新建口袋公园十二处",
                      "本报讯（记者 秦川）今年以来，城区利用边角地新建口袋公园十二处，市民出门五分钟就能走进绿地。", ""])
    arts = _items(text)
    assert [a.title for a in arts] == ["城区新建口袋公园十二处"], [(a.kind, a.title, a.paragraphs) for a in arts]


_MARKDOWN_MASTHEADS = [
    # a date line with |-separated [上一版](…) links; a bold byline with a padded name
    (["# 湖畔日报", "",
      "**2023年5月10日 星期三** | 第A02版：要闻 | [上一版](./A01.html) | [下一版](./A03.html)", "",
      "## 湖区油菜喜获丰收", "",
      "**□ 本报记者 苏 明远**", "",
      "五月的湖区，金黄的油菜籽堆满晒场，收割机在田间来回穿梭，农户们忙着晾晒、装袋。", "",
      "今年全区油菜种植面积达到十二万亩，平均亩产比去年提高一成。", ""],
     "湖畔日报", "湖区油菜喜获丰收", ["苏明远"], []),
    # the paper's name and its section, a date line ending on its editors; a credited alt text
    (["# 湾区时报 · 海港新闻", "",
      "**2021年7月9日　星期五　|　第3版　港口经济　|　责任编辑：石磊**", "",
      "## 港区集装箱吞吐量创新高", "",
      "本报讯（记者 石岩）上半年，港区完成集装箱吞吐量二百一十万标箱，同比增长百分之九。", "",
      "![港区集装箱码头一派繁忙景象。记者 石岩 摄](./images/p3_01.jpg)", "",
      "港区新开通国际航线三条，外贸航线总数达到四十二条。", ""],
     "湾区时报", "港区集装箱吞吐量创新高", ["石岩"], ["港区集装箱码头一派繁忙景象。"]),
]


@pytest.mark.parametrize("rows, paper, title, reporters, captions", _MARKDOWN_MASTHEADS)
def test_a_markdown_masthead_is_the_paper_s_and_the_piece_keeps_its_byline_and_captions(rows, paper, title, reporters, captions):
    page = parse_page("\n".join(rows), mentions=False)
    assert page.paper.name == paper
    assert [(a.title, a.reporters) for a in page.articles] == [(title, reporters)], \
        [(a.kind, a.title, a.headlines, a.reporters) for a in page.articles]
    assert [c.text for c in page.articles[0].captions] == captions


def test_a_kicker_of_figures_set_apart_over_the_page_s_first_title_is_its_kicker_not_a_slogan():
    text = "\n".join([
        "河西日报", "2021年10月20日　星期三　第1版", "", "",
        "7天接待游客86万人次 旅游收入突破5亿元", "",
        "国庆假期全市文旅市场红火",
        "国庆假期全市文旅市场红火", "",
        "　　本报讯（记者 冯远）记者从市文化和旅游局获悉，国庆假期全市共接待游客86万人次，实现旅游收入5.2亿元。",
        "　　各景区推出夜游、研学等新产品，乡村旅游点人气旺盛。", ""])
    arts = _items(text)
    assert [(a.kind, a.kicker, a.title) for a in arts] == [
        ("news", "7天接待游客86万人次 旅游收入突破5亿元", "国庆假期全市文旅市场红火")], \
        [(a.kind, a.kicker, a.title) for a in arts]


def test_a_weather_box_drawn_inside_a_piece_keeps_its_dated_panels_and_the_piece_goes_on_below():
    text = "\n".join([
        "城区防汛排涝工程完工",
        "",
        "　　本报讯（记者 洪涛）记者昨天从县住建局获悉，城区防汛排涝工程全部完工，新建排水管网十二公里。",
        "",
        "┌──────────────┐",
        "　河口天气",
        "　今天（7月14日）",
        "　多云转雷阵雨",
        "　气温：26℃～34℃",
        "　明天（7月15日）",
        "　雷阵雨转中雨",
        "　气温：25℃～31℃",
        "└──────────────┘",
        "",
        "　　据了解，今年全县计划完成水利投资三亿元，已完成年度计划的六成。", ""])
    arts = _items(text)
    piece = next(a for a in arts if a.title == "城区防汛排涝工程完工")
    assert "水利投资" in _body(piece), [(a.kind, a.title, a.paragraphs) for a in arts]
    box = next(a for a in arts if a.kind == "weather")
    assert "多云转雷阵雨" in _body(box) and "今天（7月14日）" not in (box.title or "")


def test_a_bracketed_listings_label_makes_each_dated_entry_its_own_item_and_a_quoted_heading_is_a_heading():
    text = "\n".join([
        "### 【周末演出日历】", "",
        "- 5月18日（周六）19:30｜市大剧院：越剧《梁祝》，票价80元起。",
        "- 5月19日（周日）10:00｜市图书馆报告厅：非遗讲座，免费入场。", "",
        "---", "",
        "> **相关链接**",
        "> #### 越剧小知识",
        "> 越剧发源于浙江嵊州，以唱为主，声腔清悠婉丽，是全国第二大剧种。", ""])
    arts = _items(text)
    entries = [a for a in arts if a.section == "周末演出日历" or a.section == "【周末演出日历】"]
    assert len(entries) == 2, [(a.kind, a.section, a.title, a.paragraphs) for a in arts]
    box = next(a for a in arts if "嵊州" in _body(a))
    assert box.title == "越剧小知识", (box.kicker, box.title)


def test_an_e_paper_system_s_named_fields_give_the_headline_roles_and_the_byline():
    text = "\n".join([
        "江城晚报数字报",
        "2023年07月12日 星期三　|　第A04版：城事　|　PDF下载　|　上一版　下一版　|　往期回顾",
        "版面导航：A01 要闻　A02 时政　A03 城事", "",
        "━━━━━━━━━━━━━━━━",
        "【引题】老街焕新 烟火重燃",
        "【标题】百年骑楼街完成改造重新开街",
        "【副题】首批入驻商户四十二家",
        "【作者】本报记者 吕　冰　通讯员 许文杰",
        "【正文】",
        "　　本报讯　7月11日，历时一年改造的百年骑楼街重新开街，修缮骑楼立面三百余米。",
        "　　改造保留了老街原有的格局和风貌，引入非遗手作、老字号餐饮等业态。",
        "━━━━━━━━━━━━━━━━",
        "【引题】",
        "【标题】城区新增公共充电桩六百个",
        "【副题】",
        "【作者】本报记者 沈岚",
        "【正文】",
        "　　本报讯　今年以来，城区新建公共充电桩六百个，覆盖全部街道。", ""])
    arts = _items(text)
    assert [(a.kicker, a.title, a.subtitle) for a in arts] == [
        ("老街焕新 烟火重燃", "百年骑楼街完成改造重新开街", "首批入驻商户四十二家"),
        (None, "城区新增公共充电桩六百个", None)], [(a.kind, a.kicker, a.title, a.subtitle) for a in arts]
    assert (arts[0].reporters, arts[0].correspondents, arts[1].reporters) == (["吕冰"], ["许文杰"], ["沈岚"])


def test_a_brief_under_a_briefs_label_may_open_on_the_months_it_covers():
    text = "\n".join([
        "要闻速览", "",
        "3月16日，全县一季度重大项目集中开工，开工项目二十八个，总投资六十五亿元。",
        "今年1至2月，全县规上工业增加值同比增长百分之八点六，增速居全市第二。", ""])
    arts = [a for a in _items(text) if a.paragraphs]
    assert len(arts) == 2 and all(a.section == "要闻速览" for a in arts), [(a.section, a.paragraphs) for a in arts]


def test_a_piece_closed_by_a_words_and_pictures_credit_in_brackets_is_its_own_piece():
    text = "\n".join([
        "一碗汤粉的百年传承",
        "□ 本报记者 潘　越",
        "",
        "清晨五点，老街的汤粉店已经飘出香味。店主每天凌晨三点起来熬骨汤，一熬就是两个小时。",
        "这家店传到他手上已是第四代，老主顾从年轻时吃到白发苍苍。",
        "",
        "山茶油走出大山",
        "",
        "十月中旬，山坡上的油茶果进入采摘期，村民们背着竹篓上山，一颗颗把果子摘下来。",
        "合作社统一收购、压榨、灌装，去年山茶油销售额突破三百万元。",
        "（文/图 黎　青）", ""])
    arts = [a for a in _items(text) if a.paragraphs]
    oil = next(a for a in arts if "油茶果" in _body(a))
    assert oil.title == "山茶油走出大山" and oil.authors == ["黎青"] and oil.photographers == ["黎青"], \
        [(a.title, a.authors, a.photographers) for a in arts]
    assert "油茶果" not in _body(next(a for a in arts if a.title == "一碗汤粉的百年传承"))


def test_a_padded_name_alone_under_a_sidebar_signs_it():
    text = "\n".join([
        "小辣椒做成大产业",
        "□ 本报记者 谷 雨",
        "初秋时节，县里的辣椒种植基地一片火红，椒农们正忙着采摘、晾晒。",
        "今年全县辣椒种植面积稳定在四十万亩，带动三万多户椒农增收。",
        "记者手记",
        "采访中，不少企业负责人都提到同一个词：“链”。链条长了，附加值才能高。",
        "把资源优势变成产业优势，还要在精深加工上多下功夫。",
        "谷 雨",
        "",
        "冷链物流补上短板",
        "县里依托冷链物流园，建起十二座冷库，辣椒制品可以常年错峰销售。", ""])
    arts = _items(text)
    box = next(a for a in arts if a.title == "记者手记" or a.section == "记者手记")
    assert box.authors == ["谷雨"], [(a.section, a.title, a.authors) for a in arts]
    assert not any(a.section == "谷 雨" or a.title == "谷 雨" for a in arts)


def test_on_a_wide_cut_page_a_blank_line_after_a_full_line_ends_the_paragraph():
    # lines cut at one width, openings indented: a full line that ends a sentence goes on
    # into the flush line below it — but not across a blank line (the picture's caption)
    body = ("　　本报讯（记者 桑吉）8月6日，第三届草原文化旅游节在县城开幕，来自各地的游客和"
            "演员齐聚一堂，共赏歌舞、赛马和非遗展演，节会持续五天，预计接待游客三万人次。"
            "　　旅游节期间，县里推出自驾、研学、摄影等六条精品线路，沿线民宿已提前订满，"
            "餐饮、住宿等旅游收入有望突破两千万元，牧民群众在家门口就能增收致富。")
    width = 31
    lines, row = [], ""
    for ch in body:
        if ch == "　" and row.strip() and not row.endswith("　"):
            lines.append(row); row = ""
        row += ch
        if len(row) == width:
            lines.append(row); row = ""
    lines.append(row)
    text = "\n".join(["草原文化旅游节开幕", ""] + lines + ["", "8月7日，县城广场上，演员们表演传统锅庄舞，吸引众多游客驻足观看。",
                                                         "记者 扎西 摄", ""])
    arts = _items(text)
    piece = next(a for a in arts if a.title == "草原文化旅游节开幕")
    assert "锅庄舞" not in _body(piece), [(a.kind, a.title, a.paragraphs, a.captions) for a in arts]


def test_a_site_s_name_over_its_paper_and_its_address_under_the_copyright_are_furniture_but_a_notice_s_address_is_text():
    text = "\n".join([
        "城南区融媒体中心 | 城南报",
        "首页 | 城南新闻 | 政务公开 | 视频",
        "",
        "城南区新增两处便民服务站",
        "　　本报讯（记者 贺川）11月5日，城南区两处便民服务站投入使用，居民可就近办理社保、医保等业务。",
        "",
        "便民信息",
        "城南区政务服务中心",
        "地址：城南区解放路18号　联系电话：0311-8812345",
        "",
        "版权所有：城南区融媒体中心　冀ICP备11020471号-2",
        "地址：城南区解放路20号　联系电话：0311-8800000", ""])
    arts = _items(text)
    body = "".join(_body(a) for a in arts)
    assert "解放路18号" in body and "解放路20号" not in body, [(a.kind, a.title, a.paragraphs) for a in arts]
    assert not any(a.title and "融媒体中心 |" in a.title for a in arts)


@pytest.mark.parametrize("narrow", [False, True])
@pytest.mark.parametrize("first, second, roles", [
    # a second deck that opens on its place tells the news: the line above is its kicker
    ("文旅融合添活力", "北极村“冷资源”升温为春季研学热", "KT"),
    ("沙海播绿二十载", "我旗梭梭林里“种”出致富路", "KT"),
    ("全力以赴打好冬修水利攻坚战", "2025年洞庭湖区冬春水利建设推进会召开", "KT"),
    # ... but not a genre's subtitle (…见闻) nor a deck that opens on its place itself
    ("围龙屋里来了“新客人”", "梅县区南口镇侨乡村以侨促旅见闻", "TS"),
    # a deck of what follows from the news (the expected, the total, the added) is the subtitle
    ("我县新建改扩建学校8所", "新增学位6800个", "TS"),
    ("黄山毛峰春茶有望提前开采", "预计3月中旬陆续上市", "TS"),
    ("高新区19个项目集中签约", "总投资186.5亿元", "TS"),
    # a figure of speech in quotes over a deck of fact is the kicker
    ("硒资源变成“金饭碗”", "富硒产业博览会签约项目86个", "KT"),
    ("千年石窟“走出”深山", "石窟数字艺术展在西安开展", "KT"),
])
def test_the_roles_of_two_undashed_decks(first, second, roles, narrow):
    from baoxun.assemble.headlines import two_decks
    kicker, title, subtitle = two_decks(first, second, narrow=narrow)
    got = "KT" if (kicker, title) == (first, second) else "TS" if (title, subtitle) == (first, second) else "?"
    assert got == roles, (kicker, title, subtitle)


def test_an_e_paper_system_s_export_header_and_hidden_fields_print_nothing_and_date_the_page():
    text = "\n".join([
        "江城报数字报刊平台　稿件导出",
        "报名：江城报　　刊期：2021年05月18日　总第2046期",
        "版次：第02版　　版名：综合新闻",
        "导出时间：2021-05-18 06:10:22　　导出人：admin",
        "【稿件编号】JC20210518-02-01",
        "【引题】",
        "【标题】城区新增绿道二十公里",
        "【作者】本报记者 温雅",
        "【字数】86",
        "【正文】",
        "　　本报讯　今年以来，城区新建绿道二十公里，串联起六个公园和两条滨河步道。", ""])
    page = parse_page(text, mentions=False)
    assert (page.paper.name, str(page.issue.date)) == ("江城报", "2021-05-18")
    assert [(a.title, a.paragraphs) for a in page.articles] == [
        ("城区新增绿道二十公里", ["今年以来，城区新建绿道二十公里，串联起六个公园和两条滨河步道。"])], \
        [(a.kind, a.title, a.paragraphs) for a in page.articles]


@pytest.mark.parametrize("credit", ["记者 陶 然 摄", "通讯员供图"])
@pytest.mark.parametrize("day", ["", "4月1日，"])
def test_a_piece_goes_on_under_its_first_subhead_below_a_picture_printed_inside_it(credit, day):
    # headline / byline / lede / picture / 小标题 / … / 小标题 / …: no piece is printed headless,
    # so the section under the first subhead belongs to the piece above the picture
    text = "\n\n".join([
        "一片竹林的“新生意”",
        "——石溪镇竹产业转型见闻",
        "记者 陶 然　通讯员 方可心",
        "　　清晨，石溪镇青岗村的竹林里已经热闹起来，竹农把刚砍下的毛竹码上货车。",
        "　　近年来，石溪镇把竹子从卖原料变成卖产品，一根竹子走出了一条新路。",
        "[图片]\n" + day + "竹农在青岗村竹林里装运毛竹。　" + credit,
        "车间里的新设备",
        "　　走进镇上的竹制品加工厂，一条自动化生产线正在把竹片压成竹板。",
        "　　“以前一天做两百块，现在能做一千块。”厂长说，今年订单排到了年底。",
        "竹农的口袋鼓起来",
        "　　在青岗村，竹农们算起了收入账，去年全村竹产业收入比前年多了三成。",
    ]) + "\n"
    arts = _items(text)
    assert len(arts) == 1, [(a.kind, a.title, a.paragraphs[:1]) for a in arts]
    art = arts[0]
    assert art.title == "一片竹林的“新生意”"
    assert [c.text for c in art.captions] == [day + "竹农在青岗村竹林里装运毛竹。"]
    assert "车间里的新设备" in art.paragraphs and "竹农的口袋鼓起来" in art.paragraphs


@pytest.mark.parametrize("name", ["江桥时讯", "台城侨刊", "溪口新闻"])
def test_a_paper_not_named_bao_is_read_from_the_masthead_over_its_date_and_publisher(name):
    text = "\n".join([
        name,
        "2021年6月18日　星期五　第812期",
        "中共某某县委主管主办　今日四版",
        "",
        "城东新建三座口袋公园",
        "",
        "本报讯（记者 陆 言）近日，城东三座口袋公园建成开放，附近居民多了散步的去处。", ""])
    page = parse_page(text, mentions=False)
    assert page.paper.name == name
    assert [a.title for a in page.articles] == ["城东新建三座口袋公园"], [(a.title, a.headlines) for a in page.articles]


def test_the_chief_editors_line_at_the_foot_of_a_front_page_is_furniture():
    text = "\n".join([
        "城东新建三座口袋公园", "",
        "本报讯（记者 陆 言）近日，城东三座口袋公园建成开放，附近居民多了散步的去处。", "",
        "总编辑：程 远　值班编委：许 宁　责任编辑：苏 禾", ""])
    arts = _items(text)
    assert not any("总编辑" in p or "值班编委" in p for a in arts for p in a.paragraphs + a.headlines)


def test_a_service_column_under_a_weather_box_is_not_the_box_s():
    text = "\n".join([
        "本报讯（记者 陆 言）近日，城东三座口袋公园建成开放，附近居民多了散步的去处。", "",
        "今日天气", "晴转多云", "东风2～3级", "最低气温12℃ 最高气温23℃",
        "生活指数", "紫外线指数：4级，强", "晾晒指数：适宜晾晒", "",
        "便民信息",
        "◆县图书馆6月20日起延长开放时间至晚上9点。",
        "◆城北菜市场改造期间，临时摊点设在体育路。", ""])
    arts = _items(text)
    weather = [a for a in arts if a.kind == "weather"]
    assert len(weather) == 1
    assert not any("图书馆" in p or "菜市场" in p for p in weather[0].paragraphs), weather[0].paragraphs
    assert any("图书馆" in p for a in arts for p in a.paragraphs)


def test_a_caption_dropped_after_a_comma_is_lifted_though_the_line_below_it_is_short_and_unmarked():
    # …正满负荷运转， / caption。 / 企业供图 / 企业今年新接订单同比增加4 / 0%以上。…: no piece ends
    # on a comma, so the short line after the credit goes on with the broken sentence
    rows = ["汽车座椅厂订单排到年底", "", "本报讯（记者 林 川）3月11日，", "城西工业园区的一家汽车座",
            "椅企业二期车间正式投产，", "首批产品将发往省外客户。", "在园区的生产车间里，",
            "生产线正满负荷运转，", "工人在汽车座椅生产线上作业。", "企业供图", "企业今年新接订单同比增加4",
            "0%以上。公司负责人说，订单", "已经排到了今年年底。"]
    for blank in (False, True):
        text = ("\n\n" if blank else "\n").join(rows) + "\n"
        arts = _items(text)
        assert len(arts) == 1, [(a.kind, a.title, a.paragraphs) for a in arts]
        assert [c.text for c in arts[0].captions] == ["工人在汽车座椅生产线上作业。"]
        assert any("运转，企业今年新接订单同比增加40%以上。" in p for p in arts[0].paragraphs), arts[0].paragraphs


def test_a_markdown_caption_in_italics_with_its_credit_in_bold_is_a_picture_and_the_imprint_is_furniture():
    text = "\n".join([
        "## 城东新建三座口袋公园", "",
        "**本报讯**（记者 陆 言）近日，城东三座口袋公园建成开放，附近居民多了散步的去处。", "",
        "---", "",
        "![](http://example.cn/images/p1.jpg)", "",
        "*5月20日，市民在城东口袋公园里散步。公园里新栽了两百多棵樱花树。*　**本报记者 陆 言 摄**", "",
        "---", "",
        "*城江时报社出版　地址：城江市人民路1号*", ""])
    arts = _items(text)
    assert not any("*" in s for a in arts for s in a.paragraphs + a.headlines + [c.text for c in a.captions])
    assert not any("出版" in s for a in arts for s in a.paragraphs + a.headlines), [(a.kind, a.title) for a in arts]
    pictured = [a for a in arts if "5月20日，市民在城东口袋公园里散步。" in "".join(a.paragraphs + [c.text for c in a.captions])]
    assert len(pictured) == 1 and "陆言" in pictured[0].photographers, [(a.kind, a.paragraphs) for a in arts]


@pytest.mark.parametrize("text, indent, head", [
    ("“进口的水果、海鲜从", 2, False),      # an indented opening that goes on with its quote
    ("“两山”理念结硕果", 0, True),          # a headline balances its quotes
    ("让“绿水青山", 0, True),               # … or wraps one over two flush lines
])
def test_an_indented_line_opening_on_an_unclosed_quote_is_no_headline_line_on_an_indented_page(text, indent, head):
    from baoxun.layout.lines import split_lines
    from baoxun.layout.reflow import Layout, _narrow_head
    line = split_lines("\u3000" * indent + text)[0]
    assert _narrow_head(line, Layout(narrow=True, column_width=14, indented=True)) is head   # (half-ems: a 7-character column the line overruns)


def test_an_indented_paragraph_opening_on_an_unclosed_quote_is_prose_however_short():
    rows = ["全市首个冷链物流枢纽投入运营", "本报讯 记者从城北区获悉，位于该区的冷链物流枢纽已投入运营，项目一",
            "期建有冷库库容十八万吨，配套查验平台和分拨中心，总投资约九亿元。",
            "　　“进口的水果、海鲜从",
            "码头下船后，最快四小时就能进",
            "入冷库。”运营方负责人说，目前已有三十",
            "七家进口商签约入驻，预计今年货物周转量可达六十万吨。",
            "　　城北区商务局负责人表示，该区将以此为牵引，打造辐射周边地区的冷",
            "链产品集散中心，力争明年货物周转量突破百万吨。",
            "　　据了解，枢纽二期将新建冷库库容十万吨，计划明年年底前建成投用，届时",
            "将新增就业岗位五百余个。"]
    arts = _items("\n".join(rows) + "\n")
    assert len(arts) == 1, [(a.kind, a.title) for a in arts]
    assert any(p.startswith("“进口的水果、海鲜从码头下船后") for p in arts[0].paragraphs), arts[0].paragraphs


def test_a_picture_under_a_piece_that_jumped_away_is_not_the_piece_s_and_nor_are_the_sections_below_it():
    text = "\n\n".join([
        "一片竹林的“新生意”",
        "——石溪镇竹产业转型见闻",
        "记者 陶 然　通讯员 方可心",
        "　　清晨，石溪镇青岗村的竹林里已经热闹起来，竹农把刚砍下的毛竹码上货车。",
        "　　近年来，石溪镇把竹子从卖原料变成卖产品，一根竹子走出了一条新路。（下转第4版）",
        "[图片]\n4月1日，竹农在青岗村竹林里装运毛竹。　记者 陶 然 摄",
        "车间里的新设备",
        "　　走进镇上的竹制品加工厂，一条自动化生产线正在把竹片压成竹板。",
        "　　“以前一天做两百块，现在能做一千块。”厂长说，今年订单排到了年底。",
        "竹农的口袋鼓起来",
        "　　在青岗村，竹农们算起了收入账，去年全村竹产业收入比前年多了三成。",
    ]) + "\n"
    arts = _items(text)
    host = [a for a in arts if a.title == "一片竹林的“新生意”"]
    assert len(host) == 1 and not any("竹制品加工厂" in p for p in host[0].paragraphs), \
        [(a.kind, a.title, a.paragraphs) for a in arts]
    assert not host[0].captions


@pytest.mark.parametrize("rows, host, below", [
    # a picture under a piece that jumped away, and a briefs label below it
    (["侨批里的年味", "——侨批博物馆见闻", "文/梅清",
      "　　进入腊月，侨批博物馆里，一封封泛黄的侨批又被请出了展柜。",
      "　　博物馆今年还推出特展，展出侨批、年画等实物一百余件。（下转第4版）",
      "　　1月17日，碉楼群前，来自海外的侨胞后代在村民带领下参观碉楼。",
      "通讯员 关勇 摄",
      "乡讯简报",
      "●1月15日，古镇举办年货节，三天吸引游客一万余人次。",
      "●1月8日至10日，全市侨务工作会议召开，会议提出新建侨胞之家十五个。"],
     "侨批里的年味", ("年货节", "侨务工作会议")),
    # a briefs label heading a run of two lines (垦区简讯 / 综合)
    (["秋收时节更要绷紧安全弦", "本报评论员",
      "　　眼下，秋收全面展开，大型农机具昼夜作业，安全生产进入关键期。",
      "　　各农场要把安全检查延伸到每一台机车，对疲劳作业等行为早发现、早制止。",
      "垦区简讯", "综合",
      "　　■9月25日，东湖农场举办第二届农民丰收节，当日销售额达36万元。",
      "　　■西河农场近日新建的粮食烘干塔投入使用，日烘干能力达到1500吨。"],
     "秋收时节更要绷紧安全弦", ("丰收节", "垦区简讯")),
])
def test_a_run_that_heads_a_piece_of_its_own_is_no_part_of_the_piece_above(rows, host, below):
    arts = _items("\n".join(rows + [""]))
    hosts = [a for a in arts if a.title == host]
    assert len(hosts) == 1 and not any(w in p for w in below for p in hosts[0].paragraphs), \
        [(a.section, a.title, a.paragraphs) for a in arts]


def test_a_bulleted_sidebar_label_heads_its_sidebar_and_a_site_s_current_page_label_is_furniture():
    text = "\n".join([
        "城江晚报数字报",
        "2021年11月19日 星期五",
        "当前版：A06 人物·匠心",
        "",
        "守着一窑火 烧了四十年",
        "",
        "发布时间：2021-11-19 08:30　来源：城江晚报　作者：本报记者 林 川",
        "",
        "　　凌晨三点，老城一座复建的柴窑里，火光把老窑工的脸映得通红。",
        "",
        "　　“老手艺不能断在我手里。”他说，两年来已经带出徒弟二十多人。",
        "",
        "■记者手记",
        "慢下来的手艺",
        "",
        "　　在窑前守了一夜，记者最大的感受是一个“慢”字。",
        "",
        "■相关链接",
        "　　柴窑以松柴为燃料，是当地最具代表性的瓷窑。", ""])
    page = parse_page(text, mentions=False)
    arts = page.articles
    assert arts[0].title == "守着一窑火 烧了四十年" and arts[0].kicker is None, (arts[0].kicker, arts[0].title)
    assert not any("相关链接" in n for a in arts for n in a.authors + a.reporters)
    assert any(a.title == "慢下来的手艺" and a.section == "记者手记" for a in arts), [(a.section, a.title) for a in arts]
    assert not any("一个“慢”字" in p for p in arts[0].paragraphs)


def test_a_wechat_post_s_furniture_prints_nothing_and_its_title_bar_names_the_account_and_the_day():
    text = "\n".join([
        "今日城南丨2023年11月3日",
        "原创 城南区融媒体中心 今日城南 2023-11-03 20:16 发表于江西",
        "", "点击蓝字 关注我们", "",
        "▶ 城南区秋粮收购进度过半",
        "记者：欧阳晓晴　通讯员：李 想", "",
        "11月2日，在城南区的一家粮站门前，满载稻谷的农用车排起了长队。", "",
        "▍城南区开展冬季职业技能培训",
        "记者 林 川", "",
        "11月1日，城南区冬季职业技能培训班开班，首批三百名学员将接受培训。", "",
        "编辑：陈 雨　审核：张 东　终审：王 鹏", "",
        "阅读 3521　　赞 86　　在看 12",
        "写留言", ""])
    page = parse_page(text, mentions=False)
    assert page.paper.name == "今日城南" and str(page.issue.date) == "2023-11-03"
    arts = page.articles
    assert [a.title for a in arts] == ["城南区秋粮收购进度过半", "城南区开展冬季职业技能培训"], \
        [(a.kind, a.title) for a in arts]
    assert arts[0].reporters == ["欧阳晓晴"] and arts[0].correspondents == ["李想"]
    assert not any(w in p for a in arts for p in a.paragraphs for w in ("阅读", "写留言", "审核", "蓝字"))


@pytest.mark.parametrize("turn", ["记者：谢谢您", "记者：您好吗"])
def test_an_interview_s_turn_is_no_colon_credit(turn):
    from baoxun.layout.reflow import traits
    assert traits(turn).anchor is None


def test_an_e_paper_s_page_line_with_its_buttons_and_the_text_size_buttons_are_furniture():
    text = "\n".join([
        "城南报数字报",
        "2024年12月10日 星期二　　［往期回顾］　［PDF版下载］",
        "第A01版：要闻　　　上一版　下一版", "",
        "放大+ 缩小- 默认", "",
        "做大做强特色小吃产业",
        "城南小吃产业年营业额有望突破百亿元",
        "——全区今年新增门店一百二十家", "",
        "本报讯（记者 林 川）12月9日，记者从城南区小吃产业发展中心获悉，全区小吃产业营业额同比增长8.4%。", ""])
    page = parse_page(text, mentions=False)
    assert page.paper.name == "城南报"
    a = page.articles[0]
    assert (a.kicker, a.title, a.subtitle) == ("做大做强特色小吃产业", "城南小吃产业年营业额有望突破百亿元",
                                               "全区今年新增门店一百二十家"), [(x.kind, x.headlines) for x in page.articles]


@pytest.mark.parametrize("line, contact", [
    ("市民服务热线：12345　供电服务热线：95598", True),           # two listings on a line
    ("服务热线：市政务服务中心 0411-89811234　市公交公司 0411-89556677", True),   # bodies before their numbers
    ("市城市管理行政执法局投诉电话：0831-2335XXX", True),        # a dump that masked its digits
    ("县长：我们今年要投入3000万元", False),                      # a speaker's words
    ("李明：2023年我们种了十亩", False),
])
def test_a_service_listing_line_is_a_contact_line(line, contact):
    from baoxun.layout.reflow import traits
    assert traits(line).contact is contact


def test_a_service_column_that_closes_on_its_hotlines_is_titled_by_its_label():
    text = "\n".join([
        "本报讯（记者 林 川）近日，城东三座口袋公园建成开放，附近居民多了散步的去处。", "",
        "便民信息", "",
        "◆县图书馆6月20日起延长开放时间至晚上9点。",
        "◆城北菜市场改造期间，临时摊点设在体育路。",
        "市民服务热线：12345　供电服务热线：95598", ""])
    arts = _items(text)
    column = [a for a in arts if any("图书馆" in p for p in a.paragraphs)]
    assert len(column) == 1 and column[0].title == "便民信息", [(a.kind, a.section, a.title) for a in arts]
    assert any("95598" in p for p in column[0].paragraphs)


@pytest.mark.parametrize("mark", ["[图片] ", "（图）", "【图片】"])
def test_one_short_sentence_after_a_web_page_s_picture_mark_is_the_picture_s_caption(mark):
    text = "\n".join([
        "城南区举办冬季越野滑雪公开赛", "",
        "　　本报讯（记者 林 川）1月18日，城南区冬季越野滑雪公开赛在南山滑雪场举行，三百余名选手参赛。",
        mark + "选手在男子组比赛中飞驰而下。",
        "　　本次比赛由城南区体育局主办，设男子组、女子组和少年组三个组别。", ""])
    arts = _items(text)
    assert len(arts) == 1
    assert [c.text for c in arts[0].captions] == ["选手在男子组比赛中飞驰而下。"], arts[0].paragraphs
    assert not any("飞驰而下" in p for p in arts[0].paragraphs)


def test_a_flush_scene_between_two_indented_paragraphs_of_a_wide_page_is_an_uncredited_caption():
    rows = ["城南老河长十年巡河两万里", "",
            "  本报讯（记者 林 川）清晨六点，七十岁的吴大伯又沿着城南河岸巡查了一圈，这已经是他坚持的第十个年头。",
            "  2014年退休后，吴大伯主动当起了义务河长助理，十年来累计巡河行程超过两万公里，捡拾垃圾三十余吨。",
            "吴大伯在城南河岸边巡查。",
            "  在他的带动下，村里成立了一支十八人的护河队，镇里今年还为队员们购买了意外保险。",
            "  “只要走得动，我就一直巡下去。”吴大伯说。", ""]
    arts = _items("\n".join(rows))
    assert len(arts) == 1
    assert [c.text for c in arts[0].captions] == ["吴大伯在城南河岸边巡查。"], arts[0].paragraphs


def test_a_list_s_labelled_entries_on_a_page_with_a_blank_after_every_line_stay_one_a_paragraph():
    rows = ["乒乓球比赛成绩公告", "　　全市全民健身运动会乒乓球", "比赛于6月7日至9日在市体育中心举行，现",
            "将各组别前三名公告如下：",
            "男子团体：新城区队、东湖区队、南山县队", "女子团体：北山县队、新城区队、西河县队",
            "男子单打：陈宇航（新城区）、林志远（北山县）、王泽坤（西河县）",
            "女子单打：卢思琪（北山县）、张雨欣（东湖区）、罗佳怡（新城区）",
            "　　特此公告。", "全市全民健身", "运动会组委会", "2024年6月11日"]
    arts = _items("\n\n".join(rows) + "\n")
    paras = [p.replace(" ", "") for a in arts for p in a.paragraphs]
    for entry in rows[4:8]:
        assert entry in paras, paras


@pytest.mark.parametrize("nav", ["版面导航：A01 要闻 | A02 综合 | A03 城事 | A04 县区",
                                 "A01 要闻｜A02 综合｜A03 城事"])
def test_an_e_paper_s_page_list_set_apart_by_bars_is_furniture_and_the_story_keeps_its_headline(nav):
    text = "\n".join([
        "城江晚报数字报", "2026年03月12日 星期四", "第A05版：法治·民生", nav, "",
        "本版标题导航", "· 警方跨省追赃 为群众挽回损失286万元", "· 城西新建三座口袋公园", "",
        "==========================================", "",
        "“断卡”行动再出重拳", "警方跨省追赃 为群众挽回损失286万元", "",
        "本报讯（记者 苗 青）",
        "　　3月10日，城江市公安局召开新闻发布会，通报一起跨省电信网络诈骗案件的侦办情况。", ""])
    arts = _items(text)
    assert [(a.kicker, a.title) for a in arts] == [("“断卡”行动再出重拳", "警方跨省追赃 为群众挽回损失286万元")], \
        [(a.kind, a.kicker, a.title, a.paragraphs) for a in arts]


def test_a_jump_line_alone_on_its_line_is_never_a_headline():
    from baoxun.layout.lines import split_lines
    from baoxun.layout.reflow import reflow
    rows = ["（上接第一版）", "在位于城江开发区的一家台资电子", "企业，新建的智能工厂已进入设备", "调试阶段。该项目总投资1.8亿",
            "元，预计今年下半年投产。城江开", "发区负责人介绍，今年以来，开发", "区新签约外资项目十二个，总投资",
            "超过二十亿元，其中制造业项目占", "比超过七成。", "今年1至2月，城江开发区实际使", "用外资2.36亿美元，同比增长",
            "31.2%，新增外资企业二十家。", "外资项目签约额同比增长三成"]
    blocks, _ = reflow(split_lines("\n".join(rows)))
    assert [b.kind for b in blocks if b.text.startswith("（上接")] == ["text"], [(b.kind, b.text[:10]) for b in blocks]


@pytest.mark.parametrize("line", ["本版校对：王　丹", "本版美编：李 想"])
def test_the_page_s_proofreader_and_designer_lines_are_editors_furniture(line):
    text = "\n".join(["城东新建三座口袋公园", "",
                      "本报讯（记者 陆 言）近日，城东三座口袋公园建成开放，附近居民多了散步的去处。", "", line, ""])
    arts = _items(text)
    assert not any(line[:4] in s for a in arts for s in a.paragraphs + a.headlines), [(a.kind, a.headlines) for a in arts]


def test_an_export_with_padded_field_names_names_its_decks_its_caption_and_prints_its_counters_nothing():
    text = "\n".join([
        "城江农垦报 数字报刊平台 稿件导出",
        "导出时间：2019-09-27 06:12:45　操作员：admin02",
        "【报纸名称】城江农垦报", "【出版日期】2019-09-27", "【稿件数量】2",
        "【稿件序号】1", "【栏　　目】",
        "【引　　题】秋收进行时",
        "【标　　题】东湖农场首批水稻开镰",
        "【副　　题】今年水稻平均亩产有望突破1300斤",
        "【作　　者】本报记者 周振华",
        "【正　　文】",
        "　　本报讯　9月25日上午，随着一台台收割机驶入稻田，东湖农场的首批水稻正式开镰。",
        "【图片说明】9月25日，东湖农场农户驾驶收割机收获水稻。（本报通讯员 苏晓丽 摄）",
        "【导出结束】共2条稿件", ""])
    page = parse_page(text, mentions=False)
    assert page.paper.name == "城江农垦报" and str(page.issue.date) == "2019-09-27"
    arts = page.articles
    assert [(a.kicker, a.title, a.subtitle) for a in arts] == [
        ("秋收进行时", "东湖农场首批水稻开镰", "今年水稻平均亩产有望突破1300斤")], [(a.kind, a.section, a.headlines) for a in arts]
    assert [c.text for c in arts[0].captions] == ["9月25日，东湖农场农户驾驶收割机收获水稻。"]
    assert not any("稿件" in p or "导出" in p for p in arts[0].paragraphs)


@pytest.mark.parametrize("mark", ["◆", "■", "●"])
def test_every_bulleted_brief_under_a_briefs_label_is_its_own_item(mark):
    briefs = ["1月15日，城东镇仁化村举办第三届冬季村晚，吸引周边游客800余人次。",
              "城南镇第五届冬捕节于1月13日开网，头网捕获鲜鱼1.6万斤。",
              "为保障农民工春节前按时拿到工资，市人社局近日向23个在建项目发放工资保障金520余万元。",
              "1月17日，市人社局启动“春风行动”，首场招聘会提供就业岗位2100个。"]
    text = "\n".join(["本报讯（记者 林 川）近日，城东三座口袋公园建成开放，附近居民多了散步的去处。", "",
                      "州内简讯"] + [mark + b for b in briefs] + [""])
    arts = _items(text)
    for b in briefs:
        holding = [a for a in arts if any(b in p for p in a.paragraphs)]
        assert len(holding) == 1 and len(holding[0].paragraphs) == 1, [(a.section, a.paragraphs) for a in arts]


def test_a_site_s_spaced_menu_its_unbracketed_buttons_and_a_meta_credit_as_printed_are_read_as_such():
    text = "\n".join([
        "城江晚报网　|　首页　时政　镇街　经济　民生　文体　视频　电子报　|　登录　注册", "",
        "当前位置：首页 > 镇街 > 正文", "",
        "三次转身，点亮一盏“城江灯”", "",
        "——记灯饰企业家梁志坚", "",
        "来源：城江晚报　　作者：文/图 本报记者 孙 璐　　编辑：赵晓梅",
        "【字体：大 中 小】　　打印本页　　关闭窗口", "",
        "　　11月中旬的城江，灯饰广场依旧灯火通明，梁志坚正在厂房里调试新灯。", "",
        "　　“那时候白天跑市场，晚上在灯下拧螺丝。”梁志坚说。", "",
        "【责任编辑：郑嘉慧】　审核：林 斌", ""])
    arts = _items(text)
    assert [(a.title, a.subtitle) for a in arts] == [("三次转身，点亮一盏“城江灯”", "记灯饰企业家梁志坚")], \
        [(a.kind, a.headlines, a.paragraphs) for a in arts]
    assert arts[0].reporters == ["孙璐"] and arts[0].photographers == ["孙璐"]
    assert not any(w in p for p in arts[0].paragraphs for w in ("打印", "审核", "首页"))


def test_a_spaced_briefs_label_under_a_title_printed_after_its_body_stands_alone_and_its_briefs_part():
    rows = ["本报讯（记者 于 淼）3月19日，我市大豆产销对接会举行，来自省内外的", "26家企业与种植合作社签下订单，约定收购大豆8万吨。",
            "我市首批大豆", "订单签约",
            "简　讯",
            "▲3月18日，市人民医院与省城一家", "医院签订医联体合作协议。",
            "▲市人社局上周举办招聘会，52家企", "业提供岗位1300余个。",
            "▲3月19日，市第三中学开展春季防", "火安全教育进校园活动。"]
    arts = _items("\n\n".join(rows) + "\n")
    assert not any("简" in "".join(a.headlines) and "签约" in "".join(a.headlines) for a in arts), \
        [(a.section, a.headlines) for a in arts]
    briefs = [a for a in arts if any(p.lstrip("▲").startswith(("3月18日", "市人社局", "3月19日，市第三")) for p in a.paragraphs)]
    assert len(briefs) == 3, [(a.section, a.headlines, a.paragraphs) for a in arts]


def test_a_weather_box_s_date_line_with_its_lunar_day_and_solar_term_is_the_box_s():
    text = "\n".join(["本报讯（记者 于 淼）近日，城东三座口袋公园建成开放，附近居民多了散步的去处。", "",
                      "今日天气", "3月20日 农历二月初二 春分", "多云转晴", "西北风3～4级", "最低气温-12℃ 最高气温2℃", ""])
    arts = _items(text)
    weather = [a for a in arts if a.kind == "weather"]
    assert len(weather) == 1 and len(arts) == 2, [(a.kind, a.headlines, a.paragraphs) for a in arts]


def test_a_bulleted_brief_whose_first_line_breaks_a_quote_is_no_bulleted_title():
    rows = ["文旅简讯", "●1月20日，城东区第二届“冰", "雪嘉年华”在江畔开幕，活", "动将持续至2月28日。",
            "●南坪镇柳洞村近日开展“冬季", "送温暖”活动，为32户脱贫户送", "去米、面、油等慰问品。",
            "●龙城镇日前举办传统美", "食大赛，所得8600元全部捐给", "镇敬老院。"]
    arts = _items("\n".join(["本报讯（记者 林 川）近日，城东三座口袋公园建成开放，附近居民多了散步的去处。", ""] + rows) + "\n")
    assert not any("冬季" in h for a in arts for h in a.headlines), [(a.headlines, a.paragraphs) for a in arts]
    assert any("开展“冬季送温暖”活动" in p for a in arts for p in a.paragraphs)


def test_a_post_s_ornaments_ordinals_source_line_and_marked_caption_print_as_such():
    text = "\n".join([
        "01", "",
        "模具五金订单饱满", "",
        "文/图 叶子航", "",
        "8月14日，记者从城南镇经济发展局获悉，今年前7月，全镇进出口额同比增长6.8%。", "",
        "▲模具企业的技术人员在调试数控设备。", "",
        "城南镇副镇长表示，下一步将继续组织企业参加境外展会。", "",
        "◆ ◆ ◆", "",
        "02", "",
        "社区长者饭堂开张", "",
        "记者 郑慧敏　通讯员 乌沙宣", "",
        "8月10日中午，社区长者饭堂正式开张，首日接待老人一百二十人次。", "",
        "来源丨城南镇报", ""])
    arts = _items(text)
    assert [a.title for a in arts] == ["模具五金订单饱满", "社区长者饭堂开张"], [(a.kind, a.headlines) for a in arts]
    assert [c.text for c in arts[0].captions] == ["模具企业的技术人员在调试数控设备。"]
    assert not any(s in ("01", "02") or "◆" in s or "来源" in s for a in arts for s in a.paragraphs + a.headlines)


def test_a_line_a_converter_set_in_bold_is_a_paragraph_of_its_own_and_a_profile_s_subheads_keep_it_whole():
    text = "\n".join([
        "# 种了四十年树的老支书", "",
        "**文/图　本报记者　郑可心**", "",
        "11月的北坡村，山上的油松已经连成了片，老支书韩德胜每天清早都要上山转一圈。", "",
        "**一片荒坡，种了四十年**", "",
        "1983年，刚当上村支书的韩德胜带着十几个村民扛着铁锹上了荒坡，第一年就种下三千棵树苗。", "",
        "那几年天旱，树苗活下来的不到一半，他就一棵一棵补种，硬是把荒坡变成了林子。", "",
        "![油松林](images/1.jpg)",
        "*韩德胜在林子里查看油松长势。*　**本报记者 郑可心 摄**", "",
        "**林子里长出了“钱袋子”**", "",
        "2016年，村里在林下试种中药材，第一年每亩收入就有两千多元。", "",
        "如今，全村林下种植面积达到六百亩，二十多户村民在林子里找到了活计。", "",
        "**树还得一代一代种下去**", "",
        "今年春天，韩德胜又带着村里的年轻人在后山补种了一千棵侧柏。", ""])
    arts = [a for a in _items(text) if a.paragraphs]
    assert len(arts) == 1, [(a.headlines, a.paragraphs[:1]) for a in arts]
    for sub in ("一片荒坡，种了四十年", "林子里长出了“钱袋子”", "树还得一代一代种下去"):
        assert sub in arts[0].paragraphs, arts[0].paragraphs
    assert [c.text for c in arts[0].captions] == ["韩德胜在林子里查看油松长势。"]


def test_a_labelled_subhead_short_of_a_narrow_column_stands_apart_from_the_paragraph_below():
    rows = ["本报讯（记者 宋 岚）入冬以来，城北", "镇的食用菌大棚里一派繁忙，一排排", "菌棒上冒出了密密的香菇，菇农们从",
            "早忙到晚，今年全镇食用菌产量预计", "突破一万吨。",
            "新品种：菌棒换代 产量翻番", "在城北镇的林丰菌业合作社，工人们", "正把新一代菌棒码上架子。合作社负",
            "责人介绍，新菌棒每棒能多出菇三成，", "一个大棚一年能多收入两万多元，今", "年合作社又新建了十二个大棚。",
            "新销路：订单到户 价格稳定",
            "今年，镇里与省城两家超市签下直供", "协议，每周两次派冷藏车上门收菇，", "菇农不用再为卖菇发愁，收购价比",
            "去年每斤高出五角钱。"]
    arts = _pieces(rows)
    paras = [p for a in arts for p in a.paragraphs]
    assert "新品种：菌棒换代 产量翻番" in paras and "新销路：订单到户 价格稳定" in paras, paras


def test_a_bullet_before_a_subhead_or_a_list_entry_inside_a_piece_is_its_mark_not_its_text():
    text = "\n".join([
        "沿江三镇冬修水利忙", "",
        "本报讯（记者 程 远）入冬以来，沿江三镇抢抓晴好天气开展冬修水利，已完成土方四十二万立方米。", "",
        "■ 清淤疏浚保畅通", "",
        "在江口镇，十二台挖掘机沿着主渠一字排开，清出的淤泥就地用来加固堤埂。", "",
        "■ 泵站改造添动力", "",
        "今年县里投入资金八百万元，对沿江五座老泵站进行改造，排涝能力提高三成。镇里还明确了今冬明春的目标：", "",
        "● 完成主渠清淤三十公里；", "",
        "● 新建机耕桥六座。", ""])
    arts = [a for a in _items(text) if a.paragraphs]
    paras = [p for a in arts for p in a.paragraphs]
    assert "清淤疏浚保畅通" in paras and "完成主渠清淤三十公里；" in paras, paras
    assert not any(p[:1] in "■●" for p in paras), paras


@pytest.mark.parametrize("header", [
    "临江时讯　第2版　综合",
    "平川日报 PINGCHUAN RIBAO 2021年6月3日 星期四 第3版 三农",
    "平川日报 · 第03版：三农",
    "第A03版：民生·访谈 [上一版] [下一版] PDF下载",
    "中共平川区委机关报　国内统一连续出版物号 CN36-0099",
    "平川在线 | 平川日报 | 平川广播电视台　登录 | 注册 | 手机版",
])
def test_a_running_header_of_known_parts_is_the_page_s_furniture_not_an_item(header):
    text = "\n".join([header, "",
                      "城北新建三座口袋公园", "",
                      "本报讯（记者 林 川）近日，城北三座口袋公园建成开放，附近居民多了散步的去处。", "",
                      "据介绍，三座公园共栽植乔木四百余株，铺设步道一千二百米。", ""])
    arts = _items(text)
    assert [a.headlines for a in arts] == [["城北新建三座口袋公园"]], [(a.kind, a.headlines) for a in arts]


def test_a_sidebar_label_printed_in_brackets_titles_it_without_them_in_every_field():
    text = "\n".join([
        "城北新建三座口袋公园", "",
        "本报讯（记者 林 川）近日，城北三座口袋公园建成开放，附近居民多了散步的去处。", "",
        "【记者手记】", "",
        "口袋公园虽小，装下的却是居民的日常。把边角地用好，城市就多了几分温度。", ""])
    arts = _items(text)
    side = [a for a in arts if a.paragraphs and a.paragraphs[0].startswith("口袋公园虽小")]
    assert len(side) == 1 and side[0].title == "记者手记" and side[0].headlines == ["记者手记"], \
        [(a.kind, a.title, a.headlines) for a in arts]


@pytest.mark.parametrize("mark", ["- **{}**　", "●{}　", "■ {}  "])
def test_a_brief_s_title_run_into_its_first_line_is_its_title_and_the_brief_is_news(mark):
    briefs = [("城关镇开展春季森林防火演练", "3月15日，城关镇组织干部群众60余人开展森林防火应急演练，新建防火隔离带15公里。"),
              ("县人社局举办返乡创业培训班", "本报讯 3月14日，县人社局举办返乡创业培训班，120名返乡青年参加培训。"),
              ("滨河社区开展反诈宣传", "连日来，滨河社区组织网格员走进居民楼，发放反诈宣传资料2000余份。")]
    text = "\n".join(["本报讯（记者 林 川）近日，城东三座口袋公园建成开放，附近居民多了散步的去处。", "", "县域简讯", ""]
                     + [x for t, body in briefs for x in (mark.format(t) + body + "（通讯员 李 倩）", "")])
    arts = _items(text)
    for title, body in briefs:
        hit = [a for a in arts if a.title == title]
        assert len(hit) == 1 and hit[0].kind == "news", [(a.kind, a.title, a.paragraphs) for a in arts]
        assert hit[0].paragraphs[0] == body.removeprefix("本报讯 "), hit[0].paragraphs


@pytest.mark.parametrize("label", ["■果乡简讯", "■县区传真", "◆要闻简报"])
def test_a_column_label_behind_a_bullet_is_no_writer_s_name(label):
    text = "\n".join(["本报讯（记者 林 川）近日，城东三座口袋公园建成开放，附近居民多了散步的去处。", "",
                      label, "",
                      "城关镇举办果园托管服务对接会",
                      "本报讯　10月15日，城关镇举办果园托管服务对接会，12家合作社与果农签约。", "",
                      "县农技站开展冬季修剪培训",
                      "本报讯　10月16日，县农技站在南坡村开展果树冬季修剪培训，80余名果农参加。", ""])
    arts = _items(text)
    name = label[1:]
    assert not any(name in a.authors + a.reporters for a in arts), [(a.title, a.authors) for a in arts]
    assert [a.section for a in arts if a.title] == [name, name], [(a.section, a.title) for a in arts]


def test_a_marked_commentator_s_byline_over_a_title_credits_the_piece_below_not_the_one_above():
    text = "\n".join([
        "城北新建三座口袋公园", "",
        "本报讯（记者 林 川）近日，城北三座口袋公园建成开放，附近居民多了散步的去处。", "",
        "",
        "□ 本报评论员", "",
        "让老小区过上新日子", "",
        "　　秋风送爽，城里不少老旧小区搭起了脚手架。改造不只是刷墙换管，更要问需于民。", "",
        "　　把好事办好，关键在于让居民全程参与，从方案到验收都听得见群众的声音。", ""])
    arts = [a for a in _items(text) if a.paragraphs]
    by_title = {a.title: a for a in arts}
    assert set(by_title) == {"城北新建三座口袋公园", "让老小区过上新日子"}, [(a.title, a.authors) for a in arts]
    assert by_title["让老小区过上新日子"].authors == ["本报评论员"]
    assert by_title["城北新建三座口袋公园"].authors == [] and by_title["城北新建三座口袋公园"].reporters == ["林川"]


# A narrow page's first piece, headlined and dispatched, ahead of the stack a test reads.
_NARROW_OPENING = ["城北食用菌喜获丰收", "本报讯（记者 宋 岚）入冬以来，城北", "镇的食用菌大棚里一派繁忙，一排排",
                   "菌棒上冒出了密密的香菇，菇农们从", "早忙到晚，今年全镇食用菌产量预计", "突破一万吨。", ""]



def _narrow_piece(lines: list[str], opens: str):
    """The one piece of a narrow page (:data:`_NARROW_OPENING`, then ``lines``) whose first
    paragraph opens with ``opens``."""
    arts = _pieces(_NARROW_OPENING + lines)
    piece = [a for a in arts if a.paragraphs[0].startswith(opens)]
    assert len(piece) == 1, [(a.section, a.kicker, a.title, a.subtitle, a.paragraphs[:1]) for a in arts]
    return piece[0]


@pytest.mark.parametrize("label", ["今日评论", "浦东人家", "理论·实践", "非遗风采"])
def test_a_column_label_over_a_title_on_a_narrow_page_is_the_section(label):
    piece = _narrow_piece([label, "老手艺里藏着新日子", "□ 本报记者 陈 曦",
                           "　　秋日的城南镇，稻田金黄，古樟", "参天。在有着六十年历史的竹编作坊",
                           "里，老匠人正带着徒弟破竹、劈篾，", "一只竹篮要经过二十多道工序才能完", "成。"], "秋日的城南镇")
    assert (piece.section, piece.title) == (label, "老手艺里藏着新日子")


def test_two_plain_decks_on_a_narrow_page_are_kicker_and_title_unless_the_second_reads_as_a_subtitle():
    # the held-out golds read two undashed decks as 引题 + 主题 nine times in ten: a subtitle
    # is set with its dash, or names the genre, the figures or who attended
    piece = _narrow_piece(["春耕正当时", "城南“智慧农机”下田忙",
                           "本报讯（记者 陈 曦）连日来，城南", "镇的田间地头随处可见农机穿梭的身",
                           "影，一台台无人驾驶插秧机正在水田", "里来回作业，今年全镇农机作业面积", "预计超过五万亩。"], "连日来")
    assert (piece.kicker, piece.title, piece.subtitle) == ("春耕正当时", "城南“智慧农机”下田忙", None)


def test_an_uncredited_line_in_italics_under_a_picture_is_its_caption():
    text = "\n".join([
        "# 瑶绣走出大山", "",
        "**本报讯**（记者 何家俊）11月19日，城东瑶绣工坊迎来一批外地订单，二十多名绣娘正在赶工。", "",
        "![](images/1.jpg)", "",
        "*绣娘在工坊内赶制订单。*", "",
        "工坊负责人说，今年以来工坊已接到订单三千余件，绣娘人均月收入超过三千元。", ""])
    arts = [a for a in _items(text) if a.paragraphs]
    assert len(arts) == 1 and [c.text for c in arts[0].captions] == ["绣娘在工坊内赶制订单。"], \
        [(a.title, a.paragraphs, a.captions) for a in arts]
    assert "绣娘在工坊内赶制订单。" not in arts[0].paragraphs


def test_a_scene_dropped_inside_a_word_the_column_broke_is_a_caption():
    rows = ["治沙人的致富路", "本报讯（记者 张 斌）阿拉腾敖包镇牧民巴特尔响应禁牧政策，带着全家在沙地上种", "梭梭，至今已种下三千八百亩。梭梭长起来后，他又学",
            "牧民在梭梭林里采挖肉苁蓉。",
            "会了在梭梭根部接种肉苁蓉，每亩收入一千五百元左右，去年全家收入达到二十八万元。"]
    arts = _pieces(rows)
    assert len(arts) == 1 and [c.text for c in arts[0].captions] == ["牧民在梭梭林里采挖肉苁蓉。"], \
        [(a.paragraphs, a.captions) for a in arts]
    assert any("他又学会了在梭梭根部" in p for p in arts[0].paragraphs)


def test_a_caption_s_triangle_mark_is_not_its_text():
    text = "\n".join([
        "侨商回乡签约", "",
        "本报讯（记者 戴 蔚）10月10日，陶山镇侨资项目签约会在镇侨胞之家召开，5个项目总投资1.6亿元。", "",
        "▲10月10日，侨商在镇侨胞之家签约。记者 戴 蔚 摄", "",
        "据统计，全市现有海外侨胞十八万人，分布在六十多个国家和地区。", ""])
    arts = [a for a in _items(text) if a.paragraphs]
    assert [c.text for a in arts for c in a.captions] == ["10月10日，侨商在镇侨胞之家签约。"], \
        [(a.paragraphs, a.captions) for a in arts]


def test_a_notice_s_list_of_one_item_entries_after_its_colon_keeps_one_entry_a_paragraph():
    # a narrow column dumped with a blank line after every line, as e-paper extractors do
    rows = _spaced(["城北区“美丽家园”示范小区拟命名公示",
                    "根据《城北区“美丽家园”建设工作", "方案》，经街镇推荐、实地评估和专家", "评审，拟命名以下5个小区为城北区20",
                    "24年度“美丽家园”示范小区，现予以公", "示：",
                    "新城街道：百合苑小区、新成苑小区", "城关镇：州桥小区", "真新街道：金鹤新城",
                    "南翔镇：永乐花苑", "公示期间如有异议，请以书面形式实", "名向区房管局反映。"])
    arts = _items("\n".join(rows) + "\n")
    paras = [p for a in arts for p in a.paragraphs]
    for entry in ("新城街道：百合苑小区、新成苑小区", "城关镇：州桥小区", "真新街道：金鹤新城", "南翔镇：永乐花苑"):
        assert entry in paras, paras


@pytest.mark.parametrize("foot", [
    "（本版图片除署名外均由县融媒体中心提供）",
    "城江晚报法治新闻部　新闻热线：0519-86601110　投稿邮箱：cjwbfz@126.com",
    "社址：城江市龙沙区　订报热线：0452-2400000　零售每份1元",
    "城江报社出版　地址：城关镇胜利街　邮编：756400　第2版",
    "扫一扫在手机上打开当前页",
    "往期推荐",
    "（共导出稿件5篇）",
])
def test_the_page_s_own_lines_at_its_foot_are_no_item(foot):
    text = "\n".join(["城北新建三座口袋公园", "",
                      "本报讯（记者 林 川）近日，城北三座口袋公园建成开放，附近居民多了散步的去处。", "",
                      "据介绍，三座公园共栽植乔木四百余株，铺设步道一千二百米。", "", "",
                      foot, ""])
    arts = _items(text)
    assert [a.title for a in arts] == ["城北新建三座口袋公园"], [(a.kind, a.headlines, a.paragraphs) for a in arts]


@pytest.mark.parametrize("foot", [
    ["本版编辑：苏日娜　　美编：郭 亮　　校对：贾晓燕　　投稿邮箱：cjwb@126.com"],
    ["城江晚报社地址：城江市人民路688号　广告热线：0595-22561234", "零售价：1.00元"],
    ["版权所有：城江日报社　未经授权禁止复制或建立镜像", "违法和不良信息举报电话：0477-8588310"],
])
def test_the_page_s_foot_under_its_last_piece_is_not_that_piece_s_text(foot):
    text = "\n".join(["城北新建三座口袋公园", "",
                      "本报讯（记者 林 川）近日，城北三座口袋公园建成开放，附近居民多了散步的去处。", "",
                      "据介绍，三座公园共栽植乔木四百余株，铺设步道一千二百米。", ""] + [x for f in foot for x in (f, "")])
    arts = [a for a in _items(text) if a.paragraphs]
    assert len(arts) == 1 and arts[0].paragraphs[-1] == "据介绍，三座公园共栽植乔木四百余株，铺设步道一千二百米。", \
        [(a.title, a.paragraphs) for a in arts]


def test_a_service_box_of_the_paper_s_own_keeps_its_last_field():
    text = "\n".join(["民生热线 为您办事", "",
                      "热线电话：0710-3566110（每天8:30—21:00）", "",
                      "来信地址：城江市人民路78号 城江都市报社民生新闻部", "",
                      "邮政编码：441000", ""])
    arts = _items(text)
    assert any(p == "邮政编码：441000" for a in arts for p in a.paragraphs), [(a.kind, a.paragraphs) for a in arts]


@pytest.mark.parametrize("lede,expected", [
    ("昨天，记者从县水利局获悉，城南堤防加固工程主体已完工。", "2024-07-12"),
    ("记者昨日从市住建局获悉，我市10月20日正式供暖以来，共受理诉求320件。", "2024-07-12"),
    ("前晚7时30分，全市城市足球联赛决赛在市体育中心打响。", "2024-07-11"),
    ("上周六，全市青少年游泳锦标赛在市体育中心落幕。", "2024-07-06"),
    ("7月15日起，城东三条公交线路临时调整走向。", "2024-07-15"),
])
def test_a_lede_dated_against_the_issue_gets_its_dateline(lede, expected):
    text = "\n".join(["城江日报　2024年7月13日　星期六　第2版　综合", "",
                      "城东新闻一则", "",
                      "本报讯（记者 林 川）" + lede + "相关工作正在有序推进。", ""])
    arts = [a for a in _items(text) if a.paragraphs]
    assert [a.dateline_date for a in arts] == [expected], [(a.paragraphs, a.dateline_date) for a in arts]


def test_a_short_item_under_a_column_of_briefs_is_news_whatever_its_shape():
    text = "\n".join(["本报讯（记者 林 川）近日，城东三座口袋公园建成开放，附近居民多了散步的去处。", "",
                      "■县区传真",
                      "西坪：丝绸文化节吸引万余游客",
                      "9月21日，西坪县出山镇举办第三届嫘祖故里丝绸文化节，现场展示桑蚕养殖、缫丝织绸等传统技艺，当天吸引游客1.2万人次。（李 楠）",
                      "南城：提琴产业园再添新企",
                      "9月20日，南城县提琴产业园新入驻制琴企业3家，园区企业总数达到38家，年产提琴30万把，产品远销欧美。（王 芳）", ""])
    briefs = [a for a in _items(text) if a.section == "县区传真"]
    assert len(briefs) == 2 and {a.kind for a in briefs} == {"news"}, [(a.section, a.title, a.kind) for a in _items(text)]


def test_a_result_list_keeps_its_rows_and_group_labels_in_the_piece():
    text = "\n".join(["城江晚报　2023年5月22日　星期一　第6版　体育", "",
                      "本报讯（记者 林 川）5月21日，城江环湖半程马拉松鸣枪开跑，来自全国的5000名跑者参赛。各组前两名如下：",
                      "男子组",
                      "第一名　韩志远（江苏南京）　1:06:32",
                      "第二名　苏　明（浙江杭州）　1:07:10",
                      "女子组",
                      "第一名　钱雨桐（安徽合肥）　1:15:48",
                      "第二名　葛　晴（城江本地）　1:17:05",
                      "本次赛事设总奖金20万元，赛事期间全市接待游客3万余人次。",
                      "",
                      "环湖半马成绩揭晓", ""])
    arts = [a for a in _items(text) if a.paragraphs]
    assert len(arts) == 1, [(a.title, a.paragraphs) for a in arts]
    paras = arts[0].paragraphs
    assert "女子组" in paras and "第二名　葛　晴（城江本地）　1:17:05" in paras and paras[-1].startswith("本次赛事"), paras


def test_a_bulleted_line_over_a_callers_turn_titles_each_entry_of_a_hotline_column():
    title = "■小区门口“水坑”积了半个月 居民出门要蹚水"     # as wide as the column: no short line
    rows = ["城江晚报　2024年4月8日　星期一　第5版　民生", "",
            "城东新闻", "本报讯（记者 林 川）近日，城东三座口袋公园建成开放，附", "近居民多了散步的去处，每天来公园的人络绎不绝。", "",
            "热线回音", "",
            title,
            "诉求：家住城东街道的王女士反映，小区门口的路",
            "面下陷，下雨后积水没过脚踝，出行很不方便。",
            "回复：城东街道办事处回复，已联系施工单位修补",
            "路面，预计本周内完成。",
            "■夜间施工噪声扰民",
            "诉求：市民周先生来电称，附近工地每晚施工到",
            "凌晨，影响居民休息。",
            "回复：市城管局回复，已责令工地停止夜间施工。", ""]
    arts = [a for a in _items("\n".join(rows)) if a.section == "热线回音"]
    assert [a.title for a in arts] == [title[1:], "夜间施工噪声扰民"], [(a.title, a.section) for a in _items("\n".join(rows))]


@pytest.mark.parametrize("mark", ["★", "▲", "◎"])
def test_a_dispatch_behind_any_bullet_of_a_briefs_column_opens_its_brief(mark):
    rows = ["城江晚报　2024年1月9日　星期二　第8版　文化", "",
            "文化简讯", "",
            mark + "本报讯（记者 林 川）1月6日，城江市第二届",
            "乡村文学奖颁奖典礼在市文化馆举行。",
            mark + "本报讯（通讯员 苏 明）近",
            "日，城南镇文化站组织书法爱好者为群众写春联。", ""]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs]
    assert [a.paragraphs[0][:4] for a in arts] == ["1月6日", "近日，城"], [(a.title, a.paragraphs) for a in arts]


POEM = ["晚风", "慢慢吹过", "河边的柳树", "把一天的话", "说给水听", "", "我在桥上", "等灯亮起来"]


@pytest.mark.parametrize("signed_over", [True, False])
def test_a_signed_poem_keeps_each_verse_line_a_paragraph(signed_over):
    head = ["城江晚报　2024年1月9日　星期二　第7版　副刊", "",
            "冬天的早市", "□ 林 川", "",
            "　　这是一篇散文的最后一段，写到了老城的冬天和早市上的热气，也写到",
            "了祖母门前的那棵老槐树。", ""]
    poem = (["河边小唱", "□ 苏 明", ""] + POEM if signed_over else ["河边小唱", ""] + POEM + ["", "□ 苏 明"])
    arts = [a for a in _items("\n".join(head + poem + [""])) if a.paragraphs]
    verse = [x for x in POEM if x]
    assert any(a.title == "河边小唱" and a.paragraphs == verse for a in arts), [(a.title, a.paragraphs) for a in arts]


def test_short_lines_of_prose_under_a_byline_are_no_poem():
    rows = ["城江晚报　2024年1月9日　星期二　第3版", "",
            "老街新事", "□ 苏 明", "",
            "城南老街改造后，",
            "街口新开了一家书店，",
            "店主是返乡青年，",
            "每到周末，",
            "店里坐满了读书的孩子。", ""]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs]
    assert len(arts) == 1 and len(arts[0].paragraphs) == 1, [(a.title, a.paragraphs) for a in arts]


def _notice_page():
    return ["城江日报　2019年7月12日　星期五　第7版　公告", "",
            "拍 卖 公 告",
            "（2019第9期）",
            "受城江市城东区人民法院委托，本公司定于2019年7月26日上午10时在本公司拍卖厅，对下列标的进行公开拍卖：",
            "一、位于城江市城东区新华路的商业用房一套，起拍价120万元；",
            "二、小型轿车一辆，起拍价3.5万元。",
            "咨询电话：0570-1234567",
            "城江市正信拍卖有限公司　　2019年7月12日",
            "",
            "城江市人民政府",
            "征收土地公告",
            "",
            "城政征〔2019〕第31号",
            "",
            "经省人民政府批准，征收城东区石塘村集体土地共计12公顷。现将有关事项公告如下：",
            "一、征收土地补偿标准按照《城江市人民政府关于调整征地区片综合地价的通知》执行。",
            "特此公告。",
            "城江市人民政府",
            "2019年7月8日", ""]


def test_a_letter_spaced_notice_title_heads_its_notice_and_its_number_stays_in_it():
    arts = [a for a in _items("\n".join(_notice_page())) if a.paragraphs or a.title]
    auction = [a for a in arts if (a.title or "").replace(" ", "") == "拍卖公告"]
    assert len(auction) == 1 and auction[0].kind == "notice" and auction[0].paragraphs[0] == "（2019第9期）", \
        [(a.kind, a.title, a.paragraphs[:1]) for a in arts]
    assert auction[0].paragraphs[-1] == "城江市正信拍卖有限公司　　2019年7月12日", auction[0].paragraphs


def test_a_body_s_name_over_a_notice_title_is_the_first_line_of_that_title():
    arts = [a for a in _items("\n".join(_notice_page())) if a.paragraphs or a.title]
    titles = [a.title for a in arts]
    assert "城江市人民政府征收土地公告" in titles, titles
    notice = arts[titles.index("城江市人民政府征收土地公告")]
    assert notice.paragraphs[0] == "城政征〔2019〕第31号", notice.paragraphs


def test_a_double_spaced_notice_keeps_a_book_title_the_column_cut_and_opens_a_paragraph_at_each_point():
    narrow = ["　　根据有关规定，经市委研究，现将拟", "提拔任用的市管领导干部人选予以公", "示。徐建平，男，1972年4月生，现",
              "任城东区委副书记，拟任市商务局局", "长。公示时间：2019年7月12日至", "7月18日（5个工作日）。",
              "　　　　　　中共城江市委组织部", "　　　　　　　　2019年7月11日"]
    spaced = ["经省人民政府批准，征收城东区石塘", "村集体土地共计12公顷。现将有关事", "项公告如下：",
              "一、征收土地补偿标准按照《城江", "市人民政府关于调整征地区片综合", "地价的通知》执行，每亩5.8万元。",
              "二、被征收土地的所有权人、使用", "权人应在本公告发布之日起15个", "工作日内办理征地补偿登记。", "特此公告。"]
    rows = ["城江日报　2019年7月12日　星期五　第7版　公告", "", "市管领导干部任前公示", ""] + narrow \
        + ["", "征收土地公告", ""] + [x for r in spaced for x in (r, "")]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs]
    notice = [a for a in arts if a.title == "征收土地公告"]
    assert len(notice) == 1 and notice[0].paragraphs[1:3] == [
        "一、征收土地补偿标准按照《城江市人民政府关于调整征地区片综合地价的通知》执行，每亩5.8万元。",
        "二、被征收土地的所有权人、使用权人应在本公告发布之日起15个工作日内办理征地补偿登记。"], \
        [(a.title, a.paragraphs) for a in arts]


def test_an_address_the_column_cut_stays_on_its_contact_line():
    rows = ["城江日报　2019年7月12日　星期五　第7版　公告", "",
            "市管领导干部任前公示", "",
            "　　根据有关规定，经市委研究，现将拟",
            "提拔任用的市管领导干部人选予以公示。",
            "　　徐建平，男，1972年4月生，现任城",
            "东区委副书记，拟任市商务局局长。",
            "　　来信地址：城江市城东区荷花中路",
            "路128号　邮编：324000",
            "　　　　　　中共城江市委组织部",
            "　　　　　　　　2019年7月11日", ""]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs]
    assert len(arts) == 1 and "来信地址：城江市城东区荷花中路路128号　邮编：324000" in arts[0].paragraphs, \
        [(a.title, a.paragraphs) for a in arts]


def test_a_court_notice_s_addressee_under_its_letter_spaced_title_opens_the_notice():
    rows = ["城江法治报　2022年6月17日　星期五　第4版", "",
            "公　告",
            "许福安：",
            "本院受理原告城江市鑫泰纺织有限公司诉你买卖合同纠纷一案，现依法向你公告送达起诉状副本。自本公告发出之日起经过30日即视为送达。",
            "城江市城东区人民法院",
            "二〇二二年六月十七日", ""]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs]
    assert len(arts) == 1 and arts[0].kind == "notice" and arts[0].paragraphs[0] == "许福安：", \
        [(a.kind, a.title, a.paragraphs[:2]) for a in arts]


def test_a_sports_box_keeps_its_results_table_and_fixtures_as_lines_and_credits_no_label():
    rows = ["城江晚报　2021年10月18日　星期一　第7版　体育", "",
            "城超联赛第九轮战罢", "本报讯（记者 林 川）10月17日，城超联赛第九轮四场比赛全部结束，城东区队主场逆转登顶。", "",
            "第九轮战报", "",
            "■比赛结果",
            "城东区队 2:1 城南区队",
            "河口县队 1:0 城北区队", "",
            "■积分榜（截至第九轮）",
            "名次　球队　　赛　胜　平　负　进/失　积分",
            "1　　城东区　9　6　2　1　17/8　　20",
            "2　　城北区　9　6　1　2　19/9　　19",
            "3　　河口县　9　5　2　2　14/10　 17", "",
            "■射手榜",
            "1 韩志远（城东区队） 7球",
            "2 苏明（河口县队） 6球", "",
            "■第十轮赛程",
            "10月23日 15:30 河口县队—城东区队（河口县体育场）",
            "10月24日 19:30 城南区队—城北区队（市体育中心）", ""]
    text = "\n".join(rows)
    arts = _items(text)
    paras = [p for a in arts for p in a.paragraphs]
    for row in ["1　　城东区　9　6　2　1　17/8　　20", "城东区队 2:1 城南区队", "2 苏明（河口县队） 6球",
                "10月24日 19:30 城南区队—城北区队（市体育中心）"]:
        assert row in paras, (row, [(a.title, a.paragraphs) for a in arts])
    assert all("比赛结果" not in a.authors for a in arts), [(a.title, a.authors) for a in arts]
    assert not any(a.title and "2:1" in a.title for a in arts)


def test_a_short_sentence_under_a_lone_picture_mark_is_its_caption():
    rows = ["城江晚报　2020年4月25日　星期六　第8版　副刊", "",
            "外婆的茶山", "文/图 苏 明", "",
            "　　外婆家在城南的山坡上，屋后是一片茶园。每年清明前后，外婆天不亮就上山采茶，回来时竹篓里装满了嫩芽。",
            "",
            "[图片]",
            "春日里，城南的茶园一片新绿。",
            "",
            "　　后来我到省城读书、工作，回外婆家的次数越来越少，可每年春天，总能收到她寄来的一包新茶。", ""]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs]
    assert len(arts) == 1, [(a.title, a.paragraphs) for a in arts]
    assert [c.text if hasattr(c, "text") else c["text"] for c in arts[0].captions] == ["春日里，城南的茶园一片新绿。"], arts[0]
    assert "春日里，城南的茶园一片新绿。" not in arts[0].paragraphs


def _wechat_post():
    return "\n".join([
        "原创　城江发布　城江发布　2026年01月20日 18:30　浙江", "",
        "件件有回音 事事暖民心 | 城江县十大民生实事“成绩单”出炉", "",
        "城江发布", "微信号：cj_fabu", "功能介绍：城江县融媒体中心官方微信公众号。", "",
        "[图片]", "点击上方蓝字“城江发布”关注我们", "",
        "岁末年初，翻开城江县民生实事“账本”，十大类32项民生实事全部完成，累计投入资金9.86亿元。", "",
        "01 出行更顺畅", "",
        "去年全县共完成农村公路提质改造186公里，新增城乡公交线路5条。", "",
        "02 就医更便捷", "",
        "县医院新建的门急诊综合楼投入使用，新增床位300张。", "",
        "来源：城江县融媒体中心", "记者：苏 明　林 川", "编辑：汪晓晨", "审核：何立军", "监制：张 鹏", "",
        "往期推荐", "▶ 城江黄芽入选十大农产品区域公用品牌", "▶ 速看！寒假期间县城停车收费有调整", "",
        "阅读 1.2万　　在看 86　　赞 312", "分享　　写留言", "",
        "精选留言", "山里的风：公路修好了，回老家方便多了！　　赞 45", "作者回复：感谢关注！", "",
        "预览时标签不可点", "微信扫一扫关注该公众号", "继续滑动看下一个", "城江发布", "向上滑动看下一个", "知道了", ""])


def test_an_account_post_is_one_piece_titled_by_its_first_line_with_its_numbered_subheads_and_no_widgets():
    arts = [a for a in _items(_wechat_post()) if a.paragraphs or a.title]
    assert len(arts) == 1, [(a.kind, a.title, a.paragraphs[:2]) for a in arts]
    a = arts[0]
    assert a.title == "件件有回音 事事暖民心 | 城江县十大民生实事“成绩单”出炉", a.title
    assert "01 出行更顺畅" in a.paragraphs and "02 就医更便捷" in a.paragraphs, a.paragraphs
    body = "".join(a.paragraphs)
    for widget in ("微信号", "功能介绍", "点击上方", "阅读 1.2万", "精选留言", "作者回复", "滑动看下一个", "监制", "往期推荐", "停车收费"):
        assert widget not in body, (widget, a.paragraphs)


@pytest.mark.parametrize("line", ["审核通过的项目将于下月公示。", "统筹安排防汛应急资金1860万元，"])
def test_a_column_line_that_opens_with_an_editor_s_word_stays_in_its_paragraph(line):
    rows = ["城江日报　2024年6月14日　星期五　第2版", "",
            "县里部署防汛工作", "",
            "　　本报讯（记者 林 川）6月13日，县政府召开防汛工作会议。县财政已",
            line,
            "确保物资、队伍、预案“三到位”。", ""]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs]
    assert any(line in "".join(a.paragraphs) for a in arts), [(a.title, a.paragraphs) for a in arts]


def test_a_case_column_keeps_its_bracketed_parts_and_takes_the_title_printed_after_it():
    rows = ["城江法治报　2024年4月10日　星期三　第6版　法治", "",
            "城东法院开展“法治进校园”活动", "",
            "本报讯（记者 苏 明）4月9日，城东区人民法院法官走进城东中学，为600余名师生上了一堂法治课。", "",
            "检察开放日邀群众走进办案区", "",
            "本报讯（记者 苏 明）4月8日，城东区人民检察院举办“检察开放日”活动，30余名群众代表参加。", "",
            "以案说法", "", "文/林 川", "",
            "【案情】",
            "  2023年9月，在校大学生小韦在网上看到一则“兼职”广告，先后将名下3张银行卡出租给他人使用。",
            "【审理】",
            "  法院经审理认为，小韦的行为构成帮助信息网络犯罪活动罪，依法判处其有期徒刑七个月，缓刑一年。",
            "【说法】",
            "  法官提醒，银行卡、手机卡和个人身份信息只能本人使用，切勿因贪图小利而出租出借。",
            "  （作者单位：城江市城东区人民法院）", "",
            "出租银行卡“赚佣金” 大学生因帮信罪获刑", "", "",
            "城江法治报社  城江市城东区民族大道  新闻热线：0771-5551234", ""]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs or a.title]
    assert len(arts) == 3, [(a.kind, a.section, a.title, a.paragraphs[:2]) for a in arts]
    a = arts[-1]
    assert a.title == "出租银行卡“赚佣金” 大学生因帮信罪获刑" and a.section == "以案说法", (a.section, a.title)
    assert [p for p in a.paragraphs if p.startswith("【")] == ["【案情】", "【审理】", "【说法】"], a.paragraphs
    assert not any("新闻热线" in p for p in a.paragraphs)


def test_a_sidebar_s_title_and_writer_printed_after_its_text_are_its_own():
    rows = ["城江晚报　2022年8月24日　星期三　第3版　要闻", "",
            "重点项目建设按下“快进键”", "",
            "本报讯（记者 林 川）今年以来，城东区重点项目建设提速，1至7月完成投资同比增长16.3%。", "",
            "记者手记", "",
            "　　凌晨5点半，天刚蒙蒙亮，工地的灯已经亮了。钢筋班班长告诉我，这个夏天他们的作息是“早六晚八”。",
            "　　“热是热，但工期不等人。”说完，他戴上安全帽走向了塔吊下。", "",
            "工地上的“早六晚八”", "",
            "□ 林 川", "",
            "城南板栗有了“价格保险”", "",
            "本报讯（通讯员 苏 明）8月20日，城南区首批板栗目标价格保险保单签发，覆盖农户320户。", ""]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs or a.title]
    side = [a for a in arts if a.section == "记者手记"]
    assert len(side) == 1 and side[0].title == "工地上的“早六晚八”" and side[0].authors == ["林川"], \
        [(a.section, a.title, a.authors, a.paragraphs[:1]) for a in arts]
    assert not any(a.title == "工地上的“早六晚八”" and not a.paragraphs for a in arts)


def test_a_web_story_s_top_picture_is_its_caption_and_its_widgets_are_chrome():
    rows = ["城江新闻网 —— 城江县融媒体中心主办",
            "搜索：[          ] 搜索", "",
            "城江县一季度重大项目集中签约 总投资86.4亿元", "",
            "来源：城江新闻网　　作者：林 川　　发布时间：2023-03-16 09:42", "",
            "[图片]", "签约现场。苏明 摄", "",
            "　　本网讯（记者 林 川）3月15日上午，城江县一季度重大项目集中签约仪式在县行政中心举行，共签约项目18个。", "",
            "　　签约仪式上，多家企业与园区管委会签订协议，计划投资15亿元建设电路板项目。", "",
            "👍 点赞(58)　　☆ 收藏　　🖨 打印本页　　✕ 关闭窗口", "",
            "网站声明：本网原创稿件版权归城江县融媒体中心所有，转载须经书面授权。", ""]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs or a.title]
    assert len(arts) == 1 and arts[0].title == "城江县一季度重大项目集中签约 总投资86.4亿元", \
        [(a.kind, a.title, a.paragraphs[:1]) for a in arts]
    assert [c.text for c in arts[0].captions] == ["签约现场。"], arts[0].captions
    assert not any("点赞" in p or "网站声明" in p for p in arts[0].paragraphs)


def test_an_epaper_s_list_of_the_page_s_titles_labelled_with_a_colon_is_furniture():
    rows = ["城江晚报", "2021年4月8日 星期四　　第A3版：县域新闻",
            "本版标题：", "· 抢抓二季度 冲刺“双过半”", "· 城南区40个重点项目集中开工",
            "【PDF版】【放大】【缩小】【上一版】【下一版】", "",
            "抢抓二季度 冲刺“双过半”", "",
            "本报讯（记者 林 川）4月7日，全市重点项目推进会召开，一季度全市新开工亿元以上项目163个。", "",
            "城南区40个重点项目集中开工", "",
            "本报讯（记者 苏 明）4月7日，城南区第二批重点项目集中开工，总投资112.6亿元。", ""]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs or a.title]
    assert [a.title for a in arts] == ["抢抓二季度 冲刺“双过半”", "城南区40个重点项目集中开工"], \
        [(a.kind, a.title, a.headlines) for a in arts]


def test_a_price_box_and_a_figures_box_keep_their_lines_under_prose_set_wider_than_them():
    prose = ["    记者11月14日从市商务局获悉，今年1至10月，全市实现社会消费品零售总",
             "额892.6亿元，同比增长6.2%，增速比全省平均水平高1.4个百分点，消费",
             "市场持续回暖。今年以来，我市先后举办“城江好物节”“客家美食季”等促消",
             "费活动46场，累计发放政府消费券1.2亿元，带动消费超过15亿元。其中，",
             "城东区、城南区两地的消费券核销率均超过90%，特色农产品成为消费新亮点，",
             "河田鸡、地瓜干、绿茶等“土特产”借助电商直播走俏全国。据统计，前三季度",
             "全市农产品网络零售额达到38.7亿元，同比增长21.3%，返乡青年组建的直播",
             "团队单场带货最高突破50万元，餐饮住宿消费也在加快恢复，景区周边的农家乐",
             "订单明显增多。"]
    rows = ["城江日报　2022年11月15日　星期二　A3　经济", "",
            "前10个月全市社会消费品零售总额增长6.2%", "", "本报记者 林 川", ""] + prose + ["",
            "菜篮子 · 今日菜价",
            "（11月14日 城区主要农贸市场零售均价）",
            "大白菜 1.50元/斤 ↓", "上海青 2.80元/斤 ↓", "白萝卜 1.20元/斤 —", "西红柿 4.50元/斤 ↑",
            "土豆 2.00元/斤 —", "鸡蛋 5.20元/斤 —", "草鱼 8.50元/斤 ↑", "带鱼 18.00元/斤 —", "",
            "【数说】", "前三季度全市工业“成绩单”", "",
            "▲ 1238家 全市规模以上工业企业数量",
            "▲ 8.7% 规上工业增加值同比增速，居全省第二位",
            "▲ 1067.3亿元 有色金属产业产值", ""]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs]
    paras = {p: a.title for a in arts for p in a.paragraphs}
    assert "大白菜 1.50元/斤 ↓" in paras and "▲ 1238家 全市规模以上工业企业数量".lstrip("▲ ") in "".join(paras), \
        [(a.title, a.paragraphs) for a in arts]
    lead = [a for a in arts if a.title == "前10个月全市社会消费品零售总额增长6.2%"]
    assert len(lead) == 1 and not any("元/斤" in p for p in lead[0].paragraphs), [(a.title, a.paragraphs) for a in arts]
    assert not any(a.title and "元/斤" in a.title for a in arts)


def test_a_bracketed_label_over_a_site_s_numbered_links_is_furniture():
    rows = ["城江新闻网", "首页 | 新闻 | 民生 | 视频", "",
            "城江县召开党建工作推进会", "",
            "本网讯（记者 林 川）昨天，城江县召开基层党建工作推进会，部署今年重点任务。", "",
            "【热点新闻】", "1 城江山药入选全国名特优新农产品名录", "2 冬季森林防火进入高危期 市林业局发布提醒",
            "3 城区新增公共停车泊位1200个", ""]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs or a.title]
    assert [a.title for a in arts] == ["城江县召开党建工作推进会"], [(a.kind, a.title, a.paragraphs) for a in arts]


def test_a_markdown_site_s_breadcrumb_of_links_and_its_related_links_are_chrome():
    rows = ["[城江观察网](/) > [县区频道](/xq/) > [城南](/xq/cn/) > 正文", "",
            "# 一片茶叶如何“撬动”一个镇", "",
            "发布时间：2020-09-15 08:30 | 来源：城江观察网", "",
            "本网记者　林 川", "",
            "今年以来，城南镇把茶产业作为乡村振兴的主导产业，全镇茶园面积扩大到3.2万亩，茶农人均增收2600元。", "",
            "**相关阅读**", "",
            "- [城南县秋粮收购工作全面启动](/xq/cn/20200914/)",
            "- [城北县灾后重建项目加快推进](/xq/cb/20200912/)", "",
            "[上一篇：城东举办首届山药文化节](/xq/cd/20200914/) | [下一篇：城西污水处理厂二期投入运行](/xq/cx/20200915/)", ""]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs or a.title]
    assert [a.title for a in arts] == ["一片茶叶如何“撬动”一个镇"], [(a.kind, a.title, a.paragraphs) for a in arts]


def test_a_bracketed_one_line_list_of_the_page_s_titles_is_furniture():
    rows = ["城江报　　2025年7月2日　星期三　　第2版　要闻",
            "【本版标题】 我县召开“七一”表彰大会 | 城关街道老旧小区焕新颜", "",
            "我县召开“七一”表彰大会", "",
            "本报讯（记者 林 川）6月30日上午，全县纪念中国共产党成立104周年大会召开。", "",
            "城关街道老旧小区焕新颜", "",
            "本报讯（记者 苏 明）今年以来，城关街道改造老旧小区12个，惠及居民3000余户。", ""]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs or a.title]
    assert [a.title for a in arts] == ["我县召开“七一”表彰大会", "城关街道老旧小区焕新颜"], [(a.title, a.paragraphs) for a in arts]


def test_a_title_printed_again_between_the_dispatch_s_credit_and_its_lede_is_no_second_piece():
    rows = ["城江周报", "2019年11月8日　星期五　　第2版　综合新闻", "",
            "县政府召开第28次常务会议", "",
            "本报讯（记者　林 川）",
            "县政府召开第28次常务会议",
            "11月6日，县委副书记、县长高志远主持",
            "召开县政府第28次常务会议，听取前三季",
            "度经济运行情况汇报，研究部署冬季清洁取",
            "暖、安全生产等工作。",
            "副县长冯建勋、袁丽萍出席会议。", ""]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs or a.title]
    assert len(arts) == 1 and arts[0].title == "县政府召开第28次常务会议" and arts[0].reporters == ["林川"], \
        [(a.kind, a.title, a.reporters, a.paragraphs[:1]) for a in arts]
    assert arts[0].paragraphs[0].startswith("11月6日"), arts[0].paragraphs


@pytest.mark.parametrize("kicker", ["传达学习全国两会精神 研究部署近期重点工作", "传达学习省委有关会议精神"])
def test_a_meeting_s_agenda_over_its_report_is_the_kicker_not_a_banner_or_a_column(kicker):
    rows = ["城江县报　　2022年3月16日　星期三　　第2版　要闻", "",
            kicker, "县委常委会召开（扩大）会议", "",
            "本报讯（记者 林 川）3月15日，县委书记马宏伟主持召开县委常委会（扩大）会议，传达学习有关会议精神。",
            "县委副书记、县长苏建平出席会议。", ""]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs or a.title]
    assert len(arts) == 1 and arts[0].kicker == kicker and arts[0].section is None, \
        [(a.kind, a.section, a.kicker, a.title) for a in arts]


@pytest.mark.parametrize("first, second, expected", [
    ("九江一季度集装箱吞吐量", "同比增长28.7%", (None, "九江一季度集装箱吞吐量同比增长28.7%", None)),
    ("省委常委会召开会议", "听取全省防汛备汛工作汇报 研究部署汛期安全生产工作",
     (None, "省委常委会召开会议", "听取全省防汛备汛工作汇报 研究部署汛期安全生产工作")),
])
def test_two_decks_a_figure_finishes_its_title_and_an_agenda_follows_its_meeting(first, second, expected):
    from baoxun.assemble.headlines import two_decks
    assert two_decks(first, second, narrow=True, column=30) == expected


def test_a_running_header_of_markdown_links_is_furniture():
    rows = ["[城江晚报数字报](http://epaper.example/) | 2021年03月16日 星期二 | [往期回顾](#)", "",
            "[首页](/) > [民生](/ms/) > [维权热线](/ms/wq/)", "",
            "# 衣柜拖了四个月还没装 定金能退吗？", "",
            "本报讯（记者 林 川）3月15日，城东区居民俞晓芬终于拿回了8000元定金和1340元违约金。", "",
            "去年11月初，俞晓芬在一家建材市场看中了全屋定制衣柜，合同约定45天内上门安装。", ""]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs or a.title]
    assert len(arts) == 1 and arts[0].title == "衣柜拖了四个月还没装 定金能退吗？" and arts[0].paragraphs[0].startswith("3月15日"), \
        [(a.kind, a.title, a.paragraphs[:1]) for a in arts]


@pytest.mark.parametrize("first, second", [
    ("江滨步道", "新添夜跑灯带"),                  # a thing named, then what it does
    ("城北菜市场", "启用电子秤溯源"),
    ("“一网通办”", "跑出审批加速度"),              # words in quotes name the thing
])
def test_two_narrow_lines_a_named_thing_over_what_it_does_are_one_title(first, second):
    from baoxun.assemble.headlines import two_decks
    assert two_decks(first, second, narrow=True, column=28) == (None, first + second, None)


@pytest.mark.parametrize("first, second, kicker", [
    ("记者手记", "走进田间听民声", "记者手记"),                    # a genre's label heads its title
    ("城关镇：", "新建农贸市场投入使用", "城关镇："),              # a unit kicker with its colon
])
def test_two_narrow_lines_a_label_over_a_verb_phrase_keep_their_kicker(first, second, kicker):
    from baoxun.assemble.headlines import two_decks
    assert two_decks(first, second, narrow=True, column=28)[0] == kicker


def test_two_wide_lines_a_named_thing_over_a_verb_phrase_stay_kicker_and_title():
    from baoxun.assemble.headlines import two_decks
    assert two_decks("江滨步道", "新添夜跑灯带", narrow=False) == ("江滨步道", "新添夜跑灯带", None)


def test_a_title_printed_alone_then_in_its_whole_stack_keeps_the_stack_s_order():
    rows = ["城江日报　　2024年1月10日　星期三　　第1版　要闻", "",
            "开发区集中签约十二个重大项目", "",
            "开局即冲刺 起步即攻坚",
            "开发区集中签约十二个重大项目",
            "总投资86.4亿元", "",
            "　　本报讯（记者 林 川）1月9日上午，城江开发区举行2024年首批重大项目集中签约活动，",
            "现场签约项目12个。",
            "　　此次签约项目多为光伏组件和精密铸件项目。", ""]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs]
    assert len(arts) == 1 and (arts[0].kicker, arts[0].title, arts[0].subtitle) == \
        ("开局即冲刺 起步即攻坚", "开发区集中签约十二个重大项目", "总投资86.4亿元"), \
        [(a.kicker, a.title, a.subtitle) for a in arts]


def test_a_title_printed_over_its_piece_and_again_under_it_on_a_double_spaced_page_is_no_contents_list():
    rows = _spaced(["城江报", "2025年11月13日　星期四", "第4版　乡村振兴",
                    "首趟城江柑橘冷链专列", "发往东南亚市场", "——今年全县柑橘出口量预计突破5万吨",
                    "本报讯（记者 林 川 通", "讯员 苏 明）11月11日上", "午，满载800吨城江柑橘", "的冷链专列从城江站缓缓", "驶出，经铁路口岸发往东", "南亚市场。",
                    "　　县委副书记、县长苏建", "平出席发车仪式。他表示", "要用好铁路大通道，推动", "更多城江农产品走向国际", "市场。",
                    "首趟城江柑橘冷链专列", "发往东南亚市场"])
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs]
    assert arts and arts[0].title == "首趟城江柑橘冷链专列发往东南亚市场" \
        and arts[0].subtitle == "今年全县柑橘出口量预计突破5万吨", [(a.kicker, a.title, a.subtitle) for a in arts]


def _narrow_lift_piece(lede_rows: list[str]) -> list[str]:
    return ["本报讯（记者 林 川）昨天，城", "东街道紫竹小区3号楼的加装", "电梯正式投入使用，这是该", "街道今年完工的第12台加装",
            "电梯。", "　　街道负责人介绍，今年全", "街道计划完工加装电梯40台，", "目前已有28台开工建设。"] + lede_rows


def test_a_unit_kicker_over_a_title_wrapped_over_two_lines_and_its_subtitle():
    rows = ["城江晚报　　2021年4月16日　星期五", "第3版　城事", "",
            "城东街道：", "老旧小区加装电梯", "按下“快进键”", "——年内计划完工40台", ""] + _narrow_lift_piece([""])
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs]
    assert [(a.kicker, a.title, a.subtitle) for a in arts] == \
        [("城东街道：", "老旧小区加装电梯按下“快进键”", "年内计划完工40台")], [(a.kind, a.kicker, a.title, a.subtitle) for a in arts]


def test_a_bulleted_brief_title_after_a_wrapped_closing_credit_heads_the_next_brief():
    rows = ["城江晚报　　2021年4月16日　星期五", "第3版　城事", "", "简　讯", "",
            "■ 城北镇春季植树添新绿", "4月10日，城北镇组织机关干部、", "志愿者等200余人在河口村开展", "义务植树活动，共栽种香樟、",
            "银杏等苗木1500余株。（通讯员", " 朱一鸣）", "",
            "■ 城南镇排查燃气隐患", "上周，城南镇联合燃气公司对辖", "区12家餐饮店开展燃气安全专项",
            "检查，发现并督促整改隐患19处。（", "梅 轩）", ""]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs]
    assert [a.title for a in arts] == ["城北镇春季植树添新绿", "城南镇排查燃气隐患"], [(a.title, a.paragraphs) for a in arts]
    assert arts[1].paragraphs[0].startswith("上周"), arts[1].paragraphs


def test_a_headless_piece_s_title_printed_after_it_over_the_next_piece_s_bylined_title():
    rows = ["城江报", "2019年6月21日", "星期五", "第1版",
            "荔枝文化旅游节开幕", "本报讯（记者 林 川）6月20日上", "午，第十届城江荔枝文化旅", "游节在新圩镇开幕。今年全",
            "县荔枝种植面积31.6万亩。", "本报讯（记者 苏 明） 走", "进河口镇农村电商服务中心，", "分拣、打包、贴单，工作人员",
            "忙得不亦乐乎。河口镇电商平", "台每天发出的荔枝包裹超过3", "000件，果农不愁销路。",
            "“以前荔枝熟了都是等老板上", "门收，价钱压得低。现在通过", "网店直接卖给全国各地的顾客，", "每斤能多卖2元钱。”河口镇",
            "果农苏美玲说。", "据统计，去年河口镇通过电商", "平台销售荔枝、龙眼等水果6", "80万元，今年有望突破千万", "元。",
            "河口镇搭建电商平台", "助果农拓宽销路", "三代人守护一片古荔园", "——记新圩镇邓家村果农周德福",
            "□ 本报记者 林 川", "在新圩镇邓家村，有一片种植", "于清代的古荔枝园，树龄最长", "的超过300年。67岁的周德", "福守护它已经四十年。"]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs]
    assert [(a.title, a.subtitle) for a in arts] == [
        ("荔枝文化旅游节开幕", None), ("河口镇搭建电商平台助果农拓宽销路", None),
        ("三代人守护一片古荔园", "记新圩镇邓家村果农周德福")], [(a.kicker, a.title, a.subtitle) for a in arts]


def test_a_byline_s_second_line_opening_on_a_role_names_someone_else():
    rows = ["城江日报", "2024年7月9日　星期二", "5", "人物", "",
            "城北乡乡村医生林德荣", "", "三十年，", "", "一个人守着一座山", "",
            "——记“全省优秀乡村医生”林德荣", "", "□ 本报记者 杨　帆", "", "通讯员 孔德明", "",
            "7月5日清晨6点，天刚蒙蒙", "", "亮，城北乡二道箐村卫生室", "", "的门就开了。58岁的乡村", "",
            "医生林德荣背起药箱，准备", "", "出诊。他说：“山里人看病", "", "难，我得多走几步。”", ""]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs]
    assert len(arts) == 1 and arts[0].reporters == ["杨帆"] and arts[0].correspondents == ["孔德明"], \
        [(a.kind, a.title, a.reporters, a.correspondents, a.authors) for a in arts]
    assert arts[0].title == "三十年，一个人守着一座山" and arts[0].kicker == "城北乡乡村医生林德荣", \
        [(a.kicker, a.title, a.subtitle) for a in arts]


@pytest.mark.parametrize("chrome", ["搜索", "字号：【大 中 小】"])
def test_a_site_s_search_button_and_type_size_switch_are_chrome(chrome):
    rows = ["城江新闻网 | 城江日报数字报", "首页　　时政　　经济　　社会", chrome,
            "当前位置：首页 > 城江日报 > 2020年11月18日 > 第03版：专访", "",
            "老厂房里长出新产业", "2020-11-18 07:52:31　　来源：城江日报", "分享到：　微信　微博", "",
            "　　本报讯（记者 林 川）11月16日，记者走进城江经济技术开发区，老厂房改造的产业园里已入驻企业26家。", ""]
    arts = _items("\n".join(rows))
    assert [a.title for a in arts] == ["老厂房里长出新产业"], [(a.kind, a.title) for a in arts]


def test_a_run_between_two_pieces_holds_the_title_printed_after_one_and_the_title_over_the_next():
    rows = ["城江晨报", "2026年4月8日　星期三　　第1版　要闻", "",
            "春耕备耕全面展开", "",
            "　　本报讯（记者 林 川）连日来，全市各乡镇抢抓农时开展春耕备耕，已备足种子、化肥等农资。", "",
            "4月6日，游客在城郊梨园中赏花拍照。", "本报记者 李 伟 摄", "梨园花开游人来", "",
            "　　本报讯（记者 苏 明）4月7日，城江高新区20万千瓦光伏制氢项目开工建设，项目总投资21.6亿元，"
            "建成后每年可生产绿氢1.2万吨。", "",
            "　　高新区负责人表示，将倒排工期，确保项目明年6月底前建成投产。", "",
            "高新区光伏制氢项目开工建设", "",
            "一季度我市外贸进出口额增长23.4%", "",
            "　　本报讯（记者 马 丽）记者从城江海关获悉，今年一季度，我市外贸进出口总额达到18.6亿元，同比增长23.4%。", "",
            "　　香梨、番茄制品和棉纺织品是主要出口商品。", ""]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs]
    titles = [a.title for a in arts if a.kind != "photo"]
    assert titles == ["春耕备耕全面展开", "高新区光伏制氢项目开工建设", "一季度我市外贸进出口额增长23.4%"], \
        [(a.kind, a.title, a.paragraphs[:1]) for a in arts]


def test_a_subtitle_printed_before_its_title_keeps_the_deck_above_as_kicker():
    rows = ["城江晨报", "2026年4月8日　星期三　　第1版　要闻", "",
            "赏花经济带火春日消费", "——旅游收入同比增长16.3%", "清明假期我市接待游客38.7万人次", "",
            "　　本报讯（记者 林 川）4月4日至6日清明假期，我市共接待游客38.7万人次，实现旅游收入2.95亿元。", ""]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs]
    assert [(a.kicker, a.title, a.subtitle) for a in arts] == \
        [("赏花经济带火春日消费", "清明假期我市接待游客38.7万人次", "旅游收入同比增长16.3%")], \
        [(a.kicker, a.title, a.subtitle) for a in arts]


@pytest.mark.parametrize("title", ["城郊木耳喜获丰收", "冷链物流中心投用 苹果住进“保鲜房”"])
def test_a_subtitle_printed_before_its_title_with_no_kicker(title):
    rows = ["城江晨报", "2019年6月14日　星期五　　第2版　综合", "",
            "——小木耳撑起致富“伞”", title, "",
            "　　本报讯（记者 林 川）眼下，城郊镇的木耳种植基地迎来采收旺季，全镇种植规模已达2800万袋。", ""]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs]
    assert [(a.title, a.subtitle) for a in arts] == [(title, "小木耳撑起致富“伞”")], \
        [(a.kind, a.kicker, a.title, a.subtitle) for a in arts]


def test_a_converter_s_list_under_a_heading_is_the_listing_s_body_not_headlines():
    rows = ["# 城江文旅", "", "### 2019城江秋季文旅活动日历", "",
            "* 9月21日—22日　第二届城江葡萄酒文化节　东岭镇",
            "* 9月28日　秋季钓鱼邀请赛　西湖景区",
            "* 10月5日　民俗文化展演　老城风情街", "",
            "> ![图片](cj_0920_07_01.jpg)", "",
            "### 我县入选省级全域旅游示范区创建单位", "",
            "**本报讯**（记者 林 川）9月18日，记者从县文化旅游局获悉，我县入选省级全域旅游示范区创建单位。", ""]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs]
    assert [a.title for a in arts] == ["2019城江秋季文旅活动日历", "我县入选省级全域旅游示范区创建单位"], \
        [(a.kind, a.title, a.paragraphs) for a in arts]
    assert len(arts[0].paragraphs) == 3 and arts[0].paragraphs[1].startswith("9月28日"), arts[0].paragraphs


def test_a_table_s_source_note_closes_the_table_and_a_framed_label_names_its_column():
    rows = ["城江日报", "2022年7月21日　星期四", "第3版　农业", "",
            "我县芒果进入集中采收期", "",
            "　　本报讯（记者 苏 明）7月19日，在城郊镇百谷村的芒果基地里，果农们正忙着采摘。", "",
            "◆ 市场行情 ◆", "城江县农产品批发市场部分农产品价格（7月20日）",
            "品名　规格　今日均价　较上周", "台农芒　一级果　2.8元/斤　↑4.2%", "香蕉　统货　1.9元/斤　↑1.5%",
            "圣女果　统货　5.2元/斤　↓6.3%", "（数据来源：县农业农村局市场信息服务站）", "",
            "芒果采后管理有讲究", "",
            "　　本报讯（记者 林 川）芒果采收后，要及时修剪果枝、追施肥料，为来年丰产打基础。", ""]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs or a.title]
    table = [a for a in arts if a.title and "价格" in a.title]
    assert len(table) == 1 and table[0].section == "◆ 市场行情 ◆" and table[0].paragraphs[-1].startswith("（数据来源"), \
        [(a.kind, a.section, a.title, a.paragraphs[-1:]) for a in arts]
    assert not any(a.kind == "banner" for a in arts), [(a.kind, a.title) for a in arts]


def test_a_court_s_writer_and_a_compiler_s_bracketed_credit_are_credits():
    rows = ["城江法治", "2020年12月4日　星期五", "",
            "楼上装修漏水殃及楼下 损失该由谁来担", "□ 城江县人民法院　包海燕", "",
            "　　今年6月，家住城关镇某小区的王女士发现，自家卫生间天花板大面积渗水。", "",
            "　　法院审理认为，楼上业主应当承担赔偿责任。", "",
            "民法典里的这些“新规”与你我相关", "",
            "　　1.居住权有了保障。", "",
            "　　2.高空抛物有了规则。", "",
            "（整理：武 娟）", ""]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs]
    assert [(a.title, a.authors) for a in arts] == [("楼上装修漏水殃及楼下 损失该由谁来担", ["包海燕"]),
                                                     ("民法典里的这些“新规”与你我相关", ["武娟"])], \
        [(a.title, a.subtitle, a.authors, a.paragraphs[-1:]) for a in arts]


def test_a_site_s_edition_title_names_a_paper_not_named_bao_and_its_chrome_goes():
    rows = ["城江时讯数字报", "首页 | 往期回顾 | 版面导航 | 返回目录 | 登录", "2024年06月14日 星期五", "第05版：教育周刊", "",
            "城江区今秋新增公办学位4500个", "字号：大 中 小　　打印本页",
            "来源：城江时讯　　作者：区教育体育局　　编辑：杨 帆　　发布时间：2024-06-14 08:02", "",
            "为做好我区2024年义务教育阶段公办学校招生工作，现将有关事项公告如下：",
            "一、招生对象", "小学一年级：2017年9月1日至2018年8月31日出生的适龄儿童。",
            "二、报名时间及方式", "网上报名时间为7月1日至5日。", "城江区教育体育局", "2024年6月13日", ""]
    rec = parse_page("\n".join(rows), mentions=False)
    assert rec.paper.name == "城江时讯", rec.paper
    arts = [a for a in rec.articles if a.paragraphs or a.title]
    assert [a.title for a in arts] == ["城江区今秋新增公办学位4500个"], [(a.kind, a.title, a.paragraphs[:1]) for a in arts]
    assert arts[0].paragraphs[0].startswith("为做好"), arts[0].paragraphs


def test_two_narrow_lines_a_verb_then_the_thing_it_takes_are_one_title():
    from baoxun.assemble.headlines import two_decks
    assert two_decks("从红色家书中汲取", "推动乡村振兴的力量", narrow=True, column=32) == \
        (None, "从红色家书中汲取推动乡村振兴的力量", None)
    assert two_decks("从红色家书中汲取", "推动乡村振兴的力量", narrow=False)[0] == "从红色家书中汲取"   # a wide page sets two decks


def test_a_web_article_s_author_field_naming_only_a_role_is_no_credit():
    rows = ["城江时讯数字报", "2024年06月14日 星期五", "第05版：教育周刊", "",
            "教育简讯", "来源：城江时讯　　作者：本报记者　　编辑：杨 帆　　发布时间：2024-06-14 08:02", "",
            "■城江区举办青年教师教学技能大赛",
            "本报讯　6月11日至12日，城江区中小学青年教师教学技能大赛在区第五中学举行。（通讯员　普晓）", ""]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs]
    assert [(a.kicker, a.title) for a in arts] == [(None, "城江区举办青年教师教学技能大赛")], \
        [(a.kicker, a.title, a.section) for a in arts]


@pytest.mark.parametrize("label", ["相关链接", "■记者手记"])
def test_a_sidebar_s_title_printed_under_its_label_is_its_title(label):
    rows = ["城江日报", "2024年11月22日　星期五　　第4版　政法", "",
            "“车载法庭”开进山乡田间", "",
            "　　本报讯（记者 林 川）11月19日上午，城北镇西坝村文化广场上，一辆巡回审判车停稳后，庭审随即开始。", "",
            label, "什么是巡回审判？",
            "　　巡回审判是指人民法院为方便群众诉讼，到案件发生地或当事人所在地就地立案、开庭的审判方式。",
            "　　近年来，巡回审判已成为基层法院服务群众的重要方式。", ""]
    arts = [a for a in _items("\n".join(rows)) if a.paragraphs]
    assert arts[-1].title == "什么是巡回审判？" and arts[-1].paragraphs[0].startswith("巡回审判是指"), \
        [(a.section, a.title, a.paragraphs[:1]) for a in arts]


@pytest.mark.parametrize("line, kind", [("□ 城江县人民法院　包海燕", "byline"), ("◆ 县人民医院　便民服务", None),
                                         ("■ 县实验小学　春季运动会", None)])
def test_a_bulleted_body_is_a_byline_only_before_a_person_s_name(line, kind):
    from baoxun.layout.reflow import _anchor_kind
    assert _anchor_kind(line) == kind


def test_a_title_and_its_subtitle_on_one_line_stand_where_their_stack_sets_them():
    from baoxun.assemble.headlines import _decks, dedupe
    from baoxun.layout.reflow import Block
    lines = split_lines("一季度全市外贸进出口额增长\n\n开局即冲刺 起步即攻坚\n一季度全市外贸进出口额增长 ——总投资126.8亿元\n")
    decks = dedupe(_decks([Block("head", [x]) for x in lines]))
    assert [d.text for d in decks] == ["开局即冲刺 起步即攻坚", "一季度全市外贸进出口额增长", "——总投资126.8亿元"]


def test_an_article_s_end_mark_is_no_list_entry():
    assert [x.listed for x in split_lines("- 完 -\n* 9月28日　秋季钓鱼邀请赛\n")] == [False, True]


def test_a_picture_titled_under_its_credit_and_the_next_titled_over_its_text_part_by_spacing():
    # a picture page that prints one picture's title under its credit (no blank between) and,
    # after a blank line, the next picture's title over its text: the spacing parts the run
    lines = ["美丽河谷", "",
             "6月2日，游客在罗溪村的荷塘边拍照留念。近年来，村里把闲置水田改造成荷塘，",
             "每逢周末都有不少城里人前来赏花。",
             "本报记者 严明远 摄",
             "荷塘引客来",
             "",
             "枇杷熟了",
             "近日，坪上镇的万亩枇杷进入成熟期，果农们忙着采摘、分拣、装箱。",
             "今年当地枇杷每斤售价在8元至12元之间，预计总产值可达6000余万元。",
             "通讯员 陆晓雯 摄", ""]
    pieces = _pieces(lines)
    by_text = {("荷塘" in _body(a)): a for a in pieces}
    assert set(by_text) == {True, False}
    assert by_text[True].title == "荷塘引客来"
    assert by_text[False].title == "枇杷熟了"


def test_a_title_printed_over_its_body_and_again_under_it_heads_only_its_own_piece():
    # a page that mixes placements: the first piece's title and its place kicker printed after
    # its body, the next piece's title printed over its body and again under it
    lines = ["本报讯（记者 周文涛）记者日前从县住建局获悉，今年县城利用边角地新建的三座口袋公园",
             "已全部完工，市民在家门口就能散步健身。",
             "小绿地承载大民生", "县城：", "",
             "春茶开采忙",
             "本报讯（通讯员 覃小芳）清明前后，全县20万亩茶园陆续开采，茶农们抢抓晴好天气采摘。",
             "今年春茶长势良好，预计产量比去年增加一成。",
             "春茶开采忙", "", "本版责编：刘 洋"]
    items = _items("\n".join(lines) + "\n")
    holders = [a for a in items if "春茶开采忙" in (a.headlines or [])]
    assert len(holders) == 1 and "茶园" in _body(holders[0])
    assert all("春茶开采忙" not in (a.headlines or []) for a in items if "口袋公园" in _body(a))


def test_a_column_of_signed_commentaries_parts_at_each_writers_name():
    # a 快评 column: each short commentary is signed with its writer's name alone under its
    # last sentence; the second is titled only after its body
    lines = ["【快评】", "",
             "公交站台别只管“建”不管“养”",
             "　　近来，城区不少公交站台的电子屏黑屏多日，座椅也松动了。站台建起来只是第一步，",
             "后续的维护同样要跟上，才能真正方便群众出行。",
             "林　涛", "",
             "　　入秋以来，城郊几条骑行绿道人气渐旺，可沿线的指示牌、补水点却不够用。",
             "绿道的配套要跟着人气走，管理部门不妨多听听骑行爱好者的意见。",
             "苏晓敏",
             "绿道配套要跟上人气", ""]
    pieces = _pieces(lines)
    assert len(pieces) == 2
    first, second = sorted(pieces, key=lambda a: "站台" not in _body(a))
    assert "绿道" not in _body(first) and "站台" not in _body(second)


@pytest.mark.parametrize("mark", ["[图片]", "［图片］", "【图】", "〔图片〕", "<图片>", "（图）", "[image]"])
def test_a_web_pages_picture_mark_alone_on_its_line_is_no_text(mark: str) -> None:
    lines = ["油菜花开引客来", "", mark, "",
             "3月18日，游客在罗平县金鸡峰丛景区的油菜花田间拍照。今年当地20万亩油菜花陆续盛开，",
             "吸引大批游客前来观赏。　本报记者 段云飞 摄", ""]
    items = _items("\n".join(lines) + "\n")
    printed = [x for a in items for x in list(a.headlines or []) + list(a.paragraphs)]
    assert any("油菜花田" in x for x in printed)
    assert all(mark not in x for x in printed)


def test_the_pages_name_under_its_number_is_the_mastheads_and_the_column_label_heads_the_piece():
    lines = ["河源日报", "2024年3月12日　星期二", "第6版", "观察", "",
             "东江论坛", "",
             "让“小切口”撬动城市更新",
             "□ 温晓峰",
             "　　老旧小区改造，难在细处，也赢在细处。今年以来，我市把加装电梯、",
             "管网改造、停车位增设等群众最关心的小事作为突破口，一批老小区旧貌换新颜。",
             "　　城市更新是一篇长文章，需要久久为功，更需要绣花功夫。", ""]
    pieces = _pieces(lines)
    assert len(pieces) == 1
    assert pieces[0].title == "让“小切口”撬动城市更新"
    assert pieces[0].section == "东江论坛" and pieces[0].kicker is None


def test_a_group_of_poems_under_one_poet_stays_one_piece_with_every_verse():
    lines = ["## 老街的早晨", "", "◎ 何 平", "",
             "　　天刚蒙蒙亮，老街上的早点铺子就开了门，蒸笼里冒出的白汽裹着米香，飘出老远。",
             "　　卖豆浆的王婶总是第一个到，她的推车上摆着两口大锅，一口煮豆浆，一口煮茶叶蛋。",
             "　　修鞋的老李来得晚些，他把小马扎往墙根一放，戴上老花镜，就开始一天的活计。",
             "　　上学的孩子背着书包跑过青石板路，书包上的铃铛叮当作响，惊起屋檐下的一群麻雀。",
             "　　太阳升起来的时候，老街醒透了，吆喝声、说笑声、自行车的铃声，混成了一支热闹的曲子。",
             "　　我常想，城市长得再快，也该留下这样一条街，让人记得日子原来的样子。", "",
             "## 江南小令（组诗）", "", "◎ 沈青禾", "",
             "### 雨巷", "", "青石板记得每一把伞", "也记得伞下", "那些没说出口的话", "和一场下了三天的雨", "",
             "### 乌篷船", "", "船娘的橹声慢", "慢过一整条河的黄昏", "她弯腰一摇", "把月亮摇进了水里", "",
             "### 茶山", "", "采茶的手指", "在晨雾里打了个结", "等雾散了", "已是满山新绿", "",
             "---", "", "## 书店里的灯光", "", "◎ 陆 远", "",
             "　　街角的老书店开了二十年，店主每天傍晚六点准时点亮那盏绿罩台灯。",
             "　　来的多是附近的学生和退休老人。学生们在靠窗的长桌上写作业，老人们翻着旧杂志，",
             "一坐就是一个下午。店主说，开书店挣不了大钱，图的是一份安静，也图有人说说话。",
             "　　前些年网购兴起，书店一度门可罗雀。店主琢磨着办起读书会，每月请本地作者来讲一讲，",
             "慢慢地，来的人又多了起来，连隔壁街的孩子也常常跑来借书。",
             "　　店里的书按主题摆放，本地作家的作品单独占了一整面墙，从方志、族谱到新出的散文集，应有尽有，不少外地游客专门来这里寻找关于小城的书。",
             "　　每逢周末，店主会在门口摆一张小桌，请路过的孩子读一段书，读完可以挑一张书签带走，这个小小的仪式坚持了快十年，当年读书的孩子有的已经上了大学。",
             "　　去年冬天，书店的屋顶漏雨，几位老顾客听说后，自发凑钱请来工匠修补，还帮着把受潮的书一本本搬出来晾晒，那几天，小街上铺满了摊开的书页。",
             "　　书会旧，灯会暗，可总有人愿意为一本书推开那扇门。", ""]
    items = _items("\n".join(lines) + "\n")
    poems = [a for a in items if "乌篷船" in "".join(a.paragraphs)]
    assert len(poems) == 1
    body = "".join(poems[0].paragraphs)
    assert all(v in body for v in ("青石板记得每一把伞", "把月亮摇进了水里", "已是满山新绿"))
    assert all(a.title != "乌篷船" and a.title != "茶山" for a in items)


def test_a_writers_name_over_their_affiliation_signs_the_essay_and_the_affiliation_stays_in_it():
    lines = ["## 父亲的菜园", "",
             "　　父亲的菜园在村东头的河湾边，从老屋走过去要一袋烟的工夫。",
             "", "　　如今父亲老了，可每到清明，他还是要去菜园里转一圈。", "",
             "**周立新**", "", "（作者单位：县第二中学）", ""]
    items = _items("\n".join(lines) + "\n")
    assert len(items) == 1
    assert items[0].authors == ["周立新"]
    assert "周立新" not in "".join(items[0].paragraphs)
    assert items[0].paragraphs[-1].startswith("（作者单位")


def test_a_dispatch_of_three_paragraphs_under_a_news_label_takes_the_title_printed_under_it():
    # a narrow theory page: 理论动态 over a dispatch whose title the page prints after it, at
    # the foot of the page (a piece of three paragraphs is no headless brief of a briefs
    # column); 学习心得 set off over an essay's title is the essay's column
    def column(text: str, width: int = 14) -> list[str]:
        return [text[k:k + width] for k in range(0, len(text), width)]
    lines = (["学习心得", "", "在田间地头读懂初心", "□ 杜晓梅"]
             + column("　　这几个月，我跟着驻村工作队走访了十几个村子，越走越觉得，学到的道理要落到群众的事上，"
                      "落到一件件具体的小事上。")
             + column("　　村里的老党员说，群众看党员，不看你说了多少，而看你做了多少。")
             + column("　　（作者系某县委党校讲师）") + ["", "理论动态", ""]
             + column("　　本报讯（记者 欧阳川）6月18日，县委理论学习中心组举行专题学习会，传达学习上级会议精神。")
             + column("　　会上，三位县委常委结合分管工作作了交流发言，谈体会、讲打算。")
             + column("　　会议要求，各级党组织要把学习成果转化为推动发展的实际行动，确保各项任务落地见效。")
             + ["", "县委理论学习中心组举行专题学习会", "", "责任编辑：朱 莉"])
    items = _items("\n".join(lines) + "\n")
    news = [a for a in items if "中心组" in _body(a)]
    assert len(news) == 1 and news[0].title == "县委理论学习中心组举行专题学习会"
    assert all(a.kind != "fragment" for a in items)
    essay = [a for a in items if "驻村" in _body(a)]
    assert len(essay) == 1 and essay[0].section == "学习心得" and essay[0].kicker is None


def test_a_couplet_that_counts_over_a_profiles_title_is_its_kicker_not_the_pages_slogan():
    lines = ["坚守讲台三十年 带出学生两千名",
             "乡村教师何秀兰：“孩子们就是我的念想”",
             "□ 本报记者 宋 扬",
             "　　清晨六点半，何秀兰已经站在了村小的校门口。从教三十年，她送走的学生有两千多名，",
             "不少人如今成了医生、工程师，也有人回到村里当了老师。",
             "　　“只要还有一个孩子要上学，这所学校就得办下去。”何秀兰说。", ""]
    pieces = _pieces(lines)
    assert len(pieces) == 1
    assert pieces[0].kicker == "坚守讲台三十年 带出学生两千名"
    assert all(a.kind != "banner" for a in _items("\n".join(lines) + "\n"))


def test_a_boxs_bracketed_label_alone_over_its_text_is_the_boxs_headline():
    lines = ["山里的“背包医生”", "□ 本报记者 韩 冬",
             "　　在大山深处的几个村子，村民们都认识一个背着药箱的年轻人。他叫吴小川，是乡卫生院的医生。",
             "“路远不怕”",
             "　　每个月，吴小川都要走上百公里山路，给行动不便的老人送药、量血压。",
             "【人物档案】",
             "　　吴小川，男，1992年生，乡卫生院全科医生，曾获县“优秀乡村医生”称号。",
             "“再远也要去”",
             "　　遇上雨雪天，山路难走，他就提前一天出发，在村民家借住一晚。", ""]
    items = _items("\n".join(lines) + "\n")
    boxes = [a for a in items if "1992年生" in _body(a)]
    assert len(boxes) == 1 and boxes[0].title == "人物档案"
    assert all("1992年生" not in _body(a) for a in items if a is not boxes[0])


@pytest.mark.parametrize("name", ["桃溪乡讯", "海丰侨声", "鹭岛晨刊"])
def test_a_papers_name_not_ending_in_bao_over_its_dated_line_is_the_paper_not_a_banner(name: str) -> None:
    lines = [f"# {name}", "", "**2021年5月8日 星期六 ｜ 第4版 副刊**", "", "---", "",
             "## 外婆的米糕", "", "◎ 陈晓岚", "",
             "　　又是一年立夏。外婆总要蒸一笼米糕，分给左邻右舍，说是吃了米糕，夏天不生病。",
             "　　如今外婆八十多岁了，米糕还是她蒸，只是帮她烧火的人，换成了我的女儿。", ""]
    page = parse_page("\n".join(lines) + "\n", mentions=False)
    assert page.paper.name == name
    assert all(a.kind != "banner" for a in page.articles)


def test_a_poem_whose_lines_carry_commas_is_still_verse_on_a_wide_page():
    lines = ["## 桃溪春早", "", "□ 郑　洁", "",
             "花开的时候，桃溪两岸", "落满了细碎的雪", "那是芦柑树写给大地的", "一首白色的诗", "",
             "母亲在果园里疏花", "她说，花不能留太多", "留太多，果子就长不大", "我忽然懂了她这半生的取舍", "",
             "---", "", "## 春茶上市", "",
             "　　本报讯（记者 林 峰）清明前后，全县八万亩茶园陆续开采，茶农们抢抓晴好天气采摘、制茶，今年春茶长势良好。",
             "　　在桃溪镇的一家茶厂里，揉捻机轰鸣作响，空气中弥漫着清新的茶香，工人们正忙着把刚采下的鲜叶摊青、杀青。",
             "　　县农业农村局负责人介绍，今年全县新建标准化茶园三千亩，推广病虫害绿色防控技术，茶叶品质明显提升。",
             "　　据了解，不少茶企已经接到了外地客商的订单，预计春茶产值比去年增长一成以上，茶农人均增收两千元左右。",
             "　　为了帮助茶农拓宽销路，县里还组织电商企业开展直播带货，一场直播就卖出新茶五百多斤。", ""]
    poems = [a for a in _items("\n".join(lines) + "\n") if "疏花" in _body(a)]
    assert len(poems) == 1
    assert "她说，花不能留太多" in poems[0].paragraphs and "一首白色的诗" in poems[0].paragraphs


def test_a_couplet_with_a_quoted_word_over_the_pages_first_title_is_its_kicker():
    lines = ["节后开工“加速跑” 全年发展“开门红”", "全县26个重点项目集中复工",
             "　　本报讯（记者 石 磊）2月20日，全县26个重点项目集中复工，总投资48亿元。",
             "　　在县经济开发区的一处厂房工地上，塔吊林立，工人们正在绑扎钢筋。", ""]
    pieces = _pieces(lines)
    assert len(pieces) == 1 and pieces[0].kicker == "节后开工“加速跑” 全年发展“开门红”"


def test_a_markdown_rule_closes_the_column_its_label_opened():
    lines = ["【书香园地】", "", "## 《山河故人》：写给故乡的长信", "", "◎ 罗 佳", "",
             "　　这本散文集收录了作者近十年写下的三十余篇文章，写故乡的山，也写故乡的人。",
             "　　书中最动人的是写母亲的几篇，平平淡淡的文字里，藏着说不尽的牵挂。", "",
             "---", "",
             "## 县图书馆推出夜读服务", "",
             "　　本报讯（通讯员 刘 畅）记者从县图书馆获悉，即日起，该馆每周五延长开放至晚上九点。",
             "　　据介绍，夜读服务期间，馆内还将举办读书分享会，邀请本地作者与读者面对面交流。", ""]
    items = _items("\n".join(lines) + "\n")
    news = [a for a in items if "夜读" in (a.title or "")]
    assert len(news) == 1 and news[0].section is None


def test_sections_under_a_shared_mark_after_the_writers_credit_are_one_essays_subheads():
    lines = ["## 山中散记", "", "*苏文辉*", "",
             "**◎ 溪声**", "",
             "进了山，溪水一路跟着你，时而叮咚，时而哗啦，像一个不肯安静的孩子，走到哪里都听得见它。", "",
             "**◎ 古树**", "",
             "保护区里最老的一棵樟树，据说已有六百多岁，树干要四五个人才能合抱，树皮上长满青苔。", "",
             "**◎ 茶语**", "",
             "下山时在茶农家歇脚，主人泡上一壶新茶，汤色金黄，入口微苦，回味却甜。", ""]
    items = _items("\n".join(lines) + "\n")
    assert len(items) == 1
    assert items[0].authors == ["苏文辉"]
    assert len(items[0].paragraphs) == 6


def test_picture_news_on_a_web_page_each_credited_below_its_caption_are_pictures_of_their_own():
    lines = ["图片新闻", "",
             "湖畔骑行",
             "[图片]",
             "10月8日，市民在南湖绿道上骑行。今年以来，全市新建绿道36公里。",
             "（杨小慧 摄）", "",
             "[图片]",
             "10月5日，学生志愿者在景区为游客提供咨询服务。　田 甜 摄", "",
             "[图片]",
             "10月6日，游客在湿地栈道上观鸟。",
             "本报记者 段 磊 摄", "",
             "上一版：文旅　　下一版：没有了", ""]
    items = _items("\n".join(lines) + "\n")
    by_text = {a.photographers[0] if a.photographers else None: a for a in items if a.kind == "photo"}
    assert set(by_text) == {"杨小慧", "田甜", "段磊"}
    assert "观鸟" in _body(by_text["段磊"]) and "观鸟" not in _body(by_text["田甜"])
    assert all("下一版" not in (a.title or "") for a in items)


def test_a_commentators_byline_printed_over_the_title_and_again_under_it_is_one_piece():
    lines = ["本报评论员", "",
             "让每一条小巷都亮起来",
             "本报评论员", "",
             "　　入冬以来，城区不少背街小巷的路灯还是“时亮时不亮”，群众夜里出行多有不便。",
             "　　路灯虽小，连着民心。有关部门要把排查做在前头，把维修做到及时。", "",
             "漫画", "",
             "“加急”的烦恼",
             "窗口：“加急要另外交钱。”群众：“这急的是谁？”",
             "王小川 作", "",
             "夜市烟火气也要守规矩",
             "□ 林 溪", "",
             "　　夜市热闹了，油烟、噪声和垃圾也跟着来了。管理要跟上，摊主也要自觉。", "",
             "本版言论仅代表作者个人观点　　校对：孙　蕾", ""]
    items = _items("\n".join(lines) + "\n")
    first = [a for a in items if "路灯" in _body(a)]
    assert len(first) == 1 and first[0].title == "让每一条小巷都亮起来"
    assert not [a for a in items if not a.paragraphs and a.title == "让每一条小巷都亮起来"]
    night = [a for a in items if "夜市" in _body(a)]
    assert len(night) == 1 and night[0].section != "漫画"
    assert all("仅代表作者" not in (a.title or "") for a in items)


def test_a_figures_box_whose_entries_carry_their_change_is_one_box_not_headlines():
    lines = ["全县上半年经济运行稳中有进",
             "本报讯（记者 严 冬）记者从县统计局获悉，上半年全县地区生产总值同比增长5.6%。", "",
             "128.6亿元 地区生产总值 增长5.6%",
             "7.9% 规上工业增加值增速",
             "46.2亿元 社会消费品零售总额 增长6.1%",
             "5.37亿元 一般公共预算收入 增长4.8%",
             "（数据来源：县统计局）", ""]
    items = _items("\n".join(lines) + "\n")
    boxes = [a for a in items if any("规上工业" in p for p in a.paragraphs)]
    assert len(boxes) == 1
    assert sum("亿元" in p for p in boxes[0].paragraphs) == 3
    assert all("亿元" not in (a.title or "") for a in items)


def test_a_sidebar_of_dashed_entries_after_a_column_stays_out_of_it_one_entry_a_paragraph():
    lines = ["[A04版 PDF下载]", "",
             "代表委员说", "",
             "让农产品走得更远",
             "市人大代表、某合作社理事长 韦小兰：今年想在冷链物流上多下功夫，让果蔬出村更快。", "",
             "■相关链接", "",
             "“十四五”时期，我县主要经济指标稳步增长：",
             "——地区生产总值由2020年的176亿元增加到2025年的238亿元；",
             "——城镇新增就业累计1.6万人；",
             "——城乡居民人均可支配收入年均分别增长5.1%和7.4%。", ""]
    items = _items("\n".join(lines) + "\n")
    links = [a for a in items if "就业" in _body(a)]
    assert len(links) == 1 and links[0].section != "代表委员说"
    assert sum(p.startswith("——") for p in links[0].paragraphs) == 3
    assert all("PDF" not in (a.title or "") for a in items)


def test_a_title_over_lines_of_phone_numbers_is_a_service_boxs_notice():
    lines = ["本报讯　记者从县文旅局获悉，国庆假期全县各景区将推出夜游、研学等特色活动。", "",
             "【国庆出游服务信息】",
             "旅游咨询投诉：0510-87900000",
             "交通服务热线：0510-87980000",
             "游客服务中心：0510-87120000",
             "医疗急救：120　报警求助：110", ""]
    items = _items("\n".join(lines) + "\n")
    boxes = [a for a in items if any("87980000" in p for p in a.paragraphs)]
    assert len(boxes) == 1 and boxes[0].kind == "notice"
    assert "国庆出游服务信息" in (boxes[0].title or "")


def test_a_labelled_ranking_on_one_line_closes_the_match_report_not_a_headline():
    lines = ["县职工篮球联赛落幕", "城关队夺冠",
             "本报讯（记者 钟 声）10月20日晚，县职工篮球联赛决赛在县体育馆打响，城关队以78比71击败东湖队。",
             "本届联赛历时一个月，共有12支队伍参赛。",
             "最终排名：1.城关 2.东湖 3.南岭 4.西坪 5.北塘", "",
             "全民健身运动会下月开幕",
             "本报讯（记者 钟 声）记者昨天从县教育和体育局获悉，全县全民健身运动会将于下月开幕。", ""]
    items = _items("\n".join(lines) + "\n")
    assert all("最终排名" not in (a.title or "") for a in items)
    report = [a for a in items if "决赛" in _body(a)]
    assert len(report) == 1 and any("最终排名" in p for p in report[0].paragraphs)


@pytest.mark.parametrize("label", ["嘉宾简介", "人物名片", "作者简介", "法官提醒"])
def test_a_profile_boxs_label_titles_that_box_and_no_column(label: str) -> None:
    lines = ["访谈", "",
             "让小菜园变成大产业",
             "——访县农业农村局局长韩立业",
             "本报记者 苏 晴", "",
             "　　记者：今年全县蔬菜产业有哪些新变化？",
             "　　韩立业：种植面积稳中有增，冷链仓储能力提高了三成，菜农的收入更稳了。", "",
             label, "",
             "　　韩立业，男，1972年生，农业推广硕士。2019年起任县农业农村局局长。", "",
             "县城新开两条公交线路",
             "　　本报讯（记者 苏 晴）为方便群众出行，县城日前新开通两条公交线路，串起了城区和三个乡镇。", ""]
    items = _items("\n".join(lines) + "\n")
    box = [a for a in items if "1972年生" in _body(a)]
    assert len(box) == 1 and box[0].title == label and box[0].section is None
    bus = [a for a in items if "公交" in (a.title or "")]
    assert len(bus) == 1 and bus[0].section is None


@pytest.mark.parametrize("first, rest", [("2.6万册新书", "配送到乡村书屋"), ("3000余件冬衣", "送到牧民手中")])
def test_a_figure_and_the_thing_it_counts_over_what_it_does_is_one_title(first, rest):
    # a figure is one word, not a deck's length: 2.6万册新书 only names a thing, as 海河夜游 does
    from baoxun.assemble.headlines import two_decks
    assert two_decks(first, rest, narrow=True) == (None, first + rest, None)


@pytest.mark.parametrize("first, rest", [("李国强（左二）在金溪县鑫源竹", "业公司查看生产线运行情况。"),
                                         ("6月3日，游客在吴塘村荷花基地", "赏荷拍照，流连忘返。")])
def test_a_two_line_caption_and_its_credit_between_indented_paragraphs_is_the_piece_s_picture(first, rest):
    lines = ["县长调研重点项目建设", "",
             "　　本报讯（记者 王明）6月4日，县长", "李国强深入金溪县各乡镇调研重点项", "目建设情况。",
             "　　在浒湾镇，李国强察看了竹木精", "深加工项目，该项目预计年底投产。",
             first, rest, "　　　　　　　　刘晓东　摄",
             "　　李国强强调，各相关部门要强化", "要素保障，推动项目早建成、早投产。"]
    pieces = _pieces(lines)
    assert len(pieces) == 1, [(a.kind, a.title) for a in pieces]
    assert [c["text"] if isinstance(c, dict) else c.text for c in pieces[0].captions] == [first + rest]
    assert pieces[0].paragraphs[-1].startswith("李国强强调")


@pytest.mark.parametrize("kicker", ["体育惠民　全民参与", "文化惠民 共建共享"])
def test_a_couplet_kicker_ending_on_a_word_that_holds_a_conjunction_is_no_cut_deck(kicker):
    # (参与 ends on 与: the word is whole, the couplet a kicker of its own)
    title = "市第十届全民健身运动会开幕"
    arts = [a for a in _items(_narrow_news([kicker, title])) if a.paragraphs]
    assert arts[0].title == title and arts[0].kicker and arts[0].kicker.split() == kicker.split(), \
        (arts[0].kicker, arts[0].title)


def test_headless_piece_takes_the_title_printed_under_it_though_the_next_run_barely_repeats_its_piece():
    # a piece printed without a headline (right under a picture's credit) has its title
    # printed after its body, over the next piece's own kicker and title; the title's words
    # recur in its piece, while the next title's words recur only in part in its own
    lines = [
        "县城东区新建停车场投用",
        "本报讯（记者 吴海燕）昨日，县城东区公共停车场正式投入使用，新增停车位三百二十个，",
        "周边商户和居民停车难问题得到缓解。",
        "",
        "7月3日，市民在东区停车场扫码缴费。",
        "记者 丁晓峰 摄",
        "",
        "本报讯（记者 陈国栋）7月3日上午，县老年大学秋季招生工作启动，今年开设书法、声乐、",
        "太极拳等二十二个班级，计划招收学员九百人。",
        "县老年大学负责人介绍，报名可在线上进行，也可到学校现场办理。",
        "",
        "县老年大学秋季招生启动",
        "",
        "上半年全县农民合作社营收增长一成",
        "特色种养唱响增收曲",
        "本报讯（记者 刘振华）走进柳树湾村的蛋鸡养殖合作社，自动化鸡舍里传送带正把鸡蛋送往分拣车间。",
        "今年上半年，全县农民合作社发展特色养殖，入社农户每户增收两千余元。",
    ]
    arts = _items("\n".join(lines) + "\n")
    school = next(a for a in arts if "老年大学" in "".join(a.paragraphs))
    farm = next(a for a in arts if "蛋鸡" in "".join(a.paragraphs))
    assert school.title == "县老年大学秋季招生启动"
    assert farm.title == "特色种养唱响增收曲" and "县老年大学秋季招生启动" not in farm.headlines


@pytest.mark.parametrize("width", [0, 12])
def test_a_deck_over_a_speakers_kicker_is_the_pages_banner_not_part_of_the_stack(width):
    # a kicker naming who spoke and where (X在…时强调) opens its stack; a slogan printed
    # above it, with no blank line between, is the page's banner
    body = ("　　本报讯（记者 周海涛）5月20日，市委书记林志远到城西区调研城市更新工作。他强调，要把群众"
            "满意作为检验工作的标准，扎实推进老旧小区改造。市委常委、秘书长韩东参加调研。")
    lines = ["同心共筑美丽家园", "林志远在调研城市更新工作时强调", "用心用情办好民生实事", "韩东参加"]
    if width:
        lines += [body[i:i + width] for i in range(0, len(body), width)]
    else:
        lines.append(body)
    arts = _items("\n".join(lines) + "\n")
    piece = next(a for a in arts if a.paragraphs)
    assert (piece.kicker, piece.title) == ("林志远在调研城市更新工作时强调", "用心用情办好民生实事")
    assert "同心共筑美丽家园" not in piece.headlines


def test_a_title_printed_again_over_the_next_stack_in_one_block_is_dropped_there():
    # no blank lines, a narrow column: the piece's title, printed again under its body, runs
    # straight into the next piece's title (as wide) and ——subtitle; the reprint is nobody's
    # new headline
    def wrap(text, width=21):
        return [text[i:i + width] for i in range(0, len(text), width)]
    one = ("本报讯（记者 白雪）11月28日，全县冬季道路交通安全工作会议召开。会议要求，各乡镇和"
           "有关部门要加强农村道路隐患排查，严查酒驾醉驾和超员超载，确保群众平安出行。")
    two = ("本报讯（记者 贾平 通讯员 程丽）11月27日，县政协召开九届常委会第十四次会议，围绕"
           "“推动县域商贸物流高质量发展”开展专题协商，十二位常委作了发言。")
    rows = (["全县冬季道路交通安全工作会议召开"] + wrap(one) + ["全县冬季道路交通安全工作会议召开",
            "县政协召开九届常委会第十四次会议", "——王振华主持 李建国出席并讲话"] + wrap(two))
    arts = _pieces(rows)
    assert [(a.title, a.subtitle) for a in arts] == [
        ("全县冬季道路交通安全工作会议召开", None),
        ("县政协召开九届常委会第十四次会议", "王振华主持 李建国出席并讲话")], \
        [(a.kicker, a.title, a.subtitle) for a in arts]


def test_a_header_line_naming_the_publisher_with_page_and_date_is_furniture():
    # 中共…委主办 printed on one line with the page label and the date: the running header
    rows = ["# 城江报", "", "中共城江市城北新区工委主办　　第1版　综合新闻　　2024年9月13日　星期五", "",
            "### 全县早稻收割过半", "", "# 抢抓晴好天气 确保颗粒归仓", "",
            "**本报讯（记者 林川）**9月12日，城江镇的稻田里，收割机来回穿梭，农户们忙着装袋、晾晒。", ""]
    arts = _pieces(rows)
    assert len(arts) == 1 and (arts[0].kicker, arts[0].title) == ("全县早稻收割过半", "抢抓晴好天气 确保颗粒归仓"), \
        [(a.kicker, a.title, a.subtitle) for a in arts]
    assert all("主办" not in h for a in _items("\n".join(rows)) for h in a.headlines)


def test_a_title_printed_again_between_the_byline_and_the_text_is_one_piece():
    rows = ["# 山间茶园春意浓", "", "## ——城江镇发展生态茶产业见闻", "", "□ 记者 林川 通讯员 苏明", "",
            "# 山间茶园春意浓", "",
            "三月的城江镇，山脚下的茶园里一片新绿。清晨，茶农们背着竹篓穿行在茶垄间。", "",
            "今年全镇茶园面积稳定在三万亩，头春茶价格比去年高出一成。", ""]
    arts = [a for a in _items("\n".join(rows)) if a.headlines or a.paragraphs]
    assert len(arts) == 1, [(a.kind, a.title, a.paragraphs[:1]) for a in arts]
    a = arts[0]
    assert (a.title, a.subtitle, a.reporters, a.correspondents) == \
        ("山间茶园春意浓", "城江镇发展生态茶产业见闻", ["林川"], ["苏明"])
    assert len(a.paragraphs) == 2


def test_a_dump_that_spells_the_full_stop_in_ascii_still_ends_its_paragraphs():
    # website copy, one paragraph a line, whose converter printed 。 as an ASCII full stop
    rows = ["城江早稻开镰 亩产同比提高", "",
            "本报讯(记者 林川)昨日,城江镇万亩早稻开镰收割,收割机在田间来回穿梭.",
            "镇农业服务中心负责人介绍,今年早稻亩产预计比去年提高三十公斤.",
            "\"今年雨水匀,稻子长得壮.\"种粮大户苏明说,他家三百亩早稻一周就能收完."]
    arts = _pieces(rows)
    assert len(arts) == 1 and len(arts[0].paragraphs) == 3, [a.paragraphs for a in arts]


def _wrapped(paragraphs: list[str], width: int = 18) -> list[str]:
    """A narrow column's printed lines: each paragraph cut every ``width`` characters."""
    return [p[k:k + width] for p in paragraphs for k in range(0, len(p), width)]


def test_a_special_pages_dotted_label_over_a_stack_is_no_kicker():
    # 乡村振兴·生态宜居: the page's label (a column name joined to another by a middle dot)
    # over the feature's own kicker, title and ——subtitle, on a narrow page
    rows = ["5 2025.11.20 星期四 城江报·专题", "乡村振兴·生态宜居", "", "护好一江碧水 建好美丽乡村", "城江岸边“渔”转“游”",
            "——城江镇退捕渔民转产就业纪实", "□ 本报记者 林川"] + _wrapped([
            "初冬的城江，江面开阔，水鸟翔集。退捕上岸三年的老渔民苏德贵，如今在江边开起了农家乐。",
            "“以前靠打鱼，现在靠风景。”苏德贵说，今年农家乐接待游客两万多人次，收入比打鱼时翻了一番。"])
    arts = _pieces(rows)
    assert [(a.kicker, a.title, a.subtitle) for a in arts] == [
        ("护好一江碧水 建好美丽乡村", "城江岸边“渔”转“游”", "城江镇退捕渔民转产就业纪实")], \
        [(a.section, a.kicker, a.title, a.subtitle) for a in arts]


def test_a_feature_resumes_under_its_own_subheads_after_a_titled_sidebar():
    # a feature with 小标题 (label：phrase) is cut by a sidebar with its label and its own
    # title; the subheads shaped like the feature's (a four-character label before the
    # colon) carry the feature on, all of them
    rows = (["城江深处“茶”业兴", "——城江县发展林下经济纪实", "□ 本报记者 林川"]
            + _wrapped(["初夏的城江，群山叠翠。清晨五点多，茶农苏德贵就背着竹篓上了山。",
                        "近年来，全县把林下经济作为山区群众增收的重要产业来抓，探索出多种模式。"])
            + ["林下种茶：老手艺焕发新活力"]
            + _wrapped(["城江种茶的历史可以追溯到清代。过去茶园管护全凭经验，一场病害就可能让一年辛苦白费。",
                        "县农业农村局在三个乡镇建起示范基地，推广绿色防控技术，茶叶品质明显提升。"])
            + ["", "记者手记", "青山是最大的本钱"]
            + _wrapped(["在城江采访，记者听到最多的一句话是“靠山吃山，更要养山”。守住青山，才能守住群众的饭碗。（林川）"])
            + ["", "林下养蜂：一片山林多份收入"]
            + _wrapped(["在白石乡，郁郁葱葱的林冠下，一排排蜂箱整齐摆放，几名村民正在查看蜂群。",
                        "合作社负责人介绍，今年全乡蜂蜜产量预计达到八十吨。"])
            + ["链条延伸：从卖原料到卖品牌"]
            + _wrapped(["在县经济开发区一家茶企的车间里，工人们正忙着将新茶分拣、包装。",
                        "企业负责人说，今年线上销售额比去年翻了一番。"]))
    arts = _pieces(rows)
    host = next(a for a in arts if a.title == "城江深处“茶”业兴")
    body = "".join(host.paragraphs)
    assert "蜂箱" in body and "翻了一番" in body, [(a.title, a.paragraphs[:1]) for a in arts]
    side = next(a for a in arts if "靠山吃山" in "".join(a.paragraphs))
    assert side is not host and "蜂箱" not in "".join(side.paragraphs)


@pytest.mark.parametrize("text, label", [("乡村振兴·生态宜居", True), ("文旅·消费", True),
                                         ("要闻·经济观察", True), ("阿依古丽·买买提江", False),
                                         ("“6·26”国际禁毒日", False)])
def test_a_column_name_joined_by_a_middle_dot_to_another_is_a_label(text, label):
    from baoxun.assemble.headlines import is_column_label
    assert is_column_label(text) is label


def test_a_weather_box_keeps_its_advice_when_the_dump_spells_colons_in_ascii():
    rows = ["天气预报", "今天:多云转晴 南风2~3级 气温5℃~17℃", "明天:晴 西南风3~4级 气温7℃~20℃",
            "生活提示:近期天气干燥,森林火险等级较高,进山入", "林请勿携带火种。", "县气象台4月2日16时发布"]
    arts = _items("\n".join(rows) + "\n")
    assert len(arts) == 1 and arts[0].kind == "weather", [(a.kind, a.paragraphs) for a in arts]
    assert any(p.startswith("生活提示") and p.endswith("火种。") for p in arts[0].paragraphs), arts[0].paragraphs


def test_a_service_line_with_the_editors_under_the_header_is_furniture():
    # 本版热线：…　责任编辑：…　美编：…: the page's own line, not the first piece's text — which
    # turned the page's headline-first convention around
    rows = ["城江晚报　2024年5月8日　星期三　A05　民生热线", "",
            "本版热线：0571-86001234　责任编辑：周雅琳　美编：卢晓东", "", "【热线追踪】", "",
            "小区路灯不亮 居民夜归摸黑", "", "——物业已更换线路，当晚恢复照明", "",
            "　　本报讯（记者 林川）5月6日，家住城南街道一小区的王女士拨打本报热线反映，小区主干道路灯已坏了半个月。", "",
            "　　记者联系了物业公司，工作人员表示已更换线路，路灯当晚恢复照明。", "",
            "公交站台增设候车座椅", "",
            "　　本报讯（记者 苏明）记者昨日从市公交集团获悉，今年将在30个公交站台试点安装折叠座椅。", ""]
    arts = _pieces(rows)
    assert [a.title for a in arts] == ["小区路灯不亮 居民夜归摸黑", "公交站台增设候车座椅"], \
        [(a.title, a.paragraphs[:1]) for a in arts]
    assert not any("责任编辑" in p for a in arts for p in a.paragraphs)


def test_uncredited_captions_printed_as_paragraphs_of_a_picture_story_are_lifted_out():
    rows = ["山顶上的“护林夫妻”", "", "文/图 本报记者 林川", "",
            "从县城出发，沿着盘山土路颠簸一个多小时，再步行四十分钟，才能到达白云岭上的望火楼。", "",
            "苏德贵用望远镜观察林区情况。", "",
            "每年春秋两季防火期，夫妻俩都要吃住在望火楼上，每隔一小时向林场报告一次火情。", "",
            "王秀兰在望火楼前的小菜园里浇水。", "",
            "这些年，无人机巡护和视频监控陆续用上了，但夫妻俩说，人守在山上才踏实。", "",
            "本报将继续关注此事进展。", ""]
    arts = _pieces(rows)
    assert len(arts) == 1, [(a.title, a.paragraphs) for a in arts]
    a = arts[0]
    assert {c.text for c in a.captions} == {"苏德贵用望远镜观察林区情况。", "王秀兰在望火楼前的小菜园里浇水。"}
    assert len(a.paragraphs) == 4 and a.paragraphs[-1] == "本报将继续关注此事进展。"


def test_labelled_entries_of_a_results_list_on_a_double_spaced_page_are_no_headlines():
    # half-width punctuation, a blank line after every printed line: the entries under
    # …冠军如下: are the body's, not a headline run over the next piece
    rows = _spaced(["城江少儿乒乓球赛落幕", "本报讯(记者 林川)5月10日,全县第十二届中小学生乒乓球",
                    "锦标赛在县全民健身中心落下帷幕。全县23所学校的",
                    "186名选手参赛。各组别单打冠军如下:",
                    "小学男子组:宋子杰(实验小学)", "小学女子组:于佳宁(实验小学)",
                    "初中男子组:姜浩宇(城关中学)", "初中女子组:林一冉(城关中学)",
                    "渔村姑娘划出“金桨”梦", "记者 苏 明 报道",
                    "在4月举行的全省皮划艇锦标赛上,", "19岁的城江姑娘刘一凡获得女子单人",
                    "皮艇500米金牌。"])
    arts = _pieces(rows)
    assert [a.title for a in arts] == ["城江少儿乒乓球赛落幕", "渔村姑娘划出“金桨”梦"], \
        [(a.kicker, a.title, a.subtitle) for a in arts]
    assert any("宋子杰" in p for p in arts[0].paragraphs) and arts[1].reporters == ["苏明"]


def test_a_sentence_leading_into_a_table_is_no_headline_over_it():
    rows = ["城江股市收跌 本地板块逆势走强",
            "本报讯（记者 林川）昨日，A股市场震荡分化，本地板块表现活跃，上涨个股数量占比超过六成。",
            "昨日本地板块涨幅居前个股：",
            "股票简称　　收盘价　　涨幅",
            "城江新材　　18.46元　　10.02%",
            "江海智能　　32.15元　　7.86%",
            "分析人士认为，短期指数或延续震荡格局，投资者不宜盲目追高。"]
    arts = _pieces(rows)
    assert len(arts) == 1 and arts[0].title == "城江股市收跌 本地板块逆势走强", \
        [(a.title, a.paragraphs[:1]) for a in arts]
    assert "昨日本地板块涨幅居前个股：" in arts[0].paragraphs and arts[0].paragraphs[-1].startswith("分析人士")


@pytest.mark.parametrize("credit", ["城江区融媒体中心 供图", "**城江区融媒体中心 供图**", "城江区融媒体中心供图"])
def test_a_picture_supplied_by_a_body_is_a_photo_item_whose_caption_is_its_text(credit):
    rows = ["县城老旧管网改造完工", "", "本报讯（记者 林川）今年全县改造老旧供热管网15公里，惠及群众1.2万户。", "",
            "---", "", "1月11日，县供热公司工作人员在换热站内巡检设备。", "", credit, "", "---", "",
            "#### 县图书馆新馆开放", "", "本报讯（记者 苏明）1月10日，县图书馆新馆正式开放。", ""]
    arts = _items("\n".join(rows))
    photo = [a for a in arts if a.kind == "photo"]
    assert len(photo) == 1 and photo[0].paragraphs == ["1月11日，县供热公司工作人员在换热站内巡检设备。"], \
        [(a.kind, a.title, a.paragraphs, [c.text for c in a.captions]) for a in arts]
    assert not any(a.kind == "banner" for a in arts)


def test_short_plain_sentences_of_a_piece_without_pictures_stay_its_paragraphs():
    rows = ["全县秋季运动会开幕", "本报讯（记者 林川）10月10日，全县秋季运动会在县体育场开幕。",
            "此次运动会为期三天。", "开幕式上，学生们带来了精彩的团体操表演。", "活动在欢声笑语中圆满结束。"]
    arts = _pieces(rows)
    assert len(arts) == 1 and not arts[0].captions and len(arts[0].paragraphs) == 4, \
        [(a.paragraphs, [c.text for c in a.captions]) for a in arts]


def test_a_speakers_line_under_a_title_is_no_kicker_that_banners_the_title():
    # 林志远在会上讲话 under the title is who spoke (a subtitle's matter), not 在…时强调: the
    # title stays the piece's
    body = ("　　本报讯（记者 周海涛）12月20日，全市经济工作会议召开。会议总结今年经济工作，分析当前"
            "经济形势，部署明年经济工作。")
    rows = ["全市经济工作会议召开", "林志远在会上讲话", "韩东主持"] + [body[i:i + 12] for i in range(0, len(body), 12)]
    arts = _items("\n".join(rows) + "\n")
    assert not any(a.kind == "banner" for a in arts), [(a.kind, a.title) for a in arts]
    assert any("全市经济工作会议召开" in a.headlines for a in arts if a.paragraphs)


def test_a_picture_printed_after_a_column_of_briefs_is_not_the_column_s():
    rows = ["简讯", "", "本报讯 11月3日，城江镇举办农民丰收节，展销农产品一百余种。（林川）", "",
            "本报讯 11月4日，县图书馆开展“书香进万家”活动，送书到村三千册。（苏明）", "",
            "11月4日，游客在城江湿地公园观赏红叶。", "记者 林川 摄", ""]
    arts = _items("\n".join(rows))
    briefs = [a for a in arts if a.kind == "news"]
    photo = [a for a in arts if a.kind == "photo"]
    assert len(briefs) == 2 and all(a.section == "简讯" for a in briefs), [(a.kind, a.section) for a in arts]
    assert len(photo) == 1 and photo[0].section is None, [(a.kind, a.section) for a in arts]


def test_a_titled_full_piece_after_a_column_of_briefs_ends_the_column():
    long_body = ("初秋时节，城江县的板栗进入采收期。漫山遍野的板栗树挂满了毛茸茸的栗蓬，栗农们忙着打栗、"
                 "脱蓬、分拣，一派丰收景象。") * 8
    rows = ["简讯", "", "城江镇举办农民丰收节", "", "本报讯 9月3日，城江镇举办农民丰收节，展销农产品一百余种。（林川）", "",
            "县图书馆送书到村", "", "本报讯 9月4日，县图书馆开展“书香进万家”活动，送书到村三千册。（苏明）", "",
            "板栗开杆 “金果”串起富民链", "", "□ 本报记者 林川", "", long_body, "",
            "栗农们说，今年的收购价比去年每斤高出五角钱。", ""]
    arts = _items("\n".join(rows))
    briefs = [a for a in arts if a.title in ("城江镇举办农民丰收节", "县图书馆送书到村")]
    piece = [a for a in arts if a.title == "板栗开杆 “金果”串起富民链"]
    assert len(briefs) == 2 and all(a.section == "简讯" for a in briefs), [(a.kind, a.section, a.title) for a in arts]
    assert len(piece) == 1 and piece[0].section is None, [(a.kind, a.section, a.title) for a in arts]
