# Hand-written out-of-scope questions (expected []). Format per line: flags|query
# flags: n = near miss (sounds like an expert's area but is not its job) -> tagged confusable; s/t/e as elsewhere
RAW = r"""
n|Bệnh viện Chợ Rẫy mấy giờ mở cửa khám dịch vụ ngày thứ Bảy?
ns|bang gia kham tong quat o benh vien tu nhan Vinmec bao nhieu
n|Thuốc Augmentin 1g giá bao nhiêu một vỉ ở nhà thuốc Long Châu?
n|Thẻ BHYT trái tuyến đi khám ở bệnh viện tỉnh được hưởng bao nhiêu phần trăm?
ns|ty gia do la hom nay bao nhieu
n|App Vietcombank của tôi bị lỗi không đăng nhập được, làm sao?
ns|the techcombank bi khoa, goi tong dai nao
n|Lãi suất tiết kiệm MB Bank tháng này bao nhiêu?
n|Giá cổ phiếu FPT hôm nay thế nào, có nên mua không?
ns|bao hiem o to cua toi bi dam xe, lam ho so boi thuong the nao
n|Điểm chuẩn Đại học Bách Khoa Hà Nội ngành công nghệ thông tin năm nay bao nhiêu?
ns|truong THPT Chu Van An HN co quy dinh dong phuc the nao
n|Trường đại học của em xét học bổng theo GPA bao nhiêu?
n|Tính tích phân từ 0 đến 1 của x² dx
ns|dao ham cua sin(2x) la gi
n|Một vật rơi tự do từ độ cao 20m, tính thời gian chạm đất (g = 10)
n|Viết giúp em bài IELTS Writing Task 2 về chủ đề môi trường
ns|khi nao dung thi hien tai hoan thanh, phan biet voi qua khu don
n|Phân biệt câu bị động và câu chủ động trong tiếng Anh
n|Vượt đèn đỏ xe máy bị phạt bao nhiêu tiền năm nay?
ns|di xe may khong doi mu bao hiem phat bao nhieu
n|Làm visa đi Hàn Quốc du lịch cần những giấy tờ gì?
ne|How do I renew my US passport while living in Vietnam?
ns|xin the xanh my mat bao lau
n|Số CMND của Trung Quốc 18 chữ số có cấu trúc thế nào?
n|Kết quả xổ số miền Nam hôm nay đài Tiền Giang
ns|so de hom nay ve con gi
n|Nằm mơ thấy rắn là điềm gì, đánh con số mấy?
n|Giá vàng SJC hôm nay bao nhiêu một lượng?
ns|gia nha chung cu o quan 7 bay gio bao nhieu 1 met vuong
n|Đường từ Hà Nội lên Sa Pa đi xe khách mất mấy tiếng?
-|Gửi thư đi Mỹ qua bưu điện mất bao nhiêu ngày, cước bao nhiêu?
ns|cho toi so dien thoai cua benh vien nhi dong 1
n|Chuyển tiền từ Mỹ về Việt Nam qua Western Union phí bao nhiêu?
n|Ví MoMo của tôi bị trừ tiền mà không chuyển được, khiếu nại ở đâu?
ns|lam sao de tang diem tin dung CIC
n|Luật Hôn nhân gia đình quy định chia tài sản khi ly hôn thế nào?
ns|kien hang xom lan chiem dat thi lam don gui toa an nao
n|Cách nấu canh chua cá lóc miền Tây
ns|cong thuc lam banh xeo mien tay
n|Lịch thi đấu đội tuyển Việt Nam vòng loại World Cup
ne|Who won the V-League last season?
n|Thời tiết Đà Lạt cuối tuần này thế nào?
ns|mai o Ca Mau co mua khong, co bao khong, ghe co ra khoi duoc khong
n|Viết code Python đọc file CSV và tính trung bình cột
ns|loi "undefined is not a function" trong javascript sua sao
n|Giải thích thuyết tương đối hẹp của Einstein cho học sinh
ns|cong thuc tinh luc day Acsimet
n|Chứng khoán Mỹ tối qua tăng hay giảm?
n|Ngân hàng ACB có cho vay mua xe với lãi suất 7% không?
ns|the tin dung hsbc phi thuong nien bao nhieu
n|Học phí trường quốc tế ở Sài Gòn khoảng bao nhiêu một năm?
n|Vitamin D uống lúc nào trong ngày là tốt nhất?
ns|thuoc giam can nao tot nhat hien nay
n|Hợp đồng lao động thử việc tối đa bao lâu theo luật?
ns|luong toi thieu vung 1 nam nay la bao nhieu
-|Chào bạn, hôm nay bạn khỏe không?
s|ke chuyen cuoi cho toi nghe di
-|Bạn tên là gì, ai tạo ra bạn?
s|hom nay la thu may
-|Gợi ý quà sinh nhật cho bạn gái 25 tuổi
e|Tell me a joke about cats.
s|bai hat nao dang hot tren tiktok
-|Viết giúp tôi bài thơ về mẹ
s|phim hay chieu rap thang nay
-|Nên nuôi chó Corgi hay mèo Anh lông ngắn?
s|cach trong rau muong tren san thuong
-|Tôi muốn đi du lịch Phú Quốc 3 ngày, lên lịch trình giúp
e|What is the capital of Australia?
s|xe vision 2024 gia bao nhieu
-|Máy giặt cửa trước hay cửa trên tốt hơn?
s|cach chua ca kho to cho ngon
-|Dịch câu "chúc mừng năm mới" sang tiếng Nhật
-|ừ
s|ok cam on nhe
-|Sài Gòn có quán phở nào ngon gần chợ Bến Thành?
s|lam sao de het that tinh
-|Tư vấn mua điện thoại tầm 5 triệu chơi game tốt
e|Recommend a good laptop for video editing under 1000 dollars.
s|cach tang follow tiktok nhanh
-|Mùa này nuôi tôm sú có được giá không?
s|gia lua hom nay o can tho bao nhieu
-|Bao giờ thì có pháo hoa Tết ở hồ Hoàn Kiếm?
-|Tóm tắt truyện Kiều trong 5 câu
s|vi sao bau troi mau xanh
-|Lập kế hoạch tập gym giảm mỡ bụng cho nữ văn phòng
s|cach lam hinh nen dong cho dien thoai
e|Write a short cover letter for a barista job.
-|Tôi bán hàng trên Shopee, làm sao để lên xu hướng tìm kiếm?
s|cach dong goi hang de ko bi vo khi gui
-|Ghe đánh cá bị hư máy giữa sông, gọi thợ ở đâu?
-|Cuối tuần đi câu cá ở đâu gần Hà Nội?
s|chao buoi sang
-|Con mèo nhà tôi bỏ ăn hai ngày, có sao không?
s|cho nha em bi non, dua di thu y o dau
-|Cách đăng ký tài khoản Grab tài xế mới?
-|Dự báo giá xăng kỳ điều chỉnh tới
s|ai la nguoi giau nhat the gioi
n|Trường THCS của con tôi (không phải Hòa Bình) có cho học sinh mang điện thoại không?
ns|lam ho chieu o Han Quoc cho nguoi Han thi lam sao
n|Phí trông xe ở bệnh viện Bạch Mai bao nhiêu một lượt?
n|Ngân hàng Agribank có chi nhánh nào gần chợ Cái Răng không?
ne|What are the admission requirements for Vietnam National University?
ns|tim gioi han cua day so un = (2n+1)/(n-3) lop 11
"""
