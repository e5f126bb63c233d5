"""The source folder of a packaged-data build (``python -m communs.apps.<app>.build SOURCE_DIR``).

The builds never guess where their sources are: the folder is a required argument, and a missing one is a one-line
error naming the sub-folders it must hold (the layout of the public sources listed in each ``data/SOURCE.txt``).
"""

from __future__ import annotations

from pathlib import Path


def source_folder(argv: list[str], module: str, needs: tuple[str, ...]) -> Path:
    """The folder named by ``argv[1]``, holding every sub-folder of ``needs``; otherwise ``SystemExit`` (status 1)."""
    holding = ", ".join(f"{name}/" for name in needs)
    usage = f"usage: python -m {module} SOURCE_DIR (the folder holding {holding})"
    if len(argv) != 2:
        raise SystemExit(usage)
    folder = Path(argv[1]).expanduser()
    missing = [name for name in needs if not (folder / name).is_dir()]
    if missing:
        raise SystemExit(f"{folder} has no {', '.join(f'{name}/' for name in missing)}; {usage}")
    return folder
