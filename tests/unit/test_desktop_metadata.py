"""The menu entry (resources/warehouse-gui.desktop) and the AppStream metainfo
(resources/warehouse-gui.metainfo.xml): valid to the freedesktop tools, in every language the app
speaks, and telling the same releases as CHANGELOG.md."""

import configparser
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

import pytest

from tests.needs import needed
from warehouse_gui import __version__

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
DESKTOP = RESOURCES / "warehouse-gui.desktop"
METAINFO = RESOURCES / "warehouse-gui.metainfo.xml"
LANGUAGES = ("de", "pl", "es")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# "## [0.1.0] - 2026-12-03"; "## [Unreleased]" has no date.
CHANGELOG_HEADING = re.compile(
    r"^## \[(?P<version>[^\]]+)\](?: - (?P<date>\d{4}-\d{2}-\d{2}))?\s*$", re.MULTILINE
)


class ToolMissing(Exception):
    """A command-line tool is not installed."""


def tool(command: str, package: str) -> str:
    """The path of ``command``, which Debian's ``package`` provides."""
    path = shutil.which(command)
    if path is None:
        raise ToolMissing(f"{command} is not installed (Debian package {package})")
    return path


def validated(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def desktop_entry() -> configparser.SectionProxy:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive: Name[de], GenericName, ...
    entry.read(DESKTOP, encoding="utf-8")
    return entry["Desktop Entry"]


def metainfo() -> ET.Element:
    return ET.parse(METAINFO).getroot()


def dated_versions_of_the_changelog() -> list[tuple[str, str]]:
    """(version, date) of each dated heading of CHANGELOG.md, newest first as written."""
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    return [
        (found["version"], found["date"])
        for found in CHANGELOG_HEADING.finditer(text)
        if found["date"]
    ]


def test_the_desktop_entry_passes_desktop_file_validate():
    command = needed(
        lambda: tool("desktop-file-validate", "desktop-file-utils"),
        ToolMissing,
        "desktop-file-validate",
    )
    result = validated(command, str(DESKTOP))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout + result.stderr == ""  # not even a hint


def test_the_metainfo_passes_appstreamcli_validate_without_warnings():
    command = needed(lambda: tool("appstreamcli", "appstream"), ToolMissing, "appstreamcli")
    result = validated(command, "validate", "--no-net", "--no-color", str(METAINFO))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # Information (I:) and pedantic notes (P:) are allowed; errors and warnings are not.
    assert re.findall(r"^[EW]: .*$", output, re.MULTILINE) == [], output


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_desktop_entry_speaks_each_language_of_the_app(language):
    desktop = desktop_entry()
    for key in ("Name", "GenericName", "Comment", "Keywords"):
        assert desktop.get(f"{key}[{language}]", "").strip(), f"{key}[{language}] is missing"
    # The product's name stays; the words that describe it are translated.
    for key in ("GenericName", "Comment", "Keywords"):
        assert desktop[f"{key}[{language}]"] != desktop[key], f"{key}[{language}] is English"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_metainfo_speaks_each_language_of_the_app(language):
    component = metainfo()

    def translated(path):
        return [
            element
            for element in component.findall(path)
            if element.get(XML_LANG) == language and (element.text or "").strip()
        ]

    assert translated("name"), f"no name in {language}"
    assert translated("summary"), f"no summary in {language}"
    for path in ("description/p", "description/ul/li"):
        english = [element for element in component.findall(path) if element.get(XML_LANG) is None]
        assert len(translated(path)) == len(english), f"{path}: not all in {language}"


def test_the_metainfo_launches_the_desktop_entry_and_provides_the_command():
    component = metainfo()
    launchables = [element.text for element in component.findall("launchable")]
    assert launchables == [DESKTOP.name]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "scripts"
    ]
    assert [binary.text for binary in component.findall("provides/binary")] == list(scripts)


def test_the_metainfo_releases_are_the_dated_versions_of_the_changelog():
    dated = dated_versions_of_the_changelog()
    assert dated, "CHANGELOG.md has no dated version heading (## [x.y.z] - YYYY-MM-DD)"
    releases = metainfo().findall("releases/release")
    assert [(release.get("version"), release.get("date")) for release in releases] == dated
    for release in releases:
        assert "".join(release.find("description").itertext()).strip(), release.get("version")


def test_the_metainfo_releases_include_this_version_once_the_changelog_dates_it():
    if __version__ not in dict(dated_versions_of_the_changelog()):
        pytest.skip(f"CHANGELOG.md does not date {__version__} yet")
    versions = [release.get("version") for release in metainfo().findall("releases/release")]
    assert __version__ in versions


def test_the_metainfo_screenshots_are_the_repository_s_screenshots():
    component = metainfo()
    images = [image.text for image in component.findall("screenshots/screenshot/image")]
    assert images, "the metainfo shows no screenshot"
    for address in images:
        assert address.startswith("https://"), address
        name = PurePosixPath(urlsplit(address).path).name
        assert (RESOURCES / "screenshots" / name).is_file(), address
    defaults = component.findall("screenshots/screenshot[@type='default']")
    assert len(defaults) == 1
