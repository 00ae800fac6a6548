"""The html target's fault matrix: a real ``kmcore sync`` process, SIGKILLed at seeded random
points of a first and of an incremental sync (records retitled, set to draft, deleted, a
person objecting), then synced again, must leave exactly the site one clean sync produces:
every page, list, feed, search shard and the directory, byte for byte, with no temporary
file left over; and a later edit of any record is published, never mistaken for a hand edit.

The child process counts its durable steps (renames, deletions, fsyncs) and kills itself with
SIGKILL at the chosen one, so the kill lands between any two of them: mid-batch, between a
page and its journal line, half-way through finish(). ``KMCORE_FAULT_SEED`` picks other
points (the default seed keeps runs reproducible).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

import kmcore
from kmcore.demo.sample import ODS_CODE, ORGANISATION, sample_records
from kmcore.governance.people import forget
from kmcore.records.person import Objection
from kmcore.records.vocab import Status
from kmcore.testing.erasure import names_person

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

SEED = int(os.environ.get("KMCORE_FAULT_SEED", "1405"))
KILLS = 6  # kill points per scenario
# The child: count durable steps; SIGKILL itself at step KILL_AT (0: count only).
SCRIPT = r"""
import os, signal, sys
from kmcore.publish.html.target import HtmlSiteTarget
HtmlSiteTarget.batch_size = 9  # several batches, so kills land between them too
KILL_AT = int(os.environ["FAULT_KILL_AT"])
COUNT_FILE = os.environ["FAULT_COUNT_FILE"]
steps = 0
def step():
    global steps
    steps += 1
    if steps == KILL_AT:
        os.kill(os.getpid(), signal.SIGKILL)
def wrap(fn):
    def inner(*args, **kwargs):
        step()
        out = fn(*args, **kwargs)
        step()
        return out
    return inner
os.replace = wrap(os.replace)
os.unlink = wrap(os.unlink)
os.fsync = wrap(os.fsync)
from kmcore.cli import main
try:
    code = main(sys.argv[1:])
finally:
    with open(COUNT_FILE, "w") as fh:
        fh.write(str(steps))
sys.exit(code)
"""


def _sync(root: Path, kill_at: int = 0) -> tuple[subprocess.CompletedProcess[str], int]:
    count = root.parent / f"steps-{root.name}.txt"
    env = {**os.environ, "KMCORE_LOAD_PLUGINS": "", "FAULT_KILL_AT": str(kill_at),
           "FAULT_COUNT_FILE": str(count)}
    done = subprocess.run([sys.executable, "-c", SCRIPT, "--kb", str(root), "sync",
                           "--no-progress"], env=env, capture_output=True, text=True,
                          timeout=120)
    steps = int(count.read_text()) if count.exists() else -1
    count.unlink(missing_ok=True)
    return done, steps


def site_files(root: Path) -> dict[str, bytes]:
    """Everything a reader can open: every file of the site but kmcore's bookkeeping."""
    site = root / "site"
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*"))
            if p.is_file() and ".kmcore-site" not in p.relative_to(site).parts}


def _kb(root: Path) -> Path:
    with kmcore.init(root, name="Fault hub", organisation=ORGANISATION,
                     ods_code=ODS_CODE) as kb:
        for record in sample_records():
            kb.add(record)
    # Leavers' profiles past retention go now, not at each sync's own time: every copy of
    # this knowledge base then holds the same records, timestamps included.
    purge = subprocess.run([sys.executable, "-c", "from kmcore.cli import main; main()",
                            "--kb", str(root), "person", "purge"], capture_output=True,
                           text=True, timeout=60)
    assert purge.returncode == 0, purge.stdout + purge.stderr
    with open(root / "kmcore.toml", "a", encoding="utf-8") as fh:
        fh.write('\n[targets.intranet]\nbackend = "html"\npath = "site"\n')
    return root


RETITLED = ("lesson-cohort-bay-handover-rule", "lesson-sepsis-bleep-escalation")
DRAFTED = ("lesson-involve-night-staff-early",)
DELETED = ("lesson-sepsis-trolley-daily-check",)
OBJECTING = "person-priya-raman"
FORGOTTEN, FORGOTTEN_NAME = "person-ben-carter", "Ben Carter"


def incremental_changes(root: Path) -> None:
    """Retitle, set to draft, delete, a person erased (``kmcore person forget``) and one
    objecting to being listed."""
    with kmcore.open(root) as kb:
        for record_id in RETITLED:
            record: Any = kb.get(record_id)
            kb.update(attrs.evolve(record, title=f"{record.label} (revised)"))
        for record_id in DRAFTED:
            kb.update(attrs.evolve(kb.get(record_id), status=Status.DRAFT))
        for record_id in DELETED:
            kb.delete(record_id)
        forget(kb, FORGOTTEN)
        person: Any = kb.get(OBJECTING)
        assert person.profile is not None
        kb.update(attrs.evolve(person, profile=attrs.evolve(
            person.profile, objection=Objection(raised_on=person.updated_at.date(),
                                                scope="whole profile"))))


