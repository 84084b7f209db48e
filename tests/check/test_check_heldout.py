"""Set 5 (issue 23), measured once as held-out and training data since the sixth round, is
kept as its writers left it: trained on knowingly, never on a copy someone touched up."""

from __future__ import annotations

import hashlib

import pytest
import yaml

from tests.util import ROOT

FROZEN = {  # sha256 as the writers left them (BENCHMARKS.md, issue 23's check section)
    "check_train_v5_w10.yaml": "3923b21cc5e04f1bc452d0fab4b9b1a2562273e3c7944e203fdfc42998a354f5",
    "check_train_v5_w11.yaml": "f4405c6de0017bde6a094f0aed530a12eb33493cba20c0160f5ec561d9abdc74",
}


@pytest.mark.parametrize("name", sorted(FROZEN))
def test_set_five_is_as_written(name: str) -> None:
    data = (ROOT / "tests" / "data" / name).read_bytes()
    assert hashlib.sha256(data).hexdigest() == FROZEN[name]
    messages = yaml.safe_load(data)["messages"]
    assert len(messages) == 60
    assert {m["reading"] for m in messages} == {"scam", "verify", "pressure", "none"}


def test_no_held_out_file_is_kept_in_the_repository() -> None:
    # held-out sets live with the lead until measured; set 5 is training data now
    assert not list((ROOT / "benchmarks").glob("**/*heldout*"))
