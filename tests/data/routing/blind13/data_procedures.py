# Hand-written questions for vn-procedures. Line format: FLAGS|query
EXPERT = "vn-procedures"
DATA = """
|Làm căn cước lần đầu cho con 14 tuổi cần mang giấy tờ gì, làm ở đâu?
s|mất căn cước thì cấp lại mất bao lâu, lệ phí bao nhiêu
|Thủ tục làm hộ chiếu phổ thông online cần chuẩn bị gì?
s|Tôi ở Thanh Hóa ra Hà Nội làm công trình 1 năm, đăng ký tạm trú cần giấy tờ gì
|khai báo tạm vắng ở đâu
s|Bố tôi mất hôm qua, đăng ký khai tử làm ở đâu, cần mang gì
|Đăng ký khai sinh cho con khi bố mẹ chưa đăng ký kết hôn thì làm thế nào?
s|Em đang du học Nhật, muốn xin phiếu lý lịch tư pháp số 2 nhờ người nhà ở VN nộp được không
|Giấy xác nhận tình trạng hôn nhân để đi đăng ký kết hôn xin ở đâu, mấy ngày?
s|chứng thực bản sao bằng tốt nghiệp ở phường mất phí bao nhiêu một trang
|Chứng thực chữ ký trên giấy ủy quyền cần những gì?
s|Chị mở tiệm may ở Hội An, đăng ký hộ kinh doanh cần hồ sơ gì, nộp ở đâu
|Thành lập công ty TNHH một thành viên mất bao lâu, hồ sơ gồm những gì?
s|doi dia chi tru so cong ty tnhh thi thu tuc thay doi dang ky kinh doanh the nao
|Đăng ký mã số thuế cá nhân lần đầu cho người đi làm thời vụ cần gì?
s|quyết toán thuế tncn năm 2025 tự làm online được không, hạn chót khi nào
|Làm sổ đỏ lần đầu cho đất ông bà để lại, chưa có giấy tờ gì ngoài giấy viết tay thì thế nào?
s|Mua đất ở Đắk Lắk trồng cà phê, sang tên sổ đỏ cần những giấy gì, thuế phí bao nhiêu
|Xin giấy phép xây dựng nhà ở 3 tầng ở quận nội thành cần những gì?
s|đăng ký xe máy mới mua làm ở công an xã được không, mất mấy ngày
|Đổi bằng lái xe hết hạn làm online thế nào?
s|mất bằng lái B2 làm lại ở đâu
|Sổ bảo hiểm xã hội bị mất thì xin cấp lại thế nào?
s|thẻ bhyt cho trẻ dưới 6 tuổi làm ở đâu, có mất tiền không
|Chế độ thai sản khi sinh con được hưởng bao nhiêu tháng, hồ sơ nộp ở đâu?
s|tôi bị cho nghỉ việc, làm trợ cấp thất nghiệp trong bao lâu phải nộp hồ sơ
|Trợ cấp xã hội hằng tháng cho người cao tuổi trên 80 làm thủ tục gì?
s|Thủ tục công nhận hộ nghèo ở xã gồm những bước nào
t|lam can cuoc cho nguoi gia 85 tuoi khong di duoc thi co lam tai nha duoc ko
|Đăng ký thường trú vào nhà người thân cần những gì?
s|cấp đổi căn cước khi đổi họ tên có mất phí không
e|How do I register a marriage with my Vietnamese fiancee at the ward office? What documents?
|Đăng ký kết hôn cần những giấy tờ gì?
s|Cha tôi ngoài 80, nhờ tôi gõ: tôi muốn làm trợ cấp tuổi già hằng tháng thì nộp ở đâu, có cần giấy khám không
|thủ tục khai sinh
s|em là người Chăm ở An Giang, muốn đăng ký thường trú cho vợ từ tỉnh khác về thì làm thế nào
|Làm hộ chiếu cho trẻ em dưới 14 tuổi cần bố mẹ đi cùng không?
s|Xin giấy xác nhận độc thân ở phường nơi tạm trú được không hay phải về quê
c|Tôi mở công ty xuất khẩu thủy sản ở Cà Mau, đăng ký doanh nghiệp xong thì có cần đăng ký mã số thuế riêng không?
|Hồ sơ đề nghị hưởng trợ cấp thất nghiệp gồm những gì?
s|đăng ký tạm trú online trên VNeID làm như nào
t|chung thuc ban sao so ho khau con duoc khong hay bo roi
|Thời hạn giải quyết cấp giấy chứng nhận quyền sử dụng đất lần đầu là bao lâu?
s|thay đổi ngành nghề kinh doanh của hộ kinh doanh thì làm thủ tục gì
|Xin lý lịch tư pháp để đi xuất khẩu lao động Nhật mất mấy ngày?
s|mất căn cước khi đang ở tỉnh khác có làm lại ở đó được không
e|What documents do I need to renew my Vietnamese driving licence that expired last month?
|Đăng ký sang tên xe máy cũ mua lại của người khác làm thế nào?
s|vợ tôi sinh con, tôi là chồng có được hưởng thai sản không, hồ sơ ra sao
|Làm giấy phép xây dựng nhà ở nông thôn có cần không?
s|ba tui bị mất sổ bhxh, giờ lãnh lương hưu có cần cấp lại sổ không, làm ở đâu
|Căn cước gắn chip hết hạn năm 25 tuổi, đổi lại làm ở đâu, có cần hẹn trước không?
c|Tôi là điều dưỡng, sinh con tháng trước, muốn hỏi hồ sơ hưởng chế độ thai sản cần những gì và nộp cho ai?
s|dang ky ket hon voi nguoi nuoc ngoai thi nop o dau
|Quyết toán thuế thu nhập cá nhân khi có 2 nơi làm việc thì tự quyết toán hay ủy quyền?
s|Thủ tục đăng ký khai tử cho người mất ở bệnh viện ai đi làm cũng được hả
t|xin cap lai ban sao giay khai sinh bi mat thi lam o dau a
|Chứng thực chữ ký cho người không biết chữ thì làm thế nào, có cần người làm chứng không?
s|mẹ tôi bị khuyết tật nặng, xin trợ cấp xã hội hàng tháng cần giấy gì
|Làm lại hộ chiếu bị mất ở Việt Nam mất bao lâu?
s|con em 4 tuổi, thẻ bhyt hết hạn chưa gia hạn, giờ làm lại ở đâu
|Hộ kinh doanh chuyển địa điểm sang phường khác thì đăng ký thay đổi thế nào?
s|cấp lại căn cước
|lam ho chieu online
s|lệ phí đổi bằng lái
|lý lịch tư pháp số 1
c|Mất thẻ căn cước gắn chip thì có cần báo khóa gì không, làm lại thủ tục ra sao?
s|đăng ký tạm trú online
|thu tuc khai tu
s|giấy xác nhận độc thân
t|thu tuc dang ki thuong tru cho con moi sinh lam o dau vay
|Nhà tôi có 3 đứa, đứa lớn đi làm ở Bình Dương, đứa giữa học đại học, đứa út vừa sinh tháng trước ở bệnh viện huyện, mẹ tròn con vuông. Ông bà nội cứ giục đi làm giấy tờ cho cháu. Cho tôi hỏi đăng ký khai sinh cần mang những gì, làm ở đâu?
"""
