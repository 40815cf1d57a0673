"""Repository hygiene: lint, formatting, and CI running exactly the README's commands."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys

import pytest

from support import ROOT


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


def test_imports_follow_the_layers():
    """import-linter's contracts in pyproject.toml: stages import only downwards, no cycles."""
    lint = shutil.which("lint-imports")
    assert lint, "import-linter is missing: install the dev extra"
    done = subprocess.run([lint, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def _private_imports(path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{path.relative_to(ROOT)}:{node.lineno} imports {alias.name} from {node.module}"
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
        if alias.name.startswith("_") and not alias.name.startswith("__")
    ]


def test_no_private_name_is_imported_across_modules():
    files = [*ROOT.glob("src/**/*.py"), *ROOT.glob("tests/**/*.py"), *ROOT.glob("bench/**/*.py")]
    found = [line for path in files for line in _private_imports(path)]
    assert not found, found


def test_package_root_holds_the_stages_and_few_modules():
    package = ROOT / "src" / "briefgen"
    modules = sorted(p.name for p in package.glob("*.py"))
    assert len(modules) <= 10, modules
    stages = {"read", "analyse", "condense", "quotes", "engines", "rendering", "digest"}
    assert stages <= {p.name for p in package.iterdir() if (p / "__init__.py").is_file()}
    too_long = [
        f"{p.relative_to(ROOT)}: {n} lines"
        for p in package.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500
    ]
    assert not too_long, too_long
