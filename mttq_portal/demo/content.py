"""Read the demo content from its data files (content/) into the records the loader stores.

The files are the content: Markdown with a YAML front matter for articles, YAML for the rest,
edited by whoever writes the demo, never by code. Dates are written day first, as the portal
shows them. A file that does not have the expected shape fails the load with its name, before
anything is stored.
"""

import datetime
import zoneinfo
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import markdown
import yaml

from mttq_portal.text import vietnamese_slugify

from .records import (
    DemoArticle,
    DemoCommendation,
    DemoDecision,
    DemoProgram,
    DemoProposal,
    DemoProposalLine,
    DemoReview,
    DemoUnit,
)

CONTENT = Path(__file__).resolve().parent / "content"
LOCAL = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
FRONT_MATTER = "---\n"


class ContentError(ValueError):
    """A data file of the demo that cannot be read as the loader expects."""


@dataclass(frozen=True)
class DemoTopics:
    """Event series, each article's series, tags and related articles, and the attachment."""

    series: list  # (name, description)
    by_article: dict  # title: (series name or None, [tag names])
    related: dict  # title: [titles]
    attached_to: str
    attachment_title: str
    attachment_rows: list


def read_yaml(path):
    """Return the YAML document in `path`; a mapping is expected."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ContentError(f"{path.name}: {error}") from error
    if not isinstance(data, dict):
        raise ContentError(f"{path.name}: cần một bảng khóa – giá trị ở cấp ngoài cùng.")
    return data


def read_markdown(path):
    """Return the front matter (a dict) and the body rendered as HTML of a Markdown file."""
    text = path.read_text(encoding="utf-8")
    if not text.startswith(FRONT_MATTER):
        raise ContentError(f"{path.name}: thiếu phần đầu YAML (---).")
    head, separator, body = text[len(FRONT_MATTER) :].partition(f"\n{FRONT_MATTER}")
    if not separator:
        raise ContentError(f"{path.name}: phần đầu YAML không có dòng --- kết thúc.")
    try:
        front = yaml.safe_load(head) or {}
    except yaml.YAMLError as error:
        raise ContentError(f"{path.name}: {error}") from error
    # Raw HTML blocks (the tables) pass through; the model sanitises the result on save.
    return front, markdown.markdown(body)


def day(text):
    """Return the date written "dd/mm/yyyy"."""
    return datetime.datetime.strptime(str(text), "%d/%m/%Y").date()


def moment(text):
    """Return the local time written "dd/mm/yyyy hh:mm"."""
    return datetime.datetime.strptime(str(text), "%d/%m/%Y %H:%M").replace(tzinfo=LOCAL)


@cache
def registry():
    """Return the reference rows: categories, sectors, campaigns, periods and pilot units."""
    data = read_yaml(CONTENT / "registry.yaml")
    return {
        "categories": [(row["name"], row["description"]) for row in data["categories"]],
        "sectors": [(row["name"], row["description"]) for row in data["sectors"]],
        "main_campaign": data["main_campaign"],
        "campaigns": [(row["name"], row["description"]) for row in data["campaigns"]],
        "periods": [(row["name"], row["start_year"], row["end_year"]) for row in data["periods"]],
        "units": [DemoUnit(**row) for row in data["units"]],
    }


def main_campaign():
    return registry()["main_campaign"]


@cache
def articles():
    """Return the articles, category by category in the categories' order, each category's
    files in the order of their names."""
    found = []
    folders = {path.name: path for path in (CONTENT / "articles").iterdir() if path.is_dir()}
    for name, _description in registry()["categories"]:
        folder = folders.get(vietnamese_slugify(name))
        if folder is None:
            continue
        for path in sorted(folder.glob("*.md")):
            found.append(read_article(path, category=name))
    return found


ARTICLE_FIELDS = {
    "title",
    "summary",
    "at",
    "on",
    "years_back",
    "days_ago",
    "status",
    "featured",
    "views",
    "ratings",
    "byline",
    "series",
    "tags",
    "related",
}


def read_article(path, *, category):
    """Return the DemoArticle written in the Markdown file `path`."""
    front, body = read_markdown(path)
    unknown = set(front) - ARTICLE_FIELDS
    if unknown or "title" not in front or "summary" not in front:
        raise ContentError(f"{path.name}: cần title và summary; không hiểu {sorted(unknown)}.")
    return DemoArticle(
        title=front["title"],
        summary=front["summary"],
        body=body,
        category=category,
        days_ago=front.get("days_ago", 0),
        on=front.get("on", ""),
        years_back=front.get("years_back", 0),
        at=moment(front["at"]) if "at" in front else None,
        status=front.get("status", "published"),
        featured=front.get("featured", False),
        views=front.get("views"),
        ratings=front.get("ratings"),
        byline=front.get("byline", ""),
    )


@cache
def topics():
    """Return the event series and what each article is filed under (its front matter)."""
    data = read_yaml(CONTENT / "topics.yaml")
    by_article, related = {}, {}
    for path in sorted((CONTENT / "articles").glob("*/*.md")):
        front, _body = read_markdown(path)
        if front.get("series") or front.get("tags"):
            by_article[front["title"]] = (front.get("series"), list(front.get("tags", [])))
        if front.get("related"):
            related[front["title"]] = list(front["related"])
    attachment = data["attachment"]
    return DemoTopics(
        series=[(row["name"], row["description"]) for row in data["series"]],
        by_article=by_article,
        related=related,
        attached_to=attachment["article"],
        attachment_title=attachment["title"],
        attachment_rows=[tuple(row) for row in attachment["rows"]],
    )


@cache
def programs():
    """Return the pilot model programs and their reviews."""
    default_period = "2011–2015"
    found = []
    for row in read_yaml(CONTENT / "programs.yaml")["programs"]:
        found.append(
            DemoProgram(
                name=row["name"],
                unit=row["unit"],
                sector=row["sector"],
                description=row["description"],
                results=row["results"],
                start_date=day(row["start_date"]),
                status=row.get("status", "running"),
                advanced=row.get("advanced", False),
                period=row.get("period", default_period),
                campaign=row.get("campaign", ""),
                replicated_to=tuple(row.get("replicated_to", ())),
                reviews=tuple(
                    DemoReview(review["kind"], day(review["date"]), review["summary"])
                    for review in row.get("reviews", ())
                ),
            )
        )
    return found


def campaign_of(program):
    """Return the campaign of `program`: the seed's campaign unless another is named."""
    return program.campaign or main_campaign()


