"""Vietnamese phrases the data builder assembles into titles, sentences and names.

The words are the vocabulary of a provincial Fatherland Front site, so a search for "mo hinh
diem", "an ninh trat tu" or "nguoi ngheo" finds a realistic share of the articles. No phrase holds
"&", "<" or ">": the builder relies on the text surviving HTML tag stripping unchanged.
"""

SUBJECTS = [
    "Ủy ban MTTQ Việt Nam tỉnh",
    "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh",
    "Ủy ban MTTQ xã",
    "Ủy ban MTTQ phường",
    "Ban công tác Mặt trận khu dân cư",
    "Hội Liên hiệp Phụ nữ tỉnh",
    "Hội Nông dân tỉnh",
    "Hội Cựu chiến binh",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Liên đoàn Lao động tỉnh",
    "Hội Người cao tuổi",
    "Ban Thanh tra nhân dân",
    "Ban Giám sát đầu tư của cộng đồng",
    "Công an xã",
    "chính quyền địa phương",
    "các tổ chức chính trị - xã hội",
    "cán bộ Mặt trận cơ sở",
    "đoàn viên, hội viên",
    "nhân dân trong thôn",
    "các già làng, trưởng bản",
    "người có uy tín trong đồng bào dân tộc thiểu số",
    "chức sắc, chức việc các tôn giáo",
    "doanh nghiệp trên địa bàn",
    "Ban Dân vận Tỉnh ủy",
    "Hội Chữ thập đỏ tỉnh",
    "Hội Khuyến học",
    "Ban vận động Quỹ Vì người nghèo",
    "Tổ hòa giải ở cơ sở",
    "Tổ an ninh nhân dân",
    "Hội đồng tư vấn Dân chủ - Pháp luật",
]

VERBS = [
    "tổ chức",
    "triển khai",
    "phát động",
    "sơ kết",
    "tổng kết",
    "kiểm tra",
    "giám sát",
    "tuyên truyền",
    "vận động",
    "hỗ trợ",
    "nhân rộng",
    "xây dựng",
    "duy trì",
    "phối hợp thực hiện",
    "đánh giá kết quả",
    "hưởng ứng",
    "đẩy mạnh",
    "góp ý",
    "phản biện",
    "biểu dương",
]

# What most sentences are about: the committee's everyday work.
OBJECTS = [
    "cuộc vận động Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
    "cuộc vận động Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
    "cuộc vận động Người Việt Nam ưu tiên dùng hàng Việt Nam",
    "phong trào Toàn dân bảo vệ an ninh Tổ quốc",
    "phong trào Cả nước chung tay vì người nghèo, không để ai bị bỏ lại phía sau",
    "Ngày hội Đại đoàn kết toàn dân tộc",
    "công tác phòng, chống tệ nạn xã hội",
    "an toàn giao thông",
    "an toàn thực phẩm",
    "bảo vệ chủ quyền biên giới, biển đảo",
    "xây dựng nông thôn mới",
    "đô thị văn minh",
    "chuyển đổi số ở cơ sở",
    "bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân",
    "lấy ý kiến nhân dân về dự thảo luật",
    "giảm nghèo bền vững",
    "an sinh xã hội",
    "phòng, chống thiên tai",
    "bảo vệ môi trường",
    "phân loại rác thải tại nguồn",
    "trồng cây xanh",
    "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
    "quy chế dân chủ ở cơ sở",
    "công tác hòa giải ở cơ sở",
    "chăm lo đời sống đồng bào dân tộc thiểu số",
    "phòng, chống ma túy trong thanh thiếu niên",
    "khuyến học, khuyến tài",
    "thăm hỏi gia đình chính sách",
    "tiếp xúc cử tri",
    "đối thoại với nhân dân",
]

# Specific subjects, each in a small share of the articles (see build_data.TextPool), so a search
# for one of them selects a few per cent of the rows, as on a real site, not nearly all of them.
TOPICS = [
    "mô hình điểm về phòng, chống tội phạm",
    "mô hình điểm về an ninh trật tự",
    "mô hình điểm Khu dân cư tự quản về vệ sinh môi trường",
    "mô hình Camera an ninh",
    "mô hình Đoạn đường tự quản",
    "mô hình Dòng họ không có người vi phạm pháp luật",
    "mô hình Tổ hòa giải ở cơ sở",
    "mô hình Khu dân cư không có tội phạm và tệ nạn xã hội",
    "Quỹ Vì người nghèo",
    "nhà Đại đoàn kết cho hộ nghèo",
]

UNIT_TYPES = ["xã", "phường", "thị trấn"]

PLACE_NAMES = [
    "Tân Phú", "Hòa Bình", "Đông Hưng", "An Khánh", "Phước Long", "Quảng Điền", "Thạch Bàn",
    "Ea Kao", "Nậm Pồ", "Hưng Đạo", "Mỹ Lộc", "Vĩnh Thạnh", "Đức Hòa", "Thanh Xuân", "Long Điền",
    "Cẩm Lệ", "Tam Đảo", "Bình Minh", "Quang Trung", "Hải Châu", "Sơn Thủy", "Yên Thế",
    "Phú Lộc", "Đồng Tâm", "Kim Sơn", "Lạc Hồng", "Tiên Lãng", "Ngọc Lặc", "Hương Sơn",
    "Đắk Mil", "Cát Hải", "Thuận Thành", "Gia Lộc", "Trà Lĩnh", "Bắc Sơn", "Hòn Đất",
    "Châu Thành", "Phù Cát", "Mường Tè", "Ia Grai", "Đại Từ", "Nghĩa Đàn", "Ba Tơ",
]  # fmt: skip

