"""The admin's form for a registration. Staff change the registrant's details or the status, but
never set "seat offered" themselves: only `offer_free_seats` makes an offer, with its deadline
(COURSE_OFFER_HOURS) and its e-mail, to the first on the waiting list. An offer set by hand would
hold a seat with no deadline and no e-mail, for ever."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .choices import RegistrationStatus
from .models import Registration

OFFERED_BY_HAND = _(
    "Staff cannot offer a seat by hand: the offer would have no deadline and no e-mail. Free a "
    "seat instead (cancel a registration or add seats to the session): the site then offers it "
    "at once, by e-mail, to the first on the waiting list. To give this person a seat directly, "
    "choose “Confirmed”."
)


class RegistrationAdminForm(forms.ModelForm):
    class Meta:
        model = Registration
        fields = ["status", "name", "email", "organisation", "role", "needs"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        status = self.fields["status"]
        status.error_messages["invalid_choice"] = OFFERED_BY_HAND
        if self.instance.status != RegistrationStatus.OFFERED:
            # Only a registration the site has offered a seat keeps the choice.
            status.choices = [
                (value, label)
                for value, label in status.choices
                if value != RegistrationStatus.OFFERED
            ]
            status.help_text = _(
                "Seats are offered by the site, with a deadline and an e-mail, to the first on "
                "the waiting list as soon as a seat is free."
            )
