"""Tests of newsseg.normalize and newsseg.chardata, grouped by the kind of symbol a rule is about.

Every group has "must NOT change" cases next to the positive ones: the rules are only useful if they leave
numbers, addresses, English and intentional headline spaces alone. The example sentences are made up.
"""

from __future__ import annotations

import doctest
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pagekit import LIBRARY, column, page

import newsseg
from newsseg import chardata, normalize
from newsseg.config import Config
from newsseg.normalize import (
    cell_width,
    fix_punctuation,
    fold_width,
    is_cjk,
    is_cjk_punct,
    normalize_line,
    squeeze_spaces,
)


def phrase(text: str) -> str:
    return squeeze_spaces(text, keep_phrase_spaces=True)


def test_doctests() -> None:
    result = doctest.testmod(normalize)
    assert result.attempted > 0
    assert result.failed == 0


# --- chardata ----------------------------------------------------------------------------------------------
class TestCharData:
    def test_opening_and_closing_are_disjoint(self) -> None:
        assert not chardata.OPENING & chardata.CLOSING

    def test_sentence_ends_may_not_start_a_line(self) -> None:
        assert chardata.SENTENCE_END <= chardata.CLOSING

    def test_clause_marks_may_not_start_a_line(self) -> None:
        assert chardata.CLAUSE_PUNCTUATION <= chardata.CLOSING

    def test_fullwidth_table_maps_to_ascii(self) -> None:
        assert all(chr(v).isascii() for v in chardata.FULLWIDTH_TO_HALFWIDTH.values())
        assert len(chardata.FULLWIDTH_TO_HALFWIDTH) == 10 + 26 + 26 + 1

    def test_punct_map_is_one_to_one(self) -> None:
        values = list(chardata.ASCII_TO_FULLWIDTH_PUNCT.values())
        assert len(set(values)) == len(values)
        assert all(len(k) == 1 and len(v) == 1 for k, v in chardata.ASCII_TO_FULLWIDTH_PUNCT.items())

    def test_unicode_spaces_are_whitespace_but_not_line_breaks(self) -> None:
        assert all(ch.isspace() for ch in chardata.UNICODE_SPACES)
        assert all(len(f"a{ch}b".splitlines()) == 1 for ch in chardata.UNICODE_SPACES)


# --- predicates --------------------------------------------------------------------------------------------
class TestPredicates:
    @pytest.mark.parametrize("ch", ["中", "〇", "㐀", "丽", "𠀀", "𰀀", "⼈"])
    def test_is_cjk(self, ch: str) -> None:
        assert is_cjk(ch)

    @pytest.mark.parametrize("ch", ["A", "1", "，", "。", "“", " ", "\u3000", "あ", "한"])
    def test_is_not_cjk(self, ch: str) -> None:
        assert not is_cjk(ch)

    @pytest.mark.parametrize("ch", ["，", "。", "、", "《", "》", "（", "）", "！", "・"])
    def test_is_cjk_punct(self, ch: str) -> None:
        assert is_cjk_punct(ch)

    @pytest.mark.parametrize("ch", [",", ".", "“", "”", "…", "中", " "])
    def test_is_not_cjk_punct(self, ch: str) -> None:
        assert not is_cjk_punct(ch)

    @pytest.mark.parametrize(
        ("text", "width"),
        [
            ("", 0.0),
            ("今天下雨", 4.0),
            ("abc 12", 3.0),
            ("，。（）《》“”", 8.0),
            ("4月", 1.5),
            ("19.2%", 2.5),
            ("\u3000中", 2.0),
            ("café", 2.0),
        ],
    )
    def test_cell_width(self, text: str, width: float) -> None:
        assert cell_width(text) == width


