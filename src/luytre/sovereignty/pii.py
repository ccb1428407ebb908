"""Find and redact personal data in Vietnamese text, with and without diacritics.

Detection runs on presidio-analyzer with recognizers of our own; presidio
supplies the recognizer registry, scoring, thresholds and de-duplication.

* Identifiers with a structure (CCCD, CMND, tax code, phone, payment card,
  BHYT card, licence plate, VietQR) come from ``luytre.identifiers.extract``: the
  same validators the identity expert uses, so a tax code with a wrong check
  digit is not a tax code here either.
* Values that only their context identifies (bank account, BHXH number,
  passport, date of birth) are presidio patterns with a low base score that
  a Vietnamese cue phrase just before them ("STK", "mã số BHXH", "sinh ngày")
  lifts over the threshold (``PhraseContextEnhancer``).
* Person names: capitalised syllables starting with a Vietnamese surname,
  lowercase names after a cue ("tên là", "bệnh nhân"), and underthesea's NER
  (PER only) when the text has capitalised words the surname rule missed.
* Street addresses: a house number or alley and a street, followed by the
  administrative units in the same comma chain.

No spaCy model is used (presidio's ``NoOpNlpEngine``): Vietnamese cue phrases
span several syllables, which presidio's token-lemma context matching cannot
see, so context is matched on folded text instead.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any

import regex  # the engine presidio's patterns run in
from presidio_analyzer import (
    AnalyzerEngine,
    EntityRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerRegistry,
    RecognizerResult,
)
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NoOpNlpEngine

from luytre.identifiers.extract import HINTS
from luytre.identifiers.extract import extract as find_identifiers
from luytre.identifiers.tables import CCCD_PROVINCES
from luytre.sovereignty.candidates import CandidateIdentifierRecognizer
from luytre.sovereignty.entities import Entity, Redaction, prepare_text
from luytre.sovereignty.facts import PUBLIC_FIGURES
from luytre.sovereignty.normalize import Mapped, coordinate_spans, scan_view
from luytre.sovereignty.residue import IDENTIFIER_DIGITS, disguised_runs, loose_runs, mailbox_spans
from luytre.text.cues import CUE_WINDOW_CHARS, cue_pattern, nearest_cue
from luytre.text.normalize import fold, normalize

LANGUAGE = "vi"
SCORE_THRESHOLD = 0.5
UNREAD_SCORE = SCORE_THRESHOLD  # a disguised digit run no recognizer read: kept, under every recognizer's result
STRUCTURED_TYPES = ("CCCD", "CMND", "TAX_CODE", "PHONE", "EMAIL", "BANK_ACCOUNT", "CARD", "HEALTH_INSURANCE",
                    "SOCIAL_INSURANCE", "PASSPORT", "PLATE", "DOB")
ENTITY_TYPES = STRUCTURED_TYPES + ("PERSON", "ADDRESS", "ID_NUMBER")

_IDENTITY_TYPES = {"cccd": "CCCD", "cmnd": "CMND", "mst": "TAX_CODE", "phone": "PHONE", "card": "CARD",
                   "bhyt": "HEALTH_INSURANCE", "plate": "PLATE", "vietqr": "BANK_ACCOUNT"}


class _FoldTable(dict[int, str]):
    """``str.translate`` table folding one character at a time, filled on first sight of each."""

    def __missing__(self, code: int) -> str:
        folded = fold(chr(code))
        self[code] = one = folded if len(folded) == 1 else chr(code)
        return one


_FOLD_TABLE = _FoldTable()


def fold_aligned(text: str) -> str:
    """``fold`` that keeps every character's offset (a character whose folded form is not one
    character is kept as it is)."""
    return text.translate(_FOLD_TABLE)


# -- structured identifiers ----------------------------------------------------
# An organisation's switchboard or hotline ("tổng đài 028 3855 4137 của bệnh viện") is no one's phone.
_ORGANISATION_NUMBER = {"organisation": cue_pattern(("tong dai", "hotline", "duong day nong", "cskh",
                                                     "cham soc khach hang", "so tong dai", "so hotline")),
                        "phone": HINTS["phone"]}


class IdentifierRecognizer(EntityRecognizer):
    """Identifiers the identity expert can check; only valid ones are personal data."""

    def __init__(self) -> None:
        super().__init__(supported_entities=sorted(set(_IDENTITY_TYPES.values())), supported_language=LANGUAGE,
                         name="luytre-identifiers")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        results = []
        for found in find_identifiers(text):
            verdict = found.checked
            if not verdict.valid or verdict.type not in _IDENTITY_TYPES:
                continue
            if verdict.type == "phone" and nearest_cue(text[:found.start], _ORGANISATION_NUMBER, 6) == "organisation":
                continue
            # A valid value of a shape several types share (10 digits: phone or tax code) is less certain
            # than one a cue word typed; cued values outrank context-only recognizers' guesses.
            ambiguous = "also_valid_as" in verdict.details
            score = 0.7 if ambiguous else 0.9
            results.append(RecognizerResult(_IDENTITY_TYPES[verdict.type], found.start, found.end, score))
        return results


# Words that hold a cue word but name something else: "học sinh lớp 10 - 11 - 12" is no birth ("sinh"), "vệ sinh"
# neither. Folded. A value after them is read as if no cue stood there.
_NO_CUE = "_no_cue"
_FULL_YEAR = re.compile(r"(?:19|20)\d{2}")
_WORDS_HOLDING_A_CUE = cue_pattern(("hoc sinh", "sinh vien", "thi sinh", "ve sinh", "sinh hoat", "sinh hoc",
                                    "sinh san", "hoi sinh", "tu sinh", "phat sinh", "sinh thai", "ky sinh"))


class PhraseContextEnhancer(ContextAwareEnhancer):
    """Raise a result's score when one of its recognizer's cue phrases stands just before it."""

    # A cued value (0.1 + 0.85) outranks a valid value of another type found without a cue (0.9):
    # "mã số BHXH 0912345678" is an insurance number even though it is also a valid mobile number.
    def __init__(self, boost: float = 0.85, min_score_with_context: float = 0.6, reach_words: int = 5) -> None:
        super().__init__(context_similarity_factor=boost, min_score_with_context_similarity=min_score_with_context,
                         context_prefix_count=reach_words, context_suffix_count=0)
        self._patterns: dict[tuple[str, ...], dict[str, re.Pattern[str]]] = {}

    def _cues(self, recognizers: list[EntityRecognizer]) -> dict[str, re.Pattern[str]]:
        """Every recognizer's cue phrases, and the identity extractor's: a cue counts only
        when no other type's cue stands nearer ("chủ tài khoản liên hệ số 09…" is a phone)."""
        key = tuple(r.id for r in recognizers)
        if key not in self._patterns:
            # first, so that it wins over the cue word it holds, ending where it ends ("học sinh" holds "sinh")
            cues = {_NO_CUE: _WORDS_HOLDING_A_CUE}
            cues.update({f"identity:{kind}": p for kind, p in HINTS.items() if kind != "skip"})
            cues.update({r.id: cue_pattern(r.context) for r in recognizers if r.context})
            self._patterns[key] = cues
        return self._patterns[key]

    def enhance_using_context(self, text: str, raw_results: list[RecognizerResult], nlp_artifacts: Any,
                              recognizers: list[EntityRecognizer],
                              context: list[str] | None = None) -> list[RecognizerResult]:
        cues = self._cues(recognizers)
        # A cue is read from the characters just before a value only: values whose windows are the same (several
        # recognizers on one value, a run repeated through a hostile text) share one reading.
        nearest: dict[str, str | None] = {}
        for result in raw_results:
            recognizer_id = result.recognition_metadata.get(RecognizerResult.RECOGNIZER_IDENTIFIER_KEY)
            if recognizer_id not in cues:
                continue
            window = text[max(0, result.start - CUE_WINDOW_CHARS):result.start]
            if window not in nearest:
                nearest[window] = nearest_cue(window, cues, self.context_prefix_count)
            cue = nearest[window]
            if cue == _NO_CUE:
                # the word cancels only the cue it holds: read past it ("ngày sinh của học sinh: 12/03/2010", "số hộ
                # chiếu của sinh viên: C1234567"); a full date, even the cue inside ("thì sinh" folds as "thí sinh")
                dated = bool(_FULL_YEAR.search(text, result.start, result.end))
                if (past := ("\1" if dated else "\0") + window) not in nearest:
                    blanked = window if dated else \
                        _WORDS_HOLDING_A_CUE.sub(lambda m: " " * len(m.group()), fold_aligned(window.lower()))
                    nearest[past] = nearest_cue(blanked, {k: p for k, p in cues.items() if k != _NO_CUE},
                                                self.context_prefix_count)
                cue = nearest[past]
            if cue == recognizer_id:
                result.score = min(1.0, max(result.score + self.context_similarity_factor,
                                            self.min_score_with_context_similarity))
                result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
        return raw_results


