"""Cleaning rules: page furniture and datelines, on lines written for the test."""

from __future__ import annotations

import pytest

from briefgen.read.cleaning import furniture_lines, glue_points, is_boilerplate, strip_dateline, tidy


def whole_lines(text: str) -> list[str]:
    """The lines :func:`furniture_lines` marks as furniture whole, as text."""
    return [text[a:b] for a, b, whole in furniture_lines(text) if whole]


@pytest.mark.parametrize(
    "line",
    [
        "Scroll down for video",
        "Click here to read more",
        "By . Jane Smith .",
        "PUBLISHED: 10:02 EST, 3 April 2015",
        "Advertisement",
        "Photo: Getty Images",
        "Flying high:",
        "OSLO, Norway, March 3 (UPI) —",
        "ST. PAUL --",
        "Follow Ian Hanchett on Twitter @IanHanchett.",
        "Here’s a look at 10 spots on the tour calendar where he is likely to win.",
        "A student told how she turned to sex work to pay her rent (picture posed by model)",
        "The man had recently returned from a holiday in Algeria (file photo)",
        # a signpost to what follows: as a bullet it says nothing
        "Here's a guide to the plan:",
        "Here are the people officially identified as having been on the flight so far:",
        # a prompt to a video or a player on the page (review 32)
        "Watch the full interview with Podesta above.",
        "Listen to the whole podcast below:",
        # an editor's note (review 34)
        "Questions and answers have been edited for length and clarity.",
        "This interview has been condensed and edited.",
        # a live file's header (review 57)
        "COLUMBIA, S.C. (AP) — The Latest on the 2016 presidential election and two crucial contests "
        "Saturday (all times are Eastern Standard Time):",
        "The Latest on the storm (all times local):",
    ],
)
def test_boilerplate(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council approved the budget on Monday.",
        "By the end of the year, prices had doubled.",
        "Scrolls found in a cave are 2,000 years old.",
        "OSLO (Reuters) - Norway's wealth fund sold its coal shares.",
        "NATO: allies agree to send more troops.",
        "Follow the money on Twitter, the senator told his supporters.",
        "Here are the facts about the vote, the clerk said.",
        "Here, an ocean away from the conflict, they aren't admitted until they are vetted.",
        "Watchdogs said the level of the river was far above normal.",
        "The interview has been postponed until Friday.",
        "The latest on the storm is that it has weakened, all times of day.",
    ],
)
def test_news_is_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("(Beijing) Chinese officials met on Monday.", "Chinese officials met on Monday."),
        ("LONDON (Reuters) - Prices rose again in May.", "Prices rose again in May."),
        ("PARIS, France (CNN) -- The museum reopened today.", "The museum reopened today."),
        (
            "DALLAS (AP) — The candidate is shifting staff to Iowa.",
            "The candidate is shifting staff to Iowa.",
        ),
        ("WASHINGTON ― The administration announced new plans.", "The administration announced new plans."),
        ("Washington – The senator has taken a swipe at rivals.", "The senator has taken a swipe at rivals."),
        # no dateline: left as it is
        ("(Mostly) harmless words stay.", "(Mostly) harmless words stay."),
        ("The vote passed.", "The vote passed."),
        ("PURCHASE, N.Y., April 1 — The race took on a testier tone.", "The race took on a testier tone."),
        ("CAMBRIDGE Dec. 11 — Young voters back the senator.", "Young voters back the senator."),
        ("NEW YORK, Jan. 5, 2020 — Markets fell sharply.", "Markets fell sharply."),
        (
            "BOSTON Mayoral 12 — race tightens as polls close.",
            "BOSTON Mayoral 12 — race tightens as polls close.",
        ),
        (
            "US President Barack Obama — in a speech — said so.",
            "US President Barack Obama — in a speech — said so.",
        ),
        # a name and an aside between dashes: the bullet would lose its subject
        (
            "Abase Hussen – who blamed police – conceded the point.",
            "Abase Hussen – who blamed police – conceded the point.",
        ),
        # an acronym in capitals and its aside (review 104), and a dateline before an aside
        (
            "EADS - Airbus' majority owner - admitted the project was over budget.",
            "EADS - Airbus' majority owner - admitted the project was over budget.",
        ),
        (
            "LONDON - The firm - a big one - said it would cut jobs.",
            "The firm - a big one - said it would cut jobs.",
        ),
        # a dash that adds to the sentence, or a score, after a dateline
        (
            "WASHINGTON — Consumer prices rose sharply in May — the biggest jump since 2008.",
            "Consumer prices rose sharply in May — the biggest jump since 2008.",
        ),
        ("LONDON (Reuters) - Arsenal beat Chelsea 2 - 1 on Sunday.", "Arsenal beat Chelsea 2 - 1 on Sunday."),
    ],
)
def test_strip_dateline(line: str, expected: str) -> None:
    assert strip_dateline(line) == expected


