"""An organization's own expert knows a question naming another organization of its sector is not its own."""

import time

import pytest

from luytre.text.bilingual import as_vietnamese
from luytre.text.organizations import affiliation, other_organization

SCHOOL = affiliation("Nội quy Trường THPT Lạc Hồng", "Lac Hong High School rules")
BANK = affiliation("Hỗ trợ khách hàng ngân hàng", "Bank customer support")


def test_a_title_naming_a_kind_of_organization_makes_the_expert_that_organizations_own():
    assert SCHOOL is not None and SCHOOL.sector.name == "school" and SCHOOL.names == {"lac hong"}
    assert BANK is not None and BANK.sector.name == "bank" and not BANK.names
    assert affiliation("Gia sư toán lớp 6–9", "Maths tutor") is None  # a reference expert: nobody's
    assert affiliation("Phân luồng khám bệnh", "Hospital triage") is None  # no sector for hospitals


@pytest.mark.parametrize("question", [
    "Trường THPT Nguyễn Trãi có cho học sinh nhuộm tóc không",
    "học phí Học viện Ngân hàng một kỳ bao nhiêu",
    "diem chuan dai hoc y duoc nam ngoai lay bao nhieu",
    "con tôi học trường THCS Lê Lợi, muốn xin chuyển trường",
    "Trường Chu Văn An mấy giờ đóng cổng",
])
def test_a_school_question_naming_another_school_is_not_this_schools(question):
    assert other_organization(question, SCHOOL) is not None


@pytest.mark.parametrize("question", [
    "Trường Lạc Hồng quy định đồng phục thứ Hai thế nào",
    "trường mình cho nghỉ Tết mấy ngày",
    "ôn thi đại học thì có được xin nghỉ học buổi chiều không",
    "Nhà trường xét học bổng khi nào",
    "con em lop 11 truong thpt lac hong bi diem kem mon ly",
])
def test_a_question_about_this_school_or_none_in_particular_stays_its_own(question):
    assert other_organization(question, SCHOOL) is None


@pytest.mark.parametrize("question", [
    "phí thường niên thẻ Visa của TPBank là bao nhiêu",
    "ngan hang nha nuoc ha lai suat thi vay mua nha co re hon khong",
    "Ngân hàng Bản Việt có mở tài khoản online không",
    "tài khoản Vietcombank của tôi bị khóa, mở lại thế nào",  # the other bank is the one asked about
    "vay mua nhà ở BIDV lãi suất bao nhiêu",
])
def test_a_bank_question_naming_another_bank_is_not_this_banks(question):
    assert other_organization(question, BANK) is not None


@pytest.mark.parametrize("question", [
    "ngân hàng mình có cho vay mua xe máy không",
    "chuyển khoản sang ngân hàng khác có mất phí không",
    "Ngân hàng OTP gửi về chậm quá, làm sao",
    # another bank at the other end of a transfer: the asker's own bank's fee or limit is asked
    "chuyển tiền sang Vietcombank mất phí bao nhiêu",
    "chuyen khoan qua tai khoan BIDV co mat phi khong",
    "nhận tiền từ Techcombank chuyển về có bị trừ phí không",
    "what is the fee to transfer money to Agribank",
])
def test_a_question_about_this_bank_or_banks_in_general_stays_its_own(question):
    assert other_organization(question, BANK) is None


@pytest.mark.parametrize("question", [
    "gửi tiền về quê qua MoneyGram mất mấy ngày, phí tính thế nào",
    "ví zalopay bị khóa vì nghi gian lận, mở lại sao",
    "xe máy bị quẹt, bảo hiểm xe máy bắt buộc có đền không",
    "tài khoản shipper Grab bị khóa vì khách báo cáo, gọi ai",
    "hop dong bao hiem nhan tho Prudential muon huy giua chung co mat tien khong",
    "nick Zalo của mẹ bị hack, kẻ gian nhắn tin cho cả nhà, lấy lại thế nào",
    "quen mat khau wifi nha, vao modem doi lai sao",
    # routing15: the state's apps (their logins and codes), lending apps
    "nhập mã OTP đăng nhập VNeID mãi không được",
    "app VssID bao sai mat khau hoai",
    "vay qua app lai 1% moi ngay co bi cong an bat khong",
])
def test_a_question_about_a_neighbouring_business_is_not_a_banks(question):
    assert other_organization(question, BANK) is not None


