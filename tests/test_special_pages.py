"""Special pages (法治, 健康, 两会, 文旅): conventions of their boxes, columns and mastheads,
each on a small page written for the test (no text from ../shared). The expected reading is
the convention's, as ../shared/gold/README.md states it."""
from __future__ import annotations

import pytest

from baoxun.pipeline import parse_page


def _page(text: str):
    return parse_page(text, mentions=False)


def _items(lines: list[str]):
    return list(_page("\n".join(lines) + "\n").articles)


def _body(a) -> str:
    return "".join(a.paragraphs)


@pytest.mark.parametrize("site", ["青川晨讯数字报", "云岭晚讯数字报"])
def test_a_site_named_for_a_paper_not_called_bao_names_the_paper(site: str) -> None:
    # 天水晨讯数字报: the site is the paper's edition, and the paper is named 晨讯/晚讯, not …报
    text = "\n".join([site, "首页 | 往期回顾 | 版面导航 | PDF下载", "",
                      "2024年03月06日 星期三", "第A05版：健康", "",
                      "县医院开展义诊进社区活动", "",
                      "本报讯（记者 林 川）3月5日，县人民医院组织20名医生走进城东社区开展义诊，为居民测血压、查血糖。", ""])
    page = _page(text)
    assert page.paper.name == site.removesuffix("数字报")
    assert all(site not in (a.title or "") for a in page.articles)


def test_a_bulleted_writer_under_a_hospital_department_is_the_byline():
    # □ 某某医院变态反应科 王 莉: the writer's body and department, then the writer
    items = _items(["春季过敏高发 做好三点少遭罪", "",
                    "□ 城东县人民医院变态反应科 林 岚", "",
                    "眼下正值春暖花开，花粉明显增多，过敏性鼻炎患者也随之增加。建议大家做好以下三点：",
                    "①减少接触。花粉浓度较高的午间尽量少出门，外出时戴好口罩。",
                    "②规范用药。症状明显时应在医生指导下用药，切勿自行长期服用。", ""])
    piece = next(a for a in items if a.paragraphs)
    assert piece.title == "春季过敏高发 做好三点少遭罪"
    assert "林岚" in piece.authors, piece.authors
    assert not piece.subtitle and not piece.kicker


@pytest.mark.parametrize("label", ["健康提醒", "安全提醒", "反诈提醒"])
def test_a_reminder_box_after_a_signed_piece_is_its_own_item(label: str) -> None:
    items = _items(["秋冬季节如何预防流感", "",
                    "□ 城东县疾控中心 周 明", "",
                    "进入秋冬季节，流感进入高发期。专家建议，老人和儿童应及时接种疫苗。",
                    "同时要保持室内通风，勤洗手，出现发热症状及时就医。", "",
                    label, "",
                    "近期气温起伏较大，市民外出要注意增减衣物，家中老人要避免去人群密集场所。",
                    "咨询电话：0812-6543210", ""])
    box = [a for a in items if a.title == label]
    assert len(box) == 1 and any("增减衣物" in p for p in box[0].paragraphs), [(a.title, a.paragraphs) for a in items]
    signed = next(a for a in items if "流感" in (a.title or ""))
    assert all(label not in p and "增减衣物" not in p for p in signed.paragraphs)


def test_a_comma_title_over_a_bulleted_author_after_an_affiliation_is_a_title():
    # …（作者系…） / 在双溪，慢下来 / □ 周 默: a travel essay's short title, printed over its
    # author, is no line of prose though each phrase is three characters
    rows = ["城东周报", "2024年5月10日 星期五", "文旅 3", "",
            "古镇老街迎来游客", "本报讯（记者 林 川）",
            "  五一假期，城东古镇老街游人如织，",
            "沿街的民宿和小吃店家家客满。",
            "  据统计，假期五天古镇共接待游",
            "客8.6万人次，同比增长两成。",
            "  （作者系城东县作家协会会员）",
            "在古镇，慢下来",
            "□ 周 默",
            "县城开通旅游专线",
            "本报讯（通讯员 张 帆）",
            "  5月9日，县城至古镇的旅游专线",
            "正式开通，每30分钟发一班车。"]
    text = "\n\n".join(rows) + "\n"
    items = list(_page(text).articles)
    assert any(a.title == "在古镇，慢下来" for a in items), [(a.title, a.paragraphs[:1]) for a in items]
    assert all("在古镇，慢下来" not in p for a in items for p in a.paragraphs)


def test_a_service_box_s_labelled_entries_are_lines_of_the_box_not_headlines():
    news = "4月23日，古镇景区管委会发布消息，5月5日至6月30日，景区对本市户籍游客实行门票半价优惠，门票由每人120元降至60元。"
    rows = ["城东周报", "2024年4月26日 星期五", "文旅 3", "",
            "古镇景区对本市市民半价开放", "本报讯（通讯员 张 帆）"] + [news[i:i + 14] for i in range(0, len(news), 14)] + [
            "“五一”出行便民信息",
            "旅游咨询电话：0812-3316208",
            "旅游投诉电话：0812-3351127",
            "古镇景区：5月1日至5日 8:00—18:00开放",
            "县城—古镇旅游专线：每30分钟一班，票价8元",
            "道路交通事故报警：122",
            "          城东县文化和旅游局",
            "                 2024年4月25日"]
    items = list(_page("\n\n".join(rows) + "\n").articles)
    box = [a for a in items if any("3351127" in p for p in a.paragraphs)]
    assert len(box) == 1, [(a.title, a.paragraphs) for a in items]
    assert any("8:00—18:00开放" in p for p in box[0].paragraphs)
    assert any("票价8元" in p for p in box[0].paragraphs)


