"""Governance: subject access, erasure everywhere, leavers, review dates, the audit log."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
import pytest

import kmcore
from clihelp import run_cli
from kmcore.audit import read_entries
from kmcore.errors import NotFound
from kmcore.governance.due import due, is_stale
from kmcore.governance.leavers import leave, purge_leaver_profiles
from kmcore.governance.people import (
    FORMER_STAFF_ID,
    forget,
    mentions,
    pending_erasures,
    subject_access,
)
from kmcore.records.lesson import Lesson
from kmcore.records.person import ExpertiseProfile, Person
from kmcore.records.vocab import LessonPolarity


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo knowledge base, built and synced to its html site once for this module."""
    path = tmp_path_factory.mktemp("template") / "demo"
    run = run_cli(["demo", str(path)])
    assert run.code == 0, run
    return path


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Path:
    import shutil

    copy = tmp_path / "demo"
    shutil.copytree(demo_template, copy, symlinks=True)
    # The site target's folder is written relative to the knowledge base: nothing to fix.
    return copy


def _files_mentioning(root: Path, needles: list[str]) -> list[str]:
    found = []
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        text = path.read_bytes().decode("utf-8", errors="replace").lower()
        if any(n.lower() in text for n in needles):
            found.append(str(path.relative_to(root)))
    return found


def test_forget_leaves_no_trace_in_store_logs_or_published_site(demo: Path) -> None:
    needles = ["Amara", "Okafor", "amara-okafor", "amara.okafor"]
    assert _files_mentioning(demo / "site", needles)  # she is published to begin with
    with kmcore.open(demo) as kb:
        named_in = {m.record.id for m in mentions(kb, "person-amara-okafor")}
        erasure = forget(kb, "person-amara-okafor")
        assert erasure.applied and set(erasure.changed) == named_in
        assert erasure.targets == ["intranet"]
        assert pending_erasures(kb) == [{"pseudonym": erasure.pseudonym,
                                         "targets": ["intranet"]}]
        with pytest.raises(NotFound):
            kb.get("person-amara-okafor")
        lead = kb.get("inn-evidence-huddles").lead  # type: ignore[attr-defined]
        assert lead == FORMER_STAFF_ID
    # Before the sync only the target's own state still knows her (it must, to withdraw her).
    leftovers = _files_mentioning(demo, needles)
    assert leftovers and all(p.startswith(("site/", ".kmcore/targets/intranet/",
                                           ".kmcore/erasures.json")) for p in leftovers)
    assert not any(p.startswith(".kmcore/targets/intranet/reports/") for p in leftovers)
    run = run_cli(["--kb", str(demo), "sync"])
    assert run.code == 0, run
    assert "withdrew 1 person" in run.out
    assert _files_mentioning(demo, needles) == []
    with kmcore.open(demo) as kb:
        assert pending_erasures(kb) == []
    again = run_cli(["--kb", str(demo), "sync"])
    assert again.code == 0 and "Left " in again.out and "unchanged" in again.out


def test_forget_cleans_ledgers_without_touching_other_peoples_names(demo: Path) -> None:
    # "Ben" (Ben Carter) is inside "bennett" (person-chloe-bennett, in the same ledger): the
    # clean-up after the sync must remove his name as a whole word, never part of another's.
    with kmcore.open(demo) as kb:
        forget(kb, "person-ben-carter")
    run = run_cli(["--kb", str(demo), "sync"])
    assert run.code == 0, run
    ledger = "".join(p.read_text(encoding="utf-8")
                     for p in (demo / ".kmcore" / "targets" / "intranet").glob("*.json*"))
    assert "person-chloe-bennett" in ledger and "[name removed]" not in ledger
    again = run_cli(["--kb", str(demo), "sync"])
    assert again.code == 0 and "withdrew" not in again.out and "new" not in again.out, again


def test_every_person_in_the_sample_can_be_forgotten(demo: Path) -> None:
    with kmcore.open(demo) as kb:
        for person in list(kb.records("person")):
            erasure = forget(kb, person.id, dry_run=True)
            assert not erasure.manual, (person.id, erasure.manual)
            assert not erasure.applied
        assert kb.count("person") == 27  # a dry run changes nothing