def test_tidy_closes_spaced_quote_marks() -> None:
    assert tidy("China is “ on the side of peace ”  today") == "China is “on the side of peace” today"
    # a double mark typed as two single ones (review 58)
    assert tidy("“We dedicate ourselves to local creators,’’ says the founder.") == (
        "“We dedicate ourselves to local creators,” says the founder."
    )
    assert tidy("the workers’ ‘fair’ share") == "the workers’ ‘fair’ share"
    assert (
        tidy("He said ‘fans chanted ‘we will win’’ all night.")
        == "He said ‘fans chanted ‘we will win’’ all night."
    )


@pytest.mark.slow
def test_glue_points_find_a_caption_run_into_the_copy(analyse) -> None:
    text = (
        "The kite weighs 200 kilograms and needs three flyers to launch it on a calm day "
        "The organisers said the festival would return next spring with even bigger kites."
    )
    doc = analyse(text).doc
    points = glue_points(doc[:])
    assert [doc[i].text for i in points] == ["The"]
    assert (
        doc[points[0] :].text
        == "The organisers said the festival would return next spring with even bigger kites."
    )


@pytest.mark.slow
def test_a_name_after_a_subordinator_is_no_glue_point(analyse) -> None:
    """Review 132: "…that she is “moaning,” like Sanders did to Mitchell, he is…" lost its
    opening to a glue point at "Sanders": the word before opens his clause."""
    doc = analyse(
        "And regardless of shared political goals, when a man tells a woman that she is “moaning,” "
        "like Sanders did to Mitchell, he is discrediting her opinion and shutting her down in "
        "public, and in this case also invalidating the particular experiences of a woman running "
        "for public office."
    ).doc
    assert glue_points(doc[:]) == []


@pytest.mark.slow
def test_a_name_after_its_common_noun_is_no_glue_point(analyse) -> None:
    """ "the journal Nature found…" is one sentence: the capital names the journal."""
    doc = analyse(
        "Recent research published in the journal Nature found that a global shift toward more "
        "plant-based eating could reduce emissions."
    ).doc
    assert glue_points(doc[:]) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "opener"),
    [
        (
            "The video begins with the dog jumping around while the bearded dragon appears "
            "disinterested The reptile then turns to face the dog.",
            "The",
        ),
        ("The car was stolen An eight-year-old boy who was asleep inside was found safe.", "An"),
        ("Smith was cleared of paying officials He insisted he had done nothing wrong.", "He"),
        # a name the parser hung on the clause before it, a finite verb after it
        (
            "Lizzi Crawford dropped over 7st after a stranger mistook her for being pregnant Lizzi "
            "had reached a size 24 dress after living on a diet of burgers.",
            "Lizzi",
        ),
        # review 53: a caption restating the lead, its subject again, whatever the parser made of it
        (
            "Germans now think of themselves as the victims of Hitler and his Nazi Regime Germans no "
            "longer see the Second World War as a defeat, it has been claimed.",
            "Germans",
        ),
    ],
)
def test_glue_points_find_a_sentence_opener_capitalised_mid_sentence(analyse, text, opener) -> None:
    """A capital "The", "An" or "He" straight after a lower-case word opens a glued sentence,
    even where the parser took it for an object ("disinterested [The reptile]")."""
    doc = analyse(text).doc
    assert [doc[i].text for i in glue_points(doc[:], strict=True)] == [opener]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "He told The Associated Press that he was leaving.",
        "The cream protects against infra-red A rays as well as sunburn.",
        "The festival opens with the French film The 10th District Court on Friday.",
        "The club's new chairman John Smith has promised to rebuild the stand.",
        "Fans who waited outside the stadium said striker Jon Lee had been the best player.",
        "The two leaders pledged to work together after a meeting Thursday aimed at unifying the party.",
        "Napster is due to launch a new rental service - dubbed Napster to Go in the UK in the next few months.",
    ],
)
def test_glue_points_leave_titles_after_a_lower_case_word_alone(analyse, text) -> None:
    assert glue_points(analyse(text).doc[:], strict=True) == []


