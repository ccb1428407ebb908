"""vn-health-triage tried as its users would: the complaints of issue 20, asked over HTTP
through a running node (routing included), and every answer the expert gives to its
examples and test sets checked for saying "cấp cứu" once."""

import json

import httpx
import pytest

from conftest import TRIAGE_SOURCE
from luytre.experts.package import ExpertPackage
from luytre.kinds.classifier import ClassifierKind
from luytre.kinds.classifier.advice import join_sentences
from luytre.text.negation import negated_words


def ask(node, query: str, lang: str = "vi") -> dict:
    response = httpx.post(f"{node.url}/v1/ask", json={"query": query, "lang": lang}, timeout=30)
    assert response.status_code == 200, response.text
    return response.json()


def emergency(body: dict) -> bool:
    return body["result"] is not None and body["result"]["label"] == "cap_cuu"


@pytest.mark.parametrize("query, family, says", [
    ("tôi bị đau ngực, vã mồ hôi", "chest_pain", "ngồi nghỉ"),
    ("bé nhà em 2 tuổi sốt cao rồi co giật", "seizure", "đặt bé nằm nghiêng"),
    ("bố tôi đột nhiên méo miệng, yếu nửa người bên phải", "stroke", "giờ bắt đầu"),
    ("bi cho dai can vao mat, chay mau nhieu", "dog_bite", "xà phòng"),
    ("con tôi 3 tuổi uống nhầm nước tẩy bồn cầu", "poisoning", "không gây nôn cho bé"),
])
def test_each_emergency_gets_its_own_advice(node_server, query, family, says):
    body = ask(node_server, query)
    assert body["expert"] == "vn-health-triage" and emergency(body)
    assert body["result"]["family"] == family
    answer = body["answer"]
    assert "115" in answer and says in answer.lower()
    assert "tự tử" not in answer and "làm hại bản thân" not in answer
    assert answer.lower().count("cấp cứu") <= 1


def test_stroke_and_seizure_advice_differ_for_adults_and_children(node_server):
    adult = ask(node_server, "chồng tôi đang co giật, sùi bọt mép")
    child = ask(node_server, "bé 18 tháng sốt cao rồi co giật, trợn mắt")
    assert adult["result"]["family"] == child["result"]["family"] == "seizure"
    assert child["result"]["audience"] == "child" and adult["result"]["audience"] is None
    assert "bé" in child["answer"] and "bé" not in adult["answer"]


@pytest.mark.parametrize("query", [
    "chán sống quá, không ai hiểu mình",
    "chan song qua, khong ai hieu minh",
    "em buồn lắm, không muốn sống nữa",
    "mình chỉ muốn ngủ một giấc không bao giờ dậy nữa",
    "nếu mình biến mất chắc mọi người nhẹ nhõm hơn",
    "toi thay minh la ganh nang cua ca nha",
    "ko muon song nua, chang ai can minh",
    "chồng tôi chán sống, vừa uống hết chai thuốc trừ sâu",
])
def test_self_harm_gets_an_answer_of_its_own(node_server, query):
    body = ask(node_server, query)
    assert body["expert"] == "vn-health-triage", body["answer"]
    assert emergency(body) and body["result"]["family"] == "self_harm"
    answer = body["answer"]
    assert answer.startswith("Cảm ơn bạn đã nói ra")
    assert "115" in answer and "tin tưởng" in answer
    assert "không để người bệnh ở một mình" not in answer


def test_a_child_at_risk_of_self_harm_also_gets_the_child_line(node_server):
    body = ask(node_server, "con gái tôi 14 tuổi hay tự cắt tay, nói muốn biến mất")
    assert body["result"]["family"] == "self_harm" and body["result"]["audience"] == "child"
    assert "111" in body["answer"]


def test_a_fever_in_an_adult_is_not_sent_to_nephrology_or_paediatrics(node_server):
    body = ask(node_server, "bị sốt cao 3 ngày, nên khám khoa nào?")
    assert body["result"]["label"] not in ("than_tiet_nieu", "cap_cuu")
    assert "Nội tổng quát" in body["answer"]
    dengue = ask(node_server, "tôi 30 tuổi, sốt cao 2 ngày, đau nhức hốc mắt, nghi sốt xuất huyết")
    assert dengue["result"]["label"] == "noi_tong_quat"
    assert "bé" not in dengue["answer"]


