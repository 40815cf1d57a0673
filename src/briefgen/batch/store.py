"""The output of a batch job: part files while it runs, one file when it is done.

``-o briefs.jsonl`` (or ``.parquet``) gives, while the job runs, a folder
``briefs.jsonl.parts/`` of part files, one per chunk of input rows, each written
to a temporary name and renamed, so a part is either whole or absent. When every
chunk is done the parts are joined, in input order, after the rows of an earlier
``briefs.jsonl`` (a job resumed after it finished, with more input or without
``--limit``), into ``briefs.jsonl``, again atomically, and the folder is removed.

A killed job leaves the folder: its parts are usable as they are
(``cat briefs.jsonl.parts/*.jsonl``), and a rerun with the same output skips
every id they (and an earlier ``briefs.jsonl``) hold.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ..errors import BriefgenError
from ..output import write_atomic
from .rows import OWN_FIELDS, ResultRow

FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet", ".pq": "parquet"}


class Store:
    """Where one job's results go: ``path`` and its ``.parts`` folder."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        fmt = FORMATS.get(self.path.suffix.lower())
        if fmt is None:
            raise BriefgenError(f"{self.path}: the output must end in .jsonl or .parquet")
        if self.path.is_dir():
            raise BriefgenError(f"{self.path}: is a folder; the output is a .jsonl or .parquet file")
        self.format = fmt
        self.parts = Path(f"{self.path}.parts")
        self.suffix = ".jsonl" if fmt == "jsonl" else ".parquet"

    def part_files(self) -> list[Path]:
        """The finished part files, in input order."""
        if not self.parts.is_dir():
            return []
        return sorted(
            p for p in self.parts.iterdir() if p.name.startswith("part-") and p.suffix == self.suffix
        )

    def prepare(self) -> None:
        """Make the parts folder, and clear temporary files a killed job left in it."""
        try:
            self.parts.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise BriefgenError(f"{self.parts}: cannot make the folder ({err.strerror or err})") from None
        for stale in self.parts.glob(".part-*"):
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()

    def discard_if_empty(self) -> None:
        """Remove the parts folder when it holds no part (a job that failed at the start)."""
        with contextlib.suppress(OSError):
            self.parts.rmdir()

    def done_ids(self) -> set[str]:
        """Ids already in the output: an earlier finished file and the parts of a killed job."""
        ids: set[str] = set()
        for file in ([self.path] if self.path.is_file() else []) + self.part_files():
            ids.update(_ids(file, self.format))
        return ids

    def write_part(self, key: str, rows: Sequence[ResultRow]) -> None:
        """Write one chunk's rows as ``part-KEY``, atomically."""
        target = self.parts / f"part-{key}{self.suffix}"
        if self.format == "jsonl":
            write_atomic(target, "".join(_jsonl_line(row) for row in rows))
        else:
            _write_parquet_atomic(target, [_table(rows)])

    def finish(self) -> int:
        """Join the parts after the earlier output into the output file; return its rows."""
        parts = self.part_files()
        earlier = [self.path] if self.path.is_file() else []
        if self.format == "jsonl":
            _join_jsonl(self.path, earlier + parts)
        else:
            _join_parquet(self.path, earlier + parts)
        shutil.rmtree(self.parts, ignore_errors=True)
        return sum(1 for _ in _ids(self.path, self.format))


def _jsonl_line(row: ResultRow) -> str:
    return json.dumps(row.fields(), ensure_ascii=False) + "\n"


def _ids(file: Path, fmt: str) -> Iterator[str]:
    try:
        if fmt == "parquet":
            import pyarrow.parquet as pq

            yield from (str(i) for i in pq.read_table(file, columns=["id"]).column("id").to_pylist())
            return
        with open(file, encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    record = json.loads(line)
                    if not isinstance(record, dict) or "id" not in record:
                        raise ValueError(f"line {number} has no id")
                    yield str(record["id"])
    except (OSError, ValueError, KeyError) as err:
        raise BriefgenError(f"{file}: not the output of briefgen batch ({err})") from None


def _join_jsonl(target: Path, files: Sequence[Path]) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            for file in files:
                with open(file, "rb") as part:
                    shutil.copyfileobj(part, out)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _table(rows: Sequence[ResultRow]) -> Any:
    """Rows as an Arrow table of strings: id, brief (JSON), error, then the passthrough fields.

    Passthrough values that are not strings are stored as JSON text, so parts
    from different inputs always join into one schema.
    """
    import pyarrow as pa

    extras = [json.loads(row.passthrough) for row in rows]
    names: dict[str, None] = {}
    for extra in extras:
        names.update(dict.fromkeys(k for k in extra if k not in OWN_FIELDS))
    columns: dict[str, list[str | None]] = {
        "id": [row.id for row in rows],
        "brief": [row.brief for row in rows],
        "error": [row.error for row in rows],
    }
    for name in names:
        columns[name] = [_text(extra.get(name)) for extra in extras]
    return pa.table({k: pa.array(v, type=pa.string()) for k, v in columns.items()})


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _join_parquet(target: Path, files: Sequence[Path]) -> None:
    import pyarrow.parquet as pq

    names: dict[str, None] = {}
    for file in files:
        names.update(dict.fromkeys(pq.read_schema(file).names))
    _write_parquet_atomic(target, (pq.read_table(file) for file in files), list(names))


def _write_parquet_atomic(target: Path, tables: Any, names: list[str] | None = None) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        writer = None
        for table in tables:
            if names is not None:
                table = pa.table(
                    {
                        n: table.column(n) if n in table.column_names else pa.nulls(len(table), pa.string())
                        for n in names
                    }
                )
            if writer is None:
                writer = pq.ParquetWriter(tmp, table.schema)
            writer.write_table(table)
        if writer is None:  # no rows at all: still a valid file, with the columns
            writer = pq.ParquetWriter(tmp, pa.schema([(n, pa.string()) for n in names or OWN_FIELDS]))
        writer.close()
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
