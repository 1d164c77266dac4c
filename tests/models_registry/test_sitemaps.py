import pytest

from models_registry.sitemaps import ModelProgramSitemap, PilotUnitSitemap
from tests.models_registry.factories import ModelProgramFactory

pytestmark = pytest.mark.django_db


def test_sitemaps_list_every_program_and_unit_page(client):
    program = ModelProgramFactory()

    program_urls = [ModelProgramSitemap().location(item) for item in ModelProgramSitemap().items()]
    unit_urls = [PilotUnitSitemap().location(item) for item in PilotUnitSitemap().items()]

    assert program_urls == [program.get_absolute_url()]
    assert unit_urls == [program.unit.get_absolute_url()]
    assert client.get(program_urls[0]).status_code == 200
    assert client.get(unit_urls[0]).status_code == 200


def test_site_sitemap_includes_registry_pages(client):
    program = ModelProgramFactory()

    page = client.get("/sitemap.xml").content.decode()

    assert program.get_absolute_url() in page
    assert program.unit.get_absolute_url() in page
