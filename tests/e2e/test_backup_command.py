"""``warehouse-gui backup`` and ``restore`` as real processes."""

import subprocess
import sys

from tests.e2e.support import EXPECTED_CSV, ROOT


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "warehouse_gui", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def seeded(tmp_path):
    """A warehouse seeded by a process that has ended, so that nothing holds it open."""
    database = tmp_path / "warehouse.db"
    code = f"from tests.e2e.support import seed; seed({f'sqlite:///{database}'!r})"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60, cwd=ROOT)
    return database


def test_backup_writes_into_the_backups_folder_and_says_where(tmp_path):
    database = seeded(tmp_path)
    result = run("backup", "--db", str(database))
    assert result.returncode == 0, result.stderr
    [copy] = (tmp_path / "backups").glob("warehouse-*.db")
    assert result.stdout == f"Backed up {database} to {copy}\n"
    assert result.stderr == ""  # no progress when stderr is not a terminal


def test_backup_to_a_file_and_restore_it_round_trip(tmp_path):
    database = seeded(tmp_path)
    copy = tmp_path / "copy.db"
    assert run("backup", "--db", str(database), "-o", str(copy)).returncode == 0
    again = run("backup", "--db", str(database), "-o", str(copy))
    assert again.returncode == 1
    assert again.stderr == (
        f"warehouse-gui: error: {copy} already exists: name a new file (nothing was written)\n"
    )
    assert run("import-batches", "--db", str(database), str(_csv(tmp_path))).returncode == 0
    restored = run("restore", str(copy), "--db", str(database))
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith(f"Restored {copy} to {database}; the database it replaced")
    assert len(restored.stdout.splitlines()) == 1
    assert run("export-batches", "--db", str(database)).stdout == EXPECTED_CSV


def _csv(tmp_path):
    path = tmp_path / "more.csv"
    path.write_text("reference,sku,qty,eta\nd-1,DESK,5,\n", encoding="utf-8")
    return path


def test_backup_of_a_missing_file_creates_nothing_and_says_so_in_one_line(tmp_path):
    missing = tmp_path / "nothing-here.db"
    result = run("backup", "--db", str(missing))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"warehouse-gui: error: No database file at {missing}: check the path (nothing was created)"
    ]
    assert list(tmp_path.iterdir()) == []


def test_restore_of_a_file_that_is_no_database_changes_nothing(tmp_path):
    database = seeded(tmp_path)
    before = database.read_bytes()
    bad = tmp_path / "bad.db"
    bad.write_text("hello", encoding="utf-8")
    result = run("restore", str(bad), "--db", str(database))
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1
    assert "is not a readable SQLite database" in result.stderr
    assert database.read_bytes() == before


def test_backup_and_restore_of_postgresql_point_to_the_servers_tools(tmp_path):
    url = "postgresql+psycopg://clerk@db.invalid/stock"
    backup = run("backup", "--db", url)
    assert backup.returncode == 2
    assert backup.stdout == ""
    [line] = backup.stderr.splitlines()
    assert "pg_dump -Fc" in line
    restore = run("restore", str(tmp_path / "stock.dump"), "--db", url)
    assert restore.returncode == 2
    [line] = restore.stderr.splitlines()
    assert "pg_restore" in line
