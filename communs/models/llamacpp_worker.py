"""Child process: runs llama.cpp's HTTP server on one GGUF file until its parent goes away.

Started by ``LlamaCppServer`` as ``python -m communs.models.llamacpp_worker``, its options as JSON on its standard
input: never on its command line, which every local user can read (``ps``, ``/proc/<pid>/cmdline``), since they
carry the server's API key.
"""

from __future__ import annotations

import ctypes
import json
import os
import signal
import sys
import time


def _die_with_parent() -> None:
    """Ask Linux to send us SIGTERM when the parent dies, so no orphan engine keeps 2 GB of RAM."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:  # pragma: no cover - not Linux
        pass


def main() -> None:
    options = json.loads(sys.stdin.readline())
    parent = os.getppid()
    _die_with_parent()
    import xllamacpp

    params = xllamacpp.CommonParams()
    params.model.path = options["model"]
    params.n_ctx = int(options["n_ctx"])
    params.n_parallel = int(options["n_parallel"])
    params.cpuparams.n_threads = int(options["threads"])
    params.cpuparams_batch.n_threads = int(options["threads"])
    params.model_alias = {options["alias"]}
    params.hostnames = ["127.0.0.1"]
    params.port = int(options["port"])
    params.endpoint_metrics = True
    # every endpoint but /health and /models then needs this key (completions, /metrics, /slots, /props...): other
    # users of the machine cannot drive the engine through its loopback port
    params.api_keys = [options["api_key"]]
    # the model's own chat template (jinja): tool definitions and calls rendered as the model was trained,
    # calls parsed out of its answers, `tool_choice: required` enforced by a grammar
    params.use_jinja = True
    if int(options.get("draft_ngram", 0)) > 0:  # n-gram speculative decoding: drafts looked up in the context
        params.speculative.types = [xllamacpp.common_speculative_type.COMMON_SPECULATIVE_TYPE_NGRAM_SIMPLE]
        params.speculative.ngram_simple.size_n = int(options["draft_ngram"])
        params.speculative.ngram_simple.size_m = int(options["draft_max"])
    server = xllamacpp.Server(params)  # noqa: F841 - serving happens in its own threads
    signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(0)


if __name__ == "__main__":
    main()
