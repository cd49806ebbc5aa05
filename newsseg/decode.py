"""Turn the bytes of one page into text, or refuse with a one-line reason and a remedy.

Chinese newspaper archives come as UTF-8, GB2312/GBK/GB18030 or Big5, sometimes UTF-16 from Windows tools, and
users regularly hand over the PDF or the scan instead of the extracted text. The order of checks:

1. binary sniffing (PDF, images, archives, NUL bytes, control characters) → ``NotTextError``;
2. a forced encoding, else a byte-order mark, else UTF-16/32 recognised by its NUL bytes;
3. strict UTF-8 (the common case; it never imports chardet);
4. chardet's answer, then GB18030, then Big5-HKSCS, each strictly (a decode full of private-use characters
   only if nothing reads cleaner: that is Big5 read as GB18030);
5. nothing decodes without loss → ``DecodeError``, or with ``errors_policy="replace"`` the candidate that
   loses the fewest bytes.
"""

from __future__ import annotations

import codecs
import re
import threading
from dataclasses import dataclass

from .errors import DecodeError, NotTextError

__all__ = ["Decoded", "decode_page"]


@dataclass(frozen=True, slots=True)
class Decoded:
    """A page as text, with the codec that produced it."""

    text: str  # newlines normalized to "\n", no leading U+FEFF
    encoding: str  # the codec actually used, Python's lower-case name: "utf-8", "gb18030", "big5hkscs" …
    replaced: int = 0  # undecodable bytes replaced by U+FFFD (only ever non-zero with errors_policy="replace")


ERRORS_POLICIES = ("strict", "replace")

# The remedy for every NotTextError: what users feed by mistake is the source a text extractor starts from.
_EXTRACT_FIRST = "extract text first with pdftotext or an OCR engine"
# The remedy for a DecodeError when the encoding was guessed.
_GIVE_ENCODING = "give the encoding with --encoding, or --errors-policy replace"

# Leading bytes of the files users pass instead of the extracted text: the scanned page images, the PDF, the
# Word file or archive the text is in. Checked before any decoding so the message says what the file is.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),  # little-endian TIFF: the usual format of archival page scans
    (b"MM\x00*", "a TIFF image"),  # big-endian TIFF
    (b"AT&TFORM", "a DjVu document"),  # scanned newspaper archives are often distributed as DjVu
    (b"PK\x03\x04", "a ZIP archive (e.g. .docx)"),  # .docx/.odt/.epub are ZIP files
    (b"PK\x05\x06", "a ZIP archive (e.g. .docx)"),  # an empty ZIP
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document (e.g. .doc)"),  # OLE2 compound file
)

# PDF readers accept the header anywhere in the first 1024 bytes (mail and download tools prepend junk), so
# it is searched for there, but only at a line start so a page that quotes "%PDF-1.4" mid-sentence is text.
_PDF_HEADER = re.compile(rb"(?:\A|[\r\n])%PDF-\d")
_PDF_HEADER_WINDOW = 1024

# Binary sniffing looks at the start only: enough to see a binary format, cheap for a large page.
_SNIFF_BYTES = 8192

# C0 controls that text never contains. Kept out: \t \n \v \f \r (\f separates pages in pdftotext output),
# ESC (ISO-2022 encodings switch character sets with it) and SUB (DOS editors end files with it).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1A), *range(0x1C, 0x20), 0x7F])
_CONTROL_CHARS = frozenset(chr(b) for b in _CONTROL_BYTES)
# Random bytes are ~10% such controls, real text ~0%; 5% leaves room for OCR debris without passing binaries.
_MAX_CONTROL_SHARE = 0.05

# Byte-order marks in the order they must be tested: the UTF-32 LE mark begins with the UTF-16 LE mark.
# Python's "utf-16"/"utf-32" codecs read the mark to pick the byte order and drop it from the text.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Codecs in which NUL bytes are ordinary (every ASCII character and newline has one); anything else with NULs
# is binary. Without a BOM the byte order is not known, so both are tried.
_WIDE_CODECS = ("utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be")

