"""Settings for the MTTQ provincial portal.

Everything that differs between a laptop and a production server comes from the environment
(see `.env.example`). The defaults are the safe production ones: debug off, HTTPS only, and a
secret key that must be given.
"""

from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import environ
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

DEBUG = env.bool("DJANGO_DEBUG", default=False)

SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is not set. Production (DJANGO_DEBUG=0) needs a long random "
            "secret key, for example: "
            'python -c "import secrets; print(secrets.token_urlsafe(50))"'
        )
    SECRET_KEY = "django-insecure-development-only-key-never-use-in-production"

ALLOWED_HOSTS = env.list(
    "DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"] if DEBUG else []
)
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

SITE_NAME = env.str("SITE_NAME", default="Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")
SITE_TAGLINE = env.str("SITE_TAGLINE", default="Cổng thông tin điện tử")
SITE_ADDRESS = env.str("SITE_ADDRESS", default="Trụ sở Ủy ban MTTQ Việt Nam tỉnh")
SITE_PHONE = env.str("SITE_PHONE", default="")
SITE_EMAIL = env.str("SITE_EMAIL", default="")
# The person responsible for the portal's content (Nghị định 42/2022/NĐ-CP), shown in the footer.
SITE_CONTENT_OWNER = env.str("SITE_CONTENT_OWNER", default="")
# The absolute address of the public site, used where a page names itself outside a request
# (feeds, share links, canonical links in e-mails). Requests use their own host otherwise.
SITE_URL = env.str("SITE_URL", default="")

ADMIN_URL = env.str("ADMIN_URL", default="quan-tri/").strip("/") + "/"

# E-mail to staff (news.notifications: an article sent for review). In development it is printed
# on the console; in production set DJANGO_EMAIL_URL, e.g. smtp+tls://user:password@host:587.
# (EMAIL_BACKEND, EMAIL_HOST, EMAIL_PORT, … as django-environ documents it.)
vars().update(
    env.email_url("DJANGO_EMAIL_URL", default="consolemail://" if DEBUG else "smtp://localhost:25")
)
DEFAULT_FROM_EMAIL = env.str(
    "DJANGO_DEFAULT_FROM_EMAIL", default=SITE_EMAIL or "webmaster@localhost"
)
EMAIL_TIMEOUT = 10

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django_ckeditor_5",
    "import_export",
    "simple_history",
    "csp",
    "mttq_portal.axes_app.LoginThrottleConfig",  # django-axes, named in Vietnamese
    "mttq_portal",
    "news",
    "models_registry",
    "awards",
    "pages",
    "documents",
    "galleries",
]

