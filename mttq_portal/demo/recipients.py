"""Commendation decisions of the demo and their recipients.

Decision 125 is the one announced at the 24/04/2020 review conference: exactly 24 collectives
and individuals for the 2011–2015 period. Unit keys and program names link a recipient to the
registry.
"""

import datetime

from .records import DemoCommendation, DemoDecision, DemoProposal, DemoProposalLine
from .registry import MAIN_CAMPAIGN

ISSUER = "Ủy ban MTTQ Việt Nam tỉnh"
CONFERENCE_TITLE = "Tổng kết 5 năm chỉ đạo điểm xây dựng mô hình, điển hình tiên tiến ở khu dân cư"
COLLECTIVE, INDIVIDUAL, HOUSEHOLD = "collective", "individual", "household"
MERIT, CERTIFICATE = "bang_khen", "giay_khen"
SIGNER = "Nguyễn Văn Thắng"
GROUNDS = (
    "Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;\n"
    "Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam;\n"
    "Xét đề nghị của Ban Phong trào Ủy ban MTTQ Việt Nam tỉnh."
)


def _c(kind, name, position, organization, form, achievement, unit="", program="", **extra):
    return DemoCommendation(
        kind, name, position, organization, form, achievement, unit, program, **extra
    )


CONFERENCE_RECIPIENTS = (
    _c(
        COLLECTIVE,
        "Ủy ban MTTQ Việt Nam xã An Thạnh",
        "",
        "Xã An Thạnh",
        MERIT,
        "Đơn vị điểm dẫn đầu về xây dựng ấp tự quản về an ninh trật tự, được nhân rộng ra 2 xã.",
        unit="an-thanh",
    ),
    _c(
        COLLECTIVE,
        "Ban công tác Mặt trận ấp Thạnh Hòa",
        "",
        "Xã An Thạnh",
        MERIT,
        "Duy trì hiệu quả mô hình ấp tự quản; ba năm liền không có trọng án.",
        unit="an-thanh",
        program="Ấp tự quản về an ninh trật tự ấp Thạnh Hòa",
    ),
    _c(
        COLLECTIVE,
        "Ủy ban MTTQ Việt Nam thị trấn Gành Hào",
        "",
        "Thị trấn Gành Hào",
        MERIT,
        "Chỉ đạo tốt các mô hình về an ninh biên giới biển và cảng cá.",
        unit="ganh-hao",
    ),
    _c(
        COLLECTIVE,
        "Tổ tàu thuyền an toàn Gành Hào",
        "",
        "Thị trấn Gành Hào",
        MERIT,
        "Không có tàu vi phạm vùng biển nước ngoài; tích cực cứu hộ ngư dân gặp nạn.",
        unit="ganh-hao",
        program="Tổ tàu thuyền an toàn Gành Hào",
    ),
    _c(
        COLLECTIVE,
        "Ban quản lý chợ Vĩnh Hưng",
        "",
        "Xã Vĩnh Hưng",
        MERIT,
        "Xây dựng chợ an toàn thực phẩm, mô hình được nhân rộng ra 2 đơn vị.",
        unit="vinh-hung",
        program="Chợ an toàn thực phẩm Vĩnh Hưng",
    ),
    _c(
        COLLECTIVE,
        "Ủy ban MTTQ Việt Nam phường Hòa Lợi",
        "",
        "Phường Hòa Lợi",
        MERIT,
        "Thực hiện hiệu quả mô hình “Cổng trường an toàn giao thông”.",
        unit="hoa-loi",
        program="Cổng trường an toàn giao thông",
    ),
    _c(
        COLLECTIVE,
        "Ban công tác Mặt trận khu phố 3",
        "",
        "Phường Tân Xuyên",
        CERTIFICATE,
        "Quản lý tốt người lao động tạm trú qua mô hình “Nhà trọ an toàn, tự quản”.",
        unit="tan-xuyen",
        program="Nhà trọ an toàn, tự quản",
    ),
    _c(
        COLLECTIVE,
        "Tổ giám sát vùng rau an toàn Hưng Hội",
        "",
        "Xã Hưng Hội",
        MERIT,
        "Giám sát chặt chẽ quy trình sản xuất, không có mẫu rau vượt ngưỡng cho phép.",
        unit="hung-hoi",
        program="Vùng rau an toàn Hưng Hội",
    ),
    _c(
        COLLECTIVE,
        "Đồn Biên phòng Gành Hào",
        "",
        "Bộ đội Biên phòng tỉnh",
        MERIT,
        "Phối hợp chặt chẽ với Mặt trận xây dựng các mô hình tự quản của ngư dân.",
        unit="ganh-hao",
    ),
    _c(
        COLLECTIVE,
        "Ủy ban MTTQ Việt Nam xã Phong Thạnh",
        "",
        "Xã Phong Thạnh",
        CERTIFICATE,
        "Mô hình thu gom vỏ bao bì thuốc bảo vệ thực vật được nhân rộng.",
        unit="phong-thanh",
        program="Thu gom vỏ bao bì thuốc bảo vệ thực vật trên đồng ruộng",
    ),
    _c(
        INDIVIDUAL,
        "Ông Nguyễn Văn Tâm",
        "Trưởng ban công tác Mặt trận ấp Thạnh Hòa",
        "Xã An Thạnh",
        MERIT,
        "Người trực tiếp vận động các hộ lập tổ tự quản liên gia.",
        unit="an-thanh",
        program="Ấp tự quản về an ninh trật tự ấp Thạnh Hòa",
    ),
    _c(
        INDIVIDUAL,
        "Bà Thạch Thị Sa Rây",
        "Tổ trưởng tổ hòa giải ấp Cây Gừa",
        "Xã An Thạnh",
        MERIT,
        "Hòa giải thành hàng chục vụ việc bằng cả tiếng Việt và tiếng Khmer.",
        unit="an-thanh",
        program="Tổ hòa giải “Gắn kết yêu thương” ấp Cây Gừa",
    ),
    _c(
        INDIVIDUAL,
        "Ông Lâm Văn Phúc",
        "Tổ trưởng tổ đoàn kết đánh bắt hải sản",
        "Xã Long Điền Tây",
        MERIT,
        "Tổ chức cứu hộ, lai dắt an toàn nhiều tàu gặp nạn.",
        unit="long-dien-tay",
        program="Tổ đoàn kết đánh bắt hải sản trên biển Long Điền Tây",
    ),
    _c(
        INDIVIDUAL,
        "Bà Trần Thị Kim Loan",
        "Trưởng ban quản lý chợ Vĩnh Hưng",
        "Xã Vĩnh Hưng",
        MERIT,
        "Vận động toàn bộ tiểu thương ký cam kết an toàn thực phẩm.",
        unit="vinh-hung",
        program="Chợ an toàn thực phẩm Vĩnh Hưng",
    ),
    _c(
        INDIVIDUAL,
        "Đại đức Danh Sóc",
        "Trụ trì chùa Ninh Thạnh",
        "Xã An Thạnh",
        MERIT,
        "Vận động đồng bào Khmer giữ gìn nếp sống văn hóa, tham gia giữ gìn an ninh trật tự.",
        unit="an-thanh",
        program="Phum, sóc văn hóa ấp Ninh Thạnh",
    ),
    _c(
        INDIVIDUAL,
        "Ông Lý Hoàng Nam",
        "Trưởng ban trị sự hội quán Tiều",
        "Xã Ninh Quới",
        CERTIFICATE,
        "Tích cực vận động tín đồ tham gia tuyên truyền pháp luật, hòa giải.",
        unit="ninh-quoi",
        program="Chức sắc tôn giáo tham gia giữ gìn an ninh trật tự",
    ),
    _c(
        INDIVIDUAL,
        "Ông Phạm Minh Trí",
        "Phó Chủ tịch Ủy ban MTTQ Việt Nam phường",
        "Phường Hòa Lợi",
        MERIT,
        "Chỉ đạo xây dựng mô hình cổng trường an toàn giao thông.",
        unit="hoa-loi",
        program="Cổng trường an toàn giao thông",
    ),
    _c(
        INDIVIDUAL,
        "Bà Huỳnh Thị Bé Tư",
        "Chủ nhà trọ, tổ trưởng tổ dân phố",
        "Phường Tân Xuyên",
        CERTIFICATE,
        "Gương mẫu đăng ký tạm trú, giúp đỡ công nhân ở trọ hòa nhập cộng đồng.",
        unit="tan-xuyen",
        program="Nhà trọ an toàn, tự quản",
    ),
    _c(
        INDIVIDUAL,
        "Ông Võ Văn Đực",
        "Chủ tàu cá, thành viên tổ tàu thuyền an toàn",
        "Thị trấn Gành Hào",
        MERIT,
        "Nhiều lần cung cấp tin có giá trị về tàu lạ cho Bộ đội Biên phòng.",
        unit="ganh-hao",
        program="Tổ tàu thuyền an toàn Gành Hào",
    ),
    _c(
        INDIVIDUAL,
        "Bà Lê Thị Mỹ Hạnh",
        "Chủ tịch Hội Liên hiệp Phụ nữ xã",
        "Xã Phong Thạnh",
        CERTIFICATE,
        "Vận động hội viên thu gom vỏ bao bì thuốc bảo vệ thực vật.",
        unit="phong-thanh",
        program="Thu gom vỏ bao bì thuốc bảo vệ thực vật trên đồng ruộng",
    ),
    _c(
        INDIVIDUAL,
        "Ông Tô Văn Hiền",
        "Tổ trưởng tổ liên gia tự quản",
        "Thị trấn Phước Long",
        CERTIFICATE,
        "Duy trì tổ liên gia hoạt động đều đặn, giúp giảm trộm cắp.",
        unit="phuoc-long",
        program="Tổ liên gia tự quản khu phố Chợ",
    ),
    _c(
        INDIVIDUAL,
        "Ông Kim Sô Phal",
        "Người có uy tín trong đồng bào Khmer",
        "Xã Ninh Quới",
        MERIT,
        "Vận động các hộ kết nghĩa giúp nhau phát triển kinh tế.",
        unit="ninh-quoi",
    ),
    _c(
        INDIVIDUAL,
        "Ông Đỗ Thanh Tùng",
        "Thượng úy, cán bộ Đồn Biên phòng Gành Hào",
        "Bộ đội Biên phòng tỉnh",
        MERIT,
        "Trực tiếp tập huấn cho ngư dân cách nhận biết và báo tin trên biển.",
        program="Mỗi tàu cá là một tai mắt bảo vệ vùng biển",
    ),
    _c(
        INDIVIDUAL,
        "Ông Ngô Văn Bảy",
        "Nông dân sản xuất rau an toàn",
        "Xã Hưng Hội",
        CERTIFICATE,
        "Đi đầu áp dụng quy trình trồng rau an toàn, hướng dẫn cho bà con.",
        unit="hung-hoi",
        program="Vùng rau an toàn Hưng Hội",
    ),
)

