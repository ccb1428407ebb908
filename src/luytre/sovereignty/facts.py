"""Who a question is about: nobody, the asker, or another concrete person.

The law separates a sensitive *topic* from *personal data*: "Mấy giờ được vào thăm người bệnh?"
speaks of health but of no one; "tôi bị đau ngực" and "mẹ tôi bị tai biến" disclose something about
a concrete person; "bệnh án của chị Lan phòng 302" asks for a third person's sensitive data. This
module finds the person; ``categories`` joins it with the topic and the identifiers found.

Matching is on words, accented and folded forms together (mixed typing: "xin chào, toi bi ung thu"),
after ``sovereignty.normalize.clean``. A few folded words are also everyday words ("toi" is also
"tối", evening; "em" is also in "trẻ em", children): they count only where the words around them say so.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from luytre.sovereignty.normalize import clean_text
from luytre.text.cues import cue_pattern
from luytre.text.normalize import fold

NOBODY, ASKER, SOMEONE, OTHER = "nobody", "asker", "someone", "other"

# Phrases that only frame the question ("cho tôi hỏi"): the asker in them discloses nothing.
_ASKING = re.compile(
    r"(?<!\w)(?:(?:cho|xin|giup|giúp)\s+(?:toi|tôi|em|e|minh|mình|tui|to|tớ)\s+(?:hoi|hỏi|biet|biết|xem|tham khao|"
    r"tham khảo)|(?:toi|tôi|em|minh|mình|tui)\s+(?:muon|muốn|can|cần|xin)\s+(?:hoi|hỏi|biet|biết|tim hieu|"
    r"tìm hiểu|tu van|tư vấn)|(?:giup|giúp)\s+(?:toi|tôi|em|e|minh|mình|tui)|xin\s+(?:hoi|hỏi)|cho\s+(?:hoi|hỏi)|"
    r"(?:toi|tôi|em|e|minh|mình|mk|tui)\s+(?:hoi|hỏi)(?:\s+(?:chut|chút|xiu|xíu|ti|tí|thu|thử))?)"
    r"(?!\w)", re.IGNORECASE)
# English (the second language), read only in text that reads as English ("my" is also "Mỹ" folded):
# framing that discloses nothing ("can I ask", "where can I"), then first-person words, which disclose
# the asker, and third-person pronouns, a sign of someone the gate cannot name. English function words
# that are also folded Vietnamese ones ("the" is "thế", "can" is "cần", "them" is "thêm") are not counted.
_ENGLISH_WORDS = re.compile(r"(?<!\w)(?:is|are|was|were|what|how|with|have|has|does|did|which|where|when|who|why|"
                            r"won't|isn't|doesn't|"
                            r"your|you|should|would|could|been|this|that|there|from|about|after|will|and|for|of|"
                            r"my|i|his|him|her|she|they|their|we|our|us|got|get|any|some|last|yesterday|today|"
                            r"because|into|just|also|still|very|please|help|need|want|i'm|don't|can't|ur|"
                            r"currently|now|stuck|near|outside)(?!\w)")
_ASKING_ENGLISH = re.compile(
    r"(?<!\w)(?:(?:can|could|may)\s+(?:i|we)\s+(?:ask|know)|(?:can|could|would)\s+you\s+(?:please\s+)?"
    r"(?:tell|show|help|explain\s+to)\s+(?:me|us)|(?:i|we)\s+(?:want|would like|'d like|wanted|need)\s+to\s+"
    r"(?:know|ask|find out|understand)|please\s+tell\s+me|tell\s+me|help\s+me|(?:how|where|when|what|who)\s+"
    r"(?:do|can|should|could|must)\s+(?:i|we)|do\s+(?:i|we)\s+need|(?:can|may|should|must)\s+(?:i|we)|"
    # "do we have to rent one", "will I need to bring": a rule asked about, anybody's
    r"(?:do|does|will|would|must)\s+(?:i|we)\s+(?:have|need|get)\s+to|"
    # "how do I know if I have diabetes": anybody's question, the second "I" included
    r"(?:know|tell|find out|check)\s+(?:if|whether)\s+(?:i|we|you)(?:'m|'ve)?)(?!\w)")
_FIRST_PERSON_ENGLISH = re.compile(r"(?<!\w)(?:i|i'm|i've|i'd|im|ive|my|me|myself|mine|we|we're|our|ours|us)(?!\w)")
_THIRD_PERSON_ENGLISH = re.compile(r"(?<!\w)(?:he|she|his|her|him|hers|he's|she's)(?!\w)")
# Kin and people of one's circle named bare, as chat does ("wife got diagnosed w diabetes", "ur mom has cancer?"):
# someone concrete, though no pronoun says whose. Not "child", "kid", "patient", nor one after an article or "any"
# ("Can the father stay overnight…"): a rule's anybody.
_CIRCLE_ENGLISH = re.compile(r"(?<!\w)(?<!the )(?<!\ba )(?<!an )(?<!any )(?<!every )(?<!each )"
                             r"(?:wife|husband|hubby|mom|mum|mother|dad|father|son|daughter|brother|sister|"
                             r"grandma|grandpa|grandmother|grandfather|uncle|aunt|boss|colleague|coworker|co-worker|"
                             r"neighbou?r|roommate|girlfriend|boyfriend|gf|bf|fiance|fiancee|ex)(?!\w)")


def organisation_speaking(text: str) -> bool:
    """Whether an organisation speaks in ``text`` ("Chúng tôi là phòng khám tư…", "bên mình là công ty may…"): the
    rules have read its "we" as nobody's; the learned signal (``person_model``) does not overrule them."""
    return bool(_ORGANISATION_SPEAKING.search(fold(text.lower())))


def asking_frame(text: str) -> str:
    """``text`` with each phrase that only frames the question (``_ASKING``, ``_ASKING_ENGLISH`` in English text)
    read as one token, "<hỏi>": what the rules read for a person, the learned signal reads too (``person_model``)."""
    framed = _ASKING.sub(" <hỏi> ", text)
    return _ASKING_ENGLISH.sub(" <hỏi> ", framed.lower()) if _english(fold(framed.lower())) else framed


def _english(folded: str) -> bool:
    """Whether ``folded`` reads as English: two or more different English function words in it."""
    return len(set(_ENGLISH_WORDS.findall(folded))) >= 2


_LATIN_WORD = re.compile(r"(?<![\w<])[a-z]{2,}(?![\w>])")  # placeholders ("<PHONE_1>") are no words
_FOREIGN_WORDS = 4  # a Vietnamese sentence may carry a brand or two ("app", "eKYC", "Grab")


@lru_cache(maxsize=1024)
def _english_by_shape(folded: str) -> bool:
    """Whether ``folded`` is mostly words no Vietnamese syllable spells ("my fingerprint doesnt work on the bank app
    since my burn injury" holds only "my" of ``_ENGLISH_WORDS``, and "doesnt" without its apostrophe): English typed
    loosely, which a list of function words misses and the shape of its words does not. ``about`` reads a text so
    only when it speaks of a sensitive topic (failing closed where it matters): elsewhere an English "I" read as the
    asker would only keep a rule asked of anybody ("Can I smoke while I am waiting…") from the peers."""
    words = _LATIN_WORD.findall(folded)
    if len(words) < _FOREIGN_WORDS:
        return False
    foreign = sum(_foreign_word(word) for word in words)
    return foreign >= _FOREIGN_WORDS and 2 * foreign > len(words)


@lru_cache(maxsize=8192)  # a language's words repeat from text to text
def _foreign_word(word: str) -> bool:
    return not _ONE_SYLLABLE.fullmatch(word)


_LATIN_WORD = re.compile(r"(?<![\w<])[a-z]{2,}(?![\w>])")  # placeholders ("<PHONE_1>") are no words
_FOREIGN_WORDS = 4  # a Vietnamese sentence may carry a brand or two ("app", "eKYC", "Grab")


# First-person words; a bare "t" or "e" (chat shorthand) counts only before a verb of state, or of what befalls or
# is done by the asker in chat ("e dính bầu r", "e vay 5 app", "t lỡ…", "e bùng…", "e sắp…"). A chat "m" there is
# "mình" or "mày" (you): a person, maybe the asker (read in ``_first_person``).
_FIRST_PERSON = re.compile(
    r"(?<!\w)(?:tôi|toi|tui|mình|minh|tớ|tao|bản thân|ban than|chúng tôi|chung toi|nhà tôi|nha toi|"
    r"vk|ck|ny|mk|mik|người yêu|nguoi yeu|em)(?!\w)|(?<!\w)(?:t|e|(?<!\d\s)m)(?=\s+(?:bị|bi|đang|dang|mắc|mac|có|co|"
    r"đã|da|vừa|vua|nhiễm|nhiem|nợ|no|là|la|theo|mang|từng|tung|mới|moi|phải|phai|hiện|hien|dính|dinh|vay|lỡ|lo|"
    r"bùng|bung|sắp|sap)(?!\w))")
_CHAT_ME_OR_YOU = "m"
# "Chúng tôi là trường mầm non…", "bên mình là công ty may…": an organisation speaks, about those it serves; its
# "we" discloses nobody's state. Folded.
_ORGANISATION_SPEAKING = re.compile(
    r"(?<!\w)(?:chung toi|chung minh|ben toi|ben minh|ben em)\s+(?:la|thuoc)\s+(?:mot\s+)?(?:truong|cong ty|"
    r"benh vien|phong kham|co so|doanh nghiep|to chuc|cua hang|nha hang|khach san|trung tam|ngan hang|hop tac xa|"
    r"don vi|ban quan ly|uy ban|nha thuoc|quy|hoi|xuong|nha may|tram y te)(?!\w)")
# "chồng em", "ck e", "mẹ mình": a relative of the asker.
_KIN_OF_ASKER = re.compile(r"(?<!\w)(?:chồng|chong|vợ|vo|con|mẹ|me|bố|bo|cha|ông|ong|bà|ck|vk|ny|bạn trai|ban trai|"
                           r"bạn gái|ban gai)\s+(?:em|e|t|mình|minh|tớ)(?!\w)|"
                           # "cháu" speaking to an elder: "bà nội cháu", "bạn trai cháu" ("ba cháu" is also three);
                           # not "mẹ cháu bé", "bố cháu trai": the parent of a child spoken of
                           r"(?<!\w)(?:bà nội|ba noi|ông nội|ong noi|bà ngoại|ba ngoai|ông ngoại|ong ngoai|bố|bo|mẹ|me|"
                           r"bạn trai|ban trai|bạn gái|ban gai|người yêu|nguoi yeu|anh trai|chị gái|chi gai|em trai|"
                           r"em gái|em gai)\s+(?:cháu|chau)(?!\w)(?!\s+(?:bé|be|trai|gái|gai)(?!\w))|"
                           r"(?<!\w)(?:chong|vo|ck|vk|ny)\s+to\s+"
                           r"(?=(?:bi|dang|da|mac|no|vua|moi|nhiem)(?!\w))"  # "vo to bi…"; "cai vo to qua" is a size
                           r"|(?<!\w)(?:ông xã|bà xã)(?!\w)|(?<!\w)(?:ong xa|ba xa)\s+"
                           r"(?:em|e|t|minh|toi|tui)(?!\w)"
                           # English in any text ("my dad đang chạy thận"): "my" before these is never "Mỹ"
                           r"|(?<!\w)(?:my|our)\s+(?:dad|mom|mum|mother|father|husband|wife|son|daughter|kids?|child|"
                           r"children|brother|sister|parents?|grandma|grandpa|grandmother|grandfather|baby|boyfriend|"
                           r"girlfriend|partner|uncle|aunt|friend|boss|colleague|neighbou?r|landlord)(?!\w)")
# Words that make a folded "toi"/"em"/"minh" a time ("buổi tối"), children in general ("trẻ em") or part of a
# word or name ("thông minh"): no person at all.
_NOT_PRONOUN_BEFORE = re.compile(r"(?<!\w)(?:buoi|gio|sang|chieu|dem|hom|toi nay|tre|cac|nhung|anh chi|quang|chinh|"
                                 r"thong|binh|nhat|van|duc|hong|pham|buoc|ket|chiu|xa|dong pham|rua|xung|"
                                 # a clock time before it ("lúc 7h tối", "8h30 toi"): "tối", the evening
                                 r"\d{1,2}h(?:\d{2})?)\s+$")
# "tạo" typed bare inside a word ("nhân tạo", "đào tạo", "cấu tạo", "tạo ra"): not "tao", I. Folded.
_NOT_TAO_BEFORE = re.compile(r"(?<!\w)(?:nhan|dao|che|kien|nguy|sang|gia)\s+$")  # not "cậu tao", "tại tao"
_NOT_TAO_AFTER = re.compile(r"^\s+(?:ra|hinh|dieu kien|thanh|nen|mau|tai khoan|vien|dong luc|su)(?!\w)")
# A bare "toi" after these is "tối" or "tội", never "tôi": a time of day against another ("uống sáng hay tối"), a
# law's offence ("điều 249 BLHS tội…", "cấu thành tội"). Only "toi": "luật hình sự em bị…" is the asker.
# A bare "toi da", "toi thieu" after a quantity ("lãi suất cầm đồ tối đa", "mức phạt tối thiểu", "tuổi tối đa") is
# "tối đa", maximum: no "tôi đã". Folded; bounded: three words between.
_QUANTITY_BEFORE = re.compile(r"(?<!\w)(?:lai suat|lai|muc|so tien|thoi gian|thoi han|gioi han|toc do|tuoi|ty le|"
                              r"phan tram|gia|luong|so luong|so lan|khoi luong|trong luong|dien tich|han muc|nong do|"
                              r"lieu|lieu luong|cong suat|dung tich|so ngay|so gio|phat|muc phat|thue|phi|tien)"
                              r"(?:\s+[^\W\d_]+){0,3}\s+$")
_MAXIMUM_AFTER = re.compile(r"^\s+(?:da|thieu)(?!\w)")
_NOT_TOI_BEFORE = re.compile(r"(?<!\w)(?:(?:sang|trua|chieu)\s+(?:hay|hoac|va|hoac la|roi|den)|blhs|bo luat hinh su|"
                             r"hinh su|cau thanh)\s+$")
# ... unless a verb a person does follows: "theo BLHS toi co bi di tu khong" is the asker ("tôi có bị…")
# ("tội cố ý gây thương tích", "cấu thành tội là gì" are the offence)
_PERSON_VERB_AFTER = re.compile(r"^\s+(?:co(?!\s+y\s)|bi|dang|da|vua|moi|muon|can|phai|duoc|se|khong|chua|lam|nen|"
                                r"hoi|xin|la(?!\s+gi(?!\w))|"
                                r"tung|it|van|cung|hien|thay|nghi|dinh)(?!\w)")
# A bare "e" or "t" after these is a letter ("vitamin E", "hạng E", "viêm gan E", "nhóm T"), not the asker.
_LETTER_BEFORE = re.compile(r"(?<!\w)(?:vitamin|hang|loai|nhom|khoi|type|tuyp|viem gan|hepatitis|cau|muc|phan|"
                            r"diem|lop|ma|chu|ky tu|tia|te bao|so)\s+$")
# "mình" as "one", anybody, in a general question ("làm sao biết mình bị trầm cảm?", "cách nhận biết mình có
# thai"): a way to find out, then "mình". A disclosure says a state instead ("mình bị sốt 3 ngày").
_GENERIC_BEFORE = re.compile(r"(?<!\w)(?:lam sao|lam the nao|bang cach nao|cach nao|cach|dau hieu(?:\s+nao)?)"
                             r"(?:\s+(?:de|co the|ma|cho))?\s+(?:tu\s+)?(?:biet|nhan biet|phat hien|kiem tra|xac dinh|"
                             r"biet duoc|nhan ra|chac chan|thay)(?:\s+(?:la|rang|duoc))?\s+$")
# A supposition: "nếu mình bị…", or "khi bị sốt, mình nên ăn gì?" (what one should do in a case): anybody.
_SUPPOSED_BEFORE = re.compile(r"(?<!\w)(?:neu|lo|gia su|trong truong hop)\s+$")
_CASE_BEFORE = re.compile(r"(?<!\w)(?:khi|neu|gia su)\s[^.?!;]*$")
# "Người lao động có được nghỉ ngày lễ của mình không?": "của mình" goes back to a subject that is anybody.
_GENERIC_SUBJECT = re.compile(r"^\W*(?:nguoi lao dong|nguoi dan|nguoi benh|nguoi nha|nguoi|nhan vien|benh nhan|"
                              r"cong dan|hoc sinh|sinh vien|moi nguoi|ai|tre em|phu nu|khach hang|vo|chong|con cai)"
                              r"(?!\w)")
