"""Render a transcript as the OpenAI transcription API does: json, text, verbose_json, srt, vtt."""

from __future__ import annotations

from dataclasses import asdict

from communs.models.base import Transcript

FORMATS = ("json", "text", "verbose_json", "srt", "vtt")


def _timestamp(seconds: float, separator: str) -> str:
    millis = int(round(seconds * 1000))
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{millis:03d}"


def to_srt(transcript: Transcript) -> str:
    blocks = [
        f"{i}\n{_timestamp(s.start, ',')} --> {_timestamp(s.end, ',')}\n{s.text}\n"
        for i, s in enumerate(transcript.segments, 1)
    ]
    return "\n".join(blocks)


def to_vtt(transcript: Transcript) -> str:
    blocks = [f"{_timestamp(s.start, '.')} --> {_timestamp(s.end, '.')}\n{s.text}\n" for s in transcript.segments]
    return "WEBVTT\n\n" + "\n".join(blocks)


def to_verbose(transcript: Transcript) -> dict:
    return {
        "task": "transcribe",
        "language": transcript.language,
        "duration": transcript.duration,
        "text": transcript.text,
        "segments": [
            {**asdict(s), "seek": 0, "tokens": [], "temperature": 0.0, "compression_ratio": 0.0}
            for s in transcript.segments
        ],
    }


def render(transcript: Transcript, response_format: str) -> str | dict:
    """A dict for the JSON formats, a string for the others."""
    if response_format == "json":
        return {"text": transcript.text}
    if response_format == "verbose_json":
        return to_verbose(transcript)
    if response_format == "text":
        return transcript.text + "\n"
    if response_format == "srt":
        return to_srt(transcript)
    if response_format == "vtt":
        return to_vtt(transcript)
    raise ValueError(f"unknown format {response_format}")
