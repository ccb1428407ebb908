"""vn-address tried as a user would (issue 20): a part of the address that fits nowhere lowers the confidence and is
reported; ``address convert`` reads the CSV files offices really have and never overwrites its input."""

import codecs
import csv
import io
import json
import unicodedata

import pytest

from conftest import cli
from luytre.kinds.address.csvfile import decode, delimiter_of
from luytre.kinds.address.kind import describe
from luytre.kinds.address.parser import ABSTAIN_BELOW, AddressParser
from luytre.kinds.address.tables import extract_tables


@pytest.fixture(scope="module")
def parser() -> AddressParser:
    return AddressParser(extract_tables())


@pytest.mark.parametrize("text", ["xa Hoa Binh, huyen Tan Hoa, tinh Quang Ngai",
                                  "xã Hòa Bình, huyện Tân Hòa, tỉnh Quảng Ngãi"])
def test_a_district_that_is_not_there_lowers_the_confidence_and_is_reported(parser, text):
    # issue 20: a ward of old Kon Tum at 94%, "huyện Tân Hòa" (no such district there) silently ignored
    parsed = parser.parse(text)
    assert parsed.confidence < ABSTAIN_BELOW
    assert [part.lower() for part in parsed.unexplained] == [unicodedata.normalize("NFC", "huyện tân hòa")] or \
        [part.lower() for part in parsed.unexplained] == ["huyen tan hoa"]
    assert "Tân Hòa" in describe(parsed, "vi") or "Tan Hoa" in describe(parsed, "vi")


def test_stray_words_lower_the_confidence_less_than_a_wrong_unit(parser):
    stray = parser.parse("so 5 ngo 3, xa Hoa Binh, abc xyz, tinh Quang Ngai")
    wrong = parser.parse("xa Hoa Binh, huyen Tan Hoa, tinh Quang Ngai")
    clean = parser.parse("xa Hoa Binh, tinh Quang Ngai")
    assert stray.unexplained == ["abc xyz"] and clean.unexplained == []
    assert wrong.confidence < stray.confidence < clean.confidence


@pytest.mark.parametrize("text", ["12 Lê Lợi, phường Bến Nghé, quận 1, TP HCM",
                                  "Số 10 ngõ 5 đường Láng, phường Láng Thượng, quận Đống Đa, Hà Nội"])
def test_streets_and_house_numbers_are_not_unexplained(parser, text):
    assert parser.parse(text).unexplained == []


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # grave, acute, tilde, hook above, dot below


def _cp1258(text: str) -> bytes:
    """Text as Windows-1258 writes it: a base letter (with its hat or horn) and a combining tone mark."""
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
            out += base.encode("cp1258") + "".join(c for c in parts if c in TONE_MARKS).encode("cp1258")
    return out


ROWS = [["ma_kh", "dia_chi"], ["KH01", "Phường Bến Nghé, Quận 1, TP Hồ Chí Minh"], ["KH02", "xã Sơn Hà, huyện Sơn Hà"]]


def _csv(rows: list[list[str]], delimiter: str) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


@pytest.mark.parametrize(("name", "data", "encoding", "delimiter"), [
    ("semicolon", _csv(ROWS, ";").encode("utf-8"), "utf-8", ";"),  # issue 20: "no column 'dia_chi'"
    ("excel-bom", codecs.BOM_UTF8 + _csv(ROWS, ",").encode("utf-8"), "utf-8-sig", ","),
    ("cp1258", _cp1258(_csv(ROWS, ";")), "cp1258", ";"),  # issue 20: failed on cp1258 files
    ("tab", _csv(ROWS, "\t").encode("utf-8"), "utf-8", "\t"),
])
def test_convert_reads_real_office_files_and_writes_excel_friendly_utf8(address_home, tmp_path, name, data,
                                                                         encoding, delimiter):
    source = tmp_path / f"{name}.csv"
    source.write_bytes(data)
    out = tmp_path / f"{name}-new.csv"
    result = cli("address", "convert", "--csv", str(source), "--column", "dia_chi", "--out", str(out), "--json",
                 home=address_home)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["encoding"], summary["delimiter"], summary["rows"]) == (encoding, delimiter, 2)
    written = out.read_bytes()
    assert written.startswith(codecs.BOM_UTF8)  # issue 20: no BOM, so Excel showed mojibake
    rows = list(csv.DictReader(io.StringIO(written.decode("utf-8-sig")), delimiter=delimiter))
    assert rows[0]["dia_chi"] == "Phường Bến Nghé, Quận 1, TP Hồ Chí Minh"
    assert rows[0]["new_ward_code"] == "26740" and rows[0]["new_province"] == "Thành phố Hồ Chí Minh"


def test_convert_without_bom_on_request(address_home, tmp_path):
    source = tmp_path / "in.csv"
    source.write_text(_csv(ROWS, ","), encoding="utf-8")
    out = tmp_path / "out.csv"
    assert cli("address", "convert", "--csv", str(source), "--column", "dia_chi", "--out", str(out), "--no-bom",
               home=address_home).returncode == 0
    assert out.read_bytes().startswith(b"ma_kh,")


def test_convert_refuses_to_overwrite_its_input(address_home, tmp_path):
    source = tmp_path / "khach.csv"
    source.write_bytes(_csv(ROWS, ";").encode("utf-8"))
    before = source.read_bytes()
    for out in (source, tmp_path / "." / "khach.csv"):  # issue 20: --out equal to --csv overwrote the input
        result = cli("address", "convert", "--csv", str(source), "--column", "dia_chi", "--out", str(out),
                     home=address_home)
        assert result.returncode == 2 and b"input file" in result.stderr
    assert source.read_bytes() == before


def test_cp1252_file_is_read_as_cp1252():
    western = "name,dia_chi\r\nCafé Müller,phuong Ben Nghe quan 1\r\n".encode("cp1252")
    text, encoding = decode(western)
    assert "Café Müller" in text and encoding in ("cp1252", "cp1258")
    vietnamese = _cp1258("ten,dia_chi\r\nHòa,Phường Bến Nghé\r\n")
    assert decode(vietnamese) == ("ten,dia_chi\r\nHòa,Phường Bến Nghé\r\n", "cp1258")
    assert decode(vietnamese.decode("cp1258").encode("utf-8"))[1] == "utf-8"


def test_delimiter_is_read_from_the_header_outside_quotes():
    assert delimiter_of("ma_kh;dia_chi") == ";"
    assert delimiter_of('"a;b",c') == ","
    assert delimiter_of("dia_chi") == ","
