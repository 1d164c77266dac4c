import secrets
from urllib.parse import urlencode, urljoin

from django.conf import settings
from django.contrib import messages
from django.db.models import Prefetch
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.templatetags.static import static
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.views.decorators.http import require_POST
from django.views.generic import DetailView, ListView, TemplateView

from awards.search import search_commendations
from models_registry.search import search_programs, search_units
from mttq_portal.ratelimit import is_limited

from . import services
from .forms import RatingForm, SearchForm
from .models import Article, Category

# Article ids this reader was counted for, and when: a signed cookie, so that anonymous
# readers need no database session.
RECENT_VIEWS_COOKIE = "da_xem"
RECENT_VIEWS_SALT = "news.recent-views"
# A random token naming this reader's browser for one vote per article; only its hash is stored.
VOTER_COOKIE = "voter"
VOTER_SALT = "news.voter"
VOTER_COOKIE_AGE = 2 * 365 * 24 * 60 * 60
HOME_FEATURED = 5
HOME_LATEST = 10
HOME_PER_CATEGORY = 4
HOME_MOST_READ = 5
RELATED_ARTICLES = 6

MESSAGE_RATED = "Cảm ơn bạn đã đánh giá bài viết {score}/5 sao."
MESSAGE_ALREADY_RATED = "Bạn đã đánh giá bài viết này rồi. Mỗi người chỉ đánh giá một lần."
MESSAGE_NOT_FOUND = "Không tìm thấy bài viết, hoặc bài viết chưa được xuất bản."
MESSAGE_RATING_LIMITED = "Bạn gửi đánh giá quá nhanh. Vui lòng thử lại sau ít phút."
MESSAGE_SEARCH_LIMITED = "Bạn tìm kiếm quá nhanh. Vui lòng chờ một phút rồi thử lại."


def rate_limit(setting, default):
    """Return (requests, seconds) from a setting written "20/60": 20 requests per 60 seconds."""
    value = getattr(settings, setting, default)
    if isinstance(value, list | tuple):
        return int(value[0]), int(value[1])
    limit, _, window = str(value).partition("/")
    return int(limit), int(window or 60)


def absolute_url(request, url):
    """Return `url` made absolute on SITE_URL when set (canonical links must not depend on the
    Host a request came by), else on this request's own address."""
    base = (
        settings.SITE_URL.rstrip("/") + "/"
        if settings.SITE_URL
        else request.build_absolute_uri("/")
    )
    return urljoin(base, url)


def local_iso(moment):
    """Return `moment` in ISO 8601 at the site's time zone: 2020-04-24T09:15:00+07:00."""
    return timezone.localtime(moment).isoformat(timespec="seconds")


def reader_voter_key(request):
    """Return the hashed voter key of this reader's signed cookie, or None without one."""
    token = request.get_signed_cookie(VOTER_COOKIE, default=None, salt=VOTER_SALT)
    return services.voter_key(token) if token else None


def can_preview(user):
    return user.is_authenticated and user.is_staff and user.has_perm("news.view_article")


class HomeView(TemplateView):
    template_name = "news/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        public = Article.objects.published().for_listing()
        featured = list(public.filter(is_featured=True)[:HOME_FEATURED])
        # Without a featured article the newest one leads, and the list goes one further.
        latest_count = HOME_LATEST if featured else HOME_LATEST + 1
        latest = list(public.exclude(pk__in=[a.pk for a in featured])[:latest_count])
        lead = featured[0] if featured else (latest.pop(0) if latest else None)
        per_category = Article.objects.published().defer("body", "search_title", "search_text")
        categories = Category.objects.active().prefetch_related(
            Prefetch(
                "articles",
                queryset=per_category.order_by("-published_at", "-id")[:HOME_PER_CATEGORY],
                to_attr="home_articles",
            )
        )
        context.update(
            lead=lead,
            highlights=featured[1:],
            latest=latest,
            category_blocks=[c for c in categories if c.home_articles],
            most_read=public.most_read()[:HOME_MOST_READ],
        )
        return context


class CategoryView(ListView):
    paginate_by = 20
    template_name = "news/category_detail.html"
    context_object_name = "articles"

    def get_queryset(self):
        self.category = get_object_or_404(Category, slug=self.kwargs["slug"], is_active=True)
        return self.category.articles.published().for_listing()

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            category=self.category, breadcrumbs=[(self.category.name, None)], **kwargs
        )


