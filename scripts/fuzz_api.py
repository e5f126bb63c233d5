"""Fuzz the whole API with schemathesis: a real `communs serve` on a fresh temporary home, every operation of its
/openapi.json, a fixed seed and a bounded number of examples per operation. Fails on any 5xx and on any response
that does not match the schema the API publishes. Run by `.ci/run` after `make test`:

    .venv/bin/python scripts/fuzz_api.py [--max-examples 3] [--seed 21]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import MASTER_KEY, start_server, stop_server  # noqa: E402

# Every operation is fuzzed, the model-backed app routes included (speech, consultation, dossier, the Simplifier):
# what schemathesis generates for them is almost all refused at validation in milliseconds (server-side timings in
# the access log, written to the server log printed on failure); the few valid ones run the 0.5B test model or a
# background job. They were left out while the Simplifier's analyses held the event loop (a minute per request).
# no 5xx, and every response in the published shape (content type, JSON schema); an error status that an
# operation does not list (a 404 on a random id) is not counted: FastAPI lists only 422 by default
CHECKS = "not_a_server_error,content_type_conformance,response_schema_conformance"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-examples", type=int, default=3)
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--only", metavar="REGEX", help="fuzz only the paths that match (e.g. '^/v1/completions$')")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="communs-fuzz-") as folder:
        home = Path(folder)
        server = start_server(home, home / "server.log", COMMUNS_ACCESS_LOG="1")
        started, code = time.monotonic(), 1
        try:
            command = [
                str(Path(sys.executable).parent / "schemathesis"),
                "run",
                f"{server.url}/openapi.json",
                "--checks",
                CHECKS,
                "--max-examples",
                str(args.max_examples),
                "--seed",
                str(args.seed),
                "--workers",
                str(args.workers),
                "--phases",
                "examples,coverage,fuzzing",
                "--request-timeout",
                "180",
                *(["--include-path-regex", args.only] if args.only else []),
                "--header",
                f"Authorization: Bearer {MASTER_KEY}",
                "--generation-database",
                "none",
                "--suppress-health-check",
                "all",
            ]
            code = subprocess.run(command, cwd=home, check=False).returncode
        finally:
            stop_server(server)
            if code:
                print((home / "server.log").read_text(errors="replace")[-4000:], file=sys.stderr)
        print(f"fuzz_api: {time.monotonic() - started:.0f} s", file=sys.stderr)
        return code


if __name__ == "__main__":
    sys.exit(main())
