"""People who sign in, and who approved each log entry; on PostgreSQL, the roles and
privileges by which the server itself enforces what each person may do.

Both databases get the ``people`` table and ``event_log.approver``. On PostgreSQL:

- Three group roles, ``warehouse_clerk``, ``warehouse_supervisor`` (a member of clerk) and
  ``warehouse_admin`` (a member of supervisor), created if absent. Each person is a login
  role named after their login, with their PIN as its password, in exactly one group.
- Privileges: every group reads every table and appends to the log (no UPDATE, DELETE or
  TRUNCATE of ``event_log``); a clerk receives batches and allocates; only a supervisor
  changes a batch's purchased quantity or a product's low-stock threshold.
- A trigger on ``event_log`` writes the session's person as the operator, whatever the
  client sent, and the approver when a supervisor's session writes for the person at a
  desk; it refuses a clerk's session logging what only a supervisor does and, once there
  are people, any session that is neither a person nor the owner's. A trigger on
  ``products`` refuses a clerk's new product with a threshold.
- ``people`` is read by anyone (but its PIN hashes) and changed only through functions
  that run as the database's owner: adding a person, changing a role, disabling (an
  admin's, never their own), counting a wrong PIN (anyone's: the person has no connection yet) and
  clearing the count (the person's own).

Running it needs an owner with CREATEROLE (the group roles, and later each person's role).

The downgrade drops the functions, triggers, table and column, revokes every privilege
this database gave the group roles and drops the login roles of this database's people.
It keeps the group roles themselves: roles are shared by every database on the server,
and other databases may use them. Once no database uses them, the server's owner may
drop them: ``DROP ROLE warehouse_admin, warehouse_supervisor, warehouse_clerk``.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

GROUPS = ("warehouse_clerk", "warehouse_supervisor", "warehouse_admin")
# What only a supervisor logs, and what only an admin logs.
SUPERVISOR_EVENTS = ("BatchesImported", "BatchQuantityChanged", "LowStockThresholdSet")
ADMIN_EVENTS = ("PersonAdded", "PersonRoleChanged", "PersonDisabled")
# As ``domain.people.lock_seconds``: 5 wrong PINs free, then 30 s doubling up to an hour.
FREE_FAILURES, FIRST_LOCK_SECONDS, LONGEST_LOCK_SECONDS = 5, 30, 3600
# Who may see what of the people: everything but the PIN hashes.
PEOPLE_COLUMNS = "login, name, role, disabled, failed_pins, locked_until"
SAFE = "SECURITY DEFINER SET search_path = public, pg_temp"
# A person never changes their own role or disables themselves: another admin does.
OWN_ACCOUNT = (
    "RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', "
    "MESSAGE = 'Another admin changes your own role or disables you';"
)
FUNCTIONS = (
    "warehouse_add_person(text, text, text, text)",
    "warehouse_set_role(text, text)",
    "warehouse_disable_person(text)",
    "warehouse_pin_failed(text)",
    "warehouse_pin_accepted()",
    "warehouse_stamp_event()",
    "warehouse_check_product()",
    "warehouse_group_of(text)",
)


def upgrade() -> None:
    """Add the table and the column; on PostgreSQL, the roles, privileges, triggers and
    functions."""
    op.create_table(
        "people",
        sa.Column("login", sa.String(32), primary_key=True),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("disabled", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("pin_hash", sa.String(256), nullable=True),
        sa.Column("failed_pins", sa.Integer, nullable=False, server_default="0"),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
    )
    with op.batch_alter_table("event_log") as table:
        table.add_column(sa.Column("approver", sa.String(128), nullable=False, server_default=""))
    if op.get_context().dialect.name == "postgresql":
        for statement in (
            *_group_roles(),
            *_grants(),
            *_functions(),
            *_triggers(),
            *_function_grants(),
        ):
            op.execute(statement)


def downgrade() -> None:
    """Drop what the upgrade made in this database, and its people's login roles; keep
    the server-wide group roles (see the module's docstring)."""
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP TRIGGER warehouse_stamp_event ON event_log")
        op.execute("DROP TRIGGER warehouse_check_product ON products")
        for function in FUNCTIONS:
            op.execute(f"DROP FUNCTION {function}")
        groups = ", ".join(GROUPS)
        op.execute(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {groups}")
        op.execute(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {groups}")
        op.execute(f"REVOKE ALL ON SCHEMA public FROM {groups}")
        op.execute(
            "DO $$ DECLARE person text; BEGIN "
            f"EXECUTE format('REVOKE ALL ON DATABASE %I FROM {groups}', current_database()); "
            "FOR person IN SELECT p.login FROM people p JOIN pg_roles r ON r.rolname = p.login "
            "WHERE NOT r.rolsuper AND pg_has_role(r.oid, 'warehouse_clerk', 'MEMBER') "
            "LOOP EXECUTE format('DROP ROLE %I', person); END LOOP; END $$"
        )
    op.drop_table("people")
    with op.batch_alter_table("event_log") as table:
        table.drop_column("approver")


def _group_roles() -> list[str]:
    """The group roles, created if absent (another database may have made them), each
    higher one a member of the one below it."""
    statements = [
        "DO $$ BEGIN "
        f"IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{group}') THEN "
        f"CREATE ROLE {group} NOLOGIN; END IF; "
        # Two databases migrating at once: the other one created it first.
        "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"
        for group in GROUPS
    ]
    for member, group in zip(GROUPS[1:], GROUPS, strict=False):
        statements.append(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_auth_members m "
            "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member "
            f"WHERE g.rolname = '{group}' AND r.rolname = '{member}') THEN "
            f"GRANT {group} TO {member}; END IF; END $$"
        )
    return statements


def _grants() -> list[str]:
    """What each group may do: read everything, append to the log, and the column
    privileges of each role's commands (``SELECT ... FOR UPDATE`` of a product needs
    UPDATE on one of its columns: its version, which every command changes)."""
    clerk, supervisor, _admin = GROUPS
    groups = ", ".join(GROUPS)
    return [
        "DO $$ BEGIN EXECUTE format("
        f"'GRANT CONNECT ON DATABASE %I TO {groups}', current_database()); END $$",
        f"GRANT USAGE ON SCHEMA public TO {clerk}",
        "GRANT SELECT ON products, batches, allocations, waiting_lines, event_log, "
        f"schema_history, alembic_version TO {clerk}",
        f"GRANT SELECT ({PEOPLE_COLUMNS}) ON people TO PUBLIC",
        f"GRANT INSERT ON products TO {clerk}",
        f"GRANT UPDATE (version_number) ON products TO {clerk}",
        f"GRANT UPDATE (low_stock_threshold) ON products TO {supervisor}",
        f"GRANT INSERT (reference, sku, purchased_quantity, eta) ON batches TO {clerk}",
        f"GRANT UPDATE (allocated_quantity) ON batches TO {clerk}",
        f"GRANT UPDATE (purchased_quantity) ON batches TO {supervisor}",
        f"GRANT INSERT, DELETE, UPDATE (qty) ON allocations TO {clerk}",
        f"GRANT INSERT, DELETE ON waiting_lines TO {clerk}",
        f"GRANT INSERT ON event_log TO {clerk}",
        "GRANT USAGE ON SEQUENCE batches_id_seq, allocations_id_seq, waiting_lines_id_seq, "
        f"event_log_id_seq TO {clerk}",
    ]


def _functions() -> list[str]:
    """The functions that change ``people`` (run as the owner) and those of the triggers."""
    supervisor_events = ", ".join(f"'{name}'" for name in SUPERVISOR_EVENTS)
    admin_events = ", ".join(f"'{name}'" for name in ADMIN_EVENTS)
    refuse = "RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = "
    return [
        # The group role of a role's name ("clerk" -> warehouse_clerk), or an error.
        "CREATE FUNCTION warehouse_group_of(p_role text) RETURNS text LANGUAGE plpgsql "
        "IMMUTABLE SET search_path = public, pg_temp AS $$ BEGIN "
        "IF p_role NOT IN ('clerk', 'supervisor', 'admin') THEN "
        "RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value', "
        "MESSAGE = format('%s is not a role: clerk, supervisor or admin', p_role); END IF; "
        "RETURN 'warehouse_' || p_role; END $$",
        "CREATE FUNCTION warehouse_add_person(p_login text, p_name text, p_role text, "
        f"p_verifier text) RETURNS void LANGUAGE plpgsql {SAFE} AS $$ BEGIN "
        "IF p_login !~ '^[a-z][a-z0-9._-]{0,31}$' "
        "OR p_login ~ '^(pg_.*|warehouse_.*|postgres|public)$' THEN "
        "RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value', "
        "MESSAGE = format('%s cannot be a login', p_login); END IF; "
        "IF p_verifier NOT LIKE 'SCRAM-SHA-256$%' THEN "
        "RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value', "
        "MESSAGE = 'A PIN is given as its SCRAM verifier, never as text'; END IF; "
        "IF EXISTS (SELECT FROM people WHERE login = p_login) THEN "
        "RAISE EXCEPTION USING ERRCODE = 'unique_violation', "
        "MESSAGE = format('%s is already a person here', p_login); END IF; "
        "IF EXISTS (SELECT FROM pg_roles WHERE rolname = p_login) THEN "
        "RAISE EXCEPTION USING ERRCODE = 'duplicate_object', "
        "MESSAGE = format('A database role named %s exists already', p_login); END IF; "
        "INSERT INTO people (login, name, role) VALUES (p_login, p_name, p_role); "
        "BEGIN EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', "
        "p_login, p_verifier, warehouse_group_of(p_role)); "
        # Raised again from here, so that no message's context quotes the verifier.
        "EXCEPTION WHEN OTHERS THEN "
        "RAISE EXCEPTION USING ERRCODE = SQLSTATE, MESSAGE = SQLERRM; END; END $$",
        "CREATE FUNCTION warehouse_set_role(p_login text, p_role text) RETURNS void "
        f"LANGUAGE plpgsql {SAFE} AS $$ DECLARE new_group text := warehouse_group_of(p_role); "
        "old_group text; BEGIN "
        f"IF p_login = session_user::text THEN {OWN_ACCOUNT} END IF; "
        "UPDATE people SET role = p_role WHERE login = p_login; "
        "IF NOT FOUND THEN RAISE EXCEPTION USING ERRCODE = 'no_data_found', "
        "MESSAGE = format('%s is not a person here', p_login); END IF; "
        "FOR old_group IN SELECT g.rolname FROM pg_auth_members m "
        "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles r ON r.oid = m.member "
        f"WHERE r.rolname = p_login AND g.rolname IN {_sql_list(GROUPS)} "
        "AND g.rolname <> new_group LOOP "
        "EXECUTE format('REVOKE %I FROM %I', old_group, p_login); END LOOP; "
        "IF NOT EXISTS (SELECT FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = p_login "
        "AND g.rolname = new_group) THEN "
        "EXECUTE format('GRANT %I TO %I', new_group, p_login); END IF; END $$",
        "CREATE FUNCTION warehouse_disable_person(p_login text) RETURNS void "
        f"LANGUAGE plpgsql {SAFE} AS $$ BEGIN "
        f"IF p_login = session_user::text THEN {OWN_ACCOUNT} END IF; "
        "UPDATE people SET disabled = true WHERE login = p_login; "
        "IF NOT FOUND THEN RAISE EXCEPTION USING ERRCODE = 'no_data_found', "
        "MESSAGE = format('%s is not a person here', p_login); END IF; "
        "EXECUTE format('ALTER ROLE %I NOLOGIN', p_login); END $$",
        # Anyone's: the person whose PIN was wrong has no connection of their own.
        "CREATE FUNCTION warehouse_pin_failed(p_login text) "
        "RETURNS TABLE (failures integer, locked_seconds integer) "
        f"LANGUAGE plpgsql {SAFE} AS $$ BEGIN "
        "UPDATE people SET failed_pins = people.failed_pins + 1 WHERE login = p_login "
        "RETURNING people.failed_pins INTO failures; "
        "IF NOT FOUND THEN RAISE EXCEPTION USING ERRCODE = 'no_data_found', "
        "MESSAGE = format('%s is not a person here', p_login); END IF; "
        f"locked_seconds := CASE WHEN failures < {FREE_FAILURES} THEN 0 ELSE "
        f"LEAST({FIRST_LOCK_SECONDS} * power(2, LEAST(failures - {FREE_FAILURES}, 20)), "
        f"{LONGEST_LOCK_SECONDS})::integer END; "
        "UPDATE people SET locked_until = CASE WHEN locked_seconds > 0 "
        "THEN clock_timestamp() + make_interval(secs => locked_seconds) END WHERE login = p_login; "
        "RETURN NEXT; END $$",
        # The session's own person: a right PIN clears the count.
        "CREATE FUNCTION warehouse_pin_accepted() RETURNS void "
        f"LANGUAGE plpgsql {SAFE} AS $$ BEGIN "
        "UPDATE people SET failed_pins = 0, locked_until = NULL "
        "WHERE login = session_user; END $$",
        # Operator and approver come from the session, when its user is a person.
        "CREATE FUNCTION warehouse_stamp_event() RETURNS trigger LANGUAGE plpgsql "
        "SET search_path = public, pg_temp AS $$ BEGIN "
        "IF NOT EXISTS (SELECT FROM people WHERE login = session_user) THEN "
        # Once there are people, only they and the owner (outside the program) write.
        "IF EXISTS (SELECT FROM people) AND NOT pg_has_role(session_user, "
        "(SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN "
        f"{refuse} 'Sign in first: this database has people, and every action names who "
        "did it'; END IF; RETURN NEW; END IF; "
        "IF NEW.approver = '' THEN NEW.operator := session_user; ELSE "
        "IF NOT pg_has_role(session_user, 'warehouse_supervisor', 'MEMBER') THEN "
        f"{refuse} format('%s is a clerk: only a supervisor or an admin approves', "
        "session_user); END IF; "
        "IF NEW.operator = session_user::text "
        "OR NOT EXISTS (SELECT FROM people WHERE login = NEW.operator) THEN "
        f"{refuse} format('An approval needs a second person, who is a person here, "
        "not %s', NEW.operator); END IF; "
        "NEW.approver := session_user; END IF; "
        f"IF NEW.type IN ({supervisor_events}) "
        "AND NOT pg_has_role(session_user, 'warehouse_supervisor', 'MEMBER') THEN "
        f"{refuse} format('%s needs a supervisor', NEW.type); END IF; "
        f"IF NEW.type IN ({admin_events}) "
        "AND NOT pg_has_role(session_user, 'warehouse_admin', 'MEMBER') THEN "
        f"{refuse} format('%s needs an admin', NEW.type); END IF; "
        "RETURN NEW; END $$",
        # A clerk adds products, but without a low-stock threshold.
        "CREATE FUNCTION warehouse_check_product() RETURNS trigger LANGUAGE plpgsql "
        "SET search_path = public, pg_temp AS $$ BEGIN "
        "IF NEW.low_stock_threshold <> 0 "
        "AND pg_has_role(session_user, 'warehouse_clerk', 'MEMBER') "
        "AND NOT pg_has_role(session_user, 'warehouse_supervisor', 'MEMBER') THEN "
        f"{refuse} 'Setting a low-stock threshold needs a supervisor'; END IF; "
        "RETURN NEW; END $$",
    ]


def _triggers() -> list[str]:
    return [
        "CREATE TRIGGER warehouse_stamp_event BEFORE INSERT ON event_log "
        "FOR EACH ROW EXECUTE FUNCTION warehouse_stamp_event()",
        "CREATE TRIGGER warehouse_check_product BEFORE INSERT ON products "
        "FOR EACH ROW EXECUTE FUNCTION warehouse_check_product()",
    ]


def _function_grants() -> list[str]:
    """Functions are executable by PUBLIC unless revoked: only counting a wrong PIN is."""
    clerk, _supervisor, admin = GROUPS
    people_functions = FUNCTIONS[:3]
    return [
        *(f"REVOKE EXECUTE ON FUNCTION {function} FROM PUBLIC" for function in FUNCTIONS),
        *(f"GRANT EXECUTE ON FUNCTION {function} TO {admin}" for function in people_functions),
        "GRANT EXECUTE ON FUNCTION warehouse_pin_failed(text) TO PUBLIC",
        f"GRANT EXECUTE ON FUNCTION warehouse_pin_accepted() TO {clerk}",
    ]


def _sql_list(names: tuple[str, ...]) -> str:
    return "(" + ", ".join(f"'{name}'" for name in names) + ")"
