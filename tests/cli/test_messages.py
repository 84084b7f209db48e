"""The message catalogue and the choice of language.

The catalogue is ``messages.MESSAGES``, the one place for interface words; the
rate report's legal sentences are in ``data/rate.yaml``. Every key the source
passes to ``t()``, to an error or to a validator problem must be in one of them
(written out in full: no key is built from pieces at run time), with the same placeholders in
Chinese and English, and with every placeholder supplied where the key is used.
"""

from __future__ import annotations

import ast
import importlib
import re
import string
from collections.abc import Collection, Iterator, Mapping
from pathlib import Path

import pytest

from debthelp.errors import UsageError
from debthelp.guidance.kinds import KINDS
from debthelp.i18n import both, guess_lang, resolve_lang, t
from debthelp.messages import MESSAGES
from debthelp.rate import load_rate_texts
from tests.util import ROOT

SRC = ROOT / "src" / "debthelp"

CATALOGUE: dict[str, dict[str, str]] = MESSAGES
# Every sentence a key can name: the catalogue and the rate report's legal sentences.
RATE_TEXTS = load_rate_texts()
ALL_TEXTS: dict[str, dict[str, str]] = MESSAGES | {
    key: {"zh": entry.text.zh, "en": entry.text.en} for key, entry in RATE_TEXTS.entries.items()
}

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
# CJK symbols and punctuation, and full-width forms: what a Chinese separator is made of
CJK_PUNCT = re.compile(r"^[\u3000-\u303f\uff00-\uffef]+$")
KEY_SHAPE = re.compile(r"^[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*$")


def fields(text: str) -> set[str]:
    """The names of the ``{placeholders}`` in ``text`` (``{{`` escapes are not fields)."""
    out = set()
    for _literal, name, _spec, _conv in string.Formatter().parse(text):
        if name is not None:
            out.add(re.split(r"[.\[]", name, maxsplit=1)[0])
    return out


def specs(text: str) -> dict[str, str]:
    return {
        name: spec or ""
        for _literal, name, spec, _conv in string.Formatter().parse(text)
        if name is not None
    }


# --------------------------------------------------------------------------- the catalogue itself


def test_catalogue_is_not_empty_and_has_no_key_twice() -> None:
    assert len(MESSAGES) > 50
    # A dict literal silently keeps the last of two equal keys: read the source.
    # Each command's words are a module of the catalogue package; a key defined
    # in two of them would also be silently overwritten by the merge.
    keys = [
        key
        for part in sorted((SRC / "messages").glob("*.py"))
        for key in re.findall(r'^    "([a-z0-9.-]+)": \{', part.read_text("utf-8"), re.M)
    ]
    assert len(keys) == len(set(keys)) == len(MESSAGES)


def test_every_key_has_exactly_zh_and_en_both_non_empty() -> None:
    bad = {}
    for key, entry in CATALOGUE.items():
        if not isinstance(entry, dict) or set(entry) != {"zh", "en"}:
            bad[key] = f"languages {sorted(entry) if isinstance(entry, dict) else type(entry)}"
            continue
        for lang in ("zh", "en"):
            if not isinstance(entry[lang], str) or not entry[lang].strip():
                bad[key] = f"{lang} empty"
    assert not bad, bad


def test_keys_have_the_catalogue_shape() -> None:
    bad = [key for key in CATALOGUE if not KEY_SHAPE.match(key)]
    assert not bad, bad


def test_placeholders_are_the_same_in_both_languages() -> None:
    bad = {
        key: (sorted(fields(entry["zh"])), sorted(fields(entry["en"])))
        for key, entry in CATALOGUE.items()
        if fields(entry["zh"]) != fields(entry["en"])
    }
    assert not bad, bad


def _sample(spec: str) -> object:
    # a number wherever the message formats one ({x:,.2f}, {n:d}), else text
    return 1234.5 if spec and spec[-1] in "fFeEgG%," else 12 if spec.endswith("d") else "X"


def test_every_message_formats_without_error() -> None:
    # catches stray braces ("{zh: ...}" written without doubling) and bad format specs
    bad = {}
    for key, entry in CATALOGUE.items():
        for lang in ("zh", "en"):
            params = {name: _sample(spec) for name, spec in specs(entry[lang]).items()}
            try:
                entry[lang].format(**params)
            except (KeyError, IndexError, ValueError) as exc:
                bad[f"{key}.{lang}"] = repr(exc)
    assert not bad, bad


