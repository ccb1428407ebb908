# Hand-written questions for school-regs (Trường THPT Hòa Bình). Line format: FLAGS|query
EXPERT = "school-regs"
DATA = """
|Con em học lớp 11 trường mình, điểm trung bình môn được tính thế nào ạ?
s|Hạnh kiểm khá thì có được lên lớp không nếu học lực trung bình
|Thưa cô, em muốn phúc khảo bài kiểm tra giữa kỳ môn Văn thì làm đơn gửi ai, trong mấy ngày?
s|trường mình mấy giờ vào học buổi sáng, đi trễ bao nhiêu phút thì bị ghi tên
|đi học muộn 3 lần bị xử lý sao
s|Thứ hai có bắt buộc mặc áo dài không hay chỉ đồng phục thường
e|Is it allowed to use phones in class at Hoa Binh High School?
|Phụ huynh trên nhóm Zalo lớp 10A3 hỏi: con tôi ốm, xin nghỉ học phải nộp đơn hay chỉ cần nhắn cô chủ nhiệm?
s|nghỉ không phép bao nhiêu buổi thì bị ở lại lớp
|Học bổng khuyến học của trường xét theo tiêu chí gì, hạn nộp hồ sơ khi nào?
s|nhà em thuộc hộ nghèo, xin miễn giảm học phí ở trường cần những giấy gì ạ
|Thư viện trường mở cửa mấy giờ?
s|mượn sách thư viện được bao lâu, gia hạn thế nào
t|lm mat sach thu vien truong thi phai den bao nhieu
|Trả sách trễ 1 tuần bị phạt bao nhiêu?
s|Em bị ốm hôm kiểm tra 15 phút, có được kiểm tra bù không ạ
|Thi lại hè năm nay tổ chức khi nào, môn nào dưới mấy điểm thì phải thi lại?
s|con tôi lớp 12, bị kỷ luật khiển trách vì đánh nhau, có ảnh hưởng xếp loại hạnh kiểm cả năm không
|Làm thẻ thư viện cho học sinh lớp 10 mới vào cần gì?
s|điểm trung bình cả năm tính hệ số học kỳ 2 gấp đôi phải không
|Trường mình có cho học sinh đi xe máy điện đến trường không?
s|nội quy trường có cấm nhuộm tóc không ạ
e|My daughter is in grade 10 at your school. How many excused absences are allowed before it affects her promotion?
|Em bị bắt gặp dùng điện thoại trong giờ kiểm tra, hình thức xử lý là gì?
s|Học sinh có được làm lại bài kiểm tra nếu điểm thấp không hay chỉ khi vắng có phép
t|lop 11 truong minh hoc luc kha ma hanh kiem trung binh thi co duoc hs tien tien ko
|Xin nghỉ 3 ngày đi đám cưới chị gái thì có được tính là nghỉ có phép không?
s|Mẹ em hỏi: học phí học kỳ 2 đóng hạn cuối ngày nào, con bà là con thương binh có được giảm không
|Quên thẻ học sinh thì có được vào cổng không?
s|Học sinh được phép nghỉ tối đa bao nhiêu buổi trong năm
|Em muốn xin xem lại bài thi học kỳ môn Toán vì thấy cộng điểm sai
s|con tôi đi học mặc áo khoác không phải của trường có bị phạt không
c|Nhà trường có tổ chức học thêm hay phụ đạo cho học sinh phải thi lại hè không, hay tự ôn?
|giờ tan học chiều
s|Bạn em bị đình chỉ học 1 tuần vì hút thuốc lá điện tử, nội quy quy định thế nào
|Học sinh lớp 11 thi lại hè mà vẫn dưới điểm một môn thì có được lên lớp 12 không?
s|chào thầy, em là học sinh lớp 10A5, em xin phép hỏi nếu em bị ốm nằm viện 2 tuần thì thủ tục xin nghỉ và học bù thế nào ạ
|Điều kiện để được xét học bổng học sinh giỏi của trường là điểm trung bình bao nhiêu?
s|thu vien truong co cho muon sach ve nha cuoi tuan khong
|Bao nhiêu điểm trung bình thì đạt học lực giỏi theo quy chế trường?
e|What time does the school library close on Saturdays?
s|nhuộm tóc highlight có bị trừ điểm thi đua không
|Hồ sơ xin miễn học phí cho con mồ côi nộp cho ai, bao giờ hết hạn?
s|Con em bị điểm 2 môn Hóa bài 1 tiết vì quên mang máy tính, có được làm lại không
|Mang điện thoại vào lớp mà để tắt trong cặp có bị sao không?
s|Mình là phụ huynh, con bị ốm sốt mà cô bảo nghỉ quá 45 buổi phải lưu ban. Xin hỏi số buổi nghỉ tính cả có phép không
|Học sinh có thể đề nghị xem xét lại xếp loại hạnh kiểm cuối năm không?
t|em di tre bi ghi so dau bai, nhu vay bi tru hanh kiem ko a
|Gia hạn sách thư viện online được không hay phải mang sách lên?
s|năm nay trường có học bổng cho học sinh dân tộc thiểu số không, bạn em là người Chăm
|Nếu không tham gia thi lại hè thì có bị ở lại lớp không?
s|kiem tra bu mon anh lich khi nao
c|Con tôi lớp 11 đạt học sinh giỏi, muốn xin học bổng của trường thì cần mẫu đơn gì và nộp cho ai?
|Học sinh vi phạm lần đầu thì bị nhắc nhở hay ghi sổ luôn?
s|Thẻ thư viện mất làm lại mất phí không
|Ba em đi làm xa, đọc em gõ: xin phép cho con nghỉ học 2 ngày để về quê chịu tang ông nội, cần giấy tờ gì không
s|mấy giờ đóng cổng trường buổi chiều
|Có phải kỳ này kiểm tra thường xuyên chỉ lấy 4 cột thôi không?
s|đồng phục thể dục có bắt buộc mặc giày thể thao không
|Em lỡ làm rách sách giáo khoa mượn của thư viện trường thì đền thế nào?
s|Con tôi bị ốm không đi thi học kỳ được, nhà trường có tổ chức thi bù không
s|nội quy đồng phục
|giờ mở cửa thư viện
s|phạt trả sách trễ
|thi lại hè
c|Con tôi học lớp 11 trường mình bị sốt nên nghỉ 3 hôm, đã khỏi rồi. Nghỉ như vậy có bị tính không phép không, cần nộp giấy gì?
s|con em được 7,5 điểm trung bình môn Toán học kỳ 1, 6,0 học kỳ 2 thì cả năm được bao nhiêu theo cách tính của trường
|xin nghi hoc the nao
s|kiểm tra bù
|lam the thu vien
t|truong minh cho nghi bao nhieu buoi co phep trong 1 hk vay ak
s|Dạ em chào thầy cô, em là mẹ của bé Ngọc lớp 10A7, em xin lỗi nhắn tin giờ này. Cháu thích đọc sách lắm, tuần nào cũng lên thư viện trường, nhưng tuần trước cháu làm mất một cuốn truyện mượn của thư viện. Cho em hỏi giờ phải đền thế nào ạ, em cảm ơn.
"""
