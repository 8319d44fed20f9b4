"""Settings shared by every environment. Security is on here; dev and test relax it.

Every environment variable the project reads is read in this file, through config.env.
"""

from pathlib import Path

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
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
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

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- E-mail and tasks --------------------------------------------------------------------------

EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
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
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {
            "features": ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]
        },
    }
}

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
