"""Privacy judgement v2 (issue 19): a topic is not personal data, evasions fail closed, every refusal
helps, routing follows what the question is about, and a hospital's own rules expert answers its
visitors instead of refusing them."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import threading
import unicodedata
from http.server import BaseHTTPRequestHandler, HTTPServer

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import DATA, RunningNode, cli, signed
from luytre.node.service import Node
from luytre.sovereignty.categories import categorize
from luytre.sovereignty.facts import ASKER, NOBODY, OTHER, about
from luytre.sovereignty.normalize import clean, scan_view
from luytre.sovereignty.pii import PiiScanner
from luytre.sovereignty.policy import ExpertFacts, Policy, PolicyRequest
from luytre.sovereignty.privacy_gate import screen_text
from luytre.text.normalize import fold

ROOT = DATA.parents[1]
HOSPITAL_DOCS = DATA / "orgs" / "hospital-rules"


@pytest.fixture(scope="module")
def scanner() -> PiiScanner:
    return PiiScanner()


def found(scanner: PiiScanner, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in scanner.scan(text)]


# -- normalization ------------------------------------------------------------------------------
@pytest.mark.parametrize("raw, cleaned", [
    ("CCCD 0\u200b01203012345", "CCCD 001203012345"),
    ("0912\u00ad345\u00ad678", "0912345678"),
    ("mst 80\u206012345678\ufeff", "mst 8012345678"),
    ("\u202eung thư\u202c", "ung thư"),
    ("stk ００１１００１９３２４１８", "stk 0011001932418"),
    ("ung\u3000thư", "ung thư"),
    ("xe ５１Ｇ－６７８．９０", "xe 51G-678.90"),
    ("sdt ⁰⁹¹²³⁴⁵⁶⁷⁸", "sdt 0912345678"),  # superscript digits
    ("CCCD ⓪⓪①②⓪③⓪①②③④⑤", "CCCD 001203012345"),  # circled digits
    ("ho\u200b\u0300a", "hòa"),  # a joiner between a letter and its tone mark
])
def test_clean_removes_format_characters_and_folds_digits(raw, cleaned):
    mapped = clean(raw)
    assert mapped.text == cleaned
    start = mapped.text.find(cleaned.split()[-1])
    source_start, source_end = mapped.source_span(start, len(mapped.text))
    assert clean(raw[source_start:source_end]).text == cleaned.split()[-1]


@pytest.mark.parametrize("text, value", [
    ("cccdcuatoi001203012345kiemtragiup", "001203012345"),
    ("số của tôi là không chín một hai ba bốn năm sáu bảy tám", "0912345678"),
    ("căn cước 001 gạch ngang 203 gạch ngang 012345", "001-203-012345"),
])
def test_scan_view_undoes_spelling_and_gluing(text, value):
    view = scan_view(text)
    assert value in view.text
    start = view.text.index(value)
    s, e = view.source_span(start, start + len(value))
    assert s < e and text[s:e].strip()


@pytest.mark.parametrize("text", [
    "CCCD 0\u200b01203012345",
    "CCCD của tôi là 0 0 1 2 0 3 0 1 2 3 4 5",
    "can cuoc 079-203-001-234 cua toi",
    "CCCD 001.203.012.345 bị báo sai",
    "sđt 0912\u00ad345\u00ad678 của tôi",
    "stk ００１１００１９３２４１８ bị khoá",
    "cccdcuatoi001203012345kiemtragiup",
    "số của tôi là không chín một hai ba bốn năm sáu bảy tám",
    "email nguyen\u200bvan.hai@gmail.com",
    "gui qua tran.minh.duc [at] yahoo [dot] com",
    "bien so 30 A 123 45 cua toi",
    "mã số thuế 0100109107",  # wrong check digit: still someone's number to the gate
    "so can cuoc 048.1O9.O0l.234 bi sai ngay sinh",  # letters for digits across dotted groups
    "TK:0l9923O0l1456techcombank cua minh bi khoa",  # letters for digits glued to the bank's name
    "ho chieu so B 9876 543 cua toi bi rach",  # passport split four and three
    "HC so k.3344.556 het han thang sau",  # lowercase, dotted, "HC" for hộ chiếu
    "ten tran van long sn 4/11/79 dang ky lai BHYT",  # a birth date with a two-digit year
    "you can reach me at zero three five two two one eight eight four six",  # English digits in words
    # privacy v6: letters read aloud in plates and passports, odd separators, line breaks, brackets
    "xe máy em biển năm chín gờ hai, bốn năm sáu chấm bảy tám bị cẩu",
    "bien so xe toi hai chin hat mot, tam tam chin chin bay",
    "hộ chiếu số pê bảy bảy tám tám một hai ba bốn, mất rồi",
    "so cccd 036/198/004/521 cua toi bi sai que quan",
    "sdt cua minh 0936_221_874, goi sau 5h",
    "can cuoc: 040|195|002|318",
    "stk 1012,3344,5566 bi khoa",
    "CCCD 0381\n90004455 của tôi",
    "zalo [0978] [112] [334] nhắn giúp",
    "so cmnd 1 8 7 / 2 2 3 / 4 4 1 cua ba em",
    "mail la le_van_tu @ outlook . com nhe",
    "passport N 5 5 4 4 3 3 2 1, renew ở đâu",
    "anh gui file can_cuoc_036198004521_mat_sau.png roi nhe",  # a value inside a file name
    # groups split by a spaced dash, dot or en dash, with a phone's or a CCCD's shape
    "số điện thoại: 0912 - 345 - 678, gọi giúp em",
    "sdt cua chi ay 0987 . 654 . 321",
    "cccd 001 - 089 - 001 - 234 bi sai ngay sinh",
    "zalo 0903 – 112 – 334 nhắn giúp",
    # after privacy v6 (blind6's classes, in our own words): birth dates glued, barred, with letters for digits
    "chau Le Minh Tam ns 05082014 hay bi co giat",
    "Hồ sơ: Đỗ Thị Lan, ngày sinh 21|11|1988, tái khám",
    "bo em Vu Van Kien sinh 1O/O3/1957 dang chay than",
])
def test_evasions_are_found(scanner, text):
    assert scanner.scan(text), text


@pytest.mark.parametrize("text", [
    "Giá 1.250.000 đồng, giảm còn 990000đ",
    "Vay 500.000.000 đồng trả góp 10 năm",
    "mã đơn hàng 123456789012 đã giao",
    "Hotline 1800 1565 có hoạt động 24/7 không?",
    "Nghị định 13/2023/NĐ-CP có hiệu lực từ ngày 01-07-2023",
    "Mấy giờ được vào thăm người bệnh?",
    "Pha 1.5l nước với 2 gói ORS cho đúng tỉ lệ",  # a quantity with "l" for litres
    "Ngày 4/11/79 có sự kiện gì ở Hà Nội?",  # a short date with no birth cue
    "Take one or two tablets three times a day for five days?",  # English numbers that are no value
    "Phòng 301, 302, 303 ở tầng mấy?",  # a list, not one value
    "Quyết định 1234/QĐ-BYT và Thông tư 01/2021/TT-BYT còn hiệu lực không?",
    "Hẻm 123/45/6 Lê Văn Sỹ có xe cứu thương vào được không?",
    "Giá 1,250,000,000 đồng có phải nộp thuế không?",
    "cô gọi ngay cho mẹ bé số điện thoại trên sổ liên lạc nhé",  # "bé", "số": words, not letters
    "xe ba bánh chở được mấy người?",
    "Phòng 101 | 102 | 103 ở tầng 1 phải không?",
    "Mã vận đơn GHN/2023/0012345678 giao đến đâu rồi?",  # a code's parts after slashes
    "Số seri máy 1234-5678-9012 còn bảo hành không?",
    "Số hợp đồng 2023/HĐ/00456789 thanh lý thế nào?",
    "Mã hóa đơn 12031990 thanh toán ở quầy nào?",  # eight digits like a date, with no birth cue
    "Tốc độ 60 km/h trong khu dân cư, cổng I/O của máy là gì?",
    "Tổng đài 1900 - 545 - 413 có hỗ trợ ban đêm không?",  # a hotline's shape, not a phone's
    "Phòng 1203 - 1204 - 1205 còn trống không?",
    "Học phí năm 2019 - 2020 - 2021 tăng bao nhiêu?",
])
def test_decoys_stay_clear(scanner, text):
    assert found(scanner, text) == []


# -- the three facts -------------------------------------------------------------------------------
@pytest.mark.parametrize("text, person", [
    ("Mấy giờ được vào thăm người bệnh?", NOBODY),
    ("nhận thuốc bảo hiểm ở đâu", NOBODY),
    ("Cho tôi hỏi người chăm bệnh có được hút thuốc không?", NOBODY),
    ("Tội trộm cắp bị phạt thế nào?", NOBODY),
    ("Vay mua nhà tối đa bao nhiêu năm?", NOBODY),
    ("tôi bị đau ngực hai hôm nay", ASKER),
    ("xin chào, toi bi ung thu", ASKER),
    ("ck e bi bat vi danh bac", ASKER),
    ("Mẹ tôi bị tai biến nằm một chỗ", ASKER),
    ("chị Lan phòng kế toán bị nợ xấu", OTHER),
    ("M.I.N.H B.I U.N.G T.H.U phoi, an gi", ASKER),  # spelled letter by letter, dotted
    ("t o i  b i  t r a m  c a m, gap ai", ASKER),  # spaced letters, two spaces between words
    ("giải phương trình a x + b = 0 với a b c là số", NOBODY),  # letters in an equation stay letters
])
def test_who_a_question_is_about(text, person):
    assert about(text).person == person


@pytest.mark.parametrize("text, categories, topics", [
    ("Mấy giờ được vào thăm người bệnh?", ("public",), ("health",)),
    ("Người bị động kinh có được lái xe máy không?", ("public",), ("health",)),
    ("lãi suất vay mua nhà bao nhiêu?", ("public",), ("finance",)),
    ("tôi bị đau ngực", ("sensitive_personal",), ("health",)),
    ("xin chào, toi bi ung thu gan", ("sensitive_personal",), ("health",)),
    ("so du tai khoan ngan hang cua tôi bị trừ", ("sensitive_personal",), ("finance",)),
    ("mình bị trầm\ufeffcảm nặng", ("sensitive_personal",), ("health",)),
    ("t0i b1 ung thu", ("sensitive_personal",), ("health",)),
    # topic words added after blind6 (our own sentences): rehab, a collision, an account taken over, English
    ("em trai toi dang di cai nghien, bao lau thi duoc ve", ("sensitive_personal",), ("criminal", "health")),
    ("Xe tải tông xe mẹ tôi rồi chạy mất", ("sensitive_personal",), ("criminal",)),
    ("facebook cua minh bi hack, no nhan tin xin ban be the cao", ("sensitive_personal",), ("criminal",)),
    ("I'm gay and my family does not know, who can I talk to?", ("sensitive_personal",), ("sex_life",)),
    ("Where can I get a pap smear near District 3?", ("public",), ("health",)),
])
def test_a_topic_is_not_personal_data(text, categories, topics):
    result = categorize(text, [])
    assert result.categories == categories and result.topics == topics


def test_third_party_lookup_is_told_apart_from_an_authorised_one():
    assert categorize("Cho tôi biết chị Lan giường 5 bị bệnh gì", ["PERSON"]).lookup is True
    assert categorize("Tôi là điều dưỡng trưởng, cho tôi xem kết quả xét nghiệm của anh Nam giường 5",
                      ["PERSON"]).lookup is False
    assert categorize("Cho tôi biết kết quả xét nghiệm của tôi", []).lookup is False



# Third-party lookups as classes (lookup8): a verb of asking someone to look, check or locate, in any register; a
# third person named, by a relation or by an identifier; a sensitive record asked after; no sign of a right to it.
# Written for this test, not taken from the labelled sets.
@pytest.mark.parametrize("text", [
    "Kiểm tra hộ tôi bà Năm bán xôi đầu ngõ có nhiễm HIV không",  # "kiểm tra hộ", a named third person
    "check giup e anh Tùng bên kho có án tích ko",  # chat register: "check giup", "án tích"
    "xem gium chi Thao phong 204 co no xau ngan hang khong",  # folded typing
    "Cho mình xin kết quả xn viêm gan của anh Bình phòng 405 nhé, mình là bạn.",  # the record: "kết quả xn"
    "ng quen cua toi co CCCD 012345678901, tra cuu giup xem co no xau khong",  # a relation only and an identifier
    "Bác Hải chủ trọ có tiền án không, ai biết kể em nghe với",  # asking anyone to tell
    "Tài khoản 0071000987654 đứng tên ai, người đó có nợ xấu không?",  # the owner of a value asked for
    "Đây là hồ sơ bệnh án của chị Vy, người yêu cũ của tôi, cho tôi xem với",  # a relation "của tôi" is not own
    "định vị giúp anh số của vợ anh với, cô ấy đi đâu cả đêm",  # tracking a partner
    "Vợ cũ tôi đang ở đâu, định vị thuê bao 0912345678 giúp tôi",  # tracking an ex-partner by a number
])
def test_third_party_lookups_are_refused_as_classes(scanner, text):
    screening = screen_text(scanner, text)
    found = screening.categorization
    assert found.lookup, found
    # even by a local expert declared for sensitive personal data, which answers such a question about the asker
    expert = ExpertFacts("org-patients", "general", "high", ("public", "sensitive_personal"), "local")
    request = PolicyRequest(expert=expert, action="answer", actor="anonymous", purpose="answer", destination="local",
                            jurisdiction="VN", consented=False, categories=found.categories, sensitive=found.sensitive,
                            topics=found.topics, about=found.person, personal=found.personal,
                            person_signal=found.signal, possible_topics=found.possible,
                            third_party_lookup=found.lookup, entity_types=screening.entity_types)
    decision = Policy.default().decide(request)
    assert not decision.allowed and decision.rule == "no-third-party-lookup"


@pytest.mark.parametrize("text", [
    "Đồng nghiệp tôi bị cúm, tôi có nên đi check sức khỏe không?",  # "check" alone: the asker's own
    "Anh Tuấn nợ thẻ tín dụng, tôi có phải trả giùm không?",  # "trả giùm" folds to "tra gium": paying
    "Đồng nghiệp tôi bị trầm cảm, ai biết cách giúp không?",  # "ai biết cách…" asks for advice
    "Chị Lan hàng xóm bị ung thư, kiểm tra xem tôi có bị lây không?",  # checking the asker
    "Hàng xóm em bị sốt xuất huyết, nhà em có cần phun thuốc không, nói em với",  # "nói em với" alone
    "Bạn trai tôi định vị điện thoại của tôi mà không hỏi, có vi phạm pháp luật không?",  # being tracked
    "Tôi bị mất điện thoại, định vị giúp tôi được không?",  # the asker's own phone
    "Chồng tôi đang điều trị ung thư, cho tôi xem lịch tái khám của anh ấy",  # family, no tracking
])
def test_questions_near_a_lookup_are_not_one(scanner, text):
    assert not screen_text(scanner, text).categorization.lookup


# -- the request path -------------------------------------------------------------------------------
def test_topics_are_answered_evasions_redacted_and_routing_follows_the_symptom(home_copy):
    home, _ = home_copy
    node = Node.open(home)
    try:
        # An anonymous health question to an expert declared only for sensitive data: public, answered.
        topic = node.ask("Đau ngực trái kèm khó thở thì nên đi khám khoa nào?", expert="vn-health-triage")
        assert topic.policy["outcome"] == "allow" and topic.privacy["categories"] == ["public"]
        # A zero-width space does not hide a CCCD from the scanner: the triage expert gets it redacted.
        hidden = node.ask("CCCD 0\u200b01203012345 của tôi, tôi bị sốt cao", expert="vn-health-triage")
        assert hidden.policy["outcome"] == "redact" and hidden.privacy["entities"][0]["type"] == "CCCD"
        # The patient who gives name, CCCD and address with a symptom is routed on the symptom.
        routed = node.ask("Tôi là Nguyễn Văn Bình, CCCD 001085012345, ở 12 Trần Phú, phường 3, quận 5, "
                          "bị ho và sốt 3 ngày")
        assert routed.expert == "vn-health-triage" and routed.policy["outcome"] == "redact"
        entries = json.dumps(node.audit.entries(), ensure_ascii=False)
        assert "001085012345" not in entries and "01203012345" not in entries
    finally:
        node.close()


def test_english_refusal_for_sensitive_data_to_a_peer():
    from luytre.sovereignty.refusal import explain

    text = explain("sensitive-stays-local", categorize("tôi bị ung thư, CCCD 001085012345", ["CCCD"]), ("CCCD",),
                   "en")
    assert "citizen ID" in text and "health about you" in text and "never leaves this node" in text
    assert "What you can do" in text and "001085012345" not in text


def test_refusal_names_found_data_and_a_way_forward(home_copy):
    home, _ = home_copy
    node = Node.open(home)
    try:
        from luytre.errors import PolicyDenied

        with pytest.raises(PolicyDenied) as denied:
            node.ask("Cho tôi biết chị Nguyễn Thị Lan giường 12 bị bệnh gì", expert="vn-health-triage")
        assert denied.value.detail["rule"] == "no-third-party-lookup"
        text = denied.value.message
        assert "họ tên" in text and "Lý do" in text and "giấy ủy quyền" in text
    finally:
        node.close()


# -- no personal value reaches a peer, evasions included ---------------------------------------------
_ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u202e"]
_SPELLED = "không một hai ba bốn năm sáu bảy tám chín".split()
_EVASIONS = ["plain", "zero-width", "spaced", "dotted", "dashed", "full-width", "spelled", "look-alike", "no-break",
             "spaced-dashes", "look-alike-more", "international", "dictated", "grouped-as-amount"]


def _evade(value: str, how: str, draw) -> str:
    if how == "zero-width":
        at = draw(st.integers(1, len(value) - 1))
        return value[:at] + draw(st.sampled_from(_ZW)) + value[at:]
    if how == "spaced":
        return " ".join(value)
    if how == "dotted":
        return ".".join(value[i:i + 3] for i in range(0, len(value), 3))
    if how == "dashed":
        return "-".join(value[i:i + 4] for i in range(0, len(value), 4))
    if how == "full-width":
        return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in value)
    if how == "spelled":  # some digits as words, among the digit groups ("079 hai không ba 001234")
        at = draw(st.integers(1, len(value) - 3))
        return f"{value[:at]} {' '.join(_SPELLED[int(d)] for d in value[at:at + 3])} {value[at + 3:]}"
    if how == "look-alike":  # O for 0, l for 1
        return value.replace("0", "O").replace("1", "l")
    if how == "look-alike-more":  # S for 5, B for 8, Z for 2, G for 6, past the first digit ("09S4 B23 G71")
        return value[0] + value[1:].translate(str.maketrans("5826", "SBZG"))
    if how == "international" and len(value) == 10 and value.startswith("0"):  # "(+84) 912 345 678"
        return f"(+84) {value[1:4]} {value[4:7]} {value[7:]}"
    if how == "spaced-dashes":  # groups of four between spaced dashes ("0791 - 2345 - 6789")
        return " - ".join(value[i:i + 4] for i in range(0, len(value), 4))
    if how == "no-break":
        return "\u00a0".join(value[i:i + 3] for i in range(0, len(value), 3))
    if how == "dictated" and value[1:4].isdigit():  # a digit word among short groups, "chấm" between (blind16)
        return f"{value[:2]} {_SPELLED[int(value[2])]} {value[3]} chấm {value[4:7]} chấm {value[7:]}"
    if how == "grouped-as-amount":  # dotted in threes from the right, as an amount is ("8.123.456.789")
        head = len(value) % 3 or 3
        return ".".join([value[:head], *(value[i:i + 3] for i in range(head, len(value), 3))])
    return value


def _digits_read(text: str) -> str:
    """Every digit a reader could take from ``text``: look-alike letters and digit words read as digits,
    invisible characters and separators dropped. Independent of the scanner under test."""
    words = {fold(w): str(d) for d, w in enumerate(_SPELLED)}
    folded = fold(unicodedata.normalize("NFKC", text)).translate(str.maketrans("oOlISBZG", "00115826"))
    return "".join(words.get(token, token if token.isdigit() else "")
                   for token in re.findall(r"[^\W\d_]+|\d", folded))


@st.composite
def evasive_records(draw) -> tuple[str, str, bool]:
    from luytre.identifiers.tables import CCCD_PROVINCES, MOBILE_PREFIXES

    kind = draw(st.sampled_from(["cccd", "phone", "account", "passport"]))
    if kind == "cccd":
        value = draw(st.sampled_from(sorted(CCCD_PROVINCES))) + draw(st.sampled_from("01")) + \
            f"{draw(st.integers(30, 99)):02d}{draw(st.integers(0, 999999)):06d}"
    elif kind == "phone":
        value = draw(st.sampled_from(sorted(MOBILE_PREFIXES))) + f"{draw(st.integers(0, 9_999_999)):07d}"
    elif kind == "passport":  # a letter and seven digits; its cue an abbreviation no list holds (privacy blind15)
        value = draw(st.sampled_from("BCKN")) + f"{draw(st.integers(1_000_000, 9_999_999))}"
    else:
        value = f"{draw(st.integers(10**11, 10**13 - 1))}"
    how = draw(st.sampled_from(_EVASIONS))
    cue = {"cccd": "CCCD", "phone": "sđt", "account": "stk", "passport": draw(st.sampled_from(["pp no.", "PP"]))}[kind]
    disclosure = draw(st.sampled_from(["", "tôi bị ung thư", "toi bi ung\u200bthu", "tôi bị u\u00adng thư",
                                       "TOI DANG NO XAU", "chồngtôibịnợxấu",
                                       # typed bare, about a relative; the last only may be sensitive
                                       "chi toi dang dieu tri lao", "sep em dang hau toa", "bo toi nam giuong 7",
                                       # a relative with an adverb between, the asker described without "tôi"
                                       "con còn đang sốt cao", "Bầu 7 tháng ra máu"]))
    template = draw(st.sampled_from(["{d} {cue} {v} của tôi, thư viện mở cửa mấy giờ",
                                     "thư viện mở cửa mấy giờ? {d} {cue}: {v}",
                                     "xin chào, {d} {cue} cua toi la {v}, thu vien mo cua may gio"]))
    return template.format(cue=cue, v=_evade(value, how, draw), d=disclosure).strip(), value, bool(disclosure)


class _RecordingProxy(BaseHTTPRequestHandler):
    """Passes A's requests on to C unchanged and keeps the bytes of each: what reaches the peer."""

    upstream = ""
    seen: tuple[bytes, ...] = ()

    def _relay(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length") or 0))
        type(self).seen += (body,)
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")}
        reply = httpx.request(self.command, self.upstream + self.path, content=body or None, headers=headers,
                              timeout=30)
        self.send_response(reply.status_code)
        for key, value in reply.headers.items():
            if key.lower() not in ("content-length", "transfer-encoding", "connection", "content-encoding"):
                self.send_header(key, value)
        self.send_header("content-length", str(len(reply.content)))
        self.end_headers()
        self.wfile.write(reply.content)

    do_GET = do_POST = _relay

    def log_message(self, *args) -> None:
        pass


def test_no_value_reaches_a_peer_with_evasions(tmp_path, reference_home, helpdesk_package, publishers):
    """Two real nodes on loopback, A forwarding to C's public-only expert through a recording proxy:
    no identifier, however disguised, is in the bytes C receives."""
    from luytre.home import open_home
    from test_federation import HELPDESK_Q, _init, _wait_for_remote

    a_home = tmp_path / "a"
    shutil.copytree(reference_home, a_home)
    c = _init(tmp_path, "c", publishers, helpdesk_package)
    a_node, c_node = RunningNode(a_home), RunningNode(c["home"])
    _RecordingProxy.upstream, _RecordingProxy.seen = c_node.url, ()
    proxy = HTTPServer(("127.0.0.1", 0), _RecordingProxy)
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    values: list[str] = []
    try:
        proxy_url = f"http://127.0.0.1:{proxy.server_address[1]}"
        assert cli("peer", "add", "c", proxy_url, "--pub", c["pub"], home=a_home).returncode == 0
        assert cli("peer", "add", "a", a_node.url, "--pub", open_home(a_home).public_key,
                   home=c["home"]).returncode == 0
        assert cli("peer", "list", "--json", home=a_home).returncode == 0  # fetch C's catalog now
        _wait_for_remote({"url": a_node.url}, HELPDESK_Q, "school-helpdesk@c")  # A's router has learnt it

        @settings(max_examples=20, deadline=None, database=None,
                  suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
        @given(record=evasive_records())
        def ask(record):
            text, value, disclosed = record
            values.append(value)
            reply = httpx.post(f"{a_node.url}/v1/ask", json={"query": text, "expert": "school-helpdesk@mesh"},
                               timeout=60)
            assert reply.status_code in (200, 403), reply.text
            if disclosed:  # sensitive personal data, or what may be, never leaves A, in any form
                assert reply.status_code == 403, reply.text
                assert reply.json()["error"]["detail"]["rule"] in ("sensitive-stays-local",
                                                                   "possibly-sensitive-stays-local"), reply.text

        ask()
    finally:
        proxy.shutdown()
        a_node.stop()
        c_node.stop()
    forwarded = [json.loads(body)["query"] for body in _RecordingProxy.seen if b'"query"' in body]
    assert forwarded, "nothing was forwarded: the test would prove nothing"
    for query in forwarded:
        assert not any(unicodedata.category(ch) == "Cf" for ch in query), query  # format characters removed
        assert not re.search(r"ung ?thu|no ?xau|lao|hau ?toa|giuong", fold(query).lower()), query
        digits = _digits_read(query)
        for value in values:  # a phone said with +84 loses its first 0
            assert value not in digits and value[1:] not in digits, (value, query)


# -- the hospital's own rules expert -------------------------------------------------------------------
VISITOR_QUESTIONS = [  # written for this test, not taken from the labelled sets
    ("Buổi chiều đến mấy giờ thì hết giờ thăm?", "gio-tham-benh.md"),
    ("Mỗi lần được bao nhiêu người vào thăm một bệnh nhân?", "gio-tham-benh.md"),
    ("Cho cháu nhỏ 8 tuổi vào thăm bà có được không?", "gio-tham-benh.md"),
    ("Có được mang hoa tươi vào phòng cách ly không?", "gio-tham-benh.md"),
    ("Người nhà ở lại chăm đêm được mấy người?", "nguoi-cham-soc.md"),
    ("Người chăm bệnh có được hút thuốc lá điện tử trong bệnh viện không?", "nguoi-cham-soc.md"),
    ("Căng tin bệnh viện mở cửa lúc mấy giờ?", "nguoi-cham-soc.md"),
    ("Mất thẻ người nhà thì làm lại ở đâu?", "nguoi-cham-soc.md"),
    ("Nhận thuốc bảo hiểm y tế ở quầy nào?", "bao-hiem-y-te.md"),
    ("khám bảo hiểm cần mang giấy tờ gì", "bao-hiem-y-te.md"),
    ("Không có giấy chuyển tuyến thì bảo hiểm trả bao nhiêu?", "bao-hiem-y-te.md"),
    ("Nộp tiền tạm ứng nằm viện ở đâu?", "vien-phi.md"),
    ("Có thanh toán viện phí bằng quét mã QR được không?", "vien-phi.md"),
    ("Ra viện vào ngày lễ thì thanh toán thế nào?", "vien-phi.md"),
    ("Gửi ô tô ở đâu khi vào thăm người bệnh?", "gui-xe-an-ninh.md"),
    ("Mất vé gửi xe máy phải làm gì?", "gui-xe-an-ninh.md"),
    ("Nhặt được ví trong bệnh viện thì nộp cho ai?", "gui-xe-an-ninh.md"),
    ("Cổng chính bệnh viện đóng cửa lúc mấy giờ?", "gui-xe-an-ninh.md"),
    ("nguoi benh dang sot co duoc vao tham khong", "gio-tham-benh.md"),
    ("Me toi nam vien, toi muon o lai cham dem thi can thu tuc gi?", "nguoi-cham-soc.md"),
]


@pytest.fixture(scope="module")
def hospital_home(tmp_path_factory, reference_home, publishers):
    from luytre.kinds.retrieval.build import RetrievalSource, build_retrieval

    out = tmp_path_factory.mktemp("pkg") / "hospital-rules"
    # The hospital's expert serves its visitors and patients: it declares public and sensitive personal
    # data (a relative's condition in a question), not identifying values.
    build_retrieval(HOSPITAL_DOCS, RetrievalSource(id="hospital-rules", title_vi="Nội quy bệnh viện",
                                                   domain="health", publisher="luytre-tests",
                                                   data_categories=["public", "sensitive_personal"]), out)
    home = tmp_path_factory.mktemp("homes") / "hospital"
    shutil.copytree(reference_home, home)
    node = Node.open(home)
    node.install(signed(out, publishers, "luytre-tests"))
    node.close()
    return home


def test_hospital_visitor_questions_are_answered_not_refused(hospital_home):
    node = RunningNode(hospital_home)
    try:
        right, refused = 0, []
        for question, doc in VISITOR_QUESTIONS:
            reply = httpx.post(f"{node.url}/v1/ask", json={"query": question, "expert": "hospital-rules"}, timeout=60)
            if reply.status_code != 200:
                refused.append((question, reply.json()))
                continue
            body = reply.json()
            citations = (body["result"] or {}).get("citations") or [{}]
            # The gate's part: the question reaches the expert, which finds the right rules. Whether the
            # expert then trusts its best passage ("found") is its threshold's calibration, not privacy's.
            right += citations[0].get("doc") == doc
            routed = httpx.post(f"{node.url}/v1/ask", json={"query": question}, timeout=60)
            assert routed.status_code == 200, (question, routed.text)  # whichever expert: not refused
        assert refused == []
        assert right >= 0.85 * len(VISITOR_QUESTIONS), right
    finally:
        node.stop()


def test_bench_privacy_runs_on_dev():
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "privacy.py"), "--split", "dev", "--json"],
                          capture_output=True, timeout=600, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    reports = json.loads(done.stdout)
    ours = reports["luytre"]
    assert ours["under_blocking"] == 0 and ours["over_blocking_local"] <= 0.02 and ours["identifier_recall"] >= 0.99
    assert reports["baseline (gate v1)"]["under_blocking"] > ours["under_blocking"]
