"""A learned reading beside the rules (issue 23): what messages like this one were.

The rules (data/patterns.yaml) know the wordings they were written for; a fraud
in new words can slip past every keyword and read ``none``. This is the second
opinion: logistic regression on the message's character pairs and triples
(``features``), trained by ``tools/train_check_model.py`` on the labelled
corpora in tests/data (each written by someone who never saw the patterns),
its weights a data file (data/check_model.json). Pure Python; loaded only by
``debthelp check`` and the paste prompts that share its ``check``.

Beside the reading, one logistic regression per claim and per ask (``Labels``): whether
the message makes it, in whatever words. The rules find what their words show; the
labels add what they missed and doubt a claim whose words are there but not said of
the reader ("法院起诉了那个老板").

How the two are combined is in ``second.second_opinion``: the rules say ``scam``
only when they found an ask or a claim that makes one, and that is never overruled;
nor is a message with an ask ever turned to ``none``.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Final, TypeGuard

from debthelp.datafile import Problem
from debthelp.errors import InvalidDataError

FORMAT: Final = 2
READINGS: Final = ("scam", "pressure", "verify", "none")
# The weights are whole numbers in the file (parsed faster than decimals): weight × SCALE.
SCALE: Final = 10_000
# Between the features of a model in the file: one string splits faster than a list parses.
SEP: Final = "\x1f"
# Character pairs and triples of the folded text: enough to tell "对公账户" from "公账",
# short enough to hold on wording never seen (a keyword needs the whole word).
NGRAMS: Final = (2, 3)
# The model speaks only on what it learned from (Chinese messages of a text's length:
# the writers' 35 to 220 characters) and only when it is this sure. Short and English
# texts were read wrongly in the project's own tests ("班费转到我微信", a collector's
# 35-character chat line read as a fraud); every right change on held-out sets 8 and 9
# but one was on 40 Chinese characters or more (BENCHMARKS.md, the learned reading).
LEARNED_MIN_CJK: Final = 40
LEARNED_SURE: Final = 0.8
LEARNED_SURE_OF_NEW_FRAUD: Final = 0.95  # a fraud where the rules found none
# A claim or ask the rules missed is added when the labels are this sure of it; a claim
# the rules found (of pressure or of a court, never of a fraud) is doubted when they
# give it less than LABEL_DOUBT. Chosen on held-out sets 8 to 12, each left out in turn
# (BENCHMARKS.md, the tenth round): claims then 0.897 / 0.838 (precision / recall), from
# the rules' 0.853 / 0.811; readings 0.928 from 0.917. At 0.95 one claim added in three
# was not in the message; at 0.99, one in five.
LABEL_SURE: Final = 0.99
LABEL_DOUBT: Final = 0.02
# Claims added that change the reading need the learned reading to give the new one this.
LABEL_AGREE: Final = 0.5


def features(folded: str) -> list[str]:
    """The character pairs and triples of ``folded`` (``normal.normalise``'s text),
    each once, sorted (so that training adds them in one order on every machine);
    runs of spaces only are left out."""
    found: set[str] = set()
    for n in NGRAMS:
        for i in range(len(folded) - n + 1):
            gram = folded[i : i + n]
            if not gram.isspace():
                found.add(gram)
    return sorted(found)


@dataclass(frozen=True)
class Labels:
    """One logistic regression per claim and per ask (the file's ``labels``)."""

    claims: tuple[str, ...]
    asks: tuple[str, ...]
    bias: tuple[float, ...]  # one per claim, then one per ask
    index: Mapping[str, int]  # a feature's row in ``flat``
    flat: Sequence[int]  # the rows, one weight per claim and ask each, times ``scale``
    scale: int

    def probabilities(self, feats: list[str]) -> dict[str, float]:
        """The probability that the message makes each claim and each ask, by id."""
        n = len(self.bias)
        z = [0] * n
        index, flat = self.index, self.flat
        for f in feats:
            row = index.get(f)
            if row is not None:
                base = row * n
                for k in range(n):
                    z[k] += flat[base + k]
        ids = (*self.claims, *self.asks)
        return {
            ident: 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, b + v / self.scale))))
            for ident, b, v in zip(ids, self.bias, z, strict=True)
        }


@dataclass(frozen=True)
class Learned:
    """The weights of data/check_model.json, checked."""

    bias: tuple[float, ...]  # one per reading, in ``READINGS`` order
    weights: Mapping[str, tuple[int, ...]]  # times ``scale``
    scale: int
    labels: Labels

    def reading(self, feats: list[str]) -> dict[str, float]:
        """The probability of each reading."""
        z = [0.0] * len(READINGS)
        w = self.weights
        for f in feats:
            row = w.get(f)
            if row is not None:
                for k in range(len(z)):
                    z[k] += row[k]
        z = [b + v / self.scale for b, v in zip(self.bias, z, strict=True)]
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return {r: v / total for r, v in zip(READINGS, e, strict=True)}


def default_model_path() -> Path:
    """The shipped file: inside the installed package, or data/ in a checkout."""
    package = Path(__file__).resolve().parents[1]
    packaged = package / "data" / "check_model.json"
    if packaged.is_file():
        return packaged
    return package.parents[1] / "data" / "check_model.json"


@lru_cache(maxsize=1)
def shipped_model() -> Learned:
    return load_model(default_model_path())


