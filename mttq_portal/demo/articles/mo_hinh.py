"""Demo articles of the “Mô hình – Điển hình” category, the review conference among them."""

import datetime
import zoneinfo

from ..recipients import CONFERENCE_TITLE
from ..records import DemoArticle

CATEGORY = "Mô hình – Điển hình"

CONFERENCE = DemoArticle(
    category=CATEGORY,
    title=CONFERENCE_TITLE,
    at=datetime.datetime(2020, 4, 24, 9, 15, tzinfo=zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")),
    featured=True,
    views=161,
    ratings=0,
    byline="Ban Tuyên giáo",
    summary=(
        "Ngày 24/04/2020, Ủy ban MTTQ Việt Nam tỉnh đánh giá 5 năm làm điểm tại 10 xã, "
        "phường, thị trấn với 41 mô hình, giai đoạn 2011 – 2015, và khen thưởng 24 tập thể, "
        "cá nhân tiêu biểu."
    ),
    body="""
<p>Ngày 24/04/2020, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị nhìn lại chặng đường 5 năm
chỉ đạo điểm xây dựng mô hình, điển hình tiên tiến ở khu dân cư giai đoạn 2011 – 2015. Chủ
trì hội nghị là ông Đặng Thanh Giang, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh, Ủy viên Ban
Thường vụ Tỉnh ủy. Về dự có ông Phạm Văn Xuyên, Phó Chủ tịch UBND tỉnh, Tỉnh ủy viên, cùng đại
diện các sở, ngành, tổ chức thành viên và các đơn vị làm điểm.</p>
<h2>Mười đơn vị điểm, bốn mươi mốt mô hình</h2>
<p>Báo cáo trình bày tại hội nghị cho biết, để có cách làm mẫu trước khi triển khai rộng, tỉnh
lựa chọn 10 xã, phường, thị trấn mang những nét đặc trưng khác nhau: vùng thuần nông, đô thị
đang phát triển, địa bàn ven biển, nơi đông đồng bào Khmer và đồng bào có đạo. Trên địa bàn
các đơn vị ấy, Mặt trận cùng các tổ chức thành viên và các ngành chức năng đã dựng nên 41 mô
hình điểm. Mỗi mô hình là một chương trình phối hợp cụ thể, có người phụ trách, có kế hoạch
hằng năm và được lồng ghép với cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa ở
khu dân cư”.</p>
<table>
<caption>Các mô hình điểm theo lĩnh vực</caption>
<thead><tr><th scope="col">Lĩnh vực</th><th scope="col">Số mô hình</th></tr></thead>
<tbody>
<tr><td>An ninh trật tự</td><td>8</td></tr>
<tr><td>Phòng chống tội phạm, tệ nạn xã hội</td><td>6</td></tr>
<tr><td>An toàn giao thông</td><td>6</td></tr>
<tr><td>An ninh biên giới biển</td><td>3</td></tr>
<tr><td>Bảo vệ môi trường</td><td>7</td></tr>
<tr><td>Vệ sinh an toàn thực phẩm</td><td>7</td></tr>
<tr><td>Xây dựng đời sống văn hóa, giảm nghèo</td><td>4</td></tr>
<tr><td>Tổng cộng</td><td>41</td></tr>
</tbody>
</table>
<p>Nhiều mô hình đã vượt ra khỏi phạm vi một ấp, một khóm. Cách tổ chức ấp tự quản về an ninh
trật tự ở xã An Thạnh, chợ an toàn thực phẩm ở xã Vĩnh Hưng hay cổng trường an toàn giao
thông ở phường Hòa Lợi được các địa phương khác học hỏi và áp dụng. Ở vùng biển, các tổ tàu
thuyền an toàn giúp ngư dân yên tâm bám biển, đồng thời trở thành nguồn tin đáng tin cậy của Bộ
đội Biên phòng. Theo đánh giá chung, các mô hình đã góp phần giữ vững an ninh trật tự và thúc
đẩy phát triển kinh tế – xã hội ở cơ sở.</p>
<h2>Ý kiến từ cơ sở và chỉ đạo của tỉnh</h2>
<p>Nhiều đại biểu thẳng thắn nêu những khó khăn như kinh phí hoạt động còn hạn hẹp, có mô
hình chững lại khi người đứng đầu thay đổi, và đề xuất cách khắc phục. Đại diện xã An Thạnh
chia sẻ kinh nghiệm để người dân tự bàn, tự quyết việc của ấp mình.</p>
<blockquote><p>“Mô hình nào người dân thấy có ích thì mô hình đó sống lâu. Ban công tác Mặt
trận chỉ cần lắng nghe, để bà con tự chọn việc, tự làm và tự giám sát”, ông Nguyễn Văn Tâm,
Trưởng ban công tác Mặt trận ấp Thạnh Hòa, nói tại hội nghị.</p></blockquote>
<p>Ghi nhận kết quả 5 năm qua, ông Phạm Văn Xuyên đề nghị Mặt trận các cấp tiếp tục đổi mới
cách làm, đưa hoạt động về sát khu dân cư, để người dân thật sự làm chủ, được góp ý, giám sát
và phản biện các chủ trương, chính sách ngay từ khi còn là dự thảo. Ông cũng lưu ý việc phối
hợp với các sở, ngành trong giảm nghèo bền vững, xây dựng nông thôn mới, đô thị văn minh và
chăm lo bồi dưỡng cán bộ Mặt trận.</p>
<p>Phát biểu kết luận, ông Đặng Thanh Giang yêu cầu Ban công tác Mặt trận ở khu dân cư căn cứ
tình hình từng nơi để chọn việc vừa sức, lập kế hoạch cụ thể mỗi năm, phân công rõ người rõ
việc và định kỳ kiểm tra, sơ kết, tổng kết. Cũng tại hội nghị, 24 tập thể, cá nhân đã đóng góp
nổi bật vào việc xây dựng và nhân rộng các mô hình điểm giai đoạn 2011 – 2015 được Ủy ban MTTQ
Việt Nam tỉnh trao Bằng khen, Giấy khen.</p>
""",
)

ARTICLES = [
    CONFERENCE,
    DemoArticle(
        category=CATEGORY,
        title="Ấp Thạnh Hòa: mười năm giữ vững danh hiệu ấp tự quản về an ninh trật tự",
        days_ago=30,
        featured=True,
        summary=(
            "Từ sáu tổ tự quản liên gia thành lập năm 2011, ấp Thạnh Hòa (xã An Thạnh) đã trở "
            "thành điểm sáng về giữ gìn an ninh trật tự và được nhiều địa phương đến học hỏi."
        ),
        body="""
<p>Chiều muộn, khi nắng vừa tắt trên những cánh đồng lúa, ông Nguyễn Văn Tâm, Trưởng ban
công tác Mặt trận ấp Thạnh Hòa, lại cùng hai thành viên tổ tự quản đi một vòng quanh xóm. Việc
ấy ông làm đều đặn đã hơn mười năm, kể từ khi ấp được chọn làm điểm xây dựng mô hình ấp tự quản
về an ninh trật tự.</p>
<p>Theo ông Tâm, cái khó nhất lúc đầu không phải là thiếu kinh phí mà là làm sao để bà con thấy
đó là việc của mình. Ban công tác Mặt trận chia ấp thành sáu tổ liên gia, mỗi tổ mười đến mười
lăm hộ ở gần nhau. Các hộ cam kết trông nhà giúp nhau, báo tin khi thấy người lạ và ngồi lại
với nhau ngay khi có chuyện xích mích, trước khi mâu thuẫn kịp lớn lên.</p>
<h2>Chuyện nhỏ giải quyết trong tổ</h2>
<p>Sổ ghi chép của tổ hòa giải cho thấy phần lớn vụ việc là tranh chấp ranh đất, nước tưới hay
gà vịt phá lúa. Những chuyện tưởng nhỏ ấy, nếu không ai đứng ra nói phải trái, rất dễ thành
hiềm khích kéo dài. Nhờ có người uy tín trong tổ, lại thông thạo cả tiếng Việt lẫn tiếng Khmer,
hầu hết vụ việc được hòa giải thành ngay tại xóm.</p>
<ul>
<li>Nhiều năm liền không xảy ra trọng án trên địa bàn ấp.</li>
<li>Hầu hết mâu thuẫn được hòa giải thành tại tổ, không phải chuyển lên cấp trên.</li>
<li>Mô hình được nhân rộng tại xã Vĩnh Hưng và xã Ninh Quới.</li>
</ul>
<p>Ông Tâm cho rằng bí quyết của Thạnh Hòa rất giản dị: việc gì cũng bàn với dân trước, làm
xong thì công khai cho dân biết. Nhờ vậy, mô hình không chỉ tồn tại trên giấy mà trở thành nếp
sinh hoạt của cả ấp.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Tổ tàu thuyền an toàn: điểm tựa của ngư dân Gành Hào",
        days_ago=130,
        summary=(
            "Mỗi tổ từ bốn đến sáu tàu cùng ngư trường, giữ liên lạc suốt chuyến biển, giúp nhau "
            "khi gặp nạn và là tai mắt của Bộ đội Biên phòng trên vùng biển của tỉnh."
        ),
        body="""
<p>Ở cảng cá Gành Hào, hỏi về tổ tàu thuyền an toàn, ngư dân nào cũng có thể kể một câu chuyện.
Có lần tàu của ông Võ Văn Đực bị hỏng máy cách bờ gần bốn mươi hải lý giữa lúc biển động. Chỉ
sau một cuộc gọi bộ đàm, hai tàu cùng tổ đã quay lại, lai dắt tàu của ông vào bờ an toàn.</p>
<p>Mô hình ra đời từ khi thị trấn Gành Hào được chọn làm đơn vị điểm. Các chủ tàu đánh bắt cùng
ngư trường ghép thành tổ, bầu tổ trưởng, thống nhất giờ liên lạc và cách hỗ trợ nhau. Mỗi tàu
có sổ theo dõi thuyền viên, mang đủ giấy tờ và trang bị an toàn theo quy định.</p>
<h2>Vừa bám biển, vừa giữ biển</h2>
<p>Không chỉ giúp nhau làm ăn, các tổ tàu còn được Đồn Biên phòng tập huấn cách nhận biết những
hoạt động đáng ngờ trên biển và cách báo tin qua đường dây nóng. Nhiều tin báo của ngư dân đã
giúp lực lượng chức năng kịp thời ngăn chặn việc vận chuyển hàng cấm qua cửa biển.</p>
<blockquote><p>“Ra khơi có tổ, có bạn thì yên tâm hơn nhiều. Gặp chuyện gì cũng có người ở gần
để nhờ”, ông Lâm Văn Phúc, một tổ trưởng lâu năm, chia sẻ.</p></blockquote>
<p>Đến nay, mô hình đã được nhân rộng ra xã Long Điền Tây và nhiều xã ven biển khác. Mặt trận
các cấp tiếp tục phối hợp với Bộ đội Biên phòng vận động ngư dân chấp hành quy định về khai thác
hải sản, không vi phạm vùng biển nước ngoài.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Những con đường hoa ở Hưng Hội",
        days_ago=250,
        summary=(
            "Hơn chín cây số đường làng ở xã Hưng Hội rực rỡ sắc hoa nhờ mỗi hộ dân tự trồng và "
            "chăm sóc đoạn đường trước nhà mình."
        ),
        body="""
<p>Về xã Hưng Hội những ngày này, dễ thấy những hàng hoa mười giờ, hoa chiều tím nở dọc hai
bên đường làng. Những con đường từng lầy lội mỗi mùa mưa nay sạch sẽ, thoáng mát và trở thành
niềm tự hào của người dân trong xã.</p>
<p>Mô hình “Tuyến đường hoa nông thôn” bắt đầu từ một đề xuất của Ban công tác Mặt trận ấp tại
hội nghị khu dân cư. Mỗi hộ nhận chăm sóc đoạn đường trước nhà, đoàn viên thanh niên làm cổng
ngõ và hàng rào xanh, còn Hội Phụ nữ vận động hội viên góp giống hoa. Không có khoản kinh phí
lớn nào, tất cả đều từ công sức và sự đồng lòng của bà con.</p>
<p>Con đường đẹp kéo theo những thay đổi khác. Rác không còn bị vứt bừa ven đường, các hộ chăn
nuôi làm lại chuồng trại cho hợp vệ sinh, nhiều gia đình sửa sang nhà cửa. Tuyến đường hoa góp
phần quan trọng để xã đạt các tiêu chí về môi trường trong xây dựng nông thôn mới nâng cao.</p>
<p>Theo Ủy ban MTTQ Việt Nam xã, điều đáng quý nhất là người dân coi việc giữ gìn con đường là
việc của chính mình. Thời gian tới, xã sẽ vận động trồng thêm cây bóng mát và lắp đèn chiếu
sáng bằng năng lượng mặt trời trên các tuyến đường hoa.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Chợ Vĩnh Hưng: người bán giữ chữ tín, người mua yên tâm",
        days_ago=390,
        summary=(
            "Bàn kiểm tra nhanh ngay giữa chợ và bản cam kết của từng tiểu thương đã giúp chợ "
            "Vĩnh Hưng trở thành địa chỉ thực phẩm an toàn được người dân tin cậy."
        ),
        body="""
<p>Bảy giờ sáng, chợ Vĩnh Hưng đã đông người. Ở góc chợ, cạnh phòng ban quản lý, một chiếc bàn
nhỏ đặt bộ kiểm tra nhanh dư lượng thuốc bảo vệ thực vật và hàn the. Người mua có thể mang rau,
thịt vừa mua đến nhờ kiểm tra miễn phí.</p>
<p>Bà Trần Thị Kim Loan, Trưởng ban quản lý chợ, cho biết toàn bộ quầy hàng thực phẩm tươi sống
đã ký cam kết kinh doanh hàng rõ nguồn gốc. Mỗi tháng, tổ giám sát lấy ngẫu nhiên khoảng một
trăm hai mươi mẫu để kiểm tra; quầy nào vi phạm sẽ bị nhắc nhở, tái phạm thì công khai trước
hội nghị tiểu thương.</p>
<h2>Cam kết đi đôi với giám sát</h2>
<p>Theo bà Loan, bản cam kết chỉ có ý nghĩa khi có người theo dõi thực hiện. Vì vậy, bên cạnh ban
quản lý chợ còn có tổ giám sát cộng đồng do Ban công tác Mặt trận ấp giới thiệu. Các thành viên
đều là người dân trong xã, quen mặt tiểu thương nên việc nhắc nhở nhẹ nhàng mà hiệu quả.</p>
<ol>
<li>Tiểu thương ký cam kết và niêm yết nguồn gốc hàng hóa.</li>
<li>Tổ giám sát kiểm tra ngẫu nhiên hằng tuần.</li>
<li>Kết quả được công khai trên bảng tin của chợ.</li>
</ol>
<p>Từ chợ Vĩnh Hưng, mô hình chợ an toàn thực phẩm đã được nhân rộng ra chợ thị trấn Phước Long
và chợ phường Hòa Lợi.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Cổng trường an toàn giao thông: không còn cảnh ùn tắc giờ tan học",
        on="10/09",
        summary=(
            "Nhờ sự phối hợp giữa phụ huynh, đoàn viên thanh niên và công an phường, cổng các "
            "trường học ở phường Hòa Lợi thông thoáng, học sinh ra về an toàn."
        ),
        body="""
<p>Đúng mười một giờ, tiếng trống tan trường vang lên. Trước cổng trường tiểu học, các đoàn viên
thanh niên mặc áo xanh cùng cán bộ công an phường nhanh chóng hướng dẫn phụ huynh dừng xe vào
làn dành riêng, không để xe tràn xuống lòng đường như trước đây.</p>
<p>Mô hình “Cổng trường an toàn giao thông” do Ủy ban MTTQ Việt Nam phường Hòa Lợi phối hợp với
Ban đại diện cha mẹ học sinh xây dựng từ khi phường được chọn làm điểm. Bốn trường học trên
địa bàn tham gia, mỗi trường có lịch trực riêng vào giờ vào học và tan học.</p>
<p>Năm học mới này, các trường tiếp tục tổ chức cho phụ huynh ký cam kết đội mũ bảo hiểm đạt
chuẩn cho con, không giao xe máy cho học sinh chưa đủ tuổi. Mặt trận phường trao tặng mũ bảo
hiểm cho học sinh có hoàn cảnh khó khăn.</p>
<p>Mô hình đã được nhân rộng ra phường Tân Xuyên và thị trấn Phước Long. Nhiều phụ huynh cho
biết, nhìn con ra cổng trường an toàn, họ thấy yên tâm hơn hẳn.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Tổ hòa giải nói hai thứ tiếng ở ấp Cây Gừa",
        days_ago=460,
        summary=(
            "Với những hòa giải viên thông thạo cả tiếng Việt và tiếng Khmer, tổ hòa giải "
            "“Gắn kết yêu thương” đã giải quyết ổn thỏa hầu hết mâu thuẫn trong ấp."
        ),
        body="""
<p>Ấp Cây Gừa thuộc xã An Thạnh có gần một nửa số hộ là đồng bào Khmer. Khi có chuyện bất hòa,
nhiều người lớn tuổi ngại trình bày bằng tiếng Việt. Vì thế, ngay từ khi thành lập, tổ hòa giải
của ấp đã mời những người có uy tín, nói thạo cả hai thứ tiếng, tham gia.</p>
<p>Bà Thạch Thị Sa Rây, tổ trưởng tổ hòa giải, kể rằng có những vụ tranh chấp ranh đất tưởng như
không thể hòa giải vì hai bên đều giữ ý. Tổ phải đến nhà từng bên nhiều lần, mời cả sư cả trong
chùa cùng ngồi lại. Cuối cùng, hai gia đình bắt tay nhau, tự cắm lại cột mốc ranh giới.</p>
<blockquote><p>“Hòa giải không phải để phân xử ai thắng ai thua, mà để xóm giềng còn nhìn mặt
nhau mà sống”, bà Sa Rây nói.</p></blockquote>
<p>Nhiều năm qua, tổ hòa giải thành phần lớn các vụ việc được đưa đến, không có vụ nào phải
chuyển lên cấp trên. Ủy ban MTTQ Việt Nam xã đề nghị tiếp tục bồi dưỡng kiến thức pháp luật về
đất đai, hôn nhân và gia đình cho các hòa giải viên.</p>
""",
    ),
    DemoArticle(
        category=CATEGORY,
        title="Nhà trọ an toàn, tự quản: người lao động xa quê có thêm chỗ dựa",
        days_ago=610,
        summary=(
            "Ở phường Tân Xuyên, chủ nhà trọ và tổ dân phố cùng chăm lo cho người lao động ở "
            "trọ, giúp họ hòa nhập cộng đồng và giữ gìn an ninh trật tự."
        ),
        body="""
<p>Phường Tân Xuyên có hàng nghìn công nhân từ các tỉnh khác đến làm việc và thuê trọ. Trước đây,
người ở trọ và người dân địa phương gần như không qua lại với nhau, trong khi các vụ trộm cắp,
cho vay nặng lãi thường nhắm vào khu nhà trọ.</p>
<p>Mô hình “Nhà trọ an toàn, tự quản” ra đời để thay đổi điều đó. Chủ nhà trọ đăng ký tạm trú
đầy đủ cho người thuê, tổ dân phố mời công nhân tham gia các buổi sinh hoạt khu dân cư, Ngày hội
Đại đoàn kết toàn dân tộc và các phần quà dịp Tết.</p>
<h2>Từ người lạ thành người trong xóm</h2>
<p>Bà Huỳnh Thị Bé Tư, chủ một dãy trọ hai mươi phòng, cho biết nhiều công nhân nay đã coi khu
phố như quê hương thứ hai. Các bạn trẻ tham gia đội thanh niên tình nguyện, giúp dọn vệ sinh
đường phố và phân luồng giao thông giờ tan ca.</p>
<p>Hiện có hơn tám mươi khu nhà trọ tham gia mô hình. Tình hình an ninh trật tự ở các khu trọ ổn
định, người lao động yên tâm làm việc và gắn bó lâu dài với địa phương.</p>
""",
    ),
]