def test_a_column_of_deputies_quotes_gives_each_quote_its_own_item():
    # 代表委员说: each quote's title over a line that opens on who speaks (县人大代表、…X：)
    quotes = [("让冷链物流进乡镇", "县人大代表、城南镇东山村党支部书记刘国山：我们村种了300亩番茄，建议在乡镇建产地预冷库。"),
              ("把闲置厂房盘活用好", "县政协委员、城东建材有限公司总经理杨晓明：园区还有一些闲置厂房，建议以租代建盘活。"),
              ("让农村老人吃上热乎饭", "县人大代表、城北镇卫生院副院长苏丽娜：建议每个乡镇打造一处长者食堂，解决老人吃饭难题。")]
    rows = ["城东时讯　两会特刊", "2026年1月9日　星期五", "第3版", "",
            "县政协十届五次会议开幕", "本报讯（记者 王海龙）1月7日下午，县政协十届五次会议在县会议中心开幕。", "",
            "代表委员说", ""]
    for title, quote in quotes:
        body = [quote[i:i + 13] for i in range(0, len(quote), 13)]
        rows += [title] + body + [""]
    page = _page("\n".join(rows) + "\n")
    assert page.paper.name == "城东时讯"
    got = [a for a in page.articles if a.section == "代表委员说"]
    assert [a.title for a in got] == [t for t, _ in quotes], [(a.title, a.section, a.paragraphs) for a in page.articles]
    assert all(len(a.paragraphs) == 1 for a in got)


def test_a_police_bulletin_is_a_signed_notice_under_its_column_label():
    rows = ["■警方发布", "",
            "警情通报", "",
            "　　5月3日22时许，我局接群众报警称，城关镇某小区内有人打架。民警迅速到场处置，双方均受轻伤。",
            "　　目前，王某已被依法行政拘留，案件正在进一步调查中。",
            "　　　　　城东县公安局",
            "　　　　2024年5月4日", "",
            "城东法院开展法治进校园活动", "",
            "本报讯（记者 苏 明）5月6日，城东县人民法院法官走进城东中学，为600余名师生上了一堂法治课。", ""]
    items = _items(rows)
    bulletin = [a for a in items if a.title == "警情通报"]
    assert len(bulletin) == 1 and bulletin[0].kind == "notice", [(a.kind, a.title, a.section) for a in items]
    assert bulletin[0].section == "警方发布"
    assert all("警方发布" not in (a.title or "") and a.kind != "banner" for a in items)
    school = next(a for a in items if "校园" in (a.title or ""))
    assert school.section != "警方发布"


def test_an_affiliation_wrapped_over_two_lines_still_closes_its_piece():
    rows = ["以案说法", "", "□ 葛 佳", "",
            "　　【案情】村民李某与王某两家相邻而居，王家院内老槐树的根系拱裂了李家院墙。",
            "　　【说法】处理相邻关系应当遵循有利生产、方便生活、团结互助、公平合理的原则。",
            "　　（作者单位：城东县人民法院",
            "城关人民法庭）", "",
            "庭审小贴士", "",
            "　　庭院种树应与邻居房屋保持适当距离，发现根系越界时要及时修剪处理。", ""]
    items = [a for a in _items(rows) if a.paragraphs]
    case = next(a for a in items if "【案情】" in _body(a))
    assert "适当距离" not in _body(case), [(a.title, a.paragraphs) for a in items]


def test_a_column_label_after_a_sidebar_heads_its_column_not_the_piece_before_the_sidebar():
    rows = ["## 2023年城东县国民经济和社会发展统计公报（摘要）", "",
            "### 一、综合", "", "初步核算，全年全县地区生产总值468.5亿元，比上年增长5.6%。", "",
            "### 二、农业", "", "全年粮食总产量31.2万吨，比上年增长1.8%。", "",
            "> **小知识**", ">",
            "> 规模以上工业：指年主营业务收入2000万元及以上的工业法人单位。",
            "> 不变价格：扣除价格变动因素后计算的增速。", "",
            "---", "",
            "### 数据速览", "",
            "● 1至3月，全县完成进出口总额7.6亿元，同比增长18.6%。", "",
            "● 截至3月末，全县金融机构各项贷款余额486.1亿元，同比增长9.8%。", "",
            "● 一季度全县城镇新增就业1920人，完成年度目标任务的27.4%。", ""]
    items = _items(rows)
    report = next(a for a in items if "粮食总产量" in _body(a))
    assert "进出口" not in _body(report) and "数据速览" not in _body(report), report.paragraphs
    assert sum(1 for a in items if a.section == "数据速览") == 3, [(a.title, a.section) for a in items]


def _narrow_rows(paragraphs: list[str], width: int = 14) -> list[str]:
    """Paragraphs cut into column lines of ``width`` characters (a PDF's narrow column)."""
    return [p[k:k + width] for p in paragraphs for k in range(0, len(p), width)]


def test_a_page_that_titles_its_pieces_after_their_bodies_keeps_labels_boxes_and_compilers_apart():
    # the page prints each title after its body; a column's bracketed label, a signed
    # reminder box and a Q&A compiled by someone (整理 X) each keep their own place
    rows = ["城东新闻", "2023年5月12日　星期五", "第3版　法治", ""]
    rows += _narrow_rows(["本报讯（通讯员 刘 敏 记者 钟 华）5月10日，县公安局反诈中心民警追回被骗资金8.6万元，当面交还给城关镇村民黄秀英。",
                          "3月下旬，黄秀英接到自称“客服”的电话，按对方指导下载软件并开启屏幕共享，积蓄被分3次转走。"])
    rows += ["县公安局破获一起电信诈骗案", "冒充“客服”骗走老人积蓄",
             "【以案说法】", "□ 谢 婉 婷"]
    rows += _narrow_rows(["【案情】2017年，邱某以表弟温某的名义在城关镇买下一套商品房，房款均由邱某支付。",
                          "【说法】不动产物权以登记为准，借名人享有的只是要求转移登记的债权请求权。",
                          "（作者单位：城东县人民法院）"])
    rows += ["“借名买房”，房子归谁？"]
    rows += _narrow_rows(["为守护好群众的“钱袋子”，县公安局提醒广大市民：",
                          "1.凡是自称客服主动退款、索要验证码的，都是诈骗；",
                          "2.如不慎被骗，请第一时间拨打110报警。"])
    rows += ["城东县公安局反诈中心", "2023年5月11日", "温馨提示", "【普法问答】"]
    rows += _narrow_rows(["本期请县司法局公共法律服务中心主任廖春梅解答邻里纠纷问题。",
                          "问：邻居的空调外机正对我家窗户，我能要求他移走吗？",
                          "答：可以。邻居安装空调外机应当合理避让，协商不成可请社区调解。"])
    rows += ["整理　卢嘉欣", "邻里之间那些事", "民法典这样说", "城东新闻　法治　第3版"]
    items = [a for a in _items(_spaced_rows(rows)) if a.paragraphs]
    by_title = {a.title: a for a in items}
    assert "“借名买房”，房子归谁？" in by_title, [(a.section, a.title) for a in items]
    assert by_title["“借名买房”，房子归谁？"].section == "以案说法"
    assert "温馨提示" in by_title and any("110" in p for p in by_title["温馨提示"].paragraphs)
    qa = by_title.get("邻里之间那些事 民法典这样说")
    assert qa is not None and qa.section == "普法问答", [(a.section, a.title) for a in items]
    assert qa.authors == ["卢嘉欣"], qa.authors
    assert all("【以案说法】" not in (a.title or "") and "【普法问答】" not in (a.title or "") for a in items)


