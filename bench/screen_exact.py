"""The privacy screen's outputs, written out for a before/after comparison of a speed change (no output may move).

For every question of the open privacy sets (``tests/data/privacy``; a folder holding a ``BLIND`` file is never
read) and ``--random`` generated texts (``screen_texts``: digit runs with every separator, format characters,
spelled digits, look-alike letters, mixed diacritics, texts up to the node's ``max_query_bytes``), one JSON line:
``Gate.screen``'s cleaned text, entities (type, span, value, score), categorization, the redacted text, and the
decisions for the organisation's own expert and for a peer (outcome, plan, redacted text). With ``--times`` each
line also carries the screen's thread CPU time, and the slowest texts are printed.

    python bench/screen_exact.py --out /tmp/after.jsonl
    python bench/screen_exact.py --pythonpath /tmp/base/src --out /tmp/before.jsonl   # an older commit's sources
    cmp /tmp/before.jsonl /tmp/after.jsonl

``--time-worst FILE`` times the ``--worst`` slowest texts of an earlier ``--times`` run again (best of
``--repeat``), to compare worst cases of two sources run one after the other.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PRIVACY_SETS = ROOT / "tests" / "data" / "privacy"
MAX_QUERY_BYTES = 4096  # config.Limits.max_query_bytes' default

DIGITS = "0123456789"
SEPARATORS = [" ", ".", "-", "/", "_", "|", ",", "\\", "\n", "\t", "  ", "[", "]", "(", ")", "~", "*", "#", "^",
              "–", "—", " . ", " - ", "--", "..", " / ", ", ", ":", ";", "+", "👉", "★", "➡️", "·", "\u00a0", "\u3000",
              "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u3164", " | ", "@", "'"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202a", "\u034f", "\u115f"]
SPELLED = ["không", "một", "mốt", "hai", "ba", "bốn", "tư", "năm", "lăm", "sáu", "bảy", "tám", "chín", "linh", "lẻ",
           "khong", "mot", "hai", "ba", "bon", "tu", "nam", "lam", "sau", "bay", "tam", "chin", "le", "KHÔNG", "Chín",
           "zero", "oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "mười", "mươi",
           "muoi", "trăm", "tram", "nghìn", "ngàn", "chấm", "cham", "gạch ngang", "gạch", "chữ", "xê", "bê", "ét",
           "hát", "ka", "pê", "e lờ", "em mờ", "thirty", "twenty", "nineteen", "thousand", "hundred", "tháng",
           "thg", "mùng", "dot", "dash", "x", "A", "B", "F", "LD", "đầu", "đuôi", "còn", "và", "rồi", "số"]
LOOKALIKE = list("OoIlSZBОоΟοЗзІіЧб")
FANCY_DIGITS = list("０１２３４５６７８９⁰¹²³⁴⁵⁶⁷⁸⁹①②③④⑤⓪٠١٢٣〇一二三四五六七八九零")
WORDS = ["tôi", "toi", "bị", "bi", "ung thư", "ung thu", "tiểu đường", "HIV", "dương tính", "nợ xấu", "vay",
         "tài khoản", "STK", "CCCD", "cccd", "căn cước", "sđt", "SĐT", "số điện thoại", "Zalo", "gọi", "hộ chiếu",
         "biển số", "xe", "BHYT", "mã số thuế", "công ty", "bệnh viện", "ngân hàng", "Vietcombank", "mẹ em", "chồng",
         "anh", "chị", "ông", "bà", "Nguyễn Văn An", "Trần Thị Hoà", "Lê", "Phạm Minh", "Hà Nội", "Quận 1",
         "đường Lê Lợi", "phòng", "giường", "bệnh nhân", "thăm", "giờ", "đồng", "triệu", "tr", "k", "VND", "năm",
         "ngày", "tháng", "mấy giờ", "ở đâu", "được không", "đau bụng", "ho", "sốt", "trầm cảm", "đạo Hồi",
         "công an", "tiền án", "dân tộc", "email", "gmail", "com", "[at]", "(a)", "[dot]", "a còng", "chấm",
         "phone", "my", "number", "is", "account", "card", "born", "on", "Đắk Lắk", "Hoà", "THUỶ", "khuỷu",
         "đc", "ko", "e", "bj", "j", "dc", "hok", "bik", "c0", "b1", "t0i", "VN123456789VN", "cccd_", "_mat_truoc.jpg",
         "I-IX-VII-IV-VIII-II-III-V", "21/VII/2019", "GHN/2023/", "KG-", "QH15", "10A3", "lớp", "trường", "THPT"]
JOINERS = [" ", " ", " ", ", ", ". ", " - ", ": ", "\n", "", "\u200b", " ( ", ") ", "? ", "!"]


def _digit_run(rng: random.Random) -> str:
    length = rng.choice([2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13, 16, 19, 20, 25, rng.randint(1, 40)])
    digits = "".join(rng.choice(DIGITS) for _ in range(length))
    if rng.random() < 0.5:
        digits = "0" + digits[1:] if digits else "0"
    style = rng.random()
    if style < 0.35:  # split by separators
        out, i = [], 0
        while i < len(digits):
            step = rng.choice([1, 1, 2, 3, 3, 4, 4, 5, 6])
            out.append(digits[i:i + step])
            i += step
        sep = rng.choice(SEPARATORS)
        return "".join(part + (sep if rng.random() < 0.85 else rng.choice(SEPARATORS)) for part in out[:-1]) + out[-1]
    if style < 0.55:  # digits mixed with look-alikes, spelled digits and fancy digits
        pieces = []
        for d in digits:
            roll = rng.random()
            pieces.append(rng.choice(LOOKALIKE) if roll < 0.15 else rng.choice(FANCY_DIGITS) if roll < 0.25 else
                          rng.choice(SPELLED[:40]) if roll < 0.45 else d)
        sep = rng.choice(["", " ", " ", "-", ".", rng.choice(SEPARATORS)])
        return sep.join(pieces)
    if style < 0.65:  # invisible characters inside
        return "".join(d + (rng.choice(INVISIBLE) if rng.random() < 0.3 else "") for d in digits)
    if style < 0.75:  # a plate's shape
        series = rng.choice(["A", "B", "LD", "F2", "g", "O", "I", "AB"])
        return f"{digits[:2]}{rng.choice(['', ' ', '-', ' - '])}{series}{rng.choice(['', '-', ' ', ' . ', '--'])}" \
               f"{digits[2:5]}{rng.choice(['.', ' ', '..', ' . '])}{digits[5:7]}"
    return digits


def _spelled(rng: random.Random) -> str:
    n = rng.choice([1, 2, 3, 5, 6, 7, 8, 9, 10, 12, rng.randint(1, 25)])
    words = [rng.choice(SPELLED[:24]) if rng.random() < 0.75 else rng.choice(SPELLED) if rng.random() < 0.7
             else rng.choice(DIGITS) * rng.randint(1, 3) for _ in range(n)]
    sep = rng.choice([" ", " ", ", ", " - ", "-", " . ", "", "\u200b"])
    return sep.join(words)


def _fragment(rng: random.Random, questions: list[str]) -> str:
    roll = rng.random()
    if roll < 0.3:
        return _digit_run(rng)
    if roll < 0.5:
        return _spelled(rng)
    if roll < 0.8:
        return rng.choice(WORDS)
    if roll < 0.9 and questions:
        return rng.choice(questions)
    return "".join(rng.choice(INVISIBLE + FANCY_DIGITS + LOOKALIKE + list("ăâđêôơưáàảãạ ")) for _ in range(
        rng.randint(1, 6)))


def _mutate(text: str, rng: random.Random) -> str:
    from luytre.text.normalize import fold

    roll = rng.random()
    if roll < 0.2:
        return fold(text)
    if roll < 0.3:
        return text.upper()
    if roll < 0.4:
        import unicodedata

        return unicodedata.normalize("NFD", text)
    if roll < 0.5:
        return "".join(ch + (rng.choice(INVISIBLE) if rng.random() < 0.05 else "") for ch in text)
    return text


def _fit(text: str) -> str:
    encoded = text.encode()
    if len(encoded) <= MAX_QUERY_BYTES:
        return text
    return encoded[:MAX_QUERY_BYTES].decode(errors="ignore")


def screen_texts(count: int, seed: int = 14, questions: list[str] | None = None) -> Iterator[str]:
    """``count`` random and adversarial texts, the same for a seed: short ones mostly, long ones up to
    ``MAX_QUERY_BYTES`` (UTF-8) now and then."""
    rng = random.Random(seed)
    questions = questions or []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.03:  # long: many fragments, up to the limit
            pieces: list[str] = []
            size = 0
            target = rng.choice([1000, 2000, MAX_QUERY_BYTES, MAX_QUERY_BYTES * 2])
            while size < target:
                piece = _fragment(rng, questions) + rng.choice(JOINERS)
                pieces.append(piece)
                size += len(piece.encode())
            text = "".join(pieces)
        elif roll < 0.08:  # long runs of one kind: digits, words, separators
            unit = rng.choice(["0", "1 ", "một ", "mot ", "9-", "0.", "ba không ", "O", "l1", "a", "tôi bị ",
                               "\u200b", "0\u200b", "- ", "12 và ", "0912 lẻ ", "I-", "chín mươi "])
            text = unit * rng.randint(10, MAX_QUERY_BYTES // max(1, len(unit.encode())))
        elif roll < 0.35 and questions:  # a real question with something inserted
            question = rng.choice(questions)
            at = rng.randint(0, len(question))
            text = question[:at] + rng.choice([" ", ""]) + _fragment(rng, questions) + rng.choice([" ", ""]) \
                + question[at:]
        else:
            text = rng.choice(JOINERS).join(_fragment(rng, questions) for _ in range(rng.randint(1, 8)))
        yield _fit(_mutate(text, rng))


def set_questions() -> list[tuple[str, str]]:
    """(set, question) of every open privacy set: the top-level files and each folder without ``BLIND``."""
    files = sorted(PRIVACY_SETS.glob("*.jsonl"))
    for folder in sorted(p for p in PRIVACY_SETS.iterdir() if p.is_dir()):
        if (folder / "BLIND").exists():
            continue  # blind: never read
        files += sorted(folder.glob("*.jsonl"))
    found = []
    for path in files:
        for line in path.read_text().splitlines():
            if line.strip():
                record = json.loads(line)
                if isinstance(record.get("query"), str):
                    found.append((str(path.relative_to(PRIVACY_SETS)), record["query"]))
    return found


def _decision(decision: Any) -> dict[str, Any]:
    return {"outcome": decision.outcome, "plan": decision.plan.to_dict(),
            "redacted": decision.redaction.text if decision.redaction else None,
            "mapping": decision.redaction.mapping if decision.redaction else None}


def screened(gate: Any, text: str) -> dict[str, Any]:
    """Every output of the screen for ``text``, as JSON-ready values."""
    from luytre.sovereignty.policy import ExpertFacts

    local = ExpertFacts("patient-desk", "health", "high", ("public", "sensitive_personal"), "local")
    peer = ExpertFacts("helpdesk", "general", "low", ("public",), "peer-b")
    screening = gate.screen(text)
    return {"text": screening.text, "entities": [e.to_dict() | {"score": repr(e.score)} for e in screening.entities],
            "categorization": screening.categorization.to_dict(),
            "redacted": gate.scanner.redact(screening.text, screening.entities).text,
            "local": _decision(gate.decide(screening, local, "anonymous", "answer", False)),
            "peer": _decision(gate.decide(screening, peer, "anonymous", "answer", False, action="forward",
                                          destination="peer-b", jurisdiction="VN"))}


def make_gate() -> Any:
    from luytre.sovereignty.consent import ConsentRegister
    from luytre.sovereignty.pii import PiiScanner
    from luytre.sovereignty.policy import Policy
    from luytre.sovereignty.privacy_gate import Gate

    return Gate(PiiScanner(), Policy.default(), ConsentRegister.__new__(ConsentRegister))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--random", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--pythonpath", help="run the screen from these sources (an older commit's src)")
    parser.add_argument("--times", action="store_true", help="time each screen (thread CPU)")
    parser.add_argument("--time-worst", type=Path, help="an earlier --times output: time its slowest texts again")
    parser.add_argument("--worst", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if args.pythonpath:
        sys.path.insert(0, args.pythonpath)
    import luytre

    print("sources:", Path(luytre.__file__).parent, file=sys.stderr)
    gate = make_gate()
    if args.time_worst:
        rows = [json.loads(line) for line in args.time_worst.read_text().splitlines()]
        worst = sorted(rows, key=lambda r: -r["cpu"])[:args.worst]
        out = []
        for row in worst:
            best = float("inf")
            for _ in range(args.repeat):
                begin = time.thread_time()
                gate.screen(row["input"])
                best = min(best, time.thread_time() - begin)
            out.append({"input": row["input"], "cpu": best})
        args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out))
        print(f"{len(out)} worst texts, total best-of-{args.repeat} {sum(r['cpu'] for r in out) * 1000:.1f} ms",
              file=sys.stderr)
        return
    sets = set_questions()
    questions = [q for _, q in sets]
    inputs = [(name, q) for name, q in sets] + [("random", t) for t in screen_texts(args.random, args.seed, questions)]
    for _, text in inputs[:300]:  # warm-up: the lexicon, the recognizers, the caches
        gate.screen(text)
    digest = hashlib.sha256()
    with args.out.open("w") as out:
        for name, text in inputs:
            begin = time.thread_time()
            record = screened(gate, text)
            cpu = time.thread_time() - begin
            line = json.dumps({"set": name, "input": text, **record}, ensure_ascii=False, sort_keys=True)
            digest.update(line.encode())
            if args.times:
                line = line[:-1] + f', "cpu": {cpu:.6f}}}'
            out.write(line + "\n")
    print(f"{len(inputs)} texts ({len(sets)} from the open sets), sha256 {digest.hexdigest()}", file=sys.stderr)


if __name__ == "__main__":
    main()
