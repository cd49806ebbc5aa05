"""Recognise the 电头/消息头 (dateline) that opens a news article, and read its source, place, date and reporters.

A dateline is a formula: ``[据] SOURCE [PLACE] [DATE] 电|讯|消息 [(ROLE NAMES …)]``, with a few house styles that do
not fit it (中央社 puts the reporter before the place; Hong Kong papers wrap the source in 【】). The patterns below
encode those conventions one per constant; :func:`match_dateline` tries them in a fixed order and reads the credit
bracket that may follow. Everything tolerates the noise extractors leave in this spot: a stray space or line break
anywhere, ASCII brackets and colons, and Tesseract's 〈 for （.

The end offset returned never covers the whitespace after the dateline, so ``text[:end]`` is the dateline as printed
and ``text[end:]`` the body with its leading space, if any, still in place.
"""

from __future__ import annotations

from dataclasses import replace

import regex

from .chardata import CLAUSE_BREAKS, OCR_ONES
from .model import Dateline

__all__ = [
    "DATE",
    "DATELINE",
    "PARTIAL_DATELINE",
    "cut_after_place",
    "looks_like_dateline_start",
    "match_dateline",
    "parse_reporters",
    "surnamed",
]

# --- characters ------------------------------------------------------------------------------------------------

# Extractors print the credit bracket as full-width, ASCII, or (Tesseract) as the angle/tortoise-shell brackets it
# confuses with （）; pairing is not checked because OCR often reads the two halves differently ("〈 记者X )").
_OPEN = r"[（(〈《〔［\[【〖]"
_CLOSE = r"[）)〉〕］\]】〗]"
# Digits are ASCII or full-width ("３月２５日" is printed that way by 新华网 and must come back unchanged).
_DIGIT = r"[0-9０-９]"
# Chinese-numeral dates ("五月十二日") are 中新社 house style.
_CNUM = r"[一二三四五六七八九十〇零廿卅]"
# Characters that cannot be part of the place: those of the suffix after it (专 of 专电/專訊, 综 of 综合消息, 最 of
# 最新消息) and the 记者 that starts a byline (新华社记者…), so the place never eats the formula. 日 stays allowed
# (日内瓦, 日照): the place is matched shortest first, so it never reaches into the date.
_NOT_PLACE = "记記者电電讯訊社专專综綜最"
# With no date after it, a place has nothing to anchor it, so the function words, verbs and adverbs that open
# ordinary sentences ("据新华社报道，…", "新华社发布消息，…", "本报获悉…") are excluded as well, and so are 日月年,
# which without a date can only belong to words like 今日, 本月.
_NOT_BARE_PLACE = (
    "日月年的了是在说說称稱报報道将將把被对對为為这這那已发發布播据據透露获獲悉得到给給让讓並并也就还還又再今昨近"
)
_PLACE_CHAR = rf"[^\P{{Han}}{_NOT_PLACE}]"
_BARE_PLACE_CHAR = rf"[^\P{{Han}}{_NOT_PLACE}{_NOT_BARE_PLACE}]"


def _spaced(word: str) -> str:
    """A literal that may have stray spaces (or a line break) between its characters, as OCR leaves them."""
    return r"\s*".join(regex.escape(ch) for ch in word)


def _alternation(words: tuple[str, ...]) -> str:
    # Longest first so 香港文匯報 wins over 文匯報 and 本报记者 over 记者.
    return "|".join(_spaced(w) for w in sorted(words, key=len, reverse=True))


# --- dates -----------------------------------------------------------------------------------------------------

# A date as printed in a dateline: "4月10日", "10日", "2019年12月31日", "五月十二日", with stray spaces even inside
# a number ("3月2 5日" from a line broken mid-number). The day must end in 日: "4 月" alone is not a date.
_NUM = rf"{_DIGIT}(?:\s*{_DIGIT})?"
# The 1 of a month or a day as an OCR engine reads it (本报北京]月8日电, 新华网巴格达4月工日电): inside a
# dateline's formula no other reading makes sense. The dateline's date field reads it as 1.
_OCR_ONE = f"[{regex.escape(OCR_ONES)}]"
# (alone right before 月 or 日, or after a digit: 南京化工3月5日 keeps its 工)
_DAY_NUM = rf"(?:{_DIGIT}(?:\s*(?:{_DIGIT}|{_OCR_ONE}))?|{_OCR_ONE}(?=\s*[月日]))"
_YEAR = rf"(?:{_DIGIT}(?:\s*{_DIGIT}){{3}}|[一二三四五六七八九〇零]{{4}})\s*年\s*"


def _date_pattern(num: str) -> str:
    return rf"(?:{_YEAR})?(?:(?:{num}\s*月\s*)?{num}|(?:{_CNUM}{{1,3}}\s*月\s*)?{_CNUM}{{1,3}})\s*日"


DATE = _date_pattern(_DAY_NUM)
# The same as printed, without the misread 1s: for a date read outside the formula, where a rule the OCR read as |
# or ] before 日前 makes no date (本报讯（记者 王刚）|日前，…).
_PRINTED_DATE = _date_pattern(_NUM)
# A date that stops at a line end before its 日 ("新华网联合国３月２５" + "日电…" on the next line).
_PARTIAL_DATE = rf"(?:{_YEAR})?{_NUM}(?:\s*月(?:\s*{_NUM}(?:\s*[日号])?)?)?"

# --- sources ---------------------------------------------------------------------------------------------------

# A paper's desk named before 讯 (体育部, 娛樂組, 新闻中心): who sent the news, not where from. (Not a region or a
# county, 西部, 中部, 西南部, 南部县's 南部, 迭部, nor 市中心: a desk's name is a field of two characters.)
_DESK_END = regex.compile(
    r"^(?:(?![东西南北中東]{2})\p{Han}{2}(?:部|组|組)|\p{Han}{0,4}(?:新闻|新聞|采访|採訪|融媒体|融媒體)中心)$"
)
# The house desk of a newsletter, a station, a school, a church or an association (本刊讯, 本台讯, 本校讯,
# 【本堂訊】, 本会讯): like 本报讯, but only alone, with no place or date after it (本会讯 is this body's own news;
# 本校讯息…, 本台记者… are sentences about it).
HOUSE_DESKS: tuple[str, ...] = tuple("本" + c for c in "刊台臺校堂会會院社站团團所")
# Agencies and papers whose name is printed as is; 本报/本報 ("this paper") is the commonest of all.
KNOWN_SOURCES: tuple[str, ...] = (
    "本报", "本報", "本网", "本網",
    "新华社", "新華社", "新华网", "新華網", "中新社", "中新网", "中新網", "中国新闻社", "中國新聞社",
    "人民网", "人民網", "央视网", "央視網", "央视新闻", "央視新聞", "中广网", "中廣網", "国际在线", "國際在線",
    "中央社", "明報", "明报", "大公報", "大公报", "香港文匯報", "香港文汇报", "文匯報", "文汇报",
    "香港商報", "星島日報", "東方日報", "經濟日報", "聯合報", "自由時報", "中國時報",
    *HOUSE_DESKS,
)  # fmt: skip
_KNOWN = _alternation(KNOWN_SOURCES)
# Any other paper or site: a short name ending in what papers and sites are called (…晚报, …网, …台). Only
# accepted directly before 讯, or before a date, so that an ordinary sentence cannot pass for one.
_GENERIC = r"\p{Han}{1,8}?(?:日报|日報|晚报|晚報|晨报|晨報|时报|時報|商报|商報|报|報|网|網|社|台|在线|在線)"

