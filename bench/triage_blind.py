"""Triage quality on a blind complaint set (tests/data/triage/blind2.jsonl by default; see README.md there).

Run::

    python bench/triage_blind.py [--set PATH] [--package DIR]   # the full run
    python bench/triage_blind.py --package DIR --write           # figures of the package into the READMEs
    python bench/triage_blind.py --package DIR --check           # exit 1 when the READMEs differ from them

The full run builds vn-health-triage from experts/ as `luytre demo` does (or opens ``--package``), installs it
with vn-identity in a fresh node home, and asks every complaint twice: to the expert directly (its decision, as
the package metrics measure it at build time) and over HTTP to a node on 127.0.0.1 (routing included: a
complaint the router does not send to triage gets no triage answer at all). The set's own codes are read
through the manifest's ``measure_on`` entry for it (``label_map``, ``focus_field``), as the build reads them.

Figures: red-flag recall, self-harm recall (and whether the self-harm answer itself was shown), emergency text
shown for non-emergencies, false alarms on denied red flags (when the set marks them), department accuracy,
each with and without diacritics. There is no peer: the set measures quality, not speed.

``--write``/``--check`` take the README figures from the package's ``metrics`` only, so the figures README.md
and bench/README.md quote are the ones `luytre expert info vn-health-triage` shows, never typed by hand.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).parent))
from _common import ROOT, TRIAGE, node_process, triage_home

BLIND = ROOT / "tests" / "data" / "triage" / "blind2.jsonl"
EMERGENCY = "cap_cuu"
READMES = {"en": ROOT / "README.md", "vi": ROOT / "README.md", "bench": ROOT / "bench" / "README.md"}


def measure_entry(path: Path) -> dict:
    """The manifest's ``measure_on`` entry for ``path`` (its label column, code map and name)."""
    from luytre.experts.sources import read_toml

    entries = read_toml(TRIAGE / "manifest.toml").get("classifier", {}).get("measure_on", [])
    for entry in entries:
        if (TRIAGE / entry["path"]).resolve() == path.resolve():
            return entry
    return {"path": str(path), "label_field": "department"}


# -- the full run ------------------------------------------------------------------------------------------------
def share(hits: list[bool]) -> str:
    return f"{sum(hits) / len(hits):.3f} ({sum(hits)}/{len(hits)})" if hits else "-"


def truth(row: dict, entry: dict) -> tuple[str, bool]:
    """The expected label in the expert's codes, and whether the row is an emergency."""
    focus = entry.get("focus_field")
    emergency = bool(row[focus]) if focus else row[entry.get("label_field", "label")] == EMERGENCY
    label = row[entry.get("label_field", "label")]
    return (EMERGENCY if emergency else entry.get("label_map", {}).get(label, label)), emergency


def figures(rows: list[dict], answers: list[dict | None], entry: dict) -> dict[str, str]:
    """``answers``: the expert's result per row, or None when no triage answer came."""
    label = [a["label"] if a else None for a in answers]
    family = [a.get("family") if a else None for a in answers]
    expected = [truth(r, entry) for r in rows]
    red = [i for i, (_, emergency) in enumerate(expected) if emergency]
    harm = [i for i, r in enumerate(rows) if r.get("self_harm")]
    calm = [i for i, (_, emergency) in enumerate(expected) if not emergency]
    denied = [i for i, r in enumerate(rows) if r.get("negated_red_flag")]
    result = {
        "red-flag recall": share([label[i] == EMERGENCY for i in red]),
        "self-harm recall": share([label[i] == EMERGENCY for i in harm]),
        "self-harm answer shown": share([family[i] == "self_harm" for i in harm]),
        "emergency text, non-emergencies": share([label[i] == EMERGENCY for i in calm]),
        "department accuracy": share([label[i] == expected[i][0] for i in range(len(rows))]),
        "department accuracy, non-emergencies": share([label[i] == expected[i][0] for i in calm]),
        "no triage answer": share([a is None for a in answers]),
    }
    if denied:
        result["emergency text, denied red flags"] = share([label[i] == EMERGENCY for i in denied])
    return result


