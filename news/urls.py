from django.urls import path

from . import feeds, views

app_name = "news"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("chuyen-muc/<slug:slug>/", views.CategoryView.as_view(), name="category"),
    path("chuyen-muc/<slug:slug>/rss/", feeds.CategoryFeed(), name="category_rss"),
    path("tin-tuc/<slug:slug>/", views.ArticleView.as_view(), name="article"),
    path("tin-tuc/<slug:slug>/danh-gia/", views.rate, name="rate"),
    path("rss/", feeds.LatestArticlesFeed(), name="rss"),
]
