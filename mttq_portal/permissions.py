"""Vietnamese names for the permissions Django creates for every model.

Django's ``create_permissions`` (run after every ``migrate``) stores the default permissions'
names in English ("Can add bài viết") and never renames them, so the group and user forms
listed them that way. ``name_default_permissions`` runs after it, on the same
``post_migrate`` signal (connected in mttq_portal.apps), and gives each one a Vietnamese name
from the model's verbose_name: "Có thể thêm bài viết". Permissions declared in a model's
``Meta.permissions`` keep the names written there.
"""

from django.apps import apps as global_apps
from django.conf import settings
from django.contrib.auth import get_permission_codename
from django.db import DEFAULT_DB_ALIAS, router
from django.utils import translation

ACTIONS = {
    "add": "Có thể thêm {}",
    "change": "Có thể sửa {}",
    "delete": "Có thể xóa {}",
    "view": "Có thể xem {}",
}
# Permission.name's max_length.
NAME_MAX_LENGTH = 255


def default_permission_names(app_config):
    """Return {(model_name, codename): Vietnamese name} of the default permissions of the
    models of `app_config` (the installed app, whose verbose names are translated)."""
    names = {}
    with translation.override(settings.LANGUAGE_CODE):
        for model in app_config.get_models():
            opts = model._meta
            for action in opts.default_permissions:
                if action in ACTIONS:
                    name = ACTIONS[action].format(opts.verbose_name)
                    codename = get_permission_codename(action, opts)
                    names[(opts.model_name, codename)] = name[:NAME_MAX_LENGTH]
    return names


def name_default_permissions(
    app_config, using=DEFAULT_DB_ALIAS, apps=global_apps, verbosity=1, **kwargs
):
    """Rename the default permissions of `app_config`'s models to Vietnamese (post_migrate)."""
    if not app_config.models_module:
        return
    try:
        Permission = apps.get_model("auth", "Permission")
        installed = global_apps.get_app_config(app_config.label)
    except LookupError:  # auth or contenttypes not installed, or not migrated yet
        return
    if not router.allow_migrate_model(using, Permission):
        return
    names = default_permission_names(installed)
    if not names:
        return
    permissions = Permission.objects.using(using).filter(
        content_type__app_label=app_config.label,
        codename__in={codename for _, codename in names},
    )
    renamed = []
    for permission in permissions.select_related("content_type"):
        name = names.get((permission.content_type.model, permission.codename))
        if name is not None and permission.name != name:
            permission.name = name
            renamed.append(permission)
    Permission.objects.using(using).bulk_update(renamed, ["name"])
    if verbosity >= 2:
        for permission in renamed:
            print(f"Đã đặt tên tiếng Việt cho quyền «{permission.codename}»: {permission.name}")
