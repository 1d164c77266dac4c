"""Invisible characters pasted from Word or a PDF: stored cleaned, never a broken page or feed.

A title holding U+0002 made the feeds answer 500 (Django's feed generator refuses C0 controls),
NUL cannot be stored by PostgreSQL, and "Nguyễn Văn A" with a zero-width space inside is another
string than the name it looks like. mttq_portal.models.CleanTextModel cleans every text field of
every model on full_clean() and on save(); these tests hold it to that for every field of every
model, through save(), the admin's forms and the Excel/CSV import, and then read every public
page and feed.
"""

import datetime
import re
import xml.etree.ElementTree as ET
from urllib.parse import quote

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalChanges

from awards.models import (
    AwardDecision,
    AwardType,
    Commendation,
    Proposal,
    ProposalLine,
    Recipient,
)
from documents.models import Document, DocumentFile, DocumentType, IssuingBody
from galleries.models import Album, Photo
from models_registry.models import Campaign, ModelProgram, Period, PilotUnit, Review, Sector
from mttq_portal.models import CleanTextModel
from mttq_portal.roles import OFFICER
from mttq_portal.text import (
    clean_line,
    clean_multiline,
    name_key,
    normalize_search,
    vietnamese_slugify,
)
from news.models import Article, Attachment, Category, EventSeries, Rating, StatusChange, Tag
from news.services import rating_record
from pages.models import ContactPerson, Leader, Page
from tests.awards.admin_posts import ADD_URL as DECISION_ADD_URL
from tests.awards.admin_posts import decision_fields, recipient_rows
from tests.awards.factories import AwardDecisionFactory, CommendationFactory, award
from tests.awards.pdfs import minimal_pdf
from tests.documents.factories import DocumentFactory, DocumentFileFactory
from tests.galleries.factories import AlbumFactory, add_photos
from tests.models_registry.conftest import upload
from tests.models_registry.factories import (
    CampaignFactory,
    ModelProgramFactory,
    PeriodFactory,
    PilotUnitFactory,
    ReviewFactory,
    SectorFactory,
)
from tests.models_registry.test_import import CONFIRM_URL as PROGRAM_CONFIRM_URL
from tests.models_registry.test_import import HEADER as PROGRAM_HEADER
from tests.models_registry.test_import import IMPORT_URL as PROGRAM_IMPORT_URL
from tests.models_registry.test_import import UNIT_HEADER, program_row
from tests.mttq_portal.public_site import populate_public_site
from tests.news.conftest import article_form, category  # noqa: F401  (fixtures)
from tests.news.factories import ArticleFactory, CategoryFactory, staff_member
from tests.pages.factories import ContactPersonFactory, LeaderFactory, PageFactory

# What save() is given in the tests: every class of character the cleaning handles, NUL (which
# PostgreSQL cannot store) and a lone surrogate (which neither database can encode) included.
NASTY_LINE = "Tiêu\x02đề\x03\u200b mới\x00\x1f\x7f\x85\u202e\ufeff\ufffe\ud800"
NASTY_TEXT = NASTY_LINE + "\r\nDòng\x0b hai\rĐoạn\u2028ba\u2029bốn\tcột"
# What a browser or a spreadsheet can send: no NUL (Django's form fields refuse it with an error
# message of their own), no lone surrogate (not encodable in a request or a file). Built so that
# the cleaned value is known exactly.
TYPED_LINE = "Tiêu\x02đề\x03\u200b mới\x1f\x7f\x9f\u202e\ufeff\u00ad tự quản"
CLEAN_LINE = "Tiêuđề mới tự quản"
TYPED_TEXT = "Dòng\x02 một\u200b\r\nDòng\x0b hai\rDòng ba\x85Đ\tcuối\u2028hết\ufffe"
CLEAN_TEXT = "Dòng một\u200b\nDòng hai\nDòng ba\nĐ\tcuối\nhết"
# Removed from every stored text, single-line or not: none of them may reach a page or a feed.
ALWAYS_REMOVED = re.compile("[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
INVISIBLE = "\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e"
BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
C0_WITHOUT_LINE_ENDS = "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n\x0b\x0c\r")
C1_WITHOUT_NEL = "".join(chr(c) for c in range(0x80, 0xA0) if c != 0x85)
VIETNAMESE = "Đặng Thị Hường, Ủy ban MTTQ tỉnh: “Đoàn kết” – 2011–2015; ạ ặ ậ ẹ ệ ị ọ ộ ợ ụ ự ỵ đ Đ"

