"""The demo content is data (mttq_portal/demo/content/): files read, checked and turned into the
records the loader stores, with the seed's figures."""

import pytest

from mttq_portal.demo import content


def test_the_data_files_hold_the_seeds_figures():
    assert len(content.registry()["units"]) == 10
    assert len(content.programs()) == 41
    decisions, proposals = content.awards()
    conference = next(d for d in decisions if d.number == "125/QĐ-MTTQ-BTT")
    assert len(conference.commendations) == 24
    assert proposals


def test_articles_are_read_in_the_categories_order_with_their_bodies_as_html():
    articles = content.articles()
    categories = [name for name, _ in content.registry()["categories"]]
    assert len(articles) == 45
    assert [a.category for a in articles] == sorted(
        (a.category for a in articles), key=categories.index
    )
    conference = next(a for a in articles if a.views == 161)
    assert conference.at.isoformat() == "2020-04-24T09:15:00+07:00"
    assert conference.body.startswith("<p>") and "<h2>" in conference.body
    assert "<table>" in conference.body  # raw HTML blocks pass through Markdown


def test_every_program_names_a_unit_sector_and_period_of_the_registry():
    registry = content.registry()
    units = {unit.key for unit in registry["units"]}
    sectors = {name for name, _ in registry["sectors"]}
    periods = {name for name, *_ in registry["periods"]}
    for program in content.programs():
        assert program.unit in units and set(program.replicated_to) <= units
        assert program.sector in sectors and program.period in periods


def test_topics_come_from_the_articles_front_matter():
    titles = {a.title for a in content.articles()}
    topics = content.topics()
    assert topics.attached_to in titles
    assert set(topics.by_article) <= titles
    for title, related in topics.related.items():
        assert title in titles and set(related) <= titles


@pytest.mark.parametrize(
    "text, message",
    [
        ("Không có phần đầu", "thiếu phần đầu YAML"),
        ("---\ntitle: Tin\n", "không có dòng --- kết thúc"),
        ("---\ntitle: [chưa đóng\n---\nThân bài\n", "bai-hong.md"),
    ],
)
def test_a_malformed_article_file_is_refused_with_its_name(tmp_path, text, message):
    path = tmp_path / "bai-hong.md"
    path.write_text(text, encoding="utf-8")

    with pytest.raises(content.ContentError, match=message):
        content.read_markdown(path)


def test_an_article_without_a_summary_is_refused(tmp_path):
    path = tmp_path / "tin.md"
    path.write_text("---\ntitle: Tin\n---\nThân bài\n", encoding="utf-8")

    with pytest.raises(content.ContentError, match="summary"):
        content.read_article(path, category="Tin hoạt động")
