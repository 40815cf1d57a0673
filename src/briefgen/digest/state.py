"""The digest state file: which stories went out in which digest, and what was mailed.

A small SQLite database (default: ``digest-state.sqlite3`` in the user data
directory). It is only ever written in one transaction *after* the digest file
is safely on disk (and, with ``--send``, after the SMTP server accepted the
message), so a crash in between leaves the stories unsent and the next run
carries them again; never the reverse. Records are only added: re-running a
day's digest adds to what that digest carried. A lock file keeps two runs from
sending the same digest at once.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np

from ..errors import BriefgenError
from .stories import Signature

SCHEMA_VERSION = 2
LOCK_WAIT = 60.0  # seconds a run waits for another run on the same state file


class StateError(BriefgenError):
    """The state file cannot be used (not a state file, unwritable, locked)."""


@dataclass(frozen=True)
class StoryRecord:
    """A story as recorded: its key, headline, signature and the articles it carried."""

    key: str
    headline: str
    signature: Signature
    articles: tuple[str, ...]


def default_state_path() -> Path:
    """``digest-state.sqlite3`` in the user data directory (``BRIEFGEN_STATE`` overrides)."""
    if os.environ.get("BRIEFGEN_STATE"):
        return Path(os.environ["BRIEFGEN_STATE"]).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("briefgen")) / "digest-state.sqlite3"


_SCHEMA = """
CREATE TABLE IF NOT EXISTS digests (
    key TEXT PRIMARY KEY,
    date TEXT NOT NULL,
    title TEXT NOT NULL,
    first_written TEXT NOT NULL,
    last_written TEXT NOT NULL,
    sent_at TEXT,
    sending_at TEXT,  -- set just before SMTP, cleared once the outcome is known
    message_id TEXT,
    recipients TEXT
);
CREATE TABLE IF NOT EXISTS stories (
    digest TEXT NOT NULL REFERENCES digests(key),
    story TEXT NOT NULL,
    headline TEXT NOT NULL,
    vector BLOB NOT NULL,
    entities TEXT NOT NULL,
    recorded TEXT NOT NULL,
    PRIMARY KEY (digest, story)
);
CREATE TABLE IF NOT EXISTS articles (
    digest TEXT NOT NULL REFERENCES digests(key),
    article TEXT NOT NULL,
    story TEXT NOT NULL,
    PRIMARY KEY (digest, article)
);
CREATE INDEX IF NOT EXISTS articles_by_key ON articles(article);
"""


class State:
    """An open state file. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path).expanduser()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(self.path), timeout=30, isolation_level=None)
            self._db.execute("PRAGMA foreign_keys = ON")
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StateError(f"{self.path}: written by a newer briefgen (schema {version})")
            self._db.executescript(_SCHEMA)
            columns = {row[1] for row in self._db.execute("PRAGMA table_info(digests)")}
            if "sending_at" not in columns:  # files from the first version of the schema
                self._db.execute("ALTER TABLE digests ADD COLUMN sending_at TEXT")
            self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except sqlite3.DatabaseError as err:
            raise StateError(f"{self.path}: not a usable briefgen state file ({err})") from None
        except OSError as err:
            raise StateError(f"{self.path}: cannot open the state file ({err.strerror or err})") from None

    def __enter__(self) -> State:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def lock(self, wait: float = LOCK_WAIT) -> Iterator[None]:
        """Hold the state file's lock (another run waits up to ``wait`` seconds, then fails)."""
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: SQLite's own locking must do
            yield
            return
        lock_path = self.path.with_name(self.path.name + ".lock")
        with open(lock_path, "a+") as handle:
            deadline = time.monotonic() + wait
            while True:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise StateError(f"{self.path}: another briefgen digest run is using it") from None
                    time.sleep(0.2)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def sent_at(self, digest: str) -> str | None:
        """When the digest was mailed (UTC ISO time), or None."""
        row = self._db.execute("SELECT sent_at FROM digests WHERE key = ?", (digest,)).fetchone()
        return row[0] if row else None

    def interrupted_send(self, digest: str) -> str | None:
        """When a run began mailing ``digest`` and never learnt the outcome (it crashed), or None."""
        row = self._db.execute(
            "SELECT sending_at FROM digests WHERE key = ? AND sent_at IS NULL", (digest,)
        ).fetchone()
        return row[0] if row else None

    def begin_send(self, digest: str, *, date: str, title: str) -> None:
        """Note that mailing ``digest`` starts now: a crash before :meth:`record` or
        :meth:`end_send` leaves the note, so the next run will not mail it again unasked."""
        now = datetime.now(timezone.utc).isoformat()
        self._write(
            "INSERT INTO digests (key, date, title, first_written, last_written, sending_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET sending_at = excluded.sending_at",
            (digest, date, title, now, now, now),
        )

    def end_send(self, digest: str) -> None:
        """The server refused the message (nothing went out): clear the note of :meth:`begin_send`."""
        self._write("UPDATE digests SET sending_at = NULL WHERE key = ?", (digest,))

    def _write(self, sql: str, parameters: tuple) -> None:
        try:
            self._db.execute(sql, parameters)
        except sqlite3.Error as err:
            raise StateError(f"{self.path}: cannot write ({err})") from None

    def carried_articles(self, *, other_than: str) -> set[str]:
        """Article keys carried by every digest except ``other_than``."""
        rows = self._db.execute("SELECT article FROM articles WHERE digest != ?", (other_than,))
        return {r[0] for r in rows}

    def carried_stories(self, *, other_than: str, within_days: int = 14) -> list[StoryRecord]:
        """Stories carried by other digests recorded in the last ``within_days`` days."""
        since = (datetime.now(timezone.utc) - timedelta(days=within_days)).isoformat()
        rows = self._db.execute(
            "SELECT story, headline, vector, entities, digest FROM stories WHERE digest != ? AND recorded >= ?",
            (other_than, since),
        ).fetchall()
        records = []
        for story, headline, vector, entities, digest in rows:
            articles = tuple(
                r[0]
                for r in self._db.execute(
                    "SELECT article FROM articles WHERE digest = ? AND story = ?", (digest, story)
                )
            )
            signature = Signature(np.frombuffer(vector, dtype=np.float32), frozenset(json.loads(entities)))
            records.append(StoryRecord(story, headline, signature, articles))
        return records

    def record(
        self,
        digest: str,
        *,
        date: str,
        title: str,
        stories: Sequence[StoryRecord],
        sent: bool = False,
        message_id: str | None = None,
        recipients: Sequence[str] = (),
    ) -> None:
        """Record, in one transaction, that ``digest`` carried ``stories`` (and was mailed, if ``sent``)."""
        now = datetime.now(timezone.utc).isoformat()
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute(
                    "INSERT INTO digests (key, date, title, first_written, last_written) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET last_written = excluded.last_written",
                    (digest, date, title, now, now),
                )
                for story in stories:
                    self._db.execute(
                        "INSERT INTO stories (digest, story, headline, vector, entities, recorded) "
                        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(digest, story) DO NOTHING",
                        (
                            digest,
                            story.key,
                            story.headline,
                            np.asarray(story.signature.vector, dtype=np.float32).tobytes(),
                            json.dumps(sorted(story.signature.entities)),
                            now,
                        ),
                    )
                    self._db.executemany(
                        "INSERT INTO articles (digest, article, story) VALUES (?, ?, ?) "
                        "ON CONFLICT(digest, article) DO NOTHING",
                        [(digest, article, story.key) for article in story.articles],
                    )
                if sent:
                    self._db.execute(
                        "UPDATE digests SET sent_at = ?, sending_at = NULL, message_id = ?, recipients = ? "
                        "WHERE key = ?",
                        (now, message_id, ", ".join(recipients), digest),
                    )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        except sqlite3.Error as err:
            raise StateError(f"{self.path}: cannot record the digest ({err})") from None
