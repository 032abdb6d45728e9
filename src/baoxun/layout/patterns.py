"""The printed conventions of Chinese newspapers, as named regular expressions.

Every pattern says which convention it encodes. They are shared by the layout stage
(which only needs to *recognise* a line) and the assemble stage (which takes it apart).
"""
from __future__ import annotations

import re
from functools import lru_cache

HAN = r"\u3400-\u9fff\uf900-\ufaff"
HAN_RE = re.compile(f"[{HAN}]")
# A personal name as printed in bylines: 2–4 hanzi, or a minority/transliterated name
# with a middle dot (阿不都·热合曼).
# A two-character name padded to a three-character one's width (邓 琳), as bylines set it.
PADDED_NAME = rf"[{HAN}][ \u3000](?:[{HAN}][ \u3000](?!摄|作|绘)[{HAN}](?![ \u3000]?[{HAN}](?<![摄作绘]))|[{HAN}]{{1,2}}(?![{HAN}·]))"   # 覃 燕, 林 蔚然, 谭 晓 阳 (邓 菲 夏 雨 is two; 赖 永 康 摄: the credit after it)
# A Mongolian or Uyghur name printed whole, five or six hanzi with no dot (敖登格日乐,
# 阿拉腾其木格): only set off by a space after its role, where the credit closes, at a
# bracket or the end of the line (not 记者近日走进泊 at a column's end). Two Han names the
# column ran together (闵晓辉章雅芳) match too: :func:`..assemble.byline.split_names` splits them.
LONG_NAME = rf"(?<=[ \u3000])[{HAN}]{{5,6}}(?=[)）]|[ \u3000]*$|[ \u3000]+(?:本报|特约|首席|见习|实习)?(?:记者|通讯员))"   # (… 通讯员 Y: the next credit)
# A credited name; never a genre word that follows 记者/评论员 in a column title (记者手记),
# never a role word (本报, 首席) of the next credit.
NAME = rf"(?:{PADDED_NAME}|(?!(?:手记|观察|调查|札记|笔记|来信|探访|走基层|视线|一线|帮办)(?![{HAN}]))(?!本报|特约|首席|见习|实习|通讯员|记者|新华社)(?:[{HAN}]{{2,4}}(?:·[{HAN}]{{1,6}})?|{LONG_NAME}))"
NAMES = rf"{NAME}(?:[\s、，,]+{NAME})*"
# A picture credit may name a photographer of five or six characters with no dot
# (额尔德木图 摄, 阿不都热依木 摄): Mongolian and Uyghur names printed whole.
SHOT_NAMES = rf"(?:{NAMES}|[{HAN}]{{5,6}}(?=\s+摄))"
DIGITS = r"[0-9０-９一二三四五六七八九十〇零两]"

# Per-line predicates are memoised by line text; a page repeats few lines, a corpus many
# (headline furniture, credits), so a small cache keeps the hits without holding RSS.
LINE_CACHE = 4096

# Sentence-final marks: a paragraph may end after these (and after a closing quote or
# bracket that follows them).
TERMINAL = "。！？!?…；;"
CLOSERS = "”’」』）)》】\"'"

# Marks a column sets before each of its entries (■寿光…, ●本报讯…): the column's, not the text's.
BULLETS = "■●◆▲★◎◇▶►▍▌"   # (▶ 标题, ▍标题: a WeChat post's marks before its titles)

