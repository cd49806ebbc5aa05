"""Datelines (电头): one case per printed form, simplified and traditional, plus the sentences that must NOT match.

Every example is invented (names, places, events); the forms follow the house styles of the papers and agencies.
"""

from __future__ import annotations

import doctest

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pagekit import by_lead, column, page, split

import newsseg
from newsseg import datelines
from newsseg.datelines import cut_after_place, looks_like_dateline_start, match_dateline, parse_reporters
from newsseg.model import Dateline


def D(text: str, source: str | None, place: str | None = None, date: str | None = None, *reporters: str) -> Dateline:
    return Dateline(text, source, place, date, tuple(reporters))


def check(raw: str, expected: Dateline, end: int) -> None:
    got = match_dateline(raw)
    assert got is not None, raw
    dateline, got_end = got
    assert dateline == expected
    assert got_end == end
    # The caller splits at `end`: what lies before it is exactly the dateline, spaces aside.
    assert "".join(raw[:end].split()) == "".join(expected.text.split())


# --- 本报讯 ------------------------------------------------------------------------------------------------------


def test_benbaoxun_with_reporter_and_stray_spaces_before_a_cut_date() -> None:
    check("本报讯（记者 韩佳宁） 6 月", D("本报讯（记者 韩佳宁）", "本报讯", None, None, "韩佳宁"), 11)


def test_benbaoxun_takes_the_date_that_follows_the_bracket_but_ends_at_the_bracket() -> None:
    raw = "本报讯（记者 周明远） 5 月 3日，全县春耕工作推进会召开。"
    check(raw, D("本报讯（记者 周明远）", "本报讯", None, "5月3日", "周明远"), 11)


def test_benbaoxun_several_roles() -> None:
    raw = "本报讯（记者 孟庆华 通讯员 谭一鸣 实习生 钱小雨）近日，新建的文化广场向市民开放。"
    expected = D(
        "本报讯（记者 孟庆华 通讯员 谭一鸣 实习生 钱小雨）", "本报讯", None, None, "孟庆华", "谭一鸣", "钱小雨"
    )
    check(raw, expected, 27)


def test_benbaoxun_names_written_together_are_split_by_surname() -> None:
    raw = "本报讯（实习生李明辉赵雪记者孙浩然）昨天下午，一场暴雨袭击城区。"
    check(raw, D("本报讯（实习生李明辉赵雪记者孙浩然）", "本报讯", None, None, "李明辉", "赵雪", "孙浩然"), 18)


def test_benbaoxun_name_before_role() -> None:
    check(
        "本报讯（魏东来记者蒋可欣）9日上午，",
        D("本报讯（魏东来记者蒋可欣）", "本报讯", None, "9日", "魏东来", "蒋可欣"),
        13,
    )


def test_benbaoxun_unbracketed_reporter_with_baodao() -> None:
    raw = "本报讯 记者 郑书恒 报道 日前，省农科院发布新品种。"
    check(raw, D("本报讯 记者 郑书恒 报道", "本报讯", None, None, "郑书恒"), 13)


def test_benbaoxun_unbracketed_single_reporter() -> None:
    check("本报讯 记者韦婷 近日，", D("本报讯 记者韦婷", "本报讯", None, None, "韦婷"), 8)


def test_benbaoxun_ascii_brackets_and_colon() -> None:
    raw = "本报讯(记者:邱晓峰)3月8日,"
    check(raw, D("本报讯(记者:邱晓峰)", "本报讯", None, "3月8日", "邱晓峰"), 11)


def test_local_bureau_benbao_place_xun() -> None:
    raw = "本报江门讯（记者汤立新、冯佳）昨日，"
    check(raw, D("本报江门讯（记者汤立新、冯佳）", "本报", "江门", None, "汤立新", "冯佳"), 15)


# --- 本报X地X月X日电 / 本报X月X日讯 / 本报X地电 ------------------------------------------------------------------


def test_benbao_place_date_dian_with_space_before_bracket() -> None:
    raw = "本报襄阳3月15日电 （记者潘德民）一批新能源公交车今天投入运营。"
    check(raw, D("本报襄阳3月15日电（记者潘德民）", "本报", "襄阳", "3月15日", "潘德民"), 18)


def test_benbao_bracket_on_the_next_line_with_ocr_brackets() -> None:
    raw = "本报镇江1月6日电\n〈 记者史文涛 ) 近年来，"
    check(raw, D("本报镇江1月6日电〈记者史文涛)", "本报", "镇江", "1月6日", "史文涛"), 19)


@pytest.mark.parametrize(
    ("raw", "expected", "end"),
    [
        # what Tesseract does inside the formula is read through: the 1 of a month read as ], of a day as 工
        # (the date field reads 1, the text stays as printed)
        (
            "本报江州]月8日电（记者陈晓）近年来，",
            D("本报江州]月8日电（记者陈晓）", "本报", "江州", "1月8日", "陈晓"),
            15,
        ),
        ("新华社日内瓦4月工日电 近日，", D("新华社日内瓦4月工日电", "新华社", "日内瓦", "4月1日"), 11),
        # the credit's opening bracket read as 《
        (
            "本报江州1月14日电 《记者赵云飞)昨天，",
            D("本报江州1月14日电《记者赵云飞)", "本报", "江州", "1月14日", "赵云飞"),
            18,
        ),
        # and nothing is read into it: a title in book marks after the formula is the lead's first words,
        # never a credit bracket
        (
            "新华社北京5月3日电 《中国青年报》记者从团中央获悉，今年将评选三类先进：一）优秀团员，",
            D("新华社北京5月3日电", "新华社", "北京", "5月3日"),
            10,
        ),
        # a rule the OCR read as | before 日前 after the credit makes no date
        (
            "本报讯（记者 王刚）|日前，江州市政府召开常务会议。",
            D("本报讯（记者 王刚）", "本报讯", None, None, "王刚"),
            10,
        ),
        # a place ending on 工 before a date keeps it: only a lone 工 right before 月 or 日 is a misread 1
        (
            "本报南京化工3月5日电（记者 张三）昨天，",
            D("本报南京化工3月5日电（记者 张三）", "本报", "南京化工", "3月5日", "张三"),
            18,
        ),
    ],
)
def test_tesseract_misreads_in_and_around_a_dateline(raw: str, expected: Dateline, end: int) -> None:
    check(raw, expected, end)


@pytest.mark.parametrize("raw", ["工人们在工地上忙碌。", "新华社记者]月下旬抵达。", "《人民日报》评论员文章"])
def test_a_misread_one_outside_a_dateline_formula_opens_none(raw: str) -> None:
    assert match_dateline(raw) is None


def test_benbao_date_xun() -> None:
    check("本报4月22日讯 昨天，", D("本报4月22日讯", "本报", None, "4月22日"), 8)


def test_benbao_place_dian_without_date() -> None:
    check("本报桂林电 近日，", D("本报桂林电", "本报", "桂林"), 5)


def test_benbao_bare_names_in_bracket_are_reporters() -> None:
    raw = "本报北京6月9日电 （白云峰、姚佳）记者从有关部门获悉，"
    check(raw, D("本报北京6月9日电（白云峰、姚佳）", "本报", "北京", "6月9日", "白云峰", "姚佳"), 18)


def test_benbao_zonghe_xiaoxi() -> None:
    check("本报综合消息 各地气象部门", D("本报综合消息", "本报"), 6)


# --- agencies ----------------------------------------------------------------------------------------------------