@pytest.mark.parametrize("question", [
    "mở tài khoản chứng khoán online ở công ty nào nhanh",
    "mo tai khoan chung khoan phai co the can cuoc khong",
    "tài khoản TCBS bị khóa vì đăng nhập sai mật khẩu",
    "tài khoản Binance bị đóng băng thì lấy lại thế nào",
    "mua tiền ảo ở đâu uy tín",
])
def test_a_brokers_or_coin_exchanges_account_is_not_a_banks(question):
    """A securities broker or a coin exchange is a neighbouring business (routing14: blind12's open errors held an
    account at a broker, opened like a bank account), its account and its opening its own."""
    assert other_organization(question, BANK) is not None


@pytest.mark.parametrize("question", [
    "mở tài khoản ngân hàng online có cần ra quầy không",
    "mo tai khoan cho con duoi 15 tuoi can giay to gi",
    "chuyển tiền từ tài khoản ngân hàng sang tài khoản chứng khoán bị treo",
    "nạp tiền vào tài khoản chứng khoán bằng thẻ ATM được không",
])
def test_opening_an_account_or_paying_a_broker_from_the_bank_stays_the_banks(question):
    assert other_organization(question, BANK) is None


@pytest.mark.parametrize("question", [
    "nạp tiền vào ví MoMo từ tài khoản ngân hàng bị treo",  # the bank named: its own business
    "chuyển tiền sang ví ZaloPay có mất phí không",  # the wallet is the other end of a transfer
    "thanh toán đơn Shopee bằng thẻ tín dụng bị trừ tiền hai lần",  # the bank's card is what is asked about
    "tôi chạy Grab được 2 năm, muốn vay mua xe trả góp cần gì",  # the asker's trade, a loan asked for
    "mã OTP chuyển tiền gửi về sim Mobifone chậm cả phút",  # the bank's OTP, whoever carries it
    "không nhận được OTP khi đăng nhập app ngân hàng",  # the bank's own login
])
def test_a_banks_question_naming_a_neighbouring_business_on_the_way_stays_its_own(question):
    assert other_organization(question, BANK) is None


@pytest.mark.parametrize("question", [
    "tài khoản bị trừ tiền sau khi tôi bấm vào đường link lạ ai đó gửi qua Facebook",
    "mấy hôm nay tin nhắn SMS Banking không về máy Viettel của tôi",
    "mua hang tren lazada tra bang the bi tru tien 2 lan",
    "thẻ của tôi vẫn bị trừ tiền Spotify hàng tháng dù đã hủy gói",
    "em chuyển nhầm tiền cho một shop bán quần áo trên Zalo, ngân hàng tra soát giúp được không",
    "có người gọi Zalo xưng công an bảo cài ứng dụng, sau đó tài khoản của tôi bị rút sạch tiền",
    "đăng nhập app banking bằng wifi sân bay có bị lộ mật khẩu không",
    "chuyen tien tu tai khoan qua momo bi treo tu sang",
    "lien ket the voi apple pay tren iphone khong duoc",
])
def test_a_banks_everyday_card_and_account_business_stays_its_own_beside_a_neighbour(question):
    assert other_organization(question, BANK) is None


@pytest.mark.parametrize("question", [
    "my card was charged twice for a Grab ride",
    "transfer money from my account to MoMo wallet fails",
])
def test_an_english_card_or_account_question_beside_a_neighbour_stays_the_banks(question):
    assert other_organization(as_vietnamese(question), BANK) is None


