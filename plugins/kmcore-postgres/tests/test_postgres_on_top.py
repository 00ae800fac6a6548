"""Everything kmcore does works unchanged on a knowledge base kept in PostgreSQL: sync to the
intranet site, import, export, review, search, the impact report, and an erasure that reaches
the database's records and change feed as well as the audit log."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import psycopg
import pytest
from kmcore_postgres.store import PostgresStore
from kmcore_postgres.testing import TempServer
from pg_helpers import migrated, run_cli, schema_for, toml_value

import kmcore
from kmcore.errors import NotFound
from kmcore.governance.people import FORMER_STAFF_ID, forget

REPO = Path(__file__).resolve().parents[3]
LOG = REPO / "tests" / "data" / "innovations-log.xlsx"
NEEDLES = ["Amara", "Okafor", "amara-okafor", "amara.okafor"]


@pytest.fixture
def demo_on_postgres(pg_server: TempServer, tmp_path: Path) -> tuple[Path, str]:
    root = tmp_path / "demo"
    code, _, err = run_cli(["demo", str(root)])
    assert code == 0, err
    schema = schema_for(tmp_path)
    table = pg_server.store_table(schema=schema)
    with open(root / "kmcore.toml", encoding="utf-8") as fh:
        text = fh.read()
    lines = ["[store]"] + [f"{k} = {toml_value(v)}" for k, v in table.items()]
    # [store] goes first: the demo's file ends inside a [targets...] table.
    (root / "kmcore.toml").write_text("\n".join(lines) + "\n\n" + text, encoding="utf-8")
    migrated(pg_server, schema)
    code, out, err = run_cli(["--kb", str(root), "store", "copy", "--to", "postgres",
                              "--move"])
    assert code == 0, err
    assert "postgres holds the only copy" in out
    assert not list(root.glob("innovations/*.json"))
    return root, schema


def _database_mentions(server: TempServer, schema: str, needles: list[str]) -> list[str]:
    found = []
    with psycopg.connect(server.conninfo()) as conn:
        for table in ("records", "changes", "audit"):
            for needle in needles:
                row = conn.execute(f"SELECT count(*) FROM {schema}.{table} AS t "
                                   "WHERE t::text ILIKE %s", (f"%{needle}%",)).fetchone()
                if row and row[0]:
                    found.append(f"{table}: {needle} x{row[0]}")
    return found


def _files_mentioning(root: Path, needles: list[str]) -> list[str]:
    found = []
    for path in root.rglob("*"):
        if path.is_file():
            text = path.read_bytes().decode("utf-8", errors="replace")
            if any(n in text for n in needles):
                found.append(path.relative_to(root).as_posix())
    return found


def test_sync_search_report_and_forget(pg_server: TempServer,
                                      demo_on_postgres: tuple[Path, str]) -> None:
    root, schema = demo_on_postgres
    code, out, err = run_cli(["--kb", str(root), "sync"])
    assert code == 0, err + out
    with kmcore.open(root) as kb:
        assert isinstance(kb.store, PostgresStore)
        assert kb.search("huddle").hits
        assert _database_mentions(pg_server, schema, NEEDLES)
        # An edit of her record puts her id in the audit log kept in the database.
        amara = kb.get("person-amara-okafor")
        kb.update(attrs.evolve(amara, job_title="Matron"))
        assert [m for m in _database_mentions(pg_server, schema, NEEDLES)
                if m.startswith("audit")]
        erasure = forget(kb, "person-amara-okafor")
        assert erasure.applied
        with pytest.raises(NotFound):
            kb.get("person-amara-okafor")
        assert kb.get("inn-evidence-huddles").lead == FORMER_STAFF_ID  # type: ignore[attr-defined]
    # The database keeps no trace: not in a record, the change feed or the audit log.
    assert _database_mentions(pg_server, schema, NEEDLES) == []
    code, out, err = run_cli(["--kb", str(root), "sync"])
    assert code == 0, err + out
    assert "withdrew 1 person" in out
    # The search index follows the change feed: its next refresh drops her.
    code, out, err = run_cli(["--kb", str(root), "index"])
    assert code == 0, err
    # Nor does the folder keep a trace: audit log, site, the targets' state, the index.
    assert _files_mentioning(root, NEEDLES) == []
    code, out, err = run_cli(["--kb", str(root), "report", "-o", str(root.parent / "p.html"),
                              "--from", "2000-01-01", "--to", "2100-01-01"])
    assert code == 0, err


def test_import_export_and_review(demo_on_postgres: tuple[Path, str], tmp_path: Path) -> None:
    root, _ = demo_on_postgres
    code, out, err = run_cli(["--kb", str(root), "import", str(LOG), "--type", "innovation",
                              "--yes", "--json"])
    assert code == 3, err  # the log has rows with problems, reported and not saved
    result = json.loads(out)
    assert result["applied"] and result["counts"]["create"] >= 3
    with kmcore.open(root) as kb:
        before = len(list(kb.records("innovation")))
    code, out, err = run_cli(["--kb", str(root), "export", "--type", "innovation", "--format",
                              "csv", "-o", str(tmp_path / "out.csv")])
    assert code == 0, err
    code, out, err = run_cli(["--kb", str(root), "review", "list"])
    assert code in (0, 1), err
    import csv

    with open(tmp_path / "out.csv", encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.DictReader(fh))) == before
