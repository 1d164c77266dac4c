"""A citizen's visit, on a phone and on a desktop: news, a rating, a search typed without
diacritics, the pilot models, the statistics and the honor roll."""

import pytest
from playwright.sync_api import expect

from awards.models import Commendation
from models_registry.models import ModelProgram, Sector
from mttq_portal.text import normalize_search
from news.models import Article, Category, Rating
from tests.news.factories import ArticleFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def vi_number(number):
    """Return `number` as the pages print it: 1.234 (Vietnamese thousands separator)."""
    return f"{number:,}".replace(",", ".")


# The screenshots docs/screenshots/ keeps: the pages a reader sees first, at the width that
# shows each best (each file weighs hundreds of kilobytes). The home page's: tests/e2e/test_home.py.
SCREENSHOTS = {
    "article-phone",
    "article-desktop",
    "search-phone",
    "models-desktop",
    "statistics-desktop",
    "honor-roll-phone",
}


def screenshot(visitor, name):
    if name in SCREENSHOTS:
        visitor.screenshot(name)


SEARCHED_TITLE = "Nhân rộng mô hình điểm “Khu dân cư không có tội phạm” ở xã Đông Hưng"


@pytest.fixture
def searched_article(demo_site):
    """A published article whose title holds "Mô hình điểm", for the search without diacritics."""
    return ArticleFactory(
        title=SEARCHED_TITLE,
        summary=(
            "Sau 5 năm làm điểm, mô hình được nhân rộng ra 12 khu dân cư, góp phần giữ vững an "
            "ninh trật tự ở cơ sở."
        ),
        category=Category.objects.order_by("order").first(),
        is_featured=False,
    )


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
def test_citizen_reads_rates_searches_and_browses_models_statistics_and_honor_roll(
    visit, searched_article, viewport
):
    citizen = visit(viewport)
    page = citizen.page

    # Home ------------------------------------------------------------------------------------
    citizen.goto("/")
    expect(page.locator(".featured__main h2 a")).to_be_visible()
    assert page.evaluate("() => document.fonts.check('16px \"Be Vietnam Pro\"', 'Mặt trận')")
    screenshot(citizen, f"home-{viewport}")

    # An article, and a rating that updates the page in place ---------------------------------
    lead = page.locator(".featured__main h2 a")
    article = Article.objects.get(slug=lead.get_attribute("href").strip("/").rsplit("/", 1)[-1])
    with page.expect_navigation():
        lead.click()
    citizen.assert_page_ok()
    expect(page.locator("h1")).to_have_text(article.title)
    # The reader's visit is counted, and the page shows the count with it.
    expect(page.get_by_text("Tổng lượt xem bài viết là:")).to_have_text(
        f"Tổng lượt xem bài viết là: {vi_number(article.view_count + 1)}"
    )
    assert Article.objects.get(pk=article.pk).view_count == article.view_count + 1

    totals = page.locator("p", has_text="Tổng số điểm của bài viết là:")
    expect(totals).to_have_text(
        f"Tổng số điểm của bài viết là: {vi_number(article.rating_sum)} trong "
        f"{vi_number(article.rating_count)} đánh giá"
    )
    page.evaluate("() => { window.sameDocument = true; }")
    rating = page.locator("fieldset.rating-form")
    expect(rating.locator("legend")).to_have_text("Bạn đánh giá:")
    rating.locator("button[name=score][value='4']").click()

    for star in rating.locator("button[name=score]").all():
        expect(star).to_be_disabled()
    expect(page.locator("[data-rating-status]")).to_have_text(
        "Cảm ơn bạn đã đánh giá bài viết 4/5 sao."
    )
    expect(totals).to_have_text(
        f"Tổng số điểm của bài viết là: {vi_number(article.rating_sum + 4)} trong "
        f"{vi_number(article.rating_count + 1)} đánh giá"
    )
    assert page.evaluate("() => window.sameDocument === true"), "the page reloaded"
    article.refresh_from_db()
    assert Rating.objects.filter(article=article, score=4).exists()
    star_classes = page.locator("[data-rating-stars] .star").evaluate_all(
        "stars => stars.map(star => star.className)"
    )
    assert star_classes == [f"star star--{kind}" for kind in article.rating_stars]
    citizen.assert_page_ok()
    screenshot(citizen, f"article-{viewport}")

    # Search typed without diacritics, from the header's search box -----------------------------
    page.fill("#search-q", "mo hinh diem")
    with page.expect_navigation():
        page.press("#search-q", "Enter")
    citizen.assert_page_ok()
    assert "/tim-kiem/?q=mo+hinh+diem" in page.url
    expect(page.get_by_role("link", name=SEARCHED_TITLE)).to_be_visible()
    screenshot(citizen, f"search-{viewport}")

    # Pilot models: a filter, then one model ------------------------------------------------------
    citizen.goto("/mo-hinh/")
    expect(page.locator(".registry__summary")).to_contain_text(
        f"Tất cả {ModelProgram.objects.count()} mô hình"
    )
    screenshot(citizen, f"models-{viewport}")
    sector = Sector.objects.filter(programs__isnull=False).order_by("order", "name").first()
    with page.expect_navigation():
        page.locator("#facet-sector + .facet-list").get_by_role("link", name=sector.name).click()
    citizen.assert_page_ok()
    matching = ModelProgram.objects.filter(sector=sector)
    expect(page.locator(".registry__summary")).to_contain_text(
        f"Có {matching.count()} mô hình khớp bộ lọc"
    )
    expect(page.locator(".active-filters")).to_contain_text(f"Lĩnh vực: {sector.name}")
    first = page.locator(".program-list h3 a").first
    name = first.inner_text()
    assert matching.filter(name=name).exists()
    with page.expect_navigation():
        first.click()
    citizen.assert_page_ok()
    expect(page.locator("h1")).to_have_text(name)
    expect(page.locator(".facts")).to_contain_text(sector.name)
    screenshot(citizen, f"model-{viewport}")

    # Statistics: charts drawn in SVG, each with its data table -----------------------------------
    citizen.goto("/thong-ke/")
    charts = page.locator("figure.chart")
    expect(charts.first).to_be_visible()
    assert charts.count() >= 4
    for index in range(charts.count()):
        chart = charts.nth(index)
        expect(chart.locator("svg")).to_be_visible()
        expect(chart.locator("table")).to_be_visible()
    expect(page.locator(".stat-totals")).to_contain_text(
        f"{ModelProgram.objects.count()} mô hình điểm"
    )
    screenshot(citizen, f"statistics-{viewport}")

    # Honor roll: a name typed without diacritics -------------------------------------------------
    citizen.goto("/khen-thuong/")
    recipient = next(
        c
        for c in Commendation.objects.listed()
        if c.recipient_kind == Commendation.RecipientKind.INDIVIDUAL
        and normalize_search(c.recipient_name) != c.recipient_name.lower()
    )
    typed = normalize_search(recipient.recipient_name)
    search = page.locator("form.honor-filters input[name=q]")
    search.fill(typed)
    with page.expect_navigation():
        page.locator("form.honor-filters button[type=submit]").click()
    citizen.assert_page_ok()
    expect(page.locator(".honor-item__name").first).to_be_visible()
    names = page.locator(".honor-item__name").all_inner_texts()
    assert recipient.recipient_name in names
    screenshot(citizen, f"honor-roll-{viewport}")
    citizen.assert_no_problems()
