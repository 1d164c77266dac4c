import secrets
import time
import unicodedata
from urllib.parse import urlencode, urljoin

from django.conf import settings
from django.contrib import messages
from django.db import connection
from django.db.models import Prefetch
from django.http import Http404, HttpResponse, JsonResponse
from django.middleware.clickjacking import XFrameOptionsMiddleware
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.views.decorators.http import require_POST
from django.views.generic import DetailView, ListView, TemplateView

from awards.search import search_commendations
from models_registry.search import search_programs, search_units
from mttq_portal.pagecache import Skeleton, VersionedMemo, current_version, placeholder
from mttq_portal.prepared import PreparedQuery
from mttq_portal.ratelimit import is_limited

from . import services
from .forms import RatingForm, SearchForm
from .models import SEARCH_RESULTS_MAX, Article, Category
from .templatetags.news_tags import json_ld

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


def site_root(request):
    """Return the site's address with a final slash: SITE_URL when set (canonical links must
    not depend on the Host a request came by), else this request's own."""
    if settings.SITE_URL:
        return settings.SITE_URL.rstrip("/") + "/"
    return request.build_absolute_uri("/")


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
            most_read=public.most_read_lately(HOME_MOST_READ),
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


# Per-article values of the article page that are printed escaped; the others are markup
# already (the sanitized body, the JSON-LD element) or flags.
ARTICLE_SAFE_VALUES = {"body", "json_ld"}
ARTICLE_FLAGS = (
    "has_cover", "has_srcset", "has_caption", "has_summary", "has_byline", "has_source",
    "has_published",
)  # fmt: skip
MESSAGE_YOU_RATED = "Bạn đã đánh giá bài viết này {score}/5 sao. Cảm ơn bạn!"
MESSAGE_PREVIEW_NOT_RATED = "Bài chưa xuất bản nên chưa nhận đánh giá."


def truncate(text, length):
    """Truncator(text).chars(length), without its cost for a text that fits."""
    text = unicodedata.normalize("NFC", text)
    return text if len(text) <= length else Truncator(text).chars(length)


def grouped(number):
    """intcomma with the Vietnamese separator: 12344 gives "12.344"."""
    return f"{number:,}".replace(",", ".")


def one_decimal(number):
    """floatformat(number, "-1") in Vietnamese: 4.0 gives "4", 4.3 gives "4,3"."""
    text = f"{number:.1f}"
    return text[:-2] if text.endswith(".0") else text.replace(".", ",")


def article_display(request, article, *, is_preview=False):
    """Return what the article page prints of `article`, ready to print: texts, formatted
    numbers and dates, and the flags that choose which parts of the page appear.

    Written for speed (the article page runs it for every reader): the same strings
    formats.date_format, intcomma, floatformat and Truncator give, without their lookups of
    the active language and settings.
    """
    root = site_root(request)
    path = article.get_absolute_url()
    canonical = urljoin(root, path)
    has_cover = bool(article.cover_image)
    cover_url = urljoin(root, article.cover_image.url) if has_cover else ""
    srcset = article.cover_srcset if has_cover else ""
    described = article.summary or article.title
    published = timezone.localtime(article.published_at) if article.published_at else None
    reader_score = getattr(article, "reader_score", None)
    if reader_score:
        rating_status = MESSAGE_YOU_RATED.format(score=reader_score)
    else:
        rating_status = MESSAGE_PREVIEW_NOT_RATED if is_preview else ""
    return {
        "has_cover": has_cover,
        "has_srcset": bool(srcset),
        "has_caption": bool(article.cover_caption),
        "has_summary": bool(article.summary),
        "has_byline": bool(article.byline),
        "has_source": bool(article.source),
        "has_published": published is not None,
        "title": article.title,
        "meta_description": truncate(described, 300),
        "twitter_description": truncate(described, 200),
        "canonical_url": canonical,
        "cover_url": cover_url,
        "cover_src": article.cover_image.url if has_cover else "",
        "cover_srcset": srcset,
        "cover_alt": article.cover_caption or article.title,
        "cover_caption": article.cover_caption,
        "published_iso": published.isoformat() if published else "",
        "published_display": published.strftime("%d/%m/%Y %H:%M") if published else "",
        "modified_iso": timezone.localtime(article.updated_at).isoformat(),
        "summary": article.summary,
        "body": mark_safe(article.body),  # sanitized with nh3 on every save
        "byline": article.byline,
        "source": article.source,
        "facebook_share_url": "https://www.facebook.com/sharer/sharer.php?"
        + urlencode({"u": canonical}),
        "zalo_share_url": "https://sp.zalo.me/share_inline?" + urlencode({"url": canonical}),
        "json_ld": json_ld(news_article_ld(request, article, canonical, cover_url, root)),
        "view_count": grouped(article.view_count),
        "rating_sum": grouped(article.rating_sum),
        "rating_count": grouped(article.rating_count),
        "rating_average": one_decimal(article.rating_average),
        "rating_stars": article.rating_stars,
        "rate_url": reverse("news:rate", args=[article.slug]),
        "rating_disabled": " disabled" if is_preview or reader_score else "",
        "rating_status": rating_status,
    }