class _GatedRecognizer(PatternRecognizer):
    """A presidio pattern recognizer that reads only a text in which ``needs`` is found (in the engine presidio
    matches with), finding nothing in any other."""

    def __init__(self, *, needs: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._needs = regex.compile(needs)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None,
                regex_flags: int | None = None) -> list[RecognizerResult]:
        if not self._needs.search(text):
            return []
        found: list[RecognizerResult] = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return found


class _NeedingRecognizer(_GatedRecognizer):
    """A shortcut: ``needs`` is what each of its patterns must match (a digit, an "@"), so skipping a text without
    it changes nothing found (tests/test_pii_mechanics.py checks it)."""


class _SaidRecognizer(_GatedRecognizer):
    """A value counts only in a text that says what it is somewhere, before or after it (``needs``: "hộ chiếu",
    "passport"): a condition on the text, not a shortcut."""


def _cued(entity: str, name: str, regexes: Iterable[str], cues: str, base: float = 0.1) -> PatternRecognizer:
    """A presidio pattern that counts only after one of ``cues`` ("a|b|c", folded); every one of these
    patterns has a digit."""
    patterns = [Pattern(f"{name}-{i}", regex, base) for i, regex in enumerate(regexes)]
    return _NeedingRecognizer(supported_entity=entity, name=name, patterns=patterns, context=cues.split("|"),
                              supported_language=LANGUAGE, needs=r"\d")


_DATE = r"\d{1,2}\s?[/.\-|_]\s?\d{1,2}\s?[/.\-|_]\s?(?:19|20)\d{2}"
# day, month and year typed together ("sn 12031990"): only after a birth cue, as all here
_DATE_GLUED = r"\b(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d{2}\b"
_DATE_WORDS = r"\d{1,2}\s+(?:tháng|thang)\s+\d{1,2},?\s+(?:năm|nam)\s+(?:19|20)\d{2}"
_DATE_ISO = r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}"
# "sn 12/3/85", "ngày sinh 5 / 8 / 55": only after a birth cue, as all here
_DATE_SHORT_YEAR = r"\b\d{1,2} ?[/.\-] ?\d{1,2} ?[/.\-] ?\d{2}\b"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_ORDINAL_WORDS = (*_ORDINALS, "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                  "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", "thirty[- ]first",
                  *(f"twenty[- ]{o}" for o in _ORDINALS))
# "12 June 1999", "June 12, 1999", "the twelfth of June 1999", "June 12th 1999"
_DAY_ENGLISH = r"(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?|" + "|".join(_ORDINAL_WORDS) + r")"
# the year in two digits too ("DOB 5 Aug 55", "born May 3rd '87"): only after a birth cue
_DATE_ENGLISH = r"(?:" + _DAY_ENGLISH + r"\s+(?:of\s+)?" + _MONTH + r",?\s+|" + _MONTH + r"\s+" + _DAY_ENGLISH \
    + r",?\s+)(?:(?:19|20)\d{2}|'?\d{2}\b)"
# a month's name between separators ("30-Sep-1994", "5/Aug/55", "1994-Sep-30", "30.Sept.1994"): only after a birth
# cue, as all here. The month is one of the twelve names or their short forms, whole: "12-Mayday", "12-marketing-2020"
# are no dates.
_MONTH_NAMED = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DATE_MONTH_NAME = (r"\b\d{1,2}\s?[-/.]\s?" + _MONTH_NAMED + r"\s?[-/.]\s?(?:(?:19|20)\d{2}|\d{2})\b"
                    r"|\b(?:19|20)\d{2}\s?[-/.]\s?" + _MONTH_NAMED + r"\s?[-/.]\s?\d{1,2}\b")
# one or two letters (a foreigner's passport: "TK1234567") and seven or eight digits, grouped any way
# ("B 9876 543", "N 1 2 3 4 5 6 7 8")
_PASSPORT = r"\b[A-Z]{1,2}[ .\-]?\d(?:[ .\-]?\d){6,7}\b"
# "my ID is N2345678", "ID: C1234567": a letter and seven digits right after "ID" are a passport's, not a citizen's
# card. Only right before the value, and not after a thing's name: "ID đơn hàng AB1234567", "device ID XY12345678",
# "meeting ID …" are codes. "ID" starts the text or the clause, or follows an owner or a function word.
_PASSPORT_AFTER_ID = (r"(?:^|(?<=[^\w\s])|(?<!\w)(?:my|your|his|her|our|their|the|and|with|is|số|so|mã|ma|và|va)"
                      r"\s+)\s*id(?:\s*(?:no\.?|number|#))?(?:\s+(?:của|cua)\s+(?:tôi|toi|em|anh|chị|chi|mình|minh))?"
                      r"\s*[:.]?\s*(?:(?:là|la|is)\s+)?\K" + _PASSPORT)
