# Hand-written out-of-scope questions (expected []). Line format: FLAGS | query
# FLAGS: n = near miss (sounds like an expert's area but is not its job; tagged confusable), s/t/e as elsewhere.
RAW = r"""
n | Bệnh viện Chợ Rẫy khám ngoài giờ thứ bảy mấy giờ mở cửa?
ns | phòng khám tư ở quận 10 siêu âm 4D giá bao nhiêu vậy mọi người
n | Thuốc Panadol Extra mua ở nhà thuốc Long Châu giá bao nhiêu một vỉ?
ns | bhyt trái tuyến đi khám ở bệnh viện tỉnh được hưởng bao nhiêu phần trăm
n | Công ty bảo hiểm nhân thọ từ chối bồi thường hợp đồng nằm viện của tôi, khiếu nại ở đâu?
ns | ti gia yen nhat hom nay bn, minh moi di nhat ve muon doi tien
n | Giá vàng SJC hôm nay mua vào bán ra bao nhiêu?
ns | cổ phiếu VNM hôm nay tăng hay giảm
n | Điểm chuẩn Đại học Bách khoa Hà Nội ngành Công nghệ thông tin năm nay bao nhiêu?
ns | trường THPT Lê Quý Đôn Đà Nẵng có cho học sinh dùng điện thoại trong lớp không
n | Trường THCS Nguyễn Du quận 1 tuyển sinh lớp 6 cần hồ sơ gì?
ne | How do I renew my US passport while living in Vietnam?
ns | thủ tục xin visa du học Hàn Quốc diện D4 cần những gì
n | Gia hạn thẻ cư trú ở Nhật (zairyu card) thì nộp ở cục xuất nhập cảnh nào?
ns | loi giai bai tap vat ly lop 9: tinh dien tro tuong duong cua 2 dien tro mac song song 6 om va 3 om
n | Cân bằng phương trình hóa học: Fe + O2 → Fe3O4 giúp em.
ns | tính đạo hàm của hàm số y = x^3 sin x
n | Tính tích phân từ 0 đến 1 của x² dx.
ne | Can you explain when to use present perfect vs past simple? Grammar rules please.
ns | viết giúp em bài văn nghị luận về lòng biết ơn lớp 9
n | Phân tích bài thơ "Đồng chí" của Chính Hữu giúp em.
ne | Please correct my IELTS Writing Task 2 essay about public transport.
ns | Vietcombank chuyển khoản bị treo tiền mà chưa báo thành công, gọi tổng đài nào
n | Ví MoMo của tôi bị khóa do nghi ngờ gian lận, làm sao mở lại?
ns | vay tien qua app online lai ngay bi doi no khung bo, bao cong an o dau
n | Mức phạt vượt đèn đỏ xe máy năm nay là bao nhiêu?
ns | bị phạt nguội ô tô thì tra cứu ở đâu
n | Dự báo thời tiết Đà Nẵng cuối tuần này có mưa không?
ns | cách nấu bún bò Huế chuẩn vị
nt | Kết quả trận Việt Nam gặp Thái Lan tối qa thế nào?
ns | cung Song Tử tháng này tình duyên ra sao
n | Tuyển kế toán nhà máy ở Bình Dương lương bao nhiêu, có ai biết chỗ nào đang tuyển không?
nst | gia xang hom nay bao nhieu mot litt
n | Bảo hiểm xe máy bắt buộc hết hạn thì mua online ở đâu?
ns | Mình muốn mua bảo hiểm sức khỏe cho bố mẹ trên 60 tuổi, gói nào tốt?
n | Phí gửi xe ở bệnh viện Bạch Mai bao nhiêu?
ne | What's the USD to VND exchange rate today?
ns | đại học Kinh tế quốc dân học phí năm nay bao nhiêu một tín chỉ
n | Cách tính điểm xét tuyển đại học theo học bạ 3 năm THPT như thế nào?
ns | con tôi học trường quốc tế Việt Úc, học phí năm sau tăng bao nhiêu
ns | bao gio ngan hang nha nuoc tang lai suat dieu hanh
n | Lãi suất tiết kiệm của các ngân hàng lớn tháng này, ngân hàng nào cao nhất?
ns | xin visa du lịch Nhật Bản cho bố mẹ cần chứng minh tài chính bao nhiêu
n | Học tiếng Hàn để thi EPS-TOPIK đi Hàn làm việc thì nên học ở trung tâm nào?
ns | tra cứu điểm thi tốt nghiệp THPT ở đâu
n | Mật khẩu wifi nhà mình quên rồi, làm sao đổi mật khẩu modem Viettel?
ns | Facebook bị hack, mã xác nhận không gửi về điện thoại, làm sao lấy lại?
ne | My Gmail doesn't send the 2-step verification code. How do I recover it?
n | Bệnh viện Từ Dũ sinh dịch vụ trọn gói giá bao nhiêu?
ns | dat lich kham benh vien nhi dong 1 online o dau
n | Lương hưu tháng này bao giờ tăng, tăng bao nhiêu phần trăm?
ns | thuế đất phi nông nghiệp năm nay tăng không, đóng online được không
n | Giá đất ruộng ở Sóc Trăng hiện giờ khoảng bao nhiêu một công?
ns | giấy phép lái xe quốc tế có dùng được ở Hàn Quốc không
n | Đổi bằng lái xe Việt Nam sang bằng lái Nhật thì làm ở đâu bên Nhật?
ns | trường đại học nào có ngành y đa khoa điểm thấp
n | Chứng khoán hôm nay VN-Index đóng cửa bao nhiêu điểm?
- | Chào bạn, hôm nay bạn thế nào?
s | kể chuyện cười đi
- | Viết giúp mình đoạn code Python đọc file CSV và tính trung bình một cột.
s | cai lai win 11 bi loi man hinh xanh lam sao
e | Tell me a joke about cats.
- | Gợi ý quà sinh nhật cho bạn gái 20 tuổi dưới 500 nghìn.
s | đi Đà Lạt 3 ngày 2 đêm nên đi đâu chơi
- | Cách pha cà phê muối ngon như ở Huế?
s | quán bún chả nào ngon gần hồ Gươm
s | đặt tên quán cà phê nhỏ sao cho dễ nhớ
- | Trồng lúa ST25 mùa này bón phân gì?
s | cach nuoi ca tra trong ao dat cho nhanh lon
- | Dịch giúp câu "Chúc mừng năm mới, an khang thịnh vượng" sang tiếng Nhật.
s | Bài hát nào của Sơn Tùng đang hot nhất?
- | Làm sao để bớt ngại khi nói chuyện với người lạ?
s | làm thơ về mưa Huế giúp mình
s | xe máy đi 100 km hao bao nhiêu xăng
- | Mẹo giặt áo trắng bị ố vàng?
s | huong dan choi co tuong cho nguoi moi
- | Bạn có biết lịch âm hôm nay là ngày mấy không?
s | con mèo nhà mình bỏ ăn 2 ngày, có sao không
- | Tôi muốn học lái máy bay thì bắt đầu từ đâu?
e | Recommend a good laptop for an accountant under 20 million VND.
s | Tết năm nay được nghỉ mấy ngày
- | ok cảm ơn
s | alo
- | Ai là người phát minh ra bóng đèn?
s | review phim mai co hay ko
- | Cách làm bánh tét miền Tây gói lá chuối?
s | tuần sau đám cưới bạn thân, mừng bao nhiêu là vừa
- | Vòi nước bồn rửa bát bị rỉ nước, tự sửa sao?
- | Thủ đô của Úc là gì?
s | giải thích blockchain cho người không biết gì
- | Cho mình lịch chiếu phim ở rạp CGV Vincom tối nay.
s | mua dien thoai iphone cu can kiem tra nhung gi
- | Game nào hay nhất năm nay cho điện thoại tầm trung?
s | cách trang trí quán cà phê nhỏ theo phong cách vintage
- | Hôm nay là thứ mấy?
e | hello, who are you?
s | mẹo tiết kiệm tiền khi đi chợ mỗi ngày
- | Cách viết thư cảm ơn gửi thầy cô nhân ngày 20/11.
s | ngay mai co nen mua vang khong
n | Trường THPT Chu Văn An Hà Nội xét học bổng thế nào?
ns | học phí trường Đại học Y Dược TP HCM năm nay
n | Thủ tục xin giấy phép lao động ở Hàn Quốc cho người nước ngoài?
ns | thuoc ho cho be 2 tuoi mua loai nao o nha thuoc
n | Nhà thuốc nào bán thuốc tiểu đường rẻ nhất ở Cần Thơ?
ne | How much does a private dental clinic in District 1 charge for braces?
ns | cách tính diện tích mặt cầu và thể tích khối cầu lớp 12
n | Bảo hiểm ô tô không chịu bồi thường vụ ngập nước, mình kiện được không?
nse | Techcombank credit card annual fee la bao nhieu
s | hôm nay trời nóng quá
- | mấy giờ rồi
st | cach lam kem bo nha lamm
e | What's the capital of Canada?
- | Ai thắng World Cup 2022?
s | tuổi Dần hợp màu gì
- | giá vàng hôm nay
s | tỷ giá usd
ns | lịch thi đấu V-League
s | thời tiết hn mai
- | công thức nấu phở bò
"""
