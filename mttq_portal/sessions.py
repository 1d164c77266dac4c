"""Database sessions that refuse a malformed session key before it reaches the database.

Django only checks a key's length, so a `sessionid` cookie holding a NUL byte reached
PostgreSQL, which cannot store NUL in text, and the request failed with a server error. Keys
Django makes are 32 lower-case letters and digits; anything else is treated as no session.
"""

import re

from django.contrib.sessions.backends.db import SessionStore as DatabaseSessionStore

SESSION_KEY = re.compile(r"[a-z0-9]{8,40}")


class SessionStore(DatabaseSessionStore):
    def _validate_session_key(self, key):
        return bool(key) and SESSION_KEY.fullmatch(key) is not None
