"""Builds tests/data/innovations-log.xlsx: a librarian's innovations log, as they really look.

Run it to rebuild the fixture (the .xlsx is committed, so tests read a fixed file):

    python tests/data/build_innovations_log.py

What makes it messy, and what the import must do with it (see tests/test_io_import.py):

- a title, a subtitle and a blank row above the header;
- "Lead" merged over two sub-headers, "Name" and "Email";
- blank rows between entries and a trailing notes column;
- real Excel dates, dates typed as text (03/04/2024) and one that does not exist (31/02/2024);
- statuses in the log's own words ("Implemented", "testing", "In use" -> no such stage,
  "Implemted" misspelt);
- a reference number typed as a number, trailing spaces, a row repeated by copy and paste,
  a row with no title, a lead known only by e-mail, a lead nobody knows (a new person);
- an NHS number pasted into a description (a warning: imported, flagged).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

HERE = Path(__file__).parent
HEADER = ["Ref", "Project title", "Lead", None, "Dept/ward", "Status", "The problem",
          "What was done", "Go-live date", "Tags", "Notes"]
SUB = [None, None, "Name", "Email", None, None, None, None, None, None, None]
ROWS: list[list[object]] = [
    ["INN-001", "Hydration trolley rounds ", "Dr Amara Okafor", None, "Ward 7",
     "Implemented", "Older patients were dehydrated on admission.",
     "Two-hourly trolley rounds with a drinks chart.", dt.datetime(2024, 4, 3),
     "hydration; nutrition", "Great feedback"],
    ["INN-002", "Virtual fracture clinic", None, "ben.hughes@example.nhs.uk", "Orthopaedics",
     "testing", "Long waits for fracture follow-up.", "Phone follow-up by a physio.",
     "03/04/2024", "fracture, virtual clinics", None],
    [None] * 11,
    ["INN-003", "Ward huddle board", "Sam Jones", None, "Ward 12", "Implemted",
     "Handover missed tasks.", "A magnetic huddle board.", None, None, "Ask Sam"],
    ["INN-004", "Discharge lounge texts", "Priya Shah", None, "Discharge team", "In use",
     "Slow discharges.", "Text messages to families.", "2024-05-01", None, None],
    ["INN-005", None, "Amara Okafor", None, "Ward 7", "idea", "No title here.",
     "Forgot the title.", None, None, None],
    ["INN-006", "Falls sensor pilot", "Dr Amara Okafor", None, "Elderly care", "Testing",
     "Falls at night.", "Bed sensors on two bays.", "31/02/2024", "falls", None],
    [7, "Sepsis screening prompt", "Chris Patel", None, "Emergency department",
     "Implemented", "Sepsis screening was late.",
     "An electronic prompt. Patient NHS number 943 476 5919 was the first flagged.",
     dt.datetime(2023, 11, 20), "sepsis", None],
    [None] * 11,
    ["INN-001", "Hydration trolley rounds", "Dr Amara Okafor", None, "Ward 7",
     "Implemented", "Pasted twice.", "Pasted twice.", dt.datetime(2024, 4, 3), None, None],
    ["INN-008", "Pressure ulcer photo app", "Amara Okafor", None, "Tissue viability",
     "Planning", "Wound photos were on personal phones.", "A secure camera app.",
     None, "pressure ulcers; digital", None],
]


def build(path: Path = HERE / "innovations-log.xlsx") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Log"
    sheet.append(["Innovations log 2024/25"])
    sheet.append(["Library and Knowledge Service, Northgate and Riverside"])
    sheet.append([])
    sheet.append(HEADER)
    sheet.merge_cells(start_row=4, start_column=3, end_row=4, end_column=4)
    sheet.append(SUB)
    for row in ROWS:
        sheet.append(row)
    for cell in sheet["I"]:
        if isinstance(cell.value, dt.datetime):
            cell.number_format = "DD/MM/YYYY"
    # A fixed timestamp so rebuilding gives the same bytes.
    book.properties.created = book.properties.modified = dt.datetime(2025, 1, 6, 9, 0)
    book.save(path)
    return path


if __name__ == "__main__":
    print(build())
