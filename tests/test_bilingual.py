"""English questions read in Vietnamese (``luytre.text.bilingual``): detection, the gloss, and routing.

Every question here was written for this test, not taken from a routing set."""

from __future__ import annotations

import time

import pytest

from luytre.routing.router import Router
from luytre.text.bilingual import as_vietnamese, function_words, is_english, lexicon


@pytest.mark.parametrize("text", [
    "How long does it take to get a new passport?",
    "My son wants to borrow two books from the library, is that allowed?",
    "Which department treats a sprained wrist?",
    "I can't log in to the banking app, the OTP never comes",
    "what papers do we need to set up a small company",
])
def test_english_questions_are_told_apart(text):
    assert is_english(text)


@pytest.mark.parametrize("text", [
    "Thủ tục đăng ký tạm trú cho sinh viên thuê trọ cần những gì?",
    "thu tuc dang ky tam tru cho sinh vien thue tro can nhung gi",
    "the atm cua em bi khoa roi, mo lai the nao",  # "the" is thẻ, "can" is cần
    "quên mật khẩu app banking thì làm sao",  # a loanword or two
    "check CCCD 012345678901 giúp em",
    "sdt 0912 xxx mang gi vay",
    "giải phương trình x^2 - 4x + 3 = 0",
    "",
])
def test_vietnamese_is_left_unchanged(text):
    assert not is_english(text)
    assert as_vietnamese(text) == text


def test_the_gloss_renders_terms_and_keeps_numbers_codes_and_names():
    glossed = as_vietnamese("Which ward is 25 Nguyen Trai, Ward 3, District 5, HCMC in now?")
    assert "25 Nguyen Trai, phường 3, quận 5, TP HCM" in glossed
    assert as_vietnamese("Is the plate 51G-123.45 from Saigon?").count("51G-123.45") == 1
    glossed = as_vietnamese("What documents do I need to register a birth for my newborn?")
    assert "đăng ký khai sinh" in glossed and "need" not in glossed and "do" not in glossed.split()
    # a capitalized word inside the sentence may be a name: a function word there is kept
    assert "Can Tho" in as_vietnamese("How much is a flight from Hanoi to Can Tho?")
    # and a term at the end of a name is part of the name, not an address unit or a house
    assert "Opera House" in as_vietnamese("What time does the Saigon Opera House open tonight?")


def test_phrases_win_over_their_words_and_plurals_are_found():
    assert as_vietnamese("how much are the fees for a driving licence").startswith("bao nhiêu lệ phí giấy phép lái xe")
    assert "sốt cao" in as_vietnamese("my kids have a high fever since yesterday")


def test_past_forms_and_everyday_phrases_of_app_school_and_health_questions_are_read():
    """English questions use past forms and phrases the stems of plurals do not reach ("forgot", "locked", "not
    arriving", "expired", "average mark"): each is read as the Vietnamese the experts' data uses."""
    glossed = as_vietnamese("I forgot the password and my account got locked, the SMS code is not arriving")
    assert all(term in glossed for term in ("quên", "bị khóa", "không nhận được")), glossed
    assert "forgot" not in glossed and "locked" not in glossed
    assert "hết hạn" in as_vietnamese("My driving licence expired last week, can I renew it in person?")
    assert "điểm trung bình" in as_vietnamese("How is the average mark of a subject calculated this year?")
    assert "bỏ ăn" in as_vietnamese("My baby has a fever and is refusing to eat, which department should we see?")


def test_a_word_with_an_everyday_other_sense_is_glossed_only_in_its_phrases():
    """"Lift" is a thang máy in a hospital's lobby and "nhấc" only when an arm is lifted; "speech" is "nói ngọng"
    only when slurred: a bare word glossed by its rarer sense puts a symptom into a question about a building."""
    assert as_vietnamese("Is there a lift in the hospital?").startswith("thang máy")
    stroke = as_vietnamese("since yesterday I cannot lift my arm and my speech is slurred")
    assert "nhấc được tay" in stroke and "nói ngọng" in stroke, stroke
    assert "nói therapy" not in as_vietnamese("where can my son get speech therapy")


def test_the_lexicon_is_well_formed():
    entries = lexicon()
    assert len(entries) > 300
    assert all(english == tuple(w.lower() for w in english) and gloss.strip() for english, gloss in entries.items())
    assert not {words[0] for words in entries if len(words) == 1} & {"the", "a", "is", "you"}
    assert {"what", "please", "your"} <= function_words()


