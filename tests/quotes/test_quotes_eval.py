"""The quote evaluation's scoring rules, and a floor on a slice of the development set."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from support import ROOT, shared_file

sys.path.insert(0, str(ROOT / "bench"))

import quotes_eval


def test_reference_span_is_reanchored_on_its_text():
    text = "He said “the bridge opens in May” on Friday."
    start = text.index("“")
    quote = {
        "start": start,
        "end": start + len("“the bridge opens in May”"),
        "text": "the bridge opens in May",
    }
    s, e = quotes_eval.reference_span(text, quote)
    assert text[s:e] == "the bridge opens in May"


def test_overlap_must_cover_half_of_each():
    assert quotes_eval.covers((0, 10), (0, 10))
    assert quotes_eval.covers((0, 10), (5, 15))
    assert not quotes_eval.covers((0, 10), (0, 30))  # a third of the reference only
    assert not quotes_eval.covers((0, 30), (0, 10))
    assert not quotes_eval.covers((0, 10), (10, 20))


@pytest.mark.parametrize(
    ("mention", "names"),
    [
        ("he", False),
        ("the Florida senator", False),
        ("A spokeswoman for the House Armed Services Committee", False),
        ("Mr. Okafor", True),
        ("Col. Ana Ruiz, a military spokeswoman in Lagos,", True),
        ("the Harbour Gazette", True),
        ("another resident, Ines Kowalczyk,", True),
    ],
)
def test_which_references_name_someone(mention, names):
    assert quotes_eval.names_someone(mention) is names


def test_speaker_match_shares_a_name_word():
    assert quotes_eval.speaker_matches("Ana Ruiz", "Col. Ana Ruiz, a military spokeswoman")
    assert quotes_eval.speaker_matches("Ana Ruiz", "Ms. Ruiz")
    assert not quotes_eval.speaker_matches("Ines Kowalczyk", "Ms. Ruiz")
    assert not quotes_eval.speaker_matches(None, "Ms. Ruiz")


def test_speaker_match_takes_initials_for_the_full_name():
    # the fullest name the article gives against the initials the annotator wrote
    assert quotes_eval.speaker_matches("Democratic National Committee", "the DNC")
    assert quotes_eval.speaker_matches("RNC", "Republican National Committee")
    assert not quotes_eval.speaker_matches("Democratic National Committee", "the RNC")
    # a person's initials, or an organisation's named beside its spokesman, are no match
    assert not quotes_eval.speaker_matches("Adam Price", "AP")
    assert not quotes_eval.speaker_matches("Democratic National Committee", "the DNC chair Tom Perez")


def test_scoring_counts_matches_speakers_and_verbatim():
    text = "“The port reopens on Monday,” Ana Ruiz said. Later “the fleet” sailed."
    ref_start = text.index("The port")
    references = [
        {
            "start": ref_start,
            "end": ref_start + 27,
            "text": text[ref_start : ref_start + 27],
            "speaker": "Ruiz",
        }
    ]
    scores = quotes_eval.Scores("test")
    predictions = [
        (ref_start, ref_start + 27, text[ref_start : ref_start + 27], "Ana Ruiz"),
        (text.index("the fleet"), text.index("the fleet") + 9, "the fleet", None),
    ]
    quotes_eval.score_article(scores, text, references, predictions)
    assert (scores.predictions, scores.matched_predictions) == (2, 1)
    assert (scores.references, scores.matched_references) == (1, 1)
    assert (scores.speaker_scored, scores.speaker_correct) == (1, 1)
    assert scores.verbatim == 2


def test_missing_data_file_is_a_one_line_error(tmp_path, capsys):
    assert quotes_eval.main([str(tmp_path / "absent.jsonl"), "--no-textacy"]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_dev_slice_meets_the_floors(briefer):
    """The first 30 development articles: measured 92.6% recall, 93.7% speaker accuracy."""
    path = shared_file("quotes_dev.jsonl")
    from briefgen.quotes import find_quotes
    from briefgen.types import Article

    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for _, line in zip(range(30), handle, strict=False)]
    analysed = briefer.analyse([Article(row["text"]) for row in rows])
    scores = quotes_eval.Scores("briefgen")
    for row, item in zip(rows, analysed, strict=True):
        found = find_quotes(item)
        predictions = [(q.start, q.end, q.text, q.speaker) for q in found]
        quotes_eval.score_article(scores, row["text"], row["quotes"], predictions)
    assert scores.verbatim == scores.predictions
    assert scores.matched_references / scores.references >= 0.88
    assert scores.speaker_correct / scores.speaker_scored >= 0.88


def test_eval_writes_its_table(tmp_path):
    path = tmp_path / "tiny.jsonl"
    text = "“The port reopens on Monday at dawn,” Ana Ruiz said on Sunday."
    start = text.index("The port")
    body = "The port reopens on Monday at dawn,"
    row = {
        "id": "tiny",
        "text": text,
        "quotes": [{"start": start, "end": start + len(body), "text": body, "speaker": "Ana Ruiz"}],
    }
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    out = tmp_path / "quotes.md"
    assert quotes_eval.main([str(path), "--no-textacy", "--out", str(out)]) == 0
    table = Path(out).read_text(encoding="utf-8")
    assert "| briefgen --quotes all | 1 | 100.0% | 100.0% |" in table
