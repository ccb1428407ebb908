EXPERT = "school-regs"
ITEMS = """
-|Điểm trung bình môn ở trường mình tính hệ số thế nào ạ, điểm giữa kỳ nhân 2 hả?
s|diem tbm truong minh tinh he so sao
-|Con em học lớp 11 trường Hòa Bình, hạnh kiểm bị xếp loại khá vì đi trễ, có xin xem lại được không?
-|Em muốn phúc khảo bài kiểm tra cuối kỳ môn Văn thì nộp đơn cho ai, hạn mấy ngày?
s|phuc khao bai thi cuoi ky nop don cho ai
-|Học sinh bị mấy môn dưới 5 thì phải thi lại hè, nhà trường quy định sao?
s|may mon duoi 5 thi phai thi lai he
-|Điều kiện lên lớp ở trường THPT Hòa Bình là gì ạ?
-|Trường mình mấy giờ vào học buổi sáng, đi trễ mấy lần thì bị ghi sổ?
s|di tre bao nhieu lan thi bi ha hanh kiem
-|Thứ mấy được mặc đồ thể dục thay đồng phục vậy mấy bạn?
-|Áo khoác ngoài có bắt buộc màu của trường không ạ?
st|ao khoac co bat buoc mau truong ko
-|Trong giờ học dùng điện thoại bị bắt thì có bị tịch thu luôn không?
s|xai dien thoai trong gio bi thu may ngay
-|Con tôi đánh nhau với bạn trong trường, nhà trường sẽ kỷ luật mức nào?
-|Hút thuốc lá điện tử trong trường bị xử lý thế nào?
-|Xin nghỉ học 1 buổi thì phụ huynh viết giấy gửi giáo viên chủ nhiệm hay gọi điện là được ạ?
s|xin nghi hoc 1 buoi phu huynh viet giay hay goi dien
-|Nghỉ không phép bao nhiêu buổi thì bị ở lại lớp?
st|nghi khong phep bn buoi thi o lai lop
-|Nghỉ có phép nhiều quá có ảnh hưởng xét hạnh kiểm không?
-|Con nhà tôi thuộc hộ nghèo thì được miễn học phí ở trường không, nộp giấy gì, hạn khi nào?
s|ho ngheo duoc mien hoc phi khong nop giay gi
-|Học bổng khuyến học của trường xét theo tiêu chí gì, điểm bao nhiêu mới được?
-|Hồ sơ xin giảm học phí cho con thương binh nộp trước ngày nào ạ?
-|Thư viện trường mở cửa mấy giờ, thứ bảy có mở không?
s|thu vien truong mo cua may gio
-|Làm thẻ thư viện cần gì, mất thẻ làm lại có tốn tiền không?
-|Được mượn tối đa mấy cuốn sách, gia hạn thêm được mấy lần?
s|muon sach thu vien duoc bao lau gia han may lan
-|Trả sách trễ 1 tuần bị phạt bao nhiêu?
-|Em lỡ làm mất sách mượn ở thư viện trường, giờ phải đền sao ạ?
st|lam mat sach thu vien truong den sao
-|Hôm kiểm tra 1 tiết em bị sốt nghỉ có phép, có được kiểm tra bù không?
s|nghi co phep hom kiem tra co duoc kiem tra bu khong
-|Bài kiểm tra bị điểm kém có được làm lại để lấy điểm cao hơn không?
-|Thi lại hè mà vẫn không đạt thì sao, có được rèn luyện hè không?
-|Dạ con em lớp 10, bị ghi tên vì không đeo bảng tên, vậy có bị trừ điểm thi đua không nha?
-|Con tôi bị cô chủ nhiệm mời phụ huynh vì dùng điện thoại trong giờ, theo nội quy thì mức xử lý là gì?
-|trễ giờ vào lớp 5 phút có được vào không
-|Đồng phục nữ bắt buộc áo dài thứ mấy trong tuần ạ?
s|nu mac ao dai thu may
-|Muốn xin nghỉ dài ngày 2 tuần để về quê chăm ông ốm thì thủ tục với trường thế nào?
-|Điểm trung bình cả năm tính như nào, học kỳ 2 nhân đôi phải không?
s|tb ca nam hk2 nhan doi phai ko
-|Học sinh giỏi cần đạt hạnh kiểm gì và điểm các môn tối thiểu bao nhiêu?
-|Thầy cô có được cộng điểm thưởng cho học sinh phát biểu nhiều không, quy chế trường mình có không?
-|Học sinh vi phạm nhiều lần có thể bị đình chỉ học không ạ?
-|Nhuộm tóc màu nâu đi học có bị nhắc không?
s|nhuom toc di hoc co bi nhac khong
-|Kỷ luật khiển trách có bị ghi vào học bạ không?
-|Em đi học trễ do xe buýt, có được tính là trễ có lý do không?
-|Hạn chót nộp đơn xin học bổng học kỳ này là ngày nào?
-|Xin miễn giảm học phí phải nộp lại mỗi năm hay chỉ một lần?
-|Sách tham khảo ở thư viện có được mang về nhà không hay chỉ đọc tại chỗ?
-|Làm bài kiểm tra bù thì làm vào lúc nào, đề có khác không?
-|Bị bắt quay cóp trong giờ kiểm tra thì bài bị 0 điểm hả?
s|quay cop bi bat bai bi 0 diem ha
-|Con em lớp 11, nghỉ ốm 3 ngày có giấy bác sĩ, có phải nộp giấy cho trường không ạ?
e|my daughter is in grade 11 at Hoa Binh high school, how many absences are allowed before she has to repeat the year?
e|How late can I return a library book at our school before I get fined?
"""
ITEMS += """
-|Con em lớp 11 được 6.4 điểm trung bình, hạnh kiểm khá, 2 môn dưới 3.5, có được lên lớp không ạ?
s|hoc ky nay em nghi 12 buoi co phep 3 buoi khong phep, co bi sao khong
-|Ai biết cho hỏi thứ 2 chào cờ trường mình mấy giờ phải có mặt?
-|Điện thoại bị giáo viên thu thì bao giờ phụ huynh lên lấy lại được ạ?
"""
ITEMS += """
s|thu vien truong may gio dong cua
-|phạt trả sách trễ
st|dk len lop 11
-|mẫu đơn xin nghỉ học
"""
ITEMS += """
c|Con em bị viêm họng đã khỏi, đi học lại thì cần nộp giấy xin phép cho buổi nghỉ thế nào ạ?
"""
