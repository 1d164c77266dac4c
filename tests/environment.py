"""Loaded by pytest before Django (`-p tests.environment`): the settings the suite runs under.

The tests run with debug off, as production does, but over plain HTTP and without hashed static
file names (those need `collectstatic`). DATABASE_URL and REDIS_URL come from the caller.
"""

import os

os.environ.setdefault("DJANGO_DEBUG", "0")
os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-secret-key-not-for-production-0123456789")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault("DJANGO_HTTPS", "0")
os.environ.setdefault("DJANGO_STATIC_MANIFEST", "0")
os.environ.setdefault("DJANGO_CONN_MAX_AGE", "0")
