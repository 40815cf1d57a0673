"""Direct quotes: finding them, naming their speakers, choosing the key ones.

Public API::

    quotes = find_quotes(analysed)               # every direct quote, article order
    chosen = key_quotes(analysed, quotes, n=3)   # the few that matter
"""

from __future__ import annotations

from .finder import find_quotes
from .selection import key_quotes

__all__ = ["find_quotes", "key_quotes"]
