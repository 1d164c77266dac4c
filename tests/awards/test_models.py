import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from awards.models import AwardDecision, Commendation
from tests.awards.factories import AwardDecisionFactory, CommendationFactory, award
from tests.models_registry.factories import ModelProgramFactory, PilotUnitFactory

pytestmark = pytest.mark.django_db


def _unsaved_commendation(decision, **fields):
    values = {
        "decision": decision,
        "recipient_kind": Commendation.RecipientKind.INDIVIDUAL,
        "recipient_name": "Trần Thị Hạnh",
        "organization": "Khu dân cư số 5",
        "award_type": award("bang_khen"),
    }
    values.update(fields)
    return Commendation(**values)


def test_recipient_listed_twice_in_a_decision_is_refused_whatever_the_case_and_spacing():
    existing = CommendationFactory(recipient_name="Trần Thị Hạnh", organization="Khu dân cư số 5")
    twin = _unsaved_commendation(
        existing.decision, recipient_name="  trần thị  HẠNH ", organization="khu dân cư số 5"
    )
    with pytest.raises(ValidationError) as raised:
        twin.full_clean()
    [message] = raised.value.message_dict["recipient_name"]
    assert message.startswith(
        "Quyết định đã có «Trần Thị Hạnh», Khu dân cư số 5: cùng tên và đơn vị công tác"
    )


def test_database_refuses_a_recipient_twice_in_a_decision():
    existing = CommendationFactory(recipient_name="Trần Thị Hạnh", organization="Khu dân cư số 5")
    with pytest.raises(IntegrityError), transaction.atomic():
        _unsaved_commendation(existing.decision, recipient_name="TRẦN THỊ HẠNH").save()


def test_same_name_in_another_organization_or_decision_is_allowed():
    existing = CommendationFactory(recipient_name="Trần Thị Hạnh", organization="Khu dân cư số 5")
    other_person = _unsaved_commendation(existing.decision, organization="Khu dân cư số 9")
    other_person.full_clean()
    other_person.save()
    next_year = _unsaved_commendation(AwardDecisionFactory())
    next_year.full_clean()
    next_year.save()
    assert Commendation.objects.count() == 3


def test_names_differing_only_by_tone_mark_are_different_people():
    existing = CommendationFactory(recipient_name="Lê Văn Hà", organization="")
    other = _unsaved_commendation(existing.decision, recipient_name="Lê Văn Hạ", organization="")
    other.full_clean()


def test_revocation_needs_a_reason():
    commendation = CommendationFactory()
    commendation.revoked_on = datetime.date(2021, 1, 5)
    with pytest.raises(ValidationError) as raised:
        commendation.full_clean()
    assert (
        "Thu hồi khen thưởng phải ghi rõ lý do." in raised.value.message_dict["revocation_reason"]
    )


def test_database_refuses_a_revocation_without_reason():
    commendation = CommendationFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Commendation.objects.filter(pk=commendation.pk).update(revoked_on=datetime.date(2021, 1, 5))


def test_revocation_reason_needs_a_date():
    commendation = CommendationFactory()
    commendation.revocation_reason = "Kê khai không trung thực"
    with pytest.raises(ValidationError) as raised:
        commendation.full_clean()
    assert "revoked_on" in raised.value.message_dict


def test_revocation_cannot_precede_the_decision():
    commendation = CommendationFactory(decision__signed_on=datetime.date(2020, 4, 24))
    commendation.revoked_on = datetime.date(2020, 4, 1)
    commendation.revocation_reason = "Kê khai không trung thực"
    with pytest.raises(ValidationError) as raised:
        commendation.full_clean()
    assert raised.value.message_dict["revoked_on"] == [
        "Ngày thu hồi không được trước ngày ký quyết định."
    ]


def test_public_commendations_leave_out_revoked_ones():
    kept = CommendationFactory()
    CommendationFactory(
        decision=kept.decision,
        revoked_on=datetime.date(2021, 1, 5),
        revocation_reason="Kê khai không trung thực",
    )
    assert list(Commendation.objects.public()) == [kept]


def test_decision_number_is_unique_per_issuer():
    AwardDecisionFactory(number="125/QĐ-UBMTTQ", issuer="Ủy ban MTTQ Việt Nam tỉnh")
    same = AwardDecisionFactory.build(
        number=" 125/QĐ-UBMTTQ ", issuer="Ủy ban MTTQ Việt Nam tỉnh", campaign=None, period=None
    )
    with pytest.raises(ValidationError) as raised:
        same.full_clean()
    assert "Ủy ban MTTQ Việt Nam tỉnh đã có quyết định số 125/QĐ-UBMTTQ" in str(raised.value)


def test_same_number_from_another_issuer_is_allowed():
    AwardDecisionFactory(number="125/QĐ-UBMTTQ", issuer="Ủy ban MTTQ Việt Nam tỉnh")
    other = AwardDecisionFactory.build(
        number="125/QĐ-UBMTTQ", issuer="Ủy ban MTTQ Việt Nam xã A", campaign=None, period=None
    )
    other.full_clean()


def test_decision_cannot_be_signed_in_the_future():
    decision = AwardDecisionFactory.build(
        signed_on=datetime.date.today() + datetime.timedelta(days=30), campaign=None, period=None
    )
    with pytest.raises(ValidationError) as raised:
        decision.full_clean()
    assert raised.value.message_dict["signed_on"] == ["Ngày ký không được sau ngày hôm nay."]


def test_unit_commendations_include_those_of_its_programs():
    program = ModelProgramFactory()
    direct = CommendationFactory(pilot_unit=program.unit)
    through_program = CommendationFactory(program=program)
    CommendationFactory(pilot_unit=PilotUnitFactory())
    assert set(Commendation.objects.for_unit(program.unit)) == {direct, through_program}
    assert list(Commendation.objects.for_program(program)) == [through_program]


def test_decision_url_is_its_public_page():
    decision = AwardDecisionFactory()
    assert decision.get_absolute_url() == f"/khen-thuong/{decision.pk}/"
    assert AwardDecision.objects.get().number == decision.number
