#!/usr/bin/env bash
# Installs what is missing, then runs every check and every test: formatting, lints on
# both targets, native unit and property tests, component tests in headless Chromium,
# the release build, end-to-end journeys with axe against dist/ in Chromium, and the
# shared journeys in Chromium, Firefox ESR and WebKit.
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
cargo test -p repere --target wasm32-unknown-unknown --test '*' 2>&1 | tee "$logs/component.log"

step "Release build (dist/)"
scripts/build.sh

step "End-to-end tests (Playwright, axe, against dist/)"
node --test --test-concurrency=1 tests/e2e/ 2>&1 | tee "$logs/e2e.log"

# The shared journeys of tests/engines/journeys.mjs, once per engine the public's
# machines run: Chromium (kiosks), Firefox ESR (library PCs), WebKit (iPhones, iPads).
for engine in chromium firefox webkit; do
  step "The shared journeys in $engine"
  ENGINE=$engine node --test --test-concurrency=1 tests/engines/ 2>&1 | tee "$logs/engine-$engine.log"
done

cargo_count() {
  sed -n 's/^test result: ok\. \([0-9]*\) passed.*/\1/p' "$1" | awk '{s+=$1} END {print s+0}'
}
unit=$(cargo_count "$logs/unit.log")
component=$(cargo_count "$logs/component.log")
node_count() {
  sed -n "s/^# $2 \([0-9]*\)$/\1/p" "$1"
}
e2e=$(node_count "$logs/e2e.log" pass)
engines=""
engines_total=0
for engine in chromium firefox webkit; do
  passed=$(node_count "$logs/engine-$engine.log" pass)
  skipped=$(node_count "$logs/engine-$engine.log" skipped)
  engines="$engines, $engine $passed"
  [ "$skipped" != "0" ] && engines="$engines ($skipped skipped)"
  engines_total=$((engines_total + passed))
done
step "Summary"
echo "unit and property: $unit, component: $component, end-to-end (Chromium): $e2e"
echo "shared journeys per engine${engines}"
echo "tests: $((unit + component + e2e + engines_total)) passed, 0 failed"
