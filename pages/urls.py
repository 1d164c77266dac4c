from django.urls import path

from . import views

app_name = "pages"
urlpatterns = [
    path("gioi-thieu/", views.OverviewView.as_view(), name="overview"),
    path("gioi-thieu/<slug:slug>/", views.PageDetailView.as_view(), name="page"),
]
