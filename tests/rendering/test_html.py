"""Email HTML rules, each checked with a real HTML parser (lxml) on real output.

The rules come from what email clients do: Gmail drops ``<style>`` for many
accounts and clips messages over about 102 KB, Outlook for Windows renders with
Word (tables only, no max-width, no margins), and dark mode recolours.
"""

from __future__ import annotations

import re

import pytest
from lxml import etree
from lxml import html as lxml_html

from briefgen.rendering.render import render, render_briefs
from briefgen.types import Brief, Bullet, Quote, Source
from hostile import hostile_brief


def plain_brief(**changes) -> Brief:
    fields = {
        "headline": "Harbour council approves sea wall repairs",
        "bullets": (
            Bullet("The council approved a 40 million dollar budget for the harbour on Tuesday."),
            Bullet("Work on the old sea wall starts in the spring."),
            Bullet("Residents can comment on the plan until the end of the month."),
        ),
        "quotes": (
            Quote("The harbour cannot wait any longer", 0, 34, speaker="Maria Lopez"),
            Quote("We will keep asking about the cost", 40, 74, speaker="Tom Becker"),
        ),
        "source": Source(
            path="news/harbour.txt", url="https://news.example.org/harbour?id=7&x=1", title="Harbour News"
        ),
        "engine": "extractive",
    }
    fields.update(changes)
    return Brief(**fields)


@pytest.fixture(scope="module", params=["plain", "hostile", "seed"])
def brief(request):
    if request.param == "seed":
        return request.getfixturevalue("seed_brief")
    return plain_brief() if request.param == "plain" else hostile_brief()


@pytest.fixture(scope="module")
def page(brief):
    return render(brief, "html")


@pytest.fixture(scope="module")
def doc(page):
    return lxml_html.document_fromstring(page)


def styles(doc) -> list[str]:
    return [el.get("style") for el in doc.iter() if isinstance(el.tag, str) and el.get("style")]


def declarations(doc, prop: str) -> list[str]:
    pattern = re.compile(rf"(?:^|;)\s*{prop}\s*:\s*([^;]+)", re.IGNORECASE)
    return [m.group(1).strip() for s in styles(doc) for m in pattern.finditer(s)]


def test_document_head(page, doc):
    assert page.startswith("<!DOCTYPE html>")
    root = doc.getroottree().getroot()
    assert root.get("lang") == "en" and root.get("dir") == "ltr"
    head = doc.find("head")
    metas = {(m.get("name") or m.get("http-equiv") or "charset"): m for m in head.iter("meta")}
    assert metas["charset"].get("charset").lower() == "utf-8"
    assert "width=device-width" in metas["viewport"].get("content")
    assert metas["color-scheme"].get("content") == "light dark"
    assert metas["supported-color-schemes"].get("content") == "light dark"
    assert head.findtext("title").strip()


def test_css_is_inlined_and_only_progressive_style_kept(page, doc):
    blocks = doc.findall(".//style")
    assert len(blocks) == 1, "only the progressive <style> may remain"
    css = blocks[0].text
    assert "@media (prefers-color-scheme: dark)" in css
    # Outside at-rules only the colour-scheme root and Outlook's dark-mode hooks remain.
    outside = _strip_at_blocks(re.sub(r"/\*.*?\*/", "", css, flags=re.S))
    selectors = [rule.split("{")[0].strip() for rule in outside.split("}") if rule.strip()]
    assert selectors and all(s.startswith((":root", "[data-og")) for s in selectors), selectors
    # Every styled element carries its style inline.
    for cls, prop in [
        ("headline", "font-family"),
        ("bullet", "padding"),
        ("story", "font-size"),
        ("quote-text", "font-style"),
        ("container", "max-width"),
        ("footer", "padding"),
    ]:
        for el in doc.find_class(cls):
            assert prop in (el.get("style") or ""), f".{cls} lacks inline {prop}"
    assert doc.find("body").get("style"), "body background must be inline too"


def _strip_at_blocks(css: str) -> str:
    out, depth, i = [], 0, 0
    while i < len(css):
        if depth == 0 and css.startswith("@", i):
            start = css.index("{", i)
            depth, i = 1, start + 1
            while depth:
                depth += {"{": 1, "}": -1}.get(css[i], 0)
                i += 1
            continue
        out.append(css[i])
        i += 1
    return "".join(out)


