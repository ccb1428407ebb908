"""vn-identity: validators, VietQR, extraction, the CLI and the expert through /v1/ask."""

import json
import time
from pathlib import Path

import httpx
import pytest

from conftest import DATA, assert_sure_claims, cli, jsonl
from luytre.identifiers import check, extract
from luytre.identifiers.checks import mst_check_digit
from luytre.identifiers.vietqr import crc16, make_payload, parse_tlv
from luytre.kinds.identity.kind import carrier_prefixes, describe_carrier_prefixes

VALUES = DATA / "identity" / "values.jsonl"
EXTRACT = DATA / "identity" / "extract.jsonl"


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_labeled_values_all_get_the_right_verdict():
    """Every labeled value (an independent oracle, see tests/data/identity/README.md)."""
    labeled = rows(VALUES)
    assert len(labeled) >= 200
    wrong = []
    for row in labeled:
        verdict = check(row["value"], None if row["type"] == "unknown" else row["type"])
        ok = verdict.valid == row["valid"]
        for key, expected in (row.get("expect") or {}).items():
            ok = ok and verdict.details.get(key) == expected
        if not ok:
            wrong.append((row["value"][:60], row["type"], row["valid"], verdict.valid, verdict.errors))
    assert wrong == []


def test_type_is_guessed_for_unambiguous_shapes():
    for row in rows(VALUES):
        if row["valid"] and row["type"] in ("cccd", "vietqr", "plate", "bhyt", "card") and not row.get("ambiguous"):
            guessed = check(row["value"])
            assert guessed.type == row["type"] or row["type"] in guessed.details.get("also_valid_as", []), row


def test_real_public_tax_codes_and_the_circulars_worked_example():
    assert mst_check_digit("010004751") == 6  # Circular 105/2020/TT-BTC, Appendix 1
    for code in ("0100109106", "0300588569", "0101248141", "0100112437"):
        assert check(code, "mst").valid, code
    assert check("0100109106-001", "mst").details["branch"] == "001"
    assert [e["code"] for e in check("0100109106-000", "mst").errors] == ["branch"]


def test_crc16_known_answer_and_vietqr_round_trip():
    assert crc16(b"123456789") == "29B1"  # CRC-16/CCITT-FALSE check value
    payload = make_payload("970436", "0011001932418", amount="50000", message="ung ho")
    verdict = check(payload)
    assert verdict.type == "vietqr" and verdict.valid
    assert (verdict.details["bank"], verdict.details["account"], verdict.details["amount"],
            verdict.details["message"], verdict.details["currency"]) == (
        "Vietcombank", "0011001932418", "50000", "ung ho", "704")
    assert dict(parse_tlv(payload))["01"] == "12"  # dynamic when an amount is given
    for i in range(len(payload) - 4):  # every single-character change is caught
        ch = payload[i]
        changed = payload[:i] + ("0" if ch != "0" else "1") + payload[i + 1:]
        assert not check(changed, "vietqr").valid, i


# VietQR payloads published in public code and API documentation (payment gateways' samples).
PUBLISHED_VIETQR = [
    ("00020101021238570010A000000727012700069704220113VQRQAFGHB37900208QRIBFTTA530370454068970005802VN62200816"
     "EXT17629982226606304E403", ("MB Bank", "VQRQAFGHB3790", "897000", "EXT1762998222660")),
    ("00020101021238570010A000000727012700069704220113VQRQ00027klkm0208QRIBFTTA53037045405120005802VN62270107"
     "NPS6869081241791304 SaB63046F1F", ("MB Bank", "VQRQ00027klkm", "12000", "41791304 SaB")),
    ("00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA530370454061800005802VN62340107"
     "NPS68690819thanh toan don hang63042E2E", ("Sacombank", "0011012345678", "180000", "thanh toan don hang")),
    ("00020101021138570010A00000072701270006970422011300008003860380208QRIBFTTA53037045802VN630404fa",
     ("MB Bank", "0000800386038", None, None)),
]
# A documentation sample whose account was edited by hand: field 38 declares 57 characters, holds 56.
BROKEN_DOC_SAMPLE = ("00020101021238570010A000000727012700069704220113113366668888020899998888530370454061000005802VN"
                     "62230819THANH TOAN DON HANG6304BE36")


