"""Reading inputs: decoding, normalising and refusing what cannot be briefed."""

from __future__ import annotations

import io
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.errors import InputError
from briefgen.read.reading import MAX_BYTES, article_from_text, decode_text, read_article

ENGLISH = (
    "The council voted on Tuesday to close the old bridge. Officials said the repairs "
    "would cost more than the town could pay this year. Residents will use the ferry instead.\n"
)


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def test_utf8_with_crlf_becomes_lf(tmp_path):
    article = read_article(write(tmp_path, "a.txt", ENGLISH.replace("\n", "\r\n").encode()))
    assert "\r" not in article.text
    assert article.text == ENGLISH
    assert article.source.path.endswith("a.txt")


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("cp1252", b""), ("latin-1", b""), ("utf-16", b""), ("utf-8-sig", b"")],
)
def test_other_encodings_are_detected(tmp_path, encoding, prefix):
    text = "Café owners in Zürich said “prices” rose. " + ENGLISH
    if encoding == "latin-1":
        text = text.replace("“", '"').replace("”", '"')
    article = read_article(write(tmp_path, "a.txt", prefix + text.encode(encoding)))
    assert article.text == text


def test_character_references_left_in_plain_text_are_read() -> None:
    from briefgen.read.reading import normalise_text

    assert normalise_text("quaintly pass&#233 at &#163;8m, AT&amp;T") == "quaintly passé at £8m, AT&amp;T"
    assert normalise_text("Line one&#13;&#10;Line two") == "Line one\nLine two"


@pytest.mark.parametrize(
    ("text", "mended"),
    [
        # review 152: "TomÃ¡s Regalado", UTF-8 that an export read as Windows-1252
        ("the mayor, TomÃ¡s Regalado, said", "the mayor, Tomás Regalado, said"),
        ("FranÃ§ois Delattre at GuantÃ¡namo", "François Delattre at Guantánamo"),
        ("a fine of Â£8m", "a fine of £8m"),
        ("â€œWe will sail,â€™ he said", "“We will sail,’ he said"),
        # what is no such letter stays as it is
        ("São Paulo, très «bien», €5 and “quotes”", "São Paulo, très «bien», €5 and “quotes”"),
        ("the realÃ¢€world concerns", "the realÃ¢€world concerns"),  # a longer run: beyond mending
    ],
)
def test_utf8_read_as_windows_1252_is_mended(text: str, mended: str) -> None:
    from briefgen.read.reading import normalise_text

    assert normalise_text(text) == mended


def test_old_mac_line_endings(tmp_path):
    article = read_article(write(tmp_path, "a.txt", ENGLISH.replace("\n", "\r").encode()))
    assert article.text == ENGLISH


def test_stdin(tmp_path):
    article = read_article("-", stdin=io.BytesIO(ENGLISH.encode()))
    assert article.text == ENGLISH
    assert article.source.path is None


@pytest.mark.parametrize(
    ("make", "problem"),
    [
        (lambda d: str(d / "missing.txt"), "no such file"),
        (lambda d: str(d), "is a directory"),
        (lambda d: write(d, "e.txt", b""), "is empty"),
        (lambda d: write(d, "w.txt", b"  \n\t\r\n  "), "is empty"),
        (lambda d: write(d, "b.bin", bytes(range(256)) * 40), "binary"),
        (lambda d: write(d, "z.bin", b"PK\x03\x04" + b"\x00\x14\x00" * 50), "binary"),
        (lambda d: write(d, "n.txt", b"12 34 56 -- 78"), "no sentence"),
        (
            lambda d: write(
                d,
                "fr.txt",
                "Le président a déclaré mercredi que la France soutiendrait "
                "les négociations entre les deux pays pendant toute la durée du conflit.".encode(),
            ),
            "not in English",
        ),
        (
            lambda d: write(
                d, "ru.txt", ("Президент заявил в среду, что страна поддержит переговоры. " * 3).encode()
            ),
            "not in English",
        ),
    ],
)
def test_bad_inputs_raise_one_clear_error(tmp_path, make, problem):
    name = make(tmp_path)
    with pytest.raises(InputError) as info:
        read_article(name)
    message = str(info.value)
    assert problem in message
    assert message.startswith(name)
    assert "\n" not in message


def test_too_large(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(ENGLISH.encode() * (MAX_BYTES // len(ENGLISH) + 2))
    with pytest.raises(InputError, match="larger than 5 MB"):
        read_article(str(path))


def test_stdin_too_large_and_empty():
    with pytest.raises(InputError, match="larger than"):
        read_article("-", stdin=io.BytesIO(b"a" * (MAX_BYTES + 1)))
    with pytest.raises(InputError, match="standard input: is empty"):
        read_article("-", stdin=io.BytesIO(b""))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file, so permissions cannot be denied")
def test_unreadable(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(ENGLISH)
    path.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_article(str(path))


def test_unreadable_as_root_is_reported(tmp_path, monkeypatch):
    """Root can read anything; simulate the OS refusing to show the error path still holds."""
    path = tmp_path / "secret.txt"
    path.write_text(ENGLISH)

    def refuse(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(type(path), "read_bytes", refuse)
    with pytest.raises(InputError, match="permission denied"):
        read_article(str(path))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_decoding_never_crashes_on_arbitrary_bytes(data):
    try:
        text = decode_text(data, "x")
    except InputError:
        return
    assert "\r" not in text


def test_short_english_full_of_names_is_english() -> None:
    """One word in ten is a common English word: for a short text that is English enough."""
    text = "Chinese President Xi Jinping met his Ukrainian counterpart Volodymyr Zelensky."
    assert article_from_text(text).text == text


def test_a_title_line_is_the_source_title_not_a_sentence(tmp_path) -> None:
    """A pasted article's title line is not briefed as its first sentence."""
    body = "Annual inflation fell to 2.8 percent in September, the statistics office said on Wednesday."
    path = tmp_path / "story.txt"
    path.write_text(f"Inflation Falls to 2.8% but Food Prices Keep Rising\n\n{body}\n", encoding="utf-8")
    article = read_article(str(path))
    assert article.source.title == "Inflation Falls to 2.8% but Food Prices Keep Rising"
    assert article.text == body + "\n"
    # A dateline or a byline is not a title.
    for first in ("WASHINGTON (AP) —", "By Jane Doe", "Jane Doe, The Canadian Press", "MANCHESTER, N.H."):
        path.write_text(f"{first}\n\n{body}\n", encoding="utf-8")
        assert read_article(str(path)).source.title is None