def _spaced_rows(rows: list[str]) -> list[str]:
    return [x for row in rows for x in (row, "")]


def test_a_figures_box_set_label_first_keeps_its_lines_its_source_and_its_drawer():
    rows = ["城东晨刊", "2024年1月26日　星期五", "第3版　经济", "",
            "全县经济运行稳中有进", ""] + _narrow_rows(
            ["本报讯（记者 夏 雯）1月25日，县统计局发布数据，2023年全县地区生产总值增长5.9%，增速居全市第二位。",
             "分产业看，第一产业增加值增长4.1%，第二产业增加值增长6.8%，第三产业增加值增长5.6%。"], 16) + ["",
            "■图解2023年全县经济", "",
            "地区生产总值　210.37亿元　↑5.9%",
            "规上工业增加值　↑9.2%",
            "固定资产投资　↑4.8%",
            "城镇居民人均可支配收入　42136元",
            "数据来源：县统计局",
            "制图　陈思远", "",
            "金融活水润泽实体经济", ""] + _narrow_rows(
            ["本报讯（记者 汪 洋）截至2023年末，全县各项贷款余额304.7亿元，增长15.0%，增速连续12个月保持全市前列。"], 16) + ["", "",
            "城东晨刊·经济"]
    page = _page("\n".join(rows) + "\n")
    items = list(page.articles)
    box = [a for a in items if "图解" in (a.title or "")]
    assert len(box) == 1, [(a.kind, a.title) for a in items]
    lines = box[0].paragraphs
    for entry in ("规上工业增加值　↑9.2%", "城镇居民人均可支配收入　42136元"):
        assert any(entry in p for p in lines), lines
    assert box[0].authors == ["陈思远"], box[0].authors
    assert all("数据来源" not in (a.title or "") and "42136" not in (a.title or "") for a in items)
    assert next(a for a in items if "贷款" in _body(a)).title == "金融活水润泽实体经济"
    assert all("城东晨刊·经济" not in (a.title or "") + _body(a) for a in items), [(a.kind, a.title) for a in items]


def test_a_markdown_table_s_rows_are_lines_of_its_box_not_headlines():
    rows = ["## 县运动会奖牌榜（截至7月28日）", "",
            "| 代表团 | 金牌 | 银牌 | 铜牌 |", "|---|---|---|---|",
            "| 城关镇 | 12 | 9 | 7 |", "| 南岭乡 | 9 | 8 | 10 |", "| 东湖镇 | 8 | 6 | 5 |", "",
            "---", "",
            "## 邰秀英独竹漂夺金", "",
            "本报讯（记者 刘 畅）7月28日，在县运动会独竹漂女子项目决赛中，南岭乡选手邰秀英夺得金牌。", ""]
    items = _items(rows)
    table = [a for a in items if "奖牌榜" in (a.title or "")]
    assert len(table) == 1 and len(table[0].paragraphs) == 4, [(a.kind, a.title, a.paragraphs) for a in items]
    assert all("|" not in (a.title or "") for a in items)
    assert next(a for a in items if "金牌" in _body(a) and "决赛" in _body(a)).title == "邰秀英独竹漂夺金"


@pytest.mark.parametrize("entry", ["23.6亿元　全年进出口总额，同比增长12.4%", "4.7万户　全县市场主体总数，比上年末增加5300户"])
def test_a_figure_first_line_with_its_change_after_a_comma_is_one_line_of_the_box(entry: str) -> None:
    rows = ["数说·开放型经济",
            "1.85亿美元　全年实际利用外资，增长6.9%",
            entry,
            "3.2%　全年居民消费价格涨幅", "",
            "“竹林贷”整村授信1.8亿元", "",
            "本报讯（通讯员 邱 燕）1月17日，县农村信用合作联社与12个村签订整村授信协议，授信总额1.8亿元。", ""]
    box = next(a for a in _items(rows) if "数说" in (a.title or ""))
    assert entry in box.paragraphs and len(box.paragraphs) == 3, box.paragraphs


def test_a_meeting_page_s_slogan_over_a_stack_printed_twice_is_a_banner_and_the_stack_keeps_its_roles():
    rows = ["城东晚报", "2025年1月9日　星期四", "A03　聚焦县两会",
            "凝心聚力开新局　实干笃行谱新篇",
            "坚定信心 真抓实干 奋力推动高质量发展",
            "县八届人大五次会议隆重开幕",
            "县八届人大五次会议隆重开幕",
            "何建明主持 罗立新作政府工作报告"]
    rows += _narrow_rows(["本报讯（记者 杨柳青）1月8日上午，城东县第八届人民代表大会第五次会议隆重开幕。应出席代表212名，实到代表196名，符合法定人数。"], 20)
    rows += ["代表委员说", "把小柑橘做成大产业"]
    rows += _narrow_rows(["县政协委员、义兴镇三和村党支部书记母玉芳：去年我们村柑橘种植面积扩大到2800亩，村民人均增收3200元。"], 20)
    rows += ["让群众看病少跑路"]
    rows += _narrow_rows(["县人大代表、县人民医院院长蒲正清：建议加快推进紧密型县域医共体建设，让常见病在县域内得到诊治。"], 20)
    rows += ["（本报记者 邓凯 整理）"]
    items = _items(rows)
    assert [a.title for a in items if a.kind == "banner"] == ["凝心聚力开新局 实干笃行谱新篇"], [(a.kind, a.title) for a in items]
    report = next(a for a in items if "法定人数" in _body(a))
    assert (report.kicker, report.title, report.subtitle) == (
        "坚定信心 真抓实干 奋力推动高质量发展", "县八届人大五次会议隆重开幕", "何建明主持 罗立新作政府工作报告")
    quote = next(a for a in items if a.title == "把小柑橘做成大产业")
    assert len(quote.paragraphs) == 1 and "母玉芳：" in quote.paragraphs[0], quote.paragraphs
    assert all("整理" not in a.reporters + a.authors for a in items)


