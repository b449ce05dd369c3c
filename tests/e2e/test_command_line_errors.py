"""The scripting commands as a new user meets them: a mistyped URL, an absent server or a
folder that is not there gets one plain line on stderr, exit code 1, and leaves no trace;
the traceback goes to the log only."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from tests.e2e.support import EXPECTED_CSV, seed

MODULE = [sys.executable, "-m", "warehouse_gui"]


def run(*args, cwd=None):
    return subprocess.run(
        [*MODULE, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=cwd,
        check=False,
    )


def one_error_line(result):
    """The single line a failure prints, after checking it is the only one."""
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("warehouse-gui: error: ")
    assert "Traceback" not in result.stderr and "sqlalche.me" not in result.stderr
    return lines[0].removeprefix("warehouse-gui: error: ")


def log_text():
    log = Path(os.environ["XDG_STATE_HOME"]) / "warehouse-gui" / "log" / "warehouse-gui.log"
    return log.read_text(encoding="utf-8") if log.exists() else ""


def everything_under(folder):
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


def test_a_url_one_slash_short_creates_nothing_and_says_so(tmp_path):
    before = everything_under(tmp_path)
    for command in ("export-batches", "export-events"):
        result = run(command, "--db", "sqlite:///srv/stock/morning.db", cwd=tmp_path)
        message = one_error_line(result)
        assert message == (
            f"No database file at {tmp_path}/srv/stock/morning.db: check the path "
            "(nothing was created)"
        )
        assert result.stdout == ""
    assert everything_under(tmp_path) == before, "no folder, no file, no empty database"


def test_a_plain_path_is_taken_as_a_sqlite_file(tmp_path):
    seed(f"sqlite:///{tmp_path / 'w.db'}")
    result = run("export-batches", "--db", "w.db", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == EXPECTED_CSV
    missing = one_error_line(run("export-events", "--db", tmp_path / "mroning.db"))
    assert (
        missing
        == f"No database file at {tmp_path / 'mroning.db'}: check the path (nothing was created)"
    )
    assert not (tmp_path / "mroning.db").exists()


def test_a_path_with_spaces_and_percent_signs_is_read(tmp_path):
    folder = tmp_path / "stock 100%"
    folder.mkdir()
    seed(f"sqlite:///{folder / 'morning stock.db'}")
    result = run("export-batches", "--db", folder / "morning stock.db")
    assert result.returncode == 0, result.stderr
    assert result.stdout == EXPECTED_CSV


def test_a_file_that_is_not_a_warehouse_is_refused_and_left_alone(tmp_path):
    other = tmp_path / "notes.db"
    engine = create_engine(f"sqlite:///{other}")
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE notes (text TEXT)")
    engine.dispose()
    before = other.read_bytes()
    message = one_error_line(run("export-batches", "--db", other))
    assert message == f"The database {other} holds no Warehouse GUI data (nothing was changed)"
    assert other.read_bytes() == before


@pytest.mark.postgres
def test_an_empty_postgresql_database_is_not_migrated(postgresql_url):
    message = one_error_line(run("export-batches", "--db", postgresql_url))
    assert message.endswith("holds no Warehouse GUI data (nothing was changed)")
    engine = create_engine(postgresql_url)
    try:
        assert inspect(engine).get_table_names() == [], "no migration ran"
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("postgresql://clerk@127.0.0.1:1/stock?connect_timeout=3", "Connection refused"),
        ("postgresql://clerk@no-such-host.invalid/stock?connect_timeout=3", "no-such-host.invalid"),
    ],
    ids=["refused port", "unknown host"],
)
def test_an_absent_server_is_one_line(url, words):
    message = one_error_line(run("export-batches", "--db", url))
    assert message.startswith("The database cannot be reached")
    assert words in message


@pytest.mark.postgres
def test_a_missing_role_or_database_is_one_line(postgresql_url):
    from sqlalchemy.engine import make_url

    server = make_url(postgresql_url)
    no_role = server.set(username="no_such_role").render_as_string(hide_password=False)
    no_database = server.set(database="no_such_database").render_as_string(hide_password=False)
    assert 'role "no_such_role" does not exist' in one_error_line(
        run("export-batches", "--db", no_role)
    )
    assert 'database "no_such_database" does not exist' in one_error_line(
        run("export-events", "--db", no_database)
    )


def test_output_into_a_folder_that_is_not_there_is_one_line_and_the_traceback_is_logged(
    tmp_path,
):
    url = f"sqlite:///{tmp_path / 'w.db'}"
    seed(url)
    nowhere = tmp_path / "missing" / "batches.csv"
    message = one_error_line(run("export-batches", "--db", url, "-o", nowhere))
    assert message == f"{nowhere}: No such file or directory"
    logged = log_text()
    assert "export-batches failed" in logged
    assert "Traceback (most recent call last):" in logged
    assert not nowhere.parent.exists()


def test_help_shows_an_example_of_each_kind_of_database():
    result = subprocess.run(
        [*MODULE, "export-batches", "--help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    for example in ("warehouse.db", "sqlite:////srv/stock/warehouse.db", "postgresql://"):
        assert example in text


def test_a_url_of_an_unknown_kind_is_one_line():
    message = one_error_line(run("export-batches", "--db", "mysqlx://clerk@db/stock"))
    assert message.endswith("give a file's path or a database URL (see --help)")
