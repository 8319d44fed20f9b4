"""The residents' links from e-mails, included under the language prefix in
config/urls.py (Swedish without a prefix, English under /en/)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from ideas import views

app_name = "participation"

urlpatterns = [
    path(_("email/confirm/<str:token>/"), views.confirm, name="confirm"),
    path(_("email/unsubscribe/<str:token>/"), views.unsubscribe, name="unsubscribe"),
]
