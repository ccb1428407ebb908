"""``luytre expert build classifier``: train a classifier expert from labeled data.

Input: a JSONL or CSV file of ``text``/``label`` rows and a TOML manifest that
describes the expert and gives each label a name and an answer. Output: a
package folder whose ``metrics`` are measured on held-out data, never on the
training rows.
"""

from __future__ import annotations

import json
import random
import shutil
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import numpy as np
from pydantic import ValidationError

from luytre.errors import BuildError, LuytreError
from luytre.experts.labeled import read_labeled
from luytre.experts.manifest import DOSSIER_FILE, MANIFEST_FILE, Metric, manifest_from_dict
from luytre.experts.package import ExpertPackage
from luytre.experts.sources import read_toml
from luytre.kinds.classifier.advice import AdviceBook
from luytre.kinds.classifier.kind import ClassifierConfig, Predictor, Protect, Referral, Uncertain
from luytre.kinds.classifier.rules import OverrideRules
from luytre.text.model import TextClassifier

MIN_PER_LABEL = 5
HELD_OUT_SHARE = 0.2
ROUTER_EXAMPLES = 240  # training texts given to the router as examples, spread evenly over the labels
Step = Callable[[str], None]


@dataclass(frozen=True)
class TestSet:
    """A labeled file measured with the final model, never trained on. ``label_field``
    names its label column; every boolean column of a JSONL file ("self_harm") is
    also measured as a subset, and so are the rows typed without diacritics.

    A set written by someone else may use its own codes: ``label_map`` turns them into the
    manifest's labels, and ``focus_field`` names a boolean column whose true rows are the
    rules' label whatever their code ("emergency"). ``name`` is the name its figures carry
    (e.g. that a run was the first on a blind set)."""

    path: Path
    label_field: str = "label"
    label_map: dict[str, str] | None = None
    focus_field: str | None = None
    name: str | None = None

    def rows(self, focus: str | None) -> list[tuple[str, str]]:
        rows = read_labeled(self.path, self.label_field)
        mapping = self.label_map or {}
        rows = [(text, mapping.get(label, label)) for text, label in rows]
        if self.focus_field is not None:
            marks = _boolean_columns(self.path).get(self.focus_field)
            if marks is None or focus is None:
                raise BuildError(f"{self.path.name}: focus_field {self.focus_field!r} needs a boolean column "
                                 "on every row and rules (or a protected label)")
            rows = [(text, focus if marked else label) for (text, label), marked in zip(rows, marks)]
        return rows


def _boolean_columns(path: Path) -> dict[str, list[bool]]:
    """The columns of a JSONL file that are true or false on every row, in row order."""
    if path.suffix.lower() == ".csv":
        return {}
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    names = set.intersection(*(set(r) for r in records)) if records else set()
    return {name: [r[name] for r in records] for name in sorted(names)
            if all(isinstance(r[name], bool) for r in records)}


def _stratified_split(rows: Sequence[tuple[str, str]],
                      seed: int) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    by_label: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in rows:
        by_label[row[1]].append(row)
    rng = random.Random(seed)
    train, held = [], []
    for label in sorted(by_label):
        group = by_label[label][:]
        rng.shuffle(group)
        cut = max(1, round(len(group) * HELD_OUT_SHARE))
        held += group[:cut]
        train += group[cut:]
    return train, held


