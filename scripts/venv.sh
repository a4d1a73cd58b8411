# Sourced by build.sh and test.sh: make sure .venv exists and holds the
# package and its dependencies as pyproject.toml lists them right now.
# Re-installs only when pyproject.toml changed (its sha256 is stamped).
ensure_venv() {
    local extras="$1" here venv stamp want
    here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
    venv="$here/.venv"
    stamp="$venv/.idlibsite-installed${extras:+-test}"
    want="$(sha256sum "$here/pyproject.toml" | cut -d' ' -f1)"
    if [ ! -x "$venv/bin/python" ]; then
        python3 -m venv "$venv" || return 1
    fi
    if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
        "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
            -e "$here$extras" || return 1
        echo "$want" > "$stamp"
    fi
}
