"""Options that several ``briefgen`` commands share: key quotes and the hf engine's settings."""

from __future__ import annotations

from typing import Any

import click


def quotes_option(value: str) -> int | str:
    """``--quotes``: a number of key quotes, or 'all'."""
    if value == "all":
        return "all"
    try:
        number = int(value)
    except ValueError:
        raise click.BadParameter("must be a number or 'all'") from None
    if number < 0:
        raise click.BadParameter("must be 0 or more")
    return number


HF_OPTIONS = (
    click.option(
        "--model",
        default=None,
        metavar="ID|PATH",
        help="With --engine hf: a Hugging Face hub id or a local model directory "
        "[default: sshleifer/distilbart-cnn-12-6, pinned].",
    ),
    click.option(
        "--revision",
        default=None,
        metavar="REV",
        help="With --engine hf: the hub commit, branch or tag of --model.",
    ),
    click.option(
        "--device",
        type=click.Choice(("auto", "cpu", "cuda", "mps")),
        default=None,
        help="With --engine hf: where the model runs [default: auto].",
    ),
    click.option(
        "--dtype",
        type=click.Choice(("auto", "float32", "bfloat16", "float16")),
        default=None,
        help="With --engine hf: weight precision [default: auto: float32 on CPU, 16-bit on GPU].",
    ),
    click.option(
        "--batch-size",
        type=click.IntRange(min=1),
        default=None,
        metavar="N",
        help="With --engine hf: texts per model call [default: 4].",
    ),
    click.option(
        "--headline-model",
        default=None,
        metavar="ID|PATH",
        help="With --engine hf: a model that writes the headlines.",
    ),
    click.option(
        "--keep-unsupported",
        is_flag=True,
        default=None,
        help="With --engine hf: keep (and mark) generated bullets the article does not "
        "support instead of replacing them.",
    ),
)


def hf_options(command: Any) -> Any:
    """Add the ``--engine hf`` options to a command."""
    for option in reversed(HF_OPTIONS):
        command = option(command)
    return command


def hf_options_without_batch_size(command: Any) -> Any:
    """The ``--engine hf`` options but ``--batch-size``, which ``briefgen batch`` uses for rows."""
    # briefgen batch has its own --batch-size (rows per worker call); the model's is --model-batch-size.
    for option in reversed(HF_OPTIONS[:4] + HF_OPTIONS[5:]):
        command = option(command)
    return command


def build_engine_options(engine: str, given: dict[str, Any], templates_dir: str | None) -> dict[str, Any]:
    """Engine options from the CLI; hf options with another engine are a usage error."""
    given = {k: v for k, v in given.items() if v is not None}
    if engine != "hf":
        if given:
            names = ", ".join("--" + k.replace("_", "-") for k in given)
            raise click.UsageError(f"{names}: only with --engine hf")
        return {}
    if templates_dir is not None:
        given["prompts_dir"] = templates_dir  # prompt overrides live beside template overrides
    return given