# What ends the formula: 电 for agency wires and 本报X地电, 讯 for local news, 消息/信息 for websites and
# 综合消息 for a roundup from several sources (本报综合消息), 最新消息 for breaking news on sites.
# 讯 is followed by 息/号/问 only in ordinary words (讯息, 讯号, 讯问), never in a dateline, nor by 员 (本报通讯员 is a
# role: 本报通讯员 某某 摄 credits a photo).
_SUFFIX = (
    r"专\s*电|專\s*電|专\s*讯|專\s*訊|电|電|(?:讯|訊)(?!\s*[息号號问問录錄])(?![员員])"
    r"|(?:综\s*合|綜\s*合|最\s*新)?\s*消\s*息|信\s*息"
)
# A paper or site not in KNOWN_SOURCES needs a date before its 电; undated, only these end its formula
# (包头晚报讯, 温州网讯, 国际在线消息), because "…台电", "…网电" open ordinary sentences (做台电外包…).
_UNDATED_GENERIC_SUFFIXES = frozenset(("讯", "訊", "专讯", "專訊", "消息", "综合消息", "綜合消息", "最新消息"))
# Without a date to anchor it, 电/消息 may just begin an ordinary word (新华社电视…, 央视网消息人士…).
_WORD_AFTER_SUFFIX: dict[str, str] = {
    "电": "话视影脑子力网台站厂池梯器费缆商动邮报讯源压量流路线车气机灯文码磁波",
    "電": "話視影腦子力網台臺站廠池梯器費纜商動郵報訊源壓量流路線車氣機燈文碼磁波",
    "消息": "人称稱说說指显顯传傳",  # also after 综合消息, 最新消息
    "信息": "化技产量",
}

# A paper's local desk puts its place between the paper's name and 讯 (某某晚报江州讯, 某某都市报临海讯): taken
# undated only after a paper's name (below) and before 讯, and never when the place's last character makes a word
# with 讯 (通讯, 资讯, 喜讯, 快讯…), which ordinary sentences are full of.
_DESK_SUFFIXES = frozenset(("讯", "訊", "专讯", "專訊"))
# ...and only a name that says what kind of paper it is (举报, 情报 end in 报 too): 某某晚报, 某某都市報.
_PAPER_NAME = regex.compile(
    r"\p{Han}(?:日|晚|晨|早|时|時|商|都市|青年|法制|經濟|经济|工人|农民|農民|科技|體育|体育|新闻|新聞|导|導)[报報]$"
)
_WORD_BEFORE_XUN = "通资資喜简簡快传傳审審电電音短死捷闻聞问問刑侦偵提警"

# The main convention: [据] SOURCE [PLACE] [DATE] SUFFIX, optionally wrapped in 【】 (Hong Kong papers:
# 【明報專訊】, 【大公報訊】). A place without a date is only taken after a known source (本报东莞讯, 本报北京电).
DATELINE = regex.compile(
    rf"""
    # (a brief's bullet before it, as a column of briefs marks each: ■本报讯 11月3日，…)
    (?P<lead>\s*(?:[■●◆▲]\s*(?=\S{{0,8}}[讯訊电電]))?)
    (?:(?P<wrap>[【〖\[［])\s*)?
    # a site reprinting a paper's story names itself first (北岸网-北岸日报讯): the source is the paper
    (?:\p{{Han}}{{1,6}}?(?:网|網|在线|在線)\s*[-－—–]\s*)?
    (?:[据據]\s*)?
    # a paper and its own site credited together (江州晚报、江州网讯): the formula is the one named last
    (?:\p{{Han}}{{1,8}}?(?:日报|日報|晚报|晚報|晨报|晨報|时报|時報|都市报|都市報)\s*、\s*(?=\p{{Han}}{{1,8}}?(?:网|網)\s*(?:讯|訊)))?
    (?:
        (?P<src>{_KNOWN})
        (?:\s*(?P<place>{_PLACE_CHAR}(?:\s*{_PLACE_CHAR}){{0,9}}?)?\s*(?P<date>{DATE})
          |\s*(?P<bare_place>{_BARE_PLACE_CHAR}(?:\s*{_BARE_PLACE_CHAR}){{0,4}}?))?
      |
        (?P<gsrc>{_GENERIC})
        (?:\s*(?P<gplace>{_PLACE_CHAR}(?:\s*{_PLACE_CHAR}){{0,9}}?)?\s*(?P<gdate>{DATE})
          |\s*(?P<gbare>{_BARE_PLACE_CHAR}(?:\s*{_BARE_PLACE_CHAR}){{1,3}}?))?
    )
    \s*(?P<suffix>{_SUFFIX})
    (?(wrap)\s*[】〗\]］])
    """,
    regex.VERBOSE,
)

# 中央社 (CNA) puts the reporters before the place and usually wraps the whole formula:
# （中央社記者王小明台北5日電）, 【中央社記者王小明、李大同台北5日電】, or bare 中央社記者王小明台北5日電.
# The names and the place run together; they are told apart in _split_cna_names.
CNA = regex.compile(
    rf"""
    (?P<lead>\s*)
    (?:(?P<wrap>{_OPEN})\s*)?
    (?P<src>{_spaced("中央社")})\s*
    (?:(?:記者|记者)\s*(?P<names>\p{{Han}}(?:[\s、，,]*\p{{Han}}){{1,30}}?)
      |(?P<place>\p{{Han}}(?:\s*\p{{Han}}){{0,9}}?))
    \s*(?P<date>{DATE})\s*
    (?P<suffix>專\s*電|专\s*电|電|电|綜合外電報導|综合外电报道)
    (?(wrap)\s*{_CLOSE})
    """,
    regex.VERBOSE,
)

# News sites and papers' web desks put the date first and say 报道: 中新网3月27日北京报道（记者 X）, 某某财经3月27日
# 上海报道（记者 X）. Any short name may stand as the source, so the reporters' bracket must follow, the text
# must go straight on after it (a citation goes on with a comma: 据某社3月27日报道（记者 X），…), and the name
# holds none of the function words and verbs that open ordinary sentences (会议于…, 他们在…).
_REPORT_SOURCE_CHAR = rf"[^\P{{Han}}{_NOT_PLACE}{_NOT_BARE_PLACE}于於]"
REPORT = regex.compile(
    rf"""
    (?P<lead>\s*)
    (?P<src>{_REPORT_SOURCE_CHAR}(?:\s*{_REPORT_SOURCE_CHAR}){{1,7}}?)
    \s*(?P<date>{DATE})\s*
    (?P<place>{_PLACE_CHAR}(?:\s*{_PLACE_CHAR}){{0,5}}?)?
    \s*(?P<suffix>报\s*道|報\s*道|報\s*導)
    """,
    regex.VERBOSE,
)

# The credit bracket right after the formula: （记者 X 通讯员 Y）, (X), 〈 记者X ). Short, one level, no sentence
# end inside; a colon may sit on either side of it (新华网…信息：(记者X), （记者X）：…).
CREDIT_BRACKET = regex.compile(
    rf"\s*(?P<lead_colon>[:：])?\s*(?P<bracket>{_OPEN}[^（()）〈〉〔〕［］\[\]【】。！？]{{1,60}}?{_CLOSE})(?:\s*(?P<colon>[:：]))?"
)
# A colon closing a formula that has no bracket (本网最新消息：…).
TRAILING_COLON = regex.compile(r"\s*[:：]")

# --- reporters -------------------------------------------------------------------------------------------------

# Role words that precede (sometimes follow) the names in a credit; they are separators, never names.
ROLES: tuple[str, ...] = (
    "本报特约记者", "本报见习记者", "本报实习生", "本报通讯员", "本报记者", "融媒体记者", "全媒体记者", "新媒体记者",
    "首席记者", "特约记者", "特派记者", "见习记者", "实习记者", "摄影记者", "驻站记者", "特约通讯员", "记者站",
    # (a campus or a children's paper's own reporters: 学生记者, 校园记者, 小记者)
    "学生记者", "校园记者", "小记者",
    "通讯员", "实习生", "见习生", "记者",
    "本報特約記者", "本報記者", "融媒體記者", "全媒體記者", "首席記者", "特約記者", "特派記者", "見習記者",
    "實習記者", "攝影記者", "學生記者", "校園記者", "小記者", "記者站", "通訊員", "實習生", "記者",
)  # fmt: skip
_ROLE = rf"(?:{_alternation(ROLES)}|驻\p{{Han}}{{1,4}}?记者|駐\p{{Han}}{{1,4}}?記者)"
# Credit words that come after the names (…文/图, …摄, …报道) and are not part of any name.
_CREDIT_TAIL = r"(?:[文图圖]\s*[/／]\s*[文图圖]|综合报道|綜合報導|报道|報道|報導|摄影|攝影|编译|編譯|整理|采写|採寫)"
_NAME_SEPARATOR = rf"(?:{_ROLE}|{_CREDIT_TAIL}|[\s、，,;；/／:：·]+)"
# A name glued to the paper or station it works for (海峡都市报记者X, 梧州电台X): drop the organisation.
_ORG_PREFIX = regex.compile(r"^\p{Han}{2,8}?(?:电视台|電視台|电台|電台|日报|日報|晚报|晚報|报|報|网|網|在线|在線)")

