from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.views.generic import DetailView, TemplateView

from mttq_portal.lists import FilteredListView
from mttq_portal.pagecache import PublicPageMixin, current_version, kept
from mttq_portal.text import vietnamese_slugify
from news.models import Article

from .forms import HonorRollFilterForm, VerifyForm
from .models import AwardDecision, Commendation, Recipient, normalised_code


class HonorRollView(FilteredListView):
    """The honor roll: every public commendation, filtered and searched."""

    template_name = "awards/honor_roll.html"
    context_object_name = "commendations"
    paginate_by = 30
    filter_form_class = HonorRollFilterForm

    def get_listed(self):
        return Commendation.objects.listed()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = context["page_obj"]
        context["page_range"] = page.paginator.get_elided_page_range(page.number, on_each_side=2)
        return context


class DecisionDetailView(PublicPageMixin, DetailView):
    """One decision with its public recipients, collectives first."""

    template_name = "awards/decision_detail.html"
    context_object_name = "decision"

    def get_queryset(self):
        return AwardDecision.objects.select_related("campaign", "period")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        decision = self.object
        recipients = public_recipients(decision)
        kinds = Commendation.RecipientKind
        context.update(
            collectives=[c for c in recipients if c.recipient_kind == kinds.COLLECTIVE],
            individuals=[c for c in recipients if c.recipient_kind == kinds.INDIVIDUAL],
            households=[c for c in recipients if c.recipient_kind == kinds.HOUSEHOLD],
            recipient_count=len(recipients),
            # The related article is named only once the public may read it.
            article=(
                Article.objects.published().filter(pk=decision.article_id).first()
                if decision.article_id
                else None
            ),
        )
        return context


def public_recipients(decision):
    """Return the public commendations of `decision` as it lists them: collectives, then
    individuals, then households, each in the order entered."""
    order = {kind: n for n, kind in enumerate(Commendation.RecipientKind.values)}
    rows = (
        decision.commendations.public()
        .select_related("award_type", "recipient", "pilot_unit", "program")
        .order_by("id")
    )
    return sorted(rows, key=lambda c: order.get(c.recipient_kind, len(order)))


class RecipientDetailView(PublicPageMixin, DetailView):
    """A collective's, person's or household's public commendations, newest first; a record
    with none public (all revoked) is not shown."""

    template_name = "awards/recipient_detail.html"
    context_object_name = "recipient"
    model = Recipient

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        commendations = list(self.object.commendations.listed())
        if not commendations:
            raise Http404("Không có khen thưởng công khai của đối tượng này.")
        context["commendations"] = commendations
        return context


class VerifyView(PublicPageMixin, TemplateView):
    """/khen-thuong/xac-thuc/: the form where a reader types the code printed on a
    certificate; a valid code leads to its page."""

    template_name = "awards/verify.html"

    def get(self, request, *args, **kwargs):
        form = VerifyForm(request.GET or None)
        if form.is_valid():
            return redirect("awards:verify", code=form.cleaned_data["ma"])
        return self.render_to_response(self.get_context_data(form=form))

    def page_cache_params(self, context):
        return {"ma": None}


class VerifiedCommendationView(PublicPageMixin, DetailView):
    """What a certificate's QR code opens: whether the commendation stands or was revoked,
    and by which decision."""

    template_name = "awards/verified.html"
    context_object_name = "commendation"

    def get_object(self, queryset=None):
        code = normalised_code(self.kwargs["code"])
        return get_object_or_404(
            Commendation.objects.select_related("decision", "award_type", "recipient"), code=code
        )

    def get(self, request, *args, **kwargs):
        if normalised_code(kwargs["code"]) != kwargs["code"]:
            return redirect("awards:verify", code=normalised_code(kwargs["code"]))
        return super().get(request, *args, **kwargs)


def _pdf_response(data, name):
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{name}.pdf"'
    return response


def _base_url(request):
    return settings.SITE_URL or request.build_absolute_uri("/")


def decision_pdf(request, pk):
    """The decision as an A4 PDF in the administrative format, with its public recipients."""
    from .printing import decision_pdf as render

    decision = get_object_or_404(AwardDecision.objects.select_related("campaign"), pk=pk)
    base_url = _base_url(request)
    data = kept(
        current_version(),
        f"awards:decision-pdf:{pk}:{base_url}",
        lambda: render(decision, public_recipients(decision), base_url=base_url),
    )
    return _pdf_response(data, f"quyet-dinh-{vietnamese_slugify(decision.number)}")


def certificate_pdf(request, code):
    """A commendation's certificate as an A4 PDF; a revoked one is marked so on the page."""
    from .printing import certificate_pdf as render

    commendation = get_object_or_404(
        Commendation.objects.select_related("decision", "award_type"), code=code
    )
    base_url = _base_url(request)
    data = kept(
        current_version(),
        f"awards:certificate-pdf:{code}:{base_url}",
        lambda: render(commendation, base_url=base_url),
    )
    return _pdf_response(data, f"giay-chung-nhan-{code.lower()}")