def test_published_vietqr_payloads():
    for payload, (bank, account, amount, message) in PUBLISHED_VIETQR:
        verdict = check(payload)
        assert verdict.valid, (payload, verdict.errors)
        d = verdict.details
        assert (d["bank"], d["account"], d["amount"], d["message"]) == (bank, account, amount, message)
    broken = check(BROKEN_DOC_SAMPLE)
    assert not broken.valid and broken.errors[0]["code"] == "tlv"


def test_cards_are_masked_everywhere():
    verdict = check("4111 1111 1111 1111")
    assert verdict.valid and verdict.value == "411111******1111"
    found = extract("thẻ của tôi 4111 1111 1111 1111 nhé")
    assert found[0].to_dict()["text"] == "411111******1111"
    assert "4111111111111111" not in json.dumps([f.to_dict() for f in found])


def test_agrees_with_vn_ident_where_both_have_rules():
    vn_ident = pytest.importorskip("vn_ident")
    from vn_ident import tables as theirs

    from luytre.identifiers import tables as ours

    assert dict(theirs.PROVINCES) == ours.CCCD_PROVINCES
    assert tuple(theirs.MST_WEIGHTS) == ours.MST_WEIGHTS
    their_prefixes = {p: c for c, ps in theirs.CARRIERS for p in ps}
    # Known, documented difference: Itelecom's 087 (allocated 2019) is missing from vn-ident 0.1.0.
    assert {p: c for p, c in ours.MOBILE_PREFIXES.items() if p != "087"} == their_prefixes
    for row in rows(VALUES):
        if row["type"] == "mst":
            assert vn_ident.is_valid_mst(row["value"].strip()) == row["valid"] or " " in row["value"], row


def test_extraction_from_free_text():
    wrong = []
    for row in rows(EXTRACT):
        got = [(f.checked.type, f.text) for f in extract(row["text"])]
        expected = [(e["type"], e["value"]) for e in row["expect"]]
        validity = [f.checked.valid for f in extract(row["text"])]
        expected_validity = [e.get("valid", True) for e in row["expect"]]
        if got != expected or validity != expected_validity:
            wrong.append((row["text"], expected, got))
    assert wrong == []


@pytest.mark.parametrize(("text", "kind"), [
    ("is the tax code 0100109106 valid?", "mst"),  # English "the" folds like "thẻ" (card): the nearer cue wins
    ("is my ID card number 001203012345 still valid", "cccd"),
    ("my personal tax id is 8012345675, is it right?", "mst"),
    ("the card 4111 1111 1111 1111, is it valid", "card"),
])
def test_english_cues_type_the_value_after_them(text, kind):
    assert [f.checked.type for f in extract(text)] == [kind]


@pytest.mark.parametrize("value", ["", "   ", "😀😀😀", "x" * 10_240, "\x00\x01\x02\xff", "abc", "0" * 40])
def test_bad_input_is_a_clear_verdict_never_an_exception(value):
    verdict = check(value)
    assert verdict.valid is False and verdict.errors
    assert isinstance(extract(value), list)


def test_cli_check_extract_and_vietqr(tmp_path):
    ok = cli("identity", "check", "0100109106", "--json")
    assert ok.returncode == 0 and json.loads(ok.stdout)["type"] == "mst"
    bad = cli("identity", "check", "0100109107", "--json")
    assert bad.returncode == 1 and json.loads(bad.stdout)["errors"][0]["code"] == "check_digit"
    assert cli("identity", "check", "123", "--type", "passport").returncode == 2

    batch = tmp_path / "values.jsonl"
    batch.write_text('{"id": "a", "value": "001099012345"}\n0912345678\n')
    out = jsonl(cli("identity", "check", "--jsonl", str(batch)).stdout)
    assert [(r["id"], r["type"], r["valid"]) for r in out] == [("a", "cccd", True), (2, "phone", True)]

    found = json.loads(cli("identity", "extract", "sdt cua em 0912 345 678, mst 0100109106", "--json").stdout)
    assert [(f["type"], f["valid"]) for f in found] == [("phone", True), ("mst", True)]

    png = tmp_path / "qr.png"
    made = cli("identity", "vietqr", "make", "--bank", "970436", "--account", "0011001932418", "--amount", "50000",
               "--message", "hoc phi", "--png", str(png), "--json")
    assert made.returncode == 0, made.stderr
    payload = json.loads(made.stdout)["payload"]
    assert check(payload).valid and png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    refused = cli("identity", "vietqr", "make", "--bank", "123456", "--account", "1")
    assert refused.returncode == 2 and b"BIN" in refused.stderr


