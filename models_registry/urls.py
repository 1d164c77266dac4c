from django.urls import path

from . import views

app_name = "models_registry"

urlpatterns = [
    path("mo-hinh/", views.ModelProgramListView.as_view(), name="program_list"),
    path("mo-hinh/<slug:slug>/", views.ModelProgramDetailView.as_view(), name="program"),
    path("don-vi-diem/", views.PilotUnitListView.as_view(), name="unit_list"),
    path("don-vi-diem/<slug:slug>/", views.PilotUnitDetailView.as_view(), name="unit"),
]
