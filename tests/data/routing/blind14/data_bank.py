EXPERT = "bank-cskh"
ITEMS = """
-|mất thẻ atm
s|mat the atm khoa giup
-|Cây ATM nuốt thẻ của tôi lúc 9h tối, giờ phải làm sao để lấy lại hoặc khóa thẻ?
s|atm nuot the roi lam sao
-|Tôi bị móc túi mất ví có thẻ ghi nợ của ngân hàng, khóa thẻ gấp giúp tôi
-|Dạ em muốn mở tài khoản thanh toán bên mình, cần mang căn cước ra quầy hay mở online được nha?
s|mo tai khoan online can gi
-|Mở tài khoản cho con 16 tuổi được không, cần giấy tờ gì?
-|Vay mua nhà trả góp 20 năm thì cần điều kiện gì, lãi suất tầm bao nhiêu?
s|vay mua nha tra gop dieu kien gi
-|Tôi chạy Grab muốn vay mua ô tô trả góp, thu nhập không có sao kê lương thì có vay được không?
st|chay grab vay mua oto tra gop duoc ko
-|Vay tiêu dùng tín chấp tối đa được bao nhiêu, có cần thế chấp không?
-|Chủ tiệm tạp hóa ở Hải Phòng muốn vay vốn kinh doanh để nhập hàng Tết, hồ sơ vay gồm những gì?
s|vay von kinh doanh ho ca the can gi
-|Chuyển khoản liên ngân hàng có mất phí không ạ?
s|phi chuyen khoan lien ngan hang bao nhieu
-|Chuyển tiền ra nước ngoài cho con du học thì phí chuyển bao nhiêu?
-|Phí chuyển khoản qua app với chuyển tại quầy khác nhau thế nào?
-|quên mật khẩu app
s|quen mat khau app ngan hang lay lai sao
-|Em không nhận được mã OTP khi chuyển khoản, đợi mãi không thấy tin nhắn
st|ko nhan duoc otp chuyen tien
-|Nhập sai mật khẩu 5 lần app bị khóa đăng nhập, mở khóa kiểu gì?
s|app bi khoa dang nhap do nhap sai mat khau
-|Gửi tiết kiệm 100 triệu kỳ hạn 6 tháng lãi suất bên mình bao nhiêu?
s|gui tiet kiem 100tr ky han 6 thang lai bao nhieu
-|Rút tiết kiệm trước hạn có bị mất lãi không?
-|Gửi tiết kiệm online trên app được không hay phải ra quầy?
-|Ông bà tôi ở Nam Định muốn gửi tiết kiệm nhưng ngại ra quầy, có nhân viên đến nhà không?
e|My card was stolen while I was travelling in Vietnam, how do I block it?
e|I forgot my banking app password, how can I reset it?
e|Can a foreigner open an account at your bank? What documents are needed?
-|Hôm qua em đi rút tiền, cây ATM báo lỗi rồi nuốt luôn thẻ, giờ thẻ có bị người khác lấy không, khóa sao?
-|Thẻ tín dụng bị lộ thông tin, có giao dịch lạ, khóa thẻ liền giúp em
s|the tin dung co giao dich la khoa the
-|Đổi số điện thoại nhận OTP thì làm sao?
s|doi sdt nhan otp
-|Mật khẩu đăng nhập hết hạn phải đổi, mà em quên mật khẩu cũ rồi
-|Vay mua nhà ở xã hội bên mình có gói ưu đãi không?
-|Vay thế chấp sổ đỏ để mở xưởng may nhỏ, lãi suất tính như nào?
s|vay the chap so do mo xuong may
-|Gửi tiết kiệm có kỳ hạn mà đến hạn không rút thì sao, có tự tái tục không?
-|Lãi suất tiết kiệm 12 tháng hiện nay
-|Mở thêm một tài khoản số đẹp có tốn phí không ạ?
s|mo tai khoan so dep co mat phi khong
-|Chuyển tiền trong cùng ngân hàng có miễn phí không?
-|Dạ cho hỏi con đang đi làm ở Bình Dương, chuyển tiền về cho má ở Sóc Trăng qua app có tốn phí hông?
-|OTP gửi về số cũ mà sim cũ mất rồi
-|Khóa tạm thời thẻ ATM vì để quên ở nhà bạn, mai tìm thấy mở lại được không?
s|khoa tam thoi the roi mo lai duoc khong
-|Thẻ bị khóa do nhập sai PIN 3 lần, mở lại thế nào?
-|Vay mua xe máy trả góp ở ngân hàng mình lãi bao nhiêu một tháng?
-|App báo "tài khoản đăng nhập đã bị tạm khóa", em phải làm gì ạ?
s|app bao tai khoan dang nhap bi tam khoa
-|Sinh viên có mở tài khoản miễn phí không?
-|vay 500 triệu mua nhà
-|Chuyển khoản nhanh 24/7 phí bao nhiêu một lần?
st|chuyen khoan nhanh 247 phi bao nhieu mot lân
-|Tôi làm phụ việc ở bệnh viện, lương ít, có gửi tiết kiệm góp hàng tháng được không?
-|Điều kiện vay mua nhà khi hai vợ chồng đều là công nhân
-|Mất điện thoại có app ngân hàng, sợ bị vào tài khoản, khóa thế nào?
-|Khóa thẻ qua tổng đài hay trên app nhanh hơn?
-|Gửi tiết kiệm bên mình có được cầm cố sổ để vay không?
"""
ITEMS += """
s|khong nhan dc otp
-|khóa thẻ tín dụng gấp
st|mo tai khaon online
-|lãi tiết kiệm 3 tháng
s|phi chuyen tien lien ngan hang
"""
ITEMS += """
c|Tôi vừa đổi căn cước mới, tài khoản ngân hàng bên mình có bị khóa đăng nhập không, cập nhật sao để nhận OTP?
sc|vua doi dien thoai moi, dang nhap app ngan hang bao bi khoa, mo lai sao
"""
