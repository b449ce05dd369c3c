"""Reading a CSV file of batches (``reference,sku,qty,eta``, and optionally ``location``)
for import, and every reason it cannot be imported, each with its line in the file (the
header is line 1).

The problems are said through ``translate`` (the window's preview shows them; the command
line hears the English). Line numbers are written as digits, as an editor numbers lines.

Pure: no Qt, no database. The command line and the window both read files through
``parse_batches``, ask the database which of its references are already stored and add
those to its problems (``BatchFile.with_existing``), and send the one ``ImportBatches``
command it gives when nothing is wrong. The handler checks the references again: another
desk may create one in the meantime.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from warehouse_gui.domain.commands import CreateBatch, ImportBatches
from warehouse_gui.domain.errors import InvalidCommand
from warehouse_gui.translation import QT_TRANSLATE_NOOP, translate

COLUMNS = ("reference", "sku", "qty", "eta")
# Columns a file may have besides: where each batch stands (empty: not known).
OPTIONAL_COLUMNS = ("location",)
ALL_COLUMNS = COLUMNS + OPTIONAL_COLUMNS
HEADER = ",".join(COLUMNS)
UTF8_BOM = b"\xef\xbb\xbf"
# The file's column of each of the command's fields.
COLUMN_OF_FIELD = {
    "ref": "reference",
    "sku": "sku",
    "qty": "qty",
    "eta": "eta",
    "location": "location",
}
# Each column as a clerk names it: the preview's headings, the New batch form's labels
# (translated where shown: ``translate("BatchImport", COLUMN_NAMES[column])``).
COLUMN_NAMES = {
    "reference": QT_TRANSLATE_NOOP("BatchImport", "Reference"),
    "sku": QT_TRANSLATE_NOOP("BatchImport", "SKU"),
    "qty": QT_TRANSLATE_NOOP("BatchImport", "Quantity"),
    "eta": QT_TRANSLATE_NOOP("BatchImport", "ETA"),
    "location": QT_TRANSLATE_NOOP("BatchImport", "Location"),
}


@dataclass(frozen=True)
class Problem:
    """Why one line (or the whole file) cannot be imported, and the column at fault
    (as the file names it: ``qty``; shown as a clerk names it: "Quantity")."""

    line: int
    column: str | None
    message: str

    def __str__(self) -> str:
        if not self.column:
            return translate("BatchImport", "line {line}: {problem}").format(
                line=self.line, problem=self.message
            )
        column = (
            translate("BatchImport", COLUMN_NAMES[self.column])
            if self.column in COLUMN_NAMES
            else self.column
        )
        return translate("BatchImport", "line {line}, {column}: {problem}").format(
            line=self.line, column=column, problem=self.message
        )


@dataclass(frozen=True)
class FileRow:
    """One batch line as written in the file, and the batch it makes (``None`` if wrong)."""

    line: int
    values: tuple[str, ...]  # in the order of COLUMNS
    batch: CreateBatch | None
    location: str = ""  # as written, when the file has a location column


@dataclass(frozen=True)
class BatchFile:
    """What a file holds: its batch lines and every problem found in it."""

    rows: tuple[FileRow, ...]
    problems: tuple[Problem, ...]

    @property
    def ready(self) -> bool:
        """Whether every line is right, so that the whole file can be imported."""
        return not self.problems and bool(self.rows)

    def problems_on(self, line: int) -> list[Problem]:
        """The problems of one line."""
        return [problem for problem in self.problems if problem.line == line]

    def references(self) -> dict[str, int]:
        """Each reference the file gives a batch, with its line: the first line of each,
        on the lines whose reference breaks no rule (lines wrong as a whole are left out)."""
        wrong = {p.line for p in self.problems if p.column in (None, "reference")}
        found: dict[str, int] = {}
        for row in self.rows:
            if row.line not in wrong:
                found.setdefault(row.values[COLUMNS.index("reference")].strip(), row.line)
        return found

    def with_existing(self, existing: Collection[str]) -> BatchFile:
        """This file with each of its references found in ``existing`` (those already
        stored) as one more problem of its line; the file itself when there is none."""
        clashes = [
            Problem(
                line,
                "reference",
                translate(
                    "BatchImport",
                    "batch {reference} already exists; each batch needs a reference of its own",
                ).format(reference=reference),
            )
            for reference, line in self.references().items()
            if reference in existing
        ]
        if not clashes:
            return self
        return BatchFile(self.rows, tuple(sorted((*self.problems, *clashes), key=_position)))

    def command(self) -> ImportBatches:
        """The one command that imports every batch; only for a ``ready`` file."""
        if not self.ready:
            raise ValueError("a file with problems cannot be imported")
        batches = tuple(row.batch for row in self.rows if row.batch is not None)
        return ImportBatches(batches, tuple(row.line for row in self.rows))


def read_batches(path: Path) -> BatchFile:
    """Read and check the file at ``path``; an unreadable file raises ``OSError``."""
    return parse_batches(path.read_bytes())


def parse_batches(data: bytes) -> BatchFile:
    """Check every line of a CSV file's bytes and build a batch from each good one.

    A UTF-8 byte order mark (spreadsheets write one) is skipped; blank lines are ignored;
    a header of semicolon-separated names (some spreadsheets' CSV) makes ``;`` the separator.
    """
    text, undecodable = _decode(data.removeprefix(UTF8_BOM))
    not_utf8 = translate(
        "BatchImport", "is not UTF-8 text; save the file as CSV with UTF-8 encoding"
    )
    problems = [Problem(line, None, not_utf8) for line in undecodable]
    if not text.strip():
        empty = translate(
            "BatchImport", "the file is empty; its first line must be the header {header}"
        ).format(header=HEADER)
        problems.append(Problem(1, None, empty))
        return BatchFile((), tuple(problems))
    delimiter = ";" if ";" in text.splitlines()[0] and "," not in text.splitlines()[0] else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[FileRow] = []
    first_line_of: dict[str, int] = {}
    try:
        order = _column_order(next(reader), problems)
        if order is None:
            return BatchFile((), tuple(problems))
        previous_end = reader.line_num
        for cells in reader:
            line, previous_end = previous_end + 1, reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            row = _row(line, cells, order, problems, first_line_of)
            if line in undecodable:
                row = FileRow(row.line, row.values, None)
            rows.append(row)
    except csv.Error as error:
        unreadable = translate("BatchImport", "cannot be read as CSV ({error})").format(error=error)
        problems.append(Problem(reader.line_num, None, unreadable))
    if not rows and not problems:
        no_batch = translate("BatchImport", "the header is not followed by any batch")
        problems.append(Problem(1, None, no_batch))
    problems.sort(key=_position)
    return BatchFile(tuple(rows), tuple(problems))


def _position(problem: Problem) -> tuple[int, int]:
    """Where a problem is reported: by line, then by column (the whole line first)."""
    column = ALL_COLUMNS.index(problem.column) if problem.column in ALL_COLUMNS else -1
    return problem.line, column


def _decode(data: bytes) -> tuple[str, set[int]]:
    """The text, and the numbers of the lines that are not valid UTF-8 (their bad bytes
    replaced, so that the rest of the file can still be checked and shown)."""
    try:
        return data.decode("utf-8"), set()
    except UnicodeDecodeError:
        pass
    undecodable: set[int] = set()
    for number, line in enumerate(data.split(b"\n"), start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            undecodable.add(number)
    return data.decode("utf-8", errors="replace"), undecodable


def _column_order(header: list[str], problems: list[Problem]) -> list[str] | None:
    """The column names in the file's order, or ``None`` (and a problem) if wrong."""
    names = [cell.strip().casefold() for cell in header]
    required = [name for name in names if name not in OPTIONAL_COLUMNS]
    if sorted(required) == sorted(COLUMNS) and all(
        names.count(name) <= 1 for name in OPTIONAL_COLUMNS
    ):
        return names
    missing = [name for name in COLUMNS if name not in names]
    unknown = [cell.strip() for cell in header if cell.strip().casefold() not in ALL_COLUMNS]
    twice = [name for name in ALL_COLUMNS if names.count(name) > 1]
    # Each detail a clause of its own, the clauses listed with "; ".
    details = [
        translate("BatchImport", "{column} is named twice").format(column=name) for name in twice
    ]
    if len(missing) < len(COLUMNS):  # else it is no header at all: say what was found
        if missing:
            details.append(
                translate("BatchImport", "missing {columns}").format(columns=", ".join(missing))
            )
        if unknown:
            details.append(
                translate("BatchImport", "unknown {columns}").format(
                    columns=", ".join(name for name in unknown if name)
                )
            )
    details.append(
        translate("BatchImport", "found {header}").format(
            header=",".join(cell.strip() for cell in header)
        )
    )
    wrong_header = translate(
        "BatchImport", "the first line must be the header {header} ({details})"
    ).format(header=HEADER, details="; ".join(details))
    problems.append(Problem(1, None, wrong_header))
    return None


def _row(
    line: int,
    cells: list[str],
    order: list[str],
    problems: list[Problem],
    first_line_of: dict[str, int],
) -> FileRow:
    """Check one batch line; record its problems and return it."""
    if len(cells) != len(order):
        header = ",".join((*COLUMNS, *(name for name in OPTIONAL_COLUMNS if name in order)))
        # The English says "values" whatever the count (a line of one value is rare).
        found = len(cells)
        if found > len(order):
            wrong_count = translate(
                "BatchImport",
                "has %n values, expected {expected} ({header}); a value that contains a comma "
                "must be in double quotes",
                None,
                found,
            )
        else:
            wrong_count = translate(
                "BatchImport", "has %n values, expected {expected} ({header})", None, found
            )
        problems.append(Problem(line, None, wrong_count.format(expected=len(order), header=header)))
        padded = (cells + [""] * len(order))[: len(order)]
        values = dict(zip(order, padded, strict=True))
        location = values.get("location", "")
        return FileRow(line, tuple(values[name] for name in COLUMNS), None, location)
    values = dict(zip(order, cells, strict=True))
    fields = {
        field: values[column] for field, column in COLUMN_OF_FIELD.items() if column in values
    }
    batch: CreateBatch | None = None
    wrong: list[InvalidCommand] = []
    try:
        batch = CreateBatch.from_fields(fields)
    except InvalidCommand:
        wrong = CreateBatch.problems_in(fields)
    problems += [Problem(line, COLUMN_OF_FIELD[p.field or "ref"], p.rule) for p in wrong]
    reference = fields["ref"].strip()
    reference_ok = all(problem.field != "ref" for problem in wrong)
    if reference_ok and reference in first_line_of:
        problems.append(
            Problem(
                line,
                "reference",
                translate(
                    "BatchImport",
                    "{reference} is already on line {line}; "
                    "each batch needs a reference of its own",
                ).format(reference=reference, line=first_line_of[reference]),
            )
        )
        batch = None
    elif reference_ok:
        first_line_of[reference] = line
    return FileRow(line, tuple(values[name] for name in COLUMNS), batch, values.get("location", ""))
