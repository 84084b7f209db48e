"""Train ``debthelp check``'s learned reading (issue 23) and write data/check_model.json.

Pure Python, deterministic: the same corpora give the same file on every machine
(features in sorted order, a seeded shuffle, weights rounded), so a test can train
again and compare (``pytest -m exhaustive``), and a fast test checks that the
corpora named in the file are still the ones it was trained on.

The corpora: every tests/data/check_*.yaml (the project's own corpus and the
independent writers' sets, each measured once as a held-out set before it became
training data: BENCHMARKS.md). A held-out set must never be given here before its
first-pass figures are written down.

Model: a four-way logistic regression for the reading, and one logistic regression per
claim and per ask (whether the message makes it), on the character pairs and triples
``learned.features`` gives (seen in at least ``MIN_DF`` messages). Adagrad, L2.

Run:  python tools/train_check_model.py [--out data/check_model.json] [--exclude GLOB]
      [--check]   (train, and exit 1 if the shipped file differs)
"""

from __future__ import annotations

import argparse
import fnmatch
import hashlib
import json
import math
import random
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from debthelp.check import ASK_IDS, CLAIM_IDS  # noqa: E402
from debthelp.check.learned import FORMAT, NGRAMS, READINGS, SCALE, SEP, features  # noqa: E402
from debthelp.check.normal import normalise  # noqa: E402

CORPORA = "tests/data/check_*.yaml"
OUT = ROOT / "data" / "check_model.json"
MIN_DF = 2  # a character run in one message only says nothing about the next
SEED = 20261206
READING_EPOCHS = 15
RATE, L2 = 0.3, 1e-4
# Only the strongest weights are shipped (by size: the file is read at every start of
# `debthelp check`); the rest together move a reading less than these do (BENCHMARKS.md).
KEEP_READING = 3000
# The labels keep many more features than the reading: a claim is doubted on many small
# weights. Left out in turn, sets 8 to 12 gave claims' precision 0.855 keeping the
# strongest 3,000, 0.865 (6,000), 0.880 (12,000), 0.885 (20,000), 0.889 (all 31,700)
# (BENCHMARKS.md, the tenth round); 12,000 is a third of the file of all.
KEEP_LABELS = 12_000
LABEL_SCALE = 1000  # 16-bit: weights up to ±32
LABEL_EPOCHS = 15
# A label's gradient smaller than this moves no weight: most messages make none of most
# claims, and skipping those updates makes training six times faster (and stays exact
# from run to run, which the byte-for-byte test needs).
LABEL_SKIP = 1e-4


def corpora(exclude: list[str]) -> list[Path]:
    paths = sorted(ROOT.glob(CORPORA))
    return [p for p in paths if not any(fnmatch.fnmatch(p.name, g) for g in exclude)]


def messages(paths: list[Path]) -> list[dict[str, Any]]:
    import yaml

    out: list[dict[str, Any]] = []
    for path in paths:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        out.extend(data["messages"] if isinstance(data, dict) else data)
    return out


def train_readings(docs: list[tuple[list[str], int]]) -> tuple[list[float], dict[str, list[float]]]:
    """The reading: a softmax over ``READINGS``."""

    def gradient(z: list[float], i: int) -> list[float | None]:
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        y = docs[i][1]
        return [e[c] / total - (1.0 if c == y else 0.0) for c in range(len(z))]

    return _adagrad([feats for feats, _y in docs], len(READINGS), READING_EPOCHS, gradient)


def train_labels(
    docs: list[list[str]], targets: list[list[float]]
) -> tuple[list[float], dict[str, list[float]]]:
    """One logistic regression per label (a claim or an ask), trained together."""

    def gradient(z: list[float], i: int) -> list[float | None]:
        out: list[float | None] = []
        for c, y in enumerate(targets[i]):
            grad = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z[c])))) - y
            out.append(None if abs(grad) < LABEL_SKIP else grad)
        return out

    return _adagrad(docs, len(targets[0]), LABEL_EPOCHS, gradient)