MIDDLEWARE = [
    # First: a cached public page is stored with every header the middlewares below gave it,
    # and served without them (mttq_portal.pagecache).
    "mttq_portal.pagecache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # After WhiteNoise (static files need no policy), before the rest so that every page,
    # redirects and error pages included, carries the headers.
    "mttq_portal.middleware.ContentSecurityPolicyMiddleware",
    "mttq_portal.middleware.PermissionsPolicyMiddleware",
    "mttq_portal.middleware.AdminLoginRateLimitMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes requires: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "mttq_portal.urls"
WSGI_APPLICATION = "mttq_portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "mttq_portal.context_processors.site",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'var' / 'db.sqlite3'}")
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DJANGO_CONN_MAX_AGE", default=60)
# Off by default: the check is one more round trip (SELECT 1) at the start of every request.
# Without it, a worker whose kept connection died (a database restart) fails one request and
# opens a new connection for the next.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = env.bool("DJANGO_CONN_HEALTH_CHECKS", default=False)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # psycopg 3 sends values apart from the statement (server-side binding) and prepares a
    # statement once it has run DJANGO_DB_PREPARE_THRESHOLD times on a connection: PostgreSQL
    # then plans the hot queries (the article page's, the lists') once per connection instead
    # of once per request. "off" turns preparing off, for a PgBouncer in transaction mode older
    # than 1.21 or without max_prepared_statements (README, Production).
    _prepare = env.str("DJANGO_DB_PREPARE_THRESHOLD", default="2").strip().lower()
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        server_side_binding=True,
        prepare_threshold=None if _prepare in ("off", "none", "") else int(_prepare),
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    # Redis speeds the site up but is never needed: while it refuses, hangs or is gone, every
    # call is a miss after at most DJANGO_REDIS_TIMEOUT seconds, then at once for
    # DJANGO_REDIS_RETRY_SECONDS before Redis is tried again (mttq_portal.cache).
    _redis_timeout = env.float("DJANGO_REDIS_TIMEOUT", default=0.25)
    CACHES = {
        "default": {
            "BACKEND": "mttq_portal.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "mttq",
            "OPTIONS": {
                "socket_connect_timeout": _redis_timeout,
                "socket_timeout": _redis_timeout,
                "RETRY_SECONDS": env.float("DJANGO_REDIS_RETRY_SECONDS", default=5.0),
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Whole public pages for readers without a session (mttq_portal.pagecache): kept at most this
# many seconds, and never past a change of public content or a scheduled article's time.
# 0 turns the page cache off.
PAGE_CACHE_SECONDS = env.int("DJANGO_PAGE_CACHE_SECONDS", default=300)
# How often each process reads the content version from the database: a change made on another
# app server shows here within this many seconds (at once on the server that made it).
PAGE_CACHE_RECHECK_SECONDS = env.float("DJANGO_PAGE_CACHE_RECHECK_SECONDS", default=1.0)
# Each process's own copies of pages and page parts (local memory, no round trip): at most this
# many entries, about 70 KB each at most, so 400 entries are about 28 MB per worker.
CACHES["pages"] = {
    "BACKEND": "mttq_portal.cache.LocalObjectCache",
    "LOCATION": "mttq-pages",
    "TIMEOUT": PAGE_CACHE_SECONDS or 300,
    "OPTIONS": {"MAX_ENTRIES": env.int("DJANGO_PAGE_CACHE_LOCAL_ENTRIES", default=400)},
}
# Counted views of one article one client address may add per minute, whatever cookies it sends
# (news.services.view_within_cap): far above what readers behind one office or carrier address
# produce of one article.
VIEW_COUNT_CAP_PER_MINUTE = env.int("DJANGO_VIEW_COUNT_CAP_PER_MINUTE", default=60)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Vietnamese throughout. Django's `vi` locale has no input formats and shows dates in words, so
# our own format module makes every date read and print day first: 24/04/2020.
LANGUAGE_CODE = "vi"
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
FORMAT_MODULE_PATH = ["mttq_portal.formats"]
# The project's Vietnamese first, before Django's and the apps' own (admin, auth, JavaScript).
LOCALE_PATHS = [BASE_DIR / "mttq_portal" / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "var" / "static")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "var" / "media")
# Hashed, compressed names need `collectstatic`; development and tests serve the files as they are.
STATIC_MANIFEST = env.bool("DJANGO_STATIC_MANIFEST", default=not DEBUG)
# Files only staff may read (the commendation proposals' letters and minutes): never under
# MEDIA_ROOT, which the web server serves; the admin hands them out after its permission checks
# (awards.storage).
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=BASE_DIR / "var" / "private")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if STATIC_MANIFEST
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# HTTPS: on by default whenever debug is off. Behind a proxy that terminates TLS, name the header
# it sets, e.g. DJANGO_SECURE_PROXY_SSL_HEADER=HTTP_X_FORWARDED_PROTO,https
HTTPS = env.bool("DJANGO_HTTPS", default=not DEBUG)
_proxy_header = env.list("DJANGO_SECURE_PROXY_SSL_HEADER", default=[])
if _proxy_header:
    if len(_proxy_header) != 2:
        raise ImproperlyConfigured(
            "DJANGO_SECURE_PROXY_SSL_HEADER takes a header and a value, "
            "e.g. HTTP_X_FORWARDED_PROTO,https"
        )
    SECURE_PROXY_SSL_HEADER = tuple(_proxy_header)
# The header holding the real client address when behind a proxy (e.g. HTTP_X_FORWARDED_FOR or
# HTTP_X_REAL_IP). Empty: the socket address, which a client cannot forge.
CLIENT_IP_HEADER = env.str("DJANGO_CLIENT_IP_HEADER", default="")
# Per client address, as "requests/seconds": star ratings and searches. Every limit counts an
# IPv6 client by its /64 network, an IPv4 one by its address (mttq_portal.ratelimit.client_key).
RATE_LIMIT_RATING = env.str("RATE_LIMIT_RATING", default="20/60")
RATE_LIMIT_SEARCH = env.str("RATE_LIMIT_SEARCH", default="30/60")
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = env.int("DJANGO_HSTS_SECONDS", default=31536000 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("DJANGO_HSTS_PRELOAD", default=True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_ENGINE = "mttq_portal.sessions"
SESSION_COOKIE_AGE = env.int("DJANGO_SESSION_COOKIE_AGE", default=8 * 60 * 60)
# The session cookie carries a Max-Age (SESSION_COOKIE_AGE) rather than living "until the browser
# closes": browsers that restore tabs keep session cookies for weeks, a Max-Age they honour.
SESSION_EXPIRE_AT_BROWSER_CLOSE = False

# Content Security Policy (django-csp 4). Public pages run only our own static scripts (or an
# inline one carrying the per-request nonce); nothing is evaluated from strings.
_media_origin = ""
if urlsplit(MEDIA_URL).netloc:  # media served from another host (S3, a CDN)
    _media_origin = "{0.scheme}://{0.netloc}".format(urlsplit(MEDIA_URL))
_img_sources = [SELF, "data:", *filter(None, [_media_origin])]
_img_sources += env.list("DJANGO_CSP_EXTRA_IMG_SRC", default=[])
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": _img_sources,
        "media-src": [SELF, *filter(None, [_media_origin])],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "upgrade-insecure-requests": HTTPS,
    }
}
# The back office (the admin, CKEditor 5's upload URL included) has its own policy, swapped in
# by mttq_portal.middleware: CKEditor 5 writes <style> elements and style attributes and
# previews pasted or uploaded images as blob: and data: URLs. Scripts stay static files there.
CONTENT_SECURITY_POLICY_BACK_OFFICE = {
    "URL_PREFIXES": [f"/{ADMIN_URL}"],
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [*_img_sources, "blob:"],
        "font-src": [SELF, "data:"],
    },
}
# Browser features the portal never uses, switched off for every page and anything it embeds.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
    "interest-cohort": [],
    "browsing-topics": [],
}

