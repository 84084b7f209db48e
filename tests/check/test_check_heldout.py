"""Held-out set 5 (issue 23) is kept as written: the next round measures on it or
trains on it knowingly, never on a copy someone touched up."""

from __future__ import annotations

import hashlib

import pytest
import yaml

from tests.util import ROOT

FROZEN = {  # sha256 as the writers left them (BENCHMARKS.md, issue 23's check section)
    "check_heldout5_w10.yaml": "3923b21cc5e04f1bc452d0fab4b9b1a2562273e3c7944e203fdfc42998a354f5",
    "check_heldout5_w11.yaml": "f4405c6de0017bde6a094f0aed530a12eb33493cba20c0160f5ec561d9abdc74",
}


@pytest.mark.parametrize("name", sorted(FROZEN))
def test_the_held_out_set_is_as_written(name: str) -> None:
    data = (ROOT / "benchmarks" / "data" / name).read_bytes()
    assert hashlib.sha256(data).hexdigest() == FROZEN[name]
    messages = yaml.safe_load(data)["messages"]
    assert len(messages) == 60
    assert {m["reading"] for m in messages} == {"scam", "verify", "pressure", "none"}
