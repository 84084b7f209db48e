"""The app, its root command (the wizard), and how commands join it; ``main``.

Each command is a module of this package with a ``register(app)`` function,
found by ``command_modules`` and imported only when it is run (or when the
help lists them all). Options are shared from ``options``; failures are caught
in ``catch``.
"""

import sys
from typing import Annotated, Any, NoReturn

import typer

from debthelp import __version__
from debthelp.cli.catch import ROOT_LANG_KEY, DebtHelpGroup, command_in, only_the_command_named, run
from debthelp.cli.options import (
    LangOpt,
    setup_lang,
)
from debthelp.i18n import t
from debthelp.term import can_prompt, say, write

__all__ = ["app", "load_commands", "main"]

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
        from debthelp.cli.advise import advise_command

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


# The order of `debthelp --help`; a command missing here is listed after these.
ORDER = (
    "tips",
    "validate",
    "graph",
    "questions",
    "advise",
    "explain",
    "rate",
    "check",
    "letter",
    "report",
    "log",
    "budget",
    "page",
)
_LOADED: set[str] = set()


def command_modules() -> list[str]:
    """Every command module of ``debthelp.cli``: a ``cli/<command>.py`` with ``register``.

    A new command is a new module here; nothing else names it. Modules ending
    in ``_run`` hold a command's adapter, and the shared ones have no
    ``register``. Listed from the folder (not ``pkgutil``: 3 ms of imports).
    """
    import os

    from debthelp import cli

    names = {
        entry.name.removesuffix(".py")
        for folder in cli.__path__
        for entry in os.scandir(folder)
        if entry.name.endswith(".py")
        and not entry.name.startswith("_")
        and not entry.name.endswith("_run.py")
    }
    return sorted(names, key=lambda n: (ORDER.index(n) if n in ORDER else len(ORDER), n))


def load_commands(name: str | None = None) -> typer.Typer:
    """``app`` with every command registered (``name`` None), or the command
    ``name`` alone if it has a module. Only that module is imported: `debthelp
    check` never loads the modules (or options) of the other commands."""
    import importlib

    if name is None:
        names = command_modules()
    else:
        module_name = _module_for(name)
        names = [module_name] if module_name else []
    for module_name in names:
        if module_name in _LOADED:
            continue
        module = importlib.import_module(f"debthelp.cli.{module_name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(app)
        _LOADED.add(module_name)
    if name is None:
        position = {n: i for i, n in enumerate(names)}
        app.registered_commands.sort(key=lambda info: position.get(_module_of(info), len(names)))
    return app


def _module_for(name: str) -> str | None:
    """The module of the command ``name``, if there is a file for it."""
    import os

    from debthelp import cli

    module_name = name.replace("-", "_")
    if not module_name.isidentifier() or module_name.endswith("_run"):
        return None
    folders = cli.__path__
    found = any(os.path.exists(os.path.join(f, module_name + ".py")) for f in folders)
    return module_name if found else None


def _module_of(info: Any) -> str:
    callback = info.callback
    return str(callback.__module__).rpartition(".")[2] if callback else ""


def main() -> NoReturn:
    """The console script."""
    argv = sys.argv[1:]
    name = command_in(argv)
    if name is None or (name and _module_for(name) is None):
        load_commands()  # --help, or a misspelt command: click lists (and suggests) them all
    elif name:
        load_commands(name)
    run(only_the_command_named(app, argv), argv)