def test_dengue_warning_signs_are_an_emergency(node_server):
    body = ask(node_server, "sốt xuất huyết ngày thứ 4, hết sốt nhưng đau bụng nhiều, chảy máu chân răng")
    assert emergency(body) and body["result"]["family"] == "dengue"
    assert "paracetamol" in body["answer"]


@pytest.mark.parametrize("query, label", [
    ("tôi ho nhiều nhưng không khó thở, không đau ngực", "ho_hap"),
    ("ko kho tho, ko dau nguc, chi bi ho co dom", "ho_hap"),
    ("tôi buồn và mất ngủ nhưng không có ý nghĩ tự tử", "tam_than"),
    ("nổi mẩn ngứa sau khi ăn hải sản, không sưng môi, không khó thở", "da_lieu"),
])
def test_denied_red_flags_are_not_emergencies(node_server, query, label):
    body = ask(node_server, query)
    assert body["result"]["label"] == label, body["answer"]
    assert body["result"]["rule"] is None


def test_a_symptom_with_an_administrative_question_is_not_an_emergency(node_server):
    body = ask(node_server, "tôi bị đau bụng, cho hỏi thủ tục cấp thẻ BHYT cho con")
    assert body["result"] is not None and body["result"]["label"] != "cap_cuu", body["answer"]


def test_an_unsure_answer_names_the_two_likeliest_departments(node_server):
    body = ask(node_server, "tôi bị sưng")
    result = body["result"]
    assert result["uncertain"] is True
    first, second = result["probabilities"][:2]
    assert first["name"] in body["answer"] and second["name"] in body["answer"]
    assert "Chưa đủ thông tin" in body["answer"]


def test_english_answers_carry_the_family_advice(node_server):
    body = ask(node_server, "bé 2 tuổi sốt cao rồi co giật", lang="en")
    assert "on their side" in body["answer"] and body["answer"].isascii()


def test_negation_scope():
    def denied(text):
        words, negated = negated_words(text)
        return [w for w, n in zip(words, negated) if n]

    assert denied("không khó thở, không đau ngực") == ["kho", "tho", "dau", "nguc"]
    assert denied("ko co dau hieu kho tho") == ["co", "dau", "hieu", "kho"]
    assert denied("gọi không dậy") == denied("sốt không hạ") == denied("không nói được, méo miệng") == []
    assert denied("không ai hiểu mình, muốn chết quách") == []
    assert denied("bé không sốt nhưng co giật") == ["sot"]


def test_join_sentences_drops_repeats():
    assert join_sentences("Gọi 115. Nằm nghiêng.", "Nằm nghiêng. Không cho ăn uống.") == \
        "Gọi 115. Nằm nghiêng. Không cho ăn uống."


@pytest.fixture(scope="module")
def expert(triage_package):
    return ClassifierKind().load(ExpertPackage.open(triage_package))


def test_cap_cuu_is_said_at_most_once(expert):
    # repeated sentences are checked for every reference expert in test_no_repeated_sentences.py
    queries = list(expert.manifest.examples)
    for name in ("test.jsonl", "redflags_eval.jsonl", "holdout.jsonl", "holdout2.jsonl"):
        path = TRIAGE_SOURCE / "data" / name
        queries += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(queries) > 1000
    for query in queries:
        answer = expert.answer(query).text
        assert answer.lower().count("cấp cứu") <= 1, (query, answer)


