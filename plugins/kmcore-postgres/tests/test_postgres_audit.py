"""The audit log kept in the database: each entry written in the same transaction as the
change it records, read by ``kmcore log``, and scrubbed by an erasure."""

from __future__ import annotations

from pathlib import Path

import attrs
import psycopg
import pytest
from kmcore_postgres.testing import TempServer
from pg_helpers import make_kb, run_cli, schema_for
from psycopg import sql

import kmcore
from kmcore.errors import Conflict, StoreError
from kmcore.records.lesson import Lesson


def lesson(title: str) -> Lesson:
    return Lesson(title=title, statement="Booking the room early avoided a clash.",  # type: ignore[arg-type]
                  recommendation="Book the room when the date is set.", polarity="sustain")


def audit_rows(server: TempServer, schema: str) -> list[tuple[str, dict[str, object]]]:
    with psycopg.connect(server.conninfo()) as conn:
        return [(str(r[0]), r[1]) for r in conn.execute(sql.SQL(
            "SELECT db_role, entry FROM {s}.audit ORDER BY seq").format(
                s=sql.Identifier(schema))).fetchall()]


def test_every_write_is_audited_in_the_database(pg_server: TempServer, tmp_path: Path) -> None:
    schema = schema_for(tmp_path)
    root = make_kb(tmp_path / "kb", pg_server, schema)
    with kmcore.open(root) as kb:
        kb.actor = "jsmith"
        first = kb.add(lesson("Book rooms early"))
        kb.update(attrs.evolve(first, title="Book rooms very early"))
        batch = kb.save_many([lesson(f"Lesson {n}") for n in range(3)], note="from a test")
        kb.delete(batch[0])
        entries = list(kb.audit_entries())
    assert [(e.op, e.id, e.revision) for e in entries] == [
        ("add", first.id, 1), ("update", first.id, 2), ("batch", "", None),
        ("delete", batch[0].id, 1)]
    assert entries[1].fields == ("title",)
    assert "3 added" in entries[2].note and "from a test" in entries[2].note
    assert {e.who for e in entries} == {"jsmith"}
    # In the database, with the role that wrote each entry; nothing in the folder.
    rows = audit_rows(pg_server, schema)
    assert len(rows) == 4 and {role for role, _ in rows} == {pg_server.superuser}
    assert not (root / ".kmcore" / "audit.log").exists()
    code, out, err = run_cli(["--kb", str(root), "log", first.id])
    assert code == 0, err
    assert "update lesson" in out and "title" in out and "jsmith" in out


def test_a_refused_write_leaves_no_audit_entry(pg_server: TempServer, tmp_path: Path) -> None:
    schema = schema_for(tmp_path)
    root = make_kb(tmp_path / "kb", pg_server, schema)
    with kmcore.open(root) as kb:
        saved = kb.save_many([lesson("One"), lesson("Two")])
        kb.update(attrs.evolve(saved[0], title="One, edited"))
        with pytest.raises(Conflict):
            kb.update(attrs.evolve(saved[0], title="A stale edit"))
        with pytest.raises(Conflict):
            kb.save_many([attrs.evolve(saved[0], title="Stale"), lesson("Three")])
    assert [e["op"] for _, e in audit_rows(pg_server, schema)] == ["batch", "update"]


def test_a_write_whose_audit_entry_fails_is_not_saved(pg_server: TempServer,
                                                      tmp_path: Path) -> None:
    """The entry and the change are one transaction: if the entry cannot be written, the
    record and its change feed entry are not either."""
    schema = schema_for(tmp_path)
    root = make_kb(tmp_path / "kb", pg_server, schema)
    with kmcore.open(root) as kb:
        kept = kb.add(lesson("Kept"))
        _, cursor = kb.changes()
        with psycopg.connect(pg_server.conninfo()) as conn:
            conn.execute(sql.SQL("ALTER TABLE {s}.audit ADD CONSTRAINT closed CHECK (false) "
                                 "NOT VALID").format(s=sql.Identifier(schema)))
        with pytest.raises(StoreError, match="closed"):
            kb.add(lesson("Lost"))
        with pytest.raises(StoreError):
            kb.update(attrs.evolve(kept, title="Lost edit"))
        with pytest.raises(StoreError):
            kb.save_many([lesson("Lost 1"), lesson("Lost 2")])
        with pytest.raises(StoreError):
            kb.delete(kept)
        assert [r.title for r in kb.records("lesson")] == ["Kept"]
        assert kb.changes(cursor)[0] == []
    assert len(audit_rows(pg_server, schema)) == 1


