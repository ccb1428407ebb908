"""Fit the gate's learned person signal (``luytre.sovereignty.person_model``) on the open privacy sets; write JSON.

Reads every open labelled privacy set (``tests/data/privacy/dev.jsonl``, ``test.jsonl`` and each folder's
``questions.jsonl``), skipping every folder that holds a ``BLIND`` file without reading it. Fits a logistic
regression on ``person_model.features`` predicting ``personal_data``, on the questions with no identifier labelled
(identifiers are the scanner's).

The threshold is chosen by leave-one-set-out: for each open set a model fitted on the others scores it, and the
gate (``bench/privacy.py``'s decisions and scoring) is run on it with the rules alone and with the model's signal
added where the rules saw none. Per threshold, per set: personal questions forwarded raw to the peer (``leak
peer``) and public questions not forwarded raw (``not fwd raw``). The threshold kept is the lowest whose extra
not-forwarded-raw share stays within ``--max-extra`` on the pooled sets and ``--max-extra-set`` on every set;
the table is printed. Then the model is fitted on every open set and written to
``src/luytre/sovereignty/data/person_signal.json`` (checked against scikit-learn's own probabilities).

    PYTHONPATH=src python bench/fit_person_signal.py [--dry-run] [--threshold T [--plain P] [--skip-loso]] [--topic]
                                                      [--leave-out blind12 --out PATH]

The committed file was written with ``--threshold 0.55 --plain 0.8`` (privacy21; 0.8 beside a topic only before):
``categorize`` now asks the model on every question, at ``threshold`` where the lexicon reads a topic or a word that
may be one and at ``threshold_plain`` elsewhere (slang, English, a topic no lexicon holds). Chosen from the
leave-one-set-out table over every open set: pooled extra not-forwarded-raw about 0.6 pp, no set above 0.11, and
blind19's three leaks in slang or English caught by models that never saw it; 0.5 flagged more first-run leaks
(70/87 against 64/87 at 0.6) but kept anonymous questions of the form "kiểm tra giúp tôi mã số thuế công ty".

``--topic`` fits the learned topic signal (``person_model.topic_model``: same features, ``sensitive_topic`` set, on
every question, identifiers included) and prints its leave-one-set-out table; with ``--threshold T`` it writes
``data/topic_signal.json``. ``categorize`` asks it only where a person is or may be, with values a redaction would
hide, and the lexicon reads no topic: it adds a possible topic, so the text stays on the node even redacted. Written
with ``--threshold 0.4``. Held out, only 0.3 caught blind19's hit-and-run ("xe <plate> tông tui rồi chạy"), but 0.3
kept about a fifth of the open sets' redacted forwards of personal questions on the node (946 -> 759) and the
account-locked questions test_privacy_fail_closed forwards redacted; 0.4 keeps 35 of 946 and closes that leak only
in-sample. It never costs a public question (asked only beside a person).

``--leave-out`` fits without that set (and writes to ``--out``), so ``bench/privacy.py --file`` can measure a
model that never saw it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from luytre.sovereignty import person_model  # noqa: E402
from privacy import DATA, gate_decisions, load, score  # noqa: E402 - after the sys.path entry

OUT = person_model.MODEL
MIN_DF = 2
C = 4.0
THRESHOLDS = [round(t, 2) for t in (*np.arange(0.30, 0.90, 0.05), 0.9, 0.92, 0.94, 0.96)]


def open_sets() -> dict[str, list[dict]]:
    sets = {"dev": load(DATA / "dev.jsonl"), "test": load(DATA / "test.jsonl")}
    for folder in sorted(p for p in DATA.iterdir() if p.is_dir()):
        if (folder / "BLIND").exists():  # blind: not read
            continue
        if (folder / "questions.jsonl").exists():
            sets[folder.name] = load(folder / "questions.jsonl")
    return sets


def fit(rows: list[dict], topic: bool = False) -> tuple[dict[str, float], float, object, list[str]]:
    """The person signal (``personal_data``) or, with ``topic``, the topic signal (``sensitive_topic`` set)."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    # Identifiers are the scanner's: fitted on questions with none labelled, the model learns what a disclosure says,
    # not the words that stand next to a number ("kiểm tra giúp tôi mã số thuế …"). The topic signal is asked about
    # texts with a person, identifiers included ("xe 30A-123.45 tông tui rồi chạy"): fitted on every question
    rows = [r for r in rows if topic or not r["identifiers"]]
    docs = [person_model.features(r["query"]) for r in rows]
    df: dict[str, int] = {}
    for doc in docs:
        for f in doc:
            df[f] = df.get(f, 0) + 1
    vocab = sorted(f for f, n in df.items() if n >= MIN_DF)
    index = {f: i for i, f in enumerate(vocab)}
    matrix = _matrix(docs, index, csr_matrix)
    labels = np.array([bool(r["sensitive_topic"] if topic else r["personal_data"]) for r in rows], dtype=int)
    clf = LogisticRegression(C=C, solver="liblinear", max_iter=1000, random_state=0)
    clf.fit(matrix, labels)
    weights = {f: round(float(w), 5) for f, w in zip(vocab, clf.coef_[0], strict=True) if abs(w) >= 1e-5}
    return weights, round(float(clf.intercept_[0]), 6), clf, vocab


