"""What the forty-fifth session's blind reviews, code review and development dump found, each as a
general rule on the real parse. The sentences paraphrase the reviewed ones."""

from __future__ import annotations

from briefgen.condense.descriptions import bare_quantifier
from briefgen.condense.shed import shed_settings


def test_a_shed_phrase_leaves_the_and_of_the_next_clause(analyse) -> None:
    """Code review of b2652aa: the parser may hang the "and" that joins the next clause on the
    shed phrase's noun ("arrested the suspect[ at his home in Leeds and] detectives searched…");
    the phrase goes, the "and" stays."""
    span = analyse(
        "Police arrested the suspect at his home in Leeds and detectives searched the property for several "
        "hours on Tuesday, officials said."
    ).doc[:]
    shed = shed_settings(span, 17, 17)
    assert shed is not None and "the suspect and detectives searched" in shed
    assert "suspect detectives" not in shed


def test_a_bare_count_in_figures_points_back(analyse) -> None:
    """Code review of b2652aa: "3 remain in hospital" and "Seven remain missing" count what a
    sentence before named, as "Two were arrested" does; a year or a counted noun is no such count."""
    for bare in (
        "3 remain in hospital, police said.",
        "Seven remain missing after the storm.",
        "1,200 have signed the petition since Monday.",
    ):
        assert bare_quantifier(analyse(bare).doc[:]), bare
    for named in (
        "2015 was the warmest year on record.",
        "20 people were hurt in the blast.",
        "Four of the victims were children.",
    ):
        assert not bare_quantifier(analyse(named).doc[:]), named


def test_a_pro_verb_stands_for_an_action_before(analyse) -> None:
    """Run 211: "Ireland coach Eddie O'Sullivan appears to have done that quite successfully…":
    done what, only the sentence before says; "cut taxes and did so" names its own."""
    from briefgen.condense.pro_forms import pro_verb

    for leaning in (
        "The coach appears to have done that quite successfully in the run-up to the championship.",
        "The minister said he would do so before the end of the month.",
        "If you do so, the company will refund the cost of the ticket.",
    ):
        assert pro_verb(analyse(leaning).doc[:]), leaning
    for whole in (
        "He promised to cut taxes and did so within a year of taking office.",
        "Officials did that job for years without a single complaint.",
        "What they did was remarkable, the coach said after the game.",
    ):
        assert not pro_verb(analyse(whole).doc[:]), whole


def test_time_spent_keeps_what_it_was_spent_on(analyse) -> None:
    """Run 211: "From a microphone in the back of a pickup, speakers took turns[ urging the crowd
    to focus on…]": shed, the turns are at nothing."""
    span = analyse(
        "From a microphone in the back of a pickup, speakers took turns urging the crowd to focus on the plight "
        "of minorities -- black, brown and indigenous people -- who have been killed in confrontations with police."
    ).doc[:]
    for limit in (35, 30):
        shed = shed_settings(span, limit, limit)
        assert shed is None or "took turns urging" in shed


def test_a_nationality_does_not_make_a_show_a_person(briefer) -> None:
    """Run 211: "Pop Idol supremo Simon Fuller has sold…" was passed over as naming "American Idol"
    by one word: the recogniser took "Idol" for a person, and a name ending on it became one."""
    from briefgen.types import Article, Source

    text = (
        "Pop Idol supremo Simon Fuller has sold his entertainment company to a US entrepreneur in a large deal. "
        "Mr Fuller has been appointed to the new board and will plan the company's creative strategy. "
        "Mr Fuller was the creative drive behind Pop Idol and its US offspring American Idol. "
        "The company was set up 15 years ago by Mr Fuller, who named it after his first successful single."
    )
    brief = briefer.brief(Article(text, Source(title="Music mogul Fuller sells company")))
    assert brief.bullets[0].text.startswith("Pop Idol supremo Simon Fuller has sold")


