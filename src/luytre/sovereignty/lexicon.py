"""The words the privacy gate reads topics from: what is sensitive, and what only may be.

Three vocabularies, each by kind of sensitive data (Decree 13/2023 art. 2, Law 91/2025):

* ``SENSITIVE``: phrases that name a sensitive topic ("ung thư", "tiền án", "theo đạo"), matched with
  their diacritics and folded, except the folded forms in ``AMBIGUOUS_FOLDED`` ("dau" is "đau", pain,
  and "đâu", where), which count only inside ``FOLDED_PHRASES`` ("dau bung") that cannot mean anything else;
* ``POSSIBLE``: words that do not name a sensitive topic but are often next to one: a setting (hospital
  ward, court, pagoda), a body part, money. Alone they make nothing sensitive; next to a concrete person
  they are doubt enough for the question not to leave the node (``categories.possible_topics``).
  An ambiguous folded word typed without diacritics ("toi nghi om", "om" is "ốm", sick, or "ôm", hug) is
  such a doubt too, unless it is one of ``EVERYDAY_FOLDED`` or inside ``NOT_DOUBT_FOLDED`` ("ho ten").

Written by the team from general knowledge of Vietnamese (provenance in DATA.md). A word list on PyPI
was looked for: underthesea's Viet74K is a general dictionary with no topic labels, and nothing with a
clear licence lists medical, legal or religious terms, so none is used.
"""

from __future__ import annotations

