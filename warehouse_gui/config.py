"""Settings read from the command line, the environment and the user's directories."""

from __future__ import annotations

import getpass
import os
import platform
from pathlib import Path

import platformdirs

from warehouse_gui.redaction import masked_url

APP_NAME = "warehouse-gui"
APP_AUTHOR = "Warehouse GUI"
DEFAULT_ALERT_RECIPIENT = "stock@example.com"


def default_database_path() -> Path:
    """The SQLite file used when no database is named: in the user's data directory."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "warehouse.db"


def database_url(cli_url: str | None = None) -> str:
    """The database to open: ``--db``, then ``WAREHOUSE_DB_URL``, then the default file.
    A plain file path (``warehouse.db``, ``~/stock/morning.db``) names a SQLite file."""
    chosen = (cli_url or "").strip() or os.environ.get("WAREHOUSE_DB_URL", "").strip()
    if not chosen:
        return f"sqlite:///{default_database_path()}"
    if "://" not in chosen:
        return f"sqlite:///{Path(chosen).expanduser().resolve()}"
    return chosen


def describe_database(url: str) -> str:
    """A human-readable location for ``url``: a SQLite file's path, or the URL with any
    password masked."""
    scheme, _, rest = url.partition("://")
    if scheme.split("+")[0] != "sqlite":
        return masked_url(url)
    # sqlite:///relative.db, sqlite:////absolute.db, sqlite:// (in memory), then ?options
    return rest.partition("?")[0].partition("/")[2] or ":memory:"


def alert_recipient() -> str:
    """Where out-of-stock emails go: ``WAREHOUSE_ALERT_EMAIL`` or a default address."""
    return os.environ.get("WAREHOUSE_ALERT_EMAIL", "").strip() or DEFAULT_ALERT_RECIPIENT


def station_name() -> str:
    """This workstation's name in the event log: ``WAREHOUSE_STATION`` or the host name."""
    return os.environ.get("WAREHOUSE_STATION", "").strip() or platform.node()


def operator_name() -> str:
    """Who is working, for the event log: ``WAREHOUSE_OPERATOR`` or the login name."""
    configured = os.environ.get("WAREHOUSE_OPERATOR", "").strip()
    if configured:
        return configured
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
