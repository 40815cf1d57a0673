"""Mailing the digest over SMTP: STARTTLS or implicit TLS, verified certificates.

The password never comes from the command line or the config file itself:
only from ``BRIEFGEN_SMTP_PASSWORD`` or from ``smtp.password_file``, a file the
owner alone can read (like ssh's private keys, a group- or world-readable file
is refused). The user comes from ``smtp.user`` or ``BRIEFGEN_SMTP_USER``.
Credentials are never sent over an unencrypted connection except to loopback.
"""

from __future__ import annotations

import ipaddress
import os
import smtplib
import ssl
import stat
from collections.abc import Mapping
from email.message import EmailMessage
from pathlib import Path

from ..errors import BriefgenError, ConfigError
from .config import SmtpConfig

PASSWORD_ENV = "BRIEFGEN_SMTP_PASSWORD"
USER_ENV = "BRIEFGEN_SMTP_USER"


class DeliveryError(BriefgenError):
    """The SMTP server could not be reached or refused the message."""


def credentials(smtp: SmtpConfig, environ: Mapping[str, str] | None = None) -> tuple[str, str] | None:
    """``(user, password)`` for SMTP AUTH, or None when no user is configured."""
    env = os.environ if environ is None else environ
    user = smtp.user or env.get(USER_ENV) or None
    password = env.get(PASSWORD_ENV) or None
    if password is None and smtp.password_file:
        password = read_password_file(smtp.password_file)
    if user is None:
        if password is not None:
            raise ConfigError(f"smtp: a password is set but no user (smtp.user or {USER_ENV})")
        return None
    if password is None:
        raise ConfigError(f"smtp.user is {user!r} but no password: set {PASSWORD_ENV} or smtp.password_file")
    return user, password


def read_password_file(path: str) -> str:
    """The password in ``path`` (first line); refused unless only its owner can read it."""
    file = Path(path)
    try:
        info = file.stat()
    except FileNotFoundError:
        raise ConfigError(f"smtp.password_file {path}: no such file") from None
    except OSError as err:
        raise ConfigError(f"smtp.password_file {path}: cannot read ({err.strerror or err})") from None
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        raise ConfigError(f"smtp.password_file {path}: must be owned by the user running briefgen")
    if info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise ConfigError(
            f"smtp.password_file {path}: readable by others (mode {stat.S_IMODE(info.st_mode):o}); "
            f"run: chmod 600 {path}"
        )
    try:
        lines = file.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"smtp.password_file {path}: cannot read ({err})") from None
    if not lines or not lines[0]:
        raise ConfigError(f"smtp.password_file {path}: is empty")
    return lines[0]


def send(
    message: EmailMessage, smtp: SmtpConfig, *, environ: Mapping[str, str] | None = None
) -> tuple[str, ...]:
    """Hand ``message`` to the SMTP server; returns the recipients it refused (usually none).

    Returns only once the server accepted the message for at least one
    recipient; raises DeliveryError when it accepted it for none.
    """
    login = credentials(smtp, environ)
    if login and not (smtp.tls or smtp.starttls) and not _is_loopback(smtp.host):
        raise ConfigError(
            f"smtp: refusing to send the password unencrypted to {smtp.host}; set starttls = true or tls = true"
        )
    try:
        # Certificates and host names are always verified; cafile only adds a trusted authority.
        context = ssl.create_default_context(cafile=smtp.cafile)
    except (OSError, ssl.SSLError) as err:
        raise ConfigError(f"smtp.cafile {smtp.cafile}: not a readable PEM CA bundle ({err})") from None
    where = f"{smtp.host}:{smtp.effective_port}"
    try:
        if smtp.tls:
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                smtp.host, smtp.effective_port, timeout=smtp.timeout, context=context
            )
        else:
            client = smtplib.SMTP(smtp.host, smtp.effective_port, timeout=smtp.timeout)
        with client:
            if smtp.starttls:
                client.starttls(context=context)
            if login:
                client.login(*login)
            refused = client.send_message(message, from_addr=smtp.sender, to_addrs=list(smtp.to))
    except smtplib.SMTPAuthenticationError as err:
        raise DeliveryError(f"SMTP {where}: login refused ({_smtp_reason(err)})") from None
    except smtplib.SMTPRecipientsRefused as err:
        raise DeliveryError(f"SMTP {where}: every recipient refused ({', '.join(err.recipients)})") from None
    except smtplib.SMTPResponseException as err:
        raise DeliveryError(f"SMTP {where}: {_smtp_reason(err)}") from None
    except smtplib.SMTPNotSupportedError as err:
        raise DeliveryError(f"SMTP {where}: {err}") from None
    except smtplib.SMTPException as err:
        raise DeliveryError(f"SMTP {where}: {err}") from None
    except ssl.SSLError as err:
        raise DeliveryError(f"SMTP {where}: TLS failed ({err.reason or err})") from None
    except TimeoutError:
        raise DeliveryError(f"SMTP {where}: timed out after {smtp.timeout:g} s") from None
    except OSError as err:
        raise DeliveryError(f"SMTP {where}: cannot connect ({err.strerror or err})") from None
    # Some recipients got it: the digest went out and counts as sent; the caller says who did not.
    return tuple(refused)


def _smtp_reason(err: smtplib.SMTPResponseException) -> str:
    text = (
        err.smtp_error.decode("utf-8", "replace")
        if isinstance(err.smtp_error, bytes)
        else str(err.smtp_error)
    )
    return f"{err.smtp_code} {' '.join(text.split())}"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