# Each phrase names a kind of sensitive data. Topic words alone make nothing personal, so the list
# may be broad: it matters when a concrete person is in the question too.
_CORE: dict[str, tuple[str, ...]] = {
    "health": (
        "bệnh", "ốm", "đau", "sốt", "ho", "khó thở", "nôn", "tiêu chảy", "chóng mặt", "ngất", "co giật",
        "chảy máu", "xuất huyết", "ung thư", "hiv", "aids", "tiểu đường", "huyết áp", "tim mạch", "đột quỵ",
        "tai biến", "động kinh", "mang thai", "có thai", "sinh non", "sảy thai", "phá thai", "khám thai",
        "trầm cảm", "tâm thần", "rối loạn", "lo âu", "mất ngủ", "an thần", "nghiện", "cai nghiện", "hóa trị",
        "xạ trị", "xét nghiệm", "bệnh án", "chẩn đoán", "điều trị", "thuốc", "khám bệnh", "nhập viện", "cấp cứu",
        "phẫu thuật", "mổ", "dị ứng", "viêm", "nhiễm", "nhiễm trùng", "lao phổi", "covid", "triệu chứng",
        "gãy", "hoại tử", "liệt", "phụ khoa", "tái khám", "insulin", "đột biến gen", "khuyết tật", "vô sinh",
        "hiếm muộn", "khám", "lịch khám", "sùi mào gà", "giang mai", "lậu", "viêm gan", "suy thận", "chạy thận",
        "hen", "đau ngực",
        # procedures and tests
        "nội soi", "sinh thiết", "chụp ct", "chụp mri", "mri", "ct scan", "x-quang", "x quang", "chụp phim",
        "siêu âm", "điện tim", "điện não", "nhóm máu", "hiến máu", "truyền máu", "thử máu", "tiêm", "tiêm phòng",
        "tiêm chủng", "vắc xin", "vaccine", "vacxin", "chích ngừa", "ghép tạng", "ghép thận", "lọc máu",
        "thụ tinh", "ivf", "thụ tinh ống nghiệm", "đặt stent", "hậu phẫu", "vật lý trị liệu", "phục hồi chức năng",
        "tái khám", "kết quả khám", "đơn thuốc", "kháng sinh", "penicillin", "paracetamol", "methadone",
        # wards and stays
        "ung bướu", "hồi sức", "icu", "cấp cứu", "nằm viện", "ra viện", "xuất viện", "chuyển viện", "nội trú",
        "khoa sản", "sản khoa", "nhi khoa", "khoa nhi", "tâm thần học", "phòng mổ",
        # conditions
        "sởi", "cúm", "thủy đậu", "quai bị", "sốt xuất huyết", "tay chân miệng", "béo phì", "tự kỷ", "tăng động",
        "alzheimer", "sa sút trí tuệ", "parkinson", "bại não", "thiểu năng", "hiếm muộn", "mãn kinh",
        "kinh nguyệt", "thai sản", "sinh con", "sinh mổ", "đẻ", "ở cữ", "sau sinh", "thai", "khối u", "u não",
        "u xơ", "ung thư máu", "bạch cầu", "máu trắng", "sida", "hiv/aids", "thương binh", "thương tật",
        "tàn tật", "mù", "điếc", "khiếm thị", "khiếm thính", "đột quỵ", "nhồi máu", "suy tim", "xơ gan", "gout",
        "gút", "thoát vị", "viêm phổi", "lao phổi", "dịch tễ", "rối loạn lo âu", "tự tử", "tự sát", "tự hại",
        "nghiện rượu", "nghiện ma túy", "bệnh xã hội", "sức khỏe tâm thần", "dị tật",
        "chấn thương", "tai nạn", "bỏng", "ngộ độc", "sảy", "nạo", "băng huyết", "tiền sản giật",
        "biopsy", "blood type", "pregnancy", "surgery", "hospitalized", "illness", "disease", "allergy", "diagnosis",
        "fever", "pain", "pregnant", "cancer", "depression", "diabetes",
        "prep", "arv", "phơi nhiễm",  # HIV prevention and treatment
        # distress of the mind, said as it is felt
        "tâm lý", "tuyệt vọng", "muốn chết", "không muốn sống", "chán sống", "bế tắc", "khủng hoảng tâm lý",
        "hoảng loạn", "suicidal", "hopeless", "mental health",
    ),
    "finance": (
        "số dư", "khoản vay", "vay tiền", "vay", "nợ", "nợ xấu", "thẻ tín dụng", "thẻ atm", "sao kê",
        "chuyển khoản", "tài khoản ngân hàng", "lịch sử giao dịch", "thu nhập", "lương", "cic", "điểm tín dụng",
        "mã otp", "otp", "mật khẩu", "mã pin", "trả góp", "giãn nợ", "rút tiền", "bị trừ tiền", "lừa đảo",
        "bị lừa", "hoàn thuế", "thuế", "mã số thuế", "mst", "giao dịch", "ngân hàng", "atm", "app ngân hàng",
        "thuế thu nhập", "vay online", "tín dụng đen", "bank account", "credit score",
        "loan", "salary", "debt",
        "thất nghiệp", "trợ cấp thất nghiệp", "bảo hiểm thất nghiệp", "lương hưu", "trợ cấp", "ví điện tử", "momo",
        "zalopay", "tiết kiệm", "sổ tiết kiệm",
        "phá sản", "vỡ nợ", "nợ quá hạn", "nhóm nợ", "đáo hạn", "cầm cố", "thế chấp", "tài sản",
        "tiền lương", "bảng lương", "phong tỏa tài khoản", "bảo hiểm nhân thọ", "hoàn tiền",
        "bank", "balance", "income", "unemployment", "mortgage",
        "hộ nghèo", "hộ cận nghèo", "nhà nghèo", "sổ hộ nghèo",  # a household's poverty status
    ),
    "biometric": ("vân tay", "khuôn mặt", "mống mắt", "sinh trắc", "giọng nói", "adn", "dna", "fingerprint",
                  "face id", "biometric", "nhận diện khuôn mặt", "ảnh chân dung", "xác thực khuôn mặt", "ekyc",
                  "quét mặt", "xét nghiệm adn", "huyết thống", "giám định gen"),
    "criminal": ("tiền án", "tiền sự", "án tích", "phạm tội", "bị bắt", "tạm giam", "tạm giữ", "truy nã",
                 "lý lịch tư pháp", "đi tù", "ngồi tù", "mãn hạn tù", "ra tù", "án treo", "ma túy", "đánh bạc",
                 "cần sa", "thuốc lắc",
                 "trộm cắp", "vụ án", "báo công an", "tố giác", "tố cáo", "bỏ chạy", "khởi tố", "bị phong tỏa",
                 "công an", "cảnh sát", "kết án", "án tù", "tù treo", "tù giam", "bản án", "tòa án", "xét xử",
                 "truy tố", "điều tra", "lệnh bắt", "bị bắt giữ", "cải tạo", "hình sự", "trốn thuế", "rửa tiền",
                 "lừa đảo", "chiếm đoạt", "gây tai nạn", "tai nạn giao thông", "vi phạm", "xử phạt", "phạt nguội",
                 "bạo lực", "hành hung", "cưỡng đoạt", "buôn lậu", "hối lộ", "tham ô", "cố ý gây thương tích",
                 "giết người", "hiếp dâm", "xâm hại", "bị kiện", "khởi kiện", "đi trại", "trại giam",
                 "criminal record", "arrested", "convicted", "police", "assaulted", "assault", "robbed",
                 "raped", "stabbed", "beaten up", "prison", "jail"),
    "political_religious": ("quan điểm chính trị", "đảng viên", "kết nạp đảng", "chi bộ", "tôn giáo", "theo đạo",
                            "tín ngưỡng", "công giáo", "phật giáo", "hồi giáo", "tin lành", "cao đài", "hòa hảo",
                            "đi lễ", "nhà thờ", "đi chùa", "phật tử", "giáo dân", "linh mục", "rửa tội",
                            "xưng tội", "nhân chứng giê-hô-va", "đạo tin lành", "đạo phật", "đạo hồi", "ăn chay",
                            "vào đảng", "có đạo gì", "đạo gì", "theo đạo gì",
                            "biểu tình", "chính trị", "phản động", "đảng phái", "bầu cử", "religion", "church",
                            "buddhist", "catholic", "muslim"),
    "sex_life": ("đồng tính", "song tính", "xu hướng tính dục", "chuyển giới", "đời sống tình dục", "lgbt",
                 "quan hệ tình dục", "tình dục", "bao cao su", "bạn tình", "bisexual", "lesbian", "đồng tính nam",
                 "đồng tính nữ", "bê đê", "pê đê", "lgbtq", "xác định giới tính",
                 "chuyển đổi giới tính", "thuốc tránh thai", "tránh thai", "ngoại tình", "mại dâm", "thủ dâm",
                 "người tình", "gái gọi"),
    "ethnicity": ("dân tộc thiểu số", "nguồn gốc dân tộc", "sắc tộc"),
    "genetic": ("di truyền", "xét nghiệm gen", "genetic"),
    "location_realtime": ("vị trí hiện tại", "định vị", "tọa độ gps", "gps", "đang ở đâu", "vị trí của tôi",
                          "vị trí thời gian thực", "đang ở", "live location", "ở đâu lúc này", "đang đỗ",
                          "đỗ ở đâu", "vị trí", "theo dõi vị trí", "định vị điện thoại", "chỗ ở hiện tại",
                          "đang trốn", "lộ trình", "hành trình", "location", "where is",
                          # where someone is now, or that someone follows them
                          "hiện ở", "hiện đang ở", "theo dõi tôi", "theo dõi em", "theo dõi mình", "bám theo"),
}

# Without diacritics these collide with everyday words ("dau" is also "where", "oil" and "head";
# "ho" is also "they"; "om" is also "hug"; "no" is "no" and "full"; "mo" is "mở", "open"), so they are
# matched folded only in the phrases of FOLDED_PHRASES.
_CORE_AMBIGUOUS = frozenset({"dau", "ho", "om", "luong", "benh", "thuoc", "viem", "non", "no", "mo", "vay",
                              "liet", "gay", "hen", "lau", "nhiem", "lo au", "cong giao", "di tu", "tiem", "soi",
                              "cum", "de", "thai", "mu", "u", "lao", "bong", "sinh", "dao", "dang", "les",
                              "quan he", "an chay", "vi tri", "tai san", "tro cap", "bank", "tai nan", "down",
                              "sex", "nao", "sinh con", "chinh tri", "dieu tra", "o cu", "sau sinh"})

