from .base import BasePage, IntroPage, required_intro
from .forms import FormField, FormPage
from .links import BrokenLink
from .navigation import Footer, NavigationMenu
from .outbox import OutboxMessage, OutgoingEmail
from .pages import ContentPage, HomePage
from .protection import RecipientMail, SpentFormToken
from .site_settings import SiteSettings
from .workflows import ColleagueReviewTask

__all__ = [
    "ColleagueReviewTask",
    "BasePage",
    "BrokenLink",
    "ContentPage",
    "Footer",
    "FormField",
    "FormPage",
    "HomePage",
    "IntroPage",
    "NavigationMenu",
    "OutboxMessage",
    "OutgoingEmail",
    "RecipientMail",
    "SiteSettings",
    "SpentFormToken",
    "required_intro",
]
