"""Hostile input: no request may stall, starve or bloat a node (issue 15).

Timing assertions measure this process's CPU time (``time.process_time``), not
wall time, so they hold on a busy shared machine without losing their meaning."""

from __future__ import annotations

import gc
import io
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import threading
import time
import zipfile
from dataclasses import replace
from http.server import ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import DripHandler, RunningNode
from luytre.sovereignty.pii import PiiScanner
from luytre.sovereignty.privacy_gate import screen_text

SCAN_BYTES = 4096
EXAMPLES = int(os.environ.get("LUYTRE_HOSTILE_EXAMPLES", "12"))  # texts per family; more for a longer search
# CPU seconds for one 4 KB screening. It bounds, it does not time: the reported freezes took seconds, and a pattern
# that backtracks costs hundreds of milliseconds at 4 KB. The slowest families, look-alike digit runs ("l1-l1-…") and
# titled kin and names, take 40-50 ms on an idle core (a value's cue is read once per distinct window), a 4 KB letter
# of prose 20-40 ms. The same code costs more CPU on a slower or loaded machine, so the bound is the larger of a floor
# and a multiple of the prose measured in the same run.
SCAN_BUDGET_S = 0.080
PROSE_MULTIPLE = 4
_PROSE = ("Chào bác sĩ, mẹ tôi là Nguyễn Thị Hoa, năm nay 67 tuổi, ở số 12 ngõ 45 phố Huế, Hà Nội. Mấy hôm nay bà bị "
          "ho và sốt, uống thuốc hạ sốt 500mg mà không đỡ. Xin hỏi có nên đưa bà đến Bệnh viện Bạch Mai khám không, "
          "và cần mang theo giấy tờ gì? ")


@pytest.fixture(scope="module")
def scanner() -> PiiScanner:
    scanner = PiiScanner()
    scanner.scan("Anh Ba Tèo ở Hẻm 3, đường Lê Lợi")  # load the NER model outside the timed scans
    return scanner


@pytest.fixture(scope="module")
def budget_s(scanner: PiiScanner) -> float:
    """CPU seconds one hostile 4 KB screening may take here: ``SCAN_BUDGET_S``, or more on a machine where a
    4 KB letter of ordinary prose costs more than a quarter of it."""
    return max(SCAN_BUDGET_S, PROSE_MULTIPLE * _scan_cpu_s(scanner, _fill([_PROSE])))


def _scan_cpu_s(scanner: PiiScanner, text: str) -> float:
    """CPU seconds of the fastest of three screenings (the scanner's recognizers, then the topic and person
    rules the gate reads), garbage collection paused: a stray collection or a neighbour's burst cannot fail
    it, while a pattern that backtracks is slow every time."""
    gc.collect()
    gc.disable()
    try:
        spent = []
        for _ in range(3):
            started = time.process_time()
            screen_text(scanner, text)
            spent.append(time.process_time() - started)
        return min(spent)
    finally:
        gc.enable()


def _fill(pieces: list[str]) -> str:
    """Repeat ``pieces`` up to a 4 KB text (the largest query a node accepts by default)."""
    text = "".join(pieces) or " "
    while len(text.encode()) < SCAN_BYTES:
        text += text
    return text.encode()[:SCAN_BYTES].decode("utf-8", "ignore")


# Every recognizer's vocabulary, in the shapes that made its patterns backtrack or its tagger crawl.
_ALLEY_WORDS = ["ngõ", "ngo", "hẻm", "hem", "kiệt", "ngách", "số", "số nhà", "sn", "đường", "phố", "đại lộ", "ql"]
_ADMIN_WORDS = ["phường", "p.", "quận", "q.", "huyện", "xã", "tp.", "tx", "tt", "kp", "tổ", "ấp", "thôn", "tỉnh"]
_SYLLABLES = ["Nguyễn", "Văn", "An", "Trần", "Thị", "Mai", "NGUYEN", "Abc", "Lê", "Hoa", "Ông", "Bà", "Tám"]
_CUES = ["tên là", "stk", "sdt", "mã số thuế", "cccd", "sinh ngày", "bệnh nhân", "hộ chiếu", "mã số bhxh", "sinh"]
_DIGITS = st.from_regex(r"\d{1,6}", fullmatch=True)
_SEPARATORS = st.sampled_from([" ", ", ", ",", " , ", "/", " / ", ".", "-", " - ", "\n", "  ", ""])

