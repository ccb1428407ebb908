# Hand-written composed questions needing two experts. Line format: EXP1+EXP2 FLAGS | query
RAW = r"""
vn-address+vn-procedures - | Nhà tôi ở 14 ngõ 2 Phố Huế, phường Phạm Đình Hổ, quận Hai Bà Trưng cũ. Giờ địa chỉ này thuộc phường nào, và tôi muốn làm lại căn cước bị mất thì nộp hồ sơ ở đâu, phí bao nhiêu?
vn-address+vn-procedures s | Vợ chồng mình mới cưới, hộ khẩu vợ ở xã Hòa Tú 1, Mỹ Xuyên, Sóc Trăng cũ. Sau sáp nhập xã đó thành xã gì, và đăng ký kết hôn cần giấy tờ gì?
vn-address+vn-procedures s | Ba tôi ở thôn 3 xã Diễn Kỷ, huyện Diễn Châu mới mất. Xã cũ giờ thuộc xã mới nào, và làm giấy khai tử trong bao lâu?
vn-address+vn-procedures - | Mình thuê trọ ở 88/3 Nguyễn Trãi, phường 3, quận 5. Phường mới tên gì để mình ghi vào tờ khai, và đăng ký tạm trú cần giấy tờ gì?
vn-address+vn-procedures s | dat cua ba o ap Phuoc Loi xa Phuoc Hau, Can Giuoc, Long An cu. gio thuoc tinh nao xa nao, va thu tuc sang ten so do ban dat lam o dau
vn-address+vn-procedures e | My shop is at 21 Nguyen Van Linh, Hai Chau, Da Nang. What is the new ward, and how do I register a household business there?
vn-address+vn-procedures - | Xây nhà ở thửa đất tại thôn Phú Quý, xã Tam Thanh, TP Tam Kỳ cũ thì nay thuộc đơn vị nào, và có cần xin giấy phép xây dựng không?
vn-identity+bank-cskh - | Số thẻ 4532 7153 3790 1241 có hợp lệ không? Nếu đúng là thẻ của mình thì mình vừa làm rơi nó, khóa thẻ thế nào?
vn-identity+bank-cskh s | Có người gọi từ số 0868 222 111 xưng nhân viên ngân hàng đòi mã OTP. Số đó mạng gì vậy, và mình lỡ đọc OTP rồi thì phải khóa tài khoản làm sao?
vn-identity+bank-cskh - | Khách quét mã VietQR của quán mình mà báo lỗi, chuỗi 000201010212... kiểm tra giúp có đúng cấu trúc không, và chuyển khoản vào tài khoản này từ ngân hàng khác có mất phí không?
vn-identity+bank-cskh s | mo tai khoan can cccd, so cccd cua e 079303001234 co hop le ko, va mo online tren app dc ko
vn-identity+bank-cskh e | Can you check if my card number 5200 8282 8282 8210 passes Luhn? The app says invalid, and I also didn't get the OTP.
vn-identity+bank-cskh s | Số điện thoại nhận OTP của mình là 0559 123 456, nhà mạng nào vậy? Mấy hôm nay không nhận được OTP chuyển tiền, sửa sao?
vn-health-triage+school-regs - | Con em học lớp 11 trường Hòa Bình, sáng nay sốt 39 độ, đau họng, nổi hạch cổ. Nên cho cháu khám khoa nào, và xin nghỉ học thế nào để được tính có phép?
vn-health-triage+school-regs s | Em bị đau bụng quặn vùng hố chậu phải từ đêm qua, nôn nhiều. Em nên đi khám khoa gì, mà mai có bài kiểm tra Toán thì có được kiểm tra bù không?
vn-health-triage+school-regs s | con toi bi soi tai, ngua noi mun nuoc khap nguoi, kham o dau. truong minh nghi bao nhieu ngay thi phai co giay bac si
vn-health-triage+school-regs - | Cháu bị ngã khi đá bóng ở trường, cổ tay sưng vẹo, đau nhiều. Đưa cháu đi khám khoa nào, và nghỉ học mấy hôm có ảnh hưởng điều kiện lên lớp không?
vn-health-triage+school-regs e | My daughter at Hoa Binh High School has had migraines with vomiting for three days. Which department should she see, and how do I request leave?
vn-health-triage+school-regs s | Dạo này con em ôn thi mất ngủ, hay khóc và có lần nói muốn biến mất. Em nên đưa con đi đâu, và có xin cho con nghỉ vài ngày theo quy định trường được không?
vn-address+vn-identity - | CCCD của chị ấy là 094185001234 và địa chỉ thường trú ghi "Khóm 2, phường 5, TP Sóc Trăng". Số căn cước có đúng mã tỉnh Sóc Trăng không, và địa chỉ đó giờ thuộc phường nào?
vn-address+vn-identity s | Xe biển 43A-567.89 đăng ký ở 34 Lê Duẩn, phường Thạch Thang, quận Hải Châu. Biển 43 là tỉnh nào, và địa chỉ đó nay là phường gì?
vn-address+vn-identity s | sdt 0905123987 mang gi, va dia chi giao hang "K15/7 Ha Huy Tap, P. Xuan Ha, Q. Thanh Khe" gio la phuong nao
vn-address+vn-identity e | Check this ID 001099012345 and tell me which new ward "12 Hang Bong, Hoan Kiem, Hanoi" is in now.
vn-address+vn-identity - | Mình điền hồ sơ cần số CMND cũ 025123456 và địa chỉ "xã Tân Hiệp, Hóc Môn". CMND này cấp tỉnh nào, địa chỉ xã đó giờ ghi thế nào?
vn-identity+vn-procedures - | Số căn cước của tôi 038096001122 có đúng không? Tôi muốn đổi sang thẻ căn cước mới thì cần mang gì, mất bao lâu?
vn-identity+vn-procedures s | Mã số thuế cá nhân 8012345678 của tôi có đúng chữ số kiểm tra không, và quyết toán thuế TNCN tự làm thì nộp ở đâu?
vn-identity+vn-procedures - | Thẻ BHYT của con tôi mã TE1797912345678 có đúng là diện trẻ dưới 6 tuổi không? Nếu hết hạn thì gia hạn, làm lại ở đâu?
vn-identity+vn-procedures s | bien so 65A-123.45 la tinh nao, minh mua lai xe nay o can tho ve dang ky sang ten thi can giay to gi
vn-identity+vn-procedures e | Which province issued my old 9-digit ID 186543210, and what do I need to apply for my first passport?
vn-identity+vn-procedures s | Đăng ký hộ kinh doanh xong được cấp mã số thuế 8456123709, kiểm tra giúp có đúng cấu trúc không, và nếu muốn đổi ngành nghề thì làm thủ tục gì?
vn-procedures+bank-cskh - | Tôi vừa nhận được tiền trợ cấp thất nghiệp, muốn gửi tiết kiệm kỳ hạn 6 tháng. Cho hỏi hồ sơ hưởng trợ cấp thất nghiệp tháng tiếp theo có phải nộp lại không, và lãi suất gửi tiết kiệm bên mình thế nào?
vn-procedures+bank-cskh s | Mình muốn vay mua nhà, ngân hàng đòi giấy xác nhận tình trạng hôn nhân. Giấy đó xin ở đâu, và điều kiện vay mua nhà bên mình thế nào?
vn-procedures+bank-cskh - | Sang tên sổ đỏ xong thì mất bao lâu, và sau đó tôi có thể thế chấp đất đó để vay kinh doanh ở ngân hàng mình không?
vn-procedures+bank-cskh s | cong ty moi thanh lap can giay to j de dang ky doanh nghiep, va mo tai khoan doanh nghiep ben minh can gi
vn-procedures+bank-cskh e | I'm renewing my passport: what documents and how long does it take? And can I open an account at your bank with the passport instead of my CCCD?
vn-health-triage+vn-procedures - | Em đang bầu 34 tuần, bị phù mặt, nhức đầu, nhìn mờ. Em nên đi khám khoa nào, và sau sinh thì hồ sơ hưởng thai sản gồm những gì?
vn-health-triage+vn-procedures s | Bé nhà mình 2 tuổi sốt cao co giật lần đầu, đưa đi đâu? Bé chưa có thẻ BHYT trẻ dưới 6 tuổi thì làm ở đâu?
vn-health-triage+vn-procedures s | me toi bi tai bien liet nua nguoi, gio di kham o khoa nao de tap phuc hoi, va co duoc tro cap xa hoi hang thang cho nguoi khuyet tat ko
vn-health-triage+vn-procedures - | Tôi đi Hàn về, ho kéo dài 3 tuần, sụt cân. Khám khoa nào? Và tôi nghỉ việc bên đó rồi thì về đây có được làm trợ cấp thất nghiệp không?
vn-tutor+school-regs - | Em bị điểm kém bài kiểm tra Toán chương phương trình bậc hai, trường mình có cho làm lại bài không? Và cho em vài bài luyện để chuẩn bị.
vn-tutor+school-regs s | Mình phải thi lại hè môn Toán lớp 10 trường Hòa Bình, lịch thi lại khi nào? Mà luyện giúp mình hệ phương trình với nha.
vn-tutor+school-regs st | hom truoc nghi om nen phai kiem tra bu mon tieng ahn, bu khi nao a, va quiz e tu vung chu de weather di
vn-tutor+school-regs e | I need to retake the English test at my school; when is the make-up, and can you quiz me on food and drink vocabulary?
vn-tutor+school-regs - | Con tôi lớp 10 trường Hòa Bình, trung bình Toán 4,9 thì có phải thi lại không? Và có thể cho cháu ôn phần hàm số bậc nhất không?
vn-address+bank-cskh - | Tôi mở tài khoản online, app bắt ghi địa chỉ theo đơn vị mới. Nhà tôi ở 60 Phan Chu Trinh, phường 24, Bình Thạnh — ghi sao? Và mở online có cần ra quầy không?
vn-address+bank-cskh s | Chuẩn hoá giúp địa chỉ "Lô B3 KCN Tân Tạo, P. Tân Tạo A, Q. Bình Tân" để điền hồ sơ vay vốn kinh doanh, và điều kiện vay bên mình ra sao?
vn-address+bank-cskh st | the bi mat, muon ngan hang gui the moi ve nah: 112 hai ba trung p tan dinh q1. phuong moi la gi va khoa the cu sao
vn-address+vn-health-triage - | Ông tôi đột nhiên nói không rõ, méo miệng! Gọi 115 thì báo địa chỉ "số 4 tổ 7 phường Trung Đô, TP Vinh" hay phường mới nào?
vn-address+vn-health-triage s | Bé nhà em sốt cao co giật, em gọi cấp cứu mà không biết phường mới của "27 Lê Lợi, P. Vĩnh Ninh, Huế" là gì, chỉ em với.
vn-address+vn-health-triage e | My father has crushing chest pain. What do I do, and what's the new ward name for 45 Ly Thuong Kiet, Hoan Kiem so I can tell the ambulance?
vn-address+vn-health-triage s | Khách đi xe ôm của tôi tự nhiên lên cơn đau ngực vã mồ hôi, giờ làm sao? Tôi đang ở 50 Lê Đình Lý, phường Vĩnh Trung cũ, phường mới là gì để báo?
school-regs+vn-procedures - | Con tôi học lớp 10 trường Hòa Bình, muốn xin miễn học phí diện hộ nghèo nhưng nhà chưa được công nhận hộ nghèo. Thủ tục xét hộ nghèo thế nào, và hạn nộp hồ sơ miễn học phí ở trường khi nào?
school-regs+vn-procedures s | Trường yêu cầu nộp bản sao giấy khai sinh có chứng thực để xét học bổng. Chứng thực ở đâu, phí bao nhiêu, và hạn nộp hồ sơ học bổng của trường là ngày mấy?
school-regs+vn-procedures s | con e lop 11 truong Hoa Binh can lam can cuoc de thi, nghi buoi sang di lam can cuoc co duoc tinh nghi co phep ko, va lam can cuoc can mang gi
school-regs+vn-procedures - | Gia đình tôi là người Khmer ở Sóc Trăng, đang làm hồ sơ trợ cấp xã hội cho bà. Xin hỏi hồ sơ trợ cấp gồm gì, và con tôi học lớp 12 ở trường thì có được giảm học phí không?
school-regs+bank-cskh - | Con được học bổng của trường Hòa Bình, nhà trường yêu cầu tài khoản ngân hàng đứng tên con. Học bổng xét điều kiện gì, và mở tài khoản cho học sinh 16 tuổi bên mình cần giấy tờ gì?
school-regs+bank-cskh s | con tôi làm mất thẻ ATM ở trường, khóa thẻ sao? Với lại nội quy trường mình có cho học sinh mang điện thoại vào lớp không, tôi cần liên lạc với con.
vn-health-triage+bank-cskh - | Mẹ tôi bị đau đầu dữ dội, nôn, nói lắp, đang ở nhà một mình. Gọi ai trước? Và thẻ ATM của mẹ bị mất hôm qua, khóa giúp thế nào?
vn-health-triage+bank-cskh s | Đang bầu 7 tháng mà bị ra huyết, em nên đi đâu? Em cũng muốn rút sổ tiết kiệm trước hạn để lo viện phí, có được không?
vn-identity+vn-health-triage - | Thẻ BHYT của bố mã HT2797912345678 thì được hưởng mấy phần trăm? Bố đang đau thắt ngực khi đi bộ, nên khám khoa nào?
vn-identity+vn-health-triage s | the bhyt TE1797912345678 cua be co dung la tre em ko, be dang sot 39 do ho nhieu di kham khoa nao
vn-identity+school-regs s | Trường Hòa Bình yêu cầu nộp số căn cước khi đăng ký học bổng, số của con tôi là 079308001234 có đúng không? Và hạn nộp hồ sơ học bổng là khi nào?
vn-identity+school-regs - | Mã thẻ BHYT học sinh của con là HS4797912345678 có đúng định dạng không, và nếu con nghỉ ốm có cần nộp giấy bác sĩ cho trường không?
vn-tutor+vn-health-triage s | Em lớp 8, tối nay học bài thì bị đau đầu, nhìn mờ một bên mắt, tê tay. Em nên đi khám ở đâu? Mà em cũng cần ôn gấp hằng đẳng thức cho mai.
vn-tutor+bank-cskh e | My mum wants to save 2 million a month at your bank; what savings terms are there? Also help me compute 6% of 24 million for my homework.
vn-address+school-regs s | Phụ huynh lớp 11 trường Hòa Bình cần cập nhật địa chỉ mới cho hồ sơ miễn học phí. Nhà ở 19 ngõ 120 Trường Chinh, phường Phương Mai, Đống Đa thì nay là phường nào, và hồ sơ miễn giảm học phí cần những giấy gì?
vn-address+vn-procedures - | Tôi bán đất ở thôn 2, xã Hòa Ninh, huyện Hòa Vang cũ (Đà Nẵng). Xã mới tên gì để ghi trong hợp đồng, và công chứng xong thì đăng ký sang tên ở đâu?
vn-identity+bank-cskh - | Mình ghi nhầm số tài khoản hay số thẻ không biết nữa: 9704 1234 5678 9012. Kiểm tra Luhn giúp, và phí chuyển khoản liên ngân hàng là bao nhiêu?
vn-identity+vn-procedures - | Biển xe máy 43-E1 234.56 tôi mua lại của người ở Đà Nẵng, biển này của tỉnh nào? Tôi chạy xe ôm nên cần sang tên chính chủ, hồ sơ gồm gì?
vn-address+vn-procedures s | e o Nhat ve, dia chi thuong tru cu "so 9 Nguyen Van Cu, p Hung Binh, tp Vinh" gio la phuong nao, va muon dang ky lai thuong tru thi can giay gi
vn-health-triage+school-regs - | Thưa cô, em là phụ huynh lớp 11A2. Cháu bị thủy đậu, nổi mụn nước khắp người, sốt nhẹ. Cô cho hỏi cháu nên khám chuyên khoa nào, và nghỉ học bao lâu thì nhà trường tính là có phép ạ?
vn-identity+bank-cskh s | Số 0792 123 456 này nhắn tin bảo tài khoản của tôi bị khóa, là mạng gì? Tôi quên mật khẩu app luôn rồi, lấy lại thế nào?
vn-procedures+bank-cskh - | Mình muốn open a savings account bên bạn bằng tiền trợ cấp thai sản, vậy hồ sơ maternity benefit gồm gì và savings interest thế nào?
"""