DECISIONS = [
    DemoDecision(
        number="125/QĐ-MTTQ-BTT",
        signed_on=datetime.date(2020, 4, 24),
        issuer=ISSUER,
        title=(
            "Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong công tác "
            "chỉ đạo điểm xây dựng mô hình, điển hình tiên tiến gắn với cuộc vận động "
            f"“{MAIN_CAMPAIGN}” giai đoạn 2011 – 2015"
        ),
        campaign=MAIN_CAMPAIGN,
        period="2011–2015",
        commendations=CONFERENCE_RECIPIENTS,
        article_title=CONFERENCE_TITLE,
        legal_grounds=GROUNDS,
        signer_name=SIGNER,
    ),
    # The day of great national unity, 2023: Ông Kim Sô Phal commended a second time (his
    # record shows both), a household, and a commendation revoked by a later decision.
    DemoDecision(
        number="204/QĐ-MTTQ-BTT",
        signed_on=datetime.date(2023, 11, 10),
        issuer=ISSUER,
        title=(
            "Về việc tặng Bằng khen cho các tập thể, cá nhân, hộ gia đình tiêu biểu nhân Ngày "
            "hội Đại đoàn kết toàn dân tộc năm 2023"
        ),
        campaign=MAIN_CAMPAIGN,
        period="2021–2025",
        legal_grounds=GROUNDS,
        signer_name=SIGNER,
        commendations=(
            _c(
                INDIVIDUAL,
                "Ông Kim Sô Phal",
                "Người có uy tín trong đồng bào Khmer",
                "Xã Ninh Quới",
                MERIT,
                "Vận động đồng bào Khmer hiến 1.200 m² đất làm điểm sinh hoạt văn hóa ấp.",
                unit="ninh-quoi",
                prize=1_500_000,
            ),
            _c(
                HOUSEHOLD,
                "Hộ ông Lâm Văn Sáu",
                "",
                "Ấp Thạnh Hòa, xã An Thạnh",
                MERIT,
                "Hiến 350 m² đất mở rộng đường giao thông nông thôn.",
                unit="an-thanh",
                prize=1_000_000,
            ),
            _c(
                INDIVIDUAL,
                "Ông Huỳnh Văn Lợi",
                "Trưởng ấp Hưng Thành",
                "Xã Hưng Hội",
                MERIT,
                "Vận động nhân dân làm đường giao thông nông thôn.",
                unit="hung-hoi",
                prize=1_500_000,
                revoked=(
                    datetime.date(2024, 3, 4),
                    "27/QĐ-MTTQ-BTT",
                    "Thành tích kê khai không đúng thực tế, theo kết luận kiểm tra.",
                ),
            ),
        ),
    ),
    DemoDecision(
        number="318/QĐ-MTTQ-BTT",
        signed_on=datetime.date(2025, 11, 12),
        issuer=ISSUER,
        title=(
            "Về việc tặng Bằng khen cho các khu dân cư tiêu biểu trong thực hiện cuộc vận động "
            "“Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” giai đoạn 2021 – 2025"
        ),
        campaign="Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
        period="2021–2025",
        commendations=(
            _c(
                COLLECTIVE,
                "Nhân dân và cán bộ ấp Thạnh Hòa",
                "",
                "Xã An Thạnh",
                MERIT,
                "Giữ vững danh hiệu khu dân cư văn hóa 10 năm liền.",
                unit="an-thanh",
            ),
            _c(
                COLLECTIVE,
                "Nhân dân và cán bộ khu phố 3",
                "",
                "Phường Tân Xuyên",
                MERIT,
                "Đi đầu phân loại rác thải tại nguồn.",
                unit="tan-xuyen",
                program="Phân loại rác thải tại nguồn",
            ),
            _c(
                COLLECTIVE,
                "Nhân dân và cán bộ ấp Hưng Thành",
                "",
                "Xã Hưng Hội",
                MERIT,
                "Hiến đất, góp công làm mới 3 km đường giao thông nông thôn.",
                unit="hung-hoi",
                program="Tuyến đường hoa nông thôn",
            ),
            _c(
                COLLECTIVE,
                "Nhân dân và cán bộ khóm 2",
                "",
                "Thị trấn Gành Hào",
                MERIT,
                "Xây dựng khu phố xanh – sạch – đẹp ven sông.",
                unit="ganh-hao",
                program="Khu phố xanh – sạch – đẹp ven sông Gành Hào",
            ),
            _c(
                INDIVIDUAL,
                "Bà Nguyễn Thị Hồng Nhung",
                "Trưởng ban công tác Mặt trận ấp Xóm Lớn",
                "Xã Vĩnh Hưng",
                MERIT,
                "Vận động 42 hộ hiến đất mở rộng đường ấp.",
            ),
            _c(
                INDIVIDUAL,
                "Ông Thạch Sa Phon",
                "Người có uy tín ấp Ninh Thạnh",
                "Xã An Thạnh",
                MERIT,
                "Vận động đồng bào Khmer xóa bỏ tập tục lạc hậu trong việc tang.",
                unit="an-thanh",
            ),
        ),
    ),
]

