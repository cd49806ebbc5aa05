"""Pages as the extractors users actually run print them: one small made-up page per failure mode.

The seed page is one paper, one layout, one extractor. Each section below composes a page the way another
extractor or another press prints it (pdftotext -raw, Tesseract, pdftotext's default mode on narrow columns,
Taiwan and Hong Kong papers, pieces without a dateline) and asserts what a reader would expect of the records.
The text is invented; the layout artefacts are copied from what the extractors do to real pages.

Known failures are strict xfails whose reason says what goes wrong on that page: the day one passes, the test
fails until its marker is removed.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import pytest
from pagekit import LIBRARY, OPINION, by_lead, column, page, split, wrap

import newsseg


def raw_fragments(lines: Sequence[str]) -> list[str]:
    """Cut printed lines the way ``pdftotext -raw`` does where quotation marks and book-title brackets are set
    in another font: before an opening quote and before 》, before a closing quote that follows a sentence end,
    and before a full stop that follows a closing quote or 》 (话。 / ”在市供热服务中心，值; 规范 / 》 / 。)."""
    out = []
    for line in lines:
        cur = ""
        for i, ch in enumerate(line):
            prev = line[i - 1] if i else ""
            if cur and (ch in "“》" or (ch == "”" and prev in "。！？") or (ch == "。" and prev in "”》")):
                out.append(cur)
                cur = ""
            cur += ch
        out.append(cur)
    return out


def letter_spaced(title: str) -> str:
    """A title set with open tracking, as extractors print it: one space between every two characters."""
    return " ".join(title)


def blocks(*parts: Sequence[str]) -> list[str]:
    """Tesseract's layout: every block it finds (a paragraph, a piece of one, a headline line) is followed by a
    blank line."""
    out: list[str] = []
    for part in parts:
        if out:
            out.append("")
        out.extend(part)
    return out


def headline(article: newsseg.Article) -> dict | None:
    return article.headline.to_record() if article.headline else None


def residue(pg: newsseg.Page) -> list[tuple[str, tuple[int, ...]]]:
    return [(r.text, r.lines) for r in pg.residue]


# --- pdftotext -raw ---------------------------------------------------------------------------------------------
# No blank line anywhere; the first line of a paragraph two cells short; quotation marks and 》 cut printed lines
# into fragments; the headlines of the page dumped after the last column in another order; the masthead on one line.
HEAT = [
    "本报讯（记者 韩冬）12月18日，记者从市住建局获悉，今冬全市集中供暖面积达到两千八百万平方米，比去年增加"
    "一百二十万平方米，新增面积主要集中在城东新区。",
    "“室温不达标，随时打电话。”在市供热服务中心，值班人员向记者展示了二十四小时热线登记簿，每一通来电后面都"
    "写着处理结果。",
    "市住建局负责人表示，各供热企业要严格执行《城市供热服务规范》。“我们每天公布各小区室温，接受监督”，他说。",
    "据介绍，今年新建的两座换热站已于上月投入运行，城东新区的老旧管网也全部完成了更换。",
]
TEACHERS = [
    "本报讯（记者 苏青）日前，省教育厅公布第五批省级骨干教师名单，我市34名中小学教师榜上有名，人数居全省第三位。",
    "此次评选历时半年，经过个人申报、课堂考核和专家评审等环节。一位入选的乡村教师说：“这份荣誉属于山里的孩子。”",
    "据了解，入选教师将在今后三年内承担送教下乡任务，每人每年到乡村学校上示范课不少于十节。",
]
SAFETY = [
    "本报讯（记者 林涛）12月18日，市委常委会召开会议，研究部署岁末年初安全生产工作。市委书记王建军主持会议。",
    "会议强调，要紧盯道路交通、燃气使用、建筑施工等重点领域，开展拉网式隐患排查，牢固树立“隐患就是事故”的"
    "意识，坚决遏制重特大事故发生。",
]
MASTHEAD = "东川日报 2019年12月19日星期四 时政 责任编辑：刘青 第2版"
RAW_BODIES = [raw_fragments(column(text, 13)) for text in (HEAT, TEACHERS, SAFETY)]
RAW_PAGE = page(
    MASTHEAD,
    *RAW_BODIES,
    "东川日报 第2版",
    "市委常委会召开会议强调",
    "扎实做好岁末年初安全生产工作",
    "王建军主持",
    letter_spaced("我市34名教师获评省级骨干教师"),
    "全市新增供暖面积一百二十万平方米",
)


@pytest.fixture(scope="module")
def raw_page() -> newsseg.Page:
    # the artefacts the tests below are about are really on the page
    lines = RAW_PAGE.splitlines()
    assert "" not in lines
    assert {"》", "。", "”", "”在市供热服务中心，值"} <= set(lines)
    return split(RAW_PAGE)


def test_raw_articles_open_at_their_datelines_and_the_furniture_is_residue(raw_page: newsseg.Page) -> None:
    assert [a.paragraphs[0][:12] for a in raw_page.articles] == [HEAT[0][:12], TEACHERS[0][:12], SAFETY[0][:12]]
    n_body = sum(len(b) for b in RAW_BODIES)
    assert [lines for _, lines in residue(raw_page)] == [(1,), (n_body + 2,)]
    assert [a.dateline.reporters if a.dateline else None for a in raw_page.articles] == [
        ("韩冬",),
        ("苏青",),
        ("林涛",),
    ]


def test_raw_quotation_fragments_rejoin_into_their_paragraph(raw_page: newsseg.Page) -> None:
    # “室温不达标，随时打电 / 话。 / ”在市供热服务中心，值 / 班人员…
    assert by_lead(raw_page, "韩冬").paragraphs[:2] == tuple(HEAT[:2])
    # 查，牢固树立 / “隐患就是事 / 故”的意识: a printed line cut before its opening quote
    assert list(by_lead(raw_page, "林涛").paragraphs) == SAFETY


def test_raw_lone_bracket_and_full_stop_stay_inside_their_printed_line(raw_page: newsseg.Page) -> None:
    assert list(by_lead(raw_page, "韩冬").paragraphs) == HEAT


def test_raw_lone_closing_quote_ends_its_paragraph(raw_page: newsseg.Page) -> None:
    # 这份荣誉属于山里的 / 孩子。 / ” / 据了解，入选教师将在今: the quote closes the sentence, the paragraph ends
    assert list(by_lead(raw_page, "苏青").paragraphs) == TEACHERS


def test_raw_footer_headlines_go_to_their_articles(raw_page: newsseg.Page) -> None:
    assert headline(by_lead(raw_page, "韩冬")) == {
        "kicker": None,
        "title": "全市新增供暖面积一百二十万平方米",
        "subtitle": None,
    }
    safety = headline(by_lead(raw_page, "林涛"))
    assert safety is not None and safety["kicker"] == "市委常委会召开会议强调"
    assert by_lead(raw_page, "苏青").headline is not None
    assert raw_page.articles[1].headline_confidence > 0.5


def test_raw_letter_spaced_title_is_closed_up(raw_page: newsseg.Page) -> None:
    assert headline(by_lead(raw_page, "苏青")) == {
        "kicker": None,
        "title": "我市34名教师获评省级骨干教师",
        "subtitle": None,
    }


def test_raw_kicker_title_and_roll_call_subtitle(raw_page: newsseg.Page) -> None:
    assert headline(by_lead(raw_page, "林涛")) == {
        "kicker": "市委常委会召开会议强调",
        "title": "扎实做好岁末年初安全生产工作",
        "subtitle": "王建军主持",
    }


def test_raw_printed_lines_cut_before_their_quotes_are_put_back_together() -> None:
    # pdftotext -raw cuts each printed line (18 cells here) before an opening quote; in a column of quotations
    # the pieces are most of the lines, and a line that starts with one is no paragraph's first line
    lines = [
        "本报讯（记者 韩冰）5月8日晚，一辆满载",
        "鲜奶的货车在城南路口侧翻，司机说：",
        "“要不",
        "是躲让对面的货车，也不会冲上人行道。",
        "”事故没有造成人员伤亡，近一吨鲜奶泼洒",
        "在路面上。环卫工人连夜清洗，",
        "“现在路",
        "面已经干净了。",
        "”",
        "交警提醒，货车在雨天行驶要减速慢行，",
        "“宁等三分，不抢一秒”，遇到",
        "“急弯”",
        "“陡坡”等路段更要格外小心。",
    ]
    pg = newsseg.split(page(lines), newsseg.Config(explain=True))
    (crash,) = pg.articles
    assert list(crash.paragraphs) == ["".join(lines[:9]), "".join(lines[9:])]
    assert any(d.action == "join" and d.lines == (6, 7) and "printed line" in d.reason for d in pg.explain)


def test_raw_paragraph_after_a_short_last_line_opening_on_a_quote_stays_a_paragraph() -> None:
    # the last line of a paragraph is short and the next paragraph opens on a quote: together they would fill
    # the measure, but the quote line is as wide as a paragraph's first line (the column less its indent)
    lines = [
        "本报讯（记者 韩冰）5月8日晚，一辆满载",
        "鲜奶货车在城南路口侧翻，所幸没人员伤",
        "亡。",
        "“车翻的时候我正在路边等公交，吓",
        "了一跳。”目击者王女士说，事故发生后",
        "交警很快赶到现场疏导交通。",
    ]
    (crash,) = split(page(lines)).articles
    assert list(crash.paragraphs) == ["".join(lines[:3]), "".join(lines[3:])]


def test_raw_line_cut_before_each_book_title_is_one_paragraph_not_a_headline() -> None:
    # pdftotext -raw cuts a printed line before each 《: a run of book titles comes out one per line, and the
    # line after them looks wider than a column measured on such pieces; none of it is a headline
    lines = [
        "本报讯（记者 陈晓）市图书馆近日推出",
        "经典诵读系列活动，首批选定的篇目包括",
        "《论语》",
        "《孟子》",
        "《大学》",
        "《中庸》",
        "《诗经》",
        "《楚辞》六部，每部安排四场讲",
        "座，全年共计二十四场。",
    ]
    (reading,) = split(page(lines)).articles
    assert list(reading.paragraphs) == ["".join(lines)]
    assert reading.headline is None


def test_first_line_ending_on_a_full_stop_does_not_end_the_paragraph() -> None:
    text = [
        "本报讯（记者 陈晓）5月12日，市图书馆新馆正式对外开放，新馆设有少儿阅览区、古籍修复室和数字体验中心。",
        "少儿区最受欢迎，人气特别旺。走进大门，迎面是一面彩色的绘本墙，孩子们可以席地而坐，自由翻阅。",
    ]
    lines = column(text, 16)
    assert "少儿区最受欢迎，人气特别旺。" in lines
    (art,) = split(page(lines)).articles
    assert list(art.paragraphs) == text


# --- Tesseract ----------------------------------------------------------------------------------------------------
# ASCII marks for full-width ones, stray spaces inside words, a blank line after every block it finds (so a
# paragraph may come in pieces), a vertical title read one character per block, a dash-led subtitle.
ROAD_OCR = [
    "本报讯 (记者 周明) 近日, 记者从市交通运输局了解到: 今年我市共完成农 村公路提档升级三百公里, 全市所有行政村"
    "都通上了硬 化路。",
    "在柳林镇石门村, 新修的水泥路一直通到村民家门口。村民老郭高兴地说: “以前下雨天出门一脚泥, 现在骑电动 车十分钟"
    "就到镇上 !”",
    "据了解, 明年我市将重点推进农村公路养护工作 (包括路面修补和安全设施完善) ; 同时加快建设旅游公 路。",
]
ROAD = [
    "本报讯（记者 周明）近日，记者从市交通运输局了解到：今年我市共完成农村公路提档升级三百公里，全市所有行政村"
    "都通上了硬化路。",
    "在柳林镇石门村，新修的水泥路一直通到村民家门口。村民老郭高兴地说：“以前下雨天出门一脚泥，现在骑电动车十分钟"
    "就到镇上！”",
    "据了解，明年我市将重点推进农村公路养护工作（包括路面修补和安全设施完善）；同时加快建设旅游公路。",
]
SNOW_OCR = [
    "本报讯 (记者 钱进) 12月15日夜间, 我市普降中雪。为保障市民出行, 全市环卫工人凌晨四点就上路除雪, 出动铲雪车"
    "和撒布车一百二十台次。",
    "截至16日上午9时, 城区主干道路积雪已全部清除, 公交线路恢复正常运行。",
]
ROAD_TITLE = "农村公路通到百姓家门口"
ROAD_SUBTITLE = "我市今年完成三百公里农村公路提档升级"
VERTICAL_TITLE = "雪后主干道路全部畅通"


def tesseract_page(dash: str = "——") -> str:
    road = [wrap(p, 17) for p in ROAD_OCR]
    second = road[1]
    assert not second[0].endswith("。")  # the blank line below cuts a sentence
    return page(
        blocks(
            ["北方晨报"],
            ["2019年12月19日 星期四"],
            ["责任编辑: 赵敏"],
            ["第3版"],
            [ROAD_TITLE],
            [dash + ROAD_SUBTITLE],
            road[0],
            second[:1],
            second[1:3],
            second[3:],
            road[2],
            *[[ch] for ch in VERTICAL_TITLE],
            *[wrap(p, 17) for p in SNOW_OCR],
        )
    )


@pytest.fixture(scope="module")
def ocr_page() -> newsseg.Page:
    return split(tesseract_page())


def test_tesseract_marks_become_full_width_and_stray_spaces_go(ocr_page: newsseg.Page) -> None:
    road, snow = ocr_page.articles
    assert list(road.paragraphs) == ROAD  # the second paragraph came in three blocks
    assert snow.paragraphs[0].startswith("本报讯（记者 钱进）12月15日夜间，我市普降中雪。")
    assert [d.to_record() for d in (road.dateline, snow.dateline) if d] == [
        {"text": "本报讯（记者 周明）", "source": "本报讯", "place": None, "date": None, "reporters": ["周明"]},
        {"text": "本报讯（记者 钱进）", "source": "本报讯", "place": None, "date": "12月15日", "reporters": ["钱进"]},
    ]


def test_tesseract_masthead_blocks_are_residue_with_full_width_marks(ocr_page: newsseg.Page) -> None:
    assert residue(ocr_page) == [
        ("北方晨报", (1,)),
        ("2019年12月19日 星期四", (3,)),
        ("责任编辑：赵敏", (5,)),
        ("第3版", (7,)),
    ]


def test_tesseract_dash_led_line_is_the_subtitle(ocr_page: newsseg.Page) -> None:
    assert headline(ocr_page.articles[0]) == {"kicker": None, "title": ROAD_TITLE, "subtitle": "——" + ROAD_SUBTITLE}


def test_tesseract_vertical_title_read_one_character_per_block(ocr_page: newsseg.Page) -> None:
    snow = by_lead(ocr_page, "钱进")
    assert headline(snow) == {"kicker": None, "title": VERTICAL_TITLE, "subtitle": None}
    assert snow.headline is not None and len(snow.headline.lines) == len(VERTICAL_TITLE)


def test_tesseract_dash_read_as_yi_yi_still_marks_the_subtitle() -> None:
    h = split(tesseract_page(dash="一一")).articles[0].headline
    assert h is not None
    assert (h.kicker, h.title) == (None, ROAD_TITLE)
    assert h.subtitle is not None and h.subtitle.endswith(ROAD_SUBTITLE)


# --- pdftotext default mode on narrow columns -----------------------------------------------------------------------
# Two neighbouring columns of about forty lines each, read across: line 1 of the left column, line 1 of the right
# one, line 2 of the left … The pipeline cannot undo that; it must say so.
SNOW = [
    "本报讯（记者 钱进）12月15日夜间，我市普降中雪。为保障市民出行，全市环卫工人凌晨四点就上路除雪，出动铲雪车"
    "和撒布车一百二十台次。",
    "截至16日上午9时，城区主干道路积雪已全部清除，公交线路恢复正常运行。",
]


def two_columns(width: float) -> tuple[list[str], list[str]]:
    return column(HEAT + TEACHERS, width), column(ROAD + SNOW + SAFETY, width)


def test_interleaved_columns_are_reported_on_the_page() -> None:
    left, right = two_columns(10)
    assert min(len(left), len(right)) >= 40
    lines = [line for pair in itertools.zip_longest(left, right, fillvalue="") for line in pair if line]
    (warning,) = split(page(lines)).warnings
    assert "interleaved" in warning
    assert "pdftotext -raw" in warning  # says what to do about it


# at 11 cells the same text scores 0.66 of the page's own continuation rate, as interleaved columns do; its
# lines still continue into the next line far more often than into the second one, which tells them apart
@pytest.mark.parametrize("width", [10, 11, 12, 16])
def test_the_same_columns_in_reading_order_raise_no_warning(width: int) -> None:
    left, right = two_columns(width)
    assert split(page(left, right)).warnings == ()


# --- Taiwan and Hong Kong -----------------------------------------------------------------------------------------
RAIL = [
    "【中央社記者王小明台北１０日電】交通部今天宣布︰台鐵花東線將於明年元月起增開１２班區間車，以紓解連假期間的"
    "返鄉人潮。",
    "交通部表示，增開的班次集中在週五晚間與週日下午，車票於開車前２８天開放訂購；旅客也可透過「台鐵ｅ訂通」查詢座位。",
]
PORT = [
    "（中央社記者李大同高雄10日電）高雄港務分公司今天表示，今年前三季貨櫃裝卸量較去年同期成長百分之六，創下近五年"
    "新高。",
    "港務分公司說，新建的第七貨櫃中心已有兩座碼頭啟用，明年將再啟用兩座，屆時可望吸引更多遠洋航線彎靠。",
]
MARKET = [
    "走進花蓮市的重慶市場，攤商一早就忙著整理剛從山上運來的箭筍與山蘇。",
    "經營菜攤三十多年的陳阿姨說：「以前客人都是附近的老鄰居，現在假日有一半是觀光客。」",
    "市場自治會表示，明年將爭取經費整修屋頂與排水溝，讓攤商與客人都能在更舒適的環境裡買賣。",
]
BYLINE = "報導．攝影╱林美君"
SHRIMP = [
    "【明報專訊】食物安全中心昨日公布，一間連鎖超市出售的急凍蝦樣本驗出禁用防腐劑，當局已要求涉事超市即時把有關"
    "產品下架。",
    "中心發言人表示，市民如已購買有關產品，應立即停止食用；『身體如有不適，應盡快求醫』。",
]
FERRY = [
    "本報訊（記者 陳大文）來往長洲及梅窩的街渡服務，下月起每日增加四班，乘客可以使用八達通付款。",
    "運輸署指出，新班次主要照顧早上返工及放學時段的乘客需要，營辦商亦會在碼頭加設候船座椅。",
    "有長洲居民表示，過去早上經常要排隊半小時才能上船，增加班次後「終於可以安心出門」。",
]
FERRY_CAPTION = "街渡碼頭早上擠滿候船乘客。 記者 黃志強 攝"


def folded(text: str) -> str:
    """What the page must come out as: full-width digits and letters folded, CJK marks as printed."""
    return text.translate(str.maketrans("０１２３４５６７８９ｅ", "0123456789e"))


def test_cna_datelines_in_both_brackets() -> None:
    pg = split(
        page(
            "聯合日報 2023年11月11日 星期六 地方新聞 第A5版",
            "台鐵花東線 明年增開12班區間車",
            column(RAIL, 16),
            "高雄港貨櫃量 創五年新高",
            column(PORT, 16),
        )
    )
    # the wire story sets its numbers full-width throughout: the paper's typography, kept as printed
    assert [list(a.paragraphs) for a in pg.articles] == [RAIL, PORT]
    assert [a.dateline.to_record() if a.dateline else None for a in pg.articles] == [
        {"text": "【中央社記者王小明台北１０日電】", "source": "中央社", "place": "台北", "date": "１０日",
         "reporters": ["王小明"]},
        {"text": "（中央社記者李大同高雄10日電）", "source": "中央社", "place": "高雄", "date": "10日",
         "reporters": ["李大同"]},
    ]  # fmt: skip
    assert [a.headline.title if a.headline else None for a in pg.articles] == [
        "台鐵花東線 明年增開12班區間車",
        "高雄港貨櫃量 創五年新高",
    ]
    assert [lines for _, lines in residue(pg)] == [(1,)]


def test_cna_dateline_cut_inside_the_reporters_name() -> None:
    lines = column([folded(p) for p in RAIL], 10)
    assert lines[0] == "【中央社記者王小"
    (art,) = split(page(lines)).articles
    assert art.dateline is not None
    assert (art.dateline.source, art.dateline.place, art.dateline.reporters) == ("中央社", "台北", ("王小明",))
    assert art.headline is None


@pytest.mark.parametrize("where", ["in the flow", "in the footer"])
def test_hong_kong_datelines_and_a_credited_caption(where: str) -> None:
    if where == "in the flow":
        text = page(
            "急凍蝦驗出禁用防腐劑",
            column(SHRIMP, 20),
            "長洲街渡下月加班",
            column(FERRY[:2], 20),
            FERRY_CAPTION,
            column(FERRY[2:], 20),
        )
    else:
        text = page(column(SHRIMP, 20), column(FERRY, 20), "長洲街渡下月加班", FERRY_CAPTION, "急凍蝦驗出禁用防腐劑")
    pg = split(text)
    assert [list(a.paragraphs) for a in pg.articles] == [SHRIMP, FERRY]
    shrimp, ferry = pg.articles
    assert shrimp.dateline is not None and (shrimp.dateline.text, shrimp.dateline.reporters) == ("【明報專訊】", ())
    assert ferry.dateline is not None and (ferry.dateline.source, ferry.dateline.reporters) == ("本報訊", ("陳大文",))
    assert [a.headline.title if a.headline else None for a in pg.articles] == [
        "急凍蝦驗出禁用防腐劑",
        "長洲街渡下月加班",
    ]
    assert [a.captions for a in pg.articles] == [(), (FERRY_CAPTION,)]
    assert pg.residue == ()


def market_lines(byline: str) -> list[str]:
    """The market story after the port story: its byline closing the lead, or on a line of its own below it."""
    if byline == "closing the lead":
        return column([MARKET[0] + BYLINE, *MARKET[1:]], 16)
    return [*column(MARKET[:1], 16), BYLINE, *column(MARKET[1:], 16)]


@pytest.mark.parametrize("byline", ["closing the lead", "on its own line"])
def test_taiwanese_lead_byline_opens_an_article(byline: str) -> None:
    pg = split(page(column(PORT, 16), market_lines(byline)))
    port, market = pg.articles
    assert list(port.paragraphs) == PORT
    expected = [MARKET[0] + BYLINE, *MARKET[1:]] if byline == "closing the lead" else [MARKET[0], BYLINE, *MARKET[1:]]
    assert list(market.paragraphs) == expected
    assert market.dateline is None


@pytest.mark.parametrize("byline", ["closing the lead", "on its own line"])
def test_title_above_a_byline_led_article_is_its_headline(byline: str) -> None:
    pg = split(page("高雄港貨櫃量 創五年新高", column(PORT, 16), "重慶市場的早晨", market_lines(byline)))
    port, market = pg.articles
    assert list(port.paragraphs) == PORT
    assert headline(market) == {"kicker": None, "title": "重慶市場的早晨", "subtitle": None}


def test_small_form_punctuation_of_big5_pages() -> None:
    rail = [
        "【中央社記者王小明台北10日電】交通部今天宣布﹐台鐵花東線將於明年元月起增開12班區間車﹐以紓解連假期間的"
        "返鄉人潮﹒",
        "交通部表示﹐增開的班次集中在週五晚間與週日下午﹔車票於開車前28天開放訂購﹗",
    ]
    pg = split(page(column(rail, 18), column(PORT, 18)))
    assert [len(a.paragraphs) for a in pg.articles] == [2, 2]
    assert pg.articles[0].paragraphs[1].startswith("交通部表示")
    assert pg.residue == ()


# --- pieces without a dateline ------------------------------------------------------------------------------------
# Features, commentary and notices open with their headline and nothing else; a feature carries a byline and
# in-body subheads, a commentary closes with the author's credit.
EVENTS = [
    "本报讯（记者 郑岚）1月9日，市文化和旅游局发布消息，春节期间全市二十三家公共文化场馆照常开放，并推出非遗展演、"
    "灯谜竞猜等一百余场活动。",
    "据介绍，各场馆将实行预约限流，市民可通过“文旅东川”小程序提前预约。",
]
NOODLES = [
    "清晨六点，老城区南门巷的一间小面馆已经坐满了客人。灶台上的大锅冒着热气，老板娘麻利地往碗里舀着浇头。",
    "这家面馆开了整整三十年，招牌只有一样：羊肉臊子面。老顾客说，吃的不光是面，还有老城的味道。",
    "老店迎来新顾客",
    "去年秋天，面馆的故事被拍成短视频发到网上，没想到引来了不少外地游客。如今周末排队的，一半是年轻人。",
    "老板说，他最大的心愿是把这门手艺传给儿子，让这碗面在南门巷一直冒着热气。",
]
NOODLES_HEAD = ("一碗面里的老城味道", "——南门巷老面馆的三十年")
NOODLES_BYLINE = "本报记者 孙悦"
COMMENT = [
    "一座城市的温度，往往藏在细节里。一条平整的盲道，一处遮风的公交站台，一个深夜仍亮着灯的便民服务点，都在无声地"
    "告诉人们：这座城市在意你。",
    "让城市更有温度，需要管理者多一些换位思考，少一些想当然。规划一条路、建设一个广场之前，不妨先问问住在附近的"
    "居民需要什么。",
]
COMMENT_CREDIT = "（作者为东川大学教授）"
NOTICE = [
    "因城东供水管网改造施工，1月12日8时至18时，城东新区部分区域将暂停供水。请相关用户提前做好储水准备。",
    "给您带来的不便，敬请谅解。",
]
NOTICE_SIGNATURE = ["东川市自来水公司", "2020年1月10日"]


def feature_body() -> list[str]:
    """The feature's paragraphs as set: the subhead on a short line of its own."""
    return [*column(NOODLES[:2], 16), NOODLES[2], *column(NOODLES[3:], 16)]