def test_forget_rewrites_text_mentions_and_keeps_other_people(kb: kmcore.KnowledgeBase) -> None:
    kb.add(Person(id="person-jo", display_name="Jo Bloggs", given_name="Jo",
                  family_name="Bloggs", work_email="jo.bloggs@nhs.net"))
    kb.add(Person(id="person-sam", display_name="Sam Smith"))
    kb.add(Lesson(id="lesson-1", title="Ask Jo Bloggs first",
                  statement="Dr Bloggs (jo.bloggs@nhs.net) knew the pathway; Sam Smith did not.",
                  recommendation="Involve JO BLOGGS early.", polarity=LessonPolarity.SUSTAIN,
                  owner="person-jo", validated_by="person-sam"))
    forget(kb, "person-jo")
    lesson = kb.get("lesson-1")
    assert lesson.title == "Ask [name removed] first"  # type: ignore[attr-defined]
    assert lesson.statement == ("Dr [name removed] ([name removed]) knew the pathway; "  # type: ignore[attr-defined]
                                "Sam Smith did not.")
    assert lesson.recommendation == "Involve [name removed] early."  # type: ignore[attr-defined]
    assert lesson.owner is None and lesson.validated_by == "person-sam"  # type: ignore[attr-defined]
    entries = list(read_entries(kb.root))
    assert not any(e.id == "person-jo" for e in entries)
    assert any(e.op == "delete" and e.id.startswith("forgotten-") for e in entries)


def test_forget_pseudonymises_the_whole_id_only(kb: kmcore.KnowledgeBase) -> None:
    # One id is the start of another: erasing person-jo must leave person-jo-bloggs alone
    # in kmcore's own files (the audit log, the change feed).
    kb.add(Person(id="person-jo", display_name="Jo Smith"))
    kb.add(Person(id="person-jo-bloggs", display_name="Joanne Bloggs"))
    erasure = forget(kb, "person-jo")
    entries = list(read_entries(kb.root))
    assert [e.op for e in entries if e.id == "person-jo-bloggs"] == ["add"]
    assert not any(e.id == "person-jo" for e in entries)
    assert any(e.id == erasure.pseudonym for e in entries)
    assert kb.get("person-jo-bloggs").display_name == "Joanne Bloggs"  # type: ignore[attr-defined]


def test_subject_access_gathers_references_and_text_mentions(kb: kmcore.KnowledgeBase) -> None:
    kb.add(Person(id="person-jo", display_name="Jo Bloggs"))
    kb.add(Lesson(id="lesson-ref", title="Owned", statement="s", recommendation="r",
                  polarity=LessonPolarity.IMPROVE, owner="person-jo"))
    kb.add(Lesson(id="lesson-text", title="Thanks to Jo Bloggs", statement="s",
                  recommendation="r", polarity=LessonPolarity.IMPROVE))
    kb.add(Lesson(id="lesson-none", title="Nobody", statement="s", recommendation="r",
                  polarity=LessonPolarity.IMPROVE))
    data = subject_access(kb, "person-jo")
    assert data["person"]["display_name"] == "Jo Bloggs"
    where = {item["id"]: item["where"] for item in data["named_in"]}
    assert where == {"lesson-ref": ["$.owner"], "lesson-text": ["$.title"]}
    assert [e["op"] for e in data["audit"]] == ["add"]
    with pytest.raises(NotFound, match="no person 'person-nobody'"):
        subject_access(kb, "person-nobody")