# 1. Dispatch (电头) that opens a news item: 本报讯, 本报北京10月9日电, 本报绍兴5月8日讯,
#    新华社北京3月5日电, and the agencies' and other papers' own markers.
DISPATCH = re.compile(
    rf"^(?:[□{BULLETS}]\s*)?(?:据\s*)?("                  # 据新华社南京3月9日电: a relayed dispatch
    rf"本报讯|本台讯|本网讯|本刊讯"                   # a county media centre's station and site: 本台讯, 本网讯; a 侨刊's 本刊讯
    rf"|本报(?!记者|评论员|通讯员|特约)[{HAN}]{{2,6}}讯(?=[\s\u3000（(])"   # 本报齐河讯（记者 …）: datelined at a place, undated
    rf"|本报[{HAN}]{{0,8}}\s*{DIGITS}{{1,2}}\s*月\s*{DIGITS}{{1,3}}\s*日\s*[电讯]"
    rf"|(?:新华社|中新社|人民网|新华网|央视网|中国新闻网|央广网|[{HAN}]{{2,6}}报)"
    rf"[{HAN}]{{0,8}}\s*{DIGITS}{{1,2}}\s*月\s*{DIGITS}{{1,3}}\s*日\s*电"
    rf"|[{HAN}]{{2,6}}(?:日报|晚报|早报|都市报|时报)[{HAN}]{{0,6}}?\s*{DIGITS}{{1,2}}\s*月\s*{DIGITS}{{1,3}}\s*日\s*讯"  # 长沙晚报(掌上长沙)7月23日讯
    rf"|(?:新华社|中新社)电(?=[\s（(])"            # 据新华社电 记者从…获悉: an agency's, undated
    rf"|[{HAN}]{{1,6}}(?:日报|晚报|早报|都市报|时报|商报|报)讯(?=[\s\u3000（(])"  # 新晚报讯（记者 …）: a paper's own 本报讯
    rf")"
)

# 1a. Genre labels printed over a piece's title (记者手记 over a sidebar's title, 短评 over a
#     comment), bracketed or not; the sidebars among them are boxed beside a piece and are
#     pieces of their own (../shared/gold/README.md).
# The words that name a column of briefs (县域快讯, 要闻简报, 文旅速递).
BRIEFS_WORDS = "快讯|简讯|简报|短讯|速递|速览|播报"
SIDEBAR_WORDS = "相关链接|新闻链接|背景链接|链接|延伸阅读|记者手记|记者观察|编后|编后语|漫画|(?:嘉宾|人物|作者)(?:简介|名片|档案)|(?:法官|律师|检察官|警官|民警|医生|专家|健康|安全|消费|防骗|反诈|防疫)提醒|(?:环保|安全|健康|出行|防汛|消费|用药|饮食|防疫|防火|交通|法律|农技)提示|数[说读看][\u4e00-\u9fff]{0,6}|[\u4e00-\u9fff]{0,4}小知识"   # (数说留坝: a box of figures; 苏区小知识: of facts)
GENRE_LABEL = re.compile(rf"^[【\[]?(?:{SIDEBAR_WORDS}|编者按|短评|快评|点评|时评|现场|札记)[】\]]?$")
SIDEBAR_LABEL = re.compile(rf"^(?:[■●◆▲★◎◇□]\s*)?[【\[]?(?:{SIDEBAR_WORDS})[】\]]?$")   # (■记者手记)

# A deputy to a people's congress, a member of a political consultative conference or of a
# party congress, at a level (县人大代表, 市政协委员, 全国人大代表): who speaks in a meeting page's quotes.
DELEGATE = r"(?:全国|省|自治区|市|州|盟|县|区|旗)?(?:人大代表|政协委员|党代表)"

# Who put a piece together or drew its figures, credited before the name (整理　卢嘉欣, 制图：陈思远):
# the role and what sets it off from the name.
COMPILER_ROLE = r"(?:编辑整理|整理|采写|制图)(?:\s*[/／:：]\s*|[\s\u3000]+)"
# The labels of a box of terms explained (名词解释, 【名词链接】): a box beside a piece.
GLOSSARY_WORDS = "名词解释|名词链接|知识链接|词条解读"

# 1b. A lede that opens with its credit and no dispatch: 本报记者 王宁 通讯员 李响报道：…
CREDIT_LEDE = re.compile(r"^(?:本报)?(?:记者|通讯员)[^：:，,。]{1,30}?报道\s*[：:]")

