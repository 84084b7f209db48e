"""The options of ``debthelp log`` (add, list, export, verify, wipe): a typer group.

Declared here rather than in ``cli.root`` because five subcommands' options would
double that file; the adapters are in ``cli.log_run``.
"""

from typing import Annotated

import typer

from debthelp.cli.catch import DebtHelpGroup
from debthelp.cli.options import FormatOpt, LangOpt, check_format, setup_lang

# `log list` draws these itself (``log_run``), not through ``output.emit``: a format
# added to ``options.DOC_FORMATS`` is not one it can draw until it is added here.
LIST_FORMATS = ("auto", "text", "markdown", "json")

log_app = typer.Typer(
    cls=DebtHelpGroup,
    name="log",
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    help=(
        "催收记录：只保存在你自己电脑上的证据记录，可整理成投诉材料。/\n"
        "A private log of collectors' contacts, ready for a complaint.\n\n"
        "每次记录后给你一份回执：发到别处保存，以后能用它证明这些记录没被改过。/\n"
        "Each entry gives you a receipt to send elsewhere: with it you can later prove "
        "those entries were not changed.\n\n"
        "例 / Example:  debthelp log add --channel call --from 13800001111 --said '...'"
    ),
)

# A string, not a Path: a Path drops the "/" of "somedir/", which names a folder.
DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="记录文件（默认在你的用户数据目录，或 DEBTHELP_HOME）/ "
        "The log file (default: your user data folder, or DEBTHELP_HOME).",
        show_default=False,
    ),
]


@log_app.command("add")
def log_add(
    ctx: typer.Context,
    channel: Annotated[
        str | None,
        typer.Option(
            "--channel",
            help="怎么联系的 / How: call, sms, wechat, visit, third-party, public-posting, other.",
            show_default=False,
        ),
    ] = None,
    when: Annotated[
        str | None,
        typer.Option(
            "--when",
            help="时间 YYYY-MM-DD HH:MM（默认现在）/ When (default: now).",
            show_default=False,
        ),
    ] = None,
    sender: Annotated[
        str | None,
        typer.Option("--from", help="对方号码或名字 / Their number or name.", show_default=False),
    ] = None,
    claimed_identity: Annotated[
        str | None,
        typer.Option(
            "--claimed-identity", help="对方自称是谁 / Who they said they were.", show_default=False
        ),
    ] = None,
    said: Annotated[
        str | None,
        typer.Option("--said", help="对方说的话（原文）/ What they said.", show_default=False),
    ] = None,
    contacted: Annotated[
        list[str] | None,
        typer.Option(
            "--contacted",
            help="还联系了谁，可重复 / Someone else they contacted; repeatable.",
            show_default=False,
        ),
    ] = None,
    attach: Annotated[
        list[str] | None,
        typer.Option(
            "--attach",
            help="录音或截图文件，可重复（不复制，只记哈希）/ "
            "A recording or screenshot; repeatable (not copied, hashed).",
            show_default=False,
        ),
    ] = None,
    note: Annotated[
        str | None,
        typer.Option("--note", help="你自己的备注 / Your own note.", show_default=False),
    ] = None,
    times: Annotated[
        int | None,
        typer.Option(
            "--times",
            help="这条记录代表打了几次电话（默认1）/ "
            "Call attempts this entry stands for (default 1).",
            show_default=False,
        ),
    ] = None,
    lender: Annotated[
        str | None,
        typer.Option(
            "--lender",
            help="放贷方类型，决定适用哪些规定、向哪里投诉 / Kind of lender, which decides the "
            "rules and where to complain: credit-card, bank, consumer-finance, small-loan, "
            "platform, private, unknown.",
            show_default=False,
        ),
    ] = None,
    corrects: Annotated[
        int | None,
        typer.Option(
            "--corrects",
            help="更正第几条记录（原记录保留）/ The entry this one corrects (the old one stays).",
            show_default=False,
        ),
    ] = None,
    db: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """记下一次催收联系。/ Log one contact from a collector.

    例 / Example:

    debthelp log add --channel call --when "2026-11-29 23:10" --from 13800001111
    --said "再不还就找你家人"
    """
    from debthelp.cli.log_run import add_command

    values = {
        "channel": channel,
        "when": when,
        "sender": sender,
        "claimed_identity": claimed_identity,
        "said": said,
        "contacted": contacted or [],
        "attach": attach or [],
        "note": note,
        "times": times,
        "corrects": corrects,
        "lender": lender,
    }
    add_command(ctx, lang=setup_lang(ctx, lang), db=db, values=values)


@log_app.command("list")
def log_list(
    ctx: typer.Context,
    since: Annotated[
        str | None,
        typer.Option("--since", help="从哪天起 YYYY-MM-DD / From this date.", show_default=False),
    ] = None,
    tag: Annotated[
        str | None,
        typer.Option(
            "--tag",
            help="只看某个标记 / Only this tag: night, third-party, impersonation, threat, "
            "frequency, public-posting, extra-fees, visit, criminal.",
            show_default=False,
        ),
    ] = None,
    db: DbOpt = None,
    lang: LangOpt = None,
    fmt: FormatOpt = "auto",
) -> None:
    """列出记录和它们的标记。/ List the entries and their tags.

    例 / Example:  debthelp log list --tag night --format json
    """
    from debthelp.cli.log_run import list_command

    list_command(
        ctx,
        lang=setup_lang(ctx, lang),
        db=db,
        since=since,
        tag=tag,
        fmt=check_format(fmt, LIST_FORMATS),
    )


@log_app.command("export")
def log_export(
    ctx: typer.Context,
    fmt: Annotated[
        str,
        typer.Option(
            "--format", "-f", help="markdown、json、csv 或 html / markdown, json, csv or html."
        ),
    ] = "markdown",
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            help="保存到文件（仅自己可读）/ Save to a file (readable only by you).",
            show_default=False,
        ),
    ] = None,
    db: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """整理成投诉用的时间线：核对结果、按规则统计、每条记录。/
    A complaint-ready timeline: the check result, counts by rule, every entry.

    例 / Example:  debthelp log export --format html -o 催收记录.html
    """
    from debthelp.cli.log_run import export_command

    export_command(
        ctx,
        lang=setup_lang(ctx, lang),
        db=db,
        fmt=check_format(fmt, ("markdown", "json", "csv", "html")),
        output=output,
    )


