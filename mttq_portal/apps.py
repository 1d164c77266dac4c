from django.apps import AppConfig
from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate


class PortalConfig(AppConfig):
    name = "mttq_portal"
    verbose_name = "Cổng thông tin"

    def ready(self):
        from .collation import register_sqlite_collation
        from .permissions import name_default_permissions

        connection_created.connect(register_sqlite_collation, dispatch_uid="vietnamese_collation")
        # After django.contrib.auth's create_permissions (connected first): Vietnamese names.
        post_migrate.connect(name_default_permissions, dispatch_uid="vietnamese_permissions")
