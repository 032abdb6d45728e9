"""Front and opinion pages: how their stacks and pieces are read, each on a small page
written for the test (no text from ../shared). The expected reading is the convention's,
as ../shared/gold/README.md states it."""
from __future__ import annotations

import pytest

from baoxun.pipeline import parse_page


def _items(lines: list[str]):
    return list(parse_page("\n".join(lines) + "\n", mentions=False).articles)


# A narrow column (indented paragraphs) whose commentary prints its title right under its
# last sentence — a line as wide as the column, so width tells nothing — then a blank line,
# a picture's caption and its credit.
_COMMENTARY = [
    "□ 本报评论员",
    "　　岁末年初，各项工作千头万绪。",
    "越是任务繁重，越要保持定力，把",
    "精力放在打基础、利长远的事情上。",
    "　　看发展，既要看速度，更要看质",
    "量。过去一年，全市新签约项目86",
    "个，一批强链补链项目落地见效。",
    "　　谋发展，关键在项目。要盯紧签",
    "约项目抓开工，盯紧开工项目抓投",
    "产，以项目建设的新成效稳增长。",
    "　　抓落实，贵在一个“实”字。要",
    "少开会、开短会，把更多时间留给",
    "基层和群众，让每一项部署都能落",
    "到田间地头、车间班组和社区网格。",
]


# (titles as wide as the column: a short line would stand apart by its width alone)
@pytest.mark.parametrize("title", ["拿出开局即决战的状态奋力冲刺", "以只争朝夕的干劲跑出发展加速度"])
def test_a_title_printed_right_under_its_body_is_not_its_last_line(title: str) -> None:
    items = _items(_COMMENTARY + [title, "",
                                  "12月3日，市民在城南湿地公园观赏越冬候鸟。入冬以来，",
                                  "公园已记录到越冬候鸟40余种。",
                                  "本报记者 宋 涛 摄", ""])
    piece = next(a for a in items if "本报评论员" in a.authors)
    assert piece.title == title, [(a.kind, a.title, a.paragraphs) for a in items]
    assert not any(title in p for p in piece.paragraphs)
    assert piece.paragraphs[-1].endswith("社区网格。")
    photo = next(a for a in items if a.kind == "photo")
    assert all("车间班组" not in p for p in photo.paragraphs + [c.text for c in photo.captions])


def test_a_sentence_that_ends_on_a_line_goes_on_in_the_paragraph_below() -> None:
    # 。 at a line's end is no title's mark: a line with its own comma goes on in the paragraph
    items = _items(_COMMENTARY + ["今年以来，全市新建改建村道320公", "里。", ""])
    piece = next(a for a in items if "本报评论员" in a.authors)
    assert any(p.endswith("村道320公里。") for p in piece.paragraphs), piece.paragraphs


@pytest.mark.parametrize("slogan", ["拼经济 抓项目 优环境", "稳预期 强信心 促发展"])
def test_a_slogan_over_a_title_and_its_dash_subtitle_is_the_kicker(slogan: str) -> None:
    items = _items(["城南日报", "2026年1月6日　星期二", "",
                    slogan,
                    "全市重点项目集中开工仪式举行",
                    "——38个项目总投资216亿元", "",
                    "　　本报讯（记者 孔 岩）1月5日，全市一季度重点项目集中开工仪式在",
                    "城南新区举行，38个项目集中开工，总投资216亿元。", ""])
    piece = next(a for a in items if a.paragraphs)
    assert (piece.kicker, piece.title) == (slogan, "全市重点项目集中开工仪式举行"), \
        [(a.kind, a.kicker, a.title, a.subtitle) for a in items]
    assert (piece.subtitle or "").lstrip("—") == "38个项目总投资216亿元"
    assert not any(a.kind == "banner" for a in items)


# A narrow page (16 characters a line, no indents, no blank lines) whose profile's stack is
# a kicker set wider than the column, a name-and-colon title and a ——subtitle.
_PROFILE_BODY = [
    "3月8日一早，石门乡卫生院的护士长",
    "周秀兰就背着药箱出了门。她要赶在",
    "村民下地前，给12位独居老人测血压。",
    "这样的早晨，她已经过了整整十八年。",
    "“老人们等着我呢”",
    "2007年，刚从卫校毕业的周秀兰回到",
    "家乡，成了乡卫生院最年轻的护士。",
    "那时全乡还不通公路，最远的村组离",
    "卫生院有二十多里山路，一到雨季，",
    "泥浆能没过脚面。有一年冬天半夜，",
    "杨家坪的村民敲开卫生院的门，说家",
    "里孩子高烧不退。她二话没说，打着",
    "手电跟着走了三个多小时山路。",
    "“只要有人喊，我就去。”这句话，周",
    "秀兰说了十八年，也做了十八年。",
    "去年，乡卫生院完成标准化改造，配",
    "上了心电图机和远程会诊设备。",
]


@pytest.mark.parametrize("kicker", ["坚守山区卫生院十八年，走遍全乡每个村组",
                                    "十八年守着一间卫生院，一个药箱走遍群山"])
