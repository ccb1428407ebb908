EXPERT = "vn-address"
ITEMS = """
-|Số 14 đường Trần Hưng Đạo, phường Lê Hồng Phong, TP Quảng Ngãi giờ thuộc phường nào theo bản đồ mới ạ?
s|nhà tôi ở ấp Prey Chóp, xã Lâm Tân, huyện Thạnh Trị, Sóc Trăng, sáp nhập rồi giờ ghi địa chỉ sao cho đúng
-|p bến nghé q1
s|p ben nghe q1 hcm gio la phuong gi
-|Cho hỏi chút, xã Nghĩa Thắng huyện Tư Nghĩa bây giờ gộp vào xã nào rồi?
-|Dạ em ở phòng trọ số 7, hẻm 25 đường DT743, phường Bình Hòa, TP Thuận An, Bình Dương, giờ Bình Dương nhập vô TP.HCM thì địa chỉ mới ghi sao nha?
s|dia chi 23 ngo 102 truong chinh dong da hn doi sang kieu moi the nao
-|Bố tôi ở số 5 đường Hàn Thuyên, phường Vị Hoàng, TP Nam Định. Sau 1/7/2025 Nam Định nhập với tỉnh nào, phường mới tên gì?
-|Chuẩn hóa giúp mình địa chỉ này để gửi hàng: 88/12 Lê Văn Sỹ P.13 Q.Phú Nhuận
s|88 le loi p ben thanh q1 tphcm
e|Please convert this old address to the new two-level map: 45 Nguyễn Văn Linh, phường Nam Dương, quận Hải Châu, Đà Nẵng
e|My grandma lives at 12 Phan Dinh Phung, Ward 2, Da Lat, Lam Dong. What is the new ward and province after the 2025 merger?
-|Phường 2 Đà Lạt giờ là phường gì
s|xa an binh huyen phu giao binh duong con khong hay bi nhap roi
-|Mình điền form online nó bắt chọn tỉnh và phường mới, mà nhà mình ở thị trấn Vĩnh Bảo, huyện Vĩnh Bảo, Hải Phòng thì chọn cái gì?
s|thi tran vinh bao hai phong chon phuong nao
-|Địa chỉ "Tổ 3, khu phố 4, P. Tân Phong, Biên Hòa, Đồng Nai" viết lại theo đơn vị hành chính mới giúp em với
st|so 9 duong hung vuong phuong an hoi quan ninh kieu can tho, doi sang dia chi mơi dum
-|Phường An Hội, Ninh Kiều còn tồn tại không hay bị gộp?
s|Tôi ở xóm 3 xã Hải Minh huyện Hải Hậu tỉnh Nam Định, giờ giấy tờ ghi xã gì tỉnh gì ạ?
-|Mã phường mới của phường Hòa Cường Bắc cũ là bao nhiêu?
s|ma don vi hanh chinh phuong moi cua p.7 q.8 tphcm la bn
-|Khách gửi địa chỉ nhận hàng "kiệt 56 Hoàng Diệu, Hải Châu, ĐN" mà em không biết giờ là phường nào, tách giúp số nhà, đường, phường, tỉnh
-|Xin hỏi xã Bình Hải, huyện Bình Sơn, Quảng Ngãi sau sáp nhập thuộc xã nào?
st|xa binh hai huyn binh son quang ngai sau sap nhap
-|ấp Mỹ Hòa, xã Đại Tâm, Mỹ Xuyên, Sóc Trăng giờ là xã nào, tỉnh nào vậy?
-|Sóc Trăng nhập vô Cần Thơ thiệt hả, vậy địa chỉ nhà tui ở phường 5 TP Sóc Trăng đổi thành gì?
s|dia chi moi cua phuong 5 tp soc trang
-|số 210 Lạch Tray, Ngô Quyền, Hải Phòng
s|210 lach tray ngo quyen hp phuong moi
-|Ngõ 12 Phan Bội Châu phường Hoàng Văn Thụ quận Hồng Bàng Hải Phòng bây giờ thuộc phường nào?
-|Tôi là người Mỹ gốc Việt về thăm họ hàng, địa chỉ ông bà ghi trên thư cũ là "xã Tịnh Khê, Sơn Tịnh, Quảng Ngãi", giờ tìm trên bản đồ mới là xã gì?
e|Is Tinh Khe commune in Quang Ngai still called that or was it merged?
-|Ghi lại địa chỉ cho đúng chuẩn: 17 dg 3/2 p11 q10
s|17 duong 3 thang 2 phuong 11 quan 10 gio la phuong nao
-|Em đang làm hồ sơ mà không biết phường Thảo Điền, TP Thủ Đức bây giờ tên là gì ạ?
s|thao dien thu duc gio thuoc phuong nao
-|Phường Phước Mỹ, Sơn Trà sáp nhập vào đâu rồi nhỉ?
-|Bà ngoại ở thôn Đông Hải, xã Hoài Hải, huyện Hoài Nhơn, Bình Định. Bình Định giờ nhập vào tỉnh nào và xã mới tên gì?
s|xa hoai hai hoai nhon binh dinh gio la xa gi tinh gi
-|Viết giúp tôi địa chỉ đầy đủ theo kiểu mới (không còn cấp huyện) cho: 32 Nguyễn Trãi, phường 8, TP Đà Lạt
-|đà lạt phường 8 giờ tên gì
st|p8 da lat lam dong doi thanh phuong j
-|Cho em hỏi Thuận An còn là thành phố không hay giờ chỉ còn phường thôi ạ? Nhà em ở P. Lái Thiêu
-|Hồi trước nhà mình ghi "Q. Thanh Xuân, HN", giờ bỏ quận rồi thì ghi phường nào? Số 6 ngõ 214 Nguyễn Xiển, Hạ Đình
s|so 6 ngo 214 nguyen xien ha dinh thanh xuan
c|Số 12 đường số 7 khu dân cư Trung Sơn, xã Bình Hưng, huyện Bình Chánh – địa chỉ này sau 1/7 ghi thế nào?
-|Phường Cái Khế quận Ninh Kiều giờ tên mới là gì vậy anh chị?
s|cai khe ninh kieu can tho
-|xã Phổ Thạnh, Đức Phổ, Quảng Ngãi – mã xã mới?
-|Anh ơi phường Vĩnh Trung, Thanh Khê, Đà Nẵng nay thuộc phường nào, em chạy Grab mà khách toàn đọc địa chỉ cũ
s|vinh trung thanh khe da nang gio la phuong nao
-|Địa chỉ cũ: 101 Trần Phú, P.Lộc Thọ, TP Nha Trang, Khánh Hòa. Địa chỉ mới là gì?
-|Tôi sinh ở xã Yên Lợi, huyện Ý Yên, Nam Định. Bây giờ quê quán ghi theo tỉnh mới là tỉnh nào, xã nào?
s|yen loi y yen nam dinh tinh moi
-|Phường Tân Định quận 1 với phường Đa Kao có gộp chung không ạ?
st|tan dinh q1 gop voi da kao k
-|Nhờ chuẩn hóa danh sách địa chỉ khách hàng: "15 Lê Duẩn, Q1, HCM"; "3 Hai Bà Trưng, Hoàn Kiếm, HN"
-|Hải Dương sáp nhập vô Hải Phòng rồi hả? Vậy phường Trần Phú TP Hải Dương giờ là gì
s|hai duong sap nhap hai phong, phuong tran phu tp hai duong gio ten gi
-|Khu phố Bình Đường 2, phường An Bình, TP Dĩ An thì giờ phường mới là phường nào ạ?
c|Nhà trọ em ở khu phố 3 phường Tân Đông Hiệp Dĩ An, giờ ghi địa chỉ tạm trú thì ghi phường mới nào?
-|Đặc khu Phú Quốc là gì? Ghi địa chỉ "tổ 2 ấp Cửa Lấp xã Dương Tơ Phú Quốc" theo kiểu mới giúp mình
s|to 2 ap cua lap duong to phu quoc dia chi moi
-|Phường 1 quận Gò Vấp giờ nhập vô phường nào vậy mấy bạn
-|Xã Lý Sơn có thành đặc khu không? Nhà tôi ở thôn Đông An Vĩnh
-|thôn 4 xã Tà Nung Đà Lạt
st|dia chi nha minh: 45/3 hem 8 duong phan van tri p.5 go vap, tphcm, chuan hoa lai giup voi
e|The delivery app wants a ward code. My address is 22 Hoang Dieu, Phuoc Ninh ward, Hai Chau, Da Nang.
-|Địa chỉ "khóm 6 phường 2 TX Vĩnh Châu Sóc Trăng" giờ thuộc đơn vị hành chính nào?
"""
ITEMS += """
s|phuong hai chau 1 gio
-|xã Tịnh Khê giờ là gì
st|dia chi moi p tan dinh
-|mã xã Lý Sơn mới
"""
