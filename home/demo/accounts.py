"""Editor and moderator groups, the two-step moderation workflow, and the demo accounts."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

from home.models import ColleagueReviewTask, Footer, NavigationMenu

EDITORS = "Redaktörer"
MODERATORS = "Moderatorer"
WORKFLOW = "Granskning i två steg"
DEMO_PASSWORD = "demo-idesluss-2026"  # noqa: S105 - printed by `make demo`, only in demo mode
# Every demo account can see personal data, so each signs in with a second factor: an
# authenticator-app device with this published key (hex; base32 NFSG K43M OVZX GLLE MVWW 6LJS
# MZQS 2MRW), printed by `make demo` with `manage.py demo_two_factor_code` for the current code.
DEMO_TOTP_KEY = "696465736c7573732d64656d6f2d3266612d3236"  # noqa: S105 - demo only, like the password

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
MODERATOR_PAGE_PERMISSIONS = [
    *EDITOR_PAGE_PERMISSIONS,
    "publish_page",
    "lock_page",
    "unlock_page",
    "delete_page",
]
EDITOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
# Snippets editors write and moderators may also delete, by app.
SNIPPETS = [
    ("home", "navigationmenu"),
    ("home", "footer"),
    ("testbeds", "sector"),
    ("testbeds", "targetgroup"),
    ("testbeds", "hostorganisation"),
    ("ideas", "administration"),
    ("ideas", "unit"),
    ("ideas", "partner"),
    ("wagtailsearchpromotions", "searchpromotion"),
]
EDITOR_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
    *[(app, f"{action}_{model}") for app, model in SNIPPETS for action in ("add", "change")],
]
# Snippets with drafts and the workflow, as pages: editors save drafts and send them for review,
# moderators publish.
MODERATED_SNIPPETS = [NavigationMenu, Footer]
MODERATOR_MODEL_PERMISSIONS = [
    *EDITOR_MODEL_PERMISSIONS,
    *[(app, f"delete_{model}") for app, model in SNIPPETS],
    *[
        ("home", f"{action}_{model._meta.model_name}")
        for model in MODERATED_SNIPPETS
        for action in ("publish", "lock", "unlock")
    ],
    ("home", "change_sitesettings"),
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "delete_document"),
]


# Idea handlers, one group per municipality (English: "Idea handlers – Piteå" and "Idea
# handlers – Skellefteå"). They see and change only their municipality's ideas, with the
# residents' contact details, and see the e-mails to those residents (the outbox, to find what
# failed); nobody deletes ideas. Each group's per-municipality permissions are named as strings
# (home imports no content app): its ideas (ideas/permissions.py) and its testbeds' contact
# requests (testbeds/permissions.py).
IDEA_HANDLERS = {
    "pitea": (
        "Idéhandläggare – Piteå",
        [("ideas", "handle_pitea_ideas"), ("testbeds", "see_pitea_contact_requests")],
    ),
    "skelleftea": (
        "Idéhandläggare – Skellefteå",
        [("ideas", "handle_skelleftea_ideas"), ("testbeds", "see_skelleftea_contact_requests")],
    ),
}
IDEA_HANDLER_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("ideas", "view_idea"),
    ("ideas", "change_idea"),
    ("ideas", "view_personal_data"),
    ("ideas", "view_notification"),
    # The contact requests to the municipality's testbeds (and the per-municipality permission
    # below): a handler marks them answered or deletes one on request.
    ("testbeds", "view_contactrequest"),
    ("testbeds", "change_contactrequest"),
    ("testbeds", "delete_contactrequest"),
]


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _group(name, wagtail_default):
    """Reuse Wagtail's default group of the same role, renamed, so there is one group a role."""
    group = Group.objects.filter(name=name).first()
    if group is None:
        group = Group.objects.filter(name=wagtail_default).first() or Group(name=name)
        group.name = name
        group.save()
    return group


def _grant(group, page_permissions, collection_permissions, model_permissions):
    root = Page.get_first_root_node()
    collection = Collection.get_first_root_node()
    for codename in page_permissions:
        GroupPagePermission.objects.get_or_create(
            group=group, page=root, permission=_permission("wagtailcore", codename)
        )
    for app_label, codename in collection_permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=_permission(app_label, codename)
        )
    group.permissions.add(*[_permission(app, codename) for app, codename in model_permissions])


def ensure_groups_and_workflow():
    editors = _group(EDITORS, "Editors")
    moderators = _group(MODERATORS, "Moderators")
    _grant(
        editors, EDITOR_PAGE_PERMISSIONS, EDITOR_COLLECTION_PERMISSIONS, EDITOR_MODEL_PERMISSIONS
    )
    _grant(
        moderators,
        MODERATOR_PAGE_PERMISSIONS,
        [*EDITOR_COLLECTION_PERMISSIONS],
        MODERATOR_MODEL_PERMISSIONS,
    )

    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW)
    # The colleague who checks language and facts must be someone else than the author.
    steps = [
        ("Kollegial granskning: språk och fakta", editors, ColleagueReviewTask),
        ("Publiceringsbeslut", moderators, GroupApprovalTask),
    ]
    for order, (name, group, task_class) in enumerate(steps):
        task, _created = task_class.objects.get_or_create(name=name)
        task.groups.set([group])
        WorkflowTask.objects.filter(workflow=workflow, sort_order=order).exclude(task=task).delete()
        WorkflowTask.objects.update_or_create(
            workflow=workflow, task=task, defaults={"sort_order": order}
        )
    WorkflowPage.objects.update_or_create(
        page=Page.get_first_root_node(), defaults={"workflow": workflow}
    )
    # Snippets have their workflow by model (Settings → Workflows → the workflow's snippet types).
    for model in MODERATED_SNIPPETS:
        WorkflowContentType.objects.update_or_create(
            content_type=ContentType.objects.get_for_model(model), defaults={"workflow": workflow}
        )
    return editors, moderators


def ensure_idea_handler_groups():
    """The two handler groups, by municipality code."""
    groups = {}
    for municipality, (name, permissions) in IDEA_HANDLERS.items():
        group, _created = Group.objects.get_or_create(name=name)
        _grant(group, [], [], [*IDEA_HANDLER_MODEL_PERMISSIONS, *permissions])
        groups[municipality] = group
    return groups


def ensure_user(username, *, groups=(), superuser=False, first_name="", last_name=""):
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        user = get_user_model()(
            username=username,
            email=f"{username}@example.org",
            first_name=first_name,
            last_name=last_name,
            is_staff=superuser,
            is_superuser=superuser,
        )
        user.set_password(DEMO_PASSWORD)
        user.save()
    user.groups.add(*groups)
    TOTPDevice.objects.get_or_create(
        user=user, name="demo", defaults={"key": DEMO_TOTP_KEY, "confirmed": True}
    )
    return user


def load():
    editors, moderators = ensure_groups_and_workflow()
    handlers = ensure_idea_handler_groups()
    return [
        ensure_user("admin", superuser=True, first_name="Demo", last_name="Administratör"),
        ensure_user("redaktor", groups=[editors], first_name="Elin", last_name="Redaktör"),
        ensure_user("moderator", groups=[moderators], first_name="Maja", last_name="Moderator"),
        ensure_user(
            "handlaggare-pitea",
            groups=[handlers["pitea"]],
            first_name="Pia",
            last_name="Handläggare",
        ),
        ensure_user(
            "handlaggare-skelleftea",
            groups=[handlers["skelleftea"]],
            first_name="Sven",
            last_name="Handläggare",
        ),
    ]
