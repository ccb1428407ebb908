A, H, I, P, T, B, S = "vn-address", "vn-health-triage", "vn-identity", "vn-procedures", "vn-tutor", "bank-cskh", "school-regs"
ITEMS = [
    # address + procedures
    ("Em thuê phòng ở 45/2 đường 18, P. Hiệp Bình Chánh, TP Thủ Đức. Đăng ký tạm trú thì ghi phường mới là gì và cần nộp giấy tờ gì ạ?", [A, P], "s"),
    ("nha o xa Binh Chau, Binh Son, Quang Ngai cu, gio lam lai can cuoc thi len xa moi ten gi, can mang gi", [A, P], "s"),
    ("Tôi là Việt kiều về nước, nhà cũ ở phường Đa Kao quận 1. Tôi muốn đăng ký thường trú lại thì phường mới là gì và thủ tục ra sao?", [A, P], ""),
    ("Chồng tôi mất ở nhà, địa chỉ trên giấy tờ là 'xóm 3, xã Diễn Hải, huyện Diễn Châu, Nghệ An'. Tôi phải đi khai tử ở UBND xã nào bây giờ, cần mang gì?", [A, P], ""),
    ("dat o ap 2 xa Tan Thong Hoi Cu Chi, lam so do lan dau thi nop o dau, xa moi ten gi", [A, P], "s"),
    ("Công ty em đặt trụ sở ở 15 Phạm Ngọc Thạch, P.6, Q.3. Giờ phải làm thay đổi đăng ký kinh doanh cập nhật địa chỉ mới không, và địa chỉ mới ghi thế nào?", [A, P], ""),
    ("I'm registering a household business at 22 Le Van Sy, Ward 13, District 3, HCMC. What's the new ward name, and what documents do I need for the registration?", [A, P], "e"),
    ("con sinh ở nhà ngoại tại thôn 2 xã Nghĩa Thuận, Tư Nghĩa, Quảng Ngãi. Làm khai sinh ở xã mới nào và cần giấy gì", [A, P], "s"),
    ("Xây nhà ở tổ 7 phường Phú Lợi cũ, Thủ Dầu Một – giờ thuộc phường nào của TP HCM và có cần xin giấy phép xây dựng không?", [A, P], ""),
    # identity + procedures
    ("CCCD của tôi 079085001234 sắp hết hạn năm 2025, số này có hợp lệ không và đổi căn cước cần gì?", [I, P], "s"),
    ("cmnd 9 so cu cua toi 212345678 con dung duoc khong, neu doi sang can cuoc thi thu tuc the nao", [I, P], "s"),
    ("Mã số thuế cá nhân 8012345678 của em có đúng không? Nếu sai thì đăng ký lại mã số thuế ở đâu?", [I, P], ""),
    ("The BHYT cua be ghi TE1797912345678 co dung khong, va be duoi 6 tuoi thi lam the o dau", [I, P], "s"),
    ("Bố tôi mất, CMND của bố là 186543210. Tôi muốn biết số này do tỉnh nào cấp và làm khai tử thì cần mang những gì?", [I, P], ""),
    ("biển 76C-045.12 là xe Quảng Ngãi à? Mua lại xe này về Hà Nội thì sang tên đăng ký xe thế nào", [I, P], "s"),
    ("Check my CCCD 001201012345 – is it valid? And how do I apply for a passport with it?", [I, P], "e"),
    ("Thẻ BHYT của tôi mã DN4797912345678, chữ DN và số 4 nghĩa là gì? Tiện hỏi luôn sổ BHXH của tôi bị mất thì xin cấp lại ở đâu, mất bao lâu?", [I, P], ""),
    # identity + bank
    ("Số thẻ 9704 2212 3456 7890 có hợp lệ không? Nếu là thẻ của tôi bị mất thì khóa thế nào?", [I, B], ""),
    ("sdt 0386123457 la mang nao, toi khong nhan duoc OTP tu ngan hang, co phai do nha mang khong", [I, B], "s"),
    ("Ai đó gửi tôi chuỗi VietQR này để chuyển tiền: 00020101021138540010A00000072701240006970436011001234567890208QRIBFTTA53037045802VN6304ABCD. Chuỗi có hợp lệ không, và chuyển liên ngân hàng thì mất phí bao nhiêu?", [I, B], ""),
    ("Đổi số nhận OTP sang 0912 345 678 – số này có đúng Vinaphone không, và thủ tục đổi số OTP thế nào?", [I, B], "s"),
    ("Is card number 4532 0151 1283 0366 valid? I think it's mine and it got stolen, please tell me how to block it.", [I, B], "e"),
    ("mo tai khoan bang cccd 038165012345 duoc khong, so nay co hop le khong", [I, B], "s"),
    ("Tôi kinh doanh, MST công ty 0312345678, kiểm tra giúp mã có đúng không rồi tư vấn điều kiện vay vốn kinh doanh", [I, B], ""),
    ("số này 0569 876 543 nhắn tin bảo tôi đọc OTP để nhận quà, số mạng gì vậy, tôi lỡ đọc OTP rồi giờ khóa app thế nào", [I, B], ""),
    # health + school
    ("Con em học lớp 11 trường Hòa Bình, sốt 39 độ, ho nhiều 2 hôm nay. Nên đưa cháu khám khoa nào và xin nghỉ học có phép thế nào ạ?", [H, S], ""),
    ("em bi dau bung quan quai tu sang, bung duoi ben phai, chieu nay co bai kiem tra 1 tiet thi co duoc kiem tra bu khong", [H, S], "s"),
    ("Bà nội đây, cháu bà học 10A2 trường mình, mấy hôm nay cháu cứ đau đầu chóng mặt, mờ mắt. Bà nên đưa cháu khám chỗ nào, và xin cho cháu nghỉ vài buổi thì bà viết đơn gửi ai?", [H, S], "s"),
    ("Em học lớp 12, dạo này em mất ngủ, hay nghĩ tới chuyện không muốn sống nữa vì áp lực thi. Em muốn xin nghỉ vài ngày, em phải làm sao?", [H, S], ""),
    ("con bi te gay tay trong gio the duc, nen di khoa nao, nghi hoc may tuan co bi anh huong len lop khong", [H, S], "s"),
    ("My daughter in grade 11 at Hoa Binh has a rash and high fever. Which department should we go to, and does a sick leave count as excused absence?", [H, S], "e"),
    ("Con bị đau mắt đỏ lây lắm, khám ở đâu, và trường có bắt phải nghỉ hẳn không, nghỉ thì tính phép không?", [H, S], ""),
    # health + procedures
    ("Vợ tôi mang thai 38 tuần, đau bụng từng cơn và ra nước ối. Đưa đi viện nào khoa nào? Sau sinh làm chế độ thai sản cần giấy gì?", [H, P], ""),
    ("be 2 thang tuoi sot 38.5, bu it. Di kham o dau? Ma be chua co the BHYT tre duoi 6 tuoi, lam the nao", [H, P], "s"),
    ("Tôi bị tai nạn lao động, gãy chân, giờ vẫn đau nhức và sưng, nên tái khám khoa nào, và tôi bị cho nghỉ việc thì có được hưởng trợ cấp thất nghiệp không?", [H, P], ""),
    ("Mẹ tôi 85 tuổi, mấy hôm nay lú lẫn, đi lại loạng choạng. Khám khoa nào? Bà không có lương hưu, làm trợ cấp xã hội hàng tháng thế nào?", [H, P], ""),
    # health + address
    ("Bố tôi vừa ngã quỵ, méo miệng, không nói được! Gọi 115 thì đọc địa chỉ: 14 ngõ 2 Phương Mai, Đống Đa cũ – giờ là phường gì?", [H, A], ""),
    ("ba toi dau nguc du doi, vã mo hoi. Nha o 88 Hung Vuong p9 q5, goi cap cuu thi noi phuong moi la gi", [H, A], "s"),
    ("My mother is having chest pain and can't breathe well. We live at 34 Tran Phu, Ward 7, District 5 (old address) – what's the new ward to tell the ambulance?", [H, A], "e"),
    ("Con tôi co giật, tôi gọi 115 mà họ hỏi phường mới. Nhà ở KP2 P. Tân Hiệp, Biên Hòa. Phường mới tên gì?", [H, A], ""),
    # health + identity
    ("Mã BHYT của mẹ tôi GD4797900011122, mã GD là đối tượng gì? Mẹ tôi đang khó thở, tức ngực, nên vào khoa nào?", [H, I], ""),
    ("thẻ bhyt của con ghi TE1..., nghĩa là gì, bé đang tiêu chảy 5 lần một ngày nên khám ở khoa nào", [H, I], "s"),
    ("Con tôi sốt phát ban, số thẻ BHYT của cháu là TE1797912345678 có đúng định dạng không, tôi đưa cháu đi khám nhi hay da liễu?", [H, I], "s"),
    # tutor + school
    ("Em bị 4.5 môn Toán phải thi lại hè. Thi lại vào khi nào, và cho em ôn phương trình bậc hai với hệ phương trình được không?", [T, S], ""),
    ("em nghi om hom kiem tra toan, thay cho kiem tra bu tuan sau. Lich kiem tra bu theo quy dinh the nao, va cho em luyen truoc phan dinh ly Pythago", [T, S], "s"),
    ("Con tôi lớp 10 trường Hòa Bình bị điểm Anh thấp, muốn biết có được làm lại bài kiểm tra không, và nhờ bạn cho cháu luyện từ vựng chủ đề nghề nghiệp", [T, S], "s"),
    ("điểm toán học kì của em 6.4, sao thầy lại tính ra 6.3? Em muốn phúc khảo. À, giải giúp em luôn câu 3: 2x + 3y = 12, x - y = 1", [T, S], ""),
    ("Grade 10 at Hoa Binh: when is the summer re-take for English, and can you quiz me on food and drink vocabulary to prepare?", [T, S], "e"),
    # bank + procedures
    ("Tôi định vay mua nhà, ngân hàng cần sổ đỏ. Sổ đỏ chưa sang tên từ bố mẹ thì thủ tục sang tên thế nào, và điều kiện vay mua nhà ra sao?", [B, P], ""),
    ("chong toi mat, so tiet kiem dung ten anh. Toi can lam giay khai tu o dau va ngan hang can gi de rut so tiet kiem", [B, P], "s"),
    ("Mở công ty TNHH xong thì mở tài khoản doanh nghiệp ở ngân hàng mình cần gì? Mà thủ tục thành lập công ty nộp ở đâu vậy?", [B, P], ""),
    ("Vay tiền xây nhà 3 tầng: ngân hàng cho vay thế nào và xin giấy phép xây dựng cần hồ sơ gì?", [B, P], "s"),
    ("Làm hộ kinh doanh bán cà phê thì đăng ký ở đâu? Sau đó vay vốn kinh doanh 200 triệu ở ngân hàng bạn có được không?", [B, P], ""),
    ("Hello, I just lost my wallet with my căn cước and debit card. How do I lock the card and how do I get my căn cước reissued?", [B, P], "e"),
    ("mat vi, mat ca the atm lan can cuoc, khoa the the nao va lam lai can cuoc can gi", [B, P], "s"),
    # bank + school
    ("Con được học bổng của trường Hòa Bình, nhà trường bảo mở tài khoản ngân hàng đứng tên con để nhận. Hồ sơ học bổng nộp hạn khi nào, và con 16 tuổi mở tài khoản ở ngân hàng mình cần gì?", [B, S], ""),
    ("em lam mat the ATM trong thu vien truong, khoa the the nao, ma thu vien co giu do that lac khong va em tra sach tre 2 ngay bi phat bao nhieu", [B, S], "s"),
    ("Nộp hồ sơ miễn giảm học phí cho trường mình thì hạn chót là khi nào? Tiền học phí chuyển khoản từ ngân hàng bạn sang ngân hàng khác có mất phí không?", [B, S], ""),
    # bank + address
    ("Mở tài khoản online mà form bắt nhập địa chỉ theo 2 cấp mới. Nhà mình 12/3 đường số 8, Linh Trung, Thủ Đức thì ghi sao, và mở tài khoản cần giấy gì?", [B, A], "s"),
    ("Thẻ tôi bị ATM nuốt ở cây 45 Lê Lợi, P. Thạch Thang, Hải Châu. Tôi cần báo phường mới cho tổng đài, phường đó giờ là gì, và khóa thẻ thế nào?", [B, A], ""),
    # address + identity
    ("CCCD của tôi 051090001234, mã 051 là Quảng Ngãi đúng không, và xã Bình Châu huyện Bình Sơn cũ giờ thuộc xã nào?", [I, A], ""),
    ("bien so 23A-123.45 la Ha Giang phai khong, Ha Giang gio nhap vao tinh nao roi", [I, A], "s"),
    ("Số căn cước 002301004455 ghi nơi đăng ký là Hà Giang; sau sáp nhập Hà Giang thành tỉnh nào, số căn cước có còn đúng mã tỉnh không?", [I, A], ""),
    # procedures + school
    ("Nhà em mới được xét hộ nghèo thì trường Hòa Bình có miễn học phí không? Mà thủ tục công nhận hộ nghèo ở xã làm thế nào vậy ạ?", [P, S], ""),
    ("Trường yêu cầu nộp bản sao giấy khai sinh có chứng thực để làm hồ sơ học bổng. Chứng thực bản sao ở đâu, phí bao nhiêu, và hạn nộp hồ sơ học bổng là khi nào?", [P, S], "s"),
    ("con toi sap di du hoc he, can lam ho chieu gap, ma nghi hoc 2 tuan cuoi nam thi co bi tinh vang khong phep khong", [P, S], "s"),
    # tutor + health
    ("Em hay bị đau đầu, buồn nôn mỗi lần học khuya, có cần đi khám không, khám khoa nào? Với lại cho em 5 bài lũy thừa để làm nốt tối nay", [T, H], ""),
    ("quiz me on body and health words in English, and btw my throat hurts and I have a fever of 38.5, which department should I see?", [T, H], "e"),
    # tutor + bank
    ("Em muốn gửi tiết kiệm tiền lì xì 5 triệu ở ngân hàng mình, kỳ hạn 6 tháng lãi thế nào? Tiện giải giúp em bài: tăng 5% của 5 triệu là bao nhiêu", [T, B], ""),
    # identity + school
    ("Hồ sơ học bổng của trường Hòa Bình yêu cầu ghi số căn cước, em ghi 079208004512 có đúng định dạng không, và hạn nộp là khi nào ạ?", [I, S], ""),
]
