"""Two copies of the app on one database see each other's work; passwords stay hidden."""

import logging

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.engine import make_url

from tests.gui.harness import Harness, desks_on
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands
from warehouse_gui.gui.alerts import ALERT_ROLE, LOW_STOCK

LIVE_TIMEOUT_MS = 5000


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def shared_db_url(request):
    url = request.getfixturevalue(f"{request.param}_url")
    bus = bootstrap(db_url=url, send_mail=lambda **mail: None)
    bus.handle(commands.CreateBatch("lamp-1", "LAMP", 20))
    bus.handle(commands.CreateBatch("chair-1", "CHAIR", 2))
    return url


@pytest.fixture
def two_desks(qtbot, shared_db_url, tmp_path):
    yield from desks_on(qtbot, shared_db_url, tmp_path)


def history_of(desk):
    model = desk.window.history_model
    return [model.entry(row) for row in range(model.rowCount())]


def test_an_allocation_at_one_desk_appears_at_the_other(two_desks, qtbot):
    first, second = two_desks
    first.activate()
    first.shortcut(Qt.Key.Key_L)
    first.scan("order-1", "LAMP")
    first.scan_and_wait("7")

    qtbot.waitUntil(lambda: second.row("lamp-1")[4] == "7", timeout=LIVE_TIMEOUT_MS)
    assert second.row("lamp-1") == ["lamp-1", "LAMP", "in stock", "20", "7", "13"]
    qtbot.waitUntil(lambda: history_of(second)[0].type == "Allocated", timeout=LIVE_TIMEOUT_MS)
    assert history_of(second)[0].orderid == "order-1"
    qtbot.wait(300)
    assert second.row("lamp-1")[4] == "7", "applied exactly once"
    assert first.row("lamp-1")[4] == "7", "a desk's own events are not applied twice"
    assert [e.type for e in history_of(first)].count("Allocated") == 1


def test_out_of_stock_at_one_desk_alerts_the_other(two_desks, qtbot):
    first, second = two_desks
    with first.answered():
        first.submit(commands.Allocate("order-9", "CHAIR", 5))
    qtbot.waitUntil(lambda: second.window.alerts_panel.count() == 1, timeout=LIVE_TIMEOUT_MS)
    assert "Out of stock: CHAIR" in second.window.alerts_panel.item(0).text()
    assert "at desk-test" in second.window.alerts_panel.item(0).text()


def test_both_desks_allocating_the_same_sku_end_with_clerks_arithmetic(two_desks, qtbot):
    first, second = two_desks
    for number in range(12):
        desk = (first, second)[number % 2]
        desk.submit(commands.Allocate(f"order-{number}", "LAMP", 2))
    for desk in two_desks:
        qtbot.waitUntil(lambda d=desk: d.bus.pending == 0, timeout=LIVE_TIMEOUT_MS)
    for desk in two_desks:
        qtbot.waitUntil(lambda d=desk: d.row("lamp-1")[4] == "20", timeout=LIVE_TIMEOUT_MS)
    assert first.stored_batches()["lamp-1"].allocated == 20
    # Two lines found no stock: each desk hears of both, its own and the other's.
    qtbot.waitUntil(
        lambda: [d.window.alerts_panel.count() for d in two_desks] == [2, 2],
        timeout=LIVE_TIMEOUT_MS,
    )


@pytest.mark.postgres
def test_the_password_never_shows(qtbot, postgresql_url, tmp_path, caplog):
    secret_url = make_url(postgresql_url).set(password="s3cret-pw")
    url = secret_url.render_as_string(hide_password=False)
    desk = Harness(qtbot, url, tmp_path / "desk.ini")
    caplog.set_level(logging.DEBUG)
    try:
        desk.open()
        assert "***" in desk.window.status.database_label.text()
        texts = [
            desk.window.status.database_label.text(),
            desk.window.status.database_label.toolTip(),
        ]
        assert all("s3cret-pw" not in text for text in texts)
    finally:
        desk.close()
    assert "s3cret-pw" not in caplog.text


def test_low_stock_at_one_desk_warns_the_other_as_low_stock(two_desks, qtbot):
    first, second = two_desks
    with first.answered():
        first.submit(commands.SetLowStockThreshold("LAMP", 15))
    with first.answered():
        first.submit(commands.Allocate("order-1", "LAMP", 8))

    panel = second.window.alerts_panel
    qtbot.waitUntil(lambda: panel.count() == 1, timeout=LIVE_TIMEOUT_MS)
    assert panel.item(0).data(ALERT_ROLE).kind == LOW_STOCK
    assert "Low stock: LAMP — 12 available" in panel.item(0).text()
    assert "(at desk-test)" in panel.item(0).text()
    assert second.window.banner.property("kind") == LOW_STOCK
    qtbot.waitUntil(lambda: history_of(second)[0].type == "LowStock", timeout=LIVE_TIMEOUT_MS)
    assert [e.type for e in history_of(second)[:3]] == [
        "LowStock",
        "Allocated",
        "LowStockThresholdSet",
    ]
    assert first.window.alerts_panel.count() == 1, "the desk that allocated is warned too"
