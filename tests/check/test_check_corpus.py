"""``debthelp check`` measured on a labelled corpus: precision and recall per claim and per reading.

The corpus (tests/data/check_corpus.yaml, and check_heldout.yaml: written
after the first tuning, measured once as it was, then used too) holds
realistic messages, Chinese mostly and some English, with hard negatives.
Targets from the issue: every claim and every reading at least 0.9 precision
and 0.9 recall, and no message a careful reader would send to "verify" read
as a scam. The figures are printed (``pytest -s``) and written down in
BENCHMARKS.md.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any, NamedTuple

import pytest
import yaml

from debthelp.check import CLAIM_IDS, READING_IDS, check

DATA = Path(__file__).parents[1] / "data"
CORPORA = (DATA / "check_corpus.yaml", DATA / "check_heldout.yaml")
# Issue 23's training set in the writers' scheme: ours plus the independent writer w3's
# 90 messages (tests/data/check_train_w3.yaml, labels kept as written).
TRAINING = (*CORPORA, DATA / "check_train_w3.yaml")
# The second pass adds the first held-out set (writers w1 and w2, 120 messages), measured
# once as written (BENCHMARKS.md) and training data since, labels kept as written.
ALL_TRAINING = (*TRAINING, DATA / "check_train_w1.yaml", DATA / "check_train_w2.yaml")
# The third round adds the second held-out set (writers w4 and w5, 120 messages), measured
# once as written (BENCHMARKS.md) and training data since, labels kept as written.
EVERY_TRAINING = (
    *ALL_TRAINING,
    DATA / "check_train_v2_w4.yaml",
    DATA / "check_train_v2_w5.yaml",
)
TARGET = 0.9


class Score(NamedTuple):
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def corpus(files: tuple[Path, ...] = CORPORA) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for path in files:
        out.extend(yaml.safe_load(path.read_text(encoding="utf-8"))["messages"])
    return out


def measure(
    files: tuple[Path, ...] = CORPORA,
) -> tuple[dict[str, Score], dict[str, Score], list[tuple[str, str, str]]]:
    """Scores per claim and per reading, and every (text, expected, got) reading miss."""
    claims: dict[str, Counter[str]] = {cid: Counter() for cid in CLAIM_IDS}
    readings: dict[str, Counter[str]] = {rid: Counter() for rid in READING_IDS}
    misses = []
    for item in corpus(files):
        result = check(item["text"])
        found = {hit.id for hit in result.claims}
        wanted = set(item["claims"])
        for cid in CLAIM_IDS:
            if cid in found and cid in wanted:
                claims[cid]["tp"] += 1
            elif cid in found:
                claims[cid]["fp"] += 1
            elif cid in wanted:
                claims[cid]["fn"] += 1
        if result.reading == item["reading"]:
            readings[item["reading"]]["tp"] += 1
        else:
            readings[result.reading]["fp"] += 1
            readings[item["reading"]]["fn"] += 1
            misses.append((item["text"], item["reading"], result.reading))

    def score(c: Counter[str]) -> Score:
        return Score(c["tp"], c["fp"], c["fn"])

    return (
        {k: score(v) for k, v in claims.items()},
        {k: score(v) for k, v in readings.items()},
        misses,
    )


def report(files: tuple[Path, ...] = CORPORA) -> str:
    claims, readings, _misses = measure(files)
    lines = [f"{'':18} {'precision':>9} {'recall':>7} {'tp':>4} {'fp':>4} {'fn':>4}"]
    for name, s in [*claims.items(), *(("reading " + k, v) for k, v in readings.items())]:
        lines.append(f"{name:18} {s.precision:9.2f} {s.recall:7.2f} {s.tp:4d} {s.fp:4d} {s.fn:4d}")
    return "\n".join(lines)


def test_corpus_is_big_and_labelled_with_known_ids() -> None:
    items = corpus()
    assert len(items) >= 80
    assert len({item["text"] for item in items}) == len(items)  # no message twice
    english = [i for i in items if not any("\u4e00" <= ch <= "\u9fff" for ch in i["text"])]
    assert len(english) >= 10
    for item in items:
        assert set(item["claims"]) <= set(CLAIM_IDS), item["text"]
        assert item["reading"] in READING_IDS, item["text"]
    for cid in CLAIM_IDS:  # every claim is measured on at least three messages
        assert sum(cid in i["claims"] for i in items) >= 3, cid


@pytest.fixture(scope="module")
def scores() -> tuple[dict[str, Score], dict[str, Score], list[tuple[str, str, str]]]:
    print("\n" + report())
    return measure()


@pytest.mark.parametrize("claim", CLAIM_IDS)
def test_claim_targets(claim: str, scores: Any) -> None:
    s = scores[0][claim]
    assert s.precision >= TARGET and s.recall >= TARGET, (claim, s)


@pytest.mark.parametrize("reading", READING_IDS)
def test_reading_targets(reading: str, scores: Any) -> None:
    s = scores[1][reading]
    assert s.precision >= TARGET and s.recall >= TARGET, (reading, s, scores[2])


def test_no_verify_message_is_read_as_a_scam(scores: Any) -> None:
    wrong = [text for text, want, got in scores[2] if want == "verify" and got == "scam"]
    assert not wrong


# Issue 23's figures on the whole training set (benchmarks/check_eval.py measures any
# corpus). Measured at the time of writing: readings 0.976, scam recall 1.0 with no
# fraud read as none, claims 0.935 / 0.973, asks 0.981 / 0.938, no real court notice
# read as a scam, ordinary messages read as none 0.975. The thresholds sit a little
# below, so a change that loses ground fails; the held-out set is measured by the lead.
@pytest.fixture(scope="module")
def figures() -> dict[str, Any]:
    import sys

    sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
    try:
        from check_eval import evaluate, load
    finally:
        sys.path.pop(0)
    return evaluate(load(list(TRAINING)), learned=False)


def test_training_set_in_the_writers_scheme(figures: dict[str, Any]) -> None:
    assert figures["messages"] >= 200
    assert figures["scam_recall"] == 1.0
    assert figures["scams_read_as_none"] == 0
    assert figures["real_court_notices_read_as_scam"] == 0
    assert figures["reading_accuracy"] >= 0.95
    assert figures["ordinary_read_as_none"] >= 0.95
    assert figures["claims"]["precision"] >= 0.92 and figures["claims"]["recall"] >= 0.95
    # Asks recall 0.92 until the twelfth round: a well-known official number (12368, 95xxx,
    # 96110) named in a message is no longer `call-back` (its advice, "do not call the
    # number in the message", was wrong for them). The older writers split on it.
    assert figures["asks"]["precision"] >= 0.95 and figures["asks"]["recall"] >= 0.905


# The second pass over every training corpus (328 messages). Measured at the time of
# writing: readings 0.973, scam recall 1.0 with no fraud read as none, claims 0.915 /
# 0.928, asks 0.953 / 0.934, no real court notice read as a scam, ordinary messages
# read as none 0.983. Thresholds a little below; the held-out sets are the lead's.
@pytest.fixture(scope="module")
def all_figures() -> dict[str, Any]:
    import sys

    sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
    try:
        from check_eval import evaluate, load
    finally:
        sys.path.pop(0)
    return evaluate(load(list(ALL_TRAINING)), learned=False)


def test_every_training_corpus_in_the_writers_scheme(all_figures: dict[str, Any]) -> None:
    f = all_figures
    assert f["messages"] >= 320
    assert f["scam_recall"] == 1.0
    assert f["scams_read_as_none"] == 0
    assert f["real_court_notices_read_as_scam"] == 0
    assert f["reading_accuracy"] >= 0.96
    assert f["ordinary_read_as_none"] >= 0.97
    assert f["claims"]["precision"] >= 0.90 and f["claims"]["recall"] >= 0.92
    # Asks recall 0.92 until the twelfth round: a well-known official number (12368, 95xxx,
    # 96110) named in a message is no longer `call-back` (its advice, "do not call the
    # number in the message", was wrong for them). The older writers split on it.
    assert f["asks"]["precision"] >= 0.95 and f["asks"]["recall"] >= 0.905


# The third round over all seven training corpora (448 messages). Measured at the time of
# writing: readings 0.980, scam recall 1.0 with no fraud read as none, claims 0.947 /
# 0.934, asks 0.967 / 0.934, no real court notice read as a scam, ordinary messages read
# as none 0.988. Thresholds a little below; held-out set 3 is the lead's.
@pytest.fixture(scope="module")
def every_figure() -> dict[str, Any]:
    import sys

    sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
    try:
        from check_eval import evaluate, load
    finally:
        sys.path.pop(0)
    return evaluate(load(list(EVERY_TRAINING)), learned=False)


def test_all_seven_training_corpora_in_the_writers_scheme(every_figure: dict[str, Any]) -> None:
    f = every_figure
    assert f["messages"] >= 440
    assert f["scam_recall"] >= 0.99
    assert f["scams_read_as_none"] == 0
    assert f["real_court_notices_read_as_scam"] == 0
    assert f["reading_accuracy"] >= 0.97
    assert f["ordinary_read_as_none"] >= 0.98
    assert f["claims"]["precision"] >= 0.93 and f["claims"]["recall"] >= 0.92
    # Asks recall 0.92 until the twelfth round: a well-known official number (12368, 95xxx,
    # 96110) named in a message is no longer `call-back` (its advice, "do not call the
    # number in the message", was wrong for them). The older writers split on it.
    assert f["asks"]["precision"] >= 0.95 and f["asks"]["recall"] >= 0.905


def test_every_training_message_has_asks_and_a_kind() -> None:
    from debthelp.check import ASK_IDS

    for item in corpus(EVERY_TRAINING):
        assert set(item["asks"]) <= set(ASK_IDS), item["text"]
        assert item["kind"], item["text"]
