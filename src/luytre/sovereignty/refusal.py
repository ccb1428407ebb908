"""A refusal that helps: what was found, why it cannot be processed here, what to do instead.

In Vietnamese and English. It names kinds of data, never the values, so it is as safe to show or log
as the audit entry.
"""

from __future__ import annotations

from luytre.sovereignty.categories import Categorization

_TYPES = {
    "CCCD": ("số căn cước (CCCD)", "a citizen ID (CCCD) number"),
    "CMND": ("số CMND", "an ID card (CMND) number"),
    "TAX_CODE": ("mã số thuế", "a tax code"),
    "PHONE": ("số điện thoại", "a phone number"),
    "EMAIL": ("địa chỉ email", "an e-mail address"),
    "BANK_ACCOUNT": ("số tài khoản ngân hàng", "a bank account number"),
    "CARD": ("số thẻ thanh toán", "a payment card number"),
    "HEALTH_INSURANCE": ("số thẻ BHYT", "a health insurance card number"),
    "SOCIAL_INSURANCE": ("số BHXH", "a social insurance number"),
    "PASSPORT": ("số hộ chiếu", "a passport number"),
    "PLATE": ("biển số xe", "a licence plate"),
    "DOB": ("ngày sinh", "a date of birth"),
    "PERSON": ("họ tên", "a person's name"),
    "ADDRESS": ("địa chỉ nhà", "a street address"),
    "ID_NUMBER": ("một dãy số giống mã định danh", "a number that looks like an identifier"),
}
_TOPICS = {
    "health": ("sức khỏe", "health"), "finance": ("tài chính, ngân hàng", "finance and banking"),
    "criminal": ("tiền án, vụ án", "criminal matters"),
    "political_religious": ("tôn giáo, chính trị", "religion or politics"),
    "sex_life": ("đời sống tình dục, xu hướng tính dục", "sex life or orientation"),
    "biometric": ("sinh trắc học", "biometrics"), "genetic": ("di truyền", "genetics"),
    "ethnicity": ("dân tộc", "ethnicity"), "location_realtime": ("vị trí hiện tại", "real-time location"),
    "unread": ("chữ viết liền không đọc chắc được", "words run together that cannot be read with certainty"),
    "learned_topic": ("một chủ đề có thể nhạy cảm mà từ điển chưa có", "a topic that may be sensitive, in words no "
                      "lexicon lists"),
}
_WHO = {"asker": ("về bạn hoặc người nhà", "about you or your family"),
        "other": ("về một người cụ thể", "about a specific person"),
        "someone": ("của một người cụ thể", "of a specific person")}

