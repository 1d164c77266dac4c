import factory

from models_registry.models import Campaign, ModelProgram, Period, PilotUnit, Review, Sector


class SectorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Sector
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Lĩnh vực số {n}")


class CampaignFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Campaign
        django_get_or_create = ("name",)

    name = "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"


class PeriodFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Period
        django_get_or_create = ("name",)

    name = "2011–2015"
    start_year = 2011
    end_year = 2015


class PilotUnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PilotUnit

    name = factory.Sequence(lambda n: f"Đông Hưng {n}")
    unit_type = PilotUnit.UnitType.COMMUNE
    former_district = "Huyện Đông Hưng"
    year_chosen = 2012
    period = factory.SubFactory(PeriodFactory)


class ModelProgramFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ModelProgram

    name = factory.Sequence(lambda n: f"Khu dân cư tự quản về an ninh trật tự số {n}")
    unit = factory.SubFactory(PilotUnitFactory)
    sector = factory.SubFactory(SectorFactory)
    campaign = factory.SubFactory(CampaignFactory)
    period = factory.SubFactory(PeriodFactory)
    status = ModelProgram.Status.RUNNING
    description = "Tổ tự quản tuần tra, hòa giải mâu thuẫn trong khu dân cư."


class ReviewFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Review

    program = factory.SubFactory(ModelProgramFactory)
    kind = Review.Kind.INTERIM
    date = factory.Faker("date_between", start_date="-5y", end_date="today")
    summary = "Mô hình hoạt động hiệu quả, được nhân dân đồng tình."
