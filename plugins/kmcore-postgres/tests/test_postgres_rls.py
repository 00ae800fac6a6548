"""Many trusts, each in its lane: real roles, row-level security, and hand-written SQL.

Each trust signs in as its own role (``kmcore postgres grant ODS_CODE ROLE``). The tests
check through kmcore and then with plain SQL over the trust's own connection that it cannot
read another trust's unshared records, nor change or delete any of another trust's.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import attrs
import psycopg
import pytest
from kmcore_postgres.testing import TempServer
from pg_helpers import make_kb, run_cli, schema_for
from psycopg import sql

import kmcore
from kmcore.errors import NotFound, StoreError
from kmcore.records.lesson import Lesson


def lesson(title: str, visibility: str = "organisation") -> Lesson:
    return Lesson(title=title, statement="What happened.", recommendation="Do it again.",  # type: ignore[arg-type]
                  polarity="sustain", visibility=visibility)


@attrs.frozen
class Hub:
    schema: str
    admin_kb: Path  # the owner's (migrate) knowledge base folder
    rt3: Path
    rth: Path
    hub: Path
    roles: dict[str, str]


@pytest.fixture
def hub(pg_server: TempServer, tmp_path: Path) -> Iterator[Hub]:
    schema = schema_for(tmp_path)
    suffix = schema[2:10]
    roles = {"RT3": f"trust_rt3_{suffix}", "RTH": f"trust_rth_{suffix}",
             "admin": f"hub_admin_{suffix}"}
    owner = make_kb(tmp_path / "owner", pg_server, schema)
    for ods in ("RT3", "RTH"):
        code, out, err = run_cli(["--kb", str(owner), "postgres", "grant", ods, roles[ods]])
        assert code == 0, err
        assert f"{roles[ods]} now acts for {ods}" in out
    code, out, err = run_cli(["--kb", str(owner), "postgres", "grant-admin", roles["admin"]])
    assert code == 0, err
    yield Hub(
        schema=schema, admin_kb=owner, roles=roles,
        rt3=make_kb(tmp_path / "rt3", pg_server, schema, ods_code="RT3", user=roles["RT3"]),
        rth=make_kb(tmp_path / "rth", pg_server, schema, ods_code="RTH", user=roles["RTH"]),
        hub=make_kb(tmp_path / "hub", pg_server, schema, ods_code="RT3", user=roles["admin"]),
    )


@pytest.fixture
def seeded(hub: Hub) -> dict[str, Lesson]:
    with kmcore.open(hub.rt3) as rt3, kmcore.open(hub.rth) as rth:
        return {
            "rt3_private": rt3.add(lesson("RT3 internal lesson")),
            "rt3_shared": rt3.add(lesson("RT3 lesson for the NHS", "nhs")),
            "rth_private": rth.add(lesson("RTH internal lesson")),
        }


def test_a_trust_reads_its_own_and_what_is_shared(hub: Hub, seeded: dict[str, Lesson]) -> None:
    with kmcore.open(hub.rth) as rth:
        assert sorted(r.title for r in rth.records("lesson")) == [
            "RT3 lesson for the NHS", "RTH internal lesson"]
        with pytest.raises(NotFound):
            rth.get(seeded["rt3_private"].id)
        assert rth.get(seeded["rt3_shared"].id).title == "RT3 lesson for the NHS"
        feed, _ = rth.changes()
        assert seeded["rt3_private"].id not in {c.record_id for c in feed}
        assert set(rth.store.fingerprints()) == {  # type: ignore[attr-defined]
            seeded["rt3_shared"].id, seeded["rth_private"].id}


def test_a_trust_cannot_change_another_trusts_records(hub: Hub,
                                                      seeded: dict[str, Lesson]) -> None:
    shared = seeded["rt3_shared"]
    with kmcore.open(hub.rth) as rth:
        mine = rth.get(shared.id)
        with pytest.raises(StoreError) as caught:
            rth.update(attrs.evolve(mine, title="Taken over"))
        assert "belongs to RT3" in str(caught.value)
        with pytest.raises(StoreError):
            rth.delete(mine)
        # Nor can it take the record over by saving it as its own organisation's.
        with pytest.raises(StoreError):
            rth.update(attrs.evolve(mine, owner_org=attrs.evolve(mine.owner_org, ods_code="RTH")))
        # Nor write a new record in another organisation's name.
        with pytest.raises(StoreError) as caught:
            rth.add(attrs.evolve(lesson("Forged"), owner_org=mine.owner_org))
        assert "refused" in str(caught.value)
    with kmcore.open(hub.rt3) as rt3:
        assert rt3.get(shared.id).title == "RT3 lesson for the NHS"
        assert rt3.get(shared.id).revision == 1


def test_a_batch_touching_another_trusts_record_saves_nothing(
        hub: Hub, seeded: dict[str, Lesson]) -> None:
    """A batch (an import's) is one transaction: one record another trust owns, or one
    forged in its name, and nothing of the batch is saved."""
    shared = seeded["rt3_shared"]
    with kmcore.open(hub.rth) as rth:
        _, cursor = rth.changes()
        theirs = attrs.evolve(rth.get(shared.id), title="Taken over")
        mine = lesson("RTH batch lesson")
        with pytest.raises(StoreError) as caught:
            rth.save_many([mine, theirs])
        assert "belongs to RT3" in str(caught.value)
        forged = attrs.evolve(lesson("Forged in a batch"), owner_org=theirs.owner_org)
        with pytest.raises(StoreError):
            rth.save_many([mine, forged])
        assert rth.changes(cursor)[0] == []
        assert [r.title for r in rth.records("lesson")].count("RTH batch lesson") == 0
        # The same batch without the other trust's records is saved, feed and all.
        own = rth.get(seeded["rth_private"].id)
        stored = rth.save_many([mine, attrs.evolve(own, title="RTH, revised")])
        assert [r.revision for r in stored] == [1, 2]
        assert [(c.record_id, c.revision) for c in rth.changes(cursor)[0]] == [
            (mine.id, 1), (own.id, 2)]
    with kmcore.open(hub.rt3) as rt3:
        assert rt3.get(shared.id).revision == 1


def test_hand_written_sql_cannot_cross_the_lane(pg_server: TempServer, hub: Hub,
                                                seeded: dict[str, Lesson]) -> None:
    s = sql.Identifier(hub.schema)
    private, shared = seeded["rt3_private"].id, seeded["rt3_shared"].id
    with psycopg.connect(pg_server.conninfo(user=hub.roles["RTH"]), autocommit=True) as conn:

        def run(query: str, *params: object) -> psycopg.Cursor[tuple[object, ...]]:
            return conn.execute(sql.SQL(query).format(s=s), params)  # type: ignore[arg-type]

        # Reading: another trust's unshared record is not there at all.
        assert run("SELECT count(*) FROM {s}.records WHERE id = %s", private).fetchone() == (0,)
        assert run("SELECT count(*) FROM {s}.changes WHERE id = %s", private).fetchone() == (0,)
        # Changing and deleting: nothing matches, so nothing happens.
        assert run("UPDATE {s}.records SET data = jsonb_set(data, '{{title}}', '\"x\"') "
                   "WHERE id = %s", shared).rowcount == 0
        assert run("DELETE FROM {s}.records WHERE owner_org = 'RT3'").rowcount == 0
        # Writing in another organisation's name is refused outright.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            run("INSERT INTO {s}.records (id, type, revision, data) VALUES ('lesson-forged', "
                "'lesson', 1, '{{\"id\": \"lesson-forged\", \"type\": \"lesson\", "
                "\"revision\": 1, \"owner_org\": {{\"name\": \"x\", \"ods_code\": "
                "\"RT3\"}}}}')")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # moving its own away
            run("UPDATE {s}.records SET data = jsonb_set(data, '{{owner_org,ods_code}}', "
                "'\"RT3\"') WHERE id = %s", seeded["rth_private"].id)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # a forged feed entry
            run("INSERT INTO {s}.changes (op, type, id, revision, owner_org, visibility) "
                "VALUES ('delete', 'lesson', %s, 1, 'RT3', 'nhs')", shared)
        # The machinery itself is out of reach.
        for statement in (
            "UPDATE {s}.role_orgs SET ods_code = 'RT3'",
            "INSERT INTO {s}.role_orgs VALUES (current_user, 'RT3')",
            "DELETE FROM {s}.changes",
            "UPDATE {s}.changes SET owner_org = 'RTH'",
            "ALTER TABLE {s}.records DISABLE ROW LEVEL SECURITY",
            "DROP POLICY trust_read ON {s}.records",
            "TRUNCATE {s}.records",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                run(statement)
        for other in (pg_server.superuser, hub.roles["admin"], hub.roles["RT3"]):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql.SQL("SET ROLE {r}").format(r=sql.Identifier(other)))
    with kmcore.open(hub.rt3) as rt3:
        assert [(r.title, r.revision) for r in rt3.records("lesson")] == [
            ("RT3 internal lesson", 1), ("RT3 lesson for the NHS", 1)]
        assert len(rt3.changes()[0]) == 2


def test_the_hub_administrator_reads_and_writes_everything(
        hub: Hub, seeded: dict[str, Lesson]) -> None:
    with kmcore.open(hub.hub) as admin:
        assert len(list(admin.records("lesson"))) == 3
        changed = admin.update(attrs.evolve(admin.get(seeded["rt3_private"].id), title="Fixed"))
        assert changed.revision == 2
        admin.delete(admin.get(seeded["rth_private"].id))
        assert len(admin.changes()[0]) == 5


def test_grant_refuses_what_would_escape_the_policies(pg_server: TempServer,
                                                      hub: Hub) -> None:
    code, _, err = run_cli(["--kb", str(hub.admin_kb), "postgres", "grant", "RT3",
                            pg_server.superuser])
    assert code == 1 and "superuser or bypasses row-level security" in err
    code, _, err = run_cli(["--kb", str(hub.admin_kb), "postgres", "grant", "RTH",
                            hub.roles["RT3"]])
    assert code == 1 and "already acts for RT3" in err
    code, _, err = run_cli(["--kb", str(hub.admin_kb), "postgres", "grant", "not an ods",
                            "someone"])
    assert code == 1 and "is not an ODS code" in err


def test_revoke_takes_access_away(hub: Hub, seeded: dict[str, Lesson]) -> None:
    code, _, err = run_cli(["--kb", str(hub.admin_kb), "postgres", "revoke", hub.roles["RTH"]])
    assert code == 0, err
    with pytest.raises(StoreError) as caught:
        kmcore.open(hub.rth)
    assert "permission denied" in str(caught.value)


def test_organisations_keep_writing_at_once(hub: Hub) -> None:
    # Two trusts and the hub save at the same time without getting in each other's way.
    import concurrent.futures

    def add_many(folder: Path, count: int) -> int:
        with kmcore.open(folder) as kb:
            for i in range(count):
                kb.add(lesson(f"Lesson {i} from {kb.settings.ods_code}", "nhs"))
        return count

    with concurrent.futures.ThreadPoolExecutor(3) as pool:
        done = list(pool.map(add_many, [hub.rt3, hub.rth, hub.hub], [20, 20, 20]))
    assert done == [20, 20, 20]
    with kmcore.open(hub.rth) as rth:
        assert len(list(rth.records("lesson"))) == 60
        seqs = [c.cursor for c in rth.changes()[0]]
        assert len(seqs) == 60




def test_each_trust_sees_and_keeps_its_own_audit_log(pg_server: TempServer, hub: Hub,
                                                     seeded: dict[str, Lesson]) -> None:
    """The audit log in the database is in the same lanes: a trust reads its own entries,
    cannot delete or rewrite any, and cannot sign an entry with another role's name."""
    with kmcore.open(hub.rt3) as rt3:
        assert [(e.op, e.id) for e in rt3.audit_entries()] == [
            ("add", seeded["rt3_private"].id), ("add", seeded["rt3_shared"].id)]
    with kmcore.open(hub.rth) as rth:
        assert [(e.op, e.id) for e in rth.audit_entries()] == [
            ("add", seeded["rth_private"].id)]
    with kmcore.open(hub.hub) as admin:
        assert len(list(admin.audit_entries())) == 3
    s = sql.Identifier(hub.schema)
    with psycopg.connect(pg_server.conninfo(user=hub.roles["RTH"]), autocommit=True) as conn:
        for statement in (
            "DELETE FROM {s}.audit",
            "TRUNCATE {s}.audit",
            "UPDATE {s}.audit SET db_role = 'someone_else'",
            "UPDATE {s}.audit SET owner_org = 'RTH'",
            "INSERT INTO {s}.audit (db_role, entry) VALUES ('kmcore_owner', '{{}}')",
            "INSERT INTO {s}.audit (owner_org, entry) VALUES ('RT3', '{{}}')",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql.SQL(statement).format(s=s))

    # Append-only, even for its own entries and its own feed rows, by hand-written SQL.
    own = seeded["rth_private"].id
    for role in (hub.roles["RTH"], hub.roles["admin"]):
        with psycopg.connect(pg_server.conninfo(user=role), autocommit=True) as conn:
            for statement in (
                "UPDATE {s}.audit SET entry = jsonb_set(entry, '{{who}}', '\"nobody\"')",
                "UPDATE {s}.audit SET entry = entry WHERE entry ->> 'id' = %s",
                "UPDATE {s}.changes SET id = 'lesson-renamed' WHERE id = %s",
                "DELETE FROM {s}.changes WHERE id = %s",
            ):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(sql.SQL(statement).format(s=s),
                                 (own,) if "%s" in statement else None)
    with psycopg.connect(pg_server.conninfo(user=hub.roles["RTH"]), autocommit=True) as conn:
        # The erasure function: only a pseudonym, and only for its own organisation's record.
        with pytest.raises(psycopg.errors.InvalidParameterValue):
            conn.execute(sql.SQL("SELECT {s}.forget_id(%s, 'rewritten history', '{{}}')")
                         .format(s=s), (own,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(sql.SQL("SELECT {s}.forget_id(%s, 'forgotten-0123456789ab', "
                                 "'{{}}')").format(s=s), (seeded["rt3_private"].id,))
    with kmcore.open(hub.admin_kb) as owner:
        assert {e.id for e in owner.audit_entries()} == {r.id for r in seeded.values()}
        assert {e.who for e in owner.audit_entries()} != {"nobody"}


def test_a_trusts_erasure_reaches_the_hub_administrators_entries(
        pg_server: TempServer, hub: Hub) -> None:
    """A hub administrator's audit entries are filed under no organisation; a trust forgetting
    its own person must still reach them (UK GDPR: the erasure is complete or it says not)."""
    from kmcore.records.person import Person

    person_id = "person-amara-okafor"
    with kmcore.open(hub.rt3) as rt3:
        rt3.add(Person(id=person_id, display_name="Amara Okafor",  # type: ignore[arg-type]
                       given_name="Amara", family_name="Okafor"))
    with kmcore.open(hub.hub) as admin:
        admin.update(attrs.evolve(admin.get(person_id), job_title="Librarian"))
    code, out, err = run_cli(["--kb", str(hub.rt3), "person", "forget", person_id, "--yes"])
    assert code == 0, out + err
    assert "every mention of them" in out
    with psycopg.connect(pg_server.conninfo()) as conn:
        s = sql.Identifier(hub.schema)
        audit = conn.execute(sql.SQL("SELECT owner_org, entry::text FROM {s}.audit")
                             .format(s=s)).fetchall()
        feed = conn.execute(sql.SQL("SELECT id FROM {s}.changes").format(s=s)).fetchall()
    assert {org for org, _ in audit} == {"RT3", ""}  # the administrator's entry is there...
    assert not [text for _, text in audit if "okafor" in text.lower()]  # ...erased too
    assert not [row for row in feed if "okafor" in row[0]]


def test_a_trust_cannot_erase_another_trusts_person(hub: Hub) -> None:
    """Refused by the database, and said so: the command does not report an erasure."""
    with kmcore.open(hub.rth) as rth:
        kept = rth.add(lesson("RTH's lesson", "nhs"))
    with kmcore.open(hub.rt3) as rt3, pytest.raises(StoreError, match="may erase it"):
        rt3.store.forget_id(kept.id, "forgotten-0123456789ab")  # type: ignore[attr-defined]
    with kmcore.open(hub.rth) as rth:
        assert [e.id for e in rth.audit_entries()] == [kept.id]


def _folder_lessons(root: Path, ods: str, *titles: str) -> list[Lesson]:
    """Lessons written straight into the folder of the knowledge base at *root*."""
    from kmcore.records.base import OrgRef
    from kmcore.store.local import LocalFileStore

    made = [attrs.evolve(lesson(title), id=f"lesson-{ods.lower()}-{n}", revision=1,
                         owner_org=OrgRef(name=f"Trust {ods}", ods_code=ods))
            for n, title in enumerate(titles)]
    with kmcore.open(root) as kb:
        LocalFileStore(root, kb.types).restore(made)
    return made


def test_a_second_trust_moves_its_folder_in_beside_shared_records(hub: Hub) -> None:
    """RT3 has shared a record; RTH's copy-in is about RTH's records only, and --prune never
    touches another organisation's, whoever runs it."""
    with kmcore.open(hub.rt3) as rt3:
        shared = rt3.add(lesson("RT3 lesson for the NHS", "nhs"))
        private = rt3.add(lesson("RT3 internal lesson"))
    mine = _folder_lessons(hub.rth, "RTH", "From RTH's folder", "Another")
    code, out, err = run_cli(["--kb", str(hub.rth), "store", "copy", "--to", "postgres"])
    assert code == 0, err
    assert "copied 2 records from local to postgres" in out
    assert "left alone: 1 records of other organisations in postgres" in out
    # RTH's own record the folder lacks: refused, then pruned, and only it.
    with kmcore.open(hub.rth) as rth:
        extra = rth.add(lesson("Added in the database"))
    code, out, err = run_cli(["--kb", str(hub.rth), "store", "copy", "--to", "postgres"])
    assert code == 1 and "holds 1 records that the source does not have" in err
    assert extra.id in err
    code, out, err = run_cli(["--kb", str(hub.rth), "store", "copy", "--to", "postgres",
                              "--prune"])
    assert code == 0, err
    assert "1 deleted from postgres" in out
    # A hub administrator (acting for RT3 in its kmcore.toml) pruning: RTH's records stay.
    _folder_lessons(hub.hub, "RT3", "The admin's own")
    code, out, err = run_cli(["--kb", str(hub.hub), "store", "copy", "--to", "postgres",
                              "--prune"])
    assert code == 0, err
    assert "left alone: 2 records of other organisations in postgres" in out
    with kmcore.open(hub.admin_kb) as owner:
        left = {r.id for r in owner.records("lesson")}
    assert left == {r.id for r in mine} | {"lesson-rt3-0"}
    assert shared.id not in left and private.id not in left  # RT3's: the admin's folder's org


def test_a_copy_that_would_overwrite_another_trusts_record_is_refused(
        hub: Hub, seeded: dict[str, Lesson]) -> None:
    """The hub administrator's folder (RT3's) holds a record with the id of RTH's."""
    clash = attrs.evolve(seeded["rth_private"], title="RT3's own, with RTH's id")
    from kmcore.store.local import LocalFileStore

    with kmcore.open(hub.hub) as kb:
        LocalFileStore(hub.hub, kb.types).restore([clash])
    code, _, err = run_cli(["--kb", str(hub.hub), "store", "copy", "--to", "postgres"])
    assert code == 1 and "overwrite another organisation's records" in err, err
    with kmcore.open(hub.rth) as rth:
        assert rth.get(clash.id).title == "RTH internal lesson"


def test_a_withdrawn_record_leaves_the_other_trusts_search(hub: Hub) -> None:
    """RT3 narrows a shared record to its own organisation: RTH's feed carries the withdrawal
    (as a delete, with no content) and its search index drops the record at its next
    refresh; RT3's and the administrator's feeds show only the change itself."""
    with kmcore.open(hub.rt3) as rt3:
        shared = rt3.add(lesson("Huddles at the nurses station", "nhs"))
    with kmcore.open(hub.rth) as rth, kmcore.open(hub.hub) as admin, \
            kmcore.open(hub.rt3) as rt3:
        assert rth.search("huddles").hits
        cursors = {name: kb.changes()[1] for name, kb in
                   (("rth", rth), ("admin", admin), ("rt3", rt3))}
        rt3.update(attrs.evolve(rt3.get(shared.id), visibility="organisation"))
        feed = {name: [(c.op, c.record_id) for c in kb.changes(cursors[name])[0]]
                for name, kb in (("rth", rth), ("admin", admin), ("rt3", rt3))}
        assert feed == {"rth": [("delete", shared.id)], "admin": [("put", shared.id)],
                        "rt3": [("put", shared.id)]}
        assert not rth.search("huddles").hits
        # Shared again: RTH sees it come back, and the old withdrawal stays out of the way.
        rt3.update(attrs.evolve(rt3.get(shared.id), visibility="nhs"))
        assert [(c.op, c.record_id) for c in rth.changes()[0]][-1] == ("put", shared.id)
        assert rth.search("huddles").hits
        assert [c.op for c in rth.changes()[0] if c.record_id == shared.id] == [
            "put", "put"]


def test_an_erasure_the_database_would_refuse_changes_nothing(hub: Hub) -> None:
    """The person's record was RTH's before it became RT3's: RT3 may not rewrite RTH's
    history, so its erasure is refused before anything changes, and says why."""
    from kmcore.records.base import OrgRef
    from kmcore.records.person import Person

    person_id = "person-amara-okafor"
    with kmcore.open(hub.hub) as admin:
        made = admin.add(Person(id=person_id, display_name="Amara Okafor",  # type: ignore[arg-type]
                                given_name="Amara", family_name="Okafor",
                                owner_org=OrgRef(name="Trust RTH", ods_code="RTH")))
        admin.update(attrs.evolve(made, owner_org=OrgRef(name="Trust RT3", ods_code="RT3")))
    code, out, err = run_cli(["--kb", str(hub.rt3), "person", "forget", person_id, "--yes"])
    assert code == 1, out + err
    assert "may erase it" in err and "nothing was changed" in err
    assert "hub administrator to run kmcore person forget" in err and "every mention" not in out
    with kmcore.open(hub.rt3) as rt3:
        assert rt3.get(person_id).display_name == "Amara Okafor"


def _amara(hub: Hub) -> str:
    """RT3's person Amara Okafor, whose login is NHS\\amara.okafor (her work e-mail's name)."""
    from kmcore.records.person import Person

    person_id = "person-amara-okafor"
    with kmcore.open(hub.rt3) as rt3:
        rt3.add(Person(id=person_id, display_name="Amara Okafor",  # type: ignore[arg-type]
                       given_name="Amara", family_name="Okafor",
                       work_email="amara.okafor@rt3.nhs.uk"))
    return person_id


def _whos(pg_server: TempServer, schema: str) -> list[tuple[str, str]]:
    """(organisation, who) of every audit entry, read as the owner."""
    with psycopg.connect(pg_server.conninfo()) as conn:
        rows = conn.execute(sql.SQL("SELECT owner_org, entry ->> 'who' FROM {s}.audit "
                                    "ORDER BY seq").format(s=sql.Identifier(schema)))
        return [(str(org), str(who)) for org, who in rows]


def test_a_trusts_erasure_replaces_the_persons_login_in_the_administrators_entries(
        pg_server: TempServer, hub: Hub, monkeypatch: pytest.MonkeyPatch) -> None:
    """Amara also works for the hub and saved a lesson signed in as a hub administrator:
    that entry (filed under no organisation, which RT3's role cannot read) names her login
    as who. RT3's erasure of her must reach it too (D1491)."""
    person_id = _amara(hub)
    monkeypatch.setenv("KMCORE_ACTOR", "NHS\\Amara.Okafor")
    with kmcore.open(hub.hub) as admin:
        admin.add(lesson("Written at the hub", "nhs"))
    with kmcore.open(hub.rt3) as rt3:
        rt3.add(lesson("Written at RT3"))
    monkeypatch.delenv("KMCORE_ACTOR")
    assert sorted(org for org, who in _whos(pg_server, hub.schema)
                  if "okafor" in who.lower()) == ["", "RT3"]
    code, out, err = run_cli(["--kb", str(hub.rt3), "person", "forget", person_id, "--yes"])
    assert code == 0, out + err
    whos = _whos(pg_server, hub.schema)
    assert not [w for w in whos if "okafor" in w[1].lower()], whos
    assert sum(w[1].startswith("forgotten-") for w in whos) == 2


def test_a_trusts_erasure_that_cannot_reach_another_trusts_entries_changes_nothing(
        pg_server: TempServer, hub: Hub, monkeypatch: pytest.MonkeyPatch) -> None:
    """Amara once worked at RTH, whose audit log names her login: RT3 may not rewrite RTH's
    history, so its erasure is refused whole, says what it cannot reach, and exits
    non-zero; a hub administrator's erasure then reaches every entry (D1491)."""
    person_id = _amara(hub)
    monkeypatch.setenv("KMCORE_ACTOR", "amara.okafor")
    with kmcore.open(hub.rth) as rth:
        rth.add(lesson("Written at RTH"))
    monkeypatch.delenv("KMCORE_ACTOR")
    code, out, err = run_cli(["--kb", str(hub.rt3), "person", "forget", person_id, "--yes"])
    assert code == 1, out + err
    assert "(RTH: 1 audit entry)" in err
    assert "nothing was changed" in err and "hub administrator" in err
    with kmcore.open(hub.rt3) as rt3:
        assert rt3.get(person_id).display_name == "Amara Okafor"
    assert ("RTH", "amara.okafor") in _whos(pg_server, hub.schema)
    code, out, err = run_cli(["--kb", str(hub.hub), "person", "forget", person_id, "--yes"])
    assert code == 0, out + err
    whos = _whos(pg_server, hub.schema)
    assert not [w for w in whos if "okafor" in w[1].lower()], whos


@pytest.mark.parametrize("who", ["NHS\\Amara.Okafor", " nhs/amara.okafor ", "AMARA.OKAFOR",
                                 "a\\b\\c.d", "\tx\\ y \n", "plain", ""])
def test_the_databases_login_key_is_kmcores(pg_server: TempServer, pg_schema: str,
                                            who: str) -> None:
    from kmcore.audit import actor_key

    with psycopg.connect(pg_server.conninfo()) as conn:
        row = conn.execute(sql.SQL("SELECT {s}.actor_key(%s)")
                           .format(s=sql.Identifier(pg_schema)), (who,)).fetchone()
    assert row is not None and row[0] == actor_key(who)


def test_a_trusts_erasure_that_cannot_reach_another_trusts_records_changes_nothing(
        pg_server: TempServer, hub: Hub) -> None:
    """RTH names RT3's Amara in a lesson it shares (RT3 reads it, may not change it) and in
    one it keeps to itself (RT3 cannot even read it). RT3's erasure would stop half done at
    the first, and miss the second while saying every mention was removed: it is refused
    whole, naming the record it can see and counting the one it cannot; a hub
    administrator's erasure then reaches both (D1492)."""
    person_id = _amara(hub)
    with kmcore.open(hub.rth) as rth:
        shared = rth.add(attrs.evolve(lesson("Shared by RTH", "nhs"), owner=person_id))
        unshared = rth.add(attrs.evolve(lesson("Kept by RTH"), validated_by=person_id))
    code, out, err = run_cli(["--kb", str(hub.rt3), "person", "forget", person_id, "--yes"])
    assert code == 1, out + err
    assert f"the records {shared.id} name the person" in err
    assert "(RTH: 1 record it has not shared)" in err and unshared.id not in err
    assert "nothing was changed" in err and "hub administrator" in err
    with kmcore.open(hub.rt3) as rt3:
        assert rt3.get(person_id).display_name == "Amara Okafor"
    code, out, err = run_cli(["--kb", str(hub.hub), "person", "forget", person_id, "--yes"])
    assert code == 0, out + err
    with kmcore.open(hub.rth) as rth:
        assert rth.get(shared.id).owner is None
        assert rth.get(unshared.id).validated_by != person_id


def test_a_trusts_erasure_leaves_the_administrators_entries_about_other_trusts_records(
        pg_server: TempServer, hub: Hub, monkeypatch: pytest.MonkeyPatch) -> None:
    """Signed in as a hub administrator, Amara saved a record of RTH's: that entry is RTH's
    lane, not RT3's (else a trust could efface any hub staff's login by erasing a person
    given it). RT3's erasure is refused whole and says so; the administrator's reaches it
    (D1491)."""
    from kmcore.records.base import OrgRef

    person_id = _amara(hub)
    monkeypatch.setenv("KMCORE_ACTOR", "amara.okafor@rt3.nhs.uk")
    with kmcore.open(hub.hub) as admin:
        admin.add(attrs.evolve(lesson("For RTH"), owner_org=OrgRef(name="Trust RTH",
                                                                   ods_code="RTH")))
    monkeypatch.delenv("KMCORE_ACTOR")
    code, out, err = run_cli(["--kb", str(hub.rt3), "person", "forget", person_id, "--yes"])
    assert code == 1, out + err
    assert "(no organisation: 1 audit entry)" in err and "nothing was changed" in err
    assert ("", "amara.okafor@rt3.nhs.uk") in _whos(pg_server, hub.schema)
    code, out, err = run_cli(["--kb", str(hub.hub), "person", "forget", person_id, "--yes"])
    assert code == 0, out + err
    assert not [w for w in _whos(pg_server, hub.schema) if "okafor" in w[1].lower()]
