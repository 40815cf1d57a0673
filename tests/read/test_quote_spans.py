"""Quote-mark pairing: every style, apostrophes, paragraphs, unbalanced marks (no models needed)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.read.quote_spans import find_quote_spans


def quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text)]


def test_straight_and_curly_double_quotes():
    text = 'The mayor said "we will rebuild the bridge" and later “the bridge opens in May.”'
    assert quoted(text) == ["we will rebuild the bridge", "the bridge opens in May."]


def test_spaced_quotes_exclude_the_inner_spaces():
    text = "Ms Okafor said that “ the harbour has always been open to trade ” and called for “ calm ”."
    assert quoted(text) == ["the harbour has always been open to trade", "calm"]


def test_single_quotes_are_not_confused_with_apostrophes():
    text = (
        "Okafor’s band played rock 'n' roll in the ’90s and the players' union agreed. "
        "She said 'we never stopped playing' and smiled. He called it ‘the best decade’."
    )
    assert quoted(text) == ["we never stopped playing", "the best decade"]


def test_word_internal_apostrophes_inside_a_quote():
    text = "“We don’t know, and we won't guess,” the inspector said of the ’20s ledger."
    assert quoted(text) == ["We don’t know, and we won't guess,"]


def test_guillemets_both_ways_and_german_low_marks():
    text = (
        "Le maire a dit «nous reconstruirons» ; der Bürgermeister sagte »wir bauen« und „wir schaffen das“."
    )
    assert quoted(text) == ["nous reconstruirons", "wir bauen", "wir schaffen das"]


def test_french_spaced_guillemets():
    assert quoted("Elle a dit « la ville tiendra » hier.") == ["la ville tiendra"]


def test_two_apostrophes_as_double_quotes():
    text = "''The tide is turning,'' the analyst said. ''It will not last,'' she added."
    assert quoted(text) == ["The tide is turning,", "It will not last,"]


def test_nested_quote_belongs_to_the_outer_one():
    text = "“The chief told me ‘hold the line,’ and we did,” the sergeant recalled."
    assert quoted(text) == ["The chief told me ‘hold the line,’ and we did,"]


def test_quote_over_paragraphs_that_reopen_it_is_one_quote():
    text = (
        "The minister spoke for an hour.\n\n“We will build the dam first.\n\n"
        "“Then we will build the canal,” she said.\n\nThe crowd cheered."
    )
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == [
        "We will build the dam first.\n\n“Then we will build the canal,"
    ]
    assert spans[0].paragraphs == 2


def test_quote_closed_in_a_later_paragraph_without_reopening():
    text = "“The vote was held in\n\n1998. It passed,” the clerk said."
    assert quoted(text) == ["The vote was held in\n\n1998. It passed,"]


def test_unclosed_quote_ends_with_its_paragraph():
    text = "The clerk said “the vote passed narrowly.\n\nThe council then adjourned. Later “it rained”."
    assert quoted(text) == ["the vote passed narrowly.", "it rained"]


def test_stray_closing_mark_costs_nothing_else():
    text = "The clerk” said nothing. Then she said “the vote passed” and left."
    assert quoted(text) == ["the vote passed"]


def test_straight_mark_next_to_a_curly_one_is_ignored():
    text = 'The senator answered: "“We will not win every state,” and sat down.'
    assert quoted(text) == ["We will not win every state,"]


def test_curly_opening_mark_typed_as_closer():
    text = "“They see that. “\n\nThe next paragraph."
    assert quoted(text) == ["They see that."]


def test_only_marks_and_empty_quotes_give_nothing():
    assert quoted("\"\"\"'''“”‘’«»") == []
    assert quoted("“ ” and ‘ ’") == []


# ---------------------------------------------------------------- properties

_PIECES = st.sampled_from(
    [
        "a",
        "word",
        "Zelensky’s",
        "’90s",
        "rock 'n' roll",
        " ",
        "  ",
        "\n",
        "\n\n",
        ".",
        ",",
        ":",
        "—",
        '"',
        "'",
        "''",
        "“",
        "”",
        "‘",
        "’",
        "«",
        "»",
        "„",
        "‹",
        "›",
        "`",
        "``",
        "’’",
        "he said",
        "“ spaced ”",
    ]
)


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=60).map("".join))
def test_random_marks_never_raise_and_spans_are_sane(text):
    previous_end = -1
    for span in find_quote_spans(text):
        assert 0 <= span.start < span.end <= len(text)
        body = text[span.start : span.end]
        assert body == body.strip()
        assert any(c.isalnum() for c in body)
        assert span.start > previous_end  # in order, never overlapping
        assert span.open_mark < span.start
        previous_end = span.end


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200))
def test_arbitrary_text_never_raises(text):
    for span in find_quote_spans(text):
        assert text[span.start : span.end].strip()


def test_double_quote_closed_with_a_single_mark():
    text = "The actor tweeted: “Let’s go. We can win this.’ He was in the room. He said “yes” twice."
    assert quoted(text) == ["Let’s go. We can win this.", "yes"]


def test_paragraphs_run_together_reopen_a_single_quote():
    # a feed that lost its line breaks keeps the mark each paragraph of a quote opens with
    text = (
        "‘I had a chat with Tom,’ said Mr Vale. ‘We talked for an hour. I have no idea what the job is. "
        "'It was the first time we met,’ he added. The 'red flags' for the board stayed."
    )
    assert quoted(text) == [
        "I had a chat with Tom,",
        "We talked for an hour. I have no idea what the job is.",
        "It was the first time we met,",
        "red flags",
    ]


def test_a_stray_double_opener_inside_a_paragraph_does_not_split_its_quote():
    text = "“That is a dangerous thing to do. “It evokes a reaction,” Mr Vale said.\n\nHe left."
    # (with its line breaks there, the text is not run together: the stray “ nests, as before)
    assert quoted(text) == ["That is a dangerous thing to do. “It evokes a reaction,” Mr Vale said."]
