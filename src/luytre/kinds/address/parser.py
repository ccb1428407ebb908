"""Read a Vietnamese address, old or new, and place it on the 2025 two-level map.

How it decides, in three steps:

1. **Mentions.** Every run of whole tokens inside one comma-separated part is
   looked up among the names and aliases of all units of both maps (so "mihn"
   never matches "hn"). Each mention is scored by how it was spelled
   (diacritics that agree, an alias, a typo), whether a type word before it
   agrees ("Quận" before a ward name does not), and whether a street cue or a
   house number comes right before it (then it is a street, like "12 Lê Lợi").
2. **Readings.** Each ward mention is read in the era it belongs to and
   gathers the district and province mentions consistent with it: an old ward
   with its old district and province (or the new province it became part
   of), a new ward with its province (or an old province or district it was
   made from, which makes the address "mixed"). So old or new is decided per
   address by which hierarchy holds together, not by trying one parser and
   then the other. Districts and provinces alone are readings too.
3. **Typos.** When no complete reading holds, unexplained words are matched
   with a bounded edit distance, but only against units consistent with what
   was found (the wards of the district or province already read), then
   everything is read again.

Readings that lead to the same new ward are pooled; the share of the best one
(a softmax over reading scores) is the confidence, lowered for wards the
reform split (the official default comes first, the others follow as
candidates), for typos and for missing context. Below ``ABSTAIN_BELOW`` the
parser abstains and only ranks candidates.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA

from luytre.kinds.address.tables import AdminTables, Unit
from luytre.kinds.address.tokens import DISTRICT, PROVINCE, WARD, Token, is_street_cue, tokenize
from luytre.text.normalize import fold, normalize

MAX_NAME_TOKENS = 6
ABSTAIN_BELOW = 0.6  # the best place's share of the evidence needed to name a ward
NAME_ONLY_SHARE = 0.9  # a ward name with nothing around it is named only when it is nearly unique
UNEXPLAINED_UNIT = 0.5  # confidence kept when a typed unit ("huyện X") fits no reading
UNEXPLAINED_WORD = 0.1  # confidence lost for each other word no reading explains ...
UNEXPLAINED_FLOOR = 0.3  # ... down to this share
_SHARPNESS = 2.0  # softmax inverse temperature over reading scores
# An old ward written without its district: old addresses nearly always name the district, so such a
# reading loses to a new ward of the same name.
OLD_WITHOUT_DISTRICT = 1.0
STREET_REACH = 5  # a street name after a house number or street word is at most this many words long
_WEIGHT = {WARD: 3.0, DISTRICT: 2.0, PROVINCE: 2.0}


@dataclass(slots=True)
class Mention:
    """A run of tokens that names one unit."""

    unit: Unit
    start: int  # token indices, end exclusive
    end: int
    how: str  # "exact", "alias" or "fuzzy"
    quality: float
    typed: int  # +1 an agreeing type word before it, -1 a contradicting one, 0 none
    street: bool  # a street cue or house number right before it
    marker_start: int  # where its type word starts (== start without one)
    whole: bool  # it fills its comma-separated part
    score: float = field(init=False)

    def __post_init__(self) -> None:
        self.score = (_WEIGHT[self.unit.level] * self.quality + 0.5 * max(self.typed, 0) - 1.5 * (self.typed < 0)
                      - 3.0 * self.street + 0.1 * (self.end - self.start) + 0.3 * self.whole)

    def overlaps(self, other: "Mention") -> bool:
        return self.marker_start < other.end and other.marker_start < self.end


@dataclass
class Reading:
    """One consistent interpretation: the mentions used and the new units they lead to."""

    mentions: list[Mention]
    province: str  # new province code
    wards: list[str]  # new ward codes, official default first; empty when no ward was read
    old_ward: Unit | None = None
    old_district: Unit | None = None
    old_province: Unit | None = None
    rule: str = ""
    penalty: float = 0.0
    score: float = field(init=False)

    def __post_init__(self) -> None:
        self.score = sum(m.score for m in self.mentions) - self.penalty - 1.0 * (not _in_order(self.mentions))

    @property
    def outcome(self) -> tuple[str, str]:
        return (self.province, self.wards[0] if self.wards else "")


_RANK = {WARD: 0, DISTRICT: 1, PROVINCE: 2}


def _in_order(mentions: list[Mention]) -> bool:
    """Units read small to large left to right, or all the other way round."""
    if len(mentions) < 2:
        return True
    ordered = [_RANK[m.unit.level] for m in sorted(mentions, key=lambda m: m.start)]
    return ordered == sorted(ordered) or ordered == sorted(ordered, reverse=True)


@dataclass
class ParsedAddress:
    """What the parser read; ``to_dict`` is the JSON the expert, CLI and API return."""

    text: str
    province_code: str | None = None
    province: str | None = None
    ward_code: str | None = None
    ward: str | None = None
    old: dict[str, str | None] | None = None
    format: str = "unknown"
    street: str | None = None
    confidence: float = 0.0
    candidates: list[dict[str, Any]] = field(default_factory=list)
    split: list[dict[str, str]] = field(default_factory=list)  # other new wards of an old ward the reform split
    rule: str = "no-address"
    matched: list[dict[str, Any]] = field(default_factory=list)
    unexplained: list[str] = field(default_factory=list)  # parts that look like a unit but fit no reading

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "province_code": self.province_code, "province": self.province,
                "ward_code": self.ward_code, "ward": self.ward, "old": self.old, "format": self.format,
                "street": self.street, "confidence": self.confidence, "candidates": self.candidates,
                "split": self.split, "rule": self.rule, "matched": self.matched, "unexplained": self.unexplained}


def _spelling(span: "_Span", marked: str | None, *, marked_text: bool) -> tuple[str, float]:
    """How a name was matched and how well its spelling agrees with the unit's (``marked`` None: an alias)."""
    if marked is None:
        return "alias", 0.95
    if not marked_text:
        return "exact", 0.95
    if span.typed_name == marked:
        return "exact", 1.0
    # Marks that disagree ("Thanh" for "Thạnh"), or a name left unmarked in a text that has marks.
    return "exact", 0.8 if span.typed_name == fold(span.typed_name) else 0.6


