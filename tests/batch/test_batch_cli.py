"""``briefgen batch`` as a command: a job really killed mid-way resumes; no Ray, one line."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.cli import main
from digest_helpers import article
from support import ROOT

NAMES = ["bridge-gazette", "council-week", "bridge-herald", "leopard-study", "footbridge-opens", "rovers-win"]


def test_without_ray_batch_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"text": article(NAMES[0])[1]}) + "\n", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray now fails as if it were not installed
    result = CliRunner().invoke(main, ["batch", str(source), "-o", str(tmp_path / "out.jsonl")])
    assert result.exit_code == 1
    assert result.stderr == 'briefgen: briefgen batch needs Ray: pip install "briefgen[batch]"\n'
    assert not (tmp_path / "out.jsonl").exists()


def test_output_must_be_jsonl_or_parquet(tmp_path: Path):
    pytest.importorskip("ray")
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"text": article(NAMES[0])[1]}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["batch", str(source), "-o", str(tmp_path / "out.csv")])
    assert result.exit_code == 1
    assert result.stderr == f"briefgen: {tmp_path / 'out.csv'}: the output must end in .jsonl or .parquet\n"
    missing = CliRunner().invoke(main, ["batch", str(tmp_path / "nope"), "-o", str(tmp_path / "o.jsonl")])
    assert missing.exit_code == 1 and missing.stderr.endswith("nope: no such file or folder\n")


def _batch(*args: str) -> list[str]:
    return [sys.executable, "-m", "briefgen", "batch", *args]


def _env() -> dict[str, str]:
    src = str(ROOT / "src")
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH")) if p)}


def test_a_killed_job_resumes_where_it_stopped(tmp_path: Path):
    pytest.importorskip("ray")
    rows = [
        {"id": f"{name}-{copy}", "text": article(name)[1], "title": article(name)[0]}
        for copy in range(2)
        for name in NAMES
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    output = tmp_path / "out.jsonl"
    parts = Path(f"{output}.parts")
    args = _batch(str(source), "-o", str(output), "--workers", "1", "--batch-size", "2")
    job = subprocess.Popen(
        args, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    try:
        deadline = time.monotonic() + 300
        while not list(parts.glob("part-*.jsonl")) and time.monotonic() < deadline and job.poll() is None:
            time.sleep(0.1)
    finally:
        # Kill the job and everything it started (Ray's processes are in its session), at once.
        os.killpg(job.pid, signal.SIGKILL)
        job.wait()
    assert job.returncode == -signal.SIGKILL
    written = sorted(parts.glob("part-*.jsonl"))
    done = [json.loads(line) for part in written for line in part.read_text(encoding="utf-8").splitlines()]
    assert 0 < len(done) < len(rows), "the job was killed mid-way"
    assert not output.exists()

    rerun = subprocess.run(args, env=_env(), capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    assert f", {len(done)} already done" in rerun.stderr
    got = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [g["id"] for g in got] == [r["id"] for r in rows]  # each once, in input order
    by_id = {g["id"]: g for g in got}
    assert [by_id[d["id"]] for d in done] == done  # rows written before the kill are kept as they were
    assert all(g["error"] is None and g["brief"]["headline"] for g in got)
    assert not parts.exists()


def test_a_model_that_does_not_load_stops_the_job_in_one_line(tmp_path: Path):
    pytest.importorskip("ray")
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"text": article(NAMES[0])[1]}) + "\n", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    absent = tmp_path / "no-model"
    args = _batch(str(source), "-o", str(output), "--engine", "hf", "--model", str(absent), "--workers", "1")
    job = subprocess.run(args, env=_env(), capture_output=True, text=True, timeout=600)
    assert job.returncode == 1
    assert job.stderr.splitlines()[-1] == f"briefgen: {absent}: no such model directory"
    assert "Traceback" not in job.stderr
    assert not output.exists() and not Path(f"{output}.parts").exists()
