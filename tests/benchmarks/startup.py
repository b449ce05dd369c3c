"""Start-up to the first shown window: the app against a bare PySide6 window.

Each start is a fresh process (``python -m tests.benchmarks.startup_probe app|bare``).
The app's probe runs exactly what ``python -m warehouse_gui --db URL`` runs
(``warehouse_gui.cli.main``), with one difference: its ``MainWindow`` class is replaced by
a subclass that notices the window's first paint. The bare probe shows a ``QMainWindow``
of the same size with the same hook. The hook waits for the first paint event of the
window, lets that paint and its flush finish (a zero timer), prints the machine's
monotonic clock and closes the window. The parent takes the clock just before starting
the process, so interpreter start-up and every import count. The two are started
alternately, after one unmeasured start of each to warm the file cache. The probe is a
module of its own (``startup_probe``) that imports nothing the bare window does not need.

Wall-clock starts on this shared machine move by ±5 % from hour to hour, for the bare window
as much as for the app. So each start is also counted in instructions, from the process's
first to the first paint, under ``valgrind --tool=callgrind`` (when it is installed): the
same program counts the same within 0.01 %, whatever else the machine is doing, which makes
it the measure to compare two versions of the start with. It is a count of work, not of
time: waiting (for the disk, for the other core) is not in it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.benchmarks import common

STARTS, QUICK_STARTS = 7, 2


def setup(options: common.Options) -> None:
    """A migrated, empty database, as a second start of the app would find it, and the
    app's modules byte-compiled, as an installed copy's are (``pip install`` and the
    packaged executable both ship bytecode; PySide6's own is compiled at install)."""
    import compileall

    import warehouse_gui
    from warehouse_gui.bootstrap import bootstrap

    bootstrap(db_url=common.sqlite_url(options.directory / "startup.db"), send_mail=common.no_mail)
    compileall.compile_dir(Path(warehouse_gui.__file__).parent, quiet=1)


def start_once(kind: str, db_url: str) -> float:
    """Seconds from starting a probe process to its window's first paint."""
    before = common.now()
    result = _run_probe([], kind, db_url)
    shown = [line for line in result.stdout.splitlines() if line.startswith("shown ")]
    return float(shown[0].split()[1]) - before


def instructions_once(kind: str, db_url: str) -> float:
    """Millions of instructions from starting a probe to its window's first paint."""
    valgrind = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
    result = _run_probe(valgrind, kind, db_url, "exit", PYTHONHASHSEED="0")
    counted = re.search(r"Collected : (\d+)", result.stderr)
    if counted is None:
        raise SystemExit(f"callgrind counted nothing for the {kind} probe: {result.stderr[-2000:]}")
    return int(counted.group(1)) / 1e6


def _run_probe(
    prefix: list[str], kind: str, db_url: str, *arguments: str, **env: str
) -> subprocess.CompletedProcess[str]:
    """Run ``startup_probe`` (behind ``prefix``) until it has reported its first paint."""
    command = [*prefix, sys.executable, "-m", "tests.benchmarks.startup_probe", kind, db_url]
    environment = {**os.environ, **env}
    environment["QT_QPA_PLATFORM"] = environment.get("QT_QPA_PLATFORM", "offscreen")
    result = subprocess.run(
        [*command, *arguments], capture_output=True, text=True, check=False, env=environment
    )
    if result.returncode != 0 or "shown " not in result.stdout:
        raise SystemExit(f"{kind} probe failed ({result.returncode}): {result.stderr[-2000:]}")
    return result


def run(options: common.Options) -> common.Figures:
    """Median start of the app and of a bare window, alternating; and each one's
    instructions, when valgrind is installed."""
    db_url = common.sqlite_url(options.directory / "startup.db")
    times: dict[str, list[float]] = {"app": [], "bare": []}
    for kind in times:
        start_once(kind, db_url)
    for _ in range(QUICK_STARTS if options.quick else STARTS):
        for kind, values in times.items():
            values.append(start_once(kind, db_url))
    app, bare = common.median(times["app"]), common.median(times["bare"])
    figures = {
        "startup_app": common.ms(app),
        "startup_bare": common.ms(bare),
        "startup_ratio": app / bare,
    }
    if shutil.which("valgrind"):
        app_work, bare_work = (instructions_once(kind, db_url) for kind in ("app", "bare"))
        figures |= {
            "startup_instructions_app": app_work,
            "startup_instructions_bare": bare_work,
            "startup_instructions_ratio": app_work / bare_work,
        }
    return figures


if __name__ == "__main__":
    common.workload_main(setup, run)