FAMILIES = {
    "alleys": st.lists(st.tuples(st.sampled_from(_ALLEY_WORDS), _DIGITS, _SEPARATORS).map(" ".join), min_size=1),
    "house numbers": st.lists(st.tuples(_DIGITS, st.sampled_from(["/", " / ", "a/", "b "]), _DIGITS)
                              .map("".join), min_size=1).map(lambda p: [" , ".join(p)]),
    "admin chains": st.lists(st.tuples(st.sampled_from(_ADMIN_WORDS), st.one_of(_DIGITS, st.sampled_from(
        _SYLLABLES)), _SEPARATORS).map(" ".join), min_size=1),
    "capitalised names": st.lists(st.sampled_from(_SYLLABLES), min_size=1).map(lambda p: [" ".join(p) + " "]),
    "cue words": st.lists(st.tuples(st.sampled_from(_CUES), _SEPARATORS, _DIGITS).map(" ".join), min_size=1),
    "digit groups": st.lists(st.tuples(_DIGITS, _SEPARATORS).map("".join), min_size=1),
    "emails": st.lists(st.tuples(st.from_regex(r"[a-z0-9.]{1,8}", fullmatch=True),
                                 st.sampled_from(["@", ".", "@a.", "-"])).map("".join), min_size=1),
    "dates": st.lists(st.tuples(_DIGITS, st.sampled_from(["/", ".", "-", " tháng ", " năm "]),
                                _SEPARATORS).map("".join), min_size=1),
    "street and names": st.lists(st.tuples(_DIGITS, st.sampled_from(_ALLEY_WORDS), st.sampled_from(_SYLLABLES),
                                           _SEPARATORS).map(" ".join), min_size=1),
    "lowercase names": st.lists(st.sampled_from(["nguyen", "van", "thi", "tran", "ten la", "anh", "ba", "le"]),
                                min_size=1).map(lambda p: [" ".join(p) + " "]),
    "english framing and pronouns": st.lists(st.sampled_from(
        ["how can i", "could you please tell me", "my", "i", "where do we", "he", "her", "is", "was", "'"]),
        min_size=1).map(lambda p: [" ".join(p) + " "]),
    "mixed punctuation": st.lists(st.sampled_from(list(",.;:-/()") + [" ", "ngo 1", "Lê", "09"]), min_size=1),
    # privacy v5: generic pronouns read in a window, visits taken out, organisations' tax codes, words run
    # together (capitalised place words are the "capitalised names" family's: the name tagger's cost)
    "generic pronouns and visits": st.lists(st.sampled_from(
        ["mình", "minh", "nếu", "khi", "làm sao biết", "của", "tôi", "toi", "thieu", "vào thăm người bệnh", "ung thư",
         "nên", "ông a", "mã số thuế 0101234567", "công ty", ","]),
        min_size=1).map(lambda p: [" ".join(p) + " "]),
    "words run together": st.lists(st.from_regex(r"[a-zB]{12,70}", fullmatch=True), min_size=1)
                          .map(lambda p: [" ".join(p) + " "]),
    # privacy v6: letters read aloud among spelled digits, digit groups split by odd separators, spaced e-mail
    # addresses, chat spellings, bare relatives after "của", subjectless states with a history (a capital letter
    # typed alone, repeated, is the name tagger's cost: the "capitalised names" family's)
    "letters read aloud": st.lists(st.sampled_from(
        ["ba", "không", "a", "một", "hai", "chấm", "gạch", "xê", "bê", "hát", "ca", "e", "lờ", "ích", "xì", "số",
         "xe", "29", "1", "234", ","]), min_size=1).map(lambda p: [" ".join(p) + " "]),
    "odd separators": st.lists(st.tuples(_DIGITS, st.sampled_from(
        ["/", "_", "|", ",", "\n", "[", "]", "(", ")", " - ", " . ", "\\", " ", "] [", ""])).map("".join), min_size=1),
    "spaced e-mail": st.lists(st.sampled_from(["a", "b_c", " @ ", "@", " . ", ".", "com", " ", "(at)"]), min_size=1),
    "chat and kin": st.lists(st.sampled_from(
        ["e", "bj", "tjeu", "dc", "j", "lương", "của", "bố", "vợ", "ba", "đang", "bị", "được", "3", "năm", "vừa",
         "mới", ".", "nợ", "t", "mk", "jup", "nguoj"]), min_size=1).map(lambda p: [" ".join(p) + " "]),
    # words spelled letter by letter ("T.O.I B.I", "t o i  b i"), and look-alike digits across slashes and bars
    "letters one by one": st.lists(st.sampled_from(["a", "b", "T", ".", " ", "  ", "1", "O", "/", "|", "l"]),
                                   min_size=1),
    # privacy v7: the residue of digits in any disguise (digit and tens words, look-alikes, plate series, rare
    # separators), dates read aloud, titles and roles in many sentences, words mixing scripts
    "disguised digit residue": st.lists(st.sampled_from(
        ["không", "chín", "9", "ba", "mươi", "mười", "a", "F2", "O9l", "B1", "_", "|", "~", "-", ".", " ", ", ",
         "29", "tháng", "năm", "nghìn", "trăm", "linh", "x", "GHN/"]), min_size=1).map(lambda p: [" ".join(p) + " "]),
    "titles and roles by topics": st.lists(st.sampled_from(
        ["ông", "bà", "Cô", "thằng", "giám đốc", "hàng xóm", "bệnh viện", "ung thư", "nợ", ".", "\n", "anh chị",
         "t\u043ei", "b\u0456"]), min_size=1).map(lambda p: [" ".join(p) + " "]),
    # lookup8: the lookup cues (verbs of asking to check or locate, relations "của tôi", a pronoun after the
    # asker's kin, which reads the third person a second time without the pronouns)
    "lookup cues": st.lists(st.sampled_from(
        ["chồng tôi", "anh ấy", "Anh Ấy", "chị ta", "xem giúp", "định vị giúp", "của tôi", "người yêu cũ của tôi",
         "ng quen", "ai biết kể", "HIV", "Chị Lan", "nợ xấu", "check giup", "đứng tên ai", ".", ","]),
        min_size=1).map(lambda p: [" ".join(p) + " "]),
    # privacy8: bare yes-or-no questions about a person, looks split around their object, states said as done,
    # names placed by a department, e-mails spelled "at … dot" or "[@]", digit words glued to numerals, a date after
    # a name, a plate read out with " . "
    "questions about a person": st.lists(st.sampled_from(
        ["chị", "Lan", "Tuấn", "có", "phải", "đang", "bị", "HIV", "không", "ko", "xem", "nợ", "giúp", "rồi", ",",
         "phòng", "IT", "lớp", "10A3", "?", "."]), min_size=1).map(lambda p: [" ".join(p) + " "]),
    "spelled e-mails and glued digits": st.lists(st.sampled_from(
        ["a", "at", "dot", "[@]", "[.]", "(.)", "com", "09", "one", "2three", "45", "Lê Văn Hùng", "1985-07-23", ", ",
         "3", "A", " - ", " . ", " "]), min_size=1),
    # fixpriv9: rights asked beside requests, whereabouts and sums beside roles and topics, causes of a symptom,
    # things handed over, English titled names and circles, relations before "của em", lists of numbers
    "rights, whereabouts and lists": st.lists(st.sampled_from(
        ["có được biết không", "có quyền", "đang ở đâu", "giờ", "có bao nhiêu tiền", "giám đốc bệnh viện", "bị gì mà",
         "sốt cao", "cho em xin", "mẫu đơn", "is mr", "lan", "from the", "my", "colleague's", "bạn", "bản", "của em",
         "phải không", "vợ tôi", "0305", "và", "rồi", "?", ","]), min_size=1).map(lambda p: [" ".join(p) + " "]),
    # privacy11: symbols between a value's groups, plates with look-alike letters, years said in English, halves
    # of a value dictated, weak titles before capitalised words, English roles, long runs of letters
    "symbols, plates, years and weak titles": st.lists(st.sampled_from(
        ["51G", "👉", "➡\ufe0f", "★", "3O", "A-", "l23", ".", "45", "nineteen", "eighty-five", "twenty", "oh",
         "two thousand and", "nửa đầu", "001203", ",", "phần còn lại", "a", "thang", "Tuan", "Mr", "MrHung", "the",
         "night-shift", "nurse", "hepatitis", "positivefor", "nợ", "rồi", "Is", "Hoa", ". ", " ", "chị", "Hằng",
         "ông ngoại", "đang", "có", "bị", "không"]),
        min_size=1).map(lambda p: ["".join(p)]),
}


