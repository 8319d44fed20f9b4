from .assessment import Assessment, AssessmentRating
from .challenges import ChallengeIndexPage, ChallengePage, challenge_criteria
from .figures import FiguresPage
from .ideas import Idea, IdeaEvent, IdeaReferenceCounter
from .notifications import Notification
from .organisation import Administration, IdeaSubmitter, Partner, PartnerReferral, Unit
from .outcomes import (
    Decision,
    FollowUp,
    GoodExampleIndexPage,
    GoodExamplePage,
    Indicator,
    Measurement,
)
from .pages import IdeaBoardPage, IdeaSubmissionPage
from .participation import Confirmation, Follow, ResidentAddress, ResidentEmail, Support

__all__ = [
    "Administration",
    "Assessment",
    "AssessmentRating",
    "Decision",
    "FiguresPage",
    "FollowUp",
    "GoodExampleIndexPage",
    "GoodExamplePage",
    "Indicator",
    "Measurement",
    "Confirmation",
    "Follow",
    "ResidentAddress",
    "ResidentEmail",
    "Support",
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
