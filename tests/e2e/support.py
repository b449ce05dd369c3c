"""What the end-to-end tests share: where the checkout is, an environment without its
Python, and a small database with the CSV its batches export to."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def without_python_environment(env):
    """``env`` less what points into this checkout's Python: the venv, PYTHONPATH, PYTHONHOME."""
    venv = os.environ.get("VIRTUAL_ENV") or str(Path(sys.executable).parent.parent)
    kept = {k: v for k, v in env.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")}
    kept["PATH"] = os.pathsep.join(
        entry for entry in env.get("PATH", "").split(os.pathsep) if not entry.startswith(venv)
    )
    return kept


def seed(url):
    from warehouse_gui.bootstrap import bootstrap
    from warehouse_gui.domain.commands import Allocate, CreateBatch

    bus = bootstrap(db_url=url, send_mail=lambda **mail: None)
    bus.handle(CreateBatch("b-2", "LAMP", 50, "2027-01-15"))
    bus.handle(CreateBatch("b-1", "LAMP", 10))
    bus.handle(CreateBatch("c-1", "CHAIR, oak", 3))
    bus.handle(Allocate("o-1", "LAMP", 10))
    bus.handle(Allocate("o-2", "LAMP", 4))


EXPECTED_CSV = """\
reference,sku,eta,purchased,allocated,available,location
c-1,"CHAIR, oak",,3,0,3,
b-1,LAMP,,10,10,0,
b-2,LAMP,2027-01-15,50,4,46,
"""
