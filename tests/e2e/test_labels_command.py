"""``warehouse-gui labels``, run as a real process without a display: the PDF it writes
scans back to the references and bin codes asked for; what it cannot label is refused in
one line, and nothing is written."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.label_decoding import decoded_pages
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands

SCRIPT = str(Path(sys.executable).with_name("warehouse-gui"))
LONG = "lamp-shade-xl-red-2027"  # too long for a 62 x 29 mm label's barcode


def run(*args, cwd):
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    return subprocess.run(
        [SCRIPT, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=cwd,
        env=environment,
    )


@pytest.fixture
def url(tmp_path):
    url = f"sqlite:///{tmp_path / 'w.db'}"
    bus = bootstrap(db_url=url, send_mail=lambda **mail: None)
    bus.handle(commands.CreateBatch("lamp-1", "LAMP", 20))
    bus.handle(commands.CreateBatch("lamp-2", "LAMP", 50, "2027-01-15", "a-03-2"))
    bus.handle(commands.CreateBatch("c-1", "CHAIR, oak", 3))
    bus.handle(commands.CreateBatch(LONG, "SHADE", 4))
    return url


def test_batch_labels_go_to_labels_pdf_in_the_current_folder_and_scan(tmp_path, url):
    result = run("labels", "lamp-2", "c-1", "--db", url, cwd=tmp_path)

    written = tmp_path / "labels.pdf"
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Wrote 2 labels (62 × 29 mm) to {written}\n"
    assert result.stderr == "", "no display needed, and nothing to say about one"
    assert decoded_pages(written) == [["lamp-2"], ["c-1"]]
    text = [" ".join(page.extract_text().split()) for page in PdfReader(str(written)).pages]
    assert "LAMP" in text[0] and "Qty 50" in text[0] and "ETA 2027-01-15" in text[0]
    assert "A-03-2" in text[0], "where it stands"
    assert "CHAIR, oak" in text[1] and "Qty 3" in text[1] and "in stock" in text[1]
    assert "no location" in text[1]


def test_bin_labels_need_no_database_and_take_a_size_and_a_file(tmp_path):
    out = tmp_path / "bins" / "aisle-a.pdf"
    out.parent.mkdir()

    result = run(
        "labels", "--location", "a-03-2", "A-10", "-o", str(out), "--size", "a4", cwd=tmp_path
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Wrote 2 labels (A4 sheet of 24) to {out}\n"
    assert sorted(decoded_pages(out)[0]) == ["A-03-2", "A-10"], "codes as bins are named"
    assert not (tmp_path / "w.db").exists()


def test_an_unknown_reference_is_refused_in_one_line_and_nothing_is_written(tmp_path, url):
    result = run("labels", "lamp-1", "lamp-9", "--db", url, cwd=tmp_path)

    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == (
        "warehouse-gui: error: No batch has the reference lamp-9: no labels were written\n"
    )
    assert not (tmp_path / "labels.pdf").exists()


def test_a_reference_too_long_for_the_size_is_refused_naming_a_size_that_holds_it(tmp_path, url):
    refused = run("labels", "lamp-1", LONG, "--db", url, cwd=tmp_path)

    assert refused.returncode == 1
    assert refused.stderr == (
        f"warehouse-gui: error: The reference {LONG} is too long for a barcode that scans "
        "on a 62 × 29 mm label: choose 4 × 6 in, which holds it\n"
    )
    assert not (tmp_path / "labels.pdf").exists()

    larger = run("labels", "lamp-1", LONG, "--db", url, "--size", "4x6", cwd=tmp_path)

    assert larger.returncode == 0, larger.stderr
    assert decoded_pages(tmp_path / "labels.pdf") == [["lamp-1"], [LONG]]


def test_a_code_that_is_no_bin_and_nothing_to_label_are_refused_in_one_line(tmp_path):
    bad = run("labels", "--location", "A-1", "B/2", cwd=tmp_path)
    nothing = run("labels", cwd=tmp_path)

    assert bad.returncode == nothing.returncode == 1
    assert bad.stderr == (
        "warehouse-gui: error: Location must be letters, digits and '-' only, got 'B/2'\n"
    )
    assert nothing.stderr == (
        "warehouse-gui: error: Name the batches (REF...) or the bins (--location CODE...) "
        "to label\n"
    )
    assert list(tmp_path.glob("*.pdf")) == []
