"""yamlio counts a file's items before composing it (issue 27, F17): a file with
more than MAX_NODES is refused in constant memory, with its name, the place and
the limit; anything else reads, or fails, exactly as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from debthelp import yamlio
from debthelp.errors import GuidanceError, InputError
from debthelp.i18n import t
from debthelp.rate.schedule import read_schedule
from debthelp.yamlio import load_yaml


@pytest.fixture
def small_limit(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(yamlio, "MAX_NODES", 20)
    monkeypatch.setattr(yamlio, "_COUNT_FROM", 10)
    return 20


def _keys(n: int) -> str:
    return "".join(f"k{i}: v\n" for i in range(n))


def test_a_file_with_too_many_items_is_refused_where_the_limit_is_passed(small_limit: int) -> None:
    with pytest.raises(GuidanceError) as info:
        load_yaml(_keys(50), path="g.yaml", error=GuidanceError)
    assert info.value.key == "yaml-too-many"
    # the mapping, then a key and a value a line: item 21 is the value on line 10
    assert info.value.params == {"path": "g.yaml", "line": 10, "column": 5, "limit": "20"}
    for lang, words in (("en", "more than 20 items"), ("zh", "超过 20 个")):
        text = t("yaml-too-many", lang, **info.value.params)
        assert "g.yaml" in text and words in text


def test_up_to_the_limit_it_reads(small_limit: int) -> None:
    assert load_yaml(_keys(9), path="g.yaml", error=GuidanceError) == {
        f"k{i}": "v" for i in range(9)
    }  # 19 items


@pytest.mark.parametrize("items", ["[a, b, c, d, e, f, g, h, i, j, k, l]", "- a\n" * 25])
def test_lists_and_flow_forms_count_too(small_limit: int, items: str) -> None:
    text = f"x: {items}\ny: {items}\n" if items.startswith("[") else items
    with pytest.raises(GuidanceError) as info:
        load_yaml(text, path="g.yaml", error=GuidanceError)
    assert info.value.key == "yaml-too-many"


def test_aliases_count_and_are_refused_either_way(small_limit: int) -> None:
    with pytest.raises(GuidanceError) as info:
        load_yaml(
            "a: &x [1, 2]\n" + "".join(f"b{i}: *x\n" for i in range(30)),
            path="g",
            error=GuidanceError,
        )
    assert info.value.key == "yaml-too-many"
    with pytest.raises(GuidanceError) as info:
        load_yaml("a: &x [1, 2]\nb: *x\n" + " " * 20, path="g", error=GuidanceError)
    assert info.value.key == "yaml-alias"


def test_a_syntax_error_in_a_long_file_is_still_a_syntax_error(small_limit: int) -> None:
    with pytest.raises(GuidanceError) as info:
        load_yaml("a: [1, 2\nb: 3\n" + "#" * 40, path="g", error=GuidanceError)
    assert info.value.key == "yaml-syntax"
    with pytest.raises(GuidanceError) as info:
        load_yaml("a: 1\nb: \x1b\n" + "#" * 40, path="g", error=GuidanceError)
    assert info.value.key == "yaml-control-char"


def test_the_shipped_files_are_far_under_the_limit() -> None:
    from tests.util import ROOT

    for path in sorted((ROOT / "data").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert len(text) < yamlio._COUNT_FROM * 20
        load_yaml(text, path=str(path), error=GuidanceError)  # counted when long, and read


def test_a_schedule_with_too_many_items_says_so_as_a_schedule(
    small_limit: int, tmp_path: Path
) -> None:
    path = tmp_path / "s.yaml"
    rows = "".join(f"- {{date: 2026-01-{d:02d}, amount: 100}}\n" for d in range(1, 20))
    path.write_text(f"start: 2026-01-01\npayments:\n{rows}", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_schedule(path)
    assert info.value.key == "rate.schedule-yaml-too-many"
    assert str(path) in t(info.value.key, "en", **info.value.params)
