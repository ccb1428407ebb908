# Hand-written questions for vn-address. Line format: FLAGS|query
# FLAGS letters: s = strip accents in build, t = typo, c = confusable, e = english
EXPERT = "vn-address"
TEXT = r"""
|Số 12 ngõ 45 Nguyễn Chí Thanh, phường Láng Thượng, quận Đống Đa, Hà Nội giờ thuộc phường nào vậy ạ?
s|Nhà tôi ở 88 Lê Văn Việt, phường Hiệp Phú, TP Thủ Đức. Từ 1/7/2025 thì phường mới tên là gì?
|p bến nghé q1
s|p hiep binh chanh thu duc
|Chuẩn hóa giúp mình địa chỉ này để ghi vào đơn: 23/4 hẻm 12 đường số 7, P. Linh Trung, TP Thủ Đức, HCM
s|Cháu gõ hộ ông: ông ở số 5 kiệt 14 Phan Đình Phùng, phường Phú Nhuận, TP Huế. Ông hỏi giờ địa chỉ mới ghi thế nào cho đúng để nhận lương hưu.
|Xã Lũng Cú, huyện Đồng Văn, tỉnh Hà Giang sau sáp nhập thuộc tỉnh nào, xã nào?
s|Nhà em ở thôn Lủng Táo, xã Phố Là, huyện Đồng Văn, Hà Giang. Giờ ghi địa chỉ mới là tỉnh Tuyên Quang đúng ko ạ, xã tên gì?
|Tiệm sửa xe của tôi ở 102 Lê Duẩn, phường Trung Đô, thành phố Vinh, Nghệ An. Giờ phải ghi phường mới nào lên biển hiệu?
s|dia chi 102 le duan p trung do tp vinh nghe an doi sang phuong moi ten gi
e|What is the new ward for 15 Tran Hung Dao, Ward 6, District 5, Ho Chi Minh City after the 2025 merger?
e|Please normalise this address for a parcel: 27 Hang Bac, Hang Bac ward, Hoan Kiem, Hanoi
|Mã tỉnh và mã phường mới của địa chỉ "45 Trần Phú, phường 4, quận 5, TP.HCM" là bao nhiêu?
st|so 9 ngo 102 pho khuong thuong phuong trung liet quan dong da ha nio thuoc phuong moi nao
|Vợ chồng mình mới cưới, chuyển từ Bắc Giang vào Bình Dương ở. Địa chỉ cũ của vợ là xã Tân Dĩnh, huyện Lạng Giang, Bắc Giang — giờ tỉnh với xã mới là gì ạ?
s|Nha chong o ap 3 xa Tan Hiep huyen Tan Uyen tinh Binh Duong, gio sap nhap vao dau roi, tinh moi la gi?
|Tách giúp tôi số nhà, tên đường, phường, tỉnh từ chuỗi này: "123/45A Nguyễn Văn Cừ P.An Hòa Q.Ninh Kiều TP Cần Thơ"
s|kiem tra giup dia chi nay da dung chuan moi chua: 56 Hai Ba Trung, phuong Sai Gon, TP Ho Chi Minh
|Phường Tân Định quận 1 cũ giờ nhập vào phường nào?
ts|phuong 12 quan tan bnh gio la phuong gi
|Q.3 P.Võ Thị Sáu giờ đổi thành gì
s|xin chao, toi la shipper o Thu Duc, khach ghi dia chi "KP6 P.Linh Trung TD" thi giao ve phuong moi nao vay?
|Mình là shipper khu Thủ Đức, khách ghi "chung cư Sunrise Riverside, P.Phước Kiển, H.Nhà Bè" thì giờ là xã hay phường nào?
s|cho hoi huyen Nha Be con khong, xa Phuoc Kien bay gio thuoc don vi nao
|Tôi ở tổ 7 phường Vĩnh Ninh thành phố Huế, địa chỉ này sau 1/7/2025 viết như thế nào cho đúng?
|địa chỉ cũ: thôn 2, xã Hưng Lộc, TP Vinh. Địa chỉ mới?
s|Em đi học nước ngoài về, trên hộ chiếu ghi nơi ở cũ là 17 Nguyễn Du, phường Bùi Thị Xuân, quận Hai Bà Trưng, Hà Nội. Giờ địa chỉ đó thuộc phường nào ạ?
|Mã đơn vị hành chính của phường Hoàn Kiếm mới là bao nhiêu?
s|ma tinh cua Tuyen Quang moi sau sap nhap la so may
|Cho em hỏi 2 việc: xã Minh Ngọc huyện Bắc Mê Hà Giang giờ thuộc xã nào, và xã Yên Minh thì sao?
|P.7 Q.Bình Thạnh nay là phường gì?
s|p7 binh thanh
|phường Đa Kao q1
s|xa an phu huyen cu chi
|TT Cái Răng Cần Thơ cũ
|Địa chỉ này có gõ sai không, sửa giúp: "12 Nguyen Trai, P.Ben Thanh, Q1, HCM"
t|Dia chi "Pường Mỹ Đình 1, Quạn Nam Từ Liêm, HN" bây giờ thuộc phường nào vậy
s|ba ngoai em o xom 4 xa Nghi Phong huyen Nghi Loc Nghe An, gio gui do ve thi ghi dia chi moi sao a
|Tôi làm bảo vệ ca đêm ở tòa nhà 215 Giảng Võ, phường Cát Linh, Đống Đa. Công ty bảo cập nhật địa chỉ theo phường mới, vậy là phường gì?
|Chị làm nail bên Mỹ mới về, nhà cũ ở 34 Lý Thường Kiệt, phường 7, quận 10. Chị muốn biết giờ nó nằm ở phường nào để ghi cho đúng.
e|I used to live at 8 Nguyen Hue, Ben Nghe ward, District 1. Which ward is that now on the new two-level map?
s|Viết lại địa chỉ theo 2 cấp giúp mình: thôn Đông, xã Tiên Dương, huyện Đông Anh, Hà Nội
|Nhờ chuẩn hóa: 78 đường 3/2, phường 11, Q10, TPHCM
s|dia chi cong ty: lo C2 KCN Viet Huong, TX Thuan An, Binh Duong. gio la tinh nao, phuong nao
|Thị xã Sơn Tây còn không, phường Quang Trung Sơn Tây giờ là phường gì?
c|Tôi muốn điền địa chỉ thường trú mới vào tờ khai, địa chỉ cũ là 16 ngõ Văn Chương, phường Văn Chương, Đống Đa — chỉ cần cho tôi biết ghi phường mới nào thôi.
cs|Khong hoi thu tuc, chi hoi: xa Quang Thanh huyen Thuy Nguyen Hai Phong gio ghi la gi?
|Địa chỉ ghi "HN" với "Ha Noi" có khác gì không, chuẩn hóa giúp "Số 3, P. Trúc Bạch, Q. Ba Đình, HN"
s|phuong 1 quan go vap nay thuoc phuong nao
|Huyện Hóc Môn bị bỏ rồi thì xã Xuân Thới Thượng giờ là gì?
s|nha toi o khoi 5 phuong Le Mao TP Vinh, co phai doi dia chi tren giay to khong va phuong moi la gi
c|Con tôi học lớp 8, cô giáo bảo ghi địa chỉ nhà theo đơn vị hành chính mới vào hồ sơ. Nhà ở 25 Trần Phú, phường Phú Hội, Huế thì ghi sao?
s|Trường hợp địa chỉ có cả số hẻm lẫn số nhà phụ kiểu 123/4/5B thì bạn tách giúp: 123/4/5B Lê Văn Sỹ, P.13, Q.Phú Nhuận
|Địa chỉ mới của chợ Bến Thành (phường Bến Thành, quận 1 cũ) là gì?
st|xa tam tien huyen nui thahn tinh quang nam gio thuoc da nang hay quang nam
|Tỉnh Quảng Nam nhập với Đà Nẵng rồi, xã Tam Tiến huyện Núi Thành giờ tên đơn vị mới là gì?
s|Ban oi, dia chi ghi "Tdp 3, P. Quyet Tien, TP Lai Chau" la o dau, tinh moi la gi
|Phường Hưng Dũng TP Vinh sáp nhập vào đâu?
e|Is Thu Duc City still an administrative unit? My address says Linh Xuan ward, Thu Duc City.
|Giúp tôi đọc địa chỉ: "K12/34 Hoàng Diệu, P.Phước Ninh, Q.Hải Châu, ĐN" – phường mới, mã phường?
s|mot dia chi o Ha Giang cu: to 3 phuong Minh Khai TP Ha Giang. Gio la phuong nao tinh nao
|Địa chỉ của mẹ tôi là ấp Bình Thạnh, xã Bình Hòa, huyện Châu Thành, An Giang. Sau sáp nhập có còn đúng tên xã không?
s|Chao ban, minh can dien dia chi nhan hang tren Shopee cho dung: 40 duong so 12, phuong Tam Binh, Thu Duc. Cam on nhieu
|Ông tôi 80 tuổi ở phường Thuận Hòa, Huế, hỏi giờ ông thuộc phường nào, mã phường là bao nhiêu.
|P. Tràng Tiền Q. Hoàn Kiếm giờ là gì
s|dia chi moi cua phuong cua nam ha noi
|Ghi theo mẫu 2 cấp: Tổ 15, phường Yên Hòa, quận Cầu Giấy, Hà Nội
c|Địa chỉ trên CCCD của tôi là "Phường 5, Quận 8, TP.HCM", giờ phường 5 quận 8 thuộc phường mới nào?
s|pho hue ha noi thuoc phuong nao moi
|Địa chỉ "Khu phố 2, phường Trảng Dài, TP Biên Hòa, Đồng Nai" sau 2025 ghi lại ra sao?
s|phuong linh xuan thu duc
|P.Phú Hội Huế giờ là?
t|p.hiep binh phuoc tp thu đuc
st|xa nghi phu tp vinhh
|Q.Hoàn Kiếm còn không?
s|chuan hoa dia chi giup
t|Địa chỉ mới của phường Bến Nghé, quạn 1, hồ chí minh là j vậy ban
st|nha minh o so 7 ngo 3 pho chua boc p quang trung q dong da, gio la phuong nao nhi, ghi cho chuan gium voi
s|p an khanh q2
|xã Lũng Cú giờ thuộc đâu
s|quan 9 con khong
"""
