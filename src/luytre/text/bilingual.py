"""Read an English question in Vietnamese, so that models and claims built on Vietnamese text understand it.

Experts are built from Vietnamese data: the router's text model, a retrieval expert's lexical index, a
classifier. A question asked in English shares almost no word with them. ``as_vietnamese`` renders it word for
word through a small bilingual lexicon of everyday terms (``data/en_vi.tsv``, longest phrase first), drops English
function words (``data/en_stop.txt``) and keeps everything else as written: names, numbers, codes, Vietnamese
words. It is a gloss for matching, not a translation to show (the address expert may quote the part of it that
it could not place).

Whether a text is English is told from its words: Vietnamese is written in syllables of a closed shape (an
onset, a vowel group, one of eight codas), with or without diacritics, and most English words do not fit it
("what", "documents", "need", "register"). Texts that are not English come back unchanged, so Vietnamese
questions are routed and answered exactly as before.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from luytre.text.normalize import cache_short_texts, fold

MAX_PHRASE_WORDS = 4
# Words that cannot be Vietnamese syllables, at least this many and this share of a text's words, for it to be
# English: with an English function word among them ("what", "is", "your"), or without one, where Vietnamese with a
# loanword or two ("check luhn", "quiz tu vung animals") is not English.
FOREIGN_WITH_FUNCTION_WORD = (2, 0.3)
FOREIGN_ALONE = (3, 0.5)
# One Vietnamese syllable without its diacritics (đ folded to d): onset, vowel group, coda. Anchored and without
# nested repetition, so it is linear on any input.
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")
# A word of English letters (don't, re-mark), not part of a code or a Vietnamese word ("37A", "P.Tan", "Tân").
_ENGLISH_WORD = re.compile(r"(?<![\w.])[A-Za-z]+(?:['’-][A-Za-z]+)*(?!\w)")
_SENTENCE_END = frozenset(".?!:;\"“”(")


@cache
def lexicon() -> dict[tuple[str, ...], str]:
    """The bundled English -> Vietnamese lexicon, keyed by the English words of each entry."""
    entries = {}
    for line in _bundled_lines("en_vi.tsv"):
        english, vietnamese = line.split("\t")
        entries[tuple(english.split())] = vietnamese
    return entries


@cache
def function_words() -> frozenset[str]:
    return frozenset(word for line in _bundled_lines("en_stop.txt") for word in line.split())


def _bundled_lines(name: str) -> list[str]:
    raw = resources.files("luytre.text").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return [line for line in raw.splitlines() if line.strip() and not line.startswith("#")]


def _is_syllable(word: str) -> bool:
    return _SYLLABLE.fullmatch(fold(word)) is not None


def is_english(text: str) -> bool:
    """Whether ``text`` is written in English: enough of its words cannot be Vietnamese syllables. Words of one
    letter, without a vowel or in capitals (x, sdt, CCCD, ATM), and numbers, count for neither language."""
    words = [w for w in re.findall(r"[^\W\d_]+", text)
             if len(w) > 1 and not w.isupper() and re.search(r"[aeiouy]", fold(w))]
    foreign = [w.lower() for w in words if not _is_syllable(w)]
    least, share = FOREIGN_WITH_FUNCTION_WORD if function_words() & set(foreign) else FOREIGN_ALONE
    return len(foreign) >= max(least, share * len(words))


@cache_short_texts(maxsize=256, max_chars=1024)  # the router and then the chosen expert read the same question
def as_vietnamese(text: str) -> str:
    """``text`` glossed in Vietnamese when it is English (see the module), else ``text`` unchanged. Only English
    words are replaced or dropped; numbers, codes and punctuation stay exactly where they were."""
    if not is_english(text):
        return text
    words = list(_ENGLISH_WORD.finditer(text))
    out, kept_to, i = [], 0, 0
    while i < len(words):
        size, gloss = _longest_entry(text, words, i)
        if size:
            replacement = gloss
        else:
            size, word = 1, words[i].group(0)
            dropped = word.lower() in function_words() and not _is_name(text, words, i)
            replacement = "" if dropped else word
        out += [text[kept_to:words[i].start()], replacement]
        kept_to, i = words[i + size - 1].end(), i + size
    out.append(text[kept_to:])
    return " ".join("".join(out).split())


def _longest_entry(text: str, words: list[re.Match[str]], start: int) -> tuple[int, str]:
    """How many words from ``start`` the longest lexicon entry takes, and its gloss (0 when none). The words of
    a phrase are separated by spaces only."""
    entries = lexicon()
    if _continues_name(text, words, start):
        return 0, ""
    phrase: list[str] = []
    best = (0, "")
    for k in range(start, min(start + MAX_PHRASE_WORDS, len(words))):
        if k > start and not text[words[k - 1].end():words[k].start()].isspace():
            break
        phrase.append(words[k].group(0).lower())
        for form in dict.fromkeys((tuple(phrase), (*phrase[:-1], _stem(phrase[-1])))):
            if form in entries:
                best = (len(phrase), entries[form])
    return best


def _is_name(text: str, words: list[re.Match[str]], i: int) -> bool:
    """A capitalized word inside a sentence may be a name ("Can Tho"): kept even when it is a function word."""
    word = words[i].group(0)
    before = text[words[i - 1].end():words[i].start()] if i else "."
    return word[:1].isupper() and word != "I" and not _SENTENCE_END & set(before)


def _continues_name(text: str, words: list[re.Match[str]], i: int) -> bool:
    """A capitalized word right after a capitalized word that is not a term is the end of a name ("Vinmec Times
    City", "Hoan Kiem Lake"): not glossed."""
    if i == 0 or not _is_name(text, words, i) or not text[words[i - 1].end():words[i].start()].isspace():
        return False
    previous = words[i - 1].group(0)
    return previous[:1].isupper() and (previous.lower(),) not in lexicon()


def _stem(word: str) -> str:
    """The singular / bare form of an English word, roughly: enough to find it in the lexicon."""
    for suffix, replacement in (("'s", ""), ("’s", ""), ("ies", "y"), ("sses", "ss"), ("es", "e"), ("s", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + replacement
    return word
