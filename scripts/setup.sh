#!/usr/bin/env bash
# Installs everything Repère needs to build and test, on a Debian machine that has
# rustup/cargo, node/npm and apt. Idempotent: what is already there at the pinned
# version is skipped, so a second run takes a few seconds.
#   scripts/setup.sh         what the build, the server and the tests need
#   scripts/setup.sh trunk   and Trunk, for `trunk serve` (scripts/dev.sh) and the
#                            benchmark's floor page: the release build does not need it
# The three Rust tools are compiled side by side (two cores: cargo uses both for each).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if ! grep -q "wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml; then
  echo "Trunk.toml must pin wasm_bindgen = \"$WASM_BINDGEN_VERSION\", the version in Cargo.lock." >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

installed_components=$(rustup component list --installed)
for component in clippy rustfmt; do
  if ! grep -q "^$component" <<<"$installed_components"; then
    step "Adding rustup component $component"
    rustup component add "$component"
  fi
done

# The Rust tools missing, compiled side by side and while the system packages and the
# Node tools download (below); each one's output goes to its own log, shown if it fails.
installs=()
pids=()
if [ "${1:-}" = trunk ] && [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  installs+=("trunk --locked --version $TRUNK_VERSION --force")
fi
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ] ||
  ! command -v wasm-bindgen-test-runner >/dev/null; then
  # Not --locked: one of its locked dependencies is no longer in the registry.
  installs+=("wasm-bindgen-cli --version $WASM_BINDGEN_VERSION --force")
fi
# Cuts the release wasm into chunks (scripts/build-wasm.sh); it has no --version.
if ! cargo install --list | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  installs+=("wasm_split_cli_support --locked --version $WASM_SPLIT_VERSION --features build-binary --force")
fi
if [ ${#installs[@]} -gt 0 ]; then
  step "Compiling ${#installs[@]} Rust tool(s) side by side (about 6 minutes; Trunk adds 8)"
  mkdir -p target/setup-logs
  for install in "${installs[@]}"; do
    name=${install%% *}
    # shellcheck disable=SC2086
    cargo install $install >"target/setup-logs/$name.log" 2>&1 &
    pids+=("$!:$name")
  done
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -x /usr/bin/pdftotext ]; then
  # pdftotext and pdfinfo (poppler-utils) read the printed sheet back in the tests.
  step "Installing Debian's Chromium, ChromeDriver and poppler-utils"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver poppler-utils
fi

# The other engines the public's machines run: Firefox ESR (many library PCs) and
# WebKitGTK's MiniBrowser with its WebDriver (Safari's engine), under a virtual screen.
if [ ! -x /usr/bin/firefox-esr ] || [ ! -x /usr/bin/WebKitWebDriver ] || [ ! -x /usr/bin/Xvfb ]; then
  step "Installing Debian's Firefox ESR, WebKitWebDriver and Xvfb"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    firefox-esr webkit2gtk-driver xvfb
fi

# npm ci gives exactly the locked tools (wasm-opt from binaryen, Playwright, axe); a
# stamp of the lock file skips it when nothing changed.
stamp=node_modules/.repere-lock.sha256
if [ ! -f "$stamp" ] || ! sha256sum --check --status "$stamp" 2>/dev/null; then
  step "Installing the Node tools (npm ci)"
  PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund
  sha256sum package-lock.json >"$stamp"
fi

failed=0
for entry in "${pids[@]}"; do
  if ! wait "${entry%%:*}"; then
    echo "Installing ${entry#*:} failed:" >&2
    tail -30 "target/setup-logs/${entry#*:}.log" >&2
    failed=1
  fi
done
[ "$failed" = 0 ] || exit 1
if [ ${#pids[@]} -gt 0 ]; then
  echo "Rust tools installed."
fi
