"""``debthelp advise``: answers (a file, flags or the wizard) to a plan, most urgent first.

The options are declared in ``advise`` and turned into a call of the core by
``advise_command``; ``register`` adds the command to the app (``cli.root``).
"""

from pathlib import Path
from typing import Annotated, Any

import typer

from debthelp.cli import output
from debthelp.cli.clicks import click
from debthelp.cli.options import (
    DOC_FORMATS,
    FormatOpt,
    GuidanceOpt,
    LangOpt,
    check_format,
    setup_lang,
    today,
)
from debthelp.errors import InputError
from debthelp.i18n import Lang, t
from debthelp.term import can_prompt, say


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


def advise_command(
    ctx: click.Context,
    *,
    lang: Lang,
    guidance_path: Path | None,
    answers_file: Path | None,
    answer: list[str],
    fmt: str,
    save_answers: str | Path | None,
    full: bool = False,
    welcomed: bool = False,
) -> None:
    from debthelp.engine import advise, coerce_all, missing_answers, with_blanks
    from debthelp.files import dump_answers, parse_pairs, read_answers
    from debthelp.guidance import load_guidance
    from debthelp.render import fit_plan, plan_doc, plan_json

    guidance = load_guidance(guidance_path)
    if not guidance.questions:
        raise InputError("no-questions")
    raw: dict[str, Any] = {}
    if answers_file is not None:
        raw.update(read_answers(answers_file))
    raw.update(parse_pairs(answer))
    answers = coerce_all(guidance, raw)
    if not can_prompt():
        answers = with_blanks(guidance, answers)
    missing = missing_answers(guidance, answers)
    interactive = False
    if missing:
        if not can_prompt():
            # Name every missing answer at once: one round trip, not one per question.
            raise InputError(
                "answer-missing-all",
                questions=", ".join(missing),
                example=f"--answer {missing[0]}=…",
            )
        if not welcomed:
            say(t("welcome", lang))
        from debthelp.cli.check import show_check
        from debthelp.wizard import run_wizard

        answers = run_wizard(
            guidance, lang, answers, on_court_text=lambda text: show_check(text, lang)
        )
        interactive = True
    plan = advise(guidance, answers, today=today(), full=full)
    if save_answers is not None:
        # "-" is refused (stdout is the plan); the note names each command that uses it.
        from debthelp.cli.save import save
        from debthelp.hints import answers_saved

        save(
            save_answers,
            dump_answers(dict(plan.answers)),
            lang,
            note=lambda p: answers_saved(lang, p),
        )
    # On a screen or in a text file the plan must stay short; Markdown (kept,
    # shared) and JSON (for programs) carry the whole plan.
    shown = plan if full or fmt in ("json", "markdown") else fit_plan(guidance, plan, lang, 80)
    output.emit(
        fmt,
        lang,
        data=lambda: plan_json(guidance, plan, lang),
        doc=lambda: plan_doc(guidance, shown, lang),
    )
    if interactive:
        if not output.screen()[0]:
            # The person sees the questions but not the plan: say where it went.
            say(t("plan-redirected", lang))
        else:
            from debthelp.render import to_markdown
            from debthelp.wizard import offer_to_save

            offer_to_save(
                lang,
                lambda: to_markdown(plan_doc(guidance, plan, lang), lang),
                answers=None
                if save_answers is not None
                else lambda: dump_answers(dict(plan.answers)),
            )


def register(app: typer.Typer) -> None:
    app.command()(advise)
