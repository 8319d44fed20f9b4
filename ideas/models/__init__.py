from .assessment import Assessment, AssessmentRating
from .challenges import ChallengeIndexPage, ChallengePage, challenge_criteria
from .ideas import Idea, IdeaEvent, IdeaReferenceCounter
from .notifications import Notification
from .organisation import Administration, IdeaSubmitter, Partner, PartnerReferral, Unit
from .pages import IdeaBoardPage, IdeaSubmissionPage

__all__ = [
    "Administration",
    "Assessment",
    "AssessmentRating",
    "ChallengeIndexPage",
    "ChallengePage",
    "challenge_criteria",
    "Idea",
    "IdeaBoardPage",
    "IdeaEvent",
    "IdeaReferenceCounter",
    "IdeaSubmissionPage",
    "IdeaSubmitter",
    "Notification",
    "Partner",
    "PartnerReferral",
    "Unit",
]
