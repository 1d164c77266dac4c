"""Reference rows of the demo: news categories, sectors, campaigns, periods and pilot units."""

from .records import DemoUnit

# (name, description), in display order.
CATEGORIES = [
    (
        "Tin hoạt động",
        "Hoạt động của Ủy ban MTTQ Việt Nam tỉnh, Mặt trận các cấp và các tổ chức thành viên.",
    ),
    (
        "Mô hình – Điển hình",
        "Mô hình điểm, điển hình tiên tiến và cách làm hay ở khu dân cư.",
    ),
    (
        "Thi đua – Khen thưởng",
        "Phong trào thi đua yêu nước, biểu dương và khen thưởng tập thể, cá nhân tiêu biểu.",
    ),
    (
        "Dân chủ – Pháp luật",
        "Giám sát, phản biện xã hội, bầu cử, tiếp xúc cử tri, hòa giải ở cơ sở "
        "và tuyên truyền pháp luật.",
    ),
    (
        "An sinh xã hội",
        "Quỹ “Vì người nghèo”, nhà Đại đoàn kết, cứu trợ thiên tai và chăm lo cho người yếu thế.",
    ),
    (
        "Đại đoàn kết dân tộc",
        "Ngày hội Đại đoàn kết toàn dân tộc, công tác dân tộc, tôn giáo và người Việt Nam "
        "ở nước ngoài.",
    ),
]

# (name, description), in display order.
SECTORS = [
    (
        "Phòng chống tội phạm, tệ nạn xã hội",
        "Phòng ngừa, phát hiện, tố giác tội phạm; phòng chống ma túy, cờ bạc và tệ nạn xã hội.",
    ),
    (
        "An ninh trật tự",
        "Khu dân cư tự quản, tổ an ninh nhân dân, camera an ninh, giữ gìn trật tự công cộng.",
    ),
    (
        "An toàn giao thông",
        "Tuyên truyền, vận động chấp hành luật giao thông; tuyến đường, cổng trường an toàn.",
    ),
    (
        "An ninh biên giới biển",
        "Phối hợp với Bộ đội Biên phòng giữ gìn an ninh vùng biển, hỗ trợ ngư dân bám biển.",
    ),
    (
        "Bảo vệ môi trường",
        "Thu gom, phân loại rác thải, tuyến đường xanh – sạch – đẹp, giữ gìn nguồn nước.",
    ),
    (
        "Vệ sinh an toàn thực phẩm",
        "Giám sát chợ, bếp ăn, cơ sở sản xuất; vận động sản xuất và kinh doanh thực phẩm sạch.",
    ),
    (
        "Xây dựng đời sống văn hóa",
        "Gia đình văn hóa, khu dân cư văn hóa, nếp sống văn minh trong việc cưới, việc tang.",
    ),
    (
        "Giảm nghèo bền vững",
        "Hỗ trợ sinh kế, nhà ở, học bổng và việc làm cho hộ nghèo, hộ cận nghèo.",
    ),
]

MAIN_CAMPAIGN = "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"
CAMPAIGNS = [
    (
        MAIN_CAMPAIGN,
        "Cuộc vận động do Ủy ban Trung ương MTTQ Việt Nam phát động, thực hiện ở mọi khu dân cư.",
    ),
    (
        "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh",
        "Cuộc vận động tiếp nối từ năm 2016, gắn xây dựng khu dân cư với nông thôn mới "
        "và đô thị văn minh.",
    ),
    (
        "Toàn dân bảo vệ an ninh Tổ quốc",
        "Phong trào phối hợp với lực lượng Công an, Bộ đội Biên phòng ở khu dân cư.",
    ),
]

# (name, start year, end year); the name is the one the registry's factories use.
PERIODS = [
    ("2011–2015", 2011, 2015),
    ("2016–2020", 2016, 2020),
    ("2021–2025", 2021, 2025),
]

# Ten pilot units, chosen 2011–2013 for the 2011–2015 period. District-level government was
# abolished in 2025, so each unit keeps the district it belonged to as a historical label
# (PilotUnit.former_district_label shows it as "Huyện Hòa Bình (cũ)").
UNITS = [
    DemoUnit(
        "an-thanh",
        "An Thạnh",
        "xa",
        "Huyện Hòa Bình",
        2011,
        "Xã thuần nông với 9 ấp, nhiều hộ đồng bào Khmer; đi đầu trong xây dựng khu dân cư "
        "tự quản và giữ gìn an ninh trật tự.",
    ),
    DemoUnit(
        "vinh-hung",
        "Vĩnh Hưng",
        "xa",
        "Huyện Hòa Bình",
        2012,
        "Xã nông nghiệp dọc tuyến quốc lộ, có chợ đầu mối nông sản và nhiều cơ sở chế biến "
        "thực phẩm.",
    ),
    DemoUnit(
        "long-dien-tay",
        "Long Điền Tây",
        "xa",
        "Huyện Đông Hải",
        2011,
        "Xã ven biển, phần đông dân cư sống bằng nghề đánh bắt và nuôi trồng thủy sản.",
    ),
    DemoUnit(
        "ganh-hao",
        "Gành Hào",
        "thi_tran",
        "Huyện Đông Hải",
        2011,
        "Thị trấn cửa biển với cảng cá, đội tàu khai thác xa bờ và đồn Biên phòng đóng chân.",
    ),
    DemoUnit(
        "hoa-loi",
        "Hòa Lợi",
        "phuong",
        "Thị xã Giá Rai",
        2012,
        "Phường trung tâm, mật độ dân cư cao, nhiều trường học và tuyến phố buôn bán.",
    ),
    DemoUnit(
        "tan-xuyen",
        "Tân Xuyên",
        "phuong",
        "Thị xã Giá Rai",
        2013,
        "Phường mới nâng cấp từ xã, đang đô thị hóa nhanh, có khu công nghiệp nhỏ và nhiều "
        "lao động từ nơi khác đến.",
    ),
    DemoUnit(
        "phong-thanh",
        "Phong Thạnh",
        "xa",
        "Huyện Phước Long",
        2012,
        "Xã vùng ngọt hóa trồng lúa và nuôi tôm càng xanh, kênh rạch chằng chịt.",
    ),
    DemoUnit(
        "phuoc-long",
        "Phước Long",
        "thi_tran",
        "Huyện Phước Long",
        2011,
        "Thị trấn huyện lỵ cũ, nơi có chợ lớn, bến xe và nhiều hộ kinh doanh ăn uống.",
    ),
    DemoUnit(
        "ninh-quoi",
        "Ninh Quới",
        "xa",
        "Huyện Hồng Dân",
        2013,
        "Xã đồng bằng có đông đồng bào Khmer và Hoa, nhiều chùa, nhà thờ và hội quán.",
    ),
    DemoUnit(
        "hung-hoi",
        "Hưng Hội",
        "xa",
        "Huyện Vĩnh Lợi",
        2013,
        "Xã ven đô trồng rau màu, cung cấp rau xanh và trái cây cho các chợ trong tỉnh.",
    ),
]
