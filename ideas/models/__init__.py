from .assessment import Assessment, AssessmentRating
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

__all__ = [
    "Administration",
    "Assessment",
    "AssessmentRating",
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
    "IdeaSubmitter",
    "Notification",
    "Partner",
    "PartnerReferral",
    "Unit",
]
