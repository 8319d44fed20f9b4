from .assessment import Assessment, AssessmentRating
from .ideas import Idea, IdeaEvent, IdeaReferenceCounter
from .notifications import Notification
from .organisation import Administration, IdeaSubmitter, Partner, PartnerReferral, Unit
from .pages import IdeaBoardPage, IdeaSubmissionPage

__all__ = [
    "Administration",
    "Assessment",
    "AssessmentRating",
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
