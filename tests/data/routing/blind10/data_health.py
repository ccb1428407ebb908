# Hand-written questions for vn-health-triage. Line format: FLAGS | query
EXPERT = "vn-health-triage"
RAW = r"""
- | Con tôi 3 tuổi sốt 39 độ từ tối qua, ho nhiều, thở hơi nhanh. Nên đưa cháu đi khám khoa nào?
s | mình đang bầu tuần 30, mấy hôm nay phù chân, nhức đầu, mắt hoa. có cần đi viện gấp ko
- | Ba tôi tự nhiên nói ngọng, méo miệng, tay phải yếu hẳn từ 30 phút trước, phải làm sao?
s | đau bụng dưới bên phải từ sáng, buồn nôn, ấn vào đau hơn. nên đi khám khoa gì
- | đau ngực trái lan ra tay
t | bị ngứa nổi mẩn đỏ khắp ngừoi sau khi ăn tôm, khám chuyên khoa nào vậy
- | Mình làm kế toán nhà máy, ngồi máy tính cả ngày, giờ đau vai gáy, tê tay trái gần tháng nay. Nên khám ở khoa nào?
e | My grandmother has had a fever and a bad cough for five days and feels short of breath. Which department should we go to?
s | con em 8 tháng đi ngoài phân lỏng 6-7 lần một ngày, bú kém, mắt trũng. có nguy hiểm không
- | Em dạo này mất ngủ, buồn chán, không muốn làm gì, có lúc nghĩ chết đi cho xong. Em nên làm gì?
s | tôi bị đau răng sưng má bên trái 2 hôm nay
- | Chạy xe ôm cả ngày ngoài nắng Đà Nẵng, tối về nhức đầu, chóng mặt, buồn nôn. Có cần đi khám không, khám khoa nào?
st | bi chay mau cam hoai ko cam dc, da 20 phut roii
t | Mẹ tôi bị tiểu đừong, mấy hôm nay vết thương ở bàn chân bị đen và có mùi hôi. Đi khám khoa nào ạ?
- | ho ra máu
s | Từ Nhật về được 2 tuần thì bị ho khan kéo dài, sốt nhẹ về chiều, sụt 3 kg. Nên đi khám phổi ở đâu, khoa nào?
- | Thai 8 tuần mà ra máu đỏ tươi kèm đau bụng quặn, em sợ quá, phải làm sao bây giờ?
s | mắt bị đỏ, chảy ghèn, cộm như có cát, con gái em cũng bị lây
- | Ông nhà tôi ngã cầu thang, đập đầu, giờ lơ mơ gọi không tỉnh hẳn, nôn 2 lần.
e | I cut my hand with a kitchen knife and it won't stop bleeding, quite deep. What should I do?
s | bé nhà mình 5 tuổi cứ gãi đầu suốt, tóc có trứng trắng trắng, cần khám khoa da liễu hay nhi
- | Tôi bị tê bì hai bàn chân, đi lại như dẫm trên bông, đã hai tháng. Nên khám thần kinh hay cơ xương khớp?
s | dau lung lan xuong chan, ngoi lau la te, khám khoa j ak
- | Cháu bé 2 tuổi nuốt phải viên pin cúc áo 10 phút trước!
sc | Tuần này em ôn thi thức khuya liên tục, giờ tim đập nhanh, hồi hộp, khó thở nhẹ. Em có cần đi khám không, khám khoa gì?
- | Tôi 65 tuổi, đi tiểu đêm 4-5 lần, tiểu khó, tia yếu. Khám ở đâu?
- | sốt phát ban trẻ em
s | ba mình uống thuốc diệt cỏ do buồn chuyện gia đình, giờ đang nôn, phải làm gì
- | Đau đầu dữ dội đột ngột như búa bổ, chưa bao giờ bị như vậy, kèm cứng gáy.
st | toi bi u tai lien tuc, nghe kem hon tai bne phai, kham chuyen khoa gi
- | Mình có cục u nhỏ ở vú trái, không đau, sờ thấy cứng. Nên đi khám khoa nào?
s | Con trai em 15 tuổi đá bóng bị trẹo cổ chân, sưng to, không đi được. Đưa đi đâu khám?
e | Sudden chest tightness, sweating and nausea in my 58-year-old father. What do we do?
- | Mấy tháng nay kinh nguyệt không đều, có khi 2 tháng mới có, mặt nổi mụn nhiều. Khám phụ khoa hay nội tiết?
s | bà nội 80 tuổi mấy bữa nay ăn uống kém, lú lẫn, nói lung tung, sốt nhẹ
- | nổi mề đay khó thở
- | Chị tôi sau sinh 3 tuần cứ khóc suốt, không muốn chăm con, hay nói mấy câu kiểu không muốn sống nữa.
st | bi di ung thuoc khang sinh, noi man do, sung moi. co can di cap cuu khog
- | Em bị đau bụng trên rốn, nóng rát sau ăn, ợ chua, đã uống thuốc dạ dày không đỡ. Nên khám tiêu hóa à?
st | thằng cu nhà em bị chó nhà hàng xóm cắn chảy máu ở bắp châm
- | Đang mang thai 36 tuần thì vỡ ối, nước ối trong, chưa đau bụng. Có phải đi viện ngay không?
- | Người yêu em uống rượu xong nói muốn tự tử, giờ không liên lạc được.
s | tui bị nấm kẽ chân, ngứa lở loét, khám da liễu hay sao
- | Mình bị khàn tiếng hơn một tháng, nuốt vướng, hút thuốc 20 năm. Khám tai mũi họng không?
s | Bé nhà mình nổi ban, sốt cao, li bì khó đánh thức. Đi khám khoa nào hay phải cấp cứu luôn?
s | con bi soi hong, ho co dom xanh, so mui, chay nuoc mui xanh 4 ngay, di kham dau
- | Đi làm về thấy mờ mắt một bên đột ngột, như có màn đen che.
s | mình bị trĩ chảy máu khi đi vệ sinh, ngại quá, khám khoa nào vậy
- | Cụ nhà tôi bị khó thở khi nằm, phù hai chân, ho về đêm. Nên đi khám khoa tim mạch hay hô hấp?
- | bỏng nước sôi ở tay bé
s | Mình là dân văn phòng, đang bầu tháng thứ 5, tự nhiên thấy thai máy ít hẳn so với mọi ngày từ hôm qua. Có cần đi khám liền không?
- | Tôi đi rẫy bị rắn cắn vào chân, không biết rắn gì, chân đang sưng.
s | moi lan an do bien xong la bi tieu chay quan bung, co phai di kham ko
c | Cháu gái 13 tuổi bị cong vẹo cột sống nhẹ, phát hiện lúc khám trường. Nên khám khoa nào?
s | Em bị hoảng loạn, tim đập mạnh, tay run, cảm giác sắp chết, đã 3 lần trong tuần này. Khám ở đâu ạ?
- | Vợ tôi sau sinh mổ 5 ngày bị sốt cao, vết mổ sưng đỏ chảy dịch.
- | mụn nhọt sưng to ở nách
s | ba tôi say rượu ngủ, giờ thở khò khè, gọi không dậy, môi tím
- | Khi leo cầu thang tôi hay bị đau thắt ngực, nghỉ thì đỡ. Có nên đi khám tim mạch không?
s | be nha em bi noi mun nuoc o tay chan mieng, sot nhe. tay chan mieng phai ko, kham o dau
- | Tôi là người Khmer ở Sóc Trăng, con tôi sốt cao 3 ngày, chảy máu chân răng, nổi chấm đỏ dưới da. Có phải sốt xuất huyết không, đi đâu?
c | Không hỏi thuốc đâu ạ, chỉ muốn biết bị đau khớp gối sưng nóng đỏ về đêm sau khi nhậu thì nên khám khoa nào?
sc | con em học lớp 7 hay kêu đau bụng mỗi sáng trước khi đi học, khám ra không bệnh gì, có nên đưa đi khám tâm lý không
- | Mình bị sụt cân nhanh, khát nước nhiều, đi tiểu nhiều, mệt. Nên khám nội tiết?
s | đi tiểu buốt rát, mắc tiểu liên tục, khám phòng khám nào
- | đứt tay sâu máu phun
s | co giật sốt cao trẻ em
- | đau đầu chóng mặt buồn nôn
s | bé sốt 40 độ
- | khó thở tức ngực
s | nôn ra máu đen
"""
