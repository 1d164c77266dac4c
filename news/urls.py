from django.urls import path

from . import feeds, views

app_name = "news"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("chuyen-muc/<slug:slug>/", views.CategoryView.as_view(), name="category"),
    path("chuyen-muc/<slug:slug>/rss/", feeds.CategoryFeed(), name="category_rss"),
    path("tin-tuc/<slug:slug>/", views.ArticleView.as_view(), name="article"),
    path("tin-tuc/<slug:slug>/danh-gia/", views.rate, name="rate"),
    path("the/<slug:slug>/", views.TagView.as_view(), name="tag"),
    path("the/<slug:slug>/rss/", feeds.TagFeed(), name="tag_rss"),
    path("dong-su-kien/<slug:slug>/", views.SeriesView.as_view(), name="series"),
    path("dong-su-kien/<slug:slug>/rss/", feeds.SeriesFeed(), name="series_rss"),
    path("rss/", feeds.LatestArticlesFeed(), name="rss"),
]
