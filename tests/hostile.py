"""A hostile article and a hostile hand-made brief, shared by the render, email and browser tests.

Written for these tests (no evaluation data). Every sentence carries something
that a careless renderer would execute or interpret: HTML and script, an
``onerror`` handler, a ``javascript:`` URL, Jinja syntax, Markdown link and
heading syntax, and right-to-left text. The article is English so it passes
the language check and goes through the real pipeline.
"""

from __future__ import annotations

from briefgen.types import Brief, Bullet, Quote, Source

HOSTILE_ARTICLE = """\
The city council voted on Tuesday to approve a new harbour budget <script>alert(1)</script> after a long debate about repairs to the old sea wall.

Officials said the plan would cost about 40 million dollars and that work on the wall would start in the spring <img src=x onerror=alert(1)>.

"We have waited {{ 7*7 }} years for this decision, and the harbour cannot wait any longer," said council leader Maria Lopez.

Critics posted [a petition](javascript:alert(1)) online and said the council had ignored {% raw %} the residents who live near the water.

A banner at the meeting read "مرحبا بالجميع في الميناء" and "שלום לכולם", a greeting to the Arabic and Hebrew speaking families of the district.

"This is <b>not</b> the end of the debate, and we will keep asking about the cost," said resident Tom Becker.

The council will publish the full budget on its website next week, and residents can comment until the end of the month.
"""

HOSTILE_SOURCE = Source(url="javascript:alert(1)", title=None)

# Every field of a brief carries every payload, whatever an engine would pick.
PAYLOAD = (
    "<script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) "
    "{{ 7*7 }} {% raw %} ${7*7} &amp; <b>bold</b>"
)
# One unbreakable token wider than a phone: it must wrap, not widen the page.
LONG_TOKEN = "https://example.org/" + "averylongpathsegment" * 8
RTL_BULLET = "المجلس البلدي وافق على ميزانية الميناء الجديدة بعد نقاش طويل"


def hostile_brief() -> Brief:
    """A brief built by hand whose every field is hostile (headline starts with '#')."""
    return Brief(
        headline=f"# Harbour vote {PAYLOAD}",
        bullets=(
            Bullet(f"1. Council approves budget {PAYLOAD}"),
            Bullet(RTL_BULLET),
            Bullet(f"- Residents object {PAYLOAD} שלום לכולם {LONG_TOKEN}"),
        ),
        quotes=(
            Quote(text=f"We waited {PAYLOAD}", start=0, end=10, speaker=f"Maria {PAYLOAD}"),
            Quote(text="مرحبا بالجميع في الميناء", start=20, end=44, speaker="שלום לכולם"),
        ),
        source=Source(
            path="/home/someone/private/hostile.txt", url="javascript:alert(1)", title=f"Title {PAYLOAD}"
        ),
        engine="extractive",
    )
