from home.templatetags.site_tags import international_phone


def test_a_swedish_phone_number_is_shown_in_international_form():
    assert international_phone("0911-69 60 00") == "+46 911 69 60 00"
    assert international_phone("+46 910 73 50 00") == "+46 910 73 50 00"
