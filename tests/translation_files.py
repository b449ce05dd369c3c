"""The translation files: bring the ``.ts`` sources up to date with the code and compile
them, as a translator does after the code changed::

    python -m tests.translation_files

The tests run the same two steps on copies, to find a ``.ts`` or a ``.qm`` left behind.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "warehouse_gui"
FOLDER = PACKAGE / "translations"
LANGUAGES = ("de", "pl", "es")
# How many forms a counted message takes in each language (Qt's plural rules).
PLURAL_FORMS = {"de": 2, "pl": 3, "es": 2}
# What a counted text says where its number goes.
COUNT = re.compile(r"%L?n")


def ts_file(language: str, folder: Path = FOLDER) -> Path:
    """The Qt Linguist source of ``language``'s translation."""
    return folder / f"warehouse_gui_{language}.ts"


def qm_file(language: str, folder: Path = FOLDER) -> Path:
    """The compiled translation of ``language`` the program loads."""
    return folder / f"warehouse_gui_{language}.qm"


def tool(name: str) -> str:
    """The path of a Qt Linguist tool of this Python's PySide6 (``pyside6-lupdate``)."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"{name} (PySide6-Essentials) is not installed")
    return found


def sources() -> list[Path]:
    """Every Python file of the package, in a stable order."""
    return sorted(PACKAGE.rglob("*.py"))


def update(ts_files: list[Path]) -> None:
    """Bring ``ts_files`` up to date with the code: the texts ``pyside6-lupdate`` finds, each
    with its translation kept, and those the code no longer says dropped.

    lupdate's Python reader takes a counted call's count for a plural only when it is a
    number written out, and folds a translation's plural forms into one when it merges: so
    it extracts into a fresh file, and the merge here keeps the forms and makes every text
    that says ``%n`` a counted one.
    """
    for ts in ts_files:
        fresh = ts.with_name(f"extracted-{ts.name}")
        try:
            subprocess.run(
                [
                    tool("pyside6-lupdate"),
                    *map(str, sources()),
                    "-ts",
                    str(fresh),
                    "-target-language",
                    ts.stem.rpartition("_")[2],
                    "-locations",
                    "none",
                    "-no-obsolete",
                    "-silent",
                ],
                check=True,
            )
            merged = merged_with(ElementTree.parse(fresh), ts)
        finally:
            fresh.unlink(missing_ok=True)
        ElementTree.indent(merged, space="    ")
        body = ElementTree.tostring(merged.getroot(), encoding="unicode")
        ts.write_text(
            f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
        )


def merged_with(extracted: ElementTree.ElementTree, ts: Path) -> ElementTree.ElementTree:
    """``extracted``'s messages, each with ``ts``'s translation of it where it has one."""
    kept = {}
    if ts.exists():
        for context in ElementTree.parse(ts).getroot().iter("context"):
            for message in context.iter("message"):
                kept[key(context, message)] = message.find("translation")
    root = extracted.getroot()
    language = root.get("language", "")
    forms = PLURAL_FORMS.get(language.split("_")[0], 2)
    for context in root.iter("context"):
        for message in context.iter("message"):
            counted = COUNT.search(message.findtext("source") or "") is not None
            old = message.find("translation")
            if old is not None:
                message.remove(old)
            translation = kept.get(key(context, message))
            if translation is None:
                translation = ElementTree.Element("translation", type="unfinished")
            if counted:
                message.set("numerus", "yes")
                made = [form.text for form in translation.iter("numerusform")] or [translation.text]
                translation = ElementTree.Element("translation", translation.attrib)
                for index in range(forms):
                    form = ElementTree.SubElement(translation, "numerusform")
                    form.text = made[index] if index < len(made) else None
                if not all(made[:forms]) or len(made) < forms:
                    translation.set("type", "unfinished")
            else:
                message.attrib.pop("numerus", None)
            message.append(translation)
    return extracted


def key(context: ElementTree.Element, message: ElementTree.Element) -> tuple[str, str, str]:
    """What tells one message from another: its context, its source and its comment."""
    return (
        context.findtext("name") or "",
        message.findtext("source") or "",
        message.findtext("comment") or "",
    )


def release(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``."""
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm), "-silent"], check=True)


def main() -> None:
    """Update every language's ``.ts`` from the code, then compile each."""
    update([ts_file(language) for language in LANGUAGES])
    for language in LANGUAGES:
        release(ts_file(language), qm_file(language))


if __name__ == "__main__":
    main()