def test_a_wide_feature_s_subhead_after_its_picture_stays_a_subhead_and_its_signed_sidebar_keeps_its_name():
    rows = ["城东今报　　2023年6月9日　星期五　　　　创新周刊　05", "",
            "“星衡”十年：从一块镜头到一张“天网”",
            "本报记者 姚 远",
            "　　走进位于城东地理信息小镇的星衡遥感公司，一栋外墙嵌满深蓝色玻璃的五层小楼格外显眼。这里是公司的研发",
            "总部，也是全县第一家自主研制商业遥感卫星的民营企业。",
            "瞄准“卡脖子”环节 十年磨一剑",
            "　　创业之初，团队把目光锁定在星载高分辨率相机上。这一核心部件长期依赖进口，一台的价格在120万美元以",
            "上。公司连续五年把营业收入的18%以上投入研发。",
            "让卫星数据“落地”田间地头",
            "　　“卫星拍得再清楚，用不起来也是白搭。”公司副总经理梁思辰说。团队开发了20余款数据应用产品，种粮大户",
            "用手机就能查看每块稻田的长势。", "",
            "（图）公司研发人员在洁净间调试星载相机。　费丹丹 摄", "",
            "政策“及时雨”留住人才",
            "　　县科技局局长俞国强介绍，近三年全县累计向该公司兑现各类科技扶持资金1200余万元，并协调高校在小镇设",
            "立联合实验室。", "",
            "记者手记",
            "小镇的“星”光",
            "　　采访那天，公司董事长的办公桌上摆着一块拳头大小的黑色镜片，那是团队磨坏的第一块镜头，他一直没舍得",
            "扔。企业敢闯，政府敢扶，创新的“星”光才能越聚越亮。",
            "□ 姚 远", "",
            "科普小课堂",
            "遥感卫星是怎样“看”地球的？",
            "　　遥感卫星就像挂在太空中的“超级相机”，但它的本事远不止拍照片。",
            "　　①看得“远”。遥感卫星一般运行在距地面500公里左右的轨道上。",
            "　　②看得“细”。0.5米分辨率意味着地面上一张办公桌大小的物体都能被分辨出来。",
            "（金 晓 整理）", ""]
    items = [a for a in _items(rows) if a.paragraphs]
    feature = next(a for a in items if "星衡" in (a.title or ""))
    assert "政策“及时雨”留住人才" in feature.paragraphs, [(a.title, a.paragraphs[:2]) for a in items]
    sidebar = next(a for a in items if a.title == "小镇的“星”光")
    assert sidebar.authors == ["姚远"]
    box = next(a for a in items if a.section == "科普小课堂")
    assert box.title == "遥感卫星是怎样“看”地球的？", (box.title, box.paragraphs[:1])
    assert "姚远" not in box.authors and box.authors == ["金晓"]


@pytest.mark.parametrize("label", ["环保提示", "安全提示", "出行提示"])
def test_a_tips_box_after_a_sidebar_is_its_own_item(label: str) -> None:
    rows = ["城东县报　2024年5月30日　星期四　第4版　生态环保",
            "县级河长巡查城东河",
            "本报讯（记者 马 骏）",
            "　　5月28日，县委副书记、县长、县级总河长王志斌带队巡查城东河县城段河道管理保护工作。",
            "相关链接",
            "　　河长制是由各级党政主要负责同志担任河长，负责组织领导相应河湖管理和保护工作的一项制度。",
            label,
            "　　进入夏季，户外活动增多，县生态环境部门提醒广大群众：",
            "①不向河道、渠道倾倒生活垃圾；",
            "②发现偷排、偷倒等环境违法行为，请拨打12369举报热线。"]
    items = [a for a in _items(rows) if a.paragraphs]
    tips = [a for a in items if a.title == label]
    assert len(tips) == 1 and any("12369" in p for p in tips[0].paragraphs), [(a.title, a.paragraphs) for a in items]
    link = next(a for a in items if a.title == "相关链接" or a.section == "相关链接")
    assert not any("12369" in p or p == label for p in link.paragraphs)


def test_a_school_page_that_titles_its_pieces_after_their_bodies():
    # 劳动教育进校园 / 城东县第二小学 / 开辟“田园课堂”: a kicker over a title the column wrapped
    # after the unit it opens on — no column label carried to every piece; and the notice's
    # signing date, between its signer and its title printed after it, is no deck
    rows = ["城东报", "2021年4月16日  星期五", "教育·成长  3", ""]
    rows += _narrow_rows(["本报讯（记者 何晓雯 通讯员 蒲建军）4月14日下午，城东县第二小学校园东侧的“开心农场”里热闹非凡，五年级的42名学生在老师的带领下为玉米间苗、除草。"], 15)
    rows += ["", "劳动教育进校园", "城东县第二小学", "开辟“田园课堂”", ""]
    rows += _narrow_rows(["本报讯（通讯员 李 婷）4月15日，县教育局联合县应急管理局启动中小学防溺水安全教育月活动。"], 15)
    rows += ["", "我县中小学启动防溺水安全教育月", ""]
    rows += _narrow_rows(["经市教育局批准，我校2021年秋季面向全县招收新生，现将有关事项公告如下：",
                          "1．招生专业：现代农艺技术、电子商务。", "2．咨询电话：0916-7212836"], 15)
    rows += ["　　　　　　城东县职业教育中心", "　　　　　　　2021年4月12日", "",
             "城东县职业教育中心", "2021年秋季招生简章", ""]
    items = [a for a in _items(rows) if a.paragraphs]
    school = next(a for a in items if "开心农场" in _body(a))
    assert (school.kicker, school.title) == ("劳动教育进校园", "城东县第二小学开辟“田园课堂”"), (school.kicker, school.title)
    assert all(a.section is None for a in items), [(a.section, a.title) for a in items]
    notice = next(a for a in items if "招收新生" in _body(a))
    assert notice.title == "城东县职业教育中心2021年秋季招生简章", notice.headlines
    assert not any("2021年4月12日" in h for a in items for h in a.headlines)


