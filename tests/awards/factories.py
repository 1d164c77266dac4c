import datetime

import factory

from awards.catalogue import seed_catalogue
from awards.models import AwardDecision, AwardType, Commendation
from tests.models_registry.factories import CampaignFactory, PeriodFactory


def award(slug):
    """Return the catalogue's entry `slug`, e.g. "bang_khen" (seeded by the migrations, and
    again here after a transactional test emptied the tables)."""
    seed_catalogue(AwardType)
    return AwardType.objects.get(slug=slug)


class AwardDecisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AwardDecision

    number = factory.Sequence(lambda n: f"{100 + n}/QĐ-MTTQ-BTT")
    signed_on = datetime.date(2020, 4, 24)
    issuer = "Ủy ban MTTQ Việt Nam tỉnh"
    title = "Về việc khen thưởng tập thể, cá nhân có thành tích xuất sắc"
    campaign = factory.SubFactory(CampaignFactory)
    period = factory.SubFactory(PeriodFactory)


class CommendationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Commendation

    decision = factory.SubFactory(AwardDecisionFactory)
    recipient_kind = Commendation.RecipientKind.INDIVIDUAL
    recipient_name = factory.Sequence(lambda n: f"Nguyễn Văn Đức {n}")
    position = "Trưởng ban công tác Mặt trận"
    organization = "Khu dân cư số 3"
    award_type = factory.LazyFunction(lambda: award("bang_khen"))
    achievement = "Có thành tích xuất sắc trong xây dựng mô hình điểm."


def award_pk(slug):
    """Return the catalogue entry's id as a form posts it."""
    return str(award(slug).pk)
