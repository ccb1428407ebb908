# Hand-written questions for bank-cskh. Line format: FLAGS|query
EXPERT = "bank-cskh"
DATA = """
|mất thẻ atm
s|Thẻ ghi nợ của tôi bị cây ATM nuốt ở đường Nguyễn Trãi tối qua, giờ làm sao lấy lại hoặc khóa thẻ?
|Tôi đã gọi 3 lần mà không ai nghe máy! Thẻ tín dụng bị mất từ sáng, khóa ngay cho tôi bằng cách nào???
s|không nhận được mã OTP khi chuyển tiền, đợi 5 phút rồi
|Quên mật khẩu đăng nhập app ngân hàng thì lấy lại thế nào?
s|app bi khoa vi nhap sai mat khau 5 lan, mo lai sao
e|I lost my debit card yesterday, how do I block it right away?
|Mở tài khoản thanh toán cho người nước ngoài cần giấy tờ gì?
s|Em là sinh viên 18 tuổi, mở tài khoản online bằng căn cước được không ạ
|Phí chuyển tiền liên ngân hàng qua app bao nhiêu?
s|chuyển khoản ra quầy cho người nhận bằng cmnd mất phí không
|Lãi suất gửi tiết kiệm kỳ hạn 12 tháng hiện giờ thế nào?
s|gửi tiết kiệm online có rút trước hạn được không, mất lãi không
t|muon vay mua nha tra gop 20 nam can dieu kien gi
|Tôi nuôi tôm xuất khẩu ở Cà Mau, muốn vay vốn kinh doanh 2 tỷ, cần tài sản thế chấp gì?
s|vay tiêu dùng tín chấp theo lương cần hồ sơ gì
|Vay mua ô tô trả góp tối đa bao nhiêu phần trăm giá trị xe?
s|Tôi trồng cà phê ở Đắk Lắk, muốn vay vốn mùa vụ để mua phân bón, ngân hàng mình có gói vay nào không
|Tôi rất bực mình: tháng này bị trừ phí chuyển khoản 3 lần dù các anh quảng cáo miễn phí. Giải thích đi!
s|đổi số điện thoại nhận OTP thì phải ra chi nhánh à
|thẻ bị nuốt
s|Con trai tôi đọc hộ: tôi già rồi, quên mã PIN thẻ, muốn làm lại mã mới thì làm sao
c|Tôi nghi bị lộ thông tin thẻ vì có giao dịch lạ 2 triệu lúc 2 giờ sáng, cần khóa thẻ ngay, gọi số nào?
e|How long does it take to open a savings account and what's the minimum deposit?
|Gửi tiết kiệm 50 triệu kỳ hạn 6 tháng, đến hạn không rút thì có tự tái tục không?
s|mình là y tá làm ca đêm, chuyển tiền lúc 11h đêm có bị tính phí cao hơn không
t|ko nhan dc otp qua sms, toi dung mang viettel
|Chuyển tiền quốc tế sang Nhật cho con du học thì phí bao nhiêu?
s|Thẻ của mẹ em bị khóa do nhập sai PIN 3 lần, mở lại ở đâu ạ
|mở tài khoản cho con 15 tuổi được không
s|Vay mua nhà thì lãi suất cố định bao lâu rồi thả nổi?
|Tôi muốn tất toán sổ tiết kiệm trước hạn, mang gì ra quầy?
s|smart OTP là gì, cài trên điện thoại mới thế nào
|Điều kiện vay mua xe máy trả góp ở ngân hàng mình?
s|chào em, chị bị mất ví có thẻ visa với thẻ atm, khóa hết giúp chị với
|Hạn mức chuyển tiền tối đa 1 ngày qua app là bao nhiêu, vượt thì phí thế nào?
s|đăng nhập internet banking báo sai mật khẩu dù tôi gõ đúng, giờ bị khóa luôn
e|Do you offer business loans for a small seafood export company? What are the conditions?
|Mở tài khoản số đẹp có mất phí không?
s|tk tiết kiệm có được làm tài sản đảm bảo để vay không
c|Ngân hàng gọi bảo tôi đọc mã OTP để xác minh, có nên đọc không? Tôi lỡ đọc rồi, giờ phải làm gì với tài khoản?
|Tôi ở Hội An, thẻ bị nuốt ở cây ATM chi nhánh, bao lâu thì lấy lại được?
s|vay thế chấp sổ đỏ tối đa bao nhiêu năm
t|mat khau app het han doi the nao vay, no bat doi ma e quen mk cu
|Chuyển khoản nhanh 24/7 dưới 500 nghìn có miễn phí không?
s|lãi suất tiết kiệm có kỳ hạn và không kỳ hạn khác nhau thế nào
|Các anh chị làm ăn kiểu gì mà tôi chờ OTP 20 phút không về, lỡ mất chuyến hàng!
s|mở tài khoản doanh nghiệp cho công ty tnhh mới thành lập cần giấy tờ gì
|Khóa tạm thời thẻ trên app rồi mở lại được không?
s|vay tiêu dùng không cần thế chấp lãi suất khoảng bao nhiêu
e|I forgot my mobile banking password and the app is locked. Help?
|Gửi tiết kiệm cho cháu nội 5 tuổi đứng tên được không?
s|thẻ tín dụng mất ở nước ngoài, đang ở Nhật, khóa thế nào
|Tôi chuyển nhầm tiền sang tài khoản cùng ngân hàng, phí tra soát là bao nhiêu?
s|em quên tên đăng nhập app, chỉ nhớ số điện thoại thôi
|Vay mua nhà ở xã hội có điều kiện gì ạ?
s|sổ tiết kiệm bị mất thì sao, tiền còn không
|phí chuyển tiền
s|Đã 3 ngày rồi tôi vẫn không đăng nhập được app, tổng đài thì bận, ngân hàng gì mà tệ thế. Giờ tôi phải làm gì để mở khóa?
|vay kinh doanh hộ cá thể cần giấy phép kinh doanh không
s|quên mật khẩu app
|không nhận được OTP
s|lãi suất tiết kiệm
|vay mua xe
|mo tai khoan online
s|alo cho tôi hỏi cái thẻ của tôi bị cây atm nuốt mất rồi giờ làm sao lấy lại được
|Chuyển 5 triệu sang ngân hàng khác lúc 2 giờ sáng có mất phí không, hay chỉ giờ hành chính mới tính?
|khoa the gap
|app bi khoa
s|gửi tiết kiệm online
t|the atm bi mât, khoa the the nao, gap lam
c|Chào ngân hàng, tôi là khách hàng lâu năm. Tuần trước đi công tác Đà Nẵng, ăn tối ở chợ Hàn xong thì phát hiện mất ví, trong ví có căn cước, bằng lái và thẻ tín dụng. Giấy tờ thì tôi tự đi làm lại sau, giờ tôi chỉ cần biết khóa thẻ tín dụng thế nào cho nhanh?
"""