# Common Chinese surnames (simplified and traditional). Used to split names printed without a separator
# (记者周丹钰王刚) and to accept a bracket without any role word as a credit only when it reads as names.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温"
    "康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成"
    "苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费"
    "卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠"
    "荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿狄平"
    "计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈"
    "湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由洪贝阎"
    "來儲劉勞區厲叢吳呂喬單嚴堯塗婁孫宮寧嶽帥師張強應戰時晉楊榮樂樓樸權欒歐況湯溫滿烏畢盤盧竇範簡紀練繆羅聞聶"
    "荊莊華萬葉蓋蔣藍藺蘆蘇蘭衛計許談諶諸謝譚豐費賀賈賓趙車農連遊遲邊鄒鄔鄧鄭鄺銀錢鍾鐘門閆閉閔闕關闞陰陳陸陽雲"
    "鞏韋韓項顏顧饒馬馮駱魯鮑鮮麥黃黨齊龍龐龔蕭貝閻"
)
COMPOUND_SURNAMES = frozenset(
    (
        "欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫", "令狐", "慕容", "公孙", "公孫",
        "夏侯", "尉迟", "尉遲", "长孙", "長孫", "宇文", "司徒", "端木", "西门", "西門", "南宫", "南宮", "独孤", "獨孤",
        "澹台", "澹臺", "轩辕", "軒轅", "呼延", "申屠",
    )
)  # fmt: skip
# Places 中央社 datelines name after the reporter; any other place is split off by length (names are mostly 3).
# Longest first so 胡志明市 is tried before a shorter place it ends with.
CNA_PLACES: tuple[str, ...] = tuple(
    sorted(
        (
            "台北", "臺北", "新北", "桃園", "台中", "臺中", "台南", "臺南", "高雄", "基隆", "新竹", "嘉義", "苗栗",
            "彰化", "南投", "雲林", "屏東", "宜蘭", "花蓮", "台東", "臺東", "澎湖", "金門", "馬祖", "香港", "澳門",
            "北京", "上海", "廣州", "深圳", "東京", "大阪", "首爾", "華盛頓", "紐約", "洛杉磯", "舊金山", "芝加哥",
            "休士頓", "波士頓", "西雅圖", "倫敦", "巴黎", "柏林", "布魯塞爾", "日內瓦", "莫斯科", "新德里", "曼谷",
            "河內", "胡志明市", "馬尼拉", "雅加達", "吉隆坡", "新加坡", "雪梨", "墨爾本", "坎培拉", "多倫多", "溫哥華",
            "渥太華", "耶路撒冷", "開羅", "杜拜", "羅馬", "維也納", "馬德里",
        ),
        key=len,
        reverse=True,
    )
)  # fmt: skip

# Names printed without any role word are only believed when they look like names: 2–4 characters each.
_MIN_NAME, _MAX_NAME = 2, 4
# Longest run of glued name characters worth splitting; longer runs are not a credit.
_MAX_GLUED = 16

# An unbracketed credit after the formula: 本报讯 记者 王五 报道 / 【大公報訊】記者王五報道：, or several roles each
# with its names (金羊网讯 记者张三、通讯员李四报道：, 南方日报讯 记者/张三 通讯员/李四 昨日…). Several names need
# the closing 报道, or whitespace after the last where each role names one; a single name is enough when
# whitespace ends it (本报讯 记者 王五 昨天…).
_ROLE_NAMES = rf"{_ROLE}\s*[:：/／]?\s*\p{{Han}}{{2,4}}"
UNBRACKETED_CREDIT = regex.compile(
    rf"""
    \s*(?P<role>{_ROLE})\s*[:：/／]?\s*
    (?:
        (?P<names>\p{{Han}}{{2,4}}(?:\s*[、，,\s]\s*(?:{_ROLE}\s*[:：/／]?\s*)?\p{{Han}}{{2,4}}){{0,5}})
        \s*(?:报道|報道|報導)(?:\s*[:：])?
      | (?P<names>\p{{Han}}{{2,4}}(?:\s*[、，,]?\s*{_ROLE_NAMES}){{1,4}})(?=\s)
      | (?P<name>\p{{Han}}{{2,4}})(?=\s)
    )
    """,
    regex.VERBOSE,
)
# A date printed right after the credit (本报讯（记者 X） 4月10日，…): annotators take it as the dateline's date.
FOLLOWING_DATE = regex.compile(rf"\s*(?P<date>{_PRINTED_DATE})")

# A line that a break cuts inside the date (新华网联合国３月２５ | 日电（…）) or before its 电 (本报上海2月13日 |
# 电（…）): a known source, a place and the start of a date, then nothing. Only known sources, since "XX网3月"
# alone says too little.
PARTIAL_DATELINE = regex.compile(
    rf"\s*(?:[【〖\[［]\s*)?(?:[据據]\s*)?(?:{_KNOWN})\s*(?:{_PLACE_CHAR}(?:\s*{_PLACE_CHAR}){{0,9}}?)?\s*{_PARTIAL_DATE}\s*$"
)

# A line that a break cuts inside the word that ends the formula, after a whole date (某某时报8月6日信 | 息：…,
# 本报3月2日综合消 | 息): a source and a date say enough here for a paper of any name.
PARTIAL_SUFFIX = regex.compile(
    rf"\s*(?:[【〖\[［]\s*)?(?:[据據]\s*)?(?:(?:{_KNOWN})\s*(?:{_PLACE_CHAR}(?:\s*{_PLACE_CHAR}){{0,9}}?)?"
    rf"\s*{DATE}\s*(?:(?:综\s*合|綜\s*合|最\s*新)(?:\s*消)?|信|消|专|專|综|綜|最)"
    # (any other paper or site only before 信息 or 消息: 最…, 专…, 综… begin ordinary words after a date too,
    # 记者从市气象台3月2日最新发布…)
    rf"|(?:{_GENERIC})\s*(?:{_PLACE_CHAR}(?:\s*{_PLACE_CHAR}){{0,9}}?)?\s*{DATE}\s*[信消])\s*$"
)

# A line that a break cuts inside a formula in brackets, after the agency's reporter (（中央社記者某某聖瑪琳16日 |
# 專電）): the agency and its reporter say enough.
PARTIAL_BRACKETED = regex.compile(rf"\s*[（(]\s*(?!本报|本報)(?:{_KNOWN})\s*(?:記者|记者)[^（）()，。；]{{2,20}}$")

_WS = regex.compile(r"\s+")


def _squash(s: str) -> str:
    return _WS.sub("", s)


def surnamed(name: str) -> bool:
    """Whether a name opens on a surname (王某, 欧阳某某)."""
    return name[0] in SURNAMES or name[:2] in COMPOUND_SURNAMES


def _name_score(segment: str) -> float:
    """How much a run of characters reads as one name: a surname start dominates, then the usual lengths."""
    if len(segment) >= 3 and segment[:2] in COMPOUND_SURNAMES:
        return 5.0  # 欧阳文华 is one name even though 文 could start another
    length_bonus = {2: 0.3, 3: 0.5}.get(len(segment), 0.0)
    return (2.0 if segment[0] in SURNAMES else 0.0) + length_bonus


