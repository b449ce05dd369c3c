"""PINs at rest: a salted hash that names its own scheme, matched in constant time."""

from warehouse_gui.adapters import pins


def test_a_pin_matches_its_own_hash_and_no_other_pin():
    stored = pins.hash_pin("4711")

    assert pins.pin_matches(stored, "4711")
    assert not pins.pin_matches(stored, "4712")
    assert not pins.pin_matches(stored, "")


def test_the_hash_names_its_scheme_and_cost_and_never_holds_the_pin():
    stored = pins.hash_pin("4711")

    assert stored.startswith("scrypt$n=16384,r=8,p=1$")
    assert "4711" not in stored


def test_the_same_pin_hashes_differently_each_time():
    assert pins.hash_pin("4711") != pins.hash_pin("4711")


def test_a_stored_value_of_another_form_matches_nothing():
    for stored in ["", "4711", "scrypt$", "md5$n=1$AAAA$AAAA", "scrypt$n=x,r=8,p=1$AA$AA"]:
        assert not pins.pin_matches(stored, "4711")


def test_a_hash_made_with_another_cost_still_matches(monkeypatch):
    monkeypatch.setattr(pins, "COST", 2**10)
    stored = pins.hash_pin("123456")
    monkeypatch.undo()

    assert stored.startswith("scrypt$n=1024,")
    assert pins.pin_matches(stored, "123456")
