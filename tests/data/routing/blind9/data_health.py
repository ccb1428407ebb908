# Hand-written questions for vn-health-triage. Format per line: flags|query
EXPERT = "vn-health-triage"
RAW = r"""
-|con tôi sốt 39 độ hai ngày nay, nổi chấm đỏ ở chân, nên đưa đi khoa nào?
s|ba tôi tự nhiên méo miệng, nói ngọng, tay trái yếu từ 30 phút trước, phải làm gì
-|Đau ngực trái lan ra cánh tay, vã mồ hôi, khó thở
s|toi lam dieu duong truc dem xong ve bi dau dau chong mat buon non ca sang nay, nen kham khoa nao
-|Chồng tôi đi biển về, bị cá đuối đâm vào chân, sưng đỏ và đau nhức, ở xã không có bệnh viện lớn, nên đến khoa gì?
s|em bi dau bung duoi ben phai tu toi qua, sot nhe, an vao la non
-|mẹ em 70 tuổi, hay quên, đi lạc mấy lần, nên khám chuyên khoa nào ạ
-|Xin hỏi con tôi 8 tháng tuổi ho nhiều về đêm, thở khò khè, bú kém, có cần đi viện ngay không?
s|minh chay grab ca ngay, dau lung duoi lan xuong chan, te bi, di kham khoa nao
-|Dạo này em buồn lắm, mất ngủ, không muốn sống nữa, em không biết nói với ai
e|My grandmother has a very high fever and is confused, which department should she go to in Hanoi?
e|I cut my hand with a kitchen knife and it won't stop bleeding, what should I do?
-|bé nhà mình 4 tuổi bị mắt đỏ, có ghèn, chảy nước mắt, khám ở đâu
s|tui bi ngua khap nguoi, noi me day sau khi an tom, moi sung moi
-|Làm ca đêm ở khu công nghiệp, em hay bị đau dạ dày, ợ chua, đi khám khoa tiêu hoá hay khoa nội?
-|bị chó cắn ở bắp chân, chảy máu ít
s|ong noi toi bi ngat xiu khi dang an com, tinh lai nhung met, co phai goi 115 ko
-|Cô giáo về hưu, 65 tuổi, gần đây hay đi tiểu đêm, tiểu buốt, nên khám khoa thận tiết niệu hay nam khoa?
-|Kính gửi, tôi bị ù tai bên phải kéo dài một tuần, nghe kém, xin tư vấn nên khám chuyên khoa nào.
s|con gai em 15 tuoi kinh nguyet khong deu, dau bung du doi moi thang, nen kham san hay noi tiet
-|đau răng hàm sưng cả má, sốt nhẹ
t|e bi ho ra mau tu sang den gio, co can di vienj ngay khong a
-|Vợ tôi đang mang bầu 7 tháng, tự nhiên đau đầu dữ dội, mờ mắt, phù chân, phải làm sao?
s|bi bong nuoc soi vao tay, phong rop, nen di dau
-|Thằng cu nhà tôi ngã xe đạp, cổ tay sưng to, không cử động được
-|Tôi hay hồi hộp, tim đập nhanh, tay run, sụt cân dù ăn nhiều, nên khám khoa gì?
s|chau toi 2 tuoi bi tieu chay 6 lan tu sang, moi kho, li bi
-|nổi mụn nước quanh eo bên trái, đau rát như bỏng
-|Bạn cùng phòng em uống cả vỉ thuốc ngủ, giờ gọi không tỉnh
e|Sore throat and fever for 3 days, swollen glands. Which clinic?
s|da mat vang, nuoc tieu sam mau, met moi, an khong ngon
-|Ông tôi bị tiểu đường, vết loét ở bàn chân lâu lành, có mùi hôi, nên đưa đi khám ở khoa nào?
-|tê nửa mặt bên phải từ sáng, uống nước bị chảy ra khóe miệng
s|em bi ngã tu tren cay xuong, dau lung, chan te khong cu dong duoc
-|Mẹ tôi bị khó thở khi nằm, phải kê gối cao, chân phù, nên khám tim mạch không?
-|Mình bị mất ngủ triền miên, lo âu, tim đập nhanh mỗi khi đi làm, nên gặp bác sĩ tâm lý hay khoa thần kinh?
s|be nha em 3 tuoi nuot nham dong xu, gio van choi binh thuong, co sao khong
-|sau sinh 2 tuần, ra máu nhiều, sốt, đau bụng dưới
t|đau khớp gối, sưng, sáng dạy cứng khớp, ngừoi mệt, nên khám khoa j
-|Bố em đang uống rượu thì nôn ra máu đỏ tươi nhiều
s|nhin mo mot ben mat dot ngot, nhu co tam man che
-|trẻ 6 tuổi sốt cao co giật lần đầu
c|Con trai học lớp 8 bị chảy máu cam mấy lần một tuần, có cần khám tai mũi họng không?
s|bi cho meo cao chay mau, co can tiem phong dai khong, di dau tiem
-|tôi bị rụng tóc từng mảng tròn, ngứa da đầu
-|Người già trong nhà ngã đập đầu, giờ lơ mơ, nôn mấy lần
e|My friend is talking about killing himself tonight. What do I do in Vietnam?
s|ho khan keo dai hon 3 tuan, sut can, do mo hoi dem
-|Em bị nổi hạch ở cổ khoảng 2cm, không đau, có đáng lo không, khám khoa nào?
-|Tay chân con tôi có nốt phỏng nước, miệng lở loét, sốt — có phải tay chân miệng không, đi khám đâu?
s|bi ong vo dot nhieu cho, mat sung, kho tho
c|Tôi bị trĩ, đi ngoài ra máu, nên khám hậu môn trực tràng hay tiêu hoá?
-|đau bụng quằn quại, vã mồ hôi, bụng cứng như gỗ
s|tre so sinh 10 ngay vang da toi tan long ban chan
-|Da bị nổi mẩn đỏ sau khi đi tắm suối, ngứa, khám da liễu được không?
-|chị em bị đau nửa đầu hay buồn nôn và sợ ánh sáng, khám thần kinh hả
-|Tối qua em say nắng phụ ba kéo lưới, giờ vẫn chóng mặt, nôn, nên đi đâu?
s|dang lam o xuong thi bi hoa chat ban vao mat, rat rat
-|Bố tôi 58 tuổi, hay đau đầu buổi sáng, đo huyết áp 180/110
-|Cháu bị chó nhà hàng xóm cắn tuần trước chưa tiêm, giờ sốt, sợ nước
s|em hay kho nuot, nghen khi an, sut 5 kg 2 thang
"""
