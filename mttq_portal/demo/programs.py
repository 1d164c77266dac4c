"""The 41 pilot model programs of the demo, with their reviews."""

import datetime

from .records import DemoProgram, DemoReview
from .registry import MAIN_CAMPAIGN

CRIME = "Phòng chống tội phạm, tệ nạn xã hội"
ORDER = "An ninh trật tự"
TRAFFIC = "An toàn giao thông"
BORDER = "An ninh biên giới biển"
ENV = "Bảo vệ môi trường"
FOOD = "Vệ sinh an toàn thực phẩm"
CULTURE = "Xây dựng đời sống văn hóa"
POVERTY = "Giảm nghèo bền vững"
NEW_RURAL = "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"

INTERIM, FINAL, INSPECTION, SUPERVISION = "interim", "final", "inspection", "supervision"


def _d(text):
    day, month, year = (int(part) for part in text.split("/"))
    return datetime.date(year, month, day)


def _r(kind, date, summary):
    return DemoReview(kind, _d(date), summary)


PROGRAMS = [
    # Xã An Thạnh
    DemoProgram(
        "Ấp tự quản về an ninh trật tự ấp Thạnh Hòa",
        "an-thanh",
        ORDER,
        "Ban công tác Mặt trận ấp phối hợp với công an viên lập 6 tổ tự quản liên gia, mỗi tổ "
        "10 đến 15 hộ, cam kết tự phòng ngừa, tự hòa giải và tự bảo vệ.",
        "Ba năm liền ấp không có trọng án; 27 vụ mâu thuẫn được hòa giải thành ngay tại tổ; "
        "mô hình được nhân rộng ra 2 xã.",
        _d("15/06/2011"),
        status="replicated",
        advanced=True,
        replicated_to=("vinh-hung", "ninh-quoi"),
        reviews=(
            _r(
                INTERIM,
                "20/12/2013",
                "Sơ kết 2 năm: các tổ tự quản sinh hoạt đều đặn hằng "
                "tháng, người dân chủ động báo tin cho công an viên.",
            ),
            _r(
                FINAL,
                "18/12/2015",
                "Tổng kết giai đoạn: mô hình tiêu biểu của tỉnh, đề nghị "
                "nhân rộng ở các xã có đông đồng bào dân tộc.",
            ),
        ),
    ),
    DemoProgram(
        "Tổ hòa giải “Gắn kết yêu thương” ấp Cây Gừa",
        "an-thanh",
        ORDER,
        "Tổ hòa giải gồm trưởng ấp, người có uy tín trong đồng bào Khmer, chi hội trưởng phụ "
        "nữ và cựu chiến binh, hòa giải bằng cả tiếng Việt và tiếng Khmer.",
        "Hòa giải thành 41 trên 46 vụ việc, chủ yếu tranh chấp ranh đất và mâu thuẫn gia đình; "
        "không có vụ nào phải chuyển lên cấp trên.",
        _d("02/03/2012"),
        reviews=(
            _r(
                INSPECTION,
                "14/08/2013",
                "Kiểm tra sổ sách: ghi chép đầy đủ, cần tập huấn thêm "
                "kiến thức pháp luật đất đai cho hòa giải viên.",
            ),
        ),
    ),
    DemoProgram(
        "Gia đình không có người thân vi phạm pháp luật, mắc tệ nạn xã hội",
        "an-thanh",
        CRIME,
        "Các hộ gia đình ký cam kết quản lý, giáo dục con em; chi hội các đoàn thể nhận giúp đỡ "
        "thanh thiếu niên có nguy cơ vi phạm.",
        "Hơn 1.200 hộ ký cam kết; 19 thanh niên được giúp đỡ học nghề, có việc làm ổn định.",
        _d("10/09/2011"),
        advanced=True,
        reviews=(
            _r(
                INTERIM,
                "25/11/2013",
                "Sơ kết: số vụ trộm cắp vặt giảm rõ, gia đình chủ động phối hợp với nhà trường.",
            ),
            _r(
                SUPERVISION,
                "09/06/2015",
                "Giám sát việc giúp đỡ người lầm lỗi tái hòa nhập: "
                "các đoàn thể thực hiện đúng cam kết.",
            ),
        ),
    ),
    DemoProgram(
        "Phum, sóc văn hóa ấp Ninh Thạnh",
        "an-thanh",
        CULTURE,
        "Xây dựng nếp sống văn minh trong đồng bào Khmer gắn với giữ gìn lễ hội truyền thống, "
        "với sự tham gia của sư sãi và Ban quản trị chùa.",
        "Tỉ lệ gia đình văn hóa đạt 92%; đội văn nghệ Khmer của ấp biểu diễn phục vụ các lễ hội "
        "lớn trong năm.",
        _d("05/04/2012"),
        reviews=(
            _r(
                FINAL,
                "18/12/2015",
                "Tổng kết: ấp giữ danh hiệu khu dân cư văn hóa liên tục từ khi làm điểm.",
            ),
        ),
    ),
    # Xã Vĩnh Hưng
    DemoProgram(
        "Chợ an toàn thực phẩm Vĩnh Hưng",
        "vinh-hung",
        FOOD,
        "Ban quản lý chợ, Mặt trận xã và các tiểu thương ký cam kết kinh doanh thực phẩm rõ "
        "nguồn gốc; có bàn kiểm tra nhanh dư lượng thuốc bảo vệ thực vật.",
        "100% quầy hàng tươi sống ký cam kết; mỗi tháng kiểm tra nhanh khoảng 120 mẫu, tỉ lệ "
        "mẫu đạt trên 97%.",
        _d("12/05/2012"),
        status="replicated",
        advanced=True,
        replicated_to=("phuoc-long", "hoa-loi"),
        reviews=(
            _r(
                INSPECTION,
                "30/10/2013",
                "Kiểm tra đột xuất 40 quầy: không phát hiện hàng không rõ nguồn gốc.",
            ),
            _r(
                INTERIM,
                "19/12/2014",
                "Sơ kết: tiểu thương đồng tình, người mua tin tưởng; "
                "đề xuất nhân rộng ra các chợ thị trấn.",
            ),
            _r(
                FINAL,
                "24/12/2015",
                "Tổng kết: mô hình điển hình của tỉnh về vệ sinh an toàn thực phẩm.",
            ),
        ),
    ),
    DemoProgram(
        "Tổ giám sát cộng đồng về vệ sinh an toàn thực phẩm ấp Vĩnh Đông",
        "vinh-hung",
        FOOD,
        "Mỗi tổ 5 thành viên do Ban công tác Mặt trận ấp cử, theo dõi cơ sở giết mổ, xay xát và "
        "các bếp nấu đám tiệc trong ấp.",
        "Phát hiện, kiến nghị xử lý 7 trường hợp giết mổ không bảo đảm vệ sinh; cả 7 đã khắc phục.",
        _d("01/08/2012"),
        reviews=(
            _r(
                SUPERVISION,
                "16/09/2014",
                "Giám sát của Ủy ban MTTQ huyện: tổ hoạt động đúng "
                "quy chế, cần trang bị thêm bộ kiểm tra nhanh.",
            ),
        ),
    ),
    DemoProgram(
        "Tuyến đường tự quản an toàn giao thông dọc quốc lộ qua xã Vĩnh Hưng",
        "vinh-hung",
        TRAFFIC,
        "Các hộ hai bên quốc lộ cam kết không lấn chiếm hành lang, không phơi nông sản trên "
        "đường; đoàn viên thanh niên nhắc nhở đội mũ bảo hiểm.",
        "Hành lang an toàn được giải tỏa trên 4,5 km; số vụ va chạm trên đoạn đường giảm "
        "khoảng một nửa so với trước khi làm điểm.",
        _d("20/03/2013"),
        reviews=(
            _r(
                INTERIM,
                "15/12/2014",
                "Sơ kết: còn tình trạng phơi lúa mùa thu hoạch, cần bố trí sân phơi tập trung.",
            ),
        ),
    ),
    DemoProgram(
        "Ấp không có người nghiện ma túy ấp Vĩnh Thạnh",
        "vinh-hung",
        CRIME,
        "Phối hợp với công an xã lập danh sách theo dõi, tuyên truyền tại các quán cà phê, "
        "vận động gia đình có người sử dụng ma túy tự nguyện cai nghiện.",
        "Ấp giữ được tiêu chí không có người nghiện trong 3 năm liền; 2 trường hợp cai "
        "nghiện thành công đã có việc làm.",
        _d("15/07/2012"),
        reviews=(
            _r(INSPECTION, "05/05/2014", "Kiểm tra: hồ sơ theo dõi đầy đủ, gia đình phối hợp tốt."),
            _r(FINAL, "18/12/2015", "Tổng kết: đạt yêu cầu, tiếp tục duy trì trong giai đoạn mới."),
        ),
    ),
    # Xã Long Điền Tây
    DemoProgram(
        "Tổ đoàn kết đánh bắt hải sản trên biển Long Điền Tây",
        "long-dien-tay",
        BORDER,
        "Các chủ tàu cùng ngư trường ghép thành tổ 4 đến 6 tàu, giữ liên lạc thường xuyên, "
        "giúp nhau khi gặp sự cố và báo tin về tàu lạ cho Bộ đội Biên phòng.",
        "12 tổ với 58 tàu; cứu hộ, lai dắt an toàn 9 tàu gặp nạn; cung cấp nhiều nguồn tin có "
        "giá trị cho lực lượng chức năng.",
        _d("01/07/2011"),
        status="replicated",
        advanced=True,
        replicated_to=("ganh-hao",),
        reviews=(
            _r(
                INTERIM,
                "10/01/2013",
                "Sơ kết: ngư dân yên tâm bám biển, đề nghị hỗ trợ máy thông tin liên lạc tầm xa.",
            ),
            _r(
                FINAL,
                "22/12/2015",
                "Tổng kết: mô hình điển hình tiên tiến về an ninh biên giới biển.",
            ),
        ),
    ),
    DemoProgram(
        "Mỗi tàu cá là một tai mắt bảo vệ vùng biển",
        "long-dien-tay",
        BORDER,
        "Ngư dân được tập huấn nhận biết hoạt động đáng ngờ trên biển và cách báo tin qua "
        "đường dây nóng của đồn Biên phòng.",
        "Hơn 300 thuyền viên được tập huấn; các tin báo giúp ngăn chặn kịp thời nhiều vụ vận "
        "chuyển hàng cấm qua cửa biển.",
        _d("18/10/2012"),
        reviews=(
            _r(
                SUPERVISION,
                "21/04/2015",
                "Giám sát: nội dung tập huấn thiết thực, cần in tài "
                "liệu bỏ túi chống nước cho ngư dân.",
            ),
        ),
    ),
    DemoProgram(
        "Tổ nhân dân bảo vệ rừng phòng hộ ven biển",
        "long-dien-tay",
        ENV,
        "Các hộ nhận khoán bảo vệ rừng cùng Ban công tác Mặt trận ấp tuần tra, ngăn chặn chặt "
        "phá và trồng bổ sung cây mắm, cây đước.",
        "Trồng mới gần 18 ha rừng ngập mặn; không còn tình trạng chặt phá rừng phòng hộ.",
        _d("05/02/2012"),
        reviews=(
            _r(INSPECTION, "12/06/2013", "Kiểm tra hiện trường: rừng trồng phát triển tốt."),
            _r(
                FINAL,
                "22/12/2015",
                "Tổng kết: đề nghị tiếp tục duy trì gắn với chi trả dịch vụ môi trường rừng.",
            ),
        ),
    ),
    DemoProgram(
        "Thu gom rác thải sinh hoạt ven biển ấp Gò Cát",
        "long-dien-tay",
        ENV,
        "Tổ thu gom do người dân góp tiền thuê, gom rác hai lần mỗi tuần về điểm tập kết, "
        "không để rác trôi ra bãi biển.",
        "Bãi biển của ấp sạch hơn rõ rệt; từ năm 2016 việc thu gom được chuyển cho đơn vị "
        "dịch vụ công ích nên mô hình dừng.",
        _d("10/05/2012"),
        status="stopped",
        reviews=(
            _r(
                FINAL,
                "22/12/2015",
                "Tổng kết: hoàn thành mục tiêu, bàn giao cho đơn vị dịch vụ công ích.",
            ),
        ),
    ),
    # Thị trấn Gành Hào
    DemoProgram(
        "Tổ tàu thuyền an toàn Gành Hào",
        "ganh-hao",
        BORDER,
        "Tổ tàu thuyền gắn với chi bộ, chi hội nghề cá; mỗi tàu có sổ theo dõi thuyền viên, "
        "thực hiện đúng quy định về giấy tờ, trang bị an toàn và vùng khai thác.",
        "Không tàu nào trong tổ vi phạm vùng biển nước ngoài; 100% tàu lắp thiết bị giám sát "
        "hành trình.",
        _d("20/04/2011"),
        status="replicated",
        advanced=True,
        replicated_to=("long-dien-tay",),
        reviews=(
            _r(
                INTERIM,
                "15/12/2013",
                "Sơ kết: nền nếp quản lý thuyền viên tốt, được đồn Biên phòng đánh giá cao.",
            ),
            _r(
                INSPECTION,
                "08/09/2014",
                "Kiểm tra ngẫu nhiên 15 tàu: đủ giấy tờ, đủ phao cứu sinh.",
            ),
            _r(FINAL, "22/12/2015", "Tổng kết: nhân rộng ra các xã ven biển."),
        ),
    ),
    DemoProgram(
        "Khu phố tự quản về an ninh trật tự cảng cá",
        "ganh-hao",
        ORDER,
        "Tổ bảo vệ dân phố, tiểu thương và chủ nậu vựa cùng giữ trật tự khu cảng, phòng chống "
        "trộm cắp và tranh giành bến bãi.",
        "Trộm cắp tài sản ở cảng giảm mạnh; các tranh chấp bến bãi được giải quyết ngay tại "
        "khu phố.",
        _d("03/08/2011"),
        reviews=(
            _r(SUPERVISION, "17/07/2014", "Giám sát: cần lắp thêm đèn chiếu sáng ở bến neo đậu."),
        ),
    ),
    DemoProgram(
        "Thuyền viên nói không với ma túy",
        "ganh-hao",
        CRIME,
        "Tuyên truyền cho thuyền viên trước mỗi chuyến biển dài ngày; chủ tàu cam kết không "
        "nhận người sử dụng ma túy lên tàu.",
        "Hơn 90 chủ tàu ký cam kết; không phát hiện thuyền viên sử dụng ma túy trên các tàu "
        "tham gia.",
        _d("12/01/2013"),
        reviews=(
            _r(
                INTERIM,
                "28/11/2014",
                "Sơ kết: cách tuyên truyền ngắn gọn tại cảng phù hợp với ngư dân.",
            ),
        ),
    ),
    DemoProgram(
        "Cơ sở thu mua, chế biến hải sản an toàn",
        "ganh-hao",
        FOOD,
        "Các vựa thu mua cam kết không dùng hóa chất cấm để bảo quản, không bơm tạp chất vào "
        "tôm; tổ giám sát kiểm tra định kỳ.",
        "25 cơ sở tham gia; hải sản của thị trấn giữ được uy tín với các doanh nghiệp chế biến "
        "xuất khẩu.",
        _d("06/06/2012"),
        reviews=(
            _r(INSPECTION, "14/03/2014", "Kiểm tra liên ngành: không phát hiện vi phạm."),
            _r(FINAL, "22/12/2015", "Tổng kết: đạt mục tiêu đề ra."),
        ),
    ),
    DemoProgram(
        "Khu phố xanh – sạch – đẹp ven sông Gành Hào",
        "ganh-hao",
        ENV,
        "Người dân tự nguyện dỡ bỏ nhà vệ sinh trên sông, trồng cây xanh và bố trí thùng rác "
        "dọc bờ kè; từ năm 2016 mô hình được nâng chất gắn với xây dựng đô thị văn minh.",
        "Hoàn thành 1,2 km bờ kè xanh; không còn cầu tiêu trên sông trong khu phố.",
        _d("01/03/2014"),
        period="2016–2020",
        campaign=NEW_RURAL,
        reviews=(
            _r(INTERIM, "10/12/2018", "Sơ kết: cảnh quan thay đổi rõ, người dân giữ gìn tốt."),
        ),
    ),
    # Phường Hòa Lợi
    DemoProgram(
        "Cổng trường an toàn giao thông",
        "hoa-loi",
        TRAFFIC,
        "Ban đại diện cha mẹ học sinh, đoàn viên và công an phường phân luồng giờ tan học, "
        "không để phụ huynh dừng xe dưới lòng đường trước cổng trường.",
        "Bốn trường học tham gia; ùn tắc giờ tan học không còn; tỉ lệ học sinh đội mũ bảo "
        "hiểm đúng cách đạt gần 100%.",
        _d("05/09/2012"),
        status="replicated",
        advanced=True,
        replicated_to=("tan-xuyen", "phuoc-long"),
        reviews=(
            _r(
                INTERIM,
                "20/05/2014",
                "Sơ kết năm học: phụ huynh đồng thuận, cần thêm vạch kẻ đường và biển báo.",
            ),
            _r(FINAL, "18/12/2015", "Tổng kết: đề nghị nhân rộng ra toàn bộ trường học ở đô thị."),
        ),
    ),
    DemoProgram(
        "Camera an ninh khu phố",
        "hoa-loi",
        ORDER,
        "Người dân và doanh nghiệp góp kinh phí lắp camera ở các giao lộ và hẻm vắng; giai "
        "đoạn 2016 – 2020 mở rộng và kết nối về công an phường.",
        "Lắp 64 camera; hình ảnh trích xuất giúp làm rõ nhiều vụ trộm cắp và tai nạn giao thông.",
        _d("10/04/2014"),
        period="2016–2020",
        campaign=NEW_RURAL,
        advanced=True,
        reviews=(
            _r(
                SUPERVISION,
                "12/11/2018",
                "Giám sát việc quản lý kinh phí đóng góp: công khai, đúng mục đích.",
            ),
            _r(FINAL, "20/10/2020", "Tổng kết: mô hình hiệu quả, chi phí thấp."),
        ),
    ),
    DemoProgram(
        "Khu phố văn minh đô thị",
        "hoa-loi",
        CULTURE,
        "Vận động không lấn chiếm vỉa hè, tổ chức việc cưới, việc tang văn minh, không mở nhạc "
        "quá giờ quy định.",
        "Ba khu phố đạt chuẩn văn minh đô thị; vỉa hè các tuyến chính được giải tỏa.",
        _d("15/01/2013"),
        reviews=(_r(INTERIM, "16/12/2014", "Sơ kết: còn tái lấn chiếm ở một số điểm buôn bán."),),
    ),
    DemoProgram(
        "Bếp ăn tập thể an toàn trong trường học",
        "hoa-loi",
        FOOD,
        "Ban đại diện cha mẹ học sinh luân phiên giám sát bếp ăn bán trú, kiểm tra nguồn gốc "
        "thực phẩm và lưu mẫu thức ăn.",
        "Không xảy ra ngộ độc thực phẩm trong các trường tham gia; phụ huynh yên tâm cho con "
        "ăn bán trú.",
        _d("01/10/2012"),
        reviews=(_r(INSPECTION, "22/02/2014", "Kiểm tra: bếp một chiều, sổ lưu mẫu đầy đủ."),),
    ),
    # Phường Tân Xuyên
    DemoProgram(
        "Nhà trọ an toàn, tự quản",
        "tan-xuyen",
        ORDER,
        "Chủ nhà trọ đăng ký tạm trú đầy đủ cho người thuê, phối hợp với tổ dân phố giới thiệu "
        "người lao động tham gia sinh hoạt cộng đồng.",
        "86 khu nhà trọ tham gia; người lao động ở trọ được mời dự Ngày hội Đại đoàn kết và "
        "nhận quà Tết.",
        _d("01/06/2013"),
        advanced=True,
        reviews=(
            _r(INTERIM, "18/12/2014", "Sơ kết: chủ trọ chấp hành tốt, tình hình an ninh ổn định."),
            _r(SUPERVISION, "15/09/2015", "Giám sát việc đăng ký tạm trú: đạt 98%."),
        ),
    ),
    DemoProgram(
        "Công nhân tham gia phòng chống tội phạm",
        "tan-xuyen",
        CRIME,
        "Công đoàn cơ sở, đoàn thanh niên và công an phường lập tổ công nhân tự quản, tuyên "
        "truyền phòng chống ma túy, cờ bạc, tín dụng đen.",
        "Tổ chức 22 buổi tuyên truyền tại khu nhà trọ; phát hiện, tố giác 3 vụ cho vay nặng lãi.",
        _d("15/08/2013"),
        reviews=(_r(INTERIM, "20/12/2014", "Sơ kết: nội dung sát với đời sống công nhân."),),
    ),
    DemoProgram(
        "Phân loại rác thải tại nguồn",
        "tan-xuyen",
        ENV,
        "Khởi đầu năm 2015 ở một tổ dân phố, đến giai đoạn 2021 – 2025 mở rộng ra toàn phường: "
        "hộ gia đình ủ rác hữu cơ, bán rác tái chế gây quỹ, phần còn lại giao đơn vị thu gom.",
        "Hơn 700 hộ tham gia; lượng rác phải chôn lấp của phường giảm khoảng 30%; quỹ từ rác "
        "tái chế hỗ trợ học sinh nghèo.",
        _d("05/06/2015"),
        period="2021–2025",
        campaign=NEW_RURAL,
        reviews=(
            _r(INTERIM, "15/12/2023", "Sơ kết: cần thêm thùng chứa rác tái chế ở các tổ dân phố."),
        ),
    ),
    DemoProgram(
        "Thanh niên tình nguyện an toàn giao thông giờ tan ca",
        "tan-xuyen",
        TRAFFIC,
        "Đoàn viên thanh niên hỗ trợ phân luồng trước cổng khu công nghiệp vào giờ tan ca, "
        "nhắc công nhân không chở quá số người quy định.",
        "Không để xảy ra ùn tắc kéo dài; số vụ va chạm giờ tan ca giảm rõ.",
        _d("01/03/2014"),
        reviews=(
            _r(
                INSPECTION,
                "10/07/2015",
                "Kiểm tra: đội hình duy trì tốt, đề nghị trang bị áo phản quang.",
            ),
        ),
    ),
    # Xã Phong Thạnh
    DemoProgram(
        "Thu gom vỏ bao bì thuốc bảo vệ thực vật trên đồng ruộng",
        "phong-thanh",
        ENV,
        "Đặt bể chứa bằng xi măng ở đầu bờ các cánh đồng; nông dân bỏ vỏ chai, bao thuốc vào "
        "bể để xử lý tập trung theo định kỳ.",
        "Lắp 140 bể chứa; kênh mương không còn vỏ bao bì thuốc trôi nổi; mô hình được nhân "
        "rộng ra xã Hưng Hội.",
        _d("10/11/2012"),
        status="replicated",
        advanced=True,
        replicated_to=("hung-hoi",),
        reviews=(
            _r(
                INTERIM,
                "12/12/2013",
                "Sơ kết: người dân hưởng ứng, cần hợp đồng xử lý định kỳ với đơn vị có chức năng.",
            ),
            _r(FINAL, "18/12/2015", "Tổng kết: mô hình điển hình về bảo vệ môi trường nông thôn."),
        ),
    ),
    DemoProgram(
        "Nuôi tôm càng xanh sạch, an toàn",
        "phong-thanh",
        FOOD,
        "Hội Nông dân và Mặt trận xã vận động hộ nuôi không dùng kháng sinh cấm, ghi nhật ký "
        "nuôi và bán qua tổ hợp tác.",
        "35 hộ tham gia với 48 ha; giá bán cao hơn thị trường nhờ sản phẩm rõ nguồn gốc.",
        _d("01/02/2013"),
        reviews=(_r(SUPERVISION, "06/08/2014", "Giám sát: nhật ký nuôi ghi đầy đủ."),),
    ),
    DemoProgram(
        "Tổ hợp tác giúp nhau giảm nghèo",
        "phong-thanh",
        POVERTY,
        "Hộ khá giả giúp hộ nghèo con giống, kỹ thuật và cho mượn vốn không lãi theo từng vụ.",
        "14 hộ thoát nghèo sau ba năm; không hộ nào tái nghèo.",
        _d("20/05/2012"),
        reviews=(
            _r(INTERIM, "15/12/2013", "Sơ kết: cách làm tình nghĩa, dễ nhân rộng."),
            _r(FINAL, "18/12/2015", "Tổng kết: đạt và vượt mục tiêu giảm nghèo của ấp."),
        ),
    ),
    DemoProgram(
        "Bến đò ngang an toàn",
        "phong-thanh",
        TRAFFIC,
        "Chủ đò được tập huấn, trang bị đủ áo phao; Mặt trận ấp cử người giám sát việc chở "
        "đúng số người quy định.",
        "Cả 6 bến đò trên địa bàn có đủ áo phao và bảng nội quy; không xảy ra tai nạn đường thủy.",
        _d("15/04/2012"),
        advanced=True,
        reviews=(_r(INSPECTION, "20/09/2013", "Kiểm tra: chủ đò chấp hành tốt."),),
    ),
    # Thị trấn Phước Long
    DemoProgram(
        "Khu phố không có tụ điểm cờ bạc, ma túy",
        "phuoc-long",
        CRIME,
        "Tổ dân phố cùng công an thị trấn nắm tình hình, vận động chủ quán không để xảy ra cờ "
        "bạc, tiêm chích trong quán.",
        "Xóa 3 điểm tụ tập cờ bạc; khu phố được công nhận an toàn về an ninh trật tự.",
        _d("01/09/2011"),
        reviews=(_r(INTERIM, "10/12/2013", "Sơ kết: người dân mạnh dạn cung cấp thông tin."),),
    ),
    DemoProgram(
        "Quán ăn, hàng rong bảo đảm vệ sinh an toàn thực phẩm",
        "phuoc-long",
        FOOD,
        "Người bán hàng ăn được tập huấn, khám sức khỏe và ký cam kết; thực khách góp ý qua "
        "hộp thư đặt ở chợ.",
        "120 hộ kinh doanh ăn uống tham gia; không có vụ ngộ độc thực phẩm nào được ghi nhận.",
        _d("10/03/2013"),
        reviews=(
            _r(
                INSPECTION,
                "18/06/2014",
                "Kiểm tra: một số hộ chưa đeo găng tay khi chế biến, đã nhắc nhở.",
            ),
            _r(FINAL, "18/12/2015", "Tổng kết: đạt yêu cầu, duy trì thường xuyên."),
        ),
    ),
    DemoProgram(
        "Bến xe an toàn, văn minh",
        "phuoc-long",
        TRAFFIC,
        "Nhà xe, tài xế và lực lượng bảo vệ cam kết không chèo kéo khách, không chở quá tải, "
        "niêm yết giá vé công khai.",
        "Hết tình trạng chèo kéo khách; năm 2018 bến xe dời ra vị trí mới nên mô hình dừng.",
        _d("01/07/2011"),
        status="stopped",
        reviews=(_r(FINAL, "18/12/2015", "Tổng kết: hoàn thành mục tiêu."),),
    ),
    DemoProgram(
        "Tổ liên gia tự quản khu phố Chợ",
        "phuoc-long",
        ORDER,
        "Mỗi tổ 10 hộ liền kề trông nhà giúp nhau, báo tin khi có người lạ, nhắc nhau giữ vệ "
        "sinh chung.",
        "22 tổ liên gia hoạt động; trộm cắp trong khu dân cư giảm đáng kể.",
        _d("15/10/2011"),
        reviews=(_r(SUPERVISION, "11/05/2014", "Giám sát: các tổ sinh hoạt đều, có sổ ghi chép."),),
    ),
    # Xã Ninh Quới
    DemoProgram(
        "Chức sắc tôn giáo tham gia giữ gìn an ninh trật tự",
        "ninh-quoi",
        ORDER,
        "Sư sãi, linh mục, ban trị sự các hội quán tham gia tuyên truyền pháp luật và hòa giải "
        "mâu thuẫn trong tín đồ.",
        "Các cơ sở tôn giáo trên địa bàn đều tham gia; nhiều mâu thuẫn được hóa giải từ "
        "sớm nhờ uy tín của chức sắc.",
        _d("10/02/2013"),
        advanced=True,
        reviews=(
            _r(INTERIM, "18/12/2014", "Sơ kết: phát huy tốt vai trò của chức sắc tôn giáo."),
            _r(
                FINAL,
                "18/12/2015",
                "Tổng kết: đề nghị nhân rộng ở các xã có đông đồng bào tôn giáo.",
            ),
        ),
    ),
    DemoProgram(
        "Cơ sở tôn giáo xanh – sạch – đẹp",
        "ninh-quoi",
        ENV,
        "Các chùa, nhà thờ, hội quán trồng cây xanh, phân loại rác và vận động tín đồ giữ vệ "
        "sinh trong mùa lễ hội.",
        "7 cơ sở tôn giáo tham gia; khuôn viên sạch đẹp, trở thành điểm sinh hoạt cộng đồng.",
        _d("01/04/2013"),
        reviews=(_r(INSPECTION, "12/04/2015", "Kiểm tra trong mùa lễ hội: giữ gìn vệ sinh tốt."),),
    ),
    DemoProgram(
        "Đoàn kết các dân tộc giúp nhau giảm nghèo",
        "ninh-quoi",
        POVERTY,
        "Hộ người Kinh, Khmer, Hoa kết nghĩa từng cặp, giúp nhau vốn, giống và ngày công lao "
        "động; tiếp tục duy trì trong giai đoạn 2016 – 2020.",
        "48 cặp hộ kết nghĩa; 21 hộ nghèo đồng bào Khmer thoát nghèo.",
        _d("01/03/2014"),
        period="2016–2020",
        campaign=NEW_RURAL,
        reviews=(
            _r(INTERIM, "20/12/2017", "Sơ kết: tình làng nghĩa xóm gắn bó hơn."),
            _r(FINAL, "15/10/2020", "Tổng kết giai đoạn: vượt chỉ tiêu giảm nghèo."),
        ),
    ),
    DemoProgram(
        "Phòng chống mua bán người và lao động bất hợp pháp",
        "ninh-quoi",
        CRIME,
        "Tuyên truyền cho thanh niên và gia đình có người đi làm ăn xa về thủ đoạn tuyển dụng "
        "lừa đảo, xuất cảnh trái phép.",
        "Tổ chức 15 buổi nói chuyện chuyên đề; không phát sinh trường hợp bị lừa bán ra nước "
        "ngoài.",
        _d("20/06/2013"),
        reviews=(
            _r(
                SUPERVISION,
                "14/10/2014",
                "Giám sát: tài liệu tuyên truyền song ngữ Việt – Khmer dễ hiểu.",
            ),
        ),
    ),
    # Xã Hưng Hội
    DemoProgram(
        "Vùng rau an toàn Hưng Hội",
        "hung-hoi",
        FOOD,
        "Nông dân trồng rau theo quy trình an toàn, ghi chép nhật ký, tuân thủ thời gian cách "
        "ly thuốc bảo vệ thực vật; tổ giám sát lấy mẫu ngẫu nhiên.",
        "Vùng rau 32 ha; rau của xã được đưa vào bếp ăn nhiều trường học và siêu thị trong tỉnh.",
        _d("01/02/2013"),
        status="replicated",
        advanced=True,
        replicated_to=("vinh-hung",),
        reviews=(
            _r(INSPECTION, "10/11/2013", "Kiểm tra nhanh 30 mẫu rau: đạt toàn bộ."),
            _r(INTERIM, "16/12/2014", "Sơ kết: đầu ra ổn định, cần hỗ trợ nhãn mác."),
            _r(FINAL, "18/12/2015", "Tổng kết: điển hình tiên tiến của tỉnh."),
        ),
    ),
    DemoProgram(
        "Tuyến đường hoa nông thôn",
        "hung-hoi",
        ENV,
        "Mỗi hộ trồng và chăm sóc hoa trước nhà; đoàn viên thanh niên làm cổng ngõ, hàng rào "
        "xanh. Mô hình được nâng chất trong giai đoạn xây dựng nông thôn mới nâng cao.",
        "Hơn 9 km đường hoa; góp phần để xã đạt chuẩn nông thôn mới nâng cao.",
        _d("15/02/2015"),
        period="2016–2020",
        campaign=NEW_RURAL,
        reviews=(_r(INTERIM, "20/12/2019", "Sơ kết: cảnh quan đẹp, người dân tự chăm sóc."),),
    ),
    DemoProgram(
        "Tổ nhân dân tự quản tuần tra ban đêm",
        "hung-hoi",
        ORDER,
        "Tổ tuần tra luân phiên theo các hộ trong ấp, nhất là mùa thu hoạch rau màu và trái cây.",
        "Không còn mất trộm nông sản trên đồng; người dân tự nguyện góp kinh phí mua đèn pin, "
        "áo mưa cho tổ.",
        _d("01/09/2013"),
        reviews=(_r(INSPECTION, "05/03/2015", "Kiểm tra: tổ duy trì tuần tra đều đặn."),),
    ),
    DemoProgram(
        "Học sinh đội mũ bảo hiểm đúng cách",
        "hung-hoi",
        TRAFFIC,
        "Nhà trường, Hội Cha mẹ học sinh và Mặt trận xã tặng mũ bảo hiểm đạt chuẩn, hướng dẫn "
        "cài quai đúng cách; được duy trì và mở rộng trong giai đoạn 2021 – 2025.",
        "Trao 1.500 mũ bảo hiểm; tỉ lệ học sinh đội mũ khi ngồi sau xe máy đạt trên 95%.",
        _d("05/09/2013"),
        period="2021–2025",
        campaign=NEW_RURAL,
        reviews=(_r(INTERIM, "18/12/2023", "Sơ kết: phụ huynh chấp hành tốt hơn rõ rệt."),),
    ),
]


def campaign_of(program):
    """Return the campaign of `program`: the seed's campaign unless another is named."""
    return program.campaign or MAIN_CAMPAIGN