def test_an_unsure_answer_offers_another_department_than_its_choice(expert):
    # "khoa Nhi (41%) hoặc khoa Nhi (41%)": the runner-up named was the chosen label itself whenever a weak
    # Cấp cứu ranked first had been declined (protect); and a month of insomnia was offered "Cấp cứu (20%)".
    english = ["my 4 year old son has a fever and a rash on his hands and mouth"]
    path = TRIAGE_SOURCE / "data" / "test.jsonl"
    queries = english + [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    unsure = [(query, expert.answer(query)) for query in queries]
    unsure = [(query, answer) for query, answer in unsure if answer.result["uncertain"]]
    assert unsure
    for query, answer in unsure:
        offered = answer.text.split(" hoặc ")[1]
        assert f"khoa {answer.result['label_name']} (" not in offered, (query, answer.text)
        assert "Cấp cứu" not in answer.text, (query, answer.text)


def test_an_unsure_two_label_expert_with_a_protected_label_answers_plainly(tmp_path):
    # Its only other label is the protected one, which is never offered as the alternative: no alternative is left,
    # so the answer is the label's own, not an unsure wording (it once raised StopIteration).
    from luytre.kinds.classifier.build import build_classifier

    helpdesk = TRIAGE_SOURCE.parents[1] / "tests" / "data" / "school-helpdesk"
    source = tmp_path / "src"
    source.mkdir()
    manifest = (helpdesk / "manifest.toml").read_text(encoding="utf-8")
    manifest = manifest[:manifest.index("[labels.can_tin]")].replace(
        "[classifier]\n", "[classifier]\nprotect = { label = \"hoc_phi\", target_recall = 0.5 }\n"
        "uncertain = { below = 1.0, answer = { vi = \"{label} hay {second}?\", en = \"{label} or {second}?\" } }\n")
    (source / "manifest.toml").write_text(manifest, encoding="utf-8")
    data = tmp_path / "train.jsonl"
    data.write_text("".join(line + "\n" for line in (helpdesk / "train.jsonl").read_text(encoding="utf-8").splitlines()
                            if '"can_tin"' not in line), encoding="utf-8")
    expert = ClassifierKind().load(build_classifier(data, source / "manifest.toml", tmp_path / "out"))
    answer = expert.answer("thư viện mở cửa mấy giờ")
    assert answer.result["label"] == "thu_vien" and not answer.result["uncertain"], answer.text
    assert answer.text.startswith("Thư viện mở cửa"), answer.text


@pytest.mark.parametrize("query", [
    "my baby is 6 months old and has diarrhoea",
    "my 10-year-old has a sore throat",
    "my 4 year old son has a fever and a rash on his hands and mouth",
])
def test_an_english_question_about_a_child_gets_the_child_advice(expert, query):
    answer = expert.answer(query, lang="en")
    assert answer.result["audience"] == "child", answer.text
    assert answer.result["label"] == "nhi" and answer.text.startswith("Take the child to Paediatrics"), answer.text


def test_rules_match_marks_as_typed_and_respect_unless():
    from luytre.kinds.classifier.rules import OverrideRules

    rules = OverrideRules.from_file(TRIAGE_SOURCE / "redflags.json")
    assert rules.match("bị rắn cắn vào chân") and rules.match("bi ran can vao chan")
    assert rules.match("tôi bị đau nguc, va mồ hôi")  # partly typed marks still match
    assert rules.match("Bị rạn da ở bụng sau sinh") is None  # "rạn" is not "rắn"
    assert rules.match("Sáng nào cũng ói ra màu vàng") is None  # "màu" is not "máu"
    assert rules.match("tôi muốn tự vẫn") and rules.match("can tu van giam can") is None  # "tư vấn"
    assert rules.match("bé 2 tuổi sốt rồi co giật")
    assert rules.match("bé từng bị sốt co giật năm ngoái, hỏi cách phòng ngừa") is None


def _helpdesk_source(tmp_path, extra_settings: str, rules: dict | None, advice: dict | None):
    source = tmp_path / "src"
    source.mkdir()
    helpdesk = TRIAGE_SOURCE.parents[1] / "tests" / "data" / "school-helpdesk"
    manifest = (helpdesk / "manifest.toml").read_text(encoding="utf-8")
    manifest = manifest.replace("[classifier]\n", "[classifier]\n" + extra_settings)
    (source / "manifest.toml").write_text(manifest, encoding="utf-8")
    for name, content in (("rules.json", rules), ("advice.json", advice)):
        if content is not None:
            (source / name).write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return helpdesk / "train.jsonl", source / "manifest.toml"


def test_advice_for_a_family_no_rule_names_is_refused(tmp_path):
    from luytre.errors import BuildError
    from luytre.kinds.classifier.build import build_classifier

    rules = {"label": "hoc_phi", "rules": [{"id": "late", "flag": "late_fee", "all": [["nộp muộn"]]}]}
    advice = {"families": {"late_fees": {"advice": {"vi": "Liên hệ kế toán.", "en": "Ask the accounts office."}}}}
    data, manifest = _helpdesk_source(tmp_path, 'rules = "rules.json"\nadvice = "advice.json"\n', rules, advice)
    with pytest.raises(BuildError, match="late_fees"):
        build_classifier(data, manifest, tmp_path / "out")


def test_family_advice_audiences_and_boolean_subsets_at_build(tmp_path):
    from luytre.kinds.classifier.build import TestSet, build_classifier

    rules = {"label": "hoc_phi", "rules": [{"id": "late", "flag": "late_fee", "all": [["nộp muộn"]]}]}
    advice = {"audiences": {"parent": ["con tôi"]},
              "families": {"late_fee": {"advice": {"vi": "Nộp trước ngày 20 sẽ không bị phạt.",
                                                   "en": "Pay by the 20th."},
                                        "audiences": {"parent": {"advice": {"vi": "Phụ huynh nộp tại quầy 2.",
                                                                            "en": "Parents pay at desk 2."}}}}}}
    data, manifest = _helpdesk_source(tmp_path, 'rules = "rules.json"\nadvice = "advice.json"\n', rules, advice)
    blind = tmp_path / "set.jsonl"
    blind.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"text": "em nộp muộn học phí thì sao", "answer_label": "hoc_phi", "late": True},
        {"text": "thu vien mo cua may gio", "answer_label": "thu_vien", "late": False},
    ]), encoding="utf-8")
    package = build_classifier(data, manifest, tmp_path / "out", tests=[TestSet(blind, label_field="answer_label")])
    datasets = {m.dataset for m in package.manifest.metrics}
    assert {"set.jsonl", "set.jsonl [late]", "set.jsonl [without diacritics]"} <= datasets
    expert = ClassifierKind().load(package)
    student = expert.answer("em nộp muộn học phí thì sao")
    parent = expert.answer("con tôi nộp muộn học phí")
    assert student.result["family"] == "late_fee" and "ngày 20" in student.text
    assert parent.result["audience"] == "parent" and "quầy 2" in parent.text


