# Hand-written questions for school-regs (invented Trường THPT Hòa Bình). Format per line: flags|query
EXPERT = "school-regs"
RAW = r"""
-|trường mình đi học muộn mấy lần thì bị hạ hạnh kiểm?
s|con em hoc lop 11 truong Hoa Binh, nghi om 3 ngay thi xin phep the nao
-|Điểm trung bình môn cả năm tính như thế nào, học kỳ 2 nhân hệ số mấy?
s|bi diem kem muon phuc khao bai kiem tra hoc ky thi nop don o dau, han bao lau
-|Nghỉ không phép bao nhiêu buổi thì bị ở lại lớp ạ?
-|Kính gửi nhà trường, gia đình tôi thuộc hộ nghèo, xin hỏi hồ sơ miễn giảm học phí gồm những gì và hạn nộp đến ngày nào.
t|tr mình có cho mag đt vào lớp ko mn
-|thư viện trường mở cửa mấy giờ
s|muon sach thu vien duoc bao lau, gia han may lan
-|Em làm mất sách thư viện thì phải đền thế nào ạ?
-|Học sinh lớp 12 có phải mặc đồng phục thứ Bảy không?
s|em bi om hom kiem tra 1 tiet, co duoc kiem tra bu khong
-|Học bổng khuyến khích học tập của trường xét theo tiêu chí gì ạ?
-|Con tôi học lớp 10, hạnh kiểm khá mà học lực giỏi thì có được học sinh giỏi không?
s|thi lai mua he dang ky khi nao, thi may mon
e|What time does school start at Hoa Binh High School and what happens if I'm late?
-|Trả sách thư viện trễ một tuần bị phạt bao nhiêu?
-|mấy môn dưới 5 thì phải thi lại hè ạ
s|lam the thu vien o dau, can anh the khong
-|Đánh nhau trong trường bị kỷ luật mức nào?
-|Em là học sinh dân tộc, nhà ở bản xa, có được giảm học phí hay học bổng gì ở trường mình không?
s|xin nghi hoc 1 tuan de ve que dam cuoi anh trai co duoc khong
-|Bài kiểm tra bị chấm thiếu điểm, em muốn xem lại bài thì gặp ai?
-|Ở trường Hòa Bình đi học bằng xe máy điện có bị cấm không, nội quy nói sao?
s|nghi co phep nhieu co anh huong hanh kiem khong
-|Điều kiện lên lớp 12 là gì ạ?
t|con e bị thu đt trong giờ học, bao h trường tra lạị
-|Nhuộm tóc đi học có bị kỷ luật không?
s|hoc sinh lop 10 duoc nghi bao nhieu buoi 1 nam
c|Làm lại bài kiểm tra 15 phút được không nếu điểm thấp?
c|Con tôi mồ côi cha, xin miễn học phí cần giấy tờ gì, nộp cho ai?
s|lich thi lai he nam nay cua truong khi nao
-|Hạnh kiểm yếu thì có được lên lớp không?
e|How many library books can a student borrow at once?
-|phụ huynh xin cho con nghỉ qua Zalo cô chủ nhiệm được không hay phải viết đơn
s|di hoc tre 10 phut co bi ghi so khong
-|Em bị ghi tên vì không đeo phù hiệu, có ảnh hưởng hạnh kiểm không?
-|Xét học bổng học kỳ 1 có cần điểm trung bình trên 8.0 không ạ?
s|hoc ky 2 neu nghi qua 45 buoi co bi o lai khong
-|Thi học kỳ trùng ngày đi thi học sinh giỏi tỉnh thì có được thi bù không?
-|Em quay cóp bị bắt, bài kiểm tra bị 0 điểm, có được kiểm tra lại không?
s|quy dinh dong phuc ngay thu hai cua truong minh
-|Phụ huynh hỏi: hạn nộp hồ sơ học bổng năm nay là ngày nào?
-|Em ở lại lớp có được học lại ở trường mình không?
s|muon sach qua han bi khoa the thu vien khong
-|Làm sao để phúc khảo điểm học kỳ môn Văn, phí bao nhiêu?
-|Cô cho hỏi điểm rèn luyện hạnh kiểm được đánh giá theo những mục nào?
c|Con em đau dạ dày nằm viện 1 tuần, xin nghỉ dài ngày thì cần giấy tờ gì nộp trường?
s|di hoc tre 3 lan trong 1 thang bi phat gi
-|trường có giờ ra chơi mấy phút, mấy giờ tan học buổi chiều
-|Sách giáo khoa cũ có mượn được ở thư viện trường mình không?
s|con em hoc lop 12, bi diem 4 mon Toan ca nam, co duoc thi lai khong
-|Đi học đeo khuyên tai có vi phạm nội quy không?
-|Điểm kiểm tra thường xuyên có bao nhiêu đầu điểm mỗi học kỳ?
t|mat the thu vien lam lai o dau va ton bao nhieu tein z
c|Con nhà em là con thương binh, có được giảm học phí ở trường mình không?
s|neu khong dong phuc dung quy dinh thi bi tru diem thi dua khong
-|Bị cảnh cáo trước toàn trường thì có bị lưu vào học bạ không?
-|Nghỉ có phép vì đi thi đấu thể thao cho tỉnh có bị tính vào số buổi nghỉ không?
-|Dùng điện thoại tra cứu trong giờ học khi cô cho phép thì có sao không?
"""
