"""Whose piece an article is: a signed view says so in its brief (review 52)."""

from __future__ import annotations

import pytest

from briefgen.read.writers import opinion_of
from briefgen.types import Opinion

COPY = (
    "Growing plant foods to feed to livestock is less efficient than growing plant foods to eat directly.\n\n"
    "Environment and Climate Change Canada, for its part, dramatically downplays the role of diet.\n\n"
)

FIRST_PERSON = "A guy just won the nomination by spending no money.\n\nI always hoped I'd see this once before I die.\n\n"


@pytest.mark.parametrize(
    ("text", "title", "expected"),
    [
        # a deck near the top signs the view
        (
            "The federal government should use policy tools to encourage Canadians to eat more plants, "
            "Anna Pippus writes. ( Dreamstime )\n\n" + COPY,
            None,
            Opinion("Anna Pippus"),
        ),
        # a closing note on a writer who is no reporter
        (
            COPY + "Anna Pippus is a lawyer specializing in plant-based food law and policy.",
            None,
            Opinion("Anna Pippus"),
        ),
        (
            COPY + "Glenn Harlan Reynolds, a University of Tennessee law professor, is a member of "
            "USA TODAY's Board of Contributors.",
            None,
            Opinion("Glenn Harlan Reynolds"),
        ),
        # a desk's label on the title, with or without a name
        (COPY, "Opinion | Eat more plants", Opinion(None)),
        (
            COPY + "Jane Doe is a staff reporter covering food policy for the paper.",
            "Comment: Eat more plants",
            Opinion("Jane Doe"),
        ),
        # a title led by a writer the body never names, over copy in the first person (review 55)
        (FIRST_PERSON, "Jane Doe: And Then There Was One", Opinion("Jane Doe")),
        # the same title shape over a report of what its name said, or over a report in the third person
        (FIRST_PERSON + "Doe said she would vote.", "Jane Doe: And Then There Was One", None),
        (COPY, "Jane Doe: And Then There Was One", None),
        (FIRST_PERSON, "Jane Doe: 'I will win'", Opinion("Jane Doe")),
        ('He said: "I came, I saw, I left."\n\n' + COPY, "Jane Doe: Eat more plants", None),
        # reports: a correspondent's note, a source who "argues", plain copy
        (COPY + "Clark Boyd is technology correspondent for The World, a BBC co-production.", None, None),
        (COPY + "Clark Boyd is a freelance journalist based in Boston who writes for the paper.", None, None),
        # a desk's editor reports (review 103); the editor of another title signs a view
        (COPY + "Jane Doe is senior media editor at The Daily Planet.", None, None),
        (COPY + "Jane Doe is the paper's political editor.", None, None),
        (COPY + "Jane Doe is the editor of Develop magazine.", None, Opinion("Jane Doe")),
        (COPY + "Jane Doe is editor of the editorial page.", None, Opinion("Jane Doe")),
        (COPY + "Jane Doe is the science editor of New Scientist magazine.", None, Opinion("Jane Doe")),
        # a co-author's note, a guest's office "of" something (review 169); not a nominee's award
        (COPY + "John Roe is co-author of the upcoming book The Case for Plants.", None, Opinion("John Roe")),
        (COPY + "John Roe is the Republican governor of Florida.", None, Opinion("John Roe")),
        (COPY + "John Roe is founder of PlantWatch.org and a parent of three.", None, Opinion("John Roe")),
        # run 211: an op-ed by "Norman Solomon, a … delegate from California, is coordinator of…"
        (
            COPY + "John Roe, a party delegate from California, is coordinator of the Delegates Network.",
            None,
            Opinion("John Roe"),
        ),
        (COPY + "John Roe is up for the best director award for his film about farms.", None, None),
        # run 217: a BBC column whose deck names its writer with the view, and a note closes it
        (
            "Broadband is now part of daily life, argues technology analyst John Roe.\n\n"
            + COPY
            + "John Roe is a regular commentator on the radio programme Tech Talk.",
            None,
            Opinion("John Roe"),
        ),
        (
            "Fast access is overdue. John Roe thinks it is time we caught up.\n\n"
            + COPY
            + "John Roe is a regular commentator on the radio programme Tech Talk.",
            None,
            Opinion("John Roe"),
        ),
        # the same note on a person the report quotes in its body, past the deck
        (
            COPY * 3
            + "Broadband is overdue, argues analyst John Roe.\n\n"
            + "John Roe is a regular commentator on the radio programme Tech Talk.",
            None,
            None,
        ),
        ("'We must act now', Jane Doe writes.\n\n" + COPY, None, None),
        ("Plans for the levy are unfair to farmers, Mr Kennedy argues.\n\n" + COPY, None, None),
        (COPY, "Ottawa weighs food guide", None),
    ],
)
def test_opinion_of(text: str, title: str | None, expected: Opinion | None) -> None:
    assert opinion_of(text, title, people=_people) == expected


def _people(text: str) -> list[str]:
    """The tagger's persons, as spaCy reads the titles above."""
    return [name for name in ("Jane Doe",) if name in text]


def test_a_titles_label_is_a_writer_only_when_it_names_a_person() -> None:
    """A fresh-eyes read: "Terror Attack: …" over a report quoting a witness in single marks
    is no column, and without a tagger no label is read as a writer."""
    report = "A woman was trapped for hours.\n\n‘I was terrified,’ she said. ‘I thought I would die. I prayed.’\n\n"
    assert opinion_of(report, "Terror Attack: Woman trapped for hours", people=_people) is None
    assert opinion_of(FIRST_PERSON, "Terror Attack: And Then There Was One", people=_people) is None
    assert opinion_of(FIRST_PERSON, "Jane Doe: And Then There Was One") is None
    # the name is a whole word of the body, not part of one ("Doeskin" is no "Doe")
    assert opinion_of(FIRST_PERSON + "Doeskin gloves.", "Jane Doe: And Then There Was One", people=_people)


def test_a_signature_deep_in_the_copy_is_no_deck() -> None:
    text = COPY * 20 + "Farm incomes fell last year, Jane Doe writes.\n\n" + COPY
    assert opinion_of(text) is None


LETTER = (
    "Hillary Clinton and Bernie Sanders are both progressives. Their goals are closely aligned.\n\n"
    "Because of her ties to special interest groups, that first step will prove impossible for her.\n\n"
)


@pytest.mark.parametrize(
    ("text", "title", "letters"),
    [
        # the desk's label on a line of its own, a reader's signature on another (review 174)
        ("LETTERS.\n\n" + LETTER + "Heather T. Remoff.\n\nArlington, Mass.\n\n", None, True),
        ("FACEBOOK.\n\n" + LETTER + "@RetiringOne.\n\n", None, True),
        ("Letters to the editor\n\n" + LETTER + "Nick Paccione.\n\n", None, True),
        (LETTER, "Letters: Why the primary matters", True),
        # no signature: the label alone may head a report on letters
        ("LETTERS.\n\n" + LETTER, None, False),
        # names on lines of their own (a list of the missing) with no label
        (LETTER + "Mahamat Seitchi.\n\nMarwa Hamdy.\n\n", None, False),
        # the word in the copy is no label
        ("Letters from the front arrived on Tuesday.\n\n" + LETTER + "Nick Paccione.\n\n", None, False),
    ],
)
def test_a_letters_page_is_the_readers_view(text: str, title: str | None, letters: bool) -> None:
    found = opinion_of(text, title, people=_people)
    assert (found == Opinion(None, kind="letters")) is letters
