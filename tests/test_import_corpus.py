"""A corpus of trust spreadsheets, written by people who had not seen the importer, imported
with only the mapping the preview proposes and scored against its answer key.

The files and their keys are in tests/data/import-corpus/ (README.md there describes them);
tests/import_corpus.py does the scoring. Done means: at least 95% of the rows a person would
call good come in with the right fields, and every other row is named with its reason.

The two files of tests/data/import-corpus-heldout/ were scored blind once (0 of 41) and have
been development data since. tests/data/import-corpus-heldout2/ was scored blind once after the
code was frozen (figures in docs/import-export.md); its test asserts only that no row is
dropped without a reason, never a percentage tuned to it. tests/data/import-corpus-heldout4/
was scored blind once (85 and 93 of 101, see its test) and is development data since, and so is
tests/data/import-corpus-heldout5/ (26 and 65 of 81 blind, see its test).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from import_corpus import load_confirmed, score_corpus

CORPUS = Path(__file__).parent / "data" / "import-corpus"


@pytest.fixture(scope="module")
def scores() -> list:
    return score_corpus(CORPUS)


def test_the_corpus_has_logs_and_staff_lists_in_both_formats(scores: list) -> None:
    assert len(scores) >= 6
    assert {s.record_type for s in scores} == {"innovation", "person"}
    assert {Path(s.name).suffix for s in scores} == {".csv", ".xlsx"}


def test_at_least_95_percent_of_good_rows_come_in_right(scores: list) -> None:
    good = sum(s.good for s in scores)
    right = sum(s.good_right for s in scores)
    misses = [f"{s.name} {m}" for s in scores for m in s.misses]
    assert right / good >= 0.95, "\n".join(misses)
    # No one file carries the figure: each is mostly right on its own.
    assert all(s.right_share >= 0.85 for s in scores), [(s.name, s.right_share) for s in scores]


def test_every_other_row_is_named_with_its_reason(scores: list) -> None:
    unnamed = [f"{s.name} {m}" for s in scores for m in s.misses
               if "not named" in m or "no reason given" in m or "bad row imported" in m]
    assert unnamed == []
    assert all(s.others_named == s.others for s in scores)


HELDOUT = Path(__file__).parent / "data" / "import-corpus-heldout"
HELDOUT2 = Path(__file__).parent / "data" / "import-corpus-heldout2"
HELDOUT3 = Path(__file__).parent / "data" / "import-corpus-heldout3"


def test_all_eight_development_files_come_in_and_name_every_other_row(scores: list) -> None:
    """The first held-out pair (0 of 41 when scored blind) is development data now: with the
    first six, nine in ten good rows come in right and every other row is named."""
    everything = scores + score_corpus(HELDOUT)
    assert len(everything) == 8
    good = sum(s.good for s in everything)
    right = sum(s.good_right for s in everything)
    assert right / good >= 0.9, [f"{s.name} {m}" for s in everything for m in s.misses]
    assert all(s.others_named == s.others for s in everything), [
        s.misses for s in everything]
    # the pair itself holds its figure: 39 of 41 (a bare "facilitate" read as speaking once
    # took "Happy to facilitate a peer assist or AAR" away from peer assists, unseen by the
    # ratio above)
    pair = everything[len(scores):]
    assert sum(s.good_right for s in pair) >= 39, [f"{s.name} {m}" for s in pair
                                                   for m in s.misses]


def test_second_held_out_files_name_every_row_they_leave_out() -> None:
    """The second held-out corpus, scored blind once after the code was frozen (see
    docs/import-export.md): whatever its figure, no row may be left out without a reason."""
    scores = score_corpus(HELDOUT2)
    assert len(scores) == 4
    unnamed = [f"{s.name} {m}" for s in scores for m in s.misses
               if "not named" in m or "no reason given" in m]
    assert unnamed == []


def test_second_held_out_files_come_in_now_they_are_development_data() -> None:
    """66 of 94 when scored blind; development data since (issue 15's second round): at
    least 95% of its good rows come in right, and every other row is named."""
    scores = score_corpus(HELDOUT2)
    good = sum(s.good for s in scores)
    right = sum(s.good_right for s in scores)
    assert right / good >= 0.95, [f"{s.name} {m}" for s in scores for m in s.misses]
    assert all(s.others_named == s.others for s in scores), [s.misses for s in scores]


def test_third_held_out_corpus_keeps_its_figure_and_names_what_it_leaves_out() -> None:
    """The third held-out corpus (five files: xlsx, cp1252 and BOM csv, Excel's UTF-16
    "Unicode text"), scored blind once at the end of the third round: 25 of 98 good rows
    right with the preview alone, 60 of 98 with the columns a librarian maps in the preview
    (``CONFIRMED``); then one bug it showed was fixed (a column mapped with --map replaced a
    guessed one for the same field, D234), giving 77 of 98. A floor, so the figure cannot
    slip back unnoticed. Issue 15's fourth round read its free-text statuses, leaver notes,
    money per month and note rows in general ways (D300-D306): 98 of 98, and every other row
    named, so the floor is now the 95% goal."""
    scores = score_corpus(HELDOUT3)
    assert len(scores) == 5
    good = sum(s.good for s in scores)
    right = sum(s.good_right for s in scores)
    assert good == 98
    assert right / good >= 0.95, [f"{s.name} {m}" for s in scores for m in s.misses]
    assert all(s.others_named == s.others for s in scores), [s.misses for s in scores]


DEV4 = Path(__file__).parent / "data" / "import-corpus-dev4"
DEV4_CONFIRMED = Path(__file__).parent / "import-dev4-confirmed.json"


def test_fourth_development_corpus_with_what_its_librarian_confirms() -> None:
    """Three files written blind by someone who had not seen the importer (a two-sheet xlsx
    log, a cp1252 SharePoint export, Excel's UTF-16 staff extract), scored once before any
    change for them: 26 of 56 good rows right with the preview alone and 45 of 56 with the
    mapping its librarian confirms from the preview and librarian-notes.md
    (tests/import-dev4-confirmed.json: a few columns and stage words). Development data
    since: at least 95% right either way, and every other row named."""
    confirmed = score_corpus(DEV4, load_confirmed(DEV4_CONFIRMED))
    alone = score_corpus(DEV4, {})
    assert len(confirmed) == 3 and sum(s.good for s in confirmed) == 56
    for scores in (confirmed, alone):
        good = sum(s.good for s in scores)
        right = sum(s.good_right for s in scores)
        assert right / good >= 0.95, [f"{s.name} {m}" for s in scores for m in s.misses]
        assert all(s.others_named == s.others for s in scores), [s.misses for s in scores]


HELDOUT4 = Path(__file__).parent / "data" / "import-corpus-heldout4"
HELDOUT4_CONFIRMED = Path(__file__).parent / "import-heldout4-confirmed.json"


def test_fourth_held_out_corpus_floor() -> None:
    """Six files written blind (an xlsx QI log with merged headings, a cp1252 staff list, a
    SharePoint export, an ESR UTF-16 extract, a four-sheet charity grants tracker, an xlsx
    champions directory), scored blind once: 85 of 101 good rows right with the preview
    alone, 93 of 101 with the mapping its librarian confirmed
    (tests/import-heldout4-confirmed.json, which also names each file's type and sheet), and
    32 of 39 other rows named. Development data since; the floor is what was reached:
    101 of 101 either way, every other row named."""
    confirmed = score_corpus(HELDOUT4, load_confirmed(HELDOUT4_CONFIRMED))
    alone = score_corpus(HELDOUT4, {})
    assert len(confirmed) == 6 and sum(s.good for s in confirmed) == 101
    for scores, floor in ((confirmed, 101), (alone, 101)):
        right = sum(s.good_right for s in scores)
        assert right >= floor, [f"{s.name} {m}" for s in scores for m in s.misses]
        assert all(s.others_named == s.others for s in scores), [s.misses for s in scores]


HELDOUT5 = Path(__file__).parent / "data" / "import-corpus-heldout5"
HELDOUT5_CONFIRMED = Path(__file__).parent / "import-heldout5-confirmed.json"


def test_fifth_held_out_corpus_floor() -> None:
    """Six files written blind (an xlsx QI register with a RAG column, a UTF-8 "who to ask"
    directory, a Microsoft Forms export, a cp1252 SharePoint spread tracker, an ESR UTF-16
    extract, a two-sheet champions list), scored blind once: 26 of 81 good rows right with
    the preview alone, 65 of 81 with the mapping its librarian confirmed
    (tests/import-heldout5-confirmed.json), and 26 of 30 other rows named. Development data
    since; the floor is what was reached: 80 of 81 either way (one "&" phrase read as two
    areas, D482, D620), 81 since an "&" inside an item of a ";" list ties it (D1452), and 30
    of 30 other rows named."""
    confirmed = score_corpus(HELDOUT5, load_confirmed(HELDOUT5_CONFIRMED))
    alone = score_corpus(HELDOUT5, {})
    assert len(confirmed) == 6 and sum(s.good for s in confirmed) == 81
    for scores, floor in ((confirmed, 81), (alone, 81)):
        right = sum(s.good_right for s in scores)
        assert right >= floor, [f"{s.name} {m}" for s in scores for m in s.misses]
        assert sum(s.others_named for s in scores) >= 30, [s.misses for s in scores]


HELDOUT6 = Path(__file__).parent / "data" / "import-corpus-heldout6"
HELDOUT6_CONFIRMED = Path(__file__).parent / "import-heldout6-confirmed.json"


def test_sixth_held_out_corpus_floor() -> None:
    """Six files written blind (a QI register workbook, a Microsoft Forms CSV with anonymous
    respondents, a cp1252 staff interests list, a link-nurse tick matrix, a UTF-16 hospice
    grants tracker, a SharePoint "who to ask" export), scored blind once at the end of the
    session that wrote them: 18 of 93 good rows right with the preview alone, 81 of 93 with
    the mapping its librarian confirmed (tests/import-heldout6-confirmed.json), 28 of 31 other
    rows named. Development data since (D620-D625); the floor is what was reached: 92 of 93
    with the confirmed mapping (the one miss was the librarian's own value mapping of a
    stage, which is kept as she chose it: D1370), and 31 of 31 other rows named."""
    confirmed = score_corpus(HELDOUT6, load_confirmed(HELDOUT6_CONFIRMED))
    assert len(confirmed) == 6 and sum(s.good for s in confirmed) == 93
    right = sum(s.good_right for s in confirmed)
    assert right >= 92, [f"{s.name} {m}" for s in confirmed for m in s.misses]
    assert sum(s.others_named for s in confirmed) >= 31, [s.misses for s in confirmed]


HELDOUT7 = Path(__file__).parent / "data" / "import-corpus-heldout7"
HELDOUT7_CONFIRMED = Path(__file__).parent / "import-heldout7-confirmed.json"


def test_seventh_held_out_corpus_floor() -> None:
    """Six files written blind (a Planner export from an ambulance service's 999/111 hub, an
    Outlook contacts export of a GP federation, a cp1252 SharePoint export of an ICB
    portfolio, an orthopaedic competency register with levels, an Access export saved as
    UTF-16 text, a therapies "who to ask" list with a heading row per profession), scored
    blind once: 31 of 104 good rows right with the preview alone, 63 of 104 with the mapping
    its librarian confirmed (tests/import-heldout7-confirmed.json), 55 of 61 other rows
    named. Development data since (D780-D785, D800-D805); the floor is the figure reached:
    99 of 104 with the confirmed mapping and with the preview alone, every other row named
    (a good row left out with its reason counts among the "other rows": as more good rows
    come in, fewer are left to name, so the floor is on the ones not named)."""
    for told in (load_confirmed(HELDOUT7_CONFIRMED), {}):
        scores = score_corpus(HELDOUT7, told)
        assert len(scores) == 6 and sum(s.good for s in scores) == 104
        right = sum(s.good_right for s in scores)
        assert right >= 99, [f"{s.name} {m}" for s in scores for m in s.misses]
        assert all(s.others_named == s.others for s in scores), [s.misses for s in scores]


HELDOUT8 = Path(__file__).parent / "data" / "import-corpus-heldout8"
HELDOUT8_CONFIRMED = Path(__file__).parent / "import-heldout8-confirmed.json"


def test_eighth_held_out_corpus_floor() -> None:
    """Six files written blind (a maternity QI workbook with a read-me sheet and a heading
    row per year, a Jira export from pharmacy, a UTF-16 simulation faculty list, a green
    ideas box with cell comments, an ESR-style extract, a Microsoft Lists export of research
    interests with ORCIDs), scored blind once: 42 of 103 good rows right with the preview
    alone, 93 of 103 with the mapping its librarian confirmed
    (tests/import-heldout8-confirmed.json), 2 other rows not named. Development data since
    (D860-D867, D880-D887): the floor is the figure reached, 103 of 103 with the confirmed
    mapping and with the preview alone, every other row named either way."""
    for told, floor in ((load_confirmed(HELDOUT8_CONFIRMED), 103), ({}, 103)):
        scores = score_corpus(HELDOUT8, told)
        assert len(scores) == 6 and sum(s.good for s in scores) == 103
        right = sum(s.good_right for s in scores)
        assert right >= floor, [f"{s.name} {m}" for s in scores for m in s.misses]
        assert all(s.others_named == s.others for s in scores), [s.misses for s in scores]


def _floor(folder: Path, confirmed: Path, goods: int, with_mapping: int, alone: int,
           unnamed: int, *, files: int = 5) -> None:
    """Good rows right with the librarian's mapping and alone, and at most *unnamed* other
    rows neither imported right nor named (with the mapping)."""
    for told, floor in ((load_confirmed(confirmed), with_mapping), ({}, alone)):
        scores = score_corpus(folder, told)
        assert len(scores) == files and sum(s.good for s in scores) == goods
        right = sum(s.good_right for s in scores)
        assert right >= floor, [f"{s.name} {m}" for s in scores for m in s.misses]
    assert sum(s.others - s.others_named for s in score_corpus(
        folder, load_confirmed(confirmed))) <= unnamed


HELDOUT9 = Path(__file__).parent / "data" / "import-corpus-heldout9"
HELDOUT9_CONFIRMED = Path(__file__).parent / "import-heldout9-confirmed.json"


def test_ninth_held_out_corpus_floor() -> None:
    """Six files written blind (an ED and acute medicine QI tracker with two header rows, a
    "long" radiology skills list with one row per person and area, a Google Forms export, a
    volunteer's cp1252 ideas log, a UTF-16 grants tracker, a SharePoint faculty directory),
    scored blind once: 3 of 91 good rows right with the preview alone, 64 of 91 with the
    mapping its librarian confirmed (tests/import-heldout9-confirmed.json), 1 other row not
    named. Development data since; the floor is the figure reached: 90 of 91 with the
    confirmed mapping and with the preview alone, every other row named (D940-D945,
    D960-D966); 91 either way since D1452."""
    _floor(HELDOUT9, HELDOUT9_CONFIRMED, 91, 91, 91, 0, files=6)


HELDOUT10 = Path(__file__).parent / "data" / "import-corpus-heldout10"
HELDOUT10_CONFIRMED = Path(__file__).parent / "import-heldout10-confirmed.json"


def test_tenth_held_out_corpus_floor() -> None:
    """Five files written blind (an urgent treatment centre's ideas log, a cp1252 dietetics
    special interests list, a Trello board export, a UTF-16 wellbeing champions list, a QI
    showcase workbook with judges' scores on its second sheet), scored blind once: 48 of 79
    good rows right with the preview alone, 77 of 79 (97.5%) with the mapping its librarian
    confirmed (tests/import-heldout10-confirmed.json), 25 of 26 other rows named (a test
    champion imported; named since D990). Development data since; the floor is the figure
    reached: 78 with the mapping and 49 alone since D992 ("Dysphagia & IDDSI"), 63 alone
    since the champions' "Areas I can support with" is their expertise (D1201), 76 alone
    since the showcase's presenters' names beside its "Email" are the lead (D1202), 77
    since "waiting for approval" is planning as "awaiting approval" is (D1203); 79
    alone once a board's "In build" list is planning (D1371). The mapping stays at 78: the
    librarian's own value for "waiting for approval" says idea, against the key (D1370)."""
    _floor(HELDOUT10, HELDOUT10_CONFIRMED, 79, 78, 79, 0)


HELDOUT11 = Path(__file__).parent / "data" / "import-corpus-heldout11"
HELDOUT11_CONFIRMED = Path(__file__).parent / "import-heldout11-confirmed.json"


def test_eleventh_held_out_corpus_floor() -> None:
    """Five files written blind (a charity innovation fund tracker, a cp1252 link
    practitioners list, a UTF-16 speech and language therapy specialisms grid with ticks, an
    action log from minutes, an ideas log whose status columns changed over the years),
    scored blind once at the end of the 2026-12-07 evening session: 38 of 73 good rows right
    with the preview alone, 57 of 73 (78%) with the mapping its librarian confirmed
    (tests/import-heldout11-confirmed.json), 29 of 32 other rows named. Development data
    since; the floor is the figure reached: 65 and 63 of 73, every other row named, once
    both status columns fill the stage (D1050; the confirmed mapping names both), leaving
    dates are read after a note or a second word (D1051), a count label without "of",
    a job alone as a lead and a retitled duplicate are told (D1052), and a duplicate row
    gives its lead no e-mail (D1053), and the action log's "Team" of specialty names
    ("Diabetes Foot MDT") is the department (D1200). What it got wrong is in
    docs/import-export.md. 66 alone once a cell naming its own stage ("Idea stage, costing
    it up"), a paper to a committee and a survey done after completion are read (D1371); 65
    with the mapping, whose value for "Live in 6 GP practices, spreading to rest of PCN" the
    librarian chose against the key (D1370)."""
    _floor(HELDOUT11, HELDOUT11_CONFIRMED, 73, 66, 67, 0)  # +1 each: D1450-D1452


def test_confirmed_file_may_name_type_and_sheet_but_not_another_type(tmp_path: Path) -> None:
    """The preview's confirmations name the record type and sheet a librarian chose; a type
    other than the key's is refused rather than scored against the wrong fields."""
    from import_corpus import score_file

    folder = _tiny_corpus(tmp_path / "c")
    told = tmp_path / "told.json"
    told.write_text(json.dumps({"log.csv": {"type": "innovation", "sheet": None,
                                            "columns": {}, "values": {}, "defaults": {}}}),
                    encoding="utf-8")
    assert load_confirmed(told)["log.csv"].record_type == "innovation"
    told.write_text(json.dumps({"log.csv": {"type": "person"}}), encoding="utf-8")
    with pytest.raises(SystemExit, match="confirmed type 'person'"):
        score_file(folder / "log.csv", tmp_path / "w", load_confirmed(told)["log.csv"])


def _tiny_corpus(folder: Path) -> Path:
    """One second-format innovations log: a stage word no table holds, and a lead whose
    e-mail only one of their two rows gives."""
    folder.mkdir()
    (folder / "log.csv").write_text(
        "Ref,Title,Lead,Lead email,Status\n"
        "A1,Ward clocks,Ann Bell,ann.bell@t.nhs.uk,Zorblified\n"
        "A2,Night lights,Ann Bell,,Zorblified\n", encoding="utf-8")
    rows = {
        "2": {"good": True, "expected": {"ref": "A1", "title": "Ward clocks", "stage":
              "embedded", "lead": {"name": "Ann Bell", "email": "ann.bell@t.nhs.uk"}}},
        "3": {"good": True, "expected": {"ref": "A2", "title": "Night lights", "stage":
              "embedded", "lead": {"name": "Ann Bell", "email": None}}},
    }
    (folder / "log.csv.expected.json").write_text(
        json.dumps({"kind": "innovations", "rows": rows}), encoding="utf-8")
    return folder


def test_confirmed_values_and_defaults_reach_the_import(tmp_path: Path) -> None:
    """A librarian's value mappings and defaults (a --confirmed file) are used; a null lead
    e-mail accepts the e-mail another row gave the same person."""
    folder = _tiny_corpus(tmp_path / "corpus")
    [alone] = score_corpus(folder, {})
    assert alone.good_right == 0  # the stage word is nobody's
    confirmed = tmp_path / "confirmed.json"
    confirmed.write_text(json.dumps({"log.csv": {
        "values": {"stage": {"Zorblified": "embedded"}},
        "defaults": {"department": "Estates"}}}), encoding="utf-8")
    [told] = score_corpus(folder, load_confirmed(confirmed))
    # The stage is right now; the default department shows on both rows (the key has none).
    assert len(told.misses) == 2, told.misses
    assert all("department 'Estates'" in m and "stage" not in m for m in told.misses)
    confirmed.write_text(json.dumps({"log.csv": {
        "values": {"stage": {"Zorblified": "embedded"}}}}), encoding="utf-8")
    [right] = score_corpus(folder, load_confirmed(confirmed))
    assert (right.good, right.good_right) == (2, 2), right.misses


def test_sixth_held_out_corpus_with_the_preview_alone() -> None:
    """The sixth held-out corpus with no confirmation at all: 18 of 93 blind, because its
    headers named nothing kmcore knew ("Hub ref", a "Title" of people, tick columns headed
    by topic, "What are we trying to do?", a "Team" of wards). Columns are now guessed from
    their cells too (D640) and the figure is what the librarian's confirmations gave: 81."""
    alone = score_corpus(HELDOUT6, {})
    right = sum(s.good_right for s in alone)
    assert right >= 81, [f"{s.name} {m}" for s in alone for m in s.misses]
    assert sum(s.others_named for s in alone) >= 28, [s.misses for s in alone]


HELDOUT12 = Path(__file__).parent / "data" / "import-corpus-heldout12"
HELDOUT12_CONFIRMED = Path(__file__).parent / "import-heldout12-confirmed.json"


def test_twelfth_held_out_corpus_floor() -> None:
    """Five files written blind (a cp1252 Life QI export, a SharePoint ideas register, a
    UTF-16 hospice staff list from HR, an LKS log with one sheet per financial year, a "who to
    ask" workbook whose names are mailto: links), scored blind once on 2026-12-07 at 21:00:
    53 of 91 good rows right with the preview alone, 67 of 91 (74%) with the mapping its
    librarian confirmed (tests/import-heldout12-confirmed.json), 33 of 34 other rows named.
    The floor is that figure, raised as the misses are fixed: 88 alone, 86 with the mapping,
    whose two stage values the librarian chose as "idea" against the key's "planning"
    (D1370)."""
    _floor(HELDOUT12, HELDOUT12_CONFIRMED, 91, 87, 89, 0)  # +1 each: D1452


HELDOUT13 = Path(__file__).parent / "data" / "import-corpus-heldout13"
HELDOUT13_CONFIRMED = Path(__file__).parent / "import-heldout13-confirmed.json"


def test_thirteenth_held_out_corpus_floor() -> None:
    """Five files written blind (a monday.com-style board export, a cp1252 renal skills
    register with yes/blank skill columns, a UTF-16 prison healthcare ESR extract, a log
    exported from a PDF with broken cells, an adoption register with a row per adopting site),
    scored blind at the end of the 2026-12-07 night session with the mapping a librarian chose
    from that code's preview (tests/import-heldout13-confirmed.json): 59 of 77 good rows right
    (77%), 13 of 77 from the preview alone, 36 of 37 other rows named. The floor is that
    figure, raised as the misses are fixed: offers written as sentences in an expertise cell
    (D1300), a PDF's wrapped words, split titles and repeated page header (D1301), an adoption
    register's site rows (D1302; its keyed "started" is the Go-live column, mapped to
    implemented_on by the preview), "Diabetes and dialysis" in a list that joins areas' words
    with "&" (D1303), ESR's "Terminate Process" a leaver (D1305), the title and the department
    recognised from the cells (D1291-D1292). Together: 66 of 77
    with the mapping, 66 alone, every other row named."""
    _floor(HELDOUT13, HELDOUT13_CONFIRMED, 77, 66, 66, 0)


HELDOUT14 = Path(__file__).parent / "data" / "import-corpus-heldout14"
HELDOUT14_CONFIRMED = Path(__file__).parent / "import-heldout14-confirmed.json"


def test_fourteenth_held_out_corpus_floor() -> None:
    """Five files written blind (an ideas log whose 0-5 stages are explained on a Key sheet, a
    NICU staff list with legal and preferred names, a Microsoft Forms export, a UTF-16 "who to
    ask" list with "Name - role - areas" in one cell, a quarterly tracker with a row per
    project per quarter), scored blind at the end of the 2026-12-07 night session with the
    mapping a librarian chose from that code's preview (tests/import-heldout14-confirmed.json):
    48 of 76 good rows right (63%), 16 of 76 from the preview alone, 34 of 40 other rows
    named. The floor is that figure, raised as the misses are fixed: a "Name - role - areas"
    cell split (D1260), a Forms lead answered "me" or left blank taken as the respondent
    (D1261), and a tracker's earlier quarterly updates of a project giving way to its latest
    (D1270). The preview alone: 59, with a dated header kept from the stage (D1290), the
    preferred name and the directory column recognised from the cells (D1292); 72 with
    the stage codes read by the workbook's Key sheet (D1293); 73 both ways once a Forms
    submission with only a title comes in at idea, flagged, not refused (D1372)."""
    _floor(HELDOUT14, HELDOUT14_CONFIRMED, 76, 73, 73, 0)


HELDOUT15 = Path(__file__).parent / "data" / "import-corpus-heldout15"
HELDOUT16 = Path(__file__).parent / "data" / "import-corpus-heldout16"
HELDOUT17 = Path(__file__).parent / "data" / "import-corpus-heldout17"


def test_fifteenth_held_out_corpus_floor() -> None:
    """Five files written blind in the 2026-12-07/08 night session (a staff ideas scheme's
    panel scoring sheet, a task-board export used as an ideas pipeline, an estates green plan
    list, a skills matrix of ticked columns, a UTF-16 "who to ask" list grouped under team
    sub-heading rows), scored once at its end with the mapping a librarian chose from that
    code's preview (tests/import-heldout15-confirmed.json): 51 of 73 good rows right (70%),
    23 alone, 32 of 35 other rows named; the session's start code read the same. The floor
    is the figure reached since: 71 with the mapping, 42 alone, every other row named, once
    team sub-headings give the department (D1421), the matrix's "x" against its ticks is a
    no and its headers' areas are whole (D1423), a copied card, a person retyped without
    accents and a "Duplicate - already funded as DD23-02" are duplicates (D1423, D1425,
    D1427) and "nil (costs more)" is zero (D1426, D1456)."""
    _floor(HELDOUT15, Path(__file__).parent / "import-heldout15-confirmed.json", 73, 71, 42, 0)


def test_sixteenth_held_out_corpus_floor() -> None:
    """Five files written blind in the same session (a project sheet with programme heading
    rows above their projects, a database export with coded statuses explained on a lookup
    sheet, a champions list with a row per person per area, a UTF-16 clinical-academic staff
    list with two header rows, an innovation fund bids log), scored once at its end: 66 of
    74 good rows right (89%) with the librarian's mapping, 41 alone, 31 of 34 other rows
    named (the three programme heading rows are imported as entries awaiting a status,
    D1372; the session's start code named them). The floor is that figure; 53 alone once a
    "Clinic / team" column of clinic names is the department, not team members (D1400); 68
    with the mapping and every other row named once a person's later rows anywhere below
    merge into their first (D1420), programme heading rows are named (D1422) and a job's
    "(left Jan 24)" wins over a status still saying Active (D1424); 71 and 54 once an "&"
    in a listed item ties it (D1451-D1452)."""
    _floor(HELDOUT16, Path(__file__).parent / "import-heldout16-confirmed.json", 74, 71, 54, 0)


def test_seventeenth_held_out_corpus_floor() -> None:
    """Five files written blind in the same session (a QI register whose comments hold dated
    updates, an address-book export with an interests column, a projects sheet in yearly
    blocks under repeated headings, a transcribed ideas box, a teaching faculty list with
    numbered topics), scored once at its end: 70 of 77 good rows right (91%) with the
    librarian's mapping, 54 alone, every other row named; the session's start code read 52
    and 50. The floor is that figure; 71 and 55 once a "zz Marsh, Colin" leaver is turned
    round whole (D1424); 77 and 60 once a numbered topic is one area (D1450)."""
    _floor(HELDOUT17, Path(__file__).parent / "import-heldout17-confirmed.json", 77, 77, 60, 0)


HELDOUT18 = Path(__file__).parent / "data" / "import-corpus-heldout18"


def test_eighteenth_held_out_corpus_floor() -> None:
    """Five files written blind in the 2026-12-08 session (a Microsoft Forms export of ideas
    with each question as its heading, a staff list with Surname and Forename apart and
    interests over three columns, a QI tracker with a RAG column and "% complete", a "who to
    ask" list with "Surname, Forename (Role)" in one cell, QI projects grouped under status
    heading rows), scored once at its end with the mapping a librarian chose from that
    code's preview: 70 of 89 good rows right (79%) with the mapping, 33 alone, 30 of 31
    other rows named; the session's start code read 69 and 33. The floor is that figure;
    84 and 47, every other row named, once the bracket after the name is the job title
    (D1503) and "see QI-23-07 - same project" names the row repeated (D1504); 87 and 48 once
    a lead question the librarian mapped puts the Forms respondent aside (D1512)."""
    _floor(HELDOUT18, Path(__file__).parent / "import-heldout18-confirmed.json", 89, 87, 48, 0)


HELDOUT19 = Path(__file__).parent / "data" / "import-corpus-heldout19"


def test_nineteenth_held_out_corpus_floor() -> None:
    """Five files written blind in the 2026-12-08 session (a laboratory improvement log
    whose stages are numbers explained in a key above the header, an ESR-style extract whose
    position starts with its number, a web platform's export with HTML leftovers, a "who to
    ask" list with one row per interest under a person's merged name cells, a small grants
    tracker), scored once at its end: 36 of 79 good rows right (46%) with the librarian's
    mapping, 7 alone, 34 of 35 other rows named; the session's start code read the same.
    The floor is that figure; 69 and 40 once HTML cells read as text (D1501), a position
    number before the job is taken off it (D1500) and a leaver's dated note no longer
    splits the name (D1502); 75 and 46 once a cell merged down over rows is read into each
    (D1510)."""
    _floor(HELDOUT19, Path(__file__).parent / "import-heldout19-confirmed.json", 79, 75, 46, 1)