def test_reading_a_hostile_text_is_linear():
    """4 KB of letters, separators and near-words: no pattern may backtrack on it."""
    for text in ("a" * 4096 + "1", "a-" * 2048 + "1", "ngh" * 1365 + "x", "What " * 819, "'" * 4096):
        started = time.process_time()
        as_vietnamese(text)
        is_english(text)
        assert time.process_time() - started < 0.2, text[:20]


def test_an_english_question_reaches_the_expert_trained_on_vietnamese_only():
    """Two experts whose examples are all Vietnamese; English questions on either go to it, and an English
    question on neither is abstained on."""
    experts = {
        "residence": ["thủ tục đăng ký tạm trú cần giấy tờ gì", "đăng ký thường trú ở đâu",
                      "khai báo tạm vắng thế nào", "hồ sơ đăng ký tạm trú cho người thuê nhà",
                      "lệ phí đăng ký thường trú bao nhiêu", "đăng ký tạm trú trực tuyến được không"],
        "savings": ["lãi suất gửi tiết kiệm 6 tháng bao nhiêu", "mở tài khoản tiết kiệm cần gì",
                    "rút tiết kiệm trước hạn có mất lãi không", "gửi tiết kiệm trực tuyến thế nào",
                    "lãi suất tiết kiệm 12 tháng", "tất toán sổ tiết kiệm ở chi nhánh nào"],
    }
    router = Router(min_confidence=0.3).fit(experts)
    assert router.route("I am renting a flat, where do I register temporary residence?").expert == "residence"
    assert router.route("What is the interest rate on a 12-month savings account?").expert == "savings"
    assert router.route("Write me a short poem about the sea").expert is None


@pytest.mark.parametrize(("text", "kept", "not_glossed"), [
    ("Son Tra district, where is the nearest hospital?", "quận Son Tra", "con trai"),
    ("Are there good schools in Son La province?", "tỉnh Son La", "con trai"),
    ("My sister Loan has a bad cough, which clinic?", "Loan", "khoản vay"),
    ("What time does Song Be hospital open?", "Song Be", "bài hát"),
    ("Where should I register my new address, 7 Tran Phu Street, Ward 5, Phu Nhuan District?",
     "đường Tran Phu, phường 5, quận Phu Nhuan", "Street"),
])
def test_names_are_kept_and_address_units_come_before_them(text, kept, not_glossed):
    glossed = as_vietnamese(text)
    assert kept in glossed and not_glossed not in glossed, glossed


def test_a_unit_asked_about_is_not_read_as_a_numbered_unit():
    glossed = as_vietnamese("Which ward is 40 Hai Ba Trung street in after the merger?")
    assert "phường nào 40 đường Hai Ba Trung" in glossed and "phường 40" not in glossed, glossed


def test_names_do_not_break_terms_and_places():
    assert "hộ chiếu Việt Nam" in as_vietnamese("How do I renew my Vietnamese passport quickly?")
    assert "Hà Nội" in as_vietnamese("Can I open a bank account in Hanoi as a student?")
    assert "Việt kiều" in as_vietnamese("What documents does a Viet Kieu need to buy an apartment?")


def test_a_word_of_its_own_wins_over_its_stem():
    assert "điểm" in as_vietnamese("How can I check my grades for this term?")
    assert "lớp" not in as_vietnamese("How can I check my grades for this term?")
    assert "từ vựng" in as_vietnamese("Teach me some English words about the kitchen")


@pytest.mark.parametrize(("word", "bare"), [
    ("taxes", "tax"), ("churches", "church"), ("wishes", "wish"), ("movies", "movie"), ("cities", "city"),
    ("grades", "grade"), ("jobs", "job"), ("school's", "school"),
])
def test_stems_find_the_bare_form(word, bare):
    from luytre.text.bilingual import _stems
    assert bare in _stems(word)


def test_plurals_of_x_ch_sh_and_ie_words_are_glossed():
    assert "thuế" in as_vietnamese("When are income taxes due for a small shop owner?")
    assert "phim" in as_vietnamese("Which movies are showing near my house tonight?")


