"""The database layout, applied step by step by ``kmcore postgres migrate`` (never at start-up).

Each step in :data:`STEPS` brings the schema from version N-1 to N inside one transaction, and
the version reached is kept in ``<schema>.kmcore_meta``. Opening a store checks the version and
refuses a schema that is missing, older (run migrate) or newer (upgrade kmcore-postgres) than
this code: a surprise change of an IT team's database at start-up is exactly what this avoids.

Layout (version 1):

* ``records``: one row per record. ``data`` is the record as JSON (JSONB); beside it the typed
  columns ``type``, ``id``, ``revision``, ``updated_at`` and, derived from ``data`` by the
  database itself so they can never disagree with it, ``owner_org`` (the owning organisation's
  ODS code, ``''`` when none), ``visibility`` and ``status``. A check constraint ties ``id``,
  ``type`` and ``revision`` to ``data``.
* ``changes``: the change feed, written in the same transaction as the record; its cursor is
  the ``seq`` identity value. Feed rows get their ``seq`` under a transaction-scoped advisory
  lock held to the commit, so ``seq`` order is commit order and a reader that has seen seq N
  can never later find a smaller one appear.
* ``put_record`` and ``delete_record``: the revision check and the write in one statement,
  then the feed row and a ``NOTIFY`` on the channel :func:`channel`, all in one round trip.
* ``role_orgs`` and the row-level security policies: see :mod:`kmcore_postgres.access`.

Version 2 adds ``audit``, the audit log: one row per entry, written by the store in the same
transaction as the change it records, with the database role that wrote it.

Version 3 makes the audit log and the change feed append-only for every kmcore role; an
erasure rewrites them through the ``forget_id`` function only (see :func:`_step_3`).

Version 4 adds ``withdraw`` rows to the change feed, so that readers who lose a record (it was
shared and is no longer) see the change (see :func:`_step_4`).

Version 5 lets a trust's erasure reach its person's logins in the hub administrators' audit
entries, and say which other organisations' entries it cannot reach (see :func:`_step_5`).
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

import psycopg
from psycopg import sql

__all__ = ["LATEST", "PSEUDONYM_PATTERN", "STEPS", "admin_group", "channel", "feed_lock_key",
           "migrate", "schema_version", "trust_group"]


def channel(schema: str) -> str:
    """The LISTEN/NOTIFY channel on which every committed change's cursor is announced."""
    return f"kmcore_{schema}"


def feed_lock_key(schema: str) -> str:
    """The text whose ``hashtext`` is the advisory lock that orders the change feed."""
    return f"kmcore-feed:{schema}"


def trust_group(database: str, schema: str) -> str:
    """The group role every trust's role joins (roles are shared by the whole server, so the
    name carries the database and schema)."""
    return _role_name(database, schema, "trust")


def admin_group(database: str, schema: str) -> str:
    """The hub administrators' group role: reads and writes every organisation's records."""
    return _role_name(database, schema, "hub_admin")


def _role_name(database: str, schema: str, what: str) -> str:
    safe_db = "".join(c if c.isalnum() or c == "_" else "_" for c in database.lower())
    return f"kmcore_{safe_db}_{schema}_{what}"[:63]