@log_app.command("verify")
def log_verify(
    ctx: typer.Context,
    receipt: Annotated[
        str | None,
        typer.Option(
            "--receipt",
            help="你之前发到别处的回执：证明它覆盖的记录都没被改过，改了的话指出是哪几条 / "
            "A receipt you sent elsewhere: proves the entries it covers are unchanged, "
            "or shows which changed.",
            show_default=False,
        ),
    ] = None,
    db: DbOpt = None,
    lang: LangOpt = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="text 或 json / text or json.")
    ] = "text",
) -> None:
    """核对记录和附件（有问题时退出码为1）。只凭记录文件本身，只能查出意外损坏；
    用你发到别处的回执核对，才能证明没有人故意修改。/
    Check the entries and attachments (exit 1 on a problem). The file alone can
    show accidental damage only; checked against a receipt you sent elsewhere,
    it proves nobody edited them on purpose.

    例 / Example:  debthelp log verify --receipt DH1-00014-...
    """
    from debthelp.cli.log_run import verify_command

    verify_command(
        ctx,
        lang=setup_lang(ctx, lang),
        db=db,
        fmt=check_format(fmt, ("text", "json")),
        receipt=receipt,
    )


@log_app.command("wipe")
def log_wipe(
    ctx: typer.Context,
    yes: Annotated[
        bool, typer.Option("--yes", help="不再确认，直接删除 / Delete without asking.")
    ] = False,
    db: DbOpt = None,
    lang: LangOpt = None,
) -> None:
    """永久删除记录文件（附件不动）。/ Delete the log for good (attachments are not touched).

    例 / Example:  debthelp log wipe
    """
    from debthelp.cli.log_run import wipe_command

    wipe_command(ctx, lang=setup_lang(ctx, lang), db=db, yes=yes)


def register(app: typer.Typer) -> None:
    app.add_typer(log_app)
