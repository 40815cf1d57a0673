"""Planning chunks and storing parts: plain Python, no Ray, no models."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefgen.batch.plan import Chunk, plan
from briefgen.batch.rows import ResultRow, read_chunk
from briefgen.batch.store import Store
from briefgen.errors import BriefgenError


def _jsonl(path: Path, ids: list[str | None]) -> Path:
    rows = [{"text": f"Article {n}.", **({"id": i} if i else {})} for n, i in enumerate(ids)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_chunks_cover_every_row_once_in_input_order(tmp_path: Path):
    first = _jsonl(tmp_path / "a.jsonl", [f"a{n}" for n in range(5)])
    folder = tmp_path / "files"
    folder.mkdir()
    for name in ("x.txt", "y.md", "z.html"):
        (folder / name).write_text("Text.", encoding="utf-8")
    work = plan([str(first), str(folder)], chunk_rows=2)
    assert [(c.kind, c.rows) for c in work.chunks] == [
        ("jsonl", 2),
        ("jsonl", 2),
        ("jsonl", 1),
        ("files", 2),
        ("files", 1),
    ]
    assert [c.key for c in work.chunks] == sorted(c.key for c in work.chunks)
    assert (work.rows, work.skipped) == (8, 0)
    rows = [row for chunk in work.chunks for row in read_chunk(chunk)]
    assert [r.id for r in rows] == [f"a{n}" for n in range(5)] + [
        str(folder / n) for n in ("x.txt", "y.md", "z.html")
    ]


def test_done_rows_are_left_out_and_no_chunk_spans_them(tmp_path: Path):
    source = _jsonl(tmp_path / "a.jsonl", ["a0", None, "a2", "a3", "a4", "a5"])
    work = plan([str(source)], chunk_rows=3, done={"a2", f"{source}:2"})
    assert [(c.first, c.rows) for c in work.chunks] == [(1, 1), (4, 3)]
    assert (work.rows, work.skipped) == (4, 2)
    assert [r.id for c in work.chunks for r in read_chunk(c)] == ["a0", "a3", "a4", "a5"]
    limited = plan([str(source)], chunk_rows=3, done={"a0"}, limit=2)
    assert [r.id for c in limited.chunks for r in read_chunk(c)] == [f"{source}:2", "a2"]


def test_missing_input_is_an_error_before_any_work(tmp_path: Path):
    with pytest.raises(BriefgenError, match="no such file or folder"):
        plan([str(tmp_path / "absent.jsonl")], chunk_rows=4)


def _row(ident: str, **extra: object) -> ResultRow:
    return ResultRow(ident, json.dumps({"headline": ident.upper()}), None, json.dumps(extra))


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_parts_join_after_the_earlier_output_and_their_ids_count_as_done(tmp_path: Path, suffix: str):
    pytest.importorskip("pyarrow")
    store = Store(tmp_path / f"out{suffix}")
    store.prepare()
    store.write_part("000000000-000000001", [_row("a", url="u"), _row("b")])
    (store.parts / f".part-x{suffix}.123.tmp").write_text("half", encoding="utf-8")  # a killed write
    assert store.done_ids() == {"a", "b"}
    store.finish()
    store.prepare()
    assert not list(store.parts.glob(".part-*"))  # a killed write's leftovers are cleared
    store.write_part(
        "000000001-000000001", [ResultRow("c", None, "has no sentence to brief", json.dumps({"n": 3}))]
    )
    assert store.done_ids() == {"a", "b", "c"}
    assert store.finish() == 3
    assert not store.parts.exists()
    if suffix == ".jsonl":
        got = [json.loads(line) for line in store.path.read_text(encoding="utf-8").splitlines()]
        assert got == [
            {"id": "a", "brief": {"headline": "A"}, "error": None, "url": "u"},
            {"id": "b", "brief": {"headline": "B"}, "error": None},
            {"id": "c", "brief": None, "error": "has no sentence to brief", "n": 3},
        ]
    else:
        import pyarrow.parquet as pq

        got = pq.read_table(store.path).to_pylist()
        assert got == [
            {"id": "a", "brief": '{"headline": "A"}', "error": None, "url": "u", "n": None},
            {"id": "b", "brief": '{"headline": "B"}', "error": None, "url": None, "n": None},
            {"id": "c", "brief": None, "error": "has no sentence to brief", "url": None, "n": "3"},
        ]


def test_output_must_be_a_jsonl_or_parquet_file(tmp_path: Path):
    with pytest.raises(BriefgenError, match=r"must end in \.jsonl or \.parquet"):
        Store(tmp_path / "out.csv")
    (tmp_path / "dir.jsonl").mkdir()
    with pytest.raises(BriefgenError, match="is a folder"):
        Store(tmp_path / "dir.jsonl")


def test_a_chunk_travels_as_a_plain_row():
    chunk = Chunk("000000002-000000000", "files", "", 0, 0, 0, 2, ("a.txt", "b.txt"))
    assert chunk.to_row()["files"] == '["a.txt", "b.txt"]'
