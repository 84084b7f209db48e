"""Reading guidance files safely: what ``load_guidance`` refuses before validation,
and that every refusal is a ``GuidanceError`` naming the file (never a crash)."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from debthelp.errors import GuidanceError
from debthelp.guidance import load_guidance
from debthelp.yamlio import MAX_BYTES, LineDict, load_yaml, read_text
from tests.guidance.test_validator import VALID, edit, line_of
from tests.util import write


def refused(path: Path) -> GuidanceError:
    with pytest.raises(GuidanceError) as info:
        load_guidance(path)
    assert info.value.params["path"] == str(path)
    return info.value


# --------------------------------------------------------------------------- syntax


def test_yaml_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    text = edit(
        VALID,
        "  disclaimer: {zh: 这不是法律意见, en: This is not legal advice}\n",
        "  disclaimer: not: allowed\n",
    )
    path = write(tmp_path, text)
    error = refused(path)
    assert error.key == "yaml-syntax"
    assert error.problems == ()
    bad_line = line_of(text, "disclaimer: not: allowed")
    assert bad_line == 4
    # PyYAML points at the second ':' on that line
    column = text.splitlines()[bad_line - 1].index(": allowed") + 1
    assert (error.params["line"], error.params["column"]) == (bad_line, column) == (4, 18)
    assert "mapping values" in error.params["problem"]


def test_yaml_syntax_error_unclosed_flow_list(tmp_path: Path) -> None:
    error = refused(write(tmp_path, "format: 1\nmeta: [1, 2\nsources: []\n"))
    assert error.key == "yaml-syntax"
    assert error.params["line"] == 3
    assert error.params["column"] >= 1


def test_two_documents_are_a_syntax_error(tmp_path: Path) -> None:
    error = refused(write(tmp_path, "format: 1\n---\nformat: 1\n"))
    assert error.key == "yaml-syntax"
    assert error.params["line"] == 2


def test_undefined_alias_is_a_syntax_error(tmp_path: Path) -> None:
    error = refused(write(tmp_path, "format: 1\nmeta: *nothing\n"))
    assert error.key == "yaml-syntax"
    assert (error.params["line"], error.params["column"]) == (2, 7)


# ------------------------------------------------------------------------- anchors, aliases, bombs


def test_anchor_and_alias_refused(tmp_path: Path) -> None:
    text = edit(
        VALID,
        "  - id: stay-calm\n    topic: communicate\n",
        "  - id: stay-calm\n    topic: &t communicate\n",
    )
    text = edit(
        text, "  - id: negotiate\n    topic: communicate\n", "  - id: negotiate\n    topic: *t\n"
    )
    path = write(tmp_path, text)
    error = refused(path)
    assert error.key == "yaml-alias"
    assert error.params["line"] in (line_of(text, "topic: &t"), line_of(text, "topic: *t"))
    assert error.params["column"] >= 1


def test_alias_to_a_mapping_refused(tmp_path: Path) -> None:
    text = (
        "format: 1\n"
        "meta:\n"
        "  reviewed: 2024-05-01\n"
        "  disclaimer: &d {zh: 不是法律意见, en: Not legal advice}\n"
        "topics:\n"
        "  - id: a\n"
        "    title: *d\n"
    )
    assert refused(write(tmp_path, text)).key == "yaml-alias"


@pytest.mark.processes
def test_billion_laughs_refused_quickly(tmp_path: Path) -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefghi", "bcdefghij", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    # fully expanded, j would hold 9**10 (about 3.5 billion) strings
    path = write(tmp_path, "\n".join(lines) + "\n")
    started = time.perf_counter()
    error = refused(path)
    assert time.perf_counter() - started < 1.0
    assert error.key == "yaml-alias"
    assert error.params["line"] <= 2


def test_merge_key_refused(tmp_path: Path) -> None:
    text = (
        "format: 1\n"
        "base: &b {reviewed: 2024-05-01}\n"
        "meta:\n"
        "  <<: *b\n"
        "  disclaimer: {zh: 不是法律意见, en: Not legal advice}\n"
    )
    error = refused(write(tmp_path, text))
    assert error.key == "yaml-alias"
    assert error.params["line"] in (2, 4)


def test_merge_key_without_alias_refused(tmp_path: Path) -> None:
    text = "format: 1\nmeta:\n  <<: {reviewed: 2024-05-01}\n"
    error = refused(write(tmp_path, text))
    assert error.key == "yaml-alias"
    assert (error.params["line"], error.params["column"]) == (3, 3)


# --------------------------------------------------------------------------- keys


def test_complex_key_refused(tmp_path: Path) -> None:
    error = refused(write(tmp_path, "format: 1\n? [a, b]\n: 1\n"))
    assert error.key == "yaml-bad-key"
    assert error.params["line"] == 2


def test_yes_no_keys_stay_strings() -> None:
    data = load_yaml("next: {yes: a, no: b, on: c, off: d}\n", path="p", error=GuidanceError)
    assert data == {"next": {"yes": "a", "no": "b", "on": "c", "off": "d"}}


def test_line_dict_remembers_lines() -> None:
    data = load_yaml("a: 1\nb:\n  c: 2\n\n  d: 3\n", path="p", error=GuidanceError)
    assert isinstance(data, LineDict) and isinstance(data["b"], LineDict)
    assert (data.line, data.line_of("a"), data.line_of("b")) == (1, 1, 2)
    assert (data["b"].line, data["b"].line_of("c"), data["b"].line_of("d")) == (3, 3, 5)
    assert data["b"].line_of("missing") == 3


# --------------------------------------------------------------------------- files


def test_file_too_big(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    with path.open("wb") as handle:  # sparse: instant, takes no disk space
        handle.truncate(MAX_BYTES + 1)
    error = refused(path)
    assert error.key == "file-too-big"
    assert error.params["limit"] == 5


def test_file_at_the_size_limit_is_read(tmp_path: Path) -> None:
    head = "format: 1\n"
    path = tmp_path / "edge.yaml"
    path.write_text(head + "#" * (MAX_BYTES - len(head) - 1) + "\n", encoding="utf-8")
    assert path.stat().st_size == MAX_BYTES
    assert read_text(path, error=GuidanceError).startswith(head)


def test_missing_file(tmp_path: Path) -> None:
    error = refused(tmp_path / "nope.yaml")
    assert error.key == "file-missing"


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "folder.yaml"
    folder.mkdir()
    error = refused(folder)
    assert error.key == "file-is-dir"


def test_gbk_file_is_not_utf8(tmp_path: Path) -> None:
    head = "format: 1\n# "
    path = tmp_path / "gbk.yaml"
    path.write_bytes((head + "保持冷静\n").encode("gbk"))
    error = refused(path)
    assert error.key == "file-not-utf8"
    assert error.params["offset"] == len(head.encode())


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(VALID.encode("utf-8-sig"))
    assert load_guidance(path).format == 2


@pytest.mark.parametrize("text", ["", "\n\n", "# nothing but a comment\n", "---\n"])
def test_empty_file(tmp_path: Path, text: str) -> None:
    error = refused(write(tmp_path, text))
    assert error.key == "guidance-invalid"
    assert [(p.key, p.where) for p in error.problems] == [("v-not-mapping", "(file)")]


@pytest.mark.parametrize("text", ["- format: 1\n- meta: {}\n", "just words\n", "42\n"])
def test_top_level_not_a_mapping(tmp_path: Path, text: str) -> None:
    error = refused(write(tmp_path, text))
    assert error.key == "guidance-invalid"
    assert [(p.key, p.where, p.line) for p in error.problems] == [("v-not-mapping", "(file)", 1)]


# --------------------------------------------------------------------------- no code, ever


def test_python_object_apply_is_not_executed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    path = write(tmp_path, f'!!python/object/apply:os.system ["touch {marker}"]\n')
    error = refused(path)
    assert isinstance(error, GuidanceError)
    assert not marker.exists()


def test_python_object_apply_inside_guidance_is_not_executed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = edit(
        VALID,
        "  reviewed: 2024-05-01\n",
        f'  reviewed: !!python/object/apply:os.system ["touch {marker}"]\n',
    )
    with pytest.raises(GuidanceError):
        load_guidance(write(tmp_path, text))
    assert not marker.exists()


@pytest.mark.parametrize("tag", ["!!python/name:os.system", "!!python/module:os", "!custom value"])
def test_python_and_unknown_scalar_tags_refused(tmp_path: Path, tag: str) -> None:
    text = edit(
        VALID, "    topic: legal\n    urgency: now\n", f"    topic: {tag}\n    urgency: now\n"
    )
    error = refused(write(tmp_path, text))
    assert error.key == "yaml-syntax-value"
    assert error.params["line"] == line_of(text, f"topic: {tag}")
    assert error.params["column"] == len("    topic: ") + 1
    assert "constructor" in error.params["problem"]


def test_reading_leaves_the_collector_as_it_found_it() -> None:
    import gc

    assert gc.isenabled()
    load_yaml("a: [1, 2]\n", path="p", error=GuidanceError)
    assert gc.isenabled()
    with pytest.raises(GuidanceError):
        load_yaml("a: [1, 2\n", path="p", error=GuidanceError)
    assert gc.isenabled()  # on the way out of an error too
    gc.disable()
    try:
        load_yaml("a: 1\n", path="p", error=GuidanceError)
        assert not gc.isenabled()  # a caller that paused it keeps it paused
    finally:
        gc.enable()


def test_linedict_is_its_own_json_hook_with_no_lines() -> None:
    import json

    data = json.loads('{"a": {"b": 1}}', object_pairs_hook=LineDict)
    assert isinstance(data["a"], LineDict)
    assert (data.line, data.line_of("a"), data["a"].line_of("b")) == (0, 0, 0)
    with pytest.raises(TypeError):  # the shared empty line table cannot be filled by mistake
        data.key_lines["a"] = 3  # type: ignore[index]


def test_values_come_back_typed_and_keys_in_order() -> None:
    text = "b: yes\na: 2026-11-30\nc: '007'\nd: 1.5\ne: ~\nf: !!str 12\ng: [x, 2]\n"
    data = load_yaml(text, path="p", error=GuidanceError)
    assert list(data) == ["b", "a", "c", "d", "e", "f", "g"]
    assert data == {
        "b": True,
        "a": dt.date(2026, 11, 30),
        "c": "007",
        "d": 1.5,
        "e": None,
        "f": "12",
        "g": ["x", 2],
    }


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_control_character_is_placed_and_named_in_one_line(lang: str) -> None:
    from debthelp.i18n import t

    with pytest.raises(GuidanceError) as caught:
        load_yaml('safety: "ok"\nlender: plat\x1bform\n', path="a.yaml", error=GuidanceError)
    error = caught.value
    assert error.key == "yaml-control-char"
    assert (error.params["line"], error.params["column"], error.params["code"]) == (2, 13, "U+001B")
    shown = t(error.key, lang, **error.params)
    assert "\n" not in shown and "unacceptable" not in shown and "U+001B" in shown
