"""The record commands, driven as a librarian would drive them."""

from __future__ import annotations

import csv
import io
import json
import shlex
import sys
from pathlib import Path

import pytest

from clihelp import run_cli

LESSON = {
    "type": "lesson",
    "id": "rooms-first",
    "title": "Confirm rooms before inviting",
    "statement": "Two peer assists started late because rooms were double-booked.",
    "recommendation": "Confirm the booking before sending invitations.",
    "polarity": "improve",
}


@pytest.fixture
def kbdir(tmp_path: Path) -> Path:
    result = run_cli(["init", str(tmp_path / "kb"), "--name", "Test KB",
                      "--organisation", "Test Trust", "--ods-code", "RX1"])
    assert result.code == 0, result.err
    assert "Created knowledge base" in result.out
    return tmp_path / "kb"


def _kb(kbdir: Path, *args: str, input: str | None = None) -> object:
    return run_cli(["--kb", str(kbdir), *args], input=input)


def test_add_from_json_and_show(kbdir: Path, tmp_path: Path) -> None:
    source = tmp_path / "lesson.json"
    source.write_text(json.dumps(LESSON), encoding="utf-8")
    added = _kb(kbdir, "add", "--file", str(source))
    assert added.code == 0, added.err  # type: ignore[attr-defined]
    assert "Added lesson rooms-first" in added.out  # type: ignore[attr-defined]
    shown = _kb(kbdir, "show", "rooms-first")
    assert "Confirm rooms before inviting" in shown.out  # type: ignore[attr-defined]
    as_json = json.loads(_kb(kbdir, "show", "rooms-first", "--json").out)  # type: ignore[attr-defined]
    assert as_json["revision"] == 1 and as_json["owner_org"]["ods_code"] == "RX1"


def test_add_from_toml_with_type_argument(kbdir: Path, tmp_path: Path) -> None:
    source = tmp_path / "lesson.toml"
    source.write_text(
        'title = "Use a shared agenda"\nstatement = "Agendas helped."\n'
        'recommendation = "Share the agenda a week ahead."\npolarity = "sustain"\n',
        encoding="utf-8",
    )
    added = _kb(kbdir, "add", "lesson", "--file", str(source))
    assert added.code == 0, added.err  # type: ignore[attr-defined]


def test_add_file_is_all_or_nothing(kbdir: Path, tmp_path: Path) -> None:
    bad = dict(LESSON, id="second", polarity="sideways", title="")
    source = tmp_path / "two.json"
    source.write_text(json.dumps([LESSON, bad]), encoding="utf-8")
    result = _kb(kbdir, "add", "--file", str(source))
    assert result.code == 1  # type: ignore[attr-defined]
    assert "nothing was added" in result.err  # type: ignore[attr-defined]
    assert "$.polarity" in result.err and "$.title" in result.err  # type: ignore[attr-defined]
    assert "No records match" in _kb(kbdir, "list").out  # type: ignore[attr-defined]


def test_add_interactively(kbdir: Path) -> None:
    answers = "\n".join([
        "Agree the question first",      # title
        "Searches went faster when the question was agreed first.",  # statement
        "Agree the question in writing before searching.",           # recommendation
        "maybe",                         # polarity: refused, asked again
        "sustain",                       # polarity
        "",                              # visibility: keep the default
        "",                              # summary (optional): none
    ]) + "\n"
    result = _kb(kbdir, "add", "lesson", input=answers)
    assert result.code == 0, result.out + result.err  # type: ignore[attr-defined]
    listed = json.loads(_kb(kbdir, "list", "lesson", "--json").out)  # type: ignore[attr-defined]
    assert [r["title"] for r in listed] == ["Agree the question first"]


