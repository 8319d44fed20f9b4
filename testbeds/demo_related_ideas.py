"""Demo: the example ideas tested in the example testbeds ("Ideas tested here" on the testbed
page). Runs at the end of testbeds.demo, after ideas.demo has made the example ideas. Only public
ideas are linked; each language version of the testbed gets the same ideas (a synchronised
field)."""

from ideas.models import Idea

from .models import TestbedPage

# external id of the testbed: titles of the example ideas tested there.
RELATED_IDEAS = {
    "PIT-002": ["Sensorlampor i korridorerna på natten"],
    "PIT-004": ["Påminnelse om läkemedel via högtalare"],
}


def load():
    for external_id, titles in RELATED_IDEAS.items():
        ideas = list(Idea.objects.public().filter(is_example=True, title__in=titles))
        for page in TestbedPage.objects.filter(external_id=external_id):
            if set(page.related_ideas.all()) == set(ideas):
                continue
            page.related_ideas.set(ideas)
            page.save_revision().publish()
