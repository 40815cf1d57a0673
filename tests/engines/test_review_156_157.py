"""What blind reviews 156 and 157 found, each as a general rule on the real parse: a headline
cut from a sentence introduces nothing that sentence lacks; an archive export's deck is
headline matter, not a bullet; "In fact," goes like "However,"; a headline never
opens on "those sectors" or keeps a verb whose subject it cut. The articles paraphrase the
reviewed ones."""

from __future__ import annotations

import pytest

from briefgen import Source
from briefgen.condense.compress import BULLET_MAX_WORDS, compress_sentence
from briefgen.condense.faithful import unfaithful_headline
from briefgen.condense.headline import headline_options
from briefgen.condense.shed import shed_settings
from briefgen.engines import get_engine
from briefgen.engines.candidates import candidate_sentences, headline_lead
from briefgen.engines.headline_sources import sourced_options
from briefgen.engines.ledes import demonstrative_subject
from briefgen.read.furniture import deck_end
from briefgen.types import Article

_STORY = (
    "Donald Trump could be deserted by more than 100 delegates after the first ballot, a survey "
    "of party insiders shows.\n\n"
    "A story by the website Politico says that more than a hundred delegates are poised to break "
    "with him on a second ballot.\n\n"
    "The story also noted that only one of the 168 committee members publicly supports Trump.\n\n"
    "Party officials are accelerating plans to deal with a contested convention in Cleveland.\n\n"
    "Reince Priebus, the party chairman, announced a website to explain the process this week.\n"
)


def test_a_headline_cut_from_a_sentence_does_not_introduce_what_it_leans_on(briefer) -> None:
    """Review 157: "Story notes only one of 168 Republican National Committee members…" over
    the bullet "The story also noted that only one…": which story, neither says."""
    title = "Story notes only one of 168 committee members publicly supports Trump"
    analysed = briefer.analyse([Article(_STORY, Source(title=title))])[0]
    (summary,) = get_engine("extractive").summarize([analysed])
    assert summary.headline == title
    assert not any(b.text.startswith("The story") for b in summary.bullets), summary.bullets


_EXPORT = (
    "Email inquiry bruises candidate's efforts to dispel mistrust.\n\n"
    "ABSTRACT.\n\n"
    "The Democratic candidate's shifting explanations for her use of a private server appear to "
    "raise trust issues among voters.\n\n"
    "FULL TEXT.\n\n"
    "Hillary Clinton has emerged from the F.B.I. investigation into her email practices a wounded "
    "candidate, with a growing majority of voters saying she cannot be trusted, a new poll shows.\n\n"
    "As Mrs. Clinton prepares to accept her party's nomination, 67 percent of voters say she is "
    "not honest and trustworthy.\n\n"
    "That number is up five percentage points from a poll conducted last month.\n"
)


def test_an_archive_exports_deck_is_no_bullet(analyse) -> None:
    """Review 156: "Ad blitz planned; romney to speak out." and "Candidate is expected to need
    Silicon Valley's help…" are a headline's second line, not a statement of the news; the
    paper's abstract after its label is (it names what it is about)."""
    analysed = analyse(_EXPORT)
    assert analysed.text[deck_end(analysed.text) :].startswith("ABSTRACT.")
    texts = [s.text for s in candidate_sentences(analysed)]
    assert not any(t.startswith("Email inquiry") for t in texts), texts
    assert any(t.startswith("Hillary Clinton has emerged") for t in texts)
    # the deck still gives the headline when no title does
    assert headline_lead(analysed).text.startswith("Email inquiry bruises")


def test_deck_end_is_zero_without_an_export_label() -> None:
    assert deck_end("Ministers met on Monday.\n\nThe full text of the speech follows.\n") == 0


def test_in_fact_goes_like_however(analyse) -> None:
    """Review 156: "In fact, the numbers of people not taking and sending pictures, audio and
    video is growing." leans on a sentence the brief leaves out; the parser hangs "In" on the
    verb of the subject's clause."""
    sentence = "In fact, the numbers of people not taking and sending pictures, audio and video is growing."
    span = analyse(sentence).doc[:]
    assert compress_sentence(span, BULLET_MAX_WORDS, 40) == (
        "The numbers of people not taking and sending pictures, audio and video is growing."
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Those sectors are the best bets for young people looking for a first job.", True),
        ("And employers in all those industries are looking for the same skills.", True),
        ("That soft flapping sound you hear is the party waving the flag of surrender.", False),
        ("This year's festival drew more than 10,000 people to the harbour.", False),
        ("The retail sector employed 226,000 young people in Ontario in 2017.", False),
    ],
)
def test_a_subject_that_points_back_is_no_headline(analyse, sentence: str, expected: bool) -> None:
    """Review 157: "Those sectors are the best bets…" says which sectors only after a sentence
    before it; "That sound you hear" says which itself."""
    assert demonstrative_subject(analyse(sentence).doc[:]) is expected


