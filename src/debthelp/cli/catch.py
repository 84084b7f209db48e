"""The one catch point and the last net: every failure ends in a message and an exit code.

``DebtHelpGroup.invoke`` catches every ``DebtHelpError`` (and Ctrl-C, a closed
pipe) for every command and shows it in the user's language; ``run`` adds
what only the outermost layer can do: click's own usage errors, quiet broken
pipes, and a last net so that no traceback ever reaches a user.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import Any, NoReturn

from typer.core import TyperGroup

from debthelp.cli.clicks import click
from debthelp.errors import (
    DebtHelpError,
    ExitCode,
    GuidanceError,
    Interrupted,
    InvalidDataError,
    UsageError,
)
from debthelp.i18n import Lang, guess_lang, problem_lines, t
from debthelp.term import say, tolerate_narrow_encodings

LANG_KEY = "debthelp.lang"
ROOT_LANG_KEY = "debthelp.root-lang"
# The language a command settled on, for the last net in run() (which runs
# outside click's context): after a fallback to English it must stay English.
LANG_IN_USE: list[Lang] = []


def report(error: DebtHelpError, lang: Lang) -> None:
    """Print an error on stderr in the user's language."""
    if isinstance(error, Interrupted):
        # In the person's language (guessed from --lang, DEBTHELP_LANG and the
        # locale when none was chosen yet): a Chinese screen shows no English.
        say(t("cancelled", lang))
        for line in error.help_lines:
            say(f"  ! {line}")
        return
    # Errors echo what the user gave (a topic, a file name, a line of their
    # file); say() shows any escape sequence in it as visible text.
    if isinstance(error, GuidanceError | InvalidDataError) and error.problems:
        for line in problem_lines(error, lang):
            say(line)
        return
    say(t("error-line", lang, message=t(error.key, lang, **error.params)))
    if isinstance(error, UsageError):
        say(t("usage-hint", lang))


# click's own "Show this message and exit." is English only.
HELP_OPTION_TEXT = "显示帮助并退出 / Show this help and exit."


def _bilingual(option: click.Option | None) -> click.Option | None:
    if option is not None:
        option.help = HELP_OPTION_TEXT
        option.callback = _show_help
    return option


def _show_help(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """click's own help callback, but written like every result: a full or
    closed stdout is a clear error, not an internal one (hostile F15)."""
    if not value or ctx.resilient_parsing:
        return
    from debthelp.term import write_raw

    write_raw(ctx.get_help() + "\n")
    ctx.exit()


class DebtHelpGroup(TyperGroup):
    """Catches every DebtHelpError and Ctrl-C, for every command, in one place."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # click suggests a command for a typo itself; typer's suggestion on top
        # of it said "Did you mean 'tips'?" twice.
        self.suggest_commands = False

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return _bilingual(super().get_help_option(ctx))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        command = super().get_command(ctx, cmd_name)
        if command is not None and not getattr(command, "_bilingual_help", False):
            original = command.get_help_option
            command.get_help_option = lambda c: _bilingual(original(c))  # type: ignore[method-assign,assignment]
            command._bilingual_help = True  # type: ignore[attr-defined]
        return command

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DebtHelpError as error:
            report(error, ctx.meta.get(LANG_KEY) or guess_lang(sys.argv[1:]))
            ctx.exit(int(error.exit_code))
        except (KeyboardInterrupt, EOFError, click.Abort):
            report(Interrupted(), ctx.meta.get(LANG_KEY) or guess_lang(sys.argv[1:]))
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


def run(app: Any, argv: list[str]) -> NoReturn:
    """Run ``app`` on ``argv``. Everything a user can cause ends in a message and an exit code."""
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
        exc.show(file=shown)
        say(shown.getvalue().rstrip("\n"))  # it echoes the bad option: say() makes it safe
        say(t("usage-hint", guess_lang(argv)))
        code = ExitCode.USAGE
    except (KeyboardInterrupt, EOFError, click.Abort):
        report(Interrupted(), LANG_IN_USE[-1] if LANG_IN_USE else guess_lang(argv))
        code = ExitCode.INTERRUPTED
    except BrokenPipeError:
        code = ExitCode.OK
    except DebtHelpError as error:  # pragma: no cover - the group catches these first
        report(error, guess_lang(argv))
        code = error.exit_code
    except Exception as exc:  # the last net: a message, never a traceback
        if os.environ.get("DEBTHELP_DEBUG"):
            raise
        lang = LANG_IN_USE[0] if LANG_IN_USE else guess_lang(argv)
        saved = _saved_files()
        if saved:  # the message must not claim nothing changed when something did
            say(t("internal-error-saved", lang, kind=type(exc).__name__, path=saved[-1]))
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
    # stderr too: say() swallows a failed write, but the text stays in the
    # buffer, and Python's last flush of it turned every exit code into 120
    # (hostile F8). Nothing more can be said where nothing can be written.
    _quiet_at_exit("stdout")
    _quiet_at_exit("stderr")
    sys.exit(code)


def _quiet_at_exit(name: str) -> None:
    """Flush ``sys.<name>`` now; if it cannot be written, send it to devnull."""
    stream = getattr(sys, name)
    if stream is None:
        return
    try:
        stream.flush()
    except (ValueError, OSError):
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, stream.fileno())
        except (ValueError, OSError):
            setattr(sys, name, None)


# Options of the root command that take a value: what follows them is not a command.
_ROOT_VALUE_OPTIONS = ("--lang",)


def command_in(argv: list[str]) -> str | None:
    """The command ``argv`` names; "" when it names none (the wizard, ``--version``);
    None when the whole app is needed (``--help`` with no command, or ``--``)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _ROOT_VALUE_OPTIONS:
            skip = True
        elif arg == "--":
            return None
        elif not arg.startswith("-"):
            return arg
    if "-h" in argv or "--help" in argv:
        return None  # the help lists every command
    return ""


def only_the_command_named(whole: Any, argv: list[str]) -> Any:
    """The app with only the command that ``argv`` names, else the whole app.

    typer builds a click command, with every option, for every command before it
    runs one: with sixteen commands that cost about 10 ms of every start, more
    than `debthelp tips` spends on its own work. With no command at all (the
    wizard, `--version`) it has none. Nothing is left out that the run could
    need: `--help` and an unknown or misspelt command (click's "no such
    command" and its suggestions) still get the whole app.
    """
    import copy

    name = command_in(argv)
    if name is None:
        return whole
    if name == "":
        # No command: the wizard (or --version). It needs none of the others,
        # and building them all cost the first screen about 7 ms.
        commands: list[Any] = []
        groups: list[Any] = []
    else:
        commands, groups = _named(whole, name)
        if len(commands) + len(groups) != 1:
            return whole
    pruned = copy.copy(whole)
    pruned.registered_commands = commands
    pruned.registered_groups = groups
    return pruned


def _named(whole: Any, name: str) -> tuple[list[Any], list[Any]]:
    """The commands and groups of ``whole`` called ``name``."""
    from typer.main import get_command_name

    commands = [
        info
        for info in whole.registered_commands
        if (info.name or get_command_name(info.callback.__name__ if info.callback else "")) == name
    ]
    groups = [
        info
        for info in whole.registered_groups
        if (info.name or (info.typer_instance and info.typer_instance.info.name)) == name
    ]
    return commands, groups
