"""``briefgen batch``: brief a whole archive on every core, or on a Ray cluster.

::

    from briefgen.batch import BatchOptions, brief_archive

    result = brief_archive(["archive/"], "briefs.jsonl", BatchOptions(workers=4))
    print(result.briefed, result.failed, result.seconds)

Inputs are JSON Lines or Parquet files of rows ``{"id"?, "text" | "article",
"title"?, "url"?, "published"?, ...}`` (the rows ``briefgen digest`` reads), or
folders of them and of article files. The output (``.jsonl`` or ``.parquet``)
has one row per input row: ``id``, ``brief`` (the single-brief JSON contract of
``briefgen -f json``), ``error`` (None, or why the row has no brief) and the
row's other fields. How the output is written, and resumed, is told in
:mod:`briefgen.batch.store`. Ray is the optional extra ``briefgen[batch]``.
"""

from __future__ import annotations

import math
import os
import time
from dataclasses import dataclass, field
from typing import Any, Literal

from ..errors import BriefgenError
from .plan import Plan, plan
from .progress import RowProgress
from .rows import ResultRow
from .runner import RAY_MISSING, Cluster, WorkerSpec, require_ray

__all__ = ["RAY_MISSING", "BatchOptions", "BatchResult", "brief_archive"]


@dataclass(frozen=True)
class BatchOptions:
    """How to run a batch job.

    ``workers`` (default: one per core of the machine or cluster, or per
    ``gpus_per_worker`` GPUs) each load the models once and brief
    ``batch_size`` rows per call. ``address`` is a Ray cluster's (default:
    ``RAY_ADDRESS``, else Ray on this machine with ``cpus`` cores, default
    all). ``limit`` caps the rows briefed by this run. ``engine``, ``quotes``
    and ``engine_options`` are as for :class:`briefgen.Briefer`.
    """

    engine: str = "extractive"
    quotes: int | Literal["all"] = 3
    engine_options: tuple[tuple[str, Any], ...] = ()
    batch_size: int = 8
    workers: int | None = None
    cpus_per_worker: float = 1.0
    gpus_per_worker: float = 0.0
    address: str | None = None
    cpus: int | None = None
    limit: int | None = None
    progress: Literal["bar", "lines", "off"] = "off"
    progress_every: float = field(default=30.0, repr=False)  # seconds between lines

    def __post_init__(self) -> None:
        for name in ("batch_size", "workers", "cpus", "limit"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, int) or value < 1):
                raise BriefgenError(f"{name} must be a number ≥ 1, not {value!r}")
        if self.cpus_per_worker < 0 or self.gpus_per_worker < 0:
            raise BriefgenError("cpus_per_worker and gpus_per_worker must be ≥ 0")


@dataclass(frozen=True)
class BatchResult:
    """What a run did: rows briefed and failed now, rows skipped as already done, the output file.

    ``total`` is the rows this run set out to brief; ``peak_rss`` holds each
    worker's peak resident memory in bytes, ``cpu_seconds`` the workers' CPU time
    (model loading included): what an archive costs, whatever else ran beside it. (A run that is interrupted raises
    instead; the parts it wrote stay, and a rerun resumes.)
    """

    output: str
    briefed: int
    failed: int
    skipped: int
    total: int
    seconds: float
    workers: int
    peak_rss: tuple[int, ...]
    cpu_seconds: float = 0.0

    def summary(self) -> str:
        """One line: rows briefed and failed, time, workers, memory and CPU per row, the file."""
        skipped = f", {self.skipped} already done" if self.skipped else ""
        peak = f", peak memory {max(self.peak_rss) / 1e9:.2f} GB per worker" if self.peak_rss else ""
        rows = self.briefed + self.failed
        cpu = f", {self.cpu_seconds / rows:.2f} CPU-s per row" if rows else ""
        return (
            f"{self.briefed} briefed, {self.failed} with an error{skipped} in {self.seconds:.0f} s "
            f"on {self.workers} workers{peak}{cpu} -> {self.output}"
        )


def brief_archive(inputs: list[str] | tuple[str, ...], output: str, options: BatchOptions) -> BatchResult:
    """Brief every row of ``inputs`` into ``output``, resuming what an earlier run left.

    Raises :class:`BriefgenError` (one line) when Ray is missing, an input or the
    output is unusable, or the models cannot load; a row that cannot be briefed
    is never an error of the job, it is written with its reason.
    """
    require_ray()
    from .runner import pool_size, run_chunks, start_ray, stop_ray
    from .store import Store

    began = time.monotonic()
    store = Store(output)
    done = store.done_ids()
    work: Plan = plan(inputs, chunk_rows=options.batch_size, done=done, limit=options.limit)
    store.prepare()
    spec = WorkerSpec(
        engine=options.engine,
        quotes=options.quotes,
        engine_options=options.engine_options,
        batch_size=options.batch_size,
        cpus=options.cpus_per_worker,
        gpus=options.gpus_per_worker,
    )
    # Locally, --workers beyond the cores is the user's call: Ray must not wait for cores it lacks.
    wanted = (options.workers or 0) * options.cpus_per_worker
    cpus = options.cpus or max(os.cpu_count() or 1, math.ceil(wanted))
    started = start_ray(Cluster(options.address, cpus))
    workers = 0
    outcome = None
    try:
        if work.chunks:
            workers = pool_size(spec, options.workers)
            workers = min(workers, len(work.chunks))  # no actor without a chunk to brief
            with RowProgress(work.rows, mode=options.progress, every=options.progress_every) as bar:
                outcome = run_chunks(
                    work.chunks,
                    spec,
                    workers,
                    on_part=lambda key, rows: _write(store, key, rows),
                    on_rows=bar.advance,
                )
    except BaseException:
        store.discard_if_empty()  # a job that failed before its first part leaves no folder
        raise
    finally:
        stop_ray(started)
    store.finish()
    return BatchResult(
        output=str(store.path),
        briefed=outcome.briefed if outcome else 0,
        failed=outcome.failed if outcome else 0,
        skipped=work.skipped,
        total=work.rows,
        seconds=time.monotonic() - began,
        workers=workers,
        peak_rss=outcome.peak_rss if outcome else (),
        cpu_seconds=outcome.cpu_seconds if outcome else 0.0,
    )


def _write(store: Any, key: str, rows: list[ResultRow]) -> None:
    try:
        store.write_part(key, rows)
    except OSError as err:
        raise BriefgenError(f"{store.parts}: cannot write ({err.strerror or err})") from None