def _step_1(cur: psycopg.Cursor[tuple[object, ...]], schema: str, database: str) -> None:
    s = sql.Identifier(schema)
    trust = sql.Identifier(trust_group(database, schema))
    admin = sql.Identifier(admin_group(database, schema))
    lock = sql.Literal(feed_lock_key(schema))
    notify = sql.Literal(channel(schema))
    statements = [
        sql.SQL("""CREATE TABLE {s}.records (
            id text COLLATE "C" PRIMARY KEY,
            type text COLLATE "C" NOT NULL,
            revision integer NOT NULL CHECK (revision >= 1),
            owner_org text GENERATED ALWAYS AS
                (coalesce(data -> 'owner_org' ->> 'ods_code', '')) STORED,
            visibility text GENERATED ALWAYS AS
                (coalesce(data ->> 'visibility', 'organisation')) STORED,
            status text GENERATED ALWAYS AS (coalesce(data ->> 'status', 'draft')) STORED,
            updated_at timestamptz NOT NULL DEFAULT now(),
            data jsonb NOT NULL,
            CONSTRAINT record_matches_data CHECK (
                data ->> 'id' = id AND data ->> 'type' = type
                AND (data ->> 'revision')::integer = revision)
        )"""),
        sql.SQL("CREATE INDEX records_by_type ON {s}.records (type, id)"),
        sql.SQL("CREATE INDEX records_by_org ON {s}.records (owner_org, visibility)"),
        sql.SQL("""CREATE TABLE {s}.changes (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            op text NOT NULL CHECK (op IN ('put', 'delete')),
            type text NOT NULL,
            id text NOT NULL,
            revision integer NOT NULL,
            owner_org text NOT NULL,
            visibility text NOT NULL,
            at timestamptz NOT NULL DEFAULT clock_timestamp()
        )"""),
        sql.SQL("""CREATE TABLE {s}.role_orgs (
            role_name name PRIMARY KEY,
            ods_code text NOT NULL CHECK (ods_code ~ '^[A-Z0-9]{{3,10}}$')
        )"""),
        # The organisation the signed-in role acts for; NULL for a role that is not a trust's.
        sql.SQL("""CREATE FUNCTION {s}.my_org() RETURNS text LANGUAGE sql STABLE
            SET search_path = pg_catalog
            AS $$ SELECT ods_code FROM {s}.role_orgs WHERE role_name = current_user $$"""),
        sql.SQL("""CREATE FUNCTION {s}.put_record(p_data jsonb, p_expected integer)
            RETURNS bigint LANGUAGE plpgsql SET search_path = pg_catalog AS $$
            DECLARE
                v_id text := p_data ->> 'id';
                v_type text := p_data ->> 'type';
                v_revision integer := (p_data ->> 'revision')::integer;
                v_org text; v_visibility text; v_seq bigint;
            BEGIN
                IF p_expected = 0 THEN
                    INSERT INTO {s}.records (id, type, revision, data)
                        VALUES (v_id, v_type, v_revision, p_data)
                        ON CONFLICT (id) DO NOTHING
                        RETURNING owner_org, visibility INTO v_org, v_visibility;
                ELSE
                    UPDATE {s}.records
                        SET revision = v_revision, data = p_data, updated_at = now()
                        WHERE id = v_id AND type = v_type AND revision = p_expected
                        RETURNING owner_org, visibility INTO v_org, v_visibility;
                END IF;
                IF NOT FOUND THEN
                    RETURN NULL;
                END IF;
                PERFORM pg_advisory_xact_lock(hashtext({lock}));
                INSERT INTO {s}.changes (op, type, id, revision, owner_org, visibility)
                    VALUES ('put', v_type, v_id, v_revision, v_org, v_visibility)
                    RETURNING seq INTO v_seq;
                PERFORM pg_notify({notify}, v_seq::text);
                RETURN v_seq;
            END $$"""),
        sql.SQL("""CREATE FUNCTION {s}.delete_record(
                p_type text, p_id text, p_expected integer)
            RETURNS bigint LANGUAGE plpgsql SET search_path = pg_catalog AS $$
            DECLARE
                v_revision integer; v_org text; v_visibility text; v_seq bigint;
            BEGIN
                DELETE FROM {s}.records
                    WHERE id = p_id AND type = p_type
                    AND (p_expected IS NULL OR revision = p_expected)
                    RETURNING revision, owner_org, visibility
                    INTO v_revision, v_org, v_visibility;
                IF NOT FOUND THEN
                    RETURN NULL;
                END IF;
                PERFORM pg_advisory_xact_lock(hashtext({lock}));
                INSERT INTO {s}.changes (op, type, id, revision, owner_org, visibility)
                    VALUES ('delete', p_type, p_id, v_revision, v_org, v_visibility)
                    RETURNING seq INTO v_seq;
                PERFORM pg_notify({notify}, v_seq::text);
                RETURN v_seq;
            END $$"""),
        # Row-level security: the table owner (who runs migrate) is not subject to it; every
        # other role sees and changes only what the policies below allow.
        sql.SQL("ALTER TABLE {s}.records ENABLE ROW LEVEL SECURITY"),
        sql.SQL("ALTER TABLE {s}.changes ENABLE ROW LEVEL SECURITY"),
        sql.SQL("ALTER TABLE {s}.role_orgs ENABLE ROW LEVEL SECURITY"),
        sql.SQL("""DO $$ BEGIN
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {trust_text}) THEN
                CREATE ROLE {trust} NOLOGIN;
            END IF;
            IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {admin_text}) THEN
                CREATE ROLE {admin} NOLOGIN;
            END IF;
        END $$"""),
        sql.SQL("REVOKE ALL ON SCHEMA {s} FROM PUBLIC"),
        sql.SQL("GRANT USAGE ON SCHEMA {s} TO {trust}, {admin}"),
        sql.SQL("GRANT SELECT ON {s}.kmcore_meta, {s}.role_orgs TO {trust}, {admin}"),
        sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON {s}.records TO {trust}, {admin}"),
        sql.SQL("GRANT SELECT, INSERT ON {s}.changes TO {trust}, {admin}"),
        # Only the id, and only for an erasure (kmcore person forget): see forget_id().
        sql.SQL("GRANT UPDATE (id) ON {s}.changes TO {trust}, {admin}"),
        sql.SQL("REVOKE ALL ON FUNCTION {s}.my_org(), {s}.put_record(jsonb, integer), "
                "{s}.delete_record(text, text, integer) FROM PUBLIC"),
        sql.SQL("GRANT EXECUTE ON FUNCTION {s}.my_org(), {s}.put_record(jsonb, integer), "
                "{s}.delete_record(text, text, integer) TO {trust}, {admin}"),
        # A trust reads its own records and what others share beyond their organisation...
        sql.SQL("""CREATE POLICY trust_read ON {s}.records FOR SELECT TO {trust}
            USING (owner_org = (SELECT {s}.my_org()) OR visibility IN ('nhs', 'public'))"""),
        # ...and adds, changes and deletes only its own.
        sql.SQL("""CREATE POLICY trust_add ON {s}.records FOR INSERT TO {trust}
            WITH CHECK (owner_org = (SELECT {s}.my_org()))"""),
        sql.SQL("""CREATE POLICY trust_change ON {s}.records FOR UPDATE TO {trust}
            USING (owner_org = (SELECT {s}.my_org()))
            WITH CHECK (owner_org = (SELECT {s}.my_org()))"""),
        sql.SQL("""CREATE POLICY trust_delete ON {s}.records FOR DELETE TO {trust}
            USING (owner_org = (SELECT {s}.my_org()))"""),
        sql.SQL("""CREATE POLICY trust_read ON {s}.changes FOR SELECT TO {trust}
            USING (owner_org = (SELECT {s}.my_org()) OR visibility IN ('nhs', 'public'))"""),
        sql.SQL("""CREATE POLICY trust_add ON {s}.changes FOR INSERT TO {trust}
            WITH CHECK (owner_org = (SELECT {s}.my_org()))"""),
        sql.SQL("""CREATE POLICY trust_forget ON {s}.changes FOR UPDATE TO {trust}
            USING (owner_org = (SELECT {s}.my_org()))
            WITH CHECK (owner_org = (SELECT {s}.my_org()))"""),
        sql.SQL("""CREATE POLICY trust_read ON {s}.role_orgs FOR SELECT TO {trust}
            USING (role_name = current_user)"""),
        sql.SQL("CREATE POLICY hub_admin ON {s}.records TO {admin} USING (true) "
                "WITH CHECK (true)"),
        sql.SQL("CREATE POLICY hub_admin ON {s}.changes TO {admin} USING (true) "
                "WITH CHECK (true)"),
        sql.SQL("CREATE POLICY hub_admin ON {s}.role_orgs FOR SELECT TO {admin} USING (true)"),
    ]
    for statement in statements:
        cur.execute(statement.format(
            s=s, trust=trust, admin=admin, lock=lock, notify=notify,
            trust_text=sql.Literal(trust_group(database, schema)),
            admin_text=sql.Literal(admin_group(database, schema)),
        ))
    cur.execute(sql.SQL("INSERT INTO {s}.kmcore_meta (key, value) VALUES ('feed_id', %s)")
                .format(s=s), (secrets.token_hex(16),))


