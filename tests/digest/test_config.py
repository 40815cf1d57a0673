"""briefing.toml validation, password handling, --since, output paths and the state file (no models)."""

from __future__ import annotations

import os
from datetime import date, datetime, timezone
from pathlib import Path

import numpy as np
import pytest

from briefgen.digest import State, StateError, load_config, output_path, parse_since
from briefgen.digest.config import SmtpConfig
from briefgen.digest.delivery import credentials
from briefgen.digest.model import slugify
from briefgen.digest.state import StoryRecord
from briefgen.digest.stories import Signature
from briefgen.errors import ConfigError

EXAMPLE = """
title = "Morning briefing"
inputs = ["~/news/inbox", "https://example.org/world/rss.xml", "feeds/local.xml"]
format = "html"          # md | html | text | eml | json
max_stories = 12
quotes = 1               # key quotes per story
engine = "extractive"
[smtp]
host = "smtp.example.org"
port = 587
starttls = true
user = "briefings"
password_file = "secret/smtp-password"
from = "briefings@example.org"
to = ["reader@example.org"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "briefing.toml"
    path.write_text(text)
    return path


def test_the_documented_example_loads(tmp_path):
    config = load_config(write(tmp_path, EXAMPLE))
    assert config.title == "Morning briefing" and config.format == "html" and config.quotes == 1
    assert config.inputs == (
        str(Path("~/news/inbox").expanduser()),
        "https://example.org/world/rss.xml",
        str(tmp_path / "feeds/local.xml"),  # relative to the config file, not the working directory
    )
    assert config.smtp.starttls and not config.smtp.tls and config.smtp.effective_port == 587
    assert config.smtp.password_file == str(tmp_path / "secret/smtp-password")
    assert config.smtp.to == ("reader@example.org",)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('titel = "x"', "unknown key 'titel'"),
        ('[smtp]\nhost = "h"\nfrom = "a@b.c"\nto = "d@e.f"\npasword = "x"', "unknown key 'smtp.pasword'"),
        ("max_stories = '12'", "max_stories must be an integer ≥ 0, not str '12'"),
        ("max_stories = true", "max_stories must be an integer ≥ 0, not bool True"),
        ("max_stories = -1", "max_stories must be 0 (no limit) or more"),
        ('format = "pdf"', "format must be one of md, html, text, eml, json"),
        ("inputs = 'news/'", "inputs must be a list of strings, not str"),
        ("inputs = [1]", "inputs must be a list of strings"),
        ('quotes = "some"', "quotes must be an integer ≥ 0 or 'all'"),
        ("timeout = 0", "timeout must be > 0"),
        (
            '[smtp]\nhost = "h"\nport = "587"\nfrom = "a@b.c"\nto = "d@e.f"',
            "smtp.port must be a port number, not str",
        ),
        ('[smtp]\nhost = "h"\nfrom = "a@b.c"', "smtp.to is missing"),
        ('[smtp]\nhost = "h"\nfrom = "a@b.c"\nto = ["nobody"]', "smtp.to must be an email address"),
        (
            '[smtp]\nhost = "h"\nfrom = "a@b.c"\nto = "d@e.f"\nstarttls = true\ntls = true',
            "exclude each other",
        ),
        ("smtp = 3", "smtp must be a table"),
        ('engine = "hf"\n[hf]\nmodle = "x"', "unknown key 'hf.modle'"),
        ('engine = "hf"\n[hf]\nbatch_size = "8"', "hf.batch_size must be an integer ≥ 1, not str"),
        ('[hf]\nmodel = "x"', 'the [hf] table only applies with engine = "hf"'),
        ("title = ", "not valid TOML"),
    ],
)
def test_a_bad_key_or_value_is_an_error_naming_it(tmp_path, text, message):
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, text))
    assert message in str(err.value)
    assert "briefing.toml" in str(err.value)


def test_missing_config_file(tmp_path):
    with pytest.raises(ConfigError, match="no such config file"):
        load_config(tmp_path / "nope.toml")


def test_password_only_from_env_or_owner_only_file(tmp_path):
    smtp = load_config(write(tmp_path, EXAMPLE)).smtp
    assert credentials(smtp, {"BRIEFGEN_SMTP_PASSWORD": "s3cret"}) == ("briefings", "s3cret")
    with pytest.raises(ConfigError, match="no such file"):
        credentials(smtp, {})
    secret = tmp_path / "secret" / "smtp-password"
    secret.parent.mkdir()
    secret.write_text("from-file\n")
    secret.chmod(0o640)
    with pytest.raises(ConfigError, match="readable by others"):
        credentials(smtp, {})
    secret.chmod(0o600)
    assert credentials(smtp, {}) == ("briefings", "from-file")
    # The user may come from the environment instead.
    anonymous = SmtpConfig(host="h", to=("a@b.c",), sender="s@b.c")
    assert credentials(anonymous, {}) is None
    assert credentials(anonymous, {"BRIEFGEN_SMTP_USER": "u", "BRIEFGEN_SMTP_PASSWORD": "p"}) == ("u", "p")
    with pytest.raises(ConfigError, match="no password"):
        credentials(anonymous, {"BRIEFGEN_SMTP_USER": "u"})


def test_since():
    now = datetime(2026, 11, 29, 6, 0, tzinfo=timezone.utc)
    assert parse_since("36h", now) == datetime(2026, 11, 27, 18, 0, tzinfo=timezone.utc)
    assert parse_since("2d", now).day == 27 and parse_since("1w", now).day == 22
    assert parse_since("90m", now).hour == 4
    assert parse_since("2026-11-28", now) == datetime(2026, 11, 28, tzinfo=timezone.utc)
    with pytest.raises(ConfigError, match="--since 'soon'"):
        parse_since("soon", now)


def test_output_path(tmp_path):
    day = date(2026, 11, 29)
    assert output_path(None, day, "x", "md") is None
    folder = output_path(f"{tmp_path}/outputs/", day, "Morning Briefing!", "html")
    assert folder == tmp_path / "outputs" / "2026-11-29-morning-briefing.html" and folder.parent.is_dir()
    assert output_path(str(tmp_path / "digest.md"), day, "x", "md") == tmp_path / "digest.md"
    with pytest.raises(ConfigError, match="does not exist"):
        output_path(str(tmp_path / "no" / "digest.md"), day, "x", "md")
    assert slugify("Zürich — Früh") == "zurich-fruh" and slugify("!!!") == "digest"


def _record(key: str, articles: tuple[str, ...]) -> StoryRecord:
    return StoryRecord(key, "Headline", Signature(np.ones(4, np.float32) / 2, frozenset({"voss"})), articles)


def test_state_records_are_added_in_one_transaction(tmp_path):
    path = tmp_path / "deep" / "state.sqlite3"
    with State(path) as state:
        state.record(
            "2026-11-28/morning", date="2026-11-28", title="Morning", stories=[_record("a", ("a", "b"))]
        )
        assert state.sent_at("2026-11-28/morning") is None
        state.record(
            "2026-11-29/morning",
            date="2026-11-29",
            title="Morning",
            stories=[_record("c", ("c",))],
            sent=True,
            message_id="<m@x>",
            recipients=["r@x"],
        )
        assert state.sent_at("2026-11-29/morning")
        assert state.carried_articles(other_than="2026-11-29/morning") == {"a", "b"}
        carried = state.carried_stories(other_than="2026-11-28/morning")
        assert [(r.key, r.articles, sorted(r.signature.entities)) for r in carried] == [
            ("c", ("c",), ["voss"])
        ]
        assert np.allclose(carried[0].signature.vector, 0.5)

        # A failure inside the transaction leaves nothing behind.
        bad = _record("d", ("d",))
        object.__setattr__(bad, "articles", ("d", object()))  # not storable: fails mid-way
        with pytest.raises(StateError, match="cannot record"):
            state.record("2026-11-30/morning", date="2026-11-30", title="Morning", stories=[bad])
        assert "d" not in state.carried_articles(other_than="")
        assert state.sent_at("2026-11-30/morning") is None


def test_state_file_that_is_not_sqlite_is_a_clear_error(tmp_path):
    path = tmp_path / "state.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StateError, match="not a usable briefgen state file"):
        State(path)


def test_lock_keeps_a_second_run_out(tmp_path):
    with State(tmp_path / "s.sqlite3") as one, State(tmp_path / "s.sqlite3") as two:
        with one.lock(), pytest.raises(StateError, match="another briefgen digest run"), two.lock(wait=0.3):
            pass
        with two.lock(wait=0.3):
            pass


def test_default_state_path_can_be_moved_by_env(tmp_path, monkeypatch):
    from briefgen.digest import default_state_path

    monkeypatch.setenv("BRIEFGEN_STATE", str(tmp_path / "x.sqlite3"))
    assert default_state_path() == tmp_path / "x.sqlite3"
    monkeypatch.delenv("BRIEFGEN_STATE")
    assert default_state_path().name == "digest-state.sqlite3"
    assert os.path.isabs(default_state_path())


def test_a_source_without_title_is_named_by_its_site():
    from briefgen.digest.render import site_name

    assert site_name("https://www.example.org/news/2026/11/29/a-long-slug.html") == "example.org"
    archived = "http://web.archive.org/web/20150731174407id_/http://www.example.co.uk/news/a.html"
    assert site_name(archived) == "example.co.uk"


def test_hf_table_reaches_the_engine(tmp_path):
    """[hf] options are the transformers engine's: a model that is not there is named in the error."""
    from briefgen.digest import make_digest
    from briefgen.errors import BriefgenError

    article = tmp_path / "story.txt"
    article.write_text(
        "The council voted on Tuesday to close the old bridge. Officials said repairs would cost "
        "more than the town could pay. Residents will use the ferry instead.\n"
    )
    missing = tmp_path / "no-such-model"
    config = write(tmp_path, f'engine = "hf"\n[hf]\nmodel = "{missing}"\ndevice = "cpu"\n')
    cfg = load_config(config)
    assert dict(cfg.hf) == {"model": str(missing), "device": "cpu"}
    with pytest.raises(BriefgenError, match="no-such-model"):
        make_digest([str(article)], config=config, state=str(tmp_path / "state.sqlite3"))
