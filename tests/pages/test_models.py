import pytest
from django.core.exceptions import ValidationError
from django.db.models import ProtectedError

from pages.models import ContactPerson, Page, tel_href, validate_phone

from .factories import ContactPersonFactory, PageFactory

pytestmark = pytest.mark.django_db


def test_slug_comes_from_the_vietnamese_title_and_stays_unique():
    first = PageFactory(title="Đội ngũ lãnh đạo")
    second = PageFactory(title="Đội ngũ lãnh đạo")

    assert first.slug == "doi-ngu-lanh-dao"
    assert second.slug == "doi-ngu-lanh-dao-2"
    assert first.get_absolute_url() == "/gioi-thieu/doi-ngu-lanh-dao/"


def test_a_page_cannot_be_its_own_parent():
    page = PageFactory()
    page.parent = page

    with pytest.raises(ValidationError) as error:
        page.full_clean()

    assert "không thể là trang cha của chính nó" in str(error.value.message_dict["parent"])


def test_a_page_cannot_go_under_its_own_child():
    top = PageFactory()
    child = PageFactory(parent=top)
    top.parent = child

    with pytest.raises(ValidationError) as error:
        top.full_clean()

    assert "không thể là trang cha của chính nó" in str(error.value.message_dict["parent"])


def test_the_tree_has_two_levels_at_most():
    grandchild = Page(title="Cháu", parent=PageFactory(parent=PageFactory()))

    with pytest.raises(ValidationError) as error:
        grandchild.full_clean()

    assert "chỉ có 2 cấp" in str(error.value.message_dict["parent"])


def test_a_page_with_children_cannot_become_a_child():
    page = PageFactory()
    PageFactory(parent=page)
    page.parent = PageFactory()

    with pytest.raises(ValidationError) as error:
        page.full_clean()

    assert "đang có trang con" in str(error.value.message_dict["parent"])


def test_a_parent_with_children_cannot_be_deleted():
    top = PageFactory()
    PageFactory(parent=top)

    with pytest.raises(ProtectedError):
        top.delete()


def test_body_is_sanitised_and_text_cleaned_on_save():
    page = PageFactory(
        title="Cơ\x02 cấu\u200b tổ chức",
        summary="<b>Tóm</b> tắt",
        body='<p onclick="x()">Ban<script>alert(1)</script> Thường trực</p>',
    )
    page.refresh_from_db()

    assert page.title == "Cơ cấu tổ chức"
    assert page.slug == "co-cau-to-chuc"
    assert page.summary == "Tóm tắt"
    assert page.body == "<p>Ban Thường trực</p>"


def test_an_image_without_alternative_text_is_refused_in_vietnamese():
    page = Page(title="Ảnh", body='<figure class="image"><img src="/media/uploads/a.jpg"></figure>')

    with pytest.raises(ValidationError) as error:
        page.full_clean()

    assert "văn bản thay thế" in str(error.value.message_dict["body"])


def test_saving_keeps_a_version_in_the_history():
    page = PageFactory(title="Liên hệ")
    page.summary = "Địa chỉ mới"
    page.save()

    assert page.history.count() == 2
    assert page.history.earliest().summary == "Thông tin về Ủy ban MTTQ Việt Nam tỉnh."


def test_published_leaves_out_unpublished_pages_and_children_of_unpublished_parents():
    shown = PageFactory()
    hidden = PageFactory(is_published=False)
    orphan = PageFactory(parent=hidden)
    child = PageFactory(parent=shown)
    PageFactory(parent=shown, is_published=False)

    assert set(Page.objects.published()) == {shown, child}
    assert orphan not in Page.objects.published()


def test_for_navigation_gives_published_top_pages_and_children_in_order_in_two_queries(
    django_assert_num_queries,
):
    second = PageFactory(title="Liên hệ", order=5)
    first = PageFactory(title="Giới thiệu chung", order=1)
    PageFactory(title="Ẩn", is_published=False)
    b = PageFactory(title="Ban chuyên môn", parent=first, order=2)
    a = PageFactory(title="Ban Thường trực", parent=first, order=1)
    PageFactory(title="Nháp", parent=first, is_published=False)

    with django_assert_num_queries(2):
        tree = Page.objects.for_navigation()
        shape = [(p, list(p.navigation_children)) for p in tree]

    assert shape == [(first, [a, b]), (second, [])]


@pytest.mark.parametrize(
    "phone", ["0272 3826 123", "0912.345.678", "0912345678", "+84 912 345 678", "+84272.3826123"]
)
def test_vietnamese_phone_numbers_are_accepted(phone):
    validate_phone(phone)


@pytest.mark.parametrize(
    "phone", ["12345", "0912-345-678", "+1 202 555 0100", "0912 345", "09123456789012", "tel:0912"]
)
def test_other_phone_numbers_are_refused_in_vietnamese(phone):
    with pytest.raises(ValidationError) as error:
        validate_phone(phone)

    assert "Số điện thoại không hợp lệ" in error.value.messages[0]


def test_a_contact_with_a_bad_phone_or_email_is_refused_on_full_clean():
    person = ContactPerson(name="A", position="B", phone="abc", email="khong-phai-thu")

    with pytest.raises(ValidationError) as error:
        person.full_clean()

    assert "Số điện thoại không hợp lệ" in str(error.value.message_dict["phone"])
    assert "thư điện tử không hợp lệ" in str(error.value.message_dict["email"])


def test_tel_links_use_the_international_form():
    assert tel_href("0272 3826 123") == "tel:+842723826123"
    assert tel_href("+84 912.345.678") == "tel:+84912345678"
    assert ContactPersonFactory(phone="0912 345 678").phone_href == "tel:+84912345678"
