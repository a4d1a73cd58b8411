import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def root() -> Path:
    """The project root (holds corpus/, claims/, templates/)."""
    return ROOT


def copy_project(dest: Path) -> Path:
    """A copy of this project's inputs (corpus, claims, templates, pyproject.toml) in ``dest``."""
    for name in ("corpus", "claims", "templates"):
        shutil.copytree(ROOT / name, dest / name)
    shutil.copy(ROOT / "pyproject.toml", dest / "pyproject.toml")
    return dest