# Heads of a group of short items or pictures (县域快讯, 要闻简报, 春耕图记): a short line
# ending in a word that names a kind of column rather than an event.
COLUMN_SHAPE = re.compile(r"^.{0,4}(快讯|简讯|简报|短讯|速递|速览|要闻|动态|图记|图说|图事|集锦|播报|一览|短波|扫描|传真|掠影|资讯|视窗|见闻录|新闻眼|人物|榜样|日历"
                          r"|访谈录|笔记|心得|感悟|视点|园地|之窗|观点|追踪|评论|风采|人家"
                          r"|评说|短评|时评|快评|锐评|微评|来论|微言|杂谈|漫谈|随笔|热词|前沿|书架|践悟"   # opinion and theory pages' columns
                          r"|说法|释法|普法|问答|答疑|信箱|讲堂|课堂"   # a legal or health page's (以案说法, 普法问答, 专家答疑, 健康讲堂)
                          r"|文苑|诗苑|习作"   # a literary or school page's (校园文苑, 学生习作)
                          r"|代表委员说|委员说|代表说|心声|建言|声音|大家谈)$"   # a meeting page's quotes (代表委员说, 两会声音)
                          r"|^身边的.{2,3}$"   # 学习笔记, 理论园地, 身边的感动, 今日评说, 学术前沿
                          r"|^[\u4e00-\u9fff]{2,4}·[\u4e00-\u9fff]{2,3}$")   # 理论·实践, 文化·副刊, 民生热线·回音壁: a page's or column's two-part name

# 2. A feature's byline on its own line: □ 本报通讯员 岳路艺, ■ 记者 张三 李四.
# Staff roles as printed before a credited name, longest first.
# A paper named before its staff's role (长沙晚报全媒体记者, 江门日报记者).
# A paper and its sister outlet may both be named (沈阳晚报、沈报全媒体记者, 华西都市报-封面新闻记者).
PAPER_PREFIX = rf"[{HAN}]{{2,6}}(?:日报|晚报|早报|晨报|都市报|时报|商报|快报|导报|青年报|法治报)(?:[、\-－—·/／][{HAN}]{{1,6}}?)?"
ROLE_WORDS = (rf"(?:本报|本刊|本网|本台|晚报|日报|特约|新华社|{PAPER_PREFIX})?(?:首席|见习|实习|特约|融媒体?|全媒体)?(?:记者|通讯员|评论员)"
              r"|特约评论员|撰稿|实习生")
BYLINE_LINE = re.compile(
    rf"^[□■◆●◎○]\s*((?:{ROLE_WORDS})?)\s*({NAMES})?"
    rf"((?:\s*(?:{ROLE_WORDS})\s*{NAMES})*)(?:\s*文\s*[/／]\s*图)?\s*$"      # more roles: □ 本报记者 X 本报通讯员 Y; □X 文/图
)

# 2b. A byline line with no marker, roles and names only: 本报记者 高娃 通讯员 刘建军
# A bulleted byline naming the writer's body, then the writer (□ 某某县人民法院　包海燕): the
# name must be a person's (reflow and byline check its surname).
BYLINE_BODY = re.compile(rf"^[□■◆●◎○]\s*[{HAN}]{{2,16}}(?:法院|检察院|医院|学校|大学|学院|中学|小学|党校|研究院|研究所|律师事务所"
                         rf"|疾病预防控制中心|疾控中心|卫生院|妇幼保健院|司法局|公安局|派出所)"
                         rf"(?:[{HAN}]{{1,10}}(?:科|室|部|中心|庭|处|所|院|系))?"   # (□ 某某医院变态反应科 王莉: a department of it)
                         rf"[\s\u3000]+({NAME})\s*$"
                         # ... or the writer's post (□ 某某镇党委书记 李 鹏, □ 某村党支部书记 白永生: a 学习心得 column's signer)
                         rf"|^[□■◆●◎○]\s*[{HAN}]{{2,20}}(?:书记|主任|镇长|乡长|村长|局长|校长|院长|所长|站长|队长|教师|医生|民警|党员|干部|社区工作者)"
                         rf"[\s\u3000]+({NAME})\s*$")
