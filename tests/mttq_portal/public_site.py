"""A small populated site for the security tests: one of each public object, and its URLs."""

from django.urls import reverse

from tests.awards.factories import CommendationFactory
from tests.models_registry.factories import ModelProgramFactory
from tests.news.factories import ArticleFactory


def populate_public_site():
    """Create an article, a pilot model with its unit and a decision; return the public URLs."""
    article = ArticleFactory()
    program = ModelProgramFactory()
    commendation = CommendationFactory(program=program, pilot_unit=program.unit)
    return {
        "home": reverse("news:home"),
        "category": article.category.get_absolute_url(),
        "article": article.get_absolute_url(),
        "search": reverse("search") + "?q=m%C3%B4+h%C3%ACnh",
        "rss": "/rss/",
        "program_list": reverse("models_registry:program_list"),
        "program": program.get_absolute_url(),
        "unit_list": reverse("models_registry:unit_list"),
        "unit": program.unit.get_absolute_url(),
        "statistics": reverse("statistics"),
        "honor_roll": reverse("awards:honor_roll"),
        "decision": commendation.decision.get_absolute_url(),
    }


def rating_url(article_url: str) -> str:
    """Return the rating POST URL of the article at `article_url`."""
    return article_url + "danh-gia/"
