"""A flagged value never leaves its record: titles are masked in every report, list and log.

Synthetic numbers only (the never-issued 9... band).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from clihelp import run_cli
from kmcore.guard.pii import masked_text, scan_text
from kmcore.testing.fake_targets import use_fake_targets
from test_sync_helpers import lesson, make_kb

SPACED = "943 476 5919"
DOTTED = "943.476.5919"
DIGITS = "9434765919"


@pytest.fixture(autouse=True)
def fake_targets() -> Iterator[None]:
    with use_fake_targets():
        yield


def no_number(text: str) -> None:
    for shown in (SPACED, DOTTED, DIGITS, "476 59", "476.59", "34765"):
        assert shown not in text, f"{shown!r} in {text[:2000]!r}"


def every_file_under(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8", errors="replace")
                     for p in sorted(folder.rglob("*")) if p.is_file())


def test_dotted_nhs_number_is_flagged() -> None:
    (finding,) = scan_text(f"Patient NHS no {DOTTED} fell.")
    assert finding.kind == "nhs_number" and finding.confidence == "high"
    (plain,) = scan_text(f"ref {DOTTED} here")
    assert plain.confidence == "medium"
    # Not a 3-3-4 number: more dotted groups on either side, or a version number.
    assert scan_text("1.943.476.5919") == []
    assert scan_text("943.476.5919.2") == []


def test_masked_text_keeps_the_last_two_digits_only() -> None:
    assert masked_text(f"Falls: NHS no {SPACED}") == "Falls: NHS no ••• ••• ••19"
    assert masked_text(f"Ref {DOTTED}.") == "Ref •••.•••.••19."
    assert masked_text("Falls on Ward 7") == "Falls on Ward 7"


def test_a_number_in_a_title_is_masked_in_sync_reports_ledger_and_review(
        tmp_path: Path) -> None:
    root = tmp_path / "kb"
    kb = make_kb(root, 2)
    kb.add(lesson(7, title=f"Falls: patient NHS no {SPACED}"))
    kb.add(lesson(8, title=f"Bed order {DOTTED}", status="draft"))
    kb.close()

    dry = run_cli(["--kb", str(root), "sync", "--dry-run"])
    assert "lesson-0007" in dry.out, dry.out
    assert "••19" in dry.out
    no_number(dry.out + dry.err)
    dry_json = run_cli(["--kb", str(root), "sync", "--dry-run", "--json"])
    assert "lesson-0007" in dry_json.out
    no_number(dry_json.out + dry_json.err)

    real = run_cli(["--kb", str(root), "sync"])
    assert real.code == 0, real.err
    no_number(real.out + real.err)
    # Again, now that the held record's title comes from the ledger, not the record file.
    again = run_cli(["--kb", str(root), "sync"])
    assert "lesson-0007" in again.out
    no_number(again.out + again.err)
    state = root / ".kmcore"
    assert list(state.rglob("reports/*.json")), "no run report was saved"
    no_number(every_file_under(state / "targets"))

    for args in (["review"], ["review", "--json"], ["review", "lesson-0007"],
                 ["review", "lesson-0007", "--json"], ["list"], ["review", "due"],
                 ["report", "-o", str(tmp_path / "pack" / "pack.html")]):
        result = run_cli(["--kb", str(root), *args])
        assert result.code in (0, 1), (args, result.err)
        no_number(result.out + result.err)
    no_number(every_file_under(tmp_path / "pack"))
    listed = run_cli(["--kb", str(root), "review", "--json"])
    assert {e["title"] for e in json.loads(listed.out)} == {
        "Falls: patient NHS no ••• ••• ••19", "Bed order •••.•••.••19"}


def test_add_and_delete_do_not_repeat_a_number_in_the_title(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    make_kb(root, 0, with_target=False).close()
    source = tmp_path / "lesson.json"
    source.write_text(json.dumps({
        "type": "lesson", "id": "lesson-flag", "title": f"Falls: NHS no {SPACED}",
        "statement": "S.", "recommendation": "R.", "polarity": "improve"}), encoding="utf-8")
    added = run_cli(["--kb", str(root), "add", "--file", str(source)])
    assert added.code == 0 and "Added lesson lesson-flag: Falls: NHS no ••• ••• ••19" in added.out
    no_number(added.out + added.err)
    deleted = run_cli(["--kb", str(root), "delete", "lesson-flag"], input="y\n")
    assert deleted.code == 0, deleted.err
    no_number(deleted.out + deleted.err)


def test_an_older_ledger_holding_a_title_in_full_is_masked_when_rewritten(
        tmp_path: Path) -> None:
    from kmcore.sync.ledger import Entry

    entry = Entry(record_type="lesson", state="held", title=f"NHS no {SPACED}")
    assert entry.to_json()["n"] == "NHS no ••• ••• ••19"
    assert attrs.evolve(entry, title="Plain").to_json()["n"] == "Plain"


def test_a_digest_never_mails_a_record_with_an_open_flag(tmp_path: Path) -> None:
    import datetime as dt

    import kmcore
    from kmcore.search.digest import build_digests
    from search_sample import sample_kb

    with sample_kb(tmp_path / "kb") as kb:
        story = kb.get("story-falls-evidence-review")
        kb.update(attrs.evolve(story, summary=f"{story.summary} Patient NHS no {SPACED}."))  # type: ignore[attr-defined]
        since = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
        mailed = [h for d in build_digests(kb.search_index(), since)
                  for s in d.sections for h in s.hits]
        assert mailed, "the sample mails something"
        assert "story-falls-evidence-review" not in {h.id for h in mailed}
        for digest in build_digests(kb.search_index(), since):
            no_number(digest.text() + digest.html())
        assert isinstance(kb, kmcore.KnowledgeBase)


_IMPORT_LOG = f"""Ref,Project title,Summary,Stage,Go-live date,Lead,Status,Keywords
{DOTTED},Falls pathway {SPACED},Patient NHS no {DOTTED} was helped,{SPACED},{DOTTED},\
{DIGITS},{DIGITS},{DOTTED}
2,Sepsis prompt,Plain,Implemented,01/02/2024,Dr Amara Okafor,Published,sepsis
3,,NHS number {SPACED} in an empty-title row,{DOTTED},32/13/2024 {SPACED},Ben,draft,x
{DIGITS},Duplicate,dup,Implemented,,,,
"""


def test_import_reports_previews_and_mapping_files_never_repeat_a_number(
        tmp_path: Path) -> None:
    root = tmp_path / "kb"
    make_kb(root, 0, with_target=False).close()
    log = tmp_path / "log.csv"
    log.write_text(_IMPORT_LOG, encoding="utf-8")
    base = ["--kb", str(root), "import", str(log), "--type", "innovation"]
    dry = run_cli([*base, "--dry-run", "--save-mapping", str(tmp_path / "map.toml")])
    assert "••• ••• ••19" in dry.out and "UNKNOWN" in dry.out, dry.out
    no_number(dry.out + dry.err)
    no_number((tmp_path / "map.toml").read_text(encoding="utf-8"))
    as_json = run_cli([*base, "--dry-run", "--json"])
    data = json.loads(as_json.out)
    assert {p["row"] for p in data["problems"]} >= {2, 4}
    no_number(as_json.out + as_json.err)
    real = run_cli([*base, "--report", str(tmp_path / "problems.csv")])
    assert real.code == 3, real.err
    no_number(real.out + real.err)
    report = (tmp_path / "problems.csv").read_text(encoding="utf-8-sig")
    assert "is not a date" in report and "•••.•••.••19" in report
    no_number(report)
    no_number(every_file_under(root / ".kmcore"))


def test_an_id_derived_from_a_key_holding_a_number_masks_it() -> None:
    from kmcore.io.importer import derived_id

    for key in (DOTTED, DIGITS, f"Falls {SPACED}"):
        made = derived_id("inn", "innovation", key)
        no_number(made)
        assert made.startswith("inn-") and made == derived_id("inn", "innovation", key)
    assert derived_id("inn", "innovation", DOTTED) != derived_id("inn", "innovation", DIGITS)
    assert derived_id("inn", "innovation", "INN-001").startswith("inn-001-")


def test_validate_and_add_do_not_repeat_a_number_given_as_a_bad_value(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    make_kb(root, 0, with_target=False).close()
    bad = {"type": "lesson", "id": "lesson-bad", "title": "T", "statement": "S.",
           "recommendation": "R.", "polarity": SPACED}
    (root / "lessons").mkdir(exist_ok=True)
    (root / "lessons" / "lesson-bad.json").write_text(json.dumps(bad), encoding="utf-8")
    checked = run_cli(["--kb", str(root), "validate"])
    assert checked.code != 0 and "polarity" in checked.out + checked.err
    assert "••• ••• ••19" in checked.out + checked.err
    no_number(checked.out + checked.err)
    source = tmp_path / "new.json"
    source.write_text(json.dumps({**bad, "id": "lesson-new", "polarity": DIGITS}),
                      encoding="utf-8")
    added = run_cli(["--kb", str(root), "add", "--file", str(source)])
    assert added.code != 0 and "polarity" in added.out + added.err
    no_number(added.out + added.err)
