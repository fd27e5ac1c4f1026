#!/usr/bin/env bash
# Builds everything and runs every test: the core's cargo tests, the Python package's pytest
# suite, and the check of the hand-written type stubs against the compiled module.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install --quiet --disable-pip-version-check ".[test]"
cargo fmt --all --check
cargo clippy --workspace --all-targets --quiet -- -D warnings
cargo test --package newsextract-core --quiet
python3 -m pytest -q
python3 -m mypy.stubtest newsextract._core --allowlist tests/stubtest-allowlist.txt