def test_a_price_table_s_head_and_its_note_are_lines_of_the_notice():
    rows = ["本周农产品价格行情", "",
            "监测点：城东县城南农贸市场　采集时间：7月20日",
            "品　名　　　　　　价　格　　　　涨跌",
            "早籼稻（新谷）　　1.30元/斤　　　↑",
            "生猪（外三元）　　18.6元/斤　　　↓",
            "鸡蛋　　　　　　　4.2元/斤　　　 ↓", "",
            "生猪稳产保供现场推进会召开", "",
            "本报讯（通讯员 黄 璐）7月17日，县农业农村局在司马冲镇召开生猪稳产保供现场推进会。", ""]
    items = _items(rows)
    table = next(a for a in items if a.title == "本周农产品价格行情")
    assert table.kind == "notice" and len(table.paragraphs) == 5, (table.kind, table.paragraphs)
    assert all("监测点" not in h and "品" != h[:1] for a in items for h in a.headlines), [a.headlines for a in items]


def test_a_caption_and_its_credit_line_set_apart_inside_a_wide_sentence_are_lifted():
    rows = ["城东周报", "2020年7月22日　星期三", "第4版　三农", "",
            "我县4.6万亩早稻进入收割高峰", "",
            "抢抓晴好天气", "我县4.6万亩早稻进入收割高峰", "——预计总产量1.9万吨 同比增长5.8%", "",
            "本报讯（记者 戴 军 通讯员 肖雅琴 夏 斌）",
            "　　7月20日，在邓家坪镇合心村的千亩早稻示范片，三台大型收割机在金黄的稻浪中来回", "",
            "农机手在合心村抢收早稻。", "邓家坪镇供图", "",
            "穿梭，收割、脱粒、装袋一气呵成。连日来，我县抢抓晴好天气，组织农机手全力抢收早稻，全县4.6万亩早稻已收割近四成。", "",
            "　　“今年早稻亩产能到900斤左右，比去年多了60来斤。”合心村村民袁宏发一边往三轮车上搬稻谷一边说。他家种了38亩早稻，按照每斤1.3元的保底收购价，扣除成本后，纯收入能有2万多元。", "",
            "　　县农业农村局局长刘向东介绍，今年全县早稻种植面积比去年增加3200亩，落实早稻集中育秧补贴每亩100元，早稻预计总产量1.9万吨，同比增长5.8%。", "",
            "　　据了解，我县将在8月上旬前全面完成晚稻移栽，确保全年粮食播种面积稳定在73万亩以上。", ""]
    items = [a for a in _items(rows) if a.paragraphs]
    assert len(items) == 1, [(a.kind, a.title) for a in items]
    report = items[0]
    assert report.paragraphs[0].endswith("来回穿梭，收割、脱粒、装袋一气呵成。连日来，我县抢抓晴好天气，组织农机手全力抢收早稻，全县4.6万亩早稻已收割近四成。")
    assert [(c.text, c.credit) for c in report.captions] == [("农机手在合心村抢收早稻。", "邓家坪镇供图")]
    assert "邓家坪镇" not in report.photographers


def test_a_column_of_signed_reflections_credits_each_writer_under_their_post():
    # 学习心得: □ + the writer's post + the name, under each piece's title
    rows = ["学习心得", "",
            "在“赶考”路上交出合格答卷", "□ 城关镇党委书记 李 鹏", "",
            "　　作为乡镇党委书记，我体会最深的是“赶考”两个字。今后要把群众满意作为工作标准。", "",
            "把支部建在产业链上", "□ 东山村党支部书记 白永生", "",
            "　　去年，我们村把党支部建在了苹果产业链上，成立了果业协会，让果子卖上好价钱。", ""]
    items = [a for a in _items(rows) if a.paragraphs]
    assert [(a.title, a.authors) for a in items] == [("在“赶考”路上交出合格答卷", ["李鹏"]), ("把支部建在产业链上", ["白永生"])], \
        [(a.title, a.subtitle, a.authors) for a in items]


def test_the_kicker_of_a_stack_an_e_paper_printed_after_its_lone_title_is_no_column_label():
    rows = ["城东周报", "2020年7月22日　星期三", "第4版　三农", "",
            "全县早稻进入收割高峰", "",
            "抢抓晴好天气", "全县早稻进入收割高峰", "——预计总产量1.9万吨 同比增长5.8%", "",
            "本报讯（记者 戴 军）7月20日，全县组织农机手全力抢收早稻，4.6万亩早稻已收割近四成。", "",
            "卤香飘四方", "",
            "　　7月19日，秦桥镇一家卤菜加工企业的车间里，工人正在分拣刚出锅的卤豆腐。",
            "　　　　　　　通讯员 林 瑶 摄", ""]
    items = _items(rows)
    report = next(a for a in items if "抢收早稻" in _body(a))
    assert (report.kicker, report.title, report.section) == ("抢抓晴好天气", "全县早稻进入收割高峰", None), \
        (report.kicker, report.title, report.section)
    assert all(a.section is None for a in items), [(a.section, a.title) for a in items]


# A notices page (wide, no blank lines): a news item, then notices signed and dated.
_NOTICES = [
    "县政务大厅推出午间延时服务",
    "本报讯（记者 罗 平）6月3日，记者从县政务服务中心获悉，自6月5日起，政务大厅午间12时至14时照常办理社保、医保等高频事项。",
    "县政务服务中心主任李建军介绍，今年1至5月，中心累计办件18.2万件，群众满意率达到99.1%，下一步还将在各乡镇便民服务中心推广午间延时服务。",
]


