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
        "nav_categories": Category.objects.for_navigation(),
    }
