"""``make_digest``: gather → group into stories → brief → render → write → send → record.

The order of the last three steps is the point: the state file learns that a
story went out only after the digest file is on disk (and, with ``send``,
after the SMTP server accepted the message), so a crash anywhere leaves the
story unsent, to be carried again by the next run.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from pathlib import Path
from typing import IO, Any

from ..errors import BriefgenError, ConfigError, InputError
from ..output import write_atomic
from ..types import AnalysedArticle, Article, Brief
from .config import FEED_KINDS, DigestConfig, check_values, load_config
from .delivery import DeliveryError
from .fetch import Fetcher
from .model import Digest, DigestStory, StorySource, slugify
from .progress import Progress
from .render import SUFFIX, digest_message, render_digest
from .sources import Item, Skipped, gather, parse_time
from .state import State, StoryRecord, default_state_path
from .stories import Signature, Story, group, opening_signatures, same_story, signature

ANALYSE_CHUNK = 32  # articles per analysis call: big enough to batch, small enough to show progress


class NoDigestError(BriefgenError):
    """No digest could be made (no input gave an article); ``skipped`` says why."""

    def __init__(self, message: str, skipped: Sequence[Skipped] = ()) -> None:
        super().__init__(message)
        self.skipped = tuple(skipped)


@dataclass(frozen=True)
class DigestResult:
    """What a digest run did. ``status`` is the CLI's exit status (0, or 3 when inputs were skipped)."""

    digest: Digest | None
    path: Path | None = None
    sent: bool = False
    skipped: tuple[Skipped, ...] = ()
    notes: tuple[str, ...] = field(default=())  # for stderr: not sent again, nothing new...

    @property
    def status(self) -> int:
        return 3 if self.skipped else 0


@dataclass(frozen=True)
class DigestOptions:
    """The options of one digest run. Each option that is not None overrides ``config``
    (a :class:`DigestConfig`, or the path of a ``briefing.toml``)."""

    config: DigestConfig | str | os.PathLike[str] | None = None
    fmt: str | None = None
    output: str | None = None
    title: str | None = None
    date: dt.date | str | None = None
    since: str | None = None
    new_only: bool | None = None
    send: bool = False
    force: bool = False  # mail even when this digest was mailed, or a send was interrupted
    state: str | os.PathLike[str] | None = None
    max_stories: int | None = None
    quotes: int | str | None = None
    engine: str | None = None
    templates: str | None = None
    feed: str | None = None  # a feed file to add the stories to, beside the main output
    progress: bool = False
    # The run's surroundings: where output without a path goes, how pages are fetched,
    # where SMTP credentials come from, the clock, and a hook that runs after the output
    # is written and before anything is sent or recorded (tests inject crashes there).
    stdout: IO[str] | None = None
    fetcher: Fetcher | None = None
    environ: Mapping[str, str] | None = None
    now: datetime | None = None
    after_output: Callable[[Path | None], None] | None = None


@dataclass(frozen=True)
class _Gathered:
    """Articles read from the inputs, in input order, with what was skipped and why."""

    items: list[Item]
    skipped: list[Skipped]
    notes: list[str]


@dataclass(frozen=True)
class _Grouped:
    """Articles grouped into stories; ``analysed`` holds the full analyses made so far."""

    stories: list[Story]
    signatures: list[Signature]
    analysed: list[AnalysedArticle | None]


