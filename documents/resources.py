"""Excel and CSV import/export of documents, with Vietnamese columns. Files are attached
afterwards, in the admin."""

from import_export import fields

from mttq_portal.import_widgets import (
    DayFirstDateWidget,
    NameForeignKeyWidget,
    TextWidget,
    YesNoWidget,
)
from mttq_portal.importing import AllOrNothingResource

from .models import Document, DocumentType, IssuingBody


class DocumentResource(AllOrNothingResource):
    symbol = fields.Field(attribute="symbol", column_name="Số ký hiệu", widget=TextWidget())
    type = fields.Field(
        attribute="type", column_name="Loại văn bản", widget=NameForeignKeyWidget(DocumentType)
    )
    issuer = fields.Field(
        attribute="issuer",
        column_name="Cơ quan ban hành",
        widget=NameForeignKeyWidget(IssuingBody),
    )
    signer = fields.Field(attribute="signer", column_name="Người ký", widget=TextWidget())
    signer_position = fields.Field(
        attribute="signer_position", column_name="Chức vụ người ký", widget=TextWidget()
    )
    issued = fields.Field(
        attribute="issued", column_name="Ngày ban hành", widget=DayFirstDateWidget()
    )
    effective = fields.Field(
        attribute="effective", column_name="Ngày hiệu lực", widget=DayFirstDateWidget()
    )
    summary = fields.Field(attribute="summary", column_name="Trích yếu", widget=TextWidget())
    is_published = fields.Field(
        attribute="is_published", column_name="Công khai", widget=YesNoWidget()
    )

    required_columns = ("symbol", "type", "issuer", "issued", "summary")
    # The column as the officers' template names it, with the format typed in its header.
    former_column_names = {"Ngày ban hành (dd/mm/yyyy)": "issued"}

    class Meta(AllOrNothingResource.Meta):
        model = Document
        name = "Văn bản"
        fields = (
            "symbol",
            "type",
            "issuer",
            "signer",
            "signer_position",
            "issued",
            "effective",
            "summary",
            "is_published",
        )
        import_id_fields = ("issuer", "symbol")

    def filter_export(self, queryset, **kwargs):
        return queryset.select_related("type", "issuer")
