"""Demo content of the sluice inside the municipalities: example administrations and units of
both municipalities (generic names, marked as example data: not the municipalities' real
organisation), the programme's four partners with example contact addresses, a managers' group
per administration with two manager accounts, and staff ideas from several administrations that
came in through every channel, one of them from a work team. Both languages; idempotent."""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from wagtail.models import Locale

from home.demo import accounts
from home.demo.builder import T
from ideas import demo
from ideas.choices import Area, Channel, Municipality, SubmitterKind
from ideas.models import Administration, Idea, IdeaEvent, IdeaSubmitter, Partner, Unit
from ideas.stages import Stage

PITEA, SKELLEFTEA = Municipality.PITEA, Municipality.SKELLEFTEA

# (municipality, name, units). Generic names of the kind most Swedish municipalities use.
ADMINISTRATIONS = [
    (
        PITEA,
        T("Socialtjänsten", "Social services"),
        [T("Hemtjänst", "Home care"), T("Särskilt boende", "Residential care for older people")],
    ),
    (
        PITEA,
        T("Utbildningsförvaltningen", "Education administration"),
        [T("Grundskola", "Compulsory school")],
    ),
    (PITEA, T("Samhällsbyggnad", "Community planning"), []),
    (PITEA, T("Kultur och fritid", "Culture and leisure"), []),
    (
        SKELLEFTEA,
        T("Socialförvaltningen", "Social services administration"),
        [
            T("Funktionsstöd, boende", "Disability support, housing"),
            T("Daglig verksamhet", "Daily activities"),
        ],
    ),
    (SKELLEFTEA, T("Lärande", "Learning"), [T("Förskola", "Preschool")]),
    (SKELLEFTEA, T("Samhällsbyggnad", "Community planning"), []),
    (SKELLEFTEA, T("Fritid", "Leisure"), []),
]

# The programme's partners (named in its documents); the addresses are examples.
PARTNERS = [
    (
        T("Luleå tekniska universitet (LTU)", "Luleå University of Technology (LTU)"),
        T(
            "Universitet som kan bidra med forskning, bland annat om genus och teknik.",
            "A university that can contribute research, among other things on gender and "
            "technology.",
        ),
        "",
        "ltu@example.org",
    ),
    (
        T("Innovation Pite", "Innovation Pite"),
        T(
            "Stöd till innovatörer i Piteå som vill utveckla en idé vidare.",
            "Support for innovators in Piteå who want to take an idea further.",
        ),
        PITEA,
        "innovation-pite@example.org",
    ),
    (
        T("Piteå Science Park", "Piteå Science Park"),
        T(
            "Miljöer och nätverk för att pröva och utveckla nya lösningar.",
            "Environments and networks for testing and developing new solutions.",
        ),
        PITEA,
        "pitea-science-park@example.org",
    ),
    (
        T("Skellefteå Science City", "Skellefteå Science City"),
        T(
            "Nätverk som kopplar ihop idéer med företag och forskning i Skellefteå.",
            "A network that connects ideas with companies and research in Skellefteå.",
        ),
        SKELLEFTEA,
        "skelleftea-science-city@example.org",
    ),
]

# The demo's managers: (username, first name, last name, municipality, administration name).
MANAGERS = [
    ("chef-pitea", "Camilla", "Chef", PITEA, "Socialtjänsten"),
    ("chef-skelleftea", "Stefan", "Chef", SKELLEFTEA, "Socialförvaltningen"),
]