@pytest.mark.parametrize("issuer,title", [("宁远县鑫盛农机有限公司", "招聘启事"),
                                          ("永州市宁远县规划和自然资源局", "国有建设用地使用权挂牌出让公告")])
def test_the_body_named_over_a_notice_s_title_heads_the_notice_not_a_banner(issuer: str, title: str) -> None:
    # (the body's name is the notice's kicker, or the first line of a title read whole —
    # never a page slogan of its own)
    items = _items(_NOTICES + [issuer, title, "宁远资告〔2024〕6号",
                               "因业务发展需要，现将有关事项公告如下：",
                               "一、报名时间为2024年6月10日至6月20日。",
                               "联系电话：0746-7221508",
                               issuer, "2024年6月3日"])
    notice = next(a for a in items if a.title and a.title.endswith(title))
    assert notice.kicker == issuer or notice.title == issuer + title, [(a.kind, a.kicker, a.title) for a in items]
    assert not any(a.kind == "banner" for a in items)


def test_the_name_of_who_answers_for_a_notice_after_its_close_signs_it() -> None:
    items = _items(_NOTICES + ["注销公告",
                               "宁远县和顺商贸有限公司经股东决定，拟向登记机关申请注销登记，请债权人自本公告见报之日起45日内向清算组申报债权。",
                               "特此公告。",
                               "清算组负责人：邓志华",
                               "宁远县和顺商贸有限公司清算组",
                               "2024年6月1日",
                               "停水通知",
                               "因管网改造，6月5日8时至18时城南片区停水，请用户提前储水。"])
    notice = next(a for a in items if a.title == "注销公告")
    assert any("邓志华" in p for p in notice.paragraphs), notice.paragraphs
    assert not any(a.title and "邓志华" in a.title for a in items)


@pytest.mark.parametrize("label", ["数说一季度", "数读前三季度"])
def test_a_figures_box_whose_rows_set_figure_and_change_apart_by_one_space_is_one_box(label: str) -> None:
    # (a wide dump with no blank lines: the box's label, its rows, its compiler)
    rows = ["一季度全县经济实现良好开局",
            "本报讯（记者 何 静）4月18日，记者从县统计局获悉，一季度全县地区生产总值增长6.1%，增速居全市第三位。",
            "县统计局负责人表示，下一步将紧盯重点项目和规上企业，推动经济持续回升向好。",
            label,
            "地区生产总值 96.42亿元 增长6.1%",
            "规上工业增加值 增长9.3%",
            "社会消费品零售总额 31.07亿元 增长5.2%",
            "农村居民人均可支配收入 5126元 增长7.0%",
            "本报记者 何静 整理",
            "春茶开采 茶农增收",
            "本报讯（通讯员 陈 凯）4月16日，县茶叶产业园迎来春茶采摘高峰，每天可收购鲜叶20余吨。"]
    items = _items(rows)
    box = [a for a in items if a.title == label]
    assert len(box) == 1, [(a.kind, a.section, a.title) for a in items]
    assert any("规上工业增加值 增长9.3%" in p for p in box[0].paragraphs), box[0].paragraphs
    assert any("地区生产总值 96.42亿元 增长6.1%" in p for p in box[0].paragraphs)
    assert not any("增长" in (a.title or "") for a in items if a is not box[0] and "增收" not in (a.title or ""))


@pytest.mark.parametrize("footer", ["本版图片除署名外由县融媒体中心提供", "*本版图片除署名外均由市融媒体中心提供*"])
def test_the_page_s_picture_credit_line_credits_no_picture(footer: str) -> None:
    # 本版图片除署名外由…提供 at the foot of a page says who took its unsigned pictures: it is
    # no credit of a caption, and the piece above keeps its last paragraph
    items = _items(["## 县城新建三座口袋公园", "", "本报记者 唐 敏", "",
                    "4月2日，县城三座新建口袋公园同时开放，为周边居民增添了休闲好去处。", "",
                    "县住建局负责人介绍，今年还将新建改建口袋公园8座，让市民出门见绿。", "",
                    "---", "", footer])
    piece = next(a for a in items if a.title == "县城新建三座口袋公园")
    assert piece.paragraphs[-1].startswith("县住建局负责人介绍"), piece.paragraphs
    assert not piece.captions and not piece.photographers
    assert not any(a.kind == "photo" for a in items), [(a.kind, a.title) for a in items]


# A pictures page dumped from an e-paper: each picture's title printed twice, its caption
# ending on a bracketed credit, then the next piece's title, also twice.
_PICTURES = ["春日田园", "春日田园", "",
             "　　4月8日，城南镇花溪村，村民在油菜花田里放风筝。（通讯员 韦 宁 摄）", "",
             "“小书虫”游学", "“小书虫”游学", "",
             "　　4月9日，城关小学的孩子们在古城南门写生。（记者 石 磊 摄）", "",
             "区市场监管局开展春季食品安全检查", "区市场监管局开展春季食品安全检查", "",
             "　　本报讯（通讯员 覃 芳）4月10日，县市场监管局对城区32家餐饮单位开展食品安全检查，发现问题隐患17处，均已督促整改。", ""]


def test_a_title_printed_twice_over_a_credited_caption_is_the_picture_s_title() -> None:
    items = _items(_PICTURES)
    pictures = [a for a in items if a.kind == "photo"]
    assert [a.title for a in pictures] == ["春日田园", "“小书虫”游学"], [(a.kind, a.title, a.paragraphs) for a in items]
    assert any(a.title == "区市场监管局开展春季食品安全检查" and a.kind == "news" for a in items)


@pytest.mark.parametrize("slogan", ["文明出行 你我同行", "安全生产 人人有责"])
def test_a_slogan_couplet_at_the_page_s_foot_is_a_banner_not_a_cut_off_headline(slogan: str) -> None:
    items = _items(_PICTURES + [slogan])
    last = items[-1]
    assert last.title == slogan and last.kind == "banner", [(a.kind, a.title) for a in items]


