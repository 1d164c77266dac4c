"""Store the demo content through the models' own save(), so derived fields are filled.

Every function looks its rows up by a natural key and creates only what is missing: running the
demo twice changes nothing, and an edit made in the admin to a demo row is never overwritten.
"""

import datetime
import hashlib
import random
import re
import secrets
import uuid
from collections import Counter
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone

from awards import proposals
from awards.catalogue import seed_catalogue
from awards.models import AwardDecision, AwardType, Commendation, Proposal, ProposalLine
from awards.printing import plain_document
from awards.storage import private_storage
from models_registry.models import Campaign, ModelProgram, Period, PilotUnit, Review, Sector
from mttq_portal.documents import validate_document
from mttq_portal.pagecache import announce_change
from mttq_portal.roles import CHIEF_EDITOR, EDITOR, OFFICER, PUBLISHER, setup_roles
from news.models import Article, Attachment, Category, EventSeries, Rating, StatusChange, Tag
from news.uploads import cover_write_variants

from . import content, images
from .content import campaign_of
from .documents import load_documents
from .galleries import load_galleries
from .pages import load_pages

# (username, full name, group); the administrator gets no group: it is a superuser.
ACCOUNTS = [
    ("bientap", "Nguyễn Thu Hà", EDITOR),
    ("duyetbai", "Trần Minh Khang", PUBLISHER),
    ("tongbientap", "Đỗ Thị Mai", CHIEF_EDITOR),
    ("canbo", "Lê Hoàng Phúc", OFFICER),
    # A second officer: proposals are appraised by someone other than who entered them.
    ("thamdinh", "Võ Thị Thanh Lan", OFFICER),
    ("quantri", "Phạm Quốc Việt", None),
]
BYLINES = ["Thanh Tâm", "Hoàng Yến", "Minh Khang", "Ngọc Hân", "Bảo Trâm", "Văn Đông"]
ARTICLE_SOURCE = "Ủy ban MTTQ Việt Nam tỉnh"


@dataclass
class DemoAccount:
    username: str
    role: str
    password: str | None  # None: the account already existed and keeps its password


@dataclass
class DemoReport:
    created: Counter = field(default_factory=Counter)
    accounts: list[DemoAccount] = field(default_factory=list)
    cover_names: list[str] = field(default_factory=list)
    private_names: list[str] = field(default_factory=list)


def load_demo(*, with_accounts, now=None):
    """Create whatever demo content is missing and return a DemoReport of what was made.

    `with_accounts` also creates one staff account per role and an administrator, each with a
    random password reported once. Cover files written before a failure are removed again.
    """
    now = now or timezone.now()
    report = DemoReport()
    try:
        with transaction.atomic():
            _load_all(report=report, with_accounts=with_accounts, now=now)
            announce_change()
    except BaseException:
        for name in report.cover_names:
            default_storage.delete(name)
        for name in report.private_names:
            private_storage().delete(name)
        raise
    return report


def _load_all(*, report, with_accounts, now):
    categories = _load_categories(report=report)
    sectors = _load_named(
        Sector, content.registry()["sectors"], report=report, extra=lambda i: {"order": i + 1}
    )
    campaigns = _load_named(Campaign, content.registry()["campaigns"], report=report)
    periods = _load_periods(report=report)
    units = _load_units(periods=periods, report=report)
    programs = _load_programs(
        units=units, sectors=sectors, campaigns=campaigns, periods=periods, report=report
    )
    users = _load_accounts(report=report) if with_accounts else {}
    _load_articles(categories=categories, author=users.get("bientap"), now=now, report=report)
    _load_topics(report=report)
    _load_decisions(
        units=units, programs=programs, campaigns=campaigns, periods=periods, report=report
    )
    if "canbo" in users:
        _load_proposals(campaigns=campaigns, author=users["canbo"], report=report)
    load_galleries(report=report, now=now)
    load_documents(report=report, now=now)
    load_pages(report=report, now=now)