def _matrix(docs: list[set[str]], index: dict[str, int], csr_matrix: type):  # type: ignore[no-untyped-def]
    data, cols, ptr = [], [], [0]
    for doc in docs:
        known = sorted(index[f] for f in doc if f in index)
        value = 1.0 / np.sqrt(max(1, len(doc)))  # as person_model: over all the text's features, known or not
        cols += known
        data += [value] * len(known)
        ptr.append(len(cols))
    return csr_matrix((data, cols, ptr), shape=(len(docs), len(index)))


def decisions(rows: list[dict], forced: bool) -> tuple[list[dict], dict[str, bool]]:
    """The gate's decisions with the model's hook answering ``forced`` for every question, and per question whether
    the hook was asked with a topic read (``topical``; absent: the rules saw a person, the hook was not asked)."""
    saved = person_model.flags
    asked: dict[str, bool] = {}
    current = [""]

    def hook(text: str, topical: bool = True) -> bool:
        asked[current[0]] = asked.get(current[0], False) or topical
        return forced and person_model.consulted(text)

    person_model.flags = hook  # type: ignore[assignment]
    try:
        return gate_decisions(rows, lambda row: current.__setitem__(0, row["id"])), asked
    finally:
        person_model.flags = saved  # type: ignore[assignment]


def topic_decisions(rows: list[dict], forced: bool) -> tuple[list[dict], dict[str, bool]]:
    """The gate's decisions with the topic signal's hook answering ``forced``, and the questions it was asked on."""
    saved = person_model.topic_flags
    asked: dict[str, bool] = {}
    current = [""]

    def hook(text: str) -> bool:
        asked[current[0]] = True
        return forced

    person_model.topic_flags = hook  # type: ignore[assignment]
    try:
        return gate_decisions(rows, lambda row: current.__setitem__(0, row["id"])), asked
    finally:
        person_model.topic_flags = saved  # type: ignore[assignment]


def topic_loso(sets: dict[str, list[dict]]) -> dict[str, dict]:
    """Per open set: the topic signal fitted on the others scores it; the gate (with the person signal on disk) with
    the topic hook off and forced on, and where it was asked (``topical``: every question asked counts as one)."""
    out = {}
    for name, rows in sets.items():
        weights, intercept, _, _ = fit([r for other, rs in sets.items() if other != name for r in rs], topic=True)
        held = person_model.PersonModel(weights, intercept, 0.5)
        probs = {r["id"]: held.probability(r["query"]) for r in rows}
        (off, asked), (on, _) = topic_decisions(rows, False), topic_decisions(rows, True)
        out[name] = {"rows": rows, "probs": probs, "off": off, "on": on, "topical": asked}
        print(f"  {name}: topic signal scored {len(rows)}, asked on {len(asked)}", file=sys.stderr)
    return out


