from .ideas import Idea, IdeaEvent, IdeaReferenceCounter
from .notifications import Notification
from .pages import IdeaBoardPage, IdeaSubmissionPage
from .participation import Confirmation, Follow, ResidentAddress, ResidentEmail, Support

__all__ = [
    "Confirmation",
    "Follow",
    "ResidentAddress",
    "ResidentEmail",
    "Support",
    "Idea",
    "IdeaBoardPage",
    "IdeaEvent",
    "IdeaReferenceCounter",
    "IdeaSubmissionPage",
    "Notification",
]
