import factory

from pages.models import ContactPerson, Leader, Page


class PageFactory(factory.django.DjangoModelFactory):
    """A published top-level page; `parent=` makes a child."""

    class Meta:
        model = Page

    title = factory.Sequence(lambda n: f"Trang giới thiệu số {n}")
    order = factory.Sequence(int)
    summary = "Thông tin về Ủy ban MTTQ Việt Nam tỉnh."
    body = "<p>Nội dung trang giới thiệu.</p>"
    is_published = True


class LeaderFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Leader

    name = factory.Sequence(lambda n: f"Nguyễn Văn Lãnh Đạo {n}")
    position = "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"
    term = "2024–2029"
    order = factory.Sequence(int)


class ContactPersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContactPerson

    name = factory.Sequence(lambda n: f"Trần Thị Liên Hệ {n}")
    position = "Chánh Văn phòng"
    responsibility = "Tiếp nhận phản ánh, kiến nghị"
    phone = "0123 4567 801"
    email = factory.Sequence(lambda n: f"canbo{n}@mttq.example.vn")
    order = factory.Sequence(int)
