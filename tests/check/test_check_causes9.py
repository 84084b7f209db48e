"""The ninth round (issue 23): what held-out set 10 showed after its first pass.

A real court e-service SMS gives the reader a code to type on the official site
("请登录 zxfw.court.gov.cn 输入身份证号后六位及验证码 403917 查阅"): the code is
printed in the message, given rather than asked for, and the notice is one to check,
never a fraud. A message that asks for the code the reader received still is one.
"""

from __future__ import annotations

import pytest

from debthelp.check import check


@pytest.mark.parametrize(
    "text",
    [
        "【某区人民法院】李某：原告某担保公司诉你金融借款合同纠纷一案已委派诉前调解。"
        "请登录 https://zxfw.court.gov.cn 输入身份证号后六位及验证码 403917 查阅。",
        "【人民法院】您有一份电子送达文书，请登录人民法院在线服务输入验证码：582930 查看。",
    ],
)
def test_a_court_sms_that_gives_its_own_code_is_one_to_check(text: str) -> None:
    result = check(text)
    assert "code" not in {hit.id for hit in result.asks}
    assert result.reading == "verify"


@pytest.mark.parametrize(
    "text",
    [
        "客服：请把你手机收到的验证码告诉我，我帮你取消会员",
        "我是法院的，你输入一下刚收到的验证码，我这边帮你撤诉",
        "请输入验证码完成解冻，验证码会发到你手机上，然后告诉我",
    ],
)
def test_a_code_asked_for_is_still_a_fraud(text: str) -> None:
    result = check(text)
    assert "code" in {hit.id for hit in result.asks}
    assert result.reading == "scam"
