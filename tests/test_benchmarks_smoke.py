"""The benchmark runner still runs: every figure is measured in ``--quick`` mode.

Targets are not checked here (quick sizes say nothing about speed, and wall-clock limits
do not belong in tests); ``python tests/benchmarks/run.py`` is where figures are judged.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.benchmarks.run import DERIVED, WORKLOADS

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def test_quick_run_reports_every_figure_with_a_number(tmp_path):
    pg_url = os.environ.get("WAREHOUSE_TEST_PG_URL", "").strip()
    if not pg_url and os.environ.get("CI"):
        pytest.fail("CI must set WAREHOUSE_TEST_PG_URL: the PostgreSQL figures may not skip there")
    counts_instructions = shutil.which("valgrind") is not None
    if not counts_instructions and os.environ.get("CI"):
        pytest.fail(
            "CI must install valgrind: the start-up's instruction counts may not skip there"
        )
    output = tmp_path / "figures.json"
    command = [sys.executable, "tests/benchmarks/run.py", "--quick", "--json", str(output)]
    result = subprocess.run(
        [*command, "--pg-url", pg_url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    figures = json.loads(output.read_text())
    # Each figure's key, and whether this machine cannot measure it.
    expected = {
        figure.key: (workload.needs_postgres and not pg_url)
        or (figure.needs_valgrind and not counts_instructions)
        for workload in WORKLOADS
        for figure in workload.figures
    } | {figure.key: False for figure, _numerator, _denominator in DERIVED}
    reported = {entry["key"]: entry for entry in figures.values()}
    assert set(reported) == set(expected)
    for key, unmeasurable in expected.items():
        entry = reported[key]
        if unmeasurable:
            assert entry["value"] is None, key
            continue
        assert isinstance(entry["value"], int | float), (key, entry)
        assert entry["unit"] is not None and "target" in entry, key
    assert "PASS" in result.stdout or "MISS" in result.stdout
