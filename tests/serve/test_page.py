"""The editor's page in headless Chromium, served by the real app: paste, brief, switch, copy.

Driven over the DevTools pipe (tests/chromium.py), with the keyboard where a
reader would use it. Checked too: the first load stays under 100 KB and asks
nothing of another host, every control has a label, text contrast is WCAG AA,
errors appear in the page, and no script error is logged. The page's
screenshot goes to ``outputs/ci/serve-page.png``; with
``BRIEFGEN_UPDATE_GOLDEN=1`` it also refreshes the README's ``outputs/serve-page.png``.
"""

from __future__ import annotations

import base64
import os
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from chromium import DevTools, running_browser
from live_server import request
from support import ROOT, SEED

pytestmark = pytest.mark.slow

SEED_TEXT = SEED.read_text(encoding="utf-8")
CI_SHOT = ROOT / "outputs" / "ci" / "serve-page.png"
README_SHOT = ROOT / "outputs" / "serve-page.png"
PAGE_BUDGET = 100 * 1024

_A11Y_PROBE = """(() => {
  const rgb = s => (s.match(/[\\d.]+/g) || []).slice(0, 3).map(Number);
  const lum = c => { const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                     return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const bg = node => { for (; node; node = node.parentElement) { const c = getComputedStyle(node).backgroundColor;
                       if (c && !c.startsWith('rgba(0, 0, 0, 0)') && c !== 'transparent') return rgb(c); } return [255, 255, 255]; };
  const controls = [...document.querySelectorAll('input, textarea, select')];
  const text = [...document.querySelectorAll('h1, h2, p, label, legend, summary, button, a, pre, .error')]
    .filter(n => n.offsetParent !== null && n.textContent.trim());
  return {
    unlabelled: controls.filter(c => !(c.labels && c.labels.length)).map(c => c.id),
    minContrast: Math.min(...text.map(n => ratio(rgb(getComputedStyle(n).color), bg(n)))),
    lang: document.documentElement.lang,
  };
})()"""


@pytest.fixture(scope="module")
def browser():
    yield from running_browser()


class Tab:
    """One page of the browser, with helpers to evaluate, wait and type."""

    def __init__(self, devtools: DevTools, width: int = 900, *, dark: bool = False) -> None:
        self.devtools = devtools
        self.target = devtools.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = devtools.send("Target.attachToTarget", {"targetId": self.target, "flatten": True})[
            "sessionId"
        ]
        self.first_event = len(devtools.events)
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable")
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False},
        )
        scheme = "dark" if dark else "light"
        self.send(
            "Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]}
        )

    def send(self, method: str, params: dict[str, Any] | None = None, timeout: float = 30) -> dict[str, Any]:
        return self.devtools.send(method, params, self.session, timeout=timeout)

    def open(self, url: str) -> None:
        self.send("Page.navigate", {"url": url})
        self.devtools.wait_for("Page.loadEventFired", self.session)
        self.devtools.drain(0.3)

    def js(self, expression: str, *, wait: bool = False) -> Any:
        reply = self.send(
            "Runtime.evaluate", {"expression": expression, "returnByValue": True, "awaitPromise": wait}
        )
        if "exceptionDetails" in reply:
            raise AssertionError(f"{expression}: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    def until(self, expression: str, timeout: float = 300) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.js(expression)
            if value:
                return value
            self.devtools.drain(0.2)
        shown = self.js(
            "[document.getElementById('status').textContent, document.getElementById('error').textContent]"
        )
        raise AssertionError(f"timed out waiting for {expression}; the page says {shown}")

    def key(self, key: str, code: int, text: str = "") -> None:
        for kind in ("keyDown", "keyUp"):
            params: dict[str, Any] = {"type": kind, "key": key, "code": key, "windowsVirtualKeyCode": code}
            if text and kind == "keyDown":
                params["text"] = text
            self.send("Input.dispatchKeyEvent", params)

    def events(self) -> list[dict[str, Any]]:
        return [e for e in self.devtools.events[self.first_event :] if e.get("sessionId") == self.session]

    def screenshot(self, path: Path) -> None:
        height = int(self.js("document.documentElement.scrollHeight"))
        self.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": 900, "height": height, "deviceScaleFactor": 1, "mobile": False},
        )
        png = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(png))

    def close(self) -> None:
        self.devtools.send("Target.closeTarget", {"targetId": self.target})


def _problems(events: list[dict[str, Any]], base: str) -> list[str]:
    found = []
    for event in events:
        method, params = event["method"], event.get("params", {})
        if method == "Runtime.exceptionThrown":
            found.append(f"exception: {params['exceptionDetails'].get('text')}")
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert", "warning"):
            found.append(f"console {params['type']}: {params.get('args')}")
        elif (
            method == "Log.entryAdded"
            and params["entry"]["level"] == "error"
            and params["entry"]["source"] != "network"
        ):
            # (Chromium logs every 4xx answer as a network error; the page shows those itself.)
            found.append(f"log error: {params['entry'].get('text')}")
        elif method == "Network.requestWillBeSent":
            url = params["request"]["url"]
            if not url.startswith((base + "/", "about:", "data:")):
                found.append(f"request to another host: {url}")
    return found


