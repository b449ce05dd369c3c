"""The application's log: a rotating file in the user's log directory, problems also on stderr.

Support staff ask for this file when something went wrong on a desk far away, so every entry
names its time, level, thread and logger.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

import platformdirs

from warehouse_gui import config

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
DEFAULT_LEVEL = "INFO"
FILE_NAME = "warehouse-gui.log"
MAX_BYTES = 2_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"
# The names of the handlers that configure() installs, so that it can find them again.
FILE_HANDLER = "warehouse_gui.log_file"
CONSOLE_HANDLER = "warehouse_gui.console"

logger = logging.getLogger(__name__)


def log_directory() -> Path:
    """The user log directory: ``~/.local/state/warehouse-gui/log`` on Linux."""
    return Path(platformdirs.user_log_dir(config.APP_NAME, config.APP_AUTHOR))


FILE_ONLY = {"file_only": True}


def _not_for_the_console(record: logging.LogRecord) -> bool:
    """Leave out of stderr the records logged with ``extra=FILE_ONLY``: what was already
    said to the person in their words (its traceback belongs in the file)."""
    return not getattr(record, "file_only", False)


def configure(
    level: str = DEFAULT_LEVEL, directory: Path | None = None, *, rotating: bool = True
) -> Path | None:
    """Write records at ``level`` and above to a rotating file, warnings and worse to stderr.

    Returns the log file, or None when it cannot be written (stderr then gets every record at
    ``level``). A second call replaces what the first one installed. With ``rotating=False``
    the file is opened plain, without loading ``logging.handlers`` (and ``socket`` and
    ``pickle``: ~8 ms of a start); :func:`rotate_from_now` makes it rotate.
    """
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h.name in (FILE_HANDLER, CONSOLE_HANDLER)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    formatter = logging.Formatter(FORMAT)
    console = logging.StreamHandler(sys.stderr)
    console.set_name(CONSOLE_HANDLER)
    console.setFormatter(formatter)
    console.setLevel(max(logging.WARNING, root.level))
    console.addFilter(_not_for_the_console)
    root.addHandler(console)
    logging.captureWarnings(True)

    path = (directory or log_directory()) / FILE_NAME
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        log_file = _rotating_file(path) if rotating else logging.FileHandler(path, encoding="utf-8")
    except OSError as error:
        console.setLevel(root.level)
        logger.warning("Cannot write the log file %s: %s", path, error)
        return None
    config.keep_to_owner(path)
    log_file.set_name(FILE_HANDLER)
    log_file.setFormatter(formatter)
    root.addHandler(log_file)
    return path


def rotate_from_now() -> None:
    """Put a rotating handler in place of the plain log file that ``configure(rotating=False)``
    opened: the same file, format and level. Nothing when the log file already rotates."""
    from logging.handlers import RotatingFileHandler

    root = logging.getLogger()
    plain = _file_handler()
    if plain is None or isinstance(plain, RotatingFileHandler):
        return
    try:
        rotating = _rotating_file(Path(plain.baseFilename))
    except OSError as error:
        logger.warning(
            "The log file %s cannot rotate and keeps growing: %s", plain.baseFilename, error
        )
        return
    rotating.set_name(FILE_HANDLER)
    rotating.setFormatter(plain.formatter)
    rotating.setLevel(plain.level)
    root.addHandler(rotating)
    root.removeHandler(plain)
    plain.close()


def log_file() -> Path | None:
    """The file the log is being written to, or None when there is none."""
    handler = _file_handler()
    return None if handler is None else Path(handler.baseFilename)


def _file_handler() -> logging.FileHandler | None:
    for handler in logging.getLogger().handlers:
        if handler.name == FILE_HANDLER and isinstance(handler, logging.FileHandler):
            return handler
    return None


def _rotating_file(path: Path) -> logging.FileHandler:
    from logging.handlers import RotatingFileHandler

    return RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")


def log_uncaught_exception(
    kind: type[BaseException], error: BaseException, traceback: TracebackType | None
) -> None:
    """A ``sys.excepthook`` that logs the exception with its traceback before Python exits."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, traceback)
        return
    logger.critical("Uncaught exception", exc_info=(kind, error, traceback))
