"""The German, Polish and Spanish translations: current with the code, compiled, complete,
and saying every placeholder their English says."""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ElementTree

import pytest

from tests.needs import needed
from tests.translation_files import (
    LANGUAGES,
    PLURAL_FORMS,
    qm_file,
    release,
    sources,
    tool,
    ts_file,
    update,
)

PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%L?n|%\d")
TO_UPDATE = "run `python -m tests.translation_files` and translate what it adds"


@pytest.fixture(scope="module")
def linguist():
    """The Qt Linguist tools, or a skip (a failure in CI) saying they are missing."""
    return needed(
        lambda: (tool("pyside6-lupdate"), tool("pyside6-lrelease")),
        FileNotFoundError,
        "Qt Linguist's tools",
    )


def messages(language):
    """(context, source, numerus, translation element) of each message in ``language``'s .ts."""
    root = ElementTree.parse(ts_file(language)).getroot()
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield (
                name,
                message.findtext("source"),
                message.get("numerus") == "yes",
                message.find("translation"),
            )


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_ts_file_holds_what_the_code_says(linguist, tmp_path, language):
    copy = tmp_path / ts_file(language).name
    shutil.copy(ts_file(language), copy)
    update([copy])
    assert copy.read_text(encoding="utf-8") == ts_file(language).read_text(encoding="utf-8"), (
        f"{ts_file(language).name} is out of date with the code: {TO_UPDATE}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_qm_file_is_its_ts_file_compiled(linguist, tmp_path, language):
    compiled = tmp_path / qm_file(language).name
    release(ts_file(language), compiled)
    assert compiled.read_bytes() == qm_file(language).read_bytes(), (
        f"{qm_file(language).name} is not {ts_file(language).name} compiled: {TO_UPDATE}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    unfinished = [
        f"{context}: {source!r}"
        for context, source, numerus, translation in messages(language)
        if translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not (
            all((form.text or "").strip() for form in translation.iter("numerusform"))
            if numerus
            else (translation.text or "").strip()
        )
    ]
    assert not unfinished, f"{len(unfinished)} not translated into {language}: {unfinished[:20]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_counted_message_has_each_form_the_language_has(language):
    wrong = [
        source
        for _context, source, numerus, translation in messages(language)
        if numerus and len(translation.findall("numerusform")) != PLURAL_FORMS[language]
    ]
    assert not wrong, wrong


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_translation_says_the_placeholders_and_keys_of_its_source(language):
    wrong = []
    for context, source, numerus, translation in messages(language):
        texts = (
            [form.text or "" for form in translation.iter("numerusform")]
            if numerus
            else [translation.text or ""]
        )
        for text in texts:
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)) and not (
                # A language may say "one" for one instead of the number.
                numerus and text is texts[0] and "%n" not in text
            ):
                wrong.append(f"{context}: {source!r} -> {text!r} (placeholders)")
            if ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
                wrong.append(f"{context}: {source!r} -> {text!r} (keyboard accelerator)")
    assert not wrong, "\n".join(wrong[:30])


def said_in_code():
    """(where, context, source) of every ``translate`` and ``QT_TRANSLATE_NOOP`` call of
    the package whose context and source are written out."""
    for path in sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            function = node.func
            name = (
                function.attr
                if isinstance(function, ast.Attribute)
                else getattr(function, "id", "")
            )
            context, source = node.args[:2]
            if name in ("translate", "QT_TRANSLATE_NOOP") and all(
                isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                for arg in (context, source)
            ):
                yield f"{path.name}:{node.lineno}", context.value, source.value


def test_every_text_the_code_translates_is_in_the_ts_files():
    """lupdate skips a call it cannot read (a count that is not a plain name, a keyword
    argument): its text would stay English in every language."""
    known = {(context, source) for context, source, _numerus, _t in messages("de")}
    missing = [
        f"{where}: {context} {source!r}"
        for where, context, source in said_in_code()
        if (context, source) not in known
    ]
    assert not missing, "\n".join(missing)


def test_the_sources_are_the_package(linguist):
    """lupdate is given every module, the translation module among them."""
    names = {path.name for path in sources()}
    assert {"translation.py", "main_window.py", "model.py"} <= names


def test_the_compiled_catalogues_load(linguist):
    from PySide6.QtCore import QTranslator

    for language in LANGUAGES:
        translator = QTranslator()
        assert translator.load(str(qm_file(language))), qm_file(language)
        assert not translator.isEmpty(), qm_file(language)