def _evaluate(predictor: Predictor, rows: Sequence[tuple[str, str]], dataset: str, focus: str | None,
              subsets: dict[str, list[bool]] | None = None) -> list[Metric]:
    """Accuracy and macro-F1 of the whole decision (model and rules), plus recall,
    precision and false alarms of ``focus`` (the label the rules protect) when the data
    has it; then the same for each subset of rows (``subsets``: name -> row mask)."""
    predicted, families, latencies = [], [], []
    for text, _ in rows:
        start = time.perf_counter()
        decision = predictor.decide(text)
        latencies.append((time.perf_counter() - start) * 1000)
        predicted.append(decision.label)
        families.append(decision.rule.flag if decision.rule else None)
    metrics = _scores([label for _, label in rows], predicted, dataset, focus)
    metrics.insert(2, Metric(name="p95_latency_ms", value=round(float(np.percentile(latencies, 95)), 3),
                             dataset=dataset, n=len(rows)))
    flags = predictor.rules.flags if predictor.rules else frozenset()
    for name, mask in (subsets or {}).items():
        chosen = [i for i, keep in enumerate(mask) if keep]
        if chosen:
            metrics += _scores([rows[i][1] for i in chosen], [predicted[i] for i in chosen],
                               f"{dataset} [{name}]", focus)
        if chosen and name in flags:  # a column named like a rule family: how often its own answer was given
            metrics.append(Metric(name=f"family_{name}", value=round(float(np.mean(
                [families[i] == name for i in chosen])), 4), dataset=f"{dataset} [{name}]", n=len(chosen)))
    return metrics


def _scores(truth: Sequence[str], predicted: Sequence[str], dataset: str, focus: str | None) -> list[Metric]:
    from sklearn.metrics import f1_score

    n = len(truth)
    metrics = [
        Metric(name="accuracy", value=round(float(np.mean([p == t for p, t in zip(predicted, truth)])), 4),
               dataset=dataset, n=n),
        Metric(name="macro_f1", value=round(float(f1_score(truth, predicted, average="macro", zero_division=0)), 4),
               dataset=dataset, n=n),
    ]
    if focus and focus in truth:
        positives = [p == focus for p, t in zip(predicted, truth) if t == focus]
        metrics.append(Metric(name=f"recall_{focus}", value=round(float(np.mean(positives)), 4),
                              dataset=dataset, n=len(positives)))
        flagged = [t == focus for p, t in zip(predicted, truth) if p == focus]
        if flagged:
            metrics.append(Metric(name=f"precision_{focus}", value=round(float(np.mean(flagged)), 4),
                                  dataset=dataset, n=len(flagged)))
    others = [p == focus for p, t in zip(predicted, truth) if t != focus]
    if focus and others:  # how often the focus label's answer reaches someone it is not for
        metrics.append(Metric(name=f"false_alarm_{focus}", value=round(float(np.mean(others)), 4),
                              dataset=dataset, n=len(others)))
    return metrics


