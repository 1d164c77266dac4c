"""Every kind of public page, with the demo's content, as axe-core sees it on a phone and on a
desktop: no violation of its WCAG A and AA rules and best practices anywhere a citizen reads.
(The home page, the introduction pages, the library and the albums are also checked in their
own tests, with their menus and viewers open.)"""

import pytest
from django.urls import reverse

from awards.models import AwardDecision, Recipient
from models_registry.models import ModelProgram, PilotUnit
from news.models import Article, Category, EventSeries, Tag

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def public_paths():
    """Return one address of every kind of public page, from what the demo published."""
    article = Article.objects.published().exclude(cover_image="").order_by("-published_at")[0]
    paths = [
        article.category.get_absolute_url(),
        article.get_absolute_url(),
        reverse("search") + "?q=mo+hinh+diem",
        reverse("search") + "?q=khong+co+ket+qua+nao+xyz",
        reverse("models_registry:program_list"),
        reverse("models_registry:program_list") + "?dien-hinh=1",
        ModelProgram.objects.first().get_absolute_url(),
        reverse("models_registry:unit_list"),
        PilotUnit.objects.first().get_absolute_url(),
        reverse("statistics"),
        reverse("awards:honor_roll"),
        reverse("awards:honor_roll") + "?nam=abc",  # a filter it cannot take: said in Vietnamese
        AwardDecision.objects.first().get_absolute_url(),
        Recipient.objects.filter(commendations__isnull=False).first().get_absolute_url(),
        reverse("awards:verify_form"),
        reverse("site_map"),
    ]
    for topics in (Tag.objects.with_public_articles(), EventSeries.objects.filter(is_active=True)):
        topic = topics.first()
        if topic is not None:
            paths.append(topic.get_absolute_url())
    assert Category.objects.exists()
    return paths


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_every_kind_of_public_page_passes_axe(visit, demo_site, viewport):
    reader = visit(viewport)
    found = []
    for path in public_paths():
        reader.goto(path)
        try:
            reader.assert_accessible()
        except AssertionError as error:
            found.append(str(error))
    assert not found, "\n\n".join(found)
