"""Import files between their preview and their confirmation: kept by the server, never named
by the client.

An officer uploads a file, sees the preview, and confirms. What the confirm form carries is a
token signed with the secret key: the key of the file kept in the database (KeptImport), the
user who uploaded it and what it is to be imported into. claim() trusts nothing else: a forged,
altered, expired or already used token, one of another user or for another target, is refused
with a Vietnamese message (ImportRefused, answered as HTTP 400), and nothing but the kept file is
ever read or deleted. A file is claimed once: a second confirm (a replay, a double click) finds
it gone. Files left unconfirmed are deleted once they are older than MAX_AGE.
"""

import uuid
from dataclasses import dataclass
from datetime import timedelta

from django.core import signing
from django.db import transaction
from django.utils import timezone

from .models import KeptImport

MAX_AGE = 60 * 60  # seconds between the preview and its confirmation
_SALT = "mttq_portal.import_store"

MESSAGE_EXPIRED = "Bản xem trước đã quá 1 giờ; hãy tải tệp lên lại."
MESSAGE_INVALID = "Dữ liệu xác nhận không hợp lệ; hãy tải tệp lên lại."
MESSAGE_USED = "Tệp này đã được nhập hoặc đã hết hạn; hãy tải tệp lên lại nếu cần."
MESSAGE_OTHER = "Bản xem trước này không phải của bạn, hoặc không dành cho trang này."


class ImportRefused(Exception):
    """A confirmation that cannot be trusted; str() is the Vietnamese reason."""


@dataclass(frozen=True)
class Kept:
    """A claimed import file: its content and what the uploader called it."""

    file_name: str
    file_format: str
    content: bytes


def keep(content: bytes, *, user, target: str, file_name: str, file_format: str) -> str:
    """Keep an uploaded file for `user` and `target`; return the token its confirmation sends."""
    now = timezone.now()
    KeptImport.objects.filter(uploaded_at__lt=now - timedelta(seconds=MAX_AGE)).delete()
    kept = KeptImport.objects.create(
        key=uuid.uuid4(),
        user=user,
        target=target,
        file_name=file_name[:255],
        file_format=file_format,
        content=content,
        uploaded_at=now,
    )
    return signing.dumps({"key": kept.key.hex, "user": user.pk, "target": target}, salt=_SALT)


def claim(token, *, user, target: str) -> Kept:
    """Return the file `token` refers to and delete it, or raise ImportRefused saying why."""
    try:
        data = signing.loads(str(token), salt=_SALT, max_age=MAX_AGE)
        key = uuid.UUID(hex=data["key"])
        token_user, token_target = data["user"], data["target"]
    except signing.SignatureExpired as error:
        raise ImportRefused(MESSAGE_EXPIRED) from error
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise ImportRefused(MESSAGE_INVALID) from error
    if token_user != user.pk or token_target != target:
        raise ImportRefused(MESSAGE_OTHER)
    with transaction.atomic():
        kept = (
            KeptImport.objects.select_for_update().filter(key=key, user=user, target=target).first()
        )
        if kept is None:
            raise ImportRefused(MESSAGE_USED)
        kept.delete()
    return Kept(file_name=kept.file_name, file_format=kept.file_format, content=bytes(kept.content))