def without_byline(paragraphs: Sequence[str]) -> list[str]:
    """A byline above the body may come out as the first paragraph (as 報導．攝影╱… does) or as residue."""
    return list(paragraphs[1:] if paragraphs and paragraphs[0] == NOODLES_BYLINE else paragraphs)


@pytest.fixture(scope="module")
def feature_page() -> newsseg.Page:
    return split(
        page("春节期间全市公共文化场馆照常开放", column(EVENTS, 16), *NOODLES_HEAD, NOODLES_BYLINE, feature_body())
    )


def test_headline_block_after_a_news_story_starts_the_feature(feature_page: newsseg.Page) -> None:
    events, feature = feature_page.articles
    assert list(events.paragraphs) == EVENTS
    assert without_byline(feature.paragraphs) == NOODLES
    # no formula: the only dateline is the one the byline stands for, where the byline opens the feature
    if feature.paragraphs[0] == NOODLES_BYLINE:
        assert feature.dateline is not None and feature.dateline.reporters == ("孙悦",)
    else:
        assert feature.dateline is None


def test_in_body_subhead_stays_a_paragraph_of_the_feature(feature_page: newsseg.Page) -> None:
    feature = feature_page.articles[1]
    paras = without_byline(feature.paragraphs)
    assert paras[paras.index("老店迎来新顾客") - 1 :][:2] == [NOODLES[1], NOODLES[2]]
    assert feature.headline is None or "老店迎来新顾客" not in feature.headline.text


