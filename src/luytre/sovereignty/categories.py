"""Which categories of personal data a request carries (Decree 13/2023, Law 91/2025).

* ``basic_personal``: identifying data such as a name, date of birth, address,
  phone number, e-mail and ID, passport, tax, insurance and plate numbers.
* ``sensitive_personal``: data whose misuse harms the person directly. The
  entity types that are sensitive by themselves (bank accounts and payment
  cards) plus what the words of the request say: health, finance, biometrics,
  criminal record, political or religious views, sex life, ethnicity, genetics
  and real-time location.
* ``public``: neither.

The lexicon is matched on whole words, with diacritics when the text has them
and folded when it has none, so "benh tieu duong" and "bệnh tiểu đường" are
both health data while "ở đâu" (where) is not "đau" (pain).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from luytre.text.cues import cue_pattern
from luytre.text.normalize import fold, normalize

PUBLIC, BASIC, SENSITIVE = "public", "basic_personal", "sensitive_personal"
CATEGORIES = (PUBLIC, BASIC, SENSITIVE)

SENSITIVE_ENTITIES = {"BANK_ACCOUNT": "finance", "CARD": "finance"}

# Each phrase names a kind of sensitive data; kept to words that rarely mean anything else.
SENSITIVE_LEXICON: dict[str, tuple[str, ...]] = {
    "health": (
        "bệnh", "ốm", "đau", "sốt", "ho", "khó thở", "nôn", "tiêu chảy", "chóng mặt", "ngất", "co giật",
        "chảy máu", "xuất huyết", "ung thư", "hiv", "aids", "tiểu đường", "huyết áp", "tim mạch", "đột quỵ",
        "mang thai", "có thai", "sinh non", "sảy thai", "phá thai", "trầm cảm", "tâm thần", "rối loạn",
        "xét nghiệm", "bệnh án", "chẩn đoán", "điều trị", "thuốc", "khám bệnh", "nhập viện", "cấp cứu",
        "phẫu thuật", "dị ứng", "viêm", "nhiễm trùng", "lao phổi", "covid", "triệu chứng", "symptom", "diagnosis",
        "fever", "pain", "pregnant", "cancer", "depression",
    ),
    "finance": (
        "số dư", "khoản vay", "vay tiền", "nợ xấu", "thẻ tín dụng", "sao kê", "chuyển khoản", "tài khoản ngân hàng",
        "lịch sử giao dịch", "thu nhập", "lương", "cic", "điểm tín dụng", "mã otp", "otp", "mật khẩu", "mã pin",
        "bank account", "credit score", "loan", "salary",
    ),
    "biometric": ("vân tay", "khuôn mặt", "mống mắt", "sinh trắc", "giọng nói", "adn", "dna", "fingerprint",
                  "face id", "biometric"),
    "criminal": ("tiền án", "tiền sự", "án tích", "phạm tội", "bị bắt", "tạm giam", "truy nã", "lý lịch tư pháp",
                 "criminal record"),
    "political_religious": ("quan điểm chính trị", "đảng viên", "tôn giáo", "theo đạo", "tín ngưỡng", "religion"),
    "sex_life": ("đồng tính", "xu hướng tính dục", "chuyển giới", "đời sống tình dục", "lgbt"),
    "ethnicity": ("dân tộc thiểu số", "nguồn gốc dân tộc", "sắc tộc"),
    "genetic": ("di truyền", "xét nghiệm gen", "genetic"),
    "location_realtime": ("vị trí hiện tại", "định vị", "tọa độ gps", "gps", "đang ở đâu", "vị trí của tôi",
                          "live location"),
}
# Without diacritics these collide with everyday words ("dau" is also "where", "oil" and "head";
# "ho" is also "they"; "om" is also "hug"), so unaccented text is matched without them.
_AMBIGUOUS_FOLDED = {"dau", "ho", "om", "luong", "benh", "thuoc", "viem", "non"}
_MARKED = {kind: cue_pattern(normalize(w) for w in words) for kind, words in SENSITIVE_LEXICON.items()}
_FOLDED = {kind: cue_pattern(fold(w) for w in words if fold(w) not in _AMBIGUOUS_FOLDED)
           for kind, words in SENSITIVE_LEXICON.items()}
_FOLDED_EXTRA = {"health": cue_pattern(("bi benh", "kham benh", "benh vien", "dau bung", "dau dau", "dau nguc",
                                         "dau lung", "bi dau", "bi ho", "ho khan", "ho ra mau", "bi om",
                                         "uong thuoc", "don thuoc", "bi viem", "buon non"))}


@dataclass(frozen=True)
class Categorization:
    categories: tuple[str, ...]  # ordered as CATEGORIES
    sensitive: tuple[str, ...]  # kinds of sensitive data, sorted

    def to_dict(self) -> dict[str, list[str]]:
        return {"categories": list(self.categories), "sensitive": list(self.sensitive)}


def sensitive_topics(text: str) -> set[str]:
    """Kinds of sensitive data the words of ``text`` speak of."""
    marked = normalize(text)
    folded = fold(text)
    if folded != marked:
        return {kind for kind, pattern in _MARKED.items() if pattern.search(marked)}
    return {kind for kind, pattern in (*_FOLDED.items(), *_FOLDED_EXTRA.items()) if pattern.search(folded)}


def categorize(text: str, entity_types: Iterable[str]) -> Categorization:
    """The data categories of a request whose text is ``text`` and whose detected personal
    data has ``entity_types`` (pass the redacted text to categorize what a redacted request keeps)."""
    types = set(entity_types)
    sensitive = sensitive_topics(text) | {SENSITIVE_ENTITIES[t] for t in types if t in SENSITIVE_ENTITIES}
    found = set()
    if types - set(SENSITIVE_ENTITIES):
        found.add(BASIC)
    if sensitive:
        found.add(SENSITIVE)
    categories = tuple(c for c in CATEGORIES if c in found) or (PUBLIC,)
    return Categorization(categories, tuple(sorted(sensitive)))
