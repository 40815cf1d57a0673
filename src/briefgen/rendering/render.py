"""Rendering briefs: JSON from Python, everything else through Jinja2 templates.

One environment factory (:func:`make_environment`) serves every format. Packaged
templates can be overridden by name from a user directory, and an override can
extend the packaged original as ``default:NAME`` (datasette's ChoiceLoader +
PrefixLoader pattern). Templates run in Jinja's sandbox with ``StrictUndefined``;
HTML templates autoescape.

HTML is email HTML: templates lay it out with tables and a ``<style>`` block
that :func:`render_html` inlines into ``style`` attributes with css-inline;
only the progressive extras (dark mode, narrow screens) stay in a ``<style>``.
The packaged layout is ``email_base.html.j2`` plus per-story partials, so a
single brief, several briefs and a digest share it (contract in that file).
"""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path, PurePath
from typing import Any

from jinja2 import (
    ChoiceLoader,
    FileSystemLoader,
    PackageLoader,
    PrefixLoader,
    StrictUndefined,
    TemplateNotFound,
    TemplateSyntaxError,
)
from jinja2 import (
    TemplateError as JinjaTemplateError,
)
from jinja2.sandbox import ImmutableSandboxedEnvironment

from ..errors import ConfigError, TemplateError
from ..types import Brief, Quote, Source

FORMATS = ("md", "text", "json", "html", "eml")
TEMPLATE_FOR = {"md": "brief.md.j2", "text": "brief.txt.j2", "html": "brief.html.j2"}
MULTI_HTML_TEMPLATE = "briefs.html.j2"
"""Several briefs in one email document (a contents list, then one story each)."""
EMAIL_CSS_TEMPLATE = "partials/email.css.j2"
"""The CSS inlined into fragments (full documents carry it in their ``<style>``)."""
_HTML_NAME = re.compile(r"\.(?:html?|xml)(?:\.j2|\.jinja2?)?$")


def autoescapes(name: str | None) -> bool:
    """True for a template that renders HTML or XML (``brief.html.j2``), which must escape."""
    # select_autoescape() only looks at the last extension, so "brief.html.j2"
    # would not be escaped; match on the inner one.
    return bool(name and _HTML_NAME.search(name))


