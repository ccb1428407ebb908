# Hand-written composed questions that need two experts. (query, [experts], opts)
A, H, I, P, T, B, S = "vn-address", "vn-health-triage", "vn-identity", "vn-procedures", "vn-tutor", "bank-cskh", "school-regs"
Q = [
# address + procedures
("Nhà tôi ở 15 ngõ 3 Kim Mã, P. Kim Mã, Q. Ba Đình cũ. Giờ phường mới là gì, và muốn đăng ký thường trú cho vợ thì nộp hồ sơ ở đâu, cần giấy gì?", [A, P], ""),
("em o tro 12/4 duong so 7 p linh chieu tp thu duc, phuong moi la gi va dang ky tam tru can mang gi", [A, P], "s"),
("Đất của bố mẹ ở thôn 2 xã Hòa Ninh, huyện Hòa Vang, Đà Nẵng. Xã đó giờ là xã nào, và làm sổ đỏ lần đầu nộp ở đâu, mất bao lâu?", [A, P], ""),
("Mở hộ kinh doanh quán bún ở 40 Nguyễn Thái Học, P. Điện Biên, Ba Đình thì ghi địa chỉ mới thế nào và hồ sơ đăng ký gồm gì?", [A, P], ""),
("Ông tôi mất ở nhà, địa chỉ cũ xóm 4 xã Diễn Kỷ huyện Diễn Châu Nghệ An. Khai tử ở UBND xã mới nào và cần giấy tờ gì?", [A, P], ""),
("I live at 22 Le Thanh Ton, Ben Nghe ward, District 1. What's my new ward, and how do I register temporary residence there?", [A, P], "e"),
("xin giay phep xay nha o ap 3 xa phuoc kien huyen nha be, xa moi ten gi, ho so gom gi", [A, P], "s"),
("Chuyển hộ khẩu từ 8 Hùng Vương P.1 TP Tân An Long An về nhà chồng, cho hỏi tỉnh mới của Tân An là gì và thủ tục chuyển thường trú", [A, P], ""),
("dia chi cong ty ghi 'P. Dich Vong Hau, Q. Cau Giay' trong giay dang ky kinh doanh, phai lam thu tuc thay doi dang ky khong va phuong moi la gi", [A, P], "s"),
("Sắp kết hôn, chồng sắp cưới ở Khu phố 3, phường Trảng Dài, Biên Hòa. Phường đó giờ là gì và đăng ký kết hôn ở đâu, cần mang gì?", [A, P], ""),
("nha o 5 ngo 10 phuong phu do nam tu liem, lam can cuoc lan dau cho con 14 tuoi o dau, phuong moi la gi", [A, P], "s"),
("Bác ơi, giấy mời ghi nộp hồ sơ trợ cấp xã hội ở 'UBND P. Tân Phong, Q.7'. Giờ phường đó là phường gì, và hồ sơ trợ cấp cho người già cần gì ạ?", [A, P], ""),
# identity + bank
("CCCD của tôi 079190123456, ngân hàng bảo không khớp khi mở tài khoản online. Số này có hợp lệ không, và mở tài khoản ra quầy cần gì?", [I, B], ""),
("So the 9704 2212 3456 7890 co dung khong, toi bi nuot the o ATM muon khoa the", [I, B], "s"),
("Có người nhắn từ số 0785 123 456 bảo tôi đọc OTP để nhận hoàn phí chuyển khoản. Số đó mạng gì, và tôi không nhận được OTP thật của ngân hàng thì làm sao?", [I, B], ""),
("Quét mã VietQR chuỗi 00020101021238...6304C1D2 ra tài khoản lạ, kiểm tra giúp mã có đúng chuẩn không và chuyển liên ngân hàng vậy phí bao nhiêu?", [I, B], ""),
("My card number 4532 0151 1283 0366 — is it valid? I think it was stolen, how do I block it?", [I, B], "e"),
("Đăng ký vay mua xe, nhân viên hỏi mã số thuế cá nhân. MST của tôi 8034567891 có đúng check digit không, và vay mua ô tô cần điều kiện gì?", [I, B], ""),
("so dt 0868 123 456 la mang gi, doi sang so nay roi ma otp ngan hang van gui so cu", [I, B], "s"),
("Mẹ tôi mở sổ tiết kiệm nhưng căn cước 036165004321 bị nhân viên nói sai. Giải mã giúp số đó, và gửi tiết kiệm cần giấy tờ gì?", [I, B], ""),
("thẻ tín dụng 5105 1051 0510 5100 có qua Luhn không, mất ví rồi khóa thế nào", [I, B], ""),
("Số 0912 888 777 gọi tự xưng tổng đài ngân hàng, là mạng gì? Họ bảo app của tôi bị khóa đăng nhập, thật ra mở khóa thế nào?", [I, B], ""),
# health + school
("Con em học lớp 11 trường mình, sốt cao, đau bụng quằn quại từ tối qua. Nên cho cháu đi khoa nào, và nghỉ mấy ngày thì xin phép nhà trường thế nào?", [H, S], ""),
("em bi dau hong sot 38 do, kham khoa nao, nghi hoc co phep can giay gi nop co chu nhiem", [H, S], "s"),
("Con gái tôi lớp 11 bị ngất trong giờ thể dục, hay hoa mắt. Khám chuyên khoa nào, và bài kiểm tra hôm đó cháu có được kiểm tra bù không?", [H, S], ""),
("My son (grade 10 at Hoa Binh) has a rash and itchy eyes. Which department should he see, and how do I ask the school for sick leave?", [H, S], "e"),
("Em đau răng sưng má 2 hôm nay, mai phải đi khám chuyên khoa gì, và nghỉ thi giữa kỳ thì có được thi lại không ạ", [H, S], ""),
("con trai lop 12 ngo doc thuc an o can tin, non oi lien tuc. di khoa nao, va nghi hoc tuan nay co bi tinh khong phep khong", [H, S], "s"),
("Em lo âu đến mất ngủ, tim đập nhanh trước mỗi bài kiểm tra. Nên gặp bác sĩ khoa nào, và trường mình có cho nghỉ học để đi khám không?", [H, S], ""),
("Con tôi học lớp 10 trường mình bị thủy đậu, nổi bóng nước khắp người. Khám khoa nào, và nghỉ học 10 ngày thì con có phải thi lại hè không?", [H, S], ""),
# address + identity
("CCCD 001192004567 của tôi, quê ghi 'Xã Vân Hà, huyện Đông Anh'. Mã tỉnh 001 đúng là Hà Nội không, và xã đó giờ là xã gì?", [A, I], ""),
("Biển xe 37A-234.56 là tỉnh nào, và địa chỉ chủ xe 'khối 5, P. Hưng Bình, TP Vinh' giờ là phường mới nào?", [A, I], ""),
("bien so 62A-111.22 tinh nao, tinh do sau sap nhap vao tinh nao roi", [A, I], "s"),
("Check this ID 079203004455 and tell me the new ward for the address on it: 18 Vo Van Tan, Ward 6, District 3", [A, I], "e"),
("Số CMND cũ 381234567 của ông tôi cấp ở đâu, và địa chỉ 'Ấp Tân Phong, xã Tân Thành, Cà Mau' bây giờ thuộc xã nào?", [A, I], ""),
("Khách thuê trọ đưa CCCD 068195001122 và địa chỉ thường trú 'thôn 4, xã Lộc An, Bảo Lâm, Lâm Đồng'. Kiểm tra số có hợp lệ và xã mới là gì giúp mình.", [A, I], ""),
# identity + procedures
("Căn cước 001087006543 của tôi hết hạn năm 40 tuổi phải không? Giải mã năm sinh giúp, và thủ tục đổi thẻ cần gì?", [I, P], ""),
("MST ca nhan 8045678912 co hop le khong, va quyet toan thue TNCN tu lam thi nop o dau", [I, P], "s"),
("Con 3 tuổi có thẻ BHYT mã TE1010012345678, mã này nghĩa là gì, và nếu mất thẻ thì làm lại ở đâu?", [I, P], ""),
("Biển 29B-123.45 là xe tỉnh nào? Giờ tôi chuyển vào Sài Gòn sống thì có phải đăng ký lại xe không, thủ tục ra sao?", [I, P], ""),
("So CMND 9 so 031234567 cua bo toi con dung duoc khong, va lam can cuoc cho nguoi gia 80 tuoi co can ra tan noi khong", [I, P], "s"),
("Is 0108123456 a valid business tax code? I also need to know how to change the company address in the business registration.", [I, P], "e"),
# bank + procedures
("Tôi mua đất của hàng xóm, muốn vay ngân hàng 1 tỷ để trả. Thủ tục sang tên sổ đỏ thế nào, và vay mua đất cần điều kiện gì?", [B, P], ""),
("vua dang ky ho kinh doanh xong, gio mo tai khoan cho ho kinh doanh can gi, va dang ky ho kinh doanh co phai nop thue khong", [B, P], "s"),
("Được hưởng trợ cấp thất nghiệp thì tiền về tài khoản nào, mà tôi quên mật khẩu app ngân hàng rồi. Hồ sơ trợ cấp gồm gì?", [B, P], ""),
("Xây nhà 3 tầng cần giấy phép xây dựng gì, và vay mua nhà/xây nhà bên ngân hàng lãi thế nào?", [B, P], ""),
("Mua xe ô tô trả góp: vay được bao nhiêu phần trăm giá xe, và đăng ký xe khi xe đang thế chấp ngân hàng làm sao?", [B, P], ""),
("I need to pay my passport fee online but the OTP never arrives. Also, what documents do I need for a first passport?", [B, P], "e"),
# procedures + school
("Thủ tục xét hộ nghèo ở xã gồm những gì, và nếu được công nhận thì con tôi đang học lớp 10 trường mình có được miễn học phí không?", [P, S], ""),
("Con em lớp 11, nhà thuộc diện trợ cấp xã hội hằng tháng. Hồ sơ trợ cấp làm ở đâu, và trường có giảm học phí cho diện này không, hạn nộp khi nào?", [P, S], ""),
("lam ho chieu cho con di thi olympic nuoc ngoai mat bao lau, xin nghi hoc 2 tuan thi truong co cho khong", [P, S], "s"),
("Gia đình chuyển nhà, phải đăng ký thường trú mới cho con. Hồ sơ thế nào, và con nghỉ học mấy hôm để chuyển nhà có bị tính không phép?", [P, S], ""),
("Cần bản sao công chứng giấy khai sinh để nộp hồ sơ học bổng của trường mình. Chứng thực ở đâu, và hồ sơ học bổng gồm những gì?", [P, S], ""),
# tutor + school
("Em bị điểm kém bài kiểm tra phương trình bậc hai, trường mình có cho làm lại không? Và cho em vài bài luyện thêm.", [T, S], ""),
("thi lai he mon toan thi khi nao, cho em on tap he phuong trinh voi", [T, S], "s"),
("My daughter failed the English vocabulary test. Can she redo it under school rules, and can you quiz her on food and drink words?", [T, S], "e"),
("Con lớp 9... à không, lớp 10 rồi, bị thiếu điểm Toán để lên lớp. Điều kiện lên lớp thế nào, và cho cháu ôn lại định lý Pi-ta-go với.", [T, S], ""),
("điểm trung bình môn tính thế nào ở trường, và giúp em giải 3x - 7 = 2x + 5", [T, S], ""),
# health + identity
("The BHYT của mẹ tôi mã HT3790123456789, mã HT là đối tượng gì? Mẹ bị đau ngực, khó thở từ sáng.", [H, I], ""),
("Con tôi ho sốt, thẻ BHYT mã TE1797923456789. Mã này đúng định dạng không, và nên khám khoa nào?", [H, I], ""),
("ba toi chong mat, non, khong dung duoc. the bhyt ma HC4 ... co nghia la gi, di khoa nao", [H, I], "s"),
# health + procedures
("Vợ tôi mới sinh, đang bị sốt, đau vết mổ, sưng đỏ. Nên khám khoa nào, và hồ sơ hưởng thai sản cần gì?", [H, P], ""),
("con 4 tuoi sot co giat, di khoa nao, ma chau chua co the bhyt thi lam the cho tre duoi 6 o dau", [H, P], "s"),
("Bà tôi liệt nửa người sau tai biến, hay lơ mơ. Cần khám lại khoa nào, và bà có được trợ cấp xã hội hằng tháng không, hồ sơ ra sao?", [H, P], ""),
# address + bank
("Mở tài khoản online, app không nhận địa chỉ '15 Lê Duẩn, P. Bến Nghé, Q1'. Địa chỉ mới chuẩn là gì, và mở tài khoản online cần những gì?", [A, B], ""),
("the bi nuot o atm tai 2 Hai Ba Trung P Ben Nghe Q1, dia chi do gio la phuong nao, khoa the sao", [A, B], "s"),
("Hồ sơ vay mua nhà yêu cầu địa chỉ tài sản theo đơn vị hành chính mới: 'Thửa 45, ấp Bình Lợi, xã Bình Mỹ, Củ Chi'. Xã mới là gì, và vay mua nhà cần điều kiện gì?", [A, B], ""),
# tutor + health
("Con lớp 7 làm bài tỷ lệ xong thì kêu đau đầu, mờ mắt, nhìn bảng không rõ. Nên khám khoa nào, và cho cháu vài bài tỷ lệ nghịch dễ thôi.", [T, H], ""),
("Teach my kid English words for body parts and illnesses, and also: he has ear pain and fever, which department?", [T, H], "e"),
# identity + school
("Trường mình yêu cầu nộp số căn cước của con để xét học bổng, số 001209012345 có hợp lệ không và hồ sơ học bổng cần gì nữa?", [I, S], ""),
("can cuoc con toi 079310001234 co dung khong, truong can so nay lam the thu vien, lam the thu vien o dau", [I, S], "s"),
# address + school
("Nhà em chuyển về '7 Phan Đình Phùng, P. Quán Thánh', giờ phường mới là gì để khai lại hồ sơ, và đồng phục đi học mua ở đâu ạ", [A, S], ""),
# bank + school
("Đóng học phí cho con qua chuyển khoản bị trừ phí 11 nghìn, phí này đúng không? Và hạn nộp đơn giảm học phí của trường là khi nào?", [B, S], ""),
]
