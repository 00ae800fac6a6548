"""Spreadsheets saved as text by Excel on Windows: "Unicode text" (UTF-16, tab-separated,
``.txt``), tab-separated ``.tsv`` in UTF-8, "CSV UTF-8" with its byte-order mark and plain
"CSV" in Windows-1252, each read whole, in a folder with spaces in its name."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path

import pytest

import kmcore
from kmcore.io.importer import import_file

ROWS = [["Name", "Job title", "Team", "Areas of expertise"],
        ["Renée Thompson", "Library manager", "Knowledge & Library Services",
         "Knowledge mobilisation; after action reviews"],
        ["Seán O'Brien", "Physio", "Therapies", "MSK\nback pain"]]


def _delimited(sep: str) -> str:
    def cell(text: str) -> str:
        return f'"{text}"' if "\n" in text or sep in text else text
    return "".join(sep.join(cell(c) for c in row) + "\r\n" for row in ROWS)


FORMATS: dict[str, tuple[str, Callable[[], bytes]]] = {
    "Excel Unicode text": (".txt", lambda: _delimited("\t").encode("utf-16")),
    "UTF-16 text without a mark": (".txt", lambda: _delimited("\t").encode("utf-16-le")),
    "tab-separated UTF-8": (".tsv", lambda: _delimited("\t").encode("utf-8")),
    "CSV UTF-8 with a mark": (".csv", lambda: codecs.BOM_UTF8 + _delimited(",").encode()),
    "plain CSV (Windows-1252)": (".csv", lambda: _delimited(",").encode("cp1252")),
}


@pytest.mark.parametrize("kind", list(FORMATS))
def test_text_saves_of_a_staff_list_import_whole(kind: str, tmp_path: Path) -> None:
    suffix, make = FORMATS[kind]
    folder = tmp_path / "My Documents" / "staff lists"
    folder.mkdir(parents=True)
    path = folder / f"staff list{suffix}"
    path.write_bytes(make())
    kb = kmcore.init(tmp_path / "kb", name="KB", organisation="Trust")
    result = import_file(kb, path, "person")
    assert result.error_rows == 0 and result.counts["create"] == 2
    assert any("UTF-16" in note for note in result.notes) == ("UTF-16" in kind
                                                               or "Unicode" in kind)
    people = {p.display_name: p for p in kb.records("person")}
    assert sorted(people) == ["Renée Thompson", "Seán O'Brien"]
    assert people["Renée Thompson"].department == "Knowledge & Library Services"
    assert [c.concept.label for c in people["Seán O'Brien"].profile.expertise] == [
        "MSK", "back pain"]
