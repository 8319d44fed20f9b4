"""Settings shared by every environment. Security is on here; dev and test relax it.

Every environment variable the project reads is read in this file, through config.env.
"""

from datetime import timedelta
from ipaddress import ip_network
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from config import env

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# --- Environment -------------------------------------------------------------------------------

SECRET_KEY = env.get_str("SECRET_KEY")
DEBUG = False
ALLOWED_HOSTS = env.get_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env.get_list("CSRF_TRUSTED_ORIGINS")
DATABASE_URL = env.get_str("DATABASE_URL")
WAGTAILADMIN_BASE_URL = env.get_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
EMAIL_HOST = env.get_str("EMAIL_HOST")
EMAIL_PORT = env.get_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env.get_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env.get_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env.get_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = env.get_str("DEFAULT_FROM_EMAIL", "Idéslussen <noreply@example.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Where form notifications (e.g. accessibility feedback) go when a form page names no address.
CONTACT_EMAIL = env.get_str("CONTACT_EMAIL", "idesluss@example.org")
DEMO_MODE = env.get_bool("DEMO_MODE", False)
# The demo content (with its demo accounts and their published password) may be loaded only
# where the settings allow it: the development and test settings; never production.
DEMO_CONTENT_ALLOWED = False
# The development settings refuse a database on another machine unless this is true.
ALLOW_NONLOCAL_DATABASE = env.get_bool("ALLOW_NONLOCAL_DATABASE", False)
# Personal data of finished ideas is erased this many days after their last change.
IDEA_RETENTION_DAYS = env.get_int("IDEA_RETENTION_DAYS", 365)
# Sent e-mails (the outbox, home/models/outbox.py) are deleted this many days after sending.
OUTBOX_RETENTION_DAYS = env.get_int("OUTBOX_RETENTION_DAYS", 90)
LOG_LEVEL = env.get_str("LOG_LEVEL", "INFO")
# Scale-out (used by the production settings, see README "Deployment"): a shared Redis cache,
# the task queue ("immediate" or "database") and S3-compatible media storage.
REDIS_URL = env.get_str("REDIS_URL") or env.get_str("CACHE_URL")
TASKS_BACKEND = env.get_str("TASKS_BACKEND")
EMAIL_TIMEOUT = env.get_int("EMAIL_TIMEOUT", 30)
AWS_STORAGE_BUCKET_NAME = env.get_str("AWS_STORAGE_BUCKET_NAME")
AWS_S3_ENDPOINT_URL = env.get_str("AWS_S3_ENDPOINT_URL") or None
AWS_S3_REGION_NAME = env.get_str("AWS_S3_REGION_NAME") or None
AWS_ACCESS_KEY_ID = env.get_str("AWS_ACCESS_KEY_ID") or None
AWS_SECRET_ACCESS_KEY = env.get_str("AWS_SECRET_ACCESS_KEY") or None
AWS_S3_CUSTOM_DOMAIN = env.get_str("AWS_S3_CUSTOM_DOMAIN") or None
AWS_QUERYSTRING_AUTH = env.get_bool("AWS_QUERYSTRING_AUTH", False)
# Where collectstatic writes and, without a bucket, where uploads go (production only).
STATIC_ROOT_PATH = env.get_str("STATIC_ROOT")
MEDIA_ROOT_PATH = env.get_str("MEDIA_ROOT")

# --- Applications ------------------------------------------------------------------------------

INSTALLED_APPS = [
    "home",
    "methodology",
    "courses",
    "testbeds",
    "ideas",
    "news",
    "search",
    # wagtail_localize must come before the Wagtail apps; its locales app replaces wagtail.locales.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.contrib.search_promotions",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    "csp",
    # Two-factor sign-in for the admin (README "Security"): django-otp with authenticator-app
    # codes (TOTP), recovery codes and passkeys (django-otp-webauthn); twofactor enforces it.
    "twofactor",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_otp_webauthn",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    # The database task queue (django-tasks-db); its table exists everywhere, used in production.
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    # Inside the CSP middleware: lets the admin frame a preview (sets what CSP then writes).
    "home.security.PreviewFramingMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Above sessions, CSRF and authentication: it sees the cookies they set (home/cache.py).
    "home.cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # request.user.is_verified(): signed in with a second factor (django-otp).
    "django_otp.middleware.OTPMiddleware",
    # The admin asks for the second factor, or for setting one up, before anything else.
    "twofactor.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # A view that cannot reach the database answers 503, "try again in a moment" (home/unavailable).
    "home.unavailable.DatabaseUnavailableMiddleware",
    # Wagtail's page routing and view-restriction check from memory (home/routing.py).
    "home.routing.PageRoutingMiddleware",
    # Last, as django-axes asks: turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.context_processors.site_context",
            ],
        },
    },
]