# Code points a newspaper page is made of. Reading UTF-16 in the wrong byte order still "decodes", into
# Tifinagh, Yi, Hangul syllables and the like; the right order puts almost every character in these ranges.
_TEXT_RANGES: tuple[tuple[int, int], ...] = (
    (0x0009, 0x000D),  # whitespace
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x024F),  # Latin-1 and Latin Extended (foreign names, pinyin tone marks)
    (0x0370, 0x04FF),  # Greek, Cyrillic
    (0x2010, 0x205E),  # dashes, quotes, ellipsis, ‰, ※
    (0x2E80, 0x9FFF),  # CJK radicals, punctuation, kana, unified ideographs
    (0xAC00, 0xD7AF),  # Hangul
    (0xFF00, 0xFFEF),  # full-width forms, which Chinese typesetting uses for digits and punctuation
)

# chardet reads at most this much: a page is far smaller, and its speed is not worth paying for on big inputs.
_CHARDET_SAMPLE_BYTES = 64 * 1024
# Below this chardet is guessing (on a few hundred characters it answers GB18030 or Big5 with about 0.5, on
# English in Windows-1252 with 0.1); a guess is ignored and the Chinese codecs are tried in the fixed order.
_CHARDET_MIN_CONFIDENCE = 0.2
# chardet names the smallest encoding that fits the sample; archives use the extensions too (rare surnames,
# Hong Kong place names), and the superset reads every byte of the subset the same way.
_CHARDET_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs"}
# Multi-byte codecs fail on text in another encoding, so a confident chardet answer among them is tried first
# (GB18030 decodes Big5 and EUC-KR bytes into nonsense without an error). Single-byte codecs decode anything,
# so succeeding proves nothing; their answers are tried only after the Chinese codecs have failed.
_MULTIBYTE_PREFIXES = ("utf", "gb", "big5", "cp950", "hz", "euc", "shift_jis", "cp932", "cp949", "johab", "iso2022")
# Tried in this order when chardet has nothing better: GB18030 covers GB2312 and GBK, the mainland archives;
# Big5-HKSCS covers Big5, Taiwan and Hong Kong. Big5 bytes also decode as GB18030, which is why chardet goes first.
_CHINESE_FALLBACKS = ("gb18030", "big5hkscs")
# Big5 bytes are valid GB18030, but many land in GBK's user-defined areas, which decode to the Private Use
# Area; real text has next to no private-use characters. When chardet misses Big5 (older chardet does as soon
# as an HKSCS character appears) a decode with them is kept only if no candidate decodes with fewer.
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")

# Counting replaced bytes needs an error handler; codecs only takes handlers by registered name, and the count
# is kept per thread so concurrent decodes do not mix their tallies.
_COUNTING_REPLACE = "newsseg.decode.count-replace"
_tally = threading.local()


