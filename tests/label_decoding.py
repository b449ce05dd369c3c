"""Reading printed barcodes back as a scanner would: each page of a PDF rendered to an image
by poppler's ``pdftoppm`` (300 dpi, a label printer's resolution), then read by a real
decoder (zxing-cpp). A barcode counts only as a Code 128 symbol read whole."""

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

MM_PER_INCH = 25.4


def pdftoppm():
    """The path of ``pdftoppm``; its absence fails in CI and skips elsewhere."""
    path = shutil.which("pdftoppm")
    if path is None:
        message = "pdftoppm is not installed (poppler-utils; .ci/run installs it)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def pages(pdf, resolution=300):
    """Every page of ``pdf`` as a greyscale image at ``resolution`` dpi."""
    with tempfile.TemporaryDirectory() as folder:
        prefix = Path(folder) / "page"
        subprocess.run(
            [pdftoppm(), "-r", str(resolution), "-gray", "-png", str(pdf), str(prefix)],
            check=True,
            capture_output=True,
            timeout=120,
        )
        images = []
        for path in sorted(Path(folder).glob("page-*.png"), key=_page_number):
            with Image.open(path) as image:
                images.append(image.convert("L"))
        return images


def _page_number(path):
    return int(path.stem.rpartition("-")[2])


def decoded(image):
    """The text of every Code 128 barcode zxing-cpp reads in ``image``, top to bottom, left
    to right."""
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.Code128)
    placed = sorted(found, key=lambda code: (code.position.top_left.y, code.position.top_left.x))
    return [code.text for code in placed if code.valid]


def decoded_pages(pdf, resolution=300):
    """What each page of ``pdf`` decodes to."""
    return [decoded(image) for image in pages(pdf, resolution)]


def crop_mm(image, left, top, width, height, resolution=300):
    """The part of a page image that lies at (``left``, ``top``), ``width`` x ``height`` mm."""
    dots = resolution / MM_PER_INCH
    box = (round(left * dots), round(top * dots), round((left + width) * dots))
    return image.crop((*box, round((top + height) * dots)))


def is_blank(image, darkest=200):
    """Whether nothing is printed in ``image`` (no pixel darker than ``darkest``)."""
    return image.getextrema()[0] >= darkest


def bar_extent(image, darkest=128):
    """The barcode's first and last dark column along the middle of its bars, and its
    narrowest bar, in pixels: the image is a label's barcode band."""
    width, height = image.size
    row = [image.getpixel((x, height // 2)) < darkest for x in range(width)]
    dark = [x for x, is_dark in enumerate(row) if is_dark]
    runs = []
    start = None
    for x, is_dark in enumerate([*row, False]):
        if is_dark and start is None:
            start = x
        elif not is_dark and start is not None:
            runs.append(x - start)
            start = None
    return dark[0], dark[-1], min(runs)
