"""Issue 23, tenth round: what set 12's first pass showed the patterns still got wrong,
fixed by structure (each case in new words, not the set's own message).

A message someone else received and the writer passes on ("我妈收到一条短信，截图给我看")
asks the reader for nothing: the "received a text … send me a screenshot" structure of a
code ask is the fraudster speaking to the person whose phone got the code.
"""

from __future__ import annotations

import pytest

from debthelp.check import check


def asks(text: str) -> set[str]:
    return {hit.id for hit in check(text, learned=False).asks}


@pytest.mark.parametrize(
    "text",
    [
        "我爸收到一条短信，截图给我看了：【12368】您有一份电子送达文书，请通过人民法院在线服务小程序查看。",
        "她收到个短信，截图发我了，说是法院的传票，让我帮她看看真假",
        "我姐收到一条短信 截图给我 说是什么互联网法院 吓死了",
    ],
)
def test_a_text_someone_else_received_and_passes_on_asks_no_code(text: str) -> None:
    assert "code" not in asks(text)
    assert check(text, learned=False).reading != "scam"


@pytest.mark.parametrize(
    "text",
    [
        "稍后您会收到一条短信，截图发给我核实一下身份",
        "你手机马上收到一条短信，里面有6位数字，念给我听一下",
        "等下你会收到一条验证短信，把短信内容截图发我，我帮你办理注销",
    ],
)
def test_a_text_the_reader_is_to_pass_on_is_still_a_code_ask(text: str) -> None:
    assert "code" in asks(text)
    assert check(text, learned=False).reading == "scam"
