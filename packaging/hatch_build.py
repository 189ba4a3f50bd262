"""Hatch build hook: compile the Qt forms and resources, and build the built-in places,
before a wheel or editable install."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class QtFormsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        root = Path(self.root)
        for name in ("build_qt", "build_places"):
            script = root / "packaging" / f"{name}.py"
            spec = importlib.util.spec_from_file_location(name, script)
            assert spec and spec.loader
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            module.build(root)