_SHOULD_AFTER = re.compile(r"\s+(?:nen|can|phai|co nen)(?!\w)")
# Kinship and role words typed without diacritics that are also other words: "anh toi" is "anh tôi" (my brother)
# or "anh tới" (you come), "ban toi" is "bạn tôi" (my friend) or "ban tối" (in the evening), "chi toi" is "chị tôi"
# or "chỉ tới" (only up to), "co toi" is "cô tôi" or "có tới". The pronoun after one of them is the asker's
# relative only when a verb of state follows ("ban toi dang bi khoi to"); otherwise it is a person signal the
# gate cannot confirm, which keeps the question from leaving the node (``About.signal``).
_AMBIGUOUS_BEFORE = re.compile(r"(?<!\w)(?:anh|chi|ban|be|hoc|cung|tu|co|ba|di|cau|con|thay|em)\s+$")
_SIBLINGS_BEFORE = re.compile(r"(?<!\w)(?:anh|chi)\s+$")  # "anh em", "chị em": siblings, women, or "my brother"
# Verbs of state that make the pronoun a person: "bị", "đang", "vừa", "mắc", "nghiện"; not "là", "phải", "uống",
# which follow a time as often ("ban tối uống mấy viên").
_STATE_AFTER = re.compile(r"^\s+(?:\d{1,2}\s+(?:tuoi|thang|tuan)\s+)?(?:(?:cung|van|hien|da)\s+)?"
                          r"(?:bi|dang|vua|moi|mac|nghien|tung|mang thai|co thai|"
                          r"co bau|sap|duoc chan doan|nhiem|no|nam vien)(?!\w)")
# A third person designated without a name: "anh ấy", "cô ta", "ổng"; "nó" may also be a thing (a signal only).
_THIRD_PERSON_PRONOUN = re.compile(r"(?<!\w)(?:anh|chị|chi|cô|co|ông|ong|bà|em|bạn|ban|chú|chu|bác|bac|cậu|cau|dì|"
                                   r"thằng|con bé|con be)\s+(?:ấy|ay|ta|kia)(?!\w)|(?<!\w)(?:hắn|ổng|bả|ảnh ấy)(?!\w)"
                                   # "bà ta", "bà ấy" typed bare: "ba" is also three, but never before these
                                   r"|(?<!\w)ba\s+(?:ta|ay)(?!\w)")
_MAYBE_THIRD_PERSON = re.compile(r"(?<!\w)(?:nó|anh này|chị này|cô này|ông này|bà này|người kia|anh nay|chi nay|"
                                 r"co nay|ong nay|ba nay|nguoi kia)(?!\w)")
# A role pinned to one person by a possessive ("cô giáo chủ nhiệm của con", "bạn cùng phòng của tôi") or by a
# class, room or bed ("cô giáo chủ nhiệm lớp 7A2", "bệnh nhân giường 5"). Read folded; titles that are also
# everyday words typed bare ("co" is "có", "chi" is "chỉ", "ba" is "ba") only in their unambiguous roles.
_ROLES = (r"co giao|thay giao|giao vien|bac si|y ta|dieu duong|sep|truong phong|giam doc|nhan vien|ke toan|bao ve|"
          r"tai xe|hang xom|dong nghiep|chu nha|benh nhan")  # folded; a role that is one person once placed
_PLACED_IN = (r"lop\s+\d{1,2}[a-z]\w{0,2}|phong\s+(?:so\s+)?\d{2,4}|giuong\s+(?:so\s+)?\d{1,3}|"
              r"buong\s+(?:so\s+)?\d{1,3}|can ho\s+\d+|so nha\s+\d+|phong\s+(?:ke toan|nhan su|hanh chinh|kinh doanh|"
              r"ky thuat|tai vu|marketing|it)")  # a class, room, bed, flat or department: one place, one person
# "anh", "em" are also the asker and whoever answers ("Cho em hỏi phòng 12…", "Hỏi giúp em phòng 12…"): one of them
# is placed only right before the place and not after a verb of asking for help (as ``_OCCUPANT``'s).
_DESIGNATED_ROLE = re.compile(
    r"(?<!\w)(?:(?:" + _ROLES + r"|co chu nhiem|thay chu nhiem|hoc sinh|sinh vien|ban than|ban cung phong|"
    r"ban cung lop|ong|be|chau)(?:\s+[^\W\d_]+){0,3}?\s+(?:" + _PLACED_IN + r"|cua\s+(?:toi|tui|minh|em|con|chau|tao|"
    r"to|mk|t|e))"
    r"|(?:anh|em)(?:(?:\s+[^\W\d_]+){0,3}?\s+cua\s+(?:toi|tui|minh|em|con|chau|tao|to|mk|t|e)"
    r"|(?<!giup anh)(?<!giup em)(?<!cho anh)(?<!cho em)(?<!ho anh)(?<!ho em)(?<!dum anh)(?<!dum em)(?<!gium anh)"
    r"(?<!gium em)(?<!voi anh)(?<!voi em)\s+(?:" + _PLACED_IN + r")))(?!\w)")
# A class or bed, whatever word stands before it ("thang Khoa lop 10A4", "cô Thúy giường 9", "the patient in bed 7"),
# in a question asked about someone's state or record: a sign of one person, though the word before the place may
# be a department or a month. Without such a question it is a place ("Giường số 12 có điều hòa không?").
_PLACEMENT = re.compile(r"(?<!\w)(?:lop\s+\d{1,2}[a-z]\w{0,2}|giuong\s+(?:so\s+)?\d{1,3}|buong\s+(?:so\s+)?\d{1,3}|"
                        r"(?:in|from|at)\s+(?:bed|room|ward|class|flat|apartment|unit|locker|seat|house|cell)\s+"
                        r"(?:no\.?\s*|number\s+)?\d{1,4}[a-z]?\d?)(?!\w)")
# A bare word before such a place ("Tuấn phòng IT nợ…", "Hoa lớp 9A2"): a given name when capitalised, though
# a sentence may also open with a common word so: a sign of a person.
_WORD_PLACED = re.compile(r"(?<!\w)(?P<word>[^\W\d_]+)\s+(?:" + _PLACED_IN + r")(?!\w)")
# Someone named by the room, bed, locker or house they occupy ("người thuê phòng số 3", "bà cụ nhà số 12", "hội
# viên tủ số 23"), lowercased as typed: a title only with its marks ("co" is "có", "thang" is "tháng"). One
# person, though a title may still be said to whoever answers, hence beside a topic only a sign of a person
# (``role_sentences``), and in a question asked of them a third person who may be there (``about``).
# "anh", "chị", "em" are also the asker and whoever answers ("Cho em hỏi phòng 5…", "Xem giúp em phòng 5…"): one
# of them is an occupant only right before the place and not after a verb of asking for help. Typed bare, "tu" and
# "can" are also "từ" and "cần" ("nguoi tu 60 tuoi", "nguoi benh can 2 lieu"): a locker or flat only with "so".
_OCCUPANT = re.compile(
    r"(?<!\w)(?:(?:người|nguoi|khách|khach|hội viên|hoi vien|bệnh nhân|benh nhan|học sinh|hoc sinh|sinh viên|"
    r"sinh vien|gia đình|gia dinh|ba cu|ong cu|cụ|cô|chú|bác(?!\s+sĩ)|bé|bà|ông|thằng|"  # "bác sĩ" serves all
    # "ong" typed bare is "ông" only right before a room, bed or house and its number ("ong phong 5", "ong o nha so
    # 12"): "ống", "ong" (a bee: "mật ong nhà làm") have no numbered place after them; bare "ba" is not read so, as
    # "ba phòng" is three rooms
    r"ong(?=\s+(?:(?:ở|o|tại|tai)\s+)?(?:phòng|phong|giường|giuong|nhà|nha)\s)|"
    # other titles typed bare, a name maybe between, before a numbered place: "chi lan phong 5", "co giao phong 5"
    # ("có phòng 5 người", "chỉ phòng 5", "thay phòng 5": "co", "chi", "thay" need a word between)
    r"(?:chu|bac|(?:chi|thay|co)(?=\s+(?!(?:phong|giuong|nha|o|tai)\s)[a-z]+\s))(?=(?:\s+[a-z]+)?\s+"
    r"(?:(?:o|tai)\s+)?"
    r"(?:phong|giuong|nha)\s+(?:so\s+)?\d))"
    r"(?:\s+(?!(?:ơi|oi)(?!\w))[^\W\d_]+){0,2}?"
    r"|(?<!giúp )(?<!giup )(?<!cho )(?<!hộ )(?<!dùm )(?<!giùm )(?<!dum )(?<!gium )(?<!với )(?<!voi )(?:anh|chị|em))"
    r"\s+(?:(?:ở|o|tại|tai)\s+)?"
    r"(?:phòng|phong|tủ|tu(?=\s+so\s)|giường|giuong|buồng|buong|nhà|nha|căn hộ|can ho|căn|can(?=\s+so\s)|ghế|ghe|"
    r"ki ốt|kiot|ki ot|lô|lo|sạp|sap)"
    r"\s+(?:(?:số|so)\s+)?\d{1,4}[a-z]?(?!\w)"
    # a room or bed said as the one in it, in a state ("xem giúp em phòng 305 bị bệnh gì", "giường 12 nằm viện vì gì")
    r"|(?<!\w)(?:phòng|phong|giường|giuong|buồng|buong)\s+(?:(?:số|so)\s+)?\d{1,4}[a-z]?"
    r"\s+(?:bị|mắc|nằm viện|đang điều trị)(?!\w)")
_NO_NAME_BEFORE_PLACE = frozenset(("nguoi", "khach", "cac", "nhung", "moi", "toan", "ca", "ben", "tai", "o", "cho",
                                   "hoi", "xin", "va", "hay", "tu", "den", "vien", "sang", "qua", "len", "xuong"))
# A role placed by a time or an organisation ("bác sĩ trực đêm qua", "giám đốc công ty ABC"): maybe one person.
_PLACED_ROLE = re.compile(
    # a customer or a member singled out by when they came ("chị khách hàng đến tập hôm qua")
    r"(?<!\w)(?:" + _ROLES + r"|pho giam doc|chu tich|hieu truong|can bo|khach hang|hoc vien|hoi vien)"
    r"(?:\s+[^\W\d_]+){0,2}?"
    r"\s+(?:dem qua|hom qua|sang nay|chieu nay|hom nay|vua roi|hom truoc|(?:cong ty|truong|benh vien|ngan hang|"
    r"phong kham|xa|phuong)\s+(?!(?:co|duoc|khong|nao|la|thi|se|phai|can|nha nuoc|tu|cong|lon|nho|do|nay|mam|tieu|"
    r"trung|dai|quoc|tinh|huyen)(?!\w))"
    r"[^\W_]+)(?!\w)")
# A role or relation that stands for one person in the asker's life, named by nothing else ("giám đốc nhà máy",
# "thằng con trai nhà bên cạnh", "cô giáo chủ nhiệm", "bà hàng xóm"): beside a topic that is or may be sensitive,
# a sign of that person (``categories``), whether or not the words pin them down as ``_DESIGNATED_ROLE`` does.
# Folded. Roles most questions name as anybody ("bác sĩ", "nhân viên", "bệnh nhân") are left to the rules above.
ROLE_CUES = cue_pattern((
    "giam doc", "pho giam doc", "tong giam doc", "sep", "ong chu", "ba chu", "chu tiem", "chu quan", "chu tro",
    "chu nha tro", "truong phong", "pho phong", "quan ly", "to truong", "truong khoa", "hieu truong",
    "hieu pho", "co giao chu nhiem", "thay giao chu nhiem", "co chu nhiem", "thay chu nhiem", "giao vien chu nhiem",
    "lop truong", "hang xom", "nha hang xom", "nha ben canh", "ben canh nha", "dong nghiep", "ban cung phong",
    "ban cung lop", "ban than", "nguoi yeu cu", "vo cu", "chong cu", "bo chong", "me chong", "bo vo", "me vo",
    "em ho", "anh ho", "chi ho", "con dau", "con re", "con trai nha",
    # whoever rents or lives next door ("thằng thuê phòng bên cạnh", "người ở phòng bên cạnh")
    "thue phong ben canh", "thue tro ben canh", "o phong ben canh", "o tro ben canh",
    "con gai nha", "ke toan truong",
    # a person spoken of with scorn, typed bare ("thằng cha", "thằng nhỏ", "con mụ", "lão già"): "tháng" has
    # no such word after it, and "con mù" is a person too
    "thang cha", "thang nho", "thang be", "thang ban", "con mu", "lao gia", "ba gia", "ong gia",
    # a young person singled out by a trade or a place ("thằng bé nhà bên"); "cô bé", "con bé", "con nhỏ", "cô
    # nàng" are read as typed (``_MARKED_ROLE_CUES``) or, typed bare, only where no everyday word folds alike
    # (``_BARE_ROLE_CUES``)
    *(f"{who} {where}" for who in ("thang be", "cau be")
      for where in ("ban", "o", "nha ben", "dau hem", "dau ngo", "cuoi hem", "tang", "phong", "ben canh", "hang xom")),
    "tai xe cong ty", "bao mau", "gia su cua", "nguoi giup viec", "osin",
    # an old person singled out by a trade or a place ("bà cụ bán xôi đầu ngõ", "ông cụ nhà bên")
    *(f"{title} cu {what}" for title in ("ba", "ong") for what in ("ban", "nha", "o", "hang xom", "ben canh", "dau ngo",
                                                                   "cuoi ngo", "dau hem", "tang", "phong", "gan nha")),
    "my boss", "my neighbor", "my neighbour", "my colleague", "my landlord", "my manager", "my teacher",
    # a title before an occupation points at one person ("bác bảo vệ tòa nhà", "chị kế toán", "anh shipper")
    # ("a", "c": "anh", "chị" in chat: "a bảo vệ ca đêm")
    *(f"{title} {role}" for title in ("bac", "chu", "anh", "chi", "ong", "em", "di", "cau", "thim", "mo", "a", "c")
      for role in ("bao ve", "tai xe", "ke toan", "lao cong", "giup viec", "thu ky", "truong phong", "quan ly",
                   "y ta", "dieu duong", "bac si", "giao vien", "nhan vien", "shipper", "xe om", "ban hang",
                   "thu ngan", "hang xom", "dong nghiep", "chu nha", "sep", "tho", "bao mau", "gia su",
                   "huan luyen vien", "hlv", "le tan", "phu ho", "tap vu", "giao hang", "ban cung phong", "thu quy")),
    "anh khach",  # the customer or passenger one served ("anh khách lúc nãy"); "chị", "cô" only marked (``_MARKED_…``)
    # a trader singled out by what they sell ("anh bán rau đầu chợ"); "chị", "cô", "bà", "dì" only marked ("chỉ bán",
    # "có bán", "ba bán", "đi bán"), and not "anh bạn" (a friend)
    *(f"{title} ban {goods}" for title in ("bac", "chu", "anh", "ong", "thim")
      for goods in ("rau", "xoi", "ca", "thit", "banh mi", "banh", "tap hoa", "hoa qua", "trai cay", "nuoc",
                    "tra da", "ve so", "bun", "pho", "chao", "com", "do an", "quan ao", "sua", "trung", "gao", "thuoc",
                    "hang rong", "bao", "dien thoai", "xang"))))
# Typed bare and only in a sentence with no marks: folded, "có nặng" (is it serious), "có nắng", "có bé ở", "có bè
# bạn", "còn bé ở", "còn nhỏ bán trú", "còn nhớ bản" read like "cô nàng", "cô bé ở", "con nhỏ bán", so only the
# places no such phrase has after them.
_BARE_ROLE_CUES = cue_pattern((
    "anh chang", "con nho quan",
    *(f"{who} {where}" for who in ("con nho", "co be", "con be")
      for where in ("tiem", "nha ben", "ben canh", "dau hem", "dau ngo", "cuoi hem", "hang xom", "o tiem", "o quan",
                    "ban hang", "ban banh", "ban tra sua", "ban xoi", "ban rau", "ban ca phe")),
))
# With diacritics only: folded, "thằng" is "tháng" (month), "lão" is "lao" (tuberculosis)
_MARKED_ROLE_CUES = re.compile(r"(?<!\w)(?:thằng|con mụ|lão|mụ|ả|đứa (?:cháu|em|con|bạn|nhỏ|bé)|cô nàng|anh chàng|"
                               r"con nhỏ(?=\s+(?:bán|ở|nhà|hàng|bên|đầu|cuối|tầng|phòng))|"
                               r"(?:cô|con|thằng|cậu) bé(?=\s+(?:bán|ở|nhà bên|đầu|cuối|tầng|phòng|bên cạnh|"
                               r"hàng xóm))|"
                               r"(?:cô|bà) (?:bảo vệ|tài xế|kế toán|lao công|"
                               r"giúp việc|thư ký|trưởng phòng|quản lý|y tá|điều dưỡng|bác sĩ|giáo viên|nhân viên|"
                               r"bán hàng|thu ngân|hàng xóm|đồng nghiệp|chủ nhà|sếp|bảo mẫu|gia sư)|"
                               # a customer or a passenger, a trader by their goods ("chị khách anh chở lúc nãy", "bà
                               # bán rau đầu chợ")
                               r"(?:cô|chị|bà|dì|ông|anh|chú|bác) (?:khách|bán(?=\s+[^\W\d_])))(?!\w)")
# A title, typed in lower case or opening the sentence, before a lower-case word ("ông trưởng thôn", "bà bán
# rau"): one person in the asker's life. A capital after it is a name or a place the scanner reads ("Bà Triệu",
# "ông A" in an exercise); pairs that name anybody ("ông bà", "bà bầu", "bác sĩ", "chị em phụ nữ") are no one.
_TITLE = re.compile(r"(?:^\s*(?:Ông|Bà|Chú|Bác|Thím|Mợ|Dượng|Cậu|Dì|Cô|Chị|Anh)|"
                    r"(?<!\w)(?:ông|bà|chú|bác|thím|mợ|dượng|cậu|dì|cô|chị|anh))"
                    r"\s+(?!(?:bà|ông|bầu|mẹ|già|cụ|nội|ngoại|con|cháu|sĩ|ta|xã|trời|lão|tổ|thánh|phật|chủ|em|chị|anh|"
                    r"nào|ấy|đó|này|có|được|và|hay|với|là)(?!\w))(?=[^\W\d_])(?P<next>\w)")
