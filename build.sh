#!/usr/bin/env bash
# Build the site into site/ (creating or updating .venv first when needed).
# Extra arguments go to `idlibsite build`, e.g. ./build.sh --base-url https://example.org/, or
# ./build.sh --for-disk for a site opened from its files (links name each page's index.html).
set -euo pipefail
cd "$(dirname "$0")"
. scripts/venv.sh
ensure_venv ""
exec .venv/bin/idlibsite build "$@"
