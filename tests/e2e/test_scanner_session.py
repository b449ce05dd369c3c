"""A scanner's memory uploaded into the real program: every value typed by xdotool at 4 ms
a key, Enter after each, and no pause between scans, good lines and refused ones mixed.
The event log (``export-events``) then holds exactly the good lines, each as scanned."""

import json
import os
import subprocess
import sys
import time

from PySide6.QtCore import QSettings

from tests.e2e.support import without_python_environment

STARTUP_SECONDS = 60  # a loaded CI machine starting its first window
LINES = [
    ("order-1", "LAMP", "2", "allocated"),
    ("order-2", "NO-SUCH", "1", "No SKU NO-SUCH: no batch of it"),
    ("order-3", "RUG-2X3", "3", "allocated"),
    ("order-4", "LAMP", "1.5", "Quantity must be a whole number"),
    ("order-5", "SOFA-GREY", "1", "Out of stock: no batch of SOFA-GREY"),
    ("order-6", "LAMP", "4", "allocated"),
    ("order-7", "RUG-2X3", "ten", "Quantity must be a whole number"),
    ("order-8", "RUG-2X3", "1", "allocated"),
    ("order-9", "SOFA-GREY", "2", "Out of stock: no batch of SOFA-GREY"),
    ("order-10", "LAMP", "5", "allocated"),
]


def run(*command, env):
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)


def wait_for_window(env, title, app, program_output):
    """The id of the window titled ``title``, once it shows; a program that ended first or
    never shows it fails the test with what it wrote."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline and app.poll() is None:
        found = run("xdotool", "search", "--onlyvisible", "--name", title, env=env)
        if found.returncode == 0 and found.stdout.strip():
            return found.stdout.split()[0]
        time.sleep(0.1)
    ended = "" if app.poll() is None else f" (the program ended with {app.returncode})"
    raise AssertionError(
        f"no window titled {title!r} appeared{ended}; it wrote:\n{program_output.read_text()}"
    )


def seed(db_url, env):
    """LAMP and RUG-2X3 with plenty; SOFA-GREY all allocated (to order-0)."""
    code = (
        "import sys\n"
        "from warehouse_gui.bootstrap import bootstrap\n"
        "from warehouse_gui.domain.commands import Allocate, CreateBatch\n"
        "bus = bootstrap(db_url=sys.argv[1], send_mail=lambda **m: None)\n"
        "bus.handle(CreateBatch('lamp-1', 'LAMP', 100))\n"
        "bus.handle(CreateBatch('rug-1', 'RUG-2X3', 100))\n"
        "bus.handle(CreateBatch('sofa-1', 'SOFA-GREY', 1))\n"
        "bus.handle(Allocate('order-0', 'SOFA-GREY', 1))\n"
    )
    result = run(sys.executable, "-c", code, db_url, env=env)
    assert result.returncode == 0, result.stderr


def test_a_memory_upload_of_scans_is_taken_line_for_line(x_display, tmp_path):
    db_url = f"sqlite:///{tmp_path / 'warehouse.db'}"
    env = {
        **os.environ,
        "DISPLAY": x_display,
        "QT_QPA_PLATFORM": "xcb",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    seed(db_url, env)
    # The program's output goes to a file: a pipe nobody reads until the end can fill up
    # and hold the program still.
    program_output = tmp_path / "program-output.txt"
    with program_output.open("w") as written:
        app = subprocess.Popen(
            [sys.executable, "-m", "warehouse_gui", "--db", db_url],
            env=without_python_environment(env) | {"PYTHONPATH": os.environ.get("PYTHONPATH", "")},
            stdout=written,
            stderr=subprocess.STDOUT,
            text=True,
        )
    try:
        window = wait_for_window(env, "^Warehouse GUI$", app, program_output)
        assert run("xdotool", "windowfocus", "--sync", window, env=env).returncode == 0
        time.sleep(0.5)
        assert run("xdotool", "key", "ctrl+l", env=env).returncode == 0
        upload = "".join(f"{value}\r" for line in LINES for value in line[:3])  # \r: Return
        typed = run("xdotool", "type", "--delay", "4", upload, env=env)  # no pause between
        assert typed.returncode == 0, typed.stderr
        time.sleep(5)
        assert run("xdotool", "key", "ctrl+q", env=env).returncode == 0
        app.wait(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
            print("The program's output:", program_output.read_text(), sep="\n")
    assert app.returncode == 0, program_output.read_text()

    exported = run(sys.executable, "-m", "warehouse_gui", "export-events", "--db", db_url, env=env)
    assert exported.returncode == 0, exported.stderr
    logged = [json.loads(line) for line in exported.stdout.splitlines()]
    allocated = [(e["orderid"], e["sku"], e["qty"]) for e in logged if e["type"] == "Allocated"]
    assert allocated[1:] == [
        (orderid, sku, int(qty)) for orderid, sku, qty, fate in LINES if fate == "allocated"
    ]
    short = [(e["orderid"], e["sku"]) for e in logged if e["type"] == "OutOfStock"]
    assert short == [(orderid, sku) for orderid, sku, _qty, fate in LINES if "Out of" in fate]
    assert {e["type"] for e in logged} == {"BatchCreated", "Allocated", "OutOfStock"}

    settings = QSettings(
        str(tmp_path / "config" / "Warehouse GUI" / "warehouse-gui.conf"),
        QSettings.Format.IniFormat,
    )
    refused = json.loads(str(settings.value("refusedScans/lines")))
    assert sorted((scan["values"]["orderid"], scan["reason"][:19]) for scan in refused) == sorted(
        (orderid, fate[:19])
        for orderid, _sku, _qty, fate in LINES
        if fate != "allocated" and "Out of" not in fate
    ), "every refused line waits in the list; a line that found no stock waits for stock"
