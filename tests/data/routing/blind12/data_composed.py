# Hand-written composed questions that need two experts. (query, [experts], flags)
ITEMS = [
# A + P
("Tôi ở số 5 ngõ 12 Phan Chu Trinh, phường Phan Chu Trinh, quận Hoàn Kiếm cũ. Giờ phường mới là gì, và muốn làm lại căn cước do đổi địa chỉ thì cần giấy tờ gì?", ["A","P"], ""),
("dia chi cu cua em: ap 3 xa Tan Thong Hoi huyen Cu Chi. em muon dang ky tam tru o day thi ghi xa nao va can ho so gi", ["A","P"], ""),
("Gia đình tôi người Khmer ở ấp Prey Chóp, xã Thạnh Phú, huyện Mỹ Xuyên, Sóc Trăng. Xin hỏi xã mới là xã nào và đăng ký khai sinh cho cháu nội nộp ở UBND xã mới có đúng không, cần giấy gì?", ["A","P"], "s"),
("Em sắp cưới, nhà chồng ở 14 Nguyễn Trãi, phường 2, quận 5, TP.HCM. Giúp em ghi địa chỉ mới của nhà chồng, và cho em biết đăng ký kết hôn cần chuẩn bị gì", ["A","P"], ""),
("Về quê Nam Định sau khi đi Hàn, địa chỉ cũ xóm 7 xã Xuân Ninh huyện Xuân Trường giờ thuộc xã nào, và thủ tục đăng ký thường trú lại ra sao", ["A","P"], "s"),
("Đất của ba tôi ở thôn Đông, xã Tiên Phong, huyện Ba Vì, HN. Muốn làm sổ đỏ lần đầu thì nộp ở đâu, và địa chỉ thửa đất ghi theo xã mới là gì?", ["A","P"], ""),
("Mình muốn mở tiệm nail tại 56 Lê Văn Việt, P. Hiệp Phú, TP Thủ Đức. Phường mới tên gì để ghi vào hồ sơ, và đăng ký hộ kinh doanh cần những giấy tờ nào?", ["A","P"], ""),
("My company address is 'Lot C2, KCN My Phuoc 3, Ben Cat, Binh Duong'. What is it on the new map, and how do I file the change of business registration for the new address?", ["A","P"], "e"),
("phuong 7 quan 3 gio thuoc phuong nao va xin giay phep xay dung sua nha o do can gi", ["A","P"], ""),
("Nhà em ở tổ 3 phường Quang Trung, Hà Đông. Em cần khai báo tạm vắng đi làm ở Bình Dương 6 tháng — khai ở phường mới nào và làm thủ tục gì?", ["A","P"], "s"),
# I + B
("Số thẻ 9704 2291 0456 7712 có đúng Luhn không, và nếu đúng là thẻ tôi bị mất thì khóa thẻ thế nào?", ["I","B"], ""),
("Có người gửi mã VietQR bảo chuyển tiền cọc, cho hỏi chuỗi QR đó có hợp lệ không và chuyển khoản bằng QR sang ngân hàng khác mất phí bao nhiêu", ["I","B"], "s"),
("Số 0582 345 678 là mạng nào? Tôi muốn đổi số nhận OTP sang số này thì làm sao?", ["I","B"], ""),
("toi o Uc, so the 4532 0151 1283 0366 co hop le khong, neu dung thi khoa giup toi vi bi mat vi", ["I","B"], ""),
("Mở tài khoản online yêu cầu nhập CCCD, của em là 079305001234 mà app báo sai. Số này có hợp lệ không, và mở tài khoản online cần điều kiện gì ạ", ["I","B"], ""),
("My card number is 5412 7534 1234 5670 — is it Luhn-valid? And what is the fee for an interbank transfer?", ["I","B"], "e"),
("Số điện thoại 0912 000 111 nhận OTP là vinaphone hay viettel, và tại sao mình không nhận được OTP", ["I","B"], "s"),
("Khách Trung Quốc mua sầu riêng trả bằng VietQR, anh muốn kiểm tra chuỗi QR có đúng số tài khoản mình không, và tiện hỏi gửi tiết kiệm tiền bán hàng kỳ hạn 6 tháng lãi bao nhiêu", ["I","B"], ""),
# H + S
("Con tôi học lớp 11 trường Hòa Bình, sáng nay sốt 39 độ, đau họng, nổi hạch cổ. Cho cháu đi khám khoa nào, và xin nghỉ học thì làm đơn gửi ai?", ["H","S"], ""),
("em bi dau bung du doi ben phai tu toi qua, non 2 lan. em nen di kham khoa nao va nghi hoc hom nay thi co tinh la co phep khong", ["H","S"], ""),
("Bé nhà em lớp 10 bị đau mắt đỏ, ngứa, chảy ghèn, khám ở đâu? Nghỉ mấy hôm mà trùng bài kiểm tra 1 tiết thì có được kiểm tra bù không?", ["H","S"], "s"),
("My daughter (grade 12 at Hoa Binh) fainted at home and has chest tightness. Which department, and how do I request sick leave from the school?", ["H","S"], "e"),
("Em là giáo viên chủ nhiệm, học sinh lớp em hay kêu chóng mặt, ngất trong giờ chào cờ. Em nên khuyên phụ huynh đưa đi khám khoa nào, và nếu em ấy nghỉ dài ngày thì theo quy định trường có bị ảnh hưởng lên lớp không", ["H","S"], ""),
("con tôi bị chó cắn ở chân hôm qua, khám ở đâu tiêm ngừa, và nghỉ học 3 ngày có cần giấy bác sĩ nộp cho trường không", ["H","S"], "s"),
("Chị ơi em bị trật khớp gối lúc đá bóng ở trường, sưng to đi không nổi. Khám khoa gì và có được miễn thi lại môn thể dục hè không", ["H","S"], ""),
# A + I
("Biển số 83C-123.45 là xe tỉnh nào, và tỉnh đó sau sáp nhập giờ gộp vào đâu?", ["A","I"], "s"),
("CCCD của tôi 094185001234, mã 094 là tỉnh nào? Địa chỉ trên thẻ là phường 2 TP Sóc Trăng, giờ địa chỉ mới là phường gì", ["A","I"], ""),
("Khách thuê trọ đưa số căn cước 075199004321 và địa chỉ thường trú 'ấp 1 xã An Phước huyện Long Thành'. Kiểm tra giúp số căn cước có hợp lệ và viết lại địa chỉ theo xã mới", ["A","I"], ""),
("Is the plate 61A-888.88 from Binh Duong, and what is 10 Yersin, Phu Cuong ward, Thu Dau Mot now called?", ["A","I"], "e"),
("so dt 0356 789 012 mang gi, dia chi giao hang 25 Hung Vuong p1 q10 gio la phuong nao", ["A","I"], ""),
("Mẹ em có CMND cũ 9 số 16xxxxxxx, cấp ở Nam Định đúng không? Địa chỉ cũ của mẹ là xã Trực Ninh, huyện Trực Ninh giờ đổi thành xã gì", ["A","I"], "s"),
# I + P
("Căn cước của tôi 001080012345 cấp năm 2016, giờ có cần đổi không và nếu đổi thì thủ tục ra sao? Tiện kiểm tra số đó mã tỉnh nào luôn", ["I","P"], ""),
("Mã số thuế cá nhân 8123456789 của tôi có đúng không, và quyết toán thuế TNCN năm nay tự làm thế nào?", ["I","P"], "s"),
("mst ho kinh doanh 8456123789 dung chua, gio em muon doi nganh nghe kinh doanh thi lam thu tuc gi", ["I","P"], ""),
("Biển số 51K-567.89 là xe tỉnh nào? Tôi mới mua lại chiếc xe này, thủ tục sang tên đăng ký xe làm ở đâu", ["I","P"], ""),
("Thẻ BHYT của bé mã TE1797912345678 là đối tượng gì, và thủ tục làm BHYT cho trẻ dưới 6 tuổi khi thẻ hết hạn thế nào", ["I","P"], "s"),
("Số CMND 9 số cũ có còn dùng được không? Của ba tôi là 024567890, cấp ở đâu, và ba tôi làm căn cước lần đầu cần mang gì", ["I","P"], ""),
("Please check whether tax code 0109876543 is valid and tell me how to register a personal tax code for my wife.", ["I","P"], "e"),
# T + S
("Giải giúp em hệ phương trình 2x + 3y = 13, x - y = -1. Với lại bài kiểm tra này em bị 3 điểm, trường mình có cho làm lại không?", ["T","S"], ""),
("cho em 5 bai luyen phuong trinh bac 2, em sap thi lai he mon toan, tien hoi luon thi lai he thang may", ["T","S"], ""),
("Em học lớp 10 trường Hòa Bình, cho em ôn từ vựng tiếng Anh chủ đề trường học, và cho em hỏi nếu điểm trung bình tiếng Anh dưới 5 thì có phải thi lại không", ["T","S"], "s"),
("Chị kèm em gái ôn định lý Pytago, cho chị vài bài. Em nó nghỉ ốm hôm kiểm tra hình, theo quy định trường thì kiểm tra bù khi nào?", ["T","S"], ""),
# B + P
("Chị mới mở tiệm nail, muốn đăng ký hộ kinh doanh và vay vốn 200 triệu ngân hàng để sửa tiệm. Đăng ký hộ kinh doanh nộp ở đâu, vay thì cần điều kiện gì?", ["B","P"], ""),
("thanh lap cong ty TNHH xong thi mo tai khoan doanh nghiep o ngan hang can gi, va thu tuc thanh lap cong ty nop o dau", ["B","P"], ""),
("Vay mua nhà thì ngân hàng yêu cầu sổ đỏ; đất nhà tôi chưa có sổ, vậy làm sổ đỏ lần đầu cần gì và điều kiện vay mua nhà là gì?", ["B","P"], "s"),
("Tôi bị mất việc ở KCN, muốn làm trợ cấp thất nghiệp, tiền trợ cấp về tài khoản nhưng tôi quên mật khẩu app ngân hàng, làm sao lấy lại mật khẩu và hồ sơ trợ cấp gồm gì", ["B","P"], ""),
("I'm going to renew my passport and also open a savings deposit before I leave — what documents do I need for the passport, and what are the savings terms?", ["B","P"], "e"),
("Mua xe ô tô trả góp: ngân hàng cho vay tối đa bao nhiêu %, và sau khi mua đăng ký xe ở đâu?", ["B","P"], "s"),
# H + P
("Vợ em mang thai 36 tuần bị phù chân, nhức đầu, nhìn mờ. Khám ở đâu gấp không? Với lại em làm hồ sơ hưởng thai sản cho vợ thế nào", ["H","P"], ""),
("Bé 4 tuổi nhà tôi bị ho sốt 3 ngày, chưa có thẻ BHYT. Khám khoa nào và làm thẻ BHYT cho trẻ dưới 6 tuổi ở đâu", ["H","P"], "s"),
("Bố mình mất lúc 2 giờ sáng tại nhà sau khi khó thở, mình đã gọi 115 nhưng không kịp. Giờ làm giấy khai tử ở đâu, và mẹ mình cũng đang đau ngực, tim đập nhanh, có cần đi cấp cứu không", ["H","P"], ""),
("bà ngoại 85 tuổi yếu hay ho ra máu, nên khám khoa nào, và bà có được trợ cấp xã hội hàng tháng không", ["H","P"], "s"),
# A + B
("Mình muốn mở tài khoản ngân hàng online, địa chỉ thường trú trên giấy tờ là 'P.Tân Định Q.1' nhưng app bắt chọn phường mới. Phường mới là gì, và mở tài khoản online có cần ra quầy không?", ["A","B"], ""),
("the atm bi may nuot o cay ATM so 12 Tran Hung Dao p Pham Ngu Lao Q1, khoa the sao, va dia chi do gio thuoc phuong nao de em bao cho nhan vien", ["A","B"], ""),
("Hồ sơ vay mua nhà cần ghi địa chỉ căn nhà theo tên mới: 78 Võ Thị Sáu, phường 7, quận 3. Ghi lại giúp em, và điều kiện vay mua nhà là gì?", ["A","B"], "s"),
# H + B
("Đang ở viện với ba lúc 2 giờ sáng thì phát hiện mất ví có thẻ ATM, khóa thẻ thế nào? Ba tôi giờ lại kêu đau ngực, vã mồ hôi, có nguy hiểm không", ["H","B"], ""),
("I'm in Vietnam on holiday, my card got swallowed by an ATM and now I have a high fever with a rash. How do I block the card and which department should I see?", ["H","B"], "e"),
# H + I
("Thẻ BHYT của con mã TE1797900112233 là đối tượng nào, và bé đang sốt cao co giật thì làm sao?", ["H","I"], "s"),
("số 0869 123 456 gọi tới tự xưng bác sĩ nói con tôi bị tai nạn. Số đó mạng gì? Mà con tôi thực ra đang bị đau đầu, nôn, cứng cổ, sốt, có cần đi viện ngay không", ["H","I"], ""),
# P + S
("Để nộp hồ sơ xin học bổng của trường Hòa Bình cần bản sao giấy khai sinh có chứng thực. Chứng thực ở đâu, mất phí bao nhiêu, và hạn nộp hồ sơ học bổng là khi nào?", ["P","S"], ""),
("Nha em moi duoc cong nhan ho ngheo nam nay. Thu tuc cong nhan ho ngheo xong thi em nop giay gi cho truong de duoc mien hoc phi, han nop khi nao", ["P","S"], ""),
("Con tôi lớp 11, nhà chuyển hộ khẩu vào TP.HCM; đăng ký thường trú cho cháu cần gì, và xin nghỉ 1 tuần để chuyển nhà thì trường có tính là có phép không?", ["P","S"], "s"),
# T + B
("Con tôi hỏi bài: gửi 20 triệu lãi 5%/năm thì sau 1 năm nhận bao nhiêu? Giải giúp cháu, và tôi cũng muốn biết ngân hàng mình gửi tiết kiệm 12 tháng lãi thực tế bao nhiêu", ["T","B"], ""),
("e lam bai phan tram xong roi, giai giup e bai: mot chiec xe giam 15% con 34 trieu, gia goc bao nhieu. voi lai sao em khong nhan duoc OTP khi nap tien dien thoai", ["T","B"], "y"),
# A + H
("Tôi ở 20 ngõ 4 Phương Mai, Đống Đa, HN — phường mới tên gì để gọi 115 cho đúng? Mẹ tôi đang khó thở, môi tím", ["A","H"], ""),
("dia chi 102 Hai Ba Trung p Tan Dinh Q1 gio la phuong gi, va con toi bi noi me day ngua sau khi uong thuoc thi kham khoa nao", ["A","H"], ""),
# I + S
("Thẻ BHYT học sinh của con em mã HS4797912345678 là loại gì? Và nhà trường có quy định gì về hồ sơ miễn giảm học phí cho con hộ cận nghèo", ["I","S"], "s"),
# T + H (vocabulary + real symptoms)
("Teach me English words for body parts for my test, and also my knee has been swollen and painful for a week after football — which department should I see?", ["T","H"], "e"),
]
ITEMS += [
("Hi ad, em làm mất card ATM ở Seoul rồi, block giúp em với, btw số 0901 234 567 của em là mạng gì vậy", ["I","B"], "e"),
("Bé nhà em bị fever 39 độ từ sáng, khám khoa nào ạ? Also I need the address '12 Ly Tu Trong, P. Ben Nghe, Q1' in new format for the clinic form", ["A","H"], "e"),
]
