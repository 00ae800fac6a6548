"""Storage format: built with ElementTree, escaped, checked by parsing; the fake's checks."""

from __future__ import annotations

import pytest
from kmcore_confluence.storage import Builder, StorageError, check_storage, marker_of
from kmcore_confluence.testing import xhtml_problem


def test_text_and_attributes_are_escaped_and_the_result_parses() -> None:
    b = Builder("lesson x")
    p = b.el(None, "p", 'Fish & chips <b>"hot"</b> ]]> $5 `code`')
    b.el(p, "a", "link", href='https://example.org/?a=1&b="2"')
    b.page_link(p, 'A "quoted" & <odd> title', "KM", "see")
    body = b.finish()
    assert "Fish &amp; chips &lt;b&gt;" in body
    assert 'href="https://example.org/?a=1&amp;b=&quot;2&quot;"' in body
    assert 'ri:content-title="A &quot;quoted&quot; &amp; &lt;odd&gt; title"' in body
    assert xhtml_problem(body) is None  # the fake (Confluence's rules) accepts it


def test_macros_mentions_and_lozenges() -> None:
    b = Builder("lesson x")
    macro = b.macro(None, "details", [("id", "kmcore")])
    row = b.el(b.el(b.el(b.rich_body(macro), "table"), "tbody"), "tr")
    b.el(row, "th", "Record id")
    b.el(row, "td", "lesson-1")
    cell = b.el(b.el(b.el(None, "table"), "tr"), "td")
    b.status(cell, "Adopted", "Green")
    b.mention(cell, "5b10ac8d", cloud=True)
    b.mention(cell, "ff8080", cloud=False)
    body = b.finish()
    assert '<ac:structured-macro ac:name="status"><ac:parameter ac:name="colour">Green' in body
    assert '<ri:user ri:account-id="5b10ac8d" />' in body
    assert '<ri:user ri:userkey="ff8080" />' in body
    assert marker_of(body) == {"Record id": "lesson-1"}
    with pytest.raises(ValueError, match="colour"):
        b.status(cell, "x", "Purple")


@pytest.mark.parametrize("char", ["\x00", "\x08", "\x0b", "\x1f", "\ufffe"])
def test_characters_xml_cannot_hold_name_the_record_and_field(char: str) -> None:
    b = Builder("story story-7")
    b.field = "$.summary"
    with pytest.raises(StorageError) as caught:
        b.el(None, "p", f"before{char}after")
    assert "story story-7: $.summary" in caught.value.message
    assert f"U+{ord(char):04X}" in caught.value.message


def test_the_local_parse_refuses_what_confluence_would() -> None:
    with pytest.raises(StorageError, match="not valid storage format"):
        check_storage("<p>open", "lesson y")
    check_storage("<p>a<br/>b</p><ac:structured-macro ac:name=\"toc\"/>", "lesson y")


@pytest.mark.parametrize(("body", "words"), [
    ("<p>x</br>", "mismatched tag"),
    ("<p>x", "mismatched tag"),
    ("<p>a &bogus; b</p>", "undefined entity"),
    ("<hr>", "mismatched tag"),
])
def test_fake_says_error_parsing_xhtml_with_a_position(body: str, words: str) -> None:
    problem = xhtml_problem(body)
    assert problem is not None and problem.startswith("Error parsing xhtml: ")
    assert words in problem and "[row,col]:" in problem


def test_fake_accepts_html_entities_confluence_writes() -> None:
    assert xhtml_problem("<p>a&nbsp;b&ndash;c &amp; &#160;</p>") is None
    assert marker_of("<p>a&nbsp;b</p>") == {}


def test_long_records_get_a_table_of_contents_short_ones_do_not() -> None:
    from kmcore_confluence.render import Renderer

    from kmcore.demo.sample import sample_records
    from kmcore.publish.html import views

    renderer = Renderer(space_key="KM", cloud=True, users={}, resolve=lambda _id: None,
                        type_names={})
    long_ones = short_ones = 0
    for record in sample_records():
        _facts, sections = views.record_sections(record, lambda _id: None)
        body = renderer.record_page(record, record.label).body
        has_toc = 'ac:name="toc"' in body
        assert has_toc == (len(sections) >= 5), record.id
        long_ones += has_toc
        short_ones += not has_toc
    assert long_ones and short_ones