def test_xinhua_place_date_with_two_reporters() -> None:
    raw = "新华社喀什7月2日电（记者 阎立 顾思明）当地时间"
    check(raw, D("新华社喀什7月2日电（记者 阎立 顾思明）", "新华社", "喀什", "7月2日", "阎立", "顾思明"), 21)


def test_xinhua_without_reporter_stops_before_the_space() -> None:
    raw = "新华社昆明 6月 2日电 全省防汛会议今天召开。"
    check(raw, D("新华社昆明6月2日电", "新华社", "昆明", "6月2日"), 12)


def test_xinhua_dian_only_with_reporter() -> None:
    check("新华社电 （记者韩冬）在山城的一座老宅里，", D("新华社电（记者韩冬）", "新华社", None, None, "韩冬"), 11)


def test_ju_xinhua_dian_runs_into_the_body() -> None:
    check("据新华社电马拉维南部近日遭遇洪灾。", D("据新华社电", "新华社"), 5)


def test_ju_xinhua_with_place_and_date() -> None:
    raw = "据新华社开罗3月1日电  当地官员说，"
    check(raw, D("据新华社开罗3月1日电", "新华社", "开罗", "3月1日"), 11)


def test_xinhua_year_in_date() -> None:
    check("新华社北京2018年11月5日电 国务院", D("新华社北京2018年11月5日电", "新华社", "北京", "2018年11月5日"), 16)


def test_xinhuanet_full_width_digits_and_names_without_separator_role() -> None:
    raw = "新华网日内瓦４月１８日电（记者魏欣然 汤子健）世界卫生组织"
    check(
        raw,
        D("新华网日内瓦４月１８日电（记者魏欣然 汤子健）", "新华网", "日内瓦", "４月１８日", "魏欣然", "汤子健"),
        23,
    )


def test_xinhuanet_reporters_with_dunhao() -> None:
    raw = "新华网西宁9月3日电（记者阚明、石雨桐）记者从省应急厅获悉，"
    check(raw, D("新华网西宁9月3日电（记者阚明、石雨桐）", "新华网", "西宁", "9月3日", "阚明", "石雨桐"), 20)


def test_date_cut_by_a_line_break_inside_the_number() -> None:
    raw = "新华网维也纳3月1 4\n日电( 记者陶思远 龚雪)国际原子能机构"
    check(raw, D("新华网维也纳3月14日电(记者陶思远 龚雪)", "新华网", "维也纳", "3月14日", "陶思远", "龚雪"), 25)


def test_chinanews_bare_name_in_brackets() -> None:
    raw = "中新网贵阳2月7日电(卢星宇)记者7日从贵州省获悉，"
    check(raw, D("中新网贵阳2月7日电(卢星宇)", "中新网", "贵阳", "2月7日", "卢星宇"), 15)


def test_chinanews_without_place() -> None:
    check("中新网6月19日电据外媒报道，", D("中新网6月19日电", "中新网", None, "6月19日"), 9)


def test_china_news_service_with_ascii_bracket() -> None:
    raw = "中新社兰州8月4日电 (记者 冯瑞)甘肃"
    check(raw, D("中新社兰州8月4日电(记者 冯瑞)", "中新社", "兰州", "8月4日", "冯瑞"), 18)


def test_china_news_service_chinese_numeral_date() -> None:
    raw = "中新社南宁十月九日电(记者卓一凡苏敏)一辆货车"
    check(raw, D("中新社南宁十月九日电(记者卓一凡苏敏)", "中新社", "南宁", "十月九日", "卓一凡", "苏敏"), 19)


def test_people_cn() -> None:
    check("人民网长沙5月6日电 今年以来，", D("人民网长沙5月6日电", "人民网", "长沙", "5月6日"), 10)


def test_cctv_com_xiaoxi() -> None:
    check("央视网消息：今天上午，", D("央视网消息：", "央视网"), 6)


def test_generic_paper_xun() -> None:
    check("滨江晚报讯（记者符佳）昨天，", D("滨江晚报讯（记者符佳）", "滨江晚报", None, None, "符佳"), 11)


# --- traditional -------------------------------------------------------------------------------------------------


def test_traditional_benbaoxun() -> None:
    check("本報訊（記者 鄭家豪）昨日，", D("本報訊（記者 鄭家豪）", "本報訊", None, None, "鄭家豪"), 11)


def test_traditional_xinhua() -> None:
    raw = "新華社上海3月2日電（記者 溫啟明 林佩珊）"
    check(raw, D("新華社上海3月2日電（記者 溫啟明 林佩珊）", "新華社", "上海", "3月2日", "溫啟明", "林佩珊"), 22)


def test_cna_in_lenticular_brackets() -> None:
    raw = "【中央社記者葉宛真台北8日電】行政院今天"
    check(raw, D("【中央社記者葉宛真台北8日電】", "中央社", "台北", "8日", "葉宛真"), 15)


def test_cna_in_round_brackets_with_two_reporters() -> None:
    raw = "（中央社記者戴文彬、許雅琪高雄12日電）高雄市"
    check(raw, D("（中央社記者戴文彬、許雅琪高雄12日電）", "中央社", "高雄", "12日", "戴文彬", "許雅琪"), 20)


def test_cna_bare() -> None:
    check("中央社記者江承恩新竹3日電 科學園區", D("中央社記者江承恩新竹3日電", "中央社", "新竹", "3日", "江承恩"), 13)


def test_cna_without_reporter() -> None:
    check("中央社東京5日電 日本政府", D("中央社東京5日電", "中央社", "東京", "5日"), 8)


def test_ming_pao_zhuanxun() -> None:
    check("【明報專訊】政府昨日公布", D("【明報專訊】", "明報"), 6)


def test_wen_wei_po() -> None:
    check("香港文匯報訊（記者 莫家俊）昨日，", D("香港文匯報訊（記者 莫家俊）", "香港文匯報", None, None, "莫家俊"), 14)


def test_ta_kung_pao_with_unbracketed_reporter() -> None:
    raw = "【大公報訊】記者潘樂怡報道：昨日"
    check(raw, D("【大公報訊】記者潘樂怡報道：", "大公報", None, None, "潘樂怡"), 14)


@pytest.mark.parametrize(
    ("raw", "credit", "source", "end"),
    [
        # a role and its names after a slash, then the next role with its own (南方日报讯 记者/某 通讯员/某)
        ("江城日报讯 记者/钱进 通讯员/孙丽 昨日，", "江城日报讯 记者/钱进 通讯员/孙丽", "江城日报", 18),
        # roles glued to their names, closed by 报道 and a colon
        ("江城网讯 记者钱进、通讯员孙丽报道：昨日", "江城网讯 记者钱进、通讯员孙丽报道：", "江城网", 18),
        # spaced, without 报道: each role names one, the whitespace after the last ends the credit
        ("晨报讯 记者 钱进 通讯员 孙丽 昨日", "晨报讯 记者 钱进 通讯员 孙丽", "晨报", 16),
    ],
)
def test_unbracketed_credit_of_several_roles_names_every_reporter(raw: str, credit: str, source: str, end: int) -> None:
    check(raw, D(credit, source, None, None, "钱进", "孙丽"), end)


# --- offsets and whitespace --------------------------------------------------------------------------------------


def test_leading_whitespace_is_allowed_and_counted_in_end() -> None:
    check("  本报讯（记者 卢云）", D("本报讯（记者 卢云）", "本报讯", None, None, "卢云"), 12)


