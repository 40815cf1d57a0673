"""Who said it: attribution cues read off spaCy's dependency parse.

For each quote the cues are looked for, nearest first:

1. in the quote's own sentence, outside every quote: a speech verb and its
   subject (``X said``, ``said X``, ``X told AFP``, ``…, saying``, ``X, who
   said``), ``according to X``, ``X: “…”``, ``“…” — X``;
2. for a quote standing alone: a colon introduction ending the sentence or
   paragraph before, a speech verb in the neighbouring sentences of the same
   paragraph, else the speaker of the quote just before (news style continues
   a speaker's quote over paragraphs without repeating the cue);
3. for a partial quote with no speech verb, the subject of the verb it hangs on
   (``Zelensky had deemed it “necessary”``).

The mention found is then named with :mod:`.speakers`. When the cue is a channel
(``according to the channel``, ``state television CCTV reported``) the person
whose words they are is preferred: a speech verb with a person as subject in
the same sentence, or the person the same channel was last quoting.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import lexicon
from ..lexicon import SUBJECT_DEPS, VERB_POS
from ..read.quote_spans import QuoteSpan
from .naming import RELATIVE, Attribution, Namer
from .patterns import addressed, agent, aside, post_quote, pre_quote, speech_verb, subject_before
from .speakers import (
    KIN_NOUNS,
    MEDIA_NOUNS,
    ROLE_NOUNS,
    Mention,
    Registry,
    mention_head,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SPEECH_LEMMAS = lexicon.SPEECH_LEMMAS
_SUBJECTS = SUBJECT_DEPS | {"csubj"}  # a clause as subject: "What he said was…"
_CLIMB = ("conj", "advcl", "xcomp", "ccomp", "relcl", "acl", "parataxis", "pcomp", "prep")
_DASHES = "—–-"


@dataclass(frozen=True)
class _Candidate:
    distance: int
    speaker: str | None
    cue: str
    is_channel: bool
    confidence: str | None = None


class Attributor:
    """Attributes the quotes of one parsed article, in article order."""

    def __init__(self, doc: Doc, spans: list[QuoteSpan], registry: Registry) -> None:
        self.doc = doc
        self.text = doc.text
        self.spans = spans
        self.registry = registry
        self.regions = [(s.open_mark, s.close_mark if s.close_mark is not None else s.end) for s in spans]
        self.history: list[tuple[QuoteSpan, Attribution]] = []
        self._inside = self._inside_tokens()
        self.namer = Namer(doc, registry, self.regions, self._inside, self.history)

    def _inside_tokens(self) -> set[int]:
        inside: set[int] = set()
        for start, end in self.regions:
            span = self.doc.char_span(start, end, alignment_mode="contract")
            if span is not None:
                inside.update(range(span.start, span.end))
        return inside

    def attribute_all(self) -> list[Attribution]:
        """One attribution per quote span, in the order given."""
        for span in self.spans:
            attribution = self._attribute(span)
            self.history.append((span, attribution))
            if attribution.speaker and self.registry.labels.get(attribution.speaker) == "PERSON":
                # A resolved description or pronoun counts as a mention for later pronouns.
                self.registry.mentions.append(Mention(span.open_mark, attribution.speaker, "PERSON", True))
                self.registry.mentions.sort(key=lambda m: m.start)
        return [a for _, a in self.history]

    # ------------------------------------------------------------ finding cues

    def _attribute(self, quote: QuoteSpan) -> Attribution:
        region = (quote.open_mark, quote.close_mark if quote.close_mark is not None else quote.end)
        sentences = self._sentences(region)
        candidates = self._candidates(sentences, region)
        standalone = self._standalone(sentences, region)
        if not candidates and standalone:
            neighbours = self._neighbours(sentences, region)
            for neighbour in neighbours:
                candidates = self._candidates([neighbour], region, penalty=500)
                if candidates:
                    break
            if not candidates and neighbours and neighbours[0].end_char <= region[0]:
                # "Wang spoke at the quay. “…”": the person the sentence before is about.
                subject = self._subject(neighbours[0].root) if neighbours[0].root.pos_ in VERB_POS else None
                if subject is not None:
                    candidate = self._make(subject, neighbours[0].root, 800)
                    if candidate.speaker and self.registry.labels.get(candidate.speaker) == "PERSON":
                        candidates = [_guess(candidate)]
        if not candidates and standalone:
            previous = self._previous_speaker(quote)
            if previous is not None:
                return previous
            # "Chapman says that's not what the union sees.\n\n“Commonly, …”": the speaker of the
            # paragraph before, told in indirect speech; a guess, as no attribution reaches the quote.
            before = self._last_sentence_before(region)
            if before is not None:
                found = self._candidates([before], region, penalty=700, across=True)
                candidates = [_guess(c) for c in found if c.speaker and not c.is_channel]
            if not candidates:
                # "Still, Laurin lost 40 per cent of her income. …\n\n“It took me two years…”":
                # the one person the paragraph before is about, a guess.
                about = self._paragraph_person(region)
                if about is not None:
                    return Attribution(about, None, None, "guessed")
        if not candidates and not standalone:
            fallback = self._governing_subject(region)
            if fallback is not None:
                candidates = [_guess(fallback)]
        if not candidates:
            return Attribution(None, None)
        chosen = self._choose(candidates, quote)
        direct = any(c.distance < 500 and c.speaker == chosen.speaker for c in candidates)
        return Attribution(chosen.speaker, chosen.cue, chosen.channel, chosen.confidence, direct)

    def _sentences(self, region: tuple[int, int]) -> list[Span]:
        return [s for s in self.doc.sents if s.start_char < region[1] and s.end_char > region[0]]

    def _standalone(self, sentences: list[Span], region: tuple[int, int]) -> bool:
        """True when the quote's sentences hold nothing but the quote (and punctuation)."""
        for sentence in sentences:
            for token in sentence:
                if token.i in self._inside or token.is_punct or token.is_space:
                    continue
                if self._other_paragraph(token, region):
                    continue
                if region[0] <= token.idx < region[1]:
                    continue
                return False
        return True

    def _neighbours(self, sentences: list[Span], region: tuple[int, int]) -> list[Span]:
        """Sentences around a stand-alone quote: a colon introduction first, then the same paragraph."""
        out = []
        if not sentences:
            return out
        first, last = sentences[0], sentences[-1]
        before = self.doc[first.start - 1].sent if first.start > 0 else None
        while before is not None and before.text.strip() == "" and before.start > 0:
            before = self.doc[before.start - 1].sent
        after = self.doc[last.end].sent if last.end < len(self.doc) else None
        if before is not None and before.text.rstrip().endswith(":"):
            out.append(before)
        # spaCy's sentences keep the newlines after them: compare from the last word.
        before_end = before.start_char + len(before.text.rstrip()) if before is not None else 0
        same_paragraph = before is not None and "\n" not in self.text[before_end : first.start_char]
        if same_paragraph and before not in out:
            out.append(before)
        last_end = last.start_char + len(last.text.rstrip())
        if after is not None and "\n" not in self.text[last_end : after.start_char]:
            out.append(after)
        return out

    def _candidates(
        self, sentences: list[Span], region: tuple[int, int], penalty: int = 0, across: bool = False
    ) -> list[_Candidate]:
        out: list[_Candidate] = []
        for sentence in sentences:
            for token in sentence:
                if token.i in self._inside or (not across and self._other_paragraph(token, region)):
                    continue
                distance = penalty + min(abs(token.idx - region[0]), abs(token.idx - region[1]))
                if token.lower_ == "according" and token.i + 1 < len(self.doc):
                    target = next((c for c in self.doc[token.i + 1].children if c.dep_ == "pobj"), None)
                    if target is not None and target.pos_ == "NOUN" and target.lemma_ not in MEDIA_NOUNS:
                        # "according to a statement released by X", "… from X": the named source.
                        named = [
                            t
                            for t in target.subtree
                            if t.ent_type_ in ("PERSON", "ORG") and t.i > target.i and not _obtained_by(t)
                        ]
                        target = named[0] if named else target
                    if target is not None and target.i not in self._inside:
                        out.append(self._make(target, token, distance, according=True))
                elif speech_verb(token):
                    subject = self._subject(token)
                    if subject is not None:
                        # a verb in a clause about a noun yields to one that reports the quote
                        out.append(self._make(subject, token, distance + 400 * aside(token, region)))
        out.extend(self._punctuation_cues(region, penalty))
        if not penalty:
            out.extend(self._surface_cues(region))
        return [c for c in out if c is not None]

    def _last_sentence_before(self, region: tuple[int, int]) -> Span | None:
        """The last sentence of the paragraph just before the quote's, when it is narration."""
        end = self._paragraph_before_end(region)
        if end <= 0:
            return None
        token = self.doc[self._token_at(end - 1)]
        sentence = token.sent
        if any(t.i in self._inside for t in sentence):
            return None
        return sentence

    def _paragraph_before_end(self, region: tuple[int, int]) -> int:
        """Where the paragraph before the quote's ends (its last character + 1); 0 for none."""
        end = self.text.rfind("\n", 0, region[0])
        while end > 0 and self.text[end - 1] in "\n \t":
            end -= 1
        return max(end, 0)

    def _paragraph_person(self, region: tuple[int, int]) -> str | None:
        """The one person named as a subject in the paragraph just before the quote's, or
        None when it names none or several (or holds a quote: its speaker settles it)."""
        end = self._paragraph_before_end(region)
        if end <= 0:
            return None
        start = self.text.rfind("\n", 0, end) + 1
        if any(start <= a < end for a, _ in self.regions):
            return None
        subjects = {
            name
            for name in self.namer.subject_names(start, end)
            if self.registry.labels.get(name) in ("PERSON", None) and not self.registry.is_place(name)
        }
        # Anyone else the paragraph names makes it a guess between people: no answer.
        named = {m.name for m in self.registry.mentions if start <= m.start < end and m.label == "PERSON"}
        people = subjects | named
        return people.pop() if len(subjects) == 1 and len(people) == 1 else None

    def _other_paragraph(self, token: Token, region: tuple[int, int]) -> bool:
        """True for a token in another paragraph than the quote (spaCy's sentences may span two).

        A paragraph ending on a colon introduces the quote below it ("Wang said:").
        """
        if token.idx >= region[1]:
            return "\n" in self.text[region[1] : token.idx]
        if token.idx < region[0]:
            between = self.text[token.idx : region[0]]
            return "\n" in between and not between.rstrip().endswith(":")
        return False

    def _surface_cues(self, region: tuple[int, int]) -> list[_Candidate]:
        """News-style patterns read off the tokens, whatever the parse says.

        ``“…,” NAME (, apposition,) VERBED`` and ``“…,” VERBED NAME`` right after the
        closing mark; ``NAME VERBED(, :) “…”`` right before the opening mark. The verb
        need not be in the speech-verb list here (``Trump barked``, ``she shot back``):
        the position says it introduces the quote.
        """
        out = []
        closing = self.text[max(region[0], region[1] - 3) : region[1]]
        if any(c in closing for c in ",?!—–…"):
            after = self._tokens_after(region[1])
            found = post_quote(after)
            if found is not None:
                mention, verb = found
                if mention.i not in self._inside:
                    out.append(self._make(mention, verb, 2))
        before = self._tokens_before(region[0])
        found = pre_quote(before)
        if found is not None:
            verb = found
            subject = self._subject(verb) or subject_before(verb)
            if subject is not None and subject.i not in self._inside:
                out.append(self._make(subject, verb, 3))
        return [c for c in out if c is not None]

    def _tokens_after(self, offset: int, limit: int = 25) -> list[Token]:
        out = []
        for token in self.doc[self._token_at(offset) :]:
            if token.idx < offset:
                continue
            if "\n" in token.text or len(out) >= limit:
                break
            if not token.is_space:
                out.append(token)
        return out

    def _tokens_before(self, offset: int, limit: int = 6) -> list[Token]:
        out: list[Token] = []
        i = self._token_at(offset) - 1
        while i >= 0 and len(out) < limit:
            token = self.doc[i]
            if token.idx + len(token.text) > offset:
                i -= 1
                continue
            if "\n" in token.text or token.i in self._inside:
                break
            if not token.is_space:
                out.insert(0, token)
            i -= 1
        return out

    def _token_at(self, offset: int) -> int:
        span = self.doc.char_span(offset, min(len(self.text), offset + 1), alignment_mode="expand")
        if span is None or len(span) == 0:
            return len(self.doc) if offset >= len(self.text) else 0
        return span.start

    def _punctuation_cues(self, region: tuple[int, int], penalty: int) -> list[_Candidate]:
        """``X: “…”`` and ``“…” — X``: a name right before a colon or right after a dash."""
        out = []
        before = self.text[max(0, region[0] - 60) : region[0]].rstrip()
        if before.endswith(":"):
            span = self.doc.char_span(
                region[0] - 60 + len(before) - 1 if region[0] >= 60 else len(before) - 1,
                region[0],
                alignment_mode="expand",
            )
            if span is not None and span.start > 0:
                token = self.doc[span.start - 1]
                # "Wang: “…”" names the speaker; "Trump said on Twitter: “…”" does not, so a
                # speech verb in the sentence wins over this cue.
                if (
                    token.pos_ == "PROPN"
                    and token.i not in self._inside
                    and token.dep_ not in ("pobj", "dobj")
                ):
                    out.append(self._make(token, token, penalty + 600))
                elif self.doc[span.start].text == ":":
                    introduced = self._colon_subject(token)
                    if introduced is not None:
                        out.append(introduced)
        after = self.text[region[1] : region[1] + 4]
        stripped = after.lstrip(" ")
        if stripped[:1] in _DASHES:
            offset = region[1] + (len(after) - len(stripped)) + 1
            span = self.doc.char_span(offset, min(len(self.text), offset + 60), alignment_mode="expand")
            if span is not None:
                for token in span:
                    if token.is_space or token.is_punct:
                        continue
                    if token.pos_ == "PROPN":
                        while token.i + 1 < len(self.doc) and self.doc[token.i + 1].pos_ == "PROPN":
                            token = self.doc[token.i + 1]  # the last word of the name
                        out.append(self._make(token, token, penalty + 1))
                    break
        return [c for c in out if c is not None]

    def _colon_subject(self, last: Token) -> _Candidate | None:
        """For a quote a clause introduces with a colon ("Martell, the doctor, is more blunt:
        “…”", "Her message is simple: “…”"), that clause's subject when it names a person;
        ``last`` is the clause's last word, before the colon."""
        verb = last
        for _ in range(3):  # "blunt" → "is"; the parse may hang the clause on the quote's verb
            if verb.pos_ in VERB_POS or verb.head is verb or verb.head.i in self._inside:
                break
            verb = verb.head
        if verb.pos_ not in VERB_POS or verb.i in self._inside:
            return None
        subject = self._subject(verb)
        if subject is None or subject.i in self._inside or subject.i > last.i:
            return None
        candidate = self._make(subject, verb, 650)
        if candidate is None or not candidate.speaker or candidate.is_channel:
            return None
        return candidate if self.registry.labels.get(candidate.speaker) in ("PERSON", None) else None

    def _subject(self, verb: Token) -> Token | None:
        """The subject of a speech verb, climbing through conjuncts and clauses that lack one."""
        token = verb
        for _ in range(4):
            subjects = [c for c in token.children if c.dep_ in _SUBJECTS and c.i not in self._inside]
            if token is verb and any(c.dep_ == "nsubjpass" for c in subjects) and addressed(verb):
                # "Canadians are advised to…": the speaker is the agent, if any. Climbing from
                # another verb still reaches a passive subject ("he was quoted as saying").
                return agent(verb)
            if subjects:
                # Two subjects mean a misparse (a dateline read as one): the nearer wins.
                child = min(subjects, key=lambda c: abs(c.i - token.i))
                if child.lower_ in RELATIVE and token.dep_ == "relcl":
                    return token.head
                return child
            if token.dep_ not in _CLIMB or token.head.i == token.i:
                return None
            token = token.head
        return None

    def _governing_subject(self, region: tuple[int, int]) -> _Candidate | None:
        """For a partial quote, the subject of the verb it hangs on."""
        span = self.doc.char_span(region[0], region[1], alignment_mode="expand")
        if span is None:
            return None
        token = span.root
        for _ in range(6):
            if token.head.i == token.i:
                break
            token = token.head
            if token.i in self._inside:
                continue
            if token.pos_ in VERB_POS:
                if any(speech_verb(a) for a in token.ancestors):
                    # "[Vickers] said he's a “long ways…”": the reporting verb's subject speaks;
                    # with none in reach, the subject of "'s" is no better than a guess.
                    return None
                subject = self._subject(token)
                if subject is not None and subject.pos_ in ("PROPN", "PRON", "NOUN"):
                    return self._make(subject, token, 1000)
                break
        return None

    def _previous_speaker(self, quote: QuoteSpan) -> Attribution | None:
        """The speaker of the quote just before, when it ended in this or the previous paragraph."""
        if not self.history:
            return None
        previous, attribution = self.history[-1]
        gap = self.text[(previous.close_mark or previous.end) : quote.open_mark]
        if attribution.speaker is None or gap.count("\n") > 2 or len(gap) > 600:
            return None
        # A paragraph of narration between them breaks the chain.
        for line in gap.split("\n")[1:-1]:
            if line.strip():
                return None
        # A quote continuing the previous one keeps its speaker; a guess stays a guess.
        confidence = "guessed" if attribution.confidence == "guessed" else "resolved"
        return Attribution(attribution.speaker, attribution.cue, attribution.channel, confidence)

    # ------------------------------------------------------------ naming

    def _make(self, mention: Token, cue: Token, distance: int, according: bool = False) -> _Candidate | None:
        mention = mention_head(mention)
        speaker, is_channel, confidence = self.namer.resolve(
            mention, according or cue.lemma_.lower() in SPEECH_LEMMAS
        )
        cue_text = "according to" if according else cue.text
        if speaker is not None and self.registry.is_place(speaker):
            # A place speaks only as its government, as the subject of a speech verb ("China said").
            government = (
                mention.dep_ in _SUBJECTS
                and cue.lemma_.lower() in SPEECH_LEMMAS
                and mention.ent_type_ == "GPE"
                and not according
            )
            # "Wise’s dad, Darrin": a relative or a role's holder is a person, whatever the label.
            person = mention.dep_ == "appos" and mention.head.lower_ in KIN_NOUNS | ROLE_NOUNS
            if not (government or person):
                speaker, confidence = None, None
        if speaker is None and not is_channel:
            return _Candidate(distance + 10_000, None, cue_text, False)
        return _Candidate(distance, speaker, cue_text, is_channel, confidence)

    def _choose(self, candidates: list[_Candidate], quote: QuoteSpan) -> Attribution:
        # The nearest cue wins, but a guess never beats a name or a resolved mention.
        candidates = sorted(candidates, key=lambda c: (c.confidence == "guessed", c.distance))
        people = [c for c in candidates if not c.is_channel and c.speaker]
        channels = [c for c in candidates if c.is_channel]
        channel = channels[0].speaker if channels else None
        quoted = self._channel_quoting(channels[0], quote) if channels else None
        if people and not (people[0].confidence == "guessed" and quoted is not None):
            best = people[0]
            return Attribution(best.speaker, best.cue, channel, best.confidence)
        if quoted is not None:
            return quoted
        if channels:
            best = channels[0]
            return Attribution(best.speaker, best.cue, best.speaker, best.confidence)
        return Attribution(None, candidates[0].cue)

    def _channel_quoting(self, best: _Candidate, quote: QuoteSpan) -> Attribution | None:
        """The person a channel was last quoting, when the article says so ("…”, according to CCTV)."""
        for span, attribution in reversed(self.history):
            if attribution.channel and attribution.speaker and attribution.speaker != attribution.channel:
                same_channel = best.speaker is None or attribution.channel == best.speaker
                if same_channel and self.text.count("\n", span.open_mark, quote.open_mark) <= 6:
                    certain = attribution.confidence in ("named", "resolved")
                    confidence = "resolved" if certain else "guessed"
                    return Attribution(attribution.speaker, best.cue, attribution.channel, confidence)
                break
        return None


def _guess(candidate: _Candidate) -> _Candidate:
    """The same candidate, its speaker only a guess (no attribution reaches the quote)."""
    confidence = "guessed" if candidate.speaker else None
    return _Candidate(candidate.distance, candidate.speaker, candidate.cue, candidate.is_channel, confidence)


# Verbs of getting hold of a document: "the memo obtained by The Globe" was not The Globe's.
_OBTAIN_LEMMAS = frozenset("obtain see review acquire receive get leak read view".split())


def _obtained_by(token: Token) -> bool:
    """True when ``token`` names who obtained or saw a document, not who wrote it."""
    return any(a.lemma_.lower() in _OBTAIN_LEMMAS and a.pos_ == "VERB" for a in token.ancestors)