def _load_categories(*, report):
    categories = {}
    for order, (name, description) in enumerate(content.registry()["categories"], start=1):
        category, created = Category.objects.get_or_create(
            name=name, defaults={"description": description, "order": order}
        )
        report.created["chuyên mục"] += created
        categories[name] = category
    return categories


def _load_named(model, rows, *, report, extra=lambda index: {}):
    objects = {}
    for index, (name, description) in enumerate(rows):
        obj, created = model.objects.get_or_create(
            name=name, defaults={"description": description, **extra(index)}
        )
        report.created[str(model._meta.verbose_name)] += created
        objects[name] = obj
    return objects


def _load_periods(*, report):
    periods = {}
    for name, start_year, end_year in content.registry()["periods"]:
        period, created = Period.objects.get_or_create(
            name=name, defaults={"start_year": start_year, "end_year": end_year}
        )
        report.created["giai đoạn"] += created
        periods[name] = period
    return periods


def _load_units(*, periods, report):
    units = {}
    for demo in content.registry()["units"]:
        unit, created = PilotUnit.objects.get_or_create(
            unit_type=demo.unit_type,
            name=demo.name,
            former_district=demo.former_district,
            defaults={
                "year_chosen": demo.year_chosen,
                "period": periods["2011–2015"],
                "description": demo.description,
            },
        )
        report.created["đơn vị điểm"] += created
        units[demo.key] = unit
    return units


def _load_programs(*, units, sectors, campaigns, periods, report):
    programs = {}
    for demo in content.programs():
        program, created = ModelProgram.objects.get_or_create(
            unit=units[demo.unit],
            name=demo.name,
            defaults={
                "sector": sectors[demo.sector],
                "campaign": campaigns[campaign_of(demo)],
                "period": periods[demo.period],
                "start_date": demo.start_date,
                "status": demo.status,
                "is_advanced_example": demo.advanced,
                "description": demo.description,
                "results": demo.results,
            },
        )
        if created:
            program.replicated_to.set([units[key] for key in demo.replicated_to])
            Review.objects.bulk_create(
                Review(program=program, kind=r.kind, date=r.date, summary=r.summary)
                for r in demo.reviews
            )
            report.created["mô hình điểm"] += 1
            report.created["sơ kết, tổng kết, kiểm tra"] += len(demo.reviews)
        programs[demo.name] = program
    return programs


def _load_accounts(*, report):
    """Create the demo staff accounts that are missing; keep existing ones' passwords."""
    setup_roles()
    user_model = get_user_model()
    users = {}
    for username, full_name, group_name in ACCOUNTS:
        user, created = user_model.objects.get_or_create(
            username=username,
            defaults={
                "first_name": full_name,
                "email": f"{username}@example.com",
                "is_staff": True,
                "is_superuser": group_name is None,
            },
        )
        password = None
        if created:
            password = secrets.token_urlsafe(12)
            user.set_password(password)
            user.save(update_fields=["password"])
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
        report.accounts.append(
            DemoAccount(username, group_name or "Quản trị hệ thống (superuser)", password)
        )
        users[username] = user
    return users


def _load_articles(*, categories, author, now, report):
    palette = {name: index for index, name in enumerate(categories)}
    for index, demo in enumerate(content.articles()):
        if Article.objects.filter(title=demo.title).exists():
            continue
        rng = random.Random(demo.title)
        published_at = _published_at(demo, now=now, rng=rng)
        visible = published_at is not None and published_at <= now
        scores = _scores(demo, rng=rng) if visible else []
        category = categories[demo.category]
        cover_name = _save_cover(
            folder=f"covers/{timezone.localtime(published_at or now):%Y/%m}",
            label=category.name,
            palette_index=palette[category.name],
            seed=index,
            report=report,
        )
        article = Article(
            title=demo.title,
            summary=demo.summary,
            body=_tidy_html(demo.body),
            category=category,
            author=author,
            byline=demo.byline or BYLINES[index % len(BYLINES)],
            source=ARTICLE_SOURCE,
            status=demo.status,
            published_at=published_at,
            is_featured=demo.featured,
            view_count=_views(demo, rng=rng) if visible else 0,
            rating_sum=sum(scores),
            rating_count=len(scores),
            cover_image=cover_name,
            cover_caption=f"Ảnh minh họa chuyên mục {category.name}",
        )
        article.save()
        Rating.objects.bulk_create(
            Rating(article=article, score=score, voter_key=_voter_key()) for score in scores
        )
        if demo.status == Article.Status.PENDING:
            StatusChange.objects.create(
                article=article,
                user=author,
                from_status=Article.Status.DRAFT,
                to_status=Article.Status.PENDING,
                note="Gửi duyệt bài viết.",
            )
        report.created["bài viết"] += 1
        report.created["đánh giá"] += len(scores)