# Admin login throttling (django-axes), recorded in the database so that every app server sees
# the same failures. Lockout is per account, whatever the address: a password guessed from many
# addresses (a botnet) is still stopped after AXES_FAILURE_LIMIT tries, and colleagues behind one
# office address are not locked out by one person's typos. The price, that anyone can lock an
# account for the cooling-off period, is paid by waiting or by an administrator's unlock
# (`manage.py axes_reset_username <name>`, or deleting the access attempt in the admin).
AUTHENTICATION_BACKENDS = [
    "mttq_portal.backends.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("DJANGO_LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("DJANGO_LOGIN_COOLOFF_MINUTES", default=30))
AXES_LOCKOUT_PARAMETERS = ["username"]
# axes.W006 warns that a lockout without the address can be dodged by rotating user agents or
# cookies; a lockout by username alone ignores both. Guessing across many accounts from one
# address is limited instead by ADMIN_LOGIN_RATE_LIMIT below, which counts failures only: a
# shared office address does not reach it by ordinary typing mistakes, nor by logging in.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
AXES_RESET_ON_SUCCESS = True
# Retrying during the lockout does not restart it: the real owner may try again when told.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_CLIENT_IP_CALLABLE = "mttq_portal.backends.login_client_ip"
AXES_LOCKOUT_TEMPLATE = "axes/lockout.html"
AXES_HTTP_RESPONSE_CODE = 429
AXES_COOLOFF_MESSAGE = "Tài khoản tạm bị khóa do đăng nhập sai quá nhiều lần. Vui lòng thử lại sau."
AXES_PERMALOCK_MESSAGE = (
    "Tài khoản bị khóa do đăng nhập sai quá nhiều lần. Hãy liên hệ quản trị viên để mở khóa."
)
# Failed admin logins per client address (mttq_portal.middleware.AdminLoginRateLimitMiddleware),
# whichever accounts they try: after LIMIT failures in WINDOW seconds, every login POST from the
# address gets 429 until the window ends, a right password too. Successful logins never count.
ADMIN_LOGIN_RATE_LIMIT = env.int("DJANGO_ADMIN_LOGIN_RATE_LIMIT", default=30)
ADMIN_LOGIN_RATE_WINDOW = 15 * 60