def load_model(path: Path, *, complete: bool = False) -> Learned:
    """Read and check the model file; ``InvalidDataError`` naming every problem.

    ``complete`` (``debthelp validate``, the tests) also checks that no feature is
    given twice and that the labels are the program's claims and asks (``debthelp
    check`` does not spend the time at every start)."""
    import json

    from debthelp.yamlio import read_text

    text = read_text(path, error=lambda key, /, **params: _invalid(path, key, params))
    try:
        raw = json.loads(text)
    except ValueError as exc:
        raise _invalid(path, "check.model-not-json", {"error": str(exc)}) from None
    model, problems = check_model(raw)
    if model is not None and complete:
        problems += _repeats(raw) + _label_ids(model.labels)
    if problems or model is None:
        raise InvalidDataError("check.model-invalid", problems=tuple(problems), path=str(path))
    return model


def check_model(raw: Any) -> tuple[Learned | None, list[Problem]]:
    """The model in ``raw`` (the parsed JSON) and every problem with it."""
    problems: list[Problem] = []

    def bad(where: str, key: str = "check.model-shape", **params: Any) -> None:
        problems.append(Problem(where, key, 0, params))

    if not isinstance(raw, dict):
        bad("model")
        return None, problems
    if raw.get("format") != FORMAT:
        bad("format", "check.model-format", value=raw.get("format"), valid=FORMAT)
    for key, want in (("readings", list(READINGS)), ("ngrams", list(NGRAMS))):
        if raw.get(key) != want:
            bad(key)
    scale = raw.get("scale")
    if type(scale) is not int or scale <= 0:
        bad("scale")
        scale = 1
    bias = raw.get("bias")
    if not _ints(bias) or len(bias) != len(READINGS):
        bad("bias")
    grams = _grams(raw.get("features"))
    weights = raw.get("weights")
    if grams is None or not _ints(weights) or len(weights) != len(READINGS) * len(grams):
        bad("weights")
    labels = _labels(raw.get("labels"), bad)
    if problems or labels is None:
        return None, problems
    n = len(READINGS)
    assert grams is not None and isinstance(bias, list) and isinstance(weights, list)
    return Learned(
        tuple(b / scale for b in bias), _rows(grams, weights, n), scale, labels
    ), problems


def _labels(raw: Any, bad: Any) -> Labels | None:
    """The claims' and asks' regressions (the file's ``labels``), or None after ``bad``.

    Their weights are many (a row for each of 12,000 character runs: the doubt of a
    claim rests on many small weights, and keeping only the 3,000 strongest cost
    precision, BENCHMARKS.md), so the file holds them as signed 16-bit whole numbers,
    little-endian, in base64: read at once, a third of the size of a JSON list."""
    if not isinstance(raw, dict):
        bad("labels")
        return None
    ids: dict[str, list[str]] = {}
    for key in ("claims", "asks"):
        value = raw.get(key)
        if not isinstance(value, list) or not all(isinstance(i, str) and i for i in value):
            bad(f"labels.{key}")
            return None
        ids[key] = value
    n = len(ids["claims"]) + len(ids["asks"])
    if len(set(ids["claims"] + ids["asks"])) != n:
        bad("labels")
        return None
    scale, bias = raw.get("scale"), raw.get("bias")
    if type(scale) is not int or scale <= 0:
        bad("labels.scale")
        return None
    if not _ints(bias) or len(bias) != n:
        bad("labels.bias")
        return None
    grams, flat = _grams(raw.get("features")), _int16s(raw.get("weights"))
    if grams is None or flat is None or len(flat) != n * len(grams):
        bad("labels.weights")
        return None
    return Labels(
        tuple(ids["claims"]),
        tuple(ids["asks"]),
        tuple(b / scale for b in bias),
        dict(zip(grams, range(len(grams)), strict=True)),
        flat,
        scale,
    )


def _int16s(value: Any) -> array[int] | None:
    """Signed 16-bit whole numbers, little-endian, from base64; None if not so."""
    import base64
    import binascii
    import sys

    if not isinstance(value, str):
        return None
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(data) % 2:
        return None
    out = array("h")
    out.frombytes(data)
    if sys.byteorder == "big":
        out.byteswap()
    return out


def _rows(grams: list[str], weights: list[int], n: int) -> dict[str, tuple[int, ...]]:
    return {g: tuple(weights[n * i : n * i + n]) for i, g in enumerate(grams)}


def _repeats(raw: dict[str, Any]) -> list[Problem]:
    """A feature named twice (the trainer writes each once; one repeated would count twice)."""
    out = []
    for where, value in (
        ("features", raw["features"]),
        ("labels.features", raw["labels"]["features"]),
    ):
        grams = value.split(SEP)
        if len(set(grams)) != len(grams):
            out.append(Problem(where, "check.model-shape", 0, {}))
    return out


def _label_ids(labels: Labels) -> list[Problem]:
    """Labels for exactly the claims and asks of the program (a model trained before a
    claim was added or renamed would say nothing of it, or of one no longer read)."""
    from debthelp.check import ASK_IDS, CLAIM_IDS

    out = []
    for key, have, want in (("claims", labels.claims, CLAIM_IDS), ("asks", labels.asks, ASK_IDS)):
        if set(have) != set(want):
            out.append(Problem(f"labels.{key}", "check.model-shape", 0, {}))
    return out


def _ints(value: Any) -> TypeGuard[list[int]]:
    """A list of whole numbers (checked by their types at once: 12,000 of them at every start)."""
    return isinstance(value, list) and set(map(type, value)) <= {int}


def _grams(value: Any) -> list[str] | None:
    """The features of the model, ``SEP``-joined in the file; None if not so."""
    if not isinstance(value, str):
        return None
    grams = value.split(SEP)
    return grams if all(grams) else None


def _invalid(path: Path, key: str, params: Mapping[str, Any]) -> InvalidDataError:
    return InvalidDataError(
        "check.model-invalid",
        problems=(Problem(path.name, key, 0, dict(params)),),
        path=str(path),
    )