# Staff ideas: the example idea (as ideas.demo writes them) with who sent it and how it came in.
STAFF_IDEAS = [
    {
        "title": "Fast tid för idéer på arbetsplatsträffen",
        "description": "Tio minuter på varje arbetsplatsträff där vi går igenom nya idéer och "
        "hör vad som hänt med de gamla.",
        "need": "Idéer från hemtjänsten försvinner i vardagen; ingen vet vad som hände med dem.",
        "area": Area.ELDERLY_CARE,
        "municipality": PITEA,
        "stage": Stage.ASSESSMENT,
        "days_ago": 40,
        "summary": "En stående punkt på arbetsplatsträffen för nya idéer och svar på gamla.",
        "staff": {
            "channel": Channel.WORKPLACE_MEETING,
            "administration": "Socialtjänsten",
            "unit": "Hemtjänst",
            "team": ["Undersköterska i hemtjänsten", "Vårdbiträde i hemtjänsten"],
        },
    },
    {
        "title": "Bildstöd i tvättstugan",
        "description": "Bilder vid tvättmaskinerna som visar stegen, för boende som inte läser.",
        "need": "Boende behöver hjälp varje gång de tvättar, fast de kan göra det själva med stöd.",
        "area": Area.DISABILITY_CARE,
        "municipality": SKELLEFTEA,
        "stage": Stage.CONCEPT_DEVELOPMENT,
        "days_ago": 120,
        "summary": "Bildstöd som gör att fler boende kan tvätta själva.",
        "staff": {
            "channel": Channel.IDEA_COACH,
            "administration": "Socialförvaltningen",
            "unit": "Funktionsstöd, boende",
        },
    },
    {
        "title": "Quiet room at the daily activity centre",
        "description": "A small room with soft light where participants can rest when the day "
        "gets too loud.",
        "need": "Some participants go home early because the noise wears them out.",
        "area": Area.DISABILITY_CARE,
        "municipality": SKELLEFTEA,
        "language": "en",
        "stage": Stage.RECEIVED,
        "days_ago": 6,
        "public": False,
        "staff": {
            "channel": Channel.WEB,
            "administration": "Socialförvaltningen",
            "unit": "Daglig verksamhet",
        },
    },
    {
        "title": "Låna ut läsplattor med stor text",
        "description": "Skolbiblioteket lånar ut läsplattor där texten kan göras stor, också "
        "till elevernas mor- och farföräldrar på öppet hus.",
        "need": "Elever med synnedsättning får vänta på böcker i storstil.",
        "area": Area.SCHOOL,
        "municipality": PITEA,
        "stage": Stage.RECEIVED,
        "days_ago": 12,
        "public": False,
        "staff": {
            "channel": Channel.EMAIL,
            "administration": "Utbildningsförvaltningen",
            "unit": "Grundskola",
        },
    },
    {
        "title": "Bänkar med armstöd längs promenadstråket",
        "description": "Fler bänkar med armstöd, med högst 200 meter mellan dem.",
        "need": "Äldre som vill promenera vågar inte gå långt när det saknas ställen att vila.",
        "area": Area.TRANSPORT,
        "municipality": PITEA,
        "stage": Stage.ASSESSMENT,
        "days_ago": 70,
        "summary": "Bänkar med armstöd så att fler orkar promenera.",
        "staff": {"channel": Channel.LETTER, "administration": "Samhällsbyggnad"},
    },
    {
        "title": "Prova-på-kväll i simhallen för personer med funktionsnedsättning",
        "description": "En kväll i månaden med varmare vatten, lugn musik och personal som kan "
        "hjälpa till i omklädningsrummet.",
        "need": "Många vill simma men tycker att de vanliga passen är för stökiga.",
        "area": Area.CULTURE_LEISURE,
        "municipality": SKELLEFTEA,
        "stage": Stage.TESTING,
        "days_ago": 200,
        "summary": "Ett lugnt simpass i månaden med extra stöd.",
        "staff": {"channel": Channel.PHONE, "administration": "Fritid", "kind": "organisation"},
    },
    {
        "title": "Sagostund på lätt svenska i förskolan",
        "description": "Sagostunder med bilder och enkla ord, där föräldrar som lär sig svenska "
        "är välkomna.",
        "need": "Föräldrar som är nya i Sverige vet inte hur de kan stötta barnens språk.",
        "area": Area.SCHOOL,
        "municipality": SKELLEFTEA,
        "stage": Stage.ASSESSMENT,
        "days_ago": 30,
        "summary": "Sagostunder som hjälper både barn och föräldrar med svenskan.",
        "staff": {"channel": Channel.EVENT, "administration": "Lärande", "unit": "Förskola"},
    },
    {
        "title": "Lånecyklar med elmotor vid biblioteket",
        "description": "Elcyklar som anställda kan låna för korta resor mellan arbetsplatser.",
        "need": "Kollegor tar bilen mellan arbetsplatser som ligger en kilometer ifrån varandra.",
        "area": Area.ENVIRONMENT,
        "municipality": PITEA,
        "stage": Stage.RECEIVED,
        "days_ago": 3,
        "public": False,
        "staff": {"channel": Channel.WORKPLACE_MEETING, "administration": "Kultur och fritid"},
    },
]


