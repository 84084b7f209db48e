"""What a question leaves on the screen once answered: "? question answer".

questionary prints it as one line, which the terminal cuts mid-word at the
screen's edge ("...and I am n / ot sure..."); these echoes are wrapped at word
boundaries, by the Chinese rules in Chinese (issue 24).
"""

from __future__ import annotations


def echo(message: str, answer: str, width: int) -> None:
    """Leave "? question answer" on the screen, styled as questionary does.

    ``message`` is already fitted to the screen (``prompt.fit``). An answer that
    does not fit after its last line goes on lines of its own ("  → answer").
    """
    from prompt_toolkit import print_formatted_text
    from prompt_toolkit.formatted_text import FormattedText
    from questionary.constants import DEFAULT_STYLE

    from debthelp.render import cell_width

    lines = message.split("\n")
    last = ("? " if len(lines) == 1 else "") + lines[-1]
    beside = not answer or cell_width(f"{last} {answer}") <= width - 1
    text = [("class:qmark", "?"), ("class:question", f" {message} ")]
    if beside:
        text.append(("class:answer", answer))
    print_formatted_text(FormattedText(text), style=DEFAULT_STYLE)
    if not beside:
        echo_answers([answer], width)


def echo_answers(labels: list[str], width: int) -> None:
    """Each answer on a line of its own ("  → label"), wrapped at word boundaries."""
    from prompt_toolkit import print_formatted_text
    from prompt_toolkit.formatted_text import FormattedText
    from questionary.constants import DEFAULT_STYLE

    from debthelp.render import wrap

    for label in labels:
        for line in wrap(label, max(width - 1, 20), "    ", "  → "):
            print_formatted_text(FormattedText([("class:answer", line)]), style=DEFAULT_STYLE)


def unfit(title: str) -> str:
    """A choice's title with ``prompt.fit_choice``'s line breaks undone (Chinese
    lines join without a space, as the text was written)."""
    from debthelp.render import paragraphs

    return " ".join(paragraphs(title)) if "\n" in title else title
