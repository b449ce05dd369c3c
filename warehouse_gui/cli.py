"""The ``warehouse-gui`` command: the desktop app, and subcommands for scripts."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from warehouse_gui import __version__, config, logs
from warehouse_gui.redaction import protect_logs
from warehouse_gui.wording import counted

if TYPE_CHECKING:
    from warehouse_gui.domain.people import Person

logger = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface; without a subcommand it opens the main window."""
    parser = argparse.ArgumentParser(
        prog="warehouse-gui",
        description="Receive stock batches and allocate order lines to them.",
        parents=[_common_options(db=None, log_level=logs.DEFAULT_LEVEL)],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subcommands = parser.add_subparsers(dest="subcommand", metavar="SUBCOMMAND")
    # The same options after a subcommand; without defaults, so that they do not overwrite
    # the ones given before it.
    after = [_common_options(db=argparse.SUPPRESS, log_level=argparse.SUPPRESS)]
    export = subcommands.add_parser(
        "export-batches",
        parents=after,
        help="write every batch as CSV",
        description="Write every batch as CSV: "
        "reference,sku,eta,purchased,allocated,available,location.",
    )
    export.add_argument(
        "-o", "--output", metavar="FILE", type=Path, help="write to FILE instead of stdout"
    )
    export_events = subcommands.add_parser(
        "export-events",
        parents=after,
        help="write the event log as JSON Lines",
        description="Write the event log (the audit trail) as JSON Lines, oldest first.",
    )
    export_events.add_argument(
        "--since", metavar="ID", type=int, default=0, help="only events whose id is above ID"
    )
    export_events.add_argument(
        "-o", "--output", metavar="FILE", type=Path, help="write to FILE instead of stdout"
    )
    import_batches = subcommands.add_parser(
        "import-batches",
        parents=after,
        help="create the batches of a CSV file: all of them or none",
        description="Create the batches listed in a CSV file with the header "
        "reference,sku,qty,eta (an empty eta: in stock), and optionally location (a bin "
        "code such as A-03-2). Every line is checked first; "
        "if any is wrong, each problem is printed with its line and nothing is imported.",
    )
    import_batches.add_argument("file", metavar="FILE", type=Path, help="the CSV file (UTF-8)")
    backup = subcommands.add_parser(
        "backup",
        parents=after,
        help="copy a SQLite database, consistent while desks work",
        description="Copy the SQLite database with SQLite's online backup, into the backups "
        "folder (kept in rotation) or FILE. PostgreSQL is backed up with pg_dump.",
    )
    backup.add_argument("-o", "--output", metavar="FILE", type=Path, help="write the copy to FILE")
    restore = subcommands.add_parser(
        "restore",
        parents=after,
        help="put a backup in place of a SQLite database",
        description="Check FILE (integrity, schema revision) and put it in place of the "
        "SQLite database, keeping the file it replaces; refused while a desk has the "
        "database open. PostgreSQL is restored with pg_restore.",
    )
    restore.add_argument("file", metavar="FILE", type=Path, help="the backup to restore")
    _people_actions(
        subcommands.add_parser(
            "people",
            parents=after,
            help="add people who sign in, list them, change their role, disable them",
            description="The people who sign in at the desks, as the database's owner manages "
            "them (no sign-in here). A database without people works without signing in; "
            "adding the first person, an admin, turns sign-in on.",
        ),
        after,
    )
    labels = subcommands.add_parser(
        "labels",
        parents=after,
        help="write labels of batches or bins, with barcodes, as PDF",
        description="Write a label for each batch REF (a Code 128 barcode of its reference, "
        "with its SKU, quantity, ETA and location) or, with --location, for each bin CODE "
        "(its barcode and its code in very large type), to a PDF to print.",
    )
    labels.add_argument("references", metavar="REF", nargs="*", help="a batch's reference")
    labels.add_argument(
        "--location", metavar="CODE", nargs="+", default=[], help="a bin's code (A-03-2)"
    )
    labels.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=Path,
        default=Path("labels.pdf"),
        help="the PDF to write (default: labels.pdf in the current folder)",
    )
    labels.add_argument(
        "--size",
        default="62x29",
        choices=("62x29", "4x6", "a4"),
        help="62x29: 62 × 29 mm (Brother QL), 4x6: 4 × 6 in (Zebra), a4: A4 sheets of 24 "
        "(default: 62x29)",
    )
    subcommands.add_parser(
        "verify",
        parents=after,
        help="check the tables against the event log",
        description="Run the database's integrity check and replay the event log from the "
        "start, comparing the result with the batches, allocations, waiting lines and the "
        "products' versions. Exit 0 when they agree; otherwise list every difference, exit 1.",
    )
    return parser