# --- spaces ------------------------------------------------------------------------------------------------
class TestSpaces:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("城 乡 面 貌 焕 然 一 新", "城乡面貌焕然一新"),
            ("  全区上下   齐心协力  ", "全区上下齐心协力"),
            ("居民 、 商户", "居民、商户"),
            ("通过 《 办法 》 ， 决定", "通过《办法》，决定"),
            ("（ 扩大 ）会议", "（扩大）会议"),
            ("会议结束。 随后", "会议结束。随后"),
            ("她问： 为什么", "她问：为什么"),
            ("“ 好 ” 他说", "“好”他说"),
            ("大桥\t通车", "大桥通车"),
        ],
    )
    def test_removed_in_body(self, text: str, expected: str) -> None:
        assert squeeze_spaces(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("  ", ""),
            ("", ""),
            ("单独一行", "单独一行"),
            ("keep   one    space", "keep one space"),
        ],
    )
    def test_collapse_and_strip(self, text: str, expected: str) -> None:
        assert squeeze_spaces(text) == expected

    def test_fold_unicode_spaces(self) -> None:
        assert fold_width("\u3000\u3000春耕\u00a0开始\u2003了") == "  春耕 开始 了"

    @pytest.mark.parametrize(
        "text",
        [
            "春耕 开始",  # body mode removes it, phrase mode keeps it
            "村道硬化 路灯安装 垃圾清运",
            "图书馆开放。 记者 陈晓 摄",
            "通讯员 周宁宁 记者 马可 文/图",
            "春风送暖 万象更新",
            "新闻发布会现场！ 本报记者 江南 摄",
        ],
    )
    def test_phrase_spaces_kept_in_headlines(self, text: str) -> None:
        assert phrase(text) == text

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("努 力 建 设 美 丽 乡 村", "努力建设美丽乡村"),
            ("稳 就 业 保 民 生", "稳就业保民生"),
            ("春耕  开始", "春耕 开始"),
            ("全 市 共 5 个", "全市共5个"),  # the number joins 共 and 个 first; then most words are single
            ("新增 12 家   企业落户", "新增12家 企业落户"),
            ("交通 、 水利 建设", "交通、水利 建设"),
            ("工作会议 （ 扩大 ）", "工作会议 （扩大）"),
            ("加强监管， 保障安全", "加强监管，保障安全"),
        ],
    )
    def test_phrase_mode_removes_stray_spaces(self, text: str, expected: str) -> None:
        assert phrase(text) == expected

    def test_letter_spacing_is_decided_per_run(self) -> None:
        # The sentence end separates two runs: the first is letter-spaced, the second is two phrases.
        assert phrase("奋 力 前 行。 乡村振兴 再上台阶") == "奋力前行。 乡村振兴 再上台阶"


# --- digits ------------------------------------------------------------------------------------------------
class TestDigits:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("２０２０年５月１日", "2020年5月1日"),
            ("增长１９．２％", "增长19.2%"),
            ("气温２５℃", "气温25℃"),
            ("４：３获胜", "4：3获胜"),  # a full-width colon is correct Chinese
            ("１．加强领导", "1．加强领导"),  # ． after a list number is Chinese punctuation
        ],
    )
    def test_fold_digits(self, text: str, expected: str) -> None:
        assert fold_width(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("5 月 20 日", "5月20日"),
            ("全镇 126 户", "全镇126户"),
            ("完成 87.5% 的任务", "完成87.5%的任务"),
            ("下降 3.4个百分点", "下降3.4个百分点"),
            ("达 1,200 人", "达1,200人"),
            ("上午 9:30 开始", "上午9:30开始"),
            ("（ 2019 年 ）", "（2019年）"),
            ("2020-05-01 发布", "2020-05-01发布"),
        ],
    )
    def test_spaces_around_numbers_removed(self, text: str, expected: str) -> None:
        assert squeeze_spaces(text) == expected
        assert phrase(text) == expected

    @pytest.mark.parametrize(
        "text",
        [
            "5G 基站",
            "B2B 平台",
            "PM2.5 指数",
            "COVID-19 检测",
            "H7N9 病毒",
            "使用 APP 查询",
        ],
    )
    def test_a_latin_word_is_set_solid_against_chinese_in_running_text(self, text: str) -> None:
        # running text sets them solid (5G基站); the space comes from the extractor's change of font. A headline
        # keeps it, as a gap between its phrases.
        assert squeeze_spaces(text) == text.replace(" ", "")
        assert phrase(text) == text

    def test_a_number_and_its_latin_unit_keep_their_space(self) -> None:
        assert squeeze_spaces("3 km") == "3 km"

    @pytest.mark.parametrize(
        "text",
        ["发生4.6级地震", "比例为3:2", "10:30开会", "PM2.5超标", "增速19.2%", "1,000元", "1.加强领导", "共35."],
    )
    def test_numbers_keep_ascii_marks(self, text: str) -> None:
        assert fix_punctuation(text) == text


