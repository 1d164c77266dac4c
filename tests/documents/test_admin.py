"""The document admin: who may enter documents, files checked on upload, the pickers."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from documents.models import Document, DocumentFile
from tests.awards.pdfs import minimal_pdf
from tests.documents.factories import DocumentFactory, document_type, issuing_body
from tests.models_registry.factories import CampaignFactory
from tests.news.factories import ArticleFactory, unpublished_states

pytestmark = pytest.mark.django_db

ADD_URL = reverse("admin:documents_document_add")
ARTICLE_PICKER = reverse("admin:documents_document_article_autocomplete")
CAMPAIGN_PICKER = reverse("admin:documents_document_campaign_autocomplete")


def document_post(**changes):
    data = {
        "symbol": "15/KH-MTTQ-BTT",
        "type": document_type().pk,
        "issuer": issuing_body().pk,
        "summary": "Giám sát việc thực hiện chính sách bảo hiểm y tế",
        "issued": "20/02/2025",
        "effective": "",
        "signer": "Trần Văn Hải",
        "signer_position": "Phó Chủ tịch",
        "is_published": "on",
        "files-TOTAL_FORMS": "1",
        "files-INITIAL_FORMS": "0",
        "files-0-title": "",
        "files-0-order": "0",
    }
    data.update(changes)
    return data


@pytest.mark.parametrize("role", ["officer", "publisher", "chief_editor"])
def test_officers_publishers_and_the_chief_editor_add_documents_with_a_file(client, request, role):
    client.force_login(request.getfixturevalue(role))
    pdf = SimpleUploadedFile("Kế hoạch giám sát.pdf", minimal_pdf())

    response = client.post(ADD_URL, document_post(**{"files-0-file": pdf}))

    assert response.status_code == 302, response.context["adminform"].form.errors
    document = Document.objects.get()
    assert document.files.get().kind_label == "PDF"


def test_an_editor_may_not_open_documents(client, editor):
    client.force_login(editor)

    assert client.get(ADD_URL).status_code == 403
    assert client.get(reverse("admin:documents_document_changelist")).status_code == 403


def test_publishers_see_types_and_issuers_but_only_officers_change_them(client, publisher, officer):
    client.force_login(publisher)
    assert client.get(reverse("admin:documents_documenttype_changelist")).status_code == 200
    assert client.get(reverse("admin:documents_documenttype_add")).status_code == 403
    client.force_login(officer)
    assert client.get(reverse("admin:documents_issuingbody_add")).status_code == 200


def test_a_fake_pdf_is_refused_with_the_vietnamese_message(officer_client):
    fake = SimpleUploadedFile("ke-hoach.pdf", b"%PDF-1.4\n<html><body>Trang gi\xe1\xba\xa3</body>")

    response = officer_client.post(ADD_URL, document_post(**{"files-0-file": fake}))

    assert response.status_code == 200
    assert Document.objects.count() == DocumentFile.objects.count() == 0
    assert "Tệp này không phải là một tệp PDF hợp lệ" in response.content.decode()


def test_an_effective_date_before_the_issue_date_is_refused_in_vietnamese(officer_client):
    response = officer_client.post(ADD_URL, document_post(effective="19/02/2025"))

    assert Document.objects.count() == 0
    assert "Ngày hiệu lực không được trước ngày ban hành." in response.content.decode()


def test_a_symbol_the_issuer_already_has_is_refused_in_vietnamese(officer_client):
    DocumentFactory(symbol="15/KH-MTTQ-BTT")

    response = officer_client.post(ADD_URL, document_post(symbol="15/kh-mttq-btt"))

    assert Document.objects.count() == 1
    assert "Cơ quan ban hành này đã có văn bản mang số ký hiệu này" in response.content.decode()


def pick(client, url, term=""):
    response = client.get(
        url,
        {"term": term, "app_label": "documents", "model_name": "document", "field_name": "x"},
    )
    assert response.status_code == 200
    return [row["text"] for row in response.json()["results"]]


def test_officers_pick_among_published_articles_only_searched_by_title(officer_client):
    wanted = ArticleFactory(title="Rộn ràng Ngày hội Đại đoàn kết ở khu dân cư")
    for state, fields in unpublished_states().items():
        ArticleFactory(title=f"Ngày hội chưa công khai {state}", **fields)

    assert pick(officer_client, ARTICLE_PICKER) == [wanted.title]
    assert pick(officer_client, ARTICLE_PICKER, "ngay hoi") == [wanted.title]
    assert pick(officer_client, ARTICLE_PICKER, "oi") == []


def test_publishers_pick_campaigns_though_they_may_not_open_the_registry(client, publisher):
    CampaignFactory(name="Toàn dân bảo vệ an ninh Tổ quốc")
    CampaignFactory(name="Toàn dân đoàn kết xây dựng nông thôn mới")
    client.force_login(publisher)

    assert pick(client, CAMPAIGN_PICKER, "nong thon") == [
        "Toàn dân đoàn kết xây dựng nông thôn mới"
    ]
    assert len(pick(client, CAMPAIGN_PICKER)) == 2


def test_editors_may_not_use_the_pickers(client, editor):
    client.force_login(editor)

    assert client.get(ARTICLE_PICKER, {"term": ""}).status_code == 403


def test_a_document_links_articles_and_campaigns_picked(officer_client):
    article = ArticleFactory()
    campaign = CampaignFactory()
    draft = ArticleFactory(status="draft")

    response = officer_client.post(
        ADD_URL, document_post(articles=[article.pk], campaigns=[campaign.pk])
    )
    assert response.status_code == 302
    document = Document.objects.get()
    assert list(document.articles.all()) == [article]
    assert list(document.campaigns.all()) == [campaign]

    refused = officer_client.post(ADD_URL, document_post(symbol="16/KH", articles=[draft.pk]))
    assert refused.status_code == 200
    assert Document.objects.count() == 1


def test_the_form_asks_the_document_admins_own_pickers(officer_client):
    page = officer_client.get(ADD_URL).content.decode()

    assert f'data-ajax--url="{ARTICLE_PICKER}"' in page
    assert f'data-ajax--url="{CAMPAIGN_PICKER}"' in page


def test_the_list_filters_by_year_and_searches_without_diacritics(officer_client):
    DocumentFactory(symbol="1/KH", summary="Giám sát bảo hiểm y tế")
    DocumentFactory(symbol="2/KH", summary="Ngày hội Đại đoàn kết")
    url = reverse("admin:documents_document_changelist")

    response = officer_client.get(url, {"q": "giam sat"})
    assert [d.symbol for d in response.context["cl"].result_list] == ["1/KH"]
    response = officer_client.get(url, {"nam": "2025"})
    assert response.context["cl"].result_count == 2
