"""The home page and the category pages."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from django.views.generic import ListView, TemplateView

from documents.models import Document
from galleries.models import Album, attach_covers
from mttq_portal.lists import PageNumberMixin
from mttq_portal.pagecache import PublicPageMixin

from ..models import Article, Category, EventSeries, Tag

HOME_FEATURED = 5
HOME_LATEST = 5
HOME_PER_CATEGORY = 3
HOME_MOST_READ = 5
HOME_DOCUMENTS = 3


class HomeView(PublicPageMixin, TemplateView):
    template_name = "news/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        public = Article.objects.published().for_listing()
        featured = list(public.filter(is_featured=True)[:HOME_FEATURED])
        # Without a featured article the newest one leads, and the list goes one further.
        latest_count = HOME_LATEST if featured else HOME_LATEST + 1
        latest = list(public.exclude(pk__in=[a.pk for a in featured])[:latest_count])
        lead = featured[0] if featured else (latest.pop(0) if latest else None)
        # A category's block goes on from what the top of the page shows, not repeating it.
        shown = [a.pk for a in (*featured, *latest, *([lead] if lead else []))]
        per_category = (
            Article.objects.published()
            .exclude(pk__in=shown)
            .defer("body", "search_title", "search_text")
        )
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
            latest_documents=Document.objects.published().select_related("type")[:HOME_DOCUMENTS],
            latest_album=next(iter(attach_covers(Album.objects.published()[:1])), None),
        )
        return context


class CategoryView(PageNumberMixin, ListView):
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


class TopicView(PageNumberMixin, ListView):
    """The page of a tag or an event series: its public articles, newest first."""

    paginate_by = 20
    template_name = "news/topic_detail.html"
    context_object_name = "articles"
    feed_url_name = None

    def get_topic(self):
        raise NotImplementedError

    def get_queryset(self):
        self.topic = self.get_topic()
        return self.topic.articles.published().for_listing()

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            topic=self.topic,
            topic_kind=self.topic._meta.verbose_name,
            feed_url_name=self.feed_url_name,
            breadcrumbs=[(self.topic.name, None)],
            **kwargs,
        )


class TagView(TopicView):
    feed_url_name = "news:tag_rss"

    def get_topic(self):
        # A tag shows only through its public articles: one given to drafts only is not named.
        return get_object_or_404(Tag.objects.with_public_articles(), slug=self.kwargs["slug"])


class SeriesView(TopicView):
    feed_url_name = "news:series_rss"

    def get_topic(self):
        return get_object_or_404(EventSeries, slug=self.kwargs["slug"], is_active=True)
