"""``debthelp budget`` end to end: the command line, the prompts through a pipe, the files."""

from __future__ import annotations

import csv
import io
import json
import stat
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from typer.testing import CliRunner

from debthelp.budget import Debt
from debthelp.cli import app
from debthelp.errors import Interrupted
from debthelp.wizard import ask_budget_values
from tests.util import ROOT

EXAMPLE = str(ROOT / "examples" / "debts.yaml")
EXAMPLE_CSV = str(ROOT / "examples" / "debts.csv")
UP = "\x1b[A"
ENTER = "\r"
CTRL_C = "\x03"


def invoke(*args: str) -> Any:
    return CliRunner().invoke(app, ["budget", *args])


def test_three_online_loans_and_a_salary_of_6000() -> None:
    result = invoke(
        "--debts", EXAMPLE, "--income", "6000", "--expenses", "4500", "--format", "text"
    )
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    # essentials first, in plain words; the shortfall; an offer per lender; the ways; a chart
    assert out.index("先留够一家人的基本生活开支") < out.index("剩下可以用来还债的：1,500.00 元")
    assert "每月差 1,800.00 元" in out
    assert "借呗：每月 720.00 元" in out and "某某贷：每月 480.00 元" in out
    assert "利率高的先还" in out and "欠得少的先还" in out and "按比例还" in out
    assert "每个月底还欠多少（元）" in out and "[4-3]" in out and "[6-3]" in out and "[5-1]" in out
    assert "65.66%" in out and "debthelp rate" in out  # the worked-out rate, flagged
    assert "\x1b[" not in out


def test_english_and_markdown() -> None:
    result = invoke("--debts", EXAMPLE, "--income", "6000", "--expenses", "4500", "--lang", "en")
    assert result.exit_code == 0
    assert "Left for lenders: ￥1,500.00" in result.stdout
    assert "you are ￥1,800.00 short" in result.stdout
    md = invoke("--debts", EXAMPLE, "--income", "6000", "--expenses", "4500", "-f", "markdown")
    assert md.stdout.startswith("# 你的还款预算") and "```text" in md.stdout


def test_json_is_the_issue_shape_and_yaml_and_csv_agree() -> None:
    base = ("--income", "6000", "--expenses", "4500", "--format", "json")
    from_csv = json.loads(invoke("--debts", EXAMPLE_CSV, *base).stdout)
    assert list(from_csv) == [
        "income",
        "expenses",
        "available",
        "minimums",
        "shortfall",
        "monthly",
        "from_essentials",
        "horizon_months",
        "interest_comparable",
        "offers",
        "debts",
        "strategies",
    ]
    assert [{"name": o["name"], "amount": o["amount"]} for o in from_csv["offers"]] == [
        {"name": "借呗", "amount": 720.0},
        {"name": "某某贷", "amount": 480.0},
        {"name": "花呗", "amount": 300.0},
    ]
    assert [s["name"] for s in from_csv["strategies"]] == ["avalanche", "snowball", "pro-rata"]


def test_the_csv_file_and_the_yaml_file_give_the_same_plan(tmp_path: Path) -> None:
    yaml_file = tmp_path / "d.yaml"
    yaml_file.write_text(
        "- {name: 借呗, lender: platform, balance: 12000, rate: 18, minimum: 1200}\n"
        "- {name: 花呗, lender: consumer-finance, balance: 5000, rate: 15, minimum: 600}\n",
        encoding="utf-8",
    )
    csv_file = tmp_path / "d.csv"
    csv_file.write_text(
        "\ufeffname,lender,balance,rate,minimum\n借呗,platform,12000,18,1200\n"
        "花呗,consumer-finance,5000,15,600\n",
        encoding="utf-8",
    )
    base = ("--income", "6000", "--expenses", "4000", "--format", "json")
    assert (
        invoke("--debts", str(yaml_file), *base).stdout
        == invoke("--debts", str(csv_file), *base).stdout
    )


