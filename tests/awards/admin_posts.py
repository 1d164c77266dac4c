"""POST data of the decision admin page: the decision's fields and its recipients formset."""

from django.urls import reverse

from tests.models_registry.factories import CampaignFactory, PeriodFactory

ADD_URL = reverse("admin:awards_awarddecision_add")
PREFIX = "commendations"


def decision_fields(**overrides):
    campaign = CampaignFactory()
    period = PeriodFactory()
    fields = {
        "number": "125/QĐ-UBMTTQ",
        "signed_on": "24/04/2016",
        "issuer": "Ủy ban MTTQ Việt Nam tỉnh",
        "title": "Về việc khen thưởng tập thể, cá nhân tiêu biểu giai đoạn 2011–2015",
        "campaign": campaign.pk,
        "period": period.pk,
        "pdf": "",
        "article": "",
        "_save": "Lưu",
    }
    fields.update(overrides)
    return fields


def recipient_rows(rows, initial=0):
    """Return the inline formset's POST data for `rows`, a list of dicts of field values."""
    data = {
        f"{PREFIX}-TOTAL_FORMS": str(len(rows)),
        f"{PREFIX}-INITIAL_FORMS": str(initial),
        f"{PREFIX}-MIN_NUM_FORMS": "0",
        f"{PREFIX}-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(rows):
        values = {
            "recipient_kind": "individual",
            "award_form": "bang_khen",
            "position": "",
            "organization": "",
            "achievement": "",
            "pilot_unit": "",
            "program": "",
        }
        values.update(row)
        data.update({f"{PREFIX}-{index}-{name}": value for name, value in values.items()})
    return data
