from django.urls import path

from . import views
from .feeds import LatestDocumentsFeed

app_name = "documents"

urlpatterns = [
    path("van-ban/", views.DocumentListView.as_view(), name="list"),
    path("van-ban/rss/", LatestDocumentsFeed(), name="rss"),
    path("van-ban/<slug:slug>/", views.DocumentDetailView.as_view(), name="detail"),
    path("van-ban/<slug:slug>/tep/<int:pk>/", views.document_file, name="file"),
    path(
        "van-ban/<slug:slug>/tep/<int:pk>/tai-ve/",
        views.document_file,
        {"download": True},
        name="file_download",
    ),
]
