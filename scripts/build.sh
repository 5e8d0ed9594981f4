#!/usr/bin/env bash
# Builds the release into dist/, without Trunk (which only `trunk serve` needs):
# scripts/build-wasm.sh compiles, cuts, binds and optimises the wasm; scripts/assemble.mjs
# puts it together with the static files, the style sheet and index.html;
# scripts/post-build.mjs fills the start-up preview, locks the Content-Security-Policy,
# writes the service worker and the compressed copies. The new dist/ replaces the old one
# only once it is whole.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
staging=target/dist-staging
TRUNK_PROFILE=release scripts/build-wasm.sh
node scripts/assemble.mjs "$staging"
node scripts/post-build.mjs "$staging"
rm -rf dist
mv "$staging" dist
