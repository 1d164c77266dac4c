"""The rules of the honor roll that write: free of HTTP, atomic."""

from mttq_portal.importing import ImportResult

from .models import AwardDecision
from .resources import RecipientResource


def recipients_import(*, decision: AwardDecision, dataset, dry_run: bool) -> ImportResult:
    """Import the recipients in `dataset` into `decision`, all or nothing.

    Every row is validated as the admin form would (a recipient already in the decision, or
    twice in the file, is an error); if any row fails, no row is written, dry run or not.
    """
    resource = RecipientResource(decision=decision)
    return resource.import_data(dataset, dry_run=dry_run, use_transactions=True)
