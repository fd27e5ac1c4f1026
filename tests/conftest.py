"""Shared fixtures: the repository's testdata and the read-only ../shared material."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load_testdata(name: str) -> dict:
    return json.loads((ROOT / "testdata" / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed() -> tuple[str, dict]:
    """The reference article and its gold annotation (skipped where ../shared is absent)."""
    base = SHARED / "seed"
    if not (base / "aleppo.txt").exists():
        pytest.skip(f"../shared/seed not found at {base}: the seed tests need the shared material")
    text = (base / "aleppo.txt").read_text(encoding="utf-8")
    gold = json.loads((base / "aleppo.gold.json").read_text(encoding="utf-8"))
    return text, gold
