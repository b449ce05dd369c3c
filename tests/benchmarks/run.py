"""Run every performance workload in fresh processes and print each figure's median beside
its target and its reference.

    python tests/benchmarks/run.py [--quick] [--json FILE] [--runs N] [--only NAME ...]
                                   [--pg-url URL]

Each workload (one module of this folder) is set up once and then run ``--runs`` times
(3; 1 with ``--quick``), each run in a new Python process; a figure is the median of its
runs. ``--quick`` shrinks every size so that the whole thing takes seconds: its figures
are only there to prove the runner works. A missed target prints MISS and the exit code
stays 0; only a runner error is an error. PostgreSQL figures need ``--pg-url`` or
``WAREHOUSE_TEST_PG_URL``; without a server they are reported as not measured.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Figure:
    """One printed line: what it is, its unit, its target and its reference."""

    key: str
    name: str
    unit: str
    target: str = ""  # "<= 1.5", ">= 1000", "< 10", "> 0", or empty: shown for context
    reference: str = ""
    needs_valgrind: bool = False  # measured only where valgrind is installed

    def met(self, value: float | None) -> bool | None:
        """Whether ``value`` meets the target (``None`` without target or value)."""
        if not self.target or value is None:
            return None
        operator, limit = self.target.split()
        bound = float(limit)
        return {
            "<": value < bound,
            "<=": value <= bound,
            ">": value > bound,
            ">=": value >= bound,
        }[operator]


@dataclass(frozen=True)
class Workload:
    """A module of this folder and the figures it reports."""

    module: str
    title: str
    figures: tuple[Figure, ...]
    needs_postgres: bool = False


def _desk_figures() -> tuple[Figure, ...]:
    """The many-desks figures: each number of desks, straight to the server and through
    PgBouncer, with the targets for 200 desks through PgBouncer and for an idle desk."""
    figures: list[Figure] = []
    for way, said in (("direct", "direct"), ("pgbouncer", "PgBouncer")):
        for desks in (25, 50, 100, 200):
            key, tag = f"desks_{desks}_{way}", f"  {desks} {said}:"
            goal = way == "pgbouncer" and desks == 200
            figures += [
                Figure(
                    f"{key}_started",
                    f"{desks} desks, {said}: desks started",
                    "",
                    ">= 90" if way == "direct" and desks == 100 else "",
                ),
                Figure(f"{key}_server_connections", f"{tag} server connections, most", ""),
                Figure(
                    f"{key}_idle_connections_per_desk",
                    f"{tag} server connections per idle desk",
                    "",
                    "<= 1" if way == "direct" else "",
                ),
            ]
            if way == "direct":
                figures.append(
                    Figure(f"{key}_window_connections", f"{tag} server connections per window", "")
                )
            figures += [
                Figure(f"{key}_commands", f"{tag} commands committed", ""),
                Figure(f"{key}_command_p50", f"{tag} command p50", "ms"),
                Figure(f"{key}_command_p99", f"{tag} command p99", "ms", "< 100" if goal else ""),
                Figure(f"{key}_lag_p50", f"{tag} commit to arrival at another desk, p50", "ms"),
                Figure(
                    f"{key}_lag_p99",
                    f"{tag} commit to arrival at another desk, p99",
                    "ms",
                    "< 1000" if goal else "",
                ),
                Figure(
                    f"{key}_delivered",
                    f"{tag} events delivered / expected",
                    "x",
                    ">= 1" if goal else "",
                ),
                Figure(f"{key}_duplicates", f"{tag} events delivered twice", "", "<= 0"),
                Figure(
                    f"{key}_errors",
                    f"{tag} errors: desks unstarted, commands failed",
                    "",
                    "<= 0" if goal else "",
                ),
                Figure(f"{key}_retries", f"{tag} commands retried (lost race, server full)", ""),
                Figure(f"{key}_idle_desk_cpu", f"{tag} CPU of an idle desk (its feed)", "%"),
                Figure(f"{key}_desk_cpu", f"{tag} CPU of a working desk", "%"),
                Figure(f"{key}_cpu_busy", f"{tag} CPU of the machine, busy in the window", "%"),
            ]
    return tuple(figures)


WORKLOADS = (
    Workload(
        "allocate_throughput",
        "Allocate through the whole bus: SQLite file, WAL, synchronous=FULL, "
        "200 SKUs x 5 batches, 5,000 Allocate of qty 1",
        (
            Figure("allocate_throughput", "Allocate throughput", "/s", ">= 1000", "166/s (book)"),
            Figure("allocate_p50", "Allocate latency p50", "ms"),
            Figure("allocate_p99", "Allocate latency p99", "ms", "< 10", "44 ms (book)"),
            Figure(
                "sqlite_orm_commits",
                "peer: ORM session per commit, WAL+FULL",
                "/s",
                "",
                "~2,070/s (typical here)",
            ),
            Figure(
                "sqlite_raw_commits",
                "peer: raw sqlite3 commit, WAL+FULL",
                "/s",
                "",
                "~8,560/s (typical here)",
            ),
            Figure("allocate_vs_orm_ceiling", "Allocate throughput / ORM commit ceiling", "x"),
        ),
    ),
    Workload(
        "flat_cost",
        "Flat cost: median Allocate on a fresh SKU (5 batches) against a SKU with a past",
        (
            Figure("flat_fresh", "Allocate, fresh SKU", "ms", "", "~6 ms (book: 166/s)"),
            Figure(
                "flat_history", "Allocate, 10,000 earlier allocations", "ms", "", "215 ms (book)"
            ),
            Figure(
                "flat_history_ratio",
                "  10,000 earlier allocations / fresh",
                "x",
                "<= 1.5",
                "~36x (book)",
            ),
            Figure(
                "flat_full_ahead", "Allocate, 500 full batches ahead", "ms", "", "224 ms (book)"
            ),
            Figure(
                "flat_full_ahead_ratio",
                "  500 full batches ahead / fresh",
                "x",
                "<= 1.5",
                "~37x (book)",
            ),
            Figure("flat_many_batches", "Allocate, 1,000 batches on the SKU", "ms"),
            Figure("flat_many_batches_ratio", "  1,000 batches / fresh", "x", "<= 1.5"),
        ),
    ),
    Workload(
        "gui_burst",
        "The window during a burst of 5,000 Allocate (SQLite, 200 SKUs x 5 batches), "
        "then typed allocations",
        (
            Figure(
                "burst_max_gap",
                "Longest gap of the GUI's 5 ms timer",
                "ms",
                "< 25",
                "~12 ms (GIL switch, typical)",
            ),
            Figure("burst_p99_gap", "  p99 gap of the 5 ms timer", "ms"),
            Figure("burst_idle_max_gap", "  control: longest gap, window idle for 5 s", "ms"),
            Figure("burst_throughput", "  commands answered per second in the burst", "/s"),
            Figure("burst_all_queued", "  all 5,000 queued for the bus after", "ms"),
            Figure(
                "enter_to_repaint_p50",
                "Enter in Allocate form to row repainted, p50",
                "ms",
                "< 10",
                "25 us (signal round trip)",
            ),
            Figure(
                "enter_to_repaint_p99", "Enter in Allocate form to row repainted, p99", "ms", "< 25"
            ),
        ),
    ),
    Workload(
        "scan_stream",
        "A scanner's stream into the Allocate form: 4 ms a key, no pause between scans "
        "(SQLite, 200 SKUs x 5 batches)",
        (
            Figure("stream_lines_per_second", "Lines allocated per second", "/s"),
            Figure("stream_scanner_pace", "  the scanner's pace: lines typed per second", "/s"),
            Figure("stream_keeping_up", "  allocated / typed per second", "x", ">= 0.95"),
            Figure(
                "stream_key_to_repaint_p50", "Last key of a line to its row repainted, p50", "ms"
            ),
            Figure(
                "stream_key_to_repaint_p99",
                "Last key of a line to its row repainted, p99",
                "ms",
                "< 50",
            ),
            Figure("stream_most_pending", "  most commands on their way at once", ""),
            Figure("stream_pending_at_last_key", "  commands on their way at the last key", ""),
        ),
    ),
    Workload(
        "table_100k",
        "Batch table: 100,000 batches, 1,000,000 allocations (SQLite)",
        (
            Figure(
                "table_shown_before_data", "Window shown before the data arrived, by", "ms", "> 0"
            ),
            Figure("table_load_and_paint", "Data loaded and painted", "ms", "< 1500"),
            Figure("table_read", "  of which: read, until rows reach the GUI thread", "ms"),
            Figure(
                "table_filter_keystroke",
                "Filter keystroke, median",
                "ms",
                "< 30",
                "~600 ms (proxy model)",
            ),
            Figure("table_filter_keystroke_worst", "Filter keystroke, worst", "ms", "< 30"),
            Figure("table_sort", "Sort, median of 7", "ms", "< 60", "~17 s (proxy model)"),
            Figure("table_sort_worst", "Sort, worst of 7", "ms", "< 60"),
            Figure(
                "table_event_repaint",
                "One event applied and repainted",
                "ms",
                "< 6",
                "8 us + ~5 ms repaint (typical)",
            ),
            Figure("table_peak_rss", "Peak resident memory of the app process", "MB", "< 300"),
        ),
    ),
    Workload(
        "proxy_peer",
        "Peer: QSortFilterProxyModel over the same 100,000 rows",
        (
            Figure(
                "proxy_filter_keystroke",
                "peer: proxy filter keystroke (SKU column)",
                "ms",
                "",
                "~600 ms (typical here)",
            ),
            Figure("proxy_sort", "peer: proxy sort (reference)", "ms", "", "~17 s (typical here)"),
        ),
    ),
    Workload(
        "startup",
        "Start-up to the first shown window (fresh processes, offscreen)",
        (
            Figure(
                "startup_app",
                "python -m warehouse_gui --db sqlite:///...",
                "ms",
                "",
                "~260 ms warm (typical here)",
            ),
            Figure(
                "startup_bare",
                "peer: bare PySide6 QMainWindow",
                "ms",
                "",
                "~100 ms warm (typical here)",
            ),
            Figure("startup_ratio", "  app / bare", "x", "<= 2"),
            Figure(
                "startup_instructions_app",
                "App: instructions to the first paint",
                "M",
                needs_valgrind=True,
            ),
            Figure(
                "startup_instructions_bare",
                "peer: bare window's instructions",
                "M",
                needs_valgrind=True,
            ),
            Figure(
                "startup_instructions_ratio",
                "  app / bare, in instructions",
                "x",
                needs_valgrind=True,
            ),
        ),
    ),
    Workload(
        "verify_log",
        "verify: the event log replayed and compared with every table (SQLite file, "
        "1,000,000 events, 1,000 SKUs)",
        (
            Figure("verify_seconds", "verify, whole run", "s"),
            Figure("verify_events_per_second", "  events replayed and compared per second", "/s"),
            Figure("verify_events", "  events in the log", ""),
        ),
    ),
    Workload(
        "postgres",
        "PostgreSQL: 4 processes allocating on one SKU",
        (
            Figure("pg_app_throughput", "App: allocations per second", "/s"),
            Figure("pg_app_retries", "App: retries", ""),
            Figure("pg_loop_throughput", "peer: plain SELECT ... FOR UPDATE loop", "/s"),
            Figure("pg_loop_retries", "peer: retries", ""),
            Figure("pg_ratio", "  app / loop", "x", ">= 0.5"),
        ),
        needs_postgres=True,
    ),
    Workload(
        "many_desks",
        "Many desks on one PostgreSQL (max_connections 100): the program's bus and feed "
        "without a window, a command every ~2 s each, 2 real windows offscreen beside them; "
        "PgBouncer in transaction mode, 20 server connections",
        _desk_figures(),
        needs_postgres=True,
    ),
)

DERIVED = (
    (
        Figure("table_filter_speedup", "Filter keystroke: proxy / model", "x"),
        "proxy_filter_keystroke",
        "table_filter_keystroke",
    ),
    (Figure("table_sort_speedup", "Sort: proxy / model", "x"), "proxy_sort", "table_sort"),
)


def main(argv: list[str] | None = None) -> int:
    """Set up, run, and print every workload."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, one run each")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures here")
    parser.add_argument("--runs", type=int, help="runs per workload (default 3, quick 1)")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="only these workloads")
    parser.add_argument("--pg-url", default=os.environ.get("WAREHOUSE_TEST_PG_URL", ""))
    parser.add_argument("--keep", action="store_true", help="keep the scratch directory")
    args = parser.parse_args(argv)
    runs = args.runs or (1 if args.quick else 3)
    chosen = [w for w in WORKLOADS if not args.only or w.module in args.only]

    scratch = Path(tempfile.mkdtemp(prefix="warehouse-bench-"))
    env = _environment(scratch)
    values: dict[str, list[float]] = {}
    notes: dict[str, str] = {}
    started = time.perf_counter()
    load_before = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    mode = "quick: small sizes, figures only prove the runner works" if args.quick else "full"
    print(f"Warehouse GUI benchmarks ({mode}; {runs} run(s) of each workload)")
    for workload in chosen:
        if workload.needs_postgres and not args.pg_url:
            notes[workload.module] = "not measured: no PostgreSQL server (--pg-url)"
            continue
        extra = ["--set", f"pg_url={args.pg_url}"] if workload.needs_postgres else []
        directory = scratch / workload.module
        try:
            _step(workload.module, "setup", directory, args.quick, extra, env)
            for number in range(runs):
                print(f"  {workload.module}: run {number + 1} of {runs}", flush=True)
                result = directory / "result.json"
                result.unlink(missing_ok=True)
                _step(workload.module, "run", directory, args.quick, extra, env)
                for key, value in json.loads(result.read_text()).items():
                    values.setdefault(key, []).append(float(value))
        except subprocess.CalledProcessError as error:
            notes[workload.module] = f"failed: {error.stderr.strip().splitlines()[-1:]}"
            print(f"  {workload.module} failed:\n{error.stderr}", file=sys.stderr)
    report = _report(chosen, values, notes)
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(
        f"\nMeasured in {time.perf_counter() - started:.0f} s on {os.cpu_count()} cores "
        f"(load average at the start {load_before}, at the end {load}).\n"
    )
    print(_table(report, chosen, notes))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if not args.keep:
        _remove(scratch)
    return 0