def news_article_ld(request, article, canonical, cover_url, root=None):
    """Return the schema.org NewsArticle describing `article`, for search engines."""
    root = root or site_root(request)
    publisher = _publishers.get(root)
    if publisher is None:
        publisher = _publishers[root] = {
            "@type": "Organization",
            "name": settings.SITE_NAME,
            "url": root,
            "logo": {"@type": "ImageObject", "url": urljoin(root, static("img/logo.svg"))},
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


# The publisher of news_article_ld() for each site address: the static() lookup of the logo
# is not free.
_publishers = {}


def other_news(article, version):
    """Return "Tin tức khác" for `article`: the category's latest others, or the site's.

    The category's latest few are read once per content version in this process; the
    article itself is left out of them.
    """
    latest = category_latest(article.category_id, version)
    others = [a for a in latest if a.pk != article.pk][:RELATED_ARTICLES]
    if others:
        return others
    return [
        a
        for a in _other_news_memo.get_or_build(
            version,
            ("site",),
            lambda: list(Article.objects.published().for_listing()[: RELATED_ARTICLES + 1]),
        )
        if a.pk != article.pk
    ][:RELATED_ARTICLES]


def category_latest(category_id, version):
    """Return the latest published articles of a category, one more than "Tin tức khác"
    shows, read once per content version in this process."""
    return _other_news_memo.get_or_build(
        version,
        ("category", category_id),
        lambda: list(
            Article.objects.published()
            .for_listing()
            .filter(category_id=category_id)[: RELATED_ARTICLES + 1]
        ),
    )


_other_news_memo = VersionedMemo()
_skeletons = VersionedMemo()


class ArticleView(DetailView):
    template_name = "news/article_detail.html"
    context_object_name = "article"
    is_preview = False

    def get_object(self, queryset=None):
        """Return the published article of this slug; for staff allowed to preview, any
        article of this slug. One SELECT for the public, its reader's score included."""
        slug = self.kwargs["slug"]
        try:
            return public_article(self.request, slug)
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
        counted, recent = count_view(request, self.object, is_preview=self.is_preview)
        response = self.render_to_response(self.get_context_data(object=self.object))
        if counted:
            set_recent_views_cookie(response, recent)
        if self.is_preview:
            # A preview shows what the public may not see yet: no shared cache may keep it.
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
            response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        display = article_display(self.request, article, is_preview=self.is_preview)
        context.update(
            a=display,
            is_preview=self.is_preview,
            admin_change_url=self.admin_change_url(article) if self.is_preview else "",
            breadcrumbs=[
                (article.category.name, article.category.get_absolute_url()),
                (article.title, None),
            ],
            related_articles=article.other_news(RELATED_ARTICLES)
            if self.is_preview
            else other_news(article, current_version()),
        )
        return context

    @classmethod
    def fast_response(cls, request, *, slug):
        """Return the page of a published article for a reader without a session, assembled
        from a rendering with placeholders (mttq_portal.pagecache.Skeleton) kept per category
        and page shape: one SELECT, the view counted, no template rendered. None otherwise
        (a HEAD request, an unknown or unpublished slug): the view answers those."""
        if request.method != "GET":
            return None
        version = current_version()
        try:
            article, counted, recent = read_and_count(request, slug, version)
        except Article.DoesNotExist:
            return None
        display = article_display(request, article)
        related = other_news(article, version)
        shape = tuple(display[flag] for flag in ARTICLE_FLAGS)
        skeleton = _skeletons.get_or_build(
            version,
            (article.category_id, shape, tuple(a.pk for a in related)),
            lambda: cls.skeleton(request, article, display, related),
        )
        _csrf.process_request(request)
        values = {
            name: (value if name in ARTICLE_SAFE_VALUES else escape(value))
            for name, value in display.items()
            if name not in ARTICLE_FLAGS and name != "rating_stars"
        }
        values.update((f"star{n}", kind) for n, kind in enumerate(display["rating_stars"]))
        values["csrf_token"] = escape(get_token(request))
        response = HttpResponse(skeleton.fill(values))
        if counted:
            set_recent_views_cookie(response, recent)
        response = _csrf.process_response(request, response)
        return _clickjacking.process_response(request, response)

    @classmethod
    def skeleton(cls, request, article, display, related):
        """Return the page of `article`'s category and shape with placeholders for its values."""
        values = {
            name: value if name in ARTICLE_FLAGS else placeholder(name)
            for name, value in display.items()
        }
        values["rating_stars"] = [placeholder(f"star{n}") for n in range(5)]
        context = {
            "article": article,
            "a": values,
            "is_preview": False,
            "csrf_token": placeholder("csrf_token"),
            "breadcrumbs": [
                (article.category.name, article.category.get_absolute_url()),
                (values["title"], None),
            ],
            "related_articles": related,
        }
        return Skeleton(render_to_string(cls.template_name, context, request=request))

    @staticmethod
    def admin_change_url(article):
        try:
            return reverse("admin:news_article_change", args=[article.pk])
        except NoReverseMatch:
            return ""


def public_article(request, slug):
    """Return the published article of `slug` with its category and this reader's score
    (one SELECT); raise Article.DoesNotExist."""
    return (
        Article.objects.published()
        .with_reader_score(reader_voter_key(request))
        .select_related("category")
        .defer("search_title", "search_text")
        .get(slug=slug)
    )


# What the article page prints of an article: every column but the search keys.
ARTICLE_PAGE_FIELDS = tuple(
    field.attname
    for field in Article._meta.concrete_fields
    if field.name not in ("search_title", "search_text")
)


def _article_page_rows(slug, now, voter=None):
    return (
        Article.objects.published(now=now)
        .with_reader_score(voter)
        .filter(slug=slug)
        .values_list(*ARTICLE_PAGE_FIELDS, "reader_score")
    )


# public_article()'s SELECT without the category, prepared once per connection: one for new
# readers, one for readers with a voter cookie (their score is looked up too).
_article_page_query = PreparedQuery(
    "news_article_page", _article_page_rows, slug="", now=timezone.now()
)
_article_page_query_voter = PreparedQuery(
    "news_article_page_voter", _article_page_rows, slug="", now=timezone.now(), voter=""
)


def _count_and_return(select):
    """The statement around `select` (the published article's id) that counts the view and
    returns the row as _article_page_rows() does, for a reader with no voter cookie."""
    columns = ", ".join(f'"{Article._meta.get_field(name).column}"' for name in ARTICLE_PAGE_FIELDS)
    return (
        f'UPDATE "news_article" SET "view_count" = "view_count" + 1 WHERE "id" IN ({select}) '
        f"RETURNING {columns}, NULL"
    )


# The view of a reader certain to be counted (news.services.view_counts) counted and the
# article read in one statement, one round trip. Committed asynchronously (that statement's
# transaction only): the reader does not wait for the disk; a crash of PostgreSQL itself could
# lose the last fraction of a second of views, never a row.
_article_page_count_query = PreparedQuery(
    "news_article_page_count",
    lambda slug, now: Article.objects.published(now=now).filter(slug=slug).order_by().values("pk"),
    wrap=_count_and_return,
    prefix="SET LOCAL synchronous_commit TO OFF; ",
    slug="",
    now=timezone.now(),
)


def article_from_row(row, version):
    """Return the Article of a row of the article page's statements, its category taken from
    the categories kept per content version."""
    *values, reader_score = row
    article = Article.from_db("default", ARTICLE_PAGE_FIELDS, values)
    article.reader_score = reader_score
    category = categories_by_id(version).get(article.category_id)
    if category is not None:
        article.category = category
    return article


def public_article_fast(request, slug, version):
    """Return what public_article() returns, from a prepared statement; raise
    Article.DoesNotExist."""
    voter = reader_voter_key(request)
    now = timezone.now()
    if voter:
        rows = _article_page_query_voter.rows(slug=slug, now=now, voter=voter)
    else:
        rows = _article_page_query.rows(slug=slug, now=now)
    if not rows:
        raise Article.DoesNotExist
    return article_from_row(rows[0], version)


def read_and_count(request, slug, version):
    """Return the published article of `slug` for the article page, whether this request was
    counted as a view of it, and the reader's recent views; raise Article.DoesNotExist.

    A first visit (no recent views, no voter cookie: most readers) with the counts kept in
    PostgreSQL is counted and read by one statement; any other by public_article_fast() and
    count_view().
    """
    user_agent = request.headers.get("User-Agent", "")
    first_visit = (
        not settings.VIEW_COUNTS_IN_REDIS
        and connection.vendor == "postgresql"
        and RECENT_VIEWS_COOKIE not in request.COOKIES
        and VOTER_COOKIE not in request.COOKIES
        and services.view_counts(article_id=None, user_agent=user_agent, recent_views={})
    )
    if not first_visit:
        article = public_article_fast(request, slug, version)
        counted, recent = count_view(request, article)
        return article, counted, recent
    rows = _article_page_count_query.rows(slug=slug, now=timezone.now())
    if not rows:
        raise Article.DoesNotExist
    article = article_from_row(rows[0], version)
    return article, True, {article.pk: int(time.time())}


def categories_by_id(version):
    """Return {id: Category} of every category, read once per content version."""
    return _categories_memo.get_or_build(
        version, "all", lambda: {c.pk: c for c in Category.objects.all()}
    )


_categories_memo = VersionedMemo()


def count_view(request, article, *, is_preview=False):
    """Count this request's view of `article` (news.services.view_record); return whether it
    counted and the reader's recent views for the cookie."""
    recent = services.recent_views_load(
        request.get_signed_cookie(
            RECENT_VIEWS_COOKIE, default="", salt=RECENT_VIEWS_SALT, max_age=services.VISIT_SECONDS
        )
        if RECENT_VIEWS_COOKIE in request.COOKIES
        else ""
    )
    # A HEAD request (link checkers, uptime monitors) reads nothing: it is not a view.
    counted = request.method == "GET" and services.view_record(
        article=article,
        user_agent=request.headers.get("User-Agent", ""),
        recent_views=recent,
        is_preview=is_preview,
    )
    return counted, recent


def set_recent_views_cookie(response, recent):
    response.set_signed_cookie(
        RECENT_VIEWS_COOKIE,
        services.recent_views_dump(recent),
        salt=RECENT_VIEWS_SALT,
        max_age=services.VISIT_SECONDS,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )


# The article page assembled in mttq_portal.pagecache's middleware comes before these two in
# MIDDLEWARE: their part of the response is applied here.
_csrf = CsrfViewMiddleware(lambda request: None)
_clickjacking = XFrameOptionsMiddleware(lambda request: None)


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


# Pilot models, pilot units and commendations listed beside the first page of results: a few
# each (the commendations with a link to the honor roll's own search for more).
OTHER_RESULTS = 5


class SearchView(ListView):
    paginate_by = 10  # on a phone, ten results with their snippets are a long page
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
        response = super().get(request, *args, **kwargs)
        if self.words:
            # A copy of this page served from the page cache still counts against the limit.
            response.page_cache_rate_limit = ("search", limit, window)
        return response

    def get_queryset(self):
        """Return the ids of the matching articles, ranked (ArticleQuerySet.search)."""
        return Article.objects.published().search(self.words, limit=SEARCH_RESULTS_MAX)

    def paginate_queryset(self, queryset, page_size):
        """Paginate the ranked ids, then read the articles of this page only."""
        paginator, page, ids, is_paginated = super().paginate_queryset(queryset, page_size)
        # The body stays: results show an excerpt of it when the article has no summary.
        found = Article.objects.select_related("category").defer("search_text").in_bulk(ids)
        page.object_list = [found[pk] for pk in ids if pk in found]
        return paginator, page, page.object_list, is_paginated

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        first_page = context["page_obj"].number == 1
        others = {}
        if self.words and first_page:
            words = " ".join(self.words)
            others = {
                "programs": list(search_programs(words, limit=OTHER_RESULTS)),
                "units": list(search_units(words, limit=OTHER_RESULTS)),
                "commendations": list(search_commendations(words, limit=OTHER_RESULTS)),
            }
        context.update(
            search_query=self.query,
            words=self.words,
            results_max=SEARCH_RESULTS_MAX,
            others_max=OTHER_RESULTS,
            page_query=urlencode({"q": self.query}),
            breadcrumbs=[("Tìm kiếm", None)],
            **others,
        )
        return context
