"""Plain-text wrapping: widths hold, nothing is lost, Chinese line-breaking rules are kept."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from debthelp.render import _NO_END, _NO_START, cell_width, wrap

PIECES = st.sampled_from(
    [
        *"你好我们法院支付令催收",
        *"，。）》”、",
        *"（《“",
        " abc ",
        " 110 ",
        " Art. ",
        " 12348 ",
        " ",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=60), st.integers(min_value=14, max_value=60))
def test_wrap_keeps_every_character_and_the_width(pieces: list[str], width: int) -> None:
    text = "".join(pieces)
    lines = wrap(text, width, "  ")
    assert all(cell_width(line) <= width for line in lines)
    assert "".join(line[2:] for line in lines).replace(" ", "") == text.replace(" ", "")


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from([*"你好我们法院支付令催收", *"，。）", *"（“"]), max_size=80),
    st.integers(min_value=10, max_value=40),
)
def test_pure_chinese_never_starts_a_line_with_a_closing_mark(
    pieces: list[str], width: int
) -> None:
    text = "".join(pieces)
    lines = wrap(text, width)
    for number, line in enumerate(lines):
        # A line made only of marks has nothing before it that could move down.
        if number and line and not all(ch in _NO_START | _NO_END for ch in line):
            assert line[0] not in _NO_START, lines
        if number < len(lines) - 1 and line and not all(ch in _NO_START | _NO_END for ch in line):
            assert line[-1] not in _NO_END, lines


def test_examples() -> None:
    assert wrap("一二三四五六七八（2024年）", 20) == ["一二三四五六七八", "（2024年）"]
    # "：" may not start a line, so "全" moves down with it.
    assert wrap("先让自己安全：锁好门，去人多的地方。", 12) == [
        "先让自己安",
        "全：锁好门，",
        "去人多的地",
        "方。",
    ]
    assert wrap("If the court serves you with papers.", 20, "   ", "1. ") == [
        "1. If the court",
        "   serves you with",
        "   papers.",
    ]