def test_chinese_text_is_chinese() -> None:
    # Every zh text has Han characters, except pure separators ("、", "；"), which
    # must then be Chinese punctuation, not an English comma left untranslated.
    bad = []
    for key, entry in CATALOGUE.items():
        zh = entry["zh"]
        if HAN.search(zh):
            continue
        if len(zh.strip()) <= 2 and CJK_PUNCT.match(zh.strip()):
            continue
        bad.append((key, zh))
    assert not bad, bad


def test_english_text_is_not_a_copy_of_the_chinese() -> None:
    same = [key for key, entry in CATALOGUE.items() if entry["zh"].strip() == entry["en"].strip()]
    assert not same, same


# ------------------------------------------------------------------------- keys used in the source

# call name -> position of the message key among its arguments
KEY_ARG = {
    "t": 0,
    "both": 0,
    "InputError": 0,
    "GuidanceError": 0,
    "UsageError": 0,
    "DebtHelpError": 0,
    "error": 0,  # yamlio's error factory: error("file-missing", path=...)
    "_fail": 1,  # yamlio: self._fail(node, "yaml-alias")
    "problem": 1,  # guidance: r.problem(where, "v-...", line, ...)
    "Problem": 1,  # guidance: Problem(where, "v-...", line, {params})
    "parse_choice": 2,  # rate: parse_choice(value, choices, "rate.lender-bad")
    "sentence": 0,  # rate_doc: sentence("rate.fig-apr"), from rate.yaml or the catalogue
}
# Params a call site need not pass because the code around it always adds them.
ADDED = {
    "_fail": {"path", "line", "column"},  # yamlio's _fail adds the position
    "parse_choice": {"value", "choices"},  # rate's parse_choice adds what it checked
}
# cli.report adds the problem count to this one.
ADDED_FOR_KEY = {"guidance-invalid": {"count"}}


def _name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _src_files() -> list[Path]:
    files = sorted(p for p in SRC.rglob("*.py") if p.parent.name != "messages")
    assert len(files) >= 8, files
    assert SRC / "rate" / "calc.py" in files
    return files


def key_uses() -> Iterator[tuple[str, ast.Call, str, ast.expr]]:
    """(file:line, call, call name, the key argument) for every keyed call in src."""
    for file in _src_files():
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node)
            if name not in KEY_ARG or len(node.args) <= KEY_ARG[name]:
                continue
            yield f"{file.name}:{node.lineno}", node, name, node.args[KEY_ARG[name]]


def _literals(arg: ast.expr) -> list[str]:
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return [arg.value]
    if isinstance(arg, ast.IfExp):  # t("yes" if ... else "no", lang)
        return _literals(arg.body) + _literals(arg.orelse)
    return []


def literal_keys() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for where, _call, _kind, arg in key_uses():
        for key in _literals(arg):
            out.setdefault(key, []).append(where)
    return out


def test_source_scan_finds_keys_of_every_kind() -> None:
    found = literal_keys()
    # one known key per call family: if the scan breaks, this says so
    for key in (
        "cancelled",
        "bad-lang",
        "answer-missing",
        "guidance-invalid",
        "file-missing",
        "yaml-alias",
        "v-duplicate-id",
        "v-cycle",
        "yes",
        "no",
    ):
        assert key in found, key
    assert len(found) > 80


def test_every_literal_key_used_in_src_is_in_the_catalogue() -> None:
    missing = {key: where for key, where in literal_keys().items() if key not in ALL_TEXTS}
    assert not missing, missing


def test_every_call_site_passes_every_placeholder() -> None:
    # A placeholder nobody fills is a KeyError the moment the message is shown.
    bad = {}
    for where, call, name, arg in key_uses():
        if any(kw.arg is None for kw in call.keywords):  # **params: cannot tell statically
            continue
        given = {kw.arg for kw in call.keywords if kw.arg} | ADDED.get(name, set())
        if name == "sentence":  # explain: sentence(key, "received", ...) names values to pass
            given |= {str(a.value) for a in call.args[1:] if isinstance(a, ast.Constant)}
        if name == "Problem" and len(call.args) > 3 and isinstance(call.args[3], ast.Dict):
            given |= {str(k.value) for k in call.args[3].keys if isinstance(k, ast.Constant)}
        for key in _literals(arg):
            if key not in ALL_TEXTS:
                continue  # reported by the test above
            needed = fields(ALL_TEXTS[key]["zh"]) | fields(ALL_TEXTS[key]["en"])
            lacking = needed - given - ADDED_FOR_KEY.get(key, set())
            if lacking:
                bad[f"{where} {key}"] = sorted(lacking)
    assert not bad, bad


