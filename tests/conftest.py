from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def root() -> Path:
    """The project root (holds corpus/, claims/, templates/)."""
    return ROOT