def test_a_definite_thing_after_only_its_plural(briefer) -> None:
    """Run 211: "The train sped up to well over the limit…" under a bullet about "all trains":
    which train, only the sentence before says; and run 210: "[But] the reaction was more muted
    in Washington" (to the image the sentence before described)."""
    from briefgen import article_from_text
    from briefgen.condense.descriptions import unintroduced_description

    train = briefer.analyse(
        [
            article_from_text(
                "The minister ordered handbrakes on all trains. A freight train was parked on a grade. "
                "The train sped up to well over the limit before it left the tracks."
            )
        ]
    )[0]
    span = train.span_of(train.sentences[2])
    before = train.text[: train.sentences[2].start]
    context = {"the", "minister", "ordered", "handbrakes", "on", "all", "trains"}
    assert unintroduced_description(span, before, context, names_an_org=False, names_a_person=False)
    assert not unintroduced_description(
        span, before, context | {"train"}, names_an_org=False, names_a_person=False
    )
    reaction = briefer.analyse(
        [
            article_from_text(
                "The image of a wounded boy reverberated around the world last month. "
                "But the reaction was more muted in Washington, where the war has become a distant disaster."
            )
        ]
    )[0]
    span = reaction.span_of(reaction.sentences[1])
    before = reaction.text[: reaction.sentences[1].start]
    assert unintroduced_description(
        span, before, {"obama", "met", "putin"}, names_an_org=False, names_a_person=True
    )


def test_a_cut_keeps_what_comments_were_about(analyse) -> None:
    """Run 210: "…as Patti Davis, Ronald Reagan's daughter, attacked Trump for comments made this
    week[ about Hillary Clinton and the Second Amendment]": what the comments were about, and what
    he was attacked for, are the news."""
    from briefgen.condense.compress import compress_sentence

    span = analyse(
        "The drumbeat of high-profile names from the party's past denouncing the nominee Donald Trump grew louder "
        "Wednesday as Patti Davis, Ronald Reagan's daughter, attacked Trump for comments made this week about "
        "Hillary Clinton and the Second Amendment."
    ).doc[:]
    assert "comments made this week about Hillary Clinton and the Second Amendment" in compress_sentence(span)


def test_one_side_of_a_contrast_is_no_bullet(analyse) -> None:
    """Run 210: "On one side you have Islamic State-as-Nazism arguments." points at the sentence
    that gives the other side."""
    from briefgen.engines.ledes import teaser

    for text, expected in (
        ("On one side you have the arguments that the group is like the Nazis.", True),
        ("On the one hand, the plan would cut costs for families across the region.", True),
        ("On one side of the river, the houses were flooded to the roof.", False),
        ("On the one hand it saves money; on the other it costs jobs in the region.", False),
    ):
        item = analyse(text)
        assert teaser(item.sentences[0], item.span_of(item.sentences[0])) is expected, text


def test_code_review_of_the_session_44_close(briefer, analyse) -> None:
    """The fresh-eyes review of 19360d5: a shed clause that ends what is kept; "it" after a plural
    thing that is no people ("Factory orders fell…"), and after people expecting a thing; "the two
    of them" after a pair of days, or after a counted noun; "so far behind that…"; a superlative
    two words down ("the most closely watched race")."""
    from briefgen import article_from_text
    from briefgen.condense.descriptions import unbound_it
    from briefgen.condense.meaning_words import ranked_noun
    from briefgen.condense.referents import missing_referent
    from briefgen.engines.bullet_referents import lacks_referent
    from briefgen.engines.candidates import candidate_sentences
    from briefgen.engines.extractive import Names

    span = analyse(
        "The prime minister resigned from his post in the capital on Friday as thousands of angry protesters "
        "filled the streets"
    ).doc[:]
    shed_settings(span, 12, 40)  # no crash when the clause is the last thing kept
    orders = analyse("Factory orders fell sharply in March after the strike at the port.").doc[:]
    drop = analyse("It was the steepest drop since the last recession.").doc[:]
    assert unbound_it(drop, orders, {"the", "strike"})
    analysts = analyse("Analysts expect the jobs report to show strong growth.").doc[:]
    due = analyse("It is due out on Friday morning.").doc[:]
    assert not unbound_it(due, analysts, {"jobs", "report"})
    assert unbound_it(due, analysts, {"economy"})
    assert (
        missing_referent("The ruling party fell so far behind that voters abandoned it.", ["Poll"], [], False)
        is None
    )
    span = analyse("It was the most closely watched race in the country this year.").doc[:]
    assert ranked_noun(next(t for t in span if t.text == "race"))

    def lacks(text: str, k: int) -> bool:
        item = briefer.analyse([article_from_text(text)])[0]
        candidates = candidate_sentences(item)
        texts = {j: c.text for j, c in enumerate(candidates)}
        return lacks_referent(item, candidates, k, [], texts, "Campaign news", Names(item))

    opening = "The vice president and the senator rallied for the nominee in Pennsylvania on Friday.\n\n"
    assert lacks(
        opening
        + "Aides to the nominee and the president gave interviews. On Monday and Tuesday, aides said they "
        "do not expect to see the two of them on the same stage much more.",
        2,
    )
    assert not lacks(
        opening
        + "A fire broke out at the depot. Two firefighters were injured while tackling the blaze, and both "
        "of them were taken to hospital with burns.",
        2,
    )