def test_a_profile_kicker_wider_than_the_column_stays_the_kicker(kicker: str) -> None:
    items = _items(["山城晚报　2024年3月9日　星期六　A6　人物", "",
                    kicker, "周秀兰：乡亲们的“贴心护士”", "——记石门乡卫生院护士长周秀兰",
                    "□ 本报记者 罗 敏"] + _PROFILE_BODY + [""])
    piece = next(a for a in items if a.paragraphs)
    assert (piece.kicker, piece.title) == (kicker, "周秀兰：乡亲们的“贴心护士”"), \
        [(a.kind, a.kicker, a.title, a.subtitle) for a in items]
    assert (piece.subtitle or "").lstrip("—") == "记石门乡卫生院护士长周秀兰"
    assert not any(a.kind == "fragment" for a in items)


@pytest.mark.parametrize("label", ["身边好人", "凡人微光", "榜样力量"])
def test_a_people_column_label_over_a_title_is_the_section(label: str) -> None:
    # a narrow page: a short name over a deck that opens on a verb would read as one title
    items = _items(["城南日报　2024年6月16日　星期日　第4版　社区", "",
                    label,
                    "退休教师办起免费“四点半课堂”",
                    "本报讯（通讯员 何 芸）6月14日下午",
                    "4时半，城南街道文华社区活动室里坐",
                    "满了孩子。72岁的退休教师吴正清戴",
                    "着老花镜，正一字一句地给孩子们讲",
                    "解作文。吴正清退休前在城南中学教",
                    "了36年语文。2021年春节过后，他发",
                    "现社区里不少孩子放学后无人看管，",
                    "便在社区党总支的支持下，腾出活动",
                    "室办起了免费课堂。两年多来，他自",
                    "掏腰包2万多元购买图书和文具，累",
                    "计辅导孩子1200余人次。",
                    "“看到孩子们一点点进步，比什么都",
                    "高兴。”吴正清说。", ""])
    piece = next(a for a in items if a.paragraphs)
    assert piece.title == "退休教师办起免费“四点半课堂”", [(a.kind, a.kicker, a.title) for a in items]
    assert piece.kicker is None and piece.section == label


_RESULTS_PAGE_TOP = ["城南晨报　2024年5月21日　星期二　第7版　体育", "",
                     "全市中学生田径运动会闭幕", "",
                     "本报讯（记者 孔 岩）5月17日至19日，全市中学生田径运动会在市体育中心举行，",
                     "全市38所学校的1100余名运动员参加了52个项目的角逐。", "",
                     "成绩速递"]


@pytest.mark.parametrize("entries", [
    ["高中男子100米：冉子豪（一中）10秒98", "初中女子800米：龚雨晴（二中）2分21秒36",
     "初中男子跳远：蒋林峰（三中）6米12"],
    ["乒乓球　女子团体　冠军：城南区队　亚军：城北区队", "羽毛球　混合双打　冠军：赵晨阳/吕佳（城东区）",
     "篮球　男子组　冠军：城西区队　亚军：城南区队"],
])
def test_a_results_box_entries_are_its_lines_not_headlines(entries: list[str]) -> None:
    items = _items(_RESULTS_PAGE_TOP + entries + ["",
                   "本报讯（通讯员 邹 静）5月19日晚，全市第五届职工篮球赛决赛在市全民健身中心上演，",
                   "市税务局队以78∶71战胜卫生系统联队，时隔三年再次捧杯。", ""])
    heads = [h for a in items for h in a.headlines]
    assert not any(e in h or h in e for e in entries for h in heads), heads
    box = next(a for a in items if any(entries[0] in p for p in a.paragraphs))
    assert len(box.paragraphs) == len(entries)
    news = next(a for a in items if "职工篮球赛" in "".join(a.paragraphs))
    assert not any(e in "".join(news.paragraphs) for e in entries)


@pytest.mark.parametrize("upper, lower", [("区税务局队夺得", "职工篮球赛冠军"),
                                          ("城南中学学子获", "全市技能大赛一等奖")])
def test_a_title_wrapped_after_a_verb_owing_its_object_has_no_space(upper: str, lower: str) -> None:
    from baoxun.assemble.headlines import _join
    assert _join(upper, lower) == upper + lower
    assert _join("年味浓浓", "消费旺旺") == "年味浓浓 消费旺旺"     # parallel halves keep theirs


@pytest.mark.parametrize("label", ["校园文苑", "学生习作"])
def test_a_literary_column_label_is_a_column_label(label: str) -> None:
    from baoxun.assemble.headlines import is_column_label
    assert is_column_label(label)
    assert not is_column_label("外婆的菜园")


@pytest.mark.parametrize("tags", [("出租", "转让"), ("求职", "招聘")])
def test_a_classified_ad_opens_on_its_tag(tags: tuple[str, str]) -> None:
    # one line a paragraph, no blank lines: the tag in brackets is where the next ad begins
    first, second = tags
    items = _items(["城南快报　2020年9月24日　星期四　第4版　分类信息", "",
                    "分类信息",
                    f"【{first}】城东路临街铺面一间，面积约80平方米，适合开设餐饮或便利店。联系电话：0773-7236645",
                    f"【{second}】青山镇一家正常经营的农资店整体{second}，手续齐全。联系电话：0773-7213030", ""])
    paras = [p for a in items for p in a.paragraphs]
    assert any(p.startswith(f"【{first}】") and "7236645" in p and f"【{second}】" not in p for p in paras), paras
    assert any(p.startswith(f"【{second}】") for p in paras), paras