# Found by the families above, kept so every run tries them: separators with no digit for a long way before
# the first one (a look-ahead that scanned to the end from every dot took 112 ms), look-alike runs, line breaks
# and spaces (a sentence opening "[.!?;\n]\s*" read the rest of the blank text from every line break: 450 ms).
@pytest.mark.parametrize("pieces", [["."], ["O.."], ["1O"], ["K-1"], [".-"], ["l1-"], ["1|"], ["1 - "], ["[1] "],
                                    ["1\n"], ["ba không a một hai ba chấm bốn "], ["a @ b . "], ["a."], ["a "], ["b  "],
                                    ["1O/"], ["O|"], ["không 9 ba 8 "], ["ba mươi a một "], ["1_"],
                                    ["mười hai tháng ba năm hai nghìn không trăm "], ["ông bán rau bị ung thư. "],
                                    ["chồng tôi xem giúp Anh Ấy Chị Lan bị HIV, của tôi "],
                                    ["chị Lan có bị bị bị "], ["x at y dot "], ["09one2three"], ["3 . "], ["\n "],
                                    ["0912 lẻ "], ["51G, số 678 chấm "], ["ba mươi chữ A, một trăm "],
                                    ["thirty A one "], ["the twelfth of "], ["bị nghiện đúng "],
                                    ["cô giáo đang ở đâu bị gì mà sốt "], ["0305 và "], ["Is Mr A from the b c "],
                                    ["1👉"], ["3O"], ["nineteen "], ["a Tu "], ["the a b nurse "], ["I-IX-"],
                                    ["1/XII/"], ["hoa tám a còng b chấm "], ["VN123456789"], ["i.v "], ["一二三〇"],
                                    ["b a móc c "], ["x chấm "], ["З1 "], ["(a)b."],
                                    ["chúng tôi là trường "], ["người thuê ở phòng số "], ["bà cụ nhà chị oi "],
                                    ["Bầu 5 tháng. "], ["GD.4.0 "], ["the old man in room "],
                                    ["kết quả xét nghiệm máu "], [". Mới "], ["the man next "],
                                    ["Nợ 5 triệu "], ["bị công an "], ["siêu âm chụp "], ["since "],
                                    ["Nữ, 2"], ["con 3 tuổi "], ["đứa con nhỏ "],
                                    ["1 -- "], ["12..3"], ["29A - 123 . "], ["29a 1 - "], ["9704-1234 1 "],
                                    ["mùng 5 tháng 8 năm "], ["5 thg 8 "], ["21.0285, "], ["HS-2024-"],
                                    ["1 chia hết cho "], ["one point "], ["born May 3rd '"], ["giúp em phòng 5 "],
                                    ["Vay 5 triệu cần "], ["còn đang bị "], ["what a b c d e was "],
                                    ["Mang thai 3 tháng cuối "], ["Currently, since 2020, "], ["có kinh nghiệm "],
                                    ["Nam 30 tuổi nên "], ["bác sĩ bảo gì "]],
                         ids=["dots", "O and dots", "digit and O", "plate-like", "dot and dash", "l, 1, dash", "bars",
                              "spaced dashes", "brackets", "line breaks", "plate read aloud", "spaced e-mail",
                              "dotted letters", "spaced letters", "letters and two spaces", "look-alikes and slashes",
                              "O and bars", "numerals and digit words", "tens words", "underscores",
                              "dates read aloud", "titled sentences", "kin, pronouns and names", "asked whether",
                              "at and dot", "glued digit words", "spaced dots", "line breaks and spaces",
                              "dictated pieces", "plate dictated", "hundreds in a plate", "English tens",
                              "English ordinals", "states asked to be confirmed", "whereabouts and causes",
                              "numbers in a list", "English titled names", "emoji between digits",
                              "look-alike plate codes", "English years", "weak titles", "English roles",
                              "Roman numerals", "Roman months", "spelled local parts", "parcel codes",
                              "Roman numerals spaced", "Chinese numerals", "at said a móc",
                              "dots said in a local part", "Cyrillic look-alikes", "at as (a)",
                              "an organisation speaking", "occupants placed", "occupant words", "pregnancy weeks",
                              "dotted BHYT", "English occupants", "results said", "just happened",
                              "English next door", "debts said", "summons said", "findings said",
                              "English times", "profiles", "bare kin", "đứa and con nhỏ",
                              "doubled dashes", "doubled dots", "spaced plate marks", "lowercase plate series",
                              "card and count", "mùng dates", "thg dates", "coordinates", "code and year",
                              "sums", "English point", "English short years", "the asker before a room",
                              "debts asked", "kin with other marks", "why admitted", "trimesters",
                              "English openings asked", "everyday compounds", "profiles asked", "doctors asked"])
