"""Word lists for quote attribution: titles, role and organisation nouns, speech verbs."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words dropped from the front of a person's name.
TITLES = _words(
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

# Nouns naming a channel: the words are usually someone else's.
MEDIA_NOUNS = _words(
    """
    channel television tv newspaper paper network broadcaster station radio outlet daily magazine
    website site tabloid wire newswire media press news times post journal tribune gazette herald
    telegraph
    """
)

# Lemmas of verbs that introduce reported speech.
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