@pytest.mark.slow
def test_a_name_in_capitals_goes_on_across_a_word_the_parser_left_out(analyse) -> None:
    text = (
        "In what might be the first time Republicans and the Black Lives Matter movement have ever "
        "agreed on anything, the group is calling on the candidate to stop pimping black votes and "
        "to call on the mayor to resign."
    )
    assert glue_points(analyse(text).doc[:]) == []


@pytest.mark.slow
def test_glue_points_find_the_copy_after_a_caption_that_ends_on_a_quote(analyse) -> None:
    """A capital after a caption's closing mark, set off by a comma before a subject and its
    verb: the copy starting again, wherever the parser hung the phrase."""
    text = (
        "Lisa Lee, 50, reportedly sent the message on March 31 under the subject line: 'Great article "
        "on writing briefs' Following a number of complaints, the college issued an apology to students."
    )
    doc = analyse(text).doc
    assert [doc[i].text for i in glue_points(doc[:], strict=True)] == ["Following"]


@pytest.mark.slow
def test_glue_points_leave_names_and_complements_alone(analyse) -> None:
    text = "Germany international Per Mertesacker insists Klopp would be a good fit with Manchester United."
    assert glue_points(analyse(text).doc[:]) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "MANCHESTER, N.H.",
        "SCOTTSDALE, Ariz. –",
        "SINGAPORE --",
        "Annabelle Liang, The Associated Press",
        "Jane Doe, The Canadian Press",
        "By John Smith, Reuters",
        "Rachel Gilmore, Power Play producer",
        "Jane Doe, Staff Writer",
        "By John Smith, Washington correspondent",
        # a credit run into its caption, a link label
        "The Canadian Press Prime Minister Justin Trudeau holds a town hall meeting on Thursday.",
        "The Canadian Press A train derailment is shown near Field, B.C. on Monday.",
        "LOOK: The best and worst Golden Globes red-carpet looks",
        "WATCH | Hurricanes power past Canucks",
        "WATCH BELOW: Best and worst dressed of the 2019 Golden Globes",
    ],
)
def test_a_dateline_or_wire_byline_alone_is_furniture(sentence):
    assert is_boilerplate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "NATO said on Friday it would act.",
        "US, UK agree trade deal.",
        "Paris, France",
        "The Associated Press reported the figures on Monday.",
        "The Canadian Press has learned that the deal is off.",
        "The Associated Press-NORC poll found most voters undecided.",
        "Look: nobody wanted this.",
        "Smith, the Associated Press reporter, was injured.",
        "Obama, Biden meet reporters",
        "Smith, a reporter for the Post, said the deal was off.",
    ],
)
def test_news_that_looks_like_a_dateline_stays(sentence):
    assert not is_boilerplate(sentence)


def test_lines_without_a_stop_are_not_copy_where_the_copy_has_stops():
    text = (
        "The council voted to close the bridge on Tuesday.\n\n"
        "Repairs would cost $4 million, the mayor said.\n\n"
        "Warning over river levels\n\n"
        "Engineers found cracks in two piers last month.\n\n"
        "The mayor explains the decision. 2:22\n\n"
        "France, Germany are the latest to close bridges over the river\n\n"
        "Traffic will divert through the town centre.\n\n"
        "Buses will run every ten minutes.\n\n"
        "The bridge opened in 1961.\n\n"
        "It carries 20,000 cars a day."
    )
    found = [(text[a:b], whole) for a, b, whole in furniture_lines(text)]
    assert found == [
        ("Warning over river levels", False),
        ("The mayor explains the decision. 2:22", True),
        ("France, Germany are the latest to close bridges over the river", False),
    ]


