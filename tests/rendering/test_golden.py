"""Golden files: every format of the seed's brief and of hand-made briefs, byte for byte.

A template change shows up here as a diff to review. Regenerate after a
deliberate change with::

    BRIEFGEN_UPDATE_GOLDEN=1 python -m pytest tests/rendering/test_golden.py tests/rendering/test_browser.py

(the browser test then also refreshes the README's ``outputs/screenshot-600.png``).

The seed's brief is captured in ``golden/seed.brief.json`` so the rendering
goldens test rendering alone; ``test_seed_brief_is_the_captured_one`` says
when the pipeline's brief of the seed changed (then review and regenerate).
The ``.eml`` goldens have their Date, Message-ID and MIME boundary replaced by
placeholders, since those differ on every run.
"""

from __future__ import annotations

import json
import os
import re

import pytest

from briefgen.rendering.render import brief_to_dict, render_briefs
from briefgen.types import Brief, Bullet, Opinion, Quote, Source
from hostile import hostile_brief
from support import GOLDEN

UPDATE = os.environ.get("BRIEFGEN_UPDATE_GOLDEN") == "1"
FORMATS = {
    "md": "md",
    "text": "txt",
    "json": "json",
    "html": "html",
    "fragment": "fragment.html",
    "eml": "eml",
}


