"""Import an object named by a ``"module:attribute"`` string, as entry points and ASGI servers do.

Registries name what they offer this way, so that nothing is imported until it is first used:
a gateway that only proxies vLLM never loads Whisper, and ``communs --help`` never loads spaCy.
"""

from __future__ import annotations

import importlib
from typing import Any


def import_string(spec: str) -> Any:
    """The object ``spec`` names (``"package.module:attribute"``, the attribute may be dotted)."""
    module_name, _, attribute = spec.partition(":")
    if not module_name or not attribute:
        raise ValueError(f"{spec!r} is not of the form 'module:attribute'")
    found: Any = importlib.import_module(module_name)
    for part in attribute.split("."):
        found = getattr(found, part)
    return found