def test_stray_spaces_inside_the_source() -> None:
    check("新 华 社 兰 州 3 月 1 日 电 正文", D("新华社兰州3月1日电", "新华社", "兰州", "3月1日"), 19)


def test_colon_after_the_credit_belongs_to_the_dateline() -> None:
    raw = "国际在线消息（记者邹远、马丁）：当地时间"
    check(raw, D("国际在线消息（记者邹远、马丁）：", "国际在线", None, None, "邹远", "马丁"), 16)


def test_a_bracket_that_is_not_a_credit_stays_in_the_body() -> None:
    check("新华社北京5月6日电（以下简称“规划”）", D("新华社北京5月6日电", "新华社", "北京", "5月6日"), 10)


@pytest.mark.parametrize(
    ("text", "source", "place", "reporters"),
    [
        ("中新网3月27日北京报道（记者 梁明）3月25日晚，", "中新网", "北京", ("梁明",)),
        ("某某财经3月27日上海报道（记者王五 李四）本市", "某某财经", "上海", ("王五", "李四")),
        ("某某新聞2月3日台北報導（記者 陳大文）", "某某新聞", "台北", ("陳大文",)),
    ],
)
def test_web_report_dateline_puts_the_date_before_the_place(
    text: str, source: str, place: str, reporters: tuple[str, ...]
) -> None:
    # news sites say 报道 and put the date first; any name may stand as the source, so the reporters must follow
    found = match_dateline(text)
    assert found is not None
    dateline, end = found
    assert (dateline.source, dateline.place, dateline.reporters) == (source, place, reporters)
    assert dateline.date is not None and dateline.date.endswith("日")
    assert text[:end].endswith("）")  # the body starts right after the reporters' bracket


@pytest.mark.parametrize(
    ("text", "source", "place", "end"),
    [
        ("北岸晚报临江讯3月29日早，位于市区的一家商店失火。", "北岸晚报", "临江", 7),
        ("海滨晚报江州讯（记者 张小明）昨日，", "海滨晚报", "江州", 15),
        ("南方都市報廣州訊 本周起，", "南方都市報", "廣州", 8),
    ],
)
def test_paper_desk_dateline_puts_the_place_before_xun(text: str, source: str, place: str, end: int) -> None:
    found = match_dateline(text)
    assert found is not None
    dateline, stop = found
    assert (dateline.source, dateline.place, stop) == (source, place, end)


# --- must NOT match ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "reporters", "end"),
    [
        ("北岸网-北岸日报讯(记者王小明 通讯员李四)11月3日14时许，", "北岸日报", ("王小明", "李四"), 22),
        ("江城网－江城晚报讯 昨天上午，", "江城晚报", (), 9),
        ("临海在线—本报讯（记者 张小明）昨日，", "本报讯", ("张小明",), 16),
    ],
)
def test_reprinting_site_before_the_papers_dateline(
    text: str, source: str, reporters: tuple[str, ...], end: int
) -> None:
    # a site that reprints a paper's story names itself first, joined by a dash: the source is the paper
    found = match_dateline(text)
    assert found is not None
    dateline, stop = found
    assert (dateline.source, dateline.reporters, stop) == (source, reporters, end)


def test_site_and_dash_opening_a_sentence_is_no_dateline() -> None:
    assert match_dateline("记者从某网-了解到，讯息传递及时。") is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("昨天，新华社北京4月10日电称，全国春运平稳。", id="agency quoted mid-sentence"),
        pytest.param("据新华社报道，多地出现强降雨。", id="ju xinhua baodao"),
        pytest.param("新华社记者近日电话采访了当地村民。", id="xinhua reporter in a sentence"),
        pytest.param("新华社发布消息，称会议将于下月召开。", id="xinhua publishes news"),
        pytest.param("本报记者 常乐天", id="byline"),
        pytest.param("本报记者常乐天 实习生 白露 摄", id="photo byline"),
        pytest.param("新华社记者 方向东 摄", id="agency photo byline"),
        pytest.param("本报讯息传递及时，读者反响热烈。", id="benbao xunxi"),
        pytest.param("记者节：向坚守一线的新闻人致敬", id="headline with jizhe"),
        pytest.param("记者从市交通局获悉，新线路下月开通。", id="jizhe opens a sentence"),
        pytest.param("（记者华文、杜明通讯员周冰）：7月3日凌晨", id="credit without source"),
        pytest.param("（新华社南昌3月8日电）", id="trailing agency credit"),
        pytest.param("【研訊第12天】", id="hk inquest day tag"),
        pytest.param("做台電外包的工作，收入不穩定。", id="taipower in a sentence"),
        pytest.param("警报讯号响起后，居民迅速撤离。", id="alarm signal"),
        pytest.param("新华社电视新闻中心制作的节目", id="xinhua tv"),
        pytest.param("据新华社3月27日报道，北京降雪。", id="ju xinhua dated baodao"),
        pytest.param("他3月27日在北京报道了此事（见本报）。", id="reported in a sentence"),
        pytest.param("某某财经3月27日报道，股市回暖。", id="dated report without reporters"),
        pytest.param("据新华社3月27日报道（记者李明），北京降雪。", id="cited report with its reporters"),
        pytest.param("华社3月27日报道（记者李明），北京降雪。", id="citation cut by a line break"),
        pytest.param("会议于3月27日报道（张三、李四）", id="function word in the name"),
        pytest.param("美国媒体3月27日报道 记者 王某", id="report without a reporters bracket"),
        pytest.param("他在日报社通讯组工作多年。", id="paper then tongxun"),
        pytest.param("警方接举报后提讯了嫌疑人。", id="jubao then tixun"),
        pytest.param("情报人员侦讯嫌犯。", id="qingbao then xunxun"),
        pytest.param("这家晚报快讯频道改版。", id="paper then kuaixun"),
        pytest.param("这个网站北京讯息很多。", id="site, place, xunxi"),
        pytest.param("", id="empty"),
    ],
)
def test_must_not_match(text: str) -> None:
    assert match_dateline(text) is None
    assert not looks_like_dateline_start(text)


# --- looks_like_dateline_start -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "本报讯（记者 韩佳宁） 6 月",
        "新华社昆明 6月 2日电 全省",
        "新华网日内瓦４月１８",  # the line breaks inside the date
        "【中央社記者葉宛真台北8日電】",
        "江州晨报6月3日信",  # the line breaks inside 信息, after a whole date: any paper's name will do
        "本报3月2日综合消",
    ],
)
def test_looks_like_dateline_start(line: str) -> None:
    assert looks_like_dateline_start(line)


@pytest.mark.parametrize(
    "line", ["他在6月3日信", "江州晨报的信", "我们8月6日消", "记者从市气象台3月2日最", "居民们向电视台3月2日综"]
)
def test_a_line_ending_on_a_date_and_a_character_of_xinxi_needs_a_source_before_it(line: str) -> None:
    assert not looks_like_dateline_start(line)


# --- reporters -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("credit", "names"),
    [
        ("记者 刘思远", ("刘思远",)),
        ("记者刘思远 马骏", ("刘思远", "马骏")),
        ("记者刘思远、马骏", ("刘思远", "马骏")),
        ("融媒体记者 甘雨 见习记者 舒畅", ("甘雨", "舒畅")),
        ("记者欧阳晓峰", ("欧阳晓峰",)),
        ("海湾都市报记者龙飞宇通讯员陶敏文/图", ("龙飞宇", "陶敏")),
    ],
)
def test_parse_reporters(credit: str, names: tuple[str, ...]) -> None:
    assert parse_reporters(credit) == (names, True)


