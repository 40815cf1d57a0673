"""briefgen batch through its Python API, on Ray in local mode with two CPUs.

One Ray session serves the module; each job starts its own pool of workers,
which load the real models once each.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefgen import Briefer, Source, article_from_text
from briefgen.rendering.render import brief_to_dict
from digest_helpers import article

ray = pytest.importorskip("ray", reason="briefgen batch needs Ray: pip install 'briefgen[batch]'")
pq = pytest.importorskip("pyarrow.parquet")

from briefgen.batch import BatchOptions, brief_archive  # noqa: E402

NAMES = ["bridge-gazette", "council-week", "leopard-study", "rovers-win"]


@pytest.fixture(scope="module", autouse=True)
def ray_session():
    ray.init(num_cpus=2, object_store_memory=128 * 1024 * 1024, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def expected_brief(text: str, source: Source) -> dict:
    """The brief a plain Briefer gives, as the -f json contract."""
    return brief_to_dict(Briefer().brief(article_from_text(text, source)))


def test_jsonl_rows_come_out_in_order_with_ids_briefs_and_errors(tmp_path: Path):
    rows = [
        {"id": "gazette", "text": article(NAMES[0])[1], "title": article(NAMES[0])[0], "outlet": "Gazette"},
        {"id": 7, "article": article(NAMES[1])[1], "url": "https://example.org/council"},
        "{this is not json",
        {"id": "numbers", "text": "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20"},
        {"id": "no-text", "title": "A title and nothing else"},
        {"text": article(NAMES[2])[1], "published": "2026-11-20", "tags": ["science", "cats"]},
        {"id": "rovers", "text": article(NAMES[3])[1]},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text(
        "".join((r if isinstance(r, str) else json.dumps(r)) + "\n\n" for r in rows), encoding="utf-8"
    )
    output = tmp_path / "out.jsonl"
    result = brief_archive([str(source)], str(output), BatchOptions(workers=2, batch_size=2))
    got = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    # Line numbers name rows without an id: a blank line follows every row.
    assert [g["id"] for g in got] == [
        "gazette",
        "7",
        f"{source}:5",
        "numbers",
        "no-text",
        f"{source}:11",
        "rovers",
    ]
    assert [g["error"] for g in got] == [
        None,
        None,
        "not valid JSON",
        "has no sentence to brief",
        'has no "text" string',
        None,
        None,
    ]
    assert got[0]["brief"] == expected_brief(rows[0]["text"], Source(title=rows[0]["title"]))
    assert got[1]["brief"] == expected_brief(rows[1]["article"], Source(url=rows[1]["url"]))
    assert got[5]["brief"] == expected_brief(rows[5]["text"], Source(published="2026-11-20"))
    assert [g["brief"] for g in got[2:5]] == [None, None, None]
    # Source fields pass through; the text does not.
    assert got[0]["title"] == rows[0]["title"] and got[0]["outlet"] == "Gazette"
    assert got[5]["tags"] == ["science", "cats"] and got[5]["published"] == "2026-11-20"
    assert "text" not in got[0] and "article" not in got[1]
    assert (result.briefed, result.failed, result.skipped, result.total) == (4, 3, 0, 7)
    assert result.workers == 2 and len(result.peak_rss) == 2 and result.cpu_seconds > 0
    assert not Path(f"{output}.parts").exists()

    # The same output again: every id is there, nothing is briefed twice.
    again = brief_archive([str(source)], str(output), BatchOptions(workers=2, batch_size=2))
    assert (again.briefed, again.failed, again.skipped, again.total) == (0, 0, 7, 0)
    assert [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()] == got


def test_parquet_and_a_folder_of_article_files_to_parquet(tmp_path: Path):
    import datetime as dt

    import pyarrow as pa

    folder = tmp_path / "archive"
    (folder / "2026" / "11").mkdir(parents=True)
    table = pa.table(
        {
            "id": ["p1", "p2"],
            "text": [article(NAMES[0])[1], "Zzz."],
            "published": [dt.datetime(2026, 11, 24, 7, 30), None],
            "words": [180, 1],
        }
    )
    pq.write_table(table, folder / "a.parquet", row_group_size=1)
    title, body = article(NAMES[3])
    (folder / "2026" / "11" / "rovers.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    (folder / ".hidden.txt").write_text("not an article", encoding="utf-8")
    output = tmp_path / "briefs.parquet"
    result = brief_archive([str(folder)], str(output), BatchOptions(workers=1, batch_size=4, limit=5))
    got = pq.read_table(output).to_pylist()
    rovers = str(folder / "2026" / "11" / "rovers.txt")
    assert [g["id"] for g in got] == [rovers, "p1", "p2"]  # files sorted by path: 2026/... before a.parquet
    assert json.loads(got[1]["brief"]) == expected_brief(
        table["text"][0].as_py(), Source(published="2026-11-24T07:30:00")
    )
    assert got[1]["published"] == "2026-11-24T07:30:00" and got[1]["words"] == "180"
    assert got[2]["brief"] is None and got[2]["error"]
    assert json.loads(got[0]["brief"])["source"]["title"] == title and got[0]["path"] == rovers
    assert (result.briefed, result.failed) == (2, 1)
