"""The command line contract: formats, several inputs, exit codes, clean errors."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from support import TEST_DATA

ARTICLE = (
    "Engineers in Lisbon opened a new tidal power station on Monday, the first of its kind in Portugal. "
    "The station will supply electricity to about 40,000 homes, the energy ministry said. "
    "\u201cThis is a turning point for clean energy in our country,\u201d Energy Minister Ana Costa told reporters. "
    "The project cost 120 million euros and took four years to build. "
    "Critics said the turbines could harm fish in the estuary. "
    "The operator said it would monitor wildlife for ten years.\n"
)


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


@pytest.fixture
def article_file(tmp_path):
    path = tmp_path / "tidal.txt"
    path.write_text(ARTICLE)
    return str(path)


def run(runner, *args, input=None):
    return runner.invoke(main, list(args), input=input, catch_exceptions=False)


def test_seed_markdown(runner, seed_path):
    result = run(runner, str(seed_path))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("# ")
    assert sum(1 for line in lines if line.startswith("- ")) == 3
    assert "Key quotes" in result.output


def test_seed_json_contract(runner, seed_path):
    result = run(runner, str(seed_path), "-f", "json")
    assert result.exit_code == 0
    brief = json.loads(result.output)
    assert set(brief) >= {"headline", "bullets", "quotes", "source", "engine"}
    assert isinstance(brief["headline"], str) and 0 < len(brief["headline"]) <= 90
    assert len(brief["bullets"]) == 3
    assert brief["engine"] == "extractive"
    assert brief["source"] == {"path": str(seed_path), "url": None, "title": None}
    text = seed_path.read_text(encoding="utf-8")
    for quote in brief["quotes"]:
        assert set(quote) >= {"text", "speaker", "start", "end"}
        assert text[quote["start"] : quote["end"]] == quote["text"]


def test_several_inputs_give_json_lines_in_order(runner, seed_path, article_file):
    result = run(runner, article_file, str(seed_path), article_file, "-f", "json")
    assert result.exit_code == 0
    objects = [json.loads(line) for line in result.output.splitlines()]
    assert [o["source"]["path"] for o in objects] == [article_file, str(seed_path), article_file]


def test_one_bad_input_among_several(runner, article_file, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(main, [article_file, str(empty), "-f", "json"])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    assert json.loads(result.stdout)["source"]["path"] == article_file
    assert f"briefgen: {empty}: is empty" in result.stderr


def test_stdin(runner):
    result = run(runner, "-", "-f", "json", input=ARTICLE)
    assert result.exit_code == 0
    assert json.loads(result.output)["source"]["path"] is None


def test_text_format(runner, article_file):
    result = run(runner, article_file, "-f", "text")
    assert result.exit_code == 0
    assert "#" not in result.output.splitlines()[0]
    assert result.output.splitlines()[1].startswith("===")


@pytest.mark.parametrize(("option", "count"), [("0", 0), ("1", 1)])
def test_quote_limit(runner, article_file, option, count):
    result = run(runner, article_file, "-f", "json", "--quotes", option)
    assert len(json.loads(result.output)["quotes"]) == count


def test_no_key_quotes_asked_is_not_no_quotes_found(runner, seed_path):
    for fmt in ("md", "text", "html"):
        result = run(runner, str(seed_path), "-f", fmt, "--quotes", "0")
        assert result.exit_code == 0
        assert "No direct quotes" not in result.output, fmt
    brief = json.loads(run(runner, str(seed_path), "-f", "json", "--quotes", "0").output)
    assert brief["quotes"] == [] and brief["quotes_found"] >= 3  # direct quotes, partial ones apart


def test_quotes_all_and_bad_values(runner, seed_path):
    every = json.loads(run(runner, str(seed_path), "-f", "json", "--quotes", "all").output)["quotes"]
    key = json.loads(run(runner, str(seed_path), "-f", "json").output)["quotes"]
    assert len(every) > len(key)
    for bad in ("-1", "many"):
        result = runner.invoke(main, [str(seed_path), "--quotes", bad])
        assert result.exit_code == 2


def test_output_file_is_written_atomically(runner, article_file, tmp_path):
    target = tmp_path / "out" / "brief.md"
    target.parent.mkdir()
    result = run(runner, article_file, "-o", str(target))
    assert result.exit_code == 0
    assert result.output == ""
    assert target.read_text().startswith("# ")
    assert [p.name for p in target.parent.iterdir()] == ["brief.md"]


def test_bad_input_writes_no_output_file(runner, tmp_path):
    target = tmp_path / "brief.md"
    result = runner.invoke(main, [str(tmp_path / "missing.txt"), "-o", str(target)])
    assert result.exit_code == 1
    assert not target.exists()


def test_unknown_engine_is_one_line(runner, article_file):
    result = runner.invoke(main, [article_file, "--engine", "nope"])
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0
    assert "unknown engine 'nope'" in result.stderr


def test_usage_errors_exit_2(runner):
    assert runner.invoke(main, []).exit_code == 2
    assert runner.invoke(main, ["x.txt", "-f", "docx"]).exit_code == 2


def test_no_quotes_is_not_an_error(runner, tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text(
        "The river rose by two metres overnight after heavy rain. Schools in the valley were closed. "
        "Farmers moved their animals to higher ground. The weather service expects more rain on Friday.\n"
    )
    result = run(runner, str(path))
    assert result.exit_code == 0
    assert "No direct quotes" in result.output


@pytest.mark.parametrize("flag", ["--help", "--version"])
def test_help_and_version_are_instant(flag):
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "briefgen", flag], capture_output=True, text=True, check=True
    )
    elapsed = time.perf_counter() - started
    assert done.stdout
    assert elapsed < 1.0, f"briefgen {flag} took {elapsed:.2f}s"
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, briefgen.cli; print(sorted({'torch','spacy','transformers'} & set(sys.modules)))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert probe.stdout.strip() == "[]"


def test_errors_are_one_line_without_traceback_in_a_real_process(tmp_path):
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 20)
    done = subprocess.run([sys.executable, "-m", "briefgen", str(binary)], capture_output=True, text=True)
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr == f"briefgen: {binary}: looks like binary data, not text\n"


def test_a_saved_web_page_is_briefed_from_its_main_text(runner):
    page = TEST_DATA / "harbour-page.html"
    brief = json.loads(run(runner, str(page), "-f", "json").output)
    assert brief["source"]["title"] == "Harbour council approves sea wall repairs"
    assert brief["source"]["url"] == "https://news.example.org/harbour-wall"
    everything = " ".join([brief["headline"], *brief["bullets"]])
    assert "<" not in everything and "Home | World" not in everything and "Copyright" not in everything
    assert [(q["speaker"], q["text"][:20]) for q in brief["quotes"]] == [
        ("Maria Lopez", "We have waited years")
    ]


def test_a_web_page_without_article_text_is_one_line(runner, tmp_path):
    page = tmp_path / "empty.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>"
    )
    result = runner.invoke(main, [str(page)])
    assert result.exit_code == 1
    assert result.stderr == f"briefgen: {page}: is a web page without article text\n"


TITLED = """Live: Harbour council approves ferry fare rise | Harbour Times

