"""Text-to-speech benchmark: intelligibility (Whisper base's word error rate) and speed of each French voice.

Each of 50 French sentences from service-public.fr fiches (bench/data/tts/sentences.tsv) is synthesised by every
text-to-speech model, through the product's model registry, then transcribed by the product's Whisper base
(language fr). The WER is counted after the same normalisation on both sides: numbers as digits (text2num, on
the reference too), lower case, no punctuation, apostrophes and hyphens split (bench/transcription.py). Speed:
the real-time factor (synthesis seconds / audio seconds) by the wall clock and by CPU time (this process and its
espeak-ng/ffmpeg children), the second being less sensitive to a machine shared with other work.

    .venv/bin/python bench/tts.py                  # all voices, writes bench/results/tts.json
    .venv/bin/python bench/tts.py --limit 5        # a quick look
    .venv/bin/python bench/tts.py --select         # rebuild sentences.tsv from the fiches (the fixed rule)
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import re
import resource
import time
import wave
from pathlib import Path
from typing import Any

from bench.transcription import edit_distance, normalise
from communs.config import ModelType, load_settings
from communs.models.registry import Registry

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "tts" / "sentences.tsv"
RESULTS = HERE / "results" / "tts.json"
FICHES = Path("/work/shared/data/service_public_fiches/txt")
# (model, voice) pairs measured; the label is what the results call them
VOICES = {"espeak-ng": ("espeak-ng", "fr"), "kokoro-82m": ("kokoro-82m", "fr")}
_GLUED = re.compile(r"[a-zà-ÿ][A-ZÀ-Ý]")  # "TransportsUn véhicule": a breadcrumb glued to the text


def select_sentences(folder: Path, count: int = 50) -> list[tuple[str, str]]:
    """The fixed rule, chosen before any measurement: in each fiche (by file name), after its 4 header lines,
    the sentences of 15 to 30 words that start with a capital and end with a full stop, in order, each text once
    over all fiches; then the first such sentence of every fiche, then the second, ... until ``count``."""
    seen: set[str] = set()
    per_fiche: list[tuple[str, list[str]]] = []
    for path in sorted(folder.glob("F*.txt")):
        found = []
        for line in path.read_text(encoding="utf-8").splitlines()[4:]:
            if _GLUED.search(line):
                continue
            for sentence in re.split(r"(?<=[.!?])\s+", line.strip()):
                words = len(sentence.split())
                if 15 <= words <= 30 and sentence.endswith(".") and sentence[0].isupper() and sentence not in seen:
                    seen.add(sentence)
                    found.append(sentence)
        per_fiche.append((path.stem, found))
    chosen: list[tuple[str, str]] = []
    rank = 0
    while len(chosen) < count and any(len(found) > rank for _, found in per_fiche):
        chosen += [(fiche, found[rank]) for fiche, found in per_fiche if len(found) > rank][: count - len(chosen)]
        rank += 1
    return chosen


def load_sentences(path: Path = DATA) -> list[tuple[str, str]]:
    rows = [line.split("\t", 1) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(fiche, text) for fiche, text in rows]


def words(text: str) -> list[str]:
    """Normalised words, numbers as digits on both sides ("quinze" and "15" compare equal)."""
    from text_to_num import alpha2digit

    return normalise(alpha2digit(text, "fr", threshold=0))


def wav_seconds(audio: bytes) -> float:
    """From the data's size: espeak-ng's streamed WAV header gives no frame count."""
    with wave.open(io.BytesIO(audio)) as wav:
        rate, width = wav.getframerate(), wav.getsampwidth() * wav.getnchannels()
    return (len(audio) - 44) / (rate * width)


def cpu_seconds() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


async def run_voice(
    registry: Registry, label: str, sentences: list[tuple[str, str]], save_every: bool = False
) -> list[dict[str, Any]]:
    model_id, voice = VOICES[label]
    tts = registry.get(model_id, ModelType.TEXT_TO_SPEECH)
    stt = registry.get(None, ModelType.SPEECH_RECOGNITION)
    await tts.call(lambda p: p.speak("Bonjour.", voice=voice, audio_format="wav"))  # load before timing
    rows = []
    for fiche, text in sentences:
        wall, cpu = time.perf_counter(), cpu_seconds()
        audio = await tts.call(lambda p, text=text: p.speak(text, voice=voice, audio_format="wav"))
        wall, cpu = time.perf_counter() - wall, cpu_seconds() - cpu
        transcript = await stt.call(
            lambda p, audio=audio: p.transcribe(audio, filename="tts.wav", language="fr", prompt=None, temperature=0.0)
        )
        ref, hyp = words(text), words(transcript.text)
        edits = edit_distance(ref, hyp)
        seconds = wav_seconds(audio)
        rows.append(
            {
                "fiche": fiche,
                "audio_s": round(seconds, 2),
                "synth_s": round(wall, 3),
                "synth_cpu_s": round(cpu, 3),
                "ref_words": len(ref),
                "edits": edits,
                "wer": round(edits / max(len(ref), 1), 4),
                "hypothesis": transcript.text,
            }
        )
        if save_every:  # a long run on a busy machine keeps what it measured
            save(label, {"summary": summary(rows), "partial": True, "rows": rows}, len(sentences))
        print(
            f"{label:11} {fiche:7} WER {edits / max(len(ref), 1):5.2f} RTF {wall / seconds:5.2f} | {transcript.text}",
            flush=True,
        )
    return rows


def summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    edits, ref_words = sum(r["edits"] for r in rows), sum(r["ref_words"] for r in rows)
    audio = sum(r["audio_s"] for r in rows)
    return {
        "wer": round(edits / max(ref_words, 1), 4),
        "sentences_perfect": sum(r["edits"] == 0 for r in rows),
        "rtf_wall": round(sum(r["synth_s"] for r in rows) / max(audio, 1e-9), 3),
        "rtf_cpu": round(sum(r["synth_cpu_s"] for r in rows) / max(audio, 1e-9), 3),
        "audio_s": round(audio, 1),
        "edits": edits,
        "ref_words": ref_words,
    }


async def measure(label: str, sentences: list[tuple[str, str]], save_every: bool = False) -> dict[str, Any]:
    registry = Registry(load_settings())
    try:
        load_before = os.getloadavg()[0]
        rows = await run_voice(registry, label, sentences, save_every)
        return {
            "summary": summary(rows),
            "load_average_1min": [round(load_before, 1), round(os.getloadavg()[0], 1)],
            "rows": rows,
        }
    finally:
        await registry.aclose()


def save(label: str, result: dict[str, Any], sentences: int) -> None:
    """Merge one voice's results into tts.json (voices can be measured by separate runs)."""
    report = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.is_file() else {}
    report |= {
        "sentences": sentences,
        "data": str(DATA.relative_to(HERE.parent)),
        "transcriber": "whisper-base (communs registry, language fr)",
        "threads": 2,
    }
    report.setdefault("voices", {})[label] = result
    RESULTS.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--select", action="store_true", help="rebuild sentences.tsv from the fiches and stop")
    parser.add_argument("--voices", nargs="+", choices=sorted(VOICES), default=sorted(VOICES))
    parser.add_argument("--limit", type=int, default=0, help="only the first N sentences (not saved)")
    args = parser.parse_args()
    if args.select:
        DATA.parent.mkdir(parents=True, exist_ok=True)
        DATA.write_text("".join(f"{fiche}\t{text}\n" for fiche, text in select_sentences(FICHES)), encoding="utf-8")
        print(f"{DATA}: {len(load_sentences())} sentences")
        return 0
    sentences = load_sentences()
    if args.limit:
        sentences = sentences[: args.limit]
    for label in args.voices:
        result = asyncio.run(measure(label, sentences, save_every=not args.limit))
        print(json.dumps({label: result["summary"]}, indent=2))
        if not args.limit:
            save(label, result, len(sentences))
            print(f"{label}: written to {RESULTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