@pytest.mark.parametrize("question", [
    "Tôi tên Bảo Minh, mất thẻ ATM rồi thì làm sao",
    "chị Bảo Việt nhờ hỏi: rút tiền ở cây ATM bị nuốt thẻ",
])
def test_a_given_name_shared_with_an_insurer_is_no_insurer(question):
    assert other_organization(question, BANK) is None


@pytest.mark.parametrize("question", [
    "bảo hiểm Bảo Việt có đền xe bị ngập nước không",
    "hợp đồng Bảo Việt Nhân thọ hủy giữa chừng có mất tiền không",
    "tài khoản tài xế Grab bị khóa oan",
])
def test_an_insurer_named_as_one_or_a_neighbours_account_is_not_the_banks(question):
    assert other_organization(question, BANK) is not None


def test_a_name_does_not_run_across_a_full_stop():
    """A capitalised word starting the next sentence is no proper name of the kind word before it."""
    assert other_organization("Tôi bị ngã xe, mất thẻ ngân hàng. Khóa thẻ thế nào?", BANK) is None
    assert other_organization("Con học trường. Năm nay trường cho nghỉ Tết mấy ngày?", SCHOOL) is None
    assert other_organization("Ngân hàng Bản Việt có mở tài khoản online không", BANK) is not None


@pytest.mark.parametrize("question", [
    'Trường THPT "Chu Văn An" có cho nhuộm tóc không',
    "trường THPT “Nguyễn Trãi” xét học bổng thế nào",
    "trường THPT: Nguyễn Huệ, giờ vào lớp mấy giờ",
    "trường THPT - Nguyễn Huệ có bán trú không",
    "trường (THPT) Lê Lợi nghỉ hè từ bao giờ",
])
def test_a_name_runs_across_quotes_brackets_colons_and_dashes(question):
    assert other_organization(question, SCHOOL) is not None
    assert other_organization('Ngân hàng "Bản Việt" có mở thẻ cho sinh viên không', BANK) is not None


def test_a_title_with_its_name_in_quotes_keeps_that_name_as_its_own():
    school = affiliation('Nội quy Trường THPT "Lạc Hồng"', "School rules")
    assert school is not None and school.names == {"lac hong"}
    assert other_organization("Trường THPT Lạc Hồng cho mặc áo khoác màu gì", school) is None


@pytest.mark.parametrize("question", [
    "My son goes to this High School. What time does the gate close?",
    "Is there a uniform at the high school? Monday is sports day",
    "ở trường, Lan bị bạn bắt nạt thì báo ai",
    "Trường THPT! Minh hỏi giờ đóng cổng",
])
def test_a_name_stops_at_the_end_of_a_sentence_or_clause(question):
    assert other_organization(question, SCHOOL) is None


def test_a_title_naming_only_a_generic_kind_disowns_other_names_not_other_kinds():
    """"Nội quy nhà trường" does not say whether the school is a THPT or a THCS: a question naming a kind is not
    another school's for it; a question naming another school by name still is."""
    school = affiliation("Nội quy nhà trường", "School rules")
    assert school is not None and not school.kinds
    assert other_organization("học sinh THPT có được đi xe máy điện đến trường không", school) is None
    assert other_organization("Trường THCS Ngô Quyền cho nghỉ hè từ ngày nào", school) is not None


def test_hostile_text_is_read_in_linear_time():
    for text in ("Trường THPT " * 400, "ngân hàng Á " * 400, "Đại Học " * 500, "ví MoMo " * 500,
                 "bảo hiểm xe " * 400, "chạy Grab. " * 400, "tài khoản " * 400, "tk Zalo " * 500):
        started = time.process_time()
        other_organization(text[:4096], SCHOOL)
        other_organization(text[:4096], BANK)
        assert time.process_time() - started < 0.15
