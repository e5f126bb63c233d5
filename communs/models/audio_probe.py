"""How long an audio file lasts, read from its container (header, else its packets' timestamps), never decoded.

A few kilobytes of FLAC can hold hours of silence that decode to gigabytes of samples: the duration is checked
before anything is decoded (``check_audio_duration``), and a file above the limit is refused with a 413.
"""

from __future__ import annotations

import io

from communs.errors import InvalidRequestError, PayloadTooLargeError


def audio_duration(audio: bytes, *, stop_after: float | None = None) -> float | None:
    """Seconds of the first audio stream, never decoded: what the container's header announces when that is
    already past ``stop_after``, else the end of its last packet (demuxed: a header can lie, and some have no
    duration; the reading stops once past ``stop_after``). None: not an audio container PyAV can open."""
    import av

    try:
        container = av.open(io.BytesIO(audio), mode="r")
    except Exception:  # noqa: BLE001 - PyAV raises many kinds of errors for non-audio input
        return None
    with container:
        if not container.streams.audio:
            return None
        stream = container.streams.audio[0]
        base = stream.time_base
        announced = None
        if stream.duration is not None and base is not None:
            announced = float(stream.duration * base)
        elif container.duration is not None:
            announced = container.duration / 1_000_000  # AV_TIME_BASE
        if base is None or (announced is not None and stop_after is not None and announced > stop_after):
            return announced
        end = 0
        try:
            for packet in container.demux(stream):
                if packet.pts is not None:
                    end = max(end, packet.pts + (packet.duration or 0))
                    if stop_after is not None and end * base > stop_after:
                        break
        except Exception:  # noqa: BLE001 - a damaged tail: what was read so far
            pass
        return max(float(end * base), announced or 0.0)


def check_audio_duration(audio: bytes, filename: str, max_seconds: float) -> float | None:
    """Refuse (413, code ``audio_too_long``) an audio file lasting more than ``max_seconds`` (0: no limit), before
    it is decoded; an empty file is a 400. Returns the duration when the container tells it."""
    if not audio:
        raise InvalidRequestError(f"'{filename}' is empty", code="invalid_audio", param="file")
    if max_seconds <= 0:
        return None
    seconds = audio_duration(audio, stop_after=max_seconds)
    if seconds is not None and seconds > max_seconds:
        raise PayloadTooLargeError(
            f"'{filename}' lasts {_hms(seconds)}; at most {_hms(max_seconds)} can be transcribed in one request",
            code="audio_too_long",
            param="file",
        )
    return seconds


def _hms(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600} h {whole % 3600 // 60:02d} min {whole % 60:02d} s"
