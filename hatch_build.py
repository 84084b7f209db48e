"""Build hook: validate the shipped data files and add a fast-loading snapshot of each.

Two jobs, both at wheel-build time, done the same way for each of ``SNAPSHOTS``
(data/guidance.yaml, data/patterns.yaml for `debthelp check`, and data/lpr.yaml and
data/rate.yaml for `debthelp rate`, which then never imports the YAML parser):

* A wheel is never built from a data file that does not validate: the same
  loader the program uses checks it completely (every route of the guidance,
  every regular expression of the patterns), and a failed build prints the
  validator's list of problems.
* Parsing 150 KB of YAML costs a borrower about 25 ms on every `debthelp tips`
  (more than the rest of the command's own work). The wheel therefore also
  carries the parsed file as JSON with the digest (CRC-32 and length) of the YAML
  it came from (`debthelp.snapshot`); the program reads the JSON when the digests
  match and the YAML otherwise, so the YAML stays the single file authors edit
  and the only source of truth.
"""

from __future__ import annotations

import importlib
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# Each data file with a snapshot: its name, what it is called in a failed build,
# its loader that checks it in full, and the function that writes its snapshot.
SNAPSHOTS = (
    ("guidance.yaml", "the guidance", "debthelp.guidance:validate_guidance",
     "debthelp.guidance:snapshot_json"),
    ("patterns.yaml", "data/patterns.yaml", "debthelp.check.patterns:load_patterns",
     "debthelp.check.patterns:snapshot_json"),
    ("lpr.yaml", "data/lpr.yaml", "debthelp.rate.lpr:load_lpr_table",
     "debthelp.rate.lpr:snapshot_json"),
    ("rate.yaml", "data/rate.yaml", "debthelp.rate.texts:load_rate_texts",
     "debthelp.rate.texts:snapshot_json"),
)  # fmt: skip


def _function(root: Path, name: str) -> Any:
    module, _, attribute = name.partition(":")
    sys.path.insert(0, str(root / "src"))
    try:
        return getattr(importlib.import_module(module), attribute)
    finally:
        sys.path.pop(0)


class GuidanceSnapshot(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        root = Path(self.root)
        out = Path(tempfile.mkdtemp(prefix="debthelp-build-"))
        for name, called, check, write in SNAPSHOTS:
            source = root / "data" / name
            if name != "guidance.yaml" and not source.is_file():
                continue  # a test's partial tree: nothing more to carry
            self._check(root, source, called, _function(root, check))
            snapshot = out / source.with_suffix(".json").name
            snapshot.write_text(_function(root, write)(source), encoding="utf-8")
            build_data["force_include"][str(snapshot)] = f"debthelp/data/{snapshot.name}"

    @staticmethod
    def _check(root: Path, source: Path, called: str, check: Any) -> None:
        """Fail the build with the author's to-do list, not a bare exception name."""
        errors = _function(root, "debthelp.errors:DebtHelpError")
        problem_lines = _function(root, "debthelp.i18n:problem_lines")
        words = _function(root, "debthelp.i18n:t")
        try:
            check(source)
        except errors as error:
            lines = (
                problem_lines(error, "en")
                if getattr(error, "problems", ())
                else [words(error.key, "en", **error.params)]
            )
            heading = f"debthelp: {called} does not validate:"
            raise SystemExit("\n".join([heading, *lines])) from None
