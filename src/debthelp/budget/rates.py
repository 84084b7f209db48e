"""The one adapter from a debt's payments to its annual rate (pure core).

A debt given by its equal monthly ``payment``, number of ``periods`` and the
cash ``received`` gets its rate from the same solver as `debthelp rate`
(``compute_rate``), through ``rate_from_payments`` only, so a change in the rate
package touches one line here.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal


def rate_from_payments(lender: str, values: Mapping[str, object]) -> tuple[Decimal, bool]:
    """The annual rate in percent (2 decimals) and whether it is above a line
    that applies, or may apply, to ``lender``. Raises ``InputError`` as `debthelp rate` does."""
    from debthelp.rate import compute_rate, load_lpr_table

    result = compute_rate(
        received=values["received"],
        payment=values["payment"],
        periods=values["periods"],
        every="month",
        lender=lender,
        lpr_table=load_lpr_table(),
    )
    over = any(line.exceeded and line.applies is not False for line in result.lines)
    return Decimal(f"{result.apr_percent:.2f}"), over
