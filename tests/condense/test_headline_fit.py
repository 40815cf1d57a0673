"""Fitting a headline that a meaning check made longer (``briefgen.condense.headline_fit``)."""

from __future__ import annotations

import pytest

from briefgen.condense.headline_cuts import headline_text
from briefgen.condense.headline_fit import fit_restored

pytestmark = pytest.mark.slow

SENTENCE = "The death toll from a tsunami in western Indonesia rose to at least 280 in the port of Anyer."


def _indices(span, words: str) -> set[int]:
    wanted = words.split()
    return {t.i for t in span if t.text in wanted}


def test_what_came_back_stays_and_a_setting_goes_to_fit(analyse) -> None:
    span = analyse(SENTENCE).doc[:]
    everything = {t.i for t in span if not t.is_punct} - _indices(span, "The a the")
    back = _indices(span, "from tsunami")
    setting = (
        _indices(span, "in port of Anyer")
        - _indices(span, "western Indonesia")
        - {t.i for t in span if t.text == "in" and t.i < 8}
    )
    full = headline_text(span, everything, {})
    assert len(full) > 60, full
    fitted = fit_restored(span, everything, back, {}, 70, (lambda keep: setting & keep,))
    assert fitted is not None and back <= fitted
    assert (
        headline_text(span, fitted, {}) == "Death toll from tsunami in western Indonesia rose to at least 280"
    )


def test_no_cut_may_take_what_came_back_or_what_it_hangs_on(analyse) -> None:
    span = analyse(SENTENCE).doc[:]
    everything = {t.i for t in span if not t.is_punct} - _indices(span, "The a the")
    back = _indices(span, "tsunami")
    # the only cut on offer takes the preposition "tsunami" hangs on: nothing fits
    from_ = {t.i for t in span if t.text == "from"}
    assert fit_restored(span, everything, back, {}, 60, (lambda keep: from_ & keep,)) is None
