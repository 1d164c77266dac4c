from django.urls import path

from . import views

app_name = "awards"

urlpatterns = [
    path("khen-thuong/", views.HonorRollView.as_view(), name="honor_roll"),
    path("khen-thuong/<int:pk>/", views.DecisionDetailView.as_view(), name="decision"),
]