def test_a_box_of_unstopped_lines_does_not_hide_the_copy_around_it():
    # six summary points above the copy: without them the copy is mostly stopped lines
    points = [f"Point number {n} of the summary box" for n in range(6)]
    copy = ["The bridge closed on Tuesday.", "Repairs will cost $4 million.", "Subhead without a stop"]
    copy += [f"Engineers checked pier {n} last month." for n in range(4)]
    text = "\n\n".join(points + copy)
    found = [text[a:b] for a, b, _ in furniture_lines(text)]
    assert found == [*points, "Subhead without a stop"]


@pytest.mark.parametrize(
    "caption",
    [
        "Open this photo in gallery A worker looks inside a car at the plant in Solihull, on Jan. 30, 2017.",
        "Three artists inside the shop in Kitchener. The shop publishes anything. ( Peter Lee / Waterloo Record )",
        "The retail industry is still a solid place to start. ( Andrew Wallace / Toronto Star File Photo )",
        "A worker looks inside a car at the plant, on Jan. 30, 2017. Darren Staples/Reuters",
        "Golden said she looked for the co-worker who shared the drugs. (Steve Lawrence/CBC)",
        "Ottawa should use policy tools to encourage a plant-based diet, Jane Doe writes. ( Dreamstime )",
    ],
)
def test_a_photo_captions_paragraph_is_furniture_whole(caption):
    # the gallery prompt opens it or the credit closes it; its sentences read like news
    copy = "The plant cut 400 jobs on Tuesday.\n\nSales fell 9 per cent last year."
    for text in (f"{caption}\n\n{copy}", f"{copy}\n\n{caption}"):
        found = [(text[a:b], whole) for a, b, whole in furniture_lines(text)]
        assert found == [(caption, True)]


def test_a_pull_quote_with_its_speaker_after_the_stop_is_furniture_whole():
    copy = [
        "The storm cut power to 600,000 homes on Thursday.",
        "Crews will work around the clock, the utility said.",
        "Some areas will be without power for several more days.",
        "The mayor opened the school so residents could shower.",
    ]
    pulls = [
        "It's very bad for our senior population. Rod Peters, Lake Cowichan mayor",
        "Some areas will be without power for several more days. BC Hydro",
    ]
    text = "\n\n".join([copy[0], pulls[0], *copy[1:3], pulls[1], copy[3]])
    found = [(text[a:b], whole) for a, b, whole in furniture_lines(text)]
    assert found == [(pulls[0], True), (pulls[1], True)]


@pytest.mark.parametrize(
    "line",
    [
        "Less than 1 percent chose former Maryland Gov. Martin O’Malley.",
        "The attack left four Americans dead, including U.S. Ambassador Chris Stevens.",
        "Clinton would beat Ted Cruz but lose to Sen. Marco Rubio, R-Fla.",
        "He is treating his supporters as fools who will believe anything he says. Sad.",
        "In September, Trump did the same thing.",
    ],
)
def test_copy_ending_on_a_name_after_a_title_or_a_stop_is_no_pull_quote(line):
    """Review 172: a paragraph ending "…for Sen. Bernie Sanders." was taken for a pull quote
    with its speaker after the stop, and the lede went missing from the brief."""
    copy = [
        "The storm cut power to 600,000 homes on Thursday.",
        "Crews will work around the clock, the utility said.",
        "Some areas will be without power for several more days.",
    ]
    text = "\n\n".join([copy[0], line, *copy[1:]])
    assert furniture_lines(text) == []


@pytest.mark.parametrize(
    "note",
    [
        "Jane Doe is a lawyer specializing in food law and policy. She serves as a director at Food Justice",
        "Clark Boyd is technology correspondent for The World, a BBC World Service co-production.",
        # review 52's source: a job set off after the name, the paper's board capitalised
        "Glenn Harlan Reynolds, a University of Tennessee law professor, is a member of USA TODAY's "
        "Board of Contributors.",
        "David A. Andelman, a member of the USA TODAY Board of Contributors, is editor emeritus of a journal.",
    ],
)
def test_a_closing_note_on_the_writer_is_furniture(note):
    copy = "Good food choices should be the easy choices, the column argues at its close."
    text = f"The plant cut 400 jobs on Tuesday.\n\n{copy} {note}\n\nRead more about:\n"
    found = [(text[a:b], whole) for a, b, whole in furniture_lines(text) if whole]
    assert found == [(note, True)]


