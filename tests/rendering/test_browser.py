"""The HTML email in a real browser: headless Chromium, JavaScript on.

Chromium is driven over the DevTools protocol on a pipe (``--remote-debugging-pipe``:
NUL-separated JSON on file descriptors 3 and 4), so no extra Python package is
needed. The tests skip with the reason when Chromium is absent; install it with
``apt-get install -y --no-install-recommends chromium fonts-liberation``.

Each page is loaded at 600 px and 375 px wide. Checked: no horizontal scrolling,
no console error, no network request beyond the page itself, no dialog and no
script run (the hostile brief tries ``<script>`` and ``onerror``), right-to-left
text laid out right to left, readable contrast in light and dark mode. A
screenshot per page and width goes to ``outputs/ci/`` (a CI artefact); with
``BRIEFGEN_UPDATE_GOLDEN=1`` the seed's 600 px one also refreshes the README's
``outputs/screenshot-600.png``.
"""

from __future__ import annotations

import base64
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from briefgen.rendering.render import render
from chromium import DevTools, running_browser
from hostile import RTL_BULLET, hostile_brief
from support import ROOT

CI_DIR = ROOT / "outputs" / "ci"
README_SHOT = ROOT / "outputs" / "screenshot-600.png"
WIDTHS = (600, 375)


@pytest.fixture(scope="module")
def devtools():
    yield from running_browser()


_PROBE = """(() => {
  const el = document.documentElement;
  const rgb = s => (s.match(/[\\d.]+/g) || []).slice(0, 3).map(Number);
  const lum = c => { const [r, g, b] = c.map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                     return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const bg = node => { for (; node; node = node.parentElement) { const c = getComputedStyle(node).backgroundColor;
                       if (c && !c.startsWith('rgba(0, 0, 0, 0)') && c !== 'transparent') return rgb(c); } return [255, 255, 255]; };
  const text = [...document.querySelectorAll('.headline, .headline-sub, .bullet, .quote-text')];
  return {
    scrollWidth: Math.max(el.scrollWidth, document.body ? document.body.scrollWidth : 0),
    innerWidth: window.innerWidth,
    height: Math.max(el.scrollHeight, document.body ? document.body.scrollHeight : 0),
    scripts: document.querySelectorAll('script').length,
    handlers: [...document.querySelectorAll('*')].filter(n => [...n.attributes].some(a => /^on/i.test(a.name))).length,
    images: document.querySelectorAll('img').length,
    javascriptLinks: [...document.querySelectorAll('a[href]')].filter(a => !/^(https?:|#)/i.test(a.getAttribute('href'))).length,
    pwned: window.__pwned === true,
    directions: [...document.querySelectorAll('.bullet')].map(n => [n.textContent.trim(), getComputedStyle(n).direction]),
    minContrast: Math.min(...text.map(n => ratio(rgb(getComputedStyle(n).color), bg(n)))),
    textCount: text.length,
  };
})()"""


