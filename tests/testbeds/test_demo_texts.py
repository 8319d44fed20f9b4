"""Each example testbed's terms, cost, booking and premises fit its kind (checked on the loader's
data, without a database)."""

from testbeds.demo import ENTRIES, SETTINGS, texts


def entry_texts(entry):
    external_id, environment, status, is_open = entry[0], entry[3], entry[6], entry[7]
    return texts(SETTINGS[external_id], environment, is_open, status)


def test_every_example_testbed_has_a_setting():
    assert {entry[0] for entry in ENTRIES} == set(SETTINGS)


def test_trials_in_peoples_homes_promise_no_meeting_room_and_ask_for_consent():
    for entry in ENTRIES:
        if SETTINGS[entry[0]] != "home":
            continue
        fields = entry_texts(entry)
        assert "ingen lokal" in fields["accessibility"].sv
        assert "hörslinga" not in fields["accessibility"].sv.lower()
        assert "hearing loop" not in fields["accessibility"].en
        assert "samtycke" in fields["terms_of_use"].sv
        assert "consent" in fields["terms_of_use"].en


def test_closed_and_planned_testbeds_cannot_be_booked_as_if_open():
    for entry in ENTRIES:
        status = entry[6]
        booking = entry_texts(entry)["how_to_book"]
        if status == "closed":
            assert "går inte att boka" in booking.sv and "cannot be booked" in booking.en
        elif status == "planned":
            assert "inte öppnat" in booking.sv and "not opened" in booking.en
        else:
            assert "inom två veckor" in booking.sv and "within two weeks" in booking.en
