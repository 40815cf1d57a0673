"""The ``hf`` engine: any public Hugging Face summarisation model, its claims checked.

Batch-first, in three stages:

* **preprocess** (pure): the article's sentences are packed into chunks that fit
  the model's input limit, with a sentence of overlap; an article longer than
  one chunk is summarised chunk by chunk and the chunk summaries are summarised
  again (map-reduce) until one text fits;
* **forward** (:meth:`HFEngine._forward`): one batched ``generate`` call per
  batch of chunks: encoder-decoder models (BART, PEGASUS, T5) read the text,
  decoder-only instruction models read a Jinja2 prompt (``prompts/``) wrapped
  in their chat template;
* **postprocess**: the summary is cleaned of tokenisation artefacts (`` .``,
  ``-LRB-``, ``<n>``), split into sentences, near-duplicates dropped, and every
  bullet and the headline pass the grounding check (:mod:`briefgen.engines.grounding`).
  A claim that fails is replaced by the best extractive one (``replaced``), or
  kept and marked (``unsupported``) with ``keep_unsupported``.

Quotes never come from the model: the pipeline takes them from the quote finder.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cached_property
from typing import Any

from ..condense.compress import BULLET_MAX_WORDS, compress_sentence
from ..condense.headline import headline_from
from ..errors import ConfigError
from ..types import AnalysedArticle, Bullet, Summary
from .extractive import ExtractiveEngine
from .grounding import GroundingChecker, Verdict
from .hf_loading import DEFAULT_MODEL, LoadedModel, load_model, resolve_source
from .hf_text import (
    BULLET_MARK,
    clean_generated,
    first_line,
    near_duplicate,
    plan_chunks,
    split_plain,
    whole_generated_sentence,
)

# Generation settings of the CNN/DailyMail checkpoints, per model family, as on
# their model cards (bart-large-cnn, distilbart-cnn-*, pegasus-cnn_dailymail);
# a model's own ``task_specific_params["summarization"]`` overrides them.
FAMILY_DEFAULTS: dict[str, dict[str, Any]] = {
    "bart": {
        "num_beams": 4,
        "no_repeat_ngram_size": 3,
        "length_penalty": 2.0,
        "min_length": 56,
        "max_length": 142,
        "early_stopping": True,
    },
    "pegasus": {"num_beams": 8, "length_penalty": 0.8, "max_length": 128, "min_length": 32},
    "t5": {
        "num_beams": 4,
        "no_repeat_ngram_size": 3,
        "length_penalty": 2.0,
        "min_length": 30,
        "max_length": 200,
        "early_stopping": True,
    },
    "led": {
        "num_beams": 4,
        "no_repeat_ngram_size": 3,
        "length_penalty": 2.0,
        "min_length": 56,
        "max_length": 142,
        "early_stopping": True,
    },
}
SEQ2SEQ_FALLBACK = {"num_beams": 4, "no_repeat_ngram_size": 3, "min_length": 30, "max_length": 142}
# Decoder-only: greedy, enough new tokens for three short bullets or a headline.
CAUSAL_DEFAULTS = {"num_beams": 1, "max_new_tokens": 160, "repetition_penalty": 1.1}
HEADLINE_NEW_TOKENS = 32
GENERATION_KEYS = (
    "num_beams",
    "no_repeat_ngram_size",
    "length_penalty",
    "min_length",
    "max_length",
    "early_stopping",
    "max_new_tokens",
    "min_new_tokens",
    "repetition_penalty",
)
MAX_REDUCE_ROUNDS = 3


class HFEngine:
    """Summaries from a Hugging Face model, every claim checked against the article.

    ``model`` is a hub id or a local directory; ``revision`` pins a hub commit
    (the default model is pinned). ``headline_model`` optionally writes the
    headlines. ``prompts_dir`` overrides the packaged prompts by file name.
    ``generation`` overrides generate() settings (e.g. ``{"num_beams": 1}``).
    """

    name = "hf"

    def __init__(
        self,
        model: str | None = None,
        revision: str | None = None,
        *,
        device: str = "auto",
        dtype: str = "auto",
        batch_size: int = 4,
        headline_model: str | None = None,
        keep_unsupported: bool = False,
        prompts_dir: str | None = None,
        max_input_tokens: int | None = None,
        generation: dict[str, Any] | None = None,
        bullets: int = 3,
        checker: GroundingChecker | None = None,
    ) -> None:
        if batch_size < 1:
            raise ConfigError(f"--batch-size {batch_size}: must be 1 or more")
        if max_input_tokens is not None and max_input_tokens < 16:
            raise ConfigError(f"max_input_tokens {max_input_tokens}: must be 16 or more")
        unknown = set(generation or {}) - set(GENERATION_KEYS)
        if unknown:
            raise ConfigError(f"unknown generation setting(s): {', '.join(sorted(unknown))}")
        self.model_name = model or DEFAULT_MODEL
        self.revision = revision
        self.device, self.dtype = device, dtype
        self.batch_size = batch_size
        self.headline_model = headline_model
        self.keep_unsupported = keep_unsupported
        self.prompts_dir = prompts_dir
        self.max_input_tokens = max_input_tokens
        self.generation = dict(generation or {})
        self.bullets = bullets
        self.checker = checker or GroundingChecker()
        # Fail fast, before any article is analysed, when a model cannot be had.
        resolve_source(self.model_name, revision)
        if headline_model:
            resolve_source(headline_model, None)

    # -- models ---------------------------------------------------------------------------

    @cached_property
    def loaded(self) -> LoadedModel:
        """The summarisation model, loaded on first use."""
        return load_model(
            self.model_name,
            self.revision,
            device=self.device,
            dtype=self.dtype,
            max_input_tokens=self.max_input_tokens,
        )

    @cached_property
    def headline_loaded(self) -> LoadedModel | None:
        """The headline model when one is given (or the summariser itself if decoder-only)."""
        if self.headline_model:
            return load_model(self.headline_model, None, device=self.device, dtype=self.dtype)
        return None if self.loaded.seq2seq else self.loaded

    # -- the engine -----------------------------------------------------------------------

    def summarize(self, articles: Sequence[AnalysedArticle]) -> list[Summary]:
        """One checked summary per analysed article."""
        if not articles:
            return []
        lm = self.loaded
        texts = self.summarise_texts(lm, [_source_sentences(a) for a in articles], "bullets")
        candidates = [self.postprocess(text, seq2seq=lm.seq2seq)[: self.bullets] for text in texts]
        verdicts = self.checker.check_many(
            [(a, c, False) for a, c in zip(articles, candidates, strict=False)]
        )
        extractive = _Extractive(articles, self.bullets)
        bullets = [
            self._choose(n, c, v, extractive)
            for n, (c, v) in enumerate(zip(candidates, verdicts, strict=False))
        ]
        headlines = self._headlines(articles, bullets, extractive)
        return [
            Summary(headline=h[0], bullets=b, headline_status=h[1], headline_reason=h[2])
            for b, h in zip(bullets, headlines, strict=False)
        ]

    def summarise_texts(self, lm: LoadedModel, sources: Sequence[Sequence[str]], kind: str) -> list[str]:
        """Map-reduce: each source (a list of sentences) → one model summary that read all of it."""
        budget = self._budget(lm, kind)
        pending = {i: plan_chunks(list(s), self._lengths(lm, s), budget) for i, s in enumerate(sources)}
        pending = {
            i: [" ".join(sources[i][j] for j in chunk) for chunk in plan] for i, plan in pending.items()
        }
        results = ["" for _ in sources]
        for round_ in range(MAX_REDUCE_ROUNDS + 1):
            flat = [(i, chunk) for i, chunks in pending.items() for chunk in chunks]
            outputs = self._generate(lm, [chunk for _, chunk in flat], kind)
            joined: dict[int, list[str]] = {}
            for (i, _), out in zip(flat, outputs, strict=False):
                joined.setdefault(i, []).append(out)
            pending = {}
            for i, outs in joined.items():
                if len(outs) == 1 or round_ == MAX_REDUCE_ROUNDS:
                    results[i] = "\n".join(outs)
                    continue
                # The chunk summaries become the text of the next round.
                sentences = [s for out in outs for s in split_plain(out)]
                plan = plan_chunks(sentences, self._lengths(lm, sentences), budget)
                pending[i] = [" ".join(sentences[j] for j in chunk) for chunk in plan]
            if not pending:
                break
        return results

    def _generate(self, lm: LoadedModel, texts: Sequence[str], kind: str) -> list[str]:
        """Batches of ``batch_size``, similar lengths together (less padding), in input order."""
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        out = ["" for _ in texts]
        for begin in range(0, len(order), self.batch_size):
            batch = order[begin : begin + self.batch_size]
            for i, text in zip(batch, self._forward(lm, [texts[i] for i in batch], kind), strict=False):
                out[i] = text
        return out

    def _forward(self, lm: LoadedModel, texts: Sequence[str], kind: str) -> list[str]:
        """The one model call: a batch of texts → generated texts (special tokens removed)."""
        import torch

        inputs = [self._model_input(lm, t, kind) for t in texts]
        tok = lm.tokenizer
        encoded = tok(
            inputs,
            return_tensors="pt",
            padding=True,
            truncation=True,
            max_length=self._input_cap(lm, kind),
            add_special_tokens=lm.seq2seq,
        )
        encoded = {k: v.to(lm.device) for k, v in encoded.items() if k in ("input_ids", "attention_mask")}
        settings = self.generation_settings(lm, kind)
        with torch.inference_mode():
            generated = lm.model.generate(**encoded, **settings)
        if not lm.seq2seq:  # a decoder-only model returns the prompt too
            generated = generated[:, encoded["input_ids"].shape[1] :]
        return tok.batch_decode(generated, skip_special_tokens=True, clean_up_tokenization_spaces=True)

    def _model_input(self, lm: LoadedModel, text: str, kind: str) -> str:
        if lm.seq2seq:
            return self._prefix(lm) + text
        prompt = self.prompt(kind, text)
        return lm.tokenizer.apply_chat_template(
            [{"role": "user", "content": prompt}], tokenize=False, add_generation_prompt=True
        )

    def generation_settings(self, lm: LoadedModel, kind: str) -> dict[str, Any]:
        """generate() settings: family defaults < the model's own < ``generation``; never sampled."""
        if lm.seq2seq:
            family = getattr(lm.model.config, "model_type", "")
            settings = dict(FAMILY_DEFAULTS.get(family, SEQ2SEQ_FALLBACK))
            own = (getattr(lm.model.config, "task_specific_params", None) or {}).get("summarization", {})
            settings.update({k: v for k, v in own.items() if k in GENERATION_KEYS})
        else:
            settings = dict(CAUSAL_DEFAULTS)
            if kind == "headline":
                settings["max_new_tokens"] = HEADLINE_NEW_TOKENS
        settings.update(self.generation)
        if kind == "headline" and lm.seq2seq:
            settings.update(min_length=0, max_length=min(int(settings.get("max_length", 32)), 32))
        positions = getattr(lm.model.config, "max_position_embeddings", None)
        if lm.seq2seq and isinstance(positions, int) and positions > 0:
            # The decoder's position table bounds the summary too (no "index out of range").
            settings["max_length"] = min(int(settings.get("max_length", positions)), positions)
            settings["min_length"] = min(int(settings.get("min_length", 0)), settings["max_length"] // 2)
        settings["do_sample"] = False  # deterministic: the same article gives the same brief
        settings["pad_token_id"] = lm.tokenizer.pad_token_id
        return settings

    def _prefix(self, lm: LoadedModel) -> str:
        own = (getattr(lm.model.config, "task_specific_params", None) or {}).get("summarization", {})
        return own.get("prefix", "") or ""

    def _budget(self, lm: LoadedModel, kind: str) -> int:
        """Article tokens one call may take: the input limit less specials, prefix or prompt."""
        if lm.seq2seq:
            overhead = lm.tokenizer.num_special_tokens_to_add() + len(
                lm.tokenizer(self._prefix(lm), add_special_tokens=False)["input_ids"]
            )
        else:
            overhead = len(
                lm.tokenizer(self._model_input(lm, "", kind), add_special_tokens=False)["input_ids"]
            )
        budget = self._input_cap(lm, kind) - overhead
        if budget < 8:
            raise ConfigError(
                f"model {lm.name}: its input limit ({lm.max_input_tokens} tokens) leaves "
                "no room for the article after the prompt"
            )
        return budget

    def _input_cap(self, lm: LoadedModel, kind: str) -> int:
        """Most input tokens per call; a decoder-only model needs room for what it writes too."""
        if lm.seq2seq:
            return lm.max_input_tokens
        positions = getattr(lm.model.config, "max_position_embeddings", None) or lm.max_input_tokens
        new_tokens = int(self.generation_settings(lm, kind).get("max_new_tokens", 0))
        return max(1, min(lm.max_input_tokens, positions - new_tokens))

    def _lengths(self, lm: LoadedModel, sentences: Sequence[str]) -> list[int]:
        if not sentences:
            return []
        ids = lm.tokenizer(list(sentences), add_special_tokens=False)["input_ids"]
        return [len(i) + 1 for i in ids]  # +1 for the space that joins sentences

    # -- prompts --------------------------------------------------------------------------

    @cached_property
    def _prompts(self):
        from jinja2 import ChoiceLoader, FileSystemLoader, PackageLoader, StrictUndefined
        from jinja2.sandbox import ImmutableSandboxedEnvironment

        loaders = [FileSystemLoader(self.prompts_dir)] if self.prompts_dir else []
        loaders.append(PackageLoader("briefgen", "prompts"))
        return ImmutableSandboxedEnvironment(
            loader=ChoiceLoader(loaders), undefined=StrictUndefined, keep_trailing_newline=False
        )

    def prompt(self, kind: str, article: str) -> str:
        """The user message for a decoder-only model (``kind`` is bullets or headline)."""
        from jinja2 import TemplateError as JinjaError

        from ..errors import TemplateError

        name = f"{kind}.prompt.j2"
        try:
            return self._prompts.get_template(name).render(article=article, bullets=self.bullets).strip()
        except JinjaError as err:
            raise TemplateError(f"prompt {name}: {err}") from None

    # -- postprocess ----------------------------------------------------------------------

    def postprocess(self, text: str, *, seq2seq: bool = True) -> list[str]:
        """Generated text → clean, distinct bullet sentences, in order."""
        from ..analyse.nlp import load_spacy

        if seq2seq:
            pieces = [clean_generated(p) for p in text.split("\n")]
        else:  # an instruction model writes "- bullet" lines, sometimes a preamble
            lines = [line for line in text.split("\n") if line.strip()]
            marked = [line for line in lines if BULLET_MARK.match(line)]
            pieces = [clean_generated(BULLET_MARK.sub("", line)) for line in (marked or lines)]
        nlp = load_spacy()
        sentences: list[str] = []
        for doc in nlp.pipe(p for p in pieces if p):
            spans = list(doc.sents) if seq2seq else [doc[:]]
            for span in spans:
                sentence = span.text.strip()
                if len(span.text.split()) > BULLET_MAX_WORDS:
                    sentence = compress_sentence(span)  # deletion only: still what the model said
                sentence = whole_generated_sentence(sentence)
                if sentence and not any(near_duplicate(sentence, s) for s in sentences):
                    sentences.append(sentence)
        return sentences

    # -- choosing bullets and the headline ------------------------------------------------

    def _choose(
        self, n: int, candidates: list[str], verdicts: list[Verdict], extractive: _Extractive
    ) -> tuple[Bullet, ...]:
        chosen: list[Bullet] = []
        for text, verdict in zip(candidates, verdicts, strict=False):
            if len(chosen) == self.bullets:
                break
            if verdict.supported:
                chosen.append(Bullet(text, verdict.sentences, "verified"))
            elif self.keep_unsupported:
                chosen.append(Bullet(text, verdict.sentences, "unsupported", verdict.reason))
            else:
                spare = extractive.next_bullet(n, chosen)
                if spare is not None:
                    chosen.append(Bullet(spare.text, spare.sentences, "replaced", verdict.reason))
        while len(chosen) < self.bullets:  # the model said too little: fill from the article
            spare = extractive.next_bullet(n, chosen)
            if spare is None:
                break
            chosen.append(Bullet(spare.text, spare.sentences, "extracted"))
        return tuple(chosen)

    def _headlines(self, articles, bullets, extractive: _Extractive) -> list[tuple[str, str, str | None]]:
        """(headline, status, reason) per article."""
        model = self.headline_loaded
        if model is not None:
            budget = self._budget(model, "headline")
            leads = []
            for analysed in articles:
                # A headline is about the lead: the first chunk is enough.
                sentences = _source_sentences(analysed)
                first = plan_chunks(sentences, self._lengths(model, sentences), budget)[0]
                leads.append(" ".join(sentences[j] for j in first))
            raw = self._generate(model, leads, "headline")
            drafts = [first_line(text) for text in raw]
        else:
            drafts = [self._headline_from_bullets(b) for b in bullets]
        verdicts = self.checker.check_many(
            [(a, [d] if d else [], True) for a, d in zip(articles, drafts, strict=False)]
        )
        out = []
        for n, (draft, verdict) in enumerate(zip(drafts, verdicts, strict=False)):
            fallback = extractive.summaries[n].headline
            if not draft:
                out.append((fallback, "extracted", None))
            elif verdict[0].supported:
                out.append((draft, "verified", None))
            elif self.keep_unsupported:
                out.append((draft, "unsupported", verdict[0].reason))
            else:
                out.append((fallback, "replaced", verdict[0].reason))
        return out

    def _headline_from_bullets(self, bullets: Sequence[Bullet]) -> str:
        """Compress the first generated bullet that passed the check; '' when none did."""
        from ..analyse.nlp import load_spacy

        for bullet in bullets:
            if bullet.status == "verified":
                doc = load_spacy()(bullet.text)
                first = next(iter(doc.sents), doc[:])
                return headline_from(first)
        return ""


class _Extractive:
    """The extractive engine's bullets per article, for replacing and filling.

    The engine picks a few more than needed; its picks come in article order and
    it is lead-first, so the earlier pick is taken as the better one.
    """

    def __init__(self, articles: Sequence[AnalysedArticle], bullets: int) -> None:
        self.summaries = ExtractiveEngine(bullets=bullets + 3).summarize(articles)
        self.ranked = [list(summary.bullets) for summary in self.summaries]

    def next_bullet(self, n: int, chosen: Sequence[Bullet]) -> Bullet | None:
        """The best extractive bullet that says nothing a chosen bullet already says."""
        used = {i for b in chosen for i in b.sentences}
        for bullet in self.ranked[n]:
            if set(bullet.sentences) & used or any(near_duplicate(bullet.text, b.text) for b in chosen):
                continue
            return bullet
        return None


# -- pure helpers -------------------------------------------------------------------------


def _source_sentences(analysed: AnalysedArticle) -> list[str]:
    """The article's news sentences, very long ones cut into pieces of whole words."""
    sentences = [s.text for s in analysed.content_sentences()] or [s.text for s in analysed.sentences]
    out = []
    for sentence in sentences:
        words = sentence.split()
        if len(words) <= 200:
            out.append(sentence)
            continue
        parts = math.ceil(len(words) / 200)
        size = math.ceil(len(words) / parts)
        out += [" ".join(words[k : k + size]) for k in range(0, len(words), size)]
    return out