def test_no_script_no_external_resources(page, doc):
    assert doc.find(".//script") is None and doc.find(".//link") is None
    assert doc.find(".//img") is None and doc.find(".//iframe") is None
    assert "@import" not in page and "url(" not in page.lower()
    for el in doc.iter():
        if isinstance(el.tag, str):
            assert not any(a.lower().startswith("on") for a in el.attrib), etree.tostring(el)[:200]
    for a in doc.iter("a"):
        assert re.match(r"^(https?://|#)", a.get("href", "")), a.get("href")


def test_web_safe_font_stacks(doc):
    stacks = declarations(doc, "font-family")
    assert stacks
    for stack in stacks:
        assert stack.split(",")[-1].strip().strip("'\"") in ("serif", "sans-serif"), stack
        assert "@font-face" not in stack


def test_table_layout_for_outlook(page, doc):
    tables = list(doc.iter("table"))
    assert len(tables) >= 4
    for table in tables:
        assert table.get("role") == "presentation"
        assert (table.get("cellpadding"), table.get("cellspacing"), table.get("border")) == ("0", "0", "0")
    (container,) = doc.find_class("container")
    assert re.search(r"max-width:\s*600px", container.get("style"))
    ghost_open, ghost_close = container.getprevious(), container.getnext()
    assert ghost_open.tag is etree.Comment and ghost_open.text.startswith("[if mso]")
    assert 'width="600"' in ghost_open.text and "<table" in ghost_open.text
    assert ghost_close.tag is etree.Comment and "</table>" in ghost_close.text
    assert "<![endif]" in page


def test_padding_not_margins_and_no_flex_or_grid(doc):
    assert all(re.fullmatch(r"0(px)?( 0(px)?)*", m) for m in declarations(doc, r"margin[a-z-]*"))
    displays = declarations(doc, "display")
    assert not any(re.search(r"flex|grid", d) for d in displays)
    assert declarations(doc, r"padding[a-z-]*"), "spacing is padding on cells"


def test_preheader_is_first_element_then_spacer(brief, doc):
    body = doc.find("body")
    first, second, third = [el for el in body if isinstance(el.tag, str)][:3]
    assert "preheader" in first.get("class") and first.text_content() == brief.bullets[0].text
    assert re.search(r"display:\s*none", first.get("style")) and re.search(
        r"mso-hide:\s*all", first.get("style")
    )
    assert "preheader" in second.get("class") and "\u200c" in second.text_content()
    assert not second.text_content().replace("\u034f", "").replace("\u200c", "").replace("\xa0", "")
    assert third.tag == "table" and "wrapper" in third.get("class")


def test_headline_bullets_quotes_in_order(brief, doc):
    (h1,) = doc.iter("h1")
    assert h1.text_content() == brief.headline and h1.get("dir") == "auto"
    bullets = doc.find_class("bullet")
    assert [b.text_content() for b in bullets] == [b.text for b in brief.bullets]
    assert all(b.get("dir") == "auto" for b in bullets)
    quotes = list(doc.iter("blockquote"))
    assert len(quotes) == len(brief.quotes)
    for block, quote in zip(quotes, brief.quotes, strict=True):
        assert block.text_content() == f"“{quote.spoken}”" and block.get("dir") == "auto"
        speaker = block.getnext()
        assert "quote-speaker" in speaker.get("class")
        assert speaker.find("bdi").text_content() == (quote.speaker or "unattributed")


def test_source_linked_only_when_web_url(brief, doc):
    (cell,) = doc.find_class("source-cell")
    links = list(cell.iter("a"))
    if brief.source.url and brief.source.url.startswith(("http://", "https://")):
        assert [a.get("href") for a in links] == [brief.source.url]
        assert links[0].text_content() == (brief.source.title or brief.source.url)
    else:
        assert links == []
        if brief.source.url:
            assert brief.source.url in cell.text_content() or brief.source.title in cell.text_content()


def test_footer_names_the_source(brief, doc):
    (footer,) = doc.find_class("footer")
    text = " ".join(footer.text_content().split())
    name = brief.source.title or brief.source.url or brief.source.path.rsplit("/", 1)[-1]
    assert text == f"Generated by briefgen from {name}."
    assert "/home/" not in footer.text_content(), "no full file path in an email"


def test_dark_mode_query_recolours_text_and_background(doc):
    css = doc.find(".//style").text
    dark = css[css.index("@media (prefers-color-scheme: dark)") :]
    for selector in (".container", ".headline", ".bullet", ".quote-text", ".footer"):
        assert selector in dark