# --- punctuation -------------------------------------------------------------------------------------------
class TestPunctuation:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("山区,平原", "山区，平原"),
            ("首先,", "首先，"),
            ("问题是:如何落实", "问题是：如何落实"),
            ("审核人: 赵一鸣", "审核人： 赵一鸣"),  # the space is squeeze_spaces' business
            ("一是强化;二是深化", "一是强化；二是深化"),
            ("加油!", "加油！"),
            ("太棒了!!!", "太棒了！！！"),
            ("是谁?!", "是谁？！"),
            ("能行吗?", "能行吗？"),
            ("工作完成.", "工作完成。"),
            ("工作完成. 下一步", "工作完成。 下一步"),
            ("完成.下一步", "完成．下一步"),  # pressed between hanzi: a misread comma or middle dot, no full stop
            ("马丁.波利亚科夫", "马丁．波利亚科夫"),
            ("他说:“走吧.”", "他说：“走吧。”"),
            ("APP,上线", "APP，上线"),
            ("共35, 其中", "共35， 其中"),
            ("时间:9:30,地点:礼堂", "时间：9:30，地点：礼堂"),
        ],
    )
    def test_marks_fixed_in_chinese(self, text: str, expected: str) -> None:
        assert fix_punctuation(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("座谈会(扩大)召开", "座谈会（扩大）召开"),
            ("(一)总体要求", "（一）总体要求"),
            ("(1)提高效率", "（1）提高效率"),
            ("上海(Shanghai)", "上海（Shanghai）"),
            ("CPI(居民消费价格指数)", "CPI（居民消费价格指数）"),
            ("方案(试行(草案))", "方案（试行（草案））"),
            ("文件（征求意见稿)", "文件（征求意见稿）"),
            ("文件(征求意见稿）", "文件（征求意见稿）"),
        ],
    )
    def test_parentheses_fixed_as_pairs(self, text: str, expected: str) -> None:
        assert fix_punctuation(text) == expected

    @pytest.mark.parametrize(
        "text",
        [
            "f(x) = 2x",
            "(a) apple (b) 苹果",  # the bracket does not touch the Chinese
            "说明(未完",  # no matching bracket on the line
            "完)结束",
            "等等...",
            "开始...结束",
            "（已是全角），。",
        ],
    )
    def test_parentheses_and_dots_left_alone(self, text: str) -> None:
        assert fix_punctuation(text) == text

    def test_parentheses_never_pair_across_lines(self) -> None:
        assert fix_punctuation("会议(\n)召开") == "会议(\n)召开"

    def test_fullwidth_punctuation_not_folded(self) -> None:
        text = "，。、；：？！（）《》“”"
        assert fold_width(text) == text


# --- Latin -------------------------------------------------------------------------------------------------
class TestLatin:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("ＡＰＰ", "APP"),
            ("ｗｗｗ．ｇｏｖ．ｃｎ", "www.gov.cn"),
            ("ＣＯＶＩＤ－１９疫苗", "COVID-19疫苗"),
            ("ａ＠ｂ．ｃｏｍ", "a@b.com"),
            ("ＡＢＣ－", "ABC－"),  # a joiner only between two letters or digits
        ],
    )
    def test_fold_letters(self, text: str, expected: str) -> None:
        assert fold_width(text) == expected

    @pytest.mark.parametrize("text", ["never give up", "the “smart city” plan"])
    def test_latin_spaces_kept(self, text: str) -> None:
        assert squeeze_spaces(text) == text
        assert phrase(text) == text

    @pytest.mark.parametrize("text", ["APP 下载", "使用 APP 办理", "WTO 成员", "iPhone 手机"])
    def test_a_latin_word_beside_chinese_keeps_its_space_only_in_a_headline(self, text: str) -> None:
        assert squeeze_spaces(text) == text.replace(" ", "")
        assert phrase(text) == text

    @pytest.mark.parametrize(
        "text",
        [
            "Hello, world!",
            "Hello, 世界",  # an English greeting before Chinese
            "e.g. 比如",
            "Mr.李",
            "Dr. 王",
            "登录www.example.org查询",
            "http://news.example.cn/a?b=1;c=2 为准",
            "邮箱tips@example.com.",
            "请见&nbsp;第二版",
            "Q&A: 问答",
        ],
    )
    def test_english_urls_and_addresses_keep_ascii_marks(self, text: str) -> None:
        assert fix_punctuation(text) == text