_CORE_FOLDED_PHRASES: dict[str, tuple[str, ...]] = {
    "health": ("bi benh", "kham benh", "benh vien", "dau bung", "dau dau", "dau nguc", "dau lung",
               "bi dau", "bi ho", "ho khan", "ho ra mau", "bi om", "uong thuoc", "don thuoc", "bi viem",
               "buon non", "nam liet", "bi liet", "bi gay", "gay tay", "gay chan", "bi hen", "bi nhiem",
               "nhiem hiv", "benh nhan", "mo phong ngua", "di mo", "phai mo", "tiem phong", "tiem vac",
               "mui tiem", "tiem mui", "bi soi", "benh soi", "bi cum", "cum a", "cum b", "sinh de",
               "de mo", "de thuong", "mang thai", "co thai", "thai ky", "bi mu", "mu mau", "khoi u",
               "u nao", "u vu", "u gan", "u phoi", "u xo", "bi u", "benh lao", "bi lao", "lao phoi",
               "bi bong", "vua sinh", "moi sinh", "sinh con", "sinh mo", "sau sinh", "o cu",
               "bi tai nan", "tai nan giao thong", "hoi chung down", "bi lau", "benh lau", "mac lau"),
    "finance": ("dang no", "bi no", "no xau", "vay no", "khoan no", "no tien", "vay tien", "di vay",
                "cho vay", "vay online", "vay app", "app vay", "khoan vay", "vay mua", "vay duoc",
                "luong toi", "luong cua", "tien tro cap", "tro cap that nghiep", "tai san"),
    "location_realtime": ("dang o", "vi tri hien tai", "vi tri cua", "o dau luc nay", "dang do o"),
    "political_religious": ("theo dao", "dao phat", "dao thien chua", "dao tin lanh", "dao hoi", "di le",
                            "dang vien", "vao dang", "an chay truong"),
    "sex_life": ("quan he tinh duc", "la les", "la gay", "dong tinh", "bao cao su"),
    "criminal": ("di tu", "ngoi tu", "o tu", "ra tu", "bi bat", "man han tu", "gay tai nan",
                 "bi cong an", "len cong an", "dieu tra vien", "bi dieu tra", "co quan dieu tra"),
}