class ArticleView(DetailView):
    template_name = "news/article_detail.html"
    context_object_name = "article"
    is_preview = False

    def get_object(self, queryset=None):
        """Return the published article of this slug; for staff allowed to preview, any
        article of this slug. One SELECT for the public, its reader's score included."""
        slug = self.kwargs["slug"]
        public = Article.objects.published().with_reader_score(reader_voter_key(self.request))
        try:
            return public.select_related("category").get(slug=slug)
        except Article.DoesNotExist:
            if not can_preview(self.request.user):
                raise Http404(MESSAGE_NOT_FOUND) from None
        any_status = Article.objects.with_reader_score(None).select_related("category")
        try:
            article = any_status.get(slug=slug)
        except Article.DoesNotExist:
            raise Http404(MESSAGE_NOT_FOUND) from None
        self.is_preview = True
        return article

    def get(self, request, *args, **kwargs):
        self.object = self.get_object()
        recent = services.recent_views_load(
            request.get_signed_cookie(
                RECENT_VIEWS_COOKIE,
                default="",
                salt=RECENT_VIEWS_SALT,
                max_age=services.VISIT_SECONDS,
            )
        )
        # A HEAD request (link checkers, uptime monitors) reads nothing: it is not a view.
        counted = request.method == "GET" and services.view_record(
            article=self.object,
            user_agent=request.headers.get("User-Agent", ""),
            recent_views=recent,
            is_preview=self.is_preview,
        )
        response = self.render_to_response(self.get_context_data(object=self.object))
        if counted:
            response.set_signed_cookie(
                RECENT_VIEWS_COOKIE,
                services.recent_views_dump(recent),
                salt=RECENT_VIEWS_SALT,
                max_age=services.VISIT_SECONDS,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        if self.is_preview:
            # A preview shows what the public may not see yet: no shared cache may keep it.
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
            response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        canonical = absolute_url(self.request, article.get_absolute_url())
        cover_url = (
            absolute_url(self.request, article.cover_image.url) if article.cover_image else ""
        )
        context.update(
            is_preview=self.is_preview,
            admin_change_url=self.admin_change_url(article) if self.is_preview else "",
            breadcrumbs=[
                (article.category.name, article.category.get_absolute_url()),
                (article.title, None),
            ],
            related_articles=article.other_news(RELATED_ARTICLES),
            canonical_url=canonical,
            cover_url=cover_url,
            facebook_share_url="https://www.facebook.com/sharer/sharer.php?"
            + urlencode({"u": canonical}),
            zalo_share_url="https://sp.zalo.me/share_inline?" + urlencode({"url": canonical}),
            news_article_ld=self.news_article_ld(article, canonical, cover_url),
        )
        return context

    @staticmethod
    def admin_change_url(article):
        try:
            return reverse("admin:news_article_change", args=[article.pk])
        except NoReverseMatch:
            return ""

    def news_article_ld(self, article, canonical, cover_url):
        """Return the schema.org NewsArticle describing `article`, for search engines."""
        publisher = {
            "@type": "Organization",
            "name": settings.SITE_NAME,
            "url": absolute_url(self.request, "/"),
            "logo": {
                "@type": "ImageObject",
                "url": absolute_url(self.request, static("img/logo.svg")),
            },
        }
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": article.title[:110],
            "description": article.summary,
            "mainEntityOfPage": {"@type": "WebPage", "@id": canonical},
            "url": canonical,
            "inLanguage": "vi",
            "articleSection": article.category.name,
            "author": (
                {"@type": "Person", "name": article.byline}
                if article.byline
                else {"@type": "Organization", "name": settings.SITE_NAME}
            ),
            "publisher": publisher,
            "dateModified": local_iso(article.updated_at),
        }
        if article.published_at:
            data["datePublished"] = local_iso(article.published_at)
        if cover_url:
            data["image"] = [cover_url]
        return data


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
    limit, window = rate_limit("RATE_LIMIT_RATING", "20/60")
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
        response.set_signed_cookie(
            VOTER_COOKIE,
            new_token,
            salt=VOTER_SALT,
            max_age=VOTER_COOKIE_AGE,
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=True,
            samesite="Lax",
        )
    return response


class SearchView(ListView):
    paginate_by = 20
    template_name = "news/search.html"
    context_object_name = "articles"

    def get(self, request, *args, **kwargs):
        form = SearchForm(request.GET)
        form.is_valid()  # QueryField accepts any text; this fills cleaned_data
        self.query, self.words = form.cleaned_data["q"], form.cleaned_data["words"]
        if self.words:
            limit, window = rate_limit("RATE_LIMIT_SEARCH", "30/60")
            if is_limited(request, "search", limit=limit, window=window):
                context = {"search_query": self.query, "limited": MESSAGE_SEARCH_LIMITED}
                response = render(request, self.template_name, context, status=429)
                response["Retry-After"] = str(window)
                return response
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        # The body stays: results show an excerpt of it when the article has no summary.
        articles = Article.objects.published().select_related("category").defer("search_text")
        return articles.search(self.words)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        first_page = context["page_obj"].number == 1
        others = {}
        if self.words and first_page:
            words = " ".join(self.words)
            others = {
                "programs": list(search_programs(words)),
                "units": list(search_units(words)),
                "commendations": list(search_commendations(words)),
            }
        context.update(
            search_query=self.query,
            words=self.words,
            page_query=urlencode({"q": self.query}),
            breadcrumbs=[("Tìm kiếm", None)],
            **others,
        )
        return context