BYLINE_PLAIN = re.compile(
    rf"^(?:(?:(?:{ROLE_WORDS})\s*{NAMES}\s*)+(?:文\s*[/／]\s*图)?|(?:本报|特约)?(?:特约)?评论员"   # …杜若飞 文/图
    rf"|(?:文|撰文|图文)\s*[/／:：]\s*{NAMES}"                 # 文/付秀宏: a writer's credit line
    rf"|{COMPILER_ROLE}{NAMES}"   # 整理　卢嘉欣, 制图　陈思远: who put a Q&A or a column together, who drew a box
    rf"|(?:读者|来信人|来信读者)\s*{NAME}"                       # 读者　马建军: a letter's signature
    rf"|(?:{ROLE_WORDS})[：:]\s*{NAMES}(?:[\s\u3000]+(?:{ROLE_WORDS})[：:]?\s*{NAMES})*"   # 记者：古丽扎尔·买买提 (a post's credit)
    rf"|(?:文\s*[/／]\s*图|图\s*[/／]\s*文)\s*[:：]?\s*(?:(?:(?:{ROLE_WORDS})\s*{NAMES}\s*)+|{NAMES}))$"   # 文/图 本报记者 刘洋 (通讯员 …)
)
LEADING_BULLET = re.compile(rf"^[{BULLETS}]\s*(?=\S)")

# 2c. Words and pictures credited apart on one line: 文/记者 范晓 图/记者 杜浩, 文/王平 摄影/李安.
SPLIT_CREDIT = re.compile(
    rf"^(?:文|撰文|文字)\s*[/／:：]\s*(?P<w>(?:(?:{ROLE_WORDS})\s*)?{NAMES})"
    rf"\s+(?:图|摄影|图片)\s*[/／:：]\s*(?P<p>(?:(?:{ROLE_WORDS})\s*)?{NAMES})$"
)
# A reporter's line run onto the end of the last paragraph: …多了三成。本报记者  林泉
TAIL_BYLINE = re.compile(rf"[。！？”]\s*(?:(?:{ROLE_WORDS})\s*{NAMES}\s*)+$")
# A credit in brackets on a line of its own, closing a piece: （记者 金晓晓）, （徐晓燕 施红梅）
# A credit for both the words and the pictures (文/图, 图/文).
WRITER_PHOTO = r"(?:文\s*[/／]\s*图|图\s*[/／]\s*文)"
# Who called or wrote in, bracketed after their words (（市民 李先生）, （读者 王女士）): the
# reader a hotline column quotes, never the piece's credit.
NOT_CREDITED = r"(?!\s*(?:热心)?(?:市民|读者|网友|居民|村民|群众|家长|游客|患者|听众|观众|消费者|车主|业主|来电人)|[^)）]{0,8}(?:先生|女士|某)\s*[)）])"
BRACKET_CREDIT = re.compile(rf"^[（(]{NOT_CREDITED}\s*(?:{ROLE_WORDS}|{WRITER_PHOTO}|整理\s*[：:]?)?\s*{NAME}(?:[\s、，,]+(?:{ROLE_WORDS})?\s*{NAME})*\s*[)）]$")
# 2c. An author's affiliation closing an opinion or theory piece: （作者系中共某某市委党校副教授）
AFFILIATION = re.compile(r"^[（(]\s*(?:作者|笔者)(?:分别|均)?(?:系|为|是|单位)")   # （作者分别系…）: two authors
# 2d. An expert's signature closing a piece they wrote or answered in: the name, then the
#     post in brackets (高明远（某某医院呼吸科副主任））.
NAMED_POST = re.compile(r"^([\u4e00-\u9fff·]{2,4})\s*[（(]([^（）()]{6,80})[）)]$")
# 2e. A section's number printed alone on its line (2, （三）) over the section's subhead:
#     no column leaves a number alone on a line.
SECTION_NUMBER = re.compile(r"^\s*(?:\d{1,2}|[（(][一二三四五六七八九十]{1,2}[）)])\s*$")

