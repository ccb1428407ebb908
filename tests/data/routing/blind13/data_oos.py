# Hand-written out-of-scope questions (expected []). Line format: FLAGS|query
# c = near miss (sounds like an expert's area but is another organisation's or another job's)
NEAR = """
c|Bệnh viện Chợ Rẫy khám ngoài giờ thứ bảy mở cửa đến mấy giờ?
cs|phòng khám tư ở quận 5 khám nội soi dạ dày giá bao nhiêu
c|Paracetamol cho bé 12 kg uống mấy ml một lần?
cs|nhà thuốc Long Châu gần nhất còn thuốc Tamiflu không
c|BHYT đúng tuyến thanh toán bao nhiêu phần trăm khi mổ ruột thừa?
cs|dat lich kham online benh vien bach mai the nao
c|Vietcombank đang có lãi suất tiết kiệm 12 tháng bao nhiêu?
cs|the tin dung techcombank phi thuong nien bao nhieu
c|Tỷ giá yên Nhật hôm nay bao nhiêu?
cs|giá vàng SJC sáng nay mua vào bán ra
c|Có nên mua cổ phiếu FPT lúc này không?
cs|bitcoin hôm nay lên hay xuống
c|Điểm chuẩn Đại học Bách khoa Hà Nội năm ngoái ngành CNTT là bao nhiêu?
cs|quy chế thi của trường THPT Chu Văn An Hà Nội có cho mang máy tính không
c|Trường đại học Cần Thơ cho sinh viên nghỉ tối đa bao nhiêu buổi một môn?
cs|học phí trường quốc tế ở Sài Gòn khoảng bao nhiêu một năm
c|Tính tích phân của x^2 từ 0 đến 3
cs|đạo hàm của sin x cos x là gì
c|Giải thích giúp em thì hiện tại hoàn thành khác quá khứ đơn thế nào
cs|cau bi dong tieng anh cong thuc la gi
c|Định luật Ôm phát biểu như thế nào? Bài tập vật lý lớp 9
cs|cân bằng phương trình hóa học Fe + O2 -> Fe3O4
c|Phân tích bài thơ Đồng chí của Chính Hữu giúp em
cs|chiến thắng Điện Biên Phủ năm nào, ý nghĩa lịch sử
c|Quá trình quang hợp diễn ra ở đâu trong tế bào? Bài sinh lớp 6
c|Làm visa du lịch Nhật Bản cần chứng minh tài chính bao nhiêu?
cs|thủ tục gia hạn visa du học ở Nhật cho người Việt làm ở cục xuất nhập cảnh Nhật
c|How do I apply for a US green card?
cs|Xin giấy phép lái xe quốc tế ở Hàn Quốc cần gì
c|Vượt đèn đỏ xe máy bị phạt bao nhiêu tiền năm nay?
cs|không đội mũ bảo hiểm phạt bao nhiêu
c|Giá đất mặt tiền đường Lê Duẩn, Buôn Ma Thuột hiện giờ bao nhiêu một mét vuông?
cs|nên mua chung cư ở Thủ Đức hay Dĩ An, giá nào hời hơn
c|Công ty nợ lương 3 tháng, tôi kiện ra đâu?
cs|bị đuổi việc không báo trước có được bồi thường không, khiếu nại ở đâu
c|Hàng xóm xây nhà lấn sang đất nhà tôi 20 cm, giải quyết thế nào?
cs|hàng xóm hát karaoke tới 12 giờ đêm, báo ai
c|Xe Honda Vision của tôi đề không nổ, có phải hỏng bình ắc quy không?
cs|điện thoại rớt nước không lên nguồn, sửa ở đâu
c|App Zalo của tôi không gửi được ảnh, bị lỗi gì vậy?
cs|app VNeID bị treo ở màn hình đăng nhập, cài lại được không
c|Mã bưu chính (zip code) của Việt Nam là gì khi đăng ký tài khoản nước ngoài?
cs|khoảng cách từ Huế vào Đà Nẵng đi đèo Hải Vân bao nhiêu km
c|Thời tiết Đà Lạt cuối tuần này thế nào?
cs|bão số mấy sắp vào miền Trung
c|Tối nay Việt Nam đá với Thái Lan mấy giờ, kênh nào chiếu?
cs|ket qua xo so mien nam hom nay
c|Tuổi Dần năm nay hợp màu gì?
cs|Bạn trai không nhắn tin 3 ngày rồi, có nên nhắn trước không
c|Cách nấu bún bò Huế chuẩn vị
cs|giá cà phê nhân xô hôm nay ở Đắk Lắk bao nhiêu một ký
c|Tôm thẻ xuất khẩu sang Nhật cần chứng nhận kiểm dịch gì từ phía Nhật?
cs|tìm việc làm điều dưỡng ở Nhật lương bao nhiêu
c|Gói cước 4G Viettel nào rẻ mà nhiều data?
cs|chuyển mạng giữ số từ viettel sang vinaphone làm sao
c|Tôi muốn khiếu nại nhân viên bưu điện giao hàng chậm
cs|vé xe buýt số 19 ở Hà Nội bao nhiêu tiền
c|Mua bảo hiểm nhân thọ Prudential có nên không?
cs|ví MoMo bị trừ tiền mà không nạp được điện thoại
c|Giá vé máy bay Hà Nội – Tokyo tháng 12 khoảng bao nhiêu?
cs|cách tập gym tăng cơ cho người gầy
c|Ăn chay có đủ chất không, thực đơn một tuần cho người ăn chay?
cs|thực phẩm chức năng nào giúp ngủ ngon
c|Shopee giao hàng sai địa chỉ thì khiếu nại ở đâu?
c|What's the best Vietnamese bank for foreigners, in your opinion, Vietcombank or HSBC?
cs|trường đại học Huế có ký túc xá cho tân sinh viên không
c|Quy định đồng phục của trường tiểu học Kim Đồng thế nào?
cs|luật lao động quy định tăng ca tối đa bao nhiêu giờ một tháng
c|Tiền lương hưu năm nay tăng bao nhiêu phần trăm?
c|không nhận được OTP đăng nhập VNeID
c|Mở tài khoản chứng khoán ở SSI cần gì?
c|Vay tiền qua app online lãi 2% một ngày có hợp pháp không?
c|tỷ giá usd
c|Điểm chuẩn Đại học Y Dược TP.HCM
c|Lịch tiêm vắc xin sởi cho bé 9 tháng ở trạm y tế phường
c|Phòng khám nha khoa nào ở Huế niềng răng rẻ?
c|Thuốc kháng sinh amoxicillin uống trước hay sau ăn?
c|Học phí Đại học Sư phạm Hà Nội năm nay bao nhiêu?
c|Làm hộ chiếu Hàn Quốc cho chồng người Hàn ở đâu?
c|Giá xăng hôm nay
c|Tổng đài MB Bank số mấy?
c|Trường mầm non của con tôi thu tiền ăn bao nhiêu một ngày là hợp lý?
c|Giá thuê mặt bằng mở tiệm may ở phố cổ Hội An khoảng bao nhiêu?
c|giá vàng 9999
cs|xổ số miền bắc
c|thời tiết Huế
cs|kết quả V-League
ct|gia vang hum nay bao nhieu z
c|Con tôi học lớp 11 trường THPT Lê Quý Đôn, trường đó quy định nghỉ bao nhiêu buổi thì ở lại lớp?
cs|thẻ ATM của Agribank bị hết hạn thì gia hạn ở đâu
"""
FAR = """
|Chào bạn, hôm nay bạn khỏe không?
s|kể cho tôi một câu chuyện cười đi
|Viết giúp mình một bài thơ về mùa thu Hà Nội
s|cảm ơn nhiều nha, bạn dễ thương quá
|Ai là người phát minh ra bóng đèn?
s|viết code python đảo ngược một chuỗi
|Sông nào dài nhất thế giới?
s|mình buồn quá, nói chuyện với mình chút được không
e|Tell me a fun fact about octopuses
|Bạn là ai, ai tạo ra bạn?
s|dịch sang tiếng Pháp câu "tôi yêu Việt Nam"
|Làm sao để câu cá rô đồng được nhiều?
s|gợi ý tên cho bé gái sinh năm 2027
|hi
s|ok
|Viết email xin nghỉ phép gửi sếp ở công ty (công ty tư nhân)
s|tại sao bầu trời màu xanh
e|Write a SQL query to count rows grouped by city
|Hôm nay là thứ mấy?
s|nên nuôi chó hay mèo trong chung cư
|Cách chăm cây lan hồ điệp ra hoa Tết
s|ve may bay di phu quoc dip tet co dat khong
|Gợi ý quà sinh nhật cho mẹ 60 tuổi
s|bài hát nào của Sơn Tùng hay nhất
|Làm sao để bỏ thói quen thức khuya chơi game?
e|What's the capital of Australia?
s|công thức làm bánh flan không cần lò
|Bao nhiêu ngày nữa thì đến Tết?
s|chơi cờ tướng sao cho giỏi
|Hướng dẫn gấp hạc giấy
s|tên con mèo của tôi là Mướp, đặt thêm biệt danh dễ thương giúp
|JavaScript khác Java thế nào?
s|may tinh bi man hinh xanh win 11 sua sao
|Ngày mai đi biển Vũng Tàu nên mang gì?
s|review phim Mai của Trấn Thành
e|Recommend me a good book about history of science
|Kể tên 5 loài chim di cư
s|ai vô địch world cup 2022
|Làm sao để chụp ảnh đẹp bằng điện thoại?
s|chỉ mình cách pha cà phê phin ngon
|Tôi đang chán, gợi ý phim hài Hàn Quốc
s|cách làm nem rán giòn lâu
|Viết giúp status Facebook chúc mừng sinh nhật bạn thân
s|con mèo nhà tôi bỏ ăn 2 ngày, có sao không
|Cách trồng rau muống trên sân thượng
s|thế giới có bao nhiêu nước
e|Good morning! How's the weather in your world today?
|Học đàn guitar bao lâu thì đánh được bài đơn giản?
s|giải thích blockchain cho người mới
|Xin lỗi, tôi gõ nhầm
s|hahaha
|Cách giặt áo dài lụa không bị phai màu
s|ăn gì để tăng chiều cao ở tuổi 25
|Làm thế nào để học tiếng Nhật nhanh?
s|máy giặt kêu to khi vắt là sao
|Kể tóm tắt truyện Tấm Cám
s|đặt tên cho quán cà phê nhỏ ở Hội An
e|Can you help me plan a 3-day trip to Hue?
|Mấy giờ rồi bạn?
s|cho xin vài câu thả thính hay
|Sao Hỏa cách Trái Đất bao xa?
s|con trai tôi nghiện điện thoại, làm sao để cháu bớt dùng
|Cách xóa tài khoản Facebook vĩnh viễn
s|viết giúp đoạn văn giới thiệu sản phẩm nước mắm Phú Quốc
|Giải thích meme "chill guy" là gì
|chào em
|cảm ơn bạn nhiều
|Lịch âm hôm nay ngày mấy?
|Kể chuyện cổ tích cho bé ngủ
|Ông tôi 80 tuổi, nhờ tôi hỏi: ngày xưa ai hát bài "Mùa xuân nho nhỏ" đầu tiên?
|Viết hàm đệ quy tính giai thừa bằng C
|alo
|bạn tên gì
s|kể chuyện cười
|hát cho tôi nghe
s|đố vui có thưởng
|Thủ đô của Canada là gì?
|Viết một đoạn văn ngắn tả con mèo
|Cho tôi một câu nói truyền cảm hứng buổi sáng
s|bạn có biết nấu ăn không
|Làm thơ lục bát về mẹ
"""
