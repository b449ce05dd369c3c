"""SQLite backups and restore: consistent while other processes write, atomic, rotated,
restorable, refused while the database is open or when the file cannot be trusted."""

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from datetime import datetime
from pathlib import Path

import pytest

from warehouse_gui import backups
from warehouse_gui.adapters import database as database_module
from warehouse_gui.adapters import schema, sqlite_backup
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain.commands import Allocate, CreateBatch
from warehouse_gui.domain.errors import DomainError

WORKER = Path(__file__).with_name("allocation_worker.py")
ROOT = Path(__file__).resolve().parents[2]


def seeded(tmp_path, name="warehouse.db", batches=1):
    path = tmp_path / name
    bus = bootstrap(db_url=f"sqlite:///{path}", send_mail=lambda **mail: None)
    for number in range(batches):
        bus.handle(CreateBatch(f"b-{number}", "LAMP", 1000))
    bus.handle(Allocate("o-1", "LAMP", 3))
    bus.uow.session_factory.kw["bind"].dispose()
    return path


def rows(path, query):
    connection = sqlite3.connect(path)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


def test_a_backup_lands_in_the_folder_beside_the_database_with_a_sortable_name(tmp_path):
    database = seeded(tmp_path)
    copy = sqlite_backup.take_backup(database, now=datetime(2026, 12, 3, 19, 1, 2))
    assert copy == tmp_path / "backups" / "warehouse-2026-12-03T190102.db"
    assert rows(copy, "PRAGMA integrity_check") == [("ok",)]
    assert rows(copy, "PRAGMA journal_mode") == [("delete",)]
    assert rows(copy, "SELECT reference FROM batches") == [("b-0",)]
    assert [p.name for p in copy.parent.iterdir()] == [copy.name]


def test_the_backup_dir_and_rotation_follow_the_environment(tmp_path, monkeypatch):
    database = seeded(tmp_path)
    elsewhere = tmp_path / "usb"
    monkeypatch.setenv("WAREHOUSE_BACKUP_DIR", str(elsewhere))
    monkeypatch.setenv("WAREHOUSE_BACKUP_KEEP", "3")
    made = [
        sqlite_backup.take_backup(database, now=datetime(2026, 12, day, 8, 0))
        for day in range(1, 7)
    ]
    assert sorted(elsewhere.glob("*.db")) == made[-3:]
    assert not (tmp_path / "backups").exists()


def test_rotation_keeps_the_newest_fourteen_by_default(tmp_path):
    database = seeded(tmp_path)
    made = [
        sqlite_backup.take_backup(database, now=datetime(2026, 11, day, 8, 0))
        for day in range(1, 18)
    ]
    kept = [path for _, path in sqlite_backup.backups_of(database)]
    assert kept == made[-14:]


def test_two_backups_in_one_second_both_exist(tmp_path):
    database = seeded(tmp_path)
    moment = datetime(2026, 12, 3, 8, 0)
    first = sqlite_backup.take_backup(database, now=moment)
    second = sqlite_backup.take_backup(database, now=moment)
    assert first != second
    assert [path for _, path in sqlite_backup.backups_of(database)] == [first, second]


def test_many_backups_in_one_second_each_outlive_their_own_rotation(tmp_path, monkeypatch):
    database = seeded(tmp_path)
    monkeypatch.setenv("WAREHOUSE_BACKUP_KEEP", "2")
    moment = datetime(2026, 12, 3, 8, 0)
    made = [sqlite_backup.take_backup(database, now=moment) for _ in range(6)]
    assert len(set(made)) == 6
    assert [path for _, path in sqlite_backup.backups_of(database)] == made[-2:]
    assert rows(made[-1], "SELECT reference FROM batches") == [("b-0",)]


def test_a_failure_is_recorded_and_the_next_success_clears_it(tmp_path, monkeypatch):
    database = seeded(tmp_path)
    monkeypatch.setattr(sqlite_backup, "copy_database", _fail)
    with pytest.raises(OSError):
        sqlite_backup.take_backup(database)
    found = sqlite_backup.status(database)
    assert found.failure == "No space left on device"
    said = backups.summary(found)
    assert said.alert and said.text.startswith("⚠ Backup failed today")
    monkeypatch.undo()
    sqlite_backup.take_backup(database)
    found = sqlite_backup.status(database)
    assert found.failure is None
    assert backups.summary(found).alert is False


def _fail(*args, **kwargs):
    raise OSError(28, "No space left on device")


