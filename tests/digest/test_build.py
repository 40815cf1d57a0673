"""``briefgen digest`` end to end: real feeds on loopback, real models, SQLite state, SMTP on loopback."""

from __future__ import annotations

import email
import io
import json
import socket
import sqlite3
import ssl
from email import policy
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from briefgen.digest import make_digest
from digest_helpers import DATA, Entry, NewsServer, article, full_entry, page, rss


@pytest.fixture(scope="module", autouse=True)
def _models(briefer):
    briefer.analyse([])  # load the models once for the module; make_digest reuses them


@pytest.fixture()
def news():
    with NewsServer().running() as server:
        yield server


@pytest.fixture()
def two_feeds(news, tmp_path):
    """The bridge story in a feed on loopback (summaries, pages linked) and in a local feed file."""
    herald = news.add("/herald/bridge", page("bridge-herald", url=news.url("/herald/bridge")))
    leopard = news.add("/herald/leopard", page("leopard-study"))
    remote = news.add(
        "/herald/rss.xml",
        rss(
            "Coastal Herald",
            [
                Entry(article("bridge-herald")[0], herald, "Drivers face detours."),
                Entry(article("leopard-study")[0], leopard, "Cubs filmed."),
            ],
        ),
        "application/rss+xml",
    )
    local = tmp_path / "gazette.xml"
    local.write_text(
        rss(
            "Port Alder Gazette",
            [
                full_entry("bridge-gazette", "https://gazette.example/bridge"),
                full_entry("council-week", "https://gazette.example/council"),
            ],
        )
    )
    return [remote, str(local)]


