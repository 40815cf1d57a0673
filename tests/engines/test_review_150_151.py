"""What blind reviews 150 and 151 found, each as a general rule on the real parse: a "he"
after a quote is its speaker, not someone the quote names; a sentence about someone the
article reveals only later is a set-up, not news; "Therefore" draws on what came before.
The articles paraphrase the reviewed ones."""

from __future__ import annotations

from briefgen.condense.person_referents import pronoun_referent
from briefgen.condense.referents import missing_referent
from briefgen.engines import get_engine
from briefgen.engines.candidates import candidate_sentences
from briefgen.quotes.speakers import build_registry

_QUOTED = (
    "Councillor Ann Moss has backed Mayor Tom Reyes in the ferry dispute since the spring.\n\n"
    "Joe Baker, the owner of the ferry company, is unapologetic about his aim. {open}I want Tom "
    "Reyes to be the next mayor of this town.{close} After all, he says, {open}I never claimed "
    "to be neutral.{close}\n"
)


def test_he_after_a_whole_quote_is_its_speaker_not_someone_it_names(analyse) -> None:
    """Review 151: "…unapologetic about his aim. ''I want Donald Trump to be the next
    president.'' After all, he says…" is Hannity, not Trump."""
    for open_, close in (("''", "''"), ("“", "”"), ('"', '"')):
        text = _QUOTED.format(open=open_, close=close)
        doc = analyse(text).doc
        start = text.index("After all")
        assert pronoun_referent(doc, start, "he", build_registry(doc)) == "Joe Baker", open_


def test_he_after_a_sentence_with_a_quote_inside_it_is_still_the_last_named(analyse) -> None:
    text = (
        "Joe Baker runs the ferry company on the island.\n\n"
        'Councillor Ann Moss said Tom Reyes was "the best mayor this town has had." He agreed.\n'
    )
    doc = analyse(text).doc
    assert pronoun_referent(doc, text.index("He agreed"), "he", build_registry(doc)) == "Tom Reyes"


_REVEAL = (
    "During the hardest weeks of the ferry strike, the owners and their friends worked the phones "
    "late into the night.\n\n"
    "But one person in the mix brings more than just his advice. He also happens to own the "
    "island's only radio station.\n\n"
    "That person is Joe Baker.\n\n"
    "Mr. Baker uses his morning show to press the owners' case against the union every day.\n\n"
    "The strike has now lasted six weeks, and the island has run short of fresh food.\n"
)


def test_a_set_up_for_someone_revealed_later_is_no_candidate(analyse) -> None:
    """Review 151: "But one person in the mix brings more than just his political advice. He
    also happens to control an hour of prime time…" set up "That person is Sean Hannity." and
    told the reader nothing."""
    texts = [s.text for s in candidate_sentences(analyse(_REVEAL))]
    assert not any(t.startswith(("But one person", "He also happens")) for t in texts), texts
    assert any(t.startswith("Mr. Baker uses") for t in texts)


def test_one_unnamed_person_is_news_when_no_reveal_follows(analyse) -> None:
    text = _REVEAL.replace("That person is Joe Baker.", "The owners met the union on Friday.")
    texts = [s.text for s in candidate_sentences(analyse(text))]
    assert any(t.startswith("But one person") for t in texts), texts


def test_therefore_draws_on_what_the_brief_has_not_said() -> None:
    reason = missing_referent(
        "Therefore any attempt to debunk the claim becomes hopeless.", ["Strike goes on"], [], False
    )
    assert reason is not None and "therefore" in reason.lower()
    hence = "Hence the name, the council said of the new bridge."
    assert missing_referent(hence, ["Bridge opens"], [], False) is not None
    # not a word inside the sentence: "the council therefore voted" says why itself
    assert (
        missing_referent("The council therefore voted to close the bridge.", ["Bridge shuts"], [], False)
        is None
    )


def test_the_brief_of_a_reveal_never_opens_on_the_set_up(analyse) -> None:
    bullets = [b.text for b in get_engine("extractive").summarize([analyse(_REVEAL)])[0].bullets]
    assert not any(b.startswith(("But one person", "He also happens", "That person")) for b in bullets), (
        bullets
    )
