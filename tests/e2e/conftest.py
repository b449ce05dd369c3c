"""Fixtures of the end-to-end tests: a virtual X display (Xvfb) for the real program in a
real window, and the built executable."""

import importlib.util
import os
import shutil
import subprocess
import sys

import pytest

from tests.e2e.support import ROOT


def _require(tool):
    path = shutil.which(tool)
    if path is None:
        message = f"{tool} is not installed (.ci/run installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture
def x_display():
    """Start Xvfb on a free display number and yield that display's name (":N")."""
    xvfb = _require("Xvfb")
    _require("xdotool")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as announced:
        number = announced.readline().strip()
    if not number:
        server.kill()
        pytest.fail("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


SPEC = ROOT / "resources" / "warehouse-gui.spec"
BUILD_SECONDS = 600


@pytest.fixture(scope="session")
def built_executable(tmp_path_factory):
    """Build the one-folder executable with the README's command; yield its path."""
    if importlib.util.find_spec("PyInstaller") is None:
        message = "PyInstaller is not installed (it is in the test extra)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    where = tmp_path_factory.mktemp("pyinstaller")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    outside_the_checkout = ["--distpath", str(where / "dist"), "--workpath", str(where / "build")]
    result = subprocess.run(
        [*command, *outside_the_checkout, str(SPEC)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_SECONDS,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return where / "dist" / "warehouse-gui" / "warehouse-gui"
