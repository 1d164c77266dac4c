"""The least Django that answers a page: no apps, no middleware, no database, no templates.

Served by gunicorn with the same configuration as the portal, it measures what the machine,
gunicorn and Django's request cycle cost on their own during the same run.
"""

import os

DEBUG = False
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "bench-baseline-not-a-real-secret-key-00000000")
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "bench.baseline.urls"
INSTALLED_APPS = []
MIDDLEWARE = []
DATABASES = {}
USE_TZ = True
LOGGING_CONFIG = None