# --- properties ----------------------------------------------------------------------------------------------------

# Characters datelines are made of, so random text often comes close to one.
_ALPHABET = "本报讯新华社网中央記者记电電讯訊据【】（）() 　:：、，北京台北4月1０日通讯员王李张明報專消息\n"


@given(st.one_of(st.text(), st.text(alphabet=_ALPHABET, max_size=60)))
def test_end_offset_covers_the_source(text: str) -> None:
    got = match_dateline(text)
    if got is None:
        return
    dateline, end = got
    assert 0 < end <= len(text)
    # (a bracketed town's formula, （新山讯）, names no source: the town is its place)
    assert dateline.source is None or dateline.source in "".join(text[:end].split())
    assert dateline.source is not None or dateline.place is not None
    assert not text[end - 1 : end].isspace()  # trailing whitespace is never part of the dateline


def test_letter_spaced_credit_is_split_into_names_by_surname() -> None:
    # pdftotext -raw prints a credit set with open tracking one character at a time
    d = match_dateline("新华网联合国3月25日电 （ 记 者 倪 红 梅 顾 震 球 ）联合国安理会25日发表声明。")
    assert d is not None
    assert d[0].reporters == ("倪红梅", "顾震球")


@pytest.mark.parametrize(
    ("line", "below", "cut"),
    [
        # the source and the place, the date on the next line: one dateline the wrap cut
        ("新华社呼和浩特", "1月5日电（记者 高原）记者从民航部门获悉", True),
        ("本报南宁", "3月2日电（记者 韦青）", True),
        # a sentence that opens on the agency's name goes on below with no date
        ("新华社记者近日走访了", "边境小镇的口岸", False),
        # nor does a date below turn a line of prose into a dateline's start
        ("新华社记者近日走访了", "2月11日电视台播出的节目", False),
        # a place with nothing below it to finish the formula
        ("新华社呼和浩特", "", False),
        # verbs and function words after the source open a sentence, whatever date the next line opens with
        ("本报收到市发改委", "5月3日消息称，充电桩数量翻番", False),
        ("新华社发布的", "5月3日电文显示，", False),
        ("本报热线接到市民", "5日电话反映，", False),
        # a place with 驻 or 据 before the source are the formula's own
        ("本报驻东京", "3月2日电（记者 林海）", True),
        ("据新华社北京", "3月2日电", True),
        # places holding characters that open sentences elsewhere, finished by a wire's date and 电
        ("新华社日内瓦", "3月2日电（记者 林海）", True),
        ("新华社维也纳", "3月2日电", True),
    ],
)
def test_a_dateline_cut_right_after_its_place_is_known_by_the_date_below(line: str, below: str, cut: bool) -> None:
    assert cut_after_place(line, below) is cut


def test_a_paper_and_its_own_site_credited_together() -> None:
    # (江州晚报、江州网讯: the paper and its site; the formula is the one named last)
    raw = "江州晚报、江州网讯（记者 林海）昨日，"
    check(raw, D("江州晚报、江州网讯（记者 林海）", "江州网", None, None, "林海"), 16)
    # a paper and a site in a sentence, 讯 starting 讯息, open nothing
    assert match_dateline("他在江州晚报、江州网讯息栏目里看到了通知。") is None


def test_doctests() -> None:
    # the examples in the module's docstrings (cut_after_place's among them) are checked, not just shown
    result = doctest.testmod(datelines)
    assert result.attempted > 0 and result.failed == 0


def test_taiwanese_desk_report_in_brackets_names_place_and_reporters() -> None:
    # 〔記者某某／台北報導〕 opens a Taiwanese paper's lead: the paper's own desk, no source named
    raw = "〔記者林大同、張小文／台中報導〕台中市政府今天宣布"
    check(raw, D("〔記者林大同、張小文／台中報導〕", None, "台中", None, "林大同", "張小文"), 16)


def test_correspondent_sent_from_a_place_opens_the_lead() -> None:
    # 本报记者 某某 发自某地: the paper's own correspondent and where the report was sent from
    check("本报记者 钱进 发自东京 日本政府昨天", D("本报记者 钱进 发自东京", "本报", "东京", None, "钱进"), 12)


def test_a_correspondent_cited_in_running_text_is_no_dateline() -> None:
    assert match_dateline("本报记者发自北京的消息称，会议将于下月召开") is None


@pytest.mark.parametrize(
    ("raw", "expected", "end"),
    [
        # a sports daily's correspondent signs the dispatch before its place and date (the role as printed)
        (
            "本报特派记者 聂飞 南塘 9 月 15 日电 今晚，联赛第24轮",
            D("本报特派记者 聂飞 南塘 9 月 15 日电", "本报", "南塘", "9月15日", "聂飞"),
            22,
        ),
        (
            "本报记者 王晓明 李华 北京3月5日电 昨天",
            D("本报记者 王晓明 李华 北京3月5日电", "本报", "北京", "3月5日", "王晓明", "李华"),
            19,
        ),
        (
            "本報駐巴黎記者 陳冬 巴黎10月2日電 當地時間",
            D("本報駐巴黎記者 陳冬 巴黎10月2日電", "本報", "巴黎", "10月2日", "陳冬"),
            19,
        ),
    ],
)
def test_a_correspondent_signs_the_dispatch_before_its_place_and_date(raw: str, expected: Dateline, end: int) -> None:
    check(raw, expected, end)


def test_a_reporter_and_a_date_in_running_text_are_no_dispatch() -> None:
    # (no surname opens 近日; and a story may name its reporter and a date without any 电)
    assert match_dateline("本报记者 近日 走访3月5日电") is None
    assert match_dateline("本报记者 王晓明 北京3月5日报道的消息称") is None


@pytest.mark.parametrize(
    ("raw", "place", "end"),
    [("〔記者林大同／綜合報導〕今天", None, 12), ("〔記者林大同／台北报导〕今天", "台北", 12)],
)
def test_taiwanese_desk_report_compiled_or_in_simplified_form(raw: str, place: str | None, end: int) -> None:
    check(raw, D(raw[:end], None, place, None, "林大同"), end)


def test_correspondent_line_standing_alone_is_a_dateline() -> None:
    check("本报记者 钱进 发自东京", D("本报记者 钱进 发自东京", "本报", "东京", None, "钱进"), 12)


