from django.views.generic import DetailView, ListView

from .models import AwardDecision, Commendation


class HonorRollView(ListView):
    template_name = "awards/honor_roll.html"

    def get_queryset(self):
        return Commendation.objects.public().select_related("decision")


class DecisionDetailView(DetailView):
    model = AwardDecision
    template_name = "awards/decision_detail.html"