@cache
def awards():
    """Return the commendation decisions (with their recipients) and the proposals."""
    data = read_yaml(CONTENT / "awards.yaml")
    decisions = [
        DemoDecision(
            number=row["number"],
            signed_on=day(row["signed_on"]),
            issuer=row["issuer"],
            title=row["title"],
            campaign=row["campaign"],
            period=row["period"],
            commendations=tuple(_commendation(c) for c in row["commendations"]),
            article_title=row.get("article_title", ""),
            kind=row.get("kind", "chuyen_de"),
            legal_grounds=row.get("legal_grounds", ""),
            signer_name=row.get("signer_name", ""),
            signer_position=row.get("signer_position", "TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH"),
        )
        for row in data["decisions"]
    ]
    proposals = [
        DemoProposal(
            number=row["number"],
            submitted_on=day(row["submitted_on"]),
            proposing_unit=row["proposing_unit"],
            title=row["title"],
            campaign=row["campaign"],
            council_vote=row["council_vote"],
            lines=tuple(
                DemoProposalLine(
                    kind=line["kind"],
                    name=line["name"],
                    position=line.get("position", ""),
                    organization=line.get("organization", ""),
                    award=line["award"],
                    achievement=line["achievement"],
                    birth_year=line.get("birth_year"),
                    prize=line.get("prize"),
                )
                for line in row["lines"]
            ),
        )
        for row in data["proposals"]
    ]
    return decisions, proposals


def _commendation(row):
    revoked = row.get("revoked")
    return DemoCommendation(
        kind=row["kind"],
        name=row["name"],
        position=row.get("position", ""),
        organization=row.get("organization", ""),
        award_form=row["award"],
        achievement=row["achievement"],
        unit=row.get("unit", ""),
        program=row.get("program", ""),
        prize=row.get("prize"),
        revoked=(day(revoked["date"]), revoked["by"], revoked["reason"]) if revoked else None,
    )
