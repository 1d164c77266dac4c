from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView, TemplateView

from .models import Article, Category


class HomeView(TemplateView):
    template_name = "news/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["latest"] = Article.objects.published().select_related("category")[:10]
        return context


class CategoryView(ListView):
    paginate_by = 20
    template_name = "news/category_detail.html"

    def get_queryset(self):
        self.category = get_object_or_404(Category, slug=self.kwargs["slug"], is_active=True)
        return self.category.articles.published().select_related("category")


class ArticleView(DetailView):
    template_name = "news/article_detail.html"

    def get_queryset(self):
        return Article.objects.published().select_related("category")


class SearchView(TemplateView):
    template_name = "news/search.html"
