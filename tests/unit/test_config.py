"""Which database the app opens, how its location is shown, and how the desk is named."""

import socket

import pytest
from sqlalchemy.engine import make_url

from warehouse_gui import config


def test_the_command_line_wins_over_the_environment(monkeypatch):
    monkeypatch.setenv("WAREHOUSE_DB_URL", "sqlite:////env.db")
    assert config.database_url("sqlite:////cli.db") == "sqlite:////cli.db"
    assert config.database_url(None) == "sqlite:////env.db"


def test_the_default_is_a_file_in_the_user_data_directory(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    expected = tmp_path / "warehouse-gui" / "warehouse.db"
    assert config.database_url() == f"sqlite:///{expected}"
    assert config.describe_database(config.database_url()) == str(expected)


def test_passwords_are_masked_when_the_location_is_shown():
    shown = config.describe_database("postgresql+psycopg://clerk:s3cret@db.example:5432/stock")
    assert shown == "postgresql+psycopg://clerk:***@db.example:5432/stock"


@pytest.mark.parametrize(
    "url",
    ["sqlite:////srv/stock/w.db", "sqlite:///w.db", "sqlite+pysqlite:///w.db?mode=ro", "sqlite://"],
)
def test_a_sqlite_location_is_the_file_sqlalchemy_opens(url):
    assert config.describe_database(url) == (make_url(url).database or ":memory:")


def test_the_station_is_the_host_name_unless_one_is_configured(monkeypatch):
    monkeypatch.delenv("WAREHOUSE_STATION", raising=False)
    assert config.station_name() == socket.gethostname()
    monkeypatch.setenv("WAREHOUSE_STATION", "  Dock 3 ")
    assert config.station_name() == "Dock 3"


def test_a_plain_path_names_a_sqlite_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert config.database_url("stock/morning.db") == f"sqlite:///{tmp_path}/stock/morning.db"
    assert config.database_url(" /srv/w.db ") == "sqlite:////srv/w.db"
    monkeypatch.setenv("WAREHOUSE_DB_URL", "shared.db")
    assert config.database_url() == f"sqlite:///{tmp_path}/shared.db"
    assert config.database_url("postgresql://clerk@db/stock") == "postgresql://clerk@db/stock"