# 3. Photo credit on its own line: 李勇 摄, 本报记者 司敏 摄, 图/文 张三, 王五 摄影.
CREDIT_LINE = re.compile(
    rf"^(?:图[/／:：]\s*)?((?:(?:本报|新华社)?摄影记者|摄影|{ROLE_WORDS})?)\s*({SHOT_NAMES})"
    rf"(?:\s*(?:{ROLE_WORDS})\s*(?:{SHOT_NAMES}))*\s*[/／]?\s*(?:摄影?|供图)$"     # (记者 黎 鑫 通讯员 吴 凡 摄: two roles; 安志刚/摄)
)
# 3b. A body that provided the picture: 省建巷社区提供, 县委宣传部供图.
# The provider is a body (…社区, …宣传部, …中心) or 受访者/a person's name: 连续几天免费为
# 巡堤人员提供 is prose the column cut, not a credit.
_PROVIDER = (rf"[{HAN}A-Za-z0-9（）()·]{{0,16}}(?:省|市|县|区|旗|州|镇|乡|村|街道|社区|局|委|办|厅|院|校|所|站|队|处|科|部|"
             rf"中心|公司|集团|协会|学会|馆|会|社|台|团|组|厂|场|园|政府|单位|基地|医院|学校|企业)"
             rf"|受访者|采访对象|本报资料|资料")
# 供图 says it of itself, whoever gave the picture (哈尔滨冰雪大世界供图); 提供 needs a body.
_ANY_PROVIDER = rf"[{HAN}A-Za-z0-9（）()·]{{2,16}}[ \u3000]?供图"     # (平安区融媒体中心 供图: a space before it too)
PROVIDED_LINE = re.compile(rf"^((?:{_PROVIDER})[ \u3000]?(?:提供|供图)|{_ANY_PROVIDER})$")

# 4. A caption printed with its credit on one line: …义诊服务。省建巷社区提供 /
#    …的种子。本报通讯员 孙泰雁 摄. Group 1 is the caption, group 2 the credit.
CAPTION_WITH_CREDIT = re.compile(
    rf"^(.*[{TERMINAL}][{CLOSERS}]?)\s*[（(]?("
    rf"(?:(?:(?:本报|新华社)?摄影记者|{ROLE_WORDS})?\s*{SHOT_NAMES}\s*[/／]?\s*(?:摄影?|供图))"
    rf"|(?:(?:{_PROVIDER})(?:提供|供图))|(?:{_ANY_PROVIDER})"
    rf"|(?:图\s*[/／:：]\s*{NAMES})"                      # …飞防作业。 图/胡晓东
    rf")(?<=\S)(?:(?<=摄)[)）]|(?<=摄影)[)）]|(?<=供图)[)）])?\s*$"     # …“致富藕”。（谭志强 摄）, （通讯员 李开鹏 供图）: in brackets
)
_PICTURE_BY_END = re.compile(rf"图\s*[/／:：]\s*[{HAN}·]{{2,12}}$")

# 5. Jump lines (转版): （上接第一版） opens a continued piece, （下转第3版） closes one.
JUMP_FROM = re.compile(rf"^\s*[（(]\s*(?:上接|接上|紧接)\s*(?:第\s*)?({DIGITS}{{1,3}}|[A-Z]\d{{0,2}})\s*版\s*[)）]\s*")
JUMP_TO = re.compile(rf"\s*[（(]\s*(?:下转|转|续)\s*(?:第\s*)?({DIGITS}{{1,3}}|[A-Z]\d{{0,2}})\s*版\s*[)）]\s*$")

# 5b. A date written in Chinese numerals, as a notice signs it: 二〇二三年十二月四日.
CN_DATE = r"[〇零一二][〇零一二三四五六七八九]{3}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"

