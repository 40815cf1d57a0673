"""Quote finding, speaker attribution and key quotes on small articles written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.quotes import find_quotes, key_quotes
from support import quote_of


def speaker_of(analysed, fragment):
    return quote_of(find_quotes(analysed), fragment).speaker


def check_verbatim(analysed, quotes):
    for q in quotes:
        assert analysed.text[q.start : q.end] == q.text
        assert q.text == q.text.strip()
        if q.speaker is not None:
            assert all(word in analysed.text for word in q.speaker.split())


# ---------------------------------------------------------------- the seed


SEED_SPEAKERS = {
    "China has always been on the side of peace and its fundamental": "Xi Jinping",
    "Dialogue and negotiation": "Xi Jinping",
    "only way out": "Xi Jinping",
    "long and significant": "Volodymyr Zelensky",
    "a powerful impetus": "Volodymyr Zelensky",
    "almost an hour": "Serguiï Nykyforov",
    "waiting for a response": "Volodymyr Zelensky",
    "bring Russia to its senses": "Emmanuel Macron",
}


def test_seed_quotes_and_speakers(seed_analysed):
    quotes = find_quotes(seed_analysed)
    check_verbatim(seed_analysed, quotes)
    for fragment, speaker in SEED_SPEAKERS.items():
        assert quote_of(quotes, fragment).speaker == speaker, fragment
    # The spaced quote of the first paragraph, inner spaces excluded.
    first = quotes[0]
    assert first.text == "China has always been on the side of peace"
    assert first.speaker == "Xi Jinping"
    ministry = quote_of(quotes, "The Chinese side will send a special representative")
    assert "ministry" in ministry.speaker.lower()
    assert quote_of(quotes, "political settlement").scare
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


def test_seed_key_quotes_are_the_three_substantive_ones(seed_analysed):
    chosen = key_quotes(seed_analysed, find_quotes(seed_analysed), 3)
    assert [(q.text.split()[0], q.speaker) for q in chosen] == [
        ("On", "Xi Jinping"),
        ("The", chosen[1].speaker),
        ("bring", "Emmanuel Macron"),
    ]
    # Partial quotes, woven into the reporter's sentence ("hoped for “a powerful impetus …”",
    # "said “waiting for a response” from him"), keep their words and speaker; only one whose
    # own sentence names its speaker fills the slot two direct quotes leave ("Macron urged
    # the Chinese leader to “bring Russia to its senses”").
    found = find_quotes(seed_analysed)
    impetus = quote_of(found, "powerful impetus")
    assert impetus.partial and impetus.speaker == "Volodymyr Zelensky"
    assert quote_of(found, "waiting for a response").partial
    assert (
        quote_of(found, "bring Russia").partial
        and quote_of(found, "bring Russia").speaker_confidence == "named"
    )
    assert "special representative" in chosen[1].text and "ministry" in chosen[1].speaker.lower()
    assert key_quotes(seed_analysed, find_quotes(seed_analysed), 0) == ()
    # a quote a bullet already carries word for word is not repeated below it
    bullet = (
        "“The Chinese side will send a special representative of the Chinese government, responsible"
        " for Eurasia, to Ukraine and other countries to conduct in-depth exchanges with all parties"
        " towards a political settlement of the Ukrainian crisis,” the ministry said."
    )
    again = key_quotes(seed_analysed, find_quotes(seed_analysed), 3, shown=[bullet])
    assert not any("special representative" in q.text for q in again)
    assert [q.speaker for q in again] == ["Xi Jinping", "Emmanuel Macron"]
    assert len(key_quotes(seed_analysed, find_quotes(seed_analysed), 1)) == 1


def test_seed_cli_json_lists_every_quote(seed_path):
    import json

    from click.testing import CliRunner

    from briefgen.cli import main

    result = CliRunner().invoke(main, [str(seed_path), "--quotes", "all", "-f", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    brief = data[0] if isinstance(data, list) else data
    speakers = {q["speaker"] for q in brief["quotes"]}
    assert {"Xi Jinping", "Volodymyr Zelensky", "Serguiï Nykyforov", "Emmanuel Macron"} <= speakers
    text = seed_path.read_text(encoding="utf-8")
    for q in brief["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"]


# ---------------------------------------------------------------- cues


@pytest.mark.parametrize(
    ("article", "fragment", "speaker"),
    [
        (
            "Harbour master Ines Kowalczyk said “the port reopens on Monday at dawn.”",
            "port reopens",
            "Ines Kowalczyk",
        ),
        (
            "“The port reopens on Monday at dawn,” said Ines Kowalczyk, the harbour master.",
            "port reopens",
            "Ines Kowalczyk",
        ),
        (
            "“The port reopens on Monday,” Ines Kowalczyk told AFP by telephone.",
            "port reopens",
            "Ines Kowalczyk",
        ),
        (
            "“The port reopens on Monday at dawn,” according to Ines Kowalczyk.",
            "port reopens",
            "Ines Kowalczyk",
        ),
        ("Ines Kowalczyk tweeted: “The port reopens on Monday at dawn.”", "port reopens", "Ines Kowalczyk"),
        ("Mr Tomas Wang said: 'The port reopens on Monday at dawn.'", "port reopens", "Tomas Wang"),
        ("“The port reopens on Monday at dawn.” — Ines Kowalczyk", "port reopens", "Ines Kowalczyk"),
        (
            "“The port reopens on Monday,” Ines Kowalczyk barked at the crowd.",
            "port reopens",
            "Ines Kowalczyk",
        ),
        (
            "Ines Kowalczyk urged the captains to “stay in harbour until the storm has passed” on Sunday.",
            "stay in harbour",
            "Ines Kowalczyk",
        ),
    ],
)
def test_attribution_cues(analyse, article, fragment, speaker):
    assert speaker_of(analyse(article), fragment) == speaker


def test_speaker_in_the_sentence_before_a_standalone_quote(analyse):
    analysed = analyse(
        "Ines Kowalczyk spoke to reporters at the quay on Sunday. "
        "“The port reopens on Monday at dawn and the ferries will run again.”"
    )
    assert speaker_of(analysed, "port reopens") == "Ines Kowalczyk"


def test_speaker_in_the_sentence_after_a_standalone_quote(analyse):
    analysed = analyse("“The port reopens on Monday at dawn.” Ines Kowalczyk said so at the quay on Sunday.")
    assert speaker_of(analysed, "port reopens") == "Ines Kowalczyk"


def test_quote_over_paragraphs_keeps_its_speaker(analyse):
    analysed = analyse(
        "Ines Kowalczyk spoke at the quay on Sunday.\n\n"
        "“The port reopens on Monday at dawn,” she said. “The ferries will run again.\n\n"
        "“The fishing fleet will follow on Tuesday.”"
    )
    quotes = find_quotes(analysed)
    check_verbatim(analysed, quotes)
    assert all(q.speaker == "Ines Kowalczyk" for q in quotes)
    assert any("\n\n“The fishing fleet" in q.text for q in quotes)


def test_quote_interrupted_by_its_attribution_is_one_quote(analyse):
    analysed = analyse("“The port reopens on Monday,” Ines Kowalczyk said, “and the ferries will run again.”")
    (quote,) = find_quotes(analysed)
    assert quote.speaker == "Ines Kowalczyk"
    assert [analysed.text[s:e] for s, e in quote.parts] == [
        "The port reopens on Monday,",
        "and the ferries will run again.",
    ]
    check_verbatim(analysed, (quote,))


def test_a_long_attribution_sentence_still_joins_one_quote(analyse):
    analysed = analyse(
        "“I was going to vote for the ferry plan, but I never trusted it,” said Tomas Brandt, a "
        "59-year-old retired harbour pilot from Gdynia who has worked the northern quay since the "
        "1980s. “Every time the council speaks, I hear another delay.”"
    )
    (quote,) = find_quotes(analysed)
    assert quote.speaker == "Tomas Brandt"
    assert [analysed.text[s:e] for s, e in quote.parts] == [
        "I was going to vote for the ferry plan, but I never trusted it,",
        "Every time the council speaks, I hear another delay.",
    ]


def test_narration_between_two_quotes_keeps_them_apart(analyse):
    analysed = analyse(
        "“The port reopens on Monday,” said Tomas Brandt. The ferries had been idle for a month. "
        "“We will be ready.”"
    )
    assert len([q for q in find_quotes(analysed) if not q.scare]) == 2


def test_partial_quotes_and_quotes_split_by_the_sentence(analyse):
    analysed = analyse(
        "Ines Kowalczyk, the harbour master, met the fishermen on Sunday.\n\n"
        "“Patience and planning” are the “only safe course” for the fleet, she assured them.\n\n"
        "She said she hoped for “a quick repair of the northern breakwater” before winter."
    )
    quotes = find_quotes(analysed)
    check_verbatim(analysed, quotes)
    for fragment in (
        "Patience and planning",
        "only safe course",
        "a quick repair of the northern breakwater",
    ):
        assert quote_of(quotes, fragment).speaker == "Ines Kowalczyk", fragment
    assert quote_of(quotes, "northern breakwater").text == "a quick repair of the northern breakwater"
    # Woven into the reporter's sentence ("hoped for “…”"): partial, kept with its speaker,
    # a key quote only if its sentence names its speaker; a label of three words is a scare quote, never partial.
    assert quote_of(quotes, "northern breakwater").partial
    assert quote_of(quotes, "only safe course").scare and not quote_of(quotes, "only safe course").partial
    assert not quote_of(quotes, "Patience and planning").partial  # opens its own sentence
    # its speaker is "she", resolved, not named in its sentence: no key quote
    assert key_quotes(analysed, quotes, 3) == ()


def test_a_quote_after_its_speech_verb_is_direct_a_woven_one_is_partial(analyse):
    analysed = analyse(
        "Mayor Tomas Wang said “the bridge will reopen in the spring after the repairs are done.”\n\n"
        "Wang told reporters “we have the money and the crews to finish the job this year.”\n\n"
        "He added that “the crews have already started on the northern approach to the bridge.”\n\n"
        "Wang said the council had “every confidence in the engineers who designed the new span.”"
    )
    quotes = find_quotes(analysed)
    check_verbatim(analysed, quotes)
    assert not quote_of(quotes, "will reopen in the spring").partial  # straight after "said"
    assert not quote_of(quotes, "we have the money").partial  # after the listener of "told"
    assert quote_of(quotes, "already started").partial  # after "that"
    assert quote_of(quotes, "every confidence").partial  # the object of the reporter's "had"
    assert all(q.speaker == "Tomas Wang" for q in quotes)
    # direct quotes first; of the partial ones only the one whose sentence names Wang fills
    assert [q.text[:10] for q in key_quotes(analysed, quotes, 2)] == ["the bridge", "we have th"]
    assert [q.text[:10] for q in key_quotes(analysed, quotes, 4)] == [
        "the bridge",
        "we have th",
        "every conf",
    ]


# ---------------------------------------------------------------- resolution


def test_pronoun_resolves_to_the_last_compatible_person(analyse):
    analysed = analyse(
        "Maria Santos has run the port for ten years and her staff trust her.\n\n"
        "David Miller, the transport minister, visited the quay on Sunday.\n\n"
        "“The port reopens on Monday,” she said.\n\n"
        "“The ferries will wait for the weather,” he said."
    )
    quotes = find_quotes(analysed)
    assert quote_of(quotes, "port reopens").speaker == "Maria Santos"
    assert quote_of(quotes, "ferries will wait").speaker == "David Miller"


def test_gender_from_titles(analyse):
    analysed = analyse(
        "Mrs. Maria Santos met Mr. David Miller at the quay on Sunday.\n\n"
        "“The port reopens on Monday,” she said."
    )
    assert speaker_of(analysed, "port reopens") == "Maria Santos"


def test_fullest_name_without_titles(analyse):
    analysed = analyse(
        "Senator Maria Santos inspected the quay on Sunday.\n\n"
        "“The port reopens on Monday at dawn,” Santos said.\n\n"
        "President Tomas Wang visited later. “We will fund the repairs,” President Wang said."
    )
    quotes = find_quotes(analysed)
    assert quote_of(quotes, "port reopens").speaker == "Maria Santos"
    assert quote_of(quotes, "fund the repairs").speaker == "Tomas Wang"


def test_description_resolves_to_the_described_person(analyse):
    analysed = analyse(
        "Norwegian Prime Minister Ola Berg called his Danish counterpart Mette Lund on Tuesday.\n\n"
        "The Danish leader said the call was “frank and useful for both of our countries.”"
    )
    assert speaker_of(analysed, "frank and useful") == "Mette Lund"


def test_spokesman_apposition_names_the_spokesman(analyse):
    analysed = analyse(
        "Mayor Tomas Wang opened the bridge on Friday.\n\n"
        "The ceremony lasted “barely ten minutes”, Mr. Wang’s spokesman, Piotr Nowak, told reporters."
    )
    assert speaker_of(analysed, "barely ten minutes") == "Piotr Nowak"


def test_organisation_description(analyse):
    analysed = analyse(
        "The Harbour Authority of Gdynia published its annual report on Monday.\n\n"
        "“Traffic through the port grew by a tenth last year,” the authority said in a statement."
    )
    assert speaker_of(analysed, "Traffic through the port") == "Harbour Authority of Gdynia"


def test_channel_cue_gives_the_person_it_quotes(analyse):
    analysed = analyse(
        "President Tomas Wang promised that “ the republic will always stand for trade ”, "
        "state television NTV reported on Monday.\n\n"
        "“ The republic will always stand for open trade and for fair rules ”, according to the channel."
    )
    quotes = find_quotes(analysed)
    assert quote_of(quotes, "open trade and for fair rules").speaker == "Tomas Wang"


def test_channel_alone_is_the_speaker(analyse):
    analysed = analyse("“Heavy snow will close the mountain roads tonight,” state television NTV reported.")
    assert speaker_of(analysed, "Heavy snow") == "NTV"


def test_unknown_speaker_stays_none(analyse):
    analysed = analyse(
        "The storm reached the coast on Sunday night.\n\n“It was the worst night of my life,” a resident said."
    )
    assert speaker_of(analysed, "worst night") is None


# ---------------------------------------------------------------- scare quotes and key quotes


def test_scare_quotes_are_listed_but_never_key(analyse):
    analysed = analyse(
        "The council backed a “managed retreat” from the coast on Tuesday.\n\n"
        "“We cannot keep rebuilding the same houses after every storm that hits this coast,” "
        "Mayor Tomas Wang said after the vote.\n\n"
        "“It was a long night,” Wang added."
    )
    quotes = find_quotes(analysed)
    scare = quote_of(quotes, "managed retreat")
    assert scare.scare
    chosen = key_quotes(analysed, quotes, 3)
    # The full quote first; the short certain one fills a slot left empty; never the label.
    assert [q.text[:20] for q in chosen] == ["We cannot keep rebui", "It was a long night,"]
    assert chosen[0].speaker == "Tomas Wang"
    assert [q.text[:20] for q in key_quotes(analysed, quotes, 1)] == ["We cannot keep rebui"]


def test_a_label_that_ends_its_sentence_is_a_scare_quote_a_word_said_is_not(analyse):
    # North American style: the sentence's stop goes inside the closing mark.
    analysed = analyse(
        "The judge called the plan “unhealthy.” The mayor said “Yes.” She had been “very clear.”"
    )
    quotes = find_quotes(analysed)
    assert quote_of(quotes, "unhealthy").scare
    assert quote_of(quotes, "very clear").scare
    assert not quote_of(quotes, "Yes").scare


def test_quoted_terms_in_a_list_are_mentions_not_quotes(analyse):
    # the words a list names, and the slogans of signs: none is what someone told the reporter
    analysed = analyse(
        'The other words to make the list are "wrap my head around," "grapple," "optics" and '
        '"thought leader." Protesters carried signs reading “Build pipelines” and “Save our jobs.”\n\n'
        "“We are sad.” “We will rebuild the bridge,” Mayor Tomas Wang said."
    )
    quotes = find_quotes(analysed)
    for term in (
        "wrap my head around",
        "grapple",
        "optics",
        "thought leader",
        "Build pipelines",
        "Save our jobs",
    ):
        assert quote_of(quotes, term).scare, term
    # two sentences of one speaker, a space between them, are no list
    assert not quote_of(quotes, "We are sad").scare
    assert not quote_of(quotes, "We will rebuild").scare


def test_speaker_confidence_says_how_the_speaker_was_found(analyse):
    analysed = analyse(
        "Mayor Tomas Wang opened the new bridge on Tuesday.\n\n"
        "“The bridge will carry ten thousand cars a day,” Wang said.\n\n"
        "“It took us four years to get here,” he said.\n\n"
        "“We will open the cycle lane in May.”\n\n"
        "The river was calm. “Nobody expected the crowd,” said a visitor."
    )
    quotes = find_quotes(analysed)
    assert quote_of(quotes, "ten thousand").speaker_confidence == "named"
    assert quote_of(quotes, "four years").speaker == "Tomas Wang"
    assert quote_of(quotes, "four years").speaker_confidence == "resolved"
    continued = quote_of(quotes, "cycle lane")  # no new attribution: the quote before goes on
    assert (continued.speaker, continued.speaker_confidence) == ("Tomas Wang", "resolved")
    unnamed = quote_of(quotes, "Nobody expected")  # "a visitor": someone the article does not name
    assert unnamed.speaker is None and unnamed.speaker_confidence is None
    assert all(q.certain for q in key_quotes(analysed, quotes, 3))


def test_a_name_nearby_is_not_the_speaker_a_guess_is_not_shown(analyse):
    analysed = analyse(
        "The council met Ana Ruiz and the harbour board on Tuesday to discuss the sea wall repairs.\n\n"
        "“Nobody wants to pay for a wall that the next storm will knock down again.”"
    )
    quote = quote_of(find_quotes(analysed), "Nobody wants")
    assert quote.speaker_confidence in (None, "guessed")
    assert key_quotes(analysed, find_quotes(analysed), 3) == ()


def test_key_quotes_drop_near_duplicates_and_keep_article_order(analyse):
    analysed = analyse(
        "Mayor Tomas Wang presented the budget for the new harbour on Monday.\n\n"
        "“The new harbour will bring two thousand jobs to the town within five years,” Wang said.\n\n"
        "“The harbour will bring two thousand jobs to the town within five years,” he repeated later.\n\n"
        "“We have also set aside money for the old fish market and its traders,” Wang added.\n\n"
        "Harbour master Ines Kowalczyk said “the dredging of the channel starts in the spring of next year.”"
    )
    quotes = find_quotes(analysed)
    chosen = key_quotes(analysed, quotes, 3)
    assert len(chosen) == 3
    assert sum("two thousand jobs" in q.text for q in chosen) == 1
    assert [q.start for q in chosen] == sorted(q.start for q in chosen)
    assert all(q.speaker for q in chosen)


# ---------------------------------------------------------------- properties

_PIECES = st.sampled_from(
    [
        "The mayor",
        " said",
        " Ines Kowalczyk",
        " he",
        " the port",
        " reopens",
        " on Monday",
        ".",
        ",",
        ":",
        " ",
        "\n\n",
        '"',
        "'",
        "“",
        "”",
        "‘",
        "’",
        "«",
        "»",
        "’s",
        " — ",
    ]
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_PIECES, min_size=1, max_size=40).map("".join).filter(lambda t: any(c.isalpha() for c in t)))
def test_random_articles_never_raise_and_quotes_are_verbatim(analyse, text):
    from briefgen.errors import BriefgenError

    try:
        analysed = analyse(text)
    except BriefgenError:
        return  # not an article (no sentence to brief): the reader's concern, not ours
    quotes = find_quotes(analysed)
    check_verbatim(analysed, quotes)
    for q in quotes:
        for start, end in q.parts:
            assert q.start <= start < end <= q.end
    assert len(key_quotes(analysed, quotes, 3)) <= 3