APP_LABELS = ("news", "models_registry", "awards", "galleries", "documents", "pages")


def stored_text_models():
    """Return the concrete models of the three apps: every one of them holds text.

    The historical copies django-simple-history makes are left out: it writes them from the
    saved (cleaned) article, which test_article_history_keeps_the_cleaned_text checks.
    """
    return [
        model
        for label in APP_LABELS
        for model in apps.get_app_config(label).get_models()
        if not issubclass(model, HistoricalChanges)
    ]


def is_multiline(field):
    # The article body, a CKEditor5Field, is not a TextField subclass but is stored as one.
    return field.get_internal_type() == "TextField"


def text_fields(model):
    return [
        field
        for field in model._meta.concrete_fields
        if isinstance(field, models.CharField) or is_multiline(field)
    ]


def cleaner(field):
    return clean_multiline if is_multiline(field) else clean_line


TEXT_FIELDS = [(model, field) for model in stored_text_models() for field in text_fields(model)]


def _revoked_commendation():
    # Revoked, so that a revocation reason may be stored (commendation_reason_has_date).
    return CommendationFactory(
        revoked_on=datetime.date(2021, 5, 1), revocation_reason="Kê khai sai"
    )


def _proposal_line():
    proposal = Proposal.objects.create(
        number="15/TTr",
        submitted_on=datetime.date(2025, 11, 20),
        proposing_unit="Xã An Thạnh",
        title="Đề nghị",
        created_by=staff_member(OFFICER, "canbo-de-nghi"),
    )
    return ProposalLine.objects.create(
        proposal=proposal,
        recipient_kind="individual",
        recipient_name="Lê Văn Nam",
        award_type=award("bang_khen"),
        achievement="Thành tích",
    )


def _status_change():
    article = ArticleFactory()
    return StatusChange.objects.create(
        article=article, from_status="pending", to_status="published", note="Đã duyệt"
    )


# One saved row of each model. A model added to one of the apps needs a line here: the test
# test_every_model_with_text_has_a_row_builder says so.
ROW_BUILDERS = {
    Category: CategoryFactory,
    Article: ArticleFactory,
    Rating: lambda: rating_record(article=ArticleFactory(), voter_key="a" * 64, score=4),
    StatusChange: _status_change,
    Tag: lambda: Tag.objects.create(name="Vì người nghèo"),
    EventSeries: lambda: EventSeries.objects.create(
        name="Đại hội MTTQ tỉnh", description="Nhiệm kỳ"
    ),
    Attachment: lambda: Attachment.objects.create(
        article=ArticleFactory(), file=SimpleUploadedFile("ke-hoach.pdf", minimal_pdf())
    ),
    Sector: SectorFactory,
    Campaign: CampaignFactory,
    Period: PeriodFactory,
    PilotUnit: PilotUnitFactory,
    ModelProgram: ModelProgramFactory,
    Review: ReviewFactory,
    AwardDecision: AwardDecisionFactory,
    Commendation: _revoked_commendation,
    AwardType: lambda: AwardType.objects.create(name="Giấy khen thử", kind="form"),
    Recipient: lambda: Recipient.objects.create(kind="individual", name="Lê Văn Nam"),
    Proposal: lambda: _proposal_line().proposal,
    ProposalLine: _proposal_line,
    DocumentType: lambda: DocumentType.objects.create(name="Tờ trình"),
    IssuingBody: lambda: IssuingBody.objects.create(name="Ban Dân chủ – Pháp luật"),
    Document: DocumentFactory,
    DocumentFile: DocumentFileFactory,
    Album: AlbumFactory,
    Photo: lambda: add_photos(AlbumFactory())[0],
    Page: PageFactory,
    Leader: LeaderFactory,
    ContactPerson: ContactPersonFactory,
}


