"""Nothing unpublished (draft, pending, hidden, scheduled) appears anywhere public."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.news.factories import BROWSER_UA, ArticleFactory, CategoryFactory, unpublished_states

pytestmark = pytest.mark.django_db
STATES = ["draft", "pending", "hidden", "scheduled", "expired"]
SECRET_TITLE = "Bài bí mật chưa xuất bản"


@pytest.fixture
def site():
    """A category with one published article, and a slug for the unpublished one."""
    category = CategoryFactory()
    visible = ArticleFactory(category=category, title="Bài công khai", view_count=5)
    return category, visible


def hidden_article(state, category):
    return ArticleFactory(
        category=category,
        title=SECRET_TITLE,
        summary="bi mat",
        is_featured=True,
        view_count=10_000,
        **unpublished_states()[state],
    )


def page(url):
    response = Client().get(url, HTTP_USER_AGENT=BROWSER_UA)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("state", STATES)
def test_not_on_the_home_page(site, state):
    hidden_article(state, site[0])
    assert SECRET_TITLE not in page(reverse("news:home"))


@pytest.mark.parametrize("state", STATES)
def test_not_in_the_category_list(site, state):
    hidden_article(state, site[0])
    assert SECRET_TITLE not in page(site[0].get_absolute_url())


@pytest.mark.parametrize("state", STATES)
def test_not_in_search_results(site, state):
    hidden_article(state, site[0])
    assert SECRET_TITLE not in page(reverse("search") + "?q=bi+mat")


@pytest.mark.parametrize("state", STATES)
def test_not_in_the_feeds(site, state):
    hidden_article(state, site[0])
    assert SECRET_TITLE not in page(reverse("news:rss"))
    assert SECRET_TITLE not in page(reverse("news:category_rss", args=[site[0].slug]))


@pytest.mark.parametrize("state", STATES)
def test_not_in_the_sitemap(site, state):
    article = hidden_article(state, site[0])
    assert article.slug not in page("/sitemap.xml")


@pytest.mark.parametrize("state", STATES)
def test_not_in_other_news(site, state):
    hidden_article(state, site[0])
    assert SECRET_TITLE not in page(site[1].get_absolute_url())


@pytest.mark.parametrize("state", STATES)
def test_not_by_its_address(site, state):
    article = hidden_article(state, site[0])
    response = Client().get(article.get_absolute_url(), HTTP_USER_AGENT=BROWSER_UA)
    assert response.status_code == 404
    assert SECRET_TITLE not in response.content.decode()