def make_digest(
    inputs: Sequence[str] = (), options: DigestOptions | None = None, **overrides: Any
) -> DigestResult:
    """Make one digest of ``inputs`` (files, folders, globs, JSON Lines, feeds, URLs).

    The phases run in this order: gather, group into stories, brief, write,
    send, record. The state file learns that a story went out only after the
    digest is on disk (and, with ``send``, after the SMTP server accepted it), so
    a crash anywhere leaves the story to the next run. ``options`` is a
    :class:`DigestOptions`; keyword ``overrides`` replace its fields
    (``make_digest(paths, config="briefing.toml", send=True)``). Without an output
    path the digest goes to ``options.stdout``. Raises :class:`NoDigestError` when no
    input gives an article, other :class:`BriefgenError` subclasses for
    configuration, state or SMTP problems.
    """
    opts = replace(options or DigestOptions(), **overrides)
    cfg = _settings(opts)
    sources = tuple(inputs) or cfg.inputs
    if not sources:
        raise ConfigError("no inputs: give INPUT... on the command line or inputs in the config file")
    mail = opts.send
    if mail:
        if cfg.smtp is None:
            raise ConfigError("--send needs an [smtp] table in the config file (--config)")
        from .delivery import credentials

        credentials(cfg.smtp, opts.environ)  # a missing password fails now, not after all the work
    now = opts.now or datetime.now(timezone.utc)
    day = _digest_date(opts.date, now)
    target = output_path(cfg.output, day, cfg.title, cfg.format)
    cutoff = parse_since(cfg.since, now) if cfg.since else None
    meter = Progress(enabled=opts.progress)

    with meter, State(cfg.state or default_state_path()) as store:
        gathered = _gather(sources, cfg, opts, cutoff, meter)
        skipped, notes = gathered.skipped, gathered.notes
        from ..pipeline import Briefer

        briefer = Briefer(engine=cfg.engine, quotes=cfg.quotes, engine_options=dict(cfg.hf))
        grouped = _group(briefer, gathered.items, cfg, meter)
        key = Digest(cfg.title, day, ()).key
        with store.lock():
            stories, left_out = _choose(grouped, gathered.items, cfg, store, key, notes)
            if not stories:
                notes.append("nothing new: no digest written")
                return DigestResult(None, skipped=tuple(skipped), notes=tuple(notes))
            chosen, failed = _brief(briefer, stories, grouped.analysed, gathered.items, meter)
            skipped += failed
            if not chosen:
                raise NoDigestError(_nothing_read(skipped), skipped)
            digest = Digest(
                cfg.title, day, tuple(s for s, _ in chosen), tuple(skipped), len(gathered.items), left_out
            )
            mail = mail and _may_mail(store, key, digest, opts.force, notes)
            text, message = _render(digest, cfg, mail, target, now)
            _write(text, target, opts.stdout)
            if cfg.feed:
                from .feeds import update_config_feed

                notes.append(update_config_feed(digest, cfg, now=now))
            if opts.after_output is not None:
                opts.after_output(target)
            if mail:
                _send(message, cfg, store, key, day, opts.environ, notes)
            store.record(
                key,
                date=day.isoformat(),
                title=cfg.title,
                stories=[_record(story, grouped.signatures[lead]) for story, lead in chosen],
                sent=mail,
                message_id=message["Message-ID"] if (mail and message is not None) else None,
                recipients=cfg.smtp.to if (mail and cfg.smtp) else (),
            )
    return DigestResult(digest, path=target, sent=mail, skipped=tuple(skipped), notes=tuple(notes))


def _settings(opts: DigestOptions) -> DigestConfig:
    """The config file's settings with the run's options laid over them, checked."""
    config = opts.config
    cfg = config if isinstance(config, DigestConfig) else load_config(config) if config else DigestConfig()
    cfg = cfg.with_options(
        format=opts.fmt,
        output=opts.output,
        title=opts.title,
        since=opts.since,
        new_only=opts.new_only,
        state=str(opts.state) if opts.state else None,
        max_stories=opts.max_stories,
        quotes=opts.quotes,
        engine=opts.engine,
        templates=opts.templates,
        feed=opts.feed,
    )
    check_values(cfg)
    return cfg


def _gather(
    sources: Sequence[str], cfg: DigestConfig, opts: DigestOptions, cutoff: datetime | None, meter: Progress
) -> _Gathered:
    """Phase 1: read every input, and leave out articles older than ``since``."""
    meter.phase("Gathering", None)
    fetch = opts.fetcher or Fetcher(timeout=cfg.timeout, max_bytes=int(cfg.max_download_mb * 1024 * 1024))
    items, skipped = gather(sources, fetcher=fetch, follow_links=cfg.follow_links)
    if not items:
        raise NoDigestError(_nothing_read(skipped), skipped)
    notes: list[str] = []
    if cutoff is not None:
        before = len(items)
        items = [i for i in items if i.when is None or i.when >= cutoff]
        if before > len(items):
            notes.append(f"{before - len(items)} articles older than --since {cfg.since} left out")
    return _Gathered(items, list(skipped), notes)


