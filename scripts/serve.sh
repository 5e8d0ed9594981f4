#!/usr/bin/env bash
# Installs what is missing, builds the release and serves dist/ on 127.0.0.1.
#   scripts/serve.sh            serves on http://127.0.0.1:8080
#   PORT=9000 scripts/serve.sh  another port
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
step "Building the release (dist/)"
scripts/build.sh
step "Serving"
exec node scripts/static-server.mjs dist 127.0.0.1 "${PORT:-8080}"
