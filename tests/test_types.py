"""The package type-checks with mypy --strict (configured in pyproject.toml)."""

import subprocess
import sys

from conftest import ROOT


def test_the_package_type_checks() -> None:
    run = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary", "src/idlibsite"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
