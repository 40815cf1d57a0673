"""``briefing.toml``: the settings of a daily digest, strictly validated.

Every key is known and typed; an unknown key or a value of the wrong type is a
:class:`~briefgen.errors.ConfigError` that names the key, so a typo in an
unattended job's config fails loudly instead of being ignored. Relative paths
are relative to the config file, so a cron job finds them from any directory.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..errors import ConfigError

FEED_KINDS = ("atom", "rss", "jsonfeed")
FORMATS = ("md", "html", "text", "eml", "json", *FEED_KINDS)


@dataclass(frozen=True)
class SmtpConfig:
    """Where and how ``--send`` delivers the digest."""

    host: str
    to: tuple[str, ...]
    sender: str
    port: int | None = None  # 587 with STARTTLS, 465 with implicit TLS, else 25
    starttls: bool = False
    tls: bool = False
    user: str | None = None
    password_file: str | None = None
    cafile: str | None = None  # CA bundle for a relay with a private certificate authority
    timeout: float = 30.0

    @property
    def effective_port(self) -> int:
        if self.port is not None:
            return self.port
        return 465 if self.tls else 587 if self.starttls else 25


@dataclass(frozen=True)
class DigestConfig:
    """A digest's settings; command-line flags replace these field by field."""

    title: str = "Daily briefing"
    inputs: tuple[str, ...] = ()
    format: str = "md"
    output: str | None = None  # a directory (or file); None means standard output
    max_stories: int = 12  # 0 for no limit
    quotes: int | str = 1
    engine: str = "extractive"
    since: str | None = None
    new_only: bool = False
    state: str | None = None
    templates: str | None = None
    timeout: float = 15.0  # seconds per network request
    max_download_mb: float = 5.0
    follow_links: bool = True  # fetch the page of a feed entry that carries only a summary
    feed: str | None = None  # a feed file each digest adds its stories to (beside the main output)
    feed_format: str | None = None  # atom | rss | jsonfeed [default: from feed's suffix]
    feed_entries: int = 50  # entries a feed keeps, newest first
    feed_url: str | None = None  # where readers fetch the feed (its rel=self link)
    smtp: SmtpConfig | None = None
    hf: tuple[tuple[str, Any], ...] = ()  # the [hf] table: options of the transformers engine
    source: str | None = field(default=None, compare=False)  # the file it was read from

    def with_options(self, **options: Any) -> DigestConfig:
        """A copy with the options that are not None replacing the file's values."""
        return replace(self, **{k: v for k, v in options.items() if v is not None})


# key → (allowed types, description for the error message)
_TOP: dict[str, tuple[tuple[type, ...], str]] = {
    "title": ((str,), "a string"),
    "inputs": ((list,), "a list of strings"),
    "format": ((str,), f"one of {', '.join(FORMATS)}"),
    "output": ((str,), "a path"),
    "max_stories": ((int,), "an integer ≥ 0"),
    "quotes": ((int, str), "an integer ≥ 0 or 'all'"),
    "engine": ((str,), "a string"),
    "since": ((str,), "a duration like '36h' or a date"),
    "new_only": ((bool,), "true or false"),
    "state": ((str,), "a path"),
    "templates": ((str,), "a path"),
    "timeout": ((int, float), "a number of seconds > 0"),
    "max_download_mb": ((int, float), "a number > 0"),
    "follow_links": ((bool,), "true or false"),
    "feed": ((str,), "a path"),
    "feed_format": ((str,), f"one of {', '.join(FEED_KINDS)}"),
    "feed_entries": ((int,), "an integer ≥ 1"),
    "feed_url": ((str,), "an http(s) URL"),
    "smtp": ((dict,), "a table"),
    "hf": ((dict,), "a table"),
}
# The transformers engine's options, as on the command line (--model, --device, ...).
_HF: dict[str, tuple[tuple[type, ...], str]] = {
    "model": ((str,), "a hub id or a local model directory"),
    "revision": ((str,), "a commit, branch or tag"),
    "device": ((str,), "one of auto, cpu, cuda, mps"),
    "dtype": ((str,), "one of auto, float32, bfloat16, float16"),
    "batch_size": ((int,), "an integer ≥ 1"),
    "headline_model": ((str,), "a hub id or a local model directory"),
    "keep_unsupported": ((bool,), "true or false"),
}
_SMTP: dict[str, tuple[tuple[type, ...], str]] = {
    "host": ((str,), "a host name"),
    "port": ((int,), "a port number"),
    "starttls": ((bool,), "true or false"),
    "tls": ((bool,), "true or false"),
    "user": ((str,), "a string"),
    "password_file": ((str,), "a path"),
    "cafile": ((str,), "a path to a CA bundle (PEM)"),
    "from": ((str,), "an email address"),
    "to": ((list, str), "an email address or a list of them"),
    "timeout": ((int, float), "a number of seconds > 0"),
}