# A passport's word anywhere in the text, after the value too ("pp no. C 123 4567 ho chieu het han"): a cue is read
# before a value only (``PhraseContextEnhancer``), and an abbreviation nobody listed ("pp no.") stands there instead.
# With diacritics or without, any case; "hc" is left out (chat's "học").
_PASSPORT_SAID = r"(?i)(?<!\w)(?:h[ộo]\s*chi[ếe]u|passport|pp)(?!\w)"
# A passport number as written when only the text, not a cue before it, says it is one: its letters capitals, or small
# ones typed against the digits ("c1234567"). presidio matches case-insensitively, and a word's last letters before a
# phone ("liên he 0362 169 560") are no passport's.
_PASSPORT_WRITTEN = r"\b(?:(?-i:[A-Z]{1,2})[ .\-]?|(?-i:[a-z]{1,2}))\d(?:[ .\-]?\d){6,7}\b"
_YEAR_ALONE = r"\b(?:19|20)\d{2}\b"
# a year right after the chat's short birth words ("sn 1960", "ns: 1985", "DOB 1988"): not after "sinh" alone,
# which "học sinh giỏi năm 2023" holds
_YEAR_AFTER_SHORT_CUE = r"(?<=(?<!\w)(?i:sn|ns|dob|born)\s{0,2}:?\s{0,2})(?:19|20)\d{2}\b"
_DATE_ANY = re.compile("|".join((_DATE, _DATE_WORDS, _DATE_ISO)), re.IGNORECASE)


def _context_recognizers() -> list[EntityRecognizer]:
    email = _NeedingRecognizer(
        supported_entity="EMAIL", name="luytre-email", supported_language=LANGUAGE, needs="@",
        patterns=[Pattern("email", r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
                                   r"\.[A-Za-z]{2,24}(?![\w-])", 0.95),
                  # Fail closed: an "@" between a mailbox's name and a word is an address whose domain's end was cut
                  # or disguised in a way no reading above undid ("hoa.tran1992@gmail[.]com", "lan99@gmail"). Not a
                  # handle ("@luytre": nothing before it) nor arithmetic ("2@3": a domain starts with a letter).
                  Pattern("email-cut", r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]{1,63}@[A-Za-z][A-Za-z0-9-]{1,62}"
                                       r"(?![\w.@-])", 0.9)])
    return [
        email,
        _cued("BANK_ACCOUNT", "luytre-bank-account", [r"(?<![\w.,])\d(?:[ .\-]?\d){5,18}(?![\w])"],
              "stk|so tk|so tai khoan|tai khoan|tai khoan so|tk|account|acc|account number|so tai khoan nhan"),
        _cued("SOCIAL_INSURANCE", "luytre-bhxh", [r"(?<![\w.,])\d{2}[ .]?\d{2}[ .]?\d{6}(?![\w])"],
              "bhxh|ma so bhxh|so so bhxh|so bhxh|bao hiem xa hoi|ma bhxh|so so bao hiem xa hoi"),
        # one or two letters (a foreigner's passport: "TK1234567") and seven or eight digits, grouped any way
        # ("B 9876 543", "N 1 2 3 4 5 6 7 8")
        _cued("PASSPORT", "luytre-passport", [_PASSPORT],
              "ho chieu|so ho chieu|hc|hc so|passport|passport no|passport number"),
        _NeedingRecognizer(supported_entity="PASSPORT", name="luytre-passport-id", supported_language=LANGUAGE,
                           needs=r"(?i)id", patterns=[Pattern("passport-id", _PASSPORT_AFTER_ID, 0.95)]),  # as cued
        _SaidRecognizer(supported_entity="PASSPORT", name="luytre-passport-said", supported_language=LANGUAGE,
                        needs=_PASSPORT_SAID, patterns=[Pattern("passport-said", _PASSPORT_WRITTEN, 0.95)]),
        _cued("DOB", "luytre-dob", [_DATE, _DATE_WORDS, _DATE_ISO, _DATE_ENGLISH, _DATE_SHORT_YEAR, _DATE_GLUED,
               _DATE_MONTH_NAME, _YEAR_AFTER_SHORT_CUE],
              "sinh ngay|ngay sinh|ngay thang nam sinh|sinh|ns|sn|dob|date of birth|born on|born|birthday"),
        _cued("DOB", "luytre-birth-year", [_YEAR_ALONE], "sinh nam|nam sinh|born in|sinh", base=0.05),
    ]


# -- person names ----------------------------------------------------------------
# Compared with diacritics when the text has them: folded, "Đường" (street) would be "Dương" (a surname).
SURNAMES_MARKED = frozenset(
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh trịnh trương mai lâm cao "
    "lương tạ quách tăng chu đào đoàn lã lại lưu thái tôn kiều hà tiêu khúc giang nghiêm phùng thạch tống vương "
    "diệp mạc lạc châu bạch kha nông lò hứa từ thiều văn khổng âu ông quan tất lục doãn triệu đàm đồng cù hồng "
    "lữ tô mẫn phó hầu".split())
SURNAMES = frozenset(fold(s) for s in SURNAMES_MARKED)
_COMMON_MIDDLE = frozenset("van thi duc huu xuan ngoc quoc minh thanh hoang kim cong dinh trong bich thu hai hong "
                           "bao gia phuong khanh hoai thuy".split())
# Words after which capitalised syllables name a place or an institution, not a person. Matched with
# diacritics when the text has them; folded, a few collide with everyday words ("cho" is "for" and
# "chợ", "den" is "to" and "đền"), so those are left out of the folded list.
_PLACE_WORDS_MARKED = (
    "đường", "phố", "quận", "phường", "huyện", "xã", "tỉnh", "tp", "thành phố", "thị xã", "thị trấn", "trường",
    "thpt", "thcs", "th", "đại học", "học viện", "bệnh viện", "bv", "chợ", "công viên", "cầu", "hẻm", "ngõ",
    "kiệt", "khu", "ấp", "thôn", "làng", "tổ", "bến xe", "sân bay", "công ty", "ngân hàng", "chung cư",
    "tòa nhà", "siêu thị", "nhà sách", "trung tâm", "quảng trường", "ga", "đền", "chùa", "giải", "lễ hội",
    "nhà văn hóa", "đại lộ", "khách sạn", "tượng đài", "cụm", "xóm", "bản", "quốc lộ", "tỉnh lộ", "p", "q",
    "tt", "tx", "kp", "co.opmart", "vinmart", "big c", "lotte", "phòng khám", "pk", "đa khoa", "nha khoa",
    "thẩm mỹ viện", "viện", "trạm y tế", "nhà thuốc", "hiệu thuốc", "quầy thuốc", "trung tâm y tế", "ttyt",
    "nhà hàng", "cửa hàng", "tiệm", "bảo tàng", "nhà thờ", "thánh đường", "nhà hát", "rạp", "hội", "quỹ",
    "tập đoàn", "hợp tác xã", "htx", "cao đẳng", "mầm non", "tiểu học", "trung học", "bệnh xá", "ở", "đạo",
    "đảo", "vịnh", "núi", "sông", "biển", "lễ", "tết", "truyện", "tác phẩm", "bài thơ", "tiểu thuyết", "phim",
    "nhà tang lễ", "nghĩa trang", "nhà xác", "nhà tưởng niệm",
    # a border gate, a port, an industrial zone, a stadium, a pass, a lake ("cửa khẩu Tân Thanh", "cảng Cát Lái")
    "cửa khẩu", "cảng", "bến cảng", "khu công nghiệp", "kcn", "khu chế xuất", "sân vận động", "đèo", "hồ",
    "đồn biên phòng")