def _group(briefer: Any, items: list[Item], cfg: DigestConfig, meter: Progress) -> _Grouped:
    """Phase 2: group the articles into stories."""
    analysed: list[AnalysedArticle | None] = [None] * len(items)
    if not cfg.max_stories or cfg.max_stories >= len(items):
        analysed = list(_analyse(briefer, [i.article for i in items], meter))
        signatures = [signature(a) for a in analysed]
    else:
        # Which story an article tells shows in its opening: when only some stories will be
        # briefed, only the openings are read for all, and the briefed articles in full.
        signatures = _opening_signatures([i.article for i in items], meter)
    stories = group(signatures, [i.when for i in items], [len(i.article.text) for i in items])
    return _Grouped(stories, signatures, analysed)


def _choose(
    grouped: _Grouped, items: list[Item], cfg: DigestConfig, store: State, key: str, notes: list[str]
) -> tuple[list[Story], int]:
    """The stories to brief (new ones only, at most ``max_stories``) and how many were left
    out because an earlier digest carried them."""
    stories, left_out = grouped.stories, 0
    if cfg.new_only:
        stories, left_out = _leave_out_carried(stories, items, grouped.signatures, store, key)
        if left_out:
            notes.append(f"{left_out} stories left out: an earlier digest carried them")
    if cfg.max_stories:
        stories = stories[: cfg.max_stories]
    return stories, left_out


def _may_mail(store: State, key: str, digest: Digest, force: bool, notes: list[str]) -> bool:
    """False (with a note) when this digest was mailed already; raises when an earlier send
    was interrupted, since the server may have taken it. ``force`` mails regardless."""
    if force:
        return True
    already = store.sent_at(key)
    if already:
        notes.append(
            f"the {digest.date} digest {digest.title!r} was mailed at {already}; not sending it again "
            "(--force sends it anyway)"
        )
        return False
    interrupted = store.interrupted_send(key)
    if interrupted:
        # A run died while mailing: the server may have accepted it. Never guess twice.
        raise DeliveryError(
            f"an earlier run began mailing the {digest.date} digest {digest.title!r} at {interrupted} and "
            "stopped before it knew the outcome; check the inbox, then use --force to send it"
        )
    return True


def _render(
    digest: Digest, cfg: DigestConfig, mail: bool, target: Path | None, now: datetime
) -> tuple[str, EmailMessage | None]:
    """Phase 4's text, and the email message when one is written or mailed.

    A feed (atom, rss, jsonfeed) extends the one already at ``target``."""
    message = None
    if cfg.format == "eml" or mail:
        message = digest_message(digest, templates_dir=cfg.templates, smtp=cfg.smtp)
    if cfg.format == "eml":
        from ..rendering.emailmsg import message_text

        return message_text(message), message
    if cfg.format in FEED_KINDS:
        from .feeds import digest_feed_text

        return digest_feed_text(digest, cfg, target, now=now), message
    return render_digest(digest, cfg.format, templates_dir=cfg.templates, smtp=cfg.smtp), message


def _send(
    message: EmailMessage | None,
    cfg: DigestConfig,
    store: State,
    key: str,
    day: dt.date,
    environ: Mapping[str, str] | None,
    notes: list[str],
) -> None:
    """Phase 5: mail the digest, marking the send as begun first, so that a crash mid-send is
    never retried blindly."""
    from .delivery import send as smtp_send

    store.begin_send(key, date=day.isoformat(), title=cfg.title)
    try:
        refused = smtp_send(message, cfg.smtp, environ=environ)
    except BriefgenError:
        store.end_send(key)  # the server did not take it: a later run may try again
        raise
    if refused:
        notes.append(f"the SMTP server refused {', '.join(refused)}; the others got the digest")


def _analyse(
    briefer: Any, articles: list[Article], meter: Progress, label: str = "Analysing"
) -> list[AnalysedArticle]:
    if not articles:
        return []
    meter.phase(label, len(articles))
    analysed: list[AnalysedArticle] = []
    for start in range(0, len(articles), ANALYSE_CHUNK):
        chunk = articles[start : start + ANALYSE_CHUNK]
        analysed += briefer.analyse(chunk)
        meter.advance(len(chunk))
    return analysed


def _opening_signatures(articles: list[Article], meter: Progress) -> list[Signature]:
    meter.phase("Reading openings", len(articles))
    signatures: list[Signature] = []
    for start in range(0, len(articles), ANALYSE_CHUNK):
        chunk = articles[start : start + ANALYSE_CHUNK]
        signatures += opening_signatures(chunk)
        meter.advance(len(chunk))
    return signatures


