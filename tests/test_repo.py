"""Repository hygiene: lint, formatting, and CI running exactly the README's commands."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from .conftest import ROOT


def _ruff(*args: str) -> subprocess.CompletedProcess[str]:
    ruff = shutil.which("ruff")
    command = [ruff] if ruff else [sys.executable, "-m", "ruff"]
    return subprocess.run([*command, *args], cwd=ROOT, capture_output=True, text=True)


def test_ruff_lint():
    done = _ruff("check", ".")
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_format():
    done = _ruff("format", "--check", ".")
    assert done.returncode == 0, done.stdout + done.stderr


def test_ci_runs_the_readme_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"## Install, test, run.*?```sh\n(.*?)```", readme, re.S)
    assert block, "README lacks the install/test/run block"
    install, test, _demo = block.group(1).strip().splitlines()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert install in ci
    assert test in ci
    assert ci.index(install) < ci.index(test)


@pytest.mark.parametrize(
    "name", ["README.md", "pyproject.toml", "seeds", "src/briefgen", "prompts", "tests", "outputs"]
)
def test_layout(name):
    assert (ROOT / name).exists()
