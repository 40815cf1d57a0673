"""Every word list and label group that more than one module uses, in one place.

Grouped by what the lists describe, as spaCy's ``lang/en`` and textacy's
``constants`` do. Where two modules need lists that differ, one is derived from
the other here and the comment says why, so they cannot drift apart.
``tests/test_lexicon.py`` pins every list's members.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# ---------------------------------------------------------------- parse labels

# Dependency labels of a clause's subject.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# The same with a dummy subject ("there is a risk"): a clause that has one of these stands.
CLAUSE_SUBJECT_DEPS = SUBJECT_DEPS | {"expl"}
# The same with a clause as subject ("What he said was…"): a sentence that has one states something.
STATEMENT_SUBJECT_DEPS = CLAUSE_SUBJECT_DEPS | {"csubj"}
# Part-of-speech tags of a verb that can head a clause ("is" is AUX in spaCy).
VERB_POS = frozenset({"VERB", "AUX"})
# Entity labels of times: a phrase made only of these is a time adjunct.
TIME_LABELS = frozenset({"DATE", "TIME"})
# Tags of a verb that carries tense: past, present, modal ("said", "says", "could").
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Tags of the words that open a relative clause: "who", "whose", "which".
RELATIVE_TAGS = frozenset({"WP", "WP$", "WDT"})
# Dependency labels of modifiers: what a cut may take without touching a phrase's core.
MODIFIER_DEPS = _words("prep advcl relcl acl conj cc punct advmod npadvmod appos amod nummod quantmod poss")

# ---------------------------------------------------------------- function words

# Words a headline or bullet must not end on: articles, prepositions, conjunctions,
# auxiliaries, possessives and quantifiers all promise a word that is not there.
QUANTIFIERS = _words("some any most many each every several")
# Adverbs that point at what follows: "…divorce papers completely [via Facebook]".
POINTING_ADVERBS = _words(
    "completely entirely solely exclusively partly mainly chiefly primarily largely almost nearly"
)
DANGLING = (
    _words(
        "a an the of and or but to in on at for with by from as that which who whose than its his "
        "her their our your my this these those is are was were be been has have had will would can "
        "could should may might must not no nor so if when while after before since during into "
        "onto over under about against between worth also"
    )
    | QUANTIFIERS
    | POINTING_ADVERBS
)
# Titles that run straight into a name ("Mr. Smith", "Queen Elizabeth").
HONORIFICS = _words("mr mrs ms dr sir lord lady king queen prince princess president minister")
# Words after which a capitalised word goes on with the same sentence ("with Manchester
# United", "said Smith"): the dangling words, less the quantifiers, the pointing adverbs and
# "nor" (which a new sentence may follow: "Nor did…" after "Many…"), plus honorifics and
# speech verbs.
_CONTINUING_DANGLERS = DANGLING - QUANTIFIERS - POINTING_ADVERBS - {"nor", "worth"}
SENTENCE_CONTINUERS = _CONTINUING_DANGLERS | HONORIFICS | _words("said says told")

# Words too common to tell two sentences apart by: key quotes that share only these with
# a bullet are not the same statement.
STOP_WORDS = _words(
    "the a an and or of to in on for is are was were be been it that this with as at by we i you he "
    "she they has have"
)
# The most frequent words of English news prose; running English is 35-50% these, French,
# German or Spanish prose under 10%. The stop words less "i", which news prose seldom
# uses outside quotes, and which is a word of Catalan and a numeral in other languages.
ENGLISH_WORDS = (STOP_WORDS - {"i"}) | _words(
    """of its said one would will there all who more when after also than them into about two first
    can could new over our out up what no if so him some other only year years his her not but from
    had their which people these time last do did says such while before against because should
    most where may us those how any between now many then being"""
)
# Parts of a name that are not its distinctive words ("Ludwig van Beethoven", "bin al-Hassan").
NAME_PARTICLES = frozenset(
    ["the", "a", "an", "of", "and", "de", "la", "von", "van", "der", "al", "el", "'s", "s"]
)

# Third-person pronouns: a phrase a later one may refer to cannot be cut.
PRONOUNS = _words("he she it they him her them his its their hers theirs")
# The pronouns that may point at a thing or a group inside a headline's phrase ("its", "they");
# in a headline a person is named, so "he" and "she" point at the subject, not into a cut.
THING_PRONOUNS = PRONOUNS - _words("he she him her his hers theirs")

# Words that negate: never cut, since dropping one reverses what is said.
NEGATIONS = frozenset({"not", "n't", "no", "never", "nor", "neither", "without", "nobody", "nothing"})
# Subordinators of a condition: a clause they open is never cut ("if", "unless").
CONDITIONS = frozenset({"if", "unless", "provided", "providing", "once", "lest", "whenever"})
# Prepositions that usually introduce a verb's argument, not an adjunct ("called for talks").
ARGUMENT_PREPS = frozenset({"of", "to", "for", "with", "against", "as", "into", "than"})
# Nouns that count or sort what their "of" phrase names: "series [of efforts]", "odd mix [of …]".
PARTITIVE_NOUNS = frozenset(
    "mix series number kind sort type way part lot range variety host couple group set pair bunch list "
    "piece string handful majority minority share half third quarter".split()
)

# ---------------------------------------------------------------- calendar

MONTHS = _words("january february march april may june july august september october november december")
WEEKDAYS = _words("monday tuesday wednesday thursday friday saturday sunday")
# A month or weekday, by its lower-case word.
CALENDAR_WORDS = MONTHS | WEEKDAYS
# The same without "may", for checks on raw words with no parse: "may" is far more
# often the verb than the month.
CALENDAR_WORDS_NOT_MAY = CALENDAR_WORDS - {"may"}
# Words naming a day, which open a sentence's setting ("Yesterday, …", "On Monday, …").
DAY_WORDS = WEEKDAYS | _words("today tonight yesterday")

# ---------------------------------------------------------------- speech and sources

# Lemmas of verbs that introduce reported speech (quote attribution).
SPEECH_LEMMAS = _words(
    """
    say tell add write tweet post assure urge state declare explain note insist argue claim ask reply
    respond answer warn recall announce report call describe admit acknowledge suggest complain joke
    quip predict promise vow pledge boast brag conclude observe remark comment testify confirm deny
    contend maintain emphasize emphasise stress reiterate shout yell scream chant whisper muse wonder
    repeat continue put read proclaim concede counter retort exclaim mutter lament caution advise agree
    allege assert blast charge criticize criticise demand hint mention opine plead recount reflect
    reveal tout underline underscore thunder fume gush laugh sigh sneer snap rail pronounce signal
    indicate preach beg implore email text inform dub label term hail praise slam decry denounce condemn
    accuse begin quote cite interject wrote offer chime grumble gripe scoff mock taunt tease pray cry
    bellow roar sing echo reason figure estimate recommend propose order instruct command threaten
    forecast guarantee swear concur object protest retweet share characterize characterise summarize
    summarise elaborate clarify bark shoot fire hit push lash holler boom drawl murmur mumble growl hiss
    gasp chuckle smile grin blog affirm aver attest avow profess recite rejoin riposte speculate theorize
    theorise volunteer confess grant disclose divulge notify alert request invite direct point expand
    define portray brand deride dismiss ridicule attack hammer rip knock chide scold rebuke admonish
    highlight reassure crow gloat laud applaud commend thank congratulate celebrate cheer bemoan moan whine
    deplore dispute reject refute rebut contradict correct remember relate question query inquire quiz
    challenge encourage appeal verify jest sum wrap interrupt go tell posit ponder acknowledge write
    chant shrug scream sob weep plead lecture quote speak talk
    """
)
# Verbs that report what someone said or holds, whose clause a bullet may keep without
# its "X said" tail: speech verbs, and verbs of learning and belief that speech lists leave out.
REPORTING_LEMMAS = (
    SPEECH_LEMMAS
    & _words(
        "say report tell add assure announce confirm state claim write tweet post explain note "
        "insist argue warn urge reveal suggest admit allege"
    )
) | _words("believe think accord understand learn emerge")
# Verbs that make a report a claim, not a record ("a study suggests", "critics fear"):
# such a claim always keeps its source.
HEDGE_LEMMAS = _words("suggest claim believe think allege argue insist warn predict expect estimate fear")
# Sources that only speculate or take sides ("reports say", "critics claim").
HEDGE_SOURCES = _words(
    "report survey poll study research researcher analyst source critic opponent campaigner rumour speculation"
)
# Verbs whose clause a headline may give as "Source: claim": saying and arguing, not
# learning or confirming, which state a fact.
CLAIM_LEMMAS = SPEECH_LEMMAS & _words(
    "say tell argue suggest claim insist warn believe state declare admit predict add explain note "
    "contend maintain assert acknowledge"
) | _words("believe")

# Verbs whose object needs a place or state after it: "left rates on hold", "get their man on the inside".
PLACING_LEMMAS = _words("leave keep hold put place set get paint push drive force")

# ---------------------------------------------------------------- people and organisations

# Words dropped from the front of a person's name in a quote's speaker ("Sen. Marco Rubio").
NAME_TITLES = _words(
    """
    mr mrs ms miss dr prof sir dame lord lady president sen senator rep representative gov governor gen
    general col capt lt sgt adm rev judge justice mayor minister secretary chancellor premier king queen
    prince princess pope speaker chairman chairwoman leader vice former state attorney prime foreign
    defense defence ambassador sheikh father congressman congresswoman candidate nominee mme mlle m herr
    frau st spokesman spokeswoman spokesperson
    """
)

MALE_TITLES = _words(
    """
    mr sir lord king prince congressman chairman spokesman herr father
    """
)

FEMALE_TITLES = _words(
    """
    mrs ms miss dame lady queen princess congresswoman chairwoman spokeswoman mme mlle frau madam
    """
)

# Nouns naming a person by role: resolved to the person the article describes so.
ROLE_NOUNS = _words(
    """
    president leader candidate senator governor minister spokesman spokeswoman spokesperson secretary
    chairman chairwoman chair chief director official nominee congressman congresswoman representative
    lawmaker mayor ambassador general judge attorney lawyer adviser advisor aide strategist analyst
    expert professor businessman businesswoman billionaire mogul host anchor author founder ceo
    executive manager head premier chancellor king queen prince counterpart pope democrat republican
    frontrunner front-runner challenger incumbent rival opponent star actor actress singer coach player
    economist scientist researcher activist pastor preacher commander officer sheriff prosecutor
    detective commissioner councilman councilwoman politician statesman diplomat envoy man woman husband
    wife son daughter father mother brother sister speaker hopeful contender governor-elect president-
    elect veteran writer columnist reporter journalist editor owner boss organizer organiser vice deputy
    magnate tycoon
    """
)

# Nouns naming a relative: "his dad, Darrin" names Darrin.
KIN_NOUNS = _words(
    """
    dad father mom mum mother son daughter brother sister husband wife partner grandfather
    grandmother grandson granddaughter uncle aunt nephew niece cousin fiance fiancee girlfriend boyfriend
    friend widow widower stepfather stepmother
    """
)

# Common given names read as one gender, for a person no title or pronoun settles ("Marco
# Mendicino … “…,” he said"). Names given to both (Alex, Jordan, Kim, Jean, Andrea) are left out.
MALE_GIVEN_NAMES = _words(
    """
    aaron abdul adam adrian ahmed alan albert alberto alejandro alexander alexei alfonso ali allan
    allen andre andrew andy angelo anthony antonio arnold arthur barack barry ben benjamin bernard
    bernie bill billy blake bob bobby boris brad bradley brandon brendan brent brett brian bruce
    bryan carl carlos chad charles charlie christopher chuck clarence claude clifford colin craig
    dale dan daniel danny darrin darren dave david dean dennis derek devin dick don donald doug
    douglas duncan dwayne dwight earl ed eddie edgar eduardo edward elijah elon emmanuel eric erik
    ernest ernie ethan eugene evan frank franklin fred frederick gabriel gary gavin george gerald
    gordon graham greg gregory guenther gustavo guy hank harold harry hector henry howard hugh hugo
    ian isaac ivan jack jacob jake james jared jason javier jeff jeffrey jeremy jerome jerry jesse
    jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan julian justin
    keith ken kenneth kent kevin kody konrad kurt kyle larry lawrence leo leon leonard liam lloyd
    louis luis luke malcolm marc marco marcus mario mark martin matt matthew maurice max michael
    miguel mike mitch mitchell mohammed muhammad nathan neil nicholas nick nigel noah norman oliver
    omar oscar patrick paul pedro peter phil philip pierre rafael ralph randy raymond reginald
    richard rick ricky rob robert roberto rod roger roland ron ronald ross roy russell ryan salvador
    sam samuel scott sean sergei seth shane sidney simon stanley stephen steve steven stuart ted
    terry theodore thomas tim timothy todd tom tommy tony travis trevor troy tyler vern victor
    vincent vladimir volodymyr walter warren wayne wesley william willie xavier xi yuri zachary
    """
)
FEMALE_GIVEN_NAMES = _words(
    """
    abigail ada adriana agnes alice alicia alison allison amanda amber amy ana angela angelina anita
    ann anna anne annie barbara beatrice betty beverly brenda bridget brittany camila carla carmen
    carol carole caroline carolyn catherine cathy charlotte cheryl christina christine chrystia
    cindy claire clara claudia colleen connie cynthia daisy deborah debra denise diana diane donna
    doris dorothy eleanor elena elizabeth ella ellen emily emma erica erin esther eva evelyn fatima
    fiona frances gabriela gail gina gloria grace hannah heather helen hillary holly irene isabel
    isabella jacqueline jane janet janice jennifer jessica jill joan joanna jody josephine joyce
    judith judy julia julie karen katherine kathleen kathy katie kayla kelly kristen laura lauren
    leah lehla linda lisa lori louise lucy lydia lynn madeleine margaret maria marie marilyn marion
    marise martha mary megan melanie melissa michelle monica nancy natalie nicole nina olivia pamela
    patricia paula pauline peggy rachel rebecca rita rosa rose ruth sabrina sally samantha sandra
    sara sarah sharon sheila shirley sonia sophia sophie stella stephanie susan suzanne sylvia tamara
    tara teresa theresa tina tracy valerie vanessa victoria virginia wanda wendy yvonne zoe
    """
)

# Elected members by their house, as Commonwealth papers name them ("Yellowhead MP",
# "the MLA said"): roles too, kept apart from ROLE_NOUNS, whose members are pinned.
LEGISLATOR_NOUNS = _words(
    """
    mp mps mpp mla mna mha mep councillor alderman senator-elect
    """
)

# Nouns naming a channel: the words are usually someone else's.
MEDIA_NOUNS = _words(
    """
    channel television tv newspaper paper network broadcaster station radio outlet daily magazine
    website site tabloid wire newswire media press news times post journal tribune gazette herald
    telegraph
    """
)


# Nouns naming an organisation: resolved to the ORG entity they describe.
ORG_NOUNS = _words(
    """
    administration agency army association authorities authority bank board cabinet campaign club
    coalition commission committee company congress corporation council court department embassy
    federation firm foundation government group house institute kremlin military ministry movement
    office organisation organization parliament party police presidency regulator senate team union
    university watchdog
    """
)

# Titles and ranks that may stand before a name in a summary: the grounding check looks
# past them to the name ("Captain Smith" is grounded by "Smith"). Ranks and jobs that
# precede a name in copy, beside the honorifics of quote speakers.
GROUNDING_TITLES = (
    NAME_TITLES
    - _words(
        "adm ambassador attorney candidate chairman chairwoman congressman congresswoman defence defense "
        "foreign former frau herr lt m mlle mme nominee sheikh speaker spokesman spokesperson spokeswoman state"
    )
) | _words("boss captain chief coach colonel manager officer reverend saint sergeant")


# Nouns for an organisation: a government's (:data:`CIVIC_NOUNS`) may stand for any
# organisation or place the brief names, the others only for the one they point back at
# (:func:`briefgen.condense.descriptions.unintroduced_description`).
POINTING_ORG_NOUNS = frozenset(
    """company firm group board agency organisation organization party club team government
    council ministry department union bank court committee commission authority service
    corporation broadcaster network""".split()
)


# Nouns that name an act or a statement the sentences before described without naming it
# ("The action was taken in response to…" after "…have been placed in secure storage"): even
# at its first mention, such a noun points back, unless a clause or phrase says which: "The
# mandate is wildly popular in Iowa" (the ethanol rules, review 119), "The operation is
# Waterloo Region’s sole indie comic-book store" (the shop), "The global phenomenon swept…" (beards, 139).
EVENT_POINTERS = frozenset(
    """action move step decision measure announcement remarks comments statement claims
    allegations incident development revelation revelations result results outcome upshot
    consequence consequences findings plan proposal deal scheme mandate policy programme program
    operation phenomenon trend craze fad reaction response backlash outcry""".split()
)


# Endings of nouns for people by what they do: "contender", "investor", "activist", "politician".
AGENT_ENDINGS = ("er", "or", "ist", "ian")

# Verbs only people do, whose plural subject is people whatever its noun ("Analysts expect…").
PEOPLE_VERBS = REPORTING_LEMMAS | _words("expect plan want hope vote urge decide agree believe fear")

# Nouns whose "the" is the one everybody shares, not one the article introduced.
SHARED_NOUNS = _words(
    """world country nation city state public police region area economy market industry media
    press capital weather sun moon internet web future past pound dollar euro"""
)

# Nouns for a government, which a brief naming its country or city introduces.
CIVIC_NOUNS = frozenset("government council ministry department court authority service".split())


# What carries a claim for someone else: "A tweet said…" is the sender's claim, whom it leaves out.
CLAIM_CARRIERS = frozenset(
    "tweet post message statement release email letter memo text spokesman spokeswoman spokesperson".split()
)
