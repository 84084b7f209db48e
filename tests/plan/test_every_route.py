"""The every-route walk (exhaustive): each route's fullest answer set (every third of
``concrete_answers``), its plan made and fitted to each language once, then held to the
three checks the default run applies to a sample of routes: one plan in both languages
(test_plan_remedies), the sizes and the first screen (test_plan), every first step in
the body (test_plan_do_first_in_body).

One walk, not three: fitting a plan is most of the work, and three walks that each
fitted every plan again took about 8 minutes of CI's exhaustive run (about 2.5 under
coverage each); one walk fits each plan once."""

from __future__ import annotations

import itertools

import pytest

from debthelp.guidance import Guidance
from tests.plan import test_plan, test_plan_do_first_in_body, test_plan_remedies
from tests.util import concrete_answers


@pytest.mark.exhaustive
def test_every_route_gives_one_plan_that_fits_and_keeps_its_first_steps(
    guidance: Guidance,
) -> None:
    walked = 0
    for answers in itertools.islice(concrete_answers(guidance), 0, None, 3):
        # On test_plan_do_first_in_body's date, which test_plan_remedies shares (test_plan's
        # sample uses its own; the sizes hold whatever the date).
        plan, fitted = test_plan_do_first_in_body.made_and_fitted(guidance, answers)
        test_plan_remedies._check_route(guidance, answers, plan, fitted)
        test_plan._check_sizes(guidance, answers, plan, fitted)
        test_plan_do_first_in_body.check_route(guidance, answers, plan, fitted)
        walked += 1
    assert walked >= 5000 // 3  # about 5,763 answer sets today, a third of them walked