def test_a_person_the_story_is_about_is_no_note_on_the_writer():
    text = (
        "Prof Jane Doe was named children's commissioner on Tuesday.\n\n"
        "Ministers said Prof Jane Doe would strengthen the voice of children.\n\n"
        "Prof Jane Doe is a professor of paediatrics at Oxford University, trained in London."
    )
    assert whole_lines(text) == []
    # an honorific names someone the story is about, not its writer
    text = (
        "The archer turned 89 on Sunday.\n\nMr Hardy, 89, is a keen military historian who studied English."
    )
    assert whole_lines(text) == []


def test_a_post_embedded_in_markup_is_furniture_whole():
    post = (
        '<tweet id="1" author="@someone" datetime="2016-06-29">The media makes everything up! '
        "— Some One (@someone) June 29, 2016</tweet>."
    )
    text = f"The senator denied the report on Wednesday.\n\n{post}\n\nThe report came from Bloomberg."
    assert [(text[a:b], whole) for a, b, whole in furniture_lines(text)] == [(post, True)]
    assert is_boilerplate("The media makes everything up! </tweet>.")


def test_a_credit_inside_a_paragraph_does_not_make_it_a_caption():
    text = "Mr Lee (Labour/Co-op) won the seat on Thursday.\n\nTurnout was 61 per cent, officials said."
    assert furniture_lines(text) == []


def test_text_without_stops_keeps_every_line():
    text = "first line of a transcript\nsecond line\nthird line\nfourth line."
    assert furniture_lines(text) == []
    assert furniture_lines("One line only, without a stop") == []


@pytest.mark.slow
def test_an_unstopped_line_is_boilerplate_in_the_analysis(analyse):
    analysed = analyse(
        "The council voted to close the bridge on Tuesday.\n\n"
        "READ MORE: France, Germany are the latest to close bridges over the river\n\n"
        "Repairs would cost $4 million, the mayor said.\n\n"
        "Engineers found cracks in two piers last month."
    )
    news = [s.text for s in analysed.content_sentences()]
    assert news == [
        "The council voted to close the bridge on Tuesday.",
        "Repairs would cost $4 million, the mayor said.",
        "Engineers found cracks in two piers last month.",
    ]


def test_a_pull_quote_without_its_marks_is_furniture() -> None:
    # the copy quotes the line's words in marks further down: set above it, it is a design
    # element, and as a bullet it would read as the writer's own statement
    text = (
        "The city has cleared snow around the clock for twelve days.\n\n"
        "We're going to have to shovel more often.\n\n"
        "The professor said cities will have to plan for more extremes.\n\n"
        '"We\'re going to have to shovel more often."\n\n'
        "We are going to build more bike lanes, the mayor said on Monday.\n"
    )
    found = whole_lines(text)
    assert found == ["We're going to have to shovel more often."]


def test_a_pull_quote_from_inside_a_quote_with_its_speaker_after_it_is_furniture() -> None:
    # the quoted words are the second sentence of a quote, and the speaker's name follows the stop
    text = (
        '"He is a dangerous man. He has a long record of violence against strangers in three '
        'provinces. Nobody should have let him go," District Attorney Jane Hall said.\n\n'
        "The board released him in November after a hearing in Ottawa.\n\n"
        "He has a long record of violence against strangers in three provinces. District Attorney Jane Hall\n\n"
        "He will next appear in court in March, the court said.\n"
    )
    found = whole_lines(text)
    assert found == [
        "He has a long record of violence against strangers in three provinces. District Attorney Jane Hall"
    ]


def test_an_embedded_post_is_furniture() -> None:
    text = (
        "The storm cut power to thousands of homes on Thursday night.\n\n"
        "Crews are working around the clock. Some areas will be without power for days. "
        "#Storm pic.twitter.com/abc123 — Harbour Power (@harbourpower) December 22, 2018\n\n"
        "The utility said more than 800 workers were in the field on Saturday.\n"
    )
    found = whole_lines(text)
    assert len(found) == 1 and found[0].startswith("Crews are working")


