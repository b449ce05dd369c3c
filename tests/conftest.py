"""Settings every test shares: offscreen Qt, no test touches the user's real files, and
real databases: a SQLite file per test and a fresh PostgreSQL database per test."""

import logging
import os
import uuid
import warnings

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from tests import pgbouncer as pgbouncer_support
from tests import private_cluster as private_cluster_support
from tests.needs import needed
from warehouse_gui import logs
from warehouse_gui.adapters import database, orm, schema
from warehouse_gui.service_layer.unit_of_work import SqlAlchemyUnitOfWork

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory, monkeypatch):
    """Point user directories and mail settings away from the real machine, and speak
    English whatever language its desktop speaks (the tests of languages choose theirs)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    for name in ("WAREHOUSE_DB_URL", "WAREHOUSE_SMTP_HOST", "WAREHOUSE_SMTP_PORT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("WAREHOUSE_COLOR_SCHEME", raising=False)
    monkeypatch.setenv("WAREHOUSE_LANGUAGE", "en")


@pytest.fixture
def restored_logging():
    """Undo whatever a test does to the root logger's handlers and level."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield root
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    logging.captureWarnings(False)


@pytest.fixture
def log_file(tmp_path, restored_logging):
    """The application's log, configured as the command line does, in a temporary directory."""
    return logs.configure("INFO", tmp_path / "log")


def postgres_server_url() -> str:
    """The server named by WAREHOUSE_TEST_PG_URL; in CI its absence fails, elsewhere it skips."""
    url = os.environ.get("WAREHOUSE_TEST_PG_URL", "").strip()
    if not url:
        if os.environ.get("CI"):
            pytest.fail("CI must set WAREHOUSE_TEST_PG_URL: PostgreSQL tests may not skip there")
        pytest.skip("WAREHOUSE_TEST_PG_URL is not set")
    return make_url(url).set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


@pytest.fixture
def postgresql_url():
    """A new, empty PostgreSQL database, dropped after the test."""
    server = postgres_server_url()
    name = f"warehouse_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'warehouse.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request):
    """Each test using it runs on a SQLite file and on PostgreSQL."""
    return request.getfixturevalue(f"{request.param}_url")


@pytest.fixture
def engine(db_url):
    orm.start_mappers()
    engine = database.make_engine(db_url)
    schema.upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def session_factory(engine):
    return database.session_factory(engine)


@pytest.fixture
def uow(session_factory):
    return SqlAlchemyUnitOfWork(session_factory, station="desk-1", operator="alice")


WAREHOUSE_GROUPS = ("warehouse_clerk", "warehouse_supervisor", "warehouse_admin")
# People: the roles in a warehouse group role, enabled or not; and which group roles exist.
_WAREHOUSE_MEMBERS = text(
    "SELECT DISTINCT r.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
    "JOIN pg_roles r ON r.oid = m.member WHERE g.rolname LIKE 'warehouse\\_%' "
    "AND r.rolname NOT LIKE 'warehouse\\_%'"
)
_WAREHOUSE_GROUPS = text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:groups)")


@pytest.fixture(scope="session")
def private_cluster():
    """A private PostgreSQL cluster with real password checking (scram-sha-256), one per
    test session (``tests/private_cluster``). Without PostgreSQL's binaries it skips, and
    fails in CI. Tests that use it are marked ``postgres``."""
    cluster = needed(
        private_cluster_support.start,
        private_cluster_support.Unavailable,
        "the private PostgreSQL cluster",
    )
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def small_cluster():
    """A private cluster of ``private_cluster.SMALL_CLUSTER_SLOTS`` connection slots, none
    kept for superusers, one per test session; started like ``private_cluster``."""
    settings = {
        "max_connections": str(private_cluster_support.SMALL_CLUSTER_SLOTS),
        "superuser_reserved_connections": "0",
    }
    cluster = needed(
        lambda: private_cluster_support.start(settings=settings),
        private_cluster_support.Unavailable,
        "the private PostgreSQL cluster",
    )
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def scram_db_url(private_cluster):
    """A new, empty database in the private cluster, as its owner's URL; dropped after the
    test with every person's login role (roles are shared by the whole server)."""
    name = f"warehouse_test_{uuid.uuid4().hex[:12]}"
    owner = create_engine(private_cluster.url(), isolation_level="AUTOCOMMIT")
    with owner.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield private_cluster.url(name)
    finally:
        with owner.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            for login in connection.execute(_WAREHOUSE_MEMBERS).scalars().all():
                connection.execute(text(f'DROP ROLE "{login}"'))
        owner.dispose()


@pytest.fixture(scope="session")
def pgbouncer():
    """A PgBouncer in transaction pooling mode in front of the server of
    WAREHOUSE_TEST_PG_URL, one per test session (``tests/pgbouncer``). Without PgBouncer
    it skips, and fails in CI. Tests that use it are marked ``postgres``."""
    server = postgres_server_url()
    bouncer = needed(
        lambda: pgbouncer_support.PgBouncer(server), pgbouncer_support.Unavailable, "PgBouncer"
    )
    try:
        yield bouncer
    finally:
        bouncer.stop()


@pytest.fixture
def pgbouncer_db_url(postgresql_url, pgbouncer):
    """A new, empty PostgreSQL database (``postgresql_url``) as ``(direct, through)``: its
    URL on the server and its URL through the session's PgBouncer."""
    return postgresql_url, pgbouncer.url(make_url(postgresql_url).database)


@pytest.fixture(scope="session", autouse=True)
def _warehouse_roles_dropped_from_the_shared_server():
    """At the end of the session, drop the group roles (and their people) that PostgreSQL
    tests made on the server of WAREHOUSE_TEST_PG_URL: roles outlive each test's database."""
    url = os.environ.get("WAREHOUSE_TEST_PG_URL", "").strip()
    if not url:
        yield
        return
    server = create_engine(
        make_url(url).set(drivername="postgresql+psycopg"),
        isolation_level="AUTOCOMMIT",
        connect_args={"connect_timeout": 5},
    )
    try:
        with server.connect() as connection:
            groups = set(connection.execute(_WAREHOUSE_GROUPS, {"groups": list(WAREHOUSE_GROUPS)}))
            members = set(connection.execute(_WAREHOUSE_MEMBERS).scalars())
    except Exception:  # the server's own tests say so when it does not answer
        server.dispose()
        yield
        return
    existed = {group for (group,) in groups}
    try:
        yield
    finally:
        try:
            with server.connect() as connection:
                made = set(connection.execute(_WAREHOUSE_MEMBERS).scalars()) - members
                made.update(group for group in WAREHOUSE_GROUPS if group not in existed)
                for role in [*sorted(made - set(WAREHOUSE_GROUPS)), *reversed(WAREHOUSE_GROUPS)]:
                    if role in made:
                        _drop_role(connection, role)
        finally:
            server.dispose()


def _drop_role(connection, role):
    """Drop ``role``; a database still using it (one a test left behind) keeps it, said so."""
    try:
        connection.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
    except DBAPIError as error:
        warnings.warn(f"Role {role} was left on the test server: {error.orig}", stacklevel=1)