# 6. Notice headings (公告类): 注销公告, 招聘启事, 遗失声明, 征地公示 …
NOTICE_TITLE = re.compile(rf"^(?!特此)(?:[{HAN}（）()“”‘’《》·]{{0,16}}|(?![{HAN}]*(?:发布|召开|举行|印发|出台|宣布|张贴))[{HAN}]{{8,26}}(?=公示|公告|启事)|[{HAN}（）()“”‘’《》·]{{0,16}}(?:19|20)\d{{2}}年?度?[{HAN}（）()“”‘’《》·]{{2,24}}|[{HAN}（）()]{{0,20}}关于[{HAN}（）()“”‘’《》·、0-9A-Za-z\-－]{{2,40}}的[{HAN}]{{0,4}})"
                          r"(?:公告|启事|通告|声明|公示|告知书|讣告|通知|招生简章|招聘简章)$"
                          r"|^(?:便民信息|便民服务|便民提示|服务信息|服务热线|停电预告|停水预告|停电通知|停水通知|停气通知)$"
                          # a police bulletin, signed and dated as a notice is: 警情通报, 某某公安局警情通报
                          rf"|^[{HAN}]{{0,12}}(?:警情通报|警方通报)$"
                          # a notice of service works: 秦州区部分区域停气通知
                          rf"|^[{HAN}（）()0-9]{{2,24}}(?:停电|停水|停气|停暖|封路|交通管制)(?:通知|公告|预告)$"
                          # a people's congress's or a government's list of appointments: 通化市人民代表大会常务委员会任免名单
                          rf"|^[{HAN}（）()]{{2,30}}(?:任免|任职|人事任免)名单$")
# The formula that closes a notice's text: after it, signature lines stand one a line.
NOTICE_CLOSE = re.compile(r"^(特此(?:公告|声明|通知|公示|通告)|此告)[。！]?$")
# ... or closing the notice's last sentence (…遗失财务专用章一枚，特此声明作废。)
NOTICE_CLOSE_END = re.compile(r"[，,]\s*特此(?:公告|声明|通知|公示|通告)(?:作废|无效)?[。！]?$")


def closes_notice(text: str) -> bool:
    """A notice's closing formula, alone (特此公告。) or ending its last sentence."""
    return bool(NOTICE_CLOSE.match(text) or NOTICE_CLOSE_END.search(text))


def weather_head(text: str) -> bool:
    """A weather box's title or one of its panels' labels (今日天气, 生活指数, 旅游指数)."""
    return bool(WEATHER_HEAD.match(text) or WEATHER_PANEL.match(text))

# 6b. Contact lines of notices and service items: 联系人：…, 咨询电话：…
CONTACT_LINE = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:联系人|联系电话|咨询电话|服务电话|监督电话|举报电话|电\s*话|地\s*址|邮\s*箱|"
                          r"电子邮箱|传\s*真|邮\s*编|网\s*址)\s*[:：]"
                          # a service listing: a short label and a phone number (供电服务热线：95598)
                          # (after a list's bullet, a number in the label: ■绵阳市12345政务服务便民热线：12345)
                          # (several on one line, a body's name before its number: 服务热线：市政务服务中心 0411-…　市公交公司 …)
                          # (after a box entry's tag too: 【热线】供水服务热线：0757-22211234 政务服务热线：12345)
                          rf"|^(?:[■□◆●◎○•▪]|【[{HAN}]{{1,4}}】)?\s*[{HAN}（）()·][{HAN}（）()·0-9]{{1,20}}\s*[:：]\s*(?:(?:[{HAN}]{{2,14}}[\s\u3000]*)?"
                          rf"[\d(（][\d\-－—()（）\s/、转]{{2,30}}[Xx×*]*[\s\u3000]*(?:[{HAN}（）()·][{HAN}（）()·0-9]{{1,20}}\s*[:：]\s*)?)+$")

