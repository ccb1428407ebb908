"""Routing v2 with organization-built experts: a bank's classifier and a school's retrieval expert,
built from tests/data/orgs and signed with the test publisher's key, beside the identity expert.

The figures asserted on the routing set come from ``tests/data/routing/dev.jsonl`` (the set the router
was tuned on: a regression guard, not a blind result; the blind figures are bench/routing.py's on test.jsonl)."""

from __future__ import annotations

import json
import re
import tomllib

import pytest

from conftest import DATA, build, signed, trust_publishers
from luytre.kinds import Claim
from luytre.text.bilingual import is_english

ORGS = DATA / "orgs"
ROUTING = DATA / "routing"
HERE = {"bank-cskh", "school-regs", "vn-identity"}


@pytest.fixture(scope="module")
def org_node(tmp_path_factory, publishers, identity_package):
    from luytre.home import init_home
    from luytre.kinds.retrieval.build import RetrievalSource, build_retrieval
    from luytre.node.service import Node

    base = tmp_path_factory.mktemp("orgs")
    bank = signed(build(ORGS / "bank-cskh", base / "bank-cskh"), publishers, "luytre-tests")
    options = tomllib.loads((ORGS / "school-regs.toml").read_text(encoding="utf-8"))
    school = build_retrieval(ORGS / "school-regs", RetrievalSource(**options), base / "school-regs").package.root
    signed(school, publishers, "luytre-tests")
    home, _ = init_home(base / "home", name="orgs")
    trust_publishers(home.path, publishers)
    node = Node.open(home.path)
    for package in (bank, school, identity_package):
        node.install(package)
    yield node
    node.close()


def test_every_expert_claims_its_own_questions_only(org_node):
    experts = org_node.loaded()
    own = {"bank-cskh": "thẻ ATM bị nuốt, khóa thẻ tạm thời thế nào",
           "school-regs": "học sinh đi học muộn 3 lần trong tháng thì bị xử lý thế nào",
           "vn-identity": "mã số thuế 0100109106 có hợp lệ không"}
    for expert_id, question in own.items():
        claim = experts[expert_id].claim(question)
        assert isinstance(claim, Claim) and 0.5 <= claim.score <= 1 and claim.reason, (expert_id, claim)
    assert experts["vn-identity"].claim("công thức nấu phở bò").score < 0.5
    assert experts["school-regs"].claim("giá vàng hôm nay bao nhiêu").score < 0.5


def test_an_organizations_expert_disowns_questions_naming_another_organization(org_node):
    """The bank's classifier and the school's retrieval expert read another bank's or school's question as their
    own words; their titles say whose they are, so they disown it and the router gives it to neither."""
    experts = org_node.loaded()
    for expert_id, question in (("bank-cskh", "lãi suất gửi tiết kiệm 6 tháng của Sacombank là bao nhiêu"),
                                ("bank-cskh", "the tin dung techcombank bi khoa thi mo lai sao"),
                                ("school-regs", "Trường THPT Trần Phú có cho học sinh mang điện thoại không"),
                                ("school-regs", "Đại học Bách khoa xét học bổng khuyến khích thế nào")):
        claim = experts[expert_id].claim(question)
        assert claim is not None and claim.disowned, (expert_id, question, claim)
        assert org_node.route(question).expert != expert_id, question
    assert not experts["bank-cskh"].claim("thẻ ATM bị nuốt, khóa thẻ tạm thời thế nào").disowned
    assert not experts["school-regs"].claim("Trường Hòa Bình xét học bổng khuyến khích thế nào").disowned


def test_routes_to_the_organizations_experts_through_the_node(org_node):
    routed = org_node.ask("cho em hỏi điều kiện xét học bổng vượt khó")
    assert routed.expert == "school-regs" and routed.result["found"]
    assert org_node.ask("quen mat khau app ngan hang lam sao lay lai").expert == "bank-cskh"
    assert org_node.route("mã số thuế 0100109106 có hợp lệ không").expert == "vn-identity"


def test_english_questions_reach_the_experts_built_on_vietnamese_data(org_node):
    """The school's documents and the bank's training texts are Vietnamese; English questions written for this
    test are glossed (luytre.text.bilingual) and still routed, the school's passage found and cited."""
    library = org_node.ask("How long can a student keep a book borrowed from the school library?", lang="en")
    assert library.expert == "school-regs" and library.result["answered_from"]["doc"] == "thu-vien.md"
    # a gloss is a list of terms: its syllable pairs find the passage its embedding alone falls short of
    retake = org_node.ask("When is the summer retake exam held?", lang="en")
    assert retake.expert == "school-regs" and retake.result["answered_from"]["doc"] == "thi-lai-kiem-tra-bu.md"
    assert org_node.ask("I forgot the password of my banking app, how can I reset it?", lang="en").expert == "bank-cskh"
    assert org_node.route("Who won the football league last season?").expert is None


def test_composed_question_is_answered_by_both_experts(org_node):
    result = org_node.ask("số tài khoản 0071001234567 có đúng định dạng không, và phí chuyển khoản liên ngân hàng "
                          "là bao nhiêu")
    parts = result.result["composed"]
    assert {p["expert"] for p in parts} == {"bank-cskh", "vn-identity"}
    assert "bank-cskh" in result.answer and "vn-identity" in result.answer


def test_abstention_says_what_the_node_can_do_in_the_askers_language(org_node):
    vi = org_node.ask("công thức nấu phở bò ngon nhất")
    assert vi.expert is None and "Nút này có thể giúp về" in vi.answer
    assert "Quy định của Trường THPT Hòa Bình" in vi.answer and vi.answer.count("•") == 3
    en = org_node.ask("what is the capital of France", lang="en")
    assert en.expert is None and "This node can help with" in en.answer and "Hoa Binh High School" in en.answer
    # English examples read as English: an unaccented Vietnamese example ("the atm nay…") is ASCII, not English.
    shown = re.findall(r"“([^”]+)”", en.answer)
    assert shown and all(is_english(example) for example in shown), shown


def test_routing_figures_on_the_dev_subset_for_these_experts(org_node):
    """Dev questions whose experts are all on this node, and out-of-scope ones."""
    items = [json.loads(line) for line in (ROUTING / "dev.jsonl").read_text(encoding="utf-8").splitlines()]
    single = [it for it in items if len(it["expected"]) == 1 and it["expected"][0] in HERE]
    outside = [it for it in items if not it["expected"]]
    hits = {e: [] for e in HERE}
    for it in single:
        hits[it["expected"][0]].append(org_node.route(it["query"]).expert == it["expected"][0])
    for expert, results in hits.items():
        assert sum(results) / len(results) >= 0.8, (expert, sum(results), len(results))
    abstained = [org_node.route(it["query"]).expert is None for it in outside]
    assert sum(abstained) / len(abstained) >= 0.6
