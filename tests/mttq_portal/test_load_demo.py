import datetime
import io
import re
import zoneinfo
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.db.models import Count
from django.test import override_settings
from django.utils.html import strip_tags
from PIL import Image

from awards.models import AwardDecision, Commendation, Proposal, Recipient
from models_registry.models import ModelProgram, PilotUnit, Review
from mttq_portal.demo.content import main_campaign
from mttq_portal.roles import OFFICER, ROLES
from news.models import Article, Category, Rating
from tests.news.factories import ArticleFactory

pytestmark = pytest.mark.django_db

SEEDS = Path(django_settings.BASE_DIR).parent / "shared" / "seeds"
HCM = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _debug(settings):
    """The demo is for development machines: debug on, and fast password hashing for the test."""
    settings.DEBUG = True
    settings.PASSWORD_HASHERS = FAST_HASHERS


def load_demo(*args):
    out = io.StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


def counts():
    models = [Category, Article, Rating, PilotUnit, ModelProgram, Review, AwardDecision]
    return {
        **{model.__name__: model.objects.count() for model in models},
        "Commendation": Commendation.objects.count(),
        "User": get_user_model().objects.count(),
        "history": Article.history.count(),
    }


@dataclass
class Demo:
    output: str
    media_root: Path


@pytest.fixture(scope="class")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """Load the demo once for a class of read-only tests, then roll it all back."""
    media_root = tmp_path_factory.mktemp("demo-media")
    with (
        django_db_blocker.unblock(),
        override_settings(DEBUG=True, MEDIA_ROOT=media_root, PASSWORD_HASHERS=FAST_HASHERS),
        transaction.atomic(),
    ):
        # Each test's own transaction nests inside this one as a savepoint.
        yield Demo(load_demo("--if-empty"), media_root)
        transaction.set_rollback(True)


def conference_article():
    return Article.objects.get(published_at=datetime.datetime(2020, 4, 24, 9, 15, tzinfo=HCM))


