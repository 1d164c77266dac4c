"""The article page: the most read page of the site, made for every reader.

An ordinary DetailView behind the whole middleware stack. A new reader costs one statement:
the one that reads the article counts the view (news.services.article_for_page). The page is
the template's own rendering, made cheaply: the parts every article of the same shape shares
are rendered once per content version as a Layout (mttq_portal.layout) whose markers take this
article's values and this reader's; "Tin tức khác" is rendered on its own from the articles it
lists. Previews and readers with a session or a message waiting get the full render, which is
also what every layout is tested against.
"""

import html
import logging
import time

from django.conf import settings
from django.http import Http404, HttpResponse
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.views.generic import DetailView

from documents.models import Document
from galleries.models import Album
from mttq_portal.context_processors import site
from mttq_portal.layout import Layout, LayoutError
from mttq_portal.pagecache import MESSAGES_COOKIE, current_version, kept
from mttq_portal.previews import admin_change_url, mark_preview
from mttq_portal.ratelimit import client_key

from .. import services
from ..models import Article, Category, EventSeries
from .readers import can_preview, reader_voter_key, recent_views, set_recent_views_cookie
from .values import page_values

logger = logging.getLogger(__name__)

OTHER_NEWS = 6
MESSAGE_NOT_FOUND = "Không tìm thấy bài viết, hoặc bài viết chưa được xuất bản."

# The values of `a` that choose which parts of the page appear: one layout per combination.
FLAGS = (
    "has_cover", "has_srcset", "has_caption", "has_summary", "has_byline", "has_source",
    "has_published",
)  # fmt: skip
# The values of `a` that are markup already; every other one is text, escaped when printed.
MARKUP = {"body", "json_ld", "extras", "other_news"}
STARS = tuple(f"star{n}" for n in range(5))
NO_PARTS = {"extras": "", "related": []}


# --- what article pages share, kept in this process per content version ------------------------


def category_block(category_id, version):
    """Return what the pages of a category's articles show of it: {"name", "url", "latest":
    the ids of its newest published articles, one more than "Tin tức khác" lists}."""

    def build():
        category = Category.objects.get(pk=category_id)
        latest = (
            Article.objects.published()
            .filter(category_id=category_id)
            .order_by("-published_at", "-id")
            .values_list("pk", flat=True)[: OTHER_NEWS + 1]
        )
        return {"name": category.name, "url": category.get_absolute_url(), "latest": list(latest)}

    return kept(version, f"category:{category_id}", build)


def article_parts(article, version):
    """Return what this article is filed under and given with: {"extras": its series,
    attachments, published documents and albums, and tags as markup
    (news/includes/article_extras.html), "related": the ids of its hand-picked related
    articles}. Kept per article, like the layouts, per content version: any change in the
    admin is a new version. Only for an article that has any (`has_parts`,
    Article.note_parts()): the page of any other asks nothing more. (Subqueries in the
    article's own statement made PostgreSQL plan it anew for each reader: about a millisecond
    more for every reader, measured on 20,000 articles.)
    """
    if not article.has_parts:
        return NO_PARTS

    def build():
        series = None
        if article.series_id:
            series = EventSeries.objects.filter(pk=article.series_id, is_active=True).first()
        context = {
            "series": series,
            "attachments": list(article.attachments.all()),
            "tags": list(article.tags.order_by("name")),
            "documents": list(Document.objects.for_article(article)),
            "albums": list(Album.objects.for_article(article)),
        }
        extras = ""
        if any(context.values()):
            extras = render_to_string("news/includes/article_extras.html", context)
        return {"extras": extras, "related": list(article.related.values_list("pk", flat=True))}

    return kept(version, f"parts:{article.pk}", build)


def other_news_html(article, block, related, version):
    """Return "Tin tức khác" for `article` (Article.other_news()): its hand-picked `related`
    articles first, then its category's newest others, else the site's.

    Rendered from those articles only (news/includes/other_news.html) and shared: every article
    of the category older than its newest few, and without related articles, shows the same
    list.
    """

    def build():
        others = article.other_news(OTHER_NEWS, related_ids=related)
        return render_to_string("news/includes/other_news.html", {"other_news": others})

    if related:
        key = f"other:article:{article.pk}"
    else:
        # Without others in its category, the site's newest but this one: a list of its own.
        excluded = article.pk if article.pk in block["latest"] else None
        key = f"other:{article.category_id}:{excluded}"
    return mark_safe(kept(version, key, build))


