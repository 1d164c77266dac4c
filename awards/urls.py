from django.urls import path

from . import views

app_name = "awards"

urlpatterns = [
    path("khen-thuong/", views.HonorRollView.as_view(), name="honor_roll"),
    path("khen-thuong/<int:pk>/", views.DecisionDetailView.as_view(), name="decision"),
    path("khen-thuong/<int:pk>/in/", views.decision_pdf, name="decision_pdf"),
    path(
        "khen-thuong/doi-tuong/<slug:slug>/",
        views.RecipientDetailView.as_view(),
        name="recipient",
    ),
    path("khen-thuong/xac-thuc/", views.VerifyView.as_view(), name="verify_form"),
    path(
        "khen-thuong/xac-thuc/<str:code>/",
        views.VerifiedCommendationView.as_view(),
        name="verify",
    ),
    path("khen-thuong/xac-thuc/<str:code>/in/", views.certificate_pdf, name="certificate"),
]
