from .base import BasePage
from .forms import FormField, FormPage
from .navigation import Footer, NavigationMenu
from .pages import ContentPage, HomePage
from .protection import RecipientMail, SpentFormToken
from .site_settings import SiteSettings

__all__ = [
    "BasePage",
    "ContentPage",
    "Footer",
    "FormField",
    "FormPage",
    "HomePage",
    "NavigationMenu",
    "RecipientMail",
    "SiteSettings",
    "SpentFormToken",
]
