"""Progress of a batch job on stderr: rows done, rows per second, time left.

A bar (rich) on a terminal; a plain line every so often in a log; nothing when off.
"""

from __future__ import annotations

import sys
import time
from typing import Any


class RowProgress:
    """Counts rows toward ``total``; ``mode`` is ``bar``, ``lines`` or ``off``."""

    def __init__(self, total: int, *, mode: str = "off", every: float = 30.0) -> None:
        self.total = total
        self.mode = mode
        self.every = every
        self.done = 0
        self._began = self._last = time.monotonic()
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> RowProgress:
        if self.mode == "bar":
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self._bar = Progress(
                TextColumn("briefing"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("rows"),
                TextColumn("{task.fields[rate]}"),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self._bar.__enter__()
            self._task = self._bar.add_task("briefing", total=self.total, rate="")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)
            self._bar = None

    def rate(self) -> float:
        """Rows per second since the start (model loading included)."""
        elapsed = time.monotonic() - self._began
        return self.done / elapsed if elapsed > 0 else 0.0

    def advance(self, rows: int) -> None:
        self.done += rows
        if self._bar is not None:
            self._bar.update(self._task, advance=rows, rate=f"{self.rate():.1f} rows/s")
        elif self.mode == "lines" and (
            time.monotonic() - self._last >= self.every or self.done >= self.total
        ):
            self._last = time.monotonic()
            print(f"briefgen: {self.line()}", file=sys.stderr, flush=True)

    def line(self) -> str:
        """``120/1000 rows, 3.9 rows/s, ETA 3m 46s``."""
        rate = self.rate()
        left = (self.total - self.done) / rate if rate > 0 else None
        eta = "unknown" if left is None else _duration(left)
        return f"{self.done}/{self.total} rows, {rate:.1f} rows/s, ETA {eta}"


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h {minutes:02d}m"
    if minutes:
        return f"{minutes}m {secs:02d}s"
    return f"{secs}s"