def nasty_value(field, current):
    """Return what a test stores in `field`: a valid choice wrapped in invisible and control
    characters (cleaned, it is the choice again), else the nasty text, within max_length."""
    if field.choices:
        return f"\u200b{current}\x00\u202e"
    value = NASTY_TEXT if is_multiline(field) else NASTY_LINE
    return value[: field.max_length] if field.max_length else value


def assert_stored_clean(field, stored):
    """Assert that `stored`, read back from the database for `field`, is clean text."""
    assert isinstance(stored, str), field
    assert cleaner(field)(stored) == stored, f"{field}: {stored!r}"
    assert not ALWAYS_REMOVED.search(stored), f"{field}: {stored!r}"
    if not is_multiline(field):
        assert not any(char in stored for char in INVISIBLE + BIDI + "\t\n"), f"{field}"


# The two functions -----------------------------------------------------------------------------


def test_vietnamese_text_is_left_unchanged():
    assert clean_line(VIETNAMESE) == VIETNAMESE
    assert clean_multiline(VIETNAMESE) == VIETNAMESE
    assert clean_multiline(VIETNAMESE + "\n\t" + VIETNAMESE) == VIETNAMESE + "\n\t" + VIETNAMESE


def test_single_line_turns_every_line_end_and_tab_into_one_space():
    for line_end in ["\t", "\n", "\r", "\r\n", "\x0b", "\x0c", "\x85", "\u2028", "\u2029"]:
        assert clean_line(f"Mặt{line_end}trận") == "Mặt trận", repr(line_end)


def test_multiline_keeps_tab_and_lf_and_turns_other_line_ends_into_lf():
    assert clean_multiline("Mặt\ttrận\nTổ quốc") == "Mặt\ttrận\nTổ quốc"
    for line_end in ["\r", "\r\n", "\x85", "\u2028", "\u2029"]:
        assert clean_multiline(f"Mặt{line_end}trận") == "Mặt\ntrận", repr(line_end)
    assert clean_multiline("a\r\n\r\nb\n\rc") == "a\n\nb\n\nc"


@pytest.mark.parametrize("clean", [clean_line, clean_multiline])
def test_other_c0_controls_del_and_c1_controls_are_removed(clean):
    controls = C0_WITHOUT_LINE_ENDS + "\x7f" + C1_WITHOUT_NEL
    assert clean(f"Đoàn{controls}kết") == "Đoànkết"


def test_vertical_tab_and_form_feed_are_removed_from_multiline_text():
    assert clean_multiline("Đoàn\x0bkết\x0c") == "Đoànkết"


@pytest.mark.parametrize("clean", [clean_line, clean_multiline])
def test_lone_surrogates_and_the_noncharacters_fffe_ffff_are_removed(clean):
    assert clean("Đoàn\ud800kết\udfff \ufffe\uffffdân") == "Đoànkết dân"


@pytest.mark.parametrize("char", INVISIBLE + BIDI)
def test_zero_width_and_bidirectional_characters_are_removed_from_a_single_line(char):
    assert clean_line(f"Nguyễn Vă{char}n A") == "Nguyễn Văn A"


def test_zero_width_and_bidirectional_characters_stay_in_multiline_text():
    text = f"Nguyễn{INVISIBLE}{BIDI} Văn A"
    assert clean_multiline(text) == text


def test_letters_are_composed_and_nothing_else_changes_not_case_not_spaces():
    decomposed = "Nguye\u0302\u0303n  "  # "Nguyễn" typed decomposed, two trailing spaces
    assert clean_line(decomposed) == "Nguyễn  "
    assert clean_multiline(f"  ĐOÀN kết\n{decomposed}") == "  ĐOÀN kết\nNguyễn  "
    assert clean_multiline("  ĐOÀN kết\n") == "  ĐOÀN kết\n"


@pytest.mark.parametrize("clean", [clean_line, clean_multiline])
def test_none_and_other_values_are_returned_unchanged(clean):
    assert clean(None) is None
    assert clean(12) == 12