# 7. The weather box: 今日天气, 明日天气, 天气预报, 生活指数预报.
WEATHER_HEAD = re.compile(
    # (…新气象, 抢抓好天气: a headline's figure of speech, no forecast)
    rf"^(?:[{HAN}]{{0,6}})(?<![新好])(?:天气预报|天气|指数预报|气象)$|^(?:今日|明日|今天|明天|后天)天气"
    r"|^(?:生活|气象|健康)指数(?:预报)?$|^空气质量(?:预报|指数)?$"   # a weather box's panels
)

# ... and inside a box, any index panel's label alone on its line (旅游指数, 钓鱼指数).
# A day's temperatures in a forecast (12～21℃, -3℃～5℃, 20℃/34℃).
TEMPERATURE_RANGE = r"[-－]?\d{1,2}\s*℃?\s*[～~至到/—-]\s*[-－]?\d{1,2}\s*℃"
WEATHER_PANEL = re.compile(rf"^[{HAN}]{{1,4}}指数$|^(?:高温|暴雨|寒潮|大风|大雾|雷电|冰雹|道路结冰|霜冻|沙尘暴?)预警$"
                           r"|^(?:出行|生活|健康|穿衣|交通)提示$")     # 高温预警, 出行提示: a box's warning and advice

# 7b. A reading in a weather box: 多云转晴, 北风2～3级, 气温：14℃～19℃, 紫外线强度为2级.
WEATHER_DATA = re.compile(
    # a forecast's own lines: 今天：晴…, 市气象台昨日16时发布：, 空气质量：轻度污染
    r"^(?:今天|明天|后天|今日|明日|今晚|今夜|夜间|白天|未来三天)(?:天气)?\s*[：:]|^.{0,8}气象台.{0,12}发布[：:]?|^空气质量(?:\s*[：:]|[\s\u3000]+[优良轻中重严])"
    rf"|^[{HAN}]{{1,4}}指数\s*[：:]"   # 旅游指数：较适宜…, 钓鱼指数：…: any index of a box's panel
    r"|^(?=.{1,30}$)(?:.*(?:[0-9０-９]\s*[～~\-－至到]\s*[0-9０-９]*\s*(?:℃|级)|℃|[东南西北]+风|[静微]风|"
    r"(?:紫外线|穿衣|晨练|感冒|洗车|晾晒|空气质量|相对湿度|能见度|AQI|PM2\.5|首要污染物|白天|夜间|气温|风力|降水).{0,8}(?:指数|强度|为|：|:))"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*日\s*[（(]?(?:星期|周)[一二三四五六日天][)）]?$"
    r"|.{0,8}?(?:晴|阴|多云|小雨|中雨|大雨|暴雨|阵雨|雷阵雨|雨夹雪|小雪|中雪|大雪|雾|霾)"
    r"(?:天|转|间|有|到|，|,|$).{0,12}$)"
)

# 7c. The attribution after a closing quote: “……。” 村民邹光明说。 (same paragraph)
ATTRIBUTION = re.compile(r"^[^，。“”\s]{1,24}?(?:说|表示|介绍|说道|笑着说|告诉记者|对记者说)[。！]")

# 8. Trailing author credit closing a piece: …奠定了坚实基础。(周伟才)
TRAILING_AUTHOR = re.compile(rf"(?<=[{TERMINAL}{CLOSERS}])\s*[（(]{NOT_CREDITED}\s*({NAMES})\s*[)）]\s*$")
# …and the same with the role printed: （记者 张三） (本报记者 李四 通讯员 王五)
# … a paper's own staff named with the paper (江门日报记者 X, 全媒体记者 Y)
_STAFF = rf"(?:本报|{PAPER_PREFIX})?(?:全媒体|融媒体|首席|见习|实习)?(?:记者|通讯员)"
TRAILING_BYLINE = re.compile(
    rf"(?<=[{TERMINAL}{CLOSERS}])\s*[（(]\s*({_STAFF}\s*{NAMES}"
    rf"(?:\s*{_STAFF}\s*{NAMES})*)\s*[)）]\s*$"
)