def print_topic_table(results: dict[str, dict]) -> None:
    """Per threshold: leaks to the peer and public questions not forwarded raw, pooled, and per set at 0.5."""
    base = {name: measure(held, None) for name, held in results.items()}
    print("topic signal, leave-one-set-out: threshold, leaks to the peer (rules alone: "
          f"{sum(b['leak'] for b in base.values())}), not forwarded raw (rules alone: "
          f"{sum(b['nfr'] for b in base.values())}), refused ({sum(b['refused'] for b in base.values())})")
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        m = {name: measure(held, t, t) for name, held in results.items()}
        print(f"  {t:.1f}: leaks {sum(x['leak'] for x in m.values())}, not fwd raw {sum(x['nfr'] for x in m.values())}"
              f", refused {sum(x['refused'] for x in m.values())}; sets with a leak caught: "
              f"{[n for n in m if m[n]['leak'] < base[n]['leak']]}")


def write_topic(rows: list[dict], threshold: float, fitted_on: list[str]) -> None:
    weights, intercept, _, _ = fit(rows, topic=True)
    payload = {"about": "luytre topic signal: logistic regression on person_model.features predicting a sensitive "
                        "topic; see bench/fit_person_signal.py --topic", "fitted_on": fitted_on, "n": len(rows),
               "min_df": MIN_DF, "C": C, "threshold": threshold, "intercept": intercept,
               "weights": dict(sorted(weights.items()))}
    path = person_model.TOPIC_MODEL
    path.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {path} ({len(weights)} weights, threshold {threshold})")


def loso(sets: dict[str, list[dict]]) -> dict[str, dict]:
    out = {}
    for name, rows in sets.items():
        train = [r for other, rs in sets.items() if other != name for r in rs]
        weights, intercept, _, _ = fit(train)
        held = person_model.PersonModel(weights, intercept, 0.5)
        probs = {r["id"]: held.probability(r["query"]) for r in rows}
        (off, topical), (on, _) = decisions(rows, False), decisions(rows, True)
        out[name] = {"rows": rows, "probs": probs, "off": off, "on": on, "topical": topical}
        print(f"  {name}: fitted on {len(train)}, scored {len(rows)}", file=sys.stderr)
    return out


def measure(held: dict, threshold: float | None, plain: float = 1.01) -> dict:
    """``threshold`` where the hook was asked with a topic read, ``plain`` elsewhere."""
    rows, probs, topical = held["rows"], held["probs"], held["topical"]
    if threshold is None:
        chosen = held["off"]
    else:
        chosen = [on if r["id"] in topical and probs[r["id"]] >= (threshold if topical[r["id"]] else plain) else off
                  for r, off, on in zip(rows, held["off"], held["on"], strict=True)]
    report = score(rows, chosen)
    return {"nfr": len(report["errors"]["not_forwarded_raw"]), "forwardable": report["counts"]["forwardable"],
            "leak": len(report["errors"]["leak_peer"]), "refused": len(report["errors"]["refused"])}


def choose(results: dict[str, dict], max_extra: float, max_extra_set: float,
           given: float | None = None, plain: float | None = None) -> tuple[float, dict]:
    """The threshold (and the same where no topic is read, unless ``plain`` is given) from the LOSO table."""
    table = {}
    for t in sorted({*THRESHOLDS, *([given] if given is not None else [])}):
        table[t] = {name: measure(held, t, t if plain is None else plain) for name, held in results.items()}
    base = {name: measure(held, None) for name, held in results.items()}
    if given is not None:
        return given, {"base": base, "chosen": table[given], "table": table}
    fwd = sum(b["forwardable"] for b in base.values())
    for t in THRESHOLDS:  # lowest first: most caught
        extra_pooled = sum(table[t][n]["nfr"] - base[n]["nfr"] for n in base) / fwd
        extra_set = max((table[t][n]["nfr"] - base[n]["nfr"]) / max(1, base[n]["forwardable"]) for n in base)
        if extra_pooled <= max_extra and extra_set <= max_extra_set:
            return t, {"base": base, "chosen": table[t], "table": table}
    return THRESHOLDS[-1], {"base": base, "chosen": table[THRESHOLDS[-1]], "table": table}


