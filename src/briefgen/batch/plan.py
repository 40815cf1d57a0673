"""Planning a batch job: which rows the inputs hold, cut into chunks the workers read.

The driver never holds the articles: it scans the inputs for row boundaries
(byte offsets of JSON Lines rows, row numbers of Parquet files, names of article
files) and describes each chunk of rows in a few numbers. A worker reads its
chunk itself. A chunk is never more than one batch and always a run of
consecutive rows of one input, so its part file has a place in input order.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import BriefgenError

JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARQUET_SUFFIXES = (".parquet", ".pq")
ARTICLE_SUFFIXES = (".txt", ".md", ".text", ".html", ".htm", ".xhtml")
TEXT_FIELDS = ("text", "article")  # "article" is what CNN/DailyMail and others call the text


@dataclass(frozen=True)
class Chunk:
    """Consecutive rows of one input, read and briefed together.

    ``kind`` is ``jsonl`` (bytes ``start``-``end`` of ``path``, its first row on
    line ``first``), ``parquet`` (rows ``start``-``end`` of ``path``) or ``files``
    (one row per path in ``files``). ``key`` names the part file and sorts in
    input order: the input's position, then the first row's number.
    """

    key: str
    kind: str
    path: str
    start: int
    end: int
    first: int
    rows: int
    files: tuple[str, ...] = ()

    def to_row(self) -> dict[str, object]:
        """The chunk as a plain row, the form Ray Data passes between stages."""
        return {
            "key": self.key,
            "kind": self.kind,
            "path": self.path,
            "start": self.start,
            "end": self.end,
            "first": self.first,
            "rows": self.rows,
            "files": json.dumps(list(self.files)),
        }


@dataclass(frozen=True)
class Plan:
    """The chunks still to brief, and how many rows were left out as already done."""

    chunks: tuple[Chunk, ...]
    rows: int
    skipped: int


def expand_inputs(inputs: Collection[str]) -> list[tuple[str, str]]:
    """Inputs → ``(kind, path)`` of each file; folders are searched (recursively, sorted).

    A missing input is an error before any work starts: a typo should not cost
    the hours an archive takes.
    """
    found: list[tuple[str, str]] = []
    for name in inputs:
        path = Path(name).expanduser()
        if path.is_dir():
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and p.suffix.lower() in JSONL_SUFFIXES + PARQUET_SUFFIXES + ARTICLE_SUFFIXES
            )
            found += [(file_kind(str(p)), str(p)) for p in files]
        elif path.is_file():
            found.append((file_kind(str(path)), str(path)))
        else:
            raise BriefgenError(f"{name}: no such file or folder")
    if not found:
        raise BriefgenError("the inputs hold no JSON Lines, Parquet or article files")
    return found


def file_kind(path: str) -> str:
    """``jsonl``, ``parquet`` or ``files`` (an article file: text, Markdown, HTML), by suffix."""
    suffix = Path(path).suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in PARQUET_SUFFIXES:
        return "parquet"
    return "files"


def plan(
    inputs: Collection[str],
    *,
    chunk_rows: int,
    done: Collection[str] = frozenset(),
    limit: int | None = None,
) -> Plan:
    """Cut the inputs' rows into chunks of at most ``chunk_rows``, leaving out ``done`` ids.

    ``limit`` caps the rows planned (after leaving out the done ones). A chunk
    never spans a done row, so every part file covers consecutive rows.
    """
    chunks: list[Chunk] = []
    planned = skipped = 0
    files: list[str] = []
    files_at = 0
    for position, (kind, path) in enumerate(expand_inputs(inputs)):
        if kind == "files":
            # Consecutive article files make chunks together; their ids are their paths.
            if path in done:
                skipped += 1
                chunks += _file_chunks(files, files_at, chunk_rows)
                files = []
                continue
            if not files:
                files_at = position
            files.append(path)
            planned += 1
            if len(files) == chunk_rows or (limit is not None and planned >= limit):
                chunks += _file_chunks(files, files_at, chunk_rows)
                files = []
        else:
            chunks += _file_chunks(files, files_at, chunk_rows)
            files = []
            rows = _jsonl_rows(path, bool(done)) if kind == "jsonl" else _parquet_rows(path, bool(done))
            for run in _runs(rows, done, chunk_rows, None if limit is None else limit - planned):
                if run[0] == "skip":
                    skipped += 1
                    continue
                _, start, end, first, count = run
                chunks.append(Chunk(f"{position:09d}-{first:09d}", kind, path, start, end, first, count))
                planned += count
        if limit is not None and planned >= limit:
            break
    chunks += _file_chunks(files, files_at, chunk_rows)
    return Plan(tuple(chunks), planned, skipped)


def _file_chunks(files: list[str], position: int, chunk_rows: int) -> list[Chunk]:
    if not files:
        return []
    return [
        Chunk(f"{position + i:09d}-{0:09d}", "files", "", 0, 0, 0, len(part), tuple(part))
        for i in range(0, len(files), chunk_rows)
        for part in [files[i : i + chunk_rows]]
    ]


# A row as the planner sees it: (start, end, number, id); the id only when resuming.
_Row = tuple[int, int, int, "str | None"]


def _runs(rows: Iterator[_Row], done: Collection[str], size: int, room: int | None) -> Iterator[tuple]:
    """Group rows into runs of at most ``size`` consecutive rows not in ``done``."""
    run: list[_Row] = []

    def close() -> tuple:
        return ("run", run[0][0], run[-1][1], run[0][2], len(run))

    for row in rows:
        if room is not None and room <= 0:
            break
        if done and row[3] in done:
            if run:
                yield close()
                run = []
            yield ("skip",)
            continue
        run.append(row)
        if room is not None:
            room -= 1
        if len(run) == size:
            yield close()
            run = []
    if run:
        yield close()


def _jsonl_rows(path: str, with_ids: bool) -> Iterator[_Row]:
    """(start, end, line number, id) of each non-blank line; ids (parsed) only ``with_ids``."""
    offset = 0
    try:
        with open(path, "rb") as handle:
            for number, line in enumerate(handle, start=1):
                start, offset = offset, offset + len(line)
                if line.strip():
                    yield start, offset, number, _line_id(line, path, number) if with_ids else None
    except OSError as err:
        raise BriefgenError(f"{path}: cannot read ({err.strerror or err})") from None


def _line_id(line: bytes, path: str, number: int) -> str:
    try:
        record = json.loads(line)
    except ValueError:
        record = None
    return row_id(record.get("id") if isinstance(record, dict) else None, path, number)


def _parquet_rows(path: str, with_ids: bool) -> Iterator[_Row]:
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(path)
        names = table.schema_arrow.names
        count = table.metadata.num_rows
        ids = [None] * count
        if with_ids and "id" in names:
            ids = table.read(columns=["id"]).column("id").to_pylist()
    except (OSError, ValueError) as err:
        raise BriefgenError(f"{path}: not a readable Parquet file ({err})") from None
    for number, given in enumerate(ids, start=1):
        yield number - 1, number, number, row_id(given, path, number) if with_ids else None


def row_id(given: object, path: str, number: int) -> str:
    """A row's id: its own ``id`` (a string or a whole number), else ``PATH:ROW`` (1-based)."""
    if isinstance(given, str) and given:
        return given
    if isinstance(given, int) and not isinstance(given, bool):
        return str(given)
    return f"{path}:{number}"
