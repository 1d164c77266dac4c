"""E-mail of the newsroom: when an article is sent for review, the publishers of its desk
(news.desks; every publisher when the category lists none) are told by e-mail, through
Django's e-mail backend (printed on the console in development). Each may switch it off on the
admin's start page (NewsroomSettings). A mail that cannot be sent is logged, never an error of
the move: the article is under review all the same and shows on their start page."""

import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.urls import reverse

from . import desks
from .models import Article, NewsroomSettings

logger = logging.getLogger(__name__)


def reviewers_to_mail(article: Article) -> list:
    """Return the active staff who review `article`'s category (news.desks), have an address,
    and still want the mail; the writer aside. Staff are few: each is asked in Python."""
    opted_out = NewsroomSettings.objects.filter(mail_on_submit=False).values("user")
    candidates = (
        get_user_model()
        .objects.filter(is_active=True, is_staff=True)
        .exclude(email="")
        .exclude(pk__in=opted_out)
        .exclude(pk=article.author_id)
    )
    return [user for user in candidates if desks.reviews_in(user, article.category)]


def mail_submitted(article_pk: int) -> int:
    """Tell the reviewers of an article sent for review; return how many were mailed."""
    article = Article.objects.select_related("category", "author").get(pk=article_pk)
    recipients = [user.email for user in reviewers_to_mail(article)]
    if not recipients:
        return 0
    from .editing import person

    link = reverse("admin:news_article_change", args=[article.pk])
    site = settings.SITE_URL.rstrip("/")
    body = (
        f"{person(article.author)} vừa gửi bài «{article.title}» (chuyên mục "
        f"{article.category}) để duyệt.\n\nXem và duyệt bài: {site}{link}\n\n"
        "Muốn thôi nhận thư này, hãy tắt ở trang đầu của trang quản trị."
    )
    try:
        send_mail(
            f"Bài chờ duyệt: {article.title}"[:200],
            body,
            settings.DEFAULT_FROM_EMAIL,
            recipients,
        )
    except Exception:  # the SMTP server is down or refuses: the article is under review anyway
        logger.exception("Mail about article %s sent for review failed", article.pk)
        return 0
    return len(recipients)
