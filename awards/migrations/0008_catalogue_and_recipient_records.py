"""Fill what 0007 added: the catalogue of titles and forms of award (awards.catalogue), each
commendation's entry in it (from the old fixed list), its verification code, each decision's
kind, and one record per recipient.

Recipients are matched by kind and name key (tone placement, case, Unicode form and spaces
alike). Collectives of one name are one record. Individuals of one name are one record when
their commendations name one unit at most; when they name several, nothing tells whether they
are one person who moved or namesakes, so each unit gets its own record, marked in its note for
an officer to check, and the migration prints what it left undecided.
"""

from collections import defaultdict

from django.db import migrations

from awards.catalogue import OTHER, seed_catalogue
from awards.models import new_code
from mttq_portal.text import name_key, search_key, vietnamese_slugify

UNDECIDED_NOTE = (
    "Cùng tên với hồ sơ khác nhưng khác đơn vị công tác: chưa rõ là một người hay hai người; "
    "hãy kiểm tra và gộp nếu cần."
)


def seed(apps, schema_editor):
    seed_catalogue(apps.get_model("awards", "AwardType"))


def fill_commendations(apps, schema_editor):
    AwardType = apps.get_model("awards", "AwardType")
    AwardDecision = apps.get_model("awards", "AwardDecision")
    Commendation = apps.get_model("awards", "Commendation")
    types = {t.slug: t for t in AwardType.objects.all()}
    codes = set()
    for commendation in Commendation.objects.all().only("pk", "award_form"):
        award_type = types.get(commendation.award_form)
        if award_type is None:  # a value outside the old list: kept, under its own name
            award_type = AwardType.objects.create(
                slug=vietnamese_slugify(commendation.award_form, max_length=50) or "khac",
                kind=OTHER,
                name=commendation.award_form,
                name_key=name_key(commendation.award_form),
                for_collective=True,
                for_individual=True,
                for_household=True,
                active=False,
            )
            types[commendation.award_form] = award_type
        code = new_code()
        while code in codes:
            code = new_code()
        codes.add(code)
        Commendation.objects.filter(pk=commendation.pk).update(award_type=award_type, code=code)
    # Decisions that close a campaign commend for it (theo chuyên đề); the others are regular.
    AwardDecision.objects.exclude(campaign=None).update(kind="chuyen_de")


def restore_award_forms(apps, schema_editor):
    Commendation = apps.get_model("awards", "Commendation")
    for commendation in Commendation.objects.select_related("award_type"):
        commendation.award_form = commendation.award_type.slug[:20]
        commendation.save(update_fields=["award_form"])


def match_recipients(apps, schema_editor):
    Commendation = apps.get_model("awards", "Commendation")
    Recipient = apps.get_model("awards", "Recipient")
    groups = defaultdict(list)
    rows = Commendation.objects.order_by("decision__signed_on", "id")
    for row in rows.only("pk", "recipient_kind", "recipient_name", "organization"):
        groups[(row.recipient_kind, name_key(row.recipient_name))].append(row)
    slugs = set(Recipient.objects.values_list("slug", flat=True))
    undecided = []

    def record(kind, name, note=""):
        base = vietnamese_slugify(name, max_length=240) or "doi-tuong"
        slug, n = base, 2
        while slug in slugs:
            slug, n = f"{base}-{n}", n + 1
        slugs.add(slug)
        return Recipient.objects.create(
            kind=kind,
            name=name,
            name_key=name_key(name),
            slug=slug,
            note=note,
            search_text=search_key(name, note),
        )

    for (kind, _key), commendations in groups.items():
        by_unit = defaultdict(list)
        for commendation in commendations:
            by_unit[name_key(commendation.organization)].append(commendation)
        units = [unit for unit in by_unit if unit]
        if kind == "collective" or len(units) <= 1:
            parts = [commendations]
        else:
            parts = list(by_unit.values())
            names = ", ".join(
                f"«{part[0].organization or 'không ghi đơn vị'}»" for part in parts
            )
            undecided.append(f"{commendations[0].recipient_name}: {names}")
        for part in parts:
            recipient = record(kind, part[0].recipient_name, UNDECIDED_NOTE if len(parts) > 1 else "")
            Commendation.objects.filter(pk__in=[c.pk for c in part]).update(recipient=recipient)
    if undecided:
        print(
            "\n  awards 0008: chưa quyết định được, đã tách thành các hồ sơ riêng (ghi chú "
            "«chưa rõ» trong hồ sơ):"
        )
        for line in undecided:
            print(f"    - {line}")


class Migration(migrations.Migration):
    dependencies = [("awards", "0007_catalogue_recipients_proposals")]

    operations = [
        migrations.RunPython(seed, migrations.RunPython.noop),
        migrations.RunPython(fill_commendations, restore_award_forms),
        migrations.RunPython(match_recipients, migrations.RunPython.noop),
    ]
