import re

import pytest
from django.test import Client
from django.urls import reverse

from news.models import Article, Rating
from tests.news.factories import BROWSER_UA, ArticleFactory, unpublished_states

pytestmark = pytest.mark.django_db
JSON = {"HTTP_ACCEPT": "application/json", "HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}


def rate(client, article, data, **headers):
    return client.post(reverse("news:rate", args=[article.slug]), data, **headers)


def totals(article):
    stored = Article.objects.get(pk=article.pk)
    return stored.rating_sum, stored.rating_count


def test_a_vote_without_javascript_redirects_back_with_a_message(client):
    article = ArticleFactory()
    response = rate(client, article, {"score": "4"}, follow=True)
    assert response.redirect_chain == [(article.get_absolute_url() + "#danh-gia", 302)]
    html = response.content.decode()
    assert "Cảm ơn bạn đã đánh giá bài viết 4/5 sao." in html
    assert totals(article) == (4, 1)


def test_page_after_a_vote_shows_the_new_totals_and_a_disabled_control(client):
    article = ArticleFactory(rating_sum=5, rating_count=1)
    response = rate(client, article, {"score": "3"}, follow=True, HTTP_USER_AGENT=BROWSER_UA)
    html = response.content.decode()
    assert "<strong data-rating-sum>8</strong> trong <strong data-rating-count>2</strong>" in html
    assert '<fieldset class="rating-form" disabled>' in html
    assert "Bạn đã đánh giá bài viết này 3/5 sao." in html


def test_a_vote_from_the_script_gets_json_totals(client):
    article = ArticleFactory(rating_sum=9, rating_count=2)
    response = rate(client, article, {"score": "5"}, **JSON)
    assert response.status_code == 200
    assert response.json() == {
        "ok": True,
        "message": "Cảm ơn bạn đã đánh giá bài viết 5/5 sao.",
        "score": 5,
        "rating_sum": 14,
        "rating_count": 3,
        "rating_average": 4.7,
    }


def test_accept_json_alone_is_enough_for_a_json_answer(client):
    response = rate(client, ArticleFactory(), {"score": "2"}, HTTP_ACCEPT="application/json")
    assert response["Content-Type"] == "application/json"


def test_the_voter_cookie_is_signed_long_lived_httponly_and_lax(client):
    response = rate(client, ArticleFactory(), {"score": "4"})
    cookie = response.cookies["voter"]
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"
    assert int(cookie["max-age"]) >= 365 * 24 * 60 * 60
    token = cookie.value
    assert ":" in token  # value:signature


def test_the_voter_key_is_stored_hashed(client):
    rate(client, ArticleFactory(), {"score": "4"})
    key = Rating.objects.get().voter_key
    assert re.fullmatch(r"[0-9a-f]{64}", key)
    assert key not in client.cookies["voter"].value


def test_a_second_vote_is_refused_with_409_and_changes_nothing(client):
    article = ArticleFactory()
    rate(client, article, {"score": "4"})
    response = rate(client, article, {"score": "1"}, **JSON)
    assert response.status_code == 409
    assert response.json()["ok"] is False
    assert response.json()["message"] == (
        "Bạn đã đánh giá bài viết này rồi. Mỗi người chỉ đánh giá một lần."
    )
    assert totals(article) == (4, 1)


def test_a_second_vote_without_javascript_gets_a_page_saying_why(client):
    article = ArticleFactory()
    rate(client, article, {"score": "4"})
    response = rate(client, article, {"score": "5"})
    assert response.status_code == 409
    html = response.content.decode()
    assert "Bạn đã đánh giá bài viết này rồi." in html
    assert f'href="{article.get_absolute_url()}#danh-gia"' in html


def test_a_forged_voter_cookie_gets_a_new_one(client):
    article = ArticleFactory()
    client.cookies["voter"] = "gia-mao"
    response = rate(client, article, {"score": "4"})
    assert response.status_code == 302
    assert response.cookies["voter"].value != "gia-mao"


def test_another_reader_may_vote(client):
    article = ArticleFactory()
    rate(client, article, {"score": "4"})
    rate(Client(), article, {"score": "2"})
    assert totals(article) == (6, 2)


@pytest.mark.parametrize(
    "data",
    [
        {"score": "0"},
        {"score": "6"},
        {"score": "-1"},
        {"score": "abc"},
        {"score": "3.5"},
        {"score": "3.0"},
        {"score": " 3"},
        {"score": "３"},
        {"score": "1e1"},
        {"score": ""},
        {"score": "9" * 100},
        {"score": "<script>"},
        {},
        {"diem": "4"},
    ],
)
def test_a_bad_score_is_refused_with_400_and_changes_nothing(client, data):
    article = ArticleFactory()
    response = rate(client, article, data, **JSON)
    assert response.status_code == 400
    assert response.json() == {
        "ok": False,
        "message": "Điểm đánh giá phải là một số nguyên từ 1 đến 5.",
    }
    assert totals(article) == (0, 0)
    assert Rating.objects.count() == 0


def test_a_bad_score_without_javascript_gets_a_page_saying_why(client):
    response = rate(client, ArticleFactory(), {"score": "7"})
    assert response.status_code == 400
    assert "Điểm đánh giá phải là một số nguyên từ 1 đến 5." in response.content.decode()


def test_a_bad_score_sets_no_voter_cookie(client):
    response = rate(client, ArticleFactory(), {"score": "7"})
    assert "voter" not in response.cookies


@pytest.mark.parametrize("state", ["draft", "pending", "hidden", "scheduled"])
def test_an_unpublished_article_cannot_be_rated(client, state):
    article = ArticleFactory(**unpublished_states()[state])
    response = rate(client, article, {"score": "5"}, **JSON)
    assert response.status_code == 404
    assert response.json()["message"] == (
        "Không tìm thấy bài viết, hoặc bài viết chưa được xuất bản."
    )
    assert Rating.objects.count() == 0


def test_an_unknown_article_cannot_be_rated(client):
    response = client.post("/tin-tuc/khong-co/danh-gia/", {"score": "5"})
    assert response.status_code == 404
    assert "Không tìm thấy bài viết" in response.content.decode()


def test_rating_needs_a_post(client):
    article = ArticleFactory()
    assert client.get(reverse("news:rate", args=[article.slug])).status_code == 405


def test_rating_without_a_csrf_token_is_refused(client):
    csrf_client = Client(enforce_csrf_checks=True)
    article = ArticleFactory()
    response = rate(csrf_client, article, {"score": "5"})
    assert response.status_code == 403
    assert Rating.objects.count() == 0


def test_rating_with_the_pages_csrf_token_in_the_header_is_accepted():
    csrf_client = Client(enforce_csrf_checks=True)
    article = ArticleFactory()
    html = csrf_client.get(article.get_absolute_url()).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]
    response = rate(csrf_client, article, {"score": "5"}, HTTP_X_CSRFTOKEN=token, **JSON)
    assert response.status_code == 200
    assert totals(article) == (5, 1)