_SENTENCE_END = re.compile(r"[.!?;\n]+")
_OFFICE_AFTER = re.compile(r"\s+(?:benh vien|phong kham|truong|cong ty|nha may|ngan hang|khoa|so|phong|"
                           r"trung tam|chi nhanh|cua hang|tiem)(?!\w)")
_ADDRESSING = re.compile(r"(?<!\w)(?:anh chị|anh chi|các|cac)(?!\w)")  # "anh chị nhân viên cho hỏi": whoever answers


def role_sentences(text: str) -> list[str]:
    """The sentences of ``text`` (readable, lowercased) that name someone by a role or relation only."""
    found = []
    for cased in _SENTENCE_END.split(readable(text)):
        sentence = _ADDRESSING.sub(" ", cased.lower())
        if len(sentence) != len(cased):
            cased = sentence
        titled = any(m.group("next").islower() for m in _TITLE.finditer(cased))
        folded = fold(sentence)
        if len(folded) != len(sentence):
            folded = sentence  # no aligned folded form (a rare letter): read it as typed
        roles = [*ROLE_CUES.finditer(folded), *_MARKED_ROLE_CUES.finditer(sentence), *_OCCUPANT.finditer(sentence),
                 *(_BARE_ROLE_CUES.finditer(folded) if folded == sentence else ())]
        if not roles and not titled:
            continue
        # the organisation a role heads is no topic of its own ("giám đốc bệnh viện" runs a hospital)
        kept = list(sentence)
        for role in roles:
            office = _OFFICE_AFTER.match(folded, role.end())
            if office:
                kept[office.start():office.end()] = " " * (office.end() - office.start())
        found.append("".join(kept))
    return found


# A birth date ("sinh ngày 12/3/1987", "ns 1990"): someone's, even when the scanner does not take it as one.
_BIRTH = re.compile(r"(?<!\w)(?:sinh ngay|ngay sinh|nam sinh|sinh nam|ns|sn|dob|born)\s*:?\s*\d")
_NOT_PRONOUN_AFTER = re.compile(r"^\s+(?:gi|danh|nay|qua|mai|hom|muon|khuya|be|ay|do|ta|chu|thu|tinh|bach|trom|"
                                r"cuop|giet|lua|hiep|tham o|nhan hoi lo|buon|van chuyen|gay roi|pham|ac|danh bac|toi|"
                                r"phu nu|da (?:bao|\d|la|chi|khong|duoc)|uu|gian|hoa(?!\s+mat)|kip|trong bao lau|"
                                r"noi chua|"
                                r"thieu(?!\s+(?:mau|chat|ngu|can|vitamin|sat|canxi|nang|tien|no|ngu|oxy)(?!\w)))(?!\w)")
# "Đang trong đợt hóa trị, tôi muốn hỏi…": the asker's state said without a subject.
_STATE_WITHOUT_SUBJECT = re.compile(r"(?:^|[,.;:!?]\s*)(?:dang|vua|moi)\s+(?:trong|dieu tri|bi|mang|uong|nam|"
                                    r"dieu|mac|co thai|mang thai)(?!\w)|^\s*bi\s")
# The same without any framing: a state said at the start of a sentence, with no subject, and a stretch of
# the speaker's own history ("Đang điều trị ARV được 3 năm, …", "Năm ngoái bị tai nạn, 2 tháng nay vẫn
# đau…"). Without such a time the same opening is anybody's ("Bị chó cắn thì tiêm phòng dại khi nào?").
_SUBJECTLESS_OPENING = re.compile(
    r"(?:^|[.!?;\n][^\S\n]*)(?:(?:nam ngoai|hom qua|hom kia|tuan truoc|thang truoc|sang nay|chieu nay|toi qua|dem qua|"
    r"gan day|dao nay|may hom nay|may ngay nay|hien tai|hien)\s*,?\s*)?"
    r"(?:dang(?!\s+(?:ky|nhap|tai|tin|vien|bo|uy)(?!\w))|vua|moi|da tung|bi|mac|nghien|mang thai|co thai|co bau|"
    r"uong thuoc|dieu tri|nam vien|chay than|no xau|da\s+(?:tiem|mo|bi|uong|dieu tri|sinh|xet nghiem|phau thuat|"
    r"nhap vien|vay|no))(?!\w)")
# A pregnancy counted in months or weeks ("bầu 7 tháng", "mang thai 20 tuần", "mang bầu 20w"), then not a trimester
# ("3 tháng đầu/giữa/cuối") nor a case put for advice ("… nên ăn gì", "… có nên", "… có được", "… thì"). "cần" is
# left out of the exclusions here: "Bầu 7 tháng cần ăn gì…" is said by the pregnant asker more often than not.
# ``PREGNANCY_COUNT`` is the count alone, after "bầu" or "thai": a topic (categories) whoever it is said of.
PREGNANCY_COUNT = r"\s+(?:duoc\s+)?\d{1,2}\s*(?:thang|tuan|w)(?!\w)"
_COUNTED_PREGNANCY = PREGNANCY_COUNT + r"(?!\s+(?:dau|giua|cuoi|nen|co duoc|co nen|thi)(?!\w))"
# "Vừa bị công an triệu tập…", "Mới phát hiện ung thư…": a recent event of someone unnamed, most often the
# asker, yet also how a general question may begin ("Đang mang thai có được…"): a sign of a person.
_RECENT_OPENING = re.compile(
    # folded, "tron" is also "tròn" ("Vừa tròn 18 tuổi") and "bau" "bầu cử" (an election); a state asked about
    # ("Đang cho con bú có được uống…") is anybody's
    r"(?:^|[.!?;\n][^\S\n]*)(?:vua|moi|dang)\s+(?:bi|phat hien|duoc chan doan|nhap vien|xuat vien|mo|dieu tri|nam vien|"
    r"mang thai|co thai|co bau|uong thuoc|dang no|no|vay|ra tu|chay than|bau(?!\s+cu)|mang bau|cho con bu|om|sot|"
    r"nghen|nghien|cai nghien|tron(?!\s+\d)|bo nha)(?!\w)(?!\s+(?:co duoc|co nen|can|nen)(?!\w))"
    # "Bầu 7 tháng bị ngứa…", "Mang thai 20 tuần, …": a pregnancy of so many weeks, said without a subject; "3 tháng
    # đầu", "3 tháng cuối" (a trimester) and a pregnancy asked about ("Mang thai 12 tuần cần…") are anybody's
    r"|(?:^|[.!?;\n][^\S\n]*)(?:co bau|mang bau|bau|mang thai|co thai)" + _COUNTED_PREGNANCY
    + r"(?!\s+can(?!\w))")
# "bị bệnh xã hội rồi, …": a state said as done, with no subject, in a clause of its own: most often the asker's.
# "nợ thẻ tín dụng 50 củ quá hạn rồi, …": a debt said so too.
_DONE_OPENING = re.compile(r"(?:^|[.!?;\n][^\S\n]*)(?:bi|mac|nhiem|no)\s[^,.;!?\n]{1,40}?\sroi\s*[,.;!]")
_OWN_HISTORY = re.compile(
    r"(?<!\w)(?:(?:duoc|da|tu|khoang|gan|hon|ca|suot)\s+\d{1,2}\s+(?:nam|thang|tuan|ngay|hom)|\d{1,2}\s+(?:nam|"
    r"thang|tuan|ngay|hom)\s+(?:nay|roi|qua|lien)|hom qua|hom kia|sang nay|chieu nay|toi qua|dem qua|tuan truoc|"
    r"thang truoc|nam ngoai|may hom nay|may ngay nay|may thang nay|may nam nay|dao nay|tu hom|tu tuan|tu thang|"
    r"lan thu \d|\d{1,2}\s+(?:mui|lan|dot)|\d{1,2}\s+(?:nam|thang|tuan|ngay)(?=\s*(?:[,.;!?]|$))|"
    r"\d{1,2}\s+(?:nam|thang|tuan|ngay|hom)\s+truoc|tu nam (?:19|20)\d\d)(?!\w)")
# Chat shorthand for the asker after a noun or "của" ("lương e 8 củ", "nợ của t", "xe e bị giữ"): the asker's
# own. A bare "e" after other words is often the letter ("vitamin e", "hạng E"): not read there.
_OWNED_BY_SHORTHAND = re.compile(
    r"(?<!\w)(?:cua|luong|thu nhap|no|khoan vay|khoan no|tai khoan|tk|stk|the|sdt|so|xe|nha|benh|ket qua|ho so|"
    r"benh an|so do|giay to|cccd|bang lai|vo|chong|con|bo|me|ba|ma|ban|sep|cong ty|tien|don thuoc|lich kham|"
    r"phong|viec|cong viec|gia dinh)\s+(?:e|t)(?=\s*(?:$|[^\w\s]|\s(?!(?:va|hay|voi)(?!\w))))")
# A relative named bare after a possessive ("nợ của bố đang bị đòi", "bệnh của vợ ngày càng nặng"): in
# Vietnamese the asker's own relative when something is said of them now; otherwise a sign of one ("tài sản
# riêng của vợ có phải chia không?" is also anybody's question).
_FAMILY_KIN = (r"bo|me|vo|chong|ck|vk|ny|nguoi yeu|con (?:trai|gai)|ong (?:noi|ngoai)|ba (?:noi|ngoai)|anh trai|"
               r"chi gai|em trai|em gai")  # folded words that name only a relative ("ba" is also three)
_KIN_POSSESSED = re.compile(
    r"(?<!\w)cua\s+(?P<kin>" + _FAMILY_KIN + r"|ba|ma|con)(?!\w)"
    # "của vợ hay chồng", "của vợ chồng": anybody's; "của bộ y tế", "bộ luật": a ministry, a set
    r"(?!\s+(?:chong|vo|cai|me|con|bo|hay|hoac|va|y te|cong an|tai chinh|giao duc|quoc phong|tu phap|noi vu|"
    r"lao dong|ngoai giao|xay dung|cong thuong|nong nghiep|giao thong|khoa hoc|thong tin|van hoa|ke hoach|"
    r"tai nguyen|luat|phan|may|ho so|de thi|quan ao|suu tap|sach)(?!\w))")
_FAMILY_ONLY_KIN = re.compile(r"(?:" + _FAMILY_KIN + r")$")
_COUNTED_AFTER = re.compile(r"\s+(?:nguoi|nam|thang|tuan|ngay|lan|cai|con|chiec|ben|buoi|gio|phut|trieu|nghin|"
                            r"tram|muoi|ty|\d)(?!\w)")  # "của ba người": three, not dad
_NOW_AFTER = re.compile(r"\s+(?:(?:\w+\s+){0,2}(?:dang|bi|vua|moi|ngay cang|dao nay|van dang|da bi)|"
                        r"(?:cung|van|hien|da)\s+(?:dang|bi))(?!\w)")
_SELF_DESCRIBED = re.compile(r"^\s*(?:vi\s+)?la\s+(?:nguoi|benh nhan|phu nu|dan ong|me|bo|con|sinh vien|"
                             r"nguoi bi|nguoi dang)\s[^,.;?!]{1,40},")
# A title and a capitalised name ("anh Hoàng", "chị Lan", "bệnh nhân Trần Văn Hùng").
_TITLED_NAME = re.compile(
    r"(?<!\w)(?i:cô giáo|co giao|thầy giáo|thay giao|thầy|thay|bác sĩ|bac si|bs|giáo viên|giao vien|anh|chị|chi|thằng|"
    r"ông|ong|bà|ba|cô|co|chú|chu|bác|bac|em|bạn|ban|bé|be|cháu|chau|cậu|cau|dì|di|"
    r"bệnh nhân|benh nhan|bn|sếp|sep|đồng nghiệp|dong nghiep|khách hàng|khach hang|người tên|nguoi ten|"
    r"mr\.?|mrs\.?|ms\.?|miss|dr\.?|colleague|neighbou?r|friend|boss)"
    r"\s+(?P<name>[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^\W\d_]*)")
_ENGLISH_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr)\b")  # capitalised wherever it stands ("whether Mrs. Thu has…")
# National figures, also the names of streets, schools and hospitals: never the person a question
# discloses something about ("Đại tướng Võ Nguyên Giáp", "đường Lý Thường Kiệt", "Bác Hồ").
PUBLIC_FIGURES = frozenset(fold(n) for n in (
    "Hồ Chí Minh", "Bác Hồ", "Nguyễn Tất Thành", "Nguyễn Ái Quốc", "Võ Nguyên Giáp", "Trần Hưng Đạo",
    "Trần Quốc Tuấn", "Lý Thường Kiệt", "Lê Lợi", "Nguyễn Trãi", "Nguyễn Du", "Quang Trung", "Nguyễn Huệ",
    "Hai Bà Trưng", "Bà Triệu", "Ngô Quyền", "Đinh Bộ Lĩnh", "Đinh Tiên Hoàng", "Lê Hoàn", "Lý Thái Tổ",
    "Lý Công Uẩn", "Lê Thánh Tông", "Trần Nhân Tông", "Trần Thủ Độ", "Phan Bội Châu", "Phan Châu Trinh",
    "Võ Thị Sáu", "Nguyễn Thị Minh Khai", "Hồ Xuân Hương", "Nguyễn Đình Chiểu", "Lê Quý Đôn", "Chu Văn An",
    "Nguyễn Bỉnh Khiêm", "Hàm Nghi", "Kim Đồng", "Lý Tự Trọng", "Trần Phú", "Lê Duẩn", "Phạm Văn Đồng",
    "Tôn Đức Thắng", "Trường Chinh", "Nguyễn Văn Cừ", "Hoàng Văn Thụ", "Võ Văn Kiệt",
    "Nguyễn Văn Trỗi", "Tô Hiến Thành", "Yết Kiêu", "Phạm Ngũ Lão", "Nguyễn Chí Thanh", "Điện Biên Phủ",
    "Lê Thánh Tôn", "Nguyễn Khuyến", "Xuân Diệu", "Tố Hữu", "Nam Cao", "Tô Hoài", "Văn Cao", "Trịnh Công Sơn",
    "Hùng Vương", "An Dương Vương", "Lạc Long Quân", "Âu Cơ", "Thánh Gióng", "Mạc Đĩnh Chi", "Lê Văn Duyệt",
    "Trương Định", "Nguyễn Trung Trực", "Pasteur", "Yersin", "Alexandre Yersin",
    "Hàn Mặc Tử", "Nguyễn Bính", "Chế Lan Viên", "Vũ Trọng Phụng", "Ngô Tất Tố", "Bà Huyện Thanh Quan",
    "Đoàn Thị Điểm", "Cao Bá Quát", "Nguyễn Công Trứ",
    # characters of literature and legend, whatever is asked about them ("Chí Phèo có tiền án gì?"); only those
    # whose last syllables are no one's given name ("Thúy Vân", "Tấm" are; a name's tail is matched too)
    "Chí Phèo", "Bá Kiến", "Lão Hạc", "Chị Dậu", "Tấm Cám", "Thạch Sanh", "Lý Thông", "Hoạn Thư", "Lục Vân Tiên",
    "Kiều Nguyệt Nga", "Xuân Tóc Đỏ", "Sơn Tinh", "Chử Đồng Tử", "Mai An Tiêm", "Dế Mèn", "A Phủ",
    # feasts and works whose names read as a person's typed bare ("Le Phuc Sinh" is Easter)
    "Lễ Phục Sinh", "Lễ Giáng Sinh", "Lễ Vu Lan", "Bình Ngô", "Bình Ngô đại cáo",
))
_NOT_NAMES = frozenset(fold(w) for w in (
    "Bệnh", "Viện", "Nội", "Sài", "Gòn", "Đà", "Nẵng", "Huế", "Phòng", "Khoa", "Tôi", "Em", "Anh", "Chị",
    "Quốc", "Phật", "Chúa", "Trời", "Giáo", "Hội", "Tết", "Ngân", "Hàng", "Trường", "Công", "An", "Sở", "Bộ"))
# Places whose first word is also a given name ("chị Hà" is a person, "Hà Nội" a city), folded.
_PLACES_OPENING_WITH_A_NAME = frozenset(("ha noi", "ha tinh", "ha giang", "ha nam", "ha dong", "ha long", "ha tien"))
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
# A concrete person named by a relation to the asker or as an anonymous "người có CCCD …".
_THIRD_PARTY = cue_pattern((
    # "người có CCCD …", not "người có tiền án" (anybody with a record)
    # ... or who carries one ("người mang biển số …"); not "người mang theo con nhỏ" (whoever brings a child)
    *(f"nguoi {verb} {value}" for verb in ("co", "mang")
      for value in ("cccd", "cmnd", "so", "sdt", "so dien thoai", "bien so", "tai khoan", "stk", "ten", "ma", "email",
                    "ho chieu", "dia chi", "the", "so the", "bhyt", "bhxh", "ma so")),
    "chu the", "chu tai khoan", "chu xe", "chu so dien thoai", "chu so tai khoan",
    "chu so thue bao", "chu so nay", "chu sim", "chu thue bao", "nguoi nay", "nguoi do", "hang xom", "dong nghiep",
    "nguoi yeu cu", "vo cu", "chong cu", "owner of", "the owner", "whoever owns"))
