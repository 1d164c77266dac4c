"""Demo articles of the “Tin hoạt động” category."""

from ..records import DemoArticle

CATEGORY = "Tin hoạt động"

ARTICLES = [
    DemoArticle(
        category=CATEGORY,
        title="Ủy ban MTTQ Việt Nam tỉnh tổng kết công tác năm, triển khai nhiệm vụ năm mới",
        on="20/12",
        featured=True,
        summary=(
            "Hội nghị đánh giá một năm Mặt trận các cấp hoàn thành tốt các nhiệm vụ trọng tâm, "
            "nổi bật là vận động xóa nhà tạm, giám sát, phản biện xã hội và chăm lo an sinh."
        ),
        body="""
<p>Ủy ban MTTQ Việt Nam tỉnh vừa tổ chức hội nghị tổng kết công tác Mặt trận năm và triển khai
chương trình phối hợp thống nhất hành động năm mới. Dự hội nghị có các vị Ủy viên Ủy ban MTTQ
Việt Nam tỉnh, đại diện các tổ chức chính trị – xã hội, các sở, ngành và Mặt trận các xã,
phường trong tỉnh.</p>
<h2>Nhiều kết quả nổi bật</h2>
<p>Báo cáo tại hội nghị cho thấy, trong năm, Mặt trận các cấp đã vận động được nguồn lực đáng kể
cho Quỹ “Vì người nghèo”, hỗ trợ xây mới và sửa chữa hàng trăm căn nhà Đại đoàn kết. Công tác
giám sát, phản biện xã hội được thực hiện có trọng tâm, tập trung vào những chính sách gắn với
đời sống người dân như bảo hiểm y tế, hỗ trợ nhà ở và bồi thường, giải phóng mặt bằng.</p>
<table>
<caption>Một số kết quả chính trong năm</caption>
<thead><tr><th scope="col">Nội dung</th><th scope="col">Kết quả</th></tr></thead>
<tbody>
<tr><td>Nhà Đại đoàn kết xây mới, sửa chữa</td><td>312 căn</td></tr>
<tr><td>Cuộc giám sát chuyên đề</td><td>46 cuộc</td></tr>
<tr><td>Hội nghị phản biện xã hội</td><td>9 hội nghị</td></tr>
<tr><td>Khu dân cư đạt danh hiệu văn hóa</td><td>94,6%</td></tr>
</tbody>
</table>
<p>Bên cạnh kết quả đạt được, hội nghị cũng chỉ ra những hạn chế: một số Ban công tác Mặt trận
ở khu dân cư hoạt động còn hình thức, việc theo dõi kiến nghị sau giám sát chưa thật sát sao.</p>
<p>Năm mới, Mặt trận các cấp sẽ tập trung đổi mới phương thức hoạt động theo hướng sát cơ sở,
đẩy mạnh ứng dụng công nghệ thông tin trong tiếp nhận ý kiến, kiến nghị của Nhân dân và tiếp tục
nâng chất các mô hình điểm ở khu dân cư.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Tập huấn nghiệp vụ cho Trưởng ban công tác Mặt trận ở khu dân cư",
        days_ago=45,
        summary=(
            "Hơn 300 Trưởng ban công tác Mặt trận ở khu dân cư được cập nhật kỹ năng vận động "
            "quần chúng, hòa giải và tiếp nhận ý kiến của người dân."
        ),
        body="""
<p>Trong ba ngày, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đã tổ chức tập huấn nghiệp vụ cho hơn
ba trăm Trưởng ban công tác Mặt trận ở các ấp, khóm, khu phố trong tỉnh. Đây là lực lượng gần dân
nhất, trực tiếp đưa chủ trương, chính sách đến từng hộ gia đình.</p>
<p>Các học viên được giới thiệu những nội dung thiết thực:</p>
<ul>
<li>Kỹ năng tổ chức hội nghị khu dân cư và lấy ý kiến người dân;</li>
<li>Quy trình hòa giải ở cơ sở và những tình huống thường gặp;</li>
<li>Cách ghi nhận, tổng hợp và chuyển ý kiến, kiến nghị của cử tri;</li>
<li>Sử dụng điện thoại thông minh để báo cáo nhanh và tuyên truyền trên mạng xã hội.</li>
</ul>
<p>Buổi trao đổi kinh nghiệm thu hút nhiều ý kiến. Bà Nguyễn Thị Hồng Nhung, Trưởng ban công tác
Mặt trận ấp Xóm Lớn, chia sẻ cách vận động hơn bốn mươi hộ hiến đất mở rộng đường ấp: kiên trì
gặp từng nhà, công khai mọi khoản đóng góp và để người dân tự giám sát việc thi công.</p>
<p>Kết thúc lớp tập huấn, các học viên được phát tài liệu hướng dẫn nghiệp vụ để sử dụng trong
công việc hằng ngày.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Ra quân thu gom rác thải nhựa hưởng ứng Ngày Môi trường thế giới",
        on="05/06",
        summary=(
            "Hàng nghìn đoàn viên, hội viên và người dân đồng loạt ra quân làm sạch bãi biển, "
            "kênh rạch và các tuyến đường trong ngày 5/6."
        ),
        body="""
<p>Hưởng ứng Ngày Môi trường thế giới 5/6, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Sở Nông nghiệp
và Môi trường và các tổ chức thành viên tổ chức lễ ra quân thu gom rác thải nhựa tại bãi biển
Gành Hào. Cùng lúc, Mặt trận các xã, phường đồng loạt ra quân ở khu dân cư.</p>
<p>Chỉ trong buổi sáng, lực lượng tham gia đã thu gom hàng tấn rác thải, chủ yếu là chai nhựa,
túi ni lông và lưới cũ bị sóng đánh dạt vào bờ. Nhiều ngư dân mang theo ghe nhỏ để vớt rác trên
các nhánh sông dẫn ra cửa biển.</p>
<blockquote><p>“Giữ sạch bãi biển là giữ sinh kế của chính mình. Rác ở đâu, con tôm con cá bỏ đi
đó”, một ngư dân tham gia ra quân nói.</p></blockquote>
<p>Dịp này, Ban tổ chức phát động phong trào hạn chế sử dụng túi ni lông ở các chợ, khuyến khích
người dân mang giỏ, túi vải khi đi chợ. Mặt trận các cấp sẽ đưa nội dung này vào tiêu chí bình
xét gia đình văn hóa, khu dân cư văn hóa.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Kiểm tra vệ sinh an toàn thực phẩm trước Tết Nguyên đán",
        on="15/01",
        years_back=1,
        summary=(
            "Đoàn kiểm tra liên ngành có đại diện Mặt trận đã đến các chợ, cơ sở sản xuất bánh "
            "mứt và lò giết mổ, nhắc nhở những sai sót và tuyên truyền cho tiểu thương."
        ),
        body="""
<p>Nhu cầu mua sắm thực phẩm tăng mạnh trong những ngày giáp Tết là lúc nguy cơ thực phẩm kém
chất lượng dễ len lỏi vào chợ. Vì vậy, Ủy ban MTTQ Việt Nam tỉnh cử cán bộ tham gia đoàn kiểm tra
liên ngành về vệ sinh an toàn thực phẩm trên địa bàn tỉnh.</p>
<p>Đoàn đã kiểm tra các chợ đầu mối, cơ sở sản xuất bánh mứt, lạp xưởng và lò giết mổ gia súc. Phần
lớn cơ sở chấp hành tốt quy định; một số nơi còn để thực phẩm sống lẫn thực phẩm chín, chưa có
sổ ghi chép nguồn gốc nguyên liệu và được yêu cầu khắc phục ngay.</p>
<p>Song song với kiểm tra, Mặt trận các xã, phường phát tờ rơi hướng dẫn người dân cách chọn thực
phẩm an toàn: ưu tiên hàng có nhãn mác rõ ràng, không mua thịt không qua kiểm dịch, cảnh giác với
bánh mứt có màu sắc bất thường.</p>
<p>Các tổ giám sát cộng đồng ở khu dân cư được đề nghị tăng cường theo dõi, kịp thời báo tin khi
phát
hiện dấu hiệu vi phạm.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Tuyên truyền an toàn giao thông trong dịp nghỉ lễ dài ngày",
        on="25/04",
        summary=(
            "Mặt trận các cấp phối hợp với lực lượng Cảnh sát giao thông tuyên truyền, nhắc nhở "
            "người dân không sử dụng rượu bia khi điều khiển phương tiện."
        ),
        body="""
<p>Trước kỳ nghỉ lễ dài ngày, khi lượng người về quê và đi du lịch tăng cao, Ủy ban MTTQ Việt
Nam tỉnh đề nghị Mặt trận các xã, phường phối hợp với lực lượng Cảnh sát giao thông đẩy mạnh
tuyên truyền bảo đảm trật tự, an toàn giao thông.</p>
<p>Tại khu dân cư, loa phát thanh ấp, khóm phát đi thông điệp “Đã uống rượu bia, không lái xe”.
Đoàn viên thanh niên có mặt ở các bến đò, bến phà nhắc hành khách mặc áo phao, không chen lấn
khi lên xuống phương tiện.</p>
<p>Mặt trận cũng vận động các gia đình không giao xe cho con em chưa đủ tuổi, nhắc nhở người thân
đội mũ bảo hiểm đúng cách, kể cả khi đi quãng đường ngắn trong xóm.</p>
<p>Các tuyến đường tự quản về an toàn giao thông ở khu dân cư tiếp tục được duy trì, giữ hành lang
thông thoáng, không họp chợ và phơi nông sản trên đường.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Đồng hành cùng ngư dân, chung tay giữ vững an ninh biên giới biển",
        days_ago=96,
        summary=(
            "Đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh thăm, tặng quà cán bộ, chiến sĩ Đồn "
            "Biên phòng và các gia đình ngư dân có hoàn cảnh khó khăn."
        ),
        body="""
<p>Đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh do bà Trần Thị Ngọc Ánh, Phó Chủ tịch Ủy ban MTTQ
Việt Nam tỉnh, dẫn đầu đã đến thăm cán bộ, chiến sĩ Đồn Biên phòng Gành Hào và các gia đình ngư
dân trên địa bàn.</p>
<p>Tại buổi làm việc, đại diện Đồn Biên phòng cho biết sự tham gia của ngư dân qua các tổ tàu
thuyền an toàn đã giúp lực lượng chức năng nắm tình hình trên biển nhanh và chính xác hơn. Nhiều
ngư dân là “cột mốc sống” trên vùng biển của Tổ quốc.</p>
<h2>Chăm lo cho người bám biển</h2>
<p>Đoàn đã trao tặng áo phao, bộ đàm liên lạc tầm xa cho các tổ tàu và quà cho những gia đình ngư
dân có người gặp nạn trên biển. Mặt trận tỉnh cũng đề nghị các ngành tiếp tục hỗ trợ ngư dân vay
vốn đóng mới, cải hoán tàu cá và lắp đặt thiết bị giám sát hành trình.</p>
<p>Bà Trần Thị Ngọc Ánh nhấn mạnh, mỗi ngư dân yên tâm bám biển là góp phần giữ gìn chủ quyền,
an ninh vùng biển. Mặt trận các cấp sẽ tiếp tục phối hợp với Bộ đội Biên phòng xây dựng và nhân
rộng các mô hình tự quản của ngư dân.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Giao ban công tác Mặt trận sáu tháng đầu năm",
        on="10/07",
        years_back=1,
        summary=(
            "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đánh giá kết quả sáu tháng, chỉ ra những "
            "việc cần làm ngay để hoàn thành kế hoạch năm."
        ),
        body="""
<p>Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh vừa tổ chức hội nghị giao ban đánh giá công tác Mặt
trận sáu tháng đầu năm và bàn nhiệm vụ trọng tâm những tháng cuối năm.</p>
<p>Sáu tháng qua, Mặt trận các cấp đã tổ chức chu đáo các hoạt động chăm lo Tết cho hộ nghèo, gia
đình chính sách; hoàn thành kế hoạch giám sát chuyên đề về thực hiện chính sách bảo hiểm y tế;
tham gia ý kiến vào nhiều dự thảo văn bản của tỉnh. Phong trào xây dựng nhà Đại đoàn kết tiếp tục
nhận được sự hưởng ứng của doanh nghiệp và nhà hảo tâm.</p>
<p>Những tháng cuối năm, hội nghị thống nhất tập trung vào một số việc:</p>
<ol>
<li>Chuẩn bị chu đáo Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư;</li>
<li>Phát động tháng cao điểm “Vì người nghèo” từ ngày 17/10 đến 18/11;</li>
<li>Theo dõi việc giải quyết kiến nghị sau giám sát;</li>
<li>Tổng hợp ý kiến, kiến nghị của cử tri trước kỳ họp cuối năm của Hội đồng nhân dân tỉnh.</li>
</ol>
<p>Ban Thường trực đề nghị Mặt trận các xã, phường chủ động báo cáo khó khăn, vướng mắc để kịp
thời tháo gỡ.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Lịch tiếp công dân của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tháng tới",
        days_ago=-3,
        views=0,
        summary=(
            "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh thông báo lịch tiếp công dân định kỳ tại "
            "trụ sở cơ quan."
        ),
        body="""
<p>Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh thông báo lịch tiếp công dân định kỳ trong tháng tới
tại phòng tiếp công dân, trụ sở Ủy ban MTTQ Việt Nam tỉnh.</p>
<ul>
<li>Tiếp công dân định kỳ: sáng thứ Năm của tuần đầu và tuần thứ ba trong tháng.</li>
<li>Thời gian: từ 7 giờ 30 đến 11 giờ.</li>
<li>Người tiếp: đồng chí Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh theo phân công.</li>
</ul>
<p>Công dân đến trình bày ý kiến, kiến nghị, khiếu nại, tố cáo vui lòng mang theo giấy tờ tùy thân
và các tài liệu liên quan. Ngoài lịch định kỳ, cơ quan vẫn tiếp nhận đơn thư vào giờ hành chính
các ngày làm việc.</p>
<p>Người dân cũng có thể gửi ý kiến, kiến nghị qua Ban công tác Mặt trận ở khu dân cư nơi mình sinh
sống; mọi ý kiến đều được ghi nhận, chuyển đến cơ quan có thẩm quyền và thông tin lại kết quả giải
quyết cho người gửi.</p>
""",
    ),
]