def test_byline_below_the_headline_is_not_part_of_it(feature_page: newsseg.Page) -> None:
    feature = feature_page.articles[1]
    assert headline(feature) == {"kicker": None, "title": NOODLES_HEAD[0], "subtitle": NOODLES_HEAD[1]}


@pytest.mark.parametrize(
    "byline",
    [
        "□本报记者 孙悦 通讯员 钱进",  # a marker before the role, a second role with its name
        "■文/图 记者 孙悦",  # the credit for words and pictures before the role
        "文/记者 孙悦 图/记者 钱进",  # each credit with its role
        "新华社记者 孙悦",  # the role after the agency the reporter works for
        "江州日报记者 孙悦 钱进",  # after the paper, two names
        "撰文：孙悦 摄影：钱进",  # credit words alone, no role
        "記者 孫悅／台北報導",  # a Taiwanese paper's place and 報導 after the name
    ],
)
def test_byline_of_other_papers_below_the_headline_is_no_part_of_it(byline: str) -> None:
    # how other papers set the byline under a title: a line of its own, the story's first paragraph as printed,
    # its spaces kept (they part the roles and the names), never a subtitle or the title's last words
    pg = split(page("春节期间全市公共文化场馆照常开放", column(EVENTS, 16), *NOODLES_HEAD, byline, feature_body()))
    events, feature = pg.articles
    assert list(events.paragraphs) == EVENTS
    assert headline(feature) == {"kicker": None, "title": NOODLES_HEAD[0], "subtitle": NOODLES_HEAD[1]}
    assert list(feature.paragraphs) == [byline, *NOODLES]


def test_feature_title_and_subtitle_at_the_top_of_the_page() -> None:
    pg = split(page(*NOODLES_HEAD, feature_body()))
    (feature,) = pg.articles
    assert list(feature.paragraphs) == NOODLES
    assert headline(feature) == {"kicker": None, "title": NOODLES_HEAD[0], "subtitle": NOODLES_HEAD[1]}
    assert pg.residue == ()


@pytest.fixture(scope="module")
def comment_page() -> newsseg.Page:
    return split(
        page(
            "城市的温度藏在细节里",
            column(COMMENT, 16),
            COMMENT_CREDIT,
            NOODLES_HEAD[0],
            NOODLES_BYLINE,
            feature_body(),
        )
    )


def test_commentary_ends_at_the_authors_credit(comment_page: newsseg.Page) -> None:
    comment, feature = comment_page.articles
    assert list(comment.paragraphs) == [*COMMENT, COMMENT_CREDIT]
    assert headline(comment) == {"kicker": None, "title": "城市的温度藏在细节里", "subtitle": None}
    assert comment.dateline is None
    assert NOODLES[0] in feature.paragraphs


def test_title_after_an_end_credit_is_the_next_articles_headline(comment_page: newsseg.Page) -> None:
    feature = comment_page.articles[1]
    assert without_byline(feature.paragraphs) == NOODLES
    assert feature.headline is not None and feature.headline.title == NOODLES_HEAD[0]


def test_title_of_a_commentary_below_a_feature_starts_an_article() -> None:
    pg = split(page(*NOODLES_HEAD, feature_body(), "城市的温度藏在细节里", column(COMMENT, 16), COMMENT_CREDIT))
    assert [list(a.paragraphs) for a in pg.articles] == [NOODLES, [*COMMENT, COMMENT_CREDIT]]


@pytest.mark.xfail(
    strict=True,
    reason="a notice below a news story is glued onto it (its title '停水通知' becomes a paragraph of the news "
    "story), and its signature and date go to the residue as '东川市自来水公司2020年1月10日'",
)
def test_notice_with_its_title_and_signature_is_an_article() -> None:
    pg = split(
        page("春节期间全市公共文化场馆照常开放", column(EVENTS, 16), "停水通知", column(NOTICE, 16), *NOTICE_SIGNATURE)
    )
    events, notice = pg.articles
    assert list(events.paragraphs) == EVENTS
    assert list(notice.paragraphs) == [*NOTICE, *NOTICE_SIGNATURE]
    assert headline(notice) == {"kicker": None, "title": "停水通知", "subtitle": None}
    assert pg.residue == ()


# --- a Hong Kong page: a court report closed by its case number, agency-credited captions, tagged titles -----------
INQUEST = [
    "【研訊第五天】",
    "大角咀工業大廈四級火警導致一名消防員殉職，死因研訊今日繼續。首先到場的消防隊長供稱，當時人手有限，"
    "未有即時索取平面圖。",
    "死因裁判官問及當日部署，隊長表示已盡力調配人手，並在升級火警後即時要求增援。研訊明續。",
    "案件編號：CCDI101-102/21",
]
SWIM = [
    "港隊游泳好手陳美玲今晚在世界盃決賽中游出個人最佳時間，勇奪銀牌，是她出道以來最好的成績。",
    "陳美玲賽後表示，感謝教練和隊友一直以來的支持，她會繼續努力，備戰下一屆亞運會。",
]
SWIM_CAPTIONS = ["陳美玲在決賽中衝線，為港隊再添一面獎牌。美聯社", "陳美玲賽後向觀眾揮手致謝。美聯社"]
INQUEST_HEAD = "【大廈火警研訊】消防隊長稱人手不足未及索取火場平面圖"
SWIM_HEAD = "【港隊再添獎牌】陳美玲世界盃奪銀"


@pytest.fixture(scope="module")
def hong_kong_page() -> newsseg.Page:
    captions = [line for c in SWIM_CAPTIONS for line in wrap(c, 12, indent="none")]
    return split(page(column(INQUEST[:3], 22), INQUEST[3], captions, column(SWIM, 22), SWIM_HEAD, INQUEST_HEAD))


def test_case_number_closes_the_report_and_captions_open_the_next_piece(hong_kong_page: newsseg.Page) -> None:
    inquest, swim = hong_kong_page.articles
    assert list(inquest.paragraphs) == INQUEST
    assert list(swim.paragraphs) == SWIM


def test_captions_closed_by_an_agency_credit(hong_kong_page: newsseg.Page) -> None:
    inquest, swim = hong_kong_page.articles
    assert list(swim.captions) == SWIM_CAPTIONS
    assert inquest.captions == ()


def test_titles_opening_with_a_tag_are_two_headlines(hong_kong_page: newsseg.Page) -> None:
    assert [a.headline.title if a.headline else None for a in hong_kong_page.articles] == [INQUEST_HEAD, SWIM_HEAD]
    assert hong_kong_page.residue == ()


ELECTION = [
    "新方案公布後，各個政治團體都在重新評估形勢，有人表示會積極參選，也有人決定暫時觀望，等待更多細節公布。",
    "他又指，新方案下立法會議席會增加，但直選議席的比例將會減少，對此感到失望，但仍會繼續留意事態發展。",
]


def test_quotation_cut_off_after_a_colon_continues_the_printed_line() -> None:
    # 說：「 are set in a cell and a half, so a printed line holds one character more than the measure (20 here:
    # the full lines of ELECTION hang their last mark in the margin); pdftotext cuts it before the quotation
    # mark into two pieces that together measure a cell more than the column
    printed = ["驊在記者會上說：", "「我看不到選委會為何不可以"]
    assert sum(map(len, printed)) == 21
    lines = [
        *column(ELECTION, 22),
        "北京計劃將選舉制度推倒重來，正當各方思考",
        "是否參選之際，中間路線板塊亦有新動向。湯家",
        *printed,
        "一人一票去選，始終都要有個選舉制度。」",
        *column(ELECTION, 22),
    ]
    (art,) = split(page(lines)).articles
    assert [p[:4] for p in art.paragraphs] == ["新方案公", "他又指，", "北京計劃", "新方案公", "他又指，"]


# --- a charity feature: captions above the lead, a headline in the footer that paraphrases the story -------------
MOTHER = [
    "三十七歲的單親母親阿芳每天清晨四點起床，到批發市場搬運一箱箱蔬菜，為的是養活家中三個年幼的孩子。報導．攝影╱林小芳",
    "阿芳說，丈夫三年前因病離世，留下一筆醫藥欠債，她只能同時打兩份工，晚上回家還要照顧孩子做功課。",
    "社工表示，基金會訪視後已先撥款協助部分生活費用，讓她可以安心治療長期勞損的腰背。",
]
MOTHER_CAPTIONS = ["阿芳（左二）說，孩子很懂事，「我再辛苦也要撐下去。」", "阿芳搬菜時，腰背隱隱作痛。"]
MOTHER_HEAD = ("單親媽扛起一頭家", "——8歲女兒：我長大要幫媽媽搬菜")


def test_captions_above_a_lead_and_a_paraphrasing_headline_by_elimination() -> None:
    captions = [line for c in MOTHER_CAPTIONS for line in wrap(c, 14, indent="none")]
    assert captions[0].endswith("，")  # the positional caption breaks at a comma, as the page prints it
    pg = split(page(*LIBRARY_LIKE_HEAD, column(INQUEST[1:3], 22), captions, column(MOTHER, 22), *MOTHER_HEAD))
    inquest, mother = pg.articles
    assert list(mother.paragraphs) == MOTHER
    assert list(mother.captions) == MOTHER_CAPTIONS
    assert headline(mother) == {"kicker": None, "title": MOTHER_HEAD[0], "subtitle": MOTHER_HEAD[1]}
    assert mother.headline_confidence < 0.5  # content alone did not place it
    assert headline(inquest) == {"kicker": None, "title": LIBRARY_LIKE_HEAD[0], "subtitle": None}
    assert pg.residue == ()


LIBRARY_LIKE_HEAD = ("工業大廈火警研訊續審",)


def test_title_above_a_row_of_captions_above_the_lead() -> None:
    # in the flow: the title and subtitle, then the photos' captions (the second a plain sentence with no
    # marker and no comma), then the lead that carries the byline
    captions = [line for c in (MOTHER_CAPTIONS[0], "阿芳每天清晨搬運蔬菜。") for line in wrap(c, 14, indent="none")]
    pg = split(page(column(INQUEST[1:3], 22), *MOTHER_HEAD, captions, column(MOTHER, 22)))
    inquest, mother = pg.articles
    assert list(inquest.paragraphs) == INQUEST[1:3]
    assert list(mother.paragraphs) == MOTHER
    assert list(mother.captions) == [MOTHER_CAPTIONS[0], "阿芳每天清晨搬運蔬菜。"]
    assert headline(mother) == {"kicker": None, "title": MOTHER_HEAD[0], "subtitle": MOTHER_HEAD[1]}


FATHER = [
    "傍晚時分，阿德蹲在床邊替中風的父親擦拭身體，一邊輕聲說道：",
    "「爸爸以前每天騎機車載我上學，現在換我照顧他，一點也不覺得辛苦。」報導．攝影╱林小芳",
    "阿德今年二十歲，白天在超商打工，晚上還要到夜校上課，家裡開銷全靠他一份薪水。",
    "基金會訪視後，已先撥款協助阿德父親的復健費用，讓他可以安心完成學業。",
]
FATHER_HEAD = ("孝子半工半讀顧父", "——中風父復健費用沒著落")


def test_scene_setting_sentence_above_a_lead_closed_by_its_byline_opens_the_piece() -> None:
    # under the title and the photo's caption, a sentence setting the scene (closed by a colon, the quote
    # below it) comes before the lead that carries the byline: the piece opens at the sentence
    caption = wrap("阿德（右）每天替父親按摩手腳。", 14, indent="none")
    pg = split(page(column(MOTHER, 22), *FATHER_HEAD, caption, column(FATHER, 22)))
    mother, father = pg.articles
    assert list(mother.paragraphs) == MOTHER
    assert list(father.paragraphs) == FATHER
    assert headline(father) == {"kicker": None, "title": FATHER_HEAD[0], "subtitle": FATHER_HEAD[1]}