def load_config(path: str | Path) -> DigestConfig:
    """Read and validate ``briefing.toml``; every problem is a ConfigError naming the key."""
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib

    file = Path(path).expanduser()
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such config file") from None
    except OSError as err:
        raise ConfigError(f"{path}: cannot read ({err.strerror or err})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{path}: not valid TOML ({err})") from None
    return config_from_dict(data, name=str(path), base=file.parent)


def config_from_dict(data: dict[str, Any], *, name: str = "config", base: Path | None = None) -> DigestConfig:
    """Validate a parsed config table (see :func:`load_config`)."""
    _check_table(data, _TOP, name, "")
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key == "smtp":
            values["smtp"] = _smtp(value, name, base)
        elif key == "hf":
            _check_table(value, _HF, name, "hf.")
            values["hf"] = tuple(sorted(value.items()))
        elif key == "inputs":
            if not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{name}: inputs must be a list of strings")
            values["inputs"] = tuple(resolve_input(v, base) for v in value)
        elif key in ("output", "state", "templates", "feed"):
            values[key] = resolve_path(value, base)
        else:
            values[key] = value
    config = DigestConfig(**values, source=name)
    check_values(config, name)
    return config


def check_values(config: DigestConfig, name: str = "options") -> None:
    """Range checks shared by the file and the command line."""
    if config.hf and config.engine != "hf":
        raise ConfigError(f'{name}: the [hf] table only applies with engine = "hf"')
    if config.format not in FORMATS:
        raise ConfigError(f"{name}: format must be one of {', '.join(FORMATS)}, not {config.format!r}")
    if config.max_stories < 0:
        raise ConfigError(f"{name}: max_stories must be 0 (no limit) or more")
    if config.quotes != "all" and (not isinstance(config.quotes, int) or config.quotes < 0):
        raise ConfigError(f"{name}: quotes must be an integer ≥ 0 or 'all', not {config.quotes!r}")
    if config.timeout <= 0:
        raise ConfigError(f"{name}: timeout must be > 0 seconds")
    if config.max_download_mb <= 0:
        raise ConfigError(f"{name}: max_download_mb must be > 0")
    if config.feed_format is not None and config.feed_format not in FEED_KINDS:
        raise ConfigError(
            f"{name}: feed_format must be one of {', '.join(FEED_KINDS)}, not {config.feed_format!r}"
        )
    if config.feed_entries < 1:
        raise ConfigError(f"{name}: feed_entries must be 1 or more")
    if config.feed_url is not None and not config.feed_url.startswith(("http://", "https://")):
        raise ConfigError(f"{name}: feed_url must be an http(s) URL, not {config.feed_url!r}")
    if not config.title.strip():
        raise ConfigError(f"{name}: title must not be empty")


def resolve_path(value: str, base: Path | None) -> str:
    """``~`` expanded; a relative path taken relative to ``base`` (the config file's folder)."""
    path = Path(value).expanduser()
    if base is not None and not path.is_absolute():
        path = base / path
    return str(path)


def resolve_input(value: str, base: Path | None) -> str:
    """Like :func:`resolve_path`, but URLs stay as they are."""
    if "://" in value:
        return value
    return resolve_path(value, base)


def _check_table(data: dict[str, Any], spec: dict, name: str, prefix: str) -> None:
    for key, value in data.items():
        if key not in spec:
            known = ", ".join(spec)
            raise ConfigError(f"{name}: unknown key '{prefix}{key}' (known keys: {known})")
        types, description = spec[key]
        # bool is an int in Python; a port of `true` is still a type error.
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            kind = type(value).__name__
            raise ConfigError(f"{name}: {prefix}{key} must be {description}, not {kind} {value!r}")


def _smtp(table: dict[str, Any], name: str, base: Path | None) -> SmtpConfig:
    _check_table(table, _SMTP, name, "smtp.")
    for required in ("host", "from", "to"):
        if required not in table:
            raise ConfigError(f"{name}: smtp.{required} is missing")
    to = table["to"]
    recipients = (to,) if isinstance(to, str) else tuple(to)
    if not recipients or not all(isinstance(r, str) and "@" in r for r in recipients):
        raise ConfigError(f"{name}: smtp.to must be an email address or a list of them")
    if "@" not in table["from"]:
        raise ConfigError(f"{name}: smtp.from must be an email address")
    if table.get("starttls") and table.get("tls"):
        raise ConfigError(f"{name}: smtp.starttls and smtp.tls exclude each other (tls is implicit TLS)")
    port = table.get("port")
    if port is not None and not 0 < port < 65536:
        raise ConfigError(f"{name}: smtp.port must be between 1 and 65535")
    if table.get("timeout", 1) <= 0:
        raise ConfigError(f"{name}: smtp.timeout must be > 0 seconds")
    password_file = table.get("password_file")
    return SmtpConfig(
        host=table["host"],
        to=recipients,
        sender=table["from"],
        port=port,
        starttls=table.get("starttls", False),
        tls=table.get("tls", False),
        user=table.get("user"),
        password_file=resolve_path(password_file, base) if password_file else None,
        cafile=resolve_path(table["cafile"], base) if table.get("cafile") else None,
        timeout=float(table.get("timeout", 30.0)),
    )
