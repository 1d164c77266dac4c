"""Desks: each category has its editors and its publishers (Category.editors, .publishers),
assigned in the admin by an administrator or the Tổng biên tập.

An editor writes and submits only in the categories whose desk lists them, a publisher
reviews, edits, schedules and publishes only there; a category whose list for a role is empty
is open to every member of that role (so a portal works as before until its desks are
staffed). A superuser and the Tổng biên tập role (news.work_on_all_desks) work on every desk.
news.workflow asks these functions on every move and edit, so a forged request outside one's
desk is refused whatever the form offered.
"""

from django.db.models import Count, Q

from .models import Category

ALL_DESKS = "news.work_on_all_desks"

MESSAGE_NOT_YOUR_DESK = "Chuyên mục «{category}» không thuộc ban biên tập của bạn."


def on_every_desk(user) -> bool:
    return user.has_perm(ALL_DESKS)


def writes_in(user, category) -> bool:
    """Return whether `user` may write and submit in `category` (its editors, its publishers)."""
    if category is None or on_every_desk(user):
        return True
    return categories_written_by(user).filter(pk=category.pk).exists()


def reviews_in(user, category) -> bool:
    """Return whether `user` may review, schedule and publish in `category`."""
    if category is None or on_every_desk(user):
        return True
    return categories_reviewed_by(user).filter(pk=category.pk).exists()


def categories_written_by(user):
    """Return the categories `user` may write in: their desks, and those open to every editor
    (no editor listed) or, for a publisher, their review desks."""
    if on_every_desk(user):
        return Category.objects.all()
    open_to_all = Q(editor_count=0)
    return (
        Category.objects.annotate(editor_count=Count("editors", distinct=True))
        .filter(open_to_all | Q(editors=user) | Q(pk__in=categories_reviewed_by(user).values("pk")))
        .distinct()
    )


def categories_reviewed_by(user):
    """Return the categories `user` may review in, if they are a publisher at all."""
    if on_every_desk(user):
        return Category.objects.all()
    if not user.has_perm("news.publish_article"):
        return Category.objects.none()
    return (
        Category.objects.annotate(publisher_count=Count("publishers", distinct=True))
        .filter(Q(publisher_count=0) | Q(publishers=user))
        .distinct()
    )
