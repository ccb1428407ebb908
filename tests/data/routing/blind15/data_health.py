# Hand-written questions for vn-health-triage. Line format: FLAGS|query
EXPERT = "vn-health-triage"
TEXT = r"""
|Tôi đang mang thai tuần 30, làm văn phòng ở Hà Nội, mấy hôm nay phù chân nhiều và đau đầu, nhìn hơi mờ. Tôi nên đi khám khoa nào?
s|bau 12 tuan ra it mau hong co dau bung nhieu, nen di kham khoa nao a
|Con tôi 3 tuổi sốt 39 độ từ tối qua, nổi ban đỏ ở bụng, nên đưa cháu đi khoa nào?
s|be nha em 8 thang tieu chay 5 lan tu sang, moi kho, khoc khong co nuoc mat, co nguy hiem ko
|Bố tôi tự nhiên méo miệng, nói ngọng, tay phải yếu từ 20 phút trước. Phải làm gì?
s|ong noi em dang an thi noi lap bap, mot ben mat bi xe xuong
|đau ngực trái lan ra tay
s|dau nguc kho tho vã mo hoi
|Tôi làm bảo vệ ca đêm, dạo này mất ngủ triền miên, ăn không ngon, hay hồi hộp. Nên khám ở khoa nào?
s|minh khong muon song nua, thay moi thu vo nghia
|Em thấy mệt mỏi lắm, mấy tuần nay hay nghĩ đến chuyện tự tử.
|Tôi sửa xe máy, hôm nay bị dầu nóng bắn vào mắt, mắt đỏ và cay xè. Đi khám khoa nào?
st|dung tay bi cat sau, mau chay ko cam dc, lam sao
|Mẹ tôi 70 tuổi ở Huế, hay chóng mặt khi đứng dậy, huyết áp lúc cao lúc thấp. Nên khám khoa gì?
s|Ong em 78 tuoi, em go ho ong: ong bi tieu dem nhieu lan, tieu buot, tia yeu. Ong nen kham khoa nao
|Bị đau bụng dưới bên phải âm ỉ từ sáng, giờ đau tăng, hơi sốt. Có phải ruột thừa không, đi khoa nào?
|ho kéo dài 3 tuần
s|ho ra mau
|Tôi làm nail, tay bị ngứa, nổi mụn nước quanh móng mấy tuần nay. Nên đi khám chuyên khoa nào?
s|chi lam nail nhieu nam, gan day hay ho va kho tho khi ngui mui son, nen kham khoa nao
e|My 5-year-old has had a high fever for three days and now has red eyes and cracked lips. Which department should we go to?
e|I have sudden severe headache, the worst of my life, and vomiting. What should I do?
|Cháu bé nhà tôi bị chó hàng xóm cắn vào chân, chảy máu ít. Cần đi khám ở đâu?
s|bi ong dot sung mat, kho tho
|Con gái tôi 15 tuổi, đến kỳ đau bụng dữ dội, phải nghỉ học. Nên khám khoa phụ khoa hay nhi?
c|Tôi hay bị đau dạ dày, ợ chua, nóng rát sau xương ức sau bữa ăn. Không hỏi thuốc, chỉ hỏi nên khám chuyên khoa nào?
s|tre 2 tuoi nuot nham vien pin cuc ao
|Thấy người nhà uống cả vỉ thuốc ngủ, gọi không tỉnh. Làm gì bây giờ?
s|em bi di ung hai san, noi me day khap nguoi va sung moi
|Tôi là shipper, chạy xe cả ngày, dạo này đau lưng lan xuống chân trái, tê bì. Nên khám khoa nào?
s|shipper bi te nga xe, dau co tay sung vu khong cu dong dc
|Tôi 28 tuổi, mang thai lần đầu, thấy thai máy ít hơn hẳn từ hôm qua. Có cần đi viện ngay không?
|Trẻ sơ sinh 10 ngày vàng da đến tận lòng bàn chân, bú kém.
s|con so mui, hat hoi, ngua mat moi khi doi mua
|Đau răng hàm sưng cả má, đi khám ở đâu?
ts|toi bi u tai, nghe kem tia trai may tuan nay, nen kham khoa j
|Chân bố tôi bị tiểu đường, có vết loét ở ngón chân lâu lành, đang sưng đỏ. Nên đưa đi khám khoa nào?
|Ngứa da toàn thân về đêm, cả nhà đều bị. Khám khoa gì?
s|Chau trai em hoc lop 10, hay bi chay mau cam, moi lan chay lau moi cam
|Gần đây tôi hay đánh trống ngực, tim đập nhanh khi nằm nghỉ. Tôi nên khám tim mạch không?
|Con tôi học lớp 9, dạo này cận nặng hơn, hay nheo mắt nhìn bảng. Đi khám khoa nào?
s|Cam on bac si truoc a. Me em 60 tuoi, dau khop goi ca 2 ben, sang day cung khop. Nen kham khoa nao?
|Sốt cao, rét run, đau đầu sau khi đi rừng ở Gia Lai về
|Ở bản em, bà nội người Mông ho nhiều, sốt về chiều, gầy sút cả tháng nay. Nên đưa bà xuống viện khám khoa nào ạ?
s|Em be nha toi 4 tuoi bi co giat khi sot cao, gio da het co giat nhung van lo mo
c|Em 17 tuổi, mặt nổi nhiều mụn bọc, đau và để lại thâm. Nên đi da liễu hay thẩm mỹ?
|Tôi bị bỏng nước sôi ở cẳng tay, phồng rộp to bằng bàn tay.
s|kho tho, moi tim tai, nguoi gia 85 tuoi
|Đi tiểu ra máu nhưng không đau, tôi 55 tuổi. Khám ở khoa nào?
e|My father has chest tightness and shortness of breath when climbing stairs. Which specialist should he see?
|Chồng tôi ngáy to, ngủ hay ngưng thở, ban ngày buồn ngủ. Khám khoa gì?
s|sau khi te xe dap bi dap dau, gio hay buon non va dau dau
|Vết thương ở đùi chảy máu phun thành tia, băng không cầm được!
|Em bị trầm cảm hay sao ấy, cứ khóc mãi, không muốn gặp ai. Em nên gặp bác sĩ khoa nào?
s|hay quen, lu lan, ong toi 82 tuoi di lac duong may lan roi
|Bé gái 6 tuổi ngứa vùng kín, hay gãi. Đưa đi khám nhi hay phụ khoa?
s|bi tieu chay, non oi sau khi an quan, nhieu nguoi cung bi
|Mẹ bầu 36 tuần bị vỡ ối, nước trong, chưa đau bụng
|mắt mờ đột ngột 1 bên
s|dau dau du doi, cung co, sot cao
c|Tôi bị mất ngủ và lo âu, có cần khám tâm thần không hay khám thần kinh? Tôi không hỏi về thuốc.
|Bị rắn cắn ở chân khi làm rẫy, chân sưng nhanh
s|Con em hoc lop 7 bi dau bung quanh ron moi sang truoc khi di hoc, cuoi tuan thi het
|Sau sinh 2 tuần, tôi sốt, sản dịch có mùi hôi. Khám đâu?
e|Which department should I visit for persistent heartburn and a sour taste in the mouth?
|Tôi tự nhiên tê một bên mặt và tay trái, kéo dài khoảng 10 phút rồi hết. Có nguy hiểm không?
s|chao bac si, toi 45 tuoi, gan day sut 6 ky khong ro ly do, hay khat nuoc va di tieu nhieu. nen kham khoa gi
|Nổi hạch ở cổ to dần, không đau
st|co con bi ngo doc khi thann, dau dau, buonn non
|sốt cao co giật
s|tre bi sot phat ban
|đau đầu chóng mặt buồn nôn
st|dau bung duoi bên phair
t|con bị ho kéo dai, thở khò khè, khám khoa nao ạ
st|toi bi dau khop vai phai, gio tay k gio len dc, khma o dau thi dc a
s|ngat xiu dot ngot
|tê nửa người
s|tre bi tay chan mieng
t|bé nhà mình 2 tuôi sốt 3 ngày ko hạ, li bì, khám khoa nào
"""
