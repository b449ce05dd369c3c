"""The installed entry points, run as real processes."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.e2e.support import EXPECTED_CSV, seed
from warehouse_gui import __version__


def run(*args, env=None):
    return subprocess.run(args, capture_output=True, text=True, timeout=60, env=env, check=False)


def test_console_script_and_module_print_the_version():
    script = str(Path(sys.executable).with_name("warehouse-gui"))
    for command in ([script], [sys.executable, "-m", "warehouse_gui"]):
        result = run(*command, "--version")
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == f"warehouse-gui {__version__}"


def test_a_bad_subcommand_is_refused_with_usage():
    result = run(sys.executable, "-m", "warehouse_gui", "export-everything")
    assert result.returncode == 2
    assert "invalid choice: 'export-everything'" in result.stderr


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


def test_export_batches_writes_csv_to_stdout(tmp_path):
    url = f"sqlite:///{tmp_path / 'w.db'}"
    seed(url)
    script = str(Path(sys.executable).with_name("warehouse-gui"))
    result = run(script, "export-batches", "--db", url)
    assert result.returncode == 0, result.stderr
    assert result.stdout == EXPECTED_CSV


def test_export_batches_to_a_file_with_db_before_the_subcommand(tmp_path):
    url = f"sqlite:///{tmp_path / 'w.db'}"
    seed(url)
    out = tmp_path / "batches.csv"
    result = run(
        sys.executable, "-m", "warehouse_gui", "--db", url, "export-batches", "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8") == EXPECTED_CSV
    assert f"Wrote 3 batches to {out}" in result.stderr


def log_text():
    log = Path(os.environ["XDG_STATE_HOME"]) / "warehouse-gui" / "log" / "warehouse-gui.log"
    return log.read_text(encoding="utf-8") if log.exists() else ""


def test_the_log_level_applies_to_subcommands(tmp_path):
    url = f"sqlite:///{tmp_path / 'w.db'}"
    seed(url)
    module = [sys.executable, "-m", "warehouse_gui"]
    quiet = run(*module, "--log-level", "warning", "export-batches", "--db", url)
    assert quiet.returncode == 0, quiet.stderr
    assert "export-batches on" not in log_text()
    also_after = run(*module, "export-batches", "--db", url, "--log-level", "WARNING")
    assert also_after.returncode == 0, also_after.stderr
    assert "export-batches on" not in log_text()
    default = run(*module, "export-batches", "--db", url)
    assert default.returncode == 0, default.stderr
    assert (
        f"INFO [MainThread] warehouse_gui.cli: warehouse-gui {__version__}: export-batches on"
        in (log_text())
    )
    loud = run(*module, "--log-level", "LOUD", "export-batches")
    assert loud.returncode == 2
    assert "invalid choice: 'LOUD'" in loud.stderr


def test_the_window_is_painted_before_the_database_and_the_unseen_parts_load(tmp_path):
    """SQLAlchemy, Alembic, the driver and the domain load on the bus thread once the window
    shows; the tabs not shown and the crash dialog load when needed or after the first paint."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    url = f"sqlite:///{tmp_path / 'w.db'}"
    result = run(sys.executable, "-m", "tests.benchmarks.startup_probe", "app", url, env=env)
    assert result.returncode == 0, result.stderr
    assert "deferred-loaded=none" in result.stdout, result.stdout