def run(args: list[str]) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["digest", *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_two_feeds_carrying_one_story_make_one_item_with_two_sources(two_feeds, tmp_path):
    state = tmp_path / "state.sqlite3"
    code, out, err = run(
        [
            *two_feeds,
            "-f",
            "json",
            "--state",
            str(state),
            "--date",
            "2026-11-24",
            "--title",
            "Morning briefing",
        ]
    )
    assert code == 0, err
    digest = json.loads(out)
    assert digest["title"] == "Morning briefing" and digest["date"] == "2026-11-24"
    assert digest["skipped"] == []
    assert len(digest["stories"]) == 3
    bridge = digest["stories"][0]
    assert sorted(s["url"].split("/")[-1] for s in bridge["sources"]) == ["bridge", "bridge"]
    assert {s["outlet"] for s in bridge["sources"]} == {"Coastal Herald", "Port Alder Gazette"}
    assert all(s["published"].startswith("2026-11-24") for s in bridge["sources"])
    # bullets and quotes follow the single-brief contract: strings, and quotes verbatim from the lead.
    assert len(bridge["bullets"]) == 3 and all(isinstance(b, str) for b in bridge["bullets"])
    lead_text = article("bridge-gazette")[1] + article("bridge-herald")[1]
    for quote in bridge["quotes"]:
        assert set(quote) >= {"text", "speaker", "start", "end"}
        assert quote["text"] in lead_text
    others = sorted(s["sources"][0]["title"] for s in digest["stories"][1:])
    assert others == sorted([article("council-week")[0], article("leopard-study")[0]])


def test_html_digest_file_is_named_by_date_and_title_and_rebuilt_on_rerun(two_feeds, tmp_path):
    out_dir = tmp_path / "outputs"
    state = tmp_path / "state.sqlite3"
    args = [
        *two_feeds,
        "-f",
        "html",
        "-o",
        f"{out_dir}/",
        "--state",
        str(state),
        "--date",
        "2026-11-24",
        "--title",
        "Morning Briefing",
    ]
    code, _, err = run(args)
    assert code == 0, err
    target = out_dir / "2026-11-24-morning-briefing.html"
    first = target.read_text()
    assert "Tidewater Bridge" in first and "Sunday" not in first and "Tuesday 24 November 2026" in first
    assert first.count('class="toc-item"') == 3
    assert "Coastal Herald" in first and "Port Alder Gazette" in first
    # Re-running the same day's digest rebuilds the same file: no second file, same stories.
    code, _, err = run(args)
    assert code == 0, err
    assert sorted(p.name for p in out_dir.iterdir()) == [target.name]
    assert target.read_text().count('class="toc-item"') == 3


def test_new_only_leaves_out_stories_an_earlier_digest_carried(two_feeds, news, tmp_path):
    state = tmp_path / "state.sqlite3"
    base = ["-f", "json", "--state", str(state), "--title", "Morning briefing"]
    code, out, _ = run([*two_feeds, *base, "--date", "2026-11-24"])
    assert code == 0 and len(json.loads(out)["stories"]) == 3
    # Next day, same feeds plus one new article, and the bridge story told by a third outlet.
    extra = tmp_path / "inbox"
    extra.mkdir()
    (extra / "rovers.txt").write_text(article("rovers-win")[1])
    variant = article("bridge-herald")[1].replace(
        "Drivers in Port Alder face", "Motorists in Port Alder face"
    )
    (extra / "bridge-again.txt").write_text(variant)
    code, out, err = run([*two_feeds, str(extra), *base, "--date", "2026-11-25", "--new-only"])
    assert code == 0, err
    digest = json.loads(out)
    assert [s["sources"][0]["path"] for s in digest["stories"]] == [str(extra / "rovers.txt")]
    assert digest["left_out"] == 3
    assert "left out: an earlier digest carried them" in err
    # Nothing new at all: no digest, exit 0, and it says so.
    code, out, err = run([*two_feeds, str(extra), *base, "--date", "2026-11-26", "--new-only"])
    assert code == 0 and out == ""
    assert "nothing new" in err


def test_a_crash_between_writing_and_recording_leaves_the_stories_unsent(two_feeds, tmp_path):
    state = tmp_path / "state.sqlite3"
    out_dir = tmp_path / "out"
    written = []

    def crash(path: Path | None) -> None:
        written.append(path.read_text())
        raise KeyboardInterrupt("power cut")

    with pytest.raises(KeyboardInterrupt):
        make_digest(
            two_feeds, fmt="md", output=str(out_dir), state=state, date="2026-11-24", after_output=crash
        )
    assert "Tidewater Bridge" in written[0]
    with sqlite3.connect(state) as db:
        assert db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 0
        assert db.execute("SELECT COUNT(*) FROM stories").fetchone()[0] == 0
    # So the next day's --new-only digest still carries every story.
    result = make_digest(
        two_feeds, fmt="json", output=str(out_dir), state=state, date="2026-11-25", new_only=True
    )
    assert len(result.digest.stories) == 3 and result.digest.left_out == 0


@pytest.mark.parametrize("bad", ["malformed-feed", "404-page", "timeout-page", "binary-file"])
def test_one_bad_input_gives_exit_3_and_the_rest_of_the_digest(bad, two_feeds, news, tmp_path):
    if bad == "malformed-feed":
        bad_input = news.add(
            "/broken.xml", "<rss version='2.0'><channel><title>Broken</title><item><ti", "application/rss+xml"
        )
    elif bad == "404-page":
        bad_input = news.url("/no-such-page")
    elif bad == "timeout-page":
        bad_input = news.add("/never", b"", hang=True)
    else:
        binary = tmp_path / "scan.pdf"
        binary.write_bytes(b"%PDF-1.7\n\x00\x01\x02\x03" + bytes(range(256)) * 16)
        bad_input = str(binary)
    config = tmp_path / "briefing.toml"
    config.write_text('title = "Evening briefing"\ntimeout = 1\nformat = "md"\n')
    out_dir = tmp_path / "out"
    code, _, err = run(
        [
            *two_feeds,
            bad_input,
            "--config",
            str(config),
            "-o",
            str(out_dir),
            "--state",
            str(tmp_path / "s.sqlite3"),
            "--date",
            "2026-11-24",
        ]
    )
    assert code == 3, err
    assert f"skipped {bad_input}" in err
    text = (out_dir / "2026-11-24-evening-briefing.md").read_text()
    for name in ("bridge-gazette", "council-week", "leopard-study"):
        assert article(name)[0].split()[0] in text or name.split("-")[0] in text.lower()
    assert text.count("\n## ") == 4  # contents + three stories
    note = text.rsplit("---", 1)[1]
    assert "1 input was skipped: " in note
    assert str(tmp_path) not in note and "127.0.0.1" not in note and "Traceback" not in text


def test_no_article_at_all_is_exit_1(news, tmp_path):
    code, out, err = run(
        [news.url("/missing"), str(tmp_path / "nothing.txt"), "--state", str(tmp_path / "s")]
    )
    assert code == 1 and out == ""
    assert "no digest" in err and "HTTP 404" in err


def test_config_errors_name_the_key(tmp_path):
    config = tmp_path / "briefing.toml"
    config.write_text('title = "x"\n[smtp]\nhost = "h"\nport = "587"\nfrom = "a@b.c"\nto = ["d@e.f"]\n')
    code, _, err = run([str(DATA), "--config", str(config), "--state", str(tmp_path / "s")])
    assert code == 1 and "smtp.port must be a port number, not str '587'" in err
    config.write_text('titel = "x"\n')
    code, _, err = run([str(DATA), "--config", str(config), "--state", str(tmp_path / "s")])
    assert code == 1 and "unknown key 'titel'" in err
    code, _, err = run([str(DATA), "--send", "--state", str(tmp_path / "s")])
    assert code == 1 and "--send needs an [smtp] table" in err


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 Message accepted for delivery"


@pytest.fixture()
def smtp_server():
    from aiosmtpd.controller import Controller

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = _Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def _smtp_config(tmp_path: Path, port: int) -> Path:
    config = tmp_path / "briefing.toml"
    config.write_text(f"""
title = "Morning briefing"
format = "html"
output = "out"
[smtp]
host = "127.0.0.1"
port = {port}
from = "briefings@example.org"
to = ["reader@example.org", "editor@example.org"]
""")
    return config


def test_send_delivers_once_and_only_once(two_feeds, smtp_server, tmp_path):
    inbox, port = smtp_server
    config = _smtp_config(tmp_path, port)
    state = tmp_path / "state.sqlite3"
    args = [*two_feeds, "--config", str(config), "--state", str(state), "--date", "2026-11-24", "--send"]
    code, _, err = run(args)
    assert code == 0, err
    assert "and mailed it" in err
    assert len(inbox.messages) == 1
    sender, recipients, raw = inbox.messages[0]
    assert sender == "briefings@example.org"
    assert recipients == ["reader@example.org", "editor@example.org"]
    message = email.message_from_bytes(raw, policy=policy.default)
    assert message["Subject"] == "Morning briefing — Tuesday 24 November 2026"
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "Tidewater Bridge" in text and "Tidewater Bridge" in html
    assert "Sources:" in text  # the two-source story lists both
    assert (tmp_path / "out" / "2026-11-24-morning-briefing.html").is_file()
    # A second run of the same digest does not mail it again ...
    code, _, err = run(args)
    assert code == 0 and len(inbox.messages) == 1
    assert "not sending it again" in err
    # ... unless forced.
    code, _, err = run([*args, "--force"])
    assert code == 0 and len(inbox.messages) == 2
    with sqlite3.connect(state) as db:
        assert db.execute("SELECT COUNT(*) FROM digests WHERE sent_at IS NOT NULL").fetchone()[0] == 1


def test_a_failed_send_records_nothing(two_feeds, tmp_path):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = _smtp_config(tmp_path, port)
    state = tmp_path / "state.sqlite3"
    code, _, err = run(
        [*two_feeds, "--config", str(config), "--state", str(state), "--date", "2026-11-24", "--send"]
    )
    assert code == 1 and "cannot connect" in err
    with sqlite3.connect(state) as db:
        assert db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 0
        assert (
            db.execute(
                "SELECT COUNT(*) FROM digests WHERE sent_at IS NOT NULL OR sending_at IS NOT NULL"
            ).fetchone()[0]
            == 0
        )


def test_password_comes_only_from_env_or_an_owner_only_file(tmp_path, smtp_server):
    _, port = smtp_server
    config = _smtp_config(tmp_path, port)
    secret = tmp_path / "smtp-password"
    secret.write_text("hunter2\n")
    secret.chmod(0o644)
    config.write_text(config.read_text() + f'user = "briefings"\npassword_file = "{secret}"\n')
    code, _, err = run([str(DATA), "--config", str(config), "--state", str(tmp_path / "s"), "--send"])
    assert code == 1 and "readable by others (mode 644)" in err and "chmod 600" in err
    assert not (tmp_path / "out").exists()  # it failed before any work


@pytest.mark.parametrize("mode", ["starttls", "tls"])
def test_send_over_tls_with_login(mode, two_feeds, tmp_path, monkeypatch):
    """STARTTLS and implicit TLS with a verified certificate, and AUTH with the password from the env."""
    trustme = pytest.importorskip("trustme")
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    authority = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(server_context)
    cafile = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(cafile))
    logins = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        logins.append((auth_data.login, auth_data.password))
        return AuthResult(success=auth_data.login == b"briefings" and auth_data.password == b"s3cret")

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = _Inbox()
    # aiosmtpd only knows STARTTLS sessions as TLS; with implicit TLS the socket itself is TLS.
    options = {"authenticator": authenticator, "auth_require_tls": mode == "starttls"}
    if mode == "starttls":
        controller = Controller(
            inbox,
            hostname="127.0.0.1",
            port=port,
            tls_context=server_context,
            require_starttls=True,
            **options,
        )
    else:
        controller = Controller(inbox, hostname="127.0.0.1", port=port, ssl_context=server_context, **options)
    controller.start()
    try:
        config = _smtp_config(tmp_path, port)
        config.write_text(config.read_text() + f'{mode} = true\nuser = "briefings"\ncafile = "{cafile}"\n')
        monkeypatch.setenv("BRIEFGEN_SMTP_PASSWORD", "s3cret")
        code, _, err = run(
            [
                *two_feeds,
                "--config",
                str(config),
                "--state",
                str(tmp_path / "s"),
                "--send",
                "--date",
                "2026-11-24",
            ]
        )
        assert code == 0, err
        assert logins == [(b"briefings", b"s3cret")]
        assert len(inbox.messages) == 1
    finally:
        controller.stop()


