"""POST data of the decision admin page: the decision's fields and its recipients formset."""

from django.urls import reverse

from tests.awards.factories import award_pk
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
        "kind": "chuyen_de",
        "legal_grounds": "",
        "place": "",
        "signer_name": "",
        "signer_position": "",
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
            "award_type": award_pk("bang_khen"),
            "position": "",
            "organization": "",
            "achievement": "",
            "pilot_unit": "",
            "program": "",
        }
        values.update(row)
        data.update({f"{PREFIX}-{index}-{name}": value for name, value in values.items()})
    return data


def add_recipient_on_change_page(client, existing, recipient_name, organization):
    """POST the change page of `existing`'s decision with `existing` as it is and one more
    recipient, `recipient_name` of `organization`; return the response."""
    decision = existing.decision
    rows = [
        {
            "id": existing.pk,
            "decision": decision.pk,
            "recipient_name": existing.recipient_name,
            "organization": existing.organization,
            "position": existing.position,
            "achievement": existing.achievement,
        },
        {"decision": decision.pk, "recipient_name": recipient_name, "organization": organization},
    ]
    fields = decision_fields(
        number=decision.number,
        issuer=decision.issuer,
        title=decision.title,
        signed_on=decision.signed_on.strftime("%d/%m/%Y"),
        campaign=decision.campaign_id,
        period=decision.period_id,
    )
    return client.post(
        reverse("admin:awards_awarddecision_change", args=[decision.pk]),
        {**fields, **recipient_rows(rows, initial=1)},
    )
