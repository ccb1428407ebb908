# Hand-written questions for vn-tutor. Line format: FLAGS|query
EXPERT = "vn-tutor"
TEXT = r"""
|Cho em 5 bài luyện tập về phân số lớp 6 với ạ
s|giai giup em pt 2x + 5 = 17
|Giải hệ phương trình: x + y = 10 và 2x - y = 5
s|cho e bai tap dinh ly pytago lop 8, kho hon ti
|Tam giác vuông có hai cạnh góc vuông 6 cm và 8 cm, tính cạnh huyền.
s|x^2 - 5x + 6 = 0 giai sao a
|Em học lớp 9, ôn phương trình bậc hai, cho em vài bài có tham số m.
|Quiz em từ vựng tiếng Anh chủ đề gia đình đi
s|kiem tra tu vung tieng anh chu de thoi tiet giup em
e|Give me 10 English words about food and drink with Vietnamese meaning, I'm in grade 7.
e|Can you quiz me on vocabulary about jobs? I'm in year 8.
|Ôn tập tỉ lệ thuận, tỉ lệ nghịch lớp 7 cho em
s|tinh 3/4 + 5/6 - 1/2
|Một cửa hàng giảm giá 20% chiếc áo 250.000 đồng, hỏi giá sau giảm? Giải giúp em.
s|bai nay kho qua: tim x biet |x - 3| = 7
|Vẽ đồ thị hàm số y = 2x - 1 thế nào ạ?
s|ham so bac nhat y = ax + b di qua diem A(1;3) va B(2;5), tim a b
|Cho em bài dễ hơn về số nguyên âm, em chưa hiểu cộng trừ số âm
s|cong tru so am lop 6 de hieu
|Chủ đề trường học tiếng Anh có những từ nào hay dùng? Cho em danh sách và đố em luôn.
s|hoi em 10 tu tieng anh ve quan ao
|Tính diện tích hình thang có đáy lớn 12 cm, đáy nhỏ 8 cm, cao 5 cm.
s|chu vi hinh chu nhat dai 15 rong 9
|Rút gọn biểu thức (x + 2)^2 - (x - 2)^2
s|phan tich da thuc thanh nhan tu x^2 - 9
|Căn bậc hai của 144 là bao nhiêu, và √50 rút gọn thế nào?
s|luy thua 2^5 . 2^3 bang bao nhieu
|Em lớp 8 sắp thi giữa kì, ôn giúp em hằng đẳng thức đáng nhớ, cho bài tập tự luyện.
t|tim x: 3(x-2) = 2x + 7 giai dumm e vs
s|e hoc ngu qua, cho e bai de de ve phan tram di
|Con tôi học lớp 6 ở Hà Giang, tiếng Anh còn yếu, nhờ bạn cho cháu luyện từ vựng chủ đề động vật.
|Cho em luyện từ vựng tiếng Anh về phương tiện giao thông
s|tu vung tieng anh chu de so thich va the thao
|Giải bài toán: Hai người cùng làm một công việc trong 6 giờ thì xong. Người thứ nhất làm một mình mất 10 giờ. Hỏi người thứ hai làm một mình mất bao lâu?
s|bai toan chuyen dong lop 9 lap he phuong trinh, cho em 1 bai co loi giai
|Nói tiếng Anh "cảm thấy lo lắng", "hào hứng", "buồn chán" là gì? Đố em thêm vài từ về cảm xúc.
c|Em học lớp 9, bài hôm nay là tính lãi: gửi 10 triệu lãi 6% một năm, sau 1 năm được bao nhiêu? Em chỉ cần cách làm phần trăm thôi.
c|Anh trai em làm shipper hỏi: giao 45 đơn một ngày, mỗi đơn 15 nghìn, 1 tuần 6 ngày thì được bao nhiêu? Em lớp 6 muốn luyện dạng toán này.
|tỉ lệ thức là gì, cho ví dụ lớp 7
s|so huu ti lop 7 bai tap
|pt bậc 2
s|on tap he pt
|từ vựng chủ đề mua sắm
s|quiz tu vung body
|Hôm nay em muốn ôn giờ giấc và số đếm trong tiếng Anh, kiểu "quarter past seven".
s|Chao thay, em lop 8 o Vinh, bo em sua xe may. Em muon luyen tu vung tieng Anh ve nha cua (home), thay cho em bai tap nhe
|Tìm hai số biết tổng là 45 và hiệu là 9.
|Một hình vuông có chu vi 36 m thì diện tích bao nhiêu?
s|cho em bai kho ve dinh ly Pitago trong thuc te, vi du cai thang dua vao tuong
e|Solve 3x - 7 = 2x + 4 and explain each step please
e|Quiz me on words about nature: river, forest, mountain...
|Đề bài: Tính giá trị biểu thức A = 2x^2 - 3x + 1 tại x = -2
s|da thuc P(x) = 3x^3 - 2x + 5, bac cua da thuc la may
|Cho em phương trình bậc hai để luyện dùng công thức nghiệm Δ
ts|cho minh vai cau hoi tu vunng ve thoi tiet va mua, lop 6 a
|Chia 120 cái kẹo theo tỉ lệ 2:3:5 cho ba bạn, mỗi bạn bao nhiêu?
s|tinh nhanh 25 x 37 x 4
|Em lớp 7 thấy phân số âm khó quá, giảng lại giúp em -2/3 so với -3/4 cái nào lớn hơn
c|Con lớp 9 ở trường cấp 2 hỏi: hệ phương trình này giải bằng phương pháp thế như nào, 3x + 2y = 12, x - y = -1
s|ko hieu he so goc cua duong thang la j, giai thich va cho bai tap
|Luyện tập các từ tiếng Anh về bộ phận cơ thể: head, shoulder, knee... cho em thêm 10 từ nữa
s|Em lop 7, thi tieng Anh chu de do an, co the hoi em nghia cua may tu nhu "noodles, pork, fish sauce" ko
|Cho em thêm bài khó hơn đi, bài vừa rồi dễ quá (phương trình bậc nhất)
s|hinh tron ban kinh 7cm tinh chu vi va dien tich
s|giai pt 3x - 9 = 0
|đố từ vựng chủ đề thời tiết
s|bai tap pytago lop 8
t|cho e bai luyen phna so lop 6 vs, de thui
st|giai hpt x+y=5, x-y=1 gimu em voi
s|on tap phan so
|từ vựng chủ đề nghề nghiệp
"""