def test_a_crash_while_mailing_is_never_guessed_as_unsent(two_feeds, smtp_server, tmp_path, monkeypatch):
    inbox, port = smtp_server
    config = _smtp_config(tmp_path, port)
    state = tmp_path / "state.sqlite3"
    args = [*two_feeds, "--config", str(config), "--state", str(state), "--date", "2026-11-24", "--send"]

    def power_cut(*args, **kwargs):
        raise KeyboardInterrupt("power cut while the server had the message")

    monkeypatch.setattr("briefgen.digest.delivery.send", power_cut)
    with pytest.raises(KeyboardInterrupt):
        make_digest(two_feeds, config=config, state=state, date="2026-11-24", send=True)
    monkeypatch.undo()
    with sqlite3.connect(state) as db:
        assert db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 0  # no story marked sent
        assert db.execute("SELECT sent_at FROM digests").fetchone()[0] is None
    # The next run cannot know whether it went out: it says so instead of mailing again.
    code, _, err = run(args)
    assert code == 1 and "stopped before it knew the outcome" in err and "--force" in err
    assert inbox.messages == []
    code, _, err = run([*args, "--force"])
    assert code == 0, err
    assert len(inbox.messages) == 1


def test_briefing_a_few_stories_of_many_gives_the_same_stories(tmp_path):
    """With max_stories below the article count only openings are analysed for grouping."""
    every = make_digest(
        [str(DATA)],
        fmt="json",
        max_stories=0,
        state=tmp_path / "a",
        date="2026-11-24",
        stdout=io.StringIO(),
    )
    top = make_digest(
        [str(DATA)],
        fmt="json",
        max_stories=2,
        state=tmp_path / "b",
        date="2026-11-24",
        stdout=io.StringIO(),
    )
    assert len(every.digest.stories) == 5 and len(top.digest.stories) == 2
    for full, few in zip(every.digest.stories[:2], top.digest.stories, strict=True):
        assert few.sources == full.sources
        assert few.brief.headline == full.brief.headline
        assert few.brief.bullets == full.brief.bullets
        assert few.brief.quotes == full.brief.quotes
    assert len(top.digest.stories[0].sources) == 2  # the bridge story, told twice
