from .ideas import Idea, IdeaEvent, IdeaReferenceCounter
from .notifications import Notification
from .pages import IdeaBoardPage, IdeaSubmissionPage

__all__ = [
    "Idea",
    "IdeaBoardPage",
    "IdeaEvent",
    "IdeaReferenceCounter",
    "IdeaSubmissionPage",
    "Notification",
]