def test_seize_keeps_what_is_seized_on(analyse) -> None:
    """The round's dump: "…have seized[ on the public health crisis] to attack each other for not
    doing enough…" once the "for" of "attack" stayed; "seize on" is "focus on", not a setting. Its
    other phrases are: "will seize land owned by a British company[ as part of the reform]"."""
    from briefgen.condense.completions import cut_completion

    span = analyse(
        "As the number of virus cases grows in Florida, the leading candidates in the state's closely watched "
        "Senate race have seized on the public health crisis to attack each other for not doing enough to fight "
        "the problem."
    ).doc[:]
    shed = shed_settings(span, 35, 35)
    assert shed is None or "seized on the public health crisis" in shed
    span = analyse(
        "Venezuelan authorities have said they will seize land owned by a British company as part of the reform."
    ).doc[:]
    kept = _words_before(span, "as part of")
    assert cut_completion(kept, [t for t in span if t.i not in kept]) is None
    kept = _words_before(span, "land owned")
    assert cut_completion(kept, [t for t in span if t.i not in kept]) is not None  # what is seized


def _words_before(span, words: str) -> set[int]:
    start = span.doc.text.index(" " + words) + 1
    return {t.i for t in span if t.idx < start}


def test_runs_212_213_and_the_code_review_of_4962621(briefer, analyse) -> None:
    """Run 213: "The goal of the game, according to Investopedia.com, is to bluff…" (Liar's Poker,
    which the brief never named): a source is no phrase that says which. The review of 4962621: a
    cut inside a dash aside after the statement ("…on Thursday -- the first time[ she has broken
    with her party…]"); "Two years ago, the two of them…"; "Sales are expected to fall…" are no
    people; "far beyond that limit" points back; "According to the report, … did that…"; "9/11"."""
    from briefgen import article_from_text
    from briefgen.condense.compress import compress_sentence
    from briefgen.condense.descriptions import unbound_it, unintroduced_description
    from briefgen.condense.pro_forms import pro_verb
    from briefgen.condense.referents import missing_referent
    from briefgen.engines.bullet_referents import lacks_referent
    from briefgen.engines.candidates import candidate_sentences
    from briefgen.engines.extractive import Names

    item = briefer.analyse(
        [
            article_from_text(
                "The senator played a card game called Liar's Poker, a game where players use dollar bills. "
                "The goal of the game, according to a finance website, is to bluff the other players."
            )
        ]
    )[0]
    span, start = item.span_of(item.sentences[1]), item.sentences[1].start
    assert unintroduced_description(
        span, item.text[:start], {"senator"}, names_an_org=False, names_a_person=True
    )
    span = analyse(
        "The senator voted against the bill in the committee hearing on Thursday afternoon -- the first time she "
        "has broken with her party on a vote of any kind this year."
    ).doc[:]
    for limit in (16, 18, 20):
        assert "the first time." not in compress_sentence(span, limit, limit)
    sales = analyse("Sales are expected to fall sharply in the fourth quarter.").doc[:]
    drop = analyse("It would be the steepest drop since the recession.").doc[:]
    assert unbound_it(drop, sales, {"the", "quarter", "company"})
    assert missing_referent("The company has now pushed far beyond that limit.", ["Sales"], [], False)
    for leaning in (
        "According to the report, the company did that without approval from regulators.",
        "The minister, who was appointed last year, said he would do so before the end of the month.",
    ):
        assert pro_verb(analyse(leaning).doc[:]), leaning
    from briefgen.condense.descriptions import bare_quantifier

    assert not bare_quantifier(analyse("9/11 changed the way Americans think about security.").doc[:])
    text = (
        "The founders sold their company to a large rival this week.\n\nIts founders met at college. "
        "Two years ago, the two of them founded the company in a garage in Austin."
    )
    item = briefer.analyse([article_from_text(text)])[0]
    candidates = candidate_sentences(item)
    texts = {j: c.text for j, c in enumerate(candidates)}
    k = next(j for j, c in enumerate(candidates) if "two of them" in c.text)
    assert lacks_referent(item, candidates, k, [], texts, "Founders sell company", Names(item))