def _split_glued(run: str) -> list[str]:
    """Split names printed without a separator (周丹钰王刚 → 周丹钰, 王刚) by the best surname-led segmentation."""
    n = len(run)
    if n <= 3:
        return [run]
    if n > _MAX_GLUED:
        return []
    # best[i]: the best (score, names) for run[:i]; names are 2–3 characters, 4 only with a compound surname
    # or when the whole run is one name.
    best: dict[int, tuple[float, list[str]]] = {0: (0.0, [])}
    for i in range(n):
        if i not in best:
            continue
        score, parts = best[i]
        for j in range(i + 2, min(i + 4, n) + 1):
            seg = run[i:j]
            if len(seg) == 4 and seg[:2] not in COMPOUND_SURNAMES and n > 4:
                continue
            cand = (score + _name_score(seg), [*parts, seg])
            if j not in best or cand[0] > best[j][0]:
                best[j] = cand
    return best[n][1] if n in best else []


_DOT_KEPT = "\ue000"  # (a private-use character: a middle dot inside a name, kept through the split on separators)
_DOTTED_RUN = regex.compile(r"\p{Han}+(?:\s*[·・•]\s*\p{Han}+)+")
_ROLE_BEFORE = regex.compile(rf"^(?:{_ROLE})")


def _kept_dots(m: regex.Match[str]) -> str:
    """The dots of a run kept where its parts are one transliterated name (阿依古丽·吐尔逊): not where they part
    names of two or three characters each led by a surname (张伟·李娜, 王五·赵六·钱七), a role (王五·通讯员 赵六) or
    the credit's words (文·图)."""
    parts = [_ROLE_BEFORE.sub("", p) for p in regex.split(r"\s*[·・•]\s*", m.group())]
    ordinary = all(2 <= len(p) <= 3 and surnamed(p) for p in parts[1:])
    ordinary = ordinary and 2 <= len(parts[0]) <= 3 and parts[0][0] in SURNAMES
    credit_words = any(len(p) <= 1 for p in parts) or any(regex.match(_ROLE, p) for p in parts[1:])
    return m.group() if ordinary or credit_words else _DOT_KEPT.join(regex.split(r"\s*[·・•]\s*", m.group()))


def parse_reporters(body: str) -> tuple[tuple[str, ...], bool]:
    """The names in a credit and whether any role word was printed (记者, 通讯员 …).

    Role words, credit tails and separators split the credit; an organisation glued before a name is dropped;
    names run together are split by surnames.
    """
    tokens = body.split()
    if len(tokens) >= 4 and sum(len(t) == 1 for t in tokens) >= 0.6 * len(tokens):
        # letter-spaced (记 者 倪 红 梅 顾 震 球): the spaces part characters, not names; split by surnames
        body = "".join(tokens)
    else:
        # (a name of two padded to three cells, 通讯员 黄 丽, or one an OCR engine parted, is one name; where the
        # wrap fell between the role and the name, 记者 / 杜 蕾, the role is glued to the name's first part)
        body = mend_parted_names(body)
    has_role = regex.search(_ROLE, body) is not None
    names: list[str] = []
    # (a name transliterated in parts about a middle dot, 阿卜杜热合曼·吐尔逊, is one name, however long)
    body = _DOTTED_RUN.sub(_kept_dots, body)
    for chunk in regex.split(_NAME_SEPARATOR, body):
        if _DOT_KEPT in chunk:
            name = _ROLE_BEFORE.sub("", chunk).replace(_DOT_KEPT, "·")
            if regex.fullmatch(r"\p{Han}{1,10}(?:·\p{Han}{1,10})+", name) and name not in names:
                names.append(name)
            continue
        chunk = _ORG_PREFIX.sub("", chunk) if len(chunk) > 3 else chunk
        if not regex.fullmatch(r"\p{Han}+", chunk):
            continue  # empty, or not a Chinese name (digits, Latin, quotes): nothing to report
        for name in _split_glued(chunk):
            if _MIN_NAME <= len(name) <= _MAX_NAME and name not in names:
                names.append(name)
    return tuple(names), has_role


def _looks_like_names(names: tuple[str, ...]) -> bool:
    return bool(names) and all(surnamed(n) for n in names)


def _split_cna_names(run: str) -> tuple[tuple[str, ...], str | None]:
    """中央社記者王小明、李大同台北: the last name and the place are printed together; a known place, else by length."""
    chunks = [c for c in regex.split(r"[\s、，,]+", run) if c]
    if not chunks:
        return (), None
    *names, last = chunks
    place: str | None = None
    for candidate in CNA_PLACES:
        if last.endswith(candidate) and _MIN_NAME <= len(last) - len(candidate) <= _MAX_NAME:
            last, place = last[: -len(candidate)], candidate
            break
    else:
        if len(last) >= 5:
            last, place = last[:3], last[3:]
        elif len(last) == 4:
            last, place = last[:2], last[2:]
    return tuple(n for n in [*names, last] if _MIN_NAME <= len(n) <= _MAX_NAME), place


def _credit_text(printed: str) -> str:
    """A credit keeps the single spaces between role and names (（记者 刘小宇）); other whitespace goes."""
    inner = _WS.sub(" ", printed[1:-1]).strip()
    return printed[0] + inner + printed[-1]


# A house paper's credit names the writer's department before the name (（少儿部 钱小雨）, （办公室 王芳）): a unit's
# word closes the department, set apart from the names.
_DEPARTMENT_CREDIT = regex.compile(
    r"\s*\p{Han}{1,8}(?:部|科|处|處|室|办|辦|中心|组|組|馆|館|局|所|站|队|隊|院|系|委|团|團)\s+"
    r"(?P<names>\p{Han}{2,4}(?:\s*[、\s]\s*\p{Han}{2,4}){0,3})\s*"
)
_DEPARTMENT_END = regex.compile(r"(?:部|科|处|處|室|办|辦|中心|组|組|馆|館|局|所|站|队|隊|院|系|委|团|團)$")
# The start of a credit bracket's content: a reporter's role (本报记者, 特约记者, 通讯员).
_CREDIT_ROLE_START = regex.compile(r"\s*(?:本报|本報)?\s*(?:特约|特約)?\s*(?:记者|記者|通讯员|通訊員)")


def _read_credit(text: str, pos: int) -> tuple[str, int, tuple[str, ...]] | None:
    """The credit after the formula at ``pos``: (its text, its end, the reporters), or None when there is none."""
    if m := CREDIT_BRACKET.match(text, pos):
        if m["bracket"].startswith("《") and ("》" in m["bracket"] or not _CREDIT_ROLE_START.match(m["bracket"], 1)):
            return None  # a title in book marks (《中国青年报》记者…), not a credit bracket Tesseract misread
        names, has_role = parse_reporters(m["bracket"][1:-1])
        if not (has_role or _looks_like_names(names)) and (dept := _DEPARTMENT_CREDIT.fullmatch(m["bracket"][1:-1])):
            # (a house paper's writer named after the department, 少儿部 钱小雨, 宣传科 李强)
            names, has_role = parse_reporters(dept["names"])
            # (two departments credited together, （学生处 武装部）, name no one)
            if any(_DEPARTMENT_END.search(name) for name in names):
                names = ()
        if not (has_role or _looks_like_names(names)):
            return None  # a bracket of something else (（以下简称…）) is body text
        return (m["lead_colon"] or "") + _credit_text(m["bracket"]) + (m["colon"] or ""), m.end(), names
    if m := UNBRACKETED_CREDIT.match(text, pos):
        if m["names"]:
            names = parse_reporters(m["names"])[0]
        elif _looks_like_names((m["name"],)):
            names = (m["name"],)
        else:
            return None
        gap = " " if text[pos : pos + 1].isspace() else ""  # 本报讯 记者X 报道 keeps its space, 【…訊】記者X does not
        return gap + _WS.sub(" ", m.group().strip()), m.end(), names
    return None


def _match_cna(text: str) -> tuple[Dateline, int] | None:
    m = CNA.match(text)
    if m is None:
        return None
    names: tuple[str, ...] = ()
    place = _squash(m["place"]) if m["place"] else None
    if m["names"]:
        names, place = _split_cna_names(m["names"])
    core = _squash(m.group()[len(m["lead"]) :])
    return Dateline(core, "中央社", place, _date(m["date"]), names), m.end()