# A line that ends a sentence: terminal mark, optionally followed by closing quotes or
# brackets, by a trailing author credit in brackets, or by a photo credit.
_ENDS_SENTENCE = re.compile(
    rf"(?:[{TERMINAL}][{CLOSERS}]*"
    rf"|(?:\.{{3,}}|。{{3,}})[{CLOSERS}]*"                   # ...... : an ellipsis a converter spelled with dots
    rf"|(?<=[{HAN}{CLOSERS}])\.[{CLOSERS}]*"                 # …下降约2元. : a full stop a converter spelled in ASCII
    rf"|[{TERMINAL}][{CLOSERS}]*\s*[（(][^（()）]{{1,30}}[)）]"   # not 直播间”（新春走基层）: a title's tag
    rf"|[{TERMINAL}][{CLOSERS}]?\s*(?:(?:本报)?(?:记者|通讯员)?\s*{NAMES}\s*摄影?|[{HAN}]{{2,20}}提供)"
    rf")\s*$"
)


@lru_cache(maxsize=LINE_CACHE)
def ends_sentence(text: str) -> bool:
    """True when a printed line ends where a sentence may end (。！？ …)."""
    return bool(_ENDS_SENTENCE.search(text[-64:]))


def is_dispatch(text: str) -> bool:
    """A line that opens a news item: a dispatch (本报讯 …) or a credit lede (记者X报道：)."""
    return bool(DISPATCH.match(text) or CREDIT_LEDE.match(text))


# 3d. A cartoon's or drawing's credit: 程志远 作, 漫画：李响 绘 (its author, no photographer).
DRAWN_BY = re.compile(rf"^(?:(?:漫画|插图|绘图)\s*[/／:：]\s*)?({NAMES})\s+[作绘]$")

# 3c. 图/孟繁宇: the picture's author after 图/
PICTURE_BY = re.compile(rf"^图\s*[/／:：]\s*({NAMES})$")


_CREDIT_ENDS = ("摄", "摄影", "提供", "供图")


@lru_cache(maxsize=LINE_CACHE)
def is_credit_line(text: str) -> bool:
    """A stand-alone picture credit: ``李勇 摄``, ``图/孟繁宇`` or ``省建巷社区提供`` — or a
    photographer's credit in brackets under a caption (``（记者 何 韵 摄）``)."""
    if len(text) > 40:
        return False
    if text[:1] in "（(" and text.endswith(("摄）", "摄)", "摄影）", "摄影)", "供图）", "供图)")):
        text = text[1:-1].strip()
    if text.endswith(_CREDIT_ENDS):
        return bool(CREDIT_LINE.match(text) or PROVIDED_LINE.match(text))
    if text.endswith(("作", "绘")):
        return bool(DRAWN_BY.match(text))
    return text.startswith("图") and bool(PICTURE_BY.match(text))


@lru_cache(maxsize=LINE_CACHE)
def caption_with_credit(text: str) -> re.Match[str] | None:
    """:data:`CAPTION_WITH_CREDIT`, with the cheap test first: it must end in a credit."""
    t = text.rstrip()
    if t.endswith(("）", ")")) and t[:-1].endswith(("摄", "供图")):
        t = t[:-1]
    if not t.endswith(_CREDIT_ENDS) and not _PICTURE_BY_END.search(t):
        return None
    return CAPTION_WITH_CREDIT.match(text)


def page_number(raw: str) -> str:
    """``一`` → ``第一版``; the page number is kept as printed (一 or 1)."""
    return f"第{raw.strip()}版"


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


def han_pairs(text: str) -> set[str]:
    """The pairs of adjacent hanzi in ``text`` (lexical cohesion, as TextTiling counts it)."""
    return {run[i:i + 2] for run in _HAN_RUN.findall(text) for i in range(len(run) - 1)}
