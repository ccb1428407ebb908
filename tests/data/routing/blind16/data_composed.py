AD="vn-address"; HE="vn-health-triage"; ID="vn-identity"; PR="vn-procedures"; TU="vn-tutor"; BA="bank-cskh"; SC="school-regs"
ITEMS = [
# address + procedures
("Nhà tôi ở số 14 tổ 3 phường Phan Đình Phùng, TP Thái Nguyên, giờ thuộc phường nào? Và làm lại căn cước do đổi địa chỉ thì cần giấy tờ gì?", [AD,PR], ""),
("dia chi cu ap Hoa Phu xa My Xuyen huyen My Xuyen Soc Trang doi sang moi la gi, roi dang ky khai sinh cho con o xa moi can mang gi", [AD,PR], "s"),
("Em thuê trọ ở 25/7 đường số 6, KP Bình Đường 2, P. An Bình, Dĩ An — 1) phường mới tên gì 2) đăng ký tạm trú cần giấy tờ gì?", [AD,PR], ""),
("Nhân tiện hỏi luôn: sang tên sổ đỏ mảnh đất ở thôn 4 xã Quang Phú, TP Đồng Hới thì nộp hồ sơ ở đâu, và xã đó sau sáp nhập tên gì?", [AD,PR], ""),
("Đổi địa chỉ thường trú 9 Lê Lợi P. Thạch Thang Hải Châu sang phường mới giúp mình xong chỉ luôn thủ tục đăng ký thường trú cho chồng", [AD,PR], "s"),
("My wife and I live at 40 Tran Phu, Loc Tho ward, Nha Trang. What's the new ward name, and how do we register our marriage there?", [AD,PR], "e"),
("xin giay phep xay nha o thon Binh Tan xa Binh Chau Binh Son Quang Ngai can gi, voi lai xa do gio la xa nao", [AD,PR], "s"),
("Ông tôi ở xóm Gốc Gạo, xã Hóa Thượng, huyện Đồng Hỷ. Xã mới là gì ạ? Ông muốn làm hồ sơ trợ cấp xã hội hằng tháng thì cần những gì?", [AD,PR], ""),
# identity + bank
("CCCD 079304012345 có hợp lệ không, và mở tài khoản ngân hàng online bằng số này cần gì thêm?", [ID,BA], ""),
("so the 9704 1234 5678 9012 co dung Luhn ko, neu dung thi khoa the giup toi vi bi mat", [ID,BA], "s"),
("Tôi nhận OTP từ số 0889 123 456, số này nhà mạng nào? Nhân tiện sao OTP của ngân hàng bên bạn lâu đến vậy?", [ID,BA], ""),
("Kiểm tra giúp chuỗi VietQR này đúng người nhận không rồi cho mình biết chuyển liên ngân hàng tốn phí bao nhiêu: 00020101021238540010A00000072701240006970436011001234567890208QRIBFTTA530370454062000005802VN6304A1B2", [ID,BA], ""),
("Is 0971 234 567 a Viettel number? Also I forgot my banking app password, how do I reset it?", [ID,BA], "e"),
("khách tôi ra quầy đưa căn cước 038190012345, xem giúp nam hay nữ, rồi hướng dẫn mở tài khoản tiết kiệm cho ông ấy", [ID,BA], "s"),
("Mã số thuế hộ kinh doanh 8123456789 có hợp lệ không, và ngân hàng mình cho hộ kinh doanh vay vốn với điều kiện gì?", [ID,BA], ""),
# health + school
("Con em học lớp 11 trường Hòa Bình, sốt 39 độ, đau họng 2 ngày nay. Nên khám khoa nào, và xin nghỉ học mấy ngày thì thủ tục thế nào?", [HE,SC], ""),
("em bi dau bung du doi ben phai tu sang, nen di kham gi, nhan tien hoi nghi buoi kiem tra hoa chieu nay thi co duoc kiem tra bu khong", [HE,SC], "s"),
("Bé nhà tôi bị nổi mẩn ngứa khắp người sau khi ăn hải sản, phải đi khoa nào? Xong tôi xin phép cho cháu nghỉ học ở trường Hòa Bình thì gửi đơn cho ai?", [HE,SC], ""),
("Em bị mất ngủ, lo âu, hay nghĩ linh tinh trước kì thi, có cần đi khám không ạ, với lại nếu em nghỉ thi học kì thì có được thi lại không", [HE,SC], ""),
("1) Con tôi bị đau mắt đỏ, khám ở đâu? 2) Nghỉ vì đau mắt có được tính nghỉ có phép ở trường mình không?", [HE,SC], "s"),
("Bạn em đá bóng giờ thể dục bị trẹo cổ chân sưng to, đi khám gì, mà nghỉ tiết thể dục tuần sau cần giấy gì nộp trường ạ", [HE,SC], ""),
("My son in grade 10 at Hoa Binh has had a fever and rash for 3 days. Which department should we go to, and how do I request sick leave from the school?", [HE,SC], "e"),
# address + health
("Mẹ tôi ở 12 Hùng Vương, P. Phú Nhuận, TP Huế, đang đau ngực dữ dội, khó thở, tôi phải làm gì, và ghi địa chỉ mới cho xe cấp cứu thế nào?", [AD,HE], ""),
("be bi tieu chay 5 lan nen kham khoa nao, va dia chi thon 3 xa Pho Thanh thi xa Duc Pho cu gio la phuong nao", [AD,HE], "s"),
("Tôi là y tế thôn: bệnh nhân ho ra máu, sụt cân, cần chuyển khoa nào? Sẵn tiện chuẩn hóa địa chỉ anh ấy: xóm 2 xã Đông Cao, Phổ Yên, Thái Nguyên", [AD,HE], ""),
("Chuẩn hoá địa chỉ 7 Lê Duẩn, Q. Hải Châu, ĐN giúp mình rồi bảo luôn bố mình 70 tuổi hay chóng mặt khi đứng dậy thì khám khoa nào", [AD,HE], "s"),
("Địa chỉ 66 đường 3/2, P. Xuân Khánh, Q. Ninh Kiều giờ phường gì; mình bị sốt cao, đau mỏi cơ, nghi sốt xuất huyết thì nên khám gì?", [AD,HE], ""),
# address + identity
("Căn cước 094185001234 mã 094 là tỉnh nào, và địa chỉ thường trú ấp Trà Quýt A, thị trấn Châu Thành, Sóc Trăng giờ ghi sao?", [AD,ID], ""),
("bien so 73C-012.34 cua tinh nao, va dia chi tieu khu 4 phuong Dong Hai TP Dong Hoi doi sang moi la phuong gi", [AD,ID], "s"),
("Xe biển 76A-111.22 của khách, khách bảo nhà ở phường Trần Phú TP Quảng Ngãi; mình muốn kiểm tra biển tỉnh nào và phường mới của địa chỉ đó", [AD,ID], ""),
("Mã BHYT DN4790123456789 ghi tỉnh nào, rồi địa chỉ trên thẻ '22 Võ Văn Tần, P6, Q3' giờ thuộc phường nào?", [AD,ID], "s"),
("Check CCCD 048198001234 for gender and birth year, and convert the address 5 Bach Dang, Hai Chau, Da Nang to the new ward", [AD,ID], "e"),
("Mình đang điền hồ sơ: địa chỉ 'số 3 ngõ 12 Kim Mã Ba Đình' ghi lại theo hai cấp giúp, và số 0376 543 210 là mạng gì để ghi cho đúng", [AD,ID], ""),
# identity + procedures
("CCCD của tôi 036186009999 sai ngày sinh so với giấy khai sinh, cho hỏi số này mã hóa năm sinh gì và thủ tục điều chỉnh, cấp đổi căn cước ra sao?", [ID,PR], ""),
("Mã số thuế cá nhân 8345678901 có hợp lệ không, nếu chưa có thì đăng ký mã số thuế cá nhân ở đâu?", [ID,PR], "s"),
("Biển số xe 51G-456.78 tôi mua lại là của tỉnh nào, rồi thủ tục sang tên xe cần gì?", [ID,PR], ""),
("the BHYT cua be ma TE1480123456789 co dung ko, va lam the BHYT cho tre duoi 6 tuoi moi sinh thi lam o dau", [ID,PR], "s"),
("Bố tôi vẫn dùng CMND 9 số 091234567, 091 là tỉnh nào, và giờ bố đi làm căn cước lần đầu thì cần mang gì?", [ID,PR], ""),
("Số CCCD 001192034567 là nam hay nữ? Người này muốn xin lý lịch tư pháp thì nộp ở đâu?", [ID,PR], ""),
# procedures + bank
("Tôi vừa mở hộ kinh doanh bán cà phê, cần giấy tờ gì để đăng ký, và sau đó vay vốn kinh doanh ở ngân hàng bạn được không?", [PR,BA], ""),
("Mất ví có căn cước và thẻ ATM: khóa thẻ giúp tôi trước, rồi chỉ tôi thủ tục làm lại căn cước", [PR,BA], "s"),
("vay mua nha can dieu kien gi, voi lai thu tuc dang ky sang ten so do sau khi mua thi nop o dau", [PR,BA], "s"),
("Lãnh trợ cấp thất nghiệp thì nộp hồ sơ ở đâu, và tiền đó chuyển vào tài khoản ngân hàng mình có mất phí nhận không ạ?", [PR,BA], "c"),
("Sổ đỏ bị cuốn trôi trong lũ, thủ tục cấp lại thế nào? Xong tôi muốn vay thế chấp ngân hàng để sửa nhà thì điều kiện ra sao?", [PR,BA], ""),
("How do I apply for maternity benefit, and can I open a savings account for my newborn at your bank?", [PR,BA], "e"),
# tutor + school
("Cho em 5 bài phương trình bậc hai để ôn, với lại nếu em thi lại hè môn Toán thì lịch thi lại của trường mình khi nào ạ?", [TU,SC], ""),
("em lop 9 nhung sang nam vao truong Hoa Binh, cho em bai tap he phuong trinh va hoi luon truong minh tinh diem trung binh mon the nao", [TU,SC], "s"),
("Quiz em từ vựng tiếng Anh chủ đề trường học; nhân tiện cho em hỏi thư viện trường có sách từ điển cho mượn về nhà không", [TU,SC], ""),
("Con lớp 10 ở Hòa Bình vắng bài kiểm tra Toán hôm qua: được kiểm tra bù không, và cho cháu vài bài tập định lý Pytago để ôn trước", [TU,SC], ""),
("1) giai giup 2x^2 - 8 = 0 2) diem kiem tra duoi 5 co duoc lam lai bai khong", [TU,SC], "s"),
("Practice some English words about clothes for me, and tell me the uniform rules at Truong THPT Hoa Binh", [TU,SC], "e"),
# health + procedures
("Chồng tôi bị tai nạn lao động gãy tay, khám khoa nào, và muốn xin cấp lại sổ bảo hiểm xã hội bị mất để hưởng chế độ thì làm sao?", [HE,PR], ""),
("Vợ sắp sinh, dạo này phù chân và nhức đầu nhiều, có nguy hiểm không khám ở đâu, rồi hồ sơ hưởng thai sản gồm gì", [HE,PR], "s"),
("bé 2 tuổi sốt cao co giật thì làm sao, sẵn tiện hỏi làm thẻ BHYT cho bé dưới 6 tuổi ở đâu", [HE,PR], ""),
("Bà tôi 85 tuổi hay khó thở về đêm, phù chân, nên khám khoa nào? Bà có được nhận trợ cấp xã hội hằng tháng không, hồ sơ gì?", [HE,PR], ""),
("toi bi dau dau chong mat sau khi bi te xe, va mat luon bang lai xe, lam lai bang the nao", [HE,PR], "s"),
("Ba tôi vừa mất sau cơn đột quỵ thứ hai, mẹ tôi giờ cũng hay tê tay, nói khó. Mẹ tôi có cần đi cấp cứu không, và làm giấy khai tử cho ba ở đâu?", [HE,PR], ""),
# address + bank
("Mình mở tài khoản online phải nhập địa chỉ theo bản đồ mới, 18 ngõ Huế, phường Ngô Thì Nhậm, Hai Bà Trưng giờ là phường gì? Mở online có cần ra quầy không?", [AD,BA], ""),
("the atm bi nuot o cay ATM duong Nguyen Hue Q1, khoa the giup, va dia chi chi nhanh 'P Ben Nghe Q1' gio la phuong nao", [AD,BA], "s"),
("Vay mua nhà ở 22 Lý Chính Thắng, P8, Q3 thì điều kiện vay ra sao, và địa chỉ này giờ thuộc phường gì để ghi hồ sơ?", [AD,BA], ""),
("Please normalise my address 'so 5 kiet 12 Ong Ich Khiem Hai Chau DN' and tell me the fee for interbank transfers", [AD,BA], "e"),
("Gửi tiết kiệm 6 tháng lãi bao nhiêu, nhân tiện cập nhật địa chỉ cũ 'ấp 2 xã Tân Thạnh, Châu Thành, Long An' sang dạng mới giúp", [AD,BA], "s"),
# identity + health
("Con tôi thẻ BHYT TE1790012345678, xem giúp mã này nghĩa là gì, và bé đang sốt 40 độ, li bì, có cần đi cấp cứu không?", [ID,HE], ""),
("Kiểm tra CCCD 025180001234 của ông tôi sinh năm nào, ông đang bị yếu nửa người, nói đớ từ sáng, phải làm gì?", [ID,HE], "s"),
("dau nguc lan ra sau lung, nen kham gi, va the bhyt cua toi GD4010123456789 ma 01 la tinh nao", [ID,HE], "s"),
("Tôi đau khớp gối lâu ngày nên khám khoa nào, với lại mã BHYT của tôi bắt đầu 'HT' là đối tượng gì?", [ID,HE], ""),
# school + bank
("Con em được học bổng của trường Hòa Bình, hồ sơ cần gì và hạn nộp khi nào; học bổng chuyển khoản thì mở tài khoản cho con 16 tuổi ở ngân hàng mình cần gì?", [SC,BA], ""),
("Học phí trường mình được miễn giảm cho con hộ nghèo không, rồi mình gửi tiết kiệm cho con đi học đại học thì kỳ hạn nào lãi tốt", [SC,BA], "s"),
("em quen mat khau app ngan hang nen khong dong tien phat tre sach thu vien duoc, phat tre bao nhieu va lay lai mat khau sao", [SC,BA], "s"),
("Phụ huynh lớp 11 hỏi: chuyển khoản đóng tiền quỹ cho trường từ ngân hàng khác có mất phí không, và con tôi nghỉ không phép 2 buổi có bị hạ hạnh kiểm không?", [SC,BA], ""),
("Mất thẻ ATM trong trường rồi, khóa thẻ giúp em, tiện hỏi luôn làm mất thẻ thư viện thì làm lại sao", [SC,BA], ""),
# school + procedures
("Con tôi lớp 12 trường Hòa Bình cần xin miễn học phí, nhà trường yêu cầu giấy xác nhận hộ nghèo; vậy thủ tục công nhận hộ nghèo ở xã làm sao, và hạn nộp hồ sơ miễn học phí của trường là khi nào?", [SC,PR], ""),
("Em 14 tuổi cần làm căn cước lần đầu, mang gì, và nghỉ học buổi sáng đi làm căn cước thì xin phép nhà trường thế nào", [SC,PR], "s"),
("Con tôi lớp 10 mất giấy khai sinh, xin bản sao trích lục ở đâu? Trường Hòa Bình cần giấy này cho hồ sơ học bổng, hạn chót khi nào?", [SC,PR], ""),
("lam ho chieu cho con di thi olympic nuoc ngoai o dau, mat bao lau, va nghi hoc 1 tuan di thi thi truong minh tinh phep hay ko", [SC,PR], "s"),
("Nhà trường bảo nộp bản sao chứng thực sổ hộ khẩu để xét giảm học phí, chứng thực ở đâu, và ngoài cái đó hồ sơ giảm học phí còn gì nữa?", [SC,PR], ""),
# tutor + health
("Em bị đau đầu mỗi lần học khuya, nhìn bảng mờ, khám khoa nào ạ? Sẵn cho em 5 bài tập về căn bậc hai", [TU,HE], ""),
("Teach me English words for body parts and illnesses, and also my daughter has had ear pain with discharge for 2 days, which department?", [TU,HE], "e"),
("con toi lop 7 bi ho sot 3 ngay can kham o dau, con muon on phan so o nha thi cho vai bai de", [TU,HE], "s"),
("Cho bé nhà mình bài luyện từ vựng tiếng Anh chủ đề đồ ăn, và bé hay đau bụng sau khi uống sữa thì khám khoa nào?", [TU,HE], ""),
# address + school
("Con tôi học trường Hòa Bình, đơn xin nghỉ học phải ghi địa chỉ mới: tổ 7, phường Tân Thịnh, TP Thái Nguyên thì giờ là phường nào? Với lại nghỉ 3 ngày thì ai duyệt?", [AD,SC], ""),
("ho so hoc bong truong minh can dia chi theo mau moi, 15 Tran Hung Dao P Phu Hoi TP Hue gio ghi sao, han nop ho so la ngay nao", [AD,SC], "s"),
("Đi học muộn bị ghi tên mấy lần thì bị kỷ luật, với lại nhà em ở khu phố 3 phường Linh Trung Thủ Đức cũ giờ là phường gì", [AD,SC], ""),
("Thư viện trường mấy giờ đóng cửa, và chỉ giúp mình viết lại địa chỉ '44 ngõ Trạm, Hàng Bông, Hoàn Kiếm' theo 2 cấp", [AD,SC], "s"),
# identity + school
("Em làm hồ sơ học bổng của trường, cần ghi số căn cước 079307001122 — kiểm tra giúp em số này hợp lệ không, và hồ sơ học bổng gồm những gì?", [ID,SC], ""),
("sdt 0398 765 432 cua co chu nhiem la mang gi, va nghi hoc khong phep 3 buoi co bi thong bao ve nha khong", [ID,SC], "s"),
("Số BHYT học sinh HS4790011223344 của con ghi đúng mã chưa, và miễn giảm học phí ở trường Hòa Bình cần giấy tờ gì?", [ID,SC], ""),
# tutor + bank
("Em lớp 8 đang làm bài lãi suất: gửi 10 triệu lãi 6%/năm sau 1 năm được bao nhiêu; giải giúp em, và mẹ em hỏi tiết kiệm 12 tháng ở ngân hàng mình lãi bao nhiêu", [TU,BA], ""),
("giai giup pt 4x + 12 = 0 xong chi em cach lay lai OTP app ngan hang, em dung dt cua me", [TU,BA], "s"),
("Quiz me on shopping vocabulary; also, is there a fee for transferring money to my mum's account at another bank?", [TU,BA], "e"),
# tutor + identity
("Cho em bài tập về phần trăm, rồi kiểm tra giúp số căn cước 001310012345 của em có đúng không", [TU,ID], ""),
("Em học lớp 6, cho em bài luyện số nguyên, với lại số 0345 678 901 là mạng gì ạ", [TU,ID], "s"),
("Kiểm tra giúp biển số 29B-555.66 ở đâu, xong cho em 3 câu hỏi từ vựng chủ đề giao thông", [TU,ID], ""),
# tutor + procedures
("Giải hệ phương trình x - y = 3, x + 2y = 9 giúp em; nhân tiện mẹ em hỏi làm hộ chiếu cho em 13 tuổi cần gì", [TU,PR], ""),
("cho em bai tap dien tich hinh thang, va mẹ em hoi dang ky tam tru cho em o nha co thi lam sao", [TU,PR], "t"),
("Đố em 10 từ vựng về nghề nghiệp, sau đó cho bố em hỏi thủ tục đổi bằng lái xe hết hạn", [TU,PR], ""),
# tutor + address
("Em lớp 7 giải giúp em x/3 = 12/9, và nhà em ở xóm 5 xã Nghĩa An, Tư Nghĩa, Quảng Ngãi thì ghi xã mới là gì", [TU,AD], ""),
("Cho em vài câu từ vựng tiếng Anh chủ đề nhà ở rồi đổi giúp địa chỉ 8 ngõ 3 Trần Phú Hà Đông sang phường mới", [TU,AD], "s"),
# health + bank
("Tôi bị sốt, ho khan, đau rát họng 4 ngày, nên khám gì; đang nằm nhà không ra quầy được, mở tài khoản tiết kiệm online có được không?", [HE,BA], ""),
("ba toi bi ngat o cay ATM, tinh lai roi nhung noi lap bap, phai lam gi, the ATM cua ba bi may nuot luon thi khoa sao", [HE,BA], "s"),
("Đang nằm viện vì sỏi thận, ở nhà thì đau hông lưng từng cơn, tiểu buốt: nên khám lại khoa nào; và tôi cần vay tiêu dùng để trả viện phí, điều kiện ra sao?", [HE,BA], ""),
("Lost my card and I think I'm having a panic attack, chest tight and can't breathe — please lock my card and tell me what to do about the chest", [HE,BA], "e"),
# procedures + address extra
("phường 12 quận Gò Vấp giờ là phường gì, hồ sơ thay đổi địa chỉ trụ sở công ty nộp ở đâu", [AD,PR], "s"),
("Khmer family in Soc Trang: my mother-in-law's address is 'ap Sa Bai, xa Vinh Hai, Vinh Chau'. What is the new commune, and how do we register her death?", [AD,PR], "e"),
# identity + procedures extra
("Mình làm Grab, bằng lái hết hạn cần đổi mang gì; và biển số xe 15B1-234.56 của người bán xe cho mình là của tỉnh nào?", [ID,PR], "s"),
]
