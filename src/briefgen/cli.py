"""The ``briefgen`` command: parse arguments, call the Python API, print.

``briefgen INPUT...`` briefs articles (the ``brief`` subcommand is implied);
further subcommands (``digest``) live beside it. Errors a user can cause print
one line on stderr and exit 1; usage errors exit 2.
"""

from __future__ import annotations

import sys
from typing import Any

import click

from . import __version__
from .errors import BriefgenError

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


def _quotes_option(value: str) -> int | str:
    if value == "all":
        return "all"
    try:
        number = int(value)
    except ValueError:
        raise click.BadParameter("must be a number or 'all'") from None
    if number < 0:
        raise click.BadParameter("must be 0 or more")
    return number


@click.group(cls=_DefaultGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="briefgen")
def main() -> None:
    """briefgen: news articles in, briefings out."""


@main.command("brief")
@click.argument("inputs", metavar="INPUT...", nargs=-1, required=True)
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="md", show_default=True,
              help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to this file (atomically) instead of standard output.")
@click.option("--engine", default="extractive", show_default=True,
              help="Summarisation engine: extractive (embedded models) or hf (transformers).")
@click.option("--quotes", "quotes", default="3", show_default=True, metavar="N|all",
              help="Key quotes per brief: a number (0 for none) or 'all' for every direct quote.")
@click.option("--templates", "templates_dir", type=click.Path(file_okay=False), default=None,
              help="Directory of templates overriding the packaged ones by name.")
@click.option("--fragment", is_flag=True,
              help="With -f html: only the email body, every style inline, to paste into a newsletter.")
@click.option("--from", "sender", default=None, metavar="ADDRESS",
              help="With -f eml: the From address [default: $BRIEFGEN_FROM, else briefgen@localhost].")
@click.option("--to", "recipients", multiple=True, metavar="ADDRESS",
              help="With -f eml: a To address; repeat or separate with commas [default: $BRIEFGEN_TO].")
def brief_command(inputs: tuple[str, ...], fmt: str, output: str | None, engine: str, quotes: str,
                  templates_dir: str | None, fragment: bool = False, sender: str | None = None,
                  recipients: tuple[str, ...] = ()) -> None:
    """Brief each INPUT (a file, or - for standard input): headline, three bullets, key quotes.

    With several inputs, -f json prints JSON Lines, one object per input, in order;
    -f html and -f eml make one email with a story per input.
    """
    try:
        quote_limit = _quotes_option(quotes)
    except click.BadParameter as err:
        raise click.BadParameter(str(err), param_hint="'--quotes'") from None
    if fragment and fmt != "html":
        raise click.UsageError("--fragment goes with -f html")
    if (sender or recipients) and fmt != "eml":
        raise click.UsageError("--from and --to go with -f eml")
    from .pipeline import brief_inputs

    try:
        outcome = brief_inputs(list(inputs), fmt=fmt, engine=engine, quotes=quote_limit,
                               templates_dir=templates_dir,
                               render_options={"fragment": fragment, "sender": sender,
                                               "recipients": recipients})
    except BriefgenError as err:
        _fail(str(err))
    for error in outcome.errors:
        click.echo(f"briefgen: {error}", err=True)
    if outcome.text:
        if output:
            from .output import write_atomic

            try:
                write_atomic(output, outcome.text)
            except OSError as err:
                _fail(f"{output}: cannot write ({err.strerror or err})")
        else:
            click.echo(outcome.text, nl=not outcome.text.endswith("\n"))
    sys.exit(1 if outcome.errors else 0)


def _fail(message: str) -> Any:
    click.echo(f"briefgen: {message}", err=True)
    sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