def print_table(name_order: list[str], base: dict, chosen: dict, threshold: float, plain: float) -> None:
    print(f"leave-one-set-out, threshold {threshold} (where no topic is read: {plain})")
    print(f"{'set':12}{'n fwd':>7}{'nfr rules':>10}{'nfr +model':>11}{'extra pp':>9}{'leak rules':>11}"
          f"{'leak +model':>12}{'caught':>7}")
    tot = {"f": 0, "b": 0, "c": 0, "lb": 0, "lc": 0}
    for name in name_order:
        b, c = base[name], chosen[name]
        extra = 100 * (c["nfr"] - b["nfr"]) / max(1, b["forwardable"])
        print(f"{name:12}{b['forwardable']:>7}{b['nfr']:>10}{c['nfr']:>11}{extra:>9.1f}{b['leak']:>11}{c['leak']:>12}"
              f"{b['leak'] - c['leak']:>7}")
        tot["f"] += b["forwardable"]
        tot["b"] += b["nfr"]
        tot["c"] += c["nfr"]
        tot["lb"] += b["leak"]
        tot["lc"] += c["leak"]
    print(f"{'all':12}{tot['f']:>7}{tot['b']:>10}{tot['c']:>11}{100 * (tot['c'] - tot['b']) / tot['f']:>9.1f}"
          f"{tot['lb']:>11}{tot['lc']:>12}{tot['lb'] - tot['lc']:>7}")


# The gate's first run on a set before its rules were fitted on it (bench/privacy-*.json, with its errors): what the
# model fitted without that set would have added to the rules of that day.
FIRST_RUNS = {"test": "privacy-test-first-run.json", "blind3": "privacy-blind3-before-d622280.json",
              "blind4": "privacy-blind4-before-v5.json", "blind9": "privacy-blind9-first-run.json"}


def print_first_runs(results: dict[str, dict], threshold: float) -> None:
    """Per set with a first-run report: its leaks to the peer the held-out model flags (an upper bound on the
    leaks it would have closed: a flagged question leaves at most redacted, and a sensitive one not at all), and
    the public questions that run forwarded raw that the model would have kept (extra not forwarded raw)."""
    print(f"first runs (rules before they saw the set), held-out model at {threshold}")
    print(f"{'set':12}{'leaks':>7}{'flagged':>8}{'fwd raw':>8}{'kept':>6}{'extra pp':>9}")
    for name, file in FIRST_RUNS.items():
        if name not in results:
            continue
        errors = json.loads((Path(__file__).parent / file).read_text(encoding="utf-8"))["luytre"]["errors"]
        rows, probs = results[name]["rows"], results[name]["probs"]
        leaks = set(errors["leak_peer"])
        flagged = sum(probs[i] >= threshold for i in leaks)
        raw = [r["id"] for r in rows if r["may_forward_raw"] and r["id"] not in set(errors["not_forwarded_raw"])]
        kept = sum(probs[i] >= threshold for i in raw)
        forwardable = sum(r["may_forward_raw"] for r in rows)
        print(f"{name:12}{len(leaks):>7}{flagged:>8}{len(raw):>8}{kept:>6}{100 * kept / forwardable:>9.1f}")


# The commit of main when each set was still unread by the rules (its first run, or the commit that opened it).
REPLAYS = {"test": "2d353b3", "blind3": "d622280", "blind9": "2ec709a", "blind10": "8094762", "blind11": "aecbb2e",
           "blind12": "e91f64c", "blind13": "e91f64c"}


def replay(sets: dict[str, list[dict]], thresholds: list[float]) -> None:
    """The gate of the commit before each set's rules were fitted on it (``REPLAYS``), run on that set from its
    source (``bench/privacy.py``'s baseline machinery); per threshold, its leaks forwarded raw that a model fitted
    without the set would have kept on the node (flagged, on words that are or may be about a topic, as
    ``categorize`` asks it), and its public questions forwarded raw that the model would have kept."""
    import privacy
    from luytre.sovereignty.categories import UNREAD, doubtful_topics, sensitive_topics

    for name, commit in REPLAYS.items():
        rows = sets[name]
        privacy.BASELINE_COMMIT = commit
        old = {d["id"]: d for d in privacy.baseline_decisions(rows)}
        report = score(rows, list(old.values()))
        weights, intercept, _, _ = fit([r for other, rs in sets.items() if other != name for r in rs])
        held = person_model.PersonModel(weights, intercept, 0.5)
        probs = {r["id"]: held.probability(r["query"]) if person_model.consulted(r["query"]) and (
                 sensitive_topics(r["query"]) or doubtful_topics(r["query"]) - {UNREAD}) else 0.0 for r in rows}
        raw = [i for i in report["errors"]["leak_peer"] if old[i]["forward"] == "allow"]
        public_raw = [r["id"] for r in rows if r["may_forward_raw"] and old[r["id"]]["forward"] == "allow"]
        forwardable = sum(r["may_forward_raw"] for r in rows)
        for t in thresholds:
            kept = sum(probs[i] >= t for i in public_raw)
            print(f"{name:9} gate {commit} t={t}: leaks {len(report['errors']['leak_peer'])}, raw {len(raw)}, "
                  f"raw kept by the model {sum(probs[i] >= t for i in raw)}; public kept {kept} "
                  f"(+{100 * kept / forwardable:.1f} pp)", flush=True)


