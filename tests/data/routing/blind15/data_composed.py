# Hand-written composed questions (need two experts). Line format: EXPERT1+EXPERT2|FLAGS|query
TEXT = r"""
vn-address+vn-procedures||Nhà tôi ở 14 Lê Lợi, phường Vĩnh Ninh, TP Huế cũ. Cho tôi biết phường mới là gì, và tôi có phải làm lại căn cước vì đổi địa chỉ không, nếu làm thì phí bao nhiêu?
vn-address+vn-procedures|s|Vo chong minh moi cuoi, se chuyen ve o 20 Tran Phu, phuong Le Mao, TP Vinh. Dia chi nay gio thuoc phuong nao, va thu tuc dang ky thuong tru cho vo can nhung giay to gi?
vn-address+vn-procedures||Xã Phố Cáo, huyện Đồng Văn, Hà Giang giờ thuộc tỉnh nào, xã nào? Và đăng ký khai sinh cho cháu bé mới sinh ở đó thì nộp ở đâu, có mất tiền không?
vn-address+vn-procedures|s|cho hoi 2 viec: 1) dia chi 55 duong so 8 p.linh xuan tp thu duc gio la phuong gi, 2) dang ky ho kinh doanh ban com tai dia chi do can gi
vn-address+vn-procedures|e|My old address is 10 Pham Ngu Lao, Ward Pham Ngu Lao, District 1, HCMC. What is the new ward, and how do I register temporary residence there as a returning student?
vn-address+vn-procedures||Chuẩn hóa giúp địa chỉ "thôn 3 xã Tân Lập huyện Đan Phượng HN" theo bản đồ mới, rồi cho tôi biết xin giấy phép xây nhà ở đó cần hồ sơ gì.
vn-address+vn-procedures|s|Cong ty TNHH cua toi dang ky tru so o 12 Nguyen Thi Minh Khai, phuong Da Kao, quan 1. Phuong moi la gi, va toi co phai lam thu tuc thay doi dang ky doanh nghiep khong, het bao lau?
vn-address+vn-procedures||Đất của bố mẹ ở xóm 2, xã Nghi Kim, TP Vinh cũ, giờ ghi địa chỉ mới thế nào? Và làm sổ đỏ lần đầu cho mảnh đất đó cần giấy tờ gì?
vn-identity+bank-cskh||Số thẻ 9704 1234 5678 9012 có hợp lệ không? Nếu đúng là thẻ của tôi thì tôi làm mất rồi, khóa thẻ giúp tôi bằng cách nào?
vn-identity+bank-cskh|s|so 0912 888 777 la mang gi, va toi doi sang so nay thi lam the nao de nhan otp cua ngan hang
vn-identity+bank-cskh||Có người nhắn số 0587 654 321 xin mã OTP, số này là mạng nào? Tôi lỡ đưa OTP rồi thì giờ khóa tài khoản, khóa thẻ thế nào?
vn-identity+bank-cskh|e|Can you check if 4539 1488 0343 6467 passes the Luhn check, and also tell me the fee to transfer money to another bank?
vn-identity+bank-cskh|s|Em moi lam can cuoc so 079304005566, kiem tra giup so nay co dung la nam sinh 2004 o HCM khong, roi em dung no mo tai khoan ngan hang online duoc ko
vn-identity+bank-cskh||Giải thích chuỗi VietQR này giúp mình (ngân hàng nào, số tiền bao nhiêu): 000201010212...540620000058...; và chuyển khoản qua mã QR có mất phí không?
vn-identity+bank-cskh|s|the 5105 1051 0510 5100 co dung luhn khong, the nay bi nuot o atm sang nay luon
vn-health-triage+school-regs||Con tôi học lớp 11 trường Hòa Bình, sốt 39 độ, đau họng, nổi hạch cổ. Nên đưa cháu khám khoa nào, và xin nghỉ học mấy ngày thì có bị tính là nghỉ không phép không?
vn-health-triage+school-regs|s|em bi dau bung, tieu chay tu dem qua, nen di kham khoa nao a, va hom nay co kiem tra 1 tiet thi em xin kiem tra bu the nao
vn-health-triage+school-regs||Em học lớp 12 trường mình, mấy tuần nay mất ngủ, hay lo âu trước kỳ thi, tim đập nhanh. Em nên khám khoa nào, và nghỉ đi khám thì xin phép thầy cô ra sao?
vn-health-triage+school-regs|e|My daughter (grade 10 at Hoa Binh High) has itchy red rashes all over. Which department should we visit, and how do I request sick leave from the school?
vn-health-triage+school-regs|s|Con trai toi lop 10 choi bong da bi trat mat ca chan sung to. Kham khoa nao, va nghi the duc may tuan thi diem the duc tinh the nao theo quy che truong?
vn-health-triage+school-regs||Cháu bị đau mắt đỏ cả hai bên, nên khám ở đâu? Nghỉ đúng tuần thi học kỳ thì nhà trường cho thi bù không?
vn-health-triage+school-regs|s|em bi ngat trong gio chao co, gio van chong mat, nen di kham khoa nao, va nghi buoi chieu thi phai co giay gi cho truong
vn-address+vn-identity||CCCD của tôi 040190012345, nơi thường trú ghi "khối 3, phường Bến Thủy, TP Vinh". Số này có hợp lệ không và địa chỉ đó giờ thuộc phường nào?
vn-address+vn-identity|s|xe bien 75B1-222.33 la tinh nao, va dia chi chu xe "kiet 8 Ngu Binh, phuong An Tay, Hue" gio thuoc phuong moi nao
vn-address+vn-identity||Khách gửi sđt 0978 123 654 và địa chỉ "123 Kha Vạn Cân, P.Linh Tây, TP.Thủ Đức". Mạng gì và địa chỉ chuẩn mới viết sao?
vn-address+vn-identity|e|Check the ID number 002188004321 (which province, gender) and convert the address "to 5, phuong Nguyen Trai, TP Ha Giang" to the new map.
vn-address+vn-identity|s|cccd 001195006789 cua em co phai ha noi ko, con dia chi tren do la "phuong Kim Lien quan Dong Da" gio doi thanh phuong nao
vn-identity+vn-procedures||Số CMND 9 số cũ của ông tôi là 191234567, ông ở Huế; số đó cấp ở tỉnh nào? Ông muốn làm căn cước lần đầu thì cần mang gì, có được làm tại nhà không vì ông đi lại khó?
vn-identity+vn-procedures|s|mst ca nhan cua toi 8345678901 co dung khong, va quyet toan thue tncn nam nay toi tu lam online the nao
vn-identity+vn-procedures||Thẻ BHYT của con tôi mã TE1... chữ TE nghĩa là gì? Con dưới 6 tuổi thì làm thẻ BHYT ở đâu, cần giấy tờ gì?
vn-identity+vn-procedures|s|Xe may cu toi mua bien 37E1-555.66, bien do la tinh nao, va sang ten ve Ha Noi thi thu tuc the nao
vn-identity+vn-procedures|e|What does the CCCD number 048301002233 tell me, and how do I apply for a passport with it?
vn-tutor+school-regs||Em lớp 9 sắp thi vào lớp 10 trường Hòa Bình. Cho em luyện mấy bài hệ phương trình, với lại cho em hỏi vào trường rồi điểm TB môn tính theo hệ số thế nào?
vn-tutor+school-regs|s|giai giup em phuong trinh x^2 - 7x + 10 = 0, va em bi diem kem bai kiem tra toan thi co duoc lam lai bai khong theo quy dinh truong
vn-tutor+school-regs||Em em học lớp 8 cần ôn từ vựng tiếng Anh chủ đề trường học, còn em học lớp 11 trường Hòa Bình muốn hỏi mượn sách tham khảo ở thư viện được bao lâu?
vn-tutor+school-regs|s|cho em 5 cau tu vung tieng anh ve suc khoe de luyen, them nua thu vien truong minh co gia han muon sach qua mang ko
vn-tutor+school-regs||Con tôi lớp 10 bị thi lại hè môn Toán. Nhà trường tổ chức thi lại khi nào, và bạn cho cháu ôn lại phần phương trình bậc nhất, bậc hai với?
vn-health-triage+vn-procedures||Tôi mang thai tuần 32, mấy hôm nay đau đầu, phù mặt, huyết áp 150/100. Nên khám khoa nào? Và sau này sinh thì hồ sơ hưởng thai sản gồm gì?
vn-health-triage+vn-procedures|s|be nha em 4 thang bi ho, kho khe, tho nhanh, nen kham khoa nao, va be chua co the bhyt thi lam the cho tre duoi 6 tuoi o dau
vn-health-triage+vn-procedures||Bố tôi 68 tuổi, đau khớp gối không đi được, nên khám khoa gì? Ông sống một mình không lương hưu, có được trợ cấp xã hội hằng tháng không, hồ sơ thế nào?
vn-health-triage+vn-procedures|s|toi lam bao ve ca dem bi mat viec, dao nay dau da day, o hoi. kham khoa nao, va xin tro cap that nghiep lam sao
vn-health-triage+vn-procedures|e|I'm 7 months pregnant with swollen legs and blurry vision — which department should I go to? Also, what documents do I need for maternity benefit?
bank-cskh+vn-procedures||Tôi bị mất ví, mất cả căn cước và thẻ ATM. Khóa thẻ thế nào cho nhanh, và làm lại căn cước cần giấy tờ gì?
bank-cskh+vn-procedures|s|toi muon vay von kinh doanh, ngan hang can giay dang ky ho kinh doanh, vay thi dieu kien gi va dang ky ho kinh doanh lam o dau
bank-cskh+vn-procedures||Vay mua nhà ở ngân hàng mình cần điều kiện gì, và sau khi mua thì thủ tục đăng ký sang tên sổ đỏ làm ở đâu?
bank-cskh+vn-procedures|s|dang ky ket hon xong roi, gio muon mo tai khoan tiet kiem chung cho 2 vo chong dc k, va lam giay dang ky ket hon ban sao o dau
vn-address+bank-cskh||Chuẩn hóa giúp địa chỉ "22 Hùng Vương, P.Phú Nhuận, TP Huế" theo phường mới để tôi điền vào hồ sơ mở tài khoản, và mở tài khoản ở quầy cần những gì?
vn-address+bank-cskh|s|em la shipper o thu duc, dia chi "45 duong 9, p.tang nhon phu a, q9" gio la phuong nao, va em muon vay mua xe may moi thi ngan hang co cho vay ko
vn-address+bank-cskh|e|Normalise my address "12 Nguyen Du, P. Ben Nghe, Q1, HCM" to the new two-level format for my bank form, and tell me how to open a savings deposit online.
vn-address+bank-cskh||Thẻ ATM của tôi bị nuốt ở cây ATM trên đường Lê Duẩn, phường Trung Đô, Vinh. Khóa thẻ giúp tôi thế nào, và phường Trung Đô giờ tên mới là gì để tôi ghi vào đơn?
vn-health-triage+bank-cskh||Tôi bị ngã xe, cổ tay sưng đau không cử động được, nên khám khoa nào? Lúc ngã bị mất luôn ví có thẻ tín dụng, khóa thẻ thế nào?
vn-health-triage+bank-cskh|s|me toi dau nguc, kho tho tu sang, lam gi bay gio, va ba quen mat khau app ngan hang nen khong chuyen tien vien phi duoc
vn-health-triage+bank-cskh||Tôi sốt 3 ngày, giờ chảy máu chân răng, nổi chấm đỏ ở tay, nên đi khám khoa nào? Còn sổ tiết kiệm sắp đến hạn mà tôi không ra quầy được thì có tự gia hạn không?
vn-identity+school-regs||Con tôi học lớp 10 trường Hòa Bình, số CCCD 001309012345, kiểm tra giúp số đó có đúng không vì hồ sơ học bổng cần; và hạn nộp hồ sơ học bổng là khi nào?
vn-identity+school-regs|s|thu vien truong yeu cau ghi so can cuoc khi lam the, cccd cua em 046308001122 co hop le khong, lam the thu vien can nhung gi nua
vn-identity+school-regs||Cô chủ nhiệm cần số BHYT của con để làm hồ sơ miễn giảm học phí; mã HN2... là đối tượng gì? Và miễn giảm học phí ở trường cần những giấy gì?
vn-address+school-regs||Nhà em vừa chuyển về "tổ 4, phường Quang Trung, TP Hà Giang", ghi theo địa chỉ mới thế nào vào sổ liên lạc? Và nhà xa, đi học muộn vài lần thì trường xử lý sao?
vn-address+school-regs|s|dia chi nha em "p.thuan thanh, tp hue" gio ghi sao cho dung tren ho so hoc bong, va hoc bong cua truong can diem tb bao nhieu
vn-address+school-regs|e|We moved house; the old address is "Ward 4, District 3, HCMC". What's the new ward name for my school records, and what documents does Hoa Binh High need for tuition reduction?
vn-tutor+vn-health-triage||Em lớp 7, dạo này hay đau đầu và mỏi mắt khi nhìn bảng, nên khám khoa nào ạ? Với lại cho em vài bài ôn tỉ lệ thức để chiều em làm.
vn-tutor+vn-health-triage|s|con toi lop 6 bi sot nhe, ho khan 3 ngay, nen cho di kham khoa nao, o nha nghi thi ban cho chau vai bai phan so de lam
vn-tutor+vn-health-triage|e|I'm in grade 8 and my ears hurt and ring after swimming — which department should I see? Also quiz me on English words about body and health.
vn-procedures+school-regs||Nhà tôi khó khăn, muốn xin công nhận hộ nghèo thì nộp hồ sơ ở đâu, cần gì? Có giấy rồi thì nộp cho trường Hòa Bình để miễn học phí trước hạn nào?
vn-procedures+school-regs|s|Con lop 12 can ban sao giay khai sinh co chung thuc de nop ho so hoc bong, chung thuc o dau, va han nop ho so hoc bong cua truong la khi nao
vn-procedures+school-regs||Em học lớp 12 muốn xin phiếu lý lịch tư pháp để đi du học, xin ở đâu mất bao lâu? Nghỉ học 1 ngày để đi làm giấy tờ thì có được tính nghỉ có phép không?
vn-procedures+school-regs|s|cho hoi 2 viec: lam can cuoc lan dau cho con 15 tuoi can gi, va nghi 1 buoi di lam can cuoc thi phu huynh xin phep nha truong the nao
bank-cskh+vn-tutor||Con tôi lớp 7 hỏi bài: gửi 20 triệu lãi 5%/năm thì sau 2 năm lãi kép được bao nhiêu, giải giúp cháu; còn tôi muốn hỏi gửi tiết kiệm 12 tháng ở ngân hàng mình lãi bao nhiêu?
bank-cskh+vn-tutor|s|em lop 9, cho em bai tap phan tram ve lai suat de luyen, va me em hoi gui tiet kiem online co rut truoc han duoc khong
vn-address+vn-health-triage||Ông tôi 80 tuổi bị yếu nửa người bên trái từ sáng, phải làm gì? Địa chỉ nhà là "kiệt 5 Nguyễn Trãi, phường Tây Lộc, Huế", giờ thuộc phường mới nào để báo cấp cứu cho đúng?
vn-address+vn-health-triage|s|chau be 2 tuoi sot cao co giat, dia chi nha em thon 4 xa Thang Mo huyen Yen Minh Ha Giang gio la xa gi tinh nao, em can lam gi ngay
vn-identity+vn-health-triage||Mã thẻ BHYT của mẹ tôi bắt đầu bằng HT, nghĩa là gì? Mẹ tôi dạo này hay tức ngực, khó thở khi leo cầu thang, nên khám khoa nào?
vn-identity+vn-health-triage|s|the bhyt con em ma TE1... la gi, chau 3 tuoi dang tieu chay va non nhieu lan nen kham khoa nao
bank-cskh+vn-identity|t|so 0905 123 321 la mang j, so nay la sdt nhan otp cua tui ma ko nhna dc otp nua
"""