# Lowercase words that may stand inside an institution's name, between its kind and its proper name.
_NAME_QUALIFIERS = frozenset("huu nghi da khoa quoc te trung uong nhan dan chuyen khoa quoc gia tu nhan thanh pho "
                             "tinh quan huyen co phan tnhh trach nhiem huu han mot thanh vien dau tu thuong mai "
                             "dich vu xay dung san xuat xuat nhap khau cong nghe phat trien tap doan "
                             # the kind of a hospital or school, typed bare ("Benh vien Nhi dong Nguyen Tri Phuong")
                             "nhi dong phu san ung buou noi tiet tam than y hoc co truyen rang ham mat quan doi "
                             "thpt thcs tieu hoc mam non chuyen dai hoc cao dang".split())
# "tiếng Anh", "người Anh": the language or the nation, not the title "anh" before a name; "chụp ảnh", "tấm ảnh"
# typed bare: a photo
_LANGUAGE_BEFORE = re.compile(r"(?<!\w)(?:tieng|nguoi|nuoc|hoc|bang|van|chup|tam|buc|rua|in|sua|up|dang)\s+anh\s+$")
# A run typed bare that starts with a street word ("Pho Hang Bong cach…", "Duong Le Loi"): a street, whatever
# surname its first syllable also is ("Phó")
_STREET_HEADS_FOLDED = frozenset({"pho", "duong", "ngo", "hem", "ngach", "kiet"})
# ... when what follows speaks of a place: "cách", "ở", "gần", "đến", "có", "thuộc", or the clause ends
_PLACE_AFTER = re.compile(r"\s*(?:$|[,.;:!?)]|(?:cach|o|gan|den|toi|qua|thuoc|nam|co|la|ve|di|huong|phia)(?!\w))")
_AMBIGUOUS_FOLDED_PLACES = {"cho", "to", "ban", "cau", "ga", "giai", "den", "chua", "lang", "xa", "tinh", "khu",
                            "dao", "nui", "song", "bien", "vinh", "le", "tet", "truyen", "phim", "ho", "deo", "cang"}
_PLACE_WORDS = {
    "marked": cue_pattern(normalize(w) for w in _PLACE_WORDS_MARKED),
    "folded": cue_pattern(fold(w) for w in _PLACE_WORDS_MARKED if fold(w) not in _AMBIGUOUS_FOLDED_PLACES),
}
# A shop's kind and what it sells before its name ("Tiệm cầm đồ Kim Long", "tiệm bánh mì Hòa Mã", "quán phở Thìn
# Lò Đúc"): the run after it names the shop. Not its owner ("chủ tiệm bánh Nguyễn Thị Lan"). Folded, at the end of
# the clause before the run; up to three words of goods between. Not after a word that ties a person to the shop
# ("nhân viên quán", "khách của quán", "thợ tiệm"), and, with no goods between, not a full name with a middle name
# ("quán Phạm Thị Thu" is the shop's woman more often than its sign).
# Typed with marks, the shop word is read as typed: folded, "tiêm" (inject) is "tiệm", "sắp" (soon) is "sạp", "quận"
# is "quán". The words between are goods, never a person or a preposition ("tiêm cho bé Nguyễn Thị Lan").
_GOODS_WORD = (r"\s+(?!(?:cho|cua|voi|va|la|o|tai|ten|be|chi|anh|em|ong|ba|co|chu|bac|nguoi|khach|con|chau)(?!\w))"
               r"[^\W\d_]+")
# Typed bare, only a shop word no other word folds to, or "tiệm"/"quán" with what it sells ("tiem vacxin" may be
# "tiêm vắc xin").
_SHOP_NAMED = re.compile(r"(?<!chu )(?<!cua )(?<!khach )(?<!vien )(?<!tho )(?<!\w)"
                         r"(?:cua hang|shop|ki ot|kiot|nha hang|(?:tiem|quan)\s+(?:cam do|vang|banh|"
                         r"toc|thuoc|net|tap hoa|sua|an|pho|com|nuoc|cafe|ca phe|bia|nhau|bun|chao|lau|nuong|oc|kem|"
                         r"tra sua))(?P<goods>(?:" + _GOODS_WORD + r"){0,3})\s*$")
_SHOP_NAMED_MARKED = re.compile(r"(?<!chủ )(?<!của )(?<!khách )(?<!viên )(?<!thợ )(?<!\w)"
                                r"(?:tiệm|quán|cửa hàng|shop|sạp|ki ốt|kiốt|nhà hàng)(?P<goods>(?:"
                                + _GOODS_WORD + r"){0,3})\s*$")
# Words that start the name of a place, a department or a feast ("Khoa Ung bướu", "Bờ Hồ", "Lễ Vu Lan"): a
# tagger's guess that starts with one is no person's name.
_PLACE_HEADS = frozenset(("khoa", "lễ", "hồ", "bờ", "chùa", "đền", "chợ", "ga", "cầu", "sông", "núi", "đảo", "vịnh",
                          "đạo", "bệnh", "viện", "phòng", "trường", "phố", "đường", "quận", "tết", "hội", "ngã",
                          "truyện", "sách", "phim", "bài", "tác phẩm"))
# Of these, the ones that are never a middle name: after a surname they start a place ("Từ Bờ Hồ", "Từ Chợ Lớn"),
# while "Nguyễn Khoa Điềm" is a name.
_PLACE_HEADS_NOT_NAMES = _PLACE_HEADS - {"khoa", "hội", "sông", "núi", "đạo", "hồ", "đảo", "vịnh", "tết"}
_LONG_PLACE_NAMES = ("ho chi minh", "ba ria vung tau", "thua thien hue", "hai ba trung")
_ENGLISH_PLACE_WORDS = frozenset("ward district street st road city province commune town hospital school "
                                 "university park market bridge village lake river pagoda temple church beach bay "
                                 "island mountain airport station museum cathedral mausoleum memorial square "
                                 "palace tower hall stadium zoo garden citadel".split())
_PLACE_NAMES = frozenset(fold(n).replace(" - ", " ") for n in CCCD_PROVINCES.values()) | frozenset((
    "ha noi", "ha long", "ha dong", "ho chi minh", "bach mai", "mai chau", "ho tay", "ho guom", "tan binh",
    "phan thiet", "phan rang", "cao lanh", "vung tau", "do son", "hoang mai", "long bien", "le chan",
    "thu duc", "hai ba trung", "ba dinh", "dong da", "cau giay", "thanh xuan", "tay ho", "hoan kiem", "bo ho",
    "ho hoan kiem", "ben thanh", "dong xuan", "nha trang", "da lat", "sa pa", "hoi an", "my tho", "ha tien",
    "cao dai", "hoa hao", "phat dan",
    # cities, districts and islands known by a name that is no province's
    "sai gon", "cho lon", "phu quoc", "con dao", "hoa lu", "trang an", "yen tu", "son tra", "cat ba"))
