"""Tests for newsseg.decode: encodings a Chinese newspaper archive really comes in, and the binaries users pass."""

from __future__ import annotations

import codecs
import dataclasses
import random
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import chardet
import pytest

from newsseg.decode import Decoded, decode_page
from newsseg.errors import DecodeError, NewssegError, NotTextError

ROOT = Path(__file__).resolve().parent.parent

# Invented reporting, long enough (a few hundred characters) for chardet to be sure, broken into lines the way
# pdftotext breaks a narrow column.
SIMPLIFIED = (
    "本报讯 春分过后，城郊的田野渐渐染上了新绿。清晨六点，柳树镇的农民老王已经扛着锄头走进了自家的麦田。\n"
    "他说，今年雨水比往年充足，小麦长势喜人，只要后面不遇上倒春寒，夏收的产量有望比去年提高一成。\n"
    "镇农业服务中心的技术员小李每天骑着电动车在各村之间奔走，帮助农户检查病虫害，讲解科学施肥的方法。\n"
    "她告诉记者，近年来镇里推广了测土配方施肥，农民的种地成本降低了，土地的质量也在慢慢恢复。\n"
    "与此同时，县里新建的农产品冷链仓库已经投入使用，蔬菜和水果可以在仓库里保鲜半个月以上，\n"
    "再通过网络平台销往省城和周边城市。合作社的负责人表示，过去地里的西红柿一熟就得赶紧卖，价格常常被压得很低；\n"
    "现在有了冷库和订单，大家心里踏实多了。据统计，去年全镇农民人均可支配收入增长了百分之八点五，\n"
    "其中来自电子商务的收入占到了三成左右。镇党委书记在接受采访时说，下一步将继续改善乡村道路和供水设施，\n"
    "鼓励外出务工的年轻人回乡创业，让更多的家庭在家门口就能过上好日子。\n"
)
TRADITIONAL = (
    "本報訊 春分過後，城郊的田野漸漸染上了新綠。清晨六點，柳樹鎮的農民老王已經扛著鋤頭走進了自家的麥田。\n"
    "他說，今年雨水比往年充足，小麥長勢喜人，只要後面不遇上倒春寒，夏收的產量有望比去年提高一成。\n"
    "鎮農業服務中心的技術員小李每天騎著電動車在各村之間奔走，幫助農戶檢查病蟲害，講解科學施肥的方法。\n"
    "她告訴記者，近年來鎮裡推廣了測土配方施肥，農民的種地成本降低了，土地的質量也在慢慢恢復。\n"
    "與此同時，縣裡新建的農產品冷鏈倉庫已經投入使用，蔬菜和水果可以在倉庫裡保鮮半個月以上。\n"
)
HKSCS_LINE = "佢哋講嘢好快啲，我哋聽唔明。\n"  # Cantonese characters that are in Big5-HKSCS but not in plain Big5
GB18030_ONLY_LINE = "生僻字𠀀见于古籍。\n"  # 𠀀 (U+20000) has a four-byte GB18030 code, no GBK one


def fake_chardet(monkeypatch: pytest.MonkeyPatch, encoding: str | None, confidence: float) -> None:
    def detect(data: bytes, *args: Any, **kwargs: Any) -> dict[str, Any]:
        return {"encoding": encoding, "confidence": confidence, "language": ""}

    monkeypatch.setattr(chardet, "detect", detect)


# --- Unicode ------------------------------------------------------------------------------------------------


def test_utf8() -> None:
    assert decode_page(SIMPLIFIED.encode("utf-8")) == Decoded(SIMPLIFIED, "utf-8", 0)