@pytest.mark.parametrize(
    ("text", "source", "place", "date", "reporters"),
    [
        # Singapore and Malaysian papers: the paper's formula in brackets, or the town and the day
        ("（早报讯）令吉兑新元汇率近来持续走软", "早报讯", None, None, ()),
        ("（本报讯）一名男子冒充快递公司职员", "本报讯", None, None, ()),
        ("（新山12日讯）柔佛州政府今年将拨款", None, "新山", "12日", ()),
        ("【澳門訊】氣象部門表示，未來一周", None, "澳門", None, ()),
        # an overseas Chinese paper: the reporter and the place in brackets, run together
        ("（本報記者鄭嘉穎紐約報導）曼哈頓華埠一處停車場", "本報", "紐約", None, ("鄭嘉穎",)),
        ("（本報記者孫立群皇后區報導）皇后區一個地鐵站", "本報", "皇后區", None, ("孫立群",)),
        # a name of two characters before a place the paper's datelines name, and a compiled report, no place
        ("（本報記者王明舊金山報導）一年一度的龍舟賽", "本報", "舊金山", None, ("王明",)),
        ("（本報記者林小華綜合報導）多地華人社團", "本報", None, None, ("林小華",)),
        # a name alone, or a place alone
        ("（本報記者陳嘉穎報導）僑社舉辦中秋聯歡晚會", "本報", None, None, ("陳嘉穎",)),
        ("（本報記者歐陽明報導）僑社舉辦中秋聯歡晚會", "本報", None, None, ("歐陽明",)),
        ("（本報記者舊金山報導）僑社舉辦中秋聯歡晚會", "本報", "舊金山", None, ()),
        # a Hong Kong paper's, in square brackets, and its round-up of the wires
        ("【本報記者周小穎台北報道】第60屆金鐘獎", "本報", "台北", None, ("周小穎",)),
        ("【本報綜合外電報道】歐洲主要股市昨日", "綜合外電", None, None, ()),
        ("（社头讯）社头乡昨日举办芭乐节", None, "社头", None, ()),
        # a round-up compiled in a town, or by the paper: the compiling is the source
        ("（吉隆坡综合讯）大马多个州属昨天下起豪雨", "综合讯", "吉隆坡", None, ()),
        ("（檳城綜合訊）州政府宣布", "綜合訊", "檳城", None, ()),
        ("（本报综合讯）多国央行昨天宣布", "本报综合讯", None, None, ()),
    ],
)
def test_bracketed_datelines_of_overseas_papers(
    text: str, source: str | None, place: str | None, date: str | None, reporters: tuple[str, ...]
) -> None:
    found = match_dateline(text)
    assert found is not None
    d, end = found
    assert (d.source, d.place, d.date, d.reporters) == (source, place, date, reporters)
    assert text[:end] == d.text


@pytest.mark.parametrize(
    "text",
    [
        "【貨倉大火死因研訊】消防隊長作供",  # a story's tag ending on 訊, no town
        "（简讯）市图书馆新馆开放",  # a column's label
        "（快讯）全市河道治理推进会召开",
        "（综合电讯）受通胀数据影响，全球股市",  # a compiled wire report names no town
        "（路透社讯）某国央行宣布",
        "（新山12日讯）",  # the formula alone, no lead after it
        "本报通讯员 莫小川 摄",  # a photo's credit: 通讯员 is a role, not 本报 + a place + 讯
    ],
)
def test_tags_and_labels_in_brackets_are_no_datelines(text: str) -> None:
    assert match_dateline(text) is None


@pytest.mark.parametrize(
    ("raw", "reporters", "end"),
    [
        ("本报记者 邢思源 今年以来，公募基金发行回暖", ("邢思源",), 8),
        ("本报记者 邢思源 杜若 8月以来，两市成交额", ("邢思源", "杜若"), 11),
        ("本报见习记者 邢思源 近日，记者走访了多家券商", ("邢思源",), 10),
    ],
)
def test_a_reporters_byline_running_into_the_lead_after_a_space_is_its_dateline(
    raw: str, reporters: tuple[str, ...], end: int
) -> None:
    # a business paper's lead opens with the byline and runs on after a space: the names end at the space
    # before the lead's first words, which run on to a mark
    check(raw, D(raw[:end], "本报", None, None, *reporters), end)


@pytest.mark.parametrize(
    "text", ["本报记者 邢思源", "本报记者 邢思源 杜若", "本报记者近日走访了多家券商，", "本报记者 邢思源 摄影报道"]
)
def test_a_byline_alone_or_a_reporter_in_running_text_is_no_lead_byline(text: str) -> None:
    assert match_dateline(text) is None


def test_a_desk_that_compiled_a_report_opens_its_dateline() -> None:
    dateline, end = match_dateline(
        "〔體育中心／綜合報導〕羽球公開賽昨天進行男單8強賽，台灣好手陳冠霖以2：1逆轉日本選手，晉級4強。"
    )
    assert dateline.text == "〔體育中心／綜合報導〕" and dateline.reporters == ()
    assert end == len("〔體育中心／綜合報導〕")


@pytest.mark.parametrize(
    ("byline", "source", "place", "reporters"),
    [
        ("本报记者 张三", "本报", None, ("张三",)),
        ("本报记者 张三 通讯员 李四", "本报", None, ("张三", "李四")),
        ("新华社记者 王五", "新华社", None, ("王五",)),
        ("□本报记者 郑 直", "本报", None, ("郑直",)),
        ("文/图 本报记者 陈明", "本报", None, ("陈明",)),
        ("本報記者 黃志明", "本報", None, ("黃志明",)),
        ("记者 刘小宇", None, None, ("刘小宇",)),
        ("記者林佳蓉／台北報導", None, "台北", ("林佳蓉",)),
    ],
)
def test_a_staff_byline_stands_for_a_dateline(
    byline: str, source: str | None, place: str | None, reporters: tuple[str, ...]
) -> None:
    found = datelines.byline_dateline(byline)
    assert found is not None
    assert (found.source, found.place, found.reporters) == (source, place, reporters)


@pytest.mark.parametrize("credit", ["文／本报评论员", "本报评论员", "记者手记", "本报记者 近日走访", "本报记者"])
def test_a_credit_without_a_reporter_stands_for_no_dateline(credit: str) -> None:
    # a desk's pen name, a column label or prose after the role names nobody who wrote the piece
    assert datelines.byline_dateline(credit) is None


@pytest.mark.parametrize(
    ("credit", "reporters"),
    [
        ("文／李四", ("李四",)),
        ("文／宮務組 陳秀鳳", ("陳秀鳳",)),
        ("文／信女 蔡玉霞", ("蔡玉霞",)),
        ("文／陳啟恩牧師", ("陳啟恩",)),
        ("文·图／张三 李四", ("张三", "李四")),
        ("文/伍慧珊(加拿大溫哥華)", ("伍慧珊",)),
        ("□ 周明轩", ("周明轩",)),
    ],
)
def test_a_writers_credit_names_the_writers_with_no_source(credit: str, reporters: tuple[str, ...]) -> None:
    # who wrote the piece is the fact a reporter's byline gives: the same field, the desk or standing before the
    # name (宮務組, 信女) and the honorific after it (牧師) dropped, and no source, since none is printed
    found = datelines.byline_dateline(credit)
    assert found is not None
    assert (found.source, found.reporters) == (None, reporters)


def test_a_newsletters_own_desk_opens_its_reports() -> None:
    found = match_dateline("本刊訊 本會於五月二十六日舉行浴佛法會，數百名信眾參加。")
    assert found is not None and found[0].source == "本刊訊"
    # (but a sentence on its listings is no formula)
    assert match_dateline("本刊旅遊資訊以出刊當日為準，出發前請再次向業者確認。") is None


@pytest.mark.parametrize(
    ("text", "reporters"),
    [
        ("本报讯（记者 阿卜杜热合曼·吐尔逊 通讯员 李明）4月9日，", ("阿卜杜热合曼·吐尔逊", "李明")),
        ("本报讯（记者 帕提古丽·吾斯曼）日前，木尔特县", ("帕提古丽·吾斯曼",)),
    ],
)
def test_a_name_transliterated_about_a_middle_dot_is_one_reporter(text: str, reporters: tuple[str, ...]) -> None:
    found = match_dateline(text)
    assert found is not None and found[0].reporters == reporters