@pytest.mark.parametrize("refer, advice, error", [
    ('{ parent = "nope" }', {"audiences": {"parent": ["con tôi"]}}, "nope"),
    ('{ teacher = "hoc_phi" }', {"audiences": {"parent": ["con tôi"]}}, "teacher"),
    ('{ parent = "hoc_phi" }', None, "no advice file"),
])
def test_a_referral_to_an_unknown_label_or_audience_is_refused(tmp_path, refer, advice, error):
    from luytre.errors import BuildError
    from luytre.kinds.classifier.build import build_classifier

    data, manifest = _helpdesk_source(tmp_path, 'advice = "advice.json"\n' if advice else "", None, advice)
    text = manifest.read_text(encoding="utf-8").replace("[labels.thu_vien]\n", f"[labels.thu_vien]\nrefer = {refer}\n")
    manifest.write_text(text, encoding="utf-8")
    with pytest.raises(BuildError, match=error):
        build_classifier(data, manifest, tmp_path / "out")


@pytest.mark.parametrize("query, label, audience", [
    # Found in the demo: a parent's "con mình bị sốt 39 độ" was sent to adult internal medicine.
    ("con mình bị sốt 39 độ từ tối qua, có cần đi viện không", "nhi", "child"),
    ("my daughter has had a fever of 39 for two days and a rash", "nhi", "child"),
    ("bé 6 tuổi mệt mỏi, muốn khám tổng quát", "nhi", "child"),
    ("tôi sốt 39 độ từ tối qua", "noi_tong_quat", None),
    ("con gái tôi 25 tuổi sốt 39 độ, đau nhức người", "noi_tong_quat", None),  # an adult's age: not a child
])
def test_a_childs_general_illness_is_paediatrics(expert, query, label, audience):
    answer = expert.answer(query)
    assert (answer.result["label"], answer.result["audience"]) == (label, audience), answer.text


@pytest.fixture(scope="module")
def redflags():
    from luytre.kinds.classifier.rules import OverrideRules

    return OverrideRules.from_file(TRIAGE_SOURCE / "redflags.json")