def write(rows: list[dict], threshold: float, plain: float, path: Path, fitted_on: list[str]) -> None:
    weights, intercept, clf, vocab = fit(rows)
    model = person_model.PersonModel(weights, intercept, threshold, plain)
    from scipy.sparse import csr_matrix

    sample = [r for r in rows if not r["identifiers"]][:300]
    index = {f: i for i, f in enumerate(vocab)}
    expected = clf.predict_proba(_matrix([person_model.features(r["query"]) for r in sample], index,  # type: ignore[attr-defined]
                                         csr_matrix))[:, 1]
    got = np.array([model.probability(r["query"]) for r in sample])
    assert np.max(np.abs(expected - got)) < 1e-3, np.max(np.abs(expected - got))
    payload = {"about": "luytre person signal: logistic regression on person_model.features; see "
                        "bench/fit_person_signal.py", "fitted_on": fitted_on,
               "n": sum(not r["identifiers"] for r in rows), "min_df": MIN_DF,
               "C": C, "threshold": threshold, "threshold_plain": plain, "intercept": intercept,
               "weights": dict(sorted(weights.items()))}
    path.write_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {path} ({len(weights)} weights, threshold {threshold}, where no topic is read {plain})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="print the LOSO table, write nothing")
    parser.add_argument("--threshold", type=float, help="use this threshold instead of the LOSO choice (the LOSO "
                        "table is printed for it)")
    parser.add_argument("--plain", type=float, help="the threshold where the lexicon reads no topic (default: the "
                        "same as --threshold or the LOSO choice)")
    parser.add_argument("--topic", action="store_true", help="fit the topic signal (with --threshold T: write it)")
    parser.add_argument("--skip-loso", action="store_true", help="no LOSO table (needs --threshold)")
    parser.add_argument("--max-extra", type=float, default=0.02)
    parser.add_argument("--max-extra-set", type=float, default=0.03)
    parser.add_argument("--replay", action="store_true", help="replay the gates of the sets' first runs (slow)")
    parser.add_argument("--leave-out", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, default=OUT, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.replay:
        replay(open_sets(), [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93])
        return
    if args.topic:
        sets = open_sets()
        if not args.skip_loso:
            print_topic_table(topic_loso(sets))
        if args.threshold is not None and not args.dry_run:
            write_topic([r for rs in sets.values() for r in rs], args.threshold, list(sets))
        return
    if args.skip_loso and args.threshold is None:
        parser.error("--skip-loso needs --threshold")
    sets = open_sets()
    threshold = args.threshold
    if not args.skip_loso:
        results = loso(sets)
        threshold, found = choose(results, args.max_extra, args.max_extra_set, args.threshold, args.plain)
        print_table(list(sets), found["base"], found["chosen"], threshold,
                    threshold if args.plain is None else args.plain)
        print("per threshold (all sets): extra not-fwd-raw pp / leaks caught")
        fwd = sum(b["forwardable"] for b in found["base"].values())
        for t, per in found["table"].items():
            extra = sum(per[n]["nfr"] - found["base"][n]["nfr"] for n in per) / fwd
            caught = sum(found["base"][n]["leak"] - per[n]["leak"] for n in per)
            print(f"  {t:.2f}: {100 * extra:5.2f} pp  caught {caught}")
        for t in sorted({threshold, 0.6, 0.8, 0.9}):
            print_first_runs(results, t)
    if args.dry_run:
        return
    kept = {n: rs for n, rs in sets.items() if n != args.leave_out}
    assert threshold is not None
    write([r for rs in kept.values() for r in rs], threshold, threshold if args.plain is None else args.plain,
          args.out, list(kept))


if __name__ == "__main__":
    main()
