ITEMS = """
vn-address+vn-procedures|-|Nhà tôi ở số 8 ngõ 15 phường Vị Xuyên TP Nam Định cũ, giờ là phường nào theo bản đồ mới? Và làm giấy khai sinh cho cháu thì nộp ở đâu, cần giấy tờ gì?
vn-address+vn-procedures|s|em o tro khu pho 2 phuong Binh Chuan Thuan An, gio phuong moi ten gi, va dang ky tam tru can giay to gi
vn-address+vn-procedures|-|Xã Tịnh Kỳ, TP Quảng Ngãi giờ thuộc xã nào? Tôi cần làm sổ đỏ lần đầu cho mảnh đất ở đó, hồ sơ gồm gì?
vn-address+vn-procedures|-|Dạ cho con hỏi: ấp Tân Thời, xã Thạnh Thới An, Trần Đề, Sóc Trăng bây giờ ghi là xã gì, tỉnh gì? Với lại đăng ký kết hôn ở xã mới đó cần mang gì nha?
vn-address+vn-procedures|s|phuong 4 da lat gio la phuong gi, va doi can cuoc theo dia chi moi co mat phi khong
vn-address+vn-procedures|e|My parents' old address is 12 Le Loi, Ward 1, Quang Ngai City. What is it on the new map, and how do I register their temporary residence while I visit?
vn-address+vn-procedures|-|Chuẩn hóa giúp địa chỉ "12/4 Trần Phú, P. Phước Vĩnh, TP Huế" theo đơn vị mới, rồi cho tôi biết xin giấy phép xây dựng nhà ở đó cần những gì
vn-address+vn-procedures|-|Tôi định mở tiệm chụp ảnh cưới ở số 30 đường 30/4 phường Hưng Lợi quận Ninh Kiều; phường đó giờ tên gì và đăng ký hộ kinh doanh ở đâu?
vn-address+vn-procedures|s|xa hai hung hai hau nam dinh gio la xa nao, lam trich luc khai tu cho ong o dau
vn-identity+bank-cskh|-|Số thẻ 9704 2233 4455 6677 có hợp lệ không? Nếu đúng là thẻ của tôi bị mất thì khóa thẻ thế nào?
vn-identity+bank-cskh|s|so 0934567812 la mang gi, toi khong nhan duoc otp ngan hang gui ve so nay thi lam sao
vn-identity+bank-cskh|-|Chuỗi VietQR khách gửi có đúng chuẩn không, và chuyển khoản liên ngân hàng theo QR đó có mất phí không?
vn-identity+bank-cskh|-|Căn cước của em số 094203001234 có hợp lệ không ạ? Em định dùng nó mở tài khoản ngân hàng online thì cần thêm gì?
vn-identity+bank-cskh|e|Is 4539 1488 0343 6467 a valid card number by Luhn? If so, how do I lock it, I think it was stolen.
vn-identity+bank-cskh|st|sdt 0387xxx123 la viettel hay j, doi sdt nhan otp ngan hang sang so nay dc ko
vn-identity+bank-cskh|-|Kiểm tra giúp mã số thuế hộ kinh doanh 8098765432 có đúng không, rồi cho hỏi vay vốn kinh doanh bên ngân hàng cần hồ sơ gì
vn-identity+bank-cskh|-|Nhân viên gọi bảo số thẻ 5123 4567 8901 2346 của tôi bị lộ, số này có đúng Luhn không, và tôi có nên khóa thẻ không?
vn-health-triage+school-regs|-|Con em học lớp 11 trường Hòa Bình, sáng nay sốt 39, đau họng, nổi hạch cổ. Cháu nên khám khoa nào, và xin nghỉ học có phép thì làm sao ạ?
vn-health-triage+school-regs|s|em bi dau bung quan, tieu chay tu toi qua, nen kham khoa nao va xin nghi hoc o truong minh the nao
vn-health-triage+school-regs|-|Mai thi kiểm tra 1 tiết mà tối nay em bị chóng mặt nôn ói, đi khám khoa nào, và nghỉ thì có được kiểm tra bù không?
vn-health-triage+school-regs|-|Con tôi bị đau đầu gối sưng lên sau giờ thể dục, nên đưa đi khám khoa nào? Nhà trường có miễn giờ thể dục và cho nghỉ có phép không?
vn-health-triage+school-regs|e|My son at Hoa Binh high school has a rash and high fever. Which department should he see, and how do I request sick leave from the school?
vn-health-triage+school-regs|s|con bi dau mat do, cham nuoc, nen kham o dau, nghi 3 ngay co bi tinh nghi khong phep khong
vn-health-triage+school-regs|-|Dạ bé nhà em lớp 10 hay khó thở, tức ngực khi chạy, đi khám chuyên khoa gì nha? Rồi có cần giấy gì để trường cho nghỉ tiết thể dục hông?
vn-address+vn-identity|-|Căn cước 083187004321 là tỉnh Bến Tre phải không? Mà địa chỉ thường trú ghi "xã Phú Túc, huyện Châu Thành, Bến Tre", giờ là xã nào tỉnh nào?
vn-address+vn-identity|s|bien so 83 la soc trang dung khong, va phuong 3 tp soc trang gio la phuong gi
vn-address+vn-identity|-|Xe biển 76A-123.45 là xe Quảng Ngãi hả? Chủ xe ghi địa chỉ "Nghĩa Chánh, TP Quảng Ngãi", giờ là phường nào?
vn-address+vn-identity|-|Số CMND cũ 163456789 là cấp ở Nam Định phải không, còn địa chỉ quê "xã Trực Đại, Trực Ninh" nay thuộc xã nào?
vn-address+vn-identity|e|Which province is plate 43A-567.89 from, and what is the new ward for 15 Bach Dang, Hai Chau, Da Nang?
vn-address+vn-identity|-|Kiểm tra số điện thoại 0356 123 789 là mạng gì và chuẩn hóa địa chỉ giao hàng "27 Lý Thường Kiệt, Q.10, HCM" theo phường mới
vn-health-triage+vn-procedures|-|Vợ tôi có thai 30 tuần bị phù chân, nhức đầu, nhìn mờ, nên đi khoa nào? Sinh xong thì hưởng chế độ thai sản cần nộp giấy gì?
vn-health-triage+vn-procedures|s|me toi 80 tuoi bi run tay, di lai cham, kham khoa nao, va ba co duoc tro cap xa hoi hang thang khong
vn-health-triage+vn-procedures|-|Bé 3 tuổi sốt, co giật mấy giây rồi tỉnh, giờ phải làm gì? Bé chưa có thẻ BHYT, làm thẻ cho trẻ dưới 6 tuổi ở đâu?
vn-health-triage+vn-procedures|-|Tôi bị mất ngủ, lo âu từ khi mất việc ở xưởng may; nên đi khám ở đâu, và lãnh bảo hiểm thất nghiệp thì nộp hồ sơ thế nào?
vn-health-triage+vn-procedures|-|Tôi đau lưng lan xuống chân, đi khám khoa nào, và muốn đổi bằng lái B2 thì cần giấy khám sức khỏe gì?
vn-identity+vn-procedures|-|Số căn cước 036190005678 có hợp lệ không? Tôi làm mất thẻ đó rồi, cấp lại ở đâu?
vn-identity+vn-procedures|s|ma so thue ca nhan 8123456789 co dung khong, neu chua co thi dang ky mst ca nhan o dau
vn-identity+vn-procedures|-|Biển số 65A-246.80 là tỉnh nào, và mua lại chiếc xe đó thì làm thủ tục sang tên đăng ký xe ra sao?
vn-identity+vn-procedures|-|Mã thẻ BHYT của con là TE1797901234567 có đúng của trẻ em không? Bé mới 2 tuổi mất thẻ thì làm lại ra sao?
vn-identity+vn-procedures|e|Is 001095012345 a valid CCCD number? My cousin lost hers; how does she get it reissued?
vn-identity+vn-procedures|-|CMND 9 số cũ 025123456 của tôi là tỉnh nào cấp, và giờ đổi sang căn cước lần đầu cần những gì?
bank-cskh+vn-procedures|-|Tôi muốn vay mua nhà ở ngân hàng; điều kiện vay là gì, và sang tên sổ đỏ sau khi mua mất bao lâu?
bank-cskh+vn-procedures|s|thanh lap cong ty tnhh can ho so gi, va mo tai khoan ngan hang cho cong ty can gi
bank-cskh+vn-procedures|-|Đăng ký hộ kinh doanh tiệm tạp hóa ở Hải Phòng cần những gì? Xong rồi vay vốn kinh doanh ngân hàng mình có yêu cầu giấy phép đó không?
bank-cskh+vn-procedures|-|Mất ví, mất cả căn cước lẫn thẻ ATM. Khóa thẻ giúp tôi và chỉ tôi cách làm lại căn cước.
bank-cskh+vn-procedures|e|I lost my wallet with my bank card and my CCCD. Please lock the card and tell me how to get a new citizen ID.
vn-tutor+school-regs|-|Em bị 4 điểm toán phần phương trình bậc hai, trường mình có cho làm lại bài kiểm tra không? Cho em thêm bài luyện phương trình bậc hai luôn
vn-tutor+school-regs|s|thi lai he mon tieng anh thi khi nao, cho em on tu vung chu de weather truoc
vn-tutor+school-regs|-|Em lớp 10 trường mình chuẩn bị thi lại hè, điều kiện lên lớp là gì ạ, và cho em vài bài hệ phương trình để ôn
vn-address+bank-cskh|-|Mình mở tài khoản ngân hàng online, nó bắt ghi địa chỉ theo phường mới; nhà mình ở 45 Nguyễn Thị Minh Khai P.Đa Kao Q1 thì ghi sao? Và mở tài khoản cần giấy gì?
vn-address+bank-cskh|s|cap nhat dia chi moi sau sap nhap cho ngan hang: 56 hai ba trung phuong 6 da lat gio la phuong gi, va quen mat khau app thi lay lai sao
vn-address+bank-cskh|-|Chuẩn hóa địa chỉ "tổ 5 kp 3 P. Tân Hiệp, TX Tân Uyên, Bình Dương" giúp mình để làm hồ sơ vay mua nhà, và vay mua nhà cần điều kiện gì?
vn-health-triage+bank-cskh|-|Tôi bị ngã xe, trầy tay chảy máu, đi khám khoa nào? Trong lúc ngã rơi mất thẻ ATM, khóa thẻ giúp tôi luôn.
vn-health-triage+bank-cskh|s|con toi dau bung du doi phai di vien, can rut tiet kiem truoc han co mat lai khong, va nen kham khoa nao
vn-health-triage+bank-cskh|-|Mẹ bị đau ngực, khó thở từ sáng, tôi phải làm gì? Tôi cũng cần chuyển tiền gấp cho em gái ở quê, chuyển liên ngân hàng có mất phí không?
school-regs+vn-procedures|-|Nhà em mới được công nhận hộ nghèo; làm giấy công nhận hộ nghèo ở đâu, và có giấy rồi thì xin miễn học phí ở trường Hòa Bình nộp hạn nào ạ?
school-regs+vn-procedures|s|lam ban sao chung thuc giay khai sinh o dau de nop ho so xin hoc bong truong minh, han nop ho so hoc bong la khi nao
school-regs+vn-procedures|-|Con tôi học lớp 11 nghỉ 1 tuần để cùng gia đình đi làm hộ chiếu, xin nghỉ với trường thế nào và làm hộ chiếu cho con cần gì?
vn-identity+school-regs|-|Con tôi lớp 11 làm căn cước số 079208001122, kiểm tra số này hợp lệ không, và trường có cần nộp bản sao căn cước trong hồ sơ học bổng không?
vn-tutor+vn-health-triage|-|Từ 'sốt' và 'ho' tiếng Anh là gì, mà thật ra em đang sốt 38 độ, ho có đờm 5 ngày rồi, nên đi khám khoa nào?
vn-address+vn-health-triage|-|Bà tôi đột ngột yếu nửa người, nói khó, chúng tôi đang ở số 10 phường Lộc Thọ, Nha Trang cũ – phải làm gì ngay, và báo địa chỉ mới là phường nào cho xe cấp cứu?
bank-cskh+school-regs|-|Học phí trường Hòa Bình con tôi được giảm bao nhiêu nếu là con thương binh, và chuyển khoản học phí từ app ngân hàng sang ngân hàng khác có mất phí không?
vn-tutor+bank-cskh|s|cho em bai tap phan tram ve lai suat, va tien thuc te gui tiet kiem 6 thang o ngan hang minh lai bao nhieu
"""
