from django.views.generic import DetailView, ListView, TemplateView

from .models import ModelProgram, PilotUnit


class ModelProgramListView(ListView):
    model = ModelProgram
    template_name = "models_registry/modelprogram_list.html"


class ModelProgramDetailView(DetailView):
    model = ModelProgram
    template_name = "models_registry/modelprogram_detail.html"


class PilotUnitListView(ListView):
    model = PilotUnit
    template_name = "models_registry/pilotunit_list.html"


class PilotUnitDetailView(DetailView):
    model = PilotUnit
    template_name = "models_registry/pilotunit_detail.html"


class StatisticsView(TemplateView):
    template_name = "models_registry/statistics.html"
