"""Loading a Hugging Face model for the ``hf`` engine: local path or hub id, offline-safe.

Supported: transformers 4.56 to 5.x (checked on 5.24; ``dtype=`` replaced
``torch_dtype=`` in 4.56, and transformers 5 has no ``summarization`` pipeline,
so the engine calls the tokenizer and ``generate`` itself).

The hub is never contacted for a model that is already in the local cache: the
cache is looked up first and the model loaded with ``local_files_only``. Only a
model that is missing is downloaded, and only after a short reachability probe,
because huggingface_hub otherwise retries an unreachable hub for about half a
minute before failing. Every failure a user can cause is a one-line ModelError.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from ..errors import ConfigError, ModelError

DEFAULT_MODEL = "sshleifer/distilbart-cnn-12-6"
# The commit transformers' own summarization pipeline pinned ("a4f8f3e"), in full:
# the name of its snapshot directory in the hub cache.
DEFAULT_REVISION = "a4f8f3ea906ed274767e9906dbaede7531d660ff"
DEVICES = ("auto", "cpu", "cuda", "mps")
DTYPES = ("auto", "float32", "bfloat16", "float16")
PROBE_TIMEOUT_S = 3.0
MIN_TRANSFORMERS = (4, 56)


@dataclass
class LoadedModel:
    """A model ready to generate: tokenizer, model, and what the engine needs to know."""

    name: str
    tokenizer: Any
    model: Any
    seq2seq: bool
    device: str
    max_input_tokens: int


def load_model(
    name: str,
    revision: str | None = None,
    *,
    device: str = "auto",
    dtype: str = "auto",
    max_input_tokens: int | None = None,
) -> LoadedModel:
    """Load tokenizer and model ``name`` (hub id or local directory) for generation."""
    if device not in DEVICES:
        raise ConfigError(f"--device {device}: choose one of {', '.join(DEVICES)}")
    if dtype not in DTYPES:
        raise ConfigError(f"--dtype {dtype}: choose one of {', '.join(DTYPES)}")
    source, rev = resolve_source(name, revision)
    import transformers
    from transformers import AutoConfig, AutoModelForCausalLM, AutoModelForSeq2SeqLM, AutoTokenizer

    _check_version(transformers.__version__)
    transformers.utils.logging.set_verbosity_error()
    transformers.utils.logging.disable_progress_bar()
    target = pick_device(device)
    torch_dtype = pick_dtype(dtype, target)
    kwargs: dict[str, Any] = {"revision": rev, "local_files_only": source.local}
    try:
        config = AutoConfig.from_pretrained(source.path, **kwargs)
        tokenizer = AutoTokenizer.from_pretrained(source.path, **kwargs)
        seq2seq = bool(getattr(config, "is_encoder_decoder", False))
        auto = AutoModelForSeq2SeqLM if seq2seq else AutoModelForCausalLM
        model = auto.from_pretrained(source.path, config=config, dtype=torch_dtype, **kwargs)
    except (OSError, ValueError, KeyError) as err:
        raise ModelError(f"cannot load model {name}: {_first_line(err)}") from None
    model.to(target).eval()
    if not seq2seq:
        if getattr(tokenizer, "chat_template", None) is None:
            raise ModelError(
                f"model {name} is decoder-only but has no chat template: use an instruction-tuned "
                "model (e.g. an '-Instruct' one) or a summarisation model such as "
                f"{DEFAULT_MODEL}"
            )
        tokenizer.padding_side = "left"  # decoder-only models continue from the right end
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    limit = max_input_tokens or input_limit(config, tokenizer, seq2seq)
    return LoadedModel(name, tokenizer, model, seq2seq, target, limit)


@dataclass(frozen=True)
class _Source:
    path: str
    local: bool  # load with local_files_only (a directory, or already in the hub cache)


def resolve_source(name: str, revision: str | None) -> tuple[_Source, str | None]:
    """Where to load ``name`` from, without a network call when it is on disk.

    Raises ModelError at once when the model must be downloaded but the hub is
    offline or cannot be reached.
    """
    path = Path(name).expanduser()
    if path.is_dir():
        if not (path / "config.json").is_file():
            raise ModelError(f"{name}: not a Hugging Face model directory (no config.json)")
        if revision:
            raise ConfigError(f"--revision {revision}: {name} is a local directory, not a hub model")
        return _Source(str(path), True), None
    if name.startswith((".", "/", "~")) or os.sep in name.strip("/").replace("/", "", 1):
        raise ModelError(f"{name}: no such model directory")
    rev = revision or (DEFAULT_REVISION if name == DEFAULT_MODEL else None)
    from huggingface_hub import constants, try_to_load_from_cache

    try:
        cached = try_to_load_from_cache(name, "config.json", revision=rev or "main")
    except ValueError as err:  # huggingface_hub's HFValidationError: not a repo id
        raise ModelError(f"{name}: neither a model directory nor a hub id ({_first_line(err)})") from None
    if isinstance(cached, str):
        return _Source(name, True), rev
    if constants.HF_HUB_OFFLINE:
        raise ModelError(_missing(name, rev, "offline mode (HF_HUB_OFFLINE) is on"))
    if not hub_reachable(constants.ENDPOINT):
        raise ModelError(_missing(name, rev, f"{constants.ENDPOINT} cannot be reached"))
    return _Source(name, False), rev


def _missing(name: str, rev: str | None, why: str) -> str:
    pin = f" --revision {rev}" if rev else ""
    return (
        f"model {name} is not in the local Hugging Face cache and {why}: download it once with "
        f"`hf download {name}{pin}` where the hub is reachable (the cache is ~/.cache/huggingface, "
        "or HF_HOME), or pass a local directory with --model PATH"
    )


def hub_reachable(endpoint: str, timeout: float = PROBE_TIMEOUT_S) -> bool:
    """True when a TCP connection to the hub (or the proxy in use) opens within ``timeout``."""
    import socket
    import urllib.request

    url = urlparse(endpoint)
    proxy = urllib.request.getproxies().get(url.scheme or "https")
    target = urlparse(proxy if "://" in (proxy or "") else f"http://{proxy}") if proxy else url
    host = target.hostname
    if not host:
        return False
    port = target.port or (443 if target.scheme == "https" else 80)
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def pick_device(device: str) -> str:
    """The torch device for ``device`` (auto: CUDA, else Apple MPS, else CPU)."""
    import torch

    cuda = torch.cuda.is_available()
    mps = bool(getattr(torch.backends, "mps", None) and torch.backends.mps.is_available())
    if device == "auto":
        return "cuda" if cuda else "mps" if mps else "cpu"
    if device == "cuda" and not cuda:
        raise ConfigError(f"--device cuda: CUDA is not available to this torch ({torch.__version__})")
    if device == "mps" and not mps:
        raise ConfigError("--device mps: Apple's Metal (MPS) backend is not available here")
    return device


def pick_dtype(dtype: str, device: str) -> Any:
    """The torch dtype: ``auto`` is float32 on CPU, bfloat16 on GPUs that support it, else float16."""
    import torch

    if dtype != "auto":
        return getattr(torch, dtype)
    if device == "cuda":
        return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    if device == "mps":
        return torch.float16
    return torch.float32  # half precision is slower than float32 for generate on most CPUs


def input_limit(config: Any, tokenizer: Any, seq2seq: bool) -> int:
    """Tokens one model call may read: the smallest limit the model and tokenizer declare."""
    limits = [getattr(config, "max_position_embeddings", None), getattr(tokenizer, "model_max_length", None)]
    sane = [int(v) for v in limits if isinstance(v, int) and 0 < v < 1_000_000]
    limit = min(sane) if sane else 512
    # Long contexts of decoder-only models are slow on a CPU and dilute the prompt.
    return limit if seq2seq else min(limit, 2048)


def _check_version(version: str) -> None:
    parts = tuple(int(p) for p in version.split(".")[:2] if p.isdigit())
    if parts < MIN_TRANSFORMERS:
        raise ModelError(
            f"the hf engine needs transformers ≥ {'.'.join(map(str, MIN_TRANSFORMERS))}, "
            f"found {version}: pip install -U transformers"
        )


def _first_line(err: BaseException) -> str:
    text = str(err).strip() or type(err).__name__
    return text.splitlines()[0]
