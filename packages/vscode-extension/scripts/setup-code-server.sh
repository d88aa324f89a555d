#!/usr/bin/env bash
# Installs what the real-VS Code tests need, once, into .cache/ (git-ignored):
# Debian's Chromium, Node 24 from npm (code-server requires it) and code-server.
# Re-running is cheap: each step is skipped when its stamp matches.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cache="${AUTH_HYGIENE_E2E_CACHE:-$here/.cache}"
CODE_SERVER_VERSION=4.139.1
NODE_VERSION=24
mkdir -p "$cache"

log() { echo "[setup-code-server] $*"; }

# Run from an npm script, the outer npm's npm_* variables (its node, its
# config) would leak into the nested installs and build for Node 20.
scrubbed() { env $(env | awk -F= '/^(npm_|NODE=|NODE_OPTIONS=|INIT_CWD=)/ { printf "-u %s ", $1 }') "$@"; }

missing=()
command -v chromium >/dev/null || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
command -v pkg-config >/dev/null || missing+=(pkg-config)
if ((${#missing[@]})); then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  log "apt-get install ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

node_dir="$cache/node$NODE_VERSION"
if [ "$(cat "$node_dir/.stamp" 2>/dev/null)" != "$NODE_VERSION" ]; then
  log "installing Node $NODE_VERSION from npm"
  rm -rf "$node_dir" && mkdir -p "$node_dir"
  echo '{"private":true,"allowScripts":{"node":true}}' >"$node_dir/package.json"
  (cd "$node_dir" && scrubbed npm install --no-audit --no-fund --loglevel=error "node@$NODE_VERSION")
  echo "$NODE_VERSION" >"$node_dir/.stamp"
fi
node_bin="$node_dir/node_modules/node/bin"
# The platform package carries include/node, which native modules build against.
node_headers=$(find "$node_dir/node_modules/node/node_modules" -maxdepth 1 -type d -name "node-$(uname -s | tr '[:upper:]' '[:lower:]')-*" | head -n1)

cs_dir="$cache/code-server"
if [ "$(cat "$cs_dir/.stamp" 2>/dev/null)" != "$CODE_SERVER_VERSION" ]; then
  log "installing code-server $CODE_SERVER_VERSION (about 3 minutes: native modules)"
  rm -rf "$cs_dir" && mkdir -p "$cs_dir"
  # npm 11 runs a dependency's install scripts only when the project allows them.
  echo '{"private":true,"allowScripts":{"code-server":true,"argon2":true}}' >"$cs_dir/package.json"
  (cd "$cs_dir" && scrubbed PATH="$node_bin:$PATH" npm_config_nodedir="$node_headers" \
    npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION")
  echo "$CODE_SERVER_VERSION" >"$cs_dir/.stamp"
fi
log "ready: node $("$node_bin/node" -v), code-server $CODE_SERVER_VERSION, $(chromium --version 2>/dev/null | head -n1)"