def _load_topics(*, report):
    """File the demo articles under their series and tags, pick their related articles and
    give one its spreadsheet; only for articles that have none yet."""
    topics = content.topics()
    series = {}
    for name, description in topics.series:
        series[name], created = EventSeries.objects.get_or_create(
            name=name, defaults={"description": description}
        )
        report.created["dòng sự kiện"] += created
    titles = {*topics.by_article, *topics.related, topics.attached_to}
    titles.update(title for related in topics.related.values() for title in related)
    articles = {a.title: a for a in Article.objects.filter(title__in=titles).order_by("-pk")}
    for title, (series_name, tag_names) in topics.by_article.items():
        article = articles.get(title)
        if article is None or article.series_id or article.tags.exists():
            continue
        if series_name:
            article.series = series[series_name]
            article.save(update_fields=["series"])
        article.tags.set(Tag.from_names(tag_names))
        report.created["bài gắn thẻ"] += 1
    for title, related_titles in topics.related.items():
        article = articles.get(title)
        if article is not None and not article.related.exists():
            article.related.set([articles[t] for t in related_titles if t in articles])
    article = articles.get(topics.attached_to)
    if article is not None and not article.attachments.exists():
        upload = ContentFile(_spreadsheet(topics.attachment_rows), name="phan-bo-tien-ung-ho.xlsx")
        validate_document(upload)  # checked as an upload is
        attachment = Attachment(article=article, title=topics.attachment_title)
        attachment.file.save(upload.name, upload, save=False)
        report.cover_names.append(attachment.file.name)  # removed again if the load fails
        attachment.save()
        report.created["tệp đính kèm"] += 1


def _spreadsheet(rows):
    """Return the demo attachment: the support levels as an Excel workbook."""
    import io

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Mức hỗ trợ"
    for row in rows:
        sheet.append(row)
    sheet.column_dimensions["A"].width = 36
    sheet.column_dimensions["B"].width = 28
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _save_cover(*, folder, label, palette_index, seed, report):
    """Store a drawn cover under a server-chosen name, with the narrower sizes the public pages
    list in srcset, named as news.uploads names the covers staff upload."""
    data = images.cover_jpeg(label=label, palette_index=palette_index, seed=seed)
    name = default_storage.save(
        f"{folder}/{uuid.uuid4().hex}-{images.WIDTH}w.jpg", ContentFile(data)
    )
    report.cover_names.append(name)
    report.cover_names.extend(cover_write_variants(name))
    return name


def _tidy_html(html):
    """Return `html` with the source's line wrapping undone: one element per line."""
    return re.sub(r">\s+<", ">\n<", " ".join(html.split()))


def _published_at(demo, *, now, rng):
    """Return the demo article's publication time, relative to `now`; None when unpublished."""
    if demo.status != Article.Status.PUBLISHED:
        return None
    if demo.at:
        return demo.at
    today = timezone.localdate(now)
    if demo.on:
        day, month = (int(part) for part in demo.on.split("/"))
        year = today.year if datetime.date(today.year, month, day) < today else today.year - 1
        date = datetime.date(year - demo.years_back, month, day)
    else:
        date = today - datetime.timedelta(days=demo.days_ago)
    time = datetime.time(rng.randint(7, 16), rng.choice([0, 10, 15, 20, 30, 40, 45, 50]))
    moment = timezone.make_aware(datetime.datetime.combine(date, time))
    if demo.days_ago >= 0 and moment > now:
        # Meant as already published (today): never let the random hour schedule it.
        moment = now - datetime.timedelta(minutes=30)
    return moment


