"""Speakers found from the context of a quote: colon introductions, the paragraph before,
appositions and names the recogniser got partly wrong (real spaCy parses)."""

from __future__ import annotations

from briefgen.quotes import find_quotes
from briefgen.quotes.speakers import build_registry
from support import quote_of


def test_a_clause_ending_on_a_colon_names_the_speaker(analyse):
    analysed = analyse(
        "Doctors in the province have long warned about the drugs.\n\n"
        "Martell, the addictions doctor on the South Shore, is more blunt: "
        '"With this new monitoring, I think they are going to uncover things that are horrifying."'
    )
    quote = quote_of(find_quotes(analysed), "new monitoring")
    assert quote.speaker == "Martell"
    assert quote.speaker_confidence == "named"


def test_the_one_person_the_paragraph_before_is_about_is_a_guess(analyse):
    analysed = analyse(
        "Carole Laurin had to give up her career after the stroke.\n\n"
        "Still, even with her pension, Laurin lost about 40 per cent of her income. "
        "And there was also the psychological blow.\n\n"
        '"It took me two years to grieve the loss of not ever being able to work again."'
    )
    quote = quote_of(find_quotes(analysed), "two years")
    assert quote.speaker == "Carole Laurin"
    assert quote.speaker_confidence == "guessed"  # no attribution reaches it: never a key quote


def test_two_people_in_the_paragraph_before_leave_the_speaker_open(analyse):
    analysed = analyse(
        "Maria Lopez met Daniel Brooks at the depot. Lopez signed the deal and Brooks left early.\n\n"
        '"Nobody expected the depot to close this year."'
    )
    assert quote_of(find_quotes(analysed), "Nobody expected").speaker is None


def test_a_role_in_apposition_is_no_second_person(analyse):
    analysed = analyse(
        "Jim Eglinski, Yellowhead MP, said he drove around with signs and flags on his truck.\n\n"
        "“We are trying to make a point, so Ottawa listens to the plight of Alberta,” he said."
    )
    registry = build_registry(analysed.doc)
    assert "Yellowhead MP" not in registry.labels
    assert quote_of(find_quotes(analysed), "make a point").speaker == "Jim Eglinski"


def test_a_photo_credit_run_into_a_caption_names_nobody(analyse):
    analysed = analyse(
        "Anne Marie Cerato met Patrick Bardos at a coffee shop in Toronto.\n\n"
        "Tijana Martin / The Canadian Press Anne Marie Cerato and Patrick Bardos.\n\n"
        "“I feel it is a gift that I was able to realize that at 30,” Cerato said."
    )
    registry = build_registry(analysed.doc)
    assert not any("Canadian Press" in name for name in registry.labels)
    assert quote_of(find_quotes(analysed), "a gift").speaker == "Anne Marie Cerato"


def test_a_given_name_settles_a_pronoun_no_title_or_pronoun_did(analyse):
    analysed = analyse(
        "“Nobody gave any directives,” David Lametti said.\n\n"
        "Liberal MP Marco Mendicino went on CBC later in the day to rebut the allegation.\n\n"
        "“Neither directed, nor pressured, nor influenced,” he said.\n\n"
        "Justice critic Lisa Raitt disagreed. “It does not add up,” she said."
    )
    quotes = find_quotes(analysed)
    assert quote_of(quotes, "Neither directed").speaker == "Marco Mendicino"
    assert quote_of(quotes, "does not add up").speaker == "Lisa Raitt"


def test_a_bill_is_no_bill(analyse):
    registry = build_registry(
        analyse("Bill C-74 passed the House on Tuesday, and Bill Morneau said he was pleased.").doc
    )
    assert "Bill C-74" not in registry.gender


def test_they_said_after_people_named_together(analyse):
    analysed = analyse(
        "In an emailed statement, the restaurant's owners Tore Sohlberg and Lehla Abreder said they "
        "respected the outcome of the vote.\n\n"
        "“Our priority is a respectful and healthy workplace,” they said."
    )
    quote = quote_of(find_quotes(analysed), "Our priority")
    assert (quote.speaker, quote.speaker_confidence) == ("Tore Sohlberg and Lehla Abreder", "resolved")


def test_they_said_after_one_person_is_no_one(analyse):
    analysed = analyse(
        "Mayor Tomas Wang met the harbour workers on Tuesday.\n\n“We will not move,” they said."
    )
    assert quote_of(find_quotes(analysed), "not move").speaker != "Tomas Wang"


def test_links_captions_and_quote_subheads_are_no_quotes(analyse):
    analysed = analyse(
        "The minister spoke to reporters on Tuesday about the new rules.\n\n"
        "‘We will not back down’\n\n"
        "“We will not back down, whatever the courts say,” Lisa Raitt said.\n\n"
        "READ MORE: ‘Still in shock’: town mourns its mayor\n\n"
        "WATCH: “The suffering is getting worse,” a doctor says"
    )
    quotes = find_quotes(analysed)
    assert [q.text for q in quotes] == ["We will not back down, whatever the courts say,"]
    assert quotes[0].speaker == "Lisa Raitt"


def test_a_relative_named_after_a_possessive_is_the_speaker(analyse):
    analysed = analyse(
        "Marek Wise, 16, has sold 40 copies of his first comic.\n\n"
        "“If the shop did not print local comics, I don’t think Marek would be drawing,” "
        "says Wise’s dad, Darrin."
    )
    quote = quote_of(find_quotes(analysed), "local comics")
    assert quote.speaker == "Darrin"  # not Wise, whose dad he is