def test_a_long_body_is_cleaned_and_a_clean_one_returned_as_it_is():
    body = "<p>Nội dung bài viết về đời sống văn hóa\x02 ở khu dân cư.</p>\r\n" * 8000
    cleaned = clean_multiline(body)
    assert cleaned == body.replace("\x02", "").replace("\r\n", "\n")
    assert clean_multiline(cleaned) is cleaned  # clean text: returned as is, not copied


def test_search_keys_and_slugs_ignore_invisible_characters():
    assert normalize_search("Ng\u200buyễn Vă\u00adn\ufeff A") == "nguyen van a"
    assert vietnamese_slugify("Ng\u200buyễn Văn\u2060 A") == "nguyen-van-a"


# Every field of every model, through save() ---------------------------------------------------


def test_the_models_and_fields_to_clean_are_found():
    found = {model for model, _ in TEXT_FIELDS}
    assert len(TEXT_FIELDS) > 20
    assert {Article, Category, ModelProgram, PilotUnit, AwardDecision, Commendation} <= found


def test_every_model_with_text_is_a_clean_text_model():
    for model in {model for model, _ in TEXT_FIELDS}:
        assert issubclass(model, CleanTextModel), model


def test_every_model_with_text_has_a_row_builder():
    missing = {model for model, _ in TEXT_FIELDS} - set(ROW_BUILDERS)
    assert not missing, f"add these models to ROW_BUILDERS: {missing}"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "model,field", TEXT_FIELDS, ids=[f"{m._meta.label}.{f.name}" for m, f in TEXT_FIELDS]
)
def test_nasty_text_saved_in_any_field_is_stored_cleaned(model, field):
    row = ROW_BUILDERS[model]()
    current = getattr(row, field.attname)
    setattr(row, field.attname, nasty_value(field, current))

    row.save()

    stored = getattr(model._default_manager.get(pk=row.pk), field.attname)
    assert_stored_clean(field, stored)
    if field.choices:
        assert stored == current
    elif field.editable and not isinstance(field, models.SlugField):
        # What the reader sees is kept, whatever the model derives from it (tidied names,
        # plain-text summary, sanitized HTML).
        assert "Tiêuđề" in stored and "mới" in stored, stored
        if is_multiline(field):
            assert "Dòng hai" in stored and "bốn\tcột" in stored, stored


@pytest.mark.django_db
def test_slug_and_search_keys_are_derived_from_the_cleaned_text():
    article = ArticleFactory(title="Đoàn\x02kết\u200b Văn\u00ad A", slug="", status="draft")
    article.refresh_from_db()

    assert article.title == "Đoànkết Văn A"
    assert article.slug == "doanket-van-a"
    assert article.search_title == " doanket van a |  | đoànkết văn "


@pytest.mark.django_db
def test_tidied_recipient_names_are_tidied_from_the_cleaned_text():
    commendation = CommendationFactory(recipient_name="Nguyễn\x1f \u200b Văn A\x02")
    commendation.refresh_from_db()

    assert commendation.recipient_name == "Nguyễn Văn A"
    assert commendation.recipient_key.startswith("nguyễn văn a|")


@pytest.mark.django_db
def test_character_references_decoded_by_the_html_sanitizer_are_removed_too():
    article = ArticleFactory(body="<p>Đoàn&#2;kết&#xFFFE; &#0;dân</p>")
    article.refresh_from_db()

    assert not ALWAYS_REMOVED.search(article.body)
    assert "Đoànkết" in article.body


@pytest.mark.django_db
def test_article_history_keeps_the_cleaned_text():
    article = ArticleFactory(title=NASTY_LINE, body=NASTY_TEXT, summary=NASTY_TEXT)

    version = article.history.get()
    for name in ("title", "body", "summary"):
        assert_stored_clean(Article._meta.get_field(name), getattr(version, name))


@pytest.mark.django_db
def test_saving_a_row_read_without_a_field_neither_reads_nor_writes_that_field():
    PilotUnitFactory(description="Giới thiệu")
    unit = PilotUnit.objects.defer("description").get()
    unit.name = "Tân\x02 Lập"

    unit.save()

    assert "description" in unit.get_deferred_fields()
    assert PilotUnit.objects.values_list("name", "description").get() == ("Tân Lập", "Giới thiệu")