def test_briefs_credited_to_an_office_or_to_no_one_are_each_their_own() -> None:
    # 县域快讯: each brief one paragraph, credited to a writer, to an office, or to no one
    briefs = ["11月18日，县人民医院胸痛中心通过国家标准版认证，平均救治时间缩短至62分钟。（陈 瑶）",
              "截至11月20日，全县城乡居民基本养老保险参保人数达到52.7万人，完成年度任务的101.3%。（县人社局）",
              "11月16日至17日，首届湖滨鱼文化美食节在湖滨镇举行，现场签约农产品购销合同15个。",
              "近日，县市场监管局对城区42家校园周边食品经营户开展专项检查，立案查处2起。（周 玲）"]
    items = _items(["城南日报　2019年11月21日　星期四　第3版　综合", "", "县域快讯", ""]
                   + ["　　" + b for b in briefs] + [""])
    for b in briefs:
        body = b.rsplit("（", 1)[0] if b.endswith("）") else b
        owner = [a for a in items if any(body in p for p in a.paragraphs)]
        assert len(owner) == 1 and len(owner[0].paragraphs) == 1, [(a.title, a.paragraphs) for a in items]
    office = next(a for a in items if any("参保" in p for p in a.paragraphs))
    assert "县人社局" in office.authors


def test_a_hotline_column_tag_printed_over_each_entry_keeps_the_entries_apart() -> None:
    # a web dump of a 回音壁 column: the tag in brackets over each entry's title, each entry
    # a caller's complaint and the office's reply, the site's share buttons between them
    entry = ["【回音壁】", "{title}", "来源：城南周刊　编辑：覃 燕　发布时间：2023-11-16 08:31", "",
             "　　【市民反映】{ask}", "　　【部门回复】{reply}", "", "分享到：微信 微博 QQ空间", ""]
    texts = [("车站路井盖松动 三天内完成更换", "11月7日，市民唐先生来电反映，车站路一处井盖松动，车辆经过时哐哐作响。",
              "县城管局回复：接到交办后，该局当天派人查看，已于11月10日更换新井盖。"),
             ("集镇自来水发黄 管网冲洗后水质达标", "近日，东河镇居民来电称，11月上旬起集镇部分住户自来水发黄。",
              "县自来水公司回复：经检测，系管网老化所致，已对管网进行冲洗，水质已达标。"),
             ("建材店凌晨装卸扰民 本周五前整改到位", "城东一小区业主反映，小区旁一家建材店常在凌晨装卸货物。",
              "城东街道回复：街道已约谈店主，要求本周五前将装卸时间调整到白天。")]
    lines = ["城南周刊　2023年11月16日　星期四　第06版：民生热线", ""]
    for title, ask, reply in texts:
        lines += [x.format(title=title, ask=ask, reply=reply) for x in entry]
    items = _items(lines)
    for title, ask, _ in texts:
        piece = [a for a in items if a.title == title]
        assert len(piece) == 1, [(a.title, len(a.paragraphs)) for a in items]
        assert len(piece[0].paragraphs) == 2 and ask in piece[0].paragraphs[0]


@pytest.mark.parametrize("refs", [("②", "③", "④"), (">>A2", ">>A3", ">>A4")])
def test_an_index_box_under_the_weather_is_the_pages_index(refs: tuple[str, str, str]) -> None:
    entries = [f"全县春季造林绿化现场推进会召开 {refs[0]}", f"“银龄讲师团”走进乡村课堂 {refs[1]}",
               f"城南蜜桃地理标志产品保护工作通过验收 {refs[2]}"]
    items = _items(["城南报", "2021年3月12日 星期五", "",
                    "天气预报", "白天：多云转晴 偏北风2～3级", "夜间：晴 微风", "气温：2℃～15℃", "",
                    "今日导读"] + entries + ["",
                    "奋力争先 实干攻坚", "全县“项目建设攻坚年”", "动员大会召开", "刘志远讲话 孙立新主持", "",
                    "本报讯（记者 高 岩）3月11日上午，全县“项目建设",
                    "攻坚年”动员大会在县委党校召开。县委书",
                    "记刘志远出席会议并讲话，县委副书记、",
                    "县长孙立新主持会议。会议指出，要以更",
                    "大力度抓项目、扩投资、促发展，全年新",
                    "开工重点项目120个以上。", ""])
    index = next(a for a in items if a.title == "今日导读")
    assert index.paragraphs == entries and index.kind == "banner", [(a.kind, a.title, a.paragraphs) for a in items]
    weather = next(a for a in items if a.kind == "weather")
    assert "今日导读" not in "".join(weather.paragraphs + weather.headlines)
    lead = next(a for a in items if a.paragraphs and "攻坚年" in a.paragraphs[0])
    assert (lead.kicker, lead.title, lead.subtitle) == (
        "奋力争先 实干攻坚", "全县“项目建设攻坚年”动员大会召开", "刘志远讲话 孙立新主持")