_NUMBERS = (
    "According to the most recent numbers from Statistics Canada, the unemployment rate of young "
    "Canadians is more than double the national average."
)


def test_a_headline_keeps_the_subject_the_parser_hung_on_a_source(analyse) -> None:
    """Review 157: the parser hangs "the unemployment rate" on "Canada" as an apposition, and
    a cut of the source's phrase left "According to most recent numbers is more than double
    national average"."""
    span = analyse(_NUMBERS).doc[:]
    garbled = "According to most recent numbers is more than double national average"
    assert unfaithful_headline(span, garbled) is not None
    assert garbled not in sourced_options(span, headline_options(span))
    # a subject the parser found is not asked for again
    whole = analyse("The unemployment rate of young Canadians is more than double the national average.").doc[
        :
    ]
    assert (
        unfaithful_headline(
            whole, "Unemployment rate of young Canadians is more than double national average"
        )
        is None
    )


_DECK = (
    "With key states ahead, candidates make effort to appear more dignified.\n\n"
    "ABSTRACT.\n\n"
    "Neither Donald J. Trump nor his rivals showed much of an appetite for a fight in their last "
    "debate before votes in Florida, Ohio and elsewhere.\n\n"
    "FULL TEXT.\n\n"
    "After 11 bitter debates, the two main rivals to Donald J. Trump on Thursday night largely "
    "dropped their strategy of attacking him, choosing instead to use their last meeting before "
    "next week's big Republican primaries to project gravitas and argue conservative positions on "
    "trade, jobs and Israel.\n\n"
    "Senator Marco Rubio of Florida, whose campaign is at stake in his state's primary on Tuesday, "
    "passed up easy chances to challenge Donald Trump in the Republican debate on immigration and "
    "visas, and he stopped "
    "mocking the front-runner after his recent jabs backfired. "
    "Senator Ted Cruz of Texas, who is second to Mr. Trump in many states, stuck to policy at "
    "first but slowly turned tougher against Mr. Trump. ''If we nominate Donald Trump, Hillary "
    "wins,'' Mr. Cruz said.\n\n"
    "But much of the debate was so calm that Mr. Trump said, ''So far, I cannot believe how civil "
    "it's been up here.''\n"
)


def test_an_archive_exports_deck_is_its_headline_not_a_scene(analyse) -> None:
    """A deck that names no one is the paper's own headline matter: the copy after it does not
    replace it as a scene-setting lede's would be (measured on the titled articles)."""
    (summary,) = get_engine("extractive").summarize([analyse(_DECK)])
    assert summary.headline.startswith(("With key states ahead", "Candidates make effort")), summary.headline


_HACKER = (
    "During an interview with correspondent Ann Moss for “Island Report” broadcast on Wednesday’s "
    "“Evening News,” Joe Baker, the hacker known as “Ferryman,” stated that he had full access to "
    "the port authority’s email server, which he described as “like an open door.”"
)


def test_a_long_lede_sheds_the_occasion_before_its_subject(analyse) -> None:
    """Review 157's dump: a 50-word lede opening on "During an interview with … for “Dateline”
    broadcast on “MSNBC Live,”" fitted no bullet, and the brief had none. The occasion goes,
    with the show's quoted names; what the hacker said stays whole."""
    span = analyse(_HACKER).doc[:]
    assert shed_settings(span, BULLET_MAX_WORDS, 35) == (
        "Joe Baker, the hacker known as “Ferryman,” stated that he had full access to the port "
        "authority’s email server, which he described as “like an open door.”"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        # a condition and a source are no occasion
        "If the port authority fails to patch its email server before the end of the month, Joe Baker, "
        "the hacker known as “Ferryman,” says he will publish every message it holds on his website.",
        "In the poll of 2,000 island residents conducted for the council by the university last month, "
        "a majority of the people who live on the island said that the ferry service should be run by the port.",
    ],
)
def test_a_condition_or_a_source_before_the_subject_is_not_shed(analyse, sentence: str) -> None:
    shorter = shed_settings(analyse(sentence).doc[:], 25, 25)
    assert shorter is None or shorter.startswith(sentence[:12]), shorter


def test_a_fronted_clause_is_not_shed_when_an_apposition_hangs_after_it(analyse) -> None:
    """ "[As China builds fortified islands in the South China Sea], a strategic waterway long
    dominated by the United States, it is his job…": the parser leaves the apposition out of the
    clause, and shedding the clause would strand it at the front."""
    sentence = (
        "As Russia builds heavily armed bases in the Barents Sea, a shipping lane long controlled by "
        "Norway, it is his job, he said, to warn parliament, the Norwegian public and allies abroad "
        "about the danger."
    )
    shorter = shed_settings(analyse(sentence).doc[:], 25, 25)
    assert shorter is None or not shorter.startswith("A shipping lane"), shorter