def test_tax_question_is_routed_to_vn_identity_and_answered_in_vietnamese(node_server):
    body = httpx.post(node_server.url + "/v1/ask", json={"query": "mã số thuế 0100109106 có hợp lệ không?"},
                      timeout=30).json()
    assert body["expert"] == "vn-identity"
    assert "hợp lệ" in body["answer"] and body["result"]["values"][0]["valid"] is True
    wrong = httpx.post(node_server.url + "/v1/ask", json={"query": "ma so thue 0100109107 co dung khong"},
                       timeout=30).json()
    assert wrong["expert"] == "vn-identity" and "không hợp lệ" in wrong["answer"]


def test_claims_want_a_valid_identifier(identity_package):
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    expert = load_expert(ExpertPackage.open(identity_package))
    assert expert.claim("mst cong ty la 0100109106 dung khong").score == 1.0
    failing = expert.claim("mã số thuế 0100109107")  # named and shaped like one, failing its check digit
    assert 0.5 <= failing.score < 1.0 and "not valid" in failing.reason
    assert expert.claim("tôi bị đau ngực, vã mồ hôi").score == 0.0
    part = expert.claim("mã vùng 028 là của tỉnh nào")  # an identifier word next to digits: a part of one
    assert part.score >= 0.6 and "ma vung" in part.reason
    assert expert.claim("làm lại biển số xe ở đâu").score < 0.5  # named, no digits, no check: a procedure


def test_a_mobile_prefix_with_its_carrier_asked_is_claimed(identity_package):
    """"0905 mạng gì": a number's first digits and its carrier asked, no identifier word written."""
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    expert = load_expert(ExpertPackage.open(identity_package))
    for question, carrier in (("0905 mạng gì vậy", "MobiFone"), ("ai gọi từ 0356 hoài, mang nao the", "Viettel"),
                              ("0587 là nhà mạng nào", "Vietnamobile")):
        assert expert.claim(question).score >= 0.7, question
        assert carrier in expert.answer(question).text, question  # claimed, and answered
    for other in ("xe 16 chỗ đi Đà Lạt mạng nào sóng khỏe", "phòng 305 mạng wifi gì",  # no mobile prefix
                  "ngày 05/08 mạng gì bị rớt", "gói cước 0,5 GB mạng gì rẻ"):
        assert expert.claim(other).score < 0.5, other
    started = time.process_time()
    expert.claim(("0905 " * 820)[:4096] + " mạng gì")
    assert time.process_time() - started < 0.2


@pytest.mark.parametrize(("question", "prefixes"), [
    ("số 0978, mạng gì vậy", ["0978"]),
    ("đầu 098, mạng nào thế", ["098"]),
    ("cho hỏi 0912,0913 là mạng nào", ["0912", "0913"]),
    ("0903. Mạng gì vậy ạ", ["0903"]),
    ("088, 091, 094, 083 và 081 là mạng nào", ["088", "091", "094", "083", "081"]),
    ("đầu 0978/0979 thuộc mạng nào", ["0978", "0979"]),
    ("gói 099k mạng nào rẻ nhất", []),  # a price
    ("tối qua lúc 0930 mạng nào cũng rớt", []),  # a time
    ("mã a0978 mạng gì", []),  # a code
    ("09٧8 mạng gì", []),  # another script's digit
    ("hóa đơn 1,098 nghìn mạng nào tính", []),  # part of a bigger number
    ("số 0978.123 mạng gì", []),
])
def test_mobile_prefixes_are_read_in_lists_and_not_inside_prices_times_or_codes(question, prefixes):
    assert carrier_prefixes(question) == prefixes


def test_carriers_are_written_as_they_name_themselves_and_an_unused_prefix_gets_no_carrier_note():
    described = describe_carrier_prefixes(["0912", "0905", "087"], "vi")
    assert "VinaPhone" in described and "MobiFone" in described and "iTel" in described
    unused = describe_carrier_prefixes(["0500"], "vi")
    assert "không thuộc nhà mạng" in unused and "chuyển mạng" not in unused