def later_edits(root: Path) -> list[str]:
    """Retitle every lesson: each must be published (none taken for a hand edit)."""
    with kmcore.open(root) as kb:
        edited = []
        lesson: Any
        for lesson in kb.records("lesson"):
            kb.update(attrs.evolve(lesson, title=f"{lesson.label} (2nd edition)"))
            edited.append(lesson.id)
    return edited


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _kb(tmp_path_factory.mktemp("faults") / "fresh")


@pytest.fixture(scope="module")
def synced(fresh: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("faults") / "synced"
    shutil.copytree(fresh, root)
    done, _ = _sync(root)
    assert done.returncode == 0, done.stdout + done.stderr
    return root


@pytest.fixture(scope="module")
def changed(synced: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The synced knowledge base after :func:`incremental_changes` (made once: every copy
    then holds the same records, timestamps included)."""
    root = tmp_path_factory.mktemp("faults") / "changed"
    shutil.copytree(synced, root)
    incremental_changes(root)
    _break_files(root)  # and two record files nobody can read: every run goes on, exit 4
    return root


def _clean(start: Path, tmp: Path, code: int = 0) -> tuple[dict[str, bytes], int]:
    """The site one clean sync produces from *start*, and its step count."""
    root = tmp / "clean"
    shutil.copytree(start, root)
    done, steps = _sync(root)
    assert done.returncode == code, done.stdout + done.stderr
    return site_files(root), steps


def _points(steps: int, salt: str) -> list[int]:
    rng = random.Random(f"{SEED}:{salt}")
    return sorted(rng.sample(range(1, steps + 1), min(KILLS, steps)))


def _names_nowhere(files: dict[str, bytes], *needles: str) -> None:
    named = [names_person(n) for n in needles if " " in n]
    for path, data in files.items():
        for needle in needles:
            assert needle.encode() not in data, f"{path} still names {needle!r}"
        text = data.decode("utf-8", errors="replace")
        assert not any(n(text) for n in named), f"{path} still names a withdrawn person"


def _kill_and_resume(start: Path, tmp: Path, salt: str, code: int = 0) -> None:
    """*code*: what every finished sync exits with (4 with an unreadable record file)."""
    clean, steps = _clean(start, tmp, code)
    assert steps > 20, steps
    for point in _points(steps, salt):
        root = tmp / f"killed-{point}"
        shutil.copytree(start, root)
        killed, _ = _sync(root, point)
        assert killed.returncode == -signal.SIGKILL, (point, killed.stdout + killed.stderr)
        done, _ = _sync(root)
        assert done.returncode == code, (point, done.stdout + done.stderr)
        got = site_files(root)
        assert sorted(got) == sorted(clean), (point, set(got) ^ set(clean))
        differ = [p for p in clean if got[p] != clean[p]]
        assert not differ, (point, differ[:10])
        # A later edit of every lesson is published: no page kmcore wrote (before or after
        # the kill) is taken for a person's edit.
        edited = later_edits(root)
        again, _ = _sync(root)
        assert again.returncode == code, (point, again.stdout + again.stderr)
        assert "conflict" not in again.stdout.lower(), (point, again.stdout)
        for record_id in edited:
            page = root / "site" / "lessons" / f"{record_id}.html"
            if page.exists():
                assert b"(2nd edition)" in page.read_bytes(), (point, record_id)
        shutil.rmtree(root)


def test_a_killed_first_sync_converges_to_the_clean_site(fresh: Path, tmp_path: Path) -> None:
    _kill_and_resume(fresh, tmp_path, "first")


def test_a_killed_incremental_sync_converges_to_the_clean_site(changed: Path,
                                                                tmp_path: Path) -> None:
    _kill_and_resume(changed, tmp_path, "incremental", code=4)


def test_the_clean_incremental_site_names_nothing_withdrawn(changed: Path,
                                                            tmp_path: Path) -> None:
    clean, _ = _clean(changed, tmp_path, code=4)
    _names_nowhere(clean, OBJECTING, "Priya Raman", FORGOTTEN, FORGOTTEN_NAME, *DRAFTED,
                   *DELETED)


# --- one unreadable record never stops the site -------------------------------------------------

BROKEN = "lesson-whiteboard-super-users"  # owned by Fatima Hussain: her page links to it
BAD_CHOICE = "lesson-ttos-prescribed-day-before"  # owned by Li Wei


def _break_files(root: Path) -> None:
    """A JSON typo in one record file and a value that is not an allowed choice in another."""
    with kmcore.open(root) as kb:
        store: Any = kb.store
        broken = store.path_of("lesson", BROKEN)
        bad = store.path_of("lesson", BAD_CHOICE)
    broken.write_bytes(broken.read_bytes().replace(b'"title":', b'"title"', 1))
    data = json.loads(bad.read_bytes())
    data["polarity"] = "sometimes"
    bad.write_text(json.dumps(data), encoding="utf-8")


def test_an_unreadable_record_never_stops_the_finishing_step(synced: Path,
                                                             tmp_path: Path) -> None:
    root = tmp_path / "kb"
    shutil.copytree(synced, root)
    _break_files(root)
    with kmcore.open(root) as kb:  # a record linked to the broken ones changes
        for person_id in ("person-fatima-hussain", "person-li-wei"):
            person: Any = kb.get(person_id)
            kb.update(attrs.evolve(person, display_name=f"{person.label} Jones"))
    done, _ = _sync(root)
    assert done.returncode == 4, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert BROKEN in done.stdout and "could not be read" in done.stdout
    site = root / "site"
    listing = (site / "people" / "index.html").read_text(encoding="utf-8")
    assert "Fatima Hussain Jones" in listing and "Li Wei Jones" in listing
    assert "Fatima Hussain Jones" in (site / "feeds" / "people.xml").read_text("utf-8")
    assert "Fatima Hussain Jones" in (site / "search" / "people.js").read_text("utf-8")
    # The unreadable records' pages are left as they were (published, not withdrawn).
    assert (site / "lessons" / f"{BROKEN}.html").is_file()
    # The next run says so again, and still finishes.
    again, _ = _sync(root)
    assert again.returncode == 4, again.stdout + again.stderr


def test_a_record_never_published_because_unreadable_is_not_published_here(
        fresh: Path, tmp_path: Path) -> None:
    root = tmp_path / "kb"
    shutil.copytree(fresh, root)
    _break_files(root)
    done, _ = _sync(root)
    assert done.returncode == 4, done.stdout + done.stderr
    site = root / "site"
    assert not (site / "lessons" / f"{BROKEN}.html").exists()
    page = (site / "people" / "person-fatima-hussain.html").read_text(encoding="utf-8")
    assert BROKEN not in page


# --- settings every page shows ------------------------------------------------------------------


def test_changing_title_or_base_url_redraws_every_page(synced: Path, tmp_path: Path) -> None:
    root = tmp_path / "kb"
    shutil.copytree(synced, root)
    toml = root / "kmcore.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + 'title = "Renamed hub"\n'
                    'base_url = "https://intranet.example.nhs.uk/km/"\n', encoding="utf-8")
    done, _ = _sync(root)
    assert done.returncode == 0, done.stdout + done.stderr
    files = site_files(root)
    html = [p for p in files if p.endswith(".html") and not p.startswith("fragments/")]
    stale = [p for p in html if b"Renamed hub" not in files[p]]
    assert not stale, stale[:5]
    feed = files["feeds/lessons.xml"].decode()
    assert "https://intranet.example.nhs.uk/km/lessons/" in feed


# --- a folder kmcore did not create ---------------------------------------------------------------


def test_a_folder_kmcore_did_not_create_is_refused_then_adopted_without_overwriting(
        fresh: Path, tmp_path: Path) -> None:
    root = tmp_path / "kb"
    shutil.copytree(fresh, root)
    (root / "site").mkdir()
    mine = root / "site" / "index.html"
    mine.write_text("<p>the team's own page</p>", encoding="utf-8")
    notes = root / "site" / "notes.txt"
    notes.write_text("minutes", encoding="utf-8")
    refused, _ = _sync(root)
    assert refused.returncode == 1, refused.stdout + refused.stderr
    assert "adopt_folder = true" in refused.stdout + refused.stderr
    assert sorted(p.name for p in (root / "site").iterdir()) == ["index.html", "notes.txt"]
    toml = root / "kmcore.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + "adopt_folder = true\n",
                    encoding="utf-8")
    adopted, _ = _sync(root)
    # Every record page is written; the home page is not, since a file kmcore did not
    # write is never replaced: the run says so and fails.
    assert adopted.returncode == 1, adopted.stdout + adopted.stderr
    assert "index.html" in adopted.stdout and "not written by kmcore" in adopted.stdout
    assert mine.read_text(encoding="utf-8") == "<p>the team's own page</p>"
    assert notes.read_text(encoding="utf-8") == "minutes"
    assert (root / "site" / "lessons" / f"{BROKEN}.html").is_file()
    mine.unlink()  # moved away: the next sync builds the home page, and leaves the notes
    done, _ = _sync(root)
    assert done.returncode == 0, done.stdout + done.stderr
    assert (root / "site" / "index.html").is_file()
    assert notes.read_text(encoding="utf-8") == "minutes"


def test_temporary_files_left_in_record_folders_are_removed(synced: Path,
                                                            tmp_path: Path) -> None:
    """A save killed half-way (``kmcore edit``, an import) leaves ``.<file>.<hex>.tmp``
    beside the record files: the next sync removes it, and nothing else."""
    root = tmp_path / "kb"
    shutil.copytree(synced, root)
    left = root / "lessons" / f".{BROKEN}.json.0123456789ab.tmp"
    left.write_text('{"half": ', encoding="utf-8")
    kept = root / "lessons" / ".my-notes.tmp"
    kept.write_text("not kmcore's", encoding="utf-8")
    done, _ = _sync(root)
    assert done.returncode == 0, done.stdout + done.stderr
    assert not left.exists()
    assert kept.exists()
