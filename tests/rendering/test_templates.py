"""Templates: autoescaping, StrictUndefined, user overrides, the sandbox, one-line errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import html as lxml_html

from briefgen.cli import main
from briefgen.errors import TemplateError
from briefgen.rendering.render import autoescapes, make_environment, render, render_template
from hostile import hostile_brief
from support import ROOT

PACKAGED = ROOT / "src" / "briefgen" / "rendering" / "templates"
HTML_TEMPLATES = sorted(p.relative_to(PACKAGED).as_posix() for p in PACKAGED.rglob("*.html.j2"))


@pytest.fixture
def user_dir(tmp_path):
    make_environment.cache_clear()  # environments are cached per directory
    (tmp_path / "partials").mkdir()
    yield tmp_path
    make_environment.cache_clear()


def write(folder: Path, name: str, source: str) -> None:
    (folder / name).write_text(source, encoding="utf-8")


def test_every_html_template_autoescapes():
    assert {"brief.html.j2", "briefs.html.j2", "email_base.html.j2", "partials/story.html.j2"} <= set(
        HTML_TEMPLATES
    )
    env = make_environment()
    for name in HTML_TEMPLATES:
        assert autoescapes(name) and autoescapes(f"default:{name}"), name
        env.get_template(name)  # compiles
    for name in ("brief.md.j2", "brief.txt.j2", "partials/email.css.j2"):
        assert not autoescapes(name)


def test_no_safe_filter_or_autoescape_off_in_packaged_templates():
    for path in PACKAGED.rglob("*.j2"):
        source = re.sub(r"\{#.*?#\}", "", path.read_text(encoding="utf-8"), flags=re.S)  # comments
        assert not re.search(r"\|\s*safe\b|autoescape\s+false|Markup", source), path.name


def test_strict_undefined():
    with pytest.raises(TemplateError, match=r"template brief\.html\.j2.*'brief' is undefined|undefined"):
        render_template("brief.html.j2", {"title": "t"})


def test_override_extends_the_packaged_template(user_dir):
    write(
        user_dir,
        "brief.html.j2",
        '{% extends "default:brief.html.j2" %}\n'
        "{% block footer %}Sent by the harbour desk about {{ brief.headline }}.{% endblock %}\n",
    )
    brief = hostile_brief()
    page = render(brief, "html", templates_dir=str(user_dir))
    doc = lxml_html.document_fromstring(page)
    footer = " ".join(doc.find_class("footer")[0].text_content().split())
    assert footer == f"Sent by the harbour desk about {' '.join(brief.headline.split())}."
    assert doc.find(".//script") is None and "padding" in doc.find_class("footer")[0].get("style")
    assert [b.text_content() for b in doc.find_class("bullet")] == [b.text for b in brief.bullets]


def test_override_a_partial_by_name(user_dir):
    write(user_dir / "partials", "footer.html.j2", "Compiled for the night shift.")
    doc = lxml_html.document_fromstring(render(hostile_brief(), "html", templates_dir=str(user_dir)))
    assert doc.find_class("footer")[0].text_content().strip() == "Compiled for the night shift."


def test_override_markdown_and_text(user_dir):
    write(user_dir, "brief.md.j2", "## {{ brief.headline | md }}\n")
    write(user_dir, "brief.txt.j2", "{{ brief.bullets | length }} bullets\n")
    brief = hostile_brief()
    assert render(brief, "md", templates_dir=str(user_dir)).startswith("## \\# Harbour vote \\<script\\>")
    assert render(brief, "text", templates_dir=str(user_dir)) == "3 bullets\n"


@pytest.mark.parametrize(
    ("source", "line", "message"),
    [
        ("<p>\n{% if %}\n", 2, "Expected an expression"),
        ("<p>\n<p>\n{{ nope }}\n", 3, "'nope' is undefined"),
        ("{{ brief.__class__.__mro__ }}", 1, "unsafe"),
        ("{{ ''.__class__.__subclasses__() }}", 1, "unsafe"),
        ("\n{{ stories.append(1) }}", 2, "unsafe"),
        ("\n\n{{ 1 / 0 }}", 3, "division by zero"),
        ('{% extends "default:nothing.html.j2" %}', None, "template default:nothing.html.j2 not found"),
        ('{% extends "brief.html.j2" %}', None, "extends or includes itself"),
    ],
)
def test_broken_or_unsafe_user_template_is_one_line(user_dir, source, line, message):
    write(user_dir, "brief.html.j2", source)
    with pytest.raises(TemplateError) as caught:
        render(hostile_brief(), "html", templates_dir=str(user_dir))
    text = str(caught.value)
    assert "\n" not in text and message in text
    if line is not None:
        assert text.startswith(f"template {user_dir / 'brief.html.j2'}, line {line}: ")


def test_error_in_an_overridden_partial_names_the_partial(user_dir):
    write(user_dir / "partials", "footer.html.j2", "fine\n{{ missing.attr }}\n")
    with pytest.raises(TemplateError, match=r"partials/footer\.html\.j2, line 2: 'missing' is undefined"):
        render(hostile_brief(), "html", templates_dir=str(user_dir))


def test_sandbox_keeps_data_immutable(user_dir):
    write(user_dir, "brief.txt.j2", "{{ brief.bullets.__len__() }}{{ brief.source.__dict__ }}")
    with pytest.raises(TemplateError, match="unsafe"):
        render(hostile_brief(), "text", templates_dir=str(user_dir))


def test_user_template_cannot_pull_in_a_remote_stylesheet(user_dir):
    write(
        user_dir,
        "brief.html.j2",
        '<html><head><link rel="stylesheet" href="http://example.invalid/x.css"></head>'
        '<body><p class="a">{{ brief.headline }}</p></body></html>',
    )
    page = render(hostile_brief(), "html", templates_dir=str(user_dir))
    assert "<link" not in page and "example.invalid" not in page


def test_cli_broken_template_exit_1_one_line(user_dir, seed_path):
    write(user_dir, "brief.html.j2", "<p>\n{% for %}\n")
    result = CliRunner().invoke(main, [str(seed_path), "-f", "html", "--templates", str(user_dir)])
    assert result.exit_code == 1
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"briefgen: template {user_dir / 'brief.html.j2'}, line 2: ")


def test_cli_several_inputs_make_one_html_email(seed_path, tmp_path):
    other = tmp_path / "harbour.txt"
    other.write_text(
        "The city council approved a new harbour budget on Tuesday after a long debate. "
        "Work on the old sea wall will start in the spring, officials said. "
        "\u201cThe harbour cannot wait any longer,\u201d council leader Maria Lopez said. "
        "Residents can comment on the plan until the end of the month.\n",
        encoding="utf-8",
    )
    out = tmp_path / "both.html"
    result = CliRunner().invoke(main, [str(seed_path), str(other), "-f", "html", "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.count("<html") == 1
    doc = lxml_html.document_fromstring(page)
    assert [s.get("id") for s in doc.find_class("story")] == ["story-1", "story-2"]
    assert "harbour.txt" in doc.find_class("story")[1].text_content()
    fragment = CliRunner().invoke(main, [str(seed_path), "-f", "html", "--fragment"])
    assert fragment.exit_code == 0 and fragment.stdout.startswith("<!--[if mso]>")
    assert "<html" not in fragment.stdout and "<style" not in fragment.stdout


def test_api_options_that_do_not_apply_are_errors():
    from briefgen.errors import ConfigError

    with pytest.raises(ConfigError, match="fragment is HTML only"):
        render(hostile_brief(), "md", fragment=True)
    with pytest.raises(ConfigError, match="eml format only"):
        render(hostile_brief(), "html", sender="a@example.org")
    with pytest.raises(TemplateError, match="unknown format 'pdf'"):
        render(hostile_brief(), "pdf")
