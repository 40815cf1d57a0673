"""Running a batch job on Ray Data: read chunks → brief on a pool of actors → write parts.

The pipeline is ``from_items(chunks) → flat_map(read) → map_batches(BriefWorker)``;
each actor loads the models once and briefs a batch per call through
:meth:`Briefer.brief_many`. The driver consumes the results as they stream in
and writes each chunk's part file as soon as the chunk is complete, so it owns
the output: on a cluster the files land on the machine that ran the command.
Reading is pinned to that machine too, so its input files need not be shared.
"""

from __future__ import annotations

import logging
import os
import resource
import signal
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..errors import BriefgenError
from .plan import Chunk
from .rows import InputRow, ResultRow, brief_rows, read_chunk

RAY_MISSING = 'briefgen batch needs Ray: pip install "briefgen[batch]"'
OBJECT_STORE_BYTES = 256 * 1024 * 1024  # rows are small; a modest store leaves memory to the workers


@dataclass(frozen=True)
class Cluster:
    """Where the job runs: ``address`` of a Ray cluster (None: this machine, ``cpus`` of its cores)."""

    address: str | None = None
    cpus: int | None = None


@dataclass(frozen=True)
class WorkerSpec:
    """What each actor is given and how it briefs."""

    engine: str = "extractive"
    quotes: int | str = 3
    engine_options: tuple[tuple[str, Any], ...] = ()
    batch_size: int = 8
    cpus: float = 1.0
    gpus: float = 0.0


@dataclass(frozen=True)
class Outcome:
    """A finished (or interrupted) run: rows briefed and failed, and each worker's peak memory."""

    briefed: int
    failed: int
    workers: int
    peak_rss: tuple[int, ...]  # bytes, one per worker process
    cpu_seconds: float  # the workers' CPU time, model loading included


def require_ray() -> None:
    """Raise the one-line install hint when Ray Data (or pyarrow) is not installed."""
    try:
        import pyarrow  # noqa: F401
        import ray
        import ray.data  # noqa: F401
    except ImportError:
        raise BriefgenError(RAY_MISSING) from None


class BriefWorker:
    """A Ray Data actor: loads the models once, then briefs one batch of rows per call."""

    def __init__(self, spec: WorkerSpec) -> None:
        import torch

        from ..pipeline import Briefer

        # One worker per core: torch's own threads would fight the other workers for it.
        torch.set_num_threads(max(1, int(spec.cpus)))
        self.briefer = Briefer(
            engine=spec.engine,
            quotes=spec.quotes,
            engine_options=dict(spec.engine_options),
            batch_size=spec.batch_size,
        )
        # A missing model fails here, before any row. The actor lives on and hands the
        # error to the driver with the first batch: Ray reports an actor that dies while
        # starting, or a batch that raises, as its own exceptions, the message buried.
        self.problem: BriefgenError | None = None
        try:
            self.briefer.brief_many([])
        except BriefgenError as err:
            self.problem = err

    def __call__(self, batch: Any) -> Any:
        """A batch (an Arrow table of the read stage's rows) → its result rows, same order."""
        import json

        import pyarrow as pa

        from ..types import Source

        given = batch.to_pylist()
        rows = [
            InputRow(r["id"], r["text"], Source(**json.loads(r["source"])), r["passthrough"], r["problem"])
            for r in given
        ]
        fatal = str(self.problem) if self.problem is not None else None
        if fatal is None:
            try:
                results = brief_rows(self.briefer, rows)
            except BriefgenError as err:  # the environment failed (a model), not a row
                fatal = str(err)
        if fatal is not None:
            results = [ResultRow(r.id, None, fatal, "{}") for r in rows]
        usage = resource.getrusage(resource.RUSAGE_SELF)
        peak = usage.ru_maxrss * 1024  # Linux: kilobytes
        text = pa.string()
        return pa.table(
            {
                "key": pa.array([r["key"] for r in given], text),
                "rows": pa.array([r["rows"] for r in given], pa.int64()),
                "seq": pa.array([r["seq"] for r in given], pa.int64()),
                "id": pa.array([r.id for r in results], text),
                "brief": pa.array([r.brief for r in results], text),
                "error": pa.array([r.error for r in results], text),
                "passthrough": pa.array([r.passthrough for r in results], text),
                "worker": pa.array([os.getpid()] * len(results), pa.int64()),
                "peak_rss": pa.array([peak] * len(results), pa.int64()),
                "cpu_s": pa.array([usage.ru_utime + usage.ru_stime] * len(results), pa.float64()),
                "fatal": pa.array([fatal] * len(results), text),
            }
        )


def read_rows(chunk_row: dict[str, Any]) -> list[dict[str, Any]]:
    """The read stage: one chunk (as a row) → its input rows, as plain rows for Ray Data."""
    import dataclasses
    import json

    chunk = Chunk(
        key=chunk_row["key"],
        kind=chunk_row["kind"],
        path=chunk_row["path"],
        start=int(chunk_row["start"]),
        end=int(chunk_row["end"]),
        first=int(chunk_row["first"]),
        rows=int(chunk_row["rows"]),
        files=tuple(json.loads(chunk_row["files"])),
    )
    rows = read_chunk(chunk)
    return [
        {
            "key": chunk.key,
            "rows": len(rows),
            "seq": seq,
            "id": row.id,
            "text": row.text,
            "source": json.dumps(dataclasses.asdict(row.source)),
            "passthrough": row.passthrough,
            "problem": row.problem,
        }
        for seq, row in enumerate(rows)
    ]