# The wider vocabulary (privacy judgement v4): conditions, procedures, wards, legal steps and rites that
# people name when they disclose something, beyond the core list above.
_WIDER: dict[str, tuple[str, ...]] = {
    "health": (
        # newborns, pregnancy and birth
        "vàng da", "sơ sinh", "khoa sơ sinh", "lồng ấp", "sinh thường", "mổ đẻ", "đẻ mổ", "chuyển dạ", "vỡ ối",
        "động thai", "dọa sảy", "thai ngoài tử cung", "que thử thai", "trễ kinh", "chậm kinh", "rong kinh",
        "hậu sản", "tắc tia sữa", "trầm cảm sau sinh", "nạo hút thai", "đình chỉ thai", "tiền mãn kinh",
        "có bầu", "mang bầu", "bầu bí", "ốm nghén", "dưỡng thai", "tiểu đường thai kỳ",
        # operations and care
        "ruột thừa", "mổ ruột thừa", "cắt ruột thừa", "túi mật", "cắt túi mật", "sỏi thận", "sỏi mật",
        "gây mê", "gây tê", "vết mổ", "khâu vết thương", "cắt chỉ", "bó bột", "nẹp vít", "thay khớp", "ghép tủy",
        "chạy thận nhân tạo",
        "điều trị nội trú", "ngoại trú", "chăm sóc giảm nhẹ", "di căn", "giai đoạn cuối", "u ác", "u lành",
        "hóa chất", "tia xạ", "nằm khoa", "nằm hồi sức", "thở máy", "thở oxy", "truyền dịch", "truyền nước",
        "nghỉ ốm", "ốm đau", "giấy nghỉ ốm", "giấy ra viện", "giấy chuyển viện", "tóm tắt bệnh án",
        # conditions
        "men gan", "gan nhiễm mỡ", "mỡ máu", "cholesterol", "tiền đình", "rối loạn tiền đình", "đau nửa đầu",
        "thiếu máu", "huyết khối", "suy giáp", "cường giáp", "bướu cổ", "tuyến giáp", "basedow", "lupus",
        "vảy nến", "viêm da", "nấm da", "ghẻ", "zona", "giời leo", "sốt phát ban", "sốt virus", "ho gà",
        "bạch hầu", "uốn ván", "bệnh dại", "chó cắn", "rắn cắn", "rubella", "viêm màng não", "hen suyễn",
        "suyễn", "copd", "phế quản", "viêm phế quản", "tràn dịch", "viêm xoang", "viêm tai", "viêm họng",
        "amidan", "trào ngược", "dạ dày", "loét dạ dày", "đại tràng", "trĩ", "táo bón", "kiết lỵ",
        "thương hàn", "giun sán", "suy gan", "tiểu buốt", "tiểu ra máu", "tiền liệt tuyến", "sa tử cung",
        "u nang", "buồng trứng đa nang", "lạc nội mạc", "loãng xương", "thoái hóa", "cột sống", "đĩa đệm",
        "viêm khớp", "thấp khớp", "bong gân", "trật khớp", "gãy xương", "nứt xương", "liệt nửa người",
        "hôn mê", "sống thực vật", "ngưng tim", "ngừng thở", "tức ngực", "hồi hộp", "rối loạn nhịp tim",
        "hở van tim", "tim bẩm sinh", "cao huyết áp", "tăng huyết áp", "tụt huyết áp", "hạ huyết áp",
        "đường huyết", "hạ đường huyết", "đái tháo đường", "suy dinh dưỡng", "biếng ăn", "ngưng thở khi ngủ",
        "hoang tưởng", "ảo giác", "tâm thần phân liệt", "lưỡng cực", "rối loạn lưỡng cực", "ocd", "adhd",
        "chậm phát triển", "chậm nói", "sứt môi", "hở hàm ếch", "cận thị", "loạn thị", "viễn thị",
        "đục thủy tinh thể", "cườm nước", "tăng nhãn áp", "mổ mắt", "nhổ răng", "sâu răng", "viêm lợi",
        "tủy răng", "ù tai", "nghe kém", "máy trợ thính", "nói lắp", "liệt mặt", "méo miệng", "sốt cao",
        "sốt co giật", "ngộ độc thực phẩm", "say nắng", "sốc phản vệ", "phản vệ", "mề đay", "nổi mề đay",
        "phát ban", "nổi mẩn", "vết thương", "cắt cụt", "chân giả", "xe lăn", "bại liệt", "teo cơ",
        "arv", "thuốc arv", "phơi nhiễm", "ung thư vú", "ung thư phổi", "ung thư cổ tử cung",
        "ung thư đại tràng", "ung thư dạ dày", "ung thư vòm họng", "ung thư gan", "cai thuốc lá", "cai rượu",
        "nhiễm độc", "sốt rét", "dengue", "viêm ruột thừa", "đau bụng", "đau đầu", "đau lưng", "tiêu hóa",
        "nôn ói", "ói mửa", "buồn nôn", "khó nuốt", "ho ra máu", "khạc đờm", "sổ mũi", "nghẹt mũi",
        "chảy mủ", "sưng tấy", "bầm tím", "co rút", "tê bì", "tê tay", "run tay", "yếu sinh lý",
        "rối loạn cương dương", "liệt dương", "vô kinh", "khí hư", "huyết trắng", "nhiễm nấm", "bệnh tim",
        "bệnh gan", "bệnh thận", "bệnh phổi", "bệnh nền", "tiền sử bệnh", "dị ứng thuốc",
        "viêm gan b", "viêm gan c", "men gan cao", "hiv+", "dương tính", "kết quả dương tính",
        # a pregnancy test read, a tumour's nature, an old mind failing, a beating's bruises
        "hai vạch", "2 vạch", "thử que", "que thử", "ác tính", "bị lẫn", "lú lẫn", "lẩm cẩm", "thâm tím",
        "chưa có kinh", "không có kinh", "mất kinh", "có kinh",
        # a birth asked for or awaited: the mother's ("sản phụ … xin vào sinh dịch vụ", "chờ sinh ở khoa sản")
        "sản phụ", "vào sinh", "sinh dịch vụ", "đẻ dịch vụ", "chờ sinh", "sắp sinh", "dự sinh", "ngày dự sinh",
        "phòng sinh", "đi đẻ", "vượt cạn",
        # slang for a pregnancy ("dính bầu", "lỡ có bầu"), said of someone
        "dính bầu", "lỡ có bầu", "lỡ dính", "vỡ kế hoạch",
        # the asker's mind, said as it is felt ("mình không ổn chút nào")
        *(f"{me} không ổn" for me in ("tôi", "mình", "em", "tui", "tớ", "con", "cháu")),
        "không ổn chút nào", "thấy không ổn", "suy sụp", "kiệt sức", "muốn biến mất", "muốn buông xuôi",
    ),
    "finance": (
        "khoản nợ", "trả nợ", "nợ nần", "vay nặng lãi", "vay tín chấp", "vay thế chấp", "nợ thẻ", "dư nợ",
        "hạn mức", "số tài khoản", "stk", "chuyển nhầm", "chuyển tiền", "nhận tiền",
        "hack tài khoản", "khóa tài khoản", "khóa thẻ", "nuốt thẻ", "bảng lương", "sổ đỏ", "cầm đồ",
        # a pawn and its redemption: money owed by one person
        "cầm xe", "cầm cố", "cầm sổ", "cầm sổ đỏ", "chuộc đồ", "chuộc xe", "chuộc lại", "tiền chuộc", "đồ cầm",
        "nợ thuế", "truy thu thuế", "quyết toán thuế", "chứng khoán", "cổ phiếu", "tiền ảo", "bitcoin",
        "crypto", "thua lỗ", "tiền gửi", "gửi tiết kiệm", "rút tiết kiệm", "lãi suất", "internet banking",
        "mobile banking", "smart banking", "ví momo", "tiền trong tài khoản", "trừ tiền",
        "tiền lương", "nhận lương", "bị nợ", "đòi nợ", "nợ lương", "vỡ hụi", "chơi hụi", "hụi",
        # social insurance paid out: money of one person
        "rút bhxh", "bhxh một lần", "rút bảo hiểm xã hội", "bảo hiểm xã hội một lần", "rút sổ bhxh",
        "chốt sổ bhxh", "chế độ thai sản", "chế độ ốm đau", "tiền thai sản", "tiền bảo hiểm",
        # a debt skipped or collected by harassment ("vay 5 app bùng hết", "bị khủng bố điện thoại", "bị gọi
        # điện cho danh bạ"): the borrower's
        "bùng nợ", "bùng app", "bùng hết", "bùng tiền", "khủng bố điện thoại", "khủng bố tin nhắn",
        "gọi cho danh bạ", "gọi điện cho danh bạ", "nhắn tin cho danh bạ", "đòi nợ thuê", "bị siết nợ",
        "vỡ nợ", "trả góp", "nợ app", "app vay", "vay app", "tín dụng đen",
    ),
    "criminal": (
        "bảo lãnh tại ngoại", "tại ngoại", "đặc xá", "ân xá", "quản chế", "nghi phạm", "bị can", "bị cáo",
        "bị hại", "tống tiền", "quấy rối", "bạo hành", "bạo lực gia đình", "phạm nhân", "tù nhân", "tạm tha",
        "truy cứu", "thi hành án", "trại cai nghiện", "cai nghiện bắt buộc", "vào tù", "ở tù", "bị giam",
        "lệnh truy nã", "cá độ", "đánh đề", "lô đề", "buôn bán ma túy", "tàng trữ", "nồng độ cồn",
        "tước bằng", "tạm giữ xe", "đánh người", "gây thương tích", "cướp giật", "móc túi", "ăn trộm",
        "ăn cắp", "trộm", "tội danh", "án phạt", "phạt tù", "cải tạo không giam giữ", "xóa án tích",
        "tội phạm", "phạm pháp", "vượt ngục", "trốn truy nã", "đầu thú",
        "trại tạm giam", "nhà tạm giữ", "bị triệu tập", "giấy triệu tập", "lấy lời khai", "làm việc với công an",
        "đơn tố cáo", "bị tố cáo", "bị kiện", "hầu tòa", "ra tòa", "phiên tòa", "kháng cáo", "án chung thân",
        "tử hình", "ngồi tù", "bị khởi tố", "truy tố",
        # drug rehab, a collision, an account taken over: events of a person the asker names
        "đi cai nghiện", "cai nghiện ma túy", "trung tâm cai nghiện", "tông xe", "bị tông", "đâm xe", "bị hack",
        "kẻ gian", "bị lừa đảo", "bị chiếm đoạt",
        # a beating at home
        "bị đánh", "đánh đập", "đánh vợ", "đánh con", "đánh chồng",
    ),
    "political_religious": (
        "quy y", "xuất gia", "mục sư", "cha xứ", "giáo xứ", "giáo phận", "thánh lễ", "niệm phật", "bỏ đạo",
        "cải đạo", "đạo công giáo", "đạo thiên chúa", "thiên chúa giáo", "đạo mẫu", "tín đồ", "giáo lý",
        "theo đạo", "đi nhà thờ", "lễ nhà thờ", "tu sĩ", "ni cô", "sư thầy", "thầy cúng", "đạo tin lành",
        "hội thánh", "giáo hội", "chính kiến", "bất đồng chính kiến", "nhà hoạt động", "dân chủ",
        # a political view said or shown at a meeting of a party cell or a study of the party's resolutions
        "phát biểu phản đối", "phản đối nghị quyết", "học nghị quyết", "học tập nghị quyết", "quán triệt nghị quyết",
        "bỏ phiếu chống", "bỏ phiếu phản đối", "ký kiến nghị", "ký đơn kiến nghị", "chống đối",
        "nhân quyền", "phật giáo hòa hảo", "bà la môn", "đạo cao đài", "thánh thất", "giáo đường",
        "thánh đường", "kinh thánh", "kinh qur'an", "ramadan",
        # retreats and rites a person takes part in
        "khóa tu", "khoá tu", "tu tập", "tu học", "tu viện", "cầu nguyện", "hành hương", "tụng kinh", "đọc kinh",
        "cầu siêu", "lễ chùa", "đức tin", "lễ rửa tội", "chịu phép rửa", "baptism", "baptized",
        "baptised", "prayer", "monastery",
        # the name a faith gives a person: a Buddhist's dharma name, a Catholic's saint's name
        "pháp danh", "pháp hiệu", "tên thánh", "quy y",
    ),
    "sex_life": (
        "ảnh nóng", "clip nóng", "khỏa thân", "quấy rối tình dục", "xâm hại tình dục", "cưỡng hiếp",
        "tình một đêm", "gái gọi", "bán dâm", "mua dâm", "đồng giới", "kết hôn đồng giới", "queer",
        "transgender", "xu hướng tính dục", "bạn tình", "quan hệ đồng giới", "come out", "công khai giới tính",
        # the loanwords, unmarked in a sentence typed with diacritics ("anh bảo vệ có phải gay không?"): folded they
        # are "gãy", "gây" (``_CORE_AMBIGUOUS``), so only a marked sentence reads them
        "gay", "les", "bóng lộ", "bóng kín", "bê-đê",
    ),
    "biometric": ("dấu vân tay", "lăn tay", "chữ ký sinh trắc", "ảnh khuôn mặt"),
    "location_realtime": ("đang ở nhà", "ở đâu bây giờ", "đang đi đâu", "vị trí điện thoại", "đi lạc", "bị lạc",
                          "đang lạc", "lạc mất", "mất tích", "bỏ nhà đi", "đang đứng ở", "đang ngồi ở",
                          "đang chờ ở", "đang trốn ở",
                          # aboard a vehicle now, said by its passenger
                          "đang trên xe", "đang trên chuyến", "đang trên tàu", "đang trên máy bay",
                          # where the asker waits now, to be fetched ("đang ngồi trên xe…, ra đón tôi")
                          "đang ngồi trên", "đang ngồi tại", "đang đứng trước", "đang đứng tại", "đang đứng trên",
                          "đang đợi ở", "đang đợi tại", "đang đợi trước", "đang chờ tại", "đang chờ trước",
                          "đang kẹt ở", "đang mắc kẹt", "bị kẹt ở", "đỗ ở cổng",
                          *(f"{come} đón {me}" for come in ("ra", "đến", "tới", "qua", "xuống", "lên")
                            for me in ("tôi", "em", "mình", "tui", "con", "cháu"))),
}
# English: the product's second language. Words chosen not to be a folded Vietnamese word ("gay" is "gãy",
# "loan" a given name, "can" is "cần"), so they are read in any text.
_ENGLISH: dict[str, tuple[str, ...]] = {
    "health": (
        "diagnosed", "diagnosis", "cancer", "tumor", "tumour", "chemotherapy", "chemo", "radiotherapy", "hiv",
        "aids", "autism", "autistic", "adhd", "depression", "depressed", "anxiety", "panic attacks", "bipolar",
        "schizophrenia", "dementia", "alzheimer", "parkinson", "stroke", "heart attack", "heart disease",
        "hypertension", "high blood pressure", "diabetes", "diabetic", "asthma", "epilepsy", "seizures",
        "hepatitis", "tuberculosis", "pneumonia", "covid", "influenza", "fever", "cough", "migraine",
        "miscarriage", "abortion", "pregnant", "pregnancy", "infertility", "ivf", "dialysis", "kidney failure",
        "liver failure", "cirrhosis", "surgery", "appendicitis", "jaundice", "gout", "arthritis",
        "disability", "disabled", "paralysed", "paralyzed", "wheelchair", "blind in", "deaf", "injury",
        "injured", "fracture", "broken leg", "broken arm", "burns", "poisoning", "overdose", "addiction",
        "addicted", "rehab", "rehabilitation", "suicide", "suicidal", "self-harm", "self harm", "mental illness",
        "mental health", "psychiatric", "psychiatrist", "therapy", "antidepressant", "antidepressants",
        "sertraline", "insulin", "medication", "prescription", "treatment", "illness", "disease", "sick",
        "symptoms", "allergy", "allergic", "hospitalised", "hospitalized", "admitted to hospital", "icu",
        "intensive care", "emergency room", "in hospital", "std", "sti", "syphilis", "gonorrhea", "chlamydia",
        "herpes", "hpv", "biopsy", "mri", "ct scan", "x-ray", "blood test", "test results", "obesity",
        "eating disorder", "anorexia", "bulimia", "postpartum", "chronic", "terminal",
        "hep b", "hep c", "hepatitis b", "hepatitis c", "hiv+", "hiv positive", "positive for", "tested positive",
        "on arv", "antiretroviral", "addict", "alcoholic",
        # a patient's record, in English as in Vietnamese ("bệnh nhân" is a health word there too)
        "patient", "patients", "pt.", "dx", "admitted", "admission", "discharged", "discharge summary",
        "medical record", "medical records", "lab results", "lab result", "knee replacement", "hip replacement",
        "joint replacement", "operation", "operated on", "withdrawal", "stage i", "stage ii", "stage iii",
        "stage iv", "follow-up", "check-up", "checkup", "prenatal", "antenatal", "miscarried", "chest pain",
        "blood pressure", "blood sugar", "kidney", "liver", "heart failure", "transplant", "vaccinated",
        "vaccination", "hiv test", "std test", "pregnancy test", "pap smear", "pap test", "smear test",
    ),
    "finance": (
        "debt", "debts", "in debt", "owes", "owe", "bank loan", "home loan", "student loan", "personal loan",
        "a loan", "loans", "mortgage", "overdraft", "overdue", "bankrupt", "bankruptcy", "credit card",
        "debit card", "credit score", "credit history", "account balance", "bank account", "bank statement",
        "salary", "income", "wages", "tax return", "tax debt", "savings", "frozen account", "account was frozen",
        "tax code", "tax id", "tax number", "tax refund", "income tax", "personal income tax", "pit refund",
        "tax finalization", "tax finalisation",
        "pin code", "otp", "loan shark", "gambling debts", "insolvent", "repossessed",
        "paycheck", "payslip", "pension", "unpaid", "owed", "late payment", "credit limit", "my deposit",
        "security deposit",
    ),
    "criminal": (
        "arrested", "arrest", "detained", "in custody", "prison", "jail", "jailed", "imprisoned", "convicted",
        "conviction", "criminal record", "charged with", "prosecuted", "prosecution", "indicted", "on trial",
        "sentenced", "probation", "parole", "released from prison", "drug possession", "drug dealing",
        "fraud", "embezzlement", "theft", "stealing", "assault", "police custody", "wanted by police",
        "under investigation", "investigated by police", "lawsuit against", "criminal complaint", "criminal case",
        "criminal charges", "hit and run", "hit-and-run",
        "stolen", "robbed", "robbery", "burglary", "burgled", "mugged", "victim of", "police report",
        "restraining order", "domestic violence", "abuse", "abused", "fined", "speeding ticket", "drunk driving",
        "dui", "court case", "court hearing", "summons", "hit and run", "hit-and-run", "hacked", "scammed",
        # "drugs" alone is also medicine ("Which drugs are covered by health insurance?")
        "deals drugs", "drug dealer", "dealing drugs", "sells drugs", "selling drugs", "illegal drugs",
        "marijuana", "sells weed", "selling weed", "deals weed", "ketamine",
        "doing drugs", "on drugs", "meth", "heroin", "cocaine",
    ),
    "political_religious": (
        "religion", "religious", "catholic", "buddhist", "christian", "protestant", "muslim", "islam", "hindu",
        "atheist", "church", "mosque", "pagoda", "temple", "converted", "party member", "communist party",
        "political views", "politics", "protest", "protests", "dissident", "activist", "petition",
    ),
    "sex_life": (
        "is gay", "am gay", "are gay", "i'm gay", "im gay", "i’m gay", "gay man", "gay couple", "lesbian",
        "he's gay", "he’s gay", "she's gay", "she’s gay", "hes gay", "he's a lesbian", "she's a lesbian",
        "bisexual", "transgender", "queer",
        "trans woman", "trans man", "trans girl", "trans guy", "transwoman", "transman", "non-binary", "nonbinary",
        "gender identity", "came out", "coming out", "outed me", "outed him", "outed her", "same-sex",
        "lgbt", "lgbtq", "sexual orientation", "sex life",
        "sexual", "affair", "cheating on", "sexually", "contraception", "condom", "morning-after pill",
    ),
    "biometric": ("fingerprint", "fingerprints", "face id", "facial recognition", "iris scan", "retina scan",
                  "voiceprint", "biometric", "biometrics"),
    "genetic": ("dna test", "genetic test", "genetic testing", "genome", "hereditary", "gene mutation"),
    "location_realtime": ("where is he now", "where is she now", "current location", "live location",
                          "whereabouts", "track his phone", "track her phone", "gps location", "is right now",
                          "are right now", "where he is", "where she is", "where they are", "got lost",
                          "is missing", "went missing", "location of", "pick me up", "come get me",
                          "i'm waiting at", "i am waiting at", "i'm waiting outside", "i am waiting outside",
                          # the asker placed now ("I am currently at…", "I'm stuck at…", "I'm on the bus…")
                          *(f"{me} {now} {where}" for me in ("i am", "i'm", "im", "we are", "we're")
                            for now in ("currently", "now", "stuck")
                            for where in ("at", "in", "near", "outside", "on")),
                          *(f"{me} on the {vehicle}" for me in ("i am", "i'm", "im", "we are", "we're")
                            for vehicle in ("bus", "train", "plane", "ferry", "boat", "coach"))),
}
# Folded forms of the wider vocabulary that are also everyday words ("nam" is "nấm", fungus, and "năm", year;
# "tri" is "trĩ" and "trị"; "trom" alone is safe, "an trom" too).
_WIDER_AMBIGUOUS = frozenset({"ghe", "tri", "hui", "sot cao", "ho ga",
                              "phan ve", "hoi hop", "thoai hoa", "tai ngoai", "bi tru", "tru tien", "bi giam",
                              "tu nhan", "de mo", "mo de", "co bau", "nhan tien",
                              "chuyen tien", "lai suat", "tien gui", "u lanh", "u ac", "truyen nuoc",
                              "ngoai tru", "khoa the", "tho may", "dan chu", "cat chi",
                              # "khoa tư", "tụ tập", "tự học", "bí danh", "cổ kính"
                              "khoa tu", "tu tap", "tu hoc", "bi danh", "co kinh",
                              # "đổi tên thành", "quý ý kiến": a saint's name and taking refuge only when marked
                              "ten thanh", "quy y",
                              # "cấm xe", "cấm sổ": forbidding, folded
                              "cam xe", "cam so"})