def test_separator_runs_scan_in_bounded_time(scanner, budget_s, pieces):
    text = _fill(pieces)[:-2] + "09"
    assert _scan_cpu_s(scanner, text) <= budget_s


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_worst_case_texts_scan_in_bounded_time(scanner, budget_s, family):
    @settings(max_examples=EXAMPLES, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
    @given(pieces=FAMILIES[family])
    def run(pieces):
        text = _fill(pieces)
        spent = _scan_cpu_s(scanner, text)
        assert spent <= budget_s, f"{family}: {spent * 1000:.0f} ms CPU for {text[:80]!r}..."

    run()


@pytest.mark.parametrize("text", [
    "ngo 1 " * 20,  # the 120-character ask that froze a node for 3-8 s
    ("ngõ 12 , " * 460)[:4000],  # the 4 KB scan that never ended
    ("hẻm 3/4 " * 500)[:4000],
    ("Abc Xyz " * 500)[:4000],  # capitalised words that kept the NER tagger busy for ~1 s
])
def test_reported_texts_scan_in_bounded_time(scanner, budget_s, text):
    assert _scan_cpu_s(scanner, text) <= budget_s


def test_names_and_addresses_still_found(scanner):
    found = {(e.type, e.text) for e in scanner.scan("Tôi là Nguyễn Văn An, ở số 12 ngõ 34 ngách 5 phố Huế, "
                                                    "quận Hai Bà Trưng, Hà Nội")}
    assert ("PERSON", "Nguyễn Văn An") in found
    assert any(t == "ADDRESS" and v.startswith("số 12 ngõ 34 ngách 5 phố Huế") for t, v in found)


# -- over HTTP, against real nodes on 127.0.0.1 -------------------------------------------------
def _limited_home(source: Path, target: Path, **limits: object) -> tuple[Path, str]:
    """A copy of ``source`` with ``limits`` set in its [limits] config section."""
    from luytre.config import update_limits

    shutil.copytree(source, target)
    update_limits(target / "config.toml", **limits)
    return target, (target / "admin_token.test").read_text()


@pytest.fixture(scope="module")
def tight_node(reference_home, tmp_path_factory):
    """A node with one worker, a queue of one and an 8 MB package limit."""
    home, token = _limited_home(reference_home, tmp_path_factory.mktemp("tight") / "home", workers=1,
                                queue_limit=1, max_package_bytes=8 * 1024 * 1024)
    node = RunningNode(home)
    node.token = token
    yield node
    node.stop()


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def _chunks(total: int, size: int = 256 * 1024, head: bytes = b""):
    block = b"x" * size
    if head:
        yield head
    for _ in range(total // size):
        yield block


# A well-formed multipart prelude, so the 20 MB reach the upload route's own size cap (not a parse error).
UPLOAD_HEAD = (b'--b\r\nContent-Disposition: form-data; name="file"; filename="big.luytre"\r\n'
               b"Content-Type: application/octet-stream\r\n\r\n")


def _post_routes(url: str) -> list[str]:
    schema = httpx.get(url + "/openapi.json", timeout=10).json()
    return sorted(re.sub(r"\{[^}]+\}", "x", path) for path, ops in schema["paths"].items() if "post" in ops)


def test_every_post_route_refuses_a_chunked_20_mb_body(tight_node):
    routes = _post_routes(tight_node.url)
    assert "/v1/ask" in routes and "/v1/experts" in routes and any(r.startswith("/v1/mesh/") for r in routes)
    before = _rss_mb(tight_node.process.pid)
    for route in routes:
        headers = {"authorization": f"Bearer {tight_node.token}", "content-type": "application/json"}
        head = b""
        if route == "/v1/experts":  # the package upload: a multipart stream its route counts as it reads
            headers["content-type"] = "multipart/form-data; boundary=b"
            head = UPLOAD_HEAD
        try:
            response = httpx.post(tight_node.url + route, content=_chunks(20 * 1024 * 1024, head=head),
                                  headers=headers, timeout=60)
            status = response.status_code
        except httpx.HTTPError:  # the node may close the connection while the client still sends
            status = 413
        # Mesh routes refuse an unsigned request from its headers, before its body.
        assert status == (401 if route.startswith("/v1/mesh/") else 413), (route, status)
    assert _rss_mb(tight_node.process.pid) - before < 50


def _raw_first_response(port: int, request_head: bytes, first_chunk: bytes) -> bytes:
    """Send a request's head and one chunk of a long chunked body, then read what the node answers."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(request_head + f"{len(first_chunk):x}\r\n".encode() + first_chunk + b"\r\n")
        return sock.recv(4096)


def test_upload_without_token_is_refused_before_its_body(tight_node):
    head = (b"POST /v1/experts HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
            b"Content-Type: multipart/form-data; boundary=b\r\n\r\n")
    answer = _raw_first_response(tight_node.port, head, b"--b\r\n" + b"x" * 1000)
    assert answer.startswith(b"HTTP/1.1 401"), answer[:200]


def test_anonymous_batch_is_capped_but_the_operator_may_send_more(tight_node):
    url = tight_node.url + "/v1/experts/vn-identity/batch"
    queries = ["mst 0100109106"] * 60
    refused = httpx.post(url, json={"queries": queries}, timeout=60)
    assert refused.status_code == 413 and "limits.max_batch_items_anonymous" in refused.json()["error"]["message"]
    allowed = httpx.post(url, json={"queries": queries}, timeout=60,
                         headers={"authorization": f"Bearer {tight_node.token}"})
    assert allowed.status_code == 200, allowed.text
    chunked = httpx.post(url, content=_chunks(2 * 1024 * 1024, 64 * 1024), timeout=60,
                         headers={"content-type": "application/json"})
    assert chunked.status_code == 413


def test_wrong_types_on_policy_check_are_422_not_500(tight_node):
    headers = {"authorization": f"Bearer {tight_node.token}"}
    good = {"expert": {"id": "a", "domain": "d", "risk_tier": "minimal", "accepts": ["general"]},
            "categories": ["general"]}
    for bad in ({**good, "actor": {"a": 1}}, {**good, "categories": 5}, {**good, "expert": 5},
                {**good, "redacted": [1]}, {"categories": None}):
        response = httpx.post(tight_node.url + "/v1/policy/check", json=bad, headers=headers, timeout=30)
        assert response.status_code == 422, (bad, response.text)


def test_saturated_node_answers_503_with_retry_after_and_healthz_stays_fast(tight_node):
    url = tight_node.url + "/v1/experts/vn-identity/batch"
    headers = {"authorization": f"Bearer {tight_node.token}"}
    body = {"queries": [f"mst 0100109106 và sdt 0912 345 {i:03d}, ngõ {i} Trần Phú" for i in range(500)]}
    statuses, health_ms = [], []

    def hammer():
        with httpx.Client(timeout=120) as client:
            for _ in range(3):
                response = client.post(url, json=body, headers=headers)
                statuses.append((response.status_code, response.headers.get("retry-after")))

    threads = [threading.Thread(target=hammer) for _ in range(6)]
    for thread in threads:
        thread.start()
    with httpx.Client(timeout=10) as client:
        while any(t.is_alive() for t in threads):
            started = time.perf_counter()
            assert client.get(tight_node.url + "/healthz").status_code == 200
            health_ms.append((time.perf_counter() - started) * 1000)
            time.sleep(0.05)
    for thread in threads:
        thread.join()
    assert {s for s, _ in statuses} <= {200, 503}
    assert any(s == 503 and retry for s, retry in statuses), statuses
    # Generous for a shared machine (the target is 100 ms; bench/under_attack.py measures it).
    assert sorted(health_ms)[len(health_ms) // 2] < 250, health_ms


def test_expert_ids_in_urls_do_not_become_metric_labels(tight_node):
    for i in range(5):
        httpx.post(tight_node.url + f"/v1/experts/made-up-{i}/batch", json={"queries": [""]}, timeout=30)
    assert "made-up-" not in httpx.get(tight_node.url + "/metrics", timeout=10).text


def test_rate_and_concurrency_limits_per_client(reference_home, tmp_path):
    home, _ = _limited_home(reference_home, tmp_path / "home", rate_exempt=[], rate_per_s=5.0, rate_burst=5)
    node = RunningNode(home)
    try:
        with httpx.Client(timeout=30) as client:
            codes = [client.post(node.url + "/v1/route", json={"query": "mã số thuế"}) for _ in range(12)]
        limited = [r for r in codes if r.status_code == 429]
        assert limited and limited[0].headers["retry-after"].isdigit()
        assert limited[0].json()["error"]["code"] == "rate_limited"
        assert client.get is not None and httpx.get(node.url + "/healthz", timeout=10).status_code == 200
    finally:
        node.stop()


def test_restorer_memory_stays_flat_over_distinct_queries():
    from luytre.kinds.retrieval.index import DiacriticRestorer

    restorer = DiacriticRestorer(["làm lại căn cước công dân ở đâu", "thủ tục cấp lại hộ chiếu"])
    words = len(restorer._forms)
    assert restorer.restore("lam lai can cuoc o dau") == "làm lại căn cước ở đâu"
    for i in range(10_000):
        restorer.restore(f"tu{i} la gi xyz{i}")
    assert len(restorer._forms) == words


def test_schema_driven_fuzz_run_finds_no_5xx_and_no_slow_answer(home_copy):
    """schemathesis, driven by the node's own OpenAPI schema (so a new route is fuzzed without editing
    this test), with the admin token: no 5xx, no answer over 2 s, /healthz answering throughout.
    Bounded: a few examples per operation, one worker, a hard timeout."""
    home, token = home_copy
    node = RunningNode(home)
    stop, health = threading.Event(), []

    def watch():
        with httpx.Client(timeout=5) as client:
            while not stop.is_set():
                started = time.perf_counter()
                try:
                    ok = client.get(node.url + "/healthz").status_code == 200
                except httpx.HTTPError:
                    ok = False
                health.append((ok, time.perf_counter() - started))
                stop.wait(0.2)

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        run = subprocess.run(
            [str(Path(sys.executable).with_name("st")), "run", node.url + "/openapi.json", "--checks",
             "not_a_server_error", "--max-response-time", "2", "--max-examples", os.environ.get(
                 "LUYTRE_FUZZ_EXAMPLES", "5"), "--workers", "1", "--request-timeout", "10",
             "--header", f"Authorization: Bearer {token}", "--generation-deterministic",
             "--exclude-method", "DELETE", "--no-color"],
            capture_output=True, text=True, timeout=900, env={**os.environ, "SCHEMATHESIS_TELEMETRY": "false"})
    finally:
        stop.set()
        watcher.join()
        node.stop()
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    assert health and all(ok for ok, _ in health), health


# -- packages and peers ----------------------------------------------------------------------------
def _npy_header(shape: str) -> bytes:
    header = ("{'descr': '<f8', 'fortran_order': False, 'shape': %s, }" % shape).encode()
    header += b" " * (118 - len(header) - 1) + b"\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header


def test_lying_npy_header_and_nested_npz_bomb_are_refused_by_name(tmp_path):
    from luytre.errors import UnsafeArtifact
    from luytre.experts.safeformats import check_artifact

    (tmp_path / "huge.npy").write_bytes(_npy_header("(1099511627776,)"))  # 128 bytes claiming 2^40 floats
    with pytest.raises(UnsafeArtifact, match="npy_size check"):
        check_artifact(tmp_path / "huge.npy", "huge.npy")
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("w.npy", _npy_header("(12500000,)") + b"\0" * 100_000_000)
    outer = io.BytesIO()
    with zipfile.ZipFile(outer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("inner.npy", inner.getvalue())  # a .npz inside a .npz, named as an array
        archive.writestr("w.npy", _npy_header("(12500000,)") + b"\0" * 100_000_000)
    (tmp_path / "bomb.npz").write_bytes(outer.getvalue())
    assert len(outer.getvalue()) < 2_000_000
    started = time.process_time()
    with pytest.raises(UnsafeArtifact, match="inner.npy: corrupt NumPy header"):
        check_artifact(tmp_path / "bomb.npz", "bomb.npz")
    assert time.process_time() - started < 2  # refused from headers read as streams, nothing inflated
    (tmp_path / "lying.npz").write_bytes(_zip({"w.npy": _npy_header("(1099511627776,)") + b"\0" * 1000}))
    with pytest.raises(UnsafeArtifact, match="npy_size check"):
        check_artifact(tmp_path / "lying.npz", "lying.npz")


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def _peer(catalog: dict) -> object:
    from luytre.mesh.peers import Peer

    return Peer("p", "node-p", "http://127.0.0.1:1", "key", "VN", False, catalog)


def test_a_malformed_catalog_entry_is_skipped_not_fatal():
    from luytre.mesh.remote import remote_experts

    good = {"id": "vn-helpdesk", "domain": "help", "risk_tier": "minimal", "examples": ["xin chào"]}
    catalog = {"expires_at": time.time() + 3600, "experts": [{"domain": "no id"}, {"id": 5}, "x", good,
                                                             {**good, "id": "vn-other", "examples": "not a list"}]}
    offered = remote_experts([_peer(catalog)], set())
    assert list(offered) == ["vn-helpdesk@mesh"]
    assert remote_experts([_peer({"expires_at": "soon", "experts": 3})], set()) == {}


def test_a_slow_drip_peer_is_cut_at_the_deadline():
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from luytre.mesh.client import MeshClient
    from luytre.mesh.protocol import PeerError

    server = ThreadingHTTPServer(("127.0.0.1", 0), DripHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        client = MeshClient(Ed25519PrivateKey.generate(), "me", None, deadline_s=1.0)
        started = time.monotonic()
        peer = _peer({})
        with pytest.raises(PeerError, match="longer than 1 s"):
            client.call(replace(peer, url=f"http://127.0.0.1:{server.server_port}"), "GET", "/v1/mesh/catalog")
        assert time.monotonic() - started < 5  # each read came within httpx's timeout: only a deadline cuts it
    finally:
        server.shutdown()