# Asking someone to look, check or tell for the asker ("cho tôi xem", "tra giúp", "check giúp", "định vị hộ"), in
# every register: read both as a lookup (``_LOOKUP``) and as what is asked of a person named by a role
# (``_ASKED_OF_SOMEONE``). Not a bare "kiểm tra" or "check" ("tôi có nên đi check sức khỏe không?"), nor "lấy hộ",
# "trả hộ" (fetching, paying for someone).
_REQUESTS = (
    "cho toi biet", "cho toi xem", "cho em biet", "cho em xem", "cho minh biet", "cho minh xem", "tra giup",
    "tra cuu giup", "tra thong tin", "check xem",
    # to be sent what a record holds ("gửi giúp tôi ảnh khuôn mặt chấm công của anh bảo vệ"): beside a third person
    # and a topic only, as every request here
    *(f"gui {helper} {asker}" for helper in ("giup", "gium", "dum", "cho") for asker in ("toi", "em", "e", "minh")),
    *(f"{verb} {helper}" for verb in ("xem", "kiem tra", "check", "dinh vi", "xac nhan", "soi")
      for helper in ("giup", "gium", "ho", "dum")))
# Where someone is right now: always a lookup of a person ("cô giáo giờ đang ở đâu").
_WHEREABOUTS_NOW = ("o dau luc nay", "o dau bay gio")
# Where someone is, or how much they have, asked without "now": asked of anybody ("Cô giáo chủ nhiệm đang ở đâu thì
# phụ huynh gặp được?", "khu này có bao nhiêu tiền gửi xe"), a lookup only of a named person or beside another
# sensitive topic (``_requests``).
_WHEREABOUTS_OR_MEANS = ("dang o dau", "co bao nhieu tien", "o cho nao", "o tro cho nao", "o tro o dau",
                         "dang song o dau", "song o dau", "dang o tro")
_WHEREABOUTS_OR_MEANS_ASKED = cue_pattern((*_WHEREABOUTS_OR_MEANS, "con bao nhieu tien"))
_NOW_BEFORE = re.compile(r"(?<!\w)(?:gio|bay gio|luc nay|hien gio|hien tai|hien nay|gio nay|toi nay)\s+$")
# Asking to be handed something ("cho tôi xin ảnh khuôn mặt của chị Lan"): beside a third person only, and not a
# schedule, a form, a hotline or a document anybody may have ("cho em xin mẫu đơn của cô chủ nhiệm").
_HANDED_OVER = re.compile(r"(?<!\w)cho\s+(?:toi|em|e|minh|tui|chau)\s+xin(?!\w)(?!\s+(?:(?:cai|cac|mot|ban|to)\s+)?"
                          r"(?:lich|mau|don|bieu mau|so tong dai|tong dai|hotline|so hotline|van ban|tai lieu|"
                          r"huong dan|thu tuc|quy trinh|bang gia|gio lam viec)(?!\w))")
# Asking to look up, reveal or check what a record says about someone, or where they are: a request
# (``_REQUESTS``), or the record or state asked after ("bệnh án", "số dư", "có tiền án", "đứng tên ai"). Read
# only beside a third person and a sensitive topic (``categories``).
_LOOKUP = cue_pattern((
    *_REQUESTS, *_WHEREABOUTS_NOW, *_WHEREABOUTS_OR_MEANS,
    "tra cuu", "la ai", "bi benh gi", "benh gi", "mac benh gi", "co tien an",
    "tien an tien su", "co no xau", "so du", "theo dao gi", "co phai dong tinh",
    "lich su giao dich", "sao ke", "ket qua xet nghiem", "benh an", "ho so benh an",
    # asking anyone to tell ("ai biết nói em với", "ai biết kể e nghe"): not "ai biết cách…", which asks for advice
    *(f"ai biet {ask}" for ask in ("noi", "ke", "cho hoi", "cho em hoi", "cho e hoi", "cho minh hoi", "chi")),
    # in which hospital someone lies ("nằm viện nào"): not advice asked so ("nằm viện nào ở quận 5 thì tốt",
    # ``_ADVICE_ON_WHERE``). A forum's tail ("…, ai biết không") asks nothing itself: the state asked before it does
    # (``_confirm_asked``, ``_asks_a_record``), or it is advice ("có lây không, ai biết không?").
    "nam vien nao",
    # the record or state asked after
    "vi benh gi", "ket qua xn", "lich su kham benh", "ho so suc khoe", "co an tich", "ly lich tu phap",
    "dung ten ai", "vi tri hien tai", "dinh vi", "ay bi gi", "ta bi gi", "ay mac benh gi",
    "no bao nhieu", "chu xe ten gi", "tell me where", "is right now", "tell me whether", "tell me if",
    "find out whether", "find out if", "find out where", "check where", "check whether", "check if",
    "has a criminal record", "treated for", "check his file", "check her file", "check his record",
    "check her record", "look up his", "look up her",
    # a record asked to be brought up or shown ("pull up the medical record of…", "show me her test results")
    "pull up", "bring up the", "show me the", "show me his", "show me her", "open his", "open her",
    "give me access to", "access his", "access her",
    "is being treated", "what illness", "what disease", "co trong danh sach"))
# A look asked for in words split around what is looked at ("xem nợ xấu giúp", "check số này hộ"); not "tra":
# folded it is also "trả", to pay ("tra chủ xe giúp" may ask for the owner to pay). Folded "ho" is also "ho", a
# cough ("xem bé bị ho có sao không"): not after "bị", and only typed "hộ" or bare (``_typed_as``).
_LOOKUP_AROUND = re.compile(r"(?<!\w)(?:xem|kiem tra|check|dinh vi)(?:\s+[^\W\d_]+){1,3}?\s+"
                            r"(?P<helper>giup|gium|(?<!bi )ho|dum)(?!\w)")
_MARKED_HO = frozenset(("hộ",))
# What is asked of a person named only by a role or relation ("kiểm tra giúp tôi ông giám đốc có nợ xấu không", "cô
# giáo chủ nhiệm giờ đang ở đâu", "ông trưởng phòng theo đạo gì"): a request to look, hand over or tell, or a
# question about their state; not a record word alone ("Giám đốc có được xem bệnh án của nhân viên không?" asks
# about a rule, whoever's record it is).
# A right asked about ("Trưởng phòng có được hỏi bệnh án của anh ấy không?", "công ty có quyền xem…"): a rule, not a
# request to see the record, whoever it is about.
_RIGHT_ASKED = re.compile(r"(?<!\w)(?:co quyen|co duoc(?:\s+phep)?|duoc phep)\s+(?:(?!cho\s)\w+\s+){0,2}?"
                          r"(?:hoi|xem|biet|yeu cau|doi|tiet lo|cung cap|kiem tra|tra cuu|thu thap|cong bo)(?!\w)"
                          r"(?![^.!?]{0,60}(?:giup|gium|dum|cho toi|cho em)(?!\w))")
_ASKED_OF_SOMEONE = cue_pattern((
    *_REQUESTS, *_WHEREABOUTS_NOW, *_WHEREABOUTS_OR_MEANS, "bi benh gi", "mac benh gi", "vi benh gi", "theo dao gi",
    # not "có tiền án": said as often as asked
    "no bao nhieu", "con bao nhieu tien", "bi gi", "what illness", "what disease", "nam vien nao",
    # what someone was jailed for, asked ("từng đi tù vì tội gì", "bị bắt vì tội gì"); not said ("từng đi tù vì…")
    "vi toi gi"))
# Where someone is being treated, asked ("đang điều trị trầm cảm ở đâu", "dang chua benh o vien nao"): a question
# about them, as ``_ASKED_OF_SOMEONE``'s; a lookup only of someone singled out (``about``). Folded; bounded.
_TREATED_WHERE = re.compile(r"(?<!\w)dang\s+(?:dieu tri|chua|chua tri|nam vien|kham|dieu tri benh)"
                            r"(?:\s+[^\W\d_]+){0,4}?\s+o\s+(?:dau|benh vien nao|vien nao|cho nao)(?!\w)")
# A list of the people in a state asked for ("danh sách những người bị lao trong xóm", "danh sach nguoi nhiem HIV"):
# concrete people, each of them, whose record is asked. Folded; bounded.
# Where they are may stand between the people and their state ("danh sách những người trong xóm đi nhà thờ Tin Lành"),
# and a faith or a party is practised as well as followed ("đi nhà thờ", "đi chùa", "sinh hoạt đảng").
_LIST_OF_PEOPLE = re.compile(r"(?<!\w)(?:danh sach|ten)\s+(?:(?:cac|nhung|may)\s+)?(?:nguoi|ho|benh nhan|ca|ai)\s+"
                             r"(?:(?:o|trong|tai|cua)\s+(?:[^\W_]+\s+){1,3}?)?"
                             r"(?:(?:dang|da|tung|hay|co)\s+)?(?:bi|mac|nhiem|dieu tri|co tien an|no xau|theo dao|"
                             r"di nha tho|di le|di chua|di hoi thanh|sinh hoat (?:dang|ton giao|dao)|"
                             # what they said or how they voted ("ai phát biểu phản đối", "những người bỏ phiếu chống")
                             r"phat bieu|phan doi|bo phieu|ky (?:ten|don|kien nghi)|ung ho)(?!\w)")
# Such a list handed over ("cho tôi danh sách những người…", "gửi giúp danh sách", "liệt kê tên những người…", a
# group's members: "cho tôi danh sách thành viên"): the list is what is asked for, with no other word of a request.
# Folded; bounded.
_LIST_ASKED = re.compile(r"(?<!\w)(?:cho\s+(?:(?:toi|tui|em|e|minh|t|chau)\s+)?(?:xin\s+|xem\s+)?|xin\s+|"
                         r"gui\s+(?:giup\s+|cho\s+)?|"
                         r"liet ke\s+|lap\s+|lay\s+|in\s+)(?:(?:cai|cac|mot|ban)\s+)?(?:danh sach|ten)\s+"
                         r"(?:(?:cac|nhung|may)\s+)?(?:nguoi|ho|benh nhan|ca|ai|thanh vien|hoi vien|tin do)(?!\w)")
# Asked to be told, closing a clause ("…, kể em nghe", "nói tôi nghe với", "kể cho mình biết đi"): a request. Not
# what someone told ("Chị Lan kể em nghe chị ấy bị…", a disclosure asked about). Folded.
_TELL_ME = re.compile(r"(?<!\w)(?:ke|noi)\s+(?:cho\s+)?(?:em|e|toi|tui|minh|chi|anh)\s+(?:nghe|biet)"
                      r"(?:\s+(?:voi|di|nhe|nha|duoc khong|dc ko|duoc ko|voi nhe))?\s*(?:[.!?,;]|$)")
# A bare yes-or-no question whose subject is the person ("chị Lan có bị HIV không?", "Chi Mai o to 5 co phai dang
# dieu tri HIV o day khong?"): asks what a record would say. Not after a state already said of them ("anh ấy bị ngã,
# có bị gãy xương không?" asks for advice; ``_asks_a_record``). Bounded.
_ASKED_WHETHER = re.compile(
    r"(?:^|[.!?;:]\s*)(?:\w+\s+){1,8}?(?P<ask>co)\s+(?:(?:phai|ph)\s+)?(?:(?:dang|da|tung)\s+)?"
    # a state, not what would follow an act ("anh Nam đánh bạc có bị bắt không?" asks about the law)
    r"(?:bi(?!\s+(?:bat|phat|xu|kien|truy|giam|tam giu|khoi to|di tu|ngoi tu|tu|thu hoi|duoi|sa thai|mat|tru|"
    r"dieu tra|tuoc|cam|tinh|lay|loai)(?!\w))|mac|nhiem|theo dao|no xau|dong tinh|tien an|an tich|la dong tinh|"
    r"(?<=dang )dieu tri)(?!\w)"
    # the question may end in a particle ("không ạ?") or go on after a comma ("…không, em lo quá")
    r"[^.!?;]{0,60}?\s(?:khong|ko|k|hong|chua)(?:\s+(?:a|vay|nhi|ha))?\s*(?:[?.!,]|$)")
# Whose a value is, asked ("số này là của ai", "có phải của người đã lừa tôi"): the value's owner is looked up.
_OWNER_ASKED = cue_pattern(("cua ai", "la cua ai", "co phai cua", "ten ai", "chu so nay", "la ai",
                            # the holder's name or address asked ("cho tôi tên và địa chỉ")
                            *(f"cho {asker} {what}" for asker in ("toi", "em", "e", "minh", "tui")
                              for what in ("ten", "ho ten", "dia chi", "thong tin"))))
# Named by a relation only, the person a lookup is about ("người quen", "ông chủ trọ", "bạn gái tôi").
_LOOKED_UP = cue_pattern((
    "nguoi quen", "ng quen", "chu tro", "chu nha tro", "ban gai", "ban trai", "ban than", "ban cung phong",
    "nhan vien ten", "nguoi ten", "dung ten ai",
    # a relative by marriage or a cousin whose record is asked after ("số dư của anh rể tôi"): not the asker's
    # family, whose records the family sees
    *(f"cua {relative}" for relative in ("anh re", "chi dau", "em re", "em dau", "anh ho", "chi ho", "em ho"))))
# "người yêu cũ của tôi", "đồng nghiệp của em": the third person's relation to the asker, not the asker's record.
# A class, room or department may stand between ("bạn thân lớp 11A2 của em"). Bounded: three words.
_RELATION_OF = re.compile(r"(?<!\w)(?P<relation>nguoi yeu cu|ny cu|vo cu|chong cu|dong nghiep|hang xom|ban|ban than|"
                          r"ban cung phong|nguoi quen|ng quen|sep|"
                          # whoever teaches or minds the asker's child ("cô giáo chủ nhiệm lớp 3A của con tôi")
                          r"co giao|thay giao|giao vien|co chu nhiem|thay chu nhiem|bao mau|gia su)"
                          r"(?P<between>(?:\s+[^\W_]+){0,4}?)\s+cua\s+(?:(?:con|be|chau)\s+)?"
                          r"(?:toi|tui|minh|em|e)(?!\w)")
# A record between a relation and "của em" is the asker's ("bản xét nghiệm của em": folded "ban" is also "bản").
_RECORD_BETWEEN = re.compile(r"(?<!\w)(?:xet nghiem|sieu am|ket qua|ho so|benh an|don thuoc|phieu|giay|phim|chup|"
                             r"bao cao|sao ke|hop dong|tai khoan)(?!\w)")


def _without_relations(folded: str, marked: str) -> str:
    """``folded`` with each third person's relation to the asker ("đồng nghiệp của em", "bạn thân lớp 11A2 của
    tôi") blanked, so that "của em" there is no sign of the asker's own record. Folded "ban" is "bạn" (a friend)
    only typed so, or in a text typed without any diacritics; "bản", "bán", "bàn" otherwise."""
    kept = list(folded)
    for match in _RELATION_OF.finditer(folded):
        relation = match.group("relation")
        if relation == "ban" and len(marked) == len(folded) and not marked.isascii() \
                and marked[match.start():match.end("relation")] != "bạn":
            continue
        if _RECORD_BETWEEN.search(match.group("between")):
            continue
        kept[match.start():match.end()] = " " * (match.end() - match.start())
    return "".join(kept)
# The asker's own family: "anh ấy" after "chồng tôi" is the husband, whose records the family sees.
_FAMILY_OF_ASKER = cue_pattern(f"{kin} {asker}" for asker in ("toi", "tui", "minh", "em", "e")
                               for kin in ("chong", "vo", "me", "bo", "cha", "con", "con trai", "con gai", "ck", "vk",
                                           "anh trai", "chi gai", "em trai", "em gai", "ong noi", "ba noi",
                                           "ong ngoai", "ba ngoai"))
_HOUSEHOLD = cue_pattern(f"nha {asker}" for asker in ("toi", "tui", "minh", "em", "e", "chau"))
# The asker's family or home named as whose someone else is, or where they are ("cô giáo chủ nhiệm lớp 3A của con
# tôi", "cô giáo lớp bé nhà em", "người thuê phòng bên cạnh nhà tôi"): the subject is that someone, not the family.
_FAMILY_AS_OWNER_BEFORE = re.compile(r"(?<!\w)(?:cua|lop|truong|canh|ben)(?:\s+[^\W\d_]+)?\s+$")


def _own_family_said(said: str) -> bool:
    """Whether ``said`` (folded) names the asker's family or household as the one spoken of, not as the owner or
    the neighbour of someone else (``_FAMILY_AS_OWNER_BEFORE``)."""
    return any(not _FAMILY_AS_OWNER_BEFORE.search(said, max(0, m.start() - 16), m.start())
               for pattern in (_FAMILY_OF_ASKER, _HOUSEHOLD) for m in pattern.finditer(said))

_ANY_CASE_PRONOUN = re.compile(_THIRD_PERSON_PRONOUN.pattern, re.IGNORECASE)
# A partner, even the asker's own, is no one the asker may track ("vợ tôi đang ở đâu, định vị giúp"): a
# parent finding a lost child or a confused father is another matter, and is not read here.
_PARTNER = cue_pattern(("vo toi", "chong toi", "vo em", "chong em", "vo minh", "chong minh", "ny", "nguoi yeu",
                        "ban gai", "ban trai", "ck", "vk", "con bo", "chong cu", "vo cu", "nguoi yeu cu", "ny cu"))
# A partner's thing said as theirs ("của vợ tôi", "cua ny em"), the asker's own ("của tôi"). Folded.
_PARTNER_OWNED = re.compile(r"(?<!\w)cua\s+(?:vo|chong|ny|nguoi yeu|ban gai|ban trai|vk|ck)"
                            r"(?:\s+(?:toi|em|minh|tui))?(?!\w)")