# Folded phrases of the wider vocabulary that read one way only.
_WIDER_FOLDED_PHRASES: dict[str, tuple[str, ...]] = {
    "health": ("om dau", "nghi om", "bi sot", "sot cao", "bi ho ga", "mo ruot thua", "cat ruot thua", "mo de",
               "de mo", "co bau", "dang bau", "mang bau", "u lanh", "u ac", "truyen nuoc", "tho may",
               "dieu tri ngoai tru", "kham ngoai tru", "bi tri", "benh tri", "bi ghe", "bi nam", "hoi hop tim",
               "chua co kinh", "khong co kinh", "chua thay kinh",
               # pregnancy slang typed bare ("e dinh bau r", "lo co bau")
               "dinh bau", "lo co bau", "lo dinh bau", "co bau roi", "bau r", "co bau r"),
    "finance": ("chuyen tien", "nhan tien", "lai suat", "tien gui", "bi tru tien", "tru tien",
                "khoa the", "choi hui", "vo hui", "dong hui",
                # loans from apps counted, skipped, collected by harassment, typed bare
                *(f"vay {n} app" for n in ("2", "3", "4", "5", "6", "7", "8", "9", "10", "vai", "may", "nhieu")),
                "bung no", "bung app", "bung het", "bi khung bo", "khung bo dien thoai", "khung bo tin nhan"),
    "criminal": ("bi giam", "tu nhan", "ly lich tu phap", "tham gap phap nhan", "tham nuoi pham nhan",
                 "tai ngoai", "bao lanh tai ngoai", "bi tam giam", "di cai nghien", "cai nghien ma tuy",
                 "trung tam cai nghien", "tong xe", "bi tong", "bi hack", "ke gian", "bi lua dao",
                 "cong an phuong", "cong an xa", "cong an quan", "cong an huyen", "o cong an"),
    "political_religious": ("di chua", "len chua", "theo dao", "bo dao", "cai dao", "vao dang", "ket nap dang",
                            "dang vien", "dan chu", "dao cong giao", "dao thien chua", "di nha tho",
                            "phat bieu phan doi", "phan doi nghi quyet", "hoc nghi quyet", "hoc tap nghi quyet",
                            "quan triet nghi quyet", "bo phieu chong", "ky kien nghi", "chong doi",
                            "khoa tu mua he", "di khoa tu", "dang ky khoa tu", "tham gia khoa tu", "di tu tap o chua"),
}