# Where `manage.py backup` writes its timestamped folders unless told otherwise (--to).
BACKUP_ROOT = env.path("DJANGO_BACKUP_ROOT", default=BASE_DIR / "var" / "backups")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="WARNING")},
}

# CKEditor 5 (django-ckeditor-5), used under its GPL licence.
# The package's build loads more plugins than an article may hold. Removed: Markdown and
# FullPage, which would make the editor save Markdown or a whole HTML page instead of HTML, and
# those whose output news/sanitizer.py strips on save (inline styles, embeds, raw HTML), so that
# staff never see formatting that vanishes. Paste from Word (PasteFromOffice) stays.
_ckeditor_removed_plugins = [
    "Markdown", "FullPage", "GeneralHtmlSupport", "Style", "HtmlEmbed", "SourceEditing",
    "MediaEmbed", "Font", "Highlight", "Alignment", "TableProperties", "TableCellProperties",
    "ImageResize", "CodeBlock", "Code", "TodoList", "ListProperties", "IndentBlock",
    "PageBreak", "Mention",
]  # fmt: skip
CKEDITOR_5_CONFIGS = {
    "default": {
        "licenseKey": "GPL",
        "removePlugins": _ckeditor_removed_plugins,
        "toolbar": ["heading", "|", "bold", "italic", "link", "bulletedList", "numberedList"],
        "language": "vi",
        "ui": {"poweredBy": {"label": "Trình soạn thảo"}},
    },
    "article": {
        "licenseKey": "GPL",
        "removePlugins": _ckeditor_removed_plugins,
        "toolbar": {
            "items": [
                "heading", "|", "bold", "italic", "underline", "link", "|",
                "bulletedList", "numberedList", "blockQuote", "insertTable", "uploadImage", "|",
                "removeFormat", "undo", "redo",
            ],
        },
        "image": {
            "insert": {"type": "block"},
            "upload": {"types": ["jpeg", "png", "webp", "gif"]},
            "toolbar": [
                "toggleImageCaption", "imageTextAlternative", "|",
                "imageStyle:alignLeft", "imageStyle:alignCenter", "imageStyle:alignRight",
            ],
        },
        "table": {
            "contentToolbar": ["tableColumn", "tableRow", "mergeTableCells", "toggleTableCaption"],
        },
        "link": {"defaultProtocol": "https://"},
        # The badge CKEditor shows under a focused editor says "Powered by" unless told.
        "ui": {"poweredBy": {"label": "Trình soạn thảo"}},
        "heading": {
            "options": [
                {"model": "paragraph", "title": "Đoạn văn", "class": "ck-heading_paragraph"},
                {"model": "heading2", "view": "h2", "title": "Tiêu đề 2",
                 "class": "ck-heading_heading2"},
                {"model": "heading3", "view": "h3", "title": "Tiêu đề 3",
                 "class": "ck-heading_heading3"},
                {"model": "heading4", "view": "h4", "title": "Tiêu đề 4",
                 "class": "ck-heading_heading4"},
            ]
        },
        "placeholder": "Nội dung bài viết…",
        "language": "vi",
    },
}  # fmt: skip
# The site's article styles inside the editor (static/css/editor-content.css).
CKEDITOR_5_CUSTOM_CSS = "css/editor-content.css"
# The editor uploads to news.uploads.editor_image_upload, served by the article admin: staff who
# may write articles, real images only, re-encoded under names the server chooses. The
# package's own upload view (any staff, any extension, stored as sent) is not routed.
CK_EDITOR_5_UPLOAD_FILE_VIEW_NAME = "admin:news_article_image_upload"
CKEDITOR_5_UPLOAD_FILE_TYPES = ["jpeg", "png", "webp", "gif"]
CKEDITOR_5_FILE_UPLOAD_PERMISSION = "staff"
