"""Demo articles of the “Thi đua – Khen thưởng” category."""

import datetime
import zoneinfo

from ..records import DemoArticle

CATEGORY = "Thi đua – Khen thưởng"
LOCAL = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")

ARTICLES = [
    DemoArticle(
        category=CATEGORY,
        title="Phát động phong trào thi đua trong hệ thống Mặt trận năm mới",
        on="15/01",
        summary=(
            "Ủy ban MTTQ Việt Nam tỉnh phát động thi đua với bốn nội dung trọng tâm, hướng mạnh "
            "về khu dân cư và những việc cụ thể, đo đếm được."
        ),
        body="""
<p>Ngay từ những ngày đầu năm, Ủy ban MTTQ Việt Nam tỉnh đã ban hành kế hoạch và phát động phong
trào thi đua trong hệ thống Mặt trận các cấp. Điểm mới của năm nay là mỗi nội dung thi đua đều có
chỉ tiêu cụ thể, gắn với trách nhiệm của từng tập thể và cá nhân.</p>
<h2>Bốn nội dung trọng tâm</h2>
<ol>
<li>Nâng chất các mô hình điểm, điển hình tiên tiến ở khu dân cư, mỗi xã, phường có ít nhất một
mô hình mới;</li>
<li>Vận động Quỹ “Vì người nghèo”, bảo đảm không còn hộ nghèo ở nhà tạm, nhà dột nát;</li>
<li>Nâng cao chất lượng giám sát, phản biện xã hội, theo dõi đến cùng các kiến nghị;</li>
<li>Đổi mới công tác tuyên truyền, sử dụng hiệu quả mạng xã hội và cổng thông tin điện tử.</li>
</ol>
<p>Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đề nghị việc bình xét thi đua phải dựa trên kết quả
thực tế ở cơ sở, tránh chạy theo thành tích. Cuối năm, những tập thể, cá nhân tiêu biểu sẽ được
đề nghị khen thưởng và giới thiệu trên cổng thông tin để các nơi học tập.</p>
<p>Ngay sau lễ phát động, Mặt trận nhiều xã, phường đã đăng ký những công trình, phần việc cụ thể
như làm đường giao thông nông thôn, lắp đèn đường, xây cầu bê tông thay cầu khỉ.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Tuyên dương 50 Trưởng ban công tác Mặt trận ở khu dân cư tiêu biểu",
        days_ago=160,
        summary=(
            "Những người “gác cổng” của Mặt trận ở ấp, khóm được tôn vinh vì đã bền bỉ gắn bó, "
            "tận tụy với công việc chung của khu dân cư."
        ),
        body="""
<p>Ủy ban MTTQ Việt Nam tỉnh vừa tổ chức gặp mặt, tuyên dương 50 Trưởng ban công tác Mặt trận ở
khu dân cư tiêu biểu. Nhiều người trong số họ đã làm công việc này hơn mười lăm năm, với phụ cấp
khiêm tốn nhưng chưa bao giờ nghĩ đến chuyện nghỉ.</p>
<p>Mỗi người một hoàn cảnh, một cách làm, nhưng điểm chung là luôn có mặt khi bà con cần: khi có
nhà bị sập vì giông lốc, khi hai gia đình xích mích, hay khi cần vận động hiến đất làm đường. Có
người tự bỏ tiền túi lo ma chay cho người già neo đơn trong ấp.</p>
<blockquote><p>“Làm Trưởng ban công tác Mặt trận thì không có giờ giấc. Dân gọi là mình đi, vì
mình cũng là dân trong xóm”, ông Tô Văn Hiền ở thị trấn Phước Long chia sẻ.</p></blockquote>
<p>Phát biểu tại buổi gặp mặt, lãnh đạo Ủy ban MTTQ Việt Nam tỉnh ghi nhận những đóng góp thầm lặng
của đội ngũ này và đề nghị cấp ủy, chính quyền cơ sở quan tâm hơn nữa đến điều kiện làm việc của
Ban công tác Mặt trận.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Người nông dân hiến đất mở đường, làm cầu cho cả ấp",
        days_ago=58,
        summary=(
            "Không chỉ hiến hơn năm trăm mét vuông đất, ông Ngô Văn Bảy còn đi vận động từng hộ "
            "trong ấp cùng góp công, góp sức làm con đường mới."
        ),
        body="""
<p>Con đường đất nhỏ dẫn vào ấp Hưng Thành, xã Hưng Hội, trước đây chỉ rộng hơn một mét, mùa mưa
lầy lội đến mức học sinh phải xách dép đi học. Năm trước, khi xã có chủ trương mở rộng đường, ông
Ngô Văn Bảy là người đầu tiên ký giấy hiến hơn năm trăm mét vuông đất vườn.</p>
<p>Ông còn cùng Ban công tác Mặt trận ấp đến từng nhà vận động. Có hộ lo mất đất trồng rau, ông kiên
nhẫn giải thích rằng đường rộng thì xe vào tận vườn thu mua, rau bán được giá hơn. Cuối cùng, cả
ba mươi hai hộ dọc tuyến đều đồng ý hiến đất, góp ngày công.</p>
<h2>Con đường của lòng dân</h2>
<p>Con đường bê tông dài gần hai cây số, kèm một cây cầu mới thay cho cầu tre cũ, được hoàn thành
chỉ sau bốn tháng. Phần lớn kinh phí do người dân và con em xa quê đóng góp, ngân sách chỉ hỗ trợ
xi măng.</p>
<p>Ghi nhận tấm gương của ông Bảy, Ủy ban MTTQ Việt Nam tỉnh đã biểu dương ông là điển hình “người
tốt, việc tốt” trong thực hiện cuộc vận động xây dựng nông thôn mới.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Tôn vinh doanh nghiệp, nhà hảo tâm đồng hành cùng Quỹ “Vì người nghèo”",
        days_ago=530,
        summary=(
            "Ba mươi tập thể, cá nhân có nhiều đóng góp cho công tác an sinh xã hội được Ủy ban "
            "MTTQ Việt Nam tỉnh tặng Bằng khen."
        ),
        body="""
<p>Ủy ban MTTQ Việt Nam tỉnh vừa tổ chức buổi gặp mặt tri ân các doanh nghiệp, nhà hảo tâm đã
đồng hành cùng Quỹ “Vì người nghèo” và chương trình xây dựng nhà Đại đoàn kết.</p>
<p>Trong số ba mươi tập thể, cá nhân được tặng Bằng khen, có doanh nghiệp chế biến thủy sản nhiều
năm liền tài trợ xây nhà cho hộ nghèo ven biển; có tiểu thương ở chợ tự nguyện trích một phần tiền
bán hàng mỗi ngày để góp quỹ; có những người con xa quê gửi tiền về xây cầu, làm đường cho ấp.</p>
<p>Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh khẳng định, mỗi đồng tiền đóng góp đều được quản lý công khai,
đến đúng người, đúng việc. Danh sách hộ được hỗ trợ được bình xét công khai tại hội nghị khu dân
cư và niêm yết tại trụ sở ấp, khóm.</p>
<p>Dịp này, nhiều doanh nghiệp tiếp tục đăng ký ủng hộ xây dựng nhà Đại đoàn kết và trao học bổng
cho học sinh nghèo trong năm tới.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Tặng Bằng khen cho các khu dân cư tiêu biểu giai đoạn 2021 – 2025",
        at=datetime.datetime(2025, 11, 13, 10, 30, tzinfo=LOCAL),
        summary=(
            "Theo Quyết định số 318/QĐ-MTTQ-BTT ngày 12/11/2025, sáu tập thể và cá nhân được "
            "khen thưởng vì thành tích trong cuộc vận động xây dựng nông thôn mới, đô thị văn minh."
        ),
        body="""
<p>Ngày 12/11/2025, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh ký Quyết định số 318/QĐ-MTTQ-BTT
tặng Bằng khen cho các khu dân cư và cá nhân tiêu biểu trong thực hiện cuộc vận động “Toàn dân
đoàn kết xây dựng nông thôn mới, đô thị văn minh” giai đoạn 2021 – 2025.</p>
<p>Các tập thể được khen thưởng gồm nhân dân và cán bộ ấp Thạnh Hòa (xã An Thạnh), khu phố 3
(phường Tân Xuyên), ấp Hưng Thành (xã Hưng Hội) và khóm 2 (thị trấn Gành Hào). Mỗi nơi có một
thế mạnh riêng: giữ vững danh hiệu khu dân cư văn hóa, phân loại rác tại nguồn, hiến đất làm
đường hay làm sạch bờ sông.</p>
<p>Hai cá nhân được khen thưởng là bà Nguyễn Thị Hồng Nhung, người vận động hơn bốn mươi hộ hiến
đất mở rộng đường ấp, và ông Thạch Sa Phon, người có uy tín đã vận động đồng bào Khmer thực hiện
nếp sống văn minh trong việc tang.</p>
<p>Bằng khen được trao tại Ngày hội Đại đoàn kết toàn dân tộc ở chính khu dân cư của các tập thể,
cá nhân được khen, trước sự chứng kiến của bà con lối xóm.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Kế hoạch tổ chức hội nghị điển hình tiên tiến trong hệ thống Mặt trận",
        status="draft",
        summary=(
            "Dự thảo kế hoạch tổ chức hội nghị biểu dương điển hình tiên tiến, đang chờ bổ sung "
            "danh sách đại biểu và kinh phí."
        ),
        body="""
<p>Thực hiện kế hoạch thi đua năm, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh dự kiến tổ chức hội
nghị biểu dương điển hình tiên tiến trong hệ thống Mặt trận các cấp vào quý tới.</p>
<p>Thành phần dự kiến gồm đại diện Mặt trận các xã, phường, các tổ chức thành viên và các tập thể,
cá nhân tiêu biểu được phát hiện qua phong trào thi đua.</p>
<p>Các đơn vị gửi danh sách đề nghị và báo cáo thành tích về Ban Thường trực trước ngày 15 của tháng
tới. (Biên tập viên: bổ sung dự toán kinh phí và địa điểm trước khi gửi duyệt.)</p>
""",
    ),
]
