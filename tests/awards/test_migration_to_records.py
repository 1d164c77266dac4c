"""Migrations 0007–0009 on commendations made before the catalogue and the recipients' records:
nothing lost, every row linked, and what could not be decided printed and marked."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("awards", "0006_search_trigram_index")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_old_commendations_get_their_entry_code_and_one_record_per_recipient(capsys):
    latest = MigrationExecutor(connection).loader.graph.leaf_nodes("awards")
    old = migrate(BEFORE)
    try:
        decision_model = old.get_model("awards", "AwardDecision")
        commendation_model = old.get_model("awards", "Commendation")
        first = decision_model.objects.create(
            number="12/QĐ", signed_on=datetime.date(2015, 5, 1), issuer="Ủy ban", title="A"
        )
        second = decision_model.objects.create(
            number="40/QĐ", signed_on=datetime.date(2020, 5, 1), issuer="Ủy ban", title="B"
        )

        def commend(decision, kind, name, organization, form):
            commendation_model.objects.create(
                decision=decision,
                recipient_kind=kind,
                recipient_name=name,
                organization=organization,
                award_form=form,
                recipient_key=f"{decision.pk}|{name}|{organization}",
            )

        # One person twice (tone placement differs), one collective twice, a namesake pair
        # of two units nothing can tell apart, and a «Biểu dương» the law does not know.
        commend(first, "individual", "Nguyễn Văn Hòa", "Xã An Thạnh", "bang_khen")
        commend(second, "individual", "Nguyễn Văn Hoà", "xã an thạnh", "giay_khen")
        commend(first, "collective", "Ban công tác Mặt trận ấp 3", "", "co_thi_dua")
        commend(second, "collective", "Ban công tác Mặt trận ấp 3", "Xã Vĩnh Hưng", "bang_khen")
        commend(first, "individual", "Trần Văn Bình", "Xã Hưng Hội", "bang_khen")
        commend(second, "individual", "Trần Văn Bình", "Phường Hòa Lợi", "bieu_duong")

        new = migrate([("awards", name) for _app, name in latest])
    finally:
        migrate([("awards", name) for _app, name in latest])

    printed = capsys.readouterr().out
    assert "chưa quyết định được" in printed
    assert "Trần Văn Bình: «Xã Hưng Hội», «Phường Hòa Lợi»" in printed

    commendation_model = new.get_model("awards", "Commendation")
    rows = {
        (c.recipient_name, c.decision.number): c
        for c in commendation_model.objects.select_related("award_type", "recipient", "decision")
    }
    assert len(rows) == 6
    assert rows["Nguyễn Văn Hòa", "12/QĐ"].award_type.slug == "bang_khen"
    assert rows["Nguyễn Văn Hoà", "40/QĐ"].award_type.slug == "giay_khen"
    assert rows["Ban công tác Mặt trận ấp 3", "12/QĐ"].award_type.kind == "title"
    praise = rows["Trần Văn Bình", "40/QĐ"].award_type
    assert (praise.slug, praise.kind, praise.active) == ("bieu_duong", "other", False)

    assert rows["Nguyễn Văn Hòa", "12/QĐ"].recipient == rows["Nguyễn Văn Hoà", "40/QĐ"].recipient
    assert (
        rows["Ban công tác Mặt trận ấp 3", "12/QĐ"].recipient
        == rows["Ban công tác Mặt trận ấp 3", "40/QĐ"].recipient
    )
    namesakes = {rows["Trần Văn Bình", "12/QĐ"].recipient, rows["Trần Văn Bình", "40/QĐ"].recipient}
    assert len(namesakes) == 2
    assert all("chưa rõ là một người hay hai người" in r.note for r in namesakes)

    codes = {c.code for c in rows.values()}
    assert len(codes) == 6 and all(len(code) == 10 for code in codes)