@lru_cache(maxsize=8)
def make_environment(templates_dir: str | None = None) -> ImmutableSandboxedEnvironment:
    """The Jinja2 environment for rendering; ``templates_dir`` overrides packaged templates."""
    packaged = PackageLoader("briefgen.rendering", "templates")
    loaders = []
    if templates_dir is not None:
        path = Path(templates_dir)
        if not path.is_dir():
            raise TemplateError(f"--templates {templates_dir}: not a directory")
        loaders.append(FileSystemLoader(str(path)))
    loaders += [packaged, PrefixLoader({"default": packaged}, delimiter=":")]
    env = ImmutableSandboxedEnvironment(
        loader=ChoiceLoader(loaders),
        autoescape=autoescapes,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = escape_markdown
    env.filters["wrap"] = _wrap
    env.filters["is_web_url"] = is_web_url
    env.filters["quotes_note"] = quotes_note
    env.filters["byline"] = byline
    return env


def brief_to_dict(brief: Brief) -> dict[str, Any]:
    """The JSON contract for one brief (fields may be added; these keep their names)."""
    return {
        "headline": brief.headline,
        "bullets": [b.text for b in brief.bullets],
        "quotes": [quote_to_dict(q) for q in brief.quotes],
        "source": {
            "path": brief.source.path,
            "url": brief.source.url,
            "title": brief.source.title,
        },
        "engine": brief.engine,
        "quotes_found": brief.quotes_found,
        "quotes_wanted": brief.quotes_wanted,
        "bullet_details": [
            {"text": b.text, "status": b.status, "reason": b.reason, "sentences": list(b.sentences)}
            for b in brief.bullets
        ],
        "headline_details": {"status": brief.headline_status, "reason": brief.headline_reason},
        "headline_source": brief.headline_source,
        "opinion": None
        if brief.opinion is None
        else {"writer": brief.opinion.writer, "kind": brief.opinion.kind},
    }


def quote_to_dict(quote: Quote) -> dict[str, Any]:
    """A quote as in the JSON contract."""
    return {
        "text": quote.text,
        "spoken": quote.spoken,
        "speaker": quote.speaker,
        "speaker_confidence": quote.speaker_confidence,
        "start": quote.start,
        "end": quote.end,
        "scare": quote.scare,
        "partial": quote.partial,
        "parts": [list(part) for part in quote.parts] or [[quote.start, quote.end]],
    }


def render(
    brief: Brief,
    fmt: str = "md",
    *,
    templates_dir: str | None = None,
    fragment: bool = False,
    sender: str | None = None,
    recipients: Sequence[str] | str | None = None,
) -> str:
    """Render ``brief`` as ``md``, ``text``, ``json`` (one line), ``html`` or ``eml``.

    ``fragment`` (html only) gives the body-only fragment for pasting into a
    newsletter; ``sender``/``recipients`` (eml only) default to the
    ``BRIEFGEN_FROM``/``BRIEFGEN_TO`` environment variables.
    """
    return render_briefs(
        [brief], fmt, templates_dir=templates_dir, fragment=fragment, sender=sender, recipients=recipients
    )


def render_briefs(
    briefs: Sequence[Brief],
    fmt: str = "md",
    *,
    templates_dir: str | None = None,
    fragment: bool = False,
    sender: str | None = None,
    recipients: Sequence[str] | str | None = None,
) -> str:
    """Render several briefs as one document, in order.

    ``json`` gives JSON Lines; ``md`` and ``text`` join the briefs with a ``---``
    rule; ``html`` and ``eml`` make one email with a story per brief (an email
    document cannot be concatenated, and one message is what a reader wants).
    One brief renders exactly as :func:`render` renders it.
    """
    if fmt not in FORMATS:
        raise TemplateError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if fragment and fmt != "html":
        raise ConfigError("a fragment is HTML only: use it with the html format")
    if (sender or recipients) and fmt != "eml":
        raise ConfigError("sender and recipients apply to the eml format only")
    if not briefs:
        return ""
    if fmt == "json":
        if len(briefs) == 1:
            return json.dumps(brief_to_dict(briefs[0]), ensure_ascii=False)
        return "".join(json.dumps(brief_to_dict(b), ensure_ascii=False) + "\n" for b in briefs)
    if fmt == "html":
        return render_briefs_html(briefs, templates_dir=templates_dir, fragment=fragment)
    if fmt == "eml":
        from .emailmsg import build_message, message_text

        message = build_message(
            subject=email_subject(briefs),
            text=render_briefs(briefs, "text", templates_dir=templates_dir),
            html=render_briefs_html(briefs, templates_dir=templates_dir),
            sender=sender,
            recipients=recipients,
        )
        return message_text(message)
    rendered = [render_template(TEMPLATE_FOR[fmt], {"brief": b}, templates_dir=templates_dir) for b in briefs]
    return "\n---\n\n".join(rendered)


def render_briefs_html(
    briefs: Sequence[Brief], *, templates_dir: str | None = None, fragment: bool = False
) -> str:
    """One brief through ``brief.html.j2``, several through ``briefs.html.j2``; CSS inlined."""
    many = len(briefs) > 1
    stories = [story_view(b, anchor=f"story-{n}" if many else None) for n, b in enumerate(briefs, 1)]
    if many:
        context = page_context(stories, title=email_subject(briefs), dateline=f"{len(briefs)} stories")
        context["briefs"] = list(briefs)
        return render_html(MULTI_HTML_TEMPLATE, context, templates_dir=templates_dir, fragment=fragment)
    context = page_context(stories, title=briefs[0].headline, dateline=date_label(briefs[0].source.published))
    context["brief"] = briefs[0]
    return render_html(TEMPLATE_FOR["html"], context, templates_dir=templates_dir, fragment=fragment)


def date_label(published: str | None) -> str:
    """An ISO date or datetime as a reader writes it ("24 November 2026"); "" when absent or unreadable."""
    if not published:
        return ""
    from datetime import datetime

    try:
        when = datetime.fromisoformat(published.strip().replace("Z", "+00:00"))
    except ValueError:
        return ""
    return f"{when.day} {_MONTHS[when.month - 1]} {when.year}"  # not %B: the locale may not be English


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def email_subject(briefs: Sequence[Brief]) -> str:
    """The subject line: the headline, or the first headline and how many more follow."""
    first = " ".join(briefs[0].headline.split())
    return first if len(briefs) == 1 else f"{first} (+{len(briefs) - 1} more)"


def source_view(source: Source) -> dict[str, Any]:
    """A source for the HTML templates; ``name`` is what to show when it is not linked."""
    return {
        "name": source_name(source),
        "title": source.title,
        "url": source.url,
        "path": source.path,
        "published": source.published,
    }


def source_name(source: Source) -> str:
    """How a source is named to a reader: its title, URL, or file name (never a full path)."""
    if source.title:
        return source.title
    if source.url:
        return source.url
    if source.path and source.path != "-":
        return PurePath(source.path).name
    return "pasted text"


def story_view(
    brief: Brief, *, sources: Sequence[Source] | None = None, anchor: str | None = None
) -> dict[str, Any]:
    """A brief as the ``story`` of ``partials/story.html.j2`` (a digest passes all its sources).

    A bullet or headline that failed the check against the article and was
    kept on request carries a ``note`` saying so, as the Markdown and text
    formats do.
    """
    return {
        "headline": brief.headline,
        "headline_note": _unsupported_note(brief.headline_status, brief.headline_reason),
        "byline": byline(brief),
        "bullets": [{"text": b.text, "note": _unsupported_note(b.status, b.reason)} for b in brief.bullets],
        "quotes": [quote_view(q) for q in brief.quotes],
        "quotes_found": brief.quotes_found,
        "quotes_note": quotes_note(brief),
        "sources": [source_view(s) for s in (sources if sources is not None else [brief.source])],
        "id": anchor,
    }


def byline(brief: Brief) -> str | None:
    """What a brief of a signed view says under its headline ("Opinion · Anna Pippus", or
    "Readers' letters" for a letters page): its bullets are the writers' views, not news.
    None for a report."""
    if brief.opinion is None:
        return None
    if brief.opinion.kind == "letters":
        return "Readers' letters"
    return "Opinion" + (f" · {brief.opinion.writer}" if brief.opinion.writer else "")


def quote_view(quote: Quote) -> dict[str, Any]:
    """A quote as templates show it: its spoken words, paragraph by paragraph, and its speaker."""
    return {"text": quote.spoken, "paragraphs": list(quote.paragraphs), "speaker": quote.speaker}


def quotes_note(brief: Brief) -> str | None:
    """What a brief says when it shows fewer key quotes than asked, else None."""
    shown, wanted = len(brief.quotes), brief.quotes_wanted
    if not wanted or shown >= wanted or brief.quotes_found == 0:
        return None
    if shown == 0:
        return (
            "No key quotes: the article has no substantive quote with a certain speaker beyond the bullets."
        )
    quotes = "quote" if shown == 1 else "quotes"
    return f"Only {shown} key {quotes}: the article has no other substantive quote with a certain speaker."


def _unsupported_note(status: str | None, reason: str | None) -> str | None:
    if status != "unsupported":
        return None
    return f"not supported by the article: {reason}" if reason else "not supported by the article"


def page_context(
    stories: Sequence[dict[str, Any]],
    *,
    title: str,
    preheader: str | None = None,
    kicker: str = "Briefing",
    heading: str = "",
    dateline: str = "",
    notes: Sequence[str] = (),
) -> dict[str, Any]:
    """The context ``email_base.html.j2`` expects; ``preheader`` defaults to the first bullet."""
    if preheader is None:
        first = stories[0] if stories else {}
        bullet = (first.get("bullets") or [None])[0]
        preheader = (
            (bullet.get("text") if isinstance(bullet, dict) else bullet) or first.get("headline") or title
        )
    seen: dict[tuple[Any, ...], dict[str, Any]] = {}
    for story in stories:
        for source in story.get("sources", ()):
            seen.setdefault((source.get("title"), source.get("url"), source.get("path")), source)
    return {
        "title": title,
        "preheader": preheader,
        "kicker": kicker,
        "heading": heading,
        "dateline": dateline,
        "stories": list(stories),
        "sources": list(seen.values()),
        "notes": list(notes),
    }


def render_html(
    name: str, context: dict[str, Any], *, templates_dir: str | None = None, fragment: bool = False
) -> str:
    """Render an email HTML template and inline its CSS (css-inline).

    A full document keeps only its ``<style data-css-inline="keep">`` block;
    a ``fragment`` is the 600px container alone with every style inline.
    """
    import css_inline

    html = render_template(name, {**context, "fragment": fragment}, templates_dir=templates_dir)
    try:
        if fragment:
            css = render_template(EMAIL_CSS_TEMPLATE, {}, templates_dir=templates_dir)
            html = _inliner().inline_fragment(html, css)
        else:
            html = _inliner().inline(html)
    except (css_inline.InlineError, ValueError) as err:
        raise TemplateError(f"template {name}: CSS cannot be inlined ({err})") from None
    return html if html.endswith("\n") else html + "\n"


@lru_cache(maxsize=1)
def _inliner() -> Any:
    import css_inline

    # Never fetch: a template naming a remote stylesheet must not make briefgen
    # go on the network (or leak that a briefing is being made).
    return css_inline.CSSInliner(load_remote_stylesheets=False, keep_link_tags=False, minify_css=True)


def render_template(name: str, context: dict[str, Any], *, templates_dir: str | None = None) -> str:
    """Render the template called ``name``; a broken template is one clear TemplateError.

    The message names the template that failed (an included partial or a
    user override, not only ``name``) and its line.
    """
    env = make_environment(templates_dir)
    try:
        return env.get_template(name).render(**context)
    except TemplateSyntaxError as err:
        where = _short_template_path(err.filename) if err.filename else err.name or name
        raise TemplateError(f"template {where}, line {err.lineno}: {err.message}") from None
    except TemplateNotFound as err:
        raise TemplateError(f"template {err.name} not found") from None
    except JinjaTemplateError as err:
        raise TemplateError(f"template {_template_where(err, name)}: {_one_line(err)}") from None
    except RecursionError:
        if templates_dir is None:
            raise
        raise TemplateError(f"template {name}: it extends or includes itself, directly or not") from None
    except (TypeError, ValueError, ArithmeticError, LookupError, AttributeError) as err:
        if templates_dir is None:
            raise  # a packaged template failing is a bug: keep the traceback
        raise TemplateError(f"template {_template_where(err, name)}: {_one_line(err)}") from None


def _template_where(err: BaseException, name: str) -> str:
    # Jinja rewrites tracebacks so template frames carry the template's file
    # name and line; the innermost one is where it failed.
    tb = err.__traceback__
    where = None
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith((".j2", ".jinja", ".jinja2", ".html", ".md", ".txt")):
            where = (filename, tb.tb_lineno)
        tb = tb.tb_next
    if where is None:
        return name
    return f"{_short_template_path(where[0])}, line {where[1]}"


def _short_template_path(filename: str) -> str:
    # A packaged template is named as Jinja names it; a user's keeps its path.
    packaged = Path(__file__).parent / "templates"
    try:
        return Path(filename).resolve().relative_to(packaged.resolve()).as_posix()
    except ValueError:
        return filename


def _one_line(err: BaseException) -> str:
    return " ".join(str(err).split()) or type(err).__name__


# Only what Markdown would act on is escaped, so raw Markdown still reads well
# in a terminal: emphasis, code, links and images, raw HTML, entities.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>~|])")
_MD_INDENT = re.compile(r"^[ \t]+", re.MULTILINE)
_MD_ENTITY = re.compile(r"&(?=#|\w+;)")
_MD_LINE_START = re.compile(r"^(\s*)(?:([#+=-])|(\d+)([.)]))", re.MULTILINE)


def escape_markdown(value: Any) -> str:
    """Escape article text so Markdown shows it literally (no links, headings, HTML, code blocks)."""
    # Indentation would make an indented code block; Markdown never shows it anyway.
    text = _MD_INDENT.sub("", str(value))
    text = _MD_SPECIAL.sub(r"\\\1", text)
    text = _MD_ENTITY.sub(r"\\&", text)
    return _MD_LINE_START.sub(_escape_line_start, text)


def _escape_line_start(match: re.Match[str]) -> str:
    if match.group(2):  # heading, list or setext marker
        return f"{match.group(1)}\\{match.group(2)}"
    return f"{match.group(1)}{match.group(3)}\\{match.group(4)}"  # "1." starts a list


_WEB_URL = re.compile(r"^https?://[^\s<>\"'`\\]+$", re.IGNORECASE)


def is_web_url(value: Any) -> bool:
    """True only for http(s) URLs safe to link; anything else is shown as text."""
    return isinstance(value, str) and bool(_WEB_URL.match(value))


def _wrap(value: Any, width: int = 72, indent: str = "", first: str = "") -> str:
    lines = textwrap.wrap(
        str(value),
        width=width,
        initial_indent=first,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return "\n".join(lines)
