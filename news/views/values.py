"""What the article page prints of an article and of its reader: `a` of the template."""

import functools
import unicodedata
from urllib.parse import quote_plus, urljoin

from django.conf import settings
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.text import Truncator

from ..templatetags.news_tags import html_datetime, json_ld
from .readers import site_root

MESSAGE_YOU_RATED = "Bạn đã đánh giá bài viết này {score}/5 sao. Cảm ơn bạn!"
MESSAGE_PREVIEW_NOT_RATED = "Bài chưa xuất bản nên chưa nhận đánh giá."


def truncate(text, length):
    """Truncator(text).chars(length), without its cost for a text that fits."""
    text = unicodedata.normalize("NFC", text)
    return text if len(text) <= length else Truncator(text).chars(length)


def grouped(number):
    """intcomma with the Vietnamese separator: 12344 gives "12.344"."""
    return f"{number:,}".replace(",", ".")


def one_decimal(number):
    """floatformat(number, "-1") in Vietnamese: 4.0 gives "4", 4.3 gives "4,3"."""
    text = f"{number:.1f}"
    return text[:-2] if text.endswith(".0") else text.replace(".", ",")


def page_values(request, article, category, other_news, extras, *, is_preview=False):
    """Return `a`, what the article page prints of `article` and of its reader, ready to print:
    texts, formatted numbers and dates, markup, and the FLAGS. `category`: {"name", "url"};
    `other_news`, `extras`: markup (news.views.article).

    The same strings formats.date_format, intcomma, floatformat and Truncator give, without
    their lookups of the active language: this runs for every reader.
    """
    root = site_root(request)  # ends with "/"
    path = article.get_absolute_url()
    canonical = root + path[1:]
    has_cover = bool(article.cover_image)
    cover_url = urljoin(root, article.cover_image.url) if has_cover else ""
    srcset = article.cover_srcset if has_cover else ""
    described = article.summary or article.title
    published = timezone.localtime(article.published_at) if article.published_at else None
    modified = timezone.localtime(article.updated_at)
    reader_score = getattr(article, "reader_score", None)
    if reader_score:
        rating_status = MESSAGE_YOU_RATED.format(score=reader_score)
    else:
        rating_status = MESSAGE_PREVIEW_NOT_RATED if is_preview else ""
    return {
        "has_cover": has_cover,
        "has_srcset": bool(srcset),
        "has_caption": bool(article.cover_caption),
        "has_summary": bool(article.summary),
        "has_byline": bool(article.byline),
        "has_source": bool(article.source),
        "has_published": published is not None,
        "title": article.title,
        "category_name": category["name"],
        "category_url": category["url"],
        "meta_description": truncate(described, 300),
        "twitter_description": truncate(described, 200),
        "canonical_url": canonical,
        "cover_url": cover_url,
        "cover_src": article.cover_image.url if has_cover else "",
        "cover_srcset": srcset,
        "cover_alt": article.cover_caption or article.title,
        "cover_caption": article.cover_caption,
        "published_iso": html_datetime(published),
        "published_display": published.strftime("%d/%m/%Y %H:%M") if published else "",
        "modified_iso": html_datetime(modified),
        "summary": article.summary,
        "body": mark_safe(article.body),  # sanitized with nh3 on every save
        "byline": article.byline,
        "source": article.source,
        "facebook_share_url": "https://www.facebook.com/sharer/sharer.php?u="
        + quote_plus(canonical),
        "zalo_share_url": "https://sp.zalo.me/share_inline?url=" + quote_plus(canonical),
        "json_ld": json_ld(
            news_article_ld(article, category, canonical, cover_url, root, published, modified)
        ),
        "view_count": grouped(article.view_count),
        "rating_sum": grouped(article.rating_sum),
        "rating_count": grouped(article.rating_count),
        "rating_average": one_decimal(article.rating_average),
        "rating_stars": article.rating_stars,
        "rate_url": path + rating_suffix(),
        "rating_disabled": " disabled" if is_preview or reader_score else "",
        "rating_status": rating_status,
        "extras": mark_safe(extras),  # rendered by the template engine, escaped there
        "other_news": other_news,
    }


def news_article_ld(article, category, canonical, cover_url, root, published, modified):
    """Return the schema.org NewsArticle describing `article`, for search engines.
    `published`, `modified`: its times in the site's time zone (published may be None)."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "description": article.summary,
        "mainEntityOfPage": {"@type": "WebPage", "@id": canonical},
        "url": canonical,
        "inLanguage": "vi",
        "articleSection": category["name"],
        "author": (
            {"@type": "Person", "name": article.byline}
            if article.byline
            else {"@type": "Organization", "name": settings.SITE_NAME}
        ),
        "publisher": {
            "@type": "Organization",
            "name": settings.SITE_NAME,
            "url": root,
            "logo": {"@type": "ImageObject", "url": urljoin(root, logo_url())},
        },
        "dateModified": html_datetime(modified),
    }
    if published is not None:
        data["datePublished"] = html_datetime(published)
    if cover_url:
        data["image"] = [cover_url]
    return data


@functools.cache
def rating_suffix():
    """Return what the rating address adds to the article's ("danh-gia/", news/urls.py):
    reverse() costs more than the rest of a page's values."""
    article, rating = reverse("news:article", args=["x"]), reverse("news:rate", args=["x"])
    return rating.removeprefix(article)


@functools.cache
def logo_url():
    """Return the logo's static URL: static() reads the manifest, once per process is enough."""
    return static("img/logo.svg")
