"""`pip wheel .` builds a wheel that installs and works in a fresh virtual environment.

Slow (it compiles the extension in release mode unless cargo's target/ is fresh, as it is right after
`pip install .`), so it is marked `slow`; it stays in the suite. It needs no network: the build runs
without isolation (maturin must be installed, as the `pip install .` before the tests leaves it) and
the wheel has no dependencies.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="session")
def wheel(tmp_path_factory) -> Path:
    if not (ROOT / "pyproject.toml").exists() or not (ROOT / "Cargo.toml").exists():
        pytest.skip("not running from a source checkout")
    try:
        import maturin  # noqa: F401
    except ImportError:
        pytest.skip("maturin is not installed: the offline wheel build needs it (pip install maturin)")
    if shutil.which("cargo") is None:
        pytest.skip("cargo is not on PATH: the wheel build needs the Rust toolchain")
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(ROOT),
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(out),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    wheels = list(out.glob("newsextract-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


@pytest.fixture(scope="session")
def fresh_venv(tmp_path_factory) -> Path:
    try:
        import ensurepip  # noqa: F401
    except ImportError:
        pytest.skip(
            "ensurepip is missing (Debian: apt-get install python3-venv): cannot make a venv with pip"
        )
    path = tmp_path_factory.mktemp("venv")
    try:
        venv.EnvBuilder(with_pip=True, clear=True).create(path)
    except (OSError, subprocess.CalledProcessError) as error:
        pytest.skip(f"python -m venv is not usable here: {error}")
    return path


def bin_path(env: Path, name: str) -> Path:
    return env / ("Scripts" if os.name == "nt" else "bin") / (name + (".exe" if os.name == "nt" else ""))


def test_wheel_is_abi3_and_ships_the_stubs(wheel: Path):
    # Cargo.toml builds pyo3 with abi3-py310: one wheel for every CPython >= 3.10
    assert "-cp310-abi3-" in wheel.name
    names = zipfile.ZipFile(wheel).namelist()
    for required in (
        "newsextract/__init__.py",
        "newsextract/_core.pyi",
        "newsextract/py.typed",
        "newsextract/types.py",
    ):
        assert required in names
    assert any(n.startswith("newsextract/_core") and n.endswith((".so", ".pyd")) for n in names)
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "newsextract=newsextract.__main__:main" in zipfile.ZipFile(wheel).read(entry_points).decode().replace(" ", "")


def test_wheel_installs_and_runs_in_a_fresh_venv(wheel: Path, fresh_venv: Path, tmp_path: Path):
    python = bin_path(fresh_venv, "python")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--no-index", "--no-deps", "--quiet", str(wheel)],
        check=True,
        capture_output=True,
        text=True,
    )
    code = (
        "import newsextract as nx, sys\n"
        "a = nx.extract('“We will not leave,” Foreign Minister Sergei Lavrov said.')\n"
        "assert 'Lavrov' in a['quotes'][0]['speaker'], a\n"
        "assert 'pandas' not in sys.modules\n"
        "print(nx.__version__, nx.__file__)\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    result = subprocess.run(
        [str(python), "-c", code], check=False, cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert str(fresh_venv) in result.stdout  # imported from the venv, not from the source tree
    article = tmp_path / "a.txt"
    article.write_text("“We are still talking,” Kerry said.", "utf-8")
    cli = subprocess.run(
        [str(bin_path(fresh_venv, "newsextract")), str(article)],
        check=False,
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert cli.returncode == 0, cli.stderr
    assert '"speaker": "' in cli.stdout and "Kerry" in cli.stdout
