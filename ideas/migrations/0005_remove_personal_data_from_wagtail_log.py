"""Wagtail's own log (ModelLogEntry) labelled ideas with their reference and the resident's
title, and e-mails and registrations with their subject or the registrant's name; Reports → Site
history showed them to staff of either municipality. The apps now keep no such entries
(home/audit.py); this removes those written before. It also lets the idea handlers' groups see
their municipality's e-mails to residents (view_notification), to find what failed."""

from django.db import migrations

# (app label, model) of every model whose log entries could hold personal data or a label
# another municipality must not read.
NEVER_LOGGED = [
    ("ideas", "idea"),
    ("ideas", "ideaevent"),
    ("ideas", "notification"),
    ("courses", "registration"),
    ("wagtailforms", "formsubmission"),
    ("home", "outgoingemail"),
]
HANDLER_PERMISSIONS = ["handle_pitea_ideas", "handle_skelleftea_ideas"]


def delete_log_entries(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    for app_label, model in NEVER_LOGGED:
        content_type = ContentType.objects.filter(app_label=app_label, model=model).first()
        if content_type is not None:
            ModelLogEntry.objects.filter(content_type=content_type).delete()


def let_handlers_view_the_outbox(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    # On a new database the permissions are created after migrate; the demo loader grants it.
    view = Permission.objects.filter(
        content_type__app_label="ideas", codename="view_notification"
    ).first()
    if view is None:
        return
    handler_groups = Group.objects.filter(
        permissions__content_type__app_label="ideas",
        permissions__codename__in=HANDLER_PERMISSIONS,
    ).distinct()
    for group in handler_groups:
        group.permissions.add(view)


class Migration(migrations.Migration):
    dependencies = [
        ("ideas", "0004_outbox_retries_and_edited_event"),
        ("home", "0002_outgoing_email"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(delete_log_entries, migrations.RunPython.noop),
        migrations.RunPython(let_handlers_view_the_outbox, migrations.RunPython.noop),
    ]