def full_run(path: Path, built: str | None) -> None:
    from luytre.experts.package import ExpertPackage
    from luytre.kinds.classifier import ClassifierKind

    entry = measure_entry(path)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    home = None if built else triage_home()
    package = ExpertPackage.open(Path(built) if built else home.parent / "vn-health-triage")
    expert = ClassifierKind().load(package)
    direct = [expert.answer(r["text"]).result for r in rows]
    sources = [("expert", direct)]
    if home is not None:  # with --package DIR (an already built package) the node run is skipped
        node = node_process(home)
        try:
            routed = []
            for r in rows:
                body = httpx.post(node.url + "/v1/ask", json={"query": r["text"]}, timeout=30).json()
                routed.append(body["result"] if body.get("expert") == "vn-health-triage" else None)
        finally:
            node.stop()
        sources.append(("node /v1/ask (routing included)", routed))

    groups = {"all": range(len(rows)),
              "with diacritics": [i for i, r in enumerate(rows) if not r["text"].isascii()],
              "without diacritics": [i for i, r in enumerate(rows) if r["text"].isascii()]}
    print(f"Triage on {path.relative_to(ROOT)}: {len(rows)} complaints")
    for source, answers in sources:
        print(f"\n{source}")
        table = {name: figures([rows[i] for i in idx], [answers[i] for i in idx], entry)
                 for name, idx in groups.items()}
        print(f"{'':40}" + "".join(f"{name:>22}" for name in table))
        for metric in table["all"]:
            print(f"{metric:40}" + "".join(f"{table[name].get(metric, '-'):>22}" for name in table))
    expected = [truth(r, entry) for r in rows]
    family_field = "family" if "family" in rows[0] else "red_flag_family"
    misses = [str(r.get(family_field)) for r, d, (_, e) in zip(rows, direct, expected) if e and d["label"] != EMERGENCY]
    alarms = [str(r[entry.get("label_field", "label")]) for r, d, (_, e) in zip(rows, direct, expected)
              if not e and d["label"] == EMERGENCY]
    wrong = [(label, d["label"]) for d, (label, e) in zip(direct, expected) if not e and d["label"] != label]
    print(f"\nred flags the expert missed, by family: {sorted(misses)}")
    print(f"emergency text shown to non-emergencies, by the set's department: {sorted(alarms)}")
    print(f"non-emergencies sent to another department (expected, given): {sorted(wrong)}")
    print("\npackage metrics, measured at build time:")
    for m in package.manifest.metrics:
        print(f"  {m.name:34} {m.value:>9} n={m.n:<4} {m.dataset}")


# -- README figures from the package metrics -------------------------------------------------------------------
def metric_figures(metrics: list, dataset: str) -> dict[str, tuple[float, int]]:
    """(value, n) of each README figure, read from the package metrics measured on ``dataset``."""
    found = {(m.name, m.dataset): (m.value, m.n) for m in metrics}
    wanted = {
        "red_flag_recall": (f"recall_{EMERGENCY}", dataset),
        "self_harm_recall": (f"recall_{EMERGENCY}", f"{dataset} [self_harm]"),
        "self_harm_answer": ("family_self_harm", f"{dataset} [self_harm]"),
        "false_alarm": (f"false_alarm_{EMERGENCY}", dataset),
        "accuracy": ("accuracy", dataset),
        "red_flag_recall_plain": (f"recall_{EMERGENCY}", f"{dataset} [without diacritics]"),
        "false_alarm_plain": (f"false_alarm_{EMERGENCY}", f"{dataset} [without diacritics]"),
        "accuracy_plain": ("accuracy", f"{dataset} [without diacritics]"),
    }
    missing = [key for key in wanted.values() if key not in found]
    if missing:
        raise SystemExit(f"the package has no metrics {missing}: build it with the set in measure_on")
    return {name: found[key] for name, key in wanted.items()}


def _count(value: float, n: int) -> str:
    return f"{round(value * n)}/{n}"


def _pct(value: float, lang: str) -> str:
    text = f"{value * 100:.1f} %"
    return text.replace(".", ",") if lang == "vi" else text


