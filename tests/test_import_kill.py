"""A real crash in the middle of an import's batch write: the process is killed (SIGKILL)
after some records of a batch are in place. Whole records only are left, and running the
same import again completes it."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import kmcore
from kmcore.io.importer import import_file, interrupted_import
from kmcore.records.person import Person

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")

ROWS = 1200
KILL_AT = 730  # the 730th record file renamed into place: in the middle of the second batch

_CHILD = textwrap.dedent("""
    import os, signal, sys
    import kmcore
    from kmcore.io import importer
    from kmcore.store import local

    importer.BATCH = 500
    renamed = [0]
    real = local.retry_on_windows

    def replace_then_maybe_die(action, *args):
        real(action, *args)
        if action is os.replace:
            renamed[0] += 1
            if renamed[0] == int(sys.argv[3]):
                os.kill(os.getpid(), signal.SIGKILL)

    local.retry_on_windows = replace_then_maybe_die
    kb = kmcore.open(sys.argv[1])
    importer.import_file(kb, sys.argv[2], "innovation")
    print("finished without being killed")
""")


def test_a_killed_import_leaves_whole_records_and_completes_when_run_again(
        tmp_path: Path) -> None:
    root = tmp_path / "kb"
    with kmcore.init(root, name="KB", organisation="Trust") as kb:
        kb.add(Person(id="person-amara-okafor", display_name="Amara Okafor"))
    log = tmp_path / "log.csv"
    with log.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Ref", "Title", "Lead", "Status", "Problem", "What was done"])
        for i in range(ROWS):
            writer.writerow([f"R{i:05d}", f"Change {i}", "Amara Okafor", "PDSA cycle 1",
                             f"Problem {i}", f"What we did {i}"])
    child = subprocess.run([sys.executable, "-c", _CHILD, str(root), str(log), str(KILL_AT)],
                           capture_output=True, text=True, timeout=300,
                           env={**os.environ, "KMCORE_LOAD_PLUGINS": ""})
    assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr

    folder = root / "innovations"
    files = [p for p in folder.iterdir() if p.suffix == ".json" and not p.name.startswith(".")]
    assert len(files) == KILL_AT  # the first batch and part of the second
    for path in files:  # every file there is a whole, valid record
        record = json.loads(path.read_text(encoding="utf-8"))
        assert record["stage"] == "testing" and record["id"] == path.stem
    with kmcore.open(root) as kb:
        assert kb.validate() == []
        assert interrupted_import(kb) is not None
        # The feed announced the whole second batch before any of its files changed.
        changes, _ = kb.changes()
        announced = {c.record_id for c in changes if c.record_type == "innovation"}
        assert {p.stem for p in files} <= announced and len(announced) == 1000
        result = import_file(kb, log, "innovation")
        assert result.counts == {"create": ROWS - KILL_AT, "update": 0, "unchanged": KILL_AT}
        assert kb.count("innovation") == ROWS
        assert interrupted_import(kb) is None
        # One audit entry per batch, with its row count (not one per record).
        audit = (root / ".kmcore" / "audit.log").read_text(encoding="utf-8").splitlines()
        batches = [json.loads(line) for line in audit if '"op":"batch"' in line]
        assert [b["note"].split(" records")[0] for b in batches] == ["500", "470"]
        from kmcore.audit import read_entries

        shown = [e.text() for e in read_entries(root) if e.op == "batch"]
        assert len(shown) == 2 and "batch innovation — 470 records in one batch" in shown[1]
        assert shown[1].endswith("from log.csv")
