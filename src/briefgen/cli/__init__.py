"""The ``briefgen`` command: parse arguments, call the Python API, print (shared options: :mod:`.options`).

``briefgen INPUT...`` briefs articles (the ``brief`` subcommand is implied);
further subcommands (``digest``) live beside it. Errors a user can cause print
one line on stderr and exit 1; usage errors exit 2.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from .._version import __version__
from ..errors import BriefgenError
from .options import build_engine_options, hf_options, hf_options_without_batch_size, quotes_option

FORMATS = ("md", "text", "json", "html", "eml")


class _DefaultGroup(click.Group):
    """A group that runs ``brief`` when the first argument is not a subcommand."""

    default_command = "brief"

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = [self.default_command, *args]
        elif not args:
            args = [self.default_command]
        return super().parse_args(ctx, args)

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        command = self.commands[self.default_command]
        with click.Context(command, info_name=ctx.info_name, parent=None) as sub:
            command.format_help(sub, formatter)
        self.format_commands(ctx, formatter)


@click.group(cls=_DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="briefgen")
def main() -> None:
    """briefgen: news articles in, briefings out."""


@main.command("brief")
@click.argument("inputs", metavar="INPUT...", nargs=-1, required=True)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="md",
    show_default=True,
    help="Output format.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Write to this file (atomically) instead of standard output.",
)
@click.option(
    "--engine",
    default="extractive",
    show_default=True,
    help="Summarisation engine: extractive (embedded models) or hf (transformers).",
)
@click.option(
    "--quotes",
    "quotes",
    default="3",
    show_default=True,
    metavar="N|all",
    help="Key quotes per brief: a number (0 for none) or 'all' for every direct quote.",
)
@click.option(
    "--templates",
    "templates_dir",
    type=click.Path(file_okay=False),
    default=None,
    help="Directory of templates overriding the packaged ones by name.",
)
@click.option(
    "--fragment",
    is_flag=True,
    help="With -f html: only the email body, every style inline, to paste into a newsletter.",
)
@click.option(
    "--from",
    "sender",
    default=None,
    metavar="ADDRESS",
    help="With -f eml: the From address [default: $BRIEFGEN_FROM, else briefgen@localhost].",
)
@click.option(
    "--to",
    "recipients",
    multiple=True,
    metavar="ADDRESS",
    help="With -f eml: a To address; repeat or separate with commas [default: $BRIEFGEN_TO].",
)
@click.option(
    "--headline",
    "headline_mode",
    type=click.Choice(("title", "generate")),
    default=None,
    help="title: the input's title when it has one (the default); generate: always cut the "
    "headline from the article. The JSON's headline_source says which was used.",
)
@hf_options
def brief_command(
    inputs: tuple[str, ...],
    fmt: str,
    output: str | None,
    engine: str,
    quotes: str,
    templates_dir: str | None,
    fragment: bool = False,
    sender: str | None = None,
    recipients: tuple[str, ...] = (),
    headline_mode: str | None = None,
    **hf_options: Any,
) -> None:
    """Brief each INPUT (a file, or - for standard input): headline, three bullets, key quotes.

    With several inputs, -f json prints JSON Lines, one object per input, in order;
    -f html and -f eml make one email with a story per input.
    """
    try:
        quote_limit = quotes_option(quotes)
    except click.BadParameter as err:
        raise click.BadParameter(str(err), param_hint="'--quotes'") from None
    if fragment and fmt != "html":
        raise click.UsageError("--fragment goes with -f html")
    if (sender or recipients) and fmt != "eml":
        raise click.UsageError("--from and --to go with -f eml")
    engine_options = build_engine_options(engine, hf_options, templates_dir)
    if headline_mode is not None:
        if engine != "extractive":
            raise click.UsageError("--headline goes with --engine extractive")
        engine_options["headline"] = headline_mode
    from ..pipeline import brief_inputs

    try:
        outcome = brief_inputs(
            list(inputs),
            fmt=fmt,
            engine=engine,
            quotes=quote_limit,
            templates_dir=templates_dir,
            engine_options=engine_options,
            render_options={"fragment": fragment, "sender": sender, "recipients": recipients},
        )
    except BriefgenError as err:
        _fail(str(err))
    for error in outcome.errors:
        click.echo(f"briefgen: {error}", err=True)
    if outcome.text:
        if output:
            from ..output import write_atomic

            try:
                write_atomic(output, outcome.text)
            except OSError as err:
                _fail(f"{output}: cannot write ({err.strerror or err})")
        else:
            click.echo(outcome.text, nl=not outcome.text.endswith("\n"))
    sys.exit(1 if outcome.errors else 0)


@main.command("digest")
@click.argument("inputs", metavar="INPUT...", nargs=-1)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="briefing.toml with the digest's settings; the options below override it.",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(("md", "html", "text", "eml", "json", "atom", "rss", "jsonfeed")),
    default=None,
    help="Output format [default: md, or format in the config]; atom, rss and jsonfeed "
    "make a feed that each run extends.",
)
@click.option(
    "-o",
    "--output",
    default=None,
    metavar="PATH|DIR",
    help="A file, or a folder for DATE-TITLE.EXT (written atomically) [default: standard output].",
)
@click.option("--title", default=None, help="Digest title [default: Daily briefing].")
@click.option("--date", "day", default=None, metavar="YYYY-MM-DD", help="Digest date [default: today].")
@click.option(
    "--since",
    default=None,
    metavar="DURATION|DATE",
    help="Only articles published since then: 36h, 2d, 1w, or a date.",
)
@click.option(
    "--new-only",
    is_flag=True,
    default=None,
    help="Leave out stories an earlier digest (another date or title) already carried.",
)
@click.option(
    "--max-stories",
    type=click.IntRange(min=0),
    default=None,
    metavar="N",
    help="At most N stories, most-carried first (0: all) [default: 12].",
)
@click.option(
    "--feed",
    default=None,
    metavar="PATH",
    help="Also add the stories to this feed file (.atom, .rss or .json) [default: feed in the config].",
)
@click.option("--send", is_flag=True, help="Mail the digest through the config's [smtp] server.")
@click.option("--force", is_flag=True, help="With --send: send even if this date's digest was sent.")
@click.option(
    "--state",
    "state_path",
    type=click.Path(dir_okay=False),
    default=None,
    help="State file of sent stories [default: digest-state.sqlite3 in the user data folder].",
)
def digest_command(
    inputs: tuple[str, ...],
    config_path: str | None,
    fmt: str | None,
    output: str | None,
    title: str | None,
    day: str | None,
    since: str | None,
    new_only: bool | None,
    max_stories: int | None,
    feed: str | None,
    send: bool,
    force: bool,
    state_path: str | None,
) -> None:
    """Make one digest of many INPUTs: files, folders, globs, JSON Lines, RSS/Atom feeds, URLs.

    Articles about the same event become one story listing every source. Exit
    status: 0 when every input worked, 3 when some were skipped but a digest
    was made, 1 when no digest could be made.
    """
    from ..digest import DigestOptions, NoDigestError, make_digest

    options = DigestOptions(
        config=config_path,
        fmt=fmt,
        output=output,
        title=title,
        date=day,
        since=since,
        new_only=new_only,
        max_stories=max_stories,
        feed=feed,
        send=send,
        force=force,
        state=state_path,
        progress=sys.stderr.isatty(),
    )
    try:
        result = make_digest(list(inputs), options)
    except NoDigestError as err:
        for skip in err.skipped:
            click.echo(f"briefgen: skipped {skip.input}: {skip.reason}", err=True)
        _fail(str(err))
    except BriefgenError as err:
        _fail(str(err))
    for skip in result.skipped:
        click.echo(f"briefgen: skipped {skip.input}: {skip.reason}", err=True)
    for note in result.notes:
        click.echo(f"briefgen: {note}", err=True)
    if result.path is not None and result.digest is not None:
        sent = " and mailed it" if result.sent else ""
        click.echo(f"briefgen: wrote {len(result.digest.stories)} stories to {result.path}{sent}", err=True)
    sys.exit(result.status)


@main.command("batch")
@click.argument("inputs", metavar="INPUT...", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    required=True,
    metavar="OUT.jsonl|OUT.parquet",
    help="One row per input row: id, brief (the -f json object), error, the row's other fields. "
    "Rerunning with the same output resumes.",
)
@click.option("--engine", default="extractive", show_default=True, help="Summarisation engine.")
@click.option(
    "--quotes", "quotes", default="3", show_default=True, metavar="N|all", help="Key quotes per brief."
)
@click.option("--workers", type=click.IntRange(min=1), metavar="N", help="Workers [default: one per core].")
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=8,
    show_default=True,
    metavar="N",
    help="Rows a worker briefs per call; also what a killed job can lose per worker.",
)
@click.option(
    "--address",
    default=None,
    metavar="ADDR",
    help="A Ray cluster to run on, from one of its nodes (HEAD:6379) [default: $RAY_ADDRESS, else this machine].",
)
@click.option(
    "--gpus-per-worker", type=click.FloatRange(min=0), default=0.0, metavar="N", help="For --engine hf."
)
@click.option("--cpus-per-worker", type=click.FloatRange(min=0), default=1.0, show_default=True, metavar="N")
@click.option("--limit", type=click.IntRange(min=1), default=None, metavar="N", help="Brief at most N rows.")
@click.option(
    "--model-batch-size", type=click.IntRange(min=1), metavar="N", help="With --engine hf: texts per call."
)
@hf_options_without_batch_size
def batch_command(
    inputs: tuple[str, ...],
    output: str,
    engine: str,
    quotes: str,
    workers: int | None,
    batch_size: int,
    address: str | None,
    gpus_per_worker: float,
    cpus_per_worker: float,
    limit: int | None,
    model_batch_size: int | None,
    **hf_options: Any,
) -> None:
    """Brief an archive: JSON Lines or Parquet files, or folders of them and of article files.

    Runs on Ray Data, on every core of this machine or on a Ray cluster
    (needs pip install "briefgen[batch]"). Exit status: 0 when every row was
    briefed, 3 when some rows have an error instead, 1 when the job failed.
    """
    try:
        quote_limit = quotes_option(quotes)
    except click.BadParameter as err:
        raise click.BadParameter(str(err), param_hint="'--quotes'") from None
    if model_batch_size is not None and engine != "hf":
        raise click.UsageError("--model-batch-size: only with --engine hf")
    engine_options = build_engine_options(engine, {**hf_options, "batch_size": model_batch_size}, None)
    if gpus_per_worker and engine_options.get("device") is None and engine == "hf":
        engine_options["device"] = "cuda"
    from ..batch import BatchOptions, brief_archive

    try:
        result = brief_archive(
            list(inputs),
            output,
            BatchOptions(
                engine=engine,
                quotes=quote_limit,  # type: ignore[arg-type]
                engine_options=tuple(sorted(engine_options.items())),
                batch_size=batch_size,
                workers=workers,
                cpus_per_worker=cpus_per_worker,
                gpus_per_worker=gpus_per_worker,
                address=address,
                limit=limit,
                progress="bar" if sys.stderr.isatty() else "lines",
            ),
        )
    except BriefgenError as err:
        _fail(str(err))
    except KeyboardInterrupt:
        _fail(f"interrupted; the rows done so far are in {output}.parts/, rerun to resume")
    click.echo(f"briefgen: {result.summary()}", err=True)
    sys.exit(3 if result.failed else 0)


@main.command("serve")
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default)."
)
@click.option(
    "--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port to listen on."
)
@click.option(
    "--allow-private-urls",
    is_flag=True,
    help="Also fetch URLs on loopback, private and link-local addresses (refused by default).",
)
def serve_command(host: str, port: int, allow_private_urls: bool) -> None:
    """Serve the HTTP API (/v1/brief, /v1/digest, /v1/health, /docs) and the editor's page at /.

    With BRIEFGEN_API_TOKEN set, API requests must send Authorization: Bearer TOKEN.
    """
    from ..serve.run import ServeError, serve

    try:
        serve(host=host, port=port, allow_private_urls=allow_private_urls)
    except ServeError as err:
        _fail(str(err))


def _fail(message: str) -> Any:
    click.echo(f"briefgen: {message}", err=True)
    sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
