import datetime

import factory

from awards.models import AwardDecision, Commendation
from tests.models_registry.factories import CampaignFactory, PeriodFactory


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
    award_form = Commendation.AwardForm.CERTIFICATE_OF_MERIT
    achievement = "Có thành tích xuất sắc trong xây dựng mô hình điểm."
