"""A burst of 10,000 lines from the Allocate form: all handled, in order, each answer at its
form, and every line that found no stock waiting for stock (the Waiting tab), none refused."""

import pytest

from warehouse_gui.domain import commands
from warehouse_gui.gui.forms.command_form import Line

BURST = 10_000

pytestmark = pytest.mark.slow


def test_ten_thousand_queued_lines_are_all_handled_in_order(app, qtbot, monkeypatch):
    form = app.window.allocate_form
    confirmed_at_form = []
    feedback = app.window.feedback
    monkeypatch.setattr(
        feedback, "confirm", lambda ok, *widgets: confirmed_at_form.append((ok, widgets))
    )
    answers = []
    app.bus.carried_out.connect(lambda command, done: answers.append((command, done.result)))

    lines = [Line({"orderid": f"o{n}", "sku": "LAMP", "qty": "1"}, 0) for n in range(BURST)]
    for line in lines:
        form.submitted.emit(line)
    qtbot.waitUntil(lambda: len(confirmed_at_form) == BURST, timeout=300_000)

    sent = [commands.Allocate(f"o{n}", "LAMP", 1) for n in range(BURST)]
    assert [command for command, _ in answers] == sent, "answered in order"
    assert all(widgets == (form,) for _, widgets in confirmed_at_form), "each at its form"
    assert [ok for ok, _ in confirmed_at_form] == [True] * 70 + [False] * (BURST - 70)
    results = [result for _, result in answers]
    assert results[:20] == ["lamp-1"] * 20
    assert results[20:70] == ["lamp-2"] * 50
    assert set(results[70:]) == {None}, "the rest found no stock"
    stored = app.stored_batches()
    assert (stored["lamp-1"].allocated, stored["lamp-2"].allocated) == (20, 50)
    assert app.window.refused.scans() == [], "a line that waits for stock is not refused"
    waiting = app.window.waiting_lines_model
    qtbot.waitUntil(lambda: waiting.rowCount() == BURST - 70, timeout=60_000)
    assert {line.orderid for line in waiting.lines} == {f"o{n}" for n in range(70, BURST)}
    assert app.bus.pending == 0
