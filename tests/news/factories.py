import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from news.models import Article, Category


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"nguoidung{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.com")
    password = factory.PostGenerationMethodCall("set_password", "Mật-khẩu-thử-2025")
    is_staff = False


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    name = factory.Sequence(lambda n: f"Chuyên mục số {n}")
    order = factory.Sequence(int)


class ArticleFactory(factory.django.DjangoModelFactory):
    """A published article, due an hour ago. Use `draft=True` etc. through `status=`."""

    class Meta:
        model = Article

    title = factory.Sequence(lambda n: f"Mô hình điểm ở khu dân cư số {n}")
    summary = "Ủy ban MTTQ tỉnh tổng kết công tác xây dựng mô hình điểm."
    body = "<p>Nội dung bài viết về đời sống văn hóa ở khu dân cư.</p>"
    category = factory.SubFactory(CategoryFactory)
    status = Article.Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - timezone.timedelta(hours=1))
    byline = "Phóng viên"
