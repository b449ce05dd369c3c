"""The log file support staff ask for: where it is, what goes in, and that it rotates."""

import logging
import sys

from warehouse_gui import logs


def test_the_log_is_a_file_in_the_user_log_directory(tmp_path, monkeypatch, restored_logging):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    path = logs.configure()
    assert path == tmp_path / "warehouse-gui" / "log" / "warehouse-gui.log"
    assert logs.log_file() == path
    logging.getLogger("warehouse_gui.test").info("Batch %s received", "b-1")
    logging.getLogger("warehouse_gui.test").debug("not at the default level")
    written = path.read_text(encoding="utf-8")
    assert "INFO [MainThread] warehouse_gui.test: Batch b-1 received" in written
    assert "not at the default level" not in written


def test_the_level_chooses_what_is_written(log_file):
    logs.configure("WARNING", log_file.parent)
    logging.getLogger("warehouse_gui.test").info("routine")
    logging.getLogger("warehouse_gui.test").warning("unusual")
    written = log_file.read_text(encoding="utf-8")
    assert "unusual" in written
    assert "routine" not in written


def test_configuring_again_replaces_the_handlers_instead_of_adding_more(log_file):
    before = len(logging.getLogger().handlers)
    logs.configure("DEBUG", log_file.parent)
    assert len(logging.getLogger().handlers) == before
    logging.getLogger("warehouse_gui.test").debug("once")
    assert log_file.read_text(encoding="utf-8").count("once") == 1


def test_the_log_rotates_and_keeps_a_bounded_number_of_files(tmp_path, monkeypatch, log_file):
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    monkeypatch.setattr(logs, "BACKUP_COUNT", 2)
    logs.configure("INFO", log_file.parent)
    for number in range(200):
        logging.getLogger("warehouse_gui.test").info("allocation %d of a long session", number)
    files = sorted(p.name for p in log_file.parent.iterdir())
    assert files == ["warehouse-gui.log", "warehouse-gui.log.1", "warehouse-gui.log.2"]
    assert "allocation 199" in log_file.read_text(encoding="utf-8")


def test_warnings_also_reach_stderr_but_routine_records_do_not(log_file, capsys):
    logs.configure("INFO", log_file.parent)
    logging.getLogger("warehouse_gui.test").info("routine")
    logging.getLogger("warehouse_gui.test").warning("look at this")
    err = capsys.readouterr().err
    assert "look at this" in err
    assert "routine" not in err


def test_an_unwritable_directory_leaves_the_log_on_stderr(tmp_path, capsys, restored_logging):
    not_a_directory = tmp_path / "file"
    not_a_directory.write_text("")
    assert logs.configure("INFO", not_a_directory) is None
    assert logs.log_file() is None
    logging.getLogger("warehouse_gui.test").info("still visible")
    err = capsys.readouterr().err
    assert "Cannot write the log file" in err
    assert "still visible" in err


def test_uncaught_exceptions_are_logged_with_their_traceback(log_file):
    try:
        raise LookupError("no such batch")
    except LookupError:
        logs.log_uncaught_exception(*sys.exc_info())
    written = log_file.read_text(encoding="utf-8")
    assert "CRITICAL [MainThread] warehouse_gui.logs: Uncaught exception" in written
    assert "Traceback (most recent call last):" in written
    assert "LookupError: no such batch" in written


def test_a_plain_log_file_made_rotating_keeps_every_record_once(monkeypatch, log_file):
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    monkeypatch.setattr(logs, "BACKUP_COUNT", 2)
    assert logs.configure("INFO", log_file.parent, rotating=False) == log_file
    writer = logging.getLogger("warehouse_gui.test")
    writer.info("before the window was shown")
    logs.rotate_from_now()
    writer.info("after the window was shown")
    assert logs.log_file() == log_file
    written = log_file.read_text(encoding="utf-8")
    assert written.count("before the window was shown") == 1
    assert written.count("after the window was shown") == 1
    for number in range(200):
        writer.info("allocation %d of a long session", number)
    files = sorted(p.name for p in log_file.parent.iterdir())
    assert files == ["warehouse-gui.log", "warehouse-gui.log.1", "warehouse-gui.log.2"]


def test_making_a_rotating_log_file_rotate_changes_nothing(log_file):
    logs.configure("INFO", log_file.parent)
    handlers = list(logging.getLogger().handlers)
    logs.rotate_from_now()
    assert logging.getLogger().handlers == handlers


def test_a_log_file_that_cannot_be_made_rotating_stays_as_it_was(tmp_path, capsys, log_file):
    directory = tmp_path / "gone"
    directory.mkdir()
    path = logs.configure("INFO", directory, rotating=False)
    plain = [h for h in logging.getLogger().handlers if h.name == logs.FILE_HANDLER]
    path.unlink()
    directory.rmdir()
    logs.rotate_from_now()
    assert [h for h in logging.getLogger().handlers if h.name == logs.FILE_HANDLER] == plain
    assert "cannot rotate and keeps growing" in capsys.readouterr().err
