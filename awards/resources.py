"""Excel and CSV columns of decisions and recipients, in Vietnamese.

Recipients are imported into one decision at a time (the decision's admin page, "Nhập danh sách
từ Excel"), so the import file has no decision column; the export of recipients adds the
decision's columns, and those extra columns are ignored if the file is imported again.
"""

from django.db.models import Count, Q
from import_export import fields, widgets

from models_registry.models import Campaign, ModelProgram
from models_registry.resources import PeriodWidget, PilotUnitWidget
from mttq_portal.import_widgets import (
    ChoiceLabelWidget,
    DayFirstDateWidget,
    NameForeignKeyWidget,
    TextWidget,
)
from mttq_portal.importing import AllOrNothingResource

from .models import AwardDecision, AwardType, Commendation

RECIPIENT_FIELDS = (
    "recipient_kind",
    "recipient_name",
    "position",
    "organization",
    "award_type",
    "achievement",
    "prize_amount",
    "pilot_unit",
    "program",
)


class RecipientResource(AllOrNothingResource):
    """The recipients of one decision, as officers type them in Excel."""

    recipient_kind = fields.Field(
        attribute="recipient_kind",
        column_name="Đối tượng",
        widget=ChoiceLabelWidget(Commendation.RecipientKind.choices),
    )
    recipient_name = fields.Field(
        attribute="recipient_name", column_name="Tên tập thể, cá nhân", widget=TextWidget()
    )
    position = fields.Field(attribute="position", column_name="Chức vụ", widget=TextWidget())
    organization = fields.Field(
        attribute="organization", column_name="Đơn vị công tác", widget=TextWidget()
    )
    award_type = fields.Field(
        attribute="award_type",
        column_name="Danh hiệu, hình thức khen thưởng",
        widget=NameForeignKeyWidget(AwardType),
    )
    achievement = fields.Field(
        attribute="achievement", column_name="Thành tích", widget=TextWidget()
    )
    prize_amount = fields.Field(
        attribute="prize_amount",
        column_name="Tiền thưởng (đồng)",
        widget=widgets.IntegerWidget(coerce_to_string=False),
    )
    pilot_unit = fields.Field(
        attribute="pilot_unit", column_name="Đơn vị điểm", widget=PilotUnitWidget()
    )
    program = fields.Field(
        attribute="program", column_name="Mô hình điểm", widget=NameForeignKeyWidget(ModelProgram)
    )

    required_columns = ("recipient_kind", "recipient_name", "award_type")
    # Its name before the catalogue of titles and forms of award.
    former_column_names = {"Hình thức khen thưởng": "award_type"}

    class Meta(AllOrNothingResource.Meta):
        model = Commendation
        name = "Danh sách khen thưởng"
        fields = RECIPIENT_FIELDS
        # Every row is a new recipient: one already in the decision is an error, not an update.
        skip_unchanged = False

    def __init__(self, decision=None, **kwargs):
        super().__init__(**kwargs)
        self.decision = decision

    def get_import_id_fields(self):
        return []

    def get_instance(self, instance_loader, row):
        return None

    def after_init_instance(self, instance, new, row, **kwargs):
        instance.decision = self.decision


class CommendationExportResource(RecipientResource):
    """Every recipient with its decision and any revocation: the export of the recipients list."""

    decision_number = fields.Field(
        attribute="decision__number", column_name="Số quyết định", readonly=True
    )
    decision_signed_on = fields.Field(
        attribute="decision__signed_on",
        column_name="Ngày ký",
        widget=DayFirstDateWidget(),
        readonly=True,
    )
    decision_issuer = fields.Field(
        attribute="decision__issuer", column_name="Cơ quan ban hành", readonly=True
    )
    revoked_on = fields.Field(
        attribute="revoked_on", column_name="Ngày thu hồi", widget=DayFirstDateWidget()
    )
    revoking_decision = fields.Field(
        attribute="revoking_decision", column_name="Quyết định thu hồi", widget=TextWidget()
    )
    revocation_reason = fields.Field(
        attribute="revocation_reason", column_name="Lý do thu hồi", widget=TextWidget()
    )

    class Meta(RecipientResource.Meta):
        name = "Tập thể, cá nhân được khen thưởng"
        fields = (
            "decision_number",
            "decision_signed_on",
            "decision_issuer",
            *RECIPIENT_FIELDS,
            "revoked_on",
            "revoking_decision",
            "revocation_reason",
        )
        export_order = fields

    def filter_export(self, queryset, **kwargs):
        return queryset.select_related("decision", "award_type", "pilot_unit", "program").order_by(
            "-decision__signed_on", "decision_id", "recipient_kind", "id"
        )


class AwardDecisionResource(AllOrNothingResource):
    number = fields.Field(attribute="number", column_name="Số quyết định", widget=TextWidget())
    signed_on = fields.Field(
        attribute="signed_on", column_name="Ngày ký", widget=DayFirstDateWidget()
    )
    issuer = fields.Field(attribute="issuer", column_name="Cơ quan ban hành", widget=TextWidget())
    title = fields.Field(attribute="title", column_name="Trích yếu", widget=TextWidget())
    campaign = fields.Field(
        attribute="campaign",
        column_name="Cuộc vận động, phong trào",
        widget=NameForeignKeyWidget(Campaign),
    )
    period = fields.Field(attribute="period", column_name="Giai đoạn", widget=PeriodWidget())
    recipient_count = fields.Field(
        attribute="export_recipient_count",
        column_name="Số tập thể, cá nhân (còn hiệu lực)",
        widget=widgets.IntegerWidget(coerce_to_string=False),
        readonly=True,
    )

    class Meta(AllOrNothingResource.Meta):
        model = AwardDecision
        name = "Quyết định khen thưởng"
        fields = (
            "number",
            "signed_on",
            "issuer",
            "title",
            "campaign",
            "period",
            "recipient_count",
        )
        export_order = fields
        import_id_fields = ("issuer", "number")

    def filter_export(self, queryset, **kwargs):
        public = Q(commendations__revoked_on=None)
        return queryset.select_related("campaign", "period").annotate(
            export_recipient_count=Count("commendations", filter=public)
        )
