# Hand-written questions for vn-identity. Line format: FLAGS|query
EXPERT = "vn-identity"
DATA = """
|Số căn cước 079203004517 của tôi cho biết tôi sinh ở tỉnh nào, thế kỷ nào, nam hay nữ?
s|kiểm tra giúp số cccd 001098012345 có hợp lệ không
|0912 345 678 là mạng gì
s|số 0387 654 321 nhà mạng nào vậy bạn
|Biển số 51G-123.45 là xe đăng ký ở tỉnh nào?
s|bien 74-B1 234.56 la xe o dau
e|Is 4111 1111 1111 1111 a valid card number by the Luhn check?
|Mã số thuế 0312345678 có đúng chữ số kiểm tra không?
s|mã thẻ BHYT HS4790123456789 nghĩa là gì, chữ HS và số 4 là sao
|CMND cũ 9 số 271234567 là cấp ở tỉnh nào?
s|Em là người Chăm ở An Giang, số căn cước của em bắt đầu 089, có phải mã An Giang không ạ
|Chuỗi VietQR này là của ngân hàng nào, số tài khoản gì: 00020101021238570010A000000727012700069704220113012345678901230208QRIBFTTA53037045802VN6304A1B2
s|số điện thoại 0869 112 233 là viettel hay mobi
|biển 75A-045.67 tỉnh nào
s|Ông tôi đọc số chứng minh 2 chín 1 2 3 4 5 6 7, cho hỏi số này của tỉnh nào cấp
t|so cccd 03820500123 co 11 so thoi co sai khong
|Mình nhận được mã QR chuyển khoản trong nhóm Zalo phụ huynh, dán chuỗi đây, xem giúp tên ngân hàng và số tiền: 00020101021238540010A00000072701240006970436011000123456780208QRIBFTTA5303704540650000058 02VN6304F3C1
s|số thẻ 9704 1234 5678 9012 có qua được Luhn không
c|Số 0702 888 999 gọi cho tôi bảo từ ngân hàng, đây là số của nhà mạng nào?
|Căn cước 038305001122 — chữ số thứ 4 là 3 thì người này nam hay nữ, sinh thế kỷ nào?
e|Which province does the plate 29A-888.88 belong to?
s|MST cá nhân 8012345678 có hợp lệ không
|Mã số thuế 10 số và 13 số khác nhau thế nào? Ví dụ 0101234567-001 là gì?
s|xe khách biển 43B-012.34 là của tỉnh nào, tui chạy xe ôm ở Huế hay gặp
|Số 0523 456 789 là mạng Vietnamobile đúng không?
s|thẻ bhyt của con tôi mã TE1791234567890, chữ TE nghĩa là gì
|Kiểm tra giúp số căn cước 096185007788 có hợp lệ không và mã 096 là tỉnh nào?
t|bien so 47C-12345 la xe tinh nao vay a, xe cho ca phe vao
|Số CCCD của anh tôi 036090012345, xin hỏi người này sinh năm bao nhiêu?
s|đầu số 0589 là của mạng nào
|Số tài khoản trong mã QR này có khớp với tên không: 00020101021138620010A000000727013200069704070118VCB0123456789 0208QRIBFTTA53037045802VN6304ABCD
s|số cmnd 025123456 là cấp ở đâu
e|Can you check if tax code 0109876543 has a correct check digit?
|Biển 65-K1 123.45 là xe máy ở Cần Thơ phải không?
s|mình muốn biết số 0976 543 210 đăng ký nhà mạng nào, sợ bị lừa
|Mã BHYT DN4010203040506 của tôi thuộc đối tượng nào và quyền lợi mức mấy?
s|Tôi là thợ xây ở Thanh Hóa, căn cước 038087009911, có phải mã 038 là Thanh Hóa không
c|Số thẻ 5123 4567 8901 2346 mà tôi nhập trên web bị báo sai — kiểm tra giúp dãy số đó có hợp lệ theo Luhn không?
|079 là mã tỉnh nào trên căn cước?
s|biển số xe 94-H1 567.89 là Bạc Liêu hay Sóc Trăng
|Căn cước 00120400 1234 — sao có khoảng trắng, đủ 12 số chưa?
s|so dien thoai 0328 111 222 mang gi
|Dãy 001304056789 là căn cước của người sinh năm 2000 trở đi phải không?
t|kiem tra gium ma so thue 03l2345678 (chu l hay so 1 em cung ko ro)
s|em ở Nhật, số điện thoại Việt Nam cũ 0909 876 543 là mạng nào vậy ạ, em quên mất
|biển 81B1-234.56
|Căn cước của tôi số 066175003344, mã 066 có phải Đắk Lắk không?
s|mã thẻ bảo hiểm y tế GD4661234567890 là đối tượng gì
e|What does the 12-digit Vietnamese ID number 048199001234 tell me?
|Số tài khoản thẻ 4000 1234 5678 9010 có đúng định dạng thẻ Visa không?
s|thẻ atm 9704 0500 1234 5678 thuộc ngân hàng nào, kiểm tra luhn giúp
|Biển số 92A-678.90 là xe ở Quảng Nam cũ hả?
s|số 0848 222 333 là vinaphone à
|CMND 9 số và CCCD 12 số của cùng một người có liên quan nhau không? CMND tôi 212345678, CCCD 051085006677
s|biển xanh 80B-012.34 là xe cơ quan nào
t|sdt 0933 44 55 66 ma0ng gi
|Mã QR trên hóa đơn tiền điện có phải VietQR không, đọc giúp: 00020101021238560010A0000007270126000697041501120123456789010208QRIBFTTA53037045802VN62150811TIEN DIEN6304C0DE
s|căn cước 092199012345 này là nam hay nữ
|Mã số thuế hộ kinh doanh của tôi là 6001234567, số 60 đầu là gì?
s|con tôi mới làm căn cước số 079312001234, số 3 ở vị trí thứ tư là sao
|0772 345 678 là mạng nào?
s|0359 123 456 mạng gì
|bien 30K-123.45
s|check cccd 001201009988
s|mst 0301234567 hợp lệ?
|Biển số 29 là Hà Nội, thế biển 88A-123.45 là tỉnh nào?
c|Thẻ ATM số 9704 3600 1122 3344 mẹ tôi để lại, số này có đúng không hay bị ghi sai một chữ số?
|0943 555 666 mang nao
|cccd 079 la tinh nao
|luhn 4111111111111111
t|bien so 59-X2 123.45 cua tinh nao z ban
"""
