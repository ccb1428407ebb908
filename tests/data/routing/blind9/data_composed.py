# Hand-written composed questions (need two experts). Format per line: flags|expert1,expert2|query
RAW = r"""
-|vn-address,vn-procedures|Nhà tôi ở số 15 ngõ 102 Trường Chinh, phường Phương Mai, quận Đống Đa. Giờ đăng ký thường trú cho vợ thì nộp ở phường mới nào và cần giấy tờ gì?
s|vn-address,vn-procedures|dia chi cu ap 3 xa Long Thoi huyen Cho Lach Ben Tre, gio lam lai can cuoc bi mat thi ghi dia chi moi sao va can giay to gi
-|vn-address,vn-procedures|Tôi mua đất ở thôn Phú Mỹ, xã Tân Phú, huyện Đồng Xoài cũ, muốn làm sổ đỏ lần đầu. Xã đó giờ là xã nào và hồ sơ gồm những gì?
e|vn-address,vn-procedures|I live at 23 Hai Ba Trung, Da Kao ward, District 1. Which new ward office handles my temporary residence registration, and what documents do I need?
-|vn-address,vn-procedures|Con tôi sinh ở xã Khánh Bình, huyện Trần Văn Thời, Cà Mau. Đăng ký khai sinh thì ghi nơi cư trú mới là xã gì, cần mang những giấy tờ gì?
s|vn-address,vn-procedures|cong ty toi tru so cu o P.Tan Dinh Q1, gio doi dia chi tru so theo ten phuong moi thi phuong moi la gi va thu tuc thay doi dang ky kinh doanh ra sao
-|vn-address,vn-procedures|Ghi giúp tôi địa chỉ mới của "số 7 phố Hàng Gai, phường Hàng Gai, Hoàn Kiếm" và cho hỏi xin giấy phép xây dựng sửa nhà ở đó cần gì?
-|vn-identity,bank-cskh|Số thẻ 9704 2291 0000 1234 có phải số thẻ hợp lệ không? Nếu đúng là thẻ của tôi bị mất thì khóa thẻ thế nào?
s|vn-identity,bank-cskh|so 0912 888 777 nhan otp la mang gi vay, sao khong nhan duoc otp chuyen tien
-|vn-identity,bank-cskh|Người ta gửi chuỗi VietQR để tôi chuyển tiền, kiểm tra giúp chuỗi này đúng không và phí chuyển khác ngân hàng là bao nhiêu: 00020101021138560010A0000007270126000697041601121234567890120208QRIBFTTA5303704540620000058 02VN6304A1B2
e|vn-identity,bank-cskh|Is CCCD 079198012345 valid? I want to use it to open an account with you, what else do I need?
t|vn-identity,bank-cskh|cccd e 001202034567 co hop le k, e mo tk onlien bi bao loi giay to tuy thân
-|vn-identity,bank-cskh|Có người gọi từ số 0589 321 654 xưng nhân viên ngân hàng xin mã OTP. Số đó mạng gì, và tôi lỡ đọc OTP rồi thì phải làm gì?
-|vn-health-triage,school-regs|Con em học lớp 11 trường Hòa Bình bị sốt cao, nôn, cứng cổ từ sáng. Nên đưa cháu đi khoa nào, và nghỉ học thì xin phép nhà trường ra sao?
s|vn-health-triage,school-regs|em bi dau bung quan quai tu toi qua, hom nay co bai kiem tra hoc ky, nen di kham khoa nao va co duoc thi bu khong
-|vn-health-triage,school-regs|Cháu bị nổi mẩn đỏ khắp người sau khi uống thuốc cảm, mặt sưng. Nên khám ở đâu? Nghỉ mấy hôm thì có bị tính nghỉ không phép không?
e|vn-health-triage,school-regs|My son in grade 10 at Hoa Binh High has chest pain and shortness of breath after PE class. Where should we go, and how do I report his absence to the school?
-|vn-health-triage,school-regs|Em bị đau mắt đỏ lây, cô bảo về nhà. Em nên khám khoa nào, nghỉ mấy buổi thì có ảnh hưởng hạnh kiểm không ạ?
s|vn-health-triage,school-regs|con toi lop 12 hay dau dau chong mat, di hoc tre may lan vi met, di kham khoa nao va di tre nhu vay bi ky luat khong
-|vn-address,vn-identity|Căn cước của tôi số 075190012345 ghi quê "xã Phước Thái, huyện Long Thành, Đồng Nai". Số căn cước có hợp lệ không và xã đó giờ là xã nào?
s|vn-address,vn-identity|bien so 66B-123.45 la tinh nao cu, va tinh do gio sap nhap vao tinh nao
-|vn-address,vn-identity|Kiểm tra giúp số CCCD 089201004567 và chuyển địa chỉ thường trú "ấp Long Hòa, xã Long Điền A, huyện Chợ Mới, An Giang" sang địa chỉ mới.
e|vn-address,vn-identity|My Vietnamese friend's ID is 046190001234 and her address is Thuy Xuan ward, Hue city. Is the ID valid, and what is the address on the new map?
-|vn-identity,vn-procedures|Số CCCD của con tôi 034212003456 có đúng không? Cháu sắp 14 tuổi thì làm căn cước lần đầu cần gì?
s|vn-identity,vn-procedures|ma so thue ca nhan 8765432109 cua toi co dung khong, va quyet toan thue tncn tu lam o dau
-|vn-identity,vn-procedures|Biển 37A-234.56 là xe tỉnh nào? Tôi mua lại chiếc đó, muốn sang tên về Hà Nội thì thủ tục sao?
-|vn-identity,vn-procedures|Mã thẻ BHYT của bé nhà tôi là TE1793... nghĩa là gì, và bé dưới 6 tuổi làm thẻ BHYT ở đâu nếu mất?
s|vn-identity,vn-procedures|CMND 9 so 212345678 con dung duoc khong, doi sang can cuoc thi can gi
-|vn-health-triage,vn-procedures|Tôi đang mang thai 34 tuần, bị ra nước âm đạo nhiều, đau bụng từng cơn. Nên vào khoa nào? Và sau sinh hưởng thai sản cần hồ sơ gì?
s|vn-health-triage,vn-procedures|be nha em 2 tuoi sot cao 40 do, chua co the bhyt, di kham khoa nao va lam the bhyt cho be o dau
-|vn-health-triage,vn-procedures|Mẹ tôi 80 tuổi bị ngã, háng đau không đứng được. Đưa đi khoa nào? Bà chưa có lương hưu, có được trợ cấp xã hội hàng tháng không?
e|vn-health-triage,vn-procedures|My baby (5 months) has had diarrhoea since morning and seems very sleepy. Which department? Also, how do I get free health insurance for a child under 6?
-|bank-cskh,vn-procedures|Hai vợ chồng em mua căn hộ đầu tiên, muốn vay ngân hàng bên mình. Điều kiện vay mua nhà thế nào, và sau khi mua thì sang tên sổ hồng cần giấy tờ gì?
s|bank-cskh,vn-procedures|vay von kinh doanh ho ca the thi ngan hang can giay phep kinh doanh, vay dieu kien sao, va dang ky ho kinh doanh o dau
-|bank-cskh,vn-procedures|Tôi được hưởng trợ cấp thất nghiệp. Hồ sơ nộp ở đâu, và mở tài khoản ở ngân hàng mình để nhận tiền thì cần gì?
-|bank-cskh,vn-procedures|Mất ví cả căn cước lẫn thẻ ATM. Khóa thẻ ngay thế nào, và làm lại căn cước ra sao?
-|bank-cskh,vn-procedures|mat vi ca can cuoc va the atm, khoa the sao, lam lai cccd o dau a
-|vn-tutor,school-regs|Em bị điểm 3 bài kiểm tra hình học về định lý Pytago. Trường mình có cho làm lại bài không, và cô cho em vài bài Pytago để luyện với?
s|vn-tutor,school-regs|em lop 9 len lop 10 truong Hoa Binh, diem trung binh ca nam tinh sao, va cho em luyen phuong trinh bac hai
-|vn-tutor,school-regs|Con tôi phải thi lại hè môn Toán. Lịch thi lại của trường thế nào, và cho cháu một đề ôn hệ phương trình bậc nhất hai ẩn?
e|vn-tutor,school-regs|I missed the English test at Hoa Binh High because I was sick. Can I take a make-up test, and can you quiz me on weather vocabulary to prepare?
-|vn-procedures,school-regs|Nhà em mới được công nhận hộ nghèo. Thủ tục xin giấy công nhận hộ nghèo thế nào, và trường mình miễn học phí cho hộ nghèo cần nộp những gì?
s|vn-procedures,school-regs|con toi lop 10 truong Hoa Binh, xin mien hoc phi thi can giay khai sinh ban sao chung thuc, chung thuc o dau, han nop truong khi nao
-|vn-procedures,school-regs|Tôi cần xin cấp lại giấy khai sinh cho con bị mất để nộp hồ sơ học bổng của trường. Cấp lại ở đâu và hạn nộp học bổng là khi nào?
-|vn-address,bank-cskh|Tôi mở tài khoản online nhưng địa chỉ trên căn cước là "P.12 Q.Tân Bình" cũ. Nên ghi phường mới nào cho đúng, và mở tài khoản online cần gì?
s|vn-address,bank-cskh|vay mua can ho o so 5 duong so 2, phuong Binh Trung Tay, quan 2 cu, can ho do gio thuoc phuong moi nao va vay toi da bao nhieu
e|vn-address,bank-cskh|I lost my card. Please block it and send the new one to 18 Ngo Quyen, Trang Tien ward, Hoan Kiem — what's the correct new ward for that address?
-|vn-address,vn-health-triage|Ông tôi đột ngột nói không rõ, yếu nửa người. Gọi 115 thì đọc địa chỉ thế nào cho đúng: nhà số 40 ngõ 5 Kim Mã, phường Kim Mã, quận Ba Đình cũ giờ là phường gì?
s|vn-address,vn-health-triage|con toi bi bong nuoc soi do het tay, goi 115 ma khong biet phuong moi, nha o 12 hem 8 Le Van Sy phuong 13 quan 3
-|vn-address,vn-health-triage|Bà tôi khó thở, môi tím. Nhà ở ấp Phước Lợi, xã Phước Vân, huyện Cần Đước — báo cấp cứu thì xã mới là gì, và bà như vậy có cần cấp cứu ngay không?
-|vn-health-triage,bank-cskh|Tôi vừa bị giật túi, ngã đập đầu chảy máu, thẻ ATM trong túi. Vết thương thế này đi khoa nào, và khóa thẻ ra sao?
s|vn-health-triage,bank-cskh|bi cuop o cay atm, bi dao cua tay chay mau nhieu, the van trong may, lam sao
-|vn-health-triage,bank-cskh|Bố tôi nhập viện vì đau ngực dữ dội. Tôi cần rút sổ tiết kiệm trước hạn để lo viện phí, có mất lãi không? Và bố tôi như vậy nên vào khoa nào?
-|vn-identity,school-regs|Trường mình yêu cầu ghi số căn cước của học sinh trong hồ sơ học bổng. Số của con 001209012345 có đúng định dạng không, và hạn nộp hồ sơ học bổng là khi nào?
s|vn-identity,school-regs|the bhyt hoc sinh ma HS4... co nghia la gi, nghi hoc vi om co can nop ban sao the cho truong khong
-|vn-tutor,vn-health-triage|Em lớp 8 bị ho sốt 3 ngày, ho nhiều về đêm, nên khám khoa nào? Trong lúc nghỉ ở nhà cô cho em mấy bài phương trình bậc nhất để tự làm nhé.
e|vn-tutor,vn-health-triage|Teach me the English words for body parts and illnesses — and by the way, my throat hurts and I have a fever, which doctor should I see?
-|vn-address,school-regs|Em chuyển nhà từ phường 4 quận 8 cũ, nhà trường yêu cầu cập nhật địa chỉ mới vào hồ sơ. Phường mới là gì, và hạn nộp hồ sơ miễn giảm học phí khi nào?
s|vn-address,school-regs|lam the thu vien truong minh phai ghi dia chi, nha em o thon Dong Lao xa Dong La huyen Hoai Duc, gio ghi xa moi gi va the thu vien lam o dau
-|vn-address,vn-procedures|Làm sổ hồng căn hộ ở chung cư Ehome, phường Phú Hữu, quận 9 cũ. Địa chỉ mới ghi sao, và chủ đầu tư hay mình tự làm sổ?
s|vn-address,vn-procedures|nha chong toi o xom 4 xa Nghi Phong huyen Nghi Loc Nghe An, nhap khau ve nha chong can gi va xa moi ten gi
-|vn-identity,vn-procedures|Tôi vừa nhận căn cước mới số 082191008765, ngày sinh in sai. Nhìn số thì có khớp năm 1991 không, và xin cấp đổi do sai thông tin thế nào?
-|vn-identity,bank-cskh|Thẻ mình số 4000 1234 5678 9010, kiểm tra giúp đúng Luhn không, mình chuyển tiền cho bạn mà báo lỗi số thẻ, phí chuyển bao nhiêu?
s|vn-health-triage,vn-procedures|chong toi bi tai nan lao dong o xuong, dut ngon tay chay mau nhieu, di dau ngay, va nghi viec thi co duoc huong tro cap that nghiep khong
-|vn-tutor,school-regs|Trường mình quy định điểm trung bình môn tính thế nào? Em được 6, 7, 5 kiểm tra thường xuyên, giữa kỳ 8, cuối kỳ 6 — tính giúp và cho em bài luyện phần trăm.
e|bank-cskh,vn-procedures|Can I get a home loan from your bank as a young couple, and what's the procedure to register the transfer of the flat's ownership certificate?
-|vn-identity,vn-address|Biển số 92A-345.67 là xe tỉnh nào? Tỉnh đó giờ sáp nhập với Đà Nẵng rồi phải không?
s|bank-cskh,school-regs|hoc bong cua truong Hoa Binh chuyen khoan vao tai khoan hoc sinh, con toi 16 tuoi mo tai khoan duoc khong, ho so hoc bong han khi nao
"""
