"""A knowledge base on PostgreSQL: configuration, migrate, and kmcore working unchanged on top."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import attrs
import pytest
from kmcore_postgres.settings import PostgresSettings
from kmcore_postgres.store import PostgresStore
from kmcore_postgres.testing import TempServer
from pg_helpers import make_kb, run_cli, schema_for

import kmcore
from kmcore.errors import ConfigError, Conflict, StoreError
from kmcore.records.lesson import Lesson


def lesson(title: str = "Book rooms early", **more: object) -> Lesson:
    return Lesson(title=title, statement="Booking the room early avoided a clash.",  # type: ignore[arg-type]
                  recommendation="Book the room when the date is set.", polarity="sustain",
                  **more)


# --- configuration -------------------------------------------------------------------------


def test_unknown_setting_is_refused_with_the_closest_key() -> None:
    with pytest.raises(ConfigError) as caught:
        PostgresSettings.from_mapping({"backend": "postgres", "hostname": "db"})
    assert str(caught.value) == "kmcore.toml: $.store.hostname: is not a setting of the " \
                                "postgres store"
    assert caught.value.hint is not None and caught.value.hint.startswith("Did you mean host?")


@pytest.mark.parametrize("key", ["password", "conninfo", "dsn", "sslpassword"])
def test_a_secret_in_kmcore_toml_is_refused(key: str) -> None:
    with pytest.raises(ConfigError) as caught:
        PostgresSettings.from_mapping({key: "hunter2"})
    assert "is a secret" in str(caught.value)
    assert "hunter2" not in str(caught.value) and "hunter2" not in (caught.value.hint or "")
    assert "PGPASSWORD" in (caught.value.hint or "")


def test_a_connection_string_with_a_password_in_host_is_refused() -> None:
    with pytest.raises(ConfigError) as caught:
        PostgresSettings.from_mapping({"host": "postgresql://u:pw@db/kb"})
    assert "$.store.host" in str(caught.value) and "pw" not in str(caught.value)


@pytest.mark.parametrize(("key", "value", "words"), [
    ("sslmode", "verify_full", "Did you mean verify-full?"),
    ("schema", "Hub-North", "lower-case letters"),
    ("port", "5432", "whole number"),
    ("conninfo_env", "host=db", "must be an environment variable name"),
    # Ranges and types from kmcore's settings layer (each was accepted before it).
    ("port", 70000, "from 1 to 65535"),
    ("pool_size", 0, "from 1 to 100"),
    ("connect_timeout", True, "whole number"),
    ("schema", "pg_catalog", "PostgreSQL's own"),
    ("sslrootcert", "", "file or folder path"),
])
def test_bad_values_are_refused(key: str, value: object, words: str) -> None:
    with pytest.raises(ConfigError) as caught:
        PostgresSettings.from_mapping({key: value})
    assert f"$.store.{key}" in str(caught.value)
    assert words in str(caught.value) + (caught.value.hint or "")


def test_store_settings_go_through_kmcores_settings_layer(tmp_path: Path) -> None:
    """The same layer as the targets' settings: relative file paths start from the knowledge
    base folder (not wherever the command happens to run), and kmcore.open reports a
    mistake as $.store.KEY before it connects."""
    settings = PostgresSettings.from_mapping(
        {"backend": "postgres", "passfile": "secrets/pgpass", "sslrootcert": "/etc/ca.pem"},
        base=tmp_path)
    assert settings.passfile == tmp_path / "secrets" / "pgpass"
    assert f"passfile={tmp_path / 'secrets' / 'pgpass'}" in settings.conninfo({})
    kmcore.init(tmp_path / "kb").close()
    with open(tmp_path / "kb" / "kmcore.toml", "a", encoding="utf-8") as fh:
        fh.write('\n[store]\nbackend = "postgres"\nport = 99999\n')
    with pytest.raises(ConfigError) as caught:
        kmcore.open(tmp_path / "kb")
    assert str(caught.value).startswith("kmcore.toml: $.store.port: ")


def test_conninfo_env_supplies_the_connection_string() -> None:
    settings = PostgresSettings.from_mapping({"conninfo_env": "KB_PG", "schema": "kb"})
    text = settings.conninfo({"KB_PG": "host=db.example port=6543 password=s3cret"})
    assert "host=db.example" in text and "port=6543" in text and "password=s3cret" in text
    with pytest.raises(ConfigError) as caught:
        settings.conninfo({})
    assert "KB_PG is not set" in str(caught.value)


def test_local_store_has_no_settings(tmp_path: Path) -> None:
    kmcore.init(tmp_path / "kb").close()
    with open(tmp_path / "kb" / "kmcore.toml", "a", encoding="utf-8") as fh:
        fh.write('\n[store]\nbackend = "local"\nhost = "db"\n')
    with pytest.raises(ConfigError) as caught:
        kmcore.open(tmp_path / "kb")
    assert "$.store.host: is not a setting of the local store" in str(caught.value)


# --- migrate -------------------------------------------------------------------------------


def test_opening_before_migrate_says_what_to_run(pg_server: TempServer, tmp_path: Path) -> None:
    root = make_kb(tmp_path / "kb", pg_server, schema_for(tmp_path), migrate=False)
    with pytest.raises(StoreError) as caught:
        kmcore.open(root)
    assert "has no kmcore tables yet" in str(caught.value)
    assert "kmcore postgres migrate" in (caught.value.hint or "")


def test_migrate_command_then_check(pg_server: TempServer, tmp_path: Path) -> None:
    schema = schema_for(tmp_path)
    root = make_kb(tmp_path / "kb", pg_server, schema, migrate=False)
    code, out, _ = run_cli(["--kb", str(root), "postgres", "migrate", "--check"])
    assert code == 1 and "version 0" in out
    code, out, err = run_cli(["--kb", str(root), "postgres", "migrate"])
    assert (code, out.strip()) == (0, f"schema {schema} migrated from version 0 to 5"), err
    code, out, _ = run_cli(["--kb", str(root), "postgres", "migrate"])
    assert (code, out.strip()) == (0, f"schema {schema} is at version 5: nothing to do")
    code, out, _ = run_cli(["--kb", str(root), "postgres", "migrate", "--check"])
    assert code == 0 and "up to date" in out


def test_unreachable_server_is_one_line_with_a_hint(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    kmcore.init(root).close()
    with open(root / "kmcore.toml", "a", encoding="utf-8") as fh:
        fh.write('\n[store]\nbackend = "postgres"\nhost = "127.0.0.1"\nport = 1\n'
                 'connect_timeout = 2\n')
    code, _, err = run_cli(["--kb", str(root), "list", "lesson"])
    assert code == 1
    assert "could not reach PostgreSQL 127.0.0.1:1" in err
    assert "Traceback" not in err


# --- kmcore on top -------------------------------------------------------------------------


def test_knowledge_base_on_postgres(pg_server: TempServer, tmp_path: Path) -> None:
    root = make_kb(tmp_path / "kb", pg_server, schema_for(tmp_path))
    with kmcore.open(root) as kb:
        assert isinstance(kb.store, PostgresStore)
        added = kb.add(lesson())
        assert added.owner_org is not None and added.owner_org.ods_code == "RT3"
        kb.update(attrs.evolve(added, title="Book rooms very early"))
        with pytest.raises(Conflict):
            kb.update(attrs.evolve(added, title="stale"))
        assert [r.title for r in kb.records("lesson")] == ["Book rooms very early"]
        changes, _ = kb.changes()
        assert [(c.op, c.revision) for c in changes] == [("put", 1), ("put", 2)]
    code, out, err = run_cli(["--kb", str(root), "list", "lesson"])
    assert code == 0, err
    assert "Book rooms very early" in out


def test_search_index_follows_the_feed(pg_server: TempServer, tmp_path: Path) -> None:
    root = make_kb(tmp_path / "kb", pg_server, schema_for(tmp_path))
    with kmcore.open(root) as kb:
        kb.add(lesson("Defibrillator checklist"))
        assert [h.id for h in kb.search("defibrillator").hits] != []
        later = kb.add(lesson("Sepsis screening at triage"))
        assert [h.id for h in kb.search("sepsis").hits] == [later.id]


def test_a_listening_reader_wakes_on_commit(pg_server: TempServer, tmp_path: Path) -> None:
    root = make_kb(tmp_path / "kb", pg_server, schema_for(tmp_path))
    with kmcore.open(root) as reader, kmcore.open(root) as writer:
        store = reader.store
        assert isinstance(store, PostgresStore)
        _, cursor = store.changes()

        def write_soon() -> None:
            time.sleep(0.3)
            writer.add(lesson("Written while the reader waits"))

        thread = threading.Thread(target=write_soon)
        started = time.monotonic()
        thread.start()
        found, _ = store.wait(cursor, timeout=20)
        waited = time.monotonic() - started
        thread.join()
        assert [c.op for c in found] == ["put"]
        assert waited < 10  # woken by NOTIFY, not by the timeout


def test_validate_reports_a_row_broken_by_hand(pg_server: TempServer, tmp_path: Path) -> None:
    import psycopg

    schema = schema_for(tmp_path)
    root = make_kb(tmp_path / "kb", pg_server, schema)
    with kmcore.open(root) as kb:
        added = kb.add(lesson())
    with psycopg.connect(pg_server.conninfo()) as conn:
        conn.execute(f"UPDATE {schema}.records SET data = jsonb_set(data, '{{polarity}}', "
                     "'\"sideways\"') WHERE id = %s", (added.id,))
    code, out, err = run_cli(["--kb", str(root), "validate"])
    assert code == 1
    assert f"{schema}/records/lesson/{added.id}" in out + err
    assert "polarity" in out + err


def test_password_from_a_password_file_over_tcp(pg_server: TempServer, tmp_path: Path) -> None:
    import psycopg

    role = "pw_" + schema_for(tmp_path)[2:12]
    with psycopg.connect(pg_server.conninfo(), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'correct horse'")
    schema = schema_for(tmp_path)
    passfile = tmp_path / "pgpass with space.conf"
    passfile.write_text(f"127.0.0.1:{pg_server.port}:*:{role}:correct horse\n", encoding="utf-8")
    passfile.chmod(0o600)
    root = make_kb(tmp_path / "kb", pg_server, schema, host="127.0.0.1", user=role,
                   passfile=str(passfile), sslmode="disable")
    with psycopg.connect(pg_server.conninfo(), autocommit=True) as conn:
        conn.execute(f"GRANT USAGE ON SCHEMA {schema} TO {role}")
        conn.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}")
    with kmcore.open(root) as kb:
        assert list(kb.records("lesson")) == []
    passfile.write_text(f"127.0.0.1:{pg_server.port}:*:{role}:wrong\n", encoding="utf-8")
    code, _, err = run_cli(["--kb", str(root), "list", "lesson"])
    assert code == 1
    assert "password authentication failed" in err
    assert "correct horse" not in err and "wrong" not in err.replace("went wrong", "")


def test_a_server_that_goes_away_is_a_one_line_error(tmp_path: Path) -> None:
    server = TempServer()
    server.start()
    try:
        root = make_kb(tmp_path / "kb", server, "kb", connect_timeout=2)
        with kmcore.open(root) as kb:
            kb.add(lesson())
            server.stop()
            with pytest.raises(StoreError) as caught:
                list(kb.records("lesson"))
            assert "could not reach" in str(caught.value) or "could not read" in \
                str(caught.value)
            assert caught.value.hint
            with pytest.raises(StoreError):
                kb.add(lesson("Saved while the server is down"))
    finally:
        server.stop()


def test_import_and_reimport_into_postgres(pg_server: TempServer, tmp_path: Path) -> None:
    """An import saves through put_many; the store lists ids and signatures in one query
    each, so a re-import recognises unchanged rows, and a record edited since is seen."""
    root = make_kb(tmp_path / "kb", pg_server, schema_for(tmp_path))
    sheet = tmp_path / "lessons.csv"
    sheet.write_text("Title,Statement,Recommendation,Polarity\n" + "".join(
        f"Lesson {n},What happened {n}.,Do it again {n}.,sustain\n" for n in range(30)),
        encoding="utf-8")
    args = ["--kb", str(root), "import", str(sheet), "--type", "lesson", "--yes",
            "--no-progress"]
    code, out, err = run_cli(args)
    assert code == 0, err
    assert "30 new" in out
    with kmcore.open(root) as kb:
        store = kb.store
        assert isinstance(store, PostgresStore)
        ids = store.ids("lesson")
        assert len(ids) == 30
        before = store.signatures("lesson")
        assert set(before) == ids and all(sig[0] == 1 for sig in before.values())
        first = kb.get(sorted(ids)[0], "lesson")
        kb.update(attrs.evolve(first, title="Edited by hand"))
        assert store.signatures("lesson")[first.id] != before[first.id]
    code, out, err = run_cli(args)
    assert code == 0, err
    assert "0 new, 1 updated, 29 unchanged" in out, out


def test_the_plugin_uses_kmcores_public_toolkit_only() -> None:
    """What a store needs of kmcore comes from kmcore.backend (records as plain data from
    kmcore.codec), the knowledge base's own settings included: no kmcore.config."""
    import ast

    import kmcore_postgres

    allowed = {"kmcore.backend", "kmcore.codec"}
    used: set[str] = set()
    for path in Path(kmcore_postgres.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = ([f"{node.module}.{a.name}" for a in node.names]
                         if node.module == "kmcore" else [node.module])
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            used.update(n for n in names if n.split(".")[0] == "kmcore")
    assert used <= allowed, sorted(used - allowed)


def test_a_connection_killed_while_an_import_saves_leaves_whole_batches(
        pg_server: TempServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The import saves on a writer thread while it checks the rows after (D1030, D1031):
    a connection the server kills under a batch is the same one-line error and exit code,
    the batch is rolled back whole, nothing after it is saved, and running the import again
    completes it."""
    import psycopg

    from kmcore.io import importer as module

    monkeypatch.setattr(module, "BATCH", 10)
    schema = schema_for(tmp_path)
    root = make_kb(tmp_path / "kb", pg_server, schema)
    sheet = tmp_path / "lessons.csv"
    sheet.write_text("Title,Statement,Recommendation,Polarity\n" + "".join(
        f"Lesson {n},What happened {n}.,Do it again {n}.,sustain\n" for n in range(30)),
        encoding="utf-8")
    args = ["--kb", str(root), "import", str(sheet), "--type", "lesson", "--yes",
            "--no-progress"]
    real = PostgresStore.put_many
    calls = {"n": 0}

    def killed_under_the_second_batch(self: PostgresStore, records: object,
                                      **kw: object) -> object:
        calls["n"] += 1
        if calls["n"] == 2:
            # every other session of this database ends, the pool's among them
            with psycopg.connect(pg_server.conninfo(), autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = current_database() AND pid <> "
                              "pg_backend_pid() AND backend_type = 'client backend'")
        return real(self, records, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(PostgresStore, "put_many", killed_under_the_second_batch)
    code, out, err = run_cli(args)
    assert code == 1, (out, err)
    assert "save a batch of 10 records" in err, err
    assert "Traceback" not in err and len(err.strip().splitlines()) <= 2, err
    monkeypatch.setattr(PostgresStore, "put_many", real)
    with kmcore.open(root) as kb:
        assert len(kb.store.ids("lesson")) == 10  # type: ignore[attr-defined]
        assert [e.note.split(";")[0] for e in kb.audit_entries() if e.op == "batch"] == [
            "10 records in one batch: 10 added, 0 updated"]
        assert len(kb.changes()[0]) == 10
    code, out, err = run_cli(args)
    assert code == 0, err
    assert "20 new, 0 updated, 10 unchanged" in out, out
    with kmcore.open(root) as kb:
        assert len(kb.store.ids("lesson")) == 30  # type: ignore[attr-defined]
        feed = [c.record_id for c in kb.changes()[0]]
        assert len(feed) == len(set(feed)) == 30


def test_a_conflict_while_an_import_saves_is_reported_as_before(
        pg_server: TempServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another editor creates a record the import's second batch creates too: the batch is
    refused whole with the store's Conflict (its message as a direct save gives it, exit 1),
    nothing after it is saved, and running the import again completes it."""
    from kmcore.io import importer as module

    monkeypatch.setattr(module, "BATCH", 10)
    root = make_kb(tmp_path / "kb", pg_server, schema_for(tmp_path))
    sheet = tmp_path / "lessons.csv"
    sheet.write_text("Title,Statement,Recommendation,Polarity\n" + "".join(
        f"Lesson {n},What happened {n}.,Do it again {n}.,sustain\n" for n in range(30)),
        encoding="utf-8")
    args = ["--kb", str(root), "import", str(sheet), "--type", "lesson", "--yes",
            "--no-progress"]
    real = PostgresStore.put_many
    calls = {"n": 0}
    taken: list[str] = []
    direct: list[str] = []

    def someone_else_first(self: PostgresStore, records: Any, **kw: Any) -> Any:
        records = list(records)
        calls["n"] += 1
        if calls["n"] == 2:
            with kmcore.open(root) as other:
                mine = attrs.evolve(records[3], title="Typed in by a colleague")
                other.add(mine)
                taken.append(mine.id)
                with pytest.raises(Conflict) as caught:
                    other.save_many([records[3]])
                direct.append(str(caught.value))
        return real(self, records, **kw)

    monkeypatch.setattr(PostgresStore, "put_many", someone_else_first)
    code, out, err = run_cli(args)
    assert code == 1, (out, err)
    assert direct and direct[0] in err, err
    monkeypatch.setattr(PostgresStore, "put_many", real)
    with kmcore.open(root) as kb:
        assert len(kb.store.ids("lesson")) == 11  # type: ignore[attr-defined]
        assert kb.get(taken[0], "lesson").title == "Typed in by a colleague"
    code, out, err = run_cli(args)
    assert code == 0, err
    assert "19 new, 1 updated, 10 unchanged" in out, out
