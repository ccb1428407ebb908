"""Answer from the section a question asks for, and say which items hold only in some cases.

Procedure documents are written in the sections of the national public-service portal (Trình tự thực hiện,
Thành phần hồ sơ, Lệ phí, Thời hạn giải quyết, Nơi nộp hồ sơ, Căn cứ pháp lý…). A question's words say which
one it wants ("cần giấy tờ gì": the documents); a question that only names a procedure ("thủ tục làm lại căn
cước bị mất") wants its steps, not its legal basis, unless it asks about the law. In a list, an item that holds
only in some cases ("đối với trường hợp…", "nếu…") is marked as such, and a form the office fills in itself
("phiếu … do cán bộ lập") is marked as nothing to bring.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from luytre.kinds.retrieval.documents import Passage
from luytre.kinds.retrieval.index import intents
from luytre.text import fold
from luytre.text.cues import cue_pattern

STEPS, LEGAL_BASIS = "trình tự thực hiện", "căn cứ pháp lý"
# A question that names a procedure and asks how to get it done.
_HOW_TO = cue_pattern("thu tuc|lam lai|xin cap|cap lai|muon lam|can lam gi|cach lam|phai lam gi|how do i|how to"
                      .split("|"))
_ASKS_LAW = cue_pattern("luat|nghi dinh|thong tu|dieu nao|dieu may|quy dinh|van ban|hieu luc|can cu|law|decree"
                        .split("|"))
_CONDITIONAL = re.compile(r"\b(?:đối với trường hợp|trong trường hợp|trường hợp|nếu|khi có|nếu có|"
                          r"không bắt buộc|tùy trường hợp|đối với người)\b", re.IGNORECASE)
_OFFICE_MADE = re.compile(r"\bdo (?:cán bộ|cơ quan|công an|bộ phận)[^.;]{0,40}?\b(?:lập|in|cấp|điền)\b",
                          re.IGNORECASE)
_ITEM = re.compile(r"^\s*(?:[-•*]|\d+[.)])\s*")
LABELS = {
    "vi": {"conditional": "tùy trường hợp", "office": "cơ quan tiếp nhận lập, không phải mang theo",
           "source": "Nguồn"},
    "en": {"conditional": "only in some cases", "office": "made by the office, nothing to bring",
           "source": "Source"},
}


def wanted_section(query: str) -> str | None:
    """The section words the question asks for ("cần giấy tờ gì": the documents); None when it does not say."""
    asked = intents(query)
    return asked[0] if asked else None


def _matches(section: str, wanted: str) -> bool:
    return fold(wanted).split()[0] in fold(section).split()[:2]


def section_passages(passages: Sequence[Passage], doc: str, wanted: str) -> list[Passage]:
    """The passages of ``doc`` under the section ``wanted`` points to, in document order."""
    return [p for p in passages if p.doc == doc and _matches(p.section.split(" › ")[-1], wanted)]


def pick(passages: Sequence[Passage], best: Passage, query: str) -> list[Passage]:
    """What to answer from: the asked-for section of the best document when it has one; else the best passage,
    unless that is the legal basis of a question that only names a procedure (then its steps)."""
    wanted = wanted_section(query)
    folded = fold(query)
    if wanted is None and _matches(best.section, LEGAL_BASIS) and _HOW_TO.search(folded) \
            and not _ASKS_LAW.search(folded):
        wanted = STEPS
    if wanted is None or _matches(best.section, wanted):
        return [best]
    return section_passages(passages, best.doc, wanted) or [best]


def mark_items(text: str, lang: str) -> str:
    """The lines of a section, a conditional item or an office-made form marked as such."""
    labels = LABELS["en" if lang == "en" else "vi"]
    out = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        if _ITEM.match(line) and _OFFICE_MADE.search(line):
            line = f"{line.rstrip().rstrip('.')} ({labels['office']})."
        elif _ITEM.match(line) and _CONDITIONAL.search(line):
            line = f"{line.rstrip().rstrip('.')} ({labels['conditional']})."
        out.append(line)
    return "\n".join(out)


def cite(passage: Passage, lang: str) -> str:
    return f"{LABELS['en' if lang == 'en' else 'vi']['source']}: {passage.title} › {passage.section}."
