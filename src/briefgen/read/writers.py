"""Whose piece it is: the closing note on a guest writer (page furniture for the brief), and
whether the article is a signed opinion piece, whose claims are its writer's.

A column states views as facts in its writer's voice: "Environment and Climate Change Canada,
for its part, dramatically downplays the role of diet." A brief that repeats such a sentence
without saying whose piece it is states the view as news (review 52), so a brief of an opinion
piece says so (:func:`opinion_of`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..types import Opinion

# A closing note on the writer, from its first sentence to the end of its line: "Jane Doe is
# a lawyer specializing in food law. She serves as…", "Glenn Harlan Reynolds, a law professor,
# is a member of USA TODAY's Board of Contributors.". It is told by a full name, "is" and a
# writer's or expert's job within a few words, on the last line of copy, naming no one the
# article named before (but as its writer: "…, Jane Doe writes.", "By Jane Doe"); a person the
# story is about ("Prof Aynsley-Green was a lecturer at Oxford University") is named before.
# A guest's office counts when it is "of" something, close after "is": "Rick Scott is the
# Republican governor of Florida.", "Gina Glantz is founder of GenderAvenger.com." (not
# "Mike Leigh is up for the best director award"); so does a co-author (review 169).
_WRITER_NOTE = re.compile(
    r"""(?:^|(?<=[.!?]\s))(?!(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\b)
    (?P<name>[A-Z][\w’'-]+(?:\s[A-Z][\w.’'-]+){1,2})(?:,\s[^,.\n]{1,90},)?\sis\s
    (?:(?:a|an|the)\s)?(?:(?:[\w’',-]+\s){0,6}?(?:co-?)?(?P<job>(?i:professor|lawyer|writer|author|columnist
    |contributor|journalist|fellow|researcher|economist|historian|lecturer|freelance|scholar
    |commentator|blogger|novelist|correspondent|editor|reporter))
    |(?:[\w’'-]+\s){0,2}?(?:co-?)?(?P<role>(?i:president|governor|director|executive|founder|chairman
    |chairwoman|chair|senator|congressman|congresswoman|coordinator|organizer|organiser|ceo))\sof\b)s?\b""",
    re.VERBOSE | re.MULTILINE,
)
# A line of copy has at least this many words: "Read more about:" after the note is not one.
_COPY_LINE_WORDS = 8
# Jobs of the paper's own staff, anywhere in the note ("Clark Boyd is technology correspondent
# for The World", "…a freelance journalist", "…a staff writer", "…senior media editor at The
# Huffington Post"): it signs a report, not a view (review 103 read "Opinion" over a report).
# A desk's editor is staff; "the editor of Develop magazine" or "editor of the editorial page"
# may sign a view.
_STAFF_JOBS = re.compile(
    r"\b(?:correspondent|reporter|journalist|staff|(?:media|political|politics|business|economics"
    r"|science|technology|tech|health|sports?|foreign|national|news|world|education|environment"
    r"|legal|culture|arts|entertainment|investigations|city|metro|digital|diplomatic|security"
    r"|defen[cs]e|home\s+affairs)\s+editor(?!\s+of\b))\b",
    re.IGNORECASE,
)
# A desk's label for a view: "Opinion | …", "Comment: …", "Op-ed – …".
_OPINION_LABEL = re.compile(
    r"^\s*(?:opinion|comment|commentary|op-ed|column|editorial|viewpoint|perspective)\s*(?::|\||–|—|-)\s+",
    re.IGNORECASE,
)
# A deck that signs the view: "The federal government should use policy tools…, Anna Pippus
# writes." Only near the top, where a deck stands.
_SIGNED_DECK = re.compile(
    r",\s+(?!(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame)\b)(?P<name>[A-Z][\w’'-]+(?:\s[A-Z][\w.’'-]+){1,2})\s+writes\.(?=\s|$)"
)
_DECK_CHARS = 1500
# A BBC-style deck that gives the writer and the view in the opening: "…, argues technology
# analyst Bill Thompson.", "…, asks technology analyst Bill Thompson.", "Bill Thompson thinks
# it's about time…". It counts as signing the piece only with the closing note on the writer.
_DECK_VIEW = (
    r"(?:(?:argues|asks|warns|writes|suggests|believes)\s+(?:[\w’'-]+\s+){{0,6}}?{name}[.?!]"
    r"|{name}\s+(?:argues|thinks|believes|asks|wants\s+to\s+know)\b)"
)
_OPENING_CHARS = 400
# A title led by its writer's name: "Ann Coulter: And Then There Was the One" (review 55). The
# same shape leads a quote ("Bernie Sanders: 'It Is Not A Radical Idea'…"), so the name must
# be one the body never names, and the body must speak as "I" outside quotes.
_WRITER_LABEL = re.compile(r"^\s*(?P<name>[A-Z][\w’'.-]+(?:\s[A-Z][\w’'.-]+){1,2}):\s")
# Quoted words in any marks: "…", “…”, ‘…’ and '…' (a UK report's 'I was terrified,' she said).
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"|‘[^’\n]*’(?!\w)|(?<!\w)'[^'\n]*'(?!\w)")
# How often a column's writer says "I" in its opening, outside quotes; a report that names no
# one by its title's label ("The Ninth Circle: …", "Just Leaked: …") says it once or twice.
_NARRATOR_IS = 3
_NARRATION_CHARS = 3000

# A letters page (review 174 told one as news): it opens on the desk's label for readers' letters
# or comments, on a line of its own ("LETTERS.", "Letters to the editor", "FACEBOOK." with its
# stop), and at least one letter is signed on a line of its own: a reader's name ("Heather T.
# Remoff.", not a prompt: "Read More.") or handle ("@RetiringOne."). Or its title carries the
# label ("Letters: …", "Letters to the editor |").
_LETTERS_LABEL = re.compile(
    r"\A\s*(?:(?:LETTERS(?: TO THE EDITOR)?|(?i:letters to the editor)|YOUR (?:LETTERS|SAY|VIEWS)"
    r"|READERS['’]? (?:LETTERS|VIEWS|RESPOND))[.:]?|(?:FACEBOOK|TWITTER)[.:])[ \t]*$",
    re.MULTILINE,
)
_LETTER_LINE_WORDS = 4
_LETTERS_TITLE = re.compile(
    r"^\s*(?:letters(?: to the editor)?|your letters)\s*(?::|\||–|—|-)\s+", re.IGNORECASE
)
_SIGNATURE = re.compile(
    r"^[ \t]*(?!(?:Read|More|Most|Also|Click|Share|Follow|Sign|Subscribe|Related|Advertisement|Photo"
    r"|Continue|View|Watch|See|Top|Trending|Recommended|Editor|Editors|Latest|Popular|Breaking|Featured"
    r"|Sponsored|Today|News|Local|Video|Videos|Opinion|Sports?|Business|Home|Contact|In|Must|Hot|Live)['’]?s?\b)"
    r"(?:(?:[A-Z][\w’'-]*\.?[ \t]){1,3}[A-Z][\w’'-]+|@\w+)\.[ \t]*$",
    re.MULTILINE,
)


def _letters_page(text: str, title: str | None) -> bool:
    """Whether the article is a page of readers' letters (:data:`_LETTERS_LABEL`)."""
    if title and _LETTERS_TITLE.match(title):
        return True
    return bool(_LETTERS_LABEL.match(text)) and any(
        _signs_a_letter(text, m) for m in _SIGNATURE.finditer(text)
    )