def test_a_described_speaker_is_the_person_just_named_not_a_title_in_a_clause(analyse):
    analysed = analyse(
        "Mr. Ortega runs the only comic shop in town, in a mall near the station. There is a particular "
        "satisfaction, insists 16-year-old Xander Wise, in seeing your work through. “It’s months and "
        "months of fixing mistakes,” says the self-taught Cambridge resident, who sold 40 copies of his "
        "war comic Forgotten Grunt: The Undead Soldier, inspired by the movie Platoon."
    )
    quote = quote_of(find_quotes(analysed), "fixing mistakes")
    assert quote.speaker == "Xander Wise"
    assert quote.speaker_confidence == "guessed"  # a description, never certain


def test_a_document_speaks_for_whoever_published_it(analyse):
    analysed = analyse(
        "Three crew members were killed when the train derailed near Field.\n\n"
        "“Harsh winter conditions are an inescapable reality in Canada's northern climate,” says a "
        "document titled White Paper: Railroading in the Canadian Winter on Canadian Pacific Railway's "
        "website.\n\n"
        "“Winter has a profound impact on a railway's operations.”"
    )
    quotes = find_quotes(analysed)
    assert quote_of(quotes, "Harsh winter").speaker == "Canadian Pacific Railway"
    assert quote_of(quotes, "profound impact").speaker == "Canadian Pacific Railway"


def test_the_report_is_the_one_the_article_named_with_its_author(analyse):
    analysed = analyse(
        "A study by the University of Calgary’s School of Public Policy analyzed 13 recent public "
        "infrastructure projects across the country.\n\n"
        "Only one project showed a large net benefit to citizens.\n\n"
        "“It is remarkable how little cost-benefit scrutiny is brought to bear on them,” the report said."
    )
    quote = quote_of(find_quotes(analysed), "remarkable")
    assert quote.speaker == "University of Calgary’s School of Public Policy"
    assert quote.speaker_confidence == "resolved"


def test_a_report_with_no_named_author_is_nobodys(analyse):
    analysed = analyse(
        "Premier Jane Moffat opened the new bridge on Monday.\n\n"
        "“The crossing will carry 40,000 vehicles a day by 2030,” the report said."
    )
    assert quote_of(find_quotes(analysed), "40,000 vehicles").speaker is None  # not the premier


def test_a_title_before_a_name_is_no_speaker(analyse):
    analysed = analyse(
        "The carmaker is “extremely disappointed the threat of a hard Brexit has not been removed,” "
        "Vauxhall’s U.K. managing director Stephen Norman said recently."
    )
    assert quote_of(find_quotes(analysed), "extremely disappointed").speaker == "Stephen Norman"


def test_who_obtained_a_memo_did_not_write_it(analyse):
    analysed = analyse(
        "The fund bought the papers last year. According to the memo obtained by The Globe, that fund "
        "“believed in the long-term value of these publications.”"
    )
    assert quote_of(find_quotes(analysed), "long-term value").speaker != "Globe"


def test_the_one_a_passive_speech_verb_addresses_is_no_speaker(analyse):
    # "Americans are advised to …": Americans are spoken to; the department that says so speaks.
    analysed = analyse(
        "The State Department says on its website that Americans are still advised to "
        '"avoid all non-essential travel" to the region.'
    )
    quote = quote_of(find_quotes(analysed), "non-essential travel")
    assert quote.partial
    assert quote.speaker == "State Department"


def test_a_speech_verb_describing_a_noun_yields_to_the_reporting_verb(analyse):
    # "the message the Liberals will put to voters": "put" describes the message; "said" reports it.
    analysed = analyse(
        "Karen Holt, the party's campaign chair, spoke to reporters on Monday.\n\n"
        "Holt said the message the Liberals will put to voters “will be hopeful and practical.”"
    )
    assert quote_of(find_quotes(analysed), "hopeful and practical").speaker == "Karen Holt"


def test_a_fragment_under_a_speech_verb_is_not_given_the_subject_of_its_own_clause(analyse):
    # The parser opens the sentence on "said" and leaves "Vickers" with the subhead above it:
    # the "he" of "he's" is not the speaker, and resolving it would name the premier.
    analysed = analyse(
        "Premier Dan Moore resigned on Friday.\n\nLanguage as priority issue\n\n"
        "Vickers said he's a \"long ways from making a decision,\" noting that he's been in "
        "public service for nearly 43 years."
    )
    quote = quote_of(find_quotes(analysed), "long ways")
    assert quote.speaker in (None, "Vickers")


def test_initials_are_the_organisation_the_article_named_in_full(analyse):
    # GGT development: "IRCC" spoke for "Immigration, Refugees and Citizenship Canada", named
    # in full paragraphs before, though the initials are a name of their own too
    analysed = analyse(
        "Kim and Clark Moran received a letter this week from Immigration, Refugees and "
        "Citizenship Canada about their son.\n\n"
        "In a statement, IRCC said \u201cthe Government of Canada has obligations under "
        "international law.\u201d\n\n"
        "IRCC has told reporters that a decision has not been made. Immigration Minister "
        "Ahmed Hussen declined to comment."
    )
    quote = quote_of(find_quotes(analysed), "obligations under")
    assert quote.speaker == "Immigration, Refugees and Citizenship Canada"
    registry = build_registry(analysed.doc)
    assert registry.canonical("IRCC") == "Immigration, Refugees and Citizenship Canada"
    # a person asked for by surname is still found among the people, not the organisations
    assert registry.canonical("Hussen", "PERSON") == "Ahmed Hussen"
