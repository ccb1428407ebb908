# Hand-written composed questions that really need two experts.
# Each item: (query, [expert, expert], flags). flags: s = strip accents, t = typo, c = confusable, e = english
A, H, I, P, T, B, S = ("vn-address", "vn-health-triage", "vn-identity", "vn-procedures",
                       "vn-tutor", "bank-cskh", "school-regs")
ITEMS = [
    # address + procedures
    ("Tôi thuê trọ ở 25/3 Đường số 7, P. Bình Hưng Hòa A, Q. Bình Tân. Giờ phường đó tên mới là gì và đăng ký tạm trú cần giấy tờ gì?", [A, P], ""),
    ("nhà ở xã Kim Chung, huyện Hoài Đức cũ, giờ thuộc xã nào, và muốn làm sổ đỏ lần đầu thì nộp hồ sơ ở đâu", [A, P], "s"),
    ("Mình vừa mua nhà ở 17 Phan Đình Phùng, P.2, TP Đà Lạt. Sau sáp nhập địa chỉ mới là gì, và sang tên sổ đỏ cần những giấy tờ gì?", [A, P], "s"),
    ("Đăng ký khai sinh cho con thì nộp ở UBND phường nào? Nhà em ở số 4 ngõ 31 Hoàng Cầu, phường Ô Chợ Dừa, Đống Đa (địa chỉ cũ).", [A, P], ""),
    ("dia chi cu: thon 5 xa Ea Tu, TP Buon Ma Thuot. Gio thuoc phuong/xa nao va dang ky thuong tru o do can ho so gi?", [A, P], ""),
    ("Xin giấy phép xây nhà ở 120 Tô Ký, P. Tân Chánh Hiệp, Q.12 thì giờ nộp ở phường mới nào, hồ sơ gồm gì?", [A, P], "s"),
    ("My company is at 9 Nguyen Dinh Chieu, Da Kao Ward, District 1. What is the new official address, and how do I register the address change for the company?", [A, P], "e"),
    ("Hộ kinh doanh của tôi đăng ký ở thị trấn Phú Minh, huyện Sóc Sơn. Thị trấn giờ đổi thành xã gì, và có phải làm thủ tục thay đổi đăng ký hộ kinh doanh không?", [A, P], "c"),
    # identity + procedures
    ("Căn cước của tôi số 031190012345 bị mất rồi. Số này mã tỉnh nào vậy, và làm lại thì cần gì, mất bao lâu?", [I, P], "s"),
    ("mst ca nhan 8098765432 co dung ko, neu sai thi dang ky lai ma so thue ca nhan the nao", [I, P], ""),
    ("CMND 9 số cũ 186123456 của bố tôi là cấp ở tỉnh nào? Bố tôi giờ muốn làm căn cước lần đầu thì thủ tục ra sao?", [I, P], ""),
    ("Biển số 37A-123.45 là tỉnh nào, và mua xe cũ biển tỉnh khác thì sang tên đăng ký xe thế nào?", [I, P], "s"),
    ("Mã thẻ BHYT của bé là TE1010123456789 có đúng định dạng không, và làm thẻ BHYT cho trẻ dưới 6 tuổi cần giấy tờ gì?", [I, P], ""),
    ("Sổ BHXH bị mất, trên giấy tờ cũ có số CCCD 001088004321 — kiểm tra giúp số này có hợp lệ không và xin cấp lại sổ BHXH thế nào?", [I, P], "s"),
    ("cccd 092301234567 la tinh nao, ma 3 o vi tri thu 4 nghia la gi; con toi 15 tuoi lam cccd lan dau can gi", [I, P], ""),
    # identity + bank
    ("Số thẻ 9704 3612 3456 7891 có đúng không? Thẻ đó vừa bị ATM nuốt, tôi cần khóa thẻ ngay.", [I, B], "s"),
    ("sdt 0356 789 012 la mang gi, em doi sang so nay roi ma khong nhan duoc otp ngan hang", [I, B], ""),
    ("Mình mở tài khoản ngân hàng online, app bảo số căn cước 079099012345 không hợp lệ. Số này có sai không, và mở tài khoản online cần gì?", [I, B], "c"),
    ("Shop gửi chuỗi VietQR 000201010211...5802VN6304A1B2, kiểm tra giúp chuỗi có hợp lệ không, với chuyển khoản qua QR sang ngân hàng khác mất phí bao nhiêu?", [I, B], "s"),
    ("Check if card number 5105 1051 0510 5100 passes the Luhn check, and if it's lost how do I block it?", [I, B], "e"),
    ("Số điện thoại 0981 222 333 có phải Viettel không, tôi muốn đăng ký nhận OTP bằng số này thay số cũ", [I, B], "s"),
    ("mã số thuế doanh nghiệp 0109876543 có hợp lệ không, cty mình định vay vốn kinh doanh ở ngân hàng, điều kiện thế nào", [I, B], ""),
    # health + school
    ("Con em học lớp 11 trường mình, từ tối qua sốt 39 độ, đau họng, nổi hạch cổ. Cháu nên khám khoa nào, và xin nghỉ học mấy ngày thì phụ huynh làm giấy phép thế nào?", [H, S], ""),
    ("em bi dau bung du doi ben phai tu sang, buon non. nen di kham khoa nao, va nghi hoc hom nay thi co bi tinh khong phep ko", [H, S], ""),
    ("Hôm thi học kỳ em bị ngộ độc thức ăn, nôn và tiêu chảy liên tục. Em nên đi khám ở đâu và có được thi bù không?", [H, S], "s"),
    ("Con tôi lớp 10 bị ngất trong giờ chào cờ, tỉnh lại thì kêu tức ngực. Cần khám chuyên khoa gì, và nghỉ học có phép cần giấy khám bệnh không?", [H, S], ""),
    ("Em bị đau mắt đỏ lây lan, mắt sưng chảy ghèn. Nên khám khoa gì, và nghỉ 1 tuần có ảnh hưởng xét lên lớp không ạ?", [H, S], "s"),
    ("Our daughter in grade 12 at Hoa Binh High has had a high fever and a rash for two days. Which department should we go to, and how do we request sick leave from the school?", [H, S], "e"),
    ("Dạo này em mất ngủ, hay khóc, thấy sống không còn ý nghĩa gì. Em không dám đi học nữa, nghỉ nhiều có bị đuổi học không?", [H, S], "c"),
    # tutor + school
    ("Tuần sau em phải thi lại hè môn Toán ở trường, quy định thi lại thế nào, đỗ thì có lên lớp 11 không? Cho em luyện mấy bài phương trình bậc hai luôn nhé", [T, S], ""),
    ("em bi diem kem mon tieng anh, duoc kiem tra lai khong, va cho em on tu vung chu de truong hoc", [T, S], ""),
    ("Bài kiểm tra bù môn Toán của em vào thứ 5, được làm bù mấy lần ạ? Thầy cho em vài bài hệ phương trình để ôn trước với", [T, S], "s"),
    ("Con tôi lớp 10 trường Hòa Bình bị điểm Toán 3.2, có phải thi lại hè không? Và cho cháu bài luyện về hàm số bậc nhất vì cháu bị hổng từ lớp 9", [T, S], ""),
    ("Thư viện trường mình mấy giờ đóng cửa vậy, em định lên đó ôn định lý Pytago, cho em thêm 3 bài tập về Pytago nữa nha", [T, S], "s"),
    # bank + procedures
    ("Tôi muốn mở tiệm cà phê: đăng ký hộ kinh doanh cần gì, và sau đó vay vốn kinh doanh ở ngân hàng thì điều kiện thế nào?", [B, P], ""),
    ("Vay mua nhà thế chấp bằng chính căn nhà đó, ngân hàng cần điều kiện gì? Và khi mua xong thì thủ tục sang tên sổ đỏ nộp ở đâu?", [B, P], "s"),
    ("Mất cả ví, trong đó có căn cước và thẻ ATM. Khóa thẻ ATM bằng cách nào và làm lại căn cước ở đâu?", [B, P], ""),
    ("huong tro cap that nghiep thi nhan qua tai khoan, chua co tai khoan thi mo tai khoan ngan hang can gi, va ho so tro cap nop o dau", [B, P], ""),
    ("Thành lập công ty TNHH xong thì mở tài khoản ngân hàng cho công ty thế nào, còn hồ sơ thành lập công ty gồm những gì?", [B, P], "s c"),
    # health + procedures
    ("Vợ tôi mang thai 36 tuần, tối nay ra máu đỏ nhiều và đau bụng từng cơn. Phải làm gì ngay? Sau này làm hồ sơ hưởng thai sản thế nào?", [H, P], ""),
    ("Mẹ tôi 80 tuổi hay chóng mặt, đi đứng loạng choạng mấy tháng nay, nên đưa mẹ khám khoa nào? Mẹ không có lương hưu, có được trợ cấp xã hội hằng tháng không?", [H, P], "s"),
    ("Bé nhà em 2 tuổi ho nhiều, thở rít, rút lõm ngực khi thở, phải đi khám khoa nào? Bé chưa có thẻ BHYT thì làm thẻ BHYT cho bé ở đâu?", [H, P], ""),
    # address + identity
    ("Giúp mình chuẩn hóa địa chỉ người nhận và xem số điện thoại nhà mạng gì: 'Chị Lan 0912 876 543, 31 Trần Hưng Đạo, P. Phạm Ngũ Lão, Q1'", [A, I], "s"),
    ("Căn cước 038198001122 ghi quê Thanh Hóa. Mã 038 có đúng Thanh Hóa không, và địa chỉ thường trú 'xã Quảng Tâm, TP Thanh Hóa' giờ thành xã/phường gì?", [A, I], ""),
    ("bien so 61A-234.56 la tinh nao, tinh do sau sap nhap 2025 nhap vao dau, dia chi 5 Yersin p Hiep Thanh Thu Dau Mot gio ghi sao", [A, I], ""),
    ("Kiểm tra mã số thuế 0401234567 và chuẩn hóa địa chỉ công ty ghi trên hóa đơn: 80 Hàm Nghi, P. Thạc Gián, Q. Thanh Khê, Đà Nẵng", [A, I], "s"),
    # address + bank
    ("Ngân hàng yêu cầu cập nhật địa chỉ mới trên app. Địa chỉ cũ của tôi là 14 Cách Mạng Tháng 8, P.7, Q. Tân Bình thì bây giờ ghi thế nào? Với lại tôi quên mật khẩu đăng nhập app nên chưa vào cập nhật được, lấy lại mật khẩu kiểu gì?", [A, B], "s"),
    ("Địa chỉ nhà em 'ấp Phước Lộc, xã Phước Kiển, Nhà Bè' giờ thuộc xã nào? Em đang làm hồ sơ vay mua nhà ở đó, ngân hàng cần điều kiện gì?", [A, B], ""),
    # procedures + school
    ("Nhà trường bảo hồ sơ miễn học phí cần giấy chứng nhận hộ nghèo. Thủ tục công nhận hộ nghèo làm ở đâu, và hạn nộp hồ sơ miễn học phí ở trường là khi nào?", [P, S], ""),
    ("Con em học lớp 11, trường yêu cầu bản sao giấy khai sinh có chứng thực để làm hồ sơ học bổng. Chứng thực bản sao ở đâu, mất phí không, và hồ sơ học bổng nộp trước ngày nào?", [P, S], "s"),
    ("Em lớp 10 trường mình, sắp đi làm căn cước lần đầu thì cần mang gì, và xin nghỉ buổi sáng để đi làm căn cước thì có được tính có phép không?", [P, S], "s"),
    # bank + school
    ("Học bổng của trường chuyển vào tài khoản học sinh, em chưa có tài khoản. Em 16 tuổi mở tài khoản ngân hàng được không, và hồ sơ học bổng hạn chót khi nào?", [B, S], ""),
    ("Con tôi mất thẻ ATM ở trường, tôi cần khóa thẻ gấp. Nhân tiện cho hỏi nội quy trường có cho học sinh mang điện thoại không?", [B, S], "s"),
    # address + school
    ("Nhà em mới chuyển về 12 Lê Duẩn, P. Bến Nghé, Q1 (địa chỉ cũ). Hồ sơ học bổng của trường yêu cầu ghi địa chỉ theo đơn vị hành chính mới — địa chỉ mới là gì, và hồ sơ học bổng hạn nộp khi nào ạ?", [A, S], ""),
    # identity + school
    ("Hồ sơ xin miễn giảm học phí của trường mình phải ghi số căn cước của phụ huynh. Số của mẹ em là 040185003456, cô chủ nhiệm bảo hình như sai, kiểm tra giúp em với, và hạn nộp hồ sơ miễn giảm là bao giờ?", [I, S], "s"),
    # health + bank
    ("Con tôi đau bụng dưới bên phải dữ dội, sốt, nôn từ chiều — đưa cháu khám khoa nào hay đi cấp cứu luôn? Tôi cũng cần vay tiêu dùng gấp 30 triệu, ngân hàng cần điều kiện gì?", [H, B], ""),
    # identity + health
    ("Mã BHYT DN4797912345678 trên thẻ của tôi nghĩa là gì? Tôi đang bị đau đầu dữ dội kèm cứng gáy và sốt cao, nên khám khoa nào?", [I, H], ""),
    # tutor + bank
    ("Cho em bài toán phần trăm kiểu tính lãi đơn giản để luyện, với lại ngân hàng bên anh gửi tiết kiệm 12 tháng lãi suất khoảng bao nhiêu vậy", [T, B], "s"),
    # tutor + health
    ("Em lớp 8, dạo này đọc sách lâu là mỏi mắt, chảy nước mắt, nhìn bảng bị mờ, nên khám khoa nào ạ? Với cho em ôn từ vựng tiếng Anh chủ đề body and health luôn", [T, H], ""),
]
