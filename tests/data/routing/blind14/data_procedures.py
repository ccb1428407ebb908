EXPERT = "vn-procedures"
ITEMS = """
-|Làm căn cước lần đầu cho con 14 tuổi cần mang giấy tờ gì, làm ở đâu ạ?
s|lam can cuoc lan dau cho con 14 tuoi can giay to gi
-|mất căn cước làm lại
s|mat cccd lam lai o dau, mat bao lau
-|Căn cước hết hạn khi đủ 40 tuổi thì đổi ở đâu, có mất phí không?
-|Dạ em ở trọ Bình Dương, quê Sóc Trăng, muốn đăng ký tạm trú thì chủ trọ phải ký gì hông, nộp ở đâu nha?
s|dang ky tam tru cho cong nhan o tro can gi
-|Tôi đi biển dài ngày 3 tháng, có phải khai báo tạm vắng không?
s|di bien dai ngay co phai khai bao tam vang khong
-|Làm hộ chiếu lần đầu online trên cổng dịch vụ công mất bao lâu, lệ phí bao nhiêu?
-|Con mới sinh ở Đà Lạt, làm giấy khai sinh cần những gì, có làm online được không?
st|lam giay khai sinh cho be can giay to gj
-|Bố tôi mất ở nhà, đăng ký khai tử ở đâu, hạn bao nhiêu ngày?
-|Hai đứa tính cưới, đăng ký kết hôn ở xã bên chồng hay bên vợ, cần giấy gì?
s|dang ky ket hon can giay to gi, lam o xa nao
-|Xin giấy xác nhận tình trạng hôn nhân để mua đất thì làm sao?
-|Chứng thực bản sao học bạ ở đâu, bao nhiêu tiền một trang?
s|chung thuc ban sao bao nhieu tien 1 trang
-|Chứng thực chữ ký trên giấy ủy quyền thì làm ở phường được không ạ?
-|Xin lý lịch tư pháp số 1 để đi làm, nộp ở đâu, mấy ngày có?
st|lam ly lich tu phap so 1 mat bao lau vay
-|Mở tiệm tạp hóa nhỏ ở Hải Phòng có phải đăng ký hộ kinh doanh không, hồ sơ gồm gì?
s|dang ky ho kinh doanh tiem tap hoa can gi
-|Thành lập công ty TNHH một thành viên cần vốn tối thiểu bao nhiêu, nộp hồ sơ ở đâu?
-|Đổi địa chỉ trụ sở công ty sang phường khác thì làm thủ tục thay đổi đăng ký kinh doanh thế nào?
-|Tôi làm chụp ảnh cưới tự do, muốn đăng ký mã số thuế cá nhân thì làm thế nào?
s|dang ky ma so thue ca nhan lan dau o dau
-|Quyết toán thuế TNCN tự làm, hạn chót là ngày nào, nộp qua đâu?
s|tu quyet toan thue tncn han chot
-|Đất ông bà để lại chưa có sổ đỏ, làm sổ lần đầu cần những giấy tờ gì?
-|Mua đất xong sang tên sổ đỏ mất bao lâu, phí trước bạ bao nhiêu phần trăm?
st|sang ten so do mat bao lau phi truoc ba bao nhieu
-|Xây nhà 3 tầng trong hẻm ở Cần Thơ có cần xin giấy phép xây dựng không?
-|Mua xe máy mới đăng ký biển số ở đâu, có bấm biển online được không?
s|dang ky xe may moi o dau
-|Bằng lái xe hạng B2 sắp hết hạn, đổi thì cần khám sức khỏe không?
s|doi bang lai b2 het han can gi
-|Làm mất bằng lái xe máy A1 thì xin cấp lại như nào ạ?
-|cấp lại sổ bảo hiểm xã hội bị mất
-|Con dưới 6 tuổi làm thẻ BHYT ở đâu, có tự động khi làm khai sinh không?
s|the bhyt cho tre duoi 6 tuoi lam o dau
-|Chế độ thai sản khi sinh con được hưởng mấy tháng, cần nộp giấy gì cho công ty?
s|huong thai san can nop giay gi
-|Em nghỉ việc ở xưởng may, muốn lãnh bảo hiểm thất nghiệp thì nộp hồ sơ ở đâu, trong bao lâu?
st|bao hiem that nghiep nop ho so trong bao nhieu ngay sau khi nghi viec
-|Mẹ tôi 82 tuổi không có lương hưu, có được trợ cấp xã hội hàng tháng không, làm ở đâu?
s|tro cap xa hoi hang thang cho nguoi tren 80 tuoi
-|Gia đình khó khăn muốn được công nhận hộ nghèo thì làm đơn gửi ai?
-|Đăng ký thường trú cho con vào hộ khẩu nhà bà nội cần những gì?
s|nhap khau cho con vao nha ba noi
-|Hộ chiếu bị mất ở nước ngoài về rồi, làm lại ở Việt Nam thủ tục sao?
e|How do I renew my Vietnamese passport while visiting Vietnam? I live in the US but I'm still a Vietnamese citizen.
e|What documents do I need to register a marriage in Vietnam with a Vietnamese woman?
-|Anh ơi giấy phép lái xe quốc tế không bàn, em hỏi bằng A1 bị hư mép đổi lại được không?
-|Đăng ký khai sinh quá hạn cho con 2 tuổi có bị phạt không, cần thêm gì?
c|Ông tôi mất, cần làm giấy chứng tử rồi mới làm được thủ tục gì tiếp, mà trước tiên khai tử nộp ở đâu?
-|Hồ sơ xin cấp phép xây nhà ở nông thôn có cần không ạ?
-|Ủy quyền cho con nộp hồ sơ sổ đỏ thay thì chứng thực ở đâu?
-|Tôi là cha, đang ngồi điền tờ khai đăng ký khai sinh ở phường, ô "nơi đăng ký" ghi sao?
s|to khai khai sinh o noi dang ky ghi sao
c|Cho hỏi chút, đổi thông tin trên căn cước do đổi địa chỉ sau sáp nhập có bắt buộc không?
-|Hộ kinh doanh đổi ngành nghề thì phải làm gì
-|Nhận trợ cấp thai sản cho chồng khi vợ sinh thì cần gì?
-|cấp lại căn cước bị hỏng chip
"""
ITEMS += """
s|lam ho chieu can gi
-|lệ phí đăng ký kết hôn
st|xin lylich tu phap online
-|hồ sơ trợ cấp thất nghiệp
s|dang ky khai tu
"""
ITEMS += """
c|Ngân hàng đòi giấy xác nhận tình trạng hôn nhân mới cho vay, xin giấy đó ở đâu, mất mấy ngày?
c|Trường đòi bản sao chứng thực giấy khai sinh, chứng thực ở phường thì lệ phí bao nhiêu?
sc|benh vien bao phai co the bhyt cho be 3 tuoi, lam the bhyt tre duoi 6 tuoi o dau
"""
