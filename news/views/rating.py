"""A reader's 1 to 5 star rating of an article."""

import secrets

from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from mttq_portal.ratelimit import configured_limit, is_limited

from .. import services
from ..forms import RatingForm
from ..models import Article
from .readers import VOTER_COOKIE, VOTER_SALT, set_voter_cookie

MESSAGE_RATED = "Cảm ơn bạn đã đánh giá bài viết {score}/5 sao."
MESSAGE_ALREADY_RATED = "Bạn đã đánh giá bài viết này rồi. Mỗi người chỉ đánh giá một lần."
MESSAGE_NOT_FOUND = "Không tìm thấy bài viết, hoặc bài viết chưa được xuất bản."
MESSAGE_RATING_LIMITED = "Bạn gửi đánh giá quá nhanh. Vui lòng thử lại sau ít phút."


def wants_json(request):
    """Return True when the page's script asked (article.js sends both signals)."""
    if request.headers.get("X-Requested-With") == "XMLHttpRequest":
        return True
    return request.get_preferred_type(["text/html", "application/json"]) == "application/json"


def rating_answer(request, article, message, status):
    """Return the refusal of a vote: JSON for the script, a short page for a plain form."""
    if wants_json(request):
        return JsonResponse({"ok": False, "message": message}, status=status)
    context = {"article": article, "message": message}
    return render(request, "news/rating_refused.html", context, status=status)


@require_POST
def rate(request, slug):
    """Record the reader's 1 to 5 score for a published article, once per reader."""
    limit, window = configured_limit("RATE_LIMIT_RATING", "20/60")
    if is_limited(request, "rate", limit=limit, window=window):
        response = rating_answer(request, None, MESSAGE_RATING_LIMITED, 429)
        response["Retry-After"] = str(window)
        return response
    article = Article.objects.published().filter(slug=slug).first()
    if article is None:
        return rating_answer(request, None, MESSAGE_NOT_FOUND, 404)
    form = RatingForm(request.POST)
    if not form.is_valid():
        return rating_answer(request, article, form.first_error(), 400)

    token = request.get_signed_cookie(VOTER_COOKIE, default=None, salt=VOTER_SALT)
    new_token = None if token else secrets.token_urlsafe(32)
    score = form.cleaned_data["score"]
    try:
        services.rating_record(
            article=article, voter_key=services.voter_key(token or new_token), score=score
        )
    except services.AlreadyRated:
        return rating_answer(request, article, MESSAGE_ALREADY_RATED, 409)

    message = MESSAGE_RATED.format(score=score)
    if wants_json(request):
        response = JsonResponse(
            {
                "ok": True,
                "message": message,
                "score": score,
                "rating_sum": article.rating_sum,
                "rating_count": article.rating_count,
                "rating_average": article.rating_average,
            }
        )
    else:
        messages.success(request, message)
        response = redirect(article.get_absolute_url() + "#danh-gia")
    if new_token:
        set_voter_cookie(response, new_token)
    return response
