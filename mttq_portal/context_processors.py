from django.conf import settings


def site(request):
    """Return the committee's name and contacts, and the navigation, for every template."""
    from news.models import Category

    return {
        "SITE_NAME": settings.SITE_NAME,
        "SITE_TAGLINE": settings.SITE_TAGLINE,
        "SITE_ADDRESS": settings.SITE_ADDRESS,
        "SITE_PHONE": settings.SITE_PHONE,
        "SITE_EMAIL": settings.SITE_EMAIL,
        "SITE_CONTENT_OWNER": settings.SITE_CONTENT_OWNER,
        "nav_categories": Category.objects.for_navigation(),
        "nav_groups": navigation_groups(request, Category.objects.for_navigation()),
    }


def navigation_groups(request, categories):
    """Return the main menu's groups: their name, anchor, links ((name, url) pairs) and
    whether the page shown is one of them. Also the sitemap page's sections."""
    groups = [
        ("tin-tuc", "Tin tức", list(categories)),
        (
            "mo-hinh",
            "Mô hình điểm",
            [
                ("Mô hình điểm", "/mo-hinh/"),
                ("Điển hình tiên tiến", "/mo-hinh/?dien-hinh=1"),
                ("Đơn vị điểm", "/don-vi-diem/"),
                ("Thống kê", "/thong-ke/"),
            ],
        ),
        (
            "khen-thuong",
            "Khen thưởng",
            [
                ("Danh sách khen thưởng", "/khen-thuong/"),
                ("Xác thực khen thưởng", "/khen-thuong/xac-thuc/"),
            ],
        ),
    ]
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
        for slug, name, links in groups
    ]