_SELF_OWNED = re.compile(r"(?<!\w)cua\s+(?:toi|tui|minh|em|e|tao)(?!\w)")
# Asking to track someone; not the asker's own phone ("bạn trai định vị điện thoại của tôi, có phạm luật không?").
_REQUESTED = cue_pattern(_REQUESTS)
# A partner's money looked into ("kiểm tra giùm tôi xem vợ tôi vừa rút bao nhiêu tiền"): as a partner's whereabouts,
# no record the asker may open, though the partner is family. Only asked of the node as a request (``_REQUESTS``, "xem
# … giúp"), not a right asked about ("tôi có quyền xem sao kê tài khoản chung không?").
# The record's owner keeps it from the asker ("anh ấy không cho tôi biết", "giấu em", "không chịu nói"): asked for
# behind their back, a relative's record is no longer the asker's own business. Folded; bounded.
_WITHHELD = re.compile(r"(?<!\w)(?:(?:khong|ko|k|kg|chang|dau co)\s+(?:chiu\s+|muon\s+)?(?:cho|noi cho|ke cho|dua)\s+"
                       r"(?:toi|tui|em|e|minh|t|vo|chong)\s+(?:biet|xem|hay)|giau\s+(?:toi|tui|em|e|minh|vo|chong)|"
                       r"(?:khong|ko|k|chang)\s+(?:chiu|muon)\s+(?:noi|ke|cho xem|tiet lo)|giau\s+(?:ket qua|benh|"
                       r"chuyen|viec|so)|(?:len|vung trom|sau lung)\s+(?:anh|chi|vo|chong|me|bo|con|no|ong|ba))(?!\w)")
_PARTNERS_MONEY = cue_pattern(("so du", "rut bao nhieu", "rut tien", "sao ke", "lich su giao dich", "so tiet kiem",
                               "chuyen cho ai", "chuyen khoan cho ai", "tieu bao nhieu", "chi tieu"))
# Someone named by a word and a given name after "tên" ("shipper tên Hùng", "thằng tên Tuấn", "khách tên Lan"):
# one person. Not the asker introducing themselves ("em tên Hùng"), whose words are not in the list. As typed.
_CALLED = re.compile(r"(?<!\w)(?:shipper|tài xế|tai xe|người|nguoi|khách|khach|thằng|thang|nhân viên|nhan vien|bạn|ban|"
                     r"ông|ong|bà|ba|anh|chị|chi|cô|co|chú|chu|con nhỏ|con nho)\s+(?:tên|ten)\s+"
                     r"[A-ZĐÂĂÊÔƠƯ][a-zà-ỹđ]*(?!\w)")
_TRACKING = cue_pattern((*(f"dinh vi {what}" for what in ("giup", "gium", "ho", "dum", "xem", "so", "thue bao",
                                                           "dien thoai", "xe")),
                         "vi tri hien tai cua", "theo doi vi tri cua", "xem camera", "xem vi tri", "cho xin vi tri",
                         # where a vehicle or its owner is now, asked with the plate ("xe … đang đỗ ở đâu, cho tôi
                         # vị trí của chủ xe")
                         "vi tri chinh xac", "vi tri cua chu xe", "dang do o dau", "dang do cho nao",
                         *(f"cho {asker} vi tri" for asker in ("toi", "em", "e", "minh", "tui")),
                         "gui dinh vi", "dinh vi live", "vi tri live",
                         # where a person is, found through their number, plate or account ("tra giúp vị trí số
                         # 0912…", "vị trí của thuê bao này", "track this number"): beside an identifier only
                         *(f"{look} vi tri" for look in ("tra", "tra giup", "tra gium", "tra ho", "tra dum", "tra cuu",
                                                         "tim", "xac dinh", "lay", "check")),
                         *(f"vi tri {of}" for of in ("so", "cua so", "thue bao", "cua thue bao", "sim", "cua sim",
                                                     "cua nguoi", "cua chu", "tai khoan", "cua tai khoan")),
                         "theo doi xe", "gps cua",
                         # a camera's footage drawn for a plate or a number ("trích camera cho t", "trích xuất camera")
                         "trich camera", "trich xuat camera", "trich xuat hinh anh camera", "coi camera"))
# A number, phone or account followed, or a person tracked or located ("theo dõi số 0912…", "track this number",
# "locate the owner of…"): where a person is, if a person is behind it (``categories`` reads it as a doubt of
# whereabouts). Not a parcel's tracking ("the tracking says Hanoi hub"). Folded.
FOLLOWED = re.compile(r"(?<!\w)(?:(?:theo doi\s+(?:so|thue bao|dien thoai|sim|tai khoan)"
                      r"|(?:track|locate|trace)\s+(?:[\w'+]+\s+){0,3}?(?:number|phone|sim|account|him|her|them|owner|"
                      r"person|wife|husband|girlfriend|boyfriend|ex|where)|location of)(?!\w)"
                      r"|(?:track|locate|trace)\s+\+?\d)")  # the number right after ("pls track +84 356…")
# Where someone is now, asked with a request to look ("vợ tôi đang ở đâu, tra giúp số 0912…"): beside an identifier or
# a partner, as ``_TRACKING``. Not where a thing is done ("tra giúp số này đăng ký ở đâu", "cấp ở đâu").
# Where they went is where they were ("xe 29H-456.78 tối qua đi đâu, trích camera cho tôi xem lộ trình"): the same
# tracking, asked of the past; a route or a journey asked for as well.
_WHEREABOUTS = cue_pattern(("dang o dau", "dang o cho nao", "hien o dau", "hien dang o dau", "gio o dau",
                            "bay gio o dau", "where is", "where are", "di dau", "da di dau", "di nhung dau",
                            "lo trinh", "hanh trinh", "where did"))
# The asker's own phone or vehicle lost or stolen ("định vị điện thoại bị mất của tôi", "xe tôi bị trộm, định vị giúp
# biển 29H…"): no one else is tracked. Not a person gone missing ("mất tích"). Folded.
_OWN_THING_LOST = re.compile(
    r"(?<!\w)(?:dien thoai|dt|dthoai|may|sim|xe|xe may|o to|iphone|dien thoai di dong)\s+(?:cua\s+)?"
    r"(?:toi|tui|em|e|minh|t)\s+(?:vua\s+|moi\s+|da\s+)?(?:bi\s+)?(?:mat|trom|cuop|danh roi|roi mat|"
    r"mat trom|lay mat)(?!\s+tich)(?!\w)"
    r"|(?<!\w)(?:dien thoai|dt|may|sim|xe|xe may|iphone)\s+(?:vua\s+|moi\s+|da\s+)?(?:bi\s+)?"
    r"(?:mat|mat trom|trom|cuop|danh roi)(?!\s+tich)(?!\w)(?:\s+\w+){0,2}?\s+(?:cua\s+)?(?:toi|tui|minh)(?!\w)"
    r"|(?<!\w)(?:toi|tui|em|minh)\s+(?:vua\s+|moi\s+|da\s+|bi\s+)*(?:lam mat|danh roi|mat|bi mat|bi trom|"
    r"bi cuop)\s+(?:cai\s+|chiec\s+)?(?:dien thoai|dt|may|sim|xe|xe may|iphone)(?!\w)"
    r"|(?<!\w)(?:my|our)\s+(?:lost|stolen)\s+(?:phone|car|bike)|(?<!\w)(?:lost|stole|stolen)\s+my\s+(?:phone|car|bike)")
# Someone with a right to the record: treating staff, guardian, the authorities, the person's own family.
_AUTHORITY = cue_pattern((
    "bac si dieu tri", "dieu duong", "dieu duong truong", "y ta truong", "nguoi giam ho", "giam ho", "luat su",
    "toi la cong an", "ben cong an", "co quan cong an", "cong an yeu cau", "theo yeu cau cua cong an",
    "can bo cong an", "dieu tra vien", "toa an", "vien kiem sat",
    "duoc uy quyen", "giay uy quyen", "uy quyen",
    "nguoi dai dien theo phap luat", "can bo", "toi la bac si", "toi la y ta"))
# The authorities asked, not asking ("bên công an xã có biết không", "công an xã cho em xem được không"): no sign of
# the asker's authority. Bounded: two words between.
_AUTHORITY_ASKED = re.compile(r"(?<!\w)(?:ben cong an|co quan cong an|can bo)(?:\s+[^\W\d_]+){0,2}?\s+(?:co biet|"
                              r"biet khong|cho (?:toi|em|e|minh|tui) (?:xem|biet|hoi))(?!\w)")
# "Ông Phát nhờ tôi hỏi: ông có tiền án…": asked for by a titled person or a name redacted ("<PERSON_1> nhờ tôi
# hỏi"), who may be the one the question is about (``_on_the_persons_behalf``). Bounded: at most 60 characters
# from the title or name to "nhờ".
_ASKED_FOR_BY = re.compile(r"(?:(?<!\w)(?P<title>ong|ba|anh|chi|co|chu|bac|di|cau)(?!\w)|<person_\d+>)"
                           r"[^.!?;]{0,60}?\s+nho\s+"
                           r"(?:toi|tui|minh|em|e|chau|con)\s+hoi(?!\w)")
_MARKED_TITLES = frozenset(("ông", "bà", "anh", "chị", "cô", "chú", "bác", "dì", "cậu"))
# A capitalised word inside a sentence: a name ("của Nam"), not "HIV" nor a sentence's first word.
_CAPITALISED_WORD = re.compile(r"(?<![.!?]\s)(?<![.!?])(?<!\w)[A-ZĐÂĂÊÔƠƯ][a-zà-ỹđ]+")
_OWN = re.compile(r"(?<!\w)(?:của|cua)\s+(?:tôi|toi|tui|mình|minh|em|e|con tôi|con toi|vợ tôi|vo toi|chồng tôi|"
                  r"chong toi|mẹ tôi|me toi|bố tôi|bo toi)(?!\w)")
_PLACEHOLDER = re.compile(r"<(?:PERSON|CCCD|CMND|PHONE|EMAIL|TAX_CODE|PASSPORT|DOB|ID_NUMBER|HEALTH_INSURANCE|"
                          r"SOCIAL_INSURANCE|BANK_ACCOUNT|CARD|PLATE|ADDRESS)_\d+>")
_PLACEHOLDER_NAME = re.compile(r"<PERSON_\d+>")
# A question framed as an exercise or an example ("Bài toán: Anh Nam có 120 nghìn…", "Ví dụ: ông A vay…"): its
# people are made up. They stay a sign of a person (the gate cannot be sure), not a confirmed one. Only as the
# opening frame: "(case study)" added anywhere is no licence.
_EXERCISE = re.compile(r"^\W*(?:bai toan|bai tap|de bai|de thi(?: thu)?|de kiem tra|vi du|gia su|tinh huong|"
                       r"cau hoi trac nghiem|trong sach giao khoa|sach giao khoa|for example|suppose)(?!\w)")
# A textbook or a teaching case opening the question ("In the textbook example, 'Mr. Nam has diabetes'…", "Trong
# giáo trình điều dưỡng, bệnh nhân…"): its people are made up too, unless it asks to look someone up. An exercise
# asks after its people by design ("…hỏi anh Nam có bao nhiêu tiền?"); a source named ahead of a lookup ("Case
# study: tra giúp bệnh án của ông…") is only a claim.
_TEXTBOOK = re.compile(r"^\W*(?:[^\W\d_]+\s+){0,3}?(?:textbooks?|examples?|case study|giao trinh|sach giao khoa|"
                       r"vi du)(?!\w)")  # within its first words: "In the Vietnamese textbook…", "Theo giáo trình…"
# "Nguyễn Văn A", "ông B": the textbook's stand-in for anybody (a real name cut short is written "Nguyễn Văn H.").
MADE_UP_NAME = re.compile(r"(?<!\w)[ABCDXYZ](?![\w.])\s*$")
# Words typed without spaces ("toibiungthuphoi"): who they are about cannot be read, so a concrete person is
# assumed (fail closed). A run of 12 letters or more that splits into Vietnamese syllables; a long foreign
# word does not ("pneumococcal", "vietcombank").
_LONG_RUN = re.compile(r"[^\W\d_]{12,}")
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?(?:[aeiou]{1,3}|y)"
                       r"(?:ch|ng|nh|[cmnpt])?|[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")
_MAX_SYLLABLE, _MAX_CHECKED_RUN = 7, 60
# A long run may carry a stray letter that is no syllable ("viemganBmantinh": hepatitis B): one per this many
# letters is forgiven. A foreign word that long is rare; a shorter one ("pneumococcal") gets no such leeway.
_LETTERS_PER_STRAY = 16


@lru_cache(maxsize=4096)  # the gate reads a text several times (topics, person)
def _splits_into_syllables(word: str) -> bool:
    """Whether ``word`` (folded) is a sequence of Vietnamese syllable shapes, with at most one stray letter per
    ``_LETTERS_PER_STRAY`` (linear: at most seven ends per position are tried). Runs longer than
    ``_MAX_CHECKED_RUN`` count as glued words (fail closed)."""
    if len(word) > _MAX_CHECKED_RUN:
        return True
    strays = [0] + [len(word)] * len(word)  # fewest stray letters needed to read word[:end]
    for end in range(1, len(word) + 1):
        strays[end] = min([strays[end - 1] + 1] + [strays[start] for start in range(max(0, end - _MAX_SYLLABLE), end)
                                                   if _SYLLABLE.fullmatch(word, start, end)])
    return strays[-1] <= len(word) // _LETTERS_PER_STRAY


@lru_cache(maxsize=4096)
def _foreign_letter(ch: str) -> bool:
    """A letter of a script other than Latin (Cyrillic "о", Greek "ο"…): a look-alike inside a Latin word."""
    return ch.isalpha() and not unicodedata.name(ch, "LATIN").startswith("LATIN")


_WORD = re.compile(r"\w+")


def mixed_script_words(text: str) -> list[str]:
    """Words that mix Latin letters with letters of another script ("tôі" with a Cyrillic "і"): typed to look
    like a word the gate reads while being another string; what they say cannot be read with certainty."""
    if text.isascii():
        return []
    return [word for word in _WORD.findall(text) if not word.isascii() and any(_foreign_letter(ch) for ch in word)
            and any(ch.isalpha() and not _foreign_letter(ch) for ch in word)]


def glued_runs(text: str) -> list[str]:
    """Runs of Vietnamese words typed without spaces in ``text``."""
    return [m.group() for m in _LONG_RUN.finditer(text) if _splits_into_syllables(fold(m.group()).lower())]


def long_runs(text: str) -> list[str]:
    """Runs of 12 letters or more in any language ("positiveforhepatitis"): words typed without spaces, or one
    long word; read for the topics inside them."""
    return _LONG_RUN.findall(text)
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "@": "a"})


# Chat spelling (teencode) of the words the person and topic rules read: "e bj tjeu duong, an j dc ko".
# Only shorthands that are no other word typed bare ("k" is also "nghìn" in "300 k", "hong" is "hồng"; "ms" only
# in lower case, "Ms." is a title); a "j" inside a word is an "i" ("bj", "tjeu", "nguoj"), or "gi" at its start
# ("jup", "jờ"), when the result is one Vietnamese syllable ("just", "job" stay as they are).
_CHAT_WORDS = {"dc": "duoc", "đc": "duoc", "dk": "duoc", "dx": "duoc", "dag": "dang", "dg": "dang", "đag": "dang",
               "đg": "dang", "ko": "khong", "hok": "khong", "khum": "khong", "kh": "khong", "j": "gi", "bme": "bo me",
               "ntn": "nhu the nao", "ms": "moi", "bjk": "biet", "bik": "biet", "mjk": "minh", "mjnh": "minh"}
_ONE_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
                           r"(?:[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]{1,3})"
                           r"(?:ch|ng|nh|[cmnpt])?")


def _unchat(word: str) -> str:
    if word in _CHAT_WORDS:
        return _CHAT_WORDS[word]
    if "j" not in word or len(word) > 7 or not word.islower():
        return word
    if word[0] == "j" and len(word) > 1 and (read := "gi" + word[1:].replace("j", "i")) \
            and _ONE_SYLLABLE.fullmatch(read):
        return read
    read = word.replace("j", "i")
    return read if _ONE_SYLLABLE.fullmatch(read) else word


def _unleet(match: re.Match[str]) -> str:
    word = match.group()
    placeholder = match.start() > 0 and match.string[match.start() - 1] == "<"
    if placeholder or not any(ch.isalpha() for ch in word) or word[0].isdigit():
        return word  # a code starting with a digit ("lớp 10A3", "P12B") is no word in leet
    if not any(ch in "0134@" for ch in word):
        return _unchat(word)
    return word.translate(_LEET)


# Words spelled letter by letter, to slip past word lists: "T.O.I B.I", "t.r.a.m c.a.m" (dotted), "t o i  b i  l a u"
# (single spaces inside a word, two between words). A run starts only at its first letter (the look-behinds), so
# each is read once: linear. Spaced runs are joined only when the text holds several letters' worth of them, so
# "a x + b" in an equation stays as it is.
_DOTTED_LETTERS = re.compile(r"(?<![\w.])(?:[^\W\d_]\.)+[^\W\d_](?![\w])\.?")
_SPACED_LETTERS = re.compile(r"(?<!\w)(?<![^\W\d_] )[^\W\d_](?: [^\W\d_])+(?!\w)")
_MIN_SPACED_LETTERS = 6


