# Hand-written questions for vn-health-triage. Line format: FLAGS|query
EXPERT = "vn-health-triage"
DATA = """
|Tôi là điều dưỡng trực đêm, mấy tuần nay cứ hết ca là đau đầu vùng thái dương, mắt mờ, buồn nôn. Tôi nên khám khoa nào?
s|con em 3 tuổi sốt 39 độ hai ngày nay, nổi chấm đỏ ở chân, li bì. Đi khoa nào ạ
|đau ngực trái lan ra tay
s|bà ngoại tự nhiên nói ngọng, méo miệng, tay phải yếu từ 30 phút trước, phải làm sao
|Chồng tôi làm phụ hồ, bị đinh đâm vào lòng bàn chân hôm qua, nay sưng đỏ, hơi sốt. Khám khoa nào?
s|em 15 tuổi, dạo này mất ngủ, hay khóc, nghĩ không muốn sống nữa
t|bi dau bung duoi ben phai tu sang den gio, sot nhe, an vao la non
|Mình chạy xe ôm cả ngày, lưng dưới đau nhức lan xuống mông và chân trái, tê bì. Đi khoa gì?
e|My father is 70, he suddenly can't breathe well, lips turning bluish. What should we do?
s|ông tôi 80 tuổi ho đờm kéo dài 3 tuần, sút cân, đổ mồ hôi đêm, cần khám chuyên khoa nào
|Da nổi mẩn ngứa khắp người sau khi ăn tôm, môi hơi sưng. Có nguy hiểm không?
s|cháu gái 8 tháng bị tiêu chảy 6 lần từ sáng, khóc không ra nước mắt, thóp hơi lõm
|đi tiểu buốt, nước tiểu đục
s|Tôi làm cà phê ở Đắk Lắk, hôm qua phun thuốc xong thấy chóng mặt, vã mồ hôi, đồng tử co, tim đập chậm. Có phải đi viện ngay không?
|Vợ tôi mang bầu 32 tuần, sáng nay ra máu đỏ tươi nhiều. Làm gì bây giờ?
s|Mắt con bị đỏ, dử mắt nhiều, ngứa, lây sang mắt kia rồi. Đưa đi khám ở khoa nào
|Tay tôi bị dao cắt sâu, máu phun thành tia không cầm được
s|tôi thợ may, ngồi nhiều, gần đây đi cầu ra máu đỏ tươi, hơi đau rát hậu môn. khám chuyên khoa gì
|Hay bị hồi hộp, tim đập nhanh, run tay, sụt 5 ký trong 2 tháng dù ăn nhiều. Nên khám khoa nào?
c|Cháu nội tôi học lớp 7, hay kêu đau bụng mỗi sáng trước khi đi học, buồn nôn, đến trưa lại hết. Đưa cháu khám ở đâu, khoa nào?
s|đau răng hàm dưới, sưng cả má, sốt nhẹ
|Mẹ tôi bị tiểu đường, chân có vết loét mãi không lành, giờ bốc mùi và tím đen đầu ngón. Đi khám đâu?
e|I'm 25, I've had a sore throat and fever for 4 days and white spots on my tonsils. Which department should I go to?
s|bị ngã xe máy, đầu đập xuống đường, giờ nhức đầu, nôn 2 lần, hơi lơ mơ
|Con trai 10 tuổi bị chó nhà hàng xóm cắn chảy máu ở bắp chân. Cần đi khám gì?
s|mấy hôm nay tai trái ù, nghe kém, hơi đau, chảy chút dịch vàng
t|e bi ngua vung kin, ra khi hu co mui, nen kham khoa nao a
|Tôi đang trực đêm ở khoa, tự nhiên thấy tức ngực, khó thở, vã mồ hôi lạnh. Có nên chờ hết ca không?
s|Ba em làm ở biển Cà Mau, bị sứa đốt ở chân, giờ rát bỏng, nổi bọng nước, hơi khó thở
|khó thở khi nằm, phù hai chân
s|Bé nhà em 5 tuổi bị sốt co giật lần đầu, giờ đã tỉnh, còn sốt 38,5. Đưa đi đâu ạ
|Bạn cùng phòng của em bên Nhật uống nhiều thuốc ngủ, gọi không tỉnh. Em phải làm gì?
s|đau khớp gối hai bên, sáng dậy cứng khớp hơn 1 tiếng, mẹ tôi 55 tuổi. nên khám khoa gì
|Nổi hạch ở cổ bên phải to bằng đầu ngón tay, không đau, gần 2 tháng chưa hết
s|Con em hay gãi đầu, có chấy không ạ? Không phải, da đầu bị đóng vảy trắng, rụng tóc từng mảng. Khám khoa nào
|Bị bỏng nước sôi ở cẳng tay, phồng rộp diện tích bằng bàn tay
s|tôi 45 tuổi, dạo này hay quên, đi lạc đường quen, gia đình lo. Nên khám chuyên khoa nào
e|My son swallowed a small button battery about an hour ago. He seems fine. Is it urgent?
|Trẻ 2 tuổi ho ông ổng, thở rít, khàn tiếng về đêm
s|ông cụ nhà tôi đọc cho tôi gõ: tôi đi tiểu đêm 4-5 lần, tia nước yếu, tiểu không hết. Khám khoa nào
|Sau sinh 3 tuần, em buồn bã, không muốn chăm con, có lúc nghĩ đến chuyện làm hại bản thân.
s|da mặt nổi mụn viêm nhiều, có mủ, thâm. đi da liễu hay thẩm mỹ
t|đau dạ dầy âm ỉ, ợ chua, nóng rát sau xương ức mỗi khi nằm
|Người làm ở công trình bị ngã giàn giáo 3 mét, đau lưng, không cử động được chân
s|mẹ em 60 tuổi tự nhiên mờ mắt một bên, thấy như có màn đen che
|Tôi bị chảy máu cam liên tục 30 phút không cầm được, đang uống thuốc chống đông
s|con gái 13 tuổi chưa có kinh nhưng đau bụng dưới theo chu kỳ hằng tháng, nên khám phụ khoa hay nhi
c|Bác sĩ ơi cho em hỏi, em bị sốt, ho, đau họng từ hôm qua, nên khám khoa nào ở bệnh viện?
|Tôi hay bị đau đầu một bên, buồn nôn, sợ ánh sáng, mỗi tháng vài lần
s|vừa bị rắn cắn ở rẫy cà phê, vết cắn có 2 dấu răng, chân sưng dần
|Đứa nhỏ nhà tôi nuốt phải dầu hỏa, ho sặc sụa
e|Fever, stiff neck and a rash that doesn't fade when I press a glass on it — my roommate, 19. Which department?
s|tôi bị ho ra máu sáng nay, chưa từng bị trước đây
|Ngứa ngáy, nổi mề đay mỗi khi trời lạnh
s|Dạ em chào bác sĩ, em xin lỗi làm phiền buổi tối. Em 28 tuổi, hai tuần nay hay thấy mệt, khát nước, đi tiểu nhiều, sút cân. Em nên đi khám khoa nào ạ? Em cảm ơn.
|cổ chân bị trật khi đá bóng, sưng to, không đi được
s|Chị em bị đánh, bầm tím khắp người, đau bụng dữ dội, nôn ra máu
|Mình bị zona hay sao ấy, nổi mụn nước thành dải bên sườn, đau rát
t|con toi 6 tuoi bi quai bi hay sao ma sung 2 ben mang tai, sot. Kham khoa nao
|Tôi thấy tim đập loạn nhịp, lúc nhanh lúc chậm, chóng mặt muốn ngất
s|đau bụng kinh dữ dội, phải nghỉ làm mỗi tháng
|Vết mổ ruột thừa tuần trước giờ đỏ, chảy dịch, sốt
s|hơi thở có mùi, chảy máu chân răng khi đánh răng
|bé sốt 40 độ
s|tê nửa mặt
|ho ra máu nhiều
s|con tôi sốt từ tối qua tới giờ không hạ uống thuốc rồi mà vẫn ba chín độ giờ đi khám khoa nào
c|Con tôi học lớp 10 trường Hòa Bình, hôm nay ở lớp bị đau bụng quặn từng cơn, nôn 2 lần. Đưa cháu đi khám khoa nào?
|đau ngực khó thở
s|nôn ra máu
|tiểu ra máu
|dau lung lan xuong chan
t|con toi bi sôt cao 2 ngay ko ha, nguoi noi ban do, kham khoa nao a
|Mẹ đọc, con gõ giúp nhé: mẹ 68 tuổi ở quê một mình, vườn tiêu năm nay được mùa, mấy đứa cháu về chơi vui lắm. Có điều mấy bữa nay sáng nào mẹ cũng đau đầu, chóng mặt, đo huyết áp ở trạm thấy 170. Vậy mẹ nên đi khám khoa nào?
"""