# --- Database ----------------------------------------------------------------------------------

# DATABASE_URL selects the database (PostgreSQL in production); without it, a local SQLite file.
DATABASES = {
    "default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)
    if DATABASE_URL
    else {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": BASE_DIR / "db.sqlite3",
        # Writers queue for the lock instead of failing with "database is locked".
        "OPTIONS": {"transaction_mode": "IMMEDIATE"},
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Languages ---------------------------------------------------------------------------------

LANGUAGE_CODE = "sv"
LANGUAGES = [("sv", "Svenska"), ("en", "English")]
# locale/: the site's own strings (make makemessages). locale_upstream/: Swedish for Wagtail's and
# wagtail-localize's strings that their catalogues lack, kept apart so makemessages keeps them.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_upstream"]
# Our date and time formats: "kl. 9.00" in Swedish, "26 September 2026" in English.
FORMAT_MODULE_PATH = ["config.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Stockholm"

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# "Translate" makes the translation a draft, not a live page: it goes through the page's
# workflow like any other change (home/translation_review.py).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# --- Static and media files --------------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Security (on by default; dev and test relax it) -------------------------------------------

SECURE_SSL_REDIRECT = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 60 * 60 * 24 * 365
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_AGE = 60 * 60 * 8
# Visitors' sessions (a form token's key, the thank-you page's reference) end when the browser
# closes. The admin sign-in sets its own expiry: SESSION_COOKIE_AGE with "remember me", else
# the end of the browser session (Wagtail's LoginView calls session.set_expiry).
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Content-Security-Policy (django-csp), the one place to allow another origin. Public pages run
# no inline script or style; the Wagtail admin still needs inline code, so it is left out.
# Images may come from the media bucket (its origin follows from the AWS_* settings above) and
# from CSP_MEDIA_ORIGINS, e.g. "https://cdn.idesluss.se" for a CDN in front of it.
# CSP_FRAME_ORIGINS: the video services that embeds may show.
CSP_MEDIA_ORIGINS = env.get_list("CSP_MEDIA_ORIGINS")
if AWS_S3_CUSTOM_DOMAIN:
    CSP_MEDIA_ORIGINS.append("https://" + AWS_S3_CUSTOM_DOMAIN.split("/")[0])
elif AWS_STORAGE_BUCKET_NAME and AWS_S3_ENDPOINT_URL:
    CSP_MEDIA_ORIGINS.append("{0.scheme}://{0.netloc}".format(urlsplit(AWS_S3_ENDPOINT_URL)))
elif AWS_STORAGE_BUCKET_NAME:
    CSP_MEDIA_ORIGINS.append(f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com")
    if AWS_S3_REGION_NAME:
        CSP_MEDIA_ORIGINS.append(
            f"https://{AWS_STORAGE_BUCKET_NAME}.s3.{AWS_S3_REGION_NAME}.amazonaws.com"
        )
CSP_FRAME_ORIGINS = env.get_list(
    "CSP_FRAME_ORIGINS",
    ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
)
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *CSP_MEDIA_ORIGINS],
        "media-src": ["'self'", *CSP_MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": CSP_FRAME_ORIGINS or ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}
# CSP_REPORT_URI: where browsers report violations (e.g. a Sentry CSP endpoint); none by default.
# (Not kept as a setting of that name: django-csp 4 refuses its old CSP_* settings.)
if env.get_str("CSP_REPORT_URI"):
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["report-uri"] = [env.get_str("CSP_REPORT_URI")]
# Browser features the site never uses are switched off (django-permissions-policy).
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
}

# Sign-in protection (django-axes): after AXES_FAILURE_LIMIT failed sign-ins for one user name,
# from any addresses, that user name is locked for AXES_COOLOFF_MINUTES; after as many failed
# sign-ins from one address, for any user names, that address is locked too. Attempts are kept
# in the database, so every app server sees them. Unlock with `manage.py axes_reset`.
# AxesBackend is axes' standalone backend plus ModelBackend's get_user(), so that code which
# signs a user in with the first backend (Wagtail's test helpers do) still works.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_ENABLED = True
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = env.get_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_MINUTES = env.get_int("AXES_COOLOFF_MINUTES", 30)
AXES_COOLOFF_TIME = timedelta(minutes=AXES_COOLOFF_MINUTES)
# Each entry counts on its own: a user name whatever the address (an attacker rotating
# addresses), an address whatever the user name (one client trying many user names).
AXES_LOCKOUT_PARAMETERS = [["username"], ["ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "home.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "home.security.client_ip_address"
# Log only what the lockout counts (not the user agent), and no start-up banner on every command.
AXES_VERBOSE = False
# The reverse proxies and load balancers in front of the app servers, as addresses or CIDR
# networks ("10.0.0.0/8,192.0.2.7"). X-Forwarded-For is read only from a request whose
# REMOTE_ADDR is one of them, hop by hop from the right while the hop is one of them too
# (home.security.client_ip_address). Empty: the header is ignored (anyone can forge it).
TRUSTED_PROXIES = env.get_list("TRUSTED_PROXIES")
for _proxy in TRUSTED_PROXIES:
    try:
        ip_network(_proxy, strict=False)
    except ValueError as error:
        raise ImproperlyConfigured(
            f"TRUSTED_PROXIES must list IP addresses or CIDR networks, not {_proxy!r}."
        ) from error
# TRUSTED_PROXY_COUNT (a number of proxies) trusted the header from any client: refuse it, so
# that an old environment does not silently lose its proxy configuration.
if env.get_str("TRUSTED_PROXY_COUNT"):
    raise ImproperlyConfigured(
        "TRUSTED_PROXY_COUNT is no longer read: list the proxies' addresses or networks in "
        "TRUSTED_PROXIES instead (see README, Security)."
    )


# Two-factor sign-in (twofactor/, README "Two-factor sign-in"): users who can see personal data
# must set up a second factor; everyone else may. Production always requires it; in dev it can
# be switched off with TWO_FACTOR_REQUIRED=false (the demo accounts have a demo device anyway).
TWO_FACTOR_REQUIRED = env.get_bool("TWO_FACTOR_REQUIRED", True)
# Authenticator apps show this name next to the account.
OTP_TOTP_ISSUER = "Idéslussen"
# Wrong codes make the next try wait 1, 2, 4, 8 ... seconds (django-otp's throttling).
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_STATIC_THROTTLE_FACTOR = 1
# Passkeys (django-otp-webauthn) belong to the host name of WAGTAILADMIN_BASE_URL. Browsers allow
# them only over HTTPS or on http://localhost, so a plain-http address falls back to localhost.
_admin_origin = urlsplit(WAGTAILADMIN_BASE_URL)
OTP_WEBAUTHN_RP_ID = _admin_origin.hostname if _admin_origin.scheme == "https" else "localhost"
OTP_WEBAUTHN_RP_NAME = "Idéslussen"
OTP_WEBAUTHN_ALLOWED_ORIGINS = [
    f"{_admin_origin.scheme}://{_admin_origin.netloc}"
    if _admin_origin.scheme == "https"
    else "http://localhost" + (f":{_admin_origin.port}" if _admin_origin.port else "")
]
# Passkeys are a second factor after the password, never a sign-in of their own.
OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN = False
# Only staff have accounts: private pages and documents send visitors to the admin's sign-in.
WAGTAIL_FRONTEND_LOGIN_URL = "/admin/login/"
# Editors' avatars are not fetched from Gravatar (that would send a hash of their e-mail there).
WAGTAIL_GRAVATAR_PROVIDER_URL = None

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- E-mail and tasks --------------------------------------------------------------------------

EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
# Tasks run immediately, in the request, here; production uses the database queue and a worker.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# --- Wagtail -----------------------------------------------------------------------------------

WAGTAIL_SITE_NAME = "Idéslussen"
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# search.backend picks a language-aware PostgreSQL backend, or SQLite FTS (see search/backend.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
# No inline style on public pages (CSP): the video block's CSS gives embeds their shape.
WAGTAILEMBEDS_RESPONSIVE_HTML = False
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {
            "features": ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]
        },
    }
}

# --- Caching -----------------------------------------------------------------------------------

# The page cache (home/cache.py, README "Caching"): anonymous responses of public pages and the
# page chrome, kept in the Django cache (CACHES: Redis in production, local memory otherwise).
PAGE_CACHE_ENABLED = env.get_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_SECONDS = env.get_int("PAGE_CACHE_SECONDS", 300)
FRAGMENT_CACHE_SECONDS = env.get_int("FRAGMENT_CACHE_SECONDS", 3600)
# Only these query parameters (the listing filters and pagination) give a cached variant; any
# other parameter, or a longer query string, is served without the cache.
PAGE_CACHE_QUERY_PARAMETERS = {
    "page", "phase", "audience", "duration", "people", "format", "stage", "area",
    "municipality", "environment", "status", "sector", "target_group", "open", "sort",
}  # fmt: skip
PAGE_CACHE_MAX_QUERY_LENGTH = 200
# Cache-Control of cached pages: browsers keep them CACHE_MAX_AGE seconds, shared caches (a CDN)
# CACHE_S_MAXAGE seconds. Raise the latter when a frontend-cache purge is configured below.
CACHE_CONTROL_MAX_AGE = env.get_int("CACHE_MAX_AGE", 300)
CACHE_CONTROL_S_MAXAGE = env.get_int("CACHE_S_MAXAGE", 300)
# Purging a CDN or caching proxy when a page is published or unpublished (Wagtail's frontend
# cache). Off unless configured: FRONTEND_CACHE_PURGE_URL for a proxy that accepts PURGE (Varnish,
# nginx), FRONTEND_CACHE_CLOUDFLARE_TOKEN + _ZONE_ID, FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID.
FRONTEND_CACHE_PURGE_URL = env.get_str("FRONTEND_CACHE_PURGE_URL")
FRONTEND_CACHE_CLOUDFLARE_TOKEN = env.get_str("FRONTEND_CACHE_CLOUDFLARE_TOKEN")
FRONTEND_CACHE_CLOUDFLARE_ZONE_ID = env.get_str("FRONTEND_CACHE_CLOUDFLARE_ZONE_ID")
FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID = env.get_str("FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID")
WAGTAILFRONTENDCACHE = {}
if FRONTEND_CACHE_PURGE_URL:
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": FRONTEND_CACHE_PURGE_URL,
    }
if FRONTEND_CACHE_CLOUDFLARE_TOKEN:
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": FRONTEND_CACHE_CLOUDFLARE_TOKEN,
        "ZONEID": FRONTEND_CACHE_CLOUDFLARE_ZONE_ID,
    }
if FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID:
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID,
    }
# Page URLs are purged as they are: Swedish pages have no language prefix to add.
WAGTAILFRONTENDCACHE_LANGUAGES = []

# --- Logging -----------------------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Tracking tokens are secrets: masked in every record that reaches a handler (home/logs.py).
    "filters": {"mask_tracking_tokens": {"()": "home.logs.TrackingTokenFilter"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["mask_tracking_tokens"]}
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {"django": {"handlers": ["console"], "level": LOG_LEVEL, "propagate": False}},
}

# --- Forms -------------------------------------------------------------------------------------

FORM_MIN_FILL_SECONDS = env.get_int("FORM_MIN_FILL_SECONDS", 3)
# A form token older than this is refused (the form is shown again with a new one).
FORM_TOKEN_MAX_AGE = env.get_int("FORM_TOKEN_MAX_AGE", 60 * 60 * 3)
# At most this many e-mails a day to one address typed into a form (receipts, confirmations).
MAIL_LIMIT_PER_ADDRESS = env.get_int("MAIL_LIMIT_PER_ADDRESS", 5)
# At most this many submissions per client and form within this many seconds.
FORM_RATE_LIMIT = (env.get_int("FORM_RATE_LIMIT", 5), env.get_int("FORM_RATE_LIMIT_WINDOW", 600))

