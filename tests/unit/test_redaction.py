"""Passwords never reach a log file."""

import logging

import pytest
from sqlalchemy.engine import make_url

from warehouse_gui.redaction import (
    MASK,
    RedactingFilter,
    masked_url,
    password_of,
    protect_logs,
    redact,
)

URL = "postgresql+psycopg://clerk:s3cret-pw@db.example/stock"


def test_the_password_is_found_in_a_url_and_masked_in_text():
    assert password_of(URL) == "s3cret-pw"
    assert password_of("sqlite:////tmp/w.db") is None
    assert redact(f"could not connect to {URL}", ["s3cret-pw"]) == (
        "could not connect to postgresql+psycopg://clerk:***@db.example/stock"
    )


@pytest.mark.parametrize(
    "url",
    [
        URL,
        "postgresql://clerk:p%40ss%2Fw%3Ard@db.example:5432/stock?sslmode=require",
        "postgresql+psycopg://clerk:a:b/c?d@[::1]:5432/stock",
        "postgresql://clerk:@db.example/stock",
        "postgresql://clerk@db.example/stock",
        "postgresql:///stock?host=/run/postgresql",
        "sqlite:////tmp/w@ork.db",
        "sqlite://",
    ],
)
def test_urls_are_read_as_sqlalchemy_reads_them(url):
    """The start-up reads URLs without SQLAlchemy, and must find the same password."""
    parsed = make_url(url)
    assert password_of(url) == parsed.password
    if parsed.password:
        assert make_url(masked_url(url)).password == MASK
        assert make_url(masked_url(url)).set(password="x") == parsed.set(password="x")
    else:
        assert masked_url(url) == url


def test_log_records_and_their_tracebacks_are_masked(tmp_path):
    log_file = tmp_path / "app.log"
    handler = logging.FileHandler(log_file)
    logger = logging.getLogger("test.redaction")
    logger.addHandler(handler)
    handler.addFilter(RedactingFilter(["s3cret-pw"]))
    try:
        try:
            raise ConnectionError(f"refused: {URL}")
        except ConnectionError:
            logger.exception("Opening %s failed", URL)
    finally:
        logger.removeHandler(handler)
        handler.close()
    written = log_file.read_text()
    assert "s3cret-pw" not in written
    assert "Opening postgresql+psycopg://clerk:***@db.example/stock failed" in written
    assert "ConnectionError: refused: postgresql+psycopg://clerk:***@db.example" in written


def test_protect_logs_filters_every_root_handler():
    handler = logging.NullHandler()
    root = logging.getLogger()
    root.addHandler(handler)
    filters_before = {h: list(h.filters) for h in root.handlers}
    try:
        protect_logs(URL)
        assert any(isinstance(f, RedactingFilter) for f in handler.filters)
    finally:
        root.removeHandler(handler)
        # pytest's own capture handlers outlive this test: leave them as they were.
        for other, filters in filters_before.items():
            other.filters[:] = filters
