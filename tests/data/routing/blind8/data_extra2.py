# Third batch, hand-written: more terse items and realistic typos (phone typing), per expert.
EXTRA = {
"vn-address": [
"~p ben thanh q1 moi",
"~phuong 11 quan binh thanh cu gio thuoc phuong naoo #t",
"xã mới của Quốc Oai",
"Phường Nguyễn Thái Bìhn quận 1 giờ thuộc phường nào? #t",
"~dia chi nay o phuong nao: 36 Hang Bum Hoan Kiem #t",
],
"vn-health-triage": [
"~be bi phat ban",
"Bé nhà e bị nôn ói, tieu chảy từ tối qua, mệt lả, khám khoa nàoo #t",
"đau bụng trên rốn",
"Con tôi bị sốt cao, khó thỏ, môi tím tái #t",
"~kham khoa nao khi bi dau da dya keo dai #t",
],
"vn-identity": [
"~bien 29A tinh nao",
"~sdt 0865 432 109 la mang viettle hay vina #t",
"số cccd 12 số nghĩa gì",
"Kiểm tra số CCCD 0792030011223 có hơp lệ không #t",
"~so the visa 4916 2389 1234 5670 co hop lee ko vay #t",
],
"vn-procedures": [
"~lam can cuoc lan dau",
"~thu tuc dang ki thuong tru cho vo ve nha chông can gi #t",
"thủ tục tạm vắng",
"~thu tuc cap so do lan dau cho dat thau ke #t",
"Chứng thực bản sao hộ chíu ở đâu #t",
],
"vn-tutor": [
"~tu vung thoi tiet",
"Cho em bài tâp tìm x: 2(x - 3) = x + 4 #t",
"ôn phân số lớp 6",
"Giải giúp em hệ phương trìn 3x + y = 7 và x - y = 1 vs ạ #t",
"~cho em bai tap so nguyne lop 6 de hon ti #t",
],
"bank-cskh": [
"~quen pass app",
"Mình bị khóa thẻ vì nhâp sai mã PIN, mở lại thế nàoo #t",
"khóa thẻ tín dụng",
"~bi khoa tai khoan dang nhap app do nhap sai mat kahu nhieu lan #t",
"Gửi tiết kiệm kì hạn 6 tháng lãi xuất bao nhiêu #t",
],
"school-regs": [
"~thi lai he",
"~cho e hoi thi lai mon toan he nay lich thi ngay nao vay, e bi truot hoc ki 2 #t",
"giờ vào lớp buổi chiều",
"Con em lớp 11 nghỉ ốm 5 ngày có cần giấy bác sĩ nộp trườg ko #t",
"~thu vien truong phat tre hna bao nhieu tien 1 ngay #t",
],
}
