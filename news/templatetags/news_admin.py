"""The newsroom's pieces of the admin's frame: the start page and the header's waiting count."""

from django import template

from news import dashboard, editing

register = template.Library()


@register.inclusion_tag("admin/news/workbench.html", takes_context=True)
def newsroom_workbench(context):
    user = context["request"].user
    shown = user.has_perm("news.add_article") or user.has_perm("news.publish_article")
    return {
        "request": context["request"],
        "shown": shown,
        **(dashboard.workbench(user) if shown else {}),
    }


@register.simple_tag(takes_context=True)
def waiting_for_review(context):
    """Return how many articles wait for this publisher's review (0 for anyone else)."""
    request = context.get("request")
    if request is None or not request.user.is_authenticated:
        return 0
    return dashboard.waiting_for(request.user).count()


@register.filter
def person(user):
    """Staff by their full name in Vietnamese order (news.editing.person); "–" for nobody."""
    return editing.person(user) if user is not None else "–"
