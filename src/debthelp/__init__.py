"""debthelp: an offline, private advisor for people pressed by online-loan collectors."""

__version__ = "0.1.0"