def test_whole_short_story_under_a_title_is_not_the_opener_of_the_lead_below() -> None:
    # a one-paragraph story under its own title and photo, then a lead closed by its byline (its title printed
    # elsewhere): the paragraph is too long to be a scene-setting opener, and the lead opens its own piece
    story = (
        "運輸署昨日宣布，來往長洲及梅窩的街渡服務下月起每日增加四班，新班次主要照顧早上返工及放學時段的乘客，"
        "營辦商亦會在碼頭加設候船座椅，並接受八達通付款。有長洲居民表示，過去早上經常要排隊半小時才能上船。"
    )
    head = [
        "街渡下月加密班次",
        "長洲居民盼出門更方便",
        *wrap("長洲居民（右）在碼頭排隊，等候上船。", 14, indent="none"),
    ]
    pg = split(page(column(MOTHER, 22), head, column([story, *FATHER[1:]], 22)))
    assert [list(a.paragraphs) for a in pg.articles] == [MOTHER, [story], FATHER[1:]]


def test_tesseract_paper_name_after_the_masthead_is_furniture_not_a_title() -> None:
    # the OCR reads the nameplate as a block of its own, below the date and the page number
    text = page(blocks(["第3版"], ["2019年12月19日 星期四"], ["北方晨报"], *[wrap(p, 17) for p in SNOW_OCR]))
    pg = split(text)
    (snow,) = pg.articles
    assert snow.headline is None
    assert ("北方晨报", (5,)) in residue(pg)


@pytest.mark.parametrize(
    ("masthead", "pieces"),
    [
        # the nameplate with its date on one line, the weekday below it on its own, then the section
        (
            (["西部晨报                    2021年3月5日"], ["星期五"], ["要闻"], ["责任编辑: 李明          第3版"]),
            {"星期五", "要闻"},
        ),
        # the nameplate, the date, then the weekday with the section beside it: the date above it is masthead too
        (
            (["西部晨报"], ["2021年3月5日"], ["星期五          要闻"], ["责任编辑: 李明          第3版"]),
            {"2021年3月5日", "星期五 要闻"},
        ),
    ],
)
def test_tesseract_masthead_read_in_pieces_is_furniture_not_a_headline(
    masthead: tuple[list[str], ...], pieces: set[str]
) -> None:
    # none of it is a headline, even for a story that has none of its own
    pg = split(page(blocks(*masthead, *[wrap(p, 17) for p in SNOW_OCR])))
    (snow,) = pg.articles
    assert snow.headline is None
    assert {text for text, _ in residue(pg)} >= pieces


@pytest.mark.parametrize(
    "masthead",
    [
        # the 1s of the date read as brackets: the nameplate line is no title of the story under it
        "东湖日报                         2021]年4月]1日",
        # a stray stroke read as a character after the year, the section beside the date
        "东湖日报                 2020人年5月27日                 时政",
        # a one-character name before 都市报, a day's 1 read as a colon
        "湘都市报                    2023年12月:日",
    ],
)
def test_tesseract_masthead_with_misread_date_is_furniture(masthead: str) -> None:
    pg = split(page(blocks([masthead], *[wrap(p, 17) for p in SNOW_OCR])))
    (snow,) = pg.articles
    assert snow.headline is None
    assert {"".join(text.split()) for text, _ in residue(pg)} == {"".join(masthead.split()).replace(":", "：")}


def test_tesseract_speck_inside_a_left_over_headline_is_a_residue_piece_of_its_own() -> None:
    # a bar read off a column rule inside a line that stays in the residue comes out of it, as it comes out
    # of a paragraph: read again, the line may be a paragraph, and the page must read the same
    text = "本报讯（记者 王明）3月4日凌晨，城东一处仓库起火，消防员赶到后很快将火扑灭。\n\n仓库起火无人伤 | 亡\n"
    pg = split(text)
    assert ("仓库起火无人伤亡", (3,)) in residue(pg) and ("|", (3,)) in residue(pg)


def test_bars_between_the_credits_of_a_furniture_line_stay_in_it() -> None:
    # the bar that parts the editor's credits is the paper's typography, not a speck the OCR read off a rule
    furniture = "责任编辑：李明 | 校对：王芳 | 版式：赵强"
    pg = split(page(furniture, *[wrap(p, 17) for p in SNOW_OCR]))
    assert (furniture, (1,)) in residue(pg)


def test_tesseract_speck_between_the_lines_of_a_title_is_residue() -> None:
    # a digit read off a photo between the two lines of a title wrapped mid-word
    first, last = ROAD_TITLE[:-1], ROAD_TITLE[-1]
    text = page(blocks([first], ["4"], [last], *[wrap(p, 17) for p in ROAD_OCR]))
    pg = split(text)
    assert headline(pg.articles[0]) == {"kicker": None, "title": ROAD_TITLE, "subtitle": None}
    assert ("4", (3,)) in residue(pg)


def test_title_after_a_closing_line_heads_the_next_piece() -> None:
    # in the flow: the report ends on its case number; the next piece's title, then its text without a dateline
    pg = split(page(column(INQUEST[:3], 22), INQUEST[3], SWIM_HEAD, column(SWIM, 22)))
    inquest, swim = pg.articles
    assert list(inquest.paragraphs) == INQUEST
    assert list(swim.paragraphs) == SWIM
    assert headline(swim) == {"kicker": None, "title": SWIM_HEAD, "subtitle": None}


def test_ocr_blocks_of_a_title_and_wrapped_captions_after_a_closing_line() -> None:
    # Tesseract's blocks: each caption wrapped over lines, only its last line showing the credit
    captions = [wrap(c, 12, indent="none") for c in SWIM_CAPTIONS]
    body = [wrap(p, 22) for p in SWIM]
    pg = split(page(blocks(*[wrap(p, 22) for p in INQUEST[:3]], [INQUEST[3]], [SWIM_HEAD], *captions, *body)))
    inquest, swim = pg.articles
    assert list(inquest.paragraphs) == INQUEST
    assert list(swim.paragraphs) == SWIM
    assert headline(swim) == {"kicker": None, "title": SWIM_HEAD, "subtitle": None}
    assert list(swim.captions) == SWIM_CAPTIONS


def test_ocr_title_in_pieces_over_a_caption_and_a_section_tag() -> None:
    # Tesseract's blocks after a feature that ends on a full stop: the next report's title read in pieces (one
    # ending on a colon, a wrapped line of it), a one-line caption, the tag 【研訊第六天】, then the text
    title = ["【大廈火警研訊】", "消防隊長稱人手不足：", "未及索取火場平面圖"]
    caption = "時任消防隊長陳志明。"
    report = [
        "大角咀工業大廈四級火警導致一名消防員殉職，死因研訊今日踏入第六天。首先到場的消防隊長陳志明供稱，當時人手"
        "有限，未有即時索取火場平面圖。",
        "陳志明表示，他到場後先派員視察下層間隔，相信這是最快了解火場情況的方法。研訊明續。",
    ]
    pg = split(
        page(
            blocks(
                *[wrap(p, 22) for p in MOTHER],
                *[[t] for t in title],
                [caption],
                ["【研訊第六天】"],
                *[wrap(p, 22) for p in report],
            )
        )
    )
    mother, inquest = pg.articles
    assert list(mother.paragraphs) == MOTHER
    assert list(inquest.paragraphs) == ["【研訊第六天】", *report]
    assert list(inquest.captions) == [caption]
    assert inquest.headline is not None and inquest.headline.text == "".join(title)


def test_ocr_title_that_shares_no_word_keeps_its_dash_led_subtitle() -> None:
    # the title paraphrases the story (no word in common); the subtitle under it, its dash read as 一一,
    # quotes it: the two are one headline, not a title left alone and a subtitle heading the story
    title, subtitle = "她扛起了一頭家", "一一單親母親阿芳每天清晨到批發市場搬運蔬菜"
    pg = split(page(blocks(*[wrap(p, 22) for p in INQUEST[1:3]], [title], [subtitle], *[wrap(p, 22) for p in MOTHER])))
    mother = pg.articles[-1]
    assert list(mother.paragraphs) == MOTHER
    assert headline(mother) == {"kicker": None, "title": title, "subtitle": subtitle}


def test_footer_headlines_of_two_pieces_run_together_split_them() -> None:
    # pdftotext -raw: a feature and a commentary, neither with a dateline, one after the other at one measure;
    # their titles side by side in the footer are read as one headline of the one article they seem to be
    body = [*column(NOODLES, 16), *column(COMMENT, 16), COMMENT_CREDIT]
    footer = ["春节期间全市公共文化场馆照常开放", "南门巷老面馆开了三十年", "城市的温度藏在细节里（民生观）"]
    pg = split(page(column(EVENTS, 16), body, *footer))
    assert [list(a.paragraphs) for a in pg.articles] == [EVENTS, NOODLES, [*COMMENT, COMMENT_CREDIT]]
    assert [a.headline.title if a.headline else None for a in pg.articles] == footer


def test_title_closed_by_its_column_tag_between_two_pieces_starts_an_article() -> None:
    # (without the tag, see the xfail above: a one-line title and an in-body subhead look alike)
    # the title nearly fills the column and a standfirst without a full stop follows it, indented like it
    title = "城市的温度藏在细节里（民生观）"
    standfirst = "多一些换位思考，少一些想当然，城市就会更有温度"
    comment = [standfirst, *COMMENT]
    pg = split(page(*NOODLES_HEAD, feature_body(), title, column(comment, 17), COMMENT_CREDIT))
    assert [list(a.paragraphs) for a in pg.articles] == [NOODLES, [*comment, COMMENT_CREDIT]]
    assert pg.articles[1].headline is not None and pg.articles[1].headline.title == title


def test_title_closed_by_a_numbered_series_tag_between_two_pieces_starts_an_article() -> None:
    # a series numbers its parts in brackets inside its tag, and pdftotext -raw leaves the last bracket alone on
    # a line: the tag still closes the title, which heads the next piece
    title = ["城市的温度藏在细节里（民生观·街巷", "里的新变化（三）", "）"]
    standfirst = "多一些换位思考，少一些想当然，城市就会更有温度"
    comment = [standfirst, *COMMENT]
    pg = split(page(*NOODLES_HEAD, feature_body(), *title, column(comment, 17), COMMENT_CREDIT))
    assert [list(a.paragraphs) for a in pg.articles] == [NOODLES, [*comment, COMMENT_CREDIT]]
    assert pg.articles[1].headline is not None
    assert pg.articles[1].headline.title == "".join(title)


def test_title_wrapped_before_its_column_tag_between_two_pieces_starts_an_article() -> None:
    # the title wraps with only a word or two before its tag on the second line: together they are a title
    # closed by its column tag, which heads the next piece
    title = ["城市的温度藏在细", "节里（民生观）"]
    pg = split(page(*NOODLES_HEAD, feature_body(), *title, column(COMMENT, 17), COMMENT_CREDIT))
    assert [list(a.paragraphs) for a in pg.articles] == [NOODLES, [*COMMENT, COMMENT_CREDIT]]
    assert pg.articles[1].headline is not None and pg.articles[1].headline.title == "".join(title)


def test_summary_paragraphs_without_full_stops_under_a_title_are_its_text() -> None:
    # a commentary opens on a summary of two paragraphs set at the column's measure, each ending on no full
    # stop; the second indented under the full last line of the first: running text, not headline lines
    title = "城市的温度藏在细节里（民生观）"
    summary = [
        "一座城市的温度，往往藏在那些不起眼的角落里，社区书屋的灯光和街角长椅上的报纸，都在诉说这座城市的好",
        "让阅读成为习惯，需要更多触手可及的书香空间",
    ]
    lines = [*column(summary, 17)]
    assert len(lines[2]) == 17  # the first paragraph ends on a full line
    pg = split(page(*NOODLES_HEAD, feature_body(), title, lines, column(COMMENT, 17), COMMENT_CREDIT))
    # (the full line ending the first paragraph on no mark reads as a wrap: the two paragraphs become one)
    assert [list(a.paragraphs) for a in pg.articles] == [NOODLES, ["".join(summary), *COMMENT, COMMENT_CREDIT]]
    assert pg.articles[1].headline is not None and pg.articles[1].headline.to_record() == {
        "kicker": None,
        "title": title,
        "subtitle": None,
    }


def test_footer_title_with_a_column_tag_and_the_next_headline_part_two_pieces_run_together() -> None:
    # pdftotext -raw: the commentary's title (closed by its column tag) right above the feature's kicker and
    # title in the footer; the two pieces, run together in the flow, come apart under their titles
    body = [*column(NOODLES, 16), *column(COMMENT, 16), COMMENT_CREDIT]
    footer = [
        "春节期间全市公共文化场馆照常开放",
        "城市的温度藏在细节里（民生观）",
        "老城里的一碗面",
        "南门巷老面馆开了三十年",
    ]
    pg = split(page(column(EVENTS, 16), body, *footer))
    assert [list(a.paragraphs) for a in pg.articles] == [EVENTS, NOODLES, [*COMMENT, COMMENT_CREDIT]]
    assert [a.headline.title if a.headline else None for a in pg.articles] == [footer[0], footer[3], footer[1]]


def test_ocr_title_that_shares_no_word_over_a_plain_subtitle() -> None:
    # as above, the subtitle set without a dash: the title that fits no article is the one right above it
    title, subtitle = "她扛起了一頭家", "單親母親阿芳每天清晨到批發市場搬運蔬菜"
    pg = split(page(blocks(*[wrap(p, 22) for p in INQUEST[1:3]], [title], [subtitle], *[wrap(p, 22) for p in MOTHER])))
    mother = pg.articles[-1]
    assert list(mother.paragraphs) == MOTHER
    assert headline(mother) == {"kicker": None, "title": title, "subtitle": subtitle}
    assert pg.residue == ()


