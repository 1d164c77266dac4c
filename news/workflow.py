"""The review workflow of articles: the moves staff make, and who may make each.

    draft ──submit──▶ pending ──publish / schedule──▶ published ──unpublish──▶ hidden
      ▲                  │        (a publisher may also publish or schedule a draft or a hidden
      └─return/withdraw──┘         article directly, and publish a scheduled one at once)

A Biên tập viên (news.submit_article) writes their own drafts, submits them ("Gửi duyệt") and
may withdraw one under review ("Rút lại") to change it; a Duyệt bài (news.publish_article)
publishes ("Xuất bản ngay"), schedules ("Hẹn giờ xuất bản…": a future `published_at`),
unpublishes ("Gỡ bài") and returns articles to their writer with a note the writer sees ("Trả
lại cho tác giả"). Each move is one transaction on the locked row, recorded in StatusChange, and
is made here and nowhere else: the admin's buttons and actions all call apply_move(), which
checks the user's rights itself, so a forged request cannot skip a rule.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.formats import date_format

from mttq_portal.pagecache import announce_change

from . import desks, notifications
from .images import images_missing_alt
from .models import Article, StatusChange

Status = Article.Status

MESSAGE_NO_SUBMIT = "Bạn không có quyền gửi bài viết để duyệt."
MESSAGE_NOT_YOURS = "Bạn chỉ được gửi duyệt hay rút lại bài viết do chính mình tạo."
MESSAGE_NO_PUBLISH = "Bạn không có quyền xuất bản, hẹn giờ hay gỡ bài viết."
MESSAGE_NOT_FROM = "Không thể «{move}» bài đang ở trạng thái “{status}”."
MESSAGE_ALREADY_PUBLISHED = "Bài viết đã được xuất bản rồi."
MESSAGE_NO_TIME = "Hãy chọn ngày và giờ hẹn đăng bài (ngày/tháng/năm giờ:phút)."
MESSAGE_PAST_TIME = (
    "Giờ hẹn đăng phải sau thời điểm hiện tại; muốn đăng ngay hãy bấm «Xuất bản ngay»."
)
MESSAGE_EXPIRES_FIRST = (
    "Bài hết hạn hiển thị trước giờ đăng: hãy đổi hoặc xóa «Hết hạn hiển thị lúc» rồi xuất bản."
)
MESSAGE_NO_NOTE = "Hãy ghi chú cho tác giả biết cần sửa gì trước khi trả lại bài."
MESSAGE_UNKNOWN_MOVE = "Thao tác không hợp lệ."
MESSAGE_NO_ALT = (
    "Chưa xuất bản được: ảnh {images} chưa có văn bản thay thế (mô tả ảnh cho người không xem "
    "được ảnh). Bấm vào ảnh trong nội dung, chọn nút «Sửa văn bản thay thế của ảnh» để nhập."
)


@dataclass(frozen=True)
class Move:
    """One move of the workflow: its button, the statuses it starts from and leads to."""

    key: str
    label: str
    to_status: str
    from_statuses: frozenset
    by_publisher: bool  # else: by the article's writer (or a publisher acting for them)
    reason: str  # the version's change reason (django-simple-history)
    done: str  # the success message


MOVES = {
    move.key: move
    for move in (
        Move("submit", "Gửi duyệt", Status.PENDING, frozenset({Status.DRAFT}), False,
             "Gửi duyệt", "Đã gửi bài để duyệt."),
        Move("withdraw", "Rút lại", Status.DRAFT, frozenset({Status.PENDING}), False,
             "Rút lại để sửa", "Đã rút bài về bản nháp; bạn có thể sửa tiếp rồi gửi duyệt lại."),
        Move("publish", "Xuất bản ngay", Status.PUBLISHED,
             frozenset({Status.DRAFT, Status.PENDING, Status.HIDDEN, Status.PUBLISHED}), True,
             "Xuất bản", "Đã xuất bản bài viết."),
        Move("schedule", "Hẹn giờ xuất bản…", Status.PUBLISHED,
             frozenset({Status.DRAFT, Status.PENDING, Status.HIDDEN, Status.PUBLISHED}), True,
             "Hẹn giờ xuất bản", "Đã hẹn giờ đăng bài lúc {when}."),
        Move("return", "Trả lại cho tác giả", Status.DRAFT, frozenset({Status.PENDING}), True,
             "Trả lại để sửa", "Đã trả bài viết cho tác giả kèm ghi chú."),
        Move("unpublish", "Gỡ bài", Status.HIDDEN, frozenset({Status.PUBLISHED}), True,
             "Gỡ bài", "Đã gỡ bài viết khỏi trang."),
    )
}  # fmt: skip


def can_publish(user) -> bool:
    """Return whether `user` is a publisher: one who publishes, schedules, unpublishes and
    returns articles (in their desks' categories: check_move() asks news.desks)."""
    return user.has_perm("news.publish_article")


def can_edit(user, article: Article) -> bool:
    """Return whether `user` may change `article`'s content.

    A publisher edits the articles of the desks they review; anyone else only their own drafts
    in their desks' categories, so that what a publisher reviewed (pending) or published cannot
    change behind their back (news.desks).
    """
    if not user.has_perm("news.change_article"):
        return False
    category = article.category if article.category_id else None
    if can_publish(user):
        return desks.reviews_in(user, category)
    own_draft = article.status == Status.DRAFT and (
        article.pk is None or article.author_id == user.pk
    )
    return own_draft and desks.writes_in(user, category)


def check_move(*, article: Article, user, move: str, published_at=None, note: str = "") -> Move:
    """Return the Move `move` names, or raise PermissionDenied or ValidationError if `user` may
    not make it on `article` (as given: apply_move() checks again on the locked row)."""
    step = MOVES.get(move)
    if step is None:
        raise ValidationError(MESSAGE_UNKNOWN_MOVE, code="move")
    category = article.category if article.category_id else None
    if step.by_publisher:
        if not can_publish(user):
            raise PermissionDenied(MESSAGE_NO_PUBLISH)
        if not desks.reviews_in(user, category):
            raise PermissionDenied(desks.MESSAGE_NOT_YOUR_DESK.format(category=category))
    else:
        if not user.has_perm("news.submit_article"):
            raise PermissionDenied(MESSAGE_NO_SUBMIT)
        if not desks.writes_in(user, category):
            raise PermissionDenied(desks.MESSAGE_NOT_YOUR_DESK.format(category=category))
        theirs = article.pk is None or article.author_id == user.pk
        # A publisher may submit for a writer; taking one's article back is the writer's own.
        if not theirs and (step.key == "withdraw" or not can_publish(user)):
            raise PermissionDenied(MESSAGE_NOT_YOURS)
    status = article.status
    if status not in step.from_statuses:
        label = Status(status).label if status in Status.values else status
        raise ValidationError(
            MESSAGE_NOT_FROM.format(move=step.label.rstrip("…"), status=label), code="status"
        )
    if step.key in ("publish", "schedule") and article.is_public:
        raise ValidationError(MESSAGE_ALREADY_PUBLISHED, code="status")
    if step.key == "schedule":
        if published_at is None:
            raise ValidationError(MESSAGE_NO_TIME, code="time")
        if published_at <= timezone.now():
            raise ValidationError(MESSAGE_PAST_TIME, code="time")
    if step.key == "return" and not note.strip():
        raise ValidationError(MESSAGE_NO_NOTE, code="note")
    if step.to_status == Status.PUBLISHED and article.expires_at is not None:
        goes_public = published_at if step.key == "schedule" else timezone.now()
        if article.expires_at <= goes_public:
            raise ValidationError(MESSAGE_EXPIRES_FIRST, code="time")
    if step.to_status == Status.PUBLISHED:
        undescribed = images_missing_alt(article.body or "")
        if undescribed:
            raise ValidationError(
                MESSAGE_NO_ALT.format(images=", ".join(f"«{name}»" for name in undescribed)),
                code="alt",
            )
    return step


def allowed_moves(*, article: Article, user) -> list[Move]:
    """Return the moves `user` may offer on `article` now, in the order of MOVES (a schedule or
    a return is offered; its time or note is asked for when it is made)."""
    offered = []
    probe = {"published_at": timezone.now() + timedelta(days=1), "note": "-"}
    for step in MOVES.values():
        try:
            check_move(article=article, user=user, move=step.key, **probe)
        except ValidationError as error:
            # A photo without its description is the article's to fix: the button stays, and
            # pressing it says which photo (a button that vanished would say nothing).
            if error.code != "alt":
                continue
        except PermissionDenied:
            continue
        offered.append(step)
    return offered


def apply_move(*, article: Article, user, move: str, published_at=None, note: str = "") -> Move:
    """Check and make one move on the locked row, record it, refresh `article`; return it."""
    with transaction.atomic():
        # Lock the row so that two publishers acting at once cannot both move it.
        locked = Article.objects.select_for_update().get(pk=article.pk)
        step = check_move(
            article=locked, user=user, move=move, published_at=published_at, note=note
        )
        from_status = locked.status
        locked.status = step.to_status
        if step.key == "publish":
            # Back from hidden, an article keeps the time it was first published; a draft,
            # or a scheduled article published at once, is published now.
            now = timezone.now().replace(microsecond=0)  # a valid HTML datetime, to the second
            first = locked.published_at
            locked.published_at = first if first is not None and first <= now else now
        elif step.key == "schedule":
            locked.published_at = published_at
        locked._history_user = user
        locked._change_reason = step.reason
        locked.save(update_fields=["status", "published_at", "updated_at"])
        StatusChange.objects.create(
            article=locked,
            user=user,
            from_status=from_status,
            to_status=step.to_status,
            note=note.strip()[:300],
        )
        announce_change()
        if step.key == "submit":
            transaction.on_commit(lambda: notifications.mail_submitted(locked.pk))
    article.status = locked.status
    article.published_at = locked.published_at
    article.updated_at = locked.updated_at
    return step


def done_message(step: Move, article: Article) -> str:
    """Return the success message of `step`, once made on `article`."""
    if step.key == "schedule":
        when = date_format(timezone.localtime(article.published_at), "SHORT_DATETIME_FORMAT")
        return step.done.format(when=when)
    return step.done


def article_submit(*, article: Article, user, note: str = "") -> Article:
    """Send a draft for review (draft → pending). Only its writer, or a publisher, may."""
    apply_move(article=article, user=user, move="submit", note=note)
    return article


def article_withdraw(*, article: Article, user, note: str = "") -> Article:
    """Take one's own article back from review to change it (pending → draft)."""
    apply_move(article=article, user=user, move="withdraw", note=note)
    return article


def article_publish(*, article: Article, user, published_at=None, note: str = "") -> Article:
    """Publish an article now, or at a future `published_at` (a schedule; so is a future time
    the article already has).

    A scheduled article appears by itself when the time comes (Article.objects.published()
    compares with the current time): there is no job to run. Published now, an article keeps
    the time of its first publication when it comes back from hidden.
    """
    now = timezone.now()
    if published_at is None and article.published_at and article.published_at > now:
        published_at = article.published_at  # a time set beforehand: still a schedule
    if published_at is not None and published_at > now:
        apply_move(
            article=article, user=user, move="schedule", published_at=published_at, note=note
        )
    else:
        apply_move(article=article, user=user, move="publish", note=note)
    return article


def article_unpublish(*, article: Article, user, note: str = "") -> Article:
    """Take a published or scheduled article down (published → hidden)."""
    apply_move(article=article, user=user, move="unpublish", note=note)
    return article


def article_return(*, article: Article, user, note: str = "Trả lại để sửa") -> Article:
    """Return an article under review to its writer, with a note they see (pending → draft)."""
    apply_move(article=article, user=user, move="return", note=note)
    return article
