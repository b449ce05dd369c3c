"""Where no language is installed (the command line, scripts), the words are the sources'
English, numbers are grouped with commas and days are ISO, whatever the desktop speaks."""

from datetime import date

import pytest

from warehouse_gui import translation


@pytest.mark.parametrize(
    ("source", "n", "said"),
    [
        ("%n batch(es)", 1, "1 batch"),
        ("%n batch(es)", 2, "2 batches"),
        ("%Ln line(s) waiting", 1204, "1,204 lines waiting"),
        ("%n line(s) allocated", 0, "0 lines allocated"),
        ("%n more (try|tries)", 1, "1 more try"),
        ("%n more (try|tries)", 3, "3 more tries"),
        ("Loaded %Ln batch(es) of %n (person|people)", 1, "Loaded 1 batch of 1 person"),
        ("Choose the size(s) (s)", -1, "Choose the size(s) (s)"),
        ("100% sure", -1, "100% sure"),
    ],
)
def test_english_says_the_source_with_its_count(source, n, said):
    assert translation.translate("Test", source, None, n) == said


def test_an_installed_language_speaks_until_it_is_uninstalled():
    translation.install(
        lambda context, source, disambiguation, n: f"[{context}] {source}",
        lambda value: f"{value:_}",
        lambda day: day.strftime("%d.%m.%Y"),
    )
    try:
        assert translation.translate("Orders", "Find order") == "[Orders] Find order"
        assert translation.number(1204) == "1_204"
        assert translation.day(date(2027, 1, 15)) == "15.01.2027"
    finally:
        translation.uninstall()
    assert translation.translate("Orders", "Find order") == "Find order"
    assert translation.number(1204) == "1,204"
    assert translation.day(date(2027, 1, 15)) == "2027-01-15"


def test_a_text_marked_at_import_is_its_source_until_shown():
    assert translation.QT_TRANSLATE_NOOP("Pick", "Bin or batch") == "Bin or batch"
