"""The ``warehouse-gui`` command: version and database location for now."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from warehouse_gui import __version__, config


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    parser = argparse.ArgumentParser(
        prog="warehouse-gui",
        description="Receive stock batches and allocate order lines to them.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL (default: $WAREHOUSE_DB_URL, else a SQLite file in the user data dir)",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Print the version and the database the app would open."""
    args = build_parser().parse_args(argv)
    print(f"warehouse-gui {__version__}")
    print(f"database: {config.describe_database(config.database_url(args.db))}")
    return 0
