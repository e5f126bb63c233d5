"""Transcription benchmark: Whisper base (embedded, through the model registry) on French FLEURS clips.

Measures the word error rate (WER, after normalisation) per clip and overall, and the real-time
factor (RTF = processing seconds / audio seconds) with 2 threads. When the WER is over target (or
with ``--sweep``), it also tries faster-whisper decoding options on the same model and audio, to
tell which setting of ``communs/models/whisper.py`` gives the best WER/RTF.

    .venv/bin/python bench/transcription.py [--data DIR] [--language fr|auto] [--sweep]
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import re
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

from communs.config import ModelType, load_settings
from communs.models.registry import Registry
from communs.models.whisper import SAMPLE_RATE, decode_audio

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT / "tests" / "data" / "speech_fr_fleurs"  # the 10 FLEURS clips
RESULTS = Path(__file__).resolve().parent / "results" / "transcription.json"
WER_TARGET = 0.15
RTF_TARGET = 0.25

# Apostrophes and hyphens split words ("l'accident" -> "l accident", "dix-sept" -> "dix sept"), so that
# both spellings of elisions and compounds compare equal; ligatures are spelt out.
_SEPARATORS = str.maketrans(
    {
        "'": " ",
        "\u2019": " ",
        "\u02bc": " ",
        "`": " ",
        "-": " ",
        "\u2010": " ",
        "\u2011": " ",
        "\u2013": " ",
        "\u2014": " ",
        "\u00a0": " ",
        "\u202f": " ",
    }
)
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae"})


def normalise(text: str) -> list[str]:
    """Lower case, no punctuation, single spaces; returns the words."""
    text = unicodedata.normalize("NFC", text).lower().translate(_LIGATURES).translate(_SEPARATORS)
    # Every punctuation or symbol character (« » . , ; : ! ? " ( ) …) becomes a space.
    text = "".join(" " if unicodedata.category(ch)[0] in "PS" else ch for ch in text)
    return re.sub(r"\s+", " ", text).strip().split()


def edit_distance(ref: list[str], hyp: list[str]) -> int:
    """Levenshtein distance over words (substitutions + deletions + insertions), two rows of memory."""
    previous = list(range(len(hyp) + 1))
    for i, ref_word in enumerate(ref, 1):
        current = [i] + [0] * len(hyp)
        for j, hyp_word in enumerate(hyp, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ref_word != hyp_word))
        previous = current
    return previous[-1]


def load_clips(data: Path) -> list[tuple[str, bytes, list[str], float]]:
    """(name, audio bytes, reference words, audio seconds) for every NN.ogg that has an NN.txt."""
    clips = []
    for audio_path in sorted(data.glob("*.ogg")):
        ref_path = audio_path.with_suffix(".txt")
        if not ref_path.is_file():
            continue
        audio = audio_path.read_bytes()
        seconds = decode_audio(audio, audio_path.name).size / SAMPLE_RATE
        clips.append((audio_path.stem, audio, normalise(ref_path.read_text(encoding="utf-8")), seconds))
    return clips


def score(rows: list[dict[str, Any]]) -> dict[str, float]:
    edits = sum(r["edits"] for r in rows)
    words = sum(r["ref_words"] for r in rows)
    seconds = sum(r["seconds"] for r in rows)
    audio = sum(r["audio_s"] for r in rows)
    return {
        "wer": edits / max(words, 1),
        "rtf": seconds / max(audio, 1e-9),
        "edits": edits,
        "ref_words": words,
        "processing_s": seconds,
        "audio_s": audio,
    }


async def run_provider(provider: Any, clips: list, language: str | None) -> list[dict[str, Any]]:
    """Transcribe every clip through the product's provider, timing each call."""
    rows = []
    for name, audio, ref, audio_s in clips:
        started = time.perf_counter()
        transcript = await provider.transcribe(audio, filename=name + ".ogg", language=language)
        seconds = time.perf_counter() - started
        hyp = normalise(transcript.text)
        edits = edit_distance(ref, hyp)
        rows.append(
            {
                "clip": name,
                "audio_s": round(audio_s, 2),
                "seconds": round(seconds, 3),
                "rtf": round(seconds / audio_s, 3),
                "ref_words": len(ref),
                "edits": edits,
                "wer": round(edits / max(len(ref), 1), 4),
                "language": transcript.language,
                "hypothesis": transcript.text,
            }
        )
    return rows


