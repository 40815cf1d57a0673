"""``briefgen serve`` on the command line: quick help, nothing heavy imported for it."""

from __future__ import annotations

import subprocess
import sys

from briefgen.serve.run import is_loopback_host


def test_serve_help_imports_no_server_or_model():
    code = (
        "import sys; from click.testing import CliRunner; from briefgen.cli import main; "
        "r = CliRunner().invoke(main, ['serve', '--help']); "
        "print(r.exit_code, sorted(m for m in ('starlette', 'uvicorn', 'torch', 'spacy') if m in sys.modules)); "
        "print(r.output)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    first, _, help_text = done.stdout.partition("\n")
    assert first == "0 []"
    assert (
        "--allow-private-urls" in help_text and "127.0.0.1" in help_text and "BRIEFGEN_API_TOKEN" in help_text
    )


def test_loopback_hosts():
    assert all(is_loopback_host(h) for h in ("127.0.0.1", "localhost", "::1", "[::1]", "127.1.2.3"))
    assert not any(is_loopback_host(h) for h in ("0.0.0.0", "::", "192.168.1.5", "example.org"))
