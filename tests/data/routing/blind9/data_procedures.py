# Hand-written questions for vn-procedures. Format per line: flags|query
EXPERT = "vn-procedures"
RAW = r"""
-|làm lại căn cước bị mất cần giấy tờ gì, mất bao lâu?
s|lam so do lan dau can nhung giay to gi, nop o dau
-|Hai vợ chồng mới mua chung cư, sang tên sổ hồng thì cần những gì, phí trước bạ bao nhiêu?
s|dang ky tam tru cho cong nhan o tro can nhung gi a, chu tro lam hay minh tu lam
-|Xin hỏi thủ tục đăng ký khai sinh cho con khi bố mẹ chưa đăng ký kết hôn như thế nào ạ?
-|Kính gửi quý cơ quan, tôi muốn hỏi hồ sơ xin cấp phiếu lý lịch tư pháp số 2 gồm những giấy tờ gì và thời hạn giải quyết bao lâu.
s|bang lai xe het han 3 thang roi, doi lai co phai thi lai khong
-|đăng ký kết hôn cần mang gì
e|How do I apply for a Vietnamese passport for the first time, and how long does it take?
s|me toi mat, can lam giay khai tu o dau, trong bao nhieu ngay
-|Tôi đi làm ở Bình Dương, quê Thanh Hóa, có cần khai báo tạm vắng ở quê không?
-|Xin giấy xác nhận tình trạng hôn nhân để kết hôn với người nước ngoài thì nộp ở đâu?
s|lam ho kinh doanh ban hang online tren shopee co can dang ky khong, ho so gom gi
-|Thành lập công ty TNHH một thành viên cần bao nhiêu vốn, hồ sơ gồm những gì, nộp online được không?
-|quyết toán thuế TNCN tự làm online được không, hạn chót khi nào?
s|xin giay phep xay dung nha o 3 tang o nong thon co can khong
-|Tôi nghỉ việc ở công ty giày, muốn lãnh trợ cấp thất nghiệp thì nộp hồ sơ ở đâu và trong bao lâu?
-|Chế độ thai sản khi sinh con được hưởng mấy tháng, hồ sơ gồm gì?
s|so bao hiem xa hoi bi mat thi xin cap lai the nao
c|Làm thẻ BHYT cho bé dưới 6 tuổi có mất tiền không, làm ở đâu?
s|ba ngoai 82 tuoi co duoc tro cap xa hoi hang thang khong, lam ho so o dau
-|Nhà tôi ở xóm chài, thu nhập thấp, muốn được công nhận hộ nghèo thì làm thế nào?
-|chứng thực bản sao sổ hộ khẩu được không khi hộ khẩu giấy đã bỏ
s|chung thuc chu ky o dau, co mat phi khong
c|Mua xe máy cũ của người khác tỉnh, sang tên đăng ký xe cần những gì?
-|đăng ký thường trú vào nhà chồng cần giấy tờ gì ạ
s|thay doi dia chi tru so cong ty thi thu tuc thay doi dang ky kinh doanh nhu nao
c|Đăng ký mã số thuế cá nhân lần đầu cho người mới đi làm thì nộp ở đâu?
e|What documents do I need to register a household business in Vietnam?
t|cap lai bang lai xe bi mat can giay to gi, co phai thj lai ko a
c|Căn cước cho trẻ em dưới 14 tuổi làm ở đâu, có bắt buộc không?
s|gia han ho chieu het han lam online duoc khong
-|Con tôi sinh ở bệnh viện tỉnh nhưng hộ khẩu ở huyện, đăng ký khai sinh ở đâu cũng được à?
-|Tôi là công chức, xin hỏi cấp đổi thẻ căn cước khi thay đổi thông tin nơi cư trú có bắt buộc không và lệ phí bao nhiêu?
s|lam so hong chung cu lan dau chu dau tu lam hay minh tu lam
-|Giấy phép xây dựng nhà phố ở thành phố mất bao nhiêu ngày?
s|ho kinh doanh doi chu co duoc khong hay phai dang ky moi
-|đổi bằng lái xe ô tô hết hạn ở đâu
-|Lý lịch tư pháp làm online trên VNeID được không, phí bao nhiêu?
s|xin cap lai giay khai sinh ban chinh bi mat duoc khong
-|Tôi đi xuất khẩu lao động về, trợ cấp thất nghiệp có được hưởng không?
-|Vợ tôi sinh con, tôi là chồng có được hưởng thai sản không, hồ sơ thế nào?
s|lam ho chieu cho con 5 tuoi can bo me di cung khong
-|thủ tục đăng ký tạm trú cho người thuê nhà online
-|Làm giấy chứng nhận quyền sử dụng đất lần đầu cho đất ông bà để lại chưa có giấy tờ gì thì được không?
t|quyết toán thuế thu nhạp cá nhân khi có 2 nơi làm việc thì phải tự quyết toán hả
s|dang ky xe may moi mua o dau, bao lau co bien
-|Sang tên sổ đỏ cho con thì có phải đóng thuế không?
-|Tôi làm giấy xác nhận độc thân để mua nhà, xin ở phường nào, bao lâu có?
s|kết hôn với người Hàn Quốc đăng ký ở đâu
-|Trợ cấp xã hội hàng tháng cho người khuyết tật nặng hồ sơ gồm những gì?
-|Người lao động tự do có được nhận chế độ thai sản không?
e|Can a foreigner married to a Vietnamese register the marriage at the ward office? What papers?
s|doi ten tren giay phep kinh doanh cong ty tnhh thi nop o so ke hoach dau tu a
-|Hồ sơ đề nghị hưởng trợ cấp thất nghiệp nộp chậm quá 3 tháng thì có còn được không?
-|hộ khẩu giờ bỏ rồi, muốn chứng minh nơi cư trú thì xin giấy gì
s|cap can cuoc lan dau cho con 14 tuoi can mang gi
-|Xin hỏi thủ tục đăng ký khai tử cho người chết ở bệnh viện, ai đi khai?
-|Mất căn cước khi đang làm ở khu công nghiệp xa quê, xin cấp lại ở nơi tạm trú được không?
s|lam giay to nha dat lan dau mat bao lau
-|thủ tục xin công nhận hộ cận nghèo khác gì hộ nghèo
-|Tôi ở nước ngoài về, muốn xin lý lịch tư pháp số 1 để nộp hồ sơ du học của con thì nộp ở đâu?
"""