def test_migrate_adds_the_audit_log_to_a_version_1_schema(
        pg_server: TempServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kmcore_postgres import schema as layout

    schema = schema_for(tmp_path)
    root = make_kb(tmp_path / "kb", pg_server, schema, migrate=False)
    with monkeypatch.context() as patch:
        patch.setattr(layout, "STEPS", layout.STEPS[:1])
        patch.setattr(layout, "LATEST", 1)
        with psycopg.connect(pg_server.conninfo()) as conn:
            assert layout.migrate(conn, schema) == (0, 1)
    with pytest.raises(StoreError, match="older than this kmcore-postgres"):
        kmcore.open(root)
    code, out, err = run_cli(["--kb", str(root), "postgres", "migrate"])
    assert (code, out.strip()) == (0, f"schema {schema} migrated from version 1 to 5"), err
    with kmcore.open(root) as kb:
        kb.add(lesson("After the upgrade"))
        assert [e.op for e in kb.audit_entries()] == ["add"]


def test_store_copy_brings_the_audit_log_along(pg_server: TempServer, tmp_path: Path) -> None:
    """Moving into the database (and back out) keeps the history of who changed what: the
    folder's audit log goes into the database's, once, however often the copy runs."""
    import tomllib

    root = tmp_path / "kb"
    kmcore.init(root, ods_code="RT3").close()
    with kmcore.open(root) as kb:
        kb.actor = "jsmith"
        first = kb.add(lesson("Written in the folder"))
        kb.update(attrs.evolve(first, title="Edited in the folder"))
    folder_log = (root / ".kmcore" / "audit.log").read_text(encoding="utf-8")
    assert folder_log.count("\n") == 2
    schema = schema_for(tmp_path)
    table = pg_server.store_table(schema=schema)
    settings = tomllib.loads((root / "kmcore.toml").read_text(encoding="utf-8"))
    assert "store" not in settings
    with open(root / "kmcore.toml", "a", encoding="utf-8") as fh:
        fh.write("\n[store]\n" + "".join(
            f"{k} = {v!r}\n".replace("'", '"') for k, v in table.items()))
    from pg_helpers import migrated

    migrated(pg_server, schema)
    with kmcore.open(root) as kb:  # before the copy: the folder's entries are still shown
        assert [e.op for e in kb.audit_entries()] == ["add", "update"]
    args = ["--kb", str(root), "store", "copy", "--to", "postgres"]
    code, out, err = run_cli(args)
    assert code == 0, err
    assert "copied 2 audit log entries to postgres" in out
    code, out, err = run_cli(args)  # again: nothing twice
    assert code == 0, err
    assert "audit log entries" not in out
    with kmcore.open(root) as kb:
        entries = list(kb.audit_entries())
        assert [(e.op, e.id, e.who) for e in entries] == [
            ("add", first.id, "jsmith"), ("update", first.id, "jsmith")]
        kb.add(lesson("Written in the database"))
        assert [e.op for e in kb.audit_entries()] == ["add", "update", "add"]
    code, out, err = run_cli(["--kb", str(root), "store", "copy", "--to", "local"])
    assert code == 0, err
    assert "copied 1 audit log entries to local" in out
    lines = (root / ".kmcore" / "audit.log").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3 and "Written in the database" not in lines[2]


@pytest.mark.parametrize("backend", ["postgres", "local"])
def test_an_erasure_takes_the_persons_own_login_out_of_who(
        pg_server: TempServer, tmp_path: Path, backend: str) -> None:
    """Entries of changes the forgotten person made themselves name them in ``who`` (their
    login, or KMCORE_ACTOR set to their e-mail): those become the pseudonym too, in the
    database and in the folder's audit log alike; others' entries keep their ``who``."""
    from kmcore.governance.people import forget
    from kmcore.records.person import Person

    if backend == "postgres":
        root = make_kb(tmp_path / "kb", pg_server, schema_for(tmp_path))
    else:
        root = tmp_path / "kb"
        kmcore.init(root, name="KB", organisation="Bench Trust", ods_code="RT3").close()
    with kmcore.open(root) as kb:
        kb.actor = "jsmith"
        kb.add(Person(id="person-amara-okafor", display_name="Amara Okafor",  # type: ignore[arg-type]
                      given_name="Amara", family_name="Okafor",
                      work_email="amara.okafor@nhs.net"))
        for login in ("amara.okafor", "NHS\\AMARA.OKAFOR", "amara.okafor@nhs.net"):
            kb.actor = login
            kb.add(lesson(f"A lesson by {login}"))
        kb.actor = "jsmith"
        erasure = forget(kb, "person-amara-okafor")
        whos = [e.who for e in kb.audit_entries()]
    assert whos[0] == "jsmith" and whos[-1] == "jsmith"  # her record added, then deleted
    assert whos[1:4] == [erasure.pseudonym] * 3
    text = " ".join(whos).lower()
    assert "amara" not in text and "okafor" not in text
