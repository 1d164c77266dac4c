from django.apps import AppConfig, apps
from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate


def _link_name(row):
    """A row of a many-to-many field's automatic table, named by its two ends:
    "Mô hình A – Xã Đông Hưng"."""
    ends = [field for field in row._meta.fields if field.is_relation]
    return " – ".join(str(getattr(row, field.name)) for field in ends)


def name_many_to_many_rows():
    """Name the rows of every automatic many-to-many table by what they link: Django names them
    in English ("ModelProgram_replicated_to object (2)"), and the admin lists them on the page
    that confirms a deletion."""
    for model in apps.get_models(include_auto_created=True):
        if model._meta.auto_created and "__str__" not in model.__dict__:
            model.__str__ = _link_name


class PortalConfig(AppConfig):
    name = "mttq_portal"
    verbose_name = "Cổng thông tin"

    def ready(self):
        from .collation import register_sqlite_collation
        from .permissions import name_default_permissions

        connection_created.connect(register_sqlite_collation, dispatch_uid="vietnamese_collation")
        name_many_to_many_rows()
        # After django.contrib.auth's create_permissions (connected first): Vietnamese names.
        post_migrate.connect(name_default_permissions, dispatch_uid="vietnamese_permissions")