def sweep(model: Any, clips: list, language: str | None, time_budget: float) -> list[dict[str, Any]]:
    """Try faster-whisper decoding options directly on the loaded model (same weights, same threads)."""
    fallback = [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
    samples = [(decode_audio(audio, name), ref, audio_s) for name, audio, ref, audio_s in clips]
    grid = itertools.product((1, 5), (True, False), (False, True), ("0.0", "fallback"))
    results: list[dict[str, Any]] = []
    deadline = time.monotonic() + time_budget
    for beam, vad, condition, temp in grid:
        if time.monotonic() > deadline:
            print(f"  sweep stopped: over its {time_budget:.0f} s budget", file=sys.stderr)
            break
        rows = []
        for audio, ref, audio_s in samples:
            started = time.perf_counter()
            segments, _ = model.transcribe(
                audio,
                language=language,
                beam_size=beam,
                vad_filter=vad,
                condition_on_previous_text=condition,
                temperature=0.0 if temp == "0.0" else fallback,
            )
            text = " ".join(s.text.strip() for s in segments)  # the generator decodes here
            seconds = time.perf_counter() - started
            rows.append(
                {
                    "edits": edit_distance(ref, normalise(text)),
                    "ref_words": len(ref),
                    "seconds": seconds,
                    "audio_s": audio_s,
                }
            )
        total = score(rows)
        results.append(
            {
                "beam_size": beam,
                "vad_filter": vad,
                "condition_on_previous_text": condition,
                "temperature": temp,
                "wer": round(total["wer"], 4),
                "rtf": round(total["rtf"], 3),
            }
        )
        print(
            f"  beam={beam} vad={vad!s:5} cond_prev={condition!s:5} temp={temp:8} "
            f"WER {total['wer']:6.2%}  RTF {total['rtf']:.3f}",
            flush=True,
        )
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of NN.ogg + NN.txt clips")
    parser.add_argument("--language", default="fr", help="language passed to transcribe ('auto' to detect)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--sweep", action="store_true", help="try decoding options even if the WER is on target")
    parser.add_argument("--sweep-budget", type=float, default=900.0, help="seconds the option sweep may take")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    language = None if args.language == "auto" else args.language

    clips = load_clips(args.data)
    if not clips:
        print(f"no NN.ogg + NN.txt clips in {args.data}", file=sys.stderr)
        return 1
    settings = load_settings(threads=args.threads)
    registry = Registry(settings)
    model = registry.get(None, ModelType.SPEECH_RECOGNITION)
    provider = model.provider(0)
    try:
        started = time.perf_counter()
        provider._load()  # model load is not part of the real-time factor
        load_s = time.perf_counter() - started
        asyncio.run(run_provider(provider, clips[:1], language))  # warm-up, not counted
        rows = asyncio.run(run_provider(provider, clips, language))
        total = score(rows)

        print(
            f"\nWhisper ({model.id}, {provider!r}), threads={args.threads}, language={args.language}, "
            f"model load {load_s:.2f} s"
        )
        print(f"{'clip':16} {'audio s':>8} {'proc s':>8} {'RTF':>6} {'words':>6} {'edits':>6} {'WER':>7}")
        for r in rows:
            print(
                f"{r['clip']:16} {r['audio_s']:8.2f} {r['seconds']:8.2f} {r['rtf']:6.3f} {r['ref_words']:6d} "
                f"{r['edits']:6d} {r['wer']:7.2%}"
            )
        print(
            f"{'overall':16} {total['audio_s']:8.2f} {total['processing_s']:8.2f} {total['rtf']:6.3f} "
            f"{total['ref_words']:6d} {total['edits']:6d} {total['wer']:7.2%}"
        )
        print(f"load average (1, 5, 15 min): {[round(x, 2) for x in os.getloadavg()]} on {os.cpu_count()} CPUs")
        wer_ok, rtf_ok = total["wer"] <= WER_TARGET, total["rtf"] <= RTF_TARGET
        print(
            f"WER {total['wer']:.2%} (target <= {WER_TARGET:.0%}: {'OK' if wer_ok else 'MISSED'})   "
            f"RTF {total['rtf']:.3f} (target <= {RTF_TARGET}: {'OK' if rtf_ok else 'MISSED'})"
        )

        options: list[dict[str, Any]] = []
        if args.sweep or not wer_ok:
            print("\nDecoding-option sweep (faster-whisper, same model and threads):")
            options = sweep(provider._load(), clips, language, args.sweep_budget)
            if options:
                best = min(options, key=lambda o: (o["wer"], o["rtf"]))
                fastest_ok = min((o for o in options if o["wer"] <= WER_TARGET), key=lambda o: o["rtf"], default=None)
                ties = [o for o in options if o["wer"] == best["wer"]]
                print(
                    f"best WER {best['wer']:.2%}, reached by {len(ties)} of {len(options)} settings; "
                    f"the fastest of them (RTF is noisy on a busy machine): {best}"
                )
                print(f"fastest within the WER target: {fastest_ok}")

        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(
            json.dumps(
                {
                    "loadavg_end": [round(x, 2) for x in os.getloadavg()],
                    "model": model.id,
                    "threads": args.threads,
                    "language": args.language,
                    "load_s": round(load_s, 3),
                    "targets": {"wer": WER_TARGET, "rtf": RTF_TARGET},
                    "overall": {k: round(v, 4) if isinstance(v, float) else v for k, v in total.items()},
                    "clips": rows,
                    "option_sweep": options,
                },
                indent=2,
                ensure_ascii=False,
            )
            + "\n"
        )
        print(f"\nresults written to {args.out}")
    finally:
        asyncio.run(registry.aclose())
    return 0


if __name__ == "__main__":
    sys.exit(main())
