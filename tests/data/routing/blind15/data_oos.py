# Hand-written out-of-scope questions (expected []). Line format: FLAGS|query
# c = near miss (sounds like an expert's area but is another organisation's or another job)
TEXT = r"""
c|Bệnh viện Bạch Mai khám thứ 7 không, mấy giờ mở cửa?
cs|gia kham dich vu o benh vien cho ray bao nhieu
c|Thuốc Panadol Extra giá bao nhiêu một vỉ?
cs|thuoc tieu duong metformin mua o dau re
c|Khám trái tuyến thì BHYT chi trả bao nhiêu phần trăm?
cs|cho nha em bo an, non ra bot vang, co phai bi care ko
c|Mèo nhà tôi bị tiêu chảy 2 ngày, cho uống thuốc gì?
cs|benh vien Viet Duc co tuyen dieu duong khong
c|Bệnh viện Phụ sản Hà Nội sinh dịch vụ gói bao nhiêu tiền?
cs|bao hiem nhan than bao viet boi thuong nam vien can giay to gi
c|Hợp đồng bảo hiểm nhân thọ Prudential của tôi muốn hủy thì có lấy lại tiền không?
cs|vietcombank khoa the online the nao
c|Tài khoản MoMo bị khóa vì nghi gian lận, mở lại sao?
cs|zalopay chuyen tien ra ngan hang mat phi ko
c|Tỷ giá đô la Mỹ hôm nay bao nhiêu?
cs|gia vang sjc hom nay
c|Mở tài khoản chứng khoán ở SSI cần gì?
cs|techcombank vay mua nha lai suat bao nhieu
ce|What is the Vietcombank hotline for a lost card?
c|Bitcoin có nên mua lúc này không?
cs|tu vi nam nay toi co nen vay tien lam an khong
c|Điểm chuẩn Đại học Bách khoa Hà Nội năm nay ngành công nghệ thông tin bao nhiêu?
cs|em lop 12 nen chon nganh y hay duoc, nganh nao de xin viec hon
c|Học phí Đại học Kinh tế Quốc dân một năm khoảng bao nhiêu?
cs|xet tuyen hoc ba vao dai hoc can diem bao nhieu
c|Gia sư toán lớp 9 dạy tại nhà ở Hà Nội giá bao nhiêu một buổi?
cs|trung tam tieng anh nao o vinh tot cho tre cap 2
c|Tính đạo hàm của y = x^3 - 3x^2 + 2
cs|tich phan tu 0 den 1 cua x^2 dx
c|Giải phương trình lượng giác sin x = 1/2 lớp 11
cs|bai tap vat ly lop 9 dinh luat om, R = 10 om, I = 2A tinh U
c|Cân bằng phương trình hóa học Fe + O2 → Fe3O4
cs|phan tich bai tho Sang thu cua Huu Thinh
c|Viết giúp em bài luận tiếng Anh 200 từ về ô nhiễm môi trường
cs|cach dung thi hien tai hoan thanh va qua khu don khac nhau the nao
ce|Explain the difference between "much" and "many" with grammar rules.
c|Quy chế đào tạo tín chỉ của Đại học Quốc gia Hà Nội, trượt bao nhiêu tín thì bị cảnh báo?
cs|truong dai hoc su pham co ky tuc xa khong, gia bao nhieu
c|Vượt đèn đỏ xe máy bị phạt bao nhiêu tiền?
cs|tra cuu phat nguoi bien so 30A-123.45
c|Giá đất mặt đường Lê Duẩn, Vinh hiện nay khoảng bao nhiêu một mét vuông?
cs|nha dat phuong linh trung thu duc co nen mua luc nay khong
c|Xin visa du lịch Hàn Quốc cần chứng minh tài chính bao nhiêu?
cs|gia han ho chieu my cho con o viet nam lam o dau
ce|How do I renew my US green card while living in Vietnam?
c|Thủ tục ly hôn đơn phương ra tòa mất bao lâu?
cs|bi hang xom lan dat, kien ra toa thi an phi bao nhieu
c|Mức lương tối thiểu vùng năm nay là bao nhiêu?
cs|luong huu cua toi bao gio tang
c|Từ Hà Nội lên Hà Giang đi xe khách mất mấy tiếng?
cs|di du lich Hue nen an mon gi
c|Tuyên Quang mới sau sáp nhập có bao nhiêu dân, diện tích bao nhiêu?
cs|thoi tiet ha noi ngay mai co mua khong
c|Bão số 5 có vào Nghệ An không?
cs|ket qua xo so mien bac hom nay
c|Việt Nam đá với Thái Lan tối nay mấy giờ, kênh nào chiếu?
cs|cach nau pho bo ha noi chuan vi
c|Công thức làm bánh chưng cho 10 cái
cs|cach tat thong bao zalo tren iphone
c|Điện thoại Samsung của tôi không bắt được 4G, chỉnh cài đặt sao?
cs|ban trai em hay gian doi, em co nen chia tay khong
c|Mua điện thoại iPhone 16 trả góp ở Thế Giới Di Động cần gì?
cs|shopee giao hang cham qua, khieu nai o dau
c|Nhà mạng Viettel có gói cước 4G nào rẻ cho sinh viên?
cs|sim viettel bi khoa 1 chieu vi chua chuan hoa thong tin lam sao mo
c|Lãi suất vay của công ty tài chính FE Credit có cao không?
cs|co nen mua vang hay mua dat bay gio
c|Phí dịch vụ làm nail gel ở Sài Gòn thường bao nhiêu?
cs|xin viec bao ve ca dem o thu duc luong bao nhieu
c|Tiệm sửa xe máy nên nhập dầu nhớt hãng nào?
cs|xe may bi hut ga khi tang toc la loi gi
c|Mẫu đơn xin việc làm shipper Grab viết thế nào?
cs|Grab tinh tien cuoc theo km the nao
ce|What is the visa on arrival fee for Vietnam for Americans?
ce|How much does a private English tutor cost per hour in Hanoi?
|Kể cho tôi nghe một câu chuyện cười đi
s|hom nay ban the nao
|Làm một bài thơ lục bát về mùa thu Hà Nội
s|chao ban, ban ten gi
|Viết code Python đọc file CSV và tính trung bình một cột
s|loi NullPointerException trong java la gi
|Thủ đô của Úc là gì?
s|ai la nguoi dau tien dat chan len mat trang
|Dịch câu "Chúc mừng năm mới" sang tiếng Nhật
s|goi y qua sinh nhat cho me 60 tuoi
|Chán quá, kể chuyện gì vui vui cho tôi nghe đi
s|cam on ban nhe, hen gap lai
|Phim gì hay trên Netflix tuần này?
s|bai hat nao cua Son Tung hot nhat
|Ngày mai là ngày bao nhiêu âm lịch?
s|tet nguyen dan nam sau vao ngay nao duong lich
|Cách trồng hoa hồng trên sân thượng
s|lam sao de bot tieng on tu nha hang xom
|Đặt tên cho con gái họ Nguyễn, sinh năm con ngựa
s|may gio roi
|Tóm tắt truyện Kiều trong 5 câu
s|viet giup toi status facebook chuc mung sinh nhat vo
e|Tell me a joke about cats.
e|Write a SQL query that counts rows grouped by city.
e|What's the capital of Canada?
e|Good morning! How are you today?
|Mùa đông nên mặc gì cho đẹp?
s|chuong trinh ti vi toi nay co gi
|Hướng dẫn chơi cờ tướng cho người mới
s|cach lam thiep tet handmade
|Con mèo kêu meo meo là muốn gì?
s|vi sao bau troi mau xanh
|Làm sao để học lái xe ô tô nhanh thạo?
s|ke chuyen ma cho toi nghe
|Bay từ Hà Nội sang Paris mất mấy tiếng?
s|cach co dinh dong tieu de trong excel
|Gợi ý lịch trình 3 ngày ở Đà Lạt
s|dat ve may bay ha noi sai gon gia re o dau
|Chó Poodle nên ăn gì cho mượt lông?
s|hoc guitar bao lau thi danh duoc bai
|Câu đố: cái gì càng kéo càng ngắn?
s|top 5 mon an vat o Vinh
|Ai vô địch World Cup 2022?
s|lam sao cai tieng viet cho may tinh
|Viết thư tình cho người yêu ở xa
s|gioi thieu sach hay cho nguoi thich lich su
|Cách pha cà phê muối Huế
s|hom nay em thi xong roi vui qua
e|Recommend a good laptop for programming under 1000 dollars.
e|Translate "I miss you" into French.
|Ngày xưa ở Hà Giang người Mông ăn Tết vào tháng mấy?
s|giai thich thuyet tuong doi cua Einstein don gian
|Viết script bash xóa file cũ hơn 7 ngày
s|cau hoi vui: con gi dau doi chan
|Tôi muốn cảm ơn bạn vì đã giúp tôi hôm qua
s|bao gio thi het mua nom
|Tập gym mấy buổi một tuần là đủ?
s|cach lam nem ran mien bac
|Kể tên 10 con sông dài nhất thế giới
t|huong dan chinh may tinh de choi gam lien minh ko bi lagg
|Nên đi Phú Quốc hay Nha Trang vào tháng 6?
s|mot nam co bao nhieu tuan
|Đọc cho tôi một câu thành ngữ về lòng biết ơn
s|gia vang hom nay
|ty gia yen nhat
s|ke chuyen cuoi
|điểm chuẩn đại học y hà nội
cs|gia thuoc ha sot
|lịch thi đấu V-League
s|cong thuc bun bo hue
ct|thu tuc xin vissa uc mat bao lau vay ban
t|thoi tiet sai gon tuan toi co mưa ko vay
s|ty so tran mu hom qua
|bài hát ru con
s|hello
|kèo bóng đá tối nay
"""