def build_classifier(
    data: Path,
    manifest_path: Path,
    out: Path,
    tests: Sequence[Path | TestSet] = (),
    step: Step = lambda name: None,
    seed: int = 0,
) -> ExpertPackage:
    """Train, measure and write a classifier expert package to ``out``.

    ``tests`` are extra labeled files (never used for training) measured with the
    final model. ``step`` is called with the name of each stage, for progress display.
    """
    source = read_toml(manifest_path)
    source_dir = manifest_path.parent
    settings = source.pop("classifier", {})
    labels_spec = source.pop("labels", None)
    if not isinstance(labels_spec, dict) or len(labels_spec) < 2:
        raise BuildError(f"{manifest_path.name}: a [labels.<label>] table with at least two labels is required")
    step("reading data")
    rows = read_labeled(data)
    counts = Counter(label for _, label in rows)
    unknown = sorted(set(counts) - set(labels_spec))
    if unknown:
        raise BuildError(f"labels in {data.name} missing from the manifest's [labels]: {unknown}")
    scarce = sorted(label for label in labels_spec if counts.get(label, 0) < MIN_PER_LABEL)
    if scarce:
        raise BuildError(f"each label needs at least {MIN_PER_LABEL} examples; too few for: {scarce}")
    sets = [t if isinstance(t, TestSet) else TestSet(t) for t in tests]

    rules_name = settings.get("rules")
    rules = None
    if rules_name:
        try:
            rules = OverrideRules.from_file(source_dir / rules_name)
        except LuytreError as exc:
            raise BuildError(exc.message) from exc
        if rules.label not in labels_spec:
            raise BuildError(f"rules force label {rules.label!r}, which is not in [labels]")
    protect_spec = settings.get("protect")
    if protect_spec is not None:
        if not isinstance(protect_spec, dict) or protect_spec.get("label") not in labels_spec:
            raise BuildError("[classifier.protect] needs a 'label' from [labels] and a 'target_recall'")
        target_recall = float(protect_spec.get("target_recall", 0.95))
        max_recall_loss = float(protect_spec.get("max_recall_loss", 0.0))
        if not 0.0 < target_recall <= 1.0 or not 0.0 <= max_recall_loss < 1.0:
            raise BuildError("[classifier.protect] target_recall must be in (0, 1] and max_recall_loss in [0, 1)")
    advice_name = settings.get("advice")
    advice: AdviceBook | None = None
    if advice_name:
        try:
            advice = AdviceBook.from_file(source_dir / advice_name)
        except LuytreError as exc:
            raise BuildError(exc.message) from exc
        stray = sorted(advice.families - (rules.flags if rules else frozenset()))
        if stray:
            raise BuildError(f"{advice_name} gives advice for families no rule names: {stray}")
    refer = {label: spec.get("refer", {}) if isinstance(spec, dict) else {} for label, spec in labels_spec.items()}
    try:
        referral = Referral.of(refer, advice)
    except ValueError as exc:
        raise BuildError(f"{manifest_path.name}: {exc}") from exc
    try:
        uncertain = Uncertain.model_validate(settings["uncertain"]) if "uncertain" in settings else None
    except ValidationError as exc:
        raise BuildError(f"[classifier.uncertain] is invalid: {exc.errors()[0]['msg']}") from exc
    focus = rules.label if rules else (protect_spec["label"] if protect_spec else None)
    test_sets = [(t, t.rows(focus)) for t in sets]
    for test_set, test_rows in test_sets:
        stray = sorted({label for _, label in test_rows} - set(labels_spec))
        if stray:
            raise BuildError(f"labels in {test_set.path.name} missing from the manifest's [labels]: {stray}")
    C, min_df = float(settings.get("C", 10.0)), int(settings.get("min_df", 1))

    step("measuring on a held-out split")
    train, held = _stratified_split(rows, seed)
    trial = TextClassifier(C=C, min_df=min_df, random_state=seed).fit([t for t, _ in train],
                                                                      [label for _, label in train])
    trial_protect = None
    if protect_spec is not None:
        trial_protect, _ = choose_protect(trial, [label for _, label in train], protect_spec["label"], target_recall,
                                          max_recall_loss=max_recall_loss)
    metrics = _evaluate(Predictor(trial, rules, trial_protect, referral), held,
                        f"{data.name} held-out {HELD_OUT_SHARE:.0%} stratified", focus)
    ece = trial.evaluate([t for t, _ in held], [label for _, label in held]).ece
    metrics.append(Metric(name="ece_model", value=round(ece, 4), dataset=metrics[0].dataset, n=len(held)))

    step("training on all data")
    model = TextClassifier(C=C, min_df=min_df, random_state=seed).fit([t for t, _ in rows],
                                                                      [label for _, label in rows])
    protect = None
    if protect_spec is not None:
        protect, chosen = choose_protect(model, [label for _, label in rows], protect_spec["label"], target_recall,
                                         f"{data.name} out-of-fold", max_recall_loss)
        metrics += chosen
    predictor = Predictor(model, rules, protect, referral)
    for test_set, test_rows in test_sets:
        step(f"measuring on {test_set.path.name}")
        subsets = {"without diacritics": [text.isascii() for text, _ in test_rows], **_boolean_columns(test_set.path)}
        metrics += _evaluate(predictor, test_rows, test_set.name or test_set.path.name, focus, subsets)

    step("writing package")
    per_label = int(settings.get("examples_per_label", max(8, ROUTER_EXAMPLES // len(labels_spec))))
    examples = list(source.pop("examples", [])) + _sample_examples(rows, per_label, seed)
    config = ClassifierConfig(rules=Path(rules_name).name if rules_name else None, protect=protect,
                              advice=Path(advice_name).name if advice_name else None, uncertain=uncertain,
                              labels=labels_spec)
    manifest_data = {
        **source,
        "kind": "classifier",
        "examples": list(dict.fromkeys(examples)),
        "metrics": [m.model_dump() for m in metrics],
        "config": config.model_dump(mode="json", exclude_none=True),
    }
    manifest = manifest_from_dict(manifest_data, manifest_path.name)
    if out.exists() and any(out.iterdir()):
        raise BuildError(f"output folder {out} is not empty")
    out.mkdir(parents=True, exist_ok=True)
    model.save(out, config.model)
    for name in filter(None, (rules_name, advice_name)):
        shutil.copyfile(source_dir / name, out / Path(name).name)
    if (source_dir / DOSSIER_FILE).is_file():  # the AI Law classification dossier travels with the package
        shutil.copyfile(source_dir / DOSSIER_FILE, out / DOSSIER_FILE)
    (out / MANIFEST_FILE).write_text(manifest.to_json(), encoding="utf-8")
    return ExpertPackage.open(out)


def choose_protect(model: TextClassifier, labels: Sequence[str], label: str, target_recall: float,
                   dataset: str = "training data out-of-fold", max_recall_loss: float = 0.0,
                   ) -> tuple[Protect, list[Metric]]:
    """The highest probability threshold for ``label`` at which the model alone,
    judged on out-of-fold predictions of its training data, reaches ``target_recall``;
    and the highest probability below which a first choice of ``label`` is not
    confirmed while that recall drops by at most ``max_recall_loss``.

    Only training data is used, so held-out and blind test sets stay honest."""
    if model.oof_proba_ is None:
        raise BuildError("too few examples per label to choose a protection threshold")
    classes = sorted(model.oof_proba_)
    stacked = np.column_stack([model.oof_proba_[c] for c in classes])
    argmax_is_label = np.array(classes)[stacked.argmax(axis=1)] == label
    p = model.oof_proba_[label]
    positive = np.asarray(labels) == label
    candidates = sorted(set(np.round(p[positive], 4)), reverse=True) or [1.0]
    # The highest threshold that reaches the target; if none does, the lowest candidate.
    reaching = (c for c in candidates if (argmax_is_label | (p >= c))[positive].mean() >= target_recall)
    threshold = max(float(next(reaching, candidates[-1])), 0.05)
    promoted = ~argmax_is_label & (p >= threshold)
    full_recall = float((argmax_is_label | promoted)[positive].mean())
    kept = (c for c in candidates
            if ((argmax_is_label & (p >= c)) | promoted)[positive].mean() >= full_recall - max_recall_loss)
    confirm = min(float(next(kept, 0.0)), threshold) if max_recall_loss > 0 else 0.0
    flagged = (argmax_is_label & (p >= confirm)) | promoted
    recall = float(flagged[positive].mean())
    precision = float(positive[flagged].mean()) if flagged.any() else 0.0
    n_pos, n_flag = int(positive.sum()), int(flagged.sum())
    metrics = [
        Metric(name=f"protect_threshold_{label}", value=round(threshold, 4), dataset=dataset, n=n_pos),
        Metric(name=f"confirm_threshold_{label}", value=round(confirm, 4), dataset=dataset, n=n_pos),
        Metric(name=f"recall_{label}_model_only", value=round(recall, 4), dataset=dataset, n=n_pos),
        Metric(name=f"precision_{label}_model_only", value=round(precision, 4), dataset=dataset, n=max(n_flag, 1)),
    ]
    return Protect(label=label, min_probability=round(threshold, 4), confirm_probability=round(confirm, 4)), metrics


def _sample_examples(rows: Sequence[tuple[str, str]], per_label: int, seed: int) -> list[str]:
    """A few training texts per label, so the router learns the expert's whole range."""
    by_label: dict[str, list[str]] = defaultdict(list)
    for text, label in rows:
        by_label[label].append(text)
    rng = random.Random(seed)
    chosen: list[str] = []
    for label in sorted(by_label):
        texts = by_label[label][:]
        rng.shuffle(texts)
        chosen += texts[:per_label]
    return chosen
