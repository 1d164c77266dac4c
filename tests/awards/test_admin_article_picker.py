"""The decision form's article picker, and every autocomplete of the forms officers open.

Django's own autocomplete answers only users who may view the picked model in its admin: the
news' articles, which officers may not. The decision admin answers its picker itself, with the
published articles only.
"""

import pytest
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteMixin
from django.urls import reverse

from awards.models import AwardDecision
from mttq_portal.roles import EDITOR, PUBLISHER
from news.models import Article
from tests.awards.admin_posts import ADD_URL, decision_fields, recipient_rows
from tests.awards.factories import AwardDecisionFactory
from tests.news.factories import ArticleFactory, UserFactory, staff_member, unpublished_states

pytestmark = pytest.mark.django_db

PICKER_URL = reverse("admin:awards_awarddecision_article_autocomplete")


def pick(client, term=""):
    """Ask the picker as the admin's autocomplete.js does."""
    return client.get(
        PICKER_URL,
        {
            "term": term,
            "app_label": "awards",
            "model_name": "awarddecision",
            "field_name": "article",
        },
    )


def listed(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return [row["text"] for row in response.json()["results"]]


def autocompletes(form):
    """Return the autocomplete widgets of `form`'s fields, unwrapped from the admin's wrapper."""
    widgets = (getattr(field.widget, "widget", field.widget) for field in form.fields.values())
    return [widget for widget in widgets if isinstance(widget, AutocompleteMixin)]


def test_officer_opens_the_decision_form_with_the_picker_asking_the_decision_admin(
    officer_client,
):
    response = officer_client.get(ADD_URL)

    assert response.status_code == 200
    (picker,) = autocompletes(response.context["adminform"].form)
    assert picker.field.name == "article"
    assert f'data-ajax--url="{PICKER_URL}"' in response.content.decode()


def test_officer_picks_among_published_articles_only(officer_client):
    published = ArticleFactory(title="Tuyên dương gương điển hình tiên tiến")
    for state, fields in unpublished_states().items():
        ArticleFactory(title=f"Bài chưa công khai {state}", **fields)

    response = pick(officer_client)

    assert listed(response) == [published.title]
    assert response.json()["results"][0]["id"] == str(published.pk)


def test_the_picker_searches_titles_by_the_portal_rules(officer_client):
    wanted = ArticleFactory(title="Khen thưởng mô hình Dân vận khéo")
    ArticleFactory(title="Hội nghị tổng kết", body="<p>Khen thưởng mô hình dân vận khéo.</p>")
    ArticleFactory(title="Khen thưởng dân vận khéo", status=Article.Status.DRAFT)

    assert listed(pick(officer_client, "dan van")) == [wanted.title]
    assert listed(pick(officer_client, "Dân vận khéo")) == [wanted.title]
    assert listed(pick(officer_client, "an")) == []  # a word's beginning, not its middle


def test_the_picker_lists_twenty_at_a_time_newest_first(officer_client):
    articles = ArticleFactory.create_batch(25)

    first = pick(officer_client).json()

    newest = sorted(articles, key=lambda article: article.published_at, reverse=True)
    assert [row["text"] for row in first["results"]] == [a.title for a in newest[:20]]
    assert first["pagination"] == {"more": True}


def test_officer_saves_a_decision_with_a_published_article(officer_client):
    article = ArticleFactory()

    response = officer_client.post(
        ADD_URL, {**decision_fields(article=article.pk), **recipient_rows([])}
    )

    assert response.status_code == 302, response.context and response.context["errors"]
    assert AwardDecision.objects.get().article == article


@pytest.mark.parametrize("state", list(unpublished_states()))
def test_an_unpublished_article_cannot_be_linked_by_a_forged_form(officer_client, state):
    article = ArticleFactory(**unpublished_states()[state])

    response = officer_client.post(
        ADD_URL, {**decision_fields(article=article.pk), **recipient_rows([])}
    )

    assert response.status_code == 200
    assert "article" in response.context["adminform"].form.errors
    assert not AwardDecision.objects.exists()


def test_a_decision_whose_article_was_taken_down_since_opens_and_saves_as_it_is(
    officer_client,
):
    article = ArticleFactory(title="Bài đã gỡ sau khi liên kết")
    decision = AwardDecisionFactory(article=article)
    Article.objects.filter(pk=article.pk).update(status=Article.Status.HIDDEN)
    url = reverse("admin:awards_awarddecision_change", args=[decision.pk])

    page = officer_client.get(url)
    assert page.status_code == 200
    assert f'<option value="{article.pk}" selected>{article.title}</option>' in (
        page.content.decode()
    )
    assert article.title not in listed(pick(officer_client))  # never offered anew

    save_with_article(officer_client, url, decision, article)


def save_with_article(client, url, decision, article):
    """Save `decision`'s change form as it stands, its article set to `article`; check it took."""
    fields = decision_fields(
        number=decision.number,
        signed_on=f"{decision.signed_on:%d/%m/%Y}",
        issuer=decision.issuer,
        title=decision.title,
        article=article.pk,
    )
    response = client.post(url, {**fields, **recipient_rows([])})
    assert response.status_code == 302, response.context and response.context["errors"]
    decision.refresh_from_db()
    assert decision.article == article


def test_officer_changes_a_decision_to_another_published_article(officer_client):
    decision = AwardDecisionFactory(article=ArticleFactory())
    other = ArticleFactory()
    url = reverse("admin:awards_awarddecision_change", args=[decision.pk])
    assert officer_client.get(url).status_code == 200

    save_with_article(officer_client, url, decision, other)


@pytest.mark.parametrize("role", [EDITOR, PUBLISHER])
def test_staff_without_decision_permissions_get_403_from_the_picker(client, role):
    ArticleFactory()
    client.force_login(staff_member(role, "nhanvien"))

    assert pick(client).status_code == 403


def test_a_visitor_not_logged_in_is_sent_to_the_login_page(client):
    response = pick(client)

    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))


def test_every_autocomplete_of_every_form_an_officer_may_open_answers_the_officer(
    officer_client, officer, rf
):
    request = rf.get("/")
    request.user = officer
    opened = 0
    for model, model_admin in admin.site._registry.items():
        if not model_admin.has_add_permission(request):
            continue
        opts = model._meta
        response = officer_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_add"))
        assert response.status_code == 200, opts.label
        opened += 1
        forms = [response.context["adminform"].form]
        forms += [inline.formset.empty_form for inline in response.context["inline_admin_formsets"]]
        for widget in (widget for form in forms for widget in autocompletes(form)):
            field = widget.field
            answer = officer_client.get(
                widget.get_url(),
                {
                    "term": "",
                    "app_label": field.model._meta.app_label,
                    "model_name": field.model._meta.model_name,
                    "field_name": field.name,
                },
            )
            assert answer.status_code == 200, f"{opts.label}.{field.name}"
    assert opened >= 8  # the registry's and the awards' models


def test_the_form_offers_no_new_article_which_could_only_be_a_draft(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    response = client.get(ADD_URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert f'data-ajax--url="{PICKER_URL}"' in html
    assert 'id="add_id_article"' not in html
    assert 'id="add_id_campaign"' in html  # the other related fields keep theirs
