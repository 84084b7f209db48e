"""``debthelp check``: what a frightening message claims, what is true, how to check it.

Its options (``check``), ``register``, and the adapter: read the message
(argument, pipe, file or paste), scan it, show the result.
"""

import os
import sys
from pathlib import Path
from typing import IO, Annotated, cast

import typer

from debthelp.cli.clicks import click
from debthelp.cli.options import FormatOpt, LangOpt, check_format, setup_lang
from debthelp.errors import InputError, Interrupted, UsageError
from debthelp.i18n import Lang, t
from debthelp.term import Stdout, can_prompt, is_tty, say, stdout_is_tty, width, write

# Drawn by ``emit_check``, not ``output.emit``: a format added to
# ``options.DOC_FORMATS`` is not one this command can draw until it is added here.
FORMATS = ("auto", "text", "markdown", "json")


def check(
    ctx: typer.Context,
    text: Annotated[
        str | None,
        typer.Argument(
            help="收到的消息；写 - 表示从标准输入读 / "
            "The message you received; - reads standard input.",
            show_default=False,
        ),
    ] = None,
    file: Annotated[
        Path | None,
        typer.Option(
            "--file",
            help="从文件读消息（UTF-8 或 GB18030/GBK）/ Read the message from a file "
            "(UTF-8 or GB18030/GBK).",
            show_default=False,
        ),
    ] = None,
    lang: LangOpt = None,
    fmt: FormatOpt = "auto",
) -> None:
    """看看一条吓人的消息说了什么、哪些是真的、怎么核实。/
    What a frightening message claims, what is true, and how to check it.

    例 / Example:  debthelp check "您已被起诉，请点击链接查看"
    """
    check_command(
        ctx, lang=setup_lang(ctx, lang), fmt=check_format(fmt, FORMATS), text=text, file=file
    )


# The note naming the encoding a file was read in, written out so every key is literal.
ENCODING_NOTES = {
    "utf-8": "check.encoding-utf-8",
    "utf-8-sig": "check.encoding-utf-8-sig",
    "gb18030": "check.encoding-gb18030",
}


def check_command(
    ctx: click.Context, *, lang: Lang, fmt: str, text: str | None, file: Path | None
) -> None:
    from debthelp.check import check, load_patterns

    message = read_message(lang, text=text, file=file)
    patterns = load_patterns()
    emit_check(check(message, patterns), patterns, lang, fmt)


def emit_check(result: object, patterns: object, lang: Lang, fmt: str) -> None:
    """The result on stdout in ``fmt`` (``auto``: rich on a terminal, else plain text)."""
    from debthelp.check import CheckResult, Patterns
    from debthelp.render import check_view, dump_json

    assert isinstance(result, CheckResult)
    assert isinstance(patterns, Patterns)
    if fmt == "json":
        write(dump_json(check_view.check_json(result, patterns, lang)))
    elif fmt == "markdown":
        write(check_view.to_markdown(result, patterns, lang))
    elif fmt == "auto" and stdout_is_tty():
        out = cast("IO[str]", Stdout())
        check_view.print_rich(result, patterns, lang, out, width=width(), height=screen_rows())
    else:
        write(check_view.to_text(result, patterns, lang, width(), screen_rows()))


def screen_rows() -> int | None:
    """The rows the result may take on a terminal (the command line and the next
    prompt stay on screen); None when the output is not a screen."""
    if not stdout_is_tty():
        return None
    import shutil

    return max(shutil.get_terminal_size((80, 24)).lines - 2, 10)


def read_message(lang: Lang, *, text: str | None, file: Path | None) -> str:
    """The message from exactly one place; ``InputError`` if it is empty or unreadable."""
    from debthelp.check.source import MAX_BYTES, decode_message, read_message_file
    from debthelp.yamlio import read_at_most

    if text is not None and file is not None:
        raise UsageError("check.text-and-file")
    if file is not None:
        message, encoding = read_message_file(file)
        say(t(ENCODING_NOTES[encoding], lang, path=str(file)))
    elif (text == "-" or text is None) and not is_tty(sys.stdin):
        stream = sys.stdin
        if stream is None:
            raise InputError("check.empty")
        name = t("check.stdin", lang)
        try:
            data = read_at_most(stream.fileno(), MAX_BYTES + 1)
        except (OSError, ValueError, AttributeError):  # no real descriptor (a test's stream)
            buffer = getattr(stream, "buffer", None)
            if buffer is not None:
                data = buffer.read(MAX_BYTES + 1)
            else:
                data = stream.read(MAX_BYTES + 1).encode("utf-8", "surrogateescape")
        message = decode_message(data, name=name)[0]
    elif text in (None, "-"):  # a terminal: "-" and nothing both mean "let me paste it"
        if not can_prompt():
            raise InputError("check.empty")
        message = ask_paste(lang)
    else:
        message = text
    if not message.strip():
        raise InputError("check.empty")
    refuse_too_long(message)
    return message


def refuse_too_long(message: str) -> None:
    """A text longer than any message is refused: checking it would take seconds
    (a 1 MB paste took 1 to 10), and it is not one message anyway."""
    from debthelp.check.source import MAX_CHARS

    if len(message) > MAX_CHARS:
        raise InputError("check.too-long", count=len(message), limit=MAX_CHARS)


def ask_paste(lang: Lang) -> str:
    """A multi-line paste from the terminal, ended by an empty line or Ctrl-D.

    Blank lines before the first text are skipped (a paste may start with
    one); Ctrl-D before any text, like Ctrl-C, cancels.
    """
    from debthelp.render.cjk import wrap

    # Wrapped to the screen: the terminal would break a word in two ("(o" / "r Ctrl-D)").
    say("\n".join(wrap(t("check.paste", lang), width())))
    lines: list[str] = []
    while True:
        try:
            line = _typed_line()
        except KeyboardInterrupt:
            raise Interrupted from None
        except (OSError, ValueError):
            raise InputError("check.empty") from None
        if not line:  # Ctrl-D
            if not lines:
                raise Interrupted
            break
        if not line.strip():
            if lines:
                break
            continue
        lines.append(line.rstrip("\r\n"))
        if not line.endswith("\n"):  # Ctrl-D after text on the line: that was the end
            break
    return "\n".join(lines)


def _typed_line() -> str:
    """One line from the terminal, or what was typed before a Ctrl-D; "" at end of input.

    In the terminal's line mode one read gives one line, or, after Ctrl-D, the
    text before it without a newline. ``readline()`` would wait on for a
    newline there, so a paste that did not end in one needed Ctrl-D twice.
    """
    data = os.read(sys.stdin.fileno(), 65536)
    return data.decode(sys.stdin.encoding or "utf-8", "replace")


def show_check(message: str, lang: Lang) -> None:
    """A message pasted in the wizard, checked and shown on the terminal before the plan.

    On the screen the plan goes to; when the plan goes to a file, as plain
    text on stderr, so the file holds only the plan.
    """
    from debthelp.check import check, load_patterns
    from debthelp.check.source import MAX_CHARS
    from debthelp.render import check_view

    if len(message) > MAX_CHARS:  # said, and the wizard goes on to the plan
        say(t("check.too-long", lang, count=len(message), limit=MAX_CHARS))
        return
    patterns = load_patterns()
    result = check(message, patterns)
    if stdout_is_tty():
        emit_check(result, patterns, lang, "auto")
    else:
        say(check_view.to_text(result, patterns, lang, width()).rstrip("\n"))


def register(app: typer.Typer) -> None:
    app.command()(check)