# Jobs that `manage.py run_scheduled_jobs` runs, as (command, interval in seconds). Production
# may run the same commands from cron or systemd timers instead (README, Deployment).
SCHEDULED_JOBS = [
    ("publish_scheduled", 60),
    ("send_pending_mail", 5 * 60),
    ("send_follow_up_reminders", 60 * 60),
    ("offer_course_seats", 5 * 60),
    ("purge_personal_data", 24 * 60 * 60),
    ("check_links", 24 * 60 * 60),
]

# The link checker (`manage.py check_links`, daily; home/link_checker.py). External addresses are
# asked for with HEAD (GET where HEAD answers an error), each distinct address once per run, at
# most LINK_CHECK_CONCURRENCY at a time, giving up after LINK_CHECK_TIMEOUT seconds. Without
# outbound HTTP, LINK_CHECK_EXTERNAL=false checks the links between pages only.
LINK_CHECK_EXTERNAL = env.get_bool("LINK_CHECK_EXTERNAL", True)
LINK_CHECK_TIMEOUT = env.get_int("LINK_CHECK_TIMEOUT", 10)
LINK_CHECK_CONCURRENCY = 4
# Addresses on the server's own networks (loopback, private, link-local) are never asked, so that
# a link in a page cannot make the server probe them; only the tests, with a local server, allow it.
LINK_CHECK_LOCAL_ADDRESSES = False
LINK_CHECK_USER_AGENT = f"Idesluss-link-checker/1.0 (+{WAGTAILADMIN_BASE_URL})"

