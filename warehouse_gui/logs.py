"""The application's log: a rotating file in the user's log directory, problems also on stderr.

Support staff ask for this file when something went wrong on a desk far away, so every entry
names its time, level, thread and logger.
"""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import TextIO

import platformdirs

from warehouse_gui import config

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
DEFAULT_LEVEL = "INFO"
FILE_NAME = "warehouse-gui.log"
MAX_BYTES = 2_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"

logger = logging.getLogger(__name__)


class _LogFile(RotatingFileHandler):
    """The rotating file installed by :func:`configure`."""


class _Console(logging.StreamHandler[TextIO]):
    """The stderr handler installed by :func:`configure`."""


def log_directory() -> Path:
    """The user log directory: ``~/.local/state/warehouse-gui/log`` on Linux."""
    return Path(platformdirs.user_log_dir(config.APP_NAME, config.APP_AUTHOR))


def configure(level: str = DEFAULT_LEVEL, directory: Path | None = None) -> Path | None:
    """Write records at ``level`` and above to a rotating file, warnings and worse to stderr.

    Returns the log file, or None when it cannot be written (stderr then gets every record at
    ``level``). A second call replaces what the first one installed.
    """
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, _LogFile | _Console)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    formatter = logging.Formatter(FORMAT)
    console = _Console(sys.stderr)
    console.setFormatter(formatter)
    console.setLevel(max(logging.WARNING, root.level))
    root.addHandler(console)
    logging.captureWarnings(True)

    path = (directory or log_directory()) / FILE_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        log_file = _LogFile(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    except OSError as error:
        console.setLevel(root.level)
        logger.warning("Cannot write the log file %s: %s", path, error)
        return None
    log_file.setFormatter(formatter)
    root.addHandler(log_file)
    return path


def log_file() -> Path | None:
    """The file the log is being written to, or None when there is none."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _LogFile):
            return Path(handler.baseFilename)
    return None


def log_uncaught_exception(
    kind: type[BaseException], error: BaseException, traceback: TracebackType | None
) -> None:
    """A ``sys.excepthook`` that logs the exception with its traceback before Python exits."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, traceback)
        return
    logger.critical("Uncaught exception", exc_info=(kind, error, traceback))
