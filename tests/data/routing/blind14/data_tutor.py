EXPERT = "vn-tutor"
ITEMS = """
-|Mai em kiểm tra 15 phút phân số, cho em 5 bài cộng trừ phân số khác mẫu để luyện với ạ
s|mai kiem tra phan so cho em vai bai luyen
-|Giải giúp em: 3x - 7 = 2x + 5
s|giai pt 3x-7=2x+5
-|Tam giác vuông có hai cạnh góc vuông 6cm và 8cm, cạnh huyền bằng bao nhiêu?
s|tam giac vuong 2 canh 6 va 8 canh huyen bao nhieu
-|Cho em bài tập hệ phương trình bậc nhất hai ẩn khó hơn chút được không
e|Quiz me on English words about the weather, please
e|Give me 10 words about jobs in English with Vietnamese meanings
-|Ôn tập từ vựng tiếng Anh chủ đề gia đình lớp 6
s|on tu vung tieng anh chu de family
-|Đố em 10 từ tiếng Anh về đồ ăn thức uống nha, em lớp 7
-|Giải phương trình x² - 5x + 6 = 0
s|giai x^2 - 5x + 6 = 0
-|Em học lớp 9, cho em bài về hàm số y = 2x - 3, vẽ đồ thị thế nào ạ?
-|tính 2/3 + 5/6
-|Số nguyên âm cộng số nguyên âm ra âm hay dương, cho em mấy bài luyện
s|cong tru so nguyen am lop 6 bai tap
-|Một lớp có 40 học sinh, 35% là nữ. Hỏi có bao nhiêu bạn nữ?
st|1 lop 40 hs 35% la nu hoi bao nhieu ban nu
-|Rút gọn biểu thức (x+2)² - (x-2)²
-|Cho em bài tập dễ hơn về tỉ lệ thuận đi, bài nãy khó quá
s|bai tap ti le thuan de hon
-|Căn bậc hai của 144 là bao nhiêu, cho thêm vài bài căn bậc hai
-|Tính diện tích hình thang có đáy lớn 10cm, đáy nhỏ 6cm, chiều cao 4cm
s|dien tich hinh thang day 10 day 6 cao 4
-|Lũy thừa 2 mũ 10 bằng mấy, mình ôn lũy thừa lớp 6 với
-|Con tôi học lớp 8, nhờ ra cho cháu một đề nhỏ về nhân đa thức
-|Từ vựng tiếng Anh về bộ phận cơ thể: đầu gối, khuỷu tay, vai là gì?
s|dau goi khuy tay vai tieng anh la gi
-|Em sắp thi học kỳ, cho em ôn từ vựng chủ đề trường học (school) lớp 6
-|English words for clothes: áo khoác, quần short, dép tiếng Anh là gì?
-|Kiểm tra em 10 từ vựng chủ đề phương tiện giao thông nhé
st|kiem tra tu vung chu de phuong tien giao thong di
-|Tìm x biết 2^x = 32
-|3 công nhân làm xong việc trong 12 ngày, 9 công nhân làm trong mấy ngày? (tỉ lệ nghịch)
s|3 cong nhan lam 12 ngay 9 cong nhan lam may ngay
-|Giải hệ: x + y = 10; x - y = 4
-|Cho em câu hỏi trắc nghiệm từ vựng tiếng Anh chủ đề cảm xúc (feelings)
-|Chu vi hình chữ nhật dài 12m rộng 7m
-|Em hay nhầm dấu khi nhân số hữu tỉ, cho em luyện thêm
-|Đồ thị hàm số y = ax + 1 đi qua điểm A(2; 5), tìm a
s|do thi y=ax+1 di qua A(2;5) tim a
-|Vocabulary about animals: con voi, con rùa, con cá heo in English?
-|Lop 7 dang hoc ti le thuc, cho minh bai tap ve day ti so bang nhau
-|Phân tích đa thức thành nhân tử: x² - 9
-|giá cũ 200 nghìn, giảm 15%, giá mới bao nhiêu? bài toán phần trăm lớp 6
s|gia 200 nghin giam 15% con bao nhieu
-|Hỏi nhanh: từ 'thợ điện' với 'y tá' tiếng Anh là gì? chủ đề nghề nghiệp
-|Em muốn ôn từ vựng về sở thích và thể thao, hỏi em từng từ một nhé
st|on tu vung so thich the thao hoi tung tu 1
-|Tiếng Anh chủ đề mua sắm: "tính tiền", "giảm giá", "tiền thối" nói sao?
-|Cho em bài toán về định lý Pytago ứng dụng thực tế, cái thang dựa vào tường ấy
-|Ôn chủ đề thiên nhiên tiếng Anh: núi, sông, rừng
-|Tính nhẩm (-15) + 27 - (-8)
-|Cho bài tập giải phương trình bậc hai bằng công thức nghiệm, mức khó
-|Biểu diễn các ngày trong tuần và tháng trong năm tiếng Anh, ôn thời gian và số đếm
s|cach doc so va gio bang tieng anh lop 6
-|Tiếng Anh chủ đề nhà cửa: phòng khách, nhà bếp, phòng tắm
-|Một bạn lớp 7 đang cày bài trước giờ kiểm tra: đổi 0,125 ra phân số tối giản
-|Diện tích hình tròn bán kính 5cm lấy pi 3,14
-|x/4 = 9/12 tìm x
-|Cho em thêm bài nữa giống bài vừa rồi nhưng số lớn hơn
-|Hằng đẳng thức (a-b)³ khai triển ra sao, cho bài áp dụng
"""
ITEMS += """
-|cho em bài phân số
s|quiz tu vung chu de food
-|bài khó hơn đi
st|on tap pytago lop 8
-|từ vựng về quần áo
"""
ITEMS += """
c|Ra cho em bài toán phần trăm kiểu gửi tiết kiệm 10 triệu lãi 6% một năm, hỏi sau 1 năm được bao nhiêu
sc|tu vung tieng anh chu de suc khoe: dau dau, sot, ho
"""
