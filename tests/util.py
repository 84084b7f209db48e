"""Paths and small helpers shared by the tests."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from debthelp.guidance import Guidance

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "data" / "guidance.yaml"
SHARED = Path(os.environ.get("DEBTHELP_SHARED") or ROOT.parent / "shared")
T = TypeVar("T")
# True when the run asks for the exhaustive tests (set by conftest's pytest_configure,
# before any test module is imported): the fuzz corpora are then run whole.
FULL_CORPUS = False


def write(tmp_path: Path, text: str, name: str = "g.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# The case from the rate issue: 8,000 received on a 10,000 contract, 1,000 a
# month for 12 months, a private lender, signed 2025-06-01.
ISSUE_RATE = [
    "rate",
    "--received",
    "8000",
    "--borrowed",
    "10000",
    "--payment",
    "1000",
    "--periods",
    "12",
    "--lender",
    "private",
    "--signed",
    "2025-06-01",
]


def report_text(key: str, lang: str, /, **params: object) -> str:
    """A sentence of the rate report, from data/rate.yaml or else the catalogue (as render does)."""
    from debthelp.i18n import t
    from debthelp.rate import load_rate_texts

    found = load_rate_texts().get(key, lang, **params)  # type: ignore[arg-type]
    return t(key, lang, **params) if found is None else found  # type: ignore[arg-type]


def stable_sample(items: Iterable[T], one_in: int) -> list[T]:
    """About one item in ``one_in``, chosen by each item's own content (a digest of
    its JSON), not by its place: the same items are taken in every run, in any
    order the items come, on every worker, whatever was added before them."""
    import hashlib
    import json

    def digest(item: T) -> int:
        text = json.dumps(item, sort_keys=True, ensure_ascii=False, default=str)
        return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "big")

    return [item for item in items if digest(item) % one_in == 0]


def default_signals() -> None:
    """``preexec_fn`` for a child that must take Ctrl-C as it would from a shell.

    A child inherits an ignored signal. An xdist worker was once seen with SIGINT and
    SIGQUIT ignored (what C's ``system()`` does to its caller while it runs), and
    children started then ignored Ctrl-C: 0 of 40 cancelled at start-up, Ctrl-Cs
    lost between prompt sessions. A shell starts a program with both at default."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGQUIT, signal.SIG_DFL)


# ------------------------------------------------------------------ programs a test needs (D5)


def need_program(found: str | None, *, name: str, flag: str, where: str) -> str:
    """``found`` (the path of a program a test needs), or skip the test without it,
    except where ``flag`` is 1 (CI installs it): there a missing program fails."""
    import pytest

    if found is None:
        if os.environ.get(flag) == "1":
            pytest.fail(f"{flag}=1 but no {name} on this machine")
        pytest.skip(f"no {name} on this machine ({where})")
    return found


def find_chromium() -> str | None:
    """Debian's chromium (Playwright's own browsers are not used)."""
    import shutil

    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    return shutil.which("chromium") or shutil.which("chromium-browser")


def need_chromium(found: str | None = None) -> str:
    """Chromium for a browser test: skipped without it, failed under
    ``DEBTHELP_REQUIRE_CHROMIUM=1`` (CI)."""
    return need_program(
        found if found is not None else find_chromium(),
        name="chromium",
        flag="DEBTHELP_REQUIRE_CHROMIUM",
        where="CI installs Debian's chromium",
    )


# ------------------------------------------------------------------ pseudo-terminals (D4)


def pty_env(**extra: str) -> dict[str, str]:
    """This environment for a program on a pseudo-terminal: no cursor-position
    requests (prompt_toolkit's CPR would wait for an answer), a colour terminal,
    and ``extra``."""
    return {**os.environ, "PROMPT_TOOLKIT_NO_CPR": "1", "TERM": "xterm-256color", **extra}


def spawn_pty(
    command: str,
    args: list[str],
    *,
    env: dict[str, str] | None = None,
    rows: int = 24,
    cols: int = 80,
    timeout: float = 15,
    encoding: str | None = "utf-8",
    codec_errors: str = "strict",
    cwd: str | None = None,
) -> Any:
    """``command`` on a pseudo-terminal of ``rows`` x ``cols`` (a ``pexpect.spawn``;
    bytes when ``encoding`` is None), taking Ctrl-C as it would from a shell."""
    import pexpect

    return pexpect.spawn(
        command,
        args,
        env=pty_env() if env is None else env,
        dimensions=(rows, cols),
        timeout=timeout,
        encoding=encoding,
        codec_errors=codec_errors,
        cwd=cwd,
        preexec_fn=default_signals,
    )


@contextmanager
def ptys() -> Iterator[Callable[..., Any]]:
    """``spawn_pty`` for a fixture: every session it starts is closed at the end."""
    children: list[Any] = []

    def start(command: str, args: list[str], **options: Any) -> Any:
        child = spawn_pty(command, args, **options)
        children.append(child)
        return child

    try:
        yield start
    finally:
        for child in children:
            child.close(force=True)


# ------------------------------------------------------------------ every route (D6)


def concrete_answers(guidance: Guidance) -> Iterator[dict[str, Any]]:
    """Three answer sets for every route of the shipped tree: the fullest (every
    option of a multiple choice ticked, every number past every threshold a
    rule sets), the sparsest (one option, numbers blank), and one with numbers
    at their least."""
    from debthelp.guidance.graph import routes
    from debthelp.guidance.kinds import kind_of

    for route in routes(guidance):
        full: dict[str, Any] = {}
        sparse: dict[str, Any] = {}
        least_set: dict[str, Any] = {}
        for step in route:
            question = guidance.questions[step.question]
            if step.answer is not None:
                full[step.question] = sparse[step.question] = step.answer
                least_set[step.question] = step.answer
            elif kind_of(question).has_options:  # a multiple choice
                plain = [o.value for o in question.options if not o.exclusive]
                full[step.question], sparse[step.question] = plain, plain[:1]
                least_set[step.question] = plain[-1:]
            else:
                edges = sorted(edges_of(guidance, question.id))
                least = int(question.minimum or 0)
                full[step.question] = edges[-1] if edges else least
                sparse[step.question] = "" if question.optional else least
                least_set[step.question] = least
        yield full
        yield sparse
        yield least_set


def edges_of(guidance: Guidance, qid: str) -> set[float]:
    """Numbers just either side of every threshold a rule or deadline sets on ``qid``."""
    from debthelp.guidance.model import All, AnyOf, Leaf, Not

    out: set[float] = set()
    todo = [r.when for r in guidance.advice if r.when is not None]
    todo += [d.when for d in guidance.deadlines]
    while todo:
        cond = todo.pop()
        if isinstance(cond, Leaf):
            if cond.question == qid and cond.op in ("less_than", "greater_than"):
                out |= {cond.value - 1, cond.value + 1}
        elif isinstance(cond, Not):
            todo.append(cond.part)
        elif isinstance(cond, All | AnyOf):
            todo.extend(cond.parts)
    question = guidance.questions[qid]
    low = question.minimum if question.minimum is not None else float("-inf")
    high = question.maximum if question.maximum is not None else float("inf")
    return {v for v in out if low <= v <= high}
