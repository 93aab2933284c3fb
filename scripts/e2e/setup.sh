#!/usr/bin/env bash
# Prepares the end-to-end test environment (see shared/E2E-NOTES.md):
#  1. Debian packages: chromium (headless browser), libkrb5-dev + pkg-config (code-server's kerberos
#     module compiles against them), ripgrep (stands in for @vscode/ripgrep's GitHub download),
#     fonts-wqy-microhei (a CJK font for the browser).
#  2. code-server 4.100.3 (= VS Code 1.100.3, runs on Node 20) in its own folder, outside the
#     extension's dependencies, cached so a second run only checks it.
# Prints the code-server entry point on its last line. Idempotent; safe as root in CI (no stdin).
set -euo pipefail

CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.100.3}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# Cache outside the work tree so a fresh clone on the same machine reuses it.
E2E_HOME="${RESOLUTION_E2E_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/un-resolution-e2e}"
CS_DIR="$E2E_HOME/code-server-$CODE_SERVER_VERSION"
ENTRY="$CS_DIR/node_modules/code-server/out/node/entry.js"

log() { echo "[e2e-setup] $*" >&2; }

# --- 1. Debian packages -------------------------------------------------------------------
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v rg >/dev/null 2>&1 || need+=(ripgrep)
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
[ -e /usr/include/krb5.h ] || [ -e /usr/include/gssapi/gssapi.h ] || need+=(libkrb5-dev)
# a CJK font, so that Chinese drafts render (and screenshots can be read) in headless chromium
[ -n "$(fc-list :lang=zh 2>/dev/null | head -1)" ] || need+=(fonts-wqy-microhei)
if [ "${#need[@]}" -gt 0 ]; then
  [ -f "$ENTRY" ] && [ "${need[*]}" = "libkrb5-dev" ] && need=()   # only needed to build code-server
fi
if [ "${#need[@]}" -gt 0 ]; then
  log "installing Debian packages: ${need[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >&2
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >&2
fi

# --- 2. code-server -----------------------------------------------------------------------
if [ -f "$ENTRY" ] && [ -f "$CS_DIR/.complete" ]; then
  log "code-server $CODE_SERVER_VERSION cached in $CS_DIR"
else
  log "installing code-server $CODE_SERVER_VERSION into $CS_DIR"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  tmp="$(mktemp -d)"
  # @vscode/ripgrep's postinstall downloads rg from GitHub unless it finds this tarball in $TMPDIR.
  # Its download.js untars the archive into @vscode/ripgrep/bin and expects `rg` at the archive root.
  rgdir="$tmp/vscode-ripgrep-cache-1.15.11"
  mkdir -p "$rgdir/stage"
  cp "$(command -v rg)" "$rgdir/stage/rg"
  tar -czf "$rgdir/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$rgdir/stage" rg
  echo '{"name":"e2e-code-server","private":true}' > "$CS_DIR/package.json"
  (
    cd "$CS_DIR"
    TMPDIR="$tmp" npm_config_unsafe_perm=true npm_config_yes=true npm_config_fund=false \
      npm_config_audit=false npm_config_update_notifier=false \
      npm install --no-save --loglevel=error "code-server@$CODE_SERVER_VERSION" >&2
  )
  rm -rf "$tmp"
  [ -f "$ENTRY" ] || { log "code-server entry point missing after install"; exit 1; }
  touch "$CS_DIR/.complete"
fi
echo "$ENTRY"
