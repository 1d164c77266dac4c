"""The least Django that answers a page: no apps, no middleware, no templates.

Served by gunicorn with the same configuration as the portal, it measures what the machine,
gunicorn and Django's request cycle cost on their own during the same run. Its short page uses
no database; its floor page (bench/baseline/urls.py) reads the benchmark's database, given in
BENCH_DATABASE_URL, through psycopg 3.
"""

import os
from urllib.parse import urlsplit

DEBUG = False
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "bench-baseline-not-a-real-secret-key-00000000")
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "bench.baseline.urls"
INSTALLED_APPS = []
MIDDLEWARE = []
DATABASES = {}
if os.environ.get("BENCH_DATABASE_URL"):
    _url = urlsplit(os.environ["BENCH_DATABASE_URL"])
    DATABASES["default"] = {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": _url.path.lstrip("/"),
        "USER": _url.username or "",
        "PASSWORD": _url.password or "",
        "HOST": _url.hostname or "",
        "PORT": _url.port or "",
        "CONN_MAX_AGE": 60,  # as the portal's
        "OPTIONS": {
            # The floor page's statement commits asynchronously, as the portal's counted views
            # do (bench/baseline/urls.py): set once per connection by libpq, not per request.
            "options": "-c synchronous_commit=off",
            # Without these two, the floor's execute(..., prepare=True) would silently prepare
            # nothing: Django gives psycopg 3 connections a client-side-binding cursor class
            # (ClientCursor never prepares) and prepare_threshold=None (preparing off, even
            # when asked). Server-side binding, as the portal's settings have; the threshold is
            # psycopg's own default, and the floor's statement is the only one a connection
            # runs more than once.
            "server_side_binding": True,
            "prepare_threshold": 5,
        },
    }
USE_TZ = True
LOGGING_CONFIG = None
