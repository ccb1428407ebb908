# Hand-written questions for vn-address. Format per line: flags|query
# flags: s=strip accents at build, t=typo, c=confusable, e=english, -=none
EXPERT = "vn-address"
RAW = r"""
-|p bến nghé q1
s|Số 12 ngõ 45 Nguyễn Chí Thanh, phường Láng Thượng, quận Đống Đa, Hà Nội giờ thuộc phường nào theo bản đồ mới?
-|Nhà tôi ở ấp Tân Thành, xã Tân Hòa, huyện Châu Thành, tỉnh Tiền Giang, sau sáp nhập thì ghi địa chỉ mới như thế nào ạ?
s|chuẩn hoá giúp em địa chỉ này để gửi hàng: 27/3 đường số 9, P.Linh Trung, TP Thủ Đức, HCM
-|Kính gửi, tôi cần viết địa chỉ thường trú theo đơn vị hành chính mới cho hồ sơ cơ quan: số 8 Lý Thường Kiệt, phường Tràng Tiền, quận Hoàn Kiếm, Hà Nội. Xin cảm ơn.
s|xa Vinh Hai huyen Vinh Chau tinh Soc Trang gio nhap vo tinh nao vay
-|Ấp Rạch Gốc, xã Tân Ân, huyện Ngọc Hiển, Cà Mau – địa chỉ mới là gì để ghi lên thùng cá gửi đi Sài Gòn?
s|bà ơi địa chỉ nhà mình bây giờ là xã gì hỏi giúp bà thôn Bản Phố huyện Bắc Hà tỉnh Lào Cai
-|Mã tỉnh và mã phường mới của địa chỉ 102 Trần Hưng Đạo, phường Cầu Ông Lãnh, quận 1 là bao nhiêu?
e|What is the new ward for 45 Le Loi, Ben Thanh ward, District 1, Ho Chi Minh City after the 2025 merger?
e|Please normalise this address for a courier form: 17 Hang Bac, Hoan Kiem, Ha Noi
sc|khách đặt shopee ghi "kiot 5 chợ Phú Lâm q6" vậy ghi phường mới là gì cho shipper đỡ lạc
-|Phường 14 quận Gò Vấp bây giờ nhập vào phường nào rồi?
s|Q.Binh Thanh P.25 so 208 Dien Bien Phu doi sang dia chi moi giup minh
-|tỉnh Hà Giang giờ nhập với tỉnh nào?
-|Tôi chạy Grab, khách đặt điểm đón ở "ngã tư Hàng Xanh" mà app ghi phường mới, phường 25 Bình Thạnh cũ giờ là phường gì?
s|nha tro em o KCN Song Than, phuong Di An, thi xa Di An, Binh Duong cu, gio dia chi moi ghi sao
-|Địa chỉ cũ "thôn 3, xã Ea Kao, TP Buôn Ma Thuột, Đắk Lắk" đổi sang địa chỉ mới thì thuộc tỉnh nào, phường/xã nào?
t|dia chi so 5 duong Nguyen Trai phuog Thuong Dinh quan Thanh Xuan ha noi moi la j
-|xã Hòa Hải Ngũ Hành Sơn Đà Nẵng
-|Cho tôi hỏi thị trấn Mỹ Xuyên, Sóc Trăng sau 1/7/2025 thuộc đơn vị nào, mã số bao nhiêu?
s|con em gui thiep cuoi ve que: ap Phu Hoa, xa Phu Thuan A, huyen Hong Ngu, Dong Thap — ghi dia chi moi nhu nao cho dung
-|Phường Bến Thành với phường Nguyễn Thái Bình có nhập chung không, số 60 Nguyễn Huệ thì ghi phường gì?
-|Tách giúp tôi số nhà, tên đường, phường, tỉnh trong chuỗi này: "88B Ng Văn Cừ P.An Hòa Q.Ninh Kiều TP CT"
s|dia chi 14 ngo 2 pho Quang Trung, Ha Dong, HN thuoc phuong moi nao
-|Hai vợ chồng mới mua căn hộ ở chung cư The Sun, đường Mễ Trì, phường Mễ Trì, quận Nam Từ Liêm. Địa chỉ mới để khai là gì anh?
c|Mình nhập địa chỉ "phuong 7 quan 3 hcm" vào form mà hệ thống báo không tồn tại, phường 7 quận 3 giờ là phường nào?
-|Quận Hai Bà Trưng còn không hay đã bỏ cấp quận rồi? Nhà tôi số 3 phố Huế, phường Ngô Thì Nhậm.
s|Tinh Quang Nam gio thuoc Da Nang a? Hoi An con la thanh pho khong, dia chi 20 Tran Phu Hoi An ghi sao
-|xa nghia dong tan ky nghe an
-|Người nhận ở "tổ 4, phường Tân Lập, TP Thái Nguyên". Sau sáp nhập Thái Nguyên nhập với Bắc Kạn đúng không, phường mới tên gì?
s|chuan hoa dia chi: 7 hem 51 Tran Quang Khai, Tan Dinh, Q1
-|Ông bà tôi ở xóm Đồng Tâm, xã Thạch Hà, huyện Thạch Hà, Hà Tĩnh. Giờ xã này gộp vào xã mới tên gì?
e|Is Vung Tau still a separate province? My hotel address is 12 Thuy Van, Ward 2, Vung Tau city.
-|Em là công nhân ở Bắc Ninh, địa chỉ trọ: thôn Đông Xuất, xã Đông Thọ, huyện Yên Phong. Bắc Giang Bắc Ninh nhập rồi thì em ghi tỉnh nào?
s|thon Na Hang xa Thong Nong huyen Ha Quang Cao Bang dia chi moi
-|Viết lại địa chỉ này có dấu và đầy đủ giúp tôi: "so 9 kiet 15 le duan p thach thang q hai chau dn"
-|Phường Phú Mỹ Hưng là phường mới à? Nhà tôi ở khu Hưng Vượng, phường Tân Phong, quận 7 cũ.
c|Địa chỉ trên căn cước của tôi vẫn ghi "xã Vĩnh Thanh, huyện Nhơn Trạch, Đồng Nai", giờ xã đó là xã gì trên bản đồ mới?
s|mã phường mới của phường Đa Kao quận 1 là mã mấy
-|Huyện Cần Giờ giờ có còn không, xã Thạnh An thuộc đâu?
s|Toi la giao vien ve huu, nha o so 33 Pham Hong Thai, phuong Vinh Ninh, TP Vinh. Xin hoi dia chi moi day du.
-|Ghi sai phường hoài, nhờ coi giúp: 156/12 Lê Văn Sỹ, P.14, Q.Phú Nhuận, TPHCM
-|Ấp Bình Phú xã Bình Thạnh huyện Cao Lãnh ông bà ở đó giờ gọi là xã gì
s|dia chi giao hang: lo A3 KCN Tan Tao, phuong Tan Tao A, quan Binh Tan. Phuong moi la phuong nao?
-|P. Hàng Trống Q. Hoàn Kiếm
-|Thị xã Sơn Tây còn không ạ, phường Ngô Quyền Sơn Tây giờ ghi thế nào?
t|địa chỉ 25 ngõ 68 Cầu giấy phường Quan Hoa quận Cầu Gấy hn mới là phường gì zậy
s|Kien Giang nhap voi An Giang dung ko, xa Ham Ninh Phu Quoc gio ghi tinh nao
c|Tôi điền địa chỉ cho đơn đăng ký hộ chiếu bằng tiếng Anh thì "phường Phú Thuận, quận 7" nên viết ra sao theo tên mới?
e|Convert this old address to the new two-level format: Hamlet 2, Long Hau commune, Can Giuoc district, Long An.
-|Chuyển giúp địa chỉ "Khu 5, thị trấn Thanh Sơn, huyện Thanh Sơn, Phú Thọ" sang địa chỉ mới, có mã xã càng tốt.
s|phuong Hoa Khanh Bac quan Lien Chieu gio ten gi
-|bản Tà Xùa xã Tà Xùa huyện Bắc Yên tỉnh Sơn La bây giờ vẫn là xã Tà Xùa không ạ
-|Kiểm tra giúp địa chỉ này có đúng đơn vị hành chính không: "Số 4, phường Trung Hòa, quận Cầu Giấy, TP Hồ Chí Minh"
s|o cu xa Nguyen Trung Truc, p25 quan Binh Thanh doi dc k
-|phường 9 quận 5 hcm mới
-|Shop em gửi hàng về "Tổ 7, P. Phước Long B, TP. Thủ Đức", khách bảo phường đổi tên rồi, phường mới là gì?
s|Cho hoi xa Phu Loc huyen Phu Loc tinh Thua Thien Hue gio thuoc TP Hue va la xa gi
c|Tỉnh Bình Phước cũ nay là tỉnh nào sau sáp nhập? Tôi ở phường Tân Phú, TP Đồng Xoài.
-|Nhờ tách số nhà và đường: "số nhà 120A đường 30 tháng 4 phường Xuân Khánh Ninh Kiều Cần Thơ"
s|nha ngoai o khom 3 thi tran Song Doc huyen Tran Van Thoi Ca Mau dia chi moi ghi sao a
-|Địa chỉ "Thôn 2 xã Quảng Phú huyện Cư M'gar" mình viết vậy đúng không hay phải đổi?
c|Em cần địa chỉ mới đầy đủ để ghi vào hồ sơ nhập học lớp 10: nhà em số 4 hẻm 18 Nguyễn Trãi, phường 3, TP Cà Mau.
"""