def test_list_table_json_csv_and_filters(kbdir: Path, tmp_path: Path) -> None:
    source = tmp_path / "l.json"
    source.write_text(json.dumps([LESSON, dict(LESSON, id="second", polarity="sustain")]))
    assert _kb(kbdir, "add", "-f", str(source)).code == 0  # type: ignore[attr-defined]
    table = _kb(kbdir, "list").out  # type: ignore[attr-defined]
    assert "rooms-first" in table and "2 records" in table
    rows = list(csv.DictReader(io.StringIO(_kb(kbdir, "list", "--csv").out)))  # type: ignore[attr-defined]
    assert {r["id"] for r in rows} == {"rooms-first", "second"}
    only = json.loads(_kb(kbdir, "list", "lesson", "--where", "polarity=sustain",
                          "--json").out)  # type: ignore[attr-defined]
    assert [r["id"] for r in only] == ["second"]
    bad = _kb(kbdir, "list", "--where", "nonsense")
    assert bad.code == 2  # type: ignore[attr-defined]


def test_edit_with_set_and_with_an_editor(kbdir: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "l.json"
    source.write_text(json.dumps(LESSON))
    _kb(kbdir, "add", "-f", str(source))
    result = _kb(kbdir, "edit", "rooms-first", "--set", "title=Book rooms early",
                 "--set", 'keywords=["rooms"]')
    assert result.code == 0, result.err  # type: ignore[attr-defined]
    data = json.loads(_kb(kbdir, "show", "rooms-first", "--json").out)  # type: ignore[attr-defined]
    assert data["title"] == "Book rooms early" and data["keywords"] == ["rooms"]
    assert data["revision"] == 2

    refused = _kb(kbdir, "edit", "rooms-first", "--set", "polarity=sideways")
    assert refused.code == 1 and "$.polarity" in refused.err  # type: ignore[attr-defined]

    editor = tmp_path / "editor.py"
    editor.write_text(
        "import json, sys\n"
        "p = sys.argv[1]\n"
        "d = json.load(open(p, encoding='utf-8'))\n"
        "d['summary'] = 'Edited in an editor'\n"
        "json.dump(d, open(p, 'w', encoding='utf-8'))\n"
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    result = _kb(kbdir, "edit", "rooms-first")
    assert result.code == 0, result.err  # type: ignore[attr-defined]
    data = json.loads(_kb(kbdir, "show", "rooms-first", "--json").out)  # type: ignore[attr-defined]
    assert data["summary"] == "Edited in an editor"


def test_delete_asks_and_protects_linked_records(kbdir: Path, tmp_path: Path) -> None:
    linked = dict(LESSON, id="linker", links=[{"rel": "relates_to", "target": "rooms-first"}])
    source = tmp_path / "l.json"
    source.write_text(json.dumps([LESSON, linked]))
    _kb(kbdir, "add", "-f", str(source))
    refused = _kb(kbdir, "delete", "rooms-first", "--yes")
    assert refused.code == 1 and "linker" in refused.err  # type: ignore[attr-defined]
    declined = _kb(kbdir, "delete", "linker", input="n\n")
    assert declined.code != 0  # type: ignore[attr-defined]
    assert _kb(kbdir, "delete", "linker", "--yes").code == 0  # type: ignore[attr-defined]
    assert _kb(kbdir, "delete", "rooms-first", "--yes").code == 0  # type: ignore[attr-defined]


def test_validate_names_bad_files_and_list_still_works(kbdir: Path, tmp_path: Path) -> None:
    source = tmp_path / "l.json"
    source.write_text(json.dumps(LESSON))
    _kb(kbdir, "add", "-f", str(source))
    folder = kbdir / "lessons"
    assert folder.is_dir()
    (folder / "bad-json.json").write_text('{\n  "type": "lesson",\n  "id": "bad-json"\n  oops\n}\n')
    mangled = dict(LESSON, id="bad-field", polarity="sideways")
    (folder / "bad-field.json").write_text(json.dumps(mangled, indent=2))
    result = _kb(kbdir, "validate")
    assert result.code == 1  # type: ignore[attr-defined]
    assert "lessons/bad-json.json:4" in result.out  # type: ignore[attr-defined]
    assert "lessons/bad-field.json" in result.out and "$.polarity" in result.out  # type: ignore[attr-defined]
    listed = _kb(kbdir, "list")
    assert listed.code == 0 and "rooms-first" in listed.out  # type: ignore[attr-defined]
    assert "could not be read" in listed.err and "kmcore validate" in listed.err  # type: ignore[attr-defined]
    as_json = json.loads(_kb(kbdir, "validate", "--json").out)  # type: ignore[attr-defined]
    assert {p["file"] for p in as_json} == {"lessons/bad-json.json", "lessons/bad-field.json"}


def test_validate_reports_dangling_links(kbdir: Path, tmp_path: Path) -> None:
    source = tmp_path / "l.json"
    source.write_text(json.dumps(dict(LESSON, links=[{"rel": "relates_to", "target": "ghost"}])))
    _kb(kbdir, "add", "-f", str(source))
    result = _kb(kbdir, "validate")
    assert result.code == 1 and "ghost" in result.out  # type: ignore[attr-defined]


def test_errors_are_one_line_with_a_hint(kbdir: Path, tmp_path: Path) -> None:
    missing = _kb(kbdir, "show", "no-such-record")
    assert missing.code == 1  # type: ignore[attr-defined]
    assert missing.err.startswith("Error: ")  # type: ignore[attr-defined]
    assert "Hint:" in missing.err and "Traceback" not in missing.err  # type: ignore[attr-defined]
    unsafe = _kb(kbdir, "show", "../etc")
    assert unsafe.code == 1 and "must never name a path" in unsafe.err  # type: ignore[attr-defined]
    nokb = run_cli(["--kb", str(tmp_path / "nowhere"), "list"])
    assert nokb.code == 1 and "kmcore init" in nokb.err
    usage = run_cli(["list", "--bogus"])
    assert usage.code == 2


def test_debug_shows_the_traceback(kbdir: Path) -> None:
    from kmcore.errors import NotFound

    with pytest.raises(NotFound):
        run_cli(["--kb", str(kbdir), "--debug", "show", "no-such-record"])


def test_types_lists_record_types(kbdir: Path) -> None:
    result = _kb(kbdir, "types", "--json")
    names = {t["name"] for t in json.loads(result.out)}  # type: ignore[attr-defined]
    assert {"lesson", "innovation", "person", "story", "capture_record"} <= names


def test_version() -> None:
    import kmcore

    result = run_cli(["--version"])
    assert result.code == 0 and result.out.strip() == f"kmcore {kmcore.__version__}"


def test_add_capture_record_interactively_chooses_the_technique_first(kbdir: Path) -> None:
    answers = "\n".join([
        "5",                                   # technique: after action review, by number
        "AAR: discharge lounge pilot",         # title
        "01/03/2025",                          # held on, as typed in the UK
        "Review the first month of the lounge",  # purpose
        "Patients home by 11am",               # intended: what was supposed to happen
        "Half were home by 11am",              # actual: what happened
        "Porters were booked late",            # why they differed
        "Early bed meetings", "",              # what went well (a list)
        "Transport booking", "",               # what to do better
        "Book porters the day before", "",     # what to do next time
        "",                                    # summary
        "",                                    # visibility: the technique's default
    ]) + "\n"
    result = _kb(kbdir, "add", "capture_record", input=answers)
    assert result.code == 0, result.out + result.err  # type: ignore[attr-defined]
    out = result.out  # type: ignore[attr-defined]
    assert out.index("which one?") < out.index("Title")
    # The After Action Review's four questions, all asked.
    for question in ("What was supposed to happen?", "What actually happened?",
                     "Why was there a difference?", "What we will do next time"):
        assert question in out
    [stored] = json.loads(_kb(kbdir, "list", "capture_record", "--json").out)  # type: ignore[attr-defined]
    details = stored["details"]
    assert details["technique"] == "after_action_review"
    assert details["intended"] == "Patients home by 11am"
    assert details["reasons_for_difference"] == "Porters were booked late"
    assert details["next_time"] == ["Book porters the day before"]
    assert stored["held_on"] == "2025-03-01"


def test_add_chooses_people_by_name_and_says_why_it_asks_again(kbdir: Path,
                                                                tmp_path: Path) -> None:
    people = [{"type": "person", "id": f"person-{i}", "display_name": name,
               "department": dept}
              for i, (name, dept) in enumerate([
                  ("Amara Okafor", "Elderly care"), ("Amara Okafor", "Radiology"),
                  ("Ben Hughes", "ED"), *((f"Person {n:03d}", "Ward") for n in range(300))])]
    source = tmp_path / "people.json"
    source.write_text(json.dumps(people), encoding="utf-8")
    assert _kb(kbdir, "add", "-f", str(source)).code == 0  # type: ignore[attr-defined]
    answers = "\n".join([
        "Night huddles",                  # title
        "",                               # lead: empty, asked again with the reason
        "okafor",                         # part of a name: two match, listed with department
        "2",                              # the second of them
        "Handovers missed falls risks",   # problem
        "A five-minute huddle at 22:00",  # description
        "pilot",                          # stage: not a stage, asked again with the values
        "testing",
        "", "",                           # summary, visibility
    ]) + "\n"
    result = _kb(kbdir, "add", "innovation", input=answers)
    assert result.code == 0, result.out + result.err  # type: ignore[attr-defined]
    out = result.out  # type: ignore[attr-defined]
    assert "and 291 more: type part of a name" in out  # 303 people: not a wall of ids
    assert "Error: a person is needed here" in out
    assert "2 match 'okafor'" in out
    assert "Amara Okafor (Radiology, person-1)" in out
    [stored] = json.loads(_kb(kbdir, "list", "innovation", "--json").out)  # type: ignore[attr-defined]
    assert stored["lead"] == "person-1"


def test_interactive_add_says_what_to_add_first(kbdir: Path) -> None:
    result = _kb(kbdir, "add", "innovation", input="A title\n")
    assert result.code == 1  # type: ignore[attr-defined]
    assert "kmcore add person" in result.err  # type: ignore[attr-defined]


def test_an_editor_session_that_loses_a_race_keeps_the_text(
    kbdir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "l.json"
    source.write_text(json.dumps(LESSON))
    _kb(kbdir, "add", "-f", str(source))
    # The "editor" changes the summary, and meanwhile somebody else saves the record.
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import json, subprocess, sys\n"
        "p = sys.argv[1]\n"
        "d = json.load(open(p, encoding='utf-8'))\n"
        "d['summary'] = 'My careful edit'\n"
        "json.dump(d, open(p, 'w', encoding='utf-8'))\n"
        f"subprocess.run([sys.executable, '-c', 'from kmcore.cli import main; main()', '--kb', "
        f"{str(kbdir)!r}, 'edit', 'rooms-first', '--set', 'title=Theirs'], check=True)\n"
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    monkeypatch.chdir(tmp_path)
    result = _kb(kbdir, "edit", "rooms-first")
    assert result.code == 1  # type: ignore[attr-defined]
    assert "somebody" in result.err.lower() or "revision" in result.err  # type: ignore[attr-defined]
    recovery = tmp_path / "kmcore-edit-rooms-first.json"
    kept = json.loads(recovery.read_text())
    # Their change stands, and the file holds it with ours on top, at the stored revision.
    assert kept["summary"] == "My careful edit" and kept["title"] == "Theirs"
    assert json.loads(_kb(kbdir, "show", "rooms-first", "--json").out)["title"] == "Theirs"  # type: ignore[attr-defined]
    assert kept["revision"] == json.loads(
        _kb(kbdir, "show", "rooms-first", "--json").out)["revision"]  # type: ignore[attr-defined]
    # The command it printed works as printed (run from another folder, too).
    command = result.err.rsplit("then run: ", 1)[1].strip()  # type: ignore[attr-defined]
    args = shlex.split(command)
    assert args[0] == "kmcore"
    monkeypatch.chdir(tmp_path.parent)
    finished = run_cli(args[1:])
    assert finished.code == 0, finished.err
    data = json.loads(_kb(kbdir, "show", "rooms-first", "--json").out)  # type: ignore[attr-defined]
    assert data["summary"] == "My careful edit" and data["title"] == "Theirs"
