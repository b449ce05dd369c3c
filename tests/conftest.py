"""Settings every test shares: offscreen Qt, and no test touches the user's real files."""

import logging
import os

import pytest

from warehouse_gui import logs

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory, monkeypatch):
    """Point user directories and mail settings away from the real machine."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    for name in ("WAREHOUSE_DB_URL", "WAREHOUSE_SMTP_HOST", "WAREHOUSE_SMTP_PORT"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def restored_logging():
    """Undo whatever a test does to the root logger's handlers and level."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield root
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    logging.captureWarnings(False)


@pytest.fixture
def log_file(tmp_path, restored_logging):
    """The application's log, configured as the command line does, in a temporary directory."""
    return logs.configure("INFO", tmp_path / "log")
