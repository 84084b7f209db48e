"""The budget's questions: income, essential spending by kind, each debt, a summary to confirm.

Only what the command line left out is asked. Every answer is checked as it is
typed with the budget core's own rules, and the debts go through the same
reader as a debts file, so what the prompts accept the plan accepts too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import questionary
from questionary import Choice

from debthelp.errors import Interrupted, InvalidDataError
from debthelp.i18n import Lang, t
from debthelp.wizard.numbers import clear_after_refusal, plain_number
from debthelp.wizard.prompt import SELECT_INDENT, fit, fit_choice, guarded, session

ESSENTIALS = (
    "budget.ask-rent",
    "budget.ask-food",
    "budget.ask-utilities",
    "budget.ask-transport",
    "budget.ask-children",
    "budget.ask-medical",
)
LENDER_KEYS = {
    "bank": "rate.lender-bank",
    "credit-card": "rate.lender-credit-card",
    "consumer-finance": "rate.lender-consumer-finance",
    "small-loan": "rate.lender-small-loan",
    "platform": "rate.lender-platform",
    "private": "rate.lender-private",
    "unknown": "rate.lender-unknown",
}


def ask_budget_values(
    lang: Lang,
    *,
    income: int | None,
    expenses: int | None,
    debts: Any,
    prefill: Mapping[str, Any],
    input: Any = None,
    output: Any = None,
) -> tuple[int, int, Any]:
    """Income and essential spending in fen, and the debts, asking for what is missing.

    ``prefill``: from the wizard's answers file (``lenders-count``, ``lender``,
    ``amount-overdue``): how many debts to expect, the first debt's kind and balance.
    """
    try:
        with session(input, output):
            while True:
                got_income = income if income is not None else _amount(lang, "budget.ask-income")
                got_expenses = expenses if expenses is not None else _essentials(lang)
                got_debts = debts if debts is not None else _debts(lang, prefill)
                if _confirmed(lang, got_income, got_expenses, got_debts):
                    return got_income, got_expenses, got_debts
    except (KeyboardInterrupt, EOFError):
        raise Interrupted() from None


def _check_amount(lang: Lang, optional: bool = False) -> Any:
    from debthelp.budget import to_fen

    def validate(text: str) -> bool | str:
        if optional and not text.strip():
            return True
        return to_fen(plain_number(text)) is not None or t("budget.ask-invalid-amount", lang)

    return validate


def _amount(lang: Lang, key: str, *, optional: bool = False, default: str = "") -> int:
    from debthelp.budget import to_fen

    prompt = questionary.text(
        fit(t(key, lang)), default=default, validate=_check_amount(lang, optional)
    )
    clear_after_refusal(prompt)
    return to_fen(plain_number(str(guarded(prompt)))) or 0


def _essentials(lang: Lang) -> int:
    from debthelp.render import wrap
    from debthelp.term import say
    from debthelp.wizard.prompt import screen_width

    for line in wrap(t("budget.ask-essentials-intro", lang), screen_width() - 1):
        say(line)
    return sum(_amount(lang, key, optional=True) for key in ESSENTIALS)


def _debts(lang: Lang, prefill: Mapping[str, Any]) -> Any:
    from debthelp.budget import LENDERS, debts_from_rows, parse_rate, rate_from_payments

    expected = int(prefill.get("lenders-count") or 0)
    rows: list[Any] = []
    while True:
        number = len(rows) + 1
        first = number == 1
        lender_default = str(prefill.get("lender", "unknown")) if first else "unknown"
        if lender_default not in LENDERS:
            lender_default = "unknown"
        owed = prefill.get("amount-overdue") if first and lender_default == "credit-card" else None
        name = guarded(
            questionary.text(
                fit(t("budget.ask-name", lang, n=number)),
                validate=lambda text: _valid_name(text, [r[1]["name"] for r in rows], lang),
            )
        )
        name = str(name).strip() or t("budget.default-name", lang, n=number)
        lender = guarded(
            questionary.select(
                t("budget.ask-lender", lang),
                choices=[
                    Choice(fit_choice(t(LENDER_KEYS[who], lang), SELECT_INDENT), value=who)
                    for who in LENDERS
                ],
                default=lender_default,
                instruction=t("wizard-select-hint", lang),
            )
        )
        balance = _amount(lang, "budget.ask-balance", default="" if owed is None else f"{owed:g}")
        rate_prompt = questionary.text(
            fit(t("budget.ask-rate", lang)),
            validate=lambda text: (
                not text.strip()
                or parse_rate(text) is not None
                or t("budget.ask-invalid-rate", lang)
            ),
        )
        clear_after_refusal(rate_prompt)
        rate = guarded(rate_prompt)
        values: dict[str, object] = {
            "name": name,
            "lender": lender,
            "balance": balance / 100,
            "minimum": _amount(lang, "budget.ask-minimum") / 100,
        }
        if str(rate).strip():
            values["rate"] = str(rate).strip()
        else:
            values["payment"] = _amount(lang, "budget.ask-payment") / 100
            values["periods"] = _periods(lang)
            values["received"] = _amount(lang, "budget.ask-received") / 100
        row: tuple[int, dict[str, object], dict[str, int]] = (number, values, {})
        try:  # the same checks as a debts file; a debt that fails them is asked again
            debts_from_rows(
                [row], path=t("budget.your-answers", lang), find_rate=rate_from_payments
            )
        except InvalidDataError as error:
            from debthelp.i18n import problem_lines
            from debthelp.term import say

            for line in problem_lines(error, lang):
                say(line)
            continue
        rows.append(row)
        more = guarded(
            questionary.select(
                t("budget.ask-more", lang),
                choices=[
                    Choice(t("budget.ask-more-yes", lang), value="yes"),
                    Choice(t("budget.ask-more-no", lang), value="no"),
                ],
                default="yes" if number < expected else "no",
                instruction=t("wizard-select-hint", lang),
            )
        )
        if more != "yes":
            return debts_from_rows(
                rows, path=t("budget.your-answers", lang), find_rate=rate_from_payments
            )


def _valid_name(text: str, taken: list[object], lang: Lang) -> bool | str:
    name = text.strip()
    if not name:
        return True  # a blank name becomes "Debt N"
    if len(name) > 40 or not name.isprintable():
        return t("budget.ask-invalid-name", lang)
    return name not in taken or t("budget.ask-name-taken", lang)


MAX_PERIODS = 10_000


def _periods(lang: Lang) -> int:
    from debthelp.digits import bounded_int

    prompt = questionary.text(
        t("budget.ask-periods", lang),
        validate=lambda text: (
            bounded_int(text, 1, MAX_PERIODS) is not None or t("budget.ask-invalid-periods", lang)
        ),
    )
    clear_after_refusal(prompt)
    answer = guarded(prompt)
    # The check let only ASCII digits through, and few enough of them.
    return int(str(answer).strip().lstrip("0") or "0")


def _confirmed(lang: Lang, income: int, expenses: int, debts: Any) -> bool:
    from debthelp.term import say

    def money(fen: int) -> str:
        return t("money", lang, amount=fen / 100)

    say(t("budget.summary", lang))
    say("  " + t("budget.income", lang, amount=money(income)))
    say("  " + t("budget.summary-expenses", lang, amount=money(expenses)))
    for debt in debts:
        say(
            "  "
            + t(
                "budget.summary-debt",
                lang,
                name=debt.name,
                balance=money(debt.balance),
                rate=f"{debt.rate:.2f}",
                minimum=money(debt.minimum),
            )
        )
    answer = guarded(
        questionary.select(
            t("budget.ask-confirm", lang),
            choices=[
                Choice(t("budget.confirm-yes", lang), value="yes"),
                Choice(t("budget.confirm-again", lang), value="again"),
            ],
            instruction=t("wizard-select-hint", lang),
        )
    )
    return bool(answer == "yes")
