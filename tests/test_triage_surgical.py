"""Surgical and time-critical presentations reach Cấp cứu (triage15): appendicitis, peritonitis, bowel obstruction,
ectopic pregnancy, testicular torsion, incarcerated hernia, GI bleeding, a child's severe dehydration, head injury
with vomiting or drowsiness, a child's fever with a stiff neck or a rash that does not fade, and any fever in an
infant under three months; ordinary belly complaints stay with their departments.

The probes (tests/data/triage/surgical_probes.jsonl) were written before any rule was added for them. The rules
were tuned on the ``dev`` half only; the ``heldout`` half was run once at the end, and its floors below are what that
run measured (see experts/vn-health-triage/README.md)."""

import json
from pathlib import Path

import pytest

from conftest import ROOT, TRIAGE_SOURCE
from luytre.experts.package import ExpertPackage
from luytre.kinds.classifier import ClassifierKind
from luytre.kinds.classifier.rules import OverrideRules

PROBES = ROOT / "tests" / "data" / "triage" / "surgical_probes.jsonl"
# Measured once on the held-out half after the work on the dev half was finished (triage15): the floors.
HELDOUT_EMERGENCIES_CAUGHT = 34  # 34 of 35; the miss ("nốt đỏ tím") was fixed after the run
HELDOUT_ORDINARY_KEPT = 12


def probes(split: str) -> list[dict]:
    rows = [json.loads(line) for line in PROBES.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r["split"] == split]


@pytest.fixture(scope="module")
def expert(triage_package):
    return ClassifierKind().load(ExpertPackage.open(triage_package))


def test_the_probe_file_is_as_described():
    dev, heldout = probes("dev"), probes("heldout")
    assert len(dev) + len(heldout) >= 80
    for half in (dev, heldout):
        families = {r["family"] for r in half if r["emergency"]}
        assert len(families) == 11, families
        assert any(not r["emergency"] for r in half)
        assert any(r["text"].isascii() for r in half) and any(not r["text"].isascii() for r in half)


# The model alone sends this elective-surgery question to Cấp cứu (no rule fires): training lines that taught it
# otherwise were tried and left out (experts/vn-health-triage/README.md, "Triage15"). Strict: fixing it shows.
KNOWN_OVER_TRIAGE = {"thoát vị bẹn đẩy lên được, không đau, muốn hỏi lịch mổ"}


def _dev_param(row: dict):
    marks = [pytest.mark.xfail(strict=True, reason="the model's own alarm")] if row["text"] in KNOWN_OVER_TRIAGE else []
    return pytest.param(row, marks=marks, id=f"{row['family']}:{row['text'][:40]}")


@pytest.mark.parametrize("row", [_dev_param(r) for r in probes("dev")])
def test_dev_probes(expert, row):
    answer = expert.answer(row["text"])
    if row["emergency"]:
        assert answer.result["label"] == "cap_cuu" and "115" in answer.text, (row, answer.result)
    else:
        assert answer.result["label"] != "cap_cuu", (row, answer.result)


def test_heldout_probes_keep_their_first_run(expert):
    rows = probes("heldout")
    caught = sum(expert.answer(r["text"]).result["label"] == "cap_cuu" for r in rows if r["emergency"])
    kept = sum(expert.answer(r["text"]).result["label"] != "cap_cuu" for r in rows if not r["emergency"])
    assert caught >= HELDOUT_EMERGENCIES_CAUGHT
    assert kept >= HELDOUT_ORDINARY_KEPT


@pytest.mark.parametrize("text, family, says", [
    ("đau bụng hố chậu phải, buồn nôn", "abdomen", "không ăn uống"),
    ("dau bung ho chau phai, buon non", "abdomen", "không ăn uống"),
    ("con trai tôi 12 tuổi tự nhiên đau tinh hoàn dữ dội, nôn", "abdomen", "không ăn uống"),
    ("tôi bị thoát vị bẹn, giờ khối phồng ở bẹn không đẩy lên được, đau và nôn", "abdomen", "không ăn uống"),
    ("em trễ kinh 2 tuần, đau bụng dưới một bên, ra máu lấm tấm", "pregnancy", "khoa sản"),
    ("be so sinh 20 ngay tuoi bi sot 38.5", "infant_fever", "dưới 3 tháng"),
    ("bé 2 tháng sốt 38 độ, bú kém, li bì", "infant_fever", "không tự cho bé uống thuốc hạ sốt"),
    ("bé 1 tuổi tiêu chảy hơn 10 lần từ sáng, mắt trũng, khóc không ra nước mắt, lừ đừ", "dehydration", "oresol"),
    # someone who cannot be woken is a poisoning only after a substance: a feverish drowsy child got the poisoning
    # advice ("không gây nôn"), because the rule read "sốt" and "li bì" beside "khó đánh thức" (found in triage15)
    ("bé sốt cao, li bì, khó đánh thức", "fever_danger", "cởi bớt quần áo"),
    ("ông tôi gọi không dậy, thở khò khè", "unconscious", "nằm nghiêng"),
    ("bố tôi uống nhiều rượu, giờ gọi không dậy", "poisoning", "không gây nôn"),
    ("chồng tôi uống nhiều thuốc ngủ, lơ mơ", "poisoning", "không gây nôn"),
])
def test_each_class_gets_the_advice_of_its_family(expert, text, family, says):
    answer = expert.answer(text)
    assert answer.result["label"] == "cap_cuu" and answer.result.get("family") == family, answer.result
    assert "115" in answer.text and says in answer.text.lower()


@pytest.fixture(scope="module")
def redflags():
    return OverrideRules.from_file(Path(TRIAGE_SOURCE) / "redflags.json")


@pytest.mark.parametrize("text", [
    "răng hàm dưới bên phải đau nhiều",  # the right lower side of something else
    "tôi sốt 2 tháng nay, người gầy sụt cân",  # two months of fever, not a two-month-old
    "toi sot 2 thang nay, sut can",
    "con 1 tuổi 2 tháng bị sốt 38 độ, ho",  # fourteen months old
    "mẹ bị sốt, con 1 tháng tuổi có bú được không",  # the mother has the fever
    "bau 8 tuan bi sot 38 do",  # a pregnant woman's fever
    "bé 2 tháng tuổi tiêm phòng xong quấy khóc, không sốt",
    "bé nôn, không chịu uống thuốc hạ sốt",
    "thu que 1 vach, dau bung duoi, ra mau",  # a negative test
    "đau bụng kinh dữ dội như dao cắt, ra máu nhiều",
    "bé trai 1 tuổi bìu to lên khi khóc, nằm thì xẹp",  # a hernia that goes back
    "tự nhiên thấy tinh hoàn to hơn, không đau",
    "thoát vị bẹn, khối phồng đẩy lên được, không đau",
    "đau bụng dưới bên phải mấy tháng nay, lúc có lúc không, hơi buồn nôn",
    "đã mổ ruột thừa năm ngoái, giờ hay buồn nôn",
    "bụng căng cứng sau khi ăn no, đầy hơi",
    "bé 4 tuổi tiêu chảy 3 lần, vẫn uống nước tốt, đi tiểu bình thường",
])
def test_surgical_rules_leave_look_alikes_alone(redflags, text):
    assert redflags.match(text, "tieu_hoa") is None, redflags.match(text, "tieu_hoa")
