"""The admin's start page for the newsroom: each staff member's work, by where it stands."""

from django.db.models import OuterRef, Subquery
from django.utils import timezone

from . import desks
from .models import Article, NewsroomSettings, StatusChange

Status = Article.Status
SHOWN = 10  # articles per list; the list's link shows them all


def _last_move(field):
    moves = StatusChange.objects.filter(article=OuterRef("pk")).order_by("-changed_at", "-id")
    return Subquery(moves.values(field)[:1])


def waiting_for(user):
    """Return the articles under review that `user` may review (none for a writer)."""
    if not user.has_perm("news.publish_article"):
        return Article.objects.none()
    return Article.objects.filter(
        status=Status.PENDING, category__in=desks.categories_reviewed_by(user)
    )


def workbench(user) -> dict:
    """Return the lists of `user`'s start page: {"drafts", "returned", "waiting", "scheduled",
    "published", "waiting_count", "mail_on_submit", "is_publisher"}."""
    now = timezone.now()
    base = Article.objects.select_related("category").defer("body", "search_text")
    mine = base.filter(author=user, status=Status.DRAFT).annotate(
        last_from=_last_move("from_status"), last_by=_last_move("user")
    )
    mine = list(mine.order_by("-updated_at"))
    returned = [article for article in mine if _was_returned(article)]
    drafts = [article for article in mine if not _was_returned(article)]
    is_publisher = user.has_perm("news.publish_article")
    if is_publisher:
        scope = base.filter(category__in=desks.categories_reviewed_by(user))
    else:
        scope = base.filter(author=user)
    waiting = waiting_for(user).select_related("category", "author").order_by("updated_at")
    settings = NewsroomSettings.objects.filter(user=user).first()
    return {
        "drafts": drafts[:SHOWN],
        "returned": returned[:SHOWN],
        "waiting": list(waiting[:SHOWN]),
        "waiting_count": waiting.count(),
        "scheduled": list(
            scope.filter(status=Status.PUBLISHED, published_at__gt=now).order_by("published_at")[
                :SHOWN
            ]
        ),
        "published": list(
            scope.filter(status=Status.PUBLISHED, published_at__lte=now).order_by("-published_at")[
                :SHOWN
            ]
        ),
        "is_publisher": is_publisher,
        "mail_on_submit": settings.mail_on_submit if settings else True,
    }


def _was_returned(article):
    """A draft whose last move was a return by someone else (a publisher's note awaits)."""
    return article.last_from == Status.PENDING and article.last_by != article.author_id


def mail_on_submit_set(user, wanted: bool) -> None:
    NewsroomSettings.objects.update_or_create(user=user, defaults={"mail_on_submit": wanted})
