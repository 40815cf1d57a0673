"""Rendering briefs: JSON from Python, everything else through Jinja2 templates.

One environment factory (:func:`make_environment`) serves every format. Packaged
templates can be overridden by name from a user directory, and an override can
extend the packaged original as ``default:NAME`` (datasette's ChoiceLoader +
PrefixLoader pattern). Templates run in Jinja's sandbox with ``StrictUndefined``;
HTML templates autoescape.
"""

from __future__ import annotations

import json
import re
import textwrap
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import (
    ChoiceLoader,
    FileSystemLoader,
    PackageLoader,
    PrefixLoader,
    StrictUndefined,
    TemplateError as JinjaTemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
)
from jinja2.sandbox import ImmutableSandboxedEnvironment

from .errors import TemplateError
from .types import Brief, Quote

FORMATS = ("md", "text", "json")
TEMPLATE_FOR = {"md": "brief.md.j2", "text": "brief.txt.j2"}
_HTML_NAME = re.compile(r"\.(?:html?|xml)(?:\.j2|\.jinja2?)?$")


def _autoescape(name: str | None) -> bool:
    # select_autoescape() only looks at the last extension, so "brief.html.j2"
    # would not be escaped; match on the inner one.
    return bool(name and _HTML_NAME.search(name))


@lru_cache(maxsize=8)
def make_environment(templates_dir: str | None = None) -> ImmutableSandboxedEnvironment:
    """The Jinja2 environment for rendering; ``templates_dir`` overrides packaged templates."""
    packaged = PackageLoader("briefgen", "templates")
    loaders = []
    if templates_dir is not None:
        path = Path(templates_dir)
        if not path.is_dir():
            raise TemplateError(f"--templates {templates_dir}: not a directory")
        loaders.append(FileSystemLoader(str(path)))
    loaders += [packaged, PrefixLoader({"default": packaged})]
    env = ImmutableSandboxedEnvironment(
        loader=ChoiceLoader(loaders),
        autoescape=_autoescape,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = escape_markdown
    env.filters["wrap"] = _wrap
    env.filters["is_web_url"] = is_web_url
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
        "bullet_details": [
            {"text": b.text, "status": b.status, "reason": b.reason, "sentences": list(b.sentences)}
            for b in brief.bullets
        ],
    }


def quote_to_dict(quote: Quote) -> dict[str, Any]:
    """A quote as in the JSON contract."""
    return {
        "text": quote.text,
        "speaker": quote.speaker,
        "start": quote.start,
        "end": quote.end,
        "scare": quote.scare,
    }


def render(brief: Brief, fmt: str = "md", *, templates_dir: str | None = None) -> str:
    """Render ``brief`` as ``md``, ``text`` or ``json`` (one line, no trailing newline)."""
    if fmt == "json":
        return json.dumps(brief_to_dict(brief), ensure_ascii=False)
    if fmt not in TEMPLATE_FOR:
        raise TemplateError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    return render_template(TEMPLATE_FOR[fmt], {"brief": brief}, templates_dir=templates_dir)


def render_template(name: str, context: dict[str, Any], *, templates_dir: str | None = None) -> str:
    """Render the template called ``name``; a broken template is one clear TemplateError."""
    env = make_environment(templates_dir)
    try:
        return env.get_template(name).render(**context)
    except TemplateSyntaxError as err:
        raise TemplateError(f"template {err.filename or err.name or name}, line {err.lineno}: {err.message}") from None
    except TemplateNotFound as err:
        raise TemplateError(f"template {err.name} not found") from None
    except JinjaTemplateError as err:
        raise TemplateError(f"template {name}{_template_line(err)}: {err}") from None


def _template_line(err: BaseException) -> str:
    tb = err.__traceback__
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename.endswith((".j2", ".jinja", ".jinja2", ".html", ".md", ".txt")):
            line = tb.tb_lineno
        tb = tb.tb_next
    return f", line {line}" if line else ""


# Only what Markdown would act on is escaped, so raw Markdown still reads well
# in a terminal: emphasis, code, links and images, raw HTML, entities.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>~|])")
_MD_ENTITY = re.compile(r"&(?=#|\w+;)")
_MD_LINE_START = re.compile(r"^(\s*)(?:([#+=-])|(\d+)([.)]))", re.MULTILINE)


def escape_markdown(value: Any) -> str:
    """Escape article text so Markdown shows it literally (no links, headings, HTML)."""
    text = _MD_SPECIAL.sub(r"\\\1", str(value))
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
    lines = textwrap.wrap(str(value), width=width, initial_indent=first, subsequent_indent=indent,
                          break_long_words=False, break_on_hyphens=False)
    return "\n".join(lines)
