"""The architecture contracts, lint and type checks run with the test suite."""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_tool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, check=False
    )


def test_import_contracts_hold():
    result = subprocess.run(
        [Path(sys.executable).with_name("lint-imports")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_finds_nothing():
    result = run_tool("ruff", "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_code_is_formatted():
    result = run_tool("ruff", "format", "--check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy_strict_passes():
    result = run_tool("mypy")
    assert result.returncode == 0, result.stdout + result.stderr


BROKEN_RULES = [
    ("gui/main_window.py", "import sqlalchemy", "The GUI knows no storage"),
    ("gui/tabs/orders.py", "import psycopg", "The GUI knows no storage"),
    ("gui/forms/sending.py", "from warehouse_gui.adapters import orm", "The GUI knows no storage"),
    ("gui/forms/sending.py", "from warehouse_gui import bootstrap", "One composition point"),
    ("domain/model.py", "import sqlalchemy", "The domain is pure"),
    ("adapters/orm.py", "from warehouse_gui.gui import messages", "Layers"),
    ("service_layer/handlers.py", "from warehouse_gui import views", "Layers"),
    ("read_model.py", "import sqlalchemy", "are pure"),
    ("views.py", "import PySide6", "Only the GUI knows Qt"),
    ("cli.py", "import PySide6.QtWidgets", "The entry points reach Qt only through the GUI"),
    ("config.py", "from warehouse_gui.domain import events", "The utilities"),
    ("translation.py", "import PySide6.QtCore", "Only the GUI knows Qt"),
    ("translation.py", "from warehouse_gui.gui import language", "The utilities"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("module", "line", "contract"), BROKEN_RULES)
def test_each_import_contract_fails_when_its_rule_is_broken(tmp_path, module, line, contract):
    """A copy of the package with one forbidden import added breaks the contract that
    names the rule (lint-imports reads the package from its working directory)."""
    shutil.copytree(ROOT / "warehouse_gui", tmp_path / "warehouse_gui")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    broken = tmp_path / "warehouse_gui" / module
    broken.write_text(f"{line}  # noqa\n{broken.read_text(encoding='utf-8')}", encoding="utf-8")
    result = subprocess.run(
        [Path(sys.executable).with_name("lint-imports"), "--no-cache"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    broken = result.stdout.partition("Broken contracts")[2].replace("\n", " ")
    assert contract in broken, result.stdout


def _fixtures_of(path: Path) -> set[str]:
    """The names of the fixtures a test file defines."""
    fixtures = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef) and any(
            "fixture" in ast.unparse(decorator) for decorator in node.decorator_list
        ):
            fixtures.add(node.name)
    return fixtures


def test_no_test_module_imports_another_or_a_conftest():
    offenders = []
    for path in (ROOT / "tests").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("tests."):
                imported = (node.module or "").rsplit(".", 1)[-1]
                if imported.startswith("test_") or imported == "conftest":
                    offenders.append(f"{path.relative_to(ROOT)} imports {node.module}")
    assert offenders == []


def test_no_fixture_shadows_one_of_a_conftest_above_it():
    shadowed = []
    for conftest in (ROOT / "tests").rglob("conftest.py"):
        above = _fixtures_of(conftest)
        for path in conftest.parent.rglob("*.py"):
            if path != conftest and (path.name == "conftest.py" or path.name.startswith("test_")):
                shadowed += [
                    f"{path.relative_to(ROOT)}: {name}" for name in above & _fixtures_of(path)
                ]
    assert shadowed == []