@pytest.mark.parametrize("name", ["# 理论周刊", "文化副刊"])
def test_a_special_page_s_own_name_under_the_masthead_is_no_item(name: str) -> None:
    text = "\n".join(["**赣江晨讯** ｜ 2024年3月12日 星期二 ｜ 第5版", "", name, "", "---", "",
                      "## 以实干笃行推动县域高质量发展", "", "□ 钟 鸣", "",
                      "县域是推动高质量发展的重要单元，也是城乡融合发展的关键支撑。", "",
                      "（作者系中共赣州市委党校副教授）", ""])
    items = list(_page(text).articles)
    assert [a.title for a in items] == ["以实干笃行推动县域高质量发展"], [(a.kind, a.title) for a in items]


def test_a_title_the_page_s_own_list_names_heads_its_own_piece() -> None:
    # a web dump: the page's list of titles (本版标题导航) names the Q&A box's title, printed
    # after a numbered 政策解读 piece, so it is no subhead of that piece; and the label
    # 政策解读 heads its one piece, not the Q&A box too
    text = "\n".join([
        "当前位置：首页 > 数字报 > 今日宁乡 > 第04版：社保专版",
        "本版标题导航",
        "· 城乡居民养老保险缴费档次调整",
        "· 养老金待遇有哪些新变化？",
        "· 参保登记 这些问题您要知道",
        "城乡居民养老保险缴费档次调整",
        "本报讯（记者 刘 畅）11月5日，记者从县人社局获悉，2025年度城乡居民养老保险缴费档次由12档调整为14档，最高档为每人每年6000元。",
        "【政策解读】",
        "养老金待遇有哪些新变化？",
        "文/周 敏",
        "一、基础养老金提高。全县城乡居民基础养老金由每人每月150元提高到165元。",
        "二、缴费补贴增加。选择1000元及以上档次缴费的，政府补贴由每人每年60元提高到80元。",
        "三、丧葬补助扩面。参保人死亡后，其家属可领取一次性丧葬补助费1000元。",
        "参保登记 这些问题您要知道",
        "问：外出务工人员可以在老家参保吗？",
        "答：可以。年满16周岁、不在校、未参加职工养老保险的城乡居民，可在户籍地参保。",
        "问：缴费后多久能查到记录？",
        "答：一般在缴费后3个工作日内，可通过县人社局微信公众号查询。",
    ]) + "\n"
    items = list(_page(text).articles)
    qa = [a for a in items if a.title == "参保登记 这些问题您要知道"]
    assert len(qa) == 1, [(a.kind, a.section, a.title) for a in items]
    assert qa[0].paragraphs[0].startswith("问：外出务工人员") and qa[0].section is None
    policy = next(a for a in items if a.title == "养老金待遇有哪些新变化？")
    assert policy.section == "政策解读" and not any("问：" in p for p in policy.paragraphs)


def test_an_agenda_box_and_the_body_that_signs_it_are_one_notice() -> None:
    items = _items(["代表分组审议计划报告", "",
                    "　　本报讯（记者 宁 远）3月12日下午，出席县人代会的代表分组审议计划报告和预算报告。", "",
                    "大会日程安排",
                    "3月13日上午　审议县人民法院、县人民检察院工作报告",
                    "3月13日下午　第二次全体会议，表决通过各项决议",
                    "3月14日上午　大会闭幕",
                    "县十七届人大三次会议秘书处", "",
                    "3月12日下午，县人大代表在分组讨论中发言。",
                    "通讯员 简 宁 摄"])
    box = [a for a in items if a.title == "大会日程安排"]
    assert len(box) == 1 and box[0].kind == "notice", [(a.kind, a.title) for a in items]
    assert any("大会闭幕" in p for p in box[0].paragraphs)
    photo = [a for a in items if a.kind == "photo"]
    assert len(photo) == 1 and not photo[0].title, [(a.kind, a.title) for a in items]


def test_a_numbered_contents_list_and_the_site_s_buttons_are_no_items() -> None:
    text = "\n".join([
        "宁远报数字报", "首页 > 2025年04月08日 > 第04版：公告", "【放大】【缩小】【下载本版PDF】", "",
        "本版导航", "01 县人民医院招聘启事", "02 注销公告", "03 便民信息", "",
        "县人民医院招聘启事", "县人民医院招聘启事", "",
        "    因业务发展需要，我院面向社会公开招聘护理人员10名。报名时间：2025年4月10日至4月20日。",
        "    联系电话：0746-7221508", "    县人民医院", "    2025年4月8日", "",
        "注销公告", "注销公告", "",
        "    宁远县瑶乡农业开发有限公司经股东决定，拟向登记机关申请注销登记，请债权人自本公告见报之日起45日内申报债权。",
        "    特此公告。", "    清算组负责人：邓志华 联系电话：13807461234", "    宁远县瑶乡农业开发有限公司清算组",
        "    2025年4月7日", "",
        "便民信息", "便民信息", "",
        "    县政务服务中心：0746-7221000", "    县供水公司抢修电话：0746-7223110"]) + "\n"
    items = list(_page(text).articles)
    assert [a.title for a in items] == ["县人民医院招聘启事", "注销公告", "便民信息"], [(a.kind, a.title) for a in items]
    assert any("邓志华" in p for p in items[1].paragraphs)


@pytest.mark.parametrize("name", ["刘 畅", "周明远"])
def test_a_lone_name_under_a_sidebar_and_over_the_next_column_s_label_signs_the_sidebar(name: str) -> None:
    # (a wide dump with no blank lines: the sidebar's label, title, text, its writer, then
    # the label of a column of briefs)
    items = _items(["记者手记", "转型要向产业链要效益",
                    "在园区采访，记者听到最多的一个词是“延链补链”。资源型城市的转型，不是告别资源，而是让资源走得更远。",
                    name, "经济简讯",
                    "■县农商行涉农贷款余额增长",
                    "截至6月末，县农商行涉农贷款余额达86.3亿元，同比增长12.1%。"])
    sidebar = next(a for a in items if a.title == "转型要向产业链要效益")
    assert sidebar.authors == [name.replace(" ", "")], (sidebar.authors, [(a.section, a.title) for a in items])
    brief = next(a for a in items if a.title == "县农商行涉农贷款余额增长")
    assert brief.section == "经济简讯"


