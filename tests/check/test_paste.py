"""F5 of the hostile pass: a bare bracketed-paste start (ESC[200~ with no
ESC[201~) must not leave a prompt deaf to Ctrl-C and Ctrl-D."""

from __future__ import annotations

import threading
from typing import Any

import pytest
import questionary
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from debthelp.wizard.prompt import guarded

START, END, ENTER = "\x1b[200~", "\x1b[201~", "\r"


def _ask(factory: Any, *chunks: str) -> Any:
    """Ask with the pipe left open (as a terminal is), each chunk its own read;
    a prompt that does not end within 10 s fails the test instead of hanging it."""
    got: list[Any] = []

    def ask() -> None:
        try:
            with create_app_session(input=inp, output=DummyOutput()):
                got.append(guarded(factory()))
        except BaseException as exc:  # the outcome is what is tested
            got.append(exc)

    with create_pipe_input() as inp:
        worker = threading.Thread(target=ask, daemon=True)
        worker.start()
        for chunk in chunks:
            inp.send_text(chunk)
            worker.join(0.2)
        worker.join(10)
        assert not worker.is_alive(), "the prompt ignored the keys"
    return got[0]


FACTORIES = {
    "text": lambda: questionary.text("q"),
    "select": lambda: questionary.select("q", choices=["a", "b"]),
    "checkbox": lambda: questionary.checkbox("q", choices=["a", "b"]),
    "confirm": lambda: questionary.confirm("q"),
}


@pytest.mark.parametrize("kind", FACTORIES)
@pytest.mark.parametrize("cancel", ["\x03", "\x04"])
def test_ctrl_c_and_ctrl_d_cancel_after_a_bare_paste_start(kind: str, cancel: str) -> None:
    assert isinstance(_ask(FACTORIES[kind], START, cancel), KeyboardInterrupt)


def test_cancel_in_the_same_read_as_the_paste_start() -> None:
    assert isinstance(_ask(FACTORIES["text"], START + "pasted" + "\x03"), KeyboardInterrupt)


def test_a_whole_paste_is_still_pasted() -> None:
    assert _ask(FACTORIES["text"], START + "借条\n写的是" + END, ENTER) == "借条\n写的是"


def test_a_paste_in_two_reads_is_still_pasted() -> None:
    assert _ask(FACTORIES["text"], START + "abc", "def" + END, ENTER) == "abcdef"
