"""The ``warehouse-gui`` command: the desktop app, and subcommands for scripts."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from warehouse_gui import __version__, config, exports, views
from warehouse_gui.bootstrap import database_unit_of_work


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface; without a subcommand it opens the main window."""
    parser = argparse.ArgumentParser(
        prog="warehouse-gui",
        description="Receive stock batches and allocate order lines to them.",
        parents=[_database_option(default=None)],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subcommands = parser.add_subparsers(dest="subcommand", metavar="SUBCOMMAND")
    export = subcommands.add_parser(
        "export-batches",
        parents=[_database_option(default=argparse.SUPPRESS)],
        help="write every batch as CSV",
        description="Write every batch as CSV: reference,sku,eta,purchased,allocated,available.",
    )
    export.add_argument(
        "-o", "--output", metavar="FILE", type=Path, help="write to FILE instead of stdout"
    )
    return parser


def _database_option(default: object) -> argparse.ArgumentParser:
    # A subcommand's default must not overwrite a --db given before the subcommand.
    option = argparse.ArgumentParser(add_help=False)
    option.add_argument(
        "--db",
        metavar="URL",
        default=default,
        help="database URL (default: $WAREHOUSE_DB_URL, else a SQLite file in the user data dir)",
    )
    return option


def main(argv: Sequence[str] | None = None) -> int:
    """Run the subcommand named in ``argv``, or the desktop app."""
    args = build_parser().parse_args(argv)
    db_url = config.database_url(args.db)
    if args.subcommand == "export-batches":
        return export_batches(db_url, args.output)
    from warehouse_gui.gui.app import run

    return run(db_url)


def export_batches(db_url: str, output: Path | None) -> int:
    """Write the batch table as CSV to ``output`` or stdout."""
    rows = views.batches(database_unit_of_work(db_url))
    if output is None:
        exports.write_batches_csv(rows, sys.stdout)
    else:
        with output.open("w", newline="", encoding="utf-8") as out:
            count = exports.write_batches_csv(rows, out)
        print(f"Wrote {count} batches to {output}", file=sys.stderr)
    return 0