# Written for this test in words no rule lists whole: a wish and an act ("chỉ muốn được ngủ mãi"),
# an act and its finality ("biến mất cho xong"), despair with a goodbye, informal "không".
@pytest.mark.parametrize("text", [
    "dạo này em chỉ muốn được ngủ mãi",
    "ước gì được giải thoát khỏi tất cả",
    "minh chi muon buong xuoi",
    "ông tôi bảo già rồi sống làm gì, cứ đòi đi theo bà",
    "toi vo dung qua, da viet thu de lai",
    "hok thiet song nua",
    "k muốn sống nữa đâu",
    "chết thì đi đâu hả bố",
    "trong đầu có giọng nói bảo em phải chết đi",
])
def test_indirect_self_harm_is_read_with_and_without_marks(redflags, text):
    match = redflags.match(text)
    assert match is not None and match.flag == "self_harm", text


def test_self_harm_wins_over_the_other_family_it_also_is(redflags):
    # an overdose or a poison taken in despair is self-harm, not only poisoning
    assert redflags.match("chồng tôi chán sống, vừa uống thuốc trừ sâu").flag == "self_harm"
    assert redflags.match("bé nhà tôi uống nhầm thuốc trừ sâu").flag == "poisoning"


@pytest.mark.parametrize("text", [
    "đau răng muốn chết", "nhức đầu muốn chết luôn",  # a figure of speech
    "te tay phai tu tu", "bi treo co chan khi da bong",  # "từ từ", "trẹo cổ chân" typed without marks
    "thai chết lưu 8 tuần", "tôi sợ chết lắm bác sĩ ơi", "tôi không có ý định tự tử, chỉ mất ngủ",
])
def test_death_words_that_are_not_self_harm(redflags, text):
    match = redflags.match(text)
    assert match is None or match.flag != "self_harm", (text, match)


def test_a_stroke_that_leaves_speech_no_one_understands_is_a_stroke(redflags):
    text = "mẹ tôi méo miệng, nói không ai hiểu"
    assert redflags.match(text).flag == redflags.match(text, "cap_cuu").flag == "stroke"


def test_despair_names_an_alarm_the_model_raised_but_raises_none_itself(redflags):
    text = "sống thế này chẳng còn ý nghĩa gì"
    assert redflags.match(text) is None and redflags.match(text, "tam_than") is None
    assert redflags.match(text, "cap_cuu").flag == "self_harm"


def _rules_file(tmp_path, spec: dict):
    from luytre.kinds.classifier.rules import OverrideRules

    path = tmp_path / "rules.json"
    path.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    return OverrideRules.from_file(path)


def test_word_sets_sequences_and_precedence(tmp_path):
    rules = _rules_file(tmp_path, {
        "label": "urgent", "precedence": ["refund"],
        "sets": {"ask": ["muốn", "cần"], "money": ["hoàn tiền", "trả lại tiền"], "polite": ["gấp", "ngay"]},
        "rules": [{"id": "late", "flag": "late", "all": [["trễ hạn"]]},
                  {"id": "refund", "flag": "refund", "all": [["@ask @polite? @money"]], "unless": ["không @ask"]},
                  {"id": "angry", "flag": "angry", "with_labels": ["complaint"], "all": [["@polite"]]}]})
    assert rules.match("đơn trễ hạn, tôi cần gấp hoàn tiền").flag == "refund"  # precedence over "late"
    assert rules.match("toi muon tra lai tien").flag == "refund"
    assert rules.match("hoàn tiền cho tôi") is None  # a sequence needs its parts side by side
    assert rules.match("tôi cần xử lý ngay") is None
    assert rules.match("tôi cần xử lý ngay", "complaint").flag == "angry"


@pytest.mark.parametrize("spec, error", [
    ({"sets": {}, "rules": [{"id": "a", "all": [["@nothing here"]]}]}, "unknown word set"),
    ({"precedence": ["ghost"], "rules": [{"id": "a", "flag": "b", "all": [["x"]]}]}, "precedence"),
])
def test_bad_word_sets_are_refused(tmp_path, spec, error):
    from luytre.errors import PackageError

    with pytest.raises(PackageError, match=error):
        _rules_file(tmp_path, {"label": "urgent", **spec})


def test_a_minor_bite_the_model_sends_to_emergency_gets_the_bite_advice(expert):
    # issue 20: a minor dog bite got the one general emergency text; the model's own alarm is named by its sign
    reply = expert.answer("con tôi bị chó hàng xóm cắn vào tay, vết nhỏ")
    if reply.result["label"] == "cap_cuu":
        assert reply.result["family"] == "dog_bite" and reply.result["decided_by"] != "rule"
        assert "xà phòng" in reply.text and reply.confidence < 1.0
    else:
        assert reply.result["label"] in ("nhi", "noi_tong_quat")
    adult = expert.answer("tôi bị chó nhà cắn xước nhẹ ở bắp chân, có cần tiêm phòng dại không")
    assert adult.result["label"] != "cap_cuu" and "bé" not in adult.text