def _step_2(cur: psycopg.Cursor[tuple[object, ...]], schema: str, database: str) -> None:
    """The audit log, kept in the database so that each entry is written in the same
    transaction as the change it records (a file beside a shared database could miss one or
    record one that was rolled back)."""
    trust = sql.Identifier(trust_group(database, schema))
    admin = sql.Identifier(admin_group(database, schema))
    statements = [
        # entry: kmcore's audit entry (who, through what, which record, which fields: never
        # their values). db_role: the database role that wrote it, which no client can
        # choose; owner_org: the organisation that role acts for ('' for none).
        sql.SQL("""CREATE TABLE {s}.audit (
            seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            logged_at timestamptz NOT NULL DEFAULT now(),
            db_role name NOT NULL DEFAULT current_user,
            owner_org text NOT NULL DEFAULT coalesce({s}.my_org(), ''),
            entry jsonb NOT NULL CHECK (jsonb_typeof(entry) = 'object')
        )"""),
        sql.SQL("ALTER TABLE {s}.audit ENABLE ROW LEVEL SECURITY"),
        # Appended to, never deleted from; only an erasure changes an entry (forget_id()).
        sql.SQL("GRANT SELECT, INSERT ON {s}.audit TO {trust}, {admin}"),
        sql.SQL("GRANT UPDATE (entry) ON {s}.audit TO {trust}, {admin}"),
        sql.SQL("""CREATE POLICY trust_read ON {s}.audit FOR SELECT TO {trust}
            USING (owner_org = (SELECT {s}.my_org()))"""),
        sql.SQL("""CREATE POLICY trust_add ON {s}.audit FOR INSERT TO {trust}
            WITH CHECK (owner_org = (SELECT {s}.my_org()) AND db_role = current_user)"""),
        sql.SQL("""CREATE POLICY trust_forget ON {s}.audit FOR UPDATE TO {trust}
            USING (owner_org = (SELECT {s}.my_org()))
            WITH CHECK (owner_org = (SELECT {s}.my_org()))"""),
        sql.SQL("CREATE POLICY hub_admin_read ON {s}.audit FOR SELECT TO {admin} USING (true)"),
        sql.SQL("""CREATE POLICY hub_admin_add ON {s}.audit FOR INSERT TO {admin}
            WITH CHECK (db_role = current_user)"""),
        sql.SQL("""CREATE POLICY hub_admin_forget ON {s}.audit FOR UPDATE TO {admin}
            USING (true) WITH CHECK (true)"""),
    ]
    for statement in statements:
        cur.execute(statement.format(s=sql.Identifier(schema), trust=trust, admin=admin))


