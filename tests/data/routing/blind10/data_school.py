# Hand-written questions for school-regs (Trường THPT Hòa Bình). Line format: FLAGS | query
EXPERT = "school-regs"
RAW = r"""
- | Dạ em chào thầy cô, con em học lớp 11A3, mai cháu bị ốm không đi học được thì phụ huynh xin phép qua Zalo cho giáo viên chủ nhiệm có được không ạ?
s | trường mình đi học muộn mấy lần thì bị hạ hạnh kiểm vậy
- | Điểm trung bình môn cả năm ở trường mình tính thế nào, học kỳ 2 nhân hệ số 2 đúng không?
s | nghi hoc khong phep 3 buoi co bi moi phu huynh len truong ko a
- | Em bị 4,8 điểm trung bình môn Toán cả năm thì có phải thi lại hè không, thi lại vào tháng mấy?
s | thư viện trường mở cửa mấy giờ, thứ 7 có mở không
- | làm thẻ thư viện trường
e | How many days can I borrow a book from the school library and how do I renew it?
c | Con tôi học lớp 10 ở trường, gia đình thuộc hộ nghèo thì có được miễn học phí không, nộp giấy tờ gì, hạn khi nào?
s | em làm mất sách của thư viện trường thì phải đền như thế nào ạ
- | Trường mình có cho dùng điện thoại trong giờ học không? Bị thu điện thoại thì bao giờ được trả?
s | hom kiem tra 1 tiet em nghi om co giay bac si, duoc kiem tra bu khong
- | Em thấy bài kiểm tra giữa kỳ Văn bị chấm thiếu điểm, muốn xin phúc khảo thì làm đơn gửi ai, trong mấy ngày?
s | Đồng phục thứ 2 trường mình mặc áo dài hay áo sơ mi vậy mọi người
- | Học bổng khuyến khích học tập của trường xét theo điều kiện gì? Học lực giỏi hạnh kiểm tốt là được à?
t | trả sách thư viên trễ phạt bao nhiêu
s | Con tôi lớp 12 bị đánh giá hạnh kiểm khá vì hay đi muộn, xin hỏi nhà trường quy định đi muộn bao nhiêu lần thì xuống khá?
- | Học sinh nghỉ quá bao nhiêu buổi trong năm thì không được lên lớp?
e | If I fail the end-of-year average in two subjects, can I still be promoted to grade 12 at Hoa Binh High School?
s | truong minh vao hoc luc may gio, tre qua 15 phut co duoc vao lop ko
c | Em là con thương binh, có được giảm học phí không ạ? Hồ sơ nộp cho phòng nào?
s | Kỳ trước em bị điểm 2 bài 15 phút môn Hóa, có được làm lại bài không?
- | Cô giáo chủ nhiệm lớp 10A1 muốn nhắc phụ huynh về quy định xin nghỉ phép: phụ huynh phải báo trước bao lâu và nộp đơn ở đâu?
s | gia hạn sách thư viện qua mạng được không hay phải mang lên
- | Đánh học sinh khác trong trường thì bị kỷ luật mức nào?
s | em hoc lop 11 muon xin nghi 1 tuan di dam cuoi o que co dc ko, co tinh la nghi co phep khong
- | Điều kiện để được lên lớp ở trường là gì: học lực, hạnh kiểm, số buổi nghỉ?
s | nhuộm tóc màu nâu đi học có bị nhắc nhở không ạ
- | thi lại hè môn Lý
- | Bỏ kiểm tra không có lý do chính đáng thì sao, có được kiểm tra bù không?
- | Con em nghỉ học có phép 10 buổi vì mổ ruột thừa, có ảnh hưởng xếp loại hạnh kiểm không?
s | Nộp hồ sơ xin học bổng của trường hạn chót ngày nào, cần giấy xác nhận gì
- | Em bị ghi tên vì không đeo phù hiệu, vi phạm mấy lần thì bị kỷ luật?
st | muon phuc khao diem thi hoc ky thi mat phi ko aj
- | Thẻ thư viện bị mất thì làm lại ở đâu, có mất tiền không?
s | Mình là phụ huynh, con đang học lớp 11 trường Hòa Bình. Muốn hỏi nếu cháu bị hạnh kiểm yếu học kỳ 1 thì có phải rèn luyện hè không?
- | Mỗi lần được mượn tối đa mấy cuốn sách ở thư viện trường?
- | xin nghỉ học
s | học sinh mang điện thoại vào phòng thi kiểm tra học kỳ thì bị xử lý ra sao
c | Con tôi bị ốm phải nghỉ đúng hôm kiểm tra cuối kỳ môn Anh. Nhà trường có cho kiểm tra bù không, vào lúc nào?
e | Is there a tuition reduction for students from ethnic minority families at our school?
s | diem tb mon tinh lam tron may chu so thap phan vay
- | Thi lại hè mà vẫn không đạt thì có phải học lại lớp không ạ?
s | quy định về việc hút thuốc lá điện tử trong trường mình thế nào
- | Làm sao để được xét miễn học phí nếu bố mẹ mất việc giữa năm học?
s | con em học lớp 10, lỡ đi học trễ vì kẹt xe, có cần phụ huynh viết giấy không
t | Nghỉ không phép có bị trừ điểm hạnh kiễm không?
s | thu vien truong co cho muon sach giao khoa ca nam ko
- | Em muốn hỏi điểm kiểm tra thường xuyên có được làm lại để cải thiện không?
c | Không phải trường đại học nha, em hỏi trường THPT Hòa Bình mình: học sinh giỏi cả năm thì được học bổng bao nhiêu?
s | đơn xin nghỉ học mẫu của trường có không, hay tự viết tay cũng được
- | Giờ ra chơi có được ra cổng mua đồ ăn không?
e | My son is in 11th grade at Hoa Binh. He was caught using his phone in class; what's the penalty?
- | Hạnh kiểm được đánh giá mấy mức và ai là người quyết định?
s | em bị đình chỉ học 3 ngày thì có được làm kiểm tra bù các bài trong thời gian đó không
- | giờ mở cửa thư viện
sc | con e nghi hoc di benh vien, co phai nop giay ra vien cho co chu nhiem ko
c | Học sinh diện cận nghèo có được giảm học phí 50% không, nộp giấy tờ ở phòng nào?
s | Em bị điểm 0 vì quên nộp bài tiểu luận, giờ có cách nào xin làm lại không
- | Ở trường mình, học sinh lớp 12 có phải mặc đồng phục thể dục vào giờ thể dục không?
s | mượn sách thư viện quá hạn 2 tuần thì có bị khóa thẻ không
- | Buổi chiều trường mình học từ mấy giờ đến mấy giờ, thứ 7 có phải đi học không?
s | lịch thi lại hè năm nay khi nào, đăng ký ở đâu
- | Con tôi bị bạn bắt nạt trên lớp, nhà trường xử lý kỷ luật thế nào theo nội quy?
s | trung bình các môn đạt 6.5 mà có môn dưới 5 thì xếp học lực gì
s | phúc khảo điểm
- | quy định đồng phục trường mình
s | học bổng trường mình
- | kiểm tra bù khi nào
s | mất thẻ thư viện
"""
