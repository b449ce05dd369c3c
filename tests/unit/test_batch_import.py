"""Reading a CSV file of batches: good lines become batches, and every wrong line is named."""

import pytest

from tests.unit.fakes import make_bus
from warehouse_gui.batch_import import parse_batches
from warehouse_gui.domain import commands, events
from warehouse_gui.domain.commands import CreateBatch, ImportBatches
from warehouse_gui.domain.errors import DuplicateBatch, InvalidCommand

GOOD = b"""reference,sku,qty,eta
b-1,LAMP,20,
b-2,LAMP,50,2027-01-15
c-1,"CHAIR, oak",3,
"""


def problems(data):
    return [str(problem) for problem in parse_batches(data).problems]


def test_a_good_file_becomes_one_import_command():
    parsed = parse_batches(GOOD)
    assert parsed.ready and parsed.problems == ()
    assert parsed.command() == ImportBatches(
        (
            CreateBatch("b-1", "LAMP", 20),
            CreateBatch("b-2", "LAMP", 50, "2027-01-15"),
            CreateBatch("c-1", "CHAIR, oak", 3),
        ),
        (2, 3, 4),
    )
    assert [row.values for row in parsed.rows][2] == ("c-1", "CHAIR, oak", "3", "")


def test_spreadsheet_habits_are_accepted():
    """A byte order mark, CRLF, blank and empty lines, spaces, any header case and order,
    and the semicolons of some spreadsheets' CSV."""
    data = (
        "\ufeffSKU ; Reference;QTY;Eta\r\n"
        " LAMP ; b-1 ; 20 ;\r\n"
        ";;;\r\n"
        "\r\n"
        "CHAIR;c-1;+3;2027-01-15\r\n"
    )
    parsed = parse_batches(data.encode("utf-8"))
    assert parsed.problems == ()
    assert parsed.command() == ImportBatches(
        (CreateBatch("b-1", "LAMP", 20), CreateBatch("c-1", "CHAIR", 3, "2027-01-15")), (2, 5)
    )


def test_one_bad_line_names_its_line_and_field_and_nothing_is_importable():
    data = GOOD + b"b-4,LAMP,1.5,\n"
    parsed = parse_batches(data)
    assert not parsed.ready
    assert problems(data) == [
        "line 5, Quantity: must be a whole number of at least 1, got '1.5'",
    ]
    assert [row.batch is None for row in parsed.rows] == [False, False, False, True]
    with pytest.raises(ValueError, match="cannot be imported"):
        parsed.command()


def test_every_kind_of_bad_line_is_reported_with_its_line():
    data = (
        "reference,sku,qty,eta\n"
        "b-1,LAMP,20,\n"  # 2: good
        ",LAMP,0,soon\n"  # 3: three fields wrong
        "b-1,CHAIR,5,\n"  # 4: duplicate of line 2
        "b-5,LAMP,5,2027-02-30\n"  # 5: no such day
        "b-6,LAMP\n"  # 6: too few values
        "b-7,LAMP,3,,extra\n"  # 7: too many values
        "b-8,LA\u202eMP,4,\n"  # 8: an invisible character
        f"{'x' * 65},LAMP,4,\n"  # 9: too long
    ).encode()
    assert problems(data) == [
        "line 3, Reference: must not be blank",
        "line 3, Quantity: must be a whole number of at least 1, got 0",
        "line 3, ETA: must be a date as YYYY-MM-DD, got 'soon'",
        "line 4, Reference: b-1 is already on line 2; each batch needs a reference of its own",
        "line 5, ETA: 2027-02-30 is not a real calendar date",
        "line 6: has 2 values, expected 4 (reference,sku,qty,eta)",
        "line 7: has 5 values, expected 4 (reference,sku,qty,eta); "
        "a value that contains a comma must be in double quotes",
        "line 8, SKU: must not contain control or invisible characters (found U+202E)",
        "line 9, Reference: must be at most 64 characters, got 65",
    ]
    parsed = parse_batches(data)
    assert [row.line for row in parsed.rows] == [2, 3, 4, 5, 6, 7, 8, 9]
    assert [row.line for row in parsed.rows if row.batch is not None] == [2]
    assert parsed.rows[4].values == ("b-6", "LAMP", "", "")


def test_a_quoted_value_over_two_lines_keeps_the_numbering_of_the_file():
    data = b'reference,sku,qty,eta\n"b-1\nb-2",LAMP,5,\nb-3,LAMP,x,\n'
    assert problems(data) == [
        "line 2, Reference: must not contain control or invisible characters (found U+000A)",
        "line 4, Quantity: must be a whole number of at least 1, got 'x'",
    ]


