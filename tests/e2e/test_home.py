"""The home page as a reader meets it: short enough on a phone, category blocks filling their
rows on a desktop, every section of the portal a tap away, and nothing axe-core objects to."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

# The demo's home page was 13,964 px tall on a 360 px phone (issue 18); a third of it.
PHONE_HEIGHT_MAX = 13_964 // 3

# The rows of the category blocks: [(top, left, width)] of each block, grouped by their top.
BLOCK_ROWS_JS = """() => {
  const rows = {};
  for (const block of document.querySelectorAll('.category-block')) {
    const box = block.getBoundingClientRect();
    (rows[Math.round(box.top + window.scrollY)] ||= []).push(Math.round(box.width));
  }
  const width = document.querySelector('.category-blocks').getBoundingClientRect().width;
  return {width: Math.round(width), rows: Object.values(rows)};
}"""


def test_phone_home_is_a_third_of_what_it_was_and_links_every_section(visit, demo_site):
    reader = visit("phone")
    page = reader.page
    reader.goto("/")
    reader.assert_accessible()
    height = page.evaluate("() => document.documentElement.scrollHeight")
    assert height <= PHONE_HEIGHT_MAX, f"the home page is {height} px tall on a phone"
    explore = page.get_by_role("navigation", name="Khám phá")
    for name in ("Mô hình điểm", "Đơn vị điểm", "Thống kê", "Khen thưởng"):
        link = explore.get_by_role("link", name=name, exact=True)
        expect(link).to_be_visible()
        assert link.bounding_box()["height"] >= 44  # a finger's target
    # One block per column on a phone.
    layout = page.evaluate(BLOCK_ROWS_JS)
    assert all(row == [layout["width"]] for row in layout["rows"]), layout
    reader.screenshot("home-phone")


def test_desktop_home_fills_every_row_of_category_blocks(visit, demo_site):
    reader = visit("desktop")
    reader.goto("/")
    reader.assert_accessible()
    layout = reader.page.evaluate(BLOCK_ROWS_JS)
    assert layout["rows"], "no category block on the demo's home page"
    for row in layout["rows"]:
        # Two blocks side by side, or one alone taking the whole row: never half a row empty.
        assert len(row) == 2 or row[0] == layout["width"], layout
    reader.screenshot("home-desktop")
