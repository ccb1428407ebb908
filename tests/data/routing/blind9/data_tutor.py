# Hand-written questions for vn-tutor. Format per line: flags|query
EXPERT = "vn-tutor"
RAW = r"""
-|giải phương trình 3x - 7 = 11
s|cho em vai bai tap ve phan so lop 6 voi a
-|Em học lớp 7, ra cho em 5 câu về tỉ lệ thuận tỉ lệ nghịch nha
s|giai he 2x + y = 7 va x - y = 2
-|Kiểm tra từ vựng tiếng Anh chủ đề gia đình cho em đi cô
e|Quiz me on English words about the weather, I'm in grade 7.
-|Tam giác vuông có hai cạnh góc vuông 6cm và 8cm, cạnh huyền bằng bao nhiêu?
s|em lop 9 on thi vao 10, cho em bai phuong trinh bac hai kho hon chut
-|x² - 5x + 6 = 0 giải sao ạ
-|con tôi lớp 6 yếu phần số nguyên âm, cho cháu vài bài luyện tập dễ thôi
s|tu vung tieng anh ve do an va do uong, cho e 10 tu
-|Em là người Mông, học lớp 8, em chưa hiểu hằng đẳng thức, thầy giảng lại cho em dễ hiểu
-|Tính diện tích hình thang đáy lớn 12 đáy nhỏ 8 cao 5
s|bai nay lam sao: 20% cua 350 la bao nhieu
-|Cho hàm số y = 2x - 3, vẽ đồ thị thế nào và cắt trục tung ở đâu?
t|cho e mấy từ tiếng anh chủ đề trừong học vs ạ, e lớp 6
-|căn bậc hai của 144
-|Rút gọn biểu thức (x+2)² - (x-2)²
s|on tap luy thua lop 7 giup em, ra de nhieu cau nhe
e|Give me some easy vocabulary about jobs with Vietnamese meanings.
c|Một cửa hàng giảm giá 15% chiếc áo 240 nghìn, hỏi giá sau giảm? Em muốn hiểu cách làm.
-|hỏi em từ vựng chủ đề phương tiện giao thông đi
s|phan tich da thuc x^2 - 9 thanh nhan tu
-|Bài này sai chỗ nào: 2/3 + 3/4 = 5/7
-|Em chán học toán quá, cho em bài nào dễ dễ về tỉ số phần trăm thôi
s|3 cong nhan lam xong cong viec trong 12 ngay, 4 cong nhan thi bao nhieu ngay
c|Cho em ôn từ tiếng Anh về cơ thể và sức khỏe, kiểu headache, stomach ache đó
-|Tìm x biết |x - 3| = 5
s|chu vi hinh chu nhat dai 15 rong 9 la bao nhieu
-|Từ "niece" nghĩa là gì, cho em thêm mấy từ gia đình khó hơn
-|Giải hệ phương trình bằng phương pháp thế: x + 2y = 5; 3x - y = 1
e|Can you give me harder linear equation problems? Grade 8.
s|tu vung ve cam xuc tieng anh lop 7
-|Con muốn luyện thêm bài toán có lời văn về phương trình bậc nhất
-|số hữu tỉ -3/5 với -4/7 số nào lớn hơn
s|delta bang bao nhieu thi phuong trinh co nghiem kep
-|Đố em 10 từ tiếng Anh về các mùa và thời tiết, em trả lời rồi thầy chấm
-|Tính: (-12) + 7 - (-5) × 2
t|cho e bai tap dinh ly pitago nag cao vs, lop 8 a
-|Tìm đường thẳng đi qua A(1;2) và song song với y = 3x + 1
s|cho em tu tieng anh ve quan ao, mua sam
-|2 mũ 10 bằng bao nhiêu, có mẹo nhớ lũy thừa của 2 không
-|Ôn tập chủ đề động vật và thiên nhiên tiếng Anh, cho em dạng trắc nghiệm
-|Thầy ơi đa thức bậc mấy: 3x²y + 2xy³ - 5
s|con toi hoc lop 9 nho ra de on he phuong trinh
-|Diện tích hình tròn bán kính 7cm (lấy π = 3,14)
-|Cho em từ vựng tiếng Anh chủ đề sở thích và thể thao, kèm phiên âm
s|chia ti le 3:5 so tien 240 nghin
-|Một bể nước có tỉ lệ bản đồ 1:100... à không, em hỏi: bản đồ tỉ lệ 1:50000, 4cm ngoài thực tế là bao nhiêu km?
-|Kiểm tra giúp em bài: 0,(3) đổi ra phân số là 1/3 đúng không
e|What's the English word for "con hổ", "con voi", "con khỉ"? Give me more animal words.
-|Cho em bài tập về số đo thời gian và số đếm bằng tiếng Anh, kiểu "a quarter past seven"
s|bai tap nhan da thuc voi da thuc lop 8 de thoi
-|Tìm giá trị của m để phương trình x² - 2x + m = 0 có hai nghiệm phân biệt
-|con lớp 6, hỏi: quy đồng mẫu hai phân số 5/12 và 7/18 thế nào
s|phuong trinh 5(x - 2) = 3x + 4 giai chi tiet
-|Ôn từ vựng về nhà cửa: phòng khách, phòng bếp, cái tủ lạnh tiếng Anh là gì?
c|Em cần đề luyện 15 phút hàm số bậc nhất
t|tam giac vuong canh huyen 13 mot canh 5 tin canh con lai
-|Cho em chơi trò đoán từ tiếng Anh chủ đề nghề nghiệp
s|tinh nhanh 25 x 37 x 4
"""
