"""Labels of batches and bins: every label written scans back to its reference or bin code
at each size, with its quiet zones, nothing cut off at its edges, and a reference too long
for a size refused in words that name one that holds it."""

from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from tests.label_decoding import bar_extent, crop_mm, decoded, decoded_pages, is_blank, pages
from warehouse_gui.domain.errors import DomainError
from warehouse_gui.gui.printing.labels import (
    SIZES,
    BatchLabel,
    BinLabel,
    LabelRefused,
    size_named,
    write_pdf,
)
from warehouse_gui.gui.printing.printer import LabelPrinter
from warehouse_gui.read_model import BatchRow

FITS_EVERY_SIZE = "lamp-shade-xl-red"  # 17 characters: the longest a 62 x 29 mm label holds
TOO_LONG_FOR_SMALL = "lamp-shade-xl-red-2027"
BATCHES = [
    BatchLabel("lamp-1", "LAMP", 20, None, "A-03-2"),
    BatchLabel("2026000123", "CHAIR, oak", 1500, date(2027, 1, 15), "B-10"),
    BatchLabel("Lamp Shade/7", "SHADE", 3, None, None),
    BatchLabel(FITS_EVERY_SIZE, "DESK LAMP, BRASS, WITH A VERY LONG NAME", 7, None, "C-1"),
]
BINS = [BinLabel("A-03-2"), BinLabel("B-10"), BinLabel("RACK-12-SHELF-4")]


def page_texts(path):
    return [" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]


@pytest.mark.parametrize("key", ["62x29", "4x6"])
def test_every_label_decodes_to_its_reference_or_bin_code(qapp, tmp_path, key):
    path = tmp_path / "labels.pdf"

    count = write_pdf([*BATCHES, *BINS], SIZES[key], path)

    codes = [label.code for label in [*BATCHES, *BINS]]
    assert count == len(codes), "one label a page"
    assert decoded_pages(path) == [[code] for code in codes]


@pytest.mark.parametrize("key", ["62x29", "4x6"])
def test_a_batch_label_says_its_reference_sku_quantity_eta_and_location(qapp, tmp_path, key):
    path = tmp_path / "labels.pdf"
    write_pdf(BATCHES[:3], SIZES[key], path)

    first, second, third = page_texts(path)

    assert "lamp-1" in first and "LAMP" in first and "20" in first
    assert "A-03-2" in first and "in stock" in first
    assert "1,500" in second and "2027-01-15" in second and "CHAIR, oak" in second
    assert "no location" in third


def test_the_a4_sheet_of_24_decodes_all_24_and_the_25th_starts_a_sheet(qapp, tmp_path):
    path = tmp_path / "sheet.pdf"
    labels = [BatchLabel(f"batch-{n:03d}", "LAMP", n, None, f"A-{n}") for n in range(1, 26)]

    assert write_pdf(labels, SIZES["a4"], path) == 2

    first, second = pages(path)
    assert first.size[0] == 2480, "an A4 page (210 mm at 300 dpi)"
    assert sorted(decoded(first)) == [f"batch-{n:03d}" for n in range(1, 25)]
    assert decoded(second) == ["batch-025"]
    # each in its own 70 x 37 mm label, row by row
    for slot in range(24):
        row, column = divmod(slot, 3)
        cell = crop_mm(first, column * 70, 0.5 + row * 37, 70, 37)
        assert decoded(cell) == [f"batch-{slot + 1:03d}"]


def test_the_long_reference_that_fits_and_bins_decode_on_the_a4_sheet(qapp, tmp_path):
    path = tmp_path / "sheet.pdf"
    write_pdf([BATCHES[3], *BINS], SIZES["a4"], path)

    assert sorted(decoded_pages(path)[0]) == sorted(
        [FITS_EVERY_SIZE, "A-03-2", "B-10", "RACK-12-SHELF-4"]
    )


@pytest.mark.parametrize("key", ["62x29", "4x6"])
def test_quiet_zones_are_ten_modules_and_nothing_touches_the_edges(qapp, tmp_path, key):
    size = SIZES[key]
    path = tmp_path / "labels.pdf"
    write_pdf([BATCHES[3], BinLabel("RACK-12-SHELF-4")], size, path)

    for image in pages(path):
        width, height = image.size
        assert abs(width - size.width * 300 / 25.4) < 2, "the page is the label"
        band = crop_mm(image, 0, size.margin_y + 1, size.width, 4)
        first, last, narrowest = bar_extent(band)
        assert narrowest >= 3, "bars a scanner resolves: at least 0.25 mm at 300 dpi"
        assert first >= 10 * narrowest and width - 1 - last >= 10 * narrowest, "quiet zones"
        # A millimetre (12 dots) around the label stays blank: no text runs off it.
        edges = [
            image.crop((0, 0, width, 12)),
            image.crop((0, height - 12, width, height)),
            image.crop((0, 0, 12, height)),
            image.crop((width - 12, 0, width, height)),
        ]
        assert all(is_blank(edge) for edge in edges)


def test_text_too_long_for_a_small_label_is_shrunk_or_cut_short_not_cut_off(qapp, tmp_path):
    path = tmp_path / "labels.pdf"
    label = BatchLabel("lamp-1", "DESK LAMP, BRASS, WITH A VERY LONG NAME INDEED", 1_234_567)

    write_pdf([label], SIZES["62x29"], path)

    [text] = page_texts(path)
    assert "DESK LAMP" in text and "…" in text, "cut short with an ellipsis"
    assert "Qty 1,234,567" in text, "the quantity whole"
    assert decoded_pages(path) == [["lamp-1"]]


def test_a_reference_too_long_for_the_size_is_refused_naming_one_that_holds_it(qapp, tmp_path):
    path = tmp_path / "labels.pdf"
    label = BatchLabel(TOO_LONG_FOR_SMALL, "LAMP", 1)

    with pytest.raises(LabelRefused) as refused:
        write_pdf([BATCHES[0], label], SIZES["62x29"], path)

    assert refused.value.message == (
        f"The reference {TOO_LONG_FOR_SMALL} is too long for a barcode that scans on "
        "a 62 × 29 mm label: choose 4 × 6 in, which holds it"
    )
    assert isinstance(refused.value, DomainError), "the window shows it as any refusal"
    assert list(tmp_path.iterdir()) == [], "nothing written, not even a part"
    write_pdf([label], SIZES["4x6"], path)
    assert decoded_pages(path) == [[TOO_LONG_FOR_SMALL]]


def test_text_a_barcode_cannot_hold_and_a_reference_too_long_for_any_size_are_refused(
    qapp, tmp_path
):
    path = tmp_path / "labels.pdf"
    with pytest.raises(DomainError) as accented:
        write_pdf([BatchLabel("lampe-é", "LAMP", 1)], SIZES["4x6"], path)
    assert accented.value.message == (
        "The reference lampe-é cannot be a barcode: Code 128 holds only ASCII letters, "
        "digits, signs and spaces, not é"
    )
    with pytest.raises(LabelRefused) as too_long:
        write_pdf([BatchLabel("x" * 64, "LAMP", 1)], SIZES["4x6"], path)
    assert "is too long for a barcode that scans on a 4 × 6 in label, or on any other" in (
        too_long.value.message
    )
    assert not path.exists()


def test_a_missing_folder_is_reported_and_sizes_are_named(qapp, tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        write_pdf(BINS, SIZES["62x29"], tmp_path / "missing" / "labels.pdf")
    assert size_named("A4") is SIZES["a4"]
    with pytest.raises(LabelRefused, match="No label size 5x8: choose one of 62x29, 4x6, a4"):
        size_named("5x8")


def test_at_a_zebra_printers_203_dpi_the_labels_still_decode(qapp, tmp_path):
    path = tmp_path / "labels.pdf"
    write_pdf([*BATCHES, *BINS], SIZES["4x6"], path)

    assert decoded_pages(path, resolution=203) == [[label.code] for label in [*BATCHES, *BINS]]


def test_a_batch_rows_label_holds_what_the_batch_table_shows(qapp):
    row = BatchRow("lamp-2", "LAMP", date(2027, 1, 15), 50, 4, "A-2")
    assert BatchLabel.of(row) == BatchLabel("lamp-2", "LAMP", 50, date(2027, 1, 15), "A-2")


class Dialogs:
    """Answers the print and save dialogs, recording what they were asked."""

    def __init__(self, print_to=None, pdf_path=""):
        self.print_to = print_to
        self.pdf_path = str(pdf_path)
        self.printers = []
        self.suggested = []

    def ask_printer(self, printer, parent):
        self.printers.append(printer)
        if self.print_to is None:
            return False
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.print_to))
        return True

    def ask_pdf_path(self, parent, suggested):
        self.suggested.append(suggested)
        return self.pdf_path