#: What an erasure's pseudonym looks like (kmcore.governance.people.forget): the database
#: refuses to write anything else over a record id, so forget_id() cannot be used to
#: rewrite history with text of a caller's choosing.
PSEUDONYM_PATTERN = "^forgotten-[0-9a-f]{12}$"


def _step_3(cur: psycopg.Cursor[tuple[object, ...]], schema: str, database: str) -> None:
    """The audit log and the change feed become append-only for every kmcore role (D1472).

    Version 2 let a trust's role (and a hub administrator) UPDATE the audit entries and the
    feed's ids, for an erasure: so a trust could rewrite its own history by hand-written SQL,
    and an erasure run by a trust could not reach the entries a hub administrator had written
    about its person (filed under no organisation). Now no kmcore role may change either
    table; an erasure goes through ``forget_id()``, a SECURITY DEFINER function which checks
    that the person's record was the caller's organisation's (or that the caller is a hub
    administrator), accepts only a pseudonym for the new id, and then reaches every entry
    about the person, whoever wrote it.
    """
    s = sql.Identifier(schema)
    trust = sql.Identifier(trust_group(database, schema))
    admin = sql.Identifier(admin_group(database, schema))
    statements = [
        sql.SQL("REVOKE UPDATE (id) ON {s}.changes FROM {trust}, {admin}"),
        sql.SQL("REVOKE UPDATE ON {s}.changes FROM {trust}, {admin}"),
        sql.SQL("REVOKE UPDATE (entry) ON {s}.audit FROM {trust}, {admin}"),
        sql.SQL("REVOKE UPDATE ON {s}.audit FROM {trust}, {admin}"),
        sql.SQL("DROP POLICY trust_forget ON {s}.changes"),
        sql.SQL("DROP POLICY trust_forget ON {s}.audit"),
        sql.SQL("DROP POLICY hub_admin_forget ON {s}.audit"),
        # session_user: inside a SECURITY DEFINER function current_user is the owner; the
        # role that signed in is the caller (a trust's role cannot SET ROLE to another).
        sql.SQL("""CREATE FUNCTION {s}.forget_id(p_id text, p_pseudonym text, p_whos text[])
            RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
            AS $$
            DECLARE
                v_role name := session_user;
                v_org text;
                v_all boolean;
                v_feed bigint; v_ids bigint; v_whos bigint;
            BEGIN
                IF p_pseudonym !~ {pattern} THEN
                    RAISE EXCEPTION '% is not an erasure''s pseudonym', p_pseudonym
                        USING ERRCODE = 'invalid_parameter_value';
                END IF;
                SELECT ods_code INTO v_org FROM {s}.role_orgs WHERE role_name = v_role;
                v_all := pg_has_role(v_role, {admin_text}, 'MEMBER')
                    OR pg_has_role(v_role, (SELECT relowner FROM pg_class
                                            WHERE oid = {records_text}::regclass), 'MEMBER');
                IF NOT v_all AND (v_org IS NULL
                        OR NOT EXISTS (SELECT FROM {s}.changes
                                       WHERE id = p_id AND owner_org = v_org)
                        OR EXISTS (SELECT FROM {s}.changes
                                   WHERE id = p_id AND owner_org <> v_org)) THEN
                    RAISE EXCEPTION 'only the organisation that kept % (or a hub '
                        'administrator) may erase it', p_id
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                UPDATE {s}.changes SET id = p_pseudonym WHERE id = p_id;
                GET DIAGNOSTICS v_feed = ROW_COUNT;
                -- Every entry about the person, whoever wrote it: the id, and any note
                -- naming it (an entry's other fields never hold record ids).
                UPDATE {s}.audit SET entry = CASE WHEN entry ->> 'id' = p_id
                        THEN jsonb_set(entry, '{{id}}', to_jsonb(p_pseudonym)) ELSE entry END
                    || CASE WHEN strpos(entry ->> 'note', p_id) > 0 THEN jsonb_build_object(
                        'note', replace(entry ->> 'note', p_id, p_pseudonym))
                        ELSE '{{}}'::jsonb END
                    WHERE entry ->> 'id' = p_id OR strpos(entry ->> 'note', p_id) > 0;
                GET DIAGNOSTICS v_ids = ROW_COUNT;
                -- The changes the person made: a trust's own organisation's entries (its
                -- staff sign in as its role), every entry for a hub administrator.
                UPDATE {s}.audit SET entry = jsonb_set(entry, '{{who}}', to_jsonb(p_pseudonym))
                    WHERE entry ->> 'who' = ANY(p_whos) AND (v_all OR owner_org = v_org);
                GET DIAGNOSTICS v_whos = ROW_COUNT;
                RETURN v_feed + v_ids + v_whos;
            END $$"""),
        sql.SQL("REVOKE ALL ON FUNCTION {s}.forget_id(text, text, text[]) FROM PUBLIC"),
        sql.SQL("GRANT EXECUTE ON FUNCTION {s}.forget_id(text, text, text[]) "
                "TO {trust}, {admin}"),
    ]
    for statement in statements:
        cur.execute(statement.format(
            s=s, trust=trust, admin=admin, pattern=sql.Literal(PSEUDONYM_PATTERN),
            admin_text=sql.Literal(admin_group(database, schema)),
            records_text=sql.Literal(f'"{schema}".records')))


