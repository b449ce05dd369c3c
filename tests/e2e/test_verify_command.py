"""``warehouse-gui verify`` as a real process: a summary and 0, or the differences and 1."""

import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.e2e.support import seed


def verify(*args):
    script = str(Path(sys.executable).with_name("warehouse-gui"))
    return subprocess.run(
        [script, "verify", *args], capture_output=True, text=True, timeout=60, check=False
    )


def test_verify_agrees_then_names_a_tampered_batch(tmp_path):
    path = tmp_path / "w.db"
    seed(f"sqlite:///{path}")

    agreed = verify("--db", str(path))

    assert agreed.returncode == 0, agreed.stderr
    assert agreed.stdout == (
        "Verified: 5 events replay to the 3 batches, 2 allocations, 0 waiting lines "
        "and 2 products stored; integrity ok\n"
    )
    assert agreed.stderr == ""

    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE batches SET allocated_quantity = 12 WHERE reference = 'b-1'")
    connection.close()

    differed = verify("--db", str(path))

    assert differed.returncode == 1
    assert differed.stdout == "batch b-1: allocated 12 in the table, 10 by the log\n"
    assert differed.stderr == "1 difference between the tables and the 5 events of the log\n"