def _environment(scratch: Path) -> dict[str, str]:
    """Offscreen Qt, the user's files out of reach, no mail, a known workstation name."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"WAREHOUSE_DB_URL", "WAREHOUSE_SMTP_HOST", "WAREHOUSE_SMTP_PORT"}
    }
    home = scratch / "home"
    for name in ("DATA", "CONFIG", "STATE", "CACHE"):
        env[f"XDG_{name}_HOME"] = str(home / name.lower())
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["WAREHOUSE_STATION"] = "bench"
    env["WAREHOUSE_OPERATOR"] = "bench"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def _step(
    module: str, step: str, directory: Path, quick: bool, extra: list[str], env: dict[str, str]
) -> None:
    command = [sys.executable, "-m", f"tests.benchmarks.{module}", step, str(directory), *extra]
    if quick:
        command.append("--quick")
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True, text=True)


def _report(
    chosen: list[Workload], values: dict[str, list[float]], notes: dict[str, str]
) -> dict[str, dict[str, object]]:
    report: dict[str, dict[str, object]] = {}
    medians = {key: statistics.median(runs) for key, runs in values.items()}
    figures = [figure for workload in chosen for figure in workload.figures]
    for figure, numerator, denominator in DERIVED:
        if numerator in medians and denominator in medians and medians[denominator]:
            medians[figure.key] = medians[numerator] / medians[denominator]
            values[figure.key] = [medians[figure.key]]
            figures.append(figure)
    for figure in figures:
        value = medians.get(figure.key)
        assert figure.name.strip() not in report, f"two figures are called {figure.name!r}"
        report[figure.name.strip()] = {
            "key": figure.key,
            "value": value,
            "unit": figure.unit,
            "target": figure.target or None,
            "reference": figure.reference or None,
            "met": figure.met(value),
            "runs": values.get(figure.key, []),
        }
    return report


def _table(
    report: dict[str, dict[str, object]], chosen: list[Workload], notes: dict[str, str]
) -> str:
    by_key = {entry["key"]: entry for entry in report.values()}
    lines = []
    header = f"{'figure':<58} {'median':>10} {'unit':<4} {'target':<9} {'reference':<32} result"
    for workload in chosen:
        lines.append(f"== {workload.title}")
        if workload.module in notes:
            lines.append(f"   {notes[workload.module]}")
        lines.append(header)
        figures = list(workload.figures)
        if workload.module == "proxy_peer":
            figures += [figure for figure, _n, _d in DERIVED]
        for figure in figures:
            entry = by_key.get(figure.key)
            if entry is None:
                continue
            value = entry["value"]
            shown = "n/a" if value is None else _format(float(value))  # type: ignore[arg-type]
            met = entry["met"]
            result = "" if met is None else ("PASS" if met else "MISS")
            if figure.target and value is None:
                result = "MISS"
            lines.append(
                f"{figure.name:<58} {shown:>10} {figure.unit:<4} {figure.target:<9} "
                f"{figure.reference:<32} {result}".rstrip()
            )
        lines.append("")
    return "\n".join(lines)


def _format(value: float) -> str:
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _remove(path: Path) -> None:
    for child in sorted(path.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if child.is_dir() and not child.is_symlink():
            child.rmdir()
        else:
            child.unlink()
    path.rmdir()


if __name__ == "__main__":
    sys.exit(main())
