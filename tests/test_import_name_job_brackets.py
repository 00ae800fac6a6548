"""A "who to ask" list that writes each person as "Surname, Forename (Job title)" in one cell:
the bracket is the job title when no job-title column gives one, and not a leaver's note,
letters after the name or a team (D1503, issue 15). The wording is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

import kmcore
from kmcore.io.directory_cells import bracketed_job
from kmcore.io.importer import import_file


@pytest.mark.parametrize(("cell", "found"), [
    ("Achterberg, Marijke (Clinical Coding Manager)",
     ("Achterberg, Marijke", "Clinical Coding Manager")),
    ("Ellis, Graham (Records Library Supervisor)", ("Ellis, Graham", "Records Library Supervisor")),
    ("Ann Lee (Radiographer (CT))", ("Ann Lee", "Radiographer (CT)")),
    ("Hughes, Tom (Clinical Coder) <tom.hughes@trust.nhs.uk>", ("Hughes, Tom", "Clinical Coder")),
    ("Ann Lee (GP)", ("Ann Lee", "GP")),
    # no job in the bracket
    ("Zo\u00eb Clarke (left 31/03/2024)", None), ("Ann Lee (Dr)", None),
    ("Ann Lee (RGN)", None), ("Ann Lee (Pharmacy)", None), ("Ann Lee (she/her)", None),
    ("Ann Lee", None),
])
def test_a_job_in_brackets_after_the_name(cell: str, found: tuple[str, str] | None) -> None:
    assert bracketed_job(cell) == found


def test_the_bracket_is_the_job_title_where_no_job_column_fills_it(tmp_path: Path) -> None:
    kb = kmcore.init(tmp_path / "kb", name="Test KB", organisation="Test Trust")
    path = tmp_path / "who.csv"
    path.write_text(
        "Staff member,Team,Role,Ask me about\n"
        "\"Achterberg, Marijke (Clinical Coding Manager)\",Coding,,ICD-10\n"
        "\"Bhatt, Nikhil (Senior Coder)\",Coding,Coding Auditor,OPCS-4\n"
        "\"Ellis, Graham (Pharmacy)\",Records,,Casenotes\n", encoding="utf-8")
    import_file(kb, path, "person")
    jobs = {p.display_name: p.job_title for p in kb.records("person")}
    assert jobs == {"Marijke Achterberg": "Clinical Coding Manager",
                    "Nikhil Bhatt": "Coding Auditor", "Graham Ellis": ""}
