"""vn-identity tried as a user would (issue 20): landlines name their province, a VietQR code is made from a
question, and the CLI takes banks and amounts the way people write them."""

import base64
import json

import httpx
import pytest

from conftest import cli
from luytre.identifiers import check
from luytre.identifiers.tables import CCCD_PROVINCES, LANDLINE_AREAS
from luytre.identifiers.vietqr import parse_amount, resolve_bank

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(("number", "area", "province"), [
    ("02438123456", "024", "Hà Nội"),  # issue 20: was "mã vùng 0243", no province
    ("02838123456", "028", "Hồ Chí Minh"),  # issue 20: was "0283"
    ("0236 382 1234", "0236", "Đà Nẵng"),
    ("(0292) 382 1234", "0292", "Cần Thơ"),
    ("+84 255 382 1234", "0255", "Quảng Ngãi"),
])
def test_landline_area_code_and_province(number, area, province):
    verdict = check(number, "phone")
    assert verdict.valid, verdict.errors
    assert (verdict.details["area_code"], verdict.details["province"]) == (area, province)


def test_landline_outside_the_2017_plan_is_refused():
    verdict = check("02178123456", "phone")  # 0217 was never allocated
    assert not verdict.valid and verdict.errors[0]["code"] == "area_code"


def test_the_area_table_covers_every_province_once():
    assert sorted(LANDLINE_AREAS.values()) == sorted(CCCD_PROVINCES.values())


@pytest.mark.parametrize(("written", "dong"), [
    ("50000", "50000"), ("50.000", "50000"), ("50,000", "50000"), ("50k", "50000"), ("50 k", "50000"),
    ("1,5tr", "1500000"), ("2 triệu", "2000000"), ("50.000đ", "50000"), ("1.000.000 VND", "1000000"),
])
def test_amounts_written_the_vietnamese_way(written, dong):
    assert parse_amount(written) == dong


@pytest.mark.parametrize("written", ["50.5", "1,5", "0", "50.00", "năm mươi", "1.5 đ", "-5000"])
def test_amounts_that_are_not_whole_dong_are_refused(written):
    with pytest.raises(ValueError):
        parse_amount(written)


@pytest.mark.parametrize("bank", ["970436", "VCB", "vcb", "vietcombank", "Vietcombank", "ngân hàng Vietcombank"])
def test_banks_by_bin_name_or_short_code(bank):
    assert resolve_bank(bank) == "970436"


def test_cli_vietqr_make_takes_short_codes_names_and_vietnamese_amounts(tmp_path):
    payloads = []
    for bank, amount in (("VCB", "50.000"), ("vietcombank", "50,000"), ("970436", "50k")):
        made = cli("identity", "vietqr", "make", "--bank", bank, "--account", "0011001932418", "--amount", amount,
                   "--json")
        assert made.returncode == 0, made.stderr
        payloads.append(json.loads(made.stdout)["payload"])
    assert len(set(payloads)) == 1  # the same code, however it was asked for
    details = check(payloads[0]).details
    assert (details["bank"], details["amount"]) == ("Vietcombank", "50000")

    refused = cli("identity", "vietqr", "make", "--bank", "Ngân hàng Mặt Trăng", "--account", "1")
    assert refused.returncode == 2 and b"luytre identity banks" in refused.stderr
    fraction = cli("identity", "vietqr", "make", "--bank", "VCB", "--account", "1", "--amount", "50.5")
    assert fraction.returncode == 2 and b"amount" in fraction.stderr


def test_cli_lists_the_banks():
    listed = json.loads(cli("identity", "banks", "--json").stdout)
    vcb = next(row for row in listed if row["bin"] == "970436")
    assert vcb["name"] == "Vietcombank" and "VCB" in vcb["codes"]
    text = cli("identity", "banks").stdout.decode()
    assert "970415" in text and "VietinBank" in text and "CTG" in text


def _ask_identity(node_server, query: str) -> dict:
    """Through /v1/ask when the router sends the question to vn-identity; the router is being rewritten on
    another branch, so a question it sends elsewhere is asked of vn-identity directly (and said so here)."""
    body = httpx.post(node_server.url + "/v1/ask", json={"query": query}, timeout=60).json()
    if body.get("expert") == "vn-identity":
        return body
    return httpx.post(node_server.url + "/v1/experts/vn-identity/invoke", json={"query": query}, timeout=60).json()


def test_vietqr_by_question_gives_payload_and_png(node_server):
    # issue 20: was "Không tìm thấy mã định danh nào…"
    body = _ask_identity(node_server, "tạo mã vietqr chuyển 50000 cho stk 0011001932418 vietcombank")
    assert "Không tìm thấy" not in body["answer"]
    assert "0011001932418" in body["answer"] and "Vietcombank" in body["answer"] and "50.000 đ" in body["answer"]
    made = body["result"]["vietqr"]
    verdict = check(made["payload"])
    assert verdict.valid and verdict.details["account"] == "0011001932418" and verdict.details["amount"] == "50000"
    assert base64.b64decode(made["png_base64"])[:8] == PNG_MAGIC


@pytest.mark.parametrize(("query", "bank", "amount", "message"), [
    ("tao ma qr chuyen 50k cho tk 0011001932418 VCB noi dung hoc phi thang 12", "970436", "50000",
     "hoc phi thang 12"),
    ("Cho mình xin mã QR chuyển khoản 200.000đ vào số tài khoản 19033333333 ngân hàng Techcombank",
     "970407", "200000", None),
    ("làm mã qr chuyển 1,5tr vào tài khoản 0011001932418 ctg", "970415", "1500000", None),
])
def test_vietqr_requests_worded_many_ways(node_server, query, bank, amount, message):
    made = _ask_identity(node_server, query)["result"]["vietqr"]
    assert (made["bank_bin"], made["amount"], made["message"]) == (bank, amount, message)


def test_vietqr_request_without_a_bank_says_what_is_missing(node_server):
    body = _ask_identity(node_server, "tạo mã vietqr chuyển 50.000 cho stk 0011001932418")
    assert body["result"]["vietqr"] is None and "ngân hàng" in body["answer"]
