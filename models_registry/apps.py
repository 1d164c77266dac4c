from django.apps import AppConfig


class ModelsRegistryConfig(AppConfig):
    name = "models_registry"
    verbose_name = "Mô hình điểm, điển hình tiên tiến"

    def ready(self):
        from mttq_portal.pagecache import bump_on_change

        bump_on_change(*self.get_models())
