#!/usr/bin/env bash
# Builds the release and prints the size of every file in dist/ (raw, gzip, brotli).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
step "Release build"
trunk build --release
step "Sizes of dist/"
node scripts/size-report.mjs dist