def render(figures_: dict[str, tuple[float, int]], dataset: str) -> dict[str, str]:
    f = figures_
    total = f["accuracy"][1]
    en = (f"on {dataset} ({total} complaints): "
          f"red-flag recall {f['red_flag_recall'][0]:.3f}, self-harm recall {f['self_harm_recall'][0]:.3f} "
          f"(self-harm answer shown {f['self_harm_answer'][0]:.3f}), emergency text for non-emergencies "
          f"{f['false_alarm'][0]:.3f}, department accuracy {f['accuracy'][0]:.3f}")
    vi = (f"trên {total} lời kể của {dataset.split(':')[0]} (lần chạy đầu tiên khi còn viết mù; sau đó không còn mù): "
          f"phát hiện ca "
          f"cấp cứu {_pct(f['red_flag_recall'][0], 'vi')}, phát hiện ý định tự hại "
          f"{_pct(f['self_harm_recall'][0], 'vi')} "
          f"(câu trả lời riêng cho tự hại {_pct(f['self_harm_answer'][0], 'vi')}), "
          f"báo cấp cứu nhầm cho ca không cấp cứu "
          f"{_pct(f['false_alarm'][0], 'vi')}, đúng khoa {_pct(f['accuracy'][0], 'vi')}")
    rows = [("red-flag recall", "red_flag_recall", "red_flag_recall_plain"),
            ("self-harm recall (sent to Cấp cứu)", "self_harm_recall", None),
            ("self-harm answer shown", "self_harm_answer", None),
            ("emergency text for non-emergencies", "false_alarm", "false_alarm_plain"),
            ("department accuracy", "accuracy", "accuracy_plain")]
    table = [f"Package metrics on `{dataset}`:", "",
             "| figure | all | without diacritics |", "|---|---|---|"]
    for title, key, plain in rows:
        cell = f"{f[key][0]:.3f} ({_count(*f[key])})"
        plain_cell = f"{f[plain][0]:.3f} ({_count(*f[plain])})" if plain else "-"
        table.append(f"| {title} | {cell} | {plain_cell} |")
    return {"en": en, "vi": vi, "bench": "\n".join(table)}


def _marked(name: str) -> re.Pattern[str]:
    return re.compile(rf"(<!-- triage-figures:{name} -->)(.*?)(<!-- /triage-figures:{name} -->)", re.S)


def readme_blocks(texts: dict[str, str]) -> dict[str, str]:
    """The text between each pair of markers now in the READMEs."""
    blocks = {}
    for name, path in READMES.items():
        match = _marked(name).search(path.read_text(encoding="utf-8"))
        if match is None:
            raise SystemExit(f"{path.relative_to(ROOT)} has no <!-- triage-figures:{name} --> markers")
        blocks[name] = match.group(2).strip("\n")
    return blocks


def write_or_check(built: Path, path: Path, write: bool) -> int:
    from luytre.experts.package import ExpertPackage

    dataset = measure_entry(path).get("name", path.name)
    texts = render(metric_figures(ExpertPackage.open(built).manifest.metrics, dataset), dataset)
    if write:
        for name, path_ in READMES.items():
            content = path_.read_text(encoding="utf-8")
            block = f"\n{texts[name]}\n" if name == "bench" else texts[name]
            path_.write_text(_marked(name).sub(lambda m: m.group(1) + block + m.group(3), content), encoding="utf-8")
        return 0
    stale = {name: (now, texts[name]) for name, now in readme_blocks(texts).items() if now != texts[name]}
    for name, (now, wanted) in stale.items():
        print(f"{READMES[name].relative_to(ROOT)} [{name}] says:\n  {now}\nthe package metrics say:\n  {wanted}")
    return 1 if stale else 0


def main() -> None:
    args = sys.argv[1:]
    path = Path(args[args.index("--set") + 1]).resolve() if "--set" in args else BLIND
    built = args[args.index("--package") + 1] if "--package" in args else None
    if "--write" in args or "--check" in args:
        if built is None:
            raise SystemExit("--write and --check read a built package: give --package DIR")
        raise SystemExit(write_or_check(Path(built), path, "--write" in args))
    full_run(path, built)


if __name__ == "__main__":
    main()
