# Hand-written questions for vn-identity. Format per line: flags|query
EXPERT = "vn-identity"
RAW = r"""
-|số căn cước 079203014568 là nam hay nữ, sinh thế kỷ nào?
s|kiem tra giup cccd 001185023417 co hop le khong
-|0912 345 678 mạng gì
s|so 0365 112 908 la nha mang nao vay
-|Mã số thuế 0312345678 có đúng định dạng và số kiểm tra không?
-|biển số 51G-123.45 là xe tỉnh nào
s|bien 29A-456.78 la xe ha noi dung ko
-|Số thẻ 4111 1111 1111 1111 có qua được kiểm tra Luhn không?
c|Mã thẻ BHYT DN4797912345678 nghĩa là gì, chữ DN với số 4 là sao?
e|Is 038195004321 a valid Vietnamese citizen ID number? Which province does it encode?
e|Which carrier is 0707 889 123?
-|CMND 9 số 025678123 là cấp ở tỉnh nào vậy?
s|ma so thue ca nhan 8012345671 kiem tra giup
-|Chuỗi VietQR này là của ngân hàng nào, số tiền bao nhiêu: 00020101021238570010A000000727012700069704360113012345678900208QRIBFTTA530370454061500005802VN6304ABCD
-|biển số 65B1-234.56
s|bien so 59X3-123.45 la xe o dau, chu X la gi
-|Căn cước của con tôi số 092312006789, số này có nghĩa sinh năm nào, ở đâu?
-|sdt 0868 123 456 viettel hả
t|kiem tra gium so can cuoc 04520600123 co dung k, e nghi thieu so
-|Tại sao căn cước của tôi bắt đầu bằng 034 trong khi tôi sinh ở Hà Nội?
s|bo so the BHYT HS 4 79 ... chu HS nghia la gi
-|Mình muốn kiểm tra số thẻ ATM 9704 3612 3456 7890 có phải số thẻ thật (đúng checksum) không
-|0589 234 567 là Vietnamobile phải không?
e|What does the number 2 in the fourth digit of a CCCD mean?
c|Mã số doanh nghiệp 0108765432-001 có nghĩa là chi nhánh à?
s|cccd 052196007788 nu hay nam
c|Biển xe 43A-567.89 là ở Đà Nẵng đúng không, tôi chạy Grab thấy hay gặp
-|Làm sao biết một số CCCD là giả hay thật qua các chữ số?
s|dau so 0981 la mang gi, con 0777 thi sao
-|Mã QR chuyển khoản này có hợp lệ không, mình dán chuỗi ở dưới: 00020101021138540010A00000072701240006970422011012345678905802VN53037046304F1E2
-|biển số 94C-012.34 là tỉnh gì
s|the bhyt cua con toi ma TE1 la gi vay
-|Số căn cước 001099012345 có hợp lệ không? Hai số 09 ở giữa là gì?
-|mst 0401234567 của công ty nào tỉnh nào đăng ký
-|Thuê bao 0839 456 123 thuộc mạng nào, có phải số chuyển mạng giữ số không?
-|Kiểm tra giúp mình số thẻ 5200 8282 8282 8210 có đúng chuẩn Luhn
s|cmnd cu 271234567 la cap o dong nai phai ko
t|bien so 36A-12345 la xe thanh hoa ha bna
-|CCCD 079305001122 — người sinh năm 2005, nam hay nữ?
c|Mã số thuế cá nhân 10 số với 13 số khác nhau thế nào, số 8123456789-002 là gì?
s|so dien thoai 0562 123 456 la mang nao
e|Please check this plate: 30K-999.99, which province?
-|Đầu số 0522 có phải của Vietnamobile không hay của Reddi?
-|Em gái ghi CCCD 001306012345 vào đơn, số 3 đó có phải là nữ sinh sau 2000 không?
s|ma the bhyt GD4010123456789 la doi tuong nao
-|biển đỏ 80B... là xe gì vậy, của cơ quan nào?
-|số thẻ 9704 0000 0000 0018 check luhn
s|ba hoi so can cuoc cua ba 036157003456 co dung ngay sinh ko ba sinh nam 1957
-|Số điện thoại 10 số 0944 555 010 trước kia là đầu 11 số nào?
-|kiểm tra mã số thuế 0316789012 có hợp lệ không, chữ số cuối đúng chưa
-|Biển số "15B-123.45" là xe Hải Phòng à?
s|can cuoc 083 la tinh nao vay
-|Chuỗi QR này có phải VietQR chuẩn không, ngân hàng mã BIN 970415 là ngân hàng nào?
-|biển xe máy 59-P1 123.45 là quận nào của Sài Gòn
-|Sao số CMND của ba tôi 12 số mà vẫn gọi là CMND?
s|kiem tra so the visa 4532 0151 1283 0366 co hop le k
c|Thẻ BHYT có ký tự thứ 3 là số 2 là mức hưởng bao nhiêu phần trăm?
-|0396 xxx là viettel hay mobi
e|My Vietnamese tax ID is 8356712340, can you validate the check digit?
-|Biển số xe tải 61C-234.56 của tỉnh Bình Dương cũ hả anh?
s|so cccd 12 so cua em 040207009911, ma 040 la Nghe An dung khong
"""
