"""Claims that say whether a question is the expert's own (claims17, from the classes of blind16's open errors).

- The address expert claims a plain street address written without commas, with its alley (ngõ, ngách, hẻm, or
  kiệt as Central Vietnam says), up to 14 words; not a word problem whose words happen to name a ward ("chữ nhật":
  Phường Chũ), whose other words lower its claim.
- A licence plate asked about ("biển 36 thanh hóa hả", a plate's shape) is the identity expert's, not the address
  expert's though it names a province; the identity expert claims a province code followed by a province's name,
  a diplomatic plate, and a province's code on a citizen ID ("mã tỉnh trong căn cước").
- A product of another named organization asked without any identifier ("thẻ ATM Vietcombank bị nuốt, gọi số nào")
  is not the identity expert's; a bank's expert leaves a neighbour's question even when the bank is only the other
  end of it ("MoMo chuyển tiền sang ngân hàng"), a phone's own settings ("Samsung không nhận được mã OTP"), and an
  embassy's visa even when it requires a bank's product ("xin visa … cần sổ tiết kiệm").
Each class is tested on questions written for this file, not copied from a routing set.
"""

from __future__ import annotations

import pytest

from luytre.text.organizations import affiliation, other_organization

BANK = affiliation("Hỗ trợ khách hàng ngân hàng", "Bank customer support")


def _expert(package):
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    return load_expert(ExpertPackage.open(package))


@pytest.mark.parametrize("query", [
    "so 8 ngach 12 ngo 102 truong chinh dong da ha noi",
    "so nha 7 kiet 30 le duan thanh khe da nang",
    "so 15 hem 42 nguyen trai quan 5 tphcm",
])
def test_the_address_expert_claims_a_plain_street_address_with_its_alley(address_package, query):
    assert _expert(address_package).claim(query).score >= 0.8


@pytest.mark.parametrize("query", [
    "dien tich hinh chu nhat dai 9 rong 4",
    "chu vi hinh chu nhat co chieu dai 20 chieu rong 11",
])
def test_a_word_problem_naming_a_ward_by_chance_is_not_an_address(address_package, query):
    assert _expert(address_package).claim(query).score < 0.5


@pytest.mark.parametrize("query", ["bien 36 thanh hoa ha", "Biển 51F-123.45 có phải xe Sài Gòn không"])
def test_a_plate_asked_about_is_the_identity_experts_not_the_address_experts(address_package, identity_package,
                                                                            query):
    assert _expert(address_package).claim(query).disowned
    assert _expert(identity_package).claim(query).score >= 0.8


def test_the_address_expert_keeps_an_address_beside_the_sea(address_package):
    claim = _expert(address_package).claim("nhà gần biển 200m ở phường 5 vũng tàu giờ là phường nào")
    assert not claim.disowned and claim.score >= 0.5


def test_the_identity_expert_claims_diplomatic_plates_and_province_codes_on_an_id(identity_package):
    expert = _expert(identity_package)
    for query in ("bien so ngoai giao 80 NG 123-45 nghia la gi", "mã tỉnh trong căn cước của Nghệ An là số mấy"):
        assert expert.claim(query).score >= 0.7, query
    assert expert.claim("bien nha trang co dep khong").score < 0.5


def test_another_organizations_product_without_an_identifier_is_not_the_identity_experts(identity_package):
    claim = _expert(identity_package).claim("Thẻ ATM Vietcombank bị nuốt, gọi số nào")
    assert claim.score == 0.0 and claim.disowned
    assert _expert(identity_package).claim("Thẻ ATM Vietcombank số 4111 1111 1111 1111 có hợp lệ không").score >= 0.7


@pytest.mark.parametrize("question", [
    "MoMo chuyen tien sang ngan hang co mat phi khong",
    "Samsung không nhận được mã OTP, bật lại tin nhắn ở đâu",
    "iPad không nhận được mã OTP, chỉnh ở đâu",
    "xin visa han quoc can chung minh so tiet kiem khong",  # a product the embassy requires: the embassy's
])
def test_a_neighbours_question_with_the_bank_at_its_other_end_is_not_a_banks(question):
    assert other_organization(question, BANK) is not None


@pytest.mark.parametrize("question", [
    "khong nhan duoc ma OTP khi chuyen khoan",
    "nạp tiền vào ví MoMo từ ngân hàng có mất phí không",
    "chuyển tiền sang ngân hàng khác bị trừ phí",
    "lam so tiet kiem de xin visa o dau",  # the product asked for, the visa its purpose
])
def test_the_banks_own_question_stays_its_own(question):
    assert other_organization(question, BANK) is None


def test_hostile_questions_are_claimed_in_linear_time(address_package, identity_package):
    import time

    from luytre.text.organizations import other_organization as other

    hostile = ("bien 38 " * 200 + "so 12 ngo 45 kiet 7 " * 100 + "iphone can so tiet kiem ma otp " * 60)[:4096]
    for claim in (_expert(address_package).claim, _expert(identity_package).claim, lambda q: other(q, BANK)):
        claim("warm up")
        started = time.process_time()
        claim(hostile)
        assert time.process_time() - started < 0.2


@pytest.mark.parametrize("word", ["ban ", "giai pt bac "])
def test_a_word_repeated_reads_each_old_provinces_districts_once(address_package, word):
    # "ban ban ban …" reads a province fuzzily at every word; each read used to search that province's districts
    # again, so a 1 KB question held ~62,000 district mentions and its claim took seconds (review, session 16)
    from luytre.kinds.address.kind import address_in
    from luytre.kinds.address.tokens import tokenize

    parser = _expert(address_package).parser
    _, tokens = tokenize(address_in(word * 400), parser._dashed_names)
    mentions = parser._fuzzy_mentions(tokens, [], None)
    assert len(mentions) <= 8 * len(tokens)
