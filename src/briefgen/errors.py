"""Errors a user can cause. The CLI prints their message on one line and exits 1.

Anything else that escapes is a bug and keeps its traceback.
"""

from __future__ import annotations


class BriefgenError(Exception):
    """Base class for every error caused by input, configuration or environment."""


class InputError(BriefgenError):
    """An input cannot be briefed (missing, unreadable, empty, binary, not English...)."""

    def __init__(self, name: str, problem: str) -> None:
        super().__init__(f"{name}: {problem}")
        self.name = name
        self.problem = problem


class ModelError(BriefgenError):
    """A model is missing, corrupt or cannot be loaded."""


class ConfigError(BriefgenError):
    """A configuration file or option is invalid."""


class TemplateError(BriefgenError):
    """A (user) template is broken."""
