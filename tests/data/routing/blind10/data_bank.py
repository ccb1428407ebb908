# Hand-written questions for bank-cskh (invented bank's customer service). Line format: FLAGS | query
EXPERT = "bank-cskh"
RAW = r"""
- | Mình vừa bị móc túi mất ví, trong đó có thẻ ATM của ngân hàng, làm sao khóa thẻ ngay bây giờ?
s | cây ATM nuốt thẻ của em lúc rút tiền tối qua, giờ lấy lại thẻ thế nào
- | mất thẻ atm
s | quen mat khau app ngan hang roi, dang nhap sai 5 lan bi khoa, mo lai sao
- | Mình không nhận được mã OTP khi chuyển tiền, đợi mãi không thấy tin nhắn.
s | chuyển khoản liên ngân hàng có mất phí không, chuyển 24/7 có tính phí gì không
e | How do I open a new payment account with your bank? Can I do it online with eKYC?
- | Quán cà phê của mình muốn vay vốn kinh doanh 300 triệu để mở rộng, điều kiện vay thế nào?
s | lãi suất gửi tiết kiệm kỳ hạn 12 tháng bên mình hiện là bao nhiêu
- | Vay mua nhà trả góp tối đa được bao nhiêu năm, cần tài sản đảm bảo không?
s | the tin dung bi danh cap, can khoa gap, goi so nao
- | Tôi là người về hưu, muốn gửi tiết kiệm 200 triệu, nên gửi có kỳ hạn hay không kỳ hạn, rút trước hạn thì lãi tính sao?
s | Mở tài khoản cho con 16 tuổi được không, cần giấy tờ gì
- | Cho mình hỏi phí chuyển tiền đi ngân hàng khác qua app là bao nhiêu, quầy thì bao nhiêu?
e | I didn't receive the OTP SMS after changing my phone number. What should I do?
- | Vay mua ô tô cũ thì được vay bao nhiêu phần trăm giá trị xe, thời hạn tối đa?
s | mình đổi điện thoại mới, app ngân hàng báo phải kích hoạt lại smart OTP, làm sao
- | khóa thẻ tạm thời
s | toi muon mo so tiet kiem online tren app, tien lai co duoc nhan hang thang ko
- | Em là công nhân, muốn vay tiêu dùng 50 triệu không thế chấp được không? Cần sao kê lương mấy tháng?
s | Thẻ của tôi bị ATM giữ lại ở cây ngoài phòng giao dịch chi nhánh khác, có phải ra đúng chi nhánh đó lấy không?
- | Tôi muốn mở tài khoản số đẹp thì có mất phí không?
e | What are the fees for transferring money to another bank from your mobile app?
- | Gửi tiết kiệm mà rút trước hạn một phần có được không ạ?
s | Nhận được tin nhắn OTP nhưng mình đâu có giao dịch gì, có phải bị lộ mật khẩu không, giờ làm gì
t | quên mật khẩu internet bankinh
s | vay mua nha thu nhap 15tr/thang thi vay dc toi da bn, lai suat tha noi tinh sao
- | Tôi ở nước ngoài về (đi XKLĐ Hàn Quốc), muốn gửi tiết kiệm số tiền dành dụm được, có lãi suất ưu đãi không?
sc | con tôi làm mất thẻ ghi nợ ở trường, khóa thẻ qua tổng đài hay qua app được
- | Hộ kinh doanh có được vay vốn bổ sung vốn lưu động không, hồ sơ gồm những gì?
t | Chuyển tiền nội bộ cùng ngân hàg có tính phí không vậy?
e | My app login is locked after too many wrong passwords. How do I unlock it?
s | Mở tài khoản thanh toán cho doanh nghiệp mới thành lập cần những giấy tờ gì?
- | sổ tiết kiệm bị mất
st | otp ve cham qa, 5 phut moi toi thi het han roi, sua sao ad
- | Mình bị mất điện thoại, trong đó có app ngân hàng đang đăng nhập, phải khóa tài khoản/thẻ thế nào cho an toàn?
s | Vay tín chấp theo lương thì lãi suất khoảng bao nhiêu một năm, trả góp hàng tháng được không?
- | Em muốn hỏi gửi tiết kiệm tích lũy mỗi tháng 1 triệu thì có kỳ hạn nào?
c | Không phải kiểm tra số thẻ đâu, mình mất thẻ thật rồi, muốn khóa thẻ số cuối 4521 ngay.
s | phí chuyển tiền quốc tế về Việt Nam nhận qua tài khoản bên mình là bao nhiêu
- | Mình muốn đổi mật khẩu đăng nhập app định kỳ thì làm ở đâu trong app?
s | mở tài khoản cho mẹ già không ra chi nhánh được thì làm sao
st | the bi khoa do nhap sai pin 3 lan, mo khoa the o dauu
- | Cho hỏi vay mua xe máy trả góp bên mình có không?
s | Tôi là kế toán nhà máy, muốn biết chuyển lương hàng loạt cho 200 công nhân thì phí chuyển khoản tính thế nào?
- | Mình muốn tất toán sổ tiết kiệm trước hạn online được không?
- | không nhận otp
sc | Vay thế chấp sổ đỏ để xây nhà thì cần những điều kiện gì, vay tối đa bao nhiêu phần trăm giá trị tài sản?
- | Tài khoản mình bị trừ tiền phí chuyển khoản mà mình tưởng miễn phí, biểu phí hiện tại thế nào?
sc | mo tai khoan ngan hang can cccd ban goc hay photo cung dc
e | Someone stole my wallet with my credit card, please block it now.
- | Quên tên đăng nhập và mật khẩu app, số điện thoại đăng ký cũng bỏ rồi, làm sao lấy lại?
s | Gửi tiết kiệm 6 tháng, đến hạn không rút thì có tự động gia hạn không?
- | Khoản vay tiêu dùng có được trả trước hạn không, phạt bao nhiêu?
s | thẻ ATM bị nuốt ở cây ATM của ngân hàng khác thì sao
- | Mở tài khoản online trên app mà bước chụp mặt cứ báo lỗi, làm sao?
s | smart otp la gi, co can dang ky khong hay sms la du
- | Vừa mới đi làm, chưa có nhà, muốn vay mua căn hộ chung cư 2 tỷ thì cần trả trước bao nhiêu?
s | muốn biết phí chuyển nhanh 24/7 với chuyển thường qua quầy khác nhau sao
- | Mình muốn khóa thẻ tín dụng vĩnh viễn, không dùng nữa.
s | bên mình có những kỳ hạn gửi tiết kiệm nào, rút trước hạn có mất lãi không
- | Mình là tài xế xe ôm, muốn vay mua xe máy điện để chạy Grab thì vay tiêu dùng được không?
s | bị khóa đăng nhập app vì nhập sai mật khẩu, có phải ra quầy không
- | phí chuyển khoản
s | thẻ bị nuốt
- | gửi tiết kiệm 3 tháng lãi bao nhiêu
s | vay mua ô tô
s | khóa thẻ tín dụng
- | lãi suất vay mua nhà
s | mở tài khoản online
- | otp không về
"""