class _Span:
    """What a run of tokens says about any unit it names: its type word, street context and extent."""

    __slots__ = ("start", "end", "typed_name", "marker", "marker_start", "numbered_type", "street", "whole")

    def __init__(self, tokens: list[Token], start: int, end: int) -> None:
        self.start, self.end = start, end
        self.typed_name = "".join(t.marked for t in tokens[start:end] if not t.in_type_word)
        marker = _marker_before(tokens, start)
        self.marker = tokens[marker].type_word if marker is not None else None
        self.marker_start = marker if marker is not None else start
        # Numbered units carry their type word inside the name ("Quận 1").
        type_word = tokens[start].type_word
        self.numbered_type = type_word[0] if type_word else None
        segment = tokens[start].segment
        self.whole = (self.marker_start == 0 or tokens[self.marker_start - 1].segment != segment) and \
            all(t.segment != segment or t.noise for t in tokens[end:])
        # A type word right before the name introduces a unit, whatever came before it; and "số nhà 201"
        # is not "Sơn Hà": a name that starts with a street word and is followed by a number is a street.
        self.street = (marker is None and _street_before(tokens, start)) or (
            is_street_cue(tokens[start]) and end < len(tokens) and tokens[end].segment == segment
            and tokens[end].is_number and not tokens[end].noise)

    def mention(self, unit: Unit, spelling: tuple[str, float]) -> Mention:
        if self.marker is not None:
            typed = _type_agreement(self.marker[0], self.marker[1], unit)
        else:
            typed = int(unit.level != WARD and self.numbered_type == unit.type)
        return Mention(unit, self.start, self.end, spelling[0], spelling[1], typed, self.street, self.marker_start,
                       self.whole)