def _unspell_letters(text: str) -> str:
    if "." in text:
        text = _DOTTED_LETTERS.sub(lambda m: m.group().replace(".", ""), text)
    runs = _SPACED_LETTERS.findall(text) if "  " in text or text.count(" ") > 4 else []
    if sum(len(run) // 2 + 1 for run in runs) >= _MIN_SPACED_LETTERS:
        text = _SPACED_LETTERS.sub(lambda m: m.group().replace(" ", ""), text)
    return text


# The words (whole runs of [\w@]) that ``_unleet`` may change: those with a digit-like letter or a "j", and the chat
# words; it returns every other word as it is, so only these are handed to it (linear: a run is read from its start).
_LEET_CANDIDATE = re.compile(r"(?<![\w@])(?:(?=[\w@]*[0134@j])[\w@]+|(?:"
                             + "|".join(sorted(map(re.escape, _CHAT_WORDS), key=len, reverse=True)) + r")(?![\w@]))")


@lru_cache(maxsize=256)  # the asks in flight: the gate reads each question this way five times (topics, roles, person)
def readable(text: str, invisible: str = "") -> str:
    """``text`` cleaned, with letters for digits inside words undone ("t0i b1 ung thu" -> "toi bi ung thu"),
    chat spellings read ("e bj tjeu duong" -> "e bi tieu duong") and words spelled letter by letter joined
    ("T.O.I B.I" -> "TOI BI")."""
    return _LEET_CANDIDATE.sub(_unleet, _unspell_letters(clean_text(text, invisible)))


# The plainest of those times, that only a story of one's own has: not a duration a rule speaks of ("ho kéo
# dài hơn 3 tuần", "sốt 5 ngày") nor a date ("24/3 năm nay").
_STORY_TIME = re.compile(
    r"(?<!\w)(?:hom qua|hom kia|sang nay|chieu nay|toi qua|dem qua|tuan truoc|thang truoc|nam ngoai|may hom nay|"
    r"may ngay nay|may thang nay|dao nay|duoc \d{1,2}\s+(?:nam|thang|tuan|ngay)|(?<![/\d])\d{1,2}\s+(?:nam|thang|"
    r"tuan|ngay|hom)\s+(?:truoc|nay|qua)|tu nam (?:19|20)\d\d)(?!\w)")
# A sentence opening on what just happened, whoever to ("Mới nhận kết quả…", "Vừa đi khám về…"): with its marks,
# lowercased; typed bare "moi" is also "mỗi" (each) and "mọi" (all), "vua" a king.
# "Vừa rồi", "vừa qua", "mới đây" (lately) open news as often: not what just happened to someone.
_JUST_HAPPENED = re.compile(r"(?:^|[.!?;\n][^\S\n]*)(?:vừa|mới)\s+(?!(?:rồi|qua|đây|nhất)(?!\w))[^\W\d_]")
# A test's result said as had ("thử que lên 2 vạch", "kết quả sinh thiết là ác tính", "dương tính rồi"): someone's.
# A sum of money in digits or words ("50 triệu", "50.000.000đ", "năm chục triệu", "50tr") and lenders named around it
# (``_RESULT_HAD``'s loans).
_AMOUNT = (r"(?:\d[\d.,]*\s*|(?:(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|muoi|tram|chuc|vai|may|nua)\s+){1,4})"
           r"(?:trieu|tr|ty|cu|nghin|ngan|k|dong|d|vnd)(?!\w)")
_LENDERS = r"app|ung dung|tin dung den|vay nong|cong ty tai chinh|online|ngan hang|the tin dung|fe|home credit"
_LENDER_BEFORE = r"(?:(?:" + _LENDERS + r"|[^\W\d_]+)\s+){0,2}?"
_LENDER_AFTER = r"(?:\s+(?:(?:cua|tren|qua|o)\s+)?(?:" + _LENDERS + r"))?(?!\w)"
_RESULT_HAD = re.compile(
    # not a case asked ("Que thử có 2 vạch là có thai chưa?", "Test thế nào là dương tính?")
    r"(?<!\w)(?:(?:ra|len|hien|thay|co)\s+(?:2|hai)\s+vach(?!\s+(?:la|thi)(?!\w))"
    r"|ket qua(?:\s+[^\W\d_]+){0,3}?\s+(?:la|ra|bao)\s+"
    r"(?:duong tinh|ac tinh|ung thu)|(?:bi|da|(?<!nao )la|ra)\s+duong tinh|duong tinh\s+(?:roi|voi|tu)"
    # a finding or a doctor's word reported ("Siêu âm thấy khối u…", "Bác sĩ bảo phải mổ…"), not asked ("thấy gì",
    # "ra kết quả sau bao lâu", "bác sĩ chẩn đoán dựa vào gì"); "đo" (measure) only of a body's measure: typed bare
    # "do" is also "do" (because: "Ung thư do đâu mà ra?")
    r"|(?:xet nghiem|sieu am|chup|noi soi|kham|test|do(?=\s+(?:huyet ap|duong huyet|nhiet do|dien tim|spo2)))"
    r"(?:\s+[^\W\d_]+){0,2}?\s+(?:ra|thay|phat hien)"
    r"(?!\s+(?:gi|duoc|nhung gi|nhu the nao|the nao|khong|bao nhieu|luon|ket qua\s+(?:sau|trong|mat|luon|khi))(?!\w))"
    r"|(?:bac si|bs)\s+(?:bao|noi(?!\s+tru)|ket luan|chan doan|cho biet|dan)"
    r"(?![^,.;!?]{0,40}\s(?:dua vao|dua tren|the nao|gi|bao lau|khi nao|bang cach)(?!\w))"
    # a debt or a summons of one's own, said without a subject ("Nợ 200 triệu không trả nổi", "Bị công an mời…"),
    # not a case put ("Vay 1 tỷ trong 20 năm thì…", "Bị công an mời thì có quyền…")
    # nor a case asked about ("Vay 500 triệu lãi suất bao nhiêu?", "Nợ 10 triệu có bị đi tù không?")
    r"|(?:^|[.!?;\n][^\S\n]*)(?:dang\s+)?(?:no|vay)\s+" + _LENDER_BEFORE + _AMOUNT +
    r"(?![^,.;!?]{0,60}\s(?:thi|trong|bao nhieu|can|co bi|co duoc|duoc khong|lai suat|the nao|nhu nao|gi)(?!\w))"
    r"|khong tra noi|tra khong noi|di tu ve"
    # a loan of one's own, said with now ("Vay 50 triệu app giờ không trả có bị bắt", "vay app 50tr gio khong tra"):
    # the lender on either side of the sum, in digits or words; not a case put ("Vay 50 triệu app mà không trả có
    # bị bắt không?", "… thì …", "Nợ 30 triệu tín dụng đen có bị công an bắt không?")
    r"|(?:^|[.!?;\n][^\S\n]*)(?:dang\s+)?(?:no|vay)\s+" + _LENDER_BEFORE + _AMOUNT + _LENDER_AFTER +
    r"(?=[^,.;!?]{0,30}?\s(?:gio|bay gio|roi|hien|hien gio|dang|chua tra|khong tra noi|tra khong noi)(?!\w))"
    r"(?![^,.;!?]{0,30}?\s(?:ma|thi|neu)\s)"
    r"|(?:^|[.!?;\n][^\S\n]*)bi\s+cong an(?![^,.;!?]{0,60}\s(?:thi|co duoc|co quyen|co phai)(?!\w))"
    # a condition passed on to one's own partner or child ("có lây cho vợ không")
    r"|(?:lay|lay sang|truyen)\s+(?:cho|sang)\s+(?:vo|chong|con|ny|nguoi yeu|ban gai|ban trai|ck|vk)"
    # worry said of one's own state ("…, lo quá")
    r"|(?:lo|so|hoang mang|buon|chan|lo lang)\s+(?:qua|lam|that)\s*(?:[,.;!?]|$))(?!\w)")
# English said without a subject or in a time of one's own ("Pregnant 5 months, …", "Been on methadone…", "Had a
# miscarriage last month"): opening words that start no question (some are folded Vietnamese words, "so" is "số":
# read in English text only), and words that are English wherever they stand.
# Not a question opened so ("Just curious, …", "Still wondering: …", "Currently, what is…", "Pregnant women should…",
# "Since 2020, how many…"): anybody's.
_ENGLISH_OPENING = re.compile(r"(?:^|[.!?;\n][^\S\n]*)(?:just|still|been|had|got|getting|so|feeling|tested|started|"
                              r"stopped|quit|lost|went)(?!\w)(?!\s+(?:curious|wondering|asking|checking)(?!\w))")
_ENGLISH_QUESTION_AFTER = r"(?!\s*[,:]?\s*(?:what|how|which|is|are|do|does|where|when|who|has|have)(?!\w))"
_ENGLISH_STORY = re.compile(
    r"(?:^|[.!?;\n][^\S\n]*)(?:pregnant(?!\s+(?:women|woman|people|mothers|ladies|patients)(?!\w))|diagnosed|"
    r"currently" + _ENGLISH_QUESTION_AFTER + r"|recently" + _ENGLISH_QUESTION_AFTER + r"|found out|been on|"
    r"can't stop|cannot stop)(?!\w)"
    r"|(?<!\w)(?:last (?:week|month|year|night)|yesterday|lately|since (?:19|20)\d\d" + _ENGLISH_QUESTION_AFTER + r"|"
    r"for \d{1,2} (?:years|months|weeks)|\d{1,2} (?:weeks|months) pregnant)(?!\w)")


# A profile opening the question ("Nam 30 tuổi, …", "Nữ, 28t, …", "F 32, …"): the asker's own, said short.
# Not a profile put as a case ("Nam 30 tuổi nên khám sức khỏe gì?", "Nữ 16 tuổi có được tiêm HPV không?").
# Nor a case asked with "cần" ("Nam 30 tuổi cần khám gì?"), but "cần tư vấn", "cần hỏi" is the asker asking for
# themself ("Nữ 28 tuổi, cần tư vấn…"). A pregnancy said "bầu", colloquially, and counted opening the question ("Bầu 7
# tháng cần…", "mang bầu 20w…"): the asker's own, unless a trimester or a case put follows (``_COUNTED_PREGNANCY``:
# "Bầu 7 tháng nên ăn gì?" is anybody's, as "Nam 30 tuổi nên…"); not "mang thai 20 tuần", a case as often (said in
# a state, ``_RESULT_HAD``'s and the kin's rules read it).
_PROFILE = re.compile(r"^\W*(?:(?:nam|nu|male|female|m|f)\s*,?\s*\d{1,2}\s*(?:tuoi|t|y|yo|,)(?!\w)"
                      r"(?!\s*,?\s*(?:nen|co duoc|can(?!\s+(?:duoc\s+)?(?:tu van|hoi|giup|loi khuyen|bac si))|co nen|"
                      r"thi|should)(?!\w))"
                      r"|(?:bau|mang bau|dang bau|co bau)" + _COUNTED_PREGNANCY + ")")
# A relative said without "tôi", in a state: typed bare ("cháu đang sốt 39 độ", "con bị chàm sữa", "vk đánh e") or
# named by a compound kin word ("ông ngoại đang thở oxy", "em họ tui vừa…"), an adverb of time or an age between
# ("con còn đang sốt", "vợ vẫn bị ra máu", "bé 3 tháng đang…"). Most often the asker's own: a sign of a person for
# forwarding, not someone a lookup asks after. Folded; not children in general ("trẻ con bị…", "các con…", "nếu con
# bị…"), nor "nồng độ cồn", "bạn bè", "đăng ảnh"; "con trai" alone is any boy.
# "còn", "vẫn", "cứ", "lại", "hiện", "cũng", "đã"; up to two ("vẫn còn đang")
_STILL = r"(?:(?:con|van|cu|lai|hien|cung|da|vua|moi)\s+){0,2}"
_KIN_IN_A_STATE = re.compile(
    r"(?<!\w)(?:(?<!tre )(?<!cac )(?<!nhung )(?<!moi )(?<!neu )(?<!khi )(?<!do )(?<!ban )(?<!nhieu )(?<!vai )"
    r"(?<!mot so )"
    r"(?P<kin>chau|con|be|vo|chong|ck|vk)\s+(?:\d{1,2}\s+(?:tuoi|thang|tuan)\s+)?" + _STILL +
    r"(?:dang(?!\s+(?:ky|nhap|anh|bai|tin|tai|len|hinh|video|clip)(?!\w))|bi|vua|moi|nam vien|mang thai|co thai|"
    r"co bau)"
    r"|(?:(?:ong|ba) (?:noi|ngoai)|(?:bo|me) (?:chong|vo|de)|(?:anh|chi|em) (?:ho|re|dau)|em (?:trai|gai)|"
    r"anh trai|chi gai|con (?:dau|re))(?:\s+[^\W\d_]+){0,2}?\s+(?:dang|bi|vua|moi|mac|nam|phai|da))(?!\w)")
# Read folded, the kin word typed with other marks is another word: "còn đang" (still), "chống bị" (against).
_KIN_AS_TYPED = frozenset(("cháu", "con", "bé", "vợ", "chồng", "ck", "vk", "chau", "be", "vo", "chong"))


def _kin_in_a_state(text: str) -> bool:
    """Whether ``text`` says a relative is in a state without saying whose (``_KIN_IN_A_STATE``); a bare kin word
    counts only as typed ("còn đang" is no "con")."""
    lowered = readable(text).lower()
    folded = fold(lowered)
    aligned = len(lowered) == len(folded)
    return any(m.group("kin") is None or not aligned or lowered[m.start("kin"):m.end("kin")] in _KIN_AS_TYPED
               for m in _KIN_IN_A_STATE.finditer(folded))


def own_history(text: str) -> bool:
    """Whether ``text`` tells a story of its own: something placed in a time of its own ("hôm qua", "2 năm
    trước", "từ năm 2019", "được 3 tháng"), a result or finding reported, what just happened, a profile said
    short, a relative typed bare in a state. Next to a sensitive topic, a sign of the person it happened to."""
    lowered = readable(text).lower()
    folded = fold(lowered)
    return bool(_STORY_TIME.search(folded) or _RESULT_HAD.search(folded) or _JUST_HAPPENED.search(lowered)
                or _ENGLISH_STORY.search(folded) or _english(folded) and _ENGLISH_OPENING.search(folded)
                or _PROFILE.search(folded) or _kin_in_a_state(text))


# Weak signs of one person, each too common to say a person is there, enough beside a sensitive topic to keep a
# question from leaving the node as it is (``categories``): a title or a kin word typed short or bare before a
# capitalised word ("a Tuan", "c Lan", "thang Long", "mẹ Tư": also "tháng Tư", April, hence weak), an English
# title glued or not ("isMrHung"), a definite role in English ("the night-shift nurse", "our new teacher").
_WEAK_TITLED_NAME = re.compile(
    r"(?<![^\W\d_])(?:a|c|e|ô|b|cj|ci|ng|thg|thang|me|mẹ|ma|má|bo|ba|ong|co|chu|bac|di|cau|anh|chi|em|ban|be|"
    r"chau|chị|cô|bà|ông|chú|bác|dì|cậu|thằng|mụ|bé|bạn|cháu)"
    r"\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][a-zà-ỹđ]{1,7}(?![^\W\d_])"
    r"|(?:Mr|Mrs|Ms|Dr)\.?\s?[A-Z][a-z]"
    # a title opening the sentence before a word the scanner takes for no name ("Cô Ngân dạy văn…": "ngân" is a bank)
    r"|(?:^|[.!?]\s+)(?:Cô|Chị|Anh|Ông|Bà|Chú|Bác|Dì|Cậu|Thầy|Em)\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]"
    r"[a-zà-ỹđ]{1,7}(?![^\W\d_])")
# A relation is one person ("my landlord", "our neighbour"); an occupation only once singled out by a word
# before it ("the night-shift nurse", "our new teacher"): "the doctor" alone is whoever treats anyone.
_NOT_A_THING = (r"(?!(?:[a-z-]{1,15}\s+)?(?:pharmacy|shop|store|clinic|machine|printer|office|restaurant|cafe|"
                r"bakery|market|lab|toilet|bathroom|lift|elevator|tv|computer|scanner|desk|counter|kitchen|gym|"
                r"building|apartment|flat|house)\s)")
_ENGLISH_ROLE = re.compile(
    r"(?<!\w)(?:the|my|our|your|this|that|his|her)\s+(?:(?:[a-z-]{1,15}\s+){0,2}?(?:tenant|coworker|co-worker|"
    r"colleague|neighbou?r|landlord|landlady|boss|nanny|maid|ex|ex-wife|ex-husband|roommate|classmate)|"
    r"(?!(?:family|own|local|treating|attending|school|company|bank|hospital|clinic)\s)(?:[a-z-]{1,15}\s+){1,2}?"
    r"(?:nurse|doctor|teacher|manager|driver|cashier|guard|employee|receptionist|accountant|secretary|director)"
    # anyone placed by where they live ("the lady next door") or by a number ("the guy in bed 3"); not a shop or a
    # machine so placed ("the pharmacy next door", "the X-ray machine in room 5")
    r"|" + _NOT_A_THING + r"(?:[a-z-]{1,15}\s+){1,2}?(?:next door|upstairs|downstairs|across the (?:street|hall|road))"
    r"|" + _NOT_A_THING + r"(?:[a-z-]{1,15}\s+){1,2}?(?:in|from|at)\s+(?:bed|room|ward|flat|apartment|unit|locker|seat|"
    r"house|cell)\s+"
    r"(?:no\.?\s*|number\s+)?\d{1,4}"
    # singled out by what they do or where they stay ("the guy who rents room 5", "the woman who lives upstairs")
    r"|(?:[a-z-]{1,15}\s+)?(?:guy|man|woman|lady|girl|boy|person|kid|tenant|student)\s+who\s+(?:rents|lives|works|"
    r"stays|sleeps|sits|cleans|drives|delivers))"
    r"(?!\w)", re.IGNORECASE)


# An English yes-or-no question about a capitalised word of one Vietnamese syllable ("Is Hoa from HR on…", "Does
# Tuan in room 5 have…"): a given name. Not before another capitalised word ("Can Tho", "Ho Chi Minh": places and
# full names, the scanner's), nor the one-syllable city.
_ASKED_ABOUT_A_GIVEN_NAME = re.compile(r"(?:^|[.!?;]\s*)(?i:is|does|did|has|was|will|can)\s+(?P<name>[A-Z][a-z]{1,6})"
                                       r"(?!\w)(?!\s+(?:[A-Z]|(?:and|or)\s))")
_ONE_SYLLABLE_CITIES = frozenset(("hue",))


def weak_person_reference(text: str) -> bool:
    """Whether ``text``, as typed or ``readable``, shows a weak sign of one person (``_WEAK_TITLED_NAME``,
    ``_ENGLISH_ROLE``, ``_ASKED_ABOUT_A_GIVEN_NAME``)."""
    return any(_WEAK_TITLED_NAME.search(form) or _ENGLISH_ROLE.search(form) or any(
        _SYLLABLE.fullmatch(name := m.group("name").lower()) and name not in _ONE_SYLLABLE_CITIES
        and _english(fold(form.lower())) for m in _ASKED_ABOUT_A_GIVEN_NAME.finditer(form))
        for form in {text, readable(text)})


# The asker introducing themselves ("Tôi là …", "Em tên là …", "Cháu là …", "tên con là …", "My name is …"): the name
# after it is the asker's own, not a third person's; asked about, it is no lookup ("Cháu là <name>, bị sốt, bác sĩ
# xem giúp …"). ``SELF_INTRODUCTION`` is matched on the text just before a name; ``_SELF_NAMED`` takes a redacted
# name after it out of a text read for its person.
_INTRODUCTION = (r"(?:(?:tôi|toi|tui|em|cháu|chau|con|mình|minh|tớ)\s+(?:tên\s+là|ten\s+la|tên|ten|là|la)|"
                 r"tên\s+(?:tôi|em|cháu|con|mình)\s+là|ten\s+(?:toi|em|chau|con|minh)\s+la|i'm|i\s+am|my\s+name\s+is)")
SELF_INTRODUCTION = re.compile(r"(?:^|(?<=[\s,.;:!?]))" + _INTRODUCTION + r"\s*:?\s*$", re.IGNORECASE)
_SELF_NAMED = re.compile(r"(?<![^\W\d_])(" + _INTRODUCTION + r")\s*:?\s*<PERSON_\d+>", re.IGNORECASE)


def without_placeholders(text: str) -> str:
    """``text`` with redaction placeholders taken out: what it says once the values of no person (an
    organisation's account, a street) are hidden."""
    return _PLACEHOLDER.sub(" ", text)


@dataclass(frozen=True)
class About:
    """Who the text is about, and whether it asks for someone else's record."""

    # NOBODY; ASKER (the asker or their family); SOMEONE (identifying values, owner unsaid);
    # OTHER (a named or designated third person; the asker may be there too)
    person: str
    lookup: bool  # asks to reveal another person's record, with no sign of a right to it
    # Some sign of a concrete person, even one the gate cannot confirm ("anh toi" may be "anh tới"): only a
    # question without any may leave the node as it is. True whenever ``concrete`` is.
    signal: bool = False

    @property
    def concrete(self) -> bool:
        return self.person != NOBODY


_YES, _MAYBE, _NO = 2, 1, 0


def _first_person(text: str, folded: str, framed_asker: bool, cased: str) -> int:
    """``_YES`` the asker (or a relative) is in it, ``_MAYBE`` a folded pronoun that may be one, else ``_NO``.
    ``text``: lowercased, framing removed; ``folded`` its folded form; ``cased`` it before lowercasing."""
    if _KIN_OF_ASKER.search(text) or framed_asker and _STATE_WITHOUT_SUBJECT.search(folded) \
            or _SELF_DESCRIBED.search(folded) or _OWNED_BY_SHORTHAND.search(folded) \
            or _SUBJECTLESS_OPENING.search(folded) and _OWN_HISTORY.search(folded):
        return _YES
    found = _MAYBE if _RECENT_OPENING.search(folded) or _DONE_OPENING.search(folded) else _NO
    for match in _KIN_POSSESSED.finditer(folded):
        if len(cased) == len(folded) and cased[match.start("kin")].isupper():
            continue  # "của Bộ Y tế": a capitalised word inside a clause names an institution
        if _NOW_AFTER.match(folded, match.end()):
            return _YES
        if _FAMILY_ONLY_KIN.match(match.group("kin")) or match.group("kin") == "ba" and \
                not _COUNTED_AFTER.match(folded, match.end()):
            found = _MAYBE
    organisation = _ORGANISATION_SPEAKING.search(folded)
    for match in _FIRST_PERSON.finditer(text):
        word = match.group()
        if organisation and organisation.start() <= match.start() < organisation.end():
            continue
        if word == "minh" and cased[match.start()].isupper() and \
                not re.search(r"(?:^|[.!?,;:])\s*$", cased[:match.start()]):
            continue  # "Minh" inside a clause is a given name ("Nguyễn Thị Minh Khai")
        if word in ("minh", "mình"):
            before = folded[max(0, match.start() - 40):match.start()]
            if _GENERIC_BEFORE.search(before) or _SUPPOSED_BEFORE.search(before) \
                    or before.endswith("cua ") and _GENERIC_SUBJECT.match(folded) \
                    or _CASE_BEFORE.search(before) and _SHOULD_AFTER.match(folded, match.end()):
                continue
        if word == _CHAT_ME_OR_YOU:
            found = _MAYBE
            continue
        if word.isascii():
            before, after = folded[max(0, match.start() - 20):match.start()], folded[match.end():]
            if _NOT_PRONOUN_BEFORE.search(before) or _NOT_PRONOUN_AFTER.match(after) \
                    or word == "toi" and _NOT_TOI_BEFORE.search(before) and not _PERSON_VERB_AFTER.match(after) \
                    or word == "toi" and _MAXIMUM_AFTER.match(after) and _QUANTITY_BEFORE.search(before) \
                    or word in ("e", "t") and _LETTER_BEFORE.search(before) \
                    or word == "tao" and (_NOT_TAO_BEFORE.search(before) or _NOT_TAO_AFTER.match(after)):
                continue
            kin = _AMBIGUOUS_BEFORE.search(before)
            unsure = kin is not None and (text[match.start() - len(before) + kin.start():match.start()].isascii()
                                          or word == "em" and _SIBLINGS_BEFORE.search(before))
            if unsure and not _STATE_AFTER.match(after):
                found = _MAYBE  # "anh toi", "ban toi" typed bare: also "anh tới", "ban tối"
                continue
        return _YES
    return found


# Whoever holds a value, asked about through it ("chủ số 0961…", "chủ tài khoản 1903…", "người đứng tên số …",
# "owner of 0912…"): a concrete third person. Only before a value as long as one (folded "chữ số 0" is a digit). Folded.
_HOLDER_OF_A_VALUE = re.compile(r"(?<!\w)(?<!cac )(?<!nhung )(?<!may )(?<!moi )"
                                r"(?:chu|nguoi dung ten|nguoi so huu|owner of)\s+(?:cua\s+)?"
                                r"(?:so|sdt|so dien thoai|thue bao|tai khoan|stk|so tai khoan|xe|bien so|the|so the|"
                                r"the number)?\s*:?\s*(?:\d[\d .\-]{6,}\d|<[A-Z_]+_\d+>)")


def _holder_of_a_value(lowered: str, folded: str) -> bool:
    """``_HOLDER_OF_A_VALUE`` in ``folded``, not typed "chữ số" (a digit) in ``lowered``."""
    return any(len(lowered) != len(folded) or not lowered.startswith("chữ", m.start())
               for m in _HOLDER_OF_A_VALUE.finditer(folded))


def _third_person(text: str, names: bool) -> int:
    """``_YES`` a named or designated third person is in ``text``, ``_MAYBE`` a pronoun that may be one."""
    if names or _PLACEHOLDER_NAME.search(text):
        return _YES
    for match in _TITLED_NAME.finditer(text):
        title_at = match.start()
        if match.group()[0].isupper() and title_at and not re.search(r"[.!?,;:]\s*$", text[:title_at]) \
                and not _ENGLISH_TITLE.match(match.group()):
            continue  # a capitalised title inside a clause starts a name or place ("Hai Bà Trưng"), not a person
        if MADE_UP_NAME.match(match.group("name")) and not text[match.end():match.end() + 1] == ".":
            continue  # "ông A vay 500 triệu…", "chị B": a textbook's placeholder, nobody in particular
        following = _NEXT_WORD.match(text, match.end())
        if following and f"{fold(match.group('name'))} {fold(following.group(1))}".lower() \
                in _PLACES_OPENING_WITH_A_NAME:
            continue  # "anh Hà Nội": a place
        name = match.group("name")
        if len(name) > 1 and name.isupper() and not text.isupper() and not _ONE_SYLLABLE.fullmatch(fold(name).lower()):
            continue  # "co BHYT", "chị CCCD": "có" and an acronym, no one's name
        if fold(name) not in _NOT_NAMES and fold(match.group()) not in PUBLIC_FIGURES:
            return _YES
    lowered = text.lower()
    folded = fold(lowered)
    if _THIRD_PARTY.search(folded) or _THIRD_PERSON_PRONOUN.search(lowered) or _DESIGNATED_ROLE.search(folded) \
            or _holder_of_a_value(lowered, folded):
        return _YES
    named_by_place = len(folded) == len(text) and any(
        text[m.start()].isupper() and m.group("word") not in _NO_NAME_BEFORE_PLACE
        and m.group("word") not in _NOT_NAMES for m in _WORD_PLACED.finditer(folded))
    return _MAYBE if _MAYBE_THIRD_PERSON.search(lowered) or _PLACED_ROLE.search(folded) or named_by_place else _NO


# A verb of state said of the person, folded; "đăng ký", "đăng nhập" (to sign up, log in) are no state; "đã"
# only in the sentence asked ("Chị ấy đã ngã, có bị gãy xương không?"), a story told before is another matter.
_STATE_SAID = re.compile(r"(?<!\w)(?:bi|dang(?!\s+(?:ky|nhap)(?!\w))|vua|moi|mac|nhiem|da)(?!\w)")
_MARKED_STATES = frozenset(("bị", "đang", "vừa", "mới", "mắc", "nhiễm", "đã"))
# "da" typed bare opening a sentence, after "vâng" or "thưa" or not, is the polite "dạ" ("Dạ cho em hỏi…"), not "đã".
_POLITE_DA = re.compile(r"(?:^|[.!?;:])\s*(?:(?:vang|thua)\s+)?da(?!\w)")


def _typed_as(marked: str, folded: str, start: int, end: int, words: frozenset[str]) -> bool:
    """Whether the word at ``folded[start:end]`` was typed as one of ``words`` (accented) or bare, its marks
    unknown: folded "da" is "đã" or "dạ", "dang" is "đang" or "đăng". ``marked``: the text before folding."""
    if len(marked) != len(folded):
        return True  # positions do not correspond: take the folded reading
    typed = marked[start:end]
    return typed.isascii() or typed in words


def _asks_a_record(folded: str, marked: str, one_clause: bool = False) -> bool:
    """A bare yes-or-no question about a person (``_ASKED_WHETHER``) before which nothing is said of them: no state
    ("Chị Lan bị ngã xe. Chị ấy có bị gãy xương không?") and no topic ("Anh Tùng sốt cao 3 ngày, có bị sốt xuất
    huyết không?"), which would make it a question for advice. Not about the asker's own family either
    ("Bé Na nhà tôi có bị…"). ``folded``: ``marked`` folded. ``one_clause``: the state and "không" in one clause
    ("bác bảo vệ có tiền án, có được thuê không?" says the state, then asks about a rule)."""
    from luytre.sovereignty.categories import sensitive_topics  # categories reads this module: imported late

    asked = _ASKED_WHETHER.search(folded)
    if asked is None or _own_family_said(folded[:asked.start("ask")]) \
            or one_clause and "," in folded[asked.start("ask"):asked.end() - 1]:
        return False
    said = folded[:asked.start("ask")]
    polite = {m.end() for m in _POLITE_DA.finditer(said)}
    stated = any(m.end() not in polite and (m.group() != "da" or m.start() >= asked.start())
                 and _typed_as(marked, folded, m.start(), m.end(), _MARKED_STATES) for m in _STATE_SAID.finditer(said))
    return not stated and not sensitive_topics(said)


def _on_the_persons_behalf(text: str, lowered: str, folded: str) -> bool:
    """Whether the asker asks for the person the question is about ("Ông Phát nhờ tôi hỏi: ông có tiền án…", "anh
    Nam nhờ em hỏi số dư của anh ấy"): after "nhờ tôi hỏi" that person is named only by their own title, bare or
    with "ấy", and nobody else is named. "Sếp nhờ em hỏi chị Lan có bị…" asks about someone else: anyone can say
    they were asked."""
    asked_by = _ASKED_FOR_BY.search(folded)
    if asked_by is None or len(text) != len(folded):
        return False
    rest = text[asked_by.end():]
    if asked_by.group("title"):  # "anh ấy" after "anh Nam nhờ…" is him; after a redacted name, anybody
        if not _typed_as(lowered, folded, asked_by.start("title"), asked_by.end("title"), _MARKED_TITLES):
            return False
        title = re.escape(lowered[asked_by.start("title"):asked_by.end("title")])
        rest = re.sub(rf"(?<!\w){title}\s+(?:ấy|ay)(?!\w)", " ", rest, flags=re.IGNORECASE)
    return not _CAPITALISED_WORD.search(rest) and _third_person(rest, False) != _YES


# An English yes-or-no question whose subject is a titled person or someone of the asker's circle ("Does Ms Hoa
# in accounting have HIV?", "Is my neighbour's son in rehab?", "Does our HR manager have cancer?"): asks what a
# record would say. A titled name (and where they work) must be followed by a verb or a state ("Does Dr. Smith's
# clinic open…", "Is Dr Google reliable…" ask about a place, a website); a right or a duty asked about ("Does my
# boss have the right to…") is a rule. ``circle``: someone named by their place in the asker's life.
_ASKED_WHETHER_ENGLISH = re.compile(
    r"(?:^|[.!?;]\s*)(?:does|did|is|was|has)\s+(?:(?:mr|mrs|ms|miss|dr)\.?\s+[a-z]+(?:\s+[a-z]+)??"
    # where they work or live ("Mrs Lan from the front desk"), then the verb
    r"(?:\s+(?:from|in|at|of|on)\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+){0,2}?)?\s+"
    r"(?=(?:have|has|had|got|take|takes|taking|use|uses|using|suffer|suffers|suffering|owe|owes|attend|attends|"
    r"follow|follows|belong|belongs|being|been|treated|diagnosed|pregnant|sick|ill|gay|lesbian|infected|addicted|"
    r"positive|in\s+(?:rehab|prison|jail|debt)|on\s+(?:antidepressants|medication|drugs|methadone|dialysis|chemo))"
    r"(?!\w))|(?P<circle>(?:my|our)\s+(?:[a-z]+\s+)?(?:neighbou?r|colleague|boss|manager|teacher|landlord|"
    r"classmate|roommate|tenant)(?:'s\s+[a-z]+)?(?!\w)))"
    r"(?!\s+(?:(?:have|has)\s+(?:the\s+)?right|allowed|(?:have|has|need|needs)\s+to)(?!\w))")


# A state said of someone, then asked to be confirmed ("Chị Lan phòng kế toán bị HIV phải không?", "anh Tuấn nghiện
# ma túy đúng không chị"): asks what a record would say. Not with a question word before the tag ("bị ngã thì nên
# làm gì, phải không" asks for advice). Bounded: 40 characters from the state to the tag.
_ASKED_TO_CONFIRM = re.compile(
    r"(?<!\w)(?:bi|mac|nhiem|nghien|mang thai|co thai|co bau|theo dao|no xau|dong tinh|la gay|la les|dieu tri|"
    r"tien an|ngoi tu|di tu)(?!\w)(?:(?![.!?;,]|(?<!\w)(?:gi|nao|sao|bao nhieu|the nao)(?!\w)).){0,40}?"
    r"\s(?:co phai khong|phai khong|dung khong|phai ko|dung ko|phai k|dung k)(?!\w)")
# A condition of someone asked as "có … không" ("Anh Quang bảo vệ có bị viêm gan C không?", "cô Linh có đang phá
# thai không"). Not what may follow ("có bị lây không", "có bị bắt không": advice), and "có bị" only in the text's
# first clause: after a situation told ("Anh Nam bị ngã xe, anh ấy có bị gãy xương không?") it asks for advice.
_ASKED_YES_NO = re.compile(
    r"(?<!\w)co\s+(?:(?:phai|ph|dang|da|tung|vua|moi|di)\s+){0,3}"
    r"(?P<state>bi(?!\s+(?:lay|bat|phat|lo|truy|anh huong|duoi|"
    r"ky luat|mat|sao|lam sao|tu|xu|kien|thu|cam|tich thu|dieu tra|goi|tinh|boc|ghi|lien quan|thuong|hai|nguy|chet|"
    r"gi|nang|nhiem|lam)(?!\w))|mac|nghien|mang thai|mang bau|co thai|co bau|bau|theo dao|no xau|dong tinh|la gay|"
    r"gay|les|"
    r"tien an|tien su|ngoi tu|di tu|pha thai|nam vien|dang vien)(?!\w)"
    r"(?:(?![.!?;,]|(?<!\w)(?:gi|nao|sao|bao nhieu|the nao)(?!\w)).){0,40}?\s(?:khong|ko|k|chua|hong)(?!\w)"
    # a record asked with "gì" ("có tiền án tiền sự gì không"): what it holds, not advice
    r"|(?<!\w)co\s+(?P<record>tien an|tien su|an tich|no xau)(?:\s+[^\W\d_]+){0,3}?\s+gi\s+(?:khong|ko|k|hong)(?!\w)")
_CLAUSE_MARK = re.compile(r"[,.;!?]")


_ADVICE_AFTER = re.compile(r"\s+ma\s+([^.!?;,]{1,40})")  # "bị gì mà sốt cao vậy": the state's cause asked
# "nằm viện nào ở quận 5 thì tốt", "nằm viện nào uy tín": where one should go, asked for advice. Bounded: five words.
_ADVICE_ON_WHERE = re.compile(r"(?:\s+[^\W\d_]+|\s+\d+){0,5}?\s+(?:thi tot|tot|uy tin|nen|re|gan nhat|chat luong)"
                              r"(?!\w)")


def _topic_beside(folded: str, marked: str) -> bool:
    """Whether ``marked`` (``folded`` before folding) speaks of a sensitive topic besides the place or the sum a
    where-or-how-much question asks (``_WHEREABOUTS_OR_MEANS_ASKED``) and the office a role heads ("giám đốc bệnh
    viện" runs a hospital)."""
    from luytre.sovereignty.categories import sensitive_topics  # categories reads this module: imported late

    kept = list(marked if len(marked) == len(folded) else folded)
    spans = [m.span() for m in _WHEREABOUTS_OR_MEANS_ASKED.finditer(folded)]
    spans += [office.span() for role in ROLE_CUES.finditer(folded)
              if (office := _OFFICE_AFTER.match(folded, role.end()))]
    for start, end in spans:
        kept[start:end] = " " * (end - start)
    return bool(sensitive_topics("".join(kept)) - {"location_realtime"})


def _requests(pattern: re.Pattern[str], folded: str, marked: str, named: bool) -> list[int]:
    """Where ``pattern``'s requests or questions stand in ``folded`` (``marked`` folded), those that ask after a
    person: where someone is (not said to be now) or what they have, only of a person ``named`` or beside another
    sensitive topic; not "bị gì mà sốt cao vậy", which asks what may cause a symptom. Things handed over
    (``_HANDED_OVER``) too."""
    from luytre.sovereignty.categories import sensitive_topics  # categories reads this module: imported late

    found = [m.start() for m in _HANDED_OVER.finditer(folded)]
    beside: list[bool] = []  # _topic_beside, read once
    for match in pattern.finditer(folded):
        if _WHEREABOUTS_OR_MEANS_ASKED.fullmatch(match.group()) and not named \
                and not _NOW_BEFORE.search(folded, max(0, match.start() - 12), match.start()):
            if not beside:
                beside.append(_topic_beside(folded, marked))
            if not beside[0]:
                continue
        if match.group() == "nam vien nao" and _ADVICE_ON_WHERE.match(folded, match.end()):
            continue
        if match.group().endswith(" gi") and (advice := _ADVICE_AFTER.match(folded, match.end())) \
                and not (_CROWD_ASKED.search(folded) and _role_in_clause_before(folded, match.start())):
            cause = marked[advice.start(1):advice.end(1)] if len(marked) == len(folded) else advice.group(1)
            if "health" in sensitive_topics(cause):
                continue
        found.append(match.start())
    return found


# Put to whoever may know ("ai biết không", "mọi người ơi", "có ai nghe nói"): gossip asked for, not a doctor's advice.
_CROWD_ASKED = re.compile(r"(?<!\w)(?:ai biet|ai co biet|ai nghe|ai co nghe|moi nguoi oi|moi nguoi biet|ca nha oi|"
                          r"ca nha biet|anh em biet|chi em biet)(?!\w)")


def _role_in_clause_before(folded: str, at: int) -> bool:
    """A role that singles one person out (``ROLE_CUES``) in the clause before ``at``: "chị kế toán mới bị bệnh gì mà
    nghỉ ốm hoài, ai biết không" asks the crowd what she has, not a doctor what may cause a symptom ("Bác sĩ ơi cháu
    bé nhà hàng xóm bị gì mà sốt cao vậy"; ``_CROWD_ASKED``). Bounded: 60 characters."""
    start = max(0, at - 60)
    clause = max(folded.rfind(mark, start, at) for mark in ".!?;,")
    return bool(ROLE_CUES.search(folded, max(start, clause + 1), at))


def _confirm_asked(folded: str) -> bool:
    """A state asked to be confirmed (``_ASKED_TO_CONFIRM``, ``_ASKED_YES_NO``) of someone other than the asker's
    own family: the clause's subject, before the state, is not "vợ tôi", "nhà em" ("Chị Lan bị HIV phải không? Vợ
    tôi nghe đồn vậy" asks about Chị Lan). Bounded: 80 characters before the state."""
    asked = [*_ASKED_TO_CONFIRM.finditer(folded), *(m for m in _ASKED_YES_NO.finditer(folded)
                                                     if m.group("state") != "bi"
                                                     or not _CLAUSE_MARK.search(folded, 0, m.start()))]
    for match in asked:
        reach = max(0, match.start() - 80)
        said = folded[max(folded.rfind(mark, reach, match.start()) for mark in ".!?;,") + 1:match.start()]
        if not _own_family_said(said):
            return True
    return False


# An English question put inside a request about someone singled out ("tell me whether the tenant in room 5 has…",
# "check if my ex is still on…", "where my ex-girlfriend is staying"): whether, if or where, then the person.
# Or a yes-or-no question opened on such a person ("Did the night-shift nurse on ward 5 test positive…", "Is the new
# teacher Mrs. Thao a…", "Does my ex-husband have…"), or what record they got ("what diagnosis my coworker got").
# Not a rule or a duty asked about ("Is the night nurse allowed to…", "Does my landlord have to…").
_ASKED_INSIDE_ENGLISH = re.compile(r"(?<!\w)(?:whether|if|where(?:\s+is|\s+are|'s)?|(?:what|which)\s+(?:diagnosis|"
                                   r"illness|disease|medication|medicines?|treatment|results?|test results?))\s+"
                                   r"(?=(?:the|my|our|this|that)\s)"
                                   r"|(?:^|[.!?;]\s*)(?:does|did|is|was|has)\s+(?=(?:the|my|our|this|that)\s)")
_RULE_ASKED_ENGLISH = re.compile(r"[^.!?;]{0,40}?(?<!\w)(?:allowed|able|supposed|required|permitted|right to|"
                                 r"available|on duty|working|(?:have|has|need|needs)\s+to|duty|duties|obliged|"
                                 r"obligated|responsible|liable|must|should|can|may|written|in the law|by law|"
                                 r"rights)(?!\w)")


# Whether or if, or a yes-or-no question: about a state or a record said after the person ("…the night-shift doctor
# speaks English?" asks nothing of a record). Where they are, or what record they got, asks one already.
# "have", "has", "had", "got" count only before what a record would hold ("have any loans", "has HIV", "got a
# criminal record"), named in this list or in the lexicon (``_STATE_HELD``): "Does the new teacher have experience…"
# asks nothing of a record.
_STATE_ASKED_ENGLISH = re.compile(r"[^.!?;]{0,60}?(?<!\w)(?:tested|positive|negative|pregnant|sick|"
                                  r"ill|treated|diagnosed|suffers?|suffering|owes?|debts?|loans?|savings|accounts?|balance|"
                                  r"criminal|arrested|record|addicted|using|drugs|on\s+[a-z]+|in\s+(?:rehab|prison|jail|"
                                  r"debt|hospital)|hiv|cancer|hepatitis|covid|tuberculosis|witness|gay|lesbian|muslim|"
                                  r"catholic|buddhist|christian|boyfriend|girlfriend|lover|affair)(?!\w)")


_STATE_HELD = re.compile(r"[^.!?;]{0,60}?(?<!\w)(?:has|have|had|got)\s+(?:(?:a|an|any|some|the|no)\s+)?"
                         r"(?P<held>[a-z'-]+(?:\s+[a-z'-]+)?)")


def _state_asked_in_english(folded: str, at: int) -> bool:
    """Whether a state or a record is asked of the person whose words end at ``at`` (``_STATE_ASKED_ENGLISH``), or
    something held that the lexicon names as sensitive ("have HIV", "has a boyfriend in jail", not "have
    experience")."""
    from luytre.sovereignty.categories import sensitive_topics  # categories reads this module: imported late

    if _STATE_ASKED_ENGLISH.match(folded, at):
        return True
    held = _STATE_HELD.match(folded, at)
    return held is not None and bool(sensitive_topics(held.group("held")))


def _asked_after_in_english(folded: str) -> bool:
    for asked in _ASKED_INSIDE_ENGLISH.finditer(folded):
        person = _ENGLISH_ROLE.match(folded, asked.end())
        if person is None or _RULE_ASKED_ENGLISH.match(folded, person.end()):
            continue
        if asked.group().startswith(("where", "what", "which")) or _state_asked_in_english(folded, person.end()):
            return True
    return False


# Why someone is in hospital, asked in English ("what my colleague Linh was admitted for"); a record's line
# ("Patient: …, admitted for chest pain") asks nothing. Bounded: five words between.
_WHY_ADMITTED_ENGLISH = re.compile(r"(?<!\w)(?:what|why)\s+(?:[a-z']+\s+){1,5}?(?:was|is|got|been)\s+"
                                   r"(?:admitted|hospitali[sz]ed|taken to hospital)(?!\w)")


def _asks_to_look(folded: str, marked: str, requested: list[int]) -> bool:
    """A look asked for (``requested``: where ``_LOOKUP``'s requests stand; ``_LOOKUP_AROUND``, its "ho" typed "hộ"
    or bare) or a record asked after (``_asks_a_record``, ``_ASKED_WHETHER_ENGLISH``, ``_ASKED_TO_CONFIRM``).
    ``folded``: ``marked`` folded."""
    return bool(requested or _ASKED_WHETHER_ENGLISH.search(folded) or _WHY_ADMITTED_ENGLISH.search(folded)
                or _english(folded) and _asked_after_in_english(folded)
                or _confirm_asked(folded)) or any(
        m.group("helper") != "ho" or _typed_as(marked, folded, m.start("helper"), m.end("helper"), _MARKED_HO)
        for m in _LOOKUP_AROUND.finditer(folded)) or _asks_a_record(folded, marked)


_SENTENCE_OR_CLAUSE_END = re.compile(r"[.!?;]")


def _only_a_right_asked(folded: str, requested: list[int]) -> bool:
    """Whether ``folded`` asks about a right (``_RIGHT_ASKED``: "sếp có quyền hỏi nhân viên theo đạo gì không?")
    and nothing else: every request or question about someone stands inside that question. A request or a state
    asked before it, or in another sentence, is asked still ("Chị Lan bị bệnh gì vậy? Em có được biết không").
    ``requested``: where the requests stand."""
    right = _RIGHT_ASKED.search(folded)
    if right is None:
        return False
    ends = _SENTENCE_OR_CLAUSE_END.search(folded, right.end())
    end = ends.start() if ends else len(folded)
    asked_at = requested + [m.start() for pattern in (_LOOKUP_AROUND, _ASKED_TO_CONFIRM, _ASKED_YES_NO)
                            for m in pattern.finditer(folded)]
    asked_at += [m.start("ask") for m in _ASKED_WHETHER.finditer(folded)]
    return all(right.start() <= at < end for at in asked_at)


def about(text: str, names: bool = False, identifiers: bool = False, topical: bool = False) -> About:
    """Who ``text`` is about. ``names``: the scanner found a person's name in it; ``identifiers``: it found
    an identifying value (whoever it belongs to, someone concrete is in the text); ``topical``: it speaks of a
    sensitive topic (then English typed loosely is read as English too, ``_english_by_shape``)."""
    text = readable(_SELF_NAMED.sub(r"\1", text))
    lowered = text.lower()
    cased = _ASKING.sub(" ", text)
    framed = cased.lower()
    if len(framed) != len(cased):  # a character whose lower case is longer: no case to read
        cased = framed
    folded = fold(framed)
    whole = fold(lowered)
    asker = _first_person(framed, folded, framed != lowered, cased)
    other = _third_person(text, names)
    told = [m.start() for m in _TELL_ME.finditer(whole)]
    looks = _requests(_LOOKUP, whole, lowered, other == _YES) + told
    of_someone = _requests(_ASKED_OF_SOMEONE, whole, lowered, other == _YES) + told \
        + [m.start() for m in _TREATED_WHERE.finditer(whole)]
    asked = _asks_to_look(whole, lowered, looks) or bool(of_someone) or bool(_LIST_ASKED.search(whole))
    if other == _NO and asked and (_PLACEMENT.search(whole) or _OCCUPANT.search(lowered)):
        other = _MAYBE
    if other == _YES and (_EXERCISE.search(whole) or _TEXTBOOK.search(whole) and not asked):
        other = _MAYBE
    if _english(whole) or topical and _english_by_shape(whole):
        unframed = _ASKING_ENGLISH.sub(" ", whole)
        if _FIRST_PERSON_ENGLISH.search(unframed):
            asker = _YES
        if other == _NO and (_THIRD_PERSON_ENGLISH.search(unframed) or _CIRCLE_ENGLISH.search(unframed)):
            other = _MAYBE
    circle = _ASKED_WHETHER_ENGLISH.search(whole)  # "Is my colleague on…": someone of the asker's circle asked after
    looked_up = other == _YES or bool(_LOOKED_UP.search(whole) or _LIST_OF_PEOPLE.search(whole)) \
        or bool(circle and circle.group("circle")) \
        or identifiers and bool(_OWNER_ASKED.search(whole)) or _english(whole) and _asked_after_in_english(whole) \
        or bool(_CALLED.search(text)) \
        or (bool(of_someone) or _confirm_asked(whole) or _asks_a_record(whole, lowered, one_clause=True)) \
        and (other == _MAYBE or bool(ROLE_CUES.search(whole) or _MARKED_ROLE_CUES.search(lowered))
             or whole == lowered and bool(_BARE_ROLE_CUES.search(whole))
             or weak_person_reference(text))
    withheld = bool(_WITHHELD.search(whole))  # the kin keeps it from the asker: a third person after all
    if other == _YES and _FAMILY_OF_ASKER.search(whole) and _ANY_CASE_PRONOUN.search(text) and not withheld:
        looked_up = _third_person(_ANY_CASE_PRONOUN.sub(" ", text), names) == _YES  # the pronoun is the kin
    own = bool(_OWN.search(_without_relations(whole, lowered))) or _on_the_persons_behalf(text, lowered, whole)
    # a partner tracked, or whoever a plate or a number belongs to ("xe 29H-456.78 đang ở đâu, định vị giúp")
    # ... or where a person is, found through a number, a plate or an account asked to be looked up ("vợ tôi đang ở
    # đâu, tra giúp vị trí số 0912…"); not the asker's own phone or vehicle lost ("định vị điện thoại bị mất của tôi")
    requested = bool(_REQUESTED.search(whole) or _LOOKUP_AROUND.search(whole))
    tracked = bool((_TRACKING.search(whole) or FOLLOWED.search(whole) or requested and _WHEREABOUTS.search(whole))
                   and (identifiers or _PARTNER.search(whole))) and not _OWN_THING_LOST.search(whole) \
        or bool(requested and _PARTNER.search(whole) and _PARTNERS_MONEY.search(whole))
    # "số … là của vợ tôi, định vị giúp": the wife is tracked; not "bạn trai tôi định vị điện thoại của tôi"
    own = own and not (tracked and _PARTNER_OWNED.search(whole) and not _SELF_OWNED.search(whole))
    # a relative's record is the asker's to ask for only if the relative lets them: "anh ấy không cho tôi biết",
    # "chồng giấu tôi" say the record is being withheld from the asker, who then asks behind the owner's back
    own = own and not withheld
    lookup = not own and not _AUTHORITY.search(_AUTHORITY_ASKED.sub(" ", whole)) \
        and (looked_up and asked and not _only_a_right_asked(whole, looks + of_someone) or tracked)
    someone = identifiers or bool(_PLACEHOLDER.search(text) or glued_runs(text))
    person = OTHER if other == _YES else ASKER if asker == _YES else SOMEONE if someone else NOBODY
    born = bool(_BIRTH.search(whole)) and not any(figure in whole for figure in PUBLIC_FIGURES)
    return About(person, lookup, person != NOBODY or _MAYBE in (asker, other) or born or lookup)