def _match_formula(text: str) -> tuple[Dateline, int] | None:
    m = DATELINE.match(text)
    if m is None:
        return None
    suffix = _squash(m["suffix"])
    date = m["date"] or m["gdate"]
    if m["gbare"] and (
        suffix not in _DESK_SUFFIXES
        or not _PAPER_NAME.search(_squash(m["gsrc"]))
        or _squash(m["gbare"])[-1] in _WORD_BEFORE_XUN
    ):
        return None
    if date is None:
        if m["gsrc"] and suffix not in _UNDATED_GENERIC_SUFFIXES:
            return None
        after = text[m.end() : m.end() + 1]
        if after and after in _WORD_AFTER_SUFFIX.get("消息" if suffix.endswith("消息") else suffix, ""):
            return None
    place_raw = m["place"] or m["bare_place"] or m["gplace"] or m["gbare"]
    if m["src"]:
        source = _squash(m["src"])
        # (a newsletter's desk only as 本刊讯 alone: 本刊旅遊資訊以…, 本刊信息中心… are sentences about it)
        if source in HOUSE_DESKS and (place_raw or date or suffix not in ("讯", "訊")):
            return None
        # 讯 stays in the source only for the plain 本报讯/本報訊 form (the convention the annotations follow; a
        # newsletter's 本刊讯 likewise).
        plain_desk = source in ("本报", "本報") or source in HOUSE_DESKS
        if plain_desk and suffix in ("讯", "訊") and not place_raw and not date:
            source += suffix
        # (and so for one of the paper's desks, 本报体育部讯, 【本報娛樂組訊】: a desk, no place)
        elif (
            source in ("本报", "本報")
            and suffix in ("讯", "訊")
            and place_raw
            and not date
            and _DESK_END.search(_squash(place_raw))
        ):
            source += _squash(place_raw) + suffix
            place_raw = None
    else:
        source = _squash(m["gsrc"])
    core = _squash(m.group()[len(m["lead"]) :])
    end = m.end()
    reporters: tuple[str, ...] = ()
    if credit := _read_credit(text, end):
        credit_text, end, reporters = credit
        core += credit_text
    elif c := TRAILING_COLON.match(text, end):
        core += c.group().strip()
        end = c.end()
    if date is None and (d := FOLLOWING_DATE.match(text, end)):
        date = d["date"]
    return (
        Dateline(
            core,
            source,
            _squash(place_raw) if place_raw else None,
            _date(date) if date else None,
            reporters,
        ),
        end,
    )


_ONE = str.maketrans(dict.fromkeys(OCR_ONES, "1"))


def _date(raw: str) -> str:
    """The date as the dateline's field gives it: squashed, an OCR engine's misread 1 read as 1."""
    return _squash(raw).translate(_ONE)


def match_dateline(text: str) -> tuple[Dateline, int] | None:
    """If ``text`` (the start of a paragraph or line) opens with a dateline, return it and its end offset in ``text``.

    The end offset stops right after the last printed character of the dateline (its 电/讯, its credit bracket, or
    a colon closing either), never after the whitespace that follows. A date printed right after a credit bracket
    (本报讯（记者 X） 4月10日，…) becomes the dateline's date but stays outside the end offset: it is body text.

    >>> d, end = match_dateline("新华社北京 4月10日电 中共中央")
    >>> d.text, d.place, d.date, end
    ('新华社北京4月10日电', '北京', '4月10日', 12)
    """
    return (
        _match_cna(text)
        or _match_formula(text)
        or _match_report(text)
        or _match_desk_report(text)
        or _match_sent_from(text)
        or _match_correspondent_dispatch(text)
        or _match_staff_report(text)
        or _match_lead_byline(text)
        or _match_bracketed_formula(text)
        or _match_bracketed_report(text)
        or _match_compiled_wire(text)
        or _match_bracketed_wire(text)
    )


# Papers of Singapore, Malaysia and Macau open the lead with the formula in brackets: the paper's own (（早报讯）,
# （本报讯）, the formula alone, kept as the source) or the town it was written in, with the day (（新山12日讯）,
# 【澳門訊】, the paper's own too: no source named).
_BRACKETED_FORMULA = regex.compile(
    # (a town's name is two to four characters; a longer name before 訊 is a story's tag, 【貨倉大火死因研訊】)
    r"\s*[（(【]\s*(?P<name>\p{Han}{2,4}?)\s*(?P<date>[0-9０-９]{1,2}\s*日)?\s*"
    # (or the town a round-up was compiled in, （新加坡综合讯）: the source is the compiling)
    r"(?P<compiled>综合|綜合)?\s*(?P<suffix>讯|訊)\s*[）)】]"
)
_PAPER_FORMULA = regex.compile(r"\p{Han}{0,4}(?:报|報)")
# (nor a label in brackets that ends on 讯, （简讯）, （快讯）, （图讯）, a compiled wire report, （综合电讯）, an
# agency)
_NOT_A_PLACE = regex.compile(r"(?:简|簡|快|短|图|圖|视|視|喜|资|資|通|特|专|專|电|電|社)$|综合|綜合")


def _match_bracketed_formula(text: str) -> tuple[Dateline, int] | None:
    m = _BRACKETED_FORMULA.match(text)
    # (a lead goes on after its formula, an OCR engine's stray space between them or not)
    if m is None or not text[m.end() : m.end() + 2].strip() or _NOT_A_PLACE.search(m["name"]):
        return None
    name, date = _squash(m["name"]), _date(m["date"]) if m["date"] else None
    if m["compiled"]:
        if _PAPER_FORMULA.fullmatch(name):  # (（本报综合讯）: the paper's own round-up)
            return Dateline(_squash(m.group()), name + m["compiled"] + m["suffix"], None, date, ()), m.end()
        return Dateline(_squash(m.group()), m["compiled"] + m["suffix"], name, date, ()), m.end()
    if _PAPER_FORMULA.fullmatch(name) and date is None:
        return Dateline(_squash(m.group()), name + m["suffix"], None, None, ()), m.end()
    return Dateline(_squash(m.group()), None, name, date, ()), m.end()


# A Hong Kong paper's round-up of the wires opens so: 【本報綜合外電報道】, （综合外电）; the compiling is the source.
# (or a round-up of reports alone, as papers abroad open one: 【綜合報道】, 【綜合報導】)
_COMPILED_WIRE = regex.compile(
    r"\s*[【（(]\s*(?:本报|本報)?\s*(?:(?P<src>綜合外電|综合外电)\s*(?:報道|报道|報導|报导)?"
    r"|(?P<report>綜合報道|綜合報導|综合报道|综合报导))\s*[】）)]"
)


def _match_compiled_wire(text: str) -> tuple[Dateline, int] | None:
    m = _COMPILED_WIRE.match(text)
    if m is None or not text[m.end() : m.end() + 2].strip():
        return None
    return Dateline(_squash(m.group()), m["src"] or m["report"], None, None, ()), m.end()


# A wire's formula in brackets, as papers abroad set an agency's lead: （加通社渥太華17日電）, （法新社巴黎3日電).
# Dated only, the agency a known one or a name ending in 社: a bracket with a place and 电 alone is no wire's.
_BRACKETED_WIRE = regex.compile(r"\s*[（(]\s*(?P<inner>[^（）()\s][^（）()]{3,22}?[电電])\s*[）)]")


def _match_bracketed_wire(text: str) -> tuple[Dateline, int] | None:
    m = _BRACKETED_WIRE.match(text)
    if m is None or not text[m.end() : m.end() + 2].strip():
        return None
    found = _match_formula(m["inner"])
    if found is None or found[1] != len(m["inner"].rstrip()):
        return None
    wire = found[0]
    if wire.date is None or not (wire.source or "").endswith("社"):
        return None
    return replace(wire, text=_squash(m.group())), m.end()


