"""/thong-ke/: the figures of the registry and of the honor roll, each app's own charts
(models_registry.statistics, awards.stats) on the one page that belongs to neither."""

from django.views.generic import TemplateView

from awards.stats import award_charts
from models_registry import statistics

from .pagecache import PublicPageMixin


class StatisticsView(PublicPageMixin, TemplateView):
    """Totals and charts. More charts: extend get_charts() or the template."""

    template_name = "mttq_portal/statistics.html"

    def get_charts(self):
        """Return the registry's charts in page order: dicts of id (the HTML id), chart,
        label_header."""
        return [
            {
                "id": "mo-hinh-theo-linh-vuc",
                "chart": statistics.programs_by_sector_chart(),
                "label_header": "Lĩnh vực",
            },
            {
                "id": "mo-hinh-theo-don-vi",
                "chart": statistics.programs_by_unit_chart(),
                "label_header": "Đơn vị điểm",
            },
            {
                "id": "mo-hinh-theo-giai-doan",
                "chart": statistics.programs_by_period_chart(),
                "label_header": "Giai đoạn",
            },
            {
                "id": "mo-hinh-theo-tinh-trang",
                "chart": statistics.programs_by_status_chart(),
                "label_header": "Tình trạng",
            },
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["totals"] = statistics.registry_totals()
        context["charts"] = self.get_charts()
        context["award_charts"] = award_charts()
        return context