def test_no_key_is_built_from_pieces() -> None:
    """A key is a literal, or looked up in a table of literals: never an f-string or a sum,
    so the scan above sees every key there is."""
    built = [
        where
        for where, _call, _name, arg in key_uses()
        if isinstance(arg, ast.JoinedStr | ast.BinOp)
    ]
    assert not built, built


def _yamlio_keys() -> dict[str, set[str]]:
    """Each key yamlio or textfile (the readers of a file) raises, with the params it passes."""
    out: dict[str, set[str]] = {}
    for _where, call, name, arg in key_uses():
        if not _where.startswith(("yamlio.py:", "textfile.py:")):
            continue
        given = {kw.arg for kw in call.keywords if kw.arg} | ADDED.get(name, set())
        for key in _literals(arg):
            out.setdefault(key, set()).update(given)
    return out


def _tables() -> list[tuple[str, Mapping[str, str], Collection[str]]]:
    """Each table from an id to a key, with the ids it must cover."""
    from debthelp import rate
    from debthelp.cli import check as check_command
    from debthelp.rate import schedule, values

    # the package's ``explain`` is the function; the module of that name holds the tables
    explain = importlib.import_module("debthelp.rate.explain")

    line_ids = [
        line.id
        for line in rate.compute_rate(
            received=1, payment=2, periods=1, lpr_table=rate.load_lpr_table()
        ).lines
    ]
    return [
        ("EVERY_LABELS", rate.EVERY_LABELS, rate.PERIODS_PER_YEAR),
        ("LENDER_LABELS", rate.LENDER_LABELS, rate.LENDERS),
        ("LINE_NAMES", rate.LINE_NAMES, line_ids),
        ("KindRules.label_key", {k: r.label_key for k, r in KINDS.items()}, KINDS),
        ("explain._HEADLINES", explain._HEADLINES, rate.PERIODS_PER_YEAR),
        ("explain._REGULAR", explain._REGULAR, rate.PERIODS_PER_YEAR),
        ("explain._FOUR_LPR", {str(k): v for k, v in explain._FOUR_LPR.items()}, ()),
        ("schedule._FILE_KEYS", schedule._FILE_KEYS, _yamlio_keys()),
        ("values.FLAG_AMOUNT", values.FLAG_AMOUNT._asdict(), ()),
        ("values.ROW_AMOUNT", values.ROW_AMOUNT._asdict(), ()),
        ("check.ENCODING_NOTES", check_command.ENCODING_NOTES, ("utf-8", "utf-8-sig", "gb18030")),
    ]


@pytest.mark.parametrize("table", _tables(), ids=lambda t: t[0])
def test_key_tables_are_complete(table: tuple[str, Mapping[str, str], Collection[str]]) -> None:
    name, keys, ids = table
    assert set(ids) <= set(keys), f"{name} lacks {set(ids) - set(keys)}"
    missing = sorted(key for key in keys.values() if key not in ALL_TEXTS)
    assert not missing, f"{name}: {missing}"


def test_schedule_file_keys_fill_what_yamlio_passes() -> None:
    """Schedule files word yamlio's errors under ``rate.schedule-*``: each such message
    uses no placeholder yamlio does not pass."""
    from debthelp.rate.schedule import _FILE_KEYS

    yamlio = _yamlio_keys()
    assert {"file-missing", "file-too-big", "file-not-utf8", "yaml-syntax", "yaml-alias"} <= set(
        yamlio
    )
    bad = {}
    for key, given in yamlio.items():
        for full in (key, _FILE_KEYS[key]):
            lacking = (fields(CATALOGUE[full]["zh"]) | fields(CATALOGUE[full]["en"])) - given
            if lacking:
                bad[full] = f"placeholders yamlio never passes: {sorted(lacking)}"
    assert not bad, bad


# --------------------------------------------------------------------------- t() and both()


def test_t_fills_placeholders_in_each_language() -> None:
    assert t("file-missing", "en", path="a.yaml") == "File not found: a.yaml"
    assert t("file-missing", "zh", path="a.yaml") == "找不到文件：a.yaml"
    assert t("urgent", "zh") == "紧急"


def test_t_keeps_doubled_braces_literal() -> None:
    assert "{zh: ..., en: ...}" in t("v-not-text", "en")


def test_t_unknown_key_returns_the_key() -> None:
    assert t("no-such-key-anywhere", "en") == "no-such-key-anywhere"


def test_both_joins_the_languages() -> None:
    assert both("cancelled") == "已取消。 / Cancelled."


