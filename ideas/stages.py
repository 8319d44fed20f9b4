"""The stages an idea moves through in the sluice. Shared by the ideas app and the method pages
(each MethodPhasePage says which stage it explains)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Stage(models.TextChoices):
    RECEIVED = "received", _("Received")
    ASSESSMENT = "assessment", _("Assessment")
    CONCEPT_DEVELOPMENT = "concept_development", _("Concept development")
    TESTING = "testing", _("Testing")
    IMPLEMENTED = "implemented", _("Implemented")
    CLOSED = "closed", _("Closed")
    MERGED = "merged", _("Merged")


# The stages of the sluice in order; closed and merged can be reached from any of them.
OPEN_STAGES = [
    Stage.RECEIVED,
    Stage.ASSESSMENT,
    Stage.CONCEPT_DEVELOPMENT,
    Stage.TESTING,
    Stage.IMPLEMENTED,
]

# Stages in which nothing more happens to an idea; its personal data is erased after retention.
FINISHED_STAGES = [Stage.IMPLEMENTED, Stage.CLOSED, Stage.MERGED]
