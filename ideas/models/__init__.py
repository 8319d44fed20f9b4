from .ideas import Idea, IdeaEvent, IdeaReferenceCounter
from .notifications import Notification
from .outcomes import (
    Decision,
    FollowUp,
    GoodExampleIndexPage,
    GoodExamplePage,
    Indicator,
    Measurement,
)
from .pages import IdeaBoardPage, IdeaSubmissionPage

__all__ = [
    "Decision",
    "FollowUp",
    "GoodExampleIndexPage",
    "GoodExamplePage",
    "Indicator",
    "Measurement",
    "Idea",
    "IdeaBoardPage",
    "IdeaEvent",
    "IdeaReferenceCounter",
    "IdeaSubmissionPage",
    "Notification",
]
