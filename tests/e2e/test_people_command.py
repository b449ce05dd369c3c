"""``warehouse-gui people`` as the database's owner runs it: adding people (the PIN on
standard input), listing them, changing a role, disabling; a refusal in one line; and the
files the program makes readable by their owner only."""

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text

from tests.e2e.support import seed

MODULE = [sys.executable, "-m", "warehouse_gui"]


def run(*args, pin=None):
    return subprocess.run(
        [*MODULE, *map(str, args)],
        input=pin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def ok(result):
    assert result.returncode == 0, result.stderr
    return result.stdout


def one_error_line(result):
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0].removeprefix("warehouse-gui: error: ")


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def log_path():
    return Path(os.environ["XDG_STATE_HOME"]) / "warehouse-gui" / "log" / "warehouse-gui.log"


def test_people_are_added_listed_given_a_role_and_disabled(tmp_path):
    db = tmp_path / "w.db"
    first = run(
        "people",
        "add",
        "mgr",
        "--name",
        "Maria Nowak",
        "--role",
        "admin",
        "--db",
        db,
        pin="90817263\n",
    )
    assert ok(first) == (
        "Added mgr (Maria Nowak) as an admin\nSign-in is on: every desk now asks who is working\n"
    )
    added = run(
        "people", "add", "Anna", "--name", "Anna K", "--role", "clerk", "--db", db, pin="4242\n"
    )
    assert ok(added) == "Added anna (Anna K) as a clerk\n"

    assert ok(run("people", "set-role", "anna", "supervisor", "--db", db)) == (
        "anna is now a supervisor\n"
    )
    assert ok(run("people", "disable", "anna", "--db", db)) == "anna may no longer sign in\n"
    assert ok(run("people", "list", "--db", db)) == (
        "anna  Anna K       supervisor  disabled\nmgr   Maria Nowak  admin\n"
    )
    assert "90817263" not in log_path().read_text(encoding="utf-8")
    assert "4242" not in log_path().read_text(encoding="utf-8")


def test_an_empty_database_lists_nobody(tmp_path):
    db = tmp_path / "w.db"
    seed(f"sqlite:///{db}")
    assert ok(run("people", "list", "--db", db)) == (
        "No people: the desks work without signing in (add an admin to turn it on)\n"
    )


def test_each_refusal_is_one_line_and_changes_nothing(tmp_path):
    db = tmp_path / "w.db"
    add = ["people", "add", "--db", db]
    assert one_error_line(run(*add, "cleo", "--name", "Cleo", "--role", "clerk", pin="4242\n")) == (
        "Role must be admin for the first person, who adds the others"
    )
    assert one_error_line(run(*add, "mgr", "--name", "Maria", "--role", "admin", pin="12\n")) == (
        "PIN must be 4 to 12 digits"
    )
    assert one_error_line(run(*add, "mgr", "--name", "Maria", "--role", "boss", pin="1234\n")) == (
        "Role must be clerk, supervisor or admin, got 'boss'"
    )
    ok(run(*add, "mgr", "--name", "Maria", "--role", "admin", pin="1234\n"))
    assert one_error_line(run(*add, "mgr", "--name", "Mark", "--role", "clerk", pin="5678\n")) == (
        "mgr is already a person here"
    )
    assert one_error_line(run("people", "disable", "mgr", "--db", db)) == (
        "mgr is the last admin who may sign in: make another person an admin first"
    )
    assert one_error_line(run("people", "set-role", "bob", "clerk", "--db", db)) == (
        "No one signs in as 'bob' here: check the badge, or ask an admin to add them"
    )
    assert ok(run("people", "list", "--db", db)) == "mgr  Maria  admin\n"
    missing = tmp_path / "missing.db"
    assert one_error_line(run("people", "disable", "mgr", "--db", missing)) == (
        f"No database file at {missing}: check the path (nothing was created)"
    )
    assert not missing.exists()


@pytest.mark.postgres
def test_on_a_server_a_person_added_signs_in_with_their_pin(scram_db_url):
    added = run(
        "people",
        "add",
        "mgr",
        "--name",
        "Maria",
        "--role",
        "admin",
        "--db",
        scram_db_url,
        pin="90817263\n",
    )
    assert ok(added).startswith("Added mgr (Maria) as an admin\n")
    assert ok(run("people", "list", "--db", scram_db_url)) == "mgr  Maria  admin\n"
    as_mgr = make_url(scram_db_url).set(username="mgr", password="90817263")
    engine = create_engine(as_mgr)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT session_user")).scalar() == "mgr"
    engine.dispose()


def test_the_database_its_backups_and_the_log_are_the_owners_alone(tmp_path):
    db = tmp_path / "w.db"
    ok(run("people", "add", "mgr", "--name", "Maria", "--role", "admin", "--db", db, pin="1234\n"))
    assert mode(db) == 0o600
    assert mode(log_path()) == 0o600

    # Files made before, readable by everyone, are taken back.
    db.chmod(0o644)
    log_path().chmod(0o644)
    ok(run("people", "list", "--db", db))
    assert mode(db) == 0o600
    assert mode(log_path()) == 0o600

    copy = tmp_path / "copy.db"
    ok(run("backup", "--db", db, "-o", copy))
    assert mode(copy) == 0o600
