"""One thread owns the models: briefs are queued to it and batched.

spaCy's pipeline is not promised to be thread-safe, and two threads on a
2-core machine only slow each other down, so every use of the models (briefs
and digests) runs on this one thread; the HTTP server's event loop stays free
to answer (``/v1/health`` never waits for a brief). Briefs that arrive while
it is busy are taken together, up to ``batch_size``, and briefed in one
:meth:`Briefer.brief_many` call, which batches the model calls.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from ..errors import BriefgenError
from ..types import Article, Brief

log = logging.getLogger("briefgen.serve")

WARM_UP_TEXT = (
    "The council voted on Tuesday to close the old bridge for repairs. "
    '"We cannot wait any longer," said Mayor Ana Ruiz, who called the vote historic. '
    "Engineers will start work next month and expect to finish by the summer."
)


@dataclass
class _BriefJob:
    article: Article
    quotes: int | str
    future: Future = field(default_factory=Future)


@dataclass
class _CallJob:
    function: Callable[[], Any]
    future: Future = field(default_factory=Future)


class ModelWorker:
    """The model thread. ``start()`` loads the models (in the thread); ``stop()`` ends it."""

    def __init__(self, *, engine: str = "extractive", batch_size: int = 16) -> None:
        self.engine = engine
        self.batch_size = batch_size
        self.ready = threading.Event()
        self.error: str | None = None  # why the models could not be loaded
        self._queue: queue.Queue[_BriefJob | _CallJob | None] = queue.Queue()
        self._thread = threading.Thread(target=self._run, name="briefgen-models", daemon=True)

    @property
    def pending(self) -> int:
        """Jobs waiting for the model thread."""
        return self._queue.qsize()

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        self._queue.put(None)
        self._thread.join(timeout)

    def brief(self, article: Article, quotes: int | str) -> Future:
        """Queue a brief; the future gives the Brief or raises its BriefgenError."""
        job = _BriefJob(article, quotes)
        self._queue.put(job)
        return job.future

    def call(self, function: Callable[[], Any]) -> Future:
        """Run ``function`` on the model thread (a digest); the future gives its result."""
        job = _CallJob(function)
        self._queue.put(job)
        return job.future

    def _run(self) -> None:
        from ..pipeline import Briefer
        from ..read.reading import article_from_text

        try:
            Briefer(engine=self.engine).brief(article_from_text(WARM_UP_TEXT))
        except BriefgenError as err:
            self.error = str(err)
        finally:
            self.ready.set()
        while True:
            first = self._queue.get()
            if first is None:
                return
            jobs = [first]
            stopping = False
            while len(jobs) < self.batch_size:
                try:
                    job = self._queue.get_nowait()
                except queue.Empty:
                    break
                if job is None:
                    stopping = True
                    break
                jobs.append(job)
            self._run_briefs([j for j in jobs if isinstance(j, _BriefJob)])
            for job in jobs:
                if isinstance(job, _CallJob):
                    self._run_call(job)
            if stopping:
                return

    def _run_briefs(self, jobs: list[_BriefJob]) -> None:
        from ..pipeline import Briefer

        live = [job for job in jobs if job.future.set_running_or_notify_cancel()]  # skip abandoned ones
        by_quotes: dict[Any, list[_BriefJob]] = {}
        for job in live:
            by_quotes.setdefault(job.quotes, []).append(job)
        for quotes, group in by_quotes.items():
            if self.error is not None:
                for job in group:
                    job.future.set_exception(BriefgenError(self.error))
                continue
            try:
                results = Briefer(engine=self.engine, quotes=quotes).brief_many([j.article for j in group])
            except Exception as err:  # a bug must fail these requests, not the thread
                log.exception("briefing failed")
                for job in group:
                    job.future.set_exception(err)
                continue
            for job, result in zip(group, results, strict=True):
                if isinstance(result, Brief):
                    job.future.set_result(result)
                else:
                    job.future.set_exception(result)

    def _run_call(self, job: _CallJob) -> None:
        if not job.future.set_running_or_notify_cancel():
            return
        try:
            job.future.set_result(job.function())
        except Exception as err:
            job.future.set_exception(err)