def _step_4(cur: psycopg.Cursor[tuple[object, ...]], schema: str, database: str) -> None:
    """Withdrawals reach the readers who lose the record (D1475).

    A feed row is visible to whoever may read the record *as it is now*; so when a trust
    narrows a shared record to its own organisation, the row of that change is invisible to
    the other trusts, and their search index (and sync) kept the record. An update that takes
    a record away from readers who had it (it was shared and no longer is, or it changes
    owner and is not shared) now also adds a ``withdraw`` row carrying the record's *old*
    owner and visibility, so exactly those readers see it; it holds the type, id and
    revision, never the content. The store lists it as a ``delete`` to a reader who can no
    longer read the record, and hides it from those who still can (its owner, a hub
    administrator), for whom the change's own ``put`` row follows.
    """
    s = sql.Identifier(schema)
    lock = sql.Literal(feed_lock_key(schema))
    statements = [
        sql.SQL("ALTER TABLE {s}.changes DROP CONSTRAINT changes_op_check"),
        sql.SQL("ALTER TABLE {s}.changes ADD CONSTRAINT changes_op_check "
                "CHECK (op IN ('put', 'delete', 'withdraw'))"),
        # Invoker's rights: a trust adds the row as its own organisation's (the old owner is
        # its organisation, since it may update only its own records).
        sql.SQL("""CREATE FUNCTION {s}.feed_withdrawal() RETURNS trigger LANGUAGE plpgsql
            SET search_path = pg_catalog AS $$
            BEGIN
                -- The feed's seq is given under this lock, held to the commit (see put_record).
                PERFORM pg_advisory_xact_lock(hashtext({lock}));
                INSERT INTO {s}.changes (op, type, id, revision, owner_org, visibility)
                    VALUES ('withdraw', OLD.type, OLD.id, NEW.revision, OLD.owner_org,
                            OLD.visibility);
                RETURN NULL;
            END $$"""),
        sql.SQL("""CREATE TRIGGER feed_withdrawal AFTER UPDATE ON {s}.records FOR EACH ROW
            WHEN (NEW.visibility NOT IN ('nhs', 'public')
                  AND (OLD.visibility IN ('nhs', 'public')
                       OR OLD.owner_org IS DISTINCT FROM NEW.owner_org))
            EXECUTE FUNCTION {s}.feed_withdrawal()"""),
    ]
    for statement in statements:
        cur.execute(statement.format(s=s, lock=lock))