def load():
    english = Locale.objects.get(language_code="en")
    administrations = {}
    for order, (municipality, name, units) in enumerate(ADMINISTRATIONS):
        administration = ensure_row(
            Administration,
            english,
            name,
            lookup=["municipality"],
            municipality=municipality,
            sort_order=order,
            is_example=True,
        )
        ensure_manager_group(administration)
        administrations[(municipality, name.sv)] = administration
        for unit_order, unit in enumerate(units):
            ensure_row(
                Unit,
                english,
                unit,
                lookup=["administration"],
                administration=administration,
                sort_order=unit_order,
                is_example=True,
            )
    for order, (name, description, municipality, email) in enumerate(PARTNERS):
        ensure_row(
            Partner,
            english,
            name,
            translated={"description": description},
            municipality=municipality,
            contact_email=email,
            sort_order=order,
            is_example=True,
        )
    managers = [
        accounts.ensure_user(
            username,
            groups=[administrations[(municipality, administration)].manager_group],
            first_name=first_name,
            last_name=last_name,
        )
        for username, first_name, last_name, municipality, administration in MANAGERS
    ]
    for example in STAFF_IDEAS:
        ensure_staff_idea(example, administrations)
    return managers


def ensure_row(model, english, name, *, translated=None, lookup=(), **fields):
    """The Swedish row named `name.sv` (and the `lookup` fields), created with `fields` if
    missing, and its English translation."""
    translated = translated or {}
    source = model.objects.filter(
        locale__language_code=settings.LANGUAGE_CODE,
        name=name.sv,
        **{key: fields[key] for key in lookup},
    ).first()
    if source is None:
        source = model.objects.create(
            locale=Locale.get_default(),
            name=name.sv,
            **{key: value.sv for key, value in translated.items()},
            **fields,
        )
    if not model.objects.filter(translation_key=source.translation_key, locale=english).exists():
        copy = source.copy_for_translation(english)
        copy.name = name.en
        for key, value in translated.items():
            setattr(copy, key, value.en)
        if isinstance(copy, Unit):
            copy.administration = source.administration
        copy.save()
    return source


def ensure_manager_group(administration) -> Group:
    """The managers' group of `administration` (one per administration and municipality):
    access to the admin, where they see the administration's ideas read only."""
    if administration.manager_group_id is not None:
        return administration.manager_group
    group, _created = Group.objects.get_or_create(
        name=f"Chefer – {administration.name}, {administration.get_municipality_display()}"
    )
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    Administration.objects.filter(translation_key=administration.translation_key).update(
        manager_group=group
    )
    administration.manager_group = group
    return group


def ensure_staff_idea(example, administrations):
    if Idea.objects.filter(is_example=True, title=example["title"]).exists():
        return
    demo.ensure_idea(example)
    idea = Idea.objects.get(is_example=True, title=example["title"])
    staff = example["staff"]
    administration = administrations[(idea.municipality, staff["administration"])]
    unit = administration.units.filter(name=staff["unit"]).first() if "unit" in staff else None
    handler = None
    if staff["channel"] != Channel.WEB:
        handler = accounts.ensure_user(
            f"handlaggare-{idea.municipality}",
            groups=[accounts.ensure_idea_handler_groups()[idea.municipality]],
            first_name="Pia" if idea.municipality == PITEA else "Sven",
            last_name="Handläggare",
        )
    Idea.objects.filter(pk=idea.pk).update(
        submitter_kind=staff.get("kind", SubmitterKind.EMPLOYEE),
        administration=administration,
        unit=unit,
        channel=staff["channel"],
        registered_by=handler,
    )
    if handler is not None:
        IdeaEvent.objects.create(
            idea=idea,
            kind=IdeaEvent.Kind.REGISTERED,
            actor=handler,
            internal_note=str(Channel(staff["channel"]).label),
            created_at=idea.created_at,
        )
    # A team idea: the colleagues are described by their role, not named.
    IdeaSubmitter.objects.bulk_create(
        [
            IdeaSubmitter(
                idea=idea,
                name=role,
                consent_at=idea.created_at,
                joined_as=IdeaSubmitter.Joined.TEAM,
                created_at=idea.created_at,
            )
            for role in staff.get("team", [])
        ]
    )
