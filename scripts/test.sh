#!/usr/bin/env bash
# Installs what is missing, then runs every check and every test: formatting, lints on
# both targets, native unit and property tests, component tests in headless Chromium,
# the release build, and end-to-end journeys with axe against dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

logs=target/test-logs
mkdir -p "$logs"

step "Formatting (cargo fmt)"
cargo fmt --all -- --check

step "Lints, native (clippy)"
cargo clippy --all-targets --all-features -- -D warnings

step "Lints, browser target (clippy)"
cargo clippy --all-targets --all-features --target wasm32-unknown-unknown -- -D warnings

step "Unit and property tests (native)"
cargo test 2>&1 | tee "$logs/unit.log"

step "Component tests (wasm-bindgen-test in headless Chromium)"
cargo test --target wasm32-unknown-unknown --test '*' 2>&1 | tee "$logs/component.log"

step "Release build (dist/)"
trunk build --release

step "End-to-end tests (Playwright, axe, against dist/)"
node --test --test-concurrency=1 tests/e2e/ 2>&1 | tee "$logs/e2e.log"

cargo_count() {
  sed -n 's/^test result: ok\. \([0-9]*\) passed.*/\1/p' "$1" | awk '{s+=$1} END {print s+0}'
}
unit=$(cargo_count "$logs/unit.log")
component=$(cargo_count "$logs/component.log")
e2e=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$logs/e2e.log")
step "Summary"
echo "unit and property: $unit, component: $component, end-to-end: $e2e"
echo "tests: $((unit + component + e2e)) passed, 0 failed"
