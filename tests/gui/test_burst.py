"""A burst of 10,000 commands from the GUI: all handled, in order, each answer at its form."""

import pytest

from warehouse_gui.domain import commands
from warehouse_gui.gui.forms import specs as forms

BURST = 10_000

pytestmark = pytest.mark.slow


def test_ten_thousand_queued_commands_are_all_handled_in_order(app, qtbot, monkeypatch):
    form = app.window.allocate_form
    answered_at_form = []
    monkeypatch.setattr(form, "succeeded", lambda: answered_at_form.append("ok"))
    monkeypatch.setattr(form, "failed", lambda message, field: answered_at_form.append(message))
    answers = []
    app.controller.command_succeeded.connect(lambda s, result: answers.append((s.id, result)))
    app.controller.command_failed.connect(lambda s, message, field: answers.append((s.id, None)))

    submitted = [
        app.controller.submit(commands.Allocate(f"o{n}", "LAMP", 1), forms.ALLOCATE).id
        for n in range(BURST)
    ]
    qtbot.waitUntil(lambda: len(answers) == BURST, timeout=300_000)

    assert [submission_id for submission_id, _ in answers] == submitted, "answered in order"
    assert len(answered_at_form) == BURST, "every answer reached the Allocate form"
    results = [result for _, result in answers]
    assert results[:20] == ["lamp-1"] * 20
    assert results[20:70] == ["lamp-2"] * 50
    assert set(results[70:]) == {None}, "the rest found no stock"
    stored = app.stored_batches()
    assert (stored["lamp-1"].allocated, stored["lamp-2"].allocated) == (20, 50)
    assert app.controller.pending == 0
