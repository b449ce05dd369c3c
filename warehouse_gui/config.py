"""Settings read from the command line, the environment and the user's directories."""

from __future__ import annotations

import getpass
import os
import socket
from pathlib import Path

import platformdirs

APP_NAME = "warehouse-gui"
APP_AUTHOR = "Warehouse GUI"
DEFAULT_ALERT_RECIPIENT = "stock@example.com"


def default_database_path() -> Path:
    """The SQLite file used when no database is named: in the user's data directory."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "warehouse.db"


def database_url(cli_url: str | None = None) -> str:
    """The database to open: ``--db``, then ``WAREHOUSE_DB_URL``, then the default file."""
    if cli_url:
        return cli_url
    from_env = os.environ.get("WAREHOUSE_DB_URL", "").strip()
    if from_env:
        return from_env
    return f"sqlite:///{default_database_path()}"


def describe_database(url: str) -> str:
    """A human-readable location for ``url`` with any password masked."""
    from sqlalchemy.engine import make_url  # kept off the window's start-up path

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def alert_recipient() -> str:
    """Where out-of-stock emails go: ``WAREHOUSE_ALERT_EMAIL`` or a default address."""
    return os.environ.get("WAREHOUSE_ALERT_EMAIL", "").strip() or DEFAULT_ALERT_RECIPIENT


def station_name() -> str:
    """This workstation's name in the event log: ``WAREHOUSE_STATION`` or the host name."""
    return os.environ.get("WAREHOUSE_STATION", "").strip() or socket.gethostname()


def operator_name() -> str:
    """Who is working, for the event log: ``WAREHOUSE_OPERATOR`` or the login name."""
    configured = os.environ.get("WAREHOUSE_OPERATOR", "").strip()
    if configured:
        return configured
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