def _leave_out_carried(
    stories: list[Story], items: list[Item], signatures: list[Signature], store: State, key: str
) -> tuple[list[Story], int]:
    """Drop stories an earlier digest carried: one of their articles, or a story like theirs."""
    carried = store.carried_articles(other_than=key)
    records = store.carried_stories(other_than=key)
    kept = []
    for story in stories:
        if any(items[i].key in carried for i in story.members) or any(
            same_story(signatures[story.lead], r.signature) for r in records
        ):
            continue
        kept.append(story)
    return kept, len(stories) - len(kept)


def _brief(
    briefer: Any,
    stories: list[Story],
    analysed: list[AnalysedArticle | None],
    items: list[Item],
    meter: Progress,
) -> tuple[list[tuple[DigestStory, int]], list[Skipped]]:
    """Phase 3: brief each story's lead article, analysing in full the leads only their
    openings were read of; returns (story, lead index) pairs and the failures."""
    missing = [s.lead for s in stories if analysed[s.lead] is None]
    for index, full in zip(
        missing, _analyse(briefer, [items[i].article for i in missing], meter), strict=True
    ):
        analysed[index] = full
    meter.phase("Briefing", len(stories))
    results = briefer.brief_analysed([analysed[s.lead] for s in stories])
    meter.advance(len(stories))
    chosen: list[tuple[DigestStory, int]] = []
    failed: list[Skipped] = []
    for story, result in zip(stories, results, strict=True):
        lead = items[story.lead]
        if not isinstance(result, Brief):
            problem = result.problem if isinstance(result, InputError) else str(result)
            failed.append(Skipped(lead.origin, problem))
            continue
        members = [story.lead] + [i for i in story.members if i != story.lead]
        digest_story = DigestStory(
            key=lead.key,
            brief=result,
            sources=tuple(_source(items[i]) for i in members),
            article_keys=tuple(items[i].key for i in members),
        )
        chosen.append((digest_story, story.lead))
    return chosen, failed


def _record(story: DigestStory, lead_signature: Signature) -> StoryRecord:
    return StoryRecord(story.key, story.brief.headline, lead_signature, story.article_keys)


def _source(item: Item) -> StorySource:
    source = item.article.source
    return StorySource(source.title, source.url, source.path, source.published, item.outlet)


def _write(text: str, target: Path | None, stdout: IO[str] | None) -> None:
    if target is None:
        stream = stdout or sys.stdout
        stream.write(text)
        stream.flush()
        return
    try:
        write_atomic(target, text)
    except OSError as err:
        raise BriefgenError(f"{target}: cannot write ({err.strerror or err})") from None


def output_path(output: str | None, day: dt.date, title: str, fmt: str) -> Path | None:
    """Where the digest goes: a file named by date and title in a folder, a given file, or None (stdout).

    ``output`` is a folder when it exists as one, ends in a slash, or has no suffix. A feed
    in a folder is named by its title alone, since every run extends it.
    """
    if not output:
        return None
    path = Path(output).expanduser()
    if output.endswith(("/", os.sep)) or path.is_dir() or not path.suffix:
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise ConfigError(f"{output}: cannot create the output folder ({err.strerror or err})") from None
        if fmt in FEED_KINDS:  # a feed accumulates in one file, not one per day
            return path / f"{slugify(title)}.{SUFFIX[fmt]}"
        return path / f"{day.isoformat()}-{slugify(title)}.{SUFFIX[fmt]}"
    if not path.parent.is_dir():
        raise ConfigError(f"{output}: the folder {path.parent} does not exist")
    return path


_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(m|min|h|d|w)\s*$", re.IGNORECASE)
_UNITS = {"m": "minutes", "min": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_since(value: str, now: datetime) -> datetime:
    """``"36h"``, ``"2d"``, ``"1w"``, ``"90m"`` before ``now``, or a date / ISO time → UTC cutoff."""
    match = _DURATION.match(value)
    if match:
        return now - timedelta(**{_UNITS[match.group(2).lower()]: float(match.group(1))})
    when = parse_time(value)
    if when is None:
        raise ConfigError(f"--since {value!r}: give a duration like 36h, 2d, 1w or a date like 2026-11-28")
    return when


def _digest_date(value: dt.date | str | None, now: datetime) -> dt.date:
    if value is None:
        return now.astimezone().date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"--date {value!r}: expected YYYY-MM-DD") from None


def _nothing_read(skipped: Sequence[Skipped]) -> str:
    if not skipped:
        return "no digest: the inputs hold no articles"
    return f"no digest: none of the inputs gave an article ({len(skipped)} skipped)"
