"""The cut after the main clause: what a sentence still too long for a bullet keeps.

:func:`briefgen.condense.compress.compress_sentence` falls back on it when every rule has
applied and the sentence is still over its word limit. The cut comes after a whole
statement, never inside a phrase or a quote, and what it leaves out must be modifiers only:
no argument, no phrase a kept word needs ("by margins | big enough to…", "to add | to her
lead"), nothing whose loss changes what the rest says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import (
    DANGLING,
    FINITE_TAGS,
    MODIFIER_DEPS,
    RELATIVE_TAGS,
    REPORTING_LEMMAS,
    SUBJECT_DEPS,
)
from .completions import leading_object, spent_doing
from .joins import aside_dash, inside_dash_aside
from .meaning import changed_meaning
from .parse import answer_clause, answers_back, ranked, set_off, tensed, word_count
from .referents import PERSON_NOUNS
from .wording import inside_quotes

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def clause_prefix(span: Span, keep: set[int], max_words: int) -> set[int] | None:
    """The longest prefix of ``keep`` of at most ``max_words`` words that is a whole statement;
    None when none is, or when the prefix would keep less than half of a sentence at most
    :data:`OVERRUN` words over the limit: what it leaves out is the news ("A Darwin woman has
    become a TV sensation in the Philippines[, earning … an award nomination for her role in…]",
    review 177), and a bullet a few words long says it better than one that drops it."""
    prefix = _longest_prefix(span, keep, max_words)
    words = word_count(span, keep)
    if prefix is not None and words <= max_words + OVERRUN and 2 * word_count(span, prefix) < words:
        return None
    return prefix


# How many words over its limit a bullet may run rather than lose most of its sentence.
OVERRUN = 5


def _longest_prefix(span: Span, keep: set[int], max_words: int) -> set[int] | None:
    kept = sorted(keep)
    quoted = inside_quotes(span)
    root = span.root
    for n in range(len(kept) - 1, 3, -1):
        prefix, after = kept[:n], set(kept[n:])
        if root.i in after or word_count(span, set(prefix)) > max_words:
            continue
        if any(span.doc[i].head.i in after and not span.doc[i].is_punct for i in prefix):
            continue  # something before the cut needs a word after it (a comma may hang anywhere)
        if any(span.doc[i].head.i not in after and not _modifier_like(span.doc[i]) for i in after):
            continue  # an argument (object, complement) would be lost, not a modifier
        if any(answer_clause(span.doc[i]) for i in after):
            continue  # ", as an American prosecutor questioned…": half the story
        last, nxt = span.doc[prefix[-1]], span.doc[kept[n]]
        word = next((span.doc[i] for i in reversed(prefix) if not span.doc[i].is_punct), last)
        if word.lower_ in DANGLING or (last.i in quoted and last.i + 1 in quoted):
            continue  # (nor past a mark: "…about “boasters” and “| blasphemers”" ends on "and")
        if nxt.lower_ == "of":
            continue  # "four full days | of shopper specials": the noun needs its "of"
        if nxt.dep_ == "cc" and nxt.head.i not in after and _pairs_names(nxt.head, nxt):
            continue  # "comments about Hillary Clinton | and the Second Amendment": half a pair
        if nxt.dep_ == "prep" and nxt.head.i not in after and _grounds_or_topic(nxt):
            continue  # "attacked Trump | for comments made this week | about Hillary Clinton…"
        if _grades(last) and nxt.dep_ == "prep" and nxt.head == last.head:
            continue  # "promises very much | in line with…": the adverb grades the phrase, whatever the parse
        # a particle's verb owns the phrase: "followed up | with a more frontal attack on Trump"
        owner = last.head if last.dep_ == "prt" else last
        if owner.pos_ in ("VERB", "ADV", "ADJ", "PART") and any(
            c.i in after and not c.is_punct for c in owner.children
        ):
            continue  # "big enough to add | to her lead", "go back | to Obama's election": the word's own phrase
        if nxt.head == last and last.pos_ == "NOUN" and _names_a_party(nxt):
            continue  # "less on personal contrasts | with Hillary Clinton": contrasts with whom
        if any(_in_doing(span.doc[i]) and span.doc[i].head.i not in after for i in after):
            continue  # "is joining his running mate | in calling for…": what they join in
        if any(spent_doing(span.doc[i]) and span.doc[i].head.i not in after for i in after):
            continue  # "speakers took turns | urging the crowd…": turns at what (review 211)
        colons = [t for t in (last, *(span.doc[i] for i in sorted(after))) if t.text == ":"]
        if any(not _clause_after(span, colon) for colon in colons):
            continue  # "the matchup is irresistible | : Pope Francis … versus Donald J. Trump": which
        if any(span.doc[i].lower_ in _VERSUS for i in after):
            continue  # "Pope Francis, leader of … Catholics | , … versus Donald J. Trump": one side
        if any(answers_back(span.doc[i]) for i in after if span.doc[i].head.i not in after):
            continue  # "…before he made the deletions[, and Mills and Clinton told investigators…]": their side
        if _range_cut(span, prefix, after):
            continue  # "ranging from claims of a youthful temper… | to the prospect of…": half a range
        if any(_purpose(span.doc[i]) and span.doc[i].head.i not in after for i in after):
            continue  # "reciting a passage about “boasters” | to encourage voters to turn away from Trump"
        if _purpose_of_means(last, after):
            continue  # "to use their final face-off | before the primaries to project gravitas": what for
        if _infinitive_of_for(span, last, kept[n:]):
            continue  # "calling for … the Clinton Foundation | to be shut down": its subject
        if _bare_noun_cut(last, nxt, set(prefix)):
            continue  # "by margins | big enough to add to her lead": a bare noun needs its modifier
        if last.dep_ == "dobj" and _bare(last, set(prefix)) and _graded_after(span, last, after):
            continue  # "he offered promises | [Monday] very much in line with what they had hoped": which
        if (
            nxt.head == last
            and nxt.dep_ == "prep"
            and last.pos_ == "NOUN"
            and last.lemma_ in _COUNTERPART_NOUNS
        ):
            continue  # "her role in the country's answer | to the hit US sitcom": answer to what
        if leading_object(nxt) is not None and nxt.head.i not in after:
            continue  # "potentially opening the way | for future euro membership" (review 214)
        # a clause that says which, right after the cut and with no comma before it: with no "that"
        # ("the only time since 1998 | an incumbent has lost…"), or of a noun that is nothing without
        # it ("the first time | that she has broken with her party…"), or right after its noun
        # ("public bathrooms | designated for the gender…") (code review of 6c0e682)
        says_which = any(
            (clause := span.doc[i]).dep_ in ("relcl", "acl")
            and clause.head.i in prefix
            and clause.head.pos_ in ("NOUN", "PROPN", "PRON")
            and clause.left_edge == nxt
            and span.doc[nxt.i - 1].text != ","
            and (nxt.tag_ not in (*RELATIVE_TAGS, "WRB") or ranked(clause.head))
            for i in after
        )
        if says_which:
            continue
        someone = last.lemma_.lower() in PERSON_NOUNS and any(c.lower_ in ("a", "an") for c in last.children)
        someone = someone or last.lower_ in _INDEFINITES  # "has finally found someone | he would like…"
        if someone and any(c.dep_ == "relcl" and c.left_edge.i == nxt.i for c in last.children):
            continue  # "meeting with a man | whose book…": the clause is all that says who
        if _inside_a_list(span, prefix, kept[n:]):
            continue  # "…, conservatives who wanted…, state officials | angry about… and teachers unions…"
        if _relative_left_open(span, prefix):
            continue  # "…meeting with a man whose book, according to its Amazon summary[, “draws…”]"
        if _predicate_cut(span, set(prefix), after):
            continue  # "He says Trump's call to ban all Muslims[ … bear some of the responsibility]"
        if changed_meaning(span, set(prefix)):
            continue  # "that was more personal | than political"
        if aside_dash(last):
            continue  # judged as the cut before it
        if inside_dash_aside(span, prefix, nxt.i):
            # "…in Europe's capital - just days after … in Paris[ - raised…]": half an aside, or the
            # sentence after it, never goes; a cut before the aside may ("…at the mall[—the third
            # this month—after a search…]", code review of 6c0e682)
            continue
        if word_count(span, set(prefix)) >= 8:
            return set(prefix)
    return None


# Nouns that say nothing without what they answer or stand for: "the country's answer to…".
_COUNTERPART_NOUNS = frozenset(
    "answer response reply equivalent counterpart alternative successor sequel rival heir".split()
)


# Prepositions that give a noun its other party: "contrasts with Clinton", "a war against…".
_PARTNER_PREPS = frozenset("with against between".split())

# Conjunctions that open an adverbial clause: such a clause modifies, whatever the parse calls it.
_ADVERBIAL_MARKS = frozenset("as while when after before because since although though".split())


def _modifier_like(token: Token) -> bool:
    """A modifier by its label, or a clause opened by "as", "while", "because"… that the parser
    took for a complement (", officials said, as rescuers searched for more victims")."""
    if any(t.dep_ == "acl" and t.tag_ in FINITE_TAGS for t in token.subtree):
        # "…Louisiana, a Baton Rouge newspaper called on Clinton…": a finite verb the parser
        # hung on a noun is the sentence's own statement, not a modifier
        return False
    if any(_subjectless_relative(t) for t in token.subtree):
        return False  # "…took to the talk [shows] to defend…": a noun the parser made a verb
    if _judged_for(token):
        return False  # "is absolutely wrong | for saying Clinton lied to her": the charge itself
    if token.dep_ == "conj" and not set_off(token):
        return False  # "thwarted the watchdog's (FOIA) requests": a noun the parser made a second verb
    edge = token.left_edge
    if (
        token.dep_ == "advcl"
        and edge.lower_ == "that"
        and edge.dep_ == "mark"
        and token.doc[max(edge.i - 1, 0)].lower_ not in ("so", "now")
    ):
        return False  # "make the case to Democrats … that Clinton is uniquely qualified": what it is (review 178)
    if token.dep_ in MODIFIER_DEPS:
        return True
    # "as" may hang on a verb inside the clause
    return token.dep_ == "ccomp" and edge.dep_ == "mark" and edge.lower_ in _ADVERBIAL_MARKS


def _judged_for(token: Token) -> bool:
    """A "for" + gerund after a judging adjective ("wrong for saying…", "is right for
    leaving"): what the judgement is about, without which it holds of the person at large.
    Not the reason a verb gives ("attack each other[ for not doing enough]")."""
    gerund = [c for c in token.children if c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX")]
    if token.lower_ != "for" or not any(
        c.tag_ == "VBG" or any(a.lower_ == "having" for a in c.children) for c in gerund
    ):
        return False  # (nor "for having said": the tagger may make "said" past)
    head = token.head
    return head.pos_ == "ADJ" or (head.lemma_ == "be" and any(c.dep_ == "acomp" for c in head.children))


def _clause_after(span: Span, colon: Token) -> bool:
    """Whether a statement of its own follows ``colon`` (a subject with its verb, not inside a
    relative clause), rather than the names or the list the words before it announce."""
    return any(
        t.dep_ in SUBJECT_DEPS
        and t.head.i > colon.i
        and t.head.dep_ not in ("relcl", "acl")
        and t.tag_ not in RELATIVE_TAGS
        for t in span.doc[colon.i + 1 : span.end]
    )


# What joins the two sides of a matchup.
_VERSUS = frozenset("versus vs vs. v v.".split())

# Verbs of using a means, whose "to" clause says what for: "use the debate to project gravitas".
_MEANS_VERBS = frozenset("use employ spend exploit".split())


# Pronouns whose relative clause is all that says who or what: "found someone he would like…".
_INDEFINITES = frozenset("someone somebody something anyone anybody anything".split())


def _range_cut(span: Span, prefix: list[int], after: set[int]) -> bool:
    """Whether the cut keeps the "from" of a range and leaves out its "to" ("ranging from claims
    of a youthful temper[ to the prospect of an invitation]"), wherever the parser hung it."""
    doc = span.doc
    froms = [doc[i] for i in prefix if doc[i].lower_ == "from" and doc[i].dep_ == "prep"]
    to = next((doc[i] for i in sorted(after) if doc[i].lower_ == "to" and doc[i].dep_ == "prep"), None)
    if not froms or to is None:
        return False
    return to.head == froms[-1].head or to.head.i in {t.i for t in froms[-1].subtree}


def _purpose(token: Token) -> bool:
    """A "to" + verb clause that modifies (a purpose, as the trims never cut one), whatever the
    parser hung it on: "…a passage from the Bible to encourage voters to turn away…"."""
    return (
        token.dep_ in ("acl", "advcl", "relcl")
        and token.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    )


def _purpose_of_means(last: Token, after: set[int]) -> bool:
    """Whether the cut ends in the clause of a verb of using a means (:data:`_MEANS_VERBS`)
    and leaves out a "to" + verb, whatever the parser hung it on: the purpose the means serves,
    without which "to use their final face-off" says nothing."""
    verb = last
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_.lower() not in _MEANS_VERBS:
        return False
    doc = last.doc
    # the tagger may make the purpose's verb a noun: "use their face-off to project[NN] gravitas"
    return any(
        doc[i].lower_ == "to"
        and (
            (doc[i].dep_ == "aux" and doc[i].head.tag_ == "VB" and _serves(doc[i].head, verb))
            or (doc[i].dep_ == "prep" and doc[i].head.i == verb.i)
        )
        for i in after
    )


def _serves(purpose: Token, verb: Token) -> bool:
    """Whether the "to" clause of ``purpose`` hangs on ``verb`` or on its object's phrases, not
    inside a clause of their own ("used the phrase at a conference[, where he urged them to
    keep fighting]": that "to" is the conference's, not the use's)."""
    node = purpose.head
    while node.i != verb.i:
        if node.dep_ in ("relcl", "acl", "appos", "advcl", "ccomp", "xcomp", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return True


def _names_a_party(prep: Token) -> bool:
    """Whether ``prep`` is "with", "against" or "between" a party, someone the article names
    or a person ("contrasts with Hillary Clinton", "a war against the rebels"), not a thing
    (a misparsed "…TV rights deal with banners held up…")."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return prep.lower_ in _PARTNER_PREPS and any(
        o.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or o.pos_ == "PRON"
        or o.lemma_.lower() in PERSON_NOUNS
        for o in objects
    )


def _in_doing(token: Token) -> bool:
    """An "in" + gerund phrase ("joined him in calling for…", "succeeded in getting…"), which
    says what the verb's act is, not when or where."""
    if token.i > 0 and token.doc[token.i - 1].text == ",":
        return False  # ", in doing so signalling…": an aside after a comma
    return token.lower_ == "in" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in token.children)


# Verbs of blame, praise and punishment, whose "for" phrase is what for ("attacked Trump for…").
_GROUNDS_VERBS = frozenset(
    "attack criticize criticise blame praise thank fault slam condemn punish fine sue apologize apologise "
    "credit reprimand rebuke scold mock ridicule jail sentence convict honor honour reward".split()
)


def _pairs_names(noun: Token, cc: Token) -> bool:
    """Whether ``cc`` joins ``noun`` to another noun after it (not a verb the parser hung on it)."""
    nominal = ("NOUN", "PROPN", "NUM")
    return noun.pos_ in nominal and any(
        c.dep_ == "conj" and c.i > cc.i and c.pos_ in nominal for c in noun.children
    )


def _grounds_or_topic(prep: Token) -> bool:
    """An "about" phrase (what comments or a talk were about) or the "for" of a verb of blame
    or praise (what someone was attacked for): without it, the act is another's."""
    return prep.lower_ == "about" or (prep.lower_ == "for" and prep.head.lemma_.lower() in _GROUNDS_VERBS)


def _infinitive_of_for(span: Span, last: Token, rest: list[int]) -> bool:
    """Whether the cut ends inside a phrase opened by "for" right before the "to" of a verb
    (past any aside already cut): the phrase's noun is the infinitive's subject ("calling for
    the foundation[, which…,] to be shut down"), and cut there the call is for the thing itself,
    whatever the parser hung the infinitive on."""
    following = next((span.doc[i] for i in rest if not span.doc[i].is_punct), None)
    if following is None or following.lower_ != "to" or following.dep_ != "aux":
        return False
    token = last
    while token.head.i != token.i and token.i >= last.i - 12:
        if token.lower_ == "for" and token.i < last.i:
            return True
        token = token.head
    return False


def _bare_noun_cut(last: Token, nxt: Token, kept: set[int]) -> bool:
    """True when the cut after ``last`` takes the one modifier of a bare noun, one with no
    determiner, possessive, number or adjective kept before it ("by margins")."""
    return nxt.head.i == last.i and _bare(last, kept)


def _graded_after(span: Span, last: Token, after: set[int]) -> bool:
    """Whether the words right after the cut (a time aside) open on a degree word that grades
    what ``last``'s verb says of it ("promises [Monday] very much in line with…"), not one deep
    in a later clause ("…approved contracts[ even though auditors had just warned…]")."""
    rest = [span.doc[i] for i in sorted(after) if span.doc[i].ent_type_ not in ("DATE", "TIME")]
    if not rest:
        return False
    first = rest[0]
    grade = first if _grades(first) else first.head if first.head.i in after and _grades(first.head) else None
    return grade is not None and grade.head.i in (last.i, last.head.i)


def _bare(noun: Token, kept: set[int]) -> bool:
    """Whether ``noun`` is a noun with no determiner, possessive, number or adjective kept."""
    return noun.pos_ == "NOUN" and not any(
        c.i in kept and c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in noun.children
    )


def _subjectless_relative(token: Token) -> bool:
    """A finite "relative clause" with no subject of its own: every relative clause has one
    ("who came", "I read"), so this is a noun the parser read as a verb ("the talk shows to
    defend…" parsed as "the talk" and "shows to defend…")."""
    return (
        token.dep_ == "relcl"
        and token.tag_ in FINITE_TAGS
        and not any(c.dep_ in SUBJECT_DEPS or c.tag_ in ("WP", "WDT") for c in token.children)
    )


# What a noun phrase, an item of a list, opens on.
_ITEM_OPENERS = frozenset("NOUN PROPN ADJ DET NUM".split())


def _inside_a_list(span: Span, prefix: list[int], rest: list[int]) -> bool:
    """Whether the cut falls inside an enumeration, which would lose its other items: an item
    after a comma joined to one the prefix keeps ("…before he left his car in 2014 |, flew to
    Syria, burned his passport and…"), or the last item of a list whose items before it the
    prefix keeps, each after a comma (where the parser joins them); or the prefix ends on a
    noun and what it cuts goes on with a comma, another noun phrase and an "and" ("uniting
    liberals | who decried…, conservatives who…, state officials … and unions…"), or its noun
    comes just after a second comma and an "and" before the next mark ("…, state officials |
    angry about… and teachers unions…"). What a colon or a dash opens is no item."""
    doc = span.doc
    kept = set(prefix)
    if rest and doc[rest[0]].text in (":", ";", "—", "–", "-", "("):
        return False  # "…a generation of young voters | : idealists who…, centrists who…"
    opener = next((doc[i] for i in rest if not doc[i].is_punct), None)
    if opener is not None and opener.lower_ in ("and", "or") and _spliced_clause_ends(doc, prefix):
        return True  # "saying he would abdicate…, his world view is "wrong" | and he is a "bully""
    for i in rest:
        token = doc[i]
        if token.dep_ != "conj" or token.head.i not in kept:
            continue
        if doc[i - 1].text == ",":
            return True  # not the second of two: "stranded on a ship[ and riding the waves]"
        listed = [
            c for c in token.head.children if c.dep_ == "conj" and c.i in kept and doc[c.i - 1].text == ","
        ]
        if listed or (token.head.dep_ == "conj" and doc[token.head.i - 1].text == ","):
            return True
    last = next((doc[i] for i in reversed(prefix) if not doc[i].is_punct), None)
    if last is None or last.pos_ not in ("NOUN", "PROPN"):
        return False
    ands = [i for i in rest if doc[i].lower_ in ("and", "or") and i + 1 < span.end]
    items = [i for i in rest[:-1] if doc[i].text == "," and doc[i + 1].pos_ in _ITEM_OPENERS]
    # (a list of its own after an "and" is not the prefix's: "…to the event | and host four days
    # of specials including appearances, offers… and giveaways")
    if items and any(i > items[0] for i in ands) and not any(i < items[0] for i in ands):
        return True
    commas = [i for i in prefix if doc[i].text == ","]
    if len(commas) < 2 or prefix[-1] - commas[-1] > 4 or doc[commas[-1] + 1].pos_ not in _ITEM_OPENERS:
        return False  # "…, the Carnival Spirit, outside Sydney Harbour | and riding…" is no list
    following = next((i for i in rest if doc[i].is_punct), len(doc))
    return any(i < following for i in ands)


def _spliced_clause_ends(doc, prefix: list[int]) -> bool:
    """Whether the prefix ends in a clause with its own subject that a bare comma joins to what
    comes before it (no "and", no "because"): a list item, whatever the parser hung it on, so
    the "and" after it opens the list's last item."""
    last = next((doc[i] for i in reversed(prefix) if not doc[i].is_punct), None)
    clause = last
    while clause is not None and not (clause.pos_ in ("VERB", "AUX") and tensed(clause)):
        clause = clause.head if clause.head != clause else None  # "has been wrong", "would fail"
    if clause is None or clause.dep_ not in ("advcl", "ccomp", "conj", "parataxis"):
        return False
    aside = clause.lemma_.lower() in REPORTING_LEMMAS and not any(
        c.dep_ in ("ccomp", "dobj") for c in clause.children
    )
    if aside or not any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        return False  # "…, his spokesman said, and an election…": the source, no item
    first = next(t for t in clause.subtree if not t.is_punct)  # its own comma hangs on it
    opened = any(c.dep_ in ("mark", "cc") and c.i < clause.i for c in clause.children)
    if opened or first.tag_ in RELATIVE_TAGS:
        return False
    return first.i > prefix[0] and doc[first.i - 1].text == ","


def _predicate_cut(span: Span, kept: set[int], after: set[int]) -> bool:
    """Whether the cut takes the verb of what a kept subject does: the parser made "Trump's
    call to ban…" a clause of "call" and "to ban", and hung the real verb ("his statements …
    bear some of the responsibility") on "ban" as a second one, with a subject of its own. A
    reported clause with a subject and no tense is such a misparse when that verb goes."""
    doc = span.doc
    for i in kept:
        verb = doc[i]
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("ccomp", "advcl") or tensed(verb):
            continue
        if not any(c.dep_ in SUBJECT_DEPS and c.i in kept for c in verb.children):
            continue
        joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and c.i in after]
        if any(any(g.dep_ in SUBJECT_DEPS for g in c.children) for c in joined):
            return True
    return False


def _relative_left_open(span: Span, prefix: list[int]) -> bool:
    """Whether the last "who", "whose" or "which" the cut keeps would be left without its
    clause's verb: the verb its relative clause hangs on is cut or is no verb at all (the
    parser may make "whose book" the clause), whatever other verb an aside keeps."""
    doc, kept = span.doc, set(prefix)
    relatives = [i for i in prefix if doc[i].tag_ in RELATIVE_TAGS and i > span.start]
    if not relatives:
        return False
    clause = doc[relatives[-1]]
    while clause.dep_ != "relcl" and clause.head != clause and clause.head.i >= span.start:
        clause = clause.head
    if clause.dep_ != "relcl":
        return False  # "what", "who" of a question or a free relative: no relative clause to close
    # "whose book, as the publisher says, …": an "as" aside the parser made the clause's verb
    aside = any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children)
    return clause.tag_ not in FINITE_TAGS or clause.i not in kept or aside


# Adverbs of degree, which grade the phrase after them ("squarely in line with…").
DEGREE_WORDS = frozenset(
    "much well far right just squarely even directly largely mostly partly entirely".split()
)


def _grades(adverb: Token) -> bool:
    """Whether ``adverb`` grades what follows it rather than the verb: "very much [in line
    with…]", "squarely [behind him]"; not "rose sharply [in the capital]"."""
    graded = any(c.dep_ == "advmod" for c in adverb.children) or adverb.lower_ in DEGREE_WORDS
    return adverb.dep_ == "advmod" and adverb.tag_ in ("RB", "RBR") and graded