def test_a_byline_of_a_name_about_a_middle_dot_stands_for_its_dateline() -> None:
    found = datelines.byline_dateline("本报通讯员 古丽米拉·艾买提")
    assert found is not None and found.reporters == ("古丽米拉·艾买提",)
    assert parse_reporters("记者 阿依古丽·吐尔逊、王五")[0] == ("阿依古丽·吐尔逊", "王五")


@pytest.mark.parametrize(
    ("text", "reporters"),
    [
        # a dot parting ordinary names, two or three characters each led by a surname, or before a role
        ("本报讯（记者 张伟·李娜）日前，", ("张伟", "李娜")),
        ("本报讯（记者 王五·赵六·钱七）日前，", ("王五", "赵六", "钱七")),
        ("本报讯（记者 王五·通讯员 赵六）日前，", ("王五", "赵六")),
        # a name of three parts
        ("本报讯（记者 阿依古丽·吐尔逊·买买提）日前，", ("阿依古丽·吐尔逊·买买提",)),
    ],
)
def test_a_middle_dot_between_ordinary_names_parts_them(text: str, reporters: tuple[str, ...]) -> None:
    found = match_dateline(text)
    assert found is not None and found[0].reporters == reporters


# The twenty-first batch's rules
def test_a_house_papers_credit_naming_the_writers_department_gives_the_writer_as_reporter() -> None:
    # （办公室 王芳）: a house paper names the writer's department before the name, no role; a bracket of something
    # else after the formula, （以下简称 会议）, names nobody
    walk = [
        "本刊讯（办公室 王芳）5月8日，机关工会组织全体干部职工开展春季健步走活动，一百二十余人参加。",
        "活动线路全长八公里，沿途设置了三个补给点。大家边走边聊，在运动中放松了身心。",
    ]
    meeting = [
        "本报讯（以下简称 会议）5月9日，全市安全生产工作会议召开，会议通报了一季度安全生产形势。",
        "会议要求，各地要立即开展隐患大排查，对排查出的问题逐一整改销号。",
    ]
    pg = split(page("机关干部职工春季健步走", column(walk, 16), "全市安全生产工作会议召开", column(meeting, 16)))
    credited, bracketed = by_lead(pg, "本刊讯").dateline, by_lead(pg, "以下简称").dateline
    assert credited is not None and credited.reporters == ("王芳",)
    assert bracketed is not None and bracketed.reporters == ()


# The twenty-third batch's rules
def test_a_bracketed_report_credit_with_the_name_and_the_place_set_apart_gives_both() -> None:
    # （本報記者 梁嘉豪 科隆報導）: an overseas paper sets the reporter's name and the place apart inside the brackets;
    # the name is the reporter and the place the dateline's, though 科隆 opens the sentence after it too
    story = [
        "（本報記者 梁嘉豪 科隆報導）科隆自由區華商聯誼會日前舉行新春團拜，近三百名僑胞歡聚一堂，共慶佳節。",
        "聯誼會會長在致詞中表示，新的一年將繼續為僑商提供法律和稅務諮詢服務，協助大家拓展業務。",
    ]
    pg = split(page("科隆華商歡聚慶新春", column(story, 18)))
    found = by_lead(pg, "梁嘉豪").dateline
    assert found is not None
    assert (found.source, found.place, found.reporters) == ("本報", "科隆", ("梁嘉豪",))


# The twenty-second batch's rules
@pytest.mark.parametrize(
    ("text", "source", "date"),
    [
        ("【本堂訊】 2 月 23日主日崇拜中，本堂為十二位弟兄姊妹施行洗禮。", "本堂訊", "2月23日"),
        ("本会讯 近日，市书法家协会召开理事会，研究年度工作。", "本会讯", None),
        ("本台讯（记者 李明）近日，全市广播电视安全播出会议召开。", "本台讯", None),
        ("本校讯 3月5日，学校举行春季运动会。", "本校讯", "3月5日"),
    ],
)
def test_a_house_desk_opens_its_news_as_a_paper_does(text: str, source: str, date: str | None) -> None:
    # a church's, an association's, a station's or a school's own news is dated by its desk as a paper's is
    found = match_dateline(text)
    assert found is not None
    assert (found[0].source, found[0].date) == (source, date)


@pytest.mark.parametrize(
    "text", ["本校讯息显示，报名人数创新高。", "本台记者昨日走访了三个社区。", "本会讯问了多名会员。"]
)
def test_a_sentence_about_a_house_desk_is_no_dateline(text: str) -> None:
    assert match_dateline(text) is None


def test_a_brief_marked_by_a_bullet_opens_on_its_dateline() -> None:
    # a column of briefs marks each with a bullet before its formula: the formula is the dateline all the same, the
    # bullet left in the paragraph
    found = match_dateline("■本报讯 11 月 3 日，市消防救援支队联合市教育局开展活动。")
    assert found is not None
    assert (found[0].text, found[0].date) == ("本报讯", "11月3日")
    assert match_dateline("■新华社发") is None


@pytest.mark.parametrize(
    ("text", "source"),
    [("【本報娛樂組訊】電視台新劇昨日開拍。", "本報娛樂組訊"), ("本报体育部讯 昨日，市运会闭幕。", "本报体育部讯")],
)
def test_a_papers_desk_before_its_formula_is_the_source_not_a_place(text: str, source: str) -> None:
    # 本报体育部讯: the desk that sent the news, as 本报讯 names the paper; 本报东莞讯 names a place
    found = match_dateline(text)
    assert found is not None
    assert (found[0].source, found[0].place) == (source, None)
    east = match_dateline("本报东莞讯 昨日，东莞举行招商会。")
    assert east is not None and (east[0].source, east[0].place) == ("本报", "东莞")


def test_a_taiwanese_reporters_desk_formula_may_name_the_paper_first() -> None:
    # 【本報記者某某／某地報導】: the paper's own reporter and where from, as 【記者某某／某地報導】 without the paper
    d, end = match_dateline("【本報記者高美玲／馬立古達部落報導】馬立古達部落族語學習中心本月開課")
    assert (d.source, d.place, d.reporters) == ("本報", "馬立古達部落", ("高美玲",))
    assert end == len("【本報記者高美玲／馬立古達部落報導】")
    d, _ = match_dateline("【記者林志宏／東岸報導】由部落婦女合作社經營的廚房開張")
    assert (d.source, d.place, d.reporters) == (None, "東岸", ("林志宏",))


@pytest.mark.parametrize(
    ("lead", "source", "date"),
    [
        ("据《缅光日报》4月2日报道，建设部官员表示，公路扩建工程年底完工。", "《缅光日报》", "4月2日"),
        ("据英文《南岸信使报》报道，私人住宅租金连续第三个季度上涨。", "《南岸信使报》", None),
        ("据《群岛日报》（Harian Nusantara）报道，港口扩建工程已完成七成。", "《群岛日报》", None),
        ("據新華社報道，今年暑期以來，口岸客流持續上升。", "新華社", None),
        # (a station, a news site and a paper's news app, named without title marks)
        ("据央视新闻报道，入夏以来，多地设立户外劳动者驿站。", "央视新闻", None),
        ("据中新网消息，首批国际航班今日复航。", "中新网", None),
        ("据北京日报客户端报道，地铁新线今日开通。", "北京日报客户端", None),
    ],
)
def test_a_story_retold_from_another_paper_names_it_as_its_source(lead: str, source: str, date: str | None) -> None:
    # 据《某报》报道，…: the paper or agency it retells is its source, as printed with its title marks; no place and
    # no reporter
    found = datelines.reported_dateline(lead)
    assert found is not None
    assert (found.source, found.place, found.date, found.reporters) == (source, None, date, ())


