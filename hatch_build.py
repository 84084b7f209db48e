"""Build hook: validate the shipped guidance and add a fast-loading snapshot of it.

Two jobs, both at wheel-build time:

* A wheel is never built from guidance that does not validate: the same loader
  the program uses checks data/guidance.yaml completely (every route included),
  and a failed build prints the validator's list of problems.
* Parsing 150 KB of YAML costs a borrower about 25 ms on every `debthelp tips`
  (more than the rest of the command's own work). The wheel therefore also
  carries the parsed file as JSON with the digest (CRC-32 and length) of the YAML it came from;
  the program reads the JSON when the hashes match and the YAML otherwise, so
  the YAML stays the single file authors edit and the only source of truth.
  data/patterns.yaml (`debthelp check`) is checked and carried the same way.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class GuidanceSnapshot(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        root = Path(self.root)
        sys.path.insert(0, str(root / "src"))
        try:
            from debthelp.errors import DebtHelpError, GuidanceError
            from debthelp.guidance import snapshot_json, validate_guidance
            from debthelp.i18n import problem_lines, t
        finally:
            sys.path.pop(0)
        source = root / "data" / "guidance.yaml"
        try:
            validate_guidance(source)  # every route included
        except GuidanceError as error:
            # Fail the build with the author's to-do list, not a bare exception name.
            lines = (
                problem_lines(error, "en")
                if error.problems
                else [t(error.key, "en", **error.params)]
            )
            raise SystemExit(
                "\n".join(["debthelp: the guidance does not validate:", *lines])
            ) from None
        except DebtHelpError as error:
            raise SystemExit(f"debthelp: {t(error.key, 'en', **error.params)}") from None
        out = Path(tempfile.mkdtemp(prefix="debthelp-build-")) / "guidance.json"
        out.write_text(snapshot_json(source), encoding="utf-8")
        build_data["force_include"][str(out)] = "debthelp/data/guidance.json"
        # debthelp check's patterns, likewise: checked in full (every regular
        # expression compiled), then carried as JSON beside the YAML.
        sys.path.insert(0, str(root / "src"))
        try:
            from debthelp.check.patterns import load_patterns
            from debthelp.check.patterns import snapshot_json as patterns_json
        finally:
            sys.path.pop(0)
        patterns = root / "data" / "patterns.yaml"
        if not patterns.is_file():  # a test's partial tree: nothing more to carry
            return
        try:
            load_patterns(patterns)
        except DebtHelpError as error:
            lines = problem_lines(error, "en") if getattr(error, "problems", ()) else []
            raise SystemExit(
                "\n".join(["debthelp: data/patterns.yaml does not validate:", *lines])
            ) from None
        out = out.with_name("patterns.json")
        out.write_text(patterns_json(patterns), encoding="utf-8")
        build_data["force_include"][str(out)] = "debthelp/data/patterns.json"
