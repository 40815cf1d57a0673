"""Briefings as email messages: RFC 5322, ``multipart/alternative``, UTF-8.

The text part comes first and the HTML part last (clients show the last
alternative they can), both quoted-printable so the message is 7-bit clean and
survives any relay. Headers that are not ASCII (a headline with "Zelensky’s")
are RFC 2047 encoded, and lines end in CRLF as RFC 5322 requires.

Each decoded part is the ``-f text`` / ``-f html`` output, with its line breaks
in MIME's canonical CRLF form (RFC 2046 §4.1.1).

Built with the standard library's :mod:`email` package only.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from email.header import Header
from email.message import EmailMessage
from email.policy import EmailPolicy
from email.utils import format_datetime, getaddresses, make_msgid

from .._version import __version__
from ..errors import ConfigError

FROM_ENV = "BRIEFGEN_FROM"
TO_ENV = "BRIEFGEN_TO"
DEFAULT_SENDER = "briefgen <briefgen@localhost>"
"""Used when neither ``--from`` nor ``BRIEFGEN_FROM`` is given: the .eml is then a draft."""


class _Policy(EmailPolicy):
    """The SMTP policy (CRLF, 78-column lines), folding the subject as plain text.

    The standard folder parses an unstructured header for comments and, given
    a headline with "(1)" in it, starts the value on a continuation line, which
    Python's own parser then reads back with a leading space. Headlines are
    text: fold them at spaces (or as RFC 2047 encoded words when not ASCII).
    """

    def _fold(self, name: str, value: object, refold_binary: bool = False) -> str:
        if name.lower() != "subject":
            return super()._fold(name, value, refold_binary)
        text = str(value)
        # A word longer than a line cannot be folded as text: encoded words can be split anywhere.
        fits = max((len(word) for word in text.split()), default=0) <= self.max_line_length - len(name) - 2
        # Text that looks like an encoded word ("=?utf-8?q?...?=") is encoded so it reads back as typed.
        plain = text.isascii() and fits and "=?" not in text
        header = Header(text, charset="us-ascii" if plain else "utf-8", header_name=name)
        return f"{name}: {header.encode(linesep=self.linesep, maxlinelen=self.max_line_length)}{self.linesep}"


POLICY = _Policy(linesep="\r\n")
"""CRLF line endings and 78-column lines, as RFC 5322 asks; subject folded as text."""

_ADDR_SPEC = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+$")


def build_message(
    *,
    subject: str,
    text: str,
    html: str,
    sender: str | None = None,
    recipients: Sequence[str] | str | None = None,
    date: datetime | None = None,
    message_id: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> EmailMessage:
    """A ``multipart/alternative`` message: ``text`` first, ``html`` last.

    ``sender`` and ``recipients`` fall back to ``BRIEFGEN_FROM`` and
    ``BRIEFGEN_TO`` (comma-separated) in ``environ`` (default: the process
    environment); without any sender the message is from
    :data:`DEFAULT_SENDER`, and without recipients it has no ``To`` (a draft to
    open and address in a mail client). ``date`` defaults to now and
    ``message_id`` to a fresh one on the sender's domain. Raises
    :class:`ConfigError` for an address that is not one.
    """
    env = os.environ if environ is None else environ
    from_header = _from_header(sender if sender else env.get(FROM_ENV) or DEFAULT_SENDER)
    to_header = _to_header(recipients if recipients else env.get(TO_ENV) or ())

    message = EmailMessage(policy=POLICY)
    # One line, whatever the headline held: a newline must never start a new header.
    subject = " ".join(subject.split())
    # Setting a header decodes encoded words in it; a headline that merely looks
    # like one ("=?utf-8?q?...?=") is stored encoded so it decodes to itself.
    message["Subject"] = Header(subject, "utf-8").encode(maxlinelen=0) if "=?" in subject else subject
    message["From"] = from_header
    if to_header:
        message["To"] = to_header
    when = date if date is not None else datetime.now().astimezone()
    message["Date"] = format_datetime(when if when.tzinfo else when.astimezone())
    message["Message-ID"] = message_id or make_msgid("briefgen", domain=_domain(from_header))
    message["X-Mailer"] = f"briefgen {__version__}"
    message.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    message.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    for part in message.iter_parts():
        del part["MIME-Version"]  # belongs to the message, not to each part
    return message


def message_text(message: EmailMessage) -> str:
    """The message as it goes in an ``.eml`` file: ASCII, CRLF line endings."""
    return message.as_bytes(policy=POLICY).decode("ascii")


def _from_header(value: str) -> str:
    addresses = _parse(value, "--from")
    if len(addresses) != 1:
        raise ConfigError(f"--from {value!r}: give exactly one sender address")
    return addresses[0]


def _to_header(value: Sequence[str] | str) -> str:
    values = [value] if isinstance(value, str) else list(value)
    addresses = [a for v in values for a in _parse(v, "--to")]
    return ", ".join(addresses)


def _parse(value: str, option: str) -> list[str]:
    if "\r" in value or "\n" in value:
        raise ConfigError(f"{option}: an address cannot contain a line break")
    pairs = getaddresses([value])
    out = []
    for name, addr in pairs:
        if not addr and not name:
            continue
        if not _ADDR_SPEC.match(addr):
            raise ConfigError(f"{option} {value!r}: {addr or name!r} is not an email address")
        out.append(_format(name, addr))
    if not out:
        raise ConfigError(f"{option} {value!r}: no email address in it")
    return out


def _format(name: str, addr: str) -> str:
    from email.headerregistry import Address

    local, _, domain = addr.rpartition("@")
    return str(Address(display_name=name, username=local, domain=domain))


def _domain(from_header: str) -> str:
    addr = getaddresses([from_header])[0][1]
    return addr.rpartition("@")[2] or "localhost"
