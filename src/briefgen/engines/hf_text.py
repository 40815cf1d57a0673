"""Pure text work around the hf engine's model call: chunk planning and cleaning generated text.

Kept apart from :mod:`briefgen.engines.hf` (loading, batching, generation) so it can
be tested and reused without a model.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..condense.wording import ends_dangling

ARTEFACTS = (
    ("-LRB-", "("),
    ("-RRB-", ")"),
    ("-LSB-", "["),
    ("-RSB-", "]"),
    ("-LCB-", "{"),
    ("-RCB-", "}"),
    ("<n>", " "),
    ("``", "“"),
    ("''", "”"),
)
BULLET_MARK = re.compile(r"^\s*(?:[-*•–]|\d+[.)])\s+")


def plan_chunks(
    sentences: Sequence[str], lengths: Sequence[int], budget: int, overlap: int = 1
) -> list[list[int]]:
    """Pack sentence indices into chunks of at most ``budget`` tokens, ``overlap`` sentences shared.

    A sentence longer than the budget gets a chunk of its own (the tokenizer
    truncates it), so no chunk ever exceeds the model's limit by more than one
    sentence's tail and no article is too long.
    """
    if not sentences:
        return [[]]
    chunks: list[list[int]] = []
    start = 0
    while start < len(sentences):
        chunk, total = [], 0
        i = start
        while i < len(sentences) and (not chunk or total + lengths[i] <= budget):
            chunk.append(i)
            total += lengths[i]
            i += 1
        chunks.append(chunk)
        if i >= len(sentences):
            break
        # Step back for overlap, but always move forward.
        start = max(i - overlap, chunk[0] + 1)
        if sum(lengths[j] for j in range(start, i)) > budget // 2:
            start = i
    return chunks


def split_plain(text: str) -> list[str]:
    """Sentences of generated text, cheaply (for the reduce step; no parser needed)."""
    text = clean_generated(text.replace("\n", " "))
    parts = re.split(r"(?<=[.!?”])\s+(?=[A-Z“\"'(\d])", text)
    return [p.strip() for p in parts if p.strip()]


def clean_generated(text: str) -> str:
    """Undo the tokenisation artefacts CNN/DailyMail models learned (` .`, `-LRB-`, `<n>`, `` `x' ``)."""
    for old, new in ARTEFACTS:
        text = text.replace(old, new)
    text = re.sub(r"\s+(n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", text)
    text = re.sub(r"\b([A-Z]) ' (?=[A-Z])", r"\1'", text)  # O ' Sullivan
    text = re.sub(r"(?<=\ws) ' (?=\w)", "' ", text)  # drivers ' standings
    text = re.sub(r"`\s?((?:[^`']|'(?=\w))+?)\s?'(?=\s|$|[.,;:!?])", r"'\1'", text)  # ` quoted '
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"\s+\)", ")", text)
    text = re.sub(r"([$£€])\s+(?=\d)", r"\1", text)
    text = re.sub(r"(?<=\d)\s+%", "%", text)
    text = re.sub(r"\s+([.,;:!?])", r"\1", text)
    text = re.sub(r"“\s+", "“", text)
    text = re.sub(r"\s+”", "”", text)
    return re.sub(r"\s+", " ", text).strip()


def whole_generated_sentence(sentence: str) -> str:
    """A bullet sentence, or '' when it is a fragment (too short, or cut off mid-phrase)."""
    sentence = sentence.strip(" -–—,;:")
    if len(sentence.split()) < 4 or not any(c.isalpha() for c in sentence):
        return ""
    if sentence[-1] not in ".!?”\"'’)":
        if ends_dangling(sentence):
            return ""  # generation stopped mid-sentence
        sentence += "."
    return sentence[:1].upper() + sentence[1:]


def near_duplicate(a: str, b: str) -> bool:
    """Same statement twice: word-set Jaccard ≥ 0.7, or one's words inside the other's."""
    wa, wb = set(re.findall(r"\w+", a.lower())), set(re.findall(r"\w+", b.lower()))
    if not wa or not wb:
        return False
    return len(wa & wb) / len(wa | wb) >= 0.7 or wa <= wb or wb <= wa


def first_line(text: str) -> str:
    """A headline from generated text: its first non-empty line, without labels and marks."""
    for line in text.split("\n"):
        line = clean_generated(BULLET_MARK.sub("", line))
        line = re.sub(r"^(?:headline|title)\s*:\s*", "", line, flags=re.IGNORECASE).strip(" #*\"“”'")
        if len(line.split()) >= 2:
            line = line.rstrip(".")
            return line[:1].upper() + line[1:]
    return ""
