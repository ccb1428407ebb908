EXPERT = "vn-identity"
ITEMS = """
-|Số căn cước 079305001234 cho biết người này sinh ở đâu, nam hay nữ?
s|so cccd 036198004567 co hop le khong
-|Mã số thuế 0312345678 có đúng định dạng không, số cuối có phải số kiểm tra không?
-|0977 123 456 là mạng gì vậy
s|0896123456 la mang gi
-|Số 0523 456 789 thuộc nhà mạng nào ạ?
-|Biển số 51G-123.45 là xe tỉnh nào?
s|bien 43A-567.89 la xe o dau
-|Thấy xe biển 76C1-234.56 đậu trước nhà, biển 76 là tỉnh nào vậy?
st|bien so 65 la tinh nao, xe biển 65B-01234
-|Kiểm tra giúp số thẻ 4111 1111 1111 1112 có qua được thuật toán Luhn không
-|Mình nhập số thẻ ngân hàng 9704 1234 5678 9012 mà web báo sai, kiểm tra xem dãy số có hợp lệ không?
-|Số CMND 9 số cũ 212345678 là cấp ở tỉnh nào ạ?
s|cmnd 9 so bat dau 36 la tinh nao
-|Mã thẻ BHYT GD4797912345678 nghĩa là gì, chữ GD với số 4 là sao?
s|ma the bhyt TE1797912345678 la doi tuong gi
-|Căn cước con tôi số 001325009876, số 3 ở vị trí thứ tư có nghĩa là gì?
c|Em mới làm căn cước xong, số 052204007788, cho em hỏi mã 052 là tỉnh nào, có phải Bình Định không?
-|Đọc giúp chuỗi VietQR này: 00020101021138570010A000000727012700069704070113190312345670208QRIBFTTA5303704540650000
-|Mã QR chuyển khoản khách gửi, chuỗi "000201010211385400..." decode ra số tài khoản và ngân hàng nào?
-|Mã số thuế cá nhân 8012345678 có đúng 10 số là hợp lệ không, kiểm tra chữ số cuối giúp mình
s|mst 0401234567-001 la ma chi nhanh hay sao
-|Mã số doanh nghiệp có đuôi -001 là gì vậy?
-|CCCD 12 số: 094190001122 -> tỉnh nào, sinh năm bao nhiêu
st|cccd 094190001122 tinh nao sinh nam bn
-|số đt này 0328xxxxxx là viettel đúng hông
-|Số 0708 888 999 có phải Mobifone không?
s|so 0708888999 co phai mobi khong
-|Dạ em cầm được cái CMND 9 số của ông ngoại, số 160123456, là tỉnh Nam Định hả?
e|Is 079201012345 a valid Vietnamese citizen ID number? What does it tell me?
e|What carrier is 0912 345 678?
-|Biển số 29A-999.99 là Hà Nội phải không, còn 30 với 29 khác nhau gì?
-|Biển 15 là Hải Phòng hay 16 vậy ta
s|bien 15 hay 16 la hai phong
-|Biển xe máy 83-P1 123.45 của Sóc Trăng hả?
-|Số thẻ tín dụng 5200 8282 8282 8210 có hợp lệ theo Luhn không?
s|the 5200828282828210 co dung dinh dang luhn k
-|cccd 001 là hà nội à
-|Em thấy trên mạng nói 6 số đầu căn cước là mã tỉnh, giới tính, năm sinh, đúng không? Số của em 051306002233
s|so can cuoc 051306002233 la nam hay nu
-|Số điện thoại 0868 là đầu số của mạng nào?
-|Đầu 059 là mạng gì thế
-|Check giúp em mã số thuế công ty 0101243150 có hợp lệ không ạ
c|Nhân viên ngân hàng đọc số thẻ của tôi là 9704 0000 1111 2222, số này có đúng cấu trúc thẻ nội địa Napas không?
-|Mã BHYT của mẹ có chữ HT đầu là hưu trí à, số 3 sau đó là mức hưởng bao nhiêu phần trăm?
s|bhyt ht3 la muc huong bao nhieu phan tram
-|Biển số xe tải 92C-045.67 ở tỉnh nào vậy ạ?
c|92 là Quảng Nam, vậy từ khi nhập vô Đà Nẵng biển 92 có còn hiểu là Quảng Nam không?
-|Biển 61 xe Bình Dương phải không
st|bien so 61A-88888 la tinh j
-|Số căn cước 087 là Đồng Tháp đúng không, số của tôi 087186001111 thì sinh năm 1986 hả?
-|Cho hỏi CCCD có số thứ tư là 2 thì người đó sinh thế kỷ 21 phải không?
s|cccd so thu 4 la 2 la sinh sau 2000 a
-|Dãy 0012340056789 có phải số căn cước không, sao nhiều số vậy?
e|Validate this Vietnamese tax code please: 0310987654
e|Which province is license plate 65A-123.45 from?
-|Số 0399 888 123 là Viettel hay Vina?
-|số 0567 là mạng nào
s|dau so 0567 la mang nao
-|Kiểm tra chuỗi QR chuyển tiền này có đúng chuẩn VietQR không, có trường số tiền không
-|Mã định danh cá nhân với số CCCD có giống nhau không, của tôi là 083192004455, cho biết thông tin mã này
s|ma the bhyt DN4797912345678 co hop le khong
-|Biển xanh 80B là xe gì, của cơ quan nào?
-|Số 0943 211 789 là của Vinaphone hay Mobi vậy mấy bạn?
"""
ITEMS += """
-|0355 678 901 mạng gì
s|mst 0312345678 hop le ko
-|biển 84 tỉnh nào
st|kiem tra cccd 079190012345
-|check luhn 4012888888881881
"""
ITEMS += """
c|Ngân hàng báo số căn cước tôi nhập sai định dạng: 07919500123, kiểm tra giúp số này thiếu gì?
sc|so tai khoan hay so the 9704 0512 3456 7890, kiem tra luhn giup
c|Trường bắt ghi mã BHYT học sinh HS4797912345678, mã này đúng cấu trúc chưa?
"""
