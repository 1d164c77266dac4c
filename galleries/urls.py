from django.urls import path

from . import views

app_name = "galleries"
urlpatterns = [
    path("thu-vien-anh/", views.AlbumListView.as_view(), name="list"),
    path("thu-vien-anh/<slug:slug>/", views.AlbumDetailView.as_view(), name="album"),
]