def test_a_markdown_opinion_page_header_and_pull_quote_are_no_pieces_text() -> None:
    items = _items(["# 城南侨乡报 · 第6版 · 观点", "",
                    "2024年6月20日 星期四 | 责任编辑：施雅婷", "", "---", "",
                    "## 让“家门口的就业驿站”真正驻进人心", "", "**□ 蔡文聪**", "",
                    "走进城南镇的零工市场，电子屏上滚动着制鞋、服装、物流等岗位信息，求职者扫码就能预约面试。", "",
                    "稳就业是最大的民生。把好事办好、把实事办实，驿站才能真正驻进人心。", "",
                    "（作者系中共城南市委党校讲师）", "",
                    "> 稳就业是最大的民生，好事要办好，实事要办实。", "", "---", "",
                    "## 小吃街的烟火气，要有“规矩”托底", "", "**王丽娜**", "",
                    "端午假期，中山路周边的小吃街人气爆棚，面线糊、土笋冻摊位前排起长队。", ""])
    piece = next(a for a in items if a.title == "让“家门口的就业驿站”真正驻进人心")
    assert piece.kicker is None, piece.kicker
    assert not any("好事要办好" in p for p in piece.paragraphs), piece.paragraphs
    assert any("好事要办好" in h for a in items if a.kind == "banner" for h in a.headlines)


@pytest.mark.parametrize("label", ["今日天气", "明天天气"])
def test_a_weather_label_with_its_readings_on_the_line_opens_the_box(label: str) -> None:
    items = _items(["城南晨刊　2026年2月26日　星期四　第8版　便民服务", "",
                    f"{label}　多云转小雨　东北风3~4级　气温：4℃~11℃",
                    "生活指数",
                    "穿衣指数：较冷，建议穿棉衣、羽绒服。",
                    "洗车指数：不宜，未来两天有降水。", "",
                    "县人民医院开设周末门诊",
                    "本报讯（记者 陈 露）记者昨天从县人民医院获悉，为方便上班族就医，医院自3月起开设周末门诊。", ""])
    box = next(a for a in items if a.kind == "weather")
    assert box.title == label, [(a.kind, a.title, a.paragraphs) for a in items]
    assert any("多云转小雨" in p for p in box.paragraphs) and any("穿衣指数" in p for p in box.paragraphs)
    assert not any(a.kind == "banner" for a in items)


@pytest.mark.parametrize("notice", ["征稿启事", "招聘启事"])
def test_a_poems_last_line_is_no_first_line_of_the_notice_below(notice: str) -> None:
    items = _items(["城南报　2021年4月9日　星期五　第4版　副刊", "",
                    "好溪谣（组诗）", "□ 朱　雁", "",
                    "采茶女", "她们的手指", "比春天还快", "一芽，一叶", "一芽，一叶", "把整座山", "装进背篓",
                    "下山的时候", "背篓很轻", "山很重", "",
                    notice, "",
                    "　　本报副刊即日起面向全县读者征集以“山乡巨变”为主题的散文、诗歌和摄影作品。",
                    "　　来稿请发至本报副刊部邮箱，截止时间为2021年6月10日。", "",
                    "城南报社副刊部", "2021年4月9日", ""])
    assert any(a.title == notice for a in items), [(a.kind, a.title) for a in items]
    poem = next(a for a in items if a.title == "好溪谣（组诗）")
    assert poem.paragraphs[-1] == "山很重", poem.paragraphs


@pytest.mark.parametrize("foot", ["理论周刊　　投稿邮箱：llzk_cn@126.com　　联系电话：0374-8861234",
                                  "本版投稿：jkzk@126.com　　健康热线：0515-88326120"])
def test_a_pages_own_contact_line_at_its_foot_is_no_item(foot: str) -> None:
    items = _items(["城南时报　2019年8月13日　星期二　第5版　理论", "",
                    "“工匠精神”的时代意蕴", "□ 刘晓东", "",
                    "　　今年5月，笔者带学生到神垕镇研学，看到一位老师傅守着一窑钧瓷整整三天三夜。",
                    "　　工匠精神，说到底是一种对品质的执着追求。", "",
                    foot, ""])
    assert all(a.paragraphs or a.kind == "banner" for a in items), [(a.kind, a.title) for a in items]
    assert not any("邮箱" in h or "热线" in h for a in items for h in a.headlines + a.paragraphs)


_NARROW_LEDE = ["　　本报讯（记者 杜明轩）4月7日，",
                "县政府召开一季度经济运行分析",
                "会，总结一季度工作，部署二季度",
                "重点任务。会议要求，各乡镇（街",
                "道）、各部门要紧盯全年目标，"]


def test_a_caption_set_apart_inside_a_sentence_takes_no_line_of_the_sentence() -> None:
    items = _items(["全县一季度经济运行分析会召开", ""] + _NARROW_LEDE + [
        "对照时间节点倒排", "",
        "会议现场。　县融媒体中心提供", "",
        "工期，确保上半年各项指标实现",
        "“时间过半、任务过半”。要把项",
        "目建设作为稳增长的主抓手，盯",
        "紧在建项目抓进度，盯紧签约项",
        "目抓开工。",
        "　　会议通报了一季度全县主要",
        "经济指标完成情况，县发改委、",
        "县工信局等单位作了交流发言。", ""])
    piece = next(a for a in items if a.paragraphs)
    assert [c.text for c in piece.captions] == ["会议现场。"], piece.captions
    assert any("对照时间节点倒排工期" in p for p in piece.paragraphs), piece.paragraphs


