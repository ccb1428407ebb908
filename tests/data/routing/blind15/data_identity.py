# Hand-written questions for vn-identity. Line format: FLAGS|query
EXPERT = "vn-identity"
TEXT = r"""
|Số CCCD 001089012345 cho biết gì về người mang nó: tỉnh nào, nam hay nữ, sinh thế kỷ nào?
s|cccd 079301004567 la nam hay nu
|kiểm tra cccd 040195003311
|Căn cước của tôi là 046156001234, số này có hợp lệ không?
s|So can cuoc 002299007788 cua em co dung la dang ky o Ha Giang khong a
|CMND cũ 9 số 186234567 là cấp ở tỉnh nào?
s|mst 0312345678 co dung check digit khong
|Mã số thuế 8012345678 là của cá nhân hay doanh nghiệp? Kiểm tra giúp chữ số kiểm tra.
|Số 0983 456 123 là mạng gì?
s|0356789012 la viettel hay vina
|Sđt 0888 123 456 thuộc nhà mạng nào vậy?
s|so 0703456789 mang gi
|Kiểm tra giúp số thẻ 4111 1111 1111 1111 có qua thuật toán Luhn không.
s|so the 9704 0512 3456 7890 co hop le ko, luhn
|Biển số 37A-456.78 là xe tỉnh nào?
s|bien so 75F1-234.56 la o dau
|Xe biển 23B1-567.89 là biển Hà Giang đúng không?
|Biển 51G-123.45 thuộc tỉnh/thành phố nào?
e|Which province does the licence plate 29A-888.66 belong to?
e|Is 079203012345 a valid Vietnamese citizen ID number? What does it encode?
e|Which carrier is the phone number 0912 345 678?
|Mã thẻ BHYT DN4797912345678 có ý nghĩa gì, đối tượng nào?
s|the bhyt ma TE1010123456789 la cua tre em phai khong, giai thich cac ky tu giup
|Giải thích chuỗi VietQR này: 00020101021238570010A000000727012700069704220113012345678901230208QRIBFTTA53037045405500005802VN6304ABCD
s|chuoi QR chuyen khoan nay ghi so tien bao nhieu, ngan hang nao: 000201010212385400...
c|Tôi làm nail ở Mỹ về, CCCD cũ 034189004455 còn dùng được không? Chỉ hỏi số này hợp lệ và mã tỉnh nào thôi.
|Ông tôi nhờ cháu gõ: số CMND 190123456 của ông cấp ở Huế phải không?
s|Bà em là người Mông ở Hà Giang, số căn cước là 002163009876. Số này cho biết bà sinh thế kỷ 20 và là nữ đúng không ạ?
|số điện thoại 0569 123 456 là mạng gì
s|0867 111 222 mang nao
|Chữ số thứ 4 trong CCCD 048300112233 nghĩa là gì?
s|cccd 0012980334455 co 13 so la sai phai ko
|CCCD 079 là mã TP.HCM phải không?
s|ma 040 tren can cuoc la tinh nao
|Mã số thuế cá nhân của tôi là 8765432109, tôi muốn kiểm tra nó có đúng định dạng không.
s|kiem tra mst doanh nghiep 0108765432-001 la chi nhanh hay cong ty me
|Tôi là shipper ở Thủ Đức, khách đưa số 0779 888 000, mạng Mobi hay Viettel vậy?
|Biển số 43C-112.23 của xe tải là đăng ký ở Đà Nẵng hả?
s|xe bien 59X3-123.45 la quan nao o sai gon
|Dãy 5105 1051 0510 5100 có phải số thẻ tín dụng hợp lệ theo Luhn không?
c|Số thẻ ngân hàng của tôi 9704 3612 3456 7891, chỉ nhờ kiểm tra số này hợp lệ thôi, không cần khóa thẻ.
|Số 084 trong số điện thoại 0845 678 910 là đầu số của nhà mạng nào?
s|Thang chau gui cho toi so 0398 765 432 bao la so cua no, mang gi vay
|Giải thích cấu trúc 12 số căn cước công dân
s|so can cuoc dau 0 roi den 3 chu so tinh, so thu 4 la gi
e|Check this card number with the Luhn algorithm: 4532 0151 1283 0366
|Mã BHYT HT2797920012345 là đối tượng hưu trí à?
s|the bhyt cua me toi ma GD4... chu GD nghia la gi
|kiem tra so dien thoai 0938000111
|biển 30K-999.99
s|bien 37 la tinh nao
|Biển số xe máy của thợ sửa xe ở Vinh thường bắt đầu bằng 37 đúng không, biển 37E1-234.56 là Nghệ An phải không?
s|xin chao, cho hoi cccd 031095001122 la nam sinh nam 1995 o Hai Phong phai khong, cam on
|Mã QR VietQR khác QR thường thế nào, chuỗi này có trường 54 là số tiền phải không: ...5405150005802VN...
c|Tôi nhận được mã số thuế 0311111111 từ đối tác, giúp kiểm tra xem có đúng định dạng không (tôi không hỏi thủ tục đăng ký).
|Số điện thoại 0599 123 456 là Gmobile phải không?
s|so cmnd 9 so va cccd 12 so khac nhau the nao ve cach ma hoa
|Căn cước số 001305012345 là nữ sinh sau năm 2000 phải không?
|kiem tra gium so the 4111 1111 1111 1112 co dung ko, e nghi go nham 1 so
e|What does the first letter pair in health insurance code "HS4010012345678" mean?
s|bien 92A-345.67 tinh nao
|Ông nhà tôi hỏi: số điện thoại bàn 0234 3823456 có mã vùng 234 là tỉnh nào? Còn số di động 0914 234 567 mạng nào?
c|Người ta gửi tôi mã QR chuyển tiền, tôi chỉ muốn đọc xem trong chuỗi đó số tài khoản và tên ngân hàng nhận là gì: 00020101021138...0006970436011410123456789...
|Số CCCD con gái tôi 001318004567, số 3 ở vị trí thứ tư là gì?
s|mst ca nhan 10 so hay 12 so
|0977 123 456 mạng gì
s|bien so 29C-456.78
|Kiểm tra MST 0109876543
t|cccd 07930100455 có hợp lê ko
st|so dt 0326 999 888 la mnag j vay
s|luhn 4111111111111111
|mã tỉnh CCCD 048
|biển 51K-678.90 ở đâu
t|bien so 37A-123.45 la xe tinh nao vây, nghe an hả
"""
