# Hand-written questions for vn-address. Line format: FLAGS|query
# FLAGS: s = strip accents at build time, t = typo, c = confusable, e = english
EXPERT = "vn-address"
DATA = """
|Số 12 ngõ 45 Nguyễn Chí Thanh, phường Láng Thượng, quận Đống Đa, Hà Nội giờ thuộc phường nào theo bản đồ mới?
s|cho mình hỏi 27 Lê Thánh Tôn phường Bến Nghé quận 1 sau sáp nhập là phường gì vậy
|p bến nghé q1
s|xã Vĩnh Tế, thành phố Châu Đốc, An Giang giờ đổi thành gì rồi ạ, nhà em là người Chăm ở đó
|Chuẩn hóa giúp em địa chỉ này để điền form giao hàng: 88/3 tổ 5 kp2 P.Tân Hiệp TP Biên Hòa ĐN
s|ông nội đọc con ghi: nhà ở thôn Phước Hòa xã Điện Phước huyện Điện Bàn tỉnh Quảng Nam giờ thuộc tỉnh nào phường nào
|Tôi làm xe ôm ở Huế, khách đưa địa chỉ 5 Kiệt 48 Phan Đình Phùng, phường Vĩnh Ninh, TP Huế. Phường Vĩnh Ninh giờ nhập vào phường nào rồi?
s|địa chỉ xưởng cá: ấp 3 xã Tân Thành tp Cà Mau, giờ ghi trên hợp đồng xuất khẩu thế nào cho đúng địa giới mới
t|so 9 duong tran hung dao phuong 1 tp bac lieu bay gio thuoc tinh nao vay
|Huyện Krông Pắc Đắk Lắk bỏ cấp huyện rồi thì xã Ea Kly giờ là xã gì, mã xã bao nhiêu?
s|Nhà may của chị ở 45 Trần Phú, phường Minh An, Hội An. In lên danh thiếp thì ghi phường, tỉnh mới ra sao?
e|What is the new ward for 15 Hang Bac, Hang Dao ward, Hoan Kiem district, Hanoi after the 2025 merger?
|Phường Dĩ An, TP Dĩ An, Bình Dương giờ thuộc TP.HCM đúng không, mã phường mới là gì?
s|Tôi quê Thanh Hóa ra Hà Nội làm công trình, đang ở trọ số 6 ngách 12/34 Phú Diễn, Bắc Từ Liêm. Chủ nhà bảo phường đổi tên rồi, giờ ghi là phường gì?
|123 nguyen van linh q7
s|Em đang du học Nhật, cần ghi địa chỉ thường trú ở Việt Nam bằng tên phường mới: 34 Lý Thường Kiệt, phường 7, quận 10, TP.HCM
|Mã tỉnh mới của Hà Giang sau khi sáp nhập là gì, Hà Giang nhập vào đâu?
s|ap phu hoa xa phu tho huyen tam nong dong thap gio la xa nao
t|địa chỉ: 17 Ngyễn Huệ, P. Bến Nghé, Q1, TPHCM. viết lại cho chuẩn giùm
|Bà Rịa - Vũng Tàu có còn là tỉnh không? Nhà tôi ở phường 7 TP Vũng Tàu thì giờ ghi sao?
s|xin chào, nhờ bạn tách giúp số nhà, tên đường, phường, tỉnh trong địa chỉ: 210 Hai Bà Trưng, P. Tân Định, Q.1, HCM
c|Tôi cần gửi hàng cho khách ở thôn 3 xã Hòa Khánh huyện Cư M'gar Đắk Lắk, địa chỉ này theo đơn vị hành chính mới ghi sao để bưu tá không lạc?
s|Ward code mới của phường Hưng Phú, quận Cái Răng, Cần Thơ là bao nhiêu
|Quận Hai Bà Trưng còn không? 56 Bạch Mai thuộc phường nào bây giờ?
|kiểm tra giúp địa chỉ này có hợp lệ trên bản đồ mới không: Số 3, đường 30/4, phường Trung Dũng, thành phố Biên Hòa, tỉnh Đồng Nai
s|nha e o 14 hem 22 duong 3/2 phuong xuan khanh quan ninh kieu can tho. gio ghi phuong gi a
|Tỉnh Kiên Giang nhập với An Giang rồi, vậy Phú Quốc bây giờ thuộc đặc khu hay phường, mã đơn vị là gì?
s|Hôm trước em điền đơn ghi "xã Ea Tu, TP Buôn Ma Thuột", bạn em bảo sai rồi. Xã đó giờ là phường nào vậy?
|p.tân định
s|vừa nhận giấy báo gửi về "P. Thạch Thang, Q. Hải Châu, ĐN" — cái này giờ thành phường gì của Đà Nẵng?
|Thị trấn Long Thành, huyện Long Thành, Đồng Nai sau 1/7/2025 thành xã hay phường?
e|Can you normalise this address for a parcel: 9 ngo 3 to hien thanh, p. bui thi xuan, q. hai ba trung, HN
s|chú ơi con mới chuyển về 101 Trần Hưng Đạo, phường Phước Ninh, Hải Châu. Giờ tên phường mới là gì ạ
|Phường 12 quận Gò Vấp giờ gộp với phường nào, tên mới là gì?
t|ap 5 xa an thai trung huyen cai be tien gang gio ve tinh nao vay
|Đọc giúp: "Tổ 7, P. Quang Trung, TP Thái Nguyên" — tỉnh có đổi tên không và phường mới là gì?
s|Mình cần địa chỉ đầy đủ cả đơn vị cũ lẫn mới cho hồ sơ: số 8 đường Lê Lợi, phường Lê Lợi, TP Quy Nhơn, Bình Định
|Huyện Côn Đảo giờ là gì vậy?
s|ba tôi đọc tôi gõ: ấp Mỹ Hòa xã Mỹ Lâm huyện Hòn Đất Kiên Giang nay tỉnh gì xã gì
|Bạc Liêu sáp nhập với tỉnh nào, còn mã tỉnh 95 không?
c|Mình sắp chuyển nhà, địa chỉ mới là 45 Đinh Tiên Hoàng phường Đa Kao quận 1 — phường này bây giờ tên là gì? (chỉ hỏi tên phường thôi nhé)
s|phuong an khanh tp thu duc gio la phuong gi
|Tôi có địa chỉ viết tắt: "K12/3 Hùng Vương, P.Phú Nhuận, TP Huế". Giải nghĩa và đổi sang phường mới giúp.
s|cho hỏi xã Bình Chánh huyện Bình Chánh còn tên cũ không hay đổi rồi
|địa chỉ cũ: 33 Phan Chu Trinh, P. Phan Chu Trinh, Q. Hoàn Kiếm. Mới?
s|em bán hàng online, khách ghi "ktx khu B, phường Linh Trung, TP Thủ Đức". Giờ phường này tên là gì để in phiếu gửi
|Bưu điện bảo địa chỉ tôi ghi kiểu cũ. Nhà tôi: thôn Đông, xã Quảng Phú, huyện Quảng Xương, Thanh Hóa. Viết kiểu mới giúp tôi.
s|Thành phố Thủ Dầu Một còn không, phường Phú Cường giờ thuộc đâu
|Xã Tà Xùa, huyện Bắc Yên, Sơn La giữ nguyên hay đổi tên?
|tỉnh Hải Dương nhập vào Hải Phòng thật à? Phường Trần Phú, TP Hải Dương giờ là phường gì?
s|Tui ở Cà Mau, cho hỏi khóm 4 phường 5 tp Cà Mau giờ ghi là phường gì, có mã không
e|I live at 22 Bach Dang street, Hai Chau 1 ward, Hai Chau district, Da Nang. What's my ward under the new two-level system?
|số nhà 7/2A đường số 9 khu phố 3 phường Linh Tây
s|mình không chắc gõ đúng: phường Tân Phong quận 7 hồ chí minh, giờ là phường nào
|Nhà văn hóa thôn ở xã Cư Êbur, TP Buôn Ma Thuột — sau khi bỏ huyện, TP thì đơn vị mới là gì?
s|Con tôi gửi thư về cho ông bà ở xã Hương Thọ, thị xã Hương Trà, Huế. Ghi địa chỉ mới sao cho đúng?
t|phuong ben thanh quan 1 gio la phuong gi z
|Quận 3 còn tồn tại không? 150 Võ Văn Tần, Phường Võ Thị Sáu thuộc đâu?
s|Sau sáp nhập, Hà Tây cũ... à không, xã Tiến Xuân, huyện Thạch Thất giờ thuộc xã nào của Hà Nội
|Nhờ viết lại địa chỉ không dấu này có dấu và theo đơn vị mới: 45 tran phu p loc tho nha trang khanh hoa
s|Trên giấy tờ cũ ghi thị xã Tân Châu An Giang, bây giờ gọi là gì
|tp vũng tàu giờ thuộc tỉnh nào
c|Địa chỉ quán cà phê của tôi ở 10 Lê Duẩn, phường Tân Lợi, Buôn Ma Thuột. Khi điền vào Google Maps và giấy tờ bây giờ phải ghi phường nào?
s|hello shop, đây là địa chỉ nhận: 5 hẻm 12 Mậu Thân, P. An Hòa, Q. Ninh Kiều, Cần Thơ. Shop kiểm tra giúp tên phường mới trước khi gửi nhé
|Phường Hàng Trống có bị sáp nhập không?
s|huyện Tuy An Phú Yên giờ thuộc tỉnh nào, xã An Mỹ thì sao
|Xã Khánh Bình Tây, huyện Trần Văn Thời, Cà Mau — mã xã mới?
s|địa chỉ công ty ghi trên hóa đơn: Lô C5 KCN Tân Tạo, P. Tân Tạo A, Q. Bình Tân. Tên phường mới là gì
t|so 18 ngo 68 cau giay, p quan hoa, q cau giay, ha noi. chuyen sang dia chi moi dum minh
|p.đa kao q1
s|xã Ea Kao Buôn Ma Thuột
|tỉnh Bình Dương còn không
c|Mã phường mới của phường Bến Nghé là số mấy?
s|alo cho tôi hỏi nhà tôi ở số 9 đường Ngô Quyền phường Vĩnh Trung quận Thanh Khê Đà Nẵng giờ gọi là phường gì vậy
|Phòng 305 nhà B2, 144 Xuân Thủy, Dịch Vọng Hậu, Cầu Giấy — viết lại theo phường mới giúp em
|q hai chau da nang moi
|phuong 12 go vap gio la gi
s|huyện Cư M'gar giờ ra sao
t|so 40 duong hung vuong phuong 9 quan 5 bay h la phuong gi ah
"""
