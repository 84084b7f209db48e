"""`python -m debthelp` runs the same entry point as the `debthelp` script."""

from debthelp.cli.launch import main

if __name__ == "__main__":
    main()