DISTRICTS = [
    "huyện Tân Phú", "huyện Đông Hưng", "thị xã Phước Long", "huyện Quảng Điền", "huyện Mỹ Lộc",
    "thành phố Hòa Bình", "huyện Đức Hòa", "huyện Long Điền", "huyện Yên Thế", "huyện Kim Sơn",
]  # fmt: skip

TIMES = [
    "trong năm 2024",
    "trong năm 2025",
    "giai đoạn 2021 - 2025",
    "giai đoạn 2016 - 2020",
    "từ đầu năm đến nay",
    "trong quý III",
    "trong 6 tháng đầu năm",
    "nhân dịp Tết Nguyên đán",
    "dịp kỷ niệm Ngày truyền thống MTTQ Việt Nam 18/11",
    "trong tháng cao điểm vì người nghèo",
    "sau 5 năm thực hiện",
    "trong nhiệm kỳ 2024 - 2029",
]

RESULTS = [
    "đã có {n} hộ gia đình đăng ký tham gia",
    "đã vận động được {n} triệu đồng ủng hộ",
    "đã xây dựng và sửa chữa {n} căn nhà Đại đoàn kết",
    "đã hòa giải thành {n} vụ việc",
    "tỷ lệ hộ đạt danh hiệu gia đình văn hóa đạt {n} phần trăm",
    "đã lắp đặt {n} camera giám sát tại các tuyến đường",
    "đã tổ chức {n} buổi tuyên truyền với hàng nghìn lượt người tham dự",
    "đã trao {n} suất quà cho hộ nghèo, hộ cận nghèo",
    "số vụ vi phạm pháp luật giảm {n} phần trăm so với cùng kỳ",
    "đã tiếp nhận và chuyển {n} ý kiến, kiến nghị của cử tri",
]

SURNAMES = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Lò", "Hà", "Y",
]  # fmt: skip
MIDDLE_NAMES = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Xuân", "Kim", "Bá"]
GIVEN_NAMES = [
    "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hòa", "Hùng", "Hương",
    "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Nhung", "Phong", "Phúc", "Quân",
    "Sơn", "Tâm", "Thảo", "Thắng", "Thủy", "Trang", "Trung", "Tuấn", "Vân", "Việt", "Yến",
]  # fmt: skip

POSITIONS = [
    "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",
    "Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",
    "Chủ tịch Ủy ban MTTQ xã",
    "Trưởng ban công tác Mặt trận",
    "Bí thư chi bộ",
    "Trưởng thôn",
    "Tổ trưởng tổ hòa giải",
    "Chi hội trưởng Hội Phụ nữ",
    "Chi hội trưởng Hội Cựu chiến binh",
]

CATEGORIES = [
    "Tin hoạt động",
    "Hoạt động Mặt trận",
    "Đại đoàn kết toàn dân tộc",
    "Giám sát và phản biện xã hội",
    "Dân chủ - Pháp luật",
    "An sinh xã hội",
    "Vì người nghèo",
    "Mô hình điểm",
    "Gương điển hình tiên tiến",
    "Dân tộc - Tôn giáo",
    "Đối ngoại nhân dân",
    "Xây dựng nông thôn mới",
    "Văn hóa - Xã hội",
    "Quốc phòng - An ninh",
    "Chuyển đổi số",
    "Người Việt Nam ở nước ngoài",
    "Thông báo",
    "Văn bản chỉ đạo",
    "Tin địa phương",
    "Hỏi đáp chính sách",
]

SECTORS = [
    "Phòng, chống tội phạm và tệ nạn xã hội",
    "Giữ gìn an ninh trật tự",
    "Bảo đảm an toàn giao thông",
    "Bảo vệ chủ quyền biên giới, biển đảo",
    "Bảo vệ môi trường",
    "Vệ sinh an toàn thực phẩm",
    "Xây dựng đời sống văn hóa",
    "Giảm nghèo bền vững",
    "Hòa giải ở cơ sở",
    "Chuyển đổi số",
]

CAMPAIGNS = [
    "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư",
    "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
    "Người Việt Nam ưu tiên dùng hàng Việt Nam",
    "Toàn dân bảo vệ an ninh Tổ quốc",
    "Cả nước chung tay vì người nghèo, không để ai bị bỏ lại phía sau",
]

PERIODS = [(2011, 2015), (2016, 2020), (2021, 2025), (2026, 2030)]

PROGRAM_PREFIXES = [
    "Mô hình",
    "Mô hình điểm",
    "Câu lạc bộ",
    "Tổ tự quản",
    "Khu dân cư",
    "Tuyến đường",
    "Tổ liên gia",
]

PROGRAM_TOPICS = [
    "phòng, chống tội phạm",
    "tự quản về an ninh trật tự",
    "Camera an ninh",
    "thắp sáng đường quê",
    "xanh - sạch - đẹp",
    "không rác thải nhựa",
    "hòa giải giỏi",
    "dòng họ khuyến học",
    "gia đình không có người vi phạm pháp luật",
    "tiết kiệm vì người nghèo",
    "an toàn thực phẩm",
    "phòng cháy chữa cháy",
    "tuyến đường hoa",
    "chuyển đổi số",
    "an toàn giao thông",
]

AWARD_ISSUERS = [
    "Ủy ban MTTQ Việt Nam tỉnh",
    "Ủy ban Trung ương MTTQ Việt Nam",
    "Ủy ban nhân dân tỉnh",
]

ACHIEVEMENTS = [
    "Đã có thành tích xuất sắc trong thực hiện cuộc vận động",
    "Đã có thành tích tiêu biểu trong xây dựng mô hình điểm",
    "Đã có nhiều đóng góp trong công tác Mặt trận",
    "Đã có thành tích trong phong trào Toàn dân bảo vệ an ninh Tổ quốc",
    "Đã có thành tích xuất sắc trong công tác giảm nghèo",
]
