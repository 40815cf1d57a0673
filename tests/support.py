"""Paths and data shared by the tests, imported by name (``from support import ROOT``).

Fixtures live in ``conftest.py`` and are used as fixtures only; plain values and
helpers that tests import live here, so no test imports ``conftest``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "xi-zelensky-first-call.txt"
GOLDEN = ROOT / "tests" / "golden"
TEST_DATA = ROOT / "tests" / "data"
SHARED_DATA = Path(os.environ.get("BRIEFGEN_SHARED_DATA", ROOT.parent / "shared" / "data"))


def shared_file(name: str) -> Path:
    """A file of ../shared/data, or skip the test with the reason when it is absent."""
    path = SHARED_DATA / name
    if not path.is_file():
        pytest.skip(f"evaluation data {path} is absent (it ships only with the developers' checkout)")
    return path


def quote_of(quotes, fragment: str):
    """The first of ``quotes`` whose text holds ``fragment``; fails the test when none does."""
    found = [q for q in quotes if fragment in q.text]
    assert found, f"no quote holds {fragment!r}: {[q.text for q in quotes]}"
    return found[0]
