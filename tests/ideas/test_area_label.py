from django.utils import translation

from home.models.site_settings import SOCIAL_SERVICES
from ideas.choices import Area


def test_the_area_other_is_neuter_in_swedish_and_other_lists_keep_their_own_word():
    with translation.override("sv"):
        assert str(Area.OTHER.label) == "Annat"
        assert str(dict(SOCIAL_SERVICES)["other"]) == "Annan"
    with translation.override("en"):
        assert str(Area.OTHER.label) == "Other"
