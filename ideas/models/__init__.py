from .challenges import ChallengeIndexPage, ChallengePage, challenge_criteria
from .ideas import Idea, IdeaEvent, IdeaReferenceCounter
from .notifications import Notification
from .pages import IdeaBoardPage, IdeaSubmissionPage

__all__ = [
    "ChallengeIndexPage",
    "ChallengePage",
    "challenge_criteria",
    "Idea",
    "IdeaBoardPage",
    "IdeaEvent",
    "IdeaReferenceCounter",
    "IdeaSubmissionPage",
    "Notification",
]
