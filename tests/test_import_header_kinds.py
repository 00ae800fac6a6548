"""Ordinary words librarians and admin staff head columns with, by kind (D237): each header
is put in a small CSV beside a name column and the preview's mapping is checked through the
Importer. Punctuation, slashes, curly apostrophes and case do not matter."""

from __future__ import annotations

from pathlib import Path

import pytest

import kmcore
from kmcore.io.importer import Importer

LEAD = ["Applicant", "Applicant name", "Lead applicant", "Requester", "Requestor",
        "Requested by", "Proposer", "Proposed by", "Submitted by", "Idea from", "Idea by",
        "Suggested by", "Put forward by", "Raised by", "Champion", "Idea champion",
        "Clinical champion"]
INNOVATION_DEPARTMENT = ["Team / base", "Base", "Location", "Service line", "Unit",
                         "Care group", "Division", "Clinical division", "Ward location"]
STAGE = ["Progress", "Update", "Where we're at", "Where we\u2019re at", "WHERE WE ARE AT",
         "Where are we?", "Where are we at", "Position now", "Latest", "Latest position",
         "Progress to date", "Progress update", "How is it going?"]
STARTED = ["Kick-off", "Kickoff", "Kick off date", "Kicked off", "Kicked-off on",
           "Commenced", "Commenced date", "Began", "Began on", "Date it began",
           # when it came in to the panel (a start column, when there is one, wins: D641)
           "Date in", "Date received", "Date of application", "Application date"]
DESCRIPTION = ["What are you trying to do?", "What does the project involve?",
               "What the money is for", "What is the money for?", "What the funding is for",
               "Purpose", "Purpose of the project", "What is it?", "What it is",
               "About the idea", "About the project", "About your idea"]
KEY = ["Grant code", "Grant ref.", "Grant number", "Project code", "Idea code", "Idea no.",
       "Ref no.", "REF NO", "Idea ref"]
JOB_TITLE = ["Grade", "Band", "Pay band", "AfC band", "Grade / band", "Band & role", "Post",
             "Role", "Position", "Job", "Current post", "Post held", "Job title / grade"]
PERSON_DEPARTMENT = ["Team / base", "Team/Base", "Service line", "Unit", "Care group",
                     "Division", "Clinical division"]
WILLING_TO = ["Teaching / advice offered", "Teaching & advice offered", "Advice offered",
              "Can offer", "Offers", "Offered", "Available for", "Happy to", "Happy to\u2026",
              "Happy to help with", "What I can offer", "Able to offer"]


@pytest.fixture
def kb(tmp_path: Path) -> kmcore.KnowledgeBase:
    return kmcore.init(tmp_path / "kb", name="Test KB", organisation="Test Trust")


def _guess(kb: kmcore.KnowledgeBase, tmp_path: Path, record_type: str, header: str) -> str:
    first = "Project title" if record_type == "innovation" else "Full name"
    path = tmp_path / "sheet.csv"
    quoted = '"' + header.replace('"', '""') + '"'
    path.write_text(f"{first},{quoted}\nSomething,Something else\n", encoding="utf-8")
    return Importer(kb, path, record_type).open().field_for(header)


@pytest.mark.parametrize(("record_type", "header", "field"), [
    *[("innovation", h, "lead") for h in LEAD],
    *[("innovation", h, "department") for h in INNOVATION_DEPARTMENT],
    *[("innovation", h, "stage") for h in STAGE],
    *[("innovation", h, "started_on") for h in STARTED],
    *[("innovation", h, "description") for h in DESCRIPTION],
    *[("innovation", h, "key") for h in KEY],
    *[("person", h, "job_title") for h in JOB_TITLE],
    *[("person", h, "department") for h in PERSON_DEPARTMENT],
    *[("person", h, "profile.willing_to") for h in WILLING_TO],
    *[("person", h, "key") for h in ("Grant code", "Ref no.")],
])
def test_header_kinds(kb: kmcore.KnowledgeBase, tmp_path: Path, record_type: str,
                      header: str, field: str) -> None:
    assert _guess(kb, tmp_path, record_type, header) == field


@pytest.mark.parametrize(("record_type", "header", "field"), [
    # a sponsor backs an idea and is not its lead: left for the librarian to map
    ("innovation", "Sponsor", ""), ("innovation", "Executive sponsor", ""),
    # D264: a go-live (and a launch) is when it was implemented, not when it started
    ("innovation", "Go-live", "implemented_on"), ("innovation", "Go live date", "implemented_on"),
    ("innovation", "Launch date", "implemented_on"),
    # a staff list's base is the person's site, not their department
    ("person", "Base", "site"), ("person", "Location", "site"),
])
def test_words_that_keep_their_meaning(kb: kmcore.KnowledgeBase, tmp_path: Path,
                                       record_type: str, header: str, field: str) -> None:
    assert _guess(kb, tmp_path, record_type, header) == field
