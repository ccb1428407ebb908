"""PII detection: quality on the labeled Vietnamese test set, and what a scan adds to an ask.

Peer, side by side: presidio-analyzer's own recognizers for the types it ships
(phone numbers through Google's libphonenumber with region VN, payment cards,
e-mail addresses, dates), on the same sentences.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _common import ROOT, triage_questions  # noqa: E402 - after the sys.path entry

PII = ROOT / "tests" / "data" / "pii"
PEER_TYPES = {"PHONE_NUMBER": "PHONE", "CREDIT_CARD": "CARD", "EMAIL_ADDRESS": "EMAIL"}


def load(name: str) -> list[dict]:
    return [json.loads(line) for line in (PII / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def peer_engine():
    """presidio with its stock recognizers, no NLP model (none can be downloaded here)."""
    # EmailRecognizer's validation would fetch the public-suffix list: use tldextract's bundled snapshot.
    from types import SimpleNamespace

    import tldextract
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NoOpNlpEngine
    from presidio_analyzer.predefined_recognizers import CreditCardRecognizer, EmailRecognizer, PhoneRecognizer
    from presidio_analyzer.predefined_recognizers.generic import email_recognizer

    email_recognizer.tldextract = SimpleNamespace(extract=tldextract.TLDExtract(suffix_list_urls=()))
    recognizers = [PhoneRecognizer(supported_regions=("VN",), supported_language="vi"),
                   CreditCardRecognizer(supported_language="vi"), EmailRecognizer(supported_language="vi")]
    registry = RecognizerRegistry(recognizers=recognizers, supported_languages=["vi"])
    return AnalyzerEngine(registry=registry, nlp_engine=NoOpNlpEngine([{"lang_code": "vi", "model_name": "none"}]),
                          supported_languages=["vi"])


def peer_recall(engine, rows: list[dict]) -> dict[str, tuple[int, int]]:
    """(found, labeled) per type the peer covers, exact span match as for luytre."""
    counts = {t: [0, 0] for t in PEER_TYPES.values()}
    for row in rows:
        results = engine.analyze(row["text"], language="vi")
        spans = {(PEER_TYPES.get(r.entity_type), r.start, r.end) for r in results}  # any score: generous
        for label in row["entities"]:
            if label["type"] in counts:
                counts[label["type"]][1] += 1
                counts[label["type"]][0] += (label["type"], label["start"], label["end"]) in spans
    return {t: (f, n) for t, (f, n) in counts.items()}


def timed(function, texts: list[str], rounds: int = 3) -> list[float]:
    samples = []
    for _ in range(rounds):
        for text in texts:
            start = time.perf_counter()
            function(text)
            samples.append((time.perf_counter() - start) * 1000)
    return samples


def main() -> None:
    from luytre.sovereignty.pii import PiiScanner
    from luytre.sovereignty.pii_metrics import evaluate
    from luytre.sovereignty.privacy_gate import Gate

    scanner = PiiScanner()
    peer = peer_engine()
    print("PII detection on tests/data/pii (structured ids: exact span; names, addresses: overlap)")
    print(f"{'':12}{'labeled':>9}{'recall ids':>12}{'recall names':>14}{'recall addr':>13}{'precision':>11}")
    for split in ("dev.jsonl", "holdout.jsonl"):
        rows = load(split)
        r = evaluate(scanner, rows)
        print(f"{split:12}{r['labeled']:>9}{r['recall_structured']:>12.4f}{r['recall_names']:>14.4f}"
              f"{r['recall_addresses']:>13.4f}{r['precision']:>11.4f}")
        ours = r["per_type"]
        theirs = peer_recall(peer, rows)
        side = ", ".join(f"{t} {ours[t]['recall']:.2f} vs {f / n:.2f}" for t, (f, n) in theirs.items() if n)
        print(f"{'':12}luytre vs presidio's stock recognizers, recall: {side}")

    questions = triage_questions()
    sentences = [row["text"] for row in load("dev.jsonl")]
    scanner.scan(questions[0])  # warm-up (loads underthesea when a text first needs it)
    print("\nscan time per text (the 'scan' stage of /v1/ask), 3 rounds")
    print(f"{'':40}{'p50 ms':>9}{'p99 ms':>9}")
    for label, texts in (("triage questions (212)", questions), ("PII sentences (dev, 220)", sentences)):
        q = statistics.quantiles(timed(scanner.scan, texts), n=100)
        print(f"{label:40}{q[49]:>9.3f}{q[98]:>9.3f}")
    plain = PiiScanner(use_ner=False)
    q = statistics.quantiles(timed(plain.scan, sentences), n=100)
    print(f"{'PII sentences, NER off':40}{q[49]:>9.3f}{q[98]:>9.3f}")
    q = statistics.quantiles(timed(lambda t: peer.analyze(t, language="vi"), sentences), n=100)
    print(f"{'peer: presidio stock recognizers':40}{q[49]:>9.3f}{q[98]:>9.3f}")

    from luytre.sovereignty.consent import ConsentRegister
    from luytre.sovereignty.policy import ExpertFacts, Policy

    gate = Gate(scanner, Policy.default(), ConsentRegister.__new__(ConsentRegister))
    expert = ExpertFacts("vn-health-triage", "health", "high", ("public", "sensitive_personal"))
    screenings = [gate.screen(t) for t in sentences]
    samples = []
    for screening in screenings * 3:
        start = time.perf_counter()
        gate.decide(screening, expert, "anonymous", "answer", False)
        samples.append((time.perf_counter() - start) * 1000)
    q = statistics.quantiles(samples, n=100)
    print(f"{'policy decision (Cedar, with redaction)':40}{q[49]:>9.3f}{q[98]:>9.3f}")
    scan_p50 = statistics.median(timed(scanner.scan, questions + sentences, 1))
    print(f"\ntarget: a scan adds < 10 ms p50 to an ask: {scan_p50:.2f} ms, "
          f"{'MET' if scan_p50 < 10 else 'NOT MET'}")


if __name__ == "__main__":
    main()