def _people_actions(people: argparse.ArgumentParser, after: list[argparse.ArgumentParser]) -> None:
    """The actions of ``people``: add, list, set-role, disable."""
    actions = people.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        parents=after,
        help="add a person",
        description="Add a person who signs in as LOGIN (their badge). The PIN (4 to 12 "
        "digits) is read from standard input when it is not a terminal, else asked twice.",
    )
    add.add_argument("login", metavar="LOGIN", help="the login, as the badge's barcode")
    add.add_argument("--name", required=True, help="the person's name")
    add.add_argument("--role", required=True, metavar="ROLE", help="clerk, supervisor or admin")
    actions.add_parser(
        "list", parents=after, help="list the people", description="List the people by login."
    )
    set_role = actions.add_parser(
        "set-role",
        parents=after,
        help="give a person another role",
        description="Give LOGIN the role ROLE (clerk, supervisor or admin).",
    )
    set_role.add_argument("login", metavar="LOGIN")
    set_role.add_argument("role", metavar="ROLE", help="clerk, supervisor or admin")
    disable = actions.add_parser(
        "disable",
        parents=after,
        help="stop a person from signing in",
        description="Stop LOGIN from signing in. A person is never deleted: the history "
        "names them.",
    )
    disable.add_argument("login", metavar="LOGIN")


def _common_options(db: object, log_level: object) -> argparse.ArgumentParser:
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "--db",
        metavar="URL",
        default=db,
        help="the database: a SQLite file's path (warehouse.db), a SQLite URL "
        "(sqlite:////srv/stock/warehouse.db) or a PostgreSQL URL "
        "(postgresql://clerk@db.example.org/stock); default: $WAREHOUSE_DB_URL, else a "
        "SQLite file in the user data dir",
    )
    options.add_argument(
        "--log-level",
        metavar="LEVEL",
        type=str.upper,
        choices=logs.LEVELS,
        default=log_level,
        help=f"least severe records written to the log file in {logs.log_directory()}: "
        f"{', '.join(logs.LEVELS)} (default: {logs.DEFAULT_LEVEL})",
    )
    return options


def main(argv: Sequence[str] | None = None) -> int:
    """Run the subcommand named in ``argv``, or the desktop app."""
    os.umask(config.OWNER_ONLY_UMASK)
    args = build_parser().parse_args(argv)
    # The window makes its log file rotate once it is shown (logs.rotate_from_now).
    logs.configure(args.log_level, rotating=args.subcommand is not None)
    sys.excepthook = logs.log_uncaught_exception
    db_url = config.database_url(args.db)
    for path in config.sqlite_files(db_url):
        config.keep_to_owner(path)
    protect_logs(db_url)
    logger.info(
        "warehouse-gui %s: %s on %s",
        __version__,
        args.subcommand or "desktop app",
        config.describe_database(db_url),
    )
    if args.subcommand is None:
        from warehouse_gui.gui.app import run

        return run(db_url)
    try:
        return _run_subcommand(args, db_url)
    except Exception as error:  # every failure: one line for the person, the rest in the log
        print(f"warehouse-gui: error: {_in_words(error)}", file=sys.stderr)
        logger.error("%s failed", args.subcommand, exc_info=True, extra=logs.FILE_ONLY)
        return 1


