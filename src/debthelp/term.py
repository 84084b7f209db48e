"""The terminal: what the streams are, how wide the screen is, and writing to them.

Owned here so that ``cli.root`` (options and the one catch point) and
``cli`` (one module per command) both use it without importing each
other. Results go to stdout; prompts, notes and errors go to stderr.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import shutil
import sys
from typing import Any

from debthelp.errors import DebtHelpError
from debthelp.safetext import printable

# Wider than any real screen; a COLUMNS of 100000 would make rich draw for seconds.
MAX_WIDTH = 500


def is_tty(stream: Any) -> bool:
    """Whether ``stream`` is a terminal; a closed or missing stream is not."""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def stdout_is_tty() -> bool:
    return is_tty(sys.stdout)


def can_prompt() -> bool:
    """Questions need a person: input from a terminal, and a terminal to show them on."""
    return is_tty(sys.stdin) and (is_tty(sys.stdout) or is_tty(sys.stderr))


def width() -> int:
    """The terminal's width, or 80 when the output goes to a file or a pipe.

    ``COLUMNS`` wins when it is a positive number (a nonsense value falls back
    to the real width), and no width is taken above ``MAX_WIDTH``.
    """
    if stdout_is_tty():
        columns = shutil.get_terminal_size((80, 24)).columns
    else:
        from debthelp.digits import bounded_int

        # "²", "①" or 5,000 digits are nonsense too, not a crash (hostile F9,
        # F10): only ASCII digits count, and a number past MAX_WIDTH, however
        # long, is MAX_WIDTH without being converted.
        env = os.environ.get("COLUMNS", "").strip()
        if env.isascii() and env.isdigit() and env.strip("0"):
            columns = bounded_int(env, 1, MAX_WIDTH) or MAX_WIDTH
        else:
            columns = 80
    return max(1, min(columns, MAX_WIDTH))


def write(text: str) -> None:
    """A result, on stdout, with any control character in it made visible."""
    write_raw(printable(text))


def write_raw(text: str) -> None:
    """``text`` on stdout as it is (rich's colours); a stdout that is closed or
    full is a clear error, a reader gone away (``| head``) a BrokenPipeError."""
    stream = sys.stdout
    if stream is None:  # started with stdout closed (`debthelp tips >&-`)
        raise DebtHelpError("output-closed")
    try:
        stream.write(text)
        stream.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as exc:
        reason = (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
        raise DebtHelpError("output-failed", reason=reason) from None


def write_utf8(text: str) -> None:
    """A file's content on stdout in UTF-8 whatever the console's encoding: a page
    that says ``<meta charset="utf-8">`` redirected from a GBK console must still be
    UTF-8 bytes, or every character in it is mojibake."""
    stream = sys.stdout
    if stream is None:
        raise DebtHelpError("output-closed")
    raw = getattr(stream, "buffer", None)
    if raw is None:  # a text-only stdout (a test's capture): it has no encoding to get wrong
        write_raw(printable(text))
        return
    try:
        stream.flush()
        raw.write(printable(text).encode("utf-8"))
        raw.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as exc:
        reason = (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
        raise DebtHelpError("output-failed", reason=reason) from None


class Stdout:
    """stdout as the renderers see it: writes go through ``write_raw``, and the
    rest (``isatty``, ``encoding``, ``fileno``) is the real stream's."""

    def write(self, text: str) -> int:
        write_raw(text)
        return len(text)

    def flush(self) -> None:
        """Each write already flushed."""

    def __getattr__(self, name: str) -> Any:
        if sys.stdout is None:
            raise DebtHelpError("output-closed")
        return getattr(sys.stdout, name)


def say(text: str) -> None:
    """A note or an error, on stderr, with any control character in it made
    visible (a file name the user gave is echoed); a stderr that is gone is not
    worth a crash."""
    try:
        sys.stderr.write(printable(text) + "\n")
        sys.stderr.flush()
    except (OSError, ValueError, AttributeError):
        pass


def can_encode(stream: Any, sample: str) -> bool:
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        sample.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


# Characters debthelp's own texts use that a GBK or GB2312 console cannot show,
# each with look-alikes to try in order; anything else unencodable becomes "?".
_STAND_INS = {
    "\u2014": ("\u2015", "--"),  # em dash: GB2312 has the horizontal bar
    "\u2013": ("-",),
    "\u2212": ("-",),
    "\u2022": ("\u00b7", "*"),
    "\u00b7": ("*",),
    "\u00a5": ("\uffe5", "CNY "),
    "\uffe5": ("CNY ",),
    "\u2713": ("\u221a", "v"),
    "\u2190": ("<-",),
    "\u2192": ("->",),
    "\u2026": ("...",),
    "\u00d7": ("x",),
    "\u00a7": ("S.",),
    "\u201c": ('"',),
    "\u201d": ('"',),
    "\u2018": ("'",),
    "\u2019": ("'",),
}


def _plain_letter(ch: str) -> str:
    """ "ì" as "i", "（" as "(": the compatibility form without accents, if any."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))


def _stand_in(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    out = []
    for ch in error.object[error.start : error.end]:
        for candidate in (*_STAND_INS.get(ch, ()), _plain_letter(ch) or "?", "?"):
            try:
                candidate.encode(error.encoding)
            except (UnicodeEncodeError, LookupError):
                continue
            out.append(candidate)
            break
    return "".join(out), error.end


STAND_IN = "debthelp-stand-in"
codecs.register_error(STAND_IN, _stand_in)


def tolerate_narrow_encodings() -> None:
    """The last net for a console that cannot encode a character (a GBK code
    page, ASCII): a look-alike or "?" is written instead of crashing."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(OSError, ValueError):
                reconfigure(errors=STAND_IN)