def article_layout(values, version):
    """Return the Layout of the article page for the shape of `values` (its FLAGS), or False
    when the template's rendering cannot be one (LayoutError)."""
    shape = tuple(values[flag] for flag in FLAGS)
    slots = [name for name in values if name not in FLAGS and name != "rating_stars"]
    slots += [*STARS, "csrf_token"]

    def context(markers):
        a = {name: mark_safe(markers[name]) for name in slots if name in values}
        a.update((flag, values[flag]) for flag in FLAGS)
        a["rating_stars"] = [markers[star] for star in STARS]
        return {
            # What every page of the site shares (base.html), and nothing of a reader.
            **site(None),
            "a": a,
            "is_preview": False,
            "csrf_token": markers["csrf_token"],
            "breadcrumbs": breadcrumbs(a),
        }

    def build():
        try:
            return Layout(ArticleView.template_name, slots, context)
        except LayoutError:
            # Kept too, so that the refusal is logged once per version, not per reader.
            logger.exception(
                "Article page layout refused: pages of this shape are rendered in full"
            )
            return False

    return kept(version, f"layout:{''.join('1' if flag else '0' for flag in shape)}", build)


def breadcrumbs(a):
    """Return the page's breadcrumbs (includes/breadcrumbs.html) from its values `a`."""
    return [(a["category_name"], a["category_url"]), (a["title"], None)]


def layout_fill(request, values):
    """Return the values of the layout's markers for this page: text escaped as the template
    escapes it (django.utils.html.escape is html.escape, behind a check for lazy text that
    values made here never are), markup as it is."""
    filled = {
        name: value if name in MARKUP else html.escape(value)
        for name, value in values.items()
        if name not in FLAGS and name != "rating_stars"
    }
    filled.update(zip(STARS, values["rating_stars"], strict=True))
    filled["csrf_token"] = html.escape(get_token(request))
    return filled


# --- the view -----------------------------------------------------------------------------------


class ArticleView(DetailView):
    template_name = "news/article_detail.html"
    context_object_name = "article"
    is_preview = False

    def get(self, request, *args, **kwargs):
        slug = kwargs["slug"]
        recent = recent_views(request)
        user_agent = request.headers.get("User-Agent", "")
        client = client_key(request)
        # A HEAD request (link checkers, uptime monitors) reads nothing: it is not a view. A
        # reader with no visit running (most readers) is decided on now and counted by the
        # statement that reads the article; one back within a visit, once the article is known.
        is_view, first_visit = request.method == "GET", not recent
        count_in_read = (
            is_view
            and first_visit
            and services.view_counts(article_id=None, user_agent=user_agent, recent_views={})
            and services.view_within_cap(client=client, article_key=slug)
        )
        self.object = self.get_object(count=count_in_read)
        counted = False  # a preview never is: the article was not public
        if not self.is_preview and count_in_read:
            counted, recent[self.object.pk] = True, int(time.time())
        elif not self.is_preview and is_view and not first_visit:
            counted = services.view_record(
                article=self.object, user_agent=user_agent, recent_views=recent, client=client
            )
        response = self.render_page()
        if counted:
            set_recent_views_cookie(response, recent)
        if self.is_preview:
            # A preview shows what the public may not see yet: no shared cache may keep it.
            mark_preview(response)
        return response

    def get_object(self, queryset=None, *, count=False):
        """Return the published article of this slug, with this reader's score, counted when
        `count`; for staff allowed to preview, any article of this slug."""
        slug = self.kwargs["slug"]
        try:
            return services.article_for_page(
                slug=slug, voter_key=reader_voter_key(self.request), count=count
            )
        except Article.DoesNotExist:
            if not can_preview(self.request.user):
                raise Http404(MESSAGE_NOT_FOUND) from None
        try:
            article = Article.objects.get(slug=slug)
        except Article.DoesNotExist:
            raise Http404(MESSAGE_NOT_FOUND) from None
        self.is_preview = True
        return article

    def render_page(self):
        article, request = self.object, self.request
        version = current_version()
        block = category_block(article.category_id, version)
        parts = article_parts(article, version)
        other_news = other_news_html(article, block, parts["related"], version)
        values = page_values(
            request, article, block, other_news, parts["extras"], is_preview=self.is_preview
        )
        cookies = request.COOKIES
        if not (
            self.is_preview or settings.SESSION_COOKIE_NAME in cookies or MESSAGES_COOKIE in cookies
        ):
            layout = article_layout(values, version)
            if layout:
                return HttpResponse(layout.fill(layout_fill(request, values)))
        return self.render_to_response(self.get_context_data(object=article, a=values))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        a = context["a"]
        context.update(
            is_preview=self.is_preview,
            admin_change_url=admin_change_url(self.object) if self.is_preview else "",
            breadcrumbs=breadcrumbs(a),
        )
        return context
