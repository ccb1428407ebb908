# Hand-written questions for vn-procedures. Line format: FLAGS|query
EXPERT = "vn-procedures"
TEXT = r"""
|Làm lại căn cước khi bị mất cần những giấy tờ gì và lệ phí bao nhiêu?
s|mat can cuoc lam lai o dau
|Con tôi 14 tuổi, làm căn cước lần đầu thì nộp ở công an xã hay công an tỉnh?
s|Cap doi can cuoc khi doi ten phuong sau sap nhap co bat buoc khong, phi bao nhieu
|Thủ tục làm hộ chiếu phổ thông lần đầu online trên VNeID như thế nào?
s|lam ho chieu mat bao lau
|Chị làm nail bên Mỹ về nước, muốn đăng ký thường trú lại ở nhà mẹ đẻ thì cần giấy tờ gì?
|Vợ chồng mới cưới, vợ chuyển hộ khẩu về nhà chồng ở tỉnh khác thì làm thủ tục thường trú thế nào?
s|dang ky tam tru cho nguoi thue tro can nhung gi
|Tôi đi làm xa 6 tháng, có phải khai báo tạm vắng không? Khai ở đâu?
s|khai bao tam vang online duoc khong
|Đăng ký khai sinh cho con mới sinh cần mang gì, có mất phí không?
s|lam giay khai sinh cho be qua han 60 ngay co bi phat ko, thu tuc the nao
|Bố tôi mất ở nhà, thủ tục đăng ký khai tử làm ở đâu, trong bao lâu?
|Đăng ký kết hôn khi hai người ở hai tỉnh khác nhau thì nộp ở đâu?
s|giay xac nhan tinh trang hon nhan xin o dau, mat bao lau
|Xin cấp phiếu lý lịch tư pháp số 1 để đi làm, cần giấy tờ gì?
s|ly lich tu phap so 2 la gi, xin online dc k
|Chứng thực bản sao từ bản chính ở UBND xã mất bao nhiêu tiền một trang?
s|chung thuc chu ky o dau, phi bao nhieu
|Thợ sửa xe máy như tôi muốn đăng ký hộ kinh doanh ở Vinh thì nộp hồ sơ ở đâu, cần những gì?
s|mo tiem nail nho thi dang ky ho kinh doanh hay cong ty
|Thành lập công ty TNHH một thành viên cần hồ sơ gì, bao lâu có giấy phép?
s|thay doi dia chi tru so cong ty tnhh sau sap nhap tinh co phai lam thu tuc thay doi dang ky kinh doanh khong
|Đăng ký mã số thuế cá nhân lần đầu cho người làm tự do thì làm thế nào?
s|quyet toan thue tncn online tren etax mobile lam sao
|Tôi làm 2 công ty trong năm thì tự quyết toán thuế TNCN hay ủy quyền được?
|Cấp sổ đỏ lần đầu cho đất ông bà để lại, chưa có giấy tờ gì thì thủ tục ra sao?
s|sang ten so do khi mua dat can nhung giay to gi, thue phi bao nhieu
|Xây nhà 3 tầng ở phường thì có cần xin giấy phép xây dựng không, hồ sơ gồm gì?
s|giay phep xay dung nha o nong thon co can khong
|Mua xe máy cũ thì đăng ký sang tên ở đâu, mất bao lâu?
s|doi bang lai xe b2 het han can gi
|Mất bằng lái A1 xin cấp lại thế nào?
s|lam lai so bhxh bi mat
|Thẻ BHYT cho trẻ dưới 6 tuổi làm ở đâu, có mất tiền không?
s|Em dang mang bau thang thu 7, lam van phong o Ha Noi, che do thai san can nop giay to gi va bao lau thi nhan tien a
|Nghỉ việc rồi thì làm hồ sơ hưởng trợ cấp thất nghiệp trong bao nhiêu ngày?
s|tro cap that nghiep duoc huong may thang
|Ông tôi 82 tuổi ở Huế, không có lương hưu, có được trợ cấp xã hội hằng tháng không? Hồ sơ thế nào?
s|thu tuc cong nhan ho ngheo can gi
|Gia đình người Mông ở Hà Giang, muốn xin xét hộ nghèo thì nộp đơn cho ai?
e|How do I apply for a judicial record certificate in Vietnam? What documents are needed?
e|What documents do I need to register my marriage in Vietnam with a Vietnamese partner?
e|How long does it take to renew a Vietnamese passport?
|gia hạn bằng lái xe
|thủ tục khai tử
s|xin so ho ngheo
|Cho hỏi 2 việc: làm căn cước cho con 6 tuổi có bắt buộc không, và lệ phí làm lần đầu là bao nhiêu?
s|Chao anh chi, em la du hoc sinh moi ve, muon xin giay xac nhan tinh trang hon nhan de dang ky ket hon thi lam o dau a. Em cam on
|Bảo vệ ca đêm như tôi nghỉ việc công ty cũ, muốn hưởng trợ cấp thất nghiệp thì cần sổ BHXH và quyết định nghỉ việc đúng không?
c|Tôi mất căn cước, không hỏi số căn cước có ý nghĩa gì, chỉ hỏi làm lại mất bao lâu?
c|Nhà tôi ở phường mới sau sáp nhập, giờ đăng ký tạm trú cho cháu đến ở nhờ thì cần những giấy tờ gì?
s|xin giay phep kinh doanh ho ca the mat bao nhieu ngay
|Trợ cấp thai sản cho chồng khi vợ sinh con được mấy ngày, nộp hồ sơ ở đâu?
t|thủ tục đăng kí thương trú cho con mới sinh như thế nào ạ
s|thu tuc trich luc khai sinh ban sao
|Đổi giấy phép lái xe từ giấy sang thẻ PET có cần khám sức khỏe không?
s|dang ky xe o to moi mua o dau, mat bao lau co bien
c|Tôi muốn xin giấy phép xây dựng, địa chỉ đất ở phường mới thì nộp hồ sơ ở đâu, bao lâu được cấp?
|Đăng ký thay đổi người đại diện theo pháp luật của công ty TNHH thì cần hồ sơ gì?
s|cong chung hop dong mua ban dat va dang ky bien dong dat dai khac nhau the nao, dang ky bien dong nop o dau
|Ông nội tôi cần làm giấy ủy quyền có chứng thực chữ ký, ông đi lại khó, có chứng thực tại nhà được không?
s|hoc sinh lop 12 xin ly lich tu phap de nop ho so du hoc thi xin loai so may
|Mẹ đơn thân đăng ký khai sinh cho con không có tên bố được không?
s|lam ho chieu can gi
|thủ tục đăng ký kết hôn
s|xin ly lich tu phap
t|thủ tuc làm lại sổ bhxh bi mất cần gi
st|dang ky thuong tru cho vo sau khi cuoi lam o dau, can giay ot gi a, cam on
s|phi lam can cuoc
|đăng ký tạm trú online
t|lam lai bằng lai xe may bị mat thi mat bao lâu, le phi bao nhiu
"""