# --- Tesseract: a dot read between hanzi, a team credit cut short, columns read across as a table ------------------

FOOD_MARKET = [
    "本报讯（记者 韩雪）6月3日，城东农贸市场改造完成后重新开业，新增摊位两百余个，并设立农产品检测室。",
    "市场负责人介绍，改造期间商户被安置在临时大棚内经营，市民买菜没有受到影响。",
]
RIVER_BRIDGE = [
    "本报讯（记者 郑凯）6月4日，跨江大桥主桥合龙，比原计划提前一个月，预计年底前建成通车。",
    "大桥通车后，两岸之间的车程将由四十分钟缩短到十分钟，沿线三个乡镇的群众出行将更加方便。",
]


def test_ocr_middle_dot_read_as_a_full_stop_keeps_the_title_a_headline() -> None:
    # the · of a series title read as "." between two hanzi: no sentence end, so the line still heads the report
    title = "大桥合龙在即（走基层.一线见闻）"
    pg = split(page(blocks(*[wrap(p, 17) for p in FOOD_MARKET], [title], *[wrap(p, 17) for p in RIVER_BRIDGE])))
    market, bridge = pg.articles
    assert list(market.paragraphs) == FOOD_MARKET
    assert headline(bridge) == {"kicker": None, "title": "大桥合龙在即（走基层．一线见闻）", "subtitle": None}
    assert list(bridge.paragraphs) == RIVER_BRIDGE


def test_ocr_team_credit_cut_short_closes_the_piece_above() -> None:
    # the OCR lost the end of （韩雪、郑凯、周婷整理） and read its bracket as 〈: still the credit of the piece above,
    # not a line of the next title
    credit = "〈韩雪、郑凯、周婷"
    title = "跨江大桥主桥合龙"
    market_lines = [wrap(p, 17) for p in FOOD_MARKET]
    pg = split(page(blocks(*market_lines, [credit], [title], *[wrap(p, 17) for p in RIVER_BRIDGE])))
    market, bridge = pg.articles
    assert list(market.paragraphs) == [*FOOD_MARKET, credit]
    assert headline(bridge) == {"kicker": None, "title": title, "subtitle": None}


def test_columns_read_across_as_a_table_do_not_skew_the_column_above() -> None:
    # Tesseract took a block of narrow columns for a table and printed each row across all of them; the report
    # above, set in a narrow column, keeps its paragraphs and the rows start a piece of their own
    rows = [
        "市场负责人介绍，改造期 “新增摊位两百余个，并 市民买菜没有受到影响， 检测室每天抽检蔬菜",
        "间商户被安置在临时大 设立农产品检测室。”改 商户也保住了生意。负 和肉类样品，结果在市",
        "棚内经营，秩序良好。 造后市场面积扩大一倍， 责人表示，下一步还将 场门口的大屏上公布。",
        "今年以来，全市已有五 个农贸市场完成改造， 其余市场将在年底前 全部改造到位。",
    ]
    pg = split(page(blocks(*[wrap(p, 12) for p in RIVER_BRIDGE], rows)))
    bridge = pg.articles[0]
    assert list(bridge.paragraphs) == RIVER_BRIDGE
    assert len(pg.articles) == 2


def test_team_credit_wrapped_over_two_lines_stays_whole() -> None:
    credit = ["（韩雪、郑凯、周小", "婷、王明、李华整理）"]  # wrapped inside a name
    title = "跨江大桥主桥合龙"
    pg = split(page(column(FOOD_MARKET, 17), credit, title, column(RIVER_BRIDGE, 17)))
    market, bridge = pg.articles
    assert list(market.paragraphs) == [*FOOD_MARKET, "".join(credit)]
    assert headline(bridge) == {"kicker": None, "title": title, "subtitle": None}


def test_never_wrapped_lines_among_list_items_keep_the_title_apart() -> None:
    # one unit per line (the text was never hard-wrapped): a long list item and a caption are far wider than the
    # short items, source line and headline lines around them, but the caption ends a sentence: it is no display
    # type, and the short lines are no column of their own, so the title is not read as a wrapped line
    needs = [
        "★重建工程經費：約30萬元",
        "★目前可獲經費：",
        "˙社會局（急難救助、災害慰助金及其他臨時補助等）：約7萬元",
        "˙鄰里捐款：約2萬元",
        "★目前不足額：約21萬元",
        "資料來源：上述單位",
    ]
    title, subtitle = "老人守舊屋 「盼修好」", "孫女：我陪爺爺住新房"
    caption = "張大爺（右）與孫女在漏雨的土坯房前，屋頂只用塑膠布和幾塊磚頭壓著，下雨時屋裡到處接水。"
    story = [
        "村裡的張大爺今年八十歲，老伴去世多年，子女都在外地打工，他獨自守著一間漏雨的土坯房，每逢下雨就要"
        "拿出家裡所有的盆和桶接水，整夜不敢合眼。",
        "村幹部說，已經為他申請了危房改造補助，施工隊下個月進場，同時安排志願者每週上門探望兩次，爭取在"
        "入冬之前讓老人住上不漏雨的新房。",
    ]
    pg = split(page(*needs, title, subtitle, caption, *story))
    last = pg.articles[-1]
    assert last.headline is not None
    parts = (last.headline.kicker, last.headline.title, last.headline.subtitle)
    assert "".join(p for p in parts if p).replace(" ", "") == (title + subtitle).replace(" ", "")
    assert list(last.paragraphs) == story
    assert list(last.captions) == [caption]


# --- the foot of the page: every headline and caption printed together below the last story ----------------------


def test_foot_captions_without_a_clause_or_wrapped_stay_out_of_the_last_story() -> None:
    # the second caption of each photo row has no marker: one is a sentence without a comma, one is wrapped over
    # two lines; nothing runs on below them, so they are captions and the headlines between them stay headlines
    market_title, market_sub = "农贸市场改造后开业", "新增摊位两百余个"
    bridge_title = "跨江大桥主桥合龙"
    market_caps = [
        "张阿姨（右）在新开业的市场里挑选蔬菜，摊主热情地向她介绍当天刚到的新鲜货。",
        "检测室的工作人员正在抽检样品。",
    ]
    bridge_caps = [
        "工人（左二）在合龙段的桥面上安装护栏，远处的塔吊正在吊运最后一节钢梁。",
        "夜色中的大桥灯火通明，吸引不少市民驻足拍照留念，江边的步道上人来人往。",
    ]
    foot = [
        market_title,
        market_sub,
        *[line for c in market_caps for line in wrap(c, 20, indent="none")],
        bridge_title,
        *[line for c in bridge_caps for line in wrap(c, 20, indent="none")],
    ]
    pg = split(page(column(FOOD_MARKET, 20), column(RIVER_BRIDGE, 20), foot))
    market, bridge = pg.articles
    assert list(market.paragraphs) == FOOD_MARKET
    assert list(bridge.paragraphs) == RIVER_BRIDGE
    # (two plain lines may be one title wrapped or a title and its subtitle: only the text is asserted)
    assert market.headline is not None and market.headline.text == market_title + market_sub
    assert headline(bridge) == {"kicker": None, "title": bridge_title, "subtitle": None}
    assert sorted(c for a in pg.articles for c in a.captions) == sorted(market_caps + bridge_caps)


def test_section_tag_after_a_finished_story_opens_the_next_piece() -> None:
    # two undated pieces in one column, their titles in the footer: the 【tag】 line after the first story's last
    # full stop opens the second (a tagged series report: day N of an inquest, of a trial)
    feature = [
        "四十二歲的單親媽媽阿芬每天清晨四點出門，到批發市場搬運一箱箱蔬菜，為的是養活家中三個年幼的孩子。",
        "社工表示，基金會訪視後已先撥款協助部分生活費用，讓她可以安心治療長期勞損的腰背。",
    ]
    report = [
        "【聆訊第五天】",
        "大廈火警研訊今日踏入第五天，首先到場的消防隊長供稱，當時人手有限，未有即時索取火場平面圖。",
        "他表示，到場後先派員視察下層間隔，相信這是最快了解火場情況的方法。研訊明續。",
    ]
    foot = ["她的肩膀撐起一個家", "【火場追問】先看下層 再入火場"]  # titles that paraphrase: little to match
    pg = split(page(column(feature, 22), report[0], column(report[1:], 22), foot))
    mother, inquest = pg.articles  # (which footer title heads which is left to the headline tests)
    assert list(mother.paragraphs) == feature
    assert list(inquest.paragraphs) == report


def test_official_notice_opens_at_its_addressees_under_its_title_and_photo() -> None:
    # a decision reprinted below a news story: its title as wide as the column, a photo caption, then the
    # addressees (主送机关) that only ever head such a document
    title = "市政府关于表彰先进集体的决定"
    caption = "图为表彰大会现场。 记者 王益 摄"
    decision = [
        "各区县人民政府，市政府各部门：",
        "二〇一九年，全市各级各部门坚持稳中求进，圆满完成了全年目标任务。为表彰先进，市政府决定，授予市交通局等"
        "十个单位先进集体称号。",
        "希望受表彰的单位珍惜荣誉，再接再厉，为全市高质量发展作出新的更大贡献。",
    ]
    pg = split(page(column(EVENTS, 14), title, caption, column(decision, 14)))
    events, notice = pg.articles
    assert list(events.paragraphs) == EVENTS
    assert list(notice.paragraphs) == decision
    assert headline(notice) == {"kicker": None, "title": title, "subtitle": None}
    assert list(notice.captions) == [caption]


# --- titles over photos: a piece without a dateline opens with its headline and a photo -----------------------------

HOMES = [
    "「爸爸，我們什麼時候可以回家？」八歲的小安每天都這樣問。一場大火燒毀了他們租住的鐵皮屋，一家五口只能"
    "暫住在親戚的倉庫裡。",
    "社工表示，重建費用需要三十萬元，基金會已先撥款協助，不足的部分還在募集。",
]
TEA = [
    "清晨五點，五十八歲的阿春已經在茶園裡採茶。丈夫中風臥床三年，兒子在外地工作，家裡的開銷全靠她一個人。",
    "鄰居說，阿春從不向人訴苦，總說日子再苦也要過下去。",
]


def test_title_and_subtitle_over_a_photo_open_a_piece_without_a_dateline() -> None:
    title, subtitle = "茶園裡的單親媽媽", "丈夫臥床 獨力撐起一個家"
    caption = "阿春（右）在茶園裡採茶，雙手布滿老繭。"
    pg = split(page(column(HOMES, 16), title, subtitle, caption, column(TEA, 16)))
    homes, tea = pg.articles
    assert list(homes.paragraphs) == HOMES
    assert list(tea.paragraphs) == TEA
    assert tea.headline is not None and tea.headline.text == title + subtitle
    assert list(tea.captions) == [caption]


def test_in_body_subhead_over_a_photo_the_ocr_put_below_it_stays_in_the_story() -> None:
    # Tesseract prints a photo's caption where the photo stands: right under a one-line subhead of the story
    subhead = "家計全靠一人"
    caption = "阿春（右）在茶園裡採茶，雙手布滿老繭。"
    body = [wrap(p, 16) for p in TEA]
    pg = split(page(blocks(*[wrap(p, 16) for p in HOMES[:1]], body[0], [subhead], [caption], body[1])))
    assert len(pg.articles) == 1
    assert subhead in pg.articles[0].paragraphs


def test_wrapped_second_caption_right_above_a_lead_with_its_byline() -> None:
    # a title, a photo row (the second caption wrapped, without a clause), then the lead that ends on its byline
    title = "茶園裡的單親媽媽"
    captions = ["阿春（右）在茶園裡採茶，雙手布滿老繭。", "阿春家的晚餐常常只有一盤青菜和一碗稀飯。"]
    lead = TEA[0] + "報導．攝影╱林小芳"
    lines = [*column(HOMES, 16), title, *wrap(captions[0], 12, "none"), *wrap(captions[1], 12, "none")]
    pg = split(page(lines, column([lead, *TEA[1:]], 16)))
    homes, tea = pg.articles
    assert list(homes.paragraphs) == HOMES
    assert list(tea.paragraphs) == [lead, *TEA[1:]]
    assert list(tea.captions) == captions


def test_side_title_set_two_characters_a_line_is_one_headline() -> None:
    # a title set beside its text in a box two characters wide: pdftotext prints two characters per line
    title = "跨江大桥主桥今天合龙 年底之前有望通车"
    chars = title.replace(" ", "")
    side = [chars[k : k + 2] for k in range(0, len(chars), 2)]
    pg = split(page(column(FOOD_MARKET, 17), side, column(RIVER_BRIDGE, 17)))
    market, bridge = pg.articles
    assert list(market.paragraphs) == FOOD_MARKET
    assert list(bridge.paragraphs) == RIVER_BRIDGE
    assert bridge.headline is not None and bridge.headline.text.replace(" ", "") == chars


