import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from tests.news.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db


def item_titles(response):
    return [item.findtext("title") for item in ET.fromstring(response.content).iter("item")]


def test_site_feed_lists_published_articles_newest_first(client):
    ArticleFactory(title="Tin đầu tiên")
    ArticleFactory(title="Tin thứ hai")
    response = client.get(reverse("news:rss"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    assert set(item_titles(response)) == {"Tin đầu tiên", "Tin thứ hai"}


def test_feed_items_link_to_the_article_with_its_summary(client):
    article = ArticleFactory(title="Tin", summary="Sapo & tóm tắt")
    item = next(ET.fromstring(client.get("/rss/").content).iter("item"))
    assert item.findtext("link") == f"http://testserver{article.get_absolute_url()}"
    assert item.findtext("description") == "Sapo & tóm tắt"
    assert item.findtext("category") == article.category.name


def test_feed_is_in_vietnamese(client):
    ArticleFactory()
    channel = ET.fromstring(client.get("/rss/").content).find("channel")
    assert channel.findtext("language") == "vi"


def test_category_feed_lists_that_category_only(client):
    category = CategoryFactory()
    ArticleFactory(category=category, title="Trong chuyên mục")
    ArticleFactory(title="Ngoài chuyên mục")
    response = client.get(reverse("news:category_rss", args=[category.slug]))
    assert item_titles(response) == ["Trong chuyên mục"]


def test_feed_of_an_unknown_or_inactive_category_is_404(client):
    assert client.get("/chuyen-muc/khong-co/rss/").status_code == 404
    inactive = CategoryFactory(is_active=False)
    assert client.get(reverse("news:category_rss", args=[inactive.slug])).status_code == 404


def test_sitemap_lists_published_articles_and_active_categories(client):
    article = ArticleFactory()
    inactive = CategoryFactory(is_active=False)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    assert f"http://testserver{article.get_absolute_url()}" in xml
    assert f"http://testserver{article.category.get_absolute_url()}" in xml
    assert inactive.get_absolute_url() not in xml
