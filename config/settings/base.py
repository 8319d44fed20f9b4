"""Settings shared by every environment. Security is on here; dev and test relax it.

Every environment variable the project reads is read in this file, through config.env.
"""

from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url

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
# Personal data of finished ideas is erased this many days after their last change.
IDEA_RETENTION_DAYS = env.get_int("IDEA_RETENTION_DAYS", 365)
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
    "home.security.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Above sessions, CSRF and authentication: it sees the cookies they set (home/cache.py).
    "home.cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # A view that cannot reach the database answers 503, "try again in a moment" (home/unavailable).
    "home.unavailable.DatabaseUnavailableMiddleware",
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
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Stockholm"

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

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
# Browser features the site never uses are switched off (home.security.PermissionsPolicyMiddleware).
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

# Sign-in protection (django-axes): after AXES_FAILURE_LIMIT failed sign-ins for one user name
# from one address, that pair is locked for AXES_COOLOFF_MINUTES. Attempts are kept in the
# database, so every app server sees them. Unlock with `manage.py axes_reset`.
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
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "home.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "home.security.client_ip_address"
# Log only what the lockout counts (not the user agent), and no start-up banner on every command.
AXES_VERBOSE = False
# The number of proxies in front of the app servers that append to X-Forwarded-For; 0 means the
# client's address is REMOTE_ADDR and X-Forwarded-For is ignored (it can be forged).
TRUSTED_PROXY_COUNT = env.get_int("TRUSTED_PROXY_COUNT", 0)
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
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {"django": {"handlers": ["console"], "level": LOG_LEVEL, "propagate": False}},
}

# --- Forms -------------------------------------------------------------------------------------

FORM_MIN_FILL_SECONDS = env.get_int("FORM_MIN_FILL_SECONDS", 3)
# At most this many submissions per client and form within this many seconds.
FORM_RATE_LIMIT = (env.get_int("FORM_RATE_LIMIT", 5), env.get_int("FORM_RATE_LIMIT_WINDOW", 600))
