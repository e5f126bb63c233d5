"""Synthesise consultation test clips from the development transcripts (tests/data/consultation/cNN.txt).

    python scripts/synth_consultation_audio.py [--voice pico|espeak] [--out DIR] c01 c02 …

pico (SVOX Pico, ``pico2wave``, Debian non-free) gives natural-sounding French; espeak-ng (Debian main) is robotic.
The committed clips were made once with pico; set-up never needs it. Speaker labels are not read; each turn is
followed by a short pause. Output: Ogg/Opus, mono 16 kHz, 24 kb/s.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "consultation"
SPEAKER = re.compile(r"^\s*[^:\n]{1,30}:\s+")


def turns(text: str) -> list[str]:
    return [SPEAKER.sub("", line).strip() for line in text.splitlines() if line.strip()]


def say(text: str, wav: Path, voice: str) -> None:
    if voice == "pico":
        subprocess.run(["pico2wave", "-l", "fr-FR", "-w", str(wav), text], check=True)
    else:
        subprocess.run(["espeak-ng", "-v", "fr", "-s", "150", "-w", str(wav), text], check=True)


def synthesise(transcript: Path, out: Path, voice: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        parts = []
        for index, turn in enumerate(turns(transcript.read_text(encoding="utf-8"))):
            wav = Path(tmp) / f"{index:03d}.wav"
            say(turn, wav, voice)
            parts.append(wav)
        listing = Path(tmp) / "list.txt"
        silence = Path(tmp) / "silence.wav"
        subprocess.run(
            ["ffmpeg", "-loglevel", "error", "-y", "-f", "lavfi", "-i", "anullsrc=r=16000:cl=mono", "-t", "0.4",
             str(silence)], check=True,
        )  # fmt: skip
        normalised = []
        for wav in parts:
            fixed = wav.with_suffix(".16k.wav")
            subprocess.run(
                ["ffmpeg", "-loglevel", "error", "-y", "-i", str(wav), "-ar", "16000", "-ac", "1", str(fixed)],
                check=True,
            )
            normalised += [fixed, silence]
        listing.write_text("".join(f"file '{p}'\n" for p in normalised))
        subprocess.run(
            ["ffmpeg", "-loglevel", "error", "-y", "-f", "concat", "-safe", "0", "-i", str(listing), "-c:a", "libopus",
             "-b:a", "24k", "-ar", "16000", "-ac", "1", str(out)], check=True,
        )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("ids", nargs="+")
    parser.add_argument("--voice", choices=["pico", "espeak"], default="pico")
    parser.add_argument("--out", type=Path, default=DATA / "audio")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for cid in args.ids:
        target = args.out / f"{cid}.ogg"
        synthesise(DATA / f"{cid}.txt", target, args.voice)
        print(target, target.stat().st_size)


if __name__ == "__main__":
    main()
