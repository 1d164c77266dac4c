"""Two people never overwrite each other's work on one article.

**Edit locks.** Opening an article's form takes its lock (EditLock) for that user, unless
someone else holds it: then the page says who and since when, opens read-only, and offers
"Nhận quyền sửa", an explicit take-over. The holder's open page renews the lock (each request,
and static/js/admin-edit-lock.js every minute); a lock not renewed for LOCK_SECONDS (the page
was closed) is free again. Saving with "Lưu" releases it.

**Versions.** The form carries the version it was opened at (the article's `updated_at`, which
every save and every move of the workflow renews). A save whose version is not the stored one,
because someone saved or moved the article since, is refused with who did it and when, and
nothing is written: never silently applied. So is a save by someone whose lock was taken over.
Both are checked on the row locked for the save (the admin's form runs in one transaction).
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.utils import timezone
from django.utils.formats import date_format

from .models import Article, EditLock

LOCK_SECONDS = 5 * 60

MESSAGE_NEWER = (
    "Bài viết đã được {who} lưu lúc {when}, sau khi bạn mở trang này. Nội dung bạn vừa sửa "
    "chưa được lưu: hãy chép lại phần đã sửa, tải lại trang rồi sửa tiếp trên bản mới."
)
MESSAGE_TAKEN = (
    "{who} đã nhận quyền sửa bài này lúc {when}. Nội dung bạn vừa sửa chưa được lưu: hãy chép "
    "lại phần đã sửa rồi trao đổi với {who}."
)


def person(user) -> str:
    """Return how staff call `user`: their full name in Vietnamese order (the family and middle
    names, Django's last_name "Họ", before the given name, first_name "Tên": "Trần Thị Lan"),
    else their login name."""
    if user is None:
        return "một người khác"
    name = " ".join(part for part in (user.last_name.strip(), user.first_name.strip()) if part)
    return name or user.get_username()


def when(moment) -> str:
    return date_format(timezone.localtime(moment), "SHORT_DATETIME_FORMAT")


@dataclass(frozen=True)
class Holder:
    """Someone else editing an article: who, since when."""

    user: object
    since: datetime

    def __str__(self):
        return f"Bài viết đang được {person(self.user)} sửa từ {when(self.since)}."


def open_for(article: Article, user) -> Holder | None:
    """Take or renew `article`'s lock for `user` and return None, or return the Holder of a
    live lock of someone else (the lock is left to them)."""
    now = timezone.now()
    lock = EditLock.objects.select_related("user").filter(article=article).first()
    if lock is not None and lock.user_id != user.pk and lock.seen_at > now - _lifetime():
        return Holder(lock.user, lock.since)
    if lock is not None and lock.user_id == user.pk:
        EditLock.objects.filter(pk=lock.pk, user=user).update(seen_at=now)
    else:
        EditLock.objects.update_or_create(
            article=article, defaults={"user": user, "since": now, "seen_at": now}
        )
    return None


def renew(article: Article, user) -> bool:
    """Renew `user`'s lock on `article` (the open page's heartbeat); False if they lost it."""
    return bool(EditLock.objects.filter(article=article, user=user).update(seen_at=timezone.now()))


def take_over(article: Article, user) -> None:
    """Give `article`'s lock to `user`, whoever held it: an explicit action of theirs."""
    now = timezone.now()
    EditLock.objects.update_or_create(
        article=article, defaults={"user": user, "since": now, "seen_at": now}
    )


def release(article: Article, user) -> None:
    EditLock.objects.filter(article=article, user=user).delete()


def version_of(article: Article) -> str:
    """Return the version token of `article` as stored (empty for a new article)."""
    return article.updated_at.isoformat() if article.updated_at else ""


def save_refusal(article: Article, user, loaded_version: str) -> str | None:
    """Return why `user` may not save `article` opened at `loaded_version`, or None.

    Reads the row with SELECT … FOR UPDATE: call it inside the save's transaction.
    """
    current = Article.objects.select_for_update().filter(pk=article.pk).first()
    if current is None:
        return None
    lock = EditLock.objects.select_related("user").filter(article=article).first()
    if lock is not None and lock.user_id != user.pk and lock.seen_at > timezone.now() - _lifetime():
        return MESSAGE_TAKEN.format(who=person(lock.user), when=when(lock.since))
    if loaded_version != version_of(current):
        last = current.history.select_related("history_user").first()
        who = person(last.history_user) if last is not None else "một người khác"
        return MESSAGE_NEWER.format(who=who, when=when(current.updated_at))
    return None


def _lifetime():
    return timedelta(seconds=LOCK_SECONDS)