# An overseas Chinese paper's lead opens with its reporter and the place in brackets: （本報記者鄭嘉穎紐約報導）, and
# a Hong Kong paper's in square ones: 【本報記者周穎台北報道】.
_BRACKETED_REPORT = regex.compile(
    # (the name and the place may be set apart: （本報記者 梁振邦 科隆報導）)
    # (the source the paper, 本報; the reporter's role no part of it)
    r"\s*[（(【]\s*(?P<src>本报|本報)(?:特派|特约|特約)?(?:记者|記者)\s*(?P<rest>\p{Han}(?:\s?\p{Han}){1,11}?)\s*"
    r"(?:報導|报道|報道|报导)\s*[）)】]"
)


def _match_bracketed_report(text: str) -> tuple[Dateline, int] | None:
    m = _BRACKETED_REPORT.match(text)
    # (the lead after it, right after the bracket or a space on: an OCR engine reads one after an ASCII bracket)
    if m is None or not text[m.end() : m.end() + 2].strip():
        return None
    parts = m["rest"].split()
    if (
        len(parts) >= 2
        and all(2 <= len(x) <= 4 and surnamed(x) for x in parts[:-1])
        and parts[-1] not in ("綜合", "综合")
    ):
        # (set apart, the names and the place need no guessing: （本报记者 张伟 王芳 成都报道）)
        return Dateline(_squash(m.group()), m["src"], parts[-1], None, tuple(parts[:-1])), m.end()
    rest = _WS.sub("", m["rest"])
    # (綜合報導 names no place: what the reporter compiled)
    compiled = rest.endswith(("綜合", "综合"))
    if compiled:
        rest = rest[:-2]
    # the name runs into the place: a place the paper's datelines name (舊金山, 紐約) where the name left before it
    # is two to four characters; else three characters where a surname leads and two are left for the place
    known = next((p for p in CNA_PLACES if rest.endswith(p) and 2 <= len(rest) - len(p) <= 4), None)
    compound = rest[:2] in COMPOUND_SURNAMES
    if rest in CNA_PLACES:
        cut = 0  # a place alone, no name
    elif compiled or len(rest) <= 3 or (len(rest) == 4 and compound):
        cut = len(rest)  # a name alone (陳嘉穎, 歐陽明), no place
    elif known is not None:
        cut = len(rest) - len(known)
    else:
        cut = 3 if rest[0] in SURNAMES and len(rest) >= 5 else 2
        if compound and len(rest) >= 6:
            cut = 4
    place = rest[cut:] or None
    reporters = (rest[:cut],) if cut else ()
    return Dateline(_squash(m.group()), m["src"], place, None, reporters), m.end()


# A Taiwanese paper's lead opens with its reporter and desk in brackets: 〔記者王某／台北報導〕, 〔記者王某、李某／台中
# 報導〕, or with the desk that compiled it, 〔體育中心／綜合報導〕 (no source named: the paper's own).
_DESK_REPORT = regex.compile(
    # (the paper named before its reporter too: 【本報記者高美玲／馬立古達部落報導】)
    # (a name in the Austronesian way with its middle dot too: 馬耀・比吼)
    r"\s*[〔［\[【]\s*(?:(?P<src>本報|本报)?(?:記者|记者)\s*"
    r"(?P<names>\p{Han}{2,4}(?:[・·．‧]\p{Han}{1,4})?(?:\s*[、，,]\s*\p{Han}{2,4}(?:[・·．‧]\p{Han}{1,4})?){0,4})"
    r"|\p{Han}{2,6}(?:中心|組|组))\s*[／/╱]\s*"
    r"(?P<place>\p{Han}{2,6}?)?\s*(?:綜合|综合)?(?:報導|报道|报导)\s*[〕］\]】]"
)


# A correspondent's report opens with where it was sent from: 本报记者 某某 发自东京, 本報特派記者 某某 發自巴黎 (the
# paper's own; the place ends where the text goes on after a space).
_SENT_FROM = regex.compile(
    r"\s*(?P<src>本报|本報)(?:特派|特约|特約|驻\p{Han}{1,4}|駐\p{Han}{1,4})?(?:记者|記者)\s*"
    r"(?!近日|日前|昨日|昨天|今天|今日|前往)(?P<names>\p{Han}{2,4}(?:\s*[、，,\s]\s*\p{Han}{2,4}){0,3})\s*(?:发自|發自)\s*"
    r"(?P<place>\p{Han}{2,8}?)(?=\s|$)"
)


# A business paper opens the lead with its reporter's byline and runs on after a space: 本报记者 某某 今年以来，… (the
# names each followed by a space, so the lead's first words, which run on to a mark, are no name; a second role may
# stand between them, 本报记者 某某 通讯员 某某; every name starts on a surname: 本报记者 近日 走访发现 is prose).
_LEAD_ROLE = r"(?:通讯员|通訊員|实习生|實習生|见习记者|見習記者|特约记者|特約記者|记者|記者)"
_LEAD_BYLINE = regex.compile(
    r"\s*(?P<src>本报|本報)(?:见习|見習|特约|特約)?(?:记者|記者)\s+"
    rf"(?P<names>\p{{Han}}{{2,4}}(?:\s*[、，,]\s*\p{{Han}}{{2,4}}|\s+(?:{_LEAD_ROLE}\s*)?\p{{Han}}{{2,4}}(?=\s)){{0,3}})"
    r"(?=\s+[\p{Han}0-9][^\s，。、：；！？,.:;!?]*[，。、：；！？,:;!?])"
)


# A city paper's staff report opens the lead with its reporters and 报道, the text going on after it: 本报记者 某某
# 报道 自称…, 本报记者 某某 通讯员 某某 报道：12月27日… (the paper the source).
_STAFF_REPORT = regex.compile(
    # (an OCR engine may space the role: 本报记 者 某某 报道)
    # (the names set apart by spaces, as a byline is printed: 本报记者张磊报道的…, 本报记者曾多次报道… are prose)
    r"\s*(?P<src>本报|本報)(?:特约|特約|见习|見習|驻\p{Han}{1,4}?|駐\p{Han}{1,4}?)?(?:[记記]\s?者)\s+"
    rf"(?P<names>\p{{Han}}{{2,4}}(?:\s*[、，,\s]\s*(?:{_LEAD_ROLE}\s*)?\p{{Han}}{{2,4}}){{0,3}}?)\s+(?:报道|報道|報導)"
    r"(?:\s*[：:]|(?=\s))"
)


def _staff_dateline(m: regex.Match[str]) -> tuple[Dateline, int] | None:
    """The dateline of a lead its paper's reporters open, where the credit names people (their roles set aside)."""
    names = tuple(n for n in _names(regex.sub(_LEAD_ROLE, " ", m["names"])) if n)
    if not _looks_like_names(names):
        return None
    return Dateline(_WS.sub(" ", m.group().strip()), m["src"], None, None, names), m.end()


def _match_staff_report(text: str) -> tuple[Dateline, int] | None:
    m = _STAFF_REPORT.match(text)
    # (the lead goes on after it, on the same line: alone on its line it is a byline, read as one)
    if m is None or not text[m.end() :].strip():
        return None
    return _staff_dateline(m)


def _match_lead_byline(text: str) -> tuple[Dateline, int] | None:
    m = _LEAD_BYLINE.match(text)
    return _staff_dateline(m) if m is not None else None


# A sports daily's correspondent signs the dispatch before its place and date: 本报特派记者 某某 南塘9月15日电 (the
# names set apart from the place by a space; the paper is the source, as in 【本報記者某某台北報道】).
_CORRESPONDENT_DISPATCH = regex.compile(
    # (the source the paper, as the formula 本报北京1月8日电 names it; the reporter's role is no part of it)
    r"\s*(?P<src>本报|本報)(?:特派|特约|特約|驻\p{Han}{1,4}?|駐\p{Han}{1,4}?)?(?:记者|記者)\s*"
    r"(?P<names>\p{Han}{2,4}(?:\s*[、，,\s]\s*\p{Han}{2,4}){0,3})\s+"
    rf"(?P<place>{_PLACE_CHAR}{{2,8}}?)\s*(?P<date>{DATE})\s*(?:电|電)"
)


