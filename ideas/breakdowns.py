"""The dashboard's breakdowns of the ideas received: by who sent them (submitter kind), by the
administration they came from and by the channel they came in through, per municipality.

One database query for all of it, whatever the number of ideas: the ideas are counted grouped by
municipality, kind, channel and administration, with the administration's name in the active
language (its translation, else the Swedish name) taken by a subquery of the same statement.
The three breakdowns are summed from those rows in Python."""

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count, F, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import get_language

from ideas.choices import Channel, SubmitterKind
from ideas.models import Administration, Idea


@dataclass(frozen=True)
class LabelCount:
    label: str
    count: int


@dataclass
class Breakdowns:
    by_kind: list[LabelCount] = field(default_factory=list)
    by_channel: list[LabelCount] = field(default_factory=list)
    # Administrations with at least one idea, most ideas first; ideas without one are counted
    # in `without_administration`.
    by_administration: list[LabelCount] = field(default_factory=list)
    without_administration: int = 0


def breakdowns(municipalities: list[str]) -> dict[str, Breakdowns]:
    language = (get_language() or "sv")[:2]
    translated_name = Administration.objects.filter(
        translation_key=OuterRef("administration__translation_key"),
        locale__language_code=language,
    ).values("name")[:1]
    rows = (
        Idea.objects.filter(municipality__in=municipalities)
        .order_by()
        .values("municipality", "submitter_kind", "channel", "administration_id")
        .annotate(
            administration_name=Coalesce(Subquery(translated_name), F("administration__name")),
            count=Count("pk"),
        )
    )
    kinds = {municipality: Counter() for municipality in municipalities}
    channels = {municipality: Counter() for municipality in municipalities}
    administrations = {municipality: Counter() for municipality in municipalities}
    for row in rows:
        municipality, count = row["municipality"], row["count"]
        kinds[municipality][row["submitter_kind"]] += count
        channels[municipality][row["channel"]] += count
        administrations[municipality][row["administration_name"]] += count
    result = {}
    for municipality in municipalities:
        per_administration = administrations[municipality]
        without = per_administration.pop(None, 0)
        result[municipality] = Breakdowns(
            by_kind=[
                LabelCount(str(label), kinds[municipality][value])
                for value, label in SubmitterKind.choices
            ],
            by_channel=[
                LabelCount(str(label), channels[municipality][value])
                for value, label in Channel.choices
            ],
            by_administration=[
                LabelCount(name, count)
                for name, count in sorted(
                    per_administration.items(), key=lambda item: (-item[1], item[0].lower())
                )
            ],
            without_administration=without,
        )
    return result
