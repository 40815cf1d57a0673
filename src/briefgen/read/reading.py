"""Reading articles: bytes → checked, decoded text with ``\\n`` line endings.

Every problem a user can cause raises :class:`~briefgen.errors.InputError`
naming the input, so the CLI can report it on one line.
"""

from __future__ import annotations

import codecs
import html
import re
import sys
import unicodedata
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError
from ..lexicon import ENGLISH_WORDS
from ..types import Article, Source
from .cleaning import is_boilerplate

MAX_BYTES = 5 * 1024 * 1024
"""Largest input accepted. A news article is rarely over 100 KB; 5 MB is a book."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def read_article(name: str, *, stdin: BinaryIO | None = None) -> Article:
    """Read, decode and check one input: a file path, or ``-`` for standard input.

    Raises :class:`InputError` for a missing, unreadable, empty, binary,
    oversized or non-English input.
    """
    if name == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        data = stream.read(MAX_BYTES + 1)
        label = "standard input"
        source = Source()
    else:
        path = Path(name)
        label = name
        if not path.exists():
            raise InputError(label, "no such file")
        if path.is_dir():
            raise InputError(label, "is a directory, not an article file")
        try:
            if path.stat().st_size > MAX_BYTES:
                raise InputError(label, _too_large())
            data = path.read_bytes()
        except PermissionError:
            raise InputError(label, "permission denied") from None
        except OSError as err:
            raise InputError(label, f"cannot read ({err.strerror or err})") from None
        source = Source(path=name)
    if len(data) > MAX_BYTES:
        raise InputError(label, _too_large())
    text = decode_text(data, label)
    if _looks_like_html(name, text):
        return _article_from_page(text, label, source)
    check_text(text, label)
    title, body = split_title(text)
    if title:
        return Article(text=body, source=Source(path=source.path, url=source.url, title=title))
    return Article(text=text, source=source)


_TITLE_LINE = re.compile(r"^(?:#\s+)?([^\n]{3,150})\n\s*\n")


def split_title(text: str) -> tuple[str | None, str]:
    """A text's title line (a short first line with no full stop, or a ``# heading``) and the rest.

    Left in the text, a title would be briefed as if it were the article's first
    sentence (a bullet "Inflation Falls to 2.8% but Food Prices Keep Rising.").
    A dateline ("WASHINGTON (AP) —") or a byline ("By Jane Doe", "Jane Doe, The Associated
    Press") is not a title.
    """
    stripped = text.lstrip()
    match = _TITLE_LINE.match(stripped)
    if not match:
        return None, text
    line = match.group(1).strip()
    if line.endswith((".", "!", "?", ":", ";", ",", '"', "”", "-", "–", "—")) or len(line.split()) > 20:
        return None, text
    words = line.split()
    heading = stripped.startswith("#")
    if not heading and (len(words) < 3 or line.isupper() or words[0].lower() == "by" or is_boilerplate(line)):
        return None, text  # a wire byline ("Jane Doe, The Canadian Press") is no title either
    rest = stripped[match.end() :]
    if len(rest.split()) < 4:
        return None, text
    return line.lstrip("# ").strip(), rest


def _looks_like_html(name: str, text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return name.lower().endswith((".html", ".htm")) or head.startswith(("<!doctype html", "<html"))


def _article_from_page(markup: str, label: str, source: Source) -> Article:
    """A saved web page: its main text (trafilatura), with the page's title, URL and date."""
    from .pages import extract_page

    page = extract_page(markup)
    if page is None or len(page.text.split()) < 4:  # a menu or a stray label is not an article
        raise InputError(label, "is a web page without article text")
    check_text(page.text, label)
    return Article(
        text=page.text,
        source=Source(path=source.path, url=page.url, title=page.title, published=page.published),
    )


def article_from_text(text: str, source: Source | None = None, *, name: str = "text") -> Article:
    """Build an :class:`Article` from a string, normalising and checking it like a file."""
    text = normalise_text(text)
    check_text(text, name)
    return Article(text=text, source=source or Source())


def decode_text(data: bytes, name: str) -> str:
    """Decode bytes: a BOM wins, then UTF-8, then Windows-1252, then Latin-1.

    Binary data (NUL bytes without a UTF-16/32 BOM, or many control characters)
    raises :class:`InputError`.
    """
    if not data.strip():
        raise InputError(name, "is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(name, f"is not valid {encoding.upper()} text") from None
            break
    else:
        if b"\x00" in data[:65536]:
            raise InputError(name, "looks like binary data, not text")
        text = _decode_without_bom(data)
    text = normalise_text(text)
    if _control_share(text) > 0.01:
        raise InputError(name, "looks like binary data, not text")
    return text


def _decode_without_bom(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # cp1252 is what "latin-1" files from Windows and most old web pages really are.
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def normalise_text(text: str) -> str:
    """Unify line endings to ``\\n``, drop a leading BOM, read the numeric character
    references an export left in plain text ("pass&#233;", "&#163;8m") and mend letters that
    were UTF-8 read as Windows-1252 ("GuantÃ¡namo", "Â£8m"); nothing else changes."""
    text = _CHARACTER_REFERENCE.sub(lambda m: html.unescape(m.group()), text.lstrip("\ufeff"))
    text = _MOJIBAKE.sub(_mended, text)
    return text.replace("\r\n", "\n").replace("\r", "\n")  # "&#13;&#10;" too


# A UTF-8 letter read as Windows-1252: a lead byte ("Ã") and its continuation bytes as
# symbols ("¡", "©"), and no further such symbol after them (a longer run is beyond mending).
_CONTINUATION = "[\u00a0-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]"
_MOJIBAKE = re.compile(
    f"(?:[\u00c2-\u00df]{_CONTINUATION}|[\u00e0-\u00ef]{_CONTINUATION}{{2}})(?!{_CONTINUATION})"
)
_MENDED_SYMBOLS = frozenset("£€©®°·–—‘’“”…")


def _mended(match: re.Match[str]) -> str:
    """The letter or common symbol the bytes spelled, or the text as it was."""
    try:
        mended = match.group().encode("cp1252").decode("utf-8")
    except UnicodeError:
        return match.group()
    return mended if mended.isalpha() or mended in _MENDED_SYMBOLS else match.group()


# "&#233;", "&#xE9;", and one cut before its ";" ("pass&#233")
_CHARACTER_REFERENCE = re.compile(r"&#(?:\d{2,7}|[xX][0-9a-fA-F]{2,6});?")


def check_text(text: str, name: str) -> None:
    """Raise :class:`InputError` unless ``text`` is non-empty English prose."""
    if not text.strip():
        raise InputError(name, "is empty (only whitespace)")
    if _control_share(text) > 0.01:
        raise InputError(name, "looks like binary data, not text")
    words = _WORD.findall(text[:20000])
    if len(words) < 4:
        raise InputError(name, "has no sentence to brief")
    letters = [c for c in text[:20000] if c.isalpha()]
    latin = sum(1 for c in letters if _is_latin(c))
    if latin < 0.6 * len(letters):
        raise InputError(name, "is not in English (briefgen's models support English only)")
    lowered = [w.lower() for w in words[:3000]]
    share = sum(1 for w in lowered if w in ENGLISH_WORDS) / len(lowered)
    # A short text may be all names ("Xi Jinping met his Ukrainian counterpart Volodymyr
    # Zelensky."): below 40 words the bar is lower, though not so low that French passes.
    floor = 0.12 if len(lowered) >= 40 else 0.07
    if len(lowered) >= 8 and share < floor:
        raise InputError(name, "is not in English (briefgen's models support English only)")


def _is_latin(char: str) -> bool:
    if char.isascii():
        return True
    try:
        return unicodedata.name(char).startswith("LATIN")
    except ValueError:
        return False


def _control_share(text: str) -> float:
    sample = text[:65536]
    if not sample:
        return 0.0
    controls = sum(1 for c in sample if unicodedata.category(c) in ("Cc", "Cs", "Co") and c not in "\n\t\f\v")
    return controls / len(sample)


def _too_large() -> str:
    return f"is larger than {MAX_BYTES // (1024 * 1024)} MB; briefgen briefs news articles"
