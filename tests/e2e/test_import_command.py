"""``warehouse-gui import-batches FILE``, run as a real process."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from warehouse_gui import views
from warehouse_gui.bootstrap import bootstrap, database_unit_of_work
from warehouse_gui.domain import commands

SCRIPT = str(Path(sys.executable).with_name("warehouse-gui"))
GOOD = 'reference,sku,qty,eta\nlamp-1,LAMP,20,\nlamp-2,LAMP,50,2027-01-15\nc-1,"CHAIR, oak",3,\n'


def run(*args):
    return subprocess.run([SCRIPT, *args], capture_output=True, text=True, timeout=60, check=False)


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'w.db'}"


def stored(url):
    return {
        row.reference: (row.sku, row.purchased) for row in views.batches(database_unit_of_work(url))
    }


def test_a_good_file_is_imported_and_counted(tmp_path, url):
    path = tmp_path / "deliveries.csv"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.replace("\n", "\r\n").encode())

    result = run("import-batches", str(path), "--db", url)

    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Imported 3 batches from {path}\n"
    assert stored(url) == {"lamp-1": ("LAMP", 20), "lamp-2": ("LAMP", 50), "c-1": ("CHAIR, oak", 3)}
    events = run("export-events", "--db", url)
    logged = [json.loads(line) for line in events.stdout.splitlines()]
    assert sorted(e["ref"] for e in logged if e["type"] == "BatchCreated") == [
        "c-1",
        "lamp-1",
        "lamp-2",
    ]


def test_a_bad_file_names_every_line_and_imports_nothing(tmp_path, url):
    path = tmp_path / "deliveries.csv"
    path.write_text(
        GOOD + "lamp-3,LAMP,0,\nlamp-1,LAMP,5,tomorrow\nlamp-4,LAMP\n", encoding="utf-8"
    )

    result = run("--db", url, "import-batches", str(path))

    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"{path}: line 5, Quantity: must be a whole number of at least 1, got 0",
        f"{path}: line 6, Reference: lamp-1 is already on line 2; "
        "each batch needs a reference of its own",
        f"{path}: line 6, ETA: must be a date as YYYY-MM-DD, got 'tomorrow'",
        f"{path}: line 7: has 2 values, expected 4 (reference,sku,qty,eta)",
        "Nothing was imported: fix the 4 problems and try again.",
    ]
    assert stored(url) == {}


def test_references_already_stored_refuse_the_whole_file(tmp_path, url):
    bootstrap(db_url=url, send_mail=lambda **mail: None).handle(
        commands.CreateBatch("lamp-2", "LAMP", 1)
    )
    path = tmp_path / "deliveries.csv"
    path.write_text(GOOD, encoding="utf-8")

    result = run("import-batches", str(path), "--db", url)

    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{path}: line 3, Reference: batch lamp-2 already exists; "
        "each batch needs a reference of its own",
        "Nothing was imported: fix the 1 problem and try again.",
    ]
    assert stored(url) == {"lamp-2": ("LAMP", 1)}


def test_references_already_stored_are_listed_among_the_files_other_problems(tmp_path, url):
    bus = bootstrap(db_url=url, send_mail=lambda **mail: None)
    bus.handle(commands.CreateBatch("lamp-2", "LAMP", 1))
    bus.handle(commands.CreateBatch("c-1", "RUG", 2))
    path = tmp_path / "deliveries.csv"
    path.write_text(GOOD + "lamp-3,LAMP,lots,\nlamp-1,LAMP,5,\n", encoding="utf-8")

    result = run("import-batches", str(path), "--db", url)

    assert result.returncode == 1, "as for any other problem of the file"
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"{path}: line 3, Reference: batch lamp-2 already exists; "
        "each batch needs a reference of its own",
        f"{path}: line 4, Reference: batch c-1 already exists; "
        "each batch needs a reference of its own",
        f"{path}: line 5, Quantity: must be a whole number of at least 1, got 'lots'",
        f"{path}: line 6, Reference: lamp-1 is already on line 2; "
        "each batch needs a reference of its own",
        "Nothing was imported: fix the 4 problems and try again.",
    ]
    assert stored(url) == {"lamp-2": ("LAMP", 1), "c-1": ("RUG", 2)}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "Cannot read {path}: No such file or directory. Nothing was imported."),
        (b"", "{path}: line 1: the file is empty; its first line must be the header"),
        (b"reference,sku,qty,eta\nb1,CAF\xc9,3,\n", "{path}: line 2: is not UTF-8 text"),
    ],
)
def test_a_missing_empty_or_non_utf8_file_is_refused(tmp_path, url, content, message):
    path = tmp_path / "deliveries.csv"
    if content is not None:
        path.write_bytes(content)

    result = run("import-batches", str(path), "--db", url)

    assert result.returncode == 1
    assert result.stderr.startswith(message.format(path=path))


def test_thresholds_and_low_stock_are_in_the_exported_events(url):
    bus = bootstrap(db_url=url, send_mail=lambda **mail: None)
    bus.handle(commands.CreateBatch("lamp-1", "LAMP", 20))
    bus.handle(commands.SetLowStockThreshold("LAMP", 10))
    bus.handle(commands.Allocate("o1", "LAMP", 15))

    result = run("export-events", "--db", url)

    assert result.returncode == 0, result.stderr
    logged = [json.loads(line) for line in result.stdout.splitlines()]
    assert [
        {k: v for k, v in entry.items() if k not in ("id", "time", "station", "operator")}
        for entry in logged
        if entry["type"] in ("LowStockThresholdSet", "LowStock")
    ] == [
        {"type": "LowStockThresholdSet", "sku": "LAMP", "threshold": 10, "previous": 0},
        {"type": "LowStock", "sku": "LAMP", "available": 5, "threshold": 10},
    ]