def test_the_summary_says_when_and_warns_after_two_days(tmp_path):
    folder = tmp_path
    now = datetime(2026, 12, 3, 19, 0)
    said = backups.summary(sqlite_backup.BackupStatus(folder, datetime(2026, 12, 3, 8, 2)), now)
    assert (said.text, said.alert) == ("Backup: today 08:02", False)
    said = backups.summary(sqlite_backup.BackupStatus(folder, datetime(2026, 12, 2, 8, 2)), now)
    assert (said.text, said.alert) == ("Backup: yesterday 08:02", False)
    said = backups.summary(sqlite_backup.BackupStatus(folder, datetime(2026, 11, 30, 8, 2)), now)
    assert (said.text, said.alert) == ("⚠ Backup: 2026-11-30 08:02", True)
    said = backups.summary(sqlite_backup.BackupStatus(folder, None), now)
    assert said.alert


def test_the_daily_backup_happens_once_a_day_and_never_raises(tmp_path, monkeypatch):
    database = seeded(tmp_path)
    url = f"sqlite:///{database}"
    assert backups.daily_backup(url) is not None
    assert backups.daily_backup(url) is None
    assert len(sqlite_backup.backups_of(database)) == 1
    (tmp_path / "backups").rename(tmp_path / "old")  # yesterday's would not count either
    monkeypatch.setattr(sqlite_backup, "copy_database", _fail)
    assert backups.daily_backup(url) is None  # logged, recorded, not raised
    assert backups.status(url).failure == "No space left on device"


def test_the_workstation_makes_the_daily_backup_when_it_opens_the_database(tmp_path):
    from warehouse_gui import bootstrap as composition

    database = seeded(tmp_path)
    station = composition.workstation(f"sqlite:///{database}", "origin", lambda event: None)
    station.close()
    assert len(sqlite_backup.backups_of(database)) == 1


def test_a_database_at_an_older_revision_is_backed_up_before_it_is_migrated(tmp_path):
    from alembic import command

    database = seeded(tmp_path)
    engine = database_module.make_engine(f"sqlite:///{database}")
    with engine.begin() as connection:
        command.downgrade(schema.alembic_config(connection), "0005")
    assert sqlite_backup.backups_of(database) == []
    schema.upgrade(engine)
    [(_, copy)] = sqlite_backup.backups_of(database)
    assert rows(copy, "SELECT version_num FROM alembic_version") == [("0005",)]
    schema.upgrade(engine)  # at head: no further copy
    assert len(sqlite_backup.backups_of(database)) == 1
    engine.dispose()


def test_a_new_database_is_not_backed_up_when_it_is_created(tmp_path):
    seeded(tmp_path)
    assert not (tmp_path / "backups").exists()


def export(path):
    """``export-batches`` and ``export-events``, each in a process of its own."""
    outputs = []
    for subcommand in ("export-batches", "export-events"):
        done = subprocess.run(
            [sys.executable, "-m", "warehouse_gui", subcommand, "--db", str(path)],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
            cwd=ROOT,
        )
        outputs.append(done.stdout)
    return outputs


def test_a_restore_round_trip_gives_back_the_same_exports(tmp_path, capsys):
    database = seeded(tmp_path)
    before = export(database)
    copy = sqlite_backup.take_backup(database)
    bus = bootstrap(db_url=f"sqlite:///{database}", send_mail=lambda **mail: None)
    bus.handle(Allocate("o-2", "LAMP", 5))
    bus.uow.session_factory.kw["bind"].dispose()
    assert export(database) != before
    assert backups.restore_command(f"sqlite:///{database}", copy) == 0
    assert export(database) == before
    said = capsys.readouterr().out.splitlines()
    [replaced] = tmp_path.glob("warehouse.replaced-*.db")
    assert said == [
        f"Restored {copy} to {database}; the database it replaced is kept as {replaced}."
    ]
    assert any("o-2" in str(row) for row in rows(replaced, "SELECT * FROM allocations"))
    assert not Path(f"{database}-wal").exists() or Path(f"{database}-wal").stat().st_size == 0


def test_restore_refuses_a_damaged_file_and_a_newer_revision(tmp_path):
    database = seeded(tmp_path)
    url = f"sqlite:///{database}"
    before = database.read_bytes()
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all" * 200)
    with pytest.raises(DomainError, match="not a readable SQLite database"):
        backups.restore_command(url, garbage)
    damaged = sqlite_backup.take_backup(database)
    data = bytearray(damaged.read_bytes())
    page = 4096
    data[3 * page : 4 * page] = bytes([0xFF]) * page  # a b-tree page full of nonsense
    damaged.write_bytes(bytes(data))
    with pytest.raises(DomainError, match=r"damaged|not a readable"):
        backups.restore_command(url, damaged)
    newer = sqlite_backup.take_backup(database)
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    with pytest.raises(DomainError, match="newer version"):
        backups.restore_command(url, newer)
    assert database.read_bytes() == before
    assert list(tmp_path.glob("*.replaced-*")) == []


