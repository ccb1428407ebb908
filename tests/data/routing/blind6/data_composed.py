# Hand-written composed questions that genuinely need two experts
A, H, I, P, T, B, S = "vn-address", "vn-health-triage", "vn-identity", "vn-procedures", "vn-tutor", "bank-cskh", "school-regs"
Q = [
# address + procedures
("Nhà tôi ở 12 Hàng Bông, phường Hàng Gai, Hoàn Kiếm cũ; giờ đăng ký tạm trú cho người thuê thì nộp ở phường mới nào và cần giấy gì?", [A, P], ""),
("Tôi ở xã Tân Thông Hội, Củ Chi cũ, muốn làm lại căn cước bị mất thì ra công an xã mới nào, mang theo gì", [A, P], "s"),
("Đăng ký khai sinh cho con, hộ khẩu ghi 'phường 5 quận 8' – bây giờ nộp ở UBND phường nào, hạn mấy ngày?", [A, P], ""),
("dia chi thuong tru cu: thon 4 xa cu ne huyen krong buk dak lak. gio lam ho kinh doanh thi ghi dia chi moi ra sao va can giay to gi", [A, P], ""),
("Sổ đỏ nhà tôi ghi xã Phước Kiển, huyện Nhà Bè. Sang tên cho con thì hồ sơ nộp ở đâu, địa chỉ mới ghi thế nào?", [A, P], "s"),
("Bố mất ở quê (xã Quảng Ngọc, Quảng Xương, Thanh Hóa cũ), khai tử ở xã nào bây giờ và cần giấy gì", [A, P], ""),
("My parents live at 40 Le Loi, Hue; they want to apply for passports - which new ward office handles residence data and what documents do they need?", [A, P], "e"),
("Công ty em đặt trụ sở ở 'phường 4 quận Tân Bình', sau sáp nhập có phải làm thủ tục thay đổi đăng ký kinh doanh không, địa chỉ mới là gì", [A, P], "s"),
("Tôi chuyển hộ khẩu về 27 ngõ 5 Lạc Long Quân, Nghĩa Đô, Cầu Giấy: địa chỉ mới là phường gì và đăng ký thường trú cần giấy đồng ý chủ hộ không?", [A, P], ""),
("xin giay xac nhan tinh trang hon nhan o dau neu dang o xa an phu huyen cu chi cu", [A, P], ""),
("Bà ngoại 85 tuổi ở xã Đông Hưng, Thái Bình cũ, xin trợ cấp xã hội hàng tháng nộp cho xã mới nào, cần giấy gì?", [A, P], "s"),
("Làm giấy phép xây dựng nhà ở 'tổ 3 phường Thịnh Đán TP Thái Nguyên' – nay thuộc phường nào và hồ sơ gồm gì", [A, P], ""),
# identity + bank
("Số thẻ của tôi 9704 2291 0000 1234 nhập vào web báo sai, kiểm tra giúp có đúng không, nếu bị lộ thì khóa thẻ sao?", [I, B], ""),
("Có người gọi từ số 0586 123 456 xưng nhân viên ngân hàng đòi mã OTP. Số này mạng gì và tôi có nên đổi mật khẩu app không?", [I, B], "s"),
("Mở tài khoản bên bạn bằng CCCD 038301002345 mà app báo số không hợp lệ, số này đúng chưa và mở tài khoản cần gì nữa?", [I, B], ""),
("chuoi vietqr nay co dung khong 000201010211...6304A1B2, chuyen qua so tai khoan khac ngan hang mat phi bao nhieu", [I, B], ""),
("Số điện thoại đăng ký nhận OTP của tôi là 0812 333 444 – mạng gì vậy, sao không nhận được OTP?", [I, B], "sc"),
("My card number 4532 0151 1283 0366 - can you confirm it passes the checksum and tell me how to lock it, I think it was skimmed", [I, B], "e"),
("Tôi muốn vay vốn kinh doanh cho công ty có mã số thuế 0108765432; mã này có hợp lệ không và điều kiện vay bên bạn ra sao", [I, B], "s"),
("Con tôi có CCCD 001210009999 (sinh 2010) có đủ tuổi mở tài khoản tiết kiệm không? Số đó đọc ra năm sinh đúng không", [I, B], ""),
# health + school
("Con em lớp 11 sốt cao, nôn từ tối qua, nên đi khám khoa nào, và xin nghỉ học mấy ngày thì có tính có phép không ạ?", [H, S], ""),
("em bị đau bụng dữ dội ở trường, nên đi viện khoa nào và có được kiểm tra bù bài chiều nay không", [H, S], "s"),
("Cháu bị thủy đậu, nổi mụn nước khắp người, cần khám ở đâu; trường mình quy định nghỉ bao lâu mới được đi học lại?", [H, S], ""),
("Chào thầy, con trai tôi hay đau đầu chóng mặt mỗi khi học lâu, tôi muốn biết nên khám gì và xin cho cháu nghỉ tiết thể dục có được không", [H, S], "s"),
("đau mắt đỏ lây cả lớp, e nên đi khám ở đâu và nghỉ có phép cần giấy gì", [H, S], ""),
("Phụ huynh em Hà 12A2 ạ: cháu ho ra máu sáng nay, giờ gia đình phải làm gì, và nếu nghỉ tuần thi học kỳ thì cháu được thi bù không?", [H, S], "s"),
("My daughter at Hoa Binh high school sprained her ankle in PE and can't walk; which department should we see and how does she get excused from class?", [H, S], "e"),
("Dạo này con em mất ngủ, hay khóc, nói chán sống. Em xin cho con nghỉ vài hôm thì làm đơn sao, và con em nên đi khám chỗ nào?", [H, S], ""),
("bi soc nhiet luc chao co, gio nguoi van met. di kham khoa nao, nghi buoi chieu co bi tinh khong phep", [H, S], ""),
# address + identity
("CCCD của tôi số 036190001122, địa chỉ thường trú ghi xã Hải Hậu cũ. Số này mã tỉnh nào, và xã đó giờ là xã gì?", [A, I], ""),
("Biển số xe 61A-234.56 là tỉnh nào? Mình mua xe ở Thủ Dầu Một, giờ Thủ Dầu Một thuộc tỉnh nào rồi?", [A, I], "s"),
("Is CCCD 079188012345 from HCMC? And the address on it, '12 Nguyen Trai, Phuong 2, Quan 5', what is it on the new map?", [A, I], "e"),
("Bien so 88A la tinh nao, tinh do sap nhap voi tinh nao roi", [A, I], ""),
("Mã tỉnh trên CCCD là 035 – tỉnh Hà Nam phải không, mà Hà Nam giờ gộp vào đâu, địa chỉ Phủ Lý của tôi ghi thế nào?", [A, I], "s"),
("Shipper ghi: người nhận 0935 111 222, địa chỉ 9 Bạch Đằng, Thạch Thang, Hải Châu. Số đó mạng gì và phường mới là gì?", [A, I], ""),
# identity + procedures
("Căn cước của tôi số 001087005566 sắp hết hạn vì đủ 40 tuổi – số này có đúng năm sinh 1987 không, và đổi thẻ cần giấy gì?", [I, P], ""),
("CMND 9 số 187654321 của mẹ tôi giờ hết hạn, làm căn cước mới thì thủ tục ra sao, số 187 là tỉnh nào?", [I, P], "s"),
("Mã số thuế cá nhân 8012345670 có hợp lệ không? Nếu không thì đăng ký mã số thuế lần đầu ở đâu", [I, P], ""),
("Bé lớn nhà tôi có thẻ BHYT mã TE1797920012345, đọc giúp các ký tự nghĩa là gì; bé út mới sinh thì làm BHYT cho trẻ dưới 6 tuổi thế nào?", [I, P], "s"),
("Biển số 37C-111.22 là xe tỉnh nào vậy? Tôi mua lại chiếc xe đó, sang tên đăng ký xe cần giấy gì", [I, P], ""),
("vo toi co so cccd 079300123456, kiem tra dung khong roi huong dan dang ky ket hon can gi", [I, P], ""),
# health + procedures
("Con tôi 4 tuổi sốt, phát ban, cần khám khoa nào; cháu chưa có thẻ BHYT thì làm thẻ cho trẻ dưới 6 tuổi ở đâu?", [H, P], ""),
("Vợ tôi mang thai 38 tuần đau bụng từng cơn ra huyết, nên vào khoa nào ngay? Sau sinh hồ sơ thai sản nộp cho ai", [H, P], "s"),
("Em bị máy cắt vào tay ở xưởng chảy máu nhiều, đi đâu trước; nghỉ việc sau đó có được trợ cấp thất nghiệp không", [H, P], ""),
("Bà tôi đột quỵ nằm liệt sau khi xuất viện, giờ hay sốt, ho đờm – nên khám ở đâu, và xin trợ cấp người khuyết tật nặng cho bà thế nào?", [H, P], "s"),
("baby 2 months old with fever 38.5, where to take her - and how do I register her birth, we haven't done it yet", [H, P], "e"),
# tutor + school
("Em bị 3,5 điểm môn Toán học kỳ 1, trường mình có cho kiểm tra lại không? Cho em luyện thêm bài phương trình bậc hai luôn", [T, S], ""),
("thi lại hè môn toán thì trường thi vào lúc nào, ôn giúp em hệ phương trình với", [T, S], "s"),
("Con em lớp 10 trường Hòa Bình, điểm trung bình tiếng Anh dưới 5 có bị ở lại lớp không? Cho cháu luyện từ vựng chủ đề trường học", [T, S], ""),
("Tuần sau kiểm tra bù môn toán, e muốn hỏi điều kiện được kiểm tra bù và cho e vài bài pytago ôn trước", [T, S], "s"),
# bank + procedures
("Tôi mở hộ kinh doanh tạp hóa, đăng ký hộ kinh doanh cần giấy gì và ngân hàng bạn có cho vay vốn kinh doanh không?", [B, P], ""),
("Muốn vay mua nhà mà sổ đỏ chưa sang tên, thủ tục sang tên đất ra sao và điều kiện vay thế nào", [B, P], "s"),
("Mất ví cả căn cước lẫn thẻ ATM: khóa thẻ thế nào và làm lại căn cước cần gì?", [B, P], ""),
("Lost my wallet in Saigon with my bank card and my Vietnamese passport. How do I block the card and get a new passport?", [B, P], "e"),
("Nhận trợ cấp thất nghiệp qua tài khoản thì mở tài khoản bên bạn cần gì, và hồ sơ trợ cấp nộp ở đâu", [B, P], "s"),
("vay mua xe ô tô xong thì đăng ký xe ở đâu, lệ phí bao nhiêu; lãi vay mua xe bên bạn thế nào", [B, P], ""),
# school + procedures
("Thủ tục xin công nhận hộ nghèo ở xã thế nào? Có giấy đó rồi thì nộp cho trường mình để miễn học phí, hạn chót khi nào ạ", [S, P], "s"),
("Trường yêu cầu bản sao có chứng thực giấy khai sinh để xét học bổng – chứng thực ở đâu, và hạn nộp hồ sơ học bổng là bao giờ ạ?", [S, P], ""),
("con toi hoc lop 11 truong hoa binh, xin mien hoc phi can giay chung nhan ho can ngheo, lam giay do o dau", [S, P], ""),
# school + bank
("Trường mình chuyển tiền học bổng qua tài khoản học sinh, con em 16 tuổi mở tài khoản được không; và học bổng kỳ này xét theo tiêu chí gì?", [S, B], ""),
("Em quên mật khẩu app ngân hàng, lấy lại sao ạ? Em cần chuyển tiền phạt thư viện trường vì trả sách muộn 2 tuần, phạt bao nhiêu vậy", [S, B], "s"),
# address + bank
("Mở tài khoản online bắt nhập địa chỉ theo đơn vị hành chính mới, nhà tôi ở 5 Trần Phú, phường 4, quận 5. Mở tài khoản như vậy có cần ra quầy không?", [A, B], ""),
("the atm bi nuot o cay atm duong 30/4 phuong 9 vung tau cu, gio khoa the sao, cay do thuoc phuong moi nao de bao", [A, B], ""),
# health + bank
("Vừa bị giật túi ngã xe, đầu gối chảy máu, tay trái đau không nhấc lên được; trong túi có thẻ tín dụng – nên đi khám khoa nào và khóa thẻ gấp ra sao?", [H, B], ""),
("Mình bị ngất ở cây ATM, thẻ bị nuốt luôn. Giờ đầu còn choáng, hay buồn nôn. Khám khoa nào và lấy lại thẻ thế nào?", [H, B], "s"),
# address + health
("Đang giao hàng tới 14 Nguyễn Thị Minh Khai, Đa Kao, Q1 thì bị chó cắn ở chân. Địa chỉ đó phường mới là gì để báo app, và vết cắn phải đi khám đâu?", [A, H], ""),
# address + school
("Hồ sơ học bổng trường Hòa Bình yêu cầu ghi địa chỉ theo xã mới, nhà em ở xã Hòa Tiến, Hòa Vang cũ. Xã mới là gì và hạn nộp hồ sơ khi nào ạ?", [A, S], "s"),
("Đơn xin nghỉ học của con phải ghi địa chỉ, nhà tôi 'tổ 12 phường Quang Trung, Hà Đông' giờ ghi thế nào, và nghỉ 1 tuần cần thầy chủ nhiệm hay hiệu trưởng duyệt?", [A, S], ""),
# tutor + bank
("Con tôi lớp 7 muốn hiểu lãi suất: cho cháu bài toán phần trăm về gửi tiết kiệm, và thật ra gửi tiết kiệm 6 tháng ở ngân hàng bạn lãi bao nhiêu?", [T, B], ""),
# identity + health
("Thẻ BHYT của mẹ mã HT3797920123456 thì số 3 là mức hưởng bao nhiêu? Mẹ đang đau thắt ngực, vã mồ hôi, giờ phải làm gì", [I, H], "s"),
]
