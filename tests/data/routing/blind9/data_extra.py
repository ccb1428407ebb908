# Hand-written top-up questions, mostly terse and typo-laden phone-style. Format: flags|expert|query ("none" = out of scope)
RAW = r"""
s|vn-address|phuong 12 tan binh gio ten gi
-|vn-address|xã Tân Hiệp Hóc Môn mới
t|vn-address|p.tân dinh q1 moi la fường j
s|vn-address|dia chi moi phuong Cua Nam
-|vn-address|Hà Nam nhập tỉnh nào
s|vn-address|mã xã mới Đông Hưng Thái Bình
t|vn-address|dia chj 12 nguyen truj phuong ben thanh
-|vn-address|P.Yên Hòa Q.Cầu Giấy giờ là gì
-|vn-health-triage|đau ngực khó thở
s|vn-health-triage|be sot 40 do co giat
-|vn-health-triage|đau bụng dưới bên phải
s|vn-health-triage|con bi tieu chay non oi
t|vn-health-triage|bị chóng mặt buồn nôn hoài, khám khoa nào zậy
-|vn-health-triage|tê yếu nửa người
s|vn-health-triage|dau lung lan xuong chan
c|vn-health-triage|Mình bị đau họng sốt, nên khám khoa nào chứ không hỏi giá khám nha
-|vn-identity|0978 mạng gì
s|vn-identity|cccd 079 la tinh nao
-|vn-identity|biển 30G là xe đâu
t|vn-identity|ktra mst 0301234568 dumg
s|vn-identity|luhn 4539 1488 0343 6467
-|vn-identity|đầu số 086 nhà mạng nào
c|vn-identity|Chỉ cần giải thích giúp 12 số căn cước 001301009876 nói lên điều gì, không hỏi thủ tục làm lại
-|vn-procedures|làm hộ chiếu mất bao lâu
s|vn-procedures|doi bang lai xe may
-|vn-procedures|thủ tục sang tên sổ đỏ
s|vn-procedures|dang ky khai sinh can gi
t|vn-procedures|lam ly lich tu phap mat bao lau, lẹ phí bn
-|vn-procedures|nhập hộ khẩu cho con
s|vn-procedures|tro cap that nghiep nop o dau
c|vn-procedures|Cấp lại căn cước vì hỏng chip thì mang gì đi, mất phí không? Tôi không hỏi số căn cước nghĩa là gì.
-|vn-tutor|ôn tập phân số lớp 6
s|vn-tutor|tu vung tieng anh ve gia dinh
-|vn-tutor|đố em từ vựng chủ đề trường học
s|vn-tutor|giai pt x^2 - 4x + 3 = 0
t|vn-tutor|cho e bai tap hàm sô bac nhat vs
-|vn-tutor|bài khó hơn đi thầy
s|vn-tutor|quiz tu vung thoi tiet
c|vn-tutor|Không phải hỏi nội quy đâu, em chỉ muốn cô ra 5 câu luyện tỉ lệ thức để ôn kiểm tra
-|bank-cskh|quên mật khẩu app
s|bank-cskh|ko nhan dc otp
-|bank-cskh|mở tài khoản online
s|bank-cskh|lai suat gui tiet kiem 12 thang
t|bank-cskh|phí chuyênr khoản liên ngân hàng bn
-|bank-cskh|khóa thẻ gấp
s|bank-cskh|vay mua xe tra gop
c|bank-cskh|Tôi không hỏi số thẻ có hợp lệ không, chỉ cần khóa thẻ ghi nợ vừa bị trộm thôi
-|school-regs|xin nghỉ học 2 ngày
s|school-regs|gio mo cua thu vien truong
-|school-regs|thi lại hè mấy môn
s|school-regs|di hoc muon bi gi
t|school-regs|hs lop 11 mang dien thọai vô lớp bị j
-|school-regs|phúc khảo điểm thi học kỳ
s|school-regs|han nop ho so hoc bong truong minh
c|school-regs|Con em học lớp 11 trường Hòa Bình, nghỉ ốm có giấy bác sĩ rồi, chỉ hỏi buổi đó tính có phép hay không phép
-|none|tỷ giá yên nhật
s|none|xo so mien bac hom nay
-|none|giá vàng hôm nay
s|none|thoi tiet ha noi mai
-|none|hát cho tôi nghe
s|none|lich chieu phim cgv
e|none|hello there
e|none|what's the weather like
-|none|tra điểm thi đại học
s|none|phat loi vuot den do
-|none|visa đi Nhật
s|none|gia co phieu vnm
"""
RAW += r"""
s|vn-address|quan 9 cu gio la gi
-|vn-address|phường Thảo Điền mới
s|vn-address|xa Tam Thanh Phu Quy
t|vn-address|phuong 5 quan phu nhuan ba giờ nhập vô đâu
-|vn-health-triage|con ho khò khè
s|vn-health-triage|noi me day khap nguoi
-|vn-health-triage|bỏng dầu sôi
t|vn-health-triage|dau dau du doi, cuong cổ, sôt cao, đi đâu khám
s|vn-health-triage|ho ra mau
-|vn-identity|biển 83 tỉnh nào
s|vn-identity|check cccd 001098012345
t|vn-identity|sdt 0335 mạngg gì zay
-|vn-identity|mã BHYT GD là gì
-|vn-procedures|đăng ký tạm trú online
s|vn-procedures|cap lai so bhxh
-|vn-procedures|xin giấy phép xây nhà
t|vn-procedures|lam can cuoc cho be 6 tuoi can j ko a, co phai dan bo me di kg
s|vn-procedures|ho so thai san
-|vn-tutor|luyện định lý Pytago
s|vn-tutor|tu vung ve nghe nghiep
-|vn-tutor|rút gọn 12/18
t|vn-tutor|giair hpt x+y=5, x-y=1 giup e vs
-|bank-cskh|thẻ bị nuốt
s|bank-cskh|app bi khoa dang nhap
-|bank-cskh|vay mua nhà lãi suất
t|bank-cskh|quên mât khẩu internet bankinh
-|school-regs|gia hạn sách thư viện
s|school-regs|dong phuc thu 2
-|school-regs|nghỉ không phép hậu quả
t|school-regs|kiem tra bu lam sao a, e nghi ôm hom thu 6 ma
s|none|ngay mai mua ko
-|none|tỷ số MU tối qua
s|none|may gio roi
-|none|iphone 16 pro max giá bao nhiêu
"""
