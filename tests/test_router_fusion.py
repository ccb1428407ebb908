"""The router's fusion learns how far text scores can be trusted from scores of examples the text model did not see."""

import numpy as np

from luytre.routing.router import Router, training_examples

# Two experts written the way manifests often are: a few templates, each filled with several objects.
EXPERTS = {
    "procedures": [f"làm lại {p} ở đâu" for p in ("căn cước", "hộ chiếu", "giấy khai sinh", "sổ hộ khẩu")]
    + [f"hồ sơ xin {p} gồm những gì" for p in ("giấy phép xây dựng", "đăng ký kết hôn", "trích lục", "cấp sổ đỏ")]
    + [f"lệ phí {p} mất bao nhiêu tiền" for p in ("công chứng", "chứng thực bản sao", "sang tên xe", "đổi bằng lái")],
    "bank": [f"khóa {c} tạm thời thế nào" for c in ("thẻ ATM", "thẻ tín dụng", "ví điện tử", "thẻ ghi nợ")]
    + [f"quên mật khẩu {c} phải làm sao" for c in ("internet banking", "ứng dụng ngân hàng", "mã PIN", "smart OTP")]
    + [f"phí thường niên của {c} là bao nhiêu" for c in ("thẻ visa", "thẻ bạch kim", "gói tài khoản", "thẻ phụ")],
}


def test_the_fusion_is_fitted_on_scores_from_models_that_did_not_see_the_example():
    """A bank question phrased like the procedures ones ("… ở đâu"): the served text model, trained on it, remembers
    its label; the scores the fusion is fitted on come from models trained on the other folds, which do not, so the
    fusion learns how far the text model can be trusted on a phrasing it has not seen."""
    odd = "quầy giao dịch gần nhất ở đâu"
    experts = {**EXPERTS, "bank": [*EXPERTS["bank"], odd]}
    router = Router(min_confidence=0.3).fit(experts)
    model = router.model_
    assert model is not None and model.oof_proba_ is not None
    # Router.fit's rows: each expert's training examples in order, then the background questions
    texts = [t for e in sorted(experts) for t in training_examples(experts[e])]
    labels = [e for e in sorted(experts) for _ in training_examples(experts[e])]
    row = texts.index(odd)
    assert model.predict_proba(odd)["bank"] > 0.5 > model.oof_proba_["bank"][row]
    held_out = np.array([model.oof_proba_[label][i] for i, label in enumerate(labels)])
    in_sample = np.array([model.predict_proba(t)[label] for t, label in zip(texts, labels)])
    assert held_out.mean() < in_sample.mean()
    # served with the model trained on everything: the odd question is the bank's
    assert router.route(odd).expert == "bank"
