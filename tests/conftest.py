"""Shared fixtures: the real embedded models, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import ROOT, SEED


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def briefer():
    """A Briefer with the real embedded models (loaded on first use, then reused)."""
    from briefgen import Briefer

    return Briefer()


@pytest.fixture(scope="session")
def analyse(briefer):
    """Analyse text with the real models: ``analyse("text")`` → AnalysedArticle."""
    from briefgen import article_from_text

    def run(text: str):
        return briefer.analyse([article_from_text(text)])[0]

    return run


@pytest.fixture(scope="session")
def seed_analysed(briefer):
    from briefgen import read_article

    return briefer.analyse([read_article(str(SEED))])[0]


@pytest.fixture(scope="session")
def seed_brief(briefer):
    """The seed's brief, its source named as in the README (so goldens hold wherever the clone is)."""
    from dataclasses import replace

    from briefgen import Source, read_article

    article = read_article(str(SEED))
    return briefer.brief(replace(article, source=Source(path=str(SEED.relative_to(ROOT)))))