def test_title_in_a_box_after_its_text_is_no_kicker_of_the_next_title_across() -> None:
    # the market story's title, which paraphrases it, is set in a box two characters wide and printed after
    # its text; the next story's title, set letter-spaced across the columns, follows it: a kicker is never
    # set in a box, so these are two headlines, each to its own story
    box = ["城东", "市场", "菜篮", "子又", "满了"]
    across = " ".join("从此两岸往来不再难")
    # (the bridge story is undated: only the zone parts the two)
    story = [p.split("）", 1)[1] for p in RIVER_BRIDGE[:1]] + RIVER_BRIDGE[1:]
    pg = split(page(column(FOOD_MARKET, 17), box, across, column(story, 17)))
    market, bridge = pg.articles
    assert list(market.paragraphs) == FOOD_MARKET
    assert list(bridge.paragraphs) == story
    assert market.headline is not None and market.headline.text == "城东市场菜篮子又满了"
    assert bridge.headline is not None and bridge.headline.text.replace(" ", "") == "从此两岸往来不再难"


def test_caption_placing_people_without_a_full_stop_is_no_headline_part() -> None:
    # a photo caption that places its people (（左至右）) and ends on no full stop, printed between the story
    # it illustrates and the next story's title: a caption of the story above, never a line of the title below
    caption = "重慶市場的攤商（左至右）陳阿姨、林大哥與王小弟在菜攤前合影"
    pg = split(page(column(MARKET, 19), wrap(caption, 19, indent="none"), *MOTHER_HEAD, column(MOTHER, 19)))
    market, mother = pg.articles
    assert list(market.paragraphs) == MARKET
    assert list(mother.paragraphs) == MOTHER
    assert caption in market.captions
    assert headline(mother) == {"kicker": None, "title": MOTHER_HEAD[0], "subtitle": MOTHER_HEAD[1]}


def test_series_title_ending_on_its_part_is_no_caption() -> None:
    # （中）, the middle part of a series, closes a title as it places a person in a caption: at the end of a
    # line without a full stop it is the series' part, and the line a title
    title = "單親媽媽扛起一頭家的故事（中）"
    pg = split(page(column(FERRY, 20), title, MOTHER_HEAD[1], column(MOTHER, 20)))
    ferry, mother = pg.articles
    assert list(ferry.paragraphs) == FERRY
    assert list(mother.paragraphs) == MOTHER
    assert headline(mother) == {"kicker": None, "title": title, "subtitle": MOTHER_HEAD[1]}
    assert mother.captions == ()


def test_photo_source_on_a_line_of_its_own_closes_the_caption_above_it() -> None:
    # the caption's source (資料圖片) comes out on a line of its own under the caption's sentence: it closes
    # that caption, which is no paragraph of the story and the source no title of the next
    caption = "長洲碼頭的街渡，每逢假日都擠滿乘客。"
    pg = split(page(column(FERRY, 20), *MOTHER_HEAD, caption, "資料圖片", column(MOTHER, 20)))
    ferry, mother = pg.articles
    assert list(ferry.paragraphs) == FERRY
    assert list(mother.paragraphs) == MOTHER
    assert [c for a in pg.articles for c in a.captions] == [caption + "資料圖片"]
    assert headline(mother) == {"kicker": None, "title": MOTHER_HEAD[0], "subtitle": MOTHER_HEAD[1]}


def test_the_papers_own_closing_credit_from_abroad_stays_with_the_story_under_a_late_title() -> None:
    # （本报首尔电） closes the story; the story's own title comes after it in the content stream (pdftotext -raw
    # prints a title placed above its text after it when the page was drawn that way)
    credit = "（本报首尔电）"
    abroad = ["中韩旅游图片展日前在首尔开幕，展出的百余幅作品展示了中国各地的自然风光和城市面貌。", *FOOD_MARKET[1:]]
    title, bridge_title = "中韩旅游图片展在首尔开幕", "跨江大桥主桥合龙"
    pg = split(page(column(abroad, 17), credit, title, bridge_title, column(RIVER_BRIDGE, 17)))
    show, bridge = pg.articles
    assert list(show.paragraphs) == [*abroad, credit]
    assert headline(show) == {"kicker": None, "title": title, "subtitle": None}
    assert headline(bridge) == {"kicker": None, "title": bridge_title, "subtitle": None}


@pytest.mark.parametrize(
    "credit", ["（据新华社）", "（本报综合）", "（来源：江城日报）", "（责编：钱进）", "编辑：钱进"]
)
def test_a_source_or_desk_credit_under_a_story_closes_it_and_is_no_part_of_the_next_title(credit: str) -> None:
    # the source of a compiled story or the desk's credit, on a line of its own under the story, closes it;
    # the title below it heads the next piece alone
    bridge_title = "跨江大桥主桥合龙"
    pg = split(page(column(FOOD_MARKET, 17), credit, bridge_title, column(RIVER_BRIDGE, 17)))
    market, bridge = pg.articles
    assert list(market.paragraphs) == [*FOOD_MARKET, credit]
    assert headline(bridge) == {"kicker": None, "title": bridge_title, "subtitle": None}


@pytest.mark.parametrize("jump", ["（下转A3版）", "（上接第1版）", "转A5版", "（下转第二版）"])
def test_a_jump_line_to_another_page_is_residue(jump: str) -> None:
    # where the story goes on (or came from) is page furniture: neither the story's text nor the next title's
    bridge_title = "跨江大桥主桥合龙"
    pg = split(page(column(FOOD_MARKET, 17), jump, bridge_title, column(RIVER_BRIDGE, 17)))
    market, bridge = pg.articles
    assert list(market.paragraphs) == FOOD_MARKET
    assert headline(bridge) == {"kicker": None, "title": bridge_title, "subtitle": None}
    assert [r.text for r in pg.residue] == [jump]


def test_the_text_a_jump_line_sends_on_stays_in_its_story() -> None:
    # the story breaks off mid-sentence at the foot of its column and goes on another page: the broken-off
    # text is the story's, no title of the piece below the photo's caption
    cut = ["据了解，大桥北岸的引桥目前正在", "架设钢箱梁，建成后从城北"]
    caption = "6月4日，工人在主桥合龙段作业。本报记者 郑凯 摄"
    title = "城东农贸市场重新开业"
    pg = split(page(column(RIVER_BRIDGE, 17), *cut, "（下转A4版）", caption, title, column(FOOD_MARKET, 17)))
    bridge, market = pg.articles
    assert list(bridge.paragraphs) == [*RIVER_BRIDGE, "".join(cut)]
    assert list(bridge.captions) == [caption]
    assert headline(market) == {"kicker": None, "title": title, "subtitle": None}


def test_a_byline_under_a_dash_subtitle_and_over_a_summary_box_stays_one_line_of_the_piece() -> None:
    # a national paper's feature: title, subtitle opened by a dash, the byline on a line of its own, then its
    # 核心阅读 box: the byline is neither the subtitle's last words nor a piece of its own before the box
    head = ["江州老城更新见闻", "——来自三条老街的调查"]
    byline = "本报记者 钱进 孙丽"
    box = ["核心阅读", "老城更新不搞大拆大建，留住街巷肌理和老字号，居民的生活更方便了。"]
    story = ["走进城东的槐树街，青石板路修整一新，沿街的老店铺重新开门迎客。", *FOOD_MARKET[1:]]
    pg = split(page(*head, byline, box[0], column(box[1:], 16), column(story, 16)))
    (feature,) = pg.articles
    assert headline(feature) == {"kicker": None, "title": head[0], "subtitle": head[1]}
    assert list(feature.paragraphs) == [byline, *box, *story]


def test_a_cna_story_closed_by_its_editor_and_date_code_ends_there_above_its_photos_caption() -> None:
    # 中央社 closes a story with its editor and a date code, the wrap cutting 編 / 輯: the caption under it,
    # closed by its photographer's credit, is the photo's, not the story's last paragraph run on
    story = [
        "（中央社記者林小文台北20日電）東川市政府今天宣布，市立圖書館新館將於下月開放，館藏逾百萬冊。",
        "市府表示，新館設有兒童閱覽區與自習室，開放時間延長至晚間10時。（編輯：吳大明）1120520",
    ]
    caption = "東川市立圖書館新館外觀。（中央社記者林小文攝）"
    lines = [
        *column(story[:1], 19),
        "市府表示，新館設有兒童閱覽區與自習室，開",
        "放時間延長至晚間10時。（編",
        "輯：吳大明）1120520",
    ]
    pg = split(
        page(
            *lines,
            caption,
            "跨江大橋主橋合龍",
            column(["本報訊（記者 鄭凱）6月4日，跨江大橋主橋合龍，預計年底通車。"], 17),
        )
    )
    library = pg.articles[0]
    assert list(library.paragraphs) == story
    assert list(library.captions) == [caption]


@pytest.mark.parametrize(
    "caption",
    [
        # the wrap cuts the photographer's credit (記 / 者…／攝影): the line states, its full stop inside it
        ["書房發起人張小文（右）與志工整理捐贈的二手書。記", "者林大同／攝影"],
        # the wrap cuts the caption's last word (…二手 / 書。 記者…): its sentence ends a character into the credit
        ["書房發起人張小文在書架前整理捐贈的二手", "書。 記者 林大同 攝"],
    ],
)
def test_a_caption_set_wider_than_the_column_over_its_credit_cut_by_the_wrap_is_a_caption(caption: list[str]) -> None:
    # the caption runs wider than the story's column: a line that states, or whose sentence ends a few
    # characters into the credit below it, is the caption's, no title across columns
    story = ["位於東川市老城區的一棟舊屋，經過半年整修，日前變身為社區書房。", *FOOD_MARKET[1:]]
    pg = split(page("老屋變身社區書房", column(story[:1], 16), *caption, column(story[1:], 16)))
    (library,) = pg.articles
    assert headline(library) == {"kicker": None, "title": "老屋變身社區書房", "subtitle": None}
    assert list(library.paragraphs) == story
    assert ["".join(c.split()) for c in library.captions] == ["".join("".join(caption).split())]


def test_title_wrapped_after_a_list_mark_stays_whole() -> None:
    # a title wrapped in a narrow column right after its 、: the short first piece is no running text
    first, rest = "城东、", "城西两座大桥同日合龙"
    pg = split(page(column(FOOD_MARKET, 17), first, rest, column(RIVER_BRIDGE, 17)))
    bridge = pg.articles[-1]
    assert headline(bridge) == {"kicker": None, "title": first + rest, "subtitle": None}


def test_series_opening_note_is_no_part_of_the_title_above_it() -> None:
    # 开栏的话 opens the note that starts a new series: a label of the piece, not a line of its title
    title = "年货市场红红火火（节前看消费①）"
    note = ["开栏的话", "春节临近，本报推出系列报道，记录各地年货市场的新变化。"]
    pg = split(page(column(RIVER_BRIDGE, 17), title, note, column(FOOD_MARKET[1:], 17)))
    series = pg.articles[-1]
    assert headline(series) == {"kicker": None, "title": title, "subtitle": None}
    assert list(series.paragraphs[:2]) == note


def test_dash_subtitle_as_wide_as_the_column_under_a_title_across_columns() -> None:
    # the subtitle fills the column by chance, and pdftotext cut the lead's first line after the photo credit
    # in brackets (李明（见图，王益摄） / ，跨江…): the subtitle is still a line of its own, not the first line
    # of a caption running on to that credit
    title = "跨江大桥主桥今天顺利合龙 两岸百姓期盼已久的通车指日可待"
    subtitle = "——记江城建设者奋战三百个日夜的故事"
    lead = [
        "李明（见图，王益摄）",
        "，跨江大桥建设指挥部总工程",
        "师。他说，合龙段的钢梁重达三百",
        "吨，误差控制在两毫米以内。",
    ]
    pg = split(page(column(FOOD_MARKET, 17), title, subtitle, lead))
    bridge = pg.articles[-1]
    assert list(bridge.paragraphs) == ["".join(lead)]
    assert headline(bridge) == {"kicker": None, "title": title, "subtitle": subtitle}


def test_dash_subtitle_closes_its_headline_at_the_foot() -> None:
    # the footer holds one headline with its dash-led subtitle, then the next headline set wider: a part below a
    # dash-led subtitle belongs to the next headline, even one that shares no word with its story
    foot = ["农贸市场改造后重新开业", "——城东买菜更方便", "江上新彩虹飞架两岸 城东百姓买菜更方便"]
    pg = split(page(column(FOOD_MARKET, 17), column(RIVER_BRIDGE, 17), foot))
    market, bridge = pg.articles
    assert headline(market) == {"kicker": None, "title": foot[0], "subtitle": foot[1]}
    assert headline(bridge) in (None, {"kicker": None, "title": foot[2], "subtitle": None})


def test_two_headlines_side_by_side_on_one_line_at_the_foot() -> None:
    # two headlines set side by side at the foot come out as one line: each restates its own story
    foot = ["农贸市场改造后重新开业 跨江大桥主桥提前合龙"]
    pg = split(page(column(FOOD_MARKET, 17), column(RIVER_BRIDGE, 17), foot))
    market, bridge = pg.articles
    assert headline(market) == {"kicker": None, "title": "农贸市场改造后重新开业", "subtitle": None}
    assert headline(bridge) == {"kicker": None, "title": "跨江大桥主桥提前合龙", "subtitle": None}


def test_side_by_side_title_restating_its_story_in_a_word_or_two_is_its_own() -> None:
    # the right title shares only a word or two with its story (大江两岸, 车程) and nothing with the market
    # story the left one restates: so little is enough where the other side's story shares no word of it
    foot = ["农贸市场改造后重新开业 大江两岸车程缩短"]
    pg = split(page(column(FOOD_MARKET, 17), column(RIVER_BRIDGE, 17), foot))
    market, bridge = pg.articles
    assert headline(market) == {"kicker": None, "title": "农贸市场改造后重新开业", "subtitle": None}
    assert headline(bridge) == {"kicker": None, "title": "大江两岸车程缩短", "subtitle": None}