def _step_5(cur: psycopg.Cursor[tuple[object, ...]], schema: str, database: str) -> None:
    """A trust's erasure reaches the person's logins in the hub administrators' entries too,
    and can say which entries it cannot reach (D1491).

    Version 3's ``forget_id`` took the ``who`` values to replace as the caller read them, and
    replaced them only in the caller's own organisation's entries: a trust's role cannot read
    the hub administrators' entries (filed under no organisation), so a person who had also
    worked through a hub administrator's role kept their login there. Now the function takes
    the person's login *keys* (``kmcore.audit.actor_key``; the same rule is
    ``actor_key(text)`` here) and compares them itself, in the caller's entries and the hub
    administrators' entries about a record that was ever the caller's organisation's
    (``in_lane``; every entry for a hub administrator or the owner). Another trust's
    entries, and the administrators' about other organisations' records, stay out of its
    reach: ``forget_unreached`` counts, per organisation, the
    entries naming one of the keys that the caller's erasure would not reach, so the
    erasure is refused before anything changes rather than reported complete.
    """
    s = sql.Identifier(schema)
    trust = sql.Identifier(trust_group(database, schema))
    admin = sql.Identifier(admin_group(database, schema))
    # Python's str.strip() strips whitespace; these are the whitespace characters a login
    # may carry in practice.
    spaces = sql.Literal(" \t\n\r\f\v")
    statements = [
        # A raw string: the SQL holds backslashes (a Windows domain's separator).
        sql.SQL(r"""CREATE FUNCTION {s}.actor_key(p_who text) RETURNS text LANGUAGE sql
            IMMUTABLE SET search_path = pg_catalog AS $$
            SELECT lower(btrim(regexp_replace(replace(btrim(p_who, {spaces}), '/', '\'),
                                              '^.*\\', ''), {spaces})) $$"""),
        # Who may erase what, in one place for both functions below: (organisation, all?).
        sql.SQL("""CREATE FUNCTION {s}.erasure_scope(OUT v_org text, OUT v_all boolean)
            LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
            BEGIN
                SELECT ods_code INTO v_org FROM {s}.role_orgs WHERE role_name = session_user;
                v_all := pg_has_role(session_user, {admin_text}, 'MEMBER')
                    OR pg_has_role(session_user, (SELECT relowner FROM pg_class
                                   WHERE oid = {records_text}::regclass), 'MEMBER');
            END $$"""),
        # A trust's lane in the audit log, for an erasure: its own entries, and the hub
        # administrators' (filed under no organisation) about a record that was ever its
        # own. Not every administrator's entry: a trust could then efface any hub staff's
        # login from the log by erasing a person given that login.
        sql.SQL("""CREATE FUNCTION {s}.in_lane(p_entry_org text, p_entry_id text, p_org text)
            RETURNS boolean LANGUAGE sql STABLE SET search_path = pg_catalog AS $$
            SELECT p_entry_org = p_org OR (p_entry_org = '' AND EXISTS (
                SELECT FROM {s}.changes WHERE id = p_entry_id AND owner_org = p_org)) $$"""),
        sql.SQL("DROP FUNCTION {s}.forget_id(text, text, text[])"),
        sql.SQL("""CREATE FUNCTION {s}.forget_id(p_id text, p_pseudonym text, p_keys text[])
            RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog
            AS $$
            DECLARE
                v_org text; v_all boolean;
                v_feed bigint; v_ids bigint; v_whos bigint;
            BEGIN
                IF p_pseudonym !~ {pattern} THEN
                    RAISE EXCEPTION '% is not an erasure''s pseudonym', p_pseudonym
                        USING ERRCODE = 'invalid_parameter_value';
                END IF;
                SELECT * INTO v_org, v_all FROM {s}.erasure_scope();
                IF NOT v_all AND (v_org IS NULL
                        OR NOT EXISTS (SELECT FROM {s}.changes
                                       WHERE id = p_id AND owner_org = v_org)
                        OR EXISTS (SELECT FROM {s}.changes
                                   WHERE id = p_id AND owner_org <> v_org)) THEN
                    RAISE EXCEPTION 'only the organisation that kept % (or a hub '
                        'administrator) may erase it', p_id
                        USING ERRCODE = 'insufficient_privilege';
                END IF;
                UPDATE {s}.changes SET id = p_pseudonym WHERE id = p_id;
                GET DIAGNOSTICS v_feed = ROW_COUNT;
                -- Every entry about the person, whoever wrote it: the id, and any note
                -- naming it (an entry's other fields never hold record ids).
                UPDATE {s}.audit SET entry = CASE WHEN entry ->> 'id' = p_id
                        THEN jsonb_set(entry, '{{id}}', to_jsonb(p_pseudonym)) ELSE entry END
                    || CASE WHEN strpos(entry ->> 'note', p_id) > 0 THEN jsonb_build_object(
                        'note', replace(entry ->> 'note', p_id, p_pseudonym))
                        ELSE '{{}}'::jsonb END
                    WHERE entry ->> 'id' = p_id OR strpos(entry ->> 'note', p_id) > 0;
                GET DIAGNOSTICS v_ids = ROW_COUNT;
                -- The changes the person made: in a trust's own organisation's entries (its
                -- staff sign in as its role) and the hub administrators' about its records
                -- (in_lane); every entry for a hub administrator.
                UPDATE {s}.audit SET entry = jsonb_set(entry, '{{who}}', to_jsonb(p_pseudonym))
                    WHERE {s}.actor_key(entry ->> 'who') = ANY(p_keys)
                    AND (v_all OR {s}.in_lane(owner_org, entry ->> 'id', v_org));
                GET DIAGNOSTICS v_whos = ROW_COUNT;
                RETURN v_feed + v_ids + v_whos;
            END $$"""),
        # What forget_id would leave: per other organisation, how many of its audit entries
        # name one of the keys as who, and how many of its records the caller cannot read
        # refer to the person (counts only: never the entries or records themselves).
        sql.SQL("""CREATE FUNCTION {s}.forget_unreached(p_id text, p_keys text[])
            RETURNS TABLE (owner_org text, entries bigint, records bigint) LANGUAGE plpgsql
            STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
            DECLARE
                v_org text; v_all boolean;
            BEGIN
                SELECT * INTO v_org, v_all FROM {s}.erasure_scope();
                IF v_all THEN
                    RETURN;
                END IF;
                RETURN QUERY SELECT u.org, sum(u.entries)::bigint, sum(u.records)::bigint
                    FROM (SELECT a.owner_org AS org, 1 AS entries, 0 AS records
                          FROM {s}.audit AS a
                          WHERE {s}.actor_key(a.entry ->> 'who') = ANY(p_keys)
                          AND NOT coalesce({s}.in_lane(a.owner_org, a.entry ->> 'id',
                                                      v_org), false)
                          UNION ALL
                          SELECT r.owner_org, 0, 1 FROM {s}.records AS r
                          WHERE r.owner_org IS DISTINCT FROM v_org
                          AND r.visibility NOT IN ('nhs', 'public') AND r.id <> p_id
                          AND jsonb_path_exists(r.data, 'strict $.** ? (@ == $id)',
                                                jsonb_build_object('id', p_id))) AS u
                    GROUP BY u.org ORDER BY u.org;
            END $$"""),
        sql.SQL("REVOKE ALL ON FUNCTION {s}.in_lane(text, text, text) FROM PUBLIC"),
        sql.SQL("REVOKE ALL ON FUNCTION {s}.erasure_scope(), {s}.forget_id(text, text, "
                "text[]), {s}.forget_unreached(text, text[]) FROM PUBLIC"),
        sql.SQL("GRANT EXECUTE ON FUNCTION {s}.actor_key(text), "
                "{s}.forget_id(text, text, text[]), {s}.forget_unreached(text, text[]) "
                "TO {trust}, {admin}"),
    ]
    for statement in statements:
        cur.execute(statement.format(
            s=s, trust=trust, admin=admin, pattern=sql.Literal(PSEUDONYM_PATTERN),
            spaces=spaces, admin_text=sql.Literal(admin_group(database, schema)),
            records_text=sql.Literal(f'"{schema}".records')))


