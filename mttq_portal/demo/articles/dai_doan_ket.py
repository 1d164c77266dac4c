"""Demo articles of the “Đại đoàn kết dân tộc” category."""

from ..records import DemoArticle

CATEGORY = "Đại đoàn kết dân tộc"

ARTICLES = [
    DemoArticle(
        category=CATEGORY,
        title="Rộn ràng Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư",
        on="18/11",
        featured=True,
        summary=(
            "Khắp các ấp, khóm trong tỉnh, người dân cùng nhau ôn truyền thống Mặt trận, biểu "
            "dương gia đình văn hóa và vui chung những trò chơi dân gian."
        ),
        body="""
<p>Những ngày giữa tháng Mười một, khắp các ấp, khóm trong tỉnh rộn ràng không khí Ngày hội Đại
đoàn kết toàn dân tộc, hướng tới kỷ niệm Ngày truyền thống Mặt trận Tổ quốc Việt Nam 18/11.</p>
<p>Tại ấp Thạnh Hòa, xã An Thạnh, ngày hội bắt đầu từ sáng sớm với phần lễ trang trọng. Ban công tác
Mặt trận ấp báo cáo kết quả một năm thực hiện cuộc vận động xây dựng đời sống văn hóa ở khu dân cư,
biểu dương những gia đình văn hóa tiêu biểu và những người có đóng góp cho công việc chung.</p>
<h2>Phần hội đậm chất quê</h2>
<p>Phần hội thu hút đông đảo bà con với kéo co, đập nồi, nấu cơm thi và những tiết mục múa Khmer
truyền thống. Các gia đình mỗi nhà góp một món, cùng ngồi chung mâm cơm đoàn kết ngay giữa sân
nhà văn hóa.</p>
<blockquote><p>“Cả năm làm lụng, đến ngày hội mới có dịp ngồi với nhau đông đủ thế này. Vui nhất là
thấy xóm mình năm nay không còn nhà tạm”, bà Thạch Thị Sa Rây nói.</p></blockquote>
<p>Dự ngày hội, lãnh đạo Ủy ban MTTQ Việt Nam tỉnh trao quà cho các hộ nghèo và chúc mừng những
thành quả của khu dân cư. Năm nay, Ngày hội Đại đoàn kết được tổ chức ở tất cả các khu dân cư
trong tỉnh.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Kỷ niệm Ngày truyền thống Mặt trận Tổ quốc Việt Nam 18/11",
        on="17/11",
        years_back=1,
        summary=(
            "Buổi gặp mặt ôn lại chặng đường vẻ vang của Mặt trận Tổ quốc Việt Nam, tri ân các "
            "thế hệ cán bộ Mặt trận qua các thời kỳ."
        ),
        body="""
<p>Ủy ban MTTQ Việt Nam tỉnh tổ chức buổi gặp mặt kỷ niệm Ngày truyền thống Mặt trận Tổ quốc Việt
Nam 18/11. Đến dự có các thế hệ cán bộ Mặt trận đã nghỉ hưu, đại biểu các tầng lớp nhân dân, chức
sắc tôn giáo và người có uy tín trong đồng bào dân tộc.</p>
<p>Diễn văn tại buổi gặp mặt ôn lại chặng đường lịch sử từ khi Hội Phản đế Đồng minh được thành lập
ngày 18/11/1930, tổ chức tiền thân của Mặt trận Tổ quốc Việt Nam. Qua các thời kỳ, Mặt trận luôn
là nơi tập hợp, phát huy sức mạnh khối đại đoàn kết toàn dân tộc.</p>
<p>Nhiều cán bộ lão thành xúc động chia sẻ kỷ niệm những năm tháng đi từng nhà vận động bà con,
khi con đường về ấp chỉ là bờ ruộng, phương tiện duy nhất là chiếc xuồng ba lá.</p>
<p>Dịp này, Ủy ban MTTQ Việt Nam tỉnh trao Kỷ niệm chương “Vì sự nghiệp Đại đoàn kết dân tộc” cho
các cá nhân có nhiều đóng góp cho công tác Mặt trận.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Thăm, chúc mừng các cơ sở tôn giáo nhân dịp Lễ Giáng sinh",
        on="22/12",
        summary=(
            "Đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh chúc mừng linh mục, tu sĩ và bà con giáo "
            "dân, ghi nhận những đóng góp cho công tác an sinh ở địa phương."
        ),
        body="""
<p>Nhân dịp Lễ Giáng sinh, đoàn công tác của Ủy ban MTTQ Việt Nam tỉnh đã đến thăm, chúc mừng các
giáo xứ và cơ sở tôn giáo trên địa bàn tỉnh.</p>
<p>Tại các giáo xứ, đoàn bày tỏ vui mừng trước đời sống ngày càng ổn định của bà con giáo dân và
cảm ơn sự đồng hành của các linh mục, tu sĩ trong công tác từ thiện, xã hội. Nhiều giáo xứ duy trì
lớp học tình thương, bếp ăn cho bệnh nhân nghèo và tham gia xây nhà Đại đoàn kết.</p>
<p>Thay mặt giáo xứ, các linh mục cảm ơn sự quan tâm của Mặt trận và chính quyền, khẳng định sẽ tiếp
tục vận động giáo dân sống “tốt đời, đẹp đạo”, tham gia các phong trào ở khu dân cư.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Chúc mừng đồng bào Khmer đón Tết cổ truyền Chôl Chnăm Thmây",
        on="12/04",
        summary=(
            "Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh thăm các chùa Khmer, gia đình người có uy tín và "
            "tặng quà hộ nghèo đồng bào Khmer nhân dịp Tết cổ truyền."
        ),
        body="""
<p>Trong không khí rộn ràng chuẩn bị đón Tết cổ truyền Chôl Chnăm Thmây, đoàn công tác của Ủy ban
MTTQ Việt Nam tỉnh đã đến thăm, chúc Tết các chùa Khmer, gia đình người có uy tín và hộ nghèo đồng
bào Khmer ở các xã An Thạnh, Ninh Quới.</p>
<p>Tại chùa Ninh Thạnh, Đại đức Danh Sóc, trụ trì chùa, cho biết những năm qua, nhà chùa luôn đồng
hành cùng chính quyền vận động bà con giữ gìn an ninh trật tự, cho con em đến trường và phát triển
sản xuất. Sân chùa cũng là nơi tổ chức nhiều lớp dạy chữ Khmer trong dịp hè.</p>
<h2>Chăm lo để bà con vui Tết</h2>
<p>Đoàn đã trao quà cho các hộ nghèo, hộ có hoàn cảnh khó khăn, chúc bà con đón năm mới an vui,
mùa màng bội thu. Mặt trận các xã có đông đồng bào Khmer cũng tổ chức thăm hỏi đến từng phum,
sóc.</p>
<p>Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh mong các vị sư sãi, người có uy tín tiếp tục là cầu nối giữa
Mặt trận với đồng bào, cùng xây dựng phum, sóc văn hóa, đoàn kết.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Người có uy tín: cầu nối giữa Mặt trận với đồng bào dân tộc",
        days_ago=180,
        summary=(
            "Với vốn sống và sự tín nhiệm của cộng đồng, người có uy tín đã góp phần giải quyết "
            "nhiều việc khó ở cơ sở."
        ),
        body="""
<p>Ông Kim Sô Phal ở xã Ninh Quới năm nay đã ngoài bảy mươi tuổi, nhưng vẫn là người mà bà con
trong ấp tìm đến mỗi khi có chuyện cần bàn. Từ việc hòa giải mâu thuẫn, vận động con em đi học
đến khuyên bà con không vay nặng lãi, lời ông nói đều được lắng nghe.</p>
<p>Ông là một trong những người có uy tín được Ủy ban MTTQ Việt Nam tỉnh mời dự hội nghị gặp mặt
thường niên. Tại hội nghị, các đại biểu chia sẻ những cách làm hay trong vận động đồng bào, đồng
thời
phản ánh khó khăn về đất sản xuất, việc làm của thanh niên.</p>
<ul>
<li>Tuyên truyền chủ trương, chính sách bằng tiếng dân tộc;</li>
<li>Tham gia hòa giải, giữ gìn đoàn kết trong cộng đồng;</li>
<li>Vận động bà con áp dụng kỹ thuật mới vào sản xuất.</li>
</ul>
<p>Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh ghi nhận vai trò của người có uy tín và đề nghị các địa phương
thường xuyên lắng nghe ý kiến của họ trước khi triển khai những việc liên quan đến đồng bào.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Gặp mặt kiều bào về quê đón Tết",
        on="08/02",
        years_back=1,
        summary=(
            "Kiều bào về quê đón Tết chia sẻ tình cảm với quê hương và mong muốn đóng góp cho các "
            "công trình an sinh ở địa phương."
        ),
        body="""
<p>Ủy ban MTTQ Việt Nam tỉnh cùng các cơ quan liên quan tổ chức buổi gặp mặt kiều bào về quê đón
Tết cổ truyền. Buổi gặp mặt diễn ra ấm cúng, với nhiều câu chuyện về quê hương và cuộc sống xa
xứ.</p>
<p>Các đại biểu được thông tin về tình hình phát triển của tỉnh trong năm qua, những công trình
giao thông, trường học mới và kết quả giảm nghèo. Nhiều kiều bào bày tỏ vui mừng khi thấy làng quê
đổi thay từng năm.</p>
<p>Không ít người đã và đang đóng góp cho quê nhà: có người tài trợ xây cầu bê tông, có người trao
học bổng hằng năm cho học sinh nghèo ở xã mình. Tại buổi gặp mặt, một số kiều bào tiếp tục đăng
ký hỗ trợ xây nhà Đại đoàn kết.</p>
<p>Ủy ban MTTQ Việt Nam tỉnh cảm ơn tấm lòng của kiều bào và mong bà con tiếp tục là cầu nối
quảng bá hình ảnh quê hương, kết nối đầu tư về tỉnh.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Phiên chợ hàng Việt về nông thôn thu hút đông đảo người dân",
        days_ago=110,
        summary=(
            "Phiên chợ mang hàng Việt chất lượng, giá hợp lý đến người dân vùng xa, góp phần thực "
            "hiện cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”."
        ),
        body="""
<p>Hưởng ứng cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”, Ủy ban MTTQ Việt Nam tỉnh
phối hợp với Sở Công Thương tổ chức phiên chợ hàng Việt về nông thôn tại xã Phong Thạnh.</p>
<p>Hơn bốn mươi gian hàng giới thiệu thực phẩm, đồ gia dụng, quần áo và nông cụ do các doanh nghiệp
trong nước sản xuất. Nhiều sản phẩm được bán với giá ưu đãi, kèm chương trình tặng quà cho hộ
nghèo.</p>
<p>Đặc biệt, phiên chợ dành riêng một khu cho sản phẩm của địa phương như tôm khô, mắm, bánh phồng
và các sản phẩm đạt chuẩn OCOP của tỉnh. Người dân vừa mua sắm, vừa có dịp tìm hiểu cách nhận biết
hàng thật, hàng giả.</p>
<p>Phiên chợ không chỉ mang hàng hóa đến gần người dân, mà còn giúp cơ sở sản xuất nhỏ ở địa phương
tìm thêm đầu ra cho sản phẩm của mình.</p>
""",
    ),
]
