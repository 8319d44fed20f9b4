"""Admin forms of the method pages."""

from wagtail.admin.forms import WagtailAdminPageForm

# Many-to-many page choices that should only offer pages in the edited page's language.
SAME_LANGUAGE_CHOICES = ("phases", "related_tools")


class SameLanguageChoicesForm(WagtailAdminPageForm):
    """Offers only phases and tools in the edited page's own language, so an editor does not
    choose between two pages with the same title in different languages."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id
        for name in SAME_LANGUAGE_CHOICES:
            if name in self.fields and locale_id:
                field = self.fields[name]
                field.queryset = field.queryset.filter(locale_id=locale_id).order_by("path")
