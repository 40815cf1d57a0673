"""Daily digests: many articles in, one briefing out, on a schedule, nothing sent twice.

    from briefgen.digest import make_digest

    result = make_digest(["~/news/inbox", "https://example.org/rss.xml"],
                         fmt="html", output="outputs/", new_only=True)

See :func:`make_digest` for the steps and their order, ``briefing.toml`` in
:mod:`briefgen.digest.config` for the settings.
"""

from __future__ import annotations

from .build import DigestOptions, DigestResult, NoDigestError, make_digest, output_path, parse_since
from .config import DigestConfig, SmtpConfig, load_config
from .delivery import DeliveryError
from .model import Digest, DigestStory, StorySource, digest_to_dict
from .sources import Item, Skipped, gather
from .state import State, StateError, default_state_path

__all__ = [
    "DeliveryError",
    "Digest",
    "DigestConfig",
    "DigestOptions",
    "DigestResult",
    "DigestStory",
    "Item",
    "NoDigestError",
    "Skipped",
    "SmtpConfig",
    "State",
    "StateError",
    "StorySource",
    "default_state_path",
    "digest_to_dict",
    "gather",
    "load_config",
    "make_digest",
    "output_path",
    "parse_since",
]
