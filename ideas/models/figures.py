"""The public page "Idéslussen i siffror" ("The idea sluice in figures"): ideas received,
decided and implemented, the implementation rate and the median days to a decision, per
municipality and year, as charts with tables (ideas/public_figures.py computes them, ideas/
figures_charts.py draws them). Counts only: no idea, name or text is shown."""

from django.utils.translation import gettext_lazy as _

from home.models import IntroPage


class FiguresPage(IntroPage):
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1  # one per language tree

    class Meta:
        verbose_name = _("figures page")
        verbose_name_plural = _("figures pages")

    def get_content_context(self, request):
        from ideas.figures_charts import figures_context  # it imports the models, this module

        return figures_context()
