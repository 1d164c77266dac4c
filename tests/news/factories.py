import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from mttq_portal.roles import setup_roles
from news.models import Article, Category


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"nguoidung{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.com")
    password = factory.PostGenerationMethodCall("set_password", "Mật-khẩu-thử-2025")
    is_staff = False


def staff_member(group_name, username):
    """Return a staff user in one of the roles of mttq_portal.roles, with its permissions."""
    setup_roles()
    user = UserFactory(username=username, is_staff=True)
    user.groups.add(Group.objects.get(name=group_name))
    return user


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


# A phone browser: the view counter ignores an empty User-Agent (Django's test client sends
# none) as it ignores crawlers.
BROWSER_UA = (
    "Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/126.0.0.0 Mobile Safari/537.36"
)


def unpublished_states():
    """Return {name: fields} of every state the public must not see."""
    now = timezone.now()
    return {
        "draft": {"status": Article.Status.DRAFT, "published_at": None},
        "pending": {"status": Article.Status.PENDING, "published_at": None},
        "hidden": {
            "status": Article.Status.HIDDEN,
            "published_at": now - timezone.timedelta(days=1),
        },
        "scheduled": {
            "status": Article.Status.PUBLISHED,
            "published_at": now + timezone.timedelta(days=1),
        },
        "expired": {
            "status": Article.Status.PUBLISHED,
            "published_at": now - timezone.timedelta(days=10),
            "expires_at": now - timezone.timedelta(hours=1),
        },
    }


def preview_user(**fields):
    """Return a staff user allowed to preview articles (news.view_article)."""
    from django.contrib.auth.models import Permission

    # No password to hash: tests sign staff in with force_login().
    user = UserFactory(is_staff=True, password=None, **fields)
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="news", codename="view_article")
    )
    return user