def test_cli_person_export_and_forget_dry_run(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "sar.json"
    run = run_cli(["--kb", str(demo), "person", "export", "person-ben-carter", "-o", str(out)])
    assert run.code == 0, run
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["person"]["id"] == "person-ben-carter" and data["named_in"]
    run = run_cli(["--kb", str(demo), "person", "forget", "person-ben-carter", "--dry-run"])
    assert run.code == 0, run
    assert run.out.startswith("Would remove person person-ben-carter")
    assert "target intranet: the next `kmcore sync`" in run.out
    assert "recycle bins and trash" in run.out  # what kmcore cannot purge is said
    with kmcore.open(demo) as kb:
        assert kb.get("person-ben-carter")


def test_leavers_leave_the_directory_then_lose_their_profile(kb: kmcore.KnowledgeBase) -> None:
    profile = ExpertiseProfile(overview="Falls", last_confirmed_on=dt.date(2025, 1, 1))
    kb.add(Person(id="person-jo", display_name="Jo Bloggs", profile=profile))
    person = leave(kb, "person-jo", dt.date(2025, 1, 31))
    assert person.hidden_from_directory and person.profile is not None
    assert purge_leaver_profiles(kb, today=dt.date(2025, 4, 30)) == []  # 89 days: kept
    found = due(kb, today=dt.date(2025, 4, 30))
    assert [d.reason for d in found] == [
        "left on 2025-01-31: profile will be removed on 2025-05-01"]
    assert purge_leaver_profiles(kb, today=dt.date(2025, 5, 1)) == ["person-jo"]
    assert kb.get("person-jo").profile is None  # type: ignore[attr-defined]
    assert kb.get("person-jo").display_name == "Jo Bloggs"  # historical attribution stays  # type: ignore[attr-defined]


def test_leaver_retention_is_configurable(kb: kmcore.KnowledgeBase) -> None:
    with open(kb.root / "kmcore.toml", "a", encoding="utf-8") as fh:
        fh.write("\n[governance]\nleaver_profile_days = 0\n")
    kb.add(Person(id="person-jo", display_name="Jo", profile=ExpertiseProfile(overview="x")))
    leave(kb, "person-jo", dt.date(2025, 1, 31))
    assert purge_leaver_profiles(kb, today=dt.date(2025, 1, 31)) == ["person-jo"]


def test_review_due_lists_stale_records_and_profiles(kb: kmcore.KnowledgeBase) -> None:
    today = dt.date(2026, 6, 1)
    kb.add(Lesson(id="lesson-old", title="Old", statement="s", recommendation="r",
                  polarity=LessonPolarity.IMPROVE, status="published",  # type: ignore[arg-type]
                  review_due=dt.date(2026, 1, 1)))
    kb.add(Lesson(id="lesson-new", title="New", statement="s", recommendation="r",
                  polarity=LessonPolarity.IMPROVE, status="published",  # type: ignore[arg-type]
                  review_due=dt.date(2027, 1, 1)))
    kb.add(Person(id="person-a", display_name="A", profile=ExpertiseProfile(
        overview="x", last_confirmed_on=dt.date(2025, 5, 1))))
    kb.add(Person(id="person-b", display_name="B", profile=ExpertiseProfile(overview="x")))
    kb.add(Person(id="person-c", display_name="C", profile=ExpertiseProfile(
        overview="x", last_confirmed_on=dt.date(2026, 1, 1))))
    found = {d.record_id: d.reason for d in due(kb, today)}
    assert found == {
        "lesson-old": "review date 2026-01-01 has passed",
        "person-a": "expertise profile last confirmed 2025-05-01 (over 12 months ago)",
        "person-b": "expertise profile never confirmed by its person",
    }
    assert is_stale(kb.get("lesson-old"), today) and not is_stale(kb.get("lesson-new"), today)
    run = run_cli(["--kb", str(kb.root), "review", "due", "--json"])
    assert run.code == 0, run
    assert {d["id"] for d in json.loads(run.out)} == {"lesson-old", "person-a", "person-b"}


def test_audit_log_records_who_what_and_how(kb: kmcore.KnowledgeBase,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    kb.actor = "jsmith"
    kb.via = "intranet app"
    lesson = kb.add(Lesson(id="lesson-a", title="A", statement="s", recommendation="r",
                           polarity=LessonPolarity.IMPROVE))
    kb.update(attrs.evolve(lesson, title="A better title"))
    kb.delete("lesson-a")
    entries = [e for e in read_entries(kb.root) if e.id == "lesson-a"]
    assert [(e.op, e.who, e.via, e.revision) for e in entries] == [
        ("add", "jsmith", "intranet app", 1), ("update", "jsmith", "intranet app", 2),
        ("delete", "jsmith", "intranet app", 2)]
    assert entries[1].fields == ("title",)  # names, never values
    assert "A better title" not in (kb.root / ".kmcore" / "audit.log").read_text("utf-8")
    monkeypatch.setenv("KMCORE_ACTOR", "librarian-1")
    kb.add(Lesson(id="lesson-b", title="B", statement="s", recommendation="r",
                  polarity=LessonPolarity.IMPROVE))
    run = run_cli(["--kb", str(kb.root), "edit", "lesson-b", "--set", "title=Bee"])
    assert run.code == 0, run
    run = run_cli(["--kb", str(kb.root), "log", "lesson-b"])
    assert run.code == 0, run
    lines = run.out.strip().splitlines()
    assert lines[-1].endswith("librarian-1  kmcore edit  update lesson lesson-b (r2): title")
    run = run_cli(["--kb", str(kb.root), "log", "lesson-a", "--who", "jsmith", "--json"])
    assert [json.loads(line)["op"] for line in run.out.splitlines()] == [
        "add", "update", "delete"]
    run = run_cli(["--kb", str(kb.root), "log", "--since", "yesterday"])
    assert run.code == 2 and "write 7d, 24h, 2w or a date" in run.err


def test_saving_a_record_with_a_likely_nhs_number_warns_with_its_place(
        kb: kmcore.KnowledgeBase) -> None:
    kb.add(Lesson(id="lesson-pii", title="T", statement="s", recommendation="r",
                  polarity=LessonPolarity.IMPROVE))
    run = run_cli(["--kb", str(kb.root), "edit", "lesson-pii", "--set",
                   "statement=Patient NHS number 943 476 5919 was missed."])
    assert run.code == 0, run  # saved: the guard warns, sync is what holds it back
    assert ("Warning: lesson-pii: $.statement may hold a patient identifier (nhs number, high "
            "confidence) at character 20.") in run.err
    assert "943" not in run.err and "943" not in run.out
    run = run_cli(["--kb", str(kb.root), "edit", "lesson-pii", "--set", "statement=Fine."])
    assert run.code == 0 and "Warning" not in run.err


def test_forget_can_keep_public_task_attribution_and_drop_consent_based_naming(
        kb: kmcore.KnowledgeBase) -> None:
    from kmcore.records.base import Consent
    from kmcore.records.parts import Quote
    from kmcore.records.story import Requester, Story
    from kmcore.records.vocab import ConsentBasis, ConsentScope, StoryKind

    kb.add(Person(id="person-jo", display_name="Jo Bloggs", work_email="jo@nhs.net",
                  profile=ExpertiseProfile(overview="Falls")))
    kb.add(Lesson(id="lesson-work", title="Jo Bloggs's handover rule", statement="s",
                  recommendation="r", polarity=LessonPolarity.SUSTAIN, owner="person-jo"))
    kb.add(Story(id="story-consented", title="Told by Jo Bloggs", kind=StoryKind.KM_SUCCESS_STORY,
                 who_asked=Requester(person="person-jo", role="Matron"), challenge="c",
                 what_we_did="w", how_it_helped="h",
                 quote=Quote(text="It saved us a week.", person="person-jo"),
                 consents=(Consent(person="person-jo", scope=ConsentScope.ATTRIBUTION,
                                   basis=ConsentBasis.CONSENT),
                           Consent(person="person-jo", scope=ConsentScope.QUOTE))))
    erasure = forget(kb, "person-jo", keep_public_task_attribution=True)
    assert erasure.kept == {"lesson-work": "named on the public task basis"}
    lesson = kb.get("lesson-work")
    assert lesson.owner == "person-jo" and lesson.title == "Jo Bloggs's handover rule"  # type: ignore[attr-defined]
    story = kb.get("story-consented")
    assert story.quote is None and story.consents == ()  # type: ignore[attr-defined]
    assert story.who_asked.person is None and story.title == "Told by [name removed]"  # type: ignore[attr-defined]
    card = kb.get("person-jo")
    assert card.display_name == "Jo Bloggs"  # type: ignore[attr-defined]
    assert card.profile is None and card.work_email == ""  # type: ignore[attr-defined]
