"""The dashboard's breakdowns of the ideas received: by who sent them (submitter kind), by the
administration they came from, by the channel they came in through and by the challenge they
answer, per municipality.

One database query for all of it, whatever the number of ideas: the ideas are counted grouped by
municipality, kind, channel, administration and challenge, with the administration's name and
the challenge's title in the active language (the translation, else the Swedish one) taken by
subqueries of the same statement. The breakdowns are summed from those rows in Python."""

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count, F, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import get_language
from wagtail.models import Page

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
    # Challenges with at least one idea, most ideas first; the rest in `without_challenge`.
    by_challenge: list[LabelCount] = field(default_factory=list)
    without_challenge: int = 0


def most_first(counter: Counter) -> list[LabelCount]:
    return [
        LabelCount(name, count)
        for name, count in sorted(counter.items(), key=lambda item: (-item[1], item[0].lower()))
    ]


def breakdowns(municipalities: list[str]) -> dict[str, Breakdowns]:
    language = (get_language() or "sv")[:2]
    translated_name = Administration.objects.filter(
        translation_key=OuterRef("administration__translation_key"),
        locale__language_code=language,
    ).values("name")[:1]
    translated_title = Page.objects.filter(
        translation_key=OuterRef("challenge__translation_key"),
        locale__language_code=language,
    ).values("title")[:1]
    rows = (
        Idea.objects.filter(municipality__in=municipalities)
        .order_by()
        .values("municipality", "submitter_kind", "channel", "administration_id", "challenge_id")
        .annotate(
            administration_name=Coalesce(Subquery(translated_name), F("administration__name")),
            challenge_title=Coalesce(Subquery(translated_title), F("challenge__title")),
            count=Count("pk"),
        )
    )
    kinds = {municipality: Counter() for municipality in municipalities}
    channels = {municipality: Counter() for municipality in municipalities}
    administrations = {municipality: Counter() for municipality in municipalities}
    challenges = {municipality: Counter() for municipality in municipalities}
    for row in rows:
        municipality, count = row["municipality"], row["count"]
        kinds[municipality][row["submitter_kind"]] += count
        channels[municipality][row["channel"]] += count
        administrations[municipality][row["administration_name"]] += count
        challenges[municipality][row["challenge_title"]] += count
    result = {}
    for municipality in municipalities:
        per_administration = administrations[municipality]
        without = per_administration.pop(None, 0)
        per_challenge = challenges[municipality]
        without_challenge = per_challenge.pop(None, 0)
        result[municipality] = Breakdowns(
            by_kind=[
                LabelCount(str(label), kinds[municipality][value])
                for value, label in SubmitterKind.choices
            ],
            by_channel=[
                LabelCount(str(label), channels[municipality][value])
                for value, label in Channel.choices
            ],
            by_administration=most_first(per_administration),
            without_administration=without,
            by_challenge=most_first(per_challenge),
            without_challenge=without_challenge,
        )
    return result