class AddressParser:
    """Parses addresses against ``AdminTables``; build once, then ``parse`` many (thread-safe, no state)."""

    def __init__(self, tables: AdminTables) -> None:
        self.tables = tables
        self._names: dict[str, list[tuple[Unit, str | None]]] = defaultdict(list)
        self._wards_of_scope: dict[str, list[Unit]] = defaultdict(list)  # "p01", "od001", "op01" -> wards
        self._districts_of: dict[str, list[Unit]] = defaultdict(list)  # old province -> districts
        self._origins: dict[str, set[str]] = defaultdict(set)  # new ward -> old ward codes
        self._origin_districts: dict[str, set[str]] = defaultdict(set)
        self._origin_provinces: dict[str, set[str]] = defaultdict(set)
        self._fuzzy_keys: dict[str, dict[str, list[Unit]]] = {}
        self._fuzzy_longest: dict[str, int] = {}  # scope -> its longest name
        # scope -> key length -> the names within its edit limit of that length (``_fuzzy_window``)
        self._fuzzy_windows_of: dict[str, dict[int, list[str]]] = defaultdict(dict)
        dashed = sorted({fold(normalize(u.short)) for group in (tables.provinces, tables.wards, tables.old_provinces,
                                                               tables.old_districts, tables.old_wards)
                         for u in group.values() if " - " in u.short})
        self._dashed_names = re.compile("|".join(re.escape(d).replace(r"\ \-\ ", r"\s*[-–]\s*") for d in dashed)) \
            if dashed else None
        self._province_keys = {"new": {u.key for u in tables.provinces.values()},
                               "old": {u.key for u in tables.old_provinces.values()}}
        for group in (tables.provinces, tables.wards, tables.old_provinces, tables.old_districts, tables.old_wards):
            for unit in group.values():
                marked = re.sub(r"[\W_]", "", normalize(unit.short))  # as tokens join: no spaces, no dashes
                self._names[unit.key].append((unit, marked))
                for alias in unit.aliases:
                    self._names[alias].append((unit, None))
        for ward in tables.wards.values():
            self._wards_of_scope["p" + (ward.parent or "")].append(ward)
        for ward in tables.old_wards.values():
            district = tables.old_districts[ward.parent or ""]
            self._wards_of_scope["od" + district.code].append(ward)
            self._wards_of_scope["op" + (district.parent or "")].append(ward)
        for district in tables.old_districts.values():
            self._districts_of[district.parent or ""].append(district)
        for old_code, new_codes in tables.old_to_new.items():
            district_code = old_code[1:] if old_code.startswith("d") else tables.old_wards[old_code].parent or ""
            for new_code in new_codes:
                self._origins[new_code].add(old_code)
                self._origin_districts[new_code].add(district_code)
                self._origin_provinces[new_code].add(tables.old_districts[district_code].parent or "")

    # -- public -------------------------------------------------------------------------------------------

    def parse(self, text: str) -> ParsedAddress:
        """Read one address. Never raises on any string; unreadable input gives ``rule`` "no-address"."""
        if not isinstance(text, str) or not text.strip():
            return ParsedAddress(text if isinstance(text, str) else "", rule="empty")
        normalized, tokens = tokenize(text, self._dashed_names)
        mentions = self._exact_mentions(tokens, marked_text=any(t.has_marks for t in tokens))
        readings = self._readings(mentions)
        best = max(readings, key=lambda r: r.score, default=None)
        if best is None or not best.wards or not _supported(best) or self._unexplained(tokens, best):
            mentions += self._fuzzy_mentions(tokens, mentions, best)
            readings = self._readings(mentions)
        return self._result(text, normalized, tokens, readings)

    # -- step 1: mentions ---------------------------------------------------------------------------------

    def _exact_mentions(self, tokens: list[Token], *, marked_text: bool) -> list[Mention]:
        found: list[Mention] = []
        for i in range(len(tokens)):
            key = ""
            for j in range(i, min(i + MAX_NAME_TOKENS, len(tokens))):
                if tokens[j].segment != tokens[i].segment:
                    break
                key += tokens[j].key
                units = self._names.get(key)
                if units:
                    span = _Span(tokens, i, j + 1)
                    found += [span.mention(unit, _spelling(span, marked, marked_text=marked_text))
                              for unit, marked in units]
        return found

    def _fuzzy_mentions(self, tokens: list[Token], mentions: list[Mention], best: Reading | None) -> list[Mention]:
        """Typos, matched only against units consistent with what was read without them."""
        covered = {i for m in (best.mentions if best else ()) for i in range(m.marker_start, m.end)}
        runs = _runs(tokens, covered)
        scopes: list[str] = []
        for m in mentions:
            if m.unit.level == PROVINCE:
                scopes.append(("p" if m.unit.era == "new" else "op") + m.unit.code)
            elif m.unit.level == DISTRICT:
                scopes.append("od" + m.unit.code)
        found: list[Mention] = []
        if not any(m.unit.level == PROVINCE for m in mentions):
            found += self._fuzzy_in(tokens, runs, "provinces")
            scopes += [("p" if m.unit.era == "new" else "op") + m.unit.code for m in found]
        # each old province once, however often it was read: "ban ban ban …" reads one at every word
        for scope in dict.fromkeys(s for s in scopes if s.startswith("op")):
            found += self._fuzzy_in(tokens, runs, "d" + scope)
            scopes += ["od" + m.unit.code for m in found if m.unit.level == DISTRICT]
        for scope in dict.fromkeys(scopes):
            found += self._fuzzy_in(tokens, runs, scope)
        return found

    def _fuzzy_in(self, tokens: list[Token], runs: list[tuple[int, int]], scope: str) -> list[Mention]:
        choices = self._fuzzy_choices(scope)
        # An edit distance is at least the difference in length: a key longer than every name by more than the
        # most edits allowed (2) matches none, and neither does any longer key, so the span stops growing there.
        longest = self._fuzzy_longest[scope] + 2
        windows = self._fuzzy_windows_of[scope]
        found: list[Mention] = []
        for start, end in runs:
            for i in range(start, end):
                key = ""
                for j in range(i, min(i + MAX_NAME_TOKENS, end)):
                    key += tokens[j].key
                    if len(key) > longest:
                        break
                    if len(key) < 4 or tokens[j].is_number:
                        continue
                    # Swapped letters count once (OSA); two edits only for names long enough to stay distinct.
                    limit = 1 if len(key) <= 5 else 2
                    window = windows.get(len(key))
                    if window is None:
                        window = self._fuzzy_window(scope, len(key), limit)
                    hits = process.extract(key, window, scorer=OSA.distance, score_cutoff=limit, limit=8)
                    if not hits:  # most words are no typo of any name: nothing to read
                        continue
                    closest = min(hit[1] for hit in hits)
                    units = [unit for name, distance, _ in hits if 0 < distance == closest for unit in choices[name]]
                    if len(units) > 1 and any(t.has_marks for t in tokens[i:j + 1]):
                        # Names equal once folded ("Nghi Vạn", "Nghi Văn"): the typed marks decide.
                        typed = "".join(t.marked for t in tokens[i:j + 1])
                        gaps = [OSA.distance(typed, normalize(u.short).replace(" ", "")) for u in units]
                        units = [u for u, gap in zip(units, gaps) if gap == min(gaps)]
                    if units:
                        span = _Span(tokens, i, j + 1)
                        found += [span.mention(unit, ("fuzzy", 0.85 - 0.1 * closest)) for unit in units]
        return found

    def _fuzzy_choices(self, scope: str) -> dict[str, list[Unit]]:
        if scope not in self._fuzzy_keys:
            if scope == "provinces":
                units = [*self.tables.provinces.values(), *self.tables.old_provinces.values()]
            elif scope.startswith("dop"):
                units = self._districts_of[scope[3:]]
            else:
                units = self._wards_of_scope[scope]
            choices: dict[str, list[Unit]] = defaultdict(list)
            for unit in units:
                for key in (unit.key, *unit.aliases):
                    if len(key) >= 4:
                        choices[key].append(unit)
            self._fuzzy_longest[scope] = max(map(len, choices), default=0)
            self._fuzzy_keys[scope] = dict(choices)
        return self._fuzzy_keys[scope]

    def _fuzzy_window(self, scope: str, length: int, limit: int) -> list[str]:
        """The names of ``scope`` (``_fuzzy_choices``, in their order) within ``limit`` of ``length`` characters: an
        edit distance is at least the difference in length, so no other name is within ``limit`` edits of a key of
        that length. The same hits in the same order as over every name (ties keep the names' order). ``limit`` is
        a function of ``length`` (``_fuzzy_in``), so a window is kept per length."""
        windows = self._fuzzy_windows_of[scope]
        window = windows.get(length)
        if window is None:
            window = [name for name in self._fuzzy_choices(scope) if abs(len(name) - length) <= limit]
            windows[length] = window
        return window

    # -- step 2: readings ---------------------------------------------------------------------------------

    def _readings(self, mentions: list[Mention]) -> list[Reading]:
        t = self.tables
        wards: dict[str, list[Mention]] = defaultdict(list)  # by era
        provinces: dict[tuple[str, str], list[Mention]] = defaultdict(list)  # by (era, code)
        districts: dict[str, list[Mention]] = defaultdict(list)  # by code
        for m in mentions:
            if m.unit.level == WARD:
                wards[m.unit.era].append(m)
            elif m.unit.level == PROVINCE:
                provinces[(m.unit.era, m.unit.code)].append(m)
            else:
                districts[m.unit.code].append(m)
        readings: list[Reading] = []
        # A ward that nothing else in the address supports is worth reading only when nothing else (apart
        # from the same words read as another level) names a unit.
        context = [m for group in (*provinces.values(), *districts.values()) for m in group]

        def alone_ok(ward: Mention) -> bool:
            return all(m.overlaps(ward) for m in context)
        for w in wards["new"]:
            province = w.unit.parent or ""
            # Its province by its new name, or by the old name of a province it was (partly) made from.
            province_mentions = [*provinces.get(("new", province), ()), *(
                m for code in self._origin_provinces[w.unit.code] for m in provinces.get(("old", code), ()))]
            district_mentions = [m for code in self._origin_districts[w.unit.code] for m in districts.get(code, ())]
            if not province_mentions and not district_mentions and not alone_ok(w):
                continue
            p = _best(province_mentions, w)
            d = _best(district_mentions, w, p)
            if p is None and d is None and not alone_ok(w):
                continue
            used = [w, *[m for m in (p, d) if m is not None]]
            old = [m for m in used if m.unit.era == "old" and not self._in_both(m.unit)]
            # An old district or province around a new ward: possible ("mixed"), but a reading that holds
            # together in one era is likelier.
            readings.append(Reading(used, province, [w.unit.code], rule="new-hierarchy", penalty=0.5 * bool(old),
                                    old_district=next((m.unit for m in old if m.unit.level == DISTRICT), None),
                                    old_province=next((m.unit for m in old if m.unit.level == PROVINCE), None)))
        for w in wards["old"]:
            district = t.old_districts[w.unit.parent or ""]
            old_province = district.parent or ""
            province = t.province_old_to_new[old_province]
            province_mentions = [*provinces.get(("old", old_province), ()), *provinces.get(("new", province), ())]
            if not province_mentions and district.code not in districts and not alone_ok(w):
                continue
            d = _best(districts.get(district.code, []), w)
            p = _best(province_mentions, w, d)
            if p is None and d is None and not alone_ok(w):
                continue
            used = [w, *[m for m in (d, p) if m is not None]]
            readings.append(Reading(used, province, t.new_of_old_ward(w.unit.code), w.unit, district,
                                    t.old_provinces[old_province], rule="old-hierarchy",
                                    penalty=OLD_WITHOUT_DISTRICT * (d is None)))
        for d in (m for group in districts.values() for m in group):
            old_province = d.unit.parent or ""
            province = t.province_old_to_new[old_province]
            p = _best([*provinces.get(("old", old_province), ()), *provinces.get(("new", province), ())], d)
            used = [d, *[m for m in (p,) if m is not None]]
            readings.append(Reading(used, province, t.new_of_old_district(d.unit.code), None, d.unit,
                                    t.old_provinces[old_province], rule="district-only"))
        for p in (m for group in provinces.values() for m in group):
            code = p.unit.code if p.unit.era == "new" else t.province_old_to_new[p.unit.code]
            readings.append(Reading([p], code, [], old_province=p.unit if p.unit.era == "old" else None,
                                    rule="province-only"))
        return readings

    def _unexplained(self, tokens: list[Token], best: Reading) -> bool:
        """Whether some words look like a unit that was not recognised: words after the first unit read, or
        a whole part before it that has no house number or street word."""
        first = min(m.marker_start for m in best.mentions)
        covered = {i for m in best.mentions for i in range(m.marker_start, m.end)}
        plain_parts = {t.segment for t in tokens} - {t.segment for t in tokens if t.is_number or is_street_cue(t)}
        return any(i not in covered and (i > first or tokens[i].segment in plain_parts)
                   and not tokens[i].noise and not tokens[i].is_number and not tokens[i].in_type_word
                   for i in range(len(tokens)))

    # -- step 3: the answer -------------------------------------------------------------------------------

    def _result(self, text: str, normalized: str, tokens: list[Token], readings: list[Reading]) -> ParsedAddress:
        result = ParsedAddress(text)
        if not readings:
            return result
        readings.sort(key=lambda r: r.score, reverse=True)
        # Readings that lead to the same place pool their weight; the parts of a split ward are one place.
        weight: dict[tuple[str, str], float] = defaultdict(float)
        first: dict[tuple[str, str], Reading] = {}
        part_of: dict[tuple[str, str], tuple[str, str]] = {}  # a new ward -> the place it is pooled under
        for reading in readings:
            outcome = part_of.get(reading.outcome, reading.outcome)
            weight[outcome] += math.exp(_SHARPNESS * (reading.score - readings[0].score))
            if outcome not in first:
                first[outcome] = reading
                for code in reading.wards:
                    part_of.setdefault((reading.province, code), outcome)
        ranked = sorted(first, key=lambda o: weight[o], reverse=True)
        top = first[ranked[0]]
        # A province read alone does not compete with the wards read in it.
        rivals = [o for o in ranked if o == ranked[0] or o[1] or o[0] != top.province or not top.wards]
        share = weight[ranked[0]] / sum(weight[o] for o in rivals)
        province_share = sum(weight[o] for o in ranked if o[0] == top.province) / sum(weight.values())
        completeness = 1.0 if top.wards and _supported(top) else 0.65 if top.wards else 0.45
        quality = min(m.quality for m in top.mentions)
        split = 0.8 if len(top.wards) > 1 else 1.0
        unexplained, stray_words, typed = _unexplained_parts(normalized, tokens, top)
        # A unit named with its type that fits no reading contradicts the reading; other stray words blur it,
        # the more of them the more ("gần chợ" a little, a sentence about something else a lot).
        doubt = (UNEXPLAINED_UNIT if typed else 1.0) * max(UNEXPLAINED_FLOOR, 1 - UNEXPLAINED_WORD * stray_words)
        confidence = share * completeness * quality * split * doubt
        result.unexplained = unexplained

        t = self.tables
        total = sum(weight[o] for o in rivals)
        groups = [self._candidate(first[o], weight[o] / total if o in rivals else 0.0) for o in ranked[:5]]
        # Readings with no weight left are not worth showing (keep the best one even then).
        result.candidates = [c for group in groups for c in group if c["score"] > 0][:8] or groups[0][:1]
        result.matched = [{"text": normalized[tokens[m.start].start:tokens[m.end - 1].end], "level": m.unit.level,
                           "era": m.unit.era, "code": m.unit.code, "how": m.how}
                          for m in sorted(top.mentions, key=lambda m: m.start)]
        if province_share < ABSTAIN_BELOW:
            result.rule, result.confidence = "ambiguous", round(confidence, 3)
            return result
        province = t.provinces[top.province]
        result.province_code, result.province = province.code, province.name
        needed = ABSTAIN_BELOW if _supported(top) else NAME_ONLY_SHARE
        if top.wards and share >= needed and confidence >= ABSTAIN_BELOW / 2:
            ward = t.wards[top.wards[0]]
            result.ward_code, result.ward = ward.code, ward.name
            result.rule, result.confidence = _rule(top), round(confidence, 3)
            result.split = [{"ward_code": code, "ward": t.wards[code].name} for code in top.wards[1:]]
        else:  # the province is certain, the ward is not
            result.rule = "ambiguous-ward" if top.wards else _rule(top)
            result.confidence = round(province_share * 0.45 * doubt, 3)
        result.format = self._format(top)
        if result.format in ("old", "mixed"):
            result.old = _old_units(top)
        result.street = _street(normalized, tokens, top)
        return result

    def _candidate(self, reading: Reading, share: float) -> list[dict[str, Any]]:
        """One candidate per new ward a reading leads to (several for a split ward, the default first)."""
        t = self.tables
        codes = reading.wards or [""]
        return [{"province_code": reading.province, "province": t.provinces[reading.province].name,
                 "ward_code": code or None, "ward": t.wards[code].name if code else None,
                 "score": round(share / (1 + rank), 3), "rule": _rule(reading),
                 "split_default": len(codes) > 1 and rank == 0} for rank, code in enumerate(codes)]

    def _format(self, reading: Reading) -> str:
        """Old, new or mixed, from which map each unit read belongs to.

        A province name is evidence only where the maps differ: "Bình Dương" is old, and "Tây Ninh" is new
        when the ward read was in Long An before 2025."""
        province = next((m.unit for m in reading.mentions if m.unit.level == PROVINCE), None)
        if reading.rule == "province-only" and province is not None:
            if self._in_both(province):
                return "unknown"
            return province.era
        if reading.rule == "new-hierarchy":
            old = any(m.unit.level == DISTRICT for m in reading.mentions) or (
                province is not None and province.key != self.tables.provinces[reading.province].key)
            return "mixed" if old else "new"
        old_province = reading.old_province
        new = province is not None and old_province is not None and province.key != old_province.key
        return "mixed" if new else "old"

    def _in_both(self, unit: Unit) -> bool:
        """Whether a province has a same-named twin in the other map (then its name is no evidence of era)."""
        return unit.level == PROVINCE and unit.key in self._province_keys["old" if unit.era == "new" else "new"]


