# Hand-written composed questions that genuinely need two experts. Markers as in data_address.py.
A, H, I, P, T, B, S = "vn-address", "vn-health-triage", "vn-identity", "vn-procedures", "vn-tutor", "bank-cskh", "school-regs"
Q = [
# address + procedures
([A, P], "Nhà tôi ở 15 Hàng Bạc, phường Hàng Bạc, Hoàn Kiếm. Giờ đăng ký tạm trú cho cháu ở cùng thì nộp ở phường mới nào và cần giấy tờ gì?"),
([A, P], "~em thue tro o 45 duong so 3 p.binh hung hoa a q.binh tan, gio phuong moi la gi va khai tam tru can nhung gi"),
([A, P], "Địa chỉ thường trú cũ của tôi là xã Tân Thông Hội, Củ Chi. Xin hỏi xã mới tên gì và làm căn cước ở đó cần mang gì?"),
([A, P], "Muốn đăng ký hộ kinh doanh quán cà phê ở 120 Phan Đăng Lưu, P.3, Q.Bình Thạnh: địa chỉ ghi theo phường mới là gì, hồ sơ gồm những gì?"),
([A, P], "~bo toi mat o nha, dia chi thon 5 xa Yen Lam huyen Yen Mo Ninh Binh, dang ky khai tu o xa moi nao va can giay gi"),
([A, P], "My new apartment is at 8 Nguyen Hue, Ben Nghe ward, District 1. Which ward is that now, and how do I register temporary residence there? #e"),
([A, P], "Sổ đỏ ghi thửa đất ở xã Bình Mỹ, huyện Củ Chi. Sang tên cho con thì nộp ở đâu theo đơn vị mới và cần hồ sơ gì?"),
([A, P], "~dia chi tru so cong ty doi tu quan 3 cu sang phuong moi thi co phai lam thu tuc thay doi dang ky kinh doanh khong, dia chi 30 Vo Van Tan P.6 Q.3"),
# address + identity
([A, I], "Căn cước của tôi số 031198004512 ghi quê quán phường Máy Tơ, quận Ngô Quyền, Hải Phòng. Mã 031 có đúng Hải Phòng không, và phường Máy Tơ giờ thành phường gì?"),
([A, I], "~bien so 60A-345.12 la tinh nao, va dia chi tren giay xe 'phuong Tan Tien, TP Bien Hoa' gio la phuong gi"),
([A, I], "Khách gửi hàng ghi SĐT 0967 222 111 và địa chỉ 'số 4 ngõ 2 Kim Mã, Ba Đình, HN'. Số này mạng gì và địa chỉ chuẩn mới ghi sao?"),
([A, I], "Check CCCD 049201003344 (which province?) and convert my old address 'To 3, phuong An My, TP Tam Ky' to the new map. #e"),
([A, I], "~so dinh danh cua ba toi 087155001234 la tinh dong thap ha, nha ba o xa my tho huyen cao lanh thi gio la xa nao"),
# address + bank
([A, B], "Em muốn mở tài khoản ngân hàng bên mình, form bắt ghi địa chỉ theo 2 cấp mới, nhà em là 77 Lê Lai, P.Bến Thành, Q.1 thì điền sao, và mở online được không?"),
([A, B], "~doi dia chi nhan sao ke the, dia chi moi la 12 ngo 5 Tay Son, phuong Quang Trung, Dong Da - ghi phuong moi la gi, va the bi mat luon thi khoa sao"),
([A, B], "Vay mua nhà ở dự án tại xã Long Hưng, huyện Văn Giang, Hưng Yên: xã đó giờ thuộc đơn vị nào, và điều kiện vay mua nhà bên ngân hàng ra sao?"),
# address + health
([A, H], "Ông tôi đang bị méo miệng, yếu nửa người. Nhà ở 25 Trần Hưng Đạo, phường Phạm Ngũ Lão, quận 1 — gọi 115 thì báo phường mới tên gì?"),
([A, H], "~con em sot cao co giat, goi cap cuu phai noi dia chi, nha o xom 3 xa Thanh Liet huyen Thanh Tri, xa moi ten gi"),
([A, H], "My father has crushing chest pain. We're at 14 Tran Phu, Loc Tho ward, Nha Trang - what ward do I tell the ambulance under the new names? #e"),
# address + school
([A, S], "Trường yêu cầu phụ huynh cập nhật địa chỉ theo đơn vị hành chính mới trong hồ sơ xin miễn học phí. Nhà tôi ở phường 4, quận 8 cũ thì ghi phường gì và hạn nộp hồ sơ miễn học phí là khi nào?"),
([A, S], "~con lop 11 o truong, nha o xa Dong Thanh huyen Hoc Mon, giay hoc bong ghi dia chi moi la xa gi, va ho so hoc bong can nhung gi"),
# address + tutor (rare but real)
([A, T], "Chị ơi, chuẩn hóa giùm em địa chỉ '9 Lý Chính Thắng, P.8, Q.3' để ghi vào phiếu, rồi cho em luôn 5 bài tập phương trình bậc nhất lớp 8 nhé."),
# health + school
([H, S], "Con tôi học lớp 10 ở trường, sáng nay sốt 39 độ, nổi ban đỏ. Nên cho cháu khám khoa nào, và xin nghỉ học có phép thì làm thế nào?"),
([H, S], "~em bi dau bung duoi ben phai, non 2 lan, nen di kham khoa nao, va hom nay co bai kiem tra 1 tiet thi xin kiem tra bu the nao"),
([H, S], "Em bị đau mắt đỏ lây, nên khám ở đâu và nghỉ mấy hôm thì có bị tính vắng không phép theo nội quy trường không?"),
([H, S], "My daughter (grade 11 at Hoa Binh High) has had a bad headache and vomiting since morning. Which department, and how do I excuse her absence? #e"),
([H, S], "~con gai toi lop 12 dau bung kinh du doi ngat xiu o truong, di kham khoa gi, nghi vai ngay co phai nop giay kham benh cho truong ko"),
([H, S], "Cháu bị bong gân cổ chân lúc đá bóng, khám chấn thương chỉnh hình hay khoa nào, và đang vắng thi học kỳ môn thể dục thì có được thi lại không?"),
# health + procedures
([H, P], "Em bầu 8 tháng, mấy hôm nay phù chân, nhức đầu, nhìn mờ. Nên đi khám gì, và thủ tục hưởng thai sản ở công ty em cần chuẩn bị gì?"),
([H, P], "~be nha em 2 tuoi sot, ho nhieu, nen kham khoa nao, ma be chua co the bhyt thi lam the cho tre duoi 6 tuoi o dau"),
([H, P], "Mẹ tôi 85 tuổi, gần đây hay quên, đi lạc. Nên khám chuyên khoa nào, và xin trợ cấp xã hội hằng tháng cho bà thì làm thủ tục gì?"),
([H, P], "Bố tôi vừa mất ở bệnh viện; mẹ tôi thì từ tối qua đau thắt ngực, vã mồ hôi. Mẹ phải làm gì ngay, và đăng ký khai tử cho bố cần giấy gì?"),
# health + bank
([H, B], "~dang o ngoai duong thi bi ngat, tinh day thay mat vi va the atm, dau dau chong mat, nen kham khoa gi va khoa the the nao"),
([H, B], "Bị cướp giật ngã xe, trầy xước và đau vai không giơ tay lên được, mất luôn thẻ ngân hàng. Khám khoa nào, và khóa thẻ giúp tôi."),
# health + identity
([H, I], "Thẻ BHYT của con tôi mã TE1791234567890, nghĩa là hưởng bao nhiêu phần trăm? Cháu đang sốt cao và ho, nên khám khoa nào?"),
([H, I], "~ma bhyt HT3... la doi tuong gi, ong toi bi kho tho, phu chan thi di kham khoa nao"),
# identity + bank
([I, B], "Số thẻ 9704 1234 5678 9012 có đúng chuẩn Luhn không? Nếu đúng mà em lỡ làm mất thẻ thì khóa thế nào?"),
([I, B], "~so dien thoai 0936 111 222 la mang gi, sao toi doi sim mang khac roi thi khong nhan duoc otp cua ngan hang"),
([I, B], "Một người gửi mã VietQR nhờ chuyển tiền, chuỗi bắt đầu 00020101021238... Kiểm tra giúp chuỗi có hợp lệ không và phí chuyển khoản liên ngân hàng bên mình bao nhiêu?"),
([I, B], "Open an account online: the app says my ID 079199001122 is invalid. Is the number itself valid, and what else do I need to open the account? #e"),
([I, B], "~ma so thue ho kinh doanh 8012345678 co dung khong, toi muon vay von kinh doanh thi dieu kien ra sao"),
([I, B], "Số căn cước của mẹ 001160012345 có hợp lệ không, mẹ muốn gửi tiết kiệm ở quầy thì cần mang gì?"),
# identity + procedures
([I, P], "Số căn cước của tôi 024095001234, ba số đầu là tỉnh nào? Tôi chuyển hộ khẩu vào TP.HCM thì có phải đổi căn cước không, thủ tục thế nào?"),
([I, P], "~mst ca nhan cua em 8567890123 hop le ko, va quyet toan thue tncn tu lam thi nop o dau"),
([I, P], "Biển số xe máy 59-X2 123.45 là của TP.HCM phải không? Tôi mua lại xe đó thì sang tên cần giấy tờ gì?"),
([I, P], "Giấy CMND 9 số 272345678 của ông nội còn dùng được không, số đó tỉnh nào, ông muốn làm căn cước mới thì cần gì?"),
([I, P], "~the bhyt cua con ma TE1 hieu the nao, con sap 6 tuoi thi het han va gia han bhyt cho tre duoi 6 tuoi lam o dau #c"),
# identity + school
([I, S], "Hồ sơ xin học bổng của trường bắt ghi số định danh của con: 079308004321. Số này có đúng không, và hạn nộp hồ sơ học bổng là bao giờ?"),
# identity + address + ... keep to two
([I, A], "~0376 555 888 mang gi, khach dat hang ghi dia chi 'khu 2 thi tran Thanh Ba Phu Tho' doi sang dia chi moi the nao"),
# procedures + bank
([P, B], "Tôi vừa đăng ký hộ kinh doanh xong, giờ muốn mở tài khoản cho hộ kinh doanh bên ngân hàng mình thì cần gì, và đăng ký hộ kinh doanh có cần mã số thuế riêng không?"),
([P, B], "~vay mua nha can so do, ma so do dang lam thu tuc sang ten, sang ten mat bao lau va ngan hang co cho vay truoc khong"),
([P, B], "Mất ví cả căn cước lẫn thẻ ATM: khóa thẻ bên ngân hàng thế nào, và làm lại căn cước ở đâu?"),
([P, B], "I just got unemployment benefit approved; can it be paid into a savings account at your bank, and how do I open one? Also how long until the first payment comes? #e"),
([P, B], "~lam xong giay phep xay dung thi vay ngan hang xay nha duoc ko, xin phep xay dung can ho so gi"),
# procedures + school
([P, S], "Nhà em vừa được công nhận hộ nghèo. Giấy chứng nhận hộ nghèo xin ở đâu, và nộp cho trường để miễn học phí cho em lớp 11 trước hạn nào?"),
([P, S], "~con toi lop 10 can giay khai sinh ban sao de nop ho so hoc bong cua truong, chung thuc ban sao o dau va han nop hoc bong khi nao"),
([P, S], "Cháu phải nghỉ học đi làm căn cước lần đầu ở công an phường. Làm căn cước cần giấy gì, và xin phép nghỉ buổi đó với trường thế nào?"),
# procedures + tutor
([P, T], "Con tôi lớp 7 cần bản sao giấy khai sinh có chứng thực để nộp trường — chứng thực ở đâu? Nhân tiện cho cháu vài bài tập về tỉ lệ thuận ôn hè."),
# tutor + school
([T, S], "Em lớp 10 ở trường bị dưới 5 môn Toán phải thi lại hè, thi lại gồm những gì và ôn lại phần hệ phương trình bậc nhất hai ẩn giúp em với."),
([T, S], "~em bi diem kem bai kiem tra toan, co duoc lam lai bai khong, cho em luon vai bai phuong trinh bac hai de luyen"),
([T, S], "Mượn sách tiếng Anh ở thư viện trường được mấy tuần? Em muốn tự ôn từ vựng chủ đề thời tiết, đố em 5 từ luôn nha."),
# tutor + health
([T, H], "Con lớp 8 đang học từ vựng tiếng Anh chủ đề sức khỏe thì kêu đau đầu, sốt nhẹ và cứng gáy. Nên cho cháu khám khoa nào, và cho cháu vài từ vựng chủ đề cơ thể để học khi nghỉ ở nhà."),
# bank + school
([B, S], "Trường có học bổng chuyển khoản vào tài khoản ngân hàng, em chưa có tài khoản. Học bổng xét điều kiện gì và mở tài khoản cho học sinh 16 tuổi bên mình cần gì?"),
([B, S], "~hoc phi duoc mien giam bao nhieu phan tram cho con thuong binh, va chuyen khoan nop hoc phi lien ngan hang co mat phi khong"),
# bank + tutor
([B, T], "Gửi tiết kiệm 12 tháng bên mình lãi bao nhiêu? Con em lớp 7 hỏi cách tính 6,5% của 20 triệu, giải giúp cháu luôn."),
# identity + health
([I, H], "~ma the bhyt DN4010... cua toi nghia la gi, muc huong bao nhieu phan tram; con toi dang ia chay nhieu lan, moi kho thi kham khoa nao"),
# identity + tutor
([I, T], "Check digit mã số thuế tính thế nào, ví dụ mã 0101234567 có đúng không? Con tôi lớp 9 muốn luyện thêm bài tập về lũy thừa, cho cháu vài bài."),
# address + procedures (more)
([A, P], "~vua ve que o thon Ha, xa Quang Phu, huyen Luong Tai, Bac Ninh, dang ky thuong tru lai can gi va xa moi ten gi"),
([A, P], "Mình mở công ty TNHH, trụ sở thuê ở 200 Nguyễn Văn Linh, phường Tân Thuận Tây, quận 7. Ghi phường mới sao cho đúng trên hồ sơ và hồ sơ thành lập cần những gì?"),
]