# Words next to a sensitive topic without naming one: a setting, a body part, money, a rite. Matched with
# their diacritics, and folded when the folded form is not an everyday word.
POSSIBLE: dict[str, tuple[str, ...]] = {
    "health": (
        "bệnh viện", "phòng khám", "trạm y tế", "y tế", "bác sĩ", "y tá", "điều dưỡng", "hộ lý", "bhyt",
        "bảo hiểm y tế", "thẻ bảo hiểm", "sức khỏe", "sức khoẻ", "sổ khám", "khoa", "nằm", "mệt", "khỏe",
        "khoẻ", "phổi", "thận", "ruột", "bụng", "ngực", "mắt", "răng", "họng", "mũi", "xương", "khớp", "lưng",
        "máu", "nước tiểu", "ngứa", "sưng", "ói", "bầu", "cân nặng", "huyết", "nhịp tim", "nhà thuốc",
        "hiệu thuốc", "viện phí", "tiền viện", "chi phí điều trị", "thăm bệnh", "người bệnh", "giường",
        "buồng bệnh", "phòng bệnh", "hồ sơ sức khỏe", "tuổi thai", "tuần thai", "uống", "thăm nuôi",
        "clinic", "hospital", "doctor", "nurse", "medicine", "pills", "blood", "donate blood", "health",
        "medical", "checkup", "check-up", "health check", "sick leave",
    ),
    "finance": (
        "tiền", "triệu", "tỷ", "nghìn", "tài khoản", "tk", "thẻ", "chuyển khoản", "lãi", "hóa đơn",
        "đóng tiền", "nộp tiền", "mất tiền", "ngân hàng", "vietcombank", "techcombank", "bidv",
        "agribank", "vietinbank", "mb bank", "mbbank", "acb", "tpbank", "vpbank", "sacombank", "zalopay",
        "shopeepay", "napas", "visa", "mastercard", "nạp tiền",
        "bao nhiêu tiền", "được bao nhiêu", "rút tiền", "money", "account", "payment", "bank",
        # an insurance contract and whom it pays: a person's money once their identifier is beside it
        "hợp đồng bảo hiểm", "người thụ hưởng", "beneficiary", "insurance policy",
        # what an agent sells a person: their money put in a product, once the agent's or their number is beside it
        "bảo hiểm", "đại lý bảo hiểm", "gói đầu tư", "đầu tư", "chứng khoán", "cổ phiếu", "insurance", "investment",
    ),
    "criminal": (
        "tòa", "toà", "luật sư", "phạt", "tù", "kiện", "tranh chấp", "đánh nhau", "mất cắp", "cướp",
        "camera", "đồn", "giam", "bồi thường", "hòa giải", "trại", "lừa", "đe dọa", "dọa", "đòi nợ",
        "biên bản", "giữ xe", "tai nạn", "va chạm", "đâm", "chém", "đánh người", "thăm gặp", "thăm nuôi",
        "police", "court", "lawyer",
    ),
    "political_religious": (
        "chùa", "đạo", "cúng", "thờ cúng", "phật", "chúa", "miếu", "nhà thờ", "thánh", "đảng", "chính quyền",
        "biểu tình", "nhà sư", "sư cô",
    ),
    "sex_life": ("người yêu", "bạn trai", "bạn gái", "yêu", "giới tính", "quan hệ", "tình cảm", "hẹn hò",
                 "nhạy cảm", "clip", "ngủ với", "qua đêm", "nhà nghỉ", "chở gái", "dẫn gái", "gái lạ", "gái gú",
                 "cặp bồ", "bồ nhí", "nhân tình", "khách sạn"),
    "location_realtime": ("đang ở", "lúc này", "bây giờ", "hiện giờ", "nhà ga", "bến xe", "sân bay", "ngã tư",
                          "right now", "where", "at the moment", "currently", "now"),
}
# Folded forms of these that are everyday words ("da" is "đã", "tai" is "tại", "tim" is "tìm", "the" is "thế"):
# matched only with their diacritics.
POSSIBLE_COLLIDES = frozenset({
    "da", "tai", "co", "mat", "tim", "tay", "than", "gan", "cam", "dau", "vang", "nam", "yeu", "khoe", "chan",
    "mach", "phan", "bau", "mui", "rang", "hong", "lung", "xuong", "mau", "ngua", "sung", "oi", "khoa", "uong",
    "trai", "lua", "an", "toi", "toa", "tu", "phat", "bat", "kien", "don", "giam", "doa", "danh", "dam", "chem",
    "le", "cung", "tho", "kinh", "chua", "su", "den", "mieu", "giao", "thanh", "dang", "hoi", "the", "vi",
    "lai", "phi", "tra", "tien", "ty", "nghin", "khoan", "sim", "visa", "anh", "yeu", "o dau", "di dau",
    "bay gio", "luc nay", "dang o", "ket qua", "xu ly", "trieu", "tk", "mo", "om", "ho", "sot", "thuoc",
    "huyet", "tiem", "bat", "cuop",
})
# Ambiguous folded words that are too common to be a doubt at all ("de" is "để", so that; "dang" is "đang",
# -ing; "vay" ends questions; "nao" is "nào", which).
EVERYDAY_FOLDED = frozenset({"de", "dang", "nao", "vay", "u", "sinh", "thai", "dau", "hen", "lao", "nam", "tri",
                             "khau", "dao", "chua", "lau", "bong", "gay", "bank", "down", "les", "sex"})
