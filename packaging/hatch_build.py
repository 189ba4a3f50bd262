"""Hatch build hook: compile the Qt forms and resources before a wheel or editable install."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class QtFormsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        root = Path(self.root)
        script = root / "packaging" / "build_qt.py"
        spec = importlib.util.spec_from_file_location("build_qt", script)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        module.build(root)
