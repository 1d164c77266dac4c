"""The way of a proposal for commendation (đề nghị khen thưởng), free of HTTP and atomic:

    draft --submit()--> submitted --appraise() each line--> appraised --decide()--> decided
                          ^                                    |
                          +------ resubmit() (lines returned) -+

One officer enters the proposal and its files; another appraises each line (accepts it, returns
it for more, or refuses it, with a note the first sees); the accepted lines then become one
decision, its recipients, in one step. The one who entered a proposal may neither appraise it
nor make its decision, whatever request they forge (ensure_not_author()).
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from mttq_portal.pagecache import announce_change

from .models import AwardDecision, Commendation, Proposal, ProposalLine, Recipient

Status, Verdict = Proposal.Status, ProposalLine.Verdict

MESSAGE_OWN = "Người lập đề nghị không được tự thẩm định hay ra quyết định cho đề nghị của mình."
MESSAGE_NOT_SUBMITTED = "Đề nghị này không ở trạng thái chờ thẩm định."


def ensure_not_author(proposal, user):
    if proposal.created_by_id == user.pk:
        raise PermissionDenied(MESSAGE_OWN)


def _locked(proposal):
    """Return the proposal read again under a row lock: two officers acting at once act one
    after the other, each on what the other left."""
    return Proposal.objects.select_for_update().get(pk=proposal.pk)


@transaction.atomic
def submit(proposal, user):
    """Send a draft (or a proposal whose returned lines were amended) for appraisal."""
    proposal = _locked(proposal)
    if proposal.created_by_id != user.pk:
        raise PermissionDenied("Chỉ người lập đề nghị mới gửi được đề nghị đi thẩm định.")
    if proposal.status not in (Status.DRAFT, Status.APPRAISED):
        raise ValidationError("Đề nghị này đã được gửi thẩm định.")
    lines = proposal.lines.all()
    if not lines.exists():
        raise ValidationError("Đề nghị chưa có tập thể, cá nhân nào được đề nghị.")
    if not proposal.covering_letter:
        raise ValidationError("Hãy đính kèm tờ trình trước khi gửi thẩm định.")
    if proposal.status == Status.APPRAISED:
        returned = lines.filter(verdict=Verdict.RETURNED)
        if not returned.exists():
            raise ValidationError("Không có dòng nào bị trả lại để gửi thẩm định lại.")
        returned.update(verdict=Verdict.PENDING)
    proposal.status = Status.SUBMITTED
    proposal.save(update_fields=["status", "updated_at"])
    return proposal


@transaction.atomic
def appraise(proposal, user, verdicts):
    """Record the appraising officer's verdicts: {line id: (verdict, note)} for lines still
    waiting. A line returned or refused needs a note. When no line waits any more, the proposal
    is appraised."""
    proposal = _locked(proposal)
    ensure_not_author(proposal, user)
    if proposal.status != Status.SUBMITTED:
        raise ValidationError(MESSAGE_NOT_SUBMITTED)
    lines = {line.pk: line for line in proposal.lines.filter(verdict=Verdict.PENDING)}
    errors = []
    now = timezone.now()
    for pk, (verdict, note) in verdicts.items():
        line = lines.get(pk)
        if line is None:
            raise ValidationError("Có dòng không thuộc đề nghị này hoặc đã được thẩm định.")
        note = (note or "").strip()
        if verdict == Verdict.PENDING:
            continue
        if verdict not in (Verdict.ACCEPTED, Verdict.RETURNED, Verdict.REFUSED):
            raise ValidationError("Kết quả thẩm định không hợp lệ.")
        if verdict != Verdict.ACCEPTED and not note:
            errors.append(f"«{line.recipient_name}»: ghi lý do khi trả lại hoặc không đồng ý.")
            continue
        line.verdict, line.appraisal_note = verdict, note
        line.appraised_by, line.appraised_at = user, now
        line.save(update_fields=["verdict", "appraisal_note", "appraised_by", "appraised_at"])
    if errors:
        raise ValidationError(errors)
    if not proposal.lines.filter(verdict=Verdict.PENDING).exists():
        proposal.status = Status.APPRAISED
        proposal.save(update_fields=["status", "updated_at"])
    return proposal


@transaction.atomic
def decide(proposal, user, decision_fields):
    """Make the decision of a proposal's accepted lines, in one step: the decision (its number,
    date, issuer, title, grounds and signer from `decision_fields`), a commendation per accepted
    line, linked to its recipient's record. All or nothing; return the decision."""
    proposal = _locked(proposal)
    ensure_not_author(proposal, user)
    if proposal.status == Status.DECIDED:
        raise ValidationError("Đề nghị này đã có quyết định khen thưởng.")
    if proposal.status != Status.APPRAISED:
        raise ValidationError("Đề nghị phải được thẩm định xong mới ra quyết định.")
    accepted = list(
        proposal.lines.filter(verdict=Verdict.ACCEPTED, commendation=None).select_related(
            "award_type", "recipient"
        )
    )
    if not accepted:
        raise ValidationError("Đề nghị không có dòng nào được đồng ý để ra quyết định.")
    decision = AwardDecision(campaign=proposal.campaign, **decision_fields)
    decision.full_clean()
    decision.save()
    for line in accepted:
        commendation = Commendation(
            decision=decision,
            recipient_kind=line.recipient_kind,
            recipient_name=line.recipient_name,
            position=line.position,
            organization=line.organization,
            award_type=line.award_type,
            achievement=line.achievement,
            prize_amount=line.prize_amount,
            recipient=line.recipient
            or Recipient.find_or_create(
                kind=line.recipient_kind,
                name=line.recipient_name,
                organization=line.organization,
                birth_year=line.birth_year,
            ),
        )
        try:
            commendation.full_clean()
        except ValidationError as error:
            raise ValidationError(
                [f"«{line.recipient_name}»: {message}" for message in error.messages]
            ) from error
        commendation.save()
        line.commendation = commendation
        line.save(update_fields=["commendation"])
    proposal.decision = decision
    proposal.status = Status.DECIDED
    proposal.save(update_fields=["decision", "status", "updated_at"])
    announce_change()
    return decision