def test_csv_schedule_is_saved_privately(tmp_path: Path) -> None:
    target = tmp_path / "plan.csv"
    result = invoke(
        "--debts", EXAMPLE, "--income", "6000", "--expenses", "4500", "--strategy", "snowball",
        "--extra", "200", "--csv", str(target), "--format", "json",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    rows = list(csv.reader(io.StringIO(target.read_text("utf-8"))))
    assert rows[0][:4] == ["strategy", "month", "借呗 payment", "借呗 balance"]
    assert {r[0] for r in rows[1:]} == {"snowball"}
    paid = sum(Decimal(r[i]) for r in rows[1:2] for i in (2, 4, 6))
    assert paid == Decimal("3500.00")  # the minimums 3,300 plus --extra 200
    assert str(target) in result.stderr


def test_without_a_terminal_every_missing_value_is_named() -> None:
    result = invoke("--income", "6000")
    assert result.exit_code == 1
    assert "--expenses, --debts" in result.stderr
    english = invoke("--lang", "en")
    assert "Missing: --income, --expenses, --debts" in english.stderr


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (("--strategy", "fastest"), 2, "--strategy"),
        (("--income", "-5"), 1, "--income"),
        (("--income", "1e400"), 1, "--income"),
        (("--extra", "abc"), 1, "--extra"),
        (("--debts", "/nonexistent.yaml"), 1, "/nonexistent.yaml"),
    ],
)
def test_bad_flags(args: tuple[str, ...], code: int, words: str) -> None:
    result = invoke(*args)
    assert result.exit_code == code
    assert words in result.stderr and "Traceback" not in result.stderr


def test_a_broken_debts_file_lists_every_problem_in_the_users_language(tmp_path: Path) -> None:
    file = tmp_path / "d.csv"
    file.write_text("name,balance,rate,minimum\na,-1,2000,5\nb,\x1b[31m,5,5\n", encoding="utf-8")
    zh = invoke("--debts", str(file), "--income", "1", "--expenses", "1")
    assert zh.exit_code == 1
    assert "有 3 个问题" in zh.stderr
    assert "a.balance" in zh.stderr and "a.rate" in zh.stderr and "第 2 行" in zh.stderr
    assert "\x1b" not in zh.stderr  # escape sequences shown as text
    en = invoke("--debts", str(file), "--income", "1", "--expenses", "1", "--lang", "en")
    assert "has 3 problem(s)" in en.stderr and "line 3" in en.stderr


def test_nothing_left_gives_token_offers_and_no_schedule_to_clear() -> None:
    result = invoke("--debts", EXAMPLE, "--income", "3000", "--expenses", "4500", "--lang", "en")
    assert result.exit_code == 0
    assert "token ￥1.00 a month" in result.stdout
    assert "nothing is left for lenders" in result.stdout
    assert "With nothing to pay each month" in result.stdout


def test_answers_file_prefill_is_read_and_checked(tmp_path: Path) -> None:
    from debthelp.cli.budget import _prefill

    answers = tmp_path / "a.yaml"
    answers.write_text(
        "lenders-count: 3\nlender: credit-card\namount-overdue: 20000\nsafety: safe\n"
    )
    assert _prefill(answers) == {
        "lenders-count": 3.0,
        "lender": "credit-card",
        "amount-overdue": 20000.0,
    }
    answers.write_text("lenders-count: many\n")
    result = invoke("--answers", str(answers), "--income", "1")
    assert result.exit_code == 1 and "lenders-count" in result.stderr


# --------------------------------------------------------------------------- the prompts


def ask(keys: str, lang: str = "zh", **given: Any) -> Any:
    values: dict[str, Any] = {"income": None, "expenses": None, "debts": None, "prefill": {}}
    values.update(given)
    with create_pipe_input() as inp:
        inp.send_text(keys)
        inp.close()
        return ask_budget_values(lang, input=inp, output=DummyOutput(), **values)  # type: ignore[arg-type]


INCOME = "6000" + ENTER
ESSENTIALS = "2000\r1500\r300\r200\r\r500\r"  # children left blank: 4,500 in all
PLATFORM = UP * 2 + ENTER  # from "unknown", two up
DEBT = "\r" + PLATFORM + "12000\r18\r1200\r"
ANOTHER = UP + ENTER
NO_MORE = ENTER
CONFIRM = ENTER


