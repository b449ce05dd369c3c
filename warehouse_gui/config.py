"""Settings read from the command line, the environment and the user's directories."""

from __future__ import annotations

import getpass
import logging
import os
import platform
from pathlib import Path

import platformdirs

from warehouse_gui.redaction import masked_url

logger = logging.getLogger(__name__)

APP_NAME = "warehouse-gui"
APP_AUTHOR = "Warehouse GUI"
DEFAULT_ALERT_RECIPIENT = "stock@example.com"
# The files the program makes (database, backups, log, settings) are its user's alone.
OWNER_ONLY_UMASK = 0o077


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


def keep_to_owner(path: Path) -> None:
    """Take away the group's and others' access to the file at ``path`` if it has any
    (a file made before the program made its files owner-only); nothing if it is absent
    or not this user's."""
    try:
        mode = path.stat().st_mode
        if mode & 0o077:
            path.chmod(mode & 0o700)
    except FileNotFoundError:
        return
    except OSError as error:
        logger.warning("Could not make %s readable by its owner only: %s", path, error)


def sqlite_files(url: str) -> list[Path]:
    """The files of the SQLite database at ``url`` (with its ``-wal`` and ``-shm``); none
    for a server or a database in memory."""
    scheme = url.partition("://")[0]
    location = describe_database(url)
    if scheme.split("+")[0] != "sqlite" or location == ":memory:":
        return []
    path = Path(location).expanduser()
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


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
