# Hand-written questions for bank-cskh (the node's own invented bank). Format per line: flags|query
EXPERT = "bank-cskh"
RAW = r"""
-|mất thẻ atm
s|the atm bi cay nuot mat roi, lam sao lay lai
-|Tôi bị mất ví có thẻ tín dụng, cần khóa thẻ gấp, làm thế nào?
s|quen mat khau app ngan hang, dang nhap sai 5 lan bi khoa roi
-|Không nhận được mã OTP khi chuyển tiền, đợi mãi không thấy tin nhắn
e|I want to open a savings account, what's the minimum deposit?
-|Mở tài khoản thanh toán online có cần ra quầy không ạ?
c|vay mua nha lai suat bao nhieu, vay toi da bao nhieu phan tram gia tri can ho
-|Hai vợ chồng em mua căn hộ đầu tiên, muốn vay ngân hàng 1 tỷ trả góp 20 năm, cần điều kiện gì?
s|chuyen khoan lien ngan hang co mat phi khong
-|Phí chuyển tiền cho người nhận khác ngân hàng qua quầy là bao nhiêu?
-|Gửi tiết kiệm 6 tháng với 12 tháng bên mình lãi khác nhau nhiều không?
s|rut tiet kiem truoc han co bi mat lai khong
-|Tôi chạy Grab, muốn vay mua ô tô trả góp, thu nhập không có hợp đồng lao động thì có vay được không?
-|Kính gửi ngân hàng, tôi là công chức nhà nước, xin hỏi điều kiện vay tiêu dùng tín chấp theo lương.
t|e bi khóa tai khoan app do nhap sia mk, mở lai the nao a
-|đổi số điện thoại nhận OTP ở đâu
s|mo so tiet kiem online tren app co an toan khong, mat dien thoai thi sao
c|Mình bán hàng trên Shopee, muốn vay vốn kinh doanh khoảng 300 triệu thì cần giấy tờ gì?
e|My card got stuck in your ATM on Le Loi street, how do I get it back?
-|Con gái tôi du học bên Úc, tôi chuyển tiền từ tài khoản ở đây sang tài khoản con ở ngân hàng khác trong nước thì mất phí không?
s|khoa the tam thoi tren app duoc khong hay phai goi tong dai
c|Mở tài khoản cho con 15 tuổi được không?
-|vay thế chấp sổ đỏ để kinh doanh lãi bao nhiêu
s|toi la cong nhan KCN, luong 8 trieu, mo tai khoan nhan luong can gi
-|Quên mã PIN thẻ ATM thì làm sao?
-|Bà ngoại gửi tiết kiệm sắp đáo hạn, muốn tái tục thì có phải ra ngân hàng không?
s|chuyen tien trong cung ngan hang co mien phi khong, con chuyen nhanh 24/7
e|I forgot my internet banking password and I'm abroad, how can I reset it?
-|thẻ bị đánh cắp, ai đó đã rút tiền, khoá thẻ ngay giúp tôi
-|Vay mua xe máy trả góp được không hay chỉ vay mua ô tô?
s|otp gui ve so cu, so do mat roi
-|Lãi suất gửi tiết kiệm có kỳ hạn hiện nay bên ngân hàng khoảng bao nhiêu?
-|Cây ATM nuốt thẻ lúc nửa đêm, tôi phải làm gì trước?
t|mo tai khaon so dep co mat phi khong
-|Vay mua căn hộ hình thành trong tương lai thì ngân hàng có cho vay không?
s|phi chuyen tien qua sdt/stk tren app bao nhieu 1 lan
-|Ứng dụng báo "tài khoản tạm khóa", tôi phải làm gì để đăng nhập lại?
-|Muốn gửi tiết kiệm cho con, đứng tên con nhỏ được không?
s|the tin dung bi mat o Thai Lan, khoa the the nao
-|Người nước ngoài có mở tài khoản ở ngân hàng mình được không?
-|Cho hỏi điều kiện vay kinh doanh hộ cá thể, không có tài sản thế chấp
e|Is there a fee for transferring money to another bank?
-|không nhận được Smart OTP sau khi đổi điện thoại mới
s|gui tiet kiem 100 trieu 1 nam duoc lai bao nhieu
-|Em là sinh viên, mở tài khoản có mất phí duy trì hằng tháng không?
c|Khoá thẻ ghi nợ rồi giờ tìm lại được thẻ, mở khoá sao?
s|quen ten dang nhap internet banking
-|Vay tiêu dùng 50 triệu cần những giấy tờ gì, bao lâu giải ngân?
-|Chuyển khoản quốc tế có phí bao nhiêu phần trăm?
s|bi lo ma otp cho nguoi la, phai lam gi ngay
-|Tôi muốn tất toán sổ tiết kiệm online trước hạn
-|Ngư dân đi biển dài ngày có vay được vốn mua ngư cụ không, lãi thế nào?
s|the bi nuot o cay atm ngan hang khac thi sao
-|Đổi mật khẩu đăng nhập app định kỳ ở đâu
-|Phí chuyển khoản nội bộ với liên ngân hàng khác nhau ra sao?
s|mo tai khoan doanh nghiep can giay to gi
-|Tôi là người cao tuổi, không dùng điện thoại thông minh, gửi tiết kiệm tại quầy được không?
-|vay mua nhà cho người trẻ có ưu đãi gì không
s|khoa the giup toi, toi nghi bi lo thong tin the
-|Sao mình nhập OTP đúng mà vẫn báo sai?
c|Mở tài khoản bằng căn cước gắn chip qua eKYC bị lỗi nhận diện khuôn mặt
-|Tiết kiệm online có được rút một phần không?
-|Ngân hàng có cho vay ân hạn nợ gốc với vay mua nhà không?
"""