def test_under_100_kb(page):
    assert len(page.encode("utf-8")) < 100 * 1024


def test_thirty_stories_stay_under_100_kb():
    """30 stories as a digest has them: long headline, three 200-character bullets, a key quote."""
    words = "The harbour council approved a budget of forty million dollars after a long debate " * 3
    long = plain_brief(
        headline="A long headline about the harbour council and its budget for the next ten years",
        bullets=tuple(Bullet(words[:200]) for _ in range(3)),
        quotes=(
            Quote(
                "The harbour cannot wait any longer, and we will not wait for the council",
                0,
                72,
                speaker="Maria Lopez",
            ),
        ),
        source=Source(url="https://news.example.org/2026/11/29/harbour-council-budget", title="Harbour News"),
    )
    page = render_briefs([long] * 30, "html")
    doc = lxml_html.document_fromstring(page)
    assert len(doc.find_class("story")) == 30
    assert len(page.encode("utf-8")) < 100 * 1024, f"{len(page.encode()) / 1024:.1f} KB"


def test_fragment_is_body_only_with_every_style_inline(brief):
    fragment = render(brief, "html", fragment=True)
    assert not re.search(r"<(html|head|body|style|meta|title|script|link)\b", fragment, re.I)
    assert fragment.startswith("<!--[if mso]>")
    nodes = lxml_html.fragments_fromstring(fragment)
    tables = [n for n in nodes if isinstance(n, lxml_html.HtmlElement) and n.tag == "table"]
    assert len(tables) == 1 and "container" in tables[0].get("class")
    for el in tables[0].iter():
        if isinstance(el.tag, str) and el.get("class") and el.tag != "span":
            assert el.get("style"), f"<{el.tag} class={el.get('class')}> has no inline style"
    bullets = tables[0].find_class("bullet")
    assert [b.text_content() for b in bullets] == [b.text for b in brief.bullets]
    # The same story as the full document, minus the document around it.
    full = render(brief, "html")
    assert tables[0].find_class("headline")[0].text_content() == brief.headline
    assert len(fragment) < len(full)


def test_several_briefs_make_one_email_with_contents(seed_brief):
    page = render_briefs([seed_brief, plain_brief()], "html")
    doc = lxml_html.document_fromstring(page)
    assert page.count("<html") == 1
    stories = doc.find_class("story")
    assert [s.get("id") for s in stories] == ["story-1", "story-2"]
    assert [h.text_content() for h in doc.iter("h2")] == [seed_brief.headline, plain_brief().headline]
    toc = [a.get("href") for a in doc.find_class("toc")[0].iter("a")]
    assert toc == ["#story-1", "#story-2"]
    (footer,) = doc.find_class("footer")
    assert "from 2 sources" in footer.text_content()


def test_brief_without_quotes_or_source():
    brief = plain_brief(quotes=(), source=Source())
    doc = lxml_html.document_fromstring(render(brief, "html"))
    assert doc.find(".//blockquote") is None
    assert "No direct quotes" in doc.find_class("no-quotes")[0].text_content()
    assert "from pasted text" in doc.find_class("footer")[0].text_content()


def test_unsupported_headline_and_bullet_are_marked():
    brief = plain_brief(
        bullets=(Bullet("A claim.", status="unsupported", reason="no sentence says so"), Bullet("A fact.")),
        headline_status="unsupported",
        headline_reason="names nobody the article names",
    )
    doc = lxml_html.document_fromstring(render(brief, "html"))
    flags = [f.text_content() for f in doc.find_class("flag")]
    assert flags == [
        "(not supported by the article: names nobody the article names)",
        "(not supported by the article: no sentence says so)",
    ]
    assert doc.find_class("bullet")[1].find_class("flag") == []


def test_well_formed_for_a_strict_html5_parser(brief):
    """html5lib in strict mode raises on any parse error (misnested tags, stray text, bad attributes)."""
    html5lib = pytest.importorskip("html5lib", reason="html5lib is a dev dependency")
    parser = html5lib.HTMLParser(strict=True)
    parser.parse(render(brief, "html"))
    parser.parseFragment(render(brief, "html", fragment=True))
    with pytest.raises(html5lib.html5parser.ParseError):
        parser.parseFragment("<table><tr><td>cell</td></tr><p>stray</p></table>")