# Unaccented, "co", "chu", "em", "bac" are as often "có", "chủ", "em" (I), "bạc" as titles: not cues.
_NAME_CUES = cue_pattern((
    "ten la", "ten toi la", "toi la", "minh la", "em la", "ho ten", "ho va ten", "ten benh nhan", "benh nhan",
    "nguoi nhan", "nguoi gui", "chu tai khoan", "chu the", "chu xe", "ong", "ba", "anh", "chi", "bac si", "bs",
    "hoc sinh", "sinh vien", "nguoi benh", "ten", "my name is", "name", "khach hang", "khach", "nhan vien",
    "con toi la", "vo toi la", "chong toi la", "uy quyen", "ben uy quyen", "ben duoc uy quyen", "receiver"))
_NAME_STOP = frozenset(
    "la va voi sinh so sdt dt o tai can muon dang bi da co khong tuoi gui chuyen den cua cho de email cccd cmnd "
    "mst stk dia hien lop nhu goi hoi nho xin nop mua dat kham nhap hoc song thue vua moi se nay do kia ay "
    "oi a nhe nha rat bao nu hom ngay thang duoc ko roi lai".split())
_SYLLABLE = re.compile(r"[^\W\d_]+")
# The shape of a Vietnamese syllable (folded): "Panadol", "Vitamin" or "C" are not names.
_VIETNAMESE_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"
                                  r"[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")
# Folded, these surnames are also everyday words ("lam" is "làm", "do" is "đó"): an unaccented name
# may start with one only after a cue such as "tên là".
_AMBIGUOUS_FOLDED_SURNAMES = frozenset("lam do ha mai cao la ho vo ly ta chu tu ton ong lo quan tat van hong dong "
                                      "bach luong lac mac au kha khong thai giang chau to pho hau man cu lai luu "
                                      "tang tieu diep doan dao dinh duong vu thach tong kieu khuc nong hua thieu "
                                      "lu luc".split())


def _capitalised_runs(text: str) -> list[tuple[int, int]]:
    """Spans of two or more capitalised words separated only by spaces ("Nguyễn Văn An", "NGUYỄN AN")."""
    runs: list[tuple[int, int]] = []
    current: list[re.Match[str]] = []
    for word in _SYLLABLE.finditer(text):
        joined = current and text[current[-1].end():word.start()].isspace()
        if word.group()[0].isupper():
            if not joined:
                if len(current) >= 2:
                    runs.append((current[0].start(), current[-1].end()))
                current = []
            current.append(word)
        else:
            if len(current) >= 2:
                runs.append((current[0].start(), current[-1].end()))
            current = []
    if len(current) >= 2:
        runs.append((current[0].start(), current[-1].end()))
    return runs


# underthesea's tagger costs superlinear time in its input (~1 s for 4 KB of capitalised words, 13 s
# for 16 KB): it reads only short windows around the capitalised runs the surname rules left
# unresolved, at most NER_MAX_CHARS of them per text. Each window costs ~17 ms of CPU; two of them decide every
# question of the open privacy sets exactly as four did, and keep a 4 KB run of titles ("Cô Cô …") near 60 ms.
NER_WINDOW_CHARS = 96
NER_MAX_CHARS = 192