# Through the admin's forms ---------------------------------------------------------------------


# admin_client is pytest-django's: a superuser, logged in.


def assert_saved(response):
    """Assert that an admin form was accepted; show its errors if it was not."""
    if response.status_code != 302:
        context = response.context
        errors = [context["adminform"].form.errors]
        errors += [inline.formset.errors for inline in context["inline_admin_formsets"]]
        pytest.fail(f"the form was refused ({response.status_code}): {errors}")


def test_admin_category_form_stores_the_cleaned_text(admin_client):
    data = {
        "name": TYPED_LINE,
        "slug": "",
        "description": TYPED_TEXT,
        "order": "0",
        "is_active": "on",
    }

    assert_saved(admin_client.post(reverse("admin:news_category_add"), data))

    saved = Category.objects.get()
    assert saved.name == CLEAN_LINE
    assert saved.slug == "tieude-moi-tu-quan"
    assert saved.description == CLEAN_TEXT


def test_admin_refuses_a_name_that_differs_only_by_an_invisible_character(admin_client):
    CategoryFactory(name="Tin hoạt động")
    data = {"name": "Tin hoạt\u200b động", "slug": "tin-khac", "description": "", "order": "0"}

    response = admin_client.post(reverse("admin:news_category_add"), data)

    assert response.status_code == 200
    assert response.context["adminform"].form.errors["name"]
    assert Category.objects.count() == 1


def test_admin_article_add_and_change_forms_store_the_cleaned_text(
    admin_client,
    article_form,  # noqa: F811  (the fixture imported above)
):
    text_fields_typed = {
        "title": TYPED_LINE,
        "summary": TYPED_TEXT,
        "body": f"<p>{TYPED_TEXT}</p>",
        "byline": TYPED_LINE,
        "source": TYPED_LINE,
        "cover_caption": TYPED_LINE,
    }
    add = admin_client.post(
        reverse("admin:news_article_add"),
        article_form(_move="publish", status_note=TYPED_LINE, **text_fields_typed),
    )
    assert_saved(add)
    article = Article.objects.get()
    assert article.title == article.byline == article.source == article.cover_caption == CLEAN_LINE
    assert article.summary == CLEAN_TEXT
    assert article.body == f"<p>{CLEAN_TEXT}</p>"
    assert article.search_title.startswith(" tieude moi tu quan |")
    assert StatusChange.objects.get(article=article).note == CLEAN_LINE

    change = admin_client.post(
        reverse("admin:news_article_change", args=[article.pk]),
        article_form(article, title=f"Sửa\x02 {TYPED_LINE}"),
    )
    assert_saved(change)
    article.refresh_from_db()
    assert article.title == f"Sửa {CLEAN_LINE}"


def test_admin_pilot_unit_and_program_forms_store_the_cleaned_text(admin_client):
    period = PeriodFactory()
    unit = {
        "name": TYPED_LINE,
        "unit_type": "xa",
        "former_district": TYPED_LINE,
        "year_chosen": "2012",
        "period": period.pk,
        "description": TYPED_TEXT,
        "slug": "",
    }
    assert_saved(admin_client.post(reverse("admin:models_registry_pilotunit_add"), unit))
    pilot_unit = PilotUnit.objects.get()
    assert pilot_unit.name == pilot_unit.former_district == CLEAN_LINE
    assert pilot_unit.description == CLEAN_TEXT

    program = {
        "name": TYPED_LINE,
        "unit": pilot_unit.pk,
        "sector": SectorFactory().pk,
        "start_date": "05/06/2025",
        "status": "running",
        "description": TYPED_TEXT,
        "results": TYPED_TEXT,
        "slug": "",
        "reviews-TOTAL_FORMS": "1",
        "reviews-INITIAL_FORMS": "0",
        "reviews-0-kind": "interim",
        "reviews-0-date": "24/04/2020",
        "reviews-0-summary": TYPED_TEXT,
    }
    assert_saved(admin_client.post(reverse("admin:models_registry_modelprogram_add"), program))
    model_program = ModelProgram.objects.get()
    assert model_program.name == CLEAN_LINE
    assert model_program.description == model_program.results == CLEAN_TEXT
    assert model_program.slug == "tieude-moi-tu-quan"
    assert Review.objects.get().summary == CLEAN_TEXT


