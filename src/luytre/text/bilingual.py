"""Read an English question in Vietnamese, so that models and claims built on Vietnamese text understand it.

Experts are built from Vietnamese data: the router's text model, a retrieval expert's lexical index, a
classifier. A question asked in English shares almost no word with them. ``as_vietnamese`` renders it word for
word through a small bilingual lexicon of everyday terms (``data/en_vi.tsv``, longest phrase first), drops English
function words (``data/en_stop.txt``) and keeps everything else as written: names, numbers, codes, Vietnamese
words. A name (capitalized words no term covers: "Son Tra", "my sister Loan") is never glossed word by word, and
an address unit after it goes before it, as Vietnamese writes it ("Son Tra district" -> "quận Son Tra"). It is
a gloss for matching, not a translation to show (the address expert may quote the part of it that it could not
place).

Whether a text is English is told from its words: Vietnamese is written in syllables of a closed shape (an
onset, a vowel group, one of eight codas), with or without diacritics, and most English words do not fit it
("what", "documents", "need", "register"). Texts that are not English come back unchanged, so Vietnamese
questions are routed and answered exactly as before, except for an English cry for help written in one
("muốn chết", "uống quá liều": see ``_CRISIS_GLOSSES``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType

from luytre.text.normalize import cache_short_texts, fold

MAX_PHRASE_WORDS = 4
# Words that cannot be Vietnamese syllables, at least this many and this share of a text's words, for it to be
# English: with an English function word among them ("what", "is", "your"), or without one, where Vietnamese with a
# loanword or two ("check luhn", "quiz tu vung animals") is not English.
FOREIGN_WITH_FUNCTION_WORD = (2, 0.3)
FOREIGN_ALONE = (3, 0.5)
# Forms of chat Vietnamese (không, được, gì, em, mình, với, nhé...): with one of them, a text is English only by
# the stricter measure, and its function words that are Vietnamese syllables are kept.
CHAT_FORMS = frozenset({"ko", "k", "kh", "khg", "hok", "hem", "dc", "đc", "dk", "đk", "j", "e", "mik", "mk",
                        "mn", "vs", "bn", "ntn", "z", "ak", "ah", "nha", "nhe", "oi", "ui", "r", "cx", "ng"})
# English address units, put before the name they follow, as Vietnamese writes them ("quận Son Tra").
ADDRESS_UNITS = frozenset({"street", "st", "road", "alley", "lane", "ward", "commune", "district", "province",
                           "village", "hamlet"})
_PRONOUN_I = frozenset({"I", "I'm", "I've", "I'd", "I'll", "I’m", "I’ve", "I’d", "I’ll"})
# One Vietnamese syllable without its diacritics (đ folded to d): onset, vowel group, coda. Anchored and without
# nested repetition, so it is linear on any input.
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")
# A word of English letters (don't, re-mark), not part of a code or a Vietnamese word ("37A", "P.Tan", "Tân").
_ENGLISH_WORD = re.compile(r"(?<![\w.])[A-Za-z]+(?:['’-][A-Za-z]+)*(?!\w)")
_SENTENCE_END = frozenset(".?!:;\"“”(")
# Plural and possessive endings and the bare forms they may come from, most likely first.
_PLURAL_SUFFIXES = (("'s", ("",)), ("’s", ("",)), ("ies", ("y", "ie")), ("sses", ("ss",)), ("xes", ("x", "xe")),
                    ("ches", ("ch", "che")), ("shes", ("sh", "she")), ("zzes", ("z", "zz")), ("zes", ("z", "ze")),
                    ("es", ("e", "")), ("s", ("",)))
_NUMBER_AHEAD = re.compile(r"\s*\d")
# Cries for help in the forms people write them, whatever the verb's ending or the person ("she wants to die",
# "he took his own life", "my mom overdosed"): each is rendered by a phrase the triage expert's safety rules know.
# The lexicon keys exact words; these are the families it cannot list. Each alternative starts with a fixed word
# and has no nested repetition, so the search is linear on any input.
_ONESELF = r"(?:(?:my|him|her|them|your|our|one)sel(?:f|ves)|oneself)"
_ONES = r"(?:my|his|her|their|your|our|one['’]s)"
_SWALLOWED = r"(?:took|take|takes|taken|taking|swallow(?:s|ed|ing)?)"
_MANY = (r"(?:a\s+lot\s+of|lots\s+of|too\s+many|a\s+handful\s+of|a\s+bunch\s+of"
         r"|a\s+whole\s+(?:bottle|box|pack)\s+of|all)")
_CRISIS_GLOSSES = (
    (r"(?:wants?|wanted|wanting|wanna)\s+(?:to\s+)?die", "muốn chết"),
    (rf"(?:kill|kills|killed|killing)\s+{_ONESELF}", "tự sát"),
    (r"(?:commit|commits|committed|committing)\s+suicide", "tự sát"),
    (rf"(?:take|takes|took|taken|taking)\s+{_ONES}\s+own\s+life", "tự sát"),
    (rf"(?:end|ends|ended|ending)\s+{_ONES}\s+(?:own\s+)?life", "kết thúc cuộc đời"),
    (r"(?:end|ends|ended|ending)\s+it\s+all", "kết thúc tất cả"),
    (r"overdos(?:e|es|ed|ing)", "uống quá liều"),
    (rf"{_SWALLOWED}\s+{_MANY}\s+(?:(?:of|the|his|her|my|their)\s+){{0,2}}(?:[a-z]+\s+)?(?:pills|tablets|meds)",
     "uống quá liều"),
    (r"self[\s-]?harm(?:s|ed|ing|er)?", "tự làm hại bản thân"),
    (rf"(?:cut|cuts|cutting|slit|slits|slitting)\s+{_ONES}\s+wrists?", "rạch cổ tay"),
    (rf"(?:hang|hangs|hanged|hanging|hung)\s+{_ONESELF}", "treo cổ"),
)
_CRISIS = re.compile("|".join(f"(?<![\\w'’-])({pattern})(?![\\w'’-])" for pattern, _ in _CRISIS_GLOSSES),
                     re.IGNORECASE)


@cache
def lexicon() -> Mapping[tuple[str, ...], str]:
    """The bundled English -> Vietnamese lexicon, keyed by the English words of each entry (read-only: it is
    shared by every caller)."""
    entries = {}
    for line in _bundled_lines("en_vi.tsv"):
        english, vietnamese = line.split("\t")
        entries[tuple(english.split())] = vietnamese
    return MappingProxyType(entries)


@cache
def function_words() -> frozenset[str]:
    return frozenset(word for line in _bundled_lines("en_stop.txt") for word in line.split())


def _bundled_lines(name: str) -> list[str]:
    raw = resources.files("luytre.text").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return [line for line in raw.splitlines() if line.strip() and not line.startswith("#")]


def _is_syllable(word: str) -> bool:
    return _SYLLABLE.fullmatch(fold(word)) is not None


_LETTERS = re.compile(r"[^\W\d_]+")
_STANDALONE_LETTERS = re.compile(r"(?<![\w.])[^\W\d_]+(?![\w.'’-])")
_VOWEL = re.compile(r"[aeiouy]")
_WORD_CHARS = 32  # longer words (rare) are read without the cache, so hostile text cannot fill it with long ones


def _read_word(word: str) -> tuple[bool, bool]:
    """Whether ``word`` counts as a word whatever the chat forms (more than one letter, not in capitals, a vowel),
    and whether it is a Vietnamese syllable."""
    folded = fold(word)
    return (len(word) > 1 and not word.isupper() and _VOWEL.search(folded) is not None,
            _SYLLABLE.fullmatch(folded) is not None)


_read_known_word = lru_cache(maxsize=16384)(_read_word)
# The least foreign count and share of either measure: a text below both is not English by any.
_LEAST_FOREIGN = (min(FOREIGN_WITH_FUNCTION_WORD[0], FOREIGN_ALONE[0]),
                  min(FOREIGN_WITH_FUNCTION_WORD[1], FOREIGN_ALONE[1]))


@cache_short_texts(maxsize=256, max_chars=1024)  # the node, the router and the chosen expert ask it in turn
def is_english(text: str) -> bool:
    """Whether ``text`` is written in English: enough of its words cannot be Vietnamese syllables. Words of one
    letter, without a vowel or in capitals (x, sdt, CCCD, ATM), and numbers, count for neither language, except
    chat forms (e, dc, ko), which count as Vietnamese and ask for the stricter measure ("help e voi, log in dc")."""
    tokens = _LETTERS.findall(text)
    read = [_read_known_word(w) if len(w) <= _WORD_CHARS else _read_word(w) for w in tokens]
    # Most questions are Vietnamese: too few words that are no syllable to reach the least foreign count and share
    # of any measure (chat forms only add words and take foreign ones away), whatever the rest says.
    others = sum(not syllable for _, syllable in read)
    if others < _LEAST_FOREIGN[0] or others < _LEAST_FOREIGN[1] * sum(counted for counted, _ in read):
        return False
    chatting = any(w.lower() in CHAT_FORMS for w in _STANDALONE_LETTERS.findall(text))
    # chat forms count as Vietnamese words, however short
    words = [(w, syllable) for w, (counted, syllable) in zip(tokens, read)
             if (chatting and w.lower() in CHAT_FORMS) or counted]
    foreign = [w.lower() for w, syllable in words if not syllable and not (chatting and w.lower() in CHAT_FORMS)]
    with_function_word = function_words() & set(foreign) and not chatting
    least, share = FOREIGN_WITH_FUNCTION_WORD if with_function_word else FOREIGN_ALONE
    return len(foreign) >= max(least, share * len(words))


@cache_short_texts(maxsize=256, max_chars=1024)  # the router and then the chosen expert read the same question
def as_vietnamese(text: str) -> str:
    """``text`` glossed in Vietnamese when it is English (see the module), else ``text`` unchanged. Only English
    words are replaced or dropped; numbers, codes, names and punctuation stay exactly where they were."""
    english = is_english(text)
    # Glossed even in a text not told English ("the boy next door tried to hang himself" is mostly syllables): a
    # cry for help must reach the safety rules. The phrases put in carry diacritics, so the gloss below keeps them.
    text = _CRISIS.sub(lambda m: _CRISIS_GLOSSES[(m.lastindex or 1) - 1][1], text)
    if not english:
        return text
    words = list(_ENGLISH_WORD.finditer(text))
    names = _name_spans(text, words)
    vietnamese = _vietnamese_syllables(words)
    out, kept_to, i = [], 0, 0
    while i < len(words):
        if i in names:
            size, replacement = _gloss_name(text, words, i, names[i])
        else:
            size, replacement = _longest_entry(text, words, i, names)
        if not size:
            size, word = 1, words[i].group(0)
            # a function word that is also a syllable, next to Vietnamese, is Vietnamese ("so nha" số nhà)
            in_vietnamese = _is_syllable(word) and bool({i - 1, i + 1} & vietnamese)
            dropped = word.lower() in function_words() and not _is_acronym(word) and not in_vietnamese
            replacement = "" if dropped else word
        out += [text[kept_to:words[i].start()], replacement]
        kept_to, i = words[i + size - 1].end(), i + size
    out.append(text[kept_to:])
    return " ".join("".join(out).split())


def _longest_entry(text: str, words: list[re.Match[str]], start: int, names: dict[int, int]) -> tuple[int, str]:
    """How many words from ``start`` the longest lexicon entry takes, and its gloss (0 when none). The words of
    a phrase are separated by spaces only and do not run into a name of several words ("overseas Vietnamese"
    is a term, "post office Bach Mai" no). A word's own entry wins over its stem's
    ("grades" is điểm, "grade" is lớp)."""
    entries = lexicon()
    phrase: list[str] = []
    best = (0, "")
    for k in range(start, min(start + MAX_PHRASE_WORDS, len(words))):
        if k > start and (names.get(k, 1) > 1 or not _spaced(text, words, k)):
            break
        phrase.append(words[k].group(0).lower())
        forms = (tuple(phrase), *((*phrase[:-1], stem) for stem in _stems(phrase[-1])))
        gloss = next((entries[form] for form in forms if form in entries), None)
        if gloss is not None:
            best = (len(phrase), gloss)
    return best


def _spaced(text: str, words: list[re.Match[str]], k: int) -> bool:
    """Whether word ``k`` follows word ``k - 1`` after spaces only."""
    return text[words[k - 1].end():words[k].start()].isspace()


def _is_capitalized(word: str) -> bool:
    """A word written as a name is: not "I", and not an acronym ("HCMC", "ATM"), which is read on its own."""
    return word[:1].isupper() and word not in _PRONOUN_I and not _is_acronym(word)


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _starts_sentence(text: str, words: list[re.Match[str]], i: int) -> bool:
    before = text[words[i - 1].end():words[i].start()] if i else "."
    return bool(_SENTENCE_END & set(before))


def _name_spans(text: str, words: list[re.Match[str]]) -> dict[int, int]:
    """The names of ``text``, as first word -> number of words: a run of capitalized words ("Son Tra", "Bach Mai
    Hospital") or one capitalized word inside a sentence ("my sister Loan", "to Can Tho"), unless a lexicon term
    covers it (see ``_is_capitalized_term``). A function word opening a sentence starts no name ("From Noi
    Bai"); a lone first word of a sentence is a name only when it is no English
    word and an address unit follows it ("Hoankiem district")."""
    spans, i = {}, 0
    while i < len(words):
        word = words[i].group(0)
        at_start = _starts_sentence(text, words, i)
        if not _is_capitalized(word) or (at_start and word.lower() in function_words()):
            i += 1
            continue
        size = 1
        while (i + size < len(words) and _is_capitalized(words[i + size].group(0))
               and _spaced(text, words, i + size)):
            size += 1
        if not _is_capitalized_term(text, words, i, size) and (
                size > 1 or not at_start or _unknown_before_unit(text, words, i)):
            spans[i] = size
        i += size
    return spans


def _is_capitalized_term(text: str, words: list[re.Match[str]], start: int, size: int) -> bool:
    """Whether capitalized words are (the start of) a lexicon term rather than a name: a phrase ("Ho Chi Minh
    City", "Vietnamese passport"), a word that cannot be a Vietnamese name ("District 5", "Mondays") or one the
    lexicon renders as a proper noun ("Hanoi"); a lone word that can be a Vietnamese syllable is a name ("my
    sister Loan"), and so is a run no term covers ("Son Tra", "Song Be")."""
    covered, gloss = _longest_entry(text, words, start, {})
    if covered < size:
        return False
    return covered > 1 or not _is_syllable(words[start].group(0)) or gloss != gloss.lower()


def _unknown_before_unit(text: str, words: list[re.Match[str]], i: int) -> bool:
    """Whether word ``i`` is no English word and an address unit follows it: a place ("Hoankiem district")."""
    word = words[i].group(0).lower()
    return (word not in function_words() and (word,) not in lexicon() and i + 1 < len(words)
            and _spaced(text, words, i + 1) and words[i + 1].group(0).lower() in ADDRESS_UNITS)


def _gloss_name(text: str, words: list[re.Match[str]], start: int, size: int) -> tuple[int, str]:
    """A name kept as written, with the address unit that follows it (or ends it) put first, as Vietnamese writes
    it: "Son Tra district" -> "quận Son Tra". A unit followed by a number is the unit's own ("Nguyen Trai Ward 3"),
    so the name then stops before it."""
    end = start + size
    first = words[start].group(0).lower()
    if size > 1 and first in ADDRESS_UNITS:  # "Ward Ben Nghe"
        return size, f"{lexicon()[(first,)]} {text[words[start + 1].start():words[end - 1].end()]}"
    if size > 1 and words[end - 1].group(0).lower() in ADDRESS_UNITS:
        end -= 1
        unit = end
    elif end < len(words) and _spaced(text, words, end) and words[end].group(0).lower() in ADDRESS_UNITS:
        unit = end
    else:
        return size, text[words[start].start():words[end - 1].end()]
    name = text[words[start].start():words[end - 1].end()]
    if _NUMBER_AHEAD.match(text, words[unit].end()):
        return end - start, name
    return unit + 1 - start, f"{lexicon()[(words[unit].group(0).lower(),)]} {name}"


def _vietnamese_syllables(words: list[re.Match[str]]) -> frozenset[int]:
    """Which words of an English text are Vietnamese written without diacritics ("sorry shop, ship hang toi so
    nha"): chat forms, and lowercase syllables that are no English word of the lexicon or the function words,
    when there is a chat form or two such syllables (one is likely an English word: "try", "see", "lot")."""
    english = function_words() | _lexicon_words()
    chat = {i for i, w in enumerate(words) if w.group(0).lower() in CHAT_FORMS}
    syllables = {i for i, w in enumerate(words) if not w.group(0)[:1].isupper()
                 and w.group(0).lower() not in english and _is_syllable(w.group(0))}
    return frozenset(chat | syllables) if chat or len(syllables) > 1 else frozenset()


@cache
def _lexicon_words() -> frozenset[str]:
    return frozenset(word for entry in lexicon() for word in entry)


def _stems(word: str) -> tuple[str, ...]:
    """The singular / bare forms an English word may have, roughly, most likely first: enough to find it in the
    lexicon ("taxes" -> "tax", "cities" -> "city", "movies" -> "movie")."""
    for suffix, replacements in _PLURAL_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return tuple(word[: -len(suffix)] + replacement for replacement in replacements)
    return ()