def _ner_windows(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Windows of ``text`` (cut at spaces, merged when they overlap) around ``runs``, within the budget."""
    windows: list[tuple[int, int]] = []
    budget = NER_MAX_CHARS
    for run_start, run_end in runs:
        start = run_start
        while start < run_end and budget > 0:
            end = min(run_end, start + min(NER_WINDOW_CHARS, budget))
            if end < run_end:  # do not cut a word: end at the last space in the window, if any
                space = text.rfind(" ", start + 1, end)
                end = space if space > start else end
            if windows and start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], end)
            else:
                windows.append((start, end))
            budget -= end - start
            start = end
            while start < run_end and text[start].isspace():
                start += 1
        if budget <= 0:
            break
    return windows


# "Do I need…", "Do I have to…": the English question, not the surname Đỗ and a one-letter name
_ENGLISH_QUESTION = re.compile(r"Do\s+I")


# Religions whose names read as a person's typed bare ("Dao Cao Dai" is "Đạo Cao Đài", not Mr Đào Cao Đài), folded
_RELIGIONS = frozenset(fold(n).lower() for n in ("Cao Đài", "Hòa Hảo", "Tin Lành", "Thiên Chúa", "Phật giáo",
                                                  "Công giáo", "Hồi giáo", "Tứ Ân Hiếu Nghĩa", "Bửu Sơn Kỳ Hương"))


# A figure's name the name finder cut short ("Nhân vật Xuân Tóc Đỏ" read as "Tóc Đỏ", "lễ Vu Lan" as "Vu Lan", "Truong
# THPT Nguyen Thi Minh Khai" as "Truong THPT Nguyen Thi"): a span that ends a figure's name said with the words before
# it, or one inside the name or that the name goes on after, each of its words capitalised. Not a span that goes on
# after the figure ("ông Lê Lợi Hùng" is someone), nor a name before a lower-case word ("chị Nguyễn Thị Minh khai báo").
_FIGURE_REACH = 24
_FIGURE_NAMES = re.compile(r"(?<!\w)(?:" + "|".join(sorted((re.escape(f) for f in PUBLIC_FIGURES), key=len,
                                                             reverse=True)) + r")(?!\w)")


def _within_a_public_figure(text: str, start: int, end: int) -> bool:
    begin = max(0, start - _FIGURE_REACH)
    piece = text[begin:end + _FIGURE_REACH]
    for m in _FIGURE_NAMES.finditer(fold_aligned(piece).lower()):
        inside = m.start() <= start - begin and end - begin <= m.end()
        cut = start - begin < m.end() and m.start() < end - begin < m.end()
        if (inside or cut) and all(word[:1].isupper() for word in piece[m.start():m.end()].split()):
            return True
    return False


def _names_a_public_figure(span: str) -> bool:
    """"Võ Nguyên Giáp", or a street, school or hospital named after one ("Đường Điện Biên Phủ"); or a religion."""
    words = fold(span).split()
    return any(" ".join(words[i:]) in PUBLIC_FIGURES or " ".join(words[i:]).lower() in _RELIGIONS
               for i in range(len(words)))


def _is_full_name(run: str) -> bool:
    """A surname, a common middle name and a given name ("Phạm Thị Thu", "Tran Van Hau")."""
    words = fold(run).lower().split()
    return len(words) >= 3 and _is_surname(run.split()[0]) and words[1] in _COMMON_MIDDLE


def _is_surname(syllable: str) -> bool:
    lower = syllable.lower()
    return lower in SURNAMES_MARKED if fold(lower) != lower else lower in SURNAMES


class PersonRecognizer(EntityRecognizer):
    """Vietnamese full names: a surname and one to three more syllables."""

    def __init__(self, use_ner: bool = True) -> None:
        super().__init__(supported_entities=["PERSON"], supported_language=LANGUAGE, name="luytre-person")
        self.use_ner = use_ner
        self._ner_lock = threading.Lock()

    def load(self) -> None:
        pass

    @cached_property
    def _ner(self) -> Callable[[str], list[tuple[str, str, str, str]]]:  # imported only when a text needs it
        from underthesea import ner  # untyped

        tagger: Callable[[str], list[tuple[str, str, str, str]]] = ner
        return tagger

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        folded = fold_aligned(text)
        spans: dict[tuple[int, int], float] = {}
        unresolved: list[tuple[int, int]] = []
        for start, end in _capitalised_runs(text):
            found = self._capitalised_name(text, folded, start, end)
            if isinstance(found, tuple):
                spans[found] = 0.85
            elif found is None and not self._is_place(text, folded, start, end):
                unresolved.append((start, end))
        for start, end in self._cued_lowercase_names(text, folded):
            spans.setdefault((start, end), 0.8)
        if unresolved and self.use_ner:
            for window in _ner_windows(text, unresolved):
                for start, end in self._ner_names(text, folded, *window):
                    spans.setdefault((start, end), 0.7)
        return [RecognizerResult("PERSON", s, e, score) for (s, e), score in spans.items()
                if not _names_a_public_figure(text[max(0, s - _FIGURE_REACH):e])
                and not _within_a_public_figure(text, s, e) and not _ENGLISH_QUESTION.fullmatch(text[s:e])]

    def _is_place(self, text: str, folded: str, start: int, end: int) -> bool:
        before = text[max(0, start - 30):start]
        if re.search(r"\d[A-Za-z]?\s*$", before):  # "12 Nguyễn Trãi", "148C Trần Phú" are streets
            return True
        marked = fold(before) != before.lower()
        words = re.findall(r"[\w.]+", normalize(before) if marked else fold(before))
        tail = " ".join(words[-3:])
        pattern = _PLACE_WORDS["marked" if marked else "folded"]
        if any(m.end() == len(tail) for m in pattern.finditer(tail)):
            return True
        # "Bệnh viện Hữu nghị Việt Đức", "phòng khám đa khoa Hoàn Mỹ": an institution word, then only words of
        # its name (capitalised, or the usual qualifiers) up to the run, in the same clause
        clause = re.split(r"[,:;.!?()]", before)[-1]
        chain = re.findall(r"\w+", clause)[-5:]
        cased = " ".join(chain)
        shown = normalize(cased) if marked else fold(cased)
        for match in pattern.finditer(shown):
            rest = cased[match.end():].split() if len(shown) == len(cased) else []
            if rest and all(w[:1].isupper() or fold(w) in _NAME_QUALIFIERS for w in rest):
                return True
        lowered = clause.lower()
        shop = _SHOP_NAMED_MARKED.search(normalize(lowered)) if marked else _SHOP_NAMED.search(fold(lowered))
        if shop and (shop.group("goods").strip() or not _is_full_name(text[start:end])):
            return True
        after = re.findall(r"\w+", re.split(r"[^\s\w]", folded[end:end + 30], maxsplit=1)[0])
        span = folded[start:end].split()
        if _ENGLISH_PLACE_WORDS & set(span + after[:1]):
            return True
        joined = " ".join(span)
        return joined in _PLACE_NAMES or any(joined.endswith(" " + name) for name in _LONG_PLACE_NAMES)

    def _capitalised_name(self, text: str, folded: str, start: int, end: int) -> tuple[int, int] | bool | None:
        """The name inside a run of capitalised syllables that starts at a surname; False when
        that run names a place ("đường Lê Lợi"); None when no syllable is a surname."""
        syllables = list(_SYLLABLE.finditer(text, start, end))
        for i, syllable in enumerate(syllables[:-1]):
            if not _is_surname(syllable.group()):
                continue
            following = normalize(syllables[i + 1].group()).lower()
            rest = [fold(w.group()).lower() for w in syllables[i + 1:i + 5]]
            from_place = syllable.group().lower() == "từ" and \
                any(" ".join(rest[:k]) in _PLACE_NAMES for k in range(1, len(rest) + 1))
            if following in _PLACE_HEADS_NOT_NAMES and not _is_surname(following) or from_place:
                continue  # "Từ Bờ Hồ đi…", "Từ Hồ Gươm…": "from" before a place, not a surname
            last = syllables[min(len(syllables), i + 4) - 1]
            s, e = syllable.start(), last.end()
            if fold(syllable.group()).lower() in _STREET_HEADS_FOLDED and text[s:e].isascii() \
                    and _PLACE_AFTER.match(folded, e):
                return False
            # "đường Sư Vạn Hạnh": the place word stands before the run, not before the surname in it
            return False if self._is_place(text, folded, s, e) or self._is_place(text, folded, start, e) else (s, e)
        return None

    def _cued_lowercase_names(self, text: str, folded: str) -> Iterable[tuple[int, int]]:
        """Lowercase or unaccented names: a surname after a cue ("ten la nguyen van an"), or a
        surname and a common middle name ("tran thi mai")."""
        words = list(re.finditer(r"[a-z]+", folded))
        i = 0
        while i < len(words):
            word = words[i]
            if word.group() not in SURNAMES or word.group() in _NAME_STOP:
                i += 1
                continue
            cued = bool(nearest_cue(folded[:word.start()], {"name": _NAME_CUES}, 0)) \
                and not _LANGUAGE_BEFORE.search(folded, max(0, word.start() - 20), word.start())
            middle = (i + 1 < len(words) and words[i + 1].group() in _COMMON_MIDDLE
                      and word.group() not in _AMBIGUOUS_FOLDED_SURNAMES)
            j = i + 1
            while j < len(words) and j - i < 4 and words[j].group() not in _NAME_STOP and \
                    re.fullmatch(r"\s+", folded[words[j - 1].end():words[j].start()]):
                j += 1
            unaccented = text[word.start():words[j - 1].end()].lower() == folded[word.start():words[j - 1].end()]
            if j - i >= 2 and unaccented and (cued or (middle and j - i >= 3)) and \
                    not self._is_place(text, folded, word.start(), words[j - 1].end()):
                yield word.start(), words[j - 1].end()
                i = j
            else:
                i += 1

    def _ner_names(self, text: str, folded: str, window_start: int, window_end: int) -> Iterable[tuple[int, int]]:
        with self._ner_lock:  # underthesea's CRF tagger is not documented as thread-safe
            tagged = self._ner(text[window_start:window_end])
        position = window_start
        current: list[tuple[int, int]] = []
        for word, _pos, _chunk, tag in tagged + [("", "", "", "O")]:
            if tag.endswith("PER") and tag.startswith("B") or not tag.endswith("PER"):
                if len(current) and self._plausible_name(text, folded, current[0][0], current[-1][1]):
                    yield current[0][0], current[-1][1]
                current = []
            if not word:
                break
            at = text.find(word, position, window_end)
            if at < 0:
                continue
            position = at + len(word)
            if tag.endswith("PER"):
                current.append((at, position))

    def _plausible_name(self, text: str, folded: str, start: int, end: int) -> bool:
        span = text[start:end]
        syllables = span.split()
        if re.match(r"-[^\W\d_]", text[end:end + 2]):
            return False  # the start of a hyphenated foreign word ("Giê-hô-va"), not a name
        if any(len(s) > 1 and s.isupper() for s in syllables) or self._is_place(text, folded, start, start) \
                or normalize(syllables[0]).lower() in _PLACE_HEADS:
            return False  # "Ma BIN 970436", "Khoa Ung bướu": an acronym or a place word, not a name
        return (2 <= len(syllables) <= 5 and all(s[:1].isupper() and s.isalpha() for s in syllables)
                and all(_VIETNAMESE_SYLLABLE.fullmatch(fold(s)) for s in syllables)
                and not span.isupper() and not self._is_place(text, folded, start, end))


# -- street addresses ---------------------------------------------------------------
_NUM = r"\d{1,5}[a-z]?(?:\s?/\s?\d{1,5}[a-z]?){0,4}+"  # possessive: "0/ 0/ 0/ ..." backtracked per start
_ADMIN_KW = (r"(?:(?:phuong|xa|quan|huyen|thanh pho|tinh|thi xa|thi tran|khu pho|to dan pho|to|ap|thon|xom)\s+"
             r"|(?:tp|tx|tt|kp)(?:\.\s*|\s+)|(?:p|q)(?:\.\s*|\s*(?=\d))|h\.\s*)")
_STOP_AHEAD = (r"(?=\s*(?:[,;:()\n]|\.(?!\d)|$|\s-\s)|\s+(?:" + _ADMIN_KW + r")\w"
               r"|\s+(?:va|bi|sdt|dt|email|de|vao|luc|ngay|nhe|nha|giup|hom|truoc|sau|de|duoc|la|cho|roi|gan)\b)")
_NAME_WORDS = r"[^\W\d_]+(?:\s+[^\W\d_]+){0,5}?"
_CITY = "|".join(sorted((re.escape(n) for n in _PLACE_NAMES | {"hn", "hcm", "tphcm", "tp hcm", "tp.hcm", "sai gon",
                                                                 "sg", "hue", "brvt"}), key=len, reverse=True))
# Separators are atomic groups ("(?>...)"): "\s*,?\s*" could otherwise share its spaces between its two
# halves in 2^n ways over n repeated alleys ("ngo 1 ngo 1 ..."), backtracking for seconds per 100 characters.
_SEP = r"(?>\s*,?\s*)"
_STREET = re.compile(
    r"(?<!\w)(?:(?:so nha|so|sn)\s*:?\s*)?(?<![\w.,/-])(?P<house>" + _NUM + r")(?![\w/])" + _SEP +
    r"(?P<alley>(?:ngo|hem|kiet|ngach)\s+" + _NUM + _SEP + r"){0,4}+"  # ngõ, ngách, hẻm: at most a few levels
    r"(?:(?P<kw>duong|pho|dai lo|quoc lo|ql|tinh lo)\s+)?(?P<name>so\s+\d{1,3}[a-z]?|" + _NAME_WORDS + r")"
    + _STOP_AHEAD
    + r"|(?<!\w)(?:ngo|hem|kiet|ngach)\s+" + _NUM + _SEP + r"(?:(?P<kw2>duong|pho|dai lo)\s+)?(?P<name2>"
    + _NAME_WORDS + r")" + _STOP_AHEAD)
_ADMIN_TAIL = re.compile(
    r"(?:\s*[,\-]\s*|\s+)" + _ADMIN_KW + r"(?:\d{1,3}|" + _NAME_WORDS + r")" + _STOP_AHEAD
    + r"|\s*,\s*(?:" + _CITY + r")(?!\w)")


class AddressRecognizer(EntityRecognizer):
    """A house number or alley and a street, with the administrative units that follow it."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["ADDRESS"], supported_language=LANGUAGE, name="luytre-address")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None) -> list[RecognizerResult]:
        folded = fold_aligned(text).lower()
        results = []
        for match in _STREET.finditer(folded):
            if _NOT_HOUSE_BEFORE.search(folded, max(0, match.start() - 20), match.start()) or (
                    match.group("house") and _DATE_ANY.fullmatch(match.group("house"))):
                continue  # "quận 3, TP.HCM", "ngày 12/3", "26/02/1998": not a house number
            keyword = bool(match.group("kw") or match.group("kw2") or match.group("alley")) or \
                match.group("house") is None
            name_start, name_end = match.span("name" if match.group("name") is not None else "name2")
            capitalised_end = _capitalised_prefix_end(text, name_start, name_end)
            if capitalised_end:
                name_end = capitalised_end  # "12 Nguyễn Trãi bị ngập": the street ends where capitals do
            end, units = name_end, 0
            while tail := _ADMIN_TAIL.match(folded, end):
                end, units = tail.end(), units + 1
            if not (keyword or capitalised_end or units):
                continue  # "uống 2 viên", "phòng 302 tầng": no street word, capitals or units after it
            results.append(RecognizerResult("ADDRESS", match.start(), end, 0.85 if keyword or units else 0.7))
        return results


# Numbers after these words are units, rooms, dates or times, not house numbers.
_NOT_HOUSE_BEFORE = re.compile(r"(?<!\w)(?:phuong|xa|quan|huyen|p|q|phong|tang|lau|lop|ghe|ngay|luc|vao|thang|nam"
                               r"|tu|den|han|cap ngay|so tien)\.?\s*[-:]?\s*$")


def _capitalised_prefix_end(text: str, start: int, end: int) -> int | None:
    """Where the run of capitalised words at the start of ``text[start:end]`` ends, if there is one."""
    last = None
    for word in re.finditer(r"\S+", text[start:end]):
        if not word.group()[:1].isupper():
            break
        last = start + word.end()
    return last


# -- the scanner --------------------------------------------------------------------
@dataclass(frozen=True)
class Scan:
    """What a scan found: the entities, and the digit runs in a disguise too short to be a value (a sign that
    one is being hidden, read by ``categories``), as (start, end) in the scanned text."""

    entities: list[Entity]
    short_disguised_runs: tuple[tuple[int, int], ...]
    # runs as long as an identifier that the loose reading found and nothing explains (``residue.loose_runs``):
    # the text is not read as anonymous
    loose_runs: tuple[tuple[int, int], ...] = ()


class PiiScanner:
    """Presidio with Vietnamese recognizers. Thread-safe; build once per process (init ~1 s)."""

    def __init__(self, score_threshold: float = SCORE_THRESHOLD, use_ner: bool = True) -> None:
        self.score_threshold = score_threshold
        recognizers = [IdentifierRecognizer(), *_context_recognizers(), PersonRecognizer(use_ner),
                       AddressRecognizer(), CandidateIdentifierRecognizer()]
        registry = RecognizerRegistry(recognizers=recognizers, supported_languages=[LANGUAGE])
        self._engine = AnalyzerEngine(
            registry=registry, nlp_engine=NoOpNlpEngine([{"lang_code": LANGUAGE, "model_name": "none"}]),
            supported_languages=[LANGUAGE], context_aware_enhancer=PhraseContextEnhancer(),
            default_score_threshold=score_threshold)

    def scan(self, text: str) -> list[Entity]:
        """Personal data in ``text`` (NFC-normalised first), in order, without overlaps."""
        return self.read(text).entities

    def read(self, text: str) -> Scan:
        """``scan``, with the disguised digit runs too short for a value that the scan met on the way."""
        text = prepare_text(text)
        view = scan_view(text)  # evasions undone; found spans map back to ``text``
        results = self._engine.analyze(view.text, language=LANGUAGE)
        spans = [(r, *view.source_span(r.start, r.end)) for r in _resolve(results)]
        found = [Entity(r.entity_type, start, end, text[start:end], r.score) for r, start, end in spans]
        if "." in text:
            found = _without_coordinates(text, found)
        found = _with_dates_after_names(text, found)
        found = _with_dates_beside_names(text, view, found)
        runs = disguised_runs(text, [(e.start, e.end) for e in found])
        # Digits in a disguise no recognizer reads, as long as a value: an identifier of unknown type (fail closed)
        unread = [Entity("ID_NUMBER", start, end, text[start:end], UNREAD_SCORE)
                  for start, end, digits in runs if digits >= IDENTIFIER_DIGITS]
        short = tuple((start, end) for start, end, digits in runs if digits < IDENTIFIER_DIGITS)
        found = sorted(found + unread, key=lambda e: e.start) if unread else found
        loose = loose_runs(text)
        mailboxes = [span for span in mailbox_spans(text)
                     if not any(e.start < span[1] and span[0] < e.end for e in found)]
        if mailboxes:  # a mailbox no recognizer read ("lan.nguyen còng gmail"): an e-mail address
            found = sorted(found + [Entity("EMAIL", start, end, text[start:end], UNREAD_SCORE)
                                    for start, end in mailboxes], key=lambda e: e.start)
        if not loose:
            return Scan(found, short)
        # A loose run shaped as an identifier (a 0 and a phone's to a CCCD's digits, a plate, a value's cue before
        # it) that no entity covers is one of unknown type: redacted for an expert that does not check identifiers.
        # A street number read into it ("29 H1 234 56 mat giay…" read as an address) gives way to it.
        kept = [e for e in found if e.type != "ADDRESS"]
        added = [Entity("ID_NUMBER", start, end, text[start:end], UNREAD_SCORE) for start, end, _, like in loose
                 if like and not any(e.start < end and start < e.end for e in kept)]
        if added:
            found = sorted([e for e in found if not any(e.start < a.end and a.start < e.end for a in added)]
                           + added, key=lambda e: e.start)
        return Scan(found, short, tuple((start, end) for start, end, *_ in loose))

    def redact(self, text: str, entities: list[Entity] | None = None) -> Redaction:
        """Replace each entity with ``<TYPE_n>``; equal values share a placeholder."""
        text = prepare_text(text)
        entities = self.scan(text) if entities is None else entities
        mapping: dict[str, str] = {}
        by_value: dict[tuple[str, str], str] = {}
        counts: dict[str, int] = {}
        pieces, position = [], 0
        for entity in entities:
            key = (entity.type, entity.text)
            if key not in by_value:
                counts[entity.type] = counts.get(entity.type, 0) + 1
                by_value[key] = f"<{entity.type}_{counts[entity.type]}>"
                mapping[by_value[key]] = entity.text
            pieces += [text[position:entity.start], by_value[key]]
            position = entity.end
        pieces.append(text[position:])
        return Redaction("".join(pieces), mapping)


# A full date right after a name ("Trương Mỹ Duyên, 22/12/2001", "Lê Văn Hùng 1985-07-23", "Hà Thu, 3 tháng 9 năm
# 1990", "Lê Thị Hồng (2/9/03)"): a form's line, the person's birth date, though no birth word cues it.
_DATE_AFTER_NAME = re.compile(r"\s{0,3}[,(:\-]?\s{0,3}(" + "|".join((_DATE, _DATE_ISO, _DATE_WORDS, _DATE_SHORT_YEAR))
                              + r")(?![\d/.\-]\d)", re.IGNORECASE)


def _without_coordinates(text: str, found: list[Entity]) -> list[Entity]:
    pairs = coordinate_spans(text)  # a place's latitude and longitude: no one's number
    return [e for e in found if not any(start <= e.start and e.end <= end for start, end in pairs)] if pairs else found


def _with_dates_after_names(text: str, found: list[Entity]) -> list[Entity]:
    dates = []
    for at, entity in enumerate(found):
        after = _DATE_AFTER_NAME.match(text, entity.end) if entity.type == "PERSON" else None
        if after and (at + 1 == len(found) or found[at + 1].start >= after.end(1)):
            start, end = after.span(1)
            dates.append(Entity("DOB", start, end, text[start:end], entity.score))
    return sorted(found + dates, key=lambda e: e.start) if dates else found


# A full date anywhere in a text that names someone ("12/3/1985, tên Nguyễn Văn Hùng, bệnh nhân…", "Lê Văn Hùng,
# quê Huế, 1985-07-23"; a date said in words once read, "mười hai tháng ba năm tám mươi lăm"): the person's birth date,
# though no birth word cues it and the name does not stand right before it. A year of this one or later is a visit's
# or an appointment's, and a date an event word stands right before ("hẹn ngày", "nhập viện ngày", "từ", "đến",
# "hết hạn") is that event's. Read on the scan's view (evasions undone), mapped back.
_DATE_ANYWHERE = re.compile(r"(?<![\w/.\-])(?:" + "|".join((_DATE, _DATE_ISO, _DATE_WORDS)) + r")(?![\d/.\-]\d)",
                            re.IGNORECASE)
_EVENT_BEFORE = re.compile(r"(?:hen|lich|kham|nhap vien|ra vien|vao vien|mo|tu|den|toi|han|het han|cap|ngay cap|"
                           r"truoc|sau|den ngay|tu ngay|hom|dat|giao|chuyen|thanh toan|nop|appointment|from|until|"
                           r"since|before|after|on)\s*(?:ngay|ngày|nay|vao)?\s*[:,]?\s*$")
_YEAR = re.compile(r"(?:19|20)\d{2}")


def _with_dates_beside_names(text: str, view: Mapped, found: list[Entity]) -> list[Entity]:
    if not any(e.type == "PERSON" for e in found) or not _DATE_ANYWHERE.search(view.text):
        return found
    this_year = date.today().year
    dates: list[Entity] = []
    for match in _DATE_ANYWHERE.finditer(view.text):
        year = _YEAR.search(match.group())
        if year is None or int(year.group()) >= this_year:
            continue
        if _EVENT_BEFORE.search(fold(view.text[max(0, match.start() - 24):match.start()].lower())):
            continue
        start, end = view.source_span(match.start(), match.end())
        if any(e.start < end and start < e.end for e in found + dates):
            continue
        dates.append(Entity("DOB", start, end, text[start:end], SCORE_THRESHOLD))
    return sorted(found + dates, key=lambda e: e.start) if dates else found


def _resolve(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Keep the best of overlapping results of different types: highest score, then longest."""
    ranked = sorted(results, key=lambda r: (-r.score, -(r.end - r.start), r.start))
    kept: list[RecognizerResult] = []
    for result in ranked:
        if all(result.end <= k.start or result.start >= k.end for k in kept):
            kept.append(result)
    return sorted(kept, key=lambda r: r.start)