def test_one_dated_line_of_a_notice_wrapped_by_the_column_is_not_an_agenda_entry() -> None:
    # one dated line is no agenda: the column goes on wrapping the places it lists
    items = _items(["计划停电通知", "",
                    "　　因线路检修，国网宁远县供电公司将对以下区域停电：",
                    "3月22日8:00至17:00　舜陵街道九嶷",
                    "路以北、冷水河以东区域。",
                    "　　停电期间请勿靠近电力设施。", ""])
    notice = next(a for a in items if a.title == "计划停电通知")
    assert any("舜陵街道九嶷路以北" in p for p in notice.paragraphs), notice.paragraphs


@pytest.mark.parametrize("label", ["观点", "学习札记"])
def test_a_column_label_set_a_heading_level_below_its_title_is_the_column_not_a_kicker(label: str) -> None:
    text = "\n".join(["### " + label, "", "## 让老街更新更有“温度”", "", "□ 郑 文", "",
                      "去年以来，我市启动了16个老旧街区改造项目，居民的获得感一天比一天强。", "",
                      "更新不是推倒重来，而是要留住烟火气，让老街坊住得舒心。", ""]) + "\n"
    items = list(_page(text).articles)
    piece = next(a for a in items if a.title == "让老街更新更有“温度”")
    assert piece.section == label and not piece.kicker, (piece.section, piece.kicker)


def test_a_kicker_set_a_heading_level_below_its_title_stays_the_kicker() -> None:
    text = "\n".join(["### 稳产提质拓市场", "", "## 全县早稻收割进度过半", "",
                      "本报讯（记者 钟 灵）7月18日，记者从县农业农村局获悉，全县早稻已收割12.6万亩。", ""]) + "\n"
    piece = next(a for a in _page(text).articles if a.title == "全县早稻收割进度过半")
    assert piece.kicker == "稳产提质拓市场" and not piece.section


def test_a_paper_named_x_jinri_and_its_special_edition_line_are_the_masthead() -> None:
    text = "\n".join(["# 澧水今日", "", "2021年9月28日 星期二 | 第4版：专题 | 责任编辑：向 丽", "", "---", "",
                      "> 庆祝澧县撤县设市筹备工作启动10周年特刊", "",
                      "## 十年奋进 澧水新颜", "", "□ 本报记者 覃 雯", "",
                      "十年来，全县地区生产总值从168亿元增长到362亿元，城乡面貌焕然一新。", ""]) + "\n"
    page = _page(text)
    assert page.paper.name == "澧水今日", page.paper
    assert [a.title for a in page.articles] == ["十年奋进 澧水新颜"], [(a.kind, a.title) for a in page.articles]


@pytest.mark.parametrize("box", [
    ["| 便民信息 |", "|---|", "| 市政务服务热线：12345 |", "| 市消费者投诉举报热线：12315 |"],
    ["〓便民信息〓", "市政务服务热线：12345", "市消费者投诉举报热线：12315"],
])
def test_a_service_box_set_as_a_one_column_table_or_between_ornaments_is_read_plainly(box) -> None:
    items = _items(["## 公交线路延伸到新小区", "",
                    "本报讯（记者 沈 航）3月20日，市交通运输局回复网友留言，22路公交将延伸至江扬路。", ""] + box)
    notice = [a for a in items if a.title == "便民信息"]
    assert len(notice) == 1 and notice[0].kind == "notice", [(a.kind, a.title) for a in items]
    assert "市政务服务热线：12345" in notice[0].paragraphs and not any("|" in p for p in notice[0].paragraphs)


@pytest.mark.parametrize("buttons", ["微信　微博　QQ空间　复制链接", "微信 | 微博 | 朋友圈"])
def test_a_web_page_s_share_buttons_alone_on_a_line_are_chrome(buttons: str) -> None:
    items = _items(["县城新增3条公交线路", "发布时间：2024-03-12　来源：本报", buttons, "",
                    "本报讯（记者 何 平）3月11日，县城新开通3条公交线路，覆盖12个新建小区。", "",
                    "相关链接", "公交线路查询可拨打服务热线0731-5221234。"])
    assert not any(buttons in (a.title or "") + "".join(a.paragraphs) for a in items), \
        [(a.kind, a.title) for a in items]
    assert any(a.title == "县城新增3条公交线路" for a in items)


def test_a_tagged_box_entry_of_phone_numbers_is_an_entry_not_the_box_s_title() -> None:
    items = _items(["便民信息",
                    "【停水】因管网改造，6月14日22时至15日6时，城北部分区域暂停供水，请用户提前储水。",
                    "【办证】6月15日（周六）上午，县政务服务中心出入境窗口延时服务至13时。",
                    "【热线】供水服务热线：0744-5221234 政务服务热线：12345"])
    box = [a for a in items if a.title == "便民信息"]
    assert len(box) == 1, [(a.kind, a.section, a.title) for a in items]
    assert any(p.startswith("【热线】") for p in box[0].paragraphs), box[0].paragraphs


def test_a_forecast_set_as_a_markdown_table_stays_in_its_weather_box() -> None:
    text = "\n".join(["## 春耕备耕有序推进", "", "本报讯（记者 李 杨）2月26日，全县已调运化肥1.2万吨，春耕备耕有序推进。", "",
                      "**沁水天气**", "",
                      "| 日期 | 天气 | 气温 | 风力 |", "|---|---|---|---|",
                      "| 今天 | 多云 | -2℃～10℃ | 西北风2级 |", "| 明天 | 晴 | 0℃～13℃ | 南风2～3级 |",
                      "森林火险等级较高，请勿野外用火。", "",
                      "**停电公告**", "", "因线路检修，3月2日8:00—18:00城关镇部分区域停电。", "服务热线：95598"]) + "\n"
    items = list(_page(text).articles)
    weather = [a for a in items if a.kind == "weather"]
    assert len(weather) == 1, [(a.kind, a.title) for a in items]
    assert any("明天" in p for p in weather[0].paragraphs), weather[0].paragraphs
    assert not any("日期" in (a.title or "") or "今天" in (a.title or "") for a in items)
