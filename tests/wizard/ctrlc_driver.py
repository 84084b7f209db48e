"""A small program for tests/wizard/test_ctrlc.py: the wizard's prompts, over and over.

Run in a pseudo-terminal. Each round does what ``debthelp`` does: a session
of questions (a select, then a checkbox), work between sessions (the plan is
drawn and the dead prompts are garbage-collected), then a session with the
"keep this plan?" select, then prompts of every kind until Ctrl-C. A Ctrl-C
ends the round with "CANCELLED <n>" on stdout and the next round starts with
"ROUND <n>": one process serves hundreds of tries, and a Ctrl-C that is lost
shows as a round that never ends.
"""

from __future__ import annotations

import gc
import sys

import questionary

from debthelp.wizard.prompt import guarded, session


def _between_sessions() -> None:
    """Like drawing the plan: allocate, and collect the finished prompts.

    The prompts of the first session are cycles (application, key bindings,
    asyncio tasks kept in a WeakSet) that only the garbage collector frees, and
    it runs their weakref callbacks as it goes.
    """
    for _ in range(3):
        junk = [questionary.select("x", choices=["a", "b"]) for _ in range(4)]
        del junk
        gc.collect()


def main() -> None:
    n = 0
    while True:
        n += 1
        print(f"ROUND {n}", flush=True)
        try:
            with session():
                guarded(questionary.select("Q pick", choices=["one", "two", "three"]))
                guarded(questionary.checkbox("Q tick", choices=["a", "b", "c"]))
            _between_sessions()
            with session():
                guarded(questionary.select("Q keep", choices=["no", "yes"]))
            with session():
                while True:  # until Ctrl-C
                    guarded(questionary.select("Q pick", choices=["one", "two"]))
                    guarded(questionary.checkbox("Q tick", choices=["a", "b"]))
                    guarded(questionary.confirm("Q sure"))
                    guarded(questionary.text("Q type"))
        except KeyboardInterrupt:
            print(f"CANCELLED {n}", flush=True)
        except EOFError:
            sys.exit(0)


if __name__ == "__main__":
    main()
