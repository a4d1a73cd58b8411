#!/usr/bin/env bash
# Run the whole test suite (creating or updating .venv with the test extras first).
# Extra arguments go to pytest, e.g. ./test.sh -k anchoring
set -euo pipefail
cd "$(dirname "$0")"
scripts/system-deps.sh  # chromium and Java for the browser and HTML tests, when missing
. scripts/venv.sh
ensure_venv "[test]"
exec .venv/bin/python -m pytest "$@"