@pytest.mark.parametrize(
    "lead",
    [
        "据外媒报道，一支科考队近日抵达。",
        "据了解，该项目年底完工。",
        "据统计，全市新增车辆九千辆。",
        "据相关新闻报道，一支科考队近日抵达。",
        "据当地媒体报道，港口扩建工程已完成七成。",
        "据该网报道，港口扩建工程已完成七成。",
        "据新闻报道，港口扩建工程已完成七成。",
    ],
)
def test_a_lead_that_names_no_paper_or_agency_gives_no_source(lead: str) -> None:
    assert datelines.reported_dateline(lead) is None


# --- the thirty-fourth batch's rules (composed pages) ---
def test_a_story_retold_from_a_paper_named_with_its_language_first_names_that_paper_as_its_source() -> None:
    # 据泰文《某报》8月11日报道，…: the language it was printed in before the paper's title; the paper is the source
    story = [
        "据泰文《湄南晨报》8月11日报道，湄岚府今年龙眼产量预计达12万吨，较去年增长一成，府商业厅正协调出口商扩大对华出口。",
        "报道称，今年雨水充足，果实个头大、甜度高，收购价格比去年同期略有上涨。",
    ]
    pg = split(page("湄江华报", "2024年8月12日 星期一", "湄岚龙眼迎来丰收", column(story, 16)))
    longan = by_lead(pg, "据泰文《湄南晨报》")
    assert longan.dateline is not None
    assert (longan.dateline.source, longan.dateline.place, longan.dateline.date) == ("《湄南晨报》", None, "8月11日")
    assert list(longan.paragraphs) == story


# --- the thirty-fifth batch's rules, read after the review (composed pages) ---
@pytest.mark.parametrize(
    ("byline", "reporters"),
    [
        ("本报记者 唐敏 通讯员 罗一 帆", ("唐敏", "罗一帆")),  # a name of three an OCR engine parted
        ("本报记者 罗 一帆", ("罗一帆",)),
        ("本报通讯员 葛 婷", ("葛婷",)),  # a name of two padded to three
        ("本报记者 唐敏 李刚", ("唐敏", "李刚")),  # two names stay two
        ("文/记者 孙悦 图/记者 钱进", ("孙悦", "钱进")),  # a credit's word beside a name is no part of it
    ],
)
def test_a_byline_joins_a_name_an_ocr_engine_parted_and_no_more(byline: str, reporters: tuple[str, ...]) -> None:
    found = datelines.byline_dateline(byline)
    assert found is not None and found.reporters == reporters


@pytest.mark.parametrize("credit", ["报道：黄静仪", "报道·摄影：黄静仪", "报道及摄影：黄静仪"])
def test_a_malaysian_papers_reporting_credit_names_the_reporter(credit: str) -> None:
    # 报道：某某 on a line of its own over the lead: the reporter, with no source printed
    found = datelines.byline_dateline(credit)
    assert found is not None and (found.source, found.reporters) == (None, ("黄静仪",))


def test_a_leads_dateline_naming_no_reporter_takes_them_from_the_byline_above_it() -> None:
    # 报道：某某 / （新山21日讯）…: the lead's dateline gives the place and the day, the byline the reporter
    story = [
        "（新山21日讯）适逢新加坡学校假期，大批游客周末涌入新山，长堤往新山方向车龙长达八公里。",
        "州交通委员会主席表示，州政府已要求移民局在高峰时段开放所有柜台。",
    ]
    pg = split(page("南洋晨光报 2024年7月22日 星期一", "长堤车龙长达八公里", "报道：黄静仪", column(story, 18)))
    (jam,) = pg.articles
    assert jam.dateline is not None and jam.dateline.reporters == ("黄静仪",)
    assert list(jam.paragraphs) == ["报道：黄静仪", *story]


# --- the thirty-ninth batch's rules ---
_CHILDCARE_FUNDS = [
    "（加通社渥太華17日電）聯邦政府17日宣布，將撥款兩億元，協助各省擴建兒童托育設施，預計新增三萬個托育名額。",
    "聯邦家庭事務部長表示，撥款將優先用於托育名額短缺的偏遠社區。",
]
_EASTERN_SNOW = [
    "【綜合報道】受強烈冷鋒影響，加拿大東部多個省份16日起普降大雪，部分地區積雪超過40厘米，多條高速公路一度封閉。",
    "氣象部門預計，降雪將持續至週四，提醒民眾減少不必要的出行。",
]
_LIBRARY_HOURS = [
    "（多倫多電）多倫多公共圖書館宣布，從下月起，市內十家分館將延長週末開放時間，每週日開放至晚上八時。",
    "圖書館表示，此舉是為了方便上班族和學生使用館內的自修空間。",
]


def test_an_agencys_formula_in_brackets_and_a_round_ups_label_open_their_stories_as_datelines() -> None:
    # a Chinese paper abroad: （加通社渥太華17日電）… is the wire's story, 【綜合報道】… the paper's round-up of
    # reports; （多倫多電）… names a place and no agency, and gives no dateline
    pg = split(
        page(
            "楓華日報",
            "2025年3月18日 星期二",
            "聯邦撥款兩億擴建托育設施",
            column(_CHILDCARE_FUNDS, 16),
            "東部多省普降大雪",
            column(_EASTERN_SNOW, 16),
            "公共圖書館延長週末開放時間",
            column(_LIBRARY_HOURS, 16),
        )
    )
    funds, snow, library = (by_lead(pg, lead) for lead in ("（加通社", "【綜合報道】", "（多倫多電）"))
    assert funds.dateline is not None and snow.dateline is not None
    assert (funds.dateline.text, funds.dateline.source, funds.dateline.place, funds.dateline.date) == (
        "（加通社渥太華17日電）",
        "加通社",
        "渥太華",
        "17日",
    )
    assert (snow.dateline.text, snow.dateline.source, snow.dateline.place) == ("【綜合報道】", "綜合報道", None)
    assert library.dateline is None
    assert [list(a.paragraphs) for a in pg.articles] == [_CHILDCARE_FUNDS, _EASTERN_SNOW, _LIBRARY_HOURS]


@pytest.mark.parametrize(
    ("lead", "source", "place", "date", "bare"),
    [
        ("（加通社渥太華17日電）聯邦政府17日宣布", "加通社", "渥太華", "17日", "（渥太華電）聯邦政府17日宣布"),
        ("（法新社巴黎3日電）法國總統府3日表示", "法新社", "巴黎", "3日", "（巴黎電）法國總統府3日表示"),
        ("（路透社東京5日電）日本央行5日宣布", "路透社", "東京", "5日", "（東京5日電）日本央行5日宣布"),
        ("（美联社华盛顿12日电）美国国会12日", "美联社", "华盛顿", "12日", "（台北电）行政院12日"),
        ("(法新社巴黎3日電)法國總統府3日表示", "法新社", "巴黎", "3日", "(巴黎3日電)法國總統府3日表示"),
    ],
)
def test_an_agencys_formula_in_round_brackets_is_a_dateline_and_a_place_in_brackets_without_an_agency_is_not(
    lead: str, source: str, place: str, date: str, bare: str
) -> None:
    found = match_dateline(lead)
    assert found is not None
    d, end = found
    assert (d.source, d.place, d.date, d.reporters) == (source, place, date, ())
    assert d.text == lead[:end]
    assert match_dateline(bare) is None


