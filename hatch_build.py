"""Build hook: validate the shipped guidance and add a fast-loading snapshot of it.

Two jobs, both at wheel-build time:

* A wheel is never built from guidance that does not validate: the same loader
  the program uses checks data/guidance.yaml completely (every path included).
* Parsing 150 KB of YAML costs a borrower about 25 ms on every `debthelp tips`
  (more than the rest of the command's own work). The wheel therefore also
  carries the parsed file as JSON with the digest (CRC-32 and length) of the YAML it came from;
  the program reads the JSON when the hashes match and the YAML otherwise, so
  the YAML stays the single file authors edit and the only source of truth.
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
            from debthelp.guidance import load_guidance, snapshot_json
        finally:
            sys.path.pop(0)
        source = root / "data" / "guidance.yaml"
        load_guidance(source)  # raises, and so fails the build, on any problem
        out = Path(tempfile.mkdtemp(prefix="debthelp-build-")) / "guidance.json"
        out.write_text(snapshot_json(source), encoding="utf-8")
        build_data["force_include"][str(out)] = "debthelp/data/guidance.json"
