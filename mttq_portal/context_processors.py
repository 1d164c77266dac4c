from django.conf import settings
from django.urls import reverse

from .pagecache import current_version, kept


def site(request):
    """Return the committee's name and contacts, and the navigation, for every template."""
    return {
        "SITE_NAME": settings.SITE_NAME,
        "SITE_TAGLINE": settings.SITE_TAGLINE,
        "SITE_ADDRESS": settings.SITE_ADDRESS,
        "SITE_PHONE": settings.SITE_PHONE,
        "SITE_EMAIL": settings.SITE_EMAIL,
        "SITE_CONTENT_OWNER": settings.SITE_CONTENT_OWNER,
        "nav_groups": navigation_groups(request),
    }


def navigation_groups(request):
    """Return the main menu's groups: their name, anchor, links ((name, url) pairs) and
    whether the page shown is one of them. Also the sitemap page's sections."""
    path = getattr(request, "path", "")
    return [
        {
            "slug": slug,
            "name": name,
            "links": links,
            "current": any(
                path == url or (url != "/" and path.startswith(url)) for _n, url in links
            ),
        }
        for slug, name, links in kept(current_version(), "navigation-groups", _groups)
    ]


def _groups():
    """Return the menu's groups as (anchor, name, links) from what is public: the introduction
    pages, the categories, the document types that have documents. Kept per content version
    (navigation_groups()): every page shows the menu, and only a change of content changes it."""
    from documents.models import DocumentType
    from news.models import Category
    from pages.models import published_tree

    about = [(page.title, page.get_absolute_url()) for page in published_tree()]
    documents_url = reverse("documents:list")
    document_types = [
        (kind.name, f"{documents_url}?type={kind.slug}")
        for kind in DocumentType.objects.with_public_documents()
    ]
    groups = [
        ("gioi-thieu", "Giới thiệu", about),
        (
            "tin-tuc",
            "Tin tức",
            [*Category.objects.for_navigation(), ("Thư viện ảnh", reverse("galleries:list"))],
        ),
        (
            "mo-hinh",
            "Mô hình điểm",
            [
                ("Mô hình điểm", reverse("models_registry:program_list")),
                ("Điển hình tiên tiến", reverse("models_registry:program_list") + "?dien-hinh=1"),
                ("Đơn vị điểm", reverse("models_registry:unit_list")),
                ("Thống kê", reverse("statistics")),
            ],
        ),
        (
            "khen-thuong",
            "Khen thưởng",
            [
                ("Danh sách khen thưởng", reverse("awards:honor_roll")),
                ("Xác thực khen thưởng", reverse("awards:verify_form")),
            ],
        ),
        ("van-ban", "Văn bản", [("Tất cả văn bản", documents_url), *document_types]),
    ]
    return [(slug, name, links) for slug, name, links in groups if links]
