"""The shapes of the demo content: plain frozen records, no database access."""

import datetime
from dataclasses import dataclass, field


@dataclass(frozen=True)
class DemoArticle:
    """One article; its publication time is relative to the day the demo is loaded.

    `days_ago` places it that many days back (negative: scheduled in the future); `on`
    ("dd/mm") places it on the latest such day before today, `years_back` years earlier;
    `at` gives an exact time. Drafts and pending articles get no time at all.
    """

    title: str
    summary: str
    body: str
    category: str
    days_ago: int = 0
    on: str = ""
    years_back: int = 0
    at: datetime.datetime | None = None
    status: str = "published"
    featured: bool = False
    views: int | None = None
    ratings: int | None = None
    byline: str = ""


@dataclass(frozen=True)
class DemoUnit:
    key: str
    name: str
    unit_type: str
    former_district: str
    year_chosen: int
    description: str


@dataclass(frozen=True)
class DemoReview:
    kind: str
    date: datetime.date
    summary: str


@dataclass(frozen=True)
class DemoProgram:
    name: str
    unit: str
    sector: str
    description: str
    results: str
    start_date: datetime.date
    status: str = "running"
    advanced: bool = False
    period: str = "2011–2015"
    campaign: str = ""
    replicated_to: tuple[str, ...] = ()
    reviews: tuple[DemoReview, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class DemoCommendation:
    kind: str
    name: str
    position: str
    organization: str
    award_form: str
    achievement: str
    unit: str = ""
    program: str = ""
    prize: int | None = None
    # A revocation: (date, the revoking decision's number, the reason).
    revoked: tuple[datetime.date, str, str] | None = None


@dataclass(frozen=True)
class DemoDecision:
    number: str
    signed_on: datetime.date
    issuer: str
    title: str
    campaign: str
    period: str
    commendations: tuple[DemoCommendation, ...]
    article_title: str = ""
    kind: str = "chuyen_de"
    legal_grounds: str = ""
    signer_name: str = ""
    signer_position: str = "TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH"


@dataclass(frozen=True)
class DemoProposalLine:
    kind: str
    name: str
    position: str
    organization: str
    award: str  # the catalogue entry's slug
    achievement: str
    birth_year: int | None = None
    prize: int | None = None


@dataclass(frozen=True)
class DemoProposal:
    """A proposal entered by the demo's first officer, waiting for the second's appraisal."""

    number: str
    submitted_on: datetime.date
    proposing_unit: str
    title: str
    campaign: str
    council_vote: str
    lines: tuple[DemoProposalLine, ...]