def test_carrier_prefixes_are_read_in_linear_time():
    carrier_prefixes("0978 mạng gì")  # the carriers' table loads on first use: not part of the reading's time
    for hostile in ("0978," * 820, "0978/" * 820, "lúc 0930 " * 450, "1.098," * 700):
        started = time.process_time()
        carrier_prefixes(hostile[:4090] + " mạng gì")
        assert time.process_time() - started < 0.1


def test_a_plate_code_asked_about_is_claimed_and_the_sea_is_not(identity_package):
    """"Biển 43 là tỉnh nào", "xe biển xanh 29B": a licence plate's province code, which the expert's table places,
    asked without a whole plate. "Biển" is also the sea: a number of minutes or people after it is no code."""

    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    expert = load_expert(ExpertPackage.open(identity_package))
    assert_sure_claims(expert,
                       ("biển 43 là tỉnh nào vậy", "xe biển xanh 29B là xe cơ quan nào", "Bien so 92C thuoc tinh nao?"),
                       ("nhà tôi cách biển 15 phút đi bộ", "đi biển 30 người thuê xe gì", "biển 00 là gì"),
                       reason="plate code", hostile="biển số xe xanh 12 " * 250)


@pytest.mark.parametrize("sea_or_sign", [
    "nhà tôi cách biển 20km, không khí có tốt cho người bị hen không",  # a distance glued to the figures
    "cách biển 50m có được xây nhà không",
    "nhà gần biển 15p đi bộ, thuê phòng bao nhiêu",
    "ra biển 17h có còn nắng không",
    "đi 80km/h ở đoạn có biển 60km/h bị phạt bao nhiêu",  # a speed-limit sign
    "biển 50 là giới hạn tốc độ tối đa hay tối thiểu?",
    "Biển 30 là bao nhiêu km",
    "mua 2 con cá biển 12kg ở chợ",
    "bãi biển 24 giờ có cứu hộ không",
    "nhà ven biển 45 là nhà ai",
])
def test_a_unit_or_a_road_sign_after_bien_is_no_plate_code(identity_package, sea_or_sign):
    """Folded text cannot tell "20km" or "17h" from a series letter, nor a speed sign from a plate."""
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    expert = load_expert(ExpertPackage.open(identity_package))
    assert expert.claim(sea_or_sign).score < 0.5, sea_or_sign


@pytest.mark.parametrize(("question", "province"), [
    ("biển 29 là xe ở đâu", "Hà Nội"),
    ("biển 43 là tỉnh nào", "Đà Nẵng"),
    ("Bien so 92C thuoc tinh nao?", "Quảng Nam"),
    ("xe biển xanh 65A của tỉnh nào vậy", "Cần Thơ"),
    ("bien 30K co phai ha noi khong", "Hà Nội"),  # a series letter that is also a unit, a question after it
])
def test_a_claimed_plate_code_is_answered_with_its_province(identity_package, question, province):
    """What the expert claims it answers: the claim and the answer read the same plate code."""
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    expert = load_expert(ExpertPackage.open(identity_package))
    assert expert.claim(question).score >= 0.8
    answer = expert.answer(question)
    assert province in answer.text and "Không tìm thấy" not in answer.text, answer.text
    assert answer.result["plate_code"]["province"] == province
    assert "not a whole plate" in expert.answer(question, lang="en").text


def test_a_checking_word_inside_an_identifiers_name_is_no_check(identity_package):
    """"Nhà mạng nào" asks for a carrier, not about a number: "mạng nào" is read inside "nhà mạng"."""
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    expert = load_expert(ExpertPackage.open(identity_package))
    assert expert.claim("Nhà mạng nào có gói internet cáp quang rẻ nhất?").score < 0.5
    assert expert.claim("nha mang nao song khoe nhat o vung nui").score < 0.5
    assert expert.claim("đầu số 098 là mạng gì").score >= 0.6  # a part of a number asked about
    assert expert.claim("số tài khoản này của ngân hàng nào").score >= 0.6


def test_a_plate_code_answer_says_whether_the_province_asked_is_right(identity_package):
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    expert = load_expert(ExpertPackage.open(identity_package))
    assert "đúng như bạn hỏi" in expert.answer("biển 36 có phải Thanh Hóa không").text
    wrong = expert.answer("biển 37 có phải Thanh Hóa không").text
    assert "Nghệ An" in wrong and "đúng như bạn hỏi" not in wrong
