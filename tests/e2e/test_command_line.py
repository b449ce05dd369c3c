"""The installed entry points, run as real processes."""

import subprocess
import sys
import textwrap
from pathlib import Path

from warehouse_gui import __version__


def run(*args, env=None):
    return subprocess.run(args, capture_output=True, text=True, timeout=60, env=env, check=False)


def test_console_script_prints_version_and_database(tmp_path):
    db = tmp_path / "w.db"
    script = Path(sys.executable).with_name("warehouse-gui")
    result = run(str(script), "--db", f"sqlite:///{db}")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"warehouse-gui {__version__}", f"database: {db}"]


def test_python_dash_m_uses_the_environment_and_masks_passwords(monkeypatch):
    monkeypatch.setenv("WAREHOUSE_DB_URL", "postgresql+psycopg://clerk:s3cret@db.example/stock")
    result = run(sys.executable, "-m", "warehouse_gui")
    assert result.returncode == 0, result.stderr
    assert "database: postgresql+psycopg://clerk:***@db.example/stock" in result.stdout
    assert "s3cret" not in result.stdout


def test_default_database_is_in_the_user_data_directory(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    result = run(sys.executable, "-m", "warehouse_gui")
    expected = tmp_path / "warehouse-gui" / "warehouse.db"
    assert f"database: {expected}" in result.stdout


def test_what_one_process_commits_another_process_sees(tmp_path):
    url = f"sqlite:///{tmp_path / 'w.db'}"
    write = textwrap.dedent(f"""
        from warehouse_gui.bootstrap import bootstrap
        from warehouse_gui.domain.commands import Allocate, CreateBatch
        bus = bootstrap(db_url={url!r})
        bus.handle(CreateBatch("b1", "LAMP", 100))
        print(bus.handle(Allocate("o1", "LAMP", 10)))
    """)
    read = textwrap.dedent(f"""
        from warehouse_gui import views
        from warehouse_gui.bootstrap import bootstrap
        for row in views.batches(bootstrap(db_url={url!r}).uow):
            print(row.reference, row.sku, row.purchased, row.allocated, row.available)
    """)
    written = run(sys.executable, "-c", write)
    assert written.returncode == 0, written.stderr
    assert written.stdout.strip() == "['b1']"
    seen = run(sys.executable, "-c", read)
    assert seen.returncode == 0, seen.stderr
    assert seen.stdout.strip() == "b1 LAMP 100 10 90"