def test_restoring_an_older_revision_says_the_window_will_update_it(tmp_path, capsys):
    database = seeded(tmp_path)
    older = sqlite_backup.take_backup(database)
    connection = sqlite3.connect(older)
    connection.execute("UPDATE alembic_version SET version_num = '0005'")
    connection.commit()
    connection.close()
    assert backups.restore_command(f"sqlite:///{database}", older) == 0
    assert "the window updates it to" in capsys.readouterr().out


HOLDER = textwrap.dedent("""
    import sys, time
    from warehouse_gui import views
    from warehouse_gui.bootstrap import bootstrap
    bus = bootstrap(db_url=sys.argv[1], send_mail=lambda **mail: None)
    views.batches(bus.uow)  # the pool keeps its connection, idle, open
    print("open", flush=True)
    time.sleep(60)
""")


def test_restore_is_refused_while_another_process_has_the_database_open(tmp_path):
    database = seeded(tmp_path)
    url = f"sqlite:///{database}"
    copy = sqlite_backup.take_backup(database)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, url], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(DomainError, match="is open"):
            backups.restore_command(url, copy)
        assert list(tmp_path.glob("*.replaced-*")) == []
    finally:
        holder.kill()
        holder.wait()
    # A process that died (kill -9) holds nothing: the restore goes ahead.
    assert backups.restore_command(url, copy) == 0


@pytest.mark.slow
def test_a_backup_taken_while_processes_allocate_is_consistent_and_restorable(tmp_path):
    database = seeded(tmp_path, batches=1)
    url = f"sqlite:///{database}"
    workers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), url, f"w{n}", "150", "LAMP"],
            stdout=subprocess.DEVNULL,
            cwd=ROOT,
        )
        for n in range(2)
    ]
    copies = []
    try:
        while any(worker.poll() is None for worker in workers):
            copies.append(sqlite_backup.take_backup(database, pages_per_step=1))
            time.sleep(0.05)
    finally:
        for worker in workers:
            worker.wait(timeout=120)
    assert copies
    for copy in copies[-3:]:
        assert rows(copy, "PRAGMA integrity_check") == [("ok",)]
        [(allocated,)] = rows(copy, "SELECT allocated_quantity FROM batches")
        [(counted, summed)] = rows(copy, "SELECT count(*), sum(qty) FROM allocations")
        [(logged,)] = rows(copy, "SELECT count(*) FROM event_log WHERE type = 'Allocated'")
        assert allocated == summed
        assert logged == counted
        assert counted > 1  # taken while the workers were allocating
    target = tmp_path / "restored.db"
    # The newest: the rotation keeps only the newest 14, and a slow machine makes more.
    assert backups.restore_command(f"sqlite:///{target}", copies[-1]) == 0
    from warehouse_gui import verification

    assert verification.verify_command(f"sqlite:///{target}") == 0


KILLED_BACKUP = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from warehouse_gui.adapters import sqlite_backup
    def slowly(done, total):
        if done == 1:
            print("copying", flush=True)
        time.sleep(0.01)
    sqlite_backup.take_backup(Path(sys.argv[1]), pages_per_step=1, progress=slowly)
    print("finished", flush=True)
""")


@pytest.mark.slow
def test_kill_9_in_the_middle_of_a_backup_leaves_the_earlier_ones_intact(tmp_path):
    database = seeded(tmp_path, batches=400)
    earlier = [
        sqlite_backup.take_backup(database, now=datetime(2026, 12, day, 8, 0)) for day in (1, 2)
    ]
    contents = [path.read_bytes() for path in earlier]
    backup = subprocess.Popen(
        [sys.executable, "-c", KILLED_BACKUP, str(database)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert backup.stdout.readline().strip() == "copying"
    time.sleep(0.2)
    os.kill(backup.pid, signal.SIGKILL)
    backup.wait()
    assert [path for _, path in sqlite_backup.backups_of(database)] == earlier
    assert [path.read_bytes() for path in earlier] == contents
    for path in earlier:
        assert rows(path, "PRAGMA integrity_check") == [("ok",)]
    assert len(list((tmp_path / "backups").glob(".*.partial"))) == 1  # cleaned after an hour
    sqlite_backup.take_backup(database)
    assert len(sqlite_backup.backups_of(database)) == 3
