# Hand-written questions for bank-cskh (the invented bank's customer service). Line format: FLAGS|query
EXPERT = "bank-cskh"
TEXT = r"""
|Tôi vừa bị mất thẻ ATM, khóa thẻ ngay giúp tôi bằng cách nào?
s|mat the atm
|Máy ATM nuốt thẻ của tôi ở chi nhánh Thủ Đức tối qua, giờ làm sao lấy lại?
s|the bi nuot o cay atm luc nua dem, em lam bao ve ca dem khong di ngan hang ban ngay duoc, lam sao a
|Ví bị móc túi, mất cả thẻ tín dụng, tôi cần khóa thẻ tạm thời trên app thế nào?
s|khoa the tam thoi roi mo lai dc ko
|Mở tài khoản thanh toán online cần những gì?
s|mo tai khoan cho con 15 tuoi duoc khong
|Tôi là người nước ngoài về, mới có căn cước, muốn mở tài khoản ở ngân hàng mình thì cần mang gì?
s|mo tk co mat phi khong
|Vay mua nhà lãi suất ưu đãi bao nhiêu, thời hạn tối đa mấy năm?
s|vay mua o to tra gop can dieu kien gi
|Thợ sửa xe như tôi muốn vay vốn kinh doanh mở rộng tiệm, cần thế chấp gì không?
s|vay tieu dung tin chap luong 8 trieu vay dc bao nhieu
|Vợ chồng mới cưới, thu nhập hai đứa 25 triệu một tháng, vay mua căn hộ 2 tỷ được không?
s|chuyen tien lien ngan hang co mat phi khong
|Phí chuyển khoản quốc tế của ngân hàng là bao nhiêu?
s|chuyen tien qua napas 24/7 phi bao nhieu
|Quên mật khẩu app ngân hàng, lấy lại thế nào?
s|khong nhan duoc otp
|Tôi ở nước ngoài về, đổi sim mới nên không nhận được mã OTP, làm sao?
s|nhap sai mat khau 5 lan bi khoa app roi
|App báo tài khoản đăng nhập bị tạm khóa, mở lại ở đâu?
|Gửi tiết kiệm 6 tháng lãi suất bao nhiêu?
s|gui tiet kiem online co rut truoc han duoc khong, mat lai khong
|Lương hưu của tôi về tài khoản, muốn gửi tiết kiệm kỳ hạn 12 tháng thì ra quầy hay làm trên app?
|Sổ tiết kiệm đến hạn mà tôi không tới rút thì có tự động gia hạn không?
e|I lost my debit card, how do I block it immediately?
e|I didn't receive the OTP for a transfer. What should I do?
e|What are the conditions for a car loan at your bank?
e|Is there a fee for transferring money to another bank?
|khóa thẻ gấp
s|quen ma pin the
|Chào chị, em làm nail mới về nước, em muốn mở lại tài khoản cũ bị đóng do lâu không dùng được không ạ? Em cảm ơn.
s|ong toi nho toi go: ong quen mat khau dang nhap app, ong 75 tuoi khong biet lam lai, ngan hang huong dan giup
|Tôi là chủ hộ kinh doanh nhỏ, ngân hàng có gói vay vốn lưu động không, lãi tính thế nào?
t|otp gửi về chậm quá, 5 phút mới tới thì hết hạn rồi, sửa sao đc
s|chuyen nham tien vao tai khoan khac thi phi tra soat bao nhieu
|Chuyển khoản dưới 500 nghìn có miễn phí không?
c|Thẻ của tôi số đuôi 4567 bị đánh cắp, không cần kiểm tra số thẻ, chỉ cần khóa ngay.
c|Tôi muốn vay mua đất ở phường mới, ngân hàng cho vay tối đa bao nhiêu phần trăm giá trị và lãi suất khoảng bao nhiêu?
s|gui tiet kiem cho con co duoc khong, lai suat nhu the nao
|Tôi mang thai sắp nghỉ sinh, khoản vay tiêu dùng có được giãn nợ không?
s|cho em hoi 2 viec: the atm bi nuot va quen mat khau app thi lam sao a
|Đổi số điện thoại nhận OTP thì phải ra quầy à?
s|smart otp la gi, cai dat the nao
|Gửi tiết kiệm online và tại quầy lãi suất có khác nhau không?
s|vay mua nha lai tha noi tinh sao
|Mình là shipper, mở tài khoản để nhận tiền COD thì có cần giấy xác nhận thu nhập không?
|Thẻ bị khóa do nhập sai PIN 3 lần, mở khóa thế nào?
s|phi chuyen tien cung ngan hang
|lãi suất tiết kiệm 12 tháng
s|vay kinh doanh can gi
|Tôi bị kẻ gian lừa lấy mã OTP, phải làm gì ngay với tài khoản và thẻ?
s|Cháu tôi du học về, muốn mở tài khoản đứng tên cháu nhưng cháu đang ở Hà Nội còn tôi ở Huế, có mở online được không?
|Vay mua xe máy trả góp ở ngân hàng có được không hay chỉ vay ô tô?
c|Tôi muốn gửi tiết kiệm 100 triệu, không hỏi toán, chỉ hỏi kỳ hạn nào lãi cao nhất ở ngân hàng mình.
s|the tin dung bi mat o nuoc ngoai khoa the kieu gi
|Đăng nhập app báo "thiết bị chưa được đăng ký", em đổi điện thoại mới, phải làm sao?
s|chuyen tien tren app bi tru phi 3.300d la sao
|Tôi muốn tất toán sổ tiết kiệm trước hạn để trả nợ, có được không?
s|tk ngan hang minh mo o quay co can nop tien toi thieu ko
|Ngân hàng có cho vay hỗ trợ người mua nhà ở xã hội không?
e|My account is locked after entering the wrong password, how can I unlock it?
|Chuyển tiền đi cho người nhà ở Mỹ qua ngân hàng thì phí thế nào?
s|quen mat khau app
|vay mua nhà lãi bao nhiêu
s|phi chuyen khoan
t|the atm bi nuot, lam sao lay lai dc ạ
st|toi bi mat the, can khoa gapp, goi so nao vay
s|lai suat gui tiet kiem
|mở tài khoản online
t|Tôi quen mật khẩu đăng nhâp app, nhạp sai mấy lần giờ bị khoá rồi
"""
