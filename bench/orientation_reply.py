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

from communs.apps.orientation import orient_events  # noqa: E402
from communs.config import load_settings  # noqa: E402
from communs.models.registry import Registry  # noqa: E402
from communs.models.trace import tracing  # noqa: E402

CONVERSATIONS = [
    "Je suis en terminale, j'aime la biologie et aider les gens.",
    "J'aime bricoler et réparer des moteurs, je suis en 3e.",
    "Je suis en reconversion, j'ai un bac pro commerce et j'aime la cuisine.",
    "J'adore dessiner et je voudrais faire des études courtes.",
]


async def one(registry: Registry, text: str, model: str) -> dict:
    started = time.perf_counter()
    timings: dict = {"message": text}
    with tracing() as trace:
        async for name, data in orient_events(registry, [{"role": "user", "content": text}], k=5, model=model):
            now = round(time.perf_counter() - started, 2)
            if name == "result":
                timings["result_s"] = now
            elif name == "delta" and "first_sentence_s" not in timings:
                timings["first_sentence_s"] = now
            elif name == "reply":
                timings |= {"reply_s": now, "reply_source": data["reply_source"], "reply": data["reply"]}
    call = trace.to_dict()["each"]
    model_call = call[-1] if call else {}
    timings |= {
        "prompt_tokens": model_call.get("prompt_tokens"),
        "completion_tokens": model_call.get("completion_tokens"),
        "model_s": model_call.get("seconds"),
    }
    return timings


async def run(models: list[str]) -> dict:
    settings = load_settings(home=Path(tempfile.mkdtemp()))
    registry = Registry(settings)
    out: dict = {"load_before": os.getloadavg(), "cpus": os.cpu_count(), "models": {}}
    try:
        for model in models:
            warm = await one(registry, CONVERSATIONS[0], model)
            runs = [await one(registry, text, model) for text in CONVERSATIONS]
            done = [r for r in runs if r.get("completion_tokens") and r.get("model_s")]
            tokens = sum(r["completion_tokens"] for r in done)
            seconds = sum(r["model_s"] for r in done)
            out["models"][model] = {
                "warm_up": warm,
                "runs": runs,
                "mean_reply_s": round(sum(r["reply_s"] for r in runs) / len(runs), 2),
                "mean_result_s": round(sum(r["result_s"] for r in runs) / len(runs), 2),
                "mean_completion_tokens": round(tokens / len(done), 1) if done else None,
                "tokens_per_s_incl_prompt": round(tokens / seconds, 2) if seconds else None,
                "load_after": os.getloadavg(),
            }
            print(json.dumps({model: out["models"][model] | {"runs": len(runs)}}, ensure_ascii=False, indent=1))
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