# Folded phrases in which an ambiguous word is an everyday one: removed before doubts are read.
NOT_DOUBT_FOLDED = (
    "ho ten", "ho va ten", "ho so", "ho chieu", "ho khau", "ho tro", "ho gia dinh", "chu ho", "ho ngheo",
    "ho kinh doanh", "ho ngheo", "mo cua", "mo tai khoan", "mo the", "mo app", "mo lai", "mo khoa", "om hon",
    "no luc", "ngay sinh", "nam sinh", "sinh vien", "hoc sinh", "sinh nhat", "khai sinh", "giay khai sinh",
    "no rang", "thuoc ve", "thuoc dien", "thuoc tinh", "thuoc quan", "thuoc huyen", "thuoc phuong",
    "thuoc xa", "thuoc ve", "luong thuc", "so luong", "chat luong", "luong tam", "tiem nang", "tiem kiem",
    "viem mu", "co mo", "dieu tra dan so",
)


# Everyday compounds that hold a sensitive phrase ("có kinh nghiệm" holds "có kinh", "bị đánh giá" holds "bị đánh",
# "đè 2 vạch kẻ đường" holds "2 vạch"): blanked before topics are read. Folded; none is sensitive itself.
EVERYDAY_COMPOUNDS = (
    "kinh nghiem", "kinh doanh", "kinh phi", "kinh te", "kinh dien", "danh gia", "danh thue", "danh truot",
    "danh dau", "danh may", "danh rang", "danh so", "danh thuc", "bi lan voi", "bi lan vao", "bi lan lon",
    "vach ke", "vach ke duong", "vach son", "dang dung truoc nguy co", "dung truoc nguy co", "dung truoc thach thuc",
)


