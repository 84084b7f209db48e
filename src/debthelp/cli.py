"""The command line: thin adapters from options to the core and back to a renderer.

Every command resolves its language, calls one core function and hands the
result to ``render``. All failures are ``DebtHelpError``s, caught in exactly one
place (``DebtHelpGroup.invoke``) and shown in the user's language. ``main``
adds what only the outermost layer can do: quiet broken pipes and a last net
so that no traceback ever reaches a user.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import Annotated, Any, NoReturn

import click
import typer
from typer.core import TyperGroup

from debthelp import __version__
from debthelp.errors import (
    DebtHelpError,
    ExitCode,
    GuidanceError,
    Interrupted,
    InvalidDataError,
    UsageError,
)
from debthelp.i18n import Lang, both, guess_lang, problem_lines, resolve_lang, t
from debthelp.safetext import printable
from debthelp.term import can_encode, can_prompt, say, tolerate_narrow_encodings, write

LANG_KEY = "debthelp.lang"
ROOT_LANG_KEY = "debthelp.root-lang"
# The formats of every command that prints advice (auto: panels on a terminal).
DOC_FORMATS = ("auto", "text", "markdown", "json")
# The language a command settled on, for the last net in main() (which runs
# outside click's context): after a fallback to English it must stay English.
_LANG_IN_USE: list[Lang] = []


# --------------------------------------------------------------------------- the one catch point


def _shown(params: dict[str, Any]) -> dict[str, Any]:
    # Errors echo what the user gave (a topic, a file name, a line of their
    # file): escape sequences in it must reach the terminal as visible text.
    return {k: printable(v) if isinstance(v, str) else v for k, v in params.items()}


def report(error: DebtHelpError, lang: Lang) -> None:
    """Print an error on stderr in the user's language."""
    if isinstance(error, Interrupted):
        # The one message shown in both languages: it may come before a
        # language was chosen, and it must be understood whatever happened.
        say(both("cancelled"))
        for line in error.help_lines:
            say(f"  ! {line}")
        return
    if isinstance(error, GuidanceError | InvalidDataError) and error.problems:
        # What the file said (ids, values) is echoed: make it printable first.
        shown = error.__class__(
            error.key,
            problems=tuple(
                p._replace(where=printable(p.where), params=_shown(dict(p.params)))
                for p in error.problems
            ),
            **_shown(error.params),
        )
        for line in problem_lines(shown, lang):
            say(line)
        return
    say(t("error-line", lang, message=t(error.key, lang, **_shown(error.params))))
    if isinstance(error, UsageError):
        say(t("usage-hint", lang))