def _best(candidates: list[Mention], *used: Mention | None) -> Mention | None:
    fits = [c for c in candidates if all(u is None or not c.overlaps(u) for u in used)]
    return max(fits, key=lambda m: m.score, default=None)


def _supported(reading: Reading) -> bool:
    return len(reading.mentions) > 1


def _type_agreement(unit_type: str, levels: frozenset[str], unit: Unit) -> int:
    """+1 when the type word is the unit's type, -1 when it cannot introduce such a unit, 0 in between.

    In between: a type the unit had before or may have soon ("xã" for a commune that became a "phường",
    "thị xã" for a town that became a city); "thành phố" before a "tỉnh" is a contradiction."""
    if unit.level not in levels:
        return -1
    if unit_type == unit.type:
        return 1
    return -1 if unit.level == PROVINCE and unit_type == "Thành phố" else 0


def _marker_before(tokens: list[Token], start: int) -> int | None:
    for length in (2, 1):
        i = start - length
        if i >= 0 and tokens[i].type_word is not None and tokens[i].type_len == length \
                and tokens[i].segment == tokens[start].segment:
            return i
    return None


def _street_before(tokens: list[Token], start: int) -> bool:
    """Whether a street cue or a house number comes shortly before, in the same part, with no type word between."""
    for i in range(start - 1, max(start - 1 - STREET_REACH, -1), -1):
        before = tokens[i]
        if before.segment != tokens[start].segment or before.in_type_word:
            return False
        if is_street_cue(before):
            return True
        if before.is_number or any(ch.isdigit() for ch in before.key):
            return _marker_before(tokens, i) is None  # "Phường 12 Bến Nghé": 12 is not a house number
    return False