def _views(demo, *, rng):
    if demo.views is not None:
        return demo.views
    views = rng.randint(140, 2400)
    return views * 2 if demo.featured else views


def _scores(demo, *, rng):
    count = demo.ratings if demo.ratings is not None else rng.randint(0, 30)
    return rng.choices([1, 2, 3, 4, 5], weights=[1, 2, 5, 12, 16], k=count)


def _voter_key():
    """Return a voter key shaped like the real ones: the SHA-256 of a random token."""
    return hashlib.sha256(secrets.token_bytes(32)).hexdigest()


def _load_decisions(*, units, programs, campaigns, periods, report):
    seed_catalogue(AwardType)
    award_types = {award_type.slug: award_type for award_type in AwardType.objects.all()}
    for demo in content.awards()[0]:
        decision, created = AwardDecision.objects.get_or_create(
            issuer=demo.issuer,
            number=demo.number,
            defaults={
                "signed_on": demo.signed_on,
                "title": demo.title,
                "campaign": campaigns[demo.campaign],
                "period": periods[demo.period],
                "kind": demo.kind,
                "legal_grounds": demo.legal_grounds,
                "signer_name": demo.signer_name,
                "signer_position": demo.signer_position,
                "article": Article.objects.filter(title=demo.article_title).first()
                if demo.article_title
                else None,
            },
        )
        report.created["quyết định khen thưởng"] += created
        for c in demo.commendations:
            _, created = Commendation.objects.get_or_create(
                decision=decision,
                recipient_name=c.name,
                organization=c.organization,
                defaults={
                    "recipient_kind": c.kind,
                    "position": c.position,
                    "pilot_unit": units[c.unit] if c.unit else None,
                    "program": programs[c.program] if c.program else None,
                    "award_type": award_types[c.award_form],
                    "achievement": c.achievement,
                    "prize_amount": c.prize,
                    **_revocation(c.revoked),
                },
            )
            report.created["khen thưởng"] += created


def _revocation(revoked):
    if revoked is None:
        return {}
    on, number, reason = revoked
    return {"revoked_on": on, "revoking_decision": number, "revocation_reason": reason}


def _load_proposals(*, campaigns, author, report):
    """The demo's proposals, entered by `author` with their covering letter and sent for
    appraisal; only those not there yet (by number and unit)."""
    award_types = {award_type.slug: award_type for award_type in AwardType.objects.all()}
    for demo in content.awards()[1]:
        if Proposal.objects.filter(number=demo.number, proposing_unit=demo.proposing_unit).exists():
            continue
        proposal = Proposal(
            number=demo.number,
            submitted_on=demo.submitted_on,
            proposing_unit=demo.proposing_unit,
            title=demo.title,
            campaign=campaigns[demo.campaign],
            council_vote=demo.council_vote,
            created_by=author,
        )
        letter = plain_document(
            f"Tờ trình số {demo.number}",
            [
                demo.title,
                *(
                    f"{n}. {line.name}: {line.achievement}"
                    for n, line in enumerate(demo.lines, start=1)
                ),
            ],
            author=demo.proposing_unit,
        )
        upload = ContentFile(letter, name="to-trinh.pdf")
        validate_document(upload)  # checked as an upload is
        proposal.covering_letter.save(upload.name, upload, save=False)
        report.private_names.append(proposal.covering_letter.name)
        proposal.save()
        for line in demo.lines:
            ProposalLine.objects.create(
                proposal=proposal,
                recipient_kind=line.kind,
                recipient_name=line.name,
                birth_year=line.birth_year,
                position=line.position,
                organization=line.organization,
                award_type=award_types[line.award],
                achievement=line.achievement,
                prize_amount=line.prize,
            )
        proposals.submit(proposal, author)
        report.created["đề nghị khen thưởng"] += 1
