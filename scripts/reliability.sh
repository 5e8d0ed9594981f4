#!/usr/bin/env bash
# The long reliability run: every decoder of outside input (saved progress, settings,
# hand-off code, the catalog files, opening hours, the address) on 100,000 generated and
# mutated inputs each (or the number given), counting panics (there must be none) and
# inputs accepted and refused. The test suite runs shorter property tests of the same.
#
#   scripts/reliability.sh [cases per decoder]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
cargo run -p repere-domain --quiet --profile reliability --features tools --example reliability -- "${1:-100000}"
