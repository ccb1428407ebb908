"""Which categories of personal data a request carries (Decree 13/2023, Law 91/2025), from three facts.

* the sensitive **topics** its words speak of (health, finance, biometrics, criminal records,
  political or religious views, sex life, ethnicity, genetics, real-time location), whoever they are about;
* whether it is about a concrete **person** (``facts.about``: the asker, a relative, a named person) or
  carries identifying values (the scanner's entities);
* ``sensitive_personal`` only when both hold: a topic about a concrete person, or a value that is
  sensitive by itself (bank account, card number).

``basic_personal`` when identifying values were found; ``public`` otherwise, topic or not: "Mấy giờ được
vào thăm người bệnh?" is public; "tôi bị đau ngực" is sensitive personal data.

The lexicon is matched on whole words, accented and folded forms together, so mixed typing ("so du
tai khoan ngan hang cua tôi") is read as well as either. Folded words that collide with everyday words
("dau" is "đau" *pain* and "đâu" *where*; "ho" is "ho" *cough* and "họ" *they*) are matched only with
their diacritics, or in folded phrases that cannot mean anything else ("bi ho", "dau bung").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from luytre.sovereignty.facts import NOBODY, about, glued_runs, readable
from luytre.text.cues import cue_pattern
from luytre.text.normalize import fold, normalize

PUBLIC, BASIC, SENSITIVE = "public", "basic_personal", "sensitive_personal"
CATEGORIES = (PUBLIC, BASIC, SENSITIVE)

SENSITIVE_ENTITIES = {"BANK_ACCOUNT": "finance", "CARD": "finance"}
PLACE_ENTITIES = frozenset({"ADDRESS"})

# Each phrase names a kind of sensitive data. Topic words alone make nothing personal, so the list
# may be broad: it matters when a concrete person is in the question too.
SENSITIVE_LEXICON: dict[str, tuple[str, ...]] = {
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
    ),
    "biometric": ("vân tay", "khuôn mặt", "mống mắt", "sinh trắc", "giọng nói", "adn", "dna", "fingerprint",
                  "face id", "biometric", "nhận diện khuôn mặt", "ảnh chân dung", "xác thực khuôn mặt", "ekyc",
                  "quét mặt", "xét nghiệm adn", "huyết thống", "giám định gen"),
    "criminal": ("tiền án", "tiền sự", "án tích", "phạm tội", "bị bắt", "tạm giam", "tạm giữ", "truy nã",
                 "lý lịch tư pháp", "đi tù", "ngồi tù", "mãn hạn tù", "ra tù", "án treo", "ma túy", "đánh bạc",
                 "trộm cắp", "vụ án", "báo công an", "tố giác", "tố cáo", "bỏ chạy", "khởi tố", "bị phong tỏa",
                 "công an", "cảnh sát", "kết án", "án tù", "tù treo", "tù giam", "bản án", "tòa án", "xét xử",
                 "truy tố", "điều tra", "lệnh bắt", "bị bắt giữ", "cải tạo", "hình sự", "trốn thuế", "rửa tiền",
                 "lừa đảo", "chiếm đoạt", "gây tai nạn", "tai nạn giao thông", "vi phạm", "xử phạt", "phạt nguội",
                 "bạo lực", "hành hung", "cưỡng đoạt", "buôn lậu", "hối lộ", "tham ô", "cố ý gây thương tích",
                 "giết người", "hiếp dâm", "xâm hại", "bị kiện", "khởi kiện", "đi trại", "trại giam",
                 "criminal record", "arrested", "convicted", "police"),
    "political_religious": ("quan điểm chính trị", "đảng viên", "kết nạp đảng", "chi bộ", "tôn giáo", "theo đạo",
                            "tín ngưỡng", "công giáo", "phật giáo", "hồi giáo", "tin lành", "cao đài", "hòa hảo",
                            "đi lễ", "nhà thờ", "đi chùa", "phật tử", "giáo dân", "linh mục", "rửa tội",
                            "xưng tội", "nhân chứng giê-hô-va", "đạo tin lành", "đạo phật", "đạo hồi", "ăn chay",
                            "vào đảng",
                            "biểu tình", "chính trị", "phản động", "đảng phái", "bầu cử", "religion", "church",
                            "buddhist", "catholic", "muslim"),
    "sex_life": ("đồng tính", "song tính", "xu hướng tính dục", "chuyển giới", "đời sống tình dục", "lgbt",
                 "quan hệ tình dục", "tình dục", "bao cao su", "bạn tình", "bisexual", "lesbian", "đồng tính nam",
                 "đồng tính nữ", "bê đê", "pê đê", "lgbtq", "xác định giới tính",
                 "chuyển đổi giới tính", "thuốc tránh thai", "tránh thai", "ngoại tình", "mại dâm"),
    "ethnicity": ("dân tộc thiểu số", "nguồn gốc dân tộc", "sắc tộc"),
    "genetic": ("di truyền", "xét nghiệm gen", "genetic"),
    "location_realtime": ("vị trí hiện tại", "định vị", "tọa độ gps", "gps", "đang ở đâu", "vị trí của tôi",
                          "vị trí thời gian thực", "đang ở", "live location", "ở đâu lúc này", "đang đỗ",
                          "đỗ ở đâu", "vị trí", "theo dõi vị trí", "định vị điện thoại", "chỗ ở hiện tại",
                          "đang trốn", "lộ trình", "hành trình", "location", "where is"),
}
# Without diacritics these collide with everyday words ("dau" is also "where", "oil" and "head";
# "ho" is also "they"; "om" is also "hug"; "no" is "no" and "full"; "mo" is "mở", "open"), so they are
# matched folded only in the phrases of _FOLDED_EXTRA.
AMBIGUOUS_FOLDED = frozenset({"dau", "ho", "om", "luong", "benh", "thuoc", "viem", "non", "no", "mo", "vay",
                              "liet", "gay", "hen", "lau", "nhiem", "lo au", "cong giao", "di tu", "tiem", "soi",
                              "cum", "de", "thai", "mu", "u", "lao", "bong", "sinh", "dao", "dang", "les",
                              "quan he", "an chay", "vi tri", "tai san", "tro cap", "bank", "tai nan", "down",
                              "sex", "nao", "sinh con", "chinh tri", "dieu tra", "o cu", "sau sinh"})
_MARKED = {kind: cue_pattern(normalize(w) for w in words) for kind, words in SENSITIVE_LEXICON.items()}
_FOLDED = {kind: cue_pattern(fold(w) for w in words if fold(w) not in AMBIGUOUS_FOLDED)
           for kind, words in SENSITIVE_LEXICON.items()}
_FOLDED_EXTRA = {
    "health": cue_pattern(("bi benh", "kham benh", "benh vien", "dau bung", "dau dau", "dau nguc", "dau lung",
                           "bi dau", "bi ho", "ho khan", "ho ra mau", "bi om", "uong thuoc", "don thuoc", "bi viem",
                           "buon non", "nam liet", "bi liet", "bi gay", "gay tay", "gay chan", "bi hen", "bi nhiem",
                           "nhiem hiv", "benh nhan", "mo phong ngua", "di mo", "phai mo", "tiem phong", "tiem vac",
                           "mui tiem", "tiem mui", "bi soi", "benh soi", "bi cum", "cum a", "cum b", "sinh de",
                           "de mo", "de thuong", "mang thai", "co thai", "thai ky", "bi mu", "mu mau", "khoi u",
                           "u nao", "u vu", "u gan", "u phoi", "u xo", "bi u", "benh lao", "bi lao", "lao phoi",
                           "bi bong", "vua sinh", "moi sinh", "sinh con", "sinh mo", "sau sinh", "o cu",
                           "bi tai nan", "tai nan giao thong", "hoi chung down")),
    "finance": cue_pattern(("dang no", "bi no", "no xau", "vay no", "khoan no", "no tien", "vay tien", "di vay",
                            "cho vay", "vay online", "vay app", "app vay", "khoan vay", "vay mua", "vay duoc",
                            "luong toi", "luong cua", "tien tro cap", "tro cap that nghiep", "tai san")),
    "location_realtime": cue_pattern(("dang o", "vi tri hien tai", "vi tri cua", "o dau luc nay", "dang do o")),
    "political_religious": cue_pattern(("theo dao", "dao phat", "dao thien chua", "dao tin lanh", "dao hoi", "di le",
                             "dang vien", "vao dang", "an chay truong")),
    "sex_life": cue_pattern(("quan he tinh duc", "la les", "la gay", "dong tinh", "bao cao su")),
    "criminal": cue_pattern(("di tu", "ngoi tu", "o tu", "ra tu", "bi bat", "man han tu", "gay tai nan",
                             "bi cong an", "len cong an", "dieu tra vien", "bi dieu tra", "co quan dieu tra")),
}


@dataclass(frozen=True)
class Categorization:
    categories: tuple[str, ...]  # ordered as CATEGORIES
    sensitive: tuple[str, ...]  # kinds of sensitive data about a concrete person, sorted
    topics: tuple[str, ...] = ()  # sensitive topics the words speak of, about anyone, sorted
    person: str = NOBODY  # who the text is about: nobody, the asker or another person
    lookup: bool = False  # asks to reveal another person's record with no sign of a right to it
    personal: bool = False  # an identified or identifiable person is in it: identifying values or a disclosure

    def to_dict(self) -> dict[str, Any]:
        return {"categories": list(self.categories), "sensitive": list(self.sensitive), "topics": list(self.topics),
                "about": self.person, "personal": self.personal, "third_party_lookup": self.lookup}


# The lexicon without spaces, for words typed without them ("bịnợxấu"): phrases of 5 letters or more only,
# the shorter ones are inside too many longer words.
_GLUED_MIN_LETTERS = 5
_GLUED_LEXICON = {kind: (frozenset(p for w in words if len(p := normalize(w).replace(" ", "")) >= _GLUED_MIN_LETTERS)
                         | frozenset(p for w in words if len(p := fold(w).replace(" ", "")) >= _GLUED_MIN_LETTERS
                                     and fold(w) not in AMBIGUOUS_FOLDED))
                  for kind, words in SENSITIVE_LEXICON.items()}


def _glued_topics(text: str) -> set[str]:
    found = set()
    for run in glued_runs(text):
        for form in {normalize(run), fold(run)}:
            found |= {kind for kind, phrases in _GLUED_LEXICON.items() if any(p in form for p in phrases)}
    return found


def sensitive_topics(text: str) -> set[str]:
    """Kinds of sensitive data the words of ``text`` speak of (accented and folded forms together; a format
    character read both as nothing and as a word break)."""
    found = set()
    for reading in {readable(text), readable(text, invisible=" ")}:
        marked, folded = normalize(reading), fold(reading)
        found |= {kind for kind, pattern in _MARKED.items() if pattern.search(marked)}
        found |= {kind for kind, pattern in (*_FOLDED.items(), *_FOLDED_EXTRA.items()) if pattern.search(folded)}
        found |= _glued_topics(reading)
    return found


def categorize(text: str, entity_types: Iterable[str]) -> Categorization:
    """The data categories of a request whose text is ``text`` and whose detected personal data has
    ``entity_types``. A street address alone identifies a place, not a person ("Bệnh viện ở 215 Hồng
    Bàng"): it is personal only in a question about someone ("nhà tôi ở 12 Lê Lợi")."""
    types = set(entity_types)
    identifying = types - PLACE_ENTITIES
    topics = sensitive_topics(text)
    who = about(text, names="PERSON" in types, identifiers=bool(identifying))
    if who.concrete:
        identifying = types
    valued = {SENSITIVE_ENTITIES[t] for t in types if t in SENSITIVE_ENTITIES}
    sensitive = (topics if who.concrete else set()) | valued
    return Categorization(_categories(bool(identifying), sensitive), tuple(sorted(sensitive)), tuple(sorted(topics)),
                          who.person, who.lookup and bool(topics | valued), who.concrete or bool(identifying))


def categorize_redacted(found: Categorization, redacted_text: str) -> Categorization:
    """What a redacted request still carries. Redaction hides identifying values, not what was said about
    their owner: the topics and sensitive kinds of the request as it was stay ("<CCCD_1> bị ung thư" is
    still sensitive personal data), and so does its person."""
    remaining = categorize(redacted_text, ())
    sensitive = set(found.sensitive) | set(remaining.sensitive)
    return Categorization(_categories(False, sensitive), tuple(sorted(sensitive)),
                          tuple(sorted(set(found.topics) | set(remaining.topics))), found.person,
                          found.lookup or remaining.lookup, found.personal)


def _categories(identifying: bool, sensitive: set[str]) -> tuple[str, ...]:
    found = {BASIC} if identifying else set()
    if sensitive:
        found.add(SENSITIVE)
    return tuple(c for c in CATEGORIES if c in found) or (PUBLIC,)
