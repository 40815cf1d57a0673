"""The headline chooser: shorter options only where nothing said is lost, and the
option a title would most likely share words with wins."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from briefgen.condense import title_words
from briefgen.condense.headline import headline_options
from briefgen.condense.wording import ends_dangling

# Each option a shorter budget offers must still say what the lead says; these name
# the defects a shorter option once had.
OPTIONS = [
    # a rate keeps its unit: "1bn a month" is not "1bn"
    (
        "Cameroon says widespread corruption in its finance ministry has cost it 1bn CFA francs a month, "
        "according to officials in Yaounde.",
        ("Cameroon says widespread corruption in finance ministry has cost it 1bn CFA francs a month",),
    ),
    # a superlative keeps its range: not "sees biggest slide"
    (
        "The stock market in Jakarta saw its biggest slide in a month on Monday as investors counted the "
        "cost of the tsunami.",
        (
            "Stock market in Jakarta sees biggest slide in a month on Monday",
            "Stock market in Jakarta sees biggest slide in a month",
            "Stock market sees biggest slide in a month on Monday as investors count cost of tsunami",
        ),
    ),
    # a content noun keeps its clause: not "denies suggestions"
    (
        "Gordon Brown's closest ally has denied suggestions there will be a Budget giveaway on 16 March.",
        ("Gordon Brown's closest ally denies suggestions there will be Budget giveaway on 16 March",),
    ),
    # a direction is the verb's argument: not "pushes Japan with IBM's machine"
    (
        "The US has pushed Japan off the top of the supercomputing chart with IBM's prototype Blue Gene/L "
        "machine.",
        (
            "US pushes Japan off top of supercomputing chart with IBM's prototype Blue Gene/L machine",
            "US pushes Japan off top of supercomputing chart",
        ),
    ),
    # a gerund clause and an "of" phrase are what the noun means
    (
        "Marcel Desailly insists there is no chance of history repeating itself when Chelsea face "
        "Barcelona on Wednesday.",
        ("Marcel Desailly insists there is no chance of history repeating itself",),
    ),
    # a relative clause without a comma says which: not "to improve way"
    (
        "Ask Jeeves has bought the Bloglines website to improve the way it handles content from web "
        "journals, or blogs.",
        (
            "Ask Jeeves bought Bloglines website to improve way it handles content from web journals",
            "Ask Jeeves bought Bloglines website to improve way it handles content",
            "Ask Jeeves bought Bloglines website",
        ),
    ),
    # a name is what the description points at: not "programme to move"
    (
        "The BBC's flagship pop music programme Top of the Pops is to move from BBC One on Fridays to "
        "Sundays on BBC Two, the corporation has announced.",
        (
            # a name in capitals keeps its "the" ("Top of the Pops"), so the whole no longer fits
            "BBC's flagship pop music programme Top of the Pops to move from BBC One on Fridays",
            "BBC's flagship pop music programme Top of the Pops to move from BBC One",
        ),
    ),
    (
        "Israel seems to be undergoing a protracted period of gloom and doom, analysts in Tel Aviv say.",
        ("Israel seems to be undergoing protracted period of gloom and doom, analysts say",),
    ),
]


@pytest.mark.parametrize(("sentence", "options"), OPTIONS)
def test_shorter_options_say_as_much(analyse, sentence: str, options: tuple[str, ...]) -> None:
    assert headline_options(analyse(sentence).doc[:]) == options


def test_options_fit_and_never_dangle(analyse) -> None:
    lead = (
        "Former Home Office minister Tom Brake has called on the government to publish its long-delayed "
        "review of the rules on police surveillance of journalists before the election in May."
    )
    options = headline_options(analyse(lead).doc[:])
    assert options and all(len(o) <= 90 and not ends_dangling(o) for o in options)
    assert len(set(options)) == len(options)


def test_expected_f1_is_shared_words_over_lengths() -> None:
    chances = {"obama": 0.9, "visits": 0.5, "kenya": 0.8}
    # 2 * (0.9 + 0.5 + 0.8 + unseen "today") / (4 words + 6 title words)
    expected = 2 * (0.9 + 0.5 + 0.8 + title_words.UNSEEN_WORD) / (4 + 6)
    assert title_words.expected_f1("Obama visits Kenya today", chances, 6) == pytest.approx(expected)
    # a past form the lead had is found by its stem: "visited" for "visit"
    assert title_words.expected_f1("Obama visited", {"obama": 1.0, "visit": 0.5}, 2) == pytest.approx(0.75)
    assert title_words.expected_f1("", chances, 6) == 0.0


def test_chooser_prefers_the_words_a_title_would_use(analyse) -> None:
    article = analyse(
        "Barcelona striker Samuel Eto'o has signed a new contract with Barcelona at the club's training "
        "ground on a wet Tuesday morning. Barcelona said Eto'o will stay until 2010. Eto'o joined "
        "Barcelona in 2004 and has scored 60 goals for Barcelona. The contract includes a buy-out clause."
    )
    span = next(iter(article.doc.sents))
    chances = title_words.title_word_probabilities(span)
    # a name the story keeps repeating is likelier in the title than a scene-setting word
    assert chances["barcelona"] > chances["wet"]
    assert chances["eto"] > chances["morning"]
    options = ("Eto'o signs new contract with Barcelona", "Eto'o signs new contract on wet Tuesday morning")
    assert title_words.choose_headline(span, options) == options[0]
    assert title_words.choose_headline(span, options[1:]) == options[1]
    assert title_words.choose_headline(span, ()) == ""


def test_pinned_weights_match_the_features() -> None:
    data = json.loads(resources.files("briefgen.condense").joinpath("title_words.json").read_text("utf-8"))
    assert tuple(data["features"]) == title_words.FEATURES
    assert len(data["weights"]) == len(title_words.FEATURES)
    assert 4 <= data["title_words"] <= 15