def _adagrad(
    docs: list[list[str]],
    k: int,
    epochs: int,
    gradient: Callable[[list[float], int], list[float | None]],
) -> tuple[list[float], dict[str, list[float]]]:
    """``k`` outputs over the features of ``docs``, by Adagrad with L2, in a seeded order.
    ``gradient(z, i)``: each output's gradient for document ``i`` given its scores
    ``z``; None moves no weight of that output."""
    w: dict[str, list[float]] = {}
    g2: dict[str, list[float]] = {}
    bias = [0.0] * k
    order = list(range(len(docs)))
    rnd = random.Random(SEED)
    for _ in range(epochs):
        rnd.shuffle(order)
        for i in order:
            feats = docs[i]
            z = list(bias)
            for f in feats:
                row = w.get(f)
                if row is not None:
                    for c in range(k):
                        z[c] += row[c]
            for c, grad in enumerate(gradient(z, i)):
                if grad is None:
                    continue
                bias[c] -= RATE * 0.1 * grad
                for f in feats:
                    row = w.setdefault(f, [0.0] * k)
                    acc = g2.setdefault(f, [1e-8] * k)
                    g = grad + L2 * row[c]
                    acc[c] += g * g
                    row[c] -= RATE * g / math.sqrt(acc[c])
    return bias, w


def train(
    paths: list[Path], keep: int = KEEP_READING, keep_labels: int = KEEP_LABELS
) -> dict[str, Any]:
    items = messages(paths)
    raw = [features(normalise(str(m["text"])).text) for m in items]
    df = Counter(f for feats in raw for f in feats)
    docs = [[f for f in feats if df[f] >= MIN_DF] for feats in raw]
    labels = [READINGS.index(m["reading"]) for m in items]
    bias, weights = train_readings(list(zip(docs, labels, strict=True)))
    kept = sorted(_strongest(weights, keep))
    targets = [
        [1.0 if c in (m.get("claims") or []) else 0.0 for c in CLAIM_IDS]
        + [1.0 if a in (m.get("asks") or []) else 0.0 for a in ASK_IDS]
        for m in items
    ]
    label_bias, label_weights = train_labels(docs, targets)
    label_kept = sorted(_strongest(label_weights, keep_labels))
    return {
        "about": (
            "debthelp check's learned reading (src/debthelp/check/learned.py), written by "
            "tools/train_check_model.py: do not edit by hand, train again."
        ),
        "format": FORMAT,
        "readings": list(READINGS),
        "ngrams": list(NGRAMS),
        "trained_on": [
            {
                "file": str(p.relative_to(ROOT)),
                "sha256": hashlib.sha256(p.read_bytes()).hexdigest(),
            }
            for p in paths
        ],
        "messages": len(items),
        "scale": SCALE,
        "bias": [round(b * SCALE) for b in bias],
        "features": SEP.join(kept),
        "weights": [round(v * SCALE) for f in kept for v in weights[f]],
        "labels": {
            "claims": list(CLAIM_IDS),
            "asks": list(ASK_IDS),
            "scale": LABEL_SCALE,
            "bias": [round(b * LABEL_SCALE) for b in label_bias],
            "features": SEP.join(label_kept),
            "weights": _int16s([v for f in label_kept for v in label_weights[f]]),
        },
    }


def _int16s(values: list[float]) -> str:
    """``values`` times ``LABEL_SCALE`` as signed 16-bit whole numbers, little-endian,
    in base64 (``learned._int16s`` reads them)."""
    import base64
    from array import array

    top = 2**15 - 1
    out = array("h", (max(-top, min(top, round(v * LABEL_SCALE))) for v in values))
    if sys.byteorder == "big":
        out.byteswap()
    return base64.b64encode(out.tobytes()).decode("ascii")


def _strongest(weights: dict[str, list[float]], keep: int) -> list[str]:
    """The ``keep`` features with the largest weights (ties by the feature, for one order)."""
    return sorted(weights, key=lambda f: (-max(abs(x) for x in weights[f]), f))[:keep]


def dumps(model: dict[str, Any]) -> str:
    return json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--exclude", action="append", default=[], help="corpus file name glob")
    parser.add_argument(
        "--keep", type=int, default=KEEP_READING, metavar="N", help="the N strongest features"
    )
    parser.add_argument("--check", action="store_true", help="compare with --out, write nothing")
    args = parser.parse_args()
    text = dumps(train(corpora(args.exclude), args.keep))
    if args.check:
        same = args.out.is_file() and args.out.read_text(encoding="utf-8") == text
        print("the same" if same else f"{args.out} differs from a fresh training")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text.encode()) // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
