# Hand-written composed questions (need two experts). Blocks keyed by pair; line format: FLAGS|query
PAIRS = {
("vn-address", "vn-procedures"): """
|Tôi đang ở 12 Phan Đình Phùng, phường Vĩnh Ninh, TP Huế. Phường này giờ là phường gì, và đăng ký tạm trú ở đó cần giấy tờ gì?
s|nhà tôi ở xã Ea Tu tp Buôn Ma Thuột cũ, giờ thuộc phường nào, và muốn làm sổ đỏ lần đầu thì nộp hồ sơ ở đâu
s|Em là người Chăm ở xã Châu Phong, thị xã Tân Châu, An Giang. Giờ xã em tên mới là gì ạ, và đăng ký khai sinh cho con thì làm ở UBND nào, cần giấy gì?
|Công ty tôi đặt trụ sở ở 45 Lê Lợi, phường Bến Thành, quận 1 cũ. Ghi địa chỉ mới thế nào và thủ tục thay đổi đăng ký doanh nghiệp khi địa giới thay đổi ra sao?
e|My address is 8 Tran Phu, Minh An ward, Hoi An. What's the new ward and province, and how do I apply for a household business licence there for my tailor shop?
s|Thằng em từ Thanh Hóa ra trọ ở ngõ 20 Hồ Tùng Mậu, phường Mai Dịch, Cầu Giấy. Cho hỏi phường mới là gì và đăng ký tạm trú online được không
t|dia chi cu ap 2 xa tan hung huyen cai nuoc ca mau gio la xa gi, va lam giay phep xay nha o do can gi
""",
("vn-identity", "bank-cskh"): """
|Số thẻ 9704 2212 3456 7890 của tôi có hợp lệ không? Nếu đúng là thẻ của ngân hàng mình thì tôi bị mất, khóa giúp thế nào?
s|số 0567 123 456 vừa nhắn tin bảo tôi đọc OTP, số này mạng gì vậy, mà tôi không nhận được OTP chuyển tiền thật thì phải làm sao
s|Chú ơi mã VietQR này đúng số tài khoản cháu không: 00020101021238570010A000000727012700069704220113098765432101230208QRIBFTTA53037045802VN6304B7E9, và chuyển liên ngân hàng qua đó mất phí bao nhiêu ạ
e|Is card number 4532 0151 1283 0366 valid (Luhn)? Also, how do I lock my card if it's stolen?
|Tôi đổi sang số 0398 765 432, số này mạng gì, và đổi số nhận OTP cho app ngân hàng thì làm sao?
s|mở tài khoản online bằng căn cước 079098001234 bị báo lỗi, số này có hợp lệ không, và mở tài khoản cần gì thêm
""",
("vn-health-triage", "school-regs"): """
|Con tôi học lớp 10 trường mình, sốt cao 39 độ, ho và đau họng từ tối qua. Cháu nên khám khoa nào, và xin nghỉ học thì làm đơn thế nào?
s|em bị đau bụng dưới bên phải, buồn nôn từ sáng, nên khám khoa gì ạ, còn chiều nay có bài kiểm tra 1 tiết, nghỉ thì có được kiểm tra bù không
s|phụ huynh lớp 11A2 nhắn trên Zalo: bé nhà tôi bị nổi mụn nước khắp người, sốt nhẹ, đi khám chỗ nào, và nghỉ học thủy đậu bao lâu thì tính có phép
e|My son (grade 12 at Hoa Binh) has had headaches and blurred vision for a week. Which department should he see, and will these absences be excused?
t|con e bi tieu chay non nhieu lan tu dem qua, kham khoa nao a, va neu nghi hoc 3 ngay co bi tinh nghi khong phep khong
|Em bị trật cổ chân khi đá bóng, sưng to không đi được, nên khám ở khoa nào? Và em nghỉ học 2 ngày để đi khám thì xin phép nhà trường thế nào cho được tính có phép?
""",
("vn-identity", "vn-procedures"): """
|Căn cước của tôi số 038187004321, chip hết hạn năm nay. Số này có hợp lệ không, và đổi căn cước thì cần mang gì?
s|Ông nội đọc con gõ: chứng minh 9 số 186123456 của ông cấp ở tỉnh nào, và giờ ông 82 tuổi làm căn cước mới thì thủ tục thế nào
s|mã số thuế cá nhân 8123456789 của em có đúng không, và quyết toán thuế TNCN tự làm thì nộp ở đâu
|Kiểm tra giúp biển 36A-456.78 là tỉnh nào, tôi vừa mua lại xe này, thủ tục sang tên đăng ký xe cần gì?
e|My child's BHYT card code is TE1011234567890 — what does TE mean? And how do I renew BHYT for a child under 6?
""",
("vn-address", "vn-identity"): """
|Xe biển 92A-123.45 đăng ký ở Quảng Nam, mà chủ xe ghi địa chỉ thôn 2 xã Điện Hòa, Điện Bàn. Biển này tỉnh nào và địa chỉ đó giờ thuộc phường nào?
s|căn cước tôi mã 095 là Bạc Liêu, nhà ở phường 2 tp Bạc Liêu. Cho hỏi mã 095 đúng Bạc Liêu không, và phường 2 giờ là phường gì tỉnh gì
s|khách ship ghi sdt 0934 567 890 địa chỉ 15 hẻm 7 Trần Hưng Đạo p. An Phú q. Ninh Kiều. Số đó mạng gì, địa chỉ viết lại chuẩn giùm
e|Plate 47A-321.09 — which province? And the owner's address "thon 5 xa Ea Kao TP Buon Ma Thuot" — what is it on the new map?
|Số CCCD 001199008877 có phải người Hà Nội không? Người này ở số 5 phố Hàng Gai, phường Hàng Gai, Hoàn Kiếm — giờ thuộc phường nào?
""",
("vn-tutor", "school-regs"): """
|Con lớn nhà tôi học lớp 11 trường mình bị 4 điểm bài kiểm tra Toán, có được làm lại không? Còn đứa nhỏ lớp 9 nhờ cho cháu ít bài ôn hệ phương trình bậc nhất hai ẩn
s|con lớn tôi lớp 10 phải thi lại hè môn Toán, cho hỏi lịch thi lại của trường khi nào, còn đứa em lớp 9 thì thầy cho cháu ít bài luyện phương trình bậc hai được không
s|Quiz me 10 từ tiếng Anh về trường học nhé, mà cho em hỏi luôn thư viện trường mình có cho mượn sách tiếng Anh về nhà không
t|e nghi om hom kiem tra hk mon anh, kiem tra bu khi nao a. tien thi on giup e tu vung chu de weather
|Bà có hai đứa cháu: đứa lớp 10 học trường Hòa Bình hỏi điểm trung bình môn tính thế nào, còn đứa lớp 8 cần mấy bài luyện định lý Pythagore, nhờ giúp bà cả hai việc
""",
("vn-health-triage", "vn-procedures"): """
|Con tôi 4 tuổi sốt, phát ban, tay chân có nốt đỏ. Nên khám khoa nào, và thẻ BHYT cho trẻ dưới 6 tuổi của cháu hết hạn thì làm lại ở đâu?
s|tôi mang bầu tuần 36, mấy hôm nay phù chân, nhức đầu, mờ mắt thì có nguy hiểm không, nên khám ở đâu. Và hồ sơ thai sản nộp cho ai
s|ba tôi bị tai biến liệt nửa người, giờ đau vai dữ dội, nên khám khoa gì, và xin trợ cấp xã hội hàng tháng cho người khuyết tật thủ tục thế nào
e|I'm a night-shift nurse, I've been coughing for 3 weeks with some blood. Which department? Also I lost my social insurance book — how do I get it reissued?
|Mẹ tôi ở Cà Mau hay chóng mặt, ù tai, nên khám khoa nào? Nhà tôi khó khăn, muốn làm thủ tục công nhận hộ nghèo thì ra sao?
""",
("bank-cskh", "vn-procedures"): """
|Tôi mới đăng ký hộ kinh doanh tiệm may, cần hỏi: hồ sơ đăng ký hộ kinh doanh nộp ở đâu, và vay kinh doanh ở ngân hàng mình cần điều kiện gì?
s|mình sắp mua nhà, hỏi 2 việc: vay mua nhà bên ngân hàng cần điều kiện gì, và đăng ký sang tên sổ đỏ sau khi mua cần giấy tờ gì
s|nhận trợ cấp thất nghiệp qua tài khoản thì hồ sơ thất nghiệp nộp đâu, và mở tài khoản ngân hàng mình online có được không
e|I'm opening a limited company. What are the steps to register it, and what do I need to open a business account with your bank?
|Bố tôi vừa mất ở nhà. Đăng ký khai tử làm ở đâu, cần giấy gì? Và mẹ tôi muốn gửi tiết kiệm 100 triệu kỳ hạn 6 tháng ở ngân hàng mình thì lãi suất, thủ tục thế nào?
""",
("school-regs", "vn-procedures"): """
|Nhà em mới được xét hộ nghèo nên muốn xin miễn học phí ở trường. Thủ tục công nhận hộ nghèo ở xã cần gì, và hồ sơ miễn học phí của trường nộp cho ai, hạn khi nào?
s|con tôi học lớp 10 trường Hòa Bình cần bản sao giấy khai sinh có chứng thực để nộp hồ sơ học bổng. Chứng thực ở đâu, và hạn nộp học bổng là khi nào
s|em cần làm căn cước để nộp hồ sơ thi, làm lần đầu cần gì, và em nghỉ học buổi sáng đi làm căn cước thì xin phép cô thế nào
t|con toi lop 11 nghi 1 tuan ve que an tang ong, xin phep truong the nao, va dang ky khai tu cho ong o que can giay gi
|Phụ huynh hỏi trên nhóm Zalo: cả nhà chuyển nhà nên cần đăng ký thường trú mới cho con, thủ tục thế nào; và con nghỉ 2 ngày để chuyển nhà có được tính có phép không?
""",
("vn-identity", "vn-health-triage"): """
|Mã thẻ BHYT của tôi là GD4791234567890, nghĩa là đối tượng gì? Tôi đang bị đau lưng lan xuống chân, nên khám khoa nào?
s|thẻ bhyt con tôi TE1798765432109 chữ TE là gì, mà cháu 2 tuổi đang ho khò khè, thở nhanh thì đưa khám khoa nào
e|My BHYT code starts with HS4 — what does that mean? Also I've had chest tightness when climbing stairs, which department?
t|ma the bhyt cua me em HT3381234567890 la doi tuong gi a, me em dang bi dau khop goi kham khoa nao
""",
("vn-address", "bank-cskh"): """
|Tôi muốn mở tài khoản, form yêu cầu địa chỉ theo đơn vị hành chính mới. Địa chỉ cũ: 22 Nguyễn Thị Minh Khai, P. Đa Kao, Q.1 — giờ ghi sao? Và mở tài khoản cần mang gì?
s|thẻ tôi bị nuốt ở cây ATM số 50 Lê Duẩn phường Thạch Thang Hải Châu, phường đó giờ tên gì để tôi báo cho đúng, và làm sao khóa hay lấy lại thẻ
s|vay mua nhà ở 5 ngõ 10 Trần Duy Hưng phường Trung Hòa Cầu Giấy, địa chỉ này theo bản đồ mới là phường nào, và điều kiện vay mua nhà ra sao
e|Bank form wants my address on the new map: "So 3 duong 2/9, P. Binh Hien, Q. Hai Chau, Da Nang". What should I write? And how do I open a savings deposit online?
""",
("vn-health-triage", "bank-cskh"): """
|Mẹ tôi vừa bị giật túi, ngã đập đầu, giờ nôn và lơ mơ. Phải làm gì ngay? Thẻ ATM trong túi thì khóa thế nào?
s|tôi đang nằm viện vì sốt xuất huyết, không ra quầy được, quên mật khẩu app thì lấy lại sao, với lại tôi nôn ra máu có nguy hiểm không
s|Bố em tiểu đường, tê bì chân, nên khám khoa nào? Bố cũng muốn gửi tiết kiệm 12 tháng để dành chữa bệnh, lãi suất thế nào
e|I got dizzy and fainted at the ATM and the machine kept my card. How do I get the card back, and which department should I see about fainting?
""",
("vn-identity", "school-regs"): """
|Con tôi học lớp 11 trường mình, thẻ BHYT học sinh mã HS4011122233344 chữ HS là gì? Và hồ sơ xin miễn giảm học phí của trường cần thẻ này không?
s|số điện thoại 0356 789 012 gọi báo con tôi bị ghi tên đi trễ, số này mạng gì, và đi học trễ bị xử lý thế nào theo nội quy trường
e|My kid is in grade 10 at Hoa Binh: is her ID 079310004455 valid (she was born in 2010)? And what documents are needed for the school scholarship?
""",
("vn-tutor", "bank-cskh"): """
|Tôi hỏi 2 việc: gửi tiết kiệm 6 tháng ở ngân hàng mình lãi suất thế nào; và con tôi lớp 7 cần bài luyện phần trăm, cho cháu vài bài nhé
s|quên mật khẩu app ngân hàng thì lấy lại sao ạ, à cho em thêm 10 từ tiếng anh chủ đề mua sắm để em dạy em gái lớp 6
""",
("vn-address", "vn-health-triage"): """
|Tôi đang ở 30 Lê Lợi phường Phú Hội TP Huế, phường này giờ là phường gì để gọi cấp cứu cho đúng? Ông tôi đang đau ngực dữ dội, vã mồ hôi.
s|con tôi bị sốt phát ban 3 ngày, nên khám khoa gì, nhà tôi ở ấp 4 xã Vĩnh Hậu huyện An Phú An Giang giờ thuộc xã nào để biết trạm y tế nào
""",
("vn-address", "school-regs"): """
|Nhà em chuyển từ số 7 ngõ 2 phố Huế, phường Phố Huế, Hai Bà Trưng sang chỗ mới. Địa chỉ mới là 14 ngõ 9 Minh Khai, phường Minh Khai, Hai Bà Trưng cũ — giờ thuộc phường nào? Và em nghỉ 1 ngày để chuyển nhà thì có được tính nghỉ có phép không?
s|phụ huynh lớp 12A1: hồ sơ học bổng của trường cần ghi địa chỉ theo đơn vị mới, nhà tôi ở tổ 3 phường Tân Lập tp Buôn Ma Thuột, ghi sao; và hạn nộp hồ sơ học bổng là khi nào
""",
}