Step = Callable[[psycopg.Cursor[tuple[object, ...]], str, str], None]
#: Step N (1-based) brings the schema from version N-1 to N.
STEPS: tuple[Step, ...] = (_step_1, _step_2, _step_3, _step_4, _step_5)
LATEST = len(STEPS)


def schema_version(conn: psycopg.Connection[tuple[object, ...]], schema: str) -> int | None:
    """The version of *schema*, or None when it has no kmcore tables (not migrated yet)."""
    with conn.cursor() as cur:
        cur.execute("SELECT to_regclass(%s)", (f'"{schema}".kmcore_meta',))
        row = cur.fetchone()
        if row is None or row[0] is None:
            return None
        cur.execute(sql.SQL("SELECT value FROM {s}.kmcore_meta WHERE key = 'schema_version'")
                    .format(s=sql.Identifier(schema)))
        found = cur.fetchone()
    return int(str(found[0])) if found else 0


def migrate(conn: psycopg.Connection[tuple[object, ...]], schema: str) -> tuple[int, int]:
    """Bring *schema* to :data:`LATEST` (creating it if needed); return (before, after).

    The whole upgrade is one transaction: it lands entirely or not at all. A schema newer
    than this code is left alone (the caller reports it).
    """
    s = sql.Identifier(schema)
    with conn.transaction(), conn.cursor() as cur:
        # One migrate at a time per schema, even if two IT staff run it at once.
        cur.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (f"kmcore-migrate:{schema}",))
        cur.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {s}").format(s=s))
        cur.execute(sql.SQL("CREATE TABLE IF NOT EXISTS {s}.kmcore_meta "
                            "(key text PRIMARY KEY, value text NOT NULL)").format(s=s))
        before = schema_version(conn, schema) or 0
        if before >= LATEST:
            return before, before
        cur.execute("SELECT current_database()")
        row = cur.fetchone()
        assert row is not None
        database = str(row[0])
        for number in range(before + 1, LATEST + 1):
            STEPS[number - 1](cur, schema, database)
        cur.execute(sql.SQL(
            "INSERT INTO {s}.kmcore_meta (key, value) VALUES ('schema_version', %s) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value").format(s=s), (str(LATEST),))
    return before, LATEST
