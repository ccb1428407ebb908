# Hand-written questions for vn-identity. Line format: FLAGS | query
EXPERT = "vn-identity"
RAW = r"""
- | Số căn cước 079203004512 cho biết người này sinh ở tỉnh nào, nam hay nữ?
s | cho minh hoi so cccd 001185012345 co hop le khong
- | mã tỉnh 036 trong CCCD là tỉnh nào
s | Biển số 65A-123.45 là xe tỉnh nào vậy mọi người?
t | Số 0388123456 là mạnh gì?
s | mst 0312345678 check giup minh so kiem tra co dung ko
- | Mã số thuế cá nhân 8012345678 của kế toán nhà máy có đúng định dạng không? Check giúp chữ số kiểm tra.
e | Is the card number 4111 1111 1111 1111 valid according to the Luhn check?
sc | thẻ bhyt của con em mã HS4797912345678 thì chữ HS với số 4 nghĩa là gì
- | 0905 xxx là nhà mạng nào, số 0905123987 ấy
s | CCCD của bà tôi là 094058001234, số 2 ở vị trí thứ tư nghĩa là gì, sinh thế kỷ nào?
- | biển 83 là tỉnh nào
- | Chuỗi VietQR này thanh toán cho ngân hàng nào, số tiền bao nhiêu: 00020101021238540010A00000072701240006970436011001234567890208QRIBFTTA53037045405500005802VN6304AB12
st | so cmnd cu 9 so 025123456 la cap o dau vya a
- | Xe tải biển 29C-456.78 đậu trước cửa quán cà phê nhà mình mấy hôm nay, biển 29 là ở đâu?
s | Mình có số điện thoại 0868 222 111 gọi lừa đảo, số này mạng gì
- | Số CCCD 12 số của tôi bắt đầu 092, có phải Cần Thơ không?
e | What province does licence plate 43A-567.89 belong to?
- | Mình nhập số thẻ 9704 1234 5678 9012 trên web mà báo sai, có phải thẻ không qua được Luhn không?
s | mã số thuế doanh nghiệp 0109876543-001 có đuôi -001 là sao, đó là chi nhánh à
- | 0792 là mạng gì
- | Sao số căn cước của em trai sinh năm 2005 lại có chữ số thứ 4 là 2 còn của em sinh 1998 là 0?
s | bien so 94C1-234.56 la xe o soc trang dung k
- | Tôi vừa về từ Hàn Quốc, lục ra số CMND cũ 9 số 186543210, số này do tỉnh nào cấp vậy?
s | đọc giúp mã ngân hàng với số tài khoản trong chuỗi QR này: 00020101021138570010A000000727012700069704220113 0123456789...
- | Mã thẻ BHYT "GD4797920123456" thì GD là đối tượng gì?
- | Biển xe máy 59-X3 123.45 là quận nào ở TP HCM?
s | cccd 031300009876 là nữ hay nam, sinh năm bao nhiêu (khoảng)
e | Which carrier is 0981234567?
- | Chữ số thứ 4 của căn cước là 3 có nghĩa là nữ sinh thế kỷ 21 phải không?
s | so the 5200 8282 8282 8210 co hop le theo thuat toan luhn ko ah
c | Khách chuyển khoản bằng mã QR mà app báo "mã không hợp lệ", chuỗi là 000201010212... — kiểm tra giúp cấu trúc VietQR có đúng không?
sc | Ông nội tôi hưởng lương hưu, thẻ BHYT mã HT2797912345678. HT là diện gì, số 2 là mức hưởng bao nhiêu phần trăm?
- | sdt 0559 123 456 mạng gì
- | Kiểm tra giúp mã số thuế 031234567 (9 số) có thiếu số không?
c | Em không hỏi thủ tục, chỉ muốn biết số căn cước 038096001122 có đúng định dạng không thôi.
s | biển 74 là tỉnh nào, còn biển 75 nữa
- | Xe khách biển 51B-012.34 chở tụi mình về miền Tây, 51B là loại xe gì?
e | Does this Vietnamese ID number 001099012345 look valid? What does it tell me?
- | Số 0333 là Viettel đúng không?
s | mình muốn biết 3 số đầu 089 trong căn cước là tỉnh An Giang hay Đồng Tháp
- | Số CCCD của con gái 2 tuổi là 079324001234, sao số thứ tư lại là 3?
s | mst ca nhan cua minh la 8765432109 nhung web thue bao sai, check dum cai so cuoi
c | Thẻ ATM của mình số 9704 0512 3456 7890, 9704 là thẻ nội địa Napas phải không?
s | 0708 123 456 là mạng Mobi hay Vina
- | Biển số đỏ 80A là xe của cơ quan nào?
- | Tại sao số điện thoại 0163 cũ giờ thành 033?
- | Kiểm tra giúp mã số thuế 0101243150 có đúng chữ số kiểm tra không?
sc | Xe máy biển 43-E1 234.56 của anh tài xế xe ôm là đăng ký ở Đà Nẵng hay Quảng Nam cũ?
- | cccd 068 tỉnh nào
s | ma the bhyt TE1797912345678 la tre em duoi 6 tuoi phai khong a
c | Số thẻ Visa 4532 7153 3790 1241 mình ghi vội có sai số nào không, kiểm tra Luhn giúp.
s | Người ta gửi mình chuỗi QR chuyển khoản, mình muốn đọc ra tên ngân hàng bin 970415 là ngân hàng nào
- | Số 0976 543 210 thuộc Viettel hả anh chị?
- | căn cước 12 số gồm những phần gì
s | CCCD 052190008765 có phải người Bình Định không, sinh năm 1990 đúng không
- | Biển 60 với biển 61 là Đồng Nai và Bình Dương đúng không?
c | Tôi không cần làm lại giấy, chỉ muốn biết số CMND 9 số 361234567 của má tôi ngày xưa cấp ở tỉnh nào.
s | biển 92A-111.22 tỉnh nào vậy
st | sdt 0377 8899 00 la mang gj vay
c | Mã số thuế hộ kinh doanh quán cà phê của em là 8456123709, em muốn kiểm tra đúng cấu trúc 10 số không.
s | con số cuối cùng của mst dùng để làm gì, tính sao
- | Biển số LD là xe gì vậy, thấy biển 51LD-123.45
- | 0345678901 mạng gì
s | biển số 68 tỉnh nào
- | mst 10 số hay 13 số
s | cccd 079 la o dau vay
- | check cccd 001203004567
s | biển 51G-123.45 tỉnh nào
- | luhn 4111111111111111
- | 0866 mạng nào
"""
