"""The analysis stage parses in calls bounded by characters, with the same result as one call."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, POS, SENT_START, TAG

from briefgen.analyse.analysis import analyse as run_analysis
from briefgen.analyse.analysis import by_characters
from briefgen.read.reading import article_from_text, read_article
from support import SEED

ATTRS = [TAG, POS, DEP, HEAD, LEMMA, ENT_IOB, ENT_TYPE, SENT_START]


def test_by_characters_bounds_each_run_and_keeps_order():
    texts = ["a" * 5, "b" * 4, "c" * 30, "d" * 2, "e" * 9, "f"]
    runs = list(by_characters(texts, 10))
    assert [t for run in runs for t in run] == texts
    assert runs == [["a" * 5, "b" * 4], ["c" * 30], ["d" * 2], ["e" * 9, "f"]]
    assert all(len(run) == 1 or sum(map(len, run)) <= 10 for run in runs)
    assert list(by_characters([], 10)) == []


class Recording:
    """spaCy's pipeline, noting the characters each ``pipe`` call was given."""

    def __init__(self, nlp) -> None:
        self.nlp = nlp
        self.calls: list[list[int]] = []

    def pipe(self, texts):
        texts = list(texts)
        self.calls.append([len(t) for t in texts])
        return self.nlp.pipe(texts)


@pytest.fixture(scope="module")
def articles():
    seed = read_article(str(SEED))
    others = [
        "The harbour authority said on Monday that the port would reopen at dawn. "
        "Ferries to the islands will run again from Tuesday, officials said.",
        "Ines Kowalczyk, the mayor of Gdynia, opened the new library on Friday.\n\n"
        "“It is the city's first public building in twenty years,” she said.",
    ]
    return [seed, *[article_from_text(text) for text in others], seed]


def test_long_batches_are_parsed_in_bounded_calls_with_the_same_result(articles):
    from briefgen.analyse.nlp import load_spacy

    nlp = Recording(load_spacy())
    bound = len(articles[0].text) // 2  # the seed is over the bound: it is parsed alone
    small = run_analysis(articles, nlp=nlp, parse_chars=bound)
    assert [n for call in nlp.calls for n in call] == [len(a.text) for a in articles]
    assert all(len(call) == 1 or sum(call) <= bound for call in nlp.calls)
    assert len(nlp.calls) == 3  # seed; the two short ones together; seed

    nlp.calls.clear()
    whole = run_analysis(articles, nlp=nlp, parse_chars=10**9)
    assert len(nlp.calls) == 1
    for a, b in zip(small, whole, strict=True):
        assert np.array_equal(a.doc.to_array(ATTRS), b.doc.to_array(ATTRS))
        assert a.sentences == b.sentences
        assert a.entities == b.entities
        assert np.array_equal(a.embeddings, b.embeddings)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        (
            "The ethnic minority population in Britain will more than double by the middle of this "
            "century, research shows.",
            "shows",
            "research",
        ),
        ("The striker is discussing a loan move to Celtic, BBC Sport understands.", "understands", "Sport"),
    ],
)
def test_a_trailing_source_tagged_as_a_plural_noun_is_a_verb_with_a_subject(analyse, text, verb, subject):
    token = next(t for t in analyse(text).doc if t.text == verb)
    assert (token.pos_, token.tag_, token.dep_) == ("VERB", "VBZ", "ROOT")
    assert [c.text for c in token.children if c.dep_ == "nsubj"] == [subject]


@pytest.mark.slow
def test_a_plural_noun_that_heads_no_reported_clause_stays_a_noun(analyse):
    doc = analyse("The museum reports were published on Monday.").doc
    reports = next(t for t in doc if t.text == "reports")
    assert reports.pos_ == "NOUN"


@pytest.mark.slow
def test_the_name_after_an_opening_participle_is_the_subject(analyse):
    # review 53: parsed as the participle's apposition, the name was cut with the clause it
    # opens, and every headline kept "Bringing the high street to Sydney's Shire"
    doc = analyse(
        "Bringing the high street to Sydney's Shire, Topshop and Topman is set to launch a second store "
        "in NSW at Westfield Miranda on Thursday 16th April."
    ).doc
    subject = next(t for t in doc if t.text == "Topshop")
    assert subject.dep_ in ("nsubj", "nsubjpass") and subject.head.text == "set"
    assert doc[0].dep_ == "advcl" and doc[0].head.text == "set"
