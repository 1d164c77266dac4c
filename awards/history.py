"""What a recipient's record says about a new title or award: the consecutive years a title
asks for (Luật Thi đua, khen thưởng 2022, Điều 22: «Chiến sĩ thi đua cấp tỉnh» after three
consecutive «Chiến sĩ thi đua cơ sở») and "one achievement, one award" (its principles of
commendation). These are warnings for the officer, not refusals: the record may be incomplete
(awards made before the portal), and the council decides."""

from mttq_portal.text import name_key

from .models import Commendation


def standing_commendations(recipient, *, exclude=None):
    """Return the recipient's commendations that stand, with their decision and entry."""
    rows = recipient.commendations.public().select_related("decision", "award_type")
    return rows.exclude(pk=exclude) if exclude else rows


def missing_years(standing, award_type, year):
    """Return the years before `year` in which `standing` (a record's standing commendations)
    lacks what `award_type` asks for each consecutive year (its prerequisite), oldest first;
    [] when it asks for nothing the portal records."""
    needed = award_type.consecutive_years
    if not needed or award_type.prerequisite_id is None:
        return []
    held = {
        c.decision.signed_on.year for c in standing if c.award_type_id == award_type.prerequisite_id
    }
    return [y for y in range(year - needed, year) if y not in held]


def same_achievement(standing, achievement):
    """Return those of `standing` for the same achievement (its text alike but for case,
    spaces and tone placement)."""
    key = name_key(achievement or "")
    return [c for c in standing if key and name_key(c.achievement) == key]


def award_warnings(*, recipient, award_type, year, achievement="", exclude=None):
    """Return the warnings (Vietnamese sentences) about conferring `award_type` on `recipient`
    (a Recipient, or None for one not on record) in `year` for `achievement`; one query."""
    standing = list(standing_commendations(recipient, exclude=exclude)) if recipient else []
    warnings = []
    missing = missing_years(standing, award_type, year)
    if missing:
        years = ", ".join(str(y) for y in missing)
        warnings.append(
            f"«{award_type.name}» cần {award_type.consecutive_years} năm liên tục đạt "
            f"«{award_type.prerequisite.name}» ({year - award_type.consecutive_years}–{year - 1});"
            f" hồ sơ trên cổng thiếu năm {years}."
        )
    elif award_type.consecutive_years and award_type.prerequisite_id is None:
        warnings.append(
            f"«{award_type.name}» cần {award_type.consecutive_years} năm liên tục: "
            f"{award_type.condition or 'xem điều kiện trong danh mục'} Cổng không ghi điều kiện "
            "này; hãy kiểm tra hồ sơ."
        )
    for earlier in same_achievement(standing, achievement):
        warnings.append(
            f"Thành tích này đã được khen thưởng «{earlier.award_type.name}» theo Quyết định số "
            f"{earlier.decision.number} ngày {earlier.decision.signed_on:%d/%m/%Y}: mỗi thành "
            "tích chỉ khen thưởng một lần."
        )
    return warnings


def commendation_warnings(commendation):
    """Return the warnings of a saved commendation against the rest of its record."""
    if commendation.is_revoked:
        return []
    return award_warnings(
        recipient=commendation.recipient,
        award_type=commendation.award_type,
        year=commendation.decision.signed_on.year,
        achievement=commendation.achievement,
        exclude=commendation.pk,
    )


def history_rows(recipient):
    """Return every commendation of `recipient`, revoked ones included, oldest first: the
    record's full history for the admin and its Excel export."""
    return (
        Commendation.objects.filter(recipient=recipient)
        .select_related("decision", "award_type")
        .order_by("decision__signed_on", "id")
    )
