"""What a batch worker does with a chunk: read its rows, brief them, make result rows.

Nothing here imports Ray: the functions take and give plain data, so they are
tested and usable without it. Every row comes out as one result row; a row that
cannot be briefed (bad JSON, no text, not English, nothing to brief, a bug in
briefgen) carries its one-line reason in ``error`` and never stops the chunk.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import BriefgenError, InputError
from ..types import Article, Source
from .plan import TEXT_FIELDS, Chunk, row_id

if TYPE_CHECKING:
    from ..pipeline import Briefer

SOURCE_FIELDS = ("title", "url", "published")
OWN_FIELDS = ("id", "brief", "error")  # a result row's own columns; input fields of these names give way


@dataclass(frozen=True)
class InputRow:
    """One row of an input as a worker read it; ``problem`` says why it has no usable text."""

    id: str
    text: str | None
    source: Source
    passthrough: str  # the row's other fields, a JSON object
    problem: str | None = None


@dataclass(frozen=True)
class ResultRow:
    """One output row: the brief (JSON, the single-brief contract) or the error, and the passthrough."""

    id: str
    brief: str | None
    error: str | None
    passthrough: str

    def fields(self) -> dict[str, Any]:
        """The row as written to JSON Lines: id, brief, error, then the input's other fields."""
        extra = {k: v for k, v in json.loads(self.passthrough).items() if k not in OWN_FIELDS}
        brief = json.loads(self.brief) if self.brief is not None else None
        return {"id": self.id, "brief": brief, "error": self.error, **extra}


def read_chunk(chunk: Chunk) -> list[InputRow]:
    """The rows of ``chunk``, each readable or carrying its problem."""
    if chunk.kind == "jsonl":
        return list(_jsonl_chunk(chunk))
    if chunk.kind == "parquet":
        return list(_parquet_chunk(chunk))
    return [_file_row(path) for path in chunk.files]


def _jsonl_chunk(chunk: Chunk) -> Iterator[InputRow]:
    with open(chunk.path, "rb") as handle:
        handle.seek(chunk.start)
        data = handle.read(chunk.end - chunk.start)
    for number, line in enumerate(data.split(b"\n"), start=chunk.first):
        if not line.strip():
            continue
        fallback = row_id(None, chunk.path, number)
        try:
            record = json.loads(line.removeprefix(b"\xef\xbb\xbf").decode("utf-8"))
        except UnicodeDecodeError:
            yield InputRow(fallback, None, Source(), "{}", "not UTF-8")
            continue
        except ValueError:
            yield InputRow(fallback, None, Source(), "{}", "not valid JSON")
            continue
        if not isinstance(record, dict):
            yield InputRow(fallback, None, Source(), "{}", "not a JSON object")
            continue
        yield _record_row(record, chunk.path, number)


def _parquet_chunk(chunk: Chunk) -> Iterator[InputRow]:
    import pyarrow.parquet as pq

    file = pq.ParquetFile(chunk.path)
    # Read only the row groups the chunk's rows lie in.
    begin = 0
    tables = []
    first_row = None
    for group in range(file.num_row_groups):
        size = file.metadata.row_group(group).num_rows
        if begin + size > chunk.start and begin < chunk.end:
            tables.append(file.read_row_group(group))
            first_row = begin if first_row is None else first_row
        begin += size
    import pyarrow as pa

    table = pa.concat_tables(tables) if tables else None
    if table is None:
        return
    records = table.slice(chunk.start - (first_row or 0), chunk.end - chunk.start).to_pylist()
    for number, record in enumerate(records, start=chunk.start + 1):
        yield _record_row(record, chunk.path, number)


def _record_row(record: dict[str, Any], path: str, number: int) -> InputRow:
    ident = row_id(record.get("id"), path, number)
    passthrough = json.dumps(
        {k: v for k, v in record.items() if k not in TEXT_FIELDS and k != "id"},
        ensure_ascii=False,
        default=_plain,
    )
    text = next((record[k] for k in TEXT_FIELDS if record.get(k) is not None), None)
    source = Source(**{k: _string(record.get(k)) for k in SOURCE_FIELDS})
    if not isinstance(text, str):
        return InputRow(ident, None, source, passthrough, 'has no "text" string')
    return InputRow(ident, text, source, passthrough)


def _file_row(path: str) -> InputRow:
    from ..read.reading import read_article

    passthrough = json.dumps({"path": path}, ensure_ascii=False)
    try:
        article = read_article(path)
    except InputError as err:
        return InputRow(path, None, Source(path=path), passthrough, err.problem)
    except BriefgenError as err:
        return InputRow(path, None, Source(path=path), passthrough, str(err))
    return InputRow(path, article.text, article.source, passthrough)


def _plain(value: Any) -> Any:
    """JSON for what Parquet holds beside JSON's types: dates as ISO 8601, anything else as text."""
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _string(value: Any) -> str | None:
    if isinstance(value, str):
        return value or None
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return None


def brief_rows(briefer: Briefer, rows: Sequence[InputRow]) -> list[ResultRow]:
    """Brief ``rows`` in one :meth:`Briefer.brief_many` call; one result per row, in order."""
    from ..read.reading import article_from_text

    articles: list[Article] = []
    outcomes: list[str | int] = []  # the problem, or the index into ``articles``
    for row in rows:
        if row.problem is not None or row.text is None:
            outcomes.append(row.problem or "has no text")
            continue
        try:
            articles.append(article_from_text(row.text, row.source, name=row.id))
        except InputError as err:
            outcomes.append(err.problem)
            continue
        outcomes.append(len(articles) - 1)
    briefed = _brief_all(briefer, articles)
    results = []
    for row, outcome in zip(rows, outcomes, strict=True):
        if isinstance(outcome, str):
            results.append(ResultRow(row.id, None, one_line(outcome), row.passthrough))
        else:
            results.append(_result(row, briefed[outcome]))
    return results


def _brief_all(briefer: Briefer, articles: list[Article]) -> list[Any]:
    """Brief ``articles`` together; if that fails on an unexpected error, one by one.

    An unexpected exception is a bug in briefgen, but an archive job should
    still finish: the article that causes it gets the error, the others their briefs.
    Errors of the environment (a missing model) stop the job: every row would fail.
    """
    if not articles:
        return []
    try:
        return briefer.brief_many(articles)
    except BriefgenError as err:
        if not isinstance(err, InputError):
            raise
    except Exception:  # a bug on some article: find which, one by one, below
        pass
    results: list[Any] = []
    for article in articles:
        try:
            results += briefer.brief_many([article])
        except InputError as err:
            results.append(err)
        except BriefgenError:
            raise
        except Exception as err:
            results.append(RuntimeError(f"internal error ({type(err).__name__}: {err})"))
    return results


def _result(row: InputRow, outcome: Any) -> ResultRow:
    from ..rendering.render import brief_to_dict

    if isinstance(outcome, InputError):
        return ResultRow(row.id, None, one_line(outcome.problem), row.passthrough)
    if isinstance(outcome, Exception):
        return ResultRow(row.id, None, one_line(str(outcome)), row.passthrough)
    brief = json.dumps(brief_to_dict(outcome), ensure_ascii=False)
    return ResultRow(row.id, brief, None, row.passthrough)


def one_line(message: str) -> str:
    """A message on one line: runs of whitespace (newlines too) become one space."""
    return " ".join(message.split())
