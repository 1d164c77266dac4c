"""Demo articles of the “Dân chủ – Pháp luật” category."""

from ..records import DemoArticle

CATEGORY = "Dân chủ – Pháp luật"

ARTICLES = [
    DemoArticle(
        category=CATEGORY,
        title="Giám sát việc thực hiện chính sách bảo hiểm y tế cho người nghèo",
        days_ago=200,
        summary=(
            "Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh ghi nhận nhiều kết quả, đồng thời kiến "
            "nghị rút ngắn thời gian cấp thẻ và cải thiện thủ tục khám chữa bệnh."
        ),
        body="""
<p>Đoàn giám sát của Ủy ban MTTQ Việt Nam tỉnh vừa làm việc với Bảo hiểm xã hội tỉnh, Sở Y tế và
một số trạm y tế xã về việc thực hiện chính sách bảo hiểm y tế cho người nghèo, người cận nghèo
và đồng bào dân tộc thiểu số.</p>
<p>Qua giám sát, đoàn ghi nhận hầu hết đối tượng thuộc diện được cấp thẻ bảo hiểm y tế miễn phí
đã nhận thẻ. Việc khám chữa bệnh bằng căn cước hoặc tài khoản định danh điện tử giúp người dân bớt
phiền hà khi quên thẻ giấy.</p>
<h2>Những vướng mắc cần tháo gỡ</h2>
<p>Tuy nhiên, vẫn còn tình trạng cấp thẻ chậm cho người mới được công nhận hộ nghèo, một số trạm y
tế thiếu thuốc theo danh mục bảo hiểm, người bệnh phải tự mua ngoài. Một số hộ cận nghèo chưa mua
thẻ vì chưa hiểu rõ mức hỗ trợ của Nhà nước.</p>
<ul>
<li>Kiến nghị rút ngắn thời gian cấp thẻ cho người mới thuộc diện hỗ trợ;</li>
<li>Bảo đảm đủ thuốc thiết yếu tại trạm y tế xã;</li>
<li>Tăng cường tuyên truyền về quyền lợi bảo hiểm y tế hộ gia đình.</li>
</ul>
<p>Ủy ban MTTQ Việt Nam tỉnh sẽ theo dõi việc giải quyết các kiến nghị và thông tin kết quả đến
người dân tại hội nghị khu dân cư.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Phản biện xã hội dự thảo nghị quyết hỗ trợ nhà ở cho hộ nghèo",
        days_ago=140,
        summary=(
            "Các chuyên gia, đại diện người dân và các tổ chức thành viên góp nhiều ý kiến để "
            "chính sách hỗ trợ nhà ở sát thực tế hơn."
        ),
        body="""
<p>Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị phản biện xã hội đối với dự thảo nghị quyết của Hội
đồng nhân dân tỉnh quy định mức hỗ trợ xây dựng, sửa chữa nhà ở cho hộ nghèo, hộ cận nghèo và hộ
gặp khó khăn về nhà ở.</p>
<p>Các ý kiến tại hội nghị đồng tình với sự cần thiết ban hành nghị quyết, đồng thời đề nghị cơ
quan soạn thảo làm rõ một số nội dung: tiêu chí xác định nhà tạm, nhà dột nát; mức hỗ trợ phù hợp
với giá vật liệu xây dựng; ưu tiên hộ có người khuyết tật, người cao tuổi sống một mình.</p>
<blockquote><p>“Chính sách tốt nhất là chính sách người dân hiểu được và tiếp cận được. Thủ tục
cần đơn giản để người nghèo không phải đi lại nhiều lần”, một đại biểu là Trưởng ban công tác Mặt
trận ấp phát biểu.</p></blockquote>
<p>Ý kiến phản biện đã được tổng hợp, gửi đến cơ quan soạn thảo và Thường trực Hội đồng nhân dân
tỉnh trước kỳ họp. Ủy ban MTTQ Việt Nam tỉnh sẽ tiếp tục giám sát việc thực hiện nghị quyết sau
khi được thông qua.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Hiệp thương giới thiệu người ứng cử bảo đảm dân chủ, đúng luật",
        days_ago=295,
        summary=(
            "Hội nghị hiệp thương lần thứ ba của Ủy ban MTTQ Việt Nam tỉnh lập danh sách chính "
            "thức những người đủ tiêu chuẩn ứng cử đại biểu Hội đồng nhân dân tỉnh."
        ),
        body="""
<p>Ủy ban MTTQ Việt Nam tỉnh vừa tổ chức hội nghị hiệp thương lần thứ ba, lựa chọn, lập danh sách
những người đủ tiêu chuẩn ứng cử đại biểu Hội đồng nhân dân tỉnh. Hội nghị diễn ra công khai,
dân chủ, đúng quy định của Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân.</p>
<p>Trước hội nghị, những người được giới thiệu ứng cử đã được lấy ý kiến nhận xét, tín nhiệm của
cử tri nơi cư trú và nơi công tác. Tất cả ý kiến của cử tri đều được tổng hợp đầy đủ, báo cáo tại
hội nghị để các đại biểu cân nhắc.</p>
<table>
<caption>Cơ cấu danh sách người ứng cử đại biểu Hội đồng nhân dân tỉnh</caption>
<thead><tr><th scope="col">Tiêu chí</th><th scope="col">Tỉ lệ</th></tr></thead>
<tbody>
<tr><td>Người ứng cử là phụ nữ</td><td>38,2%</td></tr>
<tr><td>Người dân tộc thiểu số</td><td>9,1%</td></tr>
<tr><td>Người ngoài Đảng</td><td>7,3%</td></tr>
<tr><td>Người dưới 40 tuổi</td><td>21,8%</td></tr>
</tbody>
</table>
<p>Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đề nghị Mặt trận các xã, phường tiếp tục phối hợp với
chính quyền tuyên truyền để cử tri hiểu rõ quyền và nghĩa vụ bầu cử, nắm được tiểu sử người ứng cử
và đi bầu đầy đủ, đúng nguyên tắc.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Cử tri kiến nghị nhiều vấn đề dân sinh trước kỳ họp Hội đồng nhân dân tỉnh",
        days_ago=20,
        summary=(
            "Qua các buổi tiếp xúc cử tri, người dân quan tâm đến giá nông sản, sạt lở bờ sông, "
            "chất lượng nước sạch và an ninh trật tự ở nông thôn."
        ),
        body="""
<p>Ủy ban MTTQ Việt Nam tỉnh phối hợp với Thường trực Hội đồng nhân dân tỉnh tổ chức cho các đại
biểu tiếp xúc cử tri ở nhiều xã, phường trước kỳ họp cuối năm.</p>
<p>Cử tri phản ánh giá lúa, giá tôm bấp bênh trong khi chi phí vật tư tăng; một số đoạn bờ sông
bị sạt lở đe dọa nhà dân; nước sạch ở vài ấp vùng sâu chưa ổn định vào mùa khô. Nhiều ý kiến đề
nghị tăng cường xử lý tình trạng cho vay nặng lãi, trộm cắp tài sản ở nông thôn.</p>
<p>Các đại biểu đã giải trình những nội dung thuộc thẩm quyền, đồng thời ghi nhận để chuyển đến
cơ quan có trách nhiệm. Ủy ban MTTQ Việt Nam tỉnh tổng hợp đầy đủ ý kiến, kiến nghị của cử tri,
báo cáo tại phiên khai mạc kỳ họp.</p>
<p>Cử tri có thể tiếp tục gửi ý kiến qua Ban công tác Mặt trận ở khu dân cư hoặc chuyên mục hỏi đáp
trên cổng thông tin điện tử của Ủy ban MTTQ Việt Nam tỉnh.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Bồi dưỡng kỹ năng cho hòa giải viên ở cơ sở",
        days_ago=430,
        summary=(
            "Lớp bồi dưỡng giúp hòa giải viên nắm vững pháp luật về đất đai, hôn nhân và gia đình, "
            "thực hành xử lý những tình huống khó."
        ),
        body="""
<p>Ủy ban MTTQ Việt Nam tỉnh phối hợp với Sở Tư pháp mở lớp bồi dưỡng kỹ năng hòa giải ở cơ sở cho
tổ trưởng các tổ hòa giải trong tỉnh.</p>
<p>Ngoài phần kiến thức pháp luật, lớp học dành nhiều thời gian cho thực hành. Học viên đóng vai
các bên tranh chấp và hòa giải viên, cùng giải quyết những tình huống thường gặp như tranh chấp
lối đi chung, chia thừa kế trong gia đình hay mâu thuẫn giữa hàng xóm vì chăn nuôi gây ô nhiễm.</p>
<h2>Kinh nghiệm từ cơ sở</h2>
<p>Nhiều học viên chia sẻ rằng hòa giải thành công không chỉ nhờ hiểu luật mà còn nhờ hiểu người.
Có vụ việc phải gặp nhiều lần, chọn đúng thời điểm và mời đúng người có uy tín với các bên mới giải
quyết được.</p>
<p>Theo Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, hòa giải tốt ở cơ sở giúp giữ tình làng nghĩa
xóm, giảm số vụ việc phải đưa ra tòa án và góp phần ổn định an ninh trật tự ở khu dân cư.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Ban giám sát đầu tư của cộng đồng: “mắt xích” giữ chất lượng công trình",
        days_ago=560,
        summary=(
            "Những thành viên Ban giám sát đầu tư của cộng đồng đã phát hiện nhiều sai sót, giúp "
            "các công trình ở khu dân cư bảo đảm chất lượng."
        ),
        body="""
<p>Khi con đường bê tông ở ấp được khởi công, ông Lý Hoàng Nam, thành viên Ban giám sát đầu tư của
cộng đồng xã Ninh Quới, gần như có mặt ở công trường mỗi ngày. Ông đo độ dày lớp bê tông, xem mác
xi măng và ghi chép cẩn thận vào sổ.</p>
<p>Có lần, ông phát hiện đơn vị thi công trộn bê tông không đúng tỉ lệ theo thiết kế. Ban giám sát
lập biên bản, báo cáo Ủy ban nhân dân xã và yêu cầu làm lại đoạn đường hơn năm mươi mét. Từ đó,
nhà thầu cẩn trọng hơn hẳn.</p>
<p>Ban giám sát đầu tư của cộng đồng do Ban Thường trực Ủy ban MTTQ Việt Nam cấp xã quyết định
thành lập, gồm những người dân có uy tín, có hiểu biết về xây dựng. Họ giám sát các công trình
đầu tư tại xã, nhất là những công trình có vốn đóng góp của người dân.</p>
<p>Mặt trận tỉnh đề nghị các địa phương công khai hồ sơ thiết kế, dự toán để ban giám sát có căn
cứ làm việc, đồng thời tập huấn nghiệp vụ cho các thành viên.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Tổng hợp ý kiến, kiến nghị của cử tri gửi kỳ họp Quốc hội",
        days_ago=650,
        summary=(
            "Ủy ban MTTQ Việt Nam tỉnh đã tổng hợp ý kiến của cử tri và Nhân dân trong tỉnh, gửi "
            "Đoàn đại biểu Quốc hội tỉnh trước kỳ họp."
        ),
        body="""
<p>Thực hiện chức năng tập hợp ý kiến, kiến nghị của Nhân dân, Ủy ban MTTQ Việt Nam tỉnh đã tổng
hợp các ý kiến của cử tri gửi đến kỳ họp Quốc hội. Ý kiến được thu thập qua các buổi tiếp xúc cử
tri, hội nghị khu dân cư, đơn thư và phản ánh của Ban công tác Mặt trận ở ấp, khóm.</p>
<p>Cử tri quan tâm đến các dự án luật liên quan trực tiếp đến đời sống như đất đai, nhà ở, bảo hiểm
xã hội. Nhiều ý kiến đề nghị có chính sách hỗ trợ người nuôi tôm khi dịch bệnh, ổn định giá vật tư
nông nghiệp và đầu tư thêm cho hệ thống đê biển chống sạt lở.</p>
<ul>
<li>Nhóm ý kiến về kinh tế – xã hội: chiếm khoảng một nửa tổng số;</li>
<li>Nhóm ý kiến về xây dựng pháp luật: khoảng một phần ba;</li>
<li>Còn lại là ý kiến về an ninh trật tự và phòng chống tham nhũng, lãng phí.</li>
</ul>
<p>Báo cáo tổng hợp đã được gửi Đoàn đại biểu Quốc hội tỉnh và Ban Dân nguyện để phản ánh tại kỳ
họp.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Mặt trận vận động ngư dân nói không với khai thác hải sản bất hợp pháp",
        status="pending",
        summary=(
            "Mặt trận các xã ven biển phối hợp với Bộ đội Biên phòng tuyên truyền đến từng chủ "
            "tàu, thuyền trưởng về quy định chống khai thác bất hợp pháp, không báo cáo."
        ),
        body="""
<p>Cùng với các ngành chức năng, Mặt trận các xã, thị trấn ven biển đang đẩy mạnh tuyên truyền để
ngư dân chấp hành nghiêm quy định chống khai thác hải sản bất hợp pháp, không báo cáo và không
theo quy định.</p>
<p>Cán bộ Mặt trận cùng Bộ đội Biên phòng đến từng bến cá, phát tờ rơi và trò chuyện với chủ tàu,
thuyền trưởng. Nội dung tập trung vào việc duy trì thiết bị giám sát hành trình suốt chuyến biển,
ghi nhật ký khai thác, không vượt ranh giới vùng biển.</p>
<blockquote><p>“Một tàu vi phạm thì cả nước bị ảnh hưởng, con tôm con cá mình làm ra khó bán”,
một thuyền trưởng ở Gành Hào nói sau buổi tuyên truyền.</p></blockquote>
<p>Các tổ tàu thuyền an toàn được đề nghị nhắc nhở nhau chấp hành quy định và kịp thời thông báo
khi có tàu mất kết nối thiết bị giám sát hành trình.</p>
""",
    ),
]
