"""Rich text exported as HTML (a SharePoint list's or an ideas platform's CSV export) comes in
as the text a person sees, and ordinary cells with "<" or "&" in them are kept as written
(D1501, issue 15). The wording is invented, in the style of such exports."""

from __future__ import annotations

from pathlib import Path

import pytest

import kmcore
from kmcore.io.html_cells import html_text
from kmcore.io.importer import import_file


@pytest.mark.parametrize(("cell", "text"), [
    # tags gone; a <br> or the end of a block is a line break
    ("<div>Video slots for follow-ups<br>Phase 1 = Ward 2</div>",
     "Video slots for follow-ups\nPhase 1 = Ward 2"),
    ("<p>First part</p><p>Second part</p>", "First part\nSecond part"),
    ("<div class=\"ExternalClass\"><p>Tap-in <b>smartcard</b> login</p></div>",
     "Tap-in smartcard login"),
    ("<ul><li>Falls</li><li>Delirium</li></ul>", "Falls\nDelirium"),
    # the file's own line breaks inside HTML are spaces, as a browser shows them
    ("<p>Scan the wristband\nbefore giving</p>", "Scan the wristband before giving"),
    # entities decoded, a non-breaking space a space, an empty last line dropped
    ("<p>Sensors &amp; readings</p>", "Sensors & readings"),
    ("<div>pads&#160;\u2013 fewer errors<br>&nbsp;</div>", "pads \u2013 fewer errors"),
    ("<p>can&#39;t join</p>", "can't join"),
    # outside HTML only a whole reference is decoded
    ("Crisis Resolution &amp; Home Treatment", "Crisis Resolution & Home Treatment"),
    # ordinary text with "<", ">" or "&" is kept as written
    ("x < y and z > w", "x < y and z > w"),
    ("<5 days to first contact", "<5 days to first contact"),
    ("A&E", "A&E"), ("R&D; trials", "R&D; trials"), ("Tom & Jerry", "Tom & Jerry"),
    ("&ampxyz;", "&ampxyz;"),
    # an address pasted from Outlook is no tag
    ("Amy Lee <a.lee@nhs.net>", "Amy Lee <a.lee@nhs.net>"),
    ("Bo Ray <b.ray@nhs.net>; Ian Poe <i.poe@nhs.net>",
     "Bo Ray <b.ray@nhs.net>; Ian Poe <i.poe@nhs.net>"),
])
def test_a_cell_reads_as_a_person_sees_it(cell: str, text: str) -> None:
    assert html_text(cell) == text


def test_an_exported_rich_text_column_comes_in_as_text(tmp_path: Path) -> None:
    kb = kmcore.init(tmp_path / "kb", name="Test KB", organisation="Test Trust")
    path = tmp_path / "ideas.csv"
    path.write_text(
        "Title,Describe your idea,Service / Team,Idea owner,Where is it up to?\n"
        "Video follow-ups,\"<div>Video slots &amp; fewer trips<br>Phase 1 = Ward 2</div>\","
        "Crisis Resolution &amp; Home Treatment,Ann Lee,Live\n"
        "A&E streaming,Streaming in A&E when waits are < 4 hours,A&E,Ben Hale,Live\n",
        encoding="utf-8")
    import_file(kb, path, "innovation")
    got = {r.title: (r.description, r.department) for r in kb.records("innovation")}
    assert got == {
        "Video follow-ups": ("Video slots & fewer trips\nPhase 1 = Ward 2",
                             "Crisis Resolution & Home Treatment"),
        "A&E streaming": ("Streaming in A&E when waits are < 4 hours", "A&E")}