PROPOSALS = [
    DemoProposal(
        number="15/TTr-MTTQ",
        submitted_on=datetime.date(2025, 11, 20),
        proposing_unit="Ủy ban MTTQ Việt Nam xã An Thạnh",
        title=(
            "Về việc đề nghị tặng Bằng khen cho tập thể, cá nhân có thành tích xuất sắc trong "
            "cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư” năm 2025"
        ),
        campaign=MAIN_CAMPAIGN,
        council_vote="7/7 thành viên Hội đồng có mặt nhất trí (100%)",
        lines=(
            DemoProposalLine(
                COLLECTIVE,
                "Ban công tác Mặt trận ấp Thạnh Hòa",
                "",
                "Xã An Thạnh",
                MERIT,
                "Mười năm liền giữ danh hiệu khu dân cư văn hóa; không có tội phạm, tệ nạn.",
                prize=3_000_000,
            ),
            DemoProposalLine(
                INDIVIDUAL,
                "Bà Trần Thị Kim Loan",
                "Trưởng ban công tác Mặt trận ấp Thạnh Hòa",
                "Xã An Thạnh",
                MERIT,
                "Vận động 60 hộ tham gia tổ tự quản bảo vệ môi trường ven kênh.",
                birth_year=1972,
                prize=1_500_000,
            ),
            DemoProposalLine(
                INDIVIDUAL,
                "Ông Thạch Sa Phon",
                "Người có uy tín ấp Ninh Thạnh",
                "Xã An Thạnh",
                "chien_si_thi_dua_cap_tinh",
                "Vận động đồng bào Khmer xóa bỏ tập tục lạc hậu trong việc tang.",
            ),
        ),
    ),
]
