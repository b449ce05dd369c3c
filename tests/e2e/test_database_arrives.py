"""The real program started on a virtual display while its PostgreSQL server does not
answer: it says so in words and keeps trying, and once the server answers (a forwarder
to it starts on the port) the window opens and a batch typed into it is stored."""

import os
import socket
import subprocess
import sys
import time

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.e2e.support import seed
from tests.tcp_forwarder import Forwarder

STARTUP_SECONDS = 30


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(predicate, what, seconds=STARTUP_SECONDS):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    pytest.fail(f"waited {seconds} s for {what}")


def xdotool(env, *args):
    return subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True, timeout=30)


def test_the_window_says_the_server_is_not_answering_and_opens_when_it_answers(
    x_display, postgresql_url, tmp_path
):
    seed(postgresql_url)
    server = make_url(postgresql_url)
    port = free_port()
    url = server.set(port=port).render_as_string(hide_password=False)
    env = {**os.environ, "DISPLAY": x_display, "XDG_STATE_HOME": str(tmp_path / "state")}
    env.pop("QT_QPA_PLATFORM", None)
    stderr = tmp_path / "stderr.txt"
    with stderr.open("w") as errors:
        program = subprocess.Popen(
            [sys.executable, "-m", "warehouse_gui", "--db", url],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=errors,
        )
    forwarder = None
    try:
        words = f"The database server at 127.0.0.1:{port} is not answering (connection refused)"
        wait_for(lambda: words in stderr.read_text(), "the words on stderr")
        found = xdotool(env, "search", "--sync", "--onlyvisible", "--name", "Warehouse GUI")
        assert found.returncode == 0, found.stderr
        window = found.stdout.split()[0]
        time.sleep(1.5)
        assert program.poll() is None, "still running, trying again"

        forwarder = Forwarder(port, (server.host or "127.0.0.1", server.port or 5432))
        engine = create_engine(postgresql_url)

        def stored():
            with engine.connect() as connection:
                query = text("SELECT purchased_quantity FROM batches WHERE reference = 'e2e-1'")
                return connection.execute(query).scalar()

        def type_a_batch():
            xdotool(env, "windowactivate", "--sync", window)
            xdotool(env, "key", "--delay", "40", "ctrl+n")
            for value in ("e2e-1", "LAMP", "7"):
                xdotool(env, "type", "--delay", "15", value)
                xdotool(env, "key", "Return")
            time.sleep(1.0)
            return stored() == 7

        # Commands typed before it opens are refused ("Not connected"): type until stored.
        wait_for(type_a_batch, "the batch typed into the window to be stored")
        engine.dispose()
    finally:
        program.terminate()
        program.wait(timeout=30)
        if forwarder is not None:
            forwarder.close()
