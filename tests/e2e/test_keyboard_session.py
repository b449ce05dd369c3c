"""A person's session, typed with xdotool into the real program on a virtual display.

The same session runs against ``python -m warehouse_gui`` and against the executable that
PyInstaller builds (slow: it builds it first).
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.support import without_python_environment

STARTUP_SECONDS = 30


@pytest.fixture(params=["module", pytest.param("executable", marks=pytest.mark.slow)])
def program(request):
    """The command that starts the application: the module, or the built executable."""
    if request.param == "module":
        return [sys.executable, "-m", "warehouse_gui"]
    return [str(request.getfixturevalue("built_executable"))]


class Desktop:
    """xdotool on one X display: find a window, focus it, type into it."""

    def __init__(self, display):
        self.env = {**os.environ, "DISPLAY": display}

    def xdotool(self, *args, timeout=STARTUP_SECONDS):
        result = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=timeout
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    def wait_for_window(self, title):
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", title],
                env=self.env,
                capture_output=True,
                text=True,
            )
            if found.returncode == 0 and found.stdout.strip():
                return found.stdout.split()[0]
            time.sleep(0.1)
        pytest.fail(f"no window titled {title!r} appeared")

    def keys(self, *names):
        self.xdotool("key", "--delay", "40", *names)

    def type(self, text):
        self.xdotool("type", "--delay", "15", text)

    def scan(self, *values):
        """Each value typed, then Enter, as a barcode scanner sends it."""
        for value in values:
            self.type(value)
            self.keys("Return")
        time.sleep(0.4)


def export_batches(program, db_url, env):
    result = subprocess.run(
        [*program, "export-batches", "--db", db_url],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_clerk_works_by_keyboard_only(program, x_display, tmp_path):
    db_url = f"sqlite:///{tmp_path / 'warehouse.db'}"
    desktop = Desktop(x_display)
    env = without_python_environment(
        {
            **desktop.env,
            "QT_QPA_PLATFORM": "xcb",
            "XDG_CONFIG_HOME": str(tmp_path / "config"),
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "XDG_STATE_HOME": str(tmp_path / "state"),
        }
    )
    app = subprocess.Popen(
        [*program, "--db", db_url],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        window = desktop.wait_for_window("^Warehouse GUI$")
        desktop.xdotool("windowfocus", "--sync", window)
        time.sleep(0.5)

        desktop.keys("ctrl+n")
        desktop.scan("b-1", "LAMP", "10")
        desktop.keys("ctrl+n")
        desktop.scan("b-2", "LAMP")
        desktop.type("50")
        time.sleep(0.2)  # a person's pause: a Tab hard on the heels of the keys ends a scan
        desktop.keys("Tab")
        desktop.scan("2027-01-15")
        desktop.keys("ctrl+l")
        desktop.scan("o-1", "LAMP", "8")
        desktop.keys("ctrl+l")
        desktop.scan("o-2", "LAMP", "4")
        desktop.keys("ctrl+l")
        desktop.scan("o-3", "LAMP", "100")
        desktop.keys("Escape")
        desktop.scan("o-4", "LAMP", "1.5")
        screenshot = Path(os.environ.get("E2E_SHOT", tmp_path / "session.png"))
        subprocess.run(["import", "-window", "root", str(screenshot)], env=desktop.env, check=False)
        desktop.keys("alt+h", "a")
        about = desktop.wait_for_window("^About Warehouse GUI$")
        desktop.xdotool("windowfocus", "--sync", about)
        desktop.keys("Escape")
        desktop.xdotool("windowfocus", "--sync", window)
        desktop.keys("ctrl+q")
        output, _ = app.communicate(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            print("The program's output:", app.communicate()[0], sep="\n")
    assert app.returncode == 0, output

    assert export_batches(program, db_url, env) == (
        "reference,sku,eta,purchased,allocated,available,location\n"
        "b-1,LAMP,,10,8,2,\n"
        "b-2,LAMP,2027-01-15,50,4,46,\n"
    )
    assert Path(tmp_path / "config").exists(), "the window's layout was saved on quit"
    log = (tmp_path / "state" / "warehouse-gui" / "log" / "warehouse-gui.log").read_text()
    assert "desktop app on" in log
    assert "export-batches on" in log
    assert not [line for line in log.splitlines() if " WARNING " in line or " ERROR " in line], log