def test_admin_decision_form_and_its_recipients_store_the_cleaned_text(admin_client):
    recipient = {
        "recipient_name": TYPED_LINE,
        "position": TYPED_LINE,
        "organization": TYPED_LINE,
        "achievement": TYPED_TEXT,
    }
    data = {
        **decision_fields(number="125/QĐ\u200b-MTTQ\x02", issuer=TYPED_LINE, title=TYPED_LINE),
        **recipient_rows([recipient]),
    }

    assert_saved(admin_client.post(DECISION_ADD_URL, data))

    decision = AwardDecision.objects.get()
    assert decision.number == "125/QĐ-MTTQ"
    assert decision.issuer == decision.title == CLEAN_LINE
    commendation = Commendation.objects.get()
    assert commendation.recipient_name == commendation.organization == CLEAN_LINE
    assert commendation.position == CLEAN_LINE
    assert commendation.achievement == CLEAN_TEXT
    assert commendation.recipient_key == f"{name_key(CLEAN_LINE)}|{name_key(CLEAN_LINE)}"


def test_admin_commendation_change_form_stores_the_cleaned_text(admin_client):
    commendation = CommendationFactory()
    data = {
        "decision": commendation.decision_id,
        "recipient_kind": "individual",
        "recipient_name": TYPED_LINE,
        "position": "",
        "organization": TYPED_LINE,
        "award_type": award("bang_khen").pk,
        "achievement": TYPED_TEXT,
        "pilot_unit": "",
        "program": "",
        "revoked_on": "",
        "revocation_reason": "",
    }
    url = reverse("admin:awards_commendation_change", args=[commendation.pk])

    assert_saved(admin_client.post(url, data))

    commendation.refresh_from_db()
    assert commendation.recipient_name == commendation.organization == CLEAN_LINE
    assert commendation.achievement == CLEAN_TEXT


# Through an Excel or CSV import ----------------------------------------------------------------


def import_file(client, rows, file_format, import_url, confirm_url):
    """Post `rows` to an admin import page and confirm the preview; return the confirmation."""
    preview = client.post(import_url, upload(rows, file_format))
    assert preview.status_code == 200
    assert "confirm_form" in preview.context, preview.content.decode()
    return client.post(confirm_url, preview.context["confirm_form"].initial)


@pytest.mark.django_db
def test_csv_import_of_model_programs_stores_the_cleaned_text(admin_client):
    PilotUnitFactory(name="Đông Hưng", former_district="Huyện Đông Hưng")
    SectorFactory(name="An ninh trật tự")
    CampaignFactory()
    PeriodFactory()
    row = list(program_row(f"\x00{TYPED_LINE}"))
    row[8], row[9] = TYPED_TEXT, f"Giảm\x00 vụ việc{TYPED_TEXT}"

    confirmed = import_file(
        admin_client, [PROGRAM_HEADER, row], "csv", PROGRAM_IMPORT_URL, PROGRAM_CONFIRM_URL
    )

    assert confirmed.status_code == 302
    program = ModelProgram.objects.get()
    assert program.name == CLEAN_LINE
    for name in ("description", "results"):
        assert_stored_clean(ModelProgram._meta.get_field(name), getattr(program, name))
    assert program.description.startswith("Dòng một") and "\nDòng hai" in program.description
    assert program.results.startswith("Giảm vụ việcDòng một")