def _match_correspondent_dispatch(text: str) -> tuple[Dateline, int] | None:
    m = _CORRESPONDENT_DISPATCH.match(text)
    if m is None:
        return None
    names = _names(m["names"])
    if not _looks_like_names(names):
        return None
    return Dateline(_WS.sub(" ", m.group().strip()), m["src"], _squash(m["place"]), _date(m["date"]), names), m.end()


def _match_sent_from(text: str) -> tuple[Dateline, int] | None:
    m = _SENT_FROM.match(text)
    if m is None:
        return None
    return Dateline(_WS.sub(" ", m.group().strip()), m["src"], _squash(m["place"]), None, _names(m["names"])), m.end()


# (or with no brackets, the lead going on after a space: 本報記者周嘉文／楓城報導 楓城市議會…, as an overseas paper
# sets it)
_DESK_REPORT_BARE = regex.compile(
    r"\s*(?P<src>本報|本报)?(?:記者|记者)\s*"
    r"(?P<names>\p{Han}{2,4}(?:\s*[、，,]\s*\p{Han}{2,4}){0,4})\s*[／/╱]\s*"
    r"(?P<place>\p{Han}{2,6}?)\s*(?:報導|报道|報道|报导)(?=[ \u3000]+\S)"
)


def _match_desk_report(text: str) -> tuple[Dateline, int] | None:
    m = _DESK_REPORT.match(text) or _DESK_REPORT_BARE.match(text)
    if m is None:
        return None
    place = _squash(m["place"]) if m["place"] and m["place"] not in ("綜合", "综合") else None
    return Dateline(_squash(m.group()), m["src"], place, None, _names(m["names"] or "")), m.end()


def _names(text: str) -> tuple[str, ...]:
    """The reporters of a run of names parted by spaces or marks (王某、李某)."""
    return tuple(n for n in regex.split(r"[\s、，,]+", text) if n)


# (A citation in running text goes on with a clause mark after its reporters' bracket; a dateline does not.)


def _match_report(text: str) -> tuple[Dateline, int] | None:
    m = REPORT.match(text)
    if m is None or not CREDIT_BRACKET.match(text, m.end()):
        return None
    credit = _read_credit(text, m.end())
    if credit is None or not credit[2] or text[credit[1] : credit[1] + 1] in CLAUSE_BREAKS:
        return None
    credit_text, end, reporters = credit
    place = _squash(m["place"]) if m["place"] else None
    return Dateline(
        _squash(m.group()[len(m["lead"]) :]) + credit_text, _squash(m["src"]), place, _date(m["date"]), reporters
    ), end


def _source_and_place(place_char: str) -> regex.Pattern[str]:
    """A line of a known source and a place of two to ten ``place_char`` characters (as long as the other
    patterns allow), then nothing."""
    return regex.compile(rf"\s*(?:[据據]\s*)?(?:{_KNOWN})\s*{place_char}(?:\s*{place_char}){{1,9}}\s*$")


# A line that a break cuts right after the place (新华社乌兰巴托 | 2月11日电（…）). Alone it says too little
# (新华社记者… opens a sentence too), so the line below must finish the formula with its date (``cut_after_place``);
# and the place is taken as bare as one with no date at all (no verb or function word: 本报收到市发改委 /
# 5月3日消息称…) unless that line finishes a wire's formula.
_SOURCE_AND_PLACE = _source_and_place(_PLACE_CHAR)
_SOURCE_AND_BARE_PLACE = _source_and_place(_BARE_PLACE_CHAR)
# a wire's formula, its date and 电, not the start of a word (电话, 电文) (日内瓦, 维也纳: places hold characters
# that open sentences elsewhere)
_WIRE_DATE = regex.compile(rf"^\s*{DATE}\s*(?:电(?![{_WORD_AFTER_SUFFIX['电']}])|電(?![{_WORD_AFTER_SUFFIX['電']}]))")


def cut_after_place(line: str, below: str) -> bool:
    """Whether ``line`` is a dateline's source and place, cut off before the date the line ``below`` opens with.

    The place is taken bare (no verb or function word in it) unless the line below finishes a wire's formula,
    its date and 电, which no sentence that opens on a source's name goes on with.

    >>> cut_after_place("新华社乌兰巴托", "2月11日电（记者 某某）蒙古国政府…")
    True
    >>> cut_after_place("新华社日内瓦", "3月2日电")
    True
    >>> cut_after_place("本报收到市发改委", "5月3日消息称，…")
    False
    """
    if _SOURCE_AND_PLACE.match(line) is None:
        return False
    found = match_dateline(line.strip() + below.strip())
    if found is None or found[0].date is None or found[1] <= len(line.strip()):
        return False
    return _SOURCE_AND_BARE_PLACE.match(line) is not None or _WIRE_DATE.match(below) is not None


def looks_like_dateline_start(text: str) -> bool:
    """Whether ``text`` (a line) opens with a dateline, including one that a line break cuts inside its date or
    inside the word that ends it."""
    return (
        match_dateline(text) is not None
        or PARTIAL_DATELINE.match(text) is not None
        or PARTIAL_SUFFIX.match(text) is not None
        or PARTIAL_BRACKETED.match(text) is not None
    )


# A staff byline on a line of its own over the story (本报记者 某某 通讯员 某某, 新华社记者 某某, 記者某某／台北報導):
# the reporters a dateline would have named, and the paper or agency they work for, printed before the role.
_BYLINE_SOURCE = regex.compile(
    r"^\s*[□■◎●▲◆]?\s*(?:[文图圖]\s*[/／]\s*(?:[图圖摄攝]\s*[/／]?\s*)?)?"
    r"(?P<src>本报|本報|\p{Han}{1,6}?(?:通讯社|通訊社|社|日报|日報|晚报|晚報|报|報|电视台|電視台|网|網))?"
    r"(?:特约|特約|见习|見習|实习|實習|首席|特派|摄影|攝影|驻\p{Han}{1,4}?|駐\p{Han}{1,4}?)?"
    r"(?:记者|記者|通讯员|通訊員)"
)
# (a name of two padded to three, 唐 敏, or a name of three an OCR engine parted, 罗一 帆, 罗 一帆: a character alone
# is no name)
_SPACED_NAME = regex.compile(
    # (a role before the name is no part of it: 记者 林 涛 摄 joins 林 涛, not 记者 林)
    r"(?<!\p{Han})(?!记者|記者|编辑|編輯|摄影|攝影|通讯|通訊)(\p{Han})[ \u3000](\p{Han})(?!\p{Han})"
    # (not a name of two and the first half of a padded one after it: 王明 黄 丽 is 王明 and 黄丽)
    r"|(?<!\p{Han})(?!记者|記者|编辑|編輯|摄影|攝影|通讯|通訊)(\p{Han}{2})[ \u3000](\p{Han})(?!\p{Han})"
    r"(?![ \u3000](?![摄攝文图圖])\p{Han}(?!\p{Han}))"
    r"|(?<!\p{Han})(\p{Han})[ \u3000](\p{Han}{2})(?!\p{Han})"
)
# A space an OCR engine read inside a reporter's role (通讯 员, 记 者, 实 习生).
SPACED_ROLE = regex.compile(
    r"(?<=通)\s+(?=[讯訊])|(?<=[讯訊])\s+(?=[员員])|(?<=[记記])\s+(?=者)|(?<=[实實])\s+(?=[习習]生)|(?<=[实實][习習])\s+(?=生)"
)
# A role glued to the first part of a parted name, where a line's end fell between them (记者杜 蕾).
_ROLE_GLUED_PART = regex.compile(rf"({_ROLE})(\p{{Han}})[ \u3000](\p{{Han}})(?!\p{{Han}})")
_BYLINE_PLACE = regex.compile(r"[/／]\s*(?P<place>\p{Han}{2,6}?)\s*(?:报道|報道|報導)\s*$")


