"""The bench caches' sentence vectors (bench/sentence_vectors.py): a cache whose sentences
have moved since it was written must not pair a sentence with another's vector."""

from __future__ import annotations

import sys

import numpy as np

from support import ROOT

sys.path.insert(0, str(ROOT / "bench"))
try:
    import sentence_vectors
finally:
    sys.path.pop(0)


def test_vectors_follow_the_sentences_not_their_positions(tmp_path, analyse) -> None:
    analysed = analyse("The council met on Monday. It voted to close the bridge. Traffic will divert.")
    texts = [s.text for s in analysed.sentences]
    assert len(texts) == 3
    sentence_vectors.save(tmp_path / "a", texts, analysed.embeddings)

    stored = sentence_vectors.load(tmp_path / "a")
    same, changed = sentence_vectors.vectors_for(texts, stored)
    assert not changed
    np.testing.assert_array_equal(same, analysed.embeddings)

    # The same number of sentences, split elsewhere: the two changed ones are embedded
    # again, the unchanged one keeps its stored vector.
    moved = [texts[0] + " " + texts[1], "Traffic", texts[2]]
    vectors, changed = sentence_vectors.vectors_for(moved, stored)
    assert changed
    np.testing.assert_array_equal(vectors[2], analysed.embeddings[2])
    from briefgen.analyse.embedding import load_embedder

    fresh = load_embedder().encode([moved[0]])[0]
    np.testing.assert_allclose(vectors[0], fresh, atol=1e-5)
    assert float(vectors[0] @ analysed.embeddings[0]) < 0.999


def test_a_cache_without_its_sentence_texts_is_not_used(tmp_path) -> None:
    np.save(tmp_path / "a.npy", np.zeros((2, 384), dtype=np.float32))
    assert sentence_vectors.load(tmp_path / "a") is None