The harbour council approved a rise in ferry fares on Tuesday after a four-hour debate, officials said.
Fares will go up by 40 pence from March, according to the council's budget papers.
Residents had asked the council to freeze fares for a third year running.
"""


@pytest.mark.parametrize(
    ("option", "headline", "source"),
    [
        ((), "Harbour council approves ferry fare rise", "title"),
        (("--headline", "title"), "Harbour council approves ferry fare rise", "title"),
        (("--headline", "generate"), None, "generated"),
    ],
)
def test_headline_title_or_generated(runner, tmp_path, option, headline, source):
    path = tmp_path / "fares.txt"
    path.write_text(TITLED, encoding="utf-8")
    result = run(runner, str(path), "-f", "json", *option)
    assert result.exit_code == 0, result.output
    brief = json.loads(result.output)
    assert brief["headline_source"] == source
    if headline is not None:
        assert brief["headline"] == headline
    else:
        assert brief["headline"] != "Harbour council approves ferry fare rise"
        assert "fare" in brief["headline"].lower()


def test_headline_option_goes_with_the_extractive_engine(runner, seed_path):
    result = run(runner, str(seed_path), "--engine", "hf", "--headline", "generate")
    assert result.exit_code == 2
    assert "--headline goes with --engine extractive" in result.output