@pytest.mark.django_db
def test_excel_import_of_pilot_units_stores_the_cleaned_text(admin_client):
    # An .xlsx file cannot hold C0 controls (XML refuses them); C1 controls, zero-width and
    # bidirectional characters it can, and Word puts them there.
    name = "Tân\u200b Lập\u202e\ufeff\x7f\x9f\x85"
    district = "Huyện\u00ad Vũ\u2060 Thư"

    confirmed = import_file(
        admin_client,
        [UNIT_HEADER, (name, "Xã", district, 2012, "")],
        "xlsx",
        reverse("admin:models_registry_pilotunit_import"),
        reverse("admin:models_registry_pilotunit_process_import"),
    )

    assert confirmed.status_code == 302
    unit = PilotUnit.objects.get()
    assert unit.name == "Tân Lập"
    assert unit.former_district == "Huyện Vũ Thư"
    assert unit.slug == "xa-tan-lap"


# Every public page and feed, with such text stored everywhere ----------------------------------


def store_nasty_text_everywhere():
    """Give every text field holding text, in every row, nasty text through save(); slugs,
    choices and generated codes keep their values, so that every address and filter still
    works."""
    for model in stored_text_models():
        for row in model._default_manager.all():
            for field in text_fields(model):
                current = getattr(row, field.attname)
                if not current or field.choices or isinstance(field, models.SlugField):
                    continue
                if field.unique and not field.editable:
                    continue  # a generated code (a certificate's): its address uses it
                value = nasty_value(field, current)
                if field.unique:  # the catalogue's names: one nasty text per row
                    suffix = f" {row.pk}"
                    value = value[: field.max_length - len(suffix)] + suffix
                setattr(row, field.attname, value)
            row.save()


@pytest.fixture
def nasty_site(db):
    urls = populate_public_site()
    ReviewFactory(program=ModelProgram.objects.get())
    # Text in the optional fields the pages show, so that they are given nasty text too.
    Article.objects.update(source="Báo tỉnh", cover_caption="Ảnh: Phóng viên")
    PilotUnit.objects.update(description="Giới thiệu đơn vị điểm.")
    ModelProgram.objects.update(results="Giảm vụ việc.")
    document = DocumentFileFactory(title="Phụ lục").document
    document.articles.set(Article.objects.all())
    leaders = PageFactory(kind=Page.Kind.LEADERS, title="Lãnh đạo")
    contact = PageFactory(kind=Page.Kind.CONTACT, title="Liên hệ", parent=leaders)
    LeaderFactory(bio="Tiểu sử.")
    ContactPersonFactory()
    store_nasty_text_everywhere()
    article = Article.objects.get()
    return {
        **urls,
        "documents": reverse("documents:list"),
        "document": document.get_absolute_url(),
        "documents_rss": reverse("documents:rss"),
        "about": reverse("pages:overview"),
        "about_leaders": leaders.get_absolute_url(),
        "about_contact": contact.get_absolute_url(),
        "category_rss": urls["category"] + "rss/",
        "sitemap": "/sitemap.xml",
        "search": reverse("search") + "?q=" + quote("mới"),
        "article": article.get_absolute_url(),
    }


PUBLIC_PAGES = [
    "home", "category", "category_rss", "article", "rss", "sitemap", "search", "program_list",
    "program", "unit_list", "unit", "honor_roll", "decision", "statistics",
    "documents", "document", "documents_rss", "about", "about_leaders", "about_contact",
]  # fmt: skip
XML_PAGES = {"category_rss", "rss", "sitemap", "documents_rss"}


@pytest.mark.parametrize("page", PUBLIC_PAGES)
def test_public_pages_and_feeds_answer_with_none_of_the_removed_characters(
    client, nasty_site, page
):
    response = client.get(nasty_site[page])

    assert response.status_code == 200, nasty_site[page]
    content = b"".join(response.streaming_content) if response.streaming else response.content
    text = content.decode("utf-8")  # strict: a lone surrogate would fail here
    found = ALWAYS_REMOVED.search(text)
    assert not found, (
        f"{nasty_site[page]}: {found.group()!r} at {text[found.start() - 60 :][:120]!r}"
    )
    if page in XML_PAGES:
        ET.fromstring(content)


@pytest.mark.parametrize("page", ["article", "rss"])
def test_the_cleaned_title_is_what_readers_and_feeds_get(client, nasty_site, page):
    text = client.get(nasty_site[page]).content.decode()

    assert "Tiêuđề mới" in text