def _load(
    devtools: DevTools, html_path: Path, width: int, *, dark: bool = False, shot: Path | None = None
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Load ``html_path`` at ``width`` px; return the page probe and the events it caused."""
    target = devtools.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = devtools.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    first_event = len(devtools.events)
    try:
        for domain in ("Page", "Runtime", "Log", "Network"):
            devtools.send(f"{domain}.enable", session=session)
        devtools.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": 800, "deviceScaleFactor": 1, "mobile": width < 500},
            session=session,
        )
        devtools.send(
            "Emulation.setEmulatedMedia",
            {"features": [{"name": "prefers-color-scheme", "value": "dark" if dark else "light"}]},
            session=session,
        )
        devtools.send("Page.navigate", {"url": html_path.resolve().as_uri()}, session=session)
        devtools.wait_for("Page.loadEventFired", session)
        devtools.drain(0.5)  # let a failing <img> fire its onerror, if one existed
        probe = devtools.send(
            "Runtime.evaluate", {"expression": _PROBE, "returnByValue": True}, session=session
        )["result"]["value"]
        if shot is not None:
            devtools.send(
                "Emulation.setDeviceMetricsOverride",
                {
                    "width": width,
                    "height": int(probe["height"]),
                    "deviceScaleFactor": 1,
                    "mobile": width < 500,
                },
                session=session,
            )
            png = devtools.send("Page.captureScreenshot", {"format": "png"}, session=session)["data"]
            shot.parent.mkdir(parents=True, exist_ok=True)
            shot.write_bytes(base64.b64decode(png))
        events = [e for e in devtools.events[first_event:] if e.get("sessionId") == session]
        return probe, events
    finally:
        devtools.send("Target.closeTarget", {"targetId": target})


def _problems(events: list[dict[str, Any]], page_url: str) -> list[str]:
    found = []
    for event in events:
        method, params = event["method"], event.get("params", {})
        if method == "Page.javascriptDialogOpening":
            found.append(f"dialog opened: {params.get('message')!r}")
        elif method == "Runtime.exceptionThrown":
            found.append(f"exception: {params['exceptionDetails'].get('text')}")
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert", "warning"):
            found.append(f"console {params['type']}: {params.get('args')}")
        elif method == "Log.entryAdded" and params["entry"]["level"] in ("error", "warning"):
            found.append(f"log {params['entry']['level']}: {params['entry'].get('text')}")
        elif method == "Network.requestWillBeSent" and params["request"]["url"] != page_url:
            found.append(f"network request: {params['request']['url']}")
    return found


def _pages(seed_brief, tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("browser")
    pages = {
        "seed": render(seed_brief, "html"),
        "hostile": render(hostile_brief(), "html"),
        # A fragment is pasted into someone else's page: give it a minimal host.
        "hostile-fragment": _HOST.format(render(hostile_brief(), "html", fragment=True)),
        "two-briefs": render_two(seed_brief),
    }
    paths = {}
    for name, html in pages.items():
        paths[name] = folder / f"{name}.html"
        paths[name].write_text(html, encoding="utf-8")
    return paths


_HOST = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
    '<meta name="viewport" content="width=device-width, initial-scale=1"><title>host</title></head>'
    '<body style="margin:0;padding:0">{}</body></html>'
)


def render_two(seed_brief) -> str:
    from briefgen.rendering.render import render_briefs

    return render_briefs([seed_brief, hostile_brief()], "html")


@pytest.fixture(scope="module")
def pages(seed_brief, tmp_path_factory) -> dict[str, Path]:
    return _pages(seed_brief, tmp_path_factory)


@pytest.mark.slow
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", ["seed", "hostile", "hostile-fragment", "two-briefs"])
def test_page_in_chromium(devtools, pages, name, width):
    path = pages[name]
    probe, events = _load(devtools, path, width, shot=CI_DIR / f"{name}-{width}.png")
    # innerWidth is checked too: a mobile viewport widens itself to fit content that overflows.
    assert probe["scrollWidth"] <= width and probe["innerWidth"] == width, f"horizontal scroll: {probe}"
    assert _problems(events, path.resolve().as_uri()) == []
    assert probe["scripts"] == 0 and probe["handlers"] == 0 and probe["images"] == 0
    assert probe["javascriptLinks"] == 0 and not probe["pwned"]
    assert probe["textCount"] >= 4
    assert probe["minContrast"] >= 4.5, f"text contrast {probe['minContrast']:.2f} below WCAG AA"
    if name == "seed" and width == 600 and os.environ.get("BRIEFGEN_UPDATE_GOLDEN") == "1":
        shutil.copyfile(CI_DIR / f"{name}-{width}.png", README_SHOT)


@pytest.mark.slow
@pytest.mark.parametrize("width", WIDTHS)
def test_dark_mode_stays_readable(devtools, pages, width):
    path = pages["seed"]
    probe, events = _load(devtools, path, width, dark=True, shot=CI_DIR / f"seed-dark-{width}.png")
    assert _problems(events, path.resolve().as_uri()) == []
    assert probe["scrollWidth"] <= width and probe["innerWidth"] == width
    assert probe["minContrast"] >= 4.5, f"dark-mode contrast {probe['minContrast']:.2f} below WCAG AA"


@pytest.mark.slow
def test_right_to_left_text_runs_right_to_left(devtools, pages):
    probe, _ = _load(devtools, pages["hostile"], 600)
    directions = dict(probe["directions"])
    assert directions[RTL_BULLET] == "rtl"
    assert all(d == "ltr" for text, d in probe["directions"] if text != RTL_BULLET)


@pytest.mark.slow
def test_the_probe_does_catch_script(devtools, tmp_path):
    """The checks above can fail: a page that does run script and overflows is caught."""
    page = tmp_path / "bad.html"
    page.write_text(
        '<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width">'
        '</head><body><div style="width:900px">wide</div>'
        '<img src="x" onerror="window.__pwned = true; alert(1)"></body></html>'
    )
    probe, events = _load(devtools, page, 375)
    assert probe["scrollWidth"] > 375
    assert probe["handlers"] == 1 and probe["pwned"] is True
    assert any(p.startswith("dialog opened") for p in _problems(events, page.resolve().as_uri()))