def test_title_set_solid_beside_one_letter_spaced_on_one_line_at_the_foot() -> None:
    # the letter-spaced title's spaces say where it starts: squeezing them away joins it to the solid one
    foot = ["农贸市场改造后重新开业 " + " ".join("跨江大桥主桥提前合龙")]
    pg = split(page(column(FOOD_MARKET, 17), column(RIVER_BRIDGE, 17), foot))
    market, bridge = pg.articles
    assert headline(market) == {"kicker": None, "title": "农贸市场改造后重新开业", "subtitle": None}
    assert headline(bridge) == {"kicker": None, "title": "跨江大桥主桥提前合龙", "subtitle": None}


def test_two_headlines_side_by_side_split_the_two_pieces_run_together() -> None:
    # pdftotext -raw: a report and a feature without a dateline after it, at one measure, read as one article;
    # their titles, side by side at the foot, come out as one line, which restates the two of them
    foot = "农贸市场改造后重新开业 南门巷面馆开了三十年"
    pg = split(page(column([*FOOD_MARKET, *NOODLES], 17), foot))
    market, noodles = pg.articles
    assert list(market.paragraphs) == FOOD_MARKET and list(noodles.paragraphs) == NOODLES
    assert headline(market) == {"kicker": None, "title": "农贸市场改造后重新开业", "subtitle": None}
    assert headline(noodles) == {"kicker": None, "title": "南门巷面馆开了三十年", "subtitle": None}


def test_headline_part_restating_a_piece_apart_in_words_splits_it_off_when_the_other_paraphrases() -> None:
    # the market report's title paraphrases it (no word of it in the report), so only the noodle shop's title
    # speaks; but the two pieces share none of the page's rarer words: two stories meet where that title's
    # piece starts
    foot = "菜篮子拎得更轻松了 南门巷面馆开了三十年"
    pg = split(page(column([*FOOD_MARKET, *NOODLES], 17), foot))
    assert [list(a.paragraphs) for a in pg.articles] == [FOOD_MARKET, NOODLES]
    assert pg.articles[1].headline is not None and "南门巷面馆开了三十年" in pg.articles[1].headline.text


LORRY_CRASH = [
    "昨天清晨五点多，城西环路与建设大街交叉口，一辆满载饮用水的厢式货车转弯时侧翻，压住了路边停放的两辆轿车。",
    "所幸车上车下都无人受伤。交警赶到后封闭了半幅路面，调来吊车将货车扶正，桶装水散落一地，环卫工人清扫了两个多小时。",
    "据货车司机讲，当时车速不快，转弯时车上的水桶突然向一侧滑动，车辆随即失去平衡。事故原因正在进一步调查中。",
]
KITCHEN_ESSAY = [
    "近日，某地一家网红餐馆因后厨卫生问题被顶格处罚，引发热议。不少网友感慨，光鲜的门面背后，竟藏着这样的角落。",
    "群众对餐饮的要求，早已从吃得饱变成吃得放心。监管部门既要敢于亮剑，也要让明厨亮灶成为行业的标配。",
    "商家更应明白，口碑是一点一滴攒出来的。靠营销能红一时，靠诚信才能走得长远。",
    "说到底，食品安全从来没有旁观者。消费者多一分较真，商家多一分自律，监管多一分严格，餐桌上的安心就会多一分。",
]


def test_a_title_beside_another_and_wrapped_onto_the_next_line_heads_its_own_piece() -> None:
    # a news story and a commentary, neither dated, run together at one measure; at the foot the commentary's
    # title stands beside the story's and wraps onto the line below, where its column tag closes it: the two
    # pieces are two articles, and the commentary keeps the whole of its title
    foot = ["货车侧翻压坏两轿车 后厨不能成为", "监管盲区（街谈巷议）"]
    pg = split(
        page(column(LIBRARY, 16), column(LORRY_CRASH, 16), column(KITCHEN_ESSAY, 16), "市图书馆新馆正式开放", *foot)
    )
    assert [list(a.paragraphs) for a in pg.articles][1:] == [LORRY_CRASH, KITCHEN_ESSAY]
    assert [a.headline.text if a.headline else None for a in pg.articles][1:] == [
        "货车侧翻压坏两轿车",
        "后厨不能成为监管盲区（街谈巷议）",
    ]


def test_a_commentary_run_on_from_a_story_is_parted_by_its_paraphrasing_title() -> None:
    # the commentary's title restates only a fifth of its words; where the story above and the commentary
    # share next to none of the page's rarer words, that is enough to part them
    foot = ["货车侧翻压坏两轿车", "网红餐馆受罚敲响警钟（街谈巷议）"]
    pg = split(page(column([*LORRY_CRASH, *KITCHEN_ESSAY], 16), *foot))
    assert [list(a.paragraphs) for a in pg.articles] == [LORRY_CRASH, KITCHEN_ESSAY]
    assert [a.headline.text if a.headline else None for a in pg.articles] == foot


def test_a_title_in_two_phrases_stays_one_even_when_a_phrase_names_another_story() -> None:
    # 大桥合龙 is in both stories: the phrases of one title both restate its own story
    stories = [[*FOOD_MARKET[:1], "市场旁的跨江大桥合龙后，前来买菜的外区居民也多了起来。"], RIVER_BRIDGE]
    title = "跨江大桥主桥提前合龙 预计年底建成通车"
    pg = split(page(column(stories[0], 17), title, column(stories[1], 17)))
    assert headline(pg.articles[-1]) == {"kicker": None, "title": title, "subtitle": None}


def test_dateline_cut_before_its_dian_and_spread_by_justification_opens_the_report() -> None:
    # a narrow column ends the dateline's first line on the date, justified letter by letter (本 报 上 海 2 月 13
    # 日 / 电 （记者…）): still the dateline that opens the report after a piece without one
    feature = ["清晨六点，老城区南门巷的一间小面馆已经坐满了客人。灶台上的大锅冒着热气，老板娘麻利地舀着浇头。"]
    report = [
        "本报上海2月13日电 （记者曹晓）记者从市新闻出版局获悉，今年的最美图书评选近日揭晓，本市选送的三种图书获奖。",
        "据介绍，评选已举办了十六届，每年的获奖图书代表本市参加次年的全国评选。",
    ]
    assert report[0][9] == "电"
    lines = [*column(feature, 14), "本 报 上 海 2 月 13 日", *wrap(report[0][9:], 14, "none"), *column(report[1:], 14)]
    pg = split(page(lines))
    assert len(pg.articles) == 2
    assert pg.articles[1].dateline is not None and pg.articles[1].dateline.place == "上海"


def test_two_undated_pieces_at_one_measure_part_where_their_vocabulary_changes() -> None:
    # no dateline, no title between them, one measure: a headline left over at the foot (the one at the top has
    # the text) says there are two pieces, but it restates no paragraph well enough to say where; the text
    # parts where the two stories stop sharing words
    noodles = [
        "清晨六点，老城区南门巷的一间小面馆已经坐满了客人。灶台上的大锅冒着热气，老板娘麻利地往碗里舀着浇头。",
        "这家面馆开了整整三十年，招牌只有一样：羊肉臊子面。老顾客说，吃的不光是面，还有老城的味道。",
        "老板说，他最大的心愿是把这门手艺传给儿子，让这碗面在南门巷一直冒着热气。",
    ]
    orchard = [
        "进入十月，山坡上的苹果园迎来采摘季。果农赵大叔踩着梯子，把红彤彤的果子一个个摘进竹筐。",
        "今年雨水充足，果子个头大、糖分足，收购商早早就开着货车进了村，每斤比去年多卖两毛钱。",
        "合作社理事长介绍，村里今年还建起了冷库，错峰销售让果农的腰包又鼓了一些。",
    ]
    pg = split(page("南门巷面馆的三十年", column(noodles, 16), column(orchard, 16), "苹果熟了 日子甜了"))
    assert [list(a.paragraphs) for a in pg.articles] == [noodles, orchard]


def test_a_story_that_narrows_beside_its_photo_stays_one_article() -> None:
    # the column narrows where a photo stands beside the text: a change of measure, but the text on both sides
    # keeps naming the same things, so it is one story (two stories share few of their words)
    story = [
        "本报讯（记者 韩雪）南门巷的老面馆开了三十年，老板王师傅每天清晨四点起床熬骨头汤，街坊们都说这碗羊肉面是老城的"
        "味道。",
        "骨头汤要熬足六个小时，羊肉要选本地的山羊，面条要用手工现擀。每天中午，不大的店堂里坐满了客人，门外还排着长队，"
        "一天要煮三百多碗羊肉面。",
        "王师傅说，熬骨头汤的手艺是父亲传下来的，三十年来一样也没改过，手工现擀的面条配上山羊肉，就是老城的味道。",
        "如今，老面馆的故事被拍成了短视频，王师傅打算把熬汤和擀面的手艺传给儿子，让南门巷的老面馆一直开下去。",
    ]
    pg = split(page(column(story[:2], 18), column(story[2:], 12)))
    assert [list(a.paragraphs) for a in pg.articles] == [story]


def test_a_subhead_set_wide_in_the_middle_of_a_story_stays_in_it() -> None:
    # a subhead set wider than the column looks like display type, but the text below it keeps naming what the
    # text above names: it is a section of the same story, not the headline of the next piece
    first = [
        "南门巷的老面馆开了三十年，老板王师傅每天清晨四点起床熬骨头汤，街坊们都说这碗羊肉面是老城的味道。",
        "骨头汤要熬足六个小时，羊肉要选本地的山羊，面条要用手工现擀，王师傅说这些规矩三十年没变过。",
    ]
    subhead = "手工现擀的面条配上山羊肉熬的骨头汤面"
    second = [
        "王师傅说，熬骨头汤的手艺是父亲传下来的，手工现擀的面条配上山羊肉，就是南门巷老面馆的味道。",
        "如今，老面馆的故事被拍成了短视频，王师傅打算把熬骨头汤和擀面的手艺传给儿子，让老面馆一直开下去。",
    ]
    pg = split(page(column(first, 14), subhead, column(second, 14)))
    assert [list(a.paragraphs) for a in pg.articles] == [[*first, subhead, *second]]


def test_ocr_specks_inside_a_paragraph_go_to_the_residue() -> None:
    # Tesseract reads dirt and column rules as ' [ | between two characters of running text: they leave the
    # paragraph (where each would shift every later character) for the residue, with their line
    lines = blocks(
        [
            "本报讯（记者 韩雪）6月3日，城东农贸市场改造完",
            "成后重新开业，新增摊位两百' 余个，并设立农产",
            "品检测室。市场负责人介绍，改造期间商户| 被安",
            "置在临时大棚内经营，市民买菜没有受到影响。",
        ]
    )
    pg = split(page(lines))
    (market,) = pg.articles
    assert list(market.paragraphs) == [FOOD_MARKET[0] + FOOD_MARKET[1]]
    assert ("'", (2,)) in residue(pg) and ("|", (3,)) in residue(pg)


# A night-market story for the captions and titles that pdftotext -raw cuts at font changes.
NIGHT_MARKET = [
    "本报讯（记者 周宁）5月20日晚，湖滨公园夜市开市，首批六十个摊位中有一半留给了经营多年的老字号。",
    "主办方介绍，夜市每晚六时开放至十一时，周末延长一小时，园内增设了临时停车位和公共厕所。",
]


def test_raw_wrapped_title_wider_than_the_column_ends_on_its_short_last_line() -> None:
    # a title set across the top of a narrower piece, cut by pdftotext -raw after its closing quote (the colon
    # comes out at the start of a line) and wrapped onto a short last line; the photo caption below it starts
    # flush in the narrow column and is never the rest of the title
    lines = [
        *column(LIBRARY, 16),
        "湖滨公园举办夜市 主打「本地小吃，平价实惠」",
        "：摊位半数留给",
        "老字号",
        "夜市主办方代表（左至右）为王",
        "强、李梅和赵刚。记者 周宁 摄",
        *column(NIGHT_MARKET, 14),
    ]
    pg = split(page(lines))
    night = by_lead(pg, "湖滨公园夜市开市")
    assert night.headline is not None
    assert night.headline.title.replace(" ", "") == "湖滨公园举办夜市主打「本地小吃，平价实惠」：摊位半数留给老字号"
    assert list(night.captions) == ["夜市主办方代表（左至右）为王强、李梅和赵刚。记者 周宁 摄"]
    assert list(night.paragraphs) == NIGHT_MARKET


def test_raw_caption_cut_at_latin_names_in_brackets_is_one_caption() -> None:
    # Latin names are set in another font: pdftotext -raw cuts the caption's printed lines around them, so a
    # caption of three printed lines comes out in seven pieces; it is still one caption, not the story's lead
    caption = [
        "摊主代表（左起）为王强（Wang）",
        "、李梅（Mary）",
        "、赵刚（Gang）",
        "和孙丽（Lily）",
        "（均为化名）",
        "，他们都在夜市经营了十年以上。",
        "记者 周宁 摄",
    ]
    pg = split(page(column(LIBRARY, 20), "湖滨公园夜市开市", caption, column(NIGHT_MARKET, 20)))
    night = by_lead(pg, "湖滨公园夜市开市")
    assert night.headline is not None and night.headline.title == "湖滨公园夜市开市"
    assert list(night.captions) == ["".join(caption)]
    assert list(night.paragraphs) == NIGHT_MARKET