def _runs(tokens: list[Token], covered: set[int]) -> list[tuple[int, int]]:
    """Maximal runs of uncovered, non-type-word tokens within one segment."""
    runs: list[tuple[int, int]] = []
    start = None
    for i, token in enumerate(tokens):
        free = i not in covered and not token.in_type_word and not token.noise
        if start is not None and (not free or token.segment != tokens[start].segment):
            runs.append((start, i))
            start = None
        if free and start is None:
            start = i
    if start is not None:
        runs.append((start, len(tokens)))
    return runs


def _unexplained_parts(normalized: str, tokens: list[Token], reading: Reading) -> tuple[list[str], int, bool]:
    """The comma-separated parts with no house number or street word (so not the street, wherever it is written)
    holding words the reading does not explain, how many such words there are, and whether one of the parts
    names a unit with its type ("huyện Tân Hòa")."""
    covered = {i for m in reading.mentions for i in range(m.marker_start, m.end)}
    plain_parts = {t.segment for t in tokens} - {t.segment for t in tokens if t.is_number or is_street_cue(t)}
    stray: dict[int, list[int]] = defaultdict(list)
    for i, token in enumerate(tokens):
        if i not in covered and token.segment in plain_parts and not (token.noise or token.in_type_word):
            stray[token.segment].append(i)
    typed = False
    parts = []
    for segment, indexes in stray.items():
        start = min(i for i, t in enumerate(tokens) if t.segment == segment and i not in covered)
        typed = typed or any(tokens[i].type_word is not None for i in range(start, max(indexes)))
        parts.append(normalized[tokens[start].start:tokens[max(indexes)].end])
    return parts, sum(len(indexes) for indexes in stray.values()), typed


