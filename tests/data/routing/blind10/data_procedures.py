# Hand-written questions for vn-procedures. Line format: FLAGS | query
EXPERT = "vn-procedures"
RAW = r"""
- | Hai vợ chồng mình mới cưới, muốn đăng ký kết hôn thì cần mang giấy tờ gì, làm ở UBND xã nào?
s | làm lại căn cước bị mất thì nộp ở đâu, lệ phí bao nhiêu
- | Tôi đi làm ở Nhật về, muốn làm thủ tục hưởng trợ cấp thất nghiệp có được không? Cần giấy tờ gì?
s | cho minh hoi lam ho chieu lan dau online tren cong dich vu cong mat bao lau
t | đăng ký khai sinh cho conn
s | xin phieu ly lich tu phap so 1 de di xkld han quoc thi lam o dau, bao lau co
- | Tôi bán mảnh đất ruộng cho người trong xóm, giờ làm thủ tục sang tên sổ đỏ cần những gì, thuế phí ai đóng?
- | Quán cà phê nhỏ của mình muốn đăng ký hộ kinh doanh thì nộp hồ sơ ở đâu, mất mấy ngày?
s | Mình là kế toán, muốn hỏi thủ tục quyết toán thuế TNCN cho cá nhân có 2 nơi thu nhập tự quyết toán thì hạn chót khi nào?
e | How do I register temporary residence for my rented room in Ho Chi Minh City, and what documents do I need?
- | Giấy xác nhận tình trạng hôn nhân để kết hôn với người nước ngoài xin ở đâu, có phí không?
sc | bé nhà mình 3 tuổi chưa có thẻ bhyt, làm thẻ bhyt cho trẻ dưới 6 tuổi ở đâu
t | Thủ tục hưởng chế đô thai sản khi nghỉ sinh đối với người lao động nữ gồm những gì?
st | bang lai xe a1 bi mat thi cap lai o daau, co phai thi lai ko
- | Ông tôi mất ở nhà, gia đình cần làm giấy chứng tử ở đâu, trong bao nhiêu ngày?
s | Mẹ tôi 82 tuổi, không có lương hưu, có được hưởng trợ cấp xã hội hằng tháng không, nộp hồ sơ ở đâu?
- | Chứng thực bản sao sổ hộ khẩu cũ với giấy khai sinh ở xã có mất phí không?
- | cấp đổi bằng lái ô tô hết hạn
s | Muốn thành lập công ty TNHH một thành viên thì hồ sơ gồm những gì, vốn điều lệ có phải chứng minh không?
e | What documents do I need to renew my Vietnamese passport, and how long does it take?
s | dang ky tam vang cho con di hoc xa nha co bat buoc ko, lam online dc ko
- | Nhà tôi ở Sóc Trăng, thu nhập thấp, muốn làm hồ sơ xét hộ nghèo thì bắt đầu từ đâu?
s | xin giấy phép xây dựng nhà ở riêng lẻ 3 tầng ở phường thì cần bản vẽ gì, mất mấy ngày
- | Sổ BHXH bị thất lạc khi chuyển công ty, làm sao để cấp lại?
- | Tôi mới mua xe máy mới, đăng ký xe lần đầu ở công an xã được không, mang theo gì?
s | chứng thực chữ ký trên giấy ủy quyền thì đi đâu làm, có cần người kia có mặt không
- | Thay đổi địa chỉ trụ sở hộ kinh doanh sang xã khác thì phải làm thủ tục gì?
s | lan dau cap so do cho dat ong ba de lai, chua co giay to j thi lam the nao
- | Đăng ký thường trú cho vợ về nhà chồng cần giấy tờ gì?
- | Công ty mình đổi người đại diện theo pháp luật thì thủ tục thay đổi đăng ký doanh nghiệp thế nào?
s | làm căn cước cho bé 10 tuổi có bắt buộc không, làm ở đâu ạ
c | Thủ tục đăng ký mã số thuế cá nhân lần đầu cho người chưa đi làm bao giờ?
- | đăng ký kết hôn cần gì
s | Vợ chồng mình cưới được 3 tháng, giờ mới đi đăng ký kết hôn có bị phạt không, mà hai đứa khác tỉnh thì đăng ký ở đâu?
- | Cấp lại giấy khai sinh bản sao cho con để nộp hồ sơ vào lớp 6 thì xin ở đâu?
s | nghi viec duoc 2 thang moi nop ho so tro cap that nghiep con kip ko
- | Người lao động đóng BHXH 7 tháng thì có được hưởng thai sản khi sinh con không?
sc | Cho mình hỏi đổi từ CCCD gắn chip sang thẻ căn cước mới có bắt buộc không, khi nào phải đổi?
- | Hồ sơ xin cấp hộ chiếu cho trẻ em dưới 14 tuổi gồm những gì?
e | how long does a criminal record certificate (ly lich tu phap) take and can a relative apply for me
s | Tôi là người ở Hà Nội, muốn đăng ký tạm trú cho người thuê trọ của mình thì chủ nhà phải làm gì?
- | Bằng lái ô tô B2 của tôi sắp hết hạn, làm hồ sơ cấp đổi thì nộp ở đâu, có phải khám sức khỏe lại không?
- | trợ cấp thất nghiệp hồ sơ
s | dang ky khai tu cho ba o que ma gia dinh song o tp thi lam o dau
- | Tôi muốn giải thể hộ kinh doanh quán cơm, có phải làm thủ tục gì không? À mà nếu chỉ đổi ngành nghề thì sao?
s | Thủ tục chuyển nhượng quyền sử dụng đất giữa anh em ruột có phải nộp thuế thu nhập cá nhân không?
c | Xác nhận tình trạng độc thân để vay ngân hàng mua nhà thì làm ở xã nơi thường trú hay tạm trú?
c | Không hỏi địa chỉ đâu, mình chỉ muốn biết sau sáp nhập thì nộp hồ sơ đăng ký khai sinh ở UBND xã mới hay vẫn ở xã cũ được?
s | mất căn cước có cần đi trình báo công an trước rồi mới làm lại không
- | Người hưởng lương hưu có được quyết toán thuế TNCN để hoàn thuế không, làm sao?
e | After our wedding my wife wants to move her permanent residence to my parents' house in Hue. What papers does she need?
- | Xin giấy phép xây dựng cải tạo nhà cũ có cần không hay chỉ cần khi xây mới?
s | thu tuc cap lai bang lai xe bi mat het han qua 1 nam co phai thi lai ly thuyet ko
- | Mình ở Đà Nẵng chạy xe ôm, muốn đăng ký xe chính chủ khi mua xe cũ của người khác thì làm gì?
s | Trích lục kết hôn bị mất thì xin bản sao ở đâu?
- | Nhận trợ cấp thai sản cho chồng khi vợ sinh mà vợ không đi làm thì có được không?
- | thủ tục cấp lại sổ bhxh
s | Em sinh viên mới ra trường, muốn đăng ký mã số thuế cá nhân để nhận lương thì tự làm hay công ty làm?
- | Đăng ký hộ kinh doanh có cần chứng chỉ hành nghề không nếu bán cà phê và đồ ăn vặt?
st | lam giay xac nhan cu tru o dau, co nhan onlien ko
s | xây nhà 2 tầng ở nông thôn có cần xin giấy phép xây dựng không
- | Con ngoài giá thú, chưa xác định cha, thì đăng ký khai sinh cho bé mang họ mẹ có được không, cần giấy gì?
s | hồ sơ công nhận hộ cận nghèo khác gì hộ nghèo, nộp cho ai
- | Chồng tôi mất, tôi muốn làm thủ tục sang tên đất từ chồng sang tôi và các con.
- | Có cần khai báo tạm vắng khi đi làm ăn xa 6 tháng không?
s | Trợ cấp xã hội hàng tháng cho người khuyết tật nặng mức bao nhiêu, hồ sơ gồm gì?
s | làm hộ chiếu ở đâu
- | hồ sơ thai sản
- | lý lịch tư pháp số 2
s | đăng ký tạm trú online
- | gia hạn bằng lái B2
"""
