"""A handler's structured assessment of an idea: one row per criterion, with a rating or an
answer and a comment. Internal: shown on the idea's admin page and in the handlers' export,
never on a public page.

The standard criteria are benefit for residents, feasibility, and cost and effort (rated 1–5),
and the method's two perspectives, gender equality and accessibility, answered yes, no or don't
know with the questions the method asks in its phase "Assess and select". A challenge's own
criteria plug in as more rows: each row keeps its criterion's key and the wording it was
assessed against, so a later change to the criteria does not rewrite old assessments.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import CharField, OuterRef, Subquery
from django.db.models.functions import Cast, Coalesce, NullIf
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

RATING_MIN = 1
RATING_MAX = 5


@dataclass(frozen=True)
class Criterion:
    key: str
    label: str
    question: str
    perspective: bool = False  # answered yes / no / don't know instead of rated 1–5


STANDARD_CRITERIA = [
    Criterion(
        "benefit",
        _("Benefit for residents"),
        _("How much would residents or the people who use the service gain? 5 is the most."),
    ),
    Criterion(
        "feasibility",
        _("Feasibility"),
        _("Can the municipality carry the idea out with what it has or can get? 5 is easiest."),
    ),
    Criterion(
        "cost",
        _("Cost and effort"),
        _("How much money and work would it take? 5 is the least."),
    ),
    # The method's questions for the phase "Assess and select" (methodology demo content).
    Criterion(
        "gender_benefit",
        _("Gender equality"),
        _("Who benefits from the idea: women, men or both? Do we have figures that show it?"),
        perspective=True,
    ),
    Criterion(
        "gender_valued",
        _("Gender equality"),
        _("Do we value ideas from services where most staff are women as highly as others?"),
        perspective=True,
    ),
    Criterion(
        "accessibility_effect",
        _("Accessibility"),
        _("Does the idea make things easier or harder for people with disabilities?"),
        perspective=True,
    ),
    Criterion(
        "accessibility_asked",
        _("Accessibility"),
        _("Have we asked someone who uses the service themselves?"),
        perspective=True,
    ),
]


class Assessment(models.Model):
    """One assessment of an idea, by one handler at one time. A new assessment does not
    replace an earlier one; the idea's page shows the latest."""

    idea = models.ForeignKey(
        "ideas.Idea",
        verbose_name=_("idea"),
        on_delete=models.CASCADE,
        related_name="assessments",
    )
    summary = models.TextField(_("summary"), blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assessed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("assessed"), default=timezone.now)

    class Meta:
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")
        ordering = ["-created_at", "-pk"]
        get_latest_by = "created_at"

    def __str__(self):
        return f"{self.idea_id}: {self.created_at:%Y-%m-%d}"


class AssessmentRating(models.Model):
    """One criterion of an assessment: a rating 1–5 or an answer, and a comment."""

    class Answer(models.TextChoices):
        YES = "yes", _("Yes")
        NO = "no", _("No")
        UNKNOWN = "unknown", _("Don't know")

    assessment = models.ForeignKey(
        Assessment,
        verbose_name=_("assessment"),
        on_delete=models.CASCADE,
        related_name="ratings",
    )
    criterion = models.CharField(
        _("criterion"),
        max_length=60,
        help_text=_("A standard criterion's key, or a challenge's own."),
    )
    question = models.CharField(_("question"), max_length=300)
    rating = models.PositiveSmallIntegerField(
        _("rating"),
        null=True,
        blank=True,
        validators=[MinValueValidator(RATING_MIN), MaxValueValidator(RATING_MAX)],
    )
    answer = models.CharField(_("answer"), max_length=10, choices=Answer.choices, blank=True)
    comment = models.TextField(_("comment"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("assessment criterion")
        verbose_name_plural = _("assessment criteria")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return f"{self.criterion}: {self.rating or self.answer}"


def latest_assessment(idea) -> Assessment | None:
    """The idea's latest assessment with its rows (two queries)."""
    return idea.assessments.select_related("actor").prefetch_related("ratings").first()


def export_field(criterion: Criterion) -> str:
    return f"assessment_{criterion.key}"


def with_latest_assessment(queryset, criteria=STANDARD_CRITERIA):
    """`queryset` of ideas annotated with their latest assessment's summary
    (`assessment_summary`) and each criterion's rating or answer (`assessment_<key>`), for the
    export: subqueries of the same statement, so the export stays one query."""
    latest = Assessment.objects.filter(idea=OuterRef("pk")).order_by("-created_at", "-pk")
    latest_pk = Subquery(latest.values("pk")[:1])
    annotations = {"assessment_summary": Subquery(latest.values("summary")[:1])}
    for criterion in criteria:
        value = Coalesce(Cast("rating", CharField()), NullIf("answer", models.Value("")))
        rows = AssessmentRating.objects.filter(
            assessment_id=OuterRef("latest_assessment_pk"), criterion=criterion.key
        ).annotate(value=value)
        annotations[export_field(criterion)] = Subquery(rows.values("value")[:1])
    return queryset.annotate(latest_assessment_pk=latest_pk).annotate(**annotations)


def export_value(value):
    """A rating as it is; an answer's code as its label."""
    if value in AssessmentRating.Answer.values:
        return str(AssessmentRating.Answer(value).label)
    return value