def test_labels_print_through_the_print_dialog_and_scan(qapp, tmp_path):
    dialogs = Dialogs(print_to=tmp_path / "printed.pdf")
    printer = LabelPrinter(dialogs.ask_printer, dialogs.ask_pdf_path, folder=tmp_path)

    where = printer.print([BATCHES[0], BINS[0]], SIZES["62x29"])

    assert where == str(tmp_path / "printed.pdf")
    [asked] = dialogs.printers
    assert asked.docName() == "Labels — lamp-1, A-03-2"
    assert decoded_pages(tmp_path / "printed.pdf") == [["lamp-1"], ["A-03-2"]]


def test_labels_save_as_pdf_where_the_dialog_says_and_cancel_writes_nothing(qapp, tmp_path):
    dialogs = Dialogs(pdf_path=tmp_path / "received")
    printer = LabelPrinter(dialogs.ask_printer, dialogs.ask_pdf_path, folder=tmp_path)

    saved = printer.save_pdf(BATCHES[:3], SIZES["a4"])

    assert dialogs.suggested == [str(tmp_path / "labels-lamp-1-and-2-more.pdf")]
    assert saved == tmp_path / "received.pdf"
    assert sorted(decoded_pages(saved)[0]) == sorted(label.code for label in BATCHES[:3])
    assert LabelPrinter(Dialogs().ask_printer).print(BINS, SIZES["4x6"]) is None
    assert sorted(path.name for path in tmp_path.iterdir()) == ["received.pdf"]


def test_a_refused_label_opens_no_dialog(qapp, tmp_path):
    dialogs = Dialogs(print_to=tmp_path / "printed.pdf")
    printer = LabelPrinter(dialogs.ask_printer, dialogs.ask_pdf_path, folder=tmp_path)

    with pytest.raises(LabelRefused, match="choose 4 × 6 in"):
        printer.print([BatchLabel(TOO_LONG_FOR_SMALL, "LAMP", 1)], SIZES["62x29"])

    assert dialogs.printers == []