def start_ray(cluster: Cluster) -> bool:
    """Connect to the cluster, or start Ray on this machine; True when this call started it."""
    import ray

    if ray.is_initialized():
        return False
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # no phoning home from a news archive job
    # Ray's C++ core prints notes meant for its developers on the command's stderr (its
    # own log files keep them); the job's real failures reach the driver as exceptions.
    os.environ.setdefault("RAY_BACKEND_LOG_LEVEL", "fatal")
    logging.getLogger("ray").setLevel(logging.ERROR)
    quiet = {"include_dashboard": False, "logging_level": logging.ERROR, "log_to_driver": False}
    address = cluster.address or os.environ.get("RAY_ADDRESS")
    try:
        if address:
            ray.init(address=address, **quiet)
        else:
            ray.init(
                num_cpus=cluster.cpus or os.cpu_count() or 1, object_store_memory=OBJECT_STORE_BYTES, **quiet
            )
    except (ConnectionError, RuntimeError, ValueError) as err:
        where = f"the Ray cluster at {address}" if address else "Ray on this machine"
        raise BriefgenError(f"cannot start {where}: {' '.join(str(err).split())}") from None
    return True


def pool_size(spec: WorkerSpec, workers: int | None) -> int:
    """Workers to start: as asked, else as many as the cluster's CPUs (and GPUs) hold."""
    import ray

    if workers is not None:
        return workers
    resources = ray.cluster_resources()
    count = int(resources.get("CPU", 1) // spec.cpus) if spec.cpus else 1
    if spec.gpus:
        count = (
            min(count, int(resources.get("GPU", 0) // spec.gpus))
            if spec.cpus
            else int(resources.get("GPU", 0) // spec.gpus)
        )
        if count < 1:
            raise BriefgenError(f"no worker fits: the cluster has {resources.get('GPU', 0):g} GPUs")
    return max(1, count)


def run_chunks(
    chunks: tuple[Chunk, ...],
    spec: WorkerSpec,
    workers: int,
    on_part: Callable[[str, list[ResultRow]], None],
    on_rows: Callable[[int], None],
) -> Outcome:
    """Brief ``chunks`` on ``workers`` actors; call ``on_part`` for each complete chunk, in any order."""
    import ray
    import ray.data
    from ray.data import ActorPoolStrategy, DataContext

    context = DataContext.get_current()
    context.enable_progress_bars = False  # the job draws its own: rows, rows/s, ETA
    context.execution_options.preserve_order = False  # parts have their own order
    # Ray Data logs a failed job's traceback itself; the job's error is raised to the caller.
    logging.getLogger("ray.data").setLevel(logging.CRITICAL)
    # Reading is light: it takes no core from the workers, and one task at a time is
    # enough (with no core to wait for, Ray would otherwise start a process per chunk).
    read_args: dict[str, Any] = {"num_cpus": 0, "concurrency": 1}
    if ray.is_initialized() and len(ray.nodes()) > 1:
        from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

        # The input files are on the machine that runs the command.
        node = ray.get_runtime_context().get_node_id()
        read_args["scheduling_strategy"] = NodeAffinitySchedulingStrategy(node, soft=False)
    dataset = (
        ray.data.from_items([c.to_row() for c in chunks], override_num_blocks=max(1, len(chunks)))
        .flat_map(read_rows, **read_args)
        .map_batches(
            BriefWorker,
            fn_constructor_kwargs={"spec": spec},
            batch_size=spec.batch_size,
            batch_format="pyarrow",
            compute=ActorPoolStrategy(size=workers),
            num_cpus=spec.cpus,
            num_gpus=spec.gpus or None,
        )
    )
    # Ray's core replaces Python's SIGINT handler, and Ctrl-C would then leave the job
    # hanging; put it back so Ctrl-C (and a plain kill) stop the job: parts written stay.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, _interrupt)
    pending: dict[str, dict[int, ResultRow]] = {}
    briefed = failed = 0
    peaks: dict[int, int] = {}
    cpu: dict[int, float] = {}
    try:
        for batch in dataset.iter_batches(batch_size=None, batch_format="pyarrow"):
            for got in batch.to_pylist():
                if got["fatal"] is not None:
                    raise BriefgenError(got["fatal"])
                row = ResultRow(got["id"], got["brief"], got["error"], got["passthrough"])
                failed += row.error is not None
                briefed += row.error is None
                peaks[got["worker"]] = max(peaks.get(got["worker"], 0), got["peak_rss"])
                cpu[got["worker"]] = max(cpu.get(got["worker"], 0.0), got["cpu_s"])
                rows = pending.setdefault(got["key"], {})
                rows[got["seq"]] = row
                if len(rows) == got["rows"]:
                    on_part(got["key"], [rows[s] for s in sorted(rows)])
                    del pending[got["key"]]
            on_rows(batch.num_rows)
    except Exception as err:
        cause = _briefgen_cause(err)
        if cause is not None:
            raise cause from None
        raise
    return Outcome(briefed, failed, workers, tuple(sorted(peaks.values())), sum(cpu.values()))


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _briefgen_cause(err: BaseException) -> BriefgenError | None:
    """The BriefgenError a worker raised (a missing model...), unwrapped from Ray's exceptions."""
    seen = 0
    current: BaseException | None = err
    while current is not None and seen < 10:
        if isinstance(current, BriefgenError):
            return current
        cause = getattr(current, "cause", None)
        current = cause if isinstance(cause, BaseException) else current.__cause__
        seen += 1
    return None


def stop_ray(started: bool) -> None:
    """Shut Ray down when this job started it (a caller's own Ray session is left running)."""
    if started:
        import ray

        ray.shutdown()