# A story another paper or an agency reported, as the paper retells it: 据《缅光日报》4月2日报道，…, 據新華社報道，…,
# 据英文《南岸信使报》报道，…, 据泰文《…》报道 (not 据外媒报道, 据了解: no source named).
_REPORTED_BY = regex.compile(
    # (the language it was printed in before it, 据泰文《…》报道, 据马来文…)
    r"^\s*(?:据|據)(?:英文|中文|华文|華文|泰文|日文|韩文|韓文|越文|缅文|緬文|马来文|馬來文|印尼文|菲文|法文|德文|俄文|外文"
    r"|当地|當地|本地)?"
    r"(?P<src>《[^《》\s]{2,16}》|\p{Han}{2,8}?(?:通讯社|通訊社|新闻社|新聞社|社)"
    # (or a station, a news site or its news app, a paper named without its title marks: 据央视新闻报道, 据中新网消息,
    # 据北京日报客户端报道; not 据相关新闻报道, 据当地媒体报道, which name none)
    r"|(?!该|該|此|相关|相關|有关|有關|多家|当地|當地|本地|外媒|媒体|媒體|网络|網絡|网上|網上|国外|國外|国内|國內|海外|境外"
    r"|早前|此前|以往|近日|日前|当天|當天|今日|昨日|最新|各大|部分|一些)"
    r"\p{Han}{1,8}?(?:新闻|新聞|网|網|电视台|電視台|电台|電台|日报|日報|晚报|晚報|时报|時報|商报|商報|客户端|客戶端)"
    r"|央视|央視)"
    r"(?:\s*[（(][^（）()]{1,40}[）)])?"
    rf"\s*(?P<date>{_PRINTED_DATE})?\s*(?:报道|報道|報導|消息)\s*[，,：:]"
)


def _joined_name(m: regex.Match[str]) -> str:
    """The name the match parts, joined, where it is one: a surname opens it, and neither part is a credit's or a
    role's word (孙悦 图／…, 图 记者 are two words)."""
    parts = [g for g in m.groups() if g]
    joined = "".join(parts)
    if any(p in _NOT_NAME_PARTS for p in parts) or not surnamed(joined):
        return m.group()
    return joined


def join_parted_names(text: str) -> str:
    """A byline's names with the spaces inside them gone: a name of two padded to three (唐 敏), a name of three an
    OCR engine parted (罗一 帆, 罗 一帆); the spaces between roles, names and credits stay."""
    return _SPACED_NAME.sub(_joined_name, text)


# The words a byline sets apart that no name is made of: the credits' and the roles' (文, 图, 摄, 记者).
_NOT_NAME_PARTS = frozenset(
    ("文", "图", "圖", "摄", "攝", "记者", "記者", "编辑", "編輯", "摄影", "攝影", "通讯", "通訊")
)


def mend_parted_names(credit: str) -> str:
    """A credit's names made whole (join_parted_names), its roles first (an OCR engine's space inside 实习生 would
    make 实 a name's part), and a role glued to a parted name's first part set apart from it again (记者杜 蕾: the
    line's end fell between 记者 and the name)."""
    return join_parted_names(_ROLE_GLUED_PART.sub(r"\1 \2\3", SPACED_ROLE.sub("", credit)))


def reported_dateline(text: str) -> Dateline | None:
    """The dateline of a story retold from another paper or an agency (据《缅光日报》4月2日报道，…): its source is
    that paper, as printed with its title marks, or that agency; no place, no reporter."""
    found = match_reported(text)
    return found[0] if found else None


def match_reported(text: str) -> tuple[Dateline, int] | None:
    """reported_dateline with its end offset in ``text``, right after 报道 (or 消息), before its comma."""
    m = _REPORTED_BY.match(text)
    if m is None:
        return None
    date = _WS.sub("", m["date"]) if m["date"] else None
    end = len(m.group().rstrip().rstrip("，,：:").rstrip())
    return Dateline(_WS.sub(" ", m.group().rstrip("，,：:").strip()), m["src"], None, date, ()), end


# A writer's byline, the role of who wrote it (and took the photos) before a slash: 文／某某, 文·图／某某, 撰文／某某.
_WRITER_BYLINE = regex.compile(
    r"^\s*[□■◎●▲◆]?\s*(?:撰文|文字|口述|[文图圖](?:\s*[·・/／、]?\s*[图圖摄攝])?)\s*[/／╱]\s*(?P<credit>.+?)\s*$"
    # (or a Malaysian paper's reporter credited before a colon: 报道：某某, 报道·摄影：某某, 报道及摄影：某某)
    r"|^\s*(?:报道|報道|采访|採訪)(?:\s*(?:[·・/／、]|及|和|与|與)\s*(?:摄影|攝影|图|圖))?\s*[：:]\s*(?P<credit>.+?)\s*$"
)
# What may stand around a writer's name in the credit: a place in brackets (文／某某（温哥华）) and an honorific or a
# post after it (某某牧師, 某某老师).
_BRACKETED = regex.compile(r"[（(][^（）()]*[）)]")
_HONORIFIC_END = regex.compile(r"(?:牧師|牧师|老師|老师|醫師|医师|醫生|医生|博士|教授|律師|律师|法師|法师|先生|女士)$")
# A desk or a standing printed before the name, which may open on a surname's character as a name does: a unit's
# name (宮務組, 宣传部, 校友会) or who the writer is to the paper (信女, 读者, 志工).
_NOT_A_WRITER = regex.compile(
    r"^\p{Han}*(?:组|組|部|处|處|科|室|办|辦|会|會|社|队|隊|团|團|中心|局|区|區|厅|廳|院|所|站|委|县|縣|镇|鎮|乡|鄉)$"
    r"|^(?:信女|信士|信徒|弟子|读者|讀者|学生|學生|同学|同學|校友|义工|義工|志工|会员|會員|家长|家長|老兵|居民|市民|村民|网友|網友)$"
)


def _writer_names(credit: str) -> tuple[str, ...]:
    """The writers' names in a writer's credit, any desk or standing before them dropped (文／宮務組 某某: 某某;
    文／信女 某某: 某某); none where no part of it is a name (文／本报评论员)."""
    names: list[str] = []
    for token in regex.split(r"[\s、，,]+", _BRACKETED.sub(" ", credit)):
        # (the byline's marker before the first name, ■某某, is none of it)
        name = _HONORIFIC_END.sub("", token.lstrip("□■◎●◇◆"))
        if (
            regex.fullmatch(r"\p{Han}{2,4}", name)
            and surnamed(name)
            and (len(name) < 4 or name[:2] in COMPOUND_SURNAMES)
            and not _NOT_A_WRITER.match(name)
        ):
            names.append(name)
    return tuple(names)


def byline_dateline(text: str) -> Dateline | None:
    """The dateline a staff byline stands for, or None when the credit names no reporter's role (文／某某).

    A feature or an interview opens on a byline instead of a dateline; the reporters are the same facts a dateline
    gives, so a reader of the records finds them in one place. The source is the paper or agency printed before
    the role (本报, 新华社), None where only the role is printed (记者 某某, 記者某某／台北報導, as for
    〔記者某某／台北報導〕)."""
    m = _BYLINE_SOURCE.match(text)
    if m is None:
        # a writer's credit names who wrote the piece as a reporter's does (文／某某): the same fact, so the same
        # field, with no source, since none is printed
        w = _WRITER_BYLINE.match(text)
        # (or the writer's name alone, as a supplement signs an essay under its title)
        names = _writer_names(w["credit"] if w else text)
        return Dateline(_WS.sub(" ", text.strip()), None, None, None, names) if names else None
    place = _BYLINE_PLACE.search(text)
    # (a name of two set to the width of three, 郑 直, and a name of three an OCR engine parted, 罗一 帆, are one name)
    credit = join_parted_names(text[m.end() : place.start() if place else None])
    names = parse_reporters(credit)[0]
    if not names or not _looks_like_names(names):
        return None
    return Dateline(_WS.sub(" ", text.strip()), m["src"], place["place"] if place else None, None, names)