# Visiting a patient, named by the visitor: "tôi có được vào thăm người bệnh sau 8 giờ không?". The asker who
# says it discloses no condition of their own: these are taken out before the asker's own topics are read
# (``categories.asker_topics``). Only visits: "đi khám", "lịch khám", "mở tài khoản ngân hàng" said by the asker
# are about the asker's health or money. Matched folded: none is an everyday word.
VISITS = ("thăm người bệnh", "thăm bệnh nhân", "thăm bệnh", "vào thăm", "vào thăm người bệnh", "vào thăm bệnh nhân",
          "vào thăm bệnh", "thăm nuôi", "người nhà bệnh nhân",
          "người nhà người bệnh", "nuôi bệnh", "chăm bệnh", "người chăm bệnh", "giờ thăm",
          # a queue ticket says where one waits, not what one has
          "số thứ tự khám", "số phiếu khám", "phiếu khám", "lượt khám", "tới lượt khám")


def _joined(*parts: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    kinds = dict.fromkeys(kind for part in parts for kind in part)
    return {kind: tuple(dict.fromkeys(word for part in parts for word in part.get(kind, ()))) for kind in kinds}


SENSITIVE = _joined(_CORE, _WIDER, _ENGLISH)
AMBIGUOUS_FOLDED = _CORE_AMBIGUOUS | _WIDER_AMBIGUOUS
FOLDED_PHRASES = _joined(_CORE_FOLDED_PHRASES, _WIDER_FOLDED_PHRASES)
