"""A PIN is never written down: not in the log after a session of sign-ins, wrong PINs,
a lockout and approvals, nor in the settings the window keeps."""

import logging

from PySide6.QtCore import Qt

from tests.gui.harness import opened
from tests.gui.people_support import (
    CTRL_SHIFT,
    PINS,
    approve,
    key,
    page,
    sign_in,
    with_people,
)


def test_no_pin_reaches_the_log_or_the_settings(qtbot, seeded_url, tmp_path, log_file):
    logging.getLogger().setLevel(logging.DEBUG)
    url = with_people(seeded_url)
    for desk in opened(qtbot, url, tmp_path):
        for wrong in ("111111", "222222"):
            sign_in(desk, "anna", wrong)
        sign_in(desk, "zed", "333333")
        page(desk).badge.login_edit.setFocus()
        page(desk).badge.login_edit.clear()
        sign_in(desk, "anna")
        approve(desk, "sam", "444444")
        desk.qtbot.keyClick(desk.focused(), Qt.Key.Key_Escape)
        desk.activate()
        approve(desk, "sam")
        key(desk, Qt.Key.Key_T)
        desk.scan("LAMP")
        desk.scan_and_wait("7")
        key(desk, Qt.Key.Key_L, CTRL_SHIFT)
        for _ in range(6):
            sign_in(desk, "bob", "555555")
        desk.window.refused.flush()
    for handler in logging.getLogger().handlers:
        handler.flush()

    written = log_file.read_text(encoding="utf-8")
    assert "signed in" in written, "the log does tell who signed in"
    settings = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    for pin in [*PINS.values(), "111111", "222222", "333333", "444444", "555555"]:
        assert pin not in written
        assert pin not in settings