def test_bytes_that_are_not_utf8_are_named_by_line():
    data = "reference,sku,qty,eta\nb-1,LAMP,5,\nb-2,CAFÉ,5,\nb-3,LAMP,5,\n".encode("latin-1")
    assert problems(data) == [
        "line 3: is not UTF-8 text; save the file as CSV with UTF-8 encoding",
    ]
    parsed = parse_batches(data)
    assert [row.line for row in parsed.rows if row.batch is None] == [3]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "line 1: the file is empty; its first line must be the header reference,sku,qty,eta"),
        (b"\xef\xbb\xbf\n  \n", "line 1: the file is empty; its first line must be the header"),
        (b"reference,sku,qty,eta\n", "line 1: the header is not followed by any batch"),
        (
            b"b-1,LAMP,5,\nb-2,LAMP,5,\n",
            "line 1: the first line must be the header reference,sku,qty,eta (found b-1,LAMP,5,)",
        ),
        (
            b"ref,sku,quantity,eta\nb-1,LAMP,5,\n",
            "line 1: the first line must be the header reference,sku,qty,eta "
            "(missing reference, qty; unknown ref, quantity; found ref,sku,quantity,eta)",
        ),
        (
            b"reference,sku,qty,qty,eta\nb-1,LAMP,5,5,\n",
            "line 1: the first line must be the header reference,sku,qty,eta "
            "(qty is named twice; found reference,sku,qty,qty,eta)",
        ),
    ],
)
def test_a_file_without_the_header_or_without_batches_is_refused(data, expected):
    [problem] = problems(data)
    assert problem.startswith(expected)
    assert parse_batches(data).rows == ()


def test_the_command_checks_itself_too():
    batch = CreateBatch("b-1", "LAMP", 5)
    with pytest.raises(InvalidCommand, match="must hold at least one batch"):
        ImportBatches((), ())
    with pytest.raises(InvalidCommand, match="one line number"):
        ImportBatches((batch,), ())
    with pytest.raises(InvalidCommand, match="Reference b-1 is on line 2 and on line 3"):
        ImportBatches((batch, CreateBatch("b-1", "CHAIR", 1)), (2, 3))


def test_the_bus_creates_every_batch_in_one_commit_with_one_event_each():
    uow, bus, published = make_bus()
    bus.handle(commands.CreateBatch("old-1", "LAMP", 1))
    commits = uow.commits
    assert bus.handle(parse_batches(GOOD).command()) == [3]
    assert uow.commits == commits + 1
    assert sorted(e.ref for e in published if isinstance(e, events.BatchCreated)) == [
        "b-1",
        "b-2",
        "c-1",
        "old-1",
    ]
    assert [b.reference for b in uow.products.get("LAMP").batches] == ["old-1", "b-1", "b-2"]


def test_a_reference_already_stored_refuses_the_whole_file_naming_its_line():
    uow, bus, _ = make_bus()
    bus.handle(commands.CreateBatch("b-2", "CHAIR", 1))
    commits = uow.commits
    with pytest.raises(DuplicateBatch) as error:
        bus.handle(parse_batches(GOOD).command())
    assert error.value.message.splitlines() == [
        "Nothing was imported: 1 of the file's 3 references already exists",
        "line 3, Reference: batch b-2 already exists; each batch needs a reference of its own",
    ]
    assert uow.commits == commits
    assert uow.products.get("LAMP") is None


def test_references_already_stored_are_listed_with_their_lines_among_the_others():
    data = (
        b"reference,sku,qty,eta\n"
        b"b-1,LAMP,20,\n"  # 2: stored already
        b"b-2,LAMP,four,\n"  # 3: a bad quantity, and stored already
        b"b-3,LAMP,5,\n"  # 4: good
        b"b-1,LAMP,5,\n"  # 5: already on line 2 (said once: there)
        b",LAMP,5,\n"  # 6: no reference to look up
        b"b-9,LAMP\n"  # 7: a line wrong as a whole
    )
    parsed = parse_batches(data)
    assert parsed.references() == {"b-1": 2, "b-2": 3, "b-3": 4}

    checked = parsed.with_existing({"b-1", "b-2", "b-9", "elsewhere"})

    assert [str(problem) for problem in checked.problems] == [
        "line 2, Reference: batch b-1 already exists; each batch needs a reference of its own",
        "line 3, Reference: batch b-2 already exists; each batch needs a reference of its own",
        "line 3, Quantity: must be a whole number of at least 1, got 'four'",
        "line 5, Reference: b-1 is already on line 2; each batch needs a reference of its own",
        "line 6, Reference: must not be blank",
        "line 7: has 2 values, expected 4 (reference,sku,qty,eta)",
    ]
    assert checked.rows == parsed.rows
    assert not checked.ready


def test_a_good_file_with_one_reference_stored_already_is_not_ready():
    parsed = parse_batches(GOOD)
    assert parsed.with_existing(set()) is parsed
    assert parsed.with_existing({"c-9"}) is parsed
    checked = parsed.with_existing({"c-1"})
    assert not checked.ready
    assert [str(problem) for problem in checked.problems_on(4)] == [
        "line 4, Reference: batch c-1 already exists; each batch needs a reference of its own"
    ]
    with pytest.raises(ValueError, match="cannot be imported"):
        checked.command()


def test_the_references_looked_up_are_the_stripped_ones_of_a_file_in_any_column_order():
    data = b"SKU;Reference;QTY;Eta\n LAMP ; b-1 ;20;\nCHAIR;c-1;3;\n"
    assert parse_batches(data).references() == {"b-1": 2, "c-1": 3}