# --- normalize_line ----------------------------------------------------------------------------------------
class TestNormalizeLine:
    def test_switches(self) -> None:
        text = "１2月,大会"
        assert normalize_line(text, Config()) == "12月，大会"
        assert normalize_line(text, replace(Config(), fold_fullwidth_alnum=False)) == "１2月，大会"
        assert normalize_line(text, replace(Config(), ascii_punct_to_fullwidth=False)) == "12月,大会"
        off = replace(Config(), fold_fullwidth_alnum=False, ascii_punct_to_fullwidth=False)
        assert normalize_line(text, off) == text

    @pytest.mark.parametrize(
        ("text", "out"),
        [
            ("新华网北京２月９日电（记者 李明）９日２０时", "新华网北京２月９日电（记者 李明）９日２０时"),
            ("测得４．０级余震，深度约１０公里", "测得４．０级余震，深度约１０公里"),
            ("派出６辆救护车、30多名医护人员", "派出６辆救护车、30多名医护人员"),
            ("威力约1公斤ＴＮＴ当量", "威力约1公斤ＴＮＴ当量"),
            ("2０19年5月1日", "2019年5月1日"),
            ("ＣＯＶＩＤ－19疫苗", "COVID-19疫苗"),
            ("增长19.2％", "增长19.2%"),
        ],
    )
    def test_only_a_number_or_word_mixing_both_widths_is_folded(self, text: str, out: str) -> None:
        # a paper that sets a number full-width sets every digit of it so: that is typography, kept; the OCR's
        # random mix of widths inside one number or word is folded
        assert normalize_line(text, Config()) == out

    def test_every_full_width_digit_is_folded_when_asked(self) -> None:
        config = replace(Config(), fold_mixed_widths_only=False)
        assert normalize_line("新华网北京２月９日电", config) == "新华网北京2月9日电"

    def test_does_not_squeeze(self) -> None:
        assert normalize_line("全 市 4 月", Config()) == "全 市 4 月"


# --- properties --------------------------------------------------------------------------------------------
# An alphabet dense in what the rules look at, so that random strings hit the interesting neighbourhoods.
_ALPHABET = (
    "中文会议市人民记者摄月日年〇"
    " \u3000\u00a0\t"
    ",.:;!?()"
    "，。、；：！？（）《》“”…·"
    "0123456789０１２％%．－-/@_&"
    "AbcxyzＡｂ"
)
dense_text = st.text(alphabet=_ALPHABET, max_size=40)
any_line = st.text(alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\n\r"), max_size=40)
lines = st.one_of(dense_text, any_line)


def _non_space(text: str) -> list[str]:
    return [ch for ch in text if not ch.isspace()]


class TestProperties:
    @settings(max_examples=500)
    @given(lines)
    def test_fold_width_idempotent_and_length_preserving(self, text: str) -> None:
        once = fold_width(text)
        assert fold_width(once) == once
        assert len(once) == len(text)

    @settings(max_examples=500)
    @given(lines)
    def test_fix_punctuation_idempotent_and_length_preserving(self, text: str) -> None:
        once = fix_punctuation(text)
        assert fix_punctuation(once) == once
        assert len(once) == len(text)

    @settings(max_examples=500)
    @given(lines, st.booleans())
    def test_squeeze_spaces_idempotent_and_only_removes_whitespace(self, text: str, phrases: bool) -> None:
        once = squeeze_spaces(text, keep_phrase_spaces=phrases)
        assert squeeze_spaces(once, keep_phrase_spaces=phrases) == once
        assert _non_space(once) == _non_space(text)
        assert once == once.strip()
        assert "  " not in once

    @settings(max_examples=500)
    @given(lines, st.booleans(), st.booleans())
    def test_normalize_line_idempotent_and_keeps_lines(self, text: str, fold: bool, fix: bool) -> None:
        config = replace(Config(), fold_fullwidth_alnum=fold, ascii_punct_to_fullwidth=fix)
        once = normalize_line(text, config)
        assert normalize_line(once, config) == once
        assert len(once) == len(text)
        assert len(once.splitlines()) == len(text.splitlines())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18歲的陳先生 (J Chan) 說", "18歲的陳先生（J Chan）說"),  # OCR's brackets and space around a Latin name
        ("去年初 (2011) 檢查", "去年初（2011）檢查"),  # or around a year
        ("(b) 中文", "(b) 中文"),  # a Latin list item before Chinese keeps its own
    ],
)
def test_ocr_brackets_after_chinese_across_a_space_are_chinese_brackets(text: str, expected: str) -> None:
    assert squeeze_spaces(fix_punctuation(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("满意度〈线上好评所占比例) 达96.5%", "满意度（线上好评所占比例）达96.5%"),  # OCR's 〈 for （, closed by )
        ("中国〈江苏）自由贸易试验区", "中国（江苏）自由贸易试验区"),
        ("《〈论语〉选读》", "《〈论语〉选读》"),  # a real angle bracket inside a book title stays
        ("新华社北京2月5日电《记者王海林）今天", "新华社北京2月5日电（记者王海林）今天"),  # 《 for （ too
        ("《人民日报》(海外版)", "《人民日报》（海外版）"),  # a title mark closed first is a title mark
    ],
)
def test_an_angle_bracket_closed_by_a_round_one_is_the_ocr_s_misread_round_bracket(text: str, expected: str) -> None:
    assert squeeze_spaces(fix_punctuation(text)) == expected


