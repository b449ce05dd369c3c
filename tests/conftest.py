"""Settings every test shares: offscreen Qt, and no test touches the user's real files."""

import os

import pytest

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
