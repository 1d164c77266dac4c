from django.apps import AppConfig


class AwardsConfig(AppConfig):
    name = "awards"
    verbose_name = "Khen thưởng"

    def ready(self):
        from mttq_portal.pagecache import bump_on_change

        bump_on_change(*self.get_models())
