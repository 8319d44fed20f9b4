"""The public forms' shared fields (home/form_fields.py): one message for each mistake, in both
languages, whichever form the visitor fills in."""

import pytest
from django.core.exceptions import ValidationError
from django.forms import Textarea
from django.utils import translation

from courses.forms import RegistrationForm
from home.form_fields import email_field, text_field
from ideas.forms import IdeaForm
from ideas.participation_forms import AddressForm
from ideas.staff_admin_forms import RegisterIdeaForm
from testbeds.contact import ContactRequestForm

ADDRESS_FORMS = [RegistrationForm, ContactRequestForm, AddressForm]
EVERY_EMAIL_FORM = [*ADDRESS_FORMS, IdeaForm, RegisterIdeaForm]
EVERY_EMAIL_FIELD = [
    (form, "submitter_email" if form is RegisterIdeaForm else "email") for form in EVERY_EMAIL_FORM
]


def messages(field, value, language):
    with translation.override(language):
        with pytest.raises(ValidationError) as error:
            field.clean(value)
        return [str(message) for message in error.value.messages]


@pytest.mark.parametrize("form", ADDRESS_FORMS)
@pytest.mark.parametrize(
    ("language", "message"),
    [("sv", "Skriv din e-postadress."), ("en", "Write your e-mail address.")],
)
def test_a_missing_address_is_asked_for_with_the_same_words_in_every_form(form, language, message):
    assert messages(form.base_fields["email"], "", language) == [message]


@pytest.mark.parametrize(("form", "name"), EVERY_EMAIL_FIELD)
@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("sv", "Skriv en e-postadress i formen namn@exempel.se."),
        ("en", "Write an e-mail address in the form name@example.com."),
    ],
)
def test_an_invalid_address_gets_the_same_message_in_every_form(form, name, language, message):
    assert messages(form.base_fields[name], "anna.example.org", language) == [message]


@pytest.mark.parametrize(("form", "name"), EVERY_EMAIL_FIELD)
def test_no_form_takes_an_address_longer_than_the_database_keeps(form, name):
    assert form.base_fields[name].max_length == 254


def test_the_staff_form_does_not_let_the_browser_fill_in_the_handlers_own_address():
    widget = RegisterIdeaForm.base_fields["submitter_email"].widget
    assert widget.attrs["autocomplete"] == "off"
    assert AddressForm.base_fields["email"].widget.attrs["autocomplete"] == "email"


@pytest.mark.parametrize(
    ("language", "required", "too_long"),
    [
        ("sv", "Fyll i det här fältet.", "Skriv högst 5 tecken. Du skrev 6."),
        ("en", "Fill in this field.", "Write at most 5 characters. You wrote 6."),
    ],
)
def test_text_fields_say_what_is_missing_or_too_long(language, required, too_long):
    field = text_field("Name", 5, "name")
    assert messages(field, "", language) == [required]
    assert messages(field, "x" * 6, language) == [too_long]


def test_a_text_field_keeps_plain_text_only():
    assert text_field("Name", 50, "name").clean(" Anna\x00\x07\nAndersson\t") == "Anna Andersson"
    with pytest.raises(ValidationError):
        text_field("Name", 50, "name").clean(" \x00\x07 ")


def test_a_text_area_keeps_its_line_breaks():
    field = text_field("Needs", 50, "off", widget=Textarea())
    assert field.clean("Hörslinga\r\nRullstol\x0b") == "Hörslinga\nRullstol"
    assert isinstance(field.widget, Textarea)


def test_an_optional_address_may_be_left_empty():
    assert email_field("E-mail", required=False).clean("") == ""