def _old_units(reading: Reading) -> dict[str, str | None]:
    w, d, p = reading.old_ward, reading.old_district, reading.old_province
    return {"province_code": p.code if p else None, "province": p.name if p else None,
            "district_code": d.code if d else None, "district": d.name if d else None,
            "ward_code": w.code if w else None, "ward": w.name if w else None}


def _street(normalized: str, tokens: list[Token], reading: Reading) -> str | None:
    """The words before the first unit (or after the last one, when the address is written large to small)."""
    first = min(reading.mentions, key=lambda m: m.marker_start)
    last = max(reading.mentions, key=lambda m: m.end)
    reversed_order = first.unit.level == PROVINCE and len(reading.mentions) > 1
    if reversed_order:
        rest = [t for t in tokens[last.end:] if not t.noise]
        text = normalized[rest[0].start:rest[-1].end] if rest else ""
    else:
        before = tokens[:first.marker_start]
        text = normalized[before[0].start:before[-1].end] if before else ""
    text = text.strip(" ,;-.")
    return text or None


def _rule(reading: Reading) -> str:
    rule = reading.rule
    if any(m.how == "fuzzy" for m in reading.mentions):
        rule += "+typo"
    if len(reading.wards) > 1:
        rule += "+split-default"
    if reading.wards and not _supported(reading):
        rule += "+name-only"
    return rule