def _run_subcommand(args: argparse.Namespace, db_url: str) -> int:
    if args.subcommand == "export-batches":
        return export_batches(db_url, args.output)
    if args.subcommand == "export-events":
        return export_events(db_url, args.since, args.output)
    if args.subcommand == "import-batches":
        return import_batches(db_url, args.file)
    if args.subcommand == "backup":
        from warehouse_gui import backups

        return backups.backup_command(db_url, args.output)
    if args.subcommand == "restore":
        from warehouse_gui import backups

        return backups.restore_command(db_url, args.file)
    if args.subcommand == "people":
        return people_command(db_url, args)
    if args.subcommand == "labels":
        return labels_command(db_url, args)
    from warehouse_gui import verification

    return verification.verify_command(db_url)


def _in_words(error: Exception) -> str:
    """One sentence a person can act on for ``error``."""
    from sqlalchemy.exc import ArgumentError, DBAPIError

    from warehouse_gui.domain.errors import DomainError
    from warehouse_gui.service_layer.unit_of_work import translate

    if isinstance(error, DomainError):
        return error.message
    if isinstance(error, OSError) and error.filename is not None:
        return f"{error.filename}: {error.strerror or error}"
    if isinstance(error, ArgumentError):
        return f"{error}: give a file's path or a database URL (see --help)"
    if isinstance(error, DBAPIError) and (translated := translate(error)) is not None:
        return translated.message
    return f"{type(error).__name__}: {error} (details in the log file, {logs.log_directory()})"


def export_batches(db_url: str, output: Path | None) -> int:
    """Write the batch table as CSV to ``output`` or stdout."""
    from warehouse_gui import exports, views
    from warehouse_gui.bootstrap import existing_unit_of_work

    rows = views.batches(existing_unit_of_work(db_url))
    _write(output, "batches", lambda out: exports.write_batches_csv(rows, out))
    return 0


def export_events(db_url: str, since: int, output: Path | None) -> int:
    """Write the event log after id ``since`` as JSON Lines to ``output`` or stdout."""
    from warehouse_gui import exports, views
    from warehouse_gui.bootstrap import existing_unit_of_work

    entries = views.events_since(existing_unit_of_work(db_url), since)
    _write(output, "events", lambda out: exports.write_events_jsonl(entries, out))
    return 0


def import_batches(db_url: str, path: Path) -> int:
    """Import the batches of the CSV file at ``path``; 0 when every one went in, 1 when
    none did (each reason printed with its line: the file's own problems and its
    references already stored, all at once)."""
    from warehouse_gui import batch_import, views
    from warehouse_gui.bootstrap import bootstrap, database_unit_of_work
    from warehouse_gui.domain.errors import DomainError

    try:
        parsed = batch_import.read_batches(path)
    except OSError as error:
        print(
            f"Cannot read {path}: {error.strerror or error}. Nothing was imported.", file=sys.stderr
        )
        return 1
    try:
        uow = database_unit_of_work(db_url)
        bus = bootstrap(uow=uow)
        if references := parsed.references():
            parsed = parsed.with_existing(views.existing_references(uow, references))
    except DomainError as error:
        logger.info("Import of %s: the stored references cannot be read: %s", path, error)
        print(error.message, "Nothing was imported.", sep="\n", file=sys.stderr)
        return 1
    if not parsed.ready:
        logger.info("Import of %s refused: %d problems", path, len(parsed.problems))
        for problem in parsed.problems:
            print(f"{path}: {problem}", file=sys.stderr)
        problems = counted(len(parsed.problems), "problem")
        print(f"Nothing was imported: fix the {problems} and try again.", file=sys.stderr)
        return 1
    command = parsed.command()
    try:
        bus.handle(command)
    except DomainError as error:
        logger.info("Import of %s refused: %s", path, error.message)
        for line in error.message.splitlines():
            print(f"{path}: {line}", file=sys.stderr)
        return 1
    print(f"Imported {counted(len(command.batches), 'batch')} from {path}")
    return 0


