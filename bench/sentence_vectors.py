"""Sentence embeddings kept beside a cached parse, checked against the sentences of today.

The bench caches store a spaCy parse and the embeddings of its sentences. Sentences
are rebuilt from the parse on every load, so a change to the sentence rules
(``briefgen.analyse.sentences``, ``briefgen.read.cleaning``) takes effect without
parsing again; the embeddings must then follow them. Each cache therefore stores
the sentence texts its vectors belong to, and ``vectors_for`` embeds again exactly
the sentences whose text is new. (Before, a cache whose sentences had moved but not
changed in number silently paired sentences with their neighbours' vectors.)
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np


def save(path: Path, texts: Sequence[str], vectors: np.ndarray) -> None:
    """Store ``vectors`` (one row per text) with the ``texts`` they embed, beside ``path``."""
    np.save(path.with_suffix(".npy"), np.asarray(vectors))
    path.with_suffix(".sentences.json").write_text(json.dumps(list(texts)))


def load(path: Path) -> tuple[list[str], np.ndarray] | None:
    """The texts and vectors stored at ``path``, or None when either file is missing."""
    vec_path, text_path = path.with_suffix(".npy"), path.with_suffix(".sentences.json")
    if not (vec_path.is_file() and text_path.is_file()):
        return None
    texts = json.loads(text_path.read_text())
    vectors = np.load(vec_path)
    return (texts, vectors) if len(texts) == len(vectors) else None


def vectors_for(texts: Sequence[str], stored: tuple[list[str], np.ndarray] | None) -> tuple[np.ndarray, bool]:
    """Vectors for ``texts`` (read-only), and whether any had to be embedded again.

    Stored vectors are reused by sentence text; only texts not stored are embedded.
    """
    if stored is not None and list(texts) == stored[0]:
        vectors = stored[1]
        vectors.setflags(write=False)
        return vectors, False
    known = dict(zip(stored[0], stored[1], strict=True)) if stored is not None else {}
    missing = sorted({t for t in texts if t not in known})
    if missing:
        from briefgen.analyse.embedding import load_embedder

        known.update(zip(missing, load_embedder().encode(missing), strict=True))
    dim = next(iter(known.values())).shape[0] if known else 384
    vectors = np.array([known[t] for t in texts], dtype=np.float32).reshape(len(texts), dim)
    vectors.setflags(write=False)
    return vectors, True
