"""The ``retrieval`` expert kind: answers from an organization's documents, with citations.

The answer is extractive: the lines of the section the question asks for
(``sections``: the steps, documents, fees, time, place or legal basis of the
best document; a whole short list, or the best sentence of a long passage),
never invented text, with conditional items marked and the section cited. When the best passage is
not close enough (cosine below the threshold calibrated at build time), the
expert says the documents do not answer.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any

import numpy as np

from luytre.errors import PackageError, translated
from luytre.experts.package import ExpertPackage
from luytre.kinds import Answer, Claim, Expert
from luytre.kinds.retrieval.documents import Passage
from luytre.kinds.retrieval.everyday import (
    everyday_words,
    in_official_words,
    official_terms,
    question_words,
    with_chat_forms_read,
    with_english_read,
)
from luytre.kinds.retrieval.index import (
    QUESTION_PHRASES,
    DiacriticRestorer,
    Hit,
    PassageIndex,
    folded_syllables,
    passage_text,
)
from luytre.kinds.retrieval.sections import cite, mark_items, pick
from luytre.text import fold, tokens
from luytre.text.bilingual import as_vietnamese, is_english

NOT_FOUND = {
    "vi": "Không tìm thấy câu trả lời trong các tài liệu của đơn vị.",
    "en": "The documents do not answer this question.",
}
CLOSEST = {"vi": "Mục gần nhất:", "en": "Closest section:"}
CITATIONS = 3
SHORT_PASSAGE_LINES = 10  # a section this short is answered whole (e.g. the list of documents required)
SNIPPET_CHARS = 240
# The claim's scale, set when the expert loads: 0.5 where it passes this share of the bundled everyday questions (as
# the not-found thresholds) and what one phrase in common gives, 1 at CLAIM_FULL of the way from there to the median
# of the questions its build generates from its passages (people paraphrase: their questions share less with a
# passage than one written from it). At half the way (0.5 until retrieval15) a question the documents answer seldom
# reached the router's sure claim (0.8): 59% of a school's questions over the open routing sets, against 69% at 0.35
# for 1.2% -> 2.4% of other experts' questions (their own claims keep those) and 0.2% -> 0.5% of out-of-scope ones.
CLAIM_DECLINES = 0.97
CLAIM_FULL = 0.35
# A question whose topic one heading holds this much (``heading_share``) is claimed at least HEADING_CLAIM (the
# router's sure claim), rising to 1 for a heading held whole. Over the open routing sets (blind14 looked at) a share
# of 0.7 was reached by 7-10% of the two retrieval experts' own questions and by 2 of ~5,000 others (none out of
# scope); at 0.6 by 12-18% against 7 others and 2 out of scope.
HEADING_SURE = 0.7
HEADING_CLAIM = 0.8
# A question typed with diacritics whose topic syllables one document says (``section_coverage``) this much, three of
# them at least, is claimed at least HEADING_CLAIM, rising to 1 for all of them. Over the open routing sets (dev, test,
# blind3, blind5-10, blind12-14), claims raised to 0.8 or more: vn-procedures' own questions +16 of 800, out-of-scope
# +4 of 1,372, other experts' +22 of 5,516; school-regs' own +8 of 790, out-of-scope 0, other experts' +2. Typed
# without diacritics, folded pairs are ambiguous ("cong nhan" is công nhận and công nhân): counted so, the raise took
# 13 out-of-scope questions for 37 own (blind14: "gia han ho chieu my", "tranh chap thua ke dat dai" routed). Lowering
# the claim of a question little of which one document says was tried and dropped: it took the second expert's claim
# from questions that need two (blind14 composed with both 0.841 -> 0.794).
COVER_SURE = 0.8
# The answer's not-found gate reads the claim's judgement too: under this (half the claim's threshold) the documents do
# not answer, whatever the closest passage's cosine. At 0.5 (the claim's own threshold) claim and answer agreed more
# often (test: school-regs' own questions 0.857 -> 0.959) but in-scope questions the router still sends on its text
# model lost their answer (answered 0.939 -> 0.837; bench/retrieval.py answerable 0.861 -> about 0.84, estimated).
ANSWER_FLOOR = 0.25
COVER_SYLLABLES = 3
_IDENTIFIER_LONG = re.compile(r"\d(?:[\s.-]?\d){5,}")  # six digits or more, grouped or not
# How people ask for a time, a fee or a sum ("mất bao lâu", "hết bao nhiêu tiền", "có mất phí không"): no topic.
_ASKING = tuple(tuple(folded_syllables(p)) for p in (*QUESTION_PHRASES, "mất phí", "mất tiền", "tốn bao nhiêu",
                                                      "hết bao lâu", "mất mấy ngày", "bao nhiêu ngày"))
_ASKING_PHRASES = {first: tuple(p for p in _ASKING if p[0] == first) for first in {p[0] for p in _ASKING}}


class RetrievalExpert(Expert):
    def __init__(self, package: ExpertPackage, index: PassageIndex) -> None:
        super().__init__(package.manifest)
        self.index = index
        self.thresholds = {form: float(t) for form, t in package.manifest.config["threshold"].items()}
        self.restorer = DiacriticRestorer([passage_text(p) for p in index.passages])

    def prepare(self, query: str) -> str:
        """The question as it is searched: an English one glossed in Vietnamese (the documents are), chat short
        forms read as words, everyday words as the official terms the documents use (``everyday``: "làm lại căn
        cước" is "cấp lại căn cước"), diacritics restored when it was typed without them."""
        read = with_chat_forms_read(with_english_read(as_vietnamese(query)), self._documents_use)
        query = in_official_words(read, self._documents_use)
        return self.restorer.restore(query) if fold(query) == query.lower() else query

    def _documents_use(self, term: str) -> bool:
        """Some passage has the (folded) ``term``: each of its syllable pairs, or the one syllable ("gplx")."""
        syllables = term.split()
        if len(syllables) == 1:
            return self.index.has_syllable(term)
        return all(self.index.has_pair(pair) for pair in zip(syllables, syllables[1:]))

    def _search(self, query: str, *, glossed: bool = False) -> tuple[list[Hit], float, float, float]:
        """The best passages, the not-found threshold, the signal held against it, and the confidence. An
        English question ``glossed`` in Vietnamese is a list of terms rather than a sentence: its syllable pairs
        count as much as its meaning, so the surer of the two signals decides."""
        hits = self.index.search(query, k=max(CITATIONS * 2, 5))
        folded = (self.thresholds["folded"], self.index.pair_score(query), 0.1)
        if fold(query) == query.lower():  # no diacritics: BM25's folded field is the reliable signal
            forms = [folded]
        else:
            # The closest passage among the best ones, as calibrated (not only the fused winner's cosine).
            marked = (self.thresholds["marked"], max(h.dense for h in hits), 5.0)
            forms = [folded, marked] if glossed else [marked]
        threshold, signal, scale = max(forms, key=lambda form: (form[1] - form[0]) * form[2])
        return hits, threshold, signal, round(min(1.0, max(0.0, 0.5 + (signal - threshold) * scale)), 4)

    def answer(self, query: str, *, lang: str = "vi") -> Answer:
        """The asked-for section of the best passage, cited; or that the documents do not answer, with the closest
        section: when the best passage is not close enough (``_search``: its cosine against the threshold the build
        calibrated on near misses), or when the expert's relevance judgement (``judge``, the routing claim) is
        under ``ANSWER_FLOOR``, so a question the expert plainly does not claim is not answered either."""
        glossed = is_english(query)
        judged, evidence = self.judge(query)
        query = self.prepare(query)
        hits, threshold, signal, confidence = self._search(query, glossed=glossed)
        best = hits[0]
        citations = self._citations(hits)
        found = signal >= threshold and judged >= ANSWER_FLOOR
        if judged < ANSWER_FLOOR:
            confidence = min(confidence, judged)
        if not found:  # say so, and point to the closest section in case it helps
            closest = f" {CLOSEST[lang]} {citations[0]['title']} › {citations[0]['section']}." if citations else ""
            return Answer(NOT_FOUND[lang] + closest, confidence, {"found": False, "citations": citations,
                                                                        "threshold": threshold, "judged": evidence})
        chosen = pick(self.index.passages, self.index.passages[best.index], query)
        body = mark_items("\n".join(extract_answer(query, p.text) for p in _whole_sections(chosen)), lang)
        answered_from = {"doc": chosen[0].doc, "title": chosen[0].title, "section": chosen[0].section}
        return Answer(f"{body}\n{cite(chosen[0], lang)}", confidence,
                      {"found": True, "citations": citations, "threshold": threshold, "answered_from": answered_from,
                       "judged": evidence})

    # -- routing claim ----------------------------------------------------
    def claim(self, query: str) -> Claim | None:
        """How surely the documents answer ``query``: the expert's one relevance judgement (``judge``), which its
        answer's not-found gate reads too. A question naming another organization than the one this expert's
        title names is disowned (read in Vietnamese: "at Hoa Binh High School. What…" names no school "What")."""
        other = self.other_organization_claim(as_vietnamese(query))
        if other is not None:
            return other
        score, reason = self.judge(query)
        return Claim(score, reason)

    def judge(self, query: str) -> tuple[float, str]:
        """Whether the documents answer ``query``, on this expert's scale (0.5: they do; the router's sure claim
        0.8), with the evidence, cheap (no embedding). The routing claim and the answer's not-found gate both read
        it, so a question the expert would answer is claimed and a claimed one answered.

        * The best passage's BM25 score on the question's syllable pairs (``claim_signal``): 0.5 where it passes
          ``CLAIM_DECLINES`` of the everyday questions, 1 for a question as close to a passage as people's
          questions about it get (``CLAIM_FULL``).
        * A short question one heading holds (``heading_share``): at least ``HEADING_CLAIM``.
        * How much of the question's topic one document says (``section_coverage``): ``COVER_SURE`` of it, three
          syllables at least, in a question typed with diacritics, is claimed surely ("thẻ căn cước hết hạn 40
          tuổi thì nộp hồ sơ cấp đổi ở công an xã nào": each of its words stands in the document on renewals)."""
        read = self._read(query)
        signal = self.claim_signal(query, read)
        threshold, full = self._claim_scale
        if signal < threshold:
            score = 0.5 * signal / threshold
        else:
            score = min(1.0, 0.5 + 0.5 * (signal - threshold) / (full - threshold))
        side = "above" if signal >= threshold else "below"
        reason = f"best passage {signal:.1f}, {side} the threshold {threshold:.1f}"
        official = in_official_words(read, self._documents_use)
        held = self.heading_share(query, official)
        if held >= HEADING_SURE and (heading := HEADING_CLAIM + (1 - HEADING_CLAIM) * (held - HEADING_SURE)
                                     / (1 - HEADING_SURE)) > score:
            score, reason = heading, f"a heading holds {held:.2f} of the question ({reason})"
        share, covered = self.section_coverage(query, official)
        if fold(query) != query.lower() and covered >= COVER_SYLLABLES and share >= COVER_SURE and (
                said := HEADING_CLAIM + (1 - HEADING_CLAIM) * (share - COVER_SURE) / (1 - COVER_SURE)) > score:
            score, reason = said, f"one document says {share:.2f} of the question's topic ({reason})"
        return round(score, 4), reason

    def _read(self, query: str) -> str:
        """``query`` with English glossed and chat short forms read as the documents' words (before the lexicon)."""
        return with_chat_forms_read(with_english_read(as_vietnamese(query)), self._documents_use)

    def heading_share(self, query: str, official: str | None = None) -> float:
        """How much of the question one heading of the documents (a title, a section's, an article's) says, in
        any word order: the share of the question's topic syllables the heading holds, times the square root of
        the share of the heading's it asks. Read in the documents' words first (short forms, everyday names:
        "thi lại hè" is "kiểm tra lại hè", held by "Kiểm tra lại trong hè" whole). A short question that plainly
        names a part of the documents scores little on BM25 (one or two phrases in common); this says it names
        it. Two topic syllables in common at least. A question carrying a number as long as an identifier's (a
        card, a phone, a tax code) is about that number, whatever heading its words fall in ("kiểm tra số thẻ …"
        against "Số lần kiểm tra"): 0."""
        if _IDENTIFIER_LONG.search(query):
            return 0.0
        if official is None:
            official = in_official_words(self._read(query), self._documents_use)
        asked = _topic_syllables(official)
        if len(asked) < 2:
            return 0.0
        best = 0.0
        for heading in self._headings:
            common = len(asked & heading)
            if common >= 2:
                best = max(best, common / len(asked) * float(np.sqrt(common / len(heading))))
        return best

    def section_coverage(self, query: str, official: str | None = None) -> tuple[float, int]:
        """How much of the question's topic one document says: the share of its topic syllables (no question
        word, no number, no asking phrase such as "mất bao lâu"; read in the documents' words) that stand in that
        document beside a neighbour they have in the question, and their number; the best document's. Two topic
        syllables at least, else nothing."""
        if official is None:
            official = in_official_words(self._read(query), self._documents_use)
        syllables = folded_syllables(official)
        asking = {i + k for i, first in enumerate(syllables) for phrase in _ASKING_PHRASES.get(first, ())
                  if tuple(syllables[i:i + len(phrase)]) == phrase for k in range(len(phrase))}
        topic = [i for i, s in enumerate(syllables)
                 if not s.isdigit() and s not in question_words() and i not in asking]
        if len(topic) < 2:
            return 0.0, 0
        holders = [self._documents.get(pair, frozenset()) for pair in zip(syllables, syllables[1:])] + [frozenset()]
        counts: dict[int, int] = {}
        for i in topic:
            for doc in holders[i] | (holders[i - 1] if i > 0 else frozenset()):
                counts[doc] = counts.get(doc, 0) + 1
        best = max(counts.values(), default=0)
        return best / len(topic), best

    @cached_property
    def _documents(self) -> dict[tuple[str, str], frozenset[int]]:
        """The documents (numbered) that have each folded syllable pair in their title, headings or text."""
        numbers: dict[str, int] = {}
        holders: dict[tuple[str, str], set[int]] = {}
        for passage in self.index.passages:
            doc = numbers.setdefault(passage.doc, len(numbers))
            syllables = folded_syllables(passage_text(passage))
            for pair in zip(syllables, syllables[1:]):
                holders.setdefault(pair, set()).add(doc)
        return {pair: frozenset(docs) for pair, docs in holders.items()}

    @cached_property
    def _headings(self) -> list[frozenset[str]]:
        """The topic syllables of each heading of the documents with two at least."""
        from luytre.kinds.retrieval.build import heading_texts

        found = {_topic_syllables(h) for p in self.index.passages for h in heading_texts(p)}
        return [h for h in found if len(h) >= 2]

    def claim_signal(self, query: str, read: str | None = None) -> float:
        """The best passage's BM25 score on the question's folded syllable pairs, as the documents would word it
        (English glossed, chat forms read, everyday names of official terms added: ``everyday``), times the square
        root of the share of its topic syllables that the documents explain: a question matching "hồ sơ" and
        "trợ cấp" but not "thất nghiệp" is about something next to the documents, not in them. A syllable is
        explained when it and a neighbour are found in a row in some passage, or when it is part of an everyday
        word whose official term the documents use ("đi trễ" where they say "đi muộn"); it is a topic syllable
        when it is no question word (``everyday.question_words``: "có", "bao", "không") and no number, but an
        official term's syllables are all topic ("đi muộn" is no question, though folded "muon" is "muốn")."""
        read = self._read(query) if read is None else read
        terms = official_terms(read)
        parts = [folded_syllables(part) for part in (read, *terms)]
        everyday = {syllable for words, official in everyday_words(read) if self._documents_use(official)
                    for syllable in words.split()}
        topic = explained = 0
        for k, syllables in enumerate(parts):
            in_documents = [self.index.has_pair(pair) for pair in zip(syllables, syllables[1:])] + [False]
            for i, syllable in enumerate(syllables):
                if syllable.isdigit() or (k == 0 and syllable in question_words()):
                    continue
                topic += 1
                explained += in_documents[i] or (i > 0 and in_documents[i - 1]) or (k == 0 and syllable in everyday)
        if not topic:
            return 0.0
        pairs = [pair for syllables in parts for pair in zip(syllables, syllables[1:])]
        return self.index.best_pair_score(pairs) * float(np.sqrt(explained / topic))

    @cached_property
    def _claim_scale(self) -> tuple[float, float]:
        """The signals where the claim is 0.5 and 1 (see ``claim``)."""
        from luytre.kinds.retrieval.build import passage_questions
        from luytre.routing.router import background_corpus

        everyday = np.array([self.claim_signal(q) for q in background_corpus()])
        own = float(np.median([self.claim_signal(q) for qs in passage_questions(self.index.passages) for q in qs]))
        # Never below one phrase in common (a few short documents share nothing with the everyday questions).
        threshold = max(float(np.quantile(everyday, CLAIM_DECLINES)), self.index.typical_pair_score(), 1e-6)
        return threshold, max(threshold + CLAIM_FULL * (own - threshold), 2 * threshold)

    def _citations(self, hits: list[Hit]) -> list[dict[str, Any]]:
        """The best passage of each of the best documents."""
        out, seen = [], set()
        for hit in hits:
            passage = self.index.passages[hit.index]
            if passage.doc in seen:
                continue
            seen.add(passage.doc)
            snippet = passage.text.replace("\n", " ")
            out.append({"doc": passage.doc, "title": passage.title, "section": passage.section,
                        "snippet": snippet[:SNIPPET_CHARS] + ("…" if len(snippet) > SNIPPET_CHARS else ""),
                        "score": round(hit.score, 5), "cosine": round(hit.dense, 4)})
            if len(out) == CITATIONS:
                break
        return out


def _topic_syllables(text: str) -> frozenset[str]:
    """The folded syllables of ``text`` that are no question word and no number."""
    return frozenset(s for s in folded_syllables(text) if not s.isdigit() and s not in question_words())


def _whole_sections(passages: list[Passage]) -> list[Passage]:
    """Passages with the overlap of a long section's windows dropped (each line said once)."""
    seen: set[str] = set()
    out = []
    for passage in passages:
        lines = [line for line in passage.text.split("\n") if line.strip() and line not in seen]
        seen.update(lines)
        if lines:
            out.append(Passage(passage.doc, passage.title, passage.section, "\n".join(lines)))
    return out


def extract_answer(query: str, text: str) -> str:
    """The part of ``text`` that answers ``query``: all of a short section, else its best sentence."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) <= SHORT_PASSAGE_LINES:
        return "\n".join(lines)
    wanted = _folded_syllables(query)
    sentences = [s for line in lines for s in re.split(r"(?<=[.;!?])\s+", line) if s.strip()]
    scored = [(len(wanted & _folded_syllables(s)), -i, s) for i, s in enumerate(sentences)]
    return max(scored)[2]


def _folded_syllables(text: str) -> set[str]:
    return set(tokens(fold(text)))


def load_package(package: ExpertPackage) -> Expert:
    thresholds = package.manifest.config.get("threshold")
    if not isinstance(thresholds, dict) or set(thresholds) != {"marked", "folded"}:
        raise PackageError(f"{package.manifest.id}: a retrieval package needs config.threshold "
                           "{\"marked\": …, \"folded\": …}")
    with translated(PackageError, f"{package.manifest.id}: cannot load its passage index"):
        index = PassageIndex.load(package.root)
    return RetrievalExpert(package, index)