def test_a_picture_over_the_next_pieces_unit_kicker_is_a_picture_of_its_own() -> None:
    items = _items(["全县一季度经济运行分析会召开", ""] + _NARROW_LEDE + [
        "倒排工期，确保上半年各项指标实",
        "现“时间过半、任务过半”。", "",
        "　　4月6日，小河镇白马坡村种",
        "粮大户在麦田里开展“一喷三防”",
        "作业。当前，全县82万亩小麦陆",
        "续进入拔节期，各地抓住晴好天",
        "气加强田间管理。",
        "通讯员 王　昊 摄", "",
        "新镇镇：",
        "“田保姆”让农户种地更省心",
        "　　本报讯（通讯员 侯振宇）连",
        "日来，新镇镇北牛村的麦田里，",
        "植保无人机来回穿梭。", ""])
    assert not any("新镇镇：" in p or "田保姆”让" in p for a in items for p in a.paragraphs), \
        [(a.kind, a.title, a.paragraphs) for a in items]
    piece = next(a for a in items if a.title == "“田保姆”让农户种地更省心")
    assert piece.kicker == "新镇镇："


def test_html_a_converter_left_in_a_markdown_dump_prints_nothing() -> None:
    items = _items(["## 临时交通管制公告", "",
                    "因城南路雨污分流改造工程施工需要，自2019年11月25日起，城南路实行封闭施工，过往车辆请绕道通行。", "",
                    "施工期间给市民出行带来不便，敬请谅解。", "", "特此公告。", "",
                    '<p align="right">城南县住房和城乡建设局<br>',
                    "城南县公安局交通管理大队<br>",
                    "2019年11月21日</p>", ""])
    notice = next(a for a in items if a.title == "临时交通管制公告")
    text = "".join(notice.paragraphs)
    assert "城南县住房和城乡建设局" in text and "2019年11月21日" in text, [(a.kind, a.title, a.paragraphs) for a in items]
    assert not any("<" in x for a in items for x in a.headlines + a.paragraphs)


_BOX_BODY = ["　　本报讯（记者 许文博）5月7日至8日，城南市第三届",
             "“城南工匠”职业技能大赛在市职业技术学院举行，来自",
             "全市46家企业的312名选手参加了8个项目的角逐。",
             "　　大赛设电工、焊工、数控车工等项目，各项目前三名",
             "将获“城南工匠”称号，并按规定享受相应技能补贴。"]


def test_a_bulleted_entry_the_narrow_column_wrapped_stays_one_paragraph() -> None:
    items = _items(["第三届“城南工匠”职业技能大赛落幕"] + _BOX_BODY + [
        "便民信息",
        "◆市政务服务中心自“五一”假期后恢复周六上午",
        "延时服务，办理时间为9:00—12:00。",
        "◆市自来水公司定于5月11日（周六）8时至18时对",
        "新华路供水管网进行改造，届时新华街道部分区域",
        "停水，请提前储水。", ""])
    box = next(a for a in items if a.title == "便民信息")
    assert len(box.paragraphs) == 2 and "延时服务" in box.paragraphs[0], [(a.title, a.paragraphs) for a in items]


def test_a_bulleted_brief_title_over_its_dated_text_stays_a_title() -> None:
    items = _items(["城南报　2021年4月12日　星期一　第2版　乡镇", "",
                    "乡镇快讯", "",
                    "■ 马桥镇春季植树添新绿绿化荒山",
                    "4月10日，马桥镇组织机关干部、",
                    "志愿者在北山义务植树3000余株。", "",
                    "■ 区图书馆推出“夜读”服务项目",
                    "记者从区图书馆获悉，自5月1日起，",
                    "区图书馆每周五延时开放至21时。", ""])
    titles = [a.title for a in items if a.paragraphs]
    assert "马桥镇春季植树添新绿绿化荒山" in titles, [(a.title, a.paragraphs) for a in items]


def test_a_page_opening_on_a_continued_piece_and_closing_on_a_title_prints_titles_after() -> None:
    # no dispatched piece lacks a run either way: the runs' own words say whose they are
    items = _items(["城南新闻", "2026年3月6日 星期五", "第2版 综合", "",
                    "（上接第一版）",
                    "在党寨镇下寨村的农资超市里，前来选购化肥、种子的群众络绎不绝。",
                    "今年全区春耕备耕农资储备充足，化肥、种子价格与去年基本持平。", "",
                    "全区春耕备耕农资储备充足", "",
                    "本报讯（记者 柴 瑞）3月5日，区委常委会召开扩大会议，传达学习全国两会精神。",
                    "会议研究部署了近期全区重点工作。", "",
                    "区委常委会召开扩大会议", "",
                    "本报讯（记者 郭晓蕾）3月5日是学雷锋纪念日，全区各社区组织志愿者开展志愿服务。",
                    "据统计，全区现有注册志愿者8.6万人，今年以来累计开展志愿服务1.2万小时。", "",
                    "学雷锋志愿服务暖了居民心", "",
                    "责任编辑：杨 帆　校对：王 娜", ""])
    last = next(a for a in items if any("志愿者8.6万人" in p for p in a.paragraphs))
    assert last.title == "学雷锋志愿服务暖了居民心", [(a.kind, a.title) for a in items]
    assert not any(a.kind == "fragment" for a in items)


