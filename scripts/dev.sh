#!/usr/bin/env bash
# A development server that rebuilds on change (Trunk; an unsplit debug build), on
# http://127.0.0.1:8080. Installs Trunk the first time (about 8 minutes on 2 cores): the
# release build (scripts/build.sh) and the tests do not need it.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh trunk
source scripts/env.sh
exec trunk serve --address 127.0.0.1 "$@"