@pytest.mark.slow
def test_the_prompts_ask_for_everything_and_confirm() -> None:
    keys = INCOME + ESSENTIALS + DEBT + ANOTHER + "花呗\r" + ENTER + "5000\r\r" + "600\r"
    keys += "500\r12\r5500\r" + NO_MORE + CONFIRM  # no rate: payment, periods, received
    income, expenses, debts = ask(keys)
    assert (income, expenses) == (600000, 450000)
    assert [(d.name, d.lender, d.balance, d.minimum) for d in debts] == [
        ("欠款1", "platform", 1200000, 120000),
        ("花呗", "unknown", 500000, 60000),
    ]
    assert debts[0].rate == Decimal(18)
    assert debts[1].rate_computed and debts[1].rate > Decimal(0)


def test_only_what_is_missing_is_asked_and_start_again_reasks() -> None:
    again = UP + ENTER  # the second choice, "start again"
    keys = ESSENTIALS + again + "100\r" * 6 + CONFIRM
    given = (Debt("a", "bank", 100, Decimal(1), 10),)
    income, expenses, debts = ask(keys, "en", income=700000, debts=given)
    assert (income, expenses, debts) == (700000, 60000, given)


def test_a_bad_amount_is_refused_at_the_prompt() -> None:
    income, _, _ = ask("-5\r" + "\x15" + INCOME + CONFIRM, expenses=0, debts=())
    assert income == 600000


def test_prefill_expects_the_lenders_and_fills_the_card() -> None:
    prefill = {"lenders-count": 2, "lender": "credit-card", "amount-overdue": 20000}
    # first debt: name, kind (credit card already chosen), amount (20000 filled in), rate, minimum
    keys = "卡\r" + ENTER + ENTER + "18\r" + "1000\r" + ENTER  # "add another" defaults to yes
    keys += DEBT + NO_MORE + CONFIRM
    _, _, debts = ask(keys, income=1, expenses=0, prefill=prefill)
    assert [(d.name, d.lender, d.balance) for d in debts] == [
        ("卡", "credit-card", 2000000),
        ("欠款2", "platform", 1200000),
    ]


@pytest.mark.parametrize("keys", [CTRL_C, INCOME + CTRL_C, ""])
def test_ctrl_c_and_end_of_input_cancel(keys: str) -> None:
    with pytest.raises(Interrupted):
        ask(keys)


def test_the_command_asks_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    import debthelp.cli.budget as command
    from debthelp import wizard

    monkeypatch.setattr(command, "can_prompt", lambda: True)
    real = wizard.ask_budget_values

    def piped(lang: str, **values: Any) -> Any:
        with create_pipe_input() as inp:
            inp.send_text(INCOME + CONFIRM)
            inp.close()
            return real(lang, input=inp, output=DummyOutput(), **values)  # type: ignore[arg-type]

    monkeypatch.setattr(wizard, "ask_budget_values", piped)
    result = invoke("--debts", EXAMPLE, "--expenses", "4500", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["available"] == 1500.0


def test_a_debt_that_fails_the_checks_is_asked_again() -> None:
    # 1 a month for 1 month on 1,000 received: a negative rate, refused; then the debt again
    bad = "\r" + PLATFORM + "12000\r\r1200\r" + "1\r1\r1000\r"
    _, _, debts = ask(bad + DEBT + NO_MORE + CONFIRM, income=1, expenses=0)
    assert [(d.name, d.rate) for d in debts] == [("欠款1", Decimal(18))]


def test_a_debt_that_never_pays_off_is_named(tmp_path: Path) -> None:
    file = tmp_path / "d.csv"
    file.write_text("name,balance,rate,minimum\nA,100000,36,100\n", encoding="utf-8")
    base = ("--debts", str(file), "--income", "1000", "--expenses", "900")
    zh = invoke(*base, "--format", "text")
    assert "A 按这个还法永远还不清" in zh.stdout and "还不清" in zh.stdout
    en = invoke(*base, "--lang", "en", "--format", "json")
    data = json.loads(en.stdout)
    assert all(s["months"] is None and s["never_pays_off"] == ["A"] for s in data["strategies"])
    assert "never paid off at this rate" in invoke(*base, "--lang", "en").stdout
