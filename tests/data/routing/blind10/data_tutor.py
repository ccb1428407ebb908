# Hand-written questions for vn-tutor. Line format: FLAGS | query
EXPERT = "vn-tutor"
RAW = r"""
- | Mai em kiểm tra 15 phút phương trình bậc hai rồi, cho em 5 bài luyện nhanh với ạ!
s | giai giup em: 2x + 5 = 3x - 7
- | phân số lớp 6 bài tập
s | cô ơi cho em ôn từ vựng tiếng Anh chủ đề gia đình, hỏi em từng từ một nha
- | Tính cạnh huyền tam giác vuông có hai cạnh góc vuông 6 cm và 8 cm, giải thích từng bước giúp em.
s | giai he phuong trinh x + y = 10 va x - y = 4 giup e voi mai ktra r
e | Can you quiz me on English words about the weather and seasons? I'm in grade 7.
- | Em làm mãi không ra: rút gọn biểu thức (x + 3)^2 - (x - 3)^2.
s | cho mình mấy bài dễ hơn về tỉ lệ thức, mấy bài nãy khó quá
- | Một cửa hàng giảm giá 20% chiếc áo giá 250.000 đồng. Hỏi giá sau khi giảm? Giải giúp em theo kiểu lớp 6.
s | vẽ đồ thị hàm số y = 2x - 1 như thế nào ạ
t | từ vựng tiếng anh về nghề ngiệp
s | tim x biet x^2 - 5x + 6 = 0, giai bang delta giup em
c | Con em học lớp 8, cô giáo bảo yếu phần hằng đẳng thức. Có thể cho cháu luyện vài bài từ dễ đến khó không?
s | Quiz em 10 từ tiếng Anh về đồ ăn thức uống, em trả lời tiếng Việt nha
- | Căn bậc hai của 144 cộng căn bậc hai của 81 bằng bao nhiêu?
s | cho em vài bài luyện cộng số nguyên âm lớp 6
s | mai thi hk rồi, ôn giúp e phần diện tích hình thang với hình tròn
- | Bài: Hai xe đi ngược chiều từ A và B cách nhau 180 km, vận tốc 40 km/h và 50 km/h. Sau bao lâu gặp nhau? Lập hệ hoặc phương trình giúp em.
st | lũy thửa 2^5 . 2^3 bằng bao nhiu
- | Cho em bài tập khó hơn về hàm số bậc nhất, kiểu tìm m để hai đường thẳng song song.
s | tiếng Anh chủ đề trường học: cái thước kẻ, cục tẩy, bảng đen nói sao
- | ôn tập số hữu tỉ lớp 7
se | What's the English word for "áo khoác" and "quần jean"? Quiz me on clothes vocabulary please.
s | Một lớp có 40 học sinh, số học sinh nữ chiếm 45%. Tính số học sinh nam?
- | Em đang học lớp 9, cho em một đề luyện 10 câu về phương trình bậc hai có đáp án để tự chấm.
s | phan tich da thuc thanh nhan tu x^3 - 4x giup e
- | Kiểm tra em từ vựng tiếng Anh về con vật và thiên nhiên, mức dễ thôi ạ.
s | 3/4 + 5/6 = ? giải thích cách quy đồng giúp em
- | chia đa thức lớp 8
- | Tỉ lệ bản đồ 1:50000, khoảng cách trên bản đồ là 4 cm thì ngoài thực tế bao nhiêu km?
s | Em là giáo viên, muốn xin vài bài luyện tập định lý Pitago có lời văn cho học sinh lớp 8 ôn ở nhà.
sec | how do you say "đau đầu" and "đau bụng" in English? body and health words please
- | Hôm nay học từ vựng chủ đề sở thích và thể thao đi, cho em 8 từ rồi kiểm tra lại.
st | giai phuong trihn 3(x-2) = 2x + 5
- | Mình lớp 6, không hiểu số nguyên âm trừ số nguyên âm. Giải thích đơn giản + bài tập nhé.
s | Chu vi hình chữ nhật là 48 cm, chiều dài hơn chiều rộng 6 cm. Tính diện tích.
- | từ vựng tiếng anh mua sắm
s | Cho em thêm bài khó hơn nữa về hệ phương trình, mấy bài kia em làm đúng hết rồi.
- | Em bị nhầm giữa "tomorrow" và "yesterday", với cách nói giờ trong tiếng Anh, ôn giúp em chủ đề thời gian và con số.
st | tinh 15% cua 360 nhnah nhu the nao a
e | Solve for x: 5x - 3 = 2(x + 6). Show steps.
- | Giá trị của biểu thức 2x² - 3x + 1 tại x = -2 là bao nhiêu?
s | Tối nay em phải học hết từ vựng unit 3 về nhà cửa: phòng khách, bếp, gác mái… đố em đi
- | Ba người làm xong công việc trong 12 ngày. Hỏi 4 người làm xong trong bao nhiêu ngày? (tỉ lệ nghịch)
s | con hỏi mấy từ về cảm xúc trong tiếng Anh: vui, buồn, lo lắng, giận
- | cho bài tập căn bậc hai lớp 9
s | tim m de phuong trinh x^2 - 2x + m = 0 co 2 nghiem phan biet
- | Em hay quên từ vựng phương tiện giao thông, luyện theo kiểu điền từ còn thiếu được không ạ?
s | Tính diện tích tam giác có đáy 12 cm, chiều cao 7 cm, rồi cho em 3 bài tương tự.
e | I need vocabulary about family members for my English test tomorrow: aunt, cousin, nephew... quiz me
- | So sánh -3/5 và -2/3, giải thích giúp em.
s | đường thẳng y = ax + b đi qua hai điểm (1; 3) và (2; 5), tìm a, b
c | Không phải bài tiếng Anh ngữ pháp đâu ạ, em chỉ cần học thuộc 10 từ chủ đề thời tiết: nắng, mưa, sương mù...
- | Nhân đơn thức với đa thức: 3x(2x² - x + 4)
s | cho e de on tap chuong so thap phan va phan tram lop 6 vs a
- | Hai số có tổng 75, tỉ số là 2/3. Tìm hai số đó.
s | Ôn lại nhân chia số hữu tỉ giúp em được không, em lớp 7 mà quên sạch rồi
- | rút gọn phân số 36/48
- | Cho em bài Pitago khó hơn, kiểu cái thang dựa vào tường ấy.
- | Mình muốn ôn lại chủ đề tiếng Anh về quần áo và mua sắm bằng trò chơi hỏi đáp nhanh.
s | Tính (-2)^3 + (-3)^2 - 4^0
- | Em lớp 9, giải giúp: một mảnh vườn hình chữ nhật có diện tích 240 m², chiều dài hơn chiều rộng 4 m. Tính các kích thước.
- | đố em từ vựng động vật
s | luyện phương trình bậc nhất
- | bài tập Pitago dễ
s | Em đang thức khuya ôn bài, mai kiểm tra tỉ lệ thuận tỉ lệ nghịch, cho em 3 bài ngắn kèm đáp số để em tự check nha
- | quiz từ vựng thời tiết
s | giải x^2 - 9 = 0
- | bài tập phần trăm lớp 6
"""
