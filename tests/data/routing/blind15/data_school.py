# Hand-written questions for school-regs (the invented Trường THPT Hòa Bình). Line format: FLAGS|query
EXPERT = "school-regs"
TEXT = r"""
|Điểm trung bình môn cả năm ở trường mình tính thế nào, học kỳ 2 hệ số mấy?
s|diem tb ca nam duoi 5 mon toan thi co bi o lai lop khong a
|Con em học lớp 11 ở trường Hòa Bình, hạnh kiểm khá thì có được lên lớp không ạ?
s|phuc khao diem kiem tra cuoi ki nop don cho ai, may ngay
|Em bị điểm 3 bài kiểm tra 15 phút, có được làm lại không ạ?
s|thi lai he truong minh to chuc khi nao
|Trường mình vào học lúc mấy giờ, đi muộn bao nhiêu lần thì bị hạ hạnh kiểm?
s|di hoc muon 3 lan bi sao
|Đồng phục thứ 2 có bắt buộc mặc áo dài không ạ?
s|duoc mang dien thoai vao lop khong
|Nhà trường xử lý thế nào nếu học sinh dùng điện thoại trong giờ kiểm tra?
s|danh nhau trong truong bi ky luat the nao
|Xin nghỉ học 2 ngày đi đám cưới chị thì phụ huynh viết đơn gửi ai ạ?
s|nghi khong phep may buoi thi bi o lai lop
|Nghỉ có phép và không phép khác nhau thế nào trong quy chế trường mình?
s|Con toi hoc lop 10 nha truong Hoa Binh, nghi om 1 tuan co giay vien thi co tinh la nghi co phep khong
|Học bổng khuyến học của trường cần điểm trung bình bao nhiêu?
s|mien giam hoc phi cho hoc sinh ho ngheo nop giay to gi cho truong, han chot bao gio
|Em là con thương binh thì được giảm học phí ở trường không, hồ sơ nộp cho ai?
s|thu vien truong mo cua may gio
|Làm thẻ thư viện trường mình cần gì ạ?
s|muon sach thu vien duoc bao lau, gia han the nao
|Trả sách thư viện trễ 1 tuần bị phạt bao nhiêu?
s|lam mat sach thu vien thi den tien sao a
|Em ốm nghỉ đúng hôm kiểm tra giữa kỳ, có được kiểm tra bù không?
s|kiem tra bu co lay diem nhu binh thuong ko
|Lớp 12 học sinh giỏi phải đạt điều kiện gì theo quy chế trường mình?
e|What time does school start at Hoa Binh High School and what happens if I'm late?
e|My son is in grade 11 at Hoa Binh High. How many unexcused absences before he has to repeat the year?
e|How do I renew a library book at our school?
|Nhóm phụ huynh lớp 11A3 hỏi: nhà trường quy định mỗi học kỳ được nghỉ tối đa bao nhiêu buổi?
s|co giao chu nhiem bao phu huynh hoi nha truong ve quy dinh xep loai hanh kiem, cho em hoi tieu chi hanh kiem tot
|Em lớp 12, sắp chọn ngành đại học, nhưng trước hết muốn hỏi: điểm TB lớp 12 ở trường mình tính có cộng điểm nghề không?
t|em bi ghi ten vi ko deo the hoc snh, co bi tru hanh kiem ko a
s|toc nhuom co bi nhac nho khong
|Trường mình có cho đi dép lê vào lớp không?
c|Em ốm 3 ngày, đã khỏi rồi, giờ chỉ hỏi nghỉ ốm có giấy bác sĩ thì có bị tính là nghỉ không phép không.
c|Em muốn xin miễn học phí vì nhà nghèo, đã có giấy chứng nhận hộ nghèo rồi, nộp cho nhà trường trước ngày nào ạ?
|Điểm phúc khảo có thể bị hạ so với điểm cũ không?
s|hoc lai he may mon thi phai o lai
|Bị điểm liệt môn Văn cuối năm thì có phải thi lại hè không?
s|vi pham noi quy lan 2 bi xu ly sao
|học bổng trường hòa bình
s|gio mo cua thu vien
|Phụ huynh có thể xin nghỉ cho con qua tin nhắn Zalo với cô chủ nhiệm được không hay phải viết đơn?
s|Chao thay co, chau toi la hoc sinh lop 10A1, bi dinh chi hoc 3 ngay vi hut thuoc la dien tu, xin hoi quy dinh ky luat cua truong the nao
|Học sinh đạt giải thi học sinh giỏi tỉnh thì có được học bổng hay cộng điểm gì không?
s|han nop ho so hoc bong ky 2 la ngay nao
|Đồng phục thể dục có cần mặc cả tuần không?
s|diem mieng co tinh vao trung binh khong
|Làm lại bài kiểm tra thì điểm tính lần nào, lấy điểm cao hơn hay điểm trung bình?
s|nghi hoc 1 buoi khong xin phep co bi moi phu huynh len khong
|Em đi học muộn vì tắc đường do mưa lũ, có được tính là muộn có lý do không?
s|mat the thu vien lam lai mat bao nhieu tien
|Sách tham khảo có được mượn về nhà không hay chỉ đọc tại chỗ?
e|Can I use my phone during break time at school?
s|Con gai toi lop 11, dang ki thi lai he mon Hoa thi nop don o dau, le phi bao nhieu
|xếp loại học lực giỏi cần những gì
s|dieu kien len lop 11
|Quy định về tóc và trang sức đối với nam sinh như thế nào ạ?
s|phu huynh muon xem lai bai kiem tra cua con thi lien he ai
|Em bị ghi sổ đầu bài vì nói chuyện, có ảnh hưởng hạnh kiểm không?
s|thoi han phuc khao diem thi hoc ky la bao nhieu ngay sau khi cong bo diem
|Con tôi học lớp 12 nghỉ để đi thi năng khiếu ở trường đại học thì có được tính nghỉ có phép không?
s|thi lai he
|xin nghỉ học thế nào
s|phuc khao diem
t|nghỉ khong phép 3 buổi có bị hạ hạnh kiêm ko
st|thu vien truong minh muon sahc dc may cuon 1 lan vay
|giờ vào học trường mình
s|muon sach thu vien
t|xin hoi hoc bổng truong minh can diem trung binh bao nhiu ạ
"""