def check(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(actual.encode("utf-8"))
        return
    assert path.exists(), f"{path} missing: run with BRIEFGEN_UPDATE_GOLDEN=1 to create it"
    expected = path.read_bytes().decode("utf-8")
    assert actual == expected, f"{name} differs from its golden file (BRIEFGEN_UPDATE_GOLDEN=1 regenerates)"


def normalise_eml(text: str) -> str:
    boundary = re.search(r'boundary="([^"]+)"', text).group(1)
    text = text.replace(boundary, "BOUNDARY")
    text = re.sub(r"^Date: .*$", "Date: DATE", text, count=1, flags=re.M)
    return re.sub(r"^Message-ID: .*$", "Message-ID: <MESSAGE-ID>", text, count=1, flags=re.M)


def render_all(briefs: list[Brief]) -> dict[str, str]:
    out = {}
    for fmt in FORMATS:
        if fmt == "fragment":
            out[fmt] = render_briefs(briefs, "html", fragment=True)
        elif fmt == "eml":
            out[fmt] = normalise_eml(
                render_briefs(
                    briefs,
                    "eml",
                    sender="Briefings <briefings@example.org>",
                    recipients=["reader@example.org"],
                )
            )
        else:
            out[fmt] = render_briefs(briefs, fmt)
    return out


def brief_from_dict(data: dict) -> Brief:
    details = data.get("bullet_details") or [{"text": t} for t in data["bullets"]]
    return Brief(
        headline=data["headline"],
        bullets=tuple(
            Bullet(d["text"], tuple(d.get("sentences", ())), d.get("status", "extracted"), d.get("reason"))
            for d in details
        ),
        quotes=tuple(
            Quote(
                q["text"],
                q["start"],
                q["end"],
                q["speaker"],
                scare=q.get("scare", False),
                partial=q.get("partial", False),
                parts=tuple(tuple(p) for p in q.get("parts", ())) if len(q.get("parts", ())) > 1 else (),
                speaker_confidence=q.get("speaker_confidence"),
            )
            for q in data["quotes"]
        ),
        source=Source(
            **{k: v for k, v in data["source"].items() if k in ("path", "url", "title", "published")}
        ),
        engine=data["engine"],
        quotes_found=data.get("quotes_found", 0),
        quotes_wanted=data.get("quotes_wanted", 0),
        opinion=Opinion(data["opinion"]["writer"], data["opinion"].get("kind", "opinion"))
        if data.get("opinion")
        else None,
    )


def captured_seed_brief() -> Brief:
    return brief_from_dict(json.loads((GOLDEN / "seed.brief.json").read_text(encoding="utf-8")))


def handmade() -> dict[str, list[Brief]]:
    harbour = Brief(
        headline="Harbour council approves 40 million dollar sea wall repairs",
        bullets=(
            Bullet("The council approved the harbour budget on Tuesday after a four-hour debate."),
            Bullet("Work on the old sea wall starts in the spring and should take two years."),
            Bullet("Residents can comment on the plan until the end of the month."),
        ),
        quotes=(
            Quote("The harbour cannot wait any longer", 10, 44, speaker="Maria Lopez"),
            Quote("We will keep asking about the cost", 60, 94, speaker=None),
            # A quote over two paragraphs, interrupted by its attribution in the first.
            Quote(
                "The wall has held for a century,” she said. “It needs help now.\n\n"
                "“Every winter takes another stone",
                120,
                218,
                speaker="Maria Lopez",
                parts=((120, 152), (165, 183), (186, 218)),
                speaker_confidence="named",
            ),
        ),
        source=Source(
            path="news/harbour.txt",
            url="https://news.example.org/harbour?id=7&lang=en",
            title="Harbour News",
            published="2026-11-24",
        ),
        engine="extractive",
    )
    bare = Brief(
        headline="Library extends opening hours",
        bullets=(
            Bullet("The city library will open until nine on weekdays from next month."),
            Bullet("A claim the article does not make.", status="unsupported", reason="no sentence says so"),
        ),
        quotes=(),
        source=Source(),
        engine="hf",
    )
    rtl = Brief(
        headline="Festival brings Arabic and Hebrew poetry to the port",
        bullets=(
            Bullet("مهرجان الشعر يعود إلى الميناء هذا الصيف"),
            Bullet("The readings are free and open to all."),
            Bullet("Poets read «שירה בנמל» on the last night."),
        ),
        quotes=(Quote("الشعر جسر بين الناس", 0, 20, speaker="ليلى حداد"),),
        source=Source(title="Port Weekly"),
        engine="extractive",
    )
    # a signed view: every format says whose it is under the headline
    column = Brief(
        headline="Ottawa should use policy to move diets towards plants",
        bullets=(
            Bullet("Growing plant foods to feed to livestock is less efficient than growing them to eat."),
            Bullet("Environment Canada, for its part, downplays the role of diet in climate change."),
        ),
        quotes=(),
        source=Source(title="Opinion | Eat more plants"),
        engine="extractive",
        opinion=Opinion("Anna Pippus"),
    )
    return {
        "column": [column],
        "harbour": [harbour],
        "bare": [bare],
        "rtl": [rtl],
        "hostile": [hostile_brief()],
        "two-briefs": [harbour, rtl],
    }


def test_seed_brief_is_the_captured_one(seed_brief):
    """Fails when the pipeline's brief of the seed changes: review the change, then regenerate."""
    path = GOLDEN / "seed.brief.json"
    live = json.dumps(brief_to_dict(seed_brief), ensure_ascii=False, indent=2) + "\n"
    if UPDATE:
        path.write_text(live, encoding="utf-8")
    assert path.exists(), f"{path} missing: run with BRIEFGEN_UPDATE_GOLDEN=1"
    assert brief_to_dict(captured_seed_brief()) == json.loads(live), (
        "the seed's brief changed; if the change is right, BRIEFGEN_UPDATE_GOLDEN=1 regenerates the goldens"
    )


@pytest.mark.parametrize("fmt", FORMATS)
def test_seed_golden(fmt):
    check(f"seed.{FORMATS[fmt]}", render_all([captured_seed_brief()])[fmt])


@pytest.mark.parametrize("case", sorted(handmade()))
def test_handmade_golden(case):
    outputs = render_all(handmade()[case])
    for fmt, text in outputs.items():
        check(f"{case}.{FORMATS[fmt]}", text)


def test_golden_check_can_fail(tmp_path, monkeypatch):
    """The comparison is real: a changed byte fails it."""
    monkeypatch.setattr(f"{__name__}.GOLDEN", tmp_path)
    monkeypatch.setattr(f"{__name__}.UPDATE", False)
    (tmp_path / "x.md").write_text("# Title\n", encoding="utf-8")
    check("x.md", "# Title\n")
    with pytest.raises(AssertionError):
        check("x.md", "# Title \n")
