"""Every public news page runs a fixed number of SQL queries, whatever the number of articles."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from mttq_portal.context_processors import navigation_groups
from mttq_portal.pagecache import current_version, renew_version
from news.models import EventSeries, Tag
from tests.awards.factories import CommendationFactory
from tests.models_registry.factories import ModelProgramFactory
from tests.news.factories import BROWSER_UA, ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db


def queries_for(url, **headers):
    """Return the number of queries a new reader's request to `url` runs."""
    # Read once a second at most, and cached for every page: warm them, as in production.
    current_version()
    navigation_groups(None)  # the menu, kept per content version
    headers.setdefault("HTTP_USER_AGENT", BROWSER_UA)
    with CaptureQueriesContext(connection) as captured:
        response = Client().get(url, **headers)
    assert response.status_code == 200
    return len(captured)


def populate(count, category, *, registry=False):
    """Create `count` published articles, half featured, spread over `category` and others;
    with `registry`, as many pilot models and commendations matching the same words."""
    others = CategoryFactory.create_batch(2)
    for n in range(count):
        ArticleFactory(
            category=category if n % 3 != 1 else others[n % 2],
            title=f"Mô hình điểm số {n}",
            is_featured=n % 2 == 0,
            view_count=n,
        )
        if registry:
            ModelProgramFactory(name=f"Mô hình điểm số {n}")
            CommendationFactory(recipient_name=f"Mô hình điểm số {n}")


def counts_for_3_and_30(url_of, *, registry=False):
    """Return the query counts of the page at url_of(category) with 3, then 30 articles."""
    category = CategoryFactory()
    populate(3, category, registry=registry)
    renew_version()  # as the admin or an import announces it
    few = queries_for(url_of(category))
    populate(27, category, registry=registry)
    renew_version()
    many = queries_for(url_of(category))
    return few, many


def test_home_runs_a_fixed_number_of_queries():
    # featured, latest, categories, their articles (one prefetch), most read, the newest
    # documents and album (its cover is one more when there is one: tests/galleries)
    assert counts_for_3_and_30(lambda category: reverse("news:home")) == (7, 7)


def test_category_page_runs_a_fixed_number_of_queries():
    # the category, the count, the page
    assert counts_for_3_and_30(lambda category: category.get_absolute_url()) == (3, 3)


def test_article_page_runs_a_fixed_number_of_queries():
    # The article and its view count (one statement on PostgreSQL, two on SQLite), and what
    # is kept per content version, which each renewal here changes: the category with its
    # newest articles, what the article is filed under and given with (its attachments, tags
    # and related articles: news.views.article.article_parts), and "Tin tức khác".
    def url_of(category):
        return category.articles.order_by("-pk").first().get_absolute_url()

    few, many = counts_for_3_and_30(url_of)
    assert few == many <= 8


def test_an_article_with_a_series_tags_and_related_articles_reads_them_once_per_version():
    article = ArticleFactory(series=EventSeries.objects.create(name="Đại hội MTTQ tỉnh"))
    article.tags.add(*Tag.from_names(["Đại hội", "Nhiệm kỳ 2024–2029"]))
    article.related.add(ArticleFactory(category=article.category))
    renew_version()
    building = queries_for(article.get_absolute_url())
    # The article and its view; its series, attachments, tags and related articles, and its
    # own "Tin tức khác", were read once for this content version and are kept.
    kept = queries_for(article.get_absolute_url())
    assert kept == (1 if connection.vendor == "postgresql" else 2)
    assert building > kept


def test_article_page_of_a_reader_who_votes_runs_no_more_queries(client):
    article = ArticleFactory()
    ArticleFactory.create_batch(5, category=article.category)
    queries_for(article.get_absolute_url())  # builds what is kept per content version
    new_reader = queries_for(article.get_absolute_url())
    client.post(reverse("news:rate", args=[article.slug]), {"score": "4"})
    with CaptureQueriesContext(connection) as captured:
        client.get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER_UA)
    # The reader's own score comes in the article's SELECT, as a subquery.
    assert len(captured) == new_reader == (1 if connection.vendor == "postgresql" else 2)


def test_article_page_whose_category_has_no_other_article_adds_one_query():
    lonely = ArticleFactory()
    ArticleFactory.create_batch(10)
    companion = ArticleFactory.create_batch(2, category=ArticleFactory().category)[0]
    renew_version()  # each page below builds what is kept per version
    usual = queries_for(companion.get_absolute_url())
    renew_version()
    # "Tin tức khác" of the category is empty: the whole site's latest are read instead.
    assert queries_for(lonely.get_absolute_url()) == usual + 1


# On PostgreSQL a search first reads when the newest articles it looks among start
# (ArticleQuerySet.newest_matching).
SEARCH_WINDOW_QUERY = 1 if connection.vendor == "postgresql" else 0


def test_search_first_page_runs_a_fixed_number_of_queries():
    # title matches, all matches, the page's articles, event series, tags, pilot models, pilot
    # units, commendations, documents, introduction pages, photo albums
    url = reverse("search") + "?q=mo+hinh+diem"
    expected = 11 + SEARCH_WINDOW_QUERY
    assert counts_for_3_and_30(lambda category: url, registry=True) == (expected, expected)


def test_search_later_page_runs_a_fixed_number_of_queries():
    category = CategoryFactory()
    populate(30, category)
    # title matches, all matches, the page's articles
    assert queries_for(reverse("search") + "?q=mo+hinh+diem&page=2") == 3 + SEARCH_WINDOW_QUERY


def test_site_feed_runs_a_fixed_number_of_queries():
    # the articles, their tags (one prefetch)
    assert counts_for_3_and_30(lambda category: reverse("news:rss")) == (2, 2)


def test_category_feed_runs_a_fixed_number_of_queries():
    def url_of(category):
        return reverse("news:category_rss", args=[category.slug])

    # the category, the articles, their tags (one prefetch)
    assert counts_for_3_and_30(url_of) == (3, 3)
