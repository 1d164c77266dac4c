"""Demo articles of the “An sinh xã hội” category."""

from ..records import DemoArticle

CATEGORY = "An sinh xã hội"

ARTICLES = [
    DemoArticle(
        category=CATEGORY,
        title="Phát động tháng cao điểm “Vì người nghèo”",
        on="17/10",
        featured=True,
        summary=(
            "Từ ngày 17/10 đến 18/11, Mặt trận các cấp vận động cán bộ, doanh nghiệp và người "
            "dân ủng hộ Quỹ “Vì người nghèo”, ưu tiên xây nhà cho hộ khó khăn về nhà ở."
        ),
        body="""
<p>Ủy ban MTTQ Việt Nam tỉnh tổ chức lễ phát động tháng cao điểm “Vì người nghèo”, diễn ra từ ngày
17/10 đến 18/11, hướng tới Ngày truyền thống Mặt trận Tổ quốc Việt Nam và Ngày hội Đại đoàn kết
toàn dân tộc.</p>
<p>Ngay tại buổi lễ, nhiều cơ quan, doanh nghiệp và cá nhân đã đăng ký ủng hộ bằng tiền mặt, vật
liệu xây dựng và ngày công. Cán bộ, công chức, viên chức trong tỉnh được vận động đóng góp ít
nhất một ngày lương.</p>
<h2>Dùng quỹ đúng người, đúng việc</h2>
<p>Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh cho biết, nguồn quỹ năm nay ưu tiên xây mới và sửa
chữa nhà ở, hỗ trợ sinh kế và học bổng cho con em hộ nghèo. Việc bình xét đối tượng được thực
hiện công khai tại hội nghị khu dân cư, kết quả niêm yết tại trụ sở ấp, khóm.</p>
<ul>
<li>Ủng hộ trực tiếp tại Ủy ban MTTQ Việt Nam các xã, phường;</li>
<li>Chuyển khoản vào tài khoản của Quỹ “Vì người nghèo” tỉnh;</li>
<li>Đăng ký hỗ trợ vật liệu, ngày công cho từng công trình cụ thể.</li>
</ul>
<p>Mọi khoản đóng góp đều được ghi nhận, công bố công khai trên cổng thông tin điện tử của Ủy ban
MTTQ Việt Nam tỉnh.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Niềm vui trong những căn nhà Đại đoàn kết mới",
        days_ago=12,
        summary=(
            "Mười lăm hộ nghèo ở các xã ven biển đã nhận bàn giao nhà Đại đoàn kết, kịp vào ở "
            "trước mùa gió chướng."
        ),
        body="""
<p>Căn nhà mới của bà Danh Thị Sươl ở xã Long Điền Tây rộng hơn bốn mươi mét vuông, tường gạch, mái
tôn chắc chắn. Nhìn căn nhà, người phụ nữ gần bảy mươi tuổi không giấu được xúc động: mấy chục
năm nay, bà sống trong căn chòi lá mà mỗi mùa mưa lại phải lấy ni lông che tạm.</p>
<p>Bà Sươl là một trong mười lăm hộ nghèo ở các xã ven biển vừa nhận bàn giao nhà Đại đoàn kết.
Mỗi căn nhà được xây từ nguồn Quỹ “Vì người nghèo” của tỉnh, cộng với phần đóng góp của doanh
nghiệp, họ hàng và ngày công của bà con lối xóm.</p>
<blockquote><p>“Có nhà rồi, tôi không còn lo mỗi lần trời chuyển mưa. Cảm ơn bà con, cảm ơn Mặt
trận”, bà Sươl nói.</p></blockquote>
<p>Theo Ủy ban MTTQ Việt Nam tỉnh, mỗi căn nhà được thiết kế phù hợp với điều kiện vùng ven biển,
có nền cao để tránh triều cường. Mặt trận xã sẽ tiếp tục hỗ trợ các hộ vay vốn, học nghề để ổn định
cuộc sống lâu dài.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Phân bổ tiền ủng hộ khắc phục thiệt hại do mưa bão",
        on="05/11",
        years_back=1,
        featured=True,
        summary=(
            "Ban Cứu trợ tỉnh công khai việc phân bổ tiền ủng hộ đến các xã, phường bị thiệt hại, "
            "ưu tiên hộ có nhà bị sập, tốc mái và ngư dân bị hư hỏng tàu thuyền."
        ),
        body="""
<p>Sau đợt mưa bão vừa qua, nhiều địa phương trong tỉnh bị thiệt hại về nhà ở, tàu thuyền và hoa
màu. Ngay khi nước rút, Ban Cứu trợ tỉnh do Ủy ban MTTQ Việt Nam tỉnh làm thường trực đã họp để
phân bổ số tiền các tổ chức, cá nhân ủng hộ.</p>
<p>Nguyên tắc phân bổ là đúng đối tượng, công khai, minh bạch và kịp thời. Danh sách hộ được hỗ trợ
do Ban công tác Mặt trận ở khu dân cư cùng chính quyền rà soát, niêm yết công khai trước khi
chi.</p>
<table>
<caption>Mức hỗ trợ theo mức độ thiệt hại</caption>
<thead><tr><th scope="col">Mức độ thiệt hại</th><th scope="col">Mức hỗ trợ mỗi hộ</th></tr></thead>
<tbody>
<tr><td>Nhà bị sập hoàn toàn</td><td>30.000.000 đồng</td></tr>
<tr><td>Nhà bị tốc mái, hư hỏng nặng</td><td>10.000.000 đồng</td></tr>
<tr><td>Tàu cá bị chìm, hư hỏng nặng</td><td>15.000.000 đồng</td></tr>
<tr><td>Có người bị thương</td><td>5.000.000 đồng</td></tr>
</tbody>
</table>
<p>Ban Cứu trợ tỉnh cũng chuyển một phần tiền ủng hộ để sửa chữa trường học, trạm y tế bị hư hỏng,
bảo đảm học sinh sớm trở lại lớp.</p>
<p>Mọi khoản thu, chi của đợt vận động được công khai trên cổng thông tin điện tử và tại trụ sở Ủy
ban MTTQ Việt Nam các xã, phường để người dân cùng theo dõi.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Trao học bổng “Tiếp bước đến trường” cho học sinh nghèo vượt khó",
        on="28/08",
        summary=(
            "Hai trăm suất học bổng được trao cho học sinh có hoàn cảnh khó khăn, học tốt, giúp "
            "các em có thêm điều kiện bước vào năm học mới."
        ),
        body="""
<p>Trước thềm năm học mới, Ủy ban MTTQ Việt Nam tỉnh phối hợp với các doanh nghiệp trao hai trăm
suất học bổng “Tiếp bước đến trường” cho học sinh nghèo vượt khó. Mỗi suất gồm tiền mặt, cặp sách,
đồng phục và một chiếc xe đạp cho những em nhà xa trường.</p>
<p>Trong số các em nhận học bổng, nhiều em mồ côi cha hoặc mẹ, nhà làm thuê, vẫn đạt danh hiệu học
sinh giỏi nhiều năm liền. Có em vừa đi học vừa phụ mẹ bán hàng ở chợ từ sáng sớm.</p>
<p>Phát biểu tại buổi lễ, đại diện Ủy ban MTTQ Việt Nam tỉnh mong các em tiếp tục cố gắng, biến khó
khăn thành động lực. Mặt trận các xã, phường sẽ theo dõi, động viên các em trong suốt năm học.</p>
<p>Nguồn kinh phí học bổng được vận động từ các doanh nghiệp, nhà hảo tâm và quỹ từ rác tái chế của
nhiều khu dân cư.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Tết ấm cho người nghèo, gia đình chính sách",
        on="20/01",
        summary=(
            "Mặt trận các cấp vận động hàng chục nghìn phần quà, bảo đảm mọi hộ nghèo, gia đình "
            "chính sách và người lao động khó khăn đều có Tết."
        ),
        body="""
<p>Những ngày giáp Tết, cán bộ Mặt trận các xã, phường tất bật mang quà đến tận nhà các hộ nghèo,
người cao tuổi neo đơn và gia đình chính sách. Mỗi phần quà gồm gạo, dầu ăn, bánh mứt và tiền
mặt.</p>
<p>Theo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, năm nay Mặt trận các cấp đã vận động được hàng
chục nghìn phần quà từ ngân sách, doanh nghiệp và nhà hảo tâm. Công nhân ở trọ không về quê ăn
Tết cũng được các khu phố mời dự bữa cơm tất niên.</p>
<h2>Không để ai bị bỏ lại phía sau</h2>
<p>Mặt trận các xã, phường rà soát danh sách đến từng ấp, khóm, bảo đảm không trùng lặp, không bỏ
sót. Những hộ vừa gặp hoạn nạn, chưa kịp có tên trong danh sách hộ nghèo cũng được bổ sung kịp
thời.</p>
<p>Nhiều khu dân cư tổ chức “phiên chợ 0 đồng” để người nghèo tự chọn những món đồ cần thiết cho
gia đình, tạo không khí ấm áp, sẻ chia trong những ngày cuối năm.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Chung tay xóa nhà tạm, nhà dột nát: khi cả cộng đồng cùng góp sức",
        days_ago=520,
        summary=(
            "Phong trào thi đua chung tay xóa nhà tạm, nhà dột nát nhận được sự hưởng ứng rộng "
            "rãi; nhiều căn nhà được dựng lên từ ngày công của chính bà con lối xóm."
        ),
        body="""
<p>Hưởng ứng phong trào thi đua chung tay xóa nhà tạm, nhà dột nát, Mặt trận các cấp trong tỉnh
đã rà soát từng hộ, lập danh sách cụ thể và phân công người phụ trách đến từng căn nhà.</p>
<p>Ở nhiều nơi, bên cạnh nguồn hỗ trợ của Nhà nước và Quỹ “Vì người nghèo”, bà con lối xóm góp
ngày công, đoàn viên thanh niên và cán bộ, chiến sĩ lực lượng vũ trang giúp vận chuyển vật liệu.
Nhờ vậy, mỗi căn nhà chỉ mất vài tuần để hoàn thành.</p>
<ul>
<li>Nhà xây mới bảo đảm “ba cứng”: nền cứng, khung tường cứng, mái cứng;</li>
<li>Diện tích tối thiểu phù hợp với số nhân khẩu;</li>
<li>Ưu tiên hộ có người cao tuổi, người khuyết tật, trẻ mồ côi.</li>
</ul>
<p>Ủy ban MTTQ Việt Nam tỉnh đề nghị các địa phương giám sát chặt chẽ chất lượng công trình, công
khai nguồn kinh phí, không để xảy ra thất thoát.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Trao bò giống, máy may giúp hộ cận nghèo có sinh kế",
        days_ago=700,
        summary=(
            "Thay vì chỉ trao quà, Mặt trận hỗ trợ phương tiện sản xuất và hướng dẫn cách làm, "
            "giúp các hộ cận nghèo có thu nhập ổn định."
        ),
        body="""
<p>Ủy ban MTTQ Việt Nam tỉnh vừa trao bò giống, máy may và xuồng máy cho các hộ cận nghèo ở một
số xã trong tỉnh. Mỗi hộ được lựa chọn dựa trên nguyện vọng, điều kiện lao động và khả năng sử
dụng phương tiện hiệu quả.</p>
<p>Chị Kim Thị Ra, ở xã Ninh Quới, nhận một chiếc máy may công nghiệp. Trước đây chị đi làm thuê
theo mùa vụ, thu nhập bấp bênh. Giờ chị nhận may gia công quần áo tại nhà, vừa có tiền trang trải,
vừa chăm được hai con nhỏ.</p>
<p>Cùng với phương tiện sản xuất, các hộ được Hội Nông dân hướng dẫn kỹ thuật chăn nuôi, được
Ngân hàng Chính sách xã hội giới thiệu nguồn vốn vay ưu đãi. Ban công tác Mặt trận ấp có trách
nhiệm theo dõi, giúp đỡ các hộ trong quá trình làm ăn.</p>
<p>Theo Mặt trận tỉnh, hỗ trợ sinh kế là cách giúp người nghèo “cần câu” thay vì “con cá”, để
thoát nghèo bền vững.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Công khai thu chi Quỹ “Vì người nghèo” ngay tại khu dân cư",
        days_ago=240,
        summary=(
            "Nhiều ấp, khóm niêm yết bảng thu chi Quỹ “Vì người nghèo” tại nhà văn hóa, để người "
            "dân biết rõ từng khoản đóng góp đã đi đâu."
        ),
        body="""
<p>Tại nhà văn hóa ấp Vĩnh Đông, xã Vĩnh Hưng, tấm bảng ghi rõ từng khoản thu của Quỹ “Vì người
nghèo” trong năm: ai đóng góp, bao nhiêu, và số tiền đã chi cho những hộ nào, vào việc gì. Người
dân đi ngang có thể dừng lại xem bất cứ lúc nào.</p>
<p>Theo Ban công tác Mặt trận ấp, từ khi công khai thu chi, số người tự nguyện đóng góp tăng lên rõ.
Người dân tin rằng đồng tiền của mình đến đúng người cần giúp.</p>
<blockquote><p>“Mình góp năm chục, một trăm cũng muốn biết tiền đó giúp được ai. Nhìn bảng là biết
hết, không ai phải thắc mắc”, một người dân trong ấp chia sẻ.</p></blockquote>
<p>Ủy ban MTTQ Việt Nam tỉnh đang hướng dẫn nhân rộng cách làm này ra toàn tỉnh, đồng thời công bố
thu chi của Quỹ cấp tỉnh trên cổng thông tin điện tử.</p>
""",
    ),
]