@pytest.mark.parametrize(
    ("sentence", "refused"),
    [
        # who "she" is goes with the opening
        (
            "During Angela Merkel's 16 years as chancellor of Germany and leader of the Christian Democratic "
            "Union, she met the Chinese president more than a dozen times and visited the country on twelve "
            "occasions, her office said.",
            "She met",
        ),
        # a time that bounds a state, a question put, an adjustment: not an occasion
        (
            "Before the land reforms of the 1990s took effect across the country, women in the region could "
            "not legally own or inherit farmland, houses or any other kind of property, the report says.",
            "Women in the region",
        ),
        (
            "Asked whether the central bank would raise interest rates again before the end of the year, the "
            "governor told reporters at a news conference in Frankfurt on Thursday that it was likely.",
            "The governor",
        ),
        # a quote the opening runs into is someone's words, not a title
        (
            'After the long and bitter vote in the regional parliament on the future of the coal mines, "the '
            'people have spoken and we will respect their decision," the senator said.',
            "The people have spoken",
        ),
    ],
)
def test_an_opening_that_is_no_occasion_is_not_shed(analyse, sentence: str, refused: str) -> None:
    """Fresh-eyes review of round one: an opening phrase goes only when it tells on what
    occasion something was said, and nothing after it leans on it."""
    shorter = shed_settings(analyse(sentence).doc[:], 25, 25)
    assert shorter is None or not shorter.startswith(refused), shorter


def test_a_setting_shed_before_a_trailing_source_keeps_its_comma(analyse) -> None:
    sentence = (
        "The two sides signed a series of trade and investment deals worth more than three billion euros "
        "during the two-day visit to the capital by the delegation, officials in both countries said."
    )
    shorter = shed_settings(analyse(sentence).doc[:], 25, 25)
    assert shorter is not None and shorter.endswith(", officials in both countries said."), shorter


def test_a_speech_participle_sets_the_occasion(analyse) -> None:
    sentence = (
        "Speaking to reporters outside the court in central London after the hearing on Thursday afternoon, "
        "the lawyer for the family of the victim said they would appeal the ruling."
    )
    assert (
        shed_settings(analyse(sentence).doc[:], 25, 25)
        == "The lawyer for the family of the victim said they would appeal the ruling."
    )


def test_a_subject_hung_elsewhere_is_kept_after_an_auxiliary_too(analyse) -> None:
    sentence = (
        "According to the most recent numbers from Statistics Canada, the unemployment rate of young "
        "Canadians has been more than double the national average."
    )
    span = analyse(sentence).doc[:]
    assert all(
        not o.startswith("According to most recent numbers")
        for o in sourced_options(span, headline_options(span))
    )


def test_in_part_is_a_hedge_not_an_opener(analyse) -> None:
    sentence = (
        "In part, the decline reflects the closure of two large plants in the north of the country last year."
    )
    assert compress_sentence(analyse(sentence).doc[:], BULLET_MAX_WORDS, 5).startswith("In part,")


def test_a_lead_that_points_back_gives_no_headline(analyse) -> None:
    """Review 157: "Those sectors are the best bets for youth…" came after a question lede and
    gave the headline's lead; the next statement that names its subject does."""
    text = (
        "Looking for a job, kid? Try a store, a bank or a hospital.\n\n"
        "Those sectors are the best bets for young people looking for a first job, a new study says.\n\n"
        "The retail sector in Ontario employed 226,000 young people in 2017, according to the study by "
        "the civic group.\n"
    )
    assert not headline_lead(analyse(text)).text.startswith("Those sectors")


def test_a_subject_the_parser_hung_on_a_caption_still_counts(analyse) -> None:
    """A caption run into the copy makes the parser hang "A jilted lover" on it: the kept
    subject is still the headline's, and "Jilted lover jailed" reads whole."""
    text = (
        "Jason Cotterill, 42, pictured outside court, bombarded his ex-partner with abuse A jilted lover who "
        "sent explicit images of his ex-partner to her daughter and set up 67 Facebook profiles to bombard "
        "her with abuse has been jailed. Jason Cotterill, 42, plagued his victim with abusive messages over "
        "the internet after she tried to end their relationship. Cotterill knew his victim from childhood, "
        "the court heard.\n"
    )
    analysed = analyse(text)
    lead = headline_lead(analysed)
    span = analysed.doc.char_span(lead.start, lead.end, alignment_mode="expand")
    assert unfaithful_headline(span, "Jilted lover jailed") is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "However she is well aware of the risks she is taking and says she takes precautions.",
            "She is well aware of the risks she is taking and says she takes precautions.",
        ),
        (
            "However hard he tried, the minister could not persuade the party to back the plan.",
            "However hard he tried, the minister could not persuade the party to back the plan.",
        ),
    ],
)
def test_however_without_its_comma_goes_unless_it_is_a_degree(analyse, sentence: str, expected: str) -> None:
    assert compress_sentence(analyse(sentence).doc[:], BULLET_MAX_WORDS, 40) == expected
