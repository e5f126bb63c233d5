"""ZenIA's reply time: the template reply (cards, question) and the model's short rephrasing, streamed.

    .venv/bin/python bench/orientation_reply.py [--models qwen2.5-coder-0.5b,qwen2.5-coder-1.5b]

For each model and each of a few conversations written for this bench (not the hit@5 sets): seconds to the
``result`` event (template reply and cards), to the first checked sentence of the model, to the final reply; the
model's prompt and completion tokens and its decoding speed (llama.cpp's timings); the load average before and
after (the machine may be shared: say it with the figures). The first call of each model loads it and is reported
apart ("warm-up"). Results: bench/results/orientation_reply.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from communs.apps.orientation import orient_events, reply  # noqa: E402
from communs.config import load_settings  # noqa: E402
from communs.models.registry import Registry  # noqa: E402

SEEN: list[dict] = []  # the model calls' usage and llama.cpp timings, as reply.py records them


def _seeing(counts: dict, seconds: float, max_tokens: int) -> None:
    SEEN.append({"seconds": seconds, **counts})


reply.record = _seeing  # type: ignore[assignment]
CONVERSATIONS = [
    "Je suis en terminale, j'aime la biologie et aider les gens.",
    "J'aime bricoler et réparer des moteurs, je suis en 3e.",
    "Je suis en reconversion, j'ai un bac pro commerce et j'aime la cuisine.",
]


async def one(registry: Registry, text: str, model: str) -> dict:
    started = time.perf_counter()
    timings: dict = {"message": text}
    SEEN.clear()
    async for name, data in orient_events(registry, [{"role": "user", "content": text}], k=5, model=model):
        now = round(time.perf_counter() - started, 2)
        if name == "result":
            timings["result_s"] = now
        elif name == "delta" and "first_sentence_s" not in timings:
            timings["first_sentence_s"] = now
        elif name == "reply":
            timings |= {"reply_s": now, "reply_source": data["reply_source"], "reply": data["reply"]}
    if SEEN:
        usage, llama = SEEN[-1].get("usage") or {}, SEEN[-1].get("timings") or {}
        timings |= {
            "model_s": round(SEEN[-1]["seconds"], 2),
            "prompt_tokens": usage.get("prompt_tokens"),
            "completion_tokens": usage.get("completion_tokens"),
            "prompt_tok_s": round(llama.get("prompt_per_second") or 0, 1),
            "decode_tok_s": round(llama.get("predicted_per_second") or 0, 1),
        }
    timings["load"] = os.getloadavg()
    return timings


async def run(models: list[str]) -> dict:
    settings = load_settings(home=Path(tempfile.mkdtemp()))
    registry = Registry(settings)
    out: dict = {"load_before": os.getloadavg(), "cpus": os.cpu_count(), "models": {}}
    try:
        for model in models:
            warm = await one(registry, CONVERSATIONS[0], model)
            print(model, "warm-up", json.dumps(warm, ensure_ascii=False), flush=True)
            runs = []
            for text in CONVERSATIONS:
                runs.append(await one(registry, text, model))
                print(model, json.dumps(runs[-1], ensure_ascii=False), os.getloadavg(), flush=True)
            done = [r for r in runs if r.get("completion_tokens")]

            def mean(key: str, rows: list[dict] = done) -> float | None:
                values = [r[key] for r in rows if r.get(key) is not None]
                return round(sum(values) / len(values), 2) if values else None

            summary = {
                "mean_result_s": mean("result_s", runs),
                "mean_first_sentence_s": mean("first_sentence_s", runs),
                "mean_reply_s": mean("reply_s", runs),
                "mean_prompt_tokens": mean("prompt_tokens"),
                "mean_completion_tokens": mean("completion_tokens"),
                "mean_prompt_tok_s": mean("prompt_tok_s"),
                "mean_decode_tok_s": mean("decode_tok_s"),
            }
            out["models"][model] = {"warm_up": warm, "runs": runs, **summary}
            print(model, json.dumps(summary), flush=True)
    finally:
        await registry.aclose()
    out["load_after"] = os.getloadavg()
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--models", default="qwen2.5-coder-0.5b,qwen2.5-coder-1.5b")
    args = parser.parse_args()
    result = asyncio.run(run(args.models.split(",")))
    path = ROOT / "bench" / "results" / "orientation_reply.json"
    path.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    print(f"written: {path}")


if __name__ == "__main__":
    main()