def test_paste_brief_switch_and_copy(browser, api):
    expected = request(api, "POST", "/v1/brief", {"text": SEED_TEXT, "format": "all"}).json
    browser.send(
        "Browser.grantPermissions",
        {"permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"], "origin": api},
    )
    tab = Tab(browser)
    try:
        tab.open(api + "/")
        loaded = [e["params"] for e in tab.events() if e["method"] == "Network.loadingFinished"]
        first_load = sum(p["encodedDataLength"] for p in loaded)
        assert len(loaded) == 3 and 0 < first_load < PAGE_BUDGET, (len(loaded), first_load)

        # Paste the article into the labelled text box, then submit with the keyboard.
        tab.js("document.getElementById('text').focus()")
        tab.send("Input.insertText", {"text": SEED_TEXT})
        assert tab.js("document.getElementById('text').value.length") == len(SEED_TEXT)
        tab.js("document.getElementById('submit').focus()")
        tab.key("Enter", 13, "\r")
        headline = tab.until(
            "(() => { const d = document.getElementById('card').contentDocument;"
            " const h = d && d.querySelector('.headline'); return h && h.textContent.trim(); })()"
        )
        assert headline == expected["json"]["headline"]
        assert tab.js("document.getElementById('status').textContent") == "Briefed: " + headline
        tab.screenshot(CI_SHOT)

        # Switch to Markdown with the arrow keys, as in any radio group.
        tab.js("document.getElementById('f-card').focus()")
        tab.key("ArrowRight", 39)
        assert tab.js("document.querySelector('input[name=format]:checked').value") == "md"
        assert tab.js("document.getElementById('card').hidden") is True
        assert tab.js("document.getElementById('source').textContent") == expected["md"]
        tab.js("document.getElementById('f-json').click()")
        shown = tab.js("JSON.parse(document.getElementById('source').textContent)")
        assert shown == expected["json"]

        # Copy the HTML fragment for the newsletter editor.
        tab.js("document.getElementById('copy').focus()")
        tab.key("Enter", 13, "\r")
        tab.until("document.getElementById('status').textContent.startsWith('Copied')", timeout=10)
        assert tab.js("navigator.clipboard.readText()", wait=True) == expected["fragment"]

        probe = tab.js(_A11Y_PROBE)
        assert probe["unlabelled"] == [] and probe["lang"] == "en"
        assert probe["minContrast"] >= 4.5, probe
        assert _problems(tab.events(), api) == []
    finally:
        tab.close()
    if os.environ.get("BRIEFGEN_UPDATE_GOLDEN") == "1":
        shutil.copyfile(CI_SHOT, README_SHOT)


def test_errors_are_shown_in_the_page(browser, api):
    tab = Tab(browser, width=375, dark=True)
    try:
        tab.open(api + "/")
        tab.js("document.getElementById('submit').click()")
        assert tab.js("document.getElementById('error').hidden") is False
        assert "Paste an article" in tab.js("document.getElementById('error').textContent")
        assert tab.js("document.activeElement.id") == "text"  # the reader is taken to the box to fill
        tab.send(
            "Input.insertText",
            {
                "text": "Le conseil municipal a voté mardi la fermeture du pont pour des travaux de réparation."
            },
        )
        tab.js("document.getElementById('submit').click()")
        message = tab.until(
            "(() => { const e = document.getElementById('error');"
            " return !e.hidden && e.textContent.includes('English') && e.textContent; })()",
            timeout=120,
        )
        assert message == "text: is not in English (briefgen's models support English only)"
        assert tab.js("document.getElementById('result').hidden") is True
        assert tab.js("document.documentElement.scrollWidth") <= 375  # no sideways scrolling on a phone
        assert tab.js(_A11Y_PROBE)["minContrast"] >= 4.5
        assert _problems(tab.events(), api) == []  # a 422 answer is shown, not logged as a script error
    finally:
        tab.close()


def test_a_hostile_article_runs_no_script(browser, api):
    """Article text is text: markup in it is shown, never run, in every view of the page."""
    hostile = (
        'The mayor said on Monday that the <img src="x" onerror="window.top.__pwned = true"> bridge '
        "would close for repairs next week. Engineers found cracks in two steel beams during an "
        'inspection. "We cannot wait <script>window.top.__pwned = true</script> any longer," the mayor said.'
    )
    tab = Tab(browser)
    try:
        tab.open(api + "/")
        tab.js("document.getElementById('text').focus()")
        tab.send("Input.insertText", {"text": hostile})
        tab.js("document.getElementById('submit').click()")
        tab.until("document.getElementById('status').textContent.startsWith('Briefed')", timeout=120)
        tab.until(
            "(() => { const d = document.getElementById('card').contentDocument; return !!(d && d.querySelector('.headline')); })()"
        )
        for view in ("f-md", "f-text", "f-json", "f-card"):
            tab.js(f"document.getElementById('{view}').click()")
            tab.devtools.drain(0.3)
        assert tab.js("window.__pwned === true") is False
        card = "document.getElementById('card').contentDocument"
        assert tab.js(f"{card}.querySelectorAll('script, img, [onerror]').length") == 0
        assert _problems(tab.events(), api) == []  # no request for "x", no script error
    finally:
        tab.close()