def test_caption_closed_by_a_screenshot_credit_is_a_caption() -> None:
    # a video still's caption closes with its source (视频截图) instead of a photographer's name, and the wrap
    # cuts the credit; the story's lead below it starts a paragraph of its own
    caption = ["夜市开市当晚，摊主王强（左）", "在直播间介绍本地小吃。网络视频截", "图"]
    pg = split(page("湖滨公园夜市开市", caption, column(NIGHT_MARKET, 16), "市图书馆新馆开放", column(LIBRARY, 16)))
    night = by_lead(pg, "湖滨公园夜市开市")
    assert list(night.captions) == ["".join(caption)]
    assert list(night.paragraphs) == NIGHT_MARKET


# A Hong Kong court report closes with its case number; the piece after it has no dateline.
COURT = [
    "23歲男子去年在旺角參與非法集結，今日在區域法院被判監禁十個月。",
    "法官判刑時指，被告當晚在場逗留逾兩小時，並曾向警員投擲雜物，雖然認罪，但刑期須具阻嚇作用。",
    "辯方求情時稱，被告案發時仍是大學生，現已在一間物流公司任職，並有穩定收入照顧母親。",
]
HARBOUR = [
    "維多利亞港兩岸今晚再度亮燈，多幢商業大廈外牆同步播放燈光表演，吸引不少市民及遊客駐足觀賞。",
    "旅遊業界人士表示，燈光表演有助吸引旅客留宿過夜，希望當局可以定期舉辦，並加入更多本地元素。",
]


@pytest.mark.parametrize("number", ["【案件編號：DCCC123/2020】", "案件編號：WKCC3407/2020"])
def test_case_number_closes_the_court_report_above(number: str) -> None:
    # the titles stand at the foot of the page; the only mark between the two pieces is the case number under
    # the first, and the second is set wider
    pg = split(
        page(
            column(COURT, 20),
            number,
            column(HARBOUR, 28),
            "傷人男子判監十個月",
            "維港兩岸今晚再亮燈",
        )
    )
    assert [list(a.paragraphs) for a in pg.articles] == [[*COURT, number], HARBOUR]


def test_lead_closed_by_its_byline_starts_a_piece_even_where_the_text_above_breaks_off() -> None:
    # the story above was cut short where the page ran out of room (no full stop); the title below it would
    # read as a block interrupting its sentence, but the lead closed by a byline opens a piece of its own
    cut = [*PORT[:-1], PORT[-1][:34]]  # its last printed line short: 用兩座，
    lead = MARKET[0] + BYLINE
    pg = split(page(column(cut, 16), "夜市開張——", "攤商盼人潮回流", column([lead, *MARKET[1:]], 16)))
    assert [list(a.paragraphs) for a in pg.articles] == [cut, [lead, *MARKET[1:]]]


@pytest.mark.parametrize(("narrow", "wide"), [(18, 34), (20, 36), (18, 30)])
def test_raw_quoted_title_and_dash_subtitle_stand_apart_from_both_pieces(narrow: int, wide: int) -> None:
    # the story above ends on a quotation cut into pieces; below it an interview's quoted title, its subtitle
    # opened by a dash, then the interview set wider. The measure there is the wider column's: the quoted
    # title would fit beside the last pieces, but the printed line it would continue is the narrow column's
    story = [*LIBRARY, "馆长说，新馆的目标很简单，就是“让每一个走进来的人都能找到自己的书”。"]
    title, subtitle = "“让城市在书香中更有温度”", "——访社区书屋发起人"
    pg = split(page(raw_fragments(column(story, narrow)), title, subtitle, column(OPINION, wide)))
    assert [list(a.paragraphs) for a in pg.articles] == [story, OPINION]
    assert headline(pg.articles[1]) == {"kicker": None, "title": title, "subtitle": subtitle}


def test_byline_wrapped_inside_its_photo_credit_stays_one_byline() -> None:
    # the wrap cuts 報導．攝影╱林美君 inside 攝影: the line ending on 攝 is no photographer's credit closing a
    # caption, so the lead above it stays the lead of a story, byline and all
    lines = column([MARKET[0] + BYLINE, *MARKET[1:]], 13)
    assert "影╱林美君" in lines
    pg = split(page(column(PORT, 13), lines))
    assert [list(a.paragraphs) for a in pg.articles] == [PORT, [MARKET[0] + BYLINE, *MARKET[1:]]]
    assert pg.articles[1].captions == ()


@pytest.mark.parametrize("width", [14, 16, 20])
def test_byline_cut_by_the_wrap_before_its_slash_still_closes_the_lead(width: int) -> None:
    # 報導攝影╱林美君 (no dot) wrapped before the slash: the line holding only ╱林美君 ends the lead paragraph,
    # and the next paragraph is not glued onto it
    lead = MARKET[0] + "報導攝影"
    lines = [*column([lead], width), "╱林美君", *column(MARKET[1:], width)]
    pg = split(page(column(PORT, width), lines))
    assert [list(a.paragraphs) for a in pg.articles] == [PORT, [lead + "╱林美君", *MARKET[1:]]]


def test_a_caption_an_ocr_engine_read_between_two_halves_of_a_sentence_is_a_caption() -> None:
    # …想到一家吃穿全靠她一 / (blank) / 阿玲双膝疼痛不堪，她还是硬撑工作。 / 人，她还是要…: the block of one sentence
    # parts 一人 (a pair the page prints together twice elsewhere) and its own first word reads with nothing above: the
    # photo's caption, the sentence going on around it
    text = "\n".join(
        [
            "单亲妈妈独力撑起一个家",
            "",
            "本报讯 阿玲一人打两份工，每天清晨五点",
            "出门，深夜才回家，一人抚养四个儿子。",
            "",
            "阿玲说，自己在婚姻上遇人不淑，可怜这四",
            "个孩子跟着她吃苦了。想到一家吃穿全靠她一",
            "",
            "阿玲双膝疼痛不堪，她还是硬撑工作。",
            "人，她还是要鼓起勇气坚持下去。一旁五岁的",
            "小儿子天真地说：“妈妈不用担心，我长大后",
            "力气会变很大，可以帮你搬重的东西。”",
        ]
    )
    (story,) = newsseg.split(text).articles
    assert story.captions == ("阿玲双膝疼痛不堪，她还是硬撑工作。",)
    assert any("全靠她一人，她还是要鼓起勇气" in p for p in story.paragraphs)


def test_a_foot_block_under_the_pages_hotline_and_code_gives_each_story_its_kicker_title_and_deck() -> None:
    # an in-house paper's foot: its hotline, the invitation to scan its account's code, then every headline of the
    # page: a slogan set as a couplet over the lead's title, the title wrapped, its deck in smaller type, wider,
    # pausing at a comma over two lines; the other title under them
    foot = [
        "招商服务热线：0571 8866 2233",
        "开发区官方微信 扫码关注",
        "聚力攻坚 奋勇争先",
        "城东农贸市场",
        "改造完成重新开业",
        "新增摊位两百余个，设立农产品",
        "检测室方便市民买菜",
        "跨江大桥主桥提前合龙",
    ]
    pg = split(page(column(FOOD_MARKET, 17), column(RIVER_BRIDGE, 17), foot))
    market, bridge = pg.articles
    assert headline(market) == {
        "kicker": "聚力攻坚 奋勇争先",
        "title": "城东农贸市场改造完成重新开业",
        "subtitle": "新增摊位两百余个，设立农产品检测室方便市民买菜",
    }
    assert headline(bridge) == {"kicker": None, "title": "跨江大桥主桥提前合龙", "subtitle": None}
    assert [r.text for r in pg.residue] == ["招商服务热线：0571 8866 2233", "开发区官方微信 扫码关注"]
    assert [list(a.paragraphs) for a in pg.articles] == [FOOD_MARKET, RIVER_BRIDGE]


def test_a_stories_clause_cut_off_at_the_foot_is_no_deck_of_a_foot_block() -> None:
    # the last story's new paragraph, cut off where the page ends, pauses at a comma on its second line and runs on
    # over a third without a mark: its text, not a block of headlines with a deck
    cut = wrap("沿线还将新建两座公交站点和一处停车场，方便两岸群众出行和沿江游客观光", 17)[:3]
    assert len(cut) == 3 and "，" in cut[1]
    pg = split(page(column(FOOD_MARKET, 17), column(RIVER_BRIDGE, 17), cut))
    bridge = pg.articles[-1]
    assert headline(bridge) is None
    assert bridge.paragraphs[-1] == "".join(cut)


def test_a_dash_led_subtitle_wrapped_onto_a_short_tail_at_the_foot_keeps_its_tail() -> None:
    # a profile's title set letter-spaced, its subtitle, ——记 and who it portrays, wrapped onto a tail of a few
    # characters naming him: the tail is no kicker of the next headline, though the subtitle set solid under a
    # letter-spaced title closes the block the typesetting makes
    profile = [
        "本报记者 孟庆恒",
        "晚上九点，县城的街道渐渐安静下来，稽查中队队长覃立军和队员们却刚刚开始一天中最忙碌的巡查。",
        "干了十二年稽查，覃立军说，较真不是和谁过不去，而是对守法经营的商户负责。",
    ]
    comment = [
        "文／晏秋",
        "专项行动首周即查获涉烟案件十七起，成绩来之不易。但也要看到，破网非一朝一夕之功。",
        "唯有把专项整治中的好做法转化为常态长效的机制，才能真正守护好规范有序的市场环境。",
    ]
    foot = [
        "夜 巡 路 上 的 “ 较 真 ” 人",
        "——记县局专卖稽查中队",
        "队长覃立军",
        "守护规范有序市场环境",
        "农贸市场改造后重新开业",
    ]
    pg = split(page(column(profile, 17), column(comment, 17), column(FOOD_MARKET, 17), foot))
    story = pg.articles[0]
    assert headline(story) == {"kicker": None, "title": "夜巡路上的“较真”人", "subtitle": foot[1] + foot[2]}
    assert all(foot[2] not in (a.headline.text if a.headline else "") for a in pg.articles[1:])


_LEAGUE_MATCH = [
    "本报讯（记者 冯一鸣）7月20日晚，足球乙级联赛第17轮在市体育中心打响。溱州队在先失一球的情况下，凭借下半场的两粒"
    "进球，以2比1逆转战胜来访的江岭队，取得主场三连胜。",
    "比赛第23分钟，江岭队利用一次快速反击率先破门。易边再战，溱州队加强边路进攻，连入两球完成逆转。",
]


@pytest.mark.parametrize("width", [16, 19])
def test_a_letter_spaced_kicker_block_over_a_wrapped_title_and_a_subtitle_heads_the_story_below(width: int) -> None:
    # Tesseract reads a kicker set letter-spaced, the title wrapped onto a second line, and the subtitle each as a
    # block of its own, right over the story: the spaced line is display type of its own (no wrap joins it to the
    # title), and, shorter than the title under it, the kicker of a headline of three parts
    pg = split(
        page(
            blocks(
                ["溱州日报 2024年7月22日 星期一 第7版"],
                ["中 乙 联 赛 第 17 轮"],
                ["溱州队2比1逆转", "江岭队"],
                ["主场三连胜 积分升至第四"],
                *[wrap(p, width) for p in _LEAGUE_MATCH],
            )
        )
    )
    (match,) = pg.articles
    assert headline(match) == {
        "kicker": "中乙联赛第17轮",
        "title": "溱州队2比1逆转江岭队",
        "subtitle": "主场三连胜 积分升至第四",
    }
    assert list(match.paragraphs) == _LEAGUE_MATCH


@pytest.mark.parametrize("credit", ["插图 李晓", "题图 王芳", "插图／李晓"])
def test_a_drawings_credit_between_an_essays_paragraphs_is_its_caption(credit: str) -> None:
    # a supplement credits an essay's drawing on a line of its own, 插图 李晓, between two of its paragraphs: the
    # drawing's caption, no title parting the essay in two
    essay = [
        "文/陈素芬",
        "每年霜降前后，外婆便把从地里收来的雪里蕻洗净，一棵棵挂在竹竿上晾晒，晒到叶子发软，再一层菜一层盐地码进坛里，"
        "用拳头压实。外婆说，腌菜要压得紧，味道才出得来，人也一样，要经得起压。",
        "那时我不懂外婆的话，只惦记着开坛的日子。腊月里，外婆揭开坛盖，一股酸香扑鼻而来，那是我记忆里最暖的味道。",
        "如今外婆已经不在了，那只腌菜坛还放在老屋的墙角，每次回家，我都要去摸一摸它。",
    ]
    pg = split(
        page(
            "南湖晚报 2022年10月15日 星期六 副刊",
            "外婆的腌菜坛",
            column(essay[:2], 17),
            credit,
            column(essay[2:], 17),
            "市图书馆新馆开放",
            column(LIBRARY, 17),
        )
    )
    grandma = by_lead(pg, "陈素芬")
    assert list(grandma.paragraphs) == essay
    assert grandma.captions == (credit,)
    assert [a.headline.title if a.headline else None for a in pg.articles] == ["外婆的腌菜坛", "市图书馆新馆开放"]
