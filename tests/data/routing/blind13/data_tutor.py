# Hand-written questions for vn-tutor. Line format: FLAGS|query
EXPERT = "vn-tutor"
DATA = """
|Cho em 5 bài tập cộng trừ số nguyên lớp 6 với ạ
s|giải giúp em phương trình x^2 - 5x + 6 = 0
|Bà đang gọi điện kèm cháu lớp 7, cháu hỏi 3/4 + 5/6 bằng bao nhiêu, bà quên cách quy đồng rồi, giải giúp bà với
s|ôn tập định lý Pythagore, cho em vài bài tính cạnh huyền
|quiz me on food and drink words
s|kiểm tra từ vựng tiếng anh chủ đề thời tiết và mùa cho em lớp 6
t|giai he pt 2x+y=7 va x-y=2 gium e
|Bài này khó quá: một tam giác vuông có hai cạnh góc vuông 6cm và 8cm, tính chu vi và diện tích
s|cho bài tập phần trăm dễ hơn đi, bài vừa rồi em không làm được
|Em muốn luyện thêm về hàm số bậc nhất y = ax + b, vẽ đồ thị thế nào ạ?
s|rút gọn biểu thức (x+2)^2 - (x-2)^2
e|Can you give me 10 English words about jobs with Vietnamese meaning?
|Cho em bài khó hơn về tỉ lệ thuận với ạ
s|từ tiếng anh của "cái tủ lạnh", "ghế sofa", "phòng tắm" là gì, cho em thêm từ về chủ đề nhà cửa
|căn bậc hai của 144
s|em lớp 9 sắp thi vào 10, ôn phương trình bậc hai có tham số m giúp em
|2^5 . 2^3 bằng bao nhiêu, giải thích quy tắc nhân lũy thừa cùng cơ số
s|Đố em từ vựng tiếng Anh về các bộ phận cơ thể đi
|Một cửa hàng giảm giá 20% một cái áo 250 nghìn, hỏi giá sau giảm? Cho em thêm mấy bài kiểu này
t|tinh dien tich hinh thang day lon 10 day nho 6 chieu cao 4
|Học sinh lớp 8: phân tích đa thức x^2 - 9 thành nhân tử
s|cho con vài câu đố từ vựng về gia đình: ông bà, cô chú, anh chị em họ
e|Give me a harder exercise on systems of linear equations please
|Em không hiểu số hữu tỉ âm so sánh thế nào, ví dụ -3/4 và -2/3
s|bé nhà mình lớp 6, cần bài luyện phân số so sánh và rút gọn
|Từ vựng tiếng Anh về phương tiện giao thông: xe buýt, xe máy, tàu hỏa, máy bay
s|ôn tập chủ đề trường học tiếng anh: môn học, đồ dùng học tập
|3 người làm xong công việc trong 12 ngày, 4 người làm trong bao lâu?
s|tìm x biết 3x - 7 = 2x + 5
|Cho em 5 câu trắc nghiệm từ vựng chủ đề sở thích và thể thao
s|đường thẳng y = 2x - 3 cắt trục hoành tại điểm nào
t|e lop 7 mun on tu vung tieng anh ve quan ao, cho e bai tap dien tu
|Con tôi học lớp 9 hay sai phần biệt thức delta, cho cháu ít bài luyện nhé
s|chu vi hình chữ nhật dài 12cm rộng 5cm
|Hỏi em từ vựng về cảm xúc: happy, angry, nervous... bằng tiếng Việt đi
s|viết các số sau bằng tiếng anh: 15, 50, 115, và cách nói giờ 7:45
|(-12) + 7 - (-5) = ?
s|Cho em ôn lại phép chia đa thức một biến lớp 8
e|What's the English word for "con trâu", "con cò", "cánh đồng"? Give me more nature and animal words
|Đề: Giải phương trình 2(x - 3) = 4x + 8. Em làm ra x = -7 đúng không ạ?
s|luyện tập hằng đẳng thức đáng nhớ
|Một lớp có 40 bạn, 35% là nữ. Hỏi có bao nhiêu bạn nam?
s|ba mươi phần trăm của 250 là bao nhiêu vậy, em bấm máy không ra
|Cho em từ vựng đi chợ mua sắm tiếng Anh: giá, rẻ, đắt, tiền thối
c|Em là học sinh lớp 8, cô dặn về ôn từ vựng chủ đề sức khỏe (đau đầu, sốt, ho) bằng tiếng Anh, cho em bài ôn với
s|diện tích hình tròn bán kính 7cm lấy pi 3,14
|Tính nhanh: 25 . 37 . 4
s|hai số có tổng 45 hiệu 9, tìm hai số, giải bằng hệ phương trình
|Cho cháu 5 bài dễ về lũy thừa của số hữu tỉ
t|x binh phuong tru 4x cong 4 bang 0 giai sao a
|Thử thách: chứng minh tam giác có cạnh 5, 12, 13 là tam giác vuông
s|mình muốn luyện từ vựng về thời gian: các thứ trong tuần, tháng trong năm
e|Can you quiz me on clothes vocabulary, like shirt, trousers, scarf?
|Hàm số y = -x + 4 đồng biến hay nghịch biến?
s|em học lớp 6 chưa hiểu cộng trừ số nguyên âm lắm, có bài tập cơ bản không
c|Đề bài: Một người gửi tiết kiệm 10 triệu đồng, lãi suất 6% một năm. Sau 1 năm nhận được bao nhiêu tiền? Em lớp 7, giải giúp em
|quy đồng mẫu 2/3 và 5/8
s|Tỉ số của 15 và 25 là bao nhiêu, rút gọn
|Cho em bài ôn tổng hợp đại số lớp 9 để ôn thi học kỳ
s|thầy ơi cho em 10 từ về đồ ăn Việt Nam bằng tiếng Anh
|ôn từ vựng nghề nghiệp
c|Con em lớp 9, điểm toán kỳ này 5,5. Nhờ thầy cho cháu thêm bài luyện phương trình bậc hai để cải thiện
s|một mảnh vườn hình vuông có diện tích 81 m2, tính cạnh và chu vi
|Biểu thức 3x^2y - 2xy + 5 có bậc mấy?
s|bài tập phân số lớp 6
|quiz tu vung gia dinh
|giai x^2 - 9 = 0
c|Một ngân hàng cho vay 100 triệu với lãi suất 8% một năm. Tính tiền lãi sau 1 năm — bài toán lớp 7, em làm ra 800 nghìn có đúng không?
|tu vung chu de clothes
s|ôn hằng đẳng thức
|bai tap so nguyen
t|giai pt bac 2: x2 + 2x - 8 = 0 giup e voi
"""