def test_a_number_spaced_out_with_its_title_loses_its_spaces() -> None:
    assert squeeze_spaces("1 2 . 5 万 亩", keep_phrase_spaces=True) == "12.5万亩"
    assert squeeze_spaces("1 2 . 5 万 亩") == "12.5万亩"
    # a row of figures alone keeps them (a lottery draw, a score table)
    assert squeeze_spaces("5 2 8 0 3", keep_phrase_spaces=True) == "5 2 8 0 3"


MEETING = [
    "本报讯（记者 孙立）6月3日，市政府召开第十二次常务会议，研究部署老旧小区改造和城市排水管理工作。",
    "会议指出，老旧小区改造是重大民生工程，要坚持居民自愿、因地制宜，做到改一片、成一片。",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("民间投资降幅比1 — 2 月收窄", "民间投资降幅比1—2月收窄"),
        ("气温 12 ～ 21℃", "气温12～21℃"),
        ("东南风 2—3 级", "东南风2—3级"),
    ],
)
def test_a_ranges_dash_between_figures_is_set_solid(text: str, expected: str) -> None:
    assert squeeze_spaces(text) == expected


def test_a_dot_after_a_bracket_the_ocr_read_as_ascii_is_the_full_stop() -> None:
    # (…联络秘书（012-778 3301) . — the bracket fixed as a pair first, the dot after it then ends the sentence)
    assert fix_punctuation("询问可联络秘书(012-778 3301) .") == "询问可联络秘书（012-778 3301） 。"
    assert fix_punctuation("see f(x) .") == "see f(x) ."


# --- the thirty-fourth batch's rules (composed pages) ---
def test_a_unit_sign_after_a_figure_and_a_figure_after_a_subtitles_dash_are_set_solid() -> None:
    # an OCR engine's space in 38 ℃ and in ——3.2 万户: the text reads 38℃, the subtitle ——3.2万户
    heat = [
        "本报讯（记者 梅若兰）入伏以来，东河市持续高温，7月16日午后城区最高气温达38 ℃，全市用电负荷创下历史新高。",
        "东河供电公司启动迎峰度夏应急预案，安排运维人员24小时值守，确保居民用电平稳。",
    ]
    pg = newsseg.split(
        page(
            "东河电力报",
            "2024年7月18日 星期四",
            "迎峰度夏 电网稳稳托底",
            "——3.2 万户居民喜迎“满格电”",
            column(heat, 16),
            "市图书馆新馆正式开放",
            column(LIBRARY, 16),
        )
    )
    grid = pg.articles[0]
    assert grid.headline is not None and grid.headline.subtitle == "——3.2万户居民喜迎“满格电”"
    assert grid.paragraphs[0] == heat[0].replace("38 ℃", "38℃")
    assert list(grid.paragraphs[1:]) == heat[1:]
