from django.urls import path

from . import views

app_name = "news"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("chuyen-muc/<slug:slug>/", views.CategoryView.as_view(), name="category"),
    path("tin-tuc/<slug:slug>/", views.ArticleView.as_view(), name="article"),
    path("tim-kiem/", views.SearchView.as_view(), name="search"),
]
