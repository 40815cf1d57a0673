"""The .eml output: an RFC 5322 multipart/alternative message that parses and opens as is."""

from __future__ import annotations

import email
import email.policy
import re
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.cli import main
from briefgen.errors import ConfigError
from briefgen.rendering.emailmsg import DEFAULT_SENDER, build_message, message_text
from briefgen.rendering.render import render, render_briefs
from hostile import hostile_brief


def parse(text: str) -> email.message.EmailMessage:
    return email.message_from_bytes(text.encode("ascii"), policy=email.policy.default)


def body(part) -> str:
    # MIME text travels with CRLF line breaks (RFC 2046 §4.1.1); the decoded
    # content is the rendered output with its line breaks in canonical form.
    return part.get_content().replace("\r\n", "\n")


@pytest.fixture(autouse=True)
def _no_address_environment(monkeypatch):
    monkeypatch.delenv("BRIEFGEN_FROM", raising=False)
    monkeypatch.delenv("BRIEFGEN_TO", raising=False)


@pytest.fixture(scope="module")
def seed_eml(seed_brief) -> str:
    return render(
        seed_brief,
        "eml",
        sender="Briefings <briefings@example.org>",
        recipients=["Reader <reader@example.org>", "ops@example.org"],
    )


def test_two_alternative_parts_text_first_html_last(seed_brief, seed_eml):
    message = parse(seed_eml)
    assert message.get_content_type() == "multipart/alternative"
    parts = list(message.iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
    assert all(p.get_content_charset() == "utf-8" for p in parts)
    assert body(parts[1]) == render(seed_brief, "html")
    assert body(parts[0]) == render(seed_brief, "text")
    assert message.get_body(("html",)) is parts[1]


def test_headers(seed_brief, seed_eml):
    message = parse(seed_eml)
    assert message["Subject"] == seed_brief.headline
    assert message["From"] == "Briefings <briefings@example.org>"
    assert message["To"] == "Reader <reader@example.org>, ops@example.org"
    assert message["MIME-Version"] == "1.0"
    sent = parsedate_to_datetime(message["Date"])
    assert abs((datetime.now(timezone.utc) - sent).total_seconds()) < 600
    assert re.fullmatch(r"<[^<>@\s]+@example\.org>", message["Message-ID"])
    assert not message.defects and not any(p.defects for p in message.iter_parts())


def test_wire_format_is_ascii_crlf_short_lines(seed_eml):
    raw = seed_eml.encode("ascii")  # 7-bit clean: quoted-printable parts, RFC 2047 headers
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert max(len(line) for line in raw.split(b"\r\n")) <= 78


def test_addresses_from_environment(monkeypatch, seed_brief):
    monkeypatch.setenv("BRIEFGEN_FROM", "news@example.net")
    monkeypatch.setenv("BRIEFGEN_TO", "a@example.net, B <b@example.net>")
    message = parse(render(seed_brief, "eml"))
    assert message["From"] == "news@example.net"
    assert message["To"] == "a@example.net, B <b@example.net>"
    assert message["Message-ID"].endswith("@example.net>")


def test_without_addresses_a_draft_from_the_default_sender(seed_brief):
    message = parse(render(seed_brief, "eml"))
    assert message["From"] == DEFAULT_SENDER and message["To"] is None


@pytest.mark.parametrize("bad", ["not an address", "a@b@c", "x@example.org\r\nBcc: evil@example.org", ","])
def test_bad_sender_is_a_config_error(bad):
    with pytest.raises(ConfigError):
        build_message(subject="s", text="t", html="<p>h</p>", sender=bad, environ={})


def test_hostile_headline_cannot_add_headers():
    brief = hostile_brief()
    brief = type(brief)(**{**brief.__dict__, "headline": "Vote\r\nBcc: evil@example.org\nX-Evil: 1"})
    message = parse(render(brief, "eml", sender="a@example.org"))
    assert message["Bcc"] is None and message["X-Evil"] is None
    assert message["Subject"] == "Vote Bcc: evil@example.org X-Evil: 1"


def test_unicode_subject_is_encoded_and_round_trips():
    brief = hostile_brief()
    brief = type(brief)(**{**brief.__dict__, "headline": "Zelensky’s call — שלום {{ 7*7 }} <b>x</b>"})
    message_src = render(brief, "eml", sender="a@example.org")
    assert "=?utf-8?" in message_src
    message = parse(message_src)
    assert message["Subject"] == " ".join(brief.headline.split())
    assert body(message.get_body(("html",))) == render(brief, "html")
    assert body(message.get_body(("plain",))) == render(brief, "text")


def test_fixed_date_and_message_id_for_reproducible_files():
    when = datetime(2026, 11, 29, 7, 0, tzinfo=timezone.utc)
    message = build_message(
        subject="S",
        text="t\n",
        html="<p>h</p>\n",
        sender="a@example.org",
        date=when,
        message_id="<fixed@example.org>",
        environ={},
    )
    text = message_text(message)
    assert "Date: Sun, 29 Nov 2026 07:00:00 +0000\r\n" in text
    assert "Message-ID: <fixed@example.org>\r\n" in text


def test_several_briefs_one_message(seed_brief):
    brief = hostile_brief()
    message = parse(render_briefs([seed_brief, brief], "eml", sender="a@example.org"))
    assert message["Subject"] == f"{seed_brief.headline} (+1 more)"
    html_part, text_part = message.get_body(("html",)), message.get_body(("plain",))
    assert body(html_part) == render_briefs([seed_brief, brief], "html")
    assert body(text_part) == render_briefs([seed_brief, brief], "text")


def test_cli_eml_equals_cli_html(seed_path, tmp_path, monkeypatch):
    runner = CliRunner()
    out = tmp_path / "seed.eml"
    done = runner.invoke(
        main,
        [
            str(seed_path),
            "-f",
            "eml",
            "-o",
            str(out),
            "--from",
            "me@example.org",
            "--to",
            "you@example.org,them@example.org",
        ],
        catch_exceptions=False,
    )
    assert done.exit_code == 0, done.output
    html = runner.invoke(main, [str(seed_path), "-f", "html"], catch_exceptions=False)
    assert html.exit_code == 0
    message = email.message_from_bytes(out.read_bytes(), policy=email.policy.default)
    parts = list(message.iter_parts())
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
    assert body(parts[1]) == html.output
    assert message["To"] == "you@example.org, them@example.org"

    monkeypatch.setenv("BRIEFGEN_FROM", "env@example.org")
    done = runner.invoke(main, [str(seed_path), "-f", "eml"], catch_exceptions=False)
    assert parse(done.output)["From"] == "env@example.org"


def test_cli_rejects_bad_address_and_misplaced_options(seed_path):
    runner = CliRunner()
    done = runner.invoke(main, [str(seed_path), "-f", "eml", "--from", "nobody"])
    assert done.exit_code == 1
    assert done.output.count("\n") == 1 and "--from 'nobody'" in done.output
    done = runner.invoke(main, [str(seed_path), "-f", "md", "--to", "a@example.org"])
    assert done.exit_code == 2 and "--from and --to go with -f eml" in done.output
    done = runner.invoke(main, [str(seed_path), "-f", "text", "--fragment"])
    assert done.exit_code == 2 and "--fragment goes with -f html" in done.output


_SUBJECT_CHARS = st.sampled_from(
    [*"abcXYZ 0129 ()<>[]{}\"'\\:;,.@=?_-–—’é שלום مرحبا 日本", "A" * 90, "=?utf-8?q?hi?=", "=?"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_SUBJECT_CHARS, min_size=1, max_size=60).map("".join))
def test_any_headline_round_trips_as_the_subject(headline):
    """Parentheses, encoded-word lookalikes, long words, any script: the subject reads back as given."""
    text = message_text(
        build_message(subject=headline, text="t\n", html="<p>h</p>\n", sender="a@example.org", environ={})
    )
    assert max(len(line) for line in text.encode("ascii").split(b"\r\n")) <= 78
    assert parse(text)["Subject"] == " ".join(headline.split())
