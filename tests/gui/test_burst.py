"""A burst of 10,000 commands from the GUI: all handled, in order, each answer at its form."""

import pytest

from warehouse_gui.domain import commands

BURST = 10_000

pytestmark = pytest.mark.slow


def test_ten_thousand_queued_commands_are_all_handled_in_order(app, qtbot, monkeypatch):
    form = app.window.allocate_form
    answered_at_form = []
    monkeypatch.setattr(form, "succeeded", lambda: answered_at_form.append("ok"))
    monkeypatch.setattr(form, "failed", lambda message, field: answered_at_form.append(message))
    answers = []
    app.bus.carried_out.connect(lambda command, done: answers.append((command, done.result)))

    submitted = [commands.Allocate(f"o{n}", "LAMP", 1) for n in range(BURST)]
    for command in submitted:
        form.submitted.emit(command)
    qtbot.waitUntil(lambda: len(answered_at_form) == BURST, timeout=300_000)

    assert [command for command, _ in answers] == submitted, "answered in order"
    assert len(answered_at_form) == BURST, "every answer reached the Allocate form"
    results = [result for _, result in answers]
    assert results[:20] == ["lamp-1"] * 20
    assert results[20:70] == ["lamp-2"] * 50
    assert set(results[70:]) == {None}, "the rest found no stock"
    stored = app.stored_batches()
    assert (stored["lamp-1"].allocated, stored["lamp-2"].allocated) == (20, 50)
    assert app.bus.pending == 0