# rule -> (why, what to do), each (vi, en)
_REASONS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "sensitive-stays-local": (
        ("dữ liệu cá nhân nhạy cảm không được gửi ra khỏi nút này, kể cả khi đã che",
         "sensitive personal data never leaves this node, even redacted"),
        (("hỏi lại không kèm thông tin về bản thân (ví dụ \"người bị … có được …?\"), hoặc hỏi một chuyên gia "
          "trên nút này được khai báo xử lý loại dữ liệu đó"),
         ("ask again without details about yourself (e.g. \"can someone with … …?\"), or ask an expert on "
          "this node declared for that kind of data"))),
    "possibly-sensitive-stays-local": (
        (("câu hỏi có thể nói về một người cụ thể và về một chủ đề nhạy cảm; khi chưa chắc chắn, nó không được gửi "
          "sang nút khác, kể cả khi đã che"),
         ("the question may be about a specific person and a sensitive topic; while that is unsure it is not sent "
          "to another node, even redacted")),
        (("hỏi một chuyên gia trên nút này; hoặc viết lại câu hỏi có dấu, tách từ, không kèm thông tin về người đó "
          "(ví dụ \"người bị … có được …?\")"),
         ("ask an expert on this node; or write the question again with diacritics and spaces, without details "
          "about that person (e.g. \"can someone with … …?\")"))),
    "personal-data-stays-local": (
        ("câu hỏi nói (hoặc có thể nói) về một người cụ thể (bạn, người nhà hoặc người khác) nên không được gửi "
         "sang nút khác",
         "the question is (or may be) about a specific person (you, your family or someone else), so it is not "
         "sent to another node"),
        (("hỏi lại không kèm thông tin về người đó (ví dụ \"người bị … có được …?\"), hoặc hỏi một chuyên gia "
          "trên nút này"),
         ("ask again without details about that person (e.g. \"can someone with … …?\"), or ask an expert on "
          "this node"))),
    "no-personal-data-abroad": (
        ("không gửi dữ liệu cá nhân ra nút ở nước ngoài (Luật 91/2025)",
         "no personal data goes to a node abroad (Law 91/2025)"),
        ("hỏi lại không kèm thông tin cá nhân, hoặc dùng một chuyên gia trong nước",
         "ask again without personal data, or use an expert in Vietnam")),
    "consent-for-secondary-purposes": (
        ("mục đích này cần sự đồng ý đã ghi nhận của chủ thể dữ liệu",
         "this purpose needs the data subject's recorded consent"),
        ("ghi nhận sự đồng ý (luytre consent grant) hoặc dùng mục đích \"answer\"",
         "record consent (luytre consent grant) or use the purpose \"answer\"")),
    "no-third-party-lookup": (
        ("câu hỏi đòi xem thông tin nhạy cảm của người khác mà không cho thấy quyền được xem",
         "it asks for another person's sensitive record without showing a right to it"),
        (("chỉ chính người đó, người giám hộ, người được ủy quyền hoặc nhân viên điều trị được hỏi; hãy liên hệ "
          "bộ phận hồ sơ với giấy tờ tùy thân hoặc giấy ủy quyền"),
         ("only that person, their guardian, someone they authorised or their treating staff may ask: contact "
          "the records office with ID or a written authorisation"))),
    "redaction-would-hide-the-values": (
        (("chuyên gia này cần chính các giá trị đó, nhưng chính sách chỉ cho phép gửi bản đã che; nó sẽ trả lời "
          "sai là không tìm thấy"),
         ("this expert needs those very values but policy allows only a redacted copy; it would wrongly answer "
          "that nothing was found")),
        ("hỏi riêng về mã cần kiểm tra, không kèm thông tin nhạy cảm khác, hoặc hỏi một chuyên gia trên nút này",
         "ask about the value alone, without other sensitive details, or ask an expert on this node")),
}
_NOT_DECLARED = (
    ("chuyên gia được chọn không được khai báo để xử lý loại dữ liệu này",
     "the chosen expert is not declared to process this kind of data"),
    (("bỏ các thông tin cá nhân không cần thiết rồi hỏi lại, hoặc nhờ người quản trị cài một chuyên gia được khai "
      "báo cho loại dữ liệu này"),
     ("remove personal details the question does not need and ask again, or ask the operator to install an "
      "expert declared for this kind of data")))


def _found(categorization: Categorization, entity_types: tuple[str, ...], lang: int) -> str:
    parts = [_TYPES.get(t, (t, t))[lang] for t in entity_types]
    who = _WHO.get(categorization.person)
    if categorization.topics:
        topics = ", ".join(_TOPICS.get(t, (t, t))[lang] for t in categorization.topics)
        if who:
            parts.append(("thông tin " if lang == 0 else "information on ") + topics + " " + who[lang])
    if not parts and categorization.personal and who:  # a disclosure with no value and no sensitive topic
        parts.append(("thông tin " if lang == 0 else "information ") + who[lang])
    if not parts and categorization.signal:  # a sign of a person the gate could not confirm
        parts.append("có thể có thông tin về một người cụ thể" if lang == 0 else
                     "possibly information about a specific person")
    doubts = [t for t in categorization.possible if t not in categorization.topics]
    if doubts and categorization.signal:
        parts.append(("có thể liên quan đến: " if lang == 0 else "possibly about: ")
                     + ", ".join(_TOPICS.get(t, (t, t))[lang] for t in doubts))
    if not parts:
        return "không có dữ liệu cá nhân" if lang == 0 else "no personal data"
    return ", ".join(parts)


def explain(rule: str, categorization: Categorization, entity_types: tuple[str, ...], lang: str) -> str:
    """The refusal of a request the policy denied by ``rule``, in ``lang`` ("vi" or "en")."""
    i = 1 if lang == "en" else 0
    (why, todo) = _REASONS.get(rule, _NOT_DECLARED)
    found = _found(categorization, entity_types, i)
    if i:
        return (f"Not processed (rule: {rule}). Found: {found}. Why: {why[1]}. What you can do: {todo[1]}.")
    return f"Chưa xử lý được (quy tắc: {rule}). Đã thấy: {found}. Lý do: {why[0]}. Bạn có thể: {todo[0]}."