# --- Personal data retention -------------------------------------------------------------------

# `manage.py purge_personal_data` (daily) runs each of these `purge(now) -> dict[str, int]`; the
# periods are in days (README, Security, "Retention and erasure"). Ideas: IDEA_RETENTION_DAYS above.
PERSONAL_DATA_PURGES = [
    "ideas.retention.purge",
    "courses.retention.purge",
    "testbeds.retention.purge",
    "home.retention.purge",
    "search.retention.purge",
    "home.outbox.purge",
    "home.form_protection.purge_spent_tokens",
    "home.mail_limit.purge",
]
# Course registrations are deleted this many days after the session; the "needs" text is
# erased as soon as the session has ended.
REGISTRATION_RETENTION_DAYS = env.get_int("REGISTRATION_RETENTION_DAYS", 90)
# A freed course seat is offered to the first on the waiting list, who has this many hours to
# confirm it (never beyond the start of the session); then the next one is offered it.
COURSE_OFFER_HOURS = env.get_int("COURSE_OFFER_HOURS", 48)
# Testbed contact requests, after sending (with the e-mails about them).
TESTBED_CONTACT_RETENTION_DAYS = env.get_int("TESTBED_CONTACT_RETENTION_DAYS", 180)
# Form submissions (the accessibility feedback form, editor-built forms), after sending.
FORM_SUBMISSION_RETENTION_DAYS = env.get_int("FORM_SUBMISSION_RETENTION_DAYS", 180)
# The search log behind the "Mest sökta" and "Sökningar utan träffar" reports.
SEARCH_LOG_RETENTION_DAYS = env.get_int("SEARCH_LOG_RETENTION_DAYS", 90)
