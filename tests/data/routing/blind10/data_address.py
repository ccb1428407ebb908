# Hand-written questions for vn-address. Line format: FLAGS | query
# FLAGS: s=strip accents in build, t=typo, c=confusable, e=english, -=none
EXPERT = "vn-address"
RAW = r"""
- | Số 12 ngõ 45 Hoàng Hoa Thám, phường Liễu Giai, quận Ba Đình, Hà Nội giờ thuộc phường nào theo bản đồ mới vậy?
s | cho minh hoi chut, dia chi 88/3 Nguyễn Trãi, phường 3, quận 5, TP HCM sau sáp nhập là phường gì
- | p bến nghé q1
s | 27 Lê Lợi, P. Vĩnh Ninh, TP Huế giờ đổi thành phường nào rồi mấy bạn
- | Mình chạy xe ôm công nghệ ở Đà Nẵng, khách đặt về "K15/7 Hà Huy Tập, P. Xuân Hà, Q. Thanh Khê", giờ theo phường mới là phường nào để mình nhập app cho đúng?
st | chuẩn hoá giúp em địa chỉ này để điền from: 15 tran hung dao p5 q5 hcm
- | Nhà ngoại mình ở ấp Hòa Tú, xã Hòa Tú 1, huyện Mỹ Xuyên, tỉnh Sóc Trăng. Nghe nói Sóc Trăng nhập với Cần Thơ rồi, vậy giờ ghi địa chỉ thế nào cho đúng?
s | xã Tân Hiệp huyện Hóc Môn giờ thuộc xã nào
- | Tách giúp mình số nhà, tên đường, phường, tỉnh từ chuỗi này: "203B Phan Đình Phùng P2 Q.Phú Nhuận TPHCM"
e | What is the new ward for 45 Ly Thuong Kiet, Hoan Kiem district, Hanoi after the July 2025 merger?
s | so 9 duong Nguyen Van Cu, phuong Hung Binh, tp Vinh, Nghe An gio la phuong nao z
t | Quận Hoàn Kiếm bị bỏ rồi thì phường Hàng Trống giờ gọi là gìi?
s | mình đang cần gấp: gửi hàng về 56 Trần Phú, phường Lộc Thọ, TP Nha Trang, Khánh Hòa thì ghi phường mới là gì để shipper không trả hàng
- | Địa chỉ "Thôn 3, xã Ea Tu, TP Buôn Ma Thuột, Đắk Lắk" giờ thuộc tỉnh nào, xã/phường nào ạ?
s | 112 hai ba trung, p. tan dinh, q1, hcm -> phuong moi?
- | Cho em hỏi mã phường mới của phường Bến Thành là bao nhiêu?
s | Hồi xưa nhà tôi ở phường Phú Hội, thành phố Huế, tỉnh Thừa Thiên Huế. Giờ lên thành phố trực thuộc trung ương rồi, địa chỉ mới viết sao cho đúng?
- | Tỉnh Hậu Giang sáp nhập vào đâu? Nhà tôi ở xã Vị Thanh cũ giờ ghi tỉnh gì?
c | Tôi muốn điền địa chỉ thường trú mới trên tờ khai cho đúng bản đồ mới: "tổ 4, phường Quang Trung, quận Hà Đông, Hà Nội" thì ghi phường nào?
- | chuẩn hóa địa chỉ: 7 ngõ 2 phố Huế hbt hn
s | mấy bạn ơi phường Thạc Gián quận Thanh Khê sáp nhập thành phường nào vậy
- | Cái địa chỉ "Số 5, đường 30/4, phường 9, TP Vũng Tàu" giờ là tỉnh nào? Vũng Tàu còn là tỉnh riêng không?
s | dia chi cty minh: Lô B3 KCN Tân Tạo, P. Tân Tạo A, Q. Bình Tân, TP.HCM, đổi sang địa chỉ mới giùm mình
e | Please normalise this address for a parcel: 18/2 Nguyen Thi Minh Khai st, ward Da Kao, D1, HCMC
- | Phường Vĩnh Hải Nha Trang cũ
s | 34 le duan, p thach thang, q hai chau, da nang doi thanh j roi
- | Cho mình hỏi xã Long Hòa, huyện Cần Giuộc, Long An giờ thuộc tỉnh Tây Ninh đúng không, và xã mới tên gì?
s | ông bà ở xóm 5 xã Diễn Kỷ huyện Diễn Châu Nghệ An, giờ bỏ huyện rồi thì ghi xã gì mới đúng
- | Mã tỉnh mới của TP Hồ Chí Minh và mã phường Sài Gòn là gì?
- | "Khóm 2, phường 5, TP Sóc Trăng" sau 1/7/2025 thuộc đơn vị hành chính nào?
s | quận 3 còn không? phường Võ Thị Sáu quận 3 giờ thuộc phường nào vậy ad
- | Mình ghi địa chỉ không dấu trên Shopee: "42 ly tu trong p ben nghe quan 1" — hệ thống mới là phường nào?
st | ddia chi 15 Trần Cao Vân phuong Phu Nhuan tp Hue gio thuoc phuong nao
- | Số 3 Tôn Đức Thắng, Đống Đa, HN bây giờ là phường Văn Miếu – Quốc Tử Giám phải không?
s | xã Bình Chánh huyện Bình Chánh sau sáp nhập có giữ tên không
- | Kiểm tra giúp địa chỉ này có hợp lệ không: "123 Lê Lai, phường 1, quận 12, Hà Nội" — hình như quận 12 đâu có ở Hà Nội?
e | which province is Phu Quoc in now and what is the new ward code for Duong Dong?
- | Tỉnh Quảng Nam cũ giờ gộp vào Đà Nẵng, vậy địa chỉ "thôn Phú Quý, xã Tam Thanh, TP Tam Kỳ" đổi thành gì?
s | nha minh o duong so 8, kp 3, p. linh trung, tp thu duc. gio ghi sao
- | Khách sạn ở 10 Trần Hưng Đạo, phường Dương Tơ, Phú Quốc — giờ đặc khu Phú Quốc thuộc tỉnh An Giang hả?
- | phường mới của Yên Hòa Cầu Giấy
sc | Cô giáo chủ nhiệm nhờ phụ huynh ghi lại địa chỉ theo đơn vị mới. Nhà em ở 19 ngõ 120 Trường Chinh, phường Phương Mai, quận Đống Đa. Ghi phường gì ạ?
- | Viết lại địa chỉ sau đúng chuẩn (có dấu, đủ cấp): "so 6 ng van linh p.tan thuan tay q7"
s | ap Phuoc Loi xa Phuoc Hau huyen Can Giuoc tinh Long An dung ko, gio thuoc tinh nao
- | Mình đi Hàn về, giấy tờ cũ ghi "xã Quỳnh Lưu, huyện Quỳnh Lưu, Nghệ An". Giờ xã đó sáp nhập thành xã nào rồi?
- | Bưu kiện trả về vì "sai địa chỉ": 77 Bạch Đằng, phường 2, quận Tân Bình. Phường 2 Tân Bình bây giờ là phường nào?
s | tỉnh Bình Dương còn không hay nhập hết vào TP HCM rồi, phường Phú Cường Thủ Dầu Một giờ ra sao
- | Địa chỉ "Số 1 Đại Cồ Việt, HBT, HN" tách ra giúp mình: số nhà, đường, phường cũ, phường mới.
s | Phường 14 quận 10 TPHCM còn dùng được không, giờ gọi là phường gì
- | Xã Nam Hồng, huyện Đông Anh giờ là xã Đông Anh luôn hả?
s | e ở khu 4 thị trấn Hùng Sơn, Lâm Thao, Phú Thọ. thị trấn bỏ rồi thì giờ là xã gì ạ
t | quận 8 phường 4 giờ là gi
- | Cho tôi danh sách các phường cũ đã gộp vào phường Hải Châu mới ở Đà Nẵng.
st | dia chi nha e bi ghi la "phuong Tan Dinh, q Bnh Thanh" co sai ko, phuong Tan Dinh thuoc quan nao
- | Cửa hàng cà phê của mình ở 21 Nguyễn Văn Linh, Hải Châu, Đà Nẵng. Mình cần in địa chỉ mới lên menu, viết sao cho chuẩn?
s | Nhà thuê ở 60 Phan Chu Trinh, phường 24, quận Bình Thạnh; chủ nhà bảo giờ là phường Gia Định. Đúng không các bạn?
- | Làm sao biết "thị xã Ngã Năm, Sóc Trăng" sau sáp nhập thành phường nào của Cần Thơ?
- | Chuyển giúp địa chỉ 3 cấp cũ sang 2 cấp mới: 5 Nguyễn Huệ, phường Bến Nghé, quận 1
- | ấp 3 xã Tân Thạnh Đông Củ Chi
s | Tòa nhà Landmark 81, 720A Điện Biên Phủ, phường 22, quận Bình Thạnh — địa chỉ mới là gì?
- | Em muốn hỏi phường Cửa Nam và phường Hàng Bông có gộp chung không, nhà em ở 14 Hàng Bông thì ghi phường nào?
s | thon 2 xa hoa ninh, huyen hoa vang da nang gio thanh xa j vay may ban
- | Trên hoá đơn điện ghi "P. Thảo Điền, TP Thủ Đức". Mình muốn biết mã đơn vị hành chính phường mới tương ứng.
c | Biển số 43A là Đà Nẵng, nhưng mình chỉ cần biết địa chỉ "50 Lê Đình Lý, phường Vĩnh Trung, quận Thanh Khê" giờ thuộc phường nào thôi.
sc | Lương hưu tôi nhận qua bưu điện, họ bảo cập nhật địa chỉ theo đơn vị mới. Nhà tôi ở số 4 tổ 7 phường Trung Đô, TP Vinh. Giờ viết sao?
- | Thành phố Thủ Đức còn không hay bị giải thể rồi?
- | Hẻm 51 Cao Thắng phường 3 quận 3 thì bây giờ là phường Bàn Cờ hay Nhiêu Lộc?
s | giúp tôi nhận diện địa chỉ này đang viết kiểu cũ hay kiểu mới: "12 Lê Thánh Tôn, phường Sài Gòn, TP Hồ Chí Minh"
s | q tân bình p2 mới
- | phường Hàng Trống cũ
s | xã Diễn Kỷ Diễn Châu
- | p.an phu q2 nay la j
s | 20 Võ Văn Tần q3
"""