def _signs_a_letter(text: str, signature: re.Match[str]) -> bool:
    """Whether ``signature`` follows a letter: a line of copy before it, as no prompt ("Top
    Stories.", "Trending Now.") does among the page's links."""
    before = [line.strip() for line in text[: signature.start()].splitlines() if line.strip()]
    return bool(before) and len(before[-1].split()) >= _LETTER_LINE_WORDS and before[-1][-1] in ".!?\"”’')…"


def _copy_lines(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S", text)]


def _note(text: str, lines: list[tuple[int, int]]) -> tuple[re.Match[str], int] | None:
    """The closing note on the writer and the end of its line, if the last line of copy has one."""
    last = next(
        (line for line in reversed(lines) if len(text[line[0] : line[1]].split()) >= _COPY_LINE_WORDS), None
    )
    found = _WRITER_NOTE.search(text, *last) if last else None
    if found is None:
        return None
    before = text[: found.start()]
    name = re.escape(found["name"])
    as_writer = rf"(?:By\s+{name}|{name},?\s+(?:writes|wrote))"
    signed = len(re.findall(as_writer, before)) + len(
        re.findall(_DECK_VIEW.format(name=name), before[:_OPENING_CHARS])
    )
    if before.count(found["name"]) > signed:
        return None
    return found, last[1]


def writer_note_span(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """The closing note on the writer as furniture, ``[(start, end, True)]``, or ``[]``;
    ``lines`` are the spans of the text's non-empty lines."""
    note = _note(text, lines)
    return [(note[0].start(), note[1], True)] if note else []


def opinion_of(
    text: str, title: str | None = None, people: Callable[[str], Sequence[str]] | None = None
) -> Opinion | None:
    """The article as a signed view, or None for a report: a page of readers' letters
    (:func:`_letters_page`) is the readers' view; otherwise its title carries a desk's opinion
    label ("Opinion | …") or its writer's name ("Ann Coulter: …" over a piece in the first
    person that never names her), a deck near the top signs it ("…, Anna Pippus writes."), or it
    closes on a note on a writer who is not the paper's reporter ("Anna Pippus is a lawyer
    specializing in…"). The writer is the one the deck or the note names. ``people`` gives the
    names of persons in a text (a title's, by spaCy's tagger): a title's label is a writer only
    if it names one ("Ann Coulter: …", not "Terror Attack: …"); without it, no label is."""
    if _letters_page(text, title):
        return Opinion(None, kind="letters")
    note = _note(text, _copy_lines(text))
    deck = _SIGNED_DECK.search(text[:_DECK_CHARS])
    if deck and re.search(r"[“”\"‘’']", text[text.rfind("\n", 0, deck.start()) + 1 : deck.start()]):
        deck = None  # "'We must act now', Jane Doe writes." quotes a letter; a deck says it itself
    writer = deck["name"] if deck else note[0]["name"] if note else None
    if title and _OPINION_LABEL.match(title):
        return Opinion(writer)
    if title and people and (label := _titled_writer(title, text, people)):
        return Opinion(writer or label)
    if deck or (note and not _STAFF_JOBS.search(text[note[0].start() : note[1]])):
        return Opinion(writer)
    return None


def _titled_writer(title: str, text: str, people: Callable[[str], Sequence[str]]) -> str | None:
    """The writer a title is led by ("Ann Coulter: …"): a person's name the body never gives,
    on a body that narrates as "I" outside quotes."""
    label = _WRITER_LABEL.match(title)
    if label is None or any(re.search(rf"\b{re.escape(word)}\b", text) for word in label["name"].split()):
        return None
    narration = _QUOTED.sub(" ", text[:_NARRATION_CHARS])
    if len(re.findall(r"\bI\b", narration)) < _NARRATOR_IS:
        return None
    return label["name"] if label["name"] in people(title) else None