class DebtHelpGroup(TyperGroup):
    """Catches every DebtHelpError and Ctrl-C, for every command, in one place."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DebtHelpError as error:
            report(error, ctx.meta.get(LANG_KEY) or guess_lang(sys.argv[1:]))
            ctx.exit(int(error.exit_code))
        except (KeyboardInterrupt, EOFError, click.Abort):
            report(Interrupted(), "zh")
            ctx.exit(int(ExitCode.INTERRUPTED))
        except BrokenPipeError:
            # The reader went away (`| head -1`): it has what it wanted. Caught
            # here because click would otherwise turn it into exit 1.
            ctx.exit(int(ExitCode.OK))
        except RecursionError:
            # Input nested or chained deeper than debthelp can follow (say, a
            # guidance file of a thousand questions in a row): the input's fault.
            report(DebtHelpError("input-too-deep"), ctx.meta.get(LANG_KEY) or "zh")
            ctx.exit(int(ExitCode.ERROR))


app = typer.Typer(
    cls=DebtHelpGroup,
    name="debthelp",
    add_completion=False,
    no_args_is_help=False,
    # Tracebacks with local variables could show someone's debts: never.
    pretty_exceptions_enable=False,
    # Plain click help: rich help would cost ~40 ms of imports on every --help.
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    help=(
        "网贷催收自助指南：离线运行，不联网，除非你要求否则不保存任何内容。\n\n"
        "Help with online-loan (网贷) debt collection in mainland China. Offline and private: "
        "nothing is sent anywhere, and nothing is saved unless you ask.\n\n"
        "Run `debthelp` on its own to answer a few questions and get a plan.\n\n"
        "Not legal advice. / 本工具不构成法律意见。"
    ),
)


# --------------------------------------------------------------------------- shared options

LangOpt = Annotated[
    str | None,
    typer.Option(
        "--lang",
        help="zh 或 en（默认看 DEBTHELP_LANG 和系统语言）/ "
        "zh or en (default: DEBTHELP_LANG, then the locale).",
        show_default=False,
    ),
]
GuidanceOpt = Annotated[
    Path | None,
    typer.Option(
        "--guidance",
        envvar="DEBTHELP_GUIDANCE",
        help="改用另一个指导文件 / Use another guidance file.",
        show_default=False,
    ),
]
FormatOpt = Annotated[
    str,
    typer.Option(
        "--format",
        "-f",
        help="auto（终端里用彩色面板，管道里用纯文本）、text、markdown、json / "
        "auto (panels on a terminal, plain text in a pipe), text, markdown or json.",
    ),
]


def setup_lang(ctx: click.Context, flag: str | None) -> Lang:
    """The command's language: its own --lang, else one given before the command
    (`debthelp --lang en tips`), else the environment and locale."""
    lang = resolve_lang(flag or ctx.meta.get(ROOT_LANG_KEY))
    if lang == "zh" and not can_encode(sys.stdout, "网贷"):
        # A terminal that cannot show Chinese would print question marks: switch
        # to English and say why, in words any terminal can show.
        say(t("terminal-no-chinese", "en"))
        lang = "en"
    ctx.meta[LANG_KEY] = lang
    _LANG_IN_USE[:] = [lang]
    return lang


def check_format(fmt: str, allowed: tuple[str, ...]) -> str:
    if fmt not in allowed:
        raise UsageError("bad-format", value=fmt, valid=", ".join(allowed))
    return fmt


# --------------------------------------------------------------------------- commands


def _version(value: bool) -> None:
    if value:
        write(f"debthelp {__version__}\n")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
def root(
    ctx: typer.Context,
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="显示版本 / Show the version."
        ),
    ] = False,
    lang: LangOpt = None,
) -> None:
    # `debthelp --lang en` starts the wizard in English; before a command, it
    # applies to that command (whose own --lang still wins).
    ctx.meta[ROOT_LANG_KEY] = lang
    if ctx.invoked_subcommand is not None:
        return
    lang = setup_lang(ctx, lang)
    if can_prompt():
        # The opening screen comes first, before the guidance is read or the
        # prompt library imported: a frightened person sees words at once.
        say(t("welcome", lang))
        from debthelp.commands import advise_command

        advise_command(
            ctx,
            lang=lang,
            guidance_path=None,
            answers_file=None,
            answer=[],
            fmt="auto",
            save_answers=None,
            welcomed=True,
        )
        return
    say(t("no-terminal-help", lang))


@app.command()
def tips(
    ctx: typer.Context,
    topic: Annotated[
        list[str] | None, typer.Argument(help="主题 id（可多个）/ Topic ids.", show_default=False)
    ] = None,
    list_topics: Annotated[
        bool, typer.Option("--list", help="只列出主题 / List the topics only.")
    ] = False,
    lang: LangOpt = None,
    fmt: FormatOpt = "auto",
    guidance: GuidanceOpt = None,
) -> None:
    """按主题查看全部建议。/ All the advice, by topic.

    例 / Examples:

    debthelp tips

    debthelp tips safety scams --lang en

    debthelp tips --format json > tips.json
    """
    from debthelp.commands import tips_command

    tips_command(
        ctx,
        lang=setup_lang(ctx, lang),
        topics=topic or [],
        list_only=list_topics,
        fmt=check_format(fmt, DOC_FORMATS),
        guidance_path=guidance,
    )


@app.command()
def validate(
    ctx: typer.Context,
    path: Annotated[
        Path | None,
        typer.Argument(help="要检查的指导文件 / The guidance file to check.", show_default=False),
    ] = None,
    lang: LangOpt = None,
    guidance: GuidanceOpt = None,
) -> None:
    """检查指导文件，一次列出所有问题。/ Check a guidance file and list every problem.

    例 / Example:  debthelp validate data/guidance.yaml
    """
    from debthelp.commands import validate_command

    validate_command(ctx, lang=setup_lang(ctx, lang), path=path or guidance)


@app.command()
def graph(
    ctx: typer.Context,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="mermaid 或 dot / mermaid or dot.")
    ] = "mermaid",
    lang: LangOpt = None,
    guidance: GuidanceOpt = None,
) -> None:
    """把问题树画成图（Mermaid 或 Graphviz dot）。/ The question tree as a diagram.

    例 / Example:  debthelp graph --format dot | dot -Tsvg > tree.svg
    """
    from debthelp.commands import graph_command

    graph_command(
        ctx,
        lang=setup_lang(ctx, lang),
        fmt=check_format(fmt, ("mermaid", "dot")),
        guidance_path=guidance,
    )


@app.command()
def questions(
    ctx: typer.Context,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="text 或 json / text or json.")
    ] = "text",
    lang: LangOpt = None,
    guidance: GuidanceOpt = None,
) -> None:
    """列出所有问题、题型和可选答案，便于写答案文件。/ Every question, its kind and valid answers.

    例 / Example:  debthelp questions --format json
    """
    from debthelp.commands import questions_command

    questions_command(
        ctx,
        lang=setup_lang(ctx, lang),
        fmt=check_format(fmt, ("text", "json")),
        guidance_path=guidance,
    )


@app.command()
def advise(
    ctx: typer.Context,
    answers: Annotated[
        Path | None,
        typer.Option(
            "--answers",
            help="答案文件（YAML 或 JSON）/ An answers file (YAML or JSON).",
            show_default=False,
        ),
    ] = None,
    answer: Annotated[
        list[str] | None,
        typer.Option(
            "--answer",
            help="单个答案 id=值，可重复 / One answer, ID=VALUE; repeatable.",
            show_default=False,
        ),
    ] = None,
    # A string, not a Path: Path("mine/") drops the slash that shows a folder was meant.
    save_answers: Annotated[
        str | None,
        typer.Option(
            "--save-answers",
            help="把答案保存到文件（仅自己可读）/ Save the answers (readable only by you).",
            show_default=False,
        ),
    ] = None,
    full: Annotated[
        bool,
        typer.Option(
            "--full",
            help="显示全部步骤的完整内容 / Show every step in full, not only the first 12.",
        ),
    ] = False,
    lang: LangOpt = None,
    fmt: FormatOpt = "auto",
    guidance: GuidanceOpt = None,
) -> None:
    """回答几个问题，得到按紧急程度排列的行动计划。/
    Answer a few questions, get a plan, most urgent first.

    例 / Examples:  debthelp advise     debthelp advise --answers my.yaml --format text
    """
    from debthelp.commands import advise_command

    advise_command(
        ctx,
        lang=setup_lang(ctx, lang),
        guidance_path=guidance,
        answers_file=answers,
        answer=answer or [],
        fmt=check_format(fmt, DOC_FORMATS),
        save_answers=save_answers,
        full=full,
    )


@app.command()
def explain(
    ctx: typer.Context,
    term: Annotated[
        str | None,
        typer.Argument(
            help="术语（中文、英文或 id）/ A term, in Chinese, English or by id.",
            show_default=False,
        ),
    ] = None,
    lang: LangOpt = None,
    fmt: FormatOpt = "auto",
    guidance: GuidanceOpt = None,
) -> None:
    """用大白话解释法律和金融术语。/ Plain-language explanations of legal and money terms.

    例 / Examples:  debthelp explain     debthelp explain 支付令     debthelp explain lpr --lang en
    """
    from debthelp.commands import explain_command

    explain_command(
        ctx,
        lang=setup_lang(ctx, lang),
        term=term,
        fmt=check_format(fmt, DOC_FORMATS),
        guidance_path=guidance,
    )


@app.command()
def rate(
    ctx: typer.Context,
    received: Annotated[
        str | None,
        typer.Option(
            "--received", help="实际到手的钱 / Cash that actually reached you.", show_default=False
        ),
    ] = None,
    payment: Annotated[
        str | None,
        typer.Option("--payment", help="每期还款额 / Each equal repayment.", show_default=False),
    ] = None,
    periods: Annotated[
        str | None,
        typer.Option("--periods", help="期数 / Number of repayments.", show_default=False),
    ] = None,
    every: Annotated[
        str, typer.Option("--every", help="month、week 或 day / How often: month, week or day.")
    ] = "month",
    schedule: Annotated[
        Path | None,
        typer.Option(
            "--schedule",
            help="还款计划文件（CSV 或 YAML）/ A file of dated payments (CSV or YAML).",
            show_default=False,
        ),
    ] = None,
    borrowed: Annotated[
        str | None,
        typer.Option(
            "--borrowed", help="合同金额 / The amount on the contract.", show_default=False
        ),
    ] = None,
    lender: Annotated[
        str,
        typer.Option(
            "--lender",
            help="bank, credit-card, consumer-finance, small-loan, platform, private, unknown",
        ),
    ] = "unknown",
    signed: Annotated[
        str | None,
        typer.Option("--signed", help="签合同日期 YYYY-MM-DD / Date signed.", show_default=False),
    ] = None,
    lpr: Annotated[
        str | None,
        typer.Option(
            "--lpr", help="指定一年期LPR（%）/ Use this one-year LPR (%).", show_default=False
        ),
    ] = None,
    lang: LangOpt = None,
    fmt: FormatOpt = "auto",
) -> None:
    """算出借款的真实年化成本，并对照法律和监管的红线。/
    The true annual cost of a loan, against the legal and regulatory lines.

    例 / Example:

    debthelp rate --received 8000 --borrowed 10000 --payment 1000 --periods 12
    --lender private --signed 2025-06-01
    """
    from debthelp.commands import rate_command

    values = {
        "received": received,
        "payment": payment,
        "periods": periods,
        "every": every,
        "schedule": schedule,
        "borrowed": borrowed,
        "lender": lender,
        "signed": signed,
        "lpr": lpr,
    }
    rate_command(
        ctx,
        lang=setup_lang(ctx, lang),
        fmt=check_format(fmt, DOC_FORMATS),
        values=values,
    )


# --------------------------------------------------------------------------- entry point


def main() -> NoReturn:
    """The console script. Everything a user can cause ends in a message and an exit code."""
    argv = sys.argv[1:]
    # English text still holds a few Chinese names and curly quotes, and a GBK
    # console cannot show every symbol: a look-alike or "?", never a crash.
    tolerate_narrow_encodings()
    _saved_files().clear()  # main() runs more than once in tests
    try:
        code = app(args=argv, prog_name="debthelp", standalone_mode=False)
    except click.exceptions.Exit as exc:  # raised by --version and typer.Exit
        code = exc.exit_code
    except click.ClickException as exc:  # usage errors found by click itself
        import io

        shown = io.StringIO()
        exc.show(file=shown)  # it echoes the bad option as typed: make it safe
        say(printable(shown.getvalue().rstrip("\n")))
        say(t("usage-hint", guess_lang(argv)))
        code = ExitCode.USAGE
    except (KeyboardInterrupt, EOFError, click.Abort):
        report(Interrupted(), "zh")
        code = ExitCode.INTERRUPTED
    except BrokenPipeError:
        code = ExitCode.OK
    except DebtHelpError as error:  # pragma: no cover - the group catches these first
        report(error, guess_lang(argv))
        code = error.exit_code
    except Exception as exc:  # the last net: a message, never a traceback
        if os.environ.get("DEBTHELP_DEBUG"):
            raise
        lang = _LANG_IN_USE[0] if _LANG_IN_USE else guess_lang(argv)
        saved = _saved_files()
        if saved:  # the message must not claim nothing changed when something did
            say(t("internal-error-saved", lang, kind=type(exc).__name__, path=printable(saved[-1])))
        else:
            say(t("internal-error", lang, kind=type(exc).__name__))
        code = ExitCode.ERROR
    _exit(int(code or 0))


def _saved_files() -> list[str]:
    """Files written by this run (``files.SAVED``), without importing ``files``
    at start-up when no command has."""
    files = sys.modules.get("debthelp.files")
    return files.SAVED if files is not None else []


def _exit(code: int) -> NoReturn:
    # The outcome is decided: a Ctrl-C now (say, just as the plan finished)
    # must not turn it into a traceback or a death by signal.
    import signal

    with contextlib.suppress(ValueError, OSError):  # ValueError: not the main thread
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    # After a closed pipe, flushing stdout at exit would raise again and print
    # "Exception ignored ..."; point it at devnull first so the exit is quiet.
    # A stdout that is full (/dev/full) fails the same way: the error has been
    # said already, and "Exception ignored" at exit would only add noise.
    if sys.stdout is not None:
        try:
            sys.stdout.flush()
        except (ValueError, OSError):
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
            except (ValueError, OSError):
                sys.stdout = None
    sys.exit(code)
