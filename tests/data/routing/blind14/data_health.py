EXPERT = "vn-health-triage"
ITEMS = """
-|Con tôi 2 tuổi sốt 39 độ từ tối qua, hôm nay nổi mấy nốt đỏ ở tay chân và trong miệng, nên đưa cháu đi khoa nào ạ?
s|be nha em 8 thang tieu chay 6 lan tu sang, moi kho, nen kham khoa nao
-|Ba tôi đang ăn cơm tự nhiên méo miệng, nói ngọng, tay phải yếu hẳn, phải làm sao?
s|ba toi tu nhien meo mieng noi ngong tay yeu
-|đau ngực trái lan ra tay
-|Hôm qua em đi biển về, sáng nay ù tai, chóng mặt quay cuồng, buồn nôn, nên khám chuyên khoa gì?
s|ngu dan di bien ve bi dau lung duoi lan xuong chan, te bi, kham o dau
-|Em làm công nhân may, ngồi nhiều, mấy tuần nay đau cổ vai gáy tê xuống tay, đi khám khoa nào hợp ạ?
s|cong nhan may ngoi nhieu dau co vai gay te tay
-|Dạ em mới sinh bé được 3 tuần, vú sưng đỏ đau, sốt nhẹ, em nên đi khoa sản hay khoa nào nha?
-|Mẹ tôi 70 tuổi, đi tiểu nhiều, khát nước, sụt cân dù ăn nhiều, nên khám ở đâu?
st|me toi 70 tuoi di tieu nhieu khat nuoc sut can, kham khoa noi tiet hay khoa nao
-|Cháu học lớp 7, dạo này hay đau đầu vùng trán mỗi khi đọc sách, nheo mắt nhìn bảng, cho khám khoa gì?
-|Em thấy mọi thứ vô nghĩa, mấy hôm nay cứ nghĩ tới chuyện chết cho xong
s|em khong muon song nua, moi thu deu te
-|Chồng tôi bị xe tông, chân chảy máu nhiều không cầm được, giờ làm gì?
-|Tôi bị ngứa, nổi mẩn đỏ khắp người sau khi ăn hải sản, môi hơi sưng, có cần đi cấp cứu không?
s|an hai san xong noi man do, sung moi, kho tho
-|Ho khan kéo dài 3 tuần, về chiều sốt nhẹ, ra mồ hôi đêm, nên khám ở đâu ạ?
s|ho keo dai 3 tuan sot nhe ve chieu
-|răng khôn mọc lệch sưng má
-|Tôi là thợ chụp ảnh cưới, đứng nhiều, dạo này tĩnh mạch chân nổi xanh, chân nặng, tối bị chuột rút, khám chuyên khoa nào?
-|Bé nhà mình 4 tuổi bị ngã từ cầu thang xuống, giờ nôn 2 lần và lơ mơ buồn ngủ
s|be nga cau thang non 2 lan lo mo
-|Đau bụng dưới bên phải dữ dội từ sáng, sốt, ấn vào đau hơn, có phải ruột thừa không, đi khoa nào?
s|dau bung duoi ben phai du doi sot
-|Ông ngoại tôi ở Nam Định, ho nhiều, khó thở khi leo cầu thang, hút thuốc 40 năm, nên khám ở đâu?
-|Tôi bị trễ kinh 2 tuần, que thử 2 vạch, giờ khám khoa nào ạ?
st|tre kinh 2 tuan que thu 2 vach kham o dau a
-|Mắt đỏ, chảy ghèn, cộm như có cát, cả nhà lây nhau
-|Em chạy Grab cả ngày, đi tiểu buốt, nước tiểu đục, hơi đau hông lưng, khám khoa nào anh chị?
s|di tieu buot nuoc tieu duc dau hong lung
-|Con trai tôi 15 tuổi bị tai nạn bóng đá, đầu gối sưng to không duỗi được
-|Cho hỏi chút, vợ tôi mang thai 34 tuần, tự nhiên ra máu âm đạo và đau bụng từng cơn
-|Tim đập nhanh, hồi hộp, tay run, sụt 5kg trong 1 tháng, cổ hơi to ra
s|tim dap nhanh tay run sut can co to ra
-|Nổi mụn nước thành chùm ở bên hông, rát bỏng, đau như kim châm, khám da liễu hay thần kinh?
-|Dạ ba con uống thuốc trừ sâu rồi, làm sao bây giờ
s|chong em uong thuoc tru sau
-|Em gái 17 tuổi nhịn ăn, ăn xong móc họng nôn ra, gầy rộc đi, nên đưa đi khám ở khoa nào?
-|Người già 80 tuổi hay quên, lạc đường về nhà, gọi nhầm tên con cháu, nên khám ở đâu?
s|ong noi hay quen lac duong ve nha
-|Bị chó hàng xóm cắn chảy máu ở bắp chân, phải làm gì và đến khoa nào?
st|bi cho can chay mau bap chan phai lam j
-|Nhà tôi có chuyện, con bé 3 tuổi nuốt phải viên pin cúc áo
-|đau họng, sốt, nuốt đau
s|dau hong sot nuot dau kham tai mui hong hay noi
-|Sáng dậy thấy nửa mặt bên trái bị liệt, không nhắm kín mắt được, uống nước bị chảy ra khóe miệng
e|I'm visiting family in Vietnam and have had fever, headache and pain behind my eyes for 3 days, with small red spots on my legs. Which department should I go to?
e|My 5-year-old has a barking cough and noisy breathing at night. Where should we go?
-|Gần đây em hay lo âu, mất ngủ, tim đập nhanh mỗi khi đi làm, có nên đi khám tâm lý hay khoa nào ạ?
s|lo au mat ngu keo dai kham khoa nao
-|Trẻ sơ sinh 10 ngày vàng da tới tận lòng bàn chân, bú kém
-|Tôi đi làm rẫy bị ong vò vẽ đốt 5-6 nốt, giờ choáng, khó thở
-|Dạ cho hỏi bị trĩ, đi cầu ra máu tươi thì khám khoa hậu môn trực tràng hay tiêu hóa nha?
s|di cau ra mau tuoi dau hau mon
-|Đau khớp ngón chân cái sưng đỏ nóng về đêm sau khi nhậu
-|Tay bị bỏng nước sôi phồng rộp một mảng bằng bàn tay, xử lý sao và đi đâu?
st|bong nuoc soi phong rop ban tay di dau kham
-|Em bị đau bụng kinh dữ dội, tháng nào cũng phải nghỉ làm, nên khám khoa gì?
-|Bé nhà em 5 tháng, mấy hôm nay sổ mũi, thở khò khè, bú kém hơn, có cần đi khám không và khám khoa nào?
-|Tôi bị tiểu đường, mấy ngày nay vết thương ở bàn chân không lành, chảy dịch hôi
-|Ù tai một bên, nghe kém hẳn từ hôm qua
-|Cô giáo về hưu, mắt nhìn mờ như có màn sương, nhìn đèn bị chói, có phải đục thủy tinh thể không, khám ở đâu?
s|mat mo nhu suong, nhin den bi choi
-|thở không nổi, môi tím
-|Bị sốt cao, rét run từng cơn cách ngày, mới đi rừng ở Gia Lai về
-|Đêm qua uống rượu xong nôn ra máu đỏ tươi khá nhiều
"""
ITEMS += """
s|be sot 40 do co giat
-|tê nửa người, nói ngọng
st|dau dau chong mat buon non
-|đi ngoài phân đen
"""
ITEMS += """
c|Con tôi đau bụng ở trường, cô gọi về đón, giờ bé vẫn đau quặn quanh rốn và nôn, nên đưa đi khoa nào?
sc|nhin so lieu tren man hinh may tinh lau bi moi mat kho mat, kham khoa nao
"""