@pytest.mark.slow
def test_a_stop_the_parser_ran_over_is_no_glue_point_before_it(analyse) -> None:
    """ "…who they've now named Big Ben. Suffolk black lamb Jean is…" (review 56): the capital
    before the stop names the lamb; a clause from it would open "Big Ben. Suffolk…"."""
    text = (
        "He was so big that it took three helpers to deliver the young lamb near Melton Mowbray, "
        "Leicestershire, who they've now named Big Ben. Suffolk black lamb Jean is seven years old "
        "but Ben is twice the weight of all his brothers and sisters born before him."
    )
    doc = analyse(text).doc
    sentence = next(s for s in doc.sents if "Big Ben" in s.text)
    assert not any(doc[i].text == "Big" for i in glue_points(sentence))


def test_an_appended_correction_and_the_words_it_corrects_are_no_copy():
    # review 66: a bullet repeated the show's name that the appended correction said was wrong
    text = (
        "CORRECTION APPENDED.\n\n"
        "Few things have given Mr. Trump more mileage than his fleet of aircraft.\n\n"
        "One of his helicopters made CNBC's ''Super Lives of the Super Rich'' in a segment.\n\n"
        "The Trump campaign did not respond to several questions about the aircraft.\n\n"
        "Mr. Trump said on Saturday that his 757 was a truly great aircraft for a campaign.\n\n"
        "CORRECTION:\n\n"
        "Because of an editing error, an article misstated the name of a television program. "
        "It was CNBC's ''Secret Lives of the Super Rich,'' not ''Super Lives of the Super Rich.''\n\n"
        "Tuesday, May 3, 2016."
    )
    found = whole_lines(text)
    assert "CORRECTION APPENDED." in found
    assert any(f.startswith("One of his helicopters") for f in found)
    assert any(f.startswith("CORRECTION:") and f.endswith("May 3, 2016.") for f in found)
    assert not any(f.startswith(("Few things", "The Trump campaign", "Mr. Trump said")) for f in found)


def test_a_correction_that_quotes_what_the_article_reported_marks_it_wrong():
    # review 136: "…reported that she had ''talked openly on social media''…" and the copy
    # saying so was a bullet; the words the note quotes from someone else are not the error
    text = (
        "CORRECTION APPENDED.\n\n"
        "Mary Hall passed three background checks as she moved to Rivertown in May.\n\n"
        "None uncovered that she talked openly on social media about her plans.\n\n"
        "Officials do not routinely review social media during background checks.\n\n"
        "The agency said it sent direct, private messages to every applicant this year.\n\n"
        "CORRECTION:\n\n"
        "Editor's Note: An article on Monday about Mary Hall, of Rivertown, Ore., based on accounts "
        "from officials, reported that she had ''talked openly on social media'' about her plans. On "
        "Wednesday, the director, John B. Reed, said that her messages were ''direct, private messages.''"
    )
    found = whole_lines(text)
    assert any(f.startswith("None uncovered") for f in found)
    assert not any(f.startswith(("Mary Hall passed", "Officials do not", "The agency said")) for f in found)


def test_an_update_note_at_the_top_is_one_line_of_furniture():
    text = (
        "This story has been updated to include comments from the campaign.\n\n"
        "The senator said on Monday that she would run again in the autumn election.\n\n"
        "Her rival said the decision was expected and welcomed the contest ahead.\n\n"
        "Voters in the district will go to the polls in November for the first time."
    )
    found = whole_lines(text)
    assert found == ["This story has been updated to include comments from the campaign."]


def test_a_correction_names_what_it_corrects_only_by_a_quoted_phrase():
    # a year or a lone word is in too much of the copy to tell the wrong mention from the right
    copy = [
        "Mr. Ackman began buying shares of the company in 2014, a filing shows in full.",
        "In 2014 he also teamed up with the company in a joint takeover effort that failed.",
        "Critics said his bet on ''Breakfast at Tiffany's'' was a costly mistake for the fund.",
    ]
    correction = (
        "An article misstated a year. It was 2015, not 2014. The film was "
        "''Roman Holiday,'' not ''Breakfast at Tiffany's.''"
    )
    note = "Editor's note: a longer version appears in print."
    text = "\n\n".join([*copy, note, *(copy[:1] * 3), "CORRECTION:", correction])
    found = whole_lines(text)
    assert copy[2] in found  # the quoted title, apostrophe and all
    assert copy[1] not in found  # the year alone marks nothing
    assert "Editor's note: a longer version appears in print." in found  # a note in the top half