def test_utf8_with_bom_drops_the_bom() -> None:
    decoded = decode_page(codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"))
    assert decoded.encoding == "utf-8-sig"
    assert decoded.text == SIMPLIFIED


@pytest.mark.parametrize("bom_codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(bom_codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if bom_codec.endswith("le") else codecs.BOM_UTF16_BE
    decoded = decode_page(bom + SIMPLIFIED.encode(bom_codec))
    assert decoded.encoding == "utf-16"
    assert decoded.text == SIMPLIFIED


@pytest.mark.parametrize("bom_codec", ["utf-32-le", "utf-32-be"])
def test_utf32_with_bom(bom_codec: str) -> None:
    bom = codecs.BOM_UTF32_LE if bom_codec.endswith("le") else codecs.BOM_UTF32_BE
    decoded = decode_page(bom + TRADITIONAL.encode(bom_codec))
    assert decoded == Decoded(TRADITIONAL, "utf-32", 0)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_unicode_without_bom_is_recognised_by_its_nul_bytes(codec: str) -> None:
    text = "2020年4月11日 星期六\n" + SIMPLIFIED
    assert decode_page(text.encode(codec)) == Decoded(text, codec, 0)


def test_utf16_without_bom_mostly_ascii_picks_the_right_byte_order() -> None:
    # The wrong byte order turns lower-case ASCII into valid CJK ideographs; it must still lose.
    text = "Lvliang Daily, page 1\nstate council news agency report\n"
    assert decode_page(text.encode("utf-16-le")).encoding == "utf-16-le"
    assert decode_page(text.encode("utf-16-be")).encoding == "utf-16-be"


# --- legacy Chinese encodings ---------------------------------------------------------------------------------


@pytest.mark.parametrize("codec", ["gb18030", "gbk", "gb2312"])
def test_mainland_encodings_decode_as_gb18030(codec: str) -> None:
    assert decode_page(SIMPLIFIED.encode(codec)) == Decoded(SIMPLIFIED, "gb18030", 0)


def test_gb18030_four_byte_characters() -> None:
    text = SIMPLIFIED + GB18030_ONLY_LINE
    assert decode_page(text.encode("gb18030")) == Decoded(text, "gb18030", 0)


def test_big5_traditional() -> None:
    # These bytes are also valid GB18030 (as nonsense); only detection gets the right text.
    data = TRADITIONAL.encode("big5")
    data.decode("gb18030")
    assert decode_page(data) == Decoded(TRADITIONAL, "big5hkscs", 0)


def test_big5_hkscs_characters() -> None:
    text = TRADITIONAL + HKSCS_LINE
    assert decode_page(text.encode("big5hkscs")) == Decoded(text, "big5hkscs", 0)


def test_chardet_subset_answers_are_read_with_the_superset(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_chardet(monkeypatch, "Big5", 0.99)
    text = TRADITIONAL + HKSCS_LINE
    assert decode_page(text.encode("big5hkscs")) == Decoded(text, "big5hkscs", 0)
    fake_chardet(monkeypatch, "GB2312", 0.99)
    text = SIMPLIFIED + GB18030_ONLY_LINE
    assert decode_page(text.encode("gb18030")) == Decoded(text, "gb18030", 0)


@pytest.mark.parametrize(("answer", "confidence"), [(None, 0.0), ("Big5", 0.05), ("EUC-TW", 0.99), ("utf-8", 0.99)])
def test_unsure_or_useless_chardet_falls_back_to_gb18030(
    monkeypatch: pytest.MonkeyPatch, answer: str | None, confidence: float
) -> None:
    fake_chardet(monkeypatch, answer, confidence)
    assert decode_page(SIMPLIFIED.encode("gbk")) == Decoded(SIMPLIFIED, "gb18030", 0)


@pytest.mark.parametrize("text", [TRADITIONAL, TRADITIONAL + HKSCS_LINE], ids=["big5", "hkscs"])
def test_big5_is_found_without_chardet(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    # Older chardet gives up on Big5 at the first HKSCS character. GB18030 then decodes the bytes without
    # error, but into private-use characters, which is how the Big5 reading wins.
    fake_chardet(monkeypatch, None, 0.0)
    assert decode_page(text.encode("big5hkscs")) == Decoded(text, "big5hkscs", 0)


def test_gb_text_with_a_private_use_character_stays_gb18030(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_chardet(monkeypatch, None, 0.0)
    text = SIMPLIFIED + "造字\ue000\n"  # archives map characters missing from GBK to its user-defined area
    assert decode_page(text.encode("gb18030")) == Decoded(text, "gb18030", 0)


def test_wrong_chardet_answer_that_fails_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_chardet(monkeypatch, "Big5", 0.99)  # GB bytes are not valid Big5
    assert decode_page(SIMPLIFIED.encode("gbk")) == Decoded(SIMPLIFIED, "gb18030", 0)


def test_confident_single_byte_answer_does_not_preempt_chinese(monkeypatch: pytest.MonkeyPatch) -> None:
    # Windows-1252 decodes any bytes, so trying it first would silently turn the page into mojibake.
    fake_chardet(monkeypatch, "Windows-1252", 0.99)
    assert decode_page(SIMPLIFIED.encode("gbk")) == Decoded(SIMPLIFIED, "gb18030", 0)


def test_confident_single_byte_answer_is_used_when_chinese_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_chardet(monkeypatch, "Windows-1252", 0.99)
    text = "Caf\u00e9 \u201cAurore\u201d \u00e0 la une\u00a0!\n"
    assert decode_page(text.encode("cp1252")) == Decoded(text, "cp1252", 0)


# --- newlines and BOM -----------------------------------------------------------------------------------------


def test_crlf_and_cr_become_lf() -> None:
    data = "第一行\r\n第二行\r第三行\n\r\n".encode()
    assert decode_page(data).text == "第一行\n第二行\n第三行\n\n"


def test_crlf_in_legacy_and_wide_encodings() -> None:
    text = SIMPLIFIED.replace("\n", "\r\n")
    assert decode_page(text.encode("gb18030")).text == SIMPLIFIED
    assert decode_page(text.encode("utf-16-le")).text == SIMPLIFIED


def test_form_feed_page_separator_is_text() -> None:
    data = ("第一版\n" + "\f" + "第二版\n").encode()
    assert decode_page(data).text == "第一版\n\f第二版\n"


def test_empty_input() -> None:
    assert decode_page(b"") == Decoded("", "utf-8", 0)
    assert decode_page(b"", name="empty.txt", encoding="gb18030") == Decoded("", "utf-8", 0)


def test_decoded_is_frozen() -> None:
    decoded = decode_page(b"x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        decoded.text = "y"  # type: ignore[misc]


# --- binary input -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG"),
        (b"GIF89a\x01\x00\x01\x00", "GIF"),
        (b"II*\x00\x08\x00\x00\x00", "TIFF"),
        (b"MM\x00*\x00\x00\x00\x08", "TIFF"),
        (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "ZIP"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "Office"),
    ],
)
def test_binary_formats_are_refused_with_a_remedy(header: bytes, kind: str) -> None:
    with pytest.raises(NotTextError) as info:
        decode_page(header + bytes(range(256)), name="page1.bin")
    message = str(info.value)
    assert message.startswith("page1.bin: not text")
    assert kind in message
    assert "pdftotext" in message
    assert "\n" not in message


def test_pdf_header_after_leading_junk() -> None:
    with pytest.raises(NotTextError, match="PDF"):
        decode_page(b"\r\nHTTP junk\n%PDF-1.4\n" + b"x" * 2000, name="a.pdf")


def test_pdf_header_quoted_inside_text_is_not_a_pdf() -> None:
    text = "记者注意到，文件头写着 %PDF-1.4 字样。\n"
    assert decode_page(text.encode()).text == text


def test_not_text_error_is_a_newsseg_error() -> None:
    with pytest.raises(NewssegError):
        decode_page(b"%PDF-1.5\n")


def test_random_binary_with_nuls() -> None:
    data = random.Random(20200411).randbytes(4096)
    assert b"\x00" in data
    with pytest.raises(NotTextError) as info:
        decode_page(data, name="scan.dat")
    assert "scan.dat" in str(info.value)
    assert "NUL" in str(info.value)
    assert "pdftotext" in str(info.value)


def test_binary_without_nuls_is_refused_by_its_control_bytes() -> None:
    data = bytes(b for b in random.Random(7).randbytes(4096) if b != 0)
    with pytest.raises(NotTextError, match="control bytes"):
        decode_page(data, name="blob")


def test_stray_nul_in_8bit_text_is_not_mistaken_for_utf16() -> None:
    with pytest.raises(NotTextError, match="NUL byte at offset 5"):
        decode_page(b"hello\x00world", name="x")


# --- loss ---------------------------------------------------------------------------------------------------

TRUNCATED_UTF8 = SIMPLIFIED.encode() + "字".encode()[:2]


def test_truncated_utf8_is_refused_when_strict() -> None:
    with pytest.raises(DecodeError) as info:
        decode_page(TRUNCATED_UTF8, name="cut.txt")
    message = str(info.value)
    assert message.startswith("cut.txt: ")
    assert "truncated" in message
    assert f"offset {len(TRUNCATED_UTF8) - 2}" in message
    assert "--errors-policy replace" in message


def test_truncated_utf8_is_replaced_on_request() -> None:
    decoded = decode_page(TRUNCATED_UTF8, errors_policy="replace")
    assert decoded.encoding == "utf-8"
    assert decoded.replaced >= 1
    assert decoded.text == SIMPLIFIED + "\ufffd"


def test_short_truncated_utf8_is_not_read_as_gb18030() -> None:
    # "中文" + two bytes of "字" is also four valid GB18030 characters of nonsense.
    data = "中文".encode() + "字".encode()[:2]
    data.decode("gb18030")
    with pytest.raises(DecodeError, match="truncated"):
        decode_page(data)


def test_bad_byte_in_utf8_page() -> None:
    good = SIMPLIFIED.encode()
    cut = good.index(b"\n") + 1
    data = good[:cut] + b"\xff" + good[cut:]
    with pytest.raises(DecodeError) as info:
        decode_page(data, name="p.txt")
    message = str(info.value)
    assert message.startswith("p.txt: cannot decode as UTF-8, GB18030 or Big5 without loss")
    assert f"first bad byte at offset {cut}" in message
    assert "--encoding" in message
    decoded = decode_page(data, errors_policy="replace")
    first_line = SIMPLIFIED.index("\n") + 1
    assert decoded == Decoded(SIMPLIFIED[:first_line] + "\ufffd" + SIMPLIFIED[first_line:], "utf-8", 1)


def test_bad_byte_in_gb18030_page() -> None:
    good = SIMPLIFIED.encode("gb18030")
    cut = good.index(b"\n") + 1
    data = good[:cut] + b"\xff" + good[cut:]
    with pytest.raises(DecodeError, match="gb18030"):
        decode_page(data)
    decoded = decode_page(data, errors_policy="replace")
    assert decoded.encoding == "gb18030"
    assert decoded.replaced == 1
    assert decoded.text.replace("\ufffd", "") == SIMPLIFIED


def test_unknown_errors_policy() -> None:
    with pytest.raises(ValueError, match="errors_policy"):
        decode_page(b"x", errors_policy="ignore")


# --- forced encoding ----------------------------------------------------------------------------------------


def test_forced_encoding_is_used_and_named_canonically() -> None:
    assert decode_page(SIMPLIFIED.encode("gbk"), encoding="GBK") == Decoded(SIMPLIFIED, "gbk", 0)
    assert decode_page(TRADITIONAL.encode("big5"), encoding="Big5") == Decoded(TRADITIONAL, "big5", 0)


def test_forced_encoding_overrides_detection() -> None:
    # GB bytes forced through Latin-1: the user asked for it, so no detection second-guesses them.
    assert decode_page("中文".encode("gbk"), encoding="latin-1") == Decoded("\xd6\xd0\xce\xc4", "iso8859-1", 0)


def test_forced_utf8_on_a_bom_file_drops_the_bom() -> None:
    assert decode_page(codecs.BOM_UTF8 + "中文".encode(), encoding="utf8") == Decoded("中文", "utf-8", 0)


def test_forced_utf16_without_bom_skips_the_nul_check() -> None:
    text = "一二三"  # no NUL-byte pattern and no line break: only the forced encoding can tell
    assert decode_page(text.encode("utf-16-le"), encoding="utf-16-le") == Decoded(text, "utf-16-le", 0)
    assert decode_page("ab".encode("utf-16-le"), encoding="utf-16-le") == Decoded("ab", "utf-16-le", 0)


def test_forced_encoding_still_refuses_binaries() -> None:
    with pytest.raises(NotTextError, match="PDF"):
        decode_page(b"%PDF-1.4\n", encoding="latin-1")


def test_forced_encoding_that_does_not_fit() -> None:
    data = SIMPLIFIED.encode("gbk")
    with pytest.raises(DecodeError) as info:
        decode_page(data, encoding="ascii", name="f.txt")
    message = str(info.value)
    assert message.startswith("f.txt: cannot decode as ascii (from --encoding) without loss")
    assert "offset 0" in message
    decoded = decode_page(data, encoding="ascii", errors_policy="replace")
    assert decoded.encoding == "ascii"
    assert decoded.replaced == sum(byte >= 0x80 for byte in data)


@pytest.mark.parametrize("encoding", ["no-such-codec", "base64", "zlib"])
def test_forced_encoding_must_be_a_text_codec(encoding: str) -> None:
    with pytest.raises(DecodeError, match="unknown text encoding"):
        decode_page(b"abc", encoding=encoding, name="f")


# --- chardet is imported only when needed ---------------------------------------------------------------------

# newsseg/__init__.py imports the whole pipeline; the package is set up by hand so only decode.py and errors.py
# run, and the test says something about decode.py whatever the other modules import.
_CHARDET_PROBE = textwrap.dedent(
    """
    import sys, types
    package = types.ModuleType("newsseg")
    package.__path__ = [sys.argv[1]]
    sys.modules["newsseg"] = package
    import newsseg.decode as d
    assert d.decode_page("中文\\n".encode()).text == "中文\\n"
    print("chardet" in sys.modules)
    d.decode_page("中文\\n".encode("gb18030"))
    print("chardet" in sys.modules)
    """
)


def test_utf8_page_does_not_import_chardet() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _CHARDET_PROBE, str(ROOT / "newsseg")],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    # The second line proves the probe can see chardet being imported at all.
    assert result.stdout.split() == ["False", "True"]