def test_a_digital_papers_site_chrome_is_no_item() -> None:
    items = _items(["城南新闻网",
                    "设为首页 | 加入收藏 | 手机版 | 无障碍浏览 | 登录",
                    "今天是：2024年11月20日 星期三",
                    "第03版：医保专版    << 上一版   下一版 >>    往期回顾",
                    "惠民生 保健康",
                    "2025年度城乡居民医保集中缴费启动",
                    "——个人缴费标准每人每年400元",
                    "本报讯 11月18日，记者从县医疗保障局获悉，我县2025年度城乡居民医保集中缴费工作正式启动。",
                    "县医疗保障局局长贺建军介绍，居民可通过微信、支付宝或到村（社区）便民服务点缴费。", ""])
    assert all(a.paragraphs or a.kind == "banner" for a in items), [(a.kind, a.title, a.paragraphs) for a in items]
    assert not any(w in x for a in items for x in a.headlines + a.paragraphs
                   for w in ("设为首页", "今天是", "上一版", "城南新闻网"))
    piece = next(a for a in items if a.paragraphs)
    assert (piece.kicker, piece.title) == ("惠民生 保健康", "2025年度城乡居民医保集中缴费启动")


def test_two_slogans_over_a_stack_are_the_pages_banner_and_the_kicker() -> None:
    items = _items(["城南日报", "2021年3月12日 星期五", "",
                    "乘势而上开新局 实干争先谱新篇",
                    "锚定目标抓落实 开局起步争上游",
                    "市委十五届十一次全体会议召开",
                    "——刘建华讲话 周庆国主持",
                    "本报讯（记者 孙明远）3月11日，中共城南市委十五届十一次全体会议召开。",
                    "全会认为，过去一年，全市经济社会发展取得新成效。", ""])
    banner = [a for a in items if a.kind == "banner"]
    assert [b.title for b in banner] == ["乘势而上开新局 实干争先谱新篇"], [(a.kind, a.headlines) for a in items]
    piece = next(a for a in items if a.paragraphs)
    assert piece.kicker == "锚定目标抓落实 开局起步争上游"


@pytest.mark.parametrize("pen", ["拾穗", "江南布衣"])
def test_a_pen_name_between_the_title_and_the_indented_text_is_the_writer(pen: str) -> None:
    # an essay page that indents its paragraphs: title, the writer's pen name, the text
    lines = ["　　那年冬天雪下得早，祖父把腌好的萝卜一坛坛搬进地窖，说开春就能吃上",
             "脆生生的咸菜。我们几个孩子守在窖口，等他递上来一根冻得发硬的红薯。",
             "灶台边的年", pen,
             "　　腊月一到，母亲就开始盘算年货。先是磨豆腐，再是蒸馒头，灶膛里的火",
             "从早到晚没有熄过，屋里总是暖烘烘的。",
             "　　最热闹的是炸丸子那天，邻居家的婶子们都来帮忙，院子里飘着油香，",
             "孩子们端着碗等着尝第一锅。", ""]
    items = _items(["城南晚报　2022年1月23日　星期日　第12版　副刊", "",
                    "地窖里的冬天", "周　岩"] + lines)
    essay = next(a for a in items if a.title == "灶台边的年")
    assert pen in essay.authors, [(a.title, a.authors) for a in items]
    assert essay.paragraphs[0].startswith("腊月一到")
    assert "灶台边的年" not in "".join(p for a in items for p in a.paragraphs)


@pytest.mark.parametrize("chrome", [
    "无障碍 | 长者模式 | 繁體 | 手机版 | RSS订阅",
    "〈 上一版  |  第04版：法治在线  |  下一版 〉   版面导航   日期检索",
    "本版共3篇文章",
    "字号：大 | 中 | 小    打印本页    关闭窗口",
    "2026年1月28日 星期三 农历腊月初十  天气：晴 -6℃～4℃  |  注册 | 登录",
    "[首页] [城南要闻] [经济观察] [乡镇街道] [部门动态]",
    "搜索：请输入关键词  站内搜索",
    "您现在的位置：城南新闻网 >> 经济观察 >> 正文",
    "字体：【大】【中】【小】  【打印】【关闭】【收藏本页】",
    "网友评论（共0条） 请登录后发表评论  查看全部评论",
    "· 前三季度我县主要经济指标稳中有升  2025-10-24",
])
def test_a_news_sites_chrome_line_is_no_text(chrome: str) -> None:
    items = _items(["城南新闻网  |  城南县融媒体中心主办", chrome,
                    "2025年我县经济运行稳中向好",
                    "来源：城南报  作者：记者 韩雪晴  责任编辑：马 骁",
                    chrome,
                    "本报讯 1月26日，记者从县统计局获悉，2025年全县实现地区生产总值685.2亿元，增长6.2%。",
                    "分产业看，第一产业增加值58.3亿元，增长3.9%；第二产业增加值增长8.7%。", chrome, ""])
    assert not any(chrome in x or x in chrome for a in items for x in a.headlines + a.paragraphs), \
        [(a.kind, a.title, a.paragraphs) for a in items]
    piece = next(a for a in items if a.paragraphs)
    assert piece.title == "2025年我县经济运行稳中向好"