class TestDemoContent:
    """What `make run` shows a newcomer: one `load_demo --if-empty` on an empty database, shared
    by these read-only tests (it takes seconds) and rolled back after them."""

    def test_demo_publishes_at_least_forty_articles_in_five_to_seven_categories(self, demo):
        assert Article.objects.published().count() >= 40
        assert 5 <= Category.objects.count() <= 7
        assert not Category.objects.filter(articles__isnull=True).exists()

    def test_demo_spreads_publication_over_about_two_years(self, demo):
        published = Article.objects.published().exclude(pk=conference_article().pk)
        times = sorted(published.values_list("published_at", flat=True))
        assert times[-1] - times[0] > datetime.timedelta(days=540)
        assert times[-1] - times[0] < datetime.timedelta(days=760)

    def test_demo_leaves_drafts_and_pending_articles_for_the_admin(self, demo):
        assert Article.objects.filter(status=Article.Status.DRAFT).exists()
        assert Article.objects.filter(status=Article.Status.PENDING).exists()
        assert Article.objects.filter(is_featured=True).exists()

    def test_demo_articles_are_saved_through_the_model(self, demo):
        article = conference_article()
        assert (
            article.slug
            == "tong-ket-5-nam-chi-dao-diem-xay-dung-mo-hinh-dien-hinh-tien-tien-o-khu-dan-cu"
        )
        assert "dang thanh giang" in article.search_text
        assert "<table>" in article.body and "<blockquote>" in article.body

    def test_demo_registers_ten_pilot_units_and_forty_one_programs_with_reviews(self, demo):
        assert PilotUnit.objects.count() == 10
        assert ModelProgram.objects.count() == 41
        assert not ModelProgram.objects.filter(reviews__isnull=True).exists()
        assert ModelProgram.objects.filter(is_advanced_example=True).exists()
        assert ModelProgram.objects.filter(replicated_to__isnull=False).exists()
        assert set(PilotUnit.objects.values_list("unit_type", flat=True)) == {
            "xa",
            "phuong",
            "thi_tran",
        }

    def test_conference_decision_commends_exactly_twenty_four_and_links_the_article(self, demo):
        decision = AwardDecision.objects.get(number="125/QĐ-MTTQ-BTT")
        assert decision.signed_on == datetime.date(2020, 4, 24)
        assert decision.issuer == "Ủy ban MTTQ Việt Nam tỉnh"
        assert decision.commendations.count() == 24
        kinds = set(decision.commendations.values_list("recipient_kind", flat=True))
        assert kinds == {"collective", "individual"}
        assert decision.article == conference_article()

    def test_demo_has_a_proposal_a_person_commended_twice_and_a_revoked_commendation(self, demo):
        proposal = Proposal.objects.get(number="15/TTr-MTTQ")
        assert proposal.status == Proposal.Status.SUBMITTED
        assert proposal.created_by.username == "canbo"
        assert proposal.covering_letter and proposal.lines.count() == 3
        twice = Recipient.objects.annotate(total=Count("commendations")).filter(total__gte=2)
        assert "Ông Kim Sô Phal" in {r.name for r in twice}
        revoked = Commendation.objects.get(revoked_on__isnull=False)
        assert revoked.revoking_decision == "27/QĐ-MTTQ-BTT"
        assert Commendation.objects.filter(recipient_kind="household").exists()

    def test_conference_article_reports_the_figures_of_the_seed(self, demo):
        text = strip_tags(conference_article().body)
        for fact in [
            "24/04/2020",
            "10 xã, phường, thị trấn",
            "41 mô",
            "24 tập thể, cá nhân",
            "2011 – 2015",
            main_campaign(),
            "Đặng Thanh Giang",
            "Phạm Văn Xuyên",
        ]:
            assert fact in " ".join(text.split()), fact

    @pytest.mark.skipif(
        not SEEDS.is_dir(), reason="the seed page (shared/seeds) is not beside main"
    )
    def test_conference_article_copies_no_run_of_words_from_the_seed(self, demo):
        def words(text):
            return re.findall(r"\w+", strip_tags(text).replace(main_campaign(), " ").lower())

        seed_words = words("\n".join(path.read_text() for path in SEEDS.glob("*.txt")))
        run = 12
        seed_runs = {tuple(seed_words[i : i + run]) for i in range(len(seed_words) - run + 1)}
        article = conference_article()
        article_words = words(f"{article.title} {article.summary} {article.body}")
        copied = [
            " ".join(article_words[i : i + run])
            for i in range(len(article_words) - run + 1)
            if tuple(article_words[i : i + run]) in seed_runs
        ]
        assert copied == []

    def test_ratings_agree_with_the_article_totals(self, demo):
        rated = Article.objects.filter(rating_count__gt=0)
        assert rated.count() > 20
        for article in rated:
            scores = list(article.ratings.values_list("score", flat=True))
            assert (article.rating_sum, article.rating_count) == (sum(scores), len(scores))
        keys = list(Rating.objects.values_list("voter_key", flat=True))
        assert len(set(keys)) == len(keys)
        assert all(re.fullmatch(r"[0-9a-f]{64}", key) for key in keys)

    def test_cover_images_are_jpegs_pillow_can_read(self, demo):
        for article in Article.objects.all():
            name = article.cover_image.name
            assert re.fullmatch(r"covers/\d{4}/\d{2}/[0-9a-f]{32}-1200w\.jpg", name)
            assert article.cover_caption
            with open(demo.media_root / name, "rb") as handle:
                image = Image.open(handle)
                image.load()
                assert (image.format, image.size) == ("JPEG", (1200, 800))

    def test_covers_have_the_sizes_public_pages_list_in_srcset(self, demo):
        article = conference_article()

        assert article.cover_image.name.startswith("covers/2020/04/")
        assert "480w" in article.cover_srcset and "960w" in article.cover_srcset
        for width in (480, 960):
            sized = article.cover_image.name.replace("-1200w.", f"-{width}w.")
            with Image.open(demo.media_root / sized) as image:
                assert image.size == (width, width * 2 // 3)

    def test_every_role_has_a_staff_account_whose_printed_password_works(self, demo):
        passwords = dict(re.findall(r"^\s+(\w+)\s.*mật khẩu: (\S+)$", demo.output, re.MULTILINE))
        expected = {"bientap", "duyetbai", "tongbientap", "canbo", "thamdinh", "quantri"}
        assert set(passwords) == expected
        for name in ROLES:
            members = Group.objects.get(name=name).user_set.all()
            # Two officers: one enters a proposal, the other appraises it.
            assert len(members) == (2 if name == OFFICER else 1)
            for member in members:
                assert member.is_staff
                assert authenticate(username=member.username, password=passwords[member.username])
        admin = authenticate(username="quantri", password=passwords["quantri"])
        assert admin is not None and admin.is_superuser

    def test_running_again_creates_nothing_more(self, demo):
        before = counts()

        output = load_demo()

        assert counts() == before
        assert "mật khẩu:" not in output


def test_if_empty_does_nothing_when_an_article_exists():
    ArticleFactory()

    output = load_demo("--if-empty")

    assert Article.objects.count() == 1
    assert not PilotUnit.objects.exists()
    assert "bỏ qua" in output


def test_refuses_to_run_with_debug_off(settings):
    settings.DEBUG = False

    with pytest.raises(CommandError, match="DEBUG"):
        load_demo()

    assert not Article.objects.exists()


def test_production_content_flag_never_creates_accounts(settings):
    settings.DEBUG = False

    output = load_demo("--allow-production-content")

    assert Article.objects.published().count() >= 40
    assert not get_user_model().objects.exists()
    assert "mật khẩu:" not in output
