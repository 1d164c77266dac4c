"""The staff roles and exactly the permissions each one holds.

`manage.py setup_roles` makes the groups match this table; an app that adds models adds its
permissions here, and nowhere else.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

EDITOR = "Biên tập viên"
PUBLISHER = "Duyệt bài"
CHIEF_EDITOR = "Tổng biên tập"
OFFICER = "Cán bộ phong trào"

CRUD = ("add", "change", "delete", "view")
# What publishers keep besides the categories: articles and what they are filed under.
NEWSROOM_MODELS = ("article", "attachment", "tag", "eventseries")
# The document library: documents and their files, entered by officers and publishers; the
# types and issuing bodies are kept by officers and the chief editor, seen by publishers.
DOCUMENT_CRUD = tuple(f"documents.{a}_{m}" for m in ("document", "documentfile") for a in CRUD)
DOCUMENT_LISTS_CRUD = tuple(
    f"documents.{a}_{m}" for m in ("documenttype", "issuingbody") for a in CRUD
)
DOCUMENT_LISTS_VIEW = ("documents.view_documenttype", "documents.view_issuingbody")
# The introduction pages (/gioi-thieu/), their leaders and contacts, with the pages' versions.
PAGES_CRUD = (
    *(f"pages.{a}_{m}" for m in ("page", "leader", "contactperson") for a in CRUD),
    "pages.view_historicalpage",
)

ROLES = {
    # Writes and edits their own drafts in their desks' categories (and those without editors
    # of their own) and sends them for review; cannot publish.
    EDITOR: [
        "news.view_category",
        "news.add_article",
        "news.change_article",
        "news.view_article",
        "news.submit_article",
        "news.view_statuschange",
        # Their articles' documents; tags are made by typing them in the article's form.
        *(f"news.{action}_attachment" for action in CRUD),
        "news.view_tag",
        "news.view_eventseries",
        # The photo library: seen, to link to it; albums are kept by publishers.
        "galleries.view_album",
        "galleries.view_photo",
    ],
    # Reviews, edits, schedules, publishes and takes down the articles of their desks (all
    # categories without publishers of their own); keeps the categories.
    PUBLISHER: [
        *(f"news.{action}_category" for action in CRUD),
        *(f"news.{action}_{model}" for model in NEWSROOM_MODELS for action in CRUD),
        "news.submit_article",
        "news.publish_article",
        "news.view_rating",
        "news.view_statuschange",
        "news.view_historicalarticle",
        *(f"galleries.{action}_{model}" for model in ("album", "photo") for action in CRUD),
        *DOCUMENT_CRUD,
        *DOCUMENT_LISTS_VIEW,
        "documents.view_historicaldocument",
        *PAGES_CRUD,
    ],
    # A publisher of every desk (news.desks), who also staffs the desks.
    CHIEF_EDITOR: [
        *(f"news.{action}_category" for action in CRUD),
        *(f"news.{action}_{model}" for model in NEWSROOM_MODELS for action in CRUD),
        "news.submit_article",
        "news.publish_article",
        "news.work_on_all_desks",
        "news.view_rating",
        "news.view_statuschange",
        "news.view_historicalarticle",
        *(f"galleries.{action}_{model}" for model in ("album", "photo") for action in CRUD),
        *DOCUMENT_CRUD,
        *DOCUMENT_LISTS_CRUD,
        "documents.view_historicaldocument",
        *PAGES_CRUD,
    ],
    # Registers pilot units, model programs, reviews, decisions and their recipients; keeps the
    # catalogue of titles and forms of award and the recipients' records; enters proposals and
    # appraises and decides those others entered (never their own: awards.proposals).
    OFFICER: [
        *(
            f"models_registry.{action}_{model}"
            for model in ("sector", "campaign", "period", "pilotunit", "modelprogram", "review")
            for action in CRUD
        ),
        *(
            f"awards.{action}_{model}"
            for model in (
                "awarddecision",
                "commendation",
                "awardtype",
                "recipient",
                "proposal",
                "proposalline",
            )
            for action in CRUD
        ),
        "awards.appraise_proposal",
        *DOCUMENT_CRUD,
        *DOCUMENT_LISTS_CRUD,
        "documents.view_historicaldocument",
    ],
}


def _permission(dotted):
    app_label, codename = dotted.split(".", 1)
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def setup_roles():
    """Create each role's group and give it exactly the permissions in ROLES.

    Return a list of (group name, created, number of permissions).
    """
    report = []
    for name, dotted_permissions in ROLES.items():
        group, created = Group.objects.get_or_create(name=name)
        group.permissions.set([_permission(dotted) for dotted in dotted_permissions])
        report.append((name, created, len(dotted_permissions)))
    return report
