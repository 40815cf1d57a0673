"""What blind reviews 178 and 179 found, each as a general rule on the real parse: a title
before a name is no glued caption and a clause with no "and" and no comma before it is no
second clause ("…vice presidential candidate Sarah Palin sent ISIS…"); a clause opened by
"that" is what a case is, not a modifier; "the Mallorcan" points back at whoever the article
named last; two bullets giving the same exact figure say one thing. The articles paraphrase
the reviewed ones."""

from __future__ import annotations

import pytest

from briefgen.condense.compress import compress_sentence
from briefgen.types import Article


def test_a_title_before_a_name_is_no_glued_caption(briefer) -> None:
    """Review 179: "Defiance … radiates from the challenge former Alaska Gov. and Republican
    vice presidential candidate Sarah Palin sent ISIS after…" lost its opening as a caption
    glued before "Sarah Palin sent ISIS", and the bullet read "Sarah Palin sent ISIS."."""
    from briefgen.read.cleaning import glue_points

    sentence = (
        "Defiance and determination radiates from the challenge former Alaska Gov. and Republican vice "
        "presidential candidate Sarah Palin sent the cartel after she learned that the criminal gang has "
        "given its blessing to the killing of children with disabilities."
    )
    analysed = briefer.analyse([Article(sentence)])[0]
    assert glue_points(analysed.doc[:]) == []
    kept = compress_sentence(analysed.doc[:])
    assert "candidate Sarah Palin sent the cartel" in kept, kept


def test_a_case_keeps_what_it_is(analyse) -> None:
    """Review 178: "…will make the case to Democrats gathered in Philadelphia for their national
    convention[ that Clinton is uniquely qualified to be president]." The parser hung the
    "that" clause on "gathered" as an adverbial; a clause opened by "that" says what the case is."""
    sentence = (
        "The mayor, acting as a character witness for her former rival and deputy, will make the case to "
        "voters gathered in the square for the rally that the deputy is best placed to lead the council."
    )
    assert compress_sentence(analyse(sentence).doc[:]).endswith("best placed to lead the council."), sentence


def test_an_epithet_points_back_at_whoever_the_article_named_last(briefer) -> None:
    """Review 178: "Aged 18 years and 185 days, the Mallorcan became the youngest player to win
    the Davis Cup." under a brief naming only Carlos Moya credited Moya with Nadal's record."""
    from briefgen.condense.person_referents import person_epithet
    from briefgen.engines.bullet_referents import Names, lacks_referent
    from briefgen.engines.candidates import candidate_sentences

    text = (
        "Carlos Moya called Spain's Davis Cup win the highlight of his career after he beat Andy Roddick "
        "in Seville.\n\n"
        "Moya made up for missing Spain's 2000 win through injury by beating Roddick in straight sets.\n\n"
        "Rafael Nadal had set up the win by beating Roddick on the opening day.\n\n"
        "Aged 18 years and 185 days, the Mallorcan became the youngest player to win the Davis Cup.\n\n"
        "Spain's captain praised both players after the final.\n"
    )
    analysed = briefer.analyse([Article(text)])[0]
    candidates = candidate_sentences(analysed)
    k = next(n for n, c in enumerate(candidates) if "the Mallorcan" in c.text)
    span = analysed.doc.char_span(candidates[k].start, candidates[k].end, alignment_mode="expand")
    assert person_epithet(span) == "the Mallorcan"
    texts = {n: c.text for n, c in enumerate(candidates)}
    names = Names(analysed)
    assert lacks_referent(analysed, candidates, k, [0, 1], texts, "", names)
    assert not lacks_referent(analysed, candidates, k, [0, k - 1], texts, "", names)  # right after Nadal
    assert not lacks_referent(
        analysed, candidates, k, [0, 1], texts, "Nadal youngest to win Davis Cup", names
    )
    assert person_epithet(analysed.doc.char_span(candidates[0].start, candidates[0].end)) is None


@pytest.mark.parametrize(
    ("other", "repeats"),
    [
        ("Houses near the store cost an average of £354,378, which was £38,831 more than nearby.", True),
        ("Houses near a discount store cost 3 per cent less than typical prices in their regions.", False),
    ],
)
def test_the_same_exact_figure_twice_is_one_fact(analyse, other: str, repeats: bool) -> None:
    """Review 178: "…cost 12 per cent more – or £38,831 – than those…" and "…which was £38,831
    more than typical prices…" went out as two bullets."""
    from briefgen.engines.repeats import repeats as says_again

    first = "Homes with the upmarket store nearby cost 12 per cent more – or £38,831 – than homes elsewhere."
    analysed = analyse(first + "\n\n" + other)
    one, two = analysed.sentences[0], analysed.sentences[1]
    assert says_again(analysed, (two, two.text), (one, one.text)) is repeats


def test_second_fresh_eyes_review_of_round_one(analyse) -> None:
    """The code review of round one: a comparison with last year is today's news; a news page
    with a "FACEBOOK" line and a "Read More." prompt is no letters page; "A lot has changed"
    reports no event; "There is no question mark over…" is no verdict."""
    from briefgen.condense.headline import headline_options
    from briefgen.engines.ledes import reports_an_event
    from briefgen.engines.voice import writer_judges
    from briefgen.read.writers import opinion_of

    rose = analyse("House prices jumped 8% from last year in the city, according to the land registry.")
    assert headline_options(rose.doc[:])[0].split()[2] == "jump", headline_options(rose.doc[:])
    assert opinion_of("FACEBOOK\n\nFacebook shares fell 5% on Tuesday.\n\nRead More.\n") is None
    assert opinion_of("FACEBOOK.\n\nShares fell 5% on Tuesday.\n\nRead More.\n") is None
    assert not reports_an_event(analyse("A lot has changed since the last election.").doc[:])
    mark = analyse("There is no question mark over his fitness for the final.")
    assert not writer_judges(mark, mark.sentences[0])
    doubt = analyse("There was little doubt that the plan had failed.")
    assert writer_judges(doubt, doubt.sentences[0])