def _count_and_replace(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    _tally.replaced += exc.end - exc.start
    return "\ufffd", exc.end


codecs.register_error(_COUNTING_REPLACE, _count_and_replace)


@dataclass(frozen=True, slots=True)
class _Failure:
    """Why a strict decode with one codec failed."""

    codec: str
    offset: int  # the first byte that cannot be decoded
    truncated: bool  # all bytes are valid except an incomplete character at the very end


def decode_page(data: bytes, *, encoding: str | None = None, errors_policy: str = "strict", name: str = "-") -> Decoded:
    """Decode one page. ``name`` is the file name (``-`` for stdin) used in error messages.

    Raises NotTextError for PDFs, images and other binary input, DecodeError when the text cannot be decoded
    without loss under ``errors_policy="strict"``, ValueError for an unknown ``errors_policy``.
    """
    if errors_policy not in ERRORS_POLICIES:
        raise ValueError(f"errors_policy must be one of {', '.join(ERRORS_POLICIES)}, not {errors_policy!r}")
    forced = _codec_name(encoding, name) if encoding is not None else None
    bom = _bom_codec(data)
    wide = _refuse_binary(data, name, known_wide=_is_wide(forced if forced is not None else bom))
    if not data:
        return Decoded("", "utf-8")

    if forced is not None:
        return _decode_known(
            data,
            forced,
            errors_policy,
            name,
            f"{forced} (from --encoding)",
            "check --encoding, or use --errors-policy replace",
        )
    if bom is not None:
        return _decode_known(data, bom, errors_policy, name, f"{bom} (from its byte-order mark)", _GIVE_ENCODING)
    if wide is not None:
        return _decode_known(data, wide, errors_policy, name, f"{wide} (from its NUL bytes)", _GIVE_ENCODING)

    try:
        return _finish(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8 = _Failure("utf-8", exc.start, _ends_mid_character(data, "utf-8"))
    if utf8.truncated and not data[: utf8.offset].isascii():
        # Valid UTF-8 with real multi-byte characters up to a cut-off end: a legacy codec would "succeed"
        # on the same bytes only by producing nonsense.
        if errors_policy == "strict":
            raise _loss_error(name, utf8, "UTF-8", "restore the file, or use --errors-policy replace")
        text, replaced = _decode_replacing(data, "utf-8")
        return _finish(text, "utf-8", replaced)

    candidates, last_resort = _legacy_candidates(data)
    failures = [utf8]
    best: tuple[int, str, str] | None = None  # (private-use characters, text, codec) of a lossless decode
    for codec in candidates:
        text = _strict_or_none(data, codec, failures)
        if text is None:
            continue
        private = len(_PRIVATE_USE.findall(text))
        if private == 0:
            return _finish(text, codec)
        if best is None or private < best[0]:
            best = (private, text, codec)
    if best is not None:
        return _finish(best[1], best[2])
    for codec in last_resort:
        text = _strict_or_none(data, codec, failures)
        if text is not None:
            return _finish(text, codec)

    if errors_policy == "strict":
        furthest = max(failures, key=lambda failure: failure.offset)  # the likeliest encoding reads furthest
        raise _loss_error(name, furthest, "UTF-8, GB18030 or Big5", _GIVE_ENCODING, name_codec=True)
    best_text, best_replaced, best_codec = "", len(data) + 1, "utf-8"
    for codec in ("utf-8", *candidates, *last_resort):  # ties go to the earlier, more trusted codec
        text, replaced = _decode_replacing(data, codec)
        if replaced < best_replaced:
            best_text, best_replaced, best_codec = text, replaced, codec
    return _finish(best_text, best_codec, best_replaced)


def _codec_name(encoding: str, name: str) -> str:
    """Python's canonical name for a user-given encoding; only text encodings (not base64, zlib …) pass."""
    try:
        codec = codecs.lookup(encoding).name
        b"a".decode(codec)  # empty input short-circuits, so one byte: bytes-to-bytes codecs raise LookupError
    except UnicodeDecodeError:
        pass  # a text codec that cannot decode a lone "a" (utf-16, utf-32) is still a text codec
    except LookupError:
        raise DecodeError(
            f"{name}: unknown text encoding {encoding!r}; give a Python codec name such as utf-8, gb18030 or big5hkscs"
        ) from None
    return codec


def _bom_codec(data: bytes) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    return None


def _is_wide(codec: str | None) -> bool:
    return codec is not None and codec.startswith(("utf-16", "utf-32"))


def _refuse_binary(data: bytes, name: str, *, known_wide: bool) -> str | None:
    """Raise NotTextError unless ``data`` can be text; return a UTF-16/32 codec if its NUL bytes show one."""
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise NotTextError(f"{name}: not text (looks like {kind}); {_EXTRACT_FIRST}")
    if _PDF_HEADER.search(data, 0, _PDF_HEADER_WINDOW):
        raise NotTextError(f"{name}: not text (looks like PDF); {_EXTRACT_FIRST}")
    if known_wide:
        return None  # NULs and control bytes are parts of characters; the decode itself judges the rest
    nul = data.find(b"\x00")
    if nul >= 0:
        wide = _wide_by_nuls(data)
        if wide is None:
            raise NotTextError(f"{name}: not text (binary data: NUL byte at offset {nul}); {_EXTRACT_FIRST}")
        return wide
    sample = data[:_SNIFF_BYTES]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > _MAX_CONTROL_SHARE * len(sample):
        raise NotTextError(
            f"{name}: not text (binary data: {controls} control bytes in the first {len(sample)}); {_EXTRACT_FIRST}"
        )
    return None


def _wide_by_nuls(data: bytes) -> str | None:
    """The UTF-16/32 codec, without a BOM, in which ``data`` reads as plausible text; None if there is none."""
    best: tuple[float, str] | None = None
    for codec in _WIDE_CODECS:
        try:
            # An incomplete last character is tolerated here so a cut-short file is reported as such later.
            text = codecs.getincrementaldecoder(codec)().decode(data, final=False)
        except UnicodeDecodeError:
            continue
        # Every page has line breaks, and a stray NUL in 8-bit text almost never pairs with one into U+000A;
        # without this, ASCII bytes around one NUL read as a line of CJK ideographs.
        if "\x00" in text or ("\n" not in text and "\r" not in text):
            continue
        sample = text[: _SNIFF_BYTES // 2]  # judging the start is enough, and per-character Python is slow
        if sum(char in _CONTROL_CHARS for char in sample) > _MAX_CONTROL_SHARE * len(sample):
            continue
        score = sum(any(low <= ord(char) <= high for low, high in _TEXT_RANGES) for char in sample) / len(sample)
        if best is None or score > best[0]:
            best = (score, codec)
    return best[1] if best is not None else None


def _legacy_candidates(data: bytes) -> tuple[list[str], list[str]]:
    """Codecs to try strictly once UTF-8 has failed, most trusted first, and a single-byte last resort."""
    import chardet  # only here: a UTF-8 page must not pay for importing it

    guess = chardet.detect(data[:_CHARDET_SAMPLE_BYTES])
    answer: str | None = None
    if guess.get("encoding") and (guess.get("confidence") or 0.0) >= _CHARDET_MIN_CONFIDENCE:
        try:
            answer = codecs.lookup(guess["encoding"]).name
        except LookupError:  # a name Python has no codec for (EUC-TW): chardet cannot help
            answer = None
    if answer is not None:
        answer = _CHARDET_SUPERSETS.get(answer, answer)
    if answer == "utf-8":
        answer = None  # already failed
    if answer is None:
        return list(_CHINESE_FALLBACKS), []
    if answer.startswith(_MULTIBYTE_PREFIXES):
        return list(dict.fromkeys([answer, *_CHINESE_FALLBACKS])), []
    return list(_CHINESE_FALLBACKS), [answer]


def _strict_or_none(data: bytes, codec: str, failures: list[_Failure]) -> str | None:
    """The strict decode, or None after recording why it failed."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        failures.append(_Failure(codec, exc.start, _ends_mid_character(data, codec)))
        return None


def _decode_known(data: bytes, codec: str, errors_policy: str, name: str, what: str, remedy: str) -> Decoded:
    """Decode with a codec that is not in question (forced, or named by a BOM or the NUL pattern)."""
    if errors_policy == "replace":
        text, replaced = _decode_replacing(data, codec)
        return _finish(text, codec, replaced)
    try:
        return _finish(data.decode(codec), codec)
    except UnicodeDecodeError as exc:
        raise _loss_error(name, _Failure(codec, exc.start, _ends_mid_character(data, codec)), what, remedy) from None


def _ends_mid_character(data: bytes, codec: str) -> bool:
    """Whether every byte is valid in ``codec`` except an incomplete character at the very end."""
    try:
        codecs.getincrementaldecoder(codec)().decode(data, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _decode_replacing(data: bytes, codec: str) -> tuple[str, int]:
    _tally.replaced = 0
    text = data.decode(codec, _COUNTING_REPLACE)
    return text, _tally.replaced


def _loss_error(name: str, failure: _Failure, what: str, remedy: str, *, name_codec: bool = False) -> DecodeError:
    # ``name_codec`` when ``what`` lists several codecs: the offset is only meaningful with the one it is for.
    if failure.truncated:
        detail = f"truncated multibyte sequence at the end of the file, offset {failure.offset}"
    else:
        detail = f"first bad byte at offset {failure.offset}"
    if name_codec:
        detail += f", reading as {failure.codec}"
    if failure.truncated:
        detail += ": the file looks cut short"
    return DecodeError(f"{name}: cannot decode as {what} without loss ({detail}); {remedy}")


def _finish(text: str, codec: str, replaced: int = 0) -> Decoded:
    # A BOM survives decoding when the codec was forced ("utf-8" on a UTF-8-sig file); Windows and old Mac
    # line ends would otherwise turn into stray characters or one huge line downstream.
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return Decoded(text, codec, replaced)
