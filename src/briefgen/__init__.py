"""briefgen: turn news articles into briefings (headline, three bullets, key quotes).

The Python API does everything the CLI does::

    from briefgen import Briefer, read_article, render

    brief = Briefer().brief(read_article("article.txt"))
    print(render(brief, "md"))

Heavy libraries (torch, spaCy) load on first use, not on import.
"""

from __future__ import annotations

from ._version import __version__
from .errors import BriefgenError, ConfigError, InputError, ModelError, TemplateError
from .pipeline import Briefer, BriefOutcome, brief_inputs, brief_text
from .read.reading import article_from_text, read_article
from .rendering.render import brief_to_dict, render
from .types import AnalysedArticle, Article, Brief, Bullet, Entity, Opinion, Quote, Sentence, Source, Summary

__all__ = [
    "AnalysedArticle",
    "Article",
    "Brief",
    "BriefOutcome",
    "Briefer",
    "BriefgenError",
    "Bullet",
    "ConfigError",
    "Entity",
    "InputError",
    "ModelError",
    "Opinion",
    "Quote",
    "Sentence",
    "Source",
    "Summary",
    "TemplateError",
    "__version__",
    "article_from_text",
    "brief_inputs",
    "brief_text",
    "brief_to_dict",
    "read_article",
    "render",
]
