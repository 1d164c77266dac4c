"""The review workflow of articles: who may move an article from one status to another.

    draft ──submit──▶ pending ──publish──▶ published ──unpublish──▶ hidden
      ▲                  │  (a publisher may publish a draft or a hidden article directly)
      └─────return───────┘

A Biên tập viên (news.submit_article) writes their own drafts and submits them; a Duyệt bài
(news.publish_article) publishes, schedules (a future `published_at`), unpublishes and returns
articles to their writer. Every move is recorded in StatusChange, and is made here and nowhere
else: the admin's form, buttons and actions all call these functions, which check the user's
permissions themselves, so a forged request cannot skip a rule.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from mttq_portal.pagecache import announce_change

from .models import Article, StatusChange

Status = Article.Status

# The statuses each move starts from.
SUBMITTABLE = {Status.DRAFT}
PUBLISHABLE = {Status.DRAFT, Status.PENDING, Status.HIDDEN}
UNPUBLISHABLE = {Status.PUBLISHED}
RETURNABLE = {Status.PENDING}

MESSAGE_NO_SUBMIT = "Bạn không có quyền gửi bài viết để duyệt."
MESSAGE_NOT_YOURS = "Bạn chỉ được gửi duyệt bài viết do chính mình tạo."
MESSAGE_NO_PUBLISH = "Bạn không có quyền xuất bản, hẹn giờ hay gỡ bài viết."
MESSAGE_NOT_DRAFT = "Chỉ gửi duyệt được bản nháp; bài này đang ở trạng thái “{status}”."
MESSAGE_ALREADY_PUBLISHED = "Bài viết đã được xuất bản (hoặc đã hẹn giờ) rồi."
MESSAGE_NOT_PUBLISHED = "Chỉ gỡ được bài đang xuất bản hoặc đang hẹn giờ; bài này đang “{status}”."
MESSAGE_NOT_PENDING = "Chỉ trả lại được bài đang chờ duyệt; bài này đang “{status}”."
MESSAGE_UNKNOWN_STATUS = "Trạng thái không hợp lệ."


def can_publish(user) -> bool:
    """Return whether `user` may publish, schedule, unpublish and return any article."""
    return user.has_perm("news.publish_article")


def can_edit(user, article: Article) -> bool:
    """Return whether `user` may change `article`'s content.

    A publisher edits any article; anyone else only their own drafts, so that what a publisher
    reviewed (pending) or published cannot change behind their back.
    """
    if not user.has_perm("news.change_article"):
        return False
    if can_publish(user):
        return True
    return article.status == Status.DRAFT and (article.pk is None or article.author_id == user.pk)


def check_transition(*, article: Article, user, to_status: str) -> None:
    """Raise PermissionDenied or ValidationError if `user` may not move `article` to `to_status`.

    Looks at the article as given; the services check again on the locked row.
    """
    status = article.status
    label = Status(status).label if status in Status.values else status
    if to_status == Status.PENDING:
        if not user.has_perm("news.submit_article"):
            raise PermissionDenied(MESSAGE_NO_SUBMIT)
        if article.pk is not None and article.author_id != user.pk and not can_publish(user):
            raise PermissionDenied(MESSAGE_NOT_YOURS)
        if status not in SUBMITTABLE:
            raise ValidationError(MESSAGE_NOT_DRAFT.format(status=label), code="status")
    elif to_status in (Status.PUBLISHED, Status.HIDDEN, Status.DRAFT):
        if not can_publish(user):
            raise PermissionDenied(MESSAGE_NO_PUBLISH)
        allowed, message = {
            Status.PUBLISHED: (PUBLISHABLE, MESSAGE_ALREADY_PUBLISHED),
            Status.HIDDEN: (UNPUBLISHABLE, MESSAGE_NOT_PUBLISHED),
            Status.DRAFT: (RETURNABLE, MESSAGE_NOT_PENDING),
        }[to_status]
        if status not in allowed:
            raise ValidationError(message.format(status=label), code="status")
    else:
        raise ValidationError(MESSAGE_UNKNOWN_STATUS, code="status")


def allowed_statuses(*, article: Article, user) -> list[str]:
    """Return the statuses `user` may give `article`: its own, and those it may move to."""
    allowed = []
    for status in Status.values:
        try:
            if status != article.status:
                check_transition(article=article, user=user, to_status=status)
        except (PermissionDenied, ValidationError):
            continue
        allowed.append(status)
    return allowed


def _move(*, article, user, to_status, published_at=None, note="", reason="") -> Article:
    """Check and apply one move on the locked row, record it, and refresh `article`."""
    with transaction.atomic():
        # Lock the row so that two publishers acting at once cannot both move it.
        locked = Article.objects.select_for_update().get(pk=article.pk)
        check_transition(article=locked, user=user, to_status=to_status)
        from_status = locked.status
        locked.status = to_status
        if to_status == Status.PUBLISHED:
            locked.published_at = published_at or locked.published_at or timezone.now()
        locked._history_user = user
        locked._change_reason = reason
        locked.save(update_fields=["status", "published_at", "updated_at"])
        StatusChange.objects.create(
            article=locked,
            user=user,
            from_status=from_status,
            to_status=to_status,
            note=note[:300],
        )
        announce_change()
    article.status = locked.status
    article.published_at = locked.published_at
    article.updated_at = locked.updated_at
    return article


def article_submit(*, article: Article, user, note: str = "") -> Article:
    """Send a draft for review (draft → pending). Only its writer, or a publisher, may."""
    return _move(
        article=article, user=user, to_status=Status.PENDING, note=note, reason="Gửi duyệt"
    )


def article_publish(*, article: Article, user, published_at=None, note: str = "") -> Article:
    """Publish an article, now or at `published_at`.

    A future `published_at` schedules it: Article.objects.published() compares with the
    current time, so the article appears by itself when the time comes, with no job to run.
    Without `published_at`, an article keeps the time it already has (a scheduled time set
    beforehand, or its first publication when it comes back from hidden), else now.
    """
    return _move(
        article=article,
        user=user,
        to_status=Status.PUBLISHED,
        published_at=published_at,
        note=note,
        reason="Xuất bản",
    )


def article_unpublish(*, article: Article, user, note: str = "") -> Article:
    """Take a published or scheduled article down (published → hidden)."""
    return _move(article=article, user=user, to_status=Status.HIDDEN, note=note, reason="Gỡ bài")


def article_return(*, article: Article, user, note: str = "") -> Article:
    """Return an article under review to its writer for changes (pending → draft)."""
    return _move(
        article=article,
        user=user,
        to_status=Status.DRAFT,
        note=note,
        reason="Trả lại để sửa",
    )


SERVICES = {
    Status.PENDING: article_submit,
    Status.PUBLISHED: article_publish,
    Status.HIDDEN: article_unpublish,
    Status.DRAFT: article_return,
}


def article_transition(
    *, article: Article, user, to_status: str, published_at=None, note: str = ""
) -> Article:
    """Move `article` to `to_status` with the service that move belongs to."""
    service = SERVICES.get(to_status)
    if service is None:
        raise ValidationError(MESSAGE_UNKNOWN_STATUS, code="status")
    if to_status == Status.PUBLISHED:
        return service(article=article, user=user, published_at=published_at, note=note)
    return service(article=article, user=user, note=note)