def test_too_many_votes_from_one_address_are_throttled(client, settings):
    settings.RATE_LIMIT_RATING = "2/60"
    articles = ArticleFactory.create_batch(3)
    for article in articles[:2]:
        assert rate(client, article, {"score": "5"}, **JSON).status_code == 200
    response = rate(client, articles[2], {"score": "5"}, **JSON)
    assert response.status_code == 429
    assert response.json()["message"] == (
        "Bạn gửi đánh giá quá nhanh. Vui lòng thử lại sau ít phút."
    )
    assert response["Retry-After"] == "60"
    assert totals(articles[2]) == (0, 0)


def test_throttling_is_per_address(client, settings):
    settings.RATE_LIMIT_RATING = "1/60"
    first, second = ArticleFactory.create_batch(2)
    rate(client, first, {"score": "5"}, REMOTE_ADDR="203.0.113.1")
    response = rate(Client(), second, {"score": "5"}, REMOTE_ADDR="203.0.113.2")
    assert response.status_code == 302


def test_throttled_vote_without_javascript_gets_a_page(client, settings):
    settings.RATE_LIMIT_RATING = "0/60"
    response = rate(client, ArticleFactory(), {"score": "5"})
    assert response.status_code == 429
    assert "Bạn gửi đánh giá quá nhanh." in response.content.decode()


def test_voting_creates_no_session(client):
    rate(client, ArticleFactory(), {"score": "5"})
    assert "sessionid" not in client.cookies
