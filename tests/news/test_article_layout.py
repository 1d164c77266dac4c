"""The article page made from its layout (mttq_portal.layout) is the page a full render gives.

A layout is shared by every article of the same shape; "Tin tức khác" by every article of the
category older than its newest few. Whatever is shared, each page must be exactly its own
article's full render, and no stored text can be taken for a marker.
"""

import re

import pytest
from django.test import Client

from mttq_portal.layout import Layout, LayoutError
from mttq_portal.pagecache import renew_version
from news.models import Article
from news.views import article as article_view
from tests.news.factories import BROWSER_UA, ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db


def page(article, **headers):
    headers.setdefault("HTTP_USER_AGENT", BROWSER_UA)
    response = Client().get(article.get_absolute_url(), **headers)
    assert response.status_code == 200
    return response.content.decode()


def full_render(article):
    """The page rendered in full from the template: a reader with a session cookie (a bogus
    one is no session) is never given the layout."""
    return page(article, HTTP_COOKIE="sessionid=abc")


def comparable(html):
    """The page without what differs between two requests: the CSRF token, and the view count
    (each request counts one)."""
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)
    return re.sub(r"Tổng lượt xem bài viết là: <strong>[\d.]+</strong>", "", html)


@pytest.fixture
def built(monkeypatch):
    """The contexts of the layouts built while a test runs."""
    contexts = []
    original = article_view.Layout

    def spy(template_name, slots, context):
        contexts.append(context({name: f"<{name}>" for name in slots}))
        return original(template_name, slots, context)

    monkeypatch.setattr(article_view, "Layout", spy)
    return contexts


def test_articles_sharing_a_layout_each_equal_their_full_render(built):
    category = CategoryFactory(name="Hoạt động Mặt trận")
    # Older than the category's newest few: they share the layout and "Tin tức khác".
    old = [
        ArticleFactory(
            category=category,
            title=f'Bài cũ số {n} <b>&</b> "trích dẫn"',
            summary=f"Sapo số {n}",
            byline=f"Tác giả {n}",
            source="Báo tỉnh",
            view_count=1000 * n,
            rating_sum=n,
            rating_count=1 if n else 0,
        )
        for n in range(6)
    ]
    ArticleFactory.create_batch(8, category=category)
    renew_version()
    for article in old:
        assert comparable(page(article)) == comparable(full_render(article))
    assert len(built) == 1


@pytest.mark.parametrize(
    "fields",
    [
        {},
        {"summary": "", "byline": "", "source": ""},
        {"title": 'Tiêu đề có "ngoặc" & <thẻ>', "byline": "Tác giả <b>", "source": "Báo A&B"},
    ],
)
def test_each_shape_of_article_equals_its_full_render(fields):
    article = ArticleFactory(view_count=1233, rating_sum=9, rating_count=2, **fields)
    ArticleFactory.create_batch(3, category=article.category)
    assert comparable(page(article)) == comparable(full_render(article))


def test_articles_among_the_newest_list_the_others_not_themselves():
    category = CategoryFactory()
    articles = ArticleFactory.create_batch(4, category=category)
    for article in articles:
        html = page(article)
        aside = html.split('id="tin-khac"', 1)[1]
        assert article.get_absolute_url() not in aside
        assert all(a.get_absolute_url() in aside for a in articles if a != article)
        assert comparable(html) == comparable(full_render(article))


MARKER_LOOKALIKES = [
    "\x02title\x03",
    "\ue000title\ue001",
    "\ue000" + "0" * 32 + ":title\ue001",
    "{{ a.title }} {% csrf_token %}",
]


@pytest.mark.parametrize("text", MARKER_LOOKALIKES)
def test_no_stored_text_is_taken_for_a_marker(text):
    category = CategoryFactory()
    articles = ArticleFactory.create_batch(9, category=category)
    # Straight into the table, past the model's cleaning: as a database restored from
    # elsewhere could hold. In the shared parts (other news, menu) and in the article itself.
    Article.objects.filter(pk__in=[a.pk for a in articles]).update(title=text, summary=text)
    category.name = text
    category.save()
    renew_version()
    for article in articles:
        article.refresh_from_db()
        html = page(article)
        assert comparable(html) == comparable(full_render(article))


def test_a_layout_is_filled_with_its_values_as_given(settings, tmp_path):
    (tmp_path / "extra.html").write_text("<p>{{ a.title }}</p><p>{{ a.title }}</p>")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path]}]
    layout = Layout("extra.html", ["title"], lambda markers: {"a": markers})
    assert layout.fill({"title": "Tin &amp; bài"}) == "<p>Tin &amp; bài</p><p>Tin &amp; bài</p>"


def test_a_layout_whose_template_alters_a_marker_is_refused(settings, tmp_path):
    (tmp_path / "extra.html").write_text("<p>{{ a.title|upper }}</p>")
    settings.TEMPLATES = [{**settings.TEMPLATES[0], "DIRS": [tmp_path]}]
    with pytest.raises(LayoutError):
        Layout("extra.html", ["title"], lambda markers: {"a": markers})


def test_the_layout_is_built_without_any_article(built):
    """A template that printed `article` would show the first reader's article to every
    other: the layout's context has none to give."""
    page(ArticleFactory())
    (context,) = built
    assert not {"article", "object", "request", "view"} & set(context)
    assert all(not isinstance(value, Article) for value in context["a"].values())