# --------------------------------------------------------------------------- resolve_lang


@pytest.mark.parametrize(
    ("env", "lang"),
    [
        ({}, "zh"),
        ({"LANG": ""}, "zh"),
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "zh_TW.Big5"}, "zh"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "en_GB"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANG": "fr_FR"}, "en"),
        ({"LANG": "de_DE@euro"}, "en"),
        ({"LANG": "C"}, "zh"),
        ({"LANG": "POSIX"}, "zh"),
        ({"LANG": "C.UTF-8"}, "zh"),
        ({"LC_ALL": "C.UTF-8"}, "zh"),
        ({"LANG": "  "}, "zh"),
    ],
)
def test_locale(env: dict[str, str], lang: str) -> None:
    assert resolve_lang(None, env) == lang


def test_lc_all_beats_lc_messages_beats_lang() -> None:
    env = {"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8", "LANG": "zh_CN.UTF-8"}
    assert resolve_lang(None, env) == "en"
    env = {"LC_ALL": "zh_CN.UTF-8", "LC_MESSAGES": "en_US.UTF-8", "LANG": "en_US.UTF-8"}
    assert resolve_lang(None, env) == "zh"
    assert resolve_lang(None, {"LC_MESSAGES": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}) == "en"
    assert resolve_lang(None, {"LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}) == "zh"
    # an empty variable is unset: the next one decides
    assert resolve_lang(None, {"LC_ALL": "", "LC_MESSAGES": "", "LANG": "en_US.UTF-8"}) == "en"
    # C in the first set variable decides, even over a later English one
    assert resolve_lang(None, {"LC_ALL": "C", "LANG": "en_US.UTF-8"}) == "zh"


def test_debthelp_lang_beats_locale() -> None:
    assert resolve_lang(None, {"DEBTHELP_LANG": "en", "LC_ALL": "zh_CN.UTF-8"}) == "en"
    assert resolve_lang(None, {"DEBTHELP_LANG": "zh", "LC_ALL": "en_US.UTF-8"}) == "zh"
    assert resolve_lang(None, {"DEBTHELP_LANG": "", "LANG": "en_US.UTF-8"}) == "en"


def test_flag_beats_everything() -> None:
    env = {"DEBTHELP_LANG": "zh", "LC_ALL": "zh_CN.UTF-8", "LANG": "zh_CN.UTF-8"}
    assert resolve_lang("en", env) == "en"
    env = {"DEBTHELP_LANG": "en", "LC_ALL": "en_US.UTF-8"}
    assert resolve_lang("zh", env) == "zh"
    assert resolve_lang("zh_CN", {}) == "zh"
    assert resolve_lang("EN", {}) == "en"


@pytest.mark.parametrize("flag", ["fr", "de_DE", "chinese", "x"])
def test_bad_flag_is_a_usage_error(flag: str) -> None:
    with pytest.raises(UsageError) as info:
        resolve_lang(flag, {"DEBTHELP_LANG": "en"})
    assert info.value.key == "bad-lang"
    assert info.value.params == {"value": flag}
    assert info.value.exit_code == 2


def test_bad_debthelp_lang_is_a_usage_error() -> None:
    with pytest.raises(UsageError) as info:
        resolve_lang(None, {"DEBTHELP_LANG": "klingon", "LANG": "en_US.UTF-8"})
    assert info.value.key == "bad-lang-env"
    assert info.value.params == {"value": "klingon"}


def test_reads_os_environ_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_lang(None) == "zh"  # conftest clears every language variable
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert resolve_lang(None) == "en"
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    assert resolve_lang(None) == "zh"
    monkeypatch.setenv("DEBTHELP_LANG", "en")
    assert resolve_lang(None) == "en"


def test_guess_lang_before_options_are_parsed() -> None:
    assert guess_lang(["tips", "--lang", "en"], {}) == "en"
    assert guess_lang(["tips", "--lang=en"], {"LANG": "zh_CN.UTF-8"}) == "en"
    # a bad flag falls back to the environment, a bad environment to Chinese
    assert guess_lang(["--lang", "xx"], {"LANG": "en_US.UTF-8"}) == "en"
    assert guess_lang(["--lang", "xx"], {"DEBTHELP_LANG": "yy"}) == "zh"


def test_the_opening_screen_fits_80_columns() -> None:
    # Printed before anything that could wrap it: each line must fit as written.
    from debthelp.render import cell_width

    for lang in ("zh", "en"):
        for line in CATALOGUE["welcome"][lang].splitlines():
            assert cell_width(line) <= 78, (lang, line)
