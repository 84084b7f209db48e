"""`python -m debthelp` runs the same entry point as the `debthelp` script."""

try:
    from debthelp.cli.launch import main
except KeyboardInterrupt:
    # A Ctrl-C before the launcher's own handler exists (seen under load): end as
    # it would later, in a word and exit 130, without importing anything more.
    import os
    import sys

    english = "en" in sys.argv[1:] or os.environ.get("DEBTHELP_LANG", "").startswith("en")
    sys.stderr.write("\nCancelled.\n" if english else "\n已取消。\n")
    sys.stderr.flush()
    os._exit(130)

if __name__ == "__main__":
    main()
