"""Starclay benchmark: medication extraction on the consultation development set, from text and from audio, and speed.

Targets (issue 4): drug-level F1 >= 0.95; dose and times_per_day exact on >= 90 % of true drugs; from audio, drug
F1 >= 0.85; a 10-minute consultation processed in <= 2 minutes on 2 cores.

- text: the 30 transcripts of tests/data/consultation (dev c01–c25, held out c26–c30), deterministic core;
- audio: the committed clips (SVOX Pico French voice, see their SOURCE.txt) and the same transcripts spoken by
  espeak-ng (robotic, free), transcribed by the registry's Whisper base, then the same extraction;
- speed: a 10-minute consultation, as a transcript (dev transcripts joined, ~150 words a minute) and as audio
  (the Pico clips joined and repeated to 10 minutes).

    .venv/bin/python bench/consultation.py [--no-audio] [--no-espeak] [--llm]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import tempfile
import time
from pathlib import Path

from communs.apps.consultation.evaluate import Score, score
from communs.apps.consultation.extract import medications
from communs.apps.consultation.pipeline import analyse, analyse_text
from communs.config import ModelType, load_settings
from communs.errors import InvalidRequestError
from communs.models.registry import Registry

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "consultation"
RESULTS = Path(__file__).resolve().parent / "results" / "consultation.json"
WORDS_PER_MINUTE = 150
# The held-out split measured blind (first full run, 2026-11-28 20:54 UTC), before its errors were seen. After
# that, one parsing bug they showed ("0,125" read as 125) was fixed, so later held-out figures are no longer blind.
HELD_OUT_BLIND = {
    "text": {"drugs_gold": 15, "f1": 0.968, "dose_exact": 0.933, "times_per_day_exact": 0.933},
    "audio_pico": {"drugs_gold": 7, "f1": 0.923, "dose_exact": 0.833, "times_per_day_exact": 0.833},
    "audio_espeak": {"drugs_gold": 7, "f1": 0.6, "dose_exact": 0.667, "times_per_day_exact": 1.0},
}


def text_scores(gold: dict) -> dict:
    out = {}
    for split in ("dev", "held_out"):
        total = Score()
        for cid, labels in gold.items():
            if labels["split"] == split:
                total.add(score(medications((DATA / f"{cid}.txt").read_text()), labels, cid))
        out[split] = {**total.to_dict(), "errors": total.errors}
    return out


async def audio_scores(gold: dict, registry: Registry, clips: dict[str, bytes], voice: str) -> dict:
    out: dict = {"voice": voice, "clips": {}}
    totals = {"dev": Score(), "held_out": Score()}
    for cid, audio in clips.items():
        started = time.perf_counter()
        try:
            result = await analyse(registry, audio=audio, filename=f"{cid}.ogg", use_llm=False)
            found, duration, heard = score(result.medications, gold[cid], cid), result.duration, result.transcript
        except InvalidRequestError as exc:  # e.g. no speech recognised: every drug of the clip is missed
            found, duration, heard = score([], gold[cid], cid), None, f"({exc.message})"
        elapsed = time.perf_counter() - started
        totals[gold[cid]["split"]].add(found)
        out["clips"][cid] = {"seconds_audio": duration, "seconds": round(elapsed, 1), **found.to_dict(), "heard": heard}
    for split, total in totals.items():
        out[split] = {**total.to_dict(), "errors": total.errors}
    both = Score()
    both.add(totals["dev"])
    both.add(totals["held_out"])
    out["all"] = both.to_dict()
    return out


def _turns(cid: str) -> str:
    import re

    lines = (DATA / f"{cid}.txt").read_text().splitlines()
    return " ".join(re.sub(r"^\s*[^:\n]{1,30}:\s+", "", line).strip() for line in lines if line.strip())


async def speak_all(registry: Registry, ids: list[str]) -> dict[str, bytes]:
    tts = registry.get(None, ModelType.TEXT_TO_SPEECH)
    clips = {}
    for cid in ids:
        text = _turns(cid)
        clips[cid] = await tts.call(lambda provider, text=text: provider.speak(text, voice="fr", audio_format="opus"))
    return clips


def ten_minute_transcript() -> str:
    parts, words = [], 0
    for path in sorted(DATA.glob("c*.txt")):
        text = path.read_text()
        parts.append(text)
        words += len(text.split())
        if words >= 10 * WORDS_PER_MINUTE:
            break
    return "\n".join(parts)


def ten_minute_audio(clips: list[Path], target: Path) -> float:
    """The clips joined and repeated to at least 600 s, as one Ogg/Opus file; returns its duration."""
    durations = []
    for clip in clips:
        probe = subprocess.run(
            ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(clip)],
            capture_output=True, text=True, check=True,
        )  # fmt: skip
        durations.append(float(probe.stdout))
    sequence, total = [], 0.0
    while total < 600:
        for clip, duration in zip(clips, durations, strict=True):
            sequence.append(clip)
            total += duration
            if total >= 600:
                break
    listing = target.with_suffix(".txt")
    listing.write_text("".join(f"file '{p}'\n" for p in sequence))
    subprocess.run(
        [
            "ffmpeg",
            "-loglevel",
            "error",
            "-y",
            "-f",
            "concat",
            "-safe",
            "0",
            "-i",
            str(listing),
            "-c",
            "copy",
            str(target),
        ],
        check=True,
    )
    return total


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-audio", action="store_true")
    parser.add_argument("--no-espeak", action="store_true")
    parser.add_argument("--llm", action="store_true", help="also time the 10-minute transcript with LLM resolution")
    args = parser.parse_args()
    gold = json.loads((DATA / "gold.json").read_text())
    settings = load_settings()
    report: dict = {
        "threads": settings.threads,
        "note": "2-core machine shared with other jobs during the run; deterministic core (no LLM) unless stated",
    }
    report["held_out_blind"] = HELD_OUT_BLIND
    report["text"] = text_scores(gold)
    print(
        "text", {k: {m: v[m] for m in ("f1", "dose_exact", "times_per_day_exact")} for k, v in report["text"].items()}
    )

    transcript = ten_minute_transcript()
    started = time.perf_counter()
    analyse_text(transcript)
    report["speed_transcript_10min"] = {
        "words": len(transcript.split()),
        "seconds": round(time.perf_counter() - started, 2),
    }
    registry = Registry(settings)
    try:
        if args.llm:
            started = time.perf_counter()
            result = await analyse(registry, transcript=transcript, use_llm=True)
            report["speed_transcript_10min"]["seconds_with_llm"] = round(time.perf_counter() - started, 1)
            report["speed_transcript_10min"]["llm_fields_settled"] = sum(
                m.source == "rules+llm" for m in result.medications
            )
        print("speed transcript", report["speed_transcript_10min"])
        if not args.no_audio:
            clip_paths = sorted((DATA / "audio").glob("c*.ogg"))
            clips = {p.stem: p.read_bytes() for p in clip_paths}
            report["audio_pico"] = await audio_scores(gold, registry, clips, "SVOX Pico fr-FR (natural-sounding)")
            print("audio pico", report["audio_pico"]["all"])
            if not args.no_espeak:
                spoken = await speak_all(registry, list(clips))
                report["audio_espeak"] = await audio_scores(gold, registry, spoken, "espeak-ng fr (robotic)")
                print("audio espeak", report["audio_espeak"]["all"])
            with tempfile.TemporaryDirectory() as tmp:
                target = Path(tmp) / "ten_minutes.ogg"
                seconds = ten_minute_audio(clip_paths, target)
                started = time.perf_counter()
                result = await analyse(registry, audio=target.read_bytes(), filename=target.name, use_llm=False)
                elapsed = time.perf_counter() - started
            report["speed_audio_10min"] = {
                "seconds_audio": round(seconds, 1),
                "seconds": round(elapsed, 1),
                "real_time_factor": round(elapsed / seconds, 3),
                "medications_found": len(result.medications),
            }
            print("speed audio", report["speed_audio_10min"])
    finally:
        await registry.aclose()
    # a partial run (--no-audio) keeps the audio figures of the previous full run
    previous = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    RESULTS.write_text(json.dumps({**previous, **report}, ensure_ascii=False, indent=2) + "\n")
    print("written", RESULTS)


if __name__ == "__main__":
    asyncio.run(main())