def people_command(db_url: str, args: argparse.Namespace) -> int:
    """``people add|list|set-role|disable``: the people as the database's owner manages
    them; a refusal raises (one line, from ``main``). Adding a person makes or migrates the
    database; the others need a warehouse that is already there."""
    from warehouse_gui import views
    from warehouse_gui.bootstrap import bootstrap, database_unit_of_work, existing_unit_of_work
    from warehouse_gui.domain import commands

    if args.action == "list":
        _print_people(views.people(existing_unit_of_work(db_url)))
        return 0
    command: commands.Command
    if args.action == "add":
        command = commands.AddPerson(args.login, args.name, args.role, _read_pin(args.login))
    elif args.action == "set-role":
        command = commands.SetRole(args.login, args.role)
    else:
        command = commands.DisablePerson(args.login)
    uow = database_unit_of_work(db_url) if args.action == "add" else existing_unit_of_work(db_url)
    first = args.action == "add" and not views.people(uow)
    bootstrap(uow=uow).handle(command)
    if isinstance(command, commands.AddPerson):
        print(f"Added {command.login} ({command.name}) as {command.role.with_article}")
        if first:
            print("Sign-in is on: every desk now asks who is working")
    elif isinstance(command, commands.SetRole):
        print(f"{command.login} is now {command.role.with_article}")
    else:
        print(f"{command.login} may no longer sign in")
    return 0


def labels_command(db_url: str, args: argparse.Namespace) -> int:
    """``labels REF... | --location CODE...``: the labels as PDF. Every reference must name a
    batch of the warehouse at ``db_url`` (read only when references are given) and every
    code be a bin code; else one line names what is wrong and nothing is written."""
    from warehouse_gui.domain import locations
    from warehouse_gui.domain.errors import DomainError, UnknownBatch

    if not args.references and not args.location:
        raise DomainError("Name the batches (REF...) or the bins (--location CODE...) to label")
    codes = [locations.required_location("location", code) for code in args.location]
    rows = {}
    if args.references:
        from warehouse_gui import views
        from warehouse_gui.bootstrap import existing_unit_of_work

        wanted = set(args.references)
        rows = {
            row.reference: row
            for row in views.batches(existing_unit_of_work(db_url))
            if row.reference in wanted
        }
        if unknown := list(dict.fromkeys(r for r in args.references if r not in rows)):
            named = ", ".join(unknown[:-1]) + " and " + unknown[-1] if unknown[1:] else unknown[0]
            no_batch = (
                "No batches have the references" if unknown[1:] else "No batch has the reference"
            )
            raise UnknownBatch(f"{no_batch} {named}: no labels were written", "ref")
    from warehouse_gui.gui.printing import labels

    made: list[labels.Label] = [labels.BatchLabel.of(rows[ref]) for ref in args.references]
    made += [labels.BinLabel(code) for code in codes]
    size = labels.size_named(args.size)
    labels.write_pdf(made, size, args.output)
    print(f"Wrote {counted(len(made), 'label')} ({size.name}) to {args.output.resolve()}")
    return 0


def _read_pin(login: str) -> str:
    """The PIN: a line of standard input when it is not a terminal, else typed twice
    (not shown)."""
    from warehouse_gui.domain.errors import DomainError

    if not sys.stdin.isatty():
        return sys.stdin.readline().strip()
    pin = getpass.getpass(f"PIN for {login} (4 to 12 digits): ")
    if getpass.getpass("The same PIN again: ") != pin:
        raise DomainError("The two PINs differ: nobody was added; try again", "pin")
    return pin


def _print_people(people: Sequence[Person]) -> None:
    rows = [(p.login, p.name, str(p.role), "disabled" if p.disabled else "") for p in people]
    if not rows:
        print("No people: the desks work without signing in (add an admin to turn it on)")
        return
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    for row in rows:
        line = "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False))
        print(f"{line}  {row[3]}".rstrip())


def _write(output: Path | None, what: str, write: Callable[[TextIO], int]) -> None:
    if output is None:
        write(sys.stdout)
        return
    with output.open("w", newline="", encoding="utf-8") as out:
        count = write(out)
    print(f"Wrote {count} {what} to {output}", file=sys.stderr)