@pytest.mark.parametrize(
    "lead",
    [
        "【綜合報道】加拿大東部多個省份",
        "【綜合報導】加拿大東部多個省份",
        "（综合报道）多个省份",
        "【综合报道】多个省份",
    ],
)
def test_a_round_ups_label_in_brackets_is_a_dateline_whose_source_is_the_label(lead: str) -> None:
    # 【綜合報道】: a paper's round-up of reports, no agency and no place; the label, as printed, is its source
    found = match_dateline(lead)
    assert found is not None
    d, end = found
    assert (d.text, d.source, d.place, d.date, d.reporters) == (lead[:6], lead[1:5], None, None, ())
    assert end == 6


@pytest.mark.parametrize(
    ("lead", "reporters"),
    [
        ("本报讯（学生记者 周子墨）5月20日，实验中学举行科技节。", ("周子墨",)),
        ("本报讯（校园记者 许安然 通讯员 王磊）近日，", ("许安然", "王磊")),
        ("本报讯（记者 陈晓 学生记者 周子墨）5月20日，", ("陈晓", "周子墨")),
        ("本報訊（學生記者 周子墨）5月20日，", ("周子墨",)),
        ("本報訊（校園記者 許安然）近日，", ("許安然",)),
    ],
)
def test_a_student_or_campus_reporters_role_is_no_part_of_the_reporters_names(
    lead: str, reporters: tuple[str, ...]
) -> None:
    # 学生记者, 校园记者, 小记者: a campus or a children's paper's reporters; the role is no reporter named 学生
    found = match_dateline(lead)
    assert found is not None and found[0].reporters == reporters


def test_a_student_reporters_story_gives_the_student_as_its_only_reporter() -> None:
    fair = [
        "本报讯（学生记者 周子墨）5月20日，实验中学第十届科技节开幕，全校同学带来了两百多件自制科技作品。",
        "活动现场，机器人足球赛和水火箭发射比赛吸引了不少同学围观。",
    ]
    pg = split(page("青禾少年报 2024年5月22日 星期三 第3版", "实验中学科技节开幕", column(fair, 16)))
    (story,) = pg.articles
    assert story.dateline is not None
    assert (story.dateline.source, story.dateline.date, story.dateline.reporters) == ("本报讯", "5月20日", ("周子墨",))
    assert list(story.paragraphs) == fair


@pytest.mark.parametrize(
    "lead",
    [
        "(本報記者梁嘉欣舊金山報導) 華埠長者服務中心擴建工程18日舉行動土儀式，明年夏季啟用。",
        "(本報記者梁嘉欣舊金\n山報導) 華埠長者服務中心擴建工程18日舉行動土儀式，明年夏季啟用。",
        "(綜合報導) 加州議會正審議一項提案，擬於明年起將全州最低工資再調高。",
        "(中央社記者林書豪新竹17日電) 科學園區管理局今天舉行再生水廠二期工程動土典禮。",
    ],
)
def test_a_bracketed_formula_an_ocr_engine_read_in_ascii_brackets_with_a_space_after_opens_the_lead(lead: str) -> None:
    # Tesseract reads the brackets as ASCII and a space after the closing one: the formula still opens the lead
    pg = newsseg.split(lead + "\n")
    (article,) = pg.articles
    assert article.dateline is not None
    assert article.dateline.text == "（" + lead.split("(", 1)[1].split(")", 1)[0].replace("\n", "") + "）"


@pytest.mark.parametrize(
    ("credit", "joined"),
    [
        ("记者 林 涛 摄", "记者 林涛 摄"),
        ("新华社记者 王 翔 摄", "新华社记者 王翔 摄"),
        ("本报记者 唐 敏 通讯员 罗一 帆", "本报记者 唐敏 通讯员 罗一帆"),
        ("文/图 记者 李 明", "文/图 记者 李明"),
    ],
)
def test_a_padded_name_after_a_role_joins_and_the_role_stays_apart(credit: str, joined: str) -> None:
    # the role before a name padded to three (记者 林 涛) is no part of it: the name joins, the role keeps its space
    assert datelines.join_parted_names(credit) == joined


def _articles_of(text: str) -> tuple[newsseg.Article, ...]:
    return newsseg.split(text).articles


def test_a_name_of_two_padded_to_three_cells_is_one_reporter() -> None:
    assert parse_reporters("记者 陈晓峰 通讯员 黄 丽")[0] == ("陈晓峰", "黄丽")
    assert parse_reporters("通讯员 钟法轩 记者杜 蕾")[0] == ("钟法轩", "杜蕾")
    assert parse_reporters("记 者 倪 红 梅 顾 震 球")[0] == ("倪红梅", "顾震球")


def test_a_source_formula_in_brackets_loses_an_ocr_space() -> None:
    text = "港聞\n議員促加快審批\n【本 報訊】立法會多名議員昨日促請政府加快審批公屋\n申請，縮短輪候時間。\n"
    a = _articles_of(text)
    assert a[0].paragraphs[0].startswith("【本報訊】立法會")


def test_an_ocr_space_inside_the_role_shixisheng_leaves_the_credit_whole() -> None:
    text = "体育\n锦城队战平齐鲁队\n本报讯(记者 周凯 实 习生 吴晓雨)昨晚,中超联赛第29轮在锦\n城凤凰山体育场打响。\n"
    a = _articles_of(text)
    assert a[0].paragraphs[0].startswith("本报讯（记者 周凯 实习生 吴晓雨）昨晚")
    assert a[0].dateline.reporters == ("周凯", "吴晓雨")


def test_a_reporters_bracketed_report_names_the_paper_as_its_source() -> None:
    d, _ = match_dateline("【本報記者張雅婷新竹報導】新竹縣人口持續成長")
    assert (d.source, d.place, d.reporters) == ("本報", "新竹", ("張雅婷",))
    d, _ = match_dateline("本报特派记者 聂飞 南塘9月15日电 今晚，联赛第24轮")
    assert (d.source, d.place) == ("本报", "南塘")


def test_a_staff_report_opening_the_lead_is_its_dateline() -> None:
    for lead, names in [
        ("本报记者 郑伟 报道 自称在有关部门有熟人，", ("郑伟",)),
        ("本报记 者 任志强 报道：12月27日上午10时，", ("任志强",)),
        ("本报记者 郑伟 通讯员 林晓 报道 近日，", ("郑伟", "林晓")),
    ]:
        d, _ = match_dateline(lead)
        assert (d.source, d.reporters) == ("本报", names)
    # (a report cited in the lead's words is no dateline of its own: 本报记者 某某 报道称，…)
    d, _ = match_dateline("本报记者 王明 报道称，他们")
    assert d.text == "本报记者 王明"
    text = (
        "江州晚报 2024年11月14日 星期四\n"
        "谎称能办“内部指标” 男子骗走12万元\n"
        "本报记者 郑伟 报道 自称在有关部门“有熟人”，\n"
        "能帮忙办理购车“内部指标”，男子钱某先后骗取\n"
        "他人12万元。近日，钱某被警方抓获。\n"
    )
    a = _articles_of(text)
    assert a[0].paragraphs[0].startswith("本报记者 郑伟 报道 自称")
    assert a[0].dateline.reporters == ("郑伟",)
