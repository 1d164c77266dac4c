"""Demo tags, event series and hand-picked related articles, by the demo articles' titles."""

VI_NGUOI_NGHEO = "Tháng cao điểm “Vì người nghèo”"
NGAY_HOI = "Ngày hội Đại đoàn kết toàn dân tộc"

# (name, description) of each event series.
SERIES = [
    (
        VI_NGUOI_NGHEO,
        "Từ 17/10 đến 18/11 hằng năm, Mặt trận các cấp vận động ủng hộ Quỹ “Vì người nghèo”, "
        "xây nhà Đại đoàn kết và hỗ trợ sinh kế cho hộ khó khăn.",
    ),
    (
        NGAY_HOI,
        "Các hoạt động hướng tới Ngày truyền thống Mặt trận Tổ quốc Việt Nam 18/11 ở khu dân cư.",
    ),
]

# Title of a demo article: (its series or None, its tags).
TOPICS = {
    "Phát động tháng cao điểm “Vì người nghèo”": (
        VI_NGUOI_NGHEO, ["Vì người nghèo", "An sinh xã hội"],
    ),
    "Niềm vui trong những căn nhà Đại đoàn kết mới": (
        VI_NGUOI_NGHEO, ["Nhà Đại đoàn kết", "Vì người nghèo"],
    ),
    "Chung tay xóa nhà tạm, nhà dột nát: khi cả cộng đồng cùng góp sức": (
        VI_NGUOI_NGHEO, ["Nhà Đại đoàn kết", "Xóa nhà tạm"],
    ),
    "Công khai thu chi Quỹ “Vì người nghèo” ngay tại khu dân cư": (
        VI_NGUOI_NGHEO, ["Vì người nghèo", "Công khai minh bạch"],
    ),
    "Phân bổ tiền ủng hộ khắc phục thiệt hại do mưa bão": (
        None, ["Cứu trợ", "Công khai minh bạch"],
    ),
    "Tôn vinh doanh nghiệp, nhà hảo tâm đồng hành cùng Quỹ “Vì người nghèo”": (
        VI_NGUOI_NGHEO, ["Vì người nghèo"],
    ),
    "Rộn ràng Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư": (
        NGAY_HOI, ["Khu dân cư", "Đại đoàn kết"],
    ),
    "Kỷ niệm Ngày truyền thống Mặt trận Tổ quốc Việt Nam 18/11": (
        NGAY_HOI, ["Đại đoàn kết"],
    ),
}  # fmt: skip

# Title of a demo article: the titles of the articles picked as related to it.
RELATED = {
    "Phát động tháng cao điểm “Vì người nghèo”": [
        "Tôn vinh doanh nghiệp, nhà hảo tâm đồng hành cùng Quỹ “Vì người nghèo”",
        "Công khai thu chi Quỹ “Vì người nghèo” ngay tại khu dân cư",
    ],
    "Phân bổ tiền ủng hộ khắc phục thiệt hại do mưa bão": [
        "Công khai thu chi Quỹ “Vì người nghèo” ngay tại khu dân cư",
    ],
}

# The demo attachment: a spreadsheet written by the loader, given with this article.
ATTACHED_TO = "Phân bổ tiền ủng hộ khắc phục thiệt hại do mưa bão"
ATTACHMENT_TITLE = "Bảng phân bổ tiền ủng hộ khắc phục thiệt hại do mưa bão"
ATTACHMENT_ROWS = [
    ("Mức độ thiệt hại", "Mức hỗ trợ mỗi hộ (đồng)"),
    ("Nhà bị sập hoàn toàn", 30_000_000),
    ("Nhà bị tốc mái, hư hỏng nặng", 10_000_000),
    ("Tàu cá bị chìm, hư hỏng nặng", 15_000_000),
    ("Có người bị thương", 5_000_000),
]