def test_a_policy_page_s_qa_box_numbered_list_and_sponsor_line() -> None:
    # one paragraph a line, no blank lines, no indents: a department's 专版
    items = _items(["城南日报　2024年3月21日　星期四　第6版",
                    "医保惠民专版　城南市医疗保障局　城南日报社　联合主办",
                    "政策解读",
                    "2024年城乡居民医保待遇有哪些新变化？",
                    "文/拉巴次仁",
                    "近日，自治区医疗保障局等部门联合印发通知，明确了2024年城乡居民医保的筹资和待遇政策。",
                    "一、筹资标准有调整。2024年城乡居民医保财政补助标准每人每年提高30元。",
                    "二、门诊保障再提高。参保人员在乡镇卫生院就医，门诊报销比例提高到60%。",
                    "医保小课堂",
                    "在外地打工住院了，回来还能报销吗？",
                    "问：读者来电咨询，去年10月他在外地打工时住院，没有办理异地就医备案，还能报销吗？",
                    "答：可以。参保人员异地就医前未备案的，可在出院后6个月内回参保地报销。",
                    "城南市医疗保障局关于拟新增医保定点医药机构的公示",
                    "根据《城南市医疗保障定点医药机构管理实施细则》，现将拟新增的医保定点医药机构公示如下：",
                    "1. 城东区八一镇康泰大药房",
                    "2. 城东区鲁朗镇中心卫生院",
                    "3. 城西县扎木镇民康诊所",
                    "公示期为2024年3月19日至3月25日。",
                    "城南市医疗保障局",
                    "2024年3月18日", ""])
    assert not any("联合主办" in x for a in items for x in a.headlines + a.paragraphs)
    qa = next(a for a in items if a.title == "在外地打工住院了，回来还能报销吗？")
    assert qa.paragraphs[0].startswith("问：") and qa.section == "医保小课堂", [(a.title, a.section) for a in items]
    policy = next(a for a in items if a.title == "2024年城乡居民医保待遇有哪些新变化？")
    assert not any("问：" in p for p in policy.paragraphs)
    notice = next(a for a in items if a.kind == "notice")
    assert sum(p[:2] in ("1.", "2.", "3.") for p in notice.paragraphs) == 3, [(a.kind, a.title) for a in items]


def test_a_hotline_entry_title_set_in_brackets_stands_alone() -> None:
    items = _items(["城南今报　2023年09月07日　星期四　第03版：民生·热线", "",
                    "民生热线·回音壁",
                    "本报民生热线：0797-6230110　　微信公众号：城南今报", "",
                    "【长征大道路灯“罢工”一周 三天内全部修复】",
                    "市民来电：8月29日晚，家住长征大道附近的张先生来电反映，长征大道南段20多盏路灯连续一周不亮。",
                    "记者追踪：接到反映后，记者联系了县城市管理局，8月31日路灯全部恢复照明。（记者 温 婷）", ""])
    assert not any("【" in p for a in items for p in a.paragraphs), [(a.title, a.paragraphs) for a in items]
    entry = next(a for a in items if any(p.startswith("市民来电") for p in a.paragraphs))
    assert entry.title == "长征大道路灯“罢工”一周 三天内全部修复", [(a.title, a.paragraphs) for a in items]


def test_a_continued_pieces_title_under_its_jump_line_and_a_wrapped_caption_tail() -> None:
    items = _items(["城南晚报　2026年1月13日　星期二", "A05　体育·健康", "",
                    "（上接第1版）",
                    "全民健身“家门口”升级",
                    "　　今年，我市将新建改建百姓健身房",
                    "20个、多功能运动场15个、嵌入式",
                    "体育公园3个，总投资约1.5亿元。", "",
                    "城南小将省赛摘得3金2银",
                    "□ 记者 林 晓",
                    "　　1月10日至12日，全省青少年游泳",
                    "锦标赛在杭州举行，城南市游泳队共",
                    "获得3枚金牌、2枚银牌，列全市第一。",
                    "城南选手周子涵在女子200米自由",
                    "泳决赛中奋力冲刺。 林晓 摄",
                    "　　13岁的周子涵一人独揽女子200米",
                    "自由泳、400米自由泳两枚金牌。", ""])
    first = next(a for a in items if any(p.startswith("今年，我市") for p in a.paragraphs))
    assert first.title == "全民健身“家门口”升级" and first.continued_from, [(a.kind, a.title) for a in items]
    assert not any(a.kind == "fragment" for a in items)
    swim = next(a for a in items if a.title == "城南小将省赛摘得3金2银")
    assert [c.text for c in swim.captions] == ["城南选手周子涵在女子200米自由泳决赛中奋力冲刺。"], swim.captions
    assert not any(a.kind == "photo" for a in items)


def test_a_writers_affiliation_closes_the_essay_and_the_poem_below_is_another_piece() -> None:
    # a 副刊 page: the essay's writer's affiliation closes it; the poem's lines run on below it
    items = _items(["城南报", "2019年2月22日 星期五", "第4版 副刊", "",
                    "正月十五看灯去", "□ 胡晓雯", "",
                    "小时候最盼的，是正月十五那一盏灯。",
                    "回家的路上，女儿问我：“妈妈，你会扎灯吗？”我说，明年正月十五，我们一起扎一盏。",
                    "（作者系城南县第二高级中学教师）",
                    "风从南边的山口进来",
                    "先摸了摸古寺的檐角",
                    "又把河面的冰",
                    "一寸一寸揉软", "",
                    "春天从南山来", "□ 陈 默", ""])
    essay = next(a for a in items if a.title == "正月十五看灯去")
    assert not any("风从南边" in p for p in essay.paragraphs), essay.paragraphs