def test_a_set_in_its_own_codes_is_measured_through_a_map(tmp_path):
    from luytre.kinds.classifier.build import TestSet, build_classifier

    rules = {"label": "hoc_phi", "rules": [{"id": "late", "flag": "late_fee", "all": [["nộp muộn"]]}]}
    data, manifest = _helpdesk_source(tmp_path, 'rules = "rules.json"\n', rules, None)
    written = tmp_path / "theirs.jsonl"
    written.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"text": "em nộp muộn học phí thì sao", "code": "LIB", "urgent": True, "late_fee": True},
        {"text": "thu vien mo cua may gio", "code": "LIB", "urgent": False, "late_fee": False},
        {"text": "hoc phi ky nay bao nhieu", "code": "FEES", "urgent": True, "late_fee": False},
    ]), encoding="utf-8")
    theirs = TestSet(written, label_field="code", label_map={"LIB": "thu_vien", "FEES": "hoc_phi"},
                     focus_field="urgent", name="theirs.jsonl (first run)")
    package = build_classifier(data, manifest, tmp_path / "out", tests=[theirs])
    metrics = {(m.name, m.dataset): (m.value, m.n) for m in package.manifest.metrics}
    assert metrics[("recall_hoc_phi", "theirs.jsonl (first run)")][1] == 2  # the urgent rows
    assert metrics[("family_late_fee", "theirs.jsonl (first run) [late_fee]")] == (1.0, 1)
    unmapped = TestSet(written, label_field="code")
    with pytest.raises(Exception, match="LIB"):
        build_classifier(data, manifest, tmp_path / "out2", tests=[unmapped])


@pytest.mark.parametrize("text", ["song lam gi cho met, chac minh nen ket thuc cho xong",
                                  "ko ai can minh ca, de minh di cho nhe"])
def test_a_fired_safety_rule_is_an_urgent_claim(expert, text):
    """Through /v1/ask these went unanswered: the router abstained although the rule had fired (blind2's
    first run through the node; fixed after it, so this is a regression test, not a blind figure)."""
    claim = expert.claim(text)
    assert claim is not None and claim.urgent and claim.score == 1.0


def test_a_suspended_sentence_is_not_hanging(expert):
    """"án treo" (a suspended sentence) typed without marks reads "an treo ... treo co" ("treo cổ")."""
    answer = expert.answer("An treo la gi, nguoi huong an treo co duoc di lam binh thuong khong?")
    assert answer.result["label"] != "cap_cuu"
    assert not expert.claim("An treo la gi, nguoi huong an treo co duoc di lam binh thuong khong?").urgent


def test_a_confident_model_emergency_is_an_urgent_claim(expert):
    """No red-flag rule names this collapse, the model alone calls it an emergency: its claim is urgent
    (through the node, two such complaints had gone to other experts), below a fired rule's certainty."""
    claim = expert.claim("đang đi bỗng choáng váng ngất xỉu")
    assert claim.urgent and 0.65 <= claim.score < 1.0


@pytest.mark.parametrize("text", ["cách trồng hoa hồng trong chậu", "viết giúp tôi bài thơ về mùa thu",
                                  "giá vàng hôm nay bao nhiêu"])
def test_an_everyday_question_is_neither_urgent_nor_claimed(expert, text):
    """The model may give an unrelated question its emergency label (its prior); the in-domain evidence
    keeps the claim low and never urgent."""
    claim = expert.claim(text)
    assert not claim.urgent and claim.score < 0.65


def test_rules_keep_no_reading_of_long_questions(redflags):
    """The rules remember recent readings (claim, then answer), but a flood of distinct 4 KB questions, each
    reading into thousands of n-grams, must not stay in memory."""
    import tracemalloc

    redflags.match("đau ngực không khó thở")
    tracemalloc.start()
    try:
        for i in range(100):
            redflags.match(f"{i:04d} " + "con tôi sốt cao co giật tím tái " * 130)  # ~4 KB each, all distinct
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert held < 2_000_000, f"{held} bytes still held after 100 distinct 4 KB questions"
