"""What the admin of every model the public sees shares."""

from .pagecache import announce_change


class PublicContentAdmin:
    """Put before the ModelAdmin class of a model the public sees: every save and deletion in
    the admin announces a change of public content (mttq_portal.pagecache), once per request
    whatever the number of rows, when the admin's transaction commits."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        announce_change()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        announce_change()

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        announce_change()

    def delete_queryset(self, request, queryset):
        super().delete_queryset(request, queryset)
        announce_change()