@pytest.mark.parametrize(("text", "kept"), [
    ("sorry shop, ship hang toi so 12 Tran Phu when", "so 12"),  # so nhà: số nhà
    ("Sorry, can u check giup toi cai don hang nay co ship dc khong", "don hang"),
])
def test_chat_vietnamese_keeps_its_syllables(text, kept):
    assert kept in as_vietnamese(text), as_vietnamese(text)


@pytest.mark.parametrize("text", [
    "help e voi, I cant log in dc",
    "ad oi, e ko vao dc app, forgot password roi",
])
def test_chat_vietnamese_with_english_words_is_not_english(text):
    assert not is_english(text)
    assert as_vietnamese(text) == text


def test_has_have_had_are_function_words_and_the_lexicon_is_read_only():
    assert {"has", "have", "had"} <= function_words()
    assert "had" not in as_vietnamese("My father has had chest pain since noon").split()
    with pytest.raises(TypeError):
        lexicon()[("x",)] = "y"  # type: ignore[index]


@pytest.mark.parametrize(("text", "rendered"), [
    ("My brother keeps saying he wants to kill himself", "tự sát"),
    ("my daughter is suicidal since her exam, who can we call", "có ý định tự tử"),
    ("he told me he will end his life tonight", "kết thúc cuộc đời"),
    ("I found out my son has been cutting himself", "tự rạch tay"),
    ("she took an overdose of her mother's pills", "quá liều"),
    ("I sliced my finger on a kitchen knife and it keeps bleeding", "chảy máu không cầm được"),
])
def test_self_harm_and_wounds_in_english_read_as_the_words_safety_rules_know(text, rendered):
    """The triage expert's safety rules are written in Vietnamese ("tự sát", "quá liều"): an English cry for help
    must reach them in the words they know, not as "killing himself" left as written."""
    assert rendered in as_vietnamese(text)


@pytest.mark.parametrize(("text", "rendered"), [
    ("my cousin keeps telling everyone she wanted to die after the divorce", "muốn chết"),
    ("My uncle killed himself last spring, and now my aunt talks the same way", "tự sát"),
    ("our neighbour's son took his own life, how do we help his little sister", "tự sát"),
    ("my best friend texted that she is going to end her life tonight", "kết thúc cuộc đời"),
    ("he wrote that he would end it all after the exam results", "kết thúc tất cả"),
    ("my grandfather overdosed on his heart medicine by mistake, what do we do", "uống quá liều"),
    ("she swallowed a whole bottle of sleeping pills an hour ago", "uống quá liều"),
    ("my brother took too many of his sleeping tablets after the fight", "uống quá liều"),
    ("my teenage daughter has been self-harming and hides her arms", "tự làm hại bản thân"),
    ("I found blood in the bathroom, my roommate cut her wrists", "rạch cổ tay"),
    ("the boy next door tried to hang himself in the garage", "treo cổ"),
])
def test_a_cry_for_help_reads_as_safety_words_whatever_its_verb_form_or_person(text, rendered):
    """The lexicon keys exact words; a cry for help comes in every tense and person ("overdosed", "took his own
    life", "cut her wrists"), and each must reach the triage expert's safety rules in words they know."""
    assert rendered in as_vietnamese(text), as_vietnamese(text)


@pytest.mark.parametrize("hostile", [
    "took a lot of " * 300, "self " * 800, " " * 4096, "wants to " * 450, "cut my " * 580, "killed " * 580,
    "took a whole bottle of the my " * 130,
])
def test_the_cry_for_help_patterns_are_linear_on_hostile_text(hostile):
    started = time.perf_counter()
    as_vietnamese("what is this " + hostile[:4096])
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize(("text", "rendered"), [
    ("My daughter was late again this week, what is the penalty", "đi muộn"),
    ("what happens if a student is late for class twice", "vào lớp muộn"),
    ("what time does the school day start", "bắt đầu"),
    ("can parents visit during school hours", "giờ học"),
    ("is the pool open to students on Sunday", "bể bơi"),
    ("I lost my membership card for the gym", "thẻ hội viên"),
    ("my card was charged twice for a Grab ride", "thẻ ngân hàng"),
    ("where do I get a student card", "thẻ học sinh"),
])
def test_everyday_school_and_card_words_are_glossed(text, rendered):
    assert rendered in as_vietnamese(text), as_vietnamese(text)
