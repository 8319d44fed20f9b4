"""The rows that Wagtail's migrations create, recreated when missing, so that the demo content
can also be loaded into a database that was emptied with `manage.py flush`."""

from django.conf import settings
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Collection, Locale, Page


def ensure_initial_data():
    locale, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    # wagtail-localize hangs this permission on a content type of its own (see its migration 0006).
    content_type, _created = ContentType.objects.get_or_create(
        app_label="wagtail_localize", model="translation"
    )
    Permission.objects.get_or_create(
        content_type=content_type,
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )


def repair_child_counts():
    """wagtail-localize publishes a new translation when the transaction commits, from the page
    object as it was when the translation was made. When children were added after that, the
    publication resets the parent's child count to 0 and the children give 404. The loader runs
    this after those publications to count every page's children again."""
    for page in Page.objects.only("pk", "path", "depth", "numchild"):
        count = Page.objects.filter(path__startswith=page.path, depth=page.depth + 1).count()
        if count != page.numchild:
            Page.objects.filter(pk=page.pk).update(numchild=count)
