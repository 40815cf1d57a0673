"""Quality gate (in the style of trafilatura's eval_gate.py): ROUGE floors pinned in
``tests/quality/quality_floors.json``, failing when a figure drops below its floor by more
than noise. Runs only with the evaluation data in ``../shared/data``.

Bullets: all of cnndm_dev.jsonl; headlines: every 20th article of
headlines_dev.jsonl (a fixed subset with its own floors, so the gate stays within
a few minutes). Parses are cached under /tmp by ``bench/quality.py``.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

import pytest

from support import ROOT, shared_file

pytest.importorskip("rouge_score", reason="rouge-score is missing: pip install -e '.[dev]'")

FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text())
NOISE = FLOORS["noise"]


def _bench(name: str):
    """A script of bench/ as a module (quality, lint, quotes_eval)."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.pop(0)


@pytest.mark.slow
def test_bullets_hold_their_floors() -> None:
    path = shared_file("cnndm_dev.jsonl")
    rows = {r.system: r.scores for r in _bench("quality").evaluate_bullets(path)}
    floors = FLOORS["bullets"]
    ours = rows["briefgen"]
    for key in ("rouge1", "rouge2", "rougeLsum"):
        assert ours[key] >= floors[key] - NOISE, f"bullets {key} {ours[key]:.2f} < floor {floors[key]}"
    assert ours["words"] <= floors["max_words"], f"bullets average {ours['words']:.1f} words"
    # issue 16's floor, with no noise allowance: deleting words must not fall below the lead
    lead = rows["LEAD-3"]["rouge2"]
    assert ours["rouge2"] >= lead, f"bullets ROUGE-2 {ours['rouge2']:.2f} < LEAD-3 {lead:.2f}"


@pytest.mark.slow
def test_headlines_hold_their_floors() -> None:
    path = shared_file("headlines_dev.jsonl")
    floors = FLOORS["headlines"]
    rows, pairs = _bench("quality").evaluate_headlines(path, stride=floors["stride"])
    ours = {r.system: r.scores for r in rows}["briefgen"]
    for key in ("rouge1", "rouge2", "rougeL"):
        assert ours[key] >= floors[key] - NOISE, f"headlines {key} {ours[key]:.2f} < floor {floors[key]}"
    assert floors["min_chars"] <= ours["chars"] <= floors["max_chars"], ours["chars"]
    assert ours["over90"] == 0, [h for _, h in pairs if len(h) > 90]
    assert ours["dangling"] <= floors["max_dangling_percent"], ours["dangling"]


@pytest.mark.slow
def test_lint_counts_hold_at_their_ceilings() -> None:
    """Faithfulness first: on a fixed subset of every source, no brief has an unpaired quote
    mark, a glued or split sentence, a mid-phrase end, furniture, a missing referent, a cut
    source or a bullet that is not a deletion (ceilings in quality_floors.json: zero, except
    one generated headline each ending mid-phrase and cutting a source, measured)."""
    lint = _bench("lint")
    shared_file("cnndm_dev.jsonl")
    settings = FLOORS["lint"]
    found = []
    for name, records in lint.load_sources(shared_file("cnndm_dev.jsonl").parent).items():
        chosen = lint.sample(records, settings["limit"], 1)
        found += lint.lint_source(name, chosen, titles=False).findings
    for check in lint.CHECKS:
        hits = [f"{i} {f.where}: {f.detail} | {f.text}" for i, f in found if f.check == check]
        assert len(hits) <= settings["max"][check], hits


@pytest.mark.slow
@pytest.mark.parametrize("name", ["quotes_ggt_dev.jsonl", "quotes_dev.jsonl"])
def test_quotes_hold_their_floors(name: str) -> None:
    """Quote recall, precision (scare and partial quotes apart, and with partial quotes
    counted), speaker accuracy and key-quote speakers.

    The Canadian set is scored whole; PolNeAR on every 10th article (84), so the gate
    stays within minutes. Parses are cached under /tmp/briefgen-quotes.
    """
    floors = FLOORS["quotes"][name]
    evaluation = _bench("quotes_eval")
    rows = evaluation.load_rows(shared_file(name), stride=floors["stride"])
    analysed = evaluation.analyse_cached([r["text"] for r in rows], Path("/tmp/briefgen-quotes"))
    scores, keys = evaluation.evaluate_briefgen(rows, analysed)
    recall = 100 * scores.matched_references / scores.references
    precision = 100 * scores.matched_predictions / scores.predictions
    with_partial = (
        100 * (scores.matched_predictions + scores.partial_matched) / (scores.predictions + scores.partial)
    )
    speakers = 100 * scores.speaker_correct / scores.speaker_scored
    key_speakers = 100 * keys.right / keys.matched
    for label, value in (
        ("recall", recall),
        ("precision", precision),
        ("precision_partial_counted", with_partial),
        ("speaker_accuracy", speakers),
        ("key_speakers", key_speakers),
    ):
        assert value >= floors[label] - NOISE, f"{name} {label} {value:.2f} < floor {floors[label]}"
    assert not keys.places, f"key quotes naming a place: {keys.places}"
