"""Parse helpers shared by the cutting rules: a verb "has its to" only when "to" is its own
infinitive marker, not a preposition after it."""

from __future__ import annotations

import pytest

from briefgen.condense.parse import has_to

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("sentence", "verb", "expected"),
    [
        ("The council voted to close the library on Monday.", "close", True),
        ("The council closes the library on Monday.", "closes", False),
        ("The minister went to Paris on Monday.", "went", False),
        ("Officials refused to say where the money went.", "say", True),
    ],
)
def test_a_verb_has_its_to_only_as_its_infinitive_marker(analyse, sentence, verb, expected) -> None:
    doc = analyse(sentence).doc
    token = next(t for t in doc if t.text == verb)
    assert has_to(token) is expected