@pytest.mark.parametrize("credit", ["通讯员 赖 永 康 摄", "记者 陈 立 新 摄"])
def test_a_picture_credit_with_a_name_padded_letter_by_letter_is_a_credit(credit: str) -> None:
    items = _items(["城南报　2020年5月22日　星期五　第3版　乡村振兴", "",
                    "妃子笑 笑开颜", "",
                    "　　5月20日，东华镇果农在采摘早",
                    "熟荔枝“妃子笑”。今年全镇荔枝种植",
                    "面积1.1万亩，预计产量比去年增长",
                    "两成，每斤地头收购价在8元左右。",
                    credit, "",
                    "城南市举办农村电商人才培训班", "",
                    "　　本报讯（记者 温 静）5月19日至21日，城南市2020年第二期农村",
                    "电商人才培训班在市职业技术学校举办，120名学员参加培训。", ""])
    photo = next(a for a in items if a.kind == "photo")
    name = credit.split(" ", 1)[1].removesuffix(" 摄").replace(" ", "")
    assert name in photo.photographers and photo.title == "妃子笑 笑开颜", [(a.kind, a.title, a.photographers) for a in items]
    assert not any(name in a.reporters + a.correspondents for a in items)


# A narrow column with no indents and blank lines only between pieces, whose titles follow
# their bodies: a title as wide as the column stands apart by the blank lines around it.
_AFTER_BODY_PAGE = [
    "本报讯（记者 宋明远）11月4日，城关",
    "镇老年大学秋季班开课，今年新开设",
    "了智能手机应用和太极拳两门课程。",
    "镇老年大学负责人介绍，秋季班共招",
    "收学员260名，比去年增加40名，其",
    "中年龄最大的学员已经78岁。为方便",
    "学员上课，学校还把部分课程搬到了",
    "社区活动室，并安排志愿者全程协助",
    "老人们完成报名和签到。",
    "",
    "城关镇老年大学秋季班开课",
    "",
    "本报讯（通讯员 贺佳）11月3日，县",
    "图书馆在河滨公园举办读书分享会，",
    "60余名市民分享了各自的读书心得，",
    "现场还评选出10名“阅读之星”。",
    "县图书馆馆长介绍，今年以来馆里已",
    "举办各类阅读推广活动32场，线上线",
    "下参与群众超过1.5万人次，下一步将",
    "把分享会办到乡镇和村（社区）。",
    "",
]


@pytest.mark.parametrize("title", ["县图书馆举办河滨读书分享会活动", "读书分享会走进河滨公园60余人参加"])
def test_a_title_set_apart_by_blank_lines_after_its_body_is_its_title(title: str) -> None:
    # (the piece below is a box of phone numbers, no dispatch that would anchor a title)
    items = _items(_AFTER_BODY_PAGE + [title, "", "县图书馆借阅咨询电话：0719-6221035",
                                       "县老年大学报名咨询电话：0719-6223187",
                                       "咨询时间：工作日8:30—17:30", "便民信息"])
    titles = [a.title for a in items]
    assert title in titles, titles
    assert not any(title in p for a in items for p in a.paragraphs)


def test_a_sidebar_labelled_after_its_body_closes_the_piece_above() -> None:
    # titles after bodies: a feature, its kicker and title, then a sidebar whose label
    # (记者手记) is printed under it — the title is the feature's, not a subhead
    # (the first piece's title in two lines, as the feature's kicker and title are)
    first = _AFTER_BODY_PAGE.index("城关镇老年大学秋季班开课")
    page = _AFTER_BODY_PAGE[:first] + ["城关镇老年大学秋季班开课", "新开智能手机和太极拳课程"] \
        + _AFTER_BODY_PAGE[first + 1:] + [
        "县图书馆读书分享会评出“阅读之星”", "",
        "□ 本报记者 宋明远",
        "天刚亮，河滨公园的凉亭里已经坐满",
        "了人。78岁的学员周桂兰戴上老花镜，",
        "跟着视频一笔一画地练起了书法。",
        "“退休以后总觉得日子空落落的，现",
        "在每天都有盼头。”周桂兰说。",
        "今年，县里投入85万元改造了12处",
        "社区学习点，全县老年学员超过3000",
        "人，学习点覆盖所有乡镇。",
        "",
        "老有所学在身边",
        "社区学习点里",
        "书声琅琅",
        "",
        "采访中，一个细节让记者印象深刻：",
        "下课后，社区学习点里的老人们围着",
        "老师，迟迟不肯离开。",
        "老有所学，不只是多了几间教室，更",
        "在于让每位老人都能享有学习的机会。",
        "期待书声琅琅的学习点越办越好。",
        "",
        "记者手记",
    ]
    items = _items(page)
    feature = next(a for a in items if a.paragraphs and a.paragraphs[0].startswith("天刚亮"))
    assert "社区学习点里" in (feature.title or ""), feature
    assert not any("采访中" in p for p in feature.paragraphs)
    assert any(a.paragraphs and a.paragraphs[0].startswith("采访中") for a in items)


def test_a_sidebar_label_printed_under_its_title_is_the_section_not_the_title_s_rest() -> None:
    from baoxun.assemble.headlines import read_stack
    from baoxun.layout.lines import split_lines
    from baoxun.layout.reflow import Block
    for label in ("记者手记", "相关链接"):
        stack = read_stack([Block("head", split_lines(f"一件旧外套的温度\n{label}\n"))], True, 26)
        assert (stack.section, stack.title) == (label, "一件旧外套的温度"), stack
