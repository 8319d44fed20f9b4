from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "search"

# Included under the translated prefix "search/" (Swedish "sok/") in config/urls.py.
urlpatterns = [
    path("", views.search, name="search"),
    path(_("suggestions/"), views.suggestions, name="suggestions"),
]
